"""Entity mentions, found in the story rather than listed by hand.

Every name and alias becomes one alternative of a single compiled regex, longest
first, so that at any position the longest surface form wins ("the mayor’s son"
beats "the mayor") and the whole story is scanned once however many entities there
are.  Forms match at word boundaries; a possessive ("Dixon’s", "Echols’") is a
mention of the name.  Typography is tolerated inside a form (straight or curly
apostrophes, any dash, any run of spaces), and a form written in lower case also
matches with a capital first letter, as at the start of a sentence.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Alias, Entity
from .text import fold

_APOSTROPHES = "'’‘ʼ"
_DASHES = "-‐‑‒–—"


@dataclass(frozen=True)
class SurfaceForm:
    """One way an entity is written: its name (``alias is None``) or an alias."""

    entity: str
    form: str
    alias_index: int | None  # index into Entity.aliases; None for the name


@dataclass(frozen=True)
class Mention:
    """A span of the story that refers to an entity."""

    entity: str
    start: int
    end: int
    form: SurfaceForm


_TOKEN = re.compile(r"\w+")
_WORD_AT = re.compile(r"\w+")
_GAP_AT = re.compile(r"\W*")
_NON_SPACE = re.compile(r"\S+")
_GAP_FOLD = str.maketrans({**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_DASHES, "-")})


def _fold_gap(gap: str) -> str:
    """Typography-insensitive form of the text between two words."""
    if not gap or gap == " ":
        return gap
    return " " if gap.isspace() else " ".join(gap.translate(_GAP_FOLD).split())


@dataclass(frozen=True)
class _Shape:
    """A surface form as its words and the folded text around and between them."""

    words: tuple[str, ...]
    gaps: tuple[str, ...]  # the len(words) - 1 inner gaps
    prefix: str  # text before the first word ("@" of "@MayorHancock")
    suffix: str  # text after the last word ("." of "Ms.")


@functools.lru_cache(maxsize=8192)
def _shape(form: str) -> _Shape | None:
    """Cached: a course names the same people and places in story after story."""
    tokens = list(_TOKEN.finditer(form))
    if not tokens:
        return None
    words = tuple(t.group() for t in tokens)
    gaps = tuple(_fold_gap(form[x.end():y.start()])
                 for x, y in itertools.pairwise(tokens))
    return _Shape(words, gaps, _fold_gap(form[:tokens[0].start()]),
                  _fold_gap(form[tokens[-1].end():]))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\w`` matches in a str pattern


def _match(text: str, start: int, shape: _Shape) -> tuple[int, int] | None:
    """The span of ``shape`` whose first word starts at ``start``, or None.

    The caller has checked that the first word stands alone there (no word character
    on either side); the other words must follow, each after a gap that folds to the
    form's gap.
    """
    pos = start + len(shape.words[0])
    for word, gap in zip(shape.words[1:], shape.gaps, strict=True):
        between = _GAP_AT.match(text, pos)
        found = _WORD_AT.match(text, between.end())  # type: ignore[union-attr]
        if found is None or found.group() != word or \
                _fold_gap(between.group()) != gap:  # type: ignore[union-attr]
            return None
        pos = found.end()
    end = pos
    if shape.prefix:
        if _fold_gap(text[start - len(shape.prefix):start]) != shape.prefix:
            return None
        start -= len(shape.prefix)
    if shape.suffix:
        if _fold_gap(text[end:end + len(shape.suffix)]) != shape.suffix:
            return None
        end += len(shape.suffix)
    if (start > 0 and _is_word_char(text[start - 1])) or \
            (end < len(text) and _is_word_char(text[end])):
        return None
    return start, end


class MentionFinder:
    """Built once per story's entity list; ``find`` scans the text's words once.

    No regex is compiled per story (each story's alternation would be new to the
    ``re`` cache): forms are indexed by their first word, longest first, and checked
    word by word where that word occurs.
    """

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.forms: list[SurfaceForm] = []
        self.shared: list[tuple[SurfaceForm, SurfaceForm]] = []  # (kept, shadowed)
        #: Where two entities' forms overlap in the text: (kept mention, dropped mention).
        self.competing: list[tuple[Mention, Mention]] = []
        #: Form index → its restriction (an alias naming the entity at some places only).
        self._restricted: dict[int, Alias] = {}
        restricted_forms: dict[int, Alias] = {}
        seen: dict[str, SurfaceForm] = {}
        folded: list[str] = []
        for entity in entities:
            written: list[tuple[str | Alias, int | None]] = [(entity.name, None)]
            written += [(a, i) for i, a in enumerate(entity.aliases)]
            for spec, alias_index in written:
                form = spec if isinstance(spec, str) else spec.text
                sf = SurfaceForm(entity.id, form, alias_index)
                key = fold(form)
                if not key:
                    continue
                if isinstance(spec, Alias):  # restricted forms never merge with others
                    restricted_forms[len(self.forms)] = spec
                elif key in seen:
                    if seen[key].entity != entity.id:
                        self.shared.append((seen[key], sf))
                    continue
                else:
                    seen[key] = sf
                self.forms.append(sf)
                folded.append(key)
        self._restricted = restricted_forms
        self._by_first: dict[str, list[tuple[int, _Shape]]] = {}
        for i in sorted(range(len(self.forms)), key=lambda i: -len(folded[i])):
            shape = _shape(self.forms[i].form)
            if shape is None:
                continue
            first = shape.words[0]
            variants = [first]
            if first[:1].islower():  # "the mayor" also starts a sentence as "The mayor"
                variants.append(first[:1].upper() + first[1:])
            for variant in variants:
                self._by_first.setdefault(variant, []).append((i, shape))

    def find(self, text: str) -> list[Mention]:
        # Each distinct first word is looked up with str.find (C, fast on short needles);
        # only where it stands alone as a word are the form's other words compared.
        # Tokenising the whole text instead cost twice as much.
        candidates: list[tuple[int, str]] = []
        size = len(text)
        for first in self._by_first:
            pos = text.find(first)
            while pos >= 0:
                end = pos + len(first)
                if (pos == 0 or not _is_word_char(text[pos - 1])) and \
                        (end == size or not _is_word_char(text[end])):
                    candidates.append((pos, first))
                pos = text.find(first, end)
        candidates.sort()
        by_first, restricted = self._by_first, self._restricted
        found: list[Mention] = []
        seen_restricted: dict[int, int] = {}  # form index → places found so far
        for pos, first in candidates:
            settled = False  # the longest unrestricted form here is found: stop there
            for i, shape in by_first[first]:
                rule = restricted.get(i)
                if settled and rule is None:
                    continue
                span = _match(text, pos, shape)
                if span is None:
                    continue
                if rule is not None:
                    seen_restricted[i] = place = seen_restricted.get(i, 0) + 1
                    if not rule.allows(text, span[0], span[1], place):
                        continue
                if not settled:
                    form = self.forms[i]
                    found.append(Mention(form.entity, span[0], span[1], form))
                    settled = True
        return self._longest_first(found)

    def _longest_first(self, found: list[Mention]) -> list[Mention]:
        """Overlapping mentions: the longer one wins (then the earlier); text order."""
        if len(found) < 2:
            return found
        overlapping = any(b.start < a.end for a, b in itertools.pairwise(found))
        if not overlapping:
            return found  # the common case, and the fast one
        kept: list[Mention] = []
        starts: list[int] = []
        for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
            i = bisect.bisect_left(starts, m.start)
            before = kept[i - 1] if i else None
            after = kept[i] if i < len(kept) else None
            clash = (before if before is not None and before.end > m.start else None) or \
                (after if after is not None and after.start < m.end else None)
            if clash is not None:
                if clash.entity != m.entity:
                    self.competing.append((clash, m))
                continue
            kept.insert(i, m)
            starts.insert(i, m.start)
        return kept
