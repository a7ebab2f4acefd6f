"""An anchored story → the HTML a student reads (no Sphinx needed, so it is unit-testable).

The page works without JavaScript: layer switches and the "show masked words"
control are plain checkboxes that CSS reacts to (``:has(:checked)``), notes are
numbered endnotes with links back to their passages, hints and answers are
``<details>``.  ``annotate.js`` only adds popovers and highlighting on top.

Every piece of instructor text is escaped (names, quotes, ids in attributes) or, for
Markdown fields, rendered by :mod:`annotate.markdown`, which cannot emit raw HTML.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from html import escape
from pathlib import Path

from .check import AnchoredStory
from .markdown import to_html
from .masking import mask_fragment, mask_open, masked_words
from .models import Entity, Quote

#: Outer-to-inner order of nested spans that cover the same text.
_RANK = {"para": 0, "note": 1, "question": 2, "quote": 3, "mention": 4, "mask": 5}
TYPE_LABELS = {"person": "Person", "organisation": "Organisation", "group": "Group",
                "place": "Place", "event": "Event", "work": "Work", "other": "Other"}
KIND_LABELS = {"direct": "direct quote", "partial": "partial quote",
                "indirect": "indirect quote", "written": "written"}
#: How the reader names a written quote's medium ("written (press release)").
MEDIUM_LABELS = {"social-post": "social media post", "press-release": "press release",
                 "court-document": "court document", "post": "blog post"}
NOTE_LABELS = {"context": "Context", "definition": "Definition",
                "media-literacy": "Media literacy", "correction": "Correction",
                "artefact": "Not part of the story"}
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def note_numbers(story: AnchoredStory) -> dict[str, int]:
    """Notes numbered in the order their markers appear in the text.

    A marker follows the last word of its passage, so a long passage that starts
    before a short one but ends after it gets the later number; notes that are not
    anchored come last, in file order.
    """
    def place(note_id: str) -> tuple[int, int]:
        m = story.notes.get(note_id)
        return (m.end, -m.start) if m else (1 << 30, 0)

    ordered = sorted(story.annotation.notes, key=lambda n: place(n.id))
    return {n.id: i for i, n in enumerate(ordered, 1)}


def quote_label(kind: str, medium: str | None = None) -> str:
    """'direct quote', or for a written one its medium: 'written (press release)'."""
    if kind == "written" and medium:
        return f"{KIND_LABELS[kind]} ({MEDIUM_LABELS.get(medium, medium)})"
    return KIND_LABELS[kind]


def a(value: object) -> str:
    """Escape a value for an HTML attribute."""
    return escape(str(value), quote=True)


def t(value: object) -> str:
    """Escape a value for HTML text."""
    return escape(str(value), quote=False)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str
    open_first: str
    open_cont: str
    close: str
    after: str = ""  # emitted after the last piece (note marker, quote tag)
    first: bool = True
    last: bool = True

    @property
    def rank(self) -> int:
        return _RANK[self.kind]


def _split_crossing(spans: list[_Span]) -> list[_Span]:
    """Split spans that partly overlap another so that the result nests properly.

    The inner-ranked span of a crossing pair is cut at the outer one's boundary; the
    pieces remember whether they are first/last so ids and markers appear once.
    """
    work = sorted(spans, key=lambda s: (s.start, -s.end, s.rank))
    changed = True
    while changed:
        changed = False
        for i, x in enumerate(work):
            for y in work[i + 1:]:
                if y.start >= x.end:
                    break
                if x.start < y.start < x.end < y.end or (
                        x.start == y.start and y.end > x.end and y.rank < x.rank):
                    outer, inner = (x, y) if x.rank <= y.rank else (y, x)
                    cut = outer.end if inner.start < outer.end < inner.end else outer.start
                    if not inner.start < cut < inner.end:
                        continue
                    left = replace(inner, end=cut, last=False)
                    right = replace(inner, start=cut, first=False)
                    work.remove(inner)
                    work.extend([left, right])
                    work.sort(key=lambda s: (s.start, -s.end, s.rank))
                    changed = True
                    break
            if changed:
                break
    return work


def _emit(text: str, spans: list[_Span]) -> str:
    """Nested spans over ``text`` → HTML, escaping the text between tags."""
    out: list[str] = []
    stack: list[_Span] = []
    pos = 0

    def write_text(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            piece = text[pos:upto]
            if stack and stack[-1].kind != "mask":  # a masked word is never written as text
                out.append(t(piece).replace("\n", "<br>\n"))
            pos = upto

    def close_until(limit: int) -> None:
        while stack and stack[-1].end <= limit:
            write_text(stack[-1].end)
            top = stack.pop()
            out.append(top.close)
            if top.last:
                out.append(top.after)

    for span in _split_crossing(spans):
        close_until(span.start)
        if span.kind != "para" and not stack:
            continue  # the piece of a multi-paragraph span that covers the blank line
        write_text(span.start)
        opening = span.open_first if span.first else span.open_cont
        if span.kind == "mask":  # the word goes in encoded, for the reveal control only
            opening = mask_open(text[span.start:span.end], opening)
        out.append(opening)
        stack.append(span)
    close_until(len(text))
    write_text(len(text))
    return "".join(out)


def _paragraph_spans(text: str) -> list[_Span]:
    spans = []
    units = 0  # UTF-16 units before the paragraph (characters beyond the BMP count twice)
    counted = 0
    for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        units += len(text[counted:m.start()].encode("utf-16-le")) // 2
        counted = m.start()
        opening = f'<p data-ann-at="{units}">'
        spans.append(_Span(m.start(), m.end(), "para", opening, opening, "</p>\n"))
    return spans


class StoryRenderer:
    """Renders one story; ``uid`` prefixes every id so several stories can share a page."""

    def __init__(self, story: AnchoredStory, uid: str, *, print_answers: bool = False,
                 file_digest: str | None = None) -> None:
        self.story = story
        self.file_digest = file_digest
        self.uid = uid
        self.print_answers = print_answers
        self.annotation = story.annotation
        self.entities = {e.id: e for e in self.annotation.entities}
        self.words = masked_words(story)
        self.note_numbers = note_numbers(story)

    def id(self, *parts: str) -> str:
        return "-".join((self.uid, *parts))

    # -- the whole page ------------------------------------------------------------------
    def render(self) -> str:
        masks = any(self.story.masks.values())
        parts = [
            f'<div class="ann-story" id="{a(self.uid)}" data-ann-story'
            + (" data-print-answers" if self.print_answers else "")
            + (f' data-ann-file="{a(Path(self.story.yaml_path).stem)}" '
               f'data-ann-digest="{a(self.file_digest)}"' if self.file_digest else "") + ">",
            self._meta(),
            self._warnings(),
            self._controls(masks),
            # tabindex -1: the skip link moves focus here; N / P work from here on.
            f'<div class="ann-text" lang="{a(self.annotation.story.language)}" '
            f'id="{a(self.id("text"))}" tabindex="-1">',
            mask_fragment(self._text(), self.words),  # occurrences no anchor listed
            "</div>",
            '<div class="ann-popover" role="dialog" aria-modal="false" hidden '
            f'id="{a(self.id("popover"))}" tabindex="-1"></div>',
            # Panels quote the story and the instructor's prose: masked there too.
            mask_fragment(self._notes(), self.words),
            mask_fragment(self._whos_who(), self.words),
            mask_fragment(self._who_said_what(), self.words),
            mask_fragment(self._questions(), self.words),
            "</div>",
        ]
        return "\n".join(p for p in parts if p)

    def _meta(self) -> str:
        meta = self.annotation.story
        when = _format_date(meta.date)
        byline = f" · {t(meta.byline)}" if meta.byline else ""
        topics = "".join(f'<li>{t(topic)}</li>' for topic in meta.topics)
        out = [
            '<div class="ann-meta">',
            f'<p class="ann-source"><span class="ann-outlet">{t(meta.outlet)}</span>{byline} · '
            f'<time datetime="{a(meta.date)}">{t(when)}</time></p>',
        ]
        if topics:
            out.append(f'<ul class="ann-topics" aria-label="Topics">{topics}</ul>')
        if meta.provenance:
            out.append('<details class="ann-provenance"><summary>About this text</summary>'
                       f"{to_html(meta.provenance)}</details>")
        out.append("</div>")
        return "\n".join(out)

    def _warnings(self) -> str:
        out = []
        for w in self.annotation.content_warnings:
            description = to_html(w.description) if w.description else ""
            out.append(
                f'<div class="ann-warning" role="note" aria-labelledby="{a(self.id("cw", w.id))}">'
                f'<p id="{a(self.id("cw", w.id))}"><strong>Content warning:</strong> '
                f"{t(w.label)}</p>{description}</div>")
        return "\n".join(out)

    def _controls(self, masks: bool) -> str:
        boxes = [("entities", "People & organisations"), ("quotes", "Quotes"),
                 ("notes", "Context notes")]
        items = "".join(
            f'<label class="ann-switch"><input type="checkbox" class="ann-layer" '
            f'data-layer="{name}" checked> {t(label)}</label>' for name, label in boxes)
        out = [f'<fieldset class="ann-controls"><legend>Show layers</legend>{items}</fieldset>',
               self._legend()]
        if masks:
            out.append(reveal_control())
        out.append(
            # The script shows it: moves between annotations and says what each one is.
            f'<div class="ann-nav" role="group" aria-label="Annotations" hidden>'
            '<button type="button" class="ann-nav-prev btn btn-sm">Previous annotation</button> '
            '<button type="button" class="ann-nav-next btn btn-sm">Next annotation</button> '
            '<span class="ann-nav-keys">or press <kbd>N</kbd> / <kbd>P</kbd> in the story, '
            '<kbd>Enter</kbd> for details</span>'
            f'<p class="ann-nav-status" id="{a(self.id("nav-status"))}" aria-live="polite"></p>'
            "</div>")
        return "\n".join(out)

    def _legend(self) -> str:
        """What the marks mean: one sample per mark this story uses."""
        types = {e.type for e in self.annotation.entities}
        kinds = {q.kind for q in self.annotation.quotes}
        items = []
        for type_, label, line in (("person", "Person", "solid underline"),
                                   ("organisation", "Organisation or group", "dashed underline"),
                                   ("place", "Place", "dotted underline"),
                                   ("other", "Other name", "thin underline")):
            shown = {type_} | ({"group"} if type_ == "organisation" else set()) | (
                {"event", "work", "other"} if type_ == "other" else set())
            if types & shown:
                items.append(f'<li><span class="ann-mention ann-sample" data-type="{type_}">'
                             f'{t(label)}</span> <span class="ann-legend-how">({line})</span>'
                             "</li>")
        if kinds - {"indirect"}:
            items.append('<li><span class="ann-quote ann-sample" data-kind="direct">Quoted words'
                         '</span> <span class="ann-legend-how">(shaded; the tag after it names '
                         "the speaker)</span></li>")
        if "indirect" in kinds:
            items.append('<li><span class="ann-quote ann-sample" data-kind="indirect">Paraphrase'
                         '</span> <span class="ann-legend-how">(dotted underline)</span></li>')
        if self.story.notes:
            items.append('<li><span class="ann-note-anchor ann-sample">Passage</span>'
                         '<span class="ann-note-ref ann-sample">1</span> '
                         '<span class="ann-legend-how">(a context note; its number opens it)'
                         "</span></li>")
        if not items:
            return ""
        return ('<details class="ann-legend" open><summary>Key to the marks</summary>'
                f'<ul>{"".join(items)}</ul></details>')

    # -- the story text ------------------------------------------------------------------
    def _text(self) -> str:
        story, spans = self.story, _paragraph_spans(self.story.text)
        for note in self.annotation.notes:
            m = story.notes.get(note.id)
            if m is None:
                continue
            n = self.note_numbers[note.id]
            attrs = (f'class="ann-note-anchor" data-note="{a(note.id)}" '
                     f'data-note-kind="{a(note.kind)}"')
            # Heard as "Note 2", not its title: the title is one request away (popover,
            # annotation navigator), not read into the middle of the sentence.
            marker = (f'<a class="ann-note-ref" id="{a(self.id("ref", note.id))}" '
                      f'href="#{a(self.id("note", note.id))}" data-note="{a(note.id)}" '
                      f'aria-label="Note {n}">{n}</a>')
            spans.append(_Span(m.start, m.end, "note", f"<span {attrs}>", f"<span {attrs}>",
                               "</span>", marker))
        for question in self.annotation.questions:
            for i, m in enumerate(story.questions.get(question.id, []), 1):
                open_ = (f'<span class="ann-question-anchor" '
                         f'id="{a(self.id("qa", question.id, str(i)))}">')
                spans.append(_Span(m.start, m.end, "question", open_,
                                   '<span class="ann-question-anchor">', "</span>"))
        for quote in self.annotation.quotes:
            m = story.quotes.get(quote.id)
            if m is None:
                continue
            start, end = m.start, m.end
            # Draw the quotation marks around a quote as part of it, so its tag follows them.
            marked = start > 0 and story.text[start - 1] in "“\"‘" and \
                end < len(story.text) and story.text[end] in "”\"’"
            if marked:
                start, end = start - 1, end + 1
            spans.append(self._quote_span(quote, start, end, marked))
        for mention in story.mentions:
            e = self.entities[mention.entity]
            # Not a link: 41 "link" announcements broke every sentence. Names are one
            # request away (a click, or the annotation navigator on the keyboard).
            open_ = (f'<span class="ann-mention" data-entity="{a(e.id)}" '
                     f'data-type="{a(e.type)}">')
            spans.append(_Span(mention.start, mention.end, "mention", open_, open_, "</span>"))
        for warning_id, matches in story.masks.items():
            for m in matches:
                attrs = f'data-cw="{a(warning_id)}"'  # mask_open adds the rest (see _emit)
                spans.append(_Span(m.start, m.end, "mask", attrs, attrs, "</span>"))
        return _emit(story.text, spans)

    def _quote_span(self, quote: Quote, start: int, end: int, marked: bool) -> _Span:
        """A quote's span. Its speaker and kind are seen in the tag after it and heard on
        request (the annotation navigator), never read into the sentence. A screen reader
        hears where it starts and ends from the story's own quotation marks or, for words
        without them (a paraphrase), from a ``<mark>``, announced as highlighted."""
        speaker = self.entities.get(quote.speaker)
        name = speaker.name if speaker else quote.speaker
        kind = quote_label(quote.kind, getattr(quote, "medium", None))
        element = "span" if marked else "mark"
        attrs = (f'class="ann-quote" data-quote="{a(quote.id)}" data-kind="{a(quote.kind)}" '
                 f'data-speaker="{a(quote.speaker)}" data-label="{a(name)} · {a(kind)}"')
        tag = f'<span class="ann-quote-tag" aria-hidden="true">{t(name)} · {t(kind)}</span>'
        return _Span(start, end, "quote",
                     f'<{element} id="{a(self.id("quote", quote.id))}" {attrs}>',
                     f"<{element} {attrs}>", f"</{element}>", tag)

    # -- notes, panels, questions ----------------------------------------------------------
    def _notes(self) -> str:
        notes = sorted(self.annotation.notes, key=lambda n: self.note_numbers[n.id])
        if not notes:
            return ""
        items = []
        for note in notes:
            n = self.note_numbers[note.id]
            links = "".join(f'<li><a href="{a(link.url)}">{t(link.title)}</a></li>'
                            for link in note.links)
            extra = ""
            if note.kind == "correction":
                extra = f'<p class="ann-correction">Should read: {t(note.correct)}</p>'
            back = ""
            if note.id in self.story.notes:
                back = (f'<a class="ann-backref" href="#{a(self.id("ref", note.id))}">'
                        f'<span aria-hidden="true">↩</span> Back to the text'
                        f'<span class="ann-sr"> of note {n}</span></a>')
            items.append(
                f'<li id="{a(self.id("note", note.id))}" data-note="{a(note.id)}" '
                f'data-note-kind="{a(note.kind)}" value="{n}">'
                f'<p class="ann-note-head"><strong class="ann-note-title">{t(note.title)}</strong>'
                f' <span class="ann-badge">{t(NOTE_LABELS[note.kind])}</span></p>'
                f'<div class="ann-note-body">{to_html(note.body)}{extra}'
                + (f'<ul class="ann-links">{links}</ul>' if links else "")
                + f"</div>{back}</li>")
        return (f'<section class="ann-notes" aria-labelledby="{a(self.id("notes-h"))}">'
                f'<h2 id="{a(self.id("notes-h"))}">Notes</h2><ol>{"".join(items)}</ol></section>')

    def _whos_who(self) -> str:
        counts = self.story.mention_counts()
        items = []
        for e in sorted(self.annotation.entities, key=lambda e: (-counts[e.id], e.name)):
            n = counts[e.id]
            role = f'<p class="ann-role">{t(e.role)}</p>' if e.role else ""
            items.append(
                f'<li id="{a(self.id("entity", e.id))}" data-entity="{a(e.id)}" '
                f'data-type="{a(e.type)}">'
                f'<p class="ann-entity-head"><strong class="ann-entity-name">{t(e.name)}</strong>'
                f' <span class="ann-badge">{t(TYPE_LABELS[e.type])}</span>'
                f' <span class="ann-count">{n} mention{"" if n == 1 else "s"}</span></p>'
                f"{role}{to_html(e.description)}"
                f'<button type="button" class="ann-highlight" data-entity="{a(e.id)}" '
                f'aria-pressed="false" hidden>Highlight mentions of {t(e.name)}</button></li>')
        return (f'<section class="ann-panel ann-whoswho" aria-labelledby="{a(self.id("who-h"))}">'
                f'<h2 id="{a(self.id("who-h"))}">Who’s who</h2><ul>{"".join(items)}</ul></section>')

    def _who_said_what(self) -> str:
        by_speaker: dict[str, list[Quote]] = defaultdict(list)
        for q in self.annotation.quotes:
            by_speaker[q.speaker].append(q)
        if not by_speaker:
            return ""
        rows = speaker_rows(self.annotation.quotes, self.entities)
        groups = []
        for row in rows:
            quotes = by_speaker[row.speaker]
            # Each "in the story" link names its quote for a screen reader's links list.
            items = "".join(
                f'<li><span class="ann-badge">{t(KIND_LABELS[q.kind])}</span> '
                f'<q>{t(q.text)}</q> '
                + (f'<a href="#{a(self.id("quote", q.id))}" data-quote="{a(q.id)}">in the story'
                   f'<span class="ann-sr">: {t(row.name)}, quote {i}</span></a>'
                   if q.id in self.story.quotes else "")
                + "</li>" for i, q in enumerate(quotes, 1))
            groups.append(f'<li data-speaker="{a(row.speaker)}"><p><strong>{t(row.name)}</strong>'
                          f' — {len(quotes)} quote{"" if len(quotes) == 1 else "s"}</p>'
                          f"<ul>{items}</ul></li>")
        return (f'<section class="ann-panel ann-whosaid" aria-labelledby="{a(self.id("said-h"))}">'
                f'<h2 id="{a(self.id("said-h"))}">Who said what</h2>'
                f"{voice_chart(rows, self.id('chart'))}{voice_table(rows)}"
                f'<ul class="ann-speakers">{"".join(groups)}</ul></section>')

    def _questions(self) -> str:
        if not self.annotation.questions:
            return ""
        items = []
        for q in self.annotation.questions:
            label = "Discussion" if q.kind == "discussion" else "Reading"
            parts = [f'<p><span class="ann-badge">{label}</span> {to_html(q.prompt, inline=True)}'
                     "</p>"]
            passages = self.story.questions.get(q.id, [])
            if passages:
                links = ", ".join(f'<a href="#{a(self.id("qa", q.id, str(i)))}">passage {i}</a>'
                                  for i in range(1, len(passages) + 1))
                parts.append(f'<p class="ann-passages">Look at: {links}</p>')
            if q.hint:
                parts.append('<details class="ann-hint"><summary>Hint</summary>'
                             f"{to_html(q.hint)}</details>")
            if q.answer:
                parts.append('<details class="ann-answer"><summary>Model answer</summary>'
                             f"{to_html(q.answer)}</details>")
            items.append(f'<li id="{a(self.id("question", q.id))}">{"".join(parts)}</li>')
        return (f'<section class="ann-questions" aria-labelledby="{a(self.id("q-h"))}">'
                f'<h2 id="{a(self.id("q-h"))}">Questions</h2><ol>{"".join(items)}</ol></section>')


@dataclass(frozen=True)
class SpeakerRow:
    """How much voice one speaker gets: counts of quotes and words by kind."""

    speaker: str
    name: str
    quotes: int
    quoted_words: int  # direct, partial and written: the speaker's own words
    paraphrased_words: int  # indirect: the reporter's words

    @property
    def total(self) -> int:
        return self.quoted_words + self.paraphrased_words


def speaker_rows(quotes: list[Quote], entities: dict[str, Entity]) -> list[SpeakerRow]:
    """Speakers ordered by how many of their own words are quoted (most first)."""
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for q in quotes:
        row = acc[q.speaker]
        row[0] += 1
        row[2 if q.kind == "indirect" else 1] += word_count(q.text)
    rows = [SpeakerRow(s, entities[s].name if s in entities else s, n, quoted, para)
            for s, (n, quoted, para) in acc.items()]
    return sorted(rows, key=lambda r: (-r.quoted_words, -r.total, r.name))


def voice_chart(rows: list[SpeakerRow], uid: str) -> str:
    """A horizontal bar chart in HTML and CSS, drawn at build time (no JS, no network).

    HTML rather than SVG so that the names and numbers stay text at the page's size on
    a phone (an SVG scaled to 375 px shrank them to 8 px) and wrap above their bars
    there. Each bar is solid for the words the speaker is quoted saying and hatched for
    the words the reporter paraphrases; the numbers beside it count both, in that order.
    Screen readers get one image with the same figures in words (and the table after).
    """
    top = max((r.total for r in rows), default=0) or 1
    summary = "; ".join(f"{r.name}: {r.quoted_words} quoted words, {r.paraphrased_words} "
                        "paraphrased" for r in rows)
    bars = []
    for r in rows:
        quoted = 100 * r.quoted_words / top
        paraphrased = 100 * r.paraphrased_words / top
        bars.append(
            f'<div class="ann-bar-row"><span class="ann-bar-name">{t(r.name)}</span>'
            '<span class="ann-bar-track">'
            f'<span class="ann-bar-quoted" style="width: {quoted:.1f}%"></span>'
            f'<span class="ann-bar-paraphrased" style="width: {paraphrased:.1f}%"></span>'
            f'</span><span class="ann-bar-value">{r.quoted_words} + {r.paraphrased_words}'
            "</span></div>")
    return (f'<figure class="ann-chart" aria-labelledby="{a(uid)}-caption">'
            f'<div class="ann-bars" role="img" aria-label="Quoted words by speaker. {a(summary)}">'
            f'{"".join(bars)}</div>'
            f'<figcaption id="{a(uid)}-caption">Words each speaker is quoted saying (solid bar, '
            "first number) and words the reporter paraphrases (hatched bar, second number). "
            "Who is given a voice?</figcaption></figure>")


def voice_table(rows: list[SpeakerRow]) -> str:
    """The chart's numbers as a table, for screen readers and for copying.

    It scrolls inside its own box on a narrow screen (the box is a focusable, named
    region, so the keyboard can scroll it too).
    """
    body = "".join(f"<tr><th scope=\"row\">{t(r.name)}</th><td>{r.quotes}</td>"
                   f"<td>{r.quoted_words}</td><td>{r.paraphrased_words}</td></tr>"
                   for r in rows)
    return ('<details class="ann-chart-table"><summary>The numbers as a table</summary>'
            '<div class="ann-table-scroll" role="region" tabindex="0" '
            'aria-label="Quotes and words by speaker (scrolls)">'
            '<table><caption>Quotes and words by speaker</caption><thead><tr>'
            '<th scope="col">Speaker</th><th scope="col">Quotes</th>'
            '<th scope="col">Quoted words (solid)</th>'
            '<th scope="col">Paraphrased words (hatched)</th>'
            f"</tr></thead><tbody>{body}</tbody></table></div></details>")


def _format_date(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 3:
            d = date(*parts)
            return f"{d.day} {d:%B %Y}"
        if len(parts) == 2:
            return f"{date(parts[0], parts[1], 1):%B %Y}"
    except ValueError:
        return value
    return value


def reveal_control() -> str:
    """"Show masked words": the script writes the words in, so without it there is none."""
    return ('<p class="ann-reveal-control" hidden><label class="ann-switch">'
            '<input type="checkbox" class="ann-reveal"> Show masked words</label></p>')


def render_story(story: AnchoredStory, uid: str, *, print_answers: bool = False,
                 file_digest: str | None = None) -> str:
    """The HTML of one annotated story (``print_answers``: model answers print too).

    ``file_digest`` (the annotation file's SHA-256) and the paragraphs' offsets are
    inert data the preview's authoring panel uses: which file, which version of it, and
    where each paragraph starts in the text (in UTF-16 units, as browsers count)."""
    return StoryRenderer(story, uid, print_answers=print_answers,
                         file_digest=file_digest).render()
