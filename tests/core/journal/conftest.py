"""Journal fixtures: a fixed, advanceable clock in Jakarta time and a fresh journal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from journal_fixtures import WIB, StepClock

from tenang.core.journal import Journal


@pytest.fixture
def clock() -> StepClock:
    return StepClock(datetime(2026, 3, 10, 8, 30, tzinfo=WIB))


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "journal.sqlite3"


@pytest.fixture
def journal(journal_path: Path, clock: StepClock) -> Iterator[Journal]:
    with Journal.open(journal_path, clock=clock) as opened:
        yield opened
