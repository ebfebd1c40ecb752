"""``tenang --self-check``: every check passes here, and a broken install fails with a line
that names what is missing (never a traceback)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenang import self_check
from tenang.cli import main as cli_main
from tenang.core.resources import assets_root

ROOT = Path(__file__).resolve().parents[2]


def run_checks(*checks: self_check.Check) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = self_check.run(checks or self_check.CHECKS, out)
    return code, out.getvalue().splitlines()


def test_every_check_passes_in_this_checkout() -> None:
    code, lines = run_checks()
    assert code == 0, lines
    names = [check.name for check in self_check.CHECKS]
    assert [line.split(":")[0] for line in lines[2:-1]] == [f"ok    {name}" for name in names]
    assert lines[-1] == f"self-check passed: {len(names)} checks"


def test_cli_option_runs_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--self-check"]) == 0
    assert "ok    routines: 11 bundled routines" in capsys.readouterr().out


def test_it_needs_no_display_and_creates_no_widget(tmp_path: Path) -> None:
    """Run where Qt could not open a window at all; QApplication is never made."""
    code = (
        "import sys; from tenang import self_check; rc = self_check.run(); "
        "from PySide6.QtWidgets import QApplication; "
        "assert QApplication.instance() is None; sys.exit(rc)"
    )
    env = {"PATH": "/usr/bin:/bin", "SDL_AUDIODRIVER": "dummy", "QT_QPA_PLATFORM": "xcb",
           "HOME": str(tmp_path)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_failing_check_is_one_clear_line_and_exit_1() -> None:
    def broken() -> str:
        raise self_check.CheckFailedError("the frobnicator is missing")

    def crashing() -> str:
        raise KeyError("x")

    code, lines = run_checks(
        self_check.Check("first", broken),
        self_check.Check("second", crashing),
        self_check.Check("third", lambda: "fine"),
    )
    assert code == 1
    assert lines[2:] == [
        "FAIL  first: the frobnicator is missing",
        "FAIL  second: KeyError: 'x'",
        "ok    third: fine",
        "self-check FAILED: first, second (2 of 3)",
    ]


@pytest.fixture
def copied_assets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the assets the self-check reads instead of the real ones."""
    copy = tmp_path / "assets"
    shutil.copytree(Path(str(assets_root())), copy)
    monkeypatch.setattr(self_check, "assets_root", lambda: copy)
    monkeypatch.setattr(self_check, "bundled_sessions_dir", lambda: copy / "sessions")
    return copy


def test_a_missing_icon_fails_the_icon_check(copied_assets: Path) -> None:
    (copied_assets / "icons" / "tenang-48.png").unlink()
    code, lines = run_checks(self_check.Check("icons", self_check.check_icons))
    assert code == 1
    assert lines[2] == f"FAIL  icons: missing file {copied_assets / 'icons' / 'tenang-48.png'}"


def test_a_wrong_sized_icon_fails_the_icon_check(copied_assets: Path) -> None:
    icons = copied_assets / "icons"
    shutil.copy(icons / "tenang-16.png", icons / "tenang-32.png")
    _, lines = run_checks(self_check.Check("icons", self_check.check_icons))
    assert lines[2] == "FAIL  icons: icons/tenang-32.png is 16x16, not 32x32"


def test_a_broken_routine_fails_the_routine_check(copied_assets: Path) -> None:
    (copied_assets / "sessions" / "box-breathing.toml").write_text("format = 1\nid = 'x'\n")
    code, lines = run_checks(self_check.Check("routines", self_check.check_routines))
    assert code == 1
    assert lines[2].startswith("FAIL  routines: ")
    assert "box-breathing.toml" in lines[2]


def test_no_routines_at_all_fails(copied_assets: Path) -> None:
    for routine in (copied_assets / "sessions").glob("*.toml"):
        routine.unlink()
    _, lines = run_checks(self_check.Check("routines", self_check.check_routines))
    assert lines[2] == f"FAIL  routines: no routines in {copied_assets / 'sessions'}"


def test_audio_problem_fails_the_audio_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-driver")
    code, lines = run_checks(self_check.Check("audio", self_check.check_audio))
    assert code == 1
    assert lines[2].startswith("FAIL  audio: audio is unavailable (")


def test_journal_check_falls_back_to_sqlite_without_the_journal_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "tenang.core.journal", None)
    code, lines = run_checks(self_check.Check("journal", self_check.check_journal))
    assert code == 0
    assert "the journal module is missing" in lines[2]


def test_a_damaged_png_is_named(copied_assets: Path) -> None:
    icon = copied_assets / "icons" / "tenang-64.png"
    data = bytearray(icon.read_bytes())
    data[60] ^= 0xFF  # a byte inside the first data chunk after IHDR
    icon.write_bytes(bytes(data))
    _, lines = run_checks(self_check.Check("icons", self_check.check_icons))
    assert lines[2].startswith("FAIL  icons: icons/tenang-64.png is damaged (bad CRC in its ")


def test_a_truncated_png_is_named() -> None:
    data = (ROOT / "assets" / "icons" / "tenang-16.png").read_bytes()
    assert self_check.png_size(data, "x.png") == (16, 16)
    with pytest.raises(self_check.CheckFailedError, match=r"^x\.png is cut short \(no IEND"):
        self_check.png_size(data[:-12], "x.png")
    with pytest.raises(self_check.CheckFailedError, match=r"^x\.png is not a PNG$"):
        self_check.png_size(b"GIF89a", "x.png")


def test_catalogue_problems_are_named() -> None:
    data = (ROOT / "src" / "tenang" / "translations" / "tenang_id.qm").read_bytes()
    assert self_check.qm_sections(data, "id.qm")[self_check.QM_MESSAGES] > 1000
    with pytest.raises(self_check.CheckFailedError, match=r"^id\.qm is cut short in section"):
        self_check.qm_sections(data[:-1], "id.qm")
    with pytest.raises(self_check.CheckFailedError, match="not a compiled Qt translation"):
        self_check.qm_sections(b"<TS version='2.1'/>", "id.qm")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_png_reader_only_ever_says_why(tail: bytes) -> None:
    try:
        width, height = self_check.png_size(self_check.PNG_SIGNATURE + tail, "f.png")
    except self_check.CheckFailedError as error:
        assert str(error).startswith("f.png ")
    else:
        assert width >= 0 and height >= 0


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_catalogue_reader_only_ever_says_why(tail: bytes) -> None:
    try:
        sections = self_check.qm_sections(self_check.QM_MAGIC + tail, "f.qm")
    except self_check.CheckFailedError as error:
        assert str(error).startswith("f.qm ")
    else:
        assert sum(sections.values()) <= len(tail)


def test_the_journal_check_covers_the_lock() -> None:
    code, lines = run_checks(self_check.Check("journal", self_check.check_journal))
    assert code == 0
    assert "takes a check-in while locked" in lines[2]


def test_a_lock_that_loses_a_locked_check_in_fails_the_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tenang.core.journal import Journal

    monkeypatch.setattr(Journal, "drain_inbox", lambda self, progress=None: 0)
    code, lines = run_checks(self_check.Check("journal", self_check.check_journal))
    assert code == 1
    assert lines[2] == (
        "FAIL  journal: a check-in saved while locked could not be read after unlock"
    )
