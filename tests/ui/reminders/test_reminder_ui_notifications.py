"""Notifications with buttons through a fake service: what is sent, how answers are routed,
and the fallback order (notification with buttons, then the tray message, then the popup)."""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from reminder_fakes import BERLIN, FakeNotifications, FakeTray, fake_timer_factory

from tenang import APP_ID
from tenang.core.reminders import Due, DueKind, OpenCheckIn, SuggestRoutine
from tenang.ui.reminders.notify import (
    NOTIFICATION_CATEGORY,
    NOTIFICATION_TIMEOUT_MS,
    Notifier,
    hand_over_activation_token,
    reminder_notification,
)

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|setting window opacity)"
)
AT = datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
DUE = Due("work-breath", SuggestRoutine("box-breathing"), AT, AT, DueKind.ON_TIME)
LATER = Due("work-breath", SuggestRoutine("box-breathing"), AT.replace(hour=11), AT, DueKind.MISSED)
ACTIONS = ["start", "Start", "snooze", "Snooze 10 min", "skip", "Skip today"]


class Recorder:
    """Every choice the notifier emits, in order, as (kind, due)."""

    def __init__(self, notifier: Notifier) -> None:
        self.seen: list[tuple[str, Due]] = []
        notifier.startRequested.connect(lambda due: self.seen.append(("start", due)))
        notifier.snoozeRequested.connect(lambda due: self.seen.append(("snooze", due)))
        notifier.skipRequested.connect(lambda due: self.seen.append(("skip", due)))


def _notifier(service: FakeNotifications, tray: object | None = None) -> Notifier:
    return Notifier(
        tray,
        notifications=service,
        routine_title=lambda rid: "Box breathing" if rid == "box-breathing" else rid,
        timer_factory=fake_timer_factory([]),
    )


def test_the_request_carries_the_three_actions_app_icon_and_hints(ui_reset: Any) -> None:
    request = reminder_notification(DUE, lambda _rid: "Box breathing")
    assert request.app_name == "Tenang"
    assert request.app_icon == APP_ID
    assert request.summary == "Time for a breath"
    assert request.body == "Box breathing, whenever you are ready."
    assert request.action_list() == ACTIONS
    assert request.hints == {"desktop-entry": APP_ID, "category": NOTIFICATION_CATEGORY}
    assert request.expire_timeout_ms == NOTIFICATION_TIMEOUT_MS == 20_000
    assert request.replaces_id == 0


def test_the_buttons_speak_the_users_language(ui_reset: Any) -> None:
    ui_reset.apply("id")
    try:
        request = reminder_notification(DUE)
        labels = request.action_list()[1::2]
        assert labels == ["Mulai", "Tunda 10 menit", "Lewati hari ini"]
        assert request.action_list()[0::2] == ["start", "snooze", "skip"]  # keys never change
        assert request.summary != "Time for a breath"
    finally:
        ui_reset.apply("en")


def test_markup_servers_get_an_escaped_body(ui_reset: Any) -> None:
    title = "Rest & <breathe>"
    plain = reminder_notification(DUE, lambda _rid: title)
    marked = reminder_notification(DUE, lambda _rid: title, markup=True)
    assert plain.body.startswith("Rest & <breathe>,")
    assert marked.body.startswith("Rest &amp; &lt;breathe&gt;,")


def test_a_service_with_buttons_is_the_first_choice(qapp: Any, ui_reset: Any) -> None:
    service, tray = FakeNotifications(), FakeTray()
    notifier = _notifier(service, tray)
    notifier.show(DUE)
    (request,) = service.requests
    assert request.action_list() == ACTIONS
    assert request.body == "Box breathing, whenever you are ready."
    assert notifier.live == {42: DUE}
    assert tray.sent == [] and notifier.popup is None
    assert service.listener is notifier


@pytest.mark.parametrize(
    ("action", "kind"), [("start", "start"), ("snooze", "snooze"), ("skip", "skip")]
)
def test_actions_are_routed_like_the_popup_buttons(
    qapp: Any, ui_reset: Any, action: str, kind: str
) -> None:
    service = FakeNotifications()
    notifier = _notifier(service)
    recorder = Recorder(notifier)
    notifier.show(DUE)
    notifier.action_invoked(42, action)
    assert recorder.seen == [(kind, DUE)]
    assert notifier.live == {}
    notifier.action_invoked(42, action)  # a second click (or a resident server) does nothing
    assert recorder.seen == [(kind, DUE)]


def test_foreign_ids_and_unknown_keys_are_ignored(qapp: Any, ui_reset: Any) -> None:
    service = FakeNotifications()
    notifier = _notifier(service)
    recorder = Recorder(notifier)
    notifier.show(DUE)
    notifier.action_invoked(7, "start")  # another app's notification
    notifier.action_invoked(42, "default")  # a key we never offered
    notifier.notification_closed(7, 2)
    assert recorder.seen == []
    assert notifier.live == {42: DUE}
    notifier.action_invoked(42, "snooze")
    assert recorder.seen == [("snooze", DUE)]


