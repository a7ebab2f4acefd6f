"""Runs: the stretches of capitalised words that may hold names.

A *run* is a stretch of capitalised words on one line with nothing but spaces between
them, joined by the small words that live inside names ("Color of Change", "Osama bin
Laden", "Focus the Nation"), by numbers inside names ("Web 2.0 Summit", "Area 51"), by
dotted abbreviations ("U.S.", "D.C.", "Dotalliance Inc."), by a possessive inside a name
("International Women’s Day") and by a bracket or a comma list inside one ("… Amendment
(Extension of Coronavirus Support) Bill 2020"). :mod:`cutting` then cuts each run into the
names it holds.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from .forms import initials_of
from .knowledge import Knowledge
from .lexicon import (
    ACTION_VERBS,
    ACTOR_BEFORE,
    BODIES_OF_A_KIND,
    CENSUS_YEAR,
    CLAUSE_VERBS,
    COMPANY_FORMS,
    COMPASS_LETTERS,
    COMPASS_POINTS,
    CONNECTORS_BASE,
    DESIGNATION,
    DISEASE_DESIGNATIONS,
    ELECTED_OFFICES,
    EVENT_HEADS,
    FOREIGN_SMALL,
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    HOLIDAYS,
    HONORIFICS,
    LAW_HEADS,
    LAW_NATION,
    LAW_PARTS,
    MEMORIAL_HEADS,
    MONTHS_AND_DAYS,
    NAMED_AFTER_PERSON,
    NOBLE,
    NOUN_AFTER_VERB,
    NUMBERED_WORK_HEADS,
    OBSERVANCE_HEADS,
    OFFICE_HOLDERS,
    ORDINAL,
    ORGANISATION_HEADS,
    PARTICLE_PAIRS,
    PLACE_HEADS,
    PRIZES,
    ROAD_NUMBER_HEADS,
    ROAD_WORDS,
    ROLE_MODIFIERS,
    SEASONS,
    SKY_CATALOGUES,
    SKY_HEADS,
    SOCIAL_NETWORKS,
    STATE_ABBREVIATIONS,
    STREET_FIRST,
    SURNAME_PARTICLES,
    TIME_SPANS,
    TOPIC_BODIES,
    UN_MISSION_HEADS,
    VESSEL_PREFIXES,
    WORK_HEADS,
    YEARS,
)
from .tokens import (
    Token,
    _dateline_start,
    _gap_ok,
    _is_title,
    _lower_case_words,
    _only_titles,
    _spelt_out,
    nickname_between,
    someones_surname,
)

#: What a person is chosen or run for, before "for <office>" (not a committee's name then:
#: "the party nominated Jane Roe for Governor").
_CHOSEN_BEFORE = re.compile(r"\b(?:nominat\w*|endors\w*|vot\w*|support\w*|back\w*|elect\w*|"
                            r"pick\w*|chose|choose|choosing|run|runs|running|ran|named|"
                            r"appoint\w*|tapp\w*)\s+$")
#: A verb after "I" that makes it the pronoun, not a numeral ("World War I").
_PRONOUN_I_VERB = re.compile(r"[^\S\n]+(?:have|had|am|was|will|would|do|did|can|could|"
                             r"should|must|may|might|think|believe|know|want|see|saw|"
                             r"say|said|hope|look|need)\b")
#: The heads of prizes' names, before what each is for: "Award for Scientific Project …".
_PRIZE_HEADS = PRIZES | frozenset("Awards Prizes Medals Fellowship Scholarship".split())


# Words that make a number after "$" an amount of money ("NEH Announces $21.7 Million"),
# not a value inside a name ("the Presidential $1 Coin Program").
_AMOUNTS = frozenset({"Thousand", "Million", "Billion", "Trillion", "M", "B", "K", "Bn", "Mn"})


def _town_after_body(run: list[Token], words: list[Token], j: int, know: Knowledge) -> bool:
    """Whether a town begins after a body named "<head> of <what>" ("the Bureau of Land
    Management Rock Springs Wild Horse Holding Facility"), not inside its name ("… District
    of New York", "Coast Guard Sector San Juan", "Under Secretary Alexis Taylor")."""
    current, nxt = words[j], words[j + 1]
    second = f"{nxt.text} {words[j + 2].text}" if j + 2 < len(words) else ""
    if not (know.places.get(nxt.text) == "city" or know.places.get(second) == "city") or \
            (_is_title(nxt.text, know.titles) and know.places.get(second) != "city"):
        return False  # (nor "Office of the Chief Privacy Officer": a post's last word, though
        # a town bears it)
    of = max((k for k, t in enumerate(run) if t.text == "of"), default=-1)
    if of < 0 or current.text in know.given_names or \
            know.places.get(f"{current.text} {nxt.text}"):
        return False
    tail = " ".join(t.text for t in run[of + 1:])
    return not know.places.get(f"{tail} {nxt.text}") and not know.places.get(
        f"{tail} {second}")


#: The heads of the names of a body's places: "… Wild Horse Holding Facility".
_FACILITIES = frozenset("Facility Facilities Center Centre Corral Station Office Offices "
                        "Depot Yard Laboratory Lab Hatchery".split())
#: Common words written in capitals for emphasis or as a page's label, which name nothing
#: next to words that are not in capitals: "Act TODAY", "NEWS from CPSC".
_EMPHASIS = frozenset("TODAY NOW NOT NEVER ALWAYS FREE ONLY MUST NEWS UPDATE UPDATED ALERT "
                      "WARNING IMPORTANT URGENT BREAKING EXCLUSIVE PLEASE".split())


#: A body's members, capitalised as the armed forces write them: "… Guard Soldier".
_MEMBER_NOUNS = frozenset("Soldier Soldiers Airman Airmen Sailor Sailors Guardsman Guardsmen "
                          "Citizen-Soldiers Citizen-Soldier Citizen-Airmen".split())
#: Words that make "123 SE Court Dr." an address, whose compass letters are the street's.
_STREET_WORDS = ROAD_WORDS | frozenset("Court Ct Pl Place Terrace Ter Circle Cir Suite".split())


def _amount_labels(text: str) -> frozenset[str]:
    """Capitalised words a list puts before an amount on two lines or more ("Auburn
    Outright: $175,000", "Spring Hill Outright: $185,427"): the label of the amount, no
    part of the name before it."""
    seen = Counter(re.findall(r"(?<![\w-])([A-Z][a-z]+):[^\S\n]*[$£€]\d", text))
    return frozenset(word for word, count in seen.items() if count >= 2)


#: What a state's name calls it before "of": "the Republic of Chad".
_STATES_OF = frozenset("Republic Kingdom State States Commonwealth Union Federation Emirate "
                       "Emirates Principality Duchy Sultanate".split())


def _person_then_home(text: str, run: list[Token], words: list[Token], j: int,
                      know: Knowledge) -> bool:
    """Whether the run ends with a person's name (a given name, perhaps initials, a surname)
    and "of" after it leads to a state or a country: where the person is from."""
    last = run[-1]
    if len(run) < 2 or not last.capitalised or last.acronym or last.text in ORGANISATION_HEADS \
            or last.text in PLACE_HEADS or last.text in _STATES_OF:
        return False
    pair = len(run) >= 3 and run[-3].text == "and" and all(
        t.capitalised and not t.acronym and not know.places.get(t.text)
               and t.text not in ORGANISATION_HEADS and t.text not in PLACE_HEADS
               and not _is_title(t.text, know.titles) for t in run[-2:]) and \
        not (len(run) >= 4 and run[-4].text in ORGANISATION_HEADS) and \
        run[-1].text[:-1] not in ORGANISATION_HEADS
    # ("… West Virginia and Kyrsten Sinema of Arizona": two words no table knows as a place,
    # a body's head or a title; but "… Newspaper Association and Suburban Newspapers of
    # America" lists two bodies, and "Boys and Girls Clubs of America" is one, its head in the
    # plural)
    lone_pair = len(run) == 2 and all(
        t.capitalised and not t.acronym
        and (not know.places.get(t.text) or (t is last and know.places.get(t.text) == "city"))
        and t.text not in ORGANISATION_HEADS and t.text not in PLACE_HEADS
        and not _is_title(t.text, know.titles) and t.text.casefold() not in know.common_words
        and not know.is_demonym(t.text) for t in run)
    # ("Caster Semenya of South Africa": two words of a name no table knows, then a country;
    # "Shadi Sadr of Iran": a surname a town shares, after a word no table knows)
    if not pair and not lone_pair and not any(
            (t.text in know.given_names and not know.places.get(t.text))
            or re.fullmatch(r"(?:[A-Z]\.){1,3}", t.text) for t in run[-4:-1]):
        return False  # (or initials: "Eni F.H. Faleomavaega"; but "the Republic of Kenya
        # and the Republic of Chad": no one's name)
    k = j + 2
    for size in (1, 2, 3):
        if k + size > len(words) or not all(
                _gap_ok(text, words[m - 1], words[m]) for m in range(k, k + size)):
            break
        if know.places.get(" ".join(w.text for w in words[k:k + size])) in (
                ("country",) if lone_pair and not pair else ("country", "region")):
            return True
    return False


def _verb_before_amount(text: str, word: Token) -> bool:
    """A headline's verb before an amount ("NEH Announces $21.7 Million …", "County
    Receives 3 Grants"), or the "Due to" of a recall's headline ("… Recalls Cribs Due to
    Fall Hazard"): no name, and the end of the name before it."""
    if word.text == "Due":
        return re.match(r"[^\S\n]+to\b", text[word.end:word.end + 4]) is not None
    if text[max(0, word.start - 4):word.start] == " to " and \
            re.match(r"[^\S\n]+\$\d", text[word.end:word.end + 4]):
        return True  # "CFPB Orders Discover Bank to Pay $18.5 Million": a verb, an amount
    if word.text in CLAUSE_VERBS or word.text == "Recalled":
        return not (word.text == "Recalls" and NOUN_AFTER_VERB.match(text, word.end))
    if word.text in _PASSIVE_HEADLINE_VERBS and text.startswith(" by ", word.end):
        return True  # "James O’Keefe Fired by Project Veritas": a headline in the passive
    return word.text in HEADLINE_VERBS and word.text.endswith("s") and \
        re.match(r"[^\S\n]+[$£€]?\d", text[word.end:word.end + 4]) is not None


#: What a regulator's verb goes on to: whom it acts on, or "that …", "with …", "against …".
_ACTED_ON_AFTER = re.compile(r"[^\S\n]+(?:[A-Z]|\$|that\b|with\b|against\b)")
#: A headline's verb in the passive before what follows: "Merrill Lynch Ordered to Pay …".
_PASSIVE_BEFORE_TO = re.compile(r"[^\S\n]+(?:to|with|for)\b")


def _action_verb(text: str, word: Token) -> bool:
    """A regulator's or a court's verb in a headline, between who acts and whom it acts
    on ("CFTC Charges Nicholas Gelfman …", "Federal Court Orders …"), or the passive
    before "to" ("… Ordered to Pay"), or "Pay" after "to": no name, and the end of the
    one before (but "Executive Orders", "the Charges Bureau": no actor before them)."""
    if word.text in ("Ordered", "Charged", "Sentenced", "Fined", "Barred", "Banned") and \
            _PASSIVE_BEFORE_TO.match(text, word.end):
        return True
    if word.text == "Pay" and text.endswith(" to ", 0, word.start):
        return True  # "… to Pay Restitution and a Civil Monetary Penalty"
    actor = ACTOR_BEFORE.search(text, max(0, word.start - 30), word.start)
    return word.text in ACTION_VERBS and actor is not None and \
        not (word.text == "Issues" and not actor.group().strip().isupper()) and \
        _ACTED_ON_AFTER.match(text, word.end) is not None  # ("FSIS Issues Public Health
    # Alert …", a body by its letters; but "US District Court Issues Temporary Injunction"
    # keeps the court's headline whole)


#: Headlines' verbs in the passive, before "by" and who did it: "… Fired by Project Veritas".
_PASSIVE_HEADLINE_VERBS = frozenset("Fired Sued Arrested Charged Killed Ousted Jailed Hired "
                                    "Acquired Bought Replaced Attacked".split())
#: The year of a law: "Poisons Act 1972", "Act of 2024", "Acts of 2019 and 2020".
_LAW_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
#: Units named by number, whose label ends a listing's row: "Region 07 - Detroit".
_NUMBERED_UNITS = frozenset("Region District Division Zone Sector Ward".split())
#: Endings of English adverbs, which title case capitalises and no name holds: "The Saldivar
#: Group Unlawfully Threatened …", "… Successfully Obtains Order".
_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:fully|lessly|ously|ively|ically|ingly|edly|ately|"
                     r"ently|antly|ably|ibly)")


def _click_here(text: str, word: Token) -> bool:
    """A link's words, "Click here", "Click Here", "Read more »": no name, and the end of
    the one before."""
    return (word.text == "Click" and re.match(r"[^\S\n]+[Hh]ere\b", text[word.end:]) is not None) \
        or (word.text == "Read" and re.match(r"[^\S\n]+[Mm]ore\b", text[word.end:]) is not None) \
        or (word.text == "View" and re.match(r"[^\S\n]+Article", text[word.end:]) is not None) \
        or (word.text in ("Article", "More") and re.search(
            r"\b(?:View|Read)[^\S\n]+$", text[max(0, word.start - 6):word.start]) is not None)
    # (and "View Article", a feed reader's link after each item, both its words)


def _after_adverb(text: str, words: list[Token], i: int, know: Knowledge) -> bool:
    """The verb after a headline's adverb in title case ("… Rangers Successfully Intervene
    In …"; not "Currently Dotalliance Inc.", an adverb opening a sentence): no name."""
    return i > 1 and not words[i].acronym and _adverb(words[i - 1], know) and \
        _gap_ok(text, words[i - 1], words[i]) and \
        (words[i - 2].capitalised or words[i - 2].number) and \
        _gap_ok(text, words[i - 2], words[i - 1])


def _adverb(word: Token, know: Knowledge) -> bool:
    """A headline's adverb: no name, and the end of the name before it."""
    return _ADVERB.fullmatch(word.text) is not None and word.text not in know.surnames and \
        word.text not in know.given_names and word.text not in know.places


