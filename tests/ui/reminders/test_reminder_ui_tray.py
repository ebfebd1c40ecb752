"""The tray menu: every action, through the offscreen stand-in when the desktop has no tray."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon
from reminder_fakes import EVENING, START, MakeHarness

from tenang.ui.reminders.tray import ReminderTray


def _tray(make_harness: MakeHarness, **kwargs: Any) -> tuple[ReminderTray, Any]:
    h = make_harness((EVENING,), **kwargs)
    tray = ReminderTray(h.scheduler, QIcon(), available=lambda: False)
    return tray, h


def test_offscreen_stub_has_the_whole_menu(make_harness: MakeHarness, ui_reset: Any) -> None:
    tray, _h = _tray(make_harness)
    assert not tray.is_real
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == [
        "Start the last routine",
        "Quick check-in",
        "Pause reminders",
        "Resume reminders",
        "Open Tenang",
        "Get help",
        "Quit",
    ]
    pauses = [a.text() for a in tray.pause_menu.actions()]
    assert pauses == ["For 1 hour", "Until tomorrow", "Until I resume them"]


def test_signal_actions_emit(make_harness: MakeHarness, qtbot: Any, ui_reset: Any) -> None:
    tray, _h = _tray(make_harness)
    tray.set_last_routine("Box breathing")
    assert tray.start_last_action.text() == "Start “Box breathing”"
    for action, signal in (
        (tray.start_last_action, tray.startLastRequested),
        (tray.checkin_action, tray.checkInRequested),
        (tray.open_action, tray.openRequested),
        (tray.help_action, tray.helpRequested),
        (tray.quit_action, tray.quitRequested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()


def test_start_last_is_disabled_without_a_last_routine(
    make_harness: MakeHarness, ui_reset: Any
) -> None:
    tray, _h = _tray(make_harness)
    tray.set_last_routine(None)
    assert not tray.start_last_action.isEnabled()


def test_pause_actions_pause_and_resume_shows(make_harness: MakeHarness, ui_reset: Any) -> None:
    tray, h = _tray(make_harness)
    assert "Next reminder: 9:30\u202fPM" in tray.tooltip or "Next reminder: 9:30 PM" in tray.tooltip
    assert tray.pause_menu.menuAction().isVisible() and not tray.resume_action.isVisible()
    tray.pause_hour_action.trigger()
    assert h.scheduler.state.paused is not None
    assert "Reminders paused; next reminder:" in tray.tooltip
    assert tray.resume_action.isVisible() and not tray.pause_menu.menuAction().isVisible()
    tray.resume_action.trigger()
    assert h.scheduler.state.paused is None
    tray.pause_resumed_action.trigger()
    assert h.scheduler.next is None
    assert "paused until you resume" in tray.tooltip
    tray.resume_action.trigger()
    tray.pause_tomorrow_action.trigger()
    assert h.scheduler.state.paused is not None
    assert h.scheduler.state.paused.until is not None
    assert h.scheduler.state.paused.until.astimezone(START.tzinfo).date() > START.date()


def test_tooltip_names_the_day_when_not_today(make_harness: MakeHarness, ui_reset: Any) -> None:
    tray, h = _tray(make_harness, start=START.replace(hour=22))
    assert "Tuesday 9:30" in tray.tooltip
    h.scheduler.set_settings(type(h.scheduler.settings)())
    assert "No reminders set" in tray.tooltip


def test_stub_cannot_show_messages(make_harness: MakeHarness, ui_reset: Any) -> None:
    tray, _h = _tray(make_harness)
    assert tray.show_message("t", "x") is False
