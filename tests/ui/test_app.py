"""The composition root: a corrupt settings file is moved aside and the window says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tenang.app import build_main_window, director_factory, library_loader, prepare_application
from tenang.audio import AudioDirector, NullAudio
from tenang.core.paths import resolve_paths
from tenang.core.settings import DEFAULTS, Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _build(qtbot: Any, data_dir: Path, ui_reset: Any) -> Any:
    app = prepare_application()
    window = build_main_window(app, resolve_paths(data_dir), audio=NullAudio())
    qtbot.addWidget(window)
    return window


def test_corrupt_settings_are_moved_aside_and_noticed(
    qtbot: Any, data_dir: Path, ui_reset: Any
) -> None:
    data_dir.mkdir(parents=True)
    settings_file = data_dir / "settings.toml"
    settings_file.write_text('theme = "dark"\nlanguage = [\n', encoding="utf-8")
    window = _build(qtbot, data_dir, ui_reset)
    moved = list(data_dir.glob("settings.toml.broken-*"))
    assert len(moved) == 1
    assert moved[0].read_text(encoding="utf-8") == 'theme = "dark"\nlanguage = [\n'
    assert window.settings == DEFAULTS
    assert not window.notice.isHidden()
    text = window.notice.text()
    assert f"The old file was kept as {moved[0]}" in text
    assert f"{settings_file}:2:" in text  # the located problem
    # The notice follows a language switch.
    ui_reset.apply("id")
    assert f"Berkas lama disimpan sebagai {moved[0]}" in window.notice.text()
    window.notice._dismiss.click()
    assert window.notice.isHidden()


def test_good_settings_start_quietly(qtbot: Any, data_dir: Path, ui_reset: Any) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "settings.toml").write_text('visual_style = "wave"\n', encoding="utf-8")
    window = _build(qtbot, data_dir, ui_reset)
    assert window.settings.visual_style == "wave"
    assert window.notice.isHidden()
    assert QApplication.applicationName() == "Tenang"


def test_audio_problem_is_told_once(qtbot: Any, data_dir: Path, ui_reset: Any) -> None:
    app = prepare_application()
    window = build_main_window(app, resolve_paths(data_dir), audio=NullAudio("no sound card"))
    qtbot.addWidget(window)
    assert "Sound is unavailable" in window.notice.text()
    assert "no sound card" in window.notice.text()


def test_library_loader_reads_bundled_and_user_routines(data_dir: Path) -> None:
    paths = resolve_paths(data_dir)
    (data_dir / "sessions").mkdir(parents=True)
    (data_dir / "sessions" / "bad.toml").write_text("format = 2\n", encoding="utf-8")
    library = library_loader(paths)()
    assert len(library.entries) >= 10
    assert any("bad.toml" in str(p) for p in library.problems)


class RecordingPort(NullAudio):
    def __init__(self) -> None:
        super().__init__()
        self.volumes: list[tuple[float, float, float]] = []
        self.preloaded: list[str] = []

    def set_volumes(self, master: float, cue: float, ambient: float) -> None:
        self.volumes.append((master, cue, ambient))

    def preload(self, names: Any) -> None:
        self.preloaded.extend(names)


def test_each_run_gets_a_director_with_the_sound_settings(
    qtbot: Any, data_dir: Path, ui_reset: Any
) -> None:
    port = RecordingPort()
    window = build_main_window(prepare_application(), resolve_paths(data_dir), audio=port)
    qtbot.addWidget(window)
    window.apply_settings(
        Settings(
            master_volume=50,
            cue_volume=20,
            ambient_volume=10,
            cues=False,
            ambient="rain",
            pacing_tone=True,
            lead_in=False,
        )
    )
    window.select_routine("box-breathing")
    item = window.current_item()
    director = director_factory(port)(item.session, window.settings)
    assert isinstance(director, AudioDirector)
    assert port.volumes[-1] == (0.5, 0.2, 0.1)
    assert director.options.cues is False
    assert director.options.ambient == "rain"
    assert director.options.pacing_tone is True
    assert port.preloaded == ["rain"]  # cues off: only the ambient loop is needed
    window.show()
    qtbot.waitExposed(window)
    window.start_routine(item)
    assert isinstance(window.player.driver.listener, AudioDirector)
    window.close()


def test_the_app_uses_the_calm_style_so_check_boxes_keep_their_edge(qapp: Any) -> None:
    from tenang.ui.theme import CalmStyle

    app = prepare_application()
    assert isinstance(app.style(), CalmStyle)
    assert app.style().baseStyle().name().casefold() == "fusion"
