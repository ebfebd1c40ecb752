"""Notifications and the wake signal over a real, private D-Bus (never the machine's own).

Each test starts its own ``dbus-daemon`` (a minimal session-type configuration with no service
activation, so nothing installed on the machine can be started on it) and a fake desktop in a
separate process (``fake_desktop_bus.py``: a notification server and logind). The client
connects to that address explicitly; the machine's session and system buses are pointed
nowhere for every reminder test (``conftest.py``). Waiting is only ever for real D-Bus
signals, with a timeout.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
from reminder_fakes import (
    BERLIN,
    HOURLY,
    START,
    FakeProbes,
    LocalClock,
    fake_timer_factory,
    stop_process,
)
from ui_samples import MakeWindow

from tenang import APP_ID
from tenang.core.paths import resolve_paths
from tenang.core.reminders import Due, DueKind, SuggestRoutine
from tenang.core.reminders.persist import ReminderSettings
from tenang.core.reminders.state import Snoozed
from tenang.ui.reminders import dbus_notify, sleep_watch
from tenang.ui.reminders.controller import RemindersController, attach_reminders
from tenang.ui.reminders.dbus_notify import DBusNotifications
from tenang.ui.reminders.notify import Notifier
from tenang.ui.reminders.sleep_watch import LogindSleepWatch
from tenang.ui.timers import FakeSingleShot

DBUS_DAEMON = shutil.which("dbus-daemon")
pytestmark = [
    pytest.mark.skipif(
        DBUS_DAEMON is None,
        reason="dbus-daemon is not installed (Debian/Ubuntu: apt-get install dbus-daemon); "
        "the private-bus tests need it",
    ),
    pytest.mark.qt_log_ignore(
        "This plugin does not support (propagateSizeHints|raise|setting window opacity)"
    ),
]
HELPER = Path(__file__).with_name("fake_desktop_bus.py")
WAIT_MS = 5000
AT = datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
DUE = Due("work-breath", SuggestRoutine("quick"), AT, AT, DueKind.ON_TIME)
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmpdir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """A private bus daemon for this test only; its address."""
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(tmpdir=tempfile.gettempdir()), encoding="utf-8")
    assert DBUS_DAEMON is not None
    daemon = subprocess.Popen(
        [DBUS_DAEMON, f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()  # printed once the bus accepts connections
    if not address:
        stop_process(daemon)
        pytest.fail("dbus-daemon did not start")
    yield address
    stop_process(daemon)


class FakeDesktop:
    """The helper process: recorded calls in, signals out, through its /control object."""

    def __init__(self, process: subprocess.Popen[str], control: QDBusInterface) -> None:
        self.process = process
        self.control = control

    def _call(self, method: str, *args: Any) -> Any:
        reply = self.control.call(method, *args)
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
        return reply.arguments()[0] if reply.arguments() else None

    def calls(self) -> list[dict[str, Any]]:
        calls: list[dict[str, Any]] = json.loads(self._call("Calls"))
        return calls

    def action(self, notification_id: int, key: str) -> None:
        self._call("EmitAction", str(notification_id), key)

    def closed(self, notification_id: int, reason: int) -> None:
        self._call("EmitClosed", str(notification_id), str(reason))

    def token(self, notification_id: int, token: str) -> None:
        self._call("EmitToken", str(notification_id), token)

    def sleep(self, going_to_sleep: bool) -> None:
        self._call("EmitSleep", going_to_sleep)


@pytest.fixture
def bus(bus_address: str) -> Iterator[QDBusConnection]:
    """The test's own connection to the private bus (as the app's session bus would be)."""
    name = f"tenang-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    QDBusConnection.disconnectFromBus(name)


StartDesktop = Callable[..., FakeDesktop]


@pytest.fixture
def start_desktop(bus_address: str, bus: QDBusConnection) -> Iterator[StartDesktop]:
    started: list[subprocess.Popen[str]] = []

    def start(capabilities: tuple[str, ...] = ("actions", "body")) -> FakeDesktop:
        process = subprocess.Popen(
            [sys.executable, str(HELPER), bus_address, ",".join(capabilities)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout is not None and process.stderr is not None
        line = process.stdout.readline().strip()  # "ready" once both names are owned
        if line != "ready":
            stop_process(process)
            pytest.fail(f"the fake desktop did not start: {process.stderr.read()}")
        control = QDBusInterface(
            "org.freedesktop.Notifications", "/control", "org.tenang.FakeDesktop", bus
        )
        control.setTimeout(WAIT_MS)
        return FakeDesktop(process, control)

    yield start
    for process in started:
        stop_process(process)


def _ready_service(qtbot: Any, bus: QDBusConnection) -> DBusNotifications:
    service = DBusNotifications(bus)
    with qtbot.waitSignal(service.capabilitiesAnswered, timeout=WAIT_MS):
        assert service.start()
    return service


def _attach(
    make_window: MakeWindow, data_dir: Path, **kwargs: Any
) -> tuple[RemindersController, list[FakeSingleShot], LocalClock]:
    timers: list[FakeSingleShot] = []
    clock = LocalClock(START)
    controller = attach_reminders(
        make_window(),
        resolve_paths(data_dir),
        probes=FakeProbes(),
        tray_check=lambda: False,
        now=clock,
        timer_factory=fake_timer_factory(timers),
        desktop_bus=False,
        **kwargs,
    )
    return controller, timers, clock


def test_notify_carries_the_three_buttons_and_our_names(
    qtbot: Any, ui_reset: Any, bus: QDBusConnection, start_desktop: StartDesktop
) -> None:
    desktop = start_desktop(("actions", "body", "body-markup"))
    service = _ready_service(qtbot, bus)
    assert service.has_actions() and service.has_markup()
    notifier = Notifier(
        notifications=service,
        routine_title=lambda _rid: "Rest & breathe",
        timer_factory=fake_timer_factory([]),
    )
    notifier.show(DUE)
    (call,) = desktop.calls()
    assert call["app_name"] == "Tenang"
    assert call["app_icon"] == APP_ID
    assert call["replaces_id"] == 0
    assert call["summary"] == "Time for a breath"
    assert call["body"] == "Rest &amp; breathe, whenever you are ready."  # body-markup server
    assert call["actions"] == ["start", "Start", "snooze", "Snooze 10 min", "skip", "Skip today"]
    assert call["hints"] == {"desktop-entry": APP_ID, "category": "x-tenang.reminder"}
    assert call["expire_timeout"] == 20_000
    assert notifier.live == {call["id"]: DUE}
    assert notifier.popup is None
    notifier.show(DUE)  # the next reminder replaces it instead of stacking
    assert desktop.calls()[-1]["replaces_id"] == call["id"]


@dataclass
class Wired:
    desktop: FakeDesktop
    controller: RemindersController
    clock: LocalClock


@pytest.fixture
def wired(
    qtbot: Any,
    ui_reset: Any,
    make_window: MakeWindow,
    data_dir: Path,
    bus: QDBusConnection,
    start_desktop: StartDesktop,
) -> Wired:
    """The reminders of a window, with the fake desktop's notifications ready to use."""
    desktop = start_desktop()
    controller, _timers, clock = _attach(
        make_window, data_dir, notifications=_ready_service(qtbot, bus)
    )
    return Wired(desktop, controller, clock)


