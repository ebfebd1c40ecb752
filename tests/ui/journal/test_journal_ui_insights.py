"""Insights: the page renders from real data, charts speak in words, colours follow the theme."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from journal_ui_helpers import JournalApp, add, local
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from tenang.core.journal import EntryKind, Journal
from tenang.core.journal.insights import MIN_PAIRS, YearPixels
from tenang.core.runs import RunSummary
from tenang.ui.journal.charts import YearChart
from tenang.ui.journal.common import MOOD_SCALE
from tenang.ui.journal.insights_page import InsightsPage
from tenang.ui.theme import DARK, LIGHT, build_palette, contrast_ratio

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _pair(journal: Journal, routine: str, title: str, before: int, after: int, days_ago: int):
    entry = add(journal, before, days_ago=days_ago, hour=7, kind=EntryKind.BEFORE_SESSION)
    start = local(days_ago, 7, 5)
    run = journal.record_run(
        RunSummary(routine, title, start, start + timedelta(minutes=5), 300, 300, 30, True),
        before_entry_id=entry.id,
    )
    add(journal, after, days_ago=days_ago, hour=8, kind=EntryKind.AFTER_SESSION, run_id=run.id)


def _filled(app: JournalApp) -> None:
    j = app.journal
    for days_ago in range(0, 40, 2):
        add(j, 2 + days_ago % 3, days_ago=days_ago, tags=["work"] if days_ago % 4 else ["walk"])
    for days_ago in (1, 3, 5):
        _pair(j, "box", "Box breathing", 2, 4, days_ago)
    _pair(j, "sigh", "Cyclic sighing", 3, 3, 7)


def _insights(app: JournalApp) -> InsightsPage:
    window = app.controller.show_journal(1)
    QApplication.processEvents()
    return window.insights


def test_page_renders_with_data_and_the_not_enough_pairs_sentence(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    _filled(app)
    page = _insights(app)
    assert "Entries so far: 28" in page.overview.text()
    trend, year, tags, helps, minutes = page.charts()
    assert "Last 30 days. Days with entries:" in trend.summary()
    assert str(date.today().year) in year.title()
    assert "Work: average" in tags.summary() and "Walk: average" in tags.summary()
    assert "Box breathing: mood changed by +2.0 on average over 3 pairs." in helps.summary()
    assert "Cyclic sighing" not in helps.summary()
    extra = page.helps.extra.text()
    assert f"Cyclic sighing: not enough pairs yet (1 of {MIN_PAIRS})" in extra
    assert not page.helps.extra.isHidden()
    assert "Minutes in all: 20." in minutes.summary()
    for chart in page.charts():
        image = chart.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 60, 5)}
        assert len(colours) > 2, chart.title()  # something was drawn
    page.period.setCurrentIndex(page.period.findData(365))
    assert "Last 365 days." in trend.summary()


def test_no_pairs_at_all_says_so(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 3)
    page = _insights(app)
    helps = page.charts()[3]
    assert helps.summary().startswith("Not enough pairs yet.")
    assert page.helps.extra.isHidden()
    assert page.streak.isHidden()  # streaks are off by default


def test_every_chart_has_a_text_alternative(journal_app: Any, ui_reset: Any) -> None:
    app: JournalApp = journal_app()
    page = _insights(app)  # empty journal first
    for chart in page.charts():
        assert chart.accessibleName() == chart.title()
        assert chart.accessibleDescription() == chart.summary() != ""
    _filled(app)
    page.reload()
    for section in page.sections:
        assert section.caption.text() == section.chart.accessibleDescription()
        assert section.chart.toolTip() == section.chart.summary()
    ui_reset.apply("id")
    assert page.charts()[0].accessibleName() == "Tren suasana hati"
    assert "Hari dengan catatan" in page.charts()[0].accessibleDescription()


def test_streaks_show_only_when_turned_on(journal_app: Any) -> None:
    from tenang.core.settings import Settings

    app: JournalApp = journal_app(settings=Settings(streaks=True))
    for days_ago in (0, 1, 3):  # day 2 missed: forgiven
        add(app.journal, 4, days_ago=days_ago)
    page = _insights(app)
    assert not page.streak.isHidden()
    assert "Streak in days: 3 now, 3 at the longest" in page.streak.text()


def _pixels_of(image: QImage, colour: str) -> int:
    """How many pixels have exactly ``colour`` (numpy: a Python loop takes seconds)."""
    import numpy as np

    rgb32 = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(rgb32.constBits(), dtype=np.uint32, count=rgb32.width() * rgb32.height())
    return int(np.count_nonzero(pixels == np.uint32(QColor(colour).rgb())))


def test_year_in_pixels_paints_days_in_their_mood_colour(qtbot: Any, ui_reset: Any) -> None:
    # The chart follows its own palette (what the theme sets app-wide), set here directly.
    days: list[float | None] = [None] * 365
    days[9] = 4.6  # rounds to great
    chart = YearChart()
    chart.setPalette(build_palette(LIGHT))
    qtbot.addWidget(chart)
    chart.resize(700, 330)
    chart.set_year(YearPixels(2025, tuple(days)), date(2025, 12, 31))
    image = chart.grab().toImage()
    # The one great day's square plus its legend swatch; awful has only its swatch.
    great = _pixels_of(image, MOOD_SCALE["light"][4])
    awful = _pixels_of(image, MOOD_SCALE["light"][0])
    assert great > awful + 100 > 200
    assert "Days with entries: 1. Good or great days: 1." in chart.summary()
    light = chart.grab().toImage()
    chart.setPalette(build_palette(DARK))
    dark = chart.grab().toImage()
    assert light.pixel(2, 2) == QColor(LIGHT.base).rgb()
    assert dark.pixel(2, 2) == QColor(DARK.base).rgb()


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_mood_colours_stand_out_from_the_background(colours: Any) -> None:
    for colour in MOOD_SCALE[colours.name]:
        assert contrast_ratio(colour, colours.base) >= 3.0, colour


def test_a_journal_that_cannot_be_read_is_said_plainly(journal_app: Any, monkeypatch: Any) -> None:
    from tenang.core.journal import JournalError

    app: JournalApp = journal_app()

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise JournalError("Could not read the journal /x: the disk reported an error")

    monkeypatch.setattr(app.journal, "insights", broken)
    page = _insights(app)
    assert "could not be read" in page.problem.text()
    assert not page.problem.isHidden()
    assert page.charts()[0].summary().startswith("No entries")


def test_trend_summary_follows_the_days(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 1, days_ago=20)
    add(app.journal, 5, days_ago=0)
    page = _insights(app)
    trend = page.charts()[0]
    assert "Lowest: 1.0" in trend.summary() and "Highest: 5.0" in trend.summary()
    assert "The second half was higher than the first." in trend.summary()
