"""One Tenang per user: a real second launch raises the first and exits 0; a crashed
instance's socket is recovered; names are per user and per explicit data folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from tenang import APP_ID
from tenang.ui.single_instance import SingleInstance, claim_for, raise_window, server_name

CRASHING_INSTANCE = """
import os, signal, sys
from PySide6.QtCore import QCoreApplication
from tenang.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
assert instance.claim()
print(instance.server.fullServerName(), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def instances() -> Any:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.close()


def test_names_are_per_user_and_per_data_folder(tmp_path: Path) -> None:
    name = server_name(user="1000:ana")
    assert name.startswith(f"{APP_ID}-") and len(name) == len(APP_ID) + 17
    assert name == server_name(user="1000:ana")
    assert name != server_name(user="1001:budi")
    assert server_name(tmp_path / "a", user="1000:ana") != server_name(
        tmp_path / "b", user="1000:ana"
    )
    assert server_name(tmp_path / "a", user="1000:ana") != name


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_second_launch_raises_the_first_and_exits_0(
    qtbot: Any, data_dir: Path, instances: list[SingleInstance]
) -> None:
    """A real ``python -m tenang`` with the same data folder finds this "first instance"."""
    first = SingleInstance(server_name(data_dir))
    instances.append(first)
    assert first.claim() and not first.recovered_stale
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    first.raise_requested.connect(lambda: raise_window(window))
    with qtbot.waitSignal(first.raise_requested, timeout=30_000):
        second = subprocess.Popen(
            [sys.executable, "-m", "tenang", "--data-dir", str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert (out, err) == ("", "")
    assert window.isVisible() and not window.isMinimized()
    assert not (data_dir / "settings.toml").exists()  # it stopped before building a window


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind")
def test_socket_left_by_a_crash_is_recovered(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    name = server_name(tmp_path)
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_INSTANCE, name], capture_output=True, text=True, check=False
    )
    assert crashed.returncode == -9, crashed.stderr
    socket_file = Path(crashed.stdout.strip())
    assert socket_file.exists()  # the stale socket: nobody listens, the file stays
    probe = QLocalSocket()
    probe.connectToServer(name)
    assert not probe.waitForConnected(500)

    instance = SingleInstance(name)
    instances.append(instance)
    assert instance.claim()
    assert instance.recovered_stale
    probe.connectToServer(name)
    assert probe.waitForConnected(500)  # listening again, on the same name
    probe.abort()


def test_a_live_instance_is_never_replaced(
    qtbot: Any, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    """The second claimer defers even if the first is too busy to answer in time."""
    name = server_name(tmp_path)
    first = SingleInstance(name)
    instances.append(first)
    assert first.claim()
    second = SingleInstance(name, answer_ms=50)
    with qtbot.waitSignal(first.raise_requested, timeout=5_000):
        assert not second.claim()  # blocks this thread, so the first cannot answer yet
    assert not second.answered
    assert second.server is None
    assert Path(first.server.fullServerName()).exists()  # type: ignore[union-attr]


def test_only_this_user_may_connect(tmp_path: Path, instances: list[SingleInstance]) -> None:
    instance = SingleInstance(server_name(tmp_path))
    instances.append(instance)
    assert instance.claim()
    assert instance.server is not None
    assert instance.server.socketOptions() == QLocalServer.SocketOption.UserAccessOption
    if sys.platform != "win32":
        mode = Path(instance.server.fullServerName()).stat().st_mode & 0o777
        assert mode & 0o077 == 0, oct(mode)


def test_closing_frees_the_name(tmp_path: Path) -> None:
    name = server_name(tmp_path)
    first = SingleInstance(name)
    assert first.claim()
    first.close()
    again = SingleInstance(name)
    assert again.claim() and not again.recovered_stale
    again.close()


def test_a_name_that_cannot_be_listened_on_still_lets_tenang_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    instance = SingleInstance(str(tmp_path / "no-such-folder" / "socket"))
    assert instance.claim()
    assert instance.server is None
    assert capsys.readouterr().err.startswith("tenang: cannot watch for a second launch: ")


def test_claim_for_gives_the_guard_to_the_first(tmp_path: Path) -> None:
    instance = claim_for(tmp_path)
    assert instance is not None and instance.name == server_name(tmp_path)
    instance.close()
