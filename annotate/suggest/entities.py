"""From the names found to suggested entities: one per real entity, typed, with aliases.

The candidates of one story are gathered by how they are written (forms.py), the forms no
name supports are dropped (a common word that only ever opens a sentence, a surname two
people share), the rest grouped into entities (grouping.py) and each typed on the
strongest evidence found for it (kinds.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .forms import Form
from .grouping import group_forms, looks_personal
from .kinds import (
    APPOSITIVE,
    CREDIT_AFTER,
    DESCRIBED_AFTER,
    ONE_WORD,
    ORG_AFTER,
    PERSONAL_HEADLINE_VERB,
    RECALLS_AFTER,
    SHAPE_ONLY,
    SPEECH_AFTER,
    SUBJECT_AFTER,
    people_named,
    type_of,
)
from .knowledge import PEOPLE_ADJECTIVES, Knowledge
from .lexicon import (
    BARE_LAW_HEADS,
    DOCUMENT_PARTS,
    EVENT_HEADS,
    FIELD_LABELS,
    MONTHS_AND_DAYS,
    ORGANISATION_HEADS,
    PERSON_NOUNS,
    POSTAL_CODES,
    READING_TIME,
    RUBRICS,
    SEASONS,
    SOCIAL_NETWORKS,
    SOURCE_LABEL_BEFORE,
    STORM_KINDS,
)
from .results import EntitySuggestion
from .tokens import Candidate, _lower_case_words


def suggest_entities(candidates: list[Candidate], know: Knowledge, text: str = "",
                     ) -> tuple[list[EntitySuggestion], list[str]]:
    """Entities in order of first appearance, and the adjectives that are not entities."""
    adjectives: list[str] = []
    forms: dict[str, Form] = {}
    for c in candidates:
        for word in c.adjectives:
            if word not in adjectives:
                adjectives.append(word)
        if c.hint == "adjective":
            continue
        if len(c.words) == 1 and (know.is_demonym(c.words[0])
                                  or c.words[0] in PEOPLE_ADJECTIVES) \
                and not people_named(c, know) and c.words[0] not in ORGANISATION_HEADS \
                and c.hint != "speaker" and not (c.possessive
                                                 and c.words[0] not in know.languages):
            # (but "White: For the majority …" in a transcript; and "Ghani’s name": a
            # possessive is a noun's, someone's, though the suffix rules make an
            # adjective of Ghana; "Korean’s" is still a language's, a service cut short)
            # (not "the Guardian says": a paper's name, though the suffix rules make an
            # adjective of Portugal's district of Guarda)
            if c.words[0] not in adjectives:
                adjectives.append(c.words[0])
            continue
        forms.setdefault(c.text, Form(c.text, c.words, [])).places.append(c)
    _drop_unsupported_initials(forms, know, text)
    _drop_common_plurals(forms, know, text)
    _drop_code_paths(forms)
    _drop_our_heads(forms)
    _drop_counted_nouns(forms)
    _drop_ambiguous_surnames(forms, know)
    clusters = [cluster for cluster in group_forms(forms, know)
                if not (len(cluster) == 1 and cluster[0].words[0] in BARE_LAW_HEADS
                        and len(cluster[0].words) == 1)]  # "the Act" of no law named
    out = [e for cluster in clusters
           if not _common_word_alone(e := _entity(cluster, know), know, text)]
    out.sort(key=lambda e: e.start)
    _type_list_mates(out, text)
    _type_leaders(out)
    _type_portfolios(out)
    _type_counties(out, text)
    _type_state_codes(out, text, know)
    return out, adjectives


def _type_state_codes(entities: list[EntitySuggestion], text: str, know: Knowledge) -> None:
    """A US state's postal code typed a body by its capitals alone is the state when the
    story writes the state's name, if only inside another name: "Our SC votes matter",
    "SC history" beside "South Carolina Daily Gazette" (where "SC" in a story that never
    names the state may be a supreme court)."""
    for e in entities:
        if e.evidence != "an acronym" or e.aliases:
            continue
        state = know.us_states.get(e.name)
        if state and re.search(rf"(?<![\w-]){re.escape(state)}(?![\w-])", text):
            e.type = "place"
            e.evidence = f"a state's postal code, the story naming {state}"


#: A determiner in title case, before a common word that its capital alone makes look like
#: a name: "Every Day, Every Way", "Our Future".
_TITLED_DETERMINER = re.compile(r"\b(?:Every|Each|Any|All|No|Some|Our|Your|My|Their|His|Her|"
                                r"Its|This|That|These|Those|Last|Next|Past|by)[^\S\n]+$")
# (and a listing's sort key after "by": "Archived Director’s Blogs by Year")


def _common_word_alone(entity: EntitySuggestion, know: Knowledge, text: str) -> bool:
    """One of English's commonest words, capitalised after a determiner in title case, that
    nothing but its capital makes a name: a slogan's "Every Day, Every Way" (a day is no
    event, a way no body), a title's "Last Week at the DOE"."""
    return (entity.evidence == ONE_WORD or entity.name in EVENT_HEADS) and \
        not entity.aliases and entity.name[1:].islower() and \
        entity.name.casefold() in know.common_words and \
        all(_TITLED_DETERMINER.search(text, max(0, a - 8), a) for a, _ in entity.places)


