"""The real respect probes behind :class:`tenang.core.reminders.Probes`, one per platform.

Every probe catches its own errors and answers ``None`` ("cannot tell here"); the core decides
what an unknown answer means (docs/reminders.md, "When a probe cannot tell"). What is detected:

- Linux: idle time through QtDBus, ``org.gnome.Mutter.IdleMonitor.GetIdletime`` (GNOME), else
  ``org.freedesktop.ScreenSaver.GetSessionIdleTime`` (KDE and others); an active screensaver
  counts as away. Do-not-disturb from the ``Inhibited`` property of
  ``org.freedesktop.Notifications`` (KDE, others that implement it), else GNOME's
  ``show-banners`` setting read through ``gsettings``. Full screen on X11:
  ``_NET_WM_STATE_FULLSCREEN`` of the active window (:mod:`tenang.ui.reminders.x11_fullscreen`);
  under Wayland an unprivileged client cannot see other windows, so ``None`` (treated as "no").
- Windows: ``GetLastInputInfo`` for idle time and ``SHQueryUserNotificationState`` for full
  screen / presentation mode (ctypes). Only the arithmetic and the state table
  (:func:`idle_from_ticks`, :func:`windows_fullscreen_from_state`) are tested here; the ctypes
  calls have never run on a real Windows.
- macOS: ``CGEventSourceSecondsSinceLastEventType`` (ctypes, CoreGraphics); never run on a
  real Mac.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import Any, Final

_DBUS_TIMEOUT_MS: Final = 500
"""A probe is asked once per reminder; a service that hangs must not freeze the window."""
TICK_WRAP: Final = 1 << 32
"""Windows' 32-bit millisecond tick count wraps after 49.7 days of uptime."""
QUNS_FULL_SCREEN: Final = frozenset({2, 3, 4, 7})
"""``SHQueryUserNotificationState`` answers meaning "something covers the screen": busy
(a full-screen app), running full-screen Direct3D, presentation mode, an immersive app."""
QUNS_KNOWN: Final = frozenset(range(1, 8))


