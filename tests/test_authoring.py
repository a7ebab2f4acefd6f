"""Authoring by selection, the library half: anchors from selected words, items appended
to a real annotation file (a scratch copy of a seed), checked, written atomically, undone.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from annotate.anchoring import StoryText, resolve
from annotate.authoring.anchors import Refused, anchor_for, snap
from annotate.authoring.edits import Editor, Rejected, digest
from annotate.check import check_file
from annotate.models import Anchor

from .course import CAROLINA, HANCOCK, copy_stories

TEXT = ("The mayor said the plan was “a good start.” The mayor left.\n"
        "Then the mayor came back, and the mayor’s son followed.")


def _selected(text: str, placed) -> str:  # type: ignore[no-untyped-def]
    match = resolve(placed.anchor, StoryText(text)).match
    assert match is not None
    return text[match.start:match.end]


def test_a_selection_snaps_to_whole_words() -> None:
    start = TEXT.index("ayor")
    assert snap(TEXT, start, start + 2) == (4, 9)
    assert snap(TEXT, 3, 10) == (4, 9)  # spaces trimmed


@pytest.mark.parametrize(("words", "nth", "expected"), [
    ("“a good start.”", 0, {"text": "“a good start.”"}),  # unique: no context
    ("mayor", 0, {"text": "mayor", "suffix": " said"}),
    ("The mayor", 1, {"text": "The mayor", "prefix": "start.” "}),
    ("mayor", 2, {"text": "mayor", "suffix": " came"}),
])
def test_the_shortest_context_that_makes_it_unique(words: str, nth: int,
                                                   expected: dict[str, object]) -> None:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    placed = anchor_for(TEXT, start, start + len(words))
    assert placed.fields() == expected
    assert (placed.start, placed.end) == (start, start + len(words))
    assert _selected(TEXT, placed) == words


def test_occurrence_when_no_context_tells_them_apart() -> None:
    text = "No. No. No. No. No. No. No. No. No. No. No."
    start = text.index("No.", 12)
    placed = anchor_for(text, start, start + 3)
    assert placed.anchor.occurrence is not None
    assert resolve(placed.anchor, StoryText(text)).match.start == start  # type: ignore[union-attr]


@pytest.mark.parametrize(("start", "end", "reason"), [
    (0, 0, "no words"),
    (50, 70, "more than one paragraph"),
    (TEXT.index("son"), TEXT.index("son") + 3, "masked"),
])
def test_refused_selections_say_why(start: int, end: int, reason: str) -> None:
    masks = [(TEXT.index("son"), TEXT.index("son") + 3)]
    with pytest.raises(Refused, match=reason) as refused:
        anchor_for(TEXT, start, end, masks=masks)
    assert refused.value.hint


@pytest.fixture
def story(tmp_path: Path) -> Path:
    return copy_stories(tmp_path, CAROLINA) / f"{CAROLINA}.yml"


def _anchor(story: Path, words: str = "cash bail") -> dict[str, object]:
    """The anchor of the first place the story's text has ``words``."""
    text = story.with_suffix(".txt").read_text(encoding="utf-8")
    start = text.index(words)
    return anchor_for(text, start, start + len(words)).fields()


def _diff(before: bytes, path: Path) -> list[str]:
    out = subprocess.run(["diff", "-U0", "-", str(path)], input=before, capture_output=True,
                         check=False).stdout.decode()
    return [line for line in out.splitlines()
            if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))]


@pytest.mark.parametrize(("kind", "fields", "section", "lines"), [
    ("note", {"note_kind": "definition", "title": "Cash bail", "body": "Money **paid**.",
              "links": [{"title": "Explainer", "url": "https://example.org/bail"}]},
     "notes", 9),
    ("quote", {"quote_kind": "partial", "speaker": "satana-deberry", "cue": "she said"},
     "quotes", 5),
    ("entity", {"entity_type": "other", "description": "A \"term\" students meet."},
     "entities", 4),
    # the file has no content_warnings yet: the section is written too
    ("mask", {"label": "Strong language"}, "content_warnings", 6),
])
def test_each_kind_of_item_is_exactly_the_diff_and_checks_clean(
        story: Path, kind: str, fields: dict[str, object], section: str, lines: int) -> None:
    before = story.read_bytes()
    editor = Editor()
    item_id, after = editor.add(story, digest(before), kind, fields, _anchor(story))
    assert story.read_bytes() == after
    diff = _diff(before, story)
    assert len(diff) == lines and all(line.startswith("+") for line in diff)
    assert any(line.endswith(f"- id: {item_id}") for line in diff[:3])
    result = check_file(story)
    assert result.errors == [], [d.message for d in result.errors]
    assert result.story is not None
    ids = [item.id for item in getattr(result.story.annotation, section)]
    assert item_id in ids and len(set(ids)) == len(ids)
    editor.undo(story, digest(after))
    assert story.read_bytes() == before


