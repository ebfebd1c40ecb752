"""The insight charts, painted with QPainter in the theme's colours.

No chart library: five small charts do not justify one (QtCharts is not in
PySide6-Essentials, matplotlib would add ~40 MB). Each chart is a :class:`Chart`: it paints
only from data it was handed (no journal access while painting, so a repaint is cheap), and
it always carries a text alternative (:meth:`Chart.summary`) that becomes its accessible
description and tooltip, so a screen reader hears what a sighted user sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final

from PySide6.QtCore import QEvent, QLineF, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from tenang.core.journal.insights import (
    MIN_PAIRS,
    RoutineHelp,
    TagPattern,
    TrendPoint,
    WeekMinutes,
    YearPixels,
)
from tenang.ui.i18n import name_widget, translate
from tenang.ui.journal.common import (
    MOODS,
    colours_for,
    integer,
    long_day,
    mood_colour,
    mood_word,
    number,
    qdate,
    short_day,
    signed,
)
from tenang.ui.theme import Colours

TOP_TAGS: Final = 8


def _alpha(colour: str, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def nearest_word(mean: float) -> str:
    """The mood word nearest an average (3.6 -> good)."""
    return mood_word(min(max(round(mean), 1), 5))


class Chart(QWidget):
    """Base of every chart: theme colours, a name, and a text alternative."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it; so do keys
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(False)
        self.text_alternative = ""
        """The last :meth:`summary`, kept so the page's caption need not compute it again."""

    def title(self) -> str:
        raise NotImplementedError

    def summary(self) -> str:
        """Everything the chart says, in sentences."""
        raise NotImplementedError

    def refresh_text(self) -> None:
        text = self.summary()
        self.text_alternative = text
        name_widget(self, self.title(), text)
        self.setToolTip(text)
        self.update()

    def draw(self, painter: QPainter, colours: Colours, area: QRectF) -> None:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        colours = colours_for(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(colours.base))
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        self.draw(painter, colours, area)
        if self.hasFocus():
            painter.setPen(QPen(QColor(colours.accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_text()
        super().changeEvent(event)

    def _empty(self, painter: QPainter, colours: Colours, area: QRectF, text: str) -> None:
        painter.setPen(QColor(colours.muted_text))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class TrendChart(Chart):
    """Average mood per day over the chosen period, on the five-word scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: tuple[TrendPoint, ...] = ()
        self.setMinimumHeight(220)
        self.refresh_text()

    def set_points(self, points: Sequence[TrendPoint]) -> None:
        self.points = tuple(points)
        self.refresh_text()

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def title(self) -> str:
        return translate("Charts", "Mood trend")

    def summary(self) -> str:
        known = [p for p in self.points if p.mean is not None]
        days = len(self.points)
        if not known:
            return translate("Charts", "No entries in the last %1 days.").replace(
                "%1", integer(days)
            )
        mean = sum(p.mean for p in known if p.mean is not None) / len(known)
        low = min(known, key=lambda p: (p.mean, p.day))
        high = max(known, key=lambda p: (p.mean, p.day))
        text = (
            translate(
                "Charts",
                "Last %1 days. Days with entries: %2. Average mood: %3 (%4). "
                "Lowest: %5 on %6. Highest: %7 on %8.",
            )
            .replace("%1", integer(days))
            .replace("%2", integer(len(known)))
            .replace("%3", number(mean))
            .replace("%4", nearest_word(mean))
            .replace("%5", number(low.mean or 0))
            .replace("%6", long_day(low.day))
            .replace("%7", number(high.mean or 0))
            .replace("%8", long_day(high.day))
        )
        half = len(self.points) // 2
        first = [p.mean for p in self.points[:half] if p.mean is not None]
        second = [p.mean for p in self.points[half:] if p.mean is not None]
        if first and second:
            change = sum(second) / len(second) - sum(first) / len(first)
            if change >= 0.25:
                text += " " + translate("Charts", "The second half was higher than the first.")
            elif change <= -0.25:
                text += " " + translate("Charts", "The second half was lower than the first.")
            else:
                text += " " + translate("Charts", "It stayed about level.")
        return text

    def draw(self, painter: QPainter, colours: Colours, area: QRectF) -> None:
        metrics = QFontMetricsF(painter.font())
        label_width = max(metrics.horizontalAdvance(mood_word(m)) for m in MOODS) + 10
        plot = area.adjusted(label_width, 4, -6, -metrics.height() - 6)

        def y_of(mood: float) -> float:
            return plot.bottom() - (mood - 1) / 4 * plot.height()

        painter.setPen(QPen(_alpha(colours.border, 110), 1))
        for mood in MOODS:
            y = y_of(mood)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(colours.muted_text))
        for mood in MOODS:
            y = y_of(mood)
            rect = QRectF(area.left(), y - metrics.height() / 2, label_width - 8, metrics.height())
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mood_word(mood)
            )
        count = len(self.points)
        if count == 0:
            return
        step = plot.width() / max(count - 1, 1)

        def x_of(index: int) -> float:
            return plot.left() + index * step

        for index in (0, count // 2, count - 1):
            x = x_of(index)
            text = short_day(self.points[index].day)
            width = metrics.horizontalAdvance(text)
            left = min(max(x - width / 2, plot.left() - 4), plot.right() - width + 4)
            painter.drawText(QPointF(left, area.bottom() - 2), text)
        if not any(p.mean is not None for p in self.points):
            self._empty(painter, colours, plot, self.summary())
            return
        runs: list[list[QPointF]] = [[]]
        for index, point in enumerate(self.points):
            if point.mean is None:
                if count <= 90 and runs[-1]:  # short views show a missing day as a break
                    runs.append([])
                continue
            runs[-1].append(QPointF(x_of(index), y_of(point.mean)))
        line = QPen(QColor(colours.accent), 2)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)  # segments meet without notches
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Separate segments: Qt strokes a wide polyline or path as one outline with joins,
        # ~90 ms for a year here; the same segments drawn as lines take ~4 ms.
        painter.drawLines([QLineF(run[i], run[i + 1]) for run in runs for i in range(len(run) - 1)])
        if count > 90:
            return  # a year of dots would be noise (and 365 ellipses cost ~20 ms)
        painter.setPen(QPen(QColor(colours.base), 1))
        radius = 3.5
        for index, point in enumerate(self.points):
            if point.mean is not None:
                painter.setBrush(mood_colour(colours, point.mean))
                painter.drawEllipse(QPointF(x_of(index), y_of(point.mean)), radius, radius)


class YearChart(Chart):
    """Year in pixels: twelve rows of months, one square per day, coloured by the day's mood."""

    LEGEND_HEIGHT: Final = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year: YearPixels | None = None
        self.today: date | None = None
        self.setFixedHeight(self.heightForWidth(720))
        self.refresh_text()

    def set_year(self, year: YearPixels, today: date | None = None) -> None:
        self.year = year
        self.today = today
        self.refresh_text()

    def clear(self) -> None:
        self.year = None
        self.today = None
        self.refresh_text()

    def sizeHint(self) -> QSize:
        return QSize(720, self.heightForWidth(720))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Square cells that use the width: the height follows it (stable: width only).
        self.setFixedHeight(self.heightForWidth(event.size().width()))
        super().resizeEvent(event)

    def heightForWidth(self, width: int) -> int:
        """Tall enough for square cells that use the whole width (up to 26 pixels each)."""
        metrics = QFontMetricsF(self.font())
        labels = max(
            metrics.horizontalAdvance(
                QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat)
            )
            for m in range(1, 13)
        )
        cell = min(26.0, max(12.0, (width - 16 - labels - 8) / 31))
        return int(12 * cell + metrics.height() + 2 + self.LEGEND_HEIGHT + 18)

    def title(self) -> str:
        year = self.year.year if self.year else date.today().year
        return translate("Charts", "Year in pixels, %1").replace("%1", str(year))

    def summary(self) -> str:
        if self.year is None or all(v is None for v in self.year.days):
            return translate("Charts", "No entries this year yet.")
        days = [v for v in self.year.days if v is not None]
        good = sum(1 for v in days if round(v) >= 4)
        okay = sum(1 for v in days if round(v) == 3)
        hard = sum(1 for v in days if round(v) <= 2)
        start = date(self.year.year, 1, 1)
        sums: dict[int, list[float]] = {}
        for index, value in enumerate(self.year.days):
            if value is not None:
                month = sums.setdefault((start + timedelta(days=index)).month, [0.0, 0.0])
                month[0] += value
                month[1] += 1
        months = [(total / count, month) for month, (total, count) in sums.items()]
        text = (
            translate(
                "Charts",
                "%1. Days with entries: %2. Good or great days: %3. Okay days: %4. "
                "Bad or awful days: %5.",
            )
            .replace("%1", str(self.year.year))
            .replace("%2", integer(len(days)))
            .replace("%3", integer(good))
            .replace("%4", integer(okay))
            .replace("%5", integer(hard))
        )
        if len(months) > 1:
            best = max(months)
            name = QLocale().standaloneMonthName(best[1], QLocale.FormatType.LongFormat)
            text += " " + translate("Charts", "The best month on average was %1 (%2).").replace(
                "%1", name
            ).replace("%2", number(best[0]))
        return text

    def draw(self, painter: QPainter, colours: Colours, area: QRectF) -> None:
        metrics = QFontMetricsF(painter.font())
        locale = QLocale()
        label_width = (
            max(
                metrics.horizontalAdvance(
                    locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat)
                )
                for m in range(1, 13)
            )
            + 8
        )
        header = metrics.height() + 2
        grid = area.adjusted(label_width, header, 0, -self.LEGEND_HEIGHT)
        cell = min(grid.width() / 31, grid.height() / 12)
        gap = max(1.0, cell * 0.12)
        painter.setPen(QColor(colours.muted_text))
        for day in (1, 5, 10, 15, 20, 25, 31):
            x = grid.left() + (day - 1) * cell
            painter.drawText(
                QRectF(x, area.top(), cell, header), Qt.AlignmentFlag.AlignCenter, integer(day)
            )
        year = self.year.year if self.year else date.today().year
        values = self.year.days if self.year else ()
        start = date(year, 1, 1)
        empty = _alpha(colours.border, 70)
        for month in range(1, 13):
            y = grid.top() + (month - 1) * cell
            painter.setPen(QColor(colours.muted_text))
            painter.drawText(
                QRectF(area.left(), y, label_width - 6, cell),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat),
            )
            painter.setPen(Qt.PenStyle.NoPen)
            first = date(year, month, 1)
            following = date(year + (month == 12), month % 12 + 1, 1)
            offset = (first - start).days
            for index in range((following - first).days):
                value = values[offset + index] if offset + index < len(values) else None
                rect = QRectF(
                    grid.left() + index * cell + gap / 2, y + gap / 2, cell - gap, cell - gap
                )
                painter.setBrush(empty if value is None else mood_colour(colours, value))
                painter.drawRoundedRect(rect, cell * 0.18, cell * 0.18)
        if self.today is not None and self.today.year == year:
            y = grid.top() + (self.today.month - 1) * cell
            rect = QRectF(grid.left() + (self.today.day - 1) * cell, y, cell, cell)
            painter.setPen(QPen(QColor(colours.text), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        # Legend: the five moods and "no entry".
        x = grid.left()
        y = area.bottom() - self.LEGEND_HEIGHT + 8
        swatch = 12.0
        for mood in (None, *MOODS):
            text = translate("Charts", "no entry") if mood is None else mood_word(mood)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(empty if mood is None else mood_colour(colours, mood))
            painter.drawRoundedRect(QRectF(x, y, swatch, swatch), 2, 2)
            painter.setPen(QColor(colours.muted_text))
            painter.drawText(QPointF(x + swatch + 4, y + swatch - 2), text)
            x += swatch + 14 + metrics.horizontalAdvance(text)


class BarRowsChart(Chart):
    """Labelled horizontal rows; shared layout of the tag and "what helps" charts."""

    ROW: Final = 28

    def rows(self) -> int:
        raise NotImplementedError

    def sizeHint(self) -> QSize:
        return QSize(600, max(1, self.rows()) * self.ROW + 44)

    def _fit(self) -> None:
        self.setFixedHeight(max(1, self.rows()) * self.ROW + 44)


class TagChart(BarRowsChart):
    """For the most used tags: the mean day mood with the tag beside the mean without it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patterns: tuple[TagPattern, ...] = ()
        self.labels: dict[str, str] = {}
        self._fit()
        self.refresh_text()

    def set_patterns(self, patterns: Sequence[TagPattern], labels: dict[str, str]) -> None:
        self.patterns = tuple(patterns)[:TOP_TAGS]
        self.labels = labels
        self._fit()
        self.refresh_text()

    def rows(self) -> int:
        return len(self.patterns)

    def title(self) -> str:
        return translate("Charts", "Tag patterns")

    def _label(self, key: str) -> str:
        return self.labels.get(key, key)

    def summary(self) -> str:
        if not self.patterns:
            return translate("Charts", "No tags used yet.")
        parts = []
        for pattern in self.patterns:
            if pattern.mean_without is None:
                parts.append(
                    translate("Charts", "%1: average %2, on every day with an entry (%3).")
                    .replace("%1", self._label(pattern.tag))
                    .replace("%2", number(pattern.mean_with))
                    .replace("%3", integer(pattern.days_with))
                )
            else:
                parts.append(
                    translate("Charts", "%1: average %2 with it (days: %3), %4 without.")
                    .replace("%1", self._label(pattern.tag))
                    .replace("%2", number(pattern.mean_with))
                    .replace("%3", integer(pattern.days_with))
                    .replace("%4", number(pattern.mean_without))
                )
        return " ".join(parts)

    def draw(self, painter: QPainter, colours: Colours, area: QRectF) -> None:
        if not self.patterns:
            self._empty(painter, colours, area, self.summary())
            return
        metrics = QFontMetricsF(painter.font())
        label_width = min(
            area.width() * 0.3,
            max(metrics.horizontalAdvance(self._label(p.tag)) for p in self.patterns) + 10,
        )
        value_width = metrics.horizontalAdvance("5,0 · 5,0") + 12
        bars = area.adjusted(label_width, 0, -value_width, -26)
        with_colour = QColor(colours.accent)
        without_colour = _alpha(colours.border, 160)
        for row, pattern in enumerate(self.patterns):
            top = bars.top() + row * self.ROW
            painter.setPen(QColor(colours.text))
            painter.drawText(
                QRectF(area.left(), top, label_width - 8, self.ROW - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(
                    self._label(pattern.tag), Qt.TextElideMode.ElideRight, label_width - 8
                ),
            )
            painter.setPen(Qt.PenStyle.NoPen)
            for index, (value, colour) in enumerate(
                ((pattern.mean_with, with_colour), (pattern.mean_without, without_colour))
            ):
                if value is None:
                    continue
                width = (value - 1) / 4 * bars.width()
                painter.setBrush(colour)
                painter.drawRoundedRect(
                    QRectF(bars.left(), top + 3 + index * 11, max(width, 2), 9), 2, 2
                )
            painter.setPen(QColor(colours.muted_text))
            without = "–" if pattern.mean_without is None else number(pattern.mean_without)
            painter.drawText(
                QRectF(bars.right() + 8, top, value_width, self.ROW - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{number(pattern.mean_with)} · {without}",
            )
        y = area.bottom() - 12
        x = bars.left()
        for colour, text in (
            (with_colour, translate("Charts", "days with the tag")),
            (without_colour, translate("Charts", "days without")),
        ):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, y - 8, 12, 9), 2, 2)
            painter.setPen(QColor(colours.muted_text))
            painter.drawText(QPointF(x + 16, y), text)
            x += 40 + metrics.horizontalAdvance(text)


def not_enough_pairs(help_row: RoutineHelp) -> str:
    """The sentence for a routine with too few before/after pairs to mean anything."""
    return (
        translate(
            "Charts",
            "%1: not enough pairs yet (%2 of %3). Check in before and after it a few more "
            "times to see whether it helps.",
        )
        .replace("%1", help_row.title)
        .replace("%2", integer(help_row.pairs))
        .replace("%3", integer(MIN_PAIRS))
    )


class HelpsChart(BarRowsChart):
    """The average change from before to after, per routine, around a zero line."""

    SPAN: Final = 2.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.helps: tuple[RoutineHelp, ...] = ()
        self._fit()
        self.refresh_text()

    def set_helps(self, helps: Sequence[RoutineHelp]) -> None:
        self.helps = tuple(h for h in helps if h.enough)
        self._fit()
        self.refresh_text()

    def rows(self) -> int:
        return len(self.helps)

    def title(self) -> str:
        return translate("Charts", "What helps")

    def summary(self) -> str:
        parts = []
        for row in self.helps:
            parts.append(
                translate("Charts", "%1: mood changed by %2 on average over %3 pairs.")
                .replace("%1", row.title)
                .replace("%2", signed(row.mean_change or 0.0))
                .replace("%3", integer(row.pairs))
            )
        if not parts:
            return translate(
                "Charts",
                "Not enough pairs yet. When you check in before and after a routine at least "
                "%1 times, its average change shows here.",
            ).replace("%1", integer(MIN_PAIRS))
        return " ".join(parts)

    def draw(self, painter: QPainter, colours: Colours, area: QRectF) -> None:
        if not self.helps:
            self._empty(painter, colours, area, self.summary())
            return
        metrics = QFontMetricsF(painter.font())
        labels = [
            translate("Charts", "%1 (%2 pairs)")
            .replace("%1", row.title)
            .replace("%2", integer(row.pairs))
            for row in self.helps
        ]
        label_width = min(
            area.width() * 0.4, max(metrics.horizontalAdvance(t) for t in labels) + 10
        )
        bars = area.adjusted(label_width, 0, -50, -26)
        zero = bars.center().x()
        half = bars.width() / 2
        for row, (help_row, label) in enumerate(zip(self.helps, labels, strict=True)):
            top = bars.top() + row * self.ROW
            painter.setPen(QColor(colours.text))
            painter.drawText(
                QRectF(area.left(), top, label_width - 8, self.ROW - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            change = max(-self.SPAN, min(self.SPAN, help_row.mean_change or 0.0))
            width = change / self.SPAN * half
            colour = QColor(colours.accent) if change >= 0 else mood_colour(colours, 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            rect = QRectF(min(zero, zero + width), top + 5, max(abs(width), 2), self.ROW - 14)
            painter.drawRoundedRect(rect, 2, 2)
            painter.setPen(QColor(colours.muted_text))
            text_x = rect.right() + 6 if change >= 0 else rect.left() - 46
            painter.drawText(
                QRectF(text_x, top, 44, self.ROW - 4),
                Qt.AlignmentFlag.AlignVCenter
                | (Qt.AlignmentFlag.AlignLeft if change >= 0 else Qt.AlignmentFlag.AlignRight),
                signed(help_row.mean_change or 0.0),
            )
        painter.setPen(QPen(QColor(colours.border), 1))
        painter.drawLine(QPointF(zero, bars.top()), QPointF(zero, bars.bottom()))
        painter.setPen(QColor(colours.muted_text))
        y = area.bottom() - 6
        painter.drawText(QPointF(bars.left(), y), translate("Charts", "lower after"))
        text = translate("Charts", "higher after")
        painter.drawText(QPointF(bars.right() - metrics.horizontalAdvance(text), y), text)


class MinutesChart(Chart):
    """Minutes breathed per week (Monday to Sunday), stopped runs included."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: tuple[WeekMinutes, ...] = ()
        self.setMinimumHeight(170)
        self.refresh_text()

    def set_weeks(self, weeks: Sequence[WeekMinutes]) -> None:
        self.weeks = tuple(weeks)
        self.refresh_text()

    def sizeHint(self) -> QSize:
        return QSize(600, 170)

    def title(self) -> str:
        return translate("Charts", "Minutes breathed per week")

    def summary(self) -> str:
        if not self.weeks:
            return translate("Charts", "No sessions yet.")
        total = sum(w.minutes for w in self.weeks)
        return (
            translate(
                "Charts",
                "Last %1 weeks. Minutes in all: %2. This week: %3. Most in one week: %4 "
                "(the week of %5).",
            )
            .replace("%1", integer(len(self.weeks)))
            .replace("%2", integer(round(total)))
            .replace("%3", integer(round(self.weeks[-1].minutes)))
            .replace("%4", integer(round(max(w.minutes for w in self.weeks))))
            .replace("%5", long_day(max(self.weeks, key=lambda w: w.minutes).week_start))
        )

    def draw(self, painter: QPainter, colours: Colours, area: QRectF) -> None:
        if not self.weeks:
            self._empty(painter, colours, area, self.summary())
            return
        metrics = QFontMetricsF(painter.font())
        plot = area.adjusted(0, metrics.height() + 2, 0, -metrics.height() - 6)
        top = max(max(w.minutes for w in self.weeks), 10.0)
        slot = plot.width() / len(self.weeks)
        painter.setPen(QPen(_alpha(colours.border, 140), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        locale = QLocale()
        for index, week in enumerate(self.weeks):
            height = week.minutes / top * plot.height()
            rect = QRectF(
                plot.left() + index * slot + slot * 0.18,
                plot.bottom() - height,
                slot * 0.64,
                height,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.highlight))
            if height > 0:
                painter.drawRoundedRect(rect, 2, 2)
            painter.setPen(QColor(colours.muted_text))
            if week.minutes >= 0.5:
                painter.drawText(
                    QRectF(
                        rect.left() - 10,
                        rect.top() - metrics.height() - 1,
                        rect.width() + 20,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    integer(round(week.minutes)),
                )
            if index % 3 == 0 or index == len(self.weeks) - 1:
                text = locale.toString(qdate(week.week_start), "d MMM")
                painter.drawText(
                    QRectF(
                        plot.left() + index * slot - 20,
                        plot.bottom() + 3,
                        slot + 40,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
