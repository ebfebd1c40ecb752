"""Insights: hand-made rows for each rule, and the journal's summary tables against brute force."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_fixtures import StepClock

from tenang.core.journal import EntryKind, Journal
from tenang.core.journal.insights import (
    MIN_PAIRS,
    DayMood,
    DaySeconds,
    RoutineChange,
    minutes_per_week,
    mood_trend,
    streak,
    tag_patterns,
    what_helps,
    year_in_pixels,
)
from tenang.core.runs import RunSummary

D = date(2026, 3, 10)  # a Tuesday


def test_mood_trend_has_one_point_per_day_and_gaps() -> None:
    rows = [
        DayMood(D, 9, 3),
        DayMood(D - timedelta(days=2), 2, 1),
        DayMood(D - timedelta(30), 5, 1),
    ]
    points = mood_trend(rows, D, 30)
    assert len(points) == 30
    assert points[-1].day == D and points[-1].mean == 3.0 and points[-1].count == 3
    assert points[-2].mean is None and points[-2].count == 0
    assert points[-3].mean == 2.0
    assert points[0].day == D - timedelta(days=29)  # the 30-day-old row is outside


def test_year_in_pixels_indexes_by_day_of_year() -> None:
    pixels = year_in_pixels(
        [DayMood(date(2024, 12, 31), 4, 1), DayMood(date(2023, 5, 1), 1, 1)], 2024
    )
    assert len(pixels.days) == 366
    assert pixels.days[-1] == 4.0
    assert pixels.days.count(None) == 365


def test_tag_patterns_compare_day_means() -> None:
    daily = [
        DayMood(D, 10, 2, ("walk",)),  # mean 5
        DayMood(D + timedelta(1), 3, 3, ("walk", "work")),  # mean 1
        DayMood(D + timedelta(2), 3, 1, ("work",)),  # mean 3
        DayMood(D + timedelta(3), 2, 1),  # mean 2
    ]
    patterns = {p.tag: p for p in tag_patterns(daily)}
    assert (patterns["walk"].days_with, patterns["walk"].mean_with) == (2, 3.0)
    assert (patterns["walk"].days_without, patterns["walk"].mean_without) == (2, 2.5)
    assert patterns["walk"].difference == 0.5
    assert patterns["work"].mean_with == 2.0
    assert patterns["work"].mean_without == 3.5


def test_tag_on_every_day_has_nothing_to_compare_with() -> None:
    (pattern,) = tag_patterns([DayMood(D, 4, 1, ("calm",))])
    assert pattern.mean_without is None and pattern.difference is None


def test_what_helps_needs_enough_pairs() -> None:
    rows = [
        RoutineChange("box", "Box", MIN_PAIRS, 3.0),
        RoutineChange("sigh", "Sigh", MIN_PAIRS + 1, 8.0),
        RoutineChange("scan", "Scan", MIN_PAIRS - 1, 4.0),
    ]
    helps = what_helps(rows)
    assert [(h.routine_id, h.mean_change) for h in helps] == [
        ("sigh", 2.0),
        ("box", 1.0),
        ("scan", None),
    ]
    assert not helps[-1].enough and helps[-1].pairs == 2


def test_minutes_per_week_are_monday_weeks_oldest_first() -> None:
    rows = [
        DaySeconds(D, 300),  # this week (Monday 9 March)
        DaySeconds(D - timedelta(days=1), 120),  # Monday, same week
        DaySeconds(D - timedelta(days=2), 60),  # Sunday, the week before
        DaySeconds(D - timedelta(weeks=20), 6000),  # too old to show
    ]
    weeks = minutes_per_week(rows, D, weeks=3)
    assert [w.week_start for w in weeks] == [date(2026, 2, 23), date(2026, 3, 2), date(2026, 3, 9)]
    assert [w.minutes for w in weeks] == [0.0, 1.0, 7.0]


@pytest.mark.parametrize(
    ("offsets", "current", "longest"),
    [
        ([], 0, 0),
        ([0], 1, 1),
        ([0, 1, 2], 3, 3),
        ([0, 2, 4], 3, 3),  # single missed days are forgiven
        ([0, 3], 1, 1),  # two missed days in a row break the streak
        ([2, 3, 4], 3, 3),  # last entry two days ago: yesterday forgiven, today not over
        ([3, 4, 5, 6], 0, 4),  # three days ago: broken
        ([0, 1, 5, 6, 7, 20], 2, 3),
    ],
)
def test_streak_forgives_one_missed_day(offsets: list[int], current: int, longest: int) -> None:
    days = [D - timedelta(days=o) for o in offsets]
    assert streak(days, D) == streak(reversed(days), D)
    result = streak(days, D)
    assert (result.current, result.longest) == (current, longest)


def test_streaks_are_off_unless_asked(tmp_path: Path, clock: StepClock) -> None:
    with Journal.open(tmp_path / "j.sqlite3", clock=clock) as journal:
        journal.add_entry(3)
        assert journal.insights().streak is None
        assert journal.insights(streaks=True).streak is not None


# -- the journal's summary tables agree with a brute-force computation ----------------------

operation = st.one_of(
    st.tuples(
        st.just("add"),
        st.integers(1, 5),
        st.integers(0, 20),  # day offset
        st.integers(-12 * 60, 14 * 60).map(lambda m: m - m % 15),  # UTC offset
        st.lists(st.sampled_from(["calm", "walk", "own"]), max_size=3),
        st.sampled_from(list(EntryKind)),
    ),
    st.tuples(
        st.just("edit"),
        st.integers(0, 50),
        st.integers(1, 5),
        st.lists(st.sampled_from(["calm", "work"]), max_size=2),
    ),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("run"), st.integers(0, 50), st.sampled_from(["box", "sigh"])),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, max_size=25))
def test_insights_match_brute_force(ops: list[tuple[object, ...]]) -> None:
    base = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    today = date(2026, 3, 21)
    with tempfile.TemporaryDirectory() as folder:
        clock = StepClock(base)
        journal = Journal.open(Path(folder) / "j.sqlite3", clock=clock)
        journal._conn.execute("PRAGMA synchronous = OFF")  # durability is tested elsewhere
        with journal:
            for op in ops:
                ids = [e.id for e in journal.list_entries(newest_first=False)]
                if op[0] == "add":
                    _, mood, day, offset, tags, kind = op
                    at = (base + timedelta(days=int(day))).astimezone(  # type: ignore[call-overload]
                        timezone(timedelta(minutes=int(offset)))  # type: ignore[call-overload]
                    )
                    journal.add_entry(mood, tags=tags, kind=kind, at=at)  # type: ignore[arg-type]
                elif op[0] == "edit" and ids:
                    _, index, mood, tags = op
                    journal.update_entry(ids[int(index) % len(ids)], mood=mood, tags=tags)  # type: ignore[call-overload]
                elif op[0] == "delete" and ids:
                    journal.delete_entry(ids[int(op[1]) % len(ids)])  # type: ignore[call-overload]
                elif op[0] == "run" and ids:
                    before = ids[int(op[1]) % len(ids)]  # type: ignore[call-overload]
                    started = base + timedelta(days=3)
                    journal.record_run(
                        RunSummary(
                            str(op[2]),
                            str(op[2]).title(),
                            started,
                            started + timedelta(minutes=4),
                            240,
                            200,
                            10,
                            True,
                        ),
                        before_entry_id=before,
                    )
                clock.advance(minutes=1)
            entries = journal.list_entries()
            runs = {run.id: run for run in journal.list_runs()}
            insights = journal.insights(today)

    by_day: dict[date, list[int]] = defaultdict(list)
    day_tags: dict[date, set[str]] = defaultdict(set)
    for entry in entries:
        by_day[entry.local_day].append(int(entry.mood))
        day_tags[entry.local_day].update(entry.tags)
    assert insights.entries == len(entries)
    assert insights.days == len(by_day)
    means = {day: sum(m) / len(m) for day, m in by_day.items()}
    for point in insights.trends[30]:
        assert (
            point.mean == pytest.approx(means.get(point.day))
            if point.day in means
            else (point.mean is None)
        )
    expected_tags = {}
    for tag in {t for tags in day_tags.values() for t in tags}:
        with_ = [means[d] for d in means if tag in day_tags[d]]
        expected_tags[tag] = (len(with_), sum(with_) / len(with_))
    assert {p.tag: (p.days_with, pytest.approx(p.mean_with)) for p in insights.tag_patterns} == (
        expected_tags
    )
    pairs: dict[str, list[float]] = defaultdict(list)
    for run_id, run in runs.items():
        before = [
            int(e.mood)
            for e in entries
            if e.run_id == run_id and e.kind is EntryKind.BEFORE_SESSION
        ]
        after = [
            int(e.mood) for e in entries if e.run_id == run_id and e.kind is EntryKind.AFTER_SESSION
        ]
        if before and after:
            pairs[run.routine_id].append(sum(after) / len(after) - sum(before) / len(before))
    assert {h.routine_id: h.pairs for h in insights.what_helps} == {
        k: len(v) for k, v in pairs.items()
    }