def test_a_quote_by_a_new_speaker_adds_the_speaker_too(story: Path) -> None:
    from annotate.authoring.edits import NEW_SPEAKER

    before = story.read_bytes()
    editor = Editor()
    fields = {"quote_kind": "indirect", "speaker": NEW_SPEAKER, "speaker_name": " prosecutors",
              "speaker_type": "group", "speaker_description": "Those who bring charges."}
    item_id, after = editor.add(story, digest(before), "quote", fields, _anchor(story))
    diff = _diff(before, story)
    assert all(line.startswith("+") for line in diff)
    assert any(line.endswith('name: "prosecutors"') for line in diff)
    result = check_file(story)
    assert result.errors == [] and result.story is not None
    quote = next(q for q in result.story.annotation.quotes if q.id == item_id)
    speaker = next(e for e in result.story.annotation.entities if e.id == quote.speaker)
    assert (speaker.id, speaker.name, speaker.type) == ("prosecutors", "prosecutors", "group")
    editor.undo(story, digest(after))
    assert story.read_bytes() == before
    # the name must be one the story uses, like any entity's
    for name, reason in (("A Clerk", "N501 'A Clerk' is never mentioned"),
                         (" ", "'speaker_name' is empty")):
        with pytest.raises(Rejected, match=reason):
            editor.add(story, digest(before), "quote", {**fields, "speaker_name": name},
                       _anchor(story))
    assert story.read_bytes() == before


def test_a_stale_page_and_bad_input_change_nothing(story: Path) -> None:
    anchor = _anchor(story)
    before = story.read_bytes()
    editor = Editor()
    with pytest.raises(Rejected) as stale:
        editor.add(story, digest(b"another version"), "entity",
                   {"entity_type": "other", "description": "x"}, anchor)
    assert stale.value.stale and "reload" in (stale.value.hint or "")
    bad = [("quote", {"quote_kind": "direct", "speaker": "nobody"}, "no entity 'nobody'"),
           ("quote", {"quote_kind": "shouted", "speaker": "satana-deberry"}, "one of"),
           ("note", {"note_kind": "context", "title": "", "body": "x"}, "'title' is empty"),
           ("note", {"note_kind": "context", "title": "t", "body": "b",
                     "links": [{"title": "x", "url": "javascript:alert(1)"}]},
            "not a web address"),
           ("entity", {"entity_type": "other", "description": "x" * 30_000}, "longer than"),
           ("poem", {}, "unknown kind")]
    for kind, fields, reason in bad:
        with pytest.raises(Rejected, match=reason):
            editor.add(story, digest(before), kind, fields, anchor)
    assert story.read_bytes() == before
    with pytest.raises(Rejected, match="nothing to undo"):
        editor.undo(story, digest(before))


def test_ids_stay_unique(story: Path) -> None:
    anchor = _anchor(story)
    editor = Editor()
    ids = []
    for _ in range(3):
        current = story.read_bytes()
        item_id, _ = editor.add(story, digest(current), "note",
                                {"note_kind": "context", "title": "Bail", "body": "More."},
                                anchor)
        ids.append(item_id)
    assert ids == ["bail", "bail-2", "bail-3"]
    assert Anchor(**anchor).text == "cash bail"


