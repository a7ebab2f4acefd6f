"""What the explorer shows, computed once: every view of a story (or of the collection).

The notebook explorer (:mod:`annotate.widgets`) must work in the static book, where
no kernel runs, so nothing here is computed on demand: a story is turned into a fixed
list of :class:`View` objects per layer (one for every entity, speaker or note, plus an
"all" view), each holding the passages to show with their highlights.  The widgets
then only switch between views.  This module is plain Python, with no ipywidgets
import, so it is tested like the rest of the library.

Passages are whole paragraphs with the selected spans marked (``<mark>``); words under
a content warning stay masked here, since the explorer has no "show" control of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .check import AnchoredStory, check_file, discover
from .diagnostics import Diagnostic
from .html import KIND_LABELS, NOTE_LABELS, TYPE_LABELS, a, quote_label, t
from .markdown import to_html
from .masking import mask_plain, masked_words
from .models import Quote

#: The layers, in the order the explorer offers them.
LAYERS: dict[str, str] = {
    "entities": "People & organisations",
    "quotes": "Quotes by speaker",
    "notes": "Context notes",
}

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
MASK = "▇▇▇"
#: Read by screen readers, not shown: a mark's title is not announced by all of them.
#: Inline, because a live notebook shows the views without the book's stylesheet.
_VISUALLY_HIDDEN = ("position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;"
                    "clip:rect(0,0,0,0);white-space:nowrap;border:0")
_KIND_PLURALS = {"written": "written"}  # "3 written", not "3 writtens"


@dataclass(frozen=True)
class Highlight:
    """A span [start, end) of the story text to mark, with a label for screen readers."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Passage:
    """One paragraph of the story with the spans of the current view marked."""

    number: int  # 1-based paragraph number, as a student counts them
    html: str


@dataclass(frozen=True)
class View:
    """One choice of the explorer: what is highlighted, and what is listed beside it."""

    layer: str
    key: str  # entity id, speaker id, note id, or "all"
    label: str  # the text of the choice in the drop-down
    summary: str  # one line above the passages (HTML)
    passages: tuple[Passage, ...]
    items: tuple[str, ...] = ()  # quotes or notes listed under the passages (HTML)

    def html(self) -> str:
        """The whole view as an HTML fragment (escaped; safe for an HTML widget)."""
        out = [f'<div class="ann-x-view" data-layer="{a(self.layer)}" data-key="{a(self.key)}">',
               f'<p class="ann-x-summary">{self.summary}</p>']
        if self.passages:
            out.append('<div class="ann-x-passages">')
            out.extend(p.html for p in self.passages)
            out.append("</div>")
        else:
            out.append("<p><em>Nothing in the text to show.</em></p>")
        if self.items:
            out.append(f'<ul class="ann-x-items">{"".join(self.items)}</ul>')
        out.append("</div>")
        return "\n".join(out)


@dataclass
class StoryViews:
    """Every view of one story, by layer, in the order the explorer lists them."""

    story: AnchoredStory
    layers: dict[str, list[View]] = field(default_factory=dict)
    #: quote id → its list item (kind, words with masked words hidden, cue)
    quote_items: dict[str, str] = field(default_factory=dict)

    @property
    def headline(self) -> str:
        """The headline, a masked word in it shown as the mask (as on the story page)."""
        return mask_plain(self.story.annotation.story.headline, masked_words(self.story))

    @property
    def slug(self) -> str:
        """The annotation file's name without its suffix, as the story's page is named."""
        return self.story.yaml_path.stem

    def view(self, layer: str, key: str) -> View:
        return _find_view(self.layers[layer], key, f" in layer '{layer}'")

    def warning_html(self) -> str:
        """Content warnings, shown above the explorer as on the story page."""
        labels = [t(w.label) for w in self.story.annotation.content_warnings]
        if not labels:
            return ""
        masked = " Masked words stay hidden here; the story page can reveal them." \
            if any(self.story.masks.values()) else ""
        return (f'<p class="ann-x-warning" role="note"><strong>Content warning:</strong> '
                f'{"; ".join(labels)}.{masked}</p>')


def _find_view(views: Iterable[View], key: str, where: str = "") -> View:
    found = next((v for v in views if v.key == key), None)
    if found is None:
        raise KeyError(f"no view '{key}'{where}")
    return found


