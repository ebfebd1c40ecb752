"""Is the active window full screen? On X11: ``_NET_WM_STATE_FULLSCREEN`` of the window that
the root window's ``_NET_ACTIVE_WINDOW`` names (EWMH, set by every current window manager).

Read with ``libxcb`` through ``ctypes``: no new dependency, no subprocess, and no global error
handler (Xlib's default one exits the process on a ``BadWindow``; xcb returns the error with
the reply). A short-lived connection per question: the probe is asked once per due reminder.

The answer is ``None`` ("cannot tell") on Wayland (an X client sees only other X clients
there), without a display, without libxcb, without an EWMH window manager, and on any error;
this module never raises. The decision itself (:func:`active_window_fullscreen`) reads
through the small :class:`PropertyReader` interface, so it is tested with a fake; the ctypes
part is tested against a private Xvfb when one is installed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Mapping
from typing import Any, Final, Protocol

ATOM_ATOM: Final = 4
ATOM_WINDOW: Final = 33
"""Predefined X atoms: the types of ``_NET_WM_STATE`` and ``_NET_ACTIVE_WINDOW``."""
ANY_TYPE: Final = 0
MAX_VALUES: Final = 64
"""32-bit values read per property: a window has a handful of states, never 64."""


class X11Error(Exception):
    """An X request failed (a window went away between two requests, a dead connection)."""


class PropertyReader(Protocol):
    """The three X requests the decision needs; :class:`XcbReader` is the real one."""

    @property
    def root(self) -> int: ...

    def atom(self, name: str) -> int | None:
        """The atom's number, or ``None`` when nobody ever created it."""
        ...

    def read(self, window: int, atom: int) -> tuple[int, int, tuple[int, ...]]:
        """``(type, format, values)`` of a property; type 0 and no values when it is unset.

        Raises :class:`X11Error` when the request fails."""
        ...


def active_window_fullscreen(reader: PropertyReader) -> bool | None:
    """``True``/``False`` from the EWMH properties, ``None`` when the window manager does not
    publish the active window (no EWMH, so it cannot be told)."""
    active_atom = reader.atom("_NET_ACTIVE_WINDOW")
    if active_atom is None:
        return None
    kind, size, values = reader.read(reader.root, active_atom)
    if kind != ATOM_WINDOW or size != 32 or not values:
        return None  # no EWMH window manager keeps it
    window = values[0]
    if window == 0:
        return False  # no window is active (the desktop itself has focus)
    state_atom = reader.atom("_NET_WM_STATE")
    fullscreen_atom = reader.atom("_NET_WM_STATE_FULLSCREEN")
    if state_atom is None or fullscreen_atom is None:
        return False  # never interned: no window on this display has ever been full screen
    kind, size, states = reader.read(window, state_atom)
    if kind != ATOM_ATOM or size != 32:
        return False  # no state at all: a plain window
    return fullscreen_atom in states


def x11_display(platform_name: str, environ: Mapping[str, str]) -> str | None:
    """The X display to ask, or ``None`` when X11 cannot answer for this session.

    Qt's platform ``xcb`` means X11; ``wayland`` means not. On a Wayland session an X client
    (Xwayland) sees only other X clients, so the answer would be wrong: ``None`` there too.
    Other platforms (offscreen, minimal) use ``DISPLAY`` when the session is not Wayland.
    """
    if platform_name.startswith("wayland"):
        return None
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return None
    return environ.get("DISPLAY") or None


# -- libxcb through ctypes ------------------------------------------------------------------


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


class _InternAtomReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class _GetPropertyReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("bytes_after", ctypes.c_uint32),
        ("value_len", ctypes.c_uint32),
        ("pad0", ctypes.c_uint8 * 12),
    ]