#: What a story names after a leader's surname that makes the surname a person's: "the Biden
#: administration" (not "campaign", "government" or "era", which parties and periods have
#: too: "the Labour government").
_LEADERS_THINGS = frozenset("administration presidency".split())


def _type_leaders(entities: list[EntitySuggestion]) -> None:
    """A single name typed by its shape alone is a person's when the story also names, as a
    name of its own, the administration that bears it: "under Biden proposal" beside "the
    Biden administration" (the tables lack leaders' surnames; "the Trump presidency" beside
    the name itself is a rule of :mod:`kinds`)."""
    led = {e.name.split()[0] for e in entities
           if len(e.name.split()) == 2 and e.name.split()[1] in _LEADERS_THINGS}
    for e in entities:
        if " " not in e.name and e.evidence in SHAPE_ONLY and e.name in led:
            e.type = "person"
            e.evidence = "a leader the story names an administration after ('the Biden " \
                "administration')"


def _type_portfolios(entities: list[EntitySuggestion]) -> None:
    """A name typed a person by its shape alone is a portfolio's, a programme or a body,
    when another entity's role names a minister for it: "Whānau Ora" beside "Whānau Ora
    Minister Peeni Henare"."""
    held = {e.role.removesuffix(" Minister") for e in entities
            if e.role and e.role.endswith(" Minister")}
    for e in entities:
        if e.type == "person" and e.evidence in SHAPE_ONLY and e.name in held:
            e.type = "organisation"
            e.evidence = f"a minister's portfolio ('{e.name} Minister …')"


def _type_counties(entities: list[EntitySuggestion], text: str) -> None:
    """A name typed a person by its given name alone is a county's when the story also
    writes it with "County" after it: "Ex-Anne Arundel register of wills …" beside "the
    Anne Arundel County Circuit Courthouse" (a county named for a person keeps the name)."""
    for e in entities:
        written = re.search(rf"(?<![\w-]){re.escape(e.name)}[^\S\n]+(?:County|Parish)\b",
                            text) if " " in e.name else None
        if e.type == "person" and e.evidence.endswith("is a given name") and not e.role and \
                not e.aliases and written is not None:
            e.type = "place"
            e.evidence = f"the story writes '{written.group()}' too"


#: What a firm or a body does, right after its name opening a sentence or a headline in
#: sentence case: "Weibo introduces an AI …", "Apple sues …".
_ACTS_AFTER = re.compile(r"[^\S\n]+(?:introduces|launches|unveils|announces|bans|blocks|"
                         r"suspends|removes|fines|sues|acquires|buys|hires|expands|rolls out)"
                         r"[^\S\n]+(?:a|an|the|its|new|[a-z]+)\b")
#: The region or the country after a town and a comma: ", Sicily".
_REGION_AFTER = re.compile(r",[^\S\n]+([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?)")
#: The next item of a list right after a name: ", Walmart & Amazon".
_LISTED_NEXT = re.compile(r",[^\S\n]+([A-Z][\w’'-]*)(?:,|[^\S\n]+(?:&|and)[^\S\n])")


#: What separates the items of a list of names: "A, B and C", "A, B, and the C".
_LIST_GAP = re.compile(r"(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+|[^\S\n]*/[^\S\n]*)"
                       r"(?:[Tt]he[^\S\n]+)?")  # (and pairs across a slash: "Kraft / Cadbury")


#: What ends a list whose items are all names: "…, Science Alert and more".
_AND_MORE = re.compile(r",?[^\S\n]+(?:and|&)[^\S\n]+(?:more|others|many[^\S\n]+more|"
                       r"many[^\S\n]+others|several[^\S\n]+others)\b|,?[^\S\n]+etc\.")
#: The kind of bodies a list names, just before it: "groups like", "organisations such as".
_BODIES_LISTED_BEFORE = re.compile(r"\b(?:groups|organi[sz]ations|charities|NGOs|campaigns|"
                                   r"unions|companies|firms|businesses|parties|outlets|"
                                   r"transactions|deals|mergers|acquisitions|takeovers|"
                                   r"brands|retailers|supermarkets|broadcasters|banks)"
                                   r"[^\S\n]+(?:like|such[^\S\n]+as|including)[^\S\n]+$")


