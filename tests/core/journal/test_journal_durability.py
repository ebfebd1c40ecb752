"""Never lose an entry: two writing processes, and SIGKILL at random moments."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from kill_harness import kill_writers_at_random

from tenang.core.journal import Journal

WRITER = """
import sys
from pathlib import Path
from tenang.core.journal import Journal
path, count, name = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
print("ready", flush=True)
sys.stdin.readline()
with Journal.open(path) as journal:
    print("open", flush=True)
    sys.stdin.readline()
    for number in range(count):
        entry = journal.add_entry(1 + number % 5, tags=[name], note=f"{name} {number}")
        print(entry.id, flush=True)
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    """Both start on a journal that does not exist yet, so creation and migration race too."""
    path = tmp_path / "data" / "journal.sqlite3"
    count = 100
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(count), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    ids: set[str] = set()
    try:
        for stage in ("ready\n", "open\n"):  # release both together: to open, then to write
            for writer in writers:
                assert writer.stdout is not None
                line = writer.stdout.readline()
                if line != stage:
                    writer.kill()
                    pytest.fail(f"writer said {line!r}, stderr: {writer.communicate()[1]}")
            for writer in writers:
                assert writer.stdin is not None
                writer.stdin.write("go\n")
                writer.stdin.flush()
        for writer in writers:
            out, err = writer.communicate(timeout=60)
            assert writer.returncode == 0, err
            ids.update(out.split())
    finally:
        for writer in writers:  # never leave a child (or its pipes) behind
            if writer.poll() is None:
                writer.kill()
            writer.communicate()
    assert len(ids) == 2 * count
    with Journal.open(path, check="integrity_check") as journal:
        entries = journal.list_entries()
        assert {e.id for e in entries} == ids
        assert sorted(e.note for e in entries if "first" in e.tags) == sorted(
            f"first {n}" for n in range(count)
        )
        assert journal.insights().entries == 2 * count  # summary tables agree too


def _writer(path: Path, write_fd: int, seed: int) -> None:  # pragma: no cover - forked child
    rng = random.Random(seed)
    journal = Journal.open(path, defer_check=True)
    while True:
        entry = journal.add_entry(
            rng.randint(1, 5),
            tags=rng.sample(["calm", "work", "own"], 2),
            note="x" * rng.randint(0, 3000),
        )
        os.write(write_fd, entry.id.encode() + b"\n")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_sigkill_at_random_moments_loses_no_returned_entry(tmp_path: Path) -> None:
    """20 times: a forked child adds entries in a loop and prints each id once ``add_entry``
    returned; it is killed after a random number of ids, mid-write as often as not."""
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    confirmed: set[str] = set()
    rounds = kill_writers_at_random(path, _writer, rounds=20, most=25, seed=2026)
    for round_, returned in enumerate(rounds):
        confirmed |= returned
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = {row[0] for row in conn.execute("SELECT id FROM entries")}
        finally:
            conn.close()
        missing = confirmed - stored
        assert not missing, f"round {round_}: {len(missing)} confirmed entries lost"
    with Journal.open(path) as journal:
        assert journal.insights().entries == journal.count_entries()
