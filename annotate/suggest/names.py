"""Where the names are: capitalised runs of words, cut into the names they hold.

A *run* is a stretch of capitalised words on one line with nothing but spaces between
them, joined by the small words that live inside names ("Color of Change", "Osama bin
Laden", "Focus the Nation"), by numbers inside names ("Web 2.0 Summit", "Area 51") and
by dotted abbreviations ("U.S.", "D.C.", "Dotalliance Inc."). A run is then cut into
the names it holds:

- function words and weekday or month names at its edges go ("During", "The");
- a possessive ends a name ("Labour's Shadow Home Secretary Yvette Cooper" → "Labour",
  then the rest) unless only a title precedes it ("Prime Minister's Questions");
- a coordination of two complete names is split ("Syria and Yemen", "Dotalliance Inc.
  & EuroDNS S.A."), one name containing "and" is not ("NHS Greater Glasgow and Clyde");
- a title before a person's name becomes their role ("Environment Minister John Baird",
  "CEO of the Refugee Council Enver Solomon": role, organisation and person);
- a leading demonym or language name is an adjective, not a name ("Filipino Fyljoy
  Volefdico", "Afghan officials"), unless the run names an institution ("Italian
  Cultural Institute").

Each name found is a :class:`Candidate`; :mod:`entities` types and groups them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .knowledge import PEOPLE_ADJECTIVES, Knowledge
from .lexicon import (
    ABBREVIATIONS,
    CONNECTORS_BASE,
    DESIGNATION,
    EVENT_HEADS,
    FUNCTION_WORDS,
    HOLIDAYS,
    HONORIFICS,
    INITIALS_TITLES,
    MONTHS_AND_DAYS,
    NOBLE,
    OFFICE_TITLES,
    ORDINAL,
    ORDINAL_WORDS,
    ORGANISATION_HEADS,
    PARTICLE_PAIRS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PORTFOLIO,
    POSTNOMINALS,
    PREFIXES,
    RANK_PARTS,
    ROLE_MODIFIERS,
    SHEIKH,
    STATE_ABBREVIATIONS,
    WORK_HEADS,
    YEAR_KINDS,
)

# Only the words that can be part of a name are matched (the regex engine skips the rest
# in C, which saves most of the time): capitalised or non-ASCII-initial words, words with
# a capital inside ("al-Qaeda", "eBay"), numbers, dotted abbreviations, "&", @handles,
# domain names ("Medium.com") and the small words that live inside names.
_SMALL = ("of|the|for|and|to|de|del|della|der|den|van|von|bin|ibn|al|da|di|du|la|le|dos|das|"
          "do|ter|ten|zu|y|in|on")
_TOKEN = re.compile(
    r"(?<![\w’'@.-])(?:[A-Z][\w-]*(?:\.[a-z]{2,6})+\b(?!\w|\.\w)|\d+[A-Za-z]\w*|"
    r"\d+(?:[.,:-]\d+)*|(?:[A-Z]\.){2,}|&|\+|"
    rf"@?(?=[^\Wa-z_]|(?:{_SMALL})\b|[a-z]+[-’']?[A-Z])\w+(?:[’'\-‐]\w+)*)")
_CONTRACTION = re.compile(r"[’'](?:m|ll|d|ve|re|t|s)$|^(?:It|He|She|That|There|What|Who|Here)[’']")
#: What follows a name's hyphen to make an adjective of it ("Lehrer-moderated",
#: "Obama-era", "Beijing-based"); any other lower-case part belongs to the name
#: ("Chan Tai-man").
_ATTRIBUTIVE = re.compile(r"\w+(?:ed|ing|ly|ish)|era|like|style|wide|born|run|led|made|"
                          r"type|free|proof|only|esque|backed|based|owned|funded|linked|"
                          r"friendly|related|focused|controlled|allied|aligned|language")
_HAS_CAPITAL = re.compile(r"[A-Z]")
#: A work named right after its kind: "the Beatles song Across the Universe".
_WORK_CUE = re.compile(r"\b(?:song|film|movie|book|novel|album|play|poem|series|show|"
                       r"opera|documentary|painting|musical)\s+$")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*(?![\w’'-])")
_ARABIC_ARTICLES = frozenset(("al", "el", "ad", "ash", "as", "at", "an", "ar", "az"))
_NUMBER = re.compile(r"\d+(?:[.,:-]\d+)*")
#: A dateline glued to the next sentence's first word when a copy lost the dash between
#: them: "WASHINGTONOn April 28, …".
_GLUED_DATELINE = re.compile(r"([A-Z]{3,})([A-Z][a-z]+)")
_DATELINE_HEAD = re.compile(r"(?:[A-Z][A-Z.'’-]*,? +)*")


class Token:
    """A word that can be part of a name (plain lower-case words are never kept: a run
    only joins words with nothing but spaces between them, so dropping them changes no
    run and saves most of the work)."""

    __slots__ = ("acronym", "capitalised", "cut", "end", "initial", "number", "possessive",
                 "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.possessive = False  # "Labour’s": text is "Labour"
        self.cut = False  # "Lehrer-moderated": text is "Lehrer", and the name ends here
        self.initial = False  # first word of a sentence
        self.capitalised = self.acronym = self.number = False

    def classify(self) -> None:
        """Set the flags from the (possibly shortened) text."""
        word = self.text
        self.number = _NUMBER.fullmatch(word) is not None
        letters = [c for c in word if c.isalpha()]
        self.acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
        if _CONTRACTION.search(word):
            self.capitalised = False  # "I’m", "It’s", "Don’t": never part of a name
        elif word[:1].isupper():
            self.capitalised = True
        else:
            head, _, rest = word.partition("-")
            self.capitalised = bool(rest) and rest[:1].isupper() and (
                head in _ARABIC_ARTICLES or (len(head) <= 3 and head not in PREFIXES))
            # ("al-Assad", "Kim il-Sung"; not "sub-Saharan", "pro-Russian")


@dataclass
class Candidate:
    """A name as the story writes it at one place."""

    start: int
    end: int
    text: str
    words: tuple[str, ...]
    initial: bool = False  # a single word that starts a sentence: needs other evidence
    role: str | None = None  # "Environment Minister", from the title before the name
    honorific: str | None = None  # "Ms." of "Ms. Deberry"
    hint: str | None = None  # a type the run's own shape gives ("organisation"…)
    before: str = ""  # the words right before and after, for cues
    after: str = ""
    adjectives: list[str] = field(default_factory=list)  # demonyms cut from the front
    possessive: bool = False  # written "Labour’s"


def tokens(text: str) -> list[Token]:
    """The words of ``text`` that can be part of a name, with the flags runs need."""
    out: list[Token] = []
    keep = CONNECTORS_BASE | {"in", "on", "to"}
    for match in _TOKEN.finditer(text):
        word = match.group()
        if word[0].islower() and word not in keep and not _HAS_CAPITAL.search(word):
            continue
        start, end = match.start(), match.end()
        if text.startswith(("$", "€", "£"), end):
            continue  # "CA$46.36", "A$20": a currency, not a name
        glued = _GLUED_DATELINE.fullmatch(word)
        if glued and glued.group(2) in FUNCTION_WORDS and (start == 0 or text[start - 1] == "\n"):
            cut = start + len(glued.group(1))
            for part in (Token(start, cut, glued.group(1)), Token(cut, end, glued.group(2))):
                part.classify()
                part.initial = True
                out.append(part)
            continue
        token = Token(start, end, word)
        if word[-2:] in ("’s", "'s") and len(word) > 2:
            token.text, token.possessive = word[:-2], True
        elif "-" in word or "‐" in word:
            parts = re.split(r"[-‐]", word)
            kept = 1
            while kept < len(parts) and (parts[kept][:1].isupper()
                                         or not _ATTRIBUTIVE.fullmatch(parts[kept])):
                kept += 1
            if kept < len(parts) and word[:1].isupper():
                token.text = "-".join(parts[:kept])
                token.cut = True
        dotted = (len(word) == 1 and word.isupper()) or word in ABBREVIATIONS
        if dotted and end < len(text) and text[end] == "." and not token.possessive \
                and not token.cut:
            token.text += "."
            token.end += 1
        token.classify()
        if token.capitalised or token.acronym:
            token.initial = _starts_sentence(text, start)
        out.append(token)
    return out


#: A dateline ending right before a word: a place in capitals (a region or country after
#: a comma), then a dash, at the start of a line.
_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]+(?:, [A-Za-z .'’-]+)?\s*(?:--|—|–)$")


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0“\"‘'([«":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] in "-—–" and _DATELINE.search(text, max(0, i - 80), i + 1):
        return True  # "WASHINGTON -- Following …", "GAZA CITY, Gaza — The …"
    while i >= 0 and text[i] in "”’\"')]»":
        i -= 1
    if i >= 0 and text[i] in ".!?…:":
        # "Mr. Tedeschi", "John F. Kerry", "U.S. officials": an abbreviation, not a stop
        j = i - 1
        while j >= 0 and text[j].isalpha():
            j -= 1
        word = text[j + 1:i]
        abbreviation = word in ABBREVIATIONS or (len(word) == 1 and word.isupper())
        return not (text[i] == "." and abbreviation)
    return False


def _dateline_start(text: str, start: int) -> bool:
    """Whether only a dateline's capitals come before ``start`` on its line."""
    line = text.rfind("\n", 0, start) + 1
    return _DATELINE_HEAD.fullmatch(text, line, start) is not None


