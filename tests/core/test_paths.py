"""Where user files live: --data-dir, then TENANG_DATA_DIR, then platformdirs."""

from __future__ import annotations

import stat
from pathlib import Path

import platformdirs
import pytest

from tenang.core.paths import ensure_private_dir, resolve_paths


def test_explicit_data_dir_holds_every_user_file(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d", environ={"TENANG_DATA_DIR": str(tmp_path / "env")})
    base = tmp_path / "d"
    assert paths.explicit
    assert paths.data_dir == base
    assert paths.sessions_dir == base / "sessions"
    assert paths.settings_file == base / "settings.toml"
    assert paths.journal_file == base / "journal.sqlite3"
    assert paths.config_dir == base


def test_environment_variable_is_used_without_argument(tmp_path: Path) -> None:
    paths = resolve_paths(None, environ={"TENANG_DATA_DIR": str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "env"
    assert paths.settings_file == tmp_path / "env" / "settings.toml"


def test_empty_environment_variable_counts_as_unset() -> None:
    paths = resolve_paths(None, environ={"TENANG_DATA_DIR": ""})
    assert not paths.explicit
    assert paths.data_dir == Path(platformdirs.user_data_dir("tenang", appauthor=False))
    assert paths.config_dir == Path(platformdirs.user_config_dir("tenang", appauthor=False))
    assert paths.settings_file.parent == paths.config_dir


def test_relative_and_home_paths_are_made_absolute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/someone")
    assert resolve_paths("~/calm", environ={}).data_dir == Path("/home/someone/calm")
    assert resolve_paths("rel", environ={}).data_dir.is_absolute()


def test_resolving_creates_nothing(tmp_path: Path) -> None:
    resolve_paths(tmp_path / "d", environ={})
    assert not (tmp_path / "d").exists()


def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d", environ={})
    paths.ensure()
    for folder in (paths.data_dir, paths.sessions_dir):
        assert folder.is_dir()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    """We tighten only what we create (the module docstring says why)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
