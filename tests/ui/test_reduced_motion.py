"""The reduced-motion preference: the setting wins; "system" asks the platform, quickly."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from tenang.ui import reduced_motion
from tenang.ui.reduced_motion import platform_prefers_reduced_motion, resolve_reduced_motion


def _never() -> bool:
    raise AssertionError("the platform must not be asked for an explicit setting")


def test_explicit_setting_never_asks_the_platform() -> None:
    assert resolve_reduced_motion("on", _never) is True
    assert resolve_reduced_motion("off", _never) is False


def test_system_setting_asks_the_probe() -> None:
    assert resolve_reduced_motion("system", lambda: True) is True
    assert resolve_reduced_motion("system", lambda: False) is False


@pytest.mark.parametrize(
    ("portal", "gnome", "expected"),
    [(True, None, True), (False, True, False), (None, True, True), (None, None, False)],
)
def test_portal_first_then_gnome_then_off(
    monkeypatch: pytest.MonkeyPatch, portal: bool | None, gnome: bool | None, expected: bool
) -> None:
    monkeypatch.setattr(reduced_motion.sys, "platform", "linux")
    monkeypatch.setattr(reduced_motion, "_portal_reduced_motion", lambda: portal)
    monkeypatch.setattr(reduced_motion, "_gnome_reduced_motion", lambda: gnome)
    assert platform_prefers_reduced_motion() is expected


@pytest.mark.parametrize(
    ("stdout", "code", "expected"),
    [("false\n", 0, True), ("true\n", 0, False), ("", 1, None), ("No such key\n", 0, None)],
)
def test_gnome_answer_is_parsed(
    monkeypatch: pytest.MonkeyPatch, stdout: str, code: int, expected: bool | None
) -> None:
    calls: list[dict[str, Any]] = []

    def fake_run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(kwargs)
        return subprocess.CompletedProcess(args, code, stdout, "")

    monkeypatch.setattr(reduced_motion.shutil, "which", lambda _name: "/usr/bin/gsettings")
    monkeypatch.setattr(reduced_motion.subprocess, "run", fake_run)
    assert reduced_motion._gnome_reduced_motion() is expected
    assert calls[0]["timeout"] <= 1  # never blocks start-up for long


def test_gnome_timeout_means_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(args: list[str], **kwargs: Any) -> None:
        raise subprocess.TimeoutExpired(args, kwargs["timeout"])

    monkeypatch.setattr(reduced_motion.shutil, "which", lambda _name: "/usr/bin/gsettings")
    monkeypatch.setattr(reduced_motion.subprocess, "run", slow)
    assert reduced_motion._gnome_reduced_motion() is None


def test_no_gsettings_means_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reduced_motion.shutil, "which", lambda _name: None)
    assert reduced_motion._gnome_reduced_motion() is None


def test_other_platforms_default_to_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reduced_motion.sys, "platform", "win32")
    assert platform_prefers_reduced_motion() is False
