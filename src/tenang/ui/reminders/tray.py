"""The tray icon and its menu, or an offscreen stand-in where the desktop has no tray.

The menu is the same object either way, so the window, the tests and a desktop without a tray
(many Wayland sessions, Xvfb) share one path: :class:`ReminderTray` owns the ``QMenu`` and its
actions and only *shows* them through ``QSystemTrayIcon`` when
``QSystemTrayIcon.isSystemTrayAvailable()``. The tooltip names the next due time in the user's
locale, or says that reminders are paused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QTime, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from tenang.core.reminders import PauseLength
from tenang.ui.i18n import translate
from tenang.ui.reminders.scheduler import ReminderScheduler


def tray_available() -> bool:
    return bool(QSystemTrayIcon.isSystemTrayAvailable())


class ReminderTray(QObject):
    """Start the last routine, quick check-in, pause (3 lengths) / resume, open, quit."""

    startLastRequested = Signal()
    checkInRequested = Signal()
    openRequested = Signal()
    helpRequested = Signal()
    quitRequested = Signal()
    messageClicked = Signal()

    def __init__(
        self,
        scheduler: ReminderScheduler,
        icon: QIcon,
        *,
        available: Callable[[], bool] = tray_available,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.start_last_action = QAction(self.menu)
        self.checkin_action = QAction(self.menu)
        self.pause_menu = QMenu(self.menu)
        self.pause_hour_action = QAction(self.pause_menu)
        self.pause_tomorrow_action = QAction(self.pause_menu)
        self.pause_resumed_action = QAction(self.pause_menu)
        self.resume_action = QAction(self.menu)
        self.open_action = QAction(self.menu)
        self.help_action = QAction(self.menu)
        self.quit_action = QAction(self.menu)
        self.start_last_action.triggered.connect(self.startLastRequested.emit)
        self.checkin_action.triggered.connect(self.checkInRequested.emit)
        self.open_action.triggered.connect(self.openRequested.emit)
        self.help_action.triggered.connect(self.helpRequested.emit)
        self.quit_action.triggered.connect(self.quitRequested.emit)
        for action, length in (
            (self.pause_hour_action, PauseLength.HOUR),
            (self.pause_tomorrow_action, PauseLength.UNTIL_TOMORROW),
            (self.pause_resumed_action, PauseLength.UNTIL_RESUMED),
        ):
            action.triggered.connect(lambda _=False, n=length: scheduler.pause(n))
            self.pause_menu.addAction(action)
        self.resume_action.triggered.connect(scheduler.resume)
        self.menu.addAction(self.start_last_action)
        self.menu.addAction(self.checkin_action)
        self.menu.addSeparator()
        self.menu.addMenu(self.pause_menu)
        self.menu.addAction(self.resume_action)
        self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.help_action)
        self.menu.addAction(self.quit_action)
        self.icon: QSystemTrayIcon | None = None
        self.tooltip = ""
        if available():
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.messageClicked.emit)
            self.icon.show()
        scheduler.nextDueChanged.connect(self.refresh)
        self.retranslate()

    @property
    def is_real(self) -> bool:
        """Whether a real tray icon is showing (else this is the offscreen stand-in)."""
        return self.icon is not None

    def set_last_routine(self, title: str | None) -> None:
        self.start_last_action.setEnabled(title is not None)
        self._last_title = title
        self.retranslate()

    def retranslate(self) -> None:
        title = getattr(self, "_last_title", None)
        if title:
            self.start_last_action.setText(translate("Tray", "Start “%1”").replace("%1", title))
        else:
            self.start_last_action.setText(translate("Tray", "Start the last routine"))
        self.checkin_action.setText(translate("Tray", "Quick check-in"))
        self.pause_menu.setTitle(translate("Tray", "Pause reminders"))
        self.pause_hour_action.setText(translate("Tray", "For 1 hour"))
        self.pause_tomorrow_action.setText(translate("Tray", "Until tomorrow"))
        self.pause_resumed_action.setText(translate("Tray", "Until I resume them"))
        self.resume_action.setText(translate("Tray", "Resume reminders"))
        self.open_action.setText(translate("Tray", "Open Tenang"))
        self.help_action.setText(translate("Tray", "Get help"))
        self.quit_action.setText(translate("Tray", "Quit"))
        self.refresh()

    def refresh(self) -> None:
        """Tooltip and pause/resume state from the scheduler's current answer."""
        paused = self.scheduler.paused()
        self.resume_action.setVisible(paused)
        self.pause_menu.menuAction().setVisible(not paused)
        due = self.scheduler.next
        if paused and due is None:
            status = translate("Tray", "Reminders are paused until you resume them")
        elif due is None:
            status = translate("Tray", "No reminders set")
        else:
            locale = QLocale()
            at = due.at
            when = locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
            if at.date() != self.scheduler.now_date():
                day = locale.dayName(at.isoweekday(), QLocale.FormatType.LongFormat)
                when = f"{day} {when}"
            if paused:
                status = translate("Tray", "Reminders paused; next reminder: %1")
            else:
                status = translate("Tray", "Next reminder: %1")
            status = status.replace("%1", when)
        self.tooltip = f"Tenang\n{status}"
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip)

    def show_message(self, title: str, text: str) -> bool:
        """A system notification through the tray; ``False`` when there is none to use."""
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.NoIcon, 15_000)
        return True

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.openRequested.emit()

    def close(self) -> None:
        if self.icon is not None:
            self.icon.hide()
        self.menu.deleteLater()
