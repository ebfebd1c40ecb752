"""Learn: the guide list, Markdown rendering, links to guides and routines, no web opening."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from test_accessibility import _interactive, _unnamed
from ui_samples import SAMPLE, FakeEntry, FakeLibrary, MakeWindow, routine

from tenang.core.engine import FakeClock
from tenang.core.settings import Settings
from tenang.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

BOX = routine("box-breathing", ("Box breathing", "Pernapasan kotak"), seconds=240)


def _window(make_window: MakeWindow) -> MainWindow:
    library = FakeLibrary([FakeEntry(s, "bundled", None) for s in (*SAMPLE, BOX)])
    return make_window(library=library, settings=Settings(lead_in=False), clock_factory=FakeClock)


def test_opening_a_guide_and_following_a_link_to_a_routine(make_window: MakeWindow) -> None:
    window = _window(make_window)
    learn = window.show_learn()
    assert len(learn.slugs()) >= 8
    assert learn.isVisible() and learn.isWindow()
    learn.guides.setCurrentRow(learn.slugs().index("choosing-a-routine"))
    assert learn.current is not None and learn.current.slug == "choosing-a-routine"
    assert 'href="guide:physiological-sigh"' in learn.browser.toHtml()
    learn.browser.anchorClicked.emit(QUrl("guide:box-breathing"))
    assert learn.current is not None and learn.current.slug == "box-breathing"
    assert learn.guides.currentItem().text() == "Box breathing"
    html = learn.browser.toHtml()
    assert 'href="routine:box-breathing"' in html and "Sources" in html
    learn.browser.anchorClicked.emit(QUrl("routine:box-breathing"))
    assert not learn.try_bar.isHidden()
    assert "Box breathing" in learn.try_label.text()
    assert window.player is None  # a link only offers; nothing starts by itself
    learn.try_button.click()
    assert window.player is not None
    assert window.player.session.id == "box-breathing"
    window.player.stop_silently()
    window.close_player()


def test_a_link_to_a_routine_that_is_not_installed_offers_nothing(
    make_window: MakeWindow,
) -> None:
    window = make_window()  # the samples have no box-breathing routine
    learn = window.show_learn("box-breathing")
    assert learn.try_bar.isHidden()
    learn.follow_link("routine:box-breathing")
    assert learn.try_bar.isHidden()
    learn.try_now()
    assert window.player is None


def test_web_links_are_shown_and_copyable_never_opened(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Any] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    learn = make_window().show_learn("slow-breathing")
    url = "https://doi.org/10.1183/20734735.009817"
    learn.browser.anchorClicked.emit(QUrl(url))
    assert opened == []
    assert not learn.link_bar.isHidden()
    assert url in learn.link_label.text()
    assert learn.current is not None and learn.current.slug == "slow-breathing"  # still here
    learn.copy_link_button.click()
    assert QGuiApplication.clipboard().text() == url


def test_learn_follows_the_language(make_window: MakeWindow, ui_reset: Any) -> None:
    window = make_window()
    learn = window.show_learn("safety")
    assert learn.guides.currentItem().text() == "Breathing safely"
    ui_reset.apply("id")
    assert learn.current is not None and learn.current.language == "id"
    assert learn.current.slug == "safety"
    assert "Sumber" in learn.browser.toHtml()


def test_learn_is_in_the_help_menu_and_the_library_header(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.learn_action in window.help_menu.actions()
    window.learn_button.click()
    assert window.learn_page is not None and window.learn_page.isVisible()
    window.learn_page.close()
    window.learn_action.trigger()
    assert window.learn_page.isVisible()


def test_learn_controls_are_named(make_window: MakeWindow) -> None:
    learn = _window(make_window).show_learn("box-breathing")
    learn.follow_link("https://example.org/x")
    assert len(_interactive(learn)) >= 4
    assert _unnamed(learn) == []
