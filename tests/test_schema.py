"""Schema: the models are the source of truth, errors are collected and located."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from annotate.check import check_file
from annotate.schema import json_schema, json_schema_text
from annotate.yamlload import load_file

from .conftest import HEADER, ROOT, WriteStory
from .course import STORIES

REAL = sorted(STORIES.glob("*.yml"))


def test_committed_schema_file_is_up_to_date() -> None:
    assert (ROOT / "schema" / "annotation.schema.json").read_text(encoding="utf-8") == \
        json_schema_text()


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
def test_json_schema_validates_the_real_files(path: Path) -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())
    data = load_file(path).data
    jsonschema.validate(data, json_schema(), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
def test_real_files_start_with_the_schema_modeline(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/annotation.schema.json"


def test_json_schema_rejects_what_the_models_reject() -> None:
    bad = {"story": {"headline": "x", "outlet": "y", "date": "2020-01-01"},
           "quotes": [{"id": "q", "kind": "shouted", "speaker": "a", "text": "t"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_schema(), cls=jsonschema.Draft202012Validator)


def test_all_errors_of_a_file_are_reported_in_one_run(write_story: WriteStory) -> None:
    path = write_story("""\
        quotes:
          - id: q1
            kind: direct
            speakr: jane-doe
            speaker: jane-doe
            text: a good start for everyone.
          - id: q2
            kind: shouted
            speaker: jane-doe
            text: x
          - id: q3
            kind: direct
            speaker: nobody
            text: not in the story at all
        """)
    got = [(d.code, d.start.line) for d in check_file(path).diagnostics if d.is_error]
    assert got == [("S201", 15), ("S204", 19), ("S206", 24), ("A401", 25)]


def test_unknown_key_suggests_the_closest_allowed_key(write_story: WriteStory) -> None:
    path = write_story("""\
        notes:
          - id: n1
            kind: context
            titel: A note
            body: b
            anchor: {text: the plan}
        """)
    result = check_file(path)
    # One typo, one error: no "missing required key 'title'" beside it.
    assert [(d.code, d.hint) for d in result.diagnostics if d.is_error] == \
        [("S201", "did you mean 'title'?")]
    # and the note is still checked (its anchor resolved) as if the key were spelt right
    assert result.story is not None and "n1" in result.story.notes


def test_an_entity_with_a_misspelt_key_still_defines_its_id(write_story: WriteStory) -> None:
    header = HEADER.replace("    description: The mayor.\n", "    descripton: The mayor.\n")
    path = write_story("""\
        quotes:
          - id: q1
            kind: partial
            speaker: jane-doe
            text: a good start for everyone.
        """, header=header)
    diags = check_file(path).diagnostics
    assert [(d.code, d.message) for d in diags if d.severity != "hint"] == \
        [("S201", "unknown key 'descripton'")]
    # its name is covered: no N504 for 'Jane Doe', no S206 for the quote
    assert not [d for d in diags if d.code == "N504" and "Jane Doe" in d.message]


def test_a_wrongly_capitalised_value_gets_did_you_mean_and_the_allowed_values(
        write_story: WriteStory) -> None:
    header = HEADER.replace("    type: person\n", "    type: Event\n")
    [diag] = [d for d in check_file(write_story(header=header)).diagnostics if d.is_error]
    assert diag.code == "S204"
    assert diag.hint == ("did you mean 'event'? (allowed values: person, organisation, group, "
                         "place, event, work or other)")
    header = HEADER.replace("    type: person\n", "    type: celebrity\n")
    [diag] = [d for d in check_file(write_story(header=header)).diagnostics if d.is_error]
    assert diag.hint == "allowed values: person, organisation, group, place, event, work or other"


def test_unknown_kind_gives_one_error_listing_the_allowed_values(write_story: WriteStory) -> None:
    path = write_story("""\
        notes:
          - id: n1
            kind: trivia
            title: t
            body: b
            anchor: {text: the plan}
        """)
    diags = [d for d in check_file(path).diagnostics if d.is_error]
    assert len(diags) == 1
    assert diags[0].code == "S204"
    for kind in ("context", "definition", "media-literacy", "correction", "artefact"):
        assert kind in diags[0].message
    assert (diags[0].start.line, diags[0].start.column) == (14, 11)


def test_dangling_reference_is_located_at_the_referring_field(write_story: WriteStory) -> None:
    path = write_story("""\
        quotes:
          - id: q1
            kind: direct
            speaker: jane-do
            text: a good start for everyone.
        """)
    [d] = [d for d in check_file(path).diagnostics if d.is_error]
    assert (d.code, d.start.line, d.start.column, d.hint) == \
        ("S206", 15, 14, "did you mean 'jane-doe'?")


def test_json_schema_is_valid_json_with_draft_2020_12() -> None:
    schema = json.loads(json_schema_text())
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["additionalProperties"] is False
