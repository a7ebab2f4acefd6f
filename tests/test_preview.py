"""``annotate preview``: serve a real (small) book, save an edit, see the page change.

The server runs as the instructor runs it, in its own process; the test reads the
served pages over HTTP and the terminal output the instructor would see.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import urllib.request
from io import StringIO
from pathlib import Path

import pytest

from annotate.preview import WarmBuilder, conf_py, sphinx_settings

from .conftest import ROOT
from .course import fixture_course
from .previewing import STORY, book, get, preview, wait_for

pytestmark = pytest.mark.book
__all__ = ["book", "preview"]  # fixtures


def test_preview_rebuilds_the_page_on_save_and_reports_problems(preview) -> None:  # type: ignore[no-untyped-def]
    url, book, terminal = preview
    page = f"{url}/book/{STORY}.html"
    wait_for(lambda: get(page) is not None, 240, "the first build to be served")
    html = get(page)
    assert html is not None and "Body cameras" in html
    assert f"serving on {url}" in terminal()
    # The generated Sphinx configuration stays in _build, never in the project.
    assert not (book / "conf.py").exists()
    assert (book / "_build" / "preview" / "conf" / "conf.py").is_file()
    assert "/websocket-reload" in html and "pages.includes(here)" in html  # live reload
    # Pages and unversioned files are fetched afresh on every reload; scripts and styles
    # whose address carries a checksum of their bytes are kept by the browser.
    versioned = re.findall(r'(?:src|href)="\.\./(_static/[^"]+\?(?:v|digest)=[0-9a-f]+)"', html)
    assert versioned
    for address, expected in ((f"book/{STORY}.html", "no-store"),
                              (versioned[0], "immutable"),
                              (versioned[0].split("?")[0], "no-store")):
        with urllib.request.urlopen(f"{url}/{address}", timeout=10) as response:
            assert expected in response.headers["Cache-Control"], address
    annotation = book / "sources" / f"{STORY}.yml"
    text = annotation.read_text("utf-8")
    assert text.count("title: Body cameras\n") == 1
    annotation.write_text(text.replace("title: Body cameras\n",
                                       "title: Cameras worn by officers\n"), "utf-8")
    wait_for(lambda: "Cameras worn by officers" in (get(page) or ""), 120,
          "the edited note title to appear in the served page")
    # The story's page first; the indexes and the explorer once the saves pause.
    wait_for(lambda: "indexes and explorers refreshed" in terminal(), 120,
             "the indexes and the explorer to be refreshed")
    out = terminal()
    assert re.search(rf"\[preview\] built in [\d.]+ s: book/{STORY}\n", out), out[-2000:]
    assert out.index(f"s: book/{STORY}\n") < out.index("indexes and explorers refreshed")

    # A broken anchor: the terminal shows annotate check's full report, and the book
    # keeps being served.
    edited = annotation.read_text("utf-8")
    anchor = re.search(r"text: (body camera)", edited)
    assert anchor is not None
    annotation.write_text(edited.replace("text: body camera", "text: body kamera", 1), "utf-8")
    wait_for(lambda: "A401" in terminal(), 120, "the A401 diagnostic in the terminal")
    out = terminal()
    assert re.search(rf"sources/{STORY}\.yml:\d+:\d+: A401 'body kamera", out), out[-2000:]
    assert "^" in out and "hint:" in out
    assert get(page) is not None


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


def test_a_taken_port_is_a_usage_error(book: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "annotate", "preview", "--port",
                                 str(port)], cwd=book, capture_output=True, text=True,
                                timeout=120)
    assert result.returncode == 2
    assert f"cannot serve on 127.0.0.1:{port}" in result.stderr
    assert not (book / "_build").exists()  # refused before building anything


def test_the_check_before_a_rebuild_covers_what_was_saved(book: Path) -> None:
    out = StringIO()
    builder = WarmBuilder(book, out)
    annotation = book / "sources" / f"{STORY}.yml"
    annotation.write_text(annotation.read_text("utf-8").replace(
        "text: body camera", "text: body kamera", 1), "utf-8")
    # Saving the story text re-checks its annotation file, in full (caret and hint).
    assert builder.check([book / "sources" / f"{STORY}.txt"]) == 1
    assert "A401 'body kamera" in out.getvalue() and "hint:" in out.getvalue()
    # Configuration files are YAML too, but not annotation files.
    assert builder.check([book / "_toc.yml", book / "_config.yml"]) == 0


def test_twenty_saves_leave_every_page_as_a_clean_build_makes_it(tmp_path: Path) -> None:
    """Warm rebuilds must not accumulate anything (myst-nb's widget state once did).

    Run in its own process: a Jupyter Book application leaves myst-nb registered in
    docutils' global state, which later Sphinx test applications of this process trip on.
    """
    root = fixture_course(tmp_path / "course")
    result = subprocess.run([sys.executable, "-m", "tests.warm_saves", str(root), STORY],
                            cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stdout.strip() == "20 saves: every page as a clean build makes it"
