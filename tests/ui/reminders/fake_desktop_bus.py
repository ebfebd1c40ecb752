"""A stand-in desktop on a private D-Bus, run as its own process by the reminder tests.

    python fake_desktop_bus.py BUS_ADDRESS [CAPABILITY,CAPABILITY,...]

It owns ``org.freedesktop.Notifications`` (recording every ``Notify`` and
``CloseNotification``) and ``org.freedesktop.login1`` (only the ``PrepareForSleep`` signal),
and a control object ``/control`` (interface ``org.tenang.FakeDesktop``) through which the
test reads the recorded calls and makes the fakes emit their signals. It prints ``ready`` once
both names are owned, and exits when its stdin closes (the test ended) or on ``Quit``.

A separate process on purpose: the client's ``Notify`` is a blocking call, which a server in
the test's own thread could never answer.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusConnection

OPTIONS = (
    QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
)


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    ActionInvoked = Signal("uint", "QString")
    NotificationClosed = Signal("uint", "uint")
    ActivationToken = Signal("uint", "QString")

    def __init__(self, capabilities: list[str]) -> None:
        super().__init__()
        self.capabilities = capabilities
        self.calls: list[dict[str, Any]] = []
        self.next_id = 100

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return self.capabilities

    @Slot(
        "QString",
        "uint",
        "QString",
        "QString",
        "QString",
        "QStringList",
        "QVariantMap",
        "int",
        result="uint",
    )
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, Any],
        expire_timeout: int,
    ) -> int:
        if replaces_id:
            notification_id = replaces_id
        else:
            self.next_id += 1
            notification_id = self.next_id
        self.calls.append(
            {
                "method": "Notify",
                "app_name": app_name,
                "replaces_id": replaces_id,
                "app_icon": app_icon,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "hints": {key: value for key, value in hints.items()},
                "expire_timeout": expire_timeout,
                "id": notification_id,
            }
        )
        return notification_id

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        self.calls.append({"method": "CloseNotification", "id": notification_id})
        self.NotificationClosed.emit(notification_id, 3)


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class Login(QObject):
    PrepareForSleep = Signal(bool)


@ClassInfo({"D-Bus Interface": "org.tenang.FakeDesktop"})
class Control(QObject):
    """Ids travel as strings: a Python int would arrive as a D-Bus ``i``, not the ``u``
    the slots of the fakes need (the very problem the client works around)."""

    def __init__(self, notifications: Notifications, login: Login) -> None:
        super().__init__()
        self.notifications = notifications
        self.login = login

    @Slot(result="QString")
    def Calls(self) -> str:
        return json.dumps(self.notifications.calls)

    @Slot("QString", "QString")
    def EmitAction(self, notification_id: str, key: str) -> None:
        self.notifications.ActionInvoked.emit(int(notification_id), key)

    @Slot("QString", "QString")
    def EmitClosed(self, notification_id: str, reason: str) -> None:
        self.notifications.NotificationClosed.emit(int(notification_id), int(reason))

    @Slot("QString", "QString")
    def EmitToken(self, notification_id: str, token: str) -> None:
        self.notifications.ActivationToken.emit(int(notification_id), token)

    @Slot(bool)
    def EmitSleep(self, going_to_sleep: bool) -> None:
        self.login.PrepareForSleep.emit(going_to_sleep)

    @Slot()
    def Quit(self) -> None:
        QCoreApplication.quit()


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    address = sys.argv[1]
    capabilities = [c for c in (sys.argv[2] if len(sys.argv) > 2 else "").split(",") if c]
    bus = QDBusConnection.connectToBus(address, "fake-desktop")
    if not bus.isConnected():
        print(f"cannot connect to {address}: {bus.lastError().message()}", file=sys.stderr)
        return 1
    notifications = Notifications(capabilities)
    login = Login()
    control = Control(notifications, login)
    registered = (
        bus.registerObject("/org/freedesktop/Notifications", notifications, OPTIONS)
        and bus.registerObject("/org/freedesktop/login1", login, OPTIONS)
        and bus.registerObject("/control", control, OPTIONS)
        and bus.registerService("org.freedesktop.Notifications")
        and bus.registerService("org.freedesktop.login1")
    )
    if not registered:
        print(f"cannot register: {bus.lastError().message()}", file=sys.stderr)
        return 1
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(lambda *_: sys.stdin.readline() or app.quit())
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
