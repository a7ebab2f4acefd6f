"""The Explore page in a real Jupyter Book build: executed, cached, and never stale."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotate.sphinx.notebooks import digest, explorer_inputs

from .conftest import ROOT
from .course import HANCOCK, copy_stories

pytestmark = pytest.mark.book

JB = str(Path(sys.executable).parent / "jupyter-book")
STATE = re.compile(r'<script type="application/vnd.jupyter.widget-state\+json">(.*?)</script>',
                   re.DOTALL)


def _copy_project(root: Path) -> Path:
    book = root / "project"
    book.mkdir()
    shutil.copy(ROOT / "_config.yml", book / "_config.yml")
    copy_stories(book / "sources")
    shutil.copytree(ROOT / "book" / "images", book / "book" / "images")
    shutil.copy(ROOT / "book" / "explore.md", book / "book" / "explore.md")
    (book / "book" / "intro.md").write_text("# Test\n", encoding="utf-8")
    # A page that only shows explorer code (as the guide does) is not an explorer page.
    (book / "book" / "howto.md").write_text(
        "# How to\n\n```python\nfrom annotate.widgets import explore_story\n```\n",
        encoding="utf-8")
    (book / "_toc.yml").write_text("format: jb-book\nroot: book/intro\nchapters:\n"
                                   "  - file: book/explore\n  - file: book/howto\n",
                                   encoding="utf-8")
    return book


def _build(book: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([JB, "build", "-W", "--keep-going", str(book)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


def _widget_html(book: Path) -> str:
    page = (book / "_build" / "html" / "book" / "explore.html").read_text(encoding="utf-8")
    state = json.loads(STATE.search(page).group(1))["state"]  # type: ignore[union-attr]
    return "\n".join(m["state"].get("value", "") for m in state.values()
                     if m["model_name"] == "HTMLModel")


def test_editing_an_annotation_re_executes_the_explore_page(tmp_path: Path) -> None:
    book = _copy_project(tmp_path)
    first = _build(book)
    assert "Executing notebook" in first.stdout
    assert "A separate city east of Denver" not in _widget_html(book)

    # Nothing changed: the page comes from the execution cache.
    again = _build(book)
    assert "Executing notebook" not in again.stdout

    # An instructor edits a description: the page is re-read and re-executed.
    yml = book / "sources" / f"{HANCOCK}.yml"
    text = yml.read_text(encoding="utf-8")
    original = "A city east of Denver, with its own government and police."
    assert original in text
    edited = text.replace(original, "A separate city east of Denver (edited).")
    yml.write_text(edited, encoding="utf-8")
    third = _build(book)
    assert "Executing notebook" in third.stdout
    read = re.findall(r"reading sources\.\.\. \[\s*\d+%\] (\S+)",
                      re.sub(r"\x1b\[[0-9;]*m", "", third.stdout))
    assert read == ["book/explore"]
    assert "A separate city east of Denver (edited)." in _widget_html(book)


def test_the_digest_follows_every_input(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.yml").write_text("x", encoding="utf-8")
    (tmp_path / "sources" / "a.txt").write_text("y", encoding="utf-8")
    inputs = explorer_inputs(tmp_path)
    assert {p.name for p in inputs} >= {"a.yml", "a.txt", "widgets.py", "explore.py"}
    before = digest(inputs)
    assert digest(explorer_inputs(tmp_path)) == before
    (tmp_path / "sources" / "a.txt").write_text("z", encoding="utf-8")
    assert digest(explorer_inputs(tmp_path)) != before
