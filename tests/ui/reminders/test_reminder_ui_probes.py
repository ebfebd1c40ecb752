"""Real probes: each answers None instead of raising, and reads the D-Bus answers correctly."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

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
