"""History: grouped by day, search in notes and tags, filters, delete with undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from journal_ui_helpers import JournalApp, add, local
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tenang.core.journal import Entry, JournalWriteError, Mood
from tenang.ui.journal.common import long_day, qdate
from tenang.ui.journal.history import HistoryFilter, HistoryPage, group_by_day, matches

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _history(app: JournalApp) -> HistoryPage:
    window = app.controller.show_journal(0)
    QApplication.processEvents()
    return window.history


def _search(page: HistoryPage, text: str) -> None:
    """Type ``text`` and end the typing pause (test_journal_ui_history_search.py tests it)."""
    page.search.setText(text)
    page.search_now()


def _sample(app: JournalApp) -> dict[str, Entry]:
    j = app.journal
    return {
        "old": add(j, 2, days_ago=9, note="Rain all day", tags=["tired"]),
        "morning": add(j, 4, days_ago=1, hour=8, note="Long walk with Sari", tags=["walk"]),
        "evening": add(j, 5, days_ago=1, hour=21, note="", tags=["family", "grateful"]),
        "today": add(j, 3, days_ago=0, hour=7, note="Deadline coming"),
    }


def test_entries_are_grouped_by_day_newest_first(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    e = _sample(app)
    page = _history(app)
    assert page.shown_ids() == [
        [e["today"].id],
        [e["evening"].id, e["morning"].id],
        [e["old"].id],
    ]
    titles = page.day_titles()
    assert titles[0] == long_day(e["today"].local_day)
    assert titles[1].startswith(long_day(e["morning"].local_day))
    assert "2 entries" in titles[1] and "average 4.5" in titles[1]
    assert page.count_label.text() == "Entries: 4 · Days: 3"


def test_search_looks_in_notes_and_tags_in_both_languages(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    e = _sample(app)
    page = _history(app)
    _search(page, "sari")
    assert page.shown_ids() == [[e["morning"].id]]
    _search(page, "Keluarga")  # Indonesian label of the family tag
    assert page.shown_ids() == [[e["evening"].id]]
    _search(page, "grateful")
    assert page.shown_ids() == [[e["evening"].id]]
    _search(page, "nothing like this")
    assert page.shown_ids() == []
    assert page.count_label.text() == "No entry matches these filters."


def test_filters_by_mood_tag_and_date_range(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    e = _sample(app)
    page = _history(app)
    page.mood_filter.setCurrentIndex(page.mood_filter.findData(2))
    assert page.shown_ids() == [[e["old"].id]]
    page.mood_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("walk"))
    assert page.tag_filter.currentText() == "Walk"
    assert page.shown_ids() == [[e["morning"].id]]
    page.tag_filter.setCurrentIndex(0)
    page.since.setDate(qdate(e["morning"].local_day))
    page.until.setDate(qdate(e["morning"].local_day))
    assert page.shown_ids() == [[e["evening"].id, e["morning"].id]]
    page.clear_button.click()
    assert sum(len(day) for day in page.shown_ids()) == 4


def test_delete_then_undo_restores_the_identical_entry(journal_app: Any, qtbot: Any) -> None:
    app: JournalApp = journal_app()
    e = _sample(app)
    page = _history(app)
    original = app.journal.get_entry(e["evening"].id)
    assert page.select_entry(e["evening"].id)
    page.delete_button.click()
    assert app.journal.get_entry(e["evening"].id) is None
    assert not page.undo_button.isHidden()
    assert "deleted" in page.undo_label.text()
    page.undo_button.click()
    assert app.journal.get_entry(e["evening"].id) == original
    assert page.current_entry() == original
    assert page.undo_button.isHidden()
    # Ctrl+Z and the Delete key do the same.
    window = page.window()
    window.activateWindow()
    QApplication.processEvents()
    page.tree.setFocus()
    assert page.select_entry(e["old"].id)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert app.journal.get_entry(e["old"].id) is None
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert app.journal.get_entry(e["old"].id) == e["old"]


def test_a_failed_delete_says_why_and_keeps_the_entry(
    journal_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app: JournalApp = journal_app()
    e = _sample(app)
    page = _history(app)

    def fail(entry_id: str) -> Entry:
        raise JournalWriteError("the journal or its folder is read-only")

    monkeypatch.setattr(app.journal, "delete_entry", fail)
    page.select_entry(e["today"].id)
    page.delete_button.click()
    assert "read-only" in page.problem.text()
    assert not page.problem.isHidden()
    assert page.undo_button.isHidden()


def test_edit_from_the_history(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    e = _sample(app)
    page = _history(app)
    page.select_entry(e["today"].id)
    page.edit_button.click()
    dialog = app.controller.last_dialog
    assert dialog is not None and dialog.form.note.toPlainText() == "Deadline coming"
    dialog.form.note.setPlainText("Deadline met")
    dialog.save_button.click()
    QApplication.processEvents()
    _search(page, "met")
    assert page.shown_ids() == [[e["today"].id]]


def test_empty_journal_says_how_to_start(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    page = _history(app)
    assert "Ctrl+J" in page.count_label.text()
    assert not page.delete_button.isEnabled()


START = datetime(2026, 1, 1, tzinfo=UTC)
entries = st.lists(
    st.builds(
        lambda minutes, mood, offset: Entry(
            id=f"{minutes}-{mood}-{offset}",
            created_at=START + timedelta(minutes=minutes),
            utc_offset_minutes=offset,
            updated_at=START,
            mood=Mood(mood),
        ),
        st.integers(0, 60 * 24 * 20),
        st.integers(1, 5),
        st.sampled_from((-300, 0, 420, 540)),
    ),
    max_size=30,
    unique_by=lambda e: e.id,
)


@settings(max_examples=60, deadline=None)
@given(entries)
def test_grouping_keeps_every_entry_once_under_its_local_day(items: list[Entry]) -> None:
    groups = group_by_day(items)
    days = [day for day, _ in groups]
    assert days == sorted(set(days), reverse=True)
    flat = [entry for _, group in groups for entry in group]
    assert sorted(e.id for e in flat) == sorted(e.id for e in items)
    for day, group in groups:
        assert all(entry.local_day == day for entry in group)
        times = [entry.created_at for entry in group]
        assert times == sorted(times, reverse=True)


@settings(max_examples=60, deadline=None)
@given(entries, st.integers(1, 5))
def test_filters_only_ever_narrow(items: list[Entry], mood: int) -> None:
    labels: dict[str, str] = {}
    everything = [e for e in items if matches(e, HistoryFilter(), labels)]
    assert everything == items
    wanted = HistoryFilter(mood=mood, since=date(2026, 1, 5))
    kept = [e for e in items if matches(e, wanted, labels)]
    assert all(int(e.mood) == mood and e.local_day >= date(2026, 1, 5) for e in kept)
    assert len(kept) == sum(
        1 for e in items if int(e.mood) == mood and e.local_day >= date(2026, 1, 5)
    )


def test_matches_needs_every_condition() -> None:
    entry = Entry(
        id="x",
        created_at=local(0).astimezone(UTC),
        utc_offset_minutes=0,
        updated_at=START,
        mood=Mood.GOOD,
        tags=("calm",),
        note="Quiet morning",
    )
    labels = {"calm": "Calm"}
    assert matches(entry, HistoryFilter(text="quiet", mood=4, tag="calm"), labels)
    assert not matches(entry, HistoryFilter(text="quiet", mood=3), labels)
    assert not matches(entry, HistoryFilter(tag="work"), labels)
    assert matches(replace(entry, note=""), HistoryFilter(text="tenang"), labels)


def test_a_long_journal_lists_the_newest_and_a_search_finds_older_ones(
    journal_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tenang.ui.journal.history as history

    monkeypatch.setattr(history, "SHOWN_LIMIT", 2)
    app: JournalApp = journal_app()
    e = _sample(app)
    page = _history(app)
    assert page.shown_ids() == [[e["today"].id], [e["evening"].id]]
    assert page.count_label.text().startswith("Showing the newest 2 of 4 entries.")
    _search(page, "rain")  # only in the oldest entry, which was not read at first
    assert page.shown_ids() == [[e["old"].id]]
    page.clear_button.click()
    assert page.shown_ids() == [[e["today"].id], [e["evening"].id]]
