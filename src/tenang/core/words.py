"""Phase words for the terminal runner, in the languages Tenang ships.

The GUI translates through Qt's ``.ts`` files; the command line must work with no Qt at all,
so it keeps this one small table. Keep the two in step: ``tests/core/test_words.py`` checks
that every phase has a word in every language.
"""

from __future__ import annotations

from tenang.core.model import Phase

LANGUAGES: tuple[str, ...] = ("en", "id")

PHASE_WORDS: dict[str, dict[Phase, str]] = {
    "en": {
        Phase.INHALE: "Breathe in",
        Phase.TOP_UP: "Sip in more",
        Phase.HOLD: "Hold",
        Phase.EXHALE: "Breathe out",
        Phase.HOLD_EMPTY: "Rest",
        Phase.MEDITATE: "Be still",
    },
    "id": {
        Phase.INHALE: "Tarik napas",
        Phase.TOP_UP: "Tarik sedikit lagi",
        Phase.HOLD: "Tahan",
        Phase.EXHALE: "Hembuskan",
        Phase.HOLD_EMPTY: "Jeda",
        Phase.MEDITATE: "Diam sejenak",
    },
}

RUNNER_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "cycle": "breath {n} of {total}",
        "finished": "Finished {title}: {time} breathed, {cycles}.",
        "stopped": "Stopped {title} after {time} of {planned}, {cycles}.",
        "breaths": "{n} breaths",
        "breaths_one": "{n} breath",
        "left": "left",
    },
    "id": {
        "cycle": "napas {n} dari {total}",
        "finished": "Selesai {title}: {time} bernapas, {cycles}.",
        "stopped": "{title} dihentikan setelah {time} dari {planned}, {cycles}.",
        "breaths": "{n} napas",
        "breaths_one": "{n} napas",
        "left": "lagi",
    },
}


def phase_word(phase: Phase, language: str) -> str:
    return PHASE_WORDS.get(language, PHASE_WORDS["en"])[phase]


def runner_word(key: str, language: str) -> str:
    return RUNNER_WORDS.get(language, RUNNER_WORDS["en"])[key]


def count_breaths(count: int, language: str) -> str:
    """``1 breath``, ``5 breaths``; Indonesian does not inflect (``5 napas``)."""
    return runner_word("breaths_one" if count == 1 else "breaths", language).format(n=count)
