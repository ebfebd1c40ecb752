"""``tenang --install-desktop-entry`` / ``--uninstall-desktop-entry`` under a temporary
XDG_DATA_HOME: what lands where, Exec pointing at this Tenang, and removal of exactly that."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenang import APP_ID
from tenang.cli import main as cli_main
from tenang.desktop_entry import (
    ICON_SIZES,
    MARKER,
    current_command,
    data_home,
    exec_quote,
    install,
    planned_files,
    render_desktop_entry,
    uninstall,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder under ``folder``."""
    return {
        str(path.relative_to(folder)): (path.read_bytes() if path.is_file() else None)
        for path in folder.rglob("*")
    }


def desktop_keys(text: str) -> dict[str, str]:
    return dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#")
    )


def unquote_exec(value: str) -> list[str]:
    """The Desktop Entry spec's reading of an Exec value (string escapes, then quoting)."""
    value = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(
        m.group(1), m.group(1)), value)  # fmt: skip
    args: list[str] = []
    current, quoted, started, i = "", False, False, 0
    while i < len(value):
        char = value[i]
        if quoted and char == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
            current += value[i + 1]
            i += 2
            continue
        if char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            current += char
            started = True
        i += 1
    if started:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def test_the_packaged_entry_is_the_generated_one() -> None:
    """One source: packaging/linux/*.desktop is render_desktop_entry() with Exec=tenang."""
    packaged = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
    assert packaged.read_text(encoding="utf-8") == render_desktop_entry(["tenang"])


def test_install_writes_the_entry_and_every_icon(xdg: Path) -> None:
    outcome = install(command=["/opt/my apps/bin/tenang"])
    entry = xdg / "applications" / f"{APP_ID}.desktop"
    expected_icons = [xdg / f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES]
    assert outcome.written == [
        entry,
        *expected_icons,
        xdg / f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    ]
    text = entry.read_text(encoding="utf-8")
    assert text.splitlines()[0] == MARKER
    keys = desktop_keys(text)
    assert unquote_exec(keys["Exec"]) == ["/opt/my apps/bin/tenang"]
    assert keys["Icon"] == keys["StartupWMClass"] == APP_ID
    assert expected_icons[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not list(xdg.rglob(".*.partial"))


def test_exec_points_at_this_tenang_by_default(xdg: Path) -> None:
    install()
    keys = desktop_keys((xdg / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    command = unquote_exec(keys["Exec"])
    assert command == current_command()
    assert Path(command[0]).is_absolute() and Path(command[0]).exists()


def test_current_command_prefers_the_gui_script_beside_the_running_one(tmp_path: Path) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("tenang", "tenang-cli", "python"):
        (bin_dir / name).write_text("#!/bin/sh\n")
        (bin_dir / name).chmod(0o755)
    found = current_command(str(bin_dir / "tenang-cli"), str(tmp_path / "elsewhere/python"), False)
    assert found == [str(bin_dir / "tenang")]
    # Run as "python -m tenang" from an interpreter with no script beside it:
    bare = tmp_path / "bare" / "python"
    assert current_command("-m", str(bare), False) == [str(bare), "-m", "tenang"]
    # A frozen build is its own program:
    assert current_command("x", str(tmp_path / "Tenang"), True) == [str(tmp_path / "Tenang")]


def test_uninstall_removes_exactly_what_install_added(xdg: Path) -> None:
    mine = xdg / "applications" / "someone-else.desktop"
    theirs_icon = xdg / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    for path in (mine, theirs_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("not Tenang's")
    before = tree(xdg)
    install(command=["tenang"])
    install(command=["tenang"])  # twice: still the same files, overwritten
    outcome = uninstall()
    assert sorted(outcome.removed) == sorted(planned_files(xdg))
    after = tree(xdg)
    # Files are exactly as before; only the emptied <size>/apps folders of hicolor may differ.
    assert {k: v for k, v in after.items() if v is not None} == {
        k: v for k, v in before.items() if v is not None
    }
    assert (xdg / "icons" / "hicolor" / "48x48" / "apps").is_dir()
    assert not (xdg / "icons" / "hicolor" / "16x16").exists()


def test_uninstall_leaves_an_entry_it_did_not_write(xdg: Path) -> None:
    entry = xdg / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nName=My own Tenang launcher\n")
    outcome = uninstall()
    assert entry.exists()
    assert outcome.kept == [(entry, "not written by tenang --install-desktop-entry")]


def test_nothing_is_installed_unasked(
    xdg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Other commands never write the entry (there is no first-run hook)."""
    assert cli_main(["--data-dir", str(tmp_path / "d"), "sessions", "list"]) == 0
    assert not xdg.exists()


def test_cli_install_then_uninstall(xdg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--install-desktop-entry"]) == 0
    out = capsys.readouterr().out
    assert f"wrote {xdg / 'applications' / (APP_ID + '.desktop')}" in out
    assert (xdg / "applications" / f"{APP_ID}.desktop").is_file()
    assert cli_main(["--uninstall-desktop-entry"]) == 0
    out = capsys.readouterr().out
    assert out.count("removed ") == len(planned_files(xdg))
    assert cli_main(["--uninstall-desktop-entry"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_a_file_where_a_folder_should_be_is_a_clear_error(
    xdg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A write that fails (here for root too, unlike a read-only folder) is one clear line."""
    xdg.mkdir()
    (xdg / "icons").write_text("a file, not a folder")
    assert cli_main(["--install-desktop-entry"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"tenang: cannot write {xdg / 'icons' / 'hicolor'}")
    assert "1 file(s) were written, 'tenang --uninstall-desktop-entry' removes them" in err


def test_other_systems_are_told_where_to_look(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert cli_main(["--install-desktop-entry"]) == 2
    assert "desktop entries are for Linux and BSD desktops" in capsys.readouterr().err


def test_data_home_follows_xdg_rules(tmp_path: Path) -> None:
    assert data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    default = Path.home() / ".local" / "share"
    assert data_home({}) == default
    assert data_home({"XDG_DATA_HOME": ""}) == default
    assert data_home({"XDG_DATA_HOME": "relative/path"}) == default  # the spec says ignore it


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1),
        min_size=1,
        max_size=4,
    )
)
def test_exec_quoting_round_trips(arguments: list[str]) -> None:
    line = " ".join(exec_quote(argument) for argument in arguments)
    assert unquote_exec(line) == arguments


def test_exec_quoting_examples() -> None:
    assert exec_quote("/usr/bin/tenang") == "/usr/bin/tenang"
    assert exec_quote("/home/a b/tenang") == '"/home/a b/tenang"'
    assert exec_quote("100%") == "100%%"
    assert exec_quote('say "$x"') == '"say \\\\"\\\\$x\\\\""'
