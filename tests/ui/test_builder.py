"""The routine builder: form in, valid TOML out, with the CLI's messages and a live preview."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QMessageBox,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tenang.cli import validate_files
from tenang.core.engine import FakeClock, State
from tenang.core.model import (
    DEFAULT_CUES,
    BreatheStep,
    BreathPattern,
    Cues,
    MeditateStep,
    Prompt,
    Session,
    Text,
)
from tenang.core.resources import bundled_sessions_dir
from tenang.core.routine_store import suggest_free_id
from tenang.core.sessions import load_session_bytes, load_session_file, load_session_text
from tenang.core.sessions.writer import dumps_routine, session_to_toml, without_lines
from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES
from tenang.ui import builder as builder_module
from tenang.ui.builder import RoutineBuilder
from tenang.ui.i18n import LanguageSwitcher
from tenang.ui.timers import FakeTimerFactory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MakeBuilder = Callable[..., RoutineBuilder]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "sessions"


@pytest.fixture
def make_builder(qtbot: QtBot, folder: Path, ui_reset: LanguageSwitcher) -> MakeBuilder:
    def make(**kwargs: Any) -> RoutineBuilder:
        kwargs.setdefault("clock", FakeClock(100.0))
        kwargs.setdefault("timer_factory", FakeTimerFactory())
        builder = RoutineBuilder(folder, **kwargs)
        qtbot.addWidget(builder)
        return builder

    return make


def bundled(routine_id: str) -> Session:
    path = Path(str(bundled_sessions_dir())) / f"{routine_id}.toml"
    session = load_session_bytes(path.read_bytes(), path.name).session
    assert session is not None
    return session


def messages(builder: RoutineBuilder) -> list[str]:
    return [builder.problem_list.item(i).text() for i in range(builder.problem_list.count())]


def test_a_new_routine_asks_for_a_title_and_an_id(make_builder: MakeBuilder) -> None:
    builder = make_builder()
    assert messages(builder) == [
        "routine.toml: id: missing required key",
        "routine.toml: title: missing required key",
    ]
    assert not builder.buttons.button(builder.buttons.StandardButton.Save).isEnabled()
    # Typing the title fills in the id until the id is typed by hand.
    builder.title_edit.en.setText("My evening")
    builder.title_edit.en.textEdited.emit("My evening")
    assert builder.id_edit.text() == "my-evening"
    assert messages(builder) == []
    assert builder.buttons.button(builder.buttons.StandardButton.Save).isEnabled()


def test_building_a_routine_and_saving_reads_back_equal(
    make_builder: MakeBuilder, folder: Path
) -> None:
    builder = make_builder()
    builder.id_edit.setText("evening")
    builder.title_edit.en.setText("Evening")
    builder.title_edit.id.setText("Malam")
    builder.summary_edit.en.setText("Slow down.")
    builder.tags_edit.setText("calm, sleep")
    builder.ambient.setCurrentIndex(builder.ambient.findData("rain"))
    breathe = builder.breathe_editor
    breathe.label.en.setText("Settle")
    breathe.phases["inhale"].setValue(4)
    breathe.phases["hold"].setValue(2)
    breathe.phases["exhale"].setValue(6.5)
    breathe.length_mode.setCurrentIndex(breathe.length_mode.findData("duration"))
    breathe.duration.setText("2m")
    breathe.ramp.setChecked(True)
    breathe.ramp_phases["exhale"].setValue(8)
    breathe.default_cues.setChecked(False)
    breathe.cues["hold"].setCurrentIndex(breathe.cues["hold"].findData(None))
    builder.add_step("meditate")
    meditate = builder.meditate_editor
    meditate.duration.setText("3m")
    meditate.interval.setChecked(True)
    meditate.bell_every.setText("1m")
    meditate.append_prompt("0s", "Rest", "Istirahat")
    assert messages(builder) == []

    path = builder.save()
    assert path == folder / "evening.toml"
    loaded = load_session_file(path).session
    assert loaded is not None
    assert without_lines(loaded) == Session(
        id="evening",
        title=Text.of({"en": "Evening", "id": "Malam"}),
        summary=Text.plain("Slow down."),
        tags=("calm", "sleep"),
        ambient="rain",
        steps=(
            BreatheStep(
                BreathPattern(4, hold=2, exhale=6.5),
                duration=120,
                ramp_to=BreathPattern(4, hold=2, exhale=8),
                cues=Cues(
                    inhale="chime-rise", top_up="chime-rise", exhale="chime-fall", hold_empty="tick"
                ),
                ambient="rain",
                label=Text.plain("Settle"),
            ),
            MeditateStep(
                duration=180,
                bell_every=60,
                ambient="rain",
                prompts=(Prompt(0, Text.of({"en": "Rest", "id": "Istirahat"})),),
            ),
        ),
    )
    assert path.read_text(encoding="utf-8") == builder.text


def test_validation_shows_the_same_messages_as_the_cli(
    make_builder: MakeBuilder,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    builder = make_builder(session=bundled("box-breathing"))
    builder.id_edit.setText("box")
    builder.breathe_editor.phases["inhale"].setValue(0.5)
    builder.breathe_editor.length_mode.setCurrentIndex(1)
    builder.breathe_editor.duration.setText("4 minutes")
    shown = messages(builder)
    assert shown == [
        "box.toml:11:1: steps[0].inhale: must be at least 1 second (got 0.5)",
        'box.toml:15:1: steps[0].duration: must be a number of seconds or a text like "90s", '
        '"4m", "1m30s" or "1h" (got "4 minutes")',
    ]
    assert builder.problems_label.text() == "2 problems to fix before saving:"
    # The CLI, on the very text the form would save, prints the same lines.
    (tmp_path / "box.toml").write_text(builder.text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    validate_files([Path("box.toml")], out=sys.stdout)
    assert capsys.readouterr().out.splitlines() == shown


def test_activating_a_problem_goes_to_its_step(make_builder: MakeBuilder) -> None:
    builder = make_builder(session=bundled("three-minute-breathing-space"))
    builder.step_list.setCurrentRow(2)
    builder.meditate_editor.duration.setText("1s")
    builder.step_list.setCurrentRow(0)
    assert messages(builder) == [
        "three-minute-breathing-space.toml:29:1: steps[2].duration: must be at least 10 seconds "
        "(got 1s)"
    ]
    builder.problem_list.itemActivated.emit(builder.problem_list.item(0))
    assert builder.step_list.currentRow() == 2


def test_total_time_updates_as_you_type(make_builder: MakeBuilder) -> None:
    builder = make_builder(session=bundled("box-breathing"))
    assert builder.total_label.text() == "Total: 4 min"
    builder.breathe_editor.length_mode.setCurrentIndex(1)
    builder.breathe_editor.duration.setText("90s")
    assert builder.total_label.text() == "Total: 1 min 36 s"  # whole breaths of 16 s
    builder.breathe_editor.duration.setText("nonsense")
    assert builder.total_label.text() == "Total: not known yet"


def test_steps_are_added_removed_and_reordered_from_the_keyboard(
    make_builder: MakeBuilder, qtbot: QtBot
) -> None:
    builder = make_builder(session=bundled("box-breathing"))
    builder.show()
    qtbot.waitExposed(builder)
    builder.activateWindow()
    QApplication.processEvents()
    builder.step_list.setFocus()
    qtbot.keyClick(
        builder.step_list,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    kinds = [step["kind"] for step in builder.step_tables()]
    assert kinds == ["breathe", "meditate"]
    assert builder.step_list.currentRow() == 1
    qtbot.keyClick(builder.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [step["kind"] for step in builder.step_tables()] == ["meditate", "breathe"]
    assert builder.step_list.currentRow() == 0
    assert builder.step_list.item(0).text() == "1. Quiet"
    qtbot.keyClick(builder.step_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [step["kind"] for step in builder.step_tables()] == ["breathe", "meditate"]
    qtbot.keyClick(
        builder.step_list,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [step["kind"] for step in builder.step_tables()] == ["breathe"]
    # The last step cannot be removed: a routine needs one.
    assert not builder.remove_step.isEnabled()
    builder.delete_step()
    assert len(builder.step_tables()) == 1
    # The buttons do the same.
    builder.add_breathe.click()
    builder.move_up.click()
    assert builder.step_list.currentRow() == 0
    assert messages(builder) == []


def test_duplicate_and_edit_a_bundled_routine(make_builder: MakeBuilder, folder: Path) -> None:
    original = bundled("box-breathing")
    taken = {"box-breathing", "quick-calm"}
    copy = Session(**{**original.__dict__, "id": suggest_free_id(original.id, taken)})
    builder = make_builder(session=copy, taken_ids=taken)
    assert builder.id_edit.text() == "box-breathing-copy"
    assert builder.windowTitle() == "New routine"
    builder.breathe_editor.phases["hold"].setValue(2)
    path = builder.save()
    assert path == folder / "box-breathing-copy.toml"
    loaded = load_session_file(path).session
    assert loaded is not None
    step = original.steps[0]
    assert isinstance(step, BreatheStep)
    expected_step = BreatheStep(
        **{**step.__dict__, "pattern": BreathPattern(4, hold=2, exhale=4, hold_empty=4)}
    )
    assert without_lines(loaded) == without_lines(
        Session(**{**copy.__dict__, "steps": (expected_step,)})
    )


def test_an_id_already_taken_is_a_problem(make_builder: MakeBuilder) -> None:
    builder = make_builder(session=bundled("box-breathing"), taken_ids={"box-breathing"})
    assert messages(builder) == [
        'box-breathing.toml:2:1: id: "box-breathing" is already used by another routine '
        "(give it another id)"
    ]
    assert builder.save() is None


COMMENTED = """# My own routine: keep it short.
format = 1
id = "mine"
title = "Mine"  # the title

