"""History search at speed: typing is debounced, each entry's text is casefolded once per load,
and the rows are built detached (bench/journal_ui_bench.py measures all three)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_ui_helpers import JournalApp, add
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTreeWidgetItem, QWidget

import tenang.ui.journal.history as history
from tenang.core.journal import Entry, Journal, Mood
from tenang.core.journal.tags import BUILTIN_BY_KEY
from tenang.ui.journal.history import (
    SEARCH_DELAY_MS,
    HistoryFilter,
    HistoryPage,
    matches,
    search_text,
)
from tenang.ui.timers import FakeSingleShot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class Timers:
    """The page's timer factory in these tests: one :class:`FakeSingleShot` per page."""

    def __init__(self) -> None:
        self.made: list[FakeSingleShot] = []

    def __call__(self, callback: Callable[[], None], _parent: QWidget) -> FakeSingleShot:
        self.made.append(FakeSingleShot(callback))
        return self.made[-1]

    @property
    def search(self) -> FakeSingleShot:
        (timer,) = self.made
        return timer


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    with Journal.open(data_dir / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture
def page(journal: Journal, qtbot: Any) -> HistoryPage:
    timers = Timers()
    made = HistoryPage(lambda: journal, timer_factory=timers)
    qtbot.addWidget(made)
    made.timers = timers  # type: ignore[attr-defined]
    return made


def _timer(page: HistoryPage) -> FakeSingleShot:
    timers: Timers = page.timers  # type: ignore[attr-defined]
    return timers.search


def _notes(page: HistoryPage) -> list[str]:
    by_id = {entry.id: entry.note for entry in page._entries}
    return [by_id[entry_id] for day in page.shown_ids() for entry_id in day]


def _fill(journal: Journal, page: HistoryPage) -> None:
    add(journal, 3, days_ago=2, note="Rain in the morning", tags=["tired"])
    add(journal, 4, days_ago=1, note="Long walk", tags=["walk"])
    add(journal, 5, days_ago=0, note="Rainbow after work")
    page.reload()


def test_typing_waits_for_a_pause_then_searches_once(journal: Journal, page: HistoryPage) -> None:
    _fill(journal, page)
    searched: list[str] = []
    real = page.apply_filters

    def counting(*args: object) -> None:
        searched.append(page.search.text())
        real(*args)

    page.apply_filters = counting  # type: ignore[method-assign]
    timer = _timer(page)
    for text in ("r", "ra", "rai", "rain"):
        page.search.setText(text)
    assert timer.history == [SEARCH_DELAY_MS] * 4  # each key restarted the wait
    assert timer.isActive() and searched == []
    assert len(_notes(page)) == 3  # the list is untouched while typing
    timer.fire()
    assert searched == ["rain"]
    assert _notes(page) == ["Rainbow after work", "Rain in the morning"]


def test_enter_searches_at_once_and_stops_the_wait(
    journal: Journal, page: HistoryPage, qtbot: Any
) -> None:
    _fill(journal, page)
    page.show()
    page.search.setFocus()
    qtbot.keyClicks(page.search, "walk")
    assert _timer(page).isActive()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert not _timer(page).isActive()
    assert _notes(page) == ["Long walk"]


def test_another_filter_applies_the_typed_text_without_waiting(
    journal: Journal, page: HistoryPage
) -> None:
    _fill(journal, page)
    page.search.setText("rain")
    page.mood_filter.setCurrentIndex(page.mood_filter.findData(3))
    assert not _timer(page).isActive()
    assert _notes(page) == ["Rain in the morning"]


def test_the_window_page_waits_on_a_precise_qt_timer(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    page = app.controller.show_journal(0).history
    QApplication.processEvents()
    page.search.setText("walk")
    timer = page.search_timer
    assert isinstance(timer, QTimer)
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == SEARCH_DELAY_MS
    assert timer.timerType() is Qt.TimerType.PreciseTimer
    page.search_now()
    assert not timer.isActive()


def test_the_search_index_is_made_once_per_load_and_dropped_with_the_entries(
    journal: Journal, page: HistoryPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(journal, page)
    made: list[str] = []

    def counting(entry: Entry, labels: dict[str, str]) -> str:
        made.append(entry.id)
        return search_text(entry, labels)

    monkeypatch.setattr(history, "search_text", counting)
    page.mood_filter.setCurrentIndex(page.mood_filter.findData(4))
    assert made == []  # no text: nothing to index
    for text in ("w", "wa", "walk", "rain"):
        page.search.setText(text)
        page.search_now()
    assert len(made) == 3  # one per entry, for every keystroke after the first
    add(journal, 2, days_ago=0, note="walk in the rain")
    page.reload()  # the entries changed: a new index
    assert len(made) == 3 + 4
    page.drop_content()  # the lock closed: decrypted notes must not linger in the index
    assert page._haystacks is None and page._entries == []
    assert not _timer(page).isActive()


def test_a_first_search_says_it_reads_every_entry(
    journal: Journal, page: HistoryPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(journal, page)
    monkeypatch.setattr(history, "SHOWN_LIMIT", 1)
    page.reload()
    assert page._partial()
    said: list[str] = []
    real = page.reload

    def reading() -> None:
        said.append(page.count_label.text())
        real()

    page.reload = reading  # type: ignore[method-assign]
    page.search.setText("rain")
    _timer(page).fire()
    assert said == ["Searching every entry…"]
    assert _notes(page) == ["Rainbow after work"]  # the newest of the two, SHOWN_LIMIT is 1
    assert page.count_label.text().startswith("Showing the newest 1 of 2 entries.")


def test_rows_built_detached_keep_bold_spanned_open_day_headings(
    journal: Journal, page: HistoryPage
) -> None:
    _fill(journal, page)
    page.show()
    root = page.tree.rootIndex()
    for row in range(page.tree.topLevelItemCount()):
        head = page.tree.topLevelItem(row)
        assert isinstance(head, QTreeWidgetItem)
        assert page.tree.isFirstColumnSpanned(row, root)
        assert head.isExpanded() and head.font(0).bold()
        assert head.flags() == Qt.ItemFlag.ItemIsEnabled
        assert head.childCount() == 1


def _reference(entry: Entry, query: str, labels: dict[str, str]) -> bool:
    """Search as specified, field by field (the old implementation)."""
    query = query.strip().casefold()
    builtins = [BUILTIN_BY_KEY[key] for key in entry.tags if key in BUILTIN_BY_KEY]
    names = [entry.note, *entry.tags, *(labels.get(key, key) for key in entry.tags)]
    names += [tag.label_en for tag in builtins] + [tag.label_id for tag in builtins]
    return not query or any(query in name.casefold() for name in names)


def test_a_query_never_matches_across_two_fields() -> None:
    entry = _entry(note="Long", tags=("walk", "choir"))
    labels = {"choir": "Choir"}
    assert matches(entry, HistoryFilter(text="LONG"), labels)
    for query in ("longwalk", "long walk", "walkwalk", "jalan kaki choir", "long\x00walk"):
        assert not matches(entry, HistoryFilter(text=query), labels), query


def _entry(note: str, tags: tuple[str, ...]) -> Entry:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    return Entry(
        id="e", created_at=at, utc_offset_minutes=0, updated_at=at, mood=Mood.OKAY, note=note,
        tags=tags,
    )  # fmt: skip


pieces = st.sampled_from(["walk", "Jalan", "ß", "ss", "STRASSE", " ", "a", "é", "x"])
texts = st.lists(pieces, max_size=4).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    note=texts,
    tags=st.lists(st.sampled_from(["walk", "family", "choir"]), max_size=2, unique=True),
    label=texts.filter(bool),
    query=texts,
)
def test_one_search_text_finds_what_a_field_by_field_search_finds(
    note: str, tags: list[str], label: str, query: str
) -> None:
    entry = _entry(note, tuple(tags))
    labels = {"choir": label}
    assert matches(entry, HistoryFilter(text=query), labels) == _reference(entry, query, labels)
