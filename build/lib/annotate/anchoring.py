"""Finding anchors (quoted words) in a story, and explaining why one is not found.

Matching goes from cheap and certain to expensive and tentative: ``str.find`` on the
exact text; then the same on the typographically folded text (curly vs straight
quotes, dashes, spaces — reported as a warning with the exact difference); only when
both fail does rapidfuzz look for the closest passage, for the diagnostic's hint and
for ``annotate fix``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from .models import Anchor
from .text import BIDI, INVISIBLE, Folded, LineIndex, excerpt, fold, normalise, show_invisible

#: A fuzzy candidate must score at least this (0–100) to be offered as "closest passage".
SUGGEST_THRESHOLD = 60.0


@dataclass(frozen=True)
class Match:
    """A span [start, end) of the original story text."""

    start: int
    end: int
    normalised: bool = False


@dataclass(frozen=True)
class Candidate:
    """A fuzzy match: the passage and its similarity to the anchor text (0–100)."""

    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Problem:
    """What went wrong with an anchor; the caller adds the YAML location."""

    code: str
    message: str
    hint: str | None = None
    related: list[str] = field(default_factory=list)


@dataclass
class Resolution:
    """The spans an anchor selects (usually one) and any problems found on the way."""

    matches: list[Match] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def match(self) -> Match | None:
        return self.matches[0] if len(self.matches) == 1 else None


_WORD = re.compile(r"\S+")
_ODD = re.compile("[" + "".join(sorted(INVISIBLE | BIDI)) + "]")


class StoryText:
    """A story's text with the indexes anchoring needs, built lazily and once."""

    def __init__(self, text: str, name: str = "story") -> None:
        self.text = text
        self.name = name
        self.lines = LineIndex(text)

    @cached_property
    def folded(self) -> Folded:
        return normalise(self.text)

    @cached_property
    def _words(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _WORD.finditer(self.folded.text)]

    def where(self, start: int) -> str:
        line, column = self.lines.position(start)
        return f"{self.name}:{line}:{column}"

    def describe(self, match: Match | Candidate) -> str:
        return f"{self.where(match.start)}: {excerpt(self.text, match.start, match.end)}"

    def find_all(self, needle: str) -> list[Match]:
        """Every exact occurrence of ``needle``; failing that, every folded occurrence."""
        found = _find_all(self.text, needle)
        if found:
            return [Match(s, s + len(needle)) for s in found]
        folded_needle = fold(needle)
        if not folded_needle:
            return []
        folded = self.folded
        return [Match(*folded.span(s, s + len(folded_needle)), normalised=True)
                for s in _find_all(folded.text, folded_needle)]

    def candidates(self, needle: str, limit: int = 5) -> list[Candidate]:
        """The best fuzzy passages for ``needle``, best first, none overlapping another.

        Windows of whole words around the needle's length are scored with
        ``fuzz.ratio`` in rapidfuzz's C loop; a passage is expanded to whole words so
        that ``annotate fix`` never cuts a word in half.
        """
        from rapidfuzz import fuzz, process  # only for anchors that are not found

        target = fold(needle)
        words = self._words
        n = len(target.split())
        if not words or n == 0:
            return []
        lo, hi = max(1, n - max(1, n // 3)), n + max(1, n // 3)
        text = self.folded.text
        spans = [(words[i][0], words[i + k - 1][1])
                 for k in range(lo, hi + 1) for i in range(len(words) - k + 1)]
        choices = [text[s:e] for s, e in spans]
        scored = process.extract(target, choices, scorer=fuzz.ratio, limit=None,
                                 score_cutoff=SUGGEST_THRESHOLD / 2)
        picked: list[Candidate] = []
        taken: list[tuple[int, int]] = []  # picked spans, in folded coordinates
        for _, score, index in scored:  # best first
            s, e = _trim_punctuation(text, *spans[index], target)
            if s >= e or any(s < t_end and t_start < e for t_start, t_end in taken):
                continue
            taken.append((s, e))
            picked.append(Candidate(*self.folded.span(s, e), round(score, 1)))
            if len(picked) >= limit:
                break
        return picked


def _trim_punctuation(text: str, s: int, e: int, target: str) -> tuple[int, int]:
    """Drop leading/trailing quote marks and punctuation the target does not have."""
    strip = "\"'()[],.;:!?"
    while s < e and text[s] in strip and not target.startswith(text[s]):
        s += 1
    while e > s and text[e - 1] in strip and not target.endswith(text[e - 1]):
        e -= 1
    return s, e


def _find_all(haystack: str, needle: str) -> list[int]:
    if not needle:
        return []
    found, pos = [], haystack.find(needle)
    while pos >= 0:
        found.append(pos)
        pos = haystack.find(needle, pos + 1)
    return found


def _context_matches(story: StoryText, match: Match, prefix: str | None,
                     suffix: str | None) -> bool:
    text = story.text
    if prefix:
        want = fold(prefix)
        before = fold(text[max(0, match.start - 3 * len(prefix) - 8):match.start])
        if not before.endswith(want):
            return False
    if suffix:
        want = fold(suffix)
        after = fold(text[match.end:match.end + 3 * len(suffix) + 8])
        if not after.startswith(want):
            return False
    return True


def difference(annotation: str, story: str) -> str:
    """Say in words how the annotation's text differs from the story's characters."""
    pairs = []
    ops = difflib.SequenceMatcher(None, annotation, story, autojunk=False).get_opcodes()
    for op, a1, a2, b1, b2 in ops:
        if op == "equal":
            continue
        ours = show_invisible(annotation[a1:a2]) or "nothing"
        theirs = show_invisible(story[b1:b2]) or "nothing"
        pair = f"the story has {_show(theirs)} where the annotation has {_show(ours)}"
        if pair not in pairs:
            pairs.append(pair)
    shown = "; ".join(pairs[:3])
    return shown + (f" (and {len(pairs) - 3} more)" if len(pairs) > 3 else "")


def _show(s: str) -> str:
    if s == "nothing":
        return s
    if len(s) == 1:
        return f"{s} (U+{ord(s):04X} {unicodedata.name(s, 'unnamed character')})"
    return "'" + s.replace("\n", "\\n") + "'"


def resolve(anchor: Anchor, story: StoryText, *, allow_all: bool = False) -> Resolution:
    """Find the span(s) ``anchor`` selects, or say precisely why it selects none."""
    result = Resolution()
    text = anchor.text
    if not text.strip():
        result.problems.append(Problem("A405", "the anchor text is empty",
                                       "copy the exact words from the story"))
        return result
    odd = sorted(set(_ODD.findall(text)))
    if odd:
        shown = ", ".join(show_invisible(c) for c in odd)
        result.problems.append(Problem(
            "A406", f"the text contains invisible or bidi control characters: {shown}",
            "delete them: they are invisible in editors and can change how text displays"))
    found = story.find_all(text)
    if not found:
        result.problems.append(_not_found(text, story))
        return result
    kept = [m for m in found if _context_matches(story, m, anchor.prefix, anchor.suffix)]
    if not kept:
        result.problems.append(Problem(
            "A401", f"'{shorten(text)}' occurs {len(found)}×, but never with the given "
            "prefix/suffix", "correct the prefix or suffix; the matches are listed below",
            [story.describe(m) for m in found]))
        return result
    occurrence = anchor.occurrence
    if occurrence == "all" and allow_all:  # type: ignore[comparison-overlap]
        result.matches = kept
    elif isinstance(occurrence, int):
        if occurrence > len(kept):
            result.problems.append(Problem(
                "A404", f"occurrence {occurrence} asked for, but '{shorten(text)}' occurs "
                f"only {len(kept)}×", f"use a number from 1 to {len(kept)}",
                [story.describe(m) for m in kept]))
            return result
        result.matches = [kept[occurrence - 1]]
    elif len(kept) > 1:
        result.problems.append(Problem(
            "A403", f"'{shorten(text)}' occurs {len(kept)}× in the story",
            "add 'occurrence: N' (1 = first) or a 'prefix'/'suffix' to say which one",
            [f"{i}. {story.describe(m)}" for i, m in enumerate(kept, 1)]))
        return result
    else:
        result.matches = kept
    if any(m.normalised for m in result.matches):
        m = result.matches[0]
        result.problems.append(Problem(
            "A402", "matches only after normalising: " + difference(text,
                                                                    story.text[m.start:m.end]),
            "run 'annotate fix' to copy the story's exact characters into the file"))
    return result


def _not_found(text: str, story: StoryText) -> Problem:
    best = story.candidates(text, limit=1)
    if best and best[0].score >= SUGGEST_THRESHOLD:
        c = best[0]
        passage = story.text[c.start:c.end]
        return Problem(
            "A401", f"'{shorten(text)}' is not in the story",
            f"closest passage ({c.score:.0f}% similar) at {story.where(c.start)}: "
            f"'{shorten(passage, 120)}'; copy the exact words, or run 'annotate fix'",
            [story.describe(c)])
    return Problem("A401", f"'{shorten(text)}' is not in the story",
                   "no similar passage either: is this the right story file?")


def shorten(text: str, width: int = 60) -> str:
    one = " ".join(show_invisible(text).split())
    return one if len(one) <= width else one[: width - 1] + "…"
