"""Suggestions for annotating a story: the names it holds and the quotes it reports.

One engine serves ``annotate suggest``, the starter file of ``annotate new`` and the
N504/Q603 hints of ``annotate check``:

    text → :mod:`names` (capitalised runs cut into names: :mod:`tokens`, :mod:`runs`,
           :mod:`cutting`; a transcript's speakers by their labels: :mod:`turns`)
         → :mod:`entities` (forms grouped into entities, :mod:`grouping`, and typed from
           evidence, :mod:`kinds`)
         → :mod:`quotes` (passages in quotation marks, kinds and speakers)
           and :mod:`blockquotes` (paragraphs after "… said:" set with no marks)
         → :class:`Suggestions`, minus what the annotation file already covers.

It knows the world through maintained packages (:mod:`knowledge`: countries, regions,
cities, given names, surnames, titles) and a few closed lists of news style
(:mod:`lexicon`: the AP's state abbreviations, compound ranks, the heads of
institutions' names; ships' prefixes and the planets beside their rules in
:mod:`kinds`); it downloads nothing. Every guess carries its evidence, in words, so an
instructor can judge it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..anchoring import StoryText, resolve
from ..mentions import Mention as EntityMention
from ..mentions import MentionFinder
from ..models import Annotation
from ..text import fold
from . import cache
from .results import EntitySuggestion, QuoteSuggestion, Suggestions

if TYPE_CHECKING:
    from .quotes import Mention

__all__ = ["EntitySuggestion", "QuoteSuggestion", "Suggestions", "slug_id", "suggest",
           "unique_id"]


def slug_id(name: str) -> str:
    """A valid id from a name: 'Satana Deberry' → 'satana-deberry', 'Yolanda López' →
    'yolanda-lopez', 'Владимир Путин' → 'vladimir-putin' (ids are ASCII; anyascii
    transliterates every script, where dropping the other letters left 'yolanda-l-pez')."""
    from anyascii import anyascii

    words = re.findall(r"[a-z0-9]+", anyascii(name).casefold())
    return "-".join(words)[:64].strip("-") or "entity"


def suggest(text: str, annotation: Annotation | None = None, *,
            mentions: Sequence[EntityMention] | None = None) -> Suggestions:
    """Suggestions for ``text``, leaving out what ``annotation`` already covers.

    ``mentions`` are the annotation's entity mentions when the caller has found them
    already (``annotate check`` has). Results are remembered per story (:mod:`cache`).
    """
    name = cache.key(text, annotation) if cache.enabled() else None
    if name is not None:
        remembered = cache.load(name)
        if remembered is not None:
            return remembered
    found = _suggest(text, annotation, mentions)
    if name is not None:
        cache.store(name, found)
    return found


def _suggest(text: str, annotation: Annotation | None,
             mentions: Sequence[EntityMention] | None) -> Suggestions:
    # the engine proper, imported only when suggestions are not remembered
    from .blockquotes import block_quotes, signed_paragraphs
    from .entities import suggest_entities
    from .knowledge import knowledge
    from .names import candidates
    from .quotes import Mention, suggest_quotes

    know = knowledge()
    marked = _stamp_apart(_COMBINING.sub(
        _MARK_LETTER, _EMPHASIS.sub(" ", _doubled_marks(_damaged_marks(
            text.translate(_HYPHENS))))))
    found, adjectives = suggest_entities(candidates(marked, know), know, marked)
    if marked != text:
        for entity in found:  # (the names as the story writes them, its hyphens and all)
            entity.name = _as_written(entity.name, text)
            entity.aliases = [_as_written(a, text) for a in entity.aliases]
            entity.forms = {_as_written(f, text) for f in entity.forms}
    existing: list[Mention] = []
    covered_quotes: list[tuple[int, int]] = []
    dismissed: set[str] = set()
    dismissed_quotes: set[str] = set()
    taken: set[str] = set()
    if annotation is not None:
        types = {e.id: e.type for e in annotation.entities}
        if mentions is None:
            mentions = MentionFinder(annotation.entities).find(text)
        existing = [Mention(m.start, m.end, m.entity, types[m.entity]) for m in mentions]
        story = StoryText(text)
        for quote in annotation.quotes:
            match = resolve(quote.anchor(), story).match
            if match is not None:
                covered_quotes.append((match.start, match.end))
        dismissed = {fold(n) for n in annotation.not_entities}
        dismissed_quotes = {_words(q) for q in annotation.not_quotes}
        taken = {e.id for e in annotation.entities} | {q.id for q in annotation.quotes}
    spans = sorted((m.start, m.end) for m in existing)
    entities = [e for e in found if not _covered(e, spans)
                and not ({fold(f) for f in e.forms} & dismissed)]
    ids: dict[str, str] = {}
    for entity in entities:
        ids[entity.name] = unique_id(slug_id(entity.name), taken)
    speakers = list(existing)
    for entity in found:
        key = ids.get(entity.name) or _existing_key(entity, existing)
        speakers += [Mention(a, b, key or slug_id(entity.name), entity.type)
                     for a, b in entity.places]
        if entity.type == "person":
            speakers += [Mention(a, b, key or slug_id(entity.name), "person")
                         for a, b in _surname_openings(marked, entity, know.common_words)]
    speakers = _without_overlaps(speakers, len(existing))
    blocks = [q for q in (*block_quotes(marked, speakers), *signed_paragraphs(marked, speakers))
              if not any(a < q.end and q.start < b for a, b in covered_quotes)]
    marked_quotes = [q for q in suggest_quotes(marked, speakers, covered_quotes)
                     if not any(b.start <= q.start and q.end <= b.end for b in blocks)]
    # (words in marks inside a block quote are the blogger's or speaker's own quoting:
    # "… reduce him to a lilting reggae tune. “Let’s get together, and feel alright.”")
    quotes = [q for q in sorted((*marked_quotes, *blocks), key=lambda q: q.start)
              if _words(q.text) not in dismissed_quotes]
    names = {ids.get(e.name) or slug_id(e.name): e.name for e in found}
    if annotation is not None:
        names.update({e.id: e.name for e in annotation.entities})
    for quote in quotes:
        if quote.speaker is None and quote.speaker_name and \
                quote.speaker_name.casefold() in _WRITER:
            quote.speaker_name = None  # "I wrote …: “…”": the story's writer, whom it
            # does not name (its byline may)
        if quote.speaker is None and quote.speaker_name:
            quote.speaker = _by_role(quote.speaker_name, found, ids)
        if quote.speaker is not None:
            quote.speaker_name = names.get(quote.speaker, quote.speaker_name)
    for quote in quotes:
        if marked[quote.start:quote.end] == quote.text:
            quote.text = text[quote.start:quote.end]
        if quote.speaker_name:
            quote.speaker_name = _as_written(quote.speaker_name, text)
    not_entities = [a for a in adjectives if fold(a) not in dismissed]
    return Suggestions(entities, quotes, not_entities, ids)


#: The pronouns a story's writer speaks in, who is named by no mention of the text.
_WRITER = frozenset({"i", "we", "me", "us"})


#: Hyphens a copy may type inside names for "-": the hyphen and the non-breaking hyphen
#: ("Timor‑Leste", "Ramos‑Horta"), read as "-" (one character for one, so every place in
#: the text stays where it is).
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _as_written(name: str, text: str) -> str:
    """A name found with plain hyphens and letters for its combining marks, spelt as the
    story writes it."""
    if "-" not in name and _MARK_LETTER not in name:
        return name
    pattern = r"\s+".join(re.escape(w).replace(r"\-", "[-\u2010\u2011]")
                          .replace(_MARK_LETTER, f"[{_MARKS}]") for w in name.split())
    found = re.search(pattern, text)
    return " ".join(found.group().split()) if found else name


#: Unicode's combining marks (diacritics written after their letter as characters of their
#: own: "Nisg̱a'a", "GayG̱ahlda", or any text in decomposed form).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: A combining mark after a letter (or after another mark), which the rules would read as
#: the end of the word.
_COMBINING = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[{_MARKS}]))[{_MARKS}]")
#: The letter each such mark is read as while names are found (one character for one, so
#: every place in the text stays where it is): a small letter no English text writes, put
#: back as the story's mark in the names suggested.
_MARK_LETTER = "\u0251"


#: Underscores a plain-text copy keeps around emphasised words ("David Mandiyanike,
#: _University of Botswana_ In Botswana …"): read as spaces, so the name inside is a name
#: (one for one, every place in the text staying where it is); not those inside a word
#: ("snake_case", "@some_handle").
_EMPHASIS = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"‘]))_(?=[A-Za-z])"
                       r"|(?<=[\w.,;:!?’'])_(?=[\s.,;:!?)\]”\"’]|$)", re.MULTILINE)


#: A saved page's date stamp opening the text on the headline's line: " date 2023-12-27
#: Congo-Kinshasa: Police Gather in …".
_DATE_STAMP = re.compile(r"[^\S\n]*date[^\S\n]+\d{4}-\d\d-\d\d(?=[^\S\n]+\S)")


def _stamp_apart(text: str) -> str:
    """The text with a saved page's date stamp on a line of its own (the space after it
    read as a line's end, so every place stays where it is): the headline after it is a
    headline, in Title Case as headlines are."""
    stamp = _DATE_STAMP.match(text)
    return text if stamp is None else f"{text[:stamp.end()]}\n{text[stamp.end() + 1:]}"


#: Two straight apostrophes typed for a double mark, opening a quotation at a line's or a
#: word's start ("''I came to play soccer in the U.S.," he said.) or closing one after a
#: word's last letter or stop, before a space or a stop.
_STRAIGHT_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))''(?=[A-Za-z0-9])", re.MULTILINE)
_STRAIGHT_CLOSING = re.compile(r"(?<=[A-Za-z0-9.,!?])''(?=[\s,.;:!?)]|$)", re.MULTILINE)


def _doubled_marks(text: str) -> str:
    """The text with two single quotation marks written for a double one (‘‘The Good Life,”,
    as some copies type it, or ''I came …," in an old wire copy) read as the double mark,
    padded so that every place in the text stays where it is."""
    if "''" in text:
        text = _STRAIGHT_CLOSING.sub('" ', _STRAIGHT_OPENING.sub(' "', text))
    return text.replace("‘‘", " “").replace("’’", "” ") if "‘‘" in text or "’’" in text \
        else text


#: What a copy that lost its curly marks to question marks shows: an apostrophe's "the
#: Department of Justice?s Office", or both an opening and a closing mark's "?This
#: additional funding …,? Attorney General Holder said." (not a lost letter alone:
#: "returning ?A:?b?e:?s (Middle Beach)", a place's name in a script the copy lost)
_APOSTROPHE_DAMAGE = re.compile(r"[A-Za-z]\?s\b")
_OPENING_DAMAGE = re.compile(r"(?:^|\s)\?[A-Z]", re.MULTILINE)
_CLOSING_DAMAGE = re.compile(r"[,.!]\?(?:\s|$)", re.MULTILINE)
#: Each question mark such a copy wrote for a mark, and the mark it stands for: an
#: apostrophe inside a word, an opening mark before a word's first letter, a closing mark
#: after a comma or a stop, a dash between spaces ("WASHINGTON ? U.S. Attorney General").
_DAMAGED = (
    (re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|ll|re|ve|d|m)\b)"), "’"),
    (re.compile(r"(?:(?<=^)|(?<=\s))\?(?=[A-Z0-9])", re.MULTILINE), "“"),
    (re.compile(r"(?<=[,.!])\?(?=\s|$)", re.MULTILINE), "”"),
    (re.compile(r"(?<=[^\S\n])\?(?=[^\S\n])"), "–"),
)


def _damaged_marks(text: str) -> str:
    """The text with the question marks a damaged copy wrote for its apostrophes,
    quotation marks and dashes read as those marks (one character for one, so every place
    in the text stays where it is); a text with no sign of such damage is left as it is,
    its question marks questions."""
    if _APOSTROPHE_DAMAGE.search(text) is None and (
            _OPENING_DAMAGE.search(text) is None or _CLOSING_DAMAGE.search(text) is None):
        return text
    for pattern, mark in _DAMAGED:
        text = pattern.sub(mark, text)
    return text


def _words(passage: str) -> str:
    """A passage compared for ``not_quotes``: its words, not its edge punctuation (a YAML
    flow list drops a trailing comma)."""
    return fold(passage).strip(" \t\n.,;:!?…'\"“”‘’")


def _by_role(description: str, found: list[EntitySuggestion], ids: dict[str, str]) -> str | None:
    """'the mayor' → the one person whose role says Mayor ("Denver Mayor Michael B.
    Hancock"), when there is exactly one; 'The experienced Turkish professor' → the one
    whose role says professor."""
    m = re.fullmatch(r"(?i)the\s+(?:[\w-]+\s+){0,3}([\w-]+)", description.strip())
    if m is None or re.search(r"(?i)\b(?:of|for|in|at|on|with|from|to|by)\s", description):
        return None  # (not "the act of Congress": its head is "act")
    from .quotes import plural_noun  # (the engine, imported only when it runs)

    word = m.group(1).casefold()
    if plural_noun(word):
        return None  # "the Senators wrote" after "Senators Marsha Blackburn …, Bill Cassidy
        # …": a plural stands for them all, not the one whose role the word opened
    holders = [e for e in found if e.type == "person" and e.role
               and word in e.role.casefold().split()]
    if len(holders) != 1:
        return None
    return ids.get(holders[0].name) or slug_id(holders[0].name)


def _covered(entity: EntitySuggestion, spans: list[tuple[int, int]]) -> bool:
    """Whether a place of the entity overlaps an annotated mention (spans sorted)."""
    starts = [a for a, _ in spans]
    for start, end in entity.places:
        i = bisect.bisect_left(starts, end)  # spans starting before this place ends
        if i and spans[i - 1][1] > start:
            return True
    return False


def _existing_key(entity: EntitySuggestion, existing: list[Mention]) -> str | None:
    for start, end in entity.places:
        for m in existing:
            if m.start < end and start < m.end:
                return m.key
    return None


def _surname_openings(text: str, entity: EntitySuggestion, common: frozenset[str]
                      ) -> list[tuple[int, int]]:
    """Where a sentence opens with the person's surname alone, then a verb ("Demming
    suggests that …"): a place the names leave out (a sentence's first word is no name's
    evidence), where the quotes' speakers and pronouns still need the person."""
    words = entity.name.split()
    surname = words[-1]
    if len(words) < 2 or len(surname) < 4 or not surname.isalpha() or \
            surname.casefold() in common:
        return []
    taken = [(a, b) for a, b in entity.places]
    return [m.span(1) for m in re.finditer(
        rf"(?:^|(?<=\n)|(?<=[.!?][^\S\n])|(?<=[.!?][”\"][^\S\n]))({re.escape(surname)})"
        r"(?=[^\S\n]+(?:(?:[a-z]+ly|first|also|then)[^\S\n]+)?[a-z]+(?:s|ed)\b)", text)
        if not any(a <= m.start(1) < b for a, b in taken)]


def _without_overlaps(mentions: list[Mention], annotated: int) -> list[Mention]:
    """The first ``annotated`` mentions (the file's own, which never overlap) and the
    suggested ones that overlap none of them, in text order."""
    own = sorted(mentions[:annotated], key=lambda m: m.start)
    starts = [m.start for m in own]
    kept = list(own)
    for m in mentions[annotated:]:
        i = bisect.bisect_left(starts, m.end)
        if not (i and own[i - 1].end > m.start):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… : the first not in ``taken`` (which it joins)."""
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base[:60]}-{n}"
        n += 1
    taken.add(candidate)
    return candidate