def test_snooze_from_the_notification_snoozes_and_foreign_ids_are_ignored(
    qtbot: Any, wired: Wired
) -> None:
    notifier = wired.controller.notifier
    starts: list[Due] = []
    notifier.startRequested.connect(starts.append)
    notifier.show(DUE)
    (ours,) = notifier.live
    wired.desktop.action(ours + 1000, "start")  # another application's notification
    with qtbot.waitSignal(notifier.snoozeRequested, timeout=WAIT_MS) as blocker:
        wired.desktop.action(ours, "snooze")
    assert blocker.args == [DUE]
    assert starts == []  # the foreign "start" came first (D-Bus keeps order) and was ignored
    assert wired.controller.window.player is None
    assert wired.controller.scheduler.state.snoozed == Snoozed(
        "work-breath", wired.clock.value + timedelta(minutes=10)
    )
    assert notifier.live == {}


def test_start_from_the_notification_opens_the_routine(qtbot: Any, wired: Wired) -> None:
    notifier = wired.controller.notifier
    notifier.show(DUE)
    (ours,) = notifier.live
    wired.desktop.token(ours, "wayland-token")
    with qtbot.waitSignal(notifier.startRequested, timeout=WAIT_MS):
        wired.desktop.action(ours, "start")
    assert wired.controller.window.player is not None
    wired.controller.window.close_player()


def test_closed_notifications_are_forgotten_and_quit_closes_ours(
    qtbot: Any, ui_reset: Any, bus: QDBusConnection, start_desktop: StartDesktop
) -> None:
    desktop = start_desktop()
    notifier = Notifier(notifications=_ready_service(qtbot, bus))
    notifier.show(DUE)
    (first,) = notifier.live
    desktop.closed(first, 2)  # dismissed by the user
    qtbot.waitUntil(lambda: not notifier.live, timeout=WAIT_MS)
    notifier.show(DUE)
    (second,) = notifier.live
    notifier.close()
    assert desktop.calls()[-1] == {"method": "CloseNotification", "id": second}
    assert notifier.live == {}


def test_a_server_without_buttons_falls_back_to_the_popup(
    qtbot: Any, ui_reset: Any, bus: QDBusConnection, start_desktop: StartDesktop
) -> None:
    desktop = start_desktop(("body",))
    service = _ready_service(qtbot, bus)
    assert service.capabilities == ("body",) and not service.has_actions()
    notifier = Notifier(notifications=service, timer_factory=fake_timer_factory([]))
    notifier.show(DUE)
    assert desktop.calls() == []
    assert notifier.popup is not None
    notifier.popup.close()