[[steps]]
kind = "meditate"
duration = "1m"
"""


@pytest.mark.parametrize("accept", [False, True])
def test_editing_a_file_with_comments_warns_before_saving(
    make_builder: MakeBuilder, folder: Path, monkeypatch: pytest.MonkeyPatch, accept: bool
) -> None:
    folder.mkdir()
    path = folder / "mine.toml"
    path.write_text(COMMENTED, encoding="utf-8")
    session = load_session_file(path).session
    asked: list[tuple[str, list[int]]] = []

    def confirm(parent: QWidget, target: Path, lines: list[int]) -> bool:
        asked.append((target.name, lines))
        return accept

    monkeypatch.setattr(builder_module, "confirm_lose_comments", confirm)
    builder = make_builder(session=session, path=path, original_text=COMMENTED, taken_ids={"mine"})
    assert builder.windowTitle() == "Edit routine"
    assert messages(builder) == []  # its own id is not a clash
    builder.title_edit.en.setText("Mine, edited")
    result = builder.save()
    assert asked == [("mine.toml", [1, 4])]
    if accept:
        assert result == path
        assert 'title = "Mine, edited"' in path.read_text(encoding="utf-8")
    else:
        assert result is None
        assert path.read_text(encoding="utf-8") == COMMENTED


def test_saving_never_overwrites_another_file_without_asking(
    make_builder: MakeBuilder, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder.mkdir()
    (folder / "evening.toml").write_text("someone else's", encoding="utf-8")
    answers = [False, True]
    asked: list[str] = []

    def confirm(parent: QWidget, path: Path) -> bool:
        asked.append(path.name)
        return answers.pop(0)

    monkeypatch.setattr(builder_module, "confirm_replace", confirm)
    builder = make_builder()
    builder.id_edit.setText("evening")
    builder.title_edit.en.setText("Evening")
    assert builder.save() is None
    assert (folder / "evening.toml").read_text(encoding="utf-8") == "someone else's"
    assert builder.save() == folder / "evening.toml"
    assert asked == ["evening.toml", "evening.toml"]
    assert load_session_file(folder / "evening.toml").ok


def test_the_preview_plays_on_the_fake_clock_and_loops(
    make_builder: MakeBuilder, qtbot: QtBot
) -> None:
    clock = FakeClock(100.0)
    timers = FakeTimerFactory()
    builder = make_builder(session=bundled("box-breathing"), clock=clock, timer_factory=timers)
    frames = timers.frames["preview"]
    assert not frames.is_active  # nothing animates before the builder is shown
    builder.show()
    qtbot.waitExposed(builder)
    assert frames.is_active
    engine = builder.preview_engine
    assert engine is not None and engine.state is State.RUNNING
    clock.advance(2.0)
    frames.tick()
    frame = builder._frame()
    assert frame.segment is not None and frame.segment.phase.value == "inhale"
    assert 0 < frame.breath_level < 1
    clock.advance(240.0)
    frames.tick()  # past the end: the preview starts over
    assert builder.preview_engine is not engine
    assert builder._frame().elapsed == 0
    builder.toggle_preview()
    assert not frames.is_active
    assert builder.play_button.text() == "&Play preview"
    builder.toggle_preview()
    assert frames.is_active
    builder.reject()
    assert not frames.is_active


def unnamed(root: QWidget) -> list[str]:
    """Focusable controls whose accessible name (what a screen reader speaks) is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QScrollBar):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        if widget.isWindow() or widget.window() is not root:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(make_builder: MakeBuilder) -> None:
    builder = make_builder(session=bundled("three-minute-breathing-space"))
    builder.meditate_editor.interval.setChecked(True)
    assert unnamed(builder) == []
    builder.add_step("breathe")
    builder.breathe_editor.ramp.setChecked(True)
    builder.breathe_editor.default_cues.setChecked(False)
    assert unnamed(builder) == []


