from __future__ import annotations

from tenang.core.model import Phase
from tenang.core.words import LANGUAGES, PHASE_WORDS, RUNNER_WORDS, phase_word


def test_every_phase_has_a_word_in_every_language() -> None:
    for language in LANGUAGES:
        assert set(PHASE_WORDS[language]) == set(Phase)
        assert all(PHASE_WORDS[language].values())
        assert set(RUNNER_WORDS[language]) == set(RUNNER_WORDS["en"])


def test_unknown_language_falls_back_to_english() -> None:
    assert phase_word(Phase.EXHALE, "id") == "Hembuskan"
    assert phase_word(Phase.EXHALE, "fr") == "Breathe out"
