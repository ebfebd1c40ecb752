"""Fixtures for the journal GUI: a main window with its journal attached, fake file dialogs.

The journal lives in the test's private data folder (``data_dir``); file dialogs are replaced
by ``FakeFiles``, which answers from a queue, so no test ever waits on a real dialog. The lock
runs synchronously, on a fake clock and a fake single-shot timer, with cheap Argon2id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from journal_ui_helpers import SMALL_KDF, FakeFiles, JournalApp

from tenang.core.engine import FakeClock
from tenang.core.paths import resolve_paths
from tenang.ui.journal.controller import JournalController, attach_journal
from tenang.ui.journal.lock_dialogs import Runner, SyncRunner
from tenang.ui.journal.lock_guard import LockOptions
from tenang.ui.timers import FakeSingleShot

Attach = Callable[..., JournalApp]


@pytest.fixture
def journal_app(make_window: Any, data_dir: Path) -> Iterator[Attach]:
    """``journal_app(**window_options)``: a main window with the real journal attached."""
    made: list[JournalController] = []

    def attach(*, runner: Runner | None = None, **options: Any) -> JournalApp:
        window = make_window(**options)
        files = FakeFiles()
        clock = FakeClock(1000.0)
        timers: list[FakeSingleShot] = []

        def timer(callback: Callable[[], None], _parent: object) -> FakeSingleShot:
            timers.append(FakeSingleShot(callback))
            return timers[-1]

        lock = LockOptions(
            runner=runner or SyncRunner(), now=clock.now, timer_factory=timer, kdf=SMALL_KDF
        )
        controller = attach_journal(window, resolve_paths(data_dir), files=files, lock=lock)
        made.append(controller)
        return JournalApp(window, controller, files, clock, timers)

    yield attach
    for controller in made:
        controller.close()
