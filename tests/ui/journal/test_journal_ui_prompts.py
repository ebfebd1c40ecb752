"""Before and after prompts around a routine, Skip, the setting, and every run recorded."""

from __future__ import annotations

from typing import Any

import pytest
from journal_ui_helpers import JournalApp
from PySide6.QtWidgets import QApplication

from tenang.core.engine import FakeClock, State
from tenang.core.journal import EntryKind
from tenang.core.settings import Settings
from tenang.ui.journal.checkin import Mode
from tenang.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _app(journal_app: Any, qtbot: Any, **settings: Any) -> tuple[JournalApp, FakeClock]:
    clock = FakeClock(100.0)
    app: JournalApp = journal_app(
        settings=Settings(lead_in=False, **settings), clock_factory=lambda: clock
    )
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.select_routine("quick")
    return app, clock


def _request(app: JournalApp) -> None:
    item = app.window.current_item()
    assert item is not None
    app.window.request_routine(item)


def test_before_and_after_check_ins_are_linked_to_the_run(journal_app: Any, qtbot: Any) -> None:
    app, clock = _app(journal_app, qtbot)
    _request(app)
    before = app.controller.last_dialog
    assert before is not None and before.mode is Mode.BEFORE
    assert "Quick calm" in before.heading.text()
    assert app.window.player is None  # the routine waits for the answer
    before.form.mood.buttons[2].click()
    with qtbot.waitSignal(app.window.playerStarted):
        before.save_button.click()
    player = app.window.player
    assert player is not None and player.state is State.RUNNING
    clock.advance(20)
    with qtbot.waitSignal(app.controller.runRecorded) as recorded:
        player.skip_step()  # the last (only) step: the routine is finished
    run = recorded.args[0]
    assert run is not None and run.completed and run.routine_id == "quick"
    after = app.controller.last_dialog
    assert after is not None and after is not before and after.mode is Mode.AFTER
    assert after.isVisible()
    after.form.mood.buttons[4].click()
    after.save_button.click()
    entries = {e.kind: e for e in app.journal.list_entries()}
    assert entries[EntryKind.BEFORE_SESSION].run_id == run.id
    assert entries[EntryKind.AFTER_SESSION].run_id == run.id
    assert [int(entries[k].mood) for k in (EntryKind.BEFORE_SESSION, EntryKind.AFTER_SESSION)] == [
        2,
        4,
    ]
    assert [r.id for r in app.journal.list_runs()] == [run.id]
    # One pair so far: the insights say it is not enough yet.
    (helps,) = app.journal.insights().what_helps
    assert helps.pairs == 1 and not helps.enough


def test_skip_starts_at_once_and_a_stopped_run_is_still_kept(journal_app: Any, qtbot: Any) -> None:
    app, clock = _app(journal_app, qtbot)
    _request(app)
    before = app.controller.last_dialog
    assert before is not None
    with qtbot.waitSignal(app.window.playerStarted):
        before.skip_button.click()  # one click
    player = app.window.player
    clock.advance(12)
    with qtbot.waitSignal(app.controller.runRecorded) as recorded:
        player.request_stop()  # under a minute: stops without asking
    run = recorded.args[0]
    assert run is not None and not run.completed
    assert run.completed_seconds == pytest.approx(12.0)
    after = app.controller.last_dialog
    assert after is not None and after.mode is Mode.AFTER
    after.skip_button.click()
    assert not after.isVisible()
    assert app.journal.list_entries() == []
    assert len(app.journal.list_runs()) == 1


def test_escape_on_the_before_prompt_does_not_start(journal_app: Any, qtbot: Any) -> None:
    app, _ = _app(journal_app, qtbot)
    _request(app)
    before = app.controller.last_dialog
    assert before is not None
    before.reject()
    QApplication.processEvents()
    assert app.window.player is None
    assert app.journal.list_entries() == []


def test_prompts_off_start_at_once_and_still_record(journal_app: Any, qtbot: Any) -> None:
    app, clock = _app(journal_app, qtbot, checkin_prompts=False)
    with qtbot.waitSignal(app.window.playerStarted):
        _request(app)
    assert app.controller.last_dialog is None
    clock.advance(5)
    with qtbot.waitSignal(app.controller.runRecorded) as recorded:
        app.window.player.request_stop()
    assert recorded.args[0] is not None
    assert app.controller.last_dialog is None  # no after prompt either
    assert len(app.journal.list_runs()) == 1


def test_turning_prompts_off_in_settings(journal_app: Any, qtbot: Any) -> None:
    app, _ = _app(journal_app, qtbot)
    dialog = app.window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.checkin_prompts.isChecked()
    assert not dialog.streaks.isChecked()
    dialog.checkin_prompts.setChecked(False)
    dialog.accept()
    assert app.window.settings.checkin_prompts is False
    with qtbot.waitSignal(app.window.playerStarted):
        _request(app)


def test_closing_the_window_keeps_the_run_without_asking(journal_app: Any, qtbot: Any) -> None:
    app, clock = _app(journal_app, qtbot)
    _request(app)
    before = app.controller.last_dialog
    assert before is not None
    before.form.mood.buttons[3].click()
    with qtbot.waitSignal(app.window.playerStarted):
        before.save_button.click()
    clock.advance(8)
    with qtbot.waitSignal(app.controller.runRecorded):
        app.window.close()
    assert app.controller.last_dialog is before  # no after prompt on the way out
    (run,) = app.journal.list_runs()
    (entry,) = app.journal.list_entries()
    assert entry.run_id == run.id


def test_the_start_button_goes_through_the_prompt(journal_app: Any, qtbot: Any) -> None:
    app, _ = _app(journal_app, qtbot)
    app.window.detail.start_button.click()
    dialog = app.controller.last_dialog
    assert dialog is not None and dialog.mode is Mode.BEFORE
    assert app.window.player is None


def test_a_run_that_cannot_be_kept_is_said_calmly(
    journal_app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tenang.core.journal import JournalWriteError

    app, clock = _app(journal_app, qtbot, checkin_prompts=False)

    def full(*args: Any, **kwargs: Any) -> Any:
        raise JournalWriteError("Could not save the session in /x: the disk is full")

    monkeypatch.setattr(app.journal, "record_run", full)
    with qtbot.waitSignal(app.window.playerStarted):
        _request(app)
    clock.advance(5)
    with qtbot.waitSignal(app.controller.runRecorded) as recorded:
        app.window.player.request_stop()
    assert recorded.args[0] is None
    assert "This session could not be kept in the journal" in app.window.notice.text()
    assert "the disk is full" in app.window.notice.text()
