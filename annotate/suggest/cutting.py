"""Cutting a run into the names it holds.

- function words and weekday or month names at its edges go ("During", "The");
- a coordination of two complete names is split ("Syria and Yemen", "Dotalliance Inc.
  & EuroDNS S.A."), one name containing "and" is not ("NHS Greater Glasgow and Clyde");
- a title before a person's name becomes their role ("Environment Minister John Baird",
  "CEO of the Refugee Council Enver Solomon": role, organisation and person);
- a leading demonym or language name is an adjective, not a name ("Filipino Fyljoy
  Volefdico", "Afghan officials"), unless the run names an institution ("Italian
  Cultural Institute");
- two names written one after the other are two ("U.S. Department of Labor Occupational
  Safety and Health Administration", "United Launch Alliance Atlas V").
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from itertools import pairwise

from .capitals import case_shift
from .forms import in_order, initials_of
from .knowledge import PEOPLE_ADJECTIVES, Knowledge, unaccented
from .lexicon import (
    AIRCRAFT_REGISTRATION,
    AU_STATE_CODES,
    AUXILIARIES,
    BARE_LAW_HEADS,
    BODIES_OF_A_KIND,
    CENSUS_YEAR,
    CHAMBERS_BY_NAME,
    COMPANY_FORMS,
    COMPASS_POINTS,
    CONNECTORS_BASE,
    CONTACT_LABELS,
    CONTEST_WORLDS,
    COUNTRY_LETTERS,
    COURT_CASE,
    ELECTED_OFFICES,
    ERA_WORDS,
    EVENT_HEADS,
    FIRE_HEADS,
    FUNCTION_WORDS,
    GREETINGS,
    HEADLINE_VERBS,
    HOLIDAYS,
    HONORIFICS,
    HONOURS,
    INITIALS_TITLES,
    INSTALLATIONS,
    JOURNAL_CUE,
    LAW_HEADS,
    LAW_PARTS,
    LOCAL_BODY_LETTERS,
    MONTHS_AND_DAYS,
    MONTHS_SHORT,
    NAMED_AFTER_PERSON,
    NAMED_WEEKDAYS,
    NEWS_AGENCIES,
    NOBLE,
    NUMBERED_BUILDINGS,
    NUMBERED_WORK_HEADS,
    OBSERVING_VERBS,
    OFFICE_HOLDERS,
    OFFICE_TITLES,
    ORDINAL,
    ORDINAL_WORDS,
    ORGANISATION_HEADS,
    OTHER_HEADS,
    PARK_UNITS,
    PARTNERSHIP_FORMS,
    PARTY_MEMBERS,
    PARTY_TOWN,
    PEOPLES_BY_NAME,
    PEOPLES_REGIONS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_OPENERS,
    PLACE_PREFIXES,
    PORTFOLIO,
    POSTAL_CODES,
    POSTNOMINALS,
    PRIZES,
    QUESTION_OPENERS,
    RANK_PARTS,
    RELATION_SUFFIXES,
    RESEARCH_BODIES,
    ROAD_NUMBER,
    ROAD_NUMBER_HEADS,
    ROAD_WORDS,
    ROLE_MODIFIERS,
    ROMAN_NUMERAL,
    SHEIKH,
    SHOW_NOUN,
    SOCIAL_NETWORKS,
    STATE_ABBREVIATIONS,
    STORM_KINDS,
    STORM_STAGES,
    STREET_FIRST,
    STUDY_HEADS,
    SUBJECT_VERB_AFTER,
    SURNAME_PARTICLES,
    SURNAME_PREFIX,
    TE_REO_OPENERS,
    TE_REO_WORD,
    TOPIC_BODIES,
    UPRISINGS,
    VESSEL_PREFIXES,
    WISHED_DAYS,
    WISHES,
    WORK_HEADS,
    YEAR_KINDS,
    YEARS,
)
from .tokens import (
    Candidate,
    Token,
    _candidate,
    _is_title,
    _lower_case_words,
    _spelt_out,
    _title_follows,
    caption_surname,
    lettered_with,
    line_end,
    nickname_between,
    opens_line,
    pronunciation_around,
    someones_surname,
    spelt_after_body,
    spelt_by_last,
    title_apposed,
    titled_before,
)

#: Adjectives that end bodies' names, though stories write them in lower case too:
#: "Creative Commons International", "Amnesty International".
_BODY_TAILS = frozenset(("International",))
#: A work named right after its kind: "the Beatles song Across the Universe".
_WORK_NOUNS = (r"(?:song|film|movie|book|novel|album|play|poem|series|podcast|" + SHOW_NOUN
               + r"|opera|documentary|painting|musical)")
_WORK_CUE = re.compile(rf"\b{_WORK_NOUNS}\s+$")
#: A name given by "called …" (after a work's kind: "the series, called After Water").
_CALLED = re.compile(rf"(?:\b(?P<work>{_WORK_NOUNS}),?\s+)?\b(?:called|named|titled|entitled|"
                     r"dubbed)\s+$")


#: A series' kind after its name: "our Editor Spotlight series".
_SERIES_AFTER = re.compile(r"[^\S\n]+(?:series|column|newsletter|podcast|blog|feature)\b")
#: Buildings that stand on a street or a hill: "… Church on Senate House Hill".
_BUILDING_HEADS = frozenset("Church Chapel Cathedral Abbey Hall House Tower Building Library "
                            "Museum Gallery Theatre Theater Hotel Inn".split())
#: What a site's page or section is called after its title: "the News and Events page".
_PAGE_AFTER = re.compile(r"[^\S\n]+(?:page|pages|section|tab|menu|webpage)\b")
def _shared_plural_head(text: str, run: list[Token]) -> list[list[Token]] | None:
    """The names before a plural head the story also writes in the singular as a name of
    its own ("… and New Caney Business Recovery Centers" and "Business Recovery Center"):
    each name has one, so the names are what the run names."""
    last = run[-1].text
    if len(run) < 3 or not last.endswith("s") or \
            (last[:-1] not in ORGANISATION_HEADS and last[:-1] not in PLACE_HEADS):
        return None
    words = [t.text for t in run]
    for k in range(1, len(run) - 1):
        singular = " ".join([*words[k:-1], last[:-1]])
        alone = any(not re.search(r"[A-Z][\w.’'-]*[^\S\n]+$", text[max(0, m.start() - 40):
                                                                  m.start()])
                    for m in re.finditer(rf"(?<![\w-]){re.escape(singular)}(?![\w-])", text))
        # (the singular written as a name of its own, no capitalised word before it: "Business
        # Recovery Center" on its line, not "Recovery Center" inside it)
        if len(words) - k >= 2 and alone and run[k - 1].capitalised and run[0].capitalised:
            parts: list[list[Token]] = [[]]
            for token in run[:k]:
                if token.text == "and":
                    parts.append([])
                else:
                    parts[-1].append(token)
            if all(parts):
                return [p for p in parts if p[0].text not in HEADLINE_VERBS]  # (not "SBA to
                # Close Business Recovery Centers …": a headline's verb)
    return None


#: A state's postal code and a ZIP code after a town: ", FL 34102", " IA 50849".
_STATE_ZIP = re.compile(r",?[^\S\n]+[A-Z]{2}[^\S\n]+\d{5}\b")
_ZIP = re.compile(r"[^\S\n]+\d{5}\b")


def _town_before_zip(text: str, run: list[Token], know: Knowledge,
                     ) -> tuple[list[Token], list[Token]] | None:
    """(venue, town) when a run ends with a town right before a state's code and a ZIP
    code, the venue's name before it on the same line: the town is a gazetteer city, or
    repeats the venue's first words ("Sanford Information Center Sanford")."""
    if len(run) < 2:
        return None
    if re.fullmatch(r"[A-Z]{2}", run[-1].text) and _ZIP.match(text, run[-1].end):
        run = run[:-1]  # "… Cape Coral FL 33991": the state's code inside the run
    elif not _STATE_ZIP.match(text, run[-1].end):
        return None
    words = [t.text for t in run]
    for n in (3, 2, 1):
        if len(run) - n < 2:
            continue  # (one word left is part of the town's name: "West Des Moines, IA")
        town = " ".join(words[-n:])
        if know.places.get(town) == "city" or words[-n:] == words[:n] or (
                len(run) >= 2 * n and words[-2 * n:-n] == words[-n:]) or \
                any(words[k:k + n] == words[-n:] for k in range(len(words) - 2 * n + 1)):
            return run[:-n], run[-n:]
    return None


#: A number and "and" opening a firm's name in a list: ", 82 and Sunny LLC".
_NUMBER_AND = re.compile(r"(?:^|[,;(][^\S\n]+)(\d{1,4})[^\S\n]+(and)[^\S\n]+$")
#: Members of the armed services, capitalised in their services' style: "Airmen",
#: "Soldiers", "Sailors", "Guardians" (a rank, "Senior Airman", is a title instead).
_SERVICE_MEMBERS = frozenset("Airmen Soldiers Sailors Guardians Servicemembers".split())
#: Months as datelines write them in capitals ("JUN 16--").
_MONTHS_IN_CAPITALS = frozenset("JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC JANUARY "
                                "FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER "
                                "NOVEMBER DECEMBER".split())
#: The items of a list before and after a word: "1040, 1040A and " and ", 1040A or 1040".
_LIST_BEFORE = re.compile(r"(?:\b\d[\w-]*(?:,[^\S\n]*|,?[^\S\n]+(?:and|or)[^\S\n]+))+$")
_LIST_AFTER = re.compile(r"(?:(?:,[^\S\n]*|,?[^\S\n]+(?:and|or)[^\S\n]+)\d[\w-]*\b)+")


def _second_titled(run: list[Token], know: Knowledge) -> int | None:
    """Where a second person starts, after a title that repeats a word of the first
    person's title: "Chief Judge … Howard Chief Judge …", "Judge … Carnes Judge …"."""
    j = 0
    while j < len(run) and _is_title(run[j].text, know.titles):
        j += 1
    if j == 0:
        return None
    first = {t.text for t in run[:j]}
    for k in range(j + 2, len(run) - 1):
        if not _is_title(run[k].text, know.titles) or _is_title(run[k - 1].text, know.titles):
            continue
        m = k
        while m < len(run) and _is_title(run[m].text, know.titles):
            m += 1
        if m < len(run) and run[m].capitalised and {t.text for t in run[k:m]} & first and \
                not run[k - 1].acronym and run[k - 1].text not in know.country_codes and \
                not any(t.text in CONNECTORS_BASE for t in run[j:k]):
            return k  # (not "… of the Criminal Division and U.S. Attorney James R. Klindt")
    return None


def _in_number_list(text: str, token: Token) -> bool:
    """Whether a word starting with a digit stands in a list with a plain number: then it
    numbers a form, a model or a route ("1040EZ"), where a name starting with a digit stands
    alone or among names like it ("2GB and 3AW", two radio stations)."""
    before = _LIST_BEFORE.search(text, max(0, token.start - 60), token.start)
    after = _LIST_AFTER.match(text, token.end)
    items = re.findall(r"\d[\w-]*", (before.group() if before else "")
                       + (after.group() if after else ""))
    return any(item.isdigit() for item in items)


#: Letters that stand for common nouns ("IT outage", "EV sales", "IoT devices").
_COMMON_LETTERS = frozenset("IT EV EVs IoT HR".split())


#: Two names listed with commas before a run: "Greenpeace, Save Happy Valley, ".
_LISTED_BEFORE = re.compile(r"[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)*,[^\S\n]+[A-Z][\w’'.-]*"
                            r"(?:[^\S\n]+[A-Z][\w’'.-]*)*,[^\S\n]+$")
#: What a listing's heading calls its items: "Our News on Newswise", "Stories from …".
_LISTING_WORDS = frozenset("News Stories Updates Posts Articles".split())
#: A headline's words for what is about to happen, before "to": "… Set to Celebrate".
_POISED = frozenset("Set Poised Slated Due Ready Expected Likely".split())
#: Harms a sentence may open with, before "on" and whom they hit ("Attack on …").
_HARM_ON = frozenset("Attack Attacks Assault Assaults Raid Raids Crackdown Violence".split())


def _a_day(words: list[Token]) -> bool:
    """A day's name: a holiday, a day named for someone ("Valentine’s Day", "Mother’s
    Day") or for what fell on it ("Super Tuesday")."""
    name = " ".join(t.text for t in words)
    return name in HOLIDAYS or name in NAMED_WEEKDAYS or (
        len(words) == 2 and words[0].possessive and words[1].text in ("Day", "Eve", "Night"))


#: Kinds of land and water a place is named with, which lie inside a larger place: "the
#: Ka‘ū Desert of Hawai‘i Volcanoes National Park" (not "District", a court's, nor
#: "Building", a county's).
_LANDFORMS = frozenset("""Desert Valley Lake Mountain Mountains Forest Beach Bay Canyon Glacier
Peak Plateau Basin Coast Creek River Falls Springs Hills Reef Crater Caldera Volcano Trail
Wilderness Plain Plains Lagoon Wetlands Highlands""".split())
def _titled_by_body_of_state(run: list[Token], know: Knowledge
                             ) -> tuple[list[Token], list[Token], int] | None:
    """(body, person, where the title starts) for a title, "of the", a body named for a
    state or a country, then two capitalised words that are no place's or body's: the
    holder's name (after another name and "and", the title starts after the "and")."""
    of = next((k for k in range(1, len(run) - 4) if run[k].text == "of"
               and run[k + 1].text == "the" and _is_title(run[k - 1].text, know.titles)), None)
    if of is None or len(run) - of < 6:
        return None
    ands = [k for k in range(of) if run[k].text == "and"]
    title = ands[-1] + 1 if ands else 0
    state = len(run) - 3
    person = run[state + 1:]
    if know.places.get(run[state].text) not in ("region", "country") or \
            not any(t.text in ORGANISATION_HEADS or t.text in PLACE_HEADS
                    for t in run[of + 2:state]) or \
            any(_is_title(t.text, know.titles) for t in run[of + 2:state]) or \
            not all(t.capitalised and not t.acronym and t.text not in know.places
                    and not _any_head(t.text) and not _is_title(t.text, know.titles)
                    for t in person):
        return None
    return run[of + 2:state + 1], person, title


def _hyphenated_pair(text: str, run: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """Two names one hyphen joins, when the letters in parentheses after them are joined so
    too, each spelling its own name: "… Customs Enforcement-Homeland Security Investigations
    (ICE-HSI)"."""
    letters = re.match(r"[^\S\n]*\(([A-Z]{2,8})-([A-Z]{2,8})\)", text[run[-1].end:] if run else "")
    if letters is None:
        return None
    for k, token in enumerate(run):
        glued = re.fullmatch(r"([A-Z][a-z]+)-([A-Z][a-z]+)", token.text)
        if glued is None or k == 0:
            continue
        first = Token(token.start, token.start + len(glued.group(1)), glued.group(1))
        second = Token(first.end + 1, token.end, glued.group(2))
        for part in (first, second):
            part.classify()
        left, right = [*run[:k], first], [second, *run[k + 1:]]

        def spelt(part: list[Token]) -> str:
            return "".join(t.text.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+", t.text)
                           else t.text[0] for t in part if t.text[:1].isupper())

        if spelt(left).endswith(letters.group(1)) and spelt(right) == letters.group(2):
            return left, right
    return None


#: Verbs an observance's headline opens with: "Celebrate Māori Language Week".
_OBSERVING_VERBS = frozenset("Celebrate Join Observe Mark Support Honor Honour Recognize "
                             "Recognise Happy Welcome Help Take Get Make Spread Raise Learn "
                             "Commemorate Remember Kick".split())
#: Jurisdictions a body works with, named in the plural after its name and "and": "…
#: Administration for Children and Families and States".
_JURISDICTIONS = frozenset("States Tribes Territories Localities Counties Cities".split())
#: Offices by their letters after a state's name, no chapter of a body: "Kansas AG".
_OFFICE_LETTERS = frozenset("AG DA SOS LG AGs DAs".split())
#: Labels of a body's numbered records: "FTC File No. P094511", "FR Doc No: 2025-07896".
_NUMBERED_LABELS = frozenset("File Case Docket Claim Account Reference Doc".split())
#: Documents a title names by whose words they give: "Statement of …", "Remarks by …".
_SPOKEN_DOCUMENTS = frozenset("Statement Remarks Testimony Message Speech Address".split())


#: A post's noun in lower case after its first word: "Antti Kaartinen Press officer".
_POST_NOUN_AFTER = re.compile(r"[^\S\n]+(?:officer|secretary|manager|director|adviser|advisor|"
                              r"assistant|coordinator|editor|spokesperson|spokesman|"
                              r"spokeswoman|correspondent)\b")
#: A street number after a run, as an address goes on: "… Kongens Nytorv 6 1050 …".
_ADDRESS_NUMBER_AFTER = re.compile(r"[^\S\n]+\d{1,4}[^\S\n]+\d{4,5}[^\S\n]+[A-Z]")
#: What a speaker gives, as the title of a page of it: "Statement of …", "Remarks by …".
_SPOKEN_WORKS = frozenset("Statement Statements Remarks Testimony Speech Address Letter "
                          "Message Interview".split())
#: Parts of a building a story names before the building: "the Rotunda of the U.S. Capitol".
_BUILDING_PARTS = frozenset("Rotunda Crypt Portico Atrium Lobby Terrace".split())


def _building_part(words: list[Token]) -> bool:
    """"Rotunda", "East Front", "West Wing": a part of a building, by its name alone or
    by its side."""
    last = words[-1].text
    return (len(words) == 1 and last in _BUILDING_PARTS) or (
        2 <= len(words) <= 3 and last in ("Front", "Wing", "Lawn", "Steps", "Terrace")
        and words[-2].text in COMPASS_POINTS)  # (and "the Senate East Front")


#: A post's title and a dash before the fields it covers: "Executive Director – ".
_FIELD_AFTER_POST = re.compile(r"\b(?:Director|Manager|Officer|Chief|Head|Coordinator|Lead|"
                               r"Executive|Secretary|Commissioner|Administrator)"
                               r"[^\S\n]+[–—-][^\S\n]+$|\bMinisters?[^\S\n]+in[^\S\n]+[Tt]he"
                               r"[^\S\n]+Presidency[^\S\n]+for[^\S\n]+$")
# (and "Deputy Minister in The Presidency for Women, Youth and …": the portfolio a minister
# holds in a president's office)


#: The last words of posts a directory lists in its first column.
_DIRECTORY_POSTS = frozenset("Officer Director Manager Counsel Secretary Judge Chairman Chair "
                             "Chairwoman Commissioner Commissioners Administrator Treasurer "
                             "Clerk Editor President Coordinator Controller Inspector "
                             "Members Member Auditor".split())
#: A person's name in a directory's next column, alone to the line's end: "     Lena A.
#: Whitcomb", "     Earl R. Ohman, Jr.".
_NAME_IN_NEXT_COLUMN = re.compile(r"[ \t]{3,}[A-Z][a-z]+(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}"
                                  r"(?:,[^\S\n]+(?:Jr|Sr)\.|,?[^\S\n]+(?:II|III|IV))?,?[^\S\n]*$",
                                  re.MULTILINE)
#: The heading of a table whose rows are vessels: "Vessel’s name Accident/incident type …".
_VESSELS_TABLE = re.compile(r"^(?:Vessel|Ship|Boat)(?:[’']s)?[^\S\n]+name\b", re.MULTILINE)
#: A table's row: a description that ends with its sentence's stop, then a date's cell
#: ("… in the Humber estuary. 19/05/16 Under investigation").
_DATED_ROW = re.compile(r"[^\n]*[a-z)]\.[^\S\n]+\d{1,2}/\d{1,2}/\d{2,4}\b[^\n]*")


def _row_cell(text: str, run: list[Token]) -> int | None:
    """Where a run in the first cell of a table's row ends: at the capitalised word that
    opens the row's description ("Sinking", "Loss", "Man": the word before the row's first
    lower-case word), or after its last word when the run is all name; None outside such
    a table (at least three rows, each a description with its stop, then a date's cell)."""
    if not run or not run[0].text[:1].isupper():
        return None
    line_start = text.rfind("\n", 0, run[0].start) + 1
    if re.search(r"[a-z]", re.sub(r"[A-Z][\w’'.-]*|\([^()\n]*\)", "",
                                  text[line_start:run[0].start])):
        return None  # (only the row's first cell: no lower-case word before the run)
    line = text[line_start:text.find("\n", run[0].start) % (len(text) + 1)]
    if not _DATED_ROW.fullmatch(line) or len(_DATED_ROW.findall(text)) < 3:
        return None
    for k, token in enumerate(run):
        if token.text[:1].isupper() and re.match(r",?[^\S\n]+[a-z]", text[token.end:]) and \
                (k > 0 or text[line_start:run[0].start].strip()):
            return k  # (alone, after the name's cell: "Pauline Mary (WY 845) Fatal man …")
    return len(run)


#: The small words a heading in capitals holds, which no name in capitals does: "CONTACT US",
#: "INFORMATION ABOUT THIS REPORT", "GET THE MORNING HEADLINES DELIVERED TO YOUR INBOX".
_CAPITAL_SMALL_WORDS = frozenset("ABOUT THIS US THE FOR AND TO YOUR OUR WITH FROM WHAT HOW "
                                 "WE YOU GET".split())


#: Common nouns for firms, which a headline capitalises after whose they are.
_GENERIC_FIRMS = frozenset("Company Companies Firm Firms Affiliate Affiliates Subsidiary "
                           "Subsidiaries Business Businesses".split())
#: Whose they are: "Their", "His", "Her", "Its".
_OWNER_BEFORE = re.compile(r"\b(?:[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)[^\S\n]+$")


#: An aircraft's model: letters and digits, or digits and a hyphen ("787-9", "AS355F1",
#: "S92", "DHC-8-402").
_MODEL_CODE = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[A-Z-])[A-Z\d][\w-]*")


#: The heads of tribal nations' names.
_TRIBAL_HEADS = frozenset("Nation Nations Tribe Tribes Band Bands Reservation Community "
                          "Indians".split())
#: Ceremonies a headline names before what they open: "Grand Opening of …".
_CEREMONIES = frozenset("Opening Reopening Groundbreaking Dedication Unveiling Signing".split())
#: What a headline says was done to someone, in title case before "of" and the name.
_ACTS_ON_PEOPLE = frozenset("Expulsion Arrest Arrests Detention Release Imprisonment Jailing "
                            "Sentencing Conviction Abduction Kidnapping Disappearance "
                            "Deportation Extradition Killing Killings Murder Execution "
                            "Torture Harassment Persecution Prosecution".split())
#: Posts that open no body's name, so a body right after one is where the post is held.
_POSTS_BEFORE_BODY = frozenset("Chairman Chairwoman Chairperson Chair President CEO Director "
                               "Organizer Organiser".split())
#: The last words of posts whose first words are a field's, not a title ("Foundation
#: Relation Officer", "Community Engagement Manager").
_POST_ENDS = frozenset("Officer Manager Director Coordinator Specialist Advisor Adviser "
                       "Associate Analyst".split())
#: A person's name and the comma before the post that follows it in apposition.
_AFTER_NAMES_COMMA = re.compile(r"\b[A-Z][\w’'-]+,[^\S\n]*$")
#: A member's letters right after a name: "Eluned Morgan AM" is a member's name, whatever
#: its first word looks like ("-ed": "Outraged Senator …").
_MEMBERS_LETTERS_AFTER = re.compile(rf"[^\S\n]+(?:{'|'.join(sorted(POSTNOMINALS))})\b")
#: A retired officer's mark, which the runs step over: "(Ret.)", "(RET)".
_RETIRED_MARK = re.compile(r"\((?:Ret|RET|ret)\.?\)")


#: Parts of a document cited by number before "of" and the document: "Article I of …",
#: "Parts III and IV of the Northern Ireland Act", "Schedule 2 to …".
_NUMBERED_PARTS = frozenset("Article Articles Part Parts Chapter Chapters Schedule Schedules "
                            "Clause Clauses".split())
# (not "Title IX of the Education Amendments", "Section 1201 of the Digital Millennium
# Copyright Act": parts known by their numbers)
#: Links of a site's menu that end with "Us".
_US_LINKS = frozenset("Contact Contacting About Follow Join Email Call Visit Support Subscribe"
                       .split())  # (and a magazine's "Contacting Us" over its address)
#: A slogan or title in marks after "the", its last word's full stop inside them, before a
#: name it qualifies: 'the "Be Ready. Be Buckled." Safety Belt Student Art Contest' (the
#: word after the marks opens no sentence).
_AFTER_QUOTED_TITLE = re.compile(r"\b[Tt]he[^\S\n]+[“\"][^”\"\n]{1,60}[.!?][”\"][^\S\n]+$")
#: A lettered heading of an outline, opening its line: "A. Members", "B. Term of office".
_OUTLINE_LETTER = re.compile(r"(?m)^[^\S\n]*([A-H])\.[^\S\n]+[A-Z][a-z]")
#: Posts a letter's list of addressees writes right after each name, no comma between:
#: "The Honorable Tom Coburn Ranking Member, U.S. Senate Committee on …".
_POSTS_AFTER_NAME = frozenset("Chairman Chairwoman Chair Chairperson Member Members "
                              "Co-Chair Co-Chairman Vice-Chairman".split())
#: Words of a report's title on its cover, in capitals after the body's name.
_REPORT_WORDS_IN_CAPITALS = frozenset("ANNUAL SEMI-ANNUAL SEMIANNUAL QUARTERLY BIENNIAL REPORT "
                                      "REPORTS BUDGET JUSTIFICATION PLAN PERFORMANCE "
                                      "FISCAL YEAR".split())
#: Rooms named within a building: "the Kennedy Caucus Room of the …".
_ROOMS = frozenset("Room Rooms Auditorium Ballroom Rotunda Atrium Lobby Theater Theatre".split())
#: Buildings a named room is in: "… of the Russell Senate Office Building".
_BUILDINGS = frozenset("Building Center Centre Capitol Hotel Museum Library Hall".split())
#: A body's members named together after its letters: "USCIRF Commissioners".
_MEMBERS_PLURAL = frozenset("Commissioners Members Trustees Governors Directors Regents "
                            "Councillors Councilors Panels".split())


def _owned_place(name: str, know: Knowledge) -> bool:
    """Whether the words after a possessive are a place of their own: a big place, a state
    or a country, or a county by its "-shire" ("Valero’s Pembrokeshire site"; not "Martha's
    Vineyard" nor "Women’s March", names whose second word is only a small town's)."""
    return know.big_place(name) or know.places.get(name) in ("region", "country") or (
        name.endswith("shire") and know.places.get(name) is not None)


#: A body's letters in brackets right after its name: " (INSCOM)".
_LETTERS_AFTER = re.compile(r"[^\S\n]*\(([A-Z]{3,8})s?\)")  # (and their plural, "(PCWs)")


def _spelt_across_and(letters: str, run: list[Token]) -> bool:
    """Whether the letters spell the run across its "and": they open with a word's first
    letter before it and end with letters of the words after it, all in order ("INSCOM":
    "Intelligence and Security Command"), as two names joined would not."""
    k = next((i for i in range(1, len(run) - 1) if run[i].text == "and"), None)
    if k is None:
        return False
    left = [t.text.casefold() for t in run[:k] if not t.acronym and t.text[:1].isupper()]
    right = "".join(t.text.casefold() for t in run[k + 1:])
    wanted = letters.casefold()
    for start in range(len(left)):
        if not left[start].startswith(wanted[0]):
            continue
        haystack = "".join(left[start:])
        for split in range(1, len(wanted)):  # (each share of the letters between the two
            # sides: "PCW" is "P" of "Project" and "CW" of "Community Workshop", though
            # "Project" holds a "c" too)
            if in_order(wanted[:split], haystack) and right.startswith(wanted[split]) and \
                    in_order(wanted[split:], right):
                return True
    return False


#: A cited author's surname and the comma before the initials, in a reference list's style:
#: "Laws, " of "Laws, E. A., Liu, X., …".
_CITED_SURNAME_BEFORE = re.compile(r"(?:^|[,(&][^\S\n]*|\n[^\S\n]*|:[^\S\n]+)"
                                   r"[A-Z][\w’'-]+,[^\S\n]+$")


#: Whom a mailing greets by what they are, not by name: "Dear Free Software Supporter".
_ADDRESSEES = frozenset("Supporter Friend Member Colleague Customer Reader Subscriber Visitor "
                        "Donor Partner Student Parent Neighbor Neighbour Voter".split())
#: Abstract nouns in capitals listed with commas before the lower-case noun they qualify:
#: "the Diversity, Equity, Inclusion, and Accessibility branch".
_ABSTRACT = r"[A-Z][a-z]+(?:ity|ion|ness|ment|ance|ence|ism)"
_ABSTRACT_LIST = re.compile(rf"{_ABSTRACT}(?:,[^\S\n]+{_ABSTRACT}){{1,}},?[^\S\n]+(?:and|&)"
                            rf"[^\S\n]+{_ABSTRACT}[^\S\n]+[a-z]")


def _in_abstract_list(text: str, token: Token) -> bool:
    """Whether the word is one of three abstract nouns or more in capitals, listed with
    commas before a noun in lower case: a field's words, not names."""
    start = text.rfind("\n", 0, token.start) + 1
    return any(m.start() <= token.start and token.end <= m.end()
               for m in _ABSTRACT_LIST.finditer(text, start, line_end(text, token.end)))


#: Posts a state's or a country's name comes before, naming no one: "the Louisiana
#: Congressman" (not "Arkansas Advocate", a newsroom's name).
_ELECTED_POSTS = frozenset("Governor Congressman Congresswoman Senator Representative Mayor "
                           "Premier President Legislator Lawmaker Assemblyman Assemblywoman "
                           "Delegate".split())
#: "of" and a year after "Class": a year's class ("the Class of 2015").
_OF_A_YEAR = re.compile(r"[^\S\n]+of[^\S\n]+(?:19|20)\d\d\b")
#: A name and "and" right before another name: "Peterson and ".
_NAME_AND_BEFORE = re.compile(r"[A-Z][\w’'-]*[^\S\n]+and[^\S\n]+$")
#: A count of two and what they are, right before the two are named: "to two New York
#: City-area exporters, ", "both companies: ".
_TWO_LISTED_BEFORE = re.compile(r"\b(?:two|both)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?[a-z]+s[,:]"
                                r"[^\S\n]+$")
#: The rest of a programme's or a system's name after its first word: " Crop Block Grant
#: Program", " Extension System".
_PROGRAMME_AFTER_WORD = re.compile(r"(?:[^\S\n]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,4}[^\S\n]+"
                                   r"(?:Program|Programme|System)(?![a-z0-9-])")
# (or glued to the next word in capitals: "… Grant ProgramSpecialty crop …")
#: The dash after a dateline: " -- The …", " — ".
_DATELINE_DASH = re.compile(r"[^\S\n]*(?:--|—|–)")
#: A programme's head right after a name and its letters in brackets, which ends that name:
#: "the Partnership for … Revitalization (POWER) Initiative".
_HEAD_AFTER_LETTERS = re.compile(r"[A-Z][\w-]*[^\S\n]+\([A-Z][A-Za-z]{1,9}\)[^\S\n]+$")
_PROGRAMME_HEADS_AFTER = frozenset("Initiative Initiatives Program Programme Project Fund "
                                   "Scheme Plan Campaign Strategy Challenge Grant Grants".split())


def _opens_byline(text: str, run: list[Token]) -> bool:
    """Whether the run is a byline's: it opens with "By", or "By" stands right before it."""
    return run[0].text == "By" or re.search(r"\b[Bb]y[^\S\n]+$", text[max(0, run[0].start - 4):
                                                                   run[0].start]) is not None


def _initials(run: list[Token]) -> str:
    """The first letters of a run's capitalised words, as a body's letters spell them."""
    return initials_of(tuple(t.text for t in run))


#: Posts a copy may write between a body's name and the body's letters in brackets.
_POST_BEFORE_LETTERS = frozenset("Director Administrator Secretary Chief Commissioner Chair "
                                 "Chairman President".split())


def _cut(text: str, run: list[Token], know: Knowledge,
         surnames: frozenset[str] = frozenset()) -> list[Candidate]:
    """The names one run holds."""
    run = _without_furniture(text, run)
    if len(run) > 2 and run[0].text.isupper() and len(run[0].text) >= 4 and \
            know.big_place(run[0].text.title()) and run[1].capitalised and \
            not run[1].text.isupper() and \
            not text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip() and \
            len(_LOWER_WORD.findall(text[run[-1].end:].split("\n", 1)[0])) >= 3:
        return [*_cut(text, run[:1], know, surnames), *_cut(text, run[1:], know, surnames)]
        # "WASHINGTON Bureau of Ocean Energy Management, … Director …": a dateline in
        # capitals that lost its dash, then the story's first name, its sentence going on
        # (not a record's name: "PASCO Delhi Tikka Masala Cooking Sauce" over "Pack size")
    items = [t for t in run if t.text not in ("and", "or")]
    if len(items) >= 3 and len(items) < len(run) and all(
            t.capitalised and not t.acronym and t.text.endswith("s") and not t.possessive
            and t.text not in know.surnames and t.text not in know.given_names
            and not know.places.get(t.text) for t in items) and \
            all(text[a.end:b.start] in (", ", ", and ", " and ", ", or ", " or ")
                for a, b in itertools.pairwise(run) if b.text not in ("and", "or")
                and a.text not in ("and", "or")):
        return [part for t in items for part in _cut(text, [t], know, surnames)]  # "set by
        # States, Territories, and Tribes": kinds of government in a list, each one plural
        # word, no one body's name
    if len(run) >= 3 and run[0].text in OBSERVING_VERBS and run[0].text.endswith("ing") and \
            run[-1].text in ("Month", "Week", "Day") and \
            all(t.capitalised and not t.acronym for t in run[1:]):
        return _cut(text, run[1:], know, surnames)  # "Join Us in Marking National Runaway
        # Prevention Month": the observance, not the verb that marks it
    if len(run) >= 4 and run[0].acronym and run[0].text.isalpha() and \
            run[0].text not in know.country_codes and ORDINAL.fullmatch(run[1].text) and \
            any(t.text in ORGANISATION_HEADS or t.text in EVENT_HEADS for t in run[2:]) and \
            re.search(rf"\({re.escape(run[0].text)}\)", text):
        return [_candidate(text, run[:1], hint="organisation"),
                *_cut(text, run[1:], know, surnames)]  # "the OHS 1st National Birth to Five
        # Leadership Institute": the body by the letters the story gives it, then the
        # edition of what it holds
    opened = text[text.rfind("\n\n", 0, run[-1].start) + 1:run[-1].start] if run else ""
    if len(run) > 1 and run[-1].number and text.startswith(")", run[-1].end) and \
            opened.count("(") <= opened.count(")"):  # (its paragraph opened no bracket the
        # number closes: not "(Public\nLand Order No. 2213)" over a page's broken lines)
        run = run[:-1]  # "BSEE 1) developed …, 2) continued …": a list's number and its
        # bracket after the name, no part of it
    capitals = next((k for k in range(2, len(run) - 1)
                     if all(t.text.isupper() and len(t.text.rstrip(".")) >= 3 for t in run[k:k + 2])
                     and all(t.text.isupper() or (t is run[-1] and t.text.endswith("."))
                             for t in run[k:])
                     and _DATELINE_DASH.match(text, run[-1].end)
                     and not run[k - 1].text.isupper() and run[k - 1].capitalised
                     and not run[k - 2].text.isupper()), None)
    if capitals is not None:
        return [*_cut(text, run[:capitals], know, surnames),
                *_cut(text, run[capitals:], know, surnames)]  # "… Public Affairs VANDENBERG
        # AIR FORCE BASE, Calif. --": a byline's office run into the dateline in capitals
    ordinal = next((k for k in range(2, len(run) - 1) if ORDINAL.fullmatch(run[k].text)
                    and _opens_byline(text, run)
                    and run[k - 2].text in know.given_names and run[k - 1].capitalised
                    and not _any_head(run[k - 1].text) and run[k + 1].capitalised), None)
    if ordinal is not None:
        return [*_cut(text, run[:ordinal], know, surnames),
                *_cut(text, run[ordinal:], know, surnames)]  # "By Airman 1st Class Erica
        # Stewart 30th Space Wing Public Affairs": the author, then the unit by its number
    if len(run) == 2 and run[-1].text[:-1] in PLACE_HEADS and run[-1].text.endswith("s") and \
            run[-1].text[:-1].isupper() and run[0].capitalised and \
            _NAME_AND_BEFORE.search(text, max(0, run[0].start - 40), run[0].start):
        return _cut(text, run[:-1], know, surnames)  # "Peterson and Schriever AFBs": two
        # bases sharing their head's letters in the plural, each named by its own word
    joint = [k for k, t in enumerate(run) if t.text == "and"]
    if len(joint) == 1 and 0 < joint[0] < len(run) - 1 and \
            _TWO_LISTED_BEFORE.search(text, max(0, run[0].start - 80), run[0].start):
        k = joint[0]
        return [*_cut(text, run[:k], know, surnames),
                *_cut(text, run[k + 1:], know, surnames)]  # "two New York City-area
        # exporters, Okonta Solutions and Re-Nuble, Inc.": the two the sentence counts
    joint = [k for k, t in enumerate(run) if t.text == "and"]
    shared = _SHARED_PLURAL_AFTER.match(text, run[-1].end) if len(joint) == 1 else None
    if shared is not None and 0 < joint[0] < len(run) - 1 and len(run) <= 7 and \
            shared.group(1)[:-1].title() in _SHARED_HEADS and \
            all(t.capitalised for t in run if t.text != "and"):
        k = joint[0]
        kind = "place" if shared.group(1)[:-1].title() in PLACE_HEADS else None
        return [c if c.hint or kind is None else dataclasses.replace(c, hint=kind)
                for c in (*_cut(text, run[:k], know, surnames),
                          *_cut(text, run[k + 1:], know, surnames))]
        # "the Black Thunder and Coal Creek mines", "National and Good Neighbor awards",
        # "the Beaufort and Chukchi seas": two names sharing their kind's plural in lower
        # case after them, each a place when the kind is a place's
    if len(joint) == 1 and 0 < joint[0] < len(run) - 1 and \
            _BODIES_PLURAL_BEFORE.search(text, max(0, run[0].start - 30), run[0].start) and \
            all(t.capitalised for t in run if t.text != "and"):
        k = joint[0]
        return [_candidate(text, part, hint="department")
                for part in (run[:k], run[k + 1:])]  # "the departments of Education and
        # State": each a department the plural in lower case before them names
    badge = next((k for k in range(len(run) - 2) if run[k].text in _BADGE_VERBS
                  and run[k + 1].text in ("the", "on") and (k == 0 or run[k - 1].text == "and")),
                 None)
    if badge is not None:
        return [*(_cut(text, run[:badge - 1], know, surnames) if badge else []),
                *_cut(text, run[badge + 1:], know, surnames)]  # "… for Download the Charts
        # of Note app on Google Play and Download the Charts of Note app on the App Store":
        # an app store's badge, its verb no name's word
    if len(run) >= 3 and run[0].text == "Make" and run[-1].text == "Again" and \
            all(t.capitalised for t in run):
        return [_candidate(text, run, hint="slogan")]  # "Make America Healthy Again": a
        # campaign's slogan, an imperative and "Again", whole
    if 1 <= len(run) <= 3 and run[-1].text in _PROGRAMME_HEADS_AFTER and \
            all(t.capitalised and not t.acronym for t in run) and \
            _HEAD_AFTER_LETTERS.search(text, max(0, run[0].start - 40), run[0].start):
        return []  # "… Economic Revitalization (POWER) Initiative", "… Development (BUILD)
        # Transportation Discretionary Grants": the end of the name before the letters, no
        # name alone
    if len(run) >= 2 and (know.is_demonym(run[-1].text) or run[-1].text in ERA_WORDS) and \
            any(ch.isdigit() for ch in run[-2].text) and \
            re.match(r"[^\S\n]+[a-z]", text[run[-1].end:run[-1].end + 3]):
        return [*_cut(text, run[:-1], know, surnames),
                _adjective_only(text, [run[-1].text])]  # "the wreckage of a K-129 Soviet
        # submarine": a vessel's designation, then the people's adjective of the noun after
    if len(run) == 3 and run[0].text in ("Act", "Acts") and run[1].text == "of" and \
            run[2].text in _LEGISLATURES and \
            re.search(r"\b(?:[Aa]n|any|every)[^\S\n]+$",
                      text[max(0, run[0].start - 6):run[0].start]):
        return [_candidate(text, run[2:], hint="organisation")]  # "chartered by an Act of
        # Congress": any law the legislature passes, the legislature named
    posted = run[1:] if run and run[0].text == "The" else run
    if len(posted) == 2 and posted[1].text in _ELECTED_POSTS and \
            know.places.get(posted[0].text) in ("country", "region") and \
            not posted[1].possessive:
        return [_candidate(text, posted[:1], hint="place")]  # "the Louisiana Congressman
        # who championed it", "The Texas Governor said": the post's state or country, no
        # one named
    if len(run) >= 2 and run[0].text in ("Continue", "Keep") and run[1].text == "Reading":
        run = run[1:]
    if run and run[0].text == "Reading" and \
            re.search(r"\b(?:Continue|Keep)[^\S\n]+$",
                      text[max(0, run[0].start - 10):run[0].start]):
        return _cut(text, run[1:], know, surnames) if len(run) > 1 else []  # "Continue
        # Reading The ‘Other Side of Fear’": a link's label before the title it opens
    staff = run[1:] if run and run[0].text == "By" else run
    if staff and staff[0].text == "Staff" and len(staff) <= 2 and \
            all(t.text in ("Staff", "Reports", "Report", "Writer", "Writers") for t in staff) and \
            (staff is not run or re.search(r"\b[Bb]y[^\S\n]+$",
                                            text[max(0, run[0].start - 4):run[0].start])):
        return []  # "By Staff Reports, Aug. 14, 2018": a byline naming the staff, no one
    if run and run[-1].text == "Class" and all(t.text == "The" for t in run[:-1]) and \
            _OF_A_YEAR.match(text, run[-1].end):
        return []  # "the Academy's Class of 2015": a year's class, no body's name
    classed = next((k for k in range(1, min(len(run) - 1, 4)) if run[k].text == "Class"
                    and re.fullmatch(r"[1-4](?:st|nd|rd|th)|First|Second|Third|Fourth",
                                     run[k - 1].text)
                    and run[k + 1].text in know.given_names), None)
    if classed is not None and len(run) - classed - 1 <= 4 and (
            classed == 1 or run[0].text in ("Cadet", "Midshipman")):  # (not "Petty Officer
        # 1st Class Tom Lee", whose title the roles keep)
        run = run[classed + 1:]  # "Cadet 1st Class Ford Carty's poster", "Midshipman 1st
        # Class Sam Ciocco": a cadet's or a sailor's class, then the name
    if 3 <= len(run) <= 4 and re.fullmatch(r"[A-Z]{2,4}[1-3]", run[0].text) and \
            run[1].text in know.given_names and all(t.capitalised for t in run[1:]):
        run = run[1:]  # "By MC2 Tyler Caswell": a sailor's rate and class, then the name
    if len(run) >= 2 and run[-1].text == "Class" and (run[-2].text in ORGANISATION_HEADS
                                                     or (run[-2].acronym and len(run) == 2)) and \
            _OF_A_YEAR.match(text, run[-1].end):
        run = run[:-1]  # "The Naval Academy Class of 2015 graduated …": the school, then the
        # year's class of it
    if len(run) >= 3 and run[-1].text in _POST_BEFORE_LETTERS and \
            (letters := _LETTERS_AFTER.match(text, run[-1].end)) is not None:
        lead = 1 if run[0].text == "The" else 0
        if _initials(run[lead:-1]) == letters.group(1):
            run = run[lead:-1]  # "The Defense Threat Reduction Agency Director (DTRA)
            # Rebecca Hersman": the body, whose letters the copy put after its head's post
    if len(run) > 1 and run[0].text in _MONTHS and \
            _DAY_BEFORE.search(text, max(0, run[0].start - 8), run[0].start):
        run = run[1:]  # "On 24 August Ukraine celebrates …": a date's month after its day,
        # whatever given name it also is
    if run and all(re.fullmatch(r"[A-Z]\.", t.text) for t in run) and \
            _CITED_SURNAME_BEFORE.search(text, max(0, run[0].start - 40), run[0].start):
        return []  # "Laws, E. A., Liu, X., & Huang, B. (2025)": a cited author's initials
        # after the surname, no name of their own
    if len(run) >= 3 and run[-1].text in ("Published", "Posted", "Updated") and \
            re.match(r"[^\S\n]+on[^\S\n]", text[run[-1].end:run[-1].end + 4]):
        run = run[:-2] if run[-2].text == "Contributions" else run[:-1]  # "by Matt Lee
        # Contributions Published on Mar 04, 2009": a template's byline, the author's link
        # to what else they wrote, then when the page was published
    if run and run[-1].text.rstrip("s") in _ADDRESSEES and (
            run[0].text == "Dear"
            or re.search(r"\bDear[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+){0,3}$",
                         text[max(0, run[0].start - 40):run[0].start])):
        return []  # "Dear Free Software Supporter,": a mailing's greeting to whoever reads
        # it, no one's name
    if len(run) == 1 and run[0].text.endswith("ing") and \
            opens_line(text, run[0].start) and \
            re.match(r"[^\S\n]+(?:the|a|an|our|their|his|her|its|your|my)[^\S\n]",
                     text[run[0].end:run[0].end + 8]):
        return []  # "Reading the Future of an Amazonian Mine": a headline opening with a
        # verb, whatever town shares its spelling
    if len(run) == 1 and _in_abstract_list(text, run[0]):
        return []  # "the Diversity, Equity, Inclusion, and Accessibility branch": the
        # field a unit's name lists, in capitals, no names
    if len(run) >= 4 and run[0].text in ("Senior", "Chief", "Principal", "Lead") and \
            any(t.text == "and" for t in run[1:-1]) and \
            _is_title(run[-1].text, know.titles) and \
            not any(t.text in know.given_names for t in run[1:]):
        return []  # "—Anaise Aristide, Senior Production and Analytics Specialist": a
        # signature's post, its field two words joined by "and", no name
    if run and pronunciation_around(text, run[0].start):
        return []  # "Djerandi Laguere Dionro (Jay-Rahn-gee Lal-geh Dee-oh ro)": how to say
        # the name before, spelt out in syllables, no name of its own
    installation = next((k for k in range(1, len(run) - 2) if run[k].text == "on"
                         and run[k + 1].text in INSTALLATIONS), None)
    if installation is not None:
        return [*_cut(text, run[:installation], know, surnames),
                *_cut(text, run[installation + 1:], know, surnames)]  # "the Best Squad
        # Competition on Fort A.P. Hill": the event, then the post it is held on
    owner = next((k for k in range(len(run) - 1) if run[k].possessive
                  and _owned_place(" ".join(t.text for t in run[k + 1:]), know)), None)
    if owner is not None:
        return [*_cut(text, run[:owner + 1], know, surnames),
                *_cut(text, run[owner + 1:], know, surnames)]  # "Valero’s Pembrokeshire
        # site": the firm, then the county its site is in
    emblem = next((k for k in range(1, len(run) - 2) if run[k].text in _EMBLEMS
                   and run[k + 1].text == "of" and not run[k - 1].possessive
                   and any(t.text in ORGANISATION_HEADS for t in run[:k])), None)
    if emblem is not None:
        after = emblem + (3 if run[emblem + 2].text == "the" else 2)
        if after < len(run) and (run[after].capitalised or run[after].acronym):
            return [*_cut(text, run[:emblem], know, surnames),
                    *_cut(text, run[after:], know, surnames)]  # "United States Department
            # of Justice Seal of the United States Department of Justice" as a seal's
            # description: the body, then the body whose seal it is, no one name
    parts = re.findall(r"[A-Z][a-z]+", run[0].text) if len(run) == 1 else []
    if len(parts) >= 3 and "".join(parts) == run[0].text and \
            sum(p.casefold() in know.common_words for p in parts) >= 2 and \
            _LOWER_GLUED.search(text, run[0].end, line_end(text, run[0].end)):
        return []  # "NamePartySworn inTerm expires": a table's head, its cells' labels
        # glued together by a copy that lost the cells, no name
    if run and run[-1].text in _DIRECTORY_POSTS and \
            _NAME_IN_NEXT_COLUMN.match(text, run[-1].end):
        return []  # "Press Officer          Lena A. Whitcomb": a directory's row, the post
        # in its first column, the name of whoever holds it in the next
    if len(run) >= 3 and run[-1].text in ("Ministers", "Secretaries", "Officials") and \
            (run[-2].text in ORGANISATION_HEADS or run[-2].text == "Executive"
             or know.big_place(run[-2].text)) and not _is_title(run[-3].text, know.titles) and \
            not run[-2].text.endswith("s") and not text.startswith(" (", run[-1].end) and \
            not any(t.text == "of" for t in run):
        # (not "Community Services Ministers (CSM)", a ministers' council by its letters;
        # nor "Conference of State Government Ministers", whose name they end)
        run = run[:-1]  # "Northern Ireland Executive Ministers and their officials": the
        # body whose members act, then the plural of their title
    opening = 1 if run and run[0].text in ("Grand", "The") else 0
    the = 1 if len(run) > opening + 3 and run[opening + 2].text == "the" else 0
    if len(run) >= opening + 3 + the and run[opening].text in _CEREMONIES and \
            run[opening + 1].text == "of" and (run[opening + 2 + the].capitalised
                                                 or run[opening + 2 + the].acronym):
        run = run[opening + 2 + the:]  # "… with Grand Opening of New Seaway Visitor
        # Center", "Remarks at the Dedication of the Ethel Kennedy Bridge": a ceremony's
        # name in a headline, then what it opens
    if len(run) >= 4 and run[0].text in _ACTS_ON_PEOPLE and run[1].text == "of" and \
            run[2].text in know.given_names and run[3].capitalised and not run[3].acronym:
        run = run[2:]  # "USCIRF Condemns the Expulsion of Félix Yuniel Llerena López from …":
        # a headline's noun for what was done to someone, then the person
    if len(run) >= 3 and re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", run[0].text) and \
            not re.match(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z]", run[0].text) and \
            run[1].text in know.given_names and run[2].capitalised and not run[2].acronym and \
            run[0].text not in know.given_names and _person_like(run[1:], know, surnames):
        return [_candidate(text, run[:1], hint="organisation"),
                *_cut(text, run[1:], know, surnames)]  # "… Personal Prisoner - YouTube
        # Vladimir Kara-Murza, a father …": a site's name in camel case ending a page's
        # title, run into the person the text opens with
    if len(run) >= 3 and text.startswith(",", run[0].end) and \
            _is_title(run[0].text, know.titles) and \
            run[-1].text in COMPANY_FORMS | PARTNERSHIP_FORMS:
        return _cut(text, run[1:], know, surnames)  # "Attorney, Morrison & Foerster LLP": a
        # post before the firm it is held at, no partner of the firm's name
    building = next((k for k in range(2, len(run) - 1)
                     if run[k].text in ("Building", "Courthouse", "Tower", "Plaza")
                     and know.big_place(run[k + 1].text)
                     and all(t.text in ("D.C.", "DC") or know.places.get(t.text)
                             for t in run[k + 2:])), None)
    if building is not None:
        return [*_cut(text, run[:building + 1], know, surnames),
                *_cut(text, run[building + 1:], know, surnames)]  # "Thurgood Marshall
        # Federal Judiciary Building Washington, D.C." in an infobox: the building, then
        # its city, written without the comma between them
    if len(run) >= 2 and run[-1].text in ("No", "No.") and run[-2].text == "Report" and \
            re.match(r"\.?:?[^\S\n]*\d", text[run[-1].end:]):
        run = run[:-2]  # "… Practices Report No. 2015-WR-067", "Report No.: …": a report's
        if not run:  # number and its label, no part of a name
            return []
    elif run and run[-1].text == "Report" and \
            re.match(r"[^\S\n]+No\.?:?[^\S\n]*\d", text[run[-1].end:]):
        run = run[:-1]
        if not run:
            return []
    if len(run) >= 3 and re.fullmatch(r"[A-Z]{1,2}-?\d{2,4}[A-Z]?", run[0].text) and \
            run[-1].text in ("Building", "Buildings", "Hall", "Annex", "Center", "Centre"):
        return _cut(text, run[1:], know, surnames)  # "B-308 Rayburn House Office Building":
        # a room's number before its building's name
    if len(run) == 2 and re.fullmatch(r"[A-Z]{2,5}", run[0].text) and \
            re.fullmatch(r"[A-Z]{1,3}-\d{1,3}[A-Z]?", run[1].text):
        return _cut(text, run[:1], know, surnames)  # "whilst RAF P-8 maritime surveillance
        # aircraft": a force's letters, then the model of its craft, no part of its name
    if len(run) == 2 and run[-1].text == "Us" and run[0].text in _US_LINKS:
        return []  # "Contact Us", "About Us" in a page's menu: a link, no one named
    if len(run) >= 2 and re.fullmatch(r"[A-H]\.", run[0].text) and \
            opens_line(text, run[0].start) and \
            len(set(_OUTLINE_LETTER.findall(text))) >= 2:
        if len(run) == 2 and run[1].text.casefold() in _lower_case_words(text):
            return []  # ("B. Term of office" where the text writes "term": a heading's
            # first word)
        return _cut(text, run[1:], know, surnames)  # "B. Term of office", "C. Organisation":
        # an outline's lettered headings, the letter no initial
    chamber = next((k for k in range(1, len(run) - 3) if run[k].text == "Chamber"
                    and run[k + 1].text == "of" and run[k + 2].text == "the"
                    and run[-1].text in ("Parliament", "Assembly", "Senate", "House",
                                         "Congress", "Legislature")), None)
    if chamber is not None:
        return [_candidate(text, run[:chamber + 1], hint="place"),
                *_cut(text, run[chamber + 3:], know, surnames)]  # "the Debating Chamber of
        # the Scottish Parliament": a room of the body's building, then the body
    shouted_report = next((k for k in range(1, len(run) - 1)
                           if run[k].text.isupper() and run[k].text.title() in ORGANISATION_HEADS
                           and all(t.text.isupper() for t in run[:k])
                           and run[k + 1].text in _REPORT_WORDS_IN_CAPITALS
                           and all(t.text in _REPORT_WORDS_IN_CAPITALS
                                   or t.text.title() in MONTHS_AND_DAYS for t in run[k + 1:])),
                          None)
    if shouted_report is not None:
        return _cut(text, run[:shouted_report + 1], know, surnames)  # "PRIVACY AND CIVIL
        # LIBERTIES OVERSIGHT BOARD SEMI-ANNUAL REPORT SEPTEMBER 2013": a report's cover, the
        # body's name, then the report and its months
    report = next((k for k in range(1, len(run) - 4) if run[k].text in ("Report", "Reports")
                   and run[k + 1].text == "of" and run[k + 2].text == "the"
                   and run[-1].text in ORGANISATION_HEADS and run[k + 3].capitalised), None)
    if report is not None:
        return [_candidate(text, run[:report + 1], hint="work"),
                *_cut(text, run[report + 3:], know, surnames)]  # "the third Semi-Annual
        # Report of the Privacy and Civil Liberties Oversight Board": a report, then the
        # body that makes it
    room = next((k for k in range(1, len(run) - 4) if run[k].text in _ROOMS
                 and run[k + 1].text == "of" and run[k + 2].text == "the"
                 and run[-1].text in _BUILDINGS and run[k + 3].capitalised), None)
    if room is not None:
        return [_candidate(text, run[:room + 1], hint="place"),
                _candidate(text, run[room + 3:], hint="place")]  # "the Kennedy Caucus Room
        # of the Russell Senate Office Building": a room, then the building it is in
    if len(run) >= 2 and re.fullmatch(r"\d+(?:\.\d+)?(?:KB|kB|MB|GB|Kb|Mb)", run[-1].text):
        return _cut(text, run[:-1], know, surnames)  # "Official Report 946KB pdf": a
        # file's size, no part of the name before it
    session = next((k for k in range(3, len(run) - 2) if run[k].text == "of"
                    and run[k + 1].text == "the" and run[k + 2].text in ORGANISATION_HEADS),
                   None)
    if session is not None and (run[0].text in ORDINAL_WORDS or ORDINAL.fullmatch(run[0].text)) \
            and run[1].text == "Annual" and run[session - 1].capitalised:
        return [*_cut(text, run[:session], know, surnames),
                *_cut(text, run[session + 2:], know, surnames)]  # "the Tenth Annual
        # Parliamentary Assembly of the Organization for Security and Cooperation in
        # Europe": a yearly meeting, then the body whose meeting it is
    if len(run) == 2 and run[1].text in ("Office", "Offices") and know.big_place(run[0].text) \
            and re.search(r"\w[’']s[^\S\n]+\Z", text[max(0, run[0].start - 40):run[0].start]):
        return [_candidate(text, run[:1], hint="place")]  # "Southwestern's Tulsa Office":
        # a body's office by the city it is in, which is the name
    if 2 <= len(run) <= 3 and run[-1].text in _MEMBERS_PLURAL and \
            re.fullmatch(r"[A-Z]{3,8}", run[-2].text) and run[-2].text not in know.country_codes:
        return [*(_cut(text, run[:1], know, surnames) if len(run) == 3 else []),
                _candidate(text, run[-2:-1], hint="organisation")]  # "USCIRF Commissioners
        # also elected …", "Meet JUSFC Commissioners": a body by its letters, then its
        # members, who are no body
    if len(run) >= 4 and run[-1].text in _MEMBERS_PLURAL and \
            re.fullmatch(r"[A-Z]{3,8}", run[-2].text) and run[-2].text not in know.country_codes \
            and any(t.text in ("and", "&") for t in run[:-2]):
        joint = next(k for k, t in enumerate(run) if t.text in ("and", "&"))
        return [*_cut(text, run[:joint], know, surnames),
                _candidate(text, run[-2:-1], hint="organisation")]  # "the U.S. and Japanese
        # CULCON Panels": two countries' panels of one body, its parts, no bodies named
    if len(run) >= 3 and run[0].text in ("Professor", "Professors", "Lecturer") and \
            run[1].text == "of" and all(t.capitalised or t.text in ("and", "&")
                                        for t in run[2:]) and \
            not any(_any_head(t.text) or t.acronym for t in run[2:]):
        return []  # "Deborah Dash Moore, Professor of History and Judaic Studies at …": a
        # chair's fields, no body
    of = next((k for k in range(1, len(run) - 1) if run[k].text == "of"
               and run[k + 1].text in _NUMBERED_PARTS), None)
    if of is not None and all(t.number or t.text == "I" or ROMAN_NUMERAL.fullmatch(t.text)
                              or t.text in ("and", "&", "to") for t in run[of + 2:]) and \
            of + 2 < len(run):
        return []  # "Review of Parts III": an agenda's item on a document's parts, no name
    if len(run) == 1 and ROMAN_NUMERAL.fullmatch(run[0].text) and re.search(
            rf"\b(?:{'|'.join(sorted(_NUMBERED_PARTS))})[^\S\n]+[IVXLC]+[^\S\n]+(?:and|&|to)"
            r"[^\S\n]+$", text[max(0, run[0].start - 30):run[0].start]):
        return []  # "… Parts III and IV": the second part's number, no name
    if len(run) >= 4 and run[0].text in _NUMBERED_PARTS:
        k = 1
        while k < len(run) and (run[k].number or run[k].text == "I"
                                or ROMAN_NUMERAL.fullmatch(run[k].text)
                                or (run[k].text in ("and", "&", "to") and k > 1)):
            k += 1
        if k > 1 and k + 1 < len(run) and run[k].text == "of":
            rest = run[k + 2:] if run[k + 1].text == "the" else run[k + 1:]
            return _cut(text, rest, know, surnames) if rest else []  # "Article I of the
            # United States Constitution", "Parts III and IV of the Northern Ireland Act":
            # the document, its parts' numbers no name
    if len(run) >= 3 and run[-1].text in HEADLINE_VERBS and run[-1].text.endswith("ed") and \
            re.match(r"[^\S\n]+(?:to|as|by|for|at|in|due|until|after)\b",
                     text[run[-1].end:run[-1].end + 7]):
        run = run[:-1]  # "… Admiral Thomas B. Fargo Appointed to the Board …", "Needle Rock
        # Recreation Site Closed due to storm damage": a headline's verb in title case after
        # the name
    if len(run) >= 2 and any(COURT_CASE.fullmatch(text[a.end:b.start])
                             for a, b in pairwise(run)) and \
            not any(t.text in ("and", "&") for t in run):  # (but "Jewel v. NSA and First
        # Unitarian Church … v. NSA" are two)
        return [_candidate(text, run)]  # "Rowe v Electoral Commissioner": a case, its
        # parties whatever titles they hold
    owner = 1 if run and run[0].text in ("Their", "His", "Her", "Its") else 0
    if owner and len(run) == 2 and run[1].text in _GENERIC_FIRMS:
        return []  # "… John B. Wilson and His Company with …": a firm left unnamed
    if len(run) >= owner + 2 and run[owner].text in _GENERIC_FIRMS and (
            owner or _OWNER_BEFORE.search(text, max(0, run[0].start - 8), run[0].start)):
        run = run[owner + 1:]  # "… and Their Companies Blackbox Pulse, LLC and …": whose
        # firms they are, in a headline's title case, then the firm's name
    if 4 <= len(run) <= 8 and run[1].text in _GENERIC_FIRMS and run[-1].text in COMPANY_FORMS \
            and know.big_place(run[0].text):
        run = run[2:]  # "CFTC Charges Florida Company Mintco LLC …": where the firm is, the
        # word for it, then its name
    heading = next((k for k in range(2, len(run)) if not run[k].text.isupper()
                    and run[k].text[:1].isupper()), None)
    if heading is not None and all(t.text.isupper() and t.text.isalpha() for t in run[:heading]) \
            and any(t.text in _CAPITAL_SMALL_WORDS for t in run[:heading]):
        rest = run[heading:]
        if len(rest) == 1 and re.match(r"[^\S\n]+[a-z]", text[rest[0].end:]):
            return []  # "CONTACT US Enquiries regarding …": a heading in capitals run into
            # its paragraph's first word
        return _cut(text, rest, know, surnames)  # "INFORMATION ABOUT THIS REPORT Published
        # by …": the heading names nothing; the words after it are the paragraph's
    if len(run) >= 2 and ROAD_NUMBER.fullmatch(run[0].text) and run[1].capitalised and \
            not run[1].number and run[1].text not in ("Toll", "Link", "Relief", "Motorway"):
        return [_candidate(text, run[:1], hint="place"), *_cut(text, run[1:], know, surnames)]
        # "A1 Brampton Hut to Sandy", "M20 Operation Brock barrier": a road by its number,
        # then the place or the scheme on it (but "the M6 Toll" is the road's name)
    head = max((k for k, t in enumerate(run[:-1]) if t.text in ORGANISATION_HEADS), default=-1)
    if head >= 1 and 1 <= len(run) - head - 1 <= 3 and \
            _is_title(run[-1].text, know.titles) and run[-1].text != "General" and \
            all(t.capitalised and not t.acronym for t in run[head + 1:]) and \
            re.match(r",[^\S\n]+[A-Z]", text[run[-1].end:]):
        return _cut(text, run[:head + 1], know, surnames)  # "Marine Mammal Commission
        # Scientific Advisor, Robert Suydam": the body, then the post of the one named
        # after the comma (but "the United States Consulate General, Alexandria")
    box = next((k for k in range(len(run) - 1) if run[k].text in ("PO", "P.O.")
                and run[k + 1].text == "Box"), None)
    if box is not None:
        after = box + 2 + (box + 2 < len(run) and run[box + 2].number)
        return [*_cut(text, run[:box], know, surnames),
                *_cut(text, run[after:], know, surnames)]  # "… Safety Bureau PO Box 967
        # Civic Square ACT": a body, its post box and its town, run together on one line
    cell = _row_cell(text, run)
    vessels = cell is not None and _VESSELS_TABLE.search(text) is not None
    if cell is not None and (cell < len(run) or vessels):
        name, rest = run[:cell], run[cell + 1:]
        return [*([_candidate(text, name, hint="vessel")] if vessels and name
                  else _cut(text, name, know, surnames)),
                *_cut(text, rest, know, surnames)]  # "Peggotty Sinking of a motor yacht …",
        # "Harvester Loss of UK fishing vessel …": a table's row, its first cell a name (in
        # a table of vessels, a vessel's), the next a description opening with a
        # capitalised noun
    on = next((k for k in range(1, len(run) - 1) if run[k].text == "on"), None)
    if on is not None and _a_day(run[on + 1:]):
        # "the House Welfare Reform Committee on Valentine’s Day": a body, then the day it
        # met (but "the Committee on Appropriations" is one name)
        return [*_cut(text, run[:on], know, surnames), *_cut(text, run[on + 1:], know, surnames)]
    storm = next((k for k in range(1, len(run) - 1) if run[k].text in _STORM_OPENERS
                  and know.big_place(" ".join(t.text for t in run[:k]))), None)
    if storm is not None:
        return [*_cut(text, run[:storm], know, surnames),
                _candidate(text, run[storm:], hint="event")]  # "Florida Hurricane Frances":
        # the place it struck, then the storm
    if len(run) == 1 and re.fullmatch(r"[A-Z][a-z]{4,}ally", run[0].text) and \
            run[0].text not in know.surnames and run[0].text not in know.places and \
            re.match(r"[^\S\n]+[a-z]", text[run[0].end:]):
        return []  # "42 Federally recognized tribes": an adverb its writer capitalised
    if len(run) == 1 and run[0].text.endswith("ing") and len(run[0].text) > 5 and \
            run[0].text not in know.surnames and run[0].text not in know.given_names and \
            re.search(r"\b(?:is|are|was|were|be|been|Is|Are)[^\S\n]+\Z", text[:run[0].start]):
        return []  # "… Center in St. Albans is Relocating to Dunbar": a headline's verb
    dashed = _TITLE_DASH.search(text, max(0, run[0].start - 40), run[0].start) if run else None
    if dashed is not None and _is_title(dashed.group(1), know.titles):
        given = next((k for k in range(1, len(run) - 1) if (
            run[k].text in know.given_names or re.fullmatch(r"[A-Z]\.", run[k + 1].text))
            and run[k - 1].capitalised and not run[k - 1].acronym), None)
        if given is not None and _person_like(run[given:], know, surnames):
            # "Principal Deputy Assistant Secretary – Indian Affairs Aurene M. Martin": the
            # title, a dash, the portfolio the office is named for, then the person
            return [_candidate(text, run[:given], hint="organisation"),
                    *_cut(text, run[given:], know, surnames)]
    if len(run) > 1 and run[0].text == "Via" and run[0].initial and \
            _ALONE_ON_LINE.match(text, run[-1].end):
        run = run[1:]  # "… by courts or parole boards. Via Stateline": a post's last words
        # credit the outlet it shares (where "Via Veneto" goes on to say what is there)
    if len(run) >= 3 and run[0].initial and run[1].text in ("for", "of") and \
            run[0].text.endswith("s") and (run[0].text[:-1].casefold() in PERSON_NOUNS
                                           or run[0].text[:-1].casefold() in know.titles) and \
            2 <= len(run) - 2 <= 3 and run[2].text in know.given_names and \
            _person_like(run[2:], know, surnames):  # (not "Physicians for Human Rights")
        run = run[2:]  # "Attorneys for Richard Moore officially asked …": the people who
        # act for him, a common noun a sentence opens with, then his name
    if run and all(t.text.isupper() and len(t.text) > 3 and (
            _is_title(t.text.title(), know.titles)
            or _is_title(t.text.title().removesuffix("s"), know.titles)
            or t.text in ("DEPUTY", "CHIEF", "ASSOCIATE", "ASSISTANT")) for t in run):
        return []  # "DIRECTORCrosby Kemper", "DEPUTY DIRECTORS": a directory's titles in
        # capitals, no names
    if len(run) == 2 and ORDINAL.fullmatch(run[0].text) and run[1].text in ("Floor", "Fl."):
        return []  # "1800 M Street NW, 9th Floor": a floor of an address, no name
    tail = len(run)
    while tail > 2 and (_is_title(run[tail - 1].text, know.titles)
                        or run[tail - 1].text in ROLE_MODIFIERS
                        or run[tail - 1].text in PORTFOLIO
                        or run[tail - 1].text in ("of", "for")):
        tail -= 1
    if tail < len(run) and (not any(_is_title(t.text, know.titles) for t in run[tail:])
                            or run[tail].text in ("of", "for")):
        tail = len(run)  # (a post's words only with its title: "… Head of Communications";
        # not "John Edwards for President", a campaign's committee)
    if tail == len(run) and len(run) >= 3 and _POST_NOUN_AFTER.match(text, run[-1].end):
        tail = len(run) - 1  # "Antti Kaartinen Press officer": the post's first word
    alone = bool(run) and opens_line(text, run[0].start) \
        and re.match(r"[^\S\n]*[a-z ]*(?:\n|$)", text[run[-1].end:]) is not None
    # (a name and its post alone on their line, as a list of contacts gives them)
    if 2 <= tail <= 4 and tail < len(run) and \
            run[0].text in know.given_names and run[tail - 1].text not in know.given_names and \
            (run[tail - 1].text in know.surnames or alone
             or any(re.fullmatch(r"[A-Z]\.", t.text) for t in run[1:tail - 1])) and \
            not any(_is_title(t.text, know.titles) or know.places.get(t.text) is not None
                    or not t.capitalised for t in run[:tail]) and \
            _person_like(run[:tail], know, surnames):
        return _cut(text, run[:tail], know, surnames)  # "Michael E. Horowitz Inspector
        # General, U.S. Department of Justice": a person, then the post after the name
    if run and _ADDRESS_NUMBER_AFTER.match(text, run[-1].end):
        head = next((k for k in range(len(run) - 2, 0, -1) if run[k].text in ORGANISATION_HEADS),
                    None)
        if head is not None and len(run) - head - 1 <= 3 and \
                not any(t.text in PLACE_HEADS or t.text in ORGANISATION_HEADS
                        or not t.capitalised for t in run[head + 1:]):
            return [*_cut(text, run[:head + 1], know, surnames),
                    _candidate(text, run[head + 1:], hint="place")]  # "European Environment
            # Agency Kongens Nytorv 6 1050 Copenhagen K Denmark": a body, then its street
    if len(run) >= 3 and re.fullmatch(r"[A-Z]", run[1].text) and \
            know.places.get(run[0].text) is not None and \
            know.places.get(run[2].text) == "country":
        return [_candidate(text, run[:1], hint="place"), _candidate(text, run[2:3], hint="place")]
        # "1050 Copenhagen K Denmark": a city with its postal district's letter, then its
        # country
    unit = next((k for k in range(2, len(run) - 2) if run[k].text == "Unit"
                 and run[k + 1].text == "for" and run[k - 1].text == "of"
                 and run[k - 2].text in ("Head", "Heads", "Chief", "Deputy")), None)
    if unit is not None:
        return _cut(text, run[unit + 2:], know, surnames)  # "Head of Unit for Western
        # Africa": a post over a unit named for the region it covers
    if len(run) >= 2 and run[0].text in PORTFOLIO and \
            re.search(r"\[(?:for|of)[^\S\n]+$", text[max(0, run[0].start - 8):run[0].start]):
        of = next((k for k in range(1, len(run) - 1) if run[k].text == "of"), None)
        return _cut(text, run[of + 1:], know, surnames) if of is not None else []
        # "Minister [for Foreign Affairs of Ukraine] Dmytro Kuleba": a transcriber's words
        # in square brackets, the post's portfolio, then its country
    if len(run) >= 4 and run[0].text in _SPOKEN_WORKS and run[1].text in ("of", "by") and \
            run[2].text in know.given_names and not any(t.text == "of" for t in run[3:]):
        return _cut(text, run[2:], know, surnames)  # "Statement of Michael E. Horowitz",
        # "Remarks by Jane Doe": a speech's title, whose speaker is the name
    part = next((k for k in range(1, min(4, len(run) - 2)) if run[k].text == "of"
                 and run[k + 1].text == "the" and _building_part(run[:k])), None)
    if part is not None:
        # "the Rotunda of the U.S. Capitol", "the East Front of the U.S. Capitol": a part
        # of a building, then the building
        return [*_cut(text, run[:part], know, surnames),
                *_cut(text, run[part + 2:], know, surnames)]
    if run and all(t.text in PORTFOLIO or t.text in ("and", "&", "with") for t in run) and \
            _FIELD_AFTER_POST.search(text, max(0, run[0].start - 40), run[0].start):
        return []  # "Stephen Klejst, Executive Director – Investigations and
        # Recommendations": the fields of a post after a dash, no body's name
    fiscal = next((k for k in range(1, len(run)) if run[k].text == "FY"), None)
    if fiscal is not None and re.match(r"[^\S\n]*(?:19|20)?\d\d\b", text[run[fiscal].end:]):
        run = run[:fiscal - 1] if run[fiscal - 1].text in ("for", "of", "in") else run[:fiscal]
        # "a budget request to Congress for FY 2019": a fiscal year, no part of a name
        if not run:
            return []
    judged = _titled_by_body_of_state(run, know)
    if judged is not None:
        # "Chief Judge of the Northern District of Mississippi Sharion Aycock": a title of a
        # body named for its state, then the holder's name, which the tables may not know
        body, person, title = judged
        holder = _candidate(text, person, hint="person")
        holder.role = " ".join(t.text for t in run[title:len(run) - len(person)])
        before = run[:title - 1] if title else []  # (another person, then "and")
        return [*(_cut(text, before, know, surnames) if before else []),
                *_cut(text, body, know, surnames), holder]
    paired = _hyphenated_pair(text, run)
    if paired is not None:
        # "U.S. Immigration and Customs Enforcement-Homeland Security Investigations
        # (ICE-HSI)": two bodies joined by a hyphen, as their letters after them are
        return [*_cut(text, paired[0], know, surnames), *_cut(text, paired[1], know, surnames)]
    if run and (all(any(ch.isdigit() for ch in t.text) for t in run) or (
            run[0].text.isupper() and len(run[0].text) <= 3 and (
                (len(run) == 2 and run[1].text.isdigit())
                or (len(run) == 1 and re.match(r"[^\S\n]+\d", text[run[0].end:]))))) and \
            re.search(rf"\b(?:{'|'.join(_NUMBERED_LABELS)})[^\S\n]+Nos?\.[^\S\n]*$",
                      text[max(0, run[0].start - 20):run[0].start]):
        return []  # "FTC File No. P094511", "Docket No. EP 755": a file's number, its
        # letters and digits, no name (but "Permit No. FS-7700-48" may name the form)
    if len(run) >= 2 and run[-1].text in ("No", "Nos") and run[-2].text in _NUMBERED_LABELS \
            and text[run[-1].end:run[-1].end + 1] in (".", ":"):
        run = run[:-2]  # "FTC File No. …", "SEC Case No. …": the body whose file it is;
        if not run:  # "[FR Doc No: 2025-07896]", the label alone: no name
            return []
    if len(run) >= 4 and run[0].text in _SPOKEN_DOCUMENTS and run[1].text in ("of", "by") \
            and run[2].text in know.given_names and _person_like(run[2:], know, surnames):
        run = run[2:]  # "Statement of Carolyn W. Colvin, Acting Commissioner …": a title
        # that names whose words follow, the person alone (but "Statement of Principles")
    if len(run) > 1 and run[0].text == "Downtown" and (
            run[1].text in know.towns or run[1].text in know.places):
        run = run[1:]  # "Downtown Eastport ME.", a photo's caption: the town it shows
    at = next((k for k, t in enumerate(run) if t.text == "sa" and 0 < k < len(run) - 1), None)
    if at is not None and know.places.get(" ".join(t.text for t in run[at + 1:])):
        # "DSWD Walang Gutom Kitchen sa Pasay": Filipino "in", then where (but "Kapihan sa
        # Senado" is one forum's name)
        return [*_cut(text, run[:at], know, surnames), *_cut(text, run[at + 1:], know, surnames)]
    at = next((k for k in range(1, len(run) - 3) if run[k].text in ("County", "Borough")
               and run[k + 1].text == "Executive"), None)
    if at is not None and _person_like(run[at + 2:], know, surnames):
        # "Washington County Executive Josh Schoemann": a county's elected head, by the
        # county's name and the office
        person = _candidate(text, run[at + 2:], hint="person")
        person.role = " ".join(t.text for t in run[:at + 2])
        return [*_cut(text, run[:at + 1], know, surnames), person]
    if run and run[-1].text in ("Sat", "Sun", "Mon") and re.match(
            r",[^\S\n]+\d{1,2}[^\S\n]+[A-Z][a-z]{2}[^\S\n]+\d{4}", text[run[-1].end:]):
        run = run[:-1]  # "Daniel Andrews Sat, 13 Feb 2016 04:58:31 +0000": a feed's author,
        # then the weekday of its date
        if not run:
            return []
    of = next((k for k in range(2, len(run) - 2) if run[k].text == "of"
               and run[k - 1].text in _LANDFORMS and run[-1].text in PLACE_HEADS
               and not any(t.text in ORGANISATION_HEADS for t in run[:k])
               and run[k + 1].text not in ("the", "The")
               and not any(t.text in ("of", "and") for t in run[k + 1:])), None)
    if of is not None:
        # "the Ka‘ū Desert of Hawai‘i Volcanoes National Park": a place, then the larger
        # place it lies in, each named with its kind (but "Port of Long Beach" is one)
        return [*_cut(text, run[:of], know, surnames), *_cut(text, run[of + 1:], know, surnames)]
    of = next((k for k in range(2, len(run) - 1) if run[k].text == "of"
               and run[k - 1].text in _PLACE_UNITS), None)
    if of is not None and know.places.get(" ".join(t.text for t in run[of + 1:])) == "country" \
            and not (of == 2 and run[0].text in _COURT_SIDES):  # (not "the Northern District
        # of Georgia", a federal court's district of a state that shares a country's name)
        # "the North Caucasian Federal District of Russia": the district, then its country
        return [*_cut(text, run[:of], know, surnames), *_cut(text, run[of + 1:], know, surnames)]
    if len(run) >= 2 and run[-1].number and run[-2].text in ("Local", "Lodge", "Chapter") and \
            (run[0].text == "Local" if len(run) == 2 else run[-3].text in ORGANISATION_HEADS):
        return [_candidate(text, run, hint="organisation")]  # "Transport Workers Union
        # Local 100": a union's local by its number, one body; "(IBEW), Local 1002": the
        # local alone after its union (but "Chapter 3" alone is a document's part)
    if len(run) >= 4 and run[0].text in ("Phase", "Stage", "Part", "Step") and run[1].number \
            and run[2].text == "of":
        rest = _trim(run[3:], know)  # "Phase 2 of the Motorcycle GLS": a stage of the
        return _cut(text, rest, know, surnames) if rest else []  # scheme, named alone
    if len(run) > 1 and run[-1].text in ("Transcript", "Transcripts"):
        run = _trim(run[:-1], know)  # "Kapihan sa Senado Transcript": the event whose words
        # the page gives
    if not run:
        return []
    if len(run) == 2 and run[1].number and run[0].text in _NUMBERED_PLURALS and \
            re.match(r"[^\S\n]*(?:,[^\S\n]*\d|,?[^\S\n]+(?:and|&|to)[^\S\n]+\d)",
                     text[run[-1].end:]):
        return []  # "First Nations under Treaties 5, 6, and 10", "Sections 3 and 4": a list
        # of numbered treaties or parts, none named whole
    lead = 1 if run and run[0].text == "The" else 0
    team = next((k for k in (2, 1) if len(run) > lead + k and know.places.get(
        " ".join(t.text for t in run[lead:lead + k])) and run[lead + k].text.endswith("s")
        and _is_title(run[lead + k].text, know.titles)
        and (len(run) == lead + k + 1 or run[lead + k + 1].number)), None)
    if team is not None:
        # "the Arizona Cardinals 27-13", "The Los Angeles Kings": a place, then a title in
        # the plural, as teams are named (no one holds a title in the plural)
        return [_candidate(text, run[lead:lead + team + 1], hint="organisation")]
    if len(run) >= 3 and run[-1].text == "Country" and run[-2].text == "the":
        # "See and Tell the Country", "Writing the Future of the Country": the country a
        # headline means, a common noun in capitals (but "the Basque Country", "Indian
        # Country" have their own word before it)
        rest = run[:-3] if run[-3].text == "of" else run[:-2]
        return _cut(text, _trim(rest, know), know, surnames) if _trim(rest, know) else []
    heard = next((k for k in range(1, len(run)) if run[k].text in ("Hearing", "Hearings")
                  and run[k - 1].text in ORGANISATION_HEADS), None)
    if heard is not None:
        # "the Senate Armed Services Committee Hearing on Capitol Hill": a body's hearing is
        # no name of its own; the body, then where it sits
        rest = run[heard + 2:] if heard + 2 < len(run) and \
            run[heard + 1].text in ("on", "in", "at") else []
        return [*_cut(text, run[:heard], know, surnames),
                *(_cut(text, rest, know, surnames) if rest else [])]
    if len(run) >= 3 and any(t.text == "and" for t in run[1:-1]) and \
            run[0].text not in MONTHS_AND_DAYS and re.search(
            rf"\b{JOURNAL_CUE}[^\S\n]+$", text[max(0, run[0].start - 40):run[0].start]):
        # (not "reported in February and April 2017": months)
        return [_candidate(text, run)]  # "The study, published in AIDS and Behavior, …": a
        # journal's title, "and" and all
    if 3 <= len(run) <= 4 and _people_by_their_noun(run, know):
        return [_candidate(text, run[1:], hint="person")]  # "Activists Nosipho Appolis and
        # …": what they are, in the plural, then the first one's name
    if len(run) == 4 and run[1].text == "and" and all(
            t.capitalised and not t.acronym and not _any_head(t.text) for t in run[::2] + run[3:]) \
            and re.search(r"\b(?:sisters|brothers|siblings|twins|couple|spouses|cousins)"
                          r"[^\S\n]+$", text[max(0, run[0].start - 20):run[0].start]):
        return [_candidate(text, run[:1], hint="person"), *_cut(text, run[2:], know, surnames)]
        # "sisters Zimkhitha and Xolelwa Ntsiba": two people, one surname
    if run[0].text in ("AM", "PM", "A.M.", "P.M.") and \
            re.search(r"\d{1,2}:\d{2}[^\S\n]*$", text[max(0, run[0].start - 8):run[0].start]):
        return []  # "11:05 AM EDT Add to Favorites": a time, its zone and a button's words
    listing = next((k for k in range(min(2, len(run) - 2)) if run[k].text in _LISTING_WORDS
                    and run[k + 1].text in ("on", "from", "at")
                    and (k == 0 or run[0].text in ("Our", "Latest", "More"))), None)
    if listing is not None:
        return _cut(text, run[listing + 2:], know, surnames)  # "Our News on Newswise": a
        # listing's heading, then the site it is on
    if len(run) >= 2 and run[-1].text in _POISED and re.match(r"[^\S\n]+to[^\S\n]+[A-Za-z]",
                                                              text[run[-1].end:]):
        run = run[:-1]  # "Odia Wikipedia Set to Celebrate …": a headline's "set to", after
        # the name
    if len(run) >= 3 and run[0].initial and run[0].text in _HARM_ON and \
            run[1].text in ("on", "against") and run[2].capitalised:
        return _cut(text, run[2:], know, surnames)  # "Attack on Soni Sori is another …": a
        # sentence about an attack on someone, whose name follows "on"
    ands = [k for k, t in enumerate(run) if t.text == "and"]
    if len(ands) == 1 and 2 <= ands[0] <= len(run) - 3 and \
            _any_head(run[ands[0] - 1].text) == _any_head(run[-1].text) and \
            re.search(r"[\w.)’']+,[^\S\n]+$", text[max(0, run[0].start - 30):run[0].start]) and \
            _LISTED_BEFORE.search(text, max(0, run[0].start - 200), run[0].start) and \
            not any(t.text in ("of", "for", "on", "the") for t in run) and \
            all(t.capitalised for t in run if t.text != "and"):
        return _cut(text, run[:ands[0]], know, surnames) + \
            _cut(text, run[ands[0] + 1:], know, surnames)  # "… Greenpeace, Save Happy
        # Valley, Auckland Animal Action and Peace Action Wellington": a list's last two
        # names, joined by its "and" (not "Department of Health and Human Services", nor
        # "African Population and Health Research Center", one body's name)
    if len(run) >= 2 and not any(t.text in ("and", "&", "of") for t in run) and \
            re.search(r"(?<![\w’'-])" + r"[^\S\n]+".join(re.escape(t.text) for t in run)
                      + r"!(?=[^\S\n]+[a-z]|’s|'s)", text):
        return [_candidate(text, run)]  # "Democracy Now" on a line of its own, the name the
        # story writes "Democracy Now! is …" elsewhere, its mark inside a sentence (not an
        # adverb after a word; nor "… Waikiki and Honolulu!", a sentence's end)
    wish = next((k for k in range(1, len(run) - 2) if run[k].text in ("and", "&")
                 and run[k + 1].text in WISHES), None)
    if wish is not None and run[0].text in WISHES:
        return _cut(text, run[:wish], know, surnames) + \
            _cut(text, run[wish + 1:], know, surnames)  # "Merry Christmas and Happy …
        # Day": two wishes, each for its day
    if len(run) >= 2 and run[0].text in WISHES and (
            run[1].text in HOLIDAYS or run[-1].text in WISHED_DAYS):
        return _cut(text, run[1:], know, surnames)  # "Merry Christmas", "Happy International
        # Migrants Day": a wish, then the day's name
    if run[-1].text[:-1] in SOCIAL_NETWORKS and run[-1].text.endswith("."):
        run = [*run[:-1], Token(run[-1].start, run[-1].end - 1, run[-1].text[:-1])]
        # "… on Facebook and X.": the network, then the sentence's full stop (no initial)
    town = run[:-1] if run[-1].text.rstrip(".") in STATE_ABBREVIATIONS else run
    if len(town) >= 3 and _is_title(town[0].text, know.titles) and \
            know.places.get(" ".join(t.text for t in town)):
        return [_candidate(text, run, hint="place")]  # "King of Prussia (, Pa.)": a town
    if len(run) >= 2 and run[-1].capitalised and not run[-1].text.isupper() and \
            all(not any(ch.islower() for ch in t.text) for t in run[:-1]) and \
            any(_MODEL_CODE.fullmatch(t.text) for t in run[:-1]) and \
            AIRCRAFT_REGISTRATION.search(text, text.rfind("\n", 0, run[0].start) + 1,
                                         run[0].start):
        return _cut(text, run[:-1], know, surnames)  # "G-ZBKF BOEING 787-9 Gradual
        # decompression …": a table's row, the aircraft's type in capitals and its model,
        # then the next column's first word
    shift = case_shift(run, know)
    if shift is not None:
        return _cut(text, _trim(run[:shift], know, leading=False), know, surnames) + \
            _cut(text, _trim(run[shift:], know), know, surnames)
        # "U.S. NUCLEAR REGULATORY COMMISSION Office of Public Affairs Telephone": a
        # letterhead in capitals run into the line after it
    body = next((k for k in range(1, len(run) - 2) if run[k].text.title() in ORGANISATION_HEADS
                 and run[-1].text.title() in _PERIODICALS and len(run) - k - 1 in (2, 3)
                 and all(t.capitalised and t.text.title() not in ORGANISATION_HEADS
                         for t in run[k + 1:])), None)
    if body is not None:
        return _cut(text, run[:body + 1], know, surnames) + \
            _cut(text, run[body + 1:], know, surnames)
        # "NATIONAL PARK SERVICE MORNING REPORT": a body's masthead, then its periodical's
        # title
    unit = next((k for k in range(1, len(run) - 1) if run[k].text in PARK_UNITS
                 and run[k - 1].capitalised and not run[k - 1].acronym), None)
    if unit is not None:
        return _cut(text, run[:unit + 1], know, surnames) + \
            _cut(text, _trim(run[unit + 1:], know), know, surnames)
        # "Glacier NP Overdue Hiker Found …": a park's name ends at its unit's letters (a
        # digest's item, its headline run into it)
    on = next((k for k in range(2, len(run) - 1) if run[k].text == "on"
               and (run[k - 1].text in PLACE_HEADS or run[k - 1].text in _BUILDING_HEADS)
               and (run[-1].text in PLACE_HEADS or run[-1].text in ("Hill", "Green"))
               and run[k + 1].capitalised), None)
    if on is not None:
        return _cut(text, run[:on], know, surnames) + _cut(text, run[on + 1:], know, surnames)
        # "Great St Mary’s Church on Senate House Hill": a building, then where it stands
    if len(run) >= 3 and run[1].text == "for" and know.big_place(run[0].text) and \
            len(run) <= 4 and run[-1].text not in ORGANISATION_HEADS and \
            run[0].text not in know.given_names:
        return _cut(text, run[:1], know, surnames) + _cut(text, run[2:], know, surnames)
        # "the leading location in Europe for AI, quantum and climate research"
    if len(run) >= 4 and run[-1].possessive and run[-2].text == "and" and \
            know.big_place(run[-1].text) and any(t.text == "of" for t in run[1:-3]):
        return _cut(text, run[:-2], know, surnames) + _cut(text, run[-1:], know, surnames)
        # "Georgia's Department of Public Health and Ohio’s Supreme Court": the run stopped
        # at the possessive of a place that owns the next name (but "the Department of
        # Health and Welfare’s budget" is one body's)
    if len(run) == 2 and run[0].text in _MONTHS and run[1].acronym and \
            text[:run[0].start].endswith(("the ", "The ")):
        run = run[1:]  # "the June TWSA": a month's edition of a thing by its letters
    if len(run) >= 2 and run[0].text == "Royal" and run[1].text in ("Highness", "Highnesses"):
        rest = run[3:] if len(run) > 2 and run[2].text == "the" else run[2:]
        if all(t.text in _ROYAL_WORDS for t in rest):
            return []  # "their Royal Highnesses the Grand Duke and Grand Duchess of …": a
            # form of address, then the titles, no one's name
        return _cut(text, rest, know, surnames)
    if len(run) >= 3 and run[0].text == "Governments" and run[1].text == "of":
        rest = _trim(run[2:], know)
        return _cut(text, rest, know, surnames) if rest else []  # "the Governments of the
        # United States of America, the United Kingdom, and Norway": the countries'
    served = run[1:] if run and run[0].text == "The" else run
    joint = next((k for k, t in enumerate(served) if t.text in ("and", "&")), len(served))
    if joint >= 4 and served[0].text in ("Office", "Offices", "Cabinet", "Bureau") and \
            served[1].text == "of" and served[2].text == "the" and \
            all(_is_title(t.text, know.titles) for t in served[3:joint]):
        rest = _trim(served[joint + 1:], know)
        return [_candidate(text, served[:joint], hint="organisation"),
                *(_cut(text, rest, know, surnames) if rest else [])]  # "the Office of the
        # Prime Minister (and the Ministries)": the body that serves the post, named for it
    chamber = next((k for k in range(2, len(run) - 2) if run[k].text == "of"
                    and run[k + 1].text == "the" and any(t.text in ("Committee", "Subcommittee")
                                                         for t in run[:k])
                    and any(t.text in _LEGISLATURES for t in run[k + 2:])), None)
    if chamber is not None:  # "the Standing Committee on Civil Law of the Parliament of
        # Sweden": a committee, then the parliament it belongs to, each a name
        return [*_cut(text, run[:chamber], know, surnames),
                *_cut(text, run[chamber + 2:], know, surnames)]
    debated = next((k for k in range(1, len(run) - 3) if run[k].text in ("Committee",
                    "Subcommittee") and run[k + 1].text == "on" and run[k + 2].text == "the"
                    and run[-1].text in ("Statement", "Report", "Bill", "Plan", "Budget")), None)
    if debated is not None:  # "the report of the Finance and Expenditure Committee on the
        # Budget Policy Statement": the committee, then the paper it reported on
        return [*_cut(text, run[:debated + 1], know, surnames),
                *_cut(text, run[debated + 3:], know, surnames)]
    if len(run) >= 3 and run[-2].text == "Member" and run[-1].text in ("State", "States"):
        return _cut(text, run[:-2], know, surnames)  # "all EU Member States": the body
        # whose members they are, then what they are to it (no one's name)
    status = next((k for k, t in enumerate(run) if t.text in ("Member", "Membership")
                   and k > 0 and run[k - 1].text in ("Associate", "Full")), None)
    if status is not None:  # "… to become Associate Member State of CERN", "… to CERN
        # Associate Membership": a standing in a body, no name but the body's
        rest = run[status + 1:]
        if len(rest) >= 3 and rest[0].text in ("State", "States") and rest[1].text == "of":
            return _cut(text, rest[2:], know, surnames)
        return _cut(text, run[:status - 1], know, surnames) if status > 1 else []
    label = next((k for k in range(1, len(run)) if not run[k].text.isupper()), 0)
    if label and len(run) - label == 1 and run[label].text in ORGANISATION_HEADS:
        label = 0  # "TIME Magazine", "VICE News": a title styled in capitals, then its head
    if label and run[label].capitalised and \
            text[run[label - 1].end:run[label].start] == " " and \
            not re.search(r"\b(?:the|a|an|its|our|their|of|by|for|with|from|to|in|at|on)"
                          r"[^\S\n]+$", text[max(0, run[0].start - 8):run[0].start]) and all(
            t.text.isupper() and t.text.isalpha() and len(t.text) >= 4
            for t in run[:label]) and (
            re.search(r"(?<![\w-])" + r"\s+".join(t.text.title() for t in run[:label])
                      + r"(?![\w-])", text)
            or (all(t.text.casefold() in know.common_words for t in run[:label])
                and opens_line(text, run[0].start))
            or (label == 1 and len(run[0].text) >= 7 and run[0].text.endswith("S")
                and not run[0].text.endswith("SS")
                and not all(t.text in know.given_names for t in run[1:])
                and not know.places.get(run[0].text.title()))):
        return _cut(text, run[label:], know, surnames)  # "DAILY BRIEFING Emissions will
        # hit …": a label in capitals (the page writes "Daily Briefing" too), then a headline;
        # "CULTURE Dog, Dog, …" at a line's start: a section's label of common words;
        # "INCIDENTS Glacier NP …": a section's label, a plural no body's letters spell (not
        # "ANNEMANS Gerolf", a surname before the given name, nor "BRUSSELS Tel."; nor "the
        # SAPIENS Public Scholars Training Fellowship": a name in capitals inside a sentence,
        # opening a longer one, after an article no label follows)
    if len(run) >= 2 and run[-1].text in _COMMON_LETTERS and not run[-2].acronym and \
            re.match(r"[^\S\n]+[a-z]", text[run[-1].end:]):
        run = run[:-1]  # "the global CrowdStrike IT outage": a common noun's letters after
        # the name, before the noun they qualify
    named = run[1:] if run[0].text == "The" else run
    if len(named) >= 3 and named[-1].text == named[0].text and not named[0].acronym and \
            (named[-2].text in ORGANISATION_HEADS or named[-2].text in PLACE_HEADS):
        return _cut_at(text, run, -1, know, surnames)
        # "The Selden Fire District Selden in Suffolk County": a body named for its town,
        # then the town again, as a copy of the page repeated it
    twice = next((k for k in range(1, len(run) - 1) if run[k].text == run[k + 1].text
                  and run[k].capitalised and not run[k].acronym and k + 2 < len(run)
                  and run[k - 1].text == run[k + 2].text), None)
    # (but "Salah Abdalla Mohamed Mohamed Salih" is one man's name)
    if twice is not None:
        # "Mikhail Mishustin Mishustin Mikhail": a name, then its tooltip ("Surname Given")
        # that a copy of the page kept
        return _cut_at(text, run, twice + 1, know, surnames)
    if len(run) >= 3 and run[1].text == "for" and run[0].text in _SPONSOR_WORDS and \
            re.match(r"[^\S\n]+(?:comes?|came|is[^\S\n]+provided|was[^\S\n]+provided)\b",
                     text[run[-1].end:]):
        return _cut(text, run[2:], know, surnames)  # "Support for LAist comes from": a
        # station's underwriting line, the station its only name
    if len(run) >= 3 and run[0].text == "The" and run[-1].text in ("Democrat", "Republican") \
            and not any(t.text in _PARTY_WORDS for t in run[1:-1]):
        run = run[1:]  # ("The Cabot Republican said": a sentence's "The", then a member)
    if len(run) >= 2 and run[-1].text in ("Democrat", "Republican") and (
            know.big_place(" ".join(t.text for t in run[:-1]))
            or (len(run) >= 3 and run[-2].text in ("County", "Parish", "Borough"))
            or (re.search(r"\b(?:[Aa]n?|[Tt]he)[^\S\n]+$",
                          text[max(0, run[0].start - 4):run[0].start])
                and not any(t.text in _PARTY_WORDS for t in run[:-1]))):
        # (or any name after "a" or "the": "a Weldon Spring Republican", "The Cabot
        # Republican said", a small town's; not "a Liberal Democrat", one of the Liberal
        # Democrats)
        home = _cut(text, run[:-1], know, surnames)  # "a Los Angeles Democrat", "a Davidson
        # County Republican": a member from there, the place the only name (but "Texas
        # Democrats", the state's party)
        if len(home) == 1 and home[0].hint is None and not know.big_place(home[0].text):
            home[0].hint = "member-from"
        return home
    if len(run) >= 3 and _ENVOY_TO.search(text, max(0, run[0].start - 40), run[0].start) and \
            " ".join(t.text for t in run) not in know.places:  # (not "Papua New Guinea")
        posted = next((k for k in range(len(run) - 2, 0, -1)
                       if " ".join(t.text for t in run[:k]) in know.places), None)
        if posted is not None:
            return _cut_at(text, run, posted, know, surnames)
            # "ambassador to Yemen Bassem Al-Agha": where the envoy is posted, then the
            # envoy's name
    code = next((k for k in range(2, len(run) - 1) if run[k].text == "Code"
                 and run[k - 1].text in ORGANISATION_HEADS and not run[k - 1].possessive), None)
    if code is not None:
        return _cut_at(text, run, code, know, surnames)
        # "the American Nurses Association Code of Ethics for Nurses": a body, then the
        # code it wrote for its members
    party = next((k for k in range(1, len(run)) if run[k].text in (
        "GOP", "Republicans", "Democrats", "Dems") and run[k - 1].text in _CHAMBERS and (
            k == len(run) - 1 or run[k + 1].text == "and")), None)
    if party is not None:
        return _cut_at(text, run, party, know, surnames)
        # "Missouri Senate GOP divide", "U.S. House Democrats": the chamber, then the party
        # (or parties: "House Republicans and Democrats")
    if len(run) >= 3 and any(t.text == "and" for t in run) and all(
            t.text in _PARTY_WORDS or t.text == "and" for t in run) and \
            re.match(r"[^\S\n]+[a-z]", text[run[-1].end:]):
        return []  # "the 2010 to 2015 Conservative and Liberal Democrat coalition
        # government": the parties' adjectives before a common noun
    if len(run) >= 2 and run[-1].text == "Federal" and \
            re.match(r"[^\S\n]+[a-z]", text[run[-1].end:]):
        return _cut(text, run[:-1], know, surnames)  # "a United States Federal government
        # website": the country, its adjective before a common noun
    party = next((k for k, t in enumerate(run[:-1]) if t.text in ("Democratic", "Republican")),
                 None)
    if party is not None and all(t.text in _PARTY_OPENERS for t in run[:party]) and (
            (party == len(run) - 2 and run[-1].text in _CHAMBERS)
            or run[party + 1].text in ("U.S.", "US")):
        return _cut(text, run[party + 1:], know, surnames)  # "a supermajority Republican
        # Legislature", "Three Democratic U.S. representatives", "the Democratic U.S.
        # Senate candidate": the chamber or the country, the party an adjective (but
        # "Democratic Party", "Republican National Committee" are bodies of the party)
    if len(run) >= 2 and run[-1].text in _WEEKDAYS and \
            know.big_place(" ".join(t.text for t in run[:-1])):
        return _cut(text, run[:-1], know, surnames)  # "travel to Florida Friday": a place,
        # then when (but "Black Friday", "Super Tuesday" are days by name)
    if _spells_letters_in_text(text, run):
        return _cut_part(text, run, know, surnames)  # "the Green and Inclusive Community
        # Buildings (GICB) program": one name, its letters say, not a colour and a place
    second = _second_titled(run, know)
    if second is not None:
        # "Chief Judge Jeffrey R. Howard Chief Judge Nancy Torresen": a list's names, each
        # after its title, that the copy ran together
        return _cut_at(text, run, second, know, surnames)
    if len(run) == 2 and run[0].text == run[1].text and (run[0].acronym or "/" in run[0].text):
        # "(icon: PPE PPE)": a group's letters, once as an icon's text and once as its label
        return _cut_at(text, run, 1, know, surnames)
    if 2 <= len(run) <= 4 and run[-1].acronym and run[-1].text.isalpha() and \
            len(run[-1].text) >= 4 and run[0].text in know.given_names and \
            all(t.capitalised and not t.acronym for t in run[:-1]) and \
            not _is_title(run[-1].text, know.titles) and run[-1].text not in know.country_codes \
            and len(re.findall(rf"\b{re.escape(run[-1].text)}\b", text)) == 1 and \
            not re.match(r" [a-z]", text[run[-1].end:]):
        return [_candidate(text, run, hint="person")]  # "David Maria SASSOLI": the surname in
        # capitals, as minutes write a chair's name (not a body the story names again, nor
        # "Issa Saka UNODC officer", a body before a noun)
    if len(run) == 2 and know.big_place(run[0].text) and run[1].text.endswith("al") and \
            run[1].text != "Central" and re.match(r" [a-z]", text[run[1].end:]) and \
            not re.match(_REGION_NOUN + "|" + _REGIONAL, text[run[1].end:]):
        return _cut(text, run[:1], know, surnames)  # "Brussels Provisional edition" (but
        # "the Springfield Central home": a suburb named for its centre)
    if len(run) >= 2 and run[0].text == "Portfolio" and \
            re.search(r"\b[Ww]ithout[^\S\n]+$", text[max(0, run[0].start - 12):run[0].start]):
        return _cut(text, run[1:], know, surnames)  # "Minister without Portfolio Wu
        # Tse-cheng": the title's last word, then the person
    if len(run) >= 2 and run[-1].text in ("Democratic", "Republican") and \
            re.match(r" [a-z]", text[run[-1].end:]) and (
                run[-2].text in PLACE_HEADS or " ".join(t.text for t in run[:-1]) in know.places):
        return _cut(text, run[:-1], know, surnames)  # "the East Bay Democratic congresswoman":
        # the place, then the party as an adjective
    if len(run) >= 3 and run[1].text == "of" and not _any_head(run[0].text) and \
            not _is_title(run[0].text, know.titles) and run[0].text not in know.given_names \
            and not (run[0].text in _MUNICIPAL_OPENERS and run[-1].text in ORGANISATION_HEADS) \
            and (re.search(rf"\b{re.escape(run[0].text.casefold())} of\b(?! (?:the )?"
                           rf"{re.escape(_after_the(run[2:]).casefold())}\b)", text) or (
                run[0].initial and run[0].text.removesuffix("s").endswith(_ABSTRACT_NOUN_ENDINGS)
                and run[0].text not in know.places)):
        # ("Criticism of Putin’s decision …" opening a sentence: an abstract noun, then
        # the name; but "freedom of information requests" is the same phrase in lower case)
        # "Composition of the European Parliament", when the story also writes "the
        # composition of …": a common noun before the name (but "Color of Change", though
        # the story writes "people of color"; and "City of Edinburgh Council" is a council's
        # name, though the story writes "the capital city of London")
        return _cut(text, _trim(run[2:], know), know, surnames)
    if len(run) >= 3 and run[0].possessive and _is_title(run[0].text, know.titles) and \
            run[-1].text in LAW_HEADS:
        run = run[1:]  # "the President's Recovery Act": whose it is, then the law's name
    union = next((k for k in range(3, len(run) - 1) if run[k].text == "of" and
                  run[k - 1].text == "Union" and run[k - 2].text == "Credit"), None)
    if union is not None and _IN_STATE.match(text, run[-1].end) and \
            know.big_place(_IN_STATE.match(text, run[-1].end)[1]):
        # "Fair Break Federal Credit Union of Memphis, Tennessee": a credit union, then
        # the town and state it is in (but "Credit Union of Texas" is one name)
        return [*_cut(text, run[:union], know, surnames),
                *_cut(text, run[union + 1:], know, surnames)]
    if len(run) >= 4 and run[-1].text in ("District", "Division") and \
            know.big_place(run[-2].text) and not run[-3].possessive and \
            any(t.text in ORGANISATION_HEADS for t in run[:-2]) and run[-3].text != "of":
        # "the U.S. Army Corps of Engineers Nashville District": the body, then its district
        return [*_cut(text, run[:-2], know, surnames),
                _candidate(text, run[-2:], hint="organisation")]
    for k in range(2, len(run) - 2):
        if run[k].text == "for" and run[k + 1].text == "the" and \
                run[k - 1].text in _DOCUMENT_KINDS and run[k + 2].capitalised:
            # "the Final Feasibility Study / Environmental Impact Statement for the Chatfield
            # Reservoir Storage Reallocation": a kind of document, then what it is about
            return [*_cut(text, run[:k], know, surnames),
                    *_cut(text, run[k + 2:], know, surnames)]
    joint = next((k for k in range(1, len(run) - 2) if run[k].text == "and"), None)
    if joint is not None and run[-1].text.endswith("s") and \
            (run[-1].text[:-1] in PLACE_HEADS or (run[-1].text.endswith("ies")
                                                  and run[-1].text[:-3] + "y" in PLACE_HEADS)) and \
            " ".join(t.text for t in run) not in know.places and \
            not any(t.text in ("of", "the", "on", "for", "in", "at", "to")
                    or t.text in ORGANISATION_HEADS for t in run) and \
            not know.given_then_surname([t.text for t in run[joint + 1:]]):
        # (not "Coalition on Clean Rivers and Safe Harbors": a body's name; nor "Joan
        # Rivers and Emily Miles": two people)
        # "Fiddleneck and Wrinkle Cove Parks": two places, one plural head
        return [_candidate(text, run[:joint], hint="place"),
                *_cut(text, run[joint + 1:], know, surnames)]
    if joint is not None and run[-1].text[:-1] in FIRE_HEADS and run[-1].text.endswith("s") \
            and run[joint - 1].capitalised and \
            not any(t.text in ("of", "the", "on", "for", "in", "at", "to") for t in run):
        return [_candidate(text, run[:joint], hint="event"),
                *_cut(text, run[joint + 1:], know, surnames)]  # "Horse Creek and Pothole
        # Fires": two fires, one plural head
    if joint is not None and _FIRES_AFTER.match(text, run[-1].end) and \
            run[joint - 1].capitalised and run[joint + 1].capitalised and \
            not any(t.text in ("of", "the", "on", "for", "in", "at", "to") for t in run):
        return [_candidate(text, run[:joint], hint="event"),
                _candidate(text, run[joint + 1:], hint="event")]  # "for Ranch and August
        # Complex wildfires": two fires, their kind after them in lower case
    if len(run) >= 2 and run[0].text in VESSEL_PREFIXES:
        return [_candidate(text, run, hint="other")]  # "M/V Captain Joseph E. Pearce": a
        # vessel named for a person, title and all
    pairs = _people_in_a_row(run, know)
    if pairs:
        # "Erik Jansen Gary Marks … Heidi Wastweet": a list of members whose line breaks the
        # copy lost, each a given name and a surname
        return [_candidate(text, pair, hint="person") for pair in pairs]
    listed = _listed_member(run, know)
    if listed == 0 and _OF_A_BODY_BEFORE.search(text, max(0, run[0].start - 30), run[0].start):
        listed = None  # ("the leader of SAMHSA Miriam Delphin-Rittmon": the body's letters,
        # then its leader, no "SURNAME Given" of a list)
    if listed is not None:
        # "Lead AFCO HÜBNER Danuta Maria", "SILVA PEREIRA Pedro": a parliament's list,
        # surnames in capitals before the given names
        before = [c for c in _cut(text, run[:listed], know, surnames)] if listed else []
        return [*before, _candidate(text, run[listed:], hint="person")]
    if len(run) > 3 and run[0].text == "Category" and run[1].number and (
            run[2].text in STORM_KINDS or run[2].text in STORM_STAGES):
        run = run[2:]  # "Category 5 Tropical Cyclone Pam": the storm, its strength before
    if len(run) > 2 and run[0].text in ORDINAL_WORDS and run[1].text == "of" and \
            text[:run[0].start].endswith("the ") and run[2].text not in _MONTHS:
        run = run[2:]  # "King George Tupou … the Fifth of Tonga": a regnal number (not
        # "the Fourth of July", a day)
    if run[0].text in FUNCTION_WORDS and len(run) > 1 and \
            _WORK_CUE.search(text, max(0, run[0].start - 30), run[0].start):
        return [_candidate(text, _trim(run, know, leading=False), hint="work")]
    if 2 <= len(run) <= 4 and _is_title(run[0].text, know.titles) and \
            _SERIES_AFTER.match(text, run[-1].end) and \
            not any(t.text in ORGANISATION_HEADS for t in run):  # (but "the Met Office
        # blog" is the body's blog)
        return [_candidate(text, run, hint="work")]  # "our Editor Spotlight series": a
        # series named with a title word, no editor named Spotlight
    called = _CALLED.search(text, max(0, run[0].start - 40), run[0].start) \
        if run[0].text in FUNCTION_WORDS and len(run) > 1 else None
    if called is not None:  # "The series, called After Water, …": the name opens with "After"
        return [_candidate(text, _trim(run, know, leading=False),
                           hint="work" if called.group("work") else None)]
    if len(run) > 1 and run[0].initial and run[0].text in _LISTING_OPENERS and \
            sum(1 for t in run[1:] if not t.number) == 1:
        return []  # "Latest Headlines", "Newest 2012 Paralympic stories": a listing's label
    if sum(1 for t in run if t.number) >= 2 and \
            2 * sum(1 for t in run if t.number) >= len(run) - 1 and \
            not any(t.text in ("and", "&") for t in run) and \
            not (run[0].number and text[run[0].end:run[1].start] == "/"
                 and any(_any_head(t.text) for t in run[2:])):
        return []  # "PRESSE 285 PR CO 28": a document's reference, no name (but "Route 66
        # and Area 51": two names by their numbers; and "the 9/11 Commission", a body
        # named for a day)
    if 2 <= len(run) <= 4 and run[-1].capitalised and not run[-1].acronym and \
            run[-1].text[1:].islower() and not _any_head(run[-1].text) and \
            all(t.capitalised for t in run) and (
                _is_title(run[0].text, know.titles) or run[-2].text in know.surnames
                or (len(run) == 2 and run[0].acronym)) and \
            f"{run[-2].text} {run[-1].text.lower()}" in text:
        run = run[:-1]  # "Commissioner Werfel Letter on audit selection", a heading in title
        # case, when the story also writes "Commissioner Werfel letter on …"; "the COVID-19
        # Pandemic" of a headline, "the COVID-19 pandemic" of the story
    if len(run) >= 3 and run[-1].capitalised and run[-1].text[1:].islower() and \
            run[-2].capitalised and not run[-2].possessive and not _any_head(run[-1].text) and \
            run[-1].text not in _BODY_TAILS and run[-1].text not in FIRE_HEADS and \
            run[-1].text.casefold() in _lower_case_words(text) and \
            not know.places.get(" ".join(t.text for t in run)) and re.search(
                r"(?<![\w-])" + r"\s+".join(re.escape(t.text) for t in run[:-1])
                + r"(?:[^\S\n]+(?!(?:and|of|for|on|in|the|&)[^\S\n]+[A-Z])[a-z]|[,.;:)])",
                text):
        run = run[:-1]  # "Department of Justice Efforts to Combat …", a heading, when the
        # story names the department alone too and writes "efforts" in lower case (but
        # "New York City" is a city the gazetteer knows, though "the city" and "New York"
        # are written too; nor a body's tail, "Creative Commons International"; nor a
        # fire's, "Petes Lake Fire", though the story writes "the fire" and "Petes Lake";
        # nor "National Institute of Dental Research" beside "National Institute of Dental
        # and Craniofacial Research", a longer name going on after "and")
    if any(t.text in ("and", "&") for t in run[1:-1]) and all(
            t.capitalised or t.text in ("and", "&") for t in run) and \
            _PAGE_AFTER.match(text, run[-1].end):
        return [_candidate(text, run, hint="work")]  # "our Accidents and Incidents page": a
        # page of a site, by its title
    if run[-1].text in COMPANY_FORMS and run[0].capitalised and (m := _NUMBER_AND.search(
            text, max(0, run[0].start - 16), run[0].start)) is not None:
        number = Token(m.start(1), m.end(1), m.group(1))
        joint = Token(m.start(2), m.end(2), "and")
        for token in (number, joint):
            token.classify()
        return [_candidate(text, [number, joint, *run], hint="organisation")]  # "…, 82 and
        # Sunny LLC, …": a firm named with a number
    if len(run) == 2 and run[0].text in ROLE_MODIFIERS and run[1].acronym:
        run = run[1:]  # "Pete Del Angel, Acting ERO field office director": the acting one
        # is the director, not the body
    while run and run[0].text in _SERVICE_MEMBERS and not (
            len(run) > 3 and run[1].text in ("&", "and") and run[2].text in _SERVICE_MEMBERS
            and any(_any_head(t.text) for t in run[3:])):
        run = run[1:]  # "Airmen I think about …": the services capitalise their members
        # (but "Soldiers & Sailors Memorial Hall" is named for them)
    while len(run) > 1 and run[-1].text in _SERVICE_MEMBERS:
        run = run[:-1]  # "162nd Wing Airmen returned …": the unit's members, after its name
    if not run:
        return []
    shared = _shared_plural_head(text, run)
    if shared is not None:
        # "Little Rock and Wynne Business Recovery Centers", when the story also writes
        # "Business Recovery Center": the towns, each with a centre of that kind
        return [c for part in shared for c in _cut(text, part, know, surnames)]
    town = _town_before_zip(text, run, know)
    if town is not None:
        # "The Naples Players Naples, FL 34102", "Kiwanis Club of Cape Coral Cape Coral FL
        # 33991": an address's venue, then its town before the state and the ZIP code
        venue, place = town
        return [*(_cut(text, venue, know, surnames) if venue else []),
                _candidate(text, place, hint="place")]
    if len(run) >= 2 and run[-1].text in ("Office", "Offices") and run[-2].possessive and (
            _is_title(run[-2].text, know.titles) or run[-2].text in OFFICE_HOLDERS):
        return [_candidate(text, _trim(run, know), hint="organisation")]  # "the U.S.
        # Attorney’s Offices": an office named for its holder, no title before a name
    if len(run) > 2 and run[0].text in _MONTHS_IN_CAPITALS and run[1].number:
        return _cut(text, _trim(run[2:], know), know, surnames) if _trim(run[2:], know) \
            else []  # "SEPTEMBER 2000 Total nonfarm …": a date in capitals, then a sentence
    of_body = next((k for k in range(2, len(run) - 3) if run[k].text == "of"
                    and run[k + 1].text == "the" and (run[k + 2].text in know.country_codes
                                                      or run[k + 2].text == "U.S.")
                    and any(t.text in ORGANISATION_HEADS for t in run[:k])
                    and any(t.text in ORGANISATION_HEADS for t in run[k + 2:])), None)
    if of_body is not None:
        # "the Bureau of Labor Statistics of the U.S. Department of Labor": a body, then the
        # country's body it belongs to
        return [*_cut(text, run[:of_body], know, surnames),
                *_cut(text, run[of_body + 2:], know, surnames)]
    if len(run) <= 2 and run[0].text in _MONTHS_IN_CAPITALS and (
            run[-1].number or re.match(r"[^\S\n]+\d", text[run[0].end:])):
        return []  # "JUN 16--President …": a date in capitals
    if len(run) == 1 and run[0].text[:1].isdigit() and _in_number_list(text, run[0]):
        return []  # "Forms 1040, 1040A and 1040EZ": one of a list of numbers, no name
    if len(run) == 2 and run[1].number and re.search(r"\d+/\d+[^\S\n]*\($",
                                                     text[max(0, run[0].start - 12):run[0].start]):
        return []  # "8816/05 (Presse 111)": a document's number and its series
    if len(run) > 1 and run[-1].number and run[-1].text.isdigit() and \
            all(t.text.isupper() for t in run[:-1] if t.text.isalpha()) and \
            _ALONE_ON_LINE.match(text, run[-1].end):
        run = run[:-1]  # "PARTICIPANTS 5": a contents line's page number
        if len(run) == 1 and len(run[0].text) > 4 and run[0].text.isupper():
            return []  # (a heading in capitals alone names nothing)
    if len(run) > 2 and run[-1].text.isupper() and len(run[-1].text) == 1 and \
            run[-2].number and run[0].text in STREET_FIRST:
        run = run[:-2]  # "Rue de la Loi 175 B": the street, not its house number
    if len(run) > 1 and run[-1].text.rstrip(".") in ("Tel", "Fax", "Phone") and \
            re.match(r"\.?:", text[run[-1].end:]):
        run = run[:-1]  # "BRUSSELS Tel.: +32 …": the label of a number after a name
    while len(run) > 1 and ORDINAL.fullmatch(run[0].text) and \
            int(re.sub(r"\D", "", run[0].text) or 0) >= 1000:
        run = run[1:]  # "the 2659th Council meeting": which meeting, no part of a name
    if len(run) > 1 and run[-1].text in ("Anniversary", "Birthday") and \
            ORDINAL.fullmatch(run[0].text):
        return []  # "its 57th Charter Anniversary": which anniversary, no name
    of = next((k for k, t in enumerate(run) if t.text == "of"), 0)
    city = " ".join(t.text for t in run[:of])
    if 0 < of < len(run) - 2 and run[of + 1].text == "the" and know.places.get(city) == "city" and \
            know.city_population.get(city, 0) >= 200_000 and city not in PLACE_HEADS and \
            " ".join(t.text for t in run) not in know.places and run[of - 1].capitalised:
        # "the launch in Strasbourg of the Eurocities project": a city, then what happens
        # there (a place's name does not go on with "of")
        return [*_cut(text, run[:of], know, surnames),
                *_cut(text, _trim(run[of + 1:], know), know, surnames)]
    if len(run) > 2 and run[0].text in PICTURE_WORDS and run[1].text == "of":
        skip = 3 if run[2].text == "the" and len(run) > 3 and run[3].capitalised else 2
        run = run[skip:]  # "Photo of John Connolly": a picture's alt text, then whom it
        # shows; "Photographs of the Berlaymont headquarters … are available here"
    if len(run) == 2 and run[1].number and run[0].text in _NUMBERED_PLURALS and \
            re.match(r"[^\S\n]*(?:,[^\S\n]*\d|,?[^\S\n]+(?:and|&|to)[^\S\n]+\d)",
                     text[run[-1].end:]):
        return []  # "First Nations under Treaties 5, 6, and 10", "Sections 3 and 4": a list
        # of numbered treaties or parts, none named whole
    dateline = next((k for k in range(2, len(run))
                     if run[k].text.isupper() and run[k].text.isalpha()
                     and not run[k - 1].text.isupper()
                     and all(t.text.isupper() and t.text.isalpha() for t in run[k:])
                     and sum(len(t.text) >= 4 for t in run[k:]) >= 1), None)
    if dateline is not None and _DATELINE_AFTER.match(text, run[-1].end):
        return [*_cut(text, run[:dateline], know, surnames),
                *_cut(text, run[dateline:], know, surnames)]  # "By Jaya Ramachandran NEW
        # YORK (IDN) –": a byline run into the dateline in capitals after it
    shouted = _shouted_block(run)
    if shouted is not None:
        start, end = shouted
        return [*(_cut(text, run[:start], know, surnames) if start else []),
                *_cut(text, run[start:end], know, surnames),
                *_cut(text, run[end:], know, surnames)]  # "U.S. DEPARTMENT OF COMMERCE
        # National Oceanic and Atmospheric Administration": a title page's lines run
        # together, a body in capitals between names in title case
    lead = 1 if run and run[0].text == "The" else 0
    if len(run) > lead + 3 and run[lead].text in ("Governments", "Parliaments", "Peoples") \
            and run[lead + 1].text == "of" and all(
                know.big_place(t.text) or t.text in ("and", "&") for t in run[lead + 2:]):
        run = run[lead + 2:]  # "The Governments of Canada and Alberta have signed …": the
        # places whose governments they are, each named (no body named in the plural)
    if len(run) > 3 and run[0].text in ("Elections", "Election") and \
            run[1].text in ("for", "to") and run[2].text == "the" and \
            any(t.text in ORGANISATION_HEADS for t in run[3:]):
        return _cut(text, run[3:], know, surnames)  # "a candidate in the Elections for the
        # Board of Trustees of the Wikimedia Foundation": the body the members are elected
        # to, by its name
    if len(run) > 2 and run[0].text in _SUMMARY_WORDS and run[1].text == "of" and \
            _DOCUMENT_NOUN_AFTER.match(text, run[-1].end):
        run = run[2:]  # "Summary of Project Willow report published:": the kind of
        # document, then the project it is the report of
    if len(run) > 1 and run[-1].text in PICTURE_WORDS | {"Credit", "Caption"} and \
            text.startswith(":", run[-1].end):
        run = run[:-1]  # "… a lineout against Noosa Image: Patrick Gillett.": the label
        if len(run) > 1 and run[-1].text == "Cover":
            run = run[:-1]  # ("… Silver Spring, Maryland Cover Photograph: …": the cover's)
    if run[0].text == "Friend" and re.search(r"\bhon\.?\s+$", text[max(0, run[0].start - 8):
                                                                   run[0].start]):
        run = run[1:]  # "My hon Friend the Home Secretary": a form of address
        if not run:
            return []
    if len(run) == 1 and len(run[0].text) == 1 and re.search(
            r"(?<![\w-])(?!(?:on|at|to|from|via|by|of|in)\s)[a-z]+\s+$",
            text[max(0, run[0].start - 20):run[0].start]):
        return []  # "hepatitis B", "vitamin C": a letter after a common noun
    if len(run) == 2 and run[0].text in ("Press", "News", "Media") and \
            run[1].text in ("Release", "Releases", "Advisory", "Advisories", "Conference",
                            "Conferences", "Briefing", "Briefings"):
        return []  # "Press Release", "Media Advisory": a heading, not "Release" with the
        # title "Press" nor a person; "Press Conference by the Chief Cabinet Secretary": a
        # kind of event, one of many, no event's name
    if len(run) > 3 and run[0].text in ("Republican", "Democrat", "Independent") and \
            run[1].text == "of":
        # "the ranking Republican of the Senate Foreign Relations Subcommittee …": a
        # party's member, then the body
        return _cut(text, _trim(run[2:], know), know, surnames)
    if len(run) >= 4 and run[0].text in _STORMS and any(t.text == "and" for t in run):
        parts: list[list[Token]] = [[]]
        for t in run[1:]:
            if t.text == "and":
                parts.append([])
            else:
                parts[-1].append(t)
        return [_candidate(text, part, hint="event") for part in parts if part]
        # "Hurricanes Iota and Eta": two storms
    if len(run) >= 2 and run[0].text in _STORMS and text.startswith(",", run[-1].end):
        return [_candidate(text, run[1:], hint="event")]  # "Hurricanes Katrina, Sandy, …":
        # the first storm of a list (kinds types the others by the list before them)
    if len(run) >= 4 and run[-3].text in _HONOURS and run[-2].text in know.given_names and \
            run[-1].capitalised and not run[-1].acronym and \
            run[-1].text not in ORGANISATION_HEADS:
        # "NEA Jazz Master Nancy Wilson", "2005 NEA Jazz Master Jimmy Smith": the honour
        # held is her role
        person = _candidate(text, run[-2:], hint="person")
        person.role = " ".join(t.text for t in run[:-2])
        return [person]
    if len(run) == 3 and run[0].acronym and run[0].text.isalpha() and len(run[0].text) <= 3 \
            and run[1].text in know.given_names and run[2].capitalised and \
            not run[2].acronym and run[2].text not in ORGANISATION_HEADS and \
            re.search(r"\b(?:said|says|added|explained)[^\S\n]+$",
                      text[max(0, run[0].start - 12):run[0].start]):
        # "…,” said IC Gary Moses: letters between the speech verb and a full name are
        # the speaker's post (a body before its member takes a possessive or a title)
        person = _candidate(text, run[1:], hint="person")
        person.role = run[0].text
        return [person]
    if run[-1].text.isupper() and _TEXT_KEYWORD_BEFORE.search(text, 0, run[-1].start) and \
            _TEXT_KEYWORD_AFTER.match(text, run[-1].end) and len(run) <= 2:
        return []  # "text “START” to 88788", "Text HOME to 741741": a keyword to send
    if len(run) == 1 and re.fullmatch(r"\w+–\w+", run[0].text) and all(
            len(re.findall(rf"\b{part}\b", text)) > 1 for part in run[0].text.split("–")):
        # "his fifth day in Iraq–Young’s unit came …": an en dash used as a dash between two
        # names the story writes apart too (but "Ajumawi–Atsugewi Nation" is one name)
        left, right = run[0].text.split("–")
        first = Token(run[0].start, run[0].start + len(left), left)
        second = Token(first.end + 1, run[0].start + len(run[0].text), right)
        for part in (first, second):
            part.classify()
        second.possessive = run[0].possessive
        return [*_cut(text, [first], know, surnames), *_cut(text, [second], know, surnames)]
    if len(run) == 1 and re.fullmatch(r"[\w.]+[-–][\w.]+", run[0].text) and (
            all(know.places.get(p) == "country" or p in know.country_codes
                for p in re.split("[-–]", run[0].text))
            or (re.fullmatch(r"[A-Z]{2,6}-[A-Z]{2,6}", run[0].text)
                and any(re.search(rf"(?<![\w-]){p}(?![\w-])", text)
                        for p in run[0].text.split("-"))
                and not any(_spelled_out(p, text) for p in run[0].text.split("-")))):
        # "Russia-US relations", "the Afghanistan–Iran border": two countries, not one place;
        # "ATO-ABS partnership": two bodies' letters joined, one of them written alone (but
        # "FBI-OPR", after "the FBI Office of Professional Responsibility": an office's)
        left, right = re.split("[-–]", run[0].text)
        first = Token(run[0].start, run[0].start + len(left), left)
        second = Token(first.end + 1, run[0].start + len(run[0].text), right)
        for part in (first, second):
            part.classify()
        return [_candidate(text, [first]), _candidate(text, [second])]
    if (len(run) == 2 and run[0].text in _TEXT_PARTS and run[1].number and not (
            run[0].text == "Amendment"
            and not re.match(r"[\s(]+(?:(?:of|to)\b|\d)", text[run[1].end:]))) or (
            len(run) == 1 and run[0].text in ("Page", "Pages")
            and re.match(r"\s+\d", text[run[0].end:])):
        return []  # "Article 14(2) TEU", "Rule 150", "Section 19", "Pages 20928-20939": a
        # part of a text cited (but "knocked Amendment 8 off the ballot": a ballot's measure,
        # not "Amendment 8 to the bill")
    if len(run) >= 2 and run[0].text.endswith("s") and know.is_demonym(run[0].text[:-1]) and \
            run[1].text in know.given_names and not run[1].acronym and \
            run[0].text not in know.given_names:  # (not "Francis Brown")
        run = run[1:]  # "two young Berliners Alex (…) and Margo": people of a city, then one
        # of them by name
    if len(run) >= 2 and run[-1].text in ("Be", "Been"):
        run = run[:-1]  # "Will Kyrgyzstan's Winter Be a Blackout Again?": a headline's verb
        # ends the name before it
    if run[-1].text == "Than" and len(run) <= 2 and \
            re.match(r"[^\S\n]+[\d$€£]", text[run[-1].end:]):
        return []  # "… Gone in Less Than 24 Hours": a headline's comparison, no name
    if any(t.text in ("Volume", "Issue") for t in run) and all(
            t.text in _ISSUE_WORDS or t.number or re.fullmatch(r"[IVXLC]+", t.text)
            for t in run):
        return []  # "Volume VI Issue 9", "Issue 12": a periodical's issue line, no name
    if len(run) == 1 and run[0].text != "D-Day" and (_PARTY_STATE.fullmatch(run[0].text) or (
            re.fullmatch(r"(?:D|R|I|Ind)-[A-Z]", run[0].text)
            and re.match(r"\.[A-Z]\.", text[run[0].end:]))):
        return []  # "Sen. Tina Smith, D-Minn.": her party and state ("(D-N.J.)"; not
        # "D-Day", the landing)
    town = PARTY_TOWN.search(text, max(0, run[0].start - 2))
    if town is not None and town.start("town") == run[0].start + 2 and \
            town.end("town") == run[-1].end:
        return []  # "Rep. Danny Tenenbaum, D-Missoula,": his party and town (the town is
        # found whole on its own)
    if len(run) <= 2 and re.fullmatch(r"FY ?(?:\d{2}|\d{4})(?:-\d{2,4})?", " ".join(
            t.text for t in run)):
        return []  # "his FY26 budget", "FY 2026": a fiscal year, no name
    if all(t.text in _CLOCK or t.text in ("VS", "VS.", "Vs", "Vs.") for t in run):
        return []  # "6 PM ET (10 PM UTC)": a time and its zone; "VS." of "X VS. Y"
    if len(run) == 2 and run[0].text == "The" and not run[0].initial and \
            _is_title(run[1].text, know.titles):
        return [_candidate(text, run, hint="organisation")]  # "by The Diplomat": a paper
    while len(run) > 1 and _COMPOUND_ADJECTIVE.fullmatch(run[0].text) and \
            not lettered_with(run[0].text, text, run[0].end) and not (
                run[-1].text in STUDY_HEADS and run[0].text[:1].isupper()
                and re.split(r"[-‐]", run[0].text)[-1] not in RELATION_SUFFIXES):
        # (but "the Genome-wide Association Study": a study named with its adjective)
        run = run[1:]  # "a COVID-hit Chinese city", "Taliban-run schools"
    if len(run) == 2 and run[-1].text == "Staff" and re.fullmatch(
            r"[^\S\n]*", text[text.rfind("\n", 0, run[0].start) + 1:run[0].start]) and \
            text[run[-1].end:run[-1].end + 1] in ("\n", ""):
        run = run[:-1]  # "GroundUp Staff", a byline line (but "the Joint Staff")
    if len(run) > 1 and re.search(r"-(?:of|in|to|on)-", run[-1].text):
        run = run[:-1]  # "Central Valley Project South-of-Delta water allocations": a
        # compound adjective after the name
    if len(run) > 1 and run[-1].text.endswith(_ADVERB_ENDINGS) and \
            text[run[-1].end:run[-1].end + 1] == "," and run[-1].text not in know.surnames:
        run = run[:-1]  # "… with Mahommed Disturbingly, there has …": a lost full stop
    if len(run) > 1 and run[-1].text.endswith(("ial", "ical", "onal")) and \
            re.match(r" [a-z]", text[run[-1].end:]) and \
            run[-1].text.casefold() in _lower_case_words(text) and \
            run[-1].text not in ORGANISATION_HEADS and run[-1].text not in PLACE_HEADS and \
            run[-1].text not in _BODY_TAILS:
        run = run[:-1]  # "U.S. Presidential debate", when the story also writes "presidential"
    if len(run) > 1 and run[0].text in _FORMERLY and \
            not any(_is_title(t.text, know.titles) for t in run[1:]):
        run = run[1:]  # "Former Sarasota dermatologist …", "Retired University of Nebraska
        # journalism professor …" (but "Former Sarasota Mayor …")
    if (len(run) > 1 or run[0].text.startswith("All-")) and \
            _COMPOUND_ADJECTIVE.fullmatch(run[-1].text) and \
            re.match(r" [a-z]", text[run[-1].end:]) and \
            not (len(run) > 1 and _ROMANISED_GIVEN.fullmatch(run[-1].text)
                 and _SYLLABLE.fullmatch(run[-2].text)):  # (not "Chen Chien-jen received")
        run = run[:-1]  # "6th All-women crew steers …": an adjective before its noun
        if not run or all(t.text[:1].isdigit() or t.text in ORDINAL_WORDS for t in run):
            return []
    if len(run) >= 3 and run[-1].text.endswith("ing") and run[-1].text[:1].isupper() and \
            run[-1].text not in know.surnames and run[-1].text not in know.given_names and \
            run[-1].text not in ORGANISATION_HEADS and run[-2].text in surnames | know.surnames \
            and _GERUND_OBJECT.match(text, run[-1].end):
        run = run[:-1]  # "Cayley Clifford Checking the claim again …": a byline glued to the
        # headline's first word, a verb in "-ing"
    if len(run) >= 3 and run[1].text == "of" and run[-1].possessive and \
            run[0].text not in ORGANISATION_HEADS and not _is_title(run[0].text, know.titles) \
            and run[0].text.casefold() in _lower_case_words(text) and \
            re.search(r"(?:^|\n)[^\S\n]*$", text[:run[0].start]):
        run = run[2:]  # "Growth of South Africa’s economy", a heading: a common word, then
        # the place whose thing it is
    if len(run) > 2 and ORDINAL.fullmatch(run[0].text) and \
            run[-1].text in ORGANISATION_HEADS and _SITTING_AFTER.match(text, run[-1].end):
        run = run[1:]  # "the 11th TIFA Council meeting": the ordinal counts the meetings,
        # not the council
    run = _trim_keeping_ordinal(run, know)
    place_for = next((k for k in range(1, min(4, len(run) - 3)) if run[k + 1].text == "the"
                      and (run[k].text == "for" or (
                          run[k].text == "of" and text[:run[0].start].endswith(" for ")
                          and any(t.text in ORGANISATION_HEADS for t in run[k + 2:])))
                      and (run[-1].text in ORGANISATION_HEADS or run[k].text == "of")
                      and know.big_place(" ".join(t.text for t in run[:k]))), None)
    if place_for is not None:
        return [*_cut(text, run[:place_for], know, surnames),
                *_cut(text, run[place_for + 2:], know, surnames)]  # "candidate for the
        # presidency of Colombia for the Patriotic Union": the country, then the party;
        # "deputy assistant secretary for Asia of the U.S. Department of Commerce": the
        # region a post is for, then the body that holds it
    split = next((k for k in range(2, len(run) - 3) if run[k].text == "for"
                  and run[k - 1].text.endswith("s") and run[k + 1].text in COUNTRY_LETTERS
                  and run[k + 2].text in ORGANISATION_HEADS and run[k + 3].text == "of"), None)
    if split is not None:
        return [*_cut(text, run[:split], know, surnames),
                *_cut(text, run[split + 1:], know, surnames)]  # "Department Press
        # Briefings for U.S. Department of State": what a body issues, then the body
    if len(run) == 2 and run[0].text.isupper() and run[0].text.title() in HONORIFICS and \
            run[1].text.isupper() and len(run[1].text) > 2:
        label = _candidate(text, run[1:], hint="person")
        label.honorific = run[0].text  # "MR PRICE: …": a transcript's speaker in capitals,
        return [label]  # the surname after the honorific
    if run and run[0].text in know.currencies and (len(run) == 1 or run[1].number) and \
            _AMOUNT_AFTER.match(text, run[0].end):
        return []  # "BRL 944.8 billion", "USD 5,000": money (but "COP 28", a conference)
    if len(run) >= 4 and run[-2].text == "of" and run[-1].possessive and run[-1].acronym:
        # "the Genomics Core of NCI’s Center for Cancer Research": the unit, then the
        # body whose centre follows (but "University of Maryland’s …" is one name)
        return [*_cut(text, run[:-2], know, surnames), *_cut(text, run[-1:], know, surnames)]
    war = next((k for k in range(1, len(run) - 2) if run[k].text == "War"
                and run[k + 1].text in ("I", "II") and run[k + 2].capitalised
                and run[k + 2].text not in _NAMED_FOR_A_WAR), None)
    if war is not None:  # "the World War II Manhattan Project": the war, then what it holds
        return _cut_at(text, run, war + 2, know, surnames)
    if len(run) == 2 and run[0].text == "New" and run[0].initial and \
            f"New {run[1].text}" not in know.places and (
                run[1].text in AU_STATE_CODES or run[1].text in know.country_codes
                or know.big_place(run[1].text)):
        run = run[1:]  # "New NSW premier will …": an adjective before a place (but "New
        # York", "New Zealand", "New Britain": places of their own)
    if len(run) == 2 and run[1].text == "Language" and run[0].text in know.languages:
        return [_adjective_only(text, [run[0].text])]  # "an English Language test"
    if not run:
        return []
    if len(run) == 3 and run[0].text == run[2].text and run[1].text in ("for", "to", "and"):
        # "by Māori for Māori", "Asia to Asia": one name twice, not a name of three words
        return [*_cut(text, run[:1], know, surnames), *_cut(text, run[2:], know, surnames)]
    if re.search(r"\(|, (?:[A-Z][\w’'-]+, )*[A-Z][\w’'-]+,? and ", _RETIRED_MARK.sub(
            " ", _NICKNAME_IN_BRACKETS.sub(" ", text[run[0].start:run[-1].end]))):
        # (not "Gen. (Ret.) Michael X. Garrett": a retired officer's mark, no name's bracket)
        post = next((k for k in range(1, len(run) - 2) if run[k].text in ("for", "of")
                     and run[k + 1].text == "the"), None)
        if post is not None and ", " not in text[run[0].start:run[post].start] and \
                _is_title(run[post - 1].text, know.titles) and (
                    _is_title(run[0].text, know.titles)
                    or (run[0].acronym and _is_title(run[1].text, know.titles))):
            owner = [run[:1]] if run[0].acronym else []
            return [*(c for part in owner for c in _cut(text, part, know, surnames)),
                    _candidate(text, run[post + 2:])]  # "the ONS Director General for the
            # Economic, Social and Environmental Group": a post, then the body whose name
            # lists its fields (and the post's own body first, by its letters)
        people = _people_of(run, know)
        if people is not None:  # "Mary Lynn Young and Alfred Hermida of the University of
            # British Columbia School of Journalism, Writing and Media": the people, then
            # the body whose name holds the list
            return [*(_candidate(text, name, hint="person") for name in people[0]),
                    _candidate(text, people[1])]
        part = next((k for k in range(2, len(run) - 2) if run[k].text == "of"
                     and run[k - 1].number and run[k - 2].text in LAW_PARTS), None)
        if part is not None and (whole := _trim(run[part + 1:], know)):
            # "Section 2 of the Criminal Justice (Drug Trafficking) Act 1996": a numbered
            # part, then the law it belongs to, whose name holds the bracket
            return [*_cut_part(text, run[:part], know, surnames), _candidate(text, whole)]
        return [_candidate(text, run)]  # a name around a bracket or a list (see runs)
    if len(run) > 1 and run[-1].text == "Web" and re.match(r" (?:site|page)s?\b",
                                                            text[run[-1].end:]):
        run = run[:-1]  # "the Wage and Hour Division Web site"
    if run and (run[0].text == "FY" or (len(run) >= 2 and run[1].text == "Year"
                                        and run[0].text in YEAR_KINDS)):
        law = next((k for k in range(2, len(run) - 1) if run[k].number), None)
        if law is not None and run[-1].text in LAW_HEADS and run[law + 1].capitalised:
            return [_candidate(text, run, hint="law")]  # "the Fiscal Year 2022 Consolidated
            # Appropriations Act": a law named with the year it funds
        return []  # "Fiscal Year 2019", "FY 2007": a date
    honoured = next((k for k in range(2, len(run) - 1) if run[k].text in HONOURS
                     and run[k - 1].capitalised and not run[k - 1].acronym
                     and run[k + 1].capitalised), None)
    if honoured is not None:
        return _cut_at(text, run, honoured + 1, know, surnames)  # "Dame Noeline Taurua DNZM
        # Police recruit wing": the honour's letters end the person's name
    while len(run) > 1 and run[-1].text in POSTNOMINALS and run[-2].capitalised and (
            not run[-2].acronym or (len(run) >= 3 and all(
                t.text.isupper() and t.text.isalpha() for t in run))):
        run = run[:-1]  # "James Marape MP": the name, without the letters after it (and
        # "TONY ZAPPIA MP:", a label in capitals)
    if len(run) > 2 and run[-1].text in _DOTTED_POSTNOMINALS and run[-2].capitalised and \
            len(run[-2].text) > 2:
        run = run[:-1]  # "Charlie McConalogue T.D.": the letters with their dots
    if len(run) > 1 and run[-1].cut and run[-2].text != "of" and \
            text[run[-1].start + len(run[-1].text):][:1] in ("-", "‐") and (
            know.is_demonym(run[-1].text) or run[-1].text in know.places) and \
            " ".join(t.text for t in run) not in know.places:
        run = run[:-1]  # "the Horten Liberian-flagged tanker": the ship is "Horten" (but "a
        # Baton Rouge-area mother": the place, whole)
    if len(run) > 2 and run[-2].text in ORGANISATION_HEADS and run[-1].text.endswith("s") \
            and run[-1].text[:-1].casefold() in PERSON_NOUNS and not _spelt_out(text, run) \
            and not (run[-2].text in PORTFOLIO and _is_title(run[-1].text, know.titles)):
        run = run[:-1]  # "U.S. Army Reserve Soldiers": the Reserve (but "Community
        # Services Ministers (CSM)" meet as one body)
    if not run:
        return []
    if len(run) > 2 and run[-2].text == "of" and know.is_demonym(run[-1].text) and \
            re.match(r" [a-z]", text[run[-1].end:]):
        run = run[:-2]  # "MPs of Asian ethnicity": the origin is no part of a name
    if len(run) > 2 and run[0].initial and run[1].text in ("for", "to") and \
            run[0].text not in ORGANISATION_HEADS and run[0].text not in know.given_names and \
            not _is_title(run[0].text, know.titles) and \
            know.big_place(" ".join(t.text for t in run[2:])):
        run = run[2:]  # "Setback for Guinea mine …": a headline's noun, then the place
    people = " ".join(t.text for t in run[2:])
    if len(run) > 2 and run[0].initial and run[1].text in ("for", "to", "of") and \
            run[0].text not in ORGANISATION_HEADS and run[0].text not in know.given_names and \
            not _is_title(run[0].text, know.titles) and \
            run[0].text.casefold() in _lower_case_words(text) and know.is_demonym(people) and \
            re.match(r" [‘“\"']?[a-z]", text[run[-1].end:]):
        return [_adjective_only(text, [people])]  # "Penalties
        # for Filipino ‘two-for-one’ wage deal": a headline's noun the story writes in lower
        # case too, then a people's adjective before what it describes
    whole = " ".join(t.text for t in run)
    demonyms = whole.split(" and ")
    if len(demonyms) > 1 and all(know.is_demonym(d) or know.is_demonym(d.split()[-1])
                                 for d in demonyms) and \
            re.match(r" [a-z]", text[run[-1].end:]):
        return [_adjective_only(text, demonyms)]  # "Asian and New Guinean hornbill …"
    if len(run) > 1 and know.is_demonym(whole) and re.match(r" [a-z]", text[run[-1].end:]):
        return [_adjective_only(text, [whole])]  # "three Central American countries"
    if len(run) == 2 and know.is_demonym(run[0].text) and not run[0].initial and \
            re.match(r" [a-z]", text[run[-1].end:]) and (
                (run[1].acronym and len(run[1].text) >= 3)
                or re.search(r"[a-z][A-Z]", run[1].text)):
        # "the Australian WikiLeaks publisher", "a French NGO worker": a people's
        # adjective before a name written as a brand or its letters, then a noun
        return [_adjective_only(text, [run[0].text]), *_cut(text, run[1:], know, surnames)]
    adjectives: list[str] = []
    if len(run) > 3 and run[1].text == "and" and run[0].text in PEOPLE_ADJECTIVES and \
            run[2].text in PEOPLE_ADJECTIVES:
        adjectives += [run[0].text, run[2].text]  # "both White and Black WAC’s"
        run = run[3:]
    if len(run) == 1 and run[0].initial and run[0].text.endswith("s") and \
            run[0].text[:-1].casefold() in PERSON_NOUNS:
        return []  # "Proponents said the bill …": people described, not named
    if run[0].initial and len(run) > 1 and run[1].text not in ORGANISATION_HEADS and \
            run[1].text != "Day" and not _numbered_document(run) and not (
                3 <= len(run) <= 5 and run[-1].text in ("Month", "Week", "Day")
                and all(t.capitalised and not t.acronym for t in run)
                and run[0].text not in FUNCTION_WORDS and run[0].text not in _OBSERVING_VERBS
                and not run[0].text.endswith("ing")) and \
            not _credit_in_brackets(text, run) and \
            not (len(run) <= 3 and _MEMBERS_LETTERS_AFTER.match(text, run[-1].end)) and \
            not _AFTER_QUOTED_TITLE.search(text, max(0, run[0].start - 80), run[0].start) and not (
                len(run) >= 3 and run[0].text.endswith("al")
                and any(t.text in ORGANISATION_HEADS for t in run[2:])) and not (
                len(run) >= 3 and run[-1].text in ORGANISATION_HEADS
                and all(t.capitalised for t in run)
                and not text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip()
                and re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:])) and not (
                # ("Public Health Service" on a line of its own under "Department of
                # Health and Human Services", though the minutes write "open to the
                # public": a body's whole name, alone on its line, its head last)
                len(run) >= 4 and run[1].text in ("and", "&")
                and run[-1].text in ORGANISATION_HEADS) and not (
                len(run) >= 3 and (run[-1].text in LAW_HEADS
                                   or (run[-2].text == "of" and run[-3].text in LAW_HEADS))
                and all(t.capitalised or t.number or t.text in ("and", "of")
                        or (t.text == "the" and k > 0 and run[k - 1].text == "of")
                        for k, t in enumerate(run))) and not (
                len(run) >= 3 and run[0].text in ORGANISATION_HEADS
                and run[1].text in ("for", "of", "on")
                and not run[0].text[0].islower()) and not (
                len(run) >= 4 and (run[1].text in ORGANISATION_HEADS
                                   or run[1].text.removesuffix("s") in ORGANISATION_HEADS)
                and run[2].text in ("for", "of", "on") and run[-1].capitalised) and (
            # (not "Competition and Markets Authority" opening a line, though the story
            # writes "competition": a body named for two fields; nor a law's name, whatever
            # its first word: "Housing and Economic Recovery Act of 2008", "Controlled
            # Substances Act"; nor "Department for
            # Education" after an infobox's label, though the story writes "department";
            # nor "National Institutes of Health" opening a line, though the story writes
            # "a national treasure": an adjective, then a body's head, "of" and its field)
            # (not "Congressional Research Service" opening a line, though the story writes
            # "congressional stages": an adjective opening a body's name)
            # (not "Veterans Day", "Presidents Day": holidays; not "Advisory Opinion
            # 2015-09", a document's kind and number, though the story writes "advisory")
            _not_a_name_word(text, run[0], know, run[1]) or (
            run[0].text.endswith("s") and run[0].text[:-1].casefold() in PERSON_NOUNS)) and \
            not _named_of(text, run) and not _spelt_out(text, run) and \
            not _named_inside_sentence(text, run) and not (
                len(run) == 2 and run[0].text in PORTFOLIO and run[1].text in PORTFOLIO
                and run[1].text != run[0].text) and not (
                # ("Health Affairs recently featured …", though the story writes "health":
                # two fields' words make a body's or a journal's name, not one alone)
                len(run) > 2 and run[0].text.endswith("s")
                and run[1].text in ("for", "Without", "without")
                and run[2].capitalised) and \
            not _plural_only_after(text, run, know):  # ("Physicians for Human Rights": a
        # body; "Global Voices conducted …": a plural the story never writes alone)
        # (but "Organized Crime Drug Enforcement Task Forces (OCDETF)": its short form
        # spells the first word too)
        gerund = run[0].text.endswith("ing")
        run = _trim(run[1:], know)  # ("Activists Maryam Bahrami and …": a plural noun)
        if gerund and len(run) > 1 and run[0].text in _VERB_PARTICLES:
            run = _trim(run[1:], know)  # "Speaking Up About Mental Health": the verb's
            # particle goes with it
        if len(run) == 1 and _written_in_lower_case(text, run[0].text) and \
                not _any_head(run[0].text):
            return []  # "topic: Indigenous Rights" (the story writes "rights"): no name left
    if len(run) == 2 and re.fullmatch(r"[A-Z]+\d+", run[0].text) and \
            know.is_demonym(run[1].text) and \
            re.match(r" [a-z]", text[run[-1].end:run[-1].end + 2]):
        return [*_cut(text, run[:1], know, surnames), _adjective_only(text, [run[1].text])]
        # ("the G7 Japanese presidency": a group of countries by its number, then an
        # adjective; but "VOA Russian" is a service in a language)
    if len(run) == 2 and run[0].initial and run[1].text in PEOPLE_ADJECTIVES and \
            run[0].text not in know.given_names and run[0].text not in know.surnames and \
            not know.places.get(run[0].text) and not run[0].acronym and \
            re.match(r"[^\S\n]+[a-z]+s\b", text[run[-1].end:]):
        return [_adjective_only(text, [run[1].text])]  # "Veteran Black lawmakers, some say,
        # …": a sentence's first word, an adjective, then a people's, before a plural noun
        # (not "Nepal Indigenous leaders": a place)
    if len(run) > 1 and _PEOPLE_NOUN_AFTER.match(text, run[-1].end) and (
            run[-1].text in PEOPLE_ADJECTIVES or know.is_demonym(run[-1].text)) and \
            run[-2].text not in _REGIONAL_PREFIXES and \
            not know.is_demonym(" ".join(t.text for t in run)):  # (not "Central Australian")
        # "Nepal Indigenous leaders", "the Dayak Simpan Indigenous society": the adjective
        # before the noun, not a word of the name
        return [*_cut(text, run[:-1], know, surnames),
                _adjective_only(text, [run[-1].text])]
    if len(run) > 1 and run[0].text in ("Indigenous", "Aboriginal") and \
            _PEOPLE_NOUN_AFTER.match(text, run[-1].end) and not _any_head(run[-1].text) and \
            " ".join(t.text for t in run) not in PEOPLES_BY_NAME:
        # "Indigenous Limbu communities": a people, named after the adjective
        return [_adjective_only(text, [run[0].text]),
                *_cut(text, _trim(run[1:], know), know, surnames)]
    if len(run) == 2 and run[0].text in ORDINAL_WORDS and run[1].text in ("Reading",
                                                                          "Readings"):
        return []  # "up for Third Reading": a bill's stage in a chamber, not the town
    if len(run) >= 3 and run[1].text == "of" and run[0].text.endswith("s") and \
            run[0].text[:-1] in ORGANISATION_HEADS and re.search(
                r"\b(?:[Bb]oth|two|all|three)[^\S\n]+$",
                text[max(0, run[0].start - 12):run[0].start]):
        # "in both Chambers of Congress": the body's parts counted, then the body
        return _cut(text, _trim(run[2:], know), know, surnames)
    if len(run) >= 3 and run[-1].acronym and run[-1].text.isalpha() and \
            run[-1].text not in COMPANY_FORMS and \
            not re.fullmatch(r"[IVX]+", run[-1].text) and \
            run[-2].text in ORGANISATION_HEADS and \
            re.match(r"[^\S\n]+[a-z]{3,}\b", text[run[-1].end:]):
        # "US Supreme Court LGBTQ case resembles …": the letters describe the noun after
        # them, not the body before (but "NOAA's Drought Task Force IV research": the
        # body's number in Roman figures)
        return [*_cut(text, _trim(run[:-1], know), know, surnames),
                *_cut(text, run[-1:], know, surnames)]
    if len(run) >= 3 and run[0].text in _PARTY_MEMBER_NOUNS | _PARTY_MEMBERS_PLURAL and \
            run[1].text in know.given_names and not run[1].acronym and \
            all((t.capitalised and not _any_head(t.text))
                or (t.text == "and" and run[0].text in _PARTY_MEMBERS_PLURAL) for t in run[1:]):
        # "lost to Republican Lori Chavez-DeRemer": a party's member, then her name, the
        # party an adjective; "Democrats Peter Hubbard and Alicia Johnson won …": its
        # members, a name of their own, then theirs
        party = _candidate(text, run[:1]) if run[0].text in _PARTY_MEMBERS_PLURAL else \
            _adjective_only(text, [run[0].text])
        return [party, *_cut(text, _trim(run[1:], know), know, surnames)]
    if len(run) == 2 and run[0].text in know.peoples and not know.is_demonym(run[0].text) and \
            know.is_demonym(run[1].text) and not adjectives and \
            _MEMBERS_OF_A_PEOPLE_AFTER.match(text, run[-1].end):
        # "Rohingya Muslim refugees": a people named before its faith's adjective and the
        # people the noun says they are (no one's given name and surname)
        return [_candidate(text, run[:1], hint="group"), _adjective_only(text, [run[1].text])]
    # a leading demonym is an adjective unless the run names an institution, an event or
    # a place ("American Samoa")
    while run and know.is_demonym(run[0].text) and \
            " ".join(t.text for t in run) not in know.places and not _spelt_out(text, run, 2):
        # ("Georgian Dream (GD)": a short form that spells the demonym too)
        if len(run) == 1 and not adjectives:
            break  # a demonym alone: entities tells a people ("Māori have …") from an
            # adjective by the words around it
        if len(run) == 2 and run[0].text in know.given_names and run[1].text in know.surnames:
            break  # "Christian Bale": a given name that is also a faith's adjective
        if len(run) == 2 and run[1].text == "Studies":
            break  # "Korean Studies", "African Studies": a field of learning, named whole
        if len(run) == 2 and run[0].text in know.given_names and run[1].capitalised and \
                not run[1].acronym and \
                titled_before(text[max(0, run[0].start - 14):run[0].start], know.titles):
            break  # "Lance Cpl. Christian Cachola": a given name that is also a faith's
            # adjective, after a rank
        if len(run) == 3 and run[0].text in know.given_names and \
                run[1].text in know.given_names and run[2].capitalised and \
                not run[2].acronym and not _any_head(run[2].text) and \
                run[2].text not in know.places:
            break  # "Christian John Makgala": two given names, then the surname
        if len(run) == 2 and run[1].text in know.surnames and (re.search(
                r"\b[Bb]y[^\S\n]+$", text[max(0, run[0].start - 4):run[0].start]) or (
                    opens_line(text, run[0].start)
                    and re.match(r",[^\S\n]+[A-Z]", text[run[-1].end:run[-1].end + 3]))):
            # (or at a line's start, the outlet after a comma: "Alander Rocha, Alabama
            # Reflector An Alabama representative …")
            break  # "by Alander Rocha, Georgia Recorder": a byline's author, whose given
            # name is also an islander's
        if len(run) == 2 and know.demonym_plural(run[1].text):
            break  # "African Americans", "Asian Australians": a people of its own
        if len(run) == 2 and run[1].text in UPRISINGS:
            break  # "the Arab Spring", "the Hungarian Uprising": an event named for its
            # people
        if len(run) == 2 and run[1].text in PARTY_MEMBERS:
            break  # "Scottish Conservatives", "Welsh Liberal Democrats": a nation's party
        if len(run) == 2 and run[0].text in know.given_names and run[1].capitalised and \
                not run[1].acronym and title_apposed(text, run[-1].end, know.titles):
            break  # "Shona Robison, the new Deputy First Minister, …": a given name that
            # names a language too, then a surname the tables lack; the title in
            # apposition says a person
        if len(run) == 2 and run[0].text in know.given_names and run[1].capitalised and \
                not run[1].acronym and run[1].text.casefold() not in know.common_words and \
                not know.places.get(run[1].text) and not _any_head(run[1].text) and \
                SUBJECT_VERB_AFTER.match(text, run[-1].end):
            break  # "Shona Robison will continue as …": a given name that names a language
            # too, then no word of the language, then the sentence's verb
        if len(run) == 2 and run[0].text in PEOPLE_ADJECTIVES and \
                run[1].text in ("America", "Britain", "Canada", "Australia"):
            break  # "An Urgent Moment for Black America": a community by its people and its
            # country, not the country
        if len(run) == 2 and (run[1].text in ("Country", "Nation", "Nations", "Territory") or (
                run[1].text in PEOPLES_REGIONS
                and re.search(r"\bthe\s+$", text[max(0, run[0].start - 4):run[0].start]))):
            break  # "Indian Country", "Basque Country": a land named for its people; "the
            # American West", "the Canadian North": a part of it
        if len(run) == 2 and re.match(r"[^\S\n]+(?:members|activists|supporters|founders|"
                                      r"volunteers|leaders)\b", text[run[-1].end:]):
            break  # "Crimean Solidarity members": a body named with a people's adjective
        if text[max(0, run[0].start - 1):run[0].start] == "(" and \
                text[run[-1].end:run[-1].end + 1] == ")" and \
                re.search(r"[A-Za-z][^\S\n]+\($", text[max(0, run[0].start - 3):run[0].start]):
            break  # "Hallyu (Korean Wave)": the gloss in brackets after a name, whole
        if len(run) > 3 and run[1].text in ORGANISATION_HEADS and run[2].text in ("and", "&"):
            break  # "the European Commission and EU national authorities": a body named
            # with its people's adjective, then another name
        if len(run) == 2 and run[1].text in ORGANISATION_HEADS and \
                run[1].text not in _INSTITUTIONS and re.search(
                r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[^\S\n]+(?!new\b)(?:[a-z][\w-]*[^\S\n]+){0,2}$",
                text[max(0, run[0].start - 40):run[0].start]):
            return [_adjective_only(text, [run[0].text])]  # "a fully-fledged European
            # Institution": one of a kind, not a name (a name takes "the"; but "a new
            # European Commission took office": the body, its new term)
        if len(run) >= 3 and run[1].text in ("Union", "Commission", "Council", "Parliament"):
            break  # "the African Union Headquarters", "the European Commission
            # Representation": a body named with its people's adjective, then more
        if [t.text for t in run[1:]] in (["Red", "Cross"], ["Red", "Crescent"]):
            break  # "the Canadian Red Cross": a national society, by its people's adjective
        if len(run) == 2 and run[1].text in _WIKIS:
            break  # "the English Wikipedia", "Polish Wikisource": a wiki's language edition
        tail = run[-1].text
        if len(run) > 1 and (tail in ORGANISATION_HEADS or tail in EVENT_HEADS
                             or tail in PLACE_HEADS or tail in OTHER_HEADS
                             or (tail in WORK_HEADS and len(run) > 2)
                             or tail == "Budget"):
            # "Indian Ocean", "Arabian Sea", "Scottish Child Payment", "American Community
            # Survey", "the Scottish Budget" (a government's, by its people's adjective)
            break
        if len(run) >= 4 and not any(_is_title(t.text, know.titles) or t.acronym
                                     for t in run[1:]) and not (
                run[1].text in know.given_names and len(run) <= 5
                and run[-1].text in know.surnames
                and all(t.capitalised and t.text not in CONNECTORS_BASE
                        and not _any_head(t.text) for t in run[1:])):
            break  # "European Forest Fire Information System": a long name, all of it
            # (but "Venezuelan Ana Rosario Contreras": a person's given name and surname
            # after it, unlike "Methodist Le Bonheur Healthcare")
        if any(t.text in ORGANISATION_HEADS and run[k + 1].text in ("of", "for", "on")
               for k, t in enumerate(run[1:-1], 1)):
            break  # "the American Federation of Teachers": a body named "<head> of …" with
            # its people's adjective
        head = next((k for k, t in enumerate(run[1:], 1) if t.text in ORGANISATION_HEADS),
                    None)
        if head is not None and head + 1 < len(run) and \
                _is_title(run[head + 1].text, know.titles):
            break  # "Canadian Space Agency President Lisa Campbell": an institution named
            # with its people's adjective, then its head's title and name
        if len(run) == 3 and not any(
                _is_title(t.text, know.titles) or t.acronym or t.text in know.given_names
                or t.text in know.places or know.is_demonym(t.text)
                or t.text in FUNCTION_WORDS or t.text in CONNECTORS_BASE for t in run[1:]) \
                and not re.match(r",\s*\d{1,3},", text[run[-1].end:]):
            break  # "American Electric Power": a company's name, not an adjective before
            # one (no given name in it, and no age after it: "Filipino Fyljoy Volefdico, 25,")
        if len(run) == 2 and re.search(r"\b[Tt]he\s+$", text[max(0, run[0].start - 4):
                                                              run[0].start]) and \
                run[1].text not in know.given_names and run[1].text not in know.surnames \
                and run[1].text not in know.places and not run[1].acronym:
            break  # "the Pakistani Taliban": a group of its own (not "the Afghan Ghani")
        adjectives.append(run[0].text)
        run = _trim(run[1:], know)
    if not run:
        return [_adjective_only(text, adjectives)] if adjectives else []
    if adjectives and len(run) == 1 and run[0].text.casefold() in PERSON_NOUNS:
        return [_adjective_only(text, adjectives)]  # "An Indian Woman's Eco-Friendly …": a
        # people's adjective, then a word for a person, no one's name
    if adjectives and len(run) == 1 and run[0].text.casefold() in know.common_words and \
            not run[0].acronym and run[0].text not in know.given_names and \
            run[0].text not in know.surnames and not know.places.get(run[0].text) and \
            not _any_head(run[0].text):
        return [_adjective_only(text, adjectives)]  # "our Māori Health directorate": a
        # people's adjective, then a field in title case, no name left of it
    if (parts := _body_then_letters(run, know)) is not None:
        return [c for part in parts for c in _cut(text, part, know, surnames)]
    out: list[Candidate] = []
    for part in (p for linked in _split_links(text, run)
                 for p in _split_place_acronym(linked, know)):
        out.extend(_cut_part(text, part, know, surnames))
    for candidate in out:
        candidate.adjectives = adjectives
    return out


#: A clock time's words: "PM", and the zones news gives times in.
_CLOCK = frozenset("AM PM A.M. P.M. ET EST EDT CT CST CDT MT MST MDT PT PST PDT UTC GMT BST "
                   "CET CEST EET IST JST KST AEST AEDT NZST NZDT".split())
#: A name written in camel case, as companies and outlets are: "ProPublica", "SpaceX".
_CAMEL = re.compile(r"(?!Ma?c[A-Z])[A-Z][a-z]+[A-Z]\w*")  # (not "McDonald")
#: A US legislator's party and state, as papers write them after the name: "D-Minn.",
#: "R-Wyo.", "I-VT".
_PARTY_STATE = re.compile(r"(?:D|R|I|Ind)-(?:[A-Z][a-z]{1,5}\.?|[A-Z]{2})")
#: A region's kind after its name, in lower case: "Sistan and Baluchestan province".
_REGION_NOUN = r"\s+(?:province|state|region|district|county|territory|oblast|governorate)\b"
_REGIONAL = r"\s+(?:provincial|regional|state|municipal|county|district)\b"
_REGIONS_NOUN = (r"\s+(?:provinces|states|regions|districts|counties|territories|oblasts|seas|"
                 r"rivers|lakes|islands|mountains|valleys|bays)\b")
#: The noun two peoples joined by "and" share after them: "the Wurundjeri Woi-wurrung and
#: Bunurong people".
_PEOPLES_NOUN = r"[^\S\n]+(?:people|peoples|nations|tribes|clans)\b"
#: Words that make a region's adjective of a country's: "Central Australian", "South
#: African".
_REGIONAL_PREFIXES = frozenset("North South East West Central Northern Southern Eastern "
                               "Western Upper Lower New".split())
#: The people an adjective of a people or place describes, after a name: "Nepal Indigenous
#: leaders", "Indigenous Limbu communities".
#: The people a people's and its faith's names describe, after them: "Rohingya Muslim
#: refugees", "… Muslim minority", "… Christian farming families".
_MEMBERS_OF_A_PEOPLE_AFTER = re.compile(
    r"(?:[^\S\n]+[a-z]+)?[^\S\n]+(?:refugees|migrants|minority|minorities|people|"
    r"communities|community|families|women|men|children|villagers|residents|civilians)\b")
_PEOPLE_NOUN_AFTER = re.compile(r"\s+(?:people|peoples|communities|community|society|leaders|"
                                r"groups|tribes?|villages|families|residents|activists|elders|"
                                r"voters|lands|territories|territory|women|men|youth)\b")
#: Fields that emergency and park services are named for, two joined by "and".
_SHARED_FIELDS = frozenset("Police Fire Rescue Ambulance Emergency Parks Wildlife Health "
                           "Social".split())
#: Heads of a people's institutions, names even after "a": "a European Commission".
_INSTITUTIONS = frozenset("Commission Parliament Council Court Government Assembly Senate "
                          "Congress".split())
#: The words of royal titles after "Royal Highnesses": "the Grand Duke and Grand Duchess".
_ROYAL_WORDS = frozenset("Grand Duke Duchess Crown Prince Princess King Queen Emir Sultan "
                         "and the".split())
#: Legislatures whose committees a name may hold: "… of the Parliament of Sweden".
_LEGISLATURES = CHAMBERS_BY_NAME | frozenset("Parliament Congress Assembly Senate Diet "
                                             "Legislature".split())
#: Letters after a name written with dots: "T.D.", "M.P.", "M.L.A.".
_DOTTED_POSTNOMINALS = frozenset("T.D. M.P. Q.C. K.C. M.L.A. M.P.P. M.S.P. M.E.P.".split())
#: Two countries joined by a hyphen right before a post's plural: "the Japan-U.S. Foreign
#: Ministers’ Telephone Talk".
_PAIR_BEFORE = re.compile(r"[A-Z][\w.]*-[A-Z][\w.]*[^\S\n]+$")
#: Titles whose "of …" names a portfolio, not a body: "Minister of Institutional Relations".
#: Titles whose "for" names the member's seat: "Member for Florey".
_SEAT_TITLES = frozenset(("Member", "MP", "MLA", "MPP", "MHA", "MHR", "TD"))
_PORTFOLIO_TITLES = frozenset(("Minister", "Ministers", "Secretary", "Secretaries",
                               "Commissioner", "Commissioners"))
#: The parts of a text cited by number: "Article 14(2)", "Rule 150" (not "Title IX", a law).
_TEXT_PARTS = frozenset("Article Articles Rule Rules Section Sections Paragraph Chapter "
                        "Clause Annex Amendment Page Pages".split())
#: Words of a periodical's issue line: "Volume VI Issue 9", "Vol. 4, No. 2".
_ISSUE_WORDS = frozenset("Volume Vol Issue Number No".split())
#: What follows a headline's verb in "-ing": its object's article or pronoun.
_GERUND_OBJECT = re.compile(r"[^\S\n]+(?:the|a|an|his|her|its|their|our|your|up|out|down|"
                            r"back)\b")
#: An amount after a currency's code: "BRL 1.3 trillion", "EUR 2,500", "USD 5m".
_AMOUNT_AFTER = re.compile(r"\s?\d[\d,]*(?:\.\d+|,\d{3}|\s*(?:[mbk]n?\b|million|billion|"
                           r"trillion|thousand)|[MBK]\b)|\s?\d{3,}\b")  # (or three figures:
# "BRL 600 per person"; a conference's number has two, "COP 28")
#: A helpline's keyword, in capitals between "text" and the number to send it to.
_TEXT_KEYWORD_BEFORE = re.compile(r"\b(?:[Tt]ext|[Rr]eply|[Ss]end|[Tt]ype)(?:ing)?\s+[“\"‘']?$")
_TEXT_KEYWORD_AFTER = re.compile(r"[”\"’']?\s+to\s+\d")
#: Endings of adverbs that open a sentence ("Disturbingly, …"), never of names.
_ADVERB_ENDINGS = ("ingly", "edly", "ously", "ively", "fully", "lessly", "ently", "antly",
                   "ately")
#: A name joined to a participle, an adjective before a noun: "COVID-hit", "US-backed"
#: (and "All-women crew").
#: A romanised Chinese or Korean given name of two syllables joined by a hyphen, after a
#: surname of one: "Tsai Ing-wen", "Chen Chien-jen" (whose "-wen", "-jen" would otherwise
#: read as a participle's ending, as in "Lehrer-moderated").
_ROMANISED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")
_SYLLABLE = re.compile(r"[A-Z][a-z]{1,5}")
_COMPOUND_ADJECTIVE = re.compile(r"All-[a-z]+|[A-Z][\w.]*-(?:[a-z]+(?:ed|en)|hit|run|led|held|"
                                 r"made|born|based|style|era|type|like|free|wide|friendly|"
                                 r"bound)")


#: What closes a credit in brackets after the name that opens it: "… / Rae Breaux)", ")".
_CREDIT_CLOSE = re.compile(r"(?:[^\S\n]*/[^\S\n]*[A-Z][^()\n]{0,40})?\)")


def _credit_in_brackets(text: str, run: list[Token]) -> bool:
    """A name that fills a caption's brackets, or opens them before a slash and another
    credit: "(Coal Export Action / Rae Breaux)", "(Pace e Bene)" (no sentence's first word,
    though the story writes "coal" in lower case)."""
    return text[run[0].start - 1:run[0].start] == "(" and \
        _CREDIT_CLOSE.match(text, run[-1].end) is not None


#: Wikimedia's wikis, whose language editions are named with the language's adjective.
_WIKIS = frozenset("Wikipedia Wikisource Wikinews Wiktionary Wikiquote Wikibooks Wikivoyage "
                   "Wikiversity".split())
#: Plurals of what is known by its number, before a list of numbers: "Treaties 5, 6, and 10".
_NUMBERED_PLURALS = frozenset("Treaties Sections Articles Chapters Parts Phases Stages Routes "
                              "Highways Districts Wards Zones".split())
#: What a document opening with its kind is of, before "of": "Summary of Project Willow
#: report", "Review of the X study".
_SUMMARY_WORDS = frozenset("Summary Review Overview Analysis Evaluation Assessment".split())
#: The document's own noun in lower case after the name it is of.
_DOCUMENT_NOUN_AFTER = re.compile(r"[^\S\n]+(?:report|study|review|findings|paper|plan|"
                                  r"consultation)\b")


#: What follows a dateline in capitals: the agency in brackets, then a dash or a colon.
_DATELINE_AFTER = re.compile(r"(?:[^\S\n]*\([A-Z][\w.&-]{1,12}\))?[^\S\n]*[—–:-][^\S\n]")


def _shouted_block(run: list[Token]) -> tuple[int, int] | None:
    """Where a name in capitals sits inside a run of names in title case (two words of five
    letters or more in capitals, then names in title case ending with a body's head): the
    lines of a title page run together."""
    if run[-1].text not in ORGANISATION_HEADS:
        return None  # (not "… Coin U.S. DEPARTMENT OF THE TREASURY Press Center Remarks": a
        # page's header and its rubric, the body written other ways elsewhere)
    for end in range(2, len(run) - 1):
        if not (run[end].capitalised and not run[end].text.isupper()
                and run[end - 1].text.isupper()):
            continue
        start = end - 1
        while start > 0 and run[start - 1].text.isupper():
            start -= 1
        if sum(len(t.text) >= 5 and t.text.isalpha() for t in run[start:end]) >= 2:
            return start, end
    return None


#: Fires' kind in lower case after their names: "Ranch and August Complex wildfires".
_FIRES_AFTER = re.compile(r"[^\S\n]+(?:wild)?fires\b")
#: What a body holds whose count an ordinal before its name gives: "the 11th TIFA Council
#: meeting", "the 75th … General Assembly session".
_SITTING_AFTER = re.compile(r"[^\S\n]+(?:meetings?|sessions?|plenary|plenaries|summit|"
                            r"gathering|round)\b")


def _trim_keeping_ordinal(run: list[Token], know: Knowledge) -> list[Token]:
    """``_trim``, but an ordinal before a unit's, an event's or a place's head stays:
    "181st Multifunctional Training Brigade", "First Army", "Fifth Avenue"."""
    trimmed = _trim(run, know)
    if trimmed and trimmed[0] is run[0]:
        return trimmed  # ("Tenth Doctor": an ordinal _trim keeps)
    start = 1 if len(run) > 2 and run[0].text in ("The", "THE") else 0  # ("with The First
    # National Bank of Waverly": the name's own "The")
    lead = run[start] if len(run) > start + 1 and (ORDINAL.fullmatch(run[start].text) or
                                                   run[start].text in ORDINAL_WORDS) else None
    if lead is None:
        return trimmed
    rest = _trim(run[start + 1:], know)
    if rest and rest[0] is run[start + 1] and (rest[-1].acronym or any(
            t.text in ORGANISATION_HEADS or t.text in EVENT_HEADS or t.text in PLACE_HEADS
            for t in rest)):
        return [lead, *rest]  # (and a unit's short form: "181st MFTB")
    return trimmed if start else rest


def _cut_at(text: str, run: list[Token], at: int, know: Knowledge,
            surnames: frozenset[str]) -> list[Candidate]:
    """The run cut in two before its token ``at``, each part cut on its own."""
    return [*_cut(text, run[:at], know, surnames), *_cut(text, run[at:], know, surnames)]


#: Words a table writes for a value not yet known: "TBD", "TBA", "N/A".
_NOT_YET = frozenset("TBD TBA TBC".split())


def _body_then_letters(run: list[Token], know: Knowledge) -> list[list[Token]] | None:
    """A table's row run into one line: a body's name, its head last, then another body by
    its letters that do not spell it, then the rest: "Norse Atlantic Airways AFA TBD
    Kelliher" is an airline, a union, a status and a mediator (but "Royal Air Force RAF"
    gives its own letters)."""
    for k in range(2, len(run)):
        letters, before = run[k], run[k - 1]
        if letters.acronym and letters.text.isalpha() and len(letters.text) >= 2 and \
                before.capitalised and not before.acronym and \
                (before.text in ORGANISATION_HEADS or before.text.rstrip(".") in ("Inc", "Road")) \
                and _initials(run[:k]) != letters.text and \
                k + 1 < len(run) and letters.text not in COMPANY_FORMS and \
                letters.text not in know.country_codes and letters.text not in AU_STATE_CODES \
                and letters.text not in POSTAL_CODES and not _any_head(run[k + 1].text):
            # (not "7th Army NCO Academy", "TD Bank USA", "… Service NSW Centre": a body's
            # letters before its own head, or a country's or a state's)
            rest = [t for t in run[k + 1:] if t.text not in _NOT_YET]
            return [run[:k], [letters], *([rest] if rest else [])]
    return None


def _split_place_acronym(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """'Denver ABC affiliate': a place, then an organisation's acronym; 'in Australia
    Michael Guglielmucci': a country or region, then a person (but "Mary Agnes Carey" is
    one, though Mary is a region of Turkmenistan); 'London England': a city, then its
    country, the comma lost; 'the U.N. Jeffrey DeLaurentis': a body's dotted letters, then
    a person (a title's end before the name: "Ambassador to the U.N. …")."""
    if len(run) >= 3 and run[0].acronym and "." in run[0].text and \
            run[1].text in know.given_names and not _is_title(run[1].text, know.titles) and \
            run[2].capitalised and \
            not run[2].acronym and not any(t.text in ORGANISATION_HEADS for t in run[1:]):
        return [run[:1], run[1:]]
    for k in range(2, min(4, len(run) - 1)):
        if know.places.get(" ".join(t.text for t in run[k:])) == "region" and \
                not know.places.get(" ".join(t.text for t in run[k - 1:])) and \
                run[k - 1].text in PLACE_HEADS and \
                all(t.capitalised and not t.acronym and t.text not in ORGANISATION_HEADS
                    and t.text not in EVENT_HEADS and not _is_title(t.text, know.titles)
                    and not know.is_demonym(t.text) for t in run[:k]) and \
                (run[0].text not in know.given_names or run[k - 1].text in PLACE_HEADS) and \
                " ".join(t.text for t in run[:k]) not in know.places:
            return [run[:k], run[k:]]  # "Murray Bridge South Australia": a town the tables
            # lack, then its state of two words, the comma lost (not a person before it:
            # "Penny Wong South Australia"; a given name only with a place's head word)
    for k in range(1, len(run)):
        place = " ".join(t.text for t in run[:k])
        if place not in know.places or not run[k - 1].capitalised or run[k - 1].acronym:
            continue
        rest = " ".join(t.text for t in run[k:])
        if know.places[place] == "city" and know.big_place(place) and \
                know.places.get(rest) in ("country", "region") and \
                not (k + 1 == len(run) and rest in PLACE_HEADS) and not (
                    k == 1 and len(run) == 2 and place in know.given_names
                    and rest in know.surnames and know.places.get(rest) == "region"):
            # (not "the Chesapeake Bay": a head of places' names, though "Bay" is also a
            # region of Somalia)
            # (not "Elizabeth Rivera": a given name and a surname that are also a city and
            # a province's name; "London England", a country, stays two)
            return [run[:k], run[k:]]
        if run[k].acronym and "." not in run[k].text and know.big_place(place) and \
                run[k].text not in ("DC", "A&M") and run[k].text not in LOCAL_BODY_LETTERS and \
                run[k].text not in PLACE_HEADS and \
                not (k + 1 == len(run) and ROMAN_NUMERAL.fullmatch(run[k].text)) and \
                not ((run[k].text == "GOP" or (know.places[place] == "region"
                                               and run[k].text not in COMPANY_FORMS
                                               and run[k].text not in _OFFICE_LETTERS))
                     and (k + 1 == len(run) or run[k + 1].text in ("and", "or", "&"))) and \
                not (k + 1 == len(run) and run[k].text in PARK_UNITS) and \
                not (len(run) > k + 1 and run[k + 1].text in LOCAL_BODY_LETTERS) and \
                not (  # ("Washington, DC" is one place)
                len(run) - k >= 3 and (run[-1].text in ORGANISATION_HEADS
                                       or run[-1].text in EVENT_HEADS)) and not (
                len(run) - k == 2 and run[-1].text in EVENT_HEADS) and not (
                len(run) - k >= 2 and _head_before_year(run[k:]).text in WORK_HEADS):
            # (and "the Louisville GOP Gubernatorial Debate", an event named for its city,
            # as is "the Caribbean HIV Conference", named for its region and its field;
            # not "the Louisiana GOP", the state's party, as "Texas Democrats" is, nor "the
            # Mississippi NAACP and ACLU", a body's chapter in a state)
            # (but "Pennsylvania OSHA Consultation Program" is one name, and so is the law
            # "America COMPETES Act", the park "Virgin Islands NP" and the university "Texas
            # A&M University", a state's agricultural and mechanical college)
            return [run[:k], *_split_place_acronym(run[k:], know)]  # (not "Honda CRV")
        if know.places[place] in ("country", "region") and run[k].text in know.given_names \
                and place not in know.given_names \
                and k + 1 < len(run) and run[k + 1].capitalised and not any(
                    t.text in ORGANISATION_HEADS or t.text in EVENT_HEADS for t in run[k:]) \
                and run[-1].text not in PLACE_HEADS:  # ("Mississippi River Basin": "River"
            return [run[:k], run[k:]]  # is a given name too, but the run ends as places do)
    return [run]


def _head_before_year(run: list[Token]) -> Token:
    """A name's last word before the year it ends with: "Act" of "… Reauthorization Act of
    2010" and of "… Act 2004"."""
    end = len(run)
    if end >= 2 and run[-1].text.isdigit():
        end -= 2 if end >= 3 and run[-2].text == "of" else 1
    return run[end - 1]


#: What a station's or a site's underwriting line says comes from its sponsors.
_SPONSOR_WORDS = frozenset("Support Funding Underwriting Sponsorship".split())
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: Kinds of documents named before what they are about: "Environmental Impact Statement for
#: the …", "Feasibility Study for the …".
_DOCUMENT_KINDS = frozenset("Statement Study Report Assessment Review Analysis Information "
                            "Guidance Results Instructions".split())
#: The works a dam's name is given with another: "Lock and Dam", "Dam and Reservoir".
_WORKS_OF_A_DAM = frozenset(("Lock", "Locks", "Dam", "Dams"))
#: Words after a war's name that make a thing named for the war, one name with it: "World
#: War I Centennial Silver Dollar", "World War II Memorial" (but "the World War II Manhattan
#: Project" is a project of that war).
_NAMED_FOR_A_WAR = frozenset("Centennial Memorial Museum Commemorative Veterans Victory "
                             "Monument Medal Commission".split())


#: Given names that Arabic, Persian and South Asian names hold inside them: "Mir Farhad Ali
#: Khan", "Sheikh Mohammed Ahmed Hassan".
_NAMES_MIDDLE_WORDS = frozenset("Ali Mohammad Mohammed Muhammad Ahmad Ahmed Hussain Hussein "
                                "Hassan Uddin".split())


def _people_in_a_row(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """Two people or more run together, each a given name and a surname ("Michael Moran
    Michael Olson Michael Ross"): the pairs, or nothing when the run is anything else."""
    if len(run) < 4 or any(b.start - a.end != 1 for a, b in itertools.pairwise(run)):
        return []  # (one space between each: not "Robert Matua Rex, Jr")
    people = _signers(run, know)
    if people:
        return people  # "Mary Vonck Martha Atwater … Walter F. Perschbacher III Suzanne
        # Callahan": an open letter's signers, a middle initial and a suffix among them
    people = _people_with_particles(run, know)
    if people:
        return people  # "Technical: Matthew von Kerczek David Lenze": a release's contacts
        # side by side, a surname's particle among them
    if len(run) % 2:
        return []
    pairs = [run[k:k + 2] for k in range(0, len(run), 2)]
    if all(first.text in know.given_names and first.text not in PLACE_HEADS
           and not _any_head(first.text)  # (not "Jasper National Park Reopenings")
           and last.capitalised and not last.acronym
           and not last.possessive and last.text not in FUNCTION_WORDS
           and last.text.replace("-", "").isalpha() and last.text not in PLACE_HEADS
           and not _any_head(last.text) and not _is_title(last.text, know.titles)
           and not know.big_place(last.text) for first, last in pairs) and \
            all(last.text not in know.given_names or last.text in know.surnames
                for _, last in pairs) and \
            not (len(pairs) == 2 and (pairs[0][1].text in know.given_names
                                      or (pairs[1][0].text in _NAMES_MIDDLE_WORDS
                                          and pairs[0][1].text not in know.surnames))):
        return pairs  # (not "Pedro Pablo Santana Carballo": one man, two given names and
        # two surnames, as Spanish names go; nor "Mir Farhad Ali Khan", one man, "Ali" inside
        # his name after a word no table knows as a surname)
    return []


def _people_with_particles(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """Two people or more run together where one surname has its particle in lower case
    ("Matthew von Kerczek David Lenze"); nothing when the run holds no such particle or is
    anything else."""
    if not any(t.text in know.particles and t.text.islower() for t in run[1:-1]):
        return []
    people = _walk_people(run, know, lambda t: t.text in know.particles and t.text.islower(),
                          most=3)
    return people if len(people) >= 2 else []


def _signers(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """Three people or more run together where one at least has a middle initial or a
    suffix; nothing when the run is anything else."""
    if run and run[-1].text in FUNCTION_WORDS:
        run = run[:-1]  # ("… Douglas Josephson It is with great concern …": the letter's
        # first word, its line break lost)
    people = _walk_people(run, know, lambda t: re.fullmatch(r"[A-Z]\.", t.text) is not None,
                          most=1, suffixes=("II", "III", "IV", "Jr.", "Sr."))
    if len(people) < 3 or all(len(p) == 2 for p in people):
        return []
    return people


def _walk_people(run: list[Token], know: Knowledge, between: Callable[[Token], bool], *,
                 most: int, suffixes: tuple[str, ...] = ()) -> list[list[Token]]:
    """The people a run of people holds, each a given name, up to ``most`` words that may
    stand ``between`` (an initial, a particle), a surname the tables do not take for a given
    name, perhaps a suffix; nothing when the run is anything else."""
    people: list[list[Token]] = []
    k = 0
    while k < len(run):
        start = k
        if run[k].text not in know.given_names:
            return []
        k += 1
        while k < len(run) and k - start <= most and between(run[k]):
            k += 1
        if k >= len(run) or not run[k].capitalised or run[k].acronym or \
                run[k].text in know.given_names or run[k].text in FUNCTION_WORDS or \
                _any_head(run[k].text) or know.big_place(run[k].text):
            return []
        k += 1
        if k < len(run) and run[k].text in suffixes:
            k += 1
        people.append(run[start:k])
    return people


#: A list of names opened by "including" or "such as", up to its last item: "including New
#: Scientist, Popular Mechanics and …" (not "the Departments of Labor, Health and …", whose
#: items are fields of one name each).
_LIST_OPENED = re.compile(r"\b(?:includ(?:ing|ed|es|e)|such[^\S\n]+as)[^\S\n]+"
                          r"(?:[Tt]he[^\S\n]+)?[A-Z][^.;:()“”\"\n]*[A-Z][\w’'.&-]*,[^\S\n]+(?:[Tt]he[^\S\n]+)?$")


#: A list's earlier item and its comma, right before a name: "Studio 7, ".
_ITEM_BEFORE = re.compile(r"[A-Z][\w’'.&-]*(?:[^\S\n]+\d+)?,[^\S\n]+$")  # (not "HR 6611,
# the FISA Reform and Reauthorization Act": a bill's number, then its name in apposition)


def _last_of_a_list(text: str, run: list[Token], joint: int, know: Knowledge) -> bool:
    """Whether "X and Y" ends a list of names opened by "including" ("New Scientist,
    Popular Mechanics and Asia Research News"): two items, not one name holding "and",
    unless it is a place's ("Serbia, Bosnia and Herzegovina") or a body's of two fields."""
    before = text[max(0, run[0].start - 120):run[0].start]
    listed = _LIST_OPENED.search(before) is not None or (
        _ITEM_BEFORE.search(before) is not None and joint >= 2 and len(run) - joint - 1 >= 2
        and not (run[-1].text in ORGANISATION_HEADS
                 and not any(t.text in ORGANISATION_HEADS for t in run[:joint]))
        and not (run[joint - 1].text.endswith("s") and run[joint + 1].text.endswith("s"))
        and not any(t.text in ("on", "in", "to") for t in run[:joint])
        and run[-1].text not in PORTFOLIO)
    # (nor "…, Subcommittee on Coast Guard and Maritime Transportation": a committee of two
    # fields; nor "Minister of Public Safety, Democratic Institutions and Intergovernmental
    # Affairs": a portfolio's fields)
    # (not "Research Scientist, African Population and Health Research Center": one body of
    # two fields, its head last; nor "…, Confederated Tribes and Bands of the Klamath
    # Nation": two plurals sharing what follows)
    # (or after another item and its comma, when both are names of two words or more:
    # "accuses Studio 7, SW Radio Africa and Voice of the People of …"; not "Unilever,
    # Marks and Spencer")
    return listed and sum(t.text == "and" for t in run) == 1 and \
        run[joint + 1].capitalised and \
        not any(t.text in ("of", "for") for t in run[:joint]) and \
        know.places.get(" ".join(t.text for t in run)) is None


def _numbered_document(run: list[Token]) -> bool:
    """A document named by its kind and its number: "Advisory Opinion Request 2017-10"."""
    return len(run) >= 3 and run[-1].number and run[-2].text in NUMBERED_WORK_HEADS


#: A document's number, as releases and dockets are numbered: "I-15-019", "III-13-004",
#: "No.06-033" (not a model's designation, "HC-144").
_DOCUMENT_NUMBER = re.compile(r"(?:No\.)?(?:[A-Z]{1,4}-)?\d{2}-\d{2,4}")


#: The words of a page's links to its files and recordings, which a copy glues together.
_LINK_LABELS = frozenset("download view watch listen print share pdf video audio parlview "
                         "word doc rtf mp3 transcript".split())


def _links_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is nothing but a page's link labels, some glued
    together as a copy of the page runs an icon's label into the link's."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end < 0 else end]
    if not re.search(r"[a-z][A-Z]|[A-Z]{2}[A-Z][a-z]", line) or \
            re.search(r"[^\sA-Za-z]", line):
        return False
    parts = [p.casefold() for p in re.findall(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[a-z]+", line)]
    k = 0
    while k < len(parts):
        if parts[k] in _LINK_LABELS:
            k += 1
        elif k + 1 < len(parts) and parts[k] + parts[k + 1] in _LINK_LABELS:
            k += 2  # "ParlView": a label in camel case
        else:
            return False
    return len(parts) >= 3


#: The pictures a credit's label names: "Photo Courtesy …", "Image credit: …".
_CREDITED_PICTURES = frozenset(("Photo", "Photos", "Image", "Images"))


def _without_furniture(text: str, run: list[Token]) -> list[Token]:
    """The run without what a document's layout put at its edges: a date in capitals
    ("TUESDAY SEPTEMBER 17"), a document's number ("No. III-13-004 Contacts: …"), a
    possessive whose apostrophe a PDF lost ("the NRCs Office of …"), a telephone number's
    label ("… Office of Public Affairs Telephone: 301/…"), a credit's label ("Photo
    Courtesy …")."""
    if all(t.text.title() in MONTHS_AND_DAYS or t.number for t in run):
        return []
    if run and _links_line(text, run[0].start):
        return []  # "Download PDFDownload PDF   View Parlview VideoWatch ParlView Video": a
        # page's links, each label glued to its icon's, no name
    while run and _DOCUMENT_NUMBER.fullmatch(run[0].text):
        run = run[1:]
    if len(run) > 1 and re.fullmatch(r"[A-Z]{2,}s", run[0].text) and run[1].capitalised and \
            re.search(rf"\b{re.escape(run[0].text[:-1])}\b", text):
        run = run[1:]
    if len(run) > 1 and run[-1].text in CONTACT_LABELS and text[run[-1].end:].startswith(":"):
        run = run[:-1]
    if len(run) > 1 and run[-1].text in _CREDIT_ROLES and \
            re.match(r"[^\S\n]+[a-z]+[^\S\n]*:", text[run[-1].end:run[-1].end + 20]):
        run = run[:-1]  # "Camera: Mike Burke Video editor: Marcus Harton": the next credit's
        # label, its first word glued to the name before it
    if len(run) > 2 and run[0].text in _CREDITED_PICTURES and \
            run[1].text in ("Courtesy", "Credit", "for", "By"):
        run = run[2:]  # "(Photo Courtesy Missouri Senate)": the credit's giver; "Photo for
        # CALmatters by …": the outlet the photo was made for; "Photo By Russell Toof |
        # …": the photographer
    if run and run[-1].text in _CREDITED_PICTURES and \
            re.match(r"[^\S\n]+(?:credit|courtesy)\b", text[run[-1].end:]):
        run = run[:-1]  # "… visit http://www.isunet.edu Photo credit: NASA/Kim Shiflett": the
        # credit's label after a link, no name
    if len(run) > 2 and run[0].text == "Courtesy" and run[1].text == "of":
        run = run[2:]  # "(Courtesy of Don Dunbar.)": a credit's label, then its giver
    if len(run) == 2 and run[0].acronym and run[1].text in ("Photo", "Photos"):
        return run[:1]  # "AP Photo - Josh Reynolds", "AP Photo/Evan Vucci": the agency
    if len(run) > 1 and run[-1].text in ("Photos", "Videos") and \
            (run[-1].start == run[-2].end or text[:run[0].start].rpartition("\n")[2]
             .startswith("Enlarge ")) and \
            re.match(r"[^\S\n]*(?:\n|$|[-–|][^\S\n])", text[run[-1].end:]):
        run = run[:-1]  # "… supporting TaiwanPhotos - New Southbound Policy", "Enlarge …
        # Taiwan Photos": a listing's headline, its gallery's label glued on or after it
    if len(run) > 1 and run[-1].text in _SITE_BUTTONS and \
            re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]):
        run = run[:-1]  # "ProPublica Donate" atop a page: the site's name, then its button
    label = next((k for k in range(min(2, len(run) - 2)) if run[k].text == "Prepared" and
                  run[k + 1].text == "for" and run[k + 2].text == "Delivery"), None)
    if label is not None:
        run = run[label + 3:]  # "As Prepared for Delivery on July 24, 2025", "Remarks
        # Prepared for Delivery by …": a speech's label, no name
    if [t.text for t in run] in (["Details"], ["For", "Details"]) and \
            _CONTACT_LABEL.match(text, run[-1].end):
        return []  # "For Details, Contact:" atop a release: a label, no name
    if 1 <= len(run) <= 3 and all(len(t.text.rstrip(".")) <= 5 for t in run) and \
            _VOLUME_BEFORE.search(text, 0, run[0].start) and _REPORT_PAGE.match(text, run[-1].end):
        return []  # "862 F. Supp. 667", "5 Cal. App. 123": a law report between its volume
        # and its page, no name
    if run and run[0].text in ("U.S.C.", "USC", "C.F.R.", "CFR") and \
            re.search(r"\b\d{1,2}[^\S\n]+$", text[max(0, run[0].start - 4):run[0].start]):
        return []  # "(29 U.S.C. 173)", "10 CFR 1303.101": a statute's or a rule's
        # citation by title and section, no name
    if run and run[0].text in ("N", "S", "E", "W") and run[0].start > 0 and \
            text[run[0].start - 1] in "°′″'\"":
        return []  # "38°52′44″N 77°06′32″W": a coordinate's side, no name
    if run and re.fullmatch(rf"(?:{MONTHS_SHORT})-\d{{1,2}}", run[0].text) and all(
            re.fullmatch(rf"(?:{MONTHS_SHORT})\.?|\d{{1,4}}", t.text) for t in run[1:]):
        return []  # "25 Jan-31 Jan": a range of dates, its hyphen glued to the next day
    if len(run) >= 3 and run[-2].text == "Week" and re.fullmatch(r"\d{1,2}", run[-1].text):
        run = run[:-2]  # "Deaths involving COVID-19 Week 4": a weekly series' number
    if run and re.fullmatch(rf"(?:{MONTHS_SHORT})\d{{1,2}}", run[0].text):
        run = run[1:]  # "Generated on 2013Apr04 RefID: …": a date written as a code
    if len(run) == 1 and re.fullmatch(r"[A-Z][a-z]+I[Dd]", run[0].text) and \
            re.match(r":[^\S\n]*\S*\d", text[run[0].end:]):
        return []  # "RefID: 9-61EE988": a field's label before its code
    glued = re.fullmatch(r"([a-z]{3,})([A-Z][a-z]+)", run[0].text) if len(run) == 1 else None
    if glued and re.search(rf"(?<![\w-]){glued[1]}(?![\w-])", text) and \
            re.search(rf"(?<![\w-]){glued[2]}(?![\w-])", text):
        return []  # "Rate this feedRate this feed": two words a page glued together, each
        # written apart too (not "eBay", "iPhone": brand names)
    if run and _CONTENTS_LINE.match(text, text.rfind("\n", 0, run[0].start) + 1):
        return []  # "9Registration and Recordation": a contents line, its page number glued
        # to the heading
    if len(run) >= 3 and run[-2].text == "Issue" and run[-1].text.isdigit() and \
            run[-3].capitalised and run[-3].text not in ("Volume", "Vol.", "No."):
        run = run[:-2]  # "NewsNet Issue 749": the bulletin, whichever issue
    if len(run) == 1 and run[0].text in _WEEKDAYS_SHORT and \
            re.match(rf"\.?,?[^\S\n]+(?:{MONTHS_SHORT})", text[run[0].end:]):
        return []  # "10:29 am, Mon. May. 22": a weekday's short form, then the month
    if len(run) == 1 and run[0].text in ("Subscription", "Subscriptions", "Account") and \
            re.search(r"\b(?:[Mm]y|[Yy]our)\b[^\S\n]+(?:[a-z]+[^\S\n]+)?\Z", text[:run[0].start]):
        return []  # "Manage my existing Subscription": a service's link
    while run and run[-1].text == "BIO":
        run = run[:-1]  # "Commissioner Masterson BIO Final …": a biography's file name
    while run and run[0].text == "BIO":
        run = run[1:]  # "2016 09 07 BIO ChristyMcCormick"
    if [t.text for t in run[:2]] == ["Skip", "Navigation"] and (
            len(run) == 2 or (len(run) == 3 and text.startswith(":", run[2].end))):
        return []  # "Skip Navigation" atop a page: a link for keyboards (and "Skip
        # Navigation Archive: …", the archive's banner after it)
    if len(run) == 1 and run[0].text == "Skip" and _SKIP_LINK.match(text, run[0].end):
        return []  # "Skip to content Skip to search": a page's links for keyboards
    if len(run) == 2 and run[0].text in ("Our", "My", "Your") and (
            run[1].text in ORGANISATION_HEADS or run[1].text.casefold() in _lower_case_words(text)
            or run[1].text in _MENU_NOUNS):
        return []  # "• Our Team", "• Our Mission": a menu's item, no body's name
    return run


#: The buttons a site's header lists after its name, on the same line.
_SITE_BUTTONS = frozenset("Donate Subscribe Menu Search Login Newsletters".split())
#: The rest of a release's contact label after "For Details": ", Contact:".
_CONTACT_LABEL = re.compile(r",?[^\S\n]+[Cc]ontact\b")
#: A law report's volume before its abbreviation, and the page after it: "862 F. Supp. 667".
_VOLUME_BEFORE = re.compile(r"(?<![\d,.])\d{1,4}[^\S\n]+\Z")
_REPORT_PAGE = re.compile(r"\.?[^\S\n]+\d{1,5}(?![\d,.])")
#: A lower-case word glued to a capitalised one, as a copy that lost a table's cells writes
#: them: "inTerm".
_LOWER_GLUED = re.compile(r"(?<!\w)[a-z]+[A-Z][a-z]")
#: A contents line whose page number is glued to its heading: "9Registration and Recordation".
_CONTENTS_LINE = re.compile(r"[^\S\n]*\d{1,3}[A-Z][a-z]+(?:[^\S\n]+(?:and|of|&|[A-Z][a-z]+))*"
                            r"[^\S\n]*(?:\n|$)")
#: The short forms of the weekdays a time stamp writes: "Mon. May. 22".
_WEEKDAYS_SHORT = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
#: The words a storm's name opens with after the place it struck: "Florida Hurricane
#: Frances", "… Tropical Storm Bonnie" (not "Storm" alone: "Texas Storm Chasers").
_STORM_OPENERS = (STORM_KINDS - {"Storm"}) | {"Tropical"}
#: A page's link past its menu: "Skip to content", "Skip to main navigation".
_SKIP_LINK = re.compile(r"[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?:main[^\S\n]+)?(?:content|search|"
                        r"navigation|menu|footer)\b", re.IGNORECASE)
#: What a site's menu offers after "Our": "Our Mission", "Our Story", "Our Work".
_MENU_NOUNS = frozenset("Mission Story Work Team Staff People History Values Vision Impact "
                        "Supporters Partners Funders Board Newsletter Policies".split())


#: What a body has several of, so that "a Program of NSF" describes one, no name.
_PARTS_OF_A_BODY = frozenset("Program Programme Project Member Part Division Unit Partner "
                             "Affiliate Branch Component".split())


def _cut_part(text: str, run: list[Token], know: Knowledge,
              surnames: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    lettered = _lettered_pair(text, run)
    if lettered is not None:  # "New Page Review and Articles for Creation" ("NPR and AfC")
        return [c for side in lettered for c in _cut_part(text, side, know, surnames)]
    lettered_end = next((k for k in range(2, len(run) - 2) if run[k].text in POSTNOMINALS
                         and run[k + 1].text == "and" and run[k - 1].capitalised
                         and not run[k - 1].acronym and run[k + 2].capitalised), None)
    if lettered_end is not None:  # "Mark Drakeford AM and Eluned Morgan AM": the letters
        # after a member's name end it, before the next member's
        return [*_cut_part(text, run[:lettered_end], know, surnames),
                *_cut_part(text, run[lettered_end + 2:], know, surnames)]
    if len(run) == 2 and run[0].acronym and run[1].acronym and know.disease(run[1].text) \
            and not know.disease(run[0].text) and \
            re.match(r"[^\S\n]+[a-z]", text[run[1].end:run[1].end + 3]):
        return _cut_part(text, run[:1], know, surnames)  # "HHS HIV clinical practice
        # guidelines": a body's letters, then a disease's describing what follows
    endowed = next((k for k in range(1, len(run) - 1) if run[k].text == "Endowed"
                    and run[k + 1].text in ("Chair", "Professorship")), None)
    if endowed is not None and all(t.capitalised or t.text in ("for", "in", "of", "and")
                                   for t in run):
        return [_candidate(text, run, hint="other")]  # "the Stephany W. Holloway University
        # Endowed Chair for AIDS Research": a named chair someone holds, whole, no body
        # before a post and no holder after it
    if len(run) >= 3 and run[0].text == "Term" and run[1].text == "of" and \
            re.search(r"\b(?:1[89]|20)\d\d[^\S\n]+$", text[max(0, run[0].start - 8):run[0].start]):
        rest = run[3:] if run[2].text == "the" else run[2:]
        return _cut_part(text, rest, know, surnames) if rest else []  # "the October 2020
        # Term of the Court": a court's sitting of a year, then the court
    if len(run) == 3 and run[0].text in _PARTS_OF_A_BODY and run[1].text == "of" and \
            run[2].acronym and re.search(r"\ban?[^\S\n]+$", text[max(0, run[0].start - 4):
                                                                 run[0].start]):
        return _cut_part(text, run[2:], know, surnames)  # "the Gemini Observatory, a Program
        # of NSF’s NOIRLab": one of a body's parts, described, then the body
    if len(run) >= 2 and all(t.text.isupper() and t.text.isalpha() for t in run) and \
            text.startswith(":", run[-1].end) and \
            opens_line(text, run[0].start):
        titled = 0
        while titled < len(run) - 1 and _is_title(run[titled].text.title(), know.titles):
            titled += 1
        if titled < len(run) - 1 and len(run) >= 3 and (
                titled or run[0].text.title() in ROLE_MODIFIERS) and \
                _is_title(run[-2].text.title(), know.titles) and \
                not _is_title(run[-1].text.title(), know.titles):
            titled = len(run) - 1  # "CHIEF CABINET SECRETARY SUGA:": the post's modifier
            # and its field before the title, all of them the post
        if titled:
            return [_candidate(text, run[titled:], hint="person")]  # "PRESIDENT BIDEN:",
            # "PRIME MINISTER SUNAK:": a transcript's label, the speaker's post before the
            # surname, both in capitals
    if 3 <= len(run) <= 5 and run[0].acronym and len(run[0].text) >= 3 and \
            run[1].text in know.given_names and not run[1].acronym and \
            all(t.capitalised and not t.acronym and not _any_head(t.text) for t in run[1:]) and \
            _OF_A_BODY_BEFORE.search(text, max(0, run[0].start - 30), run[0].start):
        return [_candidate(text, run[:1], hint="organisation"),
                _candidate(text, run[1:], hint="person")]  # "the leader of SAMHSA Miriam
        # Delphin-Rittmon": a post's body by its letters, then who holds the post
    past = _PAST_TITLE_OF.search(text, max(0, run[0].start - 40), run[0].start)
    given = next((k for k in (1, 2, 3) if past is not None and k < len(run) - 1
                  and _is_title(past.group(1), know.titles)
                  and (run[k].text in know.given_names or (k == 1 and len(run) == 3))
                  and all(t.capitalised and not t.acronym for t in run[k:])), None)
    # (a field of one word before two is the post's, whatever the given name: "then-
    # Secretary of State Condoleezza Rice")
    if given is not None:  # "then-Secretary of State Condoleezza Rice": the post's field,
        # then its holder (a place the post is of is named: "ex-Governor of Texas …")
        field = run[:given]
        return [*([_candidate(text, field, hint="place")]
                  if _region_or_country(field, know) else []),
                _candidate(text, run[given:], hint="person")]
    field_letters = _LETTERS_AFTER.match(text, run[-1].end)
    pair = two_people(run, know) if field_letters is None or \
        field_letters.group(1) != _initials(run) else None  # (not "Threat Reduction and Arms
    # Control (TRAC)": one field, its letters after it)
    if pair is not None:  # "B Shiva Parvathi and Rangoli Patil"
        return [c for side in pair for part in _split_byline(text, side, know)
                for c in _roles(text, part, know, surnames)]
    body = next((k for k in (2, 3) if len(run) > k + 2 and run[k].text in ORGANISATION_HEADS
                 and run[k + 1].text == "of" and run[0].text in know.given_names
                 and run[k + 2].text in know.places
                 and all(t.capitalised and not _any_head(t.text) for t in run[1:k])), None)
    if body is not None:
        return [_candidate(text, run[:body], hint="person"),
                *_cut_part(text, run[body:], know, surnames)]  # "Peter Smallwood University
        # of Richmond": a byline's author, then where the author works, with no comma (not
        # "John Jay College of Criminal Justice", named for him and for a field)
    stated = next((k for k in range(1, len(run) - 2) if run[k].text == "Statement"
                   and run[k + 1].text == "on" and run[k + 2].capitalised), None)
    if stated is not None:  # "PBGC Statement on Department of Labor’s …": a statement's
        # title, naming who states and what it is on (but "Statement on Monetary Policy", a
        # publication's own name)
        return [*_cut_part(text, run[:stated], know, surnames),
                *_cut_part(text, _trim(run[stated + 2:], know), know, surnames)]
    street = next((k for k in range(1, len(run) - 1) if run[k].text.rstrip(".") in ROAD_WORDS
                   and all(t.capitalised and not t.acronym for t in run[k + 1:])
                   and len(run) - k - 1 <= 2), None)
    if street is not None and re.match(r",[^\S\n]+[A-Z]{2}\b", text[run[-1].end:]):
        return [*_cut_part(text, run[:street + 1], know, surnames),
                _candidate(text, run[street + 1:], hint="place")]  # "10200 Quil Ceda Blvd
        # Tulalip, WA 98271": the street, then the town before its state's letters
    dated = next((k for k in range(2, len(run) - 1) if re.fullmatch(r"(?:19|20)\d\d", run[k].text)
                  and run[k - 1].capitalised and run[k + 1].capitalised
                  and run[k - 1].text not in ("Fiscal", "Year", "FY", "Calendar", "Class")
                  and re.search(rf"(?<![\w-]){re.escape(text[run[k].start:run[-1].end])}"
                                rf"(?![\w-])", text[:run[0].start] + " " + text[run[-1].end:])),
                 None)
    if dated is not None:  # "the United Nations 2030 Agenda" beside "the 2030 Agenda": the
        # owner, then its plan by year, which the story also names alone
        return [*_cut_part(text, run[:dated], know, surnames),
                *_cut_part(text, run[dated:], know, surnames)]
    served = _body_served(text, run)
    if served is not None:  # "News and Announcements for Federal Mediation and Conciliation
        # Service": what a body offers, then the body, which the story names on its own
        offered = run[:served]
        plain = all(t.text in ("and", "&") or (
            t.capitalised and not t.acronym and t.text not in know.given_names
            and t.text not in know.places) for t in offered)
        return [*([] if plain else _cut_part(text, offered, know, surnames)),
                *_cut_part(text, run[served + 1:], know, surnames)]
    home = _person_of_place(text, run, know)
    if home is not None:  # "Mead Treadwell of Anchorage, Alaska", "Mary Jane Fate of
        # Rampart and Fairbanks": a person, then where the person lives
        return [_candidate(text, home[0], hint="person"),
                *(_candidate(text, place, hint="place") for place in home[1])]
    people = _people_of(run, know)
    if people is not None:
        # "Strahinja Subotic of the Center for European Politics", "Genady Sisoyev and Vuk
        # Vuksanovic of the Belgrade Center …": people, then the body they belong to
        names, body = people
        return [*(_candidate(text, name, hint="person") for name in names),
                *_cut_part(text, body, know, surnames)]
    for k in range(2, len(run) - 1):
        if run[k].text == "of" and run[k - 1].number and (
                (run[-1].acronym and len(run) - k - 1 <= 2) or run[-1].text in WORK_HEADS
                or (run[-1].number and run[-2].text in WORK_HEADS)
                or run[k - 2].text in LAW_PARTS or run[k - 2].text in ("Annex", "Appendix")):
            # "Pathway 1 of the ACRS", "Section 19 of the Acts Interpretation Act", "Section
            # 8 of the Data Protection Act 2018", "Annex 13 of the International Civil
            # Aviation Organisation's …": a numbered part, then the whole it belongs to
            return [*_cut_part(text, run[:k], know, surnames),
                    *_cut_part(text, _trim(run[k + 1:], know), know, surnames)]
    if (second := spelt_by_last(text, run)) is not None:
        return [*_cut_part(text, run[:second - 1], know, surnames),
                *_cut_part(text, run[second:], know, surnames)]  # "Social Security and
        # Supplemental Security Income (SSI)": the letters after spell the second alone
    if (named := spelt_after_body(text, run)) is not None:
        return [*_cut_part(text, run[:named], know, surnames),
                *_cut_part(text, run[named:], know, surnames)]  # "the U.S. Department of
        # Energy Design Basis Threat (DBT)": a body, then what its letters after spell
    if _spelt_out(text, run):
        return [_candidate(text, run)]  # "Mixed Member Proportional (MMP)": one name,
        # though "Member" is also a title
    if any(t.text == "and" for t in run[1:-1]) and re.search(
            re.escape(text[run[0].start:run[-1].end]) + _REGION_NOUN, text) and \
            not any(t.text in ORGANISATION_HEADS for t in run):
        # "Zahedan, Sistan and Baluchestan province": a province named with "and", wherever
        # the story writes it (not "the Nebraska Legislature and Nebraska state
        # government": a body, then the state)
        return [_candidate(text, run, hint="place")]
    joint = next((k for k in range(1, len(run) - 1) if run[k].text == "and"), None)
    person = run[joint + 1:] if joint is not None else []
    person = person[:next((m for m, t in enumerate(person) if t.text == "of"), len(person))]
    if joint is not None and know.big_place(" ".join(t.text for t in run[:joint])) and \
            2 <= len(person) <= 3 and person[0].text not in know.places and \
            all(t.capitalised and not t.acronym and t.text not in FUNCTION_WORDS
                and not _any_head(t.text) for t in person) and \
            _person_like(person, know, surnames, after_honorific=False):
        # "… Joe Manchin of West Virginia and Kyrsten Sinema of Arizona": the first one's
        # state, then the next person
        return [*_cut_part(text, run[:joint], know, surnames),
                *_cut_part(text, run[joint + 1:], know, surnames)]
    if joint is not None and re.match(_PEOPLES_NOUN, text[run[-1].end:]) and \
            not any(t.text in ORGANISATION_HEADS or t.text in PLACE_HEADS
                    or know.places.get(t.text) for t in run if t.text not in ("and", "&")) \
            and run[0].text not in know.given_names:
        # "the Wurundjeri Woi-wurrung and Bunurong people": two, of the people the noun
        # names (not "Chinese and Korean people": their adjectives, no names)
        return [_candidate(text, run[:joint], hint="group"),
                _candidate(text, run[joint + 1:], hint="group")]
    if joint is not None and re.match(_REGIONS_NOUN, text[run[-1].end:]):
        # "the Ghazni and Maidan Wardak provinces": two, of the kind the plural names (and
        # each of more: "Mount Etna and Vulcano and Lipari islands")
        joints = [-1, *(k for k, t in enumerate(run) if t.text == "and"), len(run)]
        return [_candidate(text, run[a + 1:b], hint="place")
                for a, b in itertools.pairwise(joints) if b > a + 1]
    if joint is not None and _last_of_a_list(text, run, joint, know):
        # "including The New York Times, Daily Mail and Forbes": the list's last two items
        return [*_cut_part(text, run[:joint], know, surnames),
                *_cut_part(text, _trim(run[joint + 1:], know), know, surnames)]
    last_and = max((k for k, t in enumerate(run) if t.text == "and"), default=None)
    if last_and is not None and last_and == len(run) - 2 and \
            sum(t.text == "and" for t in run) >= 2 and run[-1].text in _JURISDICTIONS and \
            any(t.text in ORGANISATION_HEADS for t in run[:last_and]):
        return _cut_part(text, run[:last_and], know, surnames)  # "a partnership between
        # … Administration for Children and Families and States": the body, then the
        # jurisdictions it works with, no part of its name
    if joint is not None and sum(t.text == "and" for t in run) == 1 and \
            all(t.capitalised and not _is_title(t.text, know.titles) and t.text not in PORTFOLIO
                for k, t in enumerate(run) if k != joint) and \
            know.places.get(" ".join(t.text for t in run)) is None and \
            _BETWEEN_BEFORE.search(text, max(0, run[0].start - 14), run[0].start):
        return [*_cut_part(text, run[:joint], know, surnames),
                *_cut_part(text, _trim(run[joint + 1:], know), know, surnames)]  # "between
        # Planet Hollywood and Paris Las Vegas": the two ends of a span, two names
    former = next((k for k in range(2, len(run) - 2) if run[k].text == "Former"
                   and run[k - 1].text == "the" and run[k + 1].capitalised), None)
    if former is not None:
        return _cut_part(text, run[former + 1:], know, surnames)  # "Lands Outside the
        # Former Clarence Rhode National Wildlife Range": what the place was, by its name
    if len(run) >= 4 and run[-2].text == "in" and run[-1].acronym and \
            re.fullmatch(r"[A-Z]{2,6}", run[-1].text) and run[-1].text not in COUNTRY_LETTERS \
            and run[-1].text not in know.country_codes and run[0].text in ORGANISATION_HEADS:
        return [*_cut_part(text, run[:-2], know, surnames),
                *_cut_part(text, run[-1:], know, surnames)]  # "the Office of the Director in
        # ORR": an office, then the body it sits in, by its letters
    served = next((k for k in range(2, len(run) - 3) if run[k].text == "for"
                   and run[k + 1].text == "the" and run[k + 2].text in COUNTRY_LETTERS
                   and run[k + 3].text in ORGANISATION_HEADS
                   and any(t.text in ORGANISATION_HEADS for t in run[:k])), None)
    if served is not None:
        return [*_cut_part(text, run[:served], know, surnames),
                *_cut_part(text, run[served + 2:], know, surnames)]  # "the Office of the
        # Secretary for the U.S. Department of Health and Human Services": an office, then
        # the department it serves, each a body of its own named whole
    if _spells_letters_in_text(text, run):
        return _roles(text, run, know, surnames)  # "OpenMENA (Middle East and North
        # Africa)": one region, whose letters the story writes
    letters = _LETTERS_AFTER.match(text, run[-1].end) if len(run) >= 4 else None
    if letters is not None and _spelt_across_and(letters.group(1), run):
        return _roles(text, run, know, surnames)  # "U.S. Army Intelligence and Security
        # Command (INSCOM)": one body named for two fields, its letters taken from both
    if len(run) == 3 and run[1].text == "and" and all(
            (know.places.get(t.text) or know.town(t.text))
            and know.places.get(t.text) != "country" for t in (run[0], run[2])) and \
            _FORCE_AFTER.match(text, run[-1].end):
        return [_candidate(text, run, hint="organisation")]  # "Avon and Somerset police":
        # a force named for the two counties it serves, one body
    parts = [
        part for named in _split_product(run) for institution in _split_institutions(named)
        for coordinated in _split_coordination(institution, know, surnames)
        for meant in _split_before_for(coordinated, know)
        for part in _split_byline(text, meant, know)]
    for part in parts:
        if len(part) == 2 and part[0].acronym and part[1].text == "Staff":
            part = part[:1]  # "C. NIAAA Staff and Organization": a body's people, by its
            # letters, are the body
        if len(part) >= 3 and part[0].text in WORK_HEADS and part[1].text == "of" and \
                (part[-1].text[:-1].casefold() in know.common_words
                 or re.search(r"(?:ist|er|or|ian|ant|ent|ee)s$", part[-1].text)) and \
                part[-1].text not in know.surnames:
            out.append(_candidate(text, part, hint="work"))  # "the first Register of
            continue  # Consultant Lobbyists": a document of a kind of people, a title's word
            # inside it, no one holding the title
        out.extend(_roles(text, part, know, surnames))
    return out


def _noun_after_surname(run: list[Token], know: Knowledge,
                        surnames: frozenset[str]) -> list[Token]:
    """After a title, a headline's "(Ambassador) Cabral Message for Independence Day": the
    surname the story gives a person in full elsewhere ("Roxanne Cabral"), then a common
    noun in title case that is no part of the name."""
    if len(run) == 2 and run[0].text in surnames and run[0].text not in know.given_names and \
            run[1].text.isalpha() and run[1].text[1:].islower() and \
            run[1].text not in know.surnames and run[1].text not in know.given_names and \
            not _any_head(run[1].text) and not run[0].possessive and not run[1].possessive:
        return run[:1]
    if len(run) == 3 and run[0].text in know.given_names and run[1].capitalised and \
            not run[1].acronym and not _any_head(run[1].text) and \
            run[2].text in _SPOKEN_PIECES:
        return run[:2]  # "Chairman Thomas Hicks Statement at Public Meeting": the titled
        # person, then what they said
    return run


#: What a person said or wrote, named after the person in a heading: "… Hicks Statement".
_SPOKEN_PIECES = frozenset("Statement Statements Remarks Testimony Speech Message".split())


def _split_byline(text: str, run: list[Token], know: Knowledge) -> list[list[Token]]:
    """'… and Annie Waldman ProPublica is a nonprofit …': a feed's byline run into the
    text, a person and then the outlet, which the story also writes alone."""
    capitals = _byline_in_capitals(run, know)
    if capitals is not None:
        return capitals
    if _caption_after_body(text, run, know):
        return [run[:-1], run[-1:]]
    if len(run) == 3 and run[0].text in know.given_names and run[1].capitalised and \
            not run[1].acronym and _CAMEL.fullmatch(run[2].text) and \
            not _is_title(run[0].text, know.titles) and \
            not SURNAME_PREFIX.match(run[2].text) and \
            len(re.findall(rf"\b{re.escape(run[2].text)}\b", text)) > 1:
        return [run[:2], run[2:]]  # (not "Governor Ron DeSantis" written twice: a title,
        # a given name and a surname with its prefix's capital)
    if len(run) == 3 and run[0].text in know.given_names and run[1].capitalised and \
            not run[1].acronym and run[1].text not in ORGANISATION_HEADS and \
            run[2].acronym and len(run[2].text) >= 3 and "." not in run[2].text and \
            run[2].text not in POSTNOMINALS and run[2].text not in COMPANY_FORMS and \
            not ROMAN_NUMERAL.fullmatch(run[2].text):
        return [run[:2], run[2:]]  # "Issa Saka UNODC officer": a caption's person, then
        # the body (but "… MP", "… QC" are letters after a name, and "William Fleishell
        # III" a generation's numeral)
    if len(run) >= 3 and run[0].text.title() in know.given_names and run[1].capitalised and \
            run[1].text not in ORGANISATION_HEADS and not _is_title(run[1].text, know.titles) \
            and not re.search(r"[’']s?[^\S\n]+$", text[max(0, run[0].start - 3):run[0].start]) \
            and _opens_a_sentence(text, run[2:], know):
        # (not "the ACHP’s Winter Business Meeting": a body's meeting, after its possessive)
        rest = _trim(run[2:], know)  # "Eric Stoner Prior to the …", "By Sarah Aziza
        return [run[:2], *([rest] if rest else [])]  # Announcing his …", "ANDREW METHEVEN
        # In London, …": a teaser's byline run into its first sentence
    return [run]


def _caption_after_body(text: str, run: list[Token], know: Knowledge) -> bool:
    """Whether the run's last word is a photo's caption, the surname of someone the story
    names in full, that the copy ran into a body's name before it ("… to serve as Judge on
    the Hillsborough County Court Griner has worked as …", where the story writes "Jeremy
    Griner" too): a word no head, title or common word is, before a verb in lower case."""
    if len(run) < 3 or run[-2].text not in ORGANISATION_HEADS:
        return False
    last = run[-1]
    if not last.capitalised or last.acronym or last.text in ORGANISATION_HEADS or \
            last.text in PLACE_HEADS or last.text in EVENT_HEADS or \
            last.text.casefold() in know.common_words or _is_title(last.text, know.titles) or \
            not re.match(r"[^\S\n]+[a-z]", text[last.end:last.end + 2]):
        return False
    return caption_surname(text, last.text, know, besides=run[-2].start)


def _byline_in_capitals(run: list[Token], know: Knowledge) -> list[list[Token]] | None:
    """'RACHAEL NOVAK AND POOYA REZAI NOVEMBER 29, 2021': a listing's byline in capitals,
    its authors joined by "AND", run into its date in capitals; each author a name of their
    own (one of them with a given name the tables know), the date none."""
    end = len(run)
    if end >= 3 and run[-1].number and run[-2].text.title() in MONTHS_AND_DAYS:
        end -= 2
    authors = run[:end]
    if not authors or not all(t.text.isupper() and not t.number for t in authors):
        return None
    parts: list[list[Token]] = [[]]
    for token in authors:
        if token.text in ("AND", "&"):
            parts.append([])
        else:
            parts[-1].append(token)
    if (len(parts) < 2 and end == len(run)) or not all(2 <= len(p) <= 3 for p in parts) or \
            not any(p[0].text.title() in know.given_names for p in parts):
        return None
    return parts


def _opens_a_sentence(text: str, rest: list[Token], know: Knowledge) -> bool:
    """Whether the capitalised words after a name open a sentence run into it: a small
    word ("In London, …"), or, alone before a lower-case word, an "-ing" form or a plural
    the story also writes in lower case ("… Announcing his …", "… Students in …")."""
    word = rest[0]
    if not word.text[:1].isupper():
        return False  # ("Troy Lock and Dam", "London Borough of Lewisham": one name)
    if word.text.title() in FUNCTION_WORDS and word.text.title() not in ("And", "Of", "For"):
        return True
    plain = word.text.casefold()
    return len(rest) == 1 and not _any_head(word.text) and \
        re.match(r"[^\S\n]+(?!and\b|of\b|for\b)[a-z]", text[word.end:word.end + 6]) is not None \
        and ((len(plain) > 5 and plain.endswith("ing"))
             or (plain.endswith("s") and plain in _lower_case_words(text)))


def two_people(run: list[Token], know: Knowledge
                ) -> tuple[list[Token], list[Token]] | None:
    """Two names of two or three plain capitalised words joined by "and", with no head
    word, title or place in either: two people ("B Shiva Parvathi and Rangoli Patil"),
    not one body ("Wage and Hour Division", "Marks and Spencer")."""
    ands = [k for k, t in enumerate(run) if t.text == "and" or (
        t.text in ("y", "e") and 0 < k < len(run) - 1 and run[k + 1].text in know.given_names)]
    # (or Spanish "y", Portuguese "e" before a given name: "Juan Gómez y Cristina Álvarez";
    # but "José Ortega y Gasset" is one man)
    if len(ands) != 1:
        return None
    left, right = run[:ands[0]], run[ands[0] + 1:]
    if not (2 <= len(left) <= 3 and 2 <= len(right) <= 3):
        return None
    # (a surname may be a town's name after a given name: "Sneha Dey and Jaden Edison")
    surnames = {id(side[-1]) for side in (left, right)
                if side[0].text in know.given_names and not know.big_place(side[0].text)}
    for t in (*left, *right):
        if not t.capitalised or (t.acronym and len(t.text) > 1) or \
                t.text in ORGANISATION_HEADS or \
                t.text in PLACE_HEADS or t.text in EVENT_HEADS or t.text in WORK_HEADS or \
                t.text in PORTFOLIO or (know.big_place(t.text) and id(t) not in surnames) or \
                _is_title(t.text, know.titles) or know.is_demonym(t.text) or \
                t.text in FUNCTION_WORDS or t.possessive:
            return None
    if any(" ".join(t.text for t in side) in know.places for side in (left, right)):
        return None
    return left, right


def _people_of(run: list[Token], know: Knowledge
               ) -> tuple[list[list[Token]], list[Token]] | None:
    """The people before "of the <organisation>", each of two or three plain capitalised
    words (no title, head word, acronym or place), and the organisation; or None. Without
    "the", the first person's given name or the body's acronym must show it: "Marilyn
    Werber Serafini of Kaiser Health News", "Emmarie Huetteman of KFF Health News" (but
    not "Our Lady of Lourdes Hospital")."""
    k = next((k for k in range(2, len(run) - 2) if run[k].text == "of"), None)
    if k is None or not any(t.text in ORGANISATION_HEADS or t.text in RESEARCH_BODIES
                            for t in run[k + 1:]):
        return None
    article = run[k + 1].text == "the"
    body = run[k + 2:] if article else run[k + 1:]
    if any(t.text in LAW_HEADS for t in body[1:]):
        return None  # ("the Implementing Recommendations of the 9/11 Commission Act": a
        # law's name, which no one belongs to)
    if not article and not (
            run[0].text in know.given_names or (body[0].acronym and len(body[0].text) >= 2)):
        return None
    names: list[list[Token]] = [[]]
    for j, t in enumerate(run[:k]):
        if t.text == "and":
            names.append([])
        elif t.text in _NAME_PARTICLES and names[-1] and j + 1 < k and run[j + 1].capitalised:
            names[-1].append(t)  # "Jailson de Souza e Silva of the Favelas Observatory"
        elif t.capitalised and not t.acronym and not t.possessive and \
                t.text not in FUNCTION_WORDS and \
                t.text not in ORGANISATION_HEADS and t.text not in PLACE_HEADS and \
                t.text not in EVENT_HEADS and t.text not in WORK_HEADS and \
                (t.text not in know.places or (names[-1] and names[-1][0].text in
                                               know.given_names)
                 or (not names[-1] and t.text in know.given_names)
                 or (names[-1] and names[-1][-1].text in _NAME_PARTICLES)) and \
                not _is_title(t.text, know.titles) and not know.is_demonym(t.text):
            names[-1].append(t)  # (a town's name after a given name or a particle is a
            # surname: "Mary Lynn Young", "… de Souza e Silva")
        else:
            return None
    if not all(2 <= sum(t.capitalised for t in name) <= 3 for name in names):
        return None
    return names, body


def _body_served(text: str, run: list[Token]) -> int | None:
    """Where "for" joins plain words to a body's whole name that the story also writes
    without them, or None: "News and Announcements for Federal Mediation and Conciliation
    Service" beside "The Federal Mediation and Conciliation Service (FMCS) …" (not "Center
    for Disease Control", whose word before "for" is a body's head)."""
    k = next((k for k in range(1, len(run) - 3) if run[k].text == "for"), None)
    if k is None or _any_head(run[k - 1].text) or run[-1].text not in ORGANISATION_HEADS:
        return None
    body = text[run[k + 1].start:run[-1].end]
    alone = [m for m in re.finditer(rf"(?<![\w-]){re.escape(body)}(?![\w-])", text)
             if m.start() != run[k + 1].start]
    return k if alone else None


def _person_of_place(text: str, run: list[Token], know: Knowledge
                     ) -> tuple[list[Token], list[list[Token]]] | None:
    """A person of two to four plain words, then "of" and the town or towns the person is
    from, or None. News introduces people so ("Mead Treadwell of Anchorage, Alaska"), and a
    name does not run on through "of" into a town: the town must have its state or country
    after it, or be one the gazetteer knows after a known given name ("Mary Jane Fate of
    Rampart and Fairbanks"). A single word before "of" stays whole ("Catherine of Aragon",
    "Joan of Arc"), and a head word keeps a body ("Bank of Springfield, Illinois")."""
    k = next((k for k in (2, 3, 4) if k < len(run) - 1 and run[k].text == "of"), None)
    if k is None or not all(
            t.capitalised and not t.acronym and not t.possessive and not t.number
            and t.text not in FUNCTION_WORDS and not _any_head(t.text)
            and not _is_title(t.text, know.titles) and not know.is_demonym(t.text)
            for t in run[:k]):
        return None
    after = run[k + 1:]
    if len(after) > 1 and after[0].text == "the" and \
            know.places.get(" ".join(t.text for t in after[1:])) == "country" and \
            not know.places.get(" ".join(t.text for t in run)) and \
            not any(t.text in _STATE_WORDS for t in run[:k]):
        return run[:k], [after[1:]]  # "Trischa Zorn of the United States": a person of a
        # country, whatever her given name
    places: list[list[Token]] = [[]]
    for t in run[k + 1:]:
        if t.text == "and" and places[-1]:
            places.append([])
        elif t.capitalised and not t.acronym and t.text not in FUNCTION_WORDS and \
                not _any_head(t.text) and not t.possessive:
            places[-1].append(t)
        else:
            return None
    if not places[-1]:
        return None
    state = re.match(r",[^\S\n]+([A-Z][\w.]*(?: [A-Z][\w.]*)?)\b", text[run[-1].end:])
    if state and len(places) == 1 and any(
            name in know.us_states.values() or know.places.get(name) in ("country", "region")
            for name in {state[1], state[1].split(". ")[0].rstrip(".")}):
        return run[:k], places  # (a sentence may end with the state: "of Brantford,
        # Ontario. CHAMBERLAIN has …")
    named = [" ".join(t.text for t in place) for place in places]
    if run[0].text in know.given_names and any(
            know.places.get(name) == "city" or know.town(name) for name in named) and \
            all(len(place) <= 2 for place in places):
        return run[:k], places
    return None


#: A nickname in marks and brackets inside a person's name: 'Randy ("Church") Kee'.
_NICKNAME_IN_BRACKETS = re.compile(r" \([“\"‘][A-Z][\w’'-]*[”\"’]\) ")
#: The small words inside people's names: "Leila de Lima", "José Ortega y Gasset".
_NAME_PARTICLES = CONNECTORS_BASE - {"of", "the", "for", "and", "&", "+"}


def _split_product(run: list[Token]) -> list[list[Token]]:
    """'United Launch Alliance Atlas V': a company, then the model it makes (a name ending
    in a number, a Roman numeral or a designation; but "Rules Committee Print 117-12" is
    the committee's document, "United Nations Resolution 2758" the body's resolution, and
    "Forest Service Road 46" the service's road)."""
    for h in range(1, len(run) - 1):
        model = run[h + 1:]
        if run[h].text in ORGANISATION_HEADS and len(model) <= 2 and model[0].capitalised \
                and model[0].text not in ORGANISATION_HEADS and not model[0].acronym and \
                model[0].text not in WORK_HEADS and model[0].text not in ROAD_NUMBER_HEADS and \
                model[0].text not in NUMBERED_WORK_HEADS and \
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
                run[h + 2].text in PORTFOLIO and rest[0].capitalised and \
                rest[0].text not in PORTFOLIO and not run[h + 2].possessive \
                and rest[-1].text in ORGANISATION_HEADS and "of" not in (
                    rest[1].text, rest[2].text):
            return [run[:h + 3], rest]
    return [run]


#: A police force or a fire service in lower case after the places it serves.
_FORCE_AFTER = re.compile(r"[^\S\n]+(?:police|constabulary|fire[^\S\n]+(?:and[^\S\n]+rescue"
                          r"[^\S\n]+)?service)\b")
#: Heads of the sites a post is held for, which end the site's name as a body's head does:
#: "Outreach Coordinator for the Gray's Reef National Marine Sanctuary", "Superintendent of
#: Yellowstone National Park".
_SITE_HEADS = frozenset("Sanctuary Park Refuge Monument Forest Preserve Reserve Seashore "
                        "Lakeshore".split())
#: A field's noun by its ending, as posts name their fields: "Outreach", "Marketing",
#: "Communications", "Engagement".
_FIELD_NOUN = re.compile(r"[A-Z][a-z]+(?:ing|ions?|ment|ness|ity|ics|ach)")
#: Kinds of justice a body's field names, before "Justice": "Criminal Justice".
_KINDS_OF_JUSTICE = frozenset("Criminal Juvenile Social Environmental Restorative Transitional "
                              "Racial Climate Economic Civil Reproductive Tribal".split())
#: What stands for a body in a picture, named "… of" the body: "Seal of the …".
_EMBLEMS = frozenset("Seal Logo Emblem Flag Crest".split())
#: The sides a place's name may end with: "Bendigo West", "Melbourne East".
_COMPASS_SIDES = COMPASS_POINTS | {"Central"}
#: Words of a state's formal name before "of the …": "Democratic Republic of the Congo".
_STATE_WORDS = frozenset("Republic Kingdom Commonwealth Federation Union Emirates States "
                         "Islands Principality Sultanate Emirate Confederation".split())
#: The heads of streets and squares a monarch's title may name: "Queen Street".
_STREET_HEADS = frozenset("Street St Road Rd Avenue Square Lane Place Bridge Park Gardens "
                          "Terrace Parade Walk Dock".split())
#: Time zones after an hour: "1300 UTC".
_TIME_ZONES = frozenset("UTC GMT EST EDT CST CDT MST MDT PST PDT CET CEST BST IST JST "
                        "AEST AEDT".split())
#: A site's labels for its pages of posts, before a month: "Archives March 2019".
_LISTING_LABELS = frozenset("Archives Archive Posts Stories Articles Updates Headlines News "
                            "Events".split())
#: "between" before a span's two ends, one name each: "between (the) … and …".
_BETWEEN_BEFORE = re.compile(r"\bbetween[^\S\n]+(?:the[^\S\n]+)?$")
#: Words that make a bigger or older place of the one they qualify: "Greater Manchester".
_PLACE_QUALIFIERS = frozenset("Greater Upper Lower Inner Outer Metro Metropolitan Old New "
                              "Downtown Northern Southern Eastern Western".split())
#: The sides that name a federal court's district: "the Northern District of Georgia".
_COURT_SIDES = frozenset("Northern Southern Eastern Western Middle Central".split())
#: A country's divisions, named before "of" and the country: "… Federal District of Russia".
_PLACE_UNITS = frozenset("District Region Province Oblast Krai Governorate Prefecture "
                         "Territory".split())
#: The words that open a municipality's formal name: "City of Edinburgh Council".
_MUNICIPAL_OPENERS = frozenset("City Town County Borough Municipality Shire".split())
#: An envoy's post before the country it is posted to: "ambassador to " of "Palestinian
#: ambassador to Yemen Bassem Al-Agha".
_ENVOY_TO = re.compile(r"\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Cc]onsul(?:[- ][Gg]eneral)?|[Hh]igh"
                       r"[^\S\n]+[Cc]ommissioner)[^\S\n]+(?:to|in)[^\S\n]+$")
#: A town's state or country after it: ", Tennessee", ", West Virginia".
_IN_STATE = re.compile(r",[^\S\n]+([A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)\b")
#: A title, then a dash before the portfolio it is held for: "Assistant Secretary – ".
_TITLE_DASH = re.compile(r"\b([A-Z][a-z]+)[^\S\n]+(?:–|—|-{1,2})[^\S\n]+\Z")
#: Magazines named for a profession, a title word the tables hold: "The Economist".
_TITLED_OUTLETS = frozenset(("Economist", "Lancet"))
#: A party's member, as a noun before a name: "Republican Lori Chavez-DeRemer".
_PARTY_MEMBER_NOUNS = frozenset({"Republican", "Democrat", "Democratic", "GOP", "Federalist",
                                 "Whig"})
# (and the early republic's parties: "was Federalist Alexander Hamilton")
_PARTY_MEMBERS_PLURAL = frozenset({"Republicans", "Democrats"})


def _adjective_only(text: str, adjectives: list[str]) -> Candidate:
    """A run that was only demonyms: kept so they can be offered as not_entities."""
    word = adjectives[0]
    return Candidate(-1, -1, word, (word,), hint="adjective", adjectives=adjectives)


def _written_in_lower_case(text: str, word: str) -> bool:
    """The story also writes the word in lower case, in the singular or the plural."""
    lower = _lower_case_words(text)
    folded = word.casefold()
    singular = folded[:-3] + "y" if folded.endswith("ies") else folded.rstrip("s")
    return folded in lower or singular in lower or f"{folded}s" in lower or \
        (singular.endswith("y") and f"{singular[:-1]}ies" in lower)


#: A number in words opening a sentence: "Thirty-five Republicans joined …".
_COUNTING_WORD = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|"
                            r"Twelve|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|"
                            r"Hundreds|Thousands|Dozens|Millions)(?:-[a-z]+)?")


def _plural_only_after(text: str, run: list[Token], know: Knowledge) -> bool:
    """A sentence opening with two capitalised words, the second a plural that is no known
    name and that the story never writes without the first ("Global Voices conducted …",
    though the story writes "global health"): one name, whose first word stays."""
    if len(run) != 2 or run[1].possessive or run[1].acronym or \
            not re.fullmatch(r"[A-Z][a-z]{2,}s", run[1].text):
        return False
    word = run[1].text
    if word in know.places or word in know.given_names or word in know.surnames or \
            know.is_demonym(word) or know.demonym_plural(word) or \
            word[:-1].casefold() in PERSON_NOUNS or _written_in_lower_case(text, word) or \
            word[:-1] in _PARTY_WORDS or _any_head(word[:-1]) or \
            _COUNTING_WORD.fullmatch(run[0].text):
        return False  # (not "Thirty-five Republicans", "Successive Governments")
    alone = len(re.findall(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text))
    pairs = len(re.findall(rf"(?<![\w’'-]){re.escape(run[0].text)}[^\S\n]+{re.escape(word)}"
                           rf"(?![\w-])", text))
    return alone == pairs


#: A small word right before a name, perhaps with a country's letters between: "… of the
#: US Missile Defense Agency" (the name is the agency's, its country's letters before it);
#: or "The" opening a sentence, the name's first word after it ("The Missile Defense
#: Agency announced …").
_SMALL_WORD_BEFORE = re.compile(r"(?:\b[a-z]+|\bThe)[^\S\n]+(?:(?:U\.S\.|US|U\.K\.|UK)[^\S\n]+)?$")


def _named_inside_sentence(text: str, run: list[Token]) -> bool:
    """The run's words written elsewhere inside a sentence, after a small word ("… ask
    Puneet Kishor from Creative Commons a few questions", "… 2023 to 2027 Departmental
    Sustainable Development Strategy"): opening a sentence, its first
    word is still the name's ("Creative Commons provides …"), whatever the story writes in
    lower case ("creative works")."""
    for n in sorted({len(run), 2} if len(run) > 2 else {len(run)}, reverse=True):
        # (or its first two words: "Global Voices Advocacy's Netizen Report …" opening a
        # sentence, where the story writes "… and Global Voices author …")
        words = r"[^\S\n]+".join(re.escape(t.text) for t in run[:n])
        after = "" if n == len(run) else r"(?=[^\S\n]+[a-z])"  # (a name of its own there)
        if any(_SMALL_WORD_BEFORE.search(text[max(0, m.start() - 20):m.start()])
               or (m.start() != run[0].start
                   and re.search(r"\b\d+[^\S\n]+$", text[max(0, m.start() - 20):m.start()]))
               for m in re.finditer(rf"(?<![\w’'-]){words}(?![\w-]){after}", text)):
            return True
    return False


def _named_of(text: str, run: list[Token]) -> bool:
    """"Color of Change" opening a sentence: a singular noun, then "of", that the story never
    writes as "color of" in lower case, opens a name (but "Composition of the European
    Parliament" when the story writes "the composition of …")."""
    word = run[0].text
    return len(run) > 2 and run[1].text.casefold() == "of" and not word.endswith("s") and \
        word[1:].islower() and not re.search(rf"\b{re.escape(word.casefold())} of\b", text)


#: The words of the parties' names used as adjectives: "Conservative and Liberal Democrat".
_PARTY_WORDS = frozenset("""Republican Democratic Democrat Labour Conservative Liberal Tory
Green Socialist Communist Unionist Nationalist Progressive""".split())
#: Words a sentence may open with before a party's adjective: "Three Democratic U.S. …".
_PARTY_OPENERS = frozenset("The A An Two Three Four Five Six Seven Eight Nine Ten Both "
                           "Many Some Several".split())
#: Endings of abstract nouns, which open sentences but rarely names ("Criticism of …").
_ABSTRACT_NOUN_ENDINGS = ("ism", "tion", "sion", "ment", "ness", "ity", "ance", "ence")
#: A legislature's chambers, which a party's adjective before them describes, not names.
_CHAMBERS = frozenset("Legislature Senate House Assembly Congress Parliament".split())
#: Words opening a sentence that say when someone held a post, before the body's name:
#: "Former Sarasota dermatologist …", "Retired University of … professor …".
_FORMERLY = frozenset("Former Outgoing Retired".split())
#: Crowds counted in round numbers, who march in a headline ("Thousands March …").
_CROWDS = frozenset("Thousands Hundreds Dozens Millions Tens Scores".split())
#: The titles of a firm's officers, after the firm's name: "the MyPillow CEO".
_FIRMS_TITLES = frozenset("CEO CFO COO CTO Chairman Chairwoman Founder Co-founder "
                          "Cofounder".split())
#: Words of a party or a side before a title, no body's name: "Republican Senator …".
_SIDES = _PARTY_WORDS | frozenset("Independent Federal National State Local".split())


def _people_by_their_noun(run: list[Token], know: Knowledge) -> bool:
    """A noun for people in the plural, then a name of two or three words ("Activists
    Nosipho Appolis"): a caption's description, then the person (not "Veterans Affairs …",
    a body, nor a title's words)."""
    noun = run[0].text
    return noun.endswith("s") and noun[:-1].casefold() in PERSON_NOUNS and \
        noun[:-1].casefold() not in _KIN and all(
            t.capitalised and not t.acronym and not _any_head(t.text)
            and not _is_title(t.text, know.titles) and t.text not in FUNCTION_WORDS
            for t in run[1:])


def _after_the(run: list[Token]) -> str:
    """The first word of the run that is not "the"."""
    return next((t.text for t in run if t.text not in ("the", "The")), "")


def _body_before_title(text: str, token: Token, know: Knowledge) -> bool:
    """One word before a title names the body or the place the post is in ("Microsoft
    CEO …", "iCommons Executive Director …"), when its spelling or another mention says it
    is a name: not a people's or a party's adjective, a portfolio ("Agriculture
    Secretary"), a title's modifier, a head word or a word the story also writes in lower
    case."""
    word = token.text
    if not token.capitalised or token.possessive or token.number or word in FUNCTION_WORDS \
            or word in _SIDES or word in ROLE_MODIFIERS or word in PORTFOLIO \
            or word in RANK_PARTS or _any_head(word) or word in know.country_codes \
            or know.is_demonym(word) or _is_title(word, know.titles) \
            or word in MONTHS_AND_DAYS or len(word) <= 2 \
            or word.casefold() in _lower_case_words(text):
        return False
    # a name by its spelling ("iCommons", "YouTube"), or one the story also writes alone
    # ("Microsoft said …"; not "High Representative …" twice, nor "Port of Entry")
    return any(c.isupper() for c in word[1:]) or re.search(
        rf"(?<![\w’'-]){re.escape(word)}(?![\w-])(?![^\S\n]+(?:of\b|[A-Z]))", text) is not None


def _body_words_before_title(text: str, prefix: list[Token], know: Knowledge) -> bool:
    """Two or three words before a title name the body the post is in when none of them is
    a given name, a role's or a portfolio's word, a head word or a word the story writes in
    lower case, and the story writes them alone too, never after "in" ("Mudiad Meithrin
    Chief Executive" and "… to work with Mudiad Meithrin to …"; not "Agriculture
    Secretary")."""
    lower = _lower_case_words(text)
    if not all(t.capitalised and not t.possessive and not t.number and not t.acronym
               and t.text not in FUNCTION_WORDS and t.text not in PORTFOLIO
               and t.text not in ROLE_MODIFIERS and t.text not in RANK_PARTS
               and not _any_head(t.text) and not know.is_demonym(t.text)
               and not _is_title(t.text, know.titles) and t.text not in MONTHS_AND_DAYS
               and t.text not in know.given_names and t.text.casefold() not in lower
               for t in prefix):
        return False
    name = " ".join(t.text for t in prefix)
    return re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])(?![^\S\n]+(?:of\b|[A-Z]))",
                     text) is not None and \
        re.search(rf"\b(?:in|near|outside)[^\S\n]+{re.escape(name)}\b", text) is None
    # (not "Pasay City Mayor …" where the story writes "in Pasay City": a place)



def _alone(text: str, name: str) -> int:
    """How often a name stands alone, not as the first words of a longer name in capitals
    ("National Intelligence" in "the National Intelligence Program" is not the field alone)."""
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-]|[^\S\n]+[A-Z])", text))


def _any_head(word: str) -> bool:
    return word in ORGANISATION_HEADS or word in PLACE_HEADS or word in EVENT_HEADS or \
        word in WORK_HEADS or word in OTHER_HEADS


def _listed_member(run: list[Token], know: Knowledge) -> int | None:
    """Where a person written "SURNAME Given" starts in the run, as parliaments list their
    members ("HÜBNER Danuta Maria", "SILVA PEREIRA Pedro"): surnames in capitals, then given
    names in title case, one of them known. Before the first capitalised surname only
    other known surnames in capitals join it ("AFCO HÜBNER …": the committee is no
    surname)."""
    given = next((k for k, t in enumerate(run) if t.capitalised and not t.acronym
                  and t.text in know.given_names and t.text not in MONTHS_AND_DAYS), None)
    if given is None or given == 0 or not run[given - 1].acronym or \
            not all(t.capitalised and not t.acronym and not _any_head(t.text)
                    for t in run[given:]) or \
            len(run) - given > 3:
        return None  # (nor "Multicultural NSW Media Awards": a body's head is no given name)
    start = given - 1
    surname = run[start].text
    if start > 0 and not run[start - 1].acronym and \
            not _is_title(run[start - 1].text, know.titles):
        return None  # (not "Apache HTTP Server": a word in title case, then letters and a
        # word a given name may be, name a product)
    if len(surname) < 3 or not surname.isalpha() or _is_title(surname, know.titles) or \
            surname in _CLOCK or surname in know.country_codes or surname in AU_STATE_CODES or \
            (start > 0 and run[start - 1].text == "the"):
        return None  # (not "GEN Romeo Dallaire", "2100 UTC January 7", "the UNFCCC Simon …")
    while start > 0 and run[start - 1].acronym and run[start - 1].text.isalpha() and \
            run[start - 1].text.title() in know.surnames:
        start -= 1
    return start


def _first_word_stays(run: list[Token], know: Knowledge) -> bool:
    """A word _trim would drop that opens this name: "One Direction", "Most Wanted", "the
    2020 Census", "The Hague", "Mr Medvedev" (but not "Mr Diakhate Director of …", a
    caption's title)."""
    first = run[0]
    if first.named and first.text in SURNAME_PARTICLES and 2 <= len(run) <= 3 and \
            run[-1].capitalised and \
            not run[-1].acronym and all(t.text in SURNAME_PARTICLES for t in run[:-1]):
        return True  # "said de Blasio", "Yao/van Velthoven/Zeng": a surname written alone
        # keeps its particles
    if len(run) > 2 and first.number and run[1].number and run[1].start == first.end + 1 and \
            len(first.text) <= 2 and len(run[1].text) <= 2 and \
            any(_any_head(t.text) for t in run[2:]):
        return True  # "the 9/11 Commission": a body named for a day, month and day
    if len(run) > 1 and (first.text in ("One", "Most", "Last", "Next")
                         or first.text in ORDINAL_WORDS) \
            and not first.initial and run[1].capitalised:
        return True  # (and "its “Most Wanted” list", "the Most Valuable Player award", "the
        # Second Chance Act", "“Second Look” laws": inside a sentence, an ordinal in capitals
        # opens the name, where at a sentence's start it may be "Second, …")
    if len(run) > 2 and first.text in ("Every", "No", "All", "Each") and \
            not first.initial and run[-1].text in LAW_HEADS and \
            all(t.capitalised for t in run[1:]):
        return True  # "the Every Student Succeeds Act", "the No Surprises Act": a law
        # named by a sentence that opens with its determiner
    if first.text == "All" and not first.initial and len(run) > 1 and run[1].capitalised and \
            not run[1].acronym:
        return True  # "the All Blacks", "the All Progressives Congress": inside a sentence,
        # a capitalised "All" opens the name (English writes "all")
    if first.text == "An" and not first.initial and len(run) > 1 and run[1].capitalised and \
            not run[1].acronym and run[1].text not in FUNCTION_WORDS and first.named:
        return True  # "arrested by An Garda Síochána", "delivered by An Post": inside a
        # sentence, an article in capitals is Irish's, part of the name (English writes "an")
    if len(run) == 2 and first.text in ORDINAL_WORDS and \
            run[1].text in ("Circuit", "District", "Ward", "Precinct", "Division"):
        return True  # "the Ninth Circuit", "Fifth District": a numbered court or district
    if len(run) > 1 and CENSUS_YEAR.fullmatch(first.text) and (run[1].text in (
            "Census", "Campaign", "Constitution") or first.capitalised):  # ("the 2024
        # Campaign", "its 1890 Constitution"; and an edition the run kept its year for: "the
        # 2012 Summer Paralympics")
        return True
    if len(run) == 2 and first.text.isupper() and first.text.title() in HONORIFICS and \
            run[1].text.isupper() and len(run[1].text) > 2:
        return True  # "MR PRICE: Good afternoon": a transcript's label in capitals, the
        # honorific and the surname (not "AN Indian company", an article in capitals)
    if first.text == "He" and len(run) >= 3 and all(
            t.capitalised and not t.acronym and TE_REO_WORD.fullmatch(t.text)
            and t.text not in know.given_names for t in run[1:3]):
        return True  # "He Poutama Rangatahi", "He Puna Marama": te reo's "a" opening a
        # programme's or a body's name, the words after it te reo's too (not "He Said …")
    if len(run) >= 4 and first.capitalised and run[1].text == "the" and \
            run[2].capitalised and run[-1].text in ("Podcast", "Series", "Show", "Newsletter"):
        return True  # "Into the Deep Podcast", "Beyond the Headlines Series": a show's
        # title, its preposition and all, before the word for what it is
    if first.text == "The" and (" ".join(t.text for t in run) in know.places or first.named):
        return True  # (and "The Conversation" alone on each of a listing's credit lines)
    if first.text == "The" and len(run) == 2 and run[1].text in _TITLED_OUTLETS:
        return True  # "The Economist has called DARPA …": a magazine named for a
        # profession, opening a sentence
    if len(run) == 2 and first.text in _NUMBER_WORDS and not first.initial and \
            run[1].capitalised and not run[1].acronym and run[1].text.endswith("s"):
        return True  # "the Four Corners region", "the Three Gorges": inside a sentence, a
        # number word in capitals before a plural opens a name
    if len(run) > 2 and first.text in _NUMBER_WORDS and run[1].capitalised and (
            (run[1].text.endswith("s") and (run[-1].text in PLACE_HEADS
                                            or run[-1].text in ORGANISATION_HEADS))
            or run[2].text in PLACE_HEADS):
        return True  # "Six Rivers National Forest", "Three Rivers Stadium", "Three Mile
        # Island": a number word opening a place's name
    if len(run) > 3 and first.text in _NUMBER_WORDS and not first.initial and \
            run[1].capitalised and run[1].text.endswith("s") and run[2].text == "of" and \
            run[-1].capitalised:
        return True  # "considered the Seven Principles of Public Life": a number word
        # opening a plural's name, then what it is of
    if len(run) > 2 and first.text in _NUMBER_WORDS and not first.initial and \
            all(t.capitalised and not t.acronym for t in run[1:]) and \
            run[-1].text.endswith("s") and run[-1].text.isalpha():
        return True  # "a Five Power Defence Arrangements exercise": inside a sentence, a
        # number word in capitals opening a name that closes on a plural
    if len(run) > 2 and first.text in _WHERE_OPENERS and not first.initial and \
            run[-1].text in PLACE_HEADS and all(t.capitalised for t in run[1:]):
        return True  # "out the Inside North Fork Road": inside a sentence, a word of where
        # opening a place's name
    if len(run) > 1 and first.text in GREETINGS and not first.initial \
            and run[1].capitalised and not run[1].acronym:
        return True  # "… understand that Hello World will receive …": a greeting inside a
        # sentence opens a name (a newsletter's, a brand's)
    if len(run) > 3 and first.text in ("For", "To") and not first.initial and \
            run[1].text == "the" and run[2].capitalised and \
            any(t.text in LAW_HEADS or t.text in ORGANISATION_HEADS for t in run[3:]):
        return True  # "the For the People Act": a bill named for what it is for
    if len(run) > 2 and first.text == "No" and not first.initial and run[1].capitalised and \
            run[-1].text in LAW_HEADS:
        return True  # "the No Surprises Act": a law named for what it forbids
    if len(run) > 1 and first.text in ("Our", "My", "Your") and not first.initial and \
            run[1].capitalised and not run[1].acronym:
        return True  # "… and Our Revolution", "— My Brother's Keeper": a possessive in
        # capitals inside a sentence opens a name
    return len(run) > 1 and first.text in HONORIFICS and run[1].capitalised and \
        not run[1].acronym and not any(_is_title(t.text, know.titles) for t in run[2:])


#: A plural of bodies in lower case before the words of each: "the departments of
#: Education and State", "the ministries of Health and Finance".
_BODIES_PLURAL_BEFORE = re.compile(r"\b(?:departments|ministries|secretariats|bureaus|"
                                   r"offices)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")


#: Verbs that open a sentence telling the reader to go somewhere: "See Regional Order
#: 20-16 for …", "Visit …".
_IMPERATIVE_OPENERS = frozenset("See Visit Read Click Contact Call Watch Follow Download "
                                "Register Subscribe Use Join Share Listen Explore Find Donate "
                                "Email Learn Discover Apply Meet Tell Ask Kill Remember "
                                "Imagine Consider Thank Check Promote Strengthen Boost Enlarge "
                                "Filter Sort Browse Hear".split())
#: A word in lower case, as a sentence's words are.
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]{3,}\b")
#: A kind's plural in lower case after two names that share it: " mines", " awards".
_SHARED_PLURAL_AFTER = re.compile(r"[^\S\n]+([a-z]+s)\b")
#: The kinds two names may share in the plural after them: land's and water's features,
#: works and bases, and awards (not shops': "Marks and Spencer stores" is one firm).
_SHARED_HEADS = frozenset("Mine River Lake Creek Mountain Island County Park Valley Bay "
                          "Canyon Forest Field Glacier Reef Peninsula Sea Ocean Strait Base "
                          "Dam Reservoir Airport Award Prize Medal".split())
#: The verbs of an app store's badge, before "the" or "on": "Download the … app on Google
#: Play", "Download on the App Store".
_BADGE_VERBS = frozenset(("Download", "Install"))
#: The family a firm is named for after "and": "Seward and Son", "Smith & Sons".
_FIRM_FAMILY = frozenset("Son Sons Daughter Daughters Brothers Bros.".split())
#: What a body's periodical is called after its title: "Morning Report", "Weekly Bulletin".
_PERIODICALS = frozenset("Report Bulletin Newsletter Digest Briefing".split())
#: Words that open a title but end none ("Prime Minister"): "TRICARE Prime" is a plan.
_TITLE_OPENERS = frozenset({"Prime"})
#: What a unit named for its post is called after the post: "Canyon Lakes Ranger District".
_UNITS_OF_TITLES = frozenset("District Districts Station Office".split())
#: Endings of the adjectives inside a title: "Chief Operating Officer", "Chief Financial
#: Officer", "Chief Executive Officer".
_ROLE_ADJECTIVE_ENDINGS = ("ing", "al", "ive", "ic")
#: Units a title is held over with no "the" and no name: "Head of Agency Jonathan Nash",
#: "Head of Mission", "Chief of Party": part of the title, no body.
_TITLES_UNITS = frozenset("Agency Department Office Division Unit Mission Section School "
                          "Delegation Party Programme Program".split())
#: Words of where that open some places' names: "the Inside North Fork Road", "the Inside
#: Passage".
_WHERE_OPENERS = frozenset("Inside Outside Above Below Beyond".split())
#: The first words of a video's or a photo's credits, before their label's colon: "Video
#: editor:", "Sound engineer:".
_CREDIT_ROLES = frozenset("Video Photo Camera Sound Graphics Script Production Film".split())
#: Words that place a day or a month in time: "Early Saturday", "Late Monday", "Last May".
_TIME_MODIFIERS = frozenset("Early Late Mid Last Next This".split())
#: The second designation a park's unit may hold after "and": "Denali National Park and
#: Preserve", "… National Monument and Preserve".
_PARK_PAIRED_HEADS = frozenset(("Preserve", "Reserve"))
#: Number words that open some places' names ("Six Rivers", "Seven Oaks").
_NUMBER_WORDS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Twelve".split())
#: The rest of a line that holds nothing more (a contents line's page number ends it).
_ALONE_ON_LINE = re.compile(r"[^\S\n]*(?:\n|$)")


#: Words a page's listing opens its labels with: "Newest 2012 Paralympic stories",
#: "Latest major developments", "Related articles".
_LISTING_OPENERS = frozenset("Latest Newest Recent Featured Related Trending Popular".split())


#: Words that say how near a count is, before its number: "Almost 700", "Nearly 50".
_APPROXIMATELY = frozenset("Almost Nearly About Around Roughly Approximately Some Over Under "
                           "Just Only Fewer More".split())


#: The adverbs that make a phrasal verb with the verb before them ("Speaking Up",
#: "Reaching Out"), which open no name once the verb is cut off.
_VERB_PARTICLES = frozenset("Up Out Down Off Back Away Forward Together Ahead Around".split())


def _trim(run: list[Token], know: Knowledge, *, leading: bool = True) -> list[Token]:
    named_with_the = len(run) >= 3 and run[0].text == "The" and not run[0].initial and \
        run[-1].text in _NUMBER_WORDS and all(t.capitalised for t in run[1:-1])
    # ("performed by The Original Memphis Five", "The Chicago Seven": a band or a group
    # named by how many they are, "The" written as part of its name mid-sentence)
    while leading and run and not _first_word_stays(run, know) and (
            run[0].text in FUNCTION_WORDS or run[0].text in CONNECTORS_BASE
            or run[0].text == "with"  # ("… Persons" cut off "with Disabilities")
            or (run[0].initial and run[0].text.isupper() and len(run[0].text) > 1
                and run[0].text.title() in FUNCTION_WORDS)  # "AN Indian company"
            or (run[0].text == "BY" and len(run) > 1 and not run[1].text.isupper())
            # ("Feb. 19, 2020 | BY David Vergun , DOD News": a byline's word in capitals)
                   or run[0].number or _is_date_word(run, 0, know)
                   or (run[0].text in TE_REO_OPENERS
                       and (run[0].initial or (len(run) == 1 and not run[0].text.isascii())))
                   # (and one with a macron alone anywhere: a menu's "About us Mō mātou")
            or (run[0].text in AUXILIARIES and len(run) > 1)
            or (run[0].text in _APPROXIMATELY and run[0].initial and len(run) > 1
                and run[1].number)
            # ("Almost 700 tax fraudsters …": how near a count is, opening a sentence)
            or (run[0].text in _TIME_MODIFIERS and len(run) > 1
                and run[1].text in MONTHS_AND_DAYS)  # "Early Saturday, General …"
                   or (run[0].text in _LISTING_OPENERS and run[0].initial)
                   or (run[0].text in _IMPERATIVE_OPENERS and run[0].initial
                       and len(run) > 1)
                   or (run[0].text == "View" and run[0].initial and len(run) > 1
                       and run[-1].possessive)  # ("View Walsh’s remarks": a link's verb,
                   # then whose page it opens; but "View Archives" is a link, no name)
                   or (run[0].text == "Free" and len(run) > 2
                       and not _any_head(run[-1].text)
                       and (run[1].text in know.given_names
                            or _person_like(run[1:], know)))):  # ("Free Alexey Navalny!": a
            # slogan's verb before the name of the one it would free; not "Free Press
            # Fest", an event)
        if len(run) > 1 and ((run[0].text in ("First", "Second", "Third") and
                             (run[1].text.casefold() in know.titles
                              or run[1].text in _AFTER_ORDINAL)) or
                             (run[0].text == "Under" and run[1].text == "Secretary")):
            break  # "First Minister", "Second Lady", "Under Secretary": part of a role
        if len(run) > 2 and run[0].text in ("Her", "His") and run[1].text == "Majesty" and \
                run[1].possessive:
            break  # "Her Majesty’s Coastguard", "His Majesty’s Treasury": a Crown body
        run = run[1:]
    if len(run) > 2 and run[-1].text in _TIME_ZONES and run[-2].number:
        run = run[:-2]  # "VOA English Newscast 1300 UTC": the hour it aired, no part of it
    month = False
    while run and not named_with_the and \
            not (len(run) > 1 and run[-1].capitalised and run[-1].bang) and not (
            len(run) > 2 and run[-1].text in ("One", "Two", "Three")
            and run[-2].text in NUMBERED_BUILDINGS) and not (
            len(run) > 2 and run[-2].text == "of" and run[-3].text == "Group"
            and (run[-1].text in _NUMBER_WORDS or re.fullmatch(r"\d{1,2}", run[-1].text))
            ) and not (  # ("the Group of Seven", "the Group of 20": a club by its size)
            len(run) > 1 and run[-1].text in _TITLE_TAILS and run[-2].capitalised
            and run[-2].text not in FUNCTION_WORDS) and not (
            len(run) > 2 and run[-1].text == "All" and run[-2].text == "For"
            and run[-3].capitalised) and (
            run[-1].text in FUNCTION_WORDS - {"I"} or run[-1].text in CONNECTORS_BASE
                   or run[-1].text in ("in", "on", "with")
                   or _is_date_word(run, len(run) - 1, know) or (run[-1].number
                   and len(run) > 1 and _is_date_word(run, len(run) - 2, know))
                   or (month and run[-1].text.isdigit() and int(run[-1].text) <= 31)
                   or (len(run) > 1 and run[-1].text in _IMPERATIVE_OPENERS
                       and run[-2].text.endswith("."))):
        # ("… in the Western U.S. Check out …": the next sentence's imperative after the
        # letters' stop)
        month = _is_date_word(run, len(run) - 1, know) and run[-1].text in _MONTHS
        run = run[:-1]  # (and the day before a month: "Federal Register 26 March 2024")
    return run


def _is_date_word(run: list[Token], k: int, know: Knowledge) -> bool:
    """'May' in 'May 6' is a month; in 'Theresa May' it is a name."""
    word = run[k].text
    if word not in MONTHS_AND_DAYS:
        return False
    if k > 0 and run[k - 1].capitalised and run[k - 1].text in know.given_names:
        return False
    if k >= 2 and re.fullmatch(r"[A-Z]\.", run[k - 1].text) and \
            run[k - 2].text in know.given_names and not (k + 1 < len(run) and run[k + 1].number):
        return False  # "Commissioner Clifford D. May": a given name and an initial, then the
        # surname a month is too
    if k > 0 and f"{run[k - 1].text} {word}" in NAMED_WEEKDAYS:
        return False  # "Black Saturday", "Super Tuesday": a day named for what fell on it
    if word in ("March", "Marches") and k + 2 < len(run) and \
            run[k + 1].text in ("for", "on", "against") and run[k + 2].capitalised:
        return False  # "the March for Our Lives", "the March on Washington": a march
    if word in _MONTHS and k == 2 and len(run) == 3 and run[1].text == "of" and \
            run[0].text in ORDINAL_WORDS:
        return False  # "the Fourth of July", "the Fifth of November": a day its date names
    if word == "March" and k == len(run) - 1 and k > 0 and \
            re.fullmatch(r"[A-Z][a-z]{3,}s", run[k - 1].text) and \
            run[k - 1].text[:-1] not in MONTHS_AND_DAYS and run[k - 1].text not in _CROWDS and \
            run[k - 1].text not in _LISTING_LABELS:
        return False  # "the 1966 Farmworkers March", "the Veterans March": whose march (but
        # "Archives March 2019": a blog's month)
    if word in ("March", "Marches") and k == len(run) - 1 and k > 0 and \
            any(t.possessive for t in run[:k]):
        return False  # "the People’s Climate March", "the Women's March": whose march
    if k == 0 and len(run) > 2 and word in _MONTHS and run[-1].text in ORGANISATION_HEADS \
            and not (word in know.given_names and run[1].text in know.surnames):
        # (but "April Stafford of the United States Mint" is a person of the body)
        return True  # "the June European Council": which meeting, not "June" the person
    if word in _MONTHS and k == 0 and len(run) > 2 and run[-1].text == "Month" and \
            not run[k].possessive:
        return True  # "proclaimed June Orca Action Month": the month the cause's month is
    if word in _MONTHS and run[k].possessive and k + 1 < len(run) and \
            run[-1].text in EVENT_HEADS:
        return True  # "August’s Olympic Games": the month's games, not August's
    return not (word in know.given_names and k + 1 < len(run) and run[k + 1].capitalised
                and run[k + 1].text not in MONTHS_AND_DAYS)


#: Fields of study a title before a name holds: "Harvard Government Professor …".
_FIELDS = frozenset("Government History Economics Law Physics Chemistry Biology Politics "
                    "Medicine English Philosophy Psychology Sociology Engineering Mathematics "
                    "Journalism Music Art Linguistics Anthropology".split())
_ACADEMIC_TITLES = frozenset("Professor Lecturer Researcher Fellow Dean Chair".split())
#: The months (and their short forms) among the date words.
_MONTHS = frozenset(w for w in MONTHS_AND_DAYS if not w.endswith("day"))
#: Time words that end titles of outlets and shows after a name: "USA Today", "India
#: Today", "The Tonight Show" (a sentence's "today" is written in lower case); a name also
#: ends in a capitalised "For All" ("Indian Education For All", "Teach For All").
_TITLE_TAILS = frozenset(("Today", "Tonight"))
#: Participles that open names of firms and bodies, though "-ed" words open sentences.
_NAME_PARTICIPLES = frozenset("United Allied Associated Consolidated Federated Amalgamated "
                              "Integrated Applied Advanced Unified Reformed".split())
#: Honours their holders are named by, before the name: "NEA Jazz Master Nancy Wilson".
_HONOURS = frozenset("Master Fellow Laureate Medalist Medallist Honoree Awardee".split())
#: Storms named together under their kind in the plural.
_STORMS = frozenset("Hurricanes Typhoons Cyclones Storms".split())
#: Words an ordinal opens a name with: "the First Amendment", "First Nations", "the
#: Second World War".
_AFTER_ORDINAL = frozenset("Amendment Amendments Nations World Republic Reading Readings".split())
#: Verbs that open a call to the reader, never a name: "Read Julie’s stories".
_CALLS_TO_ACTION = frozenset("Read Subscribe Visit Watch Listen Click Follow Contact Download "
                             "Register Donate Share Tap Email Explore Meet".split())


#: Words for kin and for people in general, which open names too ("Mother Teresa").
_KIN = frozenset("mother father son daughter wife husband brother sister man woman boy girl "
                 "friend".split())


def _not_a_name_word(text: str, token: Token, know: Knowledge,
                     following: Token | None = None) -> bool:
    """The first word of a sentence that is an ordinary word, not part of a name."""
    word = token.text
    if word in HONORIFICS and following is not None and following.capitalised:
        return False  # "Ms Todd said:": the honorific opens the name
    if word in ("State", "City", "County", "Federal", "National") and following is not None \
            and (following.text in PLACE_HEADS or following.text in ORGANISATION_HEADS):
        return False  # "State Capitol will likely be …", "City Council voted …": a word of
        # the body's or the building's name, though the story writes "state" too
    if word in _NAME_PARTICIPLES and following is not None and following.capitalised:
        return False  # "United Texas Bank", "Allied Universal": names open with these
    if word in STORM_KINDS and following is not None and following.capitalised:
        return False  # "Typhoon Mawar strengthens …", though the story writes "typhoon"
    if _COUNTING_WORD.fullmatch(word) and following is not None and \
            know.is_demonym(following.text):
        return True  # "Forty-four Canadian soldiers …": a count opening the sentence
    if re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)*-(?:year|month|week|day)-old", word):
        return True  # "Forty-five-year-old Kim Jong Nam died …": an age opening the sentence
    if word == "War" and following is not None and following.text == "in":
        return False  # "War in Donbass:" as a topic's heading, though the story writes "war"
    if word in _CALLS_TO_ACTION and following is not None and following.capitalised:
        return True  # "Read Julie’s stories", "Subscribe to …", "Visit Medium.com"
    if word in PEOPLE_ADJECTIVES and following is not None and \
            know.demonym_plural(following.text):
        return False  # "Native Americans were …", "Indigenous Australians": a people's name
    if word in QUESTION_OPENERS and re.match(r"[^.!?\n]*\?", text[token.end:]):
        return True  # "Can Khayelitsha be policed?": a question's verb, not "Can Dündar"
    if word in know.given_names or word in know.places or token.acronym:
        return False
    if following is not None and know.big_place(f"{word} {following.text}"):
        return False  # "United States" (not an "-ed" word: "Outraged Senator …")
    if word.casefold() in know.titles or word.casefold() in CONNECTORS_BASE:
        return False  # (a particle opens names: "De Lima", "Te Tai Tokerau")
    if following is not None and following.capitalised and word not in FUNCTION_WORDS and \
            _PROGRAMME_AFTER_WORD.match(text, token.end):
        return False  # "Cooperative Extension System educators will …", "Specialty Crop
        # Block Grant Program": a programme's or a system's name, its first word a common one
    if word.casefold() in _lower_case_words(text):
        return True  # the story also writes it in lower case
    if word.endswith("ing") and following is not None and following.capitalised and \
            not following.acronym and know.places.get(following.text) is None and \
            following.text not in know.given_names and following.text not in know.surnames \
            and re.match(r"[^\S\n]+(?:is|was|has)[^\S\n]", text[following.end:following.end + 6]):
        return False  # "Waging Nonviolence is a blog site": a name, the sentence's subject
        # (but "Visiting Paris is …": a verb, then a place)
    if word.casefold() in PERSON_NOUNS and word.casefold() not in _KIN and \
            following is not None and following.text in know.given_names:
        return True  # "Landowner Carol Brimhall": what she is, then her name (a caption;
        # but "Mother Hubbard’s Cupboards", "Brother Ali": kin words open names)
    if word.endswith("ly") and len(word) < 7 and following is not None and \
            following.capitalised and not following.acronym:
        return False  # "Joely Maniscalco" (but "Nearly 90", "Recently Smith")
    return word.endswith(("ly", "ive", "ous", "ful", "less", "ing", "ed", "able", "ible"))


def _lettered_pair(text: str, run: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """Two names joined by "and" that the story also writes by their letters ("New Page
    Review and Articles for Creation", "NPR and AfC"): two names, each with its letters,
    whatever head words they lack."""
    joint = next((k for k in range(2, len(run) - 2) if run[k].text == "and"), None)
    if joint is None or any(t.text == "and" for t in run[joint + 1:]):
        return None
    letters = {w.casefold() for w in re.findall(r"\b[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b",
                                                 text) if len(w) <= 6}
    sides = (run[:joint], run[joint + 1:])
    if all(len(side) >= 2 and "".join(t.text[0] for t in side).casefold() in letters
           for side in sides):
        return sides
    return None


def _spells_letters_in_text(text: str, run: list[Token]) -> bool:
    """Whether a name joined by one "and" is one name whose letters the story also writes,
    alone or ending another word: "Middle East and North Africa" beside "MENA" or
    "OpenMENA" (not two names that happen to share initials with nothing)."""
    words = [t.text for t in run]
    if words.count("and") != 1 or len(words) < 4 or \
            not all(w[:1].isupper() for w in words if w != "and"):
        return False
    letters = "".join(w[0] for w in words if w != "and")
    return len(letters) >= 4 and re.search(rf"(?<![A-Z]){letters}(?![\w-])|[a-z]{letters}\b",
                                           text) is not None


#: Heads one body's name can join with "and", each a part of the one place or body: "the
#: Ronald Reagan Presidential Foundation and Institute", "Black Hills Forum and Press Club".
_PAIRED_HEADS = frozenset("Institute Museum Library Archives Center Centre Foundation Club "
                          "Society School College Academy Gallery Hospital Clinic Trust Fund "
                          "Forum Laboratory Observatory Gardens Zoo Aquarium".split())


def _one_body_two_heads(run: list[Token], know: Knowledge) -> bool:
    """A body's name that ends in two heads joined by "and", the second with no name of its
    own (a head alone, or a plain word and a head: "… Forum and Press Club"): no second body
    can be named by words that general ("Climate-Smart Agricultural Partnership and New
    California Coalition" are two)."""
    words = [t.text for t in run]
    if words.count("and") != 1:
        return False
    k = words.index("and")
    left, right = words[:k], words[k + 1:]
    if len(right) == 2 and right[-1] in ("Services", "Service", "Department", "Authority") \
            and left[-1] in _SHARED_FIELDS and right[0] in _SHARED_FIELDS:
        return True  # "Northern Territory Police and Fire Services", "Fire and Rescue
        # Service": one service named for two fields that share its head
    if len(right) == 2 and right[-1] in ("Committee", "Subcommittee") and \
            all(w in PORTFOLIO for w in [*left, right[0]]):
        return True  # "the Local Government and Environment Committee": a committee named
        # for the fields it covers, one of them "Local Government"
    if len(right) == 3 and right[-1] in ("Committee", "Subcommittee") and \
            right[1] in ("Affairs", "Relations", "Services", "Resources", "Security") and \
            2 <= len(left) <= 3 and left[-1] in PORTFOLIO | {"Administration"} and \
            not any(w in ("of", "for", "the") or w in _CHAMBERS for w in left):
        return True  # "the Public Administration and Constitutional Affairs Committee": a
        # committee named for two fields, the second "… Affairs"
    return len(left) >= 2 and left[-1] in ORGANISATION_HEADS and 1 <= len(right) <= 2 and \
        right[-1] in _PAIRED_HEADS and not any(w in ("of", "for", "the") for w in left) and \
        all(w in ORGANISATION_HEADS or w.casefold() in know.common_words
            or (w.endswith("ing") and w[:1].isupper()) for w in right[:-1])


def _field_before(run: list[Token], k: int) -> int:
    """How many words name the field before the "and" at ``k``, back to the name's last
    "the", "of" or "for" (many when another "and" comes first: "Food and Drug
    Administration and …" is a body, then another)."""
    start = max((j for j in range(k) if run[j].text in ("the", "of", "for")), default=-1) + 1
    return len(run) if any(t.text == "and" for t in run[start:k]) else k - start


#: The occasions a thing may be "for", named after it: "… for National Science Week" (not
#: an award's field: "… Prize for Excellent Scientific Research Award").
_OCCASIONS = frozenset("Week Day Month Weekend Festival".split())


#: A budget's lines, named for the body they fund: "Revised Estimates for the Department of
#: …", "Appropriations for the Department of Defense".
_BUDGET_LINES = frozenset("Estimate Estimates Appropriation Appropriations Allocation "
                          "Allocations".split())


def _split_before_for(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """A name, then "for" and the people or the occasion something is for, are two names
    when the first is no body, programme or work that "for" names the field of: "WeChat for
    Chinese Americans", "Facebook Live for National Science Week" (but "Centre for Food
    Policy", "Campaign for Nuclear Disarmament")."""
    k = next((k for k in range(1, len(run) - 1) if run[k].text == "for"), None)
    if k is not None and run[k - 1].text in _BUDGET_LINES and run[k + 1].text == "the":
        body = run[k + 2:]  # (not "Estimates for Public Services", the budget's own name)
        if len(body) >= 2 and any(t.text in ORGANISATION_HEADS for t in body):
            return [run[:k], body]  # "the 2024 Revised Estimates for the Department of the
            # Taoiseach": a budget's line, then the body it is for
    if k is not None and run[k - 1].text in ORGANISATION_HEADS and k + 3 < len(run) and \
            run[k + 1].text == "the" and run[-1].text in ("Project", "Projects") and \
            all(t.capitalised for t in run[k + 2:]):
        return [run[:k], run[k + 2:]]  # "a grant agreement to the Metropolitan Council for
        # the Southwest Light Rail Transit Project": the grantee, then the project it is for
    if k is None or _any_head(run[k - 1].text) or run[k - 1].text in ORGANISATION_HEADS:
        return [run]
    after = run[k + 1:]
    if (len(after) == 2 and know.is_demonym(after[0].text)
            and know.demonym_plural(after[1].text)) or \
            (len(after) >= 2 and after[-1].text in _OCCASIONS
             and all(t.capitalised and not t.acronym for t in after)):
        return [run[:k], after]
    return [run]


#: Trades a firm is named for, the first of two before "and": "Professional Warehouse and
#: Distribution, Inc.".
_TRADES = frozenset("Warehouse Warehousing Bakery Brewery Creamery Distillery Winery Packaging "
                    "Refinery Storage Trading Transport Logistics Supply Supplies".split())


def _trade_then_form(left: list[Token], right: list[Token]) -> bool:
    """A trade, "and", one word, a comma, then a firm's legal form: one firm named for two
    trades ("Professional Warehouse and Distribution, Inc."), not a body and then a firm of
    its own ("the Blue Campaign and Lyft, Inc.")."""
    return bool(left) and left[-1].text in _TRADES and len(right) == 2 and \
        right[1].text in COMPANY_FORMS and right[0].capitalised and not right[0].acronym and \
        right[1].start - right[0].end == 2  # (", " between)


#: The armed services by the names news gives them alone.
_ARMED_SERVICES = frozenset(("Army", "Navy", "Air Force", "Marines", "Marine Corps",
                             "Coast Guard", "Space Force", "National Guard", "Air National Guard",
                             "Army Reserve", "Navy Reserve", "Royal Navy", "Royal Air Force"))


def _split_coordination(run: list[Token], know: Knowledge,
                        surnames: frozenset[str]) -> list[list[Token]]:
    """'Syria and Yemen' → two names; 'NHS Greater Glasgow and Clyde' stays one."""
    if " ".join(t.text for t in run) in PEOPLES_BY_NAME:
        return [run]  # "Aboriginal and Torres Strait Islander (peoples)": one name
    ands = [k for k, t in enumerate(run) if t.text == "and"]
    if len(ands) == 1 and " ".join(t.text for t in run[:ands[0]]) in _ARMED_SERVICES and \
            " ".join(t.text for t in run[ands[0] + 1:]) in _ARMED_SERVICES:
        return [run[:ands[0]], run[ands[0] + 1:]]  # "the Navy, Marines and Air Force": two
        # services, whatever head word the last ends with
    on = next((k for k in range(1, len(run) - 3) if run[k].text in ("on", "for")
               and run[k - 1].text in ORGANISATION_HEADS), None)
    if on is not None and len(ands) == 1 and ands[0] > on + 1 and \
            1 <= len(run) - ands[0] - 1 <= 2 and \
            all(t.capitalised and not t.acronym and not _any_head(t.text)
                and t.text not in know.given_names and not know.places.get(t.text)
                for t in run[on + 1:ands[0]] + run[ands[0] + 1:]):
        return [run]  # "the HHS Behavioral Health Coordinating Council Subcommittee on
        # Children and Youth": a body on two fields joined by "and", one name
    if len(ands) == 1 and ands[0] >= 2 and len(run) - ands[0] - 1 >= 2 and \
            run[ands[0] - 1].text in WORK_HEADS and run[-1].text in WORK_HEADS and \
            run[ands[0] - 1].text not in LAW_HEADS and \
            all(t.capitalised for t in run[:ands[0]] + run[ands[0] + 1:]):
        return [run[:ands[0]], run[ands[0] + 1:]]  # "President Biden’s Unity Agenda and
        # Mental Health Strategy": two works, each by its head
    if run[0].text == "Confederated" and run[-1].text in _TRIBAL_HEADS:
        return [run]  # "Confederated Tribes and Bands of the Yakama Nation": one nation
    if len(run) >= 4 and run[-2].text == "and" and run[-1].text in _PARK_PAIRED_HEADS and \
            run[-3].text in ("Park", "Monument"):
        return [run]  # "Katmai National Park and Preserve": one unit of a park system, its
        # two designations joined
    if len(run) == 4 and run[2].text == "and" and all(
            t.acronym and len(t.text) <= 5 and t.text.casefold() not in know.common_words
            for t in (run[0], run[1], run[3])):
        return [run[:1], run[1:2], run[3:]]  # "The NIH SBIR and STTR programs": a body's
        # letters, then two of its programmes by theirs (not "LITTLE BROTHER and HOMELAND",
        # titles in capitals)
    if len(run) == 4 and run[0].acronym and run[1].text == "and" and run[2].acronym and \
            run[3].text.endswith("s") and run[3].text[:-1] in ORGANISATION_HEADS:
        return [run[:1], run[2:3]]  # "The AGRI and PETI Committees": two committees by their
        # letters, their head word once, in the plural, after both
    if len(run) in (4, 5) and run[0].text.endswith("s") and run[0].text[:-1] in PLACE_HEADS \
            and run[0].text[:-1] not in ORGANISATION_HEADS and run[2].text == "and" and \
            all(t.capitalised and not t.acronym for t in run[1:2] + run[3:]):
        return [run[:2], run[3:]]  # "Lakes Mead and Powell": two lakes, their head word
        # once, in the plural, before the first
    if len(run) >= 4 and run[-2].text == "and" and run[-1].acronym and run[-1].possessive \
            and any(t.text in ORGANISATION_HEADS for t in run[:-2]):
        return [*_split_coordination(run[:-2], know, surnames), run[-1:]]  # "… to the
        # National Institute on Alcohol Disorders and Health and NIDA's to …": a body's
        # name, then another body's letters owning the next clause's noun
    if len(run) >= 5 and run[0].acronym and run[1].text == "and" and run[2].acronym and \
            run[-1].text in ("Act", "Bill") and \
            all(t.capitalised and not t.acronym for t in run[3:]):
        return [run]  # "the NIDA and NIAAA Name Redesignation Act": one law named for two
        # bodies by their letters, not a body and a law
    again = next((k for k in range(2, len(run) - 3) if run[k].text == "and"
                  and run[k + 1].text == run[0].text and run[0].capitalised
                  and run[0].text not in FUNCTION_WORDS
                  and any(t.text == "and" for t in run[k + 2:])
                  and not any(_is_title(t.text, know.titles) or t.text in know.given_names
                              for t in run)), None)
    if again is not None:
        return [run[:again], run[again + 1:]]  # "Population Estimates and Population and
        # Household Projections": two titles, the second opening with the first's word and
        # holding its own "and"
    if len(run) >= 2 and " ".join(t.text for t in run[:-1]) in PEOPLES_BY_NAME and \
            know.demonym_plural(run[-1].text):
        return [run[:-1]]  # "Aboriginal and Torres Strait Islander Australians": the peoples,
        # then the nation's people they are part of
    if len(run) >= 4 and run[-1].text in PARTNERSHIP_FORMS and \
            any(t.text in ("and", "&") for t in run[1:-2]):
        return [run]  # "Brown, Olson & Wilson, PC", "Smith and Jones LLP": one firm named
        # for its partners, its legal form last
    joint = next((k for k in range(3, len(run) - 2) if run[k].text == "and"), None)
    if joint is not None and run[0].text in ("University", "College", "Institute") and \
            run[1].text == "of" and len(run) - joint - 1 in (2, 3) and \
            run[joint + 1].text in know.given_names and \
            run[joint + 1].text not in know.places and \
            all(t.capitalised and not t.acronym and not _any_head(t.text)
                and not _is_title(t.text, know.titles) for t in run[joint + 1:]) and \
            all(t.capitalised for t in run[2:joint]):
        return [run[:joint], run[joint + 1:]]  # "University of Edinburgh and Marcel Paret":
        # one writer's university, then the next writer
    ands = [k for k, t in enumerate(run) if t.text == "and"]
    sides = [run[a + 1:b] for a, b in zip([-1, *ands], [*ands, len(run)], strict=True)]
    if ands and len(sides[-1]) >= 2 and sides[-1][-1].text in ORGANISATION_HEADS and all(
            2 <= len(side) <= 3 and side[0].text in know.given_names
            and not know.places.get(side[0].text) and side[-1].text in know.surnames
            and all(t.capitalised and not t.acronym and not _any_head(t.text) for t in side)
            for side in sides[:-1]):
        return sides  # "Deakin University’s Don Driscoll and Euan Ritchie and James Cook
        # University’s Bob Pressey": people, then the next one's university
    if len(run) >= 5 and ands and ands[-1] < len(run) - 3 and \
            run[-2].text in know.given_names and not know.places.get(run[-2].text) and \
            run[-1].text in know.surnames and not run[-1].acronym and \
            not run[-3].text.endswith(",") and all(
                t.text in ("and", "the", "of") or (t.capitalised and not t.acronym
                                                 and t.text not in ORGANISATION_HEADS
                                                 and t.text not in know.given_names
                                                 and t.text not in know.surnames
                                                 and not _is_title(t.text, know.titles))
                for t in run[:-2]):
        return [run[:-2], run[-2:]]  # "Minister for Communications, Climate Action and
        # Environment Richard Bruton T.D.": a portfolio's last fields, then the minister
    last = max(ands, default=0)
    if last >= 1 and run[0].text in PORTFOLIO and len(run) - last - 1 in (2, 3) and \
            run[last + 1].text in know.given_names and run[last + 1].text not in PORTFOLIO and \
            all(t.capitalised and not t.acronym and not _any_head(t.text)
                and not _is_title(t.text, know.titles) for t in run[last + 1:]) and \
            all(t.text in ("and", "the", "of", "&") or (t.capitalised and not t.acronym)
                for t in run[:last]):
        return [run[:last], run[last + 1:]]  # "… Cabinet Secretary for Finance and the
        # Constitution and Keith Brown taking up …": a post's fields, then the next person
    if len(run) >= 4 and run[1].text == "and" and know.places.get(run[0].text) and \
            run[2].capitalised and run[2].text not in know.given_names and \
            not _any_head(run[2].text) and run[-1].text in ORGANISATION_HEADS and \
            not run[-1].text.endswith("s") and not _is_title(run[0].text, know.titles) and \
            not any(t.text in ("and", "of", "the") for t in run[3:]):
        return [run]  # "Brighton and Sussex Medical School": one body named for two places
    if len(run) >= 4 and run[-2].text in ("and", "&") and run[-1].acronym and \
            run[-1].text == run[0].text:
        return [*_split_coordination(run[:-2], know, surnames), run[-1:]]  # "FBI
        # Headquarters and FBI community outreach specialists": a body's part, then the
        # body by the same letters
    if len(run) >= 4 and run[-2].text in ("and", "&") and run[-1].acronym and \
            run[-3].text in ("Bill", "Act", "Bills", "Acts"):
        return [*_split_coordination(run[:-2], know, surnames), run[-1:]]  # "the Commerce
        # Amendment Bill and SOP No 37": a bill, then a paper by its letters
    if len(run) >= 4 and run[-2].text in ("and", "&") and run[-1].acronym and \
            len(run[-1].text) >= 3 and run[-3].acronym and len(run[-3].text) >= 3:
        return [*_split_coordination(run[:-2], know, surnames), run[-1:]]  # "the
        # Mississippi NAACP and ACLU": a state's chapter of one body, then another body

    if len(run) >= 4 and run[-2].text in ("and", "&") and run[-1].acronym and \
            len(run[-1].text) >= 2 and run[-3].text.endswith("s") and \
            run[-3].text[:-1] in ORGANISATION_HEADS and run[-1].text not in know.country_codes:
        return [*_split_coordination(run[:-2], know, surnames), run[-1:]]  # "the House and
        # Senate Budget Committees and CBO": bodies named together, then another by letters
    if len(run) == 3 and run[1].text == "and" and _is_title(run[0].text, know.titles) and \
            not _is_title(run[2].text, know.titles) and \
            (run[2].text in ORGANISATION_HEADS or run[2].acronym):
        return [run[:1], run[2:]]  # "advising the President and Congress": a title alone
        # (no one's name), then a body (but "the Researcher and Reference Services
        # Division" is one body's name)
    if len(run) >= 4 and run[-2].text in ("and", "&") and \
            (run[-3].text in ORGANISATION_HEADS or run[-3].text == "Community") and \
            run[-1].capitalised and not run[-1].acronym and run[-1].text not in PORTFOLIO and \
            not _any_head(run[-1].text) and run[-1].text not in know.given_names and \
            not any(t.text in ("and", "&") for t in run[:-2]) and \
            re.fullmatch(r"[A-Z][a-z]{3,}", run[-1].text) and \
            run[-4].text not in ("of", "for", "on") and \
            not re.search(r"(?:tion|sion|ment|ness|ity|ance|ence|ing|ship)$", run[-1].text):
        return [run[:-2], run[-1:]]  # "the European Economic Community and Euratom": a body
        # named whole, then another by its one word (not "Tradition of Service and
        # Protection": the fields a motto names)
    if len(run) >= 3 and run[1].text in ("and", "&") and run[0].text in _CHAMBERS and \
            run[2].text in _CHAMBERS and (len(run) == 3 or (
                run[3].text == "of" and run[-1].capitalised
                and not any(_any_head(t.text) for t in run[4:]))):
        return [run[:1], run[2:]]  # "The Senate and House of Representatives passed …": a
        # legislature's two chambers, each named whole (but "the House and Senate Budget
        # Committees" share their head)
    if know.regions_joined([t.text for t in run]):
        return [run]  # "Central Asia & Caucasus", "Middle East & North Africa": one region
    if len(run) >= 4 and run[1].text == "and" and _is_title(run[0].text, know.titles) and \
            _is_title(run[2].text, know.titles):
        return [run[:1], *_split_coordination(run[2:], know, surnames)]  # "the President and
        # Prime Minister of Timor-Leste": two posts, no one's name
    if len(run) == 3 and run[1].text in ("and", "&") and run[0].text in PORTFOLIO and \
            run[2].text in PORTFOLIO:
        return [run]  # "Education and Workforce" over a week's notes: a committee by its
        # two fields, as its name's short form
    if _one_body_two_heads(run, know):
        return [run]
    words = [t.text for t in run]
    if words.count("and") >= 1 and unaccented(" ".join(words)) not in know.places and \
            (places := _places_listed(words, know)) is not None:
        # "Bosnia and Herzegovina and Moldova", "the United States of America and Norway":
        # places, one of them perhaps named with its own "and" (not "Bosnia and
        # Herzegovina" alone)
        starts = [0, *(k + 1 for k in places)]
        return [run[a:b] for a, b in zip(starts, [*places, len(run)], strict=True)]
    if words.count("and") == 1 and 2 <= words.index("and") <= len(run) - 3 and \
            words[words.index("and") + 1] in EVENT_HEADS and \
            any(YEARS.fullmatch(w) for w in words[words.index("and") + 2:]) and \
            not any(w in EVENT_HEADS for w in words[:words.index("and")]):
        k = words.index("and")  # "Ireland House Tokyo and Expo 2025 Osaka": a name, then
        return [run[:k], run[k + 1:]]  # an event named by its kind and its year
    if words.count("and") == 1 and 2 <= words.index("and") <= 3 and \
            len(run) - words.index("and") - 1 >= 2 and run[0].text in know.given_names and \
            run[-1].text in ORGANISATION_HEADS and run[-1].possessive and \
            not know.big_place(run[0].text) and \
            not any(w in ORGANISATION_HEADS for w in words[:words.index("and")]) and \
            _person_like(run[:words.index("and")], know, surnames):
        k = words.index("and")  # "Leanne Cutcher and Swinburne University’s Graham Dyer": a
        return [run[:k], run[k + 1:]]  # person, then another's university
    if words.count("and") == 1 and 2 <= words.index("and") <= len(run) - 3 and \
            words[words.index("and") + 1] == "the":
        k = words.index("and")
        left, right = " ".join(words[:k]), " ".join(words[k + 2:])
        if left in know.places and (right in know.places or words[-1] in PLACE_HEADS):
            return [run[:k], run[k + 2:]]  # "the District of Columbia and the Northern
            # Mariana Islands": a place, then another with its own "the"
    towns = _MUNICIPAL_OPENERS | {"Village", "Township"}
    if len(words) > 2 and words[0] in towns and words[1] == "of":
        other = next((k for k in range(3, len(words) - 3) if words[k] == "and"
                      and words[k + 1] == "the" and words[k + 2] in towns
                      and words[k + 3] == "of"), None)
        if other is not None:
            return [run[:other], *_split_coordination(run[other + 2:], know, surnames)]
            # "the Town of Smithfield and the Village of Oak Park": two towns, each named
            # by its kind
    ands = [k for k, t in enumerate(run) if t.text == "and"]
    twice = next((k for k in ands if 2 <= k < len(run) - 2 and run[k - 1].text == run[-1].text
                  and know.places.get(run[-1].text) == "country"), None)
    if twice is not None:
        # "Employment and Social Development Canada and Indigenous and Northern Affairs
        # Canada": two of a country's bodies, each named with its country last
        return [*_split_coordination(run[:twice], know, surnames),
                *_split_coordination(run[twice + 1:], know, surnames)]
    if len(ands) == 1 and 2 <= ands[0] <= len(run) - 3 and \
            run[0].text == run[ands[0] + 1].text and run[0].capitalised and \
            run[0].text not in FUNCTION_WORDS and not _any_head(run[-1].text) and \
            all(t.capitalised for t in run if t.text != "and"):
        # "Open Shakespeare and Open Milton": two names that open with the same word
        return [run[:ands[0]], run[ands[0] + 1:]]
    if len(ands) == 1 and 2 <= ands[0] <= len(run) - 3 and \
            re.search(r"[a-z][A-Z]", run[0].text) and \
            not re.match(r"(?:Mc|Mac|O['’]|De|Di|La|Le)[A-Z]", run[0].text) and \
            all(t.capitalised for t in run if t.text != "and"):
        # "OpenShift Container Platform and Red Hat Enterprise Linux": a brand written in
        # camel case opens a product's name, and another product follows
        return [run[:ands[0]], run[ands[0] + 1:]]
    if any(t.text == "and" and 0 < k < len(run) - 1 and run[k - 1].text in _WORKS_OF_A_DAM
           and run[-1].text in PLACE_HEADS and len(run) - k - 1 <= 2
           for k, t in enumerate(run)):
        return [run]  # "Troy Lock and Dam", "Mount Morris Dam and Recreation Area": one
        # civil work and what goes with it
    if len(ands) == 1 and 2 <= ands[0] < len(run) - 2 and run[ands[0] + 1].text == "Te" and \
            run[ands[0] + 2].capitalised and not _any_head(run[-1].text) and \
            all(t.capitalised or t.text in _MAORI_PARTICLES for t in run if t.text != "and"):
        # "Tuwharetoa ki Kawerau and Te Pou Oranga o Whakatohea": a name, then another that
        # opens with te reo's article, as Māori bodies' and places' names do (no English
        # body's name goes on with a capitalised "Te" after its "and")
        return [*_split_coordination(run[:ands[0]], know, surnames),
                *_split_coordination(run[ands[0] + 1:], know, surnames)]
    if len(ands) == 1 and ands[0] == 1 and len(run) == 4 and run[0].capitalised and \
            not run[0].acronym and not _any_head(run[0].text) and \
            run[0].text not in know.given_names and run[0].text not in surnames and \
            len(run[0].text) >= 3 and not run[0].text.isupper() and \
            run[0].text.casefold() not in know.common_words and \
            not _is_title(run[0].text, know.titles) and run[2].capitalised and \
            not run[2].acronym and run[3].text in _PLACE_HEADS_ALONE and \
            " ".join(t.text for t in run) not in know.places:
        # "schools at Kumeu and Scott Point": a place, then another named with its kind (a
        # kind two places share is plural, "Turks and Caicos Islands"; a place named for two
        # people opens with a given name, "Lewis and Clark Lake"; one named for two things
        # with words, "Fire and Rescue Station", or letters, "C and E Trail")
        return [run[:1], run[2:]]
    if len(ands) == 1 and 2 <= ands[0] < len(run) - 1 and run[0].text in PLACE_OPENERS and \
            run[ands[0] + 1].capitalised and not _any_head(run[-1].text):
        # "Vila Autódromo and Complexo do Alemão", "Morro do Timbau and Rocinha": a place
        # named by its kind, then another
        return [*_split_coordination(run[:ands[0]], know, surnames),
                *_split_coordination(run[ands[0] + 1:], know, surnames)]
    for k in range(2, len(run) - 1):
        second = k + 2 if run[k + 1].text == "the" and k + 2 < len(run) else k + 1
        if run[k].text == "and" and not (
                run[k - 2].text in ("of", "for") and (
                    (k <= 3 and run[-1].text.endswith("s"))
                    or any(t.text.removesuffix("s") in PRIZES for t in run[:k - 2]))
                and not any(t.text in ("of", "for", "the") for t in run[second:])
                and not know.big_place(run[k - 1].text)) and not (
                run[k - 1].text == "Administration"
                and run[-1].text in ("Committee", "Subcommittee")
                and _field_before(run, k) <= 2) and (
                run[k - 1].text in ORGANISATION_HEADS or (
                run[k - 1].text in PLACE_HEADS and k >= 2) or (
                any(t.text == "of" for t in run[1:k - 1])
                and any(t.text in ORGANISATION_HEADS for t in run[:k - 2])
                and (know.big_place(run[k - 1].text)
                     or know.big_place(f"{run[k - 2].text} {run[k - 1].text}")))) and \
                run[second].capitalised and (
                    run[-1].text in ORGANISATION_HEADS
                    or (second == len(run) - 1 and re.search(r"[a-z][A-Z]", run[-1].text))
                    or (run[k - 1].text in ORGANISATION_HEADS and k >= 2 and any(
                        t.text == "of" and know.big_place(" ".join(u.text for u in run[m + 1:]))
                        for m, t in enumerate(run[second + 1:-1], start=second + 1)))):
            # ("Nebraska Newspaper Association and Suburban Newspapers of America": a body,
            # then another named for its country)
            # (and "Carnegie Corporation of New York and Overdeck Family Foundation": a body
            # named for its city, then another)
            # (or "The National Trust of Fiji and NatureFiji-MareqetiViti": a body named for
            # its country, then one whose one word has capitals inside)
            # (but "the Public Administration and Constitutional Affairs Committee": the
            # fields a committee is named for, administration one of them)
            # (but "the Institute of Museum and Library Services", "the National Medals for
            # Museum and Library Service": the fields one body or prize is named for)
            # "Occupational Safety and Health Administration and Mine Safety and Health
            # Administration": two institutions, each ending at its head (or a place and an
            # institution: "Anangu Lands and Burnie Works")
            if _trade_then_form(run[:k], run[second:]):
                break  # (not "Professional Warehouse and Distribution, Inc.": one firm)
            return [*_split_coordination(run[:k], know, surnames),
                    *_split_coordination(run[second:], know, surnames)]
    for k in range(2, len(run) - 3):
        if run[k].text == "and" and run[k + 1].text == "the" and run[k + 2].capitalised and (
                (any(t.text in ORGANISATION_HEADS for t in run[:k])
                 and (any(t.text in ORGANISATION_HEADS for t in run[k + 2:])
                      or know.places.get(" ".join(t.text for t in run[k + 2:])) == "country"))
                or (run[0].text in WORK_HEADS and run[1].text in ("of", "for")
                    and run[-1].text in WORK_HEADS)):
            # ("the Code of Conduct for U.S. Judges and the Judicial Conduct and Disability
            # Rules": two documents, each with its head)
            # "the U.S. Attorney's Office for the Southern District of New York and the
            # Federal Bureau of Investigation": two bodies, each with its head (but "the
            # Department of Public Health and the Environment" is one)
            # (or a body, then a country before what of its it names in lower case: "the
            # Ministry of Health and the New Zealand health system")
            return [*_split_coordination(run[:k], know, surnames),
                    *_split_coordination(run[k + 2:], know, surnames)]
    for k, token in enumerate(run):
        if token.text not in ("and", "&") or k == 0 or k == len(run) - 1:
            continue
        left, right = run[:k], run[k + 1:]
        if right[0].text in _FIRM_FAMILY and (len(right) == 1 or right[1].capitalised):
            return [run]  # "Seward and Son", "A.W. Farrell & Son, Inc.": a family's firm
        if token.text == "&" and len(left) == 1 and len(right) == 1:
            first, second = left[0], right[0]
            if any(re.search(r"\w[A-Z]", t.text) or t.text[:1].islower()
                   for t in (first, second)):
                return [left, right]  # "Before eBay & Craiglist, …": a brand written in
                # camel case is a name alone
            if first.capitalised and second.capitalised and not first.acronym and \
                    not second.acronym and not (know.places.get(first.text)
                                                and know.places.get(second.text)) and \
                    (first.text not in surnames or first.text == second.text):
                return [run]  # "Marks & Spencer", "Johnson & Johnson", "Barnes & Noble": one
                # firm of two names (two names of their own would be joined by "and"; but
                # "Iceland & Greenland" are two places, and "Giorgi & Vandenberg" two
                # authors the story names in full)
        if token.text == "and" and len(left) >= 3 and len(right) >= 3 and \
                right[0].text == "the" and right[-1].text in ORGANISATION_HEADS and \
                left[0].text in _MUNICIPAL_OPENERS and \
                left[1].text == "of" and not any(t.text in ("and", "&") for t in left):
            return [left, right[1:]]  # "the City of Greater Bendigo and the Federal
            # Government": a council and another body, each with its own "the"
        if token.text == "and" and len(left) >= 2 and len(right) >= 2 and \
                left[-1].text in ORGANISATION_HEADS and (
                    right[-1].text in ORGANISATION_HEADS or know.places.get(right[0].text)) and \
                not any(t.text in ("of", "for", "on", "and", "&") for t in left) and \
                not any(t.text in ("of", "for", "on", "&") for t in right) and \
                not _trade_then_form(left, right):  # (not "Professional Warehouse and Distribution,
            # Inc.": one firm)
            return [left, right]  # "Climate-Smart Agricultural Partnership and New
            # California Coalition": two bodies, each with its head (or "the Small Business
            # Administration and Baltimore City Hall": a body, then another named for its
            # city)
        field = right[:next((j for j, t in enumerate(right) if t.text == "and"), len(right))]
        if token.text == "and" and len(left) >= 3 and left[1].text in ("for", "of") and \
                left[0].text in _PORTFOLIO_TITLES and 1 <= len(field) <= 3 and \
                all(t.capitalised and not t.acronym and t.text not in know.given_names
                    and not _is_title(t.text, know.titles) and not _any_head(t.text)
                    for t in field):
            after = right[len(field) + 1:]
            return [run[:k + 1 + len(field)],
                    *(_split_coordination(after, know, surnames) if after else [])]
            # "Minister for Health and Aged Care": one portfolio of two fields, no name
            # after "and" (and "… and Assistant Minister for …", another role after it)
        if token.text == "and" and len(left) >= 2 and len(right) >= 2 and (
                left[-1].text == right[-1].text or (
                    _is_title(right[0].text, know.titles)
                    and not (right[-1].text in ORGANISATION_HEADS
                             and all(_is_title(t.text, know.titles) for t in right[:-1])))
                or (
                    all(_is_title(t.text, know.titles) or t.text in PORTFOLIO
                        or t.text in ROLE_MODIFIERS for t in left)
                    and any(_is_title(t.text, know.titles) for t in right[1:])
                    and not (all(t.text in PORTFOLIO for t in left)
                             and _portfolio_before_title([t.text for t in right], 0,
                                                         know.titles, least=1)))):
            # (not "Natural Resources and Water Minister …": one portfolio; nor "the Africa
            # Faith and Justice Network": a body's fields, the second a title's word)
            # (and "Finance Minister and Central Bank Governor Elvira Nabiullina": a role
            # alone, then another role and its holder)
            # "JobKeeper Payment and JobSeeker Payment": two names of one kind; "Minister for
            # Foreign Affairs and Minister for Women Senator … Payne": a role, then another
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        if token.text == "and" and len(left) >= 2 and len(right) >= 2 and \
                ((left[-1].text in OTHER_HEADS and right[-1].text in OTHER_HEADS)
                 or (left[-1].number and right[-1].number)
                 or (left[0].text == right[0].text and left[0].capitalised
                     and (left[0].text.isupper() or any(c.isupper() for c in left[0].text[1:]))
                     and len(left[0].text) > 3)):
            # "Carers Allowance Supplement and Best Start Grant": two benefits; "Route 66 and
            # Area 51": two names, each ending in its number; "ACCELERATE Lithuania and
            # ACCELERATE UAE": two editions of one programme, each opening with its name; "the
            # PLoS ONE and PLoS Medicine community blogs": two journals of one publisher
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        if token.text == "and" and len(left) >= 2 and len(right) >= 3 and \
                right[0].text in ORGANISATION_HEADS and right[1].text == "of" and \
                left[-1].text not in ORGANISATION_HEADS and \
                _region_or_country(left[-1:], know):
            # "Public Health Scotland and University of Glasgow": a body named with its
            # country, then another named "<head> of <place>"
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        if token.text == "and" and len(left) >= 3 and len(right) >= 3 and \
                left[0].text in ORGANISATION_HEADS and right[0].text in ORGANISATION_HEADS and \
                left[1].text in ("of", "for") and right[1].text in ("of", "for"):
            # "Ministry of Economic Affairs and Ministry of Education": two bodies, each
            # named "<head> of …"
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        if token.text == "and" and len(left) >= 2 and len(right) == 1 and \
                left[-1].text in BARE_LAW_HEADS and not right[0].acronym:
            # "under the Federal Election Campaign Act and Commission regulations": a law's
            # name ends at its head, and the next word begins another phrase
            return [*_split_coordination(left, know, surnames), right]
        if token.text == "and" and len(left) >= 2 and len(right) >= 2 and \
                left[-1].text in ORGANISATION_HEADS and right[-1].text not in ORGANISATION_HEADS \
                and know.places.get(right[-1].text) == "country" and right[-2].text != "of":
            # "the U.S. Consumer Product Safety Commission and Health Canada": a body, then
            # another named with its country after it
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        if token.text == "and" and len(left) == 1 and left[0].acronym and \
                len(left[0].text) >= 2 and left[0].text.isalpha() and len(right) >= 2 and \
                right[0].text[:1].isupper() and right[0].text != "The":
            # "CPSC and Playwell Toy were aware …", "EFF and ACLU SoCal argued …", "in
            # partnership with GE and Power Africa": a body's letters, then another name
            return [left, *_split_coordination(right, know, surnames)]
        if token.text == "and" and len(left) >= 3 and len(right) == 1 and right[0].acronym \
                and any(t.text == "of" for t in left):
            # "the Department of Homeland Security and FEMA": an institution and another
            return [*_split_coordination(left, know, surnames), right]
        if token.text == "and" and len(left) + len(right) >= 3 and all(
                len(t.text) > 1 and t.text.isupper() and t.text.isalpha() for t in left + right):
            # "novels like ATTACK SURFACE and WALK AWAY": titles set in capitals, their "and"
            # in lower case outside them (a name in capitals writes its own "AND")
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        if token.text == "and" and len(left) >= 2 and all(
                _is_title(t.text, know.titles) or t.text in ROLE_MODIFIERS for t in right):
            return _split_coordination(left, know, surnames)  # "… Area and Special Agents"
        lead = next((m for m in range(min(3, len(right))) if _is_title(right[m].text,
                                                                       know.titles)), None)
        if token.text == "and" and lead is not None and len(right) - lead >= 3 and \
                len(left) >= 2 and not _is_title(left[-1].text, know.titles) and \
                all(t.capitalised and not t.acronym for t in left[-2:]) and \
                all(t.text in ROLE_MODIFIERS or (t.text.endswith(_ROLE_ADJECTIVE_ENDINGS)
                                                 and t.text not in know.given_names)
                    for t in right[:lead]) and \
                all(t.capitalised and not _is_title(t.text, know.titles)
                    for t in right[lead + 1:]) and \
                any(_is_title(t.text, know.titles) for t in left[:-2]):
            # "Permanent Secretary Kirsi Varhila and Strategic Director Liisa-Maria
            # Voipio-Pulkki": a titled person, then another
            return [left, right]
        if token.text == "and" and 1 <= len(left) <= 2 and len(right) >= 2 and \
                right[-1].text == "International" and \
                not any(t.text in ORGANISATION_HEADS or not t.capitalised for t in left):
            return [left, right]  # "Navdanya and Regeneration International": a body,
            # then another named as international ones are ("Amnesty International")
        if token.text == "and" and len(left) == 3 and left[1].text == "of" and \
                left[0].text not in ORGANISATION_HEADS and len(right) == 2 and \
                right[-1].text in WORK_HEADS and right[0].capitalised and \
                right[0].text not in PORTFOLIO:
            return [left, right]  # "Terms of Service and Privacy Policy": two documents
        whole = " ".join(t.text for t in run).replace(" & ", " and ")  # ("Trinidad & Tobago")
        of_place = len(left) >= 3 and left[-2].text == "of" and len(right) >= 2 and \
            _region_or_country(left[-1:], know) and not (
                len(right) == 2 and right[0].text == "the" and right[1].text in know.places)
        # ("Sitka Tribe of Alaska and Silver Bay …"; but "Islamic State of Iraq and the
        # Levant": two places under one "of")
        if of_place and not any(" ".join(t.text for t in run[:j]) in know.places
                                for j in range(k + 2, len(run) + 1)):
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(_trim_keeping_ordinal(right, know), know,
                                         surnames)]  # (without "the": "the Republic of …")
        if token.text == "and" and len(right) == 1 and know.is_demonym(right[0].text) and \
                len(left) >= 2 and (left[-1].text in WORK_HEADS
                                    or left[-1].text in ORGANISATION_HEADS):
            return [*_split_coordination(left, know, surnames), right]  # "to the Entity
            # List and Chinese company Skyrizon": a name ends at its head, and a people's
            # adjective opens the next phrase
        if token.text == "and" and any(t.text in ("of", "for") for t in left) and \
                len(right) >= 2 and right[-1].text in ORGANISATION_HEADS and \
                (right[0].text in know.country_codes or right[0].acronym
                 or know.places.get(right[0].text) == "country") and \
                not any(t.text in ("of", "for", "and") for t in right):
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]  # "the Department of
            # Commerce and U.S. Census Bureau": a body named for its field, then another
            # named with its country or letters first
        if token.text == "and" and len(left) >= 3 and _person_named(left[-2:], know) and \
                any(_is_title(t.text, know.titles) for t in left[:-2]) and \
                any(_is_title(t.text, know.titles) for t in right):
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]  # "Secretary of Commerce
            # Gary Locke and White House Cybersecurity Coordinator Howard A. Schmidt": a
            # titled person, then the next one with a post of his own
        if whole in know.places or unaccented(whole) in know.places or any(
                t.text in ("of", "for") for t in left) or any(
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
        if token.text == "and" and len(left) == 1 and len(right) == 3 and \
                left[0].capitalised and not left[0].acronym and \
                right[1].text in _CAMPS_KINDS and shared in _CAMPS:
            return [left, right]  # "Kakuma and Kalobeyei Refugee Settlements": two camps
            # named by their place, the kind of camp and the plural they share last
        if token.text == "and" and 1 <= len(left) <= 3 and len(right) >= 2 and \
                right[-1].text not in ORGANISATION_HEADS and shared in ORGANISATION_HEADS and \
                know.places.get(" ".join(t.text for t in left)) == "city" and \
                (len(left) >= 2 or know.big_place(left[0].text)) and \
                not any(t.text in ORGANISATION_HEADS for t in left):
            return [left, right]  # "the Rock Springs and Rawlins Field Offices": two
            # offices named for their towns, one head
        if token.text == "and" and len(right) == 1 and right[0].text in ("Trust", "Loan") \
                and left[-1].text in ("Bank", "Savings"):
            return [run]  # "First Western Bank and Trust", "… Savings and Loan": one bank
        if token.text == "and" and _person_named(left, know) and len(right) >= 2 and (
                (right[0].text == "The" and right[-1].text in ORGANISATION_HEADS)
                or right[0].acronym):
            # "ProPublica's Charles Ornstein and The New York Times' Katie Thomas",
            # "Joaquin Sapien and PBS Frontline": a person, then a body
            return [left, *_split_coordination(_trim_keeping_ordinal(right, know), know,
                                               surnames)]
        if token.text == "and" and len(left) >= 2 and (
                len(right) >= 2 or right[0].text in _PARTY_WORDS | PARTY_MEMBERS) and \
                left[-1].text in PARTY_MEMBERS:  # (and "Liberal Democrats and Labour")
            # "Justice Democrats and Brand New Congress": a group named for a party's
            # members ends there, and another begins ("House Republicans and Democrats":
            # two parties' members)
            return [*_split_coordination(left, know, surnames),
                    *_split_coordination(right, know, surnames)]
        if token.text == "and" and len(right) >= 2 and right[-1].text in COMPANY_FORMS and \
                _person_named(left, know):
            return [left, right]  # "Nicholas Gelfman and Gelfman Blueprint, Inc.": a person,
            # then a firm (no head the two share)
        heads = ORGANISATION_HEADS | EVENT_HEADS
        titled = next((m for m in range(1, len(right)) if len(left) == 1 and (
            _is_title(right[m].text, know.titles) or right[m].text in ROLE_MODIFIERS)),
                      len(right))  # ("Wage and Hour Division District Director Richard …")
        if right[titled - 1].text in heads and (
                left[-1].text not in heads or (
                    len(left) == 1 and left[0].text not in ORGANISATION_HEADS
                    and right[titled - 1].text in ORGANISATION_HEADS)) and not (
                len(right) == 1 and right[0].acronym) and not (
                token.text == "and" and len(left) == 1 and _complete(left, know, surnames)
                and not _given_name_only(left[0].text, know, surnames)
                and left[0].text not in PORTFOLIO and left[0].text not in EVENT_HEADS):
            # ("Education and Workforce Committee"; "Competition and Markets Authority": a
            # word that heads events' names is no name alone)
            return [run]  # "Essex Agricultural and Technical High School", "Wage and Hour
            # Division" (a word that is also someone's given name is not a name here);
            # "Competition and Markets Authority" (a field that also heads events' names)
        single = token.text == "and" and ((len(left) == 1 and len(right) == 1)
                                          or right[0].text in ("The", "THE")
                                          # "… and The Mechanism", "Chalkbeat and THE CITY"
                                          or (len(left) >= 2 and _region_or_country(right, know))
                                          or _place_leads(right, know))
        # ("Haider al-Abadi and Kurdistan": a name, then a country or region)
        people = len(right) == 2 and not any(t.acronym or t.text in ORGANISATION_HEADS
                                             for t in right) and (
            _person_named(left, know) or (
                len(left) == 2 and _person_named(right, know) and left[1].text in know.surnames
                and not any(t.acronym or t.text in ORGANISATION_HEADS for t in left)))
        # ("Gibbs Dube and Blessing Zulu": a surname, then a person the tables know)
        # ("Maryam Bahrami and Setayesh Hadizadeh": a person, then a name of two words)
        if token.text == "&" and len(left) >= 2 and len(right) == 1 and \
                right[0].capitalised and not right[0].acronym and \
                not know.big_place(right[0].text):
            return [run]  # "Davis Polk & Wardwell", "Simpson Thacher & Bartlett": a firm
            # named for its partners, the last joined by "&"
        if token.text == "&" and len(right) == 2 and right[1].text in COMPANY_FORMS and \
                right[0].capitalised and not right[0].acronym and \
                left[-1].text not in COMPANY_FORMS:
            return [run]  # "Merrill, Lynch, Pierce, Fenner & Smith Incorporated": the same,
            # with its legal form
        if token.text == "and" and len(left) >= 2 and _trade_then_form(left, right):
            return [run]  # "Professional Warehouse and Distribution, Inc.": one firm
        if token.text in ("and", "&") and len(left) >= 2 and left[-1].text in EVENT_HEADS and \
                [t.text for t in right] in (["Expo"], ["Exposition"], ["Exhibition"],
                                            ["Trade", "Show"], ["Awards"]):
            return [run]  # "Northwest Indian Gaming Conference and Expo", "… Conference &
            # Trade Show": one event of two parts
        if token.text == "and" and len(left) >= 3 and \
                left[0].text in ("Committee", "Subcommittee") and left[1].text == "on" and \
                not any(t.text in ORGANISATION_HEADS for t in right):
            return [run]  # "Subcommittee on Coast Guard and Maritime Transportation": a
            # committee named for its fields, the first a body's name
        if token.text == "and" and left[-1].text in EVENT_HEADS and \
                left[-1].text not in ORGANISATION_HEADS and 2 <= len(right) <= 3 and \
                right[-1].text in ORGANISATION_HEADS and not people:
            return [run]  # "Australian Competition and Consumer Commission": a body named
            # for two fields, the first also a contest's word
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


#: What a picture's alt text or caption opens with before whom it shows: "Photo of …".
PICTURE_WORDS = frozenset("Photo Photograph Picture Image Portrait Headshot Photos Photographs "
                          "Pictures Images Videos Footage Recordings".split())


#: What a school's name may say of its pupils before "High": "Rototuna Senior High".
_HIGH_SCHOOL_KINDS = frozenset(("Senior", "Junior", "Girls’", "Girls'", "Boys’", "Boys'",
                                "Girls", "Boys", "Intermediate", "Middle"))


#: Camps and settlements, the kind of people they hold before them: "Zaatari and Azraq
#: Refugee Camps", "Kakuma and Kalobeyei Refugee Settlements".
_CAMPS = frozenset(("Camp", "Settlement"))
_CAMPS_KINDS = frozenset(("Refugee", "Refugees", "Displacement", "IDP", "Transit", "Migrant",
                          "Reception"))


def _places_listed(words: list[str], know: Knowledge, start: int = 0) -> list[int] | None:
    """The places of "and" that divide ``words[start:]`` into known places, when every part
    is one (a place's own "and" kept: "Bosnia and Herzegovina"), or None."""
    if unaccented(" ".join(words[start:])) in know.places and start:
        return []
    for k in range(len(words) - 2, start, -1):  # (the longest place first: "Trinidad and
        # Tobago and …", not Trinidad, then Tobago)
        if words[k] == "and" and unaccented(" ".join(words[start:k])) in know.places and \
                (rest := _places_listed(words, know, k + 1)) is not None:
            return [k, *rest]
    return None


def _split_links(text: str, run: list[Token]) -> list[list[Token]]:
    """A row of a site's links run together, their small words gone: "Wikinews Atom Feed
    Wikinews" (the site's name again opens the next link), "Twitter Wikinews" (a network's
    link, then the site's next)."""
    again = next((k for k in range(2, len(run)) if run[k].text == run[0].text
                  and run[0].capitalised and not run[0].acronym
                  and all(t.capitalised for t in run[1:k])), None)
    if again is not None and len(re.findall(rf"(?<![\w-]){re.escape(run[0].text)}(?![\w-])",
                                            text)) < 3:
        again = None  # (a site's name it writes again and again; not "Law Council Annual
        # Competition and Consumer Law", a name that holds its first word twice)
    if again is not None and run[-1].text in ORGANISATION_HEADS and len(run) <= 6:
        again = None  # ("the Defence Ground-based Air Defence Command": a body's name that
        # holds its first word twice, its head last, not a row of links)
    if again is not None:
        return [run[:again], *_split_links(text, run[again:])]
    if len(run) == 2 and run[0].text in SOCIAL_NETWORKS and run[1].capitalised and \
            run[1].text not in SOCIAL_NETWORKS and run[1].text not in ORGANISATION_HEADS and \
            re.search(r"[^\S\n]on[^\S\n]+$", text[max(0, run[0].start - 4):run[0].start]) and \
            len(re.findall(rf"(?<![\w-]){re.escape(run[1].text)}(?![\w-])", text)) >= 3:
        return [run[:1], run[1:]]  # (the site's name, written again and again: not "on
        # Twitter Spaces", "on Facebook Live", a network's product)
    if len(run) >= 2 and run[-1].text == "Subscribe":
        return _split_links(text, run[:-1])  # "… LinkedIn Subscribe to MBDA Newsletter": a
        # button's verb after the links, no name's word
    if len(run) >= 2 and all(t.text in SOCIAL_NETWORKS for t in run):
        return [[t] for t in run]  # "Facebook Twitter LinkedIn": a row of networks' links
    if len(run) >= 2 and run[-1].text in SOCIAL_NETWORKS and \
            run[-2].text not in SOCIAL_NETWORKS and _NETWORK_PAGE_AFTER.match(text, run[-1].end):
        return [*_split_links(text, run[:-1]), run[-1:]]  # "the OUR Walmart Facebook page",
        # "the Sierra Club's YouTube channel": whose page, then the network it is on
    return [run]


#: What a body or a person has on a social network, after the network's name.
_NETWORK_PAGE_AFTER = re.compile(r"[^\S\n]+(?:page|pages|account|accounts|post|posts|feed|"
                                 r"channel|group|profile|handle|livestream)\b")


#: Te reo Māori's small words inside names: "Tuwharetoa ki Kawerau", "Te Pou Oranga o
#: Whakatohea", "Te Rūnanga o Ngāi Tahu", "Ngā Kete".
_MAORI_PARTICLES = frozenset("a o ki i te nui".split())


#: The kinds a single place is named with, last: "Scott Point", "Hunua Ranges" is not one.
_PLACE_HEADS_ALONE = frozenset(h for h in PLACE_HEADS | {"Point"}
                               if not h.endswith("s") and h not in ("Pass", "Mile"))


#: Heads of bodies named for what they deliberate on: "the Committee on the Global Financial
#: System", "the Commission on Civil Rights".
_HEADS_ON = frozenset("Committee Subcommittee Commission Council Panel Conference Forum "
                      "Board Caucus Party".split())


def _titles_body(words: list[str], j: int, titles: frozenset[str]) -> bool:
    """A body named for its members, a plural title before what it stands for: "Lawyers
    for Human Rights", "Doctors Without Borders", "Mothers of the Disappeared"."""
    word = words[j]
    return word.endswith("s") and j + 2 < len(words) and \
        words[j + 1] in ("for", "Without", "without", "Against", "against") and \
        words[j + 2][:1].isupper() and _is_title(word, titles) and \
        word.casefold().rstrip(".") not in titles


def _body_of_titles(words: list[str], k: int, know: Knowledge) -> bool:
    """A body or an event named for the holders of a title, "<Head> of <Titles>": the
    "Conference of Presidents of …", the "Summit of First Ladies and Gentlemen" (not
    "Department of Veterans Affairs Secretary …", whose title follows the body's name, nor
    "Office of Head Start Director …", whose "Head" opens a programme's name)."""
    titles = know.titles
    if not (words[k] in ORGANISATION_HEADS or words[k] in EVENT_HEADS) or \
            k + 2 >= len(words) or words[k + 1] != "of" or _head_of_a_name(words, k + 2, know):
        return False
    nxt = words[k + 2]
    return _is_title(nxt, titles) or (nxt in ROLE_MODIFIERS | {"First", "Prime"} and
                                      k + 3 < len(words) and _is_title(words[k + 3], titles))


def _acronym_not_title(words: list[str]) -> bool:
    """A word alone in capitals whose letters only spell a title as an abbreviation
    written in small letters ("Rt Hon", "Dr"): the broadcaster RT, the Dominican Republic's
    DR. Titles written in capitals as initials (an MP, the CEO) stay titles."""
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isalpha() and \
        words[0].isupper() and words[0].casefold() not in INITIALS_TITLES


def _given_name_only(word: str, know: Knowledge, surnames: frozenset[str]) -> bool:
    """A word known only as a given name: no place, surname or holiday."""
    return word in know.given_names and word not in surnames and word not in HOLIDAYS \
        and not know.big_place(word)


def _person_named(part: list[Token], know: Knowledge) -> bool:
    """A given name and a surname, nothing else: "Maryam Bahrami"."""
    return len(part) == 2 and part[0].text in know.given_names and part[1].capitalised \
        and not part[1].acronym and part[1].text not in ORGANISATION_HEADS and \
        part[1].text not in WORK_HEADS and \
        not (part[1].text in PLACE_HEADS and part[0].text in know.places)  # ("London Borough";
    # "Magna Carta", a charter, though "Magna" is a given name)


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
    if text in NEWS_AGENCIES:
        return True  # "Agence France-Presse and Reuters": two agencies a report credits
    if len(words) == 1 and words[0] in MONTHS_AND_DAYS:
        return True  # "reported in February and April 2017": two months, no name
    if len(words) > 1 and words[-1] in PLACE_HEADS:
        return True  # "Durham County"
    if len(words) == 1 and len(words[0]) > 6 and words[0].endswith("shire"):
        return True  # "Lincolnshire": a county by its ending
    if len(words) == 2 and words[0] in COMPASS_POINTS and \
            part[1].capitalised and not part[1].acronym and words[1] not in ORGANISATION_HEADS:
        return True  # "East Anglia and Lincolnshire", "the Korean Peninsula and Northeast
        # Asia": a region by its side
    if len(words) == 1 and words[0] in HOLIDAYS:
        return True  # "Christmas and Lunar New Year"
    if len(words) >= 2 and words[-1].isdigit() and words[-2] in ROAD_NUMBER_HEADS:
        return True  # "FM 2554 and County Road 1251": two roads by their numbers
    if know.places.get(text) == "city":
        return True  # "between Liberal and Dodge City": towns the gazetteer knows
    if len(words) == 1 and "-" in words[0] and all(
            know.places.get(p) for p in words[0].split("-")):
        return True  # "Urbana-Champaign and Columbia University": twin towns, one place
    if len(words) >= 2 and words[0].casefold().rstrip(".") in know.titles and \
            part[-1].capitalised and not part[-1].acronym:
        return True  # "Blinken and Minister Jaishankar" (not a plural: "Presidents …")
    if len(words) > 1 and words[0] in PLACE_PREFIXES:
        return True  # "St. Joseph and La Horquetta", "San Juan and Santa Cruz"
    if len(words) == 1 and words[0] in surnames:
        return True  # "Trump and Clinton": each a surname the story also writes in full
    if len(words) == 1 and _CAMEL.fullmatch(words[0]):
        return True  # "ProPublica and Sahan Journal": an outlet's or a company's name
    if len(words) == 1 and words[0] in know.given_names and words[0] not in know.places:
        return True  # "Harry and Meg Ryan"
    if words[-1] in ORGANISATION_HEADS or (words[-1] in EVENT_HEADS and len(words) > 1):
        return True  # (but a bare event's word names none: "the 2025 Competition and
        # Consumer Workshop" is one workshop)
    if any(w in know.given_names and part[k + 1].capitalised
           for k, w in enumerate(words[:-1])):
        return True  # a person's name, perhaps after a title ("Secretary … Colin Powell")
    if len(words) > 1 and (words[0].rstrip(".") in NOBLE or words[0].rstrip(".") in HONORIFICS):
        return True  # "Lord Liverpool and Queen Elizabeth II"
    if any(re.fullmatch(r"(?:[A-Z]\.){1,3}", w) for w in words[1:-1]) and \
            part[-1].capitalised and not part[-1].acronym:
        return True  # a person's name with an initial: "… Sgt. Maj. Iuniasolua T. Savusa"
    if len(words) == 2 and part[0].acronym and (know.is_demonym(words[1])
                                                or words[1] in know.languages):
        return True  # "VOA Russian and VOA Kurdish": a broadcaster's services
    return len(words) == 1 and part[0].acronym


#: Plural nouns a title before them turns into the members of a body ("Member States").
_MEMBERS = frozenset(("States", "Countries", "Nations", "Parties", "Governments"))
#: Ranks spelt as English adjectives, which also open firms' names ("General Motors").
_ADJECTIVE_RANKS = frozenset(("General", "Major"))



def _portfolio_before_title(words: list[str], k: int, titles: frozenset[str],
                            least: int = 2) -> bool:
    """``least`` portfolio words or more (joined by "and") from ``k`` up to a minister's or
    a secretary's title: "Disability Services Minister", "Natural Resources and Water
    Minister"."""
    j = k
    while j < len(words) and (words[j] in PORTFOLIO or (words[j] in ("and", "&") and j > k)):
        j += 1
    return j >= k + least and j < len(words) and words[j] in _PORTFOLIO_TITLES and \
        _is_title(words[j], titles)


def _after_portfolio(words: list[Token]) -> list[Token]:
    """What a minister's "of …" names: a portfolio joined to another by "and" is the role's
    ("Minister of Health and Community Services"), but a government named after the
    portfolio and "and" is a body of its own ("The Minister of Health and Government of
    Canada officials")."""
    if not words or words[0].text not in PORTFOLIO:
        return words
    joint = next((k for k, t in enumerate(words) if t.text in ("and", "&")), None)
    if joint is None or not all(t.text in PORTFOLIO for t in words[:joint]):
        return words
    after = words[joint + 1:]
    if len(after) >= 3 and after[0].text in _GOVERNMENTS and after[1].text == "of":
        return after
    return []


#: What opens a government's name before "of" and its place: "Government of Canada".
_GOVERNMENTS = frozenset("Government Province State City Commonwealth Kingdom Republic".split())


def _spelled_out(letters: str, text: str) -> bool:
    """Whether the story writes the words the letters stand for: "OPR", "Office of
    Professional Responsibility"."""
    joint = r"[^\S\n]+(?:(?:of|and|the|for|on|&)[^\S\n]+)*"
    return re.search(r"\b" + joint.join(f"{c}[a-z]+" for c in letters) + r"\b", text) \
        is not None


#: The members a board is named for: "Board of Governors", "Board of Trustees".
_BOARDS_OF = frozenset("Directors Governors Trustees Regents Supervisors Commissioners "
                       "Visitors Education Health Elections Managers Overseers Examiners "
                       "Control Review Appeals Inquiry".split())
#: Posts that are also given names or plain words, titles only before "of": "Dean of the
#: School of …", "Rector of the University of …".
_TITLES_BEFORE_OF = frozenset("Dean Rector Headmaster Headmistress Bursar".split())
#: A post "of" a body, before the body's letters and its holder's name: "the leader of",
#: "head of", "director of".
_OF_A_BODY_BEFORE = re.compile(r"\b(?:leader|head|director|chief|chair|chairman|chairwoman|"
                               r"president|secretary|administrator|commissioner)[^\S\n]+of"
                               r"[^\S\n]+$")
#: A day's number right before a month: "24 August", "1st May".
_DAY_BEFORE = re.compile(r"(?<![\d,.])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[^\S\n]+$")
#: A past post joined to "then", "ex" or "former" before "of" and the field the run opens
#: with: "then-Secretary of State", "ex-Minister of Finance".
_PAST_TITLE_OF = re.compile(r"\b(?:then|ex|former)-([A-Z][\w-]*)[^\S\n]+of[^\S\n]+"
                            r"(?:the[^\S\n]+)?$")
#: The kinds of fellow a post names: "Postdoctoral Fellow", "Visiting Research Fellow".
_FELLOWS_KINDS = frozenset("Senior Junior Research Postdoctoral Post-doctoral Doctoral "
                           "Graduate Visiting Teaching Clinical Honorary Distinguished "
                           "Affiliate Faculty Policy Fulbright".split())


def _given_then_names(run: list[Token], know: Knowledge) -> bool:
    """Whether an honorific's next word is a given name with more plain names after it, as
    a person's full name goes on ("Ms. Elizabeth Qaulluq Cravalho"), where a contest's
    title goes on with its own words ("Miss Georgia USA", "Miss Virginia International")."""
    return len(run) >= 3 and run[1].text in know.given_names and all(
        t.capitalised and not t.acronym and t.text not in CONTEST_WORLDS
        and not _any_head(t.text) for t in run[2:])


#: A business's noun after its name: "… branch", "… stores".
_BUSINESS_AFTER = re.compile(r"[^\S\n]+(?:branch|branches|store|stores|factory|factories|"
                             r"brand|brands|plant|outlet|outlets|shop|shops|restaurant|"
                             r"restaurants|chain|products)\b")
#: A state's abbreviation after a town and its comma: ", Mont.", ", Ariz.,".
_STATE_AFTER = re.compile(r",[^\S\n]+(?:" + "|".join(sorted(STATE_ABBREVIATIONS)) + r")\.")


#: A post "to" a body, before the body's name: "Exchequer Secretary to the Treasury …",
#: "Special Adviser to the President …".
_TITLE_TO_THE = re.compile(r"(?P<title>[A-Z][\w-]*)[^\S\n]+to[^\S\n]+the[^\S\n]+$")
#: The heads of a county's or a region's name that its sheriff's, governor's or head's
#: title can follow: "Holmes County Sheriff", "Novgorod Region Governor".
_ADMINISTERED_UNITS = frozenset("County Parish Township Borough Region Oblast Krai Province "
                                "Prefecture Governorate Territory Canton Municipality".split())
#: The mark that closes each opening mark: a nickname in marks opens and closes with the
#: same pair ("‘Miss Lou’"), so a single closing mark after a double opening one is a
#: possessive's ('“Dr. Dresselhaus’ efforts').
_CLOSING_MARK = {"‘": "’", "“": "”", "'": "'", '"': '"'}
#: Posts named for the field they head ("Director of National Intelligence", "Chief of
#: Naval Research"), whose field is no body where the story never names it alone.
_FIELD_HOLDERS = frozenset(("Director", "Directors", "Chief", "Chiefs"))


#: The heads of bodies named for the post they serve: "Office of the Director".
_POST_OFFICES = frozenset(("Office", "Committee"))


def _head_of_a_name(words: list[str], k: int, know: Knowledge) -> bool:
    """Whether "Head" at ``k`` opens a name with the common word after it ("Head Start",
    a programme's name; "the Office of Head Start Director"), not a post before its
    holder's name."""
    if words[k] != "Head" or k + 1 >= len(words):
        return False
    after = words[k + 1]
    return after.casefold() in know.common_words and after not in know.surnames and \
        after not in know.given_names and not _is_title(after, know.titles) and \
        after not in ORGANISATION_HEADS and after not in ("of", "for")


def _roles(text: str, run: list[Token], know: Knowledge,
           surnames: frozenset[str] = frozenset()) -> list[Candidate]:
    """Cut a title off the front of a person's name; keep an organisation it names."""
    words = [t.text for t in run]
    if len(words) >= 4 and words[-1] in BODIES_OF_A_KIND and "at" in words and \
            any(w in TOPIC_BODIES for w in words[:words.index("at")]):
        return [_candidate(text, run, hint="organisation")]  # "the Presidential Commission
        # on Personnel Policy at the Prosecutor’s Office and Law Enforcement Agencies": the
        # bodies it covers end its name, no title opens a holder's
    if len(words) >= 4 and _is_title(words[0], know.titles) and words[1] in ("for", "of") and \
            words[-1] in LAW_HEADS and all(t.capitalised for t in run[2:] if t.text not in
                                           ("for", "of", "the", "and", "on", "to")):
        return [_candidate(text, run)]  # "the Justice for Victims of Trafficking
        # Act": a law named for its aim, whose first word is no title before a holder
    if (post := _post_after_person(text, run, know)) is not None:
        person = _candidate(text, run[:post], hint="person")
        person.role = " ".join(words[post:])
        return [person, *_roles(text, run[post:], know, surnames)]  # "appointed Vladimir
        # Mazur Acting Governor of the Tomsk Region": the person, then the post given
    office = next((k for k in range(len(words) - 3) if words[k] in _POST_OFFICES
                   and words[k + 1] in ("of", "for") and words[k + 2] == "the"
                   and _is_title(words[k + 3], know.titles)), None)
    field = next((j for j in range(office + 4, len(words) - 1)
                  if not _is_title(words[j], know.titles)), None) if office is not None else None
    if field is not None and words[field] in ("for", "of") and \
            all(t.capitalised and not _is_title(t.text, know.titles) for t in run[:office]) and \
            all(t.capitalised or t.text in ("of", "for", "the", "and") for t in run[office:]) \
            and run[-1].capitalised:
        return [_candidate(text, run, hint="organisation")]  # "the DHHS Office of the
        # Assistant Secretary for Legislation", "the NIH Search Committee for the Deputy
        # Director for Extramural Research": a body named for the post it serves and that
        # post's field, no one holding the post (not "… Office of the Inspector General
        # Have Access", a headline's verb after the post)
    if office is not None and len(words) - office <= 7 and \
            _is_title(words[-1], know.titles) and \
            all(t.capitalised and not t.acronym and t.text not in know.given_names
                for t in run[office + 3:]) and \
            all(t.capitalised and not _is_title(t.text, know.titles) for t in run[:office]):
        return [_candidate(text, run, hint="organisation")]  # "Office of the Chief Privacy
        # Officer" in a list of a body's offices: an office named for the post it serves,
        # no one holding it
    if words[:3] == ["Our", "Lady", "of"] and len(words) >= 4:
        return [_candidate(text, run)]  # "Our Lady of the Lake Regional Medical Center",
        # "Our Lady of Lourdes": a church's, a school's or a hospital's name for Mary, no
        # lady's title
    if "Year" in words[2:] and words[words.index("Year", 2) - 2:words.index("Year", 2)] == \
            ["of", "the"] and words[-1] in ("Year", "Award", "Awards", "Prize", "Medal"):
        return [_candidate(text, run)]  # "Structural Engineer of the Year Award", "Teacher
        # of the Year": an honour named for a title, no one's role
    post = next((j for j in range(1, min(4, len(words) - 2)) if words[j] in _POST_ENDS), None)
    if post is not None and all(t.capitalised and t.text not in FUNCTION_WORDS
                                for t in run[:post + 2]) and \
            run[-1].text in ORGANISATION_HEADS and \
            _AFTER_NAMES_COMMA.search(text, 0, run[0].start) is not None:
        return _cut_part(text, run[post + 1:], know, surnames)  # "…, said Sarah Holt,
        # Foundation Relation Officer National Wildlife Federation": her post in a field's
        # words, then the body she holds it in, in apposition after her name
    if len(words) >= 2 and words[-1] == "High" and (
            words[-2] in _HIGH_SCHOOL_KINDS
            or (len(words) == 2 and run[0].capitalised and not run[0].acronym
                and not _is_title(words[0], know.titles) and words[0] not in know.given_names
                and not _any_head(words[0]))) and \
            not re.match(r"[^\S\n]+[A-Z]", text[run[-1].end:]):
        return [_candidate(text, run, hint="organisation")]  # "Rototuna Senior High",
        # "Hillcrest High": a school named for its place, "High School" clipped, as New
        # Zealand, South African and American news write (not "the EU High Representative")
    if len(words) >= 3 and (to_the := _TITLE_TO_THE.search(
            text, max(0, run[0].start - 60), run[0].start)) is not None and \
            _is_title(to_the.group("title"), know.titles):
        k = next((j for j in range(1, min(4, len(run) - 1)) if words[j] in know.given_names
                  and _person_like(run[j:], know, surnames)), None)
        if k is not None and all(t.capitalised and t.text not in know.given_names
                                 for t in run[:k]):
            body, person = _candidate(text, run[:k], hint="organisation"), \
                _candidate(text, run[k:], hint="person")
            person.role = f"{to_the.group(0).strip()} {body.text}"
            return [body, person]  # "Exchequer Secretary to the Treasury David Gauke": the
            # body a post is "to", then its holder's name
    if len(words) >= 2 and words[-1] in ("Ombudsman", "Ombudsperson") and \
            all(t.capitalised and not _is_title(t.text, know.titles) for t in run[:-1]):
        return [_candidate(text, run, hint="organisation")]  # "the Rail Ombudsman", "Fair
        # Work Ombudsman" with no name after it: the office, a body (its holder's post
        # only before a name: "Fair Work Ombudsman Sandra Parker")
    if len(words) >= 3 and words[-2].rstrip(".") in ("Jr", "Sr") and \
            words[-1] in NAMED_AFTER_PERSON:
        return [_candidate(text, run)]  # "the Martin Luther King Jr. Memorial": a place
        # named for someone, whose "King" is no title
    if len(words) >= 2 and words[0] in ("Mister", "Mr", "Mr.", "Miss") and \
            _BUSINESS_AFTER.match(text, run[-1].end) and \
            re.search(r"\b(?:its|their|the|a|at|of|from|nearby|local)[^\S\n]+$",
                      text[max(0, run[0].start - 12):run[0].start]):
        return [_candidate(text, run, hint="organisation")]  # "its Mister Sweet branch",
        # "Mr Price stores": a firm or a brand named with an honorific
    if len(words) >= 2 and words[0] in ("Miss", "Mr.", "Mister", "Ms.") and (
            know.big_place(words[1]) or words[1] in CONTEST_WORLDS) and \
            not someones_surname(text, words[1], know) and not _given_then_names(run, know):
        # (not "Ms. Hanna" … "Jeanette Hanna", not 'Ms. Elizabeth ("Liz") Qaulluq Cravalho')
        return [_candidate(text, run)]
        # "the Miss America Beauty Pageant", "Miss Universe", "Mr. Olympia": a contest
        # and its title, named for where it is held, no one's honorific
    if len(words) == 2 and words[0].rstrip(".") in HONORIFICS and run[0].start > 0 and \
            text[run[-1].end:run[-1].end + 1] == _CLOSING_MARK.get(text[run[0].start - 1]):
        return [_candidate(text, run, hint="person")]  # "‘Miss Lou’": a nickname in marks,
        # its honorific and all (not '“Dr. Dresselhaus’ efforts', a possessive's mark)
    if len(words) >= 4 and words[0] in ("Honorable", "Hon.") and words[-1] in _POSTS_AFTER_NAME:
        end = len(words)
        while end > 2 and (words[end - 1] in _POSTS_AFTER_NAME or words[end - 1] in ROLE_MODIFIERS
                           or words[end - 1] in ("Vice", "Ranking")):
            end -= 1
        if 3 <= end <= 5 and all(t.capitalised and (not t.acronym or t.initial)
                                 for t in run[1:end]):
            return [_candidate(text, run[1:end], hint="person")]  # "The Honorable Saxby
            # Chambliss Vice Chairman": an address's honorific, the name, then the post
    if len(words) >= 4 and words[-1] in ("Minister", "Secretary") and "and" in words[1:-2] and \
            all(w == "and" or (w[:1].isupper() and w not in know.given_names
                               and w not in know.surnames and not know.places.get(w)
                               and not _any_head(w)) for w in words[:-1]):
        return []  # "Agriculture, Mechanization and Irrigation Development Minister, Joseph
        # Made": a minister's portfolio, listed, then the post, no one named
    post = next((k for k in range(2, min(4, len(run) - 1) + 1)
                 if words[0] in know.given_names and not know.places.get(words[0])
                 and (words[k - 1] in know.surnames
                      or (words[-1] in _POSTS_AFTER_NAME and run[k - 1].capitalised
                          and not run[k - 1].acronym and not _any_head(words[k - 1])))
                 and _person_like(run[:k], know, surnames)
                 and all((_is_title(w, know.titles) or w in ROLE_MODIFIERS)
                         and w not in FUNCTION_WORDS for w in words[k:])
                 and _is_title(words[-1], know.titles)), None)
    if post is not None:
        return [_candidate(text, run[:post], hint="person")]  # "… image of Josh Thomas
        # Chief Executive Officer": a caption's name, then the post after it
    if len(words) >= 2 and words[-1] in ("Fellow", "Fellows") and \
            all(w in _FELLOWS_KINDS for w in words[:-1]):
        return []  # "Postdoctoral Fellow in Life Sciences Communication": a post, no one
    if len(words) >= 2 and words[-2] == "Merchant" and words[-1] in ("Marine", "Navy"):
        return [_candidate(text, run, hint="organisation")]  # "the U.S. Merchant Marine",
        # "the Merchant Navy": a nation's merchant fleet, whose "Merchant" is no one's trade
    if len(words) >= 3 and run[0].possessive and _is_title(words[0], know.titles) and \
            words[1] in ORGANISATION_HEADS and words[1] not in ("Office", "Offices"):
        return [_candidate(text, run, hint="organisation")]  # "King's College London",
        # "Queen’s University Belfast": a body named for a title's holder, then its place
    if len(words) >= 2 and words[0] in ORGANISATION_HEADS and words[1] == "General" and \
            words[0] not in ("Advocate", "Attorney", "Solicitor"):  # (but "Advocate General
        # Kokott": a court's officer, by his title)
        return [_candidate(text, run, hint="organisation")]  # "the Directorate General
        # Statistics", "the Inspectorate General of Police": a body, whose "General" is no
        # rank
    if any(w in LAW_HEADS for w in words[1:]) and len(words) >= 4 and words[-2] == "of" and \
            re.fullmatch(r"(?:1[89]|20)\d\d", words[-1]) and words[-3] in LAW_HEADS:
        return [_candidate(text, run)]  # "the Expanded Senior Citizens' Act of 2009": a law
        # and its year, whose "Senior" is no title
    if len(words) >= 3 and all(t.text.isupper() for t in run) and \
            words[0].title() in _PORTFOLIO_TITLES and words[1] in ("FOR", "OF") and \
            not _region_or_country([t for t in run[2:]], know):
        return []  # "MINISTER FOR HEALTH AND AGED CARE, MARK BUTLER:": a speaker's post in
        # a label in capitals, its portfolio no name (but "MINISTER OF FINLAND")
    board = next((j for j in range(1, len(words) - 5)
                  if words[j:j + 4] == ["of", "the", "Board", "of"]
                  and words[j - 1] in ("Chairman", "Chair", "Chairwoman", "Chairperson")), None)
    if board is not None:
        body = board + 4 + (words[board + 4] == "the")
        if len(words) - body >= 2 and words[-1] in ORGANISATION_HEADS and \
                words[body] not in _BOARDS_OF:
            return _cut_part(text, run[body:], know, surnames)  # "Chairman of the Board of
            # the Nuclear Waste Technical Review Board": the post, then the body it chairs
            # (not "… of the Board of Governors of the Federal Reserve System")
    titles = know.titles
    if any(w in _TITLES_BEFORE_OF and nxt == "of" for w, nxt in pairwise(words)):
        titles = titles | {w.casefold() for w in _TITLES_BEFORE_OF}  # "Dean of the School
        # of Forestry …": a post by its "of" (a dean alone may be Dean Martin)
    unit = next((k for k in range(1, len(words) - 1) if words[k + 1] in _UNITS_OF_TITLES
                 and _is_title(words[k], titles) and not run[k].possessive
                 and run[k - 1].capitalised
                 and not _is_title(words[k - 1], titles)), None)
    if unit is not None:
        rest = run[unit + 2:]
        if rest and rest[0].text in ("of", "for"):
            rest = _trim(rest[1:], know)
        return [_candidate(text, run[:unit + 2]),
                *(_cut_part(text, rest, know, surnames) if rest else [])]
        # "the Middle Fork Ranger District of the Willamette National Forest": a unit named
        # for its post, no one's role
    if (len(words) == 2 or (len(words) == 4 and words[2] == "of")) and len(words[1]) > 5 and \
            words[1].endswith("s") and _is_title(words[1][:-1], titles) and \
            words[0] not in ("Democratic", "Republican") and words[0] not in PORTFOLIO and \
            not (len(words) == 4 and know.big_place(words[3])) and \
            run[0].capitalised and not run[0].acronym and not _is_title(words[0], titles) and \
            words[0] not in ROLE_MODIFIERS and words[0] not in know.given_names and \
            not know.is_demonym(words[0]) and not know.big_place(words[0]):
        return [_candidate(text, run, hint="organisation")]  # "the Joint Chiefs of Staff",
        # "Army Rangers": a body named for its members' post in the plural (but "Foreign
        # Ministers of Canada" are a country's ministers; and the post has five letters or
        # more: not "Free Press Fest", "Pres" abbreviating a title)
    if len(words) == 1 and _is_title(words[0], titles) and words[0].istitle() and re.search(
            r"\b(?:near|outside|toward|towards|(?:north|south|east|west|northeast|northwest|"
            r"southeast|southwest)[^\S\n]+of)[^\S\n]+$",
            text[max(0, run[0].start - 16):run[0].start]) and \
            not re.match(r"[^\S\n]+(?:[A-Z]|of\b)", text[run[0].end:run[0].end + 4]):
        return [_candidate(text, run)]  # "ending near Ensign", "2 miles east of Ensign": a
        # town that shares its name with a rank, placed where no title stands alone
    if len(words) == 2 and words[1] in _MEMBERS and _is_title(words[0], titles):
        return []  # "the Member States", "State Parties": members of a body, no name
    if len(words) == 2 and words[1] in PARTY_MEMBERS and _is_title(words[0], titles):
        return [_candidate(text, run, hint="organisation")]  # "Justice Democrats": a title
        # before a party's members names a group that campaigns, not a person
    if (len(words) == 2 or (len(words) == 3 and _region_or_country(run[2:], know))) and \
            words[0] in _ADJECTIVE_RANKS and \
            words[1] not in know.given_names and words[1] not in know.surnames and \
            re.fullmatch(r"[A-Z][a-z]+(?:[^sui]s|ic|ics|al)", words[1]):
        return [_candidate(text, run, hint="organisation")]  # "General Motors", "General
        # Electric", "General Dynamics": a firm named with the adjective a rank is spelt as,
        # before a plural or an adjective no one bears as a name (but "General Milley"),
        # and its arm in a region or country after it, "General Electric Africa"
    last_title = -1
    chained = -1  # the last word read as part of a title of several words
    bodies = {j for j in range(len(words)) if _titles_body(words, j, titles)}

    def executive(j: int) -> bool:
        """"Interim Executive", "Chief Executive" before a person's given name: a post,
        though "Executive" alone opens bodies' names ("Executive Yuan")."""
        return words[j] == "Executive" and j >= 1 and words[j - 1] in ROLE_MODIFIERS and \
            j + 2 < len(words) and words[j + 1] in know.given_names

    for k, word in enumerate(words[:-1]):
        if word in SHEIKH and k > 0 and last_title < 0:
            break  # inside a name, not before it: "Sidi Ould Cheikh Abdallahi"
        if k >= 2 and word.endswith("s") and word.casefold() not in titles and \
                _is_title(word, titles) and (words[k - 1] in ("for", "of") or (
                    words[k - 2] in ("for", "of") and (words[k - 1] in know.country_codes
                                                       or know.is_demonym(words[k - 1])))):
            break  # "Code of Conduct for U.S. Judges": whom a code is for, no title
        if k in bodies:
            break  # "… Lawyers for Human Rights": a body named for its members, no title
        if word == "Member" and words[k + 1] in ("States", "State", "Countries", "Nations"):
            break  # "the Member States and the European Commission": the Union's countries
        if word == "Justice" and k >= 1 and words[k - 1] in _KINDS_OF_JUSTICE:
            break  # "… Agency for Criminal Justice Cooperation": a field, no judge's title
        if word.endswith("s") and word.casefold() not in titles and _is_title(word, titles) \
                and last_title < 0 and words[k + 1][:1].isupper() and \
                ((words[k + 1] not in know.given_names and words[k + 1] not in know.surnames
                  and not someones_surname(text, words[k + 1], know)
                  and "and" not in words[k + 1:])
                 or (k + 2 < len(words) and words[k + 2] == "of")) and \
                not re.fullmatch(r"(?:[A-Z]\.)+", words[k + 1]) and \
                not (_is_title(words[k + 1], titles) and words[k + 1] not in ORGANISATION_HEADS):
            break  # "National Inventors Hall of Fame", "Inventors Eye": a name holding its
            # members' plural (but "Senators Lamar Alexander", "Entomologists Ron Cave";
            # and "Ranking Members Representative Steve Cohen": each member's own title)
        if (_is_title(word, titles) and not _head_of_a_name(words, k, know)) or \
                word.rstrip(".") in HONORIFICS or executive(k) or (
                word == "Minster" and k > 0 and words[k - 1] == "Prime") or (
                word in _POLICE_RANK_LETTERS and _named_after_rank(words[k + 1:], know)) or (
                k == 0 and _post_spelt_after(text, run, word)):
            # ("PC Anil Celebi", "DCI Jane Lee": a British police rank by its letters,
            # before a person's names only: "PC Gamer" is a magazine; "DSO Scott
            # Constantine, Deputy Station Officer of …": letters the post after the name
            # spells)
            # ("Prime Minster Kishida": the office's common misprint, still a title)
            last_title = k
        elif word in RANK_PARTS and ((k > 0 and last_title == k - 1) or _is_title(
                words[k + 1], titles)):
            last_title = k  # "Sergeant Major", "Petty Officer", "Command Sgt. Maj."
        elif last_title == k - 1 >= 0 and (
                (ORDINAL.fullmatch(word) and words[k + 1] == "Class") or
                (word == "Class" and ORDINAL.fullmatch(words[k - 1]))):
            last_title = k  # "Petty Officer 1st Class William James"
        elif word == "Under" and _is_title(words[k + 1], titles):
            last_title = k  # "Deputy Under Secretary Alexis Taylor"
        elif word in ("State", "Staff") and k >= 2 and words[k - 1] == "of" and \
                last_title == k - 2:
            last_title = k  # "Secretary of State Clinton", "Chief of Staff Ann Lee"
        elif word in ROLE_MODIFIERS or word in ("of", "the", "for"):
            continue
        elif last_title >= 0 and word in know.country_codes and "." in word and \
                k + 1 < len(words) and _title_follows(words, k + 1, titles):
            continue  # "Assistant U.S. Attorney General Kristen Clarke": the country's
            # letters inside the title
        elif last_title < 0 and word in PORTFOLIO and _portfolio_before_title(words, k, titles):
            continue  # "Disability Services Minister …", "Natural Resources and Water Minister
            # …": a portfolio of several words before its minister's title
        elif k + 1 < len(words) and (_title_follows(words, k + 1, titles) or any(
                executive(j) for j in range(k + 1, len(words) - 1))) and (
                last_title < 0 or word in PORTFOLIO or (
                    last_title == k - 1 and (word.endswith(_ROLE_ADJECTIVE_ENDINGS)
                                             or words[k - 1] in ROLE_MODIFIERS)
                    and word not in know.given_names) or (
                    chained == k - 1 >= 1 and _is_title(words[k + 1], titles)
                    and word not in know.given_names)) and \
                not _body_of_titles(words, k, know) and not any(j > k for j in bodies):
            chained = k  # ("Chief Administrative Law Judge Carmen Cintron": the field
            # after the adjective, right before the title)
            continue  # "Environment" of "Environment Minister", "Operating" of "Chief
            # Operating Officer", "Multimedia" of "Deputy Multimedia Editor" (but "Conference of
            # Presidents of …", "Summit of First Ladies …" name a body or an event)
        else:
            break
    if 0 <= last_title < len(words) - 1 and run[last_title].possessive and \
            not any(_any_head(w) for w in words[last_title + 1:]):
        return _cut(text, run[last_title + 1:], know, surnames)  # "the First Minister’s
        # Christmas card": what the office holder owns, no one the title names
    while 0 <= last_title < len(words) - 1 and words[last_title + 1] in ROLE_MODIFIERS and (
            last_title + 2 == len(words) or words[last_title + 2] in ("of", "for")):
        last_title += 1  # "Chief Executive of Bristol City Council": the title's last word
    if 0 <= last_title < len(words) - 2 and run[last_title].possessive and \
            words[last_title + 1] in ORGANISATION_HEADS and \
            words[last_title + 2] in know.given_names:
        last_title += 1  # "Head of the President's Office Andriy Yermak": the office's
    if last_title >= 3 and run[last_title].possessive and \
            words[last_title - 1] == "the" and words[last_title - 2] in ("of", "for") and \
            any(_any_head(w) for w in words[last_title + 1:]):
        earlier = next((j for j in range(last_title - 3, -1, -1)
                        if _is_title(words[j], titles)), None)
        if earlier is not None:
            last_title = earlier  # "President of the Queen’s Privy Council for Canada": the
            # second title's possessive opens the body's name, the first is the post
    out: list[Candidate] = []
    if last_title < 0 and 3 <= len(words) <= 5 and _is_title(words[-1], titles) and \
            words[-2] in _CHAMBERS and know.places.get(" ".join(words[:-2])) in (
                "region", "country"):
        return [_candidate(text, run[:-1], hint="organisation")]  # "the Kentucky Senate
        # President", "the former Tennessee House Speaker": a state's chamber, then its
        # presiding officer's title, whom the story does not name there
    if last_title < 0 and len(words) == 2 and words[1] in _FIRMS_TITLES and \
            run[0].capitalised and not _is_title(words[0], titles) and \
            words[0] not in ROLE_MODIFIERS and words[0] not in _SIDES and \
            words[0] not in know.given_names and not know.is_demonym(words[0]) and \
            not know.big_place(words[0]):
        return [_candidate(text, run[:1], hint="organisation")]  # "the MyPillow CEO", "a
        # Tesla founder": the firm, then its officer's title, whom the story does not name
        # there
    if words == ["Class"] and re.match(r"[^\S\n]+[A-E]\b", text[run[-1].end:run[-1].end + 3]):
        return []  # "importing a Class A controlled drug": a drug's or an offence's class by
        # its letter, no name
    if len(words) >= 2 and words[-1] in ("Ministers", "Secretaries", "Commissioners") and \
            all(w in PORTFOLIO or w in ROLE_MODIFIERS or (k == 0 and (
                w.isupper() or know.big_place(w) or know.is_demonym(w)))
                for k, w in enumerate(words[:-1])) and \
            not text.startswith(" (", run[-1].end) and (
                (words[0] not in PORTFOLIO and words[0] not in ROLE_MODIFIERS)
                or _PAIR_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)):
        # "the Japan-U.S. Foreign Ministers’ Telephone Talk", "EU Finance Ministers": a
        # post's plural, the ministers of the countries before it, no one name, but the
        # union or the country that opens it may be one (and "Community Services Ministers
        # (CSM)" meet as a body known by its letters; and with no country before them,
        # "the Agriculture Ministers' Joint Statement" may name their body as its letters do)
        return [] if words[0] in PORTFOLIO or words[0] in ROLE_MODIFIERS else \
            [_candidate(text, run[:1])]
    if last_title < 0:
        # (a plural title alone, "Ministers", names no one either; but "Community Services
        # Ministers" meet as a body)
        if ((words[-1].casefold().rstrip(".") in titles and words[-1] not in _TITLE_OPENERS)
                or (len(words) == 1 and _is_title(words[0], titles))) and len(words) <= 3 and \
                not _acronym_not_title(words) and \
                words[-1] not in PLACE_HEADS and words[-1] not in ORGANISATION_HEADS and \
                words[0] not in ORGANISATION_HEADS and words[0] not in EVENT_HEADS and \
                words[0] not in know.given_names and words[0] not in NOBLE and \
                not (words[0].isupper() and len(words[0]) >= 3 and words[0].isalpha()
                     and words[0] not in know.country_codes
                     and words[0].title() in know.given_names) and \
                words[0] != "New" and not (words[0] == "The" and words[-1] in _TITLED_OUTLETS) \
                and not (len(words) == 1 and words[0].isupper()
                         and text[max(0, run[0].start - 1):run[0].start] == "("
                         and text.startswith(")", run[-1].end)) \
                and not (
                    (words[-1] in know.given_names or words[-1] in know.surnames)
                    and not all(_is_title(w, titles) or w in ROLE_MODIFIERS
                                or w in PORTFOLIO or know.is_demonym(w) for w in words[:-1])):
            # "Prime Minister", "Republican Congressman": a role with no name (but "Gazi
            # Baba", a place, ends in a rare title that is also a name; "(DA)" after a
            # councillor's name, the letters of her party; "New Scientist" and
            # "New Statesman", magazines named as no role is; and "MICHAEL BURGESS" in
            # capitals opens with a given name, though a burgess is a title)
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
        if len(run) > 4 and run[2].text == "of" and run[3].text == "the" and \
                run[1].text in PLACE_HEADS and run[-1].text in ORGANISATION_HEADS and \
                run[0].capitalised:
            # "the South Lawn of the White House": a place, then the body whose grounds it is
            return [_candidate(text, run[:2], hint="place"),
                    *_cut_part(text, run[4:], know, surnames)]
        if len(run) > 4 and run[2].text == "of" and run[3].text == "the" and \
                run[0].capitalised and run[1].capitalised and \
                run[0].text not in COMPASS_POINTS and run[1].text not in PLACE_HEADS and \
                _person_like(run[:2], know, surnames) and (
                    any(t.text in ORGANISATION_HEADS for t in run[4:]) or
                    any(_titles_body(words, j, titles) for j in range(4, len(words)))) and \
                not any(t.text in LAW_HEADS for t in run[5:]):
            # "Dzimbabwe Chimbga of the Zimbabwe Lawyers for Human Rights": a person, then
            # the body they speak for (not "the Implementing Recommendations of the 9/11
            # Commission Act", a law)
            return [_candidate(text, run[:2], hint="person"),
                    *_cut_part(text, run[4:], know, surnames)]
        if len(run) == 4 and run[2].text == "for" and run[3].text in ELECTED_OFFICES:
            return [_candidate(text, run, hint="organisation")]  # "John Edwards for
            # President": a campaign's committee (the runs keep "for" only then)
        if len(run) > 3 and run[2].text in ("of", "for") and (
                _person_named(run[:2], know) or (
                    run[2].text == "of" and (
                        (len(run) == 4 and _STATE_AFTER.match(text, run[-1].end))
                        or (len(run) == 5 and run[-1].text.rstrip(".") in STATE_ABBREVIATIONS))
                    and all(t.capitalised and not t.acronym and not _any_head(t.text)
                            and not _is_title(t.text, titles) for t in run[:2]))):
            # "Pablo Lopez of Norcross": a person, then where or whom they are from (a
            # given name the tables lack when a state's abbreviation follows the town:
            # "Cyndy Andrus of Bozeman, Mont.")
            after = _trim(run[3:], know)
            return [_candidate(text, run[:2], hint="person"),
                    *(_cut_part(text, after, know, surnames) if after else [])]
        return [_candidate(text, run)]
    head = words[last_title].rstrip(".")
    if head in ("Queen", "King", "Prince", "Princess", "Duke", "Duchess") and \
            last_title == len(run) - 2 and words[-1] in _STREET_HEADS:
        return [_candidate(text, run, hint="place")]  # "Cardiff Queen Street", "King Street":
        # a street named for a monarch, no one's title
    if head in NOBLE and last_title == 0 and (len(run) <= 3 or (
            len(run) in (4, 5) and words[2] == "of" and run[1].capitalised)):
        # "Lord Liverpool", "Queen Elizabeth II", "Lord Wilson of Sedgefield" (a peer's
        # title names the place)
        return [_candidate(text, run, hint=None if head in ("St", "Saint") else "person")]
    prefix = run[:last_title]
    while prefix and prefix[0].text in _FORMERLY:
        prefix = prefix[1:]  # "Former Tennessee House Speaker Glen Casada": the chamber is
        # no former one, its speaker is
    if (head in _PORTFOLIO_TITLES or (head == "Administrator" and not any(
            t.text in ORGANISATION_HEADS for t in prefix))) and any(
            t.text in PORTFOLIO for t in prefix) and all(
            t.text in PORTFOLIO or t.text in ROLE_MODIFIERS or t.text in ("and", "&")
            for t in prefix):
        prefix = []  # "Disability Services Minister …": the minister's portfolio, no body;
        # "Maritime Administrator …": the head of the Maritime Administration
    while prefix and (prefix[-1].text in RANK_PARTS or prefix[-1].text in ROLE_MODIFIERS
                      or prefix[-1].text == "Under" or _is_title(prefix[-1].text, titles)
                      or (prefix[-1].text in ("Watch", "Station", "Sector")
                          and head in ("Officer", "Manager", "Commander", "Supervisor"))
                      or (prefix[-1].text in _FIELDS and head in _ACADEMIC_TITLES)
                      or (prefix[-1].text in ("Democratic", "Republican")
                          and head in ("Leader", "Whip"))):
        # ("Senate Democratic Leader Charles E. Schumer": his party's leader in the Senate)
        # ("Harvard Government Professor …": the professor's field, not the body's name;
        # "Belfast Coastguard Watch Officer …": a shift's officer, no watch of a body)
        prefix = prefix[:-1]  # "U.S. Army Europe Command Sgt. Maj.": "Command" is the rank's
    if len(prefix) >= 2 and prefix[0].text in ROLE_MODIFIERS and all(
            t.text in ROLE_MODIFIERS or t.text.casefold() in _lower_case_words(text)
            for t in prefix):
        prefix = []  # "Senior Project Manager …" where the story writes "project": the
        # post's own words, no body
    post = next((j for j, t in enumerate(prefix) if t.text not in ROLE_MODIFIERS), 0)
    if post >= 1 and len(prefix) == post + 1 and prefix[post].text in ORGANISATION_HEADS:
        prefix = []  # "Chief Cabinet Secretary Suga", "Deputy Chief Cabinet Secretary …": a
        # body's head word inside the post's name, no body named
    if len(prefix) >= post + 3 and prefix[post].text in _PORTFOLIO_TITLES and \
            prefix[post + 1].text in ("for", "of") and \
            not any(_any_head(t.text) or know.places.get(t.text) for t in prefix[post + 2:]):
        prefix = []  # "(Assistant) Minister for Foreign Affairs Senator Penny Wong": the post
        # and its portfolio before her own title, no body
    if prefix and last_title + 1 < len(words) and \
            words[last_title + 1] in ("for", "of") and all(
                t.text in ("and", "&") or t.text in PORTFOLIO
                or (not t.acronym and (t.text.casefold() in know.common_words
                                       or _FIELD_NOUN.fullmatch(t.text))) for t in prefix):
        prefix = []  # "Outreach and Social Media Coordinator for the Gray's Reef …": the
        # post's fields, common nouns; the body comes after "for"
    fielded = len(prefix) < last_title and run[len(prefix)].text in _FIELDS
    if fielded and len(prefix) == 1 and prefix[0].capitalised and not prefix[0].initial:
        out.append(_candidate(text, prefix, hint="organisation"))  # "Harvard" of "Harvard
        # Government Professor …": the institution the professor teaches at
    elif len(prefix) >= 3 and prefix[0].capitalised and prefix[-1].capitalised and \
            any(t.text in ("of", "for") for t in prefix[1:-1]):
        # "Voice of America Director David S. Jackson": the organisation before the title
        out.append(_candidate(text, prefix, hint="organisation"))
    elif len(prefix) >= 2 and prefix[-1].capitalised and any(
            t.text in ORGANISATION_HEADS for t in prefix) and not (
            prefix[0].text == "Union" and any(w in ("Minister", "Ministers", "Secretary")
                                              for w in words[:last_title + 1])):
        # (not "Union Home and Cooperation Minister Shri Amit Shah": India's federal
        # government calls its ministers "Union"; the rest is the portfolio)
        # "V Corps Command Sgt. Maj. Ralph Beam", "U.S. Army Europe Command Sgt. Maj. …"
        head_at = max(k for k, t in enumerate(prefix) if t.text in ORGANISATION_HEADS)
        if 0 < head_at < len(prefix) - 1 and not any(
                know.places.get(t.text) for t in prefix[head_at + 1:]):
            prefix = prefix[:head_at + 1]  # "White House Domestic Policy Advisor …", "White
            # House Press Secretary …": the body is the White House; the rest is the post
        out.append(_candidate(text, prefix, hint="organisation"))
    elif len(prefix) >= 2 and prefix[0].capitalised and not any(t.possessive for t in prefix) \
            and ((len(prefix) >= 3 and prefix[-1].text in PLACE_HEADS)
                 or (len(prefix) == 2 and prefix[-1].text in PLACE_HEADS
                     and prefix[0].text in know.places)  # "Moscow Region Governor …"
                 or (len(prefix) == 2 and prefix[-1].text in _ADMINISTERED_UNITS
                     and prefix[0].capitalised and prefix[0].text not in ROLE_MODIFIERS)
                 # "Holmes County Sheriff Willie March", "Novgorod Region Governor Andrei
                 # Nikitin" (whatever the gazetteer knows of the first word)
                 or " ".join(t.text for t in prefix) in know.places):
        # "Chamizal National Memorial Superintendent …", "Ciudad Juárez Mayor …"
        out.append(_candidate(text, prefix))
    elif len(prefix) == 1 and prefix[0].acronym and len(prefix[0].text) >= 2 and \
            prefix[0].text not in know.country_codes:  # (a country's: "U.S. Attorney …")
        out.append(_candidate(text, prefix, hint="organisation"))  # "FBI Special Agent …"
    elif len(prefix) == 1 and prefix[0].text in know.country_codes and \
            know.places.get(know.country_codes[prefix[0].text]) == "region":
        out.append(_candidate(text, prefix, hint="place"))  # "BC Minister of …": a
        # province's letters before its minister's title
    elif len(prefix) >= 2 and prefix[-1].text in LOCAL_BODY_LETTERS and \
            all(t.capitalised for t in prefix):
        out.append(_candidate(text, prefix, hint="organisation"))  # "San Angelo ISD
        # Superintendent Christopher Moran": the town's school district
    elif len(prefix) == 1 and _body_before_title(text, prefix[0], know):
        out.append(_candidate(text, prefix))  # "Microsoft CEO Satya Nadella", "iCommons
        # Executive Director Christiane Asschenfeldt": the body the post is in
    elif len(prefix) in (2, 3) and _body_words_before_title(text, prefix, know):
        out.append(_candidate(text, prefix, hint="organisation"))  # "Mudiad Meithrin Chief
        # Executive", and "… to work with Mudiad Meithrin to …": the body the post is in
    elif len(prefix) >= 2 and prefix[0].text in PORTFOLIO and \
            know.places.get(prefix[-1].text) == "country" and \
            all(t.text in PORTFOLIO or t.text in ("and", "&") for t in prefix[:-1]):
        out.append(_candidate(text, prefix, hint="organisation"))  # "Transport Canada
        # Associate Deputy Minister …": a national department named for its field and its
        # country ("Health Canada", "Sport New Zealand")
    elif prefix:  # (none left: "Maritime Administrator", a post and its field)
        k = 0
        while k < last_title:  # "Melbourne Lord Mayor", "Texas Governor …": the place
            end = next((e for e in range(last_title, k, -1)
                        if all(t.capitalised for t in run[k:e])
                        and know.big_place(" ".join(words[k:e]))), None)
            if end is None:
                k += 1
                continue
            if k > 0 and end == len(prefix) and all(
                    t.capitalised and not t.acronym and t.text not in ROLE_MODIFIERS
                    and t.text not in _COMPASS_SIDES and t.text not in _PLACE_QUALIFIERS
                    and t.text not in know.given_names and not know.is_demonym(t.text)
                    and not _is_title(t.text, know.titles) for t in run[:k]):
                out.append(_candidate(text, run[:end], hint="organisation"))  # "Air France
                break  # CEO Frédéric Gagey": a body named with its country, not the country
            out.append(_candidate(text, run[k:end]))  # (the whole of "San Angelo", not
            k = end  # "San", a town in Mali)
    rest = run[last_title + 1:]
    role_end = last_title + 1
    unowned = False  # (whether the role before belongs to someone else)
    if len(rest) >= 3 and rest[0].text == "of" and rest[1].text in ("Mission", "Staff") and \
            words[last_title] in ("Chief", "Head", "Chiefs", "Heads") and \
            rest[2].capitalised and not rest[2].acronym:
        role_end += 2  # "Deputy Chief of Mission Sonnek", "Chief of Staff Ron Klain": a
        rest = rest[2:]  # title whose "of" names no body, then the holder
    field = _field_before_holder(rest, know, surnames)
    if field:
        role_end += 1 + field  # "LSST Corporation Director of Science Jeno Sokoloski",
        rest = rest[1 + field:]  # "Minister of Foreign Affairs Kang Kyung-wha": the field
        # the post is for, in common words, then the holder
    if len(rest) >= 3 and rest[0].text in PORTFOLIO and rest[1].text in know.given_names and \
            words[last_title] in _PORTFOLIO_TITLES:
        role_end += 1  # "Associate Minister Health Julie Anne Genter": the portfolio after
        rest = rest[1:]  # the title, its "of" left out, then the holder
    if rest and rest[0].text in ("of", "for") and len(rest) > 1:
        # "CEO of the Refugee Council Enver Solomon": the organisation ends at its head word
        k = 1
        while k < len(rest) and rest[k].text in ("the", "of"):
            k += 1
        org_start = k
        while k < len(rest) and rest[k].text not in ORGANISATION_HEADS and not (
                rest[k].text in _SITE_HEADS and k > org_start) and not (
                k == org_start and rest[k].acronym and k + 1 < len(rest)
                and rest[k].text not in know.country_codes
                and rest[k + 1].text not in ORGANISATION_HEADS
                and not (k + 2 == len(rest)
                         and know.places.get(rest[k + 1].text) in ("country", "region"))):
            # (but "President of NUS Scotland": a body's letters, then its country's branch)
            k += 1  # (an acronym is a body by itself: "Executive Secretary of the UNFCCC …";
            # but a country's leads the body's name: "Speaker of the US House of …", and so
            # do a body's letters before a head: "Officer for the CMS Center for …")
        if k == org_start and k + 2 < len(rest) and rest[k].acronym and \
                rest[k].text not in know.country_codes and (
                    rest[k + 1].text in know.languages or know.is_demonym(rest[k + 1].text)
                    or know.places.get(rest[k + 1].text) == "country"):
            k += 1  # "Managing Editor of VOA Hausa and Idrissa Fall": a broadcaster's
            # service in a language or for a country, then someone else
        later = next((m for m in range(len(rest) - 2, k, -1)
                      if k < len(rest) and rest[k].text in ORGANISATION_HEADS
                      and rest[m].text in ORGANISATION_HEADS
                      and all(t.capitalised and not t.acronym for t in rest[k:m + 1])
                      and not any(t.text in know.given_names for t in rest[k + 1:m])), None)
        if later is not None:
            k = later  # "Chairman of the House International Relations Committee Henry
            # Hyde": the body's name runs to its last head, before the person
        while k + 2 < len(rest) and rest[k + 1].text == "of":
            k += 2  # "Church of Scientology", "University of Texas"
            if rest[k].text == "the" and k + 1 < len(rest) and rest[k + 1].capitalised:
                k += 1  # "Office of the President of Ukraine"
            if k + 1 < len(rest) and know.places.get(f"{rest[k].text} {rest[k + 1].text}") in (
                    "country", "region", "continent"):
                k += 1  # "Associate Justice of the Supreme Court of the United States": a
                # country of two words ends the body's name
            if k + 2 == len(rest) and rest[k + 1].text.endswith("s") and \
                    _is_title(rest[k + 1].text[:-1], titles) and (
                        know.places.get(rest[k].text)
                        or know.places.get(f"{rest[k - 1].text} {rest[k].text}")):
                k += 1  # "Director of the Executive Office of United States Attorneys": the
                # office of a country's officers, their plural title ending its name
        head = next((m for m in range(k + 1, len(rest) - 2)
                     if rest[m].text in ORGANISATION_HEADS), None)
        if head is not None and rest[head + 1].text in ("for", "on") and \
                all(t.capitalised and not t.acronym and t.text not in know.given_names
                    and not _is_title(t.text, titles) for t in rest[k + 1:head + 1]):
            k = head  # "Chairman of the Group of Ten Working Party on …": the name goes on
            # to a second head, then what the body is for
        tail = rest[k + 1:]
        if 0 < k < len(rest) - 1 and rest[org_start - 1].text in ("the", "of") and \
                len(tail) <= 3 and \
                any(t.text in ORGANISATION_HEADS for t in tail) and \
                all(t.capitalised and not t.acronym and t.text not in know.given_names
                    and t.text not in know.surnames and not _is_title(t.text, titles)
                    for t in tail):
            k = len(rest) - 1  # "Chairman of the Board of Governors of the Federal Reserve
            # System", "Director of the Water Systems Analysis Group": the last body's name
            # runs to the end, no one named after it
        named = next((m for m, t in enumerate(tail) if t.text in know.given_names), None)
        if named is not None and 1 <= named <= 2 and 2 <= len(tail) - named <= 3 and \
                k > 0 and (rest[k - 1].text == "of" or (
                    org_start >= 1 and rest[org_start - 1].text == "for")) and \
                all(t.text in PORTFOLIO and t.capitalised for t in tail[:named]):
            k += named  # "Secretary of the Department of Veterans Affairs Denis McDonough":
            # the field the body is for, then the person; "Deputy Associate Administrator
            # for Exploration Systems Development Cathy Koerner": what the post is for
        while k > 1 and k + 2 == len(rest) and rest[k - 1].text == "of" and \
                rest[k + 1].capitalised and not rest[k + 1].acronym and \
                not _is_title(rest[k + 1].text, titles) and \
                rest[k + 1].text not in know.given_names and \
                rest[k + 1].text not in know.surnames:
            k += 1  # "Office of Presidential Personnel": the name's last word after "of"
            # (but "… of Ukraine Ihor Zhovkva": two words after it are a person)
        if k > 0 and k + 2 < len(rest) and rest[k + 1].text in ("and", "&") and \
                rest[k - 1].text == "of" and len(rest) - k - 2 <= 3 and not any(
                    _is_title(t.text, titles) for t in rest[k + 2:]) and \
                all(t.capitalised and not t.acronym for t in rest[k + 2:]) and \
                rest[-1].text not in know.surnames:
            k = len(rest) - 1  # "Secretary of the Department of Housing and Urban
            # Development": the body's name goes on after "and", no one named after it
        skip = 1 if k + 3 < len(rest) and rest[k + 2].text == "the" else 0
        purpose = False  # (whether the name goes on with what the body is for)
        if k + 4 < len(rest) and rest[k].text in ORGANISATION_HEADS and \
                rest[k + 1].text == "for" and "Against" in [t.text for t in rest[k + 2:-1]] and \
                all(t.capitalised or t.acronym or t.text == "the" for t in rest[k + 2:]):
            k = len(rest) - 1  # "Interim Chair of the Commission for Public Complaints
            purpose = True  # Against the RCMP": the body's whole name, no one after it
        field_in = k + 4 + skip < len(rest) and rest[k + 3 + skip].text in ("in", "on") and \
            rest[k + 4 + skip].capitalised  # ("Center for Research in Pediatric …")
        if k + 2 + skip < len(rest) and rest[k].text in ORGANISATION_HEADS and \
                rest[k + 1].text == "for" and rest[k + 2 + skip].capitalised and \
                (rest[k + 2 + skip].text not in PORTFOLIO or field_in):  # (not "… Union for
            # Foreign Affairs"; but "Foundation for the National Archives Thomas E. Wheeler")
            k += 2 + skip  # "International Organization for Migration Antonio Vitorino": the
            purpose = True
            if field_in:
                k += 2  # "Director of the Center for Research in Pediatric Immune
                # Deficiency": a field "in" or "on" a subject, all the body's name
            while k + 2 < len(rest) and rest[k + 1].capitalised and \
                    rest[k + 1].text not in know.given_names and \
                    not _is_title(rest[k + 1].text, titles):
                k += 1  # body's purpose, up to the person's given name or title
        if k + 2 < len(rest) and rest[k].text in ORGANISATION_HEADS and \
                rest[k + 1].text == "to" and rest[k + 2].capitalised and \
                rest[k + 2].text not in know.given_names:
            k += 2  # "CEO of the Committee to Protect Journalists": the body's purpose
            purpose = True
            while k + 1 < len(rest) and rest[k + 1].capitalised and \
                    rest[k + 1].text not in know.given_names and \
                    not (_is_title(rest[k + 1].text, titles) and k + 2 < len(rest)
                         and not rest[k + 1].text.endswith("s")):
                k += 1  # after "to", up to the person's given name or title (a plural
                # is no one's title: "… to Protect Journalists Jodie Ginsberg")
        given = next((p for p in range(org_start + 1, len(rest) - 1)
                      if rest[p].text in know.given_names and rest[p + 1].capitalised
                      and not _region_or_country(rest[p:p + 1], know)  # (not "France")
                      and not (rest[p].text in _COMPASS_SIDES and p > org_start
                               and rest[p + 1].text in know.given_names)), None)
        # (not "Member for Bendigo West Maree Edwards": the seat's side, then her name; nor
        # "CEO of Sanford Health": a title's "of" names what it heads, never its holder)
        if given is not None and given + 2 < len(rest) and know.big_place(rest[given].text) \
                and rest[given + 1].text in know.given_names:
            given += 1  # "Mayor of Florence Dario Nardella": a city that is a name too
        if given is None and rest[-1].text in know.surnames and not rest[-1].acronym:
            lower = _lower_case_words(text)
            given = next((p for p in range(max(org_start + 1, len(rest) - 3), len(rest) - 1)
                          if rest[p - 1].capitalised and rest[p - 1].text.casefold() in lower
                          and all(t.capitalised and not t.acronym
                                  and t.text.casefold() not in lower
                                  and not _is_title(t.text, titles) for t in rest[p:])),
                         None)  # "Minister for Climate Action Alasdair Allan": a portfolio
            # in words the story writes in lower case ("climate", "action"), then a person
            # named by words it never does, ending in a surname (a given name the tables
            # lack)
        if given is None and len(rest) - org_start >= 3 and rest[-1].text in know.surnames \
                and not rest[-1].acronym and rest[-3].text in PORTFOLIO and \
                rest[-2].capitalised and not rest[-2].acronym and rest[-2].text not in PORTFOLIO \
                and not _is_title(rest[-2].text, titles) and not know.is_demonym(rest[-2].text):
            given = len(rest) - 2  # "Minister for Welsh Language and Lifelong Learning Eluned
            # Morgan": a portfolio's last field, then a given name the tables lack and a
            # surname they know
        if given is None and len(rest) - org_start >= 3 and \
                (rest[-3].text in PORTFOLIO or rest[-3].text in ORGANISATION_HEADS) and \
                re.match(r"[^\S\n]+(?:said|says|told|added|explained)\b",
                         text[rest[-1].end:]) and \
                all(t.capitalised and not t.acronym and t.text not in PORTFOLIO
                    and not _any_head(t.text) and not _is_title(t.text, titles)
                    and not know.places.get(t.text) for t in rest[-2:]):
            given = len(rest) - 2  # "Minister of Māori Development Nanaia Mahuta said": a
            # portfolio, then two names no table knows, whom the speech verb after makes a
            # person
        if given is None:
            given = next((p for p in range(org_start + 1, len(rest) - 2)
                          if (rest[p].text in OFFICE_TITLES
                              or rest[p].text.rstrip(".") in HONORIFICS)
                          and len(rest) - p - 1 <= 3
                          and all(t.capitalised and not t.acronym
                                  and not _is_title(t.text, titles) and not _any_head(t.text)
                                  for t in rest[p + 1:])), None)
            # "Assistant Minister for Indigenous Health Senator Malarndirri McCarthy": the
            # portfolio, then the holder's own title before a name the tables lack
        while k + 2 < len(rest) and rest[k + 1].text in ("and", "&") and \
                rest[k + 2].text in PORTFOLIO and \
                all(t.text in PORTFOLIO or t.text in CONNECTORS_BASE
                    for t in rest[org_start:k + 1]):
            k += 2  # "Vice President for Administration and Finance Cynthia Huger": one
            # portfolio of two fields, the first a body's head word too
        tail = rest[k + 1:]
        if tail and (rest[k].text in ORGANISATION_HEADS or purpose) and \
                tail[-1].capitalised and not tail[-1].acronym and \
                all(t.capitalised or t.text in ("and", "&", "of", "the", "for", "on")
                    for t in tail) \
                and not any(t.text in know.given_names or _is_title(t.text, titles)
                            for t in tail) and \
                ((tail[0].text in ("for", "&", "and") and tail[1:2]
                  and tail[1].text not in PORTFOLIO)
                 or (tail[0].text == "on" and rest[k].text in _HEADS_ON and tail[1:2])
                 or (purpose and tail[-1].text not in know.surnames)
                 or (len(tail) == 1 and know.places.get(tail[0].text) == "country")):
            k = len(rest) - 1  # "Chief Medical Officer for the CMS Center for Medicare &
            # Medicaid Innovation", "Director of the Center for Disease Control", "Minister
            # of Indigenous Services Canada": no one
            # named after the body, whose name runs to the end (not "Members of Congress
            # What Life …", a headline going on; nor "High Representative of the Union for
            # Foreign Affairs …", a portfolio)
        if k < len(rest):
            organisation = rest[org_start:k + 1]
            if words[last_title] in _PORTFOLIO_TITLES and org_start == 1:
                organisation = _after_portfolio(organisation)
            if organisation and not all(t.text in PORTFOLIO or t.text in CONNECTORS_BASE
                                        for t in organisation) \
                    and not (org_start == 1 and len(organisation) == 1
                             and organisation[0].text in _TITLES_UNITS):
                out.append(_candidate(text, organisation, hint="organisation"))
            # ("Minister for Families and Social Services Anne Ruston": a portfolio)
            role_end = last_title + 1 + k + 1
            rest = rest[k + 1:]
        elif given is not None:
            # "Secretary of State Colin Powell": the role runs to the person's given name
            role_end = last_title + 1 + given
            place = rest[org_start:given]
            if place and place[-1].text in ("and", "&"):
                place, unowned = place[:-1], True  # "…, the Member for Newland and Rhiannon
                # Pearce, the Member for King": the seat is the person's before, not hers
            if place and (_region_or_country(place, know)  # "President of France Nicolas …"
                          or know.big_place(" ".join(t.text for t in place))
                          or (words[last_title] in ("Member", "MP", "MLA", "MPP")
                              and org_start > 0 and rest[org_start - 1].text == "for")):
                out.append(_candidate(text, place))  # (and "Member for Bendigo West …":
                # the seat)
            rest = rest[given:]
        elif (country := next((e for e in range(len(rest) - 1, org_start, -1)
                               if _region_or_country(rest[org_start:e], know)
                               and not know.places.get(" ".join(t.text
                                                                for t in rest[org_start:e + 1]))
                               and 1 <= len(rest) - e <= 3
                               and all(t.capitalised and not t.acronym for t in rest[e:])
                               and _person_like(rest[e:], know, surnames)), None)) is not None:
            # "President of the United States of America Barack Obama": the country the
            # role names, then the person (a given name the tables do not know; but "City
            # Clerk for Colorado Springs, Colo." names a city that opens with a state)
            out.append(_candidate(text, rest[org_start:country]))
            role_end = last_title + 1 + country
            rest = rest[country:]
        else:
            organisation = rest[org_start:]
            if not all(t.text in PORTFOLIO or t.text in CONNECTORS_BASE
                       for t in organisation) and \
                    not ((words[last_title] in _PORTFOLIO_TITLES or (
                        rest[0].text == "for" and not any(_any_head(t.text)
                                                          for t in organisation)
                        and words[last_title] not in _SEAT_TITLES))
                         and org_start == 1 and not _region_or_country(organisation, know)):
                # (nor "Vice President for Research Initiatives": what the post is for;
                # but "Member for Florey" names the seat)
                # "Minister of Transport", "Minister of Institutional Relations": a role only
                # (but "Foreign Ministers of Canada", "Minister for the National Disability
                # Insurance Scheme" name a country and a scheme)
                field = " ".join(t.text for t in organisation)
                if not (words[last_title] in _FIELD_HOLDERS and org_start == 1
                        and len(organisation) >= 2 and not _any_head(organisation[-1].text)
                        and not know.places.get(field)
                        and _alone(text, field) == _alone(text, f"{words[last_title]} of {field}")
                        and (organisation[0].text.casefold() in know.common_words
                             or (organisation[0].text.endswith(_ROLE_ADJECTIVE_ENDINGS)
                                 and not know.places.get(organisation[0].text)
                                 and organisation[0].text not in know.surnames))) and \
                        not (org_start == 1 and len(organisation) == 1 and field in _FIELDS
                             and words[last_title] in _ACADEMIC_TITLES):
                    out.append(_candidate(text, organisation))  # (nor "The U.S. Director
                    # of National Intelligence also has …", "said the Chief of Naval
                    # Research, Rear Admiral Jay Cohen": a post and its field; nor "the
                    # Roy L. Furman Professor of Law at Harvard Law School": a chair's field)
            rest = []
    if len(rest) >= 2 and rest[0].text == "in" and last_title == len(words) - len(rest) - 1:
        role_end += 2  # "Poet Laureate Consultant in Poetry", "Writer in Residence Ann Lee"
        rest = rest[2:]
    second = next((n for n in (1, 2) if len(rest) > n + 2 and rest[0].text in ("and", "&")
                   and any(w in _PORTFOLIO_TITLES for w in words[:last_title + 1])
                   and all(t.text in PORTFOLIO for t in rest[1:n + 1])
                   and (rest[n + 1].text in know.given_names or rest[n + 1].text in NOBLE
                        or rest[n + 1].text.rstrip(".") in HONORIFICS
                        or _is_title(rest[n + 1].text, titles))), None)
    if second is not None:
        role_end += 1 + second  # "Minister of Justice and Islamic Affairs Sheikh Khaled …":
        rest = rest[1 + second:]  # the portfolio's second field, then its holder
    if len(rest) > 3 and rest[0].text in ("and", "&") and _is_title(rest[1].text, titles):
        role_end += 1  # "… for Administration and Finance and Head of Agency Cynthia Huger":
        rest = rest[1:]  # a second title joined to the first
    elif len(rest) >= 2 and rest[0].text in ("and", "&") and role_end == last_title + 1 and \
            rest[1].text.rstrip(".") not in HONORIFICS and rest[1].text not in NOBLE and \
            not _any_head(words[-1]):
        return out + _cut(text, _trim(rest[1:], know), know, surnames)  # "the First
        # Minister and NHS Greater Glasgow and Clyde’s team": the office holder by the
        # title alone, then a body of its own (but "Mayor and Mrs. Lee"; and "Researcher and
        # Reference Services Division" is one body's name)
    elif len(rest) >= 3 and rest[0].text in ("and", "&") and out and \
            rest[1].text.rstrip(".") not in HONORIFICS and rest[1].text not in NOBLE and \
            _person_like(rest[1:], know, surnames):
        return out + _cut(text, rest[1:], know, surnames)  # "Managing Editor of VOA Hausa
        # and Idrissa Fall of …": the post of someone named before, then another person
    while len(rest) > 2 and (_is_title(rest[0].text, titles) or rest[0].text.rstrip(".") in
                             HONORIFICS or (rest[0].text == "the" and (
                                 rest[1].text.rstrip(".") in HONORIFICS))):
        role_end += 1  # "Minister for Families and Social Services Senator the Hon. Anne
        rest = rest[1:]  # Ruston": more titles after the portfolio
        if len(rest) > 3 and rest[0].text in ("of", "for") and rest[1].text in _TITLES_UNITS:
            role_end += 2  # "… and Head of Agency Cynthia Huger"
            rest = rest[2:]
    initial = len(rest) >= 2 and rest[0].text in ("A", "I") and \
        words[last_title].rstrip(".") in HONORIFICS and rest[1].capitalised and \
        not rest[1].acronym and text[rest[0].end:rest[1].start] == " "
    rest = rest if initial else _trim(rest, know)  # ("Dr A McGarel", "Mr I Smith": an
    # initial after an honorific, not an article)
    if not rest or (all(_is_title(t.text, titles) or t.text in PORTFOLIO or t.text in
                       ROLE_MODIFIERS or (t is not rest[-1] and _is_title(rest[-1].text, titles)
                                          and t.text.endswith(_ROLE_ADJECTIVE_ENDINGS)
                                          and t.text not in know.given_names)
                       for t in rest) and not (
                len(rest) >= 2 and rest[-1].text in ORGANISATION_HEADS
                and not _is_title(rest[-1].text, titles))):  # ("Deputy Commerce Minister",
        # "Chief Executive", "Chief Operating Officer": a role alone; but "United States
        # General Services Administration" is a body, its "General" no rank)
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
    rest = _noun_after_surname(rest, know, surnames)
    of_the = next((k for k in range(1, role_end - 2) if words[k] == "of" and words[k + 1] == "the"
                   and any(w in ORGANISATION_HEADS for w in words[k + 2:role_end])), None)
    if of_the is not None and rest and words[role_end - 1][:1].isupper() and (
            (rest[0].capitalised and any(t.text == "and" for t in rest[1:-1]))
            or (len(rest) >= 2 and rest[0].text == "on")) and \
            len(run) - role_end == len(rest) and run[-len(rest):] == rest and \
            not any(t.text in know.given_names or t.acronym for t in rest):
        body = run[of_the + 2:]
        return [*(c for c in out if not body[0].start <= c.start < body[-1].end),
                *_cut_part(text, body, know, surnames)]  # "Director of
        # the National Institute of Biomedical Imaging and Bioengineering", "Director of the
        # Office on Women's Health": a post in a body whose fields, joined by "and" or
        # after "on", end its name, no one's names after the post (not "High
        # Representative of the Union for Foreign Affairs and Security Policy": a post's
        # title goes on after "for")
    if any(t.text == "and" for t in rest[1:-1]):
        # "Secretary of State Rex Tillerson and Russian Foreign Minister Sergey Lavrov",
        # "Presidents Trump and Putin": the names after the title are a run of their own
        role_text = " ".join(w for w in words[:role_end] if w.rstrip(".") not in HONORIFICS)
        plural = words[last_title].endswith("s") and _is_title(words[last_title][:-1], titles)
        for found in _cut(text, rest, know, surnames):
            if found.hint is None and found.role is None and \
                    (know.places.get(found.text) is None or (plural and len(found.words) == 1)) \
                    and not any(w in ORGANISATION_HEADS for w in found.words):
                found.hint, found.role = "person", role_text or None  # the title is theirs
                # (a plural title's, even for a surname the gazetteer holds as a town: "EPA
                # Administrators Jackson and McCarthy")
            out.append(found)
        return out
    honorific_title = head in HONORIFICS or head in NOBLE or (
        len(rest) == 1 and words[last_title] in OFFICE_TITLES
        and rest[0].text.casefold() not in _lower_case_words(text)) or (
        len(rest) == 1 and SURNAME_PREFIX.match(rest[0].text) is not None
        and rest[0].text.isalpha())  # "President Biden"; "Chairman DeFazio", a surname by
    # its particle
    if [t.text for t in rest] in (["Fellow"], ["Fellows"]):
        return out  # "a Senior Fellow at the Institute …": a post (a fellow is no title
        # before a name, so the tables do not list it)
    named = [t for k, t in enumerate(rest) if not (k and nickname_between(text, rest, k - 1))]
    # (a nickname in marks is no part of the name's shape: 'Randy ("Church") Kee')
    if not _person_like(named, know, surnames, after_honorific=honorific_title):
        ranked = any(_is_title(rest[k].text, titles) and rest[k - 1].capitalised
                     and _person_like(rest[k + 1:], know, surnames)
                     for k in range(1, len(rest) - 1))
        if ranked and out:
            return [*out, *_cut_part(text, rest, know, surnames)]  # "ABMC Chairman U.S.
            # Army Gen. Michael X. Garrett": a body and its post, then the body of his
            # rank and the rank, then the name
        body = run[:last_title]
        if ranked and body and all(t.capitalised and not t.possessive
                                   and not _is_title(t.text, titles)
                                   and t.text not in ROLE_MODIFIERS for t in body):
            return [_candidate(text, body, hint="organisation"),
                    *_cut_part(text, rest, know, surnames)]  # "DLA Energy Commander Air
            # Force Brig. Gen. Jimmy Canlas": the unit he commands, then his service, his
            # rank and his name
        if len(rest) == 1 and re.fullmatch(r"[A-Z]{2,6}", rest[0].text) and \
                not words[last_title].isupper() and \
                rest[0].text not in know.country_codes and not out:
            return [_candidate(text, rest, hint="organisation")]  # "Chairman EAC
            # administered the oath": a title, then the body's letters, whose post it is
        if not out and (last_title >= 1 or words[last_title] in _POSTS_BEFORE_BODY) and \
                (_is_title(words[0], titles) or words[0] in ROLE_MODIFIERS) and \
                not any(t.possessive for t in run[:last_title + 1]) and len(rest) >= 2 and \
                rest[0].capitalised and rest[0].text not in FUNCTION_WORDS \
                and any(t.text in ORGANISATION_HEADS for t in rest[1:]):
            return _cut_part(text, rest, know, surnames)  # "[Chairman American Association
            # of Port Authorities …]", "Chief Commercial Officer Canada Steamship Lines
            # Group": a post, then the body it is held in, an editor's note names no one
        if any(t.text in ORGANISATION_HEADS or t.text in EVENT_HEADS or t.text in OTHER_HEADS
               for t in rest) or (rest[-1].text in _BUILT_PLACE_HEADS and not rest[-1].possessive):
            return [_candidate(text, run)]  # "Southern General Hospital", "Bert Evans
            # Apprentice Scholarships", "Detroit Metropolitan Airport": no title at all
        if out and all(len(c.words) == 1 and c.words[0] in ORGANISATION_HEADS for c in out):
            return []  # "Head of Project Delivery": a post and its field, no body named
            # "Project" and no one named "Delivery"
        return out or [_candidate(text, run)]
    if len(rest) == 1 and rest[0].text in ("Order", "Orders", "Directive", "Directives") and \
            words[last_title] == "General":
        return [_candidate(text, run, hint="work")]  # "the Amended General Order": a court's
        # standing order, whose "General" is no rank
    role_words = words[:role_end]
    honorific = None
    if len(role_words) == 1 and (role_words[0].rstrip(".") in HONORIFICS or (
            role_words[0].isupper() and role_words[0].rstrip(".").title() in HONORIFICS)):
        # (and "MR PRICE:", a transcript's label in capitals)
        honorific, role = role_words[0], None
    else:
        role = " ".join(text[t.start:t.end] if t.possessive else t.text
                        for t in run[:role_end] if t.text.rstrip(".") not in HONORIFICS)
        # (a possessive in the role keeps its "’s": "Head of the President's Office")
        role = re.sub(r"(?:\s+the)+$", "", role) or None  # ("… Senator the Hon. …")
    if unowned:
        role = None
    post = len(rest)
    while post > 2 and (_is_title(rest[post - 1].text, titles)
                        or rest[post - 1].text in ROLE_MODIFIERS):
        post -= 1
    if post < len(rest) and _is_title(rest[-1].text, titles) and \
            (len(rest) - post >= 2 or re.match(r"[^\S\n]+(?:of|for|at)[^\S\n]",
                                               text[rest[-1].end:])) and \
            rest[-1].text not in surnames and rest[-1].text not in know.surnames and \
            not any(_is_title(t.text, titles) or t.acronym for t in rest[:post]):
        role = " ".join(t.text for t in rest[post:])  # "Reverend Aniedi Okure Executive
        rest = rest[:post]  # Director of …": the post after the name is the role
    if len(rest) == 1 and (_any_head(rest[0].text) or rest[0].text in ("Hall", "Halls")) and \
            role_end == len(run) - 1 and \
            words[last_title].endswith("s") and _is_title(words[last_title][:-1], titles):
        return [*out, _candidate(text, run, hint="place")]  # "a new Torch Bearers Hall": a
        # title in the plural, which names no one person, then a hall's head: one place
    if len(rest) == 1 and rest[0].text in EVENT_HEADS and rest[0].text not in know.surnames \
            and rest[0].text not in know.given_names and role_end == len(run) - 1 and \
            not honorific:
        return [*out, _candidate(text, run)]  # "the 2024 Newlab Pilot Showcase": an event's
        # head after a word that is also a title ("Pilot"), no one named
    person = _candidate(text, rest, hint="person")
    person.role, person.honorific = role, honorific
    return [*out, person]


def _field_before_holder(rest: list[Token], know: Knowledge, surnames: frozenset[str]) -> int:
    """How many words of a post's field follow its "of" or "for" before the holder's name
    ("of Science Jeno Sokoloski", "of Foreign Affairs Kang Kyung-wha"): one or two words of a
    portfolio or common words, then a name of two words neither of which is; 0 when the
    words after "of" are otherwise (a longer name may hold the field's last word: "for Civil
    Rights Catherine Lhamon")."""
    if not rest or rest[0].text not in ("of", "for"):
        return 0
    for field in (1, 2):
        name = rest[1 + field:]
        if len(name) != 2 or any(
                t.text in ORGANISATION_HEADS or t.acronym or not t.capitalised
                or not (t.text in PORTFOLIO or t.text.casefold() in know.common_words)
                for t in rest[1:1 + field]):
            continue
        if name[0].text not in PORTFOLIO and \
                not know.places.get(f"{rest[field].text} {name[0].text}") and \
                all(t.capitalised and not t.acronym and t.text.casefold() not in know.common_words
                    and t.text not in PORTFOLIO for t in name) and \
                _person_like(name, know, surnames):
            return field
    return 0


def _post_after_person(text: str, run: list[Token], know: Knowledge) -> int | None:
    """Where a post starts right after a person's full name in one run, as a verb of
    appointing leaves them ("appointed Oleg Kozhemyako Acting Governor of Sakhalin Region",
    "named Jane Doe Chief Executive"): a given name and a surname (one the tables know, or
    no common word), then a title (after its modifiers) and "of" or "for" with the body or
    the place it is in. None when the run opens otherwise."""
    words = [t.text for t in run]
    if len(words) < 5 or words[0] not in know.given_names or \
            not _APPOINTING_BEFORE.search(text, max(0, run[0].start - 30), run[0].start):
        return None
    for post in (2, 3):
        if post >= len(words) - 2 or not all(
                t.capitalised and not t.acronym and not _is_title(t.text, know.titles)
                and t.text not in ROLE_MODIFIERS for t in run[1:post]) or \
                (words[post - 1] not in know.surnames
                 and words[post - 1].casefold() in know.common_words):
            continue
        k = post
        while k < len(words) and words[k] in ROLE_MODIFIERS:
            k += 1
        if k + 1 < len(words) and _is_title(words[k], know.titles) and \
                words[k + 1] in ("of", "for"):
            return post
    return None


#: A verb that gives someone a post, right before their name and the post.
_APPOINTING_BEFORE = re.compile(r"\b(?:appointed|appointing|appoints|appoint|named|names|"
                                r"naming|nominated|nominating|nominates|elected|made)"
                                r"[^\S\n]+$")


#: The heads of places built or kept by people, whose names a title's word may open:
#: "Detroit Metropolitan Airport" (a bishop's "Metropolitan" is no title there).
_BUILT_PLACE_HEADS = frozenset("Airport Stadium Arena Park Bridge Station Hospital Cathedral "
                               "Memorial Building Plaza Square".split())


#: British police ranks by their letters: constable, community support officer, detective
#: constable, sergeant, inspector, chief inspector and superintendent.
_POLICE_RANK_LETTERS = frozenset("PC PCSO DC DS DI DCI DSI DSupt".split())


#: The capitalised words of a post after a name and its comma: ", Deputy Station Officer".
_POST_AFTER_COMMA = re.compile(r",[^\S\n]+((?:[A-Z][a-z]+[^\S\n]+){1,4}[A-Z][a-z]+)")


def _post_spelt_after(text: str, run: list[Token], letters: str) -> bool:
    """Whether letters opening a run before a person's names are the initials of the post
    the story writes after them: "DSO Scott Constantine, Deputy Station Officer"."""
    post = _POST_AFTER_COMMA.match(text, run[-1].end)
    return 2 <= len(letters) <= 5 and letters.isupper() and letters.isalpha() and \
        2 <= len(run) - 1 <= 3 and post is not None and \
        "".join(w[0] for w in post.group(1).split()) == letters


def _named_after_rank(rest: list[str], know: Knowledge) -> bool:
    """Whether the words after a rank's letters are a person's names: a given name, or two
    or three capitalised words no head of a body's, a work's or a place's name ends."""
    return rest[0] in know.given_names or (
        2 <= len(rest) <= 3 and all(w[:1].isupper() and not w.isupper() for w in rest)
        and not any(_any_head(w) or w in PLACE_HEADS for w in rest))


def _person_like(part: list[Token], know: Knowledge, surnames: frozenset[str] = frozenset(),
                 *, after_honorific: bool = True) -> bool:
    """Whether words after a title are a person's name. One word alone must be known as
    a name: a surname the story also writes after a first name ("President Koroma" …
    "Ernest Bai Koroma"), a surname or given name Faker knows, or any word after Mr/Ms/Sir."""
    words = [t.text for t in part]
    plain = [w for w in words if w not in know.particles and not (
        words[0] in know.given_names
        and (re.fullmatch(r"[A-Z]\.", w) or w.rstrip(".") in ("Jr", "Sr")))]
    # ("Luiz Inácio Lula da Silva"; nor, after a given name, initials and a suffix: "ADM
    # Ulysses S. G. Sharp Jr.")
    heads = [k for k, w in enumerate(words)
             if w in ORGANISATION_HEADS or w in EVENT_HEADS or w in OTHER_HEADS]
    if heads == [0] and len(words) in (2, 3) and words[0] in know.given_names and \
            all(t.capitalised and not t.acronym and t.text.casefold() not in know.common_words
                and (not t.text.endswith("s") or t.text in know.surnames) for t in part[1:]):
        heads = []  # "Commander Grant Dalgleish": a given name that is a body's word too
        # ("Pell Grant") opens the name, no body closes it
    if heads == [len(words) - 1] and after_honorific and len(words) in (2, 3) and \
            words[0] in know.given_names and words[-1] in know.surnames and \
            words[-1] not in ORGANISATION_HEADS:
        heads = []  # "Dr. Jeffrey Fair": a given name and a surname after an honorific,
        # whatever event ("… Fair") the surname names too
    if heads == [2] and len(words) == 3 and words[0] in know.given_names and \
            re.fullmatch(r"[A-Z]\.", words[1]) and words[2] in OTHER_HEADS:
        heads = []  # "Gen. Ulysses S. Grant": a given name and an initial before the
        # surname, whatever thing the surname names too
    if len(plain) > 4 or len(words) > 6 or heads or \
            (len(words) > 1 and words[-1] in WORK_HEADS):  # "Foreign Agents Registration Act"
        return False
    if len(words) >= 3 and words[-1] in PLACE_HEADS and not (
            len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[0])
            and words[1] in know.given_names and words[2] in know.surnames):
        return False  # "Prince William Forest Park": a place, not a prince (but "Minority
        # Leader T. Ryan Lane": an initial, a given name, then a surname that names places
        # too)
    if len(words) >= 2 and words[-1] in PLACE_HEADS and words[0] in know.places:
        return False  # "London Borough (of Lewisham)": a place's part, not a person
    if len(words) == 1:
        word = words[0]
        if word.rstrip(".") in ("Jr", "Sr"):
            return False  # "Martin Luther King, Jr.": "King" was no title
        if after_honorific and word in surnames and not part[0].acronym and \
                word in PLACE_HEADS:
            return True  # "Commissioner Bay" when the story names "Norman Bay": a surname
            # that is a word of places too
        if (part[0].acronym and not (after_honorific and word.isalpha() and len(word) >= 3)) \
                or word in PLACE_HEADS or word in FUNCTION_WORDS or \
                (word in WORK_HEADS and word not in know.surnames and not after_honorific) or \
                know.places.get(word, "city") != "city":
            return False  # (but "Mr. DURBIN": the Congressional Record's surname in capitals)
        return after_honorific or word in surnames or word in know.surnames or \
            word in know.given_names
    return True
