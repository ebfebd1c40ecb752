"""The player view, on a fake clock with fake timers: what it shows, when, and how it stops."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QProgressBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tenang.core.engine import FakeClock, State
from tenang.core.model import (
    BreatheStep,
    BreathPattern,
    MeditateStep,
    Prompt,
    Session,
    Text,
)
from tenang.core.plan import PlanEvent
from tenang.core.runs import RunSummary
from tenang.ui import player as player_module
from tenang.ui.player import PlayerOptions, PlayerView, format_duration
from tenang.ui.timers import FakeTimerFactory

START = 500.0
FPS = 1 / 60

# The offscreen platform warns that it cannot pass a top-level window's minimum size on to a
# window system it does not have; harmless, and only there.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class RecordingListener:
    def __init__(self) -> None:
        self.sequences: list[int] = []
        self.calls: list[str] = []

    def on_events(self, events: Sequence[PlanEvent], elapsed: float) -> None:
        self.sequences.extend(e.sequence for e in events)
        self.calls.append("events")

    def on_pause(self) -> None:
        self.calls.append("pause")

    def on_resume(self, elapsed: float) -> None:
        self.calls.append("resume")

    def on_stop(self) -> None:
        self.calls.append("stop")

    def on_finish(self) -> None:
        self.calls.append("finish")


def routine() -> Session:
    """Box breathing (3 × 16 s = 48 s), then 100 s of meditation with a prompt at 10 s."""
    return Session(
        id="box",
        title=Text.of({"en": "Box breathing", "id": "Pernapasan kotak"}),
        steps=(
            BreatheStep(BreathPattern(4, 4, 4, 4), cycles=3, label=Text.plain("Settle")),
            MeditateStep(
                duration=100.0,
                prompts=(Prompt(10.0, Text.of({"en": "Notice the breath", "id": "Perhatikan"})),),
            ),
        ),
    )


class World:
    """A player plus the fake clock and timers that drive it."""

    def __init__(self, qtbot: QtBot, options: PlayerOptions, *, show: bool = True) -> None:
        self.clock = FakeClock(START)
        self.timers = FakeTimerFactory()
        self.listener = RecordingListener()
        self.player = PlayerView(
            routine(),
            clock=self.clock,
            options=options,
            listener=self.listener,
            timer_factory=self.timers,
        )
        qtbot.addWidget(self.player)
        self.player.resize(420, 640)
        if show:
            self.player.show()
            qtbot.waitExposed(self.player)
            QApplication.processEvents()

    def run_to(self, t: float, *, frames: bool = False) -> None:
        """Let session time pass on a punctual event loop until clock time START + t."""
        self.timers.run_until(
            self.clock,
            START + t,
            frame_step=FPS if frames else 0.0,
            after_each=QApplication.processEvents,
        )
        QApplication.processEvents()

    @property
    def frame_timer(self) -> bool:
        return self.timers.frames["frame"].is_active

    def text(self, name: str) -> str:
        label = getattr(self.player, name)
        return str(label.text())

    def radius(self) -> float:
        (radius,) = self.player.visual.picture(self.player.driver.frame()).moving
        return float(radius)


@pytest.fixture
def world(qtbot: QtBot) -> World:
    return World(qtbot, PlayerOptions())


@pytest.fixture
def no_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(parent: QWidget) -> bool:
        raise AssertionError("no confirmation expected")

    monkeypatch.setattr(player_module, "confirm_stop", fail)


def test_starts_when_shown_and_shows_phase_countdown_and_size(world: World) -> None:
    assert world.player.state is State.RUNNING
    assert world.text("_title") == "Box breathing"
    assert world.text("_phase") == "Breathe in"
    assert world.text("_seconds") == "4"
    assert world.text("_cycle") == "Cycle 1 of 3"
    small = world.radius()
    world.run_to(2.5)
    assert world.text("_phase") == "Breathe in"
    assert world.text("_seconds") == "2"
    assert world.radius() > small
    world.run_to(6.0)
    assert world.text("_phase") == "Hold"
    assert world.text("_seconds") == "2"
    full = world.radius()
    world.run_to(10.0)
    assert world.text("_phase") == "Breathe out"
    assert world.radius() == pytest.approx((small + full) / 2)
    world.run_to(15.0)
    assert world.text("_phase") == "Rest"
    assert world.text("_seconds") == "1"
    assert world.radius() == pytest.approx(small)
    world.run_to(17.0)
    assert world.text("_cycle") == "Cycle 2 of 3"


def test_countdown_changes_exactly_on_the_second(world: World) -> None:
    world.run_to(0.999)
    assert world.text("_seconds") == "4"
    world.run_to(1.0)
    assert world.text("_seconds") == "3"


def test_progress_bars_and_step_label(world: World) -> None:
    world.run_to(24.0)
    assert world.player._step_bar.value() == 500  # half of the 48 s breathing step
    assert world.player._total_bar.value() == round(24 / 148 * 1000)
    assert world.text("_step") == "Step 1 of 2 · Settle"


def test_meditation_prompt_appears_at_its_time_in_the_chosen_language(qtbot: QtBot) -> None:
    world = World(qtbot, PlayerOptions(language="id"))
    assert world.text("_title") == "Pernapasan kotak"
    world.run_to(48.0 + 9.9)
    assert world.text("_phase") == "Be still"
    assert world.text("_prompt") == ""
    assert not world.player._prompt.isVisibleTo(world.player)
    world.run_to(48.0 + 10.0)
    assert world.text("_prompt") == "Perhatikan"
    assert world.player._prompt.isVisibleTo(world.player)
    assert world.text("_cycle") == ""


def test_pause_freezes_everything_and_arms_no_timer(world: World, qtbot: QtBot) -> None:
    world.run_to(2.5, frames=True)
    qtbot.keyClick(world.player, Qt.Key.Key_Space)
    assert world.player.state is State.PAUSED
    radius, seconds = world.radius(), world.text("_seconds")
    assert not world.timers.any_active()
    world.run_to(300.0)
    assert world.radius() == radius
    assert world.text("_seconds") == seconds
    assert world.text("_pause_button") == "Resume"
    assert world.player._paused_note.isVisibleTo(world.player)
    qtbot.keyClick(world.player, Qt.Key.Key_Space)
    assert world.player.state is State.RUNNING
    assert world.frame_timer
    world.run_to(300.0 + 1.5)  # 1.5 s after resuming: 4.0 s into the session
    assert world.text("_phase") == "Hold"


def test_frame_timer_runs_only_while_running_and_on_screen(qtbot: QtBot) -> None:
    world = World(qtbot, PlayerOptions(), show=False)
    assert world.player.state is State.IDLE
    assert not world.timers.any_active()  # idle: no timer at all
    world.player.show()
    qtbot.waitExposed(world.player)
    assert world.frame_timer
    world.player.toggle_pause()
    assert not world.frame_timer
    world.player.toggle_pause()
    assert world.frame_timer
    world.player.hide()
    assert not world.frame_timer
    world.player.show()
    assert world.frame_timer
    world.run_to(1000.0)
    assert world.player.state is State.FINISHED
    assert not world.frame_timer
    assert not world.timers.any_active()


def test_reduced_motion_has_no_frame_timer_and_still_keeps_pace(qtbot: QtBot) -> None:
    world = World(qtbot, PlayerOptions(reduced_motion=True))
    assert world.player.state is State.RUNNING
    assert not world.frame_timer
    paints = world.player.visual.paint_count
    world.run_to(6.0)
    assert not world.frame_timer
    assert world.text("_phase") == "Hold"  # still updated for screen readers and tests
    assert not world.player._phase.isVisibleTo(world.player)  # the visual shows it instead
    assert world.text("_seconds") == "2"
    picture = world.player.visual.picture(world.player.driver.frame())
    assert picture.fixed[-1] == "Hold"
    # The bar is repainted on the countdown's seconds, not 60 times a second.
    assert world.player.visual.paint_count - paints <= 8


def test_no_repaints_during_a_hold_while_frames_tick(world: World) -> None:
    world.run_to(4.05, frames=True)
    paints = world.player.visual.paint_count
    # A circle looks the same for the whole hold: no paints, and not even frame ticks.
    assert not world.frame_timer
    world.run_to(7.95, frames=True)
    assert world.player.visual.paint_count == paints
    # Ticks forced through anyway still paint nothing: the geometry did not move.
    for _ in range(10):
        world.player.visual.refresh()
        QApplication.processEvents()
    assert world.player.visual.paint_count == paints
    world.run_to(10.0, frames=True)
    assert world.frame_timer  # breathing out moves again
    assert world.player.visual.paint_count > paints + 30


def test_square_keeps_its_frame_timer_through_a_hold(qtbot: QtBot) -> None:
    world = World(qtbot, PlayerOptions(visual_style="square"))
    world.run_to(4.05, frames=True)
    paints = world.player.visual.paint_count
    assert world.frame_timer  # the dot travels along the top while holding
    world.run_to(7.95, frames=True)
    assert world.player.visual.paint_count > paints + 30


def test_meditation_with_a_circle_needs_no_frame_timer(world: World) -> None:
    world.run_to(48.5, frames=True)
    assert world.text("_phase") == "Be still"
    assert not world.frame_timer
    assert world.timers.deadlines["tick"].is_active  # the countdown still runs


def test_events_reach_the_listener_once_each_in_order_after_a_stall(world: World) -> None:
    world.clock.set(START + 10.0)  # the event loop stalled for 10 s
    world.timers.deadlines["driver"].fire()
    plan = world.player.plan
    assert world.listener.sequences == [e.sequence for e in plan.events if e.at <= 10.0]
    assert world.text("_phase") == "Breathe out"  # the view shows only "now"
    world.run_to(1000.0)
    assert world.listener.sequences == list(range(len(plan.events)))
    assert world.listener.calls[-1] == "finish"


def test_right_arrow_skips_to_the_next_step(world: World, qtbot: QtBot) -> None:
    world.run_to(3.0)
    qtbot.keyClick(world.player, Qt.Key.Key_Right)
    assert world.text("_phase") == "Be still"
    assert world.text("_seconds") == "100"
    assert world.text("_step") == "Step 2 of 2"


def test_esc_under_a_minute_stops_without_asking(
    world: World, qtbot: QtBot, no_dialog: None
) -> None:
    world.run_to(30.0)
    with qtbot.waitSignal(world.player.stopped, timeout=0) as blocker:
        qtbot.keyClick(world.player, Qt.Key.Key_Escape)
    summary = blocker.args[0]
    assert isinstance(summary, RunSummary)
    assert not summary.completed
    assert summary.completed_seconds == pytest.approx(30.0)
    assert summary.cycles_completed == 1
    assert world.player.state is State.STOPPED
    assert world.listener.calls[-1] == "stop"
    assert not world.timers.any_active()
    assert world.text("_summary_heading") == "Session ended early"
    with qtbot.waitSignal(world.player.closeRequested, timeout=0):
        qtbot.keyClick(world.player, Qt.Key.Key_Escape)


@pytest.mark.parametrize("answer", [True, False])
def test_esc_after_a_minute_asks_first(
    world: World, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    asked: list[State] = []

    def confirm(parent: QWidget) -> bool:
        asked.append(world.player.state)  # the session waits while the question is open
        return answer

    monkeypatch.setattr(player_module, "confirm_stop", confirm)
    world.run_to(61.0)
    stopped: list[RunSummary] = []
    world.player.stopped.connect(stopped.append)
    qtbot.keyClick(world.player, Qt.Key.Key_Escape)
    assert asked == [State.PAUSED]
    if answer:
        assert world.player.state is State.STOPPED
        assert len(stopped) == 1
    else:
        assert world.player.state is State.RUNNING
        assert stopped == []
        assert world.timers.deadlines["driver"].is_active  # pacing goes on
        assert world.timers.deadlines["tick"].is_active


def test_pausing_does_not_count_towards_the_minute(
    world: World, qtbot: QtBot, no_dialog: None
) -> None:
    world.run_to(30.0)
    world.player.toggle_pause()
    world.run_to(200.0)
    qtbot.keyClick(world.player, Qt.Key.Key_Escape)
    assert world.player.state is State.STOPPED


@pytest.mark.parametrize("key", [Qt.Key.Key_F, Qt.Key.Key_F11])
def test_f_and_f11_toggle_distraction_free_full_screen(
    world: World, qtbot: QtBot, key: Qt.Key
) -> None:
    changes: list[bool] = []
    world.player.fullScreenChanged.connect(changes.append)
    qtbot.keyClick(world.player, key)
    assert world.player.is_full_screen
    assert not world.player._title.isVisibleTo(world.player)
    assert not world.player._total_bar.isVisibleTo(world.player)
    assert world.player.visual.isVisibleTo(world.player)
    assert world.player._phase.isVisibleTo(world.player)
    assert world.text("_full_button") == "Leave full screen"
    qtbot.keyClick(world.player, key)
    assert not world.player.is_full_screen
    assert world.player._title.isVisibleTo(world.player)
    assert changes == [True, False]


def test_lead_in_counts_down_on_the_clock_before_the_engine_starts(qtbot: QtBot) -> None:
    world = World(qtbot, PlayerOptions(lead_in=True))
    assert world.player.in_lead_in
    assert world.player.state is State.IDLE
    assert not world.frame_timer
    assert world.text("_phase") == "Get ready…"
    assert world.text("_seconds") == "3"
    world.run_to(1.0)
    assert world.text("_seconds") == "2"
    world.run_to(2.5)
    assert world.text("_seconds") == "1"
    assert world.listener.sequences == []
    world.run_to(3.0)
    assert world.player.state is State.RUNNING
    assert world.text("_phase") == "Breathe in"
    assert world.text("_seconds") == "4"
    assert world.listener.sequences[0] == 0
    world.run_to(7.0)
    assert world.text("_phase") == "Hold"


def test_lead_in_can_be_paused_skipped_or_cancelled(qtbot: QtBot) -> None:
    world = World(qtbot, PlayerOptions(lead_in=True))
    world.run_to(1.0)
    world.player.toggle_pause()
    world.run_to(50.0)
    assert world.player.state is State.IDLE
    assert world.text("_seconds") == "2"
    world.player.toggle_pause()
    world.run_to(51.5)
    assert world.text("_seconds") == "1"
    world.player.skip_step()  # → starts at once
    assert world.player.state is State.RUNNING

    other = World(qtbot, PlayerOptions(lead_in=True))
    stopped: list[RunSummary] = []
    other.player.stopped.connect(stopped.append)
    with qtbot.waitSignal(other.player.closeRequested, timeout=0):
        qtbot.keyClick(other.player, Qt.Key.Key_Escape)
    assert stopped == []  # nothing ran, nothing to keep
    assert not other.timers.any_active()


def test_summary_at_the_end(world: World, qtbot: QtBot) -> None:
    with qtbot.waitSignal(world.player.finished, timeout=0) as blocker:
        world.run_to(148.0)
    summary = blocker.args[0]
    assert summary.completed
    assert summary.cycles_completed == 3
    assert summary.completed_seconds == pytest.approx(148.0)
    assert summary.routine_id == "box"
    assert world.text("_summary_heading") == "Well done"
    assert world.text("_summary_time") == "Time breathed: 2 min 28 s"
    assert world.text("_summary_cycles") == "Breaths: 3"
    assert world.text("_summary_routine") == "Routine: Box breathing"
    assert world.player._stack.currentWidget() is world.player._summary_page
    with qtbot.waitSignal(world.player.closeRequested, timeout=0):
        qtbot.mouseClick(world.player._done_button, Qt.MouseButton.LeftButton)


def test_buttons_do_what_the_keys_do(world: World, qtbot: QtBot, no_dialog: None) -> None:
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(world.player._pause_button, click)
    assert world.player.state is State.PAUSED
    qtbot.mouseClick(world.player._pause_button, click)
    assert world.player.state is State.RUNNING
    qtbot.mouseClick(world.player._skip_button, click)
    assert world.player.driver.frame().step_index == 1
    qtbot.mouseClick(world.player._stop_button, click)
    assert world.player.state is State.STOPPED


def test_stop_silently_stops_and_reports_the_partial_run(world: World, qtbot: QtBot) -> None:
    world.run_to(20.0)
    with qtbot.waitSignal(world.player.stopped, timeout=0):
        summary = world.player.stop_silently()
    assert summary is not None
    assert summary.completed_seconds == pytest.approx(20.0)
    assert world.player.state is State.STOPPED
    assert not world.timers.any_active()
    assert world.listener.calls[-1] == "stop"
    assert world.player.stop_silently() is None  # twice is harmless


def test_closing_the_window_mid_session_stops_it(world: World) -> None:
    world.run_to(5.0)
    world.player.close()
    assert world.player.state is State.STOPPED
    assert not world.timers.any_active()
    assert world.listener.calls[-1] == "stop"


def interactive_widgets(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if isinstance(widget, QAbstractButton | QProgressBar) or focusable:
            yield widget


def test_every_interactive_widget_has_an_accessible_name_and_description(world: World) -> None:
    widgets = list(interactive_widgets(world.player))
    assert len(widgets) >= 7  # four controls, two bars, Done
    for widget in [world.player, world.player.visual, *widgets]:
        name = widget.accessibleName()
        assert name, f"{widget.metaObject().className()} {widget.objectName()} has no name"
        assert widget.accessibleDescription(), f"{name} has no accessible description"


def test_visual_describes_the_phase_and_seconds_left(world: World) -> None:
    world.run_to(5.5)
    assert world.player.visual.accessibleDescription() == "Hold, 3 seconds left"


def test_tab_order_walks_the_controls_left_to_right(world: World) -> None:
    player = world.player
    order = [player._pause_button]
    for _ in range(3):
        order.append(order[-1].nextInFocusChain())
    assert order == [
        player._pause_button,
        player._skip_button,
        player._stop_button,
        player._full_button,
    ]


class Indonesian(QTranslator):
    WORDS: ClassVar[dict[str, str]] = {
        "Breathe in": "Tarik napas",
        "Pause": "Jeda",
        "Cycle %1 of %2": "Siklus %1 dari %2",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.WORDS.get(source, "")

    def isEmpty(self) -> bool:
        return False


def test_switching_language_retranslates_the_open_player(world: World) -> None:
    translator = Indonesian()
    QCoreApplication.installTranslator(translator)
    try:
        QApplication.processEvents()
        assert world.text("_phase") == "Tarik napas"
        assert world.text("_pause_button") == "Jeda"
        assert world.player._pause_button.accessibleName() == "Jeda"
        assert world.text("_cycle") == "Siklus 1 dari 3"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_format_duration() -> None:
    assert format_duration(45.4) == "45 s"
    assert format_duration(256.0) == "4 min 16 s"
    assert format_duration(60.0) == "1 min 0 s"


def test_changed_settings_apply_to_the_open_player(world: World) -> None:
    world.run_to(1.0, frames=True)
    assert world.frame_timer
    world.player.set_options(PlayerOptions(reduced_motion=True, language="id"))
    assert not world.frame_timer
    assert world.player.visual.reduced_motion
    assert world.text("_title") == "Pernapasan kotak"
    world.player.set_options(PlayerOptions(visual_style="square"))
    assert world.frame_timer
    assert world.player.visual.visual_style == "square"


def test_space_on_the_summary_presses_done_instead_of_pausing(world: World, qtbot: QtBot) -> None:
    world.run_to(148.0)
    assert world.player.focusWidget() is world.player._done_button
    with qtbot.waitSignal(world.player.closeRequested, timeout=0):
        qtbot.keyClick(world.player._done_button, Qt.Key.Key_Space)
