"""Steps in plain words, in English and Indonesian, with numbers through QLocale."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale

from tenang.core.model import (
    BreatheStep,
    BreathPattern,
    MeditateStep,
    Prompt,
    Session,
    Text,
)
from tenang.ui.detail import DetailPane, describe_step
from tenang.ui.i18n import format_seconds, format_total, resolve_language
from tenang.ui.library import RoutineItem

FOUR_SEVEN_EIGHT = BreatheStep(BreathPattern(4, 7, 8), cycles=4)
RAMP = BreatheStep(BreathPattern(4.5, 0, 4.5), duration=600, ramp_to=BreathPattern(5.5, 0, 5.5))
SIGH = BreatheStep(BreathPattern(2, 0, 6, 0, top_up=1), cycles=1)
SIT = MeditateStep(
    duration=600,
    bell_every=120,
    prompts=(Prompt(0, Text.plain("Arrive")), Prompt(60, Text.plain("Rest"))),
    label=Text.of({"en": "Sit", "id": "Duduk"}),
)


@pytest.mark.parametrize(
    ("step", "english", "indonesian"),
    [
        (
            FOUR_SEVEN_EIGHT,
            "4 s in, 7 s hold, 8 s out, 4 cycles",
            "tarik 4 dtk, tahan 7 dtk, hembuskan 8 dtk, 4 siklus",
        ),
        (
            RAMP,
            "4.5 s in, 4.5 s out, easing to 5.5 s in, 5.5 s out, for 10 min",
            "tarik 4,5 dtk, hembuskan 4,5 dtk, perlahan menjadi tarik 5,5 dtk, "
            "hembuskan 5,5 dtk, selama 10 mnt",
        ),
        (
            SIGH,
            "2 s in, 1 s top-up, 6 s out, 1 cycle",
            "tarik 2 dtk, tarik lagi 1 dtk, hembuskan 6 dtk, 1 siklus",
        ),
        (
            SIT,
            "Sit: 10 min of quiet, a bell every 2 min, 2 prompts",
            "Duduk: 10 mnt hening, lonceng setiap 2 mnt, 2 arahan",
        ),
    ],
)
def test_steps_in_plain_words(ui_reset: Any, step: Any, english: str, indonesian: str) -> None:
    assert describe_step(step) == english
    ui_reset.apply("id")
    assert describe_step(step) == indonesian


def test_durations(ui_reset: Any) -> None:
    assert format_seconds(90) == "1 min 30 s"
    assert format_seconds(3900) == "1 h 5 min"
    assert format_total(106) == "1 min 46 s"
    assert format_total(1234) == "21 min"
    ui_reset.apply("id")
    assert format_seconds(90) == "1 mnt 30 dtk"
    assert format_seconds(1.5) == "1,5 dtk"


def test_system_language_resolution() -> None:
    indonesian = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    assert resolve_language("system", indonesian) == "id"
    assert resolve_language("system", QLocale(QLocale.Language.French)) == "en"
    assert resolve_language("en", indonesian) == "en"


def test_pane_shows_everything(qtbot: Any, ui_reset: Any) -> None:
    session = Session(
        id="x",
        title=Text.of({"en": "Calm", "id": "Tenang"}),
        steps=(FOUR_SEVEN_EIGHT,),
        summary=Text.plain("A summary."),
        source="Someone 2020",
        caution=Text.of({"en": "Stop if dizzy.", "id": "Berhenti jika pusing."}),
        tags=("calm",),
    )
    pane = DetailPane()
    qtbot.addWidget(pane)
    started: list[RoutineItem] = []
    pane.startRequested.connect(started.append)
    item = RoutineItem(session, False, None, 76.0)
    pane.show_item(item)
    assert pane.title.text() == "Calm"
    assert pane.meta.text() == "Total 1 min 16 s · Included with Tenang · calm"
    assert pane.steps.text() == "1. 4 s in, 7 s hold, 8 s out, 4 cycles"
    assert pane.caution.text() == "Stop if dizzy."
    assert pane.source.text() == "Someone 2020"
    assert pane.start_button.accessibleName() == "Start Calm"
    pane.start_button.click()
    assert started == [item]
    ui_reset.apply("id")
    assert pane.caution.text() == "Berhenti jika pusing."
    assert pane.title.text() == "Tenang"
    pane.show_item(None)
    assert pane.start_button.isHidden()