def _type_list_mates(entities: list[EntitySuggestion], text: str) -> None:
    """A name typed by its shape alone takes the type of the names listed with it, when
    they all agree on what they are and it is no person: "including The New York Times,
    Daily Mail and Forbes" are three outlets, though "Daily Mail" looks like a person's
    name. A list is three names or more, each separated from the next by a comma, the
    last by "and"."""
    owner = {place: e for e in entities for place in e.places}
    places = sorted(owner)
    lists: list[list[tuple[int, int]]] = []
    closed = True
    for place in places:
        if lists and text[lists[-1][-1][1]:place[0]] in ("’s ", "'s "):
            lists[-1][-1] = place  # "…, Lockheed Martin, NASA’s Goddard Space Flight Center,
            continue  # …": the item is what the owner's possessive names
        gap = _LIST_GAP.fullmatch(text, lists[-1][-1][1], place[0]) if lists else None
        if gap is not None and not closed:
            lists[-1].append(place)
            closed = "and" in gap.group()  # "A, B and C": the item after "and" is the last
        else:
            lists.append([place])
            closed = False
    for items in lists:
        if len(items) >= 2 and "and" in text[items[-2][1]:items[-1][0]] and \
                _BODIES_LISTED_BEFORE.search(text, max(0, items[0][0] - 60), items[0][0]):
            for e in (owner[p] for p in items):
                if e.type != "organisation" and not e.evidence.startswith("a title"):
                    e.type = "organisation"
                    e.evidence = "listed after 'groups like' or 'organisations such as'"
            continue  # "monitoring groups like Greenpeace, Save Happy Valley, … and Peace
            # Action Wellington": bodies, whatever their words look like
        if len(items) < 3 or ("and" not in text[items[-2][1]:items[-1][0]]
                              and not _AND_MORE.match(text, items[-1][1])):
            continue  # (not "Shah Alam, Selangor, Malaysia, Muid founded …": places, then
            # the sentence's subject; but "the ABC, The Weather Network, Science Alert and
            # more" lists three)
        mates = [owner[p] for p in items]
        typed = [e for e in mates if e.evidence not in SHAPE_ONLY]
        sure = [e for e in typed if not _weak_guess(e)]
        kinds = Counter(e.type for e in sure).most_common(1)
        kind, agree = kinds[0] if kinds else ("person", 0)
        if len(items) >= 4 and agree >= 3 and 5 * agree >= 4 * len(sure) and \
                kind != "person" and 2 * len(sure) > len(mates):
            first = next(e for e in sure if e.type == kind)
            for e in mates:
                if _weak_guess(e) and e.type != kind:
                    e.type = kind
                    e.evidence = f"listed with '{first.name}' and others of that kind"
            continue  # "Sky, BT, IMG, ITV and BBC admitted …": broadcasters, though "Sky"
            # is a given name and "BT" a country's code
        if not typed or len({e.type for e in typed}) != 1 or typed[0].type == "person":
            continue  # (a person's shape is the only guess a list cannot overturn: "Ann
            # Lee, Abedi Kasongo and Oxfam" may name people and a body)
        for e in mates:
            if e.evidence in SHAPE_ONLY and e.type != typed[0].type:
                e.type = typed[0].type
                e.evidence = f"listed with '{typed[0].name}', a name of that kind"


def _weak_guess(entity: EntitySuggestion) -> bool:
    """A type guessed from the name alone, which the names listed with it may overturn: its
    shape, a given name it shares ("Sky"), a country's two letters it shares ("BT")."""
    return entity.evidence in SHAPE_ONLY or entity.evidence.endswith("' is a given name") or (
        entity.evidence == "a country's or a state's name or code" and len(entity.name) <= 3
        and entity.name.isupper())


#: The rest of a line that labels a testimony with who gives it: "Kirill, contract soldier",
#: "Anna, 34, a nurse".
_LABEL_LINE_ROLE = re.compile(r",[^\S\n]+(?:\d{1,3},[^\S\n]+)?[a-z][a-z’' -]{2,60}[^\S\n]*(?:\n|$)")


#: A verb, then "its" and the people a body has, after a word opening a sentence: a body
#: acting towards its own people ("Grist thanks its sponsors", "Mongabay relies on its
#: readers"; not "Change brings its costs").
_ITS_PEOPLE_AFTER = re.compile(
    r"[^\S\n]+[a-z]+s(?:[^\S\n]+(?:on|to|with|for|in|of))?[^\S\n]+its[^\S\n]+(?:"
    r"sponsors|readers|members|employees|staff|workers|shareholders|users|customers|"
    r"donors|subscribers|supporters|clients|partners|listeners|viewers|audience|"
    r"followers|volunteers|students|players|fans|patients|investors|suppliers)\b")


