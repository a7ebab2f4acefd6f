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