def _prize_for(run: list[Token]) -> bool:
    """A run that names a prize, then what it is for: "Rocky Mountain Eagle Award for …"."""
    return any(t.text in _PRIZE_HEADS and run[k + 1].text == "for"
               for k, t in enumerate(run[:-2])) and run[-1].capitalised


#: A docket's or a case's number: "T-515", "A-14076" (a table's rows open with them).
_CASE_NUMBER = re.compile(r"[A-Z]{1,3}-\d{3,6}")


#: A report's kind after its title, the title's year between: " 2016 report", " index".
_REPORT_TITLE_END = re.compile(r"(?P<year>[^\S\n]+(?:19|20)\d\d)?[^\S\n]+(?:report|index|"
                               r"survey|study|rankings?)\b")
#: Heads of sporting events held again and again, each edition named by its year: "the 2012
#: Summer Paralympics" (not a convention's or a festival's, which news names without it:
#: "the 2016 Democratic National Convention" is the convention).
_EDITION_HEADS = frozenset("Olympics Paralympics Games Championships Championship Cup "
                           "Tournament Marathon Race".split())


def _edition_follows(text: str, words: list[Token], i: int) -> bool:
    """Whether the capitalised words right after the year at ``i`` close on an edition's
    head ("… Summer Paralympics", "… World Championships")."""
    j = i + 1
    while j < len(words) and j <= i + 6 and words[j].capitalised and \
            _gap_ok(text, words[j - 1], words[j]):
        if words[j].text in _EDITION_HEADS:
            return True
        j += 1
    return False


def _head_after_on(text: str, words: list[Token], j: int) -> int | None:
    """The index of the organisation's head word that ends capitalised words after the
    "on" at ``j + 1``, within four words, none of them small ("Rely on Your Beliefs
    Fund"), or None."""
    for k in range(j + 2, min(j + 6, len(words))):
        if not words[k].capitalised or words[k].acronym or \
                not _gap_ok(text, words[k - 1], words[k]):
            return None
        if words[k].text in ORGANISATION_HEADS and k >= j + 3:
            return k
    return None


def _leading_particles(text: str, words: list[Token], i: int, know: Knowledge) -> list[Token]:
    """The lower-case particles right before a run's first word that open a surname written
    alone ("de Blasio", "van der Berg"), which the run takes; none when a capitalised word
    comes right before them (a name that holds them: "Vincent van Gogh" is one run), nor
    before a place's or a body's name, nor "van", "den" or "bin" after a determiner, English
    nouns ("She drove the van Amazon sent")."""
    first = words[i]
    k = i
    while k > 0 and i - k < 2 and words[k - 1].text in SURNAME_PARTICLES and \
            text[words[k - 1].end:words[k].start] == " ":
        k -= 1
    if k == i or first.acronym or not first.text[:1].isupper() or \
            know.big_place(first.text) or first.text in ORGANISATION_HEADS:
        return []
    if i - k == 2 and (words[k].text, words[k + 1].text) not in PARTICLE_PAIRS:
        k += 1
    if words[k].text in ("van", "den", "bin") and re.search(
            r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Ii]ts|[Tt]his|"
            r"[Tt]hat|[Ee]very|[Ee]ach)[^\S\n]+$", text[max(0, words[k].start - 8):words[k].start]):
        return []  # "She drove the van Amazon sent": an English noun, after its determiner
    if k > 0 and words[k - 1].capitalised and \
            re.fullmatch(r"[^\S\n]+", text[words[k - 1].end:words[k].start]):
        return []
    line_start = text.rfind("\n", 0, words[k].start) + 1
    if any(w in FOREIGN_SMALL for w in text[max(line_start, words[k].start - 30):
                                             words[k].start].split()[-4:]):
        return []  # "tous les membres du Conseil européen": a phrase in the particle's
        # own language, where it is a preposition
    for t in words[k:i]:
        t.named = True  # (a particle _trim keeps)
    return words[k:i]