def test_the_builder_speaks_indonesian(
    make_builder: MakeBuilder, ui_reset: LanguageSwitcher
) -> None:
    builder = make_builder(session=bundled("box-breathing"))
    ui_reset.apply("id")
    assert builder.windowTitle() == "Rutinitas baru"
    assert builder.add_breathe.text() == "Tambah &napas"
    assert builder.total_label.text() == "Total: 4 mnt"


# -- the form can express any routine it shows, and writes it back unchanged ------------------

phase = st.integers(0, 3000).map(lambda n: n / 100)


def bounded(low: float, high: float) -> st.SearchStrategy[float]:
    return st.integers(round(low * 100), round(high * 100)).map(lambda n: n / 100)


words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(lambda s: s.strip() != "" and s == s.strip())
texts = st.one_of(
    words.map(Text.plain),
    st.tuples(words, words).map(lambda p: Text.of({"en": p[0], "id": p[1]})),
    words.map(lambda w: Text.of({"id": w})),
)
cue = st.sampled_from(CUE_NAMES)
patterns = st.builds(
    BreathPattern,
    inhale=bounded(1, 20),
    hold=st.just(0.0) | bounded(0, 30),
    exhale=bounded(1, 30),
    hold_empty=st.just(0.0) | bounded(0, 30),
    top_up=st.just(0.0) | bounded(0, 5),
).filter(lambda p: 2 <= p.cycle_seconds <= 90)


