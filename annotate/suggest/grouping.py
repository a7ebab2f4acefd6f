"""Surface forms of one entity, grouped: a surname alone or after a title ("Kargbo",
"President Koroma") joins the one full name that ends with it, a first name alone joins
the one full name that starts with it, "NHS" joins "National Health Service" (its
initials), "the Church" joins "Church of Scientology", "Supreme Court" joins "Philippine
Supreme Court", "Liberal Democrat" joins "Liberal Democrats".

Each short form looks up, through an index of the longer forms by first word, last word
and initials, the one longer form it can belong to; a short form that could belong to
two stays an entity of its own.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict

from rapidfuzz.distance import Levenshtein

from .forms import Form, in_order, initials_of
from .kinds import (
    BIG_CITY,
    EVENT_STAGES,
    GROUP_AFTER,
    HONORIFIC_BEFORE,
    PLACE_BEFORE,
    SPEECH_AFTER,
    STATE_FORMS,
    STUDY_AFTER,
    UNITS,
    ends_with_cue,
    in_state_or_country,
    type_of,
)
from .knowledge import ADHERENTS, Knowledge, unaccented
from .lexicon import (
    AILMENT_NOUNS,
    AU_STATE_CODES,
    BILL_NUMBER,
    BODIES_OF_A_KIND,
    CENSUS_YEAR,
    COMPANY_FORMS,
    COMPANY_TRADES,
    COMPASS_POINTS,
    COUNTRY_LETTERS,
    COURT_CASE,
    DESIGNATION,
    DISEASE_DESIGNATIONS,
    EVENT_HEADS,
    FIRE_HEADS,
    FOREIGN_SMALL,
    GONE_TO_BEFORE,
    GREETINGS,
    HOLIDAYS,
    HULL_NUMBER,
    LAW_HEADS,
    NUMBERED_WORK_HEADS,
    OBSERVANCE_HEADS,
    OCEANS,
    ORDINAL,
    ORDINAL_WORDS,
    ORGANISATION_HEADS,
    OTHER_HEADS,
    OWNED_AILMENT_NOUNS,
    PARK_UNITS,
    PERIODICITY,
    PERSON_NOUNS,
    PLACE_HEADS,
    POSTAL_CODES,
    PRIZES,
    ROMAN_NUMERAL,
    SHIP_PREFIXES,
    SKY_BODIES,
    STATE_ABBREVIATIONS,
    TE_REO_WORD,
    WHERE_AFTER,
    WORK_HEADS,
    YEARS,
)
from .tokens import Candidate


def group_forms(forms: dict[str, Form], know: Knowledge) -> list[list[Form]]:
    """Clusters of forms naming one entity; the first form of each is the fullest."""
    # longest first; of equal length, the more often written first, so that a misspelling
    # ("Paravarandeh" once, "Parvarandeh" four times) finds its name already placed (but an
    # initial with its dot inside a name before one without: "Steny H. Hoyer" names "Steny H
    # Hoyer"; not a last letter, "Capital B")
    by_len = sorted(forms.values(), key=lambda f: (
        -len(f.words), f.text.isupper(),
        sum(len(w) == 1 and w.isupper() for w in f.words[1:-1]),
        -len(f.places), f.first))
    index = _Index(by_len, [f for f in by_len if len(f.words) >= 2 and
                            looks_personal(f, know)], know)
    owner: dict[str, int] = {}
    clusters: list[list[Form]] = []
    waiting: list[tuple[Form, Form]] = []
    for form in by_len:
        target = _target(form, index, know)
        if target is not None and target is not form and target.text not in owner:
            waiting.append((form, target))  # "COVID" → "COVID-19", a form of the same
            continue  # length placed after it: joins it once it is placed
        _place(form, target, owner, clusters)
    while waiting:
        ready = [(f, t) for f, t in waiting if t.text in owner] or [(waiting[0][0], None)]
        # (none ready: forms that point at each other, "Liberal Democrat" and "Liberal
        # Democrats"; the first opens the cluster the other joins, as in one pass)
        for form, target in ready:
            _place(form, target, owner, clusters)
        waiting = [(f, t) for f, t in waiting if f.text not in owner]
    return clusters


def _place(form: Form, target: Form | None, owner: dict[str, int],
           clusters: list[list[Form]]) -> None:
    """Put a form in its target's cluster, or in a new one."""
    if target is None or target.text not in owner:
        owner[form.text] = len(clusters)
        clusters.append([form])
    else:
        owner[form.text] = owner[target.text]
        clusters[owner[target.text]].append(form)


#: Words a name may spell out or abbreviate, each to its abbreviation: "Saint Lawrence" is
#: "St. Lawrence", "Mount Vernon" "Mt. Vernon".
_ABBREVIATED = {"Saint": "St.", "St": "St.", "Sainte": "Ste.", "Ste": "Ste.", "Mount": "Mt.",
                "Mt": "Mt.", "Fort": "Ft.", "Ft": "Ft."}


#: A transcript's label: a surname in capitals opening a line before its colon ("CLARE:").
_LABEL_COLON = re.compile(r":[^\S\n]")
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*$")
#: The article that opens many Arabic surnames, which a story may drop: "Omar al-Bashir"
#: … "Bashir’s removal".
_ARABIC_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l)-(?=[A-Z])")


class _Index:
    """The forms by first word, last word and initials: each short form looks up the
    few longer forms it can belong to instead of scanning them all."""

    def __init__(self, forms: list[Form], persons: list[Form], know: Knowledge) -> None:
        self.persons = persons
        self.person_set = {id(f) for f in persons}
        self.by_first: dict[str, list[Form]] = defaultdict(list)
        self.by_last: dict[str, list[Form]] = defaultdict(list)
        self.by_initials: dict[str, list[Form]] = defaultdict(list)
        self.by_text = {f.text: f for f in forms}
        self.by_field: dict[str, list[Form]] = defaultdict(list)
        for f in forms:  # "New Zealand Customs Service" by "Customs", its head's field
            if len(f.words) >= 3 and f.words[-1] in ORGANISATION_HEADS and \
                    know.places.get(" ".join(f.words[:-2])) in ("country", "region"):
                self.by_field[f.words[-2]].append(f)  # (a country's or a state's body
                # named by its field alone: not "Medicaid" of "Centers for Medicare &
                # Medicaid Services", a programme the body runs)
        self.by_fold = {f.text.casefold(): f for f in forms if not f.text.isupper()}
        for f in forms:  # (and by its words: "Sri Sri Ravi Shan- kar", a word a PDF broke)
            if not f.text.isupper():
                self.by_fold.setdefault(" ".join(f.words).casefold(), f)
        self.ends = sorted((c.end, i, f) for i, f in enumerate(forms) for c in f.places)
        self.starts = sorted((c.start, i, f) for i, f in enumerate(forms) for c in f.places)
        self.by_squashed: dict[str, list[Form]] = defaultdict(list)
        for f in forms:  # without spaces or hyphens: "Fair Play", "Fairplay"
            self.by_squashed[_squashed(f.text)].append(f)
        self.by_plain: dict[str, Form] = {}
        for f in forms:  # the first of each spelling, accents or none ("Limón", "Limon")
            self.by_plain.setdefault(_plain(f.text), f)
        self.by_dateline: dict[str, Form] = {}
        for f in forms:  # "ALEXANDRIA, La.": a dateline's city in capitals, then its state
            head, comma, _ = f.text.partition(", ")
            if comma and len(head) > 3 and (
                    head.isupper() or re.fullmatch(r"(?:Mc|Mac)[A-Z]{3,}", head)):
                self.by_dateline.setdefault(head.casefold(), f)  # (and "McLEAN, Va.": a
                # dateline's capitals keep the "c" of "Mc")
        self.by_undotted = {f.text.replace(".", "").casefold(): f for f in forms
                            if not f.text.isupper() and "." in f.text}
        self.by_city: dict[str, list[Form]] = defaultdict(list)
        for f in forms:  # "Washington, D.C." by its city, for a dateline's "WASHINGTON"
            head, comma, state = f.text.partition(", ")
            if comma and not head.isupper() and state.replace(".", "") in POSTAL_CODES:
                self.by_city[head.casefold()].append(f)
        self.by_first_two: dict[str, list[Form]] = defaultdict(list)
        for f in forms:
            if len(f.words) == 1:
                self.by_first_two[f.words[0][:2]].append(f)
        self.by_first_law: dict[str, list[Form]] = defaultdict(list)
        for f in forms:  # the laws by their head: "Endangered Species Act (of 1973)"
            heads = [k for k, w in enumerate(f.words) if k > 0 and w in LAW_HEADS
                     and (k == len(f.words) - 1 or f.words[k + 1] == "of")]
            if heads:
                self.by_first_law[f.words[heads[0]]].append(f)
        for f in forms:
            self.by_first[f.words[0]].append(f)
            self.by_last[f.words[-1]].append(f)
            if len(f.words) > 1 and f.text.isupper() and f.words[-1].isalpha():
                self.by_last[f.words[-1].title()].append(f)  # "Albanese" → "ANTHONY
                # ALBANESE", a transcript's label in capitals; "Park Service" → "NATIONAL
                # PARK SERVICE", a masthead
            if len(f.words) == 2 and len(f.words[0]) >= 3 and f.words[0].isalpha() and \
                    f.words[0].isupper() and f.words[1][:1].isupper() and \
                    f.words[1][1:].islower():
                self.by_last[f.words[0].title()].append(f)  # "Motegi" → "MOTEGI
                # Toshimitsu": a surname in capitals before the given name, as Japan's
                # ministries write their ministers' names
            if len(f.words) > 2 and f.words[-1].rstrip(".") in ("Jr", "Sr") and \
                    f.words[-2][:1].isupper():
                self.by_last[f.words[-2].rstrip(",")].append(f)  # "Sánchez" → "Francisco
                # Sánchez Jr."
            article = _ARABIC_ARTICLE.match(f.words[-1])
            if article and len(f.words) > 1:
                self.by_last[f.words[-1][article.end():]].append(f)  # "Bashir": "al-Bashir"
            self.by_initials[initials_of(f.words)].append(f)
            with_small = "".join(w[0].upper() for w in f.words if w not in ("the", "and", "&"))
            if with_small != initials_of(f.words):
                self.by_initials[with_small].append(f)  # "VOA": Voice of America
            for noun in sorted({m.group(1).upper() for c in f.places
                                if (m := _NOUN_AFTER_NAME.match(c.after))}):
                if len(f.words) > 1 and f not in self.by_initials[with_small + noun]:
                    self.by_initials[with_small + noun].append(f)  # "SONA": the State of the
                    # Nation address, its letters and the noun the story writes after it
            if len(f.words) >= 2 and any(re.search(r"[a-z,;:–—][^\S\n]+The[^\S\n]+$", c.before)
                                         for c in f.places):
                self.by_initials["T" + initials_of(f.words)].append(f)  # "TDF": The
                # Document Foundation, whose "The" the story capitalises inside a sentence
            hyphenated = initials_of(tuple(p for w in f.words for p in w.split("-") if p))
            if hyphenated != initials_of(f.words):
                self.by_initials[hyphenated].append(f)  # "DBRA": Davis-Bacon and Related Acts
            capitals = "".join(ch for ch in f.text if ch.isupper())
            if len(capitals) >= 3 and _CAMEL.search(f.text) and \
                    capitals not in (initials_of(f.words), hyphenated):
                self.by_initials[capitals].append(f)  # "KZN": KwaZulu-Natal, every capital
                # of its name, inside its words too
            dotted = "".join(w.replace(".", "") if _DOTTED.fullmatch(w) else w[0]
                             for w in f.words if w[:1].isupper())
            if dotted != initials_of(f.words):
                self.by_initials[dotted].append(f)  # "USCP": U.S. Capitol Police
            dotted_small = "".join(w.replace(".", "") if _DOTTED.fullmatch(w) else w[0].upper()
                                   for w in f.words if w not in ("the", "and", "&"))
            if dotted_small not in (dotted, with_small) and f.words[0].endswith("."):
                self.by_initials[dotted_small].append(f)  # "USDOT": U.S. Department of
                # Transportation, its country's letters and its small word's
            of = next((k for k in range(1, len(f.words) - 1) if f.words[k] == "of"
                       and f.words[k - 1] in ORGANISATION_HEADS), None)
            if of is not None and len(initials_of(f.words[of + 1:])) >= 3:
                # "HUD": the (Department of) Housing and Urban Development, its letters
                # after the head word, as a department's short name often leaves it out
                self.by_initials["*" + initials_of(f.words[of + 1:])].append(f)
            if of is not None and len(initials_of(f.words[:of])) >= 3:
                self.by_initials[initials_of(f.words[:of])].append(f)  # "UKB": the United
                # Keetoowah Band (of Cherokee Indians), its letters before "of"
            if len(f.words) > 4 and f.words[:2] == ("United", "States") and \
                    f.words[-1] in ORGANISATION_HEADS:
                self.by_initials[initials_of(f.words[2:])].append(f)  # "GSA": the (United
                # States) General Services Administration, its letters without the country
            lead = next((k for k in (1, 2, 3) if len(f.words) >= k + 3
                         and f.words[k] in ORGANISATION_HEADS and f.words[k + 1] == "of"
                         and know.places.get(" ".join(f.words[:k])) in ("country", "region")),
                        None)
            if lead is not None and len(initials_of(f.words[lead:])) >= 3:
                self.by_initials[initials_of(f.words[lead:])].append(f)  # "DSHS": the
                # (Texas) Department of State Health Services, a state's or a country's body
                # by its letters without the place's
            if len(f.words) > 3 and f.words[-1] in _GENERIC_TAILS:
                # "Mine Resistant Ambush Protected Vehicles" → "MRAP": its letters leave out
                # the kind of thing it is
                self.by_initials[initials_of(f.words[:-1])].append(f)
            act = next((k for k in range(2, len(f.words) - 2) if f.words[k] == "Act"
                        and f.words[k + 1] == "for"), None)
            if act is not None:
                # "the Intelligence Authorization Act for Fiscal Year 2022 (… ) (IAA)": a
                # law's letters stop at its head, before the year it is for
                self.by_initials[initials_of(f.words[:act + 1])].append(f)
            against = next((k for k in range(2, len(f.words) - 1)
                            if f.words[k] == "Against"), None)
            if against is not None and len(initials_of(f.words[:against])) >= 3:
                # "CPC": the Commission for Public Complaints (Against the RCMP), its letters
                # stop before what it is against, a body of its own
                self.by_initials[initials_of(f.words[:against])].append(f)
            if len(f.words) > 2 and f.words[-1] in COMPANY_FORMS:
                # "Universal Guardian Acceptance, LLC (UGA)": a firm's letters leave out
                # its legal form
                self.by_initials[initials_of(f.words[:-1])].append(f)
            country = _country_before(f.words)
            if len(f.words) > 2 and country == 1:
                # "U.S. Consumer Product Safety Commission (CPSC)"
                self.by_initials["*" + initials_of(f.words[1:])].append(f)
            if country and len(f.words) > country + 2:
                rest = "".join(w[0].upper() for w in f.words[country:]
                               if w not in ("the", "and", "&"))
                if rest != initials_of(f.words[country:]):
                    self.by_initials["*" + rest].append(f)  # "DOT": the (United States)
                    # Department of Transportation, its letters without its country's
            if not country and len(f.words) >= 3 and f.words[0] == "Department" and \
                    f.words[1] == "of":
                for letters in {initials_of(f.words), "".join(
                        w[0].upper() for w in f.words if w not in ("the", "and", "&"))}:
                    self.by_initials["US" + letters].append(f)  # "USDA", "USDOL": the
                    # department the story names without its country, by the letters
                    # it goes by with the country's

    def person(self, form: Form) -> bool:
        return id(form) in self.person_set


#: The words after a person's name that tell a son from his father.
_NAME_SUFFIXES = frozenset("Jr Sr Junior Senior II III IV".split())
#: The word after a body's name in capitals that names its arm or its legal form, which
#: the story may leave off: "CREDO Action", "ACLU Foundation", "MSNBC Inc.".
_ARM_WORDS = frozenset("Action Foundation Fund Network Inc Inc. Corp Corp. Ltd Ltd. LLC "
                       "Group".split())


#: Parties a government is named for: "the Tasmanian Liberal Government".
_GOVERNING_PARTIES = frozenset("Liberal Labor Labour Conservative National Coalition Green "
                               "Greens Democratic Republican".split())
#: Bodies by their letters that their agencies' names open with: "UN Refugee Agency",
#: "EU Council", "AU Commission".
_PARENT_ACRONYMS = frozenset("UN EU AU NATO OAS ASEAN ECOWAS WHO UNESCO".split())
#: A team's or a unit's noun right after its name: "the Mozilla Advocacy team".
_TEAM_AFTER = re.compile(r"[^\S\n]+(?:team|unit|group|division|department|office|programme|"
                         r"program|project|staff)\b")
#: A sovereign's titles before the name, which places and bodies named for them keep.
_SOVEREIGNS = frozenset("King Queen Prince Princess Pope Emperor Empress Sultan Emir".split())
#: What a body issues under its letters: "ABS Statement", "ABS Media Statements".
_ISSUED = frozenset("Statement Statements Report Reports Release Releases Update Updates "
                    "Bulletin Newsletter".split())


#: A verb only a person does right after a name: "Bloomberg said", "Smith told".
_SPEAKS_AFTER = re.compile(r"[^\S\n]+(?:said|says|told|added|argued|insisted)\b")


#: The kinds of park a park's name is followed by, which a story may leave out.
_PARK_KINDS = frozenset(tuple(kind.split()) for kind in (
    "National Park", "National Parks", "National Monument", "National Forest",
    "National Preserve", "National Seashore", "National Recreation Area",
    "National Historic Site", "National Historical Park", "National Wildlife Refuge",
    "State Park", "Provincial Park"))


#: What makes the name after it a town's: "Mayor of Trail", "the town of Trail".
_TOWN_OF_BEFORE = re.compile(r"\b(?:[Mm]ayor|[Rr]eeve|[Tt]own|[Vv]illage|[Cc]ity|[Mm]unicipality|"
                             r"[Tt]ownship)[^\S\n]+of[^\S\n]+$")


#: What makes the name after it a region's: "the Mexican state of Chihuahua".
_REGION_OF_BEFORE = re.compile(r"\b(?:state|province|region|department|prefecture|county)"
                               r"[^\S\n]+of[^\S\n]+$")


#: What a body runs under its own name, no longer form of it: "SAPIENS Public Writing
#: Training Program".
_PROGRAMMES_RUN = frozenset("Program Programme Programs Programmes Fellowship Fellowships "
                            "Podcast Scholarship Scholarships Initiative Fund".split())
#: Prepositions of other languages that a name in them may capitalise: "Mariposas Sin
#: Fronteras", "Médecins Sans Frontières", "Reporter ohne Grenzen".
_FOREIGN_PREPOSITIONS = frozenset("sin sans senza sem ohne con avec com mit para por".split())
#: A release's number, dotted: "7.2.3", "7.0".
_RELEASE = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}")


