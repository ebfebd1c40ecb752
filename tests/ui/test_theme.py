"""Both palettes meet WCAG AA for text, and the theme follows the system unless overridden."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
)

from tenang.ui.theme import (
    DARK,
    LIGHT,
    TEXT_PAIRS,
    UI_PAIRS,
    CalmStyle,
    Colours,
    ThemeController,
    build_palette,
    caution_box,
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


def _edge_contrast(colours: Colours, style: QStyle) -> float:
    """The strongest contrast between an unchecked box's left edge and the window."""
    box = QCheckBox("x")
    box.setStyle(style)
    box.setPalette(build_palette(colours))
    box.setAutoFillBackground(True)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    middle = indicator.center().y()
    ratio = image.devicePixelRatio()
    best = 0.0
    for x in range(indicator.left(), indicator.left() + 2):
        pixel = image.pixelColor(int(x * ratio), int(middle * ratio))
        best = max(best, contrast_ratio(pixel.name(), colours.window))
    box.deleteLater()
    return best


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=lambda c: c.name)
def test_an_unchecked_box_has_a_visible_edge(qapp: QApplication, colours: Colours) -> None:
    ratio = _edge_contrast(colours, CalmStyle())
    assert ratio >= 3.0, f"{colours.name}: check box edge is {ratio:.2f}:1 against the window"


def test_plain_fusion_loses_the_dark_edge_which_is_why_calm_style_exists(
    qapp: QApplication,
) -> None:
    fusion = QStyleFactory.create("Fusion")
    assert _edge_contrast(DARK, fusion) < 3.0


def test_a_caution_shows_markup_from_a_shared_routine_as_plain_text(qapp: QApplication) -> None:
    box, label = caution_box()
    label.setText("<a href='x'>click</a>")
    assert box.objectName() == "caution" and label.objectName() == "cautionText"
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.wordWrap()
    box.deleteLater()
