"""Which documents gave facts, and plain words about the ones that gave none.

Generating is never silent. A document can give nothing for two different reasons, and the
reader is told which, with the file's name and what to try:

* **no text**: the file holds no text to read (empty, blank, a scanned PDF without a text
  layer, a web page with no main text);
* **no facts**: its text was read, but it states none of the facts Trainer reads (drugs,
  treatment phases, tests, risk factors...) in sentences, lists or tables it can read.

When no document gives anything, no deck is written (see
:class:`~trainer.generator.build.NoFactsError`); when only some give nothing, the deck is
written from the others and these are named in a warning.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.generator.facts import ExtractedFact

NO_FACTS = ("its text was read, but it does not state drugs, treatment phases, tests or risk "
            "factors in sentences, lists or tables Trainer can read")
NO_FACTS_ADVICE = ("Check that it is the document you meant; a document that states such facts "
                   "in full sentences works best")
PDF_ADVICE = ("If it is a scanned PDF, its text may be unreadable: try a text-based PDF or a "
              ".txt/.md copy of the text")


@dataclass(frozen=True, slots=True)
class EmptyDocument:
    """A document that gave no fact, and why."""

    name: str  # file name, e.g. "notes.pdf"
    text_read: bool  # False: no text at all; True: text, but no facts in it
    detail: str = ""  # without text: what the reader found, e.g. "the file is empty"
    other_relations: bool = False  # it gave facts, but none of the relations asked for

    def message(self) -> str:
        """One line a nurse can act on: what went wrong, which file, what to do."""
        if not self.text_read:
            return f"No text could be read from {self.name}: {self.detail}."
        if self.other_relations:
            return (f"No facts of the chosen relations could be read from {self.name}; it gives "
                    "facts of other relations only. Choose more relations, or leave the choice "
                    "out to keep every relation.")
        text = f"No facts could be read from {self.name}: {NO_FACTS}. {NO_FACTS_ADVICE}."
        if PurePath(self.name).suffix.lower() == ".pdf":
            text += f" {PDF_ADVICE}."
        return text


def empty_documents(
    documents: Sequence[Path],
    extracted: Iterable[ExtractedFact],
    kept: Iterable[ExtractedFact],
    no_text: Mapping[str, str],
) -> list[EmptyDocument]:
    """The ``documents`` that gave none of the ``kept`` facts, in the order given.

    ``extracted`` are all facts read, ``kept`` those of the relations asked for, and
    ``no_text`` maps the file name of each document without text to the reader's message.
    """
    read = {PurePath(f.file).name for f in extracted}
    used = {PurePath(f.file).name for f in kept}
    out: list[EmptyDocument] = []
    for path in documents:
        name = path.name
        if name in used:
            continue
        if name in no_text:
            out.append(EmptyDocument(name, text_read=False, detail=_detail(name, no_text[name])))
        else:
            out.append(EmptyDocument(name, text_read=True, other_relations=name in read))
    return out


def _detail(name: str, message: str) -> str:
    """The reader's message without the file name it starts with."""
    prefix = f"{name}: "
    return (message[len(prefix):] if message.startswith(prefix) else message).rstrip(".")


def nothing_found(empty: Sequence[EmptyDocument]) -> str:
    """The message when no document gave a fact: no deck is written."""
    if len(empty) == 1:
        return f"{empty[0].message()} No deck was written."
    return (f"No facts could be read from any of the {len(empty)} documents, so no deck was "
            "written. " + " ".join(e.message() for e in empty))
