"""The desktop entry and AppStream metainfo: the same id everywhere, the required fields, the
screenshots they name exist, and both pass the freedesktop validators with nothing to say."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import tenang
from tenang import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RAW_SCREENSHOTS = "https://raw.githubusercontent.com/tenangapp/tenang/main/docs/screenshots/"

needs_validators = pytest.mark.skipif(
    not (shutil.which("desktop-file-validate") and shutil.which("appstreamcli")),
    reason="desktop-file-utils or appstream missing (packaging/linux/validate.sh installs them)",
)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_id_is_reverse_dns_without_hyphens() -> None:
    parts = APP_ID.split(".")
    assert len(parts) >= 3 and all(part.isidentifier() for part in parts)
    assert APP_ID == "io.github.tenangapp.tenang"


def test_desktop_entry_fields() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "tenang"
    assert entry["Icon"] == entry["StartupWMClass"] == APP_ID
    for key in ("Name", "Comment", "Keywords", "GenericName"):
        assert entry[key] and entry[f"{key}[id]"], key
    assert entry["Categories"].endswith(";") and entry["Keywords[id]"].endswith(";")


def test_window_class_matches_the_entry() -> None:
    from tenang import app

    assert desktop_entry()["StartupWMClass"] == app.DESKTOP_FILE


def test_metainfo_fields() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "tenang"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    for tag in ("name", "summary"):
        languages = {element.get(LANG) for element in root.findall(tag)}
        assert languages == {None, "id"}, tag
    assert root.find("description/p[@{http://www.w3.org/XML/1998/namespace}lang='id']") is not None
    assert root.findtext("url[@type='homepage']")


def test_newest_release_is_this_version() -> None:
    release = ET.parse(METAINFO).getroot().find("releases/release")
    assert release is not None and release.get("version") == tenang.__version__


def test_screenshots_exist_in_the_repository() -> None:
    images = [element.text or "" for element in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith(RAW_SCREENSHOTS), url
        assert (ROOT / "docs" / "screenshots" / url.removeprefix(RAW_SCREENSHOTS)).is_file(), url


def run_validate(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(folder / "validate.sh")], capture_output=True, text=True, check=False
    )


@needs_validators
def test_validators_have_nothing_to_say() -> None:
    done = run_validate(LINUX)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.endswith("both valid, nothing to remark\n")


@needs_validators
@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (DESKTOP.name, "Terminal=false\n", "Terminal=false\nX-Frob\n", "X-Frob"),
        (DESKTOP.name, "Categories=Utility;", "Categories=Utility;Education;", "hint"),
        (METAINFO.name, '<content_rating type="oars-1.1"/>', "", "content-rating-missing"),
        (METAINFO.name, "  <translation", "  <frob/>\n  <translation", "unknown-tag"),
    ],
)
def test_validation_fails_on_any_remark(
    tmp_path: Path, file: str, old: str, new: str, expected: str
) -> None:
    """Errors, warnings, hints and infos all fail, not only what the tools call errors."""
    for name in (DESKTOP.name, METAINFO.name, "validate.sh"):
        shutil.copy(LINUX / name, tmp_path / name)
    text = (tmp_path / file).read_text(encoding="utf-8")
    assert old in text
    (tmp_path / file).write_text(text.replace(old, new), encoding="utf-8")
    done = run_validate(tmp_path)
    assert done.returncode == 1
    assert expected in done.stdout
