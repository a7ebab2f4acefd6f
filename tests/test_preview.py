"""``annotate preview``: serve a real (small) book, save an edit, see the page change.

The server runs as the instructor runs it, in its own process; the test reads the
served pages over HTTP and the terminal output the instructor would see.
"""

from __future__ import annotations

import os
import re
import shutil
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

from annotate.preview import conf_py, sphinx_settings

from .conftest import ROOT

pytestmark = pytest.mark.book
STORY = "hancock-traffic-stop"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """A one-story book with the project's real configuration."""
    shutil.copy(ROOT / "_config.yml", tmp_path)
    (tmp_path / "_toc.yml").write_text(f"format: jb-book\nroot: book/{STORY}\n", "utf-8")
    (tmp_path / "book").mkdir()
    shutil.copy(ROOT / "book" / f"{STORY}.md", tmp_path / "book")
    (tmp_path / "sources").mkdir()
    for suffix in (".yml", ".txt"):
        shutil.copy(ROOT / "sources" / f"{STORY}{suffix}", tmp_path / "sources")
    return tmp_path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
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
    port = _free_port()
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


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def test_preview_rebuilds_the_page_on_save_and_reports_problems(preview) -> None:  # type: ignore[no-untyped-def]
    url, book, terminal = preview
    page = f"{url}/book/{STORY}.html"
    _wait(lambda: _get(page) is not None, 240, "the first build to be served")
    html = _get(page)
    assert html is not None and "Body cameras" in html
    assert f"Serving on {url}" in terminal()
    # The generated Sphinx configuration stays in _build, never in the project.
    assert not (book / "conf.py").exists()
    assert (book / "_build" / "preview" / "conf" / "conf.py").is_file()

    annotation = book / "sources" / f"{STORY}.yml"
    text = annotation.read_text("utf-8")
    assert text.count("title: Body cameras\n") == 1
    annotation.write_text(text.replace("title: Body cameras\n",
                                       "title: Cameras worn by officers\n"), "utf-8")
    _wait(lambda: "Cameras worn by officers" in (_get(page) or ""), 120,
          "the edited note title to appear in the served page")

    # A broken anchor: the terminal shows annotate check's full report, and the book
    # keeps being served.
    edited = annotation.read_text("utf-8")
    anchor = re.search(r"text: (body camera)", edited)
    assert anchor is not None
    annotation.write_text(edited.replace("text: body camera", "text: body kamera", 1), "utf-8")
    _wait(lambda: "A401" in terminal(), 120, "the A401 diagnostic in the terminal")
    out = terminal()
    assert re.search(rf"sources/{STORY}\.yml:\d+:\d+: A401 'body kamera", out), out[-2000:]
    assert "^" in out and "hint:" in out
    assert _get(page) is not None


def test_generated_configuration_matches_jupyter_book(book: Path) -> None:
    settings = sphinx_settings(book)
    namespace: dict[str, object] = {}
    exec(conf_py(book, settings), namespace)  # the file sphinx-build will read
    assert namespace["extensions"] == settings["extensions"]
    assert "annotate.sphinx" in settings["extensions"]
    assert namespace["html_favicon"] == str(book.resolve() / "book/images/favicon.svg")
    assert namespace["external_toc_path"] == str(book.resolve() / "_toc.yml")
    assert namespace["nb_execution_cache_path"] == str(book.resolve() / "_build/.jupyter_cache")
    assert namespace["nb_ipywidgets_js"] == settings["nb_ipywidgets_js"]