def test_delete_takes_out_exactly_the_item_unless_something_still_needs_it(story: Path) -> None:
    text = story.read_text(encoding="utf-8")
    before = story.read_bytes()
    editor = Editor()
    note_id = "cash-bail"
    after = editor.delete(story, digest(before), "notes", note_id)
    diff = _diff(before, story)
    assert diff and all(line.startswith("-") for line in diff)
    assert any(line.endswith(f"- id: {note_id}") for line in diff)
    result = check_file(story)
    assert result.errors == [] and result.story is not None
    assert note_id not in [n.id for n in result.story.annotation.notes]
    editor.undo(story, digest(after))
    assert story.read_bytes() == before
    # an entity a quote still names cannot go: the file would not check
    with pytest.raises(Rejected, match="would leave the file with an error"):
        editor.delete(story, digest(before), "entities", "satana-deberry")
    with pytest.raises(Rejected, match="no note 'nothing'"):
        editor.delete(story, digest(before), "notes", "nothing")
    with pytest.raises(Rejected, match="cannot delete from 'story'"):
        editor.delete(story, digest(before), "story", "x")
    assert story.read_bytes() == before and "id: cash-bail" in text


def test_remove_item_keeps_every_other_byte() -> None:
    from annotate.yamledit import EditError, remove_item
    from annotate.yamlload import load_text

    text = ("story:\n  headline: x\nnotes:\n  # first\n  - id: a\n    body: |\n      text\n"
            "  # second\n  - id: b\n    body: y\nentities:  # people\n  - id: only\n"
            "    name: X\n\nquotes: [{id: q}]\n")
    doc = load_text(text, Path("x.yml"))
    assert remove_item(doc, "notes", 0) == text.replace(
        "  - id: a\n    body: |\n      text\n", "")
    assert remove_item(doc, "notes", 1) == text.replace("  - id: b\n    body: y\n", "")
    assert remove_item(doc, "entities", 0) == text.replace(
        "entities:  # people\n  - id: only\n    name: X\n", "entities: [] # people\n")
    with pytest.raises(EditError, match="flow"):
        remove_item(doc, "quotes", 0)
    with pytest.raises(EditError, match="no item 3"):
        remove_item(doc, "notes", 2)


def test_the_words_as_another_name_of_an_entity(story: Path) -> None:
    anchor = _anchor(story)
    before = story.read_bytes()
    editor = Editor()
    item_id, after = editor.add(story, digest(before), "alias",
                                {"entity": "satana-deberry"}, anchor)
    assert item_id == "satana-deberry"
    diff = _diff(before, story)
    added = [line for line in diff if line.startswith("+")]
    assert len(added) == 1 and '"cash bail"' in added[0]
    result = check_file(story)
    assert result.errors == [] and result.story is not None
    deberry = next(e for e in result.story.annotation.entities if e.id == "satana-deberry")
    assert "cash bail" in deberry.alias_texts()
    with pytest.raises(Rejected, match="already a form"):
        editor.add(story, digest(after), "alias", {"entity": "satana-deberry"}, anchor)
    with pytest.raises(Rejected, match="no entity 'nobody'"):
        editor.add(story, digest(after), "alias", {"entity": "nobody"}, anchor)
    editor.undo(story, digest(after))
    assert story.read_bytes() == before


def test_add_alias_in_every_shape_of_list() -> None:
    from annotate.yamledit import add_alias
    from annotate.yamlload import load_text

    text = ("entities:\n  - id: a\n    name: Jane Roe\n    type: person\n"
            "  - id: b\n    name: Tom Lee\n    aliases: [Lee]\n"
            "  - id: c\n    name: Ann\n    aliases:\n      - A.\n")
    doc = load_text(text, Path("x.yml"))
    assert add_alias(doc, 0, "Roe") == text.replace(
        "name: Jane Roe\n", 'name: Jane Roe\n    aliases: ["Roe"]\n')
    assert add_alias(doc, 1, 'Mr "Lee"') == text.replace(
        "[Lee]", '[Lee, "Mr \\"Lee\\""]')
    assert add_alias(doc, 2, "Annie") == text + '      - "Annie"\n'


