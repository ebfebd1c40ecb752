"""A broken user routine shows in the errors panel, and leaves it once fixed on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui_samples import MakeWindow

from tenang.app import library_loader
from tenang.core.paths import resolve_paths

GOOD = """format = 1
id = "my-calm"
title = { en = "My calm", id = "Tenangku" }

[[steps]]
kind = "breathe"
inhale = 4
exhale = 6
cycles = 3
"""
BROKEN = GOOD.replace("inhale = 4", "inhale = 0")


def _window(make_window: MakeWindow, data_dir: Path) -> Any:
    return make_window(loader=library_loader(resolve_paths(data_dir)))


def test_broken_routine_appears_and_disappears_when_fixed(
    qtbot: Any, make_window: MakeWindow, data_dir: Path
) -> None:
    window = _window(make_window, data_dir)
    assert window.errors.isHidden()
    assert "my-calm" not in window.visible_ids()
    routine = data_dir / "sessions" / "mine.toml"

    # A new file: the folder watch notices, the debounce timer fires, the library reloads.
    with qtbot.waitSignal(window.libraryRefreshed, timeout=5000):
        routine.write_text(BROKEN, encoding="utf-8")
    problems = window.errors.problems()
    assert len(problems) == 1
    assert problems[0].startswith("mine.toml:7:")
    assert "steps[0].inhale" in problems[0]
    assert window.errors.list_widget.item(0).text() == problems[0]
    assert not window.errors.isHidden()
    assert "1 problem in your routines" in window.errors._heading.text()
    assert "my-calm" not in window.visible_ids()

    # Fixing the watched file in place refreshes again: the panel empties, the routine loads.
    with qtbot.waitSignal(window.libraryRefreshed, timeout=5000):
        routine.write_text(GOOD, encoding="utf-8")
    assert window.errors.problems() == ()
    assert window.errors.isHidden()
    assert "my-calm" in window.visible_ids()


def test_editor_style_replace_is_noticed(
    qtbot: Any, make_window: MakeWindow, data_dir: Path
) -> None:
    """Editors save by writing a temporary file and renaming it over the old one."""
    routine = data_dir / "sessions" / "mine.toml"
    routine.parent.mkdir(parents=True, exist_ok=True)
    routine.write_text(GOOD, encoding="utf-8")
    window = _window(make_window, data_dir)
    assert "my-calm" in window.visible_ids()
    temp = routine.with_name(".mine.toml.swp")
    temp.write_text(BROKEN, encoding="utf-8")
    with qtbot.waitSignal(window.libraryRefreshed, timeout=5000):
        temp.replace(routine)
    assert [p.split(":")[0] for p in window.errors.problems()] == ["mine.toml"]


def test_refresh_timer_exists_only_while_pending(make_window: MakeWindow, data_dir: Path) -> None:
    window = _window(make_window, data_dir)
    assert not window.refresh_pending()
    window.schedule_refresh(str(data_dir / "sessions"))
    window.schedule_refresh(str(data_dir / "sessions"))  # a burst arms one timer only
    timers = window.findChildren(type(window._refresh_timer))
    assert window.refresh_pending()
    assert len([t for t in timers if t is window._refresh_timer]) == 1
    assert window._refresh_timer.isSingleShot()
    assert window._refresh_timer.interval() <= 1000
    window.refresh_library()  # what the timer calls
    assert not window.refresh_pending()


def test_watch_covers_folder_and_files(make_window: MakeWindow, data_dir: Path) -> None:
    (data_dir / "sessions").mkdir(parents=True, exist_ok=True)
    (data_dir / "sessions" / "a.toml").write_text(GOOD, encoding="utf-8")
    window = _window(make_window, data_dir)
    assert window.watcher.directories() == [str(data_dir / "sessions")]
    assert window.watcher.files() == [str(data_dir / "sessions" / "a.toml")]
