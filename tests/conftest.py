"""Test-wide set-up: headless Qt and SDL before anything imports them, and no network."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
# Never the real desktop: the app talks to the session and system buses (notifications,
# do-not-disturb, idle, sleep) and to the X display (full screen). Qt caches the bus
# connection per process, so this must happen before anything imports Qt; tests that need a
# bus or a display start a private one and point at it themselves.
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/tenang-tests-no-bus"
os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = "unix:path=/nonexistent/tenang-tests-no-bus"
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

_ALLOWED_FAMILIES = {getattr(socket, "AF_UNIX", None)}


class NetworkForbiddenError(RuntimeError):
    """Raised when code under test tries to open a network socket."""


_real_socket_init = socket.socket.__init__


def _guarded_socket_init(
    self: socket.socket, family: int = -1, *args: object, **kwargs: object
) -> None:
    if family not in _ALLOWED_FAMILIES and family != -1:
        raise NetworkForbiddenError(f"Tenang must never use the network (socket family {family})")
    if family == -1:
        raise NetworkForbiddenError("Tenang must never use the network (default socket family)")
    _real_socket_init(self, family, *args, **kwargs)  # type: ignore[arg-type]


socket.socket.__init__ = _guarded_socket_init  # type: ignore[method-assign]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private user-data folder, pointed to by TENANG_DATA_DIR for the test's duration."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TENANG_DATA_DIR", str(folder))
    yield folder
