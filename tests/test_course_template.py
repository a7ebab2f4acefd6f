"""The repository is a course template: adding and removing stories keeps everything green.

In a scratch copy of the project, the test does what an instructor does on the first
day: ``annotate new`` twice (texts written here), annotates both stories, deletes one
of the course's stories with its page and ``_toc.yml`` entry, then runs what CI runs
on course content: ``annotate check --strict``, the ``-W`` book build, and the generic
content tests (``test_course.py``) pointed at the copy.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from .conftest import ROOT
from .course import story_pages

pytestmark = pytest.mark.book

FIRST = """\
Maria Lopez, the head librarian of the Elm Street Library, said on Monday that the
library would stay open on Sundays. “Readers asked for it, and we listened,” Lopez said.

The Springfield City Council approved the money in March.
"""
SECOND = """\
The Riverside Tenants Union held a meeting on Thursday night about the new rents.

“Nobody here can pay forty percent more,” said Omar Haddad, who chairs the union.
Haddad said the union would meet the landlord, Greenfield Properties, next week.
"""
ANNOTATIONS = {
    "library-sundays": ("""\
entities:
  - id: maria-lopez
    name: Maria Lopez
    type: person
    aliases: [Lopez]
    role: Head librarian
    description: Runs the Elm Street Library.
  - id: elm-street-library
    name: Elm Street Library
    type: organisation
    description: A public library.
  - id: city-council
    name: Springfield City Council
    type: organisation
    description: The city's elected council.
""", """\
quotes:
  - id: lopez-listened
    kind: direct
    speaker: maria-lopez
    text: Readers asked for it, and we listened,
    cue: Lopez said
"""),
    "tenants-rents": ("""\
entities:
  - id: tenants-union
    name: Riverside Tenants Union
    type: organisation
    aliases: [the union]
    description: Tenants organised to bargain with their landlord.
  - id: omar-haddad
    name: Omar Haddad
    type: person
    aliases: [Haddad]
    role: Chair of the Riverside Tenants Union
    description: A tenant who leads the union.
  - id: greenfield
    name: Greenfield Properties
    type: organisation
    description: The landlord.
""", """\
quotes:
  - id: haddad-forty
    kind: direct
    speaker: omar-haddad
    text: Nobody here can pay forty percent more,
    cue: said Omar Haddad
  - id: haddad-meet
    kind: indirect
    speaker: omar-haddad
    text: the union would meet the landlord, Greenfield Properties, next week
    cue: Haddad said
"""),
}


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=900,
                          env={**os.environ, **(env or {})})


def _copy_project(dest: Path) -> Path:
    dest.mkdir()
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy(ROOT / name, dest / name)
    for name in ("book", "sources", "schema"):
        shutil.copytree(ROOT / name, dest / name)
    return dest


def _remove_story(project: Path, annotation: Path, docnames: list[str]) -> None:
    """Delete a story as an instructor would: files, page, and its _toc.yml entry."""
    from annotate.check import check_file

    story = check_file(annotation).story
    if story is not None:
        story.source_path.unlink()
    annotation.unlink()
    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    toc_path = project / "_toc.yml"
    toc = yaml.load(toc_path.read_text(encoding="utf-8"))
    for docname in docnames:
        (project / f"{docname}.md").unlink()
        for part in toc.get("parts", []) or [{"chapters": toc.get("chapters", [])}]:
            chapters = part.get("chapters") or []
            for entry in list(chapters):
                if entry.get("file") == docname:
                    chapters.remove(entry)
    out = io.StringIO()
    yaml.dump(toc, out)
    toc_path.write_text(out.getvalue(), encoding="utf-8")


def test_a_course_with_stories_added_and_removed_stays_green(tmp_path: Path) -> None:
    project = _copy_project(tmp_path / "course")
    python = sys.executable

    # Remove one of the course's own stories (whichever comes first), if it has any.
    pages = story_pages(project)
    removed = sorted(pages)[0] if pages else None
    if removed is not None:
        _remove_story(project, removed, pages[removed])

    # Add two stories with `annotate new`, then annotate them by hand.
    for slug, text in (("library-sundays", FIRST), ("tenants-rents", SECOND)):
        pasted = tmp_path / f"{slug}.txt"
        pasted.write_text(text, encoding="utf-8")
        created = _run(python, "-m", "annotate", "new", slug, "--from", str(pasted),
                       "--headline", f"A story about {slug}", "--outlet", "Test Gazette",
                       "--date", "2025-03-04", cwd=project)
        assert created.returncode == 0, created.stdout + created.stderr
        yml = project / "sources" / f"{slug}.yml"
        entities, quotes = ANNOTATIONS[slug]
        starter = yml.read_text(encoding="utf-8")
        annotated, found = re.subn(r"^entities: \[\]\n", entities, starter, flags=re.M)
        annotated, more = re.subn(r"^quotes: \[\]\n", quotes, annotated, flags=re.M)
        assert found == more == 1
        yml.write_text(annotated, encoding="utf-8")

    check = _run(python, "-m", "annotate", "check", "--strict", cwd=project)
    assert check.returncode == 0, check.stdout + check.stderr

    jb = str(Path(python).parent / "jupyter-book")
    build = _run(jb, "build", "--all", "-W", "--keep-going", str(project), cwd=project)
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    html = project / "_build" / "html" / "book"
    assert (html / "library-sundays.html").is_file() and (html / "tenants-rents.html").is_file()
    if removed is not None:
        assert not (html / f"{removed.stem}.html").exists()

    content = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA",
                   str(ROOT / "tests" / "test_course.py"),
                   cwd=ROOT, env={"ANNOTATE_COURSE": str(project)})
    assert content.returncode == 0, content.stdout[-4000:] + content.stderr[-2000:]
    ran = content.stdout
    for slug in ("library-sundays", "tenants-rents"):
        assert f"test_story_builds_and_is_in_the_indexes[{slug}]" in ran
    if removed is not None:
        assert f"[{removed.stem}]" not in ran
