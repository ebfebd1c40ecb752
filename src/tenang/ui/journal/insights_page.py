"""The insights page: trend, year in pixels, tag patterns, what helps, minutes, streaks.

All numbers come from one ``Journal.insights()`` call (summary tables; ~80 ms at 100,000
entries), then each chart is handed its slice. Every chart has a heading, the chart, and a
visible caption holding the same text alternative a screen reader hears.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tenang.core.journal import Journal, JournalError
from tenang.core.journal.insights import TREND_PERIODS, Insights
from tenang.ui.i18n import name_widget, translate
from tenang.ui.journal.charts import (
    Chart,
    HelpsChart,
    MinutesChart,
    TagChart,
    TrendChart,
    YearChart,
    not_enough_pairs,
)
from tenang.ui.journal.common import integer, tag_labels


class Section(QFrame):
    """A heading, a chart and its caption (the chart's text alternative, visible to all)."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra = QLabel(self)
        self.extra.setWordWrap(True)
        self.extra.setVisible(False)
        self.top = QHBoxLayout()
        self.top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.addLayout(self.top)
        layout.addWidget(chart)
        layout.addWidget(self.extra)
        layout.addWidget(self.caption)
        chart.setParent(self)

    def refresh(self) -> None:
        self.chart.refresh_text()
        self.heading.setText(self.chart.title())
        self.caption.setText(self.chart.text_alternative)


class InsightsPage(QWidget):
    def __init__(
        self,
        journal_getter: Callable[[], Journal | None],
        streaks_getter: Callable[[], bool],
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal_getter = journal_getter
        self._streaks = streaks_getter
        self._today = today
        self.insights: Insights | None = None
        self._labels: dict[str, str] = {}
        self.overview = QLabel(self)
        self.overview.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("errorText")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.streak = QLabel(self)
        self.streak.setWordWrap(True)
        self.streak.setVisible(False)
        self.period = QComboBox(self)
        for days in TREND_PERIODS:
            self.period.addItem("", days)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.trend = Section(TrendChart())
        self.trend.top.addWidget(self.period)
        self.year = Section(YearChart())
        self.tags = Section(TagChart())
        self.helps = Section(HelpsChart())
        self.minutes = Section(MinutesChart())
        self.sections = (self.trend, self.year, self.tags, self.helps, self.minutes)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 8, 12, 8)
        column.addWidget(self.overview)
        column.addWidget(self.problem)
        column.addWidget(self.streak)
        for section in self.sections:
            section.setParent(body)
            column.addWidget(section)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.retranslate()

    def charts(self) -> list[Chart]:
        return [section.chart for section in self.sections]

    def reload(self) -> None:
        journal = self._journal_getter()
        self.problem.setVisible(False)
        self.insights = None
        labels: dict[str, str] = {}
        if journal is not None:
            try:
                today = self._today() if self._today is not None else None
                self.insights = journal.insights(today, streaks=self._streaks())
                labels = tag_labels(journal.tags())
            except JournalError as error:
                self.problem.setText(
                    translate("Insights", "The journal could not be read: %1").replace(
                        "%1", str(error)
                    )
                )
                self.problem.setVisible(True)
        self._labels = labels
        self._show()

    def drop_content(self) -> None:
        """The journal locked: forget the numbers and empty every chart."""
        self.insights = None
        self._labels = {}
        self.problem.setVisible(False)
        self._show()

    def _show(self) -> None:
        data = self.insights
        trend = self.trend.chart
        assert isinstance(trend, TrendChart)
        year = self.year.chart
        assert isinstance(year, YearChart)
        tags = self.tags.chart
        assert isinstance(tags, TagChart)
        helps = self.helps.chart
        assert isinstance(helps, HelpsChart)
        minutes = self.minutes.chart
        assert isinstance(minutes, MinutesChart)
        if data is None:
            trend.set_points(())
            year.clear()
            tags.set_patterns((), {})
            helps.set_helps(())
            minutes.set_weeks(())
        else:
            trend.set_points(data.trends[self.period.currentData()])
            year.set_year(data.year, data.today)
            tags.set_patterns(data.tag_patterns, self._labels)
            helps.set_helps(data.what_helps)
            minutes.set_weeks(data.minutes_per_week)
        self._fill_texts()

    def _fill_texts(self) -> None:
        data = self.insights
        if data is None or data.entries == 0:
            self.overview.setText(
                translate(
                    "Insights",
                    "Your insights grow with your check-ins. Press Ctrl+J to write the first.",
                )
            )
        else:
            self.overview.setText(
                translate("Insights", "Entries so far: %1, on days: %2.")
                .replace("%1", integer(data.entries))
                .replace("%2", integer(data.days))
            )
        few = [h for h in (data.what_helps if data else ()) if not h.enough]
        self.helps.extra.setText("\n".join(not_enough_pairs(h) for h in few))
        self.helps.extra.setVisible(bool(few))
        streak = data.streak if data is not None else None
        self.streak.setVisible(streak is not None)
        if streak is not None:
            self.streak.setText(
                translate(
                    "Insights",
                    "Streak in days: %1 now, %2 at the longest. One missed day never breaks it.",
                )
                .replace("%1", integer(streak.current))
                .replace("%2", integer(streak.longest))
            )
        for section in self.sections:
            section.refresh()

    def _period_changed(self, _index: int) -> None:
        if self.insights is not None:
            self._show()

    def retranslate(self) -> None:
        for index, days in enumerate(TREND_PERIODS):
            text = (
                translate("Insights", "Last year")
                if days == 365
                else translate("Insights", "Last %1 days").replace("%1", integer(days))
            )
            self.period.setItemText(index, text)
        name_widget(
            self.period,
            translate("Insights", "Trend period"),
            translate("Insights", "How many days the mood trend covers"),
        )
        name_widget(
            self.scroll_area,
            translate("Insights", "Insights"),
            translate("Insights", "Charts of your journal, each followed by the same in words"),
        )
        self._fill_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
