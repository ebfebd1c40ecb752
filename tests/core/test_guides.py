"""The guide parser: header, links, messages; the bundled content has its own tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenang.core.guides import (
    Guide,
    count_words,
    find_links,
    load_guides,
    parse_guide,
    parse_link,
    render_markdown,
)

GOOD = """+++
title = "Box breathing"
summary = "Four equal steps."
sources = [{ text = "Balban et al. 2023", url = "https://doi.org/10.1016/j.xcrm.2022.100895" }]
related_routines = ["box-breathing"]
+++
# Box breathing

See [safety](guide:safety) and [try it](routine:box-breathing).
"""


def parse(text: str, slug: str = "box") -> tuple[Guide | None, list[str]]:
    guide, problems = parse_guide(text, "guides/en/box.md", slug, "en")
    return guide, [str(p) for p in problems]


def test_good_guide_parses() -> None:
    guide, problems = parse(GOOD)
    assert problems == []
    assert guide is not None
    assert guide.title == "Box breathing"
    assert guide.sources[0].url == "https://doi.org/10.1016/j.xcrm.2022.100895"
    assert guide.related_routines == ("box-breathing",)
    assert guide.body.startswith("# Box breathing")
    assert guide.body_line == 7
    assert [(link.kind, link.target, link.line) for link in guide.links] == [
        ("guide", "safety", 9),
        ("routine", "box-breathing", 9),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title = 1\n", "guides/en/box.md:1: header: must start with a +++ line"),
        ("+++\ntitle = 'x'\n", "guides/en/box.md:1: header: has no closing +++ line"),
        (
            GOOD.replace('title = "Box breathing"', 'title = "Box'),
            "guides/en/box.md:2: header: is not valid TOML",
        ),
        (GOOD.replace('title = "Box breathing"\n', ""), "guides/en/box.md:1: title: is required"),
        (
            GOOD.replace('summary = "Four equal steps."', 'summary = ""'),
            "guides/en/box.md:3: summary: must be non-empty text",
        ),
        (
            GOOD.replace("related_routines", "related"),
            "guides/en/box.md:5: related: unknown key",
        ),
        (
            GOOD.replace('url = "https://doi', 'url = "ftp://doi'),
            "guides/en/box.md:4: sources[0].url: must be an http(s) address",
        ),
        (
            GOOD.replace("sources = [", "sources = []\nx = ["),
            "guides/en/box.md:4: sources: must be",
        ),
        (
            GOOD.replace('["box-breathing"]', '["Box Breathing"]'),
            'guides/en/box.md:5: related_routines: "Box Breathing" is not a routine id',
        ),
        (
            GOOD.replace("(guide:safety)", "(giude:safety)"),
            'guides/en/box.md:9: link: "giude:safety" is not guide:<slug>, routine:<id>',
        ),
        (GOOD.split("# Box")[0], "guides/en/box.md:6: body: is empty"),
    ],
)
def test_problems_are_located(text: str, expected: str) -> None:
    guide, problems = parse(text)
    assert guide is None
    assert any(p.startswith(expected) for p in problems), problems


def test_bad_file_name_is_reported() -> None:
    guide, problems = parse(GOOD, slug="Box Breathing")
    assert guide is None
    assert problems[0].startswith('guides/en/box.md:1: file: name "Box Breathing"')


def test_link_lines_count_blank_lines_after_the_header() -> None:
    guide, _ = parse(GOOD.replace("+++\n# Box", "+++\n\n\n# Box"))
    assert guide is not None and guide.body_line == 9
    assert {link.line for link in guide.links} == {11}


def test_parse_link() -> None:
    assert parse_link("guide:safety") == ("guide", "safety")
    assert parse_link("routine:box-breathing") == ("routine", "box-breathing")
    assert parse_link("https://example.org") is None
    assert parse_link("routine:") is None
    assert parse_link("guide:../etc") is None


def test_find_links_ignores_web_links_and_counts_lines() -> None:
    body = "a [x](https://who.int)\n\nb [y](guide:a) [z](routine:b-c)\n"
    assert [(link.target, link.line) for link in find_links(body, 10)] == [("a", 12), ("b-c", 12)]


def test_count_words_skips_link_targets_and_markup() -> None:
    assert count_words("# Title\n\n- one [two words](guide:some-long-slug) **three**") == 5


def test_render_markdown_appends_sources_in_the_guide_language(tmp_path: Path) -> None:
    guide, _ = parse(GOOD)
    assert guide is not None
    rendered = render_markdown(guide)
    assert rendered.startswith(guide.body.rstrip())
    assert "## Sources\n\n- Balban et al. 2023 <https://doi.org/" in rendered
    indonesian, _ = parse_guide(GOOD, "x.md", "box", "id")
    assert indonesian is not None
    assert "## Sumber" in render_markdown(indonesian)


def write(root: Path, language: str, slug: str, text: str) -> None:
    folder = root / language
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slug}.md").write_text(text, encoding="utf-8")


def test_library_checks_links_and_falls_back_to_english(tmp_path: Path) -> None:
    safety = GOOD.replace("(guide:safety)", "(guide:box)")
    write(tmp_path, "en", "box", GOOD)
    write(tmp_path, "en", "safety", safety)
    write(tmp_path, "id", "box", GOOD.replace("(guide:safety)", "(guide:missing)"))
    library = load_guides(tmp_path, routine_ids={"other"})
    messages = [str(p) for p in library.problems]
    assert 'guides/id/box.md:9: link: no guide "missing"' in messages
    assert 'guides/en/box.md:9: link: no routine "box-breathing"' in messages
    assert 'guides/en/box.md:5: related_routines: no routine "box-breathing"' in messages
    assert library.slugs("en") == ("box", "safety")
    fallback = library.get("safety", "id")
    assert fallback is not None and fallback.language == "en"
    assert [g.slug for g in library.listing("id")] == ["box", "safety"]


def test_missing_language_folder_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path, "en", "box", GOOD.replace("(guide:safety)", "(guide:box)"))
    library = load_guides(tmp_path)
    assert [p.message for p in library.problems] == ["the folder does not exist"]


_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='"\\'), min_size=1
)


@settings(max_examples=60)
@given(title=_text.filter(lambda s: s.strip() and len(s.strip()) <= 120), body=st.text())
def test_generated_headers_round_trip(title: str, body: str) -> None:
    text = f'+++\ntitle = "{title}"\nsummary = "s"\nsources = [{{ text = "t" }}]\n+++\nWords {body}'
    text = text.replace("\r", "")
    guide, problems = parse(text)
    if guide is not None:
        assert guide.title == title.strip()
    else:
        assert problems and all(p.startswith("guides/en/box.md:") for p in problems)


@settings(max_examples=100)
@given(st.text())
def test_parser_never_raises(text: str) -> None:
    guide, problems = parse(text)
    assert (guide is None) == bool(problems)
