"""Calm light and dark colours, following the system scheme unless the user overrides it.

The palettes are ours: a warm paper white with deep green-grey ink for light, and a night
green-grey with soft mint for dark. Every text colour is checked against its background for
WCAG AA (4.5:1) by ``tests/ui/test_theme.py`` using :func:`contrast_ratio`, so a tweak that
hurts legibility fails a test instead of shipping.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Colours:
    """One theme's colours as ``#rrggbb``; names say where each is used."""

    name: str
    window: str
    base: str
    alternate_base: str
    text: str
    muted_text: str
    accent: str
    accent_text: str
    highlight: str
    """Selection and the breathing shape (the player paints with the Highlight role)."""
    highlight_text: str
    button: str
    border: str
    caution_background: str
    caution_text: str
    error_text: str
    disabled_text: str


LIGHT: Final = Colours(
    name="light",
    window="#f3f1ea",
    base="#fbfaf6",
    alternate_base="#eeebe2",
    text="#1f2b28",
    muted_text="#4f5d58",
    accent="#2d6a5e",
    accent_text="#ffffff",
    highlight="#3a7a6c",
    highlight_text="#ffffff",
    button="#e6e2d7",
    border="#8a8577",
    caution_background="#f6ead2",
    caution_text="#5a3d0c",
    error_text="#8a2b22",
    disabled_text="#6f7a76",
)

DARK: Final = Colours(
    name="dark",
    window="#161e1c",
    base="#1c2624",
    alternate_base="#212d2a",
    text="#e3ebe7",
    muted_text="#a7b6b0",
    accent="#86c7b6",
    accent_text="#0f1816",
    highlight="#5fa191",
    highlight_text="#10201c",
    button="#25322f",
    border="#60746e",
    caution_background="#3a3020",
    caution_text="#f2dcb0",
    error_text="#f2a59b",
    disabled_text="#8a9893",
)

TEXT_PAIRS: Final = (
    ("text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("text", "button"),
    ("muted_text", "window"),
    ("muted_text", "base"),
    ("accent_text", "accent"),
    ("highlight_text", "highlight"),
    ("caution_text", "caution_background"),
    ("error_text", "base"),
    ("error_text", "window"),
    ("accent", "base"),
    ("accent", "window"),
)
"""Foreground/background pairs that carry text somewhere in the UI (WCAG AA: 4.5:1)."""

UI_PAIRS: Final = (
    ("border", "window"),
    ("border", "base"),
    ("highlight", "window"),
    ("accent", "window"),
)
"""Edges of controls and the breathing shape against their background (WCAG 1.4.11: 3:1)."""


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    c = QColor(colour)
    return 0.2126 * _linear(c.red()) + 0.7152 * _linear(c.green()) + 0.0722 * _linear(c.blue())


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, from 1 (none) to 21 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def system_is_dark() -> bool:
    """What the platform asks for; Unknown counts as light."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve_colours(setting: str, system_dark: bool | None = None) -> Colours:
    """The palette for a theme setting ("system", "light" or "dark")."""
    if setting == "light":
        return LIGHT
    if setting == "dark":
        return DARK
    dark = system_is_dark() if system_dark is None else system_dark
    return DARK if dark else LIGHT


def build_palette(colours: Colours) -> QPalette:
    """A full QPalette from our colours, including the disabled group."""
    palette = QPalette()
    role = QPalette.ColorRole
    assignments = {
        role.Window: colours.window,
        role.WindowText: colours.text,
        role.Base: colours.base,
        role.AlternateBase: colours.alternate_base,
        role.Text: colours.text,
        role.PlaceholderText: colours.muted_text,
        role.Button: colours.button,
        role.ButtonText: colours.text,
        role.BrightText: colours.error_text,
        role.Highlight: colours.highlight,
        role.HighlightedText: colours.highlight_text,
        role.ToolTipBase: colours.base,
        role.ToolTipText: colours.text,
        role.Link: colours.accent,
        role.LinkVisited: colours.accent,
        role.Accent: colours.accent,
        role.Light: colours.base,
        role.Midlight: colours.alternate_base,
        role.Mid: colours.border,
        role.Dark: colours.border,
        role.Shadow: colours.border,
    }
    for which, value in assignments.items():
        palette.setColor(which, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, which, QColor(colours.disabled_text))
    return palette


def style_sheet(colours: Colours) -> str:
    """The few touches a palette cannot express: the primary button, the caution box."""
    return f"""
QPushButton#primary {{
    background: {colours.accent}; color: {colours.accent_text};
    border: none; border-radius: 6px; padding: 8px 22px; font-weight: 600;
}}
QPushButton#primary:focus {{ outline: none; border: 2px solid {colours.text}; }}
QPushButton#primary:disabled {{ background: {colours.border}; color: {colours.disabled_text}; }}
QFrame#caution {{
    background: {colours.caution_background}; border-radius: 6px;
}}
QLabel#cautionText {{ color: {colours.caution_text}; }}
QLabel#muted {{ color: {colours.muted_text}; }}
QLabel#errorText, QLabel#errorHeading {{ color: {colours.error_text}; }}
QFrame#notice {{
    background: {colours.alternate_base}; border: 1px solid {colours.border};
    border-radius: 6px;
}}
"""


def caution_box(parent: QWidget | None = None) -> tuple[QFrame, QLabel]:
    """A warm box with one wrapping label: the look the style sheet gives ``#caution``.

    The object names are what :func:`style_sheet` styles, so every caution (a routine's, an
    imported routine's, the journal lock's warning) looks the same. The label shows plain
    text: a caution comes from a routine file someone shared, and markup in it must not render.
    """
    box = QFrame(parent)
    box.setObjectName("caution")
    label = QLabel(box)
    label.setObjectName("cautionText")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.addWidget(label)
    return box, label


class CalmStyle(QProxyStyle):
    """Fusion, with check box edges drawn in the palette's ``Mid`` (our ``border`` colour).

    Fusion outlines a check box in the window colour darkened by 40 %, which on our dark
    window is almost black on near-black: an unchecked box all but disappears (WCAG 1.4.11
    asks 3:1 for a control's edge). Redrawing just the edge keeps everything else Fusion's,
    including the keyboard-focus outline, which is left alone.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            return
        focused = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if option.state & focused == focused:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1))
        # The same geometry Fusion uses for its own edge, so ours covers it exactly.
        painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()


class ThemeController(QObject):
    """Applies a theme setting and, for "system", follows the platform when it changes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setting = "system"
        self.colours: Colours = LIGHT
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._system_changed)

    def apply(self, setting: str) -> Colours:
        self.setting = setting
        self.colours = resolve_colours(setting)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            QGuiApplication.setPalette(build_palette(self.colours))
            from PySide6.QtWidgets import QApplication

            if isinstance(app, QApplication):
                app.setStyleSheet(style_sheet(self.colours))
        return self.colours

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.setting == "system":
            self.apply("system")
