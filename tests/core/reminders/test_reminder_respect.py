"""The respect rules, decided from fake probes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tenang.core.reminders import Decision, Probes, RespectPolicy, should_remind
from tenang.core.reminders.respect import (
    ALLOWED,
    AWAY,
    DO_NOT_DISTURB,
    FULL_SCREEN,
    IDLE_UNKNOWN,
    SESSION_RUNNING,
)


@dataclass
class FakeProbes:
    """Answers set by the test; ``None`` is "this platform cannot tell"."""

    idle: float | None = 0.0
    fullscreen: bool | None = False
    dnd: bool | None = False
    session: bool | None = False
    asked: int = 0

    def idle_seconds(self) -> float | None:
        self.asked += 1
        return self.idle

    def fullscreen_active(self) -> bool | None:
        return self.fullscreen

    def do_not_disturb(self) -> bool | None:
        return self.dnd

    def session_running(self) -> bool | None:
        return self.session


POLICY = RespectPolicy(away_after_minutes=5)


def decide(**answers: object) -> Decision:
    probes: Probes = FakeProbes(**answers)  # type: ignore[arg-type]
    return should_remind(probes, POLICY)


def test_all_clear_allows() -> None:
    assert decide() == Decision(True, ALLOWED, ())


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ({"session": True}, SESSION_RUNNING),
        ({"dnd": True}, DO_NOT_DISTURB),
        ({"fullscreen": True}, FULL_SCREEN),
        ({"idle": 300.0}, AWAY),
        ({"idle": 3600.0}, AWAY),
        # Several at once: the most certain reason is the one given.
        ({"session": True, "dnd": True, "idle": 9999.0}, SESSION_RUNNING),
        ({"dnd": True, "fullscreen": True}, DO_NOT_DISTURB),
    ],
)
def test_withheld(answers: dict[str, object], reason: str) -> None:
    decision = decide(**answers)
    assert not decision.allowed
    assert decision.reason == reason


def test_just_under_the_away_threshold_is_present() -> None:
    assert decide(idle=299.9).allowed


def test_unknown_probes_fall_back_to_reminding_and_are_listed() -> None:
    decision = decide(idle=None, fullscreen=None, dnd=None, session=None)
    assert decision == Decision(True, ALLOWED, ("session", "do-not-disturb", "full-screen", "idle"))


def test_unknown_idle_can_be_cautious_instead() -> None:
    cautious = RespectPolicy(away_after_minutes=5, remind_when_idle_unknown=False)
    assert should_remind(FakeProbes(idle=None), cautious) == Decision(
        False, IDLE_UNKNOWN, ("idle",)
    )
    # A known answer still decides normally under the cautious policy.
    assert should_remind(FakeProbes(idle=1.0), cautious).allowed


def test_a_known_no_beats_an_unknown() -> None:
    decision = decide(idle=None, fullscreen=True)
    assert decision == Decision(False, FULL_SCREEN, ("idle",))


def test_each_probe_is_asked_once() -> None:
    probes = FakeProbes()
    should_remind(probes, POLICY)
    assert probes.asked == 1


def test_policy_bounds() -> None:
    with pytest.raises(ValueError, match=r"away_after_minutes must be 1\.\.240"):
        RespectPolicy(away_after_minutes=0)
