"""Whether the platform asks for reduced motion.

On Linux we ask, in order: the XDG desktop portal (``org.freedesktop.appearance``
``reduced-motion``: 1 means reduce) over the session bus, then GNOME's
``org.gnome.desktop.interface enable-animations`` through ``gsettings``; anything else, or any
failure, means "no preference" (off). Each probe has a short timeout, and the answer is asked
for only when a routine starts with the setting on "System", so start-up never waits for it.

Tests replace the probe: :func:`resolve_reduced_motion` takes it as an argument.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import Final

PORTAL_TIMEOUT_MS: Final = 250
GSETTINGS_TIMEOUT_S: Final = 0.5

Probe = Callable[[], bool]


def _portal_reduced_motion() -> bool | None:
    """The portal's answer, or ``None`` when there is no portal or no such key."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
    except ImportError:
        return None
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    interface = QDBusInterface(
        "org.freedesktop.portal.Desktop",
        "/org/freedesktop/portal/desktop",
        "org.freedesktop.portal.Settings",
        bus,
    )
    if not interface.isValid():
        return None
    interface.setTimeout(PORTAL_TIMEOUT_MS)
    reply = interface.call("ReadOne", "org.freedesktop.appearance", "reduced-motion")
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    value = reply.arguments()[0]
    try:
        return int(value) == 1
    except (TypeError, ValueError):
        return None


def _gnome_reduced_motion() -> bool | None:
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return None
    try:
        result = subprocess.run(
            [gsettings, "get", "org.gnome.desktop.interface", "enable-animations"],
            capture_output=True,
            text=True,
            timeout=GSETTINGS_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    answer = result.stdout.strip()
    if result.returncode != 0 or answer not in ("true", "false"):
        return None
    return answer == "false"


def platform_prefers_reduced_motion() -> bool:
    """True when the desktop asks apps to reduce motion; False when unknown."""
    if not sys.platform.startswith("linux"):
        return False
    for probe in (_portal_reduced_motion, _gnome_reduced_motion):
        answer = probe()
        if answer is not None:
            return answer
    return False


def resolve_reduced_motion(setting: str, probe: Probe = platform_prefers_reduced_motion) -> bool:
    """The effective choice for a setting ("system", "on" or "off")."""
    if setting == "on":
        return True
    if setting == "off":
        return False
    return probe()
