"""The JSON Schema: valid draft-04, helpful, and in agreement with the loader."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator
from jsonschema.exceptions import ValidationError
from session_cases import CASES, Case

from tenang.core.sessions import MAX_FILE_BYTES, load_session_text, session_schema
from tenang.core.sessions.loader import (
    BREATHE_KEYS,
    CYCLES_BOUNDS,
    MEDITATE_KEYS,
    PHASE_BOUNDS,
    PROMPT_KEYS,
    TOP_KEYS,
)
from tenang.core.sessions.locate import parse_path
from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES

SCHEMA = session_schema()
VALIDATOR = Draft4Validator(SCHEMA)
STEP_BRANCH = {"breathe": 0, "meditate": 1}
"""Index of each step kind in the schema's ``oneOf``."""


def test_is_a_valid_draft4_schema() -> None:
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-04/schema#"
    Draft4Validator.check_schema(SCHEMA)
    json.dumps(SCHEMA)  # plain JSON, printable by `tenang sessions schema`


def _objects(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _objects(value, f"{where}/{index}")


def test_every_object_is_closed_and_every_property_described() -> None:
    closed = described = 0
    for where, node in _objects(SCHEMA):
        if node.get("type") != "object":
            continue
        assert node.get("additionalProperties") is False, where
        closed += 1
        for name, prop in node.get("properties", {}).items():
            assert prop.get("description"), f"{where}/properties/{name}"
            described += 1
    assert closed >= 6 and described >= 30


def leaves(error: ValidationError) -> Iterator[ValidationError]:
    if error.context:
        for child in error.context:
            yield from leaves(child)
    else:
        yield error


def relevant(error: ValidationError, document: dict[str, Any]) -> bool:
    """Drop errors from the ``oneOf`` branch of the other step kind: noise, not a verdict."""
    schema_path = list(error.absolute_schema_path)
    path = list(error.absolute_path)
    if schema_path[:4] != ["properties", "steps", "items", "oneOf"] or len(path) < 2:
        return True
    steps = document.get("steps")
    step = steps[path[1]] if isinstance(steps, list) else None
    kind = step.get("kind") if isinstance(step, dict) else None
    return kind not in STEP_BRANCH or schema_path[4] == STEP_BRANCH[kind]


def matches(error: ValidationError, key: tuple[str | int, ...]) -> bool:
    """The error is at the key, or at its table and names the key (missing or unknown), or at
    its array for a rule about the array's items together (``uniqueItems``)."""
    path = tuple(error.absolute_path)
    if path == key:
        return True
    if not key or path != key[:-1]:
        return False
    return isinstance(key[-1], int) or repr(key[-1]) in error.message


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_schema_agrees_with_the_loader(case: Case) -> None:
    document = tomllib.loads(case.toml)
    errors = [
        leaf
        for error in VALIDATOR.iter_errors(document)
        for leaf in leaves(error)
        if relevant(leaf, document)
    ]
    if case.valid or not case.schema:
        # Loader-only rules must really be beyond the schema; otherwise mark them schema=True.
        assert errors == [], [f"{list(e.absolute_path)}: {e.message}" for e in errors]
        return
    key = parse_path(case.key)
    assert any(matches(error, key) for error in errors), (
        case.key,
        [f"{list(e.absolute_path)}: {e.message[:120]}" for e in errors],
    )


def test_table_has_schema_and_loader_only_cases() -> None:
    invalid = [case for case in CASES if not case.valid]
    assert sum(case.schema for case in invalid) >= 60
    assert sum(not case.schema for case in invalid) >= 10


def test_duration_strings_in_the_schema_use_the_loader_pattern() -> None:
    inhale = SCHEMA["definitions"]["step"]["oneOf"][0]["properties"]["inhale"]
    number, text = inhale["anyOf"]
    assert (number["minimum"], number["maximum"]) == (1, 20)
    assert text["pattern"].startswith("^") and text["pattern"].endswith("$")
    assert "Seconds" in inhale["description"]


# -- the written spec ------------------------------------------------------------------------

SPEC = Path(__file__).resolve().parents[3] / "docs" / "session-format.md"


def test_the_spec_names_every_key_and_sound() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for key in (*TOP_KEYS, *BREATHE_KEYS, *MEDITATE_KEYS, *PROMPT_KEYS, *CUE_NAMES, *AMBIENT_NAMES):
        assert f"`{key}`" in text, key


def test_the_spec_bounds_table_matches_the_loader() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for name, (low, high) in PHASE_BOUNDS.items():
        assert f"| `{name}` | {low:g} s | {high:g} s |" in text, name
    assert f"| `cycles` | {CYCLES_BOUNDS[0]} | {CYCLES_BOUNDS[1]} |" in text
    assert f"| the file | | {MAX_FILE_BYTES // 1024} KiB |" in text


def test_the_spec_example_loads_and_validates() -> None:
    text = SPEC.read_text(encoding="utf-8")
    example = text.split("```toml\n", 1)[1].split("```", 1)[0]
    result = load_session_text(example, "example.toml")
    assert result.problems == ()
    assert list(VALIDATOR.iter_errors(tomllib.loads(example))) == []
