"""Re-anchoring: finding an annotation's words again after the text changed.

``annotate check`` insists on exact anchors (:mod:`annotate.anchoring`). ``annotate fix``
(after a correction of the story) and ``annotate import`` (notes made on another copy
of the text, e.g. with Hypothesis) must instead find where words that may have changed
now are, and must never put a note on the wrong words. Hypothesis scores candidates by
``(50·quote + 20·prefix + 20·suffix + 2·position) / 92`` and takes the best above an
error limit, which moves notes onto look-alike passages. This engine scores the same
evidence but decides differently:

* every comparison ignores white space and typography (a line break, a ``<br>`` turned
  into a space, two words glued together, curly against straight quotes never count);
* candidates come from three places: exact occurrences of the quote, the span between
  where the old prefix ends and the old suffix starts (an edited passage whose context
  still matches), and approximate occurrences of the quote;
* each is scored on the quote, the prefix and the suffix (each fuzzy, over as much
  context as the anchor has), and the distance to a position hint when there is one;
* it anchors only when the winner is clearly ahead: a runner-up within
  :data:`MARGIN` is *ambiguous* (both reported, nothing moved) unless a position hint
  tells them apart; a short quote (a name, a word) needs its context to agree; and a
  passage whose words changed too much is *orphaned* rather than moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .text import normalise

#: Weights of the evidence (Hypothesis's, without the position's role as a tie-breaker).
W_QUOTE, W_PREFIX, W_SUFFIX = 50.0, 20.0, 20.0
#: A winner must lead the runner-up by this much (0–1) to be taken.
MARGIN = 0.06
#: The least quote similarity (0–1) accepted: with context agreeing, and without.
QUOTE_WITH_CONTEXT, QUOTE_ALONE, QUOTE_ALONE_UNRIVALLED = 0.6, 0.8, 0.7
#: Context agrees when its similarity (0–1) is at least this.
CONTEXT_AGREES = 0.8
#: A quote this short (squeezed characters) or of one word is "short": a name, a word.
SHORT = 12
#: How much context is compared on each side (squeezed characters).
CONTEXT = 64

Status = Literal["anchored", "ambiguous", "orphaned"]


@dataclass(frozen=True)
class Target:
    """What an annotation remembers of its words."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    hint: int | None = None  # where the words probably start, in the text's characters


@dataclass(frozen=True)
class Scored:
    """One candidate passage [start, end) of the text, with its evidence (0–1 each)."""

    start: int
    end: int
    quote: float
    prefix: float | None
    suffix: float | None
    distance: int | None  # from the position hint, in characters
    score: float
    found_by: str  # "exact", "context" or "approximate"

    def evidence(self) -> str:
        parts = [f"quote {self.quote:.0%}"]
        if self.prefix is not None:
            parts.append(f"prefix {self.prefix:.0%}")
        if self.suffix is not None:
            parts.append(f"suffix {self.suffix:.0%}")
        if self.distance is not None:
            parts.append(f"{self.distance} characters from the expected place")
        return f"{self.found_by} match, score {self.score:.0%} ({', '.join(parts)})"


@dataclass(frozen=True)
class Outcome:
    status: Status
    best: Scored | None
    runner: Scored | None
    reason: str


