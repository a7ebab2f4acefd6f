"""``annotate import``: Hypothesis and W3C annotations into notes, anchored and checked.

The Hypothesis fixture is a client export (the format of its "Export" menu) of
annotations made on the book's page of the Hancock story: a titled note, a comment
on one of six occurrences of "the officer", straight quotes where the story has
curly ones, a tagged definition, a reply, a page note, a highlight, and one quote
that is not in the story.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.check import check_file
from annotate.cli import main
from annotate.external import External
from annotate.importer import _loads_back, _render
from annotate.yamledit import EditError, append_items
from annotate.yamlload import load_text

from .conftest import FIXTURES, WriteStory
from .course import CAROLINA, HANCOCK, STORIES, copy_stories

HYPOTHESIS = FIXTURES / "import" / "hypothesis-hancock.json"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the fixture stories, so imports can write."""
    return copy_stories(tmp_path / "sources")


def _inserted(before: str, after: str) -> str:
    """The text ``after`` has beyond ``before``, asserting nothing else changed."""
    start = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b),
                 len(before))
    added = len(after) - len(before)
    assert after[:start] + after[start + added:] == before, "existing text was changed"
    return after[start:start + added]


def test_hypothesis_export_becomes_anchored_notes(project: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = project / f"{HANCOCK}.yml"
    before = target.read_text("utf-8")
    old_notes = check_file(target).story.annotation.notes  # type: ignore[union-attr]

    code = main(["import", str(HYPOTHESIS), "--into", str(target)])
    captured = capsys.readouterr()
    assert code == 1  # one annotation could not be anchored: reported, the rest imported
    raw = HYPOTHESIS.read_text("utf-8")
    line = raw[:raw.index('"S7fT1lJ2Ee6aB0a1uVs5Pg"')].count("\n") + 1
    assert re.search(rf"hypothesis-hancock\.json:{line}:\d+: A401 .*'the governor of "
                     r"Colorado' is not in the story", captured.err)
    assert "a reply to another annotation" in captured.out
    assert "a page note" in captured.out and "a highlight without text" in captured.out
    assert "added 4 note(s)" in captured.out

    added = _inserted(before, target.read_text("utf-8"))
    assert added.count("# imported from hypothesis:") == 4
    result = check_file(target)
    assert result.errors == [] and result.story is not None
    notes = {n.id: n for n in result.story.annotation.notes}
    assert list(notes)[:len(old_notes)] == [n.id for n in old_notes]

    titled = notes["who-leaked-it"]
    assert (titled.kind, titled.title) == ("media-literacy", "Who leaked it?")
    assert titled.body.startswith("The clip comes from a police **body camera**.")

    officer = notes["the-officer"]  # prefix/suffix picked the 2nd of 6 occurrences
    assert officer.anchor.occurrence == 2 and officer.title == "“the officer”"
    span = result.story.notes["the-officer"]
    assert result.story.text[span.end:].startswith(" wrote on the ticket")

    dad = notes["my-dad-s-the-mayor"]  # typed with a straight apostrophe
    assert dad.anchor.text == "My dad’s the mayor"
    assert notes["municipality"].kind == "definition"  # from the tag "Definition"


def test_importing_again_adds_nothing(project: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = project / f"{HANCOCK}.yml"
    main(["import", str(HYPOTHESIS), "--into", str(target)])
    once = target.read_bytes()
    capsys.readouterr()
    main(["import", str(HYPOTHESIS), "--into", str(target)])
    assert target.read_bytes() == once
    assert "skipped 4: already imported into this file" in capsys.readouterr().out


def test_api_search_results_import_like_the_client_export(project: Path, tmp_path: Path,
                                                          capsys) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(HYPOTHESIS.read_text("utf-8"))["annotations"]
    search = tmp_path / "search.json"
    search.write_text(json.dumps({"total": len(rows), "rows": rows}), "utf-8")
    target = project / f"{HANCOCK}.yml"
    assert main(["import", str(search), "--into", str(target), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "would add 4 note(s)" in out and "+  - id: the-officer" in out
    assert target.read_bytes() == (STORIES / f"{HANCOCK}.yml").read_bytes()


def test_page_picks_one_story_out_of_a_group_export(project: Path, tmp_path: Path,
                                                    capsys) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(HYPOTHESIS.read_text("utf-8"))["annotations"]
    other = json.loads(json.dumps(rows[0]))  # the same note, made on another chapter
    other.update(id="Zz9OtherChapter0000000", uri="https://example.edu/reader/book/intro.html")
    group = tmp_path / "group.json"
    group.write_text(json.dumps({"rows": [other, *rows]}), "utf-8")
    target = project / f"{HANCOCK}.yml"
    code = main(["import", str(group), "--into", str(target), "--page", HANCOCK])
    out = capsys.readouterr().out
    assert code == 1  # the governor, as before
    assert "skipped 1: annotates another page (https://example.edu/reader/book/intro.html)" \
        in out
    assert "added 4 note(s)" in out


def test_w3c_export_round_trips_the_notes(project: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    original = project / f"{CAROLINA}.yml"
    expected = check_file(original).story.annotation.notes  # type: ignore[union-attr]
    assert main(["export", str(original)]) == 0
    exported = tmp_path / "nc.jsonld"
    exported.write_text(capsys.readouterr().out, "utf-8")
    # Delete the notes section by hand, then import them back from the export.
    text = original.read_text("utf-8")
    start = text.index("\nnotes:")
    end = re.compile(r"\n[a-z_]+:").search(text, start + 2).start()  # type: ignore[union-attr]
    original.write_text(text[:start] + text[end:], "utf-8")
    assert check_file(original).story.annotation.notes == []  # type: ignore[union-attr]

    assert main(["import", str(exported), "--into", str(original)]) == 0
    out = capsys.readouterr().out
    assert f"added {len(expected)} note(s)" in out
    assert "motivation 'identifying' is not a note's" in out  # quotes and mentions
    result = check_file(original)
    assert result.diagnostics == [] or all(not d.is_error for d in result.diagnostics)
    assert result.story.annotation.notes == expected  # type: ignore[union-attr]


def test_ambiguous_words_without_context_are_not_guessed(write_story: WriteStory,
                                                         tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_story()
    export = tmp_path / "h.json"
    export.write_text(json.dumps([{
        "id": "amb1", "text": "Which council?", "uri": "https://example.org/story",
        "target": [{"source": "https://example.org/story", "selector": [
            {"type": "TextQuoteSelector", "exact": "council"}]}],
    }]), "utf-8")
    before = path.read_bytes()
    assert main(["import", str(export), "--into", str(path)]) == 1
    err = capsys.readouterr().err
    assert "A403" in err and "too close to call" in err and "occurrence: N" in err
    assert err.count("story.txt:") >= 2  # both places located
    assert path.read_bytes() == before


@pytest.mark.parametrize(("content", "message"), [
    ('{"rows": [', "h.json:1:"),
    ('{"hello": "world"}', "no annotations found"),
    ('{"type": "AnnotationCollection", "first": "https://x.org/p1"}', "not embedded"),
])
def test_unreadable_exports_are_reported(write_story: WriteStory, tmp_path: Path, capsys,
                                         content: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write_story()
    export = tmp_path / "h.json"
    export.write_text(content, "utf-8")
    assert main(["import", str(export), "--into", str(path)]) == 1
    assert message in capsys.readouterr().err


def test_a_file_with_errors_is_not_touched(write_story: WriteStory, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_story("""\
        notes:
          - id: broken
            kind: context
            anchor: {text: not in the story at all}
            title: Broken
            body: x
        """)
    before = path.read_bytes()
    assert main(["import", str(HYPOTHESIS), "--into", str(path)]) == 1
    err = capsys.readouterr().err
    assert "A401" in err and "nothing written" in err
    assert path.read_bytes() == before


# -- appending to a YAML list keeps every other byte ------------------------------------------

BLOCK = "# imported from test\n- id: added\n  title: Added\n"


@pytest.mark.parametrize(("before", "after"), [
    ("a: 1\nnotes:\n  - id: z\n    body: |\n      x\n\nquestions: []\n",
     "a: 1\nnotes:\n  - id: z\n    body: |\n      x\n  # imported from test\n  - id: added\n"
     "    title: Added\n\nquestions: []\n"),
    ("a: 1\nnotes:\n- id: z\n  body: x",
     "a: 1\nnotes:\n- id: z\n  body: x\n# imported from test\n- id: added\n  title: Added\n"),
    ("a: 1\nnotes: []  # none yet\nb: 2\n",
     "a: 1\nnotes:   # none yet\n  # imported from test\n  - id: added\n    title: Added\nb: 2\n"),
    ("a: 1\r\nb: 2",
     "a: 1\r\nb: 2\r\n\r\nnotes:\r\n  # imported from test\r\n  - id: added\r\n"
     "    title: Added\r\n"),
    # The blank lines are content of a `|+` block: the items go after them.
    ("notes:\n  - body: |+\n      x\n\n",
     "notes:\n  - body: |+\n      x\n\n  # imported from test\n  - id: added\n"
     "    title: Added\n"),
])
def test_append_items(before: str, after: str) -> None:
    assert append_items(load_text(before, Path("x.yml")), "notes", [BLOCK]) == after


def test_append_items_refuses_flow_lists() -> None:
    with pytest.raises(EditError, match="flow"):
        append_items(load_text("notes: [{id: z}]\n", Path("x.yml")), "notes", [BLOCK])


# -- what import writes always reads back as the note it meant --------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@given(title=_TEXT, body=_TEXT, words=_TEXT, author=st.none() | _TEXT)
def test_rendered_notes_read_back_exactly_or_are_refused(title: str, body: str, words: str,
                                                         author: str | None) -> None:
    note = {"id": "n", "kind": "context", "anchor": {"text": words}, "title": title,
            "body": body}
    ext = External("hypothesis:abc", "abc", "Hypothesis annotation 1", words, body,
                   author=author)
    try:
        block = _render(note, ext)
    except EditError:
        return  # refused, and said so: never written differently from what was meant
    first, _, rest = block.partition("\n")
    assert first.startswith("# imported from hypothesis:abc") and "\n" not in first
    assert _loads_back(rest) == [note]


def test_yaml_lookalikes_stay_text() -> None:
    for value in ("yes", "no", "null", "~", "0x1F", "1:20", "- item", "key: value", "#tag",
                  "'quoted'", "  leading spaces", "trailing spaces  ", "a\n\nb\n"):
        note = {"id": "n", "kind": "context", "anchor": {"text": value}, "title": value,
                "body": value}
        block = _render(note, External("o", "o", "l", value, value))
        assert _loads_back(block.partition("\n")[2]) == [note], value


def _hypothesis(path: Path, *annotations: dict) -> Path:
    rows = [{"id": a["id"], "text": a.get("text", "A note."), "uri": "https://example.org/s",
             "target": [{"source": "https://example.org/s", "selector": [
                 {"type": "TextQuoteSelector", "exact": a["exact"],
                  "prefix": a.get("prefix", ""), "suffix": a.get("suffix", "")},
                 *([{"type": "TextPositionSelector", "start": a["start"],
                     "end": a["start"] + len(a["exact"])}] if "start" in a else [])]}]}
            for a in annotations]
    path.write_text(json.dumps(rows), "utf-8")
    return path


def _anchors(path: Path) -> list[tuple[str, int | None]]:
    notes = check_file(path).story.annotation.notes  # type: ignore[union-attr]
    return [(n.anchor.text, n.anchor.occurrence) for n in notes]


def test_positions_count_the_page_and_serve_only_as_a_hint(write_story: WriteStory,
                                                           tmp_path: Path) -> None:
    text = ("Jane Doe's aide Lee spoke. The council met on Tuesday. Later Lee spoke again, "
            "and the council voted.\n")
    path = write_story(text=text)
    page = 500  # the page had 500 characters of menus and headline before the story
    export = _hypothesis(
        tmp_path / "h.json",
        {"id": "u1", "exact": "met on Tuesday", "start": page + text.index("met on")},
        {"id": "u2", "exact": "Later", "start": page + text.index("Later")},
        # no context: only the position (relative to where the story starts) says which
        {"id": "t1", "exact": "Lee spoke", "start": page + text.index("Lee spoke again")})
    assert main(["import", str(export), "--into", str(path)]) == 0
    assert ("Lee spoke", 2) in _anchors(path)


def test_line_breaks_tabs_and_page_furniture_in_the_selector_do_not_matter(
        write_story: WriteStory, tmp_path: Path) -> None:
    path = write_story()
    export = _hypothesis(
        tmp_path / "h.json",
        # the page showed a <br> where the story has a blank line; the prefix holds
        # a caption and a tab
        {"id": "b1", "exact": "start for everyone.” “We will not stop,",
         "prefix": "Photo: City Hall\tsaid the plan was “a good "},
        {"id": "b2", "exact": "the council voted", "prefix": "on Tuesday;\n\n",
         "suffix": " later.\n\nShare this"})
    assert main(["import", str(export), "--into", str(path)]) == 0
    anchors = [a for a, _ in _anchors(path)]
    assert "start for everyone.”\n\n“We will not stop," in anchors
    assert "the council voted" in anchors


def test_a_copy_edited_passage_beats_an_exact_copy_elsewhere(write_story: WriteStory,
                                                            tmp_path: Path) -> None:
    text = ("Jane Doe said the council met on Tuesday and voted to close the library early. "
            "Residents objected.\n\nPull quote: voted to close the library\n")
    path = write_story(text=text)
    # made on the story before the copy edit ("voted to close the library early"),
    # whose words the pull quote still repeats exactly
    export = _hypothesis(tmp_path / "h.json", {
        "id": "c1", "exact": "voted to shut the library",
        "prefix": "the council met on Tuesday and ", "suffix": " early. Residents"})
    assert main(["import", str(export), "--into", str(path)]) == 0
    anchors = _anchors(path)
    assert anchors == [("voted to close the library", 1)]  # the first, in the story


def test_a_short_quote_that_changed_is_not_imported_onto_another_word(
        write_story: WriteStory, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_story()
    export = _hypothesis(tmp_path / "h.json", {
        "id": "s1", "exact": "Dole", "prefix": "“We will not stop,” said ",
        "suffix": "’s spokesperson"})
    before = path.read_bytes()
    # "Doe" is there, with the context: the name was corrected, the note follows it
    assert main(["import", str(export), "--into", str(path)]) == 0
    assert ("Doe", None) in _anchors(path) or ("Doe", 2) in _anchors(path)
    path.write_bytes(before)
    export = _hypothesis(tmp_path / "h2.json", {
        "id": "s2", "exact": "Dole", "prefix": "unrelated words ", "suffix": " more"})
    assert main(["import", str(export), "--into", str(path)]) == 1
    assert "A401" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_range_selector_quoting_its_first_and_last_words_is_anchored(
        write_story: WriteStory, tmp_path: Path) -> None:
    path = write_story()
    export = tmp_path / "w3c.json"
    export.write_text(json.dumps({
        "@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/a1",
        "type": "Annotation", "motivation": "commenting",
        "body": {"type": "TextualBody", "value": "Who is speaking here?"},
        "target": {"source": "https://example.org/s", "selector": {
            "type": "RangeSelector",
            "startSelector": {"type": "TextQuoteSelector", "exact": "“We will",
                              "prefix": "for everyone.”\n\n"},
            "endSelector": {"type": "TextQuoteSelector", "exact": "Ann Lee.",
                            "suffix": " The council"}}}}), "utf-8")
    assert main(["import", str(export), "--into", str(path)]) == 0
    assert _anchors(path) == [("“We will not stop,” said Doe’s spokesperson Ann Lee.", None)]


def test_a_range_selector_by_xpath_alone_is_skipped_with_its_reason(
        write_story: WriteStory, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_story()
    export = tmp_path / "h.json"
    export.write_text(json.dumps([{
        "id": "x1", "text": "A note.", "uri": "https://example.org/s",
        "target": [{"source": "https://example.org/s", "selector": [
            {"type": "RangeSelector", "startContainer": "/main[1]/p[2]", "startOffset": 0,
             "endContainer": "/main[1]/p[2]", "endOffset": 12}]}]}]), "utf-8")
    before = path.read_bytes()
    main(["import", str(export), "--into", str(path)])
    out = capsys.readouterr()
    assert "XPath" in out.out + out.err
    assert path.read_bytes() == before
