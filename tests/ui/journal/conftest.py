"""Fixtures for the journal GUI: a main window with its journal attached, fake file dialogs.

The journal lives in the test's private data folder (``data_dir``); file dialogs are replaced
by ``FakeFiles``, which answers from a queue, so no test ever waits on a real dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from journal_ui_helpers import FakeFiles, JournalApp

from tenang.core.paths import resolve_paths
from tenang.ui.journal.controller import JournalController, attach_journal

Attach = Callable[..., JournalApp]


@pytest.fixture
def journal_app(make_window: Any, data_dir: Path) -> Iterator[Attach]:
    """``journal_app(**window_options)``: a main window with the real journal attached."""
    made: list[JournalController] = []

    def attach(**options: Any) -> JournalApp:
        window = make_window(**options)
        files = FakeFiles()
        controller = attach_journal(window, resolve_paths(data_dir), files=files)
        made.append(controller)
        return JournalApp(window, controller, files)

    yield attach
    for controller in made:
        controller.close()