def _target(form: Form, index: _Index, know: Knowledge) -> Form | None:
    """The longer form this one is a short form of, when there is exactly one."""
    words = form.words
    n = len(words)
    if all(c.hint in ("seat", "party") for c in form.places):
        return None  # "Esterson, Bill (Sefton Central) (Lab)": a member's seat and party
        # in brackets, no short forms of the member
    known_as = _known_as(form, index)
    if known_as is not None:
        return known_as  # "2,4 Dinitrophenol, also known as DNP"
    if n == 1 and not index.person(form):
        posts = [f for prefix in ("Fort", "Camp") if (f := index.by_text.get(
            f"{prefix} {words[0]}")) is not None]
        if len(posts) == 1:
            return posts[0]  # "invite 30 to Eustis, … stationed at Eustis" after "Fort
            # Eustis": the post by its name alone, whatever town shares it
    misnamed = _misnamed_with_letters(form, index)
    if misnamed is not None:
        return misnamed  # "Low Income Household Energy Assistance Program (LIHEAP)" →
        # "Low Income Home Energy Assistance Program (LIHEAP)": one word written wrong, the
        # letters right
    if n == 3 and re.fullmatch(r"[A-Z]\.", words[1]):
        spelt = [f for f in index.by_last.get(words[2], []) if len(f.words) == 3
                 and f.words[0] == words[0] and f.words[2] == words[2]
                 and re.fullmatch(rf"{words[1][0]}[a-z]+", f.words[1])]
        if len(spelt) == 1:
            return spelt[0]  # "George W. Bush" → "George Walker Bush": the middle name
            # the initial stands for, spelt out elsewhere in the story
    bracketed = index.by_text.get(re.sub(r"(\w)/(\w+)", r"\1 (\2)", form.text)) \
        if "/" in form.text else None
    if bracketed is not None and bracketed is not form:
        return bracketed  # "Esperanza/Hope Award" → "Esperanza (Hope) Award": the other
        # name after a slash in a headline, in brackets in the story
    release = next((k for k in range(1, n) if _RELEASE.fullmatch(words[k])), None)
    if release is not None:
        base = index.by_text.get(" ".join(words[:release]))
        if base is not None and base is not form and not index.person(base):
            return base  # "LibreOffice 7.2.3 Community", "LibreOffice 7.0" → "LibreOffice":
            # the software, by the number of one of its releases (but "Apollo 11" is a
            # mission of its own: a release's number has a dot)
        if base is None:
            releases = [f for f in index.by_first[words[0]] if len(f.words) > release
                        and f.words[:release] == words[:release]
                        and _RELEASE.fullmatch(f.words[release])]
            if releases and releases[0] is not form:
                return releases[0]  # "LibreOffice 7.2", "LibreOffice 7.1.7" → "LibreOffice
                # 7.2.3 Community": releases of software the story never names alone, with
                # the fullest
    if n == 2 and words[0].isupper() and words[0].isalpha() and len(words[0]) >= 2 and \
            words[1] in _HEADS_AFTER_SPELT:
        spelt = [f for f in index.by_text.values() if len(f.words) >= 2 and f is not form
                 and any(_spelt_between(c, words[0], words[1]) for c in f.places)]
        letters = index.by_text.get(words[0])
        named = _target(letters, index, know) if letters is not None else None
        if not spelt and named is not None and len(named.words) >= 3 and \
                named.words[-1] not in ORGANISATION_HEADS and not index.person(named):
            spelt = [named]  # "POWER Initiative" after "POWER (Partnerships for … Economic
            # Revitalization) is a … initiative": the letters of a name that is no body's,
            # and the head of what they name (but "the FEMA Program" is the agency's)
        if len(spelt) == 1:
            return spelt[0]  # "POWER Initiative" → "Partnerships for Opportunity and
            # Workforce and Economic Revitalization": the letters and the head the story
            # writes around the name in brackets, or after it and its letters, "POWER
            # (Partnerships for … Revitalization) Initiative", "… (POWER) Initiative"
    if n == 1 and know.disease(form.text):
        numbered = [f for text, f in index.by_text.items()
                    if re.fullmatch(rf"{re.escape(form.text)}-\d+", text)]
        if len(numbered) == 1:
            return numbered[0]  # "Covid" → "Covid-19": a disease by its letters, then by
            # its letters and the year that numbers it
    city = index.by_text.get(f"{form.text} City")
    if city is not None and know.places.get(form.text) != "country" and \
            know.city_population.get(form.text, 0) >= 100_000 and not any(
                _REGION_OF_BEFORE.search(c.before) for c in form.places):
        return city  # "Taipei" → "Taipei City": a big city by its name alone (but
        # "Guatemala" is the country, "Guatemala City" its capital, and "the Mexican state
        # of Chihuahua" the state whose capital is "Chihuahua City")
    if n >= 3 and words[-1] in ("Survey", "Study"):
        base = index.by_text.get(" ".join(words[:-1]))
        if base is not None and not index.person(base) and \
                base.words[-1] not in ORGANISATION_HEADS and base.words[-1] not in PLACE_HEADS \
                and any(STUDY_AFTER.match(c.after) for c in base.places):
            return base  # "Monitoring the Future Survey" → "Monitoring the Future", which the
            # story also calls "the 2011 Monitoring the Future survey": a study by its name,
            # with or without the word for it
    if n == 1 and not index.person(form):
        service = [f for f in index.by_field.get(words[0], []) if not index.person(f)]
        if len(service) == 1:
            return service[0]  # "Customs" → "New Zealand Customs Service": a body by the word
            # its head word follows, as a story calls it after naming it once
    if n >= 2 and words[-1] in PLACE_HEADS and "International" not in words:
        international = index.by_text.get(
            " ".join((*words[:-1], "International", words[-1])))
        if international is not None:
            return international  # "Auckland Airport" → "Auckland International Airport"
    if n == 2 and words[0].endswith("ial") and words[1] in ORGANISATION_HEADS:
        noun = words[0][:-3]
        named = index.by_text.get(f"{words[1]} of the {noun}") or \
            index.by_text.get(f"{words[1]} of {noun}")
        if named is not None:
            return named  # "Presidential Office" → "Office of the President": the body by
            # the adjective of whom it serves
    if n >= 2 and words[0] == "EU":
        spelt = index.by_fold.get(" ".join(("European", *words[1:])).casefold()) or \
            index.by_fold.get(" ".join(("European", "Union", *words[1:])).casefold())
        if spelt is not None and spelt is not form:
            return spelt  # "EU Commission" → "European Commission": the Union's letters
            # for its adjective
    if n == 2 and words[1].isupper() and words[1].isalpha() and len(words[1]) >= 3:
        lettered = [f for f in index.by_first[words[0]] if len(f.words) > len(words[1])
                    and "".join(w[0].upper() for w in f.words[1:]
                                if w not in ("the", "and", "&")) == words[1]]
        if len(lettered) == 1:
            return lettered[0]  # "Northwest SOIL" → "Northwest School of Innovative
            # Learning": its first word, then the letters of the rest, "of" and all
    if n == 2 and re.fullmatch(r"[A-Z]{2,3}", words[0]) and words[1][1:].islower() and \
            not index.by_initials.get(words[0]):
        people = [f for f in {id(f): f for f in [*index.by_last[words[1]],
                                                 *index.by_first[words[1]]]}.values()
                  if f is not form and len(f.words) >= 2 and index.person(f)
                  and (f.words[-1] == words[1] or _SURNAME_FIRST.fullmatch(f.words[-1]))]
        if len(people) == 1:
            return people[0]  # "Deputy FM Wu" → "François Chih-chung Wu", "FM Lin" → "Lin
            # Chia-lung": a title's letters before the surname of the one person so named
    if n == 1 and words[0].isupper() and len(words[0]) > 2 and \
            any(c.honorific or HONORIFIC_BEFORE.search(c.before)
                or (_LABEL_COLON.match(c.after) and _LINE_START.search(c.before))
                for c in form.places):
        people = [f for f in index.by_last[words[0].title()] if f is not form
                  and len(f.words) >= 2 and index.person(f)]
        if len(people) == 1:
            return people[0]  # "MR PRICE:" → "Ned Price": a transcript's label in capitals,
            # the honorific and the surname of the person the page names ("MR. EARNEST:",
            # its honorific dotted; "CLARE:" opening a line, a label with no honorific)
    if n == 1 and any(_SPEAKS_AFTER.match(c.after) for c in form.places):
        people = [f for f in index.by_last[words[0]] if f is not form and len(f.words) >= 2
                  and index.person(f)]
        if len(people) == 1:
            return people[0]  # "Bloomberg said he expects …" → "Michael Bloomberg", not
            # the firm "Bloomberg L.P.": a surname that speaks is the person's
    if not index.person(form) and words[0][:1].isupper():
        editions = [f for f in index.by_last[words[-1]] if f is not form
                    and len(f.words) == n + 1 and CENSUS_YEAR.fullmatch(f.words[0])
                    and f.words[1:] == words]
        if len(editions) == 1:
            return editions[0]  # "the World Championships" → "the 2002 World Championships":
            # the one edition the story names by its year (two editions keep it apart)
    if n == 1 and words[0].isalpha() and words[0] not in know.given_names:
        paternal = [f for f in index.persons if len(f.words) == 3 and f.words[1] == words[0]
                    and f.words[0] in know.given_names and f.words[2].isalpha()
                    and f.words[2] not in know.given_names]
        if len(paternal) == 1:
            return paternal[0]  # "Congost is scheduled …" → "Elena Congost Mohedano": a
            # Spanish name's first surname, used alone
    if n == 1 and len(words[0]) >= 5 and words[0].isalpha() and words[0][1:].islower() and \
            words[0] not in know.given_names and not know.places.get(words[0]) and \
            words[0].casefold() not in know.common_words:
        clipped = [f for f in index.by_text.values() if len(f.words) >= 3
                   and not index.person(f) and _clipped_blend(words[0], f.words)]
        if len(clipped) == 1:
            return clipped[0]  # "Comfrel" → "Committee for Free and Fair Elections": a
            # name blended from its words' first syllables, written as a word
    if n == 1 and len(words[0]) >= 6 and words[0].isalpha() and words[0].isupper():
        clipped = [f for f in index.by_text.values() if len(f.words) >= 2 and f is not form
                   and not index.person(f) and not f.text.isupper()
                   and _clipped_blend(words[0], f.words, fewest=2)]
        if len(clipped) == 1:
            return clipped[0]  # "STRATCOM" → "U.S. Strategic Command": a command blended
            # from its words' first syllables, in capitals
    if n == 1 and all(c.possessive for c in form.places):
        pairs = [f for f in index.by_first[words[0]] if len(f.words) == 3
                 and f.words[1] in ("and", "&")
                 and know.places.get(f"{f.words[0]} and {f.words[2]}") == "country"]
        if pairs and len({f.words[2] for f in pairs}) == 1:
            return min(pairs, key=lambda f: f.words[1] != "and")  # ("and" or "&": one name)
            # "Trinidad's murder rate" → "Trinidad & Tobago": a country of
            # two islands or lands, whose first one's name owns what the country does (not
            # "the safe seats in central Trinidad": the island)
    if n == 1 and words[0][1:].islower() and not know.places.get(words[0]):
        for c in form.places:
            head = re.match(r"[^\S\n]+([a-z]+)\b", c.after)
            headed = [f for f in index.by_first[words[0]] if head is not None
                      and len(f.words) == 2 and f.words[1] == head.group(1).capitalize()
                      and f.words[1] in PLACE_HEADS]
            if len(headed) == 1:
                return headed[0]  # "the Mineirao stadium" → "Mineirao Stadium": the same
                # place, its head word written in lower case once
    if n >= 2 and any(ch.isdigit() for ch in words[-1]):
        variants = [f for f in index.by_first[words[0]] if len(f.words) == n
                    and f.words[:-1] == words[:-1]
                    and re.fullmatch(re.escape(words[-1]) + r"-[A-Z0-9]{1,6}", f.words[-1])]
        if len(variants) == 1:
            return variants[0]  # "a Boeing 747" → "a Boeing 747-200": the model the story
            # names by its variant too, one aircraft
    slashed = _named_before_slash(form, index, know) or _two_languages_pair(form, index) or \
        _glossed_in_brackets(form, index, know) or _building_in_brackets(form, index)
    if slashed is not None:
        return slashed  # "the New Zealand Conservation Authority/Te Pou Atawhai Taiao O
        # Aotearoa": one body, its English and its te reo names (or "the New Zealand Defence
        # Force (NZDF; Māori: Te Ope Kātua o Aotearoa)", its name in a language's gloss; or
        # "the Natcher Center (Building 45)", a building and its number)
    if n >= 3 and not index.person(form):
        reordered = [f for f in index.by_last[words[-1]] if f is not form and len(f.words) == n
                     and f.words != words and sorted(w.casefold() for w in f.words)
                     == sorted(w.casefold() for w in words)
                     and f.places[0].start < form.places[0].start]
        if len(reordered) == 1:
            return reordered[0]  # "the 30th Annual Nedlac Summit" → "the 30th NEDLAC Annual
            # Summit" before it: one event, its words in another order
    if n == 2 and know.is_demonym(words[0]) and words[1] in ORGANISATION_HEADS:
        bodies = [f for f in index.by_first[words[1]] if f is not form and len(f.words) == 3
                  and f.words[1] == "of" and know.places.get(f.words[2]) == "country"
                  and _same_stem(words[0], f.words[2])]
        if len(bodies) == 1:
            return bodies[0]  # "the Ugandan Government" → "the Government of Uganda": one
            # body, by its country's adjective or by "of" and the country
    if n == 2 and words[1] == "Region" and not index.person(form):
        lands = [f for f in index.by_text.values() if len(f.words) == 1 and f is not form
                 and f.text != words[0] and know.places.get(f.text)
                 and _same_stem(words[0], f.text)]
        if len(lands) == 1:
            return lands[0]  # "the 13-state Appalachian Region" → "Appalachia": a region
            # by its adjective and "Region", and by its name
    if n >= 2 and know.places.get(words[0]) == "country" and not index.person(form):
        people = [f for f in index.by_last[words[-1]] if f is not form and f.words[1:] == words[1:]
                  and know.is_demonym(f.words[0]) and _same_stem(f.words[0], words[0])]
        if len(people) == 1:
            return people[0]  # "the Pakistan Taliban" → "the Pakistani Taliban": a body named
            # with its country, or with the country's adjective
    spelt = [_ABBREVIATED.get(w, w) for w in words]
    if spelt != list(words):
        same = [f for f in index.by_last[words[-1] if words[-1] not in _ABBREVIATED
                                         else spelt[-1]]
                if f is not form and [_ABBREVIATED.get(w, w) for w in f.words] == spelt]
        if len(same) == 1:
            return same[0]  # "… For Saint Lawrence Seaway 60th Anniversary" → "the St.
            # Lawrence Seaway": a saint's, a mount's or a fort's name spelt out
    if n >= 2 and words[-1] not in ("System", "Systems"):
        plain = [_ABBREVIATED.get(w, w) for w in words]
        systems = [f for f in index.by_last.get("System", []) if len(f.words) > n
                   and [_ABBREVIATED.get(w, w) for part in f.words[:-1]
                        for w in part.split("-")][-n:] == plain]
        if len(systems) == 1 and words[-1] in PLACE_HEADS:
            return systems[0]  # "the St. Lawrence Seaway" → "the Great Lakes-St. Lawrence
            # Seaway System": the waterway the system is named for
    if n == 2 and words[-1] in ORGANISATION_HEADS and not index.person(form) and \
            not words[0].isupper() and not _letters_written(_letters_of(words), index):
        # (not "Clinical Center" beside "Mark O. Hatfield Clinical Research Center" where the
        # story writes "CC": a body whose own letters stand for it)
        shortened = [f for f in index.by_last[words[-1]] if len(f.words) >= 4
                     and words[0] in f.words[1:-1] and f.words[-2] != words[0]]
        if len(shortened) == 1:
            return shortened[0]  # "Reef Authority" → "Great Barrier Reef Marine Park
            # Authority": a body by the word its name is known for and its head
    if n == 2 and not index.person(form):
        lettered = [f for f in index.by_last[words[-1]] if len(f.words) in (3, 4)
                    and f.words[0] == words[0] and f.words[-1] == words[-1]
                    and any(len(w) >= 2 and w.isupper() and w.isalpha() for w in f.words[1:-1])]
        if len(lettered) == 1:
            return lettered[0]  # "the Kilkeel Lifeboat" → "the Kilkeel RNLI Inshore
            # Lifeboat": a station's boat without the letters of the body that runs it
    if n == 1:
        for c in form.places:
            given = re.search(r"(?<![\w.])([A-Z][a-z]+)[^\S\n]*\[$", c.before)
            if given is not None and given.group(1) in know.given_names and \
                    (named := index.by_text.get(given.group(1))) is not None and named is not form:
                return named  # "Thank you, Craig [Middlebrook, Deputy Administrator …]": the
                # surname an editor put in brackets after the given name a speaker said
    for c in form.places:
        order = re.search(r"(Executive[^\S\n]+Order[^\S\n]+(?:No\.[^\S\n]*)?\d{3,6}),[^\S\n]+$",
                          c.before)
        if order is not None and n >= 3:
            numbered = [f for f in index.by_last.get(order.group(1).split()[-1], [])
                        if f is not form]
            if numbered:
                return max(numbered, key=lambda f: len(f.words))  # "Executive Order 13175,
                # Consultation and Coordination with …": the order's title, after its number
    if re.search(r"\s[A-Z]{2}$", form.text):
        dotted = index.by_text.get(f"{form.text[:-2]}{form.text[-2]}.{form.text[-1]}.")
        if dotted is not None and dotted is not form:
            return dotted  # "Washington, DC" → "Washington, D.C.": a state's letters written
            # without their dots
    nicknamed = _nickname_of(form, index)
    if nicknamed is not None:
        return nicknamed  # "Ismael Zambada Garcia (“El Mayo”)": a person's nickname
    if n >= 3 and words[0].isupper() and len(words[0]) >= 3:
        spelt = [f for f in index.by_last[words[-1]] if len(f.words) > n
                 and f.words[-(n - 1):] == words[1:]
                 and _letters_of(f.words[:-(n - 1)]) == words[0]]
        if len(spelt) == 1:
            return spelt[0]  # "USGS Hawaiian Volcano Observatory" → "U.S. Geological Survey
            # Hawaiian Volcano Observatory": the parent body by its letters, then by name
    if n >= 3 and (words[-1] in PLACE_HEADS or words[-1] in ORGANISATION_HEADS) and \
            all(w[:1].isupper() for w in words):
        reordered = [f for f in index.by_last[words[-1]] if f is not form
                     and len(f.words) == n and f.words != words
                     and sorted(f.words) == sorted(words) and f.first < form.first]
        if len(reordered) == 1:
            return reordered[0]  # "Juarez Lincoln Bridge" → "Lincoln Juarez Bridge": the
            # same bridge, its two namesakes in the other order
    if n == 1:
        case = next((f for f in index.by_first.get(words[0], []) if f is not form
                     and COURT_CASE.search(f.text) and any(
                         c.before.rstrip().endswith("(") and f.text in c.before
                         for c in form.places)), None)
        if case is not None:
            return case  # "Rowe v Electoral Commissioner [2010] HCA 46 (Rowe)": the case's
            # short name, its first party, in brackets after its citation
    headed = _head_in_lower_case(form, index)
    if headed is not None:
        return headed  # "PASCO Delhi Tikka Masala and … cooking sauces" → "PASCO Delhi
        # Tikka Masala Cooking Sauce"
    report = _report_before_brackets(form, index)
    if report is not None:
        return report  # "“Evaluation of Issues Surrounding …” (Deaths in Custody report)"
    if n == 1 and words[0][:1].isupper():
        for c in form.places:
            defined = _OR_SHORT_FORM_BEFORE.search(c.before)
            if defined is None or not c.after.startswith(")"):
                continue
            named = defined.group("name").split()
            for k in range(len(named)):  # ("The Farm Credit Administration": its "The")
                owner = index.by_text.get(" ".join(named[k:]))
                if owner is not None and owner is not form and len(owner.words) >= 2:
                    return owner  # "Farm Credit System (FCS or System)": the short forms a
                    # release defines in brackets, the second a word of the name
    if n == 2 and all(w in know.given_names for w in words):
        fuller = [f for f in index.persons if f is not form and len(f.words) > 2
                  and f.words[:2] == words]
        if len(fuller) == 1:
            return fuller[0]  # "Rose Marie began …" → "Rose Marie S. Bunales": a person by
            # her two given names
    if n >= 2 and words[-1] in LAW_HEADS:
        titled = [f for f in index.by_text.values() if f is not form and len(f.words) > n + 2
                  and f.words[-2] == "of" and YEARS.fullmatch(f.words[-1])
                  and f.words[-n - 2:-2] == words]
        if len(titled) == 1:
            return titled[0]  # "the Safety and Soundness Act" → "Federal Housing Enterprises
            # Financial Safety and Soundness Act of 1992": a law by the last words of its
            # title, without its year
    dated = [f for f in index.by_first[words[0]] if f is not form and len(f.words) == n + 1
             and tuple(w.rstrip(",") for w in f.words[:n]) == tuple(words)
             and YEARS.fullmatch(f.words[-1])]  # (and "… Relations Act, 1947", its comma)
    if n >= 2 and len(dated) == 1:
        return dated[0]  # "National Development Plan" → "National Development Plan 2021 –
        # 2030": a plan without the years it covers
    sourced = [f for f in index.by_first[words[0]] if f is not form and n >= 2
               and f.text.startswith(form.text + " from ") and not index.person(f)]
    if len(sourced) == 1 and not index.person(form) and words[-1] not in ORGANISATION_HEADS:
        return sourced[0]  # "Forged Steel Fittings" → "Forged Steel Fittings from India and
        # Korea": a trade case's report by its product, the countries left off
    subtitled = [f for f in index.by_first[words[0]] if f is not form
                 and f.text.startswith(form.text + ":")]
    if len(subtitled) == 1 and not (words[-1] in LAW_HEADS and any(
            re.match(r"[^\S\n]*\(", c.after) for c in form.places)):
        # (not "Andean Trade Preference Act (ATPA) …" before "its publication Andean Trade
        # Preference Act: Impact on …": the law, by its own name and letters, and a report
        # on it)
        return subtitled[0]  # "Data Brokers" → "Data Brokers: A Call for Transparency …": a
        # title by its words before the subtitle
    if n == 2 and re.fullmatch(r"[A-Z]{2,6}", words[1]) and words[0].istitle() and \
            words[0] not in know.given_names and not know.places.get(words[0]) and \
            not know.is_demonym(words[0]) and words[0] not in ORGANISATION_HEADS and \
            words[1] not in know.country_codes and words[1] not in POSTAL_CODES and \
            not any(c.before.endswith("(") and c.after.startswith(")") for c in form.places):
        letters = index.by_text.get(words[1])  # (not "Source NM", an outlet named for its
        # state; nor "(Tribal TANF)", the letters in brackets a longer name gives itself)
        if letters is not None and letters is not form and any(
                len(f.words) > 1 for f in index.by_initials.get(words[1], [])):
            return letters  # "the Motorcycle GLS" → "GLS", the Graduated Licensing Scheme's
            # letters: the scheme, with a word of what it is for
    if n >= 2 and words[-1] in ORGANISATION_HEADS:
        regional = [f for f in index.by_first[words[0]] if len(f.words) == n + 1
                    and f.words[:n] == words and f.words[-1] in _REGIONS_OF_A_FIRM]
        if len(regional) == 1:
            return regional[0]  # "Lee Enterprises" → "Lee Enterprises Midwest": the firm
            # and its region's arm, one name for a reader
    if n == 1 and words[0] in _CLIPPED_PARTIES and \
            index.by_text.get(_CLIPPED_PARTIES[words[0]]) is not None:
        return index.by_text[_CLIPPED_PARTIES[words[0]]]  # "Dems now hold …" → "Democrats"
    if n == 1 and words[0].isupper() and len(words[0]) >= 3:
        apposed = _apposed_body(form, index)
        if apposed is not None:
            return apposed  # "SIPREBA, the Buenos Aires Press Union, announced …"
    if n == 1 and re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]):
        bare = index.by_text.get(words[0].replace(".", ""))
        if bare is not None and bare is not form:
            return bare  # "E.U." → "EU": the same letters with their stops
    if n == 1 and len(words[0]) >= 8 and any(ch.isupper() for ch in words[0][1:]) and \
            all(re.search(r"(?:\bby[^\S\n]*\(?|@)$", c.before) for c in form.places):
        squeezed = [f for f in index.by_text.values() if len(f.words) >= 2 and f is not form
                    and re.sub(r"\W", "", f.text).casefold() == words[0].casefold()]
        if squeezed:
            return min(squeezed, key=lambda f: f.first)  # "KidsFoodBasket" → "Kids’ Food
            # Basket": a user name made of the name's words run together (its forms all
            # squeeze to the same letters, whichever marks they use)
    if n == 1 and len(words[0]) >= 5 and words[0][1:].islower():
        handle = [f for f in index.by_text.values() if len(f.words) >= 2 and index.person(f)
                  and (f.words[0][0] + f.words[-1]).casefold() == words[0].casefold()]
        if len(handle) == 1:
            return handle[0]  # "Dcoetzee" → "Derrick Coetzee": a user name made of the
            # initial and the surname
    if n == 1 and words[0][:1].isupper() and not words[0].isupper():
        housed = [f for f in index.by_last.get("Building", []) if len(f.words) >= 3
                  and f.words[-2] == words[0]]
        if len(housed) == 1:
            return housed[0]  # "the Capitol rotunda" → "the Missouri State Capitol
            # Building": the one building the story names with this word before "Building"
        named = [f for f in index.by_first[words[0]] if len(f.words) == 2 and (
            f.words[1] in AILMENT_NOUNS - OWNED_AILMENT_NOUNS
            or (f.words[1] in OWNED_AILMENT_NOUNS and (all(c.possessive for c in form.places)
                                                        or words[0].endswith("s"))))]
        if len(named) == 1 and not index.person(form):
            return named[0]  # "Zika cases" → "the Zika virus", "Alzheimer’s" → "Alzheimer’s
            # disease", a plural whose apostrophe the story leaves out: "Legionnaires" →
            # "Legionnaires disease" (but "Parkinson wrote" may be the man)
    if n == 1 and len(words[0]) >= 5 and words[0][:1].isupper():
        glued = [f for f in index.by_text.values() if len(f.words) == 1 and f is not form
                 and f.words[0].endswith(words[0]) and len(f.words[0]) > len(words[0]) + 1
                 and f.words[0][-len(words[0]) - 1].islower()]
        if len(glued) == 1:
            return glued[0]  # "Capital-Star" → "PennCapital-Star": a name's last part,
            # which the brand glues to a short form of its state
    if _BILL_NUMBER.fullmatch(form.text):
        bill = _bill_named(form, index)
        if bill is not None:
            return bill  # "HR 6611, the FISA Reform and Reauthorization Act of 2023"
    for c in form.places:
        other = _SLASHED_NAME.match(c.after)
        named = index.by_text.get(other.group(1)) if other is not None else None
        if named is not None and named is not form and len(named.words) >= 2 and \
                named.words[-1] in PLACE_HEADS and not form.text.isupper() and \
                form.words[-1] not in PLACE_HEADS and \
                not re.search(r"(?:\(|[Pp]hotos?:|[Cc]redits?:|[Ii]mages?:)$",
                              c.before.rstrip(" ")):  # (not "(PA Images/Malcolm Park)", a
            # photo's agency and its photographer, nor "(Photo: Julia Goldberg/Source NM)",
            # its photographer and her outlet, whose letters end like a monument's)
            return named  # "Te Hauturu-o-Toi/Little Barrier Island": one place by its two
            # names, joined by a slash (but "Glen Canyon National Recreation Area/Rainbow
            # Bridge National Monument", each with a head of its own, are two)
    if n >= 2 and not index.person(form):
        numbered = [f for f in index.by_text.values() if len(f.words) == n + 1
                    and f.words[:n] == form.words and _ITERATION.fullmatch(f.words[-1])]
        if len(numbered) == 1:
            return numbered[0]  # "Korea Viper" → "Korea Viper 24.1": an exercise or an
            # edition by its name alone, the number of its iteration left off
    if n == 1 and _REGISTRATION.fullmatch(words[0]):
        registered = [f for f in index.by_text.values() if f is not form
                      and len(f.words) > 1 and f.words[0] == words[0]]
        if len(registered) == 1:
            return registered[0]  # "VH-NGA" → "VH-NGA Westwind II": an aircraft by its
            # registration alone
    if n == 2 and words[1] in LAW_HEADS and re.fullmatch(r"[A-Z]{2,6}", words[0]):
        lettered = [f for f in index.by_text.values() if f is not form
                    and words[1] in f.words[1:] and initials_of(
                        f.words[:f.words.index(words[1])]) == words[0]]
        if len(lettered) == 1:
            return lettered[0]  # "TSI Act" → "Transport Safety Investigation Act 2003": the
            # law by its words' letters, then its head
    numbered = _numbered_in_brackets(form, index)
    if numbered is not None:
        return numbered  # "the European Railway Safety Directive (2004/49/EC)" → "the
        # Railway Safety Directive 2004/49/EC": the same rule by its number
    if n >= 2:
        for c in form.places:
            tail = re.match(r"[^\S\n]+([a-z][a-z-]+)\b", c.after)
            whole = index.by_text.get(f"{form.text} {tail.group(1).capitalize()}") \
                if tail else None
            if whole is not None and whole.words[-1] in _HEADS_WRITTEN_SMALL:
                return whole  # "the New Education policy" → "New Education Policy": the
                # name with its head in small letters, as the story also writes it whole
    if n == 2 and words[0] in ("Lord", "Lady", "Baroness", "Baron") and words[1][:1].isupper():
        peers = [f for f in index.by_last.get(words[1], []) if f is not form
                 and len(f.words) >= n and index.person(f) and f.words[0] != words[0]]
        if len({" ".join(f.words[-2:]) for f in peers}) == 1:
            return max(peers, key=lambda f: len(f.words))  # "Lord Vallance" → "(Lord)
            # Patrick Vallance": a peer by the title and the surname
    if " & " in form.text:
        spelt = index.by_text.get(form.text.replace(" & ", " and "))
        if spelt is not None and spelt is not form:
            return spelt  # "Trinidad & Tobago" → "Trinidad and Tobago"
    if n > 2 and words[0] in know.country_codes:
        spelt_country = index.by_text.get(f"{know.country_codes[words[0]]} {' '.join(words[1:])}")
        if spelt_country is not None and spelt_country is not form:
            return spelt_country  # "U.S. Department of Transportation" → "United States
            # Department of Transportation": the country's letters, then its name
    if n >= 2 and words[0] in ("US", "UK"):
        dotted = index.by_text.get(f"{words[0][0]}.{words[0][1]}. {' '.join(words[1:])}")
        if dotted is not None and dotted is not form:
            return dotted  # "US Army" → "U.S. Army": the same letters, with and without dots
    if n == 1:
        storms = [f for f in index.by_last.get(words[0], []) if len(f.words) >= 2
                  and f.words[-2] in ("Hurricane", "Typhoon", "Cyclone", "Storm", "Depression")]
        if len(storms) == 1:
            return storms[0]  # "the progress of Maria" → "Hurricane Maria"
    if n == 1 and words[0] in ("Olympics", "Paralympics"):
        games = [f for f in index.by_last.get("Games", []) if len(f.words) >= 2
                 and f.words[-2] == words[0][:-1]]
        games = [f for f in games if not any(g.words[1:] == f.words for g in games)]
        # (not "Olympic Games" beside "2020 Olympic Games": one games, its edition's name)
        if len(games) == 1:
            return games[0]  # "the Olympics" → "2020 Olympic Games"
    if n == 1 and words[0] in ORGANISATION_HEADS:
        national = [f for f in index.by_text.values() if len(f.words) == 2
                    and f.words[1] == words[0] and f.words[0] in COUNTRY_LETTERS
                    and not f.words[0].isalpha()]
        if len(national) == 1:
            return national[0]  # "the Army" → "U.S. Army", the one army the story names
        national = [f for f in index.by_last[words[0]] if len(f.words) >= 2
                    and know.places.get(" ".join(f.words[:-1])) == "country"]
        if len(national) == 1:
            return national[0]  # "Police" → "New Zealand Police", the country's force, not
            # "Canterbury Police", one district's
        field = [f for f in index.by_text.values() if any(
            f.words[k] == words[0] and f.words[k + 1] in ("of", "on")
            for k in range(len(f.words) - 2))]
        if len(field) == 1:
            return field[0]  # "members of the Subcommittee" → "Subcommittee on Research and
            # Technology", the one such body the story names
        if len(field) > 1:
            counts = sorted(((_written(f, index), k) for k, f in enumerate(field)), reverse=True)
            if counts[0][0] >= 3 and counts[0][0] >= 2 * counts[1][0]:
                return field[counts[0][1]]  # "the Institute’s current mission" → "National
                # Institute on Alcohol Abuse and Alcoholism", written (or its letters) far
                # more often than the other institutes the story names
    owned = re.fullmatch(r"([A-Z]{2,})-([A-Z]{2,})", form.text)
    if owned is not None:
        offices = [f for f in index.by_first.get(owned.group(1), []) if f is not form
                   and initials_of(f.words[1:]) == owned.group(2)]
        if len(offices) == 1:
            return offices[0]  # "FBI-OPR" → "FBI Office of Professional Responsibility"
    ship = _ship_named(form, index)
    if ship is not None:
        return ship  # "Dewey" → "USS Dewey", "Washington" → "USS George Washington"
    country = know.country_codes.get(words[0]) if n == 2 else None
    of_country = [f for f in index.by_first.get(words[1], []) if f is not form
                  and len(f.words) > 3 and f.words[1] == "of"
                  and f.text.endswith((f" {country}", f" {country} of America"))] if country else []
    if len(of_country) == 1:
        return of_country[0]  # "U.S. Embassy" → "Embassy of the United States of America"
    national = [f for f in index.by_last.get(words[-1], []) if len(f.words) == n + 1
                and f.words[1:] == words and f.words[0] in know.country_codes]
    if len(national) == 1 and words[0] in ORGANISATION_HEADS:
        return national[0]  # "the Navy" → "U.S. Navy" (though "Master Chief Petty Officer of
        # the Navy" holds the word too)
    if n == 1 and words[0] not in ORGANISATION_HEADS:
        department = [f for f in index.by_last.get(words[0], []) if len(f.words) >= 4
                      and tuple(f.words[-4:-1]) == ("Department", "of", "the")]
        if len(department) == 1:
            return department[0]  # "Treasury" → "U.S. Department of the Treasury": a
            # department named "of the …", by the word it is named for; not "Navy", a
            # service of its own beside the "Department of the Navy" that runs it
    plain = index.by_plain.get(_plain(form.text))
    if plain is not None and plain is not form:
        return plain  # "Ada Limon" → "Ada Limón": one name, written without its accent
    site = _SITE.fullmatch(form.text)
    if site is not None:
        named = [f for f in index.by_squashed.get(_squashed(site.group("name")), [])
                 if " " in f.text]
        if len(named) == 1:
            return named[0]  # "WagingNonviolence.org" → "Waging Nonviolence": its site
    if " " in form.text:
        spelt = [f for f in index.by_squashed.get(_squashed(form.text), [])
                 if f is not form and " " in f.text]
        if len(spelt) == 1 and (len(spelt[0].places), "," in spelt[0].text) > (
                len(form.places), "," in form.text):
            return spelt[0]  # "Washington DC" → "WASHINGTON, D.C.": one name, its dots and
            # comma written or left off
        squashed = [f for f in index.by_squashed.get(_squashed(form.text), [])
                    if " " not in f.text and "-" not in f.text and not _tagged(f)]
        if len(squashed) == 1 and squashed[0] is not form and not (
                index.person(form) and len(squashed[0].places) <= len(form.places)):
            # (but "Christy McCormick", named as often as "ChristyMcCormick" of a file's
            # name or more, is the name the file runs together)
            return squashed[0]  # "the Fair Play community" → "Fairplay": one town, two
            # spellings
    elif _tagged(form):
        spaced = [f for f in index.by_squashed.get(_squashed(form.text), []) if " " in f.text]
        if len(spaced) == 1:
            return spaced[0]  # "#NCNewsline" → "NC Newsline": a hashtag of the name the
            # story spells with its spaces
    elif n == 1 and re.fullmatch(r"[A-Z]{2,6}-[A-Z]{1,3}", form.text) and \
            form.text.split("-")[0] in index.by_text:
        return index.by_text[form.text.split("-")[0]]  # "OPA-IA" → "OPA": an office's
        # letters, then its parent's ("Indian Affairs")
    elif n == 1:
        spaced = [f for f in index.by_squashed.get(_squashed(form.text), [])
                  if " " in f.text and index.person(f) and len(f.places) >= len(form.places)]
        if len(spaced) == 1:
            return spaced[0]  # "2016 09 07 BIO ChristyMcCormick", a file's name → "Christy
            # McCormick": a person, whose name the file runs together
    if n >= 2:
        fuller = [f for f in index.by_last[words[-1]] if len(f.words) == n + 1 and f is not form
                  and any(f.words[k] in _INSERTED and f.words[:k] + f.words[k + 1:] == words
                          for k in range(1, n))]
        if len(fuller) == 1:
            return fuller[0]  # "West Virginia Guard" → "West Virginia National Guard" (but
            # a state's "Army National Guard" is a part of its "National Guard")
    if n >= 2 and "-" in words[0] and words[0].split("-")[0].isupper():
        parent = index.by_text.get(" ".join((words[0].split("-")[-1], *words[1:])))
        if parent is not None and parent is not form:
            return parent  # "USDA-ARS Bioproducts Research Unit" → "ARS Bioproducts …": the
            # parent body's letters before the unit's
    legal = [f for f in index.by_first[words[0]] if len(f.words) == n + 1 and f is not form
             and f.words[:n] == words and (f.words[-1] in COMPANY_FORMS
                                           or (n >= 2 and f.words[-1] in _INTERIM)
                                           or (n >= 2 and f.words[-1] == "Online"
                                               and words[-1] not in WORK_HEADS))]
    # ("Global Voices" of "Global Voices Online": a site's name without its old tail; but
    # "Federal Register Online" is the journal's site, the "Federal Register" the journal)
    suffixed = [f for f in index.by_first[words[0]] if len(f.words) == n + 1 and f is not form
                and n >= 2 and tuple(w.rstrip(",") for w in f.words[:n]) == tuple(words)
                and f.words[-1].rstrip(".") in _NAME_SUFFIXES]
    joined_on = [f for f in index.by_first[words[0]] if len(f.words) > n + 1 and f is not form
                 and n >= 2 and tuple(f.words[:n]) == tuple(words) and f.words[n] == "and"
                 and words[-1] in ORGANISATION_HEADS and f.words[-1] in ORGANISATION_HEADS]
    if len(joined_on) == 1:
        return joined_on[0]  # "the Crown Office" → "the Crown Office and Procurator Fiscal
        # Service": a body named for two offices, by the first
    if len(suffixed) == 1:
        return suffixed[0]  # "Alan Bowers" → "Alan Bowers Junior", "Robert Hodges" →
        # "Robert Hodges, Jr.": a person without the suffix that tells him from his father
    if len(legal) == 1:
        return legal[0]  # "Student Financial Aid Services" → "… Services, Inc.": the firm
        # without its legal form; "STAR Delta" → "STAR Delta Provisional": a unit without
        # the word that says it is not yet permanent
    if n >= 2 and re.fullmatch(r"[A-Z]{2,5}", words[-1]):
        spelt = [f for f in index.by_first[words[0]] if len(f.words) > n and f is not form
                 and f.words[:n - 1] == words[:-1]
                 and initials_of(f.words[n - 1:]) == words[-1]]
        if len(spelt) == 1:
            return spelt[0]  # "Fox and Lake Range HMA" → "Fox and Lake Range Herd
            # Management Area": the name's last words by their letters
    if n >= 3 and words[0] in _COMPASS_SIDES and words[-1] in ("County", "Parish"):
        whole = index.by_text.get(" ".join(words[1:])) or index.by_text.get(words[1])
        if whole is not None and whole is not form:
            return whole  # "Western Panola County" → "Panola County", "Panola": a side of it
    if n == 1 and (not know.places.get(words[0]) or (
            not know.big_place(words[0])
            and all(_COUNTY_ADJECTIVE.match(c.after) for c in form.places))):
        county = [f for f in index.by_first[words[0]] if len(f.words) == 2
                  and f.words[1] in ("County", "Parish")]
        if len(county) == 1:
            return county[0]  # "4 N Ivanhoe / Fannin / TX" → "Fannin County"; "Rankin
            # officials" → "Rankin County" (a small town of that name is not the story's)
    if n >= 3 and len(words[-1].rstrip(".")) >= 2:
        cut_short = [f for f in index.by_first[words[0]] if len(f.words) == n
                     and f is not form and f.words[:-1] == words[:-1]
                     and len(f.words[-1]) >= len(words[-1]) + 3
                     and f.words[-1].startswith(words[-1].rstrip("."))]
        if len(cut_short) == 1:
            return cut_short[0]  # "(PRNewsfoto/U.S. Consumer Product Safety Co)": a
            # caption's copy cut the name short
    if form.text.isupper() and len(form.text) > 3:
        same = index.by_fold.get(form.text.casefold()) or index.by_undotted.get(
            form.text.replace(".", "").casefold())
        if same is None and n >= 3 and words[-1].rstrip(".") in ("JR", "SR"):
            suffix = "Junior" if words[-1].startswith("J") else "Senior"
            same = index.by_fold.get(" ".join([*words[:-1], suffix]).casefold())
            # ("ALAN BOWERS JR.:", a speaker's label → "Alan Bowers Junior", as the text
            # spells his suffix out)
        if same is not None and same is not form:
            return same  # "LONDON," or "GULF SHORES, AL" of a dateline → "London", …;
            # "WASHINGTON, DC" → "Washington, D.C."
        cities = index.by_city.get(form.text.casefold(), []) if n == 1 else []
        if len(cities) == 1 and cities[0] is not form:
            return cities[0]  # "WASHINGTON –" of a dateline → "Washington, D.C." of the
            # letterhead's address
        if n >= 3:
            tail = index.by_fold.get(" ".join(words[1:]).casefold())
            if tail is not None and tail is not form and len(tail.words) >= 2 and (
                    words[0] in know.country_codes or know.big_place(words[0].title())):
                return tail  # "U.S. NUCLEAR REGULATORY COMMISSION" of a letterhead →
                # "Nuclear Regulatory Commission", the country before it left out
    dateline = index.by_dateline.get(form.text.casefold())
    if dateline is not None and dateline is not form:
        return dateline  # "Alexandria" → "ALEXANDRIA, La.", the dateline's city and state
    if n == 3 and words[1] == "of" and (words[0] in PLACE_HEADS or words[0] == "Port"
                                        or words[0] in ORGANISATION_HEADS):
        turned = [f for f in index.by_first[words[2]] if len(f.words) > 2
                  and f.words[1] == words[0]]
        if len(turned) == 1:
            return turned[0]  # "Port of Laredo" → "Laredo Port of Entry"
    if n == 2 and words[1].casefold() in ("administration", "government"):
        paired = [f for f in index.by_last[words[1]] if len(f.words) == 2 and f is not form
                  and f.words[0].startswith(words[0] + "-")]
        if len(paired) == 1:
            return paired[0]  # "the Biden Administration" → "the Biden-Harris Administration":
            # one administration, named for its head alone or with the deputy
    if n == 2 and words[1] in _PRIZE_WORDS:
        honour = [f for f in index.by_last[words[1].removesuffix("s")]
                  + index.by_last[words[1].removesuffix("s") + "s"]
                  if len(f.words) >= 3 and f is not form and words[0] in f.words[:-1]]
        if len(honour) == 1:
            return honour[0]  # "Burke Awards" → "David Burke Distinguished Journalism
            # Award": a prize by its namesake's surname
    if n >= 2 and all(w[:1].isupper() and w not in ORGANISATION_HEADS for w in words):
        field = [f for f in index.by_last[words[-1]] if len(f.words) > n + 1
                 and f.words[0] in ("Department", "Ministry")
                 and f.words[1:] in (("of", *words), ("of", "the", *words))]
        if len(field) == 1:
            return field[0]  # "Veterans Affairs hospitals" → "Department of Veterans
            # Affairs": the department by its field alone
    if n >= 2 and words[-1] in ORGANISATION_HEADS:
        longer = [f for f in index.by_first[words[0]] if len(f.words) > n + 1
                  and f.words[:n] == words and f.words[n] in ("of", "for", "on")]
        if len(longer) == 1:
            return longer[0]  # "Khayelitsha Commission" → "… Commission of Inquiry"
        if n == 2:
            inverted = index.by_text.get(f"{words[1]} of {words[0]}") or \
                index.by_text.get(f"{words[1]} of the {words[0]}")
            if inverted is not None:
                return inverted  # "Labour Department" → "Department of Labour"
            turned = [f for f in index.by_first[words[1]] if len(f.words) > 3
                      and f.words[1] in ("on", "for") and f.words[2] == words[0]]
            if len(turned) == 1:  # "Population Commission" → "Commission on Population
                return turned[0]  # and Development"
            national = [f for f in index.by_last[words[0]]
                        if f.text.endswith(f" {words[1]} of {words[0]}")]
            if len(national) == 1:
                return national[0]  # "Justice Department" → "U.S. Department of Justice"
        if n >= 3:
            formal = [f for f in index.by_first[words[0]] if f is not form
                      and words[-1] in f.words and set(words[1:-2]) <= set(f.words)
                      and f.words[f.words.index(words[-1]) + 1:] in (
                          ("on", words[-2]), ("on", "the", words[-2]), ("of", words[-2]),
                          ("for", words[-2]))]
            if len(formal) == 1:  # "House Intelligence Committee" → "House Permanent
                return formal[0]  # Select Committee on Intelligence": its field first
    if n >= 2 and words[-1].isdigit() and all(w.endswith(".") for w in words[:-1]):
        spelt = [f for f in index.by_last[words[-1]] if len(f.words) == n and f is not form
                 and all(f.words[k].startswith(words[k][:-1]) for k in range(n - 1))]
        if len(spelt) == 1:
            return spelt[0]  # "H. Res. 555" → "House Resolution 555"
    if n >= 2 and re.fullmatch(r"(?:[A-Z]\.){2,3}", words[0]):
        letters = words[0].replace(".", "")
        spelt = [f for f in index.by_last[words[-1]] if len(f.words) == n - 1 + len(letters)
                 and f.words[len(letters):] == words[1:]
                 and initials_of(f.words[:len(letters)]) == letters]
        if len(spelt) == 1:
            return spelt[0]  # "L.A. Times" → "Los Angeles Times"
    if n >= 2 and words[0].isalpha() and words[0].isupper() and 2 <= len(words[0]) <= 5:
        spelt = [f for f in index.by_last[words[-1]] if len(f.words) > n
                 and f.words[len(f.words) - n + 1:] == words[1:]
                 and words[0] in ("".join(w[0] for w in f.words[:len(f.words) - n + 1]).upper(),
                                  initials_of(f.words[:len(f.words) - n + 1]),
                                  initials_of(f.words[_places_before(f.words, know):
                                                      len(f.words) - n + 1]))]
        if len(spelt) == 1:
            return spelt[0]  # "VOA Studio 7" → "Voice of America Studio 7", "UC Berkeley
            # School of Law" → "University of California, Berkeley, School of Law", "TIFA
            # Council" → "Taiwan-U.S. Trade and Investment Framework Agreement Council"
    if n == 2 and words[0].isupper() and 2 <= len(words[0]) <= 4 and words[1][:1].isupper():
        spelt = [f for f in index.by_last[words[1]] if len(f.words) > 2
                 and initials_of(f.words[:-1]) == words[0]]
        if len(spelt) == 1:
            return spelt[0]  # "DR Congo" → "Democratic Republic of Congo"
    letters = words[1][:-1] if n == 2 and re.fullmatch(r"[A-Z]{2,}s", words[1]) else \
        words[1] if n == 2 else ""
    if n == 2 and words[0][:1].isdigit() and letters.isupper() and len(letters) >= 2:
        # (and in the plural, "192nd FWs" → "192nd Fighter Wings")
        units = [f for f in index.by_first[words[0]] if len(f.words) > 2
                 and f.words[1][0] == letters[0] and f.words[-1][0] == letters[-1]]
        if len(units) == 1:
            return units[0]  # "181st MFTB" → "181st Multifunctional Training Brigade"
    if 2 <= n <= 4 and all(len(w) == 1 and w.isupper() for w in words[1:]):
        cited = [f for f in index.persons if f is not form and len(f.words) >= 2
                 and f.words[-1] == words[0] and f.words[0][:1] == words[1]]
        if len(cited) == 1:
            return cited[0]  # "Chandrathil P S" of a document's authors → "Prema Chandrathil":
            # a surname, then the initials, as citations list people
    if n == 2 and index.person(form):
        turned = index.by_text.get(f"{words[1]} {words[0]}")
        if turned is not None and index.person(turned):
            return turned  # "Mishustin Mikhail", a list's surname first → "Mikhail Mishustin"
        formal = [f for f in index.by_last[words[1]] if f is not form and len(f.words) == 2
                  and f.words[0] != words[0] and index.person(f)
                  and know.same_given_name(f.words[0], words[0])
                  and (len(f.words[0]), words[0]) > (len(words[0]), f.words[0])]
        if len(formal) == 1:
            return formal[0]  # "Debbie Jin" → "Deborah Jin": a short form of the given name
        nicknamed = [f for f in index.by_last[words[1]] if f is not form and len(f.words) >= 3
                     and index.person(f)
                     and re.search(rf"[“\"‘]{re.escape(words[0])}[”\"’]", f.text)]
        if len(nicknamed) == 1:
            return nicknamed[0]  # "Liz Cravalho" → 'Elizabeth ("Liz") Qaulluq Cravalho': the
            # nickname the full name gives in marks, then the surname
    if n > 1:
        folded = tuple(w.casefold() for w in words)
        tails = [f for f in index.persons if len(f.words) > n
                 and tuple(w.casefold() for w in f.words[-n:]) == folded
                 and not _named_apart(form, f)]
        if len(tails) > 1 and len({unaccented(f.text) for f in tails}) == 1:
            tails = tails[:1]  # ("Ramón Morales Reyes" and "Ramon Morales Reyes": one man,
            # with and without the accent)
        if len(tails) == 1:
            return tails[0]  # "De Lima" → "Leila de Lima"
        close = [f for f in index.by_first[words[0]] if f is not form and len(f.words) == n
                 and _misspelt(f.words, words)] + \
                [f for f in index.by_last[words[-1]] if f is not form and len(f.words) == n
                 and f.words[0] != words[0] and _misspelt(f.words, words)]
        if len(close) == 1 and not (close[0].words[-1][1:] == words[-1][1:]
                                    and _surname_count(index, words[-1])
                                    > _surname_count(index, close[0].words[-1])):
            return close[0]  # "Joleka High School" → "Jokela High School" (but of two
            # surnames apart by their first letter, the one written more often is the name:
            # "Richard Weech" once → "Richard Veech", "Dr. Veech")
        state = know.us_states.get(words[0]) if n >= 3 else None
        if state is not None:
            spelt = (*state.split(), *words[1:])
            same = [f for f in index.by_first[spelt[0]] if f.words == spelt
                    or (len(f.words) == len(spelt) and _misspelt(f.words, spelt))]
            if len(same) == 1:
                return same[0]  # "RI Board of Elections" → "Rhode Island Board of
                # Election’s backing": a state's body, its state by the postal code
        party = index.by_text.get(" ".join(words[:-1]) + " Republican Party") \
            if n >= 2 and words[-1] == "GOP" else None
        if party is not None:
            return party  # "the Michigan GOP" → "the Michigan Republican Party": a state's
            # party by its nickname
        slogan = not index.person(form) and " ".join(words) not in know.places and \
            words[0] not in know.given_names and not any(
                words[-1] in heads for heads in (ORGANISATION_HEADS, PLACE_HEADS, EVENT_HEADS,
                                                 WORK_HEADS))
        extended = [f for f in index.by_first[words[0]] if len(f.words) == n + 1
                    and f.words[:-1] == words and (f.words[-1] in COMPANY_TRADES
                                                   or (slogan and f.words[-1] in _PLAN_WORDS))]
        if len(extended) == 1:
            return extended[0]  # "Fiat Chrysler" → "Fiat Chrysler Automotive": a firm, then
            # the firm and its trade; "Build Back Better" → "the Build Back Better Agenda": a
            # programme by its slogan, then by the slogan and the word for it (not
            # "International Space Station" → "… Station Program": a station's programme is
            # no station)
        if n >= 4 and (words[0] in ORDINAL_WORDS or ORDINAL.fullmatch(words[0])) and \
                words[1] == "Annual":
            yearly = [f for f in index.by_last[words[-1]] if f is not form
                      and len(f.words) > n - 2 and f.words[-(n - 2):] == words[2:]]
            if len(yearly) == 1:
                return yearly[0]  # "the Tenth Annual Parliamentary Assembly" → "OSCE
                # Parliamentary Assembly": a yearly session by its number, the body by name
        if n >= 3 and re.fullmatch(r"\d{1,4}", words[-1]) and words[0] in ("Operation",
                                                                          "Exercise"):
            edition = index.by_text.get(" ".join(words[:-1]))
            if edition is not None and edition is not form:
                return edition  # "Operation Thunder 24" → "Operation Thunder": the year's
                # edition of an operation the story names alone too
        if n >= 3:
            placed = [f for f in index.by_last[words[-1].removesuffix("s")]
                      if len(f.words) > n and f.words[-n:-1] == words[:-1]
                      and words[-1] == f.words[-1] + "s"
                      and know.places.get(" ".join(f.words[:-n]))]
            if len(placed) == 1:
                return placed[0]  # "the House of Delegates" → "the West Virginia House of
                # Delegate chambers": the state's chamber, its head's plural lost
        parent = [f for f in index.by_last[words[-1]] if len(f.words) == n + 1
                  and f.words[1:] == words and f.words[0].isupper() and len(f.words[0]) >= 2]
        if len(parent) == 1 and words[-1] in ORGANISATION_HEADS:
            return parent[0]  # "Genomics Core" → "CCR Genomics Core": its body's letters
        if n >= 3 or index.person(form):
            fuller = [f for f in index.by_first[words[0]] if len(f.words) > n
                      and f.words[-1] == words[-1] and _subsequence(words, f.words)
                      and "and" not in f.words and words[-1] not in ORGANISATION_HEADS
                      and words[-1] not in COMPANY_FORMS]  # (nor "TD Bank, N.A." → "TD Bank
            # USA, N.A.": two firms, each with its legal form)
            # (not "Laboratory of Genetics" → "Laboratory of Cancer Biology and Genetics",
            # another laboratory; not "Community Advisory Council" → "Community Depository
            # Institutions Advisory Council", another council)
            if len(fuller) == 1:  # "Sidi Ould Cheikh Abdallahi" → "Sidi Mohamed Ould …"
                return fuller[0]
        if n == 2 and index.person(form):
            paternal = [f for f in index.by_first[words[0]] if len(f.words) >= 3
                        and f.words[-2] == words[1] and index.person(f)
                        and f.words[-1][:1].isupper() and f.words[-2] not in know.particles]
            if len(paternal) == 1:
                return paternal[0]  # "Félix Llerena" → "Félix Yuniel Llerena López",
                # "Roberto Pizarro" → "Roberto Pizarro Hofer": a given name and the first
                # of two surnames, as Spanish names are shortened
        if n == 2 and words[-1] in PLACE_HEADS:
            fuller = [f for f in index.by_first[words[0]] if len(f.words) == 3
                      and f.words[-1] == words[-1] and f.words[1] in _JURISDICTIONS]
            if len(fuller) == 1:  # "Milwaukee Jail" in a headline → "the Milwaukee County
                return fuller[0]  # Jail": the county's jail, its county left out
        if n == 2 and words[-1] in PLACE_HEADS:
            fuller = [f for f in index.by_first[words[0]] if len(f.words) > 2
                      and f.words[-1] == words[-1]
                      and all(w in _DESIGNATIONS for w in f.words[1:-1])]
            if len(fuller) == 1:  # "the Arctic Refuge" → "the Arctic National Wildlife
                return fuller[0]  # Refuge": a protected place without its designation
        if n == 2 and ORDINAL.fullmatch(words[0]):
            fuller = [f for f in index.by_first[words[0]] if len(f.words) == 3
                      and f.words[-1] == words[-1]]
            if len(fuller) == 1:  # "the 88th Legislature" → "the 88th Texas Legislature",
                return fuller[0]  # one numbered body with its place and without
    if n >= 2 and (words[-1] in _STREET_WORDS or words[0] in _COMPASS_INITIALS):
        key = _street_key(words)
        spelt = [f for f in index.by_text.values() if f is not form
                 and f.words[-1] not in _STREET_WORDS and f.words[0] not in _COMPASS_INITIALS
                 and _street_key(f.words) == key]
        if len(spelt) == 1:
            return spelt[0]  # "310 E. Knapp St." → "the Knapp Street property"
    if 2 <= n <= 3 and all(w.isupper() and w.isalpha() for w in words):
        joined = [f for f in index.by_initials.get("".join(words), []) if f is not form
                  and len(f.words) > n]
        if len(joined) == 1:
            return joined[0]  # "SA JACET" → "South Australia Joint Anti Child Exploitation
            # Team": a body's letters in two groups, a place's and the team's
    if n >= 2:
        numbered = next((index.by_text.get(f"Form {m.group(1)}") for c in form.places
                         if (m := _FORM_BEFORE.search(c.before))), None)
        if numbered is not None and numbered is not form:
            return numbered  # "Form N-400, Application for Naturalization": a form's title
            # after its number, one form
    if n == 1 and words[0].isupper() and len(words[0]) > 3:
        stated = [f for f in index.by_text.values() if len(f.words) == 2
                  and f.words[0].casefold() == words[0].casefold()
                  and re.fullmatch(r"(?:[A-Z]\.){2,3}", f.words[1])]
        if len(stated) == 1:
            return stated[0]  # "WASHINGTON, Sept. 23 –" → "Washington D.C.": a dateline's
            # city in capitals, the story naming it elsewhere with its letters
    if n == 1 and know.places.get(words[0]) == "country":
        formal = _state_before_brackets(form, index)
        if formal is not None:
            return formal  # "the Republic of China (Taiwan)": the state's formal name, its
            # usual one in brackets after it
    if n >= 2:
        outer = _named_before_brackets(form, index)
        if outer is not None:
            return outer  # "Central Bank of the Russian Federation (Bank of Russia)",
            # "University of Helsinki (Helsingin Yliopisto)"
    if n >= 2 and not index.person(form):
        for c in form.places:
            head = _before_bracket(c.before)
            if head is not None and c.after.startswith(")"):
                word = head.split()[-1:]
                glossed = index.by_text.get(word[0]) if word else None
                if glossed is not None and glossed is not form and len(glossed.words) == 1 \
                        and not glossed.text.isupper() and not index.person(glossed):
                    return glossed  # "Hallyu (Korean Wave)": the English for the word
    if n == 2 and words[0] == "New" and words[1].isupper() and words[1] in index.by_text:
        short = index.by_text[words[1]]  # "the New PAC": the programme's new round, one name
        return _target(short, index, know) or short
    if n == 1 and words[0] in ORGANISATION_HEADS:
        longer = [f for f in index.by_first[words[0]] if len(f.words) > 2
                  and f.words[1] in ("of", "for") and f.words[-1] not in _PUBLICATION_TAILS] or [
            f for f in index.by_text.values() if len(f.words) > 3 and f.words[1] == words[0]
            and f.words[2] in ("of", "for") and f.words[0] in COUNTRY_LETTERS]
        # (and "the Department's …" → "U.S. Department of Energy"; not its feed, "Department
        # of Homeland Security News")
        if len(longer) == 1:
            return longer[0]  # "the Government" → "Government of the Russian Federation"
    if n >= 2 and words[-1] == "Government":
        partisan = [f for f in index.by_last.get("Government", []) if len(f.words) == n + 1
                    and f.words[-2] in _GOVERNING_PARTIES
                    and list(f.words[:-2]) == list(words[:-1])]
        if len(partisan) == 1:
            return partisan[0]  # "the Tasmanian Government" → "the Tasmanian Liberal
            # Government": one government, with and without its party
    if n == 2 and words[0] in COUNTRY_LETTERS and words[1].isupper() and \
            words[1] in index.by_text and index.by_text[words[1]] is not form:
        return index.by_text[words[1]]  # "Source: US FBI" → "the FBI": a body by its
        # letters, its country's before them
    if n == 1 and words[0] in ("Regulation", "Directive", "Decision"):
        numbered = [f for f in index.by_text.values() if f is not form and len(f.words) > 1
                    and words[0] in f.words and re.search(r"\d{2,4}/\d", f.text)]
        if len(numbered) == 1:
            return numbered[0]  # "… that Regulation" → "Regulation (EU) 2015/2283": the one
            # law of that kind the story names by its number
    if tuple(words) == ("Union",):
        union = index.by_text.get("European Union") or index.by_text.get("EU")
        if union is not None and not any(f.words[-1] == "Union" and f is not form
                                         and f.text != "European Union"
                                         for f in index.by_last.get("Union", [])):
            return union  # "the seven institutions of the Union" beside "the EU": the
            # European Union, as its own texts call it
    if n == 1 and words[0] in EVENT_HEADS:
        dated = [f for f in index.by_first[words[0]] if len(f.words) >= 2
                 and YEARS.fullmatch(f.words[1])]
        if len(dated) == 1:
            return dated[0]  # "Expo" → "Expo 2025 Osaka": the one event of that kind the
            # story names with its year
    if n == 1 and (words[0] in ORGANISATION_HEADS or words[0] in EVENT_HEADS):
        named = [f for f in index.by_text.values() if len(f.words) > 3
                 and words[0] in f.words[1:-2] and f.words[f.words.index(words[0]) + 1]
                 in ("of", "for") and not index.person(f)]
        if len(named) == 1:
            return named[0]  # "the Conference" → "Judicial Conference of the United
            # States": the one body of that kind the story names
    if n == 1 and words[0] in _LETTERED_HEADS and not any(
            len(f.words) > 1 and f.words[-1] == words[0] for f in index.by_last[words[0]]):
        lettered = [f for f in index.by_text.values() if len(f.words) == 1 and f is not form
                    and f.text.isupper() and f.text.isalpha() and 2 <= len(f.text) <= 5
                    and f.text.endswith(words[0][0]) and not index.person(f)]
        if len(lettered) == 1:
            return lettered[0]  # "the Commission" → "SEC": the one body's letters that end
            # with the head's, where the story never spells the name out
    holder = _word_in_brackets(form.text, index) if n == 1 else None
    if holder is not None:
        return holder  # "EDR" → "Model Employment Dispute Resolution (EDR) Plan": a name
        # that gives its short form inside it
    if n >= 2 and not index.person(form) and words[-1] not in WORK_HEADS:
        # (not "American Rescue Plan", a law, for the "American Rescue Plan Grants" it pays)
        headed = [f for f in index.by_first[words[0]] if len(f.words) == n + 1
                  and f.words[:n] == words and f.words[-1] in OTHER_HEADS]
        if not headed and (words[-1] not in PLACE_HEADS
                           or all(c.initial or _ITEM_START.search(c.before)
                                  for c in form.places)
                           or any(re.match(r"[^\S\n]+program(?:me)?\b", c.after)
                                  for c in form.places)):
            # (not "Biscayne Bay" → "Biscayne Bay Grant Program", "International Space
            # Station" → "International Space Station Program": a place the programme is
            # for, unless the story writes "program" after it or lists it alone, each
            # time opening a line or a sentence: "• Discretionary Bridge - Seismic …")
            headed = [f for f in index.by_first[words[0]] if n + 1 <= len(f.words) <= n + 2
                      and f.words[:n] == words and f.words[-1] in _PROGRAMME_HEADS
                      and all(w[:1].isupper() for w in f.words[n:])]
        if len(headed) == 1:
            return headed[0]  # "New Southbound countries" → "New Southbound Policy": a
            # scheme's name without its head, before another noun; "Historic Covered
            # Bridge program" → "Historic Covered Bridge Preservation Program"
    if n >= 2 and words[-1] in ("Bill", "Act"):
        named = [f for f in index.by_text.values() if f is not form
                 and any(w in ("Act", "Bill") for w in f.words)
                 and any(c.after.startswith(f" ({form.text})") for c in f.places)]
        if len(named) == 1:
            return named[0]  # "the Agricultural Act of 2014 (Farm Bill)": the law's common
            # name in brackets after its own
    if n >= 2 and words[-1].endswith("s"):
        programme = [f for head in ("Program", "Programme")
                     if (f := index.by_text.get(" ".join([*words[:-1], words[-1][:-1], head])))
                     is not None and f is not form]
        if len(programme) == 1:
            return programme[0]  # "Capital Investment Grants" → "Capital Investment Grant
            # Program": a grant programme by its grants, in the plural
    status = know.subdivision_types.get(form.text) if n == 1 else None
    county = index.by_text.get(f"{form.text} {status}") if status else None
    if county is not None and county is not form:
        return county  # "Hualien" → "Hualien County": a county, province or prefecture by
        # its name alone (but Washington is a state: "Washington County" is another place)
    municipal = _municipal(form, index) if know.places.get(words[0]) in (None, "city") else None
    if municipal is not None:  # (not "Mexico" → "Mexico City", "Kansas" → "Kansas City")
        return municipal  # "Pasay" → "Pasay City", "Iriga City" → "City of Iriga"
    if n == 1 and not know.big_place(words[0]):
        city = [f for f in index.by_first[words[0]] if len(f.words) > 2
                and f.words[1] in know.particles and know.big_place(f.text)]
        if len(city) == 1:
            return city[0]  # "Rio" → "Rio de Janeiro": a place by its first word
    if 2 <= n <= 3:
        for head in _heads_before_brackets(form):
            opened = [f for f in index.by_first.get(words[0], []) if f is not form
                      and len(f.words) > n + 1 and f.words[:n] == words and _ends_with(head, f)]
            if len(opened) == 1:
                return opened[0]  # "Idaho Signatory Employers-Laborers Pension Plan (Idaho
                # Signatory)": a name, then its first words in brackets as its short name
    if 2 <= n <= 5:
        for head in _heads_before_brackets(form):
            holding = [f for f in index.by_last.get(head.split()[-1] if head.split() else "", [])
                       if f is not form and len(f.words) > n + 1 and _ends_with(head, f)
                       and _subsequence_run(words, f.words) and not index.person(f)]
            if len(holding) == 1:
                return holding[0]  # "Discovering New Therapeutic Uses for Existing
                # Molecules (New Therapeutic Uses) program": a name, then the words of it
                # that are its short name, in brackets
    if n == 2 and words[0] == "Form" and any(ch.isdigit() for ch in words[1]):
        for head in _heads_before_brackets(form):
            named = [f for f in index.by_last.get(head.split()[-1] if head.split() else "", [])
                     if f is not form and len(f.words) > 2 and _ends_with(head, f)]
            if named:
                return max(named, key=lambda f: len(f.words))  # "Certificate of Service
                # Months and Compensation (Form BA-6)": the document by its form's number
    if 2 <= n <= 3 and all(re.fullmatch(r"[A-Z][A-Za-z]{0,3}", w) for w in words):
        spelt = _spelt_before(form, index)
        if spelt is not None:
            return spelt  # "European Statistics Code of Practice (ES CoP)"
    if n == 1:
        word = words[0]
        spelt = _spelt_before(form, index)
        if spelt is not None:
            return spelt  # "Midwest Instrument Company Inc. (Minco)"
        if word.startswith("@"):
            handle = word[1:].casefold()
            named = [f for f in index.persons if len(f.words[-1]) > 2
                     and f.words[-1].casefold() in handle]
            return named[0] if len(named) == 1 else None  # "@MayorHancock"
        matches = [f for f in index.by_last[word] if index.person(f)] or [
            f for f in index.persons if "-" in f.words[-1]
            and f.words[-1].split("-")[0] == word] or [  # "Espino" → "Daniel Espino-Alferes":
            # the first of two surnames, as Spanish names are shortened
            f for f in index.by_last[word] if len(f.words) == 2
            and f.words[0] in know.given_names and word in PLACE_HEADS
            and any(c.role or c.honorific for c in form.places)] or [  # "Commissioner Bay"
            # → "Norman Bay": a titled surname that is a word of places too
            f for f in index.persons if len(f.words) > 1 and f.words[-1] != word
            and unaccented(f.words[-1]) == unaccented(word)]  # "Hernandez" → "Justo
        # Hernández": the surname written without its accent
        if not matches and not any(index.person(f) for f in index.by_first[word]):
            inner = [f for f in index.persons if len(f.words) >= 4 and word in f.words[1:-1]
                     and word not in know.particles]
            if len(inner) == 1:
                return inner[0]  # "Lula" → "Luiz Inácio Lula da Silva"
        if len(matches) > 1 and len({(f.words[0].casefold(), f.words[-1].casefold())
                                     for f in matches}) == 1:
            matches = [max(matches, key=lambda f: (len(f.words), not f.text.isupper()))]
            # ("Alejandro Mayorkas", "Alejandro N. Mayorkas": one person, with and without
            # the middle initial; and "MARK BUTLER", a transcript's label for "Mark Butler")
        if len(matches) == 1 and not (know.places.get(word) == "country"
                                      and word not in know.surnames) and not (
                know.big_place(word) and matches[0].words[0].isupper()
                and len(matches[0].words[0]) > 2) and not (
                know.city_population.get(word, 0) >= BIG_CITY and len(matches[0].words) == 2
                and matches[0].words[0] not in know.given_names):
            return matches[0]  # (not "France" → "Électricité de France"; not "Geneva" →
            # "COLLIDE Geneva": a word in capitals before the city is no given name; nor
            # "Albuquerque" → "Indivisible Albuquerque": no given name before it either)
        numbered = [f for f in index.by_first_two.get(word[:2], [])
                    if re.fullmatch(re.escape(word) + r"-\d+", f.words[0])]
        if word.isupper() and len(word) >= 4 and len(numbered) == 1:
            return numbered[0]  # "COVID" → "COVID-19" (but the "EU" is not the "EU-27")
        if not matches and len(word) >= 5 and word[0].isupper() and word[1:].islower():
            misspelt = [f for f in index.persons if len(f.words) > 1 and f.words[-1][0] == word[0]
                        and (len(f.words[-1]) == len(word) + 1
                             or (len(f.words[-1]) == len(word) >= 6))
                        and Levenshtein.distance(f.words[-1], word) == 1]
            if len(misspelt) == 1 and (index.person(form) or any(
                    SPEECH_AFTER.match(c.after) or c.before.rstrip().endswith("said")
                    or c.role or c.honorific for c in form.places)):
                return misspelt[0]  # "said Shultz": Samantha Schultz, a letter dropped
                # ("Vice President Sindomwo": Gaston Sindimwo, a letter mistyped)
        if word.replace(".", "") == "DC":
            capital = [f for f in index.by_text.values() if f is not form
                       and re.fullmatch(r"Washington,?\s+D\.?C\.?", f.text)]
            if len(capital) == 1:
                return capital[0]  # "DC tries to pull crime bill" → "Washington, D.C.": the
                # capital by its district's letters
        city = know.city_letters.get(word)
        lettered = index.by_fold.get(city.casefold()) if city else None
        if lettered is not None and lettered is not form:
            return lettered  # "the solutions ABQ needs" → "Albuquerque": a city by the
            # letters the gazetteer gives it, where the story names the city too
        site = re.fullmatch(r"@?([A-Za-z][\w-]*)\.(?:com|org|net|gov|edu|io)", word)
        if site is not None:
            owner = [f for f in index.by_text.values() if len(f.words) > 1 and f is not form
                     and _squashed(re.sub(r"^The\s+", "", f.text)) == site.group(1).casefold()]
            if owner:  # (with and without its "The": one newsroom)
                return max(owner, key=lambda f: len(f.words))  # "hechingerreport.org" → "The
                # Hechinger Report": a newsroom by its site's address
        founded = [f for f in index.by_first[word] if len(f.words) >= 3 and f is not form
                   and f.words[1] in ORGANISATION_HEADS and not index.person(f)] \
            if word in know.given_names and not know.places.get(word) and not any(
                index.person(f) and len(f.words) > 1 for f in index.by_first[word]) else []
        # (not "Indiana" → "Indiana Department of Health": a state, whatever given name)
        if len(founded) == 1 and ("of" in founded[0].words or "for" in founded[0].words):
            return founded[0]  # "Xavier among best HBCUs" beside "Xavier University of
            # Louisiana": an institution by its first word, no one's given name here
        church = [f for f in index.by_first[word] if len(f.words) >= 2 and f is not form
                  and (f.words[-1] in ORGANISATION_HEADS or f.words[-1] in COMPANY_TRADES)
                  and not index.person(f)] if word in ADHERENTS else []
        if len(church) == 1 and not any(_FAITH_NOUN_AFTER.match(c.after) for c in form.places):
            return church[0]  # "Methodist dropped hundreds of lawsuits" beside "Methodist Le
            # Bonheur Healthcare", "A Methodist spokesperson": the body by its faith's word,
            # no faith's people (not "Methodist churches", the faith's adjective)
        nicknamed = [f for f in index.persons if len(f.words) > 1 and len(word) >= 3
                     and f.words[-1] != word and f.words[-1].startswith(word)
                     and any(c.before.endswith(f"{f.text}, ") for c in form.places)]
        if len(nicknamed) == 1:
            return nicknamed[0]  # "Rich Fitzgerald, Fitz, I remember …": his nickname, the
            # start of his surname, right after his name
        if len(word) >= 7 and not know.demonym_plural(word) and not know.is_demonym(word):
            # (not "Kansans" → "Kansas": a state's people, not the state misspelt)
            close = [f for f in index.by_first_two.get(word[:2], []) if len(f.words) == 1
                     and f is not form and Levenshtein.distance(f.words[0], word) == 1
                     and len(f.places) >= len(form.places)
                     and abs(len(f.words[0]) - len(word)) == 1
                     and not f.words[0].startswith(word) and not word.startswith(f.words[0])]
            if len(close) == 1:
                return close[0]  # "Wikleaks" → "Wikileaks", a letter left out (not
                # "Wikipedia" → "Wikimedia", another name; not "Wikipedian", a word made
                # from the name)
        river = index.by_text.get(f"{word} River")
        if river is not None and river is not form and form.places and all(
                re.search(r"\b[Tt]he[^\S\n]+$", c.before) for c in form.places):
            return river  # "the Mississippi" → "the Mississippi River": the river, as
            # "the" before it shows, not the state it shares its name with
        field = [f for f in index.by_last.get(word, []) if len(f.words) == 3
                 and f.words[1] == "of" and f.words[0] in _FIELD_BODIES]
        if not matches and len(field) == 1 and word not in know.places and \
                word not in know.given_names:
            return field[0]  # "Reclamation will provide …" → "Bureau of Reclamation": a
            # body by the field it is of (not "Texas" of the "University of Texas")
        named_for = [f for f in index.by_text.values() if 3 <= len(f.words) <= 4
                     and f.words[1] == word and f.words[0] in know.given_names
                     and f.words[-1] in ORGANISATION_HEADS and not index.person(f)]
        if not matches and len(named_for) == 1 and know.places.get(word) != "country":
            return named_for[0]  # "Disney" → "Walt Disney Company", named for its founder
            # (not "Canada" → "Maxi Canada, Inc.": a country the firm is named with)
        traded = [f for f in index.by_first[word] if len(f.words) == 2
                  and f.words[1] in COMPANY_TRADES and not index.person(f)]
        if not matches and len(traded) == 1:
            return traded[0]  # "Tyson workers" → "Tyson Foods": the firm by its first word
        if not matches:
            firsts = [f for f in index.by_first[word] if index.person(f)
                      and f.words[-1] not in ORGANISATION_HEADS  # (not "Juncker Commission")
                      and not (word not in know.given_names and f.words[-1] not in know.surnames
                               and any(_TEAM_AFTER.match(c.after) for c in f.places))]
            # (nor "Mozilla" → "Mozilla Advocacy": no given name, and "the Mozilla Advocacy
            # team" elsewhere, a body's team by its field, not a person)
            firsts = [f for f in firsts if not any(  # one person, with and without a
                g is not f and len(g.words) > len(f.words) and g.words[-1] == f.words[-1]
                and _subsequence(f.words, g.words) for g in firsts)]  # middle name
            spellings: dict[str, Form] = {}
            for f in firsts:
                spellings.setdefault(_plain(f.text), f)
            firsts = list(spellings.values())
            # (one person spelt with either apostrophe: "Julie O'Donoghue", "Julie
            # O’Donoghue")
            if len(firsts) == 1 and (word not in know.places or not know.big_place(word) or (
                    word in know.given_names and (
                        know.places[word] not in ("country", "region")
                        or (any(SPEECH_AFTER.match(c.after) for c in form.places)
                            and not any(ends_with_cue(PLACE_BEFORE, c.before)
                                        for c in form.places))))):
                return firsts[0]  # (but "outside Texas" is the state, not short for the
                # "Texas Miracle" a given name of that spelling would make a person of)
            if not firsts and word in know.given_names:
                nicknamed = [f for f in index.persons if len(f.words) >= 2
                             and f.words[0] != word and know.same_given_name(f.words[0], word)]
                if len(nicknamed) == 1:
                    return nicknamed[0]  # "A message from Larry" → "Lawrence Lessig": the
                    # one person whose given name this short form is of
        if re.fullmatch(r"[A-Z]+(?:-[A-Z]+)+", word):  # "U-N", "UNI-CEF", spelt to be read
            spelt_out = [f for f in index.by_initials[word.replace("-", "")]
                         if len(f.words) > 1]
            if len(spelt_out) == 1:
                return spelt_out[0]
            faction = re.fullmatch(r"([A-Z]{2,6})-[A-Z]{1,2}", word)
            split_off = [f for f in index.by_initials[faction[1]] if len(f.words) > 1] \
                if faction else []
            if len(split_off) == 1:
                return split_off[0]  # "MDC-T" → "Movement for Democratic Change": a party's
                # letters, then its faction's leader's
        if len(word) >= 3 and word.endswith("s") and word[:-1].isupper() and \
                index.by_text.get(word[:-1]) not in (None, form):
            return index.by_text[word[:-1]]  # "IOTs" → "IOT": letters in the plural
        if len(word) >= 4 and word.endswith("s") and word[:-1].isupper() and word.isalpha():
            spelt = [f for f in index.by_initials.get(word[:-1], []) if len(f.words) > 1
                     and not index.person(f)]
            if len(spelt) == 1:
                return spelt[0]  # "MUCs" → "Meritorious Unit Commendation": the letters
                # of a name the story spells out, in the plural
        if len(word) >= 3 and word.endswith("s") and word[:-1].isupper() and word.isalpha():
            heads = _heads_before_brackets(form)
            bracketed = [f for f in index.by_text.values() if len(f.words) >= 3
                         and f.words[-1].endswith("s") and not index.person(f)
                         and any(_ends_with(h, f) for h in heads)
                         and word[:-1] in (initials_of(f.words), initials_of(f.words[1:]))
                         and (initials_of(f.words) == word[:-1] or f.words[0].isupper())]
            if len(bracketed) == 1:
                return bracketed[0]  # "NIH Institutes and Centers (ICs)": a plural name's
                # letters in brackets right after it, without the body's letters it opens
                # with
        whole_first = re.fullmatch(r"([A-Z][a-z]{2,9})([A-Z]{3,8})", word)
        if whole_first is not None:
            spelt = [f for f in index.by_first.get(whole_first[1], []) if len(f.words) > 3
                     and initials_of(f.words[1:]) == whole_first[2] and not index.person(f)]
            if len(spelt) == 1:
                return spelt[0]  # "TeamSTEPPS" → "Team Strategies and Tools to Enhance
                # Performance and Patient Safety": its first word whole, then the letters
        mixed = 2 <= len(word) <= 8 and word.isalpha() and word[0].isupper() and \
            sum(ch.isupper() for ch in word) >= 2 and not word.isupper()
        if (len(word) >= 2 and word.replace(".", "").isupper()) or mixed:
            letters = word.replace(".", "").upper()  # ("CoE": Council of Europe)
            expanded = [f for f in index.by_initials[letters]
                        if (len(f.words) > 1 or (f is not form and _CAMEL.search(f.text)
                                                 and "".join(filter(str.isupper, f.text))
                                                 == letters))
                        and not know.demonym_plural(f.text)] or \
                [f for f in index.by_initials.get(f"*{letters}", []) if len(f.words) > 1]
            # (a people has no initials: "NC" is not short for "North Carolinians")
            if not expanded and len(letters) >= 3 and letters.endswith("U"):
                expanded = [f for f in index.by_initials.get(letters[:-1], [])
                            if len(f.words) >= 2 and f.words[-1] == "State"]
                # ("JSU": Jackson State, a university its story names without the word)
            if not expanded and mixed:
                expanded = _blended(word, index)  # "CatComm": Catalytic Communities
            if not expanded and word.isupper() and len(letters) >= 3:
                expanded = [f for f in index.by_text.values() if 2 <= len(f.words) < len(letters)
                            and not index.person(f) and f.words[0][0] == letters[0]
                            and not know.places.get(f.text)  # (not "NOAA": "North America")
                            and not (len(f.words) == 2 and f.words[0] in COMPASS_POINTS)
                            # (nor "the North Atlantic": a region by its side)
                            and not (f.words[0] == word and (
                                (f.words[-1] not in WORK_HEADS
                                 and f.words[-1] not in ORGANISATION_HEADS)
                                or f.words[-1] in _ISSUED))
                            # (not "VOA Afrique", its own service, nor "ABS Statement", a
                            # body's statement; but "C-TIP Policy")
                            and f.words[-1][0] == letters[-1]
                            and f.words[-1] not in LAW_HEADS  # (not "CMA": "Competition Act")
                            and in_order(list(initials_of(f.words)), letters)
                            and in_order(list(letters.casefold()),
                                          "".join(f.words).casefold())]
                # ("FHWA": Federal HighWay Administration, a letter inside a word)
            if not expanded and word.isupper() and len(letters) >= 4:
                heads = _heads_before_brackets(form)
                expanded = [f for f in index.by_text.values() if len(f.words) >= 3
                            and f is not form and not index.person(f)
                            and f.words[0][0] == letters[0]
                            and any(_ends_with(h, f) for h in heads)
                            and in_order(list(letters.casefold()),
                                          "".join(f.words).casefold())]
                # ("… Day against Homophobia, Transphobia and Biphobia (IDAHOT)": letters in
                # brackets right after the name they shorten, its last word left out)
            if not expanded and word.isupper() and len(letters) >= 4:
                expanded = [f for f in index.by_text.values() if 2 <= len(f.words) <= 4
                            and not index.person(f) and not know.places.get(f.text)
                            and _syllables_of(letters, f.words)]
                # ("MARAD": the MARitime ADministration, by its words' first syllables)
            if not expanded and word.isupper() and len(letters) >= 3:
                expanded = [f for f in index.by_text.values() if len(f.words) >= 4
                            and f.words[0] in ORGANISATION_HEADS and f.words[1] == "of"
                            and letters in initials_of(f.words[2:])]
                # ("ATF": the Bureau of Alcohol, Tobacco, Firearms and Explosives, by the
                # fields it is named for)
            if not expanded and word.isupper() and len(letters) >= 3:
                countries = {initials_of(f.words) for f in index.by_text.values()
                             if know.places.get(f.text) == "country"}
                expanded = [f for f in index.by_text.values() if 2 <= len(f.words) <= 3
                            and f.words[-1] in ORGANISATION_HEADS and not index.person(f)
                            and letters.startswith(initials_of(f.words))
                            and letters[len(initials_of(f.words)):] in countries]
                # ("RBA": the "Reserve Bank" of Australia, a country the story names, whose
                # letters end the body's)
            if not expanded and word.isupper() and len(letters) >= 4:
                expanded = [f for f in index.by_text.values() if len(f.words) >= 4
                            and f.words[-1] not in PLACE_HEADS and not index.person(f)
                            and letters in _repeat_once(initials_of(f.words))]
                # ("NIMHD": the National Institute on Minority Health and Health Disparities,
                # its letters writing a word the name repeats once)
            if len(expanded) > 1 and len({f.text.casefold() for f in expanded}) == 1:
                expanded = [min(expanded, key=lambda f: (f.text.isupper(), f.first))]
                # ("EEAS": the European External Action Service, in capitals in the contents)
            if len(expanded) == 2 and len(expanded[0].words) == len(expanded[1].words) and \
                    expanded[0].text[:-1] != expanded[1].text[:-1] and (
                    expanded[1].text.startswith(expanded[0].text)
                    or expanded[0].text.startswith(expanded[1].text)):
                expanded = [min(expanded, key=lambda f: len(f.text))]  # ("Federal Highway
                # AdministrationU": a page's next word glued on, the same name)
            if len(expanded) == 2:
                for short, full in (expanded, expanded[::-1]):
                    if _target(short, index, know) is full:
                        expanded = [full]  # ("USDOT": "U.S. Department of Transportation"
                        break  # and the "United States Department …" it is short for)
            bodies = [f for f in expanded if f.words[-1] in ORGANISATION_HEADS]
            if len(expanded) > 1 and len(bodies) == 1 and word not in know.country_codes \
                    and word not in POSTAL_CODES:
                expanded = bodies  # ("EU": the European Union, not "Eastern Ukraine", a
                # region whose initials are the same: letters name bodies)
            if len(expanded) == 1 and (spelt := _spelt_before_bracket(form, letters, index)) \
                    is not None and spelt is not expanded[0]:
                return spelt  # "the New Zealand Ministry of Defence (MOD)": the letters the
                # story puts after a name are that name's, not a post's of the same letters
                # named elsewhere ("Minister of Defence")
            if len(expanded) == 1 and not ("." in word and word in know.country_codes):
                return expanded[0]  # (but "U.S." is a country, not the "Uzbek Service")
            for c in form.places:  # "the Communist Party of Greece (KKE)": its own letters
                head = c.before.rstrip()
                bracket = head.endswith("(") and not re.match(r"[^\S\n]+\d", c.after)
                # (not a paper's number after the letters: "Head of Strategy Unit (FSA
                # 25/06/10)" cites the agency's paper, no short form of the unit)
                if (bracket or head.endswith(" or")) and head[:-2].strip():
                    head = head[:-1].rstrip() if bracket else head[:-3].rstrip().rstrip(",")
                    head = re.sub(r"[’']s?$", "", head)  # "the Department of Education's (ED)"
                    # ("Tokyo Electric Power Company, or TEPCO")
                    if not head.strip():
                        continue  # ("’s (HB)": a possessive's mark alone before the bracket)
                    named = [f for f in index.by_last[head.split()[-1]]
                             if f is not form and len(f.words) > 1
                             and (head.endswith(" ".join(f.words))
                                  or (("/" in f.text or "'" in f.text or "’" in f.text)
                                      and head.endswith(f.text))
                                  or (any(c.start - 3 <= p.end < c.start for p in f.places)
                                      and f.words[-1][:1] == letters[-1:]
                                      and in_order(list(letters), initials_of(f.words))))
                             # (as the story writes it: "/" and a possessive's mark kept,
                             # "People's Party for Freedom and Democracy (VVD)"; or a name
                             # longer than the words kept before the letters, ending right
                             # before their bracket, whose initials hold them in order: "The
                             # Eunice Kennedy Shriver National Institute of Child Health and
                             # Human Development (NICHD)"; not a dateline's "(AFNS)")
                             and ((bracket and (word not in know.country_codes
                                               or letters in initials_of(f.words[1:]))
                                   and word.replace(".", "").isupper()
                                   and not index.person(f)
                                   and f.words[-2] not in NUMBERED_WORK_HEADS
                                   and (letters[0] in initials_of(f.words)
                                        or f.words[-1] not in _PUBLICATION_TAILS))
                                  # ("Advisory Opinion 2019-15 (NORPAC)": who asked for it; nor,
                    # after a publication's name, letters that open with none of its
                    # initials: "EoS-Earth & Space Science News (AGU)", its publisher)
                                  or (letters[0] == f.words[0][0] and in_order(
                                      list(letters.casefold()),
                                      "".join(f.words).casefold())))]
                    # (the letters in order, as "TEPCO" spells Tokyo Electric POwer COmpany;
                    # but "André Fufuca (PP-MA)" gives a deputy's party and state, and
                    # "Pierre-Olivier Lagage (CEA, France)" his institute: after a person,
                    # only letters that spell the name)
                    if named:  # ("… Group of Experts on Immunization or SAGE"; but "The
                        # Diplomat (U.S.)" is where the paper is)
                        return max(named, key=lambda f: len(f.words))
            country = index.by_text.get(know.country_codes.get(word, ""))
            if country is not None and len(country.words) > 1:
                return country
            armed = [f for f in index.by_first[word] if len(f.words) == 2
                     and f.words[1] in _ARM_WORDS]
            if len(armed) == 1 and word not in know.country_codes:
                return armed[0]  # "CREDO" → "CREDO Action": the body's name without the
                # word for its arm or form
        country_name = know.country_codes.get(word)
        if country_name:  # "U.S. companies … America’s leadership": one country
            same = sorted((f for f in index.by_text.values() if f is not form
                           and len(f.words) == 1
                           and know.country_codes.get(f.words[0]) == country_name),
                          key=lambda f: (f.text.isupper(), f.first))
            if same:
                return same[0]  # (the name before the code: "America" keeps "U.S.")
    country = know.country_codes.get(form.text) or (
        form.text if know.places.get(form.text) == "country" else None)
    if country is not None:  # "the United States" … "the United States of America"
        fuller = [f for f in index.by_text.values() if f is not form and (
            len(f.words) > n or form.text in know.country_codes) and (
            know.country_codes.get(f.text) == country
            or (f.text == country and know.places.get(f.text) in ("country", "region")))]
        # (and a country's code alone joins its name: "PH" → "Philippines"; a state's
        # postal code its state's: "a FL county" → "Florida")
        if fuller:
            return max(fuller, key=lambda f: len(f.words))
    if n == 1 and words[0] in LAW_HEADS:
        laws = [f for f in index.by_first_law.get(words[0], []) if f is not form]
        if len(laws) == 1:
            return laws[0]  # "the Act" → "the Endangered Species Act of 1973"
    if n == 1 and words[0] in _LETTERED_HEADS and all(
            re.search(r"\b[Tt]he[^\S\n]+$", c.before) for c in form.places) and not any(
            words[0] in f.words for f in index.by_text.values() if len(f.words) > 1):
        lettered = [f for f in index.by_text.values() if len(f.words) == 1 and f is not form
                    and re.fullmatch(r"[A-Z]{2,5}", f.words[0]) and words[0][0] in f.words[0]
                    and not index.person(f)]
        if len(lettered) == 1:
            return lettered[0]  # "the Bureau’s ability" → "FBI": the one body the story
            # names by letters, one of them the head's (no name the story spells out holds
            # the head)
    if n <= 3 and all(w.isupper() and w.isalpha() for w in words) and len(words[0]) > 2:
        cased = " ".join(w.title() for w in words)
        with_state = [f for key in (cased.split()[0], f"{cased.split()[0]},")
                      for f in index.by_first[key] if f.text.startswith(f"{cased}, ")
                      and len(f.words) == n + 1 and (
                          f.words[-1].replace(".", "") in POSTAL_CODES
                          or f.words[-1].rstrip(".") in STATE_ABBREVIATIONS)]
        if len(with_state) == 1:
            return with_state[0]  # "ARLINGTON, VIRGINIA, UNITED STATES" atop the story →
            # "Arlington, Va." in it: the dateline's town in capitals
    if n >= 2:
        stated = [f for f in index.by_last[words[-1]] if len(f.words) == n + 2
                  and f.words[0] in STATE_FORMS and f.words[1] == "of" and f.words[2:] == words]
        if len(stated) == 1:
            return stated[0]  # "South Australia" → "the State of South Australia"
        with_state = [f for f in index.by_first[words[0]] if len(f.words) == n + 1
                      and f.text.startswith(f"{form.text}, ") and (
                          f.words[-1].replace(".", "") in POSTAL_CODES
                          or f.words[-1].rstrip(".") in STATE_ABBREVIATIONS)]
        if len(with_state) == 1:
            return with_state[0]  # "Vandenberg Space Force Base" → "Vandenberg Space Force
            # Base, Calif.": a place the story named once with its state
    if n == 1 and not all(re.match(r"[^\S\n]+state\b", c.after) for c in form.places):
        # (not "Washington state" beside "Washington, D.C.": the state, not the city)
        with_state = [f for key in (words[0], f"{words[0]},") for f in index.by_first[key]
                      if (f.text.startswith(f"{words[0]}, ") and len(f.words) <= 3)
                      or (len(f.words) == 2 and f.words[0] == words[0] and (
                          f.words[1].replace(".", "") in POSTAL_CODES
                          or f.words[1].rstrip(".") in STATE_ABBREVIATIONS))]
        if len(with_state) == 1:
            return with_state[0]  # "in Washington" → "Washington, D.C." (or "Washington
            # D.C.") of the dateline
        model = re.fullmatch(r"([A-Z])-?(\d{2,4})", words[0])
        if model is not None:
            maker = [f for f in index.by_last[model.group(2)] if len(f.words) == 2
                     and f.words[0].startswith(model.group(1))]
            if len(maker) == 1:
                return maker[0]  # "B-737" → "Boeing 737": a model by its maker's initial
        state = [f for f in index.by_last[words[0]] if len(f.words) == 3
                 and f.words[1] == "of" and f.words[0] in STATE_FORMS]
        # (and "South Australia" → "the State of South Australia", above: n >= 2)
        if len(state) == 1:
            return state[0]  # "Alaska" → "the State of Alaska", "Korea" → "Republic of …"
    if n == 1 and know.places.get(words[0]) == "country":
        mine = know.country_codes.get(words[0], words[0])
        official = [f for f in index.by_text.values() if len(f.words) > 1
                    and know.places.get(f.text) == "country"
                    and know.country_codes.get(f.text, f.text) in (words[0], mine)]
        if official:  # "France" joins "French Republic" (named after it: see entities._entity)
            return min(official, key=lambda f: f.first)
    if n == 2 and words[-1].endswith("s") and words[-1][:-1] in ORGANISATION_HEADS:
        singular = [f for f in index.by_first[words[0]] if len(f.words) > 2
                    and f.words[-1] == words[-1][:-1]]
        if len(singular) == 1:  # "the Albanese and Minns Governments" → "Minns Labor
            return singular[0]  # Government": one of the heads "and" shares
    for spelt_out in (" ".join(_SHORT_WORDS.get(w, w) for w in words), " ".join(
            _SHORT_WORDS.get(w) or (know.country_codes.get(w) if n > 1 and len(w) == 2
                                    and w.isupper() else None) or w for w in words)):
        if spelt_out != " ".join(words) and spelt_out in index.by_text and \
                index.by_text[spelt_out] is not form:
            return index.by_text[spelt_out]  # "UK Govt" → "UK Government"; "Stats NZ" →
            # "Statistics New Zealand", its country by its letters too
    plural = index.by_text.get(" ".join((*words[:-1], words[-1] + "s")))
    if plural is not None and plural is not form and len(plural.words) == n and \
            words[-1] not in FIRE_HEADS:  # (a fire's name is one; "… and Pothole Fires"
        # lists two)
        return plural  # "Liberal Democrat" → "Liberal Democrats"
    if n > 1 and words[-1].endswith("s"):  # … and the other way round, whichever is first
        singular = index.by_text.get(" ".join((*words[:-1], words[-1][:-1])))
        if singular is not None and singular is not form:
            return singular
    suffixes = [f for f in index.by_last[words[-1]] if len(f.words) > n
                and (f.words[-n:] == words or (
                    f.text.isupper() and not form.text.isupper() and len(f.words) <= n + 2
                    and tuple(w.title() for w in f.words[-n:]) == words
                    and f.words[0] not in know.country_codes
                    and not know.big_place(f.words[0].title())))
                # ("Park Service" → "NATIONAL PARK SERVICE", a masthead; but "U.S. NUCLEAR
                # REGULATORY COMMISSION" is the "Nuclear Regulatory Commission", its
                # country left out)
                and not index.person(f)
                and not COURT_CASE.search(f.text)  # ("Disney" is a party to "VidAngel v.
                # Disney", not short for the case)
                and not (n == 1 and (know.is_demonym(words[0]) or (
                    words[0].endswith("s") and know.is_demonym(words[0][:-1]))))
                # ("Americans" are a people of their own, not short for "African Americans")
                and not (_of_a_body(f.words[:-n])
                         and not (n >= 2 and tuple(f.words[:2]) == ("House", "of")
                                  and len(f.words) == n + 2))
                # (not "Congress" → "Library of Congress"; but "Macedonia" → "Republic of …";
                # and a chamber's department by its short name: "Commons Library" → "House
                # of Commons Library")
                and not (n == 1 and words[0].isupper() and len(words[0]) <= 6
                         and _word_before(f.words[:-1]) == "of")
                # (nor "EU" → "Treaty on Functioning of the EU", "NIEHS" → "Friends of
                # NIEHS": the letters of what the longer name is of)
                and (" ".join(words) not in know.places  # "Samoa" ≠ "American Samoa"
                     or (n == 1 and words[0] in ORGANISATION_HEADS
                         and not know.big_place(words[0])))  # (but "the Bank" is the
                # "Reserve Bank", whatever hamlet is called Bank)
                and not (n > 1 and words[-1] in PLACE_HEADS and len(f.words) == n + 1
                         and f.words[0] in _NEIGHBOURS)  # "Kintla Lake" ≠ "Upper Kintla Lake"
                and " ".join(words) not in AU_STATE_CODES  # "NSW" ≠ "Multicultural NSW"
                and not (n == 1 and words[0] in OCEANS and len(f.words) == 2
                         and know.places.get(f.words[0]) == "continent")
                # ("the Pacific" ≠ "Asia Pacific", a region of a continent and an ocean)
                and not (form.text == "House" and f.words[-2].lower() in know.common_words
                         and f.words[-2] not in know.places)  # "the House" is a chamber,
                # not short for the "State House" or the "White House" (but "Ohio House")
                and not (form.text == "Administration" and len(f.words) >= 3)
                # ("the Administration’s efforts": the government of the day, as in "the
                # Obama Administration", not short for the "Small Business Administration")
                and not (len(f.words) == n + 1 and f.words[0] in GREETINGS
                         and words[0].isupper())  # "VOA" is
                # the broadcaster, not short for "Hello VOA", its call-in show
                and not (n == 1 and words[0] in HOLIDAYS)  # "Christmas" is the holiday,
                # not short for "“A Green Christmas”", a competition named for it
                and _word_before(f.words[:-n]) not in ("Against", "against", "to")
                # ("COVID-19" is the disease, not short for "Unite Against COVID-19", the
                # campaign named for what it fights; nor "AdoptUsKids", a site, for "The
                # Collaboration to AdoptUsKids", the body named for what it serves)
                and not ((index.person(form) or words[-1] in PLACE_HEADS
                          or (n >= 2 and words[-1] in EVENT_HEADS)
                          or " ".join(words) in know.places
                          or words[-1].upper() in DISEASE_DESIGNATIONS)
                         and any(c.hint == "work" for c in f.places)
                         and _word_before(f.words[:-n]) in _OBJECT_OPENERS)
                and not ((words[-1] in ORGANISATION_HEADS or words[-1] in BODIES_OF_A_KIND)
                         and (any(c.hint == "work" for c in f.places)
                              or f.words[0] in WORK_HEADS)
                         and (_word_before(f.words[:-n]) or "").casefold() in ("on", "about"))]
    # ("Presidential Commission on … Agencies" is the body, not short for "Executive Order On
    # the Presidential Commission on … Agencies", the order that made it; nor the "Runaway
    # and Homeless Youth Program" for the "Report to Congress on the Runaway and Homeless
    # Youth Program", a report on it)
    # ("Donald Trump" is the man, not short for "“21 Questions for Donald Trump”", an
    # article about him; "First World War" the war, not short for "Duty and Democracy:
    # Parliament and the First World War"; "Gezi Park" the park, not short for "“The
    # Fugitive of Gezi Park”";
    # "COVID-19" the disease, not short for "“Investigating the Origins of COVID-19”")
    suffixes = [f for f in suffixes if not _named_apart(form, f)]
    if len(suffixes) > 1:
        abbreviated = {tuple(f.words) for f in suffixes
                       if not any(w in ("Saint", "Sainte", "Mount", "Fort") for w in f.words)}
        suffixes = [f for f in suffixes if tuple(_ABBREVIATED.get(w, w) for w in f.words)
                    not in abbreviated or tuple(f.words) in abbreviated]
        # ("Seaway" → "St. Lawrence Seaway", which "Saint Lawrence Seaway" spells out)
    if len(suffixes) > 1:  # "Commission": the European Commission, not the Juncker one
        suffixes = [f for f in suffixes if not any(
            (other := index.by_text.get(w)) is not None and (index.person(other) or any(
                c.role or c.honorific for c in other.places))
            for w in f.words[:-n])] or suffixes
    if len(suffixes) > 1:
        longest = max(suffixes, key=lambda f: len(f.words))
        fullest = [g for g in (longest, *suffixes) if all(
            g.words[-len(f.words):] == f.words or _target(f, index, know) is g
            for f in suffixes if f is not g)]
        if fullest and (fullest[0] is longest or len(fullest) == 1):
            suffixes = fullest[:1]  # "Board" → "Safety Board" → "National Transportation
            # Safety Board": one name, shortened twice; "Missile Defense Agency" → "U.S.
            # Missile Defense Agency", which "US Missile Defense Agency" writes too (the
            # first of two names of one length the others go to)
    if len(suffixes) > 1 and n == 1 and words[0] in ORGANISATION_HEADS:
        before = [f for f in suffixes if f.first < form.first]
        if len(before) == 1:
            suffixes = before  # "the Commission" → "U.S. Arctic Research Commission", the
            # only commission named when the story first says it (the "Eskimo Walrus
            # Commission" comes later)
    if len(suffixes) == 1:
        return suffixes[0]  # "Supreme Court" → "Philippine Supreme Court"
    parks = [f for f in index.by_first[words[0]] if f.words[:n] == words and (
        (len(f.words) == n + 1 and f.words[-1] in PARK_UNITS)
        or (n >= 2 and f.words[n:] in _PARK_KINDS))]
    if len(parks) == 1 and (not index.person(form) or (
            parks[0].words[n:] in _PARK_KINDS and words[0] not in know.given_names
            and not any(c.role or c.honorific for c in form.places))):
        return parks[0]  # "Glacier" → "Glacier NP", "Walnut Canyon" → "Walnut Canyon NM": a
        # park by its name, without its unit's letters or its kind ("Grand Teton" → "Grand
        # Teton National Park", though two words as a person's; not "Theodore Roosevelt")
    if n >= 2 and words[0] not in know.given_names and \
            not any(c.role or c.honorific for c in form.places):
        grounds = [f for f in index.by_first[words[0]] if len(f.words) in (n + 1, n + 2)
                   and f.words[:n] == words and f.words[-1] in ("Cemetery", "Cemeteries")]
        if len(grounds) == 1:
            return grounds[0]  # "At Flanders Field, we remember …" → "Flanders Field
            # American Cemetery": a burial ground by its own name (not "Abraham Lincoln",
            # a person, for the "Abraham Lincoln National Cemetery")
    fires = [f for f in index.by_first[words[0]] if len(f.words) == n + 1
             and f.words[:n] == words and f.words[-1] in FIRE_HEADS]
    if len(fires) == 1 and any(c.hint == "event" or _LISTED_FIRES_AFTER.match(c.after)
                               for c in form.places):
        return fires[0]  # "Petes Lake, Horse Creek and Pothole Fires" → "Petes Lake Fire",
        # "Horse Creek Fire": fires listed by their names, the kind once after them
    if not index.person(form) and not know.big_place(" ".join(words)) and \
            not (words[0].isupper() and not DESIGNATION.fullmatch(words[0])) and \
            not (n > 1 and words[-1] in PLACE_HEADS) and \
            not (n > 1 and words[-1] in ORGANISATION_HEADS) and \
            not _named_whole(words) and \
            not any(in_state_or_country(c, know) or "," in c.text
                    or _IN_ITS_COUNTY_AFTER.match(c.after) for c in form.places):
        # (not "UNESCO", a body, for its "UNESCO World Heritage Site"; not "Pecos, NM", nor
        # "Selden in Suffolk County"; nor "Marine Corps", a body by its head, for the
        # "Marine Corps Recruit Depot" named for it; nor "National Institutes of Health", a
        # body's whole name by its head and field, for the "National Institutes of Health
        # Clinical Center" it runs; but "Y-12", a plant's wartime code, is short for the
        # "Y-12 National Security Complex")
        longer_place = [f for f in index.by_first[words[0]] if f.words[:n] == words
                        and len(f.words) >= n + (1 if n >= 2 else 2)
                        and f.words[-1] in PLACE_HEADS and f.words[-1] not in _BUILDINGS
                        and f.words[-1] not in _ROUTES
                        and not (f.words[-1] in _FACILITIES_OF_A_TOWN
                                 and know.places.get(" ".join(words)) == "city")]
        # ("North Fork" is no short form of "North Fork Road", the road named for it; nor
        # "Oak Ridge", a town, of the "Oak Ridge Reservation" named after it)
        if len(longer_place) == 1:
            # "Sáttítla’s fate" → "Sáttítla Highlands National Monument", "Samaná Norte"
            # → "Samaná Norte River" (but "Lincoln" is no short "Lincoln Memorial", nor
            # the "Mississippi River" short for the "Mississippi River Basin")
            return longer_place[0]
    if n == 1 and not index.person(form) and form.places and \
            all(re.search(r"\bthe[^\S\n]+$", c.before) and not c.possessive
                for c in form.places):
        building = [f for f in index.by_first[words[0]] if len(f.words) == 2
                    and f.words[1] in ("Building", "Tower")]
        if len(building) == 1:
            return building[0]  # "the Berlaymont headquarters" → "the Berlaymont Building":
            # a building by its own name after "the" (not "Chrysler", the firm its
            # "Chrysler Building" is named for, which takes no "the")
    if words[-1] in NUMBERED_WORK_HEADS:
        numbered = [f for f in index.by_first[words[0]] if len(f.words) == n + 1
                    and f.words[:n] == words and (f.words[-1][:1].isdigit()
                                                  or DESIGNATION.fullmatch(f.words[-1]))]
        if len(numbered) == 1:
            return numbered[0]  # "that Executive Order" → "Executive Order 9981" (of
            # several forms, "the Form" is none of them)
    if words[-1] in WORK_HEADS and (n >= 2 or all(
            re.search(r"\b[Tt]he[^\S\n]+$", c.before) for c in form.places)):
        titled = [f for f in index.by_first[words[0]] if len(f.words) > n + 1
                  and f.words[:n] == words and f.words[n] in ("for", "on", "to")]
        # (one word too, when the story always writes "the" before it: "The Statement has
        # been agreed" → "Statement on the Conduct of Monetary Policy")
        if len(titled) == 1:
            return titled[0]  # "the Strategic Framework" → "Strategic Framework for
            # Addressing Climate Change": a document by its kind, without what it is for
    prefixes = [f for f in index.by_first[words[0]] if len(f.words) > n
                and f.words[:n] == words and not words[0].isdigit()  # ("2020 Census")
                and not COURT_CASE.search(f.text)  # (a party is no short form of its case)
                and not (n == 1 and words[0] in _PARENT_ACRONYMS
                         and f.words[-1] in ORGANISATION_HEADS)
                # ("the UN warns" beside "the UN Refugee Agency": the parent body, not its
                # agency)
                and not _periodical(form)  # ("the journal Science" ≠ "Science News")
                and not (n > 1 and any(w in PRIZES for w in words))
                # ("Medal of Honor" ≠ "Medal of Honor Commemorative Coin Program", named
                # for it; "Nobel Prize" ≠ "Nobel Prize Committee")
                and words[-1] not in WORK_HEADS  # (a survey is no short form of its office)
                and (f.words[-1] in ORGANISATION_HEADS or f.words[n] == "of"
                     or (len(f.words) == n + 1 and f.words[-1] in _FEATURE_HEADS)
                     # ("Petermann" → "Petermann Glacier": a feature by its name alone)
                     or (n > 1 and len(f.words) == n + 1 and words[-1] in EVENT_HEADS
                         and f.words[-1] in EVENT_STAGES)  # "World Cup Finals"
                     or (f.words[n] == "for" and words[-1] in ORGANISATION_HEADS)
                     or (n == 1 and f.words[1] in know.particles and not index.person(f))
                     or (n == 1 and len(f.words) == 2 and f.words[1].endswith("s")
                         and f.words[1][:-1] in ADHERENTS)
                     or (n == 1 and f.words[-1] in _CRAFT_HEADS and not words[0].isupper()))
                # ("Hubble" → "Hubble Space Telescope": an instrument by its first word; but
                # "ESO" is the body, not short for its "ESO Very Large Telescope")
                # ("Cham" → "Cham Muslims": a people by its name alone)
                # ("Voces" → "Voces de la Frontera": a body by its first word)
                and know.places.get(" ".join(words), "city") == "city"
                and not (n == 1 and (know.big_place(words[0]) or words[0] in AU_STATE_CODES
                                     or words[0] in know.country_codes
                                     or (words[0] in SKY_BODIES and not (
                                         words[0] in ("Sun", "Moon")
                                         and f.words[-1] in ORGANISATION_HEADS
                                         and not any(re.search(r"\b[Tt]he[^\S\n]+$", c.before)
                                                     for c in form.places)))))
                # ("UK Government"; "Mars" is the planet, not short for the "Mars Science
                # Laboratory" sent there; but "the acquisition of Sun by Oracle" is the firm
                # "Sun Microsystems": the star, unlike a planet, takes an article)
                and not any(in_state_or_country(c, know) for c in form.places)
                and not (n == 1 and any(GROUP_AFTER.match(c.after) for c in form.places))
                and not (n == 1 and any(_KIND_OF_PLACE_BEFORE.search(c.before)
                                        or _IN_ITS_COUNTY_AFTER.match(c.after)
                                        for c in form.places))
                and not (n == 1 and any(re.search(r"\b[Nn]ear[^\S\n]+$", c.before)
                                        for c in form.places))
                # ("on the Kingsbridge Estuary near Salcombe": the town, not short for the
                # "Salcombe Harbour Authority")
                # ("the island of Maui" is the island, not short for its county council)
                # ("the Crow tribe" is a people, not short for "Crow Agency", a town)
                and not any(c.role or c.honorific for c in form.places)  # "President
                # Juncker" is a person, not short for "the Juncker Commission"
                and not (n >= 2 and words[0] in _SOVEREIGNS and index.person(form)
                         and not index.person(f))
                # ("Queen Elizabeth II unveiled a plaque": the queen, not short for the "Queen
                # Elizabeth II Conference Centre" named for her, as "King Abdullah" is the
                # king, not his university; but "Leonard Green" is short for the firm
                # "Leonard Green & Partners")
                and not (n == 1 and len(words[0]) >= 2 and words[0].isupper()
                         and f.words[1] in UNITS)  # "NOAA" is the agency, not short for
                # the "NOAA Center for …" it runs (but "VOA" is "VOA News", "WDR" "WDR
                # Technology Corp")
                and not (all(len(w) >= 2 and w.isupper() for w in words)
                         and (f.words[-1] in _GOVERNING_PARTS or f.words[-1] in UNITS
                              or f.words[-1] in _PROGRAMMES_RUN
                              or (len(f.words) >= n + 3 and all(
                                  w.endswith("s") and w[:-1] in ORGANISATION_HEADS
                                  for w in (f.words[n], f.words[-1])))
                              or (len(f.words) >= n + 2 and (f.words[-1] in EVENT_HEADS
                                                             or f.words[-1] == "Forum"))))
                # ("SAPIENS" is the magazine, not short for the "SAPIENS Public Writing
                # Training Program" it runs; "NINDS" the institute, not short for the "NINDS
                # Nonprofit Virtual Forum" it holds, nor "NIH" for the "NIH Institutes and
                # Centers" it is made of; but "GPO" is "GPO Services")
                and not (len(f.words) >= n + 2 and f.words[-1] in _GOVERNING_PARTS
                         and f.words[n] not in ("of", "o", "for", "and", "&"))
                # (te reo's "o" is "of": "Nga Kaihautu" → "Nga Kaihautu o Te Arawa
                # Executive Council")
                # ("Facebook" is the company, not short for the "Facebook Oversight Board"
                # it set up)
                # ("PLOS ONE" is the journal, not short for the "PLOS ONE Editorial Board"
                # that runs it; "CERN" not for the "CERN Control Centre")
                and not know.is_demonym(words[-1])
                and not (n > 1 and words[-1] in ORGANISATION_HEADS
                         and f.words[n] not in ("for", "of"))  # "United Nations" (but
                # "the NOAA Center" → "NOAA Center for Weather and Climate Prediction")
                and not (n > 1 and words[-1] in PLACE_HEADS)  # "International Space Station"
                and not (n == 1 and words[0] in _PARENT_BODIES and f.words[1] != "of")
                and not (f.words[-1] in _PUBLICATION_TAILS
                         and any(w in ORGANISATION_HEADS for w in f.words[:-1]))
                and not (n == 1 and words[0].isupper() and (
                    f.words[-1] in _BODYS_OWN_HEADS
                    or (len(f.words) >= 3 and f.words[-2] in PERIODICITY
                        and f.words[-1] in _PUBLICATION_TAILS))
                         and (len(f.words) >= 3 or f.words[-1] != "Magazine"))
                # ("NIH" is the body, not short for "NIH MedlinePlus Magazine", the
                # magazine its letters open, the "NIH Combined Federal Campaign" it runs or
                # "The TSB Recorder" it publishes, nor for "NIMHD Quarterly News"; but "TIME"
                # is "TIME Magazine")
                # ("the Department of Homeland Security" is no short form of its feed,
                # "Department of Homeland Security News"; but "VOA" is "VOA News")
                and not (n > 1 and (words[-1] in EVENT_HEADS
                                    or ((words[-1] == "I" or ROMAN_NUMERAL.fullmatch(words[-1]))
                                        and words[-2] in EVENT_HEADS))
                         and f.words[-1] in ORGANISATION_HEADS
                         and f.words[n] not in ("of", "for"))
                # ("the Inter-Korean Summit" is no short form of the press corps named for
                # it, "Inter-Korean Summit Press Corps", nor "World War I" of the "World War
                # I Centennial Commission"; but "Expo" → "Expo Fund")
                # ("the Senate" is the chamber, not short for its "Senate Foreign Relations
                # Committee" or "Senate Cybersecurity Caucus"; but "House of Representatives")
                and f.words[-1] not in _BUILDINGS  # "National Archives" is the body, not
                # short for the "National Archives Building" named after it
                and f.words[n] not in _AREA_WORDS  # "Fiordland" is the region, not short
                # for the "Fiordland District Office" named after it
                and not (words[-1] not in EVENT_HEADS and any(
                    re.search(r"\b(?:in|at|near)\s+the\s+$", c.before)
                    for c in form.places))  # "in the West Midlands" (not "in the World Cup")
                and not ((f.words[-1] in _NAMED_FOR_ITS_TOWN or know.big_place(" ".join(words)))
                         and any(re.search(r"\b(?:in|near|outside)\s+$", c.before)
                                 for c in form.places))
                and not (f.words[-1] in _WATERS_NAMED_FOR_A_TOWN and n == len(f.words) - 1
                         and any(re.search(r"\b(?:in|near|outside|to|for|from)\s+$", c.before)
                                 for c in form.places))
                # ("We have come to Miramichi", "Member of Parliament for Miramichi": the
                # town, not short for the "Miramichi River"; a river alone takes "the")
                and not (know.big_place(" ".join(words)) and any(
                    (people := _PEOPLE_AFTER.match(c.after)) is not None
                    and people.group(1) in PERSON_NOUNS for c in form.places))
                and not any(_TOWN_OF_BEFORE.search(c.before) for c in form.places)
                and not any(GONE_TO_BEFORE.search(c.before) and WHERE_AFTER.match(c.after)
                            for c in form.places)
                and not (_named_whole(words) and f.words[n][:1].isupper()
                         and (f.words[-1] in ORGANISATION_HEADS or f.words[-1] in PLACE_HEADS))]
                # ("the National Institutes of Health" is the body, not short for the
                # "National Institutes of Health Clinical Center" it runs)
                # ("made his way to Harris where he paid a visit to the Harris Distillery":
                # the island the firm is named for, a place "where" shows)
                # ("Lisa Pasin, Mayor of Trail": the town, not short for the "Trail Memorial
                # Centre" named after it)
                # ("folks in Spruce Pine" is the town the "Spruce Pine Montessori School" is
                # named for, "drivers in Los Angeles" the city, not short for "Los Angeles
                # County Sheriff's Department"; but "at Harvard" is "Harvard University";
                # nor "two El Paso voters", the city's people, for "El Paso County District
                # Court")
    if prefixes:
        # "Labour" → "Labour Party", "Church" → "Church of Scientology"; of several
        # ("North Shore" → … Community College, … Technical High School), the one the
        # story named last before this form
        before = [f for f in prefixes if f.first < form.first]
        if before:
            return max(before, key=lambda f: f.first)
        if len(prefixes) == 1:
            return prefixes[0]
        ranked = sorted(prefixes, key=lambda f: len(f.places), reverse=True)
        return ranked[0] if len(ranked[0].places) > len(ranked[1].places) else None
        # (none named before it: the one the story names most, "U.S. Marshals" → "U.S.
        # Marshals Service", written three times, not the "U.S. Marshals Task Force" of a
        # headline)
    return _national_letters(form, index) or _dateline_in_capitals(form, index) or \
        _letters_of_its_body(form, index)


