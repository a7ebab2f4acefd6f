"""A running ``annotate preview`` for tests: a one-story copy of the book, served."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .course import HANCOCK, fixture_course

STORY = HANCOCK


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """The project's book (real configuration, explorer and indexes) with one story."""
    return fixture_course(tmp_path / "course", (STORY,))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture
def preview(book: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[str, Path, Callable[[], str]]]:
    """Start ``annotate preview`` on the book; yield (url, book, read_terminal_output)."""
    port = free_port()
    log = tmp_path_factory.mktemp("preview") / "terminal.log"
    env = {**os.environ, "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "annotate", "preview", "--port", str(port)],
            cwd=book, stdout=sink, stderr=subprocess.STDOUT, env=env,
            start_new_session=True)
    try:
        yield f"http://127.0.0.1:{port}", book, lambda: log.read_text("utf-8", "replace")
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError, http.client.HTTPException):
        # (a page read while the build rewrites it comes back short: ask again)
        return None
