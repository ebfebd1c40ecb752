"""The PyInstaller spec and script, checked without running PyInstaller (too slow for the
suite: packaging/pyinstaller/build.sh does the real build and runs the frozen --self-check)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "packaging" / "pyinstaller"


def test_spec_is_python_and_names_files_that_exist() -> None:
    text = (HERE / "tenang.spec").read_text(encoding="utf-8")
    tree = ast.parse(text)
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls
    assert 'collect_data_files("tenang"' in text and 'collect_submodules("tenang")' in text
    for relative in re.findall(r'"(packaging"[^)]*)\)', text):
        parts = [part.strip(' "') for part in relative.split("/")]
        assert (ROOT.joinpath(*parts)).is_file(), parts
    assert (ROOT / "packaging" / "icons" / "tenang.ico").is_file()
    assert (ROOT / "packaging" / "icons" / "tenang.icns").is_file()


def test_spec_is_onedir_with_a_windowed_and_a_console_program() -> None:
    text = (HERE / "tenang.spec").read_text(encoding="utf-8")
    assert 'name="tenang", console=False' in text
    assert 'name="tenang-cli", console=True' in text
    assert "exclude_binaries=True" in text and "COLLECT(" in text  # onedir


def test_entry_script_runs_the_cli() -> None:
    tree = ast.parse((HERE / "tenang_main.py").read_text(encoding="utf-8"))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert any(node.module == "tenang.__main__" for node in imports)


def test_build_script_runs_the_frozen_self_check() -> None:
    text = (HERE / "build.sh").read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in text
    assert (
        'QT_QPA_PLATFORM=offscreen SDL_AUDIODRIVER=dummy "$out/dist/tenang/tenang" --self-check'
        in text
    )
    assert re.search(r'pyinstaller_version="\d+\.\d+\.\d+"', text)
