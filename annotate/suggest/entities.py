"""From the names found to suggested entities: one per real entity, typed, with aliases.

Surface forms of one entity are grouped: a surname alone or after a title ("Kargbo",
"President Koroma") joins the one full name that ends with it, a first name alone joins
the one full name that starts with it, "NHS" joins "National Health Service" (its
initials), "the Church" joins "Church of Scientology", "Supreme Court" joins "Philippine
Supreme Court", "Liberal Democrat" joins "Liberal Democrats".

Each entity's type is the strongest evidence found for it, and the evidence is kept so
the suggestion can say why ("a country", "given name 'Hillary'", "said Baird"):

1. the shape of the name: an organisation's head word (Council, Party, PAC, News…), an
   event's (Summit, Convention, Cup…), a place's (Street, County, River…), a work's
   (Act, Report…); an acronym; "the film …" before it;
2. the gazetteer: countries, regions, continents, cities;
3. a person's marks: a known given name, a title or honorific before it, initials
   ("John F. Kerry"), a speech verb beside it ("said Baird"), a particle ("bin");
4. the words around it: "in Durham", "the town of Jiegu";
5. failing all that, two or three words are a person's name, one word or four an
   organisation's.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .knowledge import PEOPLE_ADJECTIVES, Knowledge, unaccented
from .lexicon import (
    AU_STATE_CODES,
    COMPANY_FORMS,
    CONNECTORS_BASE,
    DESIGNATION,
    EVENT_HEADS,
    FUNCTION_WORDS,
    HOLIDAYS,
    NOBLE_TITLES,
    ORGANISATION_HEADS,
    OTHER_HEADS,
    PERSON_NOUNS,
    PHONE_LABELS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    POSTAL_CODES,
    STATE_ABBREVIATIONS,
    WORK_HEADS,
)
from .results import EntitySuggestion
from .tokens import Candidate, _lower_case_words

_SPEECH = r"(?:said|says|say|told|tells|added|adds|wrote|writes|tweeted|posted|explained|" \
          r"asked|asks|stated|replied|recalled|noted|insisted|argued|warned|continued|" \
          r"agreed|admitted|acknowledged|announced|claimed|confirmed|denied|responded)"
_SPEECH_AFTER = re.compile(rf"^[\s,]*(?:has |had |also |later |then |previously )?{_SPEECH}\b")
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH}|according to)\s+$")
_OFF_BEFORE = re.compile(r"\boff\s+(?:the\s+)?(?:coast\s+of\s+)?$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|across|throughout|outside|inside|into|off|"
                           r"town of|city of|village of|state of|province of|county of|"
                           r"(?:north|south|east|west)[\w-]* of|capital,?)\s+(?:the\s+)?$")
_WORK_BEFORE = re.compile(r"\b(?:film|movie|book|novel|song|album|play|opera|poem|journal|"
                          r"text|textbook|"
                          r"painting|series|show|documentary|programme|program|musical|"
                          r"memoir|podcast|report|study|paper|magazine article|"
                          r"(?:performance|production|staging|screening|premiere|reading) of"
                          r"(?:\s+The)?),?\s+$", re.I)
_GROUP_BEFORE = re.compile(r"\b(?:group|collective|network|movement|organisation|"
                           r"organization|company|firm|party|union|band|team|newspaper|"
                           r"daily|broadcaster|website|platform|app|channel|station|"
                           r"publisher|outlet|agency|charity|retailer|airline|carrier|"
                           r"label|studio|brand|startup|start-up|club)s?\s+$", re.I)
#: What a vehicle or craft is called after its name: "Falcon 9 rocket", "Dragon
#: spacecraft", "Endurance ship".
_CRAFT = (r"(?:rocket|spacecraft|capsule|shuttle|satellite|rover|probe|telescope|ship|vessel|"
          r"boat|ferry|yacht|submarine|aircraft|plane|jet|airliner|helicopter|drone|train|"
          r"locomotive|tanker|freighter|trawler|barge|tugboat|sailboat|cutter|warship|"
          r"destroyer|frigate|flagship|wreck)s?")
#: ... or after a few words that describe it: "Horten Liberian-flagged tanker ship".
_CRAFT_AFTER = re.compile(rf"^\s+(?:(?:[a-z\d][\w]*-[\w]+|[A-Z][a-z]+-[a-z]\w*|"  # (not "GOES-U")
                          rf"cargo|container|fishing|diving|rowing|"
                          rf"research|patrol|cruise|passenger|commercial|motor|naval|oil|"
                          rf"chemical|gas|supply|survey|merchant|private|tanker)\s+){{0,2}}"
                          rf"{_CRAFT}\b(?!\s+(?:ramps?|launch|docks?|yards?|house|shows?|"
                          rf"races?|trips?|tours?|builders?|stations?|terminals?|clubs?|"
                          rf"services?|company|lines?|makers?|industry|programs?|engines?|"
                          rf"parts|tickets?|images?|data|photos?|pictures?|imagery|footage|"
                          rf"observations?)\b)")  # ("NASA satellite images": the agency's)
#: What a vehicle or craft is called before its name: "the commercial diving boat John
#: Jack", "The motor vessel Seamount" (not "… Dragon spacecraft, John P. Holdren").
_CRAFT_BEFORE = re.compile(rf"\b{_CRAFT}(?:,\s+the|\s+(?:the)?)\s*$", re.IGNORECASE)
# ("their sailboat, the Sea Nymph")
#: Prefixes of ships' names: "USS Enterprise", "Coast Guard Cutter Juniper".
_SHIP_PREFIXES = frozenset("USS HMS USNS USCGC HMCS HMAS HMNZS INS MV MS RV SS RMS".split())
_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?\s*(?:--|—|–)")
_ORG_AFTER = re.compile(r"^\s+(?:news (?:service|agency)|newspaper|magazine|broadcaster|court|"
                        r"network|agency|company|corporation|group|party|union|charity|"
                        r"organi[sz]ation)\b")
_GROUP_AFTER = re.compile(r"^\s+(?:man|woman|men|women|people|peoples|tribe|elders|family|"
                          r"community|communities|refugees|migrants|minority|minorities|"
                          r"villagers|tribesmen)\b")
_EVENT_AFTER = re.compile(r"^\s+(?:parade|festival|event|celebrations?|march|rally|concert|"
                          r"tournament|summit|games|ceremony|conference|election|massacre|"
                          r"attacks?|bombings?|earthquake|disaster|uprising|riots?|shooting|"
                          r"floods?|crisis|war|trials?|mission)\b")
#: A person's marks after a single name: "Dandhy posted his comments", "Sargsyan, who".
_PERSON_AFTER = re.compile(r"^(?:,\s+who\b|\s+\w+(?:ed|s)\s+(?:his|her)\b|\s+and\s+(?:his|her)\s+"
                           r"(?:\w+\s+){0,2}(?:children|wife|husband|son|daughter|family|"
                           r"mother|father|partner|brother|sister)\b)")
_SUBJECT_AFTER = re.compile(r"^\s+(?:has|is|was|says|does)\b")
_PLACE_FIRST = frozenset("Mount Mt. Lake Port Fort Cape Isle Point Glen Gulf Bay Strait Sea "
                         "Sea River Lake".split())
_NAMED_AS_PLACE = re.compile(r"\b(?:town|towns|city|cities|village|villages|province|county|"
                             r"state|region|district|riding|ward|constituency|borough|parish|"
                             r"community|municipality|commune|neighbou?rhood|island)"
                             r" of\s+$|\b(?:place|town|village|area|site|spot)\s+(?:called|named"
                             r"|known\s+as)\s+$")  # ("at a place called Awarua Te Riu o Puanga")
#: The Earth and the bodies news names like places: "on Earth", "to Mars".
_BODIES = frozenset("Earth Moon Sun Mercury Mars Venus Jupiter Saturn Neptune Uranus "
                    "Pluto Europa Io Ganymede Callisto Titan Enceladus Triton Phobos "
                    "Deimos".split())
#: A form of state before "of": "Republic of Macedonia", "Kingdom of Bahrain" name
#: places; "State of Palestine", "Union of the Comoros" do when a known place follows.
_STATES = frozenset("Republic Kingdom Principality Sultanate Emirate Duchy".split())
_STATE_FORMS = _STATES | frozenset("Commonwealth Federation State Union".split())
#: Words a treaty's name puts after its kind: "Convention Against Torture", "Treaty of
#: Versailles", "Protocol on …".
_TREATY = re.compile(r"(?:Convention|Covenant|Treaty|Protocol|Charter) (?:[Oo]n|[Aa]gainst|"
                     r"[Ff]or|[Rr]elating|[Tt]o)\b|(?:Treaty|Protocol|Charter|Covenant) of\b")
#: A person described right after the name: "Solo Rajaonson, another local journalist,".
#: Nouns an apposition gives a product by: "Coco Loko, a “snortable” chocolate powder".
_PRODUCT_NOUNS = frozenset("drug medicine medication vaccine drink beverage powder product "
                           "device app application software game car vehicle phone insulin "
                           "pill tablet supplement treatment therapy brand cigarette".split())
#: Agencies named "… Survey", unlike the surveys they and others conduct.
_SURVEYING_BODIES = frozenset("Geological Ordnance Hydrographic Topographical Geodetic".split())
#: What the word after a name makes of it: a gene, a protein, a virus, a disease.
_OTHER_AFTER = re.compile(r"[”\"’']?\s+(?:genes?|proteins?|receptors?|enzymes?|mutations?|"
                          r"antibod(?:y|ies)|virus|viruses|disease|syndrome|pandemic|"
                          r"strain|variant)\b")
#: Nouns an apposition, or the noun right after the name, gives a work by: "Dispatches, a
#: newsletter", "the Big Story newsletter", "Serial, a podcast".
_WORK_NOUNS = "newsletter|podcast|documentary|docuseries|novel|memoir|album|miniseries|sitcom"
_WORK_AFTER = re.compile(rf"(?:,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}?|\s+)(?:{_WORK_NOUNS})"
                         r"(?=\s*(?:[.,;:)]|$)|\s+(?:to|and|that|which|is|was|for|from|on|by|"
                         r"with|about)\b)")
#: A drug's generic name in parentheses after its brand: "Trulance (plecanatide)".
_GENERIC_AFTER = re.compile(r"^\s+\([a-z][a-z -]{1,40}(?:ide|ine|mab|nib|vir|pril|olol|azole|"
                            r"statin|cillin|mycin|sone|lone|pam|parin|cept|ase|injection|"
                            r"tablets?|capsules?|vaccine)\)")  # (not "Joe Mihevc (incumbent)")
#: What a reserve that is land, not a bank, is for: "Kakataibo Indigenous Reserve".
_LAND_RESERVES = frozenset("Indigenous Nature Wildlife Game Forest Biosphere Marine Natural "
                           "Ecological Tribal Reservation".split())
#: What an event's name may end with and still be the event: "World Cup Finals".
_EVENT_STAGES = frozenset("Championship Championships Final Finals Tournament Games".split())
#: Places known by a number: "Ward 21", "Precinct 4", "Interstate 95".
_NUMBERED_PLACES = frozenset("Ward Precinct Zone Sector Interstate Route Highway Exit Gate "
                             "Terminal Platform Pad".split())
#: The common noun right before a name: "activist Evgeny Zhovtis", "his wife, Awatif …".
_NOUN_BEFORE = re.compile(r"(?<![\w-])([a-z]+),?\s+$")
_DESCRIBED_AFTER = re.compile(r"^,\s+(?:a|an|another|the|one|our|his|her|their)\s+"
                              r"(?:[\w’'“”\"-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)"
                              r"(?=\s*(?:,|\.|;|$|\s(?:who|that|which|at|of|for|with|in|from|"
                              r"and)\b))")
#: A person's role in an apposition right after the name: ", a professor of law and
#: politics at …" → "professor of law and politics".
_APPOSITIVE = re.compile(r"^,\s+(?:a|an|the)\s+(?P<role>[a-z][\w-]*(?:\s+(?:of|for|and|"
                         r"[a-z][\w-]*)){0,5}?)(?=\s*(?:,|\.|;|$)|\s+(?:who|at|from|in|with)\b)")
_STATE_AFTER = re.compile(r"^,\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?![\w’'])(?![’']s)")
_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western "
                     "Upper Lower Greater Inner Outer Northwest Northeast Southwest Southeast "
                     "Midwest SE NE SW NW".split())
#: A telephone number after a name: the press contacts at the end of a release
#: ("For more information: Mina Andreeva – Tel.: +32 …", "Media contact: Ann Lee, phone …").
_CONTACT_AFTER = re.compile(rf"^\s*[–—-]?,?\s*(?:{'|'.join(sorted(PHONE_LABELS))})\b\.?:?",
                            re.IGNORECASE)
#: A speaker's label that opens a turn of a transcript: "Paul Fulton (Moderator): …".
_TURN_LABEL = re.compile(r"^(?: \([^)\n]{1,30}\))?:\s")
#: Heads of the units and sites an agency runs: "NOAA Center for Weather and Climate
#: Prediction", "NIH Clinical Center" are the agency's, not the agency.
_UNITS = frozenset("Center Centre Laboratory Laboratories Lab Labs Office Institute Facility "
                   "Station Division Branch Bureau Campus".split())
#: A house number before a street's name, at the start of a line or after a comma.
_HOUSE_NUMBER = re.compile(r"(?:^|\n|,\s|\b(?:at|on)\s)\d{1,6}[A-Z]?\s+(?:\d+(?:st|nd|rd|th)\s+)?$")
_STREETS = frozenset("Street Road Avenue Drive Lane Boulevard Court Way Place Terrace Parkway "
                     "Highway Pike".split())
#: Regions of the world the gazetteer does not list as one place: "the Americas".
#: Craft news names like vehicles: "Geostationary Operational Environmental Satellite".
_CRAFT_HEADS = frozenset("Satellite Spacecraft Telescope Rover Lander Probe Orbiter Capsule "
                         "Rocket".split())
_OCEANS = frozenset("Pacific Atlantic Arctic Indian Antarctic Mediterranean Caribbean "
                    "Baltic".split())


@dataclass
class _Form:
    text: str
    words: tuple[str, ...]
    places: list[Candidate]

    @property
    def first(self) -> int:
        return min(c.start for c in self.places)


def suggest_entities(candidates: list[Candidate], know: Knowledge, text: str = "",
                     ) -> tuple[list[EntitySuggestion], list[str]]:
    """Entities in order of first appearance, and the adjectives that are not entities."""
    adjectives: list[str] = []
    forms: dict[str, _Form] = {}
    for c in candidates:
        for word in c.adjectives:
            if word not in adjectives:
                adjectives.append(word)
        if c.hint == "adjective":
            continue
        if len(c.words) == 1 and (know.is_demonym(c.words[0])
                                  or c.words[0] in PEOPLE_ADJECTIVES) \
                and not _people_named(c, know):
            if c.words[0] not in adjectives:
                adjectives.append(c.words[0])
            continue
        forms.setdefault(c.text, _Form(c.text, c.words, [])).places.append(c)
    _drop_unsupported_initials(forms, know, text)
    _drop_ambiguous_surnames(forms, know)
    clusters = _group(forms, know)
    out = [_entity(cluster, know) for cluster in clusters]
    out.sort(key=lambda e: e.start)
    return out, adjectives


def _people_named(c: Candidate, know: Knowledge) -> bool:
    """'the Rohingya fled', 'the Uyghurs', 'Māori have responded', 'by Māori for Māori': a
    people named as such, not an adjective."""
    word = c.words[0]
    if c.after[:1] in ("-", "‐"):
        return False  # "the Miami-area group home": the name made an adjective
    ends = _PEOPLE_DO.match(c.after) is not None or _PEOPLE_END.match(c.after) is not None
    if c.before.endswith(("the ", "The ")) and (word in know.peoples or
                                               know.demonym_plural(word)) \
            and not re.match(r"^\s+[A-Z]", c.after) and (ends or not know.is_demonym(word)):
        return True  # (not "a Dutch farm … the Dutch company": an adjective)
    if not (know.is_demonym(word) or word in know.peoples or know.demonym_plural(word)):
        return False
    return _PEOPLE_DO.match(c.after) is not None or (
        _ends(_PEOPLE_AFTER_PREPOSITION, c.before) is not None and ends)


#: What follows a people named as the subject: "Māori have responded", "Kurds say".
_PEOPLE_DO = re.compile(r"^\s+(?:have|are|were|say|said|will|would|can|could|need|want|"
                        r"who|live|lived|make|made|remain|continue|fled|voted)\b")
_PEOPLE_AFTER_PREPOSITION = re.compile(r"\b(?:by|for|among|with|to|from)\s+$")
_PEOPLE_END = re.compile(r"^(?:\s+(?:for|and|to|in|who)\b|[,.;:!?)”’])")


#: What a treaty is called after the city it was signed in: "the Istanbul Convention".
_TREATIES = frozenset(("Convention", "Conventions", "Treaty", "Protocol", "Accord", "Accords"))
#: The people a movement is made of, after its name: "Extinction Rebellion protesters".
_MEMBERS_AFTER = re.compile(r"\s+(?:protesters|activists|members|supporters|organi[sz]ers)\b")
#: What opens a source credited in parentheses after an item: "… Guam. (CNN)", "(AFP via
#: Dawn)".
_CREDITED = re.compile(r"(?:[.!?”\"]\s*\(|\(\s*[A-Z][\w.&’' ]{0,30}\s+via\s+)$")
#: What closes a source credited in parentheses after an item: "(Reuters)", "(AFP via …)".
_CREDIT_AFTER = re.compile(r"\)|\s+via\s")


def _drop_unsupported_initials(forms: dict[str, _Form], know: Knowledge, text: str) -> None:
    """A single word that only ever starts a sentence needs other evidence to be a name."""
    words_elsewhere = {w for f in forms.values() if len(f.words) > 1 for w in f.words}
    for key in list(forms):
        form = forms[key]
        if not all(c.initial for c in form.places):
            continue
        word = form.words[0]
        if word.casefold() in _lower_case_words(text) and not know.big_place(word):
            del forms[key]  # "Officials also say…", "Police officers …" (a Polish town)
            continue
        if word in words_elsewhere or word.rstrip("s") in words_elsewhere:
            continue
        if know.big_place(word) or word in know.country_codes:
            continue
        if any(_SPEECH_AFTER.match(c.after) or _SUBJECT_AFTER.match(c.after)
               or _ORG_AFTER.match(c.after) for c in form.places):
            continue  # "Kargbo said", "Wikinews has learned"
        if any(c.before.endswith("(") and _CREDIT_AFTER.match(c.after) for c in form.places):
            continue  # "… near Guam. (Reuters)", "(AFP via Barron's)": the item's source
        if any(ch.isupper() for ch in word[1:]) and not word.isupper():
            continue  # "YouTube", "DotAsia": capitals inside a word mark a name
        if len(word) > 1 and word.isupper():
            continue  # an acronym
        if know.demonym_plural(word):
            continue  # "Muslims in Texas marched"
        if word in know.given_names and any(
                re.match(r"^\s+(?:and|&)\s+[A-Z][\w’'-]+\s+[A-Z]", c.after) for c in form.places):
            continue  # "Evelyn and Joseph Djoumessi": a couple sharing a surname
        if any(c.possessive and re.match(r"^\s+[A-Z]", c.after) for c in form.places):
            continue  # "Labour’s Shadow Home Secretary …": it holds a role
        del forms[key]


def _drop_ambiguous_surnames(forms: dict[str, _Form], know: Knowledge) -> None:
    """'Hancock' when the story names Jordan Hancock and Michael B. Hancock: the surname
    alone is either of them, not a third entity."""
    persons = [f for f in forms.values() if len(f.words) > 1 and _looks_personal(f, know)]
    for key in list(forms):
        form = forms[key]
        if len(form.words) == 1 and sum(1 for p in persons if p.words[-1] == form.words[0]) > 1:
            del forms[key]


def _group(forms: dict[str, _Form], know: Knowledge) -> list[list[_Form]]:
    """Clusters of forms naming one entity; the first form of each is the fullest."""
    # longest first; of equal length, the more often written first, so that a misspelling
    # ("Paravarandeh" once, "Parvarandeh" four times) finds its name already placed
    by_len = sorted(forms.values(), key=lambda f: (-len(f.words), f.text.isupper(),
                                                   -len(f.places), f.first))
    index = _Index(by_len, [f for f in by_len if len(f.words) >= 2 and
                            _looks_personal(f, know)])
    owner: dict[str, int] = {}
    clusters: list[list[_Form]] = []
    for form in by_len:
        target = _target(form, index, know)
        if target is None or target.text not in owner:
            owner[form.text] = len(clusters)
            clusters.append([form])
        else:
            owner[form.text] = owner[target.text]
            clusters[owner[target.text]].append(form)
    return clusters


#: The article that opens many Arabic surnames, which a story may drop: "Omar al-Bashir"
#: … "Bashir’s removal".
_ARABIC_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l)-(?=[A-Z])")


class _Index:
    """The forms by first word, last word and initials: each short form looks up the
    few longer forms it can belong to instead of scanning them all."""

    def __init__(self, forms: list[_Form], persons: list[_Form]) -> None:
        self.persons = persons
        self.person_set = {id(f) for f in persons}
        self.by_first: dict[str, list[_Form]] = defaultdict(list)
        self.by_last: dict[str, list[_Form]] = defaultdict(list)
        self.by_initials: dict[str, list[_Form]] = defaultdict(list)
        self.by_text = {f.text: f for f in forms}
        self.by_fold = {f.text.casefold(): f for f in forms if not f.text.isupper()}
        self.ends = sorted((c.end, i, f) for i, f in enumerate(forms) for c in f.places)
        self.by_plain: dict[str, _Form] = {}
        for f in forms:  # the first of each spelling, accents or none ("Limón", "Limon")
            self.by_plain.setdefault(_plain(f.text), f)
        self.by_first_two: dict[str, list[_Form]] = defaultdict(list)
        for f in forms:
            if len(f.words) == 1:
                self.by_first_two[f.words[0][:2]].append(f)
        for f in forms:
            self.by_first[f.words[0]].append(f)
            self.by_last[f.words[-1]].append(f)
            article = _ARABIC_ARTICLE.match(f.words[-1])
            if article and len(f.words) > 1:
                self.by_last[f.words[-1][article.end():]].append(f)  # "Bashir": "al-Bashir"
            self.by_initials[_initials(f.words)].append(f)
            with_small = "".join(w[0].upper() for w in f.words if w not in ("the", "and", "&"))
            if with_small != _initials(f.words):
                self.by_initials[with_small].append(f)  # "VOA": Voice of America
            hyphenated = _initials(tuple(p for w in f.words for p in w.split("-") if p))
            if hyphenated != _initials(f.words):
                self.by_initials[hyphenated].append(f)  # "DBRA": Davis-Bacon and Related Acts
            dotted = "".join(w.replace(".", "") if _DOTTED.fullmatch(w) else w[0]
                             for w in f.words if w[:1].isupper())
            if dotted != _initials(f.words):
                self.by_initials[dotted].append(f)  # "USCP": U.S. Capitol Police
            if len(f.words) > 2 and f.words[0].endswith("."):
                # "U.S. Consumer Product Safety Commission (CPSC)"
                self.by_initials["*" + _initials(f.words[1:])].append(f)

    def person(self, form: _Form) -> bool:
        return id(form) in self.person_set


def _target(form: _Form, index: _Index, know: Knowledge) -> _Form | None:
    """The longer form this one is a short form of, when there is exactly one."""
    words = form.words
    n = len(words)
    known_as = _known_as(form, index)
    if known_as is not None:
        return known_as  # "2,4 Dinitrophenol, also known as DNP"
    plain = index.by_plain.get(_plain(form.text))
    if plain is not None and plain is not form:
        return plain  # "Ada Limon" → "Ada Limón": one name, written without its accent
    if form.text.isupper() and len(form.text) > 3:
        same = index.by_fold.get(form.text.casefold())
        if same is not None and same is not form:
            return same  # "LONDON," or "GULF SHORES, AL" of a dateline → "London", …
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
            national = [f for f in index.by_last[words[0]]
                        if f.text.endswith(f" {words[1]} of {words[0]}")]
            if len(national) == 1:
                return national[0]  # "Justice Department" → "U.S. Department of Justice"
    if n >= 2 and words[-1].isdigit() and all(w.endswith(".") for w in words[:-1]):
        spelt = [f for f in index.by_last[words[-1]] if len(f.words) == n and f is not form
                 and all(f.words[k].startswith(words[k][:-1]) for k in range(n - 1))]
        if len(spelt) == 1:
            return spelt[0]  # "H. Res. 555" → "House Resolution 555"
    if n >= 2 and re.fullmatch(r"(?:[A-Z]\.){2,3}", words[0]):
        letters = words[0].replace(".", "")
        spelt = [f for f in index.by_last[words[-1]] if len(f.words) == n - 1 + len(letters)
                 and f.words[len(letters):] == words[1:]
                 and _initials(f.words[:len(letters)]) == letters]
        if len(spelt) == 1:
            return spelt[0]  # "L.A. Times" → "Los Angeles Times"
    if n == 2 and words[0].isupper() and 2 <= len(words[0]) <= 4 and words[1][:1].isupper():
        spelt = [f for f in index.by_last[words[1]] if len(f.words) > 2
                 and _initials(f.words[:-1]) == words[0]]
        if len(spelt) == 1:
            return spelt[0]  # "DR Congo" → "Democratic Republic of Congo"
    if n == 2 and words[0][:1].isdigit() and words[1].isupper() and len(words[1]) >= 2:
        units = [f for f in index.by_first[words[0]] if len(f.words) > 2
                 and f.words[1][0] == words[1][0] and f.words[-1][0] == words[1][-1]]
        if len(units) == 1:
            return units[0]  # "181st MFTB" → "181st Multifunctional Training Brigade"
    if n == 2 and index.person(form):
        turned = index.by_text.get(f"{words[1]} {words[0]}")
        if turned is not None and index.person(turned):
            return turned  # "Mishustin Mikhail", a list's surname first → "Mikhail Mishustin"
    if n > 1:
        folded = tuple(w.casefold() for w in words)
        tails = [f for f in index.persons if len(f.words) > n
                 and tuple(w.casefold() for w in f.words[-n:]) == folded]
        if len(tails) == 1:
            return tails[0]  # "De Lima" → "Leila de Lima"
        close = [f for f in index.by_first[words[0]] if f is not form and len(f.words) == n
                 and _misspelt(f.words, words)] + \
                [f for f in index.by_last[words[-1]] if f is not form and len(f.words) == n
                 and f.words[0] != words[0] and _misspelt(f.words, words)]
        if len(close) == 1:
            return close[0]  # "Joleka High School" → "Jokela High School"
        parent = [f for f in index.by_last[words[-1]] if len(f.words) == n + 1
                  and f.words[1:] == words and f.words[0].isupper() and len(f.words[0]) >= 2]
        if len(parent) == 1 and words[-1] in ORGANISATION_HEADS:
            return parent[0]  # "Genomics Core" → "CCR Genomics Core": its body's letters
        if n >= 3 or index.person(form):
            fuller = [f for f in index.by_first[words[0]] if len(f.words) > n
                      and f.words[-1] == words[-1] and _subsequence(words, f.words)
                      and "and" not in f.words and words[-1] not in ORGANISATION_HEADS]
            # (not "Laboratory of Genetics" → "Laboratory of Cancer Biology and Genetics",
            # another laboratory; not "Community Advisory Council" → "Community Depository
            # Institutions Advisory Council", another council)
            if len(fuller) == 1:  # "Sidi Ould Cheikh Abdallahi" → "Sidi Mohamed Ould …"
                return fuller[0]
    if n >= 2 and any(w in ORGANISATION_HEADS for w in words):
        outer = _named_before_brackets(form, index)
        if outer is not None:
            return outer  # "Central Bank of the Russian Federation (Bank of Russia)"
    if n == 2 and words[0] == "New" and words[1].isupper() and words[1] in index.by_text:
        short = index.by_text[words[1]]  # "the New PAC": the programme's new round, one name
        return _target(short, index, know) or short
    if n == 1 and words[0] in ORGANISATION_HEADS:
        longer = [f for f in index.by_first[words[0]] if len(f.words) > 2
                  and f.words[1] in ("of", "for")]
        if len(longer) == 1:
            return longer[0]  # "the Government" → "Government of the Russian Federation"
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
        matches = [f for f in index.by_last[word] if index.person(f)]
        if not matches and not any(index.person(f) for f in index.by_first[word]):
            inner = [f for f in index.persons if len(f.words) >= 4 and word in f.words[1:-1]
                     and word not in know.particles]
            if len(inner) == 1:
                return inner[0]  # "Lula" → "Luiz Inácio Lula da Silva"
        if len(matches) == 1 and not (know.places.get(word) == "country"
                                      and word not in know.surnames):
            return matches[0]  # (not "France" → "Électricité de France")
        numbered = [f for f in index.by_first_two.get(word[:2], [])
                    if re.fullmatch(re.escape(word) + r"-\d+", f.words[0])]
        if word.isupper() and len(numbered) == 1:
            return numbered[0]  # "COVID" → "COVID-19"
        if len(word) >= 7:
            close = [f for f in index.by_first_two.get(word[:2], []) if len(f.words) == 1
                     and f is not form and Levenshtein.distance(f.words[0], word) == 1
                     and len(f.places) >= len(form.places)]
            if len(close) == 1:
                return close[0]  # "Wikleaks" → "Wikileaks"
        named_for = [f for f in index.by_text.values() if 3 <= len(f.words) <= 4
                     and f.words[1] == word and f.words[0] in know.given_names
                     and f.words[-1] in ORGANISATION_HEADS and not index.person(f)]
        if not matches and len(named_for) == 1:
            return named_for[0]  # "Disney" → "Walt Disney Company", named for its founder
        if not matches:
            firsts = [f for f in index.by_first[word] if index.person(f)
                      and f.words[-1] not in ORGANISATION_HEADS]  # (not "Juncker Commission")
            firsts = [f for f in firsts if not any(  # one person, with and without a
                g is not f and len(g.words) > len(f.words) and g.words[-1] == f.words[-1]
                and _subsequence(f.words, g.words) for g in firsts)]  # middle name
            if len(firsts) == 1 and (word not in know.places or word in know.given_names
                                     or not know.big_place(word)):
                return firsts[0]
        if re.fullmatch(r"[A-Z]+(?:-[A-Z]+)+", word):  # "U-N", "UNI-CEF", spelt to be read
            spelt_out = [f for f in index.by_initials[word.replace("-", "")]
                         if len(f.words) > 1]
            if len(spelt_out) == 1:
                return spelt_out[0]
        mixed = 2 <= len(word) <= 8 and word.isalpha() and word[0].isupper() and \
            sum(ch.isupper() for ch in word) >= 2 and not word.isupper()
        if (len(word) >= 2 and word.replace(".", "").isupper()) or mixed:
            letters = word.replace(".", "").upper()  # ("CoE": Council of Europe)
            expanded = [f for f in index.by_initials[letters] if len(f.words) > 1] or \
                [f for f in index.by_initials.get(f"*{letters}", []) if len(f.words) > 1]
            if len(expanded) == 1 and not ("." in word and word in know.country_codes):
                return expanded[0]  # (but "U.S." is a country, not the "Uzbek Service")
            for c in form.places:  # "the Communist Party of Greece (KKE)": its own letters
                head = c.before.rstrip()
                bracket = head.endswith("(")
                if (bracket or head.endswith(" or")) and head[:-2].strip():
                    head = head[:-1].rstrip() if bracket else head[:-3].rstrip().rstrip(",")
                    # ("Tokyo Electric Power Company, or TEPCO")
                    named = [f for f in index.by_last[head.split()[-1]]
                             if f is not form and len(f.words) > 1
                             and head.endswith(" ".join(f.words))
                             and ((bracket and word not in know.country_codes
                                   and word.replace(".", "").isupper()
                                   and not ("-" in word and index.person(f)))
                                  or (letters[0] == f.words[0][0] and _in_order(
                                      list(letters.casefold()),
                                      "".join(f.words).casefold())))]
                    # (the letters in order, as "TEPCO" spells Tokyo Electric POwer COmpany;
                    # but "André Fufuca (PP-MA)" gives a deputy's party and state)
                    if named:  # ("… Group of Experts on Immunization or SAGE"; but "The
                        # Diplomat (U.S.)" is where the paper is)
                        return max(named, key=lambda f: len(f.words))
            country = index.by_text.get(know.country_codes.get(word, ""))
            if country is not None and len(country.words) > 1:
                return country
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
        fuller = [f for f in index.by_text.values() if len(f.words) > n and (
            know.country_codes.get(f.text) == country
            or (f.text == country and know.places.get(f.text) == "country"))]
        if fuller:
            return max(fuller, key=lambda f: len(f.words))
    if n == 1:
        state = [f for f in index.by_last[words[0]] if len(f.words) == 3
                 and f.words[1] == "of" and f.words[0] in _STATE_FORMS]
        if len(state) == 1:
            return state[0]  # "Alaska" → "the State of Alaska", "Korea" → "Republic of …"
    if n == 1 and know.places.get(words[0]) == "country":
        mine = know.country_codes.get(words[0], words[0])
        official = [f for f in index.by_text.values() if len(f.words) > 1
                    and know.places.get(f.text) == "country"
                    and know.country_codes.get(f.text, f.text) in (words[0], mine)]
        if official:  # "France" joins "French Republic" (named after it: see _entity)
            return min(official, key=lambda f: f.first)
    if n == 2 and words[-1].endswith("s") and words[-1][:-1] in ORGANISATION_HEADS:
        singular = [f for f in index.by_first[words[0]] if len(f.words) > 2
                    and f.words[-1] == words[-1][:-1]]
        if len(singular) == 1:  # "the Albanese and Minns Governments" → "Minns Labor
            return singular[0]  # Government": one of the heads "and" shares
    plural = index.by_text.get(" ".join((*words[:-1], words[-1] + "s")))
    if plural is not None and plural is not form and len(plural.words) == n:
        return plural  # "Liberal Democrat" → "Liberal Democrats"
    if n > 1 and words[-1].endswith("s"):  # … and the other way round, whichever is first
        singular = index.by_text.get(" ".join((*words[:-1], words[-1][:-1])))
        if singular is not None and singular is not form:
            return singular
    suffixes = [f for f in index.by_last[words[-1]] if len(f.words) > n
                and f.words[-n:] == words and not index.person(f)
                and not (f.words[-n - 1] == "of" and len(f.words) > n + 1
                         and f.words[-n - 2] in ORGANISATION_HEADS)
                # (not "Congress" → "Library of Congress"; but "Macedonia" → "Republic of …")
                and " ".join(words) not in know.places]  # "Samoa" ≠ "American Samoa"
    if len(suffixes) > 1:  # "Commission": the European Commission, not the Juncker one
        suffixes = [f for f in suffixes if not any(
            (other := index.by_text.get(w)) is not None and (index.person(other) or any(
                c.role or c.honorific for c in other.places))
            for w in f.words[:-n])] or suffixes
    if len(suffixes) == 1:
        return suffixes[0]  # "Supreme Court" → "Philippine Supreme Court"
    if not index.person(form) and not know.big_place(" ".join(words)) and \
            not words[0].isupper() and \
            not any(_in_state_or_country(c, know) or "," in c.text for c in form.places):
        # (not "UNESCO", a body, for its "UNESCO World Heritage Site"; not "Pecos, NM")
        longer_place = [f for f in index.by_first[words[0]] if f.words[:n] == words
                        and len(f.words) >= n + (1 if n >= 2 else 2)
                        and f.words[-1] in PLACE_HEADS]
        if len(longer_place) == 1:
            # "Sáttítla’s fate" → "Sáttítla Highlands National Monument", "Samaná Norte"
            # → "Samaná Norte River" (but "Lincoln" is no short "Lincoln Memorial")
            return longer_place[0]
    prefixes = [f for f in index.by_first[words[0]] if len(f.words) > n
                and f.words[:n] == words and not words[0].isdigit()  # ("2020 Census")
                and words[-1] not in WORK_HEADS  # (a survey is no short form of its office)
                and (f.words[-1] in ORGANISATION_HEADS or f.words[n] == "of"
                     or (n > 1 and len(f.words) == n + 1 and words[-1] in EVENT_HEADS
                         and f.words[-1] in _EVENT_STAGES)  # "World Cup Finals"
                     or (f.words[n] == "for" and words[-1] in ORGANISATION_HEADS))
                and know.places.get(" ".join(words), "city") == "city"
                and not (n == 1 and (know.big_place(words[0]) or words[0] in AU_STATE_CODES
                                     or words[0] in know.country_codes))  # "UK Government"
                and not any(_in_state_or_country(c, know) for c in form.places)
                and not any(c.role or c.honorific for c in form.places)  # "President
                # Juncker" is a person, not short for "the Juncker Commission"
                and not (n == 1 and len(words[0]) >= 2 and words[0].isupper()
                         and f.words[1] in _UNITS)  # "NOAA" is the agency, not short for
                # the "NOAA Center for …" it runs (but "VOA" is "VOA News", "WDR" "WDR
                # Technology Corp")
                and not know.is_demonym(words[-1])
                and not (n > 1 and words[-1] in ORGANISATION_HEADS
                         and f.words[n] not in ("for", "of"))  # "United Nations" (but
                # "the NOAA Center" → "NOAA Center for Weather and Climate Prediction")
                and not (n > 1 and words[-1] in PLACE_HEADS)  # "International Space Station"
                and not (words[-1] not in EVENT_HEADS and any(
                    re.search(r"\b(?:in|at|near)\s+the\s+$", c.before)
                    for c in form.places))]  # "in the West Midlands" (not "in the World Cup")
    if prefixes:
        # "Labour" → "Labour Party", "Church" → "Church of Scientology"; of several
        # ("North Shore" → … Community College, … Technical High School), the one the
        # story named last before this form
        before = [f for f in prefixes if f.first < form.first]
        return max(before, key=lambda f: f.first) if before else \
            (prefixes[0] if len(prefixes) == 1 else None)
    return None


#: Words for "son of" or "daughter of" inside Arabic, Hebrew, Somali… names.
_PATRONYMIC = frozenset(("ould", "wuld", "bin", "ibn", "bint", "ben", "bat", "ould-"))


def _named_before_brackets(form: _Form, index: _Index) -> _Form | None:
    """The body a second name in parentheses right after it renames: "the Central Bank of
    the Russian Federation (Bank of Russia)". Both are bodies by their head words, so a
    party after a person ("Ann Lee (Labour)") is not taken for another name of hers."""
    for c in form.places:
        head = c.before.rstrip()
        if not head.endswith("(") or not c.after.startswith(")"):
            continue
        head = head[:-1].rstrip()
        last = head.split()[-1] if head.split() else ""
        named = [f for f in index.by_last.get(last, []) if f is not form and len(f.words) > 1
                 and head.endswith(" ".join(f.words)) and not index.person(f)
                 and any(w in ORGANISATION_HEADS for w in f.words)]
        if named:
            return max(named, key=lambda f: len(f.words))
    return None


def _spelt_before(form: _Form, index: _Index) -> _Form | None:
    """The name a short form in parentheses right after it abbreviates: its letters
    appear in order in the name, the first one first ("Midwest Instrument Company Inc.
    (Minco)", "National Instant Criminal Background Check System (NICS)")."""
    word = form.words[0]
    if not word[:1].isupper() or len(word) < 2:
        return None
    for c in form.places:
        head = c.before.rstrip()
        if not head.endswith("(") or not c.after.startswith(")"):
            continue
        head = head[:-1].rstrip()
        named = [f for f in index.by_last.get(head.split()[-1] if head.split() else "", [])
                 if f is not form and len(f.words) > 1 and head.endswith(" ".join(f.words))]
        for f in sorted(named, key=lambda f: -len(f.words)):
            letters = [ch for ch in word.casefold() if ch.isalpha()]
            full = "".join(ch for ch in f.text.casefold() if ch.isalpha())
            initials = "".join(w[0] for w in f.words if w[:1].isalpha()).casefold()
            if letters and letters[0] == full[0] and (
                    _in_order(letters, initials) or (not word.isupper()
                                                     and _in_order(letters, full))):
                return f
    return None


#: What introduces another name of the same thing: "Dinitrophenol, also known as DNP",
#: "Ahmed Ali (aka Abu Omar)", "Myanmar, formerly Burma".
_KNOWN_AS = re.compile(r"(?:,\s*|\(\s*|\s)(?:(?:also|better|widely|locally|commonly|formerly)"
                       r"\s+)?(?:known|called|referred\s+to)\s+as\s+$|(?:,\s*|\(\s*)(?:aka|a\.k\.a\.|"
                       r"formerly)\s+$")


def _known_as(form: _Form, index: _Index) -> _Form | None:
    """The name written right before "also known as" this form, if one is."""
    for c in form.places:
        m = _ends(_KNOWN_AS, c.before)
        if m is None:
            continue
        at = c.start - (len(c.before) - m.start())  # where the phrase starts
        k = bisect.bisect_right(index.ends, (at, math.inf)) - 1
        if k >= 0 and at - index.ends[k][0] <= 1 and index.ends[k][2] is not form:
            return index.ends[k][2]  # (the name ends at the comma, or a space before "(")
    return None


def _plain(text: str) -> str:
    """The text without accents, in lower case, one apostrophe, a company's suffix spelt
    out and any other legal form left out: "Limón" and "Limon" are one spelling,
    "Biofriendly Corp." and "Biofriendly Corporation" one name, so are "Grenda Group LLC"
    and "Grenda Group", "Brite Business, S.A." and "Brite Business S.A."."""
    plain = unaccented(text.casefold()).replace("’", "'")  # "Xi’an", "Xi'an"
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


def _in_order(letters: list[str], text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in letters)


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``long`` holds every word of ``short`` in order (a middle name more)."""
    rest = iter(long)
    return all(word in rest for word in short)


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
    if len(y) >= 5 and y.isalpha() and any(x[k] == x[k + 1] and x[:k] + x[k + 1:] == y
                           for k in range(len(x) - 1)):
        return True  # "Klinsman" for "Klinsmann": a doubled letter written once
    return min(len(x), len(y)) >= 5 and x[0] == y[0] and \
        Levenshtein.distance(x, y) <= 2 and sorted(x) == sorted(y)


def _in_state_or_country(c: Candidate, know: Knowledge) -> bool:
    """'Sebring, Ohio,' 'Neerlandia, Alberta': a name, a comma, a state or country (not
    'Jade Rabbit, China’s first rover')."""
    m = _STATE_AFTER.match(c.after)
    if m is None:
        return False
    name = m.group(1).split(". ")[0]  # ("Florida. Others came": the sentence ends)
    return know.places.get(name.removesuffix("."), "") in ("country", "region") or (
        name.endswith(".") and name[:-1] in STATE_ABBREVIATIONS) or (  # "Alachua, Florida."
        name in POSTAL_CODES)  # "Quilcene, WA"


#: An abbreviation written with dots ("U.S.", "D.C."), whose letters all count in an
#: acronym of the name it opens.
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _looks_personal(form: _Form, know: Knowledge) -> bool:
    kind, _ = _type_of([form], know)
    return kind == "person"


def _entity(cluster: list[_Form], know: Knowledge) -> EntitySuggestion:
    main = cluster[0]
    common = next((f for f in cluster[1:] if _common_name_of(f, main, know)), None)
    if common is not None:  # a country by its common name: "France", not "French Republic"
        cluster = [common, *(f for f in cluster if f is not common)]
        main = common
    kind, evidence = _type_of(cluster, know)
    places = sorted((c.start, c.end) for f in cluster for c in f.places)
    role = next((c.role for f in cluster for c in f.places if c.role), None)
    if role is None and kind == "person":  # "İştar Gözaydın, a professor of law and …"
        role = next((m.group("role") for f in cluster for c in f.places
                     if (m := _APPOSITIVE.match(c.after))), None)
    aliases = [f.text for f in sorted(cluster[1:], key=lambda f: f.first)]
    name = main.text
    if name.startswith("The ") and len(main.words) > 2:
        name = name[4:]
    return EntitySuggestion(name=name, type=kind, evidence=evidence, aliases=aliases,
                            role=role, start=places[0][0], count=len(places),
                            forms={f.text for f in cluster}, places=places)


def _common_name_of(form: _Form, main: _Form, know: Knowledge) -> bool:
    """Whether ``form`` is the one-word common name of the country ``main`` names
    officially ("Russia" for "Russian Federation", "France" for "French Republic")."""
    if know.country_codes.get(main.text) == form.text:
        return True
    canonical = know.country_codes.get(main.text, main.text)
    return len(form.words) == 1 and know.places.get(form.text) == "country" and \
        know.country_codes.get(form.text, form.text) in (canonical, main.text)


def _ends(cue: re.Pattern[str], before: str) -> re.Match[str] | None:
    """A cue that ends right before the name ("the town of ", "said "), searched in the
    last words only: each cue is a few words, and trying its alternatives at every one
    of the 80 characters before every mention cost a tenth of the engine's time."""
    return cue.search(before, max(0, len(before.rstrip()) - 50))


#: A line giving a meeting's date, its venue and its city: "January 21, 2020, Government
#: House, Moscow".
_DATE_LINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)"
                               r",? \d{4},[^\S\n]+(?:The[^\S\n]+)?$")