def runs(text: str, words: list[Token], know: Knowledge) -> Iterator[list[Token]]:
    """Maximal runs of name words (see the module docstring)."""
    connectors = CONNECTORS_BASE
    labels = _amount_labels(text)
    cases = {w.start for w in words if _CASE_NUMBER.fullmatch(w.text)}
    if len(cases) < 2:
        cases = set()  # (a table's case numbers open its rows; one alone may be a model's)
    i, n = 0, len(words)
    while i < n:
        first = words[i]
        if first.text in labels and text.startswith(":", first.end):
            i += 1
            continue
        if first.start in cases:
            i += 1  # "T-515 Norse Atlantic Airways AFA …": a docket's number opening a row
            continue  # of a table run into one line, no name
        if re.fullmatch(r"\d[A-Z]{1,2}", first.text) and i + 1 < n and \
                words[i + 1].capitalised and not words[i + 1].acronym and \
                _gap_ok(text, first, words[i + 1]) and \
                re.search(r"(?:[’']s?|\b[Tt]he)[^\S\n]+$",
                          text[max(0, first.start - 5):first.start]):
            first.capitalised = True  # "DFC’s 2X Women’s Initiative": a name opening with a
            # digit and a capital, after a possessive or "the"
        if first.number and i + 2 < n and _day_date(text, words, i) and \
                re.search(r"\b[Tt]he[^\S\n]+$", text[max(0, first.start - 5):first.start]):
            first.capitalised = True  # (a day that names a body: "the 9/11 Commission")
        if first.number and CENSUS_YEAR.fullmatch(first.text) and i + 1 < n and \
                words[i + 1].text in ("Census", "Campaign", "Constitution") and \
                _gap_ok(text, first, words[i + 1]) and \
                not (i + 2 < n and words[i + 2].text in ("Bureau", "Office")
                     and _gap_ok(text, words[i + 1], words[i + 2])):
            first.capitalised = True  # "the 2020 Census", "the 2021 Census": the count is
            # named by its year (not "a 2015 Census Bureau report": the bureau's); so is a
            # state's constitution ("Mississippi’s 1890 Constitution")
        if first.number and CENSUS_YEAR.fullmatch(first.text) and \
                re.search(r"(?:\b[Tt]he(?:[^\S\n]+[a-z]+)?|[’']s)[^\S\n]+$",
                          text[max(0, first.start - 20):first.start]) and \
                _edition_follows(text, words, i):
            first.capitalised = True  # "the 2012 Summer Paralympics", "the 2014 IBSA Goalball
            # World Championships": an edition of an event, named by its year
        if not (first.capitalised or first.acronym or (
                _ordinal_before_name(text, words, i) and not (  # not "December 26th …"
                    i > 0 and words[i - 1].text in MONTHS_AND_DAYS
                    and _gap_ok(text, words[i - 1], first)))):
            i += 1
            continue
        if (first.text in _MEMBER_NOUNS or first.text.startswith("Citizen-")) and \
                i + 1 < n and words[i + 1].text == "of" and first.text.endswith(("s", "men")):
            i += 1  # "Citizen-Soldiers of the Puerto Rico Army National Guard": its members
            continue
        if first.text in ("NE", "NW", "SE", "SW") and i > 0 and \
                words[i - 1].text.rstrip(".") in _STREET_WORDS and \
                text[words[i - 1].end:first.start] == ", ":
            i += 1  # "1200 New Jersey Avenue, SE Washington, DC": the street's quadrant
            continue
        if first.text in COMPASS_LETTERS and i > 0 and words[i - 1].number and \
                text[words[i - 1].end:first.start] == " " and not any(
                    w.text.rstrip(".") in _STREET_WORDS for w in words[i + 1:i + 4]):
            i += 1  # "4 N Ivanhoe": a distance and a direction, then the town
            continue
        if _verb_before_amount(text, first) or _action_verb(text, first) or \
                _adverb(first, know) or \
                _click_here(text, first) or _after_adverb(text, words, i, know) or (
                first.text in _EMPHASIS and not (i + 1 < n and words[i + 1].acronym
                                                 and _gap_ok(text, first, words[i + 1]))):
            i += 1  # ("Act TODAY and protect your family", "NEWS from CPSC": a word in
            continue  # capitals for emphasis, or a page's label; or the verb after a
            # headline's adverb, "… Successfully Intervene In …")
        run = [*_leading_particles(text, words, i, know), first]
        j = i
        if first.number and i + 2 < n and _day_date(text, words, i) and \
                re.search(r"\b[Tt]he[^\S\n]+$", text[max(0, first.start - 5):first.start]):
            run, j = words[i:i + 3], i + 2  # "the 9/11 Commission": a body named for a day
        label = False
        while j + 1 < n and not words[j].cut:
            current, nxt = words[j], words[j + 1]
            if _label_in_capitals(text, words, j):
                label = True  # "… for European Affairs of Italy PRESS Rue de la Loi …": a
                break  # page's label in capitals between two names run together
            if nxt.text in labels and text.startswith(":", nxt.end):
                break  # "Spring Hill Outright: $185,427": a list's label before an amount
            if any(t.text in ORGANISATION_HEADS for t in run) and len(run) >= 2 and (
                    nxt.text == "U.S." or (nxt.text == "United" and j + 2 < n
                                           and words[j + 2].text == "States")
                    or _town_after_body(run, words, j, know)) and \
                    any(t.text in _FACILITIES or (t.text in ORGANISATION_HEADS
                                                  and nxt.text in ("U.S.", "United"))
                        for t in words[j + 2:j + 8]):
                break  # "National Weather Service United States Department of Commerce": a
                # page's banner, one body after another; "the Bureau of Land Management Rock
                # Springs Wild Horse Holding Facility": a body, then its place in a town
            if current.text in ("Jr.", "Sr.") and nxt.text in know.given_names and \
                    j + 2 < n and words[j + 2].capitalised and \
                    _gap_ok(text, nxt, words[j + 2]):
                break  # "… and F. James Sensenbrenner, Jr. Richard Lui of MSNBC …": the
                # stop after "Jr." ends the sentence too, and the next one opens with a name
            if current.text in ("Jr.", "Sr.") and nxt.text in NAMED_AFTER_PERSON:
                nxt.initial = False
                run.append(nxt)  # "the Martin Luther King Jr. Memorial": a place named for
                j += 1  # him, not a sentence after his name
                continue
            if nxt.acronym and len(nxt.text) >= 3 and nxt.text.isalpha() and \
                    not re.fullmatch(r"[IVX]+", nxt.text) and len(run) >= 2 and \
                    run[-2].text in know.given_names and current.text in know.surnames and \
                    not current.acronym and current.text not in ORGANISATION_HEADS and \
                    nxt.text not in COMPANY_FORMS and j + 2 < n and \
                    words[j + 2].capitalised and not words[j + 2].acronym and \
                    _gap_ok(text, nxt, words[j + 2]) and \
                    not (len(nxt.text) >= 7 or any(t.text.rstrip(".") in HONORIFICS
                                                   for t in run[:-2])):
                break  # "Gene Lester ARS National Program Leader …": a person, then his
                # body's letters and his post (not "President Mr Miguel Ángel MORATINOS
                # Minister …": his surname in capitals, as the EU's papers write it)
            if nxt.text in _MEMBER_NOUNS and (current.text in ORGANISATION_HEADS
                                              or current.text == "Guard"):
                break  # "A West Virginia National Guard Soldier waits …": a member of the
                # body, no part of its name
            if nxt.text in MONTHS_AND_DAYS and j + 2 < n and words[j + 2].number and \
                    re.fullmatch(r"\d{1,2}(?:[-–]\d{1,2})?", words[j + 2].text) and \
                    current.text not in MONTHS_AND_DAYS:
                break  # "… State Capitol in St. Paul June 1, 2020": a date after a place
                # (or days' span: "… in Dallas March 16-20")
            if nxt.text in _EMPHASIS and not current.acronym:
                break  # "Act TODAY", "Playwell NEWS from CPSC"
            if (current.acronym and nxt.text.endswith(".") and nxt.text in know.country_codes
                    and current.text not in know.country_codes
                    and not (nxt.text == "D.C." and know.big_place(current.text.title()))) or (
                    nxt.acronym and nxt.text.isalpha() and len(nxt.text) >= 4
                    and not current.acronym and text.startswith(",", nxt.end)
                    and know.big_place(nxt.text.title())
                    and _DATELINE_REST.match(text, nxt.end)):
                break  # "… from CPSC U.S. Consumer Product Safety Commission …", "… of
                # Xylophone Mallets WASHINGTON, D.C. - In cooperation …": a release's lines
                # run together, a body's letters or a dateline begins the next one (but
                # "AmeriCorps VISTA, FEMA Corps, and …" lists a programme, no dateline; and
                # "WASHINGTON D.C. - …" is a dateline without its comma, one place)
            if nxt.text in _NUMBERED_UNITS and j + 2 < n and words[j + 2].number and \
                    not current.acronym and _gap_ok(text, nxt, words[j + 2]) and \
                    re.match(r"[^\S\n]+-[^\S\n]+[A-Z]", text[words[j + 2].end:]):
                break  # "… Law Symposium Region 07 - Detroit": a listing's row, then the
                # label of the unit it came from and its city
            if _click_here(text, nxt):
                break  # "… to NY Times Allegations Click here for …": a link's words begin
            if _adverb(nxt, know):
                break  # "The Saldivar Group Unlawfully Threatened …": the name ends before
            if _action_verb(text, nxt) and not current.text.endswith(","):
                break  # "CFTC Orders Citibank, N.A. …": the body acts, a name follows
            if _verb_before_amount(text, nxt) and not (
                    len(run) == 1 and run[0].text in know.given_names
                    and re.match(r"[^\S\n]*(?:[)\n,.;]|$)", text[nxt.end:nxt.end + 2])):
                # (but "Photo by Stephen Warns": a given name, then a surname that ends it)
                break  # "NEH Announces $21.7 Million …": the name ends before the verb
            if nxt.text in ("Photo", "Image", "Photograph", "Picture") and \
                    text.startswith(" by ", nxt.end):
                break  # "… in Washington, D.C. Photo by Gage Skidmore": a credit begins
            owner = _possessive_in_name(text, words, j, know)
            if current.possessive and not owner and (
                    not _only_titles(run, know)
                    or (re.fullmatch(r"[A-Z]{3,6}", current.text) is not None
                        and current.text not in _POSTS_IN_CAPITALS)):
                break  # (and "DRA’s Board of Governors": a body's letters, whatever title
                # an abbreviation of the same letters is, "Dra." for a doctor in Spanish)
            if text[current.end:nxt.start] == " or " and nxt.capitalised and \
                    _prize_for(run) and (j + 2 >= n or not _gap_ok(text, nxt, words[j + 2])):
                run.append(nxt)  # "… Eagle Award for Scientific Project or Achievement":
                j += 1  # what a prize is for, two things, the last word of the name
                continue
            if nxt.text == "The" and current.capitalised and not current.acronym and \
                    text[current.end:nxt.start] == " " and len(run) >= 2 and \
                    j + 2 < n and words[j + 2].capitalised:
                break  # "Election of Officers The Commission elected …": a heading run into
                # its paragraph, "The" opening the sentence
            if nxt.text == current.text and re.fullmatch(r"[^\S\n]{2,}",
                                                          text[current.end:nxt.start]):
                break  # "Comment  Comment on this article": an icon's label, then the link's
            if nickname_between(text, words, j):  # Elizabeth “Gena” Macres
                run += words[j + 1:j + 3]
                j += 2
                continue
            if (current.text in NUMBERED_WORK_HEADS or current.text in LAW_HEADS) and \
                    nxt.text in ("No", "Nos") and text.startswith(".", nxt.end) and \
                    j + 2 < n and words[j + 2].number and \
                    re.fullmatch(r"\.[^\S\n]?", text[nxt.end:words[j + 2].start]):
                run += words[j + 1:j + 3]  # "Senate Bill No. 3561", "Republic Act No. 8293":
                j += 2  # a law by its number, after "No."
                continue
            if text[current.end:nxt.start] == " #" and nxt.number and current.capitalised \
                    and current.text not in PLACE_HEADS:  # ("Hollywood Blvd #257": a suite)
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
            if text[current.end:nxt.start] in (" v. ", " vs. ", " vs ", " v ") and \
                    current.capitalised and nxt.capitalised:
                run.append(nxt)  # "Roe v. Wade", "Brown v. Board of Education", "Roe vs.
                j += 1  # Wade": a case, its parties joined by "v." or "vs." (or "v": "News Ltd
                # v South Sydney")
                continue
            if text[current.end:nxt.start] == "/" and current.acronym and nxt.acronym and \
                    len(run) > 1:
                run.append(nxt)  # "the Fund for HIV/AIDS Relief": two letters' names, one
                j += 1  # name's part
                continue
            if text[current.end:nxt.start] == "/" and current.capitalised and \
                    nxt.capitalised and not current.acronym and not nxt.acronym and \
                    j + 2 < n and words[j + 2].text in _AWARD_HEADS and \
                    _gap_ok(text, nxt, words[j + 2]):
                run.append(nxt)  # "Esperanza/Hope Award": a prize by its name in two
                j += 1  # languages, a slash between them
                continue
            if text[current.end:nxt.start] in (" $", "® $", "™ $") and nxt.number and \
                    current.capitalised \
                    and j + 2 < n and words[j + 2].capitalised and \
                    words[j + 2].text not in _AMOUNTS and \
                    _gap_ok(text, nxt, words[j + 2]):
                run += words[j + 1:j + 3]  # "the 2014 Presidential $1 Coin Program": a
                j += 2  # coin's value inside its programme's name (after a registered mark
                continue  # too: "The American Innovation® $1 Coin Program")
            if nxt.start in cases:
                break  # "… TBD Kelliher T-516 Hawaiian Airlines …": the next row
            if not _gap_ok(text, current, nxt) and not owner:
                break
            if all(t.acronym for t in run) and not nxt.acronym and (
                    "  " in text[current.end:nxt.start] or (
                        nxt.text in ("A", "An", "The") and len(current.text) >= 3
                        and j + 2 < n and not words[j + 2].acronym)) and \
                    _dateline_start(text, run[0].start):
                nxt.initial = True  # "NEWARK, NJ  Federal …", "MIAMI A Miami …": a
                break  # dateline whose dash the copy lost
            if re.fullmatch(r"[^\S\n]{2,}", text[current.end:nxt.start]) and \
                    not current.acronym and nxt.capitalised and not nxt.acronym:
                nxt.initial = True  # "… Public Health Missions  Information contained in
                break  # …": two spaces where a copy lost a line's end
            if nxt.text in VESSEL_PREFIXES:
                nxt.initial = True  # "the WHOI R/V Tioga": the owner, then its vessel
                break
            if nxt.text == "for" and j + 2 < n and words[j + 2].acronym and \
                    words[j + 2].possessive:
                break  # "… Design Center for USACE's Great Lakes …": whose the next name is
            if len(run) == 2 and run[0].acronym and len(run[0].text) <= 3 and \
                    re.fullmatch(r"\d{2}-\d{2,4}", current.text) and nxt.capitalised:
                nxt.initial = True  # "NR 13-032 Corps host …": a release's number, then
                break  # its headline
            if nxt.text == "I" and ((_PRONOUN_I_VERB.match(text, nxt.end)
                                     and current.text != "War") or (
                    (current.text in HOLIDAYS or current.text in MONTHS_AND_DAYS
                     or current.text in SEASONS)
                    and re.match(r"[^\S\n]+[a-z]", text[nxt.end:]))):
                # ("Every Christmas I send …", "On Monday I went …": the pronoun after a day;
                # but "World War I was …" is the war)
                nxt.initial = True  # "… of Housing and Urban Development I have worked …":
                break  # the pronoun opens a clause the copy left without a comma
            if re.fullmatch(r"(?:[A-Z]\.){2,}", current.text) and \
                    re.fullmatch(r"[^\S\n]{2,}", text[current.end:nxt.start]) and \
                    nxt.capitalised:
                nxt.initial = True  # "… across the U.S.  Provided through …": two spaces
                break  # after a full stop, a new sentence
            if current.text in ("I.", "II.") and len(run) >= 2 and run[-2].text == "War":
                nxt.initial = True  # "… active in World War I. Design descriptions …": a
                break  # sentence's end
            if current.text.endswith(".") and (nxt.text in FUNCTION_WORDS or (
                    current.text[:-1] in STATE_ABBREVIATIONS
                    and text[current.start - 2:current.start] == ", ") or (
                    current.text == "D.C." and ((len(run) >= 2 and run[-2].text == "Washington")
                                                or text.endswith("Washington, ", 0,
                                                                 current.start)))):
                nxt.initial = True
                break  # "… in Washington, D.C. The Deputy Secretary …", "… in Manistee,
                # Mich. Merit is the present owner": a new sentence; so after "Washington
                # D.C." ("… outside Washington D.C. Case Backlog Outside …": a subheading),
                # and after "Washington, D.C." before any word ("… in Washington, D.C.
                # Featured speakers included …")
            if nxt.text == "The" and len(run) == 1 and text[current.end:nxt.start] == " " \
                    and current.capitalised and not current.possessive:
                nxt.initial = True  # "… by ProPublica The New York City chapter …": a feed's
                break  # copy lost the full stop; a capitalised "The" starts a sentence
            if DESIGNATION.fullmatch(nxt.text) and len(run) >= 2 and not current.acronym \
                    and not current.text[:1].isdigit() and \
                    current.text not in NUMBERED_WORK_HEADS and \
                    nxt.text.upper() not in DISEASE_DESIGNATIONS:
                break  # "Air Station Cape Cod HC-144 Casa": a station, then an aircraft
                # (but "New Form W-10": a form and its number)
            if nxt.capitalised or nxt.acronym or _number_in_run(text, words, j, know) or \
                    (_ordinal_before_name(text, words, j + 1)
                     and current.text not in MONTHS_AND_DAYS) or \
                    (current.acronym and re.fullmatch(r"\d+[a-z]{1,2}", nxt.text) is not None) or \
                    (current.capitalised and not current.acronym
                     and current.text not in MONTHS_AND_DAYS
                     and re.fullmatch(r"\d{1,3}[A-Z]", nxt.text)
                     and not re.fullmatch(r"\d[DGK]", nxt.text)
                     and not (j + 2 < n and words[j + 2].capitalised
                              and _gap_ok(text, nxt, words[j + 2]))) or \
                    (current.text in WORK_HEADS and _LAW_YEAR.fullmatch(nxt.text)):
                # ("Launch Complex 39A", "Pad 39B", "Line 6B" ending a name; not "Nokia 5G",
                # "BRL 944B"; a law's year: "Poisons Act 1972")
                # ("PDS 70c", an exoplanet; not "the 1990s" after a lower-case word)
                run.append(nxt)
                j += 1
                if nxt.number and current.text in _NUMBERED_PLURALS and j + 2 < n and \
                        words[j + 1].text == "and" and words[j + 2].number and \
                        _gap_ok(text, nxt, words[j + 1]) and \
                        _gap_ok(text, words[j + 1], words[j + 2]):
                    run += words[j + 1:j + 3]  # "House Bills 2 and 3": two numbers, one
                    j += 2  # plural head
            elif nxt.text == "on" and (current.text in _HEADS_BEFORE_ON or (
                    len(run) >= 3 and run[-2].text == "of" and current.text.endswith("s")
                    and run[-3].text in ORGANISATION_HEADS) or (
                    len(run) >= 3 and current.text == "Research"
                    and run[-2].text in ("for", "of", "on")
                    and run[-3].text in ORGANISATION_HEADS) or (
                    3 <= len(run) <= 6 and current.text.endswith("s") and any(
                        run[k].text in ORGANISATION_HEADS and run[k + 1].text == "of"
                        and all(t.capitalised and not t.acronym for t in run[k + 2:])
                        for k in (0, 1) if k + 2 < len(run)))) and \
                    j + 2 < n and words[j + 2].capitalised and \
                    words[j + 2].text not in MONTHS_AND_DAYS and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    not someones_surname(text, words[j + 2].text, know) and \
                    words[j + 2].text.rstrip(".") not in SOCIAL_NETWORKS and \
                    not _BASE_AFTER_ON.match(text, words[j + 2].start):
                # (not "Follow Alaska Beacon on Facebook and X": where to follow it; nor "the
                # … Analysis Center on Joint Base Anacostia-Bolling": where the building is)
                run += words[j + 1:j + 3]  # "Summit on Refugees", "Council on Foreign …"
                j += 2  # (or "the Council of Professional Associations on Federal
                # Statistics", "the National Association of Area Agencies on Aging": a body of
                # bodies, and what they work on; or "the International Agency for Research on
                # Cancer", "the NIH Center for Research on Genomics and Global Health", "the
                # Office of Research on Women’s Health": a body for research, and its field)
            elif nxt.text == "on" and current.text in ORGANISATION_HEADS and j + 3 < n and \
                    words[j + 2].possessive and words[j + 2].capitalised and \
                    words[j + 2].text.casefold() in _GROUPS_SERVED and \
                    words[j + 3].capitalised and not words[j + 3].acronym and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    _gap_ok(text, words[j + 2], words[j + 3]):
                run += words[j + 1:j + 4]  # "the Office on Women's Health": a body on the
                j += 3  # health or the affairs of a group of people, by their possessive
            elif nxt.text == "on" and (current.text in ORGANISATION_HEADS
                                       or (current.text in _CHARTERS
                                           and (current.text != "Statement" or len(run) == 1
                                                or (len(run) == 2 and run[0].text == "The")))) \
                    and current.text in _HEADS_BEFORE_ON and j + 3 < n and \
                    words[j + 2].text == "the" and words[j + 3].capitalised and \
                    words[j + 3].text not in MONTHS_AND_DAYS and \
                    not (words[j + 3].possessive and
                         (j + 4 >= n or not _gap_ok(text, words[j + 3], words[j + 4]))) and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    _gap_ok(text, words[j + 2], words[j + 3]) and \
                    not _spelt_in_brackets_after(text, words, j + 3) and \
                    not (current.text in _WORKPLACE_HEADS and _project_after(text, words, j + 3)):
                run += words[j + 1:j + 4]  # "House Committee on the Judiciary", "Convention
                j += 3  # on the Rights of the Child", "Declaration on the Rights of …" (not
                # "a report to the Board on the System’s investments": whose they are)
            elif nxt.text == "on" and j + 2 < n and len(run) <= 2 and \
                    words[j + 2].capitalised and not words[j + 2].acronym and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    _SITE_AFTER.match(text, words[j + 2].end) and \
                    re.search(r"\bthe[^\S\n]+$", text[max(0, run[0].start - 5):run[0].start]):
                run += words[j + 1:j + 3]  # "at the Broadway on Ann site": a building's or a
                j += 2  # project's name holding "on", before the word for what it is
            elif nxt.text == "on" and current.text == "March" and j + 2 < n and \
                    words[j + 2].capitalised and not words[j + 2].acronym and \
                    words[j + 2].text not in MONTHS_AND_DAYS and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    (len(run) > 1 or re.search(r"(?:\bthe|\b(?:19|20)\d\d)[^\S\n]+$",
                                               text[max(0, current.start - 8):current.start])):
                run += words[j + 1:j + 3]  # "the 2021 March on Washington", "Moral March on
                j += 2  # Manchin": a march by where it goes, not the month
            elif nxt.text == "on" and len(run) <= 2 and \
                    re.search(r"\bthe[^\S\n]+$", text[max(0, run[0].start - 5):run[0].start]) and \
                    (head := _head_after_on(text, words, j)) is not None:
                run += words[j + 1:head + 1]  # "to the Rely on Your Beliefs Fund": a body's
                j = head  # name of a phrase with "on", ending at its head
            elif nxt.text == "with" and current.text in _PEOPLE_WITH and j + 2 < n and \
                    words[j + 2].text in _CONDITIONS and _gap_ok(text, current, nxt) and \
                    _gap_ok(text, nxt, words[j + 2]):
                run += words[j + 1:j + 3]  # "the Convention on the Rights of Persons with
                j += 2  # Disabilities", "Department of Women, Youth and Persons with …"
            elif nxt.text == "against" and current.text in OBSERVANCE_HEADS and \
                    (end := _observed_against(text, words, j)) is not None:
                run += words[j + 1:end + 1]  # "the International Day against Homophobia,
                j = end  # Transphobia and Biphobia", "World Day against Child Labour": a day
                # observed against what it names
            elif nxt.text == "in" and (head := _head_after_in(text, words, j, know)) is not None:
                run += words[j + 1:head + 1]  # "the White House Conservation in Action
                j = head  # Summit", "the Women in Science Award": "in" inside an event's or a
                # body's name its head ends
            elif nxt.text == "at" and any(t.text in TOPIC_BODIES for t in run) and \
                    (end := _kinds_of_body_after_at(text, words, j)) is not None:
                run += words[j + 1:end + 1]  # "the Presidential Commission on Personnel
                j = end  # Policy at Certain Federal Government Agencies": bodies of a kind,
                # in the plural, name no body of their own but the field a commission covers
            elif nxt.text == "at" and any(t.text in ("University", "College") for t in run) \
                    and j + 2 < n and words[j + 2].capitalised and not words[j + 2].initial \
                    and _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]):
                run += words[j + 1:j + 3]  # "University of Illinois at Urbana-Champaign"
                j += 2
            elif nxt.text in ("an", "na") and j + 2 < n and words[j + 2].capitalised and \
                    not words[j + 2].initial and _gap_ok(text, current, nxt) and \
                    _gap_ok(text, nxt, words[j + 2]) and \
                    (_IRISH.search(current.text) or _IRISH.search(words[j + 2].text)):
                run += words[j + 1:j + 3]  # "Áras an Uachtaráin", "Dún na nGall": Irish
                j += 2
            elif nxt.text in ("to", "of") and j + 2 < n and _gap_ok(text, current, nxt) and \
                    _gap_ok(text, nxt, words[j + 2]) and (
                        (nxt.text == "to" and _LAW_AFTER_TO.match(text, nxt.start)
                         and not know.big_place(current.text))
                        or (nxt.text == "of" and current.text in ("Act", "Acts", "Bill",
                                                                  "Amendments", "War", "Panic",
                                                                  "Compromise", "Revolution")
                            and _LAW_YEAR.fullmatch(words[j + 2].text))):
                # (and a war or a crisis named for its year: "the War of 1812", "the Panic of
                # 1873")
                run += words[j + 1:j + 3]  # "Preserving Pathways to Homeownership Act of
                j += 2  # 2024": a bill's name holds "to", its year follows "of"
                if current.text == "Acts" and j + 2 < n and words[j + 1].text == "and" and \
                        _LAW_YEAR.fullmatch(words[j + 2].text) and \
                        _gap_ok(text, words[j], words[j + 1]) and \
                        _gap_ok(text, words[j + 1], words[j + 2]):
                    run += words[j + 1:j + 3]  # "Consolidated Appropriations Acts of 2019
                    j += 2  # and 2020": the acts of two years
            elif nxt.text == "to" and current.text in ORGANISATION_HEADS and j + 2 < n and \
                    current.text not in COMPANY_FORMS and \
                    words[j + 2].capitalised and not words[j + 2].initial and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    _goes_on_after_to(text, run, words, j + 2, know):
                run += words[j + 1:j + 3]  # "Network to Freedom", "Committee to Protect …"
                j += 2
            elif nxt.text == "to" and current.text in ("Letter", "Letters") and \
                    run[0].text == "Open" and j + 2 < n and _gap_ok(text, current, nxt) and \
                    (m := _TO_WHOM.match(text, nxt.start)) is not None:
                while j + 1 < n and words[j + 1].end <= m.end():
                    run.append(words[j + 1])  # "his Open Letter to the Public": whom an
                    j += 1  # open letter addresses is part of its title
            elif nxt.text == "to" and current.text in ("Guide", "Introduction", "Handbook") \
                    and len(run) == 1 and j + 3 < n and words[j + 2].text == "the" and \
                    words[j + 3].capitalised and _gap_ok(text, current, nxt) and \
                    _gap_ok(text, nxt, words[j + 2]) and _gap_ok(text, words[j + 2], words[j + 3]) \
                    and re.search(r"(?:^|\n)[^\S\n]*(?:[•*-][^\S\n]*)?$",
                                  text[max(0, current.start - 8):current.start]):
                run += words[j + 1:j + 4]  # "• Guide to the Powers and Operation of …": a
                j += 3  # guide's title opening a list's item, what it guides to in it
            elif nxt.text == "to" and current.text in ("Report", "Reports") and \
                    j + 2 < n and words[j + 2].text in ("Congress", "Parliament") and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]):
                run += words[j + 1:j + 3]  # "FHFA's Annual Report to Congress": whom a
                j += 2  # report is made to, in its title
            elif nxt.text == "to" and current.text in MEMORIAL_HEADS and \
                    j + 2 < n and words[j + 2].capitalised and not words[j + 2].initial and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]):
                run += words[j + 1:j + 3]  # "the National Memorial to Victims of Communism":
                j += 2  # whom a memorial honours, in its name
            elif nxt.text == "in" and current.text in UN_MISSION_HEADS and \
                    run[0].text in ("United", "UN", "U.N.") and j + 2 < n and \
                    know.places.get(words[j + 2].text) in ("country", "region") and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]):
                run += words[j + 1:j + 3]  # "United Nations Peacekeeping Force in Cyprus",
                j += 2  # "UN Mission in South Sudan": a mission named for its country
            elif nxt.text == "to" and current.capitalised and j + 2 < n and \
                    words[j + 2].capitalised and _gap_ok(text, current, nxt) and \
                    _gap_ok(text, nxt, words[j + 2]) and any(
                        text[a.end:b.start] == " v. " for a, b in itertools.pairwise(run)):
                run += words[j + 1:j + 3]  # "FEC v. Wisconsin Right to Life": a case's
                j += 2  # party named with "to"
            elif nxt.text == "the" and current.text == "Against" and j + 2 < n and \
                    (words[j + 2].acronym or words[j + 2].capitalised) and \
                    any(t.text in ORGANISATION_HEADS for t in run) and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]):
                run += words[j + 1:j + 3]  # "the Commission for Public Complaints Against the
                j += 2  # RCMP": a body named for whom it hears complaints about
            elif nxt.text == "the" and j + 2 < n and len(run) >= 3 and \
                    run[-2].text == "to" and run[-3].text in ORGANISATION_HEADS and \
                    words[j + 2].capitalised and not words[j + 2].initial and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]):
                run += words[j + 1:j + 3]  # "The Committee to Defend the President": what
                j += 2  # the body is for, "the" and all
            elif nxt.text == "to" and (head := _field_to_field_head(text, words, j, know)):
                run += words[j + 1:head + 1]  # "the Farm to School Census", "the Farm to
                j = head  # School Program", "the National Birth to Five Leadership
                # Institute": a programme named for where it leads, before its head
            elif nxt.text == "to" and current.text in know.languages and j + 3 < n and \
                    know.places.get(words[j + 2].text) in ("continent", "region", "country") \
                    and words[j + 3].text in _SERVICE_HEADS and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    _gap_ok(text, words[j + 2], words[j + 3]):
                run += words[j + 1:j + 4]  # "VOA’s French to Africa Service", "English to
                j += 3  # Africa TV": a broadcaster's service in a language for a region
            elif nxt.text == "to" and current.capitalised and j + 3 < n and \
                    current.text not in know.given_names and \
                    (m := _TO_THE_CROSSING.match(text, nxt.start)) is not None:
                while j + 1 < n and words[j + 1].end <= m.end():
                    run.append(words[j + 1])  # "Gateway to the Americas Bridge": a crossing
                    j += 1  # named for where it leads
            elif nxt.text == "in" and _is_title(current.text, know.titles) and j + 2 < n and \
                    words[j + 2].capitalised and not words[j + 2].initial and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    not know.big_place(words[j + 2].text) and \
                    words[j + 2].text not in ORGANISATION_HEADS:
                run += words[j + 1:j + 3]  # "Poet Laureate Consultant in Poetry": a title
                j += 2
            elif nxt.text == "in" and j + 3 < n and words[j + 2].text == "the" and \
                    words[j + 3].capitalised and _gap_ok(text, current, nxt) and \
                    _gap_ok(text, nxt, words[j + 2]) and _gap_ok(text, words[j + 2], words[j + 3]) \
                    and (m := _REPORT_TITLE_END.match(text, words[j + 3].end)) is not None:
                k = 4 if m.group("year") and j + 4 < n and words[j + 4].number else 3
                run += words[j + 1:j + 1 + k]  # "Its Freedom in the World 2016 report": a
                j += k  # report's title before the word "report", its year and all
            elif nxt.text == "in" and len(run) == 1 and current.text == "War" and \
                    j + 2 < n and words[j + 2].capitalised and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    not words[j + 2].acronym and words[j + 2].text not in FUNCTION_WORDS and \
                    (j + 3 >= n or words[j + 3].start > words[j + 2].end + 1
                     or not words[j + 3].capitalised):
                run += words[j + 1:j + 3]  # "War in Afghanistan", "War in Donbass": a war
                j += 2  # named for the country it is fought in
            elif nxt.text == "in" and (k := _place_in_letters(text, run, words, j)):
                run += words[j + 1:j + 2 + k]  # "Citizens for Responsibility and Ethics in
                j += 1 + k  # Washington, known by the acronym CREW": its letters take the place
            elif nxt.text == "in" and _institution_goes_on(text, run, words, j, know):
                run += words[j + 1:j + 3]  # "Association for Women in Communications"
                j += 2
            elif nxt.text == "the" and j + 2 < n and not _is_title(current.text, know.titles) \
                    and (_title_starts(words, j + 2, know) or current.acronym
                         or words[j + 2].acronym
                         or any(ch.isdigit() for ch in current.text)):
                break  # "… the opening of COP27 the First Minister met": a new subject;
                # "told the Post the DCCC asked him": "the" before letters opens another
            elif nxt.text == "the" and j + 2 < n and know.big_place(current.text) and \
                    len(run) >= 2 and run[0].text in ("In", "At", "Across", "Throughout") and \
                    text[current.end:nxt.start] == " ":
                break  # "In Kansas City and Philadelphia the Women’s Bureau shared …": a
                # place ends the phrase a sentence opens with, "the" opens its subject
            elif nxt.text == "the" and j + 2 < n and words[j + 2].text in ORGANISATION_HEADS \
                    and ((len(run) == 1 and text[:run[0].start].endswith(("the ", "The ")))
                         or current.text in ORGANISATION_HEADS):
                break  # "To ask the Taoiseach the Cabinet committee …": "the" opens another
                # phrase (but "Focus the Nation teach-in" is one name)
            elif nxt.text == "for" and len(run) == 1 and (
                    current.acronym or re.fullmatch(r"[A-Z]{2,}s", current.text)):
                break  # "… left NIH for Merck", "its BRCs for Florida": an acronym's name
                # has no "for" after it
            elif nxt.text == "for" and len(run) in (2, 3) and run[0].text in know.given_names \
                    and j + 2 < n and words[j + 2].text in ELECTED_OFFICES and \
                    _gap_ok(text, current, nxt) and _gap_ok(text, nxt, words[j + 2]) and \
                    not (j + 3 < n and _gap_ok(text, words[j + 2], words[j + 3])
                         and words[j + 3].capitalised) and \
                    not _CHOSEN_BEFORE.search(text, max(0, run[0].start - 40), run[0].start):
                run += words[j + 1:j + 3]  # "an AOR from John Edwards for President": a
                j += 2  # campaign's committee, named for its candidate and the office
            elif nxt.text == "for" and len(run) == 2 and run[0].text in know.given_names and \
                    current.capitalised and not current.acronym and \
                    current.text not in ORGANISATION_HEADS and current.text not in WORK_HEADS:
                # (not "the Magna Carta for Disabled Persons": a charter, whose first word
                # is also a given name)
                break  # "to nominate Lisa Brown for General Counsel": a person, then the post
            elif nxt.text == "for" and current.text in _BASES:
                break  # "left Langley Air Force Base for Bagram Airfield": where to, after
                # where from
            elif nxt.text in ("of", "for", "to") and current.text in COMPANY_FORMS:
                break  # "Playwell Toy Inc. of Lake Forest, Calif.": a firm, then its town;
                # "… to Cumulus Licensing LLC for Violation of the … Rules": a title-case
                # headline goes on with what the firm was fined for
            elif nxt.text == "of" and _person_then_home(text, run, words, j, know):
                break  # "… Committee Henry Hyde of Illinois", "Eni F.H. Faleomavaega of
                # American Samoa": a person, then the state or country they come from
            elif nxt.text == "e" and not any(t.text in ("de", "da", "do", "dos", "das")
                                             for t in run) and (
                    j + 2 >= n or any(t.text == "e" for t in run)
                    or (_maori_spelling(current.text) and _maori_spelling(words[j + 2].text))):
                break  # Portuguese "e" joins a name's surnames after its "de" ("Jailson de
                # Souza e Silva"), Italian "e" a body's words ("Pace e Bene"), once ("Rete
                # Italiana Pace e Disarmo e Senzatomica": two bodies); between two words
                # spelt with te reo Māori's letters it is a word of its own ("Ko Puanga e
                # Rangi")
            elif nxt.text == "the" and len(run) >= 2 and run[0].text in know.given_names and \
                    j + 2 < n and words[j + 2].possessive and not current.acronym:
                break  # "has named Gary Somerset the Agency’s Chief Communications Officer":
                # a person, then the post named after them
            elif nxt.text in connectors:
                # one or two small words, then a capitalised one: "CEO of the Refugee Council"
                k = j + 2
                if k < n and ((nxt.text in ("of", "for") and words[k].text == "the")
                              or (nxt.text == "and" and words[k].text == "the" and any(
                                  t.text in ("of", "for") for t in run))
                              or (nxt.text, words[k].text) in PARTICLE_PAIRS) and \
                        _gap_ok(text, nxt, words[k]):
                    k += 1
                if k + 1 < n and words[k].text == "former" and words[k - 1].text == "the" and \
                        any(t.text in ORGANISATION_HEADS for t in run) and \
                        _gap_ok(text, words[k - 1], words[k]):
                    k += 1  # "International Criminal Tribunal for the former Yugoslavia"
                if k < n and _gap_ok(text, words[k - 1], words[k]) and \
                        (words[k].capitalised or words[k].acronym
                         or (nxt.text in ("for", "of") and _GENERATION.fullmatch(words[k].text)
                             and len(run) >= 2)) and not words[k].initial and \
                        not (nxt.text == "and" and words[k - 1].text == "the"
                             and words[k].possessive):
                    # (not "the U.S. Department of Defense and the People’s Liberation Army":
                    # a possessive after "and the" opens a second body's name)
                    run += words[j + 1:k + 1]
                    j = k
                elif k + 2 < n and _day_date(text, words, k) and \
                        _gap_ok(text, words[k - 1], words[k]):
                    run += words[j + 1:k + 3]  # "Implementing Recommendations of the 9/11
                    j = k + 2  # Commission Act": a body named for a day, inside a name
                elif k + 1 < n and words[k].number and words[k + 1].text in COMPANY_FORMS \
                        and _gap_ok(text, words[k - 1], words[k]) and \
                        _gap_ok(text, words[k], words[k + 1]):
                    run += words[j + 1:k + 2]  # "Slice of the 406 LLC": a firm's name holds
                    j = k + 1  # a number before its legal form
                else:
                    break
            else:
                break
        yield run
        i = j + 2 if label else j + 1