#: Head words a story calls its body by after naming it ("the Institute", "the Board"), as
#: no body of its own is called ("the Senate", "Congress", "the Army" are bodies by
#: themselves).
_KIND_HEADS = frozenset("Institute Agency Administration Bureau Commission Service Foundation "
                        "Center Centre Board Office Authority Corporation Institution "
                        "Laboratory Endowment".split())


#: What a list writes between its items: "Head Start, Early Head Start, and …".
_LIST_JOINS = (", ", " and ", ", and ", " or ", ", or ", " & ")
#: A name's own letters in brackets right after it: " (TANF)", " (Tribal TANF)".
_OWN_LETTERS = re.compile(r"[^\S\n]*\(([^()\n]{1,24})\)")


def _misnamed_with_letters(form: Form, index: _Index) -> Form | None:
    """The name written first with the same letters in brackets after it and the same
    words but one: a programme's name misspelt once, its letters right."""
    letters = {m.group(1) for c in form.places if (m := _OWN_LETTERS.match(c.after))}
    if not letters or len(form.words) < 3:
        return None
    same = [f for f in index.by_first[form.words[0]] if f is not form
            and len(f.words) == len(form.words) and f.first < form.first
            and sum(a != b for a, b in zip(f.words, form.words, strict=True)) == 1
            and letters & {m.group(1) for d in f.places if (m := _OWN_LETTERS.match(d.after))}]
    return same[0] if len(same) == 1 else None


