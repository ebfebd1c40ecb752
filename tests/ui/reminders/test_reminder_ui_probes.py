"""Real probes: each answers None instead of raising, and reads the D-Bus answers correctly."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenang.core.reminders import RespectPolicy, should_remind
from tenang.ui.reminders import probes
from tenang.ui.reminders.probes import SystemProbes, gnome_banners_off


def _boom() -> bool:
    raise RuntimeError("the desktop went away")


def test_unknown_platform_cannot_tell_and_never_raises() -> None:
    p = SystemProbes(_boom, platform="plan9")
    assert (p.idle_seconds(), p.fullscreen_active(), p.do_not_disturb()) == (None, None, None)
    assert p.session_running() is None
    decision = should_remind(p, RespectPolicy(remind_when_idle_unknown=False))
    assert (decision.allowed, decision.reason) == (False, "idle-unknown")


def test_session_running_comes_from_the_app() -> None:
    p = SystemProbes(lambda: True, platform="plan9")
    assert should_remind(p, RespectPolicy()).reason == "session-running"


def _fake_dbus(answers: dict[str, Any]) -> Any:
    def call(service: str, path: str, interface: str, method: str, *args: Any, **_: Any) -> Any:
        key = method if method != "Get" else args[1]
        value = answers.get(key)
        if isinstance(value, Exception):
            raise value
        return value

    return call


@pytest.mark.parametrize(
    ("answers", "idle"),
    [
        ({"GetIdletime": 90_000}, 90.0),  # Mutter answers in milliseconds
        ({"GetActive": True, "GetSessionIdleTime": 3}, float("inf")),
        ({"GetActive": False, "GetSessionIdleTime": 42}, 42.0),
        ({}, None),
        ({"GetIdletime": True}, None),  # a bool is not a number
    ],
)
def test_linux_idle(monkeypatch: pytest.MonkeyPatch, answers: dict[str, Any], idle: Any) -> None:
    monkeypatch.setattr(probes, "_dbus_call", _fake_dbus(answers))
    assert probes.linux_idle_seconds() == idle


def test_linux_probe_that_raises_answers_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(probes, "_dbus_call", _fake_dbus({"GetIdletime": RuntimeError("x")}))
    assert SystemProbes(lambda: False, platform="linux").idle_seconds() is None


def test_linux_dnd_from_the_notification_service(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(probes, "_dbus_call", _fake_dbus({"Inhibited": True}))
    assert probes.linux_do_not_disturb() is True


class _Run:
    def __init__(self, stdout: str, code: int = 0, error: Exception | None = None) -> None:
        self.stdout, self.code, self.error = stdout, code, error

    def __call__(self, *_a: Any, **_k: Any) -> Any:
        if self.error is not None:
            raise self.error
        return subprocess.CompletedProcess([], self.code, self.stdout, "")


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        (_Run("false\n"), True),
        (_Run("true\n"), False),
        (_Run("", 1), None),
        (_Run("No such schema"), None),
        (_Run("", error=subprocess.TimeoutExpired("gsettings", 1)), None),
    ],
)
def test_gnome_banners(monkeypatch: pytest.MonkeyPatch, run: _Run, expected: Any) -> None:
    monkeypatch.setattr(probes.shutil, "which", lambda _name: "/usr/bin/gsettings")
    assert gnome_banners_off(run) is expected


def test_gnome_banners_without_gsettings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(probes.shutil, "which", lambda _name: None)
    assert gnome_banners_off(_Run("false")) is None


# -- Windows: the pure parts (the ctypes calls themselves have never run on Windows) ----------


def test_idle_from_ticks_plain() -> None:
    assert probes.idle_from_ticks(10_500, 10_000) == 0.5
    assert probes.idle_from_ticks(10_000, 10_000) == 0.0


def test_idle_from_ticks_across_the_49_7_day_wrap() -> None:
    last = 2**32 - 1_000  # input 1 s before the tick count wraps to 0
    assert probes.idle_from_ticks(2_000, last) == 3.0
    # GetTickCount's default ctypes result is a *signed* int: past 24.9 days it is negative.
    assert probes.idle_from_ticks(-5, 2**32 - 16) == 0.011


@settings(max_examples=200, deadline=None)
@given(last=st.integers(0, 2**32 - 1), idle_ms=st.integers(0, 2**32 - 1), signed=st.booleans())
def test_idle_from_ticks_is_exact_for_any_idle_shorter_than_the_wrap(
    last: int, idle_ms: int, signed: bool
) -> None:
    now = (last + idle_ms) % 2**32
    if signed and now >= 2**31:
        now -= 2**32  # the same 32 bits read as a C int
    assert probes.idle_from_ticks(now, last) == idle_ms / 1000


@pytest.mark.parametrize(
    ("state", "fullscreen"),
    [
        (1, False),  # QUNS_NOT_PRESENT: screen saver or locked (idle time covers away)
        (2, True),  # QUNS_BUSY: a full-screen application
        (3, True),  # QUNS_RUNNING_D3D_FULL_SCREEN
        (4, True),  # QUNS_PRESENTATION_MODE
        (5, False),  # QUNS_ACCEPTS_NOTIFICATIONS
        (6, False),  # QUNS_QUIET_TIME
        (7, True),  # QUNS_APP: an immersive (full-screen Store) app
        (0, None),
        (8, None),  # a state a future Windows might add: unknown, not a guess
    ],
)
def test_windows_notification_state(state: int, fullscreen: bool | None) -> None:
    assert probes.windows_fullscreen_from_state(state) is fullscreen
