"""Fixture stories, and the project's book rebuilt around them.

The course in ``sources/`` belongs to whoever forks the project: an instructor adds,
edits and deletes stories there. Tests about the library therefore never read it.
They read copies of the two seed stories kept under ``tests/fixtures/stories/`` and,
when they need a whole book, :func:`fixture_course` assembles one: the project's own
configuration and non-story pages (intro, indexes, explorer, guide), with the fixture
stories in place of the course's.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from annotate.scaffold import add_to_toc

from .conftest import FIXTURES, ROOT

STORIES = FIXTURES / "stories"
#: The seed stories, named by their files: the Denver traffic stop (quotes of every kind,
#: masked slurs) and the North Carolina prosecutors (artefacts, a correction).
SLUGS: tuple[str, ...] = tuple(sorted(p.stem for p in STORIES.glob("*.yml")))
HANCOCK, CAROLINA = SLUGS

#: What a book page holding one story contains (``annotate new`` writes exactly this).
DIRECTIVE = "{annotated-story}"


def seed_file(slug: str, suffix: str = ".yml") -> Path:
    """A fixture story's annotation file (or, with ``suffix=".txt"``, its text)."""
    return STORIES / f"{slug}{suffix}"


def copy_stories(dest: Path, *slugs: str) -> Path:
    """Copy fixture stories (text and annotations) into ``dest``; return ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for slug in slugs or SLUGS:
        for suffix in (".txt", ".yml"):
            shutil.copy(seed_file(slug, suffix), dest / f"{slug}{suffix}")
    return dest


def toc_files(toc: dict) -> list[str]:
    """Every ``file:`` of a Jupyter Book table of contents, root first, in order."""
    files = [toc["root"]] if "root" in toc else []

    def walk(entries: list) -> None:
        for entry in entries or []:
            if isinstance(entry, dict):
                if "file" in entry:
                    files.append(str(entry["file"]))
                walk(entry.get("sections", []))

    for part in toc.get("parts", []) or []:
        walk(part.get("chapters", []))
    walk(toc.get("chapters", []))
    return files


_STORY_DIRECTIVE = re.compile(r"^```\{annotated-story\}\s+(\S+)\s*$", re.MULTILINE)


def is_story_page(path: Path, sources: Path = ROOT / "sources") -> bool:
    """A page showing a story of the course: its directive names a file under ``sources``.

    (The guide shows the directive with a placeholder path, and renders its own example.)
    """
    return path.suffix == ".md" and any(
        (path.parent / target).is_file()
        and (path.parent / target).resolve().is_relative_to(sources.resolve())
        for target in _STORY_DIRECTIVE.findall(path.read_text(encoding="utf-8")))
_INDEX_DIRECTIVE = re.compile(r"^```\{annotated-index\}\s+(\S+)\s*$", re.MULTILINE)


def story_pages(project: Path) -> dict[Path, list[str]]:
    """Story of the course (under ``sources/``) → the docnames of the pages that show it."""
    sources = (project / "sources").resolve()
    pages: dict[Path, list[str]] = {}
    for page in sorted(project.rglob("*.md")):
        if any(part.startswith((".", "_")) or part in ("node_modules", "tests")
               for part in page.relative_to(project).parts[:-1]):
            continue
        for target in _STORY_DIRECTIVE.findall(page.read_text(encoding="utf-8")):
            path = (page.parent / target).resolve()
            if not path.is_relative_to(sources) or not path.is_file():
                continue  # the guide's example or placeholder, not a story of the course
            docname = page.relative_to(project).with_suffix("").as_posix()
            pages.setdefault(path, []).append(docname)
    return pages


def index_pages(project: Path, kind: str) -> list[str]:
    """The docnames of the pages holding an ``annotated-index`` of ``kind``."""
    found = []
    for page in sorted((project / "book").rglob("*.md")):
        if kind in _INDEX_DIRECTIVE.findall(page.read_text(encoding="utf-8")):
            found.append(page.relative_to(project).with_suffix("").as_posix())
    return found


_BOOK_INPUTS = {".py", ".css", ".js", ".html", ".yml", ".yaml", ".txt", ".md", ".svg"}


def build_book(project: Path, *, force: bool = False) -> Path:
    """``project``'s book in ``_build/html``, built with the real CLI if missing or stale."""
    html = project / "_build" / "html"
    marker = html / "index.html"
    watched = [project / "_config.yml", project / "_toc.yml", *project.glob("book/**/*"),
               *project.glob("sources/**/*"), *ROOT.glob("annotate/**/*")]
    stale = force or not marker.exists() or any(
        p.is_file() and p.suffix in _BOOK_INPUTS and p.stat().st_mtime > marker.stat().st_mtime
        for p in watched)
    if stale:
        jb = Path(sys.executable).parent / "jupyter-book"
        result = subprocess.run([str(jb), "build", "--all", "-W", "--keep-going", str(project)],
                                capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return html


def fixture_course(dest: Path, slugs: tuple[str, ...] = SLUGS) -> Path:
    """The project's book in ``dest`` with the fixture ``slugs`` as its stories."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "_config.yml", dest)
    story_pages = {p.relative_to(ROOT).with_suffix("").as_posix()
                   for p in (ROOT / "book").rglob("*.md") if is_story_page(p)}
    shutil.copytree(ROOT / "book", dest / "book",
                    ignore=lambda d, names: [n for n in names
                                             if is_story_page(Path(d) / n)])
    # The project's _toc.yml without the course's stories, then the fixtures added the way
    # `annotate new` adds a story.
    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    toc = yaml.load((ROOT / "_toc.yml").read_text(encoding="utf-8"))

    def prune(entries: list) -> None:
        for entry in list(entries or []):
            if isinstance(entry, dict) and entry.get("file") in story_pages:
                entries.remove(entry)
            elif isinstance(entry, dict):
                prune(entry.get("sections", []))

    for part in toc.get("parts", []) or []:
        prune(part.get("chapters", []))
    prune(toc.get("chapters", []))
    out = io.StringIO()
    yaml.dump(toc, out)
    (dest / "_toc.yml").write_text(out.getvalue(), encoding="utf-8")
    copy_stories(dest / "sources", *slugs)
    for slug in slugs:
        (dest / "book" / f"{slug}.md").write_text(
            f"```{DIRECTIVE} ../sources/{slug}.yml\n```\n", encoding="utf-8")
        add_to_toc(dest / "_toc.yml", f"book/{slug}")
    return dest