#: What a body's possessive opening a sentence is followed by when it acts: "Harvard’s
#: decision to rescind …", "Google’s move to …" (a noun of doing, then "to").
#: What a firm or a person has or meets with, after their possessive: "Gannett's loss is
#: …" (a common word's possessive opening a sentence has none: "Today's …").
_OWNED_FORTUNE_AFTER = re.compile(r"[^\S\n]+(?:loss|losses|gain|gains|win|defeat|victory|"
                                  r"profits?|revenues?|shares|stock|shareholders|founder|"
                                  r"owners?|employees|executives|spokes(?:man|woman|person))"
                                  r"\b")
_OWNED_ACT_AFTER = re.compile(r"[^\S\n]+(?:decision|move|plan|announcement|refusal|choice|"
                              r"attempt|effort|bid|offer|push|promise|pledge|vote|ruling|"
                              r"request|order)[^\S\n]+to\b")


#: The new rules a possessive owns: "Medicare’s new policy supports …", "Meta’s revised
#: guidelines" (a body or a programme that makes rules, no sentence's common first word).
_OWNED_RULE_AFTER = re.compile(r"[^\S\n]+(?:new|latest|proposed|revised|final|updated)[^\S\n]+"
                               r"(?:policy|policies|rules?|regulations?|guidance|guidelines|"
                               r"budget)\b")


#: A job title of someone who works for a body, after the body's name: "Momentum organizer
#: …", "VOA reporter …" (not a field's expert: "Poll analyst …").
_MEMBER_AFTER = re.compile(r"[^\S\n]+(?:organi[sz]er|reporter|correspondent|editor|"
                           r"spokes(?:person|man|woman)|founder|co-founder|director|"
                           r"president|chair|chairman|chairwoman|member|leader|coordinator|"
                           r"producer|host|columnist|executive|official|officer)[^\S\n]+[A-Z]")


#: A blog's or a writer's verbs after its name: "Unzipped comments on …", "… blogs about".
_COMMENTS_AFTER = re.compile(r"[^\S\n]+(?:comments|blogs|writes)[^\S\n]+(?:on|about)\b")
#: What follows a town heading a list's part: the end of its line, or a label and an amount.
_ALONE_OR_AMOUNT = re.compile(r"[^\S\n]*(?:\n|$)|[^\S\n]+[A-Z][a-z]+:[^\S\n]*[$£€]\d")


#: A story's reading time after its source's name in a listing: "Futurity4 min read".
_READING_TIME_AFTER = re.compile(rf"[^\S\n]*\d{{1,2}}{READING_TIME}")
#: What follows a town's name that speaks of its people or its kind: "Chatsworth residents".
_ITS_RESIDENTS_AFTER = re.compile(r"[^\S\n]+(?:residents?|townships?|suburbs?|informal|town|"
                                  r"village)\b")


#: The small words after a name's head word ("Policy on …", "Office of …"): a name that
#: opens so gives no short form by its first word.
_HEAD_LINKS = frozenset("of on for to in at and".split())
#: Endings of English adjectives: a sentence's or a cell's first word with one of them, not
#: a known name, describes what follows ("Governmental organization" as an infobox's type).
_ADJECTIVE_ENDINGS = ("al", "ic", "ical", "ary", "ive", "ous", "ful")


#: A document's part named alone ("Contents", "Foreword"): a heading, never a name.
_DOCUMENT_PART_ALONE = frozenset((part,) for part in DOCUMENT_PARTS)


#: A greeting right after a name that opens a quotation: ", hello!", ", hi", "!".
_GREETED_AFTER = re.compile(r"(?:,[^\S\n]+(?:hello|hi|hey|good[^\S\n]+(?:morning|afternoon|"
                            r"evening))\b|!)")


#: A capitalised plural ("States", "Tribes", "Cities"; not "Focus", "Access", "Analysis").
_PLURAL = re.compile(r"[A-Z][a-z]+(?<![su])(?<!is)s")
#: Common nouns some styles capitalise, alone: no name.
_CAPITALISED_COMMON_NOUNS = frozenset({("Internet",)})
#: "the" or "The" right before a word: "the Nationals", "the States" name a party, a country.
_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+$")


#: The possessive before a body's head word alone that makes it the writer's own country
#: or body, no name: "our Nation’s security", "for our Nations’ citizens".
_OURS_BEFORE = re.compile(r"(?<![\w-])(?:[Oo]ur|[Tt]his)[^\S\n]+$")


def _drop_our_heads(forms: dict[str, Form]) -> None:
    """A body's head word alone ("Nation", "Nations") that the story only ever writes after
    "our" or "this": the writer's own country or body, which a page capitalises in
    respect, no name ("Our Nation’s oceans protect us", "our Nations’ citizens")."""
    for key in list(forms):
        form = forms[key]
        if len(form.words) == 1 and form.words[0] in ("Nation", "Nations", "Country") and \
                form.places and all(_OURS_BEFORE.search(c.before) for c in form.places):
            del forms[key]


