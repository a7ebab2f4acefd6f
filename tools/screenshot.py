"""Refresh docs/screenshot.png: a story page with a note open, as a student sees it.

Usage: .venv/bin/python tools/screenshot.py  (after `make book`; needs /usr/bin/chromium)
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    handler = functools.partial(_Quiet,
                                directory=str(ROOT / "_build" / "html"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/book/hancock-traffic-stop.html"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 820})
        page.goto(url, wait_until="networkidle")
        page.locator(".ann-text").scroll_into_view_if_needed()
        page.evaluate("window.scrollBy(0, -120)")
        page.locator(".ann-text .ann-note-ref").nth(2).click()
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
