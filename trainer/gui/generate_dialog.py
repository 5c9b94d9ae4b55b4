"""Asking what to generate a deck from: a folder of documents, a title, cloze or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.plain import make_plain

#: Documents the generator reads.
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")


def documents_in(folder: Path) -> list[Path]:
    """The readable documents directly in ``folder``, sorted by name."""
    try:
        return sorted(p for p in folder.iterdir()
                      if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    except OSError:
        return []


class GenerateDialog(QDialog):
    """Folder, title and the cloze option; :meth:`documents` lists what will be read."""

    def __init__(self, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Generate a deck from documents")
        self.setAccessibleName("Generate a deck from documents")
        intro = QLabel("Trainer reads the documents, finds facts (drugs and their targets, "
                       "treatment phases, markers, risk factors…) and writes questions about "
                       "them in its own words, each citing the lines it came from.")
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(folder) if folder else "")
        self.folder.setAccessibleName("Documents folder")
        self.folder.setPlaceholderText("A folder with .txt, .md, .html or .pdf files")
        self.folder.textChanged.connect(self._update)
        browse = QPushButton("&Browse…")
        browse.setAccessibleName("Choose the documents folder")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.found = QLabel()
        make_plain(self.found)  # document file names
        self.found.setProperty("role", "muted")
        self.found.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setAccessibleName("Deck title")
        self.title.setPlaceholderText("e.g. ALL: my lecture notes")
        self.title.textChanged.connect(self._update)
        self.topic = QLineEdit()
        self.topic.setAccessibleName("Topic")
        self.topic.setPlaceholderText("e.g. ALL (optional: groups the deck, names the disease)")
        self.topic.setToolTip("Questions name this topic, e.g. 'the induction phase of ALL "
                              "treatment'; the deck list groups decks by it.")
        self.cloze = QCheckBox("Also make fill-in-the-gap cards from the documents' sentences")
        self.cloze.setToolTip("Only for your own documents: these cards quote the text.")
        self.cloze.setChecked(True)
        form = QFormLayout()
        folder_label = QLabel("&Documents:")
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.found)
        form.addRow("Deck &title:", self.title)
        form.addRow("To&pic:", self.topic)
        form.addRow("", self.cloze)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("&Generate")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(580)
        self._update()

    def documents(self) -> list[Path]:
        text = self.folder.text().strip()
        return documents_in(Path(text).expanduser()) if text else []

    def deck_title(self) -> str:
        return self.title.text().strip()

    def deck_topic(self) -> str:
        return self.topic.text().strip()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Folder of documents",
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _update(self) -> None:
        docs = self.documents()
        if not self.folder.text().strip():
            self.found.setText("Choose the folder that holds the documents.")
        elif not docs:
            self.found.setText("No documents found there (.txt, .md, .html or .pdf).")
        else:
            names = ", ".join(p.name for p in docs[:4]) + (" …" if len(docs) > 4 else "")
            self.found.setText(f"{len(docs)} document{'s' if len(docs) != 1 else ''}: {names}")
        if docs and not self.title.text().strip():
            self.title.setPlaceholderText(Path(self.folder.text().strip()).name or "My deck")
        self.ok.setEnabled(bool(docs))

    def accept(self) -> None:
        if not self.deck_title():
            self.title.setText(self.title.placeholderText() or "My deck")
        super().accept()