#: Spans of time in the plural, which a number counts ("Celebrating 75 Years!"), and the
#: things a listing counts above its items ("522 Results").
_COUNTED_NOUNS = frozenset("Seconds Minutes Hours Days Weeks Months Years Decades Centuries "
                           "Results Items Entries Records Matches Hits".split())
#: A number right before a word: "75 ", "1,000 ", "12+ ".
_NUMBER_BEFORE = re.compile(r"(?<![\w.])\d[\d,]*\+?[^\S\n]+$")


def _drop_counted_nouns(forms: dict[str, Form]) -> None:
    """A span of time in the plural that a number counts wherever the story writes it,
    capitalised by a banner or a headline ("Celebrating 75 Years! Learn More", "He Served
    12 Years"), or a listing's count of its items ("522 Results"): no people and no
    name."""
    for key in list(forms):
        form = forms[key]
        if len(form.words) == 1 and form.words[0] in _COUNTED_NOUNS and form.places and \
                all(_NUMBER_BEFORE.search(c.before) for c in form.places):
            del forms[key]


def _drop_common_plurals(forms: dict[str, Form], know: Knowledge, text: str) -> None:
    """"for States and Tribes", "Cities and Counties": common nouns in the plural that a
    grant's or a programme's page capitalises, when the story also writes them in lower case
    ("states, tribes and territories") and never after "the" (where "the Nationals", "the
    Greens" or "the States" name a party or a country), no title or cue making a name of
    them, name no one."""
    lower = _lower_case_words(text)
    for key in list(forms):
        form = forms[key]
        if form.words in _CAPITALISED_COMMON_NOUNS:
            del forms[key]  # "high-speed Internet access": a common noun, capitalised as
            continue  # style guides once had it
        nouns = [w for w in form.words if w not in ("and", "or", "&")]
        if len(nouns) > 2 or not all(_PLURAL.fullmatch(w) and w[1:].islower()
                                     and w.casefold() in lower and _in_prose(w.casefold(), text)
                                     for w in nouns) or \
                know.places.get(form.text) is not None or \
                any(c.hint is not None or c.role or _THE_BEFORE.search(c.before)
                    for c in form.places):
            continue
        del forms[key]


def _in_prose(word: str, text: str) -> bool:
    """Whether the text writes the word as a word of its sentences, not only inside an
    address ("wikileaks.org", "@states")."""
    return re.search(rf"(?<![\w./@:#-]){re.escape(word)}(?![\w/@-]|\.\w)", text) is not None


#: The words of the two United States parties' names, which name a party wherever they
#: stand (unlike "Independent", "Green" or "Liberal", ordinary words too).
_US_PARTY_WORDS = frozenset({"Republican", "Democrat", "Democratic"})


#: A date after a dash, closing a bracket: the wire's date in "(Marketwired - March 23,
#: 2017)".
_WIRE_DATE_AFTER = re.compile(r"[^\S\n]+-[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},[^\S\n]+\d{4}\)")


