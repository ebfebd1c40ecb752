"""The TOML source scanner: key paths to positions, never raising."""

from __future__ import annotations

import tomllib

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st
from session_cases import CASES, FULL

from tenang.core.sessions import Position, format_path, scan
from tenang.core.sessions.locate import KeyPath, parse_path

DOCUMENT = """\
# comment with = and [brackets]
format = 1
title.en = "x"  # dotted key
title . "id" = 'y'
"quoted key" = { a = 1, "b.c" = [1, [2, 3]] }

[[steps]]
kind = "breathe"
text = \"\"\"
inhale = 99
[[steps]]
\"\"\"
cues = { inhale = "chime-rise",
         exhale = false }
prompts = [
  { at = "0s", text = "a" },  # trailing comment
  # between
  { at = 1, text = { en = "b" } },
]

[[steps]]
literal = '''
[[steps]]
'''
inhale = 4

[[steps.prompts]]
at = 1
[[steps.prompts]]
at = 2

[steps.ramp]
inhale = 3

[other.deep]
key = 1
"""


@pytest.mark.parametrize(
    ("path", "line", "column"),
    [
        ("format", 2, 1),
        ("title", 3, 1),
        ("title.en", 3, 7),
        ("title.id", 4, 9),
        ('"quoted key"', 5, 1),
        ('"quoted key".a', 5, 18),
        ('"quoted key"."b.c"', 5, 25),
        ('"quoted key"."b.c"[1][0]', 5, 38),
        ("steps", 7, 1),
        ("steps[0]", 7, 1),
        ("steps[0].kind", 8, 1),
        ("steps[0].cues.inhale", 13, 10),
        ("steps[0].cues.exhale", 14, 10),
        ("steps[0].prompts[0]", 16, 3),
        ("steps[0].prompts[0].at", 16, 5),
        ("steps[0].prompts[1].text.en", 18, 22),
        ("steps[1]", 21, 1),
        ("steps[1].inhale", 25, 1),
        ("steps[1].prompts[0].at", 28, 1),
        ("steps[1].prompts[1]", 29, 1),
        ("steps[1].prompts[1].at", 30, 1),
        ("steps[1].ramp.inhale", 33, 1),
        ("other", 35, 1),
        ("other.deep.key", 36, 1),
    ],
)
def test_exact_positions(path: str, line: int, column: int) -> None:
    assert scan(DOCUMENT).exact(path) == Position(line, column)


def test_headers_inside_multiline_strings_are_not_headers() -> None:
    source = scan(DOCUMENT)
    assert source.exact("steps[2]") is None
    assert source.exact("steps[0].inhale") is None


def test_missing_keys_fall_back_to_the_nearest_parent() -> None:
    source = scan(DOCUMENT)
    assert source.exact("steps[1].exhale") is None
    assert source.locate("steps[1].exhale") == Position(21, 1)
    assert source.locate("steps[0].prompts[0].missing") == Position(16, 3)
    assert source.locate(("steps", 1, "prompts", 1, "text")) == Position(29, 1)
    assert source.locate("id") is None
    assert source.locate("") is None


def test_crlf_and_tabs() -> None:
    source = scan("a = 1\r\n[[steps]]\r\n\tinhale\t=\t4\r\n")
    assert source.exact("steps[0].inhale") == Position(3, 2)


def test_escapes_in_quoted_keys_match_tomllib() -> None:
    text = '"tab\\there" = 1\n"\\u00e9" = 2\n'
    assert set(tomllib.loads(text)) == {"tab\there", "é"}
    source = scan(text)
    assert source.exact(("tab\there",)) == Position(1, 1)
    assert source.exact(("é",)) == Position(2, 1)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (("steps", 1, "inhale"), "steps[1].inhale"),
        (("title", "id"), "title.id"),
        (("steps", 0, "prompts", 2, "at"), "steps[0].prompts[2].at"),
        (("title", "pt-BR"), "title.pt-BR"),
        (("a b", "c.d"), '"a b"."c.d"'),
        ((), ""),
    ],
)
def test_format_and_parse_paths(path: KeyPath, text: str) -> None:
    assert format_path(path) == text
    assert parse_path(text) == path


def test_every_key_of_the_full_example_is_found() -> None:
    source = scan(FULL)

    def walk(value: object, path: KeyPath) -> None:
        if path:
            assert source.exact(path) is not None, format_path(path)
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*path, index))

    walk(tomllib.loads(FULL), ())


@pytest.mark.parametrize("text", ["[", "[[", "a = [", 'a = "', "a = '''", "a = {", "= 1", "[]"])
def test_broken_input_gives_partial_results(text: str) -> None:
    scan(text)


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    source = scan("a = " + "[" * 100_000 + "\nb = 1\n")
    assert source.exact("a") == Position(1, 1)
    assert scan("a = " + "{ b = " * 20_000).exact("a") == Position(1, 1)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab=.,[]{}\"'#\\\n \t\r123")), max_size=200))
def test_never_raises_on_toml_like_noise(text: str) -> None:
    source = scan(text)
    lines = text.count("\n") + 1
    for position in source.positions().values():
        assert 1 <= position.line <= lines
        assert position.column >= 1


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    scan(text)


_names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=6)
_documents = st.recursive(
    st.integers() | st.text(max_size=5) | st.booleans(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_names, inner, max_size=3),
    max_leaves=15,
).filter(lambda value: isinstance(value, dict))


@settings(max_examples=80, deadline=None)
@given(_documents)
def test_finds_every_key_that_tomli_w_writes(data: dict[str, object]) -> None:
    text = tomli_w.dumps(data)
    parsed = tomllib.loads(text)
    source = scan(text)

    def walk(value: object, path: KeyPath) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                assert source.exact((*path, key)) is not None, (text, (*path, key))
                walk(item, (*path, key))

    walk(parsed, ())


def test_locates_the_problem_line_of_every_table_case() -> None:
    """Sanity for the shared table: each expected line is where the scanner says the key is."""
    for case in CASES:
        if case.valid or not case.at:
            continue
        try:
            tomllib.loads(case.toml)
        except tomllib.TOMLDecodeError:
            continue
        where = scan(case.toml).locate(case.key)
        assert where is not None and where.line == case.line, case.name
