"""The Flatpak manifest's structure (it is not built here: no flatpak-builder, no network).

The manifest is JSON-style YAML; full-line ``#`` comments are dropped and the rest is read
with the standard json module.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tenang import APP_ID

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
WHEEL = re.compile(r"^https://files\.pythonhosted\.org/packages/[0-9a-f/]+/"
                   r"(?P<name>[A-Za-z0-9_.]+)-(?P<version>[^-]+)-[^/]+\.whl$")  # fmt: skip


def read_manifest(text: str) -> dict[str, Any]:
    kept = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    data = json.loads("\n".join(kept))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return read_manifest(MANIFEST.read_text(encoding="utf-8"))


def wheel_sources(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for m in manifest["modules"] for s in m["sources"] if s["type"] == "file"]


def test_identity_and_base(manifest: dict[str, Any]) -> None:
    assert manifest["id"] == APP_ID
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["runtime"] == "org.kde.Platform" and manifest["sdk"] == "org.kde.Sdk"
    assert manifest["runtime-version"] == manifest["base-version"]
    assert manifest["command"] == "tenang"


def test_permissions_are_minimal_and_offline(manifest: dict[str, Any]) -> None:
    assert sorted(manifest["finish-args"]) == sorted([
        "--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--socket=pulseaudio",
        "--device=dri",
    ])  # fmt: skip
    text = MANIFEST.read_text(encoding="utf-8")
    assert "--share=network" not in text and "build-args" not in text  # not even to build


def test_every_wheel_is_pinned_with_a_sha256(manifest: dict[str, Any]) -> None:
    sources = wheel_sources(manifest)
    assert sources
    for source in sources:
        assert WHEEL.match(source["url"]), source["url"]
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
    urls = [source["url"] for source in sources]
    assert len(urls) == len(set(urls))


def test_pins_satisfy_the_project_requirements(manifest: dict[str, Any]) -> None:
    """Every runtime dependency but PySide6 (the BaseApp's) is pinned, within pyproject's range."""
    pinned = {}
    for source in wheel_sources(manifest):
        match = WHEEL.match(source["url"])
        assert match
        pinned[canonicalize_name(match["name"])] = match["version"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        linux = {"sys_platform": "linux", "platform_system": "Linux"}
        if requirement.marker is not None and not requirement.marker.evaluate(linux):
            continue  # e.g. tzdata, needed on Windows only; a Flatpak is Linux
        if name == "pyside6-essentials":
            continue
        assert name in pinned, name
        assert requirement.specifier.contains(pinned[name]), (name, pinned[name])


def test_arch_specific_wheels_name_their_arch(manifest: dict[str, Any]) -> None:
    for source in wheel_sources(manifest):
        if "manylinux" in source["url"]:
            (arch,) = source["only-arches"]
            assert source["url"].endswith(f"_{arch}.whl")
        else:
            assert "only-arches" not in source


def test_build_backend_is_not_shipped(manifest: dict[str, Any]) -> None:
    backend = manifest["modules"][0]
    assert "hatchling" in backend["build-commands"][0]
    assert backend["cleanup"] == ["*"]


def test_app_module_installs_entry_metainfo_and_icons(manifest: dict[str, Any]) -> None:
    app = manifest["modules"][-1]
    commands = "\n".join(app["build-commands"])
    assert "--no-deps" in commands and "--no-index" in commands
    for installed in (
        f"/share/applications/{APP_ID}.desktop",
        f"/share/metainfo/{APP_ID}.metainfo.xml",
        f"/share/icons/hicolor/${{size}}x${{size}}/apps/{APP_ID}.png",
        f"/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ):
        assert installed in commands, installed
    (source,) = app["sources"]
    checkout = (MANIFEST.parent / source["path"]).resolve()
    assert checkout == ROOT
    for local in re.findall(r"(?:packaging|assets)/[\w./${}-]+", commands):
        if "${size}" not in local:
            assert (checkout / local).is_file(), local
    sizes = re.search(r"for size in ([\d ]+);", commands)
    assert sizes is not None
    for size in sizes[1].split():
        assert (checkout / "assets" / "icons" / f"tenang-{size}.png").is_file()
    assert ".venv" in source["skip"] and "build" in source["skip"]


def test_comment_lines_are_the_only_non_json(manifest: dict[str, Any]) -> None:
    """A trailing comment after a value would make this JSON reader fail: shown here."""
    with pytest.raises(json.JSONDecodeError):
        read_manifest('{"id": "x"  # a trailing comment\n}')
    assert manifest["modules"][-1]["name"] == "tenang"
