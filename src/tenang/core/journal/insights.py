"""Insights as pure functions over small aggregate rows.

SQLite does the per-entry work (sums and counts by day, by tag, by run; see
``Journal.insight_rows``) and hands over at most one row per day, per tag or per routine.
Everything here is plain arithmetic on those rows, so it is tested directly with hand-made
rows and against a brute-force computation over whole entries.

Definitions (docs/journal.md repeats them for users):

- A day's mood is the mean of that day's entries (local day, the offset at the time).
- Tag patterns compare the mean *day* mood on days with the tag with days without it: a day
  with ten entries does not outweigh ten days with one.
- "What helps" averages ``after - before`` over runs that have both a before and an after
  entry, per routine, and says "not enough yet" below :data:`MIN_PAIRS` pairs.
- Streaks are off unless asked for; a single missed day never breaks one, two in a row do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

TREND_PERIODS: tuple[int, ...] = (30, 90, 365)
MIN_PAIRS = 3
WEEKS_SHOWN = 12


class DayMood(NamedTuple):
    """One local day: the sum and number of its moods, and the distinct tags used that day.

    Row types are named tuples: ~10,000 of them are built on every open of a big journal, and
    a frozen dataclass costs several times more to construct.
    """

    day: date
    mood_sum: int
    entries: int
    tags: tuple[str, ...] = ()

    @property
    def mean(self) -> float:
        return self.mood_sum / self.entries


class RoutineChange(NamedTuple):
    """Runs of one routine with a before and an after entry: count and summed change."""

    routine_id: str
    title: str
    pairs: int
    change_sum: float


class DaySeconds(NamedTuple):
    day: date
    seconds: float


@dataclass(frozen=True)
class InsightRows:
    daily: Sequence[DayMood]
    changes: Sequence[RoutineChange]
    breathing: Sequence[DaySeconds]


@dataclass(frozen=True)
class TrendPoint:
    day: date
    mean: float | None
    count: int


@dataclass(frozen=True)
class TagPattern:
    tag: str
    days_with: int
    mean_with: float
    days_without: int
    mean_without: float | None

    @property
    def difference(self) -> float | None:
        return None if self.mean_without is None else self.mean_with - self.mean_without


@dataclass(frozen=True)
class RoutineHelp:
    routine_id: str
    title: str
    pairs: int
    mean_change: float | None
    """None when there are fewer than the minimum pairs: too few to mean anything."""

    @property
    def enough(self) -> bool:
        return self.mean_change is not None


@dataclass(frozen=True)
class WeekMinutes:
    week_start: date  # a Monday
    minutes: float


@dataclass(frozen=True)
class Streak:
    current: int
    longest: int


@dataclass(frozen=True)
class YearPixels:
    year: int
    days: tuple[float | None, ...]
    """Mean mood per day, index 0 = 1 January; None for days without entries."""


@dataclass(frozen=True)
class Insights:
    today: date
    entries: int
    days: int
    trends: dict[int, tuple[TrendPoint, ...]]
    year: YearPixels
    tag_patterns: tuple[TagPattern, ...]
    what_helps: tuple[RoutineHelp, ...]
    minutes_per_week: tuple[WeekMinutes, ...]
    streak: Streak | None


EntryFacts = tuple[str, int, Sequence[str], str, str | None]
"""What insights need of one entry: (local day ISO text, mood, tags, kind, run id)."""


@dataclass(frozen=True)
class Tally:
    """Per-day and per-run sums of whole entries: what the summary tables hold.

    ``days``: local day (ISO text) -> (mood sum, entries, sorted distinct tags);
    ``runs``: run id -> (before sum, before count, after sum, after count).
    With the lock on this is computed in memory and kept sealed as one snapshot.
    """

    days: Mapping[str, tuple[int, int, tuple[str, ...]]]
    runs: Mapping[str, tuple[int, int, int, int]]


def tally_entries(facts: Iterable[EntryFacts]) -> Tally:
    sums: dict[str, list[int]] = {}
    day_tags: dict[str, set[str]] = {}
    runs: dict[str, list[int]] = {}
    for day, mood, tags, kind, run_id in facts:
        total = sums.get(day)
        if total is None:
            sums[day] = [mood, 1]
            day_tags[day] = set(tags)
        else:
            total[0] += mood
            total[1] += 1
            day_tags[day].update(tags)
        if run_id is not None and kind != "check_in":
            pair = runs.setdefault(run_id, [0, 0, 0, 0])
            slot = 0 if kind == "before_session" else 2
            pair[slot] += mood
            pair[slot + 1] += 1
    return Tally(
        days={
            day: (total, count, tuple(sorted(day_tags[day])))
            for day, (total, count) in sums.items()
        },
        runs={run_id: (a, b, c, d) for run_id, (a, b, c, d) in runs.items()},
    )


def aggregate_tally(
    tally: Tally, routines: Mapping[str, str], titles: Mapping[str, str]
) -> tuple[tuple[DayMood, ...], tuple[RoutineChange, ...]]:
    """The rows the summary tables would give (a test compares the two).

    ``routines`` maps run ids to routine ids (runs that no longer exist are left out, as the
    tables do); ``titles`` maps routine ids to the newest run's title.
    """
    daily = tuple(
        DayMood(date.fromisoformat(day), total, count, tags)
        for day, (total, count, tags) in sorted(tally.days.items())
    )
    changes: dict[str, list[float]] = {}
    for run_id, (before, before_n, after, after_n) in tally.runs.items():
        if before_n and after_n and run_id in routines:
            row = changes.setdefault(routines[run_id], [0, 0.0])
            row[0] += 1
            row[1] += after / after_n - before / before_n
    return daily, tuple(
        RoutineChange(routine, titles[routine], int(pairs), change)
        for routine, (pairs, change) in sorted(changes.items())
    )


def mood_trend(daily: Iterable[DayMood], today: date, days: int) -> tuple[TrendPoint, ...]:
    """One point per day for the ``days`` days ending ``today``; empty days have no mean."""
    first = today - timedelta(days=days - 1)
    by_day = {row.day: row for row in daily if first <= row.day <= today}
    points = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        row = by_day.get(day)
        points.append(TrendPoint(day, row.mean if row else None, row.entries if row else 0))
    return tuple(points)


def year_in_pixels(daily: Iterable[DayMood], year: int) -> YearPixels:
    start = date(year, 1, 1)
    length = (date(year + 1, 1, 1) - start).days
    cells: list[float | None] = [None] * length
    for row in daily:
        if row.day.year == year:
            cells[(row.day - start).days] = row.mean
    return YearPixels(year, tuple(cells))


def tag_patterns(daily: Sequence[DayMood]) -> tuple[TagPattern, ...]:
    """Mean day mood with and without each tag; most-used tags first."""
    all_days = len(daily)
    all_sum = 0.0
    days: dict[str, int] = {}
    sums: dict[str, float] = {}
    for row in daily:
        mean = row.mood_sum / row.entries
        all_sum += mean
        for tag in row.tags:
            days[tag] = days.get(tag, 0) + 1
            sums[tag] = sums.get(tag, 0.0) + mean
    patterns = []
    for tag, count in days.items():
        without = all_days - count
        patterns.append(
            TagPattern(
                tag=tag,
                days_with=count,
                mean_with=sums[tag] / count,
                days_without=without,
                mean_without=(all_sum - sums[tag]) / without if without else None,
            )
        )
    return tuple(sorted(patterns, key=lambda p: (-p.days_with, p.tag)))


def what_helps(
    changes: Iterable[RoutineChange], minimum: int = MIN_PAIRS
) -> tuple[RoutineHelp, ...]:
    """Average before→after change per routine; routines with too few pairs say so."""
    helps = [
        RoutineHelp(
            routine_id=row.routine_id,
            title=row.title,
            pairs=row.pairs,
            mean_change=row.change_sum / row.pairs if row.pairs >= minimum else None,
        )
        for row in changes
    ]
    return tuple(
        sorted(
            helps,
            key=lambda h: (not h.enough, -(h.mean_change or 0.0), -h.pairs, h.routine_id),
        )
    )


def minutes_per_week(
    breathing: Iterable[DaySeconds], today: date, weeks: int = WEEKS_SHOWN
) -> tuple[WeekMinutes, ...]:
    """Minutes of practice (stopped runs included) per Monday-based week, oldest first."""
    this_monday = today - timedelta(days=today.weekday())
    first = this_monday - timedelta(weeks=weeks - 1)
    totals = [0.0] * weeks
    for row in breathing:
        if first <= row.day <= today:
            totals[(row.day - first).days // 7] += row.seconds / 60
    return tuple(
        WeekMinutes(first + timedelta(weeks=index), minutes) for index, minutes in enumerate(totals)
    )


def streak(days: Iterable[date], today: date) -> Streak:
    """Days with an entry, chained while no two days in a row are missed.

    The current streak is alive while the last entry is at most two days old: today is not
    over yet, and one missed day (yesterday) is forgiven.
    """
    ordered = sorted(set(day for day in days if day <= today))
    longest = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and (day - previous).days <= 2 else 1
        longest = max(longest, run)
        previous = day
    alive = previous is not None and (today - previous).days <= 2
    return Streak(current=run if alive else 0, longest=longest)


def summarize(rows: InsightRows, today: date, *, streaks: bool = False) -> Insights:
    daily = sorted(rows.daily, key=lambda row: row.day)
    return Insights(
        today=today,
        entries=sum(row.entries for row in daily),
        days=len(daily),
        trends={days: mood_trend(daily, today, days) for days in TREND_PERIODS},
        year=year_in_pixels(daily, today.year),
        tag_patterns=tag_patterns(daily),
        what_helps=what_helps(rows.changes),
        minutes_per_week=minutes_per_week(rows.breathing, today),
        streak=streak((row.day for row in daily), today) if streaks else None,
    )
