"""The bundled guides: complete in both languages, the right length, every link resolving."""

from __future__ import annotations

import pytest

from tenang.core.guides import GUIDE_LANGUAGES, GuideLibrary, guides_root, load_guides
from tenang.core.resources import bundled_sessions_dir
from tenang.core.sessions.library import load_library

MIN_WORDS, MAX_WORDS = 150, 400
TOPICS = {
    "slow-breathing",
    "choosing-a-routine",
    "box-breathing",
    "breathing-4-7-8",
    "resonance-breathing",
    "physiological-sigh",
    "mind-wanders",
    "stress-and-support",
    "supporting-a-friend",
    "mood-journal",
    "safety",
}


@pytest.fixture(scope="module")
def routine_ids() -> set[str]:
    library = load_library(bundled_sessions_dir(), None)
    return {entry.session.id for entry in library.entries}


@pytest.fixture(scope="module")
def library(routine_ids: set[str]) -> GuideLibrary:
    return load_guides(guides_root(), routine_ids=routine_ids)


def test_guides_load_from_the_package_assets_without_problems(library: GuideLibrary) -> None:
    assert [str(p) for p in library.problems] == []
    assert guides_root().is_dir()


def test_every_topic_exists_in_every_language(library: GuideLibrary) -> None:
    assert len(TOPICS) >= 8
    for language in GUIDE_LANGUAGES:
        assert set(library.slugs(language)) == TOPICS, language


def test_indonesian_guides_are_complete(library: GuideLibrary) -> None:
    assert library.slugs("id") == library.slugs("en")
    for slug in library.slugs("en"):
        english, indonesian = library.guides["en"][slug], library.guides["id"][slug]
        assert indonesian.title != english.title or slug in {"breathing-4-7-8"}, slug
        assert indonesian.related_routines == english.related_routines, slug
        assert [s.url for s in indonesian.sources] == [s.url for s in english.sources], slug
        assert {(k.kind, k.target) for k in indonesian.links} == {
            (k.kind, k.target) for k in english.links
        }, slug


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_word_counts_are_in_range(library: GuideLibrary, language: str) -> None:
    for guide in library.guides[language].values():
        assert MIN_WORDS <= guide.word_count <= MAX_WORDS, (guide.path, guide.word_count)


def test_every_link_and_related_routine_resolves(
    library: GuideLibrary, routine_ids: set[str]
) -> None:
    for by_slug in library.guides.values():
        for guide in by_slug.values():
            assert guide.sources, guide.path
            for routine in guide.related_routines:
                assert routine in routine_ids, (guide.path, routine)
            for link in guide.links:
                known = routine_ids if link.kind == "routine" else set(by_slug)
                assert link.target in known, (guide.path, link)


def test_technique_guides_link_to_their_routines(library: GuideLibrary) -> None:
    expected = {
        "box-breathing": "box-breathing",
        "breathing-4-7-8": "breathing-4-7-8",
        "resonance-breathing": "resonance-breathing",
        "physiological-sigh": "cyclic-sighing",
    }
    for language in GUIDE_LANGUAGES:
        for slug, routine in expected.items():
            targets = {link.target for link in library.guides[language][slug].links}
            assert routine in targets, (language, slug)
