"""The caution before a run: shown until "don't show again", with the safety guide if intense."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ui_samples import SAMPLE, FakeEntry, FakeLibrary, MakeWindow

from tenang.core.engine import FakeClock
from tenang.core.model import BreatheStep, BreathPattern, Text
from tenang.core.settings import Settings, read_settings
from tenang.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CAREFUL = replace(
    SAMPLE[0],
    id="careful",
    caution=Text.of({"en": "Stop if you feel dizzy.", "id": "Berhenti jika pusing."}),
)
HOLD = replace(
    SAMPLE[1],
    id="hold-on",
    steps=(BreatheStep(BreathPattern(4, 15, 6), cycles=3),),
)


def _window(make_window: MakeWindow, routine_id: str) -> MainWindow:
    library = FakeLibrary([FakeEntry(s, "bundled", None) for s in (*SAMPLE, CAREFUL, HOLD)])
    window = make_window(library=library, settings=Settings(lead_in=False), clock_factory=FakeClock)
    window.select_routine(routine_id)
    return window


def _request(window: MainWindow) -> None:
    item = window.current_item()
    assert item is not None
    window.request_routine(item)


def _stop(window: MainWindow) -> None:
    assert window.player is not None
    window.player.stop_silently()
    window.close_player()


def test_the_caution_shows_before_a_run_until_dont_show_again(make_window: MakeWindow) -> None:
    window = _window(make_window, "careful")
    _request(window)
    dialog = window.caution_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.text() == "Stop if you feel dizzy."
    assert dialog.safety_link.isHidden()  # not intense
    assert window.player is None  # waits for the answer
    dialog.start_button.click()
    _stop(window)
    _request(window)  # not turned off: asked again
    second = window.caution_dialog
    assert second is not None and second is not dialog and second.isVisible()
    second.dont_show.setChecked(True)
    second.start_button.click()
    assert window.settings.cautions_seen == ("careful",)
    assert read_settings(window.services.paths.settings_file).settings.cautions_seen == ("careful",)
    _stop(window)
    window.caution_dialog = None
    _request(window)
    assert window.caution_dialog is None  # not again
    _stop(window)


def test_cancel_starts_nothing_and_remembers_nothing(make_window: MakeWindow) -> None:
    window = _window(make_window, "careful")
    _request(window)
    dialog = window.caution_dialog
    assert dialog is not None
    dialog.dont_show.setChecked(True)
    dialog.reject()
    assert window.player is None
    assert window.settings.cautions_seen == ()


@pytest.mark.parametrize("accept", [False, True])
def test_an_intense_routine_shows_why_and_the_safety_guide(
    make_window: MakeWindow, accept: bool
) -> None:
    window = _window(make_window, "hold-on")
    _request(window)
    dialog = window.caution_dialog
    assert dialog is not None and dialog.isVisible()
    assert "holds the breath for up to 15 seconds" in dialog.text.text()
    assert "dizzy" in dialog.text.text()  # no caution of its own: the general one
    assert not dialog.safety_link.isHidden()
    dialog.safety_link.linkActivated.emit("guide:safety")
    assert window.learn_page is not None and window.learn_page.isVisible()
    assert window.learn_page.current is not None
    assert window.learn_page.current.slug == "safety"
    if accept:
        dialog.start_button.click()
        _stop(window)
    else:
        dialog.reject()
        assert window.player is None


def test_a_routine_without_a_caution_starts_at_once(make_window: MakeWindow) -> None:
    window = _window(make_window, "quick")
    _request(window)
    assert window.caution_dialog is None
    _stop(window)


def test_the_start_gate_is_asked_after_the_caution(make_window: MakeWindow) -> None:
    window = _window(make_window, "careful")
    asked: list[str] = []
    window.start_gate = lambda item: asked.append(item.session.id) or True
    _request(window)
    assert asked == []
    assert window.caution_dialog is not None
    window.caution_dialog.start_button.click()
    assert asked == ["careful"]
    assert window.player is None  # the gate took over


def test_the_caution_dialog_is_named(make_window: MakeWindow) -> None:
    from test_accessibility import _unnamed

    window = _window(make_window, "hold-on")
    _request(window)
    assert window.caution_dialog is not None
    assert _unnamed(window.caution_dialog) == []