def _named_apart(short: Form, long: Form) -> bool:
    """Whether the story names a shorter name and a longer one that ends with it as two
    things: side by side in one list ("child care, Head Start, Early Head Start, and …"),
    or each with letters of its own in brackets ("Temporary Assistance for Needy Families
    (TANF) … Tribal Temporary Assistance for Needy Families (Tribal TANF)")."""
    if any(c.after.startswith(tuple(join + long.text for join in _LIST_JOINS))
           for c in short.places) or \
            any(d.after.startswith(tuple(join + short.text for join in _LIST_JOINS))
                for d in long.places):
        return True
    spelt = initials_of(short.words)
    own = {m.group(1) for c in short.places if (m := _OWN_LETTERS.match(c.after))
           and m.group(1) == spelt}
    theirs = {m.group(1) for d in long.places if (m := _OWN_LETTERS.match(d.after))}
    return bool(own) and bool(theirs) and not own & theirs  # (its own letters spell its
    # own words: not "School Infrastructure" inside "Supporting America’s School
    # Infrastructure (SASI)")


def _letters_of_its_body(form: Form, index: _Index) -> Form | None:
    """A body's head word alone, capitalised ("the Institute conducts …"), where the story
    names that body by its letters only: the letters holding the head's initial that the
    story writes most, twice as often as any other such letters ("NICHD" over "NIH"), and
    no longer name ending with the head word."""
    if len(form.words) != 1 or form.words[0] not in _KIND_HEADS:
        return None
    head = form.words[0]
    if any(len(f.words) > 1 and f.words[-1] == head for f in index.by_text.values()):
        return None
    letters = sorted(((len(f.places), f.text, f) for f in index.by_text.values()
                      if re.fullmatch(r"[A-Z]{3,6}", f.text) and head[0] in f.text[1:]
                      and not index.person(f)), key=lambda x: x[:2], reverse=True)
    if not letters or letters[0][0] < 2 or (len(letters) > 1
                                            and letters[0][0] < 2 * letters[1][0]):
        return None
    return letters[0][2]