def _gap_ok(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return 0 < len(gap) <= 3 and all(ch in " \t\u00a0" for ch in gap)


def runs(text: str, words: list[Token], know: Knowledge) -> Iterator[list[Token]]:
    """Maximal runs of name words (see the module docstring)."""
    connectors = CONNECTORS_BASE
    i, n = 0, len(words)
    while i < n:
        first = words[i]
        if not (first.capitalised or first.acronym or (
                _ordinal_before_name(text, words, i) and not (  # not "December 26th …"
                    i > 0 and words[i - 1].text in MONTHS_AND_DAYS
                    and _gap_ok(text, words[i - 1], first)))):
            i += 1
            continue
        run = [first]
        j = i
        while j + 1 < n and not words[j].cut:
            current, nxt = words[j], words[j + 1]
            owner = _possessive_in_name(text, words, j, know)
            if current.possessive and not _only_titles(run, know) and not owner:
                break
            if _nickname(text, words, j):  # Elizabeth “Gena” Macres
                run += words[j + 1:j + 3]
                j += 2
                continue
            if text[current.end:nxt.start] == " #" and nxt.number and current.capitalised:
                run.append(nxt)  # "Electrical Workers Local Union #55"
                j += 1
                continue
            if (end := _punctuated_name_goes_on(text, run, current, know)) is not None:
                # "… Amendment (Extension of Coronavirus Support) Bill 2020", "Domestic,
                # Family and Sexual Violence Commission": one name around the marks
                while j + 1 < n and words[j + 1].end <= end:
                    run.append(words[j + 1])
                    j += 1
                continue
            if not _gap_ok(text, current, nxt) and not owner:
                break
            if all(t.acronym for t in run) and not nxt.acronym and (
                    "  " in text[current.end:nxt.start] or (
                        nxt.text in ("A", "An", "The") and len(current.text) >= 3
                        and j + 2 < n and not words[j + 2].acronym)) and \
                    _dateline_start(text, run[0].start):
                nxt.initial = True  # "NEWARK, NJ  Federal …", "MIAMI A Miami …": a
                break  # dateline whose dash the copy lost
            if current.text.endswith(".") and nxt.text in FUNCTION_WORDS:
                break  # "… in Washington, D.C. The Deputy Secretary …": a new sentence
            if DESIGNATION.fullmatch(nxt.text) and len(run) >= 2 and not current.acronym \
                    and not current.text[:1].isdigit():
                break  # "Air Station Cape Cod HC-144 Casa": a station, then an aircraft
            if nxt.capitalised or nxt.acronym or _number_in_run(text, words, j, know) or \
                    (_ordinal_before_name(text, words, j + 1)
                     and current.text not in MONTHS_AND_DAYS) or \
                    (current.acronym and re.fullmatch(r"\d+[a-z]{1,2}", nxt.text) is not None) or \
                    (current.text in PLACE_HEADS and re.fullmatch(r"\d+[A-Z]", nxt.text)) or \
                    (current.text in WORK_HEADS and re.fullmatch(r"1[6-9]\d\d|20\d\d", nxt.text)):
                # ("Launch Complex 39A", "Pad 39B"; a law's year: "Poisons Act 1972")
                # ("PDS 70c", an exoplanet; not "the 1990s" after a lower-case word)
                run.append(nxt)
                j += 1
            elif nxt.text == "on" and current.text in _HEADS_AFTER_POSSESSIVE and \
                    j + 2 < n and words[j + 2].capitalised and \
                    words[j + 2].text not in MONTHS_AND_DAYS and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]):
                run += words[j + 1:j + 3]  # "Summit on Refugees", "Council on Foreign …"
                j += 2
            elif nxt.text == "to" and current.text in ORGANISATION_HEADS and j + 2 < n and \
                    words[j + 2].capitalised and not words[j + 2].initial and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    _goes_on_after_to(text, run, words, j + 2, know):
                run += words[j + 1:j + 3]  # "Network to Freedom", "Committee to Protect …"
                j += 2
            elif nxt.text == "in" and _is_title(current.text, know.titles) and j + 2 < n and \
                    words[j + 2].capitalised and not words[j + 2].initial and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    not know.big_place(words[j + 2].text) and \
                    words[j + 2].text not in ORGANISATION_HEADS:
                run += words[j + 1:j + 3]  # "Poet Laureate Consultant in Poetry": a title
                j += 2
            elif nxt.text == "in" and _institution_goes_on(text, run, words, j, know):
                run += words[j + 1:j + 3]  # "Association for Women in Communications"
                j += 2
            elif nxt.text in connectors:
                # one or two small words, then a capitalised one: "CEO of the Refugee Council"
                k = j + 2
                if k < n and ((nxt.text in ("of", "for") and words[k].text == "the")
                              or (nxt.text == "and" and words[k].text == "the" and any(
                                  t.text in ("of", "for") for t in run))
                              or (nxt.text, words[k].text) in PARTICLE_PAIRS) and \
                        _gap_ok(text, nxt, words[k]):
                    k += 1
                if k < n and _gap_ok(text, words[k - 1], words[k]) and \
                        (words[k].capitalised or words[k].acronym) and not words[k].initial:
                    run += words[j + 1:k + 1]
                    j = k
                else:
                    break
            else:
                break
        yield run
        i = j + 1


#: A part in brackets inside a law's or a project's name, then its head: "Social Services
#: and Other Legislation Amendment (Extension of Coronavirus Support) Bill 2020".
_BRACKETED = re.compile(r" \([A-Z][^()\n]{0,60}\) (?P<head>Bill|Act|Regulations?|Rules|Project|"
                        r"Program|Programme|Scheme|Strategy|Plan|Order)\b")
