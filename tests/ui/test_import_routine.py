"""The import dialog: bad files show their errors and write nothing; good ones preview first."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tenang.core.model import Session
from tenang.core.paths import resolve_paths
from tenang.core.sessions import load_session_file, load_session_text
from tenang.ui import import_routine as import_module
from tenang.ui.i18n import LanguageSwitcher
from tenang.ui.import_routine import Clash, ImportDialog
from tenang.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOOD = """format = 1
id = "evening"
title = { en = "Evening", id = "Malam" }
summary = "Slow down."

[[steps]]
kind = "breathe"
inhale = 4
exhale = 6
cycles = 10

[[steps]]
kind = "meditate"
duration = "2m"
"""

INTENSE = """format = 1
id = "hold-on"
title = "Hold on"
caution = "Stop if you feel dizzy."
source = "Someone"

[[steps]]
kind = "breathe"
inhale = 4
hold = 15
exhale = 4
cycles = 4
"""

BAD = """format = 1
id = "Evening"
title = "Evening"

[[steps]]
kind = "breathe"
inhale = 0.5
exhale = 6
cycles = 10
"""


MakeWindow = Callable[..., MainWindow]


@dataclass(frozen=True)
class Entry:
    """A library entry as ``load_library`` makes them (the window's fake loader returns these)."""

    session: Session
    origin: str
    path: Path | None


@dataclass
class Library:
    entries: list[Entry]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    session: Session
    user: bool
    path: Path | None


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "sessions"
    path.mkdir()
    return path


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def make(
    qtbot: QtBot, source: Path, folder: Path, library: list[Item] | None = None
) -> ImportDialog:
    dialog = ImportDialog(source, folder, library=library or [])
    qtbot.addWidget(dialog)
    return dialog


def test_a_good_routine_is_previewed_then_imported(
    qtbot: QtBot, tmp_path: Path, folder: Path, ui_reset: LanguageSwitcher
) -> None:
    source = write(tmp_path, "evening.toml", GOOD)
    dialog = make(qtbot, source, folder)
    assert dialog.ok
    assert dialog.heading.text() == "Evening"
    assert dialog.meta.text() == "Total 3 min 40 s · Slow down."
    assert dialog.steps.text() == "1. 4 s in, 6 s out, 10 cycles\n2. 2 min of quiet"
    assert dialog.import_button.isEnabled()
    assert not dialog.caution_box.isVisibleTo(dialog)
    assert dialog.author.text().startswith("Unknown author:")
    assert list(folder.iterdir()) == []  # nothing before "Import"
    written = dialog.do_import()
    assert written == folder / "evening.toml"
    assert written.read_text(encoding="utf-8") == GOOD
    assert load_session_file(written).ok


def test_the_preview_speaks_indonesian(
    qtbot: QtBot, tmp_path: Path, folder: Path, ui_reset: LanguageSwitcher
) -> None:
    ui_reset.apply("id")
    dialog = make(qtbot, write(tmp_path, "evening.toml", GOOD), folder)
    assert dialog.heading.text() == "Malam"
    assert dialog.author.text().startswith("Penulis tidak diketahui")


def test_an_intense_routine_shows_why_and_its_caution(
    qtbot: QtBot, tmp_path: Path, folder: Path, ui_reset: LanguageSwitcher
) -> None:
    dialog = make(qtbot, write(tmp_path, "hold.toml", INTENSE), folder)
    assert dialog.caution_box.isVisibleTo(dialog)
    assert dialog.caution.text() == (
        "This is an intense routine. It holds the breath for up to 15 seconds.\n\n"
        "Stop if you feel dizzy."
    )
    assert dialog.author.text() == "Source: Someone"


def test_a_bad_file_shows_its_errors_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, folder: Path, ui_reset: LanguageSwitcher
) -> None:
    source = write(tmp_path, "evening.toml", BAD)
    dialog = make(qtbot, source, folder)
    assert not dialog.ok
    assert not dialog.import_button.isEnabled()
    assert dialog.heading.text() == "evening.toml cannot be imported"
    shown = dialog.messages()
    assert len(shown) == 2
    assert shown[0].startswith(f"{source}:2:1: id: must be 1-64 lowercase letters")
    assert shown[1] == f"{source}:7:1: steps[0].inhale: must be at least 1 second (got 0.5)"
    assert dialog.do_import() is None
    assert list(folder.iterdir()) == []