def test_a_server_that_starts_later_is_used_once_it_answers(
    qtbot: Any, ui_reset: Any, bus: QDBusConnection, start_desktop: StartDesktop
) -> None:
    service = DBusNotifications(bus)
    with qtbot.waitSignal(service.capabilitiesAnswered, timeout=WAIT_MS):
        assert service.start()
    assert not service.has_actions()  # nobody owns the name yet: the popup would be used
    with qtbot.waitSignal(service.capabilitiesAnswered, timeout=WAIT_MS):
        desktop = start_desktop()
    assert service.has_actions()
    notifier = Notifier(notifications=service)
    notifier.show(DUE)
    assert [call["method"] for call in desktop.calls()] == ["Notify"]


def test_no_bus_means_no_service(qapp: Any) -> None:
    name = f"tenang-test-{uuid.uuid4().hex}"
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/tenang-no-bus", name)
    try:
        assert not DBusNotifications(nowhere).start()
        assert not LogindSleepWatch(nowhere).start(lambda: None)
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_waking_from_sleep_rearms_at_once(
    qtbot: Any,
    ui_reset: Any,
    make_window: MakeWindow,
    data_dir: Path,
    bus: QDBusConnection,
    start_desktop: StartDesktop,
) -> None:
    desktop = start_desktop()
    watch = LogindSleepWatch(bus)
    resumes: list[bool] = []
    controller, timers, clock = _attach(make_window, data_dir, sleep_watch=watch)
    assert controller.wakes_from_sleep
    controller.scheduler.set_settings(ReminderSettings((HOURLY,)))
    timer = timers[0]
    assert timer.interval == 60_000  # the one-minute cap while awake
    controller.scheduler.nextDueChanged.connect(lambda: resumes.append(True))
    clock.advance(hours=3)  # asleep past several reminders
    desktop.sleep(True)  # going down: nothing to do
    with qtbot.waitSignal(controller.scheduler.nextDueChanged, timeout=WAIT_MS):
        desktop.sleep(False)
    assert resumes == [True]  # only the wake re-armed; PrepareForSleep(true) did nothing
    assert timer.active and timer.interval == 0  # the one missed reminder comes now
    controller.close()


def test_the_controller_connects_to_the_desktop_only_after_start_up(
    qtbot: Any,
    ui_reset: Any,
    make_window: MakeWindow,
    data_dir: Path,
    bus: QDBusConnection,
    start_desktop: StartDesktop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desktop = start_desktop()

    class PrivateBuses:  # what the app takes for its session and system buses
        @staticmethod
        def sessionBus() -> QDBusConnection:
            return bus

        @staticmethod
        def systemBus() -> QDBusConnection:
            return bus

    monkeypatch.setattr(dbus_notify, "QDBusConnection", PrivateBuses)
    monkeypatch.setattr(sleep_watch, "QDBusConnection", PrivateBuses)
    window = make_window()
    controller = attach_reminders(
        window,
        resolve_paths(data_dir),
        probes=FakeProbes(),
        tray_check=lambda: False,
        now=LocalClock(START),
        timer_factory=fake_timer_factory([]),
    )
    assert controller.notifier.notifications is None  # nothing on the bus during start-up
    assert controller.sleep_watch is None
    QCoreApplication.processEvents()  # a zero-delay timer would fire here; a paint-gated one not
    assert controller.notifier.notifications is None
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: controller.notifier.notifications is not None, timeout=WAIT_MS)
    service = controller.notifier.notifications
    assert isinstance(service, DBusNotifications)
    assert controller.wakes_from_sleep
    qtbot.waitUntil(service.has_actions, timeout=WAIT_MS)
    controller.notifier.show(DUE)
    assert [call["method"] for call in desktop.calls()] == ["Notify"]
    controller.close()
    assert [call["method"] for call in desktop.calls()] == ["Notify", "CloseNotification"]


def test_a_stopped_sleep_watch_hears_nothing(
    qtbot: Any, bus: QDBusConnection, start_desktop: StartDesktop
) -> None:
    desktop = start_desktop()
    stopped: list[str] = []
    heard: list[str] = []
    watch = LogindSleepWatch(bus)
    assert watch.start(lambda: stopped.append("wake"))
    watch.stop()
    desktop.sleep(False)  # only the stopped watch was listening
    sentinel = LogindSleepWatch(bus)
    assert sentinel.start(lambda: heard.append("wake"))
    desktop.sleep(False)  # D-Bus keeps order: the first one has been delivered by now
    qtbot.waitUntil(lambda: heard == ["wake"], timeout=WAIT_MS)
    assert stopped == []
    sentinel.stop()
