"""A large course: the sidebar shows a window of a long part, not every page.

Built with the real ``jupyter-book`` CLI on the benchmark's deterministic synthetic
stories (``benchmarks.generate``), in a part longer than the sidebar lists whole.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from annotate.sphinx.navigation import FULL, WINDOW
from benchmarks.generate import write_corpus

pytestmark = pytest.mark.book

CONFIG = """\
title: Large course
only_build_toc_files: true
exclude_patterns: [_build, "**/.*"]
execute:
  execute_notebooks: "off"
sphinx:
  extra_extensions: [annotate.sphinx, annotate.sphinx.theme_fixes]
  config:
    myst_disable_syntax: [html_block, html_inline]
"""


def _course(root: Path, stories: int) -> Path:
    write_corpus(root / "sources", stories)
    (root / "pages").mkdir()
    for i in range(stories):
        (root / "pages" / f"story-{i:04d}.md").write_text(
            f"```{{annotated-story}} ../sources/story-{i:04d}.yml\n```\n", encoding="utf-8")
    (root / "index.md").write_text("# Course\n\nAll the stories:\n\n```{tableofcontents}\n```\n",
                                   encoding="utf-8")
    entries = "\n".join(f"      - file: pages/story-{i:04d}" for i in range(stories))
    (root / "_toc.yml").write_text(
        f"format: jb-book\nroot: index\nparts:\n  - caption: Stories\n    chapters:\n"
        f"{entries}\n", encoding="utf-8")
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    # (no -W: the synthetic course breaks a few files on purpose, as the benchmark needs)
    subprocess.run([str(Path(sys.executable).parent / "jupyter-book"), "build", "--all",
                    str(root)], check=True, capture_output=True, timeout=900)
    return root / "_build" / "html"


def test_a_long_part_shows_a_window_around_the_current_story(tmp_path: Path) -> None:
    stories = FULL + 10
    html = _course(tmp_path, stories)
    middle = stories // 2
    page = BeautifulSoup((html / "pages" / f"story-{middle:04d}.html").read_text("utf-8"),
                         "html.parser")
    nav = page.select_one("nav.bd-docs-nav")
    links = nav.select(".bd-sidenav:not(.bd-sidenav__home-link) li.toctree-l1 a")
    stories_shown = [a for a in links if "ann-nav-all" not in a.parent.get("class", [])]
    assert len(stories_shown) == 2 * WINDOW + 1
    current = nav.select_one("li.current a")
    assert current["aria-current"] == "page"
    assert current.get_text() == page.select_one("h1").get_text().rstrip("#").strip()
    everything = nav.select_one("li.ann-nav-all a")
    assert everything.get_text() == f"All {stories} pages of Stories"
    assert everything["href"] == "../index.html"
    # the neighbours are the stories before and after, in order
    hrefs = [a["href"] for a in stories_shown]
    assert hrefs[WINDOW] == "#"
    assert hrefs[WINDOW - 1] == f"story-{middle - 1:04d}.html"
    assert hrefs[WINDOW + 1] == f"story-{middle + 1:04d}.html"
    # the first story's window starts at the start
    first = BeautifulSoup((html / "pages" / "story-0000.html").read_text("utf-8"),
                          "html.parser").select_one("nav.bd-docs-nav")
    assert first.select_one("li.current a").get("href") == "#"
    # the root page still lists every story (the sidebar's "All … pages" leads there)
    root = BeautifulSoup((html / "index.html").read_text("utf-8"), "html.parser")
    assert len(root.select("article a[href^='pages/story-']")) >= stories