def _dateline_in_capitals(form: Form, index: _Index) -> Form | None:
    """The body or place a dateline in capitals names, with its state after a comma and
    perhaps its country's letters before it: "U.S. AIR FORCE ACADEMY, Colo." → "Air Force
    Academy" (or "United States Air Force Academy")."""
    m = re.fullmatch(r"(U\.S\.[^\S\n]+)?([A-Z][A-Z’'.-]+(?:[^\S\n]+[A-Z][A-Z’'.-]+)*),[^\S\n]+"
                     r"[A-Z][a-z]{1,4}\.", form.text)
    if m is None:
        return None
    head = m.group(2).casefold()
    for name in ((f"united states {head}", f"u.s. {head}", head) if m.group(1) else (head,)):
        named = index.by_fold.get(name)
        if named is not None and named is not form:
            return named
    return None


def _national_letters(form: Form, index: _Index) -> Form | None:
    """The one name a country's letters and the initials of its words spell, the
    country left out of it: "USNA" → "Naval Academy", "USGS" → "Geological Survey"."""
    word = form.words[0]
    if len(form.words) != 1 or not word.isupper() or not word.isalpha() or len(word) < 4 \
            or word[:2] not in ("US", "UK"):
        return None
    named = {id(f): f for f in index.by_initials.get(word[2:], []) if 2 <= len(f.words) <= 6
             and f is not form and not index.person(f) and initials_of(f.words) == word[2:]
             and all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in f.words)}
    # (the index's lists of initials may hold one name twice, under two spellings of them)
    return next(iter(named.values())) if len(named) == 1 else None