@pytest.mark.parametrize(("kind", "fields", "section", "key"), [
    ("question-anchor", {"question": "what-da-does"}, "questions", "anchors"),
])
def test_the_words_as_a_passage_of_an_existing_item(story: Path, kind: str,
                                                    fields: dict[str, str], section: str,
                                                    key: str) -> None:
    anchor = _anchor(story)
    before = story.read_bytes()
    editor = Editor()
    item_id, after = editor.add(story, digest(before), kind, fields, anchor)
    diff = _diff(before, story)
    assert diff and all(line.startswith("+") for line in diff)
    result = check_file(story)
    assert result.errors == [] and result.story is not None
    item = next(i for i in getattr(result.story.annotation, section) if i.id == item_id)
    assert "cash bail" in [a.text for a in getattr(item, key)]
    with pytest.raises(Rejected, match="no question 'nothing'"):
        editor.add(story, digest(after), kind, {"question": "nothing"}, anchor)
    editor.undo(story, digest(after))
    assert story.read_bytes() == before


def test_add_anchor_in_every_shape_of_list() -> None:
    from annotate.yamledit import add_anchor
    from annotate.yamlload import load_text

    text = ("questions:\n  - id: q1\n    prompt: Who?\n    anchors:\n      - text: a b\n"
            "  - id: q2\n    prompt: What?\n"
            "content_warnings:\n  - id: cw\n    label: Slurs\n"
            "    mask: [{text: a slur, occurrence: all}]\n")
    doc = load_text(text, Path("x.yml"))
    assert add_anchor(doc, ("questions", 0, "anchors"), ['text: "c d"', 'suffix: " e"']) == \
        text.replace("      - text: a b\n",
                     '      - text: a b\n      - text: "c d"\n        suffix: " e"\n')
    assert add_anchor(doc, ("questions", 1, "anchors"), ['text: "c d"']) == text.replace(
        "    prompt: What?\n", '    prompt: What?\n    anchors:\n      - text: "c d"\n')
    assert add_anchor(doc, ("content_warnings", 0, "mask"), ['text: "bad"']) == \
        text.replace("all}]", 'all}, {text: "bad"}]')


def test_the_words_masked_under_an_existing_warning(tmp_path: Path) -> None:
    story = copy_stories(tmp_path, HANCOCK) / f"{HANCOCK}.yml"
    text = story.with_suffix(".txt").read_text(encoding="utf-8")
    anchor = _anchor(story, "speeding")
    before = story.read_bytes()
    editor = Editor()
    item_id, after = editor.add(story, digest(before), "warning-word", {"warning": "slurs"},
                                anchor)
    assert item_id == "slurs"
    diff = _diff(before, story)
    assert diff and all(line.startswith("+") for line in diff)
    result = check_file(story)
    assert result.errors == [] and result.story is not None
    spans = result.story.masks["slurs"]
    assert any(text[m.start:m.end] == "speeding" for m in spans)
    editor.undo(story, digest(after))
    assert story.read_bytes() == before


def test_set_fields_changes_only_those_fields() -> None:
    from annotate.yamledit import EditError, set_fields
    from annotate.yamlload import load_text

    text = ("notes:\n  - id: a  # keep me\n    kind: context\n    title: Old title\n"
            "    body: |\n      Line one.\n\n      Line two.\n\n    links: []\n"
            "  - id: b\n    title: 'T'\n    cue: said\n    body: >\n      folded\n      text\n"
            "\n# the quotes\nquotes: [{id: q, cue: x}]\n")
    doc = load_text(text, Path("x.yml"))
    # in place, in the scalar's own style where the value allows it
    assert set_fields(doc, ("notes", 0), {"title": "New: title",
                                          "body": "Line one.\n\nLine 2.\n"}) == \
        text.replace("title: Old title", 'title: "New: title"').replace(
            "      Line two.", "      Line 2.")
    # a key removed (the whole of a block scalar), a key added after the last line
    assert set_fields(doc, ("notes", 1), {"body": None, "cue": None, "note": "Look"}) == \
        text.replace("    cue: said\n    body: >\n      folded\n      text\n",
                     '    note: "Look"\n')
    assert set_fields(doc, ("notes", 1), {"title": "T"}) == text  # nothing to change
    with pytest.raises(EditError, match="flow"):
        set_fields(doc, ("quotes", 0), {"cue": "y"})
    with pytest.raises(EditError, match="dash"):
        set_fields(doc, ("notes", 0), {"id": None})
    with pytest.raises(EditError, match="single value"):
        set_fields(doc, ("notes", 0), {"links": "x"})


