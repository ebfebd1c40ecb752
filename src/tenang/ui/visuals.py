"""The breathing visual: a shape that moves exactly with the engine, and nothing else.

The widget keeps no animation state. Every paint asks its frame provider for the engine's
:class:`Frame` at "now" and draws that, so the picture can never drift from the pacing or from
the audio. The only thing remembered is the geometry last painted, and only to decide whether
a new paint would look different: 60 Hz painting from Python costs about 9% of a core whatever
is drawn (DESIGN.md), so :meth:`BreathingVisual.refresh` asks for a paint only when the shape
would move by at least half a device pixel, and never during a hold.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QHideEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from tenang.core.engine import Frame, State
from tenang.core.model import Phase

FrameProvider = Callable[[], Frame]

STYLES: tuple[str, ...] = ("circle", "square", "wave")
"""The animated styles; reduced motion replaces any of them with a still progress bar."""

MIN_MOVE_PX = 0.5
"""Smallest change in device pixels worth a repaint; anything less is invisible."""


_PHASE_WORDS: dict[Phase, object] = {
    Phase.INHALE: QT_TRANSLATE_NOOP("Phase", "Breathe in"),
    Phase.TOP_UP: QT_TRANSLATE_NOOP("Phase", "Sip in more"),
    Phase.HOLD: QT_TRANSLATE_NOOP("Phase", "Hold"),
    Phase.EXHALE: QT_TRANSLATE_NOOP("Phase", "Breathe out"),
    Phase.HOLD_EMPTY: QT_TRANSLATE_NOOP("Phase", "Rest"),
    Phase.MEDITATE: QT_TRANSLATE_NOOP("Phase", "Be still"),
}
"""Marked for lupdate here, translated when shown (context "Phase")."""


def phase_word(phase: Phase | None) -> str:
    """The word shown for a phase, in the UI language."""
    if phase is None:
        return ""
    return QCoreApplication.translate("Phase", str(_PHASE_WORDS[phase]))


def seconds_left(frame: Frame) -> int:
    """Whole seconds left in the phase, counted the way people count down: 4, 3, 2, 1."""
    return max(0, math.ceil(frame.segment_remaining - 1e-6))


@dataclass(frozen=True)
class Picture:
    """What a paint would draw, reduced to the numbers that matter for "did it change".

    ``fixed`` must match exactly (style, size, phase, text); ``moving`` are device-pixel
    coordinates compared against :data:`MIN_MOVE_PX`.
    """

    fixed: tuple[object, ...]
    moving: tuple[float, ...]

    def differs_from(self, other: Picture | None) -> bool:
        if other is None or self.fixed != other.fixed:
            return True
        return any(
            abs(a - b) >= MIN_MOVE_PX for a, b in zip(self.moving, other.moving, strict=True)
        )


@dataclass(frozen=True)
class _SquarePath:
    """Where the square's dot is, and the corners it has passed this breath (logical px)."""

    dot: QPointF
    trace: tuple[QPointF, ...]


