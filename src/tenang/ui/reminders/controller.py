"""Wires reminders into a main window: files, scheduler, probes, tray, notifications, settings.

``attach_reminders(window, paths)`` is called by the composition root (``tenang.app``), like
``attach_journal``. Everything that could interrupt is routed through here so one place decides
when a window may come forward: only when the user *chose* something (Start in a notification,
a tray item, Open Tenang), never because a reminder fired.

The desktop services on D-Bus (notifications with buttons on the session bus, logind's wake
signal on the system bus) are connected from a 0-ms single shot, so after the window is shown
and never during start-up; their modules (and QtDBus) are imported only then.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from tenang.core.paths import UserPaths
from tenang.core.reminders import Due, OpenCheckIn, Probes, SuggestRoutine
from tenang.core.reminders.persist import (
    RULES_FILE_NAME,
    STATE_FILE_NAME,
    ReminderSettings,
    read_reminder_settings,
    read_reminder_state,
    save_reminder_settings,
)
from tenang.ui.i18n import current_language, translate
from tenang.ui.reminders.autostart import Autostart, AutostartError
from tenang.ui.reminders.notify import SNOOZE_FROM_POPUP, NotificationService, Notifier
from tenang.ui.reminders.probes import SystemProbes
from tenang.ui.reminders.scheduler import ReminderScheduler
from tenang.ui.reminders.tray import ReminderTray, tray_available
from tenang.ui.timers import SingleShotFactory, qt_single_shot

if TYPE_CHECKING:
    from tenang.ui.main_window import MainWindow
    from tenang.ui.reminders.settings_page import RemindersPage
    from tenang.ui.reminders.sleep_watch import SleepWatch


def _fixed(text: str) -> Callable[[], str]:
    """A notice text that is the same in every language (file paths and located problems)."""
    return lambda: text


class RemindersController(QObject):
    """Owns the reminder pieces for one window and connects their signals."""

    def __init__(
        self,
        window: MainWindow,
        paths: UserPaths,
        *,
        probes: Probes | None = None,
        tray_check: Callable[[], bool] = tray_available,
        autostart: Autostart | None = None,
        now: Callable[[], datetime] | None = None,
        timer_factory: SingleShotFactory = qt_single_shot,
        icon: QIcon | None = None,
        notifications: NotificationService | None = None,
        sleep_watch: SleepWatch | None = None,
        desktop_bus: bool = True,
    ) -> None:
        """``notifications`` and ``sleep_watch`` replace the D-Bus ones (tests pass fakes);
        ``desktop_bus=False`` connects to no bus at all for the ones not given."""
        super().__init__(window)
        self.window = window
        self.rules_file = paths.config_dir / RULES_FILE_NAME
        self.state_file = paths.config_dir / STATE_FILE_NAME
        self.autostart = autostart or Autostart()
        rules = read_reminder_settings(self.rules_file)
        state = read_reminder_state(self.state_file)
        self.rules_writable = rules.can_save
        for notice in (rules.notice, state.notice):
            if notice is not None:
                window.show_notice(_fixed(notice))
        self.probes = probes or SystemProbes(lambda: window.player is not None)
        self.notifier = Notifier(
            None,
            notifications=notifications,
            routine_title=self.routine_title,
            timer_factory=timer_factory,
            parent=self,
        )
        extra = {"now": now} if now is not None else {}
        self.scheduler = ReminderScheduler(
            rules.value,
            state.value,
            self.probes,
            self.notifier.show,
            timer_factory=timer_factory,
            state_file=self.state_file if state.can_save else None,
            parent=self,
            **extra,
        )
        self.tray = ReminderTray(
            self.scheduler, icon or window.windowIcon(), available=tray_check, parent=self
        )
        self.notifier.tray = self.tray  # the tray message is the first choice
        self.tray.startLastRequested.connect(self.start_last)
        self.tray.checkInRequested.connect(self.check_in)
        self.tray.openRequested.connect(self.open_window)
        self.tray.helpRequested.connect(self.get_help)
        self.tray.quitRequested.connect(self.quit)
        self.tray.messageClicked.connect(self.notifier.message_clicked)
        self.notifier.startRequested.connect(self.start)
        self.notifier.snoozeRequested.connect(
            lambda due: self.scheduler.snooze(SNOOZE_FROM_POPUP, due)
        )
        self.notifier.skipRequested.connect(self.scheduler.skip_today)
        window.quit_action.triggered.connect(self.quit)
        window.libraryRefreshed.connect(self._update_last)
        window.settingsApplied.connect(lambda _s: self._apply_tray_setting())
        self.page: RemindersPage | None = None
        self._update_last()
        self._apply_tray_setting()
        self.sleep_watch: SleepWatch | None = None
        self.wakes_from_sleep = False
        """Whether the system says when it wakes (else the one-minute cap notices)."""
        if sleep_watch is not None:
            self._watch_sleep(sleep_watch)
        if desktop_bus and uses_desktop_bus() and (notifications is None or sleep_watch is None):
            window.after_first_paint(self.connect_desktop)

    # -- the desktop's services on D-Bus ---------------------------------------------------------

    def connect_desktop(self) -> None:
        """Notifications with buttons (session bus) and the wake signal (system bus); each is
        quietly left out when its bus or service is missing."""
        if self.notifier.notifications is None:
            from tenang.ui.reminders.dbus_notify import session_notifications

            service = session_notifications(self)
            if service is not None:
                self.notifier.use_notifications(service)
        if self.sleep_watch is None:
            from tenang.ui.reminders.sleep_watch import system_sleep_watch

            self._watch_sleep(system_sleep_watch(self))

    def _watch_sleep(self, watch: SleepWatch) -> None:
        self.sleep_watch = watch
        self.wakes_from_sleep = watch.start(self.scheduler.notice_clock_change)

    # -- close to tray --------------------------------------------------------------------------

    def hides_on_close(self) -> bool:
        """Closing the window keeps Tenang in the tray only if asked *and* a tray exists."""
        return bool(self.window.settings.close_to_tray) and self.tray.is_real

    def _apply_tray_setting(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not self.hides_on_close())

    def quit(self) -> None:
        self.window.quitting = True
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- what the user chose ---------------------------------------------------------------------

    def routine_title(self, routine_id: str) -> str:
        for item in self.window.model.items():
            if item.session.id == routine_id:
                return str(item.title(current_language()))
        return routine_id

    def routines(self) -> tuple[tuple[str, str], ...]:
        language = current_language()
        return tuple(
            (item.session.id, str(item.title(language))) for item in self.window.model.items()
        )

    def _update_last(self) -> None:
        last = self.window.settings.last_routine
        self.tray.set_last_routine(self.routine_title(last) if last else None)

    def open_window(self) -> None:
        window = self.window
        if window.isMinimized() or not window.isVisible():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def start(self, due: Due) -> None:
        if isinstance(due.action, OpenCheckIn):
            self.check_in()
        elif isinstance(due.action, SuggestRoutine):
            self.start_routine(due.action.routine_id)

    def start_last(self) -> None:
        last = self.window.settings.last_routine
        if last:
            self.start_routine(last)

    def start_routine(self, routine_id: str) -> None:
        self.open_window()
        window = self.window
        window.select_routine(routine_id)
        item = window.current_item()
        if item is None or item.session.id != routine_id:
            window.show_notice(
                lambda: translate(
                    "Reminders", "The reminder's routine “%1” is not in your library."
                ).replace("%1", routine_id)
            )
            return
        window.request_routine(item)

    def get_help(self) -> None:
        """Help is one click from the tray too; it opens even while the window is hidden."""
        show = getattr(self.window, "show_get_help", None)
        if show is not None:
            show()

    def check_in(self) -> None:
        self.open_window()
        journal = getattr(self.window, "journal_controller", None)
        if journal is not None:
            journal.open_check_in()

    # -- settings page ---------------------------------------------------------------------------

    def open_page(self) -> RemindersPage:
        if self.page is not None and self.page.isVisible():
            self.page.raise_()
            return self.page
        decision_unknown = self._unknown_probes()
        from tenang.ui.reminders.settings_page import RemindersPage

        page = RemindersPage(
            self.scheduler.settings,
            close_to_tray=self.window.settings.close_to_tray,
            autostart=self.window.settings.autostart,
            tray_available=self.tray.is_real,
            autostart_supported=self.autostart.supported,
            routines=self.routines(),
            unknown_probes=decision_unknown,
            parent=self.window,
        )
        page.saved.connect(self.apply_page)
        self.page = page
        page.open()
        return page

    def _unknown_probes(self) -> tuple[str, ...]:
        unknown = []
        if self.probes.idle_seconds() is None:
            unknown.append("idle")
        if self.probes.fullscreen_active() is None:
            unknown.append("full-screen")
        if self.probes.do_not_disturb() is None:
            unknown.append("do-not-disturb")
        return tuple(unknown)

    def apply_page(self, settings: ReminderSettings, close_to_tray: bool, autostart: bool) -> None:
        """Save the rules, re-arm, and store the two app flags through the window's settings."""
        self.scheduler.set_settings(settings)
        if self.rules_writable:
            try:
                save_reminder_settings(self.rules_file, settings)
            except OSError as error:
                self._tell_save_failed(self.rules_file, error.strerror or str(error))
        if autostart != self.autostart.is_enabled():
            try:
                self.autostart.set_enabled(autostart)
            except AutostartError as error:
                message = str(error)
                autostart = self.autostart.is_enabled()
                self.window.show_notice(
                    lambda: translate(
                        "Reminders", "Starting at log-in could not be changed: %1"
                    ).replace("%1", message)
                )
        current = self.window.settings
        if (current.close_to_tray, current.autostart) != (close_to_tray, autostart):
            self.window.apply_settings(
                replace(current, close_to_tray=close_to_tray, autostart=autostart)
            )
        self._apply_tray_setting()

    def _tell_save_failed(self, path: Path, reason: str) -> None:
        self.window.show_notice(
            lambda: (
                translate("Reminders", "Your reminders could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", reason)
            )
        )

    def close(self) -> None:
        self.scheduler.timer.stop()
        self.notifier.close()
        if self.sleep_watch is not None:
            self.sleep_watch.stop()
        self.tray.close()


def uses_desktop_bus(platform: str = sys.platform) -> bool:
    """D-Bus is the desktop's bus on Linux and the BSDs; Windows and macOS have none."""
    return platform not in ("win32", "darwin", "cygwin")


def attach_reminders(window: MainWindow, paths: UserPaths, **kwargs: Any) -> RemindersController:
    """Start the reminders for ``window`` (rules from the config folder) and the tray."""
    controller = RemindersController(window, paths, **kwargs)
    window.reminders_controller = controller
    return controller


__all__ = ["RemindersController", "attach_reminders"]