def test_closing_forgets_the_notification(qapp: Any, ui_reset: Any) -> None:
    service = FakeNotifications()
    notifier = _notifier(service)
    recorder = Recorder(notifier)
    notifier.show(DUE)
    notifier.notification_closed(42, 1)  # expired
    assert notifier.live == {}
    notifier.action_invoked(42, "start")
    assert recorder.seen == []


def test_a_new_reminder_replaces_the_last_notification(qapp: Any, ui_reset: Any) -> None:
    service = FakeNotifications()
    notifier = _notifier(service)
    notifier.show(DUE)
    notifier.show(LATER)
    assert [r.replaces_id for r in service.requests] == [0, 42]
    assert notifier.live == {42: LATER}
    assert service.closed == []


def test_a_server_that_does_not_replace_gets_the_old_one_closed(qapp: Any, ui_reset: Any) -> None:
    service = FakeNotifications()
    notifier = _notifier(service)
    notifier.show(DUE)
    service.notify = lambda request: 99  # type: ignore[method-assign]
    notifier.show(LATER)
    assert service.closed == [42]
    assert notifier.live == {99: LATER}


@pytest.mark.parametrize("service", [None, FakeNotifications(actions=False)])
def test_without_buttons_the_tray_message_comes_next(
    qapp: Any, ui_reset: Any, service: FakeNotifications | None
) -> None:
    tray = FakeTray()
    checkin = Due("evening", OpenCheckIn(), AT, AT, DueKind.ON_TIME)
    notifier = Notifier(tray, notifications=service, timer_factory=fake_timer_factory([]))
    notifier.show(checkin)
    assert tray.sent == [("Time for a quick check-in", "How are you feeling right now?")]
    assert notifier.popup is None
    assert service is None or service.requests == []


@pytest.mark.parametrize("actions", [False, True])
def test_no_buttons_and_no_tray_or_a_refused_notify_means_the_popup(
    qapp: Any, ui_reset: Any, actions: bool
) -> None:
    service = FakeNotifications(actions=actions)
    service.refuse = True
    notifier = _notifier(service)
    recorder = Recorder(notifier)
    notifier.show(DUE)
    popup = notifier.popup
    assert popup is not None
    try:
        assert notifier.live == {}
        popup.snooze_button.click()
        assert recorder.seen == [("snooze", DUE)]
    finally:
        if notifier.popup is not None:
            notifier.popup.close()


def test_a_notification_closes_an_older_popup(qtbot: Any, ui_reset: Any) -> None:
    service = FakeNotifications(actions=False)
    notifier = _notifier(service)
    notifier.show(DUE)
    old = notifier.popup
    assert old is not None and old.isVisible()
    service.actions = True
    notifier.show(LATER)
    assert not old.isVisible()
    assert notifier.popup is None
    assert notifier.live == {42: LATER}


def test_a_second_popup_is_kept_when_the_first_one_goes(qtbot: Any, ui_reset: Any) -> None:
    notifier = Notifier(None, timer_factory=fake_timer_factory([]))
    notifier.show(DUE)
    first = notifier.popup
    assert first is not None
    notifier.show(LATER)
    second = notifier.popup
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(first)  # the first one is gone now ...
    assert notifier.popup is second is not None  # ... and its end forgot nothing
    second.close()


def test_quitting_closes_our_notifications(qapp: Any, ui_reset: Any) -> None:
    service = FakeNotifications()
    notifier = _notifier(service)
    notifier.show(DUE)
    notifier.close()
    assert service.closed == [42]
    assert notifier.live == {}


def test_a_restarted_service_forgets_every_id(qapp: Any, ui_reset: Any) -> None:
    service = FakeNotifications()
    notifier = _notifier(service)
    recorder = Recorder(notifier)
    notifier.show(DUE)
    notifier.service_lost()
    notifier.action_invoked(42, "start")  # id 42 of the *new* server is not ours
    assert recorder.seen == []


def test_start_hands_the_activation_token_to_qt_on_wayland(
    qapp: Any, ui_reset: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    handed: list[str] = []
    monkeypatch.setattr(
        "tenang.ui.reminders.notify.hand_over_activation_token", lambda token: handed.append(token)
    )
    service = FakeNotifications()
    notifier = _notifier(service)
    notifier.show(DUE)
    notifier.activation_token(7, "not-ours")
    notifier.activation_token(42, "token-42")
    notifier.action_invoked(42, "start")
    assert handed == ["token-42"]


def test_snooze_does_not_hand_over_the_token(
    qapp: Any, ui_reset: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[str] = []
    monkeypatch.setattr(
        "tenang.ui.reminders.notify.hand_over_activation_token", lambda token: handed.append(token)
    )
    notifier = _notifier(FakeNotifications())
    notifier.show(DUE)
    notifier.activation_token(42, "token-42")
    notifier.action_invoked(42, "snooze")
    assert handed == []


def test_the_token_goes_to_the_environment_only_on_wayland(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    assert hand_over_activation_token("abc", "xcb") is False
    assert "XDG_ACTIVATION_TOKEN" not in os.environ
    assert hand_over_activation_token("", "wayland") is False
    assert "XDG_ACTIVATION_TOKEN" not in os.environ
    assert hand_over_activation_token("abc", "wayland-egl") is True
    assert os.environ["XDG_ACTIVATION_TOKEN"] == "abc"