def _maori_spelling(word: str) -> bool:
    """Whether a word is spelt with te reo Māori's letters only (a e h i k m n o p r t u
    w, "ng", "wh", long vowels): "Puanga", "Rangi" (not "Pace", "Bene")."""
    return re.fullmatch(r"(?:[aeiouāēīōūhkmnprtw]|ng|wh)+", word.casefold()) is not None


#: A generation or a dimension by number, after "for" or "of" inside a name: "Principles for
#: 6G", "Institute of 3D Printing".
_GENERATION = re.compile(r"\d[A-Z]{1,2}")


#: Places people leave "for" another: a base, an airfield, an airport, a port.
_BASES = frozenset("Base Airfield Airbase Airport Station Port Harbor Harbour".split())


def _label_in_capitals(text: str, words: list[Token], j: int) -> bool:
    """Whether the word after ``j`` is a common word in capitals (one the story also
    writes in lower case) between two words in title case: a label, no part of a name."""
    if j + 2 >= len(words):
        return False
    current, label, after = words[j], words[j + 1], words[j + 2]
    return len(label.text) >= 5 and label.text.isalpha() and label.text.isupper() and \
        all(t.capitalised and not t.text.isupper() for t in (current, after)) and \
        _gap_ok(text, current, label) and _gap_ok(text, label, after) and \
        label.text.casefold() in _lower_case_words(text)


