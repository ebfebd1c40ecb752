"""The Indonesian catalogue is complete, and the compiled .qm files match their .ts sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "src" / "tenang" / "translations"
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts)
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def test_indonesian_is_complete() -> None:
    messages = _messages(TRANSLATIONS / "tenang_id.ts")
    assert len(messages) > 100
    unfinished = []
    for context, message in messages:
        translation = message.find("translation")
        source = message.findtext("source") or ""
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            f.strip() for f in forms
        ):
            unfinished.append(f"{context}: {source!r}")
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    for context, message in _messages(TRANSLATIONS / "tenang_id.ts"):
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (
            context,
            source,
        )


def _tool(name: str) -> Path:
    path = BIN / name
    found = path if path.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed next to this Python")
    return Path(found)


@pytest.mark.parametrize("language", ["en", "id"])
def test_qm_files_are_up_to_date(tmp_path: Path, language: str) -> None:
    ts = TRANSLATIONS / f"tenang_{language}.ts"
    fresh = tmp_path / f"tenang_{language}.qm"
    subprocess.run(
        [
            str(_tool("pyside6-lrelease")),
            "-nounfinished",
            "-removeidentical",
            str(ts),
            "-qm",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    committed = TRANSLATIONS / f"tenang_{language}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), "run tools/update_translations.sh"


def test_ts_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the sources finds nothing new: no string was added without translation."""
    copy = tmp_path / "tenang_id.ts"
    shutil.copy(TRANSLATIONS / "tenang_id.ts", copy)
    result = subprocess.run(
        [
            str(_tool("pyside6-lupdate")),
            "-no-obsolete",
            "-locations",
            "relative",
            "-extensions",
            "py",
            str(ROOT / "src" / "tenang" / "ui"),
            str(ROOT / "src" / "tenang" / "app.py"),
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    match = re.search(r"\((\d+) new and (\d+) already existing\)", result.stdout)
    assert match is not None, result.stdout
    assert match.group(1) == "0", "new strings: run tools/update_translations.sh and translate"


def test_every_translate_call_has_literal_context_and_text() -> None:
    """lupdate only sees literal strings: a wrapper like ``t(text)`` hides text from the .ts.

    Such strings are never offered for translation, so the Indonesian UI silently shows
    English. Every call must name its context and text as string literals.
    """
    import ast

    root = Path(__file__).resolve().parents[2] / "src" / "tenang"
    allowed = {
        "ui/i18n.py": "the translate() wrapper itself, which passes its arguments on",
        "ui/visuals.py": "phase words marked with QT_TRANSLATE_NOOP where they are defined",
    }
    offenders = []
    for path in sorted([*(root / "ui").rglob("*.py"), root / "app.py"]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name != "translate" or len(node.args) < 2:
                continue
            literal = all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                for arg in node.args[:2]
            )
            where = path.relative_to(root).as_posix()
            if not literal and where not in allowed:
                offenders.append(f"{where}:{node.lineno}")
    assert offenders == [], "translate() with non-literal arguments: " + ", ".join(offenders)
