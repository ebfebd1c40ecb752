"""Reminders wired into the main window: menu item, close-to-tray, start from a reminder."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from reminder_fakes import (
    BERLIN,
    HOURLY,
    START,
    FakeNotifications,
    FakeProbes,
    FakeSleepWatch,
    LocalClock,
    fake_timer_factory,
)
from ui_samples import MakeWindow

from tenang.core.paths import resolve_paths
from tenang.core.reminders import Due, DueKind, FixedRule, OpenCheckIn, SuggestRoutine
from tenang.core.reminders.persist import ReminderSettings, read_reminder_settings
from tenang.core.reminders.state import Snoozed
from tenang.core.settings import Settings, load_settings
from tenang.ui.reminders.autostart import Autostart
from tenang.ui.reminders.controller import (
    RemindersController,
    attach_reminders,
    uses_desktop_bus,
)
from tenang.ui.timers import FakeSingleShot

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|setting window opacity)"
)
AT = datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)


def _attach(
    window: Any,
    data_dir: Path,
    tmp_path: Path,
    *,
    tray: bool = False,
    clock: LocalClock | None = None,
    **kwargs: Any,
) -> RemindersController:
    timers: list[FakeSingleShot] = []
    return attach_reminders(
        window,
        resolve_paths(data_dir),
        probes=FakeProbes(),
        tray_check=lambda: tray,
        autostart=Autostart("linux", {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}, ["tenang"]),
        now=clock or LocalClock(START),
        timer_factory=fake_timer_factory(timers),
        desktop_bus=False,
        **kwargs,
    )


def test_menu_item_opens_the_page_and_saving_applies_everything(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path, qtbot: Any
) -> None:
    window = make_window()
    controller = _attach(window, data_dir, tmp_path)
    assert window.reminders_action.text() == "Re&minders…"
    assert window.reminders_action in window.file_menu.actions()
    window.reminders_action.trigger()
    page = controller.page
    assert page is not None and page.isVisible()
    assert [r for r, _t in controller.routines()] == ["quick", "focus", "sleep", "long"]
    rule = FixedRule("evening", (time(21, 30),), OpenCheckIn())
    controller.apply_page(ReminderSettings((rule,)), False, True)
    paths = resolve_paths(data_dir)
    assert read_reminder_settings(paths.config_dir / "reminders.toml").value.rules == (rule,)
    assert controller.scheduler.next is not None
    assert controller.scheduler.next.rule_id == "evening"
    assert (tmp_path / "xdg" / "autostart").is_dir()
    assert controller.autostart.is_enabled()
    assert load_settings(paths.settings_file)[0].autostart is True
    controller.apply_page(ReminderSettings((rule,)), False, False)
    assert not controller.autostart.is_enabled()
    assert load_settings(paths.settings_file)[0].autostart is False
    page.close()


def test_without_a_tray_closing_quits_even_if_asked_to_hide(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window(settings=Settings(close_to_tray=True))
    controller = _attach(window, data_dir, tmp_path, tray=False)
    assert not controller.hides_on_close()
    window.show()
    assert window.close() is True
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.quitOnLastWindowClosed()


def test_close_to_tray_hides_and_quit_still_quits(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(settings=Settings(close_to_tray=True))
    controller = _attach(window, data_dir, tmp_path)
    monkeypatch.setattr(type(controller.tray), "is_real", property(lambda _self: True))
    controller._apply_tray_setting()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert not app.quitOnLastWindowClosed()
        window.show()
        assert window.close() is False  # refused: hidden to the tray instead
        assert not window.isVisible()
        controller.open_window()
        assert window.isVisible()
        quits: list[bool] = []
        monkeypatch.setattr(app, "quit", lambda: quits.append(True))
        window.quit_action.trigger()
        assert window.quitting and not window.isVisible() and quits
    finally:
        app.setQuitOnLastWindowClosed(True)


def test_off_by_default_closing_quits(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    controller = _attach(window, data_dir, tmp_path)
    monkeypatch.setattr(type(controller.tray), "is_real", property(lambda _self: True))
    assert not controller.hides_on_close()
    window.show()
    assert window.close() is True


def test_start_from_a_reminder_opens_that_routine(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    controller = _attach(window, data_dir, tmp_path)
    due = Due("r", SuggestRoutine("sleep"), AT, AT, DueKind.ON_TIME)
    controller.notifier.startRequested.emit(due)
    assert window.player is not None
    assert controller.probes.session_running() is False  # the fake; the real one asks window
    window.close_player()


def test_a_reminder_for_a_missing_routine_says_so(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    controller = _attach(window, data_dir, tmp_path)
    controller.start_routine("gone")
    assert window.player is None
    assert "“gone” is not in your library" in window.notice.text()


def test_a_broken_rules_file_is_moved_aside_and_reported(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    paths = resolve_paths(data_dir)
    paths.ensure()
    (paths.config_dir / "reminders.toml").write_text("format = 2\n", encoding="utf-8")
    window = make_window()
    controller = _attach(window, data_dir, tmp_path)
    assert controller.scheduler.settings.rules == ()
    text = window.notice.text()
    assert "reminders.toml:1:" in text and "moved to" in text


def test_real_probes_know_when_a_session_runs(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    controller = attach_reminders(
        window,
        resolve_paths(data_dir),
        tray_check=lambda: False,
        now=LocalClock(START),
        timer_factory=fake_timer_factory([]),
        desktop_bus=False,
    )
    assert controller.probes.session_running() is False
    window.player = object()
    assert controller.probes.session_running() is True
    window.player = None


def test_get_help_is_one_click_from_the_tray(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path, qtbot: Any
) -> None:
    window = make_window()
    controller = _attach(window, data_dir, tmp_path)
    controller.tray.help_action.trigger()
    assert window.get_help_page is not None and window.get_help_page.isVisible()


def test_a_wake_from_sleep_rearms_at_once(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    watch, clock = FakeSleepWatch(), LocalClock(START)
    controller = _attach(make_window(), data_dir, tmp_path, clock=clock, sleep_watch=watch)
    assert controller.wakes_from_sleep
    scheduler = controller.scheduler
    scheduler.set_settings(ReminderSettings((HOURLY,)))
    timer = scheduler.timer
    assert isinstance(timer, FakeSingleShot) and timer.interval == 60_000
    clock.advance(hours=3)  # the machine slept through 10:00, 11:00 and 12:00
    watch.wake()
    assert timer.active and timer.interval == 0  # not up to a minute later
    timer.fire()
    assert scheduler.current is not None and scheduler.current.at.hour == 12  # one, the latest
    controller.close()
    assert watch.stopped


def test_without_a_wake_signal_the_minute_cap_remains(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    controller = _attach(make_window(), data_dir, tmp_path, sleep_watch=FakeSleepWatch(False))
    assert not controller.wakes_from_sleep


def test_notification_buttons_go_where_the_popup_buttons_go(
    make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    service, clock = FakeNotifications(), LocalClock(START)
    controller = _attach(make_window(), data_dir, tmp_path, clock=clock, notifications=service)
    due = Due("work-breath", SuggestRoutine("sleep"), AT, AT, DueKind.ON_TIME)
    notifier = controller.notifier

    def click(action: str) -> None:
        notifier.show(due)
        assert notifier.popup is None
        (ours,) = notifier.live
        notifier.action_invoked(ours, action)

    click("snooze")
    assert controller.scheduler.state.snoozed == Snoozed(
        "work-breath", clock.value + timedelta(minutes=10)
    )
    click("skip")
    assert controller.scheduler.state.skipped == {"work-breath": clock.value.date()}
    click("start")
    assert controller.window.player is not None
    controller.window.close_player()
    notifier.show(due)
    (last,) = notifier.live
    controller.close()
    assert service.closed == [last]  # quitting takes our notification away


def test_desktop_bus_only_where_the_desktop_has_one() -> None:
    assert uses_desktop_bus("linux")
    assert uses_desktop_bus("freebsd14")
    assert not uses_desktop_bus("win32")
    assert not uses_desktop_bus("darwin")


def test_reminders_import_no_dbus_or_x11_at_start_up() -> None:
    """QtDBus and the X11 probe load when reminders connect, after the window is shown."""
    code = (
        "import sys, tenang.ui.reminders.controller; "
        "print(sorted(m for m in sys.modules if m.endswith(('QtDBus', 'x11_fullscreen', "
        "'dbus_notify', 'sleep_watch'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