#: Words listed with commas before "and" and an institution's head: "Domestic, Family and
#: Sexual Violence Commission", "Department of Agriculture, Water and the Environment".
_LISTED = re.compile(r", (?:[A-Z][\w’'-]+, ){0,4}[A-Z][\w’'-]+,? and (?:the )?"
                     r"(?:[A-Z][\w’'-]+ ){0,3}(?P<head>[A-Z][\w’'-]+)\b")


def _punctuated_name_goes_on(text: str, run: list[Token], current: Token,
                             know: Knowledge) -> int | None:
    """Where a name that goes on past a bracket or a comma ends, if it does (not a list
    of places: "… of China, Russia and the Russian Federation")."""
    m = _BRACKETED.match(text, current.end)
    if m is not None and len(run) >= 2:
        return m.end()
    m = _LISTED.match(text, current.end)
    core = [t for t in run if t.text not in FUNCTION_WORDS]  # (not "A" of "A Domestic, …")
    if m is not None and m.group("head") in ORGANISATION_HEADS and (
            len(core) == 1 or (len(run) >= 3 and run[-2].text == "of")):
        items = [current.text, *re.findall(r"[A-Z][\w’'-]+", m.group()[:m.start("head") -
                                                                       m.start()])]
        if not any(know.big_place(w) or w in know.country_codes for w in items):
            return m.end()
    return None


def _goes_on_after_to(text: str, run: list[Token], words: list[Token], k: int,
                      know: Knowledge) -> bool:
    """'to' inside an institution's name: "Network to Freedom", "Committee to Protect
    Journalists" (not "sent the Army to Kabul", "moved the Department to New York")."""
    one = words[k].text
    two = f"{one} {words[k + 1].text}" if k + 1 < len(words) and \
        _gap_ok(text, words[k], words[k + 1]) and words[k + 1].capitalised else None
    if know.big_place(one) or (two is not None and two in know.places):
        return False
    return len(run) >= 2 or two is not None


def _ordinal_before_name(text: str, words: list[Token], k: int) -> bool:
    """'181st' in '181st Multifunctional Training Brigade': an ordinal right before a
    capitalised word."""
    return k + 1 < len(words) and ORDINAL.fullmatch(words[k].text) is not None and \
        words[k + 1].capitalised and _gap_ok(text, words[k], words[k + 1])


def _nickname(text: str, words: list[Token], j: int) -> bool:
    """'Elizabeth “Gena” Macres': one capitalised word in quotation marks between a
    given name and a surname belongs to the name."""
    if j + 2 >= len(words):
        return False
    first, nick, last = words[j], words[j + 1], words[j + 2]
    return first.capitalised and nick.capitalised and last.capitalised and \
        not first.acronym and text[first.end:nick.start] in (" “", ' "', " ‘") and \
        text[nick.end:last.start] in ("” ", '" ', "’ ")


def _institution_goes_on(text: str, run: list[Token], words: list[Token], j: int,
                         know: Knowledge) -> bool:
    """'in' inside an institution's name: after 'Association for Women', 'Institute of
    Research', 'Program on Falls', before a capitalised word that is not a place ("… in
    Communications", "… in Construction", but not "Museum of Art in Philadelphia")."""
    if j + 2 >= len(words):
        return False
    nxt = words[j + 2]
    if not nxt.capitalised or not _gap_ok(text, words[j + 1], nxt) or \
            not _gap_ok(text, words[j], words[j + 1]):
        return False
    texts = [t.text for t in run]
    head = next((k for k, w in enumerate(texts) if w in ORGANISATION_HEADS), None)
    if head is None or not any(w in ("for", "of", "on") for w in texts[head + 1:]):
        return False
    following = " ".join(t.text for t in words[j + 2:j + 4])
    return nxt.text not in know.places and following not in know.places and \
        nxt.text not in know.country_codes


_HEADS_AFTER_POSSESSIVE = ORGANISATION_HEADS | EVENT_HEADS | {"Hospital", "Day", "Summit", "Eve",
                                                               "Republic"}


def _possessive_in_name(text: str, words: list[Token], j: int, know: Knowledge) -> bool:
    """A possessive inside a name that a head word ends: "International Women’s Day",
    "Leaders’ Summit on Refugees", "Children’s Hospital" (not "Labour’s Shadow Home
    Secretary")."""
    current = words[j]
    plural = text[current.end:current.end + 2] in ("’ ", "' ") and current.text.endswith("s")
    if not (current.possessive or plural) or j + 1 >= len(words) or \
            current.text in ORGANISATION_HEADS or current.acronym:
        return False  # "Princeton University’s Neuroscience Institute", "WHO’s Office of …":
    #                   a part of an organisation named first
    nxt = words[j + 1]
    gap = text[current.end:nxt.start]
    if not nxt.capitalised or len(gap) > 3 or gap.strip(" ’'"):
        return False
    if re.search(rf"\b{re.escape(current.text)} [A-Z]", text):
        return False  # "Kennedy's Launch Complex 39A": Kennedy Space Center's, named in full
    m = j + 1
    country = know.places.get(current.text) in ("country", "continent")
    big = know.big_place(current.text)
    while m < len(words) and m <= j + 4 and words[m].capitalised and \
            (m == j + 1 or _gap_ok(text, words[m - 1], words[m])):
        if words[m].text in _HEADS_AFTER_POSSESSIVE:  # "World’s Toughest Row Race"
            # (but "Pakistan's Supreme Court" is a court of Pakistan; "America’s Cup" one)
            return not (big and words[m].text in ORGANISATION_HEADS)
        if words[m].text in PLACE_HEADS:  # "Nelson’s Dockyard"; not "Britain’s … Islands",
            return not (country or (know.places.get(current.text) == "region" and m > j + 1))
            # ("Florida's Everglades National Park": a state's park with a name of its own)
        m += 1
    return False


def _number_in_run(text: str, words: list[Token], j: int, know: Knowledge) -> bool:
    """Whether the number after word ``j`` belongs to the name ("Web 2.0 Summit"; not
    "Texas 565", a count after a state)."""
    current, nxt = words[j], words[j + 1]
    if know.places.get(current.text) in ("country", "region", "continent") and \
            re.match(r"[,.;]|\s+and\s", text[nxt.end:nxt.end + 5]):
        return False  # "Arizona 651, Texas 565 and …" (but "Falcon 9 rocket")
    return nxt.number and not current.number and current.capitalised and \
        current.text not in MONTHS_AND_DAYS and current.text not in FUNCTION_WORDS and \
        _number_in_name(text, words, j + 1)


def _number_in_name(text: str, words: list[Token], k: int) -> bool:
    """'Web 2.0 Summit', 'Area 51': a number between capitalised words, or a short one
    (not a year) ending the name."""
    number = words[k].text
    if (len(number) > 4 and not re.fullmatch(r"\d{1,4}[-/]\d{1,4}", number)) or \
            re.fullmatch(r"\d{4}-\d{2,4}", number):
        return False  # a year or a range of years; "Message 15-270" is a document's number
    if k + 1 < len(words) and _gap_ok(text, words[k], words[k + 1]) and \
            words[k + 1].capitalised:
        return True
    return (len(number.replace(".", "")) <= 3 or "-" in number or "/" in number) and \
        text[words[k].end:words[k].end + 1] != "%"


