"""``annotate new``: the real CLI on a copy of the project, then the real checker on its output."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
import yaml

from annotate.check import check_file
from annotate.cli import main
from annotate.suggest import slug_id

from .conftest import ROOT

STORY = ("City Council Approves Budget\n\n"
         "Mayor Jane Roe said on Tuesday that the Springfield City Council “did the right "
         "thing.” Council member Tom Lee disagreed. Roe thanked the Springfield Library Board."
         "\n\nJane Roe will sign it Friday.\n")
ARGS = ["--headline", "City Council Approves Budget", "--outlet", "Springfield Herald",
        "--date", "2024-03-01"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(ROOT / "_toc.yml", root / "_toc.yml")
    (root / "sources").mkdir()
    (root / "book").mkdir()
    monkeypatch.chdir(root)
    return root


def _story(tmp_path: Path, data: bytes = STORY.encode()) -> Path:
    path = tmp_path / "pasted.txt"
    path.write_bytes(data)
    return path


def test_new_story_is_copied_verbatim_checked_and_in_the_toc(project: Path, tmp_path: Path,
                                                              capsys) -> None:  # type: ignore[no-untyped-def]
    raw = STORY.replace("\n", "\r\n").encode()  # Windows line endings stay as they are
    toc_before = (project / "_toc.yml").read_text(encoding="utf-8")
    assert main(["new", "city-budget", "--from", str(_story(tmp_path, raw)), *ARGS]) == 0
    out = capsys.readouterr().out
    assert "created sources/city-budget.txt" in out and "suggested 4 names" in out
    assert "suggested 1 quotes" in out

    assert (project / "sources" / "city-budget.txt").read_bytes() == raw
    assert (project / "book" / "city-budget.md").read_text(encoding="utf-8") == \
        "```{annotated-story} ../sources/city-budget.yml\n```\n"
    toc = (project / "_toc.yml").read_text(encoding="utf-8")
    assert toc.startswith(toc_before.split("\n- caption")[0].split("parts:")[0])
    stories = next(p for p in yaml.safe_load(toc)["parts"] if p["caption"] == "Stories")
    assert stories["chapters"][-1] == {"file": "book/city-budget"}
    assert len(toc.splitlines()) == len(toc_before.splitlines()) + 1

    annotation = (project / "sources" / "city-budget.yml").read_text(encoding="utf-8")
    assert annotation.startswith("# yaml-language-server: $schema=../schema/")
    result = check_file(project / "sources" / "city-budget.yml")
    assert result.errors == [] and result.story is not None
    assert result.story.annotation.story.outlet == "Springfield Herald"
    # The suggestions are comments: uncommenting one gives a valid entity.
    assert "#   name: \"Tom Lee\"" in annotation
    assert "#   name: \"Springfield Library Board\"" in annotation
    assert "Board. Jane" not in annotation  # a full stop and a paragraph end a name


def _uncomment(lines: list[str], key: str) -> list[str]:
    """The starter file with every suggestion under ``key`` uncommented, as an
    instructor who accepts them all would do."""
    start = lines.index(f"{key}: []")
    end = start + 1
    while end < len(lines) and lines[end].startswith("  #"):
        end += 1
    block = [line.replace("  # ", "  ", 1) for line in lines[start + 1:end]
             if line.startswith("  # ") and not line.startswith("  # Suggested")
             and line[4:5] in ("-", " ")]
    block = [line for line in block if not line.lstrip().startswith(("one ", "its ", "someone",
                                                                     "be an"))]
    return [*lines[:start], f"{key}:", *block, *lines[end:]]


def test_uncommented_suggestions_are_valid_entities_and_quotes(project: Path,
                                                                tmp_path: Path) -> None:
    assert main(["new", "city-budget", "--from", str(_story(tmp_path)), *ARGS]) == 0
    path = project / "sources" / "city-budget.yml"
    lines = _uncomment(path.read_text(encoding="utf-8").splitlines(), "entities")
    lines = _uncomment(lines, "quotes")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check_file(path)
    assert result.errors == [], [d.message for d in result.errors]
    assert result.story is not None
    annotation = result.story.annotation
    assert {e.name: e.type for e in annotation.entities} == {
        "Jane Roe": "person", "Springfield City Council": "organisation", "Tom Lee": "person",
        "Springfield Library Board": "organisation"}
    assert [(q.kind, q.speaker, q.text) for q in annotation.quotes] == [
        ("partial", "jane-roe", "did the right thing.")]
    # once accepted, the same names and quote are no longer hinted
    assert not [d for d in result.diagnostics if d.code in ("N504", "Q603")]


def test_new_refuses_to_overwrite_anything(project: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (project / "book" / "city-budget.md").write_text("mine\n", encoding="utf-8")
    toc_before = (project / "_toc.yml").read_bytes()
    assert main(["new", "city-budget", "--from", str(_story(tmp_path)), *ARGS]) == 1
    err = capsys.readouterr().err
    assert "refusing to overwrite" in err and "city-budget.md" in err
    assert (project / "book" / "city-budget.md").read_text(encoding="utf-8") == "mine\n"
    assert not (project / "sources" / "city-budget.txt").exists()
    assert (project / "_toc.yml").read_bytes() == toc_before


def test_a_toc_that_cannot_take_the_page_leaves_nothing_behind(project: Path,
                                                               tmp_path: Path) -> None:
    (project / "_toc.yml").write_text("format: jb-book\nroot: intro\nparts: 3\n",
                                      encoding="utf-8")
    assert main(["new", "city-budget", "--from", str(_story(tmp_path)), *ARGS]) == 1
    assert list((project / "sources").iterdir()) == []
    assert list((project / "book").iterdir()) == []


def test_a_text_that_is_not_utf8_is_located_and_nothing_is_written(project: Path,
                                                                   tmp_path: Path,
                                                                   capsys) -> None:  # type: ignore[no-untyped-def]
    story = _story(tmp_path, "Caf\xe9 owner\nsaid".encode("latin-1"))
    assert main(["new", "cafe", "--from", str(story), *ARGS]) == 1
    assert "pasted.txt:1:4: Y105" in capsys.readouterr().err
    assert list((project / "sources").iterdir()) == []


@pytest.mark.parametrize(("args", "code", "message"), [
    (["new", "Bad Slug", "--from", "{story}", *ARGS], 1, "not a valid slug"),
    (["new", "ok", "--from", "{story}", "--headline", "h", "--outlet", "o", "--date", "May 9"],
     1, "is not YYYY-MM-DD"),
    (["new", "ok", "--from", "missing.txt", *ARGS], 2, "not found"),
])
def test_bad_arguments(project: Path, tmp_path: Path, capsys, args: list[str], code: int,  # type: ignore[no-untyped-def]
                       message: str) -> None:
    story = str(_story(tmp_path))
    assert main([a.replace("{story}", story) for a in args]) == code
    assert message in capsys.readouterr().err
    assert list((project / "sources").iterdir()) == []


def test_missing_metadata_in_a_script_says_which_flags(project: Path, tmp_path: Path,
                                                       capsys) -> None:  # type: ignore[no-untyped-def]
    # pytest's stdin is not a terminal, as in CI and scripts
    assert main(["new", "ok", "--from", str(_story(tmp_path)), "--outlet", "O"]) == 2
    assert "the following arguments are required: --headline, --date" in capsys.readouterr().err
    assert list((project / "sources").iterdir()) == []


def test_missing_metadata_on_a_terminal_is_asked_for(project: Path, tmp_path: Path) -> None:
    """A real pseudo-terminal: the questions, a default headline, a date asked again."""
    import os
    import pty
    import subprocess
    import sys
    import time

    main_fd, child_fd = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "annotate", "new", "city-budget",
                                "--from", str(_story(tmp_path))], cwd=project,
                               stdin=child_fd, stdout=child_fd, stderr=child_fd)
    os.close(child_fd)
    seen = b""

    def wait_for(prompt: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 30
        while prompt not in seen and time.monotonic() < deadline:
            seen += os.read(main_fd, 4096)
        assert prompt in seen, seen.decode()

    wait_for(b"Headline [City Council Approves Budget]: ")
    os.write(main_fd, b"\n")  # take the default: the text's first line
    wait_for(b"Outlet (newspaper, site, broadcaster): ")
    os.write(main_fd, b"Springfield Herald\n")
    wait_for(b"Publication date (YYYY-MM-DD): ")
    os.write(main_fd, b"March 1\n")
    wait_for(b"write it as YYYY-MM-DD")
    os.write(main_fd, b"2024-03-01\n")
    assert process.wait(timeout=60) == 0
    with contextlib.suppress(OSError):
        while chunk := os.read(main_fd, 4096):
            seen += chunk
    os.close(main_fd)
    assert b"created sources/city-budget.yml" in seen
    meta = yaml.safe_load((project / "sources" / "city-budget.yml").read_text("utf-8"))["story"]
    assert meta == {"headline": "City Council Approves Budget",
                    "outlet": "Springfield Herald", "date": "2024-03-01"}


def test_ids() -> None:
    assert slug_id("Satana Deberry") == "satana-deberry"
    assert slug_id("Color of Change PAC") == "color-of-change-pac"