#: The rest of a crossing's or a road's name after "to the": "(Gateway) to the Americas
#: Bridge", "(Road) to the Isles Highway".
_TO_THE_CROSSING = re.compile(r"to the (?:[A-Z][\w’'-]+ ){1,3}(?:Bridge|Bridges|Tunnel|"
                              r"Highway|Road|Trail|Arch|Gate|Crossing|Parkway|Expressway|"
                              r"Freeway|Bypass)\b")


#: Whom an open letter addresses: "to the Public", "to President Biden".
_TO_WHOM = re.compile(r"to[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)*")
#: What a broadcaster's service for a region is called after its language and region.
_SERVICE_HEADS = frozenset("Service Services TV Television Radio Division Desk".split())
#: The rest of a bill's name after "to": "(Preserving Pathways) to Homeownership Act".
_LAW_AFTER_TO = re.compile(r"to (?:[A-Z][\w’'-]+ ){1,4}(?:Act|Bill)\b")


#: The heads after a part in brackets inside a law's or a project's name: "Social Services
#: and Other Legislation Amendment (Extension of Coronavirus Support) Bill 2020" (two parts:
#: "Agriculture (Retained EU Law and Data) (Scotland) Bill").
BRACKETED_HEADS = frozenset("Bill Act Regulation Regulations Rules Project Program Programme "
                            "Scheme Strategy Plan Order".split())
#: (and an observance's head after its letters: "Asian American and Pacific Islander
#: Heritage (AAPI) Month" is one name, not a heritage and a lone "Month")
_BRACKETED = re.compile(r" \([A-Z][^()\n]{0,60}\)(?: \([A-Z][^()\n]{0,40}\))? (?P<head>"
                        + "|".join(sorted(BRACKETED_HEADS | OBSERVANCE_HEADS, key=len,
                                          reverse=True)) + r")\b")

#: A law's nation in brackets after its head, then its year: " (Northern Ireland) 2016".
_JURISDICTION_AFTER_LAW = re.compile(rf" {LAW_NATION}(?: (?:1[89]|20)\d\d\b)?")

#: The heads of laws, whose name may open with one word before its bracket.
_ONE_WORD_LAW_HEADS = frozenset("Bill Act Regulations Rules Order".split())

#: The rest of a committee's fields after the first, with commas, "the" and "and": ", the
#: Border, and Foreign Affairs".
_FIELD = r"(?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
_COMMITTEE_FIELDS = re.compile(rf"(?:, {_FIELD})*,? and {_FIELD}(?= [A-Z][a-z]+ [A-Z]|[,.;]|$"
                               r"| [A-Z]{1,2}-?\d)")  # (or a room's number: "… B-308 Rayburn …")

#: Words listed with commas before "and" and an institution's head: "Domestic, Family and
#: Sexual Violence Commission", "Department of Agriculture, Water and the Environment".
_LISTED = re.compile(r", (?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?, ){0,4}[A-Z][\w’'-]+"
                     r"(?: [A-Z][\w’'-]+)?,? (?:and|&) (?:the )?"
                     r"(?:[A-Z][\w’'-]+ ){0,3}(?P<head>[A-Z][\w’'-]+)\b")
# (an item may be two words: "Confederation of North, Central American and Caribbean
# Football Association")

#: Words listed with commas and "and" to the end of a name, before a small word or a stop:
#: ", Oceans, and Space" of "Institute for the Study of Earth, Oceans, and Space" (the last
#: item may be two words: "College of Behavioral, Social and Health Sciences").
_LIST_ENDS_NAME = re.compile(r"(?:, [A-Z][\w’'-]+){0,4},? and (?P<the>the )?[A-Z][\w’'-]+"
                             r"(?: [A-Z][\w’'-]+)?(?=[^\S\n]*(?:[,.;:)]|$)|[^\S\n]+[a-z])")
# (and "the" before the last: "Department of Agriculture, Food and the Marine")

#: The rest of a dateline after its city in capitals and the comma: its state or its date,
#: then the dash or the bracket before the story ("WASHINGTON, D.C. - In …", "DENVER, Colo.
#: –", "HOUSTON, March 3 (…").
_DATELINE_REST = re.compile(r",[^\S\n]+(?:[A-Z][\w.]*[^\S\n]*){1,3}(?:\d{1,2},?[^\S\n]*"
                            r"(?:\d{4}[^\S\n]*)?)?[-–—(/]")


def _punctuated_name_goes_on(text: str, run: list[Token], current: Token,
                             know: Knowledge) -> int | None:
    """Where a name that goes on past a bracket or a comma ends, if it does (not a list
    of places: "… of China, Russia and the Russian Federation")."""
    if len(run) >= 3 and ((run[0].text in ("Committee", "Subcommittee") and run[1].text == "on")
                          or (run[-3].text in ("Committee", "Subcommittee")
                              and run[-2].text == "on")):
        m = _COMMITTEE_FIELDS.match(text, current.end)
        if m is not None:
            return m.end()  # "Subcommittee on National Security, the Border, and Foreign
            # Affairs": a committee's fields, listed with their commas and "the"
    m = _JURISDICTION_AFTER_LAW.match(text, current.end)
    if m is not None and current.text in _ONE_WORD_LAW_HEADS:
        return m.end()  # "the Budget Act (Northern Ireland) 2016": a law of one of the
        # United Kingdom's nations, its nation in brackets and its year after its head
    m = _BRACKETED.match(text, current.end)
    if m is not None and (len(run) >= 2 or m.group("head") in _ONE_WORD_LAW_HEADS) and \
            not _spelt_out(text, run):
        return m.end()  # (but "… Task Forces (OCDETF) Program": the short form of the
        # name before it, then the programme the short form names; a law's first word
        # may stand alone: "the Railways (Accident Investigation and Reporting)
        # Regulations 2005", "the Coronavirus (Scotland) Act 2020")
    m = _LISTED.match(text, current.end)
    glue = re.search(r"[a-z]{2}(?=[A-Z][a-z])", m.group()) if m is not None else None
    if glue is not None and run[0].text in ("Ministry", "Department") and \
            re.search(r",? (?:and|&) ", m.group()[:glue.end()]):
        return current.end + glue.end()  # "Ministry of Trade, Industry and FisheriesThe
        # Norwegian Government …": the portfolios end where a listing glued the teaser on
    core = [t for t in run if t.text not in FUNCTION_WORDS]  # (not "A" of "A Domestic, …")
    if m is not None and (m.group("head") in ORGANISATION_HEADS
                          or m.group("head") in WORK_HEADS
                          or m.group("head") in ("Campus", "Center", "Centre")
                          or (m.group("head").rstrip("s") in PLACE_HEADS and core
                              and core[0].text in PLACE_HEADS and len(run) >= 3
                              and "of" in [t.text for t in run])
                          or run[0].text in ("Ministry", "Department")) and \
            not re.search(r"[a-z]{2}[A-Z][a-z]", m.group()) and (  # (no listing's glue:
            # "… Industry and FisheriesThe Norwegian Government is …")
            (len(core) == 1 and not re.search(r"(?:and|&) the ", m.group())
             and not re.search(r"\b[A-Z][a-z]+[A-Z]", m.group()))
            or (len(run) >= 3 and run[-2].text == "of")
            or (len(run) >= 4 and run[-3].text in ("of", "for") and run[-2].text == "the")
            or (len(core) == 2 and m.group("head") in LAW_HEADS)
            or (m.group("head") in ("Committee", "Subcommittee") and len(run) <= 4
                and any(t.text in ("Senate", "House", "Assembly") for t in run))):
        # (not "Floodlight, ProPublica and the Tow Center": names listed, the last with
        # its own "the", one written in camel case)
        # (a chamber's committee by its fields: "U.S. Senate Banking, Housing & Urban
        # Affairs Committee", "Senate Commerce, Science and Transportation Committee")
        # (a ministry's portfolios: "Ministry of Women, Family, Gender and Child Protection";
        # a law's: "Agriculture Reform, Food and Jobs Act")
        listed = m.group()[:m.start("head") - m.start()]
        items = [current.text, *re.findall(r"[A-Z][\w’'-]+", re.split(r",? (?:and|&) ",
                                                                   listed)[0])]
        # (the items before "and": the words after it open the head's own phrase,
        # "… and Caribbean Football Association")
        rivers = m.group("head").rstrip("s") in PLACE_HEADS and bool(core) and \
            core[0].text in PLACE_HEADS
        if (rivers or not any(know.big_place(w) or w in know.country_codes
                              or w in ORGANISATION_HEADS for w in items)) and \
                not body_named_apart(text, m.group()[2:], m.group("head")):
            return m.end()  # (not "their Navy, Marine Corps and Coast Guard teams": bodies;
            # but "the Valley of the Apurímac, Ene, and Mantaro Rivers": places it is of)
    m = _LIST_ENDS_NAME.match(text, current.end)
    named = run[1:] if run and (run[0].text == "The" or (
        len(run) > 1 and run[0].text.isupper() and len(run[0].text) >= 4
        and not run[1].text.isupper())) else run  # ("The Department of …"; or after a
    # dateline in capitals that lost its dash: "WASHINGTON Bureau of …")
    after = next((k for k in range(len(run) - 2, max(len(run) - 5, 0), -1)
                  if run[k].text in ("of", "for", "on")), None)
    if m is not None and len(named) >= 3 and named[0].text in ORGANISATION_HEADS and \
            after is not None and all(t.capitalised and not t.acronym for t in run[after + 1:]) \
            and (after == len(run) - 2 or all(
                w.endswith(_ACTIVITY_ENDINGS) for w in re.findall(r"[A-Z][\w’'-]+", m.group()))):
        # (the field before the comma may be two or three words when what the list adds
        # are activities: "the Bureau of Ocean Energy Management, Regulation and
        # Enforcement"; not "the Department of Homeland Security, Justice and State", three
        # departments)
        items = [current.text, *re.findall(r"[A-Z][\w’'-]+", m.group())]
        last = items[-1] if m.group("the") else None  # (no one's given name takes "the")
        if not any(know.big_place(w) or w in know.country_codes or w in ORGANISATION_HEADS
                   or (w in know.given_names and w != last) for w in items):
            return m.end()  # "Institute for the Study of Earth, Oceans, and Space": what
            # the body studies, listed, ends its name (not "… of China, Russia and India")
    return None


#: Endings of the nouns for what a body does: "Regulation", "Enforcement", "Planning".
_ACTIVITY_ENDINGS = ("tion", "ment", "ance", "ence", "ing", "sion")


def body_named_apart(text: str, listed: str, head: str) -> bool:
    """Whether the words after a name's comma are a body the story also names on its own:
    "the Bureau of Reclamation, International Boundary and Water Commission and …" lists
    two bodies where the story writes "the International Boundary and Water Commission"
    elsewhere (not "Department of Agriculture, Water and the Environment": its portfolios,
    named nowhere else)."""
    return head in ORGANISATION_HEADS and len(listed.split()) >= 3 and \
        len(re.findall(rf"(?<![\w’'-])(?<!, ){re.escape(listed)}(?![\w’'-])", text)) >= 1
    # (written alone once besides inside the list: a name the list repeats whole, "the
    # Standards, Procedures and Public Appointments Committee" over every contribution,
    # is no body named apart)


