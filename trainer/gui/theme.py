"""Light and dark palettes, the colours the views use, and card font sizes.

The app always uses the Fusion style so that both palettes look the same on every
platform. "system" follows the desktop's colour scheme when Qt can tell it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES: tuple[tuple[str, str], ...] = (
    ("system", "Follow system"),
    ("light", "Light"),
    ("dark", "Dark"),
)

#: Card text size in points at font scale 1.0.
CARD_POINT_SIZE = 16.0


@dataclass(frozen=True, slots=True)
class Colors:
    """Semantic colours for the current palette (hex strings, usable in rich text)."""

    dark: bool
    new: str
    learning: str
    review: str
    correct: str
    wrong: str
    close: str
    muted: str
    highlight_bg: str
    flag: tuple[str, str, str, str, str]  # indexed by Flag value; 0 = none

    def flag_color(self, flag: int) -> str:
        return self.flag[flag] if 0 <= flag < len(self.flag) else self.flag[0]


LIGHT_COLORS = Colors(
    dark=False,
    new="#1565c0",
    learning="#c62828",
    review="#2e7d32",
    correct="#1b7a2a",
    wrong="#c62828",
    close="#9a6700",
    muted="#5f6368",
    highlight_bg="#fff3c4",
    flag=("#5f6368", "#d32f2f", "#ef6c00", "#2e7d32", "#1565c0"),
)

DARK_COLORS = Colors(
    dark=True,
    new="#7cb8ff",
    learning="#ff8a80",
    review="#8ee39a",
    correct="#8ee39a",
    wrong="#ff8a80",
    close="#ffd166",
    muted="#a8adb4",
    highlight_bg="#4a3f12",
    flag=("#a8adb4", "#ff8a80", "#ffb74d", "#8ee39a", "#7cb8ff"),
)


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        window, base, alt, text = "#202124", "#2a2b2e", "#303134", "#e8eaed"
        button, highlight, link, disabled = "#35363a", "#3d6fb6", "#8ab4f8", "#80868b"
        tooltip_bg = "#3c4043"
    else:
        window, base, alt, text = "#f3f4f6", "#ffffff", "#f6f7f9", "#1f2328"
        button, highlight, link, disabled = "#e9ebee", "#2f6fd6", "#1a5fb4", "#8b9096"
        tooltip_bg = "#ffffe1"
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    for r, c in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, alt),
        (role.Text, text),
        (role.Button, button),
        (role.ButtonText, text),
        (role.BrightText, "#ffffff"),
        (role.Highlight, highlight),
        (role.HighlightedText, "#ffffff"),
        (role.Link, link),
        (role.LinkVisited, link),
        (role.ToolTipBase, tooltip_bg),
        (role.ToolTipText, text),
        (role.PlaceholderText, disabled),
        (role.Light, "#4a4b4f" if dark else "#ffffff"),
        (role.Midlight, "#3c3d41" if dark else "#e3e5e8"),
        (role.Mid, "#4b4c50" if dark else "#c4c7cc"),
        (role.Dark, "#151618" if dark else "#9aa0a6"),
        (role.Shadow, "#000000" if dark else "#5f6368"),
    ):
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(disabled))
    return p


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def resolve_dark(theme: str) -> bool:
    """Whether the named theme ("light", "dark", "system") means dark right now."""
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return system_prefers_dark()


def apply_theme(app: QApplication, theme: str) -> Colors:
    """Switch the whole application to the named theme and return its colours."""
    dark = resolve_dark(theme)
    app.setStyle("Fusion")
    app.setPalette(_palette(dark))
    colors = DARK_COLORS if dark else LIGHT_COLORS
    # Stylesheet for things the palette cannot express: count colours, grade buttons,
    # the suggested grade, and the "card" surface.
    app.setStyleSheet(_stylesheet(colors))
    return colors


def current_colors() -> Colors:
    """Colours matching the palette the application uses now."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return DARK_COLORS if dark else LIGHT_COLORS
    return LIGHT_COLORS


def _stylesheet(c: Colors) -> str:
    card_bg = "#2a2b2e" if c.dark else "#ffffff"
    border = "#5f6368" if c.dark else "#c4c7cc"
    button = "#3a3b3f" if c.dark else "#ffffff"
    hover = "#45464b" if c.dark else "#eef2f8"
    pressed = "#2f3034" if c.dark else "#dde3ec"
    focus = "#8ab4f8" if c.dark else "#2f6fd6"
    disabled_text = "#80868b" if c.dark else "#9aa0a6"
    return f"""
QLabel[role="count-new"] {{ color: {c.new}; font-weight: 600; }}
QLabel[role="count-learning"] {{ color: {c.learning}; font-weight: 600; }}
QLabel[role="count-review"] {{ color: {c.review}; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="verdict-right"] {{ color: {c.correct}; font-weight: 600; }}
QLabel[role="verdict-wrong"] {{ color: {c.wrong}; font-weight: 600; }}
QLabel[role="verdict-close"] {{ color: {c.close}; font-weight: 600; }}
QFrame[role="card"] {{
    background: {card_bg}; border: 1px solid {border}; border-radius: 8px;
}}
QPushButton {{
    background: {button}; border: 1px solid {border}; border-radius: 5px;
    padding: 5px 14px;
}}
QPushButton:hover {{ background: {hover}; }}
QPushButton:pressed {{ background: {pressed}; }}
QPushButton:focus {{ border: 2px solid {focus}; }}
QPushButton:disabled {{ color: {disabled_text}; }}
QPushButton:default {{ border: 1px solid {focus}; }}
QPushButton[role="grade"] {{ padding: 6px 10px; min-width: 5.5em; }}
QPushButton[suggested="true"] {{
    border: 3px solid {focus}; font-weight: 600;
}}
QPushButton[role="choice"] {{ text-align: left; padding: 9px 12px; }}
QPushButton[role="choice"][verdict="right"] {{
    border: 3px solid {c.correct}; color: {c.correct}; font-weight: 600;
}}
QPushButton[role="choice"][verdict="wrong"] {{
    border: 3px solid {c.wrong}; color: {c.wrong};
}}
QPushButton[role="primary"] {{ padding: 7px 22px; font-weight: 600; }}
QToolTip {{ border: 1px solid {border}; padding: 3px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QTreeView#deck_tree {{ font-size: 11pt; }}
QTreeView#deck_tree::item {{ padding: 5px 4px; }}
QListWidget#order_list::item {{ padding: 4px 6px; border-bottom: 1px solid {border}; }}
QListWidget#order_list::item:selected {{ background: palette(highlight);
    color: palette(highlighted-text); }}
"""


def restyle(widget: QWidget, **properties: object) -> None:
    """Set dynamic properties used by the stylesheet and re-apply it to the widget."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def card_font_size(font_scale: float) -> float:
    """Card text size in points for a learner's font scale (clamped to 0.6-3.0)."""
    return CARD_POINT_SIZE * max(0.6, min(3.0, font_scale))