@pytest.mark.parametrize(("section", "item_id", "fields", "changed"), [
    # a folded body edited in a text box (which drops the final line break)
    ("notes", "cash-bail", {"title": "Cash bail, explained", "body": "Money paid."}, 4),
    ("entities", "satana-deberry", {"role": "", "type": "person"}, 1),  # role removed
    ("quotes", None, {"cue": "she told the paper", "kind": "partial"}, None),
    ("questions", "what-da-does", {"hint": "Read the end.", "kind": "discussion"}, None),
])
def test_edit_changes_exactly_those_fields_and_checks_clean(
        story: Path, section: str, item_id: str | None, fields: dict[str, str],
        changed: int | None) -> None:
    result = check_file(story)
    assert result.story is not None
    item = getattr(result.story.annotation, section)[0] if item_id is None else next(
        i for i in getattr(result.story.annotation, section) if i.id == item_id)
    before = story.read_bytes()
    editor = Editor()
    after = editor.edit(story, digest(before), section, item.id, fields)
    diff = _diff(before, story)
    removed = [line for line in diff if line.startswith("-")]
    assert diff and (changed is None or len(removed) == changed)
    result = check_file(story)
    assert result.errors == [], [d.message for d in result.errors]
    assert result.story is not None
    edited = next(i for i in getattr(result.story.annotation, section) if i.id == item.id)
    for key, value in fields.items():
        assert getattr(edited, key) == (value or None), key
    untouched = [i for i in getattr(result.story.annotation, section) if i.id != item.id]
    assert untouched == [i for i in getattr(check_file(story).story.annotation, section)
                         if i.id != item.id]
    editor.undo(story, digest(after))
    assert story.read_bytes() == before


def test_edits_that_cannot_be_made_change_nothing(story: Path) -> None:
    before = story.read_bytes()
    editor = Editor()
    bad = [("notes", "cash-bail", {"title": ""}, "'title' is empty"),
           ("notes", "cash-bail", {"kind": "rumour"}, "one of"),
           ("notes", "cash-bail", {"anchor": "x"}, "cannot be changed here"),
           ("notes", "cash-bail", {"title": "Cash bail"}, "nothing changed"),
           ("notes", "nothing", {"title": "x"}, "no note 'nothing'"),
           ("story", "x", {"headline": "x"}, "cannot edit items of 'story'"),
           # the check refuses what the panel cannot know: an unknown speaker
           ("quotes", "deberry-voters-say", {"speaker": "nobody"}, "would leave the file"),
           ("quotes", "deberry-voters-say", {"kind": "written"}, "would leave the file")]
    quotes = check_file(story).story.annotation.quotes  # type: ignore[union-attr]
    bad = [(s, quotes[0].id if s == "quotes" else i, f, m) for s, i, f, m in bad]
    for section, item_id, fields, reason in bad:
        with pytest.raises(Rejected, match=reason):
            editor.edit(story, digest(before), section, item_id, fields)
    corrections = [n for n in check_file(story).story.annotation.notes  # type: ignore[union-attr]
                   if n.kind not in ("context", "definition", "media-literacy")]
    assert corrections  # the fixture story has a correction and artefacts
    with pytest.raises(Rejected, match="keeps its kind"):
        editor.edit(story, digest(before), "notes", corrections[0].id, {"kind": "context"})
    with pytest.raises(Rejected, match="changed since"):
        editor.edit(story, digest(b"old"), "notes", "cash-bail", {"title": "x"})
    assert story.read_bytes() == before


def test_the_outline_locates_every_section_and_item(story: Path) -> None:
    from annotate.authoring.edits import outline
    from annotate.yamlload import load_file

    doc = load_file(story)
    found = outline(doc)
    lines = story.read_text(encoding="utf-8").splitlines()
    sections = {e["section"] for e in found if e["id"] is None and "index" not in e}
    assert {"story", "entities", "quotes", "notes"} <= sections
    for entry in found:
        line = lines[entry["line"] - 1]
        if "index" in entry and entry["id"]:
            assert line.lstrip().startswith(f"- id: {entry['id']}"), (entry, line)
        elif "index" not in entry:
            assert line.startswith(f"{entry['section']}:")
    note = next(e for e in found if e["id"] == "cash-bail")
    assert note["fields"]["title"] == "Cash bail" and not note["fields"]["body"].endswith("\n")
    assert set(note["fields"]) == {"kind", "title", "body"}