@st.composite
def form_sessions(draw: st.DrawFn) -> Session:
    ambient = draw(st.none() | st.sampled_from(AMBIENT_NAMES))
    steps: list[BreatheStep | MeditateStep] = []
    for kind in draw(st.lists(st.sampled_from(["breathe", "meditate"]), min_size=1, max_size=3)):
        if kind == "breathe":
            pattern = draw(patterns)
            ramp = draw(st.none() | patterns)
            by_time = draw(st.booleans())
            steps.append(
                BreatheStep(
                    pattern=pattern,
                    duration=draw(st.integers(max(10, int(pattern.cycle_seconds) + 1), 600))
                    if by_time
                    else None,
                    cycles=None if by_time else draw(st.integers(2, 40)),
                    ramp_to=ramp,
                    cues=draw(
                        st.just(DEFAULT_CUES)
                        | st.builds(
                            Cues,
                            inhale=st.none() | cue,
                            hold=st.none() | cue,
                            exhale=st.none() | cue,
                            hold_empty=st.none() | cue,
                            top_up=st.none() | cue,
                        )
                    ),
                    ambient=ambient,
                    label=draw(st.none() | texts),
                )
            )
        else:
            duration = draw(st.integers(100, 3600)) / 10
            prompts = draw(
                st.lists(
                    st.builds(Prompt, at=st.integers(0, int(duration) - 1).map(float), text=texts),
                    max_size=2,
                )
            )
            steps.append(
                MeditateStep(
                    duration=duration,
                    bell_every=draw(
                        st.none() | st.integers(10, max(10, int(duration) - 1)).map(float)
                    )
                    if duration > 11
                    else None,
                    bell=draw(cue),
                    prompts=tuple(sorted(prompts, key=lambda p: p.at)),
                    ambient=ambient,
                    label=draw(st.none() | texts),
                )
            )
    return Session(
        id=draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True)),
        title=draw(texts),
        summary=draw(st.none() | texts),
        tags=tuple(
            draw(
                st.lists(
                    st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True), max_size=3, unique=True
                )
            )
        ),
        source=draw(st.none() | words),
        caution=draw(st.none() | texts),
        ambient=ambient,
        steps=tuple(steps),
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(form_sessions())
def test_any_routine_the_form_can_express_survives_form_writer_loader(
    make_builder: MakeBuilder, session: Session
) -> None:
    builder = make_builder(session=session)
    # Pass every step through its editor's widgets, not only the first.
    for row in range(builder.step_list.count()):
        builder.step_list.setCurrentRow(row)
    assert messages(builder) == []
    text = dumps_routine(builder.document())
    loaded = load_session_text(text, "form.toml").session
    assert loaded is not None
    assert without_lines(loaded) == session
    assert text == session_to_toml(session)
    builder.close()
    builder.deleteLater()


@pytest.mark.parametrize(("button", "expected"), [("Replace", True), ("Cancel", False)])
def test_the_replace_question_answers_with_the_button_pressed(
    qtbot: QtBot, ui_reset: LanguageSwitcher, button: str, expected: bool
) -> None:
    """The real message box (not patched): answered from inside its own event loop."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        for candidate in box.buttons():
            if candidate.text() == button:
                candidate.click()

    QTimer.singleShot(0, answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert builder_module.confirm_replace(parent, Path("evening.toml")) is expected
    assert seen == ["evening.toml already exists in your routines folder. Replace it?"]
