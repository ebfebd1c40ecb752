"""Autostart: the XDG file appears and disappears, off removes only our file; the Windows
registry text and the macOS plist as data (those systems are not here to run them)."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from tenang import APP_ID
from tenang.ui.reminders.autostart import (
    MARKER,
    Autostart,
    AutostartError,
    mac_plist,
    windows_run_value,
)

COMMAND = ["/opt/tenang env/bin/tenang"]


def _linux(tmp_path: Path) -> Autostart:
    return Autostart("linux", {"XDG_CONFIG_HOME": str(tmp_path / "config")}, COMMAND)


def test_on_writes_the_xdg_file_and_off_removes_it(tmp_path: Path) -> None:
    autostart = _linux(tmp_path)
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.path() == path
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    assert autostart.is_enabled()
    text = path.read_text(encoding="utf-8")
    assert 'Exec="/opt/tenang env/bin/tenang"\n' in text
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert MARKER in text.splitlines()
    autostart.set_enabled(False)
    assert not path.exists()
    assert not autostart.is_enabled()


def test_off_removes_only_our_file(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "autostart"
    folder.mkdir(parents=True)
    other = folder / "org.example.Other.desktop"
    other.write_text("[Desktop Entry]\nName=Other\n", encoding="utf-8")
    autostart = _linux(tmp_path)
    autostart.set_enabled(True)
    autostart.set_enabled(False)
    assert sorted(p.name for p in folder.iterdir()) == ["org.example.Other.desktop"]
    assert other.read_text(encoding="utf-8") == "[Desktop Entry]\nName=Other\n"


def test_a_file_we_did_not_write_is_never_touched(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "autostart"
    folder.mkdir(parents=True)
    theirs = folder / f"{APP_ID}.desktop"
    theirs.write_text("[Desktop Entry]\nExec=my-wrapper\n", encoding="utf-8")
    autostart = _linux(tmp_path)
    assert not autostart.is_enabled()
    autostart.set_enabled(False)
    assert theirs.exists()
    with pytest.raises(AutostartError, match="a file Tenang did not write is in the way") as info:
        autostart.set_enabled(True)
    assert str(theirs) in str(info.value)
    assert theirs.read_text(encoding="utf-8") == "[Desktop Entry]\nExec=my-wrapper\n"


def test_unwritable_config_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(AutostartError) as info:
        _linux(tmp_path).set_enabled(True)
    assert str(blocker / "autostart") in str(info.value)


def test_relative_xdg_config_home_is_ignored(tmp_path: Path) -> None:
    autostart = Autostart("linux", {"XDG_CONFIG_HOME": "relative"}, COMMAND)
    path = autostart.path()
    assert path is not None and path.is_absolute()


def test_macos_launch_agent_plist(tmp_path: Path) -> None:
    autostart = Autostart("darwin", {}, COMMAND, home=tmp_path)
    autostart.set_enabled(True)
    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    data = plistlib.loads(path.read_bytes())
    assert data == {"Label": APP_ID, "ProgramArguments": COMMAND, "RunAtLoad": True}
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert not path.exists()


def test_unsupported_platform_says_so(tmp_path: Path) -> None:
    autostart = Autostart("plan9", {}, COMMAND)
    assert not autostart.supported
    with pytest.raises(AutostartError, match="not supported on plan9"):
        autostart.set_enabled(True)


@pytest.mark.parametrize(
    ("command", "value"),
    [
        (["C:\\Tenang\\tenang.exe"], "C:\\Tenang\\tenang.exe"),
        (
            ["C:\\Program Files\\Tenang\\pythonw.exe", "-m", "tenang"],
            '"C:\\Program Files\\Tenang\\pythonw.exe" -m tenang',
        ),
        (['C:\\odd "name"\\tenang.exe'], '"C:\\odd \\"name\\"\\tenang.exe"'),
    ],
)
def test_windows_run_value_is_one_quoted_command_line(command: list[str], value: str) -> None:
    """The registry value's text (the winreg calls themselves have never run on Windows)."""
    assert windows_run_value(command) == value


def test_macos_plist_keeps_arguments_apart() -> None:
    data = plistlib.loads(mac_plist(["/Applications/Tenang.app/Contents/MacOS/tenang", "--x y"]))
    assert data["ProgramArguments"] == ["/Applications/Tenang.app/Contents/MacOS/tenang", "--x y"]
    assert data["RunAtLoad"] is True and data["Label"] == APP_ID