def _only_titles(run: list[Token], know: Knowledge) -> bool:
    words = [t for t in run if t.text not in FUNCTION_WORDS]
    return bool(words) and all(t.text.casefold() in know.titles for t in words)


def candidates(text: str, know: Knowledge) -> list[Candidate]:
    """Every name the story's runs hold, in text order."""
    words = tokens(text)
    out: list[Candidate] = []
    skip_lines = _headline_lines(text)
    found = _join_state_codes(text, list(runs(text, words, know)), know)
    surnames = frozenset(run[-1].text for run in found if len(run) > 1)
    body = [" ".join(t.text for t in run) for run in found
            if not any(run[0].start >= a and run[-1].end <= b for a, b in skip_lines)]
    titles = _quoted_titles(text)
    out.extend(titles)
    alone = {run[0].text for run in found if len(run) == 1}
    found = [part for run in found for part in (
        [run[:1], run[1:]] if len(run) == 2 and run[0].acronym and not run[1].acronym
         and run[0].text in alone and run[1].text in alone else [run])]
    # ("NASA Boeing’s Orbital Flight Test-2": two names the story also writes alone)
    for run in found:
        if any(run[0].start >= a and run[-1].end <= b for a, b in skip_lines) and \
                not _name_in_title_case(run, body, know):
            continue
        if any(run[0].start >= t.start and run[-1].end <= t.end + 1 for t in titles):
            continue  # inside a title: the title is the name
        if run[0].text in ("Pronounced", "pronounced") and text[:run[0].start].endswith("("):
            continue  # "King George Tupou (Pronounced Too-pow)": how to say it
        out.extend(_cut(text, run, know, surnames))
    return sorted(out, key=lambda c: c.start) if titles else out


def _quoted_titles(text: str) -> list[Candidate]:
    """Titles of works in quotation marks, each one name: 'the song "Still Crazy After
    All These Years"', '“Charging Bull”'. A passage counts when it is in Title Case
    (every word capitalised but the small ones), or when one or two capitalised words
    follow a word that names a work or calls something."""
    from .quotes import passages, quoted_title

    out: list[Candidate] = []
    for passage in passages(text):
        for p in (passage, *passage.inner):
            inside = text[p.start:p.end]
            stripped = inside.rstrip(" .,;:!?")
            lead = len(stripped) - len(stripped.lstrip())
            start = p.start + lead
            if stripped[lead:].startswith("the "):  # 'known as "the Mercury Seven"'
                start += 4
            words = text[start:p.start + len(stripped)].split()
            if not words or len(words) > 12 or not words[0][:1].isupper():
                continue
            before = text[max(0, p.open - 40):p.open]
            if not quoted_title(words, before):
                continue
            end = p.start + len(stripped)
            out.append(Candidate(start, end, " ".join(text[start:end].split()), tuple(words),
                                 hint="work", before=before, after=text[end:end + 40]))
    return out


def _join_state_codes(text: str, found: list[list[Token]],
                      know: Knowledge) -> list[list[Token]]:
    """'Washington, D.C.' is one place: a place, a comma and a dotted state code, or any
    name, a comma and a state's AP abbreviation."""
    out: list[list[Token]] = []
    for run in found:
        previous = out[-1] if out else None
        if previous is not None and len(run) == 1 and "." in run[0].text and \
                text[previous[-1].end:run[0].start] == ", " and (
                    (run[0].text in know.country_codes
                     and " ".join(t.text for t in previous) in know.places)
                    or (run[0].text[:-1] in STATE_ABBREVIATIONS and previous[-1].capitalised)):
            # ("St. Charles, Mo.", "FORT IRWIN, Calif.": an AP state abbreviation)
            out[-1] = [*previous, run[0]]
            continue
        out.append(run)
    return out


def _name_in_title_case(run: list[Token], body: list[str], know: Knowledge) -> bool:
    """In a headline or credit line every word is capitalised: only runs with a mark of a
    name count there (a company's head word, a given name, capitals inside a word, or
    the same words in the body of the story)."""
    words = [t.text for t in run]
    if " ".join(words) in body:
        return True
    if words[-1] in ORGANISATION_HEADS and len(words) > 1:
        return True
    if len(words) in (2, 3) and words[0] in know.given_names:
        return True
    return any(any(c.isupper() for c in w[1:]) and not w.isupper() for w in words)


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines in Title Case or CAPITALS (headlines, captions, credits) say nothing of names."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        words = line.split()
        if 2 <= len(words) <= 15 and not line.rstrip().endswith((".", "”", '"', ":")):
            capitalised = sum(1 for w in words if w[:1].isupper())
            if capitalised / len(words) >= 0.7:
                spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


def _cut(text: str, run: list[Token], know: Knowledge,
         surnames: frozenset[str] = frozenset()) -> list[Candidate]:
    """The names one run holds."""
    if len(run) > 2 and run[0].text in ORDINAL_WORDS and run[1].text == "of" and \
            text[:run[0].start].endswith("the "):
        run = run[2:]  # "King George Tupou … the Fifth of Tonga": a regnal number
    if run[0].text in FUNCTION_WORDS and len(run) > 1 and \
            _WORK_CUE.search(text, max(0, run[0].start - 30), run[0].start):
        return [_candidate(text, _trim(run, know, leading=False), hint="work")]
    if run[0].text == "Friend" and re.search(r"\bhon\.?\s+$", text[max(0, run[0].start - 8):
                                                                   run[0].start]):
        run = run[1:]  # "My hon Friend the Home Secretary": a form of address
        if not run:
            return []
    if len(run) == 1 and len(run[0].text) == 1 and re.search(
            r"(?<![\w-])(?!(?:on|at|to|from|via|by|of|in)\s)[a-z]+\s+$",
            text[max(0, run[0].start - 20):run[0].start]):
        return []  # "hepatitis B", "vitamin C": a letter after a common noun
    run = _trim_keeping_ordinal(run, know)
    if len(run) == 2 and run[1].text == "Language" and run[0].text in know.languages:
        return [_adjective_only(text, [run[0].text])]  # "an English Language test"
    if not run:
        return []
    if re.search(r"[(,]", text[run[0].start:run[-1].end]):
        return [_candidate(text, run)]  # a name around a bracket or a list (see runs)
    if len(run) > 1 and run[-1].text == "Web" and re.match(r" (?:site|page)s?\b",
                                                            text[run[-1].end:]):
        run = run[:-1]  # "the Wage and Hour Division Web site"
    if run and (run[0].text == "FY" or (len(run) >= 2 and run[1].text == "Year"
                                        and run[0].text in YEAR_KINDS)):
        return []  # "Fiscal Year 2019", "FY 2007": a date
    while len(run) > 1 and run[-1].text in POSTNOMINALS and run[-2].capitalised and \
            not run[-2].acronym:
        run = run[:-1]  # "James Marape MP": the name, without the letters after it
    if len(run) > 1 and run[-1].cut and (know.is_demonym(run[-1].text)
                                         or run[-1].text in know.places):
        run = run[:-1]  # "the Horten Liberian-flagged tanker": the ship is "Horten"
    if len(run) > 2 and run[-2].text in ORGANISATION_HEADS and run[-1].text.endswith("s") \
            and run[-1].text[:-1].casefold() in PERSON_NOUNS and not _spelt_out(text, run) \
            and not (run[-2].text in PORTFOLIO and _is_title(run[-1].text, know.titles)):
        run = run[:-1]  # "U.S. Army Reserve Soldiers": the Reserve (but "Community
        # Services Ministers (CSM)" meet as one body)
    if not run:
        return []
    adjectives: list[str] = []
    if len(run) > 3 and run[1].text == "and" and run[0].text in PEOPLE_ADJECTIVES and \
            run[2].text in PEOPLE_ADJECTIVES:
        adjectives += [run[0].text, run[2].text]  # "both White and Black WAC’s"
        run = run[3:]
    if run[0].initial and len(run) > 1 and run[1].text not in ORGANISATION_HEADS and (
            _not_a_name_word(text, run[0], know, run[1]) or (
            run[0].text.endswith("s") and run[0].text[:-1].casefold() in PERSON_NOUNS)):
        run = _trim(run[1:], know)  # ("Activists Maryam Bahrami and …": a plural noun)
    # a leading demonym is an adjective unless the run names an institution, an event or
    # a place ("American Samoa")
    while run and know.is_demonym(run[0].text) and \
            " ".join(t.text for t in run) not in know.places and not _spelt_out(text, run, 2):
        # ("Georgian Dream (GD)": a short form that spells the demonym too)
        if len(run) == 2 and run[0].text in know.given_names and run[1].text in know.surnames:
            break  # "Christian Bale": a given name that is also a faith's adjective
        tail = run[-1].text
        if len(run) > 1 and (tail in ORGANISATION_HEADS or tail in EVENT_HEADS
                             or tail in PLACE_HEADS):  # "Indian Ocean", "Arabian Sea"
            break
        if len(run) >= 4 and not any(_is_title(t.text, know.titles) or t.acronym
                                     for t in run[1:]):
            break  # "European Forest Fire Information System": a long name, all of it
        if len(run) == 2 and re.search(r"\b[Tt]he\s+$", text[max(0, run[0].start - 4):
                                                              run[0].start]) and \
                run[1].text not in know.given_names and run[1].text not in know.surnames \
                and run[1].text not in know.places and not run[1].acronym:
            break  # "the Pakistani Taliban": a group of its own (not "the Afghan Ghani")
        adjectives.append(run[0].text)
        run = _trim(run[1:], know)
    if not run:
        return [_adjective_only(text, adjectives)] if adjectives else []
    out: list[Candidate] = []
    for part in _split_place_acronym(run, know):
        out.extend(_cut_part(text, part, know, surnames))
    for candidate in out:
        candidate.adjectives = adjectives
    return out


