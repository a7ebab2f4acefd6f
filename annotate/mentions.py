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
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Entity
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


_TOLERANT = re.compile(rf"[{_APOSTROPHES}]|[{_DASHES}]|\s+")


def _tolerant(piece: re.Match[str]) -> str:
    ch = piece.group()
    if ch in _APOSTROPHES:
        return f"[{_APOSTROPHES}]"
    if ch in _DASHES:
        return f"[{_DASHES}]"
    return r"\s+"


def _pattern(form: str) -> str:
    """A regex for ``form`` that tolerates typography and a capitalised first letter."""
    parts, pos = [], 0
    for m in _TOLERANT.finditer(form):
        parts.append(re.escape(form[pos:m.start()]))
        parts.append(_tolerant(m))
        pos = m.end()
    parts.append(re.escape(form[pos:]))
    pattern = "".join(parts)
    if form[:1].islower():
        pattern = f"[{form[0]}{form[0].upper()}]" + pattern[len(re.escape(form[0])):]
    return pattern


class MentionFinder:
    """Compiled once per story's entity list; ``find`` scans a text in one pass."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.forms: list[SurfaceForm] = []
        self.shared: list[tuple[SurfaceForm, SurfaceForm]] = []  # (kept, shadowed)
        seen: dict[str, SurfaceForm] = {}
        folded: list[str] = []
        for entity in entities:
            written = [(entity.name, None)] + [(a, i) for i, a in enumerate(entity.aliases)]
            for form, alias_index in written:
                sf = SurfaceForm(entity.id, form, alias_index)
                key = fold(form)
                if not key:
                    continue
                if key in seen:
                    if seen[key].entity != entity.id:
                        self.shared.append((seen[key], sf))
                    continue
                seen[key] = sf
                self.forms.append(sf)
                folded.append(key)
        ordered = sorted(range(len(self.forms)), key=lambda i: -len(folded[i]))
        alternatives = "|".join(f"(?P<f{i}>{_pattern(self.forms[i].form)})" for i in ordered)
        self._regex = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if alternatives else None

    def find(self, text: str) -> list[Mention]:
        if self._regex is None:
            return []
        mentions = []
        for m in self._regex.finditer(text):
            form = self.forms[int(m.lastgroup[1:])]  # type: ignore[index]
            mentions.append(Mention(form.entity, m.start(), m.end(), form))
        return mentions


# Capitalised runs ("Color of Change", "Getty Images") that may be unannotated names.
_NAME_RUN = re.compile(
    r"(?<![\w@])[A-Z][\w’'.-]*(?:(?:\s+(?:of|de|del|van|von|the|for|and|&))*\s+[A-Z][\w’'.-]*)*")
_NOT_NAMES = frozenset("""
I A An The This That These Those It Its He She They We You His Her Their Our My Your In On At
Of For And But Or So If As By To From With Without After Before While When Where Who What Why
How Both Two One Three Four Five Current Former New Monday Tuesday Wednesday Thursday Friday
Saturday Sunday January February March April May June July August September October November
December Mr Mrs Ms Dr Now Then There Here Also However
American African-American Black White Latino Asian Hispanic
""".split())


def unannotated_names(text: str, mentions: Sequence[Mention]) -> list[tuple[str, int, int]]:
    """Capitalised names no mention covers: (name, first start, count), in text order.

    A heuristic for a *hint*: sentence-initial single words and common capitalised
    words are skipped; leading and trailing function words ("The", "In") are trimmed.
    """
    starts = [m.start for m in mentions]  # mentions come sorted and never overlap
    ends = [m.end for m in mentions]
    found: dict[str, list[int]] = {}
    for run in _NAME_RUN.finditer(text):
        tokens = [(run.start() + t.start(), _strip_possessive(t.group().rstrip(".,")))
                  for t in re.finditer(r"\S+", run.group())]
        while tokens and tokens[0][1] in _NOT_NAMES:
            tokens.pop(0)
        while tokens and tokens[-1][1] in _NOT_NAMES:
            tokens.pop()
        if not tokens:
            continue
        start = tokens[0][0]
        end = tokens[-1][0] + len(tokens[-1][1])
        name = " ".join(text[start:end].split())
        i = bisect.bisect_left(ends, start + 1)  # first mention ending after `start`
        if i < len(starts) and starts[i] < end:
            continue
        if len(tokens) == 1 and (_sentence_initial(text, start) or len(name) < 3):
            continue
        if _title_case_line(text, start):
            continue  # a headline or caption credit in Title Case says nothing about names
        found.setdefault(name, []).append(start)
    return [(name, starts[0], len(starts)) for name, starts in found.items()]


def _title_case_line(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    words = text[line_start:line_end if line_end >= 0 else len(text)].split()
    if not 2 <= len(words) <= 15:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) >= 0.7


def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" ")
    return not before or before[-1] in ".!?\n—―:“\"‘'("
