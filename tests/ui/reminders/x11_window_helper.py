"""Plays the window manager on a private X display for the full-screen probe's test.

    python x11_window_helper.py DISPLAY

Creates one window with Xlib (through ctypes; deliberately not the xcb code under test), then
reads commands from stdin, one per line, and answers ``ok`` once the X server has applied
them (``XSync``):

- ``fullscreen``: the window is the root's ``_NET_ACTIVE_WINDOW`` and has
  ``_NET_WM_STATE = [_NET_WM_STATE_ABOVE, _NET_WM_STATE_FULLSCREEN]``;
- ``windowed``: the same window, with only ``_NET_WM_STATE_ABOVE``;
- ``no-state``: the window's ``_NET_WM_STATE`` is deleted;
- ``nothing-active``: ``_NET_ACTIVE_WINDOW`` is None (0);
- ``gone``: ``_NET_ACTIVE_WINDOW`` names a window that does not exist;
- ``quit``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

XA_ATOM = 4
XA_WINDOW = 33
PROP_MODE_REPLACE = 0


def main() -> int:
    found = ctypes.util.find_library("X11")
    if found is None:
        print("libX11 is not installed", file=sys.stderr)
        return 1
    x = ctypes.CDLL(found)
    ulong = ctypes.c_ulong
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XCreateSimpleWindow.restype = ulong
    x.XCreateSimpleWindow.argtypes = [
        ctypes.c_void_p,  # display
        ulong,  # parent
        ctypes.c_int,  # x
        ctypes.c_int,  # y
        ctypes.c_uint,  # width
        ctypes.c_uint,  # height
        ctypes.c_uint,  # border width
        ulong,  # border pixel
        ulong,  # background pixel
    ]
    x.XInternAtom.restype = ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XChangeProperty.argtypes = [
        ctypes.c_void_p,  # display
        ulong,  # window
        ulong,  # property
        ulong,  # type
        ctypes.c_int,  # format
        ctypes.c_int,  # mode
        ctypes.c_void_p,  # data
        ctypes.c_int,  # number of elements
    ]
    x.XDeleteProperty.argtypes = [ctypes.c_void_p, ulong, ulong]
    x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]

    display = x.XOpenDisplay(sys.argv[1].encode())
    if not display:
        print(f"cannot open display {sys.argv[1]}", file=sys.stderr)
        return 1
    root = x.XDefaultRootWindow(display)
    window = x.XCreateSimpleWindow(display, root, 0, 0, 100, 100, 0, 0, 0)

    def atom(name: str) -> int:
        return int(x.XInternAtom(display, name.encode(), 0))

    active, state = atom("_NET_ACTIVE_WINDOW"), atom("_NET_WM_STATE")
    above, fullscreen = atom("_NET_WM_STATE_ABOVE"), atom("_NET_WM_STATE_FULLSCREEN")

    def put(target: int, prop: int, kind: int, values: list[int]) -> None:
        data = (ulong * len(values))(*values)  # format 32 is passed as C longs in Xlib
        x.XChangeProperty(display, target, prop, kind, 32, PROP_MODE_REPLACE, data, len(values))

    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "fullscreen":
            put(root, active, XA_WINDOW, [window])
            put(window, state, XA_ATOM, [above, fullscreen])
        elif command == "windowed":
            put(root, active, XA_WINDOW, [window])
            put(window, state, XA_ATOM, [above])
        elif command == "no-state":
            x.XDeleteProperty(display, window, state)
        elif command == "nothing-active":
            put(root, active, XA_WINDOW, [0])
        elif command == "gone":
            put(root, active, XA_WINDOW, [window + 4096])
        elif command == "quit":
            break
        else:
            print(f"unknown command {command!r}", file=sys.stderr)
            return 1
        x.XSync(display, 0)
        print("ok", flush=True)
    x.XCloseDisplay(display)
    return 0


if __name__ == "__main__":
    sys.exit(main())
