"""Helpers for the journal GUI tests (a module of its own: conftest names clash)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from tenang.core.engine import FakeClock
from tenang.core.journal import Entry, Journal
from tenang.core.journal.crypto import KdfParams
from tenang.ui.journal.controller import FileChooser, JournalController
from tenang.ui.main_window import MainWindow
from tenang.ui.timers import FakeSingleShot

SMALL_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1, checked=False)
"""Argon2id cheap enough for tests (the app's default takes 64 MiB and a noticeable moment)."""
PASSPHRASE = "correct horse battery"


@dataclass
class FakeFiles(FileChooser):
    """Answers file dialogs from a queue and remembers what was asked."""

    answers: list[Path | None] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    suggested: list[Path] = field(default_factory=list)

    def save(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        self.asked.append((title, filters))
        self.suggested.append(suggested)
        return self.answers.pop(0)

    def open(self, parent: QWidget, title: str, filters: str) -> Path | None:
        self.asked.append((title, filters))
        return self.answers.pop(0)


@dataclass
class JournalApp:
    window: MainWindow
    controller: JournalController
    files: FakeFiles
    clock: FakeClock = field(default_factory=FakeClock)
    timers: list[FakeSingleShot] = field(default_factory=list)

    @property
    def journal(self) -> Journal:
        assert self.controller.journal is not None
        return self.controller.journal

    @property
    def idle_timer(self) -> FakeSingleShot:
        """The lock's one idle timer."""
        (timer,) = self.timers
        return timer


def lock_journal_file(
    path: Path, passphrase: str = PASSPHRASE, *, notes: tuple[str, ...] = ()
) -> str:
    """A journal at ``path`` with the lock on (and locked), holding one entry per note;
    returns the recovery code."""
    with Journal.open(path) as journal:
        for note in notes:
            journal.add_entry(4, note=note, tags=["walk"])
        code = journal.prepare_lock(passphrase, params=SMALL_KDF)
        journal.complete_lock()
    return code


def local(days_ago: int, hour: int = 9, minute: int = 0) -> datetime:
    """A local, aware time ``days_ago`` days before today."""
    now = datetime.now().astimezone()
    moment = (now - timedelta(days=days_ago)).replace(
        hour=hour, minute=minute, second=0, microsecond=0
    )
    return moment.replace(tzinfo=None).astimezone()


def add(journal: Journal, mood: int, days_ago: int = 0, hour: int = 9, **values: Any) -> Entry:
    return journal.add_entry(mood, at=local(days_ago, hour), **values)