def _drop_unsupported_initials(forms: dict[str, Form], know: Knowledge, text: str) -> None:
    """A single word that only ever starts a sentence needs other evidence to be a name."""
    words_elsewhere = {w for f in forms.values() if len(f.words) > 1
                       for w in ((f.words[0],) if f.words[1] not in _HEAD_LINKS else ())
                       + (f.words[-1],)}
    # (a first or last word: "Hancock" of "Jordan Hancock", "Microsoft" of "Microsoft
    # Corp."; not a middle word: "Railroad hazardous materials …" opening a sentence is
    # no short form of the Federal Railroad Administration; nor a head before "on" or
    # "of": "Policy updates" is no short form of the Policy on Occurrence Classification)
    for key in list(forms):
        form = forms[key]
        if form.words in _DOCUMENT_PART_ALONE:
            del forms[key]  # "Contents", "Foreword" heading a report's page: no name
            continue
        if not all(c.initial for c in form.places) or \
                any(c.hint == "vessel" for c in form.places):
            continue  # (a vessel's name opens its row in a table of vessels: "Peggotty")
        word = form.words[0]
        if any(_WIRE_DATE_AFTER.match(c.after) and c.before.endswith("(") for c in form.places):
            continue  # "FORT BELVOIR, VA--(Marketwired - March 23, 2017) -": the wire that
            # carries the release, in brackets with the date after the dateline
        if len(form.words) == 1 and word.casefold() not in know.common_words and re.search(
                rf"(?<![\w-]){re.escape(word)}\.(?:org|com|net|gov|edu|co|news)\b", text,
                re.IGNORECASE):
            continue  # "Wikinews extended invitations …" under a link to en.wikinews.org: a
            # site's name, its domain in the story too
        if word.casefold() in _lower_case_words(text) and not know.big_place(word):
            del forms[key]  # "Officials also say…", "Police officers …" (a Polish town)
            continue
        if word in SEASONS:
            del forms[key]  # "Spring is here on the Korean Peninsula.": a season (not the
            continue  # Texan town)
        if word in STORM_KINDS:
            del forms[key]  # "Hurricane damage" as a photo's heading: a storm's kind, not a
            continue  # short form of "Hurricane Michael"
        if len(form.words) == 1 and word in _US_PARTY_WORDS:
            continue  # "Republican lawmakers this week advanced …": a party by its word,
            # opening the sentence as anywhere else
        if word in words_elsewhere or (word.rstrip("s") in words_elsewhere
                                       and word.casefold() not in know.common_words):
            continue  # (a plural of a name's word: "Kennedys"; but "News article" heading
            # a page is no plural of "New Zealanders"' first word)
        if know.big_place(word) or word in know.country_codes:
            continue
        if len(form.words) == 1 and know.disease(word):
            continue  # "Covid stole my Dad’s final months": a disease by its letters, a
            # name wherever it stands
        if len(form.words) == 1 and word in know.given_names and any(
                re.search(r"[“\"‘][^\S\n]*$", c.before) and _GREETED_AFTER.match(c.after)
                for c in form.places):
            continue  # "“Michael, hello! How are you?”": a turn of a dialogue opening with
            # the name of the one it greets
        if len(form.words) == 1 and word in SOCIAL_NETWORKS and word not in ("X", "Threads"):
            continue  # "Twitter users from North Macedonia fight …": a network by its name
        if len(form.words) == 1 and any(
                re.match(r"/[A-Z][\w’'.-]*[^\S\n]+[A-Z][\w’'-]+", c.after) for c in form.places):
            continue  # "… in 2016. Reuters/James Akena": a photo's agency before its
            # photographer's name, a credit's two names
        if any(not text[text.rfind("\n", 0, c.start) + 1:c.start].strip()
               and re.match(r"[^\S\n]+[—–][^\S\n]+[A-Z]", c.after) for c in form.places):
            continue  # "Newswise — On Wednesday, …": the wire or the place a story comes
            # from, before its dash
        if len(form.words) == 1 and len(form.places) >= 2 and all(
                re.match(r"[^\S\n]*(?:\n|$)", c.after)
                and re.search(r"[a-z][.!?][^\S\n]+$", c.before) for c in form.places):
            continue  # "… to grow and develop. Shutterstock": a photo's credit ending each
            # caption, after the caption's sentence on its line
        if len(form.words) == 1 and any(
                re.search(r"[^\W\d_]:[^\S\n]+$", c.before)
                and re.match(r"(?:,[^\S\n]+|,?[^\S\n]+and[^\S\n]+)[A-Z][a-z]", c.after)
                for c in form.places):
            continue  # "Kenya: Kakuma and Kalobeyei Refugee Settlements": the first of the
            # names a label's colon lists, no sentence's first word
        if any(SOURCE_LABEL_BEFORE.search(c.before)
               and re.match(r"[^\S\n]*(?:\n|$|[,;])", c.after) for c in form.places):
            continue  # "source: Eurostat" under a table, "SOURCEWaging Nonviolence" atop a
            # copy: the source, named by its label (not "Source: Official website of …": a
            # description, its first word)
        if any((aside := re.match(r",[^,\n]{2,30},", c.after)) is not None
               and SPEECH_AFTER.match(c.after[aside.end():]) for c in form.places):
            continue  # "Ruto, on his part, expressed …": the speaker, an aside between
            # the name and its verb
        if len(form.words) == 1 and word.casefold() not in know.common_words and \
                word not in ORGANISATION_HEADS and not word.endswith(("al", "ic", "ary", "ive")) \
                and any(re.match(r"[^\S\n]+officials[^\S\n]+(?:and|said|say|says|have|had|"
                                 r"were|are|told)\b", c.after) for c in form.places):
            continue  # "Kremlin officials and Russian state media portray …": a body, by its
            # officials
        if len(form.words) == 1 and any(
                ((m := DESCRIBED_AFTER.match(c.after)) is not None
                 and m.group("noun") in PERSON_NOUNS)
                or re.match(r"[^\S\n]+[a-z]{3,}s[^\S\n]+(?:himself|herself)\b", c.after)
                for c in form.places):
            continue  # "Mialisoa, a blogger in Antananarivo, expressed …", "Andry counts
            # himself among the skeptics": a person, by the apposition that says what she is
            # or the verb that turns back on him
        if any(_COMMENTS_AFTER.match(c.after) for c in form.places):
            continue  # "Unzipped comments on the sentencing …": a blog, by what it does
        if len(form.words) == 1 and word not in RUBRICS and word not in FIELD_LABELS and any(
                re.search(r"(?:^|\n)[^\S\n]*$", c.before)
                and re.match(r":[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[\w’'-]+){3,}", c.after)
                for c in form.places):
            continue  # "Krauss: Science funding is a national investment …": a headline
            # opening with whose view it gives, before its colon (not "Opinion: …")
        if any(_READING_TIME_AFTER.match(c.after) for c in form.places):
            continue  # "Futurity4 min read": a listing's source, before each story's reading
            # time
        if know.town(word) and any(_ITS_RESIDENTS_AFTER.match(c.after) for c in form.places):
            continue  # "Chatsworth residents take to the streets": a town, by its people
        if (know.town(word) or know.places.get(word) == "city") and any(
                (m := _REGION_AFTER.match(c.after)) is not None
                and (know.places.get(m.group(1)) in ("region", "country")
                     or m.group(1) in POSTAL_CODES
                     or (know.places.get(m.group(1).split()[0]) in ("region", "country")
                         and m.group(1).split()[-1] in MONTHS_AND_DAYS))
                for c in form.places):
            continue  # "Niscemi, Sicily – 46 enormous antenna masts …": a dateline's town,
            # then its region or country (and the date: "Salina, Kansas November 15, …"), or
            # its state's code on an address's line ("Bethesda, MD")
        if know.places.get(word) == "city" and any(
                (not c.before or c.before.endswith("\n")) and _ALONE_OR_AMOUNT.match(c.after)
                for c in form.places):
            continue  # "Dothan" alone on its line, "Auburn Outright: $175,000": a list's
            # town, a heading of its own
        gerund = word.endswith("ing") and word not in know.given_names and \
            word not in know.surnames and word not in know.places
        plain = len(form.words) == 1 and word.casefold() in know.common_words and \
            word not in know.surnames and word not in know.given_names and \
            word not in ORGANISATION_HEADS and word not in EVENT_HEADS
        adjective = len(form.words) == 1 and word.endswith(_ADJECTIVE_ENDINGS) and \
            word not in know.surnames and word not in know.given_names and \
            not know.places.get(word)
        common = len(form.words) == 1 and word.casefold() in know.common_words and \
            word not in know.given_names and word not in ORGANISATION_HEADS
        if not gerund and any(SPEECH_AFTER.match(c.after) or (not plain and not adjective and (
                SUBJECT_AFTER.match(c.after) or _ACTS_AFTER.match(c.after)
                or (not common and ORG_AFTER.match(c.after)))) for c in form.places):
            continue  # "Kargbo said", "Wikinews has learned" (but "“Waiting doesn’t help
            # at all,”": a verb's "-ing" form as the subject, no name; nor "History was
            # made here …": one of English's commonest words, the subject of its verb)
        if any(PERSONAL_HEADLINE_VERB.match(c.after) or RECALLS_AFTER.match(c.after)
               for c in form.places):
            continue  # "Noren Served as Boone County Clerk …", "Target Recalls Step Stools
            # …": a headline's subject, before a verb in title case only a person or a firm
            # takes
        if any(_AND_OTHER_BODIES.match(c.after) for c in form.places):
            continue  # "Earthsight and other NGOs say …": a body, listed with its kind
        if any(_ITS_PEOPLE_AFTER.match(c.after) for c in form.places):
            continue  # "Grist thanks its sponsors.": a body, by the people it has
        if any((m := _LISTED_NEXT.match(c.after)) is not None and m.group(1) in forms
               and m.group(1) not in SEASONS for c in form.places):
            continue  # "Report: Kroger, Walmart & Amazon …": the first of a list of names
        if word not in know.given_names and any(_MEMBER_AFTER.match(c.after)
                                                for c in form.places):
            continue  # "Momentum organizer Nicole Carty discusses …": a body, by its people
            # (not "Poll analyst Kevin Bonham": what an analyst studies)
        if any(c.before.endswith("(") and CREDIT_AFTER.match(c.after) for c in form.places):
            continue  # "… near Guam. (Reuters)", "(AFP via Barron's)": the item's source
        if any(ch.isupper() for ch in word[1:]) and not word.isupper():
            continue  # "YouTube", "DotAsia": capitals inside a word mark a name
        if len(word) > 1 and word.isupper():
            continue  # an acronym
        if not word.isascii() and word.isalpha() and len(word) > 2 and all(
                ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in word):
            continue  # "Dáil debates", "Éire": English's own small words have no accents
        if know.demonym_plural(word):
            continue  # "Muslims in Texas marched"
        if word in ("Democrats", "Republicans"):
            continue  # "Democrats were also successful …": a party's members (but
            # "Progressives say …", "Liberals", "Greens" are also people of a view)
        if word in ("Senate", "Congress", "Parliament", "Legislature"):
            continue  # "Senate bills have another 12 days …": a chamber by its name
        if word in know.given_names and any(
                re.match(r"^\s+(?:and|&)\s+[A-Z][\w’'-]+\s+[A-Z]", c.after) for c in form.places):
            continue  # "Evelyn and Joseph Djoumessi": a couple sharing a surname
        if any((c.possessive and (re.match(r"^\s+[A-Z]", c.after)
                                  or _OWNED_ACT_AFTER.match(c.after)
                                  or _OWNED_RULE_AFTER.match(c.after)
                                  or _OWNED_FORTUNE_AFTER.match(c.after)))
               or (word.endswith("s") and re.match(r"^[’'][^\S\n]+[A-Z]", c.after))
               for c in form.places):
            continue  # "Labour’s Shadow Home Secretary …": it holds a role ("Wikinews’ Nick
            # Moreau interviewed him": its reporter; "Harvard’s decision to …": it acts;
            # "Gannett's loss is the Mirror's gain": it loses, a firm or a person;
            # "Medicare’s new policy supports …": it has rules of its own)
        if word in know.given_names and any(_LABEL_LINE_ROLE.match(c.after) and (
                not c.before or c.before.endswith("\n")) for c in form.places):
            continue  # "Kirill, contract soldier" on a line of its own: whose words follow
        del forms[key]