def _goes_on_after_to(text: str, run: list[Token], words: list[Token], k: int,
                      know: Knowledge) -> bool:
    """'to' inside an institution's name: "Network to Freedom", "Committee to Protect
    Journalists" (not "sent the Army to Kabul", "moved the Department to New York")."""
    one = words[k].text
    two = f"{one} {words[k + 1].text}" if k + 1 < len(words) and \
        _gap_ok(text, words[k], words[k + 1]) and words[k + 1].capitalised else None
    if know.big_place(one) or one in know.country_codes or \
            (two is not None and two in know.places):
        return False  # (nor "… Communist Party to U.S. National Defense": a country's letters)
    return len(run) >= 2 or two is not None


def _spelt_in_brackets_after(text: str, words: list[Token], k: int) -> bool:
    """Whether the capitalised words from ``k`` are a name of their own, its letters in
    brackets right after it: "… issues for Congress on the Littoral Combat Ship (LCS)" (a
    ship, not a congress's name)."""
    m = k
    while m + 1 < len(words) and words[m + 1].capitalised and _gap_ok(text, words[m], words[m + 1]):
        m += 1
    return _spelt_out(text, words[k:m + 1], 2)


def _ordinal_before_name(text: str, words: list[Token], k: int) -> bool:
    """'181st' in '181st Multifunctional Training Brigade': an ordinal right before a
    capitalised word."""
    return k + 1 < len(words) and (
        ORDINAL.fullmatch(words[k].text) is not None
        or re.fullmatch(r"\d{1,2}-" + ORDINAL.pattern, words[k].text) is not None) and \
        words[k + 1].capitalised and _gap_ok(text, words[k], words[k + 1])
    # (and a battalion of a regiment, "1-169th General Support Aviation Battalion")


def _place_in_letters(text: str, run: list[Token], words: list[Token], j: int) -> int:
    """How many capitalised words after a name's "in" its letters take in, where the story
    writes those letters alone ("Citizens for Responsibility and Ethics in Washington" beside
    "CREW"); 0 when the letters stop before "in"."""
    for k in (2, 1):
        if j + 1 + k >= len(words) or not all(
                w.capitalised and _gap_ok(text, a, w)
                for a, w in itertools.pairwise(words[j + 1:j + 2 + k])):
            continue
        letters = initials_of(tuple(t.text for t in [*run, *words[j + 2:j + 2 + k]]))
        if len(letters) >= 4 and len(run) >= 2 and \
                re.search(rf"(?<![\w-]){letters}(?![\w-])", text) is not None:
            return k
    return 0


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
    head = next((k for k, w in enumerate(texts) if w in ORGANISATION_HEADS
                 or w in ("Summit", "Conference", "Forum", "Symposium", "Commissioner",
                          "Ombudsman", "Award", "Awards", "Prize", "Medal")), None)
    # (and an event's: "National Summit on Equal Opportunity in Higher Education"; and an
    # award's: "the Chairman’s Award for Achievement in Historic Preservation")
    if head is None or not any(w in ("for", "of", "on") for w in texts[head + 1:]):
        return False
    if nxt.text in ("Europe", "Asia", "Africa", "Eurasia") and "and" in texts[head + 1:] and \
            _COMMON_NOUN_ENDING.search(words[j].text) and \
            (j + 3 >= len(words) or not words[j + 3].capitalised
             or not _gap_ok(text, nxt, words[j + 3])):
        return True  # "the Commission on Security and Cooperation in Europe": the fields a
        # continent's body is for, then the continent, which ends its name
    following = " ".join(t.text for t in words[j + 2:j + 4])
    if re.match(r"[^\S\n]*[.,;]", text[nxt.end:nxt.end + 2]) and \
            not _COMMON_NOUN_ENDING.search(nxt.text):
        return False  # "… Department of Transit Services in Keshena.": a town, however
        # small (but "Association for Women in Communications.")
    return nxt.text not in know.places and following not in know.places and \
        nxt.text not in know.country_codes


#: How the common nouns a name's "in" leads to end: "… in Communications", "… in Education".
_COMMON_NOUN_ENDING = re.compile(r"(?:tion|tions|sion|ment|ments|ing|ics|ance|ence|ity|ism|"
                                 r"ship|ure|ology|ness|ry|cy|ts|ies)$")


_HEADS_AFTER_POSSESSIVE = ORGANISATION_HEADS | EVENT_HEADS | {"Hospital", "Day", "Summit", "Eve",
                                                               "Republic", "Principle", "Law",
                                                               "Census", "Dictionary",
                                                               "Almanac", "Encyclopedia",
                                                               "Thesaurus"}
# ("Jordan's Principle", "Moore's Law": a rule named for someone; "Scotland’s Census": a
# country's census by its brand; "Merriam-Webster Learner's Dictionary", "the Old Farmer's
# Almanac": a reference book named for whom it serves)

#: Plural nouns of people whose possessive names what follows ("People’s Plan", "Women’s
#: March", "Children’s Crusade"): no one person owns it.
_COLLECTIVE_OWNERS = frozenset({"People", "Women", "Men", "Children", "Kids", "Veterans",
                                "Farmers", "Workers", "Parents", "Teachers", "Citizens",
                                "Peoples", "Mothers", "Fathers", "Friends", "Members",
                                "Employees"})
# ("the Register of Members’ Interests", "Private Members’ Business", "the Federal
# Employees’ Retirement System Act of 1986")
#: People named for their trade or calling, as "women" and "men" end the word:
#: "Tradeswomen", "Servicemen", "Congresswomen".
_PEOPLE_OF_A_TRADE = re.compile(r"[A-Z][a-z]{3,}(?:women|men)")

#: Names of a god, whose possessive opens a faith's, a school's or a work's name.
_DIVINE_OWNERS = frozenset({"Jehovah", "God", "Christ", "Allah", "Jesus"})


def _title_starts(words: list[Token], k: int, know: Knowledge) -> bool:
    """Whether a title starts at ``k`` ("Minister", "First Minister", "Prime Minister"):
    "the" before it opens a phrase of its own, not the middle of a name ("Ivan the
    Terrible")."""
    for word in words[k:k + 3]:
        if _is_title(word.text, know.titles) and word.text.rstrip(".") not in HONORIFICS:
            return True  # (but "Senator the Hon. Marise Payne" is one name and its titles)
        if not word.capitalised or word.text not in ROLE_MODIFIERS | {"First", "Prime"}:
            return False
    return False

#: The long vowels of Irish spelling: "an" and "na" between such words are Irish articles.
_IRISH = re.compile(r"[áéíóúÁÉÍÓÚ]")
#: Documents whose names go on after "on the": "Declaration on the Rights of Indigenous
#: Peoples", "Convention on the Rights of the Child", "Statement on the Conduct of Monetary
#: Policy" (a statement only when its title opens with the word: "NEA Statement on the
#: Death of …" is a body's statement, a headline).
_CHARTERS = frozenset("Declaration Convention Covenant Charter Treaty Protocol Agreement "
                      "Statement Pact Accord".split())
#: People named with a condition they live with, inside a name: "Persons with Disabilities".
_PEOPLE_WITH = frozenset("Persons People Children Women Adults Students Individuals "
                         "Veterans".split())
_CONDITIONS = frozenset(("Disabilities", "Disability"))
#: The heads a programme named "… to …" goes on to: "Farm to School Census", "Cradle to
#: Career Network", "Ticket to Work Program".
_FIELD_TO_FIELD_HEADS = frozenset("Census Program Programme Grant Grants Initiative Network "
                                  "Month Week Day Act".split())
#: The heads a programme's "<Field> to <Field>" name takes with one word between: "Birth to
#: Five Leadership Institute".
_FIELD_TO_FIELD_LATE_HEADS = _FIELD_TO_FIELD_HEADS | frozenset("Institute Summit Conference "
                                                               "Academy Partnership".split())


def _field_to_field_head(text: str, words: list[Token], j: int, know: Knowledge) -> int:
    """Where the head of a name "<Field> to <Field> [<Word>] <Head>" ends after the "to" at
    ``j + 1`` ("Farm to School Program", "Birth to Five Leadership Institute"), or 0 when
    the "to" is no part of a name (not "Boeing to Acquire …", a headline's verb)."""
    for head in (j + 3, j + 4):
        if head >= len(words) or not (
                words[head].text in _FIELD_TO_FIELD_HEADS
                or (head == j + 4 and words[head].text in _FIELD_TO_FIELD_LATE_HEADS)):
            continue
        inner = words[j + 2:head]
        if all(t.capitalised and not t.acronym and t.text not in know.given_names
               and not know.places.get(t.text) and t.text not in HEADLINE_VERBS
               for t in (words[j], *inner)) and \
                all(_gap_ok(text, a, b) for a, b in itertools.pairwise(words[j:head + 1])):
            return head
    return 0
#: A military base's name, which a building stands on: "Joint Base Anacostia-Bolling",
#: "Fort Belvoir", "Camp Lejeune", "Naval Air Station Pensacola", "Ramstein Air Base".
_BASE_AFTER_ON = re.compile(r"(?:Fort|Camp)[^\S\n]+[A-Z]|(?:[A-Z][\w-]*[^\S\n]+){0,3}"
                            r"(?:Base|Station)\b")
#: The groups of people a body works on the health or affairs of, by their possessive:
#: "Office on Women's Health", "Council on Children's Issues".
_GROUPS_SERVED = frozenset("women children veterans men girls boys youth families "
                           "seniors".split())
#: Heads a name goes on after with "on": "Summit on Refugees", "Council on Foreign
#: Relations", "European Agenda on Migration", "Declaration on …".
_HEADS_BEFORE_ON = (_HEADS_AFTER_POSSESSIVE | WORK_HEADS | {"Panel", "Dialogue"}) - {"Update"}
# (not "Update on ATLAS and CMS latest results", a headline; and "the EFSA Panel on Plant
# Health", a body's scientific panel; "the National Dialogue on Coalition Governments")


#: The heads of a project's or a mission's name, which a body works on: "Los Alamos
#: National Laboratory on the Yucca Mountain Project".
_PROJECT_HEADS = frozenset("Project Projects Program Programme Mission Missions".split())
#: Heads of bodies people work at, which work on projects (not "Committee on …", whose "on"
#: gives its subject).
_WORKPLACE_HEADS = frozenset("Laboratory Laboratories Lab Center Centre Institute University "
                             "College Agency Company Corporation Office Department".split())


def _project_after(text: str, words: list[Token], k: int) -> bool:
    """Whether the capitalised words from ``k`` name a project of their own (its head ends
    them), which a body works on rather than a part of the body's name."""
    while k + 1 < len(words) and words[k + 1].capitalised and \
            _gap_ok(text, words[k], words[k + 1]):
        k += 1
    return words[k].text in _PROJECT_HEADS


def _body_of_before(text: str, words: list[Token], j: int) -> bool:
    """The possessive ends a body's name "<head> of …" or "<head> on …" that runs up to it:
    "National Institute of Standards and Technology’s Physics Laboratory", "House Committee
    on Transportation and Infrastructure’s Subcommittee on Highways and Transit"."""
    k = j
    while k > 0 and j - k < 6 and _gap_ok(text, words[k - 1], words[k]):
        k -= 1
        if words[k].text == "the" and k > 0 and words[k - 1].text == "and" and k + 1 == j:
            return False  # "the U.S. Department of Defense and the People’s Liberation
            # Army": the possessive after "and the" opens a second body's name
        if words[k].text in ("of", "on") and k > 0 and \
                words[k - 1].text in ORGANISATION_HEADS and \
                _gap_ok(text, words[k - 1], words[k]):
            return True
    return False


#: Bodies in the sky named with their finder's possessive; "Barnard’s Star" too, since a
#: possessive comes before it.
_SKY_HEADS = SKY_HEADS | {"Star"}


#: The word for a building site or a development after its name: "the Broadway on Ann site".
_SITE_AFTER = re.compile(r"[^\S\n]+(?:site|project|development|building|tower|precinct)\b")


def _kinds_of_body_after_at(text: str, words: list[Token], j: int) -> int | None:
    """The index of the plural head ("Agencies") that ends capitalised words after the
    "at" at ``j + 1`` ("at the Prosecutor’s Office and Law Enforcement Agencies"), within
    eight words, or None: the words name a kind of body, so they finish the name before
    them rather than naming a body of their own."""
    k = j + 2
    if k < len(words) and words[k].text == "the":
        k += 1
    for m in range(k, min(k + 8, len(words))):
        if not _gap_ok(text, words[m - 1], words[m]):
            return None
        if words[m].text == "and" and m > k:
            continue
        if not words[m].capitalised or words[m].acronym:
            return None
        if words[m].text in BODIES_OF_A_KIND:
            return m
    return None