class _Paragraphs:
    """The story's paragraphs, and the masked spans, for cutting passages out of it."""

    def __init__(self, story: AnchoredStory) -> None:
        self.text = story.text
        self.spans = [m.span() for m in _PARAGRAPH.finditer(story.text)]
        self.starts = [s for s, _ in self.spans]
        self.masks = sorted((m.start, m.end) for ms in story.masks.values() for m in ms)

    def index(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def passages(self, highlights: Iterable[Highlight]) -> tuple[Passage, ...]:
        by_paragraph: dict[int, list[Highlight]] = defaultdict(list)
        for h in highlights:
            by_paragraph[self.index(h.start)].append(h)
        return tuple(self._passage(i, sorted(hs, key=lambda h: (h.start, -h.end)))
                     for i, hs in sorted(by_paragraph.items()))

    def _passage(self, index: int, highlights: list[Highlight]) -> Passage:
        start, end = self.spans[index]
        # Cut points: highlight and mask boundaries inside this paragraph.
        marks = [(max(h.start, start), min(h.end, end), h.label) for h in highlights]
        marks = _drop_overlaps(marks)
        masks = [(max(s, start), min(e, end)) for s, e in self.masks if s < end and e > start]
        out: list[str] = []
        pos = start
        for m_start, m_end, label in marks:
            out.append(self._masked(pos, m_start, masks))
            out.append(f'<mark title="{a(label)}">{self._masked(m_start, m_end, masks)}'
                       f'<span class="ann-x-spoken" style="{_VISUALLY_HIDDEN}"> ({t(label)})'
                       '</span></mark>')
            pos = m_end
        out.append(self._masked(pos, end, masks))
        body = "".join(out).replace("\n", "<br>")
        return Passage(index + 1, f'<p class="ann-x-passage"><span class="ann-x-para">'
                                  f'¶{index + 1}</span> {body}</p>')

    def snippet(self, start: int, end: int) -> str:
        """Escaped text of [start, end), masked words hidden."""
        masks = [(s, e) for s, e in self.masks if s < end and e > start]
        return self._masked(start, end, masks)

    def _masked(self, start: int, end: int, masks: list[tuple[int, int]]) -> str:
        """Escaped text of [start, end), with masked words replaced by a visible block."""
        out, pos = [], start
        for m_start, m_end in masks:
            if m_end <= pos or m_start >= end:
                continue
            out.append(t(self.text[pos:max(pos, m_start)]))
            out.append(f'<span class="ann-x-mask" title="masked word" role="img" '
                       f'aria-label="masked word">{MASK}</span>')
            pos = max(pos, min(m_end, end))
        out.append(t(self.text[pos:end]))
        return "".join(out)


def _drop_overlaps(marks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep marks in order, merging any that overlap (a mark cannot nest in HTML here)."""
    kept: list[tuple[int, int, str]] = []
    for start, end, label in marks:
        if kept and start < kept[-1][1]:
            prev = kept[-1]
            kept[-1] = (prev[0], max(prev[1], end), prev[2])
        else:
            kept.append((start, end, label))
    return kept


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def story_views(story: AnchoredStory) -> StoryViews:
    """Every view of ``story`` (computed eagerly: the static book cannot ask again)."""
    paragraphs = _Paragraphs(story)
    annotation = story.annotation
    entities = {e.id: e for e in annotation.entities}
    counts = story.mention_counts()
    views = StoryViews(story)
    for q in annotation.quotes:
        m = story.quotes.get(q.id)
        # An anchored quote is shown from the story text, so masked words stay hidden.
        words = paragraphs.snippet(m.start, m.end) if m else t(q.text)
        views.quote_items[q.id] = _quote_item(q.kind, words, cue=q.cue,
                                              medium=getattr(q, "medium", None))

    # People & organisations: all mentions, then one entity at a time (most mentioned first).
    mentions = [Highlight(m.start, m.end, entities[m.entity].name) for m in story.mentions]
    entity_views = [View("entities", "all", f"All ({len(annotation.entities)} names)",
                         f"Every mention of the {_plural(len(annotation.entities), 'name')} "
                         f"the instructor annotated: {_plural(len(mentions), 'mention')}.",
                         paragraphs.passages(mentions))]
    for e in sorted(annotation.entities, key=lambda e: (-counts[e.id], e.name)):
        spans = [Highlight(m.start, m.end, e.name) for m in story.mentions if m.entity == e.id]
        role = f" — {t(e.role)}" if e.role else ""
        quotes = [q for q in annotation.quotes if q.speaker == e.id]
        items = tuple(views.quote_items[q.id] for q in quotes)
        entity_views.append(View(
            "entities", e.id,
            f"{e.name} ({TYPE_LABELS[e.type].lower()}, {_plural(counts[e.id], 'mention')})",
            f"<strong>{t(e.name)}</strong> · {t(TYPE_LABELS[e.type])}{role}. "
            f"{to_html(e.description, inline=True)} "
            f"Mentioned {_plural(counts[e.id], 'time')}"
            + (f", quoted {_plural(len(quotes), 'time')}." if quotes else "."),
            paragraphs.passages(spans), items))
    views.layers["entities"] = entity_views

    # Quotes: all of them, then by speaker (most quoted words first, as in the chart).
    def quote_highlight(quote_id: str, speaker: str, kind: str) -> Highlight | None:
        m = story.quotes.get(quote_id)
        name = entities[speaker].name if speaker in entities else speaker
        return Highlight(m.start, m.end, f"{name}, {KIND_LABELS[kind]}") if m else None

    all_quotes = [h for q in annotation.quotes
                  if (h := quote_highlight(q.id, q.speaker, q.kind)) is not None]
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for q in annotation.quotes:
        by_speaker[q.speaker].append(q)
    kinds = Counter(q.kind for q in annotation.quotes)
    quote_views = [View("quotes", "all", f"All ({len(annotation.quotes)} quotes)",
                        f"{_plural(len(annotation.quotes), 'quote')} from "
                        f"{_plural(len(by_speaker), 'speaker')}: "
                        + ", ".join(_plural(n, KIND_LABELS[k], _KIND_PLURALS.get(k))
                                    for k, n in sorted(kinds.items()))
                        + ".", paragraphs.passages(all_quotes))]
    words = {s: sum(len(q.text.split()) for q in qs) for s, qs in by_speaker.items()}
    for speaker in sorted(by_speaker, key=lambda s: (-words[s], s)):
        quotes = by_speaker[speaker]
        name = entities[speaker].name if speaker in entities else speaker
        spans = [h for q in quotes if (h := quote_highlight(q.id, speaker, q.kind)) is not None]
        quote_views.append(View(
            "quotes", speaker, f"{name} ({_plural(len(quotes), 'quote')})",
            f"<strong>{t(name)}</strong>: {_plural(len(quotes), 'quote')}, "
            f"{_plural(words[speaker], 'word')}.",
            paragraphs.passages(spans),
            tuple(views.quote_items[q.id] for q in quotes)))
    views.layers["quotes"] = quote_views

    # Context notes: all of them, then each one in the order it appears in the text.
    placed = sorted(annotation.notes, key=lambda n: story.notes[n.id].start
                    if n.id in story.notes else 1 << 62)
    note_spans = {n.id: Highlight(story.notes[n.id].start, story.notes[n.id].end, n.title)
                  for n in placed if n.id in story.notes}
    note_views = [View("notes", "all", f"All ({len(placed)} notes)",
                       f"{_plural(len(placed), 'note')} on the story.",
                       paragraphs.passages(note_spans.values()),
                       tuple(f"<li><strong>{i}. {t(n.title)}</strong> "
                             f'<span class="ann-x-badge">{t(NOTE_LABELS[n.kind])}</span></li>'
                             for i, n in enumerate(placed, 1)))]
    for i, n in enumerate(placed, 1):
        spans = [note_spans[n.id]] if n.id in note_spans else []
        links = "".join(f'<li><a href="{a(link.url)}">{t(link.title)}</a></li>'
                        for link in n.links)
        correct = (f"<p>Should read: {t(n.correct)}</p>" if n.kind == "correction" else "")
        note_views.append(View(
            "notes", n.id, f"{i}. {n.title}",
            f"<strong>{i}. {t(n.title)}</strong> · {t(NOTE_LABELS[n.kind])}",
            paragraphs.passages(spans),
            (f"<li>{to_html(n.body)}{correct}"
             + (f"<ul>{links}</ul>" if links else "") + "</li>",)))
    views.layers["notes"] = note_views
    return views


def _quote_item(kind: str, words_html: str, *, cue: str | None = None,
                medium: str | None = None) -> str:
    label = quote_label(kind, medium)
    said = f" — {t(cue)}" if cue else ""
    return f'<li><span class="ann-x-badge">{t(label)}</span> <q>{words_html}</q>{said}</li>'


# -- the whole collection ----------------------------------------------------------------

@dataclass(frozen=True)
class Appearance:
    """One entity in one story: how often it is named and what it is quoted saying."""

    headline: str
    entity_name: str
    mentions: int
    passages: tuple[Passage, ...]
    quotes: tuple[str, ...]


@dataclass
class CollectionViews:
    """Entities across stories, grouped by Wikidata id (or by name), one view each."""

    stories: list[StoryViews]
    problems: list[Diagnostic] = field(default_factory=list)
    views: list[View] = field(default_factory=list)

    def view(self, key: str) -> View:
        return _find_view(self.views, key)


def entity_key(name: str, wikidata: str | None) -> str:
    """The identity of an entity across stories: its Wikidata id, else its folded name."""
    return wikidata or "name:" + " ".join(name.casefold().split())


def collection_views(stories: Sequence[StoryViews],
                     problems: Sequence[Diagnostic] = ()) -> CollectionViews:
    """One view per entity across ``stories``: which stories name it, and how."""
    appearances: dict[str, list[Appearance]] = defaultdict(list)
    names: dict[str, str] = {}
    types: dict[str, str] = {}
    for sv in stories:
        story = sv.story
        counts = story.mention_counts()
        for e in story.annotation.entities:
            key = entity_key(e.name, e.wikidata)
            names.setdefault(key, e.name)
            types.setdefault(key, e.type)
            view = sv.view("entities", e.id)
            quotes = tuple(sv.quote_items[q.id] for q in story.annotation.quotes
                           if q.speaker == e.id)
            appearances[key].append(Appearance(sv.headline, e.name, counts[e.id],
                                               view.passages, quotes))
    result = CollectionViews(list(stories), list(problems))
    order = sorted(appearances, key=lambda k: (-len(appearances[k]),
                                               -sum(x.mentions for x in appearances[k]),
                                               names[k].casefold()))
    for key in order:
        apps = appearances[key]
        total = sum(x.mentions for x in apps)
        passages: list[Passage] = []
        items = []
        for app in apps:
            quoted = f", quoted {_plural(len(app.quotes), 'time')}" if app.quotes else ""
            items.append(f"<li><strong>{t(app.headline)}</strong>: "
                         f"{_plural(app.mentions, 'mention')}{quoted}"
                         + (f'<ul>{"".join(app.quotes)}</ul>' if app.quotes else "") + "</li>")
            heading = Passage(0, f'<h3 class="ann-x-story">{t(app.headline)}</h3>')
            passages.extend((heading, *app.passages))
        result.views.append(View(
            "collection", key,
            f"{names[key]} ({_plural(len(apps), 'story', 'stories')}, {_plural(total, 'mention')})",
            f"<strong>{t(names[key])}</strong> · {t(TYPE_LABELS[types[key]])}: named in "
            f"{_plural(len(apps), 'story', 'stories')}, {_plural(total, 'time')} in all.",
            tuple(passages), tuple(items)))
    return result


def load_story_views(path: Path) -> tuple[StoryViews | None, list[Diagnostic]]:
    """Check one annotation file and compute its views; the errors if it has any."""
    result = check_file(path)
    if result.story is None or result.errors:
        return None, result.errors or result.diagnostics
    return story_views(result.story), []


def load_collection(paths: Iterable[Path]) -> CollectionViews:
    """Every annotation file under ``paths`` (broken files are reported, not shown)."""
    stories, problems = [], []
    for path in discover(paths):
        views, errors = load_story_views(path)
        if views is None:
            problems.extend(errors)
        else:
            stories.append(views)
    return collection_views(stories, problems)