def _drop_code_paths(forms: dict[str, Form]) -> None:
    """A body's letters written only inside an office's code path of three parts or more
    ("NRC/OPA/RGN-III/FO") are parts of a code, not names the story gives (not
    "AFP/Getty Images", a credit's two names, nor "2020 /PRNewswire/ --", a wire's)."""
    for key in list(forms):
        form = forms[key]
        if len(form.words) == 1 and all(
                (re.search(r"[\w-]/$", c.before) and re.match(r"/[\w-]", c.after))
                or re.match(r"/[A-Z][\w-]*/", c.after)
                or re.search(r"/[A-Z][\w-]*/$", c.before) for c in form.places):
            del forms[key]


#: What follows a body listed with others of its kind: "… and other NGOs", "… and
#: other groups".
_AND_OTHER_BODIES = re.compile(r"[^\S\n]+and[^\S\n]+other[^\S\n]+(?:NGOs|groups|organi[sz]ations|"
                               r"companies|firms|charities|unions|agencies|outlets|nonprofits)\b")


def _drop_ambiguous_surnames(forms: dict[str, Form], know: Knowledge) -> None:
    """'Hancock' when the story names Jordan Hancock and Michael B. Hancock: the surname
    alone is either of them, not a third entity."""
    persons = [f for f in forms.values() if len(f.words) > 1 and looks_personal(f, know)]
    for key in list(forms):
        form = forms[key]
        if len(form.words) == 1 and len({(p.words[0], p.words[-1]) for p in persons
                                         if p.words[-1] == form.words[0]}) > 1:
            del forms[key]  # (but "Alejandro Mayorkas" and "Alejandro N. Mayorkas" are one)