def _trim_keeping_ordinal(run: list[Token], know: Knowledge) -> list[Token]:
    """``_trim``, but an ordinal before a unit's, an event's or a place's head stays:
    "181st Multifunctional Training Brigade", "First Army", "Fifth Avenue"."""
    trimmed = _trim(run, know)
    if trimmed and trimmed[0] is run[0]:
        return trimmed  # ("Tenth Doctor": an ordinal _trim keeps)
    lead = run[0] if len(run) > 1 and (ORDINAL.fullmatch(run[0].text) or
                                       run[0].text in ORDINAL_WORDS) else None
    if lead is None:
        return trimmed
    trimmed = _trim(run[1:], know)
    if trimmed and trimmed[0] is run[1] and (trimmed[-1].acronym or any(
            t.text in ORGANISATION_HEADS or t.text in EVENT_HEADS or t.text in PLACE_HEADS
            for t in trimmed)):
        return [lead, *trimmed]  # (and a unit's short form: "181st MFTB")
    return trimmed


def _split_place_acronym(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """'Denver ABC affiliate': a place, then an organisation's acronym; 'in Australia
    Michael Guglielmucci': a country or region, then a person."""
    for k in range(1, len(run)):
        place = " ".join(t.text for t in run[:k])
        if place not in know.places or not run[k - 1].capitalised or run[k - 1].acronym:
            continue
        if run[k].acronym and "." not in run[k].text and know.big_place(place) and not (
                len(run) - k >= 3 and run[-1].text in ORGANISATION_HEADS):
            # (but "Pennsylvania OSHA Consultation Program" is one name)
            return [run[:k], *_split_place_acronym(run[k:], know)]  # (not "Honda CRV")
        if know.places[place] in ("country", "region") and run[k].text in know.given_names \
                and k + 1 < len(run) and run[k + 1].capitalised and not any(
                    t.text in ORGANISATION_HEADS or t.text in EVENT_HEADS for t in run[k:]):
            return [run[:k], run[k:]]
    return [run]


def _cut_part(text: str, run: list[Token], know: Knowledge,
              surnames: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for k in range(2, len(run) - 1):
        if run[k].text == "of" and run[k - 1].number and run[-1].acronym and \
                len(run) - k - 1 <= 2:
            # "Pathway 1 of the ACRS": a numbered part, then the whole it belongs to
            return [*_cut_part(text, run[:k], know, surnames),
                    *_cut_part(text, _trim(run[k + 1:], know), know, surnames)]
    parts = [run] if _spelt_out(text, run) else [
        coordinated for named in _split_product(run) for institution in _split_institutions(named)
        for coordinated in _split_coordination(institution, know, surnames)]
    for part in parts:
        out.extend(_roles(text, part, know, surnames))
    return out


def _split_product(run: list[Token]) -> list[list[Token]]:
    """'United Launch Alliance Atlas V': a company, then the model it makes (a name ending
    in a number, a Roman numeral or a designation)."""
    for h in range(1, len(run) - 1):
        model = run[h + 1:]
        if run[h].text in ORGANISATION_HEADS and len(model) <= 2 and model[0].capitalised \
                and model[0].text not in ORGANISATION_HEADS and not model[0].acronym and \
                (model[-1].number or re.fullmatch(r"[IVX]+|[A-Z]{1,5}-\d+\w*", model[-1].text)):
            return [run[:h + 1], model]
    return [run]


def _split_institutions(run: list[Token]) -> list[list[Token]]:
    """'U.S. Department of Labor Occupational Safety and Health Administration': a
    ministry or department ending "… of <portfolio>", then another institution of three
    words or more ending at its own head, written one after the other (not "Union of
    Medical Care and Relief Organizations")."""
    for h in range(len(run) - 5):
        rest = run[h + 3:]
        if run[h].text in ORGANISATION_HEADS and run[h + 1].text == "of" and \
                run[h + 2].text in PORTFOLIO and rest[0].capitalised \
                and rest[-1].text in ORGANISATION_HEADS and "of" not in (
                    rest[1].text, rest[2].text):
            return [run[:h + 3], rest]
    return [run]


def _spelt_out(text: str, run: list[Token], shortest: int = 3) -> bool:
    """A short form in parentheses right after the run spells all of it: "Elections and
    Boundaries Commission (EBC)" is one name, not "Elections" and a commission."""
    m = re.match(r"\s*\(([A-Za-z]{2,10})\)", text[run[-1].end:run[-1].end + 14])
    if m is None or len(run) < shortest:
        return False
    letters = m.group(1).upper()
    words = [t.text for t in run]
    significant = "".join(w[0] for w in words if w not in CONNECTORS_BASE).upper()
    every = "".join(w[0] for w in words if w not in ("the", "&")).upper()
    return letters in (significant, every)


def _adjective_only(text: str, adjectives: list[str]) -> Candidate:
    """A run that was only demonyms: kept so they can be offered as not_entities."""
    word = adjectives[0]
    return Candidate(-1, -1, word, (word,), hint="adjective", adjectives=adjectives)


def _trim(run: list[Token], know: Knowledge, *, leading: bool = True) -> list[Token]:
    while leading and run and (run[0].text in FUNCTION_WORDS or run[0].text in CONNECTORS_BASE
                   or run[0].number or _is_date_word(run, 0, know)):
        if len(run) > 1 and run[0].text in ("First", "Second", "Third") and \
                run[1].text.casefold() in know.titles:
            break  # "First Minister", "Second Lady": part of a role
        run = run[1:]
    while run and (run[-1].text in FUNCTION_WORDS - {"I"} or run[-1].text in CONNECTORS_BASE
                   or run[-1].text in ("in", "on")
                   or _is_date_word(run, len(run) - 1, know) or (run[-1].number
                   and len(run) > 1 and _is_date_word(run, len(run) - 2, know))):
        run = run[:-1]
    return run


def _is_date_word(run: list[Token], k: int, know: Knowledge) -> bool:
    """'May' in 'May 6' is a month; in 'Theresa May' it is a name."""
    word = run[k].text
    if word not in MONTHS_AND_DAYS:
        return False
    if k > 0 and run[k - 1].capitalised and run[k - 1].text in know.given_names:
        return False
    return not (word in know.given_names and k + 1 < len(run) and run[k + 1].capitalised
                and run[k + 1].text not in MONTHS_AND_DAYS)


@functools.lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words the story writes in lower case (once per story)."""
    return frozenset(_LOWER_WORD.findall(text))


def _not_a_name_word(text: str, token: Token, know: Knowledge,
                     following: Token | None = None) -> bool:
    """The first word of a sentence that is an ordinary word, not part of a name."""
    word = token.text
    if word in know.given_names or word in know.places or token.acronym:
        return False
    if word.casefold() in know.titles:
        return False
    if word.casefold() in _lower_case_words(text):
        return True  # the story also writes it in lower case
    if word.endswith("ly") and len(word) < 7 and following is not None and \
            following.capitalised and not following.acronym:
        return False  # "Joely Maniscalco" (but "Nearly 90", "Recently Smith")
    return word.endswith(("ly", "ive", "ous", "ful", "less", "ing", "ed", "able", "ible"))


def _split_coordination(run: list[Token], know: Knowledge,
                        surnames: frozenset[str]) -> list[list[Token]]:
    """'Syria and Yemen' → two names; 'NHS Greater Glasgow and Clyde' stays one."""
    for k in range(2, len(run) - 2):
        second = k + 2 if run[k + 1].text == "the" else k + 1
        if run[k].text == "and" and (run[k - 1].text in ORGANISATION_HEADS or (
                run[k - 1].text in PLACE_HEADS and k >= 2)) and \
                run[-1].text in ORGANISATION_HEADS and run[second].capitalised:
            # "Occupational Safety and Health Administration and Mine Safety and Health
            # Administration": two institutions, each ending at its head (or a place and an
            # institution: "Anangu Lands and Burnie Works")
            return [*_split_coordination(run[:k], know, surnames),
                    *_split_coordination(run[second:], know, surnames)]
    for k, token in enumerate(run):
        if token.text not in ("and", "&") or k == 0 or k == len(run) - 1:
            continue
        left, right = run[:k], run[k + 1:]
        if token.text == "and" and len(left) >= 2 and len(right) >= 2 and (
                left[-1].text == right[-1].text or _is_title(right[0].text, know.titles)):
            # "JobKeeper Payment and JobSeeker Payment": two names of one kind; "Minister for
            # Foreign Affairs and Minister for Women Senator … Payne": a role, then another
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        if token.text == "and" and len(left) >= 2 and all(
                _is_title(t.text, know.titles) or t.text in ROLE_MODIFIERS for t in right):
            return _split_coordination(left, know, surnames)  # "… Area and Special Agents"
        whole = " ".join(t.text for t in run)
        of_place = len(left) >= 3 and left[-2].text == "of" and len(right) >= 2 and \
            _region_or_country(left[-1:], know)  # "Sitka Tribe of Alaska and Silver Bay …"
        if of_place and not any(" ".join(t.text for t in run[:j]) in know.places
                                for j in range(k + 2, len(run) + 1)):
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        if whole in know.places or any(t.text in ("of", "for") for t in left) or any(
                " ".join(t.text for t in run[:j]) in know.places for j in range(k + 2, len(run))):
            return [run]  # ("Trinidad and Tobago Newsday": a country's name leads it)
        if len(right) == 2 and len(left) >= 2 and left[-2].text == "National" and \
                left[-1].text in PLACE_HEADS and right[-1].text in PLACE_HEADS:
            return [run]  # "Big South Fork National River and Recreation Area"
        shared = right[-1].text[:-1] if right[-1].text.endswith("s") else ""
        if token.text == "and" and len(left) == 1 and len(right) == 2 and \
                right[-1].text not in ORGANISATION_HEADS and (
                    shared in PLACE_HEADS or shared in ORGANISATION_HEADS):
            return [left, right]  # "Magnolia and Oakland Plantations": two, one head
        heads = ORGANISATION_HEADS | EVENT_HEADS
        titled = next((m for m in range(1, len(right)) if len(left) == 1 and (
            _is_title(right[m].text, know.titles) or right[m].text in ROLE_MODIFIERS)),
                      len(right))  # ("Wage and Hour Division District Director Richard …")
        if right[titled - 1].text in heads and left[-1].text not in heads and not (
                token.text == "and" and len(left) == 1 and _complete(left, know, surnames)
                and not _given_name_only(left[0].text, know, surnames)):
            return [run]  # "Essex Agricultural and Technical High School", "Wage and Hour
            # Division" (a word that is also someone's given name is not a name here)
        single = token.text == "and" and ((len(left) == 1 and len(right) == 1)
                                          or right[0].text == "The"  # "… and The Mechanism"
                                          or (len(left) >= 2 and _region_or_country(right, know))
                                          or _place_leads(right, know))
        # ("Haider al-Abadi and Kurdistan": a name, then a country or region)
        people = len(right) == 2 and not any(t.acronym or t.text in ORGANISATION_HEADS
                                             for t in right) and _person_named(left, know)
        # ("Maryam Bahrami and Setayesh Hadizadeh": a person, then a name of two words)
        if single or people or (_complete(left, know, surnames)
                                and _complete(right, know, surnames)):
            # (two single words joined by "and" are two names: "Facebook and Twitter";
            # a firm of two names writes "&": "Marks & Spencer")
            right = _trim_keeping_ordinal(right, know)
            if not right:  # "Michelle and I": a pronoun, no name after "and"
                return _split_coordination(left, know, surnames)
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        return [run]
    return [run]


def _given_name_only(word: str, know: Knowledge, surnames: frozenset[str]) -> bool:
    """A word known only as a given name: no place, surname or holiday."""
    return word in know.given_names and word not in surnames and word not in HOLIDAYS \
        and not know.big_place(word)


def _person_named(part: list[Token], know: Knowledge) -> bool:
    """A given name and a surname, nothing else: "Maryam Bahrami"."""
    return len(part) == 2 and part[0].text in know.given_names and part[1].capitalised \
        and not part[1].acronym and part[1].text not in ORGANISATION_HEADS


def _place_leads(part: list[Token], know: Knowledge) -> bool:
    """'Papua New Guinea Post-Courier': a country's or region's name, then more words (a
    name of its own after "and": "National and Papua New Guinea Post-Courier")."""
    return any(_region_or_country(part[:j], know) and know.places.get(" ".join(
        t.text for t in part[:j])) != "city" for j in range(len(part) - 1, 0, -1))


def _region_or_country(part: list[Token], know: Knowledge) -> bool:
    """A country, a region or a continent, or a country's code (not a city: a city's name
    is also a company's or a person's often enough)."""
    text = " ".join(t.text for t in part)
    return know.places.get(text, "city") != "city" or text in know.country_codes


def _complete(part: list[Token], know: Knowledge, surnames: frozenset[str]) -> bool:
    """A part of a coordination that is a name on its own (or a role alone: "… National
    Recreation Area and Special Agents with …")."""
    words = [t.text for t in part]
    text = " ".join(words)
    if len(words) > 1 and all(_is_title(w, know.titles) or w in ROLE_MODIFIERS for w in words):
        return True
    if know.big_place(text) or text in know.country_codes or know.is_demonym(text):
        return True
    if len(words) > 1 and words[-1] in PLACE_HEADS:
        return True  # "Durham County"
    if len(words) == 1 and words[0] in HOLIDAYS:
        return True  # "Christmas and Lunar New Year"
    if len(words) >= 2 and words[0].casefold().rstrip(".") in know.titles and \
            part[-1].capitalised and not part[-1].acronym:
        return True  # "Blinken and Minister Jaishankar" (not a plural: "Presidents …")
    if len(words) > 1 and words[0] in PLACE_PREFIXES:
        return True  # "St. Joseph and La Horquetta", "San Juan and Santa Cruz"
    if len(words) == 1 and words[0] in surnames:
        return True  # "Trump and Clinton": each a surname the story also writes in full
    if len(words) == 1 and words[0] in know.given_names and words[0] not in know.places:
        return True  # "Harry and Meg Ryan"
    if words[-1] in ORGANISATION_HEADS or words[-1] in EVENT_HEADS:
        return True
    if any(w in know.given_names and part[k + 1].capitalised
           for k, w in enumerate(words[:-1])):
        return True  # a person's name, perhaps after a title ("Secretary … Colin Powell")
    if len(words) > 1 and (words[0].rstrip(".") in NOBLE or words[0].rstrip(".") in HONORIFICS):
        return True  # "Lord Liverpool and Queen Elizabeth II"
    if any(len(w) == 2 and w.endswith(".") and w[0].isupper() for w in words[1:-1]) and \
            part[-1].capitalised and not part[-1].acronym:
        return True  # a person's name with an initial: "… Sgt. Maj. Iuniasolua T. Savusa"
    return len(words) == 1 and part[0].acronym


def _roles(text: str, run: list[Token], know: Knowledge,
           surnames: frozenset[str] = frozenset()) -> list[Candidate]:
    """Cut a title off the front of a person's name; keep an organisation it names."""
    words = [t.text for t in run]
    titles = know.titles
    last_title = -1
    for k, word in enumerate(words[:-1]):
        if word in SHEIKH and k > 0 and last_title < 0:
            break  # inside a name, not before it: "Sidi Ould Cheikh Abdallahi"
        if _is_title(word, titles) or word.rstrip(".") in HONORIFICS:
            last_title = k
        elif word in RANK_PARTS and ((k > 0 and last_title == k - 1) or _is_title(
                words[k + 1], titles)):
            last_title = k  # "Sergeant Major", "Petty Officer", "Command Sgt. Maj."
        elif last_title == k - 1 >= 0 and (
                (ORDINAL.fullmatch(word) and words[k + 1] == "Class") or
                (word == "Class" and ORDINAL.fullmatch(words[k - 1]))):
            last_title = k  # "Petty Officer 1st Class William James"
        elif word in ROLE_MODIFIERS or word in ("of", "the", "for"):
            continue
        elif k + 1 < len(words) and _title_follows(words, k + 1, titles) and (
                last_title < 0 or word in PORTFOLIO):
            continue  # "Environment" of "Environment Minister"
        else:
            break
    out: list[Candidate] = []
    if last_title < 0:
        if words[-1].casefold().rstrip(".") in titles and len(words) <= 3 and \
                words[-1] not in PLACE_HEADS and words[-1] not in ORGANISATION_HEADS and \
                words[0] not in know.given_names and words[0] not in NOBLE and not (
                    (words[-1] in know.given_names or words[-1] in know.surnames)
                    and not all(_is_title(w, titles) or w in ROLE_MODIFIERS
                                or w in PORTFOLIO or know.is_demonym(w) for w in words[:-1])):
            # "Prime Minister", "Republican Congressman": a role with no name (but "Gazi
            # Baba", a place, ends in a rare title that is also a name)
            return []
        joint = next((k for k in range(2, len(run) - 4) if run[k].text in ("for", "of")
                      and run[k - 1].text in ORGANISATION_HEADS), None)
        if joint is not None and run[joint + 3].text == "and" and \
                _person_named(run[joint + 1:joint + 3], know) and \
                _person_named(run[joint + 4:joint + 6], know) and len(run) == joint + 6:
            # "Presidential Inaugural Committee for Joe Biden and Kamala Harris": an
            # organisation, then the two people it is for
            return [_candidate(text, run[:joint], hint="organisation"),
                    _candidate(text, run[joint + 1:joint + 3], hint="person"),
                    _candidate(text, run[joint + 4:], hint="person")]
        if len(run) > 3 and run[2].text in ("of", "for") and _person_named(run[:2], know):
            # "Pablo Lopez of Norcross": a person, then where or whom they are from
            after = _trim(run[3:], know)
            return [_candidate(text, run[:2], hint="person"),
                    *(_cut_part(text, after, know, surnames) if after else [])]
        return [_candidate(text, run)]
    head = words[last_title].rstrip(".")
    if head in NOBLE and last_title == 0 and (len(run) <= 3 or (
            len(run) in (4, 5) and words[2] == "of" and run[1].capitalised)):
        # "Lord Liverpool", "Queen Elizabeth II", "Lord Wilson of Sedgefield" (a peer's
        # title names the place)
        return [_candidate(text, run, hint=None if head in ("St", "Saint") else "person")]
    prefix = run[:last_title]
    while prefix and (prefix[-1].text in RANK_PARTS or prefix[-1].text in ROLE_MODIFIERS
                      or _is_title(prefix[-1].text, titles)):
        prefix = prefix[:-1]  # "U.S. Army Europe Command Sgt. Maj.": "Command" is the rank's
    if len(prefix) >= 3 and prefix[0].capitalised and prefix[-1].capitalised and \
            any(t.text in ("of", "for") for t in prefix[1:-1]):
        # "Voice of America Director David S. Jackson": the organisation before the title
        out.append(_candidate(text, prefix, hint="organisation"))
    elif len(prefix) >= 2 and prefix[-1].capitalised and any(
            t.text in ORGANISATION_HEADS for t in prefix):
        # "V Corps Command Sgt. Maj. Ralph Beam", "U.S. Army Europe Command Sgt. Maj. …"
        out.append(_candidate(text, prefix, hint="organisation"))
    elif len(prefix) >= 2 and prefix[0].capitalised and not any(t.possessive for t in prefix) \
            and ((len(prefix) >= 3 and prefix[-1].text in PLACE_HEADS)
                 or " ".join(t.text for t in prefix) in know.places):
        # "Chamizal National Memorial Superintendent …", "Ciudad Juárez Mayor …"
        out.append(_candidate(text, prefix))
    else:
        for k in range(last_title):  # "Melbourne Lord Mayor", "Texas Governor …": the place
            word = words[k]
            if run[k].capitalised and know.big_place(word):
                out.append(_candidate(text, [run[k]]))
    rest = run[last_title + 1:]
    role_end = last_title + 1
    if rest and rest[0].text in ("of", "for") and len(rest) > 1:
        # "CEO of the Refugee Council Enver Solomon": the organisation ends at its head word
        k = 1
        while k < len(rest) and rest[k].text in ("the", "of"):
            k += 1
        org_start = k
        while k < len(rest) and rest[k].text not in ORGANISATION_HEADS:
            k += 1
        while k + 2 < len(rest) and rest[k + 1].text == "of":
            k += 2  # "Church of Scientology", "University of Texas"
        given = next((p for p in range(org_start, len(rest) - 1)
                      if rest[p].text in know.given_names and rest[p + 1].capitalised
                      and not _region_or_country(rest[p:p + 1], know)), None)  # (not "France")
        if k < len(rest):
            organisation = rest[org_start:k + 1]
            if not all(t.text in PORTFOLIO or t.text in CONNECTORS_BASE for t in organisation):
                out.append(_candidate(text, organisation, hint="organisation"))
            # ("Minister for Families and Social Services Anne Ruston": a portfolio)
            role_end = last_title + 1 + k + 1
            rest = rest[k + 1:]
        elif given is not None:
            # "Secretary of State Colin Powell": the role runs to the person's given name
            role_end = last_title + 1 + given
            place = rest[org_start:given]
            if place and _region_or_country(place, know):  # "President of France Nicolas Sarkozy"
                out.append(_candidate(text, place))
            rest = rest[given:]
        else:
            organisation = rest[org_start:]
            if not all(t.text in PORTFOLIO or t.text in CONNECTORS_BASE
                       for t in organisation):  # "Minister of Transport": a role only
                out.append(_candidate(text, organisation))
            rest = []
    if len(rest) >= 2 and rest[0].text == "in" and last_title == len(words) - len(rest) - 1:
        role_end += 2  # "Poet Laureate Consultant in Poetry", "Writer in Residence Ann Lee"
        rest = rest[2:]
    while len(rest) > 2 and (_is_title(rest[0].text, titles) or rest[0].text.rstrip(".") in
                             HONORIFICS or (rest[0].text == "the" and (
                                 rest[1].text.rstrip(".") in HONORIFICS))):
        role_end += 1  # "Minister for Families and Social Services Senator the Hon. Anne
        rest = rest[1:]  # Ruston": more titles after the portfolio
    rest = _trim(rest, know)
    if not rest or all(_is_title(t.text, titles) or t.text in PORTFOLIO
                       for t in rest):  # ("Deputy Commerce Minister": a role alone)
        return out  # a title alone ("Prime Minister") names no one
    of = next((m for m, t in enumerate(rest) if t.text in ("of", "for") and m > 0
               and _person_like(rest[:m], know, surnames)), None)
    if of is not None:
        # "… John F. Tierney of Massachusetts", "… Alice S. Fisher of the Criminal Division
        # and U.S. Attorney James R. Klindt for the Middle District of Florida": what
        # follows is a run of its own
        after = _trim(rest[of + 1:], know)
        if after:
            out.extend(_cut_part(text, after, know, surnames))
        rest = rest[:of]
    if any(t.text == "and" for t in rest[1:-1]):
        # "Secretary of State Rex Tillerson and Russian Foreign Minister Sergey Lavrov",
        # "Presidents Trump and Putin": the names after the title are a run of their own
        role_text = " ".join(w for w in words[:role_end] if w.rstrip(".") not in HONORIFICS)
        for found in _cut(text, rest, know, surnames):
            if found.hint is None and found.role is None and know.places.get(found.text) is \
                    None and not any(w in ORGANISATION_HEADS for w in found.words):
                found.hint, found.role = "person", role_text or None  # the title is theirs
            out.append(found)
        return out
    honorific_title = head in HONORIFICS or head in NOBLE or (
        len(rest) == 1 and words[last_title] in OFFICE_TITLES
        and rest[0].text.casefold() not in _lower_case_words(text))  # "President Biden"
    if not _person_like(rest, know, surnames, after_honorific=honorific_title):
        if any(t.text in ORGANISATION_HEADS or t.text in EVENT_HEADS for t in rest):
            return [_candidate(text, run)]  # "Southern General Hospital": no title at all
        return out or [_candidate(text, run)]
    role_words = words[:role_end]
    honorific = None
    if len(role_words) == 1 and role_words[0].rstrip(".") in HONORIFICS:
        honorific, role = role_words[0], None
    else:
        role = " ".join(w for w in role_words if w.rstrip(".") not in HONORIFICS)
        role = re.sub(r"(?:\s+the)+$", "", role) or None  # ("… Senator the Hon. …")
    person = _candidate(text, rest, hint="person")
    person.role, person.honorific = role, honorific
    return [*out, person]


def _is_title(word: str, titles: frozenset[str]) -> bool:
    """A title word, hyphenated ones included ("Secretary-General")."""
    folded = word.casefold().rstrip(".")
    if folded in INITIALS_TITLES and not word.isupper():
        return False  # "Ada Limón", not the ADA (assistant district attorney)
    singular = folded[:-3] + "y" if folded.endswith("ies") else folded[:-1]
    return folded in titles or ("-" in folded and all(p in titles for p in folded.split("-"))) \
        or (len(folded) > 4 and folded.endswith("s") and singular in titles
            and word[:1].isupper())  # "Foreign Ministers", "Presidents Trump and Putin",
    # "Deputies" (but not "Families": nameparser knows "familie")


def _title_follows(words: list[str], k: int, titles: frozenset[str]) -> bool:
    """Whether a title word comes at or after ``k`` before the name ends."""
    return any(_is_title(w, titles) for w in words[k:-1])


def _person_like(part: list[Token], know: Knowledge, surnames: frozenset[str] = frozenset(),
                 *, after_honorific: bool = True) -> bool:
    """Whether words after a title are a person's name. One word alone must be known as
    a name: a surname the story also writes after a first name ("President Koroma" …
    "Ernest Bai Koroma"), a surname or given name Faker knows, or any word after Mr/Ms/Sir."""
    words = [t.text for t in part]
    if len(words) > 4 or any(w in ORGANISATION_HEADS or w in EVENT_HEADS for w in words) or \
            (len(words) > 1 and words[-1] in WORK_HEADS):  # "Foreign Agents Registration Act"
        return False
    if len(words) >= 3 and words[-1] in PLACE_HEADS:
        return False  # "Prince William Forest Park": a place, not a prince
    if len(words) == 1:
        word = words[0]
        if part[0].acronym or word in PLACE_HEADS or word in FUNCTION_WORDS or \
                know.places.get(word, "city") != "city":
            return False
        return after_honorific or word in surnames or word in know.surnames or \
            word in know.given_names
    return True


def _candidate(text: str, run: list[Token], hint: str | None = None) -> Candidate:
    start, end = run[0].start, run[-1].start + len(run[-1].text)
    words = tuple(t.text for t in run)
    before = text[max(0, start - 80):start]
    after = text[end:end + 40]
    if run[-1].possessive:
        after = text[run[-1].end:run[-1].end + 40]
    single_initial = len(run) == 1 and run[0].initial
    if text.startswith(" administration", end) and run[-1].text[:1].isupper():
        end += len(" administration")  # "the Bush administration" names a government
        words += ("administration",)
        hint = "organisation"
    return Candidate(start, end, " ".join(text[start:end].split()), words,
                     initial=single_initial, hint=hint, before=before, after=after,
                     possessive=run[-1].possessive)
