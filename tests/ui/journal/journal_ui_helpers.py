"""Helpers for the journal GUI tests (a module of its own: conftest names clash)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from tenang.core.journal import Entry, Journal
from tenang.ui.journal.controller import FileChooser, JournalController
from tenang.ui.main_window import MainWindow


@dataclass
class FakeFiles(FileChooser):
    """Answers file dialogs from a queue and remembers what was asked."""

    answers: list[Path | None] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)

    def save(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        self.asked.append((title, filters))
        return self.answers.pop(0)

    def open(self, parent: QWidget, title: str, filters: str) -> Path | None:
        self.asked.append((title, filters))
        return self.answers.pop(0)


@dataclass
class JournalApp:
    window: MainWindow
    controller: JournalController
    files: FakeFiles

    @property
    def journal(self) -> Journal:
        assert self.controller.journal is not None
        return self.controller.journal


def local(days_ago: int, hour: int = 9, minute: int = 0) -> datetime:
    """A local, aware time ``days_ago`` days before today."""
    now = datetime.now().astimezone()
    moment = (now - timedelta(days=days_ago)).replace(
        hour=hour, minute=minute, second=0, microsecond=0
    )
    return moment.replace(tzinfo=None).astimezone()


def add(journal: Journal, mood: int, days_ago: int = 0, hour: int = 9, **values: Any) -> Entry:
    return journal.add_entry(mood, at=local(days_ago, hour), **values)
