"""Hostile annotation content: the build succeeds and the HTML holds no live payload."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from annotate.check import check_file

from .hostile import QUOTE, write_hostile_book

pytestmark = pytest.mark.book


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("hostile")
    src = write_hostile_book(root)
    out = root / "out"
    result = subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-E", str(src),
                             str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return out, result.stderr


def test_the_hostile_annotation_is_valid_and_anchored(tmp_path: Path) -> None:
    src = write_hostile_book(tmp_path)
    result = check_file(src / "hostile.yml")
    assert result.errors == []
    assert result.story is not None and set(result.story.quotes) == {"q1"}


def test_no_payload_survives_as_markup(hostile_site: tuple[Path, str]) -> None:
    out, _ = hostile_site
    html = (out / "story.html").read_text(encoding="utf-8")
    page = BeautifulSoup(html, "html.parser")
    story = page.select_one("[data-ann-story]")
    assert story is not None
    for tag in ("script", "img", "iframe", "object", "form", "base", "meta", "style",
                "link", "svg math", "math", "details[ontoggle]"):
        assert story.select(tag) == [], tag
    assert page.select("#pwned") == []
    for element in page.find_all(True):
        for attribute, value in element.attrs.items():
            assert not attribute.startswith("on"), (element.name, attribute)
            if attribute in ("href", "src", "action", "data"):
                assert not re.match(r"\s*(javascript|data|vbscript):", str(value), re.I), value
    assert "evil.example" not in " ".join(a.get("href", "") for a in page.find_all("a"))
    # the words themselves are shown as text
    assert QUOTE in story.select_one(".ann-text .ann-quote").get_text()
    assert "<script>window.__pwned = 1" in page.find("h1").get_text()  # shown, not run


def test_raw_html_in_book_pages_is_not_rendered(hostile_site: tuple[Path, str]) -> None:
    out, stderr = hostile_site
    html = (out / "page.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert '"raw" directive disabled' in stderr


def test_links_with_unsafe_schemes_are_schema_errors(tmp_path: Path) -> None:
    src = write_hostile_book(tmp_path)
    yml = src / "hostile.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace(
        "url: https://example.org/", "url: javascript:alert(1)", 1), encoding="utf-8")
    codes = [(d.code, d.message) for d in check_file(yml).errors]
    assert codes and all(code == "S203" for code, _ in codes)
    assert "url" in codes[0][1]
