"""Single instance per journal for the window: the file lock plus a local socket hand-off.

The first launch takes ``InstanceLock`` (a kernel lock, gone when the process dies, kill -9
included) and listens on a ``QLocalServer`` whose name is derived from the journal folder. A
second launch for the same journal fails to take the lock, so it never opens the database: it
connects to the server, asks the first window to come forward, waits for the answer and exits.
If the first one does not answer (it is hanging, or still starting), the second one says the
journal is open elsewhere.

Only QtNetwork's local sockets are used (a Unix domain socket / Windows named pipe, readable by
this user only); nothing here can reach the network.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backjournal.instance_lock import InstanceLock
from backjournal.ui.modal import exec_dialog
from backjournal.ui.translation import translate

ACTIVATE = b"activate\n"
ACK = b"ok\n"


def server_name(data_dir: Path) -> str:
    """A short, per-user, per-journal name (Unix socket paths are limited to ~100 bytes)."""
    key = f"{os.getuid() if hasattr(os, 'getuid') else os.getlogin()}:{Path(data_dir).resolve()}"
    return "BackJournal-" + hashlib.sha256(key.encode()).hexdigest()[:20]


class InstanceServer(QObject):
    """Listens for later launches of the same journal and emits ``activation_requested``."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self.name = name

    def listen(self) -> bool:
        # We hold the instance lock, so a socket file left by a killed holder is stale: remove it.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._on_ready(s))
            sock.disconnected.connect(sock.deleteLater)

    def _on_ready(self, sock: QLocalSocket) -> None:
        data = sock.readAll().data()
        if ACTIVATE.strip() in data:
            self.activation_requested.emit()
            sock.write(ACK)
            sock.flush()
        sock.disconnectFromServer()


def ask_running_instance_to_activate(name: str, timeout_ms: int = 5000) -> bool:
    """Ask the window that holds the journal to come forward. True when it answered.

    Retries the connection until the deadline: the holder may still be starting (it takes the lock
    before it listens).
    """
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    sock = QLocalSocket()
    try:
        while True:
            sock.connectToServer(name)
            if sock.waitForConnected(timeout_ms):
                break
            sock.abort()
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        sock.write(ACTIVATE)
        if not sock.waitForBytesWritten(timeout_ms):
            return False
        answer = b""
        while ACK not in answer and sock.waitForReadyRead(timeout_ms):
            answer += sock.readAll().data()
        return ACK in answer
    finally:
        sock.abort()


class SingleInstance:
    """Owns the lock and the server for one journal folder, for the life of the window."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.lock = InstanceLock(self.data_dir)
        self.name = server_name(self.data_dir)
        self.server: InstanceServer | None = None

    def claim(self) -> bool:
        """Take the journal for this process. False when another BackJournal holds it."""
        if not self.lock.try_acquire():
            return False
        self.server = InstanceServer(self.name)
        self.server.listen()  # without a server later launches say "open elsewhere"; the lock still protects
        return True

    def hand_off(self) -> bool:
        """Ask the holder to come forward (we must not touch the journal). True if it answered."""
        return ask_running_instance_to_activate(self.name)

    def on_activation(self, callback: Callable[[], None]) -> None:
        assert self.server is not None
        self.server.activation_requested.connect(callback)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()


def bring_forward(window) -> None:
    """Show, un-minimise and raise a window that another launch asked for."""
    from PySide6.QtCore import Qt

    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def hand_off_or_explain(instance: SingleInstance) -> int:
    """Called when another BackJournal holds the journal: bring it forward, or say it is open elsewhere.

    Never opens the database. Returns the exit code for this (second) launch.
    """
    import sys

    if instance.hand_off():
        print(
            f"BackJournal is already open for the journal in {instance.data_dir}; brought its window forward.",
            file=sys.stderr,
        )
        return 0
    from PySide6.QtWidgets import QMessageBox

    from backjournal.ui.errors import message_box

    holder = instance.lock.holder_pid()
    who = translate("SingleInstance", " (process {holder})").format(holder=holder) if holder else ""
    exec_dialog(
        message_box(
            None,
            QMessageBox.Icon.Warning,
            translate("SingleInstance", "The journal is already open"),
            translate(
                "SingleInstance", "The journal in {data_dir} is open in another BackJournal{who}, which did not answer."
            ).format(data_dir=instance.data_dir, who=who),
            translate(
                "SingleInstance", "Switch to that window, or close it and start BackJournal again. Nothing was changed."
            ),
        )
    )
    return 1
