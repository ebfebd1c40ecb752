"""Desktop notifications with buttons over ``org.freedesktop.Notifications`` (QtDBus).

The :class:`DBusNotifications` here is the real
:class:`~tenang.ui.reminders.notify.NotificationService`. It is created by the reminders
controller after the window is shown (this module is imported only then, so start-up never
loads QtDBus for it) and does three things:

- asks the server's ``GetCapabilities`` asynchronously, again whenever the service appears,
  restarts or goes away (a ``QDBusServiceWatcher``), so a notification daemon that starts
  after Tenang is used as soon as it is there; until it has answered, reminders fall back to
  the tray or the popup;
- sends ``Notify`` with the action buttons;
- relays ``ActionInvoked``, ``NotificationClosed`` and ``ActivationToken`` to the listener
  (the Notifier), which keeps only its own ids.

Why ``Notify`` goes through ``QMetaObject.invokeMethod`` on an introspected
``QDBusInterface``: the method takes ``replaces_id`` as a D-Bus ``u`` (uint32), and PySide6
turns every Python ``int`` into an ``i`` (or, inside a ``QDBusArgument``, a ``q``), which
GDBus- and QtDBus-based servers reject for a signature mismatch. The interface's meta-object,
built from the server's own introspection, knows the parameter is ``uint`` and converts it.
That call blocks for at most :data:`CALL_TIMEOUT_MS`. The introspection behind the interface
is a blocking call too, so it is made right after the server answered ``GetCapabilities``
(it is alive then), once per server. Every failure answers ``None`` and the reminder falls
back to the tray or the popup: a missing notification server must never cost a reminder.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusServiceWatcher,
)

from tenang.ui.reminders.notify import NotificationListener, NotificationRequest

SERVICE: Final = "org.freedesktop.Notifications"
PATH: Final = "/org/freedesktop/Notifications"
INTERFACE: Final = "org.freedesktop.Notifications"
CALL_TIMEOUT_MS: Final = 1000
"""A healthy server answers in milliseconds; a hung one must not freeze the window longer."""
NOTIFY: Final = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
CLOSE: Final = "CloseNotification(uint)"
_SIGNALS: Final = (
    ("ActionInvoked", "_on_action(uint,QString)"),
    ("NotificationClosed", "_on_closed(uint,uint)"),
    ("ActivationToken", "_on_token(uint,QString)"),
)


class DBusNotifications(QObject):
    """``org.freedesktop.Notifications`` on one D-Bus connection (the session bus in the app,
    a private bus in the tests)."""

    capabilitiesAnswered = Signal()
    """``GetCapabilities`` answered (or failed); :attr:`capabilities` is up to date."""

    def __init__(self, connection: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self.capabilities: tuple[str, ...] = ()
        """What the server said it can do; empty until it has answered (or when it is gone)."""
        self._listener: NotificationListener | None = None
        self._interface: QDBusInterface | None = None
        self._watcher: QDBusServiceWatcher | None = None

    def start(self) -> bool:
        """Subscribe to the server's signals and ask what it can do; ``False``: no bus."""
        if not self._connection.isConnected():
            return False
        for name, slot in _SIGNALS:
            # The stubs say bytes; the binding takes only the str that SLOT() returns.
            self._connection.connect(SERVICE, PATH, INTERFACE, name, self, SLOT(slot))  # type: ignore[call-overload]
        self._watcher = QDBusServiceWatcher(
            SERVICE, self._connection, QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange, self
        )
        self._watcher.serviceOwnerChanged.connect(self._owner_changed)
        self.refresh()
        return True

    def refresh(self) -> None:
        """Ask ``GetCapabilities`` without blocking (it also starts a D-Bus-activated server)."""
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetCapabilities")
        call = self._connection.asyncCall(message, CALL_TIMEOUT_MS)
        watcher = QDBusPendingCallWatcher(call, self)
        watcher.finished.connect(self._capabilities_arrived)

    def _capabilities_arrived(self, watcher: QDBusPendingCallWatcher) -> None:
        watcher.deleteLater()
        reply = watcher.reply()
        values = reply.arguments() if reply.type() == QDBusMessage.MessageType.ReplyMessage else []
        first = values[0] if values else None
        if isinstance(first, list) and all(isinstance(item, str) for item in first):
            self.capabilities = tuple(first)
        else:
            self.capabilities = ()
        if self.has_actions():
            # Introspect now, while the server has just shown it is alive, not when the first
            # reminder is due (Qt's introspection call has no timeout of ours).
            self._notify_interface()
        self.capabilitiesAnswered.emit()

    def _owner_changed(self, _name: str, _old: str, new: str) -> None:
        """A new server (or none): its ids, capabilities and introspection start afresh."""
        self.capabilities = ()
        self._interface = None
        if self._listener is not None:
            self._listener.service_lost()
        if new:
            self.refresh()

    # -- NotificationService ---------------------------------------------------------------

    def listen(self, listener: NotificationListener) -> None:
        self._listener = listener

    def has_actions(self) -> bool:
        return "actions" in self.capabilities

    def has_markup(self) -> bool:
        return "body-markup" in self.capabilities

    def notify(self, request: NotificationRequest) -> int | None:
        interface = self._notify_interface()
        if interface is None:
            return None
        try:
            result: Any = QMetaObject.invokeMethod(
                interface,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG("QString", request.app_name),
                Q_ARG("uint", request.replaces_id),
                Q_ARG("QString", request.app_icon),
                Q_ARG("QString", request.summary),
                Q_ARG("QString", request.body),
                Q_ARG("QStringList", request.action_list()),
                Q_ARG("QVariantMap", dict(request.hints)),
                Q_ARG("int", request.expire_timeout_ms),
            )
        except Exception:
            return None
        if interface.lastError().isValid() or not isinstance(result, int) or result <= 0:
            return None  # the spec promises ids are never 0
        return result

    def close_notification(self, notification_id: int) -> None:
        interface = self._interface  # only ever ours, so the interface already exists
        if interface is None or interface.metaObject().indexOfMethod(CLOSE) < 0:
            return
        try:
            QMetaObject.invokeMethod(
                interface,
                "CloseNotification",
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", notification_id),
            )
        except Exception:
            return

    def _notify_interface(self) -> QDBusInterface | None:
        """The introspected interface, made once per server: its meta-object types the call."""
        if self._interface is None:
            if not self.capabilities:
                return None  # not answered yet, or gone: introspecting now could block
            interface = QDBusInterface(SERVICE, PATH, INTERFACE, self._connection, self)
            if not interface.isValid() or interface.metaObject().indexOfMethod(NOTIFY) < 0:
                interface.deleteLater()
                return None
            interface.setTimeout(CALL_TIMEOUT_MS)
            self._interface = interface
        return self._interface

    # -- the server's signals (connected by signature in start) ----------------------------

    @Slot("uint", "QString")
    def _on_action(self, notification_id: int, action: str) -> None:
        if self._listener is not None:
            self._listener.action_invoked(int(notification_id), str(action))

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, reason: int) -> None:
        if self._listener is not None:
            self._listener.notification_closed(int(notification_id), int(reason))

    @Slot("uint", "QString")
    def _on_token(self, notification_id: int, token: str) -> None:
        if self._listener is not None:
            self._listener.activation_token(int(notification_id), str(token))


def session_notifications(parent: QObject | None = None) -> DBusNotifications | None:
    """The session bus's notification service, or ``None`` when there is no session bus."""
    service = DBusNotifications(QDBusConnection.sessionBus(), parent)
    if service.start():
        return service
    service.deleteLater()
    return None


__all__ = ["DBusNotifications", "session_notifications"]
