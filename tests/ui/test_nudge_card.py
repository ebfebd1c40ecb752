"""The low-mood card: once per low run, dismissible, quiet, and never when turned off."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from ui_samples import SAMPLE, FakeEntry, FakeLibrary, MakeWindow, routine

from tenang.core.engine import FakeClock
from tenang.core.journal.insights import DayMood
from tenang.core.settings import Settings, read_settings
from tenang.ui.main_window import MainWindow
from tenang.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TODAY = date(2026, 11, 23)
CALM = routine("extended-exhale", ("Extended exhale", "Napas keluar panjang"), seconds=120)


def days(*moods: int, last: date = TODAY) -> list[DayMood]:
    """One entry a day with these moods, the last one on ``last``."""
    first = last - timedelta(days=len(moods) - 1)
    return [DayMood(first + timedelta(days=i), mood, 1) for i, mood in enumerate(moods)]


LOW_RUN = days(3, 1, 1, 4, 1)  # the lowest mood on 3 of the last 5 days


def _window(make_window: MakeWindow, **settings: Any) -> MainWindow:
    library = FakeLibrary([FakeEntry(s, "bundled", None) for s in (*SAMPLE, CALM)])
    return make_window(
        library=library, settings=Settings(lead_in=False, **settings), clock_factory=FakeClock
    )


def test_the_card_appears_once_per_low_run_and_can_be_dismissed(
    make_window: MakeWindow,
) -> None:
    window = _window(make_window)
    card = window.nudge_card
    window.refresh_nudge(days(3, 4, 1, 3, 4), TODAY)
    assert card.isHidden()  # one low day is not a run
    window.refresh_nudge(LOW_RUN, TODAY)
    assert not card.isHidden()
    assert "low" in card.text.text() and "!" not in card.text.text()  # kind, not alarming
    assert window.settings.low_mood_shown == "2026-11-23"  # the run's first day, saved
    assert read_settings(window.services.paths.settings_file).settings.low_mood_shown == (
        "2026-11-23"
    )
    card.dismiss_button.click()
    assert card.isHidden()
    window.refresh_nudge(LOW_RUN, TODAY)
    window.refresh_nudge([*LOW_RUN, DayMood(TODAY + timedelta(days=1), 1, 1)], TODAY)
    assert card.isHidden()  # the same run, a day longer: still dismissed


def test_a_restart_does_not_show_the_same_run_again(make_window: MakeWindow) -> None:
    first = _window(make_window)
    first.refresh_nudge(LOW_RUN, TODAY)
    assert not first.nudge_card.isHidden()
    again = _window(make_window, low_mood_shown=first.settings.low_mood_shown)
    again.refresh_nudge(LOW_RUN, TODAY)
    assert again.nudge_card.isHidden()
    later = TODAY + timedelta(days=20)
    again.refresh_nudge([*LOW_RUN, *days(4, 4, 4, 1, 1, 1, last=later)], later)  # a new run
    assert not again.nudge_card.isHidden()
    assert again.settings.low_mood_shown == later.isoformat()


def test_no_card_when_it_is_turned_off(make_window: MakeWindow) -> None:
    window = _window(make_window, low_mood_card=False)
    window.refresh_nudge(LOW_RUN, TODAY)
    assert window.nudge_card.isHidden()
    assert window.settings.low_mood_shown is None  # nothing remembered either


def test_turning_it_off_hides_a_card_that_is_showing(make_window: MakeWindow) -> None:
    window = _window(make_window)
    window.refresh_nudge(LOW_RUN, TODAY)
    dialog = window.open_settings()
    assert dialog.low_mood_card.isChecked()
    dialog.low_mood_card.setChecked(False)
    dialog.accept()
    assert window.settings.low_mood_card is False
    assert window.nudge_card.isHidden()


def test_the_card_links_to_get_help_and_a_calming_routine(make_window: MakeWindow) -> None:
    window = _window(make_window)
    window.refresh_nudge(LOW_RUN, TODAY)
    window.nudge_card.help_button.click()
    assert window.get_help_page is not None and window.get_help_page.isVisible()
    window.nudge_card.routine_button.click()
    assert window.player is not None and window.player.session.id == "extended-exhale"
    window.player.stop_silently()
    window.close_player()


def test_the_card_reads_the_journal_when_no_days_are_given(make_window: MakeWindow) -> None:
    asked: list[date | None] = []

    class Journal:
        def insight_rows(self, *, breathing_since: date | None = None) -> Any:
            asked.append(breathing_since)

            class Rows:
                daily = LOW_RUN

            return Rows()

    class Controller:
        journal = Journal()

    window = _window(make_window)
    window.journal_controller = Controller()
    window.refresh_nudge(today=TODAY)
    assert not window.nudge_card.isHidden()
    assert asked == [TODAY]  # the card needs mood days only, not the breathing history


def test_the_setting_round_trips_through_the_dialog(qtbot: Any, ui_reset: Any) -> None:
    dialog = SettingsDialog(Settings(low_mood_card=False))
    qtbot.addWidget(dialog)
    assert not dialog.low_mood_card.isChecked()
    dialog.low_mood_card.setChecked(True)
    assert dialog.result_settings().low_mood_card is True
    assert dialog.low_mood_card.accessibleName() == "Low-mood card"
