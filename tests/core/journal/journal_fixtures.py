"""Helpers shared by the journal tests (importable by name; fixtures live in conftest.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tenang.core.journal import Journal
from tenang.core.journal.crypto import KdfParams
from tenang.core.runs import RunSummary

WIB = timezone(timedelta(hours=7))
"""Western Indonesia Time, UTC+7: the offset most of our tests write entries in."""

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1, checked=False)
"""Argon2id small enough for tests (the lock's own defaults take ~0.3 s per derivation)."""


class StepClock:
    """Returns a fixed aware time; tests move it with ``advance``. No wall clock anywhere."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def all_bytes(path: Path) -> bytes:
    """The journal file and its -wal/-shm as bytes: what a byte-grep for clear text reads."""
    files = [path, *path.parent.glob(path.name + "-*")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def run_summary(clock: StepClock) -> RunSummary:
    """A finished four-minute box-breathing run that ended now."""
    now = clock()
    return RunSummary(
        routine_id="box-breathing",
        title="Box breathing",
        started_at=now - timedelta(minutes=4),
        ended_at=now,
        planned_seconds=240.0,
        completed_seconds=240.0,
        cycles_completed=15,
        completed=True,
    )


def spy_decryption(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record each time the journal decrypts entries for insights: the ``where`` clause of
    a partial decryption (a day, a run), or ``"every entry"``."""
    calls: list[object] = []
    real = Journal._decrypted_facts

    def spying(self: Journal, *args: object) -> object:
        calls.append(args[2] if len(args) > 2 else "every entry")
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "_decrypted_facts", spying)
    return calls
