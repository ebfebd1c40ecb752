"""Both palettes meet WCAG AA for text, and the theme follows the system unless overridden."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tenang.ui.theme import (
    DARK,
    LIGHT,
    TEXT_PAIRS,
    UI_PAIRS,
    Colours,
    ThemeController,
    build_palette,
    contrast_ratio,
    resolve_colours,
)

AA_TEXT = 4.5


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=lambda c: c.name)
@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_meets_wcag_aa(colours: Colours, foreground: str, background: str) -> None:
    ratio = contrast_ratio(getattr(colours, foreground), getattr(colours, background))
    assert ratio >= AA_TEXT, f"{colours.name}: {foreground} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=lambda c: c.name)
@pytest.mark.parametrize(("foreground", "background"), UI_PAIRS)
def test_control_edges_and_shapes_are_visible(
    colours: Colours, foreground: str, background: str
) -> None:
    ratio = contrast_ratio(getattr(colours, foreground), getattr(colours, background))
    assert ratio >= 3.0, f"{colours.name}: {foreground} on {background} is {ratio:.2f}:1"


def test_a_low_contrast_pair_would_fail() -> None:
    assert contrast_ratio(LIGHT.caution_background, LIGHT.window) < 3.0


def test_resolve_follows_system_unless_overridden() -> None:
    assert resolve_colours("system", system_dark=True) is DARK
    assert resolve_colours("system", system_dark=False) is LIGHT
    assert resolve_colours("light", system_dark=True) is LIGHT
    assert resolve_colours("dark", system_dark=False) is DARK


def test_palette_carries_the_colours() -> None:
    palette = build_palette(DARK)
    assert palette.color(QPalette.ColorRole.Window).name() == DARK.window
    assert palette.color(QPalette.ColorRole.Text).name() == DARK.text
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled.name() == DARK.disabled_text


def test_controller_applies_and_follows_system_changes(
    ui_reset: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = ThemeController()
    controller.apply("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    monkeypatch.setattr("tenang.ui.theme.system_is_dark", lambda: False)
    controller.apply("system")
    assert controller.colours is LIGHT
    monkeypatch.setattr("tenang.ui.theme.system_is_dark", lambda: True)
    controller._system_changed(None)  # what colorSchemeChanged calls
    assert controller.colours is DARK
    controller.apply("light")
    controller._system_changed(None)  # an explicit choice ignores the system
    assert controller.colours is LIGHT