#: What a telescope or a spacecraft is called after its name: "Hubble Space Telescope".
_CRAFT_HEADS = frozenset("Telescope Spacecraft Rover Probe Orbiter Lander".split())
#: The rest of a list of fires by their names, the kind once at its end: ", Horse Creek and
#: Pothole Fires".
_LISTED_FIRES_AFTER = re.compile(r"(?:,?[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w’'-]*"
                                 r"(?:[^\S\n]+[A-Z][\w’'-]*)*)*[^\S\n]+(?:"
                                 + "|".join(f"{head}s" for head in sorted(FIRE_HEADS))
                                 + r")\b")
#: What sets a place apart from its neighbour of the same name: "Upper Kintla Lake" is not
#: "Kintla Lake".
_NEIGHBOURS = frozenset("Upper Lower Little Big Middle Inner Outer".split())
#: Roads and streets, named for the places they lead to.
_ROUTES = frozenset("Road Rd Street St Avenue Ave Highway Hwy Drive Lane Boulevard Blvd Parkway "
                    "Pkwy Freeway Trail".split())
#: Bodies named for their field, which their own releases call by the field alone:
#: "Bureau of Reclamation" → "Reclamation".
_FIELD_BODIES = frozenset("Bureau Department Ministry Office Agency Service".split())
#: A kind of place, then "of" and its name: "the island of Maui", "the town of Paradise".
_KIND_OF_PLACE_BEFORE = re.compile(r"\b(?:island|isle|town|city|village|state|province|county|"
                                   r"region|district|borough)\s+of\s+$")
#: A town's county after it: "Selden in Suffolk County" is the town, not short for the
#: "Selden Fire District".
_IN_ITS_COUNTY_AFTER = re.compile(r"[^\S\n]+in[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+){1,3}"
                                  r"(?:County|Parish|Borough)\b")
#: Institutions named for the town they stand in: "Spruce Pine Montessori School".
_NAMED_FOR_ITS_TOWN = frozenset("School Schools College Academy University Hospital Library "
                                "Museum Church Airport Clinic Department Centre Center Hall "
                                "Station Stadium Council Coastguard".split())  # ("in
# Clydebank" is the town, not short for "Clydebank Community Centre"; "residents in Dundee
# City" the city, not short for "Dundee City Council")


#: Waters a town shares its name with, which a story shortens to the name after "the"
#: alone: "the Miramichi" is the river, "in Miramichi" the town.
_WATERS_NAMED_FOR_A_TOWN = frozenset("River Lake Creek Brook Harbour Harbor".split())


#: What a town is called with its status: "Pasay City", "the City of Iriga".
_MUNICIPAL = ("City", "Town", "Municipality")


#: The words a county's or a city's own facility puts between its place and its kind.
_JURISDICTIONS = frozenset("County City State Regional Municipal Parish".split())
#: Streets' kinds as addresses shorten them, and the compass points before them.
_STREET_WORDS = {"St.": "Street", "St": "Street", "Ave.": "Avenue", "Ave": "Avenue",
                 "Blvd.": "Boulevard", "Blvd": "Boulevard", "Rd.": "Road", "Rd": "Road",
                 "Dr.": "Drive", "Ln.": "Lane", "Pkwy.": "Parkway", "Hwy.": "Highway"}
_COMPASS_INITIALS = frozenset("N. S. E. W. N S E W NE NW SE SW".split())


#: The words for a programme after its slogan: "… Agenda", "… Plan", "… Act".
_PLAN_WORDS = frozenset("Agenda Plan Act Bill Initiative Program Programme Framework Strategy "
                        "Campaign".split())


#: What a faith's word qualifies when it names the faith, not a body of it: "Methodist
#: churches", "a Baptist minister".
_FAITH_NOUN_AFTER = re.compile(r"[^\S\n]+(?:church|churches|congregations?|ministers?|pastors?|"
                               r"faith|traditions?|denominations?|schools?|communit(?:y|ies)|"
                               r"believers|members|leaders|clergy|women|men|families)\b")


#: A form's number and the comma before its title: "Form N-400, ".
_FORM_BEFORE = re.compile(r"\bForm[^\S\n]+([A-Z0-9][\w-]*\d[\w-]*),[^\S\n]*$")
#: A Chinese given name after the surname, its syllables joined by a hyphen: "Chia-lung"
#: of "Lin Chia-lung".
_SURNAME_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")


#: A line's start, or a list item's bullet at it, right before a name.
_ITEM_START = re.compile(r"(?:^|\n)[^\S\n]*(?:[•*–-][^\S\n]*)?$")
#: A programme's heads, which a story may leave off or write in lower case.
_PROGRAMME_HEADS = frozenset("Program Programme Initiative".split())
#: Heads a programme's or a law's name keeps after its letters and its spelt-out name in
#: brackets: "the POWER (Partnerships for … Revitalization) Initiative".
_HEADS_AFTER_SPELT = frozenset("""Initiative Initiatives Program Programme Project Fund Scheme
Plan Act Campaign Network Coalition Partnership Alliance Strategy Challenge""".split())


