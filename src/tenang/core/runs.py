"""What one run of a routine amounted to: shown at the end and kept in the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tenang.core.engine import Engine, State


@dataclass(frozen=True)
class RunSummary:
    """A finished or stopped run. Partial runs count: ``completed`` tells them apart.

    ``completed_seconds`` and ``cycles_completed`` leave out what the user skipped, so a
    skipped step never inflates the time breathed.
    """

    routine_id: str
    title: str
    started_at: datetime
    ended_at: datetime
    planned_seconds: float
    completed_seconds: float
    cycles_completed: int
    completed: bool


def summarize(
    engine: Engine, *, started_at: datetime, ended_at: datetime, language: str
) -> RunSummary:
    """Read the summary off an engine that has finished or been stopped."""
    session = engine.plan.session
    return RunSummary(
        routine_id=session.id,
        title=session.title.get(language),
        started_at=started_at,
        ended_at=ended_at,
        planned_seconds=engine.plan.total,
        completed_seconds=engine.breathed_seconds(),
        cycles_completed=engine.breaths_completed(),
        completed=engine.state is State.FINISHED,
    )
