"""next_due and apply: snooze, skip, pause, wake from sleep, ties, first runs, bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest
from reminder_cases import BERLIN, JAKARTA, at, fire_all, fixed, interval, utc

from tenang.core.reminders import (
    CatchUp,
    DueKind,
    Fired,
    FixedRule,
    IntervalRule,
    OpenCheckIn,
    Pause,
    PauseLength,
    ReminderState,
    Resume,
    SkipToday,
    Snooze,
    SuggestRoutine,
    Withheld,
    apply,
    next_due,
)
from tenang.core.reminders.state import is_paused

WORK = interval("work", 60, "09:00", "17:00", days=range(5))  # Mon-Fri
EVENING = fixed("evening", "21:30")
RULES = [WORK, EVENING]
MONDAY_0830 = at(JAKARTA, 2026, 11, 23, 8, 30)


def state_at(now: datetime) -> ReminderState:
    return ReminderState(handled_through=now)


def test_interval_slots_anchor_to_start_and_end_is_exclusive() -> None:
    shown = fire_all([WORK], MONDAY_0830, at(JAKARTA, 2026, 11, 23, 23))
    assert [d.at.strftime("%H:%M") for d in shown] == [f"{h:02}:00" for h in range(9, 17)]
    assert all(d.kind is DueKind.ON_TIME and d.at == d.scheduled for d in shown)


def test_interval_respects_weekdays() -> None:
    saturday = at(JAKARTA, 2026, 11, 28, 8)
    due = next_due([WORK], state_at(saturday), saturday)
    assert due is not None
    assert due.at == at(JAKARTA, 2026, 11, 30, 9)  # Monday


def test_action_is_carried() -> None:
    due = next_due(RULES, state_at(MONDAY_0830), MONDAY_0830)
    assert due is not None and due.action == SuggestRoutine("box-breathing")
    late = at(JAKARTA, 2026, 11, 23, 18)
    due = next_due(RULES, state_at(late), late)
    assert due is not None and due.action == OpenCheckIn() and due.rule_id == "evening"


def test_first_run_fires_nothing_from_the_past_but_now_counts() -> None:
    assert next_due([fixed("m", "08:00")], ReminderState(), at(JAKARTA, 2026, 1, 1, 8, 1)) == (
        next_due([fixed("m", "08:00")], ReminderState(), at(JAKARTA, 2026, 1, 1, 9))
    )
    on_time = next_due([fixed("m", "08:00")], ReminderState(), at(JAKARTA, 2026, 1, 1, 8))
    assert on_time is not None and on_time.at == at(JAKARTA, 2026, 1, 1, 8)


def test_disabled_rules_and_no_rules() -> None:
    assert next_due([], ReminderState(), MONDAY_0830) is None
    assert next_due([replace(EVENING, enabled=False)], ReminderState(), MONDAY_0830) is None


def test_tie_is_one_reminder_fixed_wins() -> None:
    rules = [WORK, fixed("ten", "10:00")]
    shown = fire_all(rules, at(JAKARTA, 2026, 11, 23, 9, 30), at(JAKARTA, 2026, 11, 23, 11, 30))
    assert [(d.rule_id, d.at.strftime("%H:%M")) for d in shown] == [
        ("ten", "10:00"),
        ("work", "11:00"),
    ]


# -- snooze -------------------------------------------------------------------------------


@pytest.mark.parametrize("minutes", [5, 10, 30])
def test_snooze_brings_it_back_and_swallows_what_falls_inside(minutes: int) -> None:
    rules = [interval("often", 10, "09:00", "17:00")]
    now = at(JAKARTA, 2026, 11, 23, 9)
    due = next_due(rules, state_at(now - timedelta(minutes=1)), now)
    assert due is not None and due.at == now
    state = apply(state_at(now), Snooze(due, minutes), now)
    again = next_due(rules, state, now)
    assert again is not None
    assert again.kind is DueKind.SNOOZED and again.at == now + timedelta(minutes=minutes)
    state = apply(state, Fired(again), again.at)
    after = next_due(rules, state, again.at)
    assert after is not None and after.kind is DueKind.ON_TIME
    # The 10-minute slots inside the snooze were not stacked up behind it.
    assert after.at == at(JAKARTA, 2026, 11, 23, 9, (minutes // 10 + 1) * 10)


def test_snooze_length_is_checked() -> None:
    due = next_due(RULES, ReminderState(), MONDAY_0830)
    assert due is not None
    with pytest.raises(ValueError, match=r"snooze must be one of \(5, 10, 30\) minutes"):
        Snooze(due, 7)


def test_snooze_of_a_deleted_rule_is_dropped() -> None:
    now = at(JAKARTA, 2026, 11, 23, 21, 30)
    due = next_due([EVENING], state_at(now - timedelta(seconds=1)), now)
    assert due is not None and due.at == now
    state = apply(state_at(now), Snooze(due, 5), now)
    assert state.snoozed is not None
    after = next_due([WORK], state, now)  # "evening" was deleted while snoozed
    assert after is not None and after.rule_id == "work"
    assert after.at == at(JAKARTA, 2026, 11, 24, 9)


# -- skip today ---------------------------------------------------------------------------


def test_skip_today_skips_one_rule_for_the_rest_of_the_day() -> None:
    now = at(JAKARTA, 2026, 11, 23, 12, 5)
    state = apply(state_at(now), SkipToday("work"), now)
    due = next_due(RULES, state, now)
    assert due is not None and due.rule_id == "evening"
    state = apply(state, Fired(due), due.at)
    due = next_due(RULES, state, due.at)
    assert due is not None and due.at == at(JAKARTA, 2026, 11, 24, 9)  # tomorrow as usual


def test_skip_today_cancels_that_rules_snooze_and_expires() -> None:
    now = at(JAKARTA, 2026, 11, 23, 10)
    due = next_due([WORK], state_at(now - timedelta(seconds=1)), now)
    assert due is not None
    state = apply(state_at(now), Snooze(due, 10), now)
    state = apply(state, SkipToday("work"), now)
    assert state.snoozed is None
    tomorrow = at(JAKARTA, 2026, 11, 24, 7)
    assert apply(state, CatchUp(), tomorrow).skipped == {}


# -- pause --------------------------------------------------------------------------------


def test_pause_one_hour() -> None:
    now = at(JAKARTA, 2026, 11, 23, 9, 30)
    state = apply(state_at(now), Pause(PauseLength.HOUR), now)
    due = next_due(RULES, state, now)
    assert due is not None and due.at == at(JAKARTA, 2026, 11, 23, 11)  # 10:00 fell inside
    # Even after sleeping through the pause, what fell inside it is not "missed".
    woke = at(JAKARTA, 2026, 11, 23, 10, 45)
    assert next_due(RULES, state, woke) == due


def test_ended_pause_is_pruned_without_changing_what_is_due() -> None:
    start = at(JAKARTA, 2026, 11, 23, 9, 30)
    paused = apply(state_at(start), Pause(PauseLength.HOUR), start)  # until 10:30
    rules = [interval("half", 30, "09:00", "17:00")]
    assert is_paused(paused, start) and not is_paused(paused, at(JAKARTA, 2026, 11, 23, 10, 30))
    later = at(JAKARTA, 2026, 11, 23, 10, 40)
    pruned = apply(paused, SkipToday("other-rule"), start + timedelta(hours=1))
    assert pruned.paused is None
    assert next_due(rules, pruned, later) == next_due(rules, paused, later)
    due = next_due(rules, pruned, later)
    assert due is not None and due.scheduled == at(JAKARTA, 2026, 11, 23, 10, 30)


def test_pause_one_hour_is_sixty_real_minutes_across_fall_back() -> None:
    now = at(BERLIN, 2026, 10, 25, 2, 30)  # the first 02:30 (CEST)
    state = apply(ReminderState(), Pause(PauseLength.HOUR), now)
    assert state.paused is not None and state.paused.until is not None
    assert state.paused.until - utc(now) == timedelta(hours=1)


def test_pause_until_tomorrow() -> None:
    now = at(JAKARTA, 2026, 11, 23, 9, 30)
    state = apply(state_at(now), Pause(PauseLength.UNTIL_TOMORROW), now)
    due = next_due(RULES, state, now)
    assert due is not None and due.at == at(JAKARTA, 2026, 11, 24, 9)


def test_pause_until_resumed_then_resume_does_not_replay() -> None:
    now = at(JAKARTA, 2026, 11, 23, 9, 30)
    state = apply(state_at(now), Pause(PauseLength.UNTIL_RESUMED), now)
    assert next_due(RULES, state, now) is None
    assert next_due(RULES, state, now + timedelta(days=30)) is None
    later = at(JAKARTA, 2026, 11, 23, 14, 20)
    state = apply(state, Resume(), later)
    due = next_due(RULES, state, later)
    assert due is not None and due.at == at(JAKARTA, 2026, 11, 23, 15)


# -- wake from sleep ----------------------------------------------------------------------


def test_wake_fires_one_missed_reminder_within_active_hours() -> None:
    asleep = at(JAKARTA, 2026, 11, 23, 9, 30)
    state = state_at(asleep)
    woke = at(JAKARTA, 2026, 11, 23, 13, 20)  # 10:00, 11:00, 12:00 and 13:00 were missed
    due = next_due(RULES, state, woke)
    assert due is not None
    assert due.kind is DueKind.MISSED and due.at == woke
    assert due.scheduled == at(JAKARTA, 2026, 11, 23, 13)  # the latest stands for them all
    state = apply(state, Fired(due), woke)
    after = next_due(RULES, state, woke)
    assert after is not None and after.at == at(JAKARTA, 2026, 11, 23, 14)


def test_wake_outside_active_hours_fires_nothing_missed() -> None:
    state = state_at(at(JAKARTA, 2026, 11, 23, 15, 30))
    woke = at(JAKARTA, 2026, 11, 23, 18)  # 16:00 missed, but work hours are over
    due = next_due([WORK], state, woke)
    assert due is not None and due.kind is DueKind.ON_TIME
    assert due.at == at(JAKARTA, 2026, 11, 24, 9)


def test_wake_next_day_does_not_fire_yesterdays_slots() -> None:
    state = state_at(at(JAKARTA, 2026, 11, 23, 15, 30))
    woke = at(JAKARTA, 2026, 11, 24, 9, 30)  # within hours, but yesterday's 16:00 is stale
    due = next_due([WORK], state, woke)
    assert due is not None and due.scheduled == at(JAKARTA, 2026, 11, 24, 9)  # today's 09:00
    assert due.kind is DueKind.MISSED and due.at == woke


def test_wake_fixed_time_within_grace_only() -> None:
    state = state_at(at(JAKARTA, 2026, 11, 23, 21))
    soon = at(JAKARTA, 2026, 11, 23, 22, 30)
    due = next_due([EVENING], state, soon)
    assert due is not None and due.kind is DueKind.MISSED and due.at == soon
    too_late = at(JAKARTA, 2026, 11, 23, 22, 31)
    due = next_due([EVENING], state, too_late)
    assert due is not None and due.at == at(JAKARTA, 2026, 11, 24, 21, 30)


def test_wake_after_months_asleep_is_cheap_and_fires_at_most_one() -> None:
    state = state_at(at(JAKARTA, 2025, 1, 1, 9))
    woke = at(JAKARTA, 2026, 11, 23, 10, 10)
    shown = fire_all(RULES, woke, at(JAKARTA, 2026, 11, 23, 11, 30), state)
    assert [(d.kind, d.at.strftime("%H:%M")) for d in shown] == [
        (DueKind.MISSED, "10:10"),
        (DueKind.ON_TIME, "11:00"),
    ]


def test_snooze_slept_through_counts_as_missed_once() -> None:
    now = at(JAKARTA, 2026, 11, 23, 10)
    due = next_due([WORK], state_at(now - timedelta(seconds=1)), now)
    assert due is not None
    state = apply(state_at(now), Snooze(due, 5), now)
    woke = at(JAKARTA, 2026, 11, 23, 10, 40)
    again = next_due([WORK], state, woke)
    assert again is not None and again.kind is DueKind.SNOOZED and again.at == woke


def test_withheld_is_handled_but_not_recorded_as_fired() -> None:
    now = at(JAKARTA, 2026, 11, 23, 9)
    due = next_due([WORK], state_at(now - timedelta(seconds=1)), now)
    assert due is not None
    withheld = apply(state_at(now), Withheld(due), now)
    fired = apply(state_at(now), Fired(due), now)
    assert withheld.last_fired == {} and fired.last_fired == {"work": utc(now)}
    assert next_due([WORK], withheld, now) == next_due([WORK], fired, now)


def test_catch_up_after_editing_rules() -> None:
    state = state_at(at(JAKARTA, 2026, 11, 23, 9))
    now = at(JAKARTA, 2026, 11, 23, 9, 20)
    new_rules = [fixed("new", "09:10"), *RULES]
    missed = next_due(new_rules, state, now)
    assert missed is not None and missed.rule_id == "new"  # without CatchUp it fires at once
    due = next_due(new_rules, apply(state, CatchUp(), now), now)
    assert due is not None and due.at == at(JAKARTA, 2026, 11, 23, 10)


# -- bad input ----------------------------------------------------------------------------


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="an aware datetime is required"):
        next_due(RULES, ReminderState(), datetime(2026, 1, 1, 9))


def test_rule_invariants() -> None:
    action = OpenCheckIn()
    with pytest.raises(ValueError, match="every_minutes must be from 5 to 1440"):
        IntervalRule("a", 2, time(9), time(17), action)
    with pytest.raises(ValueError, match=r"start \(17:00:00\) must be before end"):
        IntervalRule("a", 60, time(17), time(9), action)
    with pytest.raises(ValueError, match="rule id must look like"):
        FixedRule("Bad Id", (time(8),), action)
    with pytest.raises(ValueError, match="times must not repeat"):
        FixedRule("a", (time(8), time(8)), action)
    with pytest.raises(ValueError, match="weekdays must be a non-empty subset"):
        FixedRule("a", (time(8),), action, frozenset())
    with pytest.raises(ValueError, match="whole minute"):
        FixedRule("a", (time(8, 0, 30),), action)
    with pytest.raises(ValueError, match="routine id must look like"):
        SuggestRoutine("Box")
    assert FixedRule("a", (time(9), time(8)), action).times == (time(8), time(9))


def test_due_times_are_local_to_now() -> None:
    now = datetime(2026, 11, 23, 1, 0, tzinfo=UTC).astimezone(JAKARTA)
    due = next_due([EVENING], ReminderState(), now)
    assert due is not None and due.at.tzinfo is JAKARTA
