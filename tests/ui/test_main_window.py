"""The main window: library page, search and filters, detail, player page, menus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from ui_samples import SAMPLE, FakeEntry, FakeLibrary, MakeWindow

from tenang.core.engine import FakeClock, State
from tenang.core.settings import Settings, load_settings
from tenang.ui.library import LengthFilter
from tenang.ui.main_window import MainWindow

# The offscreen platform says this whenever a top-level window is shown; it is harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_opens_on_library_with_focus_in_search(qtbot: Any, make_window: MakeWindow) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.currentWidget() is window.library_page
    assert window.focusWidget() is window.search
    assert window.visible_ids() == ["focus", "long", "quick", "sleep"]  # by English title
    assert window.detail.item() is not None


def test_search_matches_title_tags_and_summary(make_window: MakeWindow) -> None:
    window = make_window()
    window.search.setText("wind")
    assert window.visible_ids() == ["sleep"]
    window.search.setText("FOCUS")  # a tag, any case
    assert window.visible_ids() == ["focus"]
    window.search.setText("settle")  # summary
    assert window.visible_ids() == ["quick"]
    window.search.setText("calm minute")  # every word must match
    assert window.visible_ids() == ["quick"]
    window.search.setText("nothing like this")
    assert window.visible_ids() == []
    assert not window.empty_label.isHidden()


def test_search_uses_the_current_language(make_window: MakeWindow, ui_reset: Any) -> None:
    window = make_window()
    window.search.setText("kotak")
    assert window.visible_ids() == []
    ui_reset.apply("id")
    window.search.setText("")
    window.search.setText("kotak")
    assert window.visible_ids() == ["focus"]


def test_tag_filter(make_window: MakeWindow) -> None:
    window = make_window()
    tags = [window.tag_filter.itemData(i) for i in range(window.tag_filter.count())]
    assert tags == [None, "calm", "focus", "short", "sleep", "timer"]
    window.tag_filter.setCurrentIndex(tags.index("calm"))
    assert window.visible_ids() == ["quick", "sleep"]
    window.tag_filter.setCurrentIndex(0)
    assert len(window.visible_ids()) == 4


@pytest.mark.parametrize(
    ("length", "expected"),
    [
        (LengthFilter.SHORT, ["quick"]),
        (LengthFilter.MEDIUM, ["focus"]),
        (LengthFilter.LONG, ["sleep"]),
        (LengthFilter.LONGER, ["long"]),
    ],
)
def test_length_filter(make_window: MakeWindow, length: LengthFilter, expected: list[str]) -> None:
    window = make_window()
    window.length_filter.setCurrentIndex(list(LengthFilter).index(length))
    assert window.visible_ids() == expected


def test_length_bounds() -> None:
    assert LengthFilter.SHORT.matches(120) and not LengthFilter.MEDIUM.matches(120)
    assert LengthFilter.MEDIUM.matches(120.5) and LengthFilter.MEDIUM.matches(300)
    assert LengthFilter.LONGER.matches(600.1) and not LengthFilter.LONG.matches(600.1)


def test_recent_routines_come_first(make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(recent_routines=("sleep", "quick")))
    assert window.visible_ids() == ["sleep", "quick", "focus", "long"]
    assert window.detail.item() is not None


def test_last_routine_is_selected_on_open(make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(last_routine="long"))
    item = window.detail.item()
    assert item is not None and item.session.id == "long"


def test_user_routine_is_marked_in_the_detail(make_window: MakeWindow) -> None:
    library = FakeLibrary([FakeEntry(SAMPLE[0], "user", Path("/x/quick.toml"))])
    window = make_window(library=library)
    assert "Your routine" in window.detail.meta.text()


def _start(qtbot: Any, window: MainWindow) -> Any:
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.playerStarted) as started:
        qtbot.mouseClick(window.detail.start_button, Qt.MouseButton.LeftButton)
    return started.args[0]


def test_start_opens_the_player_and_returns_when_done(
    qtbot: Any, make_window: MakeWindow, data_dir: Path
) -> None:
    clock = FakeClock(100.0)
    window = make_window(settings=Settings(lead_in=False), clock_factory=lambda: clock)
    window.select_routine("quick")
    player = _start(qtbot, window)
    assert window.pages.currentWidget() is window.player_page
    assert player.session.id == "quick"
    assert player.state is State.RUNNING
    assert not window.settings_action.isEnabled()
    # The run is remembered as the most recent, on disk too.
    assert window.settings.recent_routines[0] == "quick"
    assert load_settings(data_dir / "settings.toml")[0].last_routine == "quick"
    with qtbot.waitSignal(window.playerClosed):
        player.closeRequested.emit()
    assert window.pages.currentWidget() is window.library_page
    assert window.player is None
    assert window.visible_ids()[0] == "quick"


def test_player_gets_options_from_settings(qtbot: Any, make_window: MakeWindow) -> None:
    settings = Settings(visual_style="wave", reduced_motion="system", lead_in=True)
    window = make_window(
        settings=settings, clock_factory=FakeClock, reduced_motion_probe=lambda: True
    )
    player = _start(qtbot, window)
    assert player.options.visual_style == "wave"
    assert player.options.reduced_motion is True
    assert player.options.lead_in is True
    assert player.options.language == "en"


def test_closing_the_window_mid_session_stops_it(qtbot: Any, make_window: MakeWindow) -> None:
    clock = FakeClock()
    window = make_window(settings=Settings(lead_in=False), clock_factory=lambda: clock)
    player = _start(qtbot, window)
    clock.advance(5)
    with qtbot.waitSignal(player.stopped) as stopped:
        window.close()
    assert player.state is State.STOPPED
    assert stopped.args[0].completed is False


def test_open_routines_folder(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return False

    monkeypatch.setattr("tenang.ui.main_window.QDesktopServices.openUrl", fake_open)
    window = make_window()
    window.open_folder_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(data_dir / "sessions"))]
    # No file manager: the user is told where the folder is instead.
    assert not window.notice.isHidden()
    assert str(data_dir / "sessions") in window.notice.text()


def test_menus_have_shortcuts(make_window: MakeWindow) -> None:
    window = make_window()
    for action in (
        window.find_action,
        window.open_folder_action,
        window.reload_action,
        window.settings_action,
        window.quit_action,
    ):
        assert not action.shortcut().isEmpty(), action.text()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]


def test_about_box_uses_translated_button(make_window: MakeWindow, ui_reset: Any) -> None:
    window = make_window()
    ui_reset.apply("id")
    box = window.show_about()
    assert [b.text() for b in box.buttons()] == ["Tutup"]
    box.close()


def test_down_arrow_moves_from_search_to_list(qtbot: Any, make_window: MakeWindow) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.focusWidget() is window.list


def test_enter_on_the_list_starts_the_routine(qtbot: Any, make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(lead_in=False), clock_factory=FakeClock)
    window.show()
    qtbot.waitExposed(window)
    window.select_routine("sleep")
    window.list.setFocus()
    with qtbot.waitSignal(window.playerStarted) as started:
        qtbot.keyClick(window.list, Qt.Key.Key_Return)
    assert started.args[0].session.id == "sleep"


def test_tab_order_follows_the_page(qtbot: Any, make_window: MakeWindow) -> None:
    window = make_window()
    order = [window.search]
    widget = window.search
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [
        window.search,
        window.tag_filter,
        window.length_filter,
        window.list,
        window.detail.start_button,
    ]
