"""A student on a slow connection: page weight and first paint of the built book.

Chromium (Debian's, driven by Playwright) loads each page with an empty cache over an
emulated 1.6 Mbit/s link with 150 ms latency (the issue's figures; Chrome's "Slow 4G"
class). For each page it reports the bytes and requests it took, the first contentful
paint, when the page's own text (the story text, the explorer's heading) was painted
and, for the explorer, when its widgets were drawn. Each page is loaded twice: as
``python -m http.server`` sends it (uncompressed) and gzip-compressed, as static hosts
such as GitHub Pages send it. The goals from issue 12 (a story page ≤ 1 MB with first
contentful paint ≤ 2.5 s; the explorer's text painted ≤ 4 s) are judged on the
compressed rows, which are what a student on a slow connection gets from the course's
host; the uncompressed rows are printed for reference.

    python -m benchmarks.network [--book _build/html] [--repeat 3]

Run it on a book built with ``make book`` (the course's own) or any other build.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import statistics
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
#: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (bytes per second for the protocol).
NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8,
           "uploadThroughput": 750e3 / 8}
#: What must be painted for the page to be readable, per kind of page.
TEXT = {"story": ".ann-text p", "explorer": "article h1", "page": "article p"}
#: (and, for the explorer, when its first widget was drawn)
WIDGETS = ".ann-x-explorer"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _Gzip(_Quiet):
    """Text compressed as static hosts (GitHub Pages, Netlify) send it."""

    TEXT = (".html", ".css", ".js", ".json", ".svg", ".txt", ".map")

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path.split("?", 1)[0]))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix in self.TEXT and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            data = gzip.compress(path.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        super().do_GET()


@contextmanager
def serve(directory: Path, compress: bool = False) -> Iterator[str]:
    handler = functools.partial(_Gzip if compress else _Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def pages(book: Path) -> list[tuple[str, str]]:
    """(kind, path) for one story page, the explorer and the intro."""
    out: list[tuple[str, str]] = []
    for html in sorted((book / "book").glob("*.html")):
        text = html.read_text(encoding="utf-8", errors="replace")
        if html.stem in ("guide", "intro"):
            continue  # the guide shows a small example story: not a story page
        if "data-ann-story" in text and not any(k == "story" for k, _ in out):
            out.append(("story", f"book/{html.name}"))
        elif "application/vnd.jupyter.widget-state+json" in text:
            out.append(("explorer", f"book/{html.name}"))
    out.append(("page", "book/intro.html"))
    return out


def load(browser, url: str, kind: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", NETWORK)
    received: dict[str, float] = {}
    cdp.on("Network.loadingFinished",
           lambda e: received.__setitem__(e["requestId"], e["encodedDataLength"]))
    page.add_init_script("""
        window.__paints = {};
        new PerformanceObserver(list => { for (const e of list.getEntries())
            window.__paints[e.name] = e.startTime; }).observe({type: 'paint', buffered: true});
        window.__textPainted = null;
        const watch = () => {
            const el = document.querySelector(__SELECTOR__);
            if (el && el.getBoundingClientRect().height > 0 && window.__textPainted === null) {
                requestAnimationFrame(() => { window.__textPainted = performance.now(); });
            } else if (window.__textPainted === null) { requestAnimationFrame(watch); }
        };
        requestAnimationFrame(watch);
    """.replace("__SELECTOR__", json.dumps(TEXT[kind])))
    page.goto(url, wait_until="load", timeout=180_000)
    page.wait_for_function("window.__textPainted !== null", timeout=180_000)
    widgets = 0.0
    if kind == "explorer":
        page.wait_for_selector(WIDGETS, timeout=180_000)
        widgets = page.evaluate("performance.now()") / 1000
    page.wait_for_load_state("networkidle", timeout=180_000)
    figures = {
        "bytes": sum(received.values()),
        "requests": len(received),
        "fcp": page.evaluate("window.__paints['first-contentful-paint'] || null") / 1000,
        "text": page.evaluate("window.__textPainted") / 1000,
        "widgets": widgets,
    }
    context.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    table = Table(title="Slow network (1.6 Mbit/s, 150 ms), empty cache, median of "
                        f"{args.repeat}")
    for column in ("served", "page", "bytes", "requests", "first paint", "text painted",
                   "widgets", "goal"):
        table.add_column(column)
    goals = {"story": "≤ 1 MB, first paint ≤ 2.5 s", "explorer": "text ≤ 4 s", "page": ""}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=["--headless", "--no-sandbox", "--disable-gpu"])
        for compress in (False, True):
            with serve(args.book, compress) as base:
                for kind, path in pages(args.book):
                    runs = [load(browser, base + path, kind) for _ in range(args.repeat)]
                    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                    met = {"story": med["bytes"] <= 1e6 and med["fcp"] <= 2.5,
                           "explorer": med["text"] <= 4.0, "page": True}[kind]
                    widgets = f"{med['widgets']:.1f} s" if med["widgets"] else ""
                    # The goals are judged as a student meets the book: from a static
                    # host, which compresses text; uncompressed is shown for reference.
                    verdict = ""
                    if goals[kind]:
                        verdict = (goals[kind] + (" met" if met else " MISSED") if compress
                                   else f"(reference; {'within' if met else 'over'} goal)")
                    table.add_row("gzip" if compress else "plain", path,
                                  f"{med['bytes'] / 1e6:.2f} MB", f"{med['requests']:.0f}",
                                  f"{med['fcp']:.2f} s", f"{med['text']:.2f} s", widgets,
                                  verdict)
        browser.close()
    Console(width=130).print(table)


if __name__ == "__main__":
    main()
