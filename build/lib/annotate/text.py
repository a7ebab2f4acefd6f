"""Story text helpers: typographic normalisation with an offset map, and line:column.

Instructors type quotes with straight apostrophes and hyphens; the published story
has curly quotes, em dashes, non-breaking spaces and sometimes NFD accents or soft
hyphens.  :func:`normalise` folds all of those to one plain form *and* remembers, for
every character of the folded text, where it came from, so a match found in the
folded text maps back to exact offsets in the original.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

#: Characters folded to a plain equivalent before matching.
_FOLD = {
    **dict.fromkeys("‘’‚‛′`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...",
}
#: Spaces of every width fold to one ASCII space (and runs of them collapse).
_SPACES = frozenset(" \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
#: Invisible characters dropped before matching (reported by the checks, never silently).
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
#: Bidirectional controls: they can make text display differently from what it is.
BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


@dataclass(frozen=True)
class Folded:
    """Normalised text and, for each of its characters, the original unit it came from."""

    text: str
    starts: tuple[int, ...]  # original offset where folded[i]'s unit starts
    ends: tuple[int, ...]  # original offset where folded[i]'s unit ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty [start, end) span of the folded text to the original text."""
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> Folded:
    """Fold typography, spaces, invisibles and Unicode composition (NFC), keeping offsets."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1  # a base character with its combining marks forms one unit
        if ch in INVISIBLE or ch in BIDI:
            i = j
            continue
        if ch in _SPACES:
            if out and out[-1] == " ":
                i = j
                continue
            out.append(" ")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        unit = text[i:j] if j - i > 1 else ch
        folded = _FOLD.get(unit)
        if folded is None:
            folded = unicodedata.normalize("NFC", unit) if j - i > 1 else unit
        for c in folded:
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    return Folded("".join(out), tuple(starts), tuple(ends))


_PLAIN = re.compile(r"[ -~]*")  # printable ASCII: nothing to fold but runs of spaces
_SPACE_RUN = re.compile(r" {2,}")


def fold(text: str) -> str:
    """The folded form only, stripped of outer spaces (for needles such as anchors)."""
    if _PLAIN.fullmatch(text) and "`" not in text:
        return _SPACE_RUN.sub(" ", text).strip()
    return normalise(text).text.strip()


def show_invisible(text: str) -> str:
    """Make invisible and bidi characters visible as ``<U+202E>`` for diagnostics."""
    return "".join(f"<U+{ord(c):04X}>" if c in INVISIBLE or c in BIDI else c for c in text)


class LineIndex:
    """Offset ↔ 1-based line:column for a text (columns in code points)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _starts(self) -> list[int]:
        starts = [0]
        pos = self.text.find("\n")
        while pos >= 0:
            starts.append(pos + 1)
            pos = self.text.find("\n", pos + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self._starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end]


def excerpt(text: str, start: int, end: int, width: int = 30) -> str:
    """``…context [match] context…`` on one line, for listing matches in diagnostics."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    shown = f"{left}[{text[start:end]}]{right}"
    shown = " ".join(shown.split())
    return ("…" if start > width else "") + shown + ("…" if end + width < len(text) else "")
