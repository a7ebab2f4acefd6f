"""``annotate stats`` on the real stories and on a half-annotated one, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from annotate.cli import main

from .conftest import ROOT, WriteStory
from .course import STORIES


def _json(capsys, *args: str) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code = main(["stats", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_the_fixture_stories_are_counted_from_their_files(capsys) -> None:  # type: ignore[no-untyped-def]
    code, data = _json(capsys, str(STORIES))
    assert code == 0 and data["broken"] == []
    for story in data["stories"]:
        raw = yaml.safe_load((ROOT / story["path"]).read_text(encoding="utf-8"))
        assert story["entities"] == len(raw["entities"])
        assert sum(story["quotes"].values()) == len(raw.get("quotes", []))
        for kind in ("direct", "partial", "indirect", "written"):
            assert story["quotes"][kind] == sum(q["kind"] == kind for q in raw["quotes"])
        assert story["notes"] == len(raw.get("notes", []))
        assert story["questions"] == len(raw.get("questions", []))
        assert story["mentions"] >= story["entities"]
    total = data["total"]
    assert total["entities"] == sum(s["entities"] for s in data["stories"])
    assert total["quotes"]["indirect"] == sum(s["quotes"]["indirect"] for s in data["stories"])


def test_unannotated_names_lower_the_coverage_and_are_listed(write_story: WriteStory,
                                                             capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_story()
    code, data = _json(capsys, str(path))
    story = data["stories"][0]
    names = {n["name"]: n["count"] for n in story["unannotated"]}
    assert "Ann Lee" in names and "Springfield" in names
    # Jane Doe's two mentions are covered; every unannotated occurrence counts against.
    assert story["mentions"] == 2
    assert story["coverage"] == round(2 / (2 + sum(names.values())), 4)
    assert code == 0

    assert main(["stats", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Annotation progress" in out and "not annotated yet: " in out and "Ann Lee" in out


def test_a_broken_file_is_named_not_counted(write_story: WriteStory, capsys,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    good = write_story()
    (tmp_path / "broken.yml").write_text("story: {headline: x}\n", encoding="utf-8")
    code, data = _json(capsys, str(tmp_path))
    assert code == 1
    assert [s["path"] for s in data["stories"]] == [str(good)]
    assert data["broken"][0]["path"].endswith("broken.yml")
    assert "S202" in data["broken"][0]["errors"]
