"""Showing a reminder without interrupting: never raise or focus a window, never move the mouse.

Three ways, the first that works wins:

1. The desktop's notification service (``org.freedesktop.Notifications`` over D-Bus, see
   :mod:`tenang.ui.reminders.dbus_notify`) when it offers the "actions" capability: a system
   notification with the buttons Start, Snooze 10 min and Skip today. It obeys the system's
   do-not-disturb and never takes focus. The Notifier only sees the small
   :class:`NotificationService` interface, so tests use a fake.
2. The tray's ``showMessage`` (a plain system message without buttons; clicking it starts).
3. A small frameless window in a corner of the screen: a ``Qt.Tool`` window that does not
   accept focus and is shown without activating, so typing carries on in whatever window had
   it. It fades away by itself after :data:`POPUP_SECONDS`; its buttons work with the mouse.
   The fade runs on an injectable single-shot so tests fire it instead of waiting.

Whatever the way, the user's choice leaves as the same three signals, so Start, Snooze and
Skip today do exactly the same thing from a notification button as from the popup.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QEnterEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tenang import APP_ID, APP_NAME
from tenang.core.reminders import Due, OpenCheckIn
from tenang.ui.i18n import name_widget, translate
from tenang.ui.timers import SingleShotFactory, qt_single_shot

POPUP_SECONDS: Final = 20
FADE_STEPS: Final = 8
FADE_STEP_MS: Final = 60
MARGIN: Final = 16
SNOOZE_FROM_POPUP: Final = 10
NOTIFICATION_TIMEOUT_MS: Final = POPUP_SECONDS * 1000
"""A notification lasts as long as the popup would (servers may keep it in their list)."""
NOTIFICATION_CATEGORY: Final = "x-tenang.reminder"
"""The spec has no category for reminders; ``x-vendor.class`` is its form for others."""
START: Final = "start"
SNOOZE: Final = "snooze"
SKIP: Final = "skip"
"""Action keys of a notification; the server sends one back in ``ActionInvoked``."""


def reminder_title(due: Due) -> str:
    if isinstance(due.action, OpenCheckIn):
        return translate("Reminders", "Time for a quick check-in")
    return translate("Reminders", "Time for a breath")


def reminder_text(due: Due, routine_title: Callable[[str], str] | None = None) -> str:
    if isinstance(due.action, OpenCheckIn):
        return translate("Reminders", "How are you feeling right now?")
    name = due.action.routine_id
    if routine_title is not None:
        name = routine_title(name)
    return translate("Reminders", "%1, whenever you are ready.").replace("%1", name)


def action_labels() -> tuple[str, str, str]:
    """Start, Snooze 10 min, Skip today: the same words on the popup and the notification."""
    return (
        translate("Reminders", "Start"),
        translate("Reminders", "Snooze 10 min"),
        translate("Reminders", "Skip today"),
    )


@dataclass(frozen=True)
class NotificationRequest:
    """The arguments of ``org.freedesktop.Notifications.Notify`` (plain Python, no D-Bus)."""

    summary: str
    body: str
    actions: tuple[tuple[str, str], ...]
    """(key, label) pairs, in the order the buttons appear."""
    hints: Mapping[str, str | bool]
    replaces_id: int = 0
    app_name: str = APP_NAME
    app_icon: str = APP_ID
    expire_timeout_ms: int = NOTIFICATION_TIMEOUT_MS

    def action_list(self) -> list[str]:
        """The flat ``[key, label, key, label, ...]`` list the D-Bus method takes."""
        return [part for pair in self.actions for part in pair]


def reminder_notification(
    due: Due,
    routine_title: Callable[[str], str] | None = None,
    *,
    replaces_id: int = 0,
    markup: bool = False,
) -> NotificationRequest:
    """The notification for ``due``; ``markup``: the server reads the body as markup, so a
    routine named "Rest & <breathe>" must be escaped to show as typed."""
    text = reminder_text(due, routine_title)
    start, snooze, skip = action_labels()
    return NotificationRequest(
        summary=reminder_title(due),
        body=html.escape(text, quote=False) if markup else text,
        actions=((START, start), (SNOOZE, snooze), (SKIP, skip)),
        hints={"desktop-entry": APP_ID, "category": NOTIFICATION_CATEGORY},
        replaces_id=replaces_id,
    )


class NotificationListener(Protocol):
    """What a :class:`NotificationService` reports back (the :class:`Notifier` is one)."""

    def action_invoked(self, notification_id: int, action: str) -> None: ...

    def notification_closed(self, notification_id: int, reason: int) -> None: ...

    def activation_token(self, notification_id: int, token: str) -> None: ...

    def service_lost(self) -> None:
        """The service went away or restarted: every id it gave is meaningless now."""
        ...


class NotificationService(Protocol):
    """The desktop notification service as the Notifier needs it; tests pass a fake.

    :class:`tenang.ui.reminders.dbus_notify.DBusNotifications` is the real one. ``notify``
    returns the server's id for the notification, or ``None`` when it could not be shown.
    """

    def has_actions(self) -> bool: ...

    def has_markup(self) -> bool: ...

    def notify(self, request: NotificationRequest) -> int | None: ...

    def close_notification(self, notification_id: int) -> None: ...

    def listen(self, listener: NotificationListener) -> None: ...


def hand_over_activation_token(token: str, platform_name: str | None = None) -> bool:
    """Let the window come forward after a click on Start in another process's notification.

    On Wayland only the compositor may hand focus over; the notification server passes a token
    (``ActivationToken``) just before ``ActionInvoked``, and Qt's Wayland plugin uses
    ``XDG_ACTIVATION_TOKEN`` on the next ``activateWindow()``. Elsewhere nothing is done.
    """
    name = platform_name if platform_name is not None else QGuiApplication.platformName()
    if not token or not name.startswith("wayland"):
        return False
    os.environ["XDG_ACTIVATION_TOKEN"] = token
    return True


class ReminderPopup(QWidget):
    """The fallback: a small corner window that never takes focus and fades after 20 s."""

    startClicked = Signal()
    snoozeClicked = Signal()
    skipClicked = Signal()

    def __init__(
        self,
        title: str,
        text: str,
        *,
        timer_factory: SingleShotFactory = (qt_single_shot),
    ) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("reminderPopup")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        row = QHBoxLayout()
        start, snooze, skip = action_labels()
        self.start_button = QPushButton(start, self)
        self.snooze_button = QPushButton(snooze, self)
        self.skip_button = QPushButton(skip, self)
        for button, signal in (
            (self.start_button, self.startClicked),
            (self.snooze_button, self.snoozeClicked),
            (self.skip_button, self.skipClicked),
        ):
            # Clicking works; Tab never lands here, since the window never takes focus.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal.emit)
            button.clicked.connect(self.close)
            row.addWidget(button)
        name_widget(self.start_button, self.start_button.text(), text)
        row.addStretch(1)
        layout.addLayout(row)
        self.setMinimumWidth(320)
        self.setMaximumWidth(420)
        self._fade_left = FADE_STEPS
        self.timer = timer_factory(self._tick, self)

    def show_in_corner(self) -> None:
        """Bottom-right of the primary screen's free area, shown without activation."""
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            corner = area.bottomRight() - QPoint(self.width() + MARGIN, self.height() + MARGIN)
            self.move(corner)
        self.setWindowOpacity(1.0)
        self.show()
        self._fade_left = FADE_STEPS
        self.timer.start(POPUP_SECONDS * 1000)

    def _tick(self) -> None:
        """After 20 s, fade out in a few steps, then close (which deletes the window)."""
        self._fade_left -= 1
        if self._fade_left <= 0:
            self.close()
            return
        self.setWindowOpacity(self._fade_left / FADE_STEPS)
        self.timer.start(FADE_STEP_MS)

    def enterEvent(self, event: QEnterEvent) -> None:
        """Pointing at it means reading it: hold the fade until the pointer leaves."""
        self.timer.stop()
        self.setWindowOpacity(1.0)
        self._fade_left = FADE_STEPS
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.timer.start(POPUP_SECONDS * 1000 // 2)
        super().leaveEvent(event)


class Notifier(QObject):
    """Shows a due reminder the least interrupting way available (see the module doc).

    Its signals carry the choice back; the composition root connects them to the scheduler
    and the window (``start`` opens the player or the check-in, which is the user's choice,
    so only then does a window come forward). From a desktop notification only *our* ids
    count: ``live`` maps the ids the server gave us to their reminders, and an action or a
    close for any other id is ignored.
    """

    startRequested = Signal(object)
    snoozeRequested = Signal(object)
    skipRequested = Signal(object)

    def __init__(
        self,
        tray: object | None = None,
        *,
        notifications: NotificationService | None = None,
        routine_title: Callable[[str], str] | None = None,
        timer_factory: SingleShotFactory = (qt_single_shot),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        """Anything with ``show_message(title, text) -> bool`` (the tray); ``None``: popup."""
        self._routine_title = routine_title
        self._timer_factory = timer_factory
        self.popup: ReminderPopup | None = None
        self.last: Due | None = None
        self.notifications: NotificationService | None = None
        self.live: dict[int, Due] = {}
        """Our notifications still on screen (or in the server's list): id -> reminder."""
        self._tokens: dict[int, str] = {}
        if notifications is not None:
            self.use_notifications(notifications)

    def use_notifications(self, service: NotificationService) -> None:
        """Show reminders through ``service`` from now on (when it offers buttons)."""
        self.notifications = service
        service.listen(self)

    def show(self, due: Due) -> None:
        self.last = due
        if self._notify(due):
            self._close_popup()
            return
        title, text = reminder_title(due), reminder_text(due, self._routine_title)
        show_message = getattr(self.tray, "show_message", None)
        if show_message is not None and show_message(title, text):
            return
        self._close_popup()
        popup = ReminderPopup(title, text, timer_factory=self._timer_factory)
        popup.startClicked.connect(lambda: self.startRequested.emit(due))
        popup.snoozeClicked.connect(lambda: self.snoozeRequested.emit(due))
        popup.skipClicked.connect(lambda: self.skipRequested.emit(due))
        popup.destroyed.connect(lambda _=None: self._popup_gone(popup))
        self.popup = popup
        popup.show_in_corner()

    def _notify(self, due: Due) -> bool:
        """One notification with buttons at a time: a new reminder replaces the last one."""
        service = self.notifications
        if service is None or not service.has_actions():
            return False
        previous = next(reversed(self.live), 0)
        request = reminder_notification(
            due, self._routine_title, replaces_id=previous, markup=service.has_markup()
        )
        notification_id = service.notify(request)
        if not notification_id:
            return False
        for old in list(self.live):
            if old != notification_id:
                service.close_notification(old)
            self._forget(old)
        self.live[notification_id] = due
        return True

    # -- what the notification service reports (NotificationListener) -------------------------

    def action_invoked(self, notification_id: int, action: str) -> None:
        """A button on one of *our* notifications: route it as the popup's button would."""
        due = self.live.get(notification_id)
        signal = {
            START: self.startRequested,
            SNOOZE: self.snoozeRequested,
            SKIP: self.skipRequested,
        }.get(action)
        if due is None or signal is None:
            return  # someone else's notification, or a key we never offered
        token = self._tokens.get(notification_id, "")
        self._forget(notification_id)  # once: a second click must not snooze twice
        if action == START:
            hand_over_activation_token(token)
        signal.emit(due)

    def notification_closed(self, notification_id: int, reason: int) -> None:
        self._forget(notification_id)

    def activation_token(self, notification_id: int, token: str) -> None:
        if notification_id in self.live:
            self._tokens[notification_id] = token

    def service_lost(self) -> None:
        self.live.clear()
        self._tokens.clear()

    def _forget(self, notification_id: int) -> None:
        self.live.pop(notification_id, None)
        self._tokens.pop(notification_id, None)

    # -- the tray message and the popup ------------------------------------------------------

    def message_clicked(self) -> None:
        """The tray message was clicked: that is the user choosing to start."""
        if self.last is not None:
            self.startRequested.emit(self.last)

    def close(self) -> None:
        """On quit: take our notifications and the popup away; their buttons would do nothing."""
        if self.notifications is not None:
            for notification_id in list(self.live):
                self.notifications.close_notification(notification_id)
        self.service_lost()
        self._close_popup()

    def _close_popup(self) -> None:
        if self.popup is not None:
            self.popup.close()  # deletes itself later; it is not "the popup" from now on
            self.popup = None

    def _popup_gone(self, popup: ReminderPopup) -> None:
        if self.popup is popup:  # an older popup closing must not forget the current one
            self.popup = None
