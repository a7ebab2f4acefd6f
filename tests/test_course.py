"""The course in ``sources/``: whatever stories it holds, each one is complete and published.

An instructor who forks the project adds, edits and deletes stories, so nothing here
counts them or names one: every annotation file must check clean, have a page listed
in ``_toc.yml``, build, and appear in the book's people and speakers indexes.

``ANNOTATE_COURSE`` points these tests at another project folder; the scratch-course
test in ``test_course_template.py`` uses it to run them on a course it has changed.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup

from annotate.check import check_file, discover

from .conftest import ROOT
from .course import build_book, index_pages, story_pages, toc_files

COURSE = Path(os.environ.get("ANNOTATE_COURSE", ROOT)).resolve()
SOURCES = COURSE / "sources"
ANNOTATIONS = list(discover([SOURCES])) if SOURCES.is_dir() else []

pytestmark = pytest.mark.book


def _id(path: Path) -> str:
    return path.stem


@pytest.fixture(scope="module")
def html() -> Path:
    return build_book(COURSE)


@pytest.fixture(scope="module")
def pages() -> dict[Path, list[str]]:
    return story_pages(COURSE)


def test_every_story_text_belongs_to_an_annotation_file() -> None:
    used = {check_file(p).story.source_path.resolve()  # type: ignore[union-attr]
            for p in ANNOTATIONS if check_file(p).story is not None}
    texts = {p.resolve() for p in SOURCES.glob("*.txt")} if SOURCES.is_dir() else set()
    assert texts - used == set(), "story texts no annotation file reads"


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_id)
def test_story_checks_clean(path: Path) -> None:
    result = check_file(path)
    problems = [f"{d.path}:{d.start.line}:{d.start.column}: {d.code} {d.message}"
                for d in result.diagnostics if d.severity in ("error", "warning")]
    assert problems == []


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_id)
def test_story_has_a_page_in_the_table_of_contents(path: Path,
                                                   pages: dict[Path, list[str]]) -> None:
    toc = yaml.safe_load((COURSE / "_toc.yml").read_text(encoding="utf-8"))
    listed = set(toc_files(toc))
    shown = pages.get(path.resolve(), [])
    assert shown, f"no book page holds ```{{annotated-story}} for {path.name}"
    assert listed & set(shown), f"{shown} not listed in _toc.yml"


def _links(html: Path, docname: str) -> set[str]:
    """Every link of a built page, resolved to a path below the site root plus fragment."""
    page = html / f"{docname}.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    base = f"http://book/{docname}.html"
    return {urljoin(base, a["href"]).removeprefix("http://book/")
            for a in soup.select(".ann-index a[href]")}


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_id)
def test_story_builds_and_is_in_the_indexes(path: Path, html: Path,
                                            pages: dict[Path, list[str]]) -> None:
    result = check_file(path)
    assert result.story is not None
    uid = path.stem
    people, speakers = index_pages(COURSE, "entities"), index_pages(COURSE, "speakers")
    for docname in pages.get(path.resolve(), []):
        built = html / f"{docname}.html"
        assert built.is_file(), f"{docname} was not built"
        soup = BeautifulSoup(built.read_text(encoding="utf-8"), "html.parser")
        assert soup.select_one(f'[data-ann-story][id="{uid}"]') is not None
        target = PurePosixPath(docname).as_posix() + ".html"
        indexed = {e.id for e in result.story.annotation.entities
                   if e.type in ("person", "organisation", "group")}
        for index in people:
            links = _links(html, index)
            missing = [i for i in indexed if f"{target}#{uid}-entity-{i}" not in links]
            assert missing == [], f"{index} does not list {missing}"
        for index in speakers:
            links = _links(html, index)
            missing = [q.id for q in result.story.annotation.quotes
                       if f"{target}#{uid}-quote-{q.id}" not in links]
            assert missing == [], f"{index} does not list the quotes {missing}"