def _spelt_between(place: Candidate, letters: str, head: str) -> bool:
    """Whether a name is written between its letters and a head, in brackets ("POWER
    (Partnerships …) Initiative"), or before its letters in brackets and the head
    ("Partnerships … (POWER) Initiative")."""
    return (place.before.endswith(f"{letters} (")
            and re.match(rf"\)[^\S\n]+{re.escape(head)}\b", place.after) is not None) or \
        re.match(rf"[^\S\n]+\({re.escape(letters)}\)[^\S\n]+{re.escape(head)}\b",
                 place.after) is not None


def _spelt_before_bracket(form: Form, letters: str, index: _Index) -> Form | None:
    """The name right before these letters in brackets whose words' first letters, its
    small words' too, hold them: "New Zealand Ministry of Defence (MOD)"."""
    for c in form.places:
        head = c.before.rstrip()
        if not head.endswith("(") or not head[:-1].strip():
            continue
        head = head[:-1].rstrip()
        for f in index.by_last.get(head.split()[-1], []):
            if f is not form and len(f.words) > 1 and head.endswith(" ".join(f.words)) and \
                    letters in "".join(w[0] for w in f.words).upper() and \
                    not index.person(f):
                return f
    return None


def _places_before(words: tuple[str, ...], know: Knowledge) -> int:
    """One when a name opens with the places it is between, which its letters leave out:
    "Taiwan-U.S." of "Taiwan-U.S. Trade and Investment Framework Agreement" ("TIFA");
    none otherwise."""
    halves = words[0].split("-")
    return 1 if len(words) > 2 and len(halves) == 2 and all(
        know.places.get(h) == "country" or h in know.country_codes for h in halves) else 0


#: The letters news writes states by before their bodies' names: "ROC Ministry of …".
_STATE_LETTERS = COUNTRY_LETTERS | frozenset("ROC PRC ROK DPRK UAE".split())


def _country_before(words: tuple[str, ...]) -> int:
    """How many of a body's first words name its country, which its letters often leave
    out: "U.S." and "ROC" (of "ROC Ministry of Foreign Affairs", "MOFA") one, "United
    States" two, none otherwise."""
    if words[0].endswith(".") or (len(words) > 2 and words[0] in _STATE_LETTERS
                                  and words[1] in ORGANISATION_HEADS):
        return 1
    return 2 if words[:2] in (("United", "States"), ("United", "Kingdom")) else 0


def _letters_of(words: tuple[str, ...]) -> str:
    """The letters a body's name is shortened to, dotted letters kept whole: "U.S.
    Geological Survey" → "USGS"."""
    return "".join(w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+", w) else w[0]
                   for w in words if w[:1].isupper())


#: The words that designate a protected place between its name and its kind: "Arctic
#: National Wildlife Refuge", "Yellowstone National Park".
_DESIGNATIONS = frozenset("National State Wildlife Historic Historical Marine Regional "
                          "Provincial Scenic Recreation Heritage".split())


def _street_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """A street's name without its compass point, its kind spelt out: "E. Knapp St." and
    "Knapp Street" are one street."""
    rest = words[1:] if len(words) > 2 and words[0] in _COMPASS_INITIALS else words
    return (*rest[:-1], _STREET_WORDS.get(rest[-1], rest[-1]))


#: What a county's name alone is written before: its people and its officials.
_COUNTY_ADJECTIVE = re.compile(r"[^\S\n]+(?:officials|residents|taxpayers|voters|deputies|"
                               r"supervisors|commissioners|leaders|authorities)\b")


def _ship_named(form: Form, index: _Index) -> Form | None:
    """The one ship whose name, without its prefix, is this form, or ends with it when the
    ship is named for a person: "Dewey" of "USS Dewey", "Washington" of "USS George
    Washington"."""
    words = form.words
    ships = [f for f in index.by_last.get(words[-1], []) if f is not form and (
        (f.words[0] in SHIP_PREFIXES and (f.words[1:] == words
                                          or (len(words) == 1 and len(f.words) >= 3)))
        or (len(words) == 1 and len(f.words) >= 2
            and any(HULL_NUMBER.match(c.after.lstrip(" ")) for c in f.places)))]
    # (and a ship known by the hull number after its name: "Lucas" of "Jack H. Lucas (DDG
    # 125)")
    return ships[0] if len(ships) == 1 else None


def _word_in_brackets(word: str, index: _Index) -> Form | None:
    """The one longer name that holds this short form in brackets."""
    if not word.isupper() or len(word) < 2:
        return None
    holding = [f for f in index.by_text.values() if f"({word})" in f.text
               and not all(re.match(r"[”\"]", c.after) for c in f.places)
               and f.words[-1] not in OBSERVANCE_HEADS]
    return holding[0] if len(holding) == 1 else None  # (not a report's title in marks:
    # "“Evaluation of … in Federal Bureau of Prisons (BOP) Institutions”" spells the bureau's
    # letters inside, not its own; nor "Asian American and Pacific Islander Heritage (AAPI)
    # Month": the letters of the people the month honours, "AAPI communities")



def _head_in_lower_case(form: Form, index: _Index) -> Form | None:
    """The one longer name that adds to this one the words its sentence goes on to write
    in lower case, perhaps in the plural and after a second name joined by "and": "PASCO
    Delhi Tikka Masala and PASCO Rajestani Jalfrezi cooking sauces" names the two products
    the records below call "PASCO Delhi Tikka Masala Cooking Sauce" and "PASCO Rajestani
    Jalfrezi Cooking Sauce"."""
    words = form.words
    if len(words) < 2:
        return None
    longer = [f for f in index.by_first.get(words[0], []) if f is not form
              and len(words) < len(f.words) <= len(words) + 3 and f.words[:len(words)] == words
              and all(w[:1].isupper() and w.isalpha() for w in f.words[len(words):])]
    for f in longer:
        plural = rf"[^\S\n]+{re.escape(' '.join(f.words[len(words):]).casefold())}s\b"
        if any(re.match(_AND_NAME + plural, c.after)
               or (re.match(plural, c.after) and re.search(r"[A-Z][^\s.,;:]*[^\S\n]+and[^\S\n]+$",
                                                          c.before))
               for c in form.places):
            return f  # (two names before one plural head; not "Peace Corps volunteers",
            # one name before its common noun)
    return None


#: A second name joined by "and" after a name, before the head they share.
_AND_NAME = r"[^\S\n]+and[^\S\n]+[A-Z][^\s.,;:]*(?:[^\S\n]+[A-Z][^\s.,;:]*)*"


def _municipal(form: Form, index: _Index) -> Form | None:
    """The longer way the story writes a town with its status: "Pasay" → "Pasay City",
    "Iriga City" → "City of Iriga" (one place, however it is written)."""
    words = form.words
    if not (len(words) == 1 or (len(words) == 2 and words[1] in _MUNICIPAL)):
        return None
    name = words[0]
    for status in _MUNICIPAL:
        for text in (f"{status} of {name}", f"{name} {status}"):
            longer = index.by_text.get(text)
            if longer is not None and longer is not form and len(longer.words) > len(words):
                return longer
    return None


def _letters_written(letters: str, index: _Index) -> bool:
    """Whether the story writes these letters as a word of their own: as a form, or beside
    a form ("CC Director John Gallin", "the CC’s Department of …")."""
    if letters in index.by_text:
        return True
    word = re.compile(rf"(?<![\w-]){re.escape(letters)}(?![\w-])")
    return any(word.search(c.before) or word.search(c.after)
               for f in index.by_text.values() for c in f.places)


