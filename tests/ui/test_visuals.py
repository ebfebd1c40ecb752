"""The breathing visual: geometry from the frame alone, and paints only when it shows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tenang.core.engine import Engine, FakeClock, Frame
from tenang.core.model import (
    BreatheStep,
    BreathPattern,
    MeditateStep,
    Phase,
    Session,
    Text,
)
from tenang.core.plan import compile_plan
from tenang.ui.visuals import STYLES, BreathingVisual, Picture, phase_word

SIZE = 300


def make_engine(pattern: BreathPattern, clock: FakeClock) -> Engine:
    session = Session(
        id="t",
        title=Text.plain("T"),
        steps=(BreatheStep(pattern, cycles=3), MeditateStep(duration=40.0)),
    )
    return Engine(compile_plan(session), clock)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(0.0)


@pytest.fixture
def box(clock: FakeClock) -> Engine:
    return make_engine(BreathPattern(4, 4, 4, 4), clock)


def make_visual(qtbot: QtBot, engine: Engine, **kwargs: object) -> BreathingVisual:
    visual = BreathingVisual(engine.frame, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(visual)
    visual.resize(SIZE, SIZE)
    visual.show()
    qtbot.waitExposed(visual)
    QApplication.processEvents()
    return visual


def tick_frames(visual: BreathingVisual, clock: FakeClock, start: float, end: float) -> int:
    """What a 60 Hz frame timer does from ``start`` to ``end``; returns the tick count."""
    ticks = 0
    t = start
    while t < end:
        t += 1 / 60
        clock.set(t)
        visual.refresh()
        QApplication.processEvents()
        ticks += 1
    return ticks


def at(engine: Engine, clock: FakeClock, t: float) -> Frame:
    clock.set(t)
    return engine.frame()


def test_unknown_style_is_refused_with_the_choices(qtbot: QtBot, box: Engine) -> None:
    with pytest.raises(ValueError, match=r"unknown visual style 'blob'.*circle"):
        BreathingVisual(box.frame, visual_style="blob")


def test_circle_radius_follows_breath_level(qtbot: QtBot, box: Engine, clock: FakeClock) -> None:
    visual = make_visual(qtbot, box, visual_style="circle")
    box.start()
    outer = SIZE / 2 - 8
    inner = outer * 0.35
    for t, level in [(0.0, 0.0), (2.0, 0.5), (4.0, 1.0), (6.0, 1.0), (10.0, 0.5), (13.0, 0.0)]:
        frame = at(box, clock, t)
        assert frame.breath_level == pytest.approx(level)
        (radius,) = visual.picture(frame).moving
        assert radius == pytest.approx(inner + (outer - inner) * level)


def test_picture_counts_device_pixels_and_half_a_pixel_is_the_threshold() -> None:
    base = Picture(("circle",), (100.0,))
    assert not Picture(("circle",), (100.49,)).differs_from(base)
    assert Picture(("circle",), (100.5,)).differs_from(base)
    assert Picture(("square",), (100.0,)).differs_from(base)
    assert Picture(("circle",), (100.0,)).differs_from(None)


def test_needs_repaint_is_false_right_after_painting_and_true_once_it_moves(
    qtbot: QtBot, box: Engine, clock: FakeClock
) -> None:
    visual = make_visual(qtbot, box)
    box.start()
    clock.set(1.0)
    visual.repaint()
    assert not visual.needs_repaint(box.frame())
    clock.set(1.001)  # a millisecond later the radius has moved far less than half a pixel
    assert not visual.needs_repaint(box.frame())
    clock.set(1.2)
    assert visual.needs_repaint(box.frame())


@pytest.mark.parametrize("style", STYLES)
def test_no_paints_during_a_hold_while_frames_tick(
    qtbot: QtBot, clock: FakeClock, box: Engine, style: str
) -> None:
    visual = make_visual(qtbot, box, visual_style=style)
    box.start()
    clock.set(4.02)  # just inside the 4 s hold after breathing in
    visual.refresh()
    QApplication.processEvents()
    before = visual.paint_count
    tick_frames(visual, clock, 4.02, 7.98)
    if style == "square":
        # The square's dot travels along the top during a hold: that is its motion.
        assert visual.paint_count > before + 50
    else:
        assert visual.paint_count == before


def test_paints_follow_motion_during_an_inhale(qtbot: QtBot, clock: FakeClock, box: Engine) -> None:
    visual = make_visual(qtbot, box, visual_style="circle")
    box.start()
    before = visual.paint_count
    ticks = tick_frames(visual, clock, 0.0, 3.99)
    painted = visual.paint_count - before
    # The radius sweeps ~92 px in 4 s: it moves visibly on most frames, but the slow start
    # and end of the eased breath skip a few.
    assert 40 < painted < ticks


@pytest.mark.parametrize(
    ("t", "corner"),
    [(0.0, "bottomLeft"), (4.0, "topLeft"), (8.0, "topRight"), (12.0, "bottomRight")],
)
def test_square_traces_one_side_per_phase_of_a_box(
    qtbot: QtBot, clock: FakeClock, box: Engine, t: float, corner: str
) -> None:
    visual = make_visual(qtbot, box, visual_style="square")
    box.start()
    frame = at(box, clock, t + 1e-9)
    side = SIZE * 0.78
    margin = (SIZE - side) / 2
    corners = {
        "bottomLeft": (margin, margin + side),
        "topLeft": (margin, margin),
        "topRight": (margin + side, margin),
        "bottomRight": (margin + side, margin + side),
    }
    x, y = visual.picture(frame).moving
    assert (x, y) == pytest.approx(corners[corner], abs=0.01)


def test_square_hold_moves_along_the_top_at_an_even_pace(
    qtbot: QtBot, clock: FakeClock, box: Engine
) -> None:
    visual = make_visual(qtbot, box, visual_style="square")
    box.start()
    side = SIZE * 0.78
    margin = (SIZE - side) / 2
    x, y = visual.picture(at(box, clock, 5.0)).moving
    assert (x, y) == pytest.approx((margin + side / 4, margin))


def test_square_without_holds_exhales_diagonally_so_the_dot_never_jumps(
    qtbot: QtBot, clock: FakeClock
) -> None:
    engine = make_engine(BreathPattern(4, 7, 8), clock)  # 4-7-8: no rest after exhaling
    visual = make_visual(qtbot, engine, visual_style="square")
    engine.start()
    side = SIZE * 0.78
    margin = (SIZE - side) / 2
    mid = visual.picture(at(engine, clock, 11.0 + 4.0)).moving  # halfway through the exhale
    assert mid == pytest.approx((margin + side / 2, margin + side / 2))
    end = visual.picture(at(engine, clock, 19.0 - 1e-9)).moving
    start_of_next = visual.picture(at(engine, clock, 19.0 + 1e-9)).moving
    assert end == pytest.approx(start_of_next, abs=0.01)


def test_wave_height_follows_the_breath(qtbot: QtBot, clock: FakeClock, box: Engine) -> None:
    visual = make_visual(qtbot, box, visual_style="wave")
    box.start()
    (empty,) = visual.picture(at(box, clock, 0.0)).moving
    (half,) = visual.picture(at(box, clock, 2.0)).moving
    (full,) = visual.picture(at(box, clock, 4.0)).moving
    assert empty > half > full  # higher water is a smaller y
    assert half == pytest.approx((empty + full) / 2)


def test_reduced_motion_does_not_scale_but_fills_a_bar_and_names_the_phase(
    qtbot: QtBot, clock: FakeClock, box: Engine
) -> None:
    visual = make_visual(qtbot, box, visual_style="circle", reduced_motion=True)
    assert not visual.animates
    box.start()
    early = visual.picture(at(box, clock, 1.0))
    late = visual.picture(at(box, clock, 3.0))
    hold = visual.picture(at(box, clock, 5.0))
    assert early.fixed[-1] == phase_word(Phase.INHALE) == late.fixed[-1]
    assert hold.fixed[-1] == phase_word(Phase.HOLD)
    bar = SIZE * 0.8
    assert early.moving == pytest.approx((bar * 0.25,))
    assert late.moving == pytest.approx((bar * 0.75,))


def test_visual_paints_with_the_palette_highlight(
    qtbot: QtBot, clock: FakeClock, box: Engine
) -> None:
    visual = make_visual(qtbot, box, visual_style="circle")
    palette = visual.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(200, 0, 0))
    palette.setColor(QPalette.ColorRole.Window, QColor(255, 255, 255))
    visual.setPalette(palette)
    box.start()
    clock.set(4.0)
    image = visual.grab().toImage()
    centre = QColor(image.pixel(SIZE // 2, SIZE // 2))
    corner = QColor(image.pixel(2, 2))
    assert corner == QColor(255, 255, 255)
    # A soft inside: about a third of the highlight over the window colour, opaque.
    assert centre.red() == pytest.approx(200 * 0.32 + 255 * 0.68, abs=2)
    assert centre.green() == pytest.approx(255 * 0.68, abs=2) == centre.blue()


def test_accessible_description_and_phase_announcements(
    qtbot: QtBot, clock: FakeClock, box: Engine
) -> None:
    visual = make_visual(qtbot, box)
    assert visual.accessibleName() == "Breathing guide"
    announced: list[str] = []
    visual.announced.connect(announced.append)
    box.start()
    visual.refresh()
    assert visual.accessibleDescription() == "Breathe in, 4 seconds left"
    clock.set(3.5)
    visual.refresh()
    assert visual.accessibleDescription() == "Breathe in, 1 second left"
    clock.set(4.0)
    visual.refresh()
    clock.set(4.5)
    visual.refresh()  # same phase: no second announcement
    assert visual.accessibleDescription() == "Hold, 4 seconds left"
    clock.set(16.0)
    visual.refresh()
    assert announced == ["Breathe in", "Hold", "Breathe in"]


def test_paused_engine_does_not_announce(qtbot: QtBot, clock: FakeClock, box: Engine) -> None:
    visual = make_visual(qtbot, box)
    announced: list[str] = []
    visual.announced.connect(announced.append)
    box.start()
    box.pause()
    visual.refresh()
    assert announced == []


def test_on_screen_signal_follows_show_and_hide(qtbot: QtBot, box: Engine) -> None:
    visual = make_visual(qtbot, box)
    assert visual.is_on_screen
    with qtbot.waitSignal(visual.onScreenChanged, timeout=0) as blocker:
        visual.hide()
    assert blocker.args == [False]
    assert not visual.is_on_screen


def test_style_change_forces_a_repaint(qtbot: QtBot, clock: FakeClock, box: Engine) -> None:
    visual = make_visual(qtbot, box)
    box.start()
    assert not visual.needs_repaint(box.frame())
    visual.set_visual_style("wave")
    assert visual.needs_repaint(box.frame())
    with pytest.raises(ValueError, match="unknown visual style"):
        visual.set_visual_style("spiral")


def test_meditation_shows_a_still_shape(qtbot: QtBot, clock: FakeClock, box: Engine) -> None:
    visual = make_visual(qtbot, box, visual_style="circle")
    box.start()
    first = visual.picture(at(box, clock, 50.0))
    later = visual.picture(at(box, clock, 80.0))
    assert first == later