def _head_after_in(text: str, words: list[Token], j: int, know: Knowledge) -> int | None:
    """Where the head of a name that goes on after "in" is: one or two capitalised words
    after it, the last an event's or a body's head, the first no place ("Conservation in
    Action Summit"; not "the Senate in Washington", a body and where it sits; nor "Program
    Director in NSF's Division …", a post in a body; nor "Voices in U.S. Media")."""
    current = words[j]
    law = next((m for m in range(j + 2, min(j + 5, len(words)))
                if words[m].text == "Act" and all(
                    words[k].capitalised and not words[k].acronym and not words[k].possessive
                    and _gap_ok(text, words[k - 1], words[k]) for k in range(j + 2, m + 1))),
               None) if current.capitalised and not current.acronym and \
        j + 1 < len(words) and _gap_ok(text, current, words[j + 1]) else None
    if law is not None:
        return law  # "the Government in Sunshine Act", "the Truth in Lending Act": a law's
        # name holds "in"
    if j + 2 < len(words) and current.capitalised and not current.acronym and \
            current.text not in ORGANISATION_HEADS and current.text not in EVENT_HEADS and \
            words[j + 2].capitalised and not words[j + 2].acronym and \
            not words[j + 2].text.endswith(".") and words[j + 2].text not in STREET_FIRST and \
            not know.places.get(current.text) and not know.places.get(words[j + 2].text) and \
            words[j + 2].text not in MONTHS_AND_DAYS and \
            _gap_ok(text, current, words[j + 1]) and _gap_ok(text, words[j + 1], words[j + 2]) \
            and len(re.findall(rf"(?<![\w’'-]){re.escape(current.text)} in "
                               rf"{re.escape(words[j + 2].text)}(?![\w’'-])", text)) >= 3:
        return j + 2  # "the Parks in Focus exhibit", "… Parks in Focus program": a name the
        # story writes again and again with its "in" (not "… Community Center in St. Albans",
        # a body and the town it is in)
    if current.text in TIME_SPANS and j + 2 < len(words) and \
            (j == 0 or not words[j - 1].capitalised or words[j - 1].text in ("The", "This")) \
            and re.search(r"\b(?:[Tt]he|[Tt]his)[^\S\n]+$",
                          text[max(0, current.start - 6):current.start]) \
            and words[j + 2].capitalised and not words[j + 2].acronym and \
            not know.places.get(words[j + 2].text) and \
            words[j + 2].text not in MONTHS_AND_DAYS and \
            _gap_ok(text, current, words[j + 1]) and _gap_ok(text, words[j + 1], words[j + 2]) \
            and not (j + 3 < len(words) and words[j + 3].capitalised
                     and _gap_ok(text, words[j + 2], words[j + 3])):
        return j + 2  # "brings us the Week in Space", "This Week in Tech": a programme's
        # title, a span of time in a field (not "the Week in Washington", where it was)
    if not current.capitalised or current.acronym or current.text in ORGANISATION_HEADS or \
            current.text in EVENT_HEADS or current.text in PLACE_HEADS or j + 2 >= len(words) or \
            current.text in know.surnames or current.text in know.given_names:
        return None  # (nor "Smith in Action …": a person, then where or what they were in)
    first = words[j + 2]
    if _is_title(current.text, know.titles) or not first.capitalised or first.initial or \
            first.acronym or first.possessive or first.text in MONTHS_AND_DAYS or \
            first.text in know.country_codes or \
            know.places.get(first.text) or not _gap_ok(text, current, words[j + 1]) or \
            not _gap_ok(text, words[j + 1], first):
        return None
    for m in range(j + 2, j + 7):
        if m > j + 2 and (m >= len(words) or not words[m].capitalised
                          or not _gap_ok(text, words[m - 1], words[m])
                          or (m > j + 3 and know.places.get(words[m].text))):
            return None
        if m > j + 3 and words[m].text not in _AWARD_HEADS:
            continue  # (an award's field may be longer: "the Excellence in Surface Coal
            # Mining Reclamation Awards")
        if words[m].text in EVENT_HEADS or words[m].text in ORGANISATION_HEADS or (
                m > j + 2 and words[m].text in _FIELD_TO_FIELD_HEADS):
            return m if m > j + 2 or words[m].text in ("Summit", "Award", "Awards", "Prize") \
                else None  # (and a programme's head: "Anti-Trafficking in Persons Grants")
    return None


#: The heads of awards, whose field after "in" may run to several words.
_AWARD_HEADS = frozenset(("Award", "Awards", "Prize", "Prizes", "Medal"))


#: Posts written in capitals, whose possessive may open an office's name: "the CEO’s Office".
_POSTS_IN_CAPITALS = frozenset("CEO CFO COO CTO CIO CISO MEP MSP MLA MPP MHA SVP EVP".split())


def _possessive_in_name(text: str, words: list[Token], j: int, know: Knowledge) -> bool:
    """A possessive inside a name that a head word ends: "International Women’s Day",
    "Leaders’ Summit on Refugees", "Children’s Hospital" (not "Labour’s Shadow Home
    Secretary")."""
    current = words[j]
    plural = text[current.end:current.end + 2] in ("’ ", "' ") and current.text.endswith("s")
    if (current.possessive or plural) and j + 1 < len(words) and \
            words[j + 1].text in ("Day", "Eve") and _gap_ok(text, current, words[j + 1]) and \
            current.text not in ORGANISATION_HEADS and not current.acronym:
        return True  # "Valentine’s Day", "Mother’s Day", "Presidents’ Day", "New Year’s Eve": a
        # day named for whose it is, even after a body's name and "on"
    if current.possessive and j + 1 < len(words) and \
            words[j + 1].text in ("Disease", "Syndrome") and \
            _gap_ok(text, current, words[j + 1]) and current.capitalised and \
            not current.acronym and current.text not in ORGANISATION_HEADS:
        return True  # "April is Parkinson’s Disease Awareness month": a disease named for
        # who described it, written in title case (not "Disease Awareness" apart)
    if current.possessive and j + 1 < len(words) and \
            words[j + 1].text in ("Office", "Offices") and \
            text[current.end:words[j + 1].start] == " " and (
                _is_title(current.text, know.titles) or current.text in OFFICE_HOLDERS) and \
            not (j >= 2 and words[j - 1].text == "of" and words[j - 2].text in ORGANISATION_HEADS):
        return True  # "the Medical Examiner’s Office": an office named for its holder,
        # whatever else the holder's word names ("the Wisconsin Examiner", a paper); not
        # "the Department of Justice’s Office of Justice Programs", a body's own office
    if current.possessive and current.text == "Nation" and j > 0 and j + 1 < len(words) and \
            words[j - 1].text in ("The", "the") and words[j + 1].capitalised and \
            not words[j + 1].acronym and text[words[j - 1].end:current.start] == " " and \
            text[current.end:words[j + 1].start] == " ":
        return True  # "The Nation's Report Card": a title, the country as "the Nation" in
        # capitals (not "the Cherokee Nation's …", whose nation a word names)
    if plural and current.text in _COLLECTIVE_OWNERS and j + 1 < len(words) and \
            words[j + 1].capitalised and not words[j + 1].acronym and \
            text[current.end:words[j + 1].start] in ("’ ", "' "):
        return True  # "the Department of Veterans’ Affairs", "the Department of Labor
        # Veterans’ Employment and Training Service": a people's plural possessive is
        # part of the body's name, not whose body the rest is
    if current.possessive and (current.text in _COLLECTIVE_OWNERS or (
            _PEOPLE_OF_A_TRADE.fullmatch(current.text)
            and current.text not in know.given_names)) and j + 1 < len(words) and \
            words[j + 1].capitalised and not words[j + 1].acronym and \
            text[current.end:words[j + 1].start] == " ":
        return True  # "the Office of Global Women’s Issues", "Ministry of Children’s
        # Services", "Policy Group on Tradeswomen's Issues": a people's possessive inside the
        # body's name (after its head and "of" too, unlike "Department of Homeland
        # Security’s Federal …")
    if not (current.possessive or plural) or j + 1 >= len(words) or \
            current.text in ORGANISATION_HEADS or current.acronym or (
                j >= 2 and words[j - 1].text == "of" and words[j - 2].text in
                ORGANISATION_HEADS and _gap_ok(text, words[j - 1], current)) or (
                j >= 3 and words[j - 2].text == "of" and words[j - 3].text in
                ORGANISATION_HEADS and _gap_ok(text, words[j - 2], words[j - 1])) or \
            _body_of_before(text, words, j):
        return False  # "Princeton University’s Neuroscience Institute", "WHO’s Office of …",
    # "Department of Homeland Security’s Federal …": a part of an organisation named first
    nxt = words[j + 1]
    gap = text[current.end:nxt.start]
    if not nxt.capitalised or len(gap) > 3 or gap.strip(" ’'"):
        return False
    if (current.possessive or plural) and current.text in _COLLECTIVE_OWNERS and \
            not nxt.acronym:
        return True  # "the community-developed People’s Plan", "the Women’s March": a
        # people's possessive before a capitalised word begins a name, never a person's
    if current.possessive and current.text in _DIVINE_OWNERS and not nxt.acronym:
        return True  # "the Jehovah’s Witnesses in Russia", "Christ’s Hospital", "God’s Own
        # Junkyard": a faith's, a school's or a work's name, a god's possessive inside
    if current.possessive and nxt.text in _SKY_HEADS and \
            (j + 2 >= len(words) or not words[j + 2].capitalised):
        return True  # "Barnard’s Galaxy", "Halley’s Comet": a body in the sky named for
        # its finder
    if know.places.get(f"{current.text}’s {nxt.text}") or \
            know.places.get(f"{current.text}'s {nxt.text}"):
        return True  # "Cox’s Bazar": a place the gazetteer knows, named with a possessive
    if re.search(rf"[“\"][^”\"\n]{{0,40}}\b{re.escape(current.text)}[’']s[^\S\n]+"
                 rf"{re.escape(nxt.text)}[”\"]", text):
        return True  # "Mother Hubbard’s Cupboards Recalls Cribs" and “Mother Hubbard’s
        # Cupboards” on its label: a firm's name with a possessive inside, given whole
    if j >= 2 and words[j - 1].text == "of" and \
            words[j - 2].text in ("Town", "City", "Village", "Borough", "Township") and \
            _gap_ok(text, words[j - 2], words[j - 1]) and _gap_ok(text, words[j - 1], current):
        return True  # "the Town of Jackson’s Gap": a town named with a possessive, after
        # the kind of town it is
    if j >= 1 and words[j - 1].text in ("St.", "St", "Saint") and \
            nxt.text.casefold() not in know.titles and not (
                nxt.text in know.given_names and j + 2 < len(words)
                and words[j + 2].capitalised and _gap_ok(text, nxt, words[j + 2])):
        # "St. Paul’s West", "St. John’s Wood": a place named for a saint's (but "St.
        # Paul’s Mary Smith" is a person of St. Paul)
        return True
    if (j == 0 or not words[j - 1].capitalised or not _gap_ok(text, words[j - 1], current)) \
            and current.text in know.given_names and nxt.capitalised and not nxt.acronym and \
            nxt.text not in know.given_names and not know.big_place(current.text) and \
            nxt.text not in ORGANISATION_HEADS and \
            re.search(r"\b(?:in|at|to|off|near|from|(?:north|south|east|west)(?:ern)?[^\S\n]+"
                      r"of)[^\S\n]+$", text[max(0, current.start - 20):current.start]) and \
            (j + 2 >= len(words) or not words[j + 2].capitalised
             or not _gap_ok(text, nxt, words[j + 2])):
        return True  # "south of Martha’s Vineyard": a place named for someone's, after a
        # word of place (but "in Mary's words" is no name, "… Jane's Addiction" not placed;
        # and "in India's Angika folk songs" is the country's, whose name is a given name too)
    if know.big_place(nxt.text) and not know.big_place(current.text) and \
            j + 2 < len(words) and words[j + 2].capitalised and \
            _gap_ok(text, nxt, words[j + 2]):
        return False  # "Boeing’s Houston Product Support Center": the firm's centre, named
        # by its city first (a name with a possessive inside never goes on with a city)
    if nxt.text in ("Office", "Offices") and (
            _is_title(current.text, know.titles) or current.text in OFFICE_HOLDERS):
        return True  # "the U.S. Attorney’s Office", "the Sheriff’s Office", "the Attorney
        # General’s Office": an office named for its holder
    if re.search(rf"\b{re.escape(current.text)} [A-Z]", text):
        return False  # "Kennedy's Launch Complex 39A": Kennedy Space Center's, named in full
    if any(m.group(1) in know.given_names and m.end() != current.start + len(current.text)
           for m in re.finditer(rf"\b([A-Z][\w’'-]+) {re.escape(current.text)}\b", text)):
        return False  # "Musk’s Boring Company": the company of Elon Musk, named in full
        # elsewhere (but "April Fool’s Day" is one name)
    if current.text in PLACE_HEADS and j >= 1 and words[j - 1].capitalised and \
            _gap_ok(text, words[j - 1], current):
        return False  # "Parris Island’s Drill Instructor School", "Fairfax County’s Board
        # of Supervisors": a place named by its head owns what follows
    if j >= 1 and _is_title(words[j - 1].text, know.titles) and \
            words[j - 1].text not in NOBLE and _gap_ok(text, words[j - 1], current):
        return False  # "President Biden’s Bipartisan Infrastructure Law": a titled person's
        # (but "King George’s War", "St. John’s Wood" are named for them)
    given = j - 2 if j >= 2 and re.fullmatch(r"[A-Z]\.", words[j - 1].text) and \
        _gap_ok(text, words[j - 2], words[j - 1]) and _gap_ok(text, words[j - 1], current) \
        else j - 1  # ("Lyndon B. Johnson’s War on Poverty": his initial between)
    if given >= 0 and words[given].text in know.given_names and words[given].capitalised and \
            not words[given].acronym and _gap_ok(text, words[given], words[given + 1]) and (
                j < 2 or words[j - 2].text not in ("St.", "St", "Saint")) and \
            words[j + 1].text not in ("Night", "Week") and (  # ("Day", "Eve": above)
                current.text in know.surnames
                or current.text.casefold() not in know.common_words):
        return False  # "Joe Biden’s Justice Department": a person named in full owns it
        # (but "April Fool’s Day" is a day named so, and "Dixie Consumer’s Cooperative
        # Association" a body: "consumer" is a word, no surname)
    if current.possessive and re.search(r"[a-z][A-Z]", current.text) and re.search(
            rf"(?<![\w’'-]){re.escape(current.text)}(?:[^\S\n]+[a-z]|[,.;:)])", text):
        return False  # "ProPublica’s Local Reporting Network": a body the story names alone
        # too, which owns what follows
    m = j + 1
    country = know.places.get(current.text) in ("country", "continent")
    big = know.big_place(current.text) or (
        j >= 1 and _gap_ok(text, words[j - 1], current)
        and know.big_place(f"{words[j - 1].text} {current.text}"))  # ("San Juan’s …")
    while m < len(words) and m <= j + 4 and words[m].capitalised and \
            (m == j + 1 or _gap_ok(text, words[m - 1], words[m])):
        if words[m].text in _HEADS_AFTER_POSSESSIVE:  # "World’s Toughest Row Race"
            # (but "Pakistan's Supreme Court" is a court of Pakistan; "America’s Cup" one)
            return not (big and words[m].text in ORGANISATION_HEADS)
        if words[m].text in COMPASS_POINTS and m + 1 < len(words) and \
                words[m + 1].capitalised and _gap_ok(text, words[m], words[m + 1]):
            m += 1  # "Des Moines’ East Village": the point opens the name, its head follows
            continue
        if words[m].text in PLACE_HEADS or (words[m].text.endswith("s") and words[m].text[:-1]
                                            in PLACE_HEADS):  # "Nelson’s Dockyard",
            # "Guadalupe Peak, Pinery and Devil's Hall Trails"; not "Britain’s … Islands",
            return not (country or (m > j + 1 and (know.places.get(current.text) == "region"
                                                   or big)))
            # ("Florida's Everglades National Park", "Seoul's Yongsan-gu District": a
            # state's park, a city's district, with a name of its own)
        m += 1
    return False