def _subsequence_run(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the short words stand together, in order, inside the long ones."""
    return any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1))


def _repeat_once(initials: str) -> set[str]:
    """The name's letters with one of two same letters side by side left out: a word the
    name repeats ("Health and Health") lettered once."""
    return {initials[:k] + initials[k + 1:] for k in range(1, len(initials))
            if initials[k] == initials[k - 1]}


def _heads_before_brackets(form: Form, *, keep_places: bool = False) -> list[str | None]:
    """The words before each bracket the form stands alone in ("… Pension Plan (Idaho
    Signatory)", "… Compensation (Form BA-6)"); with ``keep_places``, one entry a place,
    None where the form is not so bracketed."""
    heads = [_before_bracket(c.before) if c.after.startswith(")") else None
             for c in form.places]
    return heads if keep_places else [h for h in heads if h is not None]


def _before_bracket(before: str) -> str | None:
    """The words before the opening bracket right before a name, when the bracket goes on
    their line: "… in House and Senate\n\n(Missouri Independent) –" glosses no Senate (a
    republished story's outlet, opening the next paragraph)."""
    head = before.rstrip()
    if not head.endswith("("):
        return None
    kept = head[:-1].rstrip()
    return None if "\n" in head[len(kept):] else kept


def _report_before_brackets(form: Form, index: _Index) -> Form | None:
    """The report whose title in marks a short name in brackets follows: "“Evaluation of
    Issues Surrounding Inmate Deaths in …” (Deaths in Custody report)"."""
    for c in form.places:
        if not (re.match(r"[^\S\n]+(?:report|review|study|audit)\)", c.after)
                and re.search(r"[”\"’'][^\S\n]*\($", c.before)):
            continue
        titled = [f for f in index.by_text.values() if f is not form and len(f.words) > len(
            form.words) and any(0 < c.start - p.end <= 4 for p in f.places)]
        if len(titled) == 1:
            return titled[0]
    return None


#: The first of two names in a bracket, before the slash ahead of the second.
_SLASHED_BEFORE = re.compile(r"\([^()/\n]{2,80}/$")
#: The second of two names in a bracket, after the slash behind the first.
_SLASHED_AFTER = re.compile(r"/[^()/\n]{2,80}\)")


def _state_before_brackets(form: Form, index: _Index) -> Form | None:
    """The state a country's usual name glosses in brackets right after its formal one,
    "the Republic of China (Taiwan)", "the Kingdom of Eswatini (Swaziland)"; a city or a
    region before the bracket ("Paris (France)") is placed by it, not renamed."""
    for c in form.places:
        head = _before_bracket(c.before)
        if head is None or not c.after.startswith(")"):
            continue
        last = head.split()[-1] if head.split() else ""
        formal = [f for f in index.by_last.get(last, []) if f is not form
                  and len(f.words) >= 3 and f.words[0] in STATE_FORMS and f.words[1] == "of"
                  and _ends_with(head, f)]
        if len(formal) == 1:
            return formal[0]
    return None


def _shares_stem(stems: set[str], form: Form) -> bool:
    """Whether a name holds one of these stems (a word's first five letters, or a body's
    letters): "Statistisk" and "Statistics", "ACLU SoCal" and "ACLU Foundation"."""
    return bool(stems & ({w[:5].casefold() for w in form.words}
                         | {w.casefold() for w in form.words}))


#: What may follow a name in its own language inside the bracket: its short name.
_SHORT_NAME_NEXT = re.compile(r",[^\S\n]+(?:abbreviated|shortened|short|or)\b")


def _named_before_brackets(form: Form, index: _Index) -> Form | None:
    """The body a second name in parentheses right after it renames: "the Central Bank of
    the Russian Federation (Bank of Russia)", or gives in its own language, sharing a
    word's stem: "University of Helsinki (Helsingin Yliopisto)". Both are bodies by their
    head words, or the stem is shared, so a party after a person ("Ann Lee (Labour)") is
    not taken for another name of hers."""
    headed = any(w in ORGANISATION_HEADS for w in form.words) or \
        any(w in FOREIGN_SMALL for w in form.words[1:])  # (or a name in its own language,
    # its small words in lower case: "French Customs (Direction générale des douanes …)")
    native = any(w[:1].islower() and w not in FOREIGN_SMALL for w in form.words[1:])
    # (a name in its own language, its words after the first in lower case: "Statistics
    # Norway (Statistisk sentralbyrå, abbreviated to SSB)", a body with no head word that
    # shares a stem with it)
    stems = {w[:5].casefold() for w in form.words if len(w) >= 5} | \
        {w.casefold() for w in form.words if len(w) >= 2 and w.isupper()}
    # (or a body's letters both hold: "ACLU Foundation of Southern California (ACLU SoCal)")
    for c in form.places:
        slashed = _SLASHED_AFTER.match(c.after) is not None or \
            _SLASHED_BEFORE.search(c.before) is not None
        head = _before_bracket(_SLASHED_BEFORE.sub("(", re.sub(r"\([Tt]he[^\S\n]+$", "(",
                                                               c.before)))
        # (and a nickname with its "The": "3d U.S. Infantry Regiment (The Old Guard)")
        if head is None or not (c.after.startswith(")") or slashed
                                or (native and _SHORT_NAME_NEXT.match(c.after))):
            continue
        last = head.split()[-1] if head.split() else ""
        named = [f for f in index.by_last.get(last, []) if f is not form and len(f.words) > 1
                 and _ends_with(head, f) and not index.person(f)
                 and ((any(w in ORGANISATION_HEADS for w in f.words)
                       and (headed or slashed or _shares_stem(stems, f)))
                      or (native and _shares_stem(stems, f)))]
        if named:  # (or one of two names in the bracket, a slash between them, the name in
            # its own language and in its own script: "Greece’s Financial Police Directorate
            # (Diéfthynsi Oikonomikís Astynomías/Διεύθυνση Οικονομικής Αστυνομίας)")
            return max(named, key=lambda f: len(f.words))
        glossed = [f for f in index.by_last.get(last, []) if f is not form
                   and len(f.words) >= 2 and len(form.words) >= 3 and _ends_with(head, f)
                   and not index.person(f) and not index.person(form)
                   and c.after.startswith(")")
                   and ((len(f.words) == len(form.words) and not _shares_stem(stems, f)
                         and any(w.casefold() in FOREIGN_SMALL
                                 or w.casefold() in _FOREIGN_PREPOSITIONS
                                 for w in f.words[1:-1]))
                        or (re.search(r"[À-ÿ]", f.text) is not None
                            and form.words[-1] in ORGANISATION_HEADS
                            and not any(w in ORGANISATION_HEADS for w in f.words)))]
        if len(glossed) == 1:
            return glossed[0]  # "Mariposas Sin Fronteras (Butterflies Without Borders)",
            # "Associação Mico-Leão-Dourado (Golden Lion Tamarin Association)": a body's
            # name in its own language, then in English
        spelt = [f for f in index.by_last.get(last, []) if f is not form
                 and len(f.words) == len(form.words) >= 2 and _ends_with(head, f)
                 and index.person(f) and Levenshtein.normalized_similarity(
                     f.text.casefold(), form.text.casefold()) >= 0.7]
        if spelt:
            return spelt[0]  # "Olga Karatch (Volha Karach)": a person's name spelt another
            # way, in brackets right after it
    return None


_BILL_NUMBER = re.compile(BILL_NUMBER)
#: What puts a bill's name right after its number: "HR 6611, the …", "H.R. 6570 - …".
_BILL_NAME_AFTER = re.compile(r",[^\S\n]*(?:the[^\S\n]+)?|[^\S\n]+[-–—][^\S\n]+")


#: A second name right after a slash: "/Little Barrier Island".
_SLASHED_NAME = re.compile(r"/([A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*)")
#: An iteration's number after a name, with its point: "24.1" of "Korea Viper 24.1" (a
#: year or a plain number is an edition's, grouped elsewhere with the name first).
_ITERATION = re.compile(r"\d{1,2}\.\d{1,2}")
#: An aircraft's registration, its country's letters and its own: "VH-NGA", "G-EUPT".
_REGISTRATION = re.compile(r"[A-Z]{1,2}-[A-Z]{3,4}")
#: A legal act's number in brackets after its name: " (2004/49/EC)".
_ACT_NUMBER_AFTER = re.compile(r"[^\S\n]*\((\d{2,4}/\d{1,4}(?:/[A-Z]{2,3})?)\)")


def _numbered_in_brackets(form: Form, index: _Index) -> Form | None:
    """The one other name that ends with the number this one has in brackets after it: a
    rule written once with its number, once with the number in brackets."""
    if len(form.words) < 2:
        return None
    for c in form.places:
        m = _ACT_NUMBER_AFTER.match(c.after)
        if m is None:
            continue
        same = [f for f in index.by_text.values() if f is not form and len(f.words) >= 2
                and f.text.endswith(f" {m.group(1)}") and f.words[-2] == form.words[-1]]
        longest = max(same, key=lambda f: len(f.words), default=None)
        if longest is not None and all(longest.text.endswith(f.text) for f in same):
            return longest  # (the name with its number, not the bare "Directive 2004/49/EC"
            # inside it)
    return None


def _bill_named(form: Form, index: _Index) -> Form | None:
    """The law a bill's number names, when the story gives its name right after the
    number ("H.R. 6570 - Protect Liberty and End Warrantless Surveillance Act"), or the
    same number as the story first spelt it ("H.R.6611" → "HR 6611")."""
    for c in form.places:
        gap = _BILL_NAME_AFTER.match(c.after)
        rest = c.after[gap.end():].rstrip() if gap is not None else ""
        if len(rest) < 8:
            continue
        named = [f for f in index.by_text.values() if f is not form
                 and any(w in LAW_HEADS for w in f.words)
                 and (f.text.startswith(rest) or rest.startswith(f.text))]
        if len(named) == 1:
            return named[0]
    for c in form.places:
        head = c.before.rstrip()
        if head.endswith("("):  # "… Appropriations Act, 2017 (P.L. 114-254)": the number
            # of the law named right before the bracket
            head = head[:-1].rstrip()
            bare = re.sub(r",?[^\S\n]+\d{4}$", "", head)
            named = [f for f in index.by_text.values() if f is not form
                     and any(w in LAW_HEADS for w in f.words)
                     and (head.endswith(f.text) or bare.endswith(f.text))]
            # (or its year inside the name: "… Reauthorization Act of 2015 (P.L. 114-110)")
            if named:
                return max(named, key=lambda f: len(f.text))
        became = re.search(rf"({BILL_NUMBER}),?[^\S\n]+which[^\S\n]+became[^\S\n]+$",
                           c.before)
        if became is not None and (bill := index.by_text.get(became.group(1))) is not None:
            return bill  # "S. 679, which became P.L. 112-166": the bill, now a law
    key = re.sub(r"\W", "", form.text).upper()
    same = [f for f in index.by_text.values() if f is not form and f.first < form.first
            and _BILL_NUMBER.fullmatch(f.text) and re.sub(r"\W", "", f.text).upper() == key]
    return min(same, key=lambda f: f.first) if same else None


def _ends_with(head: str, form: Form) -> bool:
    """Whether the text before a bracket ends with the name, as written or by its words
    ("the Los Angeles County Sheriff's Department (LASD)": its words leave the "'s" out)."""
    return head.endswith(form.text) or head.endswith(" ".join(form.words))


#: A note in brackets after a law's name, before its letters: " (as amended)".
_AMENDED_NOTE = re.compile(r"[^\S\n]*\([a-z][^()\n]{0,30}\)$")


def _spelt_before(form: Form, index: _Index) -> Form | None:
    """The name a short form in parentheses right after it abbreviates: its letters
    appear in order in the name, the first one first ("Midwest Instrument Company Inc.
    (Minco)", "National Instant Criminal Background Check System (NICS)")."""
    word = form.words[0]
    if 2 <= len(form.words) <= 3 and all(re.fullmatch(r"[A-Z][A-Za-z]{0,3}", w)
                                         and sum(ch.isupper() for ch in w) >= len(w) / 2
                                         for w in form.words):
        word = "".join(form.words)  # "European Statistics Code of Practice (ES CoP)": letters
        # written in two groups
    if not word[:1].isupper() or len(word) < 2:
        return None
    for c, head in zip(form.places, _heads_before_brackets(form, keep_places=True),
                       strict=True):
        if head is None:
            continue
        head = _AMENDED_NOTE.sub("", head)  # "… Regulations 2006 (as amended) (ROGS)": a
        # note in lower case between the name and its letters
        named = [f for f in index.by_last.get(head.split()[-1] if head.split() else "", [])
                 if f is not form and len(f.words) > 1 and (
                     _ends_with(head, f)
                     or (len(head) >= 20 and (" ".join(f.words).endswith(head.strip())
                                              or f.text.endswith(head.strip()))))]
        # (a name longer than the words kept before the bracket ends with all of them)
        for f in sorted(named, key=lambda f: -len(f.words)):
            letters = [ch for ch in word.casefold() if ch.isalpha()]
            if re.fullmatch(r"[A-Z]{2,}[a-z]", word):
                letters = letters[:-1]  # "Rapid Acceleration of Diagnostics (RADx)": the
                # capitals spell the name, one letter in lower case after them marks a
                # brand or an edition of it
            for spelt in (f.words, f.words[1:] if len(f.words) > 2
                          and f.words[0] in COUNTRY_LETTERS else None):
                # (a country's letters before a body's name are often no part of its
                # short form: "US Department of Defense (DoD)")
                if spelt is None:
                    continue
                full = "".join(ch for ch in " ".join(spelt).casefold() if ch.isalpha())
                initials = "".join("an" if w in ("&", "and") else w[0] for w in spelt
                                   if w[:1].isalpha() or w == "&").casefold()
                # ("&" and "and" may give their letter: "Meridian & Bigbee Railroad (MNBR)")
                if letters and letters[0] == full[0] and (
                        in_order(letters, initials) or (not word.isupper()
                                                         and in_order(letters, full))):
                    return f
            again = re.match(r"\)[ \t]+([\w’'-]+)", c.after)
            capitals = initials_of(f.words).casefold()
            if letters and again is not None and again.group(1) == f.words[0] and \
                    letters[0] == capitals[1:2] and in_order(letters, capitals[1:]):
                return f  # "the Coalition on Sustainable Productivity Growth … (SPG)
                # Coalition": the letters of the words after the head, the head again after
    return None


#: A common noun right after a name, whose letter its short name may keep: "(State of the
#: Nation) address".
_NOUN_AFTER_NAME = re.compile(r"[^\S\n]+([a-z])[a-z]{3,}\b")
#: What introduces another name of the same thing: "Dinitrophenol, also known as DNP",
#: "Ahmed Ali (aka Abu Omar)", "Myanmar, formerly Burma".
_KNOWN_AS = re.compile(r"(?:,\s*|\(\s*|\s)(?:(?:also|better|widely|locally|commonly|formerly|"
                       r"popularly|simply|affectionately|officially)"
                       r"\s+)?(?:known|called|referred\s+to)(?:\s+then|\s+at\s+the\s+time)?"
                       r"\s+as\s+(?:the\s+)?$|(?:,\s*|\(\s*)(?:aka|a\.k\.a\.|"
                       r"formerly)\s+$|[—–][^\S\n]*or[^\S\n]+$|"
                       r"(?:,\s*|\(\s*)(?:also|sometimes|often|commonly)\s+called\s+(?:the\s+)?$|"
                       r",\s*(?:abbreviated|shortened)\s+(?:to|as)\s+$|"
                       r",\s*(?:but\s+)?(?:you\s+(?:may|can)\s+|please\s+)?call\s+(?:me|him|her)\s+$")
# (and after a dash: "The O'Reily Open Source Convention—or OSCON, as it's now popularly
# known—"; and "called" without "as": "The Fourth Rutte cabinet, also called Rutte IV
# cabinet or Rutte IV")


def _nickname_of(form: Form, index: _Index) -> Form | None:
    """The person a nickname in quotation marks and brackets right after the name belongs
    to: "Ismael Zambada Garcia (“El Mayo”)", "Joaquín Guzmán ("El Chapo")"."""
    for c in form.places:
        opening = re.search(r"[^\S\n]*\([^\S\n]*[“\"‘']$", c.before)
        if opening is None or not re.match(r"[”\"’'][^\S\n]*\)", c.after):
            continue
        named = c.before[:opening.start()]
        owner = [f for f in index.persons if f is not form and named.endswith(f.text)]
        if owner:
            return max(owner, key=lambda f: len(f.words))
    return None


#: What follows a body's name set between commas after its letters: a verb, not the next
#: item of a list ("NASA, the European Space Agency, and JAXA").
_APPOSITION_END = re.compile(r",[^\S\n]+(?!(?:and|or|the|a|an|as|nor)\b)[a-z]")


def _apposed_body(form: Form, index: _Index) -> Form | None:
    """The body a story names between commas right after its letters, when its letters
    are another language's: "SIPREBA, the Buenos Aires Press Union, announced …"."""
    for c in form.places:
        m = re.match(r",[^\S\n]+the[^\S\n]+", c.after)
        if m is None:
            continue
        at = c.end + m.end()
        k = bisect.bisect_left(index.starts, (at, -math.inf))
        if k < len(index.starts) and index.starts[k][0] == at:
            body = index.starts[k][2]
            end = at + len(body.text)
            rest = c.after[end - c.end:]
            if body is not form and len(body.words) >= 2 and \
                    any(w in ORGANISATION_HEADS for w in body.words) and \
                    not index.person(body) and \
                    _APPOSITION_END.match(rest):
                return body
    return None


def _named_before_slash(form: Form, index: _Index, know: Knowledge) -> Form | None:
    """A body's name right before a slash, when this form is its name in another language
    after it: "the Department of Conservation/Te Papa Atawhai (Department)", "Canada Border
    Services Agency/Agence des services frontaliers du Canada". Only a body named with a
    head before the slash, and after it a name of two words or more with no head of its own
    (two bodies joined by a slash each keep theirs: "the Office of Management/Office of
    Budget"; two single names are a pair, "AT&T/Time Warner", "Labour/Green"; a person
    after an agency's name is its photographer, "PA Images/Malcolm Park"; a name in English
    opening with a people's adjective, or the last of three names between slashes, is
    another body: "MEDNAX Services/Pediatrix Medical Group/American Anesthesiology")."""
    if len(form.words) < 2 or any(w in ORGANISATION_HEADS for w in form.words) or \
            form.words[0] in know.given_names or know.is_demonym(form.words[0]):
        return None
    for c in form.places:
        if not c.before.endswith("/") or c.before.endswith(" /"):
            continue
        at = c.start - 1
        k = bisect.bisect_right(index.ends, (at, math.inf)) - 1
        if k >= 0 and index.ends[k][0] == at and index.ends[k][2] is not form:
            body = index.ends[k][2]
            if len(body.words) >= 2 and any(w in ORGANISATION_HEADS for w in body.words) and \
                    not index.person(body) and not any(
                        p.end == at and re.search(r"\S/$", p.before) for p in body.places):
                return body
    return None


def _two_languages_pair(form: Form, index: _Index) -> Form | None:
    """The name right before a slash when one of the two is in te reo Māori or in French
    and the other in English: "Milford Sound/Piopiotahi", "Whenua Hou/Codfish Island", "Te
    Wiki o Te Reo Māori / Māori Language Week", "Government of Canada / Gouvernement du
    Canada" atop a bilingual page: one place, event or body, by both its names."""
    for c in form.places:
        slash = re.search(r"[^\S\n]?/[^\S\n]?$", c.before)
        if slash is None:
            continue
        at = c.start - len(slash.group())
        k = bisect.bisect_right(index.ends, (at, math.inf)) - 1
        if k < 0 or index.ends[k][0] != at or index.ends[k][2] is form:
            continue
        other = index.ends[k][2]
        if (_in_te_reo(other.words) != _in_te_reo(form.words)
                or (len(other.words) >= 2 and len(form.words) >= 2
                    and _in_french(other.words) != _in_french(form.words))) and \
                not index.person(other) and not index.person(form):
            return other
    return None


#: French words a body's name in French holds and an English one does not.
_FRENCH_WORDS = frozenset("et du des de la le les aux au".split())


def _in_french(words: tuple[str, ...]) -> bool:
    """Whether a name is written in French: a French small word or a French accent in it
    ("Pêches et Océans Canada", "Gouvernement du Canada")."""
    return any(w in _FRENCH_WORDS for w in words) or \
        any(ch in "éèêàçôîûÉÈÊÀÇÔÎÛ" for w in words for ch in w)


#: A language's label opening a bracket after a name (its letters first, perhaps): "(NZDF;
#: Māori: ", "(Irish: ".
_LANGUAGE_GLOSS = re.compile(r"(?P<open>\()(?:[A-Z]{2,8}[;,][^\S\n]*)?(?P<language>[A-Z][^\W\d_]+)"
                             r":[^\S\n]*$")


def _glossed_in_brackets(form: Form, index: _Index, know: Knowledge) -> Form | None:
    """The name right before a bracket that gives this one as its name in a language: "the
    New Zealand Defence Force (NZDF; Māori: Te Ope Kātua o Aotearoa, …)"."""
    for c in form.places:
        gloss = _LANGUAGE_GLOSS.search(c.before)
        if gloss is None or unaccented(gloss.group("language")) not in know.languages:
            continue
        named = c.before[:gloss.start("open")].rstrip()  # (up to the name's end)
        at = c.start - len(c.before) + len(named)
        k = bisect.bisect_right(index.ends, (at, math.inf)) - 1
        if k >= 0 and index.ends[k][0] == at and index.ends[k][2] is not form and \
                not index.person(index.ends[k][2]) and len(index.ends[k][2].words) > 1:
            return index.ends[k][2]
    return None


def _building_in_brackets(form: Form, index: _Index) -> Form | None:
    """The name right before a bracket that numbers it as a building, this form: "the
    Natcher Center (Building 45)" is one building, by its name and its number."""
    if not re.fullmatch(r"Building \d{1,4}[A-Z]?", form.text):
        return None
    for c in form.places:
        if not c.before.endswith("(") or not c.after.startswith(")"):
            continue
        at = c.start - len(c.before) + len(c.before[:-1].rstrip())
        k = bisect.bisect_right(index.ends, (at, math.inf)) - 1
        if k >= 0 and index.ends[k][0] == at and index.ends[k][2] is not form and \
                not index.person(index.ends[k][2]):
            return index.ends[k][2]
    return None


def _in_te_reo(words: tuple[str, ...]) -> bool:
    """Whether every word of a name could be te reo Māori's ("Whenua Hou", "Piopiotahi")."""
    return sum(len(w) for w in words) >= 6 and \
        all(TE_REO_WORD.fullmatch(w.replace("’", "")) for w in words)


#: The kind of thing a name is, between it and the "also known as" of its other name.
_KIND_BEFORE_KNOWN_AS = re.compile(r"[^\S\n]+(?:mission|rover|spacecraft|programme|program|"
                                   r"project|system|drug|vaccine|disease|virus|law|act)$")


def _known_as(form: Form, index: _Index, seen: frozenset[int] = frozenset()) -> Form | None:
    """The name written right before "also known as" this form, if one is (``seen``: the
    forms a list of other names has already led back through)."""
    for c in form.places:
        m = ends_with_cue(_KNOWN_AS, c.before)
        if m is None:
            continue
        at = c.start - (len(c.before) - m.start())  # where the phrase starts
        copula = re.search(r"[^\S\n]+(?:is|was)$", c.before[:m.start()])
        if copula is not None and not _THIS_HEAD_IS.search(c.before[:m.start()]):
            at -= len(copula.group())  # "The United States Court of Appeals for Veterans
            # Claims is commonly referred to as the Veterans Court" (but "This Act is also
            # referred to as …" is the last act named before: below)
        kind = _KIND_BEFORE_KNOWN_AS.search(c.before[:m.start()])
        if kind is not None:
            at -= len(kind.group())  # "the Mars Science Laboratory mission, also known as
            # the Mars Curiosity rover": the kind of thing between the name and its comma
        k = bisect.bisect_right(index.ends, (at, math.inf)) - 1
        if k >= 0 and at - index.ends[k][0] <= 1 and index.ends[k][2] is not form:
            return index.ends[k][2]  # (the name ends at the comma, or a space before "(")
        named = c.before[:len(c.before) - (c.start - at)].rstrip()
        written = [f for f in index.by_text.values() if f is not form and named.endswith(
            f.text) and not named[:len(named) - len(f.text)][-1:].isalnum()]
        if written:
            return max(written, key=lambda f: len(f.text))  # "CC0 (aka CC Zero)": a name
            # the story writes right there though no form was taken at that place (a
            # licence's short name, masked as a credit's)
    for c in form.places:
        m = ends_with_cue(_KNOWN_AS, c.before)
        this = _THIS_HEAD_IS.search(c.before[:m.start()]) if m is not None else None
        if this is None or this.group(1) != form.words[-1].rstrip(","):
            continue
        named = [(end, f) for end, _, f in index.ends if end <= c.start - len(c.before)
                 + this.start() and f is not form
                 and this.group(1) in (w.rstrip(",") for w in f.words[1:])]
        if named:
            return named[-1][1]  # "… the "Labor Management Relations Act, 1947," … This Act
            # is also referred to as the Taft-Hartley Act": the last act named before
    for c in form.places:
        m = re.search(r"(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)"
                      r"(?:(?:simply|just)[^\S\n]+)?$", c.before)
        if m is None:
            continue
        at = c.start - (len(c.before) - m.start())  # where the name before ends (and "…,
        # USCAVC, or simply CAVC": the last of the other names, after "or simply")
        k = bisect.bisect_right(index.ends, (at, math.inf)) - 1
        if k >= 0 and index.ends[k][0] == at and index.ends[k][2] is not form:
            previous = index.ends[k][2]
            if id(previous) not in seen and \
                    any(p.end == at and p.start < c.start for p in previous.places) and \
                    (named := _known_as(previous, index, seen | {id(form)})) is not None and \
                    named is not form:
                return named  # "Myanmar (also known as Burma and Brahmadesh)": a second
                # other name, listed after the first (or a third: "… as the Veterans Court,
                # USCAVC, or simply CAVC")
    return None


#: "This Act is", "This agency was" before "also known as": the thing named last before.
_THIS_HEAD_IS = re.compile(r"\b[Tt]his[^\S\n]+([A-Z][a-z]+)[^\S\n]+(?:is|was|has[^\S\n]+been)$")
#: The kind of periodical a story names before or after its title: "the journal Science",
#: "Science magazine".
_PERIODICAL_BEFORE = re.compile(r"\b(?:journal|magazine|newspaper|weekly|daily)\s+$")
_PERIODICAL_AFTER = re.compile(r"[^\S\n]+(?:journal|magazine|newspaper)\b")


def _named_whole(words: tuple[str, ...]) -> bool:
    """Whether the words are a body's whole name by its head and its field after "of" or
    "for" ("National Institutes of Health", "Department of Defense"), no short form of a
    longer name that adds a head of its own after them."""
    return len(words) >= 3 and any(
        (words[k] in ORGANISATION_HEADS or words[k].removesuffix("s") in ORGANISATION_HEADS)
        and words[k + 1] in ("of", "for") for k in range(len(words) - 2))


def _periodical(form: Form) -> bool:
    """A title the story calls a journal or a magazine: a periodical of its own, not short
    for a longer name it opens ("Science" is no "Science News")."""
    return any(_PERIODICAL_BEFORE.search(c.before) or _PERIODICAL_AFTER.match(c.after)
               for c in form.places)


#: What a prize is called after its namesake's surname: "Burke Awards", "Nobel Prize".
_PRIZE_WORDS = frozenset("Award Awards Prize Prizes Medal Medals".split())
#: Heads a story may write in small letters after a name it also writes in full.
_HEADS_WRITTEN_SMALL = frozenset("Policy Programme Program Scheme Plan Act Bill Strategy Project "
                                 "Initiative Mission Campaign Fund".split())
#: Heads a body's letters end with, which stand alone for it: "the Commission" (the SEC).
_LETTERED_HEADS = frozenset("Commission Agency Bureau Board Council Committee Department "
                            "Authority Corporation Service".split())
#: The heads of federal sites and plants named after the town they are in: "Oak Ridge
#: Reservation", "Rocky Flats Plant".
_FACILITIES_OF_A_TOWN = frozenset("Reservation Laboratory Plant Arsenal Depot Site".split())
#: The heads of what a body publishes or runs under its letters: "NIH MedlinePlus
#: Magazine", "the 2019 NIH Combined Federal Campaign".
_BODYS_OWN_HEADS = frozenset("Magazine Journal Almanac Quarterly Review Podcast Campaign Recorder "
                             "Gazette".split())
#: What a body's own feed or newsletter adds to its name: "Department of … News".
_PUBLICATION_TAILS = frozenset("News Newsletter Bulletin Digest Today Blog".split())
#: Heads of natural features a story also names without them: "Petermann Glacier".
_FEATURE_HEADS = frozenset("Glacier River Volcano Mountains Peninsula Reef Canyon Creek Falls "
                           "Desert Delta Fjord".split())
#: Bodies whose committees, caucuses and units carry their name first.
_PARENT_BODIES = frozenset("Senate House Congress Parliament Legislature Army Navy".split())
#: The kinds of things a name's letters often leave out: "MRAP" (vehicles).
_GENERIC_TAILS = frozenset("Vehicle Vehicles System Systems Device Devices Missile Missiles "
                           "Vessel Vessels".split())
#: The bodies that govern or advise an organisation, named after it: "… Editorial Board",
#: "… Advisory Committee".
#: Words a headline or a listing shortens, as the story spells them elsewhere.
_SHORT_WORDS = {"Govt": "Government", "Govt.": "Government", "Gov't": "Government",
                "Dept": "Department", "Dept.": "Department", "Div.": "Division",
                "Assn": "Association",
                "Assn.": "Association", "Intl": "International", "Int'l": "International",
                "Univ.": "University", "Natl": "National", "Nat'l": "National",
                "Stats": "Statistics"}
_GOVERNING_PARTS = frozenset("Board Boards Committee Committees Council Panel Caucus "
                             "Subcommittee Commission".split())  # ("the JCPOA Commission": the
# agreement's joint body, no long form of "the JCPOA")
#: Words for a district after the place a body of it is named for: "Fiordland District
#: Office", "Waikato Regional Council".
_AREA_WORDS = frozenset("District Regional Region County Provincial Municipal Metropolitan "
                        "Area".split())
#: Heads of buildings named after the body they house.
_BUILDINGS = frozenset("Building Buildings Tower Headquarters Stadium Arena Museum".split())


#: The words that open what a work's title is about or for, before a name inside it: "21
#: Questions for Donald Trump", "Parliament and the First World War".
_OBJECT_OPENERS = frozenset(("for", "of", "on", "about", "with", "by", "to", "and", "vs.", "v.",
                             "in", "from"))


def _word_before(words: tuple[str, ...] | list[str]) -> str | None:
    """The last of these words that is not "the": the word a shorter name follows inside a
    longer one ("of" in "Treaty on Functioning of the EU")."""
    return next((w for w in reversed(words) if w != "the"), None)


def _of_a_body(before: tuple[str, ...]) -> bool:
    """The words before a short form inside a longer name end "<head> of/for (the)": the
    short form names something else the body belongs to or serves ("Congress" of "Library
    of Congress", "National Archives" of "Foundation for the National Archives")."""
    words = before[:-1] if before and before[-1] == "the" else before
    return len(words) >= 2 and (
        (words[-1] in ("of", "for") and words[-2] in ORGANISATION_HEADS)
        or (words[-1] == "to" and words[-2] in ("Report", "Reports")))
    # (and "Annual Report to Congress": whom a report is made to)


#: A name, then its letters and "or" in brackets, right before another short form: "Farm
#: Credit System (FCS or " before "System)".
_OR_SHORT_FORM_BEFORE = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:[^\S\n]+(?:of|for|and|the|"
                                   r"[A-Z][\w’'-]*)){1,8})[^\S\n]*\([A-Z]{2,8}[^\S\n]+or"
                                   r"[^\S\n]+$")
#: Words a body's name drops in its short form: "West Virginia (National) Guard".
_INSERTED = frozenset("National State Federal".split())
#: The words after a body's name that say it is not yet permanent: "STAR Delta Provisional".
_INTERIM = frozenset(("Provisional", "Interim"))


#: A site's address by its name and top-level domain: "WagingNonviolence.org".
_SITE = re.compile(r"(?:www\.)?(?P<name>[A-Za-z][\w-]*)\.(?:org|com|net|edu|gov|info|news|"
                   r"io|co\.uk|org\.uk|ac\.uk|com\.au|org\.au)")


#: A capital inside a word, after a small letter: "KwaZulu-Natal" (not "IRS.gov").
_CAMEL = re.compile(r"[a-z][A-Z]")


def _blended(word: str, index: _Index) -> list[Form]:
    """The names a blend of their words' first syllables spells: "CatComm" (Catalytic
    Communities), "FinCom" (Finance Committee), "IndyStar" (The Indianapolis Star: a
    word whole, and a short form in "-y"), "SpOC" (Space Operations Command: syllables and
    letters mixed), each capital opening the start of a word."""
    parts = re.findall(r"[A-Z][a-z]*", word)
    if len(parts) < 2 or "".join(parts) != word:
        return []
    return [f for f in index.by_text.values()
            if len(capitals := [w for k, w in enumerate(f.words) if w[:1].isupper()
                                and (k or w != "The")]) == len(parts)
            and len(f.words) - len(capitals) <= 1 and not index.person(f)
            and all(_opens(p, w) for w, p in zip(capitals, parts, strict=True))
            and any(len(w) > len(p) for w, p in zip(capitals, parts, strict=True))]


def _opens(part: str, word: str) -> bool:
    """Whether a blend's part opens a name's word: its first letters, the whole word, or
    its first letters and a "-y" ("Indy" of "Indianapolis", "Philly")."""
    part, word = part.casefold(), word.casefold()
    return word.startswith(part) or (
        len(part) >= 4 and part.endswith("y") and word.startswith(part[:-1])
        and len(word) > len(part))


#: The regions a firm's arm is named for after the firm: "Lee Enterprises Midwest".
_REGIONS_OF_A_FIRM = frozenset("Midwest Northeast Southeast Southwest Northwest Northern "
                               "Southern Eastern Western".split())
#: A party's members clipped, as headlines and columns write them: "Dems".
_CLIPPED_PARTIES = {"Dems": "Democrats", "Dem": "Democrat", "Repubs": "Republicans"}


def _tagged(form: Form) -> bool:
    """Whether a form is only ever written as a hashtag or a handle ("#NCNewsline")."""
    return all(c.before.endswith(("#", "@")) for c in form.places)


def _squashed(text: str) -> str:
    """The letters of a name, without its spaces, hyphens, dots and commas, in one case:
    "Fair Play" and "Fairplay", "WASHINGTON, D.C." and "Washington DC" alike."""
    return re.sub(r"[\s.,-]+", "", text).casefold()


#: A plural noun after a place's name, its people's: "El Paso voters", "Denver residents".
_PEOPLE_AFTER = re.compile(r"[^\S\n]+([a-z]+?)e?s\b")
#: The sides of a county or a state, as words before its name: "Western Panola County".
_COMPASS_SIDES = frozenset("Western Eastern Northern Southern Central Northwest Northeast "
                           "Southwest Southeast Northwestern Northeastern Southwestern "
                           "Southeastern".split())


def _plain(text: str) -> str:
    """The text without accents, in lower case, one apostrophe, a space for a hyphen, a
    company's suffix spelt out and any other legal form left out: "Limón" and "Limon" are
    one spelling, "Biofriendly Corp." and "Biofriendly Corporation" one name, "Region 09"
    and "Region 9" one unit, so are "Grenda Group LLC" and "Grenda Group", "Brite Business,
    S.A." and "Brite Business S.A."."""
    plain = unaccented(text.casefold()).replace("’", "'").replace("-", " ")  # "Xi’an",
    # "Xi'an"; "Juarez-Lincoln Bridge", "Juarez Lincoln Bridge"
    plain = re.sub(r"(?<![\w.,])0+(?=\d)", "", plain)  # "Region 09", "Region 9": a label's
    # number written with its leading zero
    if re.fullmatch(r"[^,]+, [a-z.]{2,5}", plain):
        plain = plain.replace(", ", " ")  # "Washington, DC" and "Washington DC"
    head, _, last = plain.rpartition(" ")
    if not head:
        return plain
    if last in _SUFFIXES:
        return f"{head.removesuffix(',')} {_SUFFIXES[last]}"
    return head.removesuffix(",") if last in _LEGAL_FORMS else plain


_SUFFIXES = {"corp.": "corporation", "corp": "corporation", "co.": "company",
             "inc.": "incorporated", "inc": "incorporated", "ltd.": "limited",
             "ltd": "limited"}


_LEGAL_FORMS = frozenset(form.casefold() for form in COMPANY_FORMS) - set(_SUFFIXES) - {"ag"}


def _syllables_of(letters: str, words: tuple[str, ...]) -> bool:
    """Whether ``letters`` are the words' first letters or syllables, every capitalised word
    giving a piece in turn and one piece longer than a letter: "MARAD" is MARitime
    ADministration, "CENTCOM" CENTral COMmand."""
    heads = [w.casefold() for w in words if w[:1].isupper()]
    letters = letters.casefold()

    def split(rest: str, k: int, longer: bool) -> bool:
        if k == len(heads):
            return not rest and longer
        return any(rest[:n] == heads[k][:n] and split(rest[n:], k + 1, longer or n > 1)
                   for n in range(1, min(len(rest), len(heads[k])) + 1))
    return len(heads) >= 2 and split(letters, 0, False)


def _clipped_blend(word: str, words: tuple[str, ...], fewest: int = 3) -> bool:
    """Whether a word is a blend of a name's words' first syllables, two letters or more
    from each, in turn, from its first capitalised word to its last, one word between
    them left out at most: "Comfrel" (COMmittee for FRee and Fair ELections), "Ofsted"
    (OFfice for STandards in EDucation)."""
    heads = [w.casefold() for k, w in enumerate(words) if w[:1].isupper()
             and (k or w != "The") and w.isalpha()]
    word = word.casefold()

    def split(rest: str, k: int, skipped: int) -> bool:
        if not rest:
            return k == len(heads)
        if k == len(heads):
            return False
        return any(rest[:n] == heads[k][:n] and split(rest[n:], k + 1, skipped)
                   for n in range(2, min(len(rest), len(heads[k])) + 1)) or (
            0 < k < len(heads) - 1 and skipped == 0 and split(rest, k + 1, 1))
    return len(heads) >= fewest and split(word, 0, 0)


def _same_stem(adjective: str, country: str) -> bool:
    """Whether a people's adjective is its country's ("Pakistani", "Pakistan"; "Afghan",
    "Afghanistan"; "Iranian", "Iran"): the two share their first four letters or more, all
    of the shorter but its last letter."""
    shared = next((k for k, (a, b) in enumerate(zip(adjective, country, strict=False))
                   if a != b),
                  min(len(adjective), len(country)))
    return shared >= 4 and shared >= min(len(adjective), len(country)) - 1


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``long`` holds every word of ``short`` in order (a middle name more)."""
    rest = iter(long)
    return all(word in rest for word in short)


def _written(form: Form, index: _Index) -> int:
    """How many times the story writes a body's name or its letters."""
    letters = index.by_text.get(initials_of(form.words))
    return len(form.places) + (len(letters.places) if letters is not None
                               and letters is not form else 0)


def _surname_count(index: _Index, surname: str) -> int:
    """How many times the story writes a name ending with this word."""
    return sum(len(f.places) for f in index.by_last.get(surname, []))


def _misspelt(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same words but one, and that one a small misspelling ("Jokela", "Joleka")."""
    if len(a) != len(b) or len(a) < 2:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if len(x) < len(y):
        x, y = y, x
    if len(y) == 1 and y.isupper() and x == y + ".":
        return True  # "Steny H Hoyer" for "Steny H. Hoyer": an initial without its dot
    if ORDINAL.fullmatch(x) and ORDINAL.fullmatch(y) and x.rstrip("dhnrst") == y.rstrip("dhnrst"):
        return True  # "3d U.S. Infantry Regiment" for "3rd …": the Army's own short ordinal
    if len(y) >= 5 and y.isalpha() and any(x[k] == x[k + 1] and x[:k] + x[k + 1:] == y
                           for k in range(len(x) - 1)):
        return True  # "Klinsman" for "Klinsmann": a doubled letter written once
    if len(a) >= 4 and len(y) >= 4 and (x == y + "s" or x == y + "al"):
        return True  # "Marine Corp Air Station Cherry Point": a long name, one word's "s"
        # left off (or its noun made an adjective: "National Center for Educational
        # Statistics" for "… Education Statistics")
    if min(len(x), len(y)) >= 6 and x[0] == y[0] and x.isalpha() and y.isalpha() and \
            x[1:].islower() and y[1:].islower() and Levenshtein.distance(x, y) == 1:
        return True  # "Evarisate Ndayishimiye" for "Evariste Ndayishimiye": a long word
        # with one letter added, dropped or mistyped
    if (x == a[-1] or y == a[-1]) and len(x) == len(y) >= 5 and x[1:] == y[1:] and \
            x[1:].islower() and x.isalpha() and y.isalpha() and x[0].isupper() and \
            y[0].isupper():
        return True  # "Richard Weech" for "Richard Veech": the same given name, a long
        # surname's first letter mistyped
    return min(len(x), len(y)) >= 5 and x[0] == y[0] and \
        Levenshtein.distance(x, y) <= 2 and sorted(x) == sorted(y)


#: An abbreviation written with dots ("U.S.", "D.C."), whose letters all count in an
#: acronym of the name it opens.
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def looks_personal(form: Form, know: Knowledge) -> bool:
    kind, _ = type_of([form], know)
    return kind == "person"