def _dbus_call(
    service: str, path: str, interface: str, method: str, *args: Any, bus: str = "session"
) -> Any:
    """Call a D-Bus method and return its first reply value, or ``None`` on any failure."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

        connection = (
            QDBusConnection.sessionBus() if bus == "session" else QDBusConnection.systemBus()
        )
        if not connection.isConnected():
            return None
        iface = QDBusInterface(service, path, interface, connection)
        if not iface.isValid():
            return None
        iface.setTimeout(_DBUS_TIMEOUT_MS)
        reply = iface.call(method, *args)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return None
        values = reply.arguments()
        return values[0] if values else None
    except Exception:
        return None


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


# -- Linux -----------------------------------------------------------------------------------


def linux_idle_seconds() -> float | None:
    mutter = _as_float(
        _dbus_call(
            "org.gnome.Mutter.IdleMonitor",
            "/org/gnome/Mutter/IdleMonitor/Core",
            "org.gnome.Mutter.IdleMonitor",
            "GetIdletime",
        )
    )
    if mutter is not None:
        return mutter / 1000  # milliseconds
    saver = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
    if _dbus_call(*saver, "org.freedesktop.ScreenSaver", "GetActive") is True:
        return float("inf")  # the screensaver is on: nobody is looking
    idle = _as_float(_dbus_call(*saver, "org.freedesktop.ScreenSaver", "GetSessionIdleTime"))
    return idle  # seconds (KDE's implementation)


def linux_do_not_disturb() -> bool | None:
    inhibited = _dbus_call(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        "org.freedesktop.DBus.Properties",
        "Get",
        "org.freedesktop.Notifications",
        "Inhibited",
    )
    if isinstance(inhibited, bool):
        return inhibited
    return gnome_banners_off()


def linux_fullscreen() -> bool | None:
    """X11 only (see :mod:`tenang.ui.reminders.x11_fullscreen`); ``None`` elsewhere."""
    from tenang.ui.reminders.x11_fullscreen import (
        current_platform_name,
        x11_display,
        x11_fullscreen,
    )

    return x11_fullscreen(x11_display(current_platform_name(), os.environ))


def gnome_banners_off(run: Callable[..., Any] = subprocess.run) -> bool | None:
    """GNOME's do-not-disturb is ``show-banners`` off; ``None`` without gsettings or schema."""
    tool = shutil.which("gsettings")
    if tool is None:
        return None
    try:
        result = run(
            [tool, "get", "org.gnome.desktop.notifications", "show-banners"],
            capture_output=True,
            text=True,
            timeout=1,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    answer = str(result.stdout).strip()
    if result.returncode != 0 or answer not in ("true", "false"):
        return None
    return answer == "false"


# -- Windows ---------------------------------------------------------------------------------


def idle_from_ticks(now_ticks: int, last_input_ticks: int) -> float:
    """Seconds since the last input from two 32-bit tick counts (``GetTickCount`` and
    ``LASTINPUTINFO.dwTime``), right across the 49.7-day wrap: modular subtraction."""
    return float((now_ticks - last_input_ticks) % TICK_WRAP) / 1000


def windows_fullscreen_from_state(state: int) -> bool | None:
    """What an ``SHQueryUserNotificationState`` answer means; ``None`` for a value the
    documentation does not list (a future Windows), rather than a guess."""
    if state not in QUNS_KNOWN:
        return None
    return state in QUNS_FULL_SCREEN


def windows_idle_seconds() -> float | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return None
    try:
        import ctypes
        from ctypes import wintypes

        class LastInputInfo(ctypes.Structure):
            _fields_ = [("cbSize", wintypes.UINT), ("dwTime", wintypes.DWORD)]

        info = LastInputInfo()
        info.cbSize = ctypes.sizeof(info)
        windll: Any = ctypes.windll
        if not windll.user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return idle_from_ticks(windll.kernel32.GetTickCount(), info.dwTime)
    except Exception:
        return None


def windows_fullscreen() -> bool | None:  # pragma: no cover - Windows only
    """``SHQueryUserNotificationState``, read by :func:`windows_fullscreen_from_state`."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        state = ctypes.c_int(0)
        windll: Any = ctypes.windll
        if windll.shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
            return None
        return windows_fullscreen_from_state(state.value)
    except Exception:
        return None


# -- macOS -----------------------------------------------------------------------------------


def mac_idle_seconds() -> float | None:  # pragma: no cover - macOS only
    try:
        import ctypes
        import ctypes.util

        found = ctypes.util.find_library("CoreGraphics") or (
            "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
        )
        cg = ctypes.CDLL(found)
        function = cg.CGEventSourceSecondsSinceLastEventType
        function.restype = ctypes.c_double
        function.argtypes = [ctypes.c_int32, ctypes.c_uint32]
        combined_session_state, any_input_event = 0, 0xFFFFFFFF
        return float(function(combined_session_state, any_input_event))
    except Exception:
        return None


def _unknown() -> None:
    return None


class SystemProbes:
    """The respect questions answered for this platform; ``session_running`` is the app's."""

    def __init__(self, session_running: Callable[[], bool], platform: str = sys.platform) -> None:
        self._session_running = session_running
        self._idle: Callable[[], float | None]
        self._fullscreen: Callable[[], bool | None]
        self._dnd: Callable[[], bool | None]
        if platform.startswith("linux"):
            self._idle, self._fullscreen, self._dnd = (
                linux_idle_seconds,
                linux_fullscreen,
                linux_do_not_disturb,
            )
        elif platform == "win32":
            self._idle, self._fullscreen, self._dnd = (
                windows_idle_seconds,
                windows_fullscreen,
                (_unknown),
            )
        elif platform == "darwin":
            self._idle, self._fullscreen, self._dnd = mac_idle_seconds, _unknown, _unknown
        else:
            self._idle, self._fullscreen, self._dnd = _unknown, _unknown, _unknown

    @staticmethod
    def _safe(probe: Callable[[], Any]) -> Any:
        try:
            return probe()
        except Exception:
            return None

    def idle_seconds(self) -> float | None:
        value: float | None = self._safe(self._idle)
        return value

    def fullscreen_active(self) -> bool | None:
        value: bool | None = self._safe(self._fullscreen)
        return value

    def do_not_disturb(self) -> bool | None:
        value: bool | None = self._safe(self._dnd)
        return value

    def session_running(self) -> bool | None:
        value: bool | None = self._safe(self._session_running)
        return value