_DATE_LINE_AFTER = re.compile(r",[^\S\n]+[A-Z][^,\n]{1,40}[^\S\n]*(?:\n|$)")


def _type_of(cluster: list[_Form], know: Knowledge) -> tuple[str, str]:
    """The type the strongest evidence gives, and that evidence in words."""
    main = cluster[0]
    words = main.words
    text = main.text
    places = [c for f in cluster for c in f.places]
    last = words[-2] if len(words) > 1 and (re.search(r" #\d+$", text) or (
        re.fullmatch(r"1[6-9]\d\d|20\d\d", words[-1]) and words[-2] in WORK_HEADS)) \
        else words[-1]
    # ("Electrical Workers Local Union #55": a numbered branch; "… Bill 2020": a law's year)
    hints = {c.hint for c in places if c.hint}
    honoured = any(c.honorific for c in places)  # "Mr. McCARTHY", "Mr. DURBIN"
    named_as_place = any(_ends(_NAMED_AS_PLACE, c.before) for c in places)
    if any(_ends(_WORK_BEFORE, c.before) for c in places):
        return "work", "named as a work ('the film …')"
    if "work" in hints:
        if any(re.search(r"\bevents?\s+$", c.before) for c in places):
            return "event", "an event's title in quotation marks ('a special event “…”')"
        return "work", "a title in quotation marks"
    if re.fullmatch(r"\d{4} Census", text):
        return "event", "a census named by its year ('the 2020 Census')"
    if " v. " in text:
        return "other", "a court case, its parties joined by 'v.' ('Roe v. Wade')"
    if text.isupper() and len(words) >= 3 and words[-1] in ("ACT", "BILL"):
        return "work", "a bill's title in capitals ('BUILD BACK BETTER ACT')"
    if any(_OTHER_AFTER.match(c.after) for c in places) and "organisation" not in hints:
        return "other", "a gene, a virus or a disease ('the NF2 gene', 'Parkinson disease')"
    if any(c.text.split(",")[0].isupper() and (not c.before or c.before.endswith("\n"))
           and _DATELINE_AFTER.match(c.after) for c in places):
        return "place", "a dateline"  # "FORT IRWIN, Calif. –", "BOSTON —"
    if any(_CREDITED.search(c.before) and c.after.startswith(")") for c in places):
        return "organisation", "a source credited after the item ('(AFP via Dawn)')"
    if any(_DATE_LINE_BEFORE.search(c.before) and _DATE_LINE_AFTER.match(c.after)
           for c in places):
        return "place", "where a meeting was held, between its date and its city"
        # "January 21, 2020, Government House, Moscow", "…, The Kremlin, Moscow"
    state = text.rpartition(", ")[2] if ", " in text else text
    if (state.endswith(".") and state[:-1] in STATE_ABBREVIATIONS) or \
            (", " in text and state == "DC"):
        return "place", "a state's abbreviation"  # "Calif.", "St. Charles, Mo."
    if (words[0] in _SHIP_PREFIXES and len(words) > 1) or "Cutter" in words[:-1] or \
            any(_ends(_CRAFT_BEFORE, c.before) for c in places):
        return "other", "named as a vessel or craft ('the motor vessel …')"
    if DESIGNATION.fullmatch(words[0]):
        return "other", "a model designation, as aircraft and vehicles are named"
    craft = None
    if text not in know.country_codes:  # (not "the UK’s flagship … scheme")
        craft = next((m for c in places if not c.possessive  # (not "Lavrov’s plane")
                      and (m := _CRAFT_AFTER.match(c.after))
                      and not m.group().rstrip().endswith("s")), None)
    if craft is not None and last not in ORGANISATION_HEADS:
        return "other", f"'{craft.group().strip()}' after it, as vehicles are named"
    street = last in _STREETS or (len(words) > 2 and words[-2] in _STREETS
                                  and last in _COMPASS)  # "12th Avenue North"
    if street and len(words) > 1 and any(_HOUSE_NUMBER.search(c.before) for c in places):
        return "place", "a street in an address ('5830 University Research Court')"
    if "species" in hints:
        return "other", "a species' Latin name ('a species of palm, Aiphanes argos')"
    if "law" in hints:
        return "work", "a legal act by its number ('Regulation (EU) No …')"
    if "place" in hints:
        return "place", "listed with places of its kind ('the counties of …')"
    if "event" in hints:
        return "event", "named under its kind in the plural ('Hurricanes Iota and Eta')"
    if len(words) >= 3 and words[-1].rstrip(".") in ("Jr", "Sr") and \
            words[0] in know.given_names:
        return "person", "a given name, and 'Jr.' after the name"
    if len(words) > 1 and any(_CONTACT_AFTER.match(c.after) for c in places):
        return "person", "a press contact, before a telephone number"
    if last in COMPANY_FORMS or ("organisation" in hints and not any(
            know.places.get(f.text) == "country" for f in cluster)):
        # ("President of the Russian Federation …" … "Russia": a country, as it is named)
        return "organisation", f"'{last}' ends company names" if last in COMPANY_FORMS \
            else "named as an organisation after a title"
    if len(words) > 2 and words[0] == "Government" and words[1] == "of":
        return "organisation", "'Government of …' names a state's government"
    state = next((k for k, w in enumerate(words[:-2]) if w in _STATE_FORMS
                  and words[k + 1] == "of"), None)
    if state is not None:
        rest = " ".join(words[state + 2:])
        rest = rest[4:] if rest.startswith("the ") else rest
        if words[state] in _STATES or rest in know.places or rest in know.country_codes:
            return "place", f"'{words[state]} of …' names a state"
    if _TREATY.search(text):
        return "work", "named as a treaty ('Convention on …')"
    if last in ("Programs", "Programmes") or re.search(r"\bProgram(?:me)? on\b", text) or (
            last not in ORGANISATION_HEADS
            and any(re.match(r"\s+(?:program(?:me)?s?|initiatives?)\b", c.after)
                    for c in places)):
        return "other", "a programme of work ('… Program on Falls'), not a body"
    if last in ("Reserve", "Reserves") and len(words) > 1 and words[-2] in _LAND_RESERVES:
        return "place", f"'{words[-2]} {last}' names a protected area"
    if last in ORGANISATION_HEADS or (len(words) > 2 and words[0] in ORGANISATION_HEADS
                                      and words[1] == "of"):
        head = last if last in ORGANISATION_HEADS else words[0]
        return "organisation", f"'{head}' names organisations"
    joint = next((k for k, w in enumerate(words) if k > 0 and w in ("of", "for", "on")), None)
    if joint is not None:  # "High Council of State", "… Headquarters for … of War": the
        head = words[joint - 1]  # head is the word before "of"
        for heads, kind in ((ORGANISATION_HEADS, "organisation"), (EVENT_HEADS, "event"),
                            (PLACE_HEADS, "place"), (WORK_HEADS, "work")):
            if head.rstrip(".") in heads:
                return kind, f"'{head}' names {kind}s"
    if len(words) == 2 and words[1] in _TREATIES and know.places.get(words[0]):
        return "work", f"a treaty named for the place it was signed ('{text}')"
    if last in EVENT_HEADS and any(_MEMBERS_AFTER.match(c.after) for c in places):
        return "organisation", "a movement with protesters or members ('Extinction " \
            "Rebellion protesters')"
    if last in EVENT_HEADS or words[0] in ("Hurricane", "Typhoon", "Cyclone", "Storm",
                                           "Operation"):
        return "event", f"'{last if last in EVENT_HEADS else words[0]}' names events"
    if last in OTHER_HEADS and len(words) > 1 and not (
            len(words) == 2 and words[0] in know.given_names):  # (not "Mary Grant")
        return "other", f"'{last}' names payments, cards and schemes"
    if last == "Survey" and len(words) > 1 and words[-2] in _SURVEYING_BODIES:
        return "organisation", f"'{words[-2]} Survey' names an agency ('U.S. Geological Survey')"
    if last in WORK_HEADS and (len(words) > 1 or last in ("Constitution", "Charter")):
        return "work", f"'{last}' names documents"
    if last in _CRAFT_HEADS and len(words) > 1:
        return "other", f"'{last}' names craft"
    if len(words) > 1 and last.split("-")[0] in PLACE_HEADS:
        return "place", f"'{last.split('-')[0]}' names places"  # "Space Launch Complex-41"
    if len(words) > 1 and (DESIGNATION.fullmatch(last) or re.fullmatch(r"[A-Z][a-z]+-\d+", last)) \
            and not any(w in ORGANISATION_HEADS for w in words[:-1]):  # (not "Army G-1")
        return "other", "a designation, as missions, craft and tests are named ('CRS-10')"
    if text in know.country_codes or any(
            f.text in know.country_codes and f.text != _initials(words) for f in cluster):
        # (not "Georgian Dream (GD)": a party's own short form that is also a country code)
        return "place", "a country's name or code"
    shared = next((m.group(1) for c in places if len(words) == 1 and (
        m := re.match(r"^ and [A-Z][\w’'-]+ ([A-Z][a-z]+)s\b", c.after))), None)
    if shared in PLACE_HEADS:  # "Magnolia and Oakland Plantations": two of a kind
        return "place", f"'{shared}s' names places"
    if shared in ORGANISATION_HEADS:
        return "organisation", f"'{shared}s' names organisations"
    if text in AU_STATE_CODES:
        return "place", "an Australian state's or territory's short name"
    if text in _BODIES:
        return "place", "a planet, a moon or the Sun"  # "the quietest place on Earth"
    kind = know.places.get(text) or know.places.get(unaccented(text))  # "Perú": Peru
    if kind in ("country", "region", "continent"):
        return "place", {"country": "a country", "region": "a state, province or region",
                         "continent": "a continent"}[kind]
    if (last.rstrip(".") in PLACE_HEADS or (last.endswith("s") and last[:-1] in PLACE_HEADS)) \
            and len(words) > 1:
        return "place", f"'{last}' names places"  # (and "National Parks")
    if len(words) > 1 and last in _COMPASS and (words[0] in _OCEANS or words[0] in know.places):
        return "place", "a region of a known place"  # "Pacific Northwest"
    if words[0] in _COMPASS and len(words) > 1:
        rest = " ".join(words[1:])
        if rest in know.places or words[-1] in _OCEANS:
            return "place", "a region of a known place"
        if any(know.big_place(" ".join(words[k:])) and all(w in _COMPASS for w in words[:k])
               for k in range(2, len(words))):
            return "place", "a region of a known place"  # "South Central Los Angeles"
    if "-" in text and all(p in know.places or p in _OCEANS for p in text.split("-")):
        return "place", "a region of known places"
    if text.isupper() and len(text) > 3 and know.places.get(text.title()) and not honoured:
        return "place", "a place written in capitals (a dateline)"
    if len(words) == 1 and any(ch.isupper() for ch in text[1:]) and not text.isupper() \
            and "-" not in text and not honoured \
            and not any(_in_state_or_country(c, know) for c in places):
        return "organisation", "capitals inside the name, as companies and sites write it"
    if re.fullmatch(r"COP\d{1,2}", text):
        return "event", "a conference of the parties, as the UN's climate talks are named"
    if main.words and (len(words) > 1 or len(text) > 1) and not honoured and \
            text.replace(".", "").isupper() and sum(ch.isalpha() for ch in text) >= 2 and \
            not re.fullmatch(r"[A-Z]+-?\d+[A-Za-z]?", text):
        return "organisation", "an acronym"  # (not "A85", a road; not "RV144", a trial)
    if "person" in hints or any(c.role or c.honorific for c in places):
        return "person", "a title or honorific before the name"
    described = next((m.group("noun") for c in places
                      if (m := _DESCRIBED_AFTER.match(c.after)) is not None), None)
    if described is not None and (described in PERSON_NOUNS or described in know.titles):
        return "person", f"described as a person ('…, a {described}')"
    if described is not None and described in _PRODUCT_NOUNS:
        return "other", f"described as a product ('…, a {described}')"
    if any(_WORK_AFTER.match(c.after) for c in places):
        return "work", "described as a work ('Dispatches, a newsletter', 'the … podcast')"
    if len(words) == 1 and any(_GENERIC_AFTER.match(c.after) for c in places) and \
            text not in know.given_names and text not in know.surnames:
        return "other", "a generic name in parentheses after it, as drugs have"
    if len(words) == 1 and any(re.search(r"\bapprove[sd]?\s+$", c.before) for c in places) \
            and text not in know.given_names and text not in know.places:
        return "other", "approved, as drugs and products are ('FDA approves …')"
    if described is not None and _ORG_AFTER.match(f" {described}"):
        return "organisation", f"described as an organisation ('…, a … {described}')"
    heads = any(w in ORGANISATION_HEADS or w in PLACE_HEADS or w in EVENT_HEADS
                or w in WORK_HEADS or w in CONNECTORS_BASE for w in words)
    noun = next((m.group(1) for c in places if (m := _NOUN_BEFORE.search(c.before))
                 and m.group(1) in PERSON_NOUNS), None)
    if noun is not None and 2 <= len(words) <= 6 and not heads and \
            not any(w.isupper() or w[:1].isdigit() for w in words):
        return "person", f"'{noun}' before it ('activist Evgeny Zhovtis')"
    if 4 <= len(words) <= 6 and not heads and all(w.isalpha() for w in words) and \
            words[0] in know.given_names and not know.big_place(" ".join(words[:2])) and \
            2 * sum(w in know.given_names or w in know.surnames for w in words) >= len(words):
        return "person", "a long name made of given names ('Salah Abdalla Mohamed Salih')"
    if any(_TURN_LABEL.match(c.after) and (not c.before or c.before.endswith("\n"))
           for c in places) and (words[0] in know.given_names
                                 or any(c.honorific for c in places)):
        return "person", "a speaker's label in a transcript ('Glen Nowak: …')"
    if words[0] in PLACE_PREFIXES and len(words) > 1 and " of " not in text and \
            not any(w in ORGANISATION_HEADS for w in words) and \
            words[0] not in ("La", "Le", "Las", "Los", "Les", "El"):
        return "place", f"'{words[0]} …' names places"
    if any(len(w) == 2 and w.endswith(".") for w in words[1:-1]):
        return "person", "initials, as in people's names"
    if len(words) > 2 and any(w.casefold() in _PATRONYMIC for w in words[1:-1]):
        return "person", "'son of' or 'daughter of' inside, as in people's names"
    if last in ("Islanders", "Americans") and len(words) > 1:
        return "group", f"a people ('{text}')"  # "Virgin Islanders", "Native Americans"
    if any(_GROUP_AFTER.match(c.after) for c in places) and len(words) == 1:
        return "group", "named as a people ('… man', '… people')"
    if any(_in_state_or_country(c, know) for c in places) and len(words) <= 2:
        return "place", "followed by its state or country ('Sebring, Ohio')"
    if any(_ORG_AFTER.match(c.after) for c in places):
        return "organisation", "named as an organisation ('… news service')"
    if any(_EVENT_AFTER.match(c.after) for c in places):
        return "event", "named as an event ('… parade')"
    if len(words) > 1 and words[0] in know.places and \
            all(w.endswith(".") and w.replace(".", "").isupper() for w in words[1:]):
        return "place", "a place and its state"  # "Washington D.C."
    joined = any(w in ("of", "for", "the", "and", "&") for w in words)
    if words[-1][:1].isdigit() and not joined:
        if len(words) > 1 and (words[-2] in PLACE_HEADS or words[-2] in _NUMBERED_PLACES):
            return "place", f"'{words[-2]}' names places"  # "Space Launch Complex 40"
        return "other", "a name ending in a number"
    if kind == "city" and len(words) > 1:
        return "place", "a city in the gazetteer"
    if words[0] in ("Project", "Operation") and len(words) > 1:
        return "organisation", f"'{words[0]} …' names projects"
    if words[0] in _PLACE_FIRST and len(words) > 1:
        return "place", f"'{words[0]} …' names places"
    if any(_ends(_NAMED_AS_PLACE, c.before) for c in places):
        return "place", "'the town of …'"
    if words[0].rstrip(".") in ("St", "Saint", "Santa", "San") and " of " in text:
        return "person", "a saint's name ('St. Francis of Assisi')"
    if len(words) > 1 and words[-2] in EVENT_HEADS and re.fullmatch(r"[IVX]+|\d+", last):
        return "event", f"'{words[-2]}' names events"  # "World War II"
    if (1 < len(words) <= 3 or (len(words) == 4 and words[-1] in know.surnames)) and not any(
            w in PLACE_HEADS or w in ORGANISATION_HEADS or w in EVENT_HEADS or w in WORK_HEADS
            for w in words[1:]) and \
            words[0] not in _COMPASS and not joined and (
                words[0].split("-")[0] in know.given_names
                or (len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[0])
                    and words[1] in know.given_names)) and \
            not (know.is_demonym(words[0]) and words[-1] not in know.surnames):
        # (not "Georgian Dream": a demonym that Faker also knows as a given name)
        given = words[0] if words[0].split("-")[0] in know.given_names else words[1]
        return "person", f"'{given}' is a given name"  # ("R. Wayne Albers")
    if len(words) == 1 and text in know.given_names and text not in know.places and \
            not text.isupper():
        return "person", f"'{text}' is a given name"  # "Michelle and I"
    if len({f.words[-1].rstrip("s") for f in cluster if len(f.words) == len(words)}) == 1 \
            and len({f.words[-1] for f in cluster if len(f.words) == len(words)}) > 1:
        return "organisation", "written in the singular and the plural, as parties are"
    if any(w in know.particles for w in words[1:-1]) and \
            know.places.get(words[-1]) in ("country", "region"):
        return "organisation", f"'… {words[-2]} {words[-1]}', as institutions are named"
    if any(re.match(r"^\s+(?:regions?|provinces?|provincial|municipality|municipal|states?|"
                    r"districts?|county|counties|valley|peninsula|"
                    r"desert|coast|basin|delta|road|highway|motorway|route|expressway|city|"
                    r"town|village|section|neighbou?rhood|borough|suburb|quarter|site)\b",
                    c.after) for c in places):
        return "place", "named as a place ('the … region')"  # "the Sa-hel region"
    if len(words) == 1 and text.endswith("s") and any(
            re.search(r"\b(?:\d[\d,.]*|hundreds?|thousands?|millions?|billions?|dozens?)\s+$",
                      c.before, re.IGNORECASE) for c in places):
        return "group", "counted as people ('ten million …')"  # "ten million Copts"
    if any(w in know.particles for w in words[1:-1]):
        if (named_as_place or any(re.search(r"\b(?:in|at|near|off)\s+$", c.before)
                                  for c in places)) and \
                not any(_SPEECH_AFTER.match(c.after) for c in places):
            return "place", "a name particle, but 'at …' or 'in …' before it"  # "Saya de Malha"
        return "person", "a name particle"
    if len(words) == 1 and any(f.words[0] in know.given_names for f in cluster[1:]):
        return "person", "a given name"
    if kind == "city" and (len(words) > 1 or any(_ends(_PLACE_BEFORE, c.before)
                                                 for c in places)):
        return "place", "a city in the gazetteer"
    if any(_ends(_OFF_BEFORE, c.before) for c in places) and len(words) <= 3:
        return "place", "'off …', as islands and coasts are named"  # "shipwrecked off Lampedusa"
    if any(_ends(_PLACE_BEFORE, c.before) for c in places) and len(words) <= 2 and \
            not any(_SPEECH_AFTER.match(c.after) for c in places) and \
            (named_as_place or kind == "city"):
        return "place", "'the town of …'"
    if know.demonym_plural(last) or know.demonym_plural(text) or (len(words) == 1 and any(
            _people_named(c, know) for c in places)):
        return "group", "a people or faith named as such"
    if any(_ends(_GROUP_BEFORE, c.before) for c in places):
        return "organisation", "named as a group or organisation"
    if len(words) > 1 and not joined and any(_SPEECH_AFTER.match(c.after)
                                             or _ends(_SPEECH_BEFORE, c.before)
                              for c in places) and \
            not any((len(w) >= 3 and w.isupper()) or w in ORGANISATION_HEADS
                    for w in words) and \
            not any(know.places.get(" ".join(words[k:])) in ("country", "region", "continent")
                    for k in range(1, len(words))) and \
            not any(w in FUNCTION_WORDS or w in ("Sans", "Sin", "Ohne") for w in words[1:]):
        # (nor "Reporters Without Borders", "Médecins Sans Frontières": no person's name
        # holds such a word)
        # (not "VOA Mandarin", "… Coast Guard City"; nor "Cosatu Western Cape", a body's
        # branch in a region)
        return "person", "a speech verb beside it"
    if len(words) <= 3 and not text.isupper() and not (len(words) > 1 and heads) and any(
            _PERSON_AFTER.match(c.after) and not re.search(r"\b(?:of|for|at|from|with)\s+$",
                                                           c.before) for c in places):
        # ("Isgak Abrahams and his two young children")
        # (not "a spokesperson of Wikileaks, who answered": the who is the spokesperson)
        return "person", "'…, who' or 'his'/'her' after it"
    if len(words) == 1 and (text in know.surnames or text in know.given_names) and any(
            _ends(_SPEECH_BEFORE, c.before) or _SPEECH_AFTER.match(c.after) for c in places):
        return "person", "a speech verb beside a known name"
    if any((m := re.match(r"^\s+(?:[a-z]+\s+)?([a-z]+)\s+[A-Z][a-z]", c.after))
           and m.group(1) in PERSON_NOUNS for c in places) and \
            not any(w in know.given_names for w in words[:1]) and kind is None:
        # (not "Denver mayor Mike Johnston": a place before a job title is a place)
        return "organisation", "named before a job title ('VOA reporter …')"
    if kind == "city" and len(words) == 1:
        return "place", "a city in the gazetteer"
    if text in _OCEANS or (len(words) == 1 and text.split("-")[-1] in _OCEANS):
        return "place", "an ocean or a polar region"  # "the Arctic", "Indo-Pacific"
    if know.places.get(text) == "continent":
        return "place", "a region of the world"
    if text in HOLIDAYS:
        return "event", "a holiday"
    if len(words) == 1 and any(re.search(r"\b(?:in|at|near|visit(?:s|ed|ing)?|"
                                         r"(?:north|south|east|west)\w* of)"
                                         r"\s+(?:the\s+)?$", c.before)
                               or c.after.startswith(", where ") for c in places):
        return "place", "'in …' or '…, where'"
    if any((len(words) == 1 and re.search(r"\bfrom\s+$", c.before)
            and re.match(r"\s+to\s", c.after))
           or re.search(r"\bfrom\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+to\s+$", c.before)
           for c in places):
        return "place", "'from … to'"  # "from Exeter to North Tyneside"
    if any(re.search(r"[a-z,;:]\s+The\s+$", c.before) for c in places) and \
            kind is None and main.text not in know.country_codes:
        # a capitalised "The" in mid-sentence belongs to a title: "The West Wing", "The
        # Mechanism", "The Astrophysical Journal Letters" (people's names take none)
        return "work", "a capitalised 'The' before it, as titles of works have"
    if len(words) == 2 and know.is_demonym(words[0]) and words[1] not in know.given_names \
            and words[1] not in know.surnames:
        return "organisation", f"'{words[0]}' before it, as a people's own bodies are named"
    if len(words) == 2 and words[0] not in know.given_names and not any(
            w in ORGANISATION_HEADS or any(ch.isdigit() for ch in w) for w in words) and all(
            re.search(r"\b(?:in|at|near|to|from|into|outside|inside)\s+$", c.before)
            and not c.possessive for c in places) and any(
            re.search(r"\b(?:in|at|near)\s+$", c.before) for c in places):
        return "place", "'in …' or 'at …' before every mention"  # "in Gazi Baba"
    if len(words) == 2 and words[0] in ("La", "Le", "Las", "Los", "Les", "El") and \
            not any(_SPEECH_AFTER.match(c.after) for c in places):
        return "place", f"'{words[0]} …' names places"  # "La Horquetta", "Las Cruces"
    if len(words) == 2 and not joined and not any(ch.isdigit() for ch in text) and not (
            words[-1].endswith("s") and words[-1] not in know.surnames
            and words[0] not in know.given_names) and not (
            len(words[0]) >= 2 and words[0].isupper() and "." not in words[0]) and \
            words[0] not in _COMPASS and not words[-1].isupper() and (
            # (not "West Midlands", "North Star", "Honda CRV")
            # (not "VOA Russian", an acronym's service; but "W.S. Merwin")
            words[-1] in know.surnames or words[0] in NOBLE_TITLES
            or not (know.big_place(words[0]) or know.big_place(words[-1]))):
        # (a small town's name is often a person's too: "Abedi Kasongo")
        # ("Cambodia Adrift", a documentary, holds a country's name: not a person's)
        return "person", "two capitalised words, as most people's names"
    if len(words) == 3 and not joined and all(len(w) <= 7 and not (w.isupper() and len(w) > 1)
                                              and w not in ORGANISATION_HEADS
                                              and w not in EVENT_HEADS for w in words) \
            and know.places.get(" ".join(words[1:])) not in ("country", "region", "continent"):
        # (not "Cosatu Western Cape", a body's branch in a region)
        return "person", "three short capitalised words, as people's names"
    if len(words) == 4 and not joined and all(len(w) <= 4 and w[:1].isupper() for w in words):
        return "person", "four short capitalised words, as Burmese names"  # Aung San Suu Kyi
    return "organisation", "a single name with no other evidence" if len(words) == 1 \
        else "a long name with no given name"
