"""The layering rules of DESIGN.md, checked on the installed package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tenang

PACKAGE = Path(tenang.__file__).parent

CHECK_CORE = """
import importlib, pkgutil, sys
import tenang.core
for module in pkgutil.walk_packages(tenang.core.__path__, "tenang.core."):
    importlib.import_module(module.name)
heavy = {"PySide6", "shiboken6", "pygame"}
heavy = sorted(name for name in sys.modules if name.split(".")[0] in heavy)
print(",".join(heavy))
"""


def test_core_imports_neither_qt_nor_pygame() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK_CORE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"tenang.core pulled in: {result.stdout.strip()}"


def test_command_line_imports_no_qt() -> None:
    code = "import sys, tenang.cli, tenang.textrun; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def imports_in(folder: Path, module: str) -> list[str]:
    offenders = []
    for path in sorted(folder.rglob("*.py")):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith((f"import {module}", f"from {module}")):
                offenders.append(str(path.relative_to(PACKAGE)))
                break
    return offenders


def test_only_ui_and_app_import_pyside6() -> None:
    allowed = ("ui/", "app.py")
    offenders = [p for p in imports_in(PACKAGE, "PySide6") if not p.startswith(allowed)]
    assert offenders == []


def test_only_audio_imports_pygame() -> None:
    offenders = [p for p in imports_in(PACKAGE, "pygame") if not p.startswith("audio/")]
    assert offenders == []
