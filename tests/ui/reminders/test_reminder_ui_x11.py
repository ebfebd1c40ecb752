"""Full-screen detection on X11: the decision with a fake reader, then libxcb on a private Xvfb.

The Xvfb test starts its own X server (never the machine's display) and a helper process
(``x11_window_helper.py``, Xlib through ctypes) that plays the window manager: it names the
active window on the root and sets that window's ``_NET_WM_STATE``.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reminder_fakes import stop_process

from tenang.ui.reminders import x11_fullscreen as x11
from tenang.ui.reminders.probes import SystemProbes
from tenang.ui.reminders.x11_fullscreen import (
    ATOM_ATOM,
    ATOM_WINDOW,
    X11Error,
    active_window_fullscreen,
    x11_display,
    x11_fullscreen,
)

ROOT, WINDOW = 0x100, 0x400001
ATOMS = {"_NET_ACTIVE_WINDOW": 300, "_NET_WM_STATE": 301, "_NET_WM_STATE_FULLSCREEN": 302}
ABOVE = 303


@dataclass
class FakeReader:
    atoms: dict[str, int] = field(default_factory=lambda: dict(ATOMS))
    properties: dict[tuple[int, int], tuple[int, int, tuple[int, ...]]] = field(
        default_factory=dict
    )
    broken: set[int] = field(default_factory=set)

    @property
    def root(self) -> int:
        return ROOT

    def atom(self, name: str) -> int | None:
        return self.atoms.get(name)

    def read(self, window: int, atom: int) -> tuple[int, int, tuple[int, ...]]:
        if window in self.broken:
            raise X11Error("BadWindow")
        return self.properties.get((window, atom), (0, 0, ()))


def _desktop(active: int | None = WINDOW, states: tuple[int, ...] | None = None) -> FakeReader:
    reader = FakeReader()
    if active is not None:
        reader.properties[(ROOT, 300)] = (ATOM_WINDOW, 32, (active,))
    if states is not None:
        reader.properties[(WINDOW, 301)] = (ATOM_ATOM, 32, states)
    return reader


@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        (_desktop(states=(ABOVE, 302)), True),
        (_desktop(states=(302,)), True),
        (_desktop(states=(ABOVE,)), False),
        (_desktop(states=()), False),
        (_desktop(states=None), False),  # a window without any state
        (_desktop(active=0), False),  # nothing active: the desktop has focus
        (_desktop(active=None), None),  # no EWMH window manager: cannot tell
        (FakeReader(atoms={}), None),  # the atom was never even created
    ],
)
def test_decision(reader: FakeReader, expected: bool | None) -> None:
    assert active_window_fullscreen(reader) is expected


def test_the_fullscreen_atom_never_interned_means_no() -> None:
    reader = _desktop(states=(ABOVE,))
    del reader.atoms["_NET_WM_STATE_FULLSCREEN"]
    assert active_window_fullscreen(reader) is False


def test_wrong_property_types_are_not_trusted() -> None:
    reader = _desktop(states=(302,))
    reader.properties[(ROOT, 300)] = (ATOM_ATOM, 32, (WINDOW,))  # not a WINDOW
    assert active_window_fullscreen(reader) is None
    reader = _desktop()
    reader.properties[(WINDOW, 301)] = (ATOM_WINDOW, 32, (302,))  # a state list of windows?
    assert active_window_fullscreen(reader) is False


@settings(max_examples=60, deadline=None)
@given(states=st.lists(st.integers(1, 2**32 - 1), max_size=12))
def test_fullscreen_exactly_when_the_atom_is_listed(states: list[int]) -> None:
    reader = _desktop(states=tuple(states))
    assert active_window_fullscreen(reader) is (302 in states)


def test_a_window_that_vanished_raises_inside_and_answers_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = _desktop(states=(302,))
    reader.broken.add(WINDOW)
    with pytest.raises(X11Error):
        active_window_fullscreen(reader)

    class Opened:
        def __init__(self, _display: str) -> None:
            pass

        def __enter__(self) -> FakeReader:
            return reader

        def __exit__(self, *_exc: object) -> None:
            pass

    monkeypatch.setattr(x11, "XcbReader", Opened)
    assert x11_fullscreen(":9") is None


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("xcb", {"DISPLAY": ":0"}, ":0"),
        ("xcb", {}, None),
        ("wayland", {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, None),
        ("wayland-egl", {"DISPLAY": ":0"}, None),
        ("xcb", {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, None),  # Xwayland
        ("xcb", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, None),
        ("offscreen", {"DISPLAY": ":1", "XDG_SESSION_TYPE": "x11"}, ":1"),
        ("offscreen", {}, None),
        ("", {"DISPLAY": ""}, None),
    ],
)
def test_which_display_to_ask(platform: str, environ: dict[str, str], expected: str | None) -> None:
    assert x11_display(platform, environ) == expected


def test_no_display_and_a_dead_display_cannot_tell() -> None:
    assert x11_fullscreen(None) is None
    assert x11_fullscreen("") is None
    assert x11_fullscreen(":4711") is None  # nothing listens there: an error, not a raise


def test_without_libxcb_it_cannot_tell(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(x11, "_libraries", lambda: None)
    assert x11_fullscreen(":0") is None


def test_linux_probes_ask_x11_for_the_display_of_this_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str | None] = []
    monkeypatch.setattr(x11, "x11_fullscreen", lambda display: asked.append(display) or True)
    monkeypatch.setattr(x11, "current_platform_name", lambda: "xcb")
    monkeypatch.setenv("DISPLAY", ":7")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    assert SystemProbes(lambda: False, platform="linux").fullscreen_active() is True
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert SystemProbes(lambda: False, platform="linux").fullscreen_active() is True
    assert asked == [":7", None]


# -- a real X server ---------------------------------------------------------------------------

XVFB = shutil.which("Xvfb")
needs_x = pytest.mark.skipif(
    XVFB is None or ctypes.util.find_library("X11") is None or x11._libraries() is None,
    reason="needs Xvfb, libX11 and libxcb (Debian/Ubuntu: apt-get install xvfb libx11-6)",
)
HELPER = Path(__file__).with_name("x11_window_helper.py")


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X server; its display name (the number Xvfb picked, via -displayfd)."""
    assert XVFB is not None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "320x240x24"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as announced:
        number = announced.readline().strip().decode()  # written once it accepts clients
    if not number:
        stop_process(server)
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    stop_process(server)


class WindowManager:
    def __init__(self, display: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HELPER), display],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        ready = self.process.stdout.readline().strip()
        assert ready == "ready", self._stderr()

    def _stderr(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read()

    def do(self, command: str) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "ok", self._stderr()

    def close(self) -> None:
        stop_process(self.process)


@needs_x
def test_the_probe_reads_a_real_x_server(xvfb: str) -> None:
    manager = WindowManager(xvfb)
    try:
        assert x11_fullscreen(xvfb) is None  # no window manager has said what is active
        manager.do("fullscreen")
        assert x11_fullscreen(xvfb) is True
        manager.do("windowed")
        assert x11_fullscreen(xvfb) is False
        manager.do("fullscreen")
        assert x11_fullscreen(xvfb) is True
        manager.do("no-state")
        assert x11_fullscreen(xvfb) is False
        manager.do("nothing-active")
        assert x11_fullscreen(xvfb) is False
        manager.do("gone")
        assert x11_fullscreen(xvfb) is None  # BadWindow comes back as an error, not an exit
    finally:
        manager.close()