def _entity(cluster: list[Form], know: Knowledge) -> EntitySuggestion:
    main = cluster[0]
    common = next((f for f in cluster[1:] if _common_name_of(f, main, know)), None)
    if common is not None:  # a country by its common name: "France", not "French Republic"
        cluster = [common, *(f for f in cluster if f is not common)]
        main = common
    kind, evidence = type_of(cluster, know)
    places = sorted((c.start, c.end) for f in cluster for c in f.places)
    role = next((c.role for f in cluster for c in f.places if c.role), None)
    if role is None and kind == "person":  # "İştar Gözaydın, a professor of law and …"
        role = next((m.group("role") for f in cluster for c in f.places
                     if (m := APPOSITIVE.match(c.after))), None)
    aliases = [f.text for f in sorted(cluster[1:], key=lambda f: f.first)]
    name = main.text
    if name.startswith("The ") and len(main.words) > 2:
        name = name[4:]
    return EntitySuggestion(name=name, type=kind, evidence=evidence, aliases=aliases,
                            role=role, start=places[0][0], count=len(places),
                            forms={f.text for f in cluster}, places=places)


def _common_name_of(form: Form, main: Form, know: Knowledge) -> bool:
    """Whether ``form`` is the one-word common name of the country ``main`` names
    officially ("Russia" for "Russian Federation", "France" for "French Republic")."""
    if know.country_codes.get(main.text) == form.text:
        return True
    canonical = know.country_codes.get(main.text, main.text)
    return len(form.words) == 1 and know.places.get(form.text) == "country" and \
        know.country_codes.get(form.text, form.text) in (canonical, main.text)
