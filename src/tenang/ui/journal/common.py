"""What every journal view shares: mood words and faces, colours, dates, error texts.

Mood words go through Qt's translator (context ``Mood``) so they switch with the language;
colours come from the active theme (:mod:`tenang.ui.theme`), picked by the widget's palette so
a chart repaints correctly the moment the theme changes. Dates and numbers use the default
``QLocale``, which :class:`tenang.ui.i18n.LanguageSwitcher` switches with the language.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from tenang.core.journal.model import Tag
from tenang.core.journal.tags import BUILTIN_BY_KEY
from tenang.ui.i18n import current_language, translate
from tenang.ui.theme import DARK, LIGHT, Colours, relative_luminance

MOODS: Final = (1, 2, 3, 4, 5)

MOOD_SCALE: Final = {
    "light": ("#b0412c", "#a9622a", "#857a2c", "#3d8a6b", "#2d6a5e"),
    "dark": ("#e8836d", "#e6a96c", "#d2c684", "#7cc4a8", "#b4ecd9"),
}
"""Mood 1..5 as colours: warm (hard days) to the theme's green (good days).

Neighbours differ in hue and most also in lightness; every colour keeps 3:1 against the
theme's base colour (WCAG 1.4.11, tested in ``test_journal_ui_insights.py``). Colour is never
the only carrier: every chart also says what it shows in words.
"""


def mood_word(mood: int) -> str:
    """awful, bad, okay, good, great; in Indonesian buruk sekali ... sangat baik."""
    words = {
        1: translate("Mood", "awful"),
        2: translate("Mood", "bad"),
        3: translate("Mood", "okay"),
        4: translate("Mood", "good"),
        5: translate("Mood", "great"),
    }
    return words[mood]


def mood_title(mood: int) -> str:
    """The mood word with a capital, as on a button."""
    word = mood_word(mood)
    return word[:1].upper() + word[1:]


def colours_for(widget: QWidget) -> Colours:
    """The theme palette the widget is painted with (dark when its window colour is dark)."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def mood_colour(colours: Colours, mood: float) -> QColor:
    """The colour of a (possibly averaged) mood: the nearest step of the scale."""
    index = min(max(round(mood), 1), 5) - 1
    return QColor(MOOD_SCALE[colours.name][index])


def paint_face(painter: QPainter, rect: QRectF, mood: int, ink: QColor, fill: QColor) -> None:
    """A simple face: the mouth curves from a frown (1) to a wide smile (5)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    pen = QPen(ink, max(1.2, side / 18))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(fill)
    inset = pen.widthF()
    painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
    painter.setBrush(ink)
    eye = side / 14
    for dx in (-0.17, 0.17):
        painter.drawEllipse(
            QPointF(box.center().x() + dx * side, box.top() + side * 0.38), eye, eye
        )
    curve = (mood - 3) * 0.09 * side  # negative: frown
    left = QPointF(box.left() + side * 0.3, box.top() + side * 0.66 - curve / 3)
    right = QPointF(box.right() - side * 0.3, left.y())
    mouth = QPainterPath(left)
    mouth.quadTo(QPointF(box.center().x(), left.y() + curve), right)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)
    painter.restore()


def face_ink(fill: QColor) -> QColor:
    """Near-black on light fills, white on dark ones: the face's features stay visible."""
    return QColor("#ffffff" if relative_luminance(fill.name()) < 0.25 else "#1f2b28")


def face_icon(mood: int, colours: Colours, size: int = 40) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    fill = mood_colour(colours, mood)
    paint_face(painter, QRectF(0, 0, size, size), mood, face_ink(fill), fill)
    painter.end()
    return QIcon(pixmap)


def tag_label(key: str, custom: dict[str, str] | None = None) -> str:
    """A tag's label in the current language (the user's own tags keep their own words)."""
    builtin = BUILTIN_BY_KEY.get(key)
    if builtin is not None:
        return builtin.label(current_language())
    if custom and key in custom:
        return custom[key]
    return key


def tag_labels(tags: list[Tag]) -> dict[str, str]:
    """key -> label for every tag the journal knows, in the current language."""
    return {tag.key: tag.label(current_language()) for tag in tags}


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def long_day(day: date) -> str:
    """``Monday, 23 November 2026`` / ``Senin, 23 November 2026`` (the locale's long date)."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_day(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def clock_time(moment: datetime) -> str:
    """The wall-clock time of an entry (``8:30 AM`` / ``08.30``)."""
    from PySide6.QtCore import QTime

    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def integer(value: int) -> str:
    return QLocale().toString(int(value))


def signed(value: float) -> str:
    """``+0.8`` / ``−0.3`` (a real minus sign), one decimal, in the locale's digits."""
    text = number(abs(value))
    if round(value, 1) > 0:
        return "+" + text
    if round(value, 1) < 0:
        return "\u2212" + text
    return text


def write_failed(detail: str) -> str:
    """The sentence shown when a save failed (the entry stays in the form)."""
    return translate(
        "Journal",
        "Could not save. What you typed is still here; try again when the problem is fixed.\n%1",
    ).replace("%1", detail)


def lock_minutes_text(minutes: int) -> str:
    """``1 minute``, ``5 minutes``, ``1 hour``: the journal lock's idle time, in words."""
    if minutes == 60:
        return translate("LockMinutes", "1 hour")
    if minutes == 1:
        return translate("LockMinutes", "1 minute")
    return translate("LockMinutes", "%1 minutes").replace("%1", integer(minutes))


def announce(widget: QWidget, text: str) -> None:
    """Ask screen readers to say ``text`` politely, without moving the focus."""
    from PySide6 import QtGui
    from PySide6.QtGui import QAccessible

    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if text and event_type is not None:
        event = event_type(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