class BreathingVisual(QWidget):
    """Draws the engine's frame as a circle, a traced square, a wave, or a still bar.

    Signals:
        announced(str): a phase change was announced to assistive technology.
        onScreenChanged(bool): shown or hidden (including a minimised window), so the owner
            runs its frame timer only while the visual can be seen.
    """

    announced = Signal(str)
    onScreenChanged = Signal(bool)

    def __init__(
        self,
        frame_provider: FrameProvider,
        *,
        visual_style: str = "circle",
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if visual_style not in STYLES:
            raise ValueError(f"unknown visual style {visual_style!r}; expected one of {STYLES}")
        self._provider = frame_provider
        self._style = visual_style
        self._reduced = reduced_motion
        self._painted: Picture | None = None
        self._background_cache: tuple[tuple[object, ...], QPixmap] | None = None
        self._on_screen = False
        self._described = ""
        self._announced_segment: int | None = None
        self.paint_count = 0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(QCoreApplication.translate("BreathingVisual", "Breathing guide"))

    # -- configuration -----------------------------------------------------------------------

    @property
    def visual_style(self) -> str:
        """One of :data:`STYLES` (not ``style()``: that is QWidget's QStyle)."""
        return self._style

    def set_visual_style(self, style: str) -> None:
        if style not in STYLES:
            raise ValueError(f"unknown visual style {style!r}; expected one of {STYLES}")
        self._style = style
        self._invalidate()

    @property
    def reduced_motion(self) -> bool:
        return self._reduced

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced = reduced
        self._invalidate()

    @property
    def animates(self) -> bool:
        """Whether this visual moves at all: a frame timer is useless when it does not."""
        return not self._reduced

    def moves_during(self, frame: Frame) -> bool:
        """Whether the picture can change before the current phase ends.

        A circle or a wave stands still through a hold and a meditation, so its owner can
        stop the frame timer until the next boundary (which the driver delivers anyway).
        The square's dot keeps travelling along a side during a hold.
        """
        if self._reduced:
            return False
        segment = frame.segment
        if segment is None or frame.state is not State.RUNNING:
            return False
        return self._style == "square" or segment.phase not in _STILL_PHASES

    @property
    def is_on_screen(self) -> bool:
        return self._on_screen

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    # -- the repaint decision ----------------------------------------------------------------

    def picture(self, frame: Frame) -> Picture:
        """The geometry this frame would paint at the widget's current size."""
        dpr = self.devicePixelRatioF()
        rect = QRectF(self.rect())
        fixed: tuple[object, ...] = (self._style, self._reduced, self.width(), self.height(), dpr)
        if self._reduced:
            text = phase_word(frame.segment.phase) if frame.segment else ""
            fill = self._bar_rect(rect).width() * _fill_fraction(frame)
            return Picture((*fixed, text), (fill * dpr,))
        if self._style == "circle":
            return Picture(fixed, (self._circle_radius(rect, frame) * dpr,))
        if self._style == "square":
            path = self._square_path(rect, frame)
            phase = frame.segment.phase if frame.segment else None
            return Picture((*fixed, phase), (path.dot.x() * dpr, path.dot.y() * dpr))
        return Picture(fixed, (self._wave_level(rect, frame) * dpr,))

    def needs_repaint(self, frame: Frame) -> bool:
        """True when painting ``frame`` would look different from the last paint."""
        return self.picture(frame).differs_from(self._painted)

    def refresh(self) -> None:
        """Called on every frame tick and boundary: update a11y text, paint only if needed."""
        frame = self._provider()
        self.sync_accessible(frame)
        picture = self.picture(frame)
        if not picture.differs_from(self._painted):
            return
        previous = self._painted
        if (
            previous is not None
            and previous.fixed == picture.fixed
            and self._style == "circle"
            and not self._reduced
        ):
            # Only the disc between the old and the new radius changes: repaint that square.
            dpr = self.devicePixelRatioF()
            radius = max(previous.moving[0], picture.moving[0]) / dpr + 2.0
            centre = QRectF(self.rect()).center()
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            self.update(box.toAlignedRect())
        else:
            self.update()

    def _invalidate(self) -> None:
        self._painted = None
        self.update()

    # -- accessibility -----------------------------------------------------------------------

    def sync_accessible(self, frame: Frame) -> None:
        """Keep the description ("Breathe in, 3 seconds left") current; announce new phases."""
        segment = frame.segment
        if segment is None or frame.state in (State.FINISHED, State.STOPPED):
            description = ""
        else:
            word = phase_word(segment.phase)
            n = seconds_left(frame)
            # Two strings rather than a %n plural: right without any translator loaded, and
            # Indonesian has no plural forms to offer anyway.
            if n == 1:
                template = QCoreApplication.translate("BreathingVisual", "%1, 1 second left")
            else:
                template = QCoreApplication.translate("BreathingVisual", "%1, %2 seconds left")
            description = template.replace("%1", word).replace("%2", QLocale().toString(n))
        if description != self._described:
            self._described = description
            self.setAccessibleDescription(description)
        # Keyed on the segment, not the word: each new breath's "Breathe in" is news.
        running = segment is not None and frame.state is State.RUNNING
        if running and segment is not None and segment.index != self._announced_segment:
            self._announced_segment = segment.index
            self.announce(phase_word(segment.phase))

    def announce(self, text: str) -> None:
        """Ask screen readers to speak ``text`` politely, without moving focus."""
        if not text:
            return
        announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
        if announcement is not None:
            event = announcement(self, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
        else:
            # Qt before 6.8 has no announcements; a name change is the next best thing that
            # screen readers pick up. The description already carries the phase.
            self.setAccessibleName(text)
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        self.announced.emit(text)

    # -- Qt events ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._on_screen:
            self._on_screen = True
            self.onScreenChanged.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self._on_screen:
            self._on_screen = False
            self.onScreenChanged.emit(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._painted = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._invalidate()

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self._provider()
        rect = QRectF(self.rect())
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawPixmap(0, 0, self._background(rect))
            if self._reduced:
                self._paint_reduced(painter, rect, frame)
            elif self._style == "circle":
                self._paint_circle(painter, rect, frame)
            elif self._style == "square":
                self._paint_square(painter, rect, frame)
            else:
                self._paint_wave(painter, rect, frame)
        finally:
            painter.end()
        self._painted = self.picture(frame)
        self.paint_count += 1

    def _background(self, rect: QRectF) -> QPixmap:
        """The still part of the picture (fill and guides), drawn once per size and palette.

        Stroking a large antialiased circle costs about 1 ms on a software rasteriser, as
        much as everything else in a frame; blitting it back costs a tenth of that.
        """
        dpr = self.devicePixelRatioF()
        key = (
            self._style,
            self._reduced,
            self.width(),
            self.height(),
            dpr,
            self.palette().cacheKey(),
        )
        if self._background_cache is None or self._background_cache[0] != key:
            pixmap = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(self.palette().color(QPalette.ColorRole.Window))
            painter = QPainter(pixmap)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(self._guide_pen())
                painter.setBrush(Qt.BrushStyle.NoBrush)
                if self._reduced:
                    pass
                elif self._style == "circle":
                    _inner, outer = self._circle_bounds(rect)
                    painter.drawEllipse(rect.center(), outer, outer)
                elif self._style == "square":
                    painter.drawRoundedRect(self._square_rect(rect), 4.0, 4.0)
                else:
                    low, high, _amplitude = self._wave_bounds(rect)
                    painter.drawLine(QPointF(rect.left(), high), QPointF(rect.right(), high))
                    painter.drawLine(QPointF(rect.left(), low), QPointF(rect.right(), low))
            finally:
                painter.end()
            self._background_cache = (key, pixmap)
        return self._background_cache[1]

    # -- colours -----------------------------------------------------------------------------

    def _colour(self, role: QPalette.ColorRole, alpha: float = 1.0) -> QColor:
        colour = QColor(self.palette().color(role))
        colour.setAlphaF(alpha)
        return colour

    def _mixed(self, role: QPalette.ColorRole, share: float) -> QColor:
        """``share`` of ``role`` over the window colour, as an opaque colour.

        Opaque fills need no blending with what is below: about half the cost of a
        translucent fill of the same size.
        """
        top = self.palette().color(role)
        base = self.palette().color(QPalette.ColorRole.Window)
        return QColor.fromRgbF(
            top.redF() * share + base.redF() * (1 - share),
            top.greenF() * share + base.greenF() * (1 - share),
            top.blueF() * share + base.blueF() * (1 - share),
        )

    def _guide_pen(self) -> QPen:
        pen = QPen(self._colour(QPalette.ColorRole.Text, 0.18))
        pen.setWidthF(2.0)
        return pen

    # -- circle ------------------------------------------------------------------------------

    @staticmethod
    def _circle_bounds(rect: QRectF) -> tuple[float, float]:
        outer = max(1.0, min(rect.width(), rect.height()) / 2.0 - 8.0)
        return outer * 0.35, outer

    def _circle_radius(self, rect: QRectF, frame: Frame) -> float:
        inner, outer = self._circle_bounds(rect)
        return inner + (outer - inner) * frame.breath_level

    def _paint_circle(self, painter: QPainter, rect: QRectF, frame: Frame) -> None:
        centre = rect.center()
        radius = self._circle_radius(rect, frame)
        # Two opaque fills rather than a stroked, gradient-filled ellipse: the same calm
        # look (a firm rim, a soft inside) at about a third of the cost per frame.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._mixed(QPalette.ColorRole.Highlight, 0.9))
        painter.drawEllipse(centre, radius, radius)
        painter.setBrush(self._mixed(QPalette.ColorRole.Highlight, 0.32))
        rim = 2.5
        painter.drawEllipse(centre, radius - rim, radius - rim)

    # -- square ------------------------------------------------------------------------------

    @staticmethod
    def _square_rect(rect: QRectF) -> QRectF:
        side = max(1.0, min(rect.width(), rect.height()) * 0.78)
        square = QRectF(0, 0, side, side)
        square.moveCenter(rect.center())
        return square

    def _square_path(self, rect: QRectF, frame: Frame) -> _SquarePath:
        """The dot's place: up the left side breathing in, across the top holding, and so on.

        One side per phase for a box pattern. A pattern without a hold (or without the rest
        after exhaling) has no side for it, so the exhale runs diagonally to where the next
        breath begins: the dot never jumps.
        """
        sq = self._square_rect(rect)
        bottom_left, top_left = sq.bottomLeft(), sq.topLeft()
        top_right, bottom_right = sq.topRight(), sq.bottomRight()
        segment = frame.segment
        if segment is None:
            return _SquarePath(bottom_left, ())
        if segment.phase is Phase.MEDITATE:
            # No pace to follow: the dot walks the square once over the whole step.
            corners = (bottom_left, top_left, top_right, bottom_right, bottom_left)
            travelled = frame.segment_progress * 4.0
            side = min(3, int(travelled))
            dot = _lerp(corners[side], corners[side + 1], travelled - side)
            return _SquarePath(dot, (*corners[: side + 1], dot))
        pattern = segment.pattern
        has_hold = pattern is not None and pattern.hold > 0
        has_rest = pattern is not None and pattern.hold_empty > 0
        start = bottom_left
        full = top_left
        held = top_right if has_hold else full
        emptied = bottom_right if has_rest else start
        level = frame.breath_level
        phase = segment.phase
        if phase in (Phase.INHALE, Phase.TOP_UP):
            dot = _lerp(start, full, level)
            trace: tuple[QPointF, ...] = (start, dot)
        elif phase is Phase.HOLD:
            dot = _lerp(full, held, frame.segment_progress)
            trace = (start, full, dot)
        elif phase is Phase.EXHALE:
            dot = _lerp(held, emptied, 1.0 - level)
            trace = (start, full, held, dot)
        else:
            dot = _lerp(emptied, start, frame.segment_progress)
            trace = (start, full, held, emptied, dot)
        return _SquarePath(dot, trace)

    def _paint_square(self, painter: QPainter, rect: QRectF, frame: Frame) -> None:
        sq = self._square_rect(rect)
        path = self._square_path(rect, frame)
        if len(path.trace) >= 2:
            trace_pen = QPen(self._colour(QPalette.ColorRole.Highlight, 0.75))
            trace_pen.setWidthF(5.0)
            trace_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            trace_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(trace_pen)
            line = QPainterPath(path.trace[0])
            for point in path.trace[1:]:
                line.lineTo(point)
            painter.drawPath(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(QPalette.ColorRole.Highlight, 1.0))
        dot_radius = max(6.0, sq.width() * 0.035)
        painter.drawEllipse(path.dot, dot_radius, dot_radius)

    # -- wave --------------------------------------------------------------------------------

    @staticmethod
    def _wave_bounds(rect: QRectF) -> tuple[float, float, float]:
        """(low water y, high water y, amplitude) in logical px."""
        amplitude = max(2.0, rect.height() * 0.04)
        return rect.bottom() - rect.height() * 0.15, rect.top() + rect.height() * 0.2, amplitude

    def _wave_level(self, rect: QRectF, frame: Frame) -> float:
        low, high, _amplitude = self._wave_bounds(rect)
        return low + (high - low) * frame.breath_level

    def _paint_wave(self, painter: QPainter, rect: QRectF, frame: Frame) -> None:
        _low, _high, amplitude = self._wave_bounds(rect)
        level = self._wave_level(rect, frame)
        # A still, gentle swell: only its height moves, so the eye follows the tide.
        wave = QPainterPath(QPointF(rect.left(), level))
        steps = 48
        for k in range(1, steps + 1):
            x = rect.left() + rect.width() * k / steps
            wave.lineTo(x, level + amplitude * math.sin(2.0 * math.pi * 1.5 * k / steps))
        water = QPainterPath(wave)
        water.lineTo(rect.bottomRight())
        water.lineTo(rect.bottomLeft())
        water.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._mixed(QPalette.ColorRole.Highlight, 0.22))
        painter.drawPath(water)
        pen = QPen(self._colour(QPalette.ColorRole.Highlight, 0.9))
        pen.setWidthF(3.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(wave)

    # -- reduced motion ----------------------------------------------------------------------

    @staticmethod
    def _bar_rect(rect: QRectF) -> QRectF:
        width = max(1.0, rect.width() * 0.8)
        bar = QRectF(0, 0, width, max(8.0, min(24.0, rect.height() * 0.06)))
        bar.moveCenter(QPointF(rect.center().x(), rect.center().y() + rect.height() * 0.12))
        return bar

    def _paint_reduced(self, painter: QPainter, rect: QRectF, frame: Frame) -> None:
        bar = self._bar_rect(rect)
        radius = bar.height() / 2.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(QPalette.ColorRole.Text, 0.12))
        painter.drawRoundedRect(bar, radius, radius)
        fill = QRectF(bar)
        fill.setWidth(bar.width() * _fill_fraction(frame))
        if fill.width() > 0:
            painter.setBrush(self._colour(QPalette.ColorRole.Highlight, 0.8))
            painter.drawRoundedRect(fill, radius, radius)
        text = phase_word(frame.segment.phase) if frame.segment else ""
        if text:
            font = QFont(self.font())
            font.setPointSizeF(max(12.0, font.pointSizeF() * 1.8))
            painter.setFont(font)
            painter.setPen(self._colour(QPalette.ColorRole.Text, 1.0))
            label = QRectF(rect.left(), rect.top(), rect.width(), bar.top() - rect.top() - 12.0)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text
            )


_STILL_PHASES = frozenset({Phase.HOLD, Phase.HOLD_EMPTY, Phase.MEDITATE})


def _fill_fraction(frame: Frame) -> float:
    """The reduced bar shows the phase's progress; finished shows full, idle empty."""
    if frame.state is State.FINISHED:
        return 1.0
    return frame.segment_progress if frame.segment is not None else 0.0


def _lerp(a: QPointF, b: QPointF, fraction: float) -> QPointF:
    fraction = min(1.0, max(0.0, fraction))
    return QPointF(a.x() + (b.x() - a.x()) * fraction, a.y() + (b.y() - a.y()) * fraction)
