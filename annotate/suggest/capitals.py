"""Texts written in capitals: bulletins, telegrams, a weather service's advisories.

A text that writes whole passages in capitals ("…660 KM SSE OF CAPE HATTERAS NORTH CAROLINA
MAXIMUM SUSTAINED WINDS…") runs its headers, units, codes and names together; read as
ordinary text, every run of capitals would be an acronym or a body. This module tells such a
text (:func:`shouting`) and cuts its runs into the names they hold (:func:`shouted`,
:func:`bulletin_parts`); ordinary stories with a heading in capitals are left alone, but for
where a letterhead in capitals runs into the words after it (:func:`case_shift`).
"""

from __future__ import annotations

import functools
import re

from .knowledge import Knowledge
from .lexicon import (
    CAPITALS_NAME_WORD,
    FUNCTION_WORDS,
    ORGANISATION_HEADS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    POSTAL_CODES,
    STORM_KINDS,
)
from .tokens import Token, _lower_case_words

#: Days and months shortened, as bulletins and feeds date themselves.
DAYS_SHORT = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Jan Feb Mar Apr Jun Jul "
                       "Aug Sep Sept Oct Nov Dec".split())
#: Small words, which a text in capitals writes in capitals too.
_SMALL_WORDS = frozenset({w.casefold() for w in FUNCTION_WORDS} | {
    "of", "and", "or", "the", "for", "to", "at", "a", "in", "on", "by", "with", "from"})


@functools.lru_cache(maxsize=4)
def shouting(text: str) -> bool:
    """Whether the text writes whole passages in capitals (a bulletin, a telegram): three
    small words or more in capitals ("OF", "AND", "ABOUT"), and a quarter of its words."""
    capitals = re.findall(r"\b[A-Z]{2,}\b", text)
    words = re.findall(r"\b[A-Za-z]{2,}\b", text)
    return len({w for w in capitals if w.casefold() in _SMALL_WORDS}) >= 3 and \
        len(capitals) >= 0.25 * len(words)  # (a quarter of its words: not a release, a
    # record or a council's PDF with headings in capitals)


#: Units, time zones and compass points a bulletin writes in capitals between its names.
BULLETIN_WORDS = frozenset("""MPH KM MI MB KT NM FT UTC GMT EDT EST CDT CST MDT MST PDT PST AST
HST AKDT AKST PM AM N S E W NE NW SE SW NNE NNW SSE SSW ENE ESE WNW WSW H""".split())
#: A bulletin's codes: WMO headers, storm numbers, positions ("WTNT35", "AL152017", "15N110W").
_BULLETIN_CODE = re.compile(r"(?=[A-Z0-9/]*\d)[A-Z0-9/]{3,}")


def shouted(text: str, run: list[Token], know: Knowledge) -> list[list[Token]]:
    """A run of words in capitals that holds common words ("OF", "ABOUT", "MAXIMUM" where
    the story also writes "maximum") is a bulletin's or a heading's text in capitals, not one
    name: it is cut at those words, at units and codes, and around the places it names
    ("… KM SSE OF CAPE HATTERAS NORTH CAROLINA MAXIMUM SUSTAINED WINDS" → "CAPE HATTERAS",
    "NORTH CAROLINA"); what is left is kept only if it is short letters, or holds a place's
    head word."""
    if member_in_capitals(text, run, know):
        return [run]  # "JOHN A. YARMUTH, Kentucky": a roster's member, then the state
    if not all(t.text.isupper() or t.number for t in run) or \
            not any(len(t.text) > 1 for t in run):
        return [run]
    lower = _lower_case_words(text)
    in_capitals = shouting(text)

    def common(token: Token) -> bool:
        word = token.text.rstrip(".,")
        folded = word.casefold()
        return token.number or folded in _SMALL_WORDS or folded in lower \
            or (folded.endswith("s") and folded[:-1] in lower) \
            or word in BULLETIN_WORDS or _BULLETIN_CODE.fullmatch(word) is not None

    if not in_capitals:
        return [run]
    if all(not common(t) for t in run) and len(run) == 1 and len(run[0].text) <= 5:
        return [run]  # (letters: "NWS", "MARIA")
    segments: list[list[Token]] = [[]]
    after_code: set[int] = set()  # segments right after a code ("WTNT35 KNHC": its station)
    for token in run:
        if common(token):
            segments.append([])
            if _BULLETIN_CODE.fullmatch(token.text):
                after_code.add(len(segments) - 1)
        else:
            segments[-1].append(token)
    out: list[list[Token]] = []
    for k, segment in enumerate(segments):
        if k in after_code and len(segment) == 1:
            continue
        out.extend(_kept_in_capitals(segment, know))
    return out


#: What follows a member's name in a roster: a comma and the state, in title case.
_STATE_AFTER_MEMBER = re.compile(r",[^\S\n]+[A-Z][a-z]+")


def person_in_capitals(words: list[str], know: Knowledge) -> bool:
    """Words that read as a person's name in capitals: a given name, or any first word
    with a middle initial, then a surname ("TOM McCLINTOCK", "JODEY C. ARRINGTON")."""
    return 2 <= len(words) <= 4 and (words[0].title() in know.given_names or (
        len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]) is not None)) and \
        all(CAPITALS_NAME_WORD.fullmatch(w) for w in words) and not words[-1].endswith(".")


def member_in_capitals(text: str, run: list[Token], know: Knowledge) -> bool:
    """A person's name in capitals in a list of members, each followed by the state or the
    town in title case: "HAKEEM S. JEFFRIES, New York", "TOM McCLINTOCK, California" (a
    given name the tables lack with a middle initial: "JODEY C. ARRINGTON, Texas")."""
    return person_in_capitals([t.text for t in run], know) and \
        _STATE_AFTER_MEMBER.match(text, run[-1].end) is not None


