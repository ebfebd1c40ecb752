"""Hypothesis: random rules and instants around DST changes never lose, double or backdate."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from reminder_cases import BERLIN, JAKARTA, NEW_YORK, fire_all

from tenang.core.reminders import (
    DueKind,
    Fired,
    FixedRule,
    IntervalRule,
    OpenCheckIn,
    Pause,
    PauseLength,
    ReminderState,
    Rule,
    SkipToday,
    Snooze,
    apply,
    next_due,
)
from tenang.core.reminders.walltime import resolve_wall

# The 2026 transitions; Jakarta (no DST) gets the same dates as a control.
TRANSITIONS = [
    (BERLIN, datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
    (BERLIN, datetime(2026, 10, 25, 1, 0, tzinfo=UTC)),
    (NEW_YORK, datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),
    (NEW_YORK, datetime(2026, 11, 1, 6, 0, tzinfo=UTC)),
    (JAKARTA, datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
    (JAKARTA, datetime(2026, 11, 1, 6, 0, tzinfo=UTC)),
]


@st.composite
def instants(draw: st.DrawFn) -> datetime:
    """A local moment within two days of a transition, to the second."""
    tz, transition = draw(st.sampled_from(TRANSITIONS))
    offset = draw(st.integers(-2 * 86400, 2 * 86400))
    return (transition + timedelta(seconds=offset)).astimezone(tz)


# Night wall times are where DST bites; include them often.
walls = st.one_of(
    st.builds(time, st.integers(0, 3), st.sampled_from([0, 15, 30, 45, 59])),
    st.builds(time, st.integers(0, 23), st.integers(0, 59)),
)
fixed_rules = st.builds(
    FixedRule,
    st.just("fixed"),
    st.lists(walls, min_size=1, max_size=4, unique=True).map(tuple),
    st.just(OpenCheckIn()),
    st.frozensets(st.integers(0, 6), min_size=1),
)


@st.composite
def interval_rules(draw: st.DrawFn) -> IntervalRule:
    start = draw(st.integers(0, 22 * 60))
    end = draw(st.integers(start + 1, 24 * 60 - 1))
    return IntervalRule(
        "interval",
        draw(st.sampled_from([5, 15, 30, 45, 60, 90])),
        time(start // 60, start % 60),
        time(end // 60, end % 60),
        OpenCheckIn(),
        draw(st.frozensets(st.integers(0, 6), min_size=1)),
    )


@st.composite
def states(draw: st.DrawFn, now: datetime) -> ReminderState:
    """A state some way into a plausible history before ``now``."""
    state = ReminderState(
        handled_through=draw(
            st.none() | st.just(now - timedelta(minutes=draw(st.integers(0, 5000))))
        )
    )
    for _ in range(draw(st.integers(0, 2))):
        choice = draw(st.sampled_from(["skip", "pause", "snooze"]))
        if choice == "skip":
            state = apply(state, SkipToday(draw(st.sampled_from(["fixed", "interval"]))), now)
        elif choice == "pause":
            length = draw(st.sampled_from([PauseLength.HOUR, PauseLength.UNTIL_TOMORROW]))
            state = apply(state, Pause(length), now)
        else:
            due = next_due([FixedRule("fixed", (time(8),), OpenCheckIn())], ReminderState(), now)
            assert due is not None
            state = apply(state, Snooze(due, draw(st.sampled_from([5, 10, 30]))), now)
    return state


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


@settings(max_examples=80, deadline=None)
@given(st.data(), instants(), fixed_rules, interval_rules())
def test_next_due_is_never_in_the_past(
    data: st.DataObject, now: datetime, fixed: FixedRule, interval: IntervalRule
) -> None:
    state = data.draw(states(now))
    due = next_due([fixed, interval], state, now)
    assert due is not None  # each rule fires at least weekly and no pause is indefinite
    assert _utc(due.at) >= _utc(now)
    assert due.at.tzinfo is now.tzinfo
    if due.kind is DueKind.MISSED:
        assert due.at == now and _utc(due.scheduled) < _utc(now)


def _expected(rule: FixedRule, tz: ZoneInfo, start: datetime, end: datetime) -> set[datetime]:
    """Every instant the rule must fire at in (start, end), independently of the scheduler."""
    found: set[datetime] = set()
    day: date = start.date() - timedelta(days=1)
    while day <= end.date() + timedelta(days=1):
        if day.weekday() in rule.weekdays:
            for wall in rule.times:
                instant = resolve_wall(day, wall, tz)
                if _utc(start) < instant < _utc(end):
                    found.add(instant)
        day += timedelta(days=1)
    return found


@settings(max_examples=80, deadline=None)
@given(instants(), fixed_rules)
def test_firing_in_sequence_neither_skips_nor_doubles_a_fixed_time(
    start: datetime, rule: FixedRule
) -> None:
    end = start + timedelta(days=3)
    shown = fire_all([rule], start, end)
    scheduled = [_utc(d.scheduled) for d in shown]
    assert len(scheduled) == len(set(scheduled)), "a reminder fired twice"
    assert set(scheduled) == _expected(rule, start.tzinfo, start, end)  # type: ignore[arg-type]
    assert all(d.kind is DueKind.ON_TIME for d in shown)
    # Never twice on one local day for one wall time: at most len(times) per local date.
    per_day: dict[date, int] = {}
    for due in shown:
        per_day[due.at.date()] = per_day.get(due.at.date(), 0) + 1
    assert all(count <= len(rule.times) for count in per_day.values())


@settings(max_examples=50, deadline=None)
@given(instants(), fixed_rules, interval_rules())
def test_fire_sequence_is_strictly_increasing(
    start: datetime, fixed: FixedRule, interval: IntervalRule
) -> None:
    shown = fire_all([fixed, interval], start, start + timedelta(days=2))
    moments = [_utc(d.at) for d in shown]
    assert moments == sorted(set(moments))


@settings(max_examples=80, deadline=None)
@given(instants(), st.integers(1, 4 * 86400), fixed_rules, interval_rules())
def test_wake_fires_at_most_one_and_only_when_relevant(
    slept_at: datetime, seconds: int, fixed: FixedRule, interval: IntervalRule
) -> None:
    rules: list[Rule] = [fixed, interval]
    state = ReminderState(handled_through=slept_at)
    woke = (_utc(slept_at) + timedelta(seconds=seconds)).astimezone(slept_at.tzinfo)
    due = next_due(rules, state, woke)
    assert due is not None
    if due.at == woke:  # something fires on wake
        if due.rule_id == "interval":
            assert interval.within_hours(woke)
        else:
            assert _utc(woke) - _utc(due.scheduled) <= timedelta(hours=1)
        state = apply(state, Fired(due), woke)
        following = next_due(rules, state, woke)
        assert following is not None and _utc(following.at) > _utc(woke), "stacked on wake"


@settings(max_examples=200, deadline=None)
@given(instants(), walls)
def test_resolve_wall_reaches_the_wall_time_first(moment: datetime, wall: time) -> None:
    """The instant is the first at which the clock shows ``wall`` or later that day."""
    tz = moment.tzinfo
    assert isinstance(tz, ZoneInfo)
    naive = datetime.combine(moment.date(), wall)
    instant = resolve_wall(moment.date(), wall, tz)
    shown = instant.astimezone(tz).replace(tzinfo=None)
    just_before = (instant - timedelta(seconds=1)).astimezone(tz).replace(tzinfo=None)
    assert shown >= naive
    assert just_before < naive  # reached for the first time: not the second pass of a fold
    assert shown - naive <= timedelta(hours=1)  # only a gap moves it, to the gap's end