@functools.cache
def _libraries() -> tuple[Any, Any] | None:
    """libxcb with its signatures declared, and libc for ``free``; ``None`` when absent."""
    found = ctypes.util.find_library("xcb")
    if found is None:
        return None
    try:
        xcb = ctypes.CDLL(found)
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
    except OSError:
        return None
    p, u8, u16, u32 = ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_uint32
    error_out = ctypes.POINTER(ctypes.c_void_p)
    for name, restype, argtypes in (
        ("xcb_connect", p, [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]),
        ("xcb_connection_has_error", ctypes.c_int, [p]),
        ("xcb_disconnect", None, [p]),
        ("xcb_get_setup", p, [p]),
        ("xcb_setup_roots_iterator", _ScreenIterator, [p]),
        ("xcb_screen_next", None, [ctypes.POINTER(_ScreenIterator)]),
        ("xcb_intern_atom", _Cookie, [p, u8, u16, ctypes.c_char_p]),
        ("xcb_intern_atom_reply", ctypes.POINTER(_InternAtomReply), [p, _Cookie, error_out]),
        ("xcb_get_property", _Cookie, [p, u8, u32, u32, u32, u32, u32]),
        ("xcb_get_property_reply", ctypes.POINTER(_GetPropertyReply), [p, _Cookie, error_out]),
        ("xcb_get_property_value", p, [ctypes.POINTER(_GetPropertyReply)]),
        ("xcb_get_property_value_length", ctypes.c_int, [ctypes.POINTER(_GetPropertyReply)]),
    ):
        function = getattr(xcb, name)
        function.restype = restype
        function.argtypes = argtypes
    libc.free.restype = None
    libc.free.argtypes = [ctypes.c_void_p]
    return xcb, libc


class XcbReader:
    """One xcb connection to ``display``; use as a context manager so it is always closed."""

    def __init__(self, display: str) -> None:
        libraries = _libraries()
        if libraries is None:
            raise X11Error("libxcb is not installed")
        self._xcb, self._libc = libraries
        screen = ctypes.c_int(0)
        self._connection = self._xcb.xcb_connect(display.encode(), ctypes.byref(screen))
        if not self._connection or self._xcb.xcb_connection_has_error(self._connection):
            self.close()
            raise X11Error(f"cannot connect to X display {display!r}")
        roots = self._xcb.xcb_setup_roots_iterator(self._xcb.xcb_get_setup(self._connection))
        for _ in range(screen.value):
            if roots.rem <= 1:
                break
            self._xcb.xcb_screen_next(ctypes.byref(roots))
        if not roots.data:
            self.close()
            raise X11Error(f"X display {display!r} has no screen")
        self._root = ctypes.c_uint32.from_address(roots.data).value  # xcb_screen_t.root

    @property
    def root(self) -> int:
        return self._root

    def __enter__(self) -> XcbReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._connection:
            self._xcb.xcb_disconnect(self._connection)  # also frees a failed connection
            self._connection = None

    def _take_error(self, error: ctypes.c_void_p) -> bool:
        if error.value:
            self._libc.free(error)
            return True
        return False

    def atom(self, name: str) -> int | None:
        raw = name.encode()
        cookie = self._xcb.xcb_intern_atom(self._connection, 1, len(raw), raw)
        error = ctypes.c_void_p()
        reply = self._xcb.xcb_intern_atom_reply(self._connection, cookie, ctypes.byref(error))
        failed = self._take_error(error)
        if not reply:
            raise X11Error(f"InternAtom {name} failed")
        try:
            value = int(reply.contents.atom)
        finally:
            self._libc.free(reply)
        if failed:
            raise X11Error(f"InternAtom {name} failed")
        return value or None  # only_if_exists: 0 means nobody ever created it

    def read(self, window: int, atom: int) -> tuple[int, int, tuple[int, ...]]:
        cookie = self._xcb.xcb_get_property(
            self._connection, 0, window, atom, ANY_TYPE, 0, MAX_VALUES
        )
        error = ctypes.c_void_p()
        reply = self._xcb.xcb_get_property_reply(self._connection, cookie, ctypes.byref(error))
        failed = self._take_error(error)
        if not reply or failed:
            if reply:
                self._libc.free(reply)
            raise X11Error(f"GetProperty on window {window:#x} failed")
        try:
            header = reply.contents
            values: tuple[int, ...] = ()
            if header.format == 32:
                count = self._xcb.xcb_get_property_value_length(reply) // 4
                data = self._xcb.xcb_get_property_value(reply)
                values = tuple((ctypes.c_uint32 * count).from_address(data)) if count else ()
            return int(header.type), int(header.format), values
        finally:
            self._libc.free(reply)


def x11_fullscreen(display: str | None) -> bool | None:
    """Whether the active window on ``display`` is full screen; ``None`` when it cannot tell."""
    if not display:
        return None
    try:
        with XcbReader(display) as reader:
            return active_window_fullscreen(reader)
    except Exception:
        return None


def current_platform_name() -> str:
    """Qt's platform plugin name, or ``""`` before a ``QGuiApplication`` exists."""
    try:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is None:
            return ""
        return str(QGuiApplication.platformName())
    except Exception:
        return ""


__all__ = [
    "PropertyReader",
    "X11Error",
    "XcbReader",
    "active_window_fullscreen",
    "current_platform_name",
    "x11_display",
    "x11_fullscreen",
]