#: A bulletin's names for its own kinds, after a storm's name: "Hurricane Maria Intermediate
#: Advisory Number 35A".
_BULLETIN_KINDS = frozenset("Intermediate Public Advisory Discussion Forecast Update "
                            "Statement".split())
_STORMS = STORM_KINDS | {"Depression"}
#: Sides and compass points, which name no place before "of" or after a number.
SIDES = frozenset("North South East West Northeast Northwest Southeast Southwest N S E W NE "
                  "NW SE SW".split())


def bulletin_parts(text: str, run: list[Token], know: Knowledge) -> list[list[Token]]:
    """The names in a run of a text that writes passages in capitals (a weather bulletin),
    where lines and headers ran together: codes and words in capitals before and after a
    name ("TCPAT5 BULLETIN Hurricane Maria …", "… Miami FL AL152017"), a sentence's "A"
    ("… Pamlico Sounds A Storm Surge Watch"), a side before "of" ("North of Surf City"), a
    town and its state's letters after a body ("… Center Miami FL"), and the bulletin's
    own kind after a storm's name ("… Maria Intermediate Advisory Number")."""
    def code(token: Token) -> bool:
        return token.number or token.text in BULLETIN_WORDS or \
            _BULLETIN_CODE.fullmatch(token.text) is not None

    start, end = 0, len(run)
    if end >= 2 and _BULLETIN_CODE.fullmatch(run[0].text) and \
            re.fullmatch(r"[A-Z]{4}", run[1].text):
        start = 2  # "WTNT35 KNHC": a bulletin's header and its office's station letters
    while start < end and (code(run[start]) or (
            run[start].text.isupper() and run[start].text.isalpha() and len(run[start].text) > 2
            and any(not t.text.isupper() for t in run[start + 1:end]))):
        start += 1  # ("TCPAT5 BULLETIN Hurricane …", "SPECIAL FEATURES... Tropical Storm …")
    while end > start and code(run[end - 1]):
        end -= 1  # ("… Miami FL AL152017")
    run = run[start:end]
    if len(run) > 2 and run[0].text in SIDES and run[1].text == "of":
        run = run[2:]  # "North of Surf City"
    for k, token in enumerate(run):
        if k and token.text == "A" and k + 1 < len(run) and run[k + 1].capitalised:
            return [*bulletin_parts(text, run[:k], know),
                    *bulletin_parts(text, run[k + 1:], know)]
        if k >= 2 and run[k - 1].text in ORGANISATION_HEADS and token.text in know.places \
                and k + 1 < len(run) and run[k + 1].text in POSTAL_CODES:
            return [run[:k], *bulletin_parts(text, run[k:], know)]
        if k >= 2 and run[k - 2].text in _STORMS and token.text in _BULLETIN_KINDS:
            return [run[:k]]
        if k and token.text in ("Discussion", "Advisory", "Outlook") and k + 1 < len(run) \
                and run[k + 1].acronym:
            return [run[:k + 1], *bulletin_parts(text, run[k + 1:], know)]
            # ("Tropical Weather Discussion NWS National Hurricane Center …")
    return [run] if run else []


def _kept_in_capitals(segment: list[Token], know: Knowledge) -> list[list[Token]]:
    """The names a stretch of words in capitals holds: its known places, and the rest when
    it is short letters or holds a place's head word ("CAPE HATTERAS")."""
    if not segment:
        return []
    titled = [t.text.title() for t in segment]
    for size in (3, 2, 1):  # the longest known place first
        for k in range(len(segment) - size + 1):
            name = " ".join(titled[k:k + size])
            if know.places.get(name) and (size > 1 or know.big_place(name)):
                return [*_kept_in_capitals(segment[:k], know), segment[k:k + size],
                        *_kept_in_capitals(segment[k + size:], know)]
    if any(w in PLACE_HEADS for w in titled) or titled[0] in PLACE_PREFIXES or \
            all(len(t.text) <= 5 for t in segment):
        return [segment]
    return []


def _shouted(token: Token) -> bool:
    """A word written in capitals, not a body's letters: "NUCLEAR", "COMMISSION"."""
    return len(token.text) >= 5 and token.text.isalpha() and token.text.isupper() and \
        any(ch in "AEIOU" for ch in token.text)


def case_shift(run: list[Token], know: Knowledge) -> int | None:
    """Where a run of two words or more in capitals meets words in title case (or the other
    way round): text from a PDF or a page whose headings in capitals lost their line breaks
    ("Official Transcript of Proceedings NUCLEAR REGULATORY COMMISSION Title"). A name
    holds letters ("NASA Goddard Space Flight Center"), not capitalised words."""
    def titled(token: Token) -> bool:
        return token.text[:1].isupper() and not token.text.isupper() and \
            token.text not in FUNCTION_WORDS and token.text.isalpha() and \
            len(token.text) >= 3 and token.text not in know.given_names
        # (not "HÜBNER Danuta Maria", a surname in capitals before the given names, nor
        # "GRAND RIVERS, Ky.", a dateline's state)

    for k in range(1, len(run)):
        if k >= 2 and _shouted(run[k - 2]) and _shouted(run[k - 1]) and (
                titled(run[k]) or (run[k].text == "The" and k + 1 < len(run)
                                   and titled(run[k + 1]))):
            return k  # (or "… NUCLEAR PLANTS The Nuclear Regulatory Commission has …")
        if k + 1 < len(run) and _shouted(run[k]) and _shouted(run[k + 1]) and \
                titled(run[k - 1]):
            return k
    return None
