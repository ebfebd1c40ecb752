"""The fault matrix rows that no other test covered (docs/reliability.md lists them all).

Each test provokes the fault for real where this machine allows it (another process holding
the journal's lock, a file-size limit in a child process, a real SIGTERM to a real ``run
--text``, a real symlink loop) and reads what the user would read.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tenang import cli
from tenang.core.engine import FakeClock, State
from tenang.core.journal import Journal
from tenang.core.model import BreatheStep, BreathPattern, MeditateStep, Prompt, Session, Text
from tenang.core.paths import resolve_paths
from tenang.core.plan import PlanEvent
from tenang.core.sessions.loader import MAX_FILE_BYTES
from tenang.ui.player import PlayerOptions, PlayerView
from tenang.ui.timers import FakeTimerFactory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SDL_AUDIODRIVER": "dummy"}

GOOD = """format = 1
id = "short-calm"
title = "Short calm"

[[steps]]
kind = "breathe"
inhale = 4
exhale = 6
cycles = 3
"""


# -- a user routines folder full of junk ------------------------------------------------------


def junk_folder(data: Path) -> Path:
    sessions = data / "sessions"
    sessions.mkdir(parents=True)
    (sessions / "good.toml").write_text(GOOD, encoding="utf-8")
    (sessions / "binary.toml").write_bytes(bytes(range(256)) * 8)
    with (sessions / "huge.toml").open("wb") as huge:  # sparse: costs no disk
        huge.truncate(MAX_FILE_BYTES * 50)
    (sessions / "loop.toml").symlink_to(sessions / "loop2.toml")
    (sessions / "loop2.toml").symlink_to(sessions / "loop.toml")
    (sessions / "x.toml").mkdir()
    return sessions


def test_junk_routines_folder_sessions_list_keeps_working(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = junk_folder(tmp_path)
    assert cli.main(["--data-dir", str(tmp_path), "sessions", "list"]) == 0
    out, err = capsys.readouterr()
    assert "short-calm" in out and "box-breathing" in out
    problems = err.splitlines()
    for name in ("binary.toml", "huge.toml", "loop.toml", "loop2.toml", "x.toml"):
        line = next(p for p in problems if p.startswith(str(sessions / name)))
        assert "Traceback" not in line
    assert any("not UTF-8" in p for p in problems if "binary.toml" in p)
    assert any("too large" in p or "MB" in p for p in problems if "huge.toml" in p)
    assert any("folder" in p for p in problems if "x.toml" in p)
    assert "Traceback" not in err


# The folder watch asks inotify to watch the two looping links too; Qt logs that it cannot.
# Harmless (nothing to watch there), but main_window.py could skip what does not stat.
@pytest.mark.qt_log_ignore("inotify_add_watch.*Too many levels of symbolic links")
def test_junk_routines_folder_the_app_lists_good_ones_and_the_problems(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tenang.app import build_main_window, prepare_application
    from tenang.audio import NullAudio

    junk_folder(tmp_path)
    window = build_main_window(prepare_application(), resolve_paths(tmp_path), audio=NullAudio())
    qtbot.addWidget(window)
    assert "short-calm" in window.visible_ids()
    assert "box-breathing" in window.visible_ids()
    problems = window.errors.problems()
    assert len(problems) == 5
    assert {p.split(":", 1)[0] for p in problems} == {
        "binary.toml",
        "huge.toml",
        "loop.toml",
        "loop2.toml",
        "x.toml",
    }
    if window.journal_controller is not None:
        window.journal_controller.close()


# -- the journal locked by another process ----------------------------------------------------

HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def test_journal_locked_by_another_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tenang.core.journal import store

    paths = resolve_paths(tmp_path)
    with Journal.open(paths.journal_file) as journal:
        journal.add_entry(3, note="earlier")
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 50)  # the real wait is seconds
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(paths.journal_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        code = cli.main(["--data-dir", str(tmp_path), "journal", "add", "--mood", "4"])
        err = capsys.readouterr().err
        assert code == 74
        assert "kept the journal busy" in err
        assert "Traceback" not in err
    finally:
        holder.communicate("", timeout=30)
    assert cli.main(["--data-dir", str(tmp_path), "journal", "add", "--mood", "4"]) == 0
    with Journal.open(paths.journal_file) as journal:
        assert journal.count_entries() == 2


# -- a full disk: RLIMIT_FSIZE in a child process ---------------------------------------------


def _small_file_limit() -> None:
    """In the child: writes past 4 KiB fail with EFBIG (SIGXFSZ ignored), as on a full disk.

    The journal's first write goes to its write-ahead log, whose header and first page
    already pass 4 KiB, so the child can read everything and write nothing.
    """
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_full_disk_in_a_child_process_keeps_the_journal(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    with Journal.open(paths.journal_file) as journal:
        journal.add_entry(3, note="earlier")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tenang",
            "--data-dir",
            str(tmp_path),
            "journal",
            "add",
            "--mood",
            "4",
            "--note",
            "x" * 2000,
        ],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_small_file_limit,  # the parent runs no threads here
        check=False,
    )
    assert done.returncode == 74, done.stderr
    assert "Traceback" not in done.stderr
    assert str(paths.journal_file) in done.stderr
    assert "disk" in done.stderr  # SQLite reports EFBIG as a disk I/O error
    with Journal.open(paths.journal_file) as journal:
        assert [entry.note for entry in journal.list_entries()] == ["earlier"]


# -- the clock jumping: a 10-minute stall -----------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.batches: list[list[int]] = []

    def on_events(self, events: list[PlanEvent], elapsed: float) -> None:
        self.batches.append([event.sequence for event in events])

    def on_pause(self) -> None: ...

    def on_resume(self, elapsed: float) -> None: ...

    def on_stop(self) -> None: ...

    def on_finish(self) -> None: ...


def fifteen_minutes() -> Session:
    return Session(
        id="stall",
        title=Text.plain("Stall"),
        steps=(
            BreatheStep(BreathPattern(4, 4, 4, 4), duration=300),
            MeditateStep(600, bell_every=60, prompts=(Prompt(200, Text.plain("Still here")),)),
        ),
    )


def _player(qtbot: QtBot) -> tuple[PlayerView, FakeClock, FakeTimerFactory, Recorder]:
    clock, timers, recorder = FakeClock(100.0), FakeTimerFactory(), Recorder()
    player = PlayerView(
        fifteen_minutes(),
        clock=clock,
        options=PlayerOptions(),
        listener=recorder,
        timer_factory=timers,
    )
    qtbot.addWidget(player)
    player.show()
    QApplication.processEvents()
    return player, clock, timers, recorder


def _shown(player: PlayerView) -> dict[str, Any]:
    return {name: getattr(player, name).text() for name in ("_phase", "_seconds", "_step")}


def test_a_ten_minute_stall_delivers_the_backlog_once_and_shows_now(qtbot: QtBot) -> None:
    """Suspend and resume: the monotonic clock jumps 10 minutes while no timer could fire."""
    stalled, clock, timers, recorder = _player(qtbot)
    clock.advance(5.0)
    timers.deadlines["driver"].fire()  # the first boundary, on time
    clock.advance(600.0)  # the laptop slept
    timers.deadlines["driver"].fire()
    QApplication.processEvents()
    plan = stalled.plan
    backlog = recorder.batches[-1]
    assert len(backlog) > 70  # every boundary of the stall, in one batch
    delivered = [seq for batch in recorder.batches for seq in batch]
    assert delivered == [e.sequence for e in plan.events if e.at <= 605.0]  # once, in order
    assert stalled.state is State.RUNNING

    # What the player shows equals a player that ran punctually to the same moment.
    punctual, clock2, timers2, _ = _player(qtbot)
    timers2.run_until(clock2, 100.0 + 605.0)
    QApplication.processEvents()
    assert _shown(stalled) == _shown(punctual)
    assert _shown(stalled)["_step"] == "Step 2 of 2"


# -- SIGTERM mid-session -----------------------------------------------------------------------


def test_sigterm_mid_run_records_the_run_as_stopped_early(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    sessions.mkdir(parents=True)
    (sessions / "short.toml").write_text(GOOD, encoding="utf-8")
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tenang",
            "--data-dir",
            str(tmp_path),
            "run",
            "--text",
            "short-calm",
            "--no-audio",
        ],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    lines = [child.stdout.readline(), child.stdout.readline()]  # the title, the first phase
    assert "Short calm" in lines[0] and "Breathe in" in lines[1]
    child.send_signal(signal.SIGTERM)
    out, err = child.communicate(timeout=30)
    assert child.returncode == cli.EXIT_INTERRUPTED, err
    assert "Traceback" not in err
    assert "stopped" in out.lower()
    with Journal.open(resolve_paths(tmp_path).journal_file) as journal:
        (run,) = journal.list_runs()
    assert run.routine_id == "short-calm"
    assert run.completed is False
    assert run.completed_seconds < run.planned_seconds


def test_sigterm_in_the_window_app_closes_it_and_keeps_the_running_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The handler ``run_gui`` installs: the window closes as the user would, which stops the
    player silently and records the partial run, and then the app is told to quit."""
    from tenang.app import build_main_window, prepare_application, quit_on_sigterm
    from tenang.audio import NullAudio

    window = build_main_window(prepare_application(), resolve_paths(tmp_path), audio=NullAudio())
    qtbot.addWidget(window)
    window.show()
    item = next(i for i in window.model.items() if i.session.id == "quick-calm")
    window.start_routine(item)
    assert window.player is not None
    qtbot.waitUntil(lambda: window.player.state is State.RUNNING, timeout=5000)
    quits: list[bool] = []
    uninstall = quit_on_sigterm(window, lambda: quits.append(True))
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(quits), timeout=5000)
    finally:
        uninstall()
    assert not window.isVisible()
    journal = window.journal_controller.journal
    (run,) = journal.list_runs()
    assert run.routine_id == "quick-calm"
    assert run.completed is False
    window.journal_controller.close()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # undone
