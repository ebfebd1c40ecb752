"""The command line, end to end through ``main``: exit codes and the exact messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tenang import __version__, cli
from tenang.core.engine import FakeClock

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = sorted((ROOT / "assets" / "sessions").glob("*.toml"))

GOOD = """format = 1
id = "my-calm"
title = { en = "My calm", id = "Tenangku" }
[[steps]]
kind = "breathe"
inhale = 4
exhale = 6
cycles = 2
"""


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    clock = FakeClock(100.0)
    monkeypatch.setattr(cli, "clock_factory", lambda: clock)
    monkeypatch.setattr(cli, "sleep", clock.advance)
    return clock


def test_validate_bundled_routines_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["sessions", "validate", *map(str, BUNDLED)]) == 0
    assert capsys.readouterr().out == ""


def test_validate_reports_located_keyed_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("inhale = 4", "inhale = 0.1\ninhal = 4"), encoding="utf-8")
    assert cli.main(["sessions", "validate", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{bad}:6:1: steps[0].inhale: must be at least 1 second (got 0.1)" in out
    assert any(line.startswith(f"{bad}:7:1: steps[0].inhal: unknown key") for line in out)


def test_validate_finds_duplicate_ids_across_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(GOOD, encoding="utf-8")
    assert cli.main(["sessions", "validate", str(first), str(second)]) == 1
    assert capsys.readouterr().out.strip() == (
        f"{second}:2:1: id: duplicate id 'my-calm', also used by {first}"
    )


def test_validate_never_tracebacks_on_a_folder_or_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["sessions", "validate", str(tmp_path), str(tmp_path / "gone.toml")]) == 1
    out = capsys.readouterr().out
    assert "Traceback" not in out
    assert f"{tmp_path}: is a folder" in out
    assert f"{tmp_path / 'gone.toml'}: cannot read the file" in out


def test_list_json_shows_bundled_and_user_routines_and_reports_broken_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    (sessions / "mine.toml").write_text(GOOD, encoding="utf-8")
    (sessions / "broken.toml").write_text("format = 1\nid = [", encoding="utf-8")
    assert cli.main(["--data-dir", str(tmp_path), "sessions", "list", "--json"]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    by_id = {row["id"]: row for row in rows}
    assert by_id["my-calm"] == {
        "id": "my-calm",
        "title": "My calm",
        "seconds": 20.0,
        "origin": "user",
        "file": str(sessions / "mine.toml"),
    }
    assert by_id["quick-calm"]["origin"] == "bundled"
    assert len(rows) == len(BUNDLED) + 1
    assert str(sessions / "broken.toml") in captured.err


def test_data_dir_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sessions").mkdir()
    (tmp_path / "sessions" / "mine.toml").write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("TENANG_DATA_DIR", str(tmp_path))
    assert cli.main(["sessions", "list"]) == 0
    assert "my-calm" in capsys.readouterr().out


def test_schema_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["sessions", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].startswith("http://json-schema.org/draft-04/")


def test_run_text_by_id_on_a_fake_clock(
    fake_time: FakeClock, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert cli.main(["run", "quick-calm", "--text", "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert "Tarik napas" in out
    # 60 s of breathing, then the end bell (bell-soft, 2.5 s) rings out before the exit.
    assert fake_time.now() == pytest.approx(100.0 + 60.0 + 2.5)


def test_run_text_by_path(
    fake_time: FakeClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = tmp_path / "mine.toml"
    routine.write_text(GOOD, encoding="utf-8")
    assert cli.main(["run", str(routine), "--text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["0.000", "My", "calm"]
    assert lines[-1] == "Finished My calm: 20 s breathed, 2 breaths."


def test_run_unknown_routine_lists_the_known_ones(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert cli.main(["run", "no-such-thing", "--text"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("no-such-thing: no such routine; known: body-scan, box-breathing")


def test_run_a_broken_file_reports_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routine = tmp_path / "mine.toml"
    routine.write_text(GOOD.replace("cycles = 2", ""), encoding="utf-8")
    assert cli.main(["run", str(routine), "--text"]) == 1
    assert f"{routine}:4:1: steps[0]: needs either duration or cycles" in capsys.readouterr().err


def test_unexpected_errors_are_a_message_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*_: object, **__: object) -> int:
        raise ValueError("boom")

    monkeypatch.setattr(cli, "list_sessions", explode)
    assert cli.main(["sessions", "list"]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "unexpected error: ValueError: boom" in err
    assert "Traceback" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"tenang {__version__}"


def test_run_text_keeps_the_run_in_the_journal(
    fake_time: FakeClock, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    from tenang.core.journal import Journal

    assert cli.main(["run", "quick-calm", "--text"]) == 0
    journal = Journal.open(data_dir / "journal.sqlite3")
    (run,) = journal.list_runs()
    assert run.routine_id == "quick-calm"
    assert run.completed


def test_run_text_no_journal_keeps_nothing(
    fake_time: FakeClock, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert cli.main(["run", "quick-calm", "--text", "--no-journal"]) == 0
    assert not (data_dir / "journal.sqlite3").exists()


def test_journal_commands_are_wired(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert cli.main(["journal", "add", "--mood", "4", "--note", "after lunch"]) == 0
    capsys.readouterr()
    assert cli.main(["journal", "list", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["mood"] == 4
    assert entry["note"] == "after lunch"


def test_audio_list_shows_every_bundled_sound(capsys: pytest.CaptureFixture[str]) -> None:
    from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES

    assert cli.main(["audio", "list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert names == [*CUE_NAMES, *AMBIENT_NAMES]


def test_audio_play_unknown_sound_says_what_exists(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["audio", "play", "gong"]) == 2
    assert "unknown sound 'gong'; use one of bell-bowl" in capsys.readouterr().err


def test_run_with_an_unknown_ambient_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["run", "quick-calm", "--text", "--ambient", "waterfall"])
    assert exit_info.value.code == 2
    assert "unknown ambient sound 'waterfall'" in capsys.readouterr().err


def test_run_with_ambient_and_pacing_tone_on_a_fake_clock(
    fake_time: FakeClock, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code = cli.main(["run", "quick-calm", "--text", "--ambient", "rain", "--pacing-tone"])
    assert code == 0
    assert "Finished Quick calm" in capsys.readouterr().out


def test_run_without_a_working_sound_device_says_so_once_and_finishes(tmp_path: Path) -> None:
    """A real process whose mixer cannot start: one line on stderr, exit 0, no traceback."""
    import os
    import subprocess
    import sys

    routine = tmp_path / "tiny.toml"
    routine.write_text(
        'format = 1\nid = "tiny"\ntitle = "Tiny"\nstart_bell = false\nend_bell = false\n'
        '[[steps]]\nkind = "breathe"\ninhale = 1\nexhale = 1\ncycles = 1\n',
        encoding="utf-8",
    )
    env = {**os.environ, "SDL_AUDIODRIVER": "no-such-driver", "TENANG_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "tenang", "run", str(routine), "--text"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("tenang: audio is unavailable (")
    assert lines[0].endswith("); continuing without sound")
    assert "Finished Tiny" in done.stdout
