"""Shared sample routines, a fake library and type names for the UI tests.

A uniquely named module rather than ``conftest``: with several ``conftest.py`` files under
``tests/``, ``from conftest import ...`` would pick whichever was imported first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tenang.core.model import BreatheStep, BreathPattern, MeditateStep, Session, Text
from tenang.ui.i18n import LanguageSwitcher
from tenang.ui.main_window import MainWindow


@dataclass(frozen=True)
class FakeEntry:
    session: Session
    origin: str
    path: Path | None


@dataclass
class FakeLibrary:
    entries: list[FakeEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def breathe(inhale: float, hold: float, exhale: float, *, cycles: int) -> BreatheStep:
    return BreatheStep(BreathPattern(inhale, hold, exhale), cycles=cycles)


def routine(
    routine_id: str,
    title: tuple[str, str],
    *,
    seconds: float,
    tags: tuple[str, ...] = (),
    summary: tuple[str, str] | None = None,
) -> Session:
    """A routine lasting ``seconds`` (one quiet meditate step)."""
    return Session(
        id=routine_id,
        title=Text.of({"en": title[0], "id": title[1]}),
        steps=(MeditateStep(duration=seconds),),
        tags=tags,
        summary=Text.of({"en": summary[0], "id": summary[1]}) if summary else None,
    )


SAMPLE = (
    routine(
        "quick",
        ("Quick calm", "Tenang sejenak"),
        seconds=60,
        tags=("calm", "short"),
        summary=("One minute to settle.", "Satu menit untuk mengendap."),
    ),
    routine("focus", ("Box breathing", "Pernapasan kotak"), seconds=240, tags=("focus",)),
    routine(
        "sleep",
        ("Sleep wind-down", "Menjelang tidur"),
        seconds=510,
        tags=("sleep", "calm"),
        summary=("Slow down before bed.", "Memperlambat sebelum tidur."),
    ),
    routine("long", ("Open meditation", "Meditasi hening"), seconds=1200, tags=("timer",)),
)


class DeliveringSwitcher(LanguageSwitcher):
    """Qt posts LanguageChange to widgets; deliver it at once so tests read the result."""

    def apply(self, setting: str) -> str:
        language = super().apply(setting)
        QApplication.processEvents()
        return language


MakeWindow = Callable[..., MainWindow]