class Squeezed:
    """A text folded (typography, NFC) with every white-space character removed,
    remembering for each remaining character its span in the original. Case is kept:
    "Police" and "police" are different words to a reader of names."""

    def __init__(self, text: str) -> None:
        folded = normalise(text)
        keep = [i for i, c in enumerate(folded.text) if not c.isspace()]
        self.original = text
        self.text = "".join(folded.text[i] for i in keep)
        self.starts = [folded.starts[i] for i in keep]
        self.ends = [folded.ends[i] for i in keep]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Squeezed [start, end) → original offsets."""
        return self.starts[start], self.ends[end - 1]

    @cached_property
    def _index(self) -> list[int]:
        """Original offset → squeezed index of the first character at or after it."""
        index = [len(self.text)] * (len(self.original) + 1)
        for i in range(len(self.starts) - 1, -1, -1):
            for o in range(self.starts[i], self.ends[i]):
                index[o] = i
        for o in range(len(self.original) - 1, -1, -1):
            if index[o] == len(self.text):
                index[o] = index[o + 1]
        return index

    def at(self, offset: int) -> int:
        return self._index[max(0, min(offset, len(self.original)))]


def squeeze(text: str) -> str:
    return Squeezed(text).text


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return 1.0 - Levenshtein.distance(a, b) / max(len(a), len(b))


def _context_similarity(context: str, s: str, at: int, *, before: bool) -> float:
    """How well ``context`` matches the text ending (``before``) or starting at ``at``.

    The context is aligned at the match's edge and may be a few characters longer or
    shorter than the text it stands for (words added or dropped); a context longer
    than the text before the match (or a suffix running past its end) is compared
    with what there is.
    """
    slack = max(4, len(context) // 2)
    best = 0.0
    for k in range(max(1, len(context) - slack), len(context) + slack + 1):
        have = s[max(0, at - k):at] if before else s[at:at + k]
        if not have:
            continue
        want = context[-len(have):] if before and len(have) < len(context) else (
            context[:len(have)] if len(have) < len(context) else context)
        best = max(best, _similarity(want, have))
        if len(have) < k:  # the text ran out: longer windows are the same
            break
    return best


def _find_all(hay: str, needle: str) -> list[int]:
    out, pos = [], hay.find(needle) if needle else -1
    while pos >= 0:
        out.append(pos)
        pos = hay.find(needle, pos + 1)
    return out


class Reanchorer:
    """Finds targets in one text; build once per text, call :meth:`find` per anchor."""

    def __init__(self, text: str, *, quote_alone: float = QUOTE_ALONE) -> None:
        self.text = text
        self.sq = Squeezed(text)
        self.quote_alone = quote_alone  # least quote similarity with no context to help

    # -- candidates ----------------------------------------------------------------------
    def _candidates(self, quote: str, prefix: str, suffix: str) -> dict[tuple[int, int], str]:
        s, n = self.sq.text, len(quote)
        found: dict[tuple[int, int], str] = {}
        for pos in _find_all(s, quote):
            found[(pos, pos + n)] = "exact"
        # Between where the old context ends and starts again: an edited passage.
        lo, hi = max(1, n // 2), 2 * n + 16
        head = suffix[:min(len(suffix), 24)]
        tail = prefix[-min(len(prefix), 24):] if prefix else ""
        if tail and head:
            ends = [p + len(tail) for p in _find_all(s, tail)]
            starts = _find_all(s, head)
            for e in ends:
                for b in starts:
                    if lo <= b - e <= hi:
                        found.setdefault((e, b), "context")
        elif tail:  # at the end of the text, or a context that was never recorded
            for p in _find_all(s, tail):
                e = p + len(tail)
                if e + n <= len(s):
                    found.setdefault((e, e + n), "context")
        elif head:
            for b in _find_all(s, head):
                if b - n >= 0:
                    found.setdefault((b - n, b), "context")
        # Approximate occurrences of the quote: best alignments in overlapping windows.
        if n:
            step = max(n, 32)
            window = n + step
            seen: set[tuple[int, int]] = set()
            for w in range(0, max(1, len(s) - n + 1), step):
                chunk = s[w:w + window]
                hit = fuzz.partial_ratio_alignment(quote, chunk)
                if hit is None or hit.score < 100 * QUOTE_WITH_CONTEXT:
                    continue
                span = _refine(s, quote, w + hit.dest_start, w + hit.dest_end)
                if span not in seen:
                    seen.add(span)
                    found.setdefault(span, "approximate")
        return found

    # -- scoring --------------------------------------------------------------------------
    def _score(self, start: int, end: int, quote: str, prefix: str, suffix: str,
               hint: int | None, found_by: str, words: str = "") -> Scored:
        s = self.sq.text
        q = _similarity(quote, s[start:end])
        if q < 1.0 and words:  # words moved around ("by officials at the airport" →
            # "by airport officials") cost Levenshtein much more than a reader
            o_start, o_end = self.sq.span(start, end)
            q = max(q, fuzz.token_sort_ratio(words, self.text[o_start:o_end]) / 100)
        p = x = None
        # Context the note has but the text has not (the passage is at the very start
        # or end now) counts as neither for nor against it.
        if prefix:
            p = _context_similarity(prefix, s, start, before=True) if start > 0 else 0.5
        if suffix:
            x = _context_similarity(suffix, s, end, before=False) if end < len(s) else 0.5
        total = W_QUOTE * q
        weight = W_QUOTE
        if p is not None:
            total += W_PREFIX * p
            weight += W_PREFIX
        if x is not None:
            total += W_SUFFIX * x
            weight += W_SUFFIX
        o_start, o_end = self.sq.span(start, end) if end > start else (0, 0)
        if found_by != "exact":
            o_start, o_end = _whole_words(self.text, o_start, o_end)
        distance = abs(o_start - hint) if hint is not None else None
        return Scored(o_start, o_end, q, p, x, distance, total / weight, found_by)

    # -- deciding -------------------------------------------------------------------------
    def find(self, target: Target) -> Outcome:
        quote = squeeze(target.exact)
        if not quote or not self.sq.text:
            return Outcome("orphaned", None, None, "nothing to look for" if not quote
                           else "the text is empty")
        prefix = squeeze(target.prefix)[-CONTEXT:]
        suffix = squeeze(target.suffix)[:CONTEXT]
        spans = self._candidates(quote, prefix, suffix)
        words = " ".join(target.exact.split())
        scored = sorted((self._score(a, b, quote, prefix, suffix, target.hint, how, words)
                         for (a, b), how in spans.items() if b > a),
                        key=lambda c: (-c.score, c.distance or 0, c.start))
        scored = _distinct(scored)
        short = len(quote) <= SHORT or len(target.exact.split()) <= 1
        has_context = bool(prefix or suffix)

        def context_of(c: Scored) -> float | None:
            known = [v for v in (c.prefix, c.suffix) if v is not None]
            return sum(known) / len(known) if known else None

        near = _nearest(scored, target)

        def acceptable(c: Scored) -> bool:
            ctx = context_of(c)
            agrees = ctx is not None and ctx >= CONTEXT_AGREES
            if short and c.quote < 1.0 and not agrees and c is not near:
                return False  # a changed name or word moves only with its context
            if has_context and ctx is not None and ctx < 0.5 and c.quote < 1.0:
                return False  # neither the words nor their surroundings: not this place
            if agrees:
                return c.quote >= QUOTE_WITH_CONTEXT
            alone = not has_context and all(o.quote < 0.5 for o in scored if o is not c)
            # a passage with no rival and no context to contradict it may differ more
            floor = min(self.quote_alone, QUOTE_ALONE_UNRIVALLED) if alone \
                else self.quote_alone
            return c.quote >= floor

        usable = [c for c in scored if acceptable(c)]
        if not usable:
            best = scored[0] if scored else None
            why = ("no passage is similar enough" if best is None else
                   f"the closest passage is not close enough: {best.evidence()}")
            return Outcome("orphaned", best, None, why)
        best = usable[0]
        runner = usable[1] if len(usable) > 1 else None
        if short and has_context and (context_of(best) or 0) < 0.5 and runner:
            return Outcome("ambiguous", best, runner,
                           "a short quote found more than once, and its context does not "
                           "say which")
        if runner is not None and best.score - runner.score < MARGIN:
            if (target.hint is not None and best.distance is not None
                    and runner.distance is not None and best.distance != runner.distance):
                closer = min((best, runner), key=lambda c: c.distance or 0)
                other = runner if closer is best else best
                return Outcome("anchored", closer, other,
                               "as good as another passage, and nearer the expected place")
            return Outcome("ambiguous", best, runner,
                           "two passages are too close to call")
        return Outcome("anchored", best, runner, best.evidence())


def _nearest(scored: list[Scored], target: Target) -> Scored | None:
    """The candidate a position hint points at: the nearest, if clearly nearest and
    close (within twice the quote's length, at least 32 characters)."""
    if target.hint is None or not scored:
        return None
    ranked = sorted(scored, key=lambda c: c.distance or 0)
    first = ranked[0]
    reach = max(32, 2 * len(target.exact))
    if (first.distance or 0) > reach:
        return None
    if len(ranked) > 1 and (ranked[1].distance or 0) < 2 * (first.distance or 0) + 8:
        return None  # not clearly nearer than the next one
    return first


def _distinct(scored: list[Scored]) -> list[Scored]:
    """Drop candidates overlapping a better one (the same place found twice)."""
    kept: list[Scored] = []
    for c in scored:
        if any(c.start < k.end and k.start < c.end for k in kept):
            continue
        kept.append(c)
    return kept


def _refine(s: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """Move an approximate span's ends (by up to a quarter of the quote) to where the
    passage is most similar: words added or dropped change its length."""
    reach = max(2, len(quote) // 4)
    best = (_similarity(quote, s[start:end]), start, end)
    for a in range(max(0, start - reach), min(len(s), start + reach) + 1):
        for b in range(max(a + 1, end - reach), min(len(s), end + reach) + 1):
            sim = _similarity(quote, s[a:b])
            if sim > best[0]:
                best = (sim, a, b)
    return best[1], best[2]


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span that cuts a word so that it holds the whole word."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end
