"""The story renderer on its own: nesting, escaping, and the text kept verbatim."""

from __future__ import annotations

from bs4 import BeautifulSoup

from annotate.check import check_file
from annotate.html import _emit, _paragraph_spans, _Span, render_story, speaker_rows
from annotate.models import DirectQuote, Entity

from .conftest import WriteStory


def test_text_after_the_last_mark_of_a_paragraph_is_kept() -> None:
    text = "A b c d.\n\nE f."
    spans = [*_paragraph_spans(text), _Span(4, 5, "mention", "<a>", "<a>", "</a>")]
    assert _emit(text, spans) == ('<p data-ann-at="0">A b <a>c</a> d.</p>\n'
                                  '<p data-ann-at="10">E f.</p>\n')


def test_crossing_spans_are_split_into_nested_pieces() -> None:
    text = "one two three four"
    note = _Span(0, 7, "note", '<span id="n">', "<span>", "</span>", "[1]")
    quote = _Span(4, 13, "quote", '<q id="q">', "<q>", "</q>", "[tag]")
    html = _emit(text, [*_paragraph_spans(text), note, quote])
    assert html == ('<p data-ann-at="0"><span id="n">one <q id="q">two</q></span>[1]'
                    '<q> three</q>[tag] four</p>\n')


def test_paragraphs_say_where_they_start_in_utf16_units() -> None:
    """The authoring panel counts offsets as browsers do: an emoji is two units."""
    text = "a 😀 b\n\nc"
    assert [s.open_first for s in _paragraph_spans(text)] == [
        '<p data-ann-at="0">', '<p data-ann-at="8">']


def test_a_span_across_paragraphs_is_split_at_the_paragraph_end() -> None:
    text = "ab cd\n\nef gh"
    quote = _Span(3, 9, "quote", '<q id="q">', "<q>", "</q>", "[tag]")
    html = _emit(text, [*_paragraph_spans(text), quote])
    assert html == ('<p data-ann-at="0">ab <q id="q">cd</q></p>\n'
                    '<p data-ann-at="7"><q>ef</q>[tag] gh</p>\n')


def test_names_and_quotes_are_escaped_everywhere(write_story: WriteStory) -> None:
    text = 'Jane Doe and Dr "<b>Evil</b>" said “</script><script>alert(1)</script>” today.\n'
    path = write_story(
        '  - id: evil\n    name: \'"<b>Evil</b>"\'\n    type: person\n'
        '    description: "<img src=x onerror=alert(1)>"\n'
        "quotes:\n  - id: q1\n    kind: direct\n    speaker: evil\n"
        '    text: "</script><script>alert(1)</script>"\n', text=text, dedent=False)
    result = check_file(path)
    assert result.errors == [], result.errors
    assert result.story is not None
    html = render_story(result.story, "s")
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    page = BeautifulSoup(html, "html.parser")
    assert page.select_one(".ann-whoswho .ann-entity-name").get_text() == '"<b>Evil</b>"'
    assert page.select_one(".ann-text .ann-quote").get_text() == \
        "“</script><script>alert(1)</script>”"


def test_speaker_rows_count_quoted_and_paraphrased_words() -> None:
    entities = {"a": Entity(id="a", name="Ann", type="person", description="d")}
    quotes = [DirectQuote(id="q1", kind="direct", speaker="a", text="one two three"),
              DirectQuote(id="q2", kind="direct", speaker="b", text="it’s four words, ok")]
    rows = speaker_rows(quotes, entities)
    assert [(r.name, r.quoted_words) for r in rows] == [("b", 4), ("Ann", 3)]


def test_written_quotes_name_their_medium_in_words(write_story: WriteStory) -> None:
    path = write_story("""\
        quotes:
          - id: q1
            kind: written
            medium: press-release
            speaker: jane-doe
            text: a good start for everyone.
          - id: q2
            kind: written
            medium: article
            speaker: jane-doe
            text: We will not stop,
        """)
    result = check_file(path)
    assert result.errors == [], result.errors
    page = BeautifulSoup(render_story(result.story, "s"), "html.parser")  # type: ignore[arg-type]
    tags = [t.get_text(strip=True) for t in page.select(".ann-text .ann-quote-tag")]
    assert tags == ["Jane Doe · written (press release)", "Jane Doe · written (article)"]


def test_every_medium_of_real_reporting_is_accepted(write_story: WriteStory) -> None:
    for medium in ("article", "broadcast", "interview", "press-release", "court-document",
                   "report", "social-post", "tweet", "statement"):
        path = write_story(f"""\
            quotes:
              - id: q1
                kind: written
                medium: {medium}
                speaker: jane-doe
                text: a good start for everyone.
            """)
        assert check_file(path).errors == [], medium


def test_notes_are_numbered_in_the_order_their_markers_appear(write_story: WriteStory) -> None:
    # "long" starts first but its marker comes after the one of "inner", which it holds;
    # "later" is in the second paragraph and listed first in the file.
    path = write_story("""\
        notes:
          - id: later
            kind: context
            title: Later
            anchor: {text: "The council met on Tuesday"}
            body: b
          - id: long
            kind: context
            title: Long
            anchor: {text: "Jane Doe, the mayor of Springfield"}
            body: b
          - id: inner
            kind: context
            title: Inner
            anchor: {text: "the mayor"}
            body: b
        """)
    result = check_file(path)
    assert result.errors == [], result.errors
    page = BeautifulSoup(render_story(result.story, "s"), "html.parser")  # type: ignore[arg-type]
    markers = [(m["data-note"], m.get_text(), m["aria-label"])
               for m in page.select(".ann-text .ann-note-ref")]
    assert markers == [("inner", "1", "Note 1"), ("long", "2", "Note 2"), ("later", "3", "Note 3")]
    endnotes = [li["data-note"] for li in page.select(".ann-notes li")]
    assert endnotes == ["inner", "long", "later"]


def test_the_story_text_carries_no_label_a_screen_reader_would_read(
        write_story: WriteStory) -> None:
    path = write_story("""\
        quotes:
          - id: q1
            kind: direct
            speaker: jane-doe
            text: a good start for everyone.
          - id: q2
            kind: indirect
            speaker: jane-doe
            text: the plan was
        """)
    result = check_file(path)
    assert result.errors == [], result.errors
    page = BeautifulSoup(render_story(result.story, "s"), "html.parser")  # type: ignore[arg-type]
    text = page.select_one(".ann-text")
    assert text.select("a.ann-mention") == []  # names are not links
    for tag in text.select(".ann-quote-tag"):
        assert tag["aria-hidden"] == "true"  # seen, not read into the sentence
    # a quote inside quotation marks is heard by them; a paraphrase is a <mark>
    assert text.select_one('[data-quote="q1"]').name == "span"
    assert text.select_one('[data-quote="q2"]').name == "mark"