#: Plural heads a pair of numbers follows, one name for the two: "House Bills 2 and 3",
#: "Amendments 1 and 3".
_NUMBERED_PLURALS = frozenset("Bills Amendments Propositions Measures Resolutions Questions "
                              "Districts Sections Articles Chapters Counts Routes Highways "
                              "Interstates Units Precincts Wards".split())


#: A street's name and its kind after a house number: " New Jersey Avenue", " Main St.".
_STREET_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][\w.’'-]*){1,4}?[^\S\n]+(?:" +
                           "|".join(sorted((_STREET_WORDS - {"Suite"}) | {"Gardens", "Plaza"}))
                           + r")\b\.?(?:,|\s*$|[^\S\n]+[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*)?,"
                           r"[^\S\n]+[A-Z]{2}\b)", re.MULTILINE)
# (or the town and its state's letters after the street, on one line: "1 Myriad Gardens
# Oklahoma City, OK 73102")


def _number_in_run(text: str, words: list[Token], j: int, know: Knowledge) -> bool:
    """Whether the number after word ``j`` belongs to the name ("Web 2.0 Summit"; not
    "Texas 565", a count after a state)."""
    current, nxt = words[j], words[j + 1]
    if know.places.get(current.text) in ("country", "region", "continent") and \
            re.match(r"[,.;]|\s+and\s", text[nxt.end:nxt.end + 5]) and not (
                j > 0 and words[j - 1].text in ("Project", "Vision", "Agenda")) and (
                _COUNT_AFTER.match(text, nxt.end)
                or _COUNT_BEFORE.search(text, 0, current.start)):
        return False  # "Arizona 651, Texas 565 and …": counts in a list of places (but
        # "Falcon 9 rocket"; "On this edition of Africa 54, officials …": a programme)
    if nxt.text.isdigit() and len(nxt.text) <= 5 and _STREET_AFTER.match(text, nxt.end):
        return False  # "… Office of Public Affairs 1200 New Jersey Avenue, SE": a street
        # address's number begins a name of its own
    if _table_row_count(text, nxt):
        return False  # "Krypton Okesene 578" in a list of candidates and their votes
    if re.fullmatch(r"0?[1-9]|[12]\d|3[01]", nxt.text) and \
            _MONTH_AFTER_DAY.match(text, nxt.end):
        return False  # "Rubin Digest 24 January 2020": a day of a date, after the name
    if re.match(r"[- ](?:year|month|week|day|hour|minute|percent|point|page)s?\b"
                r"|[^\S\n]*(?:a\.m\.|p\.m\.|am\b|pm\b)",
                text[nxt.end:nxt.end + 9], re.IGNORECASE):
        return False  # "the ACS 1-year estimates", "Woodrow Wilson 100 years ago": a
        # measure, no part of the name
    return nxt.number and not current.number and current.capitalised and \
        current.text not in MONTHS_AND_DAYS and current.text not in FUNCTION_WORDS and \
        _number_in_name(text, words, j + 1)


#: A month's name after a day's number, then a year or the line's end: " January 2020".
_MONTH_AFTER_DAY = re.compile(r"[^\S\n]+(?:January|February|March|April|May|June|July|"
                              r"August|September|October|November|December)\b"
                              r"(?:[^\S\n]+\d{4}\b|[^\S\n]*(?:\n|$|,))")
#: A list of places and their counts going on after one: ", Texas 565", " and Ohio 481".
_COUNT_AFTER = re.compile(r"(?:[,;][^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)"
                          r"[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*)*[^\S\n]+\d")
#: ... or coming to it: "received 783, Arizona", "Texas 565 and Ohio".
_COUNT_BEFORE = re.compile(r"\d(?:,|[^\S\n]+and)[^\S\n]+\Z")


_ROW = re.compile(r"[^\S\n]*[A-Z][^\d\n]*[^\S\n]\d[\d,.]*[^\S\n]*[*.]?[^\S\n]*")


def _table_row_count(text: str, number: Token) -> bool:
    """Whether the number ends a line of the form "Name 578" next to another such line:
    a table of names and counts (votes, scores), where the number is no part of a name."""
    start = text.rfind("\n", 0, number.start) + 1
    end = text.find("\n", number.end)
    end = len(text) if end < 0 else end
    if text[number.end:end].strip(" *.") or not _ROW.fullmatch(text, start, end):
        return False
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = text.find("\n", end + 1)
    after = len(text) if after < 0 else after
    return (start > 0 and _ROW.fullmatch(text, before, start - 1) is not None) or \
        (end < len(text) and _ROW.fullmatch(text, end + 1, after) is not None)


#: A verb right after a sentence's subject: " emphasises", " was", " will".
_SUBJECT_VERB_AFTER = re.compile(r"[^\S\n]+(?:[a-z]{2,}(?:s|ed)|will|would|can|could|must|"
                                 r"should|may)\b")


#: Structures named by a number: "Building 2101", "Hangar 4", "Pier 39".
_NUMBERED_STRUCTURES = frozenset("Building Hangar Pier Terminal Berth Wharf Warehouse "
                                  "Bunker".split())
#: Plans a government names by the years they cover: "Statement of Strategy 2023-2025".
_PLANS_BY_YEARS = frozenset("Strategy Plan Roadmap Programme Program Framework Report".split())


def _day_date(text: str, words: list[Token], k: int) -> bool:
    """Whether words ``k`` and ``k + 1`` are a day written as month and day, then a
    capitalised word: "the 9/11 Commission", a body named for the day it looks into."""
    month, day = words[k], words[k + 1]
    return month.number and day.number and len(month.text) <= 2 and len(day.text) <= 2 and \
        text[month.end:day.start] == "/" and words[k + 2].capitalised and \
        _gap_ok(text, day, words[k + 2])


def _observed_against(text: str, words: list[Token], j: int) -> int | None:
    """Where an observance's name ends after "against" (word ``j + 1``): the capitalised
    words after it, and a list of such words after commas and "and" ("… against
    Homophobia, Transphobia and Biphobia"); None when no capitalised word follows."""
    k = j + 2
    if k >= len(words) or not words[k].capitalised or words[k].acronym or \
            not _gap_ok(text, words[j], words[j + 1]) or not _gap_ok(text, words[j + 1], words[k]):
        return None
    while k + 1 < len(words) and words[k + 1].capitalised and not words[k + 1].acronym and \
            _gap_ok(text, words[k], words[k + 1]):
        k += 1
    while k + 2 < len(words):
        if re.fullmatch(r",[^\S\n]", text[words[k].end:words[k + 1].start]) and \
                words[k + 1].capitalised and not words[k + 1].acronym and \
                (text.startswith(",", words[k + 1].end) or words[k + 2].text == "and"):
            k += 1  # ", Transphobia"
        elif words[k + 1].text == "and" and words[k + 2].capitalised and \
                not words[k + 2].acronym and _gap_ok(text, words[k], words[k + 1]) and \
                _gap_ok(text, words[k + 1], words[k + 2]):
            return k + 2  # "and Biphobia": the list's last item
        else:
            break
    return k


#: Events whose editions are named with the year they are held ("Annual Meeting 2024"; not
#: "Election Day 2016", "Black History Month 2023": the day or month of that year).
_YEARLY_HEADS = frozenset("Meeting Conference Summit Forum Symposium Workshop Congress "
                           "Festival Expo Games Championship Championships Cup Week Fair "
                           "Assembly".split())


def _number_in_name(text: str, words: list[Token], k: int) -> bool:
    """'Web 2.0 Summit', 'Area 51': a number between capitalised words, or a short one
    (not a year) ending the name."""
    number = words[k].text
    if YEARS.fullmatch(number) and "©" in text[text.rfind("\n", 0, words[k].start) + 1:
                                                words[k].start]:
        return False  # "© Commonwealth of Australia 2020 Australian Transport Safety
        # Bureau": the copyright's holder and year, then the author
    if re.match(r"[^\S\n]*/[^\S\n]*\d", text[words[k].end:words[k].end + 5]):
        return False  # "… Anniversary Coin 1/12/2017": a date glued to the name; "Daily
        # News 12 / 07 / 2021", "Daily News 09 /11/ 2017": one spaced around its slashes
    if k > 0 and words[k - 1].text in ROAD_NUMBER_HEADS and number.isdigit() and \
            len(number) <= 5 and not (
                re.fullmatch(r"(?:19|20)\d\d", number) and words[k - 1].text in ("Road", "Rd")
                and (k < 2 or words[k - 2].text not in ("County", "State"))):
        return True  # "County Road 1251", "FM 2554": a road by its number, however long
        # (but "Abbey Road 1969": a year after a street's name)
    if k > 0 and words[k - 1].text in SKY_CATALOGUES and re.fullmatch(r"\d{1,7}[A-Za-z]?",
                                                                     number):
        return True  # "NGC 4380", "IC 4633", "Messier 96": a sky object by its catalogue's
        # letters and its number there, however long
    if k > 0 and words[k - 1].text in _NUMBERED_STRUCTURES and number.isdigit() and \
            len(number) <= 5 and (k < 2 or words[k - 2].text not in ("the", "The")):
        return True  # "Building 2101", "Hangar 4": a structure by its number, however long
        # (but "the Building 2020 …" may be an event's year)
    if k > 0 and words[k - 1].text in ("Budget", "Vision", "Agenda", "Expo", "Project") and \
            re.fullmatch(r"(?:19|20)\d\d", number):
        return True  # "Budget 2023", "Vision 2030", "Expo 2020": named by its year
    if k > 1 and (words[k - 1].text in _YEARLY_HEADS
                  or (words[k - 1].text == "Day" and words[k - 2].acronym)) and \
            words[k - 2].capitalised and \
            re.fullmatch(r"(?:19|20)\d\d", number) and _gap_ok(text, words[k - 2], words[k - 1]) \
            and not re.search(rf"\b{re.escape(words[k - 2].text)}[^\S\n]+"
                              rf"{re.escape(words[k - 1].text)}\b(?![^\S\n]+\d)", text):
        return True  # "AGU’s Annual Meeting 2024", "Biennial Conference 2019": an event
        # named with the year it is held, and a body's day by its letters, "NCATS Day
        # 2019" (but "Queensland Law Week 2021" where the story also writes "Queensland
        # Law Week": the event, the year its edition's)
    if k > 0 and YEARS.fullmatch(number) and (
            words[k - 1].text in _PLANS_BY_YEARS or (
                k > 1 and words[k - 2].text in ("Project", "Vision", "Agenda")
                and words[k - 1].capitalised and _gap_ok(text, words[k - 2], words[k - 1]))):
        return True  # "Statement of Strategy 2023-2025", "Project Ireland 2040": a plan
        # named by the years it covers
    if k > 2 and YEARS.fullmatch(number) and words[k - 1].text in ("Year", "Years") and \
            words[k - 2].text in ("Fiscal", "Financial") and any(
                (words[j].text in _PLANS_BY_YEARS or words[j].text in ("Act", "Bill"))
                and all(_gap_ok(text, a, b) for a, b in itertools.pairwise(words[j:k]))
                for j in range(max(0, k - 8), k - 2)):
        return True  # "the Denali Commission Draft Work Plan for Federal Fiscal Year 2026",
        # "the Intelligence Authorization Act for Fiscal Year 2022", "the ODP Strategic Plan
        # for Fiscal Years 2014–2018": a plan or a law for a year or years, named with them
        # (but "in Fiscal Year 2026" is a date)
    if k > 0 and words[k - 1].initial and words[k - 1].capitalised and \
            not words[k - 1].acronym and re.fullmatch(r"(?:19|20)\d\d", number) and \
            words[k - 1].text not in MONTHS_AND_DAYS and words[k - 1].text not in SEASONS and \
            words[k - 1].text not in HOLIDAYS and words[k - 1].text not in FUNCTION_WORDS and \
            _SUBJECT_VERB_AFTER.match(text, words[k].end):
        return True  # "Cymraeg 2050 emphasises …": a plan or a games named by its year, the
        # sentence's subject (not "March 2024 was …", "Christmas 2021 …")
    if k > 0 and words[k - 1].text in LAW_PARTS and number.isdigit() and len(number) <= 5:
        return True  # "Section 1201 of the DMCA", "Article 370": a part of a law by its
        # number, even one that could be a year
    if k > 0 and words[k - 1].text in ("Local", "Lodge") and number.isdigit() and \
            len(number) <= 5 and words[k - 1].start > 0:
        return True  # "the International Brotherhood of Electrical Workers (IBEW), Local
        # 1002": a union's branch by its number, however long
    if k > 0 and words[k - 1].text in NUMBERED_WORK_HEADS and len(number) <= 8:
        return True  # "Executive Order 14067", "Form 1040", "Resolution 2334": a document's
        # number, however long
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){2,3}", number) and k > 0 and \
            words[k - 1].text not in MONTHS_AND_DAYS:
        return True  # "LibreOffice 7.2.3 Community", "LibreOffice 7.1.7": a release's
        # number, perhaps before its edition
    if (len(number) > 4 and not re.fullmatch(r"\d{1,4}[-/]\d{1,4}", number)) or \
            re.fullmatch(r"\d{4}-\d{2,4}", number):
        return False  # a year or a range of years; "Message 15-270" is a document's number
    if k + 1 < len(words) and words[k + 1].text in STREET_FIRST and number.isdigit():
        return False  # "Place du Centre 200 Promenade du Portage": a building, then the
        # street's number and name
    if k + 1 < len(words) and _gap_ok(text, words[k], words[k + 1]) and \
            words[k + 1].capitalised:
        return True
    return (len(number.replace(".", "")) <= 3 or "-" in number or "/" in number) and \
        text[words[k].end:words[k].end + 1] != "%"
