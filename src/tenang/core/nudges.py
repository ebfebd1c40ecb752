"""The gentle nudge: when the journal shows a run of low days, offer help once, quietly.

The rule, kept small so people can predict it (docs and the settings page can quote it):

- Only days with entries count; a day's mood is the mean of its entries (as in insights).
- A day is *low* when its mood rounds to the lowest point of the scale: a mean of at most 1.5.
- The rule *holds* on a day with entries when at least 3 of the last 5 days with entries, that
  day included, are low.
- A *run* is a stretch of consecutive days-with-entries on which the rule holds. It is named by
  the day it began, so the same run keeps the same name however many days it lasts.
- The card is offered when the rule holds on the latest day with entries, that day is recent
  (at most 7 days ago: an old run is not news), the user has not turned the card off, and the
  card has not been shown for this run yet. The caller remembers the last run it showed
  (:attr:`LowMoodRun.start`) and passes it back; nothing here stores anything.

It is never a diagnosis: the card says something kind and offers Get help and a calming routine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final

from tenang.core.journal.insights import DayMood

LOW_DAY_MEAN: Final = 1.5
WINDOW_DAYS: Final = 5
LOW_DAYS_NEEDED: Final = 3
RECENT_DAYS: Final = 7


@dataclass(frozen=True)
class LowMoodRun:
    """A run of low days that is still going: what the card needs to know."""

    start: date
    """The day the rule first held in this run; it identifies the run."""
    latest: date
    """The latest day with entries (the rule holds on it)."""
    low_days: int
    """Low days among the last :data:`WINDOW_DAYS` days with entries."""


def is_low(row: DayMood, threshold: float = LOW_DAY_MEAN) -> bool:
    return row.entries > 0 and row.mood_sum / row.entries <= threshold


def _days(daily: Iterable[DayMood], today: date) -> list[DayMood]:
    """One row per day up to ``today``, oldest first; duplicate days are merged."""
    merged: dict[date, DayMood] = {}
    for row in daily:
        if row.entries <= 0 or row.day > today:
            continue
        old = merged.get(row.day)
        merged[row.day] = (
            row
            if old is None
            else DayMood(row.day, old.mood_sum + row.mood_sum, old.entries + row.entries)
        )
    return [merged[day] for day in sorted(merged)]


def low_mood_run(
    daily: Iterable[DayMood],
    today: date,
    *,
    window: int = WINDOW_DAYS,
    needed: int = LOW_DAYS_NEEDED,
    recent_days: int = RECENT_DAYS,
) -> LowMoodRun | None:
    """The low run going on as of ``today``, or ``None`` (see the module docstring)."""
    days = _days(daily, today)
    if not days or (today - days[-1].day).days > recent_days:
        return None
    low = [is_low(row) for row in days]
    holds = [sum(low[max(0, i - window + 1) : i + 1]) >= needed for i in range(len(days))]
    if not holds[-1]:
        return None
    first = len(days) - 1
    while first > 0 and holds[first - 1]:
        first -= 1
    return LowMoodRun(
        start=days[first].day,
        latest=days[-1].day,
        low_days=sum(low[-window:]),
    )


def card_to_show(
    daily: Iterable[DayMood],
    today: date,
    *,
    enabled: bool,
    last_shown: date | None,
) -> LowMoodRun | None:
    """The run to show the card for now, or ``None``.

    ``enabled`` is the user's setting; ``last_shown`` is the :attr:`LowMoodRun.start` of the
    run the card was last shown for (the caller stores it when it shows the card, so a
    dismissed card stays dismissed until a new run begins).
    """
    if not enabled:
        return None
    run = low_mood_run(daily, today)
    if run is None or run.start == last_shown:
        return None
    return run
