"""``annotate export --format w3c``: the real stories as W3C Web Annotations.

Every exported collection and every annotation in it is validated against
``schema/web-annotation.schema.json`` (the model's MUSTs, see schema/README.md), and
every selector is checked against the story text itself.  The schema is also shown
to reject each kind of non-conforming annotation, so a pass means something.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from annotate.check import check_file
from annotate.cli import main
from annotate.w3c import NOTE_MOTIVATIONS, W3C_CONTEXT, export_story

from .conftest import ROOT, STORY_TEXT, WriteStory
from .course import CAROLINA, HANCOCK, STORIES, seed_file

SCHEMA = json.loads((ROOT / "schema" / "web-annotation.schema.json").read_text("utf-8"))
FILES = sorted(STORIES.glob("*.yml"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(SCHEMA)
    return Draft202012Validator(SCHEMA)


def _errors(validator: Draft202012Validator, document: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(document)]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_story_exports_valid_annotations(path: Path, validator) -> None:  # type: ignore[no-untyped-def]
    story = check_file(path).story
    assert story is not None
    collection = export_story(story, "https://example.org/reader/")
    assert _errors(validator, collection) == []
    items = collection["first"]["items"]
    for item in items:  # each one also stands alone, as a tool would store it
        assert _errors(validator, item) == [], item["id"]
    assert collection["total"] == len(items)
    assert len({item["id"] for item in items}) == len(items), "ids must be unique"

    a = story.annotation
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_kind.setdefault(item["id"].split("#")[1].split("-")[0], []).append(item)
    assert len(by_kind["note"]) == len(a.notes)
    assert len(by_kind["quote"]) == len(a.quotes)
    assert len(by_kind.get("question", [])) == len(a.questions)
    assert len(by_kind["mention"]) == len(story.mentions)
    assert len(by_kind.get("warning", [])) == len(a.content_warnings)
    for warning, item in zip(a.content_warnings, by_kind.get("warning", []), strict=True):
        assert item["motivation"] == "assessing" and item["label"] == warning.label
        masked = story.masks.get(warning.id, [])
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        assert len(targets) == max(1, len(masked))
    for note, item in zip(a.notes, by_kind["note"], strict=True):
        assert item["motivation"] == NOTE_MOTIVATIONS[note.kind]
        assert item["label"] == note.title
        assert item["body"][0]["value"] == note.body
        assert {"type": "TextualBody", "purpose": "tagging", "value": note.kind} in item["body"]
    for quote, item in zip(a.quotes, by_kind["quote"], strict=True):
        speaker = story.entity(quote.speaker)
        assert item["motivation"] == "identifying"
        assert item["body"][0]["name"] == speaker.name
        if speaker.wikidata:
            assert item["body"][0]["id"] == f"http://www.wikidata.org/entity/{speaker.wikidata}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_selectors_select_exactly_the_annotated_words(path: Path) -> None:
    story = check_file(path).story
    assert story is not None
    text = story.text.removeprefix("\ufeff")
    for item in export_story(story)["first"]["items"]:
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        for target in targets:
            if isinstance(target, str):
                assert target.endswith(story.source_path.name)
                continue
            quote, position = target["selector"]
            start, end = position["start"], position["end"]
            assert text[start:end] == quote["exact"]
            assert text[:start].endswith(quote.get("prefix", ""))
            assert text[end:].startswith(quote.get("suffix", ""))
            assert len(quote.get("prefix", "")) <= 32 and len(quote.get("suffix", "")) <= 32


def test_offsets_do_not_count_a_byte_order_mark(write_story: WriteStory) -> None:
    path = write_story("""\
        notes:
          - id: plan
            kind: context
            anchor: {text: the plan}
            title: The plan
            body: Which plan?
        """, text="\ufeff" + STORY_TEXT)
    story = check_file(path).story
    assert story is not None
    notes = [i for i in export_story(story)["first"]["items"] if "#note-" in i["id"]]
    position = notes[0]["target"]["selector"][1]
    assert STORY_TEXT[position["start"]:position["end"]] == "the plan"


def test_the_schema_rejects_what_the_model_forbids(validator) -> None:  # type: ignore[no-untyped-def]
    story = check_file(seed_file(CAROLINA)).story
    assert story is not None
    good = export_story(story)["first"]["items"][0]
    good["@context"] = W3C_CONTEXT
    assert _errors(validator, good) == []

    def broken(change) -> dict[str, Any]:  # type: ignore[no-untyped-def]
        item = copy.deepcopy(good)
        change(item)
        return item

    cases = {
        "no target": lambda a: a.pop("target"),
        "no context": lambda a: a.pop("@context"),
        "wrong context": lambda a: a.update({"@context": "http://schema.org/"}),
        "not an Annotation": lambda a: a.update(type="Note"),
        "relative id": lambda a: a.update(id="note-1"),
        "unknown motivation": lambda a: a.update(motivation="liking"),
        "body and bodyValue": lambda a: a.update(bodyValue="text"),
        "textual body without value": lambda a: a["body"][0].pop("value"),
        "position without end": lambda a: a["target"]["selector"][1].pop("end"),
        "negative start": lambda a: a["target"]["selector"][1].update(start=-1),
        "quote without exact": lambda a: a["target"]["selector"][0].pop("exact"),
        "unknown selector": lambda a: a["target"]["selector"].append({"type": "WordSelector"}),
        "textual body as target": lambda a: a.update(target={"type": "TextualBody",
                                                             "value": "x"}),
        "local time": lambda a: a.update(created="2026-01-01T10:00:00"),
    }
    for name, change in cases.items():
        assert _errors(validator, broken(change)), f"schema accepted: {name}"


def test_cli_exports_to_stdout_or_one_file_per_story(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    one = seed_file(HANCOCK)
    assert main(["export", str(one), "--base-url", "https://example.org/reader"]) == 0
    collection = json.loads(capsys.readouterr().out)
    assert collection["type"] == "AnnotationCollection"
    assert collection["id"] == f"https://example.org/reader/{HANCOCK}#annotations"
    assert all(i["target"]["source"] == f"https://example.org/reader/{HANCOCK}.txt"
               for i in collection["first"]["items"] if isinstance(i["target"], dict))

    out = tmp_path / "w3c"
    assert main(["export", str(STORIES), "-o", str(out)]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == [f"{p.stem}.jsonld" for p in FILES]
    assert "annotations" in capsys.readouterr().out
    first = json.loads((out / written[0]).read_text("utf-8"))
    assert first["id"].startswith("urn:x-annotate:")


def test_cli_refuses_files_with_errors(write_story: WriteStory, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_story("""\
        notes:
          - id: missing
            kind: context
            anchor: {text: words that are not there}
            title: Missing
            body: Not in the story.
        """)
    assert main(["export", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "A401" in captured.err and "not exported" in captured.err
