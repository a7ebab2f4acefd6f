"""Browser fixtures: the built book served on 127.0.0.1, driven in Debian's Chromium.

Every page a test opens records its requests, console messages, page errors and
dialogs; :func:`assert_clean` fails a test on any request off the local server, any
console error and any dialog (an ``alert()`` from injected script would be one).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from ..conftest import ROOT
from ..course import CAROLINA, HANCOCK, build_book, fixture_course

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
STORY_PAGES = [f"book/{HANCOCK}.html", f"book/{CAROLINA}.html"]
EXPLORE_PAGE = "book/explore.html"
ALL_PAGES = ["book/intro.html", *STORY_PAGES, "book/people.html", "book/speakers.html",
             EXPLORE_PAGE, "book/guide.html"]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 667}

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def built_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's book around the fixture stories, built with the real CLI.

    Browser tests check what a student does with known stories, so they never read the
    course's own ``sources/`` (an instructor may have changed every story there).
    """
    return build_book(fixture_course(tmp_path_factory.mktemp("course")), force=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _NoFaviconHandler(_QuietHandler):
    def do_GET(self) -> None:
        # The hostile fixture book has no favicon: Chromium asks for /favicon.ico anyway.
        if self.path == "/favicon.ico":
            self.send_response(204)
            self.end_headers()
            return
        super().do_GET()


@contextlib.contextmanager
def serve(directory: Path, *, favicon: bool = True) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port) for the duration of the block.

    ``favicon=False`` answers ``/favicon.ico`` with an empty 204, for books that have none;
    the project's book is served as it is, so a request for a missing icon fails a test.
    """
    handler = functools.partial(_QuietHandler if favicon else _NoFaviconHandler,
                                directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(built_book: Path) -> Iterator[str]:
    with serve(built_book) as url:
        yield url


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hostile fixture book (tests/hostile.py), built with Sphinx and served."""
    from ..hostile import write_hostile_book

    root = tmp_path_factory.mktemp("hostile-browser")
    src = write_hostile_book(root)
    subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-E", "-q", str(src),
                    str(root / "out")], check=True, capture_output=True, timeout=300)
    with serve(root / "out", favicon=False) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run 'make browser-deps' (apt-get "
                    "install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@dataclass
class Recorder:
    """What happened on a page while a test used it."""

    origin: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # responses with an HTTP error status

    def off_host(self) -> list[str]:
        return [u for u in self.requests
                if urlparse(u).scheme not in ("data", "blob", "about")
                and urlparse(u).netloc != urlparse(self.origin).netloc]


def assert_clean(rec: Recorder) -> None:
    assert rec.off_host() == []
    assert rec.failed == []
    assert rec.console_errors == []
    assert rec.page_errors == []
    assert rec.dialogs == []


@pytest.fixture
def new_page(browser, site: str):  # type: ignore[no-untyped-def]
    contexts = []

    def make(path: str, *, javascript: bool = True, reduced_motion: bool = False,
             color_scheme: str = "light", base: str = site,
             phone: bool = False):  # type: ignore[no-untyped-def]
        # phone: a 375 px wide touch screen (an iPhone SE's CSS pixels)
        size = PHONE if phone else DESKTOP
        context = browser.new_context(java_script_enabled=javascript,
                                      reduced_motion="reduce" if reduced_motion
                                      else "no-preference", color_scheme=color_scheme,
                                      viewport=size, is_mobile=phone, has_touch=phone,
                                      device_scale_factor=2 if phone else 1)
        contexts.append(context)
        page = context.new_page()
        rec = Recorder(base)
        page.on("request", lambda r: rec.requests.append(r.url))
        page.on("console", lambda m: rec.console_errors.append(m.text)
                if m.type == "error" else None)
        page.on("pageerror", lambda e: rec.page_errors.append(str(e)))
        page.on("response", lambda r: rec.failed.append(f"{r.status} {r.url}")
                if r.status >= 400 else None)

        def on_dialog(dialog):  # type: ignore[no-untyped-def]
            rec.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.goto(base + path, wait_until="networkidle")
        return page, rec

    yield make
    for context in contexts:
        context.close()
