"""Fixtures for the audio tests: a port that records calls, small routines, a fake-clock run."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import pytest

from tenang.audio.director import AudioDirector
from tenang.core.engine import Engine, FakeClock, State
from tenang.core.model import BreatheStep, BreathPattern, MeditateStep, Session, Text
from tenang.core.plan import Plan, Segment, compile_plan


class RecordingPort:
    """An :class:`AudioPort` that writes down every call, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    @property
    def problem(self) -> str | None:
        return None

    def named(self, method: str) -> list[tuple[Any, ...]]:
        return [call[1:] for call in self.calls if call[0] == method]

    def preload(self, names: Iterable[str]) -> None:
        self.calls.append(("preload", tuple(names)))

    def cue(self, name: str) -> None:
        self.calls.append(("cue", name))

    def start_ambient(self, name: str, fade_ms: int) -> None:
        self.calls.append(("start_ambient", name, fade_ms))

    def stop_ambient(self, fade_ms: int) -> None:
        self.calls.append(("stop_ambient", fade_ms))

    def start_pacing_tone(self, segments: Sequence[Segment], from_elapsed: float) -> None:
        self.calls.append(("start_pacing_tone", tuple(segments), from_elapsed))

    def stop_pacing_tone(self) -> None:
        self.calls.append(("stop_pacing_tone",))

    def pump(self) -> None:
        pass  # called on every batch; recording it would only add noise

    def set_volumes(self, master: float, cue: float, ambient: float) -> None:
        self.calls.append(("set_volumes", master, cue, ambient))

    @property
    def available(self) -> bool:
        return True

    def shutdown(self) -> None:
        self.calls.append(("shutdown",))


@pytest.fixture
def recording_port() -> RecordingPort:
    return RecordingPort()


def two_step_session(**overrides: Any) -> Session:
    """Two box breaths (4-4-4-4, 32 s) then a 25 s meditation with a bell every 10 s."""
    fields: dict[str, Any] = {
        "id": "two-steps",
        "title": Text.plain("Two steps"),
        "steps": (
            BreatheStep(BreathPattern(4, 4, 4, 4), cycles=2),
            MeditateStep(25, bell_every=10),
        ),
    }
    fields.update(overrides)
    return Session(**fields)


@pytest.fixture
def new_port() -> Callable[[], RecordingPort]:
    return RecordingPort


@pytest.fixture
def make_session() -> Callable[..., Session]:
    return two_step_session


@pytest.fixture
def two_step_plan() -> Plan:
    return compile_plan(two_step_session())


def run_to_end(
    plan: Plan,
    director: AudioDirector,
    *,
    before_poll: Callable[[Engine, FakeClock], None] | None = None,
) -> Engine:
    """Drive the engine deadline by deadline on a fake clock, as a driver would."""
    clock = FakeClock(100.0)
    engine = Engine(plan, clock)
    engine.start()
    for _ in range(10_000):
        if before_poll is not None:
            before_poll(engine, clock)
        events = engine.poll()
        if events:
            director.on_events(events, engine.elapsed())
        if engine.state is State.FINISHED:
            director.on_finish()
            return engine
        deadline = engine.next_deadline()
        assert deadline is not None
        clock.set(max(deadline, clock.now()))
    raise AssertionError("the run did not finish")


@pytest.fixture
def drive() -> Callable[..., Engine]:
    return run_to_end


@pytest.fixture
def mixer_released() -> Iterator[None]:
    """Quit pygame's global mixer after a test, so the next one starts from scratch."""
    yield
    import pygame

    pygame.mixer.quit()
