"""Start-up stays lean: what the user has not opened yet is not imported before the first paint.

The start-up bench (``bench/startup_idle.py``) measures the time; this guards the cause. A child
process starts Tenang exactly as ``tenang`` does (``tenang.app.run_gui``, real audio port) and
reports what was imported when the main window first painted; in this process other tests have
imported everything already, so only a fresh interpreter can tell. Then the child uses each
lazy page through its menu action, so the check also proves the actions exist at start and
their targets load on first use. The keyboard shortcuts are checked in-process (they do not
depend on whether the module was imported before). Work at start that only an optional feature
needs is skipped when the user has turned that feature off, and work that can wait for the
first paint has a hook to wait for it (``MainWindow.after_first_paint``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui_samples import MakeWindow

from tenang.core.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise()

LAZY = (
    "tenang.ui.learn",
    "tenang.core.guides",
    "tenang.ui.get_help",
    "tenang.core.helplines",
    "tenang.ui.settings_dialog",
    "tenang.ui.caution",
    "tenang.ui.player",
    "tenang.ui.journal.window",
    "tenang.ui.journal.history",
    "tenang.ui.journal.charts",
    "tenang.core.journal.exchange",
    "pygame",
)
"""Modules that only a user's action needs; none may load before the first paint."""

QT_AT_START = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork"}
"""The Qt modules start-up may load (QtNetwork: the single-instance guard). Others wait for their
first use (QtDBus: the reduced-motion probe, and the desktop's notifications and wake signal,
which should be connected after the first paint)."""

CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import tenang.app

report = {}

def loaded():
    return sorted(m for m in sys.modules if m.startswith(("tenang.", "PySide6.Qt", "pygame")))

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in report:
            report["at_paint"] = loaded()
            QTimer.singleShot(0, lambda: use(watched))
        return False

def use(window):
    window.learn_action.trigger()
    window.get_help_action.trigger()
    window.settings_action.trigger()
    report["opened"] = [
        window.learn_page is not None,
        window.get_help_page is not None,
        window.settings_dialog is not None,
    ]
    report["after_use"] = loaded()
    QApplication.instance().quit()

watcher = FirstPaint()
build = tenang.app.build_main_window

def watched_build(app, paths, **kwargs):
    window = build(app, paths, **kwargs)
    window.installEventFilter(watcher)  # the first paint, as bench/startup_idle.py sees it
    return window

tenang.app.build_main_window = watched_build
report["exit"] = tenang.app.run_gui([sys.argv[0]], sys.argv[1])
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One start in a fresh interpreter (about a second), shared by the checks below."""
    data_dir = tmp_path_factory.mktemp("lazy-start")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_start_up_imports_no_page_the_user_has_not_opened(started: dict[str, Any]) -> None:
    assert started["exit"] == 0
    at_paint = set(started["at_paint"])
    # The window really was built (so the absences below mean something).
    assert {"tenang.ui.main_window", "tenang.ui.library", "tenang.ui.journal"} <= at_paint
    assert sorted(at_paint & set(LAZY)) == []
    qt = {m for m in at_paint if m.startswith("PySide6.")} - {"PySide6.QtDBus"}  # see below
    assert sorted(qt) == sorted(QT_AT_START)


def test_lazy_pages_load_and_open_from_their_menu_actions(started: dict[str, Any]) -> None:
    assert started["opened"] == [True, True, True]
    after_use = set(started["after_use"])
    assert {"tenang.ui.learn", "tenang.ui.get_help", "tenang.ui.settings_dialog"} <= after_use


def test_the_desktop_bus_waits_for_the_first_paint(started: dict[str, Any]) -> None:
    assert "PySide6.QtDBus" not in started["at_paint"]


def test_lazy_pages_open_from_their_keyboard_shortcuts(qtbot: Any, make_window: MakeWindow) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.learn_page is None and window.settings_dialog is None
    QTest.keySequence(window, window.learn_action.shortcut())
    assert window.learn_page is not None and window.learn_page.isVisible()
    window.learn_page.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keySequence(window, window.settings_action.shortcuts()[0])
    dialog = window.settings_dialog
    assert isinstance(dialog, QObject) and dialog.isVisible()
    dialog.close()


class CountingJournal:
    """Counts reads of the journal's day rows (a full read is slow in a long journal)."""

    def __init__(self) -> None:
        self.reads = 0

    def insight_rows(self, *, breathing_since: date | None = None) -> Any:
        self.reads += 1

        class Rows:
            daily = ()

        return Rows()


class Controller:
    def __init__(self, journal: CountingJournal) -> None:
        self.journal = journal


def test_the_low_mood_card_reads_the_journal_only_when_it_is_on(make_window: MakeWindow) -> None:
    journal = CountingJournal()
    off = make_window(settings=Settings(low_mood_card=False))
    off.journal_controller = Controller(journal)
    off.refresh_nudge()
    assert journal.reads == 0 and off.nudge_card.isHidden()
    on = make_window(settings=Settings(low_mood_card=True))
    on.journal_controller = Controller(journal)
    on.refresh_nudge()
    assert journal.reads == 1


class PaintLog(QObject):
    """Notes the window's Paint events in the same list the deferred work writes to."""

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "paint" not in self.log:
            self.log.append("paint")
        return False


def test_after_first_paint_runs_work_once_the_window_is_painted(
    qtbot: Any, make_window: MakeWindow
) -> None:
    window = make_window()
    log: list[str] = []
    painted = PaintLog(log)
    window.installEventFilter(painted)
    window.after_first_paint(lambda: log.append("first"))
    window.after_first_paint(lambda: log.append("second"))
    QApplication.processEvents()
    assert log == []  # not shown, not painted: nothing ran
    window.show()
    qtbot.waitUntil(lambda: "second" in log)
    assert log == ["paint", "first", "second"]
    # Once painted, later work runs on the next turn of the event loop, not inside the call.
    window.after_first_paint(lambda: log.append("later"))
    assert log[-1] == "second"
    qtbot.waitUntil(lambda: log[-1] == "later")
    assert log.count("first") == 1
