"""The single-instance socket: private to the user, answered without blocking the window,
removed on close; a stale socket file left by a dead HubDesk does not stop the next one."""

from __future__ import annotations

import os
import socket
import stat
import threading

import pytest

from hubdesk.ui.shell import single_instance
from hubdesk.ui.shell.single_instance import SingleInstance, socket_path

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets only")


@pytest.fixture(autouse=True)
def _runtime_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))


def test_the_socket_is_private_and_removed_on_close(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "a.hubdesk")
    assert first.listen()
    path = socket_path(first.name)
    assert os.path.dirname(path) == str(tmp_path)
    mode = os.stat(path).st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) & 0o077 == 0
    first.close()
    assert not os.path.exists(path)


def test_a_second_start_is_answered_and_the_first_asked_to_come_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "a.hubdesk")
    asked: list[bool] = []
    first.activation_requested.connect(lambda: asked.append(True))
    with open(socket_path(first.name), "w"):  # a file left by a HubDesk that died
        pass
    assert first.listen()
    answers: list[bool] = []
    second = SingleInstance(tmp_path / "a.hubdesk")
    asking = threading.Thread(target=lambda: answers.append(second.ask_running_to_activate()))
    asking.start()  # the first answers from its event loop, which qtbot runs while waiting
    qtbot.waitUntil(lambda: answers != [], timeout=5000)
    asking.join()
    assert answers == [True] and asked == [True]
    first.close()


def test_nobody_listening_is_a_plain_no(tmp_path):
    assert SingleInstance(tmp_path / "b.hubdesk").ask_running_to_activate() is False


def test_a_silent_client_does_not_hold_the_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(single_instance, "READ_TIMEOUT_S", 0.05)
    first = SingleInstance(tmp_path / "a.hubdesk")
    asked: list[bool] = []
    first.activation_requested.connect(lambda: asked.append(True))
    assert first.listen()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.connect(socket_path(first.name))
        qtbot.wait(200)  # the connection is accepted, waited for briefly, and dropped
        assert silent.recv(16) == b""
    assert asked == []
    first.close()