def test_a_refused_pack_says_why_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, folder: Path, ui_reset: LanguageSwitcher
) -> None:
    pack = tmp_path / "evil.tenang.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("evening.toml", GOOD)
        archive.writestr("../../outside.wav", b"RIFF")
    dialog = make(qtbot, pack, folder)
    assert not dialog.ok
    assert dialog.messages() == [
        "The file ../../outside.wav uses '..' to lead out of the pack's folder."
    ]
    assert dialog.meta.text() == "This pack was refused to keep your computer safe."
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "outside.wav").exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "notes.txt",
            "The file notes.txt is not a routine or a sound: only .toml, .wav and .ogg "
            "files are allowed.",
        ),
        ("sounds/x.wav", "The file sounds/x.wav is not a sound the routine uses."),
    ],
)
def test_a_pack_with_a_foreign_file_is_refused(
    qtbot: QtBot, tmp_path: Path, folder: Path, ui_reset: LanguageSwitcher, name: str, message: str
) -> None:
    pack = tmp_path / "p.tenang.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("evening.toml", GOOD)
        archive.writestr(name, b"RIFF")
    assert make(qtbot, pack, folder).messages() == [message]


def test_a_good_pack_is_imported_with_its_sounds(
    qtbot: QtBot, tmp_path: Path, folder: Path, ui_reset: LanguageSwitcher
) -> None:
    text = GOOD.replace('summary = "Slow down."', 'start_bell = "sounds/gong.ogg"')
    pack = tmp_path / "p.tenang.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("evening.toml", text)
        archive.writestr("sounds/gong.ogg", b"OggS")
    dialog = make(qtbot, pack, folder)
    assert dialog.ok, dialog.messages()
    assert dialog.do_import() == folder / "evening.toml"
    assert (folder / "sounds" / "gong.ogg").read_bytes() == b"OggS"
    assert load_session_file(folder / "evening.toml").ok


def library_with(folder: Path, *, user: bool) -> list[Item]:
    existing = write(folder, "mine.toml", GOOD.replace('"Evening"', '"My evening"'))
    session = load_session_text(existing.read_text(encoding="utf-8"), "mine.toml").session
    assert session is not None
    return [Item(session, user, existing if user else None)]


@pytest.mark.parametrize("answer", [Clash.RENAME, Clash.REPLACE, Clash.CANCEL])
def test_an_id_clash_asks(
    qtbot: QtBot,
    tmp_path: Path,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    ui_reset: LanguageSwitcher,
    answer: Clash,
) -> None:
    library = library_with(folder, user=True)
    asked: list[tuple[str, bool, str]] = []

    def ask(parent: QWidget, session_id: str, *, replaceable: bool, suggestion: str) -> Clash:
        asked.append((session_id, replaceable, suggestion))
        return answer

    monkeypatch.setattr(import_module, "ask_id_clash", ask)
    dialog = make(qtbot, write(tmp_path, "evening.toml", GOOD), folder, library)
    written = dialog.do_import()
    assert asked == [("evening", True, "evening-2")]
    mine = (folder / "mine.toml").read_text(encoding="utf-8")
    if answer is Clash.RENAME:
        assert written == folder / "evening-2.toml"
        loaded = load_session_file(written).session
        assert loaded is not None and loaded.id == "evening-2"
        assert '"My evening"' in mine
    elif answer is Clash.REPLACE:
        assert written == folder / "mine.toml"
        assert mine == GOOD
    else:
        assert written is None
        assert sorted(p.name for p in folder.iterdir()) == ["mine.toml"]
        assert '"My evening"' in mine


def test_a_bundled_routines_id_can_only_be_renamed(
    qtbot: QtBot,
    tmp_path: Path,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    ui_reset: LanguageSwitcher,
) -> None:
    library = library_with(folder, user=False)
    (folder / "mine.toml").unlink()
    asked: list[bool] = []

    def ask(parent: QWidget, session_id: str, *, replaceable: bool, suggestion: str) -> Clash:
        asked.append(replaceable)
        return Clash.RENAME

    monkeypatch.setattr(import_module, "ask_id_clash", ask)
    dialog = make(qtbot, write(tmp_path, "evening.toml", GOOD), folder, library)
    assert dialog.do_import() == folder / "evening-2.toml"
    assert asked == [False]


def test_a_file_name_taken_by_another_routine_is_not_overwritten(
    qtbot: QtBot, tmp_path: Path, folder: Path, ui_reset: LanguageSwitcher
) -> None:
    other = write(folder, "evening.toml", "# someone else's file\n")
    dialog = make(qtbot, write(tmp_path, "in.toml", GOOD), folder)
    assert dialog.do_import() is None
    assert other.read_text(encoding="utf-8") == "# someone else's file\n"
    assert dialog.messages()[0].startswith("evening.toml already exists")


