"""Run a routine in a terminal on the real engine: one line per phase, flushed as it happens.

This is the command-line twin of the GUI player. It needs no display and no Qt, which makes
it the simplest way to check pacing by eye (or by timestamps) on any machine. The clock and
the sleep function are injected so tests run it on a fake clock in microseconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol, TextIO

from tenang.core.engine import Clock, Engine, State
from tenang.core.model import Phase
from tenang.core.plan import EventKind, Plan, PlanEvent
from tenang.core.runs import RunSummary, summarize
from tenang.core.sessions.describe import format_seconds
from tenang.core.words import count_breaths, phase_word, runner_word

LIVE_REFRESH_SECONDS = 0.25
"""How often the live countdown is redrawn on a terminal; deadlines are never delayed by it."""


class RunListener(Protocol):
    """Whoever else follows the run (the audio director); every method is optional in spirit."""

    def on_events(self, events: Sequence[PlanEvent], elapsed: float) -> None: ...
    def on_stop(self) -> None: ...
    def on_finish(self) -> None: ...


class _Silent:
    def on_events(self, events: Sequence[PlanEvent], elapsed: float) -> None:
        pass

    def on_stop(self) -> None:
        pass

    def on_finish(self) -> None:
        pass


@dataclass
class TextRunner:
    """Drives an :class:`Engine` by sleeping until each absolute deadline."""

    plan: Plan
    clock: Clock
    out: TextIO
    language: str = "en"
    live: bool = False
    sleep: Callable[[float], None] = time.sleep
    listener: RunListener = field(default_factory=_Silent)
    summary: RunSummary | None = None

    def run(self) -> int:
        """Run to the end; 0 when finished, 130 when interrupted (Ctrl-C)."""
        engine = Engine(self.plan, self.clock)
        started_at = datetime.now(UTC)
        origin = self.clock.now()
        engine.start()
        try:
            while True:
                events = engine.poll()
                if events:
                    self.listener.on_events(events, engine.elapsed())
                    self._print_events(events, self.clock.now() - origin)
                if engine.state is State.FINISHED:
                    break
                deadline = engine.next_deadline()
                if deadline is None:  # pragma: no cover - a running plan always has one
                    break
                self._wait_until(engine, deadline)
        except KeyboardInterrupt:
            engine.stop()
            self.listener.on_stop()
            self._finish_line(engine, started_at)
            return 130
        self.listener.on_finish()
        self._finish_line(engine, started_at)
        return 0

    def _wait_until(self, engine: Engine, deadline: float) -> None:
        while True:
            left = deadline - self.clock.now()
            if left <= 0:
                return
            if self.live:
                self._draw_countdown(engine)
                self.sleep(min(left, LIVE_REFRESH_SECONDS))
            else:
                self.sleep(left)

    def _draw_countdown(self, engine: Engine) -> None:
        frame = engine.frame()
        if frame.segment is None:
            return
        word = phase_word(frame.segment.phase, self.language)
        left = runner_word("left", self.language)
        self.out.write(
            f"\r\x1b[K   {word} {frame.segment_remaining:4.1f} s"
            f"   ({format_seconds(frame.remaining)} {left})"
        )
        self.out.flush()

    def _print_events(self, events: Sequence[PlanEvent], at: float) -> None:
        lines = [line for line in map(self._describe, events) if line]
        if not lines:
            return
        prefix = "\r\x1b[K" if self.live else ""
        stamp = f"{at:9.3f}"
        text = "".join(f"{prefix}{stamp}  {line}\n" for line in lines)
        self.out.write(text)
        self.out.flush()

    def _describe(self, event: PlanEvent) -> str | None:
        segment = self.plan.segments[event.segment_index]
        if event.kind is EventKind.SESSION_START:
            return self.plan.session.title.get(self.language)
        if event.kind is EventKind.PHASE_START:
            word = phase_word(segment.phase, self.language)
            line = f"{word:<20} {format_seconds(segment.duration)}"
            if segment.phase is not Phase.MEDITATE:
                cycle = runner_word("cycle", self.language)
                line += "   " + cycle.format(n=segment.cycle, total=segment.cycles)
            return line
        if event.kind is EventKind.PROMPT and event.text is not None:
            return f"“{event.text.get(self.language)}”"
        if event.kind is EventKind.BELL:
            return "(bell)" if self.language == "en" else "(lonceng)"
        return None

    def _finish_line(self, engine: Engine, started_at: datetime) -> None:
        summary = summarize(
            engine, started_at=started_at, ended_at=datetime.now(UTC), language=self.language
        )
        self.summary = summary
        key = "finished" if summary.completed else "stopped"
        message = runner_word(key, self.language).format(
            title=summary.title,
            time=format_seconds(summary.completed_seconds),
            planned=format_seconds(summary.planned_seconds),
            cycles=count_breaths(summary.cycles_completed, self.language),
        )
        prefix = "\r\x1b[K" if self.live else ""
        self.out.write(f"{prefix}{message}\n")
        self.out.flush()
