"""Wake from sleep: logind's ``PrepareForSleep(false)`` on the system bus re-arms the scheduler.

The scheduler's timer is capped at a minute, so a machine that slept past a reminder notices
within a minute anyway; with this signal the one reminder allowed after a wake comes at once.
``PrepareForSleep(true)`` (going to sleep) needs nothing: the timer simply does not run.

Where there is no system bus or no logind (containers, CI, other systems), :meth:`start`
answers ``False`` or the signal never comes, and the one-minute cap remains. The controller
creates this after the window is shown; tests use a fake :class:`SleepWatch`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Protocol

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE: Final = "org.freedesktop.login1"
PATH: Final = "/org/freedesktop/login1"
INTERFACE: Final = "org.freedesktop.login1.Manager"
SIGNAL: Final = "PrepareForSleep"
_SLOT: Final = "_prepare_for_sleep(bool)"


class SleepWatch(Protocol):
    """Calls ``on_resume`` after the system wakes; ``start`` answers whether it can."""

    def start(self, on_resume: Callable[[], None]) -> bool: ...

    def stop(self) -> None: ...


class LogindSleepWatch(QObject):
    """logind on one D-Bus connection (the system bus in the app, a private bus in tests)."""

    def __init__(self, connection: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self._on_resume: Callable[[], None] | None = None

    def start(self, on_resume: Callable[[], None]) -> bool:
        if not self._connection.isConnected():
            return False
        self._on_resume = on_resume
        # The stubs say bytes; the binding takes only the str that SLOT() returns.
        hooked = self._connection.connect(SERVICE, PATH, INTERFACE, SIGNAL, self, SLOT(_SLOT))  # type: ignore[call-overload]
        return bool(hooked)

    def stop(self) -> None:
        if self._on_resume is not None and self._connection.isConnected():
            self._connection.disconnect(SERVICE, PATH, INTERFACE, SIGNAL, self, SLOT(_SLOT))  # type: ignore[call-overload]
        self._on_resume = None

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep and self._on_resume is not None:
            self._on_resume()


def system_sleep_watch(parent: QObject | None = None) -> LogindSleepWatch:
    return LogindSleepWatch(QDBusConnection.systemBus(), parent)


__all__ = ["LogindSleepWatch", "SleepWatch", "system_sleep_watch"]
