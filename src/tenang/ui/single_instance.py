"""One Tenang per user: a second launch brings the open window forward and exits.

The first instance listens on a ``QLocalServer`` (a Unix socket, a named pipe on Windows); a
later launch connects, sends ``raise`` and waits for ``ok``. The name is keyed per user (and
per data folder when one is given explicitly, so a test or a second profile runs beside the
everyday one), and the server accepts connections from the same user only.

After a crash the Unix socket file stays behind: connecting to it is *refused* (a missing
name is "not found" instead), and only then is the stale file removed with
``QLocalServer.removeServer`` and the name taken. If ``listen`` still finds the name in use,
another launch won a race since our first try: we ask it once more and defer to it. Removing
without asking first would let two launches at once both become "the" instance.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from tenang import APP_ID

RAISE = b"raise\n"
ACK = b"ok\n"
CONNECT_MS = 500
ANSWER_MS = 2000


def user_key() -> str:
    """Something that tells this user apart from others on the machine (hashed in the name)."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    try:
        user = getpass.getuser()
    except Exception:  # no login name (a container without passwd entry): the uid will do
        user = ""
    return f"{uid}:{user}"


def server_name(data_dir: Path | None = None, user: str | None = None) -> str:
    """``io.github.tenangapp.tenang-<16 hex>``: per user, and per explicit data folder."""
    identity = user_key() if user is None else user
    if data_dir is not None:
        identity += "\0" + str(Path(data_dir).absolute())
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    return f"{APP_ID}-{digest}"


class SingleInstance(QObject):
    """Claims the name; :attr:`raise_requested` fires when another launch asks to be us."""

    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None, *, answer_ms: int = ANSWER_MS):
        super().__init__(parent)
        self.name = name
        self.answer_ms = answer_ms
        self.server: QLocalServer | None = None
        self.recovered_stale = False
        """True when a dead instance's socket had to be removed to take the name."""
        self.answered = False
        """For a second launch: whether the first one acknowledged the raise."""
        self._refused = False

    def claim(self) -> bool:
        """True if this process is now the instance; False if another one was told to raise."""
        if self._ask_running_instance():
            return False
        if self._refused:
            QLocalServer.removeServer(self.name)
            self.recovered_stale = True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                return self._run_unguarded(server)
            if self._ask_running_instance():
                return False
            QLocalServer.removeServer(self.name)
            self.recovered_stale = True
            if not server.listen(self.name):
                return self._run_unguarded(server)
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    @staticmethod
    def _run_unguarded(server: QLocalServer) -> bool:
        """Cannot listen at all (say, a read-only temp folder): better to run without the
        guard than not at all."""
        print(f"tenang: cannot watch for a second launch: {server.errorString()}", file=sys.stderr)
        return True

    def _ask_running_instance(self) -> bool:
        """Connect and send ``raise``; True if an instance is there (answered or not)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            self._refused = socket.error() == QLocalSocket.LocalSocketError.ConnectionRefusedError
            socket.abort()
            return False
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
        reply = b""
        while ACK not in reply and socket.waitForReadyRead(self.answer_ms):
            reply += bytes(socket.readAll().data())
        self.answered = ACK in reply
        socket.disconnectFromServer()
        return True

    def _accept(self) -> None:
        assert self.server is not None
        while (connection := self.server.nextPendingConnection()) is not None:
            connection.setParent(self)
            connection.disconnected.connect(connection.deleteLater)
            connection.readyRead.connect(lambda c=connection: self._read(c))
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        buffered = bytes(connection.property("tenang_buffer") or b"")
        buffered += bytes(connection.readAll().data())
        connection.setProperty("tenang_buffer", buffered)
        if RAISE in buffered:
            connection.setProperty("tenang_buffer", b"")
            connection.write(ACK)
            connection.flush()
            self.raise_requested.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def raise_window(window: QWidget) -> None:
    """Bring ``window`` to the front: un-minimise, show, raise and ask for focus.

    On Wayland a window cannot take focus by itself; the compositor shows it as wanting
    attention instead, which is the most an app may do there.
    """
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def claim_for(data_dir: Path | None) -> SingleInstance | None:
    """The guard for this user (and explicit data folder), or None if another Tenang was
    there and has been asked to raise its window: the caller then exits with 0."""
    instance = SingleInstance(server_name(data_dir))
    if instance.claim():
        return instance
    if not instance.answered:
        print(
            "tenang: Tenang is already running but did not answer; not starting a second one.",
            file=sys.stderr,
        )
    return None