# -- in the main window: menus, the detail pane's buttons, drops, export, safety --------------


@pytest.fixture
def real_window(make_window: MakeWindow, data_dir: Path) -> MainWindow:
    from tenang.app import library_loader

    window = make_window(loader=library_loader(resolve_paths(data_dir)))
    return window


def test_the_file_menu_offers_new_import_and_export(real_window: MainWindow) -> None:
    texts = [action.text() for action in real_window.file_menu.actions()]
    assert texts[:3] == ["&New routine…", "&Import routine…", "&Export routine…"]
    assert real_window.authoring.new_action.shortcut().toString() == "Ctrl+N"


def test_the_menu_and_the_detail_buttons_speak_indonesian(
    real_window: MainWindow, ui_reset: LanguageSwitcher
) -> None:
    real_window.select_routine("box-breathing")
    ui_reset.apply("id")
    texts = [action.text() for action in real_window.file_menu.actions()]
    assert texts[:3] == ["Rutinitas &baru…", "&Impor rutinitas…", "&Ekspor rutinitas…"]
    assert real_window.detail.duplicate_button.text() == "&Salin ke rutinitas saya"


def test_duplicate_to_my_routines_opens_the_copy_and_saves_it(
    real_window: MainWindow, data_dir: Path
) -> None:
    real_window.select_routine("box-breathing")
    detail = real_window.detail
    assert detail.duplicate_button.isVisibleTo(detail)
    assert not detail.edit_button.isVisibleTo(detail)  # bundled routines are not edited
    detail.duplicate_button.click()
    builder = real_window.authoring.builder
    assert builder is not None
    assert builder.id_edit.text() == "box-breathing-copy"
    builder.breathe_editor.phases["hold"].setValue(3)
    path = builder.save()
    assert path == data_dir / "sessions" / "box-breathing-copy.toml"
    assert "box-breathing-copy" in real_window.visible_ids()
    item = real_window.current_item()
    assert item is not None and item.session.id == "box-breathing-copy" and item.user
    # A user routine can be edited in place.
    assert detail.edit_button.isVisibleTo(detail)
    detail.edit_button.click()
    editor = real_window.authoring.builder
    assert editor is not None and editor.path == path
    assert editor.windowTitle() == "Edit routine"
    editor.reject()


def drag_files(window: QWidget, *paths: Path) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(20, 20)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_routine_on_the_window_opens_the_import_preview(
    real_window: MainWindow, tmp_path: Path
) -> None:
    source = write(tmp_path, "evening.toml", GOOD)
    assert drag_files(real_window, source) == (True, True)
    dialog = real_window.authoring.import_dialog
    assert dialog is not None and dialog.ok
    assert dialog.heading.text() == "Evening"
    dialog.do_import()
    assert "evening" in real_window.visible_ids()


def test_other_files_are_not_taken_by_a_drop(real_window: MainWindow, tmp_path: Path) -> None:
    other = write(tmp_path, "notes.txt", "hello")
    assert drag_files(real_window, other) == (False, False)
    assert real_window.authoring.import_dialog is None


def test_import_from_the_menu_asks_for_a_file(
    real_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path, "bad.toml", BAD)
    monkeypatch.setattr(import_module, "choose_import_path", lambda parent: source)
    real_window.authoring.import_action.trigger()
    dialog = real_window.authoring.import_dialog
    assert dialog is not None and not dialog.ok
    assert len(dialog.messages()) == 2


def test_export_writes_the_routine_where_the_user_chose(
    real_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_window.select_routine("box-breathing")
    suggested: list[str] = []

    def choose(parent: QWidget, name: str) -> Path:
        suggested.append(name)
        return tmp_path / name

    monkeypatch.setattr(import_module, "choose_export_path", choose)
    written = real_window.authoring.export_current()
    assert suggested == ["box-breathing.toml"]
    assert written == tmp_path / "box-breathing.toml"
    loaded = load_session_file(written).session
    assert loaded is not None and loaded.id == "box-breathing"
    assert "Exported to" in real_window.notice.text()


def test_the_detail_pane_marks_an_unknown_author(make_window: MakeWindow) -> None:
    window = make_window()  # the sample routines name no source and no caution
    assert "Unknown author" in window.detail.meta.text()


def test_a_gentle_routine_starts_without_asking(make_window: MakeWindow) -> None:
    # Intense routines are covered by tests/ui/test_caution_first_run.py.
    window = make_window()
    item = window.current_item()
    assert item is not None
    window.request_routine(item)
    assert window.caution_dialog is None
    assert window.player is not None
    window.player.stop_silently()
    window.close_player()
