"""From words selected on the page to an anchor an instructor would have typed well.

The page sends the selection as offsets into the story's text. The anchor is the
selected words verbatim (curly quotes, dashes and all), snapped outwards to whole words,
with the least context that makes it select exactly that place: nothing when the words
occur once; else the shortest prefix (whole words before it), else the shortest suffix,
else ``occurrence``. Every candidate is checked with the resolver ``annotate check``
uses, so the anchor written is one the checker accepts and that selects the same span.

A selection is refused, with a reason, when it is empty, spans paragraphs, or touches
words masked under a content warning (the page shows them hidden: reveal them first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..anchoring import StoryText, resolve
from ..models import Anchor
from ..text import fold

#: Most words of context tried before falling back to ``occurrence``.
MAX_CONTEXT_WORDS = 8
_WORD_CHAR = re.compile(r"[\w’'‐-]")


class Refused(Exception):
    """Why the selection cannot be an anchor, in words for the page's panel."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True)
class Placed:
    """An anchor and the span of the story it selects."""

    anchor: Anchor
    start: int
    end: int

    def fields(self) -> dict[str, object]:
        """The anchor's keys as an annotation file writes them (unset ones left out)."""
        return {k: v for k, v in self.anchor.model_dump().items() if v is not None}


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space, then widen to whole words ("ayor Hanc" → "Mayor Hancock")."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if end < start:
        start, end = end, start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    while start > 0 and _WORD_CHAR.match(text[start - 1]) and _WORD_CHAR.match(text[start]):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text[end]) and _WORD_CHAR.match(text[end - 1]):
        end += 1
    return start, end


def anchor_for(text: str, start: int, end: int, *,
               masks: Sequence[tuple[int, int]] = ()) -> Placed:
    """The anchor for the words selected between ``start`` and ``end``."""
    start, end = snap(text, start, end)
    if start == end:
        raise Refused("the selection holds no words", "select the words to annotate")
    if "\n" in text[start:end]:
        raise Refused("the selection runs over more than one paragraph",
                      "annotate one paragraph's words at a time")
    if any(a < end and start < b for a, b in masks):
        raise Refused("the selection touches words masked under a content warning",
                      "reveal the masked words first, or select the words around them")
    story = StoryText(text)
    words = text[start:end]
    wanted = (start, end)
    if _selects(Anchor(text=words), story) == wanted:
        return Placed(Anchor(text=words), start, end)
    before = list(re.finditer(r"\S+", text[max(0, start - 400):start]))
    after = list(re.finditer(r"\S+", text[end:end + 400]))
    for n in range(1, MAX_CONTEXT_WORDS + 1):
        if n <= len(before):
            first = before[-n].start() + max(0, start - 400)
            prefix = text[first:start]
            if "\n" not in prefix and _selects(Anchor(text=words, prefix=prefix),
                                               story) == wanted:
                return Placed(Anchor(text=words, prefix=prefix), start, end)
        if n <= len(after):
            suffix = text[end:end + after[n - 1].end()]
            if "\n" not in suffix and _selects(Anchor(text=words, suffix=suffix),
                                               story) == wanted:
                return Placed(Anchor(text=words, suffix=suffix), start, end)
    places = [m.start for m in story.find_all(words)]
    if start in places:
        anchor = Anchor(text=words, occurrence=places.index(start) + 1)
        if _selects(anchor, story) == wanted:
            return Placed(anchor, start, end)
    raise Refused("no anchor selects exactly these words",
                  "select a few more words around them")


def _selects(anchor: Anchor, story: StoryText) -> tuple[int, int] | None:
    """The one exact span the anchor selects, or None (ambiguous, normalised, absent)."""
    found = resolve(anchor, story)
    m = found.match
    if m is None or m.normalised or found.problems:
        return None
    return m.start, m.end


@dataclass(frozen=True)
class Occurrence:
    """One place typed words occur, with the words around it to tell places apart."""

    start: int
    end: int
    before: str
    after: str


#: How many places ``find`` lists at most (typing more words narrows them down).
MAX_OCCURRENCES = 25


def find(text: str, words: str, masks: Sequence[tuple[int, int]] = (),
         width: int = 40) -> list[Occurrence]:
    """Where the typed ``words`` occur: exactly, else with typography folded (straight
    quotes for curly, one space for many), else ignoring case. The way to select words
    from the keyboard. Masked words in the context are shown as ``■■■``."""
    words = words.strip()
    if not words:
        raise Refused("no words typed", "type some words of the story")
    story = StoryText(text)
    matches = [(m.start, m.end) for m in story.find_all(words)]
    if not matches:
        folded, needle = story.folded, " ".join(words.split())
        lower, target = folded.text.lower(), fold(needle).lower()
        if target and len(lower) == len(folded.text):
            at = lower.find(target)
            while at >= 0 and len(matches) < MAX_OCCURRENCES:
                matches.append(folded.span(at, at + len(target)))
                at = lower.find(target, at + 1)
    if not matches:
        raise Refused(f"“{words}” is not in the story",
                      "type the words as the story has them, or select them with the mouse")

    def shown(start: int, end: int) -> str:
        out, at = [], start
        for m_start, m_end in sorted(masks):
            if m_end <= at or m_start >= end:
                continue
            out.append(text[at:max(at, m_start)])
            out.append("■■■")
            at = max(at, min(m_end, end))
        out.append(text[at:end])
        return re.sub(r"\s+", " ", "".join(out))

    found = []
    for start, end in matches[:MAX_OCCURRENCES]:
        left, right = max(0, start - width), min(len(text), end + width)
        if left:  # whole words of context
            left = next((i + 1 for i in range(left, start) if text[i].isspace()), start)
        if right < len(text):
            right = next((i for i in range(right, end, -1) if text[i].isspace()), end)
        found.append(Occurrence(start, end,
                                ("…" if left else "") + shown(left, start),
                                shown(end, right) + ("…" if right < len(text) else "")))
    return found
