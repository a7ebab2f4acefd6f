"""The type of a suggested entity, from the strongest evidence found for it, and the words
around names that are that evidence.

The evidence is kept so the suggestion can say why ("a country", "given name 'Hillary'",
"said Baird"):

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

import re
from collections.abc import Sequence
from itertools import pairwise

from .capitals import person_in_capitals
from .forms import Form, initials_of
from .knowledge import Knowledge, unaccented
from .lexicon import (
    AILMENT_NOUNS,
    AU_STATE_CODES,
    BULLET_ITEM_DASH,
    CHAMBERS_BY_NAME,
    COMPANY_FORMS,
    COMPANY_TRADES,
    CONNECTORS_BASE,
    CONTEST_WORLDS,
    COUNTRY_LETTERS,
    COURT_CASE,
    CREDIT_LABEL,
    DESIGNATION,
    DISEASE_DESIGNATIONS,
    ELECTED_OFFICES,
    EPONYMOUS_DISEASES,
    ERA_WORDS,
    EVENT_HEADS,
    FIRE_HEADS,
    FUNCTION_WORDS,
    GONE_TO_BEFORE,
    GREETINGS,
    HEADLINE_PLACE_KINDS,
    HOLIDAYS,
    HONORIFICS,
    HULL_NUMBER,
    INSTALLATIONS,
    JOURNAL_CUE,
    LAW_HEADS,
    LAW_NATION,
    LOCAL_BODY_LETTERS,
    MEMBER_OPENING,
    MEMORIAL_HEADS,
    MONTH_NAMES,
    MONTHS_AND_DAYS,
    NAMED_WEEKDAYS,
    NAMEPLATES,
    NEWSLETTER_HEADS,
    NEWSROOM_HEADS,
    NOBLE_TITLES,
    NUMBERED_BUILDINGS,
    NUMBERED_WORK_HEADS,
    OCEANS,
    ORDINAL,
    ORDINAL_WORDS,
    ORGANISATION_HEADS,
    OTHER_HEADS,
    PARTY_MEMBERS,
    PEOPLES_BY_NAME,
    PEOPLES_REGIONS,
    PERIODICITY,
    PERSON_NOUNS,
    PHONE_LABELS,
    PLACE_HEADS,
    PLACE_KINDS,
    PLACE_OPENERS,
    PLACE_PREFIXES,
    PORTFOLIO,
    POSTAL_CODES,
    POSTCODE,
    PRIZES,
    PRIZES_BY_NAME,
    PRODUCT_MAKERS,
    PROVINCE_ABBREVIATIONS,
    PUBLISHED_EVERY,
    RECALLED_BEFORE,
    RECALLED_OWN_BEFORE,
    RECALLS_ITS_OWN_AFTER,
    RECORD_BELOW,
    RESEARCH_BODIES,
    ROAD_NUMBER,
    ROLL_DEGREES,
    ROMAN_NUMERAL,
    SCRIPTURES,
    SHIP_PREFIXES,
    SHORT_AND,
    SHOW_NOUN,
    SITE_ADDRESS,
    SKY_BODIES,
    SKY_CATALOGUES,
    SKY_HEADS,
    SOCIAL_NETWORKS,
    SOLD_AT_BEFORE,
    SOURCE_LABEL_BEFORE,
    SPEECH,
    SPORTS,
    STATE_ABBREVIATIONS,
    STORM_KINDS,
    STORM_STAGES,
    STREET_FIRST,
    SUBJECT_VERB_AFTER,
    SURNAME_PARTICLES,
    SURNAME_PREFIX,
    TE_REO_WORD,
    TIME_SPANS,
    TITLED_KINDS,
    UN_MISSION_HEADS,
    UPRISINGS,
    WHERE_AFTER,
    WORK_HEADS,
    YEARS,
)
from .tokens import (
    POST_BETWEEN_COMMAS,
    WIKI_USER_BEFORE,
    Candidate,
    _is_title,
    title_apposed,
    titled_before,
)
from .turns import CAPITAL_LABEL_AFTER, TURN_LABEL_AFTER

#: A dated or numbered issue of a periodical, right before its name: "the November 2008
#: issue of …", "the latest issue of …" (not "the issue of Climate Change", a topic).
_ISSUE_OF = re.compile(rf"(?:\b(?:19|20)\d\d|\b(?:{MONTH_NAMES}|[Ss]pring|[Ss]ummer|[Ff]all|"
                       r"[Aa]utumn|[Ww]inter|latest|current|special|this|next|last)|No\.[^\S\n]*"
                       r"\d+)[^\S\n]+issue[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\Z")
#: A byline's "By" opening its line, right before a name: "By Tabitha Temple".
_BY_ON_LINE = re.compile(r"(?:^|\n)[^\S\n]*By[^\S\n]+$")
#: The end of a line, right after a name.
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")

#: A person's post between commas before the name: "Jane Smith, National Manager, ".
_POST_BEFORE = re.compile(r"[A-Z][\w’'-]*" + POST_BETWEEN_COMMAS.pattern + "$")
#: … or the post and "of" right before it: "Michael Gawenda, former Editor-In-Chief of The
#: Age, says": the paper he edited, not the one who speaks.
_POST_OF_BEFORE = re.compile(r"[A-Z][\w’'-]*,[^\S\n]+(?:former[^\S\n]+|then[^\S\n]+)?"
                             r"(?P<post>[\w’'-]+(?:[^\S\n]+[\w’'-]+){0,3}?)[^\S\n]+(?:of|at)"
                             r"[^\S\n]+(?:the[^\S\n]+)?$")


#: A memorial's name with whom it honours: "the National Memorial to Victims of Communism".
_MEMORIAL_TO = re.compile(rf"\b(?:{'|'.join(sorted(MEMORIAL_HEADS))}) to\b")
#: A United Nations mission named for its country: "… Peacekeeping Force in Cyprus".
_UN_MISSION = re.compile(r"(?:United Nations|UN|U\.N\.) (?:[A-Z][\w-]* )*"
                         rf"(?:{'|'.join(sorted(UN_MISSION_HEADS))}) in ")
#: A firm's workforce named after it: "Tyson managers making bets", "Amazon workers".
_WORKFORCE_AFTER = re.compile(r"[^\S\n]+(?:workers|employees|managers|executives|staffers|"
                              r"shareholders|franchisees)\b")
#: A title the person held then, joined to "then" or "ex" by a hyphen: "signed by
#: then-President Trump", "ex-Gov. Cuomo".
_THEN_TITLE = re.compile(r"\b(?:then|ex|former)-([A-Z][\w.]*)[^\S\n]+$")
#: The last words of a disaster's name, typed an event (only for the type, not as heads
#: that end a run: "Geoscience Australia’s National Earthquake Alerts Centre" is a body).
_DISASTERS = frozenset("Earthquake Earthquakes Quake Tornado Avalanche Drought Heatwave "
                       "Explosion Spill Wildfire".split())
#: What an outlet does with a story, right after its name: "… reports on", "… features".
_OUTLET_VERB_AFTER = re.compile(r"[^\S\n]+(?:reports|reported|features|featured|interviews|"
                                r"interviewed|publishes|published)\b")
#: The last words of a scientific instrument's name, typed other: "the LSST Camera", "the
#: Gemini Planet Imager".
_INSTRUMENTS = frozenset("Camera Spectrograph Spectrometer Imager Interferometer Photometer "
                         "Polarimeter Coronagraph".split())
#: Bodies whose name says the task they were set up for, which may name a law: "Office for
#: the Preparation of the Revision of the Imperial House Act".
_OFFICES_FOR_A_TASK = frozenset("Office Bureau Secretariat Commission Committee Council Task "
                                "Agency Authority Board Unit".split())
#: Words before someone who founds, leads or writes a thing: "The Laboratory was founded by "
#: (a person or a body, no place, stands after them).
_FOUNDER_BEFORE = re.compile(r"\b(?:founded|co-founded|established|created|started|headed|"
                             r"chaired|directed|written|authored)[^\S\n]+by[^\S\n]+$")


def _founder(words: tuple[str, ...] | list[str], places: list[Candidate],
             know: Knowledge) -> bool:
    """Whether two words the story writes only after "founded by", "headed by" and the like
    name whoever did it, a person or a body, whatever place's head the last word is
    ("founded by Ancel Keys": a given name no table knows, then a surname)."""
    return len(words) == 2 and bool(places) and words[0] not in PLACE_HEADS and \
        not know.places.get(words[0]) and all(_FOUNDER_BEFORE.search(c.before) for c in places)


def _post_of_person_before(before: str, know: Knowledge) -> bool:
    """Whether a person and their post, between commas, come right before the name: the
    name is the body the post is in, not the one who speaks ("Dinah Ellis, National
    Manager, Cymraeg for Kids added: …")."""
    m = _POST_BEFORE.search(before) or _POST_OF_BEFORE.search(before)
    return m is not None and any(_is_title(w, know.titles) for w in m.group("post").split())


_SPEECH = SPEECH


SPEECH_AFTER = re.compile(rf"^[\s,]*(?:has |had |also |later |then |previously )?{_SPEECH}\b")


_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH}|according to)\s+$")


#: A verb right after a name that a speech verb precedes: the name is the subject of what
#: was said, not the one who said it ("Rights organisation says Home Affairs has done …").
_CLAUSE_VERB_AFTER = re.compile(r"[^\S\n]+(?:has|have|had|is|are|was|were|will|would|did|"
                                r"does|do|can|could)\b")


_OFF_BEFORE = re.compile(r"\boff\s+(?:the\s+)?(?:coast\s+of\s+)?$")


PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|across|throughout|outside|inside|into|off|"
                           r"town of|city of|village of|state of|province of|county of|"
                           r"(?:north|south|east|west)[\w-]* of|capital,?)\s+(?:the\s+)?$")


#: A person described, then where they are from: "a Republican businessman from Bigfork".
#: (but one who speaks for a body is from the body: "a spokesman from Acme")
_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson representative official executive "
                        "lawyer attorney employee staffer".split())
_PERSON_FROM = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)"
                          r"\s+from\s+$")  # (a sentence's first: "A community leader from …")


#: The cue word capitalised after a capitalised word ends a name, names no work: "…,
#: Ecological Services Program, USFWS, …".
_NAMED_CUE = re.compile(r"[A-Z][\w’'-]*\s+[A-Z][a-z]+,?\s+$")
_WORK_BEFORE = re.compile(r"\b(?:film|movie|book|novel|song|album|(?:the|a|an|new|his|her|their) "
                          r"play|opera|poem|journal|"
                          r"text|textbook|"
                          r"painting|series|" + SHOW_NOUN
                          + r"|documentary|programme|program|musical|"
                          r"memoir|podcast|report|study|paper|magazine(?: article)?|database|"
                          + JOURNAL_CUE + "|"
                          r"(?:performance|production|staging|screening|premiere|reading|"
                          r"episodes?|install?ments?|"
                          r"on\s+(?:this|today[’']s|tonight[’']s|(?:the\s+)?latest)\s+edition|"
                          r"(?:past|latest|new|weekly|monthly|share|publish|send)\s+"
                          r"issues?) of"
                          r"(?:\s+The)?),?(?=\s)[^\S\n]*\n?[^\S\n]*\Z", re.I)
# (on its line or across one break, never across a blank line: "… part of restructuring
# study" ends a headline, and "Office of Public Affairs" opens the next paragraph)


#: Works of a kind, then a list of their titles: "films like Soltsepyok and …", "novels
#: such as Beloved, Jazz or …", "novels for adults like …", "nonfiction books, like …".
_LISTED_TITLE = r"[A-Z][\w’'-]*(?:[^\S\n]+(?:of|the|and|a|[A-Z][\w’'-]*))*"
_WORKS_LIKE = re.compile(rf"\b(?:films|movies|books|novels|songs|albums|plays|operas|poems|"
                         rf"series|shows|documentaries|programmes|programs|musicals|"
                         rf"podcasts|games|publications|reports|bulletins|journals)"
                         rf"(?:[^\S\n]+for[^\S\n]+(?:young[^\S\n]+)?(?:adults|children|kids|"
                         rf"readers|teens))?,?[^\S\n]+(?:like|such as|including)[^\S\n]+"
                         rf"(?:{_LISTED_TITLE}(?:,[^\S\n]+|,?[^\S\n]+(?:and|or)[^\S\n]+)){{0,4}}$")
#: Software of a kind, then a list of its names: "projects such as Apache SpamAssassin and
#: Apache Subversion", "browsers like Firefox or …".
_SOFTWARE_LIKE = re.compile(rf"\b(?:software|programs|applications|apps|browsers|"
                            rf"projects|libraries|frameworks|"
                            rf"packages|operating[^\S\n]+systems|servers|databases),?[^\S\n]+"
                            rf"(?:like|such as|including)[^\S\n]+(?:{_LISTED_TITLE}"
                            rf"(?:,[^\S\n]+|,?[^\S\n]+(?:and|or)[^\S\n]+)){{0,4}}$")

#: The noun after an honour's name that says it is one: "… Scientist awardee symposium",
#: "… Fellowship awards".
_HONOUR_AFTER = re.compile(r"[^\S\n]+(?:award|awardee|awardees|award-winner|"
                           r"award-winners|honou?rees?|laureates?)(?![\w-])")  # (not "awards": a
# body's verb, "The Ford Foundation awards grants")
#: A chapter or a volume by its number right after a book's title: "For GSS Energy Flow
#: chapter 2".
_CHAPTER_AFTER = re.compile(r"[^\S\n]+(?:chapter|Chapter|vol\.|volume|Volume)[^\S\n]+\d")
#: A broadcast's host naming it: "This is your host of OEG Voices, Al Levine" (a country
#: hosts an event: "Germany, host of the World Cup").
_HOST_OF_BEFORE = re.compile(r"\b(?:[Yy]our|[Oo]ur|[Mm]y)[^\S\n]+(?:co-?)?hosts?[^\S\n]+"
                             r"(?:of|for)[^\S\n]+(?:the[^\S\n]+)?$")

#: Where someone is, lives or goes, before a place: "now lives in LA", "moved to SF".
_IN_A_PLACE_BEFORE = re.compile(r"\b(?:(?:lives?|lived|living|based|born|grew[^\S\n]+up|"
                                r"stays?|stayed|works?|worked)[^\S\n]+in|(?:moved?|moving|"
                                r"flew|travell?ed|relocated?|returned)[^\S\n]+to|"
                                r"(?:flights?|trip)[^\S\n]+(?:to|from))[^\S\n]+$")


#: A firm another buys or merges with: "Tronox Limited’s proposed acquisition of competitor
#: Cristal", "its merger with Sprint".
_ACQUIRED_BEFORE = re.compile(r"\b(?:(?:acquisition|takeover|buyout)[^\S\n]+of|"
                              r"merger[^\S\n]+with|merge[sd]?[^\S\n]+with|acquired|"
                              r"acquires|to[^\S\n]+acquire)[^\S\n]+(?:(?:its|a|the)[^\S\n]+)?"
                              r"(?:(?:competitor|rival)[^\S\n]+)?$")
#: A band, a firm or a group introduced by name: "a rock band named Van Halen" (whose
#: first word is also a given name).
_NAMED_GROUP_BEFORE = re.compile(r"\b(?:band|group|company|firm|startup|start-up|charity|"
                                 r"label|team|club|party)\s+(?:named|called)\s+$", re.I)
#: A festival's or a concert's bill, then the act's name: "the headliner, Midland," (a band
#: named like a town; an act with a given name first is a singer).
_ACT_BEFORE = re.compile(r"\b(?:headliner|headline act|opening act|opener|supporting act|"
                         r"support act)s?,?\s+$", re.I)
#: The kind of rule or programme a name is, right after it: "Indian Education For All laws".
_RULES_AFTER = re.compile(r"[^\S\n]+(?:law|laws|program|programs|programme|programmes|policy|"
                          r"sanctions|project|"  # ("Global Magnitsky sanctions", "the Cross
                          # River Rail project"; not "eight BC Hydro projects", a firm's)
                          r"policies|initiative|initiatives|curriculum|mandate|rules|"
                          r"plan[^\S\n]+of[^\S\n]+insurance|insurance[^\S\n]+plan)\b")
#: The kinds of teaching works a name may come before: "the Establishing Independence
#: lesson plan", "the Civics Toolkit workbook".
_TEACHING_WORK_AFTER = re.compile(r"[^\S\n]+(?:lesson[^\S\n]+plans?|workbooks?|textbooks?|"
                                  r"study[^\S\n]+guides?|teaching[^\S\n]+guides?)\b")
#: An attack or a disaster after the name of the town it struck: "the Uvalde shooting".
_INCIDENT_AFTER = re.compile(r"[^\S\n]+(?:mass[^\S\n]+)?(?:shootings?|bombings?|attacks?|massacre|"
                             r"crash|explosion|riots?|fires?|wildfires?|floods?|flooding|"
                             r"earthquake|derailment|tornado)\b")
#: Craft whose disasters news names with the craft: "the Clutha Helicopter crash".
_CRAFT_NOUNS = frozenset("Helicopter Plane Airliner Jet Bus Coach Train Ferry Ship Boat "
                         "Flight".split())
#: A body's deed right after its name, perhaps after when: "Interior this week convened
#: …", "Interior and the Department of Defense this week announced …".
_BODY_ACTS_AFTER = re.compile(r"(?:[^\S\n]+and[^\S\n]+the[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+){1,5}?)?"
                              r"(?:[^\S\n]+(?:this|last)[^\S\n]+(?:week|month|year)|[^\S\n]+today|"
                              r"[^\S\n]+on[^\S\n]+[A-Z][a-z]+day)?[^\S\n]+(?:convened|announced|"
                              r"released|launched|awarded|unveiled|issued|approved|signed|"
                              r"joined)\b")
#: A body's officer and "of" right before the body's letters: "CEO of PRT".
_OFFICER_OF = re.compile(r"\b(?:CEO|chief[^\S\n]+executive|executive[^\S\n]+director|director|"
                         r"chair(?:man|woman|person)?|founder|spokes(?:man|woman|person))"
                         r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
#: Thanks before a name: "thank you Brandon for …", "Thanks, Maria,".
_THANKED = re.compile(r"\b[Tt]hank(?:s|[^\S\n]+you),?[^\S\n]+$")
#: A grant programme's word after its name, perhaps after another's: "the Mega and INFRA
#: grant programs".
_GRANT_PROGRAMS_AFTER = re.compile(r"(?:[^\S\n]+and[^\S\n]+[A-Z][\w-]*)?[^\S\n]+grant[^\S\n]+"
                                   r"programs?\b")
#: What a programme's name comes before: "a federal Forest Legacy grant".
_GRANT_AFTER = re.compile(r"[^\S\n]+(?:grants?|funding|funds|dollars|money)\b")
#: A fire complex, then the fires it holds in brackets: "Kettle Complex (Stickpin, Renner
#: and Roy)".
_IN_COMPLEX = re.compile(r"\bComplex[^\S\n]*\((?:[^()\n]*(?:,|\band)[^\S\n]+)?$")
#: An incident team, then its commander's surname in brackets, as fire reports name teams:
#: "RM Team (Pachota)", "NW NIMO (Hahnenberg)", "PNW Team 3 (Lewis)".
_TEAM_BEFORE = re.compile(r"\b(?:Team|NIMO|IMT\d?|Command)(?:[^\S\n]+\d{1,2})?[^\S\n]*\($")
#: A forum's or a blog's post line, then its poster's name: "Posted on 07/29/2006 2:24:21 PM
#: PDT by Knitting A Conundrum" (but "Posted On: … by PIB Delhi", an office by its letters).
_POSTED_BY = re.compile(r"\bPosted[^\S\n]+(?:on[^\S\n]+)?[^\n]{0,40}?[^\S\n]by[^\S\n]+$")
#: A body another works with: "produced in partnership with Teen Vogue".
_PARTNERED_WITH = re.compile(r"\b(?:partnership|collaboration|partnered|partnering|"
                             r"co-published|co-produced)\s+with\s+(?:the\s+)?$", re.I)
#: The kind of test or course a name is, right after it: "Advanced Placement tests".
_EXAM_AFTER = re.compile(r"[^\S\n]+(?:tests?|exams?|examinations?|courses?|classes|credits?|"
                         r"scores?)\b")
#: A journalist, then the newsroom they work for: "the features writer for the Ravalli
#: Republic", "a reporter at The Oregonian", "an editor at large for Civil Beat".
_WRITES_FOR = re.compile(r"\b(?:writer|reporter|columnist|editor|correspondent|photographer|"
                         r"critic|journalist|contributor|stringer)s?(?:\s+at\s+large|\s+in\s+"
                         r"chief)?\s+(?:for|at|with)\s+(?:the\s+)?$", re.I)
#: A disaster's verb before the place it struck: "a wildfire devastated Lahaina".
_STRUCK = re.compile(r"\b(?:devastated|devastating|ravaged|flooded|evacuated|battered|razed|"
                     r"levell?ed|engulfed|destroyed)\s+$")
_GROUP_BEFORE = re.compile(r"\b(?:group|collective|network|movement|organisation|"
                           r"organization|company|firm|party|union|band|team|newspaper|"
                           r"daily|broadcaster|website|platform|app|channel|station|"
                           r"publisher|outlet|agency|charity|retailer|airline|carrier|"
                           r"label|(?<![Ii]n[^\S\n])studio|brand|startup|start-up|club)s?"
                           r"(?:[^\S\n]+(?:(?:named|called)\s+)?[‘“]?|:\s*[“\"]?)$", re.I)
# ("a rock band named …"; "citizen journalist groups: “Enab Baladi.”"; not "In studio
# Shaka is joined by …", a broadcast's place, then its host; not a headline's
# last word over the next line's name: "… child welfare agency\nDarrell Missey (left), …")


#: What a vehicle or craft is called after its name: "Falcon 9 rocket", "Dragon
#: spacecraft", "Endurance ship".
_CRAFT = (r"(?:rocket|spacecraft|capsule|shuttle|satellite|rover|probe|telescope|ship|vessel|"
          r"boat|ferry|yacht|submarine|aircraft|plane|jet|airliner|helicopter|drone|train|"
          r"locomotive|tanker|freighter|trawler|barge|tugboat|tug|dredger|liner|sailboat|"
          r"cutter|warship|destroyer|frigate|flagship|wreck|schooner|sloop|ketch|catamaran|"
          r"canoe|kayak|dinghy|galleon|clipper|steamer|steamboat)s?")


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
_CRAFT_BEFORE = re.compile(rf"(?<!to )(?<!will )(?<!would )\b{_CRAFT}(?:,?[^\S\n]+the[^\S\n]*|"
                           rf"\s+)"
                           r"[‘'“\"(]?$", re.IGNORECASE)  # (not "a commission to probe Capitol
# attack": a verb; and a name in marks or brackets: "the fishing vessel ‘Northern Dawn’",
# "The Fisheries Protection Vessel (Queen of Ulster)"; a title page's lines: "the fishing
# vessel\n\nLaura Jane"; but not a headline's craft before the next paragraph's "The …")
#: What a ship does, right after its name: "the ‘Ciudad de Cadiz’ had gone aground".
_SHIP_DID_AFTER = re.compile(r"[’'”\"]?[^\S\n]+(?:had[^\S\n]+|has[^\S\n]+)?(?:gone|run|ran|"
                             r"went|ran|been[^\S\n]+refloated)[^\S\n]+aground\b|[’'”\"]?[^\S\n]+"
                             r"(?:capsized|sank|docked|berthed|ran[^\S\n]+aground)\b")


# ("their sailboat, the Sea Nymph")


#: A date before a dateline, as the Air Force's old pages wrote it: "6/5/2014 - ".
_DATE_BEFORE_DATELINE = re.compile(r"(?:^|\n)[^\S\n]*\d{1,2}/\d{1,2}/\d{2,4}[^\S\n]+-[^\S\n]+$")
_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?(?:\s*\([^()\n]{3,40}\))?"
                             r"\s*(?:--|—|–|-(?=\s))")  # (with its date: "(July 3, 2008) --")


#: A weekday and a date in figures after a dash: a feed's source before its time stamp
#: ("EOS - Tue, 08/05/2025 - 18:10"), no dateline.
_FEED_DATE_AFTER = re.compile(r"[^\S\n]*(?:--|—|–|-)[^\S\n]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
                              r"[a-z]*\.?,[^\S\n]*\d{1,4}[/.-]\d")


#: A name between two others in a list (the name's place marked by a NUL): "of Thomas,
#: \0, Charles and family".
_GIVEN_NAMES_AROUND = re.compile(r"(?s).*\b([A-Z][a-z]+),[^\S\n]+\0,?[^\S\n]+(?:and[^\S\n]+)?"
                                 r"([A-Z][a-z]+)\b.*")
#: A verb in the past or the present, then "its": what the name did is its own, no one's
#: ("Forbes published its annual 30 Under 30").
_ITS_OWN_AFTER = re.compile(r"[^\S\n]+(?:[a-z]+(?:ed|es)|made|took|won|lost|held|began|put)"
                            r"[^\S\n]+its[^\S\n]+")
#: Armed forces named after their state: "Republic of Korea Marines", "… Army".
_FORCES = frozenset("Marines Army Navy Force Guard Guards Corps".split())
#: The words a country's post abroad is named with, before its city or host country.
_DIPLOMATIC_POSTS = frozenset("Embassy Consulate Mission Delegation".split())
#: A co-author's name in capitals before "AND", its given name first: "RACHAEL NOVAK AND
#: POOYA REZAI" (the second a person too, though the tables lack "Pooya").
_CAPITALS_CO_AUTHOR_BEFORE = re.compile(r"\b([A-Z][A-Z’'-]+)[^\S\n]+[A-Z][A-Z’'-]+"
                                        r"[^\S\n]+(?:AND|&)[^\S\n]+$")
#: An article right before a name: "a Baltimore company" (the city a firm is in).
_ARTICLE_END = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne)[^\S\n]+$")
ORG_AFTER = re.compile(r"^\s+(?:news (?:service|agency)|newspaper|magazine|broadcaster|court|"
                        r"(?:(?:[a-z]+ing|law|consulting|investment|insurance|energy|oil|"
                        r"mining|technology|tech|security|shipping|software|media)\s+)"
                        r"(?:firm|company|corporation)|"  # ("the Greenberg Traurig lobbying
                        # company", "the Kirkland law firm": a trade, then the word for a firm)
                        r"network|agency|company|corporation|group|party|union|charity|"
                        r"organi[sz]ation|regulator|watchdog|faction|militants|militia|"
                        r"insurgents|jihadists)\b")  # (", another regulator,"; "Boko Haram
# faction Islamic State …", "Hamas militants": an armed group)


#: A recall's labels before the firm and before the product, at a line's start.
_FIRM_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:Manufacturer|Importer|Distributor|Retailer|"
                         r"Firm|Company|Recalling Firm)s?[^\S\n]*:[^\S\n]*$")
_OUTLET_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:Outlet|Publisher|Publication|Newspaper|"
                           r"Broadcaster)s?[^\S\n]*:[^\S\n]*$")
_PRODUCT_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:Name of Product|Product)s?[^\S\n]*:"
                            r"[^\S\n]*$")
#: Periods of a people's history named the same way: "the Italian Renaissance".
_PERIODS = frozenset("Renaissance Enlightenment Reformation Baroque Romanticism".split())
#: What a programme's name is written before: "the inaugural round of Humanities Access
#: grants".
_GRANTS_AFTER = re.compile(r"[^\S\n]+(?:grants?|scholarships?|fellowships?|bursaries|"
                           r"awards?|stipends?)\b")
#: What a newsletter's name follows: "Sign up for Dispatches", "subscribe to The Brief".
_SIGN_UP_FOR = re.compile(r"\b(?:[Ss]ign(?:ing)?[^\S\n]+up[^\S\n]+for|[Ss]ubscribe[^\S\n]+to)"
                          r"[^\S\n]+(?:[Tt]he[^\S\n]+|our[^\S\n]+)?$")
#: A group's kind, then its name in quotation marks: "Chechen dance ensemble “Vainakh”".
_GROUP_BEFORE_MARKS = re.compile(r"\b(?:ensemble|band|troupe|choir|orchestra|club|team|"
                                 r"collective|quartet|trio)[^\S\n]+[“\"]$")
_GROUP_IN_MARKS = "a group's name in quotation marks after its kind ('dance ensemble “Vainakh”')"
#: A law's head, then its nation in brackets and its year, ending its name.
_LAW_OF_A_NATION = re.compile(rf"\b(?P<head>Act|Bill|Order|Regulations|Rules) {LAW_NATION}"
                              r"(?: (?:1[89]|20)\d\d)?$")
#: The noun after a law's name written in lower case: "the 2021 Bipartisan Infrastructure
#: law" (not "a Dallas law firm", "Harvard Law School").
#: A report's kind after its title: "the State of Competition report".
_REPORT_AFTER = re.compile(r"[^\S\n]+(?:report|reports(?![^\S\n]*(?:[.;]|\b(?:that|from|on)\b))"
                           r"|survey|index)\b")  # (not the verb: "Gershom Ndhlovu reports.")
_LAW_AFTER = re.compile(r"[^\S\n]+(?:law|act|bill|ordinance|statute)\b(?![^\S\n]+(?:firm|firms|"
                        r"school|schools|enforcement|professor|professors|student|students|"
                        r"clinic|center|office|offices|partner|partners|review)\b)")
#: Head words of a region's nickname, besides places' heads: "Cancer Alley", "Rust Belt",
#: "Bermuda Triangle".
_REGION_NICKNAME_HEADS = frozenset(("Alley", "Belt", "Triangle"))
#: The kind of work an apposition names after a comma: "a new blog, Research & Developments".
_WORK_KIND_BEFORE = re.compile(rf"\b(?:a|an|its|our|their|his|her)[^\S\n]+(?:new[^\S\n]+|"
                               rf"weekly[^\S\n]+|daily[^\S\n]+|monthly[^\S\n]+)?"
                               rf"(?:{TITLED_KINDS}),[^\S\n]+$")
#: An event's kind in lower case after its name and perhaps its year: "its LibrePlanet
#: 2009 conference" (a name the year or its own capitals set apart from a body's: "the
#: Google conference" is the firm's).
_EVENT_NOUN_AFTER = re.compile(r"(?P<year>[^\S\n]+(?:19|20)\d\d)?[^\S\n]+(?:conference|summit|"
                               r"festival|symposium|convention|congress|hackathon|marathon)\b"
                               r"(?![^\S\n]+(?:center|centre|hall|room|call|calls|organizers?))")
#: Words that end a site's name, common words a given name may open: "Liberty Crossing".
_SITE_WORDS = frozenset("Crossing Landing Commons Gate Row Yard Green Corner Hollow".split())
#: The town a place is in, right after the place's name: " in McLean, VA".
_IN_A_TOWN_AFTER = re.compile(r"[^\S\n]+in[^\S\n]+[A-Z][\w.-]*(?:[^\S\n]+[A-Z][\w.-]*)?"
                              r"(?:,[^\S\n]+[A-Z]|[^\S\n]*[.;,]|[^\S\n]*$)")
#: A post in a body's programmes, after the body's name: "an ONR program officer".
_PROGRAMME_STAFF_AFTER = re.compile(r"\s+program(?:me)?[^\S\n]+(?:officers?|managers?|"
                                    r"directors?|staff|specialists?|analysts?|coordinators?|"
                                    r"leads?|officials?|heads?)\b")
#: An event's being held, between commas after its name and perhaps its year: "AUVSI’s
#: Unmanned Systems North America 2012, held in Las Vegas, included …".
_HELD_AFTER = re.compile(r"(?:[^\S\n]+(?:19|20)\d\d)?,[^\S\n]+(?:which[^\S\n]+(?:was|is|will"
                         r"[^\S\n]+be)[^\S\n]+)?held[^\S\n]+(?:in|at|on|from|last|this|each|"
                         r"every|annually|online|virtually)\b")
#: The word "events", then a list's opening and any names before this one: "lots of events
#: worldwide, with FOSDEM and ".
_EVENTS_LISTED_BEFORE = re.compile(r"\bevents\b[^.;:\n]{0,40}\b(?:with|such[^\S\n]+as|"
                                   r"including|like)[^\S\n]+(?:[A-Z][\w.’'-]*"
                                   r"(?:[^\S\n]+[A-Z][\w.’'-]*)*(?:,[^\S\n]+|,?[^\S\n]+and"
                                   r"[^\S\n]+))*$")
#: A section's number after a name: a law's ("working NDAA section 353", "FOIA Section
#: 552(b)").
_SECTION_AFTER = re.compile(r"[^\S\n]+(?:[Ss]ection|[Ss]ec\.|§)[^\S\n]*\d")
#: A section's number, or several, and "of" before a name: a law's ("Sections 501 and 702
#: of FISA", "section 5(b) of the DPA").
_SECTION_BEFORE = re.compile(r"\b(?:[Ss]ections?|[Ss]ecs?\.|§§?)[^\S\n]*\d+[A-Za-z]?(?:\([\w]+\))*"
                             r"(?:(?:,[^\S\n]*|,?[^\S\n]+(?:and|or|to)[^\S\n]+)\d+[A-Za-z]?"
                             r"(?:\([\w]+\))*)*[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")
#: What software names before it: "an Adobe Acrobat file", "Pegasus spyware".
_SOFTWARE_AFTER = re.compile(r"[^\S\n]+(?:files?(?![^\S\n]+(?:a|an|the|criminal|civil|suit|"
                             r"lawsuits?|complaints?|charges|appeals?|for|against|with|"
                             r"[A-Z][a-z]+)\b)|"
                             r"software|app|apps|plug-?in|extension|browser|format|spyware|"
                             r"malware|ransomware|missiles?|rockets?|drones?|rifles?|"
                             r"howitzers?|mode|distributions|distros?|radars?|interceptors?|"
                             r"sonars?)\b")  # (and a weapon or a sensor:
# "Hellfire missiles", "the Sea-Based X-band radar"; an operating system's versions: "Linux
# distributions"; a program's mode: "in Org mode")
# (not "Istinomer files criminal complaint", "Auto Workers file Unfair Labor Practice
# charges": the verb)
#: A distance and a direction before a place: "4 N Ivanhoe", "1 mile northeast Kismet", "2
#: miles east of Ensign", "about five miles north of Low Divide".
_UNIT = r"(?:miles?|mi\.?|km|kilomet(?:re|er)s?)"
_DISTANCE_BEFORE = re.compile(rf"\b(?:\d+(?:\.\d+)?[^\S\n]*(?:{_UNIT}[^\S\n]+)?|(?:an?|one|two|"
                              rf"three|four|five|six|seven|eight|nine|ten|several|a few)[^\S\n]+"
                              rf"{_UNIT}[^\S\n]+)(?:(?-i:[NSEW]{{1,3}})|(?:north|south)?(?:east|west)|"
                              r"north|south)(?:[^\S\n]+of)?(?:[^\S\n]+the)?[^\S\n]+$",
                              re.IGNORECASE)
# (the compass letters in capitals only: "4,000 new Americans" is no distance)
#: Nouns of places that are also given names: "the Hill" (Capitol Hill), "the Heath".
_PLACE_NOUNS = frozenset("Hill Heath Dale Glen Moor Vale Brook Field Forest Bay Cliff".split())
#: How English names of towns end: "Africatown", "Greenville", "Pittsburgh".
_TOWN_ENDING = re.compile(r"[a-z](?:town|ville|burg|burgh|borough|bury|field|ford|port)$")
GROUP_AFTER = re.compile(r"^\s+(?:(?:[Ii]ndigenous|[Aa]boriginal)\s+)?"
                         r"(?:man|woman|men|women|people|peoples|tribes?|elders|family|"
                         r"community|communities|refugees|migrants|minority|minorities|"
                         r"villagers|tribesmen)\b(?!-)")  # (not "Maggi’s family-run …"; and
# "Wajãpi Indigenous people")


#: Events named for what they are of: "Africa Cup of Nations", "Festival of Britain".
_EVENTS_OF = frozenset("Cup Festival Tournament Games Parade".split())
#: Winning one of an award: "to win an Oscar", "won a Grammy" (a person's name there is
#: the award named for them).
_AWARD_BEFORE = re.compile(r"\b(?:win|wins|won|winning|earn|earned|earns)[^\S\n]+(?:a|an)"
                           r"[^\S\n]+$")
#: "is a …", "was the first …" after a name, then a person's noun within a few words:
#: "Pillen is the first active farmer elected governor".
_IS_A = re.compile(r"^[^\S\n]+(?:is|was)[^\S\n]+(?:a|an|the|one[^\S\n]+of[^\S\n]+the)[^\S\n]+"
                   r"(?P<words>[a-z0-9][\w-]*(?:[^\S\n]+[a-z0-9][\w-]*){0,4})")
#: A body's noun ending an apposition right after the name, before what it does or where
#: it is: "Venture Ad Astra, an Anchorage-based firm developing …", "Acme, a consulting
#: company in Denver" (not "…, a company spokesman", "…, a lawyer at the firm").
_BODY_APPOSITION = re.compile(r"^,[^\S\n]+(?:a|an)[^\S\n]+(?:(?!(?:at|for|with|of|in|from|by|"
                              r"on|to)\b)[\w’'-]+[^\S\n]+){0,3}?(?:firm|company|nonprofit|"
                              r"non-profit|charity|startup|start-up|organi[sz]ation|corporation|"
                              r"agency|foundation|publisher|newsroom)(?=[,.;:]|[^\S\n]+(?:that|"
                              r"which|whose|based|in|of|with|for|owned|run|founded|"
                              r"headquartered|[a-z]+ing)\b)")
#: A meeting's kind and "on", before the subject that names it: "a one-day international
#: workshop on the Siting of …", "a symposium on the Future of Work".
_MEETING_ON = re.compile(r"\b(?:workshop|seminar|symposium|webinar|conference|colloquium|"
                         r"roundtable|round-table)[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?$", re.I)
#: A work's noun ending a longer apposition, its words no prepositions: "Pobal Maps, a free
#: online Geographical Information System map viewer" (not "…, a reporter for the weekly
#: newsletter").
_WORK_APPOSITION = re.compile(r"^,[^\S\n]+(?:a|an)[^\S\n]+(?:(?!(?:at|for|with|of|in|from|by|"
                              r"on|to)\b)[\w’'-]+[^\S\n]+){2,6}?(?:map[^\S\n]+viewer|viewer|"
                              r"database|dashboard|app|newsletter|podcast|handbook)"
                              r"(?=[,.;:]|[^\S\n]+(?:that|which|for|with|[a-z]+ing)\b)")
#: Words that open the names of storms and of military operations: "Storm Ciara",
#: "Operation Desert Storm" (the name is the event, whatever word follows).
_NAMED_OPERATIONS = frozenset("Hurricane Typhoon Cyclone Storm Operation Operación Opération "
                              "Operação Exercise".split())  # ("Operación Libertad")
#: A publication's verbs after its name: "The Daily is released Monday to Friday".
_RELEASED_AFTER = re.compile(r"[^\S\n]+(?:is|are|was|were)[^\S\n]+(?:released|published|issued|"
                             r"broadcast|aired)\b")
#: People's nouns that a firm or a body may be called too: "Acme is a big employer".
_BODIES_TOO = frozenset("""employer owner customer investor shareholder donor backer supporter
critic opponent leader player proponent detractor landlord landowner partner""".split())
#: A legislator's title and name, or "both" of two named, before "of" and their home town:
#: "Sen. Tom Brewer of Gordon", "State Sens. … and Steve Lathrop, both of Omaha".
_HOME_BEFORE = re.compile(r"(?:\b(?:Sen|Sens|Rep|Reps|Del|Senator|Representative|"
                          r"Assemblyman|Assemblywoman|Councilman|Councilwoman)\.?[^\S\n]+"
                          r"(?:[A-Z][\w’'.-]*[^\S\n]+){1,3}|\b(?:both|all|each)[^\S\n]+)of"
                          r"[^\S\n]+$")
_EVENT_AFTER = re.compile(r"^\s+(?:parade(?![^\S\n]+(?:field|deck|grounds?|route)\b)|festival|"
                          r"event|celebrations?|march|rally|concert|"
                          r"tournament|summit|games|ceremony|conference|massacre|"
                          # (not "election": "the 2026 Senedd election", "the Ontario
                          # election", "Windham election officials" name the body or the
                          # place that votes, not the vote)
                          r"bombings?|earthquake|disaster|uprising|riots?|shooting|"
                          r"floods?|crisis|war|trials?|mission|workshop|seminar|symposium|"
                          r"webinar)\b")


#: Work done at a body, right before its name: "everything we do at Mozilla", "works at
#: Google" (a workplace, no town).
_WORK_AT = re.compile(r"\b(?:work(?:s|ed|ing)?|(?:we|they|I|you)[^\S\n]+do|employed|employees|"
                      r"staff|colleagues|jobs?)[^\S\n]+at[^\S\n]+$")


#: The fields whose journals are named "… Review": "Harvard Law Review".
_JOURNAL_FIELDS = frozenset("Law Business Literary Medical Economic Book Political "
                            "Historical Philosophical".split())
#: The reviews a government holds, by the word before "Review": "the Spending Review".
_REVIEWS_HELD = frozenset("Spending Defence Defense Periodic Integrated Independent Peer"
                          .split())  # ("the ESS Peer Review": peers review an office)
def _above_its_record(c: Candidate) -> bool:
    """A product alone on its line, or one of two joined by "and" ("• Licorice Root 30 … and
    Licorice Root 90 …"), right above its record's fields ("Pack size 800g", "Best before
    …"), as a food recall lists them."""
    line_end = c.after.find("\n")
    return line_end >= 0 and \
        re.fullmatch(r"(?:[^\S\n]+and[^\S\n]+[^\n]*)?", c.after[:line_end]) is not None and \
        RECORD_BELOW.match(c.after, line_end) is not None and \
        re.search(r"(?:^|\n)[^\S\n]*(?:[•*-][^\S\n]*)?(?:[^\n]*[^\S\n]and[^\S\n]+)?$",
                  c.before) is not None


def _spelt_in_lower_case(letters: str, before: str) -> bool:
    """Whether the words right before the bracket that opens these letters are a phrase in
    lower case whose initials hold them in order, the first first: a term, not a body ("the
    Australian Electoral Commission (AEC)" is capitalised)."""
    m = re.search(r"((?:[a-z][\w-]*[^\S\n]+){2,8})\([^\S\n]*$", before)
    if m is None:
        return False
    initials = "".join(w[0] for w in m.group(1).split()).upper()
    for start in range(len(initials)):
        if initials[start] != letters[0]:
            continue
        rest = iter(initials[start:])
        if all(ch in rest for ch in letters):
            return True
    return False


#: The kind of body in the sky right before its name: "the star Polaris", "asteroid Bennu".
_SKY_KIND_BEFORE = re.compile(r"(?:\b(?:[Tt]he|a|bright|distant|nearby|giant|dwarf)[^\S\n]+star|"
                              r"\b(?:planet|asteroid|comet|exoplanet|galaxy|constellation"
                              r"(?:[^\S\n]+of)?|nebula|galaxy[^\S\n]+cluster))[^\S\n]+$")
# (not "rock star Bono": a person; "the constellation of Hydra", "the galaxy cluster MACS
# J1206")


#: Someone who speaks or works for a body, just before its name: "a spokesman from Acme".
_MEMBER_OF_BODY = re.compile(r"\b(?:spokes(?:man|woman|person)|official|representative|"
                             r"employee|executive|lawyer|attorney)s?[^\S\n]+(?:from|at|for|"
                             r"of)[^\S\n]+$")
#: A person's marks after a single name: "Dandhy posted his comments", "Sargsyan, who".
_PERSON_AFTER = re.compile(r"^(?:,\s+who\b|\s+\w+(?:ed|s)\s+(?:his|her)\b|\s+and\s+(?:his|her)\s+"
                           r"(?:\w+\s+){0,2}(?:children|wife|husband|son|daughter|family|"
                           r"mother|father|partner|brother|sister)\b|"
                           r"\s+(?:first\s+|later\s+)?(?:took|takes|taking)\s+office\b|"
                           r"\s+(?:was|is|had\s+been)\s+(?:sworn\s+in|inaugurated)\b)")
# (or took office, or was sworn in: "since 2015 when Magufuli first took office")
#: An age or a kinship right before a name: "12 year-old Jummah", "daughter Parvati".
_AGE_OR_KIN_BEFORE = re.compile(r"(?:\b\d{1,3}[- ]years?[- ]old|\b(?:daughter|son|wife|husband|"
                                r"mother|father|brother|sister|grandson|granddaughter|nephew|"
                                r"niece|cousin|widow|widower|goddess|god)),?[^\S\n]+$")


#: The services a special district of the US exists to provide: "Selden Fire District",
#: "Smithtown School District" are public bodies, not places.
_SERVICE_DISTRICTS = frozenset("Fire School Water Sanitary Sanitation Utility Irrigation Park "
                               "Library Hospital Transit Sewer Drainage Conservation".split())
#: A list of storms under their kind in the plural, before one of them: "Hurricanes
#: Katrina, Sandy, Harvey, and …".
_STORM_LIST_BEFORE = re.compile(r"\b(?:Hurricanes|Typhoons|Cyclones|Storms)[^\S\n]+"
                                r"(?:[A-Z][a-z]+,[^\S\n]+)+(?:and[^\S\n]+)?$")
#: A party's own name after its province's or country's: "Nova Scotia Liberal(s)".
_PARTY_BY_PLACE = frozenset("Liberal Liberals Conservative Conservatives Labour Labor Green "
                            "Greens NDP Tories Tory Democrats Republicans".split())
#: People known by one name, a pseudonym or a stage name, after the noun for what they do:
#: "blogger Afrobella", "rapper Skepta".
_PSEUDONYM_NOUNS = frozenset("blogger rapper singer artist poet musician columnist "
                             "cartoonist".split())
#: An honorific right before a name (a coordination's first person keeps it only in the
#: text): "when Mr Manning and Mr Panday …"; in capitals before a transcript's label, "MR.
#: EARNEST:" (grouping matches the label with the surname's person by it too).
HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR)\.?[^\S\n]+$")
#: A person's age after the name, then the sentence goes on: "J.S., 60, had planned …",
#: "Ann Lee, 34, of Cohoes".
_AGE_AFTER = re.compile(r",[^\S\n]+(?:(?:[1-9]\d?|1[01]\d),[^\S\n]+(?:of|from|who|was|is|had|has|"
                        r"and|a|an|the|[a-z]+ed)\b|in[^\S\n]+(?:his|her|their)[^\S\n]+"
                        r"(?:early[^\S\n]+|mid-?|late[^\S\n]+)?(?:teens|[2-9]0s),)")
# (or a decade of life: "Singh, in his 40s, speaks …")


SUBJECT_AFTER = re.compile(r"^\s+(?:has|is|was|says|does|(?:contributor|reporter|"
                           r"columnist|correspondent|editor|writer)s?\s+[A-Z])")
# (an outlet before its writer: "Forbes contributor Jeff McMahon writes …")


#: Bodies' head words in other languages, anywhere in the name: "Helmholtz-Zentrum Hereon",
#: "Universidad Nacional", "Fondation Cartier", "Agência Brasil", "Câmara dos Deputados",
#: "Igreja Universal do Reino de Deus", "Corpo de Bombeiros de Minas Gerais".
_BODY_WORDS_ABROAD = frozenset("Zentrum Institut Instituto Istituto Universität Université "
                               "Associação Asociación Associazione Fundação Fondazione "
                               "Universidad Università Universiteit Universidade Hochschule "
                               "Akademie Fundación Fondation Stiftung Gesellschaft "
                               "Ministerio Ministério Ministère Ministero Ministerium "
                               "Agência Agencia Agence Agenzia Câmara Cámara Igreja Iglesia "
                               "Église Chiesa Polícia Policía Bombeiros Bomberos Prefeitura "
                               "Secretaria Secretaría Procuradoria Fiscalía Defensoria "
                               "Assembleia Asamblea Assemblée Senado Partido Companhia "
                               "Compañía Exército Ejército Marinha Liceo Lycée Liceu Colegio "
                               "Colégio Escuela Escola Ysbyty Ysgol Coleg Prifysgol Cyngor "
                               "Canolfan Acción Ação Frente Movimiento Movimento Unión União "
                               "Alianza Aliança Mundo".split())
# (and Welsh: "Ysbyty Aneurin Bevan"; and movements and fronts: "Acción Humanista", "Frente
# Amplio", "Mundo sin Guerras y Violencia")
#: Bodies' words in Spanish, Portuguese and French that open their names: "Asociación para
#: el Manejo …", "Federación de …" (a network, "Red de …", only before "de").
_BODIES_OPENING_ABROAD = frozenset("Asociación Associação Asociacion Federación Federação "
                                   "Fédération Confederación Confederação Cooperativa "
                                   "Corporación Sindicato Consejo Conseil Comité Comisión "
                                   "Movimiento Movimento Mouvement Colectivo Coletivo".split())
#: Gatherings' words in Spanish, Portuguese and French that open their names: "Foro
#: Interamericano …", "Encuentro Nacional de …", "Cumbre de …".
_GATHERINGS_ABROAD = frozenset("Foro Fórum Encuentro Encontro Cumbre Congreso Congresso "
                               "Jornada Jornadas Feria Feira Rencontres Colloque Conferência "
                               "Conferencia Conférence Conferenza".split())
#: The time and date a wiki's signature puts after the user's name: " 06:30, 3 November
#: 2005 (UTC)".
_SIGNED_AT = re.compile(r"[^\S\n]+\d{1,2}:\d{2},[^\S\n]+\d{1,2}[^\S\n]+[A-Z][a-z]+[^\S\n]+\d{4}"
                        r"[^\S\n]+\(UTC\)")
#: A stop's kind in lower case after its name: "Manchester Victoria station".
_STATION_AFTER = re.compile(r"[^\S\n]+(?:railway[^\S\n]+|train[^\S\n]+|tube[^\S\n]+|bus[^\S\n]+)?"
                            r"(?:station|terminal|stop)\b")
#: A postcode right after a town or a county on an address's line.
_POSTCODE_AFTER = re.compile(rf"[^\S\n]+{POSTCODE}(?![\w-])")
#: Regions a people's adjective names as theirs: "the Canadian Arctic", "the Australian
#: Outback" (places, not a people's bodies).
_REGIONS_OF_A_COUNTRY = frozenset("Arctic Antarctic Prairies Rockies Outback Alps Highlands "
                                  "Maritimes Riviera Shield Amazon Andes Sahara Himalayas "
                                  "Pampas".split())
#: The bodies a system of them is made of, after its name (and its short forms in
#: brackets): "Farm Credit System (FCS or System) institutions".
_INSTITUTIONS_AFTER = re.compile(r"(?:[^\S\n]*\([^()\n]{1,30}\))?[^\S\n]+(?:institutions|"
                                 r"banks|members|schools|campuses|colleges|universities|"
                                 r"hospitals|lenders|associations|libraries)\b")
#: People at their place of work, before "at" and the body: "your colleagues at …".
_STAFF_AT = re.compile(r"\b(?:colleagues|staff|staffers|officials|researchers|scientists|"
                       r"employees|workers|engineers|experts|team|teams|friends|partners)"
                       r"[^\S\n]+at[^\S\n]+$")
#: Economic measures news names by their letters alone, indices and accounts, no bodies:
#: "the CPI and the RPI", "GDP grew".
_MEASURES_BY_LETTERS = frozenset("CPI CPIH RPI RPIJ PPI HICP PCE GDP GNP GNI PMI".split())
#: English head words that may open a body's name: "Institute Curie", "University College
#: London", "Museum Victoria".
_HEADS_OPENING = frozenset("Institute University Museum Foundation Academy".split())
#: Places of a kind after a name: "the Pennines and other northern hills".
_AND_OTHER_PLACES = re.compile(r"[^\S\n]+and[^\S\n]+other[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:"
                               + "|".join(sorted(PLACE_KINDS | {"hills", "mountains", "rivers",
                                                                "lakes", "valleys", "coasts",
                                                                "parks", "seas"}))
                               + r")\b")
#: The time slots broadcast shows are named for: "… Breakfast Show", "… Late Show".
_SHOW_TIMES = frozenset("Breakfast Morning Afternoon Evening Late Night Drive Weekend "
                        "Sunday Saturday".split())
#: The kind of a military base before its own name: "Recruit Depot San Diego", "Outlying
#: Field Atlantic", "Joint Base Lewis-McChord" (not a station: "Coast Guard Air Station Cape
#: Cod" is as often the unit that flies from it).
_INSTALLATION = re.compile(r"\b(?:Air|Naval|Recruit|Outlying|Army|Joint|Logistics|Submarine|"
                           r"Reserve)[^\S\n]+(?:Base|Depot|Field|Airfield)\b")


#: A town with its status and a comma, then its province: "the Municipality of Dangcagan, ".
_AFTER_MUNICIPALITY = re.compile(r"\b(?:City|Town|Municipality|Village) of [A-Z][\w’'-]+"
                                 r"(?: [A-Z][\w’'-]+)?,[^\S\n]+\Z")


#: What a war does to a place, before its name: "the defense of Chasiv Yar", "the siege of
#: Mariupol", "the outskirts of Kherson" (not "the capture of", "the fall of": people too).
_FOUGHT_OVER = re.compile(r"\b(?:defen[cs]e|siege|shelling|bombardment|bombing|outskirts|"
                          r"liberation|encirclement|evacuation)\s+of\s+$", re.IGNORECASE)


_NAMED_AS_PLACE = re.compile(r"\b(?:town|towns|city|cities|village|villages|province|county|"
                             r"state|region|district|riding|ward|constituency|borough|parish|"
                             r"community|municipality|commune|neighbou?rhood|island|mountain|"
                             r"volcano|stronghold)"
                             r" of\s+$|\b(?:place|town|village|area|(?<!news )(?<!web )site|spot)"
                             r"\s+(?:called|named"
                             r"|known\s+as)\s+$")  # ("at a place called Awarua Te Riu o Puanga";
# not "a news site called The Root")


#: A people's adjective and a kind of place in title case before a name: "the Syrian City
#: of …" (a headline's words; see lexicon.HEADLINE_PLACE_KINDS).
_KIND_OF_PLACE_BEFORE = re.compile(r"\b(?P<people>[A-Z][a-z]+)[^\S\n]+(?P<kind>[A-Z][a-z]+)"
                                   r"[^\S\n]+of[^\S\n]+$")


#: The endings of peoples' names and adjectives: "Kiwi", "Samoan", "Congolese", "Yazidi",
#: "Punjabi", "Somali", "Irish", "Israeli".
_PEOPLE_ENDING = re.compile(r"(?:an|ans|ese|ish|i|is|er|ers|ite|ites|ic|o|k|ch|ue)$")
#: How the people of a town are named after it: "Toronto" → "Torontonians", "Karachiites".
_PLACE_PEOPLE_ENDINGS = frozenset("nians ians ans ites ers".split())
#: A kind of place in apposition after a name: ", a small town in", ", the capital of".
_PLACE_APPOSED = re.compile(r",[^\S\n]+(?:a|an|the)[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}(?:town|"
                            r"city|village|capital|port|suburb|island|region|province|district|"
                            r"county|neighbou?rhood|settlement|municipality)[^\S\n]+(?:in|of|on|"
                            r"near|outside|where)\b")  # (and "Peoplestown, a gentrifying
# neighborhood where …")


#: A form of state before "of": "Republic of Macedonia", "Kingdom of Bahrain" name
#: places; "State of Palestine", "Union of the Comoros" do when a known place follows.
_STATES = frozenset("Republic Kingdom Principality Sultanate Emirate Duchy".split())


STATE_FORMS = _STATES | frozenset("Commonwealth Federation State Union".split())
#: Words a state's formal name may put before "State of", "Union of": "Independent State of
#: Samoa", "Plurinational State of Bolivia".
_STATE_ADJECTIVES = frozenset("Independent Plurinational Sovereign Free Federal Islamic".split())


#: Days a holiday's name ends with: "Easter Sunday", "Christmas Eve", "Thanksgiving Day".
_HOLIDAY_DAYS = frozenset("Day Eve Sunday Monday Friday Saturday Week Weekend".split())
#: Words a treaty's name puts after its kind: "Convention Against Torture", "Treaty of
#: Versailles", "Protocol on …".
_TREATY = re.compile(r"(?:Convention|Covenant|Treaty|Protocol|Charter) (?:[Oo]n|[Aa]gainst|"
                     r"[Ff]or|[Rr]elating|[Tt]o)\b|(?:Treaty|Protocol|Charter|Covenant) of\b")


#: What a reserve of land is kept for, before "Reserve": a place, not a body ("Federal
#: Reserve", "Army Reserve").
_NATURE_RESERVES = frozenset("Tiger Nature Game Forest Wildlife Biosphere Marine Wilderness "
                             "Ecological Indian Bird Elephant Conservation Indigenous Natural "
                             "Tribal Reservation".split())


#: What a town's government does, right after its formal name: "The City of Albuquerque
#: has issued …", "…, which is responsible for …".
_MUNICIPALITY_ACTS = re.compile(r"(?:,[^\S\n]+which|[^\S\n]+(?:has|have|had|is|was|will|"
                                r"would|said|says|announced|issued|filed|sent|approved|"
                                r"ordered|sued|launched|opened))\b")


#: A person described right after the name: "Solo Rajaonson, another local journalist,".
#: Nouns an apposition gives a product by: "Coco Loko, a “snortable” chocolate powder".
_PRODUCT_NOUNS = frozenset("drug medicine medication vaccine drink beverage powder product "
                           "device app application software game car vehicle phone insulin "
                           "pill tablet supplement treatment therapy brand cigarette".split())


#: Storms in the plural before their names: "hurricanes Charley and Frances".
_STORMS_BEFORE = re.compile(r"\b(?:[Hh]urricanes|[Tt]yphoons|[Cc]yclones|[Tt]ropical[^\S\n]+"
                            r"[Ss]torms|hurricane|typhoon|cyclone)[^\S\n]+(?:[A-Z][\w’'-]+"
                            r"(?:,[^\S\n]+|[^\S\n]+and[^\S\n]+))*\Z")
# (and one storm after the word in lower case: "cut short because of hurricane Floyd")
#: A headline's verb in title case that only people take: "Noren Served as Boone County
#: Clerk …", "Hovland Sworn In".
PERSONAL_HEADLINE_VERB = re.compile(r"[^\S\n]+(?:Served[^\S\n]+as|Dies|Died|Resigns|"
                                    r"Testifies|Sworn[^\S\n]+In)\b")
#: A recall's verb after the firm a headline names: "Target Recalls Step Stools …".
RECALLS_AFTER = re.compile(r"[^\S\n]+Recalls[^\S\n]+[A-Z0-9]")


#: A court's post after a judge's surname, as an opinion heads the judge's words:
#: "BARBADORO, District Judge.", "SMITH, Circuit Judge:", "ROBERTS, C. J.".
_JUDGE_AFTER = re.compile(r",[^\S\n]+(?:(?:Chief|Senior|District|Circuit|Magistrate|Associate|"
                          r"Bankruptcy|Presiding)[^\S\n]+)?(?:Judges?|Justices?|C\.[^\S\n]?J\.|"
                          r"J\.(?![^\S\n]*[A-Z][a-z]))")  # (not "NASA, J. Lee": a credit's next
# name, its initial)


#: A US state's postal code and a ZIP code after a town in an address.
_STATE_AND_ZIP = re.compile(r",?\s+[A-Z]{2}\s+\d{5}(?:[-–]\d{4})?\b")


#: A line's label for the programmes it lists, then the list so far: "Radio: Africa News
#: Tonight, ", "Television: Africa 54, ".
_PROGRAMMES_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:Radio|Television|TV|Podcasts?|Programs?|"
                               r"Programmes?|Shows?):[^\S\n]+(?:[^\n:]*,[^\S\n]+)?(?:and[^\S\n]+)?$")
#: The events a body holds under its own name: "the Department of Defense Warrior Games".
_HELD_EVENTS = frozenset("Games Championship Championships Cup Tournament Marathon Race Festival "
                         "Conference Summit Expo Awards Competition Challenge Convention "
                         "Convocation Retreat Symposium Colloquium".split())
#: Small words that link a body's name, and no person's: "Voice of America".
_LINKED = frozenset({"of", "for", "and", "the"})
#: A member's political group and country in brackets after the name: " (EPP-ED, NL)",
#: " (S&D, DE)", " (Greens/EFA, FR)".
_MEMBER_GROUP_AFTER = re.compile(r"[^\S\n]+\([A-Z][\w/&-]{1,14},[^\S\n]+[A-Z]{2}\)")
#: A date just before a name, its year last: "17 / 05 / 2021 ", "17 May 2021 ".
_DATE_BEFORE = re.compile(rf"(?:/[^\S\n]*|\b(?:{MONTH_NAMES})[^\S\n]+)"
                          r"(?:1[6-9]|20)\d\d[^\S\n]+$")
#: People of a kind, then examples of them by name: "foreign fighters like Warsame and
#: Daduq", "activists such as …".
_PEOPLE_LIKE = re.compile(r"\b(?:people|men|women|figures|fighters|militants|detainees|"
                          r"prisoners|suspects|terrorists|leaders|activists|journalists|"
                          r"dissidents|players|athletes|artists|writers|authors|musicians|"
                          r"singers|actors|politicians|lawmakers|candidates|dictators|"
                          r"autocrats|despots|tyrants|strongmen|rulers)[^\S\n]+"
                          r"(?:like|such[^\S\n]+as)[^\S\n]+(?:[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)"
                          r"{0,2},?[^\S\n]+(?:and|or)[^\S\n]+)?$")
#: What holds a product, before its name: "a bottle of Grange Hermitage".
_COUNTED_BY = re.compile(r"\b(?:a|an|one|two|three|the|\d+)\s+(?:bottles?|cases?|glass(?:es)?|"
                         r"cans?|packets?|packs?|boxes?|jars?|tins?|cartons?|tubes?|"
                         r"sachets?|vials?)\s+of\s+$")


#: A designation of letters and a number with no hyphen between ("W78", "B61-12"), which
#: only the kind of thing after it makes a model's.
_DESIGNATED = re.compile(r"[A-Z]{1,2}\d{1,3}(?:-\d{1,3}[A-Z]?)?")
#: The kind of machine or weapon after its designation, perhaps after another designation
#: joined by "and" and a word or two: "warhead", "and W80-1 systems", "new radar system".
_MATERIEL_AFTER = re.compile(r"(?:[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?[A-Z]{1,2}-?\d[\w-]*)?"
                             r"(?:[^\S\n]+[a-z]+){0,2}?[^\S\n]+(?:warheads?|bombs?|missiles?|"
                             r"systems?|aircraft|jets?|fighters?|bombers?|tanks?|rifles?|"
                             r"engines?|rockets?|satellites?|helicopters?|drones?|submarines?|"
                             r"locomotives?)\b")


#: A degree's letters after a person's name, perhaps after a given name a roll writes
#: after the surname: ", Ph.D.", ", M.D., M.P.H.", ", Worta, M.D.".
_DEGREE_AFTER = re.compile(r",[^\S\n]+(?:[A-Z][a-z]+,[^\S\n]+)?(?:"
                           + "|".join(re.escape(d[:-1]) for d in sorted(ROLL_DEGREES)
                                      if d.count(".") >= 2)
                           + r")\.?(?![A-Za-z])")
#: A drug's generic name in lower case, before its brand in brackets: "atezolizumab
#: (Tecentriq)".
_GENERIC_BEFORE = re.compile(r"\b[a-z]+(?:mab|nib|vir|cillin|mycin|pril|sartan|statin|olol|"
                             r"azole|tide|parin|lukast|setron|platin|taxel|rubicin|tinib)"
                             r"[^\S\n]+\($")
#: A title and its holder's possessive before a name the holder owns: "President Biden’s
#: Cancer Moonshot", "First Lady Biden’s …".
_TITLED_OWNER_BEFORE = re.compile(r"\b(?:President|Vice[^\S\n]+President|Prime[^\S\n]+Minister|"
                                  r"Governor|Gov\.|Senator|Sen\.|Mayor|First[^\S\n]+Lady|"
                                  r"Chancellor|King|Queen)[^\S\n]+(?:[A-Z][\w.-]*[^\S\n]+){0,2}"
                                  r"[A-Z][\w-]+[’']s?[^\S\n]+$")


#: Reading before a book's title, and its author's name after it: "I am reading The
#: Paris Library by Janet Skeslien Charles".
_READ_BEFORE = re.compile(r"\b(?:reading|read|reread|rereading|finished)[^\S\n]+"
                          r"(?:The[^\S\n]+)?$")
_AUTHOR_AFTER = re.compile(r"[^\S\n]+by[^\S\n]+[A-Z][\w’'.-]+[^\S\n]+[A-Z]")


#: Agencies named "… Survey", unlike the surveys they and others conduct.
_SURVEYING_BODIES = frozenset("Geological Ordnance Hydrographic Topographical Geodetic".split())


#: What the word after a name makes of it: a gene, a protein, a virus, a disease.
_OTHER_AFTER = re.compile(r"[”\"’']?\s+(?:genes?|proteins?|receptors?|enzymes?|mutations?|"
                          r"antibod(?:y|ies)|virus|viruses|disease|syndrome|pandemic|"
                          r"epidemic|symptoms|strain|variant|(?:muscular\s+)?dystrophy|palsy|"
                          r"sarcoma|lymphoma|leuka?emia|anaemia|anemia)\b")
#: The types of what a parliament's record names in its roll of members or after a seat
#: (names.members_and_seats marks them), of an author a citation names surname first
#: (names.cited_authors), of the body a roll names after a person's degrees
#: (names.degreed_rows) and of the bodies a plural in lower case before them names
#: (cutting), with the evidence for each.
_ROLL_HINTS = {
    "member": ("person", "a member of a parliament, in its roll or after the seat ('Baynes, "
               "Simon (Clwyd South)', 'the Member for Lewes (Norman Baker)')"),
    "seat": ("place", "a member's seat, in brackets in a roll or before the member's name"),
    "party": ("organisation", "a party's letters in brackets after a member's seat ('(Con)')"),
    "cited": ("person", "an author a citation names surname first, before the year "
              "('Østby, Lars og Kristin Henriksen (2013)')"),
    "affiliation": ("organisation", "the body a roll names after a person's degrees "
                    "('Jeffery Thompson, M.D., M.P.H., Mercer')"),
    "department": ("organisation", "one of the bodies a plural in lower case before them "
                   "names ('the departments of Education and State')"),
}
#: What a disease's name stands before and after, which no place's or body's does: "the
#: first Ebola case diagnosed", "the Zika outbreak", "infected with Marburg".
_DISEASE_AFTER = re.compile(r"[^\S\n]+(?:outbreaks?|infections?|vaccines?|vaccinations?|"
                            r"cases?[^\S\n]+(?:was[^\S\n]+|were[^\S\n]+)?(?:diagnosed|"
                            r"confirmed))\b")
_DISEASE_BEFORE = re.compile(r"\b(?:infected|diagnosed|sickened|died|dying|recovered|"
                             r"recovering)[^\S\n]+(?:with|of|from)[^\S\n]+$")
#: What a drug or a device a regulator approves is named between: "FDA approves Adlyxin to
#: treat …", "approves first subcutaneous C1 Esterase Inhibitor to treat …", "Erelzi, a
#: biosimilar to Enbrel", "for the treatment of Chronic Idiopathic Constipation (CIC)".
_APPROVED_BEFORE = re.compile(r"\b(?:approve[sd]?|clear(?:s|ed)?|authori[sz]e[sd]?)[^\S\n]+"
                              r"(?:(?:the|first|new|expanded|indications?|for)[^\S\n]+"
                              r"|[a-z]+[^\S\n]+){0,3}$")
_TREATMENT_AFTER = re.compile(r"(?:[^\S\n]+\d[\d.]*%)?(?:[^\S\n]+\([^()\n]{1,20}\))?[^\S\n]+"
                              r"(?:to[^\S\n]+(?:\w+[^\S\n]+)?(?:treat|prevent)\b|for[^\S\n]+"
                              r"(?:the[^\S\n]+treatment|over-the-counter|use|patients|three|two|"
                              r"rare|subcutaneous)\b)|,[^\S\n]+an?[^\S\n]+(?:biosimilar|drug|"
                              r"medication|vaccine|device|therapy|treatment)\b")
_DRUG_CUE_BEFORE = re.compile(r"\b(?:biosimilar[^\S\n]+to|for[^\S\n]+(?:the[^\S\n]+)?treatment"
                              r"[^\S\n]+of|to[^\S\n]+(?:treat|prevent))[^\S\n]+$")


#: What a scientific instrument is called after its name, or in apposition to it: "the
#: MUSE instrument", "METIS, the powerful imager and spectrograph", "(VISIR), the latest
#: instrument".
_INSTRUMENT_AFTER = re.compile(r"[)”\"’']?(?:,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?|"
                               r"[^\S\n]+)(?:instruments?|imager|spectrographs?|spectrometer|"
                               r"camera|detector|interferometer|coronagraph)\b")
#: What follows an app's name: "tele-consultations on eSanjeevani app".
_APP_AFTER = re.compile(r"[”\"’']?[^\S\n]+(?:app|apps|mobile application)\b")


#: What a programme named for its host ends with: "The Phil Donahue Show" (but "the
#: Chelsea Flower Show" is an event: its first word is a place, not a host's given name).
_BROADCAST_HEADS = frozenset(("Show", "Podcast"))
#: A list of news outlets before the last name of the list: "including The New York Times,
#: Daily Mail and …".
_OUTLETS_LISTED_BEFORE = re.compile(r"\b(?:Times|Post|Mail|News|Journal|Guardian|Telegraph|"
                                    r"Tribune|Herald|Reuters|Bloomberg)\b[^.\n]{0,40}"
                                    r"(?:,|\band)\s*$")
#: What follows a place that opens a sentence after "In": a comma, or the clause's next
#: words ("In Alemão yet another youth …", "In Gaza residents fled …"; not "In Facebook
#: posts, …", where the name qualifies a noun).
_AFTER_OPENING_PLACE = re.compile(r",|[^\S\n]+(?:yet|the|a|an|there|this|these|those|some|"
                                  r"many|more|most|at|on|last|over|about|several|two|three|"
                                  r"hundreds|thousands|dozens|police|residents|officials|"
                                  r"people|authorities|protesters|soldiers|alone)\b")
#: A word for a business or a meeting place, then a comma, before its name: "our
#: unofficial office, Mea Cuppa", "a local bakery, Crumbs".
_BUSINESS_BEFORE = re.compile(r"\b(?:office|restaurant|caf[eé]|coffee[^\S\n]?(?:shop|house)|"
                              r"bar|pub|tavern|diner|bakery|shop|store|bookstore|bookshop|"
                              r"brewery|winery|distillery|venue|hotel|motel|salon|"
                              r"boutique),[^\S\n]+$")
#: A legislator's party and home town in brackets after the name: "(R-Aztec)", "(D-San
#: Antonio)".
_PARTY_AND_TOWN = re.compile(r"[^\S\n]*\([RDI][^\S\n]*[-–][^\S\n]*[A-Z][\w.]*"
                             r"(?:[^\S\n]+[A-Z][\w.]*)*\)")
#: A verb of giving or winning an honour, then "the", right before its name: "have been
#: awarded the …", "to hand over the …".
_AWARDED_BEFORE = re.compile(r"\b(?:awarded|won|wins|win|presented\s+with|received|receives|"
                             r"hand(?:ed)?\s+over)\s+the\s+$")
#: The word for a business right after its name: "El Rialto restaurant", "the Blue Door
#: cafe".
_BUSINESS_AFTER = re.compile(r"[^\S\n]+(?:restaurant|caf[eé]|coffee[^\S\n]?(?:shop|house)|"
                             r"tavern|diner|bakery|brewery|winery|distillery|motel|salon|"
                             r"boutique|bookstore|bookshop|taqueria|pizzeria|steakhouse)s?\b")
#: What a body is called, before its name in marks: "generally referred to as “the U.S.
#: Chemical Safety Board”", "known as “the Agency”".
_CALLED_IN_MARKS = re.compile(r"\b(?:referred[^\S\n]+to|known|called|dubbed)[^\S\n]+"
                              r"(?:as[^\S\n]+)?[“\"‘']?(?:the[^\S\n]+)?$")
#: Another body's letters and a slash before a name in letters: "the DOJ/ATF".
_PAIRED_LETTERS = re.compile(r"\b([A-Z]{3,})/$")
#: Firms by a plural noun, then a range of them: "Fortune 500 companies, from Target to
#: Wal-Mart".
_FIRMS_FROM_TO = re.compile(r"\b(?:companies|firms|corporations|retailers|brands|businesses|"
                            r"chains|employers|banks|manufacturers|carriers|airlines),?[^\S\n]+"
                            r"(?:from[^\S\n]+|from[^\S\n]+[A-Z][\w’'&.-]*(?:[^\S\n]+[A-Z]"
                            r"[\w’'&.-]*){0,2}[^\S\n]+to[^\S\n]+)$")
#: A firm's site after its name: "at the Chemtool manufacturing facility", "in the Acme
#: plant" (a town's name there is the place: "the Waukegan facility").
_FIRMS_SITE_AFTER = re.compile(r"[^\S\n]+(?:(?:manufacturing|chemical|processing|production|"
                               r"packaging|paper|steel|assembly|distribution)[^\S\n]+)?"
                               r"(?:facility|plant|factory|mill|warehouse|refinery|"
                               r"distribution[^\S\n]+center)\b")
#: The guesses made from a name's shape alone, when nothing around it says what it is: a
#: name listed with others may take their type instead (entities.py).
#: A greeting right before a name: "Oh Murray, …", "Thanks Arlie".
_GREETED = re.compile(rf"\b(?:{'|'.join(sorted(GREETINGS))}|Thanks),?[^\S\n]+$")
#: The articles that open a Spanish, French, Italian or Portuguese name.
_ROMANCE_ARTICLES = frozenset("La El Los Las Le Les Il Lo Gli".split())
#: What a team's name is written before: "the Southern Steel team", "the Silver Ferns coach".
_TEAM_AFTER = re.compile(r"[^\S\n]+(?:team|coach|captain|squad)\b")
#: A sport and its follower or side after a club's name: "a Washington Capitals hockey fan",
#: "the Leinster rugby team".
_SPORT_AFTER = re.compile(r"[^\S\n]+(?:hockey|football|soccer|baseball|basketball|rugby|"
                          r"cricket|netball|softball|volleyball|lacrosse)[^\S\n]+"
                          r"(?:fans?|team|club|franchise|players?|supporters?)\b")
#: Who makes a product, right before its name: "makers of the world-renowned …".
_MAKERS_OF_BEFORE = re.compile(r"\b(?:makers?|producers?|manufacturers?)\s+of\s+"
                               r"(?:the\s+)?(?:[a-z][\w-]*\s+)?$")
#: The heads of a body's buildings, named after someone, that follow the body's possessive.
_BUILDINGS_OF_BODIES = frozenset("Hall Center Centre Library Auditorium Arena Stadium Building "
                                 "Field Gym Gymnasium Theatre Theater Pavilion Chapel".split())
#: A body's possessive name, right before one of its buildings: "… of Technology’s ".
_BODYS_BEFORE = re.compile(r"\b(?:Institute|University|College|School|Academy|Laboratory|"
                           r"Center|Centre|Museum|Hospital|of[^\S\n]+[A-Z]\w+)[’']s[^\S\n]+$")
#: An ordinal and "annual" before an event held each year: "its sixth annual …".
_ANNUAL_BEFORE = re.compile(rf"\b(?:{ORDINAL.pattern}|{'|'.join(sorted(ORDINAL_WORDS))})"
                            r"[^\S\n]+annual[^\S\n]+$", re.I)
#: A post "of" a team before the name of the one who holds it: "The head coach of the
#: Russian national football team Valery Karpin".
_OF_THE_TEAM_BEFORE = re.compile(r"\b(?:coach|captain|manager|president|chairman|head|"
                                 r"director|member|star)\s+of\s+the\s+[^.!?\n]*$", re.I)
#: What someone says, after the possessive of the one who says it: "Pompeo's remarks".
_SAYINGS_AFTER = re.compile(r"[^\S\n]+(?:remarks|comments|statements?|words|speech|tweets?|"
                            r"claims|testimony|interview)\b")
#: A dateline in capitals after a dash, as an agency's credit opens a story with it:
#: "Tasnim – TEHRAN, Iran's team …".
_AGENCY_DATELINE = re.compile(r"[^\S\n]+[–—-][^\S\n]+[A-Z]{3,}(?:[^\S\n]+[A-Z]{3,})*,")
#: The heads of courts, which a defendant "appeared in" as a paper's article does in a
#: journal: "appeared in Porirua District Court".
_COURTS = frozenset(("Court", "Courts", "Tribunal"))
_TWO_WORDS = "two capitalised words, as most people's names"
#: What puts a road by its letter and number before or after it: "via the A50 and the
#: A28", "the M25 motorway" (not "the M2 chip").
_ROAD_BEFORE = re.compile(r"\b(?:via|along|onto|off|towards?)[^\S\n]+the[^\S\n]+(?:[AMBN]\d{1,3}"
                          r"[^\S\n]+(?:and|or)[^\S\n]+the[^\S\n]+)?$")
_ROAD_AFTER = re.compile(r"[^\S\n]+(?:motorway|road|highway|junction|carriageway|ring road)\b")
#: A lake, a river or a canal a one-word name is, after it in lower case: "The Hague's
#: Hofvijver lake", "the Ohio river".
_WATER_AFTER = re.compile(r"[^\S\n]+(?:lake|river|canal|pond|lagoon|creek|estuary|fjord)\b")
#: Particles that end a campaign's or a slogan's two words, never a person's surname.
_PARTICLES_ENDING = frozenset("Up Down Out Off Away".split())  # (not "Land Back", a
# movement, nor "Move Forward", a party)
#: "of" and a country after a name: "Shadi Sadr of Iran", "… of the Dominican Republic".
_OF_COUNTRY = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*)"
                         r"{0,2})")


def _of_a_country(after: str, know: Knowledge) -> bool:
    """Whether "of" and a country's name follow a name (where a person is from)."""
    m = _OF_COUNTRY.match(after)
    return m is not None and any(know.places.get(" ".join(m.group(1).split()[:n])) == "country"
                                 for n in (1, 2, 3))

#: A city this big is known by its name more than anyone named for it: "Albuquerque"
#: alone is the city, not short for "Indivisible Albuquerque" (but "Rocha" may be short
#: for "Alander Rocha").
BIG_CITY = 300_000
_THREE_WORDS = "three short capitalised words, as people's names"
#: The middle word of a city's or a town's hall or council: "Denver City Hall", "Ashford
#: Town Council" (no one's middle name, whatever given name the city's is).
_CIVIC_MIDDLE = frozenset(("City", "Town"))
#: People named by what they are, then a list of their names after a colon or a comma:
#: "six new candidates this week: AaronSw, alex756, …", "two candidates, Cartman02au and …".
_LISTED_AFTER_PEOPLE = re.compile(
    r"(?:\b(?P<noun>[a-z]{4,}s)(?:[^\S\n]+(?:this|last|next)[^\S\n]+(?:week|month|year))?:"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[^\S\n]+(?:[a-z]+[^\S\n]+)?"
    r"(?P<counted>[a-z]{4,}s),)"
    r"[^\S\n]+(?:[\w.’'-]+(?:[^\S\n]+[\w.’'-]+)?,?[^\S\n]+(?:and[^\S\n]+)?){0,8}$")
# (not "Hello, friends, Apple has news": a greeting's plural, counted by no number)
ONE_WORD = "a single name with no other evidence"
_LONG_NAME = "a long name with no given name"
SHAPE_ONLY = frozenset((_TWO_WORDS, _THREE_WORDS, ONE_WORD, _LONG_NAME))
#: A list of places after "in" before its last item: "in Scone, Muswellbrook, and …" (two
#: at least: "in Renton, and Boeing made …" joins two clauses).
_PLACES_LISTED_BEFORE = re.compile(r"\bin\s+[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+)+,?"
                                   r"\s+(?:and|or)\s+$")
#: What ends a rule's name, a law's kin: "the European Railway Safety Directive" (not one
#: of the work heads a list may share: "Enduring Power of Attorney and Advanced Health
#: Directive" are two documents).
_RULE_HEADS = frozenset("Directive Directives Regulation".split())
#: The rest of a list of places that share a plural head: "Carbon, Duchesne, Uintah, and
#: Utah Counties", "the Thomas Jefferson and John Adams Buildings" (each a county or a
#: building, whatever else its name is).
_COUNTIES_LISTED_AFTER = re.compile(r"(?:,[^\S\n]+[A-Z][\w’'-]+)*,?[^\S\n]+(?:and|or|&)"
                                    r"[^\S\n]+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
                                    r"\s+(?:Counties|Parishes|Townships|Boroughs|Buildings|"
                                    r"Parks|Islands|Halls)\b")
#: A post set after a name and a comma, ending the sentence or the line: ", Executive
#: Director.", ", Chair".
_POST_AFTER_COMMA = re.compile(r",[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+){0,2}(?P<post>[A-Z][a-z]+)"
                               r"[^\S\n]*(?:[.\n]|$)")
#: Words that speak of roads around a road's number: "junction", "motorway", "lanes".
_ROAD_CUE = re.compile(r"\b(?:[Jj]unctions?|[Mm]otorways?|carriageway|lanes?|roads?|"
                       r"roadworks|traffic|drivers|(?:north|south|east|west)bound|slip "
                       r"roads?|interchange|bypass|dual|bridges?|closed|closures?|upgrade)\b")
#: What names a building, not a house of a parliament or a firm, before "House": "the
#: Sydney Opera House", "Parliament House, Canberra", "Government House".
_HOUSE_BUILDINGS = frozenset("Opera Parliament Government Custom Customs Court Guest".split())
#: What a serial published online ends with: "the Deeplinks Blog", "the Politico Playbook
#: Newsletter".
_SERIAL_HEADS = frozenset(("Blog", "Vlog", "Newsletter", "Email", "Digest", "Podcast"))
# ("Get our free Daily Email": a newsletter by its name)
#: Nouns an apposition, the noun right after the name, or "is a …" gives a work by:
#: "Dispatches, a newsletter", "the Big Story newsletter", "Serial, a podcast", "its
#: Consumer Sentinel database", "The MT Lowdown is a weekly digest".
_WORK_NOUNS = "newsletter|podcast|documentary|docuseries|novel|memoir|album|miniseries|sitcom|" \
    "collection|anthology|journal|" \
    "database|almanac|yearbook|guidebook|handbook|digest|column|blog|newscast|exhibit|" \
    "(?:map\\s+)?viewer|dashboard|" \
    "exhibition|retrospective|(?:talk|TV|television|game|radio)\\s+show|(?:\\w+-long|radio|TV|" \
    "television|news|satirical|weekly|daily|talk|call-in)\\s+program(?:me)?"
# ("the ComPosições Políticas art exhibit"; "TV Ashna, a respected hour-long program": a
# broadcast, not a government's programme)


#: What names a virus's variant after its name: "the Omicron coronavirus variant", "the
#: Delta strain".
_VARIANT_AFTER = re.compile(r"[^\S\n]+(?:(?:coronavirus|COVID(?:-19)?|covid|virus|flu)[^\S\n]+)?"
                            r"(?:sub)?(?:variant|strain|lineage)s?\b")
#: A model year after an article, before a vehicle's make and model: "a 2014 Nissan Tsuru
#: III", "The 2018 Ford C2 tractor".
_MODEL_YEAR_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he)[^\S\n]+(?:19[5-9]\d|20\d\d)[^\S\n]+$")
#: Bodies named for a prize: "Congressional Medal of Honor Society".
_PRIZE_BODIES = frozenset("Society Foundation Association Committee Council Commission Board "
                          "Fund Club".split())
#: What a sentence says a body is: "Propublica is an independent 32-person newsroom".
_BODY_NOUNS = frozenset("newsroom nonprofit non-profit organisation organization company firm "
                        "agency charity foundation publisher".split())
#: What a vehicle's make and model are followed by: "The 2018 Ford C2 tractor".
_VEHICLE_AFTER = re.compile(r"[^\S\n]+(?:tractor|truck|trailer|car|sedan|pickup|SUV|van|"
                            r"vehicle|bus|motorcycle|coupe|hatchback|minivan)s?\b")
#: A name said to be a work by the sentence it opens: "Volcano Watch is a weekly article …",
#: "First State Geology has been the newsletter of DGS".
_SAID_TO_BE_A_WORK = re.compile(rf"\s+(?:is|was|has\s+been)\s+(?:a|an|the|our|its|their)\s+"
                                rf"(?:[\w’'-]+\s+){{0,2}}?(?:{_WORK_NOUNS}|article|newsletter|newspage|"
                                r"bulletin)"
                                r"\b(?!\s+(?:writer|editor|host|author|reporter|producer|"
                                r"contributor|columnist)s?\b)")  # (not "… is a column writer")
_WORK_AFTER = re.compile(rf"(?:(?:,|\s+(?:is|was))\s+(?:a|an|the|our|its|their)\s+"
                         rf"(?:[\w’'-]+,?\s+){{0,2}}?|\s+(?:(?:art|photo|photography|weekly|"
                         rf"monthly|daily|quarterly)\s+)?)"
                         rf"(?:{_WORK_NOUNS}|e-newsletter)"
                         r"(?=\s*(?:[.,;:)]|$)|\s+(?:to|and|that|which|is|was|for|from|on|by|of|"
                         r"with|about|\w+ing|\w+ed|available|only|alone)\b|\s+\w+$)")
# (or what it does: "… almanac answering", cut by the window of words kept after the name;
# "Consumer Sentinel, a secure, online database available to …": adjectives listed with
# commas; "within the Quick Stats database only")


#: A span of days, weeks or years as a name's first word: "Ten-Day", "30-Day", "Five-Year".
_SPAN_OF_DAYS = re.compile(r"(?:\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
                           r"Twelve|Fifteen|Twenty|Thirty|Forty|Sixty|Ninety|Hundred)-"
                           r"(?:Day|Week|Month|Year|Hour|Minute)")


#: A drug's generic name in parentheses after its brand: "Trulance (plecanatide)".
_GENERIC_AFTER = re.compile(r"^\s+\([a-z][a-z -]{1,40}(?:ide|ine|mab|nib|vir|pril|olol|azole|"
                            r"statin|cillin|mycin|sone|lone|pam|parin|cept|ase|injection|"
                            r"tablets?|capsules?|vaccine)\)")  # (not "Joe Mihevc (incumbent)")




#: What an event's name may end with and still be the event: "World Cup Finals".
EVENT_STAGES = frozenset("Championship Championships Final Finals Tournament Games".split())


#: Places known by a number: "Ward 21", "Precinct 4", "Interstate 95".
_NUMBERED_PLACES = frozenset("Ward Precinct Zone Sector Interstate Route Highway Exit Gate "
                             "Terminal Platform Pad".split())


#: The common noun right before a name: "activist Evgeny Zhovtis", "his wife, Awatif …".
_NOUN_BEFORE = re.compile(r"(?<![\w-])([a-z]+),?\s+$")


DESCRIBED_AFTER = re.compile(r"^,\s+(?:a|an|another|the|one|our|his|her|their)\s+"
                              r"(?:[\w’'“”\"-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)"
                              r"(?=\s*(?:,|\.|;|$|\s(?:who|that|which|at|of|for|with|in|from|"
                              r"and|to)\b))")  # (", the first VOA reporter to return …")


#: A description after a name whose noun comes after a unit's long name: ", a DLA Energy
#: Direct Delivery employee".
_DESCRIBED_AT_LENGTH = re.compile(r",[^\S\n]+(?:a|an)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,5}?"
                                  r"(?P<noun>[a-z][\w-]*)(?=[^\S\n]*[,.;])")


#: A post in lower case after a name, no article before it: ", president of the Chad Bar
#: Association" (a body's own verbs never read so).
_BARE_POST_AFTER = re.compile(r",?[^\S\n]+(?:(?:acting|interim|former|deputy|associate|assistant|"
                              r"executive|outgoing|incoming|senior|then)[^\S\n]+)?"
                              r"(?P<post>[a-z]+)[^\S\n]+of[^\S\n]+(?:the[^\S\n]|[A-Z][\w.]*’s\b)")
# (", acting director of NIH’s National Eye Institute": the post held for a while, of a body
# by its owner's possessive)
#: Posts a country or a body holds as well as a person: "Germany, host of the World Cup".
_POSTS_BODIES_HOLD = frozenset("member head leader host publisher chair partner".split())
#: A person's role in an apposition right after the name: ", a professor of law and
#: politics at …" → "professor of law and politics".
APPOSITIVE = re.compile(r"^,\s+(?:a|an|the)\s+(?P<role>[a-z][\w-]*(?:\s+(?:of|for|and|"
                         r"[a-z][\w-]*)){0,5}?)(?=\s*(?:,|\.|;|$)|\s+(?:who|at|from|in|with)\b)")


#: A body's website after its name: "the Selective Service System's Web site" (no place's
#: site).
_WEB_SITE_AFTER = re.compile(r"(?:[’']s)?[^\S\n]+[Ww]eb[^\S\n]+site\b")
#: Heads of a publication's name: "NIH Record", "… Review".
_PUBLICATION_HEADS = frozenset("Record Review Journal Magazine Newsletter Bulletin Digest Blog "
                               "Quarterly Almanac".split())
#: The word for a study right after its name, its letters in brackets between or not: "the
#: Monitoring the Future (MTF) survey".
STUDY_AFTER = re.compile(r"(?:[^\S\n]+\([A-Z]{2,6}\))?[^\S\n]+(?:survey|study)\b")
#: A dash or a bar after a banner's name, then its owner's, a body named by its head and
#: field, ending the line: " - National Institutes of Health".
_OWNER_AFTER_BANNER = re.compile(r"[^\S\n]+[-–|][^\S\n]+[A-Z][\w.’']*(?:[^\S\n]+(?:of|for|and|the|"
                                 r"[A-Z][\w.’']*)){2,8}[^\S\n]*(?:\n|$)")
#: States' abbreviations after a town and its comma, with Mississippi's, "Miss.", which
#: the lexicon leaves out (an honorific elsewhere): "Pass Christian, Miss.".
_TOWNS_STATES = STATE_ABBREVIATIONS | frozenset(("Miss",))
_STATE_AFTER = re.compile(r"^,\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?![\w’'@-])(?!\.\w)(?![’']s)"
                          r"(?![^\S\n]+[A-Z][a-z])"
                          r"(?![^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+){0,2}[^\S\n]+[A-Z][a-z])")
# (not "Claire Sullivan, SC-ES@parliament.govt.nz": an address's first letters; nor "Hong
# Kilju, Korea.net's two …": a site's name that opens with a country's;
# not "Ester Quintana, New England Aquarium": a region's name that goes on into a body's;
# not "… bureau chief Erica Meltzer, Tennessee bureau chief Jacinthia Jones": a list of
# people, each after a state and a title)


#: A plural noun right after a name, which the number before counts instead: "8.5 million
#: Windows devices" (not "ten million Copts live …", nor "… Copts was").
_NOUN_COUNTED_AFTER = re.compile(r"[^\S\n]+(?!(?:has|was|is|does)\b)[a-z]+s\b")
#: The rest of a list of names after one of them, before the noun they share: ", Eagle
#: Ford, Haynesville, and Permian" (… regions).
#: Endings of abstract nouns, which few surnames have: "Restoration", "Humanism",
#: "Nonviolence" (the tables' surnames excepted: "Lawrence", "Vance").
_ABSTRACT_ENDING = re.compile(r"(?:ation|ition|ution|sion|ism|ment|ness|ity|ship|hood|ence|"
                              r"ance)$")
#: A dateline's colon before the body or the person the item is about: "Geneva: Press Emblem
#: Campaign (PEC), the global media …".
_DATELINE_COLON = re.compile(r":[^\S\n]+(?:The[^\S\n]+)?[A-Z][\w’'-]+[^\S\n]+[A-Z][\w’'-]+"
                             r"(?:[^\S\n]+[A-Z][\w’'-]+)*[^\S\n]*(?:\([A-Z]{2,}\)|,)")
#: What a newsroom has, after its name's possessive: "The Markup’s journalism", "… reporters".
_NEWSROOM_OWNS = re.compile(r"[’']s?[^\S\n]+(?:own[^\S\n]+)?(?:journalism|reporting|reporters?|"
                            r"newsroom|editors?|investigations?|founders?|staff|articles?|"
                            r"authors?|audiences?|readers|requests?[^\S\n]+for[^\S\n]+comment)\b"
                            r"|[^\S\n]+(?:authors|editors|reporters|journalists|readers)\b")
# (or its people right after its name: "we ask The Conversation authors")
#: A newsroom reporting, after its name and "as the": "As the Advance first reported".
_NEWSROOM_REPORTED = re.compile(r"[^\S\n]+(?:first[^\S\n]+)?(?:reported|revealed|obtained|"
                                r"learned)\b")
#: A newsroom's story before its name, or its reporter's talk after it: "a July 2020 story in
#: The Times-Picayune", "The Illuminator spoke with …".
_NEWSROOM_STORY_BEFORE = re.compile(r"\b(?:story|stories|article|articles|report|column|"
                                    r"editorial|op-ed|investigation|interview|written)[^\S\n]+"
                                    r"(?:in|by|for|from)"
                                    r"[^\S\n]+The[^\S\n]+$")
_NEWSROOM_TALKS_AFTER = re.compile(r"[^\S\n]+(?:spoke|talked)[^\S\n]+(?:with|to)\b")
#: Verbs whose "in" takes a programme, a school or a cause, not a place: "enrolled in
#: Medicaid", "participate in …", "believe in …".
_ENROLLED_IN = re.compile(r"\b(?:enrol(?:l|ls|led|ling|s)?|enrol{1,2}ment|participat\w+|"
                          r"believ\w+|engag(?:e|ed|es|ing))\s+in\s+(?:the\s+)?$")
_LISTED_BEFORE = (r"^(?:,?[^\S\n]+(?:(?:and|or)[^\S\n]+)?[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)"
                  r"{0,3}){0,8}?")
_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western "
                     "Upper Lower Greater Inner Outer Northwest Northeast Southwest Southeast "
                     "Midwest SE NE SW NW North-East North-West South-East South-West".split())
#: Words for a part of a place by how it is settled: "Suburban Maryland", "Upstate New York",
#: "Metro Atlanta" (a city and its suburbs).
_SETTLED_PARTS = frozenset("Suburban Rural Coastal Upstate Downstate Metro".split())
#: A surname in capitals after its prefix, as bylines in capitals keep it: "By ETHAN DeWITT",
#: "MARY McCARTHY".
_CAPITALS_AFTER_PREFIX = re.compile(r"(?:Ma?c|De|Di|Da|Du|La|Le|Van|Von)[A-Z][A-Z’'-]+")


#: A telephone number after a name: the press contacts at the end of a release
#: ("For more information: Mina Andreeva – Tel.: +32 …", "Media contact: Ann Lee, phone …").
_CONTACT_AFTER = re.compile(rf"^\s*[–—-]?,?\s*(?:{'|'.join(sorted(PHONE_LABELS))})\b\.?:?",
                            re.IGNORECASE)




#: Heads of the units and sites an agency runs: "NOAA Center for Weather and Climate
#: Prediction", "NIH Clinical Center" are the agency's, not the agency.
UNITS = frozenset("Center Centre Laboratory Laboratories Lab Labs Office Institute Facility "
                   "Station Division Branch Bureau Campus".split())


#: A house number before a street's name, at the start of a line or after a comma.
_HOUSE_NUMBER = re.compile(r"(?:^|\n|,\s|\b(?:at|on)\s)\d{1,6}[A-Z]?\s+(?:\d+(?:st|nd|rd|th)\s+)?$")


_STREETS = frozenset("Street Road Avenue Drive Lane Boulevard Court Way Place Terrace Parkway "
                     "Highway Pike".split())


#: Regions of the world the gazetteer does not list as one place: "the Americas".
#: A kind of place, then the name it is known by (and the next, after "or"): "a land known
#: as Downunder or Oz", "a town called Hope".
_PLACE_KNOWN_AS = re.compile(r"\b(?:land|country|nation|city|town|village|island|region|"
                             r"place|state|valley|kingdom)[^\S\n]+(?:known[^\S\n]+as|called|"
                             r"named|nicknamed)[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+or[^\S\n]+)?$")


#: What a brand's name follows, in marks or not: "cigarettes, branded ‘Marlboro’".
_BRANDED_BEFORE = re.compile(r"\bbranded[^\S\n]+[‘'“\"]?$")


#: An aircraft's or a vehicle's model named by its maker's short name in mixed case and a
#: number, alone or in the plural: "Yak-130s", "MiG-29", "Su-30", "Tu-95", "Il-76".
_MAKERS_DESIGNATION = re.compile(r"(?:[A-Z][a-z]{1,2}|[A-Z][a-z][A-Z])-\d{2,4}[A-Z]?s?")


#: Craft news names like vehicles: "Geostationary Operational Environmental Satellite".
_CRAFT_HEADS = frozenset("Satellite Spacecraft Telescope Rover Lander Probe Orbiter Capsule "
                         "Rocket".split())


#: What a machine is called after its name: "the Z Machine", "the Frontier Supercomputer"
#: (a collider is a place: "the Large Hadron Collider").
_MACHINE_HEADS = frozenset("Machine Supercomputer".split())


def people_named(c: Candidate, know: Knowledge) -> bool:
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
    if re.search(r"[–—:][^\S\n]*$", c.before) and _PEOPLES_LISTED.match(c.after):
        return True  # "those who have not fared so well – Maori, Pasifika and kids from
        # poorer homes": the first of the peoples a dash or a colon lists, nouns after them
    return _PEOPLE_DO.match(c.after) is not None or (
        ends_with_cue(_PEOPLE_AFTER_PREPOSITION, c.before) is not None and ends)


#: The rest of a list of peoples after the first: more names, then "and" and a noun (not
#: "and other" or "and German firms": an adjective's list).
_PEOPLES_LISTED = re.compile(r",[^\S\n]+[A-Z][\w’'-]+(?:,[^\S\n]+[A-Z][\w’'-]+)*,?[^\S\n]+and"
                             r"[^\S\n]+(?!other\b|another\b|many\b|some\b|more\b)[a-z]")


#: A people named first in a list that this name goes on: "– Maori, Pasifika and …".
_LISTED_AFTER_A_PEOPLE = re.compile(r"[–—:][^\S\n]*([A-Z][\w’'-]+),[^\S\n]+$")
_LIST_GOES_ON = re.compile(r"(?:,[^\S\n]+[A-Z]|,?[^\S\n]+and[^\S\n]+"
                           r"(?!other\b|another\b|many\b|some\b|more\b)[a-z])")


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
_CREDITED = re.compile(r"(?:(?<!\bJr)(?<!\bSr)(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)"
                       r"(?<!L\.L\.C)(?<!L\.L\.P)[.!?”\"]\s*\((?:[^()\n]{1,40}\)[^\S\n]*\()*"
                       r"|\(\s*[A-Z][\w.&’' ]{0,30}\s+via\s+)$")
# (a sentence's end, not a name's: "Martin Luther King, Jr. (MLK)" is his letters, as
# "Meridian & Bigbee Railroad, L.L.C. (MNBR)" are the firm's; and the credits after it:
# "(RIA Novosti) (Xinhua) (TVNZ)")


#: What closes a source credited in parentheses after an item: "(Reuters)", "(AFP via …)".
CREDIT_AFTER = re.compile(r"\)|\s+via\s")


#: Words for "son of" or "daughter of" inside Arabic, Hebrew, Somali… names.
_PATRONYMIC = frozenset(("ould", "wuld", "bin", "ibn", "bint", "ben", "bat", "ould-"))


def _line_of_place_and_county(c: Candidate, know: Knowledge) -> bool:
    """A line that holds only a name, a comma and a known place, as a list of sites gives
    each with its county: "Cavenham Heath, Suffolk", "Moorhouse and Upper Teesdale, Cumbria
    and County Durham"."""
    if c.before and not c.before.endswith("\n"):
        return False
    m = re.match(r",[^\S\n]+([A-Z][^\n,]{2,60}?)[^\S\n]*(?:\n|$)", c.after)
    return m is not None and know.places.get(re.split(r"\s+and\s+", m.group(1))[0]) is not None


#: A roll's line before a name's line: a given name and a surname, perhaps a note after a
#: comma ("Marilyn Coors, ad hoc").
_ROLL_LINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?P<given>[A-Z][a-z]+)(?:[^\S\n]+[A-Z][\w’'.-]+)"
                               r"{1,2}(?:,[^\S\n]+[^\n]{1,30})?[^\S\n]*\n[^\S\n]*$")
#: And the two after it, the note on the name's own line first.
_ROLL_LINES_AFTER = re.compile(r"(?:,[^\S\n]+[^\n]{1,30})?[^\S\n]*\n[^\S\n]*(?P<given>[A-Z][a-z]+)"
                               r"(?:[^\S\n]+[A-Z][\w’'.-]+){1,2}(?:,[^\S\n]+[^\n]{1,30})?"
                               r"(?:[^\S\n]*\n[^\S\n]*(?P<next>[A-Z][a-z]+)[^\S\n]+[A-Z])?")


def _rolled_with_people(c: Candidate, know: Knowledge) -> bool:
    """Whether the name stands alone on its line, a note after a comma aside, among lines
    each with a given name and a surname the tables know, two of the line before and the
    two after it: a roll one to a line ("Bronya Keats" between "Eric Juengst" and
    "Richard Lifton"; not "Holme Fen, Cambridgeshire" in a list of reserves)."""
    if c.before and not re.search(r"\n[^\S\n]*$", c.before):
        return False
    before = _ROLL_LINE_BEFORE.search(c.before)
    after = _ROLL_LINES_AFTER.match(c.after)
    people = int(before is not None and before.group("given") in know.given_names)
    if after is not None:
        people += sum(1 for g in (after.group("given"), after.group("next"))
                      if g is not None and g in know.given_names)
    return people >= 2


def in_state_or_country(c: Candidate, know: Knowledge) -> bool:
    """'Sebring, Ohio,' 'Neerlandia, Alberta': a name, a comma, a state or country (not
    'Jade Rabbit, China’s first rover')."""
    m = _STATE_AFTER.match(c.after)
    if m is None:
        return False
    if re.match(r",[^\S\n]*[A-Z]{2},[^\S\n]*(?:MPH|MSc|MS|PhD|Ph\.D\.|DrPH|MBA|MSCE|JD|RN|"
                r"MHS|MA|FACP)\b", c.after):
        return False  # ("Fátima Coronado, MD, MPH, Associate Director …": a doctor's degrees,
        # the first spelling a state's code)
    name = m.group(1).split(". ")[0]  # ("Florida. Others came": the sentence ends)
    return know.places.get(name.removesuffix("."), "") in ("country", "region") or (
        name.endswith(".") and name[:-1] in STATE_ABBREVIATIONS) or (  # "Alachua, Florida."
        name in POSTAL_CODES)  # "Quilcene, WA"


#: Words that make a military unit of a "… Wing".
_WING_KINDS = frozenset("Fighter Air Bomb Airlift Refueling Rescue Reconnaissance Mobility "
                        "Training Operations Maintenance Mission Support Carrier Expeditionary "
                        "Special Tactical Strategic Space Cyber Medical Logistics".split())
#: Heads of documents a body writes, which end a name that starts with the body's:
#: "Office of Claims and Refunds Annual Report".
_DOCUMENT_HEADS = frozenset("Report Reports Survey Strategy Plan Statement Agenda Manifesto "
                            "Memorandum".split())
#: A programme's or a scheme's noun after its name in quotation marks: "“Blessings in No
#: Time” program".
_PROGRAMME_AFTER = re.compile(r"[”\"’']?[^\S\n]+(?:programs?|programmes?|schemes?|initiatives?)\b")


def ends_with_cue(cue: re.Pattern[str], before: str) -> re.Match[str] | None:
    """A cue that ends right before the name ("the town of ", "said "), searched in the
    last words only: each cue is a few words, and trying its alternatives at every one
    of the 80 characters before every mention cost a tenth of the engine's time."""
    return cue.search(before, max(0, len(before.rstrip()) - 50))


#: A line giving a meeting's date, its venue and its city: "January 21, 2020, Government
#: House, Moscow".
_DATE_LINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)"
                               r",? \d{4},[^\S\n]+(?:The[^\S\n]+)?$")


_DATE_LINE_AFTER = re.compile(r",[^\S\n]+[A-Z][^,\n]{1,40}[^\S\n]*(?:\n|$)")


#: A newsroom's head words: a name they end is an outlet a story is also "published in"
#: ("Energy News Network"), not a journal ("Psychiatric Services").
_NEWSROOM_HEADS = NAMEPLATES | NEWSROOM_HEADS


def _nameplates(word: str) -> bool:
    """Two newspapers' words joined by a hyphen, as merged papers are named: "(Lincoln)
    Journal-Star", "(Omaha) World-Herald" (no double-barrelled surname is made of them)."""
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() for p in parts) and any(
        p in ORGANISATION_HEADS or p in NAMEPLATES for p in parts)


def _title_then_common_word(words: Sequence[str], know: Knowledge) -> bool:
    """Whether two words are a title's and a common word that no one's names spell: "Head
    Start" (a programme the cutting kept whole, where a titled person's name would have lost
    its title)."""
    return len(words) == 2 and words[0].casefold() in know.titles and \
        words[0] not in know.given_names and words[1] not in know.surnames and \
        words[1] not in know.given_names and words[1].casefold() in know.common_words


def _singular(word: str) -> str:
    """"Authorities" → "Authority", "Councils" → "Council" (heads in the plural)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


#: A quote's end, then its speaker: "“…,” said Matemadanda".
#: A speaker's verb right after a name: "In releasing the report, Ulmer said, …" (the
#: comma closes the clause before; the name is whoever speaks, no report's title).
_SPEAKS_AFTER = re.compile(r"[^\S\n]+(?:said|says|told|tells|added|adds|explained|explains|"
                           r"noted|notes|stated|states|wrote|writes)\b")
_SAID_BEFORE = re.compile(r"[,.!?][”\"]\s+(?:said|says|added|asked|replied|insisted)\s+$")

#: A speech verb, then "he" or "she" for whoever spoke: "Tsvangirai said that he had …".
_SAID_HE = re.compile(r"\s+(?:said|says|told\s+\w+|added|insisted|explained)(?:\s+that)?"
                      r"\s+(?:he|she)\b")


#: A member of a parliament as a record of debates heads a speech, the seat and the party
#: in brackets: "Mary Lou McDonald (Dublin Central, Sinn Fein)".
_MEMBER = r"(?:^|\n)[^\S\n]*" + MEMBER_OPENING
_SEAT_BEFORE = re.compile(_MEMBER + "$")
#: The end of a member's heading line, perhaps after a link to the record: "… | Oireachtas
#: source".
_HEADING_END = r"[^\S\n]*(?:\|[^\n]*)?(?:\n|$)"
_MEMBER_AFTER = re.compile(r"[^\S\n]+\([A-ZÀ-ÖØ-Þ][^()\n,]*,[^\S\n]+[A-ZÀ-ÖØ-Þ][^()\n,]*\)"
                           + _HEADING_END)
_SEAT_AFTER = re.compile(r",[^\S\n]+[A-Z][^()\n,]*\)" + _HEADING_END)
_PARTY_BEFORE = re.compile(_MEMBER + r"[^()\n,]+,[^\S\n]+$")
_PARTY_AFTER = re.compile(r"\)" + _HEADING_END)
#: What a seat in a parliament follows: "the Member for Swan", "MEMBER FOR SWAN", "the
#: Federal election for Barton", "the seat of Whitsunday".
_ELECTORATE_BEFORE = re.compile(r"\b(?:(?:Member|MEMBER|MP|[Cc]andidate|[Ee]lection|ELECTION)"
                                r"[^\S\n]+(?:for|FOR)|(?:seat|electorate|SEAT|ELECTORATE)"
                                r"[^\S\n]+(?:of|OF))[^\S\n]+$")


#: One word an editor put in square brackets right after a name, to say what it is: "the
#: Azov [Battalion]", "the Ural [truck]".
_BRACKETED_WORD = re.compile(r"^[^\S\n]*\[(?P<word>[A-Za-z][a-z]+)\]")
_CRAFT_WORD = re.compile(rf"{_CRAFT}|(?:truck|lorry|tank|car|bus|van|jeep|rifle|gun|missile|"
                         rf"launcher|system)s?", re.IGNORECASE)


def _kind_of_word(word: str) -> str | None:
    """The type a word for a kind of thing gives the name it describes: "Battalion" an
    organisation, "river" a place, "truck" something else; None for other words."""
    head = word[:1].upper() + word[1:]
    for heads, kind in ((ORGANISATION_HEADS, "organisation"), (PLACE_HEADS, "place"),
                        (EVENT_HEADS, "event"), (WORK_HEADS, "work")):
        if head in heads:
            return kind
    if _CRAFT_WORD.fullmatch(word) or word.casefold() in _PRODUCT_NOUNS:
        return "other"
    if _WORK_BEFORE.search(word + " "):
        return "work"  # "[film]", "[song]"
    return None


#: A body's name right before one of its districts: "U.S. Army Corps of Engineers, Buffalo
#: District", "the Corps of Engineers Nashville District".
_UNIT_OF_BODY = re.compile(r"(?:\b(?:Engineers|Corps|Department|Service|Administration|Agency|"
                           r"Police|Authority|Bureau|USACE)(?:[’']s?)?\)?,?|\bcommand\s+of"
                           r"(?:\s+the)?)[^\S\n]+$")  # (and "take command of the … District")
#: What a district that is a body does or has after its name: "… District employee Jon …",
#: "… District plans to set …", "… District awarded …".
_UNIT_ACTS = re.compile(r"[^\S\n]+(?:employees?|staff|commanders?|engineers?|plans|planned|"
                        r"awarded|announced|released|will|has|is|welcomes)\b|,[^\S\n]+"
                        r"(?:the[^\S\n]+)?(?:U\.S\.[^\S\n]+)?(?:[A-Z]\w*[^\S\n]+){0,3}(?:Corps|"
                        r"Engineers|Department|Service|Administration|Agency|Bureau)\b"
                        r"|[^\S\n]*\n[^\S\n]*(?:1-)?\(?\d{3}\)?[ -]\d{3}-\d{4}"
                        r"|[^\S\n]+of[^\S\n]+the[^\S\n]+(?:U\.S\.[^\S\n]+)?(?:[A-Z]\w*[^\S\n]+)"
                        r"{0,3}(?:Corps|Department|Service|Administration|Agency|Bureau)\b")
# (or the body's name after a comma: "the Norfolk District, U.S. Army Corps of Engineers",
# or after "of the": "the Burns District of the Bureau of Land Management";
# or its telephone number on the next line, in a list of offices)
#: What a place's name follows: a part of it ("the northern edge of Georges Bank", "the tip
#: of Oahu", "the immediate vicinity of the World Trade Center") or a direction from
#: another place it is coordinated with ("south of Martha's Vineyard and Nantucket").
_PART_OF_PLACE = re.compile(r"\b(?:(?:edge|tip|coast|shores?|waters|mouth|summit|slopes?|"
                            r"outskirts|vicinity|environs|surroundings|perimeter)\s+of"
                            r"(?:\s+the)?|(?:north|south|east|west)(?:ern)?\s+of"
                            r"\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:and|or))\s+$")
#: What a project of public works is about, before "Project": "Bridge", "Expansion".
_WORKS = frozenset("Bridge Bridges Highway Road Rail Tunnel Pipeline Expansion Bundling "
                   "Restoration Replacement Construction Improvement Improvements "
                   "Rehabilitation Widening".split())
#: What coins, notes and stamps are called by, the last word of their names.
_MONEY_ITEMS = frozenset("Coin Coins Dollar Dollars Cent Nickel Dime Quarter Eagle Stamp "
                         "Stamps Banknote Medals".split())
#: The heads of programmes' names, and the words that open the UN agencies named so.
_PROGRAMMES = frozenset("Program Programme Programs Programmes".split())
_AGENCY_OPENERS = frozenset("World United UN".split())
#: What opens the name of a battle or a siege.
_BATTLES = frozenset("Battle Battles Siege Sack Massacre".split())
#: What follows a prize's name when it is the event where it is given.
_CEREMONY_AFTER = re.compile(r"[^\S\n]+(?:[Cc]eremony|[Gg]ala|[Dd]inner|[Ll]uncheon|[Nn]ight)\b")
#: Heads of the names of programmes and funds, and the words that make one a programme of
#: grants rather than a body: "Community Grants Program", "Ambassador’s Self-Help Fund".
_SCHEME_HEADS = frozenset("Program Programme Fund Scheme Initiative".split())
#: A name's letters in brackets, then the word for a programme: "… (CTR) Program".
_LETTERS_THEN_PROGRAMME = re.compile(r"[^\S\n]*\([A-Z][A-Za-z]{1,9}\)[^\S\n]+"
                                     r"(?P<head>[Pp]rogram(?:me)?|[Ii]nitiative)s?\b")
#: An owner before a name, and perhaps a word in lower case: a possessive, or "its",
#: "their", "our" ("ARC’s POWER Initiative", "its largest POWER Initiative investment").
_OWNER_BEFORE = re.compile(r"(?:[\w.)][’']s|\b(?:[Ii]ts|[Tt]heir|[Oo]ur))[^\S\n]+"
                           r"(?:[a-z]+[^\S\n]+)?$")
_GRANT_WORDS = frozenset("Grant Grants Self-Help Relief Scholarship Scholarships "
                         "Loan Loans Fellowship Fellowships".split())
#: Adjectives of a branch of government, which open a body's name and no person's: "the
#: Executive Yuan", "Legislative Council", "Judicial Yuan".
_BRANCH_ADJECTIVES = frozenset("Executive Legislative Judicial Parliamentary".split())


#: A people named for its state or country with the endings English gives them, which the
#: tables' demonyms lack: "Michiganders".
#: What follows a people named by its adjective, no noun: "the French and …", "the Dutch
#: were", "the British," (not "the French government").
_PEOPLE_AFTER = re.compile(r"[^\S\n]*(?:[,.;:)—–]|$|[^\S\n]+(?:and|who|were|are|have|had|"
                           r"arrived|came|settled)\b)")
_PLACE_PEOPLE = re.compile(r"[A-Z][a-z]{3,}(?:ans|ians|ers|ders|ites|eans)")
#: What an event's name is followed by: "the Chintan Shivir organised by the Ministry".
_ORGANISED_BY = re.compile(r"[^\S\n]+(?:organi[sz]ed|hosted|convened)[^\S\n]+by\b")
#: A place's buildings or grounds, named before it: "at the main building of Cheong Wa Dae".
_GROUNDS_OF = re.compile(r"\b(?:building|buildings|grounds|premises|compound|campus|gates|"
                         r"lawn|courtyard|floor|steps|lobby|rotunda|basement|roof|"
                         r"entrance)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")


#: A name listed after another with "and the" or "or the": "Los Angeles, Orange County and
#: the …" (no one's name takes "the").
_LISTED_AFTER = re.compile(r"(?<![\w’'.-])(?P<prev>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3})"
                           r",?[^\S\n]+(?:and|or)[^\S\n]+the[^\S\n]+$")
#: The two-letter country codes prose writes as the country's name ("the US", "UK
#: ministers"), and the US states' postal codes it writes as the state's ("NC’s new
#: abortion law", "NY Gov. …"); the others are more often other things' letters ("voter
#: ID", "AI", "GA": a General Assembly, "VA": Veterans Affairs, "PR", "MS", "OK").
_CODES_WRITTEN_AS_NAMES = frozenset("US UK GB NZ NC NY NJ NH NM NV ND TX FL WV WY VT CT RI "
                                    "WI KS DC AZ USA UAE DRC PRC ROK KSA".split())
# (a country's three letters name it in prose only so; elsewhere they name it in a table's
# cell, in brackets after an athlete or after a slash: "to MDA to continue …" is a firm,
# not Moldova)


#: Nouns a name before them makes no place after "in": "in the Wikimedia movement".
_MOVEMENT_AFTER = re.compile(r"[^\S\n]+(?:movement|community|communities|project|projects|"
                             r"campaign|network|ecosystem|world|consortium|coalition|alliance|"
                             r"collaboration|(?i:talks|summit|meetings?|"
                             r"negotiations))\b")  # (and "at G20 Talks": a body's meeting;
# "partners in the Tox21 consortium": its members' body)
#: The Pacific's warm and cold phases, Spanish names that look like towns' ("El Paso").
_OCEAN_CLIMATE = frozenset(("El Nino", "La Nina", "El Nino-Southern Oscillation"))
#: Nouns that make a list's names places: "… Lee and Monroe counties".
_PLACES_NOUN = re.compile(r"\b(?:count(?:y|ies)|parish(?:es)?|cities|towns|villages|regions|"
                          r"states|provinces|districts|islands|municipalities|boroughs)\b",
                          re.IGNORECASE)


def _among_given_names(c: Candidate, text: str, know: Knowledge) -> bool:
    """The name is one item of a list of single names, most of them given names the tables
    know: people thanked or met by their first names ("Nanour, Nassima, Yamen, Manar,
    Jan-Bart, Chinmayee, Beverly, …"), not a list of towns."""
    parts = re.split(r"[.!?:\n]", c.before)
    if len(parts) == 1 and len(c.before) >= 80:
        return False  # (where the list starts is out of sight)
    before = parts[-1]
    after = re.split(r"[.!?:\n]", c.after)[0]
    if re.search(r"\b(?:in|of|from|across|near|at)\s+[A-Z][\w’'-]*\s*$", before.split(",")[0]):
        return False  # "… damaged by Hurricane Isaac in Bay, Collier, Escambia, …": places
    if _PLACES_NOUN.search(f"{before} {after}"):
        return False  # "Collier, Lee, Monroe, Martin … counties": places named like people
    items = [i.strip() for i in re.split(r",|\band\b", f"{before}{text}{after}")]
    names = [i for i in items if re.fullmatch(r"[A-Z][\w’'-]*(?: [a-z]+)?", i)]
    given = sum(i.split()[0] in know.given_names for i in names)
    towns = sum(know.big_place(i) and i not in know.given_names for i in names)
    return len(names) >= 5 and text in names and given >= 3 and 3 * given >= len(names) \
        and 2 * towns <= given


#: A broadcaster's letters (with the digit of an Australian station's area): "ABC RN",
#: "4BC", "2GB", "WNYC".
_CALL_SIGN = re.compile(r"\d?[A-Z]{2,4}")
#: The slots of a station's day that name its programmes: "4BC Breakfast", "ABC RN Drive".
_SHOW_SLOTS = frozenset("Breakfast Mornings Drive Afternoons Nightlife Overnights".split())


def _plain_words(words: str) -> list[str]:
    """The words "is a …" goes on with, up to the first that is not a plain lower-case word
    (a person is said to be one in plain words: "… is the first woman")."""
    out = []
    for word in words.split():
        if not re.fullmatch(r"[a-z]+", word):
            break
        out.append(word)
    return out


def _said_to_be_a_body(after: str) -> bool:
    """Whether the sentence a name opens says it is a body, within its first four words:
    "… is an independent 32-person newsroom", "… is a news outlet"."""
    m = _IS_A.match(after)
    words = m.group("words").split()[:4] if m else []
    return any(w in _BODY_NOUNS or (w == "news" and k + 1 < len(words)
                                    and words[k + 1] in ("outlet", "site"))
               for k, w in enumerate(words))


#: What a project builds, before "Project": "… Transmission Project", "… Pipeline Project".
_BUILT_WORKS = frozenset("Transmission Line Pipeline Bridge Tunnel Dam Rail Railway Highway "
                         "Corridor Wind Solar Reservoir Canal Port Terminal Substation "
                         "Reinforcement Expansion Bundling".split())
#: A list's item and its dash, then (after "Near", or other places and commas) the place:
#: "• G-TOYZ – West Usk Lighthouse, Newport, …".
_ITEM_BEFORE_PLACE = re.compile(r"(?:^|\n)[^\S\n]*" + BULLET_ITEM_DASH +
                                r"(?:[^\n–—]*,[^\S\n])?$")
#: The rest of such a line: more places after commas, or its end.
_PLACE_LINE_END = re.compile(r"[^\S\n]*(?:,[^\n]*)?(?:\n|$)")
#: A post in title case after a possessive: "’s Chief Inspector", "’s National Director".
_TITLE_CASE_POST_AFTER = re.compile(r"[^\S\n]+(?:(?:Chief|National|Deputy|Executive|Senior|"
                                    r"Managing|General|Regional)[^\S\n]+)?(?:Inspector|"
                                    r"Director|Chair|Chairman|Chairwoman|Chief[^\S\n]+Executive|"
                                    r"President|Secretary|Commissioner|Counsel)\b")
#: A release's label before its press contact's name: "CONTACT: ", "Media Contact: ".
_CONTACT_BEFORE = re.compile(r"\b(?:CONTACTS?|[Cc]ontacts?):[^\S\n]*$")


#: A title or an honorific, then a given name in an editor's square brackets, right before
#: a name: "Mr. [Alister] ", "Chief [Edward] ".
_TITLE_THEN_BRACKET = re.compile(r"(?:^|[^\w.])([A-Z][a-z]+\.?)[^\S\n]+\[[A-Z][\w. ’'-]{0,30}\]"
                                 r"[^\S\n]+$")


def _titled_before_bracket(before: str, know: Knowledge) -> bool:
    """Whether a title and a bracketed given name come right before a name."""
    m = _TITLE_THEN_BRACKET.search(before)
    return m is not None and (m.group(1).rstrip(".") in HONORIFICS
                              or _is_title(m.group(1), know.titles))


#: Honours by their letters: the orders of chivalry's grades and medals a story awards.
_HONOURS_BY_LETTERS = frozenset("MBE OBE CBE KBE DBE GBE BEM KCB KCMG CMG QPM KPM QFSM OAM "
                                "ONZM MNZM CNZM".split())  # (not "AC", "AO": more than honours)


#: Members a standing conference gathers, which its name ends with: "the U.S. Conference of
#: Mayors", "the National Conference of Historic Preservation Officers".
_STANDING_MEMBERS = frozenset("Officers Mayors Legislatures Bishops Governors Judges Justices "
                              "Presidents Ministers Directors Employers Chiefs Commissioners "
                              "Attorneys Administrators Superintendents Councils Churches "
                              "Rabbis Unions Cities Counties States".split())


#: A verb right after a sentence's subject, as people's names have them: " is coming",
#: " has said".
_SUBJECT_VERB = re.compile(r"[^\S\n]+(?:is|was|has|had|will|would|says|said|told|wants|"
                           r"wanted)\b")


#: An "ā" a broken encoding wrote "Ä" (its second byte lost), inside a word: "MÄori",
#: "WhÄnau Ora" (German's "Ä" opens a word or stands in capitals, never so).
_LOST_MACRON = re.compile(r"(?<=[A-Za-z])Ä(?=[a-z])")


#: What follows a vaccine's name: "MMR vaccinations", "… (MMR) vaccine" (and its letters in
#: the brackets: "MMR) vaccine").
_VACCINE_AFTER = re.compile(r"\)?[^\S\n]*(?:\([A-Z]{2,6}\)[^\S\n]*)?(?:vaccines?|vaccinations?|"
                            r"jabs?|boosters?)\b")


def type_of(cluster: list[Form], know: Knowledge) -> tuple[str, str]:
    """The type the strongest evidence gives, and that evidence in words."""
    if any(_LOST_MACRON.search(f.text) for f in cluster):
        meant = _LOST_MACRON.sub("ā", cluster[0].text)
        if " " not in meant and (know.is_demonym(meant) or meant in know.peoples
                                 or unaccented(meant) in know.peoples):
            return "group", "a people named as such, its macron lost to the encoding ('MÄori')"
        return type_of([Form(_LOST_MACRON.sub("ā", f.text),
                             tuple(_LOST_MACRON.sub("ā", w) for w in f.words), f.places)
                        for f in cluster], know)  # typed as the words it meant: "Māori"
    main = cluster[0]
    words = main.words
    text = main.text
    places = [c for f in cluster for c in f.places]
    last = words[-2] if len(words) > 1 and (re.search(r" #\d+$", text) or (
        re.fullmatch(r"1[6-9]\d\d|20\d\d", words[-1]) and words[-2] in WORK_HEADS)) \
        else words[-3] if len(words) > 2 and words[-2] == "of" and \
        re.fullmatch(r"1[6-9]\d\d|20\d\d", words[-1]) and words[-3] in WORK_HEADS \
        else words[-1]
    # ("Electrical Workers Local Union #55": a numbered branch; "… Bill 2020", "… Education
    # Amendments of 1972": a law's year)
    nation = _LAW_OF_A_NATION.search(text)
    if nation is not None:
        last = nation.group("head")  # "Budget Act (Northern Ireland) 2016": a law, its
        # nation in brackets and its year after its head
    hints = {c.hint for c in places if c.hint}
    if len(cluster) > 1 and any(re.fullmatch(r"Building \d{1,4}[A-Z]?", f.text)
                                for f in cluster[1:]):
        return "place", "a building, by its number too ('the Natcher Center (Building 45)')"
    if any(re.search(r"[“\"‘']$", c.before) and re.match(
            r"[”\"’']?[^\S\n]+(?:is|was)[^\S\n]+(?:a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:film|"
            r"movie|documentary|book|novel|memoir|play|musical|song|album|series|podcast|"
            r"opera|poem|report)\b", c.after) for c in places):
        return "work", "a title in quotation marks said to be a work ('“Robin’s Wish” is a " \
            "film …')"
    if len(words) <= 3 and any(
            re.search(r"\w-(?:led|funded|sponsored|supported)[^\S\n]+$", c.before)
            and re.match(r"[^\S\n]+(?:clinical[^\S\n]+)?(?:trial|study)\b", c.after)
            for c in places):
        return "work", "a study by its name, between the body that leads it and the word " \
            "for it ('the NIDDK-led HEALTHY clinical trial')"
    if 1 <= len(words) <= 4 and not any(w in ORGANISATION_HEADS for w in words) and \
            any(_DEGREE_AFTER.match(c.after) for c in places) and \
            know.places.get(text) is None:
        return "person", "a degree's letters after the name ('Philip E. Castle, Ph.D.', " \
            "'McCaskill-Stevens, Worta, M.D.')"
    if " ".join(words[1:] if words[0] in ("Holy", "The") else words) in SCRIPTURES:
        return "work", "a religion's scripture ('the Bible', 'the Holy Quran')"
    if len(words) == 2 and words[1] in _PARTICLES_ENDING and words[0] not in know.given_names \
            and words[0] not in ORGANISATION_HEADS and not any(
                _MOVEMENT_AFTER.match(c.after) for c in places):
        return "other", "a campaign or a slogan ending in a particle ('Shields Up', 'Lights " \
            "Out')"
    if len(words) == 2 and words[0] in know.given_names and words[1] in know.surnames and all(
            re.search(r"\b(?:at|in|inside|outside|to|from)[^\S\n]+The[^\S\n]+$", c.before)
            for c in places):
        return "place", "a venue named 'The …' mid-sentence, after 'at' ('the debate at The " \
            "Henry Clay in Louisville')"
    if len(words) == 2 and words[0] in know.given_names and words[1] not in know.surnames and \
            words[1] not in know.given_names and (words[1].casefold() in know.common_words
                                                  or words[1] in _SITE_WORDS) and any(
            re.search(r"\bat[^\S\n]+$", c.before) and _IN_A_TOWN_AFTER.match(c.after)
            for c in places):
        return "place", "a place named with a given name and a common word, after 'at' and " \
            "before the town it is in ('at Liberty Crossing in McLean, VA')"
    if tuple(words[-2:]) == ("Islamic", "State") or tuple(words[:3]) == ("Islamic", "State",
                                                                          "of"):
        return "organisation", "the militant group that calls itself a state ('Islamic " \
            "State', 'Islamic State of Iraq and the Levant')"
    if len(words) >= 2 and SHORT_AND.search(text):
        return "organisation", "a firm's name joined by a shortened 'and' ('Pick ‘n Pay')"
    if len(words) == 1 and not hints and any(
            len(f.words) >= 2 and f.words[-1] in EVENT_HEADS
            and any(c.before.endswith("(") for c in f.places) for f in cluster[1:]):
        return "event", "glossed in brackets by an event's name ('Seollal (Lunar New Year)')"
    if len(words) <= 3 and not know.is_demonym(text) and any(
            re.search(r"\bthe[^\S\n]+$", c.before)
            and re.match(r"[^\S\n]+capital(?:[^\S\n]*[,.;:)]|[^\S\n]+city\b)", c.after)
            for c in places):
        return "place", "a region before its capital ('Jeonju, the North Jeolla capital')"
    if len(words) >= 2 and last == "Birthday" and not any(c.possessive for c in places):
        return "event", "a birthday kept as a celebration ('the Marine Corps Birthday')"
    if re.fullmatch(r"Round of \d+", text):
        return "event", "a knockout stage by how many teams are left ('the Round of 16')"
    if len(words) == 1 and SITE_ADDRESS.fullmatch(text):
        return "organisation", "a site by its address, as its owner names it ('Korea.net', " \
            "'Opensource.com')"
    roll = next((_ROLL_HINTS[h] for h in _ROLL_HINTS if h in hints), None)
    if roll is not None:
        return roll  # a parliament's record named its member, seat or party
    honoured = any(c.honorific or HONORIFIC_BEFORE.search(c.before) for c in places)
    # ("Mr. McCARTHY", "Mr. DURBIN"; "when Mr Manning and Mr Panday …", the honorific a
    # coordination left before the name)
    if any(re.match(r"[^\S\n]+Issue[^\S\n]+\d", c.after) for c in places):
        return "work", "a bulletin or a magazine, before its issue's number ('NewsNet Issue 749')"
    if len(words) <= 2 and any(_titled_before_bracket(c.before, know) for c in places):
        return "person", "a surname after a title and a given name an editor put in " \
            "brackets ('Mr. [Alister] Paterson', 'Chief [Edward] Roundpoint')"
    if len(words) >= 2 and words[-1] == "Channel" and words[0] not in ("The", "the"):
        if know.is_demonym(words[0]) or know.places.get(words[0]) or \
                know.places.get(" ".join(words[:-1])):
            return "place", "a strait named for the land it lies by ('English Channel')"
        if len(words) == 2 and words[0].casefold() in know.common_words:
            return "organisation", "a television channel named for what it shows ('History " \
                "Channel', 'Weather Channel')"
    if "Bros." in words[1:]:
        return "organisation", "a firm named for brothers ('Warner Bros. Discovery')"
    if text in COUNTRY_LETTERS and text != "EU":
        return "place", "a country's letters ('U.S.A.')"  # (a dotted acronym's own rule
        # would make a body of "U.S.A."; the EU is a union of countries, typed below)
    if know.regions_joined(list(words)):
        return "place", "two regions named as one with '&' ('Central Asia & Caucasus')"
    if len(words) == 2 and words[0] in know.given_names and last in PLACE_HEADS and any(
            len(f.words) == 1 and f.words[0] == last
            and any(c.role or c.honorific for c in f.places)
            for f in cluster[1:]):
        return "person", "a given name, and the surname after a title elsewhere ('Norman " \
            "Bay' … 'Commissioner Bay')"
    if len(words) == 1 and text in SOCIAL_NETWORKS and text != "X" and \
            not any(c.role or c.honorific for c in places):
        return "organisation", "a social network or video site ('growth in Twitter " \
            "followers')"  # (not a place for its "in")
    if len(words) == 1 and text.isupper() and places and all(
            re.search(r"\b[A-Z]{3,}[^\S\n]*\($", c.before)
            and re.match(r"\)[^\S\n]*[—–-][^\S\n]", c.after) for c in places):
        return "organisation", "a news agency in brackets after a dateline ('NEW YORK (IDN) " \
            "–')"
    if len(words) <= 3 and any(WIKI_USER_BEFORE.search(c.before) for c in places):
        return "person", "a wiki's user, after 'User:' ('User:Zanimum')"
    if len(words) <= 4 and words[0] not in know.given_names and all(
            SOURCE_LABEL_BEFORE.search(c.before) and re.match(r"[^\S\n]*(?:\n|$)", c.after)
            for c in places):
        return "organisation", "an outlet after a source's label on its line ('source: " \
            "Eurostat', 'SOURCEWaging Nonviolence')"
    if any(_FIRM_LABEL.search(c.before) for c in places) or any(
            re.match(r"[^\S\n]+Recalls\b", c.after) for c in places) or any(
            (m := RECALLS_ITS_OWN_AFTER.match(c.after)) and m.group("brand") == words[0]
            for c in places):  # ("Iceland recalls Iceland Ready Cooked …": a shop's own
        # brand, whatever else its name names)
        return "organisation", "a firm: after 'Manufacturer:' or 'Importer:', or recalling " \
            "its products ('… Recalls …')"
    if re.fullmatch(r"The \d+(?:st|nd|rd|th)?", text):
        return "organisation", "'The' and a number inside a sentence, as newsrooms are named " \
            "('published by The 19th')"
    if any(re.search(r"\b(?:[Oo]ne|[Ss]ome|[Tt]wo|[Tt]hree|[Mm]any) of\b[^.;:\n]*\b(?:festivals|"
                     r"carnivals|fairs|tournaments|championships|conferences|summits|expos|"
                     r"marathons),[^\S\n]*$", c.before) for c in places):
        return "event", "named as one of the events of its kind ('one of … music festivals, " \
            "Sauti za Busara,')"  # (but "At a press conference, Anna Berg, …" is a person)
    if len(words) >= 2 and last == "Show" and words[-2] in _SHOW_TIMES:
        return "work", "a broadcast show by its time slot ('The Mark Levy Breakfast Show')"
    if 2 <= len(words) <= 3 and last == "Today":
        return "organisation", "an outlet named '… Today' ('USA Today', 'Mississippi Today')"
    if len(words) > 1 and last in LOCAL_BODY_LETTERS:
        return "organisation", f"'{last}' after a place names the place's own body ('Houston " \
            "ISD', its school district)"
    if len(words) > 1 and last == "Reserve" and (
            words[-2] in _NATURE_RESERVES
            or (len(words) >= 3 and words[0] in ("El", "La", "Los", "Las"))):
        return "place", "a reserve of nature ('… Tiger Reserve', '… Nature Reserve', 'El " \
            "Jilguero Reserve', named for a place in Spanish)"
    if len(words) > 1 and last == "Doctrine":
        return "other", "a policy named for its author ('the Monroe Doctrine')"
    if len(words) > 1 and (last in ("Linux", "Windows") or (
            last in ("Platform", "OS", "Server", "Browser")
            and any(re.search(r"[a-z][A-Z]", w) for w in words))):
        return "other", "software, by its kind ('Red Hat Enterprise Linux', 'OpenShift " \
            "Container Platform')"
    if len(words) == 2 and words[0] in PRODUCT_MAKERS and last not in ORGANISATION_HEADS \
            and last not in EVENT_HEADS and last not in PLACE_HEADS \
            and last not in HEADLINE_PLACE_KINDS and not know.big_place(last):
        return "other", f"a product named after its maker, {words[0]} ('Google Translate')"
        # (not "Google Foundation", "Apple Festival", "Amazon Brazil", "Adobe Town")
    if len(words) == 1 and text in PRIZES_BY_NAME and all(
            re.search(r"\b(?:[Tt]he|an?|[Hh]is|[Hh]er|[Tt]heir|two|three|four|\d+)[^\S\n]+$",
                      c.before) for c in places):
        return "other", "a prize by its founder's or its statuette's name ('then there was " \
            "the Pulitzer', 'to win an Oscar')"
    if len(words) > 2 and last in ("One", "Two", "Three") and words[-2] in NUMBERED_BUILDINGS:
        return "place", "a building numbered with a word ('New Center Plaza One')"
    if len(words) > 1 and last in SKY_HEADS:
        return "other", f"'{last}' names a body in the sky ('Barnard’s Galaxy', 'Halley’s Comet')"
    if len(words) >= 3 and last == "Rate" and \
            any(w in ("Offered", "Interbank", "Overnight", "Prime", "Funds") for w in words):
        return "other", "a benchmark interest rate by its name ('Euro Interbank Offered Rate')"
    if len(words) > 1 and last in ("March", "Marches") and re.search(r"[’']s\b", text):
        return "event", "a march by whose it is ('the People’s Climate March')"
    if len(words) > 1 and last in ("Walk", "Run", "Ride", "Swim", "Relay"):
        if places and all(_PROGRAMME_AFTER.match(re.sub(r"^!", "", c.after)) for c in places):
            return "other", f"a programme named for a '{last}' ('the Surgeon General’s Every " \
                "Body Walk! initiative')"
        return "event", f"'{last}' names a charity's event ('the I-Pinky-Promise Walk')"
    if any(_OUTLET_LABEL.search(c.before) for c in places):
        return "organisation", "an outlet, after 'Outlet:' or 'Publisher:'"
    if len(words) == 1 and not text.isupper() and \
            any(in_state_or_country(c, know) for c in places):
        return "place", "followed by its state or country ('Temple, TX')"
    if 2 <= len(words) <= 3 and words[0] not in know.given_names and not text.isupper() and \
            any((m := re.match(r",[^\S\n]+([A-Z][a-z]{1,4})\.(?:[^\S\n]|$)", c.after)) is not None
                and m.group(1) in _TOWNS_STATES for c in places):
        return "place", "followed by its state's abbreviation ('Pass Christian, Miss.')"
    if len(words) == 1 and any(_among_given_names(c, text, know) for c in places):
        return "person", "listed among people's given names ('Nanour, Nassima, Yamen, …')"
    if any(_PRODUCT_LABEL.search(c.before) or RECALLED_BEFORE.search(c.before)
           or ((m := RECALLED_OWN_BEFORE.search(c.before))
               and (m.group("brand") == words[0] or m.group("batches")))
           for c in places):
        return "other", "a product, after 'Product:' or recalled ('… Recalls …')"
    if any(_above_its_record(c) for c in places):
        return "other", "a product, above its record ('Pack size …', 'Best before …')"
    if len(words) <= 3 and words[0] in CHAMBERS_BY_NAME:
        return "organisation", "a parliament or its chamber by its own name ('Dáil Éireann', " \
            "'the Knesset')"
    if len(words) >= 2 and words[0] in ("Te", "Manatū") and all(
            TE_REO_WORD.fullmatch(w) for w in words if w not in ("o", "a")) and \
            not any(c.role or c.honorific or SPEECH_AFTER.match(c.after) for c in places):
        return "organisation", "a Māori body's name after 'Te' or 'Manatū' (a ministry: " \
            "'Te Puni Kōkiri', 'Manatū Hauora')"
    if len(words) == 2 and words[0] in SOCIAL_NETWORKS and words[1][:1].isupper() and \
            words[1] not in know.surnames and not know.places.get(words[1]):
        return "other", "a network's feature or service ('Facebook Live', 'Twitter Spaces')"
    if len(words) >= 2 and not any(w in ORGANISATION_HEADS for w in words) and \
            all(_MAKERS_OF_BEFORE.search(c.before) for c in places):
        return "other", "a product after its makers ('makers of the world-renowned " \
            "Stornoway Black Pudding')"
    if any(SOLD_AT_BEFORE.search(c.before) for c in places) and "." not in text:
        return "organisation", "a shop, where a product was sold ('Sold at …')"
    if len(words) == 2 and words[0] in ("Miss", "Mr.", "Mister") and (
            know.big_place(words[1]) or words[1] in CONTEST_WORLDS):
        return "event", "a contest named for its title ('Miss Universe')"
    if len(words) == 1 and re.fullmatch(r"[A-Z]{1,2}\d{1,3}-\d{1,3}", text):
        return "other", "a model and its variant by their numbers ('B61-12', 'W80-1')"
    if (_DESIGNATED.fullmatch(words[0]) or DESIGNATION.fullmatch(words[0])) and (
            len(words) == 1 or re.fullmatch(r"(?:ALT|Mod|Block) \d{1,4}", " ".join(words[1:]))) \
            and any(_MATERIEL_AFTER.match(c.after) for c in places):
        return "other", "a designation before the kind of thing it names ('the W76-1 " \
            "warhead', 'the W78 and W80-1 systems')"
    if len(words) >= 2 and any(_ISSUE_OF.search(c.before) for c in places):
        return "work", "a periodical by one of its issues ('the November 2008 issue of " \
            "Children's Bureau Express')"
    if any(w in ("Journal", "Annals", "Proceedings") for w in words) and any(
            re.search(r"(?:" + JOURNAL_CUE + r"|\bissue[^\S\n]+of|\b(?:article|paper)[^\S\n]+"
                      r"(?:is|was)[^\S\n]+in)[^\S\n]+[Tt]he[^\S\n]+"
                      r"(?:The[^\S\n]+)?\Z", c.before) for c in places):
        return "work", "a journal after 'published in the' or an issue ('… published in the " \
            "American Journal of Preventive Medicine', 'reported in The American Journal of " \
            "…', 'in the June 27 issue of the New England Journal of Medicine', 'whether " \
            "(an) article is in the New England Journal')"
    named_as_place = any(ends_with_cue(_NAMED_AS_PLACE, c.before) for c in places)
    if any((m := ends_with_cue(_WORK_BEFORE, c.before)) and not _NAMED_CUE.search(c.before)
           and not (m.group()[:1].isupper() and "," in m.group())
           and not ("\n" in m.group() and m.group().split()[-1].casefold() == "text")
           and not (re.search(r"\n[^\S\n]*$", m.group()) and re.match(r"[^\S\n]+[a-z]", c.after))
           and not ("," in m.group() and (_SPEAKS_AFTER.match(c.after)
                                          or any(w in ORGANISATION_HEADS for w in words)))
           and not (last in _NEWSROOM_HEADS and re.match(JOURNAL_CUE, m.group(), re.I))
           and not (last in _COURTS and m.group().startswith("appeared"))
           and not (last in PLACE_HEADS and re.match(JOURNAL_CUE, m.group(), re.I))
           for c in places) and \
            know.places.get(text) not in ("country", "region", "continent") and \
            text.upper() not in DISEASE_DESIGNATIONS:  # ("production of COVID-19 therapeutics")
        # (nor "… diaper assistance program" ending a heading over "OCS launched …", a
        # sentence the name opens)
        return "work", "named as a work ('the film …')"  # (not a skip link's "…
        # navigational text" at a line's end, above a page's banner; not "… program,
        # Indonesia’s …";
        # not "covered by the Report, FTC cases …": a name, then a comma; nor "… Grand
        # Challenges program, NCI and …", a body opening the clause; nor "Also published
        # in Energy News Network": a newsroom, by its head word; nor "first reported in
        # Twentymile River": a place, by its head word)
    if len(words) >= 3 and words[1] == "of" and words[0] not in ORGANISATION_HEADS and \
            words[0] not in PLACE_HEADS and words[0] not in WORK_HEADS and \
            any(_MEETING_ON.search(c.before) for c in places):
        return "event", "a meeting's subject after its kind and 'on' ('a workshop on the " \
            "Siting of Radioactive Waste Facilities')"
    if any(ends_with_cue(_WORKS_LIKE, c.before) for c in places):
        return "work", "one of the works a list names ('films like … and …')"
    if any(("such as" in c.before or "like" in c.before or "including" in c.before)
           and _SOFTWARE_LIKE.search(c.before) for c in places):  # (the whole 80 characters:
        # a list's later names are further from its noun than a cue's 50)
        return "other", "software a list names ('projects such as Apache SpamAssassin and …')"
    if len(words) >= 2 and words[-1] == "Server" and not any(c.possessive for c in places):
        return "other", "a server's software by its name ('Apache HTTP Server', 'SQL Server')"
    if any(_CHAPTER_AFTER.match(c.after) for c in places):
        return "work", "a book by its title, before one of its chapters ('GSS Energy Flow " \
            "chapter 2')"
    if words[-1] not in EVENT_HEADS and words[-1] not in EVENT_STAGES and \
            any(ends_with_cue(_HOST_OF_BEFORE, c.before) for c in places):
        return "work", "the show its host introduces ('This is your host of …')"
    if len(words) >= 2 and words[-1] in ("GOP", "Democrats", "Republicans", "Dems") and \
            (know.places.get(" ".join(words[:-1])) in ("region", "country", "city")
             or words[-2] in ("County", "Parish")):
        return "organisation", f"a state's or a place's party ('{text}')"  # "the Louisiana
        # GOP", "Michigan Dems" (not the given name "Louisiana")
    if "byline" in hints:
        return "person", "one of the authors a byline lists ('By …, … and …')"
    if "photographer" in hints:
        return "person", "a credit's author, before a slash and the outlet ('Wes Mountain/" \
            "The Conversation')"
    if "speaker" in hints:
        return "person", "a speaker's label in a transcript ('Booker: From the time …')"
    if "site" in hints and words[0] not in SHIP_PREFIXES:  # (not "… icebreaker – RSV
        # Nuyina": the ship the title names)
        return "organisation", "a site's name, after its page's title and a dash or by its " \
            "address on a line of its own"
    if "outlet" in hints and not (len(words) == 2 and words[0] in know.given_names
                                  and words[1] in know.surnames):
        # (not "Glenn Mahone/Bob Jacobs": a release's two contacts, joined by a slash)
        return "organisation", "a credit's outlet, after the slash ('Wes Mountain/The " \
            "Conversation')"
    if len(words) >= 2 and any(re.match(r"[^\S\n]+(?:agreement|treaty|accord|pact)\b", c.after)
                               for c in places) and "work" not in hints and \
            last not in ORGANISATION_HEADS and last not in PLACE_HEADS and \
            last not in OTHER_HEADS and not know.places.get(text):
        # (not "the European Council agreement": a body's, "Ring Road agreement": a road's)
        return "work", "a name before the kind of pact it is, in lower case ('the North " \
            "American Free Trade agreement')"
    if any(re.search(r"[“\"‘]$", c.before) and _PROGRAMME_AFTER.match(c.after) for c in places):
        return "other", "a programme's name in quotation marks ('the “…” program')"
    scheme = last in _SCHEME_HEADS or any(  # "Community Grants Program", "the Fund for …"
        w in _SCHEME_HEADS and words[k + 1] in ("for", "of") for k, w in enumerate(words[:-1]))
    if scheme and any(w in _GRANT_WORDS for w in words):
        return "other", f"a programme of grants ('{text}')"
    if "programme" in hints:
        return "other", "a programme's name before the word for it ('the Investing in " \
            "Canada plan')"
    if "slogan" in hints:
        return "other", "a campaign's slogan, an imperative and 'Again' ('Make America " \
            "Healthy Again')"
    if last == "Reports" and len(words) >= 2 and \
            not any(w in ORGANISATION_HEADS for w in words[:-1]):
        return "work", "reports by their series' name ('the State Options Reports')"
    if len(words) >= 2 and last in ("Lifeboat", "Lifeboats") and \
            not any(w in ORGANISATION_HEADS for w in words[:-1]):
        return "other", "a lifeboat by its station ('the Kilkeel RNLI Inshore Lifeboat')"
    if any(_SHIP_DID_AFTER.match(c.after) and re.search(r"(?:\b[Tt]he|[‘'“\"])[^\S\n]*$", c.before)
           for c in places):
        return "other", "a ship, by what it did ('the ‘…’ had gone aground')"
    if places and all(re.search(rf"\b(?:paper|report|book|film|study|essay|song|poem|"
                                rf"{TITLED_KINDS})[^\S\n]+[‘“\"']$", c.before)
                      for c in places) and "work" not in hints:
        return "work", "a title in quotation marks after the kind of work it is ('the " \
            "paper ‘Meithrin Miliwn’')"
    if len(words) >= 2 and (last in _PUBLICATION_HEADS or last in NEWSROOM_HEADS) and any(
            (not c.before or c.before.endswith("\n")) and _OWNER_AFTER_BANNER.match(c.after)
            for c in places):
        return "work", "a publication by its name over its owner's ('NIH Record - National " \
            "Institutes of Health')"
    if len(words) >= 2 and words[-2] in PERIODICITY and \
            (last in _PUBLICATION_HEADS or last in ("News", "Update", "Report")):
        return "work", "a periodical by how often it comes out ('NIMHD Quarterly News')"
    if len(words) >= 2 and last in NEWSLETTER_HEADS and any(
            re.search(r"\bSubscribe[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?$", c.before)
            or PUBLISHED_EVERY.match(c.after) for c in places):
        return "work", "a newsletter, by what subscribing to it or how often it comes out " \
            "says ('Subscribe to CC News', '… News / Published monthly by …')"
    if len(words) == 2 and re.fullmatch(r"[A-Z]{2,6}", words[0]) and \
            last in _PUBLICATION_HEADS and any(
                (not c.before or c.before.endswith("\n"))
                and re.match(r"[^\S\n]*(?:\n|$)", c.after) for c in places):
        return "work", "a body's paper by its letters and its word, alone on its line " \
            "('NIH Record')"
    if "journal" in hints:
        return "work", "a journal a reference names before its year and pages ('… " \
            "Alzheimer's & Dementia. 2010. 6(1):11-24.')"
    if "work" in hints:
        if (any(_PROGRAMME_AFTER.match(c.after) for c in places) or scheme) and not (
                len(words) > 2 and words[0] in WORK_HEADS and words[1] in ("on", "of", "for")):
            # (but a report's title whose kind opens it: "“Report on … for the U.S. Arctic
            # Research Program”")
            return "other", "a programme's name in quotation marks ('the “…” program')"
        if any(re.search(r"\bevents?\s+$", c.before) for c in places):
            return "event", "an event's title in quotation marks ('a special event “…”')"
        if (last in ("Contest", "Contests", "Competition", "Championship", "Tournament",
                     "Tour", "Conference", "Summit", "Symposium", "Festival", "Celebration",
                     "Parade", "Gala")
                or (last == "Day" and len(words) >= 2)
                or any(w == "Day" and words[k + 1] == "of"
                       for k, w in enumerate(words[:-2]))) \
                and len(words) >= 2:
            return "event", "a contest's, a tour's, a gathering's or a day's name in " \
                "quotation marks ('the “… Journalism Contest”', 'her “Returning Education " \
                "to the States Tour”', 'the 18th annual “Advancing Renewables Conference”', " \
                "'‘Columbus Day’', '‘Day of the Dead’')"
        if any(re.match(r"[”\"’']?[^\S\n]+(?:movement|coalition|network|group|"
                        r"collective|alliance)\b", c.after) for c in places):
            return "organisation", "a movement's name in quotation marks " \
                "('a “Feminist Anti-War Resistance” movement')"
        if any(_GROUP_BEFORE_MARKS.search(c.before) for c in places):
            return "organisation", _GROUP_IN_MARKS
        if any(re.match(r"[^\S\n]+(?:page|pages|webpage|section|tab|menu)\b", c.after)
               for c in places):
            return "work", "a page of a site, by its title ('our … page')"
        if any(re.search(r"\bTitle[^\S\n]*:[^\S\n]*$", c.before) for c in places):
            return "work", "a title after its label ('Project Title: …')"
        if any(re.match(r",[^\S\n]+(?:Issue|Vol\.|Volume|No\.|Number)[^\S\n]+\d", c.after)
               for c in places):
            return "work", "a series' title before its issue ('Open Voices, Issue 13')"
        if any(re.search(rf"\b(?:{TITLED_KINDS})\W*(?:called|titled|named)?\W*$", c.before)
               for c in places):
            return "work", "a title after the kind of work it is ('our newsletter, …')"
        if any(re.search(r"\b(?:entitled|titled)[^\S\n]+$", c.before) for c in places):
            return "work", "a title after 'entitled' ('articles entitled …')"
        if any(re.match(r"[”\"’']?[^\S\n]+(?:march|rally|protests?|vigil|walkout|day[^\S\n]+of"
                        r"[^\S\n]+action|campaign)\b", c.after) for c in places):
            # (and a campaign: "the ‘Save the Reef’ campaign")
            return "event", "a name in marks before the kind of protest it names ('the “No " \
                "Kings” march')"
        if len(words) >= 3 and words[0] in ("March", "Rally", "Walk", "Vigil") and \
                words[1] in ("on", "for", "against", "to"):
            return "event", "a march named for where or what it goes ('the “March on the " \
                "DNC”')"
        if words[-1] in ("License", "Licence", "license", "licence"):
            return "work", "a licence by its full name ('… 4.0 International License')"
        if words[-1] in ORGANISATION_HEADS and any(_CALLED_IN_MARKS.search(c.before)
                                                   for c in places):
            return "organisation", "a body's name in marks after what it is called " \
                "('referred to as “the U.S. Chemical Safety Board”')"
        if any(_BRANDED_BEFORE.search(c.before) for c in places):
            return "other", "a brand in marks after 'branded' ('cigarettes, branded " \
                "‘Marlboro’')"
        if any(ends_with_cue(_GROUP_BEFORE, c.before) for c in places):
            return "organisation", "a group's name in marks after its kind ('the group " \
                "‘For Media Freedom’')"
        if any((m := re.match(r"[”\"’'][^\S\n]+([A-Z][a-z]+)\b", c.after)) is not None
               and m.group(1) in EVENT_HEADS for c in places):
            return "event", "a name in marks before an event's head word ('the “We Love Our " \
                "National Park” Celebration')"
        if any(re.search(r"\b(?:report|publication)[^\S\n]+$", c.before) for c in places):
            return "work", "a title right after the word for its document ('the public " \
                "report Forged Steel Fittings from India and Korea')"
        if re.fullmatch(r"(\d{2}) Under \1", text):
            return "work", "a ranking by the age its people are under ('30 Under 30')"
        if any(re.match(rf"[^\S\n]*,[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}"
                        rf"(?:exhibit|exhibition|book|film|movie|play|memoir|report|study|"
                        rf"{TITLED_KINDS})\b", c.after)
               for c in places):
            return "work", "a title before the kind of work it is ('My Iran: Six Women " \
                "Photographers, a new photo exhibit')"
        if last in ("Award", "Awards", "Prize", "Medal"):
            return "other", "an award's name in quotation marks ('the “Best Public Office " \
                "Building Recycling Award”')"
        if len(words) >= 2 and (last in PLACE_HEADS or last in _REGION_NICKNAME_HEADS) and any(
                re.search(r"\b(?:known[^\S\n]+as|called|dubbed|nicknamed)[^\S\n]+(?:the[^\S\n]+)?"
                          r"[“\"‘']?$", c.before) for c in places):
            return "place", "a place's nickname in marks ('what is commonly known as “Cancer " \
                "Alley”')"
        if len(words) >= 3 and last == "Site" and any(
                re.search(r"\b(?:refer|mention|ask)[a-z]*[^\S\n]+(?:to[^\S\n]+)?(?:the[^\S\n]+)?"
                          r"[“\"‘']?$", c.before) for c in places):
            return "place", "a site's name in marks, as callers should give it ('please refer " \
                "to the “… Site.”')"
        if len(words) >= 3 and last in ("Week", "Month", "Day") and \
                all(w[:1].isupper() for w in words):
            return "event", "an observance's name in marks ('the observance of “National " \
                "Negro Health Week”')"
        return "work", "a title in quotation marks"
    if len(words) <= 3 and any(_ELECTORATE_BEFORE.search(c.before) for c in places) and \
            not any(w in ORGANISATION_HEADS for w in words):
        return "place", "a seat in a parliament ('the Member for Swan', 'the election for " \
            "Barton')"
    if len(words) in (2, 3) and any(re.search(r"\b(?:[Mm]y|[Hh]is|[Hh]er)[^\S\n]+name(?:’s|'s|"
                                              r"[^\S\n]+is)[^\S\n]+$", c.before)
                                    for c in places):
        return "person", "introduced by name ('My name’s …')"
    if len(words) <= 3 and not any(w in ORGANISATION_HEADS or w in PLACE_HEADS for w in words) \
            and know.places.get(text) is None and any(_PEOPLE_LIKE.search(c.before)
                                                      for c in places):
        return "person", "an example of the people a plural names ('foreign fighters like " \
            "Warsame and Daduq')"
    if len(words) >= 2 and not _LINKED.intersection(words) and any(
            _MEMBER_AFTER.match(c.after) and re.search(
                r"(?:^|\n)[^\S\n]*(?:Photo of [^\n]*)?$", c.before) for c in places):
        # (not "Voice of America (Washington, DC)": an outlet and where it is, over its
        # report)
        return "person", "a member heading a speech, the seat and the party in brackets " \
            "after the name ('Seán Ó Fearghaíl (Kildare South, Fianna Fail)')"
    if any(_SEAT_BEFORE.search(c.before) and _SEAT_AFTER.match(c.after) for c in places):
        return "place", "a member's seat, in brackets after the name ('Mary Lou McDonald " \
            "(Dublin Central, Sinn Fein)')"
    if any(_PARTY_BEFORE.search(c.before) and _PARTY_AFTER.match(c.after) for c in places):
        return "organisation", "a member's party, in brackets after the seat ('Mary Lou " \
            "McDonald (Dublin Central, Sinn Fein)')"
    bracketed = next((m.group("word") for c in places
                      if (m := _BRACKETED_WORD.match(c.after))), None)
    kind = _kind_of_word(bracketed) if bracketed else None
    if kind is not None:
        return kind, f"an editor's '[{bracketed}]' after it says what it is ('the Azov " \
            "[Battalion]')"
    if re.fullmatch(r"\d{4} Census", text):
        return "event", "a census named by its year ('the 2020 Census')"
    if words[-1] == "Campaign" and len(words) >= 2 and (
            YEARS.fullmatch(words[0])
            or any(re.search(r"\b[Tt]he[^\S\n]+(?:19|20)\d\d[^\S\n]+$", c.before) for c in places)):
        return "event", "a campaign's yearly edition, by its year ('the 2019 NIH Combined " \
            "Federal Campaign')"
    if COURT_CASE.search(text):
        return "other", "a court case, its parties joined by 'v.' ('Roe v. Wade')"
    if any(re.search(r"\b[Ii]n[^\S\n]+re[^\S\n]+$", c.before) for c in places):
        return "other", "a court case in a party's matter, after 'in re' ('the in re Bilski " \
            "decision')"
    if len(words) == 1 and re.fullmatch(r"i(?:Pad|Phone|Pod|Mac|Cloud|Tunes|Book|Watch)\w*",
                                        text):
        return "other", "a device named as Apple names them ('iPad', 'iPhone')"
    if text.isupper() and len(words) >= 3 and words[-1] in ("ACT", "BILL"):
        return "work", "a bill's title in capitals ('BUILD BACK BETTER ACT')"
    if len(words) == 1 and len(text) > 6 and text[:1].isupper() and \
            text.casefold().endswith("virus"):
        return "other", "a virus by name ('Coronavirus', 'Norovirus')"
    if len(words) == 1 and re.fullmatch(r"(?:Interstate|Highway|Route)-\d{1,3}", text):
        return "place", "a highway by its number ('Interstate-25')"
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+-\d{1,3}", text):
        return "other", "a word and a number, as diseases and models are written ('Covid-19')"
    if any(_OTHER_AFTER.match(c.after) and not c.possessive for c in places) and \
            "organisation" not in hints:  # (not "Uganda’s pandemic response")
        return "other", "a gene, a virus or a disease ('the NF2 gene', 'Parkinson disease')"
    if kind is None and len(words) == 1 and not text.isupper() and \
            text not in know.country_codes and not know.is_demonym(text) and any(
            (_DISEASE_AFTER.match(c.after) and not know.big_place(text))
            or _DISEASE_BEFORE.search(c.before) for c in places):  # (not "the Dallas outbreak")
        return "other", "a disease by its cases, outbreaks or patients ('the first Ebola " \
            "case diagnosed', 'infected with …')"
    if kind is None and not any(w in ORGANISATION_HEADS for w in words) and \
            not know.is_demonym(words[0]) and any(
            (_APPROVED_BEFORE.search(c.before) and _TREATMENT_AFTER.match(c.after))
            or (_DRUG_CUE_BEFORE.search(c.before)
                and not re.match(r"[^\S\n]+from\b", c.after)) for c in places) and \
            not any((m := DESCRIBED_AFTER.match(c.after)) is not None
                    and m.group("noun") in PERSON_NOUNS for c in places):
        # (not "trying to prevent Santa Clara County from buying …": whom it stops; nor
        # "the treatment of Nina Pham, a Dallas nurse": a patient, as the apposition says)
        return "other", "a drug, a device or a disease a regulator names ('FDA approves " \
            "Adlyxin to treat …', 'a biosimilar to Humira')"
    if any(_INSTRUMENT_AFTER.match(c.after) for c in places):
        return "other", "a scientific instrument ('the MUSE instrument')"
    if any(_APP_AFTER.match(c.after) for c in places) and "organisation" not in hints and \
            not any(re.match(r"[^\S\n]+(?:Inc|Corp|Ltd|LLC)\b", c.after) for c in places) and \
            not (text.isupper() and len(places) > sum(bool(_APP_AFTER.match(c.after))
                                                     for c in places)):
        # (not "FEMA", a body named elsewhere too, whose app "the FEMA app" is)
        return "other", "an app ('on eSanjeevani app')"
    if any(c.text.split(",")[0].isupper() and not any(ch.isdigit() for ch in c.text)
           and (not c.before or c.before.endswith("\n")
                or _DATE_BEFORE_DATELINE.search(c.before))
           and _DATELINE_AFTER.match(c.after) and not _FEED_DATE_AFTER.match(c.after)
           for c in places) and \
            not any(len(f.words) > 1 and initials_of(f.words) == c.text
                    for f in cluster for c in places):
        return "place", "a dateline"  # "FORT IRWIN, Calif. –", "BOSTON —" (but not "ESO —
        # Reaching New Heights …", a site's letters before its motto, which the story spells
        # out as the European Southern Observatory; nor "UNITED24 - Make a …": no place
        # has a number glued to its name)
    if any(_CREDITED.search(c.before) and c.after.startswith(")") for c in places) and \
            not know.big_place(text):  # (not "Categories: C.D.C. (Europe)": a place)
        return "organisation", "a source credited after the item ('(AFP via Dawn)')"
    if any(re.search(r"\b(?:our|its|their|an?)[^\S\n]+(?:sister[^\S\n]+)?(?:affiliate|"
                     r"partner|outlet|publication|site)[^\S\n]+$", c.before) for c in places):
        return "organisation", "an outlet a story calls its affiliate ('from our affiliate " \
            "Stateline')"
    if any(re.search(r"[.!?”\"][^\S\n]+Via[^\S\n]+$", c.before)
           and re.match(r"[^\S\n]*(?:\n|$)", c.after) for c in places):
        return "organisation", "an outlet a post credits at its end ('… parole boards. Via " \
            "Stateline')"
    if len(words) > 1 and any(c.after.startswith("!") for c in places) and \
            (all(c.after.startswith("!") for c in places)
             or words[0] not in know.given_names) and \
            last not in PLACE_HEADS and last not in EVENT_HEADS and last not in WORK_HEADS and \
            not any(re.search(r"\bFree[^\S\n]+$", c.before) for c in places) and \
            not any(re.search(r"\bthe[^\S\n]+$", c.before)
                    and re.match(r"![^\S\n]*(?:\n|$|[A-Z“\"])", c.after) for c in places):
        # (not "Introducing the New NIH Public Access Policy!": a document's name, then the
        # headline's mark; not "… and launch the Legacy Survey of Space and Time!": a
        # sentence's end after "the"; not "Free Alexey Navalny!": a slogan calling for
        # someone's release; not "right outside Ewa Beach!", "Happy Independence Day!": a
        # sentence's end; but a feed's heading may leave the mark off: "Subscribe to
        # Democracy Now feed")
        return "organisation", "its name ends with an exclamation mark ('Democracy Now!')"
    if any(_DATE_LINE_BEFORE.search(c.before) and _DATE_LINE_AFTER.match(c.after)
           for c in places):
        return "place", "where a meeting was held, between its date and its city"
        # "January 21, 2020, Government House, Moscow", "…, The Kremlin, Moscow"
    state = text.rpartition(", ")[2] if ", " in text else words[-1] if len(words) == 2 \
        else text  # ("Jackson Wyo., September 28 –": a dateline whose comma was lost)
    if (state.endswith(".") and state[:-1] in STATE_ABBREVIATIONS) or \
            (", " in text and (state == "DC" or (re.fullmatch(r"(?:[A-Z]\.){2}", state)
                                                 and state not in COMPANY_FORMS))):
        # (and the two-letter ones with dots: "Grand Forks, N.D.", "Hot Springs, S.D.")
        return "place", "a state's abbreviation"  # "Calif.", "St. Charles, Mo."
    if len(words) == 1 and text.rstrip(".") in PROVINCE_ABBREVIATIONS and places and all(
            (text.endswith(".") or c.after.startswith(".")) and c.before.endswith(", ")
            for c in places):
        return "place", "a Canadian province's abbreviation after a town ('Gananoque, Ont.')"
    if (words[0] in SHIP_PREFIXES and len(words) > 1) or "Cutter" in words[:-1] or (
            any(ends_with_cue(_CRAFT_BEFORE, c.before) for c in places)
            and not know.demonym_plural(text)):  # (not "… recruits, places, and trains
        # Americans": a verb, and a people)
        return "other", "named as a vessel or craft ('the motor vessel …')"
    if any(_COUNTED_BY.search(c.before) and not c.possessive
           and not re.search(r"\b[Tt]he\s+case\s+of\s+$", c.before) for c in places):
        # (not "In the case of Gianforte’s reelection bid", "the case of Kenya": a matter,
        # not a crate)
        return "other", "a product counted by what holds it ('a bottle of Grange Hermitage')"
    if places and all(_SIGN_UP_FOR.search(c.before) for c in places):
        return "work", "a newsletter, after 'sign up for' ('Sign up for Dispatches')"
    if len(words) > 1 and words[-2] == "Report" and words[-1].isdigit():
        return "work", "a report by its number ('Auditor-General Report 39')"
    if len(words) > 1 and words[-2] in NUMBERED_WORK_HEADS and (
            words[-1][:1].isdigit() or DESIGNATION.fullmatch(words[-1])):
        return "work", f"'{words[-2]}' and a number name a document"  # "Form W-10"
    if len(words) > 2 and words[-2].rstrip(".") in ("No", "Nos") and words[-1][:1].isdigit() \
            and (words[-3] in NUMBERED_WORK_HEADS or words[-3] in LAW_HEADS):
        return "work", f"'{words[-3]} No.' and a number name a law or a document " \
            "('Republic Act No. 8293')"
    if len(words) > 3 and words[-2] == "and" and words[-1].isdigit() and \
            words[-3].isdigit() and words[-4].endswith("s") and \
            words[-4][:-1] in NUMBERED_WORK_HEADS:
        return "work", f"'{words[-4]}' and two numbers name documents"  # "House Bills 2
        # and 3"
    if re.fullmatch(r"I-\d{1,3}|(?:(?:US|U\.S\.|State) (?:HWY|Hwy\.?|Highway|Route) |"
                    r"Interstate |US |SR |Route |Highway |HWY |Hwy\.? |FM |RM |CR |"
                    r"(?:Forest Service|County|Forest) Road )\d{1,4}", text):
        return "place", "a highway by its number ('I-85', 'US 191', 'US HWY 26')"
    if re.fullmatch(r"[AMBN]\d{1,3}", text) and any(
            _ROAD_BEFORE.search(c.before) or _ROAD_AFTER.match(c.after) for c in places):
        return "place", "a road by its letter and number ('via the A50', 'the M25 motorway')"
    if text.upper().replace(" ", "-") in DISEASE_DESIGNATIONS or \
            re.fullmatch(r"H\d{1,2}N\d{1,2}", text):  # (and "COVID 19", its hyphen lost)
        return "other", "a disease or a virus by its designation ('H1N1', 'H5N1')"
    if DESIGNATION.fullmatch(words[0]) and not (
            len(words) > 2 and (last in ORGANISATION_HEADS or last in PLACE_HEADS
                                or last in WORK_HEADS)) and not (
            len(words) > 1 and last in EVENT_HEADS):
        # (not "the G-20 Summit": a meeting of the group the letters name; nor "UTR-10
        # Nuclear Reactor Laboratory", a body named for the reactor it runs; nor "Y-12
        # National Security Complex", a plant named for its wartime code; nor "Y-12 Uranium
        # Public Health Assessment", a document on the plant)
        return "other", "a model designation, as aircraft and vehicles are named"
    if any(_BRANDED_BEFORE.search(c.before) for c in places):
        return "other", "a brand, after 'branded' ('cigarettes, branded Marlboro')"
    if len(words) >= 2 and words[0] == "An" and words[-1] not in know.surnames:
        return "organisation", "'An' opening a name, Irish's article ('An Garda Síochána')"
    if any(re.match(r"(?:TM|™|®)\b", c.after) for c in places):
        return "other", "a trademark's letters after it ('GraincastTM')"
    if len(words) == 1 and _MAKERS_DESIGNATION.fullmatch(words[0]):
        return "other", "a maker's letters and a model's number ('Yak-130s', 'MiG-29')"
    if len(words) == 1 and text.isupper() and len(text) >= 3 and any(
            _spelt_in_lower_case(text, c.before) for c in places):
        return "other", "the letters of a term the story spells in lower case before them " \
            "('federal direct enrolment and direct update (FDEU)')"
    if len(words) == 2 and words[0] in SKY_CATALOGUES and words[1][:1].isdigit():
        return "other", "a body in the sky by its catalogue's letters and number ('NGC 3717', " \
            "'Messier 96')"
    if any(_SKY_KIND_BEFORE.search(c.before) for c in places):
        return "other", "a body in the sky after its kind ('the star Polaris', 'the asteroid " \
            "Psyche')"
    if len(words) >= 2 and any(_WORK_KIND_BEFORE.search(c.before) for c in places):
        return "work", "a work after its kind and a comma ('a new blog, Research & " \
            "Developments')"
    craft = None
    if text not in know.country_codes and know.places.get(text) != "country":
        # (not "the UK’s flagship … scheme"; not "a U.S. drone strike": a country's)
        craft = next((m for c in places if not c.possessive  # (not "Lavrov’s plane")
                      and (m := _CRAFT_AFTER.match(c.after))
                      and not m.group().rstrip().endswith("s")
                      and c.words[-1] not in ORGANISATION_HEADS
                      and (last not in ORGANISATION_HEADS or len(c.words) >= 2)), None)
        # (a name that ends with a body's word, when another of its names is the craft's:
        # "the Mars Science Laboratory mission, also known as the Mars Curiosity rover")
    if craft is not None:
        return "other", f"'{craft.group().strip()}' after it, as vehicles are named"
    street = last in _STREETS or (len(words) > 2 and words[-2] in _STREETS
                                  and last in _COMPASS)  # "12th Avenue North"
    if street and len(words) > 1 and any(_HOUSE_NUMBER.search(c.before) for c in places):
        return "place", "a street in an address ('5830 University Research Court')"
    if "craft" in hints:
        return "other", "an aircraft's call sign ('Air Force One')"
    if "registration" in hints:
        return "other", "an aircraft's registration ('G-BOOW')"
    if not any(w in ORGANISATION_HEADS for w in words) and \
            not (text.isupper() and know.places.get(text) is None) and any(
            _ITEM_BEFORE_PLACE.search(c.before) and _PLACE_LINE_END.match(c.after)
            for c in places):  # (not "• Des Clifford – Director General, OFM": a body's
        # letters after a post)
        return "place", "where a list's item was, after its dash ('• G-BOPD – Fishburn " \
            "Airfield, County Durham')"
    if len(words) > 1 and words[0] in STREET_FIRST and words[1][:1].islower():
        return "place", "a street, its kind first ('Promenade du Portage', 'Rue de la Loi')"
    if len(words) >= 2 and re.fullmatch(r"[A-Z]{1,2}-[A-Z]{3,4}", words[0]) and \
            words[1][:1].isupper() and not words[1].isupper() and \
            words[-1] not in EVENT_HEADS:  # (not "EU-LAS Summit": two bodies' meeting)
        return "other", "an aircraft by its registration and its model ('VH-NGA Westwind II')"
    if len(words) == 1 and ROAD_NUMBER.fullmatch(text) and any(
            _ROAD_CUE.search(c.before[-50:] + " " + c.after[:60]) for c in places):
        return "place", "a road by its number, among roads' words ('the M20 between " \
            "junctions 8 and 9')"
    if words[0] in ("Ngāti", "Ngāi", "Ngati", "Ngai") and len(words) >= 2 and \
            not any(w in ORGANISATION_HEADS for w in words) and \
            last not in WORK_HEADS and last not in _RULE_HEADS:  # (not "Ngāi Tai ki Tāmaki
        # Claims Settlement Bill": a law named for the iwi)
        return "group", "an iwi by its name ('Ngāti Mākino', 'Ngāi Tahu')"
    if len(words) >= 3 and words[-1].replace(".", "") in ("NW", "NE", "SW", "SE") and \
            words[-2].rstrip(".") in PLACE_HEADS:
        return "place", "a street and its quarter ('New York Ave. NW')"
    if "vessel" in hints:
        return "other", "a vessel, in a table of vessels ('Vessel’s name …')"
    if "species" in hints:
        return "other", "a species' Latin name ('a species of palm, Aiphanes argos')"
    if "law" in hints:
        return "work", "a legal act by its number ('Regulation (EU) No …')"
    if "place" in hints and any(re.search(r"\b(?:Parliament|Assembly|MPP|MP|MLA|MNA|MHA|MHK)"
                                          r"[^\S\n]+for[^\S\n]+$", c.before) for c in places):
        return "place", "a member's riding, after the title ('Member of Parliament for …')"
    if "place" in hints and any(c.hint == "place" and c.text in know.country_codes
                                for c in places):
        return "place", "a province's or state's letters before its official's title ('BC " \
            "Minister of …')"
    if "place" in hints:
        return "place", "listed with places of its kind ('the counties of …')"
    if "group" in hints and know.places.get(text) is None:  # (not "the US and HK people":
        # the people of a place the gazetteer knows, the place itself named)
        return "group", "one of two peoples a noun after them names ('the … and Bunurong " \
            "people')"
    if text in PEOPLES_BY_NAME or (last in ("People", "Peoples") and len(words) >= 2
                                    and not any(w in ORGANISATION_HEADS for w in words)
                                    and "of" not in words):  # (not "Voice of the People",
        # a radio station named for whose voice it is)
        return "group", "a people by its name ('First Nations', 'the Wurundjeri People')"
    if len(words) == 1 and text not in know.places and text not in know.given_names and any(
            re.match(r"[^\S\n]+(?:country|Country|land|lands|people)\b", c.after)
            and re.search(r"\b(?:on|from|of|in)[^\S\n]+$", c.before) for c in places):
        return "group", "a people, before its country ('speaking from Gadigal country')"
    if "member-from" in hints:
        return "place", "a party member's home, before the party's noun ('a Weldon Spring " \
            "Republican')"
    if "place-column" in hints:
        return "place", "in a table's column of places ('| County | Location |')"
    if "body-for-list" in hints:
        return "organisation", "a body named for a list of fields ('the … Centre for Ethics, " \
            "Economy and Social Change')"
    if "given-at" in hints:
        return "place", "where a media item was given, after its kind in a heading " \
            "('Doorstop interview - Sydney')"
    if "given-at-event" in hints:
        return "event", "the meeting a media item was given at, after its kind in a " \
            "heading ('Opening remarks - … Leaders' Meeting')"
    if "event" in hints or any(_STORM_LIST_BEFORE.search(c.before) for c in places):
        return "event", "named under its kind in the plural ('Hurricanes Iota and Eta')"
    if "programme" in hints:
        return "other", "a list's category on a line in brackets ('[Preservation Assistance " \
            "Grants]')"
    if len(words) >= 3 and words[-1].rstrip(".").title() in ("Jr", "Sr") and \
            words[0].title() in know.given_names:
        return "person", "a given name, and 'Jr.' after the name"  # (or in capitals, a
        # speaker's label: "ALAN BOWERS JR.:")
    if len(words) == 2 and words[-1].rstrip(".") in ("Jr", "Sr") and \
            re.fullmatch(r"[A-Z]{2,4}", words[0]):
        return "person", "initials, and 'Jr.' after them ('RFK Jr.')"
    if len(words) > 1 and any(_CONTACT_AFTER.match(c.after) for c in places) and \
            not any(w in ORGANISATION_HEADS for w in words) and last not in PLACE_HEADS and \
            not know.big_place(text):
        # (not "Office of Public Affairs Telephone: 301/…", an office's number; nor "Stores
        # Road Fax: …", "United Kingdom Telephone: …", an address's street or country)
        return "person", "a press contact, before a telephone number"
    if last == "International" and len(words) > 1:
        return "organisation", "'International' ends names of firms and bodies ('Amnesty " \
            "International')"
    if "organisation" in hints and re.search(r"s[’'][^\S\n]+Meetings?$", text):
        return "event", "the meeting of those named before it ('the Agriculture Ministers’ " \
            "Meeting')"
    if len(words) == 1 and not know.big_place(text) and any(
            _GREETED.search(c.before) for c in places):
        return "person", "greeted by name ('Oh Murray, …', 'Thanks Arlie')"  # (not "Dear
        # Karachi City Officials": a letter's greeting may name a place)
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words) and \
            (words[0] not in know.given_names or "organisation" in hints) and \
            know.places.get(text) is None and \
            not any(w in ORGANISATION_HEADS or w in PLACE_HEADS for w in words) and \
            any(_rolled_with_people(c, know) for c in places):
        return "person", "a line of a roll one to a line, beside people's names ('Bronya " \
            "Keats' under 'Eric Juengst')"
    if last == "Co." and text.endswith(", Co.") and \
            know.places.get(text[:-len(", Co.")]) == "city":
        return "place", "a city and its state's short form ('Denver, Co.')"
    if last in COMPANY_FORMS or ("organisation" in hints and not any(
            know.places.get(f.text) in ("country", "region") for f in cluster)):
        # ("President of the Russian Federation …" … "Russia": a country, as it is named;
        # "Bay of Plenty District Commander …": a region, whose commander a title names)
        return "organisation", f"'{last}' ends company names" if last in COMPANY_FORMS \
            else "named as an organisation after a title"
    if len(words) >= 3 and any(w == "to" and words[k - 1] in ("Report", "Reports")
                               for k, w in enumerate(words[1:], 1)):
        return "work", "a report named for whom it is made to ('Annual Report to Congress')"
    if len(words) > 3 and words[0] in ("Standards", "Code", "Rules", "Principles",
                                       "Guidelines") and words[1] in ("of", "for"):
        return "work", "a body of rules by its name ('Standards of Ethical Conduct for " \
            "Employees of the Executive Branch', 'Code of Federal Regulations')"
    if len(words) > 2 and words[0] == "Government" and words[1] == "of" and \
            words[-1] not in LAW_HEADS and not (re.fullmatch(r"(?:1[89]|20)\d\d", words[-1])
                                                and words[-2] in LAW_HEADS):
        # (not "the Government of Wales Act 2006", "Government of India Act": a law)
        return "organisation", "'Government of …' names a state's government"
    if re.fullmatch(r"State of the (?:[A-Z][a-z]+ )?[A-Z][a-z]+", text):
        if places and all(_REPORT_AFTER.match(c.after) for c in places):
            return "work", "a yearly report on the state of a field ('the State of the " \
                "Statistical System report')"
        return "event", "a yearly address on the state of a place or body ('State of the " \
            "State', 'State of the Union')"
    state = next((k for k, w in enumerate(words[:-2]) if w in STATE_FORMS
                  and words[k + 1] == "of"), None)
    if state is not None and words[-1] in _FORCES:
        return "organisation", "a state's armed force ('Republic of Korea Marines')"
    if state is not None:
        rest = " ".join(words[state + 2:])
        rest = rest[4:] if rest.startswith("the ") else rest
        if words[state] in _STATES or (
                (rest in know.places or rest in know.country_codes)
                and all(w in _STATE_ADJECTIVES for w in words[:state])):
            # (not "the American Civil Liberties Union of New Hampshire": a body's union
            # in a state, not the state)
            return "place", f"'{words[state]} of …' names a state"
    if len(words) <= 3 and any(_STATE_AND_ZIP.match(c.after) for c in places):
        return "place", "a town in an address, before its state and ZIP code ('Falls " \
            "Church, VA 22041')"
    if re.fullmatch(r"Executive Orders?(?: \d+)?", text):
        return "work", "a president's executive order"
    if _TREATY.search(text):
        return "work", "named as a treaty ('Convention on …')"
    if (last in ("Programs", "Programmes") and not (
            len(words) > 2 and words[0] in ORGANISATION_HEADS and words[1] in ("of", "for"))
            ) or re.search(r"\bProgram(?:me)? on\b", text) or (
            last not in ORGANISATION_HEADS and not know.places.get(text)
            # (not "Seoul programs challenge preconceptions": programmes in a city)
            and not any(words[k] in ORGANISATION_HEADS and words[k + 1] in ("of", "for", "on")
                        for k in range(min(3, len(words) - 2)))
            # (not "NINR programs are conducted …" of the National Institute of Nursing
            # Research: a body named by its head, "of" and its field)
            and not (any(c.possessive for c in places) and all(
                c.text.isupper() for c in places
                if re.match(r"\s+(?:program(?:me)?s?|initiatives?)\b", c.after)))
            # (not "HUD programs" of a story that also writes "HUD’s response": a body)
            and not (text.isupper() and all(
                re.match(r"\s+(?:program(?:me)?s|initiatives)\b", c.after)
                for c in places if re.match(r"\s+(?:program(?:me)?s?|initiatives?)\b", c.after)))
            # (nor "OCS programs" alone: a body's letters before its programmes, in the
            # plural; "the SNAP program" names one programme)
            and any((re.match(r"\s+(?:program(?:me)?s?|initiatives?)\b", c.after)
                     and not _PROGRAMME_STAFF_AFTER.match(c.after)  # (not "an ONR program
                     # officer": a body's post in its programmes)
                     and not c.possessive  # (not "USDA’s program": the body that runs it)
                     and not any(w in ORGANISATION_HEADS for w in c.words))  # (nor "of
                    # Department initiatives", the department's short name; nor "DOE Office
                    # of High Energy Physics program manager", a body's office)
                    or re.match(r"[”\"’']\s+campaigns?\b", c.after)  # ('a “Vote4Energy”
                    # campaign', a name in marks; not "Mitt Romney’s campaign")
                    for c in places)):
        return "other", "a programme of work ('… Program on Falls'), not a body"
    if last in ("District", "Districts") and len(words) > 2 and words[-2] in _SERVICE_DISTRICTS:
        return "organisation", f"'{words[-2]} {last}' names a public body ('Selden Fire " \
            "District')"
    if last in ("Reserve", "Reserves") and len(words) > 1 and words[-2] in _NATURE_RESERVES:
        return "place", f"'{words[-2]} {last}' names a protected area"
    if last in ("Wing", "Wings") and len(words) > 1 and (
            ORDINAL.fullmatch(words[0]) or any(w in _WING_KINDS for w in words[:-1])):
        return "organisation", "a military unit ('366th Fighter Wing')"  # (but "the West
        # Wing" is a building's part, or a series)
    if len(words) >= 2 and words[0] in _BRANCH_ADJECTIVES and last not in WORK_HEADS:
        return "organisation", f"'{words[0]}' opens a body's name ('Executive Yuan', " \
            "'Judicial Conference')"
    if len(words) == 1 and all(_GENERIC_BEFORE.search(c.before) and c.after.startswith(")")
                               for c in places):
        return "other", "a drug's brand in brackets after its generic name ('atezolizumab " \
            "(Tecentriq)')"
    if any(re.match(r"[✓✔]?[®™℠]", c.after) for c in places):
        return "other", "a registered name, marked ®, ™ or ℠: a product, a service or a " \
            "programme"
    if any(HULL_NUMBER.match(c.after.lstrip(" ")) for c in places):
        return "other", "a ship, by the hull number after its name ('… (DDG 125)')"
    if len(words) >= 3 and words[-1].isdigit() and words[-2] in ORGANISATION_HEADS:
        return "organisation", f"a numbered unit ('{words[-2]} {words[-1]}')"  # "Task
        # Force 71", "Destroyer Squadron 15"
    if len(words) >= 2 and words[-1] in ("Center", "Centre", "Hall", "Halls") and \
            words[-2] in ("Convention", "Exhibition", "Conference", "Civic", "Events"):
        return "place", f"'{words[-2]} {words[-1]}' names venues"  # "Pennsylvania
        # Convention Center"
    if len(words) >= 2 and words[-1] == "House" and words[-2] in _HOUSE_BUILDINGS:
        return "place", f"'{words[-2]} House' names a building ('Sydney Opera House')"
    if 2 <= len(words) <= 3 and words[-1] in ("Front", "Wing") and words[-2] in _COMPASS and \
            any(re.match(r"[^\S\n]+of[^\S\n]+the[^\S\n]", c.after) for c in places):
        return "place", "a side of the building named after it ('the East Front of the U.S. " \
            "Capitol')"  # (not "The West Wing", a television series)
    if len(words) == 2 and words[0] in _COMPASS and words[1] == "Bank":
        return "place", "a river's or a sea's side ('the West Bank', 'the Left Bank')"
    if len(words) == 2 and words[-1] in ("Hall", "Halls") and words[0] not in know.titles and (
            words[0] not in know.given_names
            or (know.big_place(words[0]) and all(
                re.search(r"\b(?:in|at|along|inside|outside|near|to|from|into)[^\S\n]+$", c.before)
                for c in places))):
        return "place", "'Hall' after a word no given name: a building ('Boalt Hall')"  # (or a
        # place's name, where people go: "along Washington Hall")
    if len(words) == 2 and words[-1] in _BUILDINGS_OF_BODIES and places and all(
            _BODYS_BEFORE.search(c.before) for c in places):
        return "place", "a body's building, after its possessive name ('… Institute of " \
            "Technology’s Kenney Hall')"  # (whatever given name the building is named for)
    if len(words) >= 2 and places and all(_ANNUAL_BEFORE.search(c.before) for c in places) \
            and not any(w in ORGANISATION_HEADS for w in words):
        return "event", "held each year, an ordinal and 'annual' before it ('its sixth annual " \
            "AFRL Inspire')"
    if len(words) >= 2 and words[-1] in ("Center", "Centre") and any(
            re.search(r"\bat[^\S\n]+the[^\S\n]+$", c.before)
            and re.match(r"[^\S\n]+in[^\S\n]+[A-Z]", c.after) for c in places):
        return "place", "'at the … Center in …', a building in a town"  # "at the Bryce
        # Jordan Center in State College"
    if len(words) >= 2 and words[-1] in ("Center", "Centre") and any(
            re.search(r"\b(?:held|hosted|staged)\b[^.\n]{0,40}\bat[^\S\n]+the[^\S\n]+$",
                      c.before) for c in places):
        return "place", "where an event was held ('… held Saturday at the Boise Centre')"
    if len(words) >= 2 and words[0] in EVENT_HEADS and YEARS.fullmatch(words[1]) and \
            words[-1] not in ORGANISATION_HEADS:
        return "event", f"'{words[0]}' and a year open it ('Expo 2025 Osaka')"
    event_at = next((k for k, w in enumerate(words[:-1]) if w in EVENT_HEADS), None)
    if event_at is not None and event_at > 0 and "of" not in words[:event_at] and \
            " ".join(words[event_at + 1:]) in know.places and \
            words[-1] not in ORGANISATION_HEADS and words[-1] not in PLACE_HEADS:
        # (not "Pennsylvania Convention Center": a hall, though Center is a town in Texas;
        # not "Office of Challenge Grants", a body's office, though Grants is a town)
        return "event", f"'{words[event_at]}' names events, then where ('Fleet Week San " \
            "Diego')"
    if last == "Circuit" and len(words) == 2 and (words[0] in ORDINAL_WORDS
                                                  or words[0] in ("Federal", "D.C.", "DC")):
        return "organisation", "a court of appeals by its circuit ('Ninth Circuit')"
    if len(words) > 3 and words[0] in ORGANISATION_HEADS and words[1] == "of" and \
            last in _DOCUMENT_HEADS and \
            not any(f.text == initials_of(tuple(words)) for f in cluster):
        return "work", f"'{last}' names documents, whoever wrote it"  # "Office of Claims
        # and Refunds Annual Report" (but "Office of the Federal Register" is an office, and
        # so is "the Office of Data Science Strategy (ODSS)", whose letters are its whole
        # name's, as a body's are)
    if last == "Project" and any(w in PLACE_HEADS or w in _WORKS for w in words[:-1]):
        return "other", "a works project ('… Bridge Bundling Project', '… Harbor Expansion " \
            "Project'), not a body"
    if len(words) > 3 and words[0] in _OFFICES_FOR_A_TASK and words[1] in ("for", "of") and \
            last in ("Act", "Acts"):
        return "organisation", f"'{words[0]}' opens the name of a body set up for a task " \
            "('Office for the Preparation of the Revision of the … Act')"  # a law named in
        # what the body is for, not the law
    if len(words) > 1 and last in ("Act", "Acts"):
        return "work", f"'{last}' names laws"  # "Medal of Honor Commemorative Coin Act of
        # 2009" (whatever the words before it name)
    if last in ("District", "Districts", "Division") and len(words) > 1 and any(
            _UNIT_OF_BODY.search(c.before) or _UNIT_ACTS.match(c.after) for c in places):
        return "organisation", f"a body's '{last}', named after the body or acting as one " \
            "('… Corps of Engineers, Buffalo District', 'the Nashville District plans')"
    if len(words) > 1 and (last in _MONEY_ITEMS or (last == "Set" and any(
            w in _MONEY_ITEMS or w.endswith("-Medal") for w in words[:-1]))):
        return "other", f"'{last}' names a coin, a medal or a set of them"  # "World War I
        # Centennial Silver Dollar", "… Silver Four-Medal Set"
    if len(words) == 2 and re.match(r"[A-Z]\w*[’']s\s", text) and words[1] not in know.surnames \
            and words[1] not in ORGANISATION_HEADS \
            and any(re.search(r"\b(?:in|at|to|off|near|from|of)\s+$", c.before)
                    for c in places) \
            and not any(re.search(r"\b[a-z]{3,}ed\s+$", c.before) for c in places):
        # (not "The International Labor Communications Association honored People's World
        # with seven prizes … from People's World cartoonist …": a body a verb acts on)
        return "place", "a place named for someone's, after a word of place ('south of " \
            "Martha’s Vineyard')"
    if any(_PART_OF_PLACE.search(c.before) for c in places) and \
            not any(w in ORGANISATION_HEADS for w in words[:-1]):
        return "place", "named after a part of a place ('the northern edge of …', 'south " \
            "of … and …')"  # "Georges Bank", "Nantucket"
    if last in _PROGRAMMES and len(words) > 1 and words[0] not in _AGENCY_OPENERS and \
            not (last in ("Programs", "Programmes") and len(words) > 2
                 and words[0] in ORGANISATION_HEADS and words[1] in ("of", "for")):
        # (not "the Office of Justice Programs": a body by its head, what it runs after)
        return "other", f"'{last}' names a programme, not the body that runs it"  # "2014
        # Presidential $1 Coin Program" (but "World Food Programme" is a UN agency)
    if last not in ORGANISATION_HEADS and last not in PLACE_HEADS and any(
            re.search(r"\b[Dd]uring[^\S\n]+the[^\S\n]+$", c.before)
            and re.match(r"[^\S\n]*[,.;:)]", c.after) for c in places):
        return "event", "what happened 'during the …' ('During the Holocaust, …')"  # (not
        # "during the Obama Administration", a government)
    if len(words) == 2 and last in ("Service", "Services", "Ceremony", "Ceremonies") and \
            words[0] in ("Memorial", "Funeral", "Remembrance"):
        return "event", f"a {words[0].casefold()} {last.casefold()}, a gathering ('the May " \
            "2004 Memorial Service')"
    if last not in ORGANISATION_HEADS and any(
            (m := _LETTERS_THEN_PROGRAMME.match(c.after)) is not None
            and (words[0] not in ORGANISATION_HEADS or m.group("head")[:1].isupper())
            for c in places):
        return "other", "a programme's name, then its letters and the word for it ('the " \
            "Cooperative Threat Reduction (CTR) Program')"  # (not "the Department of Defense
        # (DoD) program": the body's; but "the Partnership for … Revitalization (POWER)
        # Initiative" names the initiative, its head in capitals)
    if (last in ("Initiative", "Initiatives") or last not in ORGANISATION_HEADS) and any(
            len(f.words) > 1 and f.words[-1] in ("Initiative", "Initiatives")
            and any(_OWNER_BEFORE.search(c.before) for c in f.places) for f in cluster):
        return "other", "an initiative a body runs, after its owner ('ARC’s POWER " \
            "Initiative', 'through its … Initiative')"  # (an initiative named alone may be a
        # body: "the Clinton Global Initiative"; and the name it spells out is the
        # initiative's too: "Partnerships for … Revitalization")
    if len(words) > 2 and words[0] in _BATTLES and words[1] == "of":
        return "event", f"'{words[0]} of …' names a battle"  # "Battle of Belleau Wood"
    if len(words) > 2 and any(words[k] in _EVENTS_OF and words[k + 1] == "of"
                              for k in range(len(words) - 2)):
        return "event", "an event of something ('Africa Cup of Nations')"
    if last in ("Agency", "Mission", "Station", "Village") and 2 <= len(words) <= 3 and \
            all(re.search(r"\b(?:in|near|at|from)\s+$", c.before) and in_state_or_country(c, know)
                for c in places):
        return "place", "a town named for a body, 'in' it and followed by its state ('in " \
            "Crow Agency, Montana')"
    if (last == "Forum" or (last == "Congress" and "Party" in words)) and len(words) >= 2 \
            and (ORDINAL.fullmatch(words[0]) or words[0] in ORDINAL_WORDS):
        # (but "the 8th National Assembly", "the 116th Congress": a legislature's term)
        return "event", f"a numbered {last.casefold()}, a meeting ('2nd International " \
            "Academic Forum')"
    if last == "Forum" and len(words) >= 2 and any(
            re.search(r"\b(?:19|20)\d\d[^\S\n]+$", c.before) for c in places):
        return "event", "a forum by its year, a meeting ('The 2020 NINDS Nonprofit Virtual " \
            "Forum', 'its 2024 Nonprofit Forum')"
    if last in ("Generation", "Generations") and len(words) >= 2:
        return "group", f"'{last}' names a people's cohort ('the Windrush Generation')"
    if last == "Marches" and len(words) >= 2:
        return "event", "marches named for their cause ('the Climate Change Marches')"
    if len(words) <= 2 and re.fullmatch(r"COP ?\d{1,2}", text):
        return "event", "a conference of the parties, as the UN's climate talks are named"
    if last in ("Congress", "Congresses") and len(words) >= 2 and words[-2] == "World":
        return "event", "a world congress, a meeting ('Mobile World Congress')"
    if len(words) >= 2 and last in ("NW", "NE", "SW", "SE", "SW.", "NW.", "NE.", "SE.") and \
            any(w in PLACE_HEADS for w in words[:-1]):
        return "place", "a street or a plaza with its city's quadrant ('M Street NW')"
    if (any(w in ("Medal", "Medals", "Prize", "Prizes") and words[k + 1] in ("for", "of")
            for k, w in enumerate(words[:min(3, len(words) - 1)]))
            or any(w in ("Award", "Awards", "Prize", "Medal") and words[k + 1] == "in"
                   for k, w in enumerate(words[:-1]))) and last not in _PRIZE_BODIES:
        return "other", "a prize named for what it honours ('the National Medal for Museum " \
            "and Library Service', 'the NIH Director’s Award in Mentoring')"
    if len(words) >= 2 and words[-1].isdigit() and \
            any(w in ("Lock", "Locks", "Dam", "Dams") for w in words[:-1]):
        return "place", "a lock or a dam by its number ('Locks and Dam 14')"
    if places and all(_MODEL_YEAR_BEFORE.search(c.before) and (
            re.search(r"\b[Aa]n?[^\S\n]+\d{4}[^\S\n]+$", c.before) or _VEHICLE_AFTER.match(c.after))
            for c in places) and \
            not any(w in ORGANISATION_HEADS or w in EVENT_HEADS or w in WORK_HEADS
                    or w in PLACE_HEADS or w in PRIZES for w in words):
        return "other", "a product after its model year ('a 2014 Nissan Tsuru III')"
    if len(words) >= 3 and words[0] in ("Programme", "Program") and words[1] == "for" and \
            last not in ("Development", "Studies", "Research") and last in ORGANISATION_HEADS:
        return "other", "a programme named for whom it is for ('the Programme for " \
            "Government')"  # (not "Programme for Development Research", a body)
    if any(_SAID_TO_BE_A_WORK.match(c.after) for c in places):
        return "work", "said to be a work ('Volcano Watch is a weekly article', '… has " \
            "been the newsletter of …')"  # (whatever head ends its name)
    if len(words) >= 3 and words[0] in WORK_HEADS and words[0] not in ORGANISATION_HEADS and \
            words[1] in ("on", "of", "into"):
        return "work", f"a document by its kind, then what it is on ('{words[0]} on …')"
    if len(words) >= 2 and not any(w in ORGANISATION_HEADS or w in PLACE_HEADS for w in words) \
            and any(re.match(r"[^\S\n]+inquiry\b", c.after) for c in places):
        return "event", "an inquiry by what it looks into ('the Compensation and " \
            "Rehabilitation for Veterans inquiry')"
    if last == "Review" and len(words) >= 2 and words[0] not in ORGANISATION_HEADS:
        if words[-2] in _JOURNAL_FIELDS:
            return "work", "a journal, a field's review ('the Harvard Law Review')"
        if words[-2] in _REVIEWS_HELD:
            return "event", "a review a government holds ('the Spending Review', 'the " \
                "Strategic Defence Review')"  # (not "the Office for Immigration Review")
        if words[-2] in ("Annual", "Biennial"):
            return "work", "a periodical review ('the Registrar General's Annual Review')"
    if (last == "Census" and not (len(words) >= 3 and words[-2] in ("the", "of")
                                  and any(w in ORGANISATION_HEADS for w in words[:-2]))) or (
            len(words) >= 2 and words[-2] == "Census" and YEARS.fullmatch(last)):
        return "event", "a census ('Scotland’s Census 2022', '2011 Census')"  # (not "the
        # U.S. Bureau of the Census", the body that takes it)
    if last in ("Website", "Web site") and len(words) >= 2:
        return "work", "a website by its name ('Census Outputs Website')"
    if last == "Project" and any(w.split("-")[-1] in _BUILT_WORKS for w in words[:-1]):
        return "other", "a project to build something ('Southline Transmission Project', " \
            "'Montana Alberta Tie-Line Project')"
    if len(words) <= 3 and words[0] not in know.given_names and any(
                _RELEASED_AFTER.match(c.after) and re.search(r"\bThe[^\S\n]+$", c.before)
                for c in places):  # (not "Michael Sinnott was released": a prisoner)
        return "work", "said to be released or published ('The Daily is released Monday to " \
            "Friday')"
    if len(words) >= 2 and words[-2] == "Pension" and last in ("Plan", "Fund", "Trust"):
        return "organisation", "a pension plan or fund ('Central States Pension Plan')"
    if len(words) >= 3 and words[-2] == "Part" and re.fullmatch(r"[A-D]", last):
        return "other", "a programme's part by its letter ('Medicare Part D')"
    if len(words) >= 3 and words[0] in ("Certificate", "Form", "Statement", "Notice") and \
            words[1] == "of":
        return "work", f"a document, a '{words[0]} of …'"
    if len(words) >= 2 and words[0] in _COMPASS and last not in ORGANISATION_HEADS and any(
            re.search(r"(?:^|[^\w$.,])(?!(?:19|20)\d\d\b)\d{2,5}[^\S\n]+$", c.before)
            for c in places):  # (not "the 2025 South Carolina National Guard")
        return "place", "a street by its number and its side of town ('844 North Rush')"
    if len(words) >= 2 and last in ("Honours", "Honors") and \
            not any(t in ORGANISATION_HEADS for t in words[:-1]):
        return "other", "a list of honours ('the New Year Honours', 'the Birthday Honours')"
    if len(words) >= 2 and words[-2] in ("Visitor", "Visitors", "Visitor’s", "Welcome") and \
            words[-1] in ("Center", "Centre"):
        return "place", "a visitor center, a building people go to ('the new Seaway Visitor " \
            "Center')"
    if len(words) >= 2 and last in ("Resort", "Casino", "Hotel", "Motel") and "of" not in words:
        # (not "Station Casinos", a firm; nor "Supplier of Last Resort", a role)
        return "place", f"'{last}' names places where people stay or play ('Tulalip Casino " \
            "Resort', 'Cameron House Hotel')"
    if len(words) >= 2 and (last == "Expo" or words[-2:] == ("Trade", "Show")
                            or words[-2:] == ["Trade", "Show"]):
        return "event", "a trade show or an expo ('… Conference & Trade Show')"
    if len(words) > 3 and "Survey" in words[:2] and words[words.index("Survey") + 1] == "of":
        return "other", "a survey by what it surveys ('Annual Survey of Environmental Goods " \
            "and Services')"
    if len(words) > 2 and "Census" in words[:2] and words[words.index("Census") + 1] == "of":
        return "other", "a census by what it counts ('the 2022 Census of Agriculture')"
    if len(words) >= 3 and words[0] in ("Finding", "Findings") and words[1] == "of":
        return "work", "a finding by what it found ('the Finding of No Significant Impact')"
    if len(words) >= 2 and _SPAN_OF_DAYS.fullmatch(words[0]) and last not in WORK_HEADS and \
            last not in EVENT_HEADS and last not in ORGANISATION_HEADS:
        return "other", "a procedure named for its span of days ('the Ten-Day Notice')"
    if last == "Study" and (len(words) >= 3 or (
            len(words) == 2 and words[0] not in know.given_names)) and (
            not any(w in ORGANISATION_HEADS or w in PLACE_HEADS for w in words[:-1])
            or re.search(r"[-‐][a-z]+$", words[0])):  # (a name opening with a compound
        # adjective, "the Genome-wide Association Study", names no body first)
        return "other", "a study by its name ('the Trends in International Mathematics and " \
            "Science Study', 'the Pragmatica-Lung Study')"
    if len(words) >= 3 and last == "Statistics" and \
            not any(w in ORGANISATION_HEADS or w in ("of", "for") for w in words):
        return "work", "statistics by their title, a body's data or its compendium ('State " \
            "Transportation Statistics', 'International Energy Statistics')"
    if len(words) >= 4 and words[0] in ("Guide", "Introduction", "Handbook") and \
            words[1] == "to":
        return "work", "a guide by its title ('Guide to the Role of Committee Chairpersons')"
    if len(words) >= 2 and last in ("Partnership", "Partnerships") and \
            words[-2] in ("Strategic", "Economic", "Security", "Trade", "Defense", "Defence"):
        return "other", "a relationship between countries ('the U.S.-India Comprehensive " \
            "Global Strategic Partnership'), no body"
    if len(words) >= 2 and last in ORGANISATION_HEADS and know.places.get(text) == "country":
        return "place", "a country the gazetteer knows by its formal name ('the Russian " \
            "Federation')"
    if len(words) == 3 and words[0] in know.given_names and re.fullmatch(r"[A-Z]\.", words[1]) \
            and last in know.surnames:
        return "person", "a given name, an initial and a surname that also names bodies " \
            "('Eric B. Banks')"
    if len(words) >= 4 and list(words[-3:]) == ["of", "the", "Year"] and \
            words[0] not in EVENT_HEADS:
        return "other", "an honour by its title, '… of the Year' ('the 2021 Papers of the " \
            "Year', 'Teacher of the Year')"
    if any(_HONOUR_AFTER.match(c.after) and not c.possessive for c in places) and \
            know.places.get(text) is None and \
            not any(w in ORGANISATION_HEADS for w in words):
        return "other", "an honour, the noun that says so after it ('the 2014 Outstanding " \
            "New Environmental Scientist awardee symposium')"
    aim = next((k for k, w in enumerate(words) if 0 < k < len(words) - 1
                and w in ("for", "on")), 0)
    if aim and words[aim - 1] in WORK_HEADS and words[aim - 1] not in ORGANISATION_HEADS \
            and words[aim - 1] not in EVENT_HEADS:
        return "work", f"'{words[aim - 1]}' names documents, before what it is for ('the " \
            "French Roadmap for Complex Systems')"  # (not a body its last word would name)
    if aim and words[aim - 1] in OTHER_HEADS and words[aim - 1] not in ORGANISATION_HEADS and \
            words[aim - 1] not in EVENT_HEADS and words[aim - 1].endswith("s") and \
            words[aim] == "for":
        return "other", f"'{words[aim - 1]}' names payments and schemes, before whom they are " \
            "for ('Demonstration Grants for Domestic Victims of …')"
    on = words.index("on") if "on" in words[1:-1] else 0
    if on and words[on - 1] in EVENT_HEADS and words[on - 1] not in ORGANISATION_HEADS:
        return "event", f"'{words[on - 1]}' names events, before what it is on ('the National " \
            "Dialogue on Coalition Governments')"
    if any(_READ_BEFORE.search(c.before) and _AUTHOR_AFTER.match(c.after) for c in places):
        return "work", "a book being read, then its author ('I am reading The Paris Library " \
            "by Janet Skeslien Charles')"
    if last == "Review" and len(words) > 1 and not words[0].isupper() and \
            not any(w in ORGANISATION_HEADS for w in words[:-1]):
        return "work", "a review by its name, no body's ('the Nuclear Posture Review', 'the " \
            "Spending Review')"  # (but "Executive Office for Immigration Review" is one,
        # and "FMC Review", "TSB Quarterly Review" a body's, by its letters)
    if last in ORGANISATION_HEADS and len(words) == 2 and words[0] in know.given_names and \
            words[0].casefold() not in know.common_words and any(
                _BY_ON_LINE.search(c.before) and _LINE_END.match(c.after) for c in places):
        return "person", "a byline's given name and surname, on a line of their own ('By " \
            "Tabitha Temple')"  # (a surname that is a body's head, "Temple", "Church"; not
        # "By Christian Aid", whose first word is a common one)
    if len(words) >= 2 and last in ORGANISATION_HEADS and know.places.get(text) == "city" and \
            know.city_population.get(text, 0) >= 100_000 and \
            not any(c.role or c.honorific for c in places):
        return "place", f"a city the gazetteer knows, whatever body's word ends its name " \
            f"('{text}')"  # ("a Newport News, Virginia, woman": the city, not a paper)
    if last in ORGANISATION_HEADS or (len(words) > 2 and words[0] in ORGANISATION_HEADS
                                      and words[1] in ("of", "Of")  # (a banner's title case)
                                      and not (len(words) > 3 and last in PLACE_HEADS)
                                      and not (len(words) > 3 and last in _HELD_EVENTS)) or (
            len(words) > 1 and _singular(last) in ORGANISATION_HEADS
            and not (len(words) == 2 and words[0] in know.given_names
                     and last in know.surnames and (any(c.role for c in places)
                                                    or last not in ORGANISATION_HEADS))):
        # (nor "Department of Defense Warrior Games": the body's event)
        # (not "Subcommittee on Military Personnel Chairman Jim Banks", "Jack Chambers
        # (Dublin West, Fianna Fail)": a person whose surname is a head's plural; nor
        # "University of Alberta Botanic Garden", a body's place by its own head)
        head = last if last in ORGANISATION_HEADS or words[1] not in ("of", "Of") else words[0]
        return "organisation", f"'{head}' names organisations"  # (and "… Authorities")
    if last in ("Clause", "Clauses") and len(words) > 1 and words[-2][:1].isupper():
        return "work", "a clause of a law or a constitution ('the Appointments Clause')"
    if last in RESEARCH_BODIES and len(words) > 1:
        return "organisation", f"'{last}' names research bodies"  # "the Favelas Observatory"
    if len(words) in (4, 5) and words[-2] == "for" and words[-1] in ELECTED_OFFICES and \
            words[0] in know.given_names:
        return "organisation", "a campaign's committee, named for its candidate ('… for " \
            "President')"
    joint = next((k for k, w in enumerate(words)
                  if k > 0 and w in ("of", "for", "on", "against")), None)
    to = next((k for k, w in enumerate(words) if k > 0 and w == "to"), None)
    if joint is None and to is not None and words[to - 1] in ("Letter", "Letters"):
        return "work", "a letter, named for whom it addresses ('Open Letter to the Public')"
    if joint is None and to is not None and words[to - 1] in ORGANISATION_HEADS and not (
            last in EVENT_HEADS or last in WORK_HEADS or last in OTHER_HEADS
            or last in PRIZES):
        joint = to  # "The Committee to Defend the President": a body, named for its aim
    prize = last if last in PRIZES else words[joint - 1] if joint is not None else last
    shield = last == "Shield" and len(words) >= 3 and words[0] not in _NAMED_OPERATIONS and \
        any(_AWARDED_BEFORE.search(c.before) for c in places)  # ("awarded the Department
    # for Transport Rescue Shield": a trophy; not "Operation Desert Shield")
    prize = "Shield" if shield else prize
    if (prize in PRIZES or shield) and len(words) > 1 and last not in WORK_HEADS and not any(
            _CEREMONY_AFTER.match(c.after) for c in places):
        return "other", f"'{prize}' names a prize, not its ceremony"  # "Isaac Newton Medal",
        # "Nobel Prize" (but "the … Awards", "the … Award ceremony" are events)
    if len(words) >= 2 and joint is None and words[0] not in know.given_names and \
            know.places.get(text) is None and places and \
            not any(w in ORGANISATION_HEADS or w in PLACE_HEADS for w in words) and \
            all(_REPORT_AFTER.match(c.after) and not c.possessive for c in places):
        return "work", "a report's title, the noun that says so after it each time ('the " \
            "2015 Open Doors report')"
    if joint is not None and words[joint - 1] in PLACE_HEADS and \
            know.places.get(text) is None and any(
                _REPORT_AFTER.match(c.after) and not c.possessive for c in places):
        return "work", "a report, before the noun that says so ('its third State of " \
            "Competition report')"  # (not a place's report: "the Texas report")
    if joint is not None and words[joint - 1] == "Conference" and \
            words[-1] in _STANDING_MEMBERS:
        return "organisation", "a conference of its members, a standing body ('National " \
            "Conference of State Legislatures', '… of Historic Preservation Officers')"
    if joint is not None and len(words) - joint >= 4 and words[-1] in PLACE_HEADS and \
            words[-1] not in ORGANISATION_HEADS and words[joint] == "of" and \
            know.places.get(words[joint + 1]) is not None and \
            not any(w in ("and", "&", "of") for w in words[joint + 1:]):
        return "place", "a place named for the body that keeps it, then its own head " \
            "('University of Alberta Botanic Garden')"
    if len(words) >= 3 and words[-1] not in PLACE_HEADS and words[-1] not in ORGANISATION_HEADS \
            and words[-1] not in know.places and places and \
            all(_TEAM_AFTER.match(c.after) for c in places):
        return "organisation", "a team by its name ('the Mozilla Advocacy team')"  # ("the
        # Waikato Bay of Plenty Magic team": its last word no place's, whatever the rest)
    if joint is not None and len(words) - joint >= 3 and last in _HELD_EVENTS and \
            words[joint] == "of" and words[joint - 1] in ORGANISATION_HEADS:
        return "event", f"'{last}' names events, after the body that holds them ('the " \
            "Department of Defense Warrior Games')"
    if joint is not None:  # "High Council of State", "… Headquarters for … of War": the
        head = words[joint - 1]  # head is the word before "of"
        for heads, kind in ((ORGANISATION_HEADS, "organisation"), (EVENT_HEADS, "event"),
                            (PLACE_HEADS, "place"), (WORK_HEADS, "work")):
            if head.rstrip(".") in heads:
                return kind, f"'{head}' names {kind}s"
    if len(words) == 2 and words[1] in _TREATIES and know.places.get(words[0]):
        return "work", f"a treaty named for the place it was signed ('{text}')"
    if len(words) == 2 and know.is_demonym(words[0]) and \
            words[1] in UPRISINGS:
        return "event", "a people's uprising by its season or its kind ('the Arab Spring')"
    if words and words[0] == "Occupy" and len(words) >= 2 and words[1][:1].isupper():
        return "organisation", "a protest movement named for what it occupies ('Occupy Wall " \
            "Street')"
    if places and all(_PROGRAMMES_LABEL.search(c.before) for c in places) and \
            know.places.get(text) is None:
        return "work", "a programme listed after its medium's label ('Radio: Daybreak " \
            "Africa, …')"
    if len(words) == 3 and words[0] in TIME_SPANS and words[1] == "in":
        return "work", "a programme's title, a span of time in a field ('the Week in Space')"
    if len(words) > 2 and "Against" in words[1:-1]:
        return "organisation", "named for what it campaigns against ('… Against the War')"
    if last in EVENT_HEADS and any(_MEMBERS_AFTER.match(c.after) for c in places):
        return "organisation", "a movement with protesters or members ('Extinction " \
            "Rebellion protesters')"
    if last in EVENT_HEADS and len(words) == 2 and words[0] in ("Our", "My", "Your"):
        return "organisation", "a movement named as its members' own ('Our Revolution')"
    if len(words) > 2 and words[-2] in EVENT_HEADS and re.fullmatch(r"[A-Z]{2,}\d+", last):
        return "event", f"'{words[-2]}' names events, then its code ('… Conference COP21')"
    if last in _SHOW_SLOTS and len(words) >= 2 and \
            _CALL_SIGN.fullmatch(words[-2]):
        return "work", "a station's programme, its letters and its slot ('4BC Breakfast', " \
            "'ABC RN Breakfast')"
    if last == "Convention" and len(words) >= 3 and (
            words[0] in ("UN", "U.N.") or tuple(words[:2]) == ("United", "Nations")):
        return "work", "a United Nations convention, a treaty ('UN Cybercrime Convention')"
    if last in EVENT_HEADS and len(words) >= 2 and places and \
            all(_OUTLET_VERB_AFTER.match(c.after) for c in places):
        return "organisation", "an outlet named like an event, the subject of 'reports' " \
            "('Federal Computer Week reports on …')"
    surname_day = len(words) >= 2 and words[0] in know.given_names and (
        (last == "Day" and any((m := _NOUN_BEFORE.search(c.before)) and m.group(1) in PERSON_NOUNS
                               for c in places))
        or (honoured and last in know.surnames))
    # ("American journalist Anna Therese Day": a person's noun, then a given name and the
    # surname Day; "Martin Luther King Day" is no one's; "Dr. Jeffrey Fair": an honorific,
    # a given name and a surname)
    if "A&M" in words[1:3] and know.places.get(words[0]) is not None:
        return "organisation", "a state's agricultural and mechanical university ('Texas A&M')"
    if len(words) >= 3 and words[-2] in ("&", "and") and words[-3] in EVENT_HEADS and \
            words[-3] not in ORGANISATION_HEADS:
        return "event", f"'{words[-3]}' names events, before what goes with it ('… Midwinter " \
            "Meeting & Exhibits')"
    if len(words) >= 3 and last in ("Awards", "Award") and words[-2] in ("Grant", "Grants"):
        return "other", "grants by their programme's name ('Environmental Regulatory " \
            "Enhancement Grant Awards')"
    if (last in EVENT_HEADS and not (len(words) == 1 and know.town(text))
            and not surname_day) or (
            words[0] in _NAMED_OPERATIONS
            and not (len(words) == 2 and re.fullmatch(r"[A-Z]{2,}", words[1]))
            and not (len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]{2,}[^aeiouy]ers", last))):
        # (not "Derby" alone, the town the races were named for; nor "Storm ID", a firm:
        # storms are named with a given name, not letters; nor "Hurricane Hunters", the
        # people who fly into them)
        return "event", f"'{last if last in EVENT_HEADS else words[0]}' names events"
    if last in _INSTRUMENTS and (len(words) >= 3 or (len(words) == 2 and words[0].isupper())):
        # (not "Combat Camera", a unit named for what it does)
        return "other", f"'{last}' names an instrument ('LSST Camera')"
    if last in _DISASTERS and len(words) >= 2 and not know.places.get(text):
        return "event", f"'{last}' names a disaster ('Great East Japan Earthquake')"
    if len(words) >= 3 and words[0] in STORM_STAGES and words[1] in STORM_KINDS:
        return "event", f"'{words[0]} {words[1]}' names storms ('Tropical Storm Olga')"
    if last in ("Scale", "scale") and len(words) > 1:
        return "other", "a scale of measure ('the Richter scale')"
    if last in AILMENT_NOUNS and len(words) > 1:
        return "other", f"a {last} named for a person or a place ('Down syndrome', 'Lyme " \
            "disease')"
    if last.casefold() in AILMENT_NOUNS and len(words) > 1 and \
            not any(w in ORGANISATION_HEADS for w in words[:-1]):
        return "other", "an illness by its name ('Novel Coronavirus Disease', 'Middle East " \
            "Respiratory Syndrome')"
    if last in ("Policy", "Policies") and len(words) >= 3 and \
            re.fullmatch(r"[A-Z]{2,6}", words[0]) and words[0] not in COUNTRY_LETTERS:
        return "work", "a body's policy by its letters and its title ('NIH Public Access " \
            "Policy')"
    if last in OTHER_HEADS and len(words) > 1 and not (
            len(words) == 2 and words[0] in know.given_names) and not (  # (not "Mary Grant")
            last == "System" and (any(w in ORGANISATION_HEADS for w in words[:-1])
                                  or any(_INSTITUTIONS_AFTER.match(c.after) for c in places))):
        # (not "the Selective Service System", an agency; nor "Farm Credit System (FCS or
        # System) institutions", a system of bodies)
        return "other", f"'{last}' names payments, cards, schemes and systems"
    if last in ("Ombudsman", "Ombudsperson") and len(words) > 1 and \
            any(re.search(r"\b[Tt]he[^\S\n]+$", c.before) for c in places):
        return "organisation", "an ombudsman's office ('the Rail Ombudsman')"
    if last == "Survey" and len(words) > 1 and words[-2] in _SURVEYING_BODIES:
        return "organisation", f"'{words[-2]} Survey' names an agency ('U.S. Geological Survey')"
    if last == "Plan" and len(words) > 1 and words[-2] in ("Savings", "Retirement", "Pension",
                                                           "Thrift"):
        return "other", "a savings or pension plan, a fund its members pay into ('the Thrift " \
            "Savings Plan')"
    if last in ("Plan", "Plans") and len(words) > 1 and words[-2] == "Health":
        return "organisation", "a health plan, an insurer or a public programme ('Oregon " \
            "Health Plan')"
    if (last in WORK_HEADS or last in _RULE_HEADS) and len(words) > 1 and any(
            re.match(r"[^\S\n]+(?:workshop|seminar|symposium|webinar|conference|summit)\b",
                     c.after) for c in places):
        return "event", "a meeting named for its field, before its kind ('the Law Council " \
            "Annual Competition and Consumer Law workshop')"
    if (last in WORK_HEADS or last in _RULE_HEADS) and (
            len(words) > 1 or last in ("Constitution", "Charter")):
        return "work", f"'{last}' names documents"  # (and rules: "the European Railway
        # Safety Directive", "the General Data Protection Regulation")
    if last in _SERIAL_HEADS and len(words) > 1:
        return "work", f"a {last.lower()} by its name ('the Deeplinks Blog')"
    host = [w for w in words[:-1] if w != "The"]
    if last in _BROADCAST_HEADS and len(host) == 2 and host[0] in know.given_names and \
            host[0] not in know.places:
        return "work", f"a {last.lower()} named for its host ('The Phil Donahue {last}')"
    if last in _CRAFT_HEADS and len(words) > 1:
        return "other", f"'{last}' names craft"
    if last in _MACHINE_HEADS and len(words) > 1:
        return "other", f"'{last}' names a machine ('the Z Machine')"
    if last == "Region" and len(words) > 2 and \
            any(w in ORGANISATION_HEADS for w in words[:-1]):
        return "organisation", "a body's region ('USDA Forest Service Pacific Southwest " \
            "Region')"
    if (last in FIRE_HEADS or last[:-1] in FIRE_HEADS) and len(words) > 1 and (
            any(re.search(r"\b[Tt]he\s+$", c.before) for c in places)
            or not know.big_place(" ".join(words[:-1]))):
        return "event", "a wildfire by name ('the Slater Fire')"  # (but "Chicago Fire", a
        # city's brigade or club)
    if 1 < len(words) <= 4 and words[-1] in POSTAL_CODES and \
            any(c.before.endswith(("#", "@")) for f in cluster for c in f.places):
        return "organisation", "named with a state's letters and written as a hashtag too " \
            "('Source NM', '#SourceNM'): an outlet's or a campaign's name"
    if 1 < len(words) <= 4 and words[-1] in POSTAL_CODES and \
            all(w[:1].isupper() and not w.isupper() for w in words[:-1]) and \
            words[0] not in _NAMED_OPERATIONS:
        # (not "Storm ID", a firm whose letters are Idaho's too)
        return "place", "a town and its state's postal code ('Silver City NM')"
    if len(words) >= 3 and words[0] in ("Wall", "Walls", "Rock") and words[1] == "of":
        return "place", "a memorial's wall by what it honours, a rock by where it stands " \
            "('the Wall of the Missing', 'the Rock of Gibraltar')"
    if len(words) == 3 and words[1] == "of" and words[0] in know.given_names and \
            words[0] not in know.places and know.big_place(words[2]) and \
            words[0].casefold() not in know.common_words:  # (not "Rock of Gibraltar")
        return "person", "a given name and the place the person is of ('Kirill of Moscow', " \
            "'Catherine of Aragon')"
    if len(words) == 2 and words[0] in know.given_names and \
            any(c.before.endswith("(") and c.after.startswith("/") for c in places):
        return "person", "a photo's credit, a given name and a surname before the outlet " \
            "('(Jeff Beach/North Dakota Monitor)')"  # (a surname that is a place's head)
    if len(words) >= 2 and words[0] == "My" and len(words[1]) >= 5 and \
            not know.places.get(" ".join(words[:2])):
        return "other", "a service or a pass named for its user ('My Vaccine Pass', 'My " \
            "Health Record')"  # (not "My Lai", "My Tho": Vietnam's towns of one syllable)
    apposed = next((m.group("noun") for c in places
                    if (m := _DESCRIBED_AT_LENGTH.match(c.after)) is not None), None)
    if len(words) == 2 and words[0] in know.given_names and not know.places.get(words[0]) \
            and apposed in PERSON_NOUNS:
        return "person", f"a given name, then a place's word the apposition says a person " \
            f"bears ('Margo Falls, a … {apposed}')"
    if len(words) == 2 and last in ("Wall", "Walls") and (
            words[0] in MEMORIAL_HEADS or know.big_place(words[0])):
        return "place", "a wall named for a place or as a memorial ('the Berlin Wall', 'the " \
            "Memorial Wall')"  # (not "Larry Wall", a given name and a surname)
    if any(a == "Endowed" and b in ("Chair", "Professorship") for a, b in pairwise(words)):
        return "other", "a named chair or professorship ('… University Endowed Chair for …')"
    if 2 <= len(words) <= 3 and last in know.surnames and last in PLACE_HEADS and \
            (words[0] in know.given_names or re.fullmatch(r"[A-Z]\.", words[0])) and \
            (len(words) == 2 or words[1] in know.given_names) and \
            any(c.role or c.honorific or _PARTY_AND_TOWN.match(c.after) for c in places):
        return "person", f"a given name and a surname that names places too ('{last}'), " \
            f"after a post or before a party and a town ('Minority Leader T. Ryan Lane " \
            f"(R-Aztec)')"
    if len(words) > 1 and last.split("-")[0] in PLACE_HEADS and not _founder(words, places, know):
        return "place", f"'{last.split('-')[0]}' names places"  # "Space Launch Complex-41"
        # (not "founded by Ancel Keys": see _founder)
    if len(words) > 1 and (DESIGNATION.fullmatch(last) or re.fullmatch(r"[A-Z][a-z]+-\d+", last)) \
            and not any(w in ORGANISATION_HEADS for w in words[:-1]):  # (not "Army G-1")
        return "other", "a designation, as missions, craft and tests are named ('CRS-10')"
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]{3,}\d", text) and \
            not hints & {"person", "speaker", "byline", "photographer"}:
        return "other", "a craft or a device by its name and its number ('Canadarm2')"
    if len(words) == 2 and ROMAN_NUMERAL.fullmatch(last) and last not in ("I", "V", "X") and \
            re.fullmatch(r"[A-Z]{3,8}", words[0]) and words[0] not in know.country_codes:
        return "event", "a body's meeting by its number in Roman numerals ('CULCON XXVII " \
            "convenes')"
    if len(words) == 2 and ROMAN_NUMERAL.fullmatch(last) and know.big_place(words[0]) and \
            any(re.search(r"\b[Tt]he[^\S\n]+$", c.before) for c in places):
        return "other", "a place's name and a number after 'the', as accords and councils " \
            "are named ('the Basel II accord')"  # (not "Elizabeth II", a queen)
    if len(words) == 1 and text.isupper() and any(_OFFICER_OF.search(c.before) for c in places):
        return "organisation", "a body whose officer the story names ('Catherine Kellerman, " \
            "CEO of PRT')"  # (though "PRT" is Portugal's code too)
    if len(words) == 1 and not text.isupper() and any(
            _THANKED.search(c.before) and (re.match(r"(?:,|[^\S\n]+for\b)", c.after) or (
                re.match(r"[.!]", c.after) and not know.places.get(text)))
            for c in places):  # (a body by its letters is thanked too: "MOFA thanks ASDC for …")
        return "person", "thanked by name ('thank you Brandon for the introduction', 'Thank " \
            "you, Jen.')"
    if any(f.text in know.country_codes and (f is main or f.text != initials_of(words)) and
           not (len(f.text) == 2 and f.text not in _CODES_WRITTEN_AS_NAMES
                and not any(re.search(r"[A-Z][\w.’'-]*,[^\S\n]*$", c.before)
                            for c in f.places))
           and not (len(f.text) == 3 and f.text.isalpha() and f.text not in _CODES_WRITTEN_AS_NAMES
                    and not any(re.search(r"[(,/|][^\S\n]*$|^[^\S\n]*$|\n[^\S\n]*$", c.before)
                                or re.match(r"[^\S\n]*[),/|]", c.after) for c in f.places))
           and not all((m := _PAIRED_LETTERS.search(c.before)) is not None
                       and m.group(1) not in know.country_codes for c in f.places)
           for f in cluster):
        # (not "Georgian Dream (GD)": a party's own short form that is also a country code;
        # not "voter ID", "our AI policy": most countries' two letters are other things'
        # letters in prose, unless they follow a town: "Brandon, VT"; nor "DOJ/ATF", a
        # body's letters after another body's and a slash, though ATF is a territory's code)
        return "place", "a country's or a state's name or code"
    shared = next((m.group(1) for c in places if len(words) == 1 and (
        m := re.match(r"^ and [A-Z][\w’'-]+ ([A-Z][a-z]+)s\b", c.after))), None)
    if shared in PLACE_HEADS:  # "Magnolia and Oakland Plantations": two of a kind
        return "place", f"'{shared}s' names places"
    if shared in ORGANISATION_HEADS:
        return "organisation", f"'{shared}s' names organisations"
    if text in AU_STATE_CODES:
        return "place", "an Australian state's or territory's short name"
    if places and all(_VACCINE_AFTER.match(c.after) for c in places) and (
            (text.isupper() and 2 <= len(text) <= 6)
            or any(re.match(r"[^\S\n]*\([A-Z]{2,6}\)", c.after) for c in places)):
        return "other", "a vaccine by its letters or its diseases ('MMR vaccinations', " \
            "'Measles Mumps and Rubella (MMR) vaccinations')"
    if text in SKY_BODIES and not any(c.role or c.honorific for c in places):
        # (but "President Moon": a person the title names)
        return "place", "a planet, a moon or the Sun"  # "the quietest place on Earth"
    if text in NAMED_WEEKDAYS:
        return "event", "a day named for what fell on it ('Black Saturday', 'Super Tuesday')"
    if re.fullmatch(r"WW(?:I{1,2}|[12])", text):
        return "event", "a world war by its letters ('WWII')"
    if text in ("D-Day", "V-E Day", "VE Day", "V-J Day", "VJ Day"):
        return "event", "a day of a war by its letters ('D-Day')"
    if len(words) == 1 and text in know.given_names and places and all(
            _AWARD_BEFORE.search(c.before) for c in places):
        return "other", "an award won ('to win an Oscar')"
    kind = know.places.get(text) or know.places.get(unaccented(text)) or \
        know.places.get(text.replace(" & ", " and "))  # "Perú": Peru; "Trinidad & Tobago"
    if kind in ("country", "region", "continent"):
        return "place", {"country": "a country", "region": "a state, province or region",
                         "continent": "a continent"}[kind]
    if len(words) == 2 and last == "Field" and words[0] not in know.given_names and \
            words[0] not in know.surnames and words[0].casefold() not in know.common_words and \
            not words[0].isupper():
        return "place", "a ground or an airfield by its name ('Wrigley Field')"  # (not
        # "Sally Field", a given name first; nor "Magnetic Field", a common word first)
    if (last.rstrip(".") in PLACE_HEADS or (last.endswith("s") and last[:-1] in PLACE_HEADS)) \
            and len(words) > 1 and not know.given_then_surname(words) and not (
                len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1])
                and know.given_then_surname([words[0], words[2]])) and not (
                len(words) == 2 and words[0] in know.given_names
                and any(_BY_ON_LINE.search(c.before) for c in places)) \
            and not _founder(words, places, know):
        # (nor "Michaela B. Parks": a given name, an initial, then the surname; nor "By
        # Donna Miles" over an article: a byline's given name and surname; nor "founded by
        # Ancel Keys": a founder's two names, whatever tables know of them)
        return "place", f"'{last}' names places"  # (and "National Parks"; but "Emily
        # Miles", "Joan Rivers": a given name no town bears, then a surname)
    if len(words) > 1 and last in _COMPASS and (
            words[0] in OCEANS or words[0] in know.places
            or (len(words) > 2 and words[0] in know.country_codes and words[1] in OCEANS)):
        return "place", "a region of a known place"  # "Pacific Northwest", "U.S. Pacific
        # Northwest"
    if words[0] in _SETTLED_PARTS and len(words) > 1 and " ".join(words[1:]) in know.places:
        return "place", "a part of a known place"
    if words[0] in _COMPASS and len(words) > 1:
        rest = " ".join(words[1:])
        if rest in know.places or words[-1] in OCEANS:
            return "place", "a region of a known place"
        if any(know.big_place(" ".join(words[k:])) and all(w in _COMPASS for w in words[:k])
               for k in range(2, len(words))):
            return "place", "a region of a known place"  # "South Central Los Angeles"
    if "-" in text and all(p in know.places or p in OCEANS for p in text.split("-")) and \
            not all(p in know.surnames for p in text.split("-")) and not any(
                (m := re.search(r"(\w+),?[^\S\n]+$", c.before)) is not None
                and m.group(1).casefold() in know.titles for c in places):
        return "place", "a region of known places"  # (not "Ramos-Horta": two surnames, or
        # a name after a title, "the President, Ramos‑Horta,")
    if len(words) == 1 and any(
            (m := re.search(r"\b[Tt]he[^\S\n]+(\w+),[^\S\n]+$", c.before)) is not None
            and m.group(1).casefold() in know.titles and re.match(r"[,.]", c.after)
            for c in places):
        return "person", "set between commas after a title ('the President, Ramos-Horta,')"
    if re.fullmatch(r"[A-Z]{2}\d{1,4}", text) and any(
            re.search(r"\b(?:downing|crash|flight|[Ff]light)[^\S\n]+(?:of[^\S\n]+)?$", c.before)
            or re.match(r"[^\S\n]+(?:victims|crash|passengers|flight)\b", c.after)
            for c in places):
        return "other", "a flight by its number ('the downing of MH17')"
    if text.isupper() and len(text) > 3 and know.places.get(text.title()) and not honoured \
            and not all(re.search(r"\([^()\n]*$", c.before) and re.match(r"[^()\n]*\)", c.after)
                        for c in places) \
            and not all(re.search(r"[a-z][^\S\n]+\Z", c.before)
                        and re.match(r"[^\S\n]+[a-z]|,[^\S\n]+[A-Z]", c.after)
                        for c in places):
        # (not "… Planning and Evaluation (ASPE)", "Baltimore, MD (NIDA, NIA, and NHGRI)":
        # a body's letters in brackets; nor "the
        # Z Machine … and JASPER at the …", capitals between words in lower case, no
        # dateline's; nor "including VISTA, Job Corps, …", a list's item after one)
        return "place", "a place written in capitals (a dateline)"
    if len(words) == 1 and re.search(r"[a-z](?:Blog|Podcast|Newsletter|Cast)$", text):
        return "work", "a blog or a podcast by its name ('WatchBlog')"
    if len(words) == 1 and re.search(r"[a-zA-Z](?:Festival|Fest|Con|Conf|Summit|Camp)$", text):
        return "event", "a gathering by its name ('OKFestival', 'RightsCon')"
    if len(words) == 1 and any(ch.isupper() for ch in text[1:]) and not text.isupper() \
            and any(re.match(r",[^\S\n]+(?:the|a|an|our|its)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,2}?"
                             r"(?i:blog|newsletter|e-newsletter|podcast)\b", c.after)
                    for c in places):
        return "work", "described as a work ('UpNext, the IMLS Blog')"
    if any(_EVENTS_LISTED_BEFORE.search(c.before) for c in places) and \
            not any(w in ORGANISATION_HEADS or w in PLACE_HEADS for w in words) and \
            not (len(words) >= 2 and words[0] in know.given_names):
        return "event", "listed after the word 'events' ('events worldwide, with FOSDEM and " \
            "CeBIT being the most prominent')"
    camel = re.findall(r"[A-Z][a-z]+", text)
    if len(words) == 1 and 2 <= len(camel) <= 4 and "".join(camel) == text and \
            all(p in know.given_names for p in camel[:-1]) and camel[-1] in know.surnames and \
            (len(camel) >= 3 or camel[-1] not in know.given_names) and \
            not know.places.get(text):  # (not "HarperCollins", a publisher)
        return "person", "given names and a surname glued together, as a copy that lost " \
            "a link's spaces writes them ('MaryKayCarlson')"
    if any((m := _EVENT_NOUN_AFTER.match(c.after)) is not None and (
            m.group("year") or (len(words) == 1 and any(ch.isupper() for ch in text[1:])
                                and not text.isupper())) for c in places) and \
            not any(w in ORGANISATION_HEADS for w in words):
        return "event", "an event before the noun that says so, perhaps after its year " \
            "('its LibrePlanet 2009 conference')"
    if any(_HELD_AFTER.match(c.after) for c in places) and \
            words[-1] not in ORGANISATION_HEADS and words[-1] not in PLACE_HEADS and \
            words[0] not in know.given_names and not know.places.get(text):
        return "event", "held somewhere, as the words after its name say ('Unmanned " \
            "Systems North America 2012, held in Las Vegas')"
    if len(words) == 1 and any(ch.isupper() for ch in text[1:]) and not text.isupper() \
            and "-" not in text and not honoured and not SURNAME_PREFIX.match(text) \
            and not any(in_state_or_country(c, know) for c in places) and not (
                re.match(r"[A-Z][’'][A-Z]", text) and know.places.get(text)):
        # (not "L'Aquila", a town whose article's elision puts a capital inside)
        return "organisation", "capitals inside the name, as companies and sites write it"
    if len(words) == 1 and text in _COMPASS and text not in ("SE", "NE", "SW", "NW") and (
            len(text) > 5 or any(c.before.endswith(("the ", "The ")) or (
                (m := re.search(r"([A-Z][a-z]+)[^\S\n]+(?:or|and)[^\S\n]+$", c.before))
                and m.group(1) in _COMPASS) for c in places)):
        # (a short one after "the", or listed after another: "the Midwest or South")
        return "place", "a region by its compass point ('the Southeast')"
    if text.isupper() and len(words) > 1 and (words[-1].title() in PLACE_HEADS
                                              or words[0].title() in PLACE_PREFIXES):
        return "place", "a county or a street in capitals ('PULASKI COUNTY')"
    if (text.isupper() or all(w.isupper() or _CAPITALS_AFTER_PREFIX.fullmatch(w) for w in words)) \
            and 2 <= len(words) <= 3 and (
            any((m := _CAPITALS_CO_AUTHOR_BEFORE.search(c.before)) is not None
                and m.group(1).title() in know.given_names for c in places) or
            (words[0].title() in know.given_names and (
                any(re.search(r"\b(?:BY|By)[^\S\n]+$", c.before) for c in places)
                or words[-1].title() in know.surnames
                or any(CAPITAL_LABEL_AFTER.match(c.after) for c in places)))
            or any((m := CAPITAL_LABEL_AFTER.match(c.after)) and m.group("role")
                   and m.group("role").split()[0].casefold() in know.titles
                   for c in places)):
        return "person", "a name in capitals, as bylines, lists and transcripts' labels " \
            "write them ('BY ROSS RAMSEY', 'ANTHONY ALBANESE, PRIME MINISTER:')"
    if know.disease(text):
        return "other", "a disease or condition by its letters ('COVID', 'HIV', 'Covid')"
    if len(words) == 1 and text in EPONYMOUS_DISEASES and all(c.possessive for c in places):
        return "other", "a disease by the name of who described it ('living with " \
            "Alzheimer’s')"
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]{0,6}xit", text):
        return "event", "a country's leaving named as a blend of it and 'exit' ('Brexit')"
    if len(words) == 1 and words[0] not in know.places and any(
            re.match(r"[^\S\n]+(?:is|was|has|had|wants|seeks|tries|tried)\b[^.!?\n]{0,60}"
                     r"\b(?:himself|herself)\b", c.after) for c in places):
        return "person", "the subject of 'himself' or 'herself' ('Trump is keen to portray " \
            "himself …')"
    if len(words) == 2 and re.fullmatch(r"[A-Z]\.", words[1]) and \
            re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?", words[0]) and \
            words[0] not in ORGANISATION_HEADS and words[0] not in PLACE_HEADS and \
            not _is_title(words[0], know.titles):
        return "person", "a given name and a surname's initial ('Mayela J.', 'NeKeisha P.')"
    if len(words) <= 4 and not any(w in ORGANISATION_HEADS or w in PLACE_HEADS for w in words) \
            and any(_AGE_AFTER.match(c.after) for c in places):
        return "person", "an age after it ('J.S., 60, had planned …')"
    if 3 <= len(words) <= 5 and re.fullmatch(r"[A-Z]\.", words[1]) and \
            all(w.isalpha() and w.isupper() and len(w) >= 2 for w in (words[0], *words[2:])) \
            and words[0].title() in know.given_names and not know.big_place(words[-1].title()):
        return "person", "a person's name in capitals, with an initial ('TERRY W. VAN HORN')"
    if 2 <= len(words) <= 3 and all(w.isalpha() and w.isupper() and len(w) >= 3 for w in words) \
            and words[0].title() in know.given_names and not words[-1].endswith("S") and \
            not any(w.title() in ORGANISATION_HEADS or w.title() in PLACE_HEADS
                    for w in words) and words[-1].title() not in know.places and \
            " ".join(w.title() for w in words) not in know.places:
        return "person", "a person's name in capitals ('MARTIN DIVISEK')"  # (a photo's credit)
    if person_in_capitals(list(words), know) and \
            any(re.match(r",[^\S\n]+[A-Z][a-z]+", c.after) for c in places) and \
            not know.places.get(" ".join(w.title() for w in words)):
        return "person", "a member's name in capitals, then the state ('JOHN A. YARMUTH, " \
            "Kentucky')"
    if 2 <= len(words) <= 3 and all(w.isalpha() and w.isupper() and len(w) >= 2 for w in words) \
            and words[0].title() in know.given_names and \
            any(_CONTACT_BEFORE.search(c.before) for c in places):
        return "person", "a person's name in capitals after a contact's label ('CONTACT: " \
            "CATHY DEEDS')"
    if 2 <= len(words) <= 3 and all(w.isalpha() and w.isupper() and len(w) >= 2 for w in words) \
            and words[0].title() in know.given_names and any(
                re.search(r"\b(?:Hon|Rt|Dr|Mr|Mrs|Ms|Sir|Dame)\.?[^\S\n]+$", c.before)
                or re.match(r"[^\S\n]*(?:\([^()\n]{1,60}\))?:", c.after) for c in places):
        return "person", "a speaker's name in capitals, labelled as a transcript labels it " \
            "('Hon CHRIS HIPKINS (Leader of the House):')"
    if text.replace(".", "").isupper() and len(text) >= 2 and places and all(
            re.search(r"\b(?:draft|proposed)[^\S\n]+$", c.before) for c in places):
        return "work", "a document, its draft before it ('the draft BBL')"
    if len(words) == 1 and any(_STORMS_BEFORE.search(c.before) for c in places):
        return "event", "named after 'hurricanes' or 'storms' ('hurricanes Charley and " \
            "Frances')"
    if len(words) == 1 and not text.isupper() and any(
            PERSONAL_HEADLINE_VERB.match(c.after) for c in places):
        return "person", "a headline's verb only people take after it ('Noren Served as …', " \
            "'… Sworn In')"
    if len(words) == 1 and text.isalpha() and text.isupper() and len(text) >= 4 and any(
            _JUDGE_AFTER.match(c.after) for c in places):
        return "person", "a judge's surname in capitals before the post ('BARBADORO, " \
            "District Judge')"
    if len(text) == 2 and know.city_population.get(know.city_letters.get(text, ""), 0) >= \
            1_000_000 and any(_IN_A_PLACE_BEFORE.search(c.before) for c in places):
        return "place", f"a big city's letters ('{text}' for {know.city_letters[text]}) " \
            "where someone lives or goes"
    if text in _MEASURES_BY_LETTERS:
        return "other", "an economic measure by its letters ('CPI', 'GDP')"
    if text in _HONOURS_BY_LETTERS:
        return "other", "an honour by its letters ('awarded an MBE')"
    if text.isupper() and any(_SECTION_AFTER.match(c.after) for c in places):
        return "work", "a law by its letters, before the number of one of its sections " \
            "('NDAA section 353')"
    if text.isupper() and any(_SECTION_BEFORE.search(c.before) for c in places):
        return "work", "a law by its letters, after the numbers of its sections " \
            "('Sections 501 and 702 of FISA')"
    if main.words and (len(words) > 1 or len(text) > 1) and not honoured and \
            text.replace(".", "").isupper() and sum(ch.isalpha() for ch in text) >= 2 and \
            not re.fullmatch(r"[A-Z]+-?\d+[A-Za-z]?", text) and \
            hints != {"person"}:
        return "organisation", "an acronym"  # (not "A85", a road; not "RV144", a trial;
        # nor "BIDEN" of "PRESIDENT BIDEN:", a label the cutting took for a person's, nor
        # "K. JANE WILLIAMS" after "STATEMENT OF", a witness's)
    if len(words) == 2 and 2 <= len(words[0]) <= 5 and words[0].isupper() and words[0].isalpha() \
            and words[0] not in know.country_codes and know.places.get(words[1]) == "city" \
            and words[1] not in EVENT_HEADS and not honoured:  # (not "WWI Centennial")
        return "organisation", "a body's office in a city ('ERO Houston')"  # (not "DURAND
        # Pascal", a surname in capitals)
    if re.fullmatch(r"(?:Generation|Gen)[^\S\n]+[A-Z]", text):
        return "group", "a generation by its letter ('Generation X', 'Gen Z')"
    if len(words) <= 3 and any(_COUNTIES_LISTED_AFTER.match(c.after) and not c.role
                               and not c.honorific for c in places):
        return "place", "one of places listed before their plural head ('Carbon, " \
            "Duchesne, and Utah Counties', 'the Thomas Jefferson and John Adams Buildings')"
    if len(words) >= 2 and words[0] in _BODY_WORDS_ABROAD:
        return "organisation", "a body's head word in another language opening it ('Liceo " \
            "María Luisa Bombal', 'Agência Brasil'), whoever's name follows"
    if len(words) <= 2 and places and all(
            re.search(r"(?:^|\n)[^\S\n]*$", c.before) and _AGENCY_DATELINE.match(c.after)
            for c in places):
        return "organisation", "an agency before its dateline ('Tasnim – TEHRAN, …')"
    if "person" in hints or honoured or any(c.role for c in places):
        return "person", "a title or honorific before the name"
    if (len(words) == 2 or (len(words) == 3 and words[1] in ("Capital", "City", "County",
                                                             "Valley", "State", "Morning",
                                                             "Evening", "Sunday"))) and \
            words[-1] in NAMEPLATES and words[0] not in _COMPASS and (
            know.big_place(words[0]) or know.town(words[0])) and \
            (words[0] not in know.surnames or len(words) == 3):
        # (and "Idaho Capital Sun": the state's capital's paper; "Washington State
        # Standard", whatever surname the state's name is; "Cleveland Morning Leader")
        return "organisation", "a place's name, then a newspaper's ('Omaha Sun', 'Tennessee " \
            "Lookout')"  # (not a person, whichever state is a given name too; not "Rivera
        # Sun", a surname that is also a town's name; nor "North Star")
    if len(words) == 2 and words[1] in SPORTS and words[0] not in _COMPASS and (
            words[0] in know.places or words[0] in know.towns):
        return "organisation", "a town's name, then a sport's: its club ('Nambour Rugby')"
    if len(words) == 1 and (text in know.towns or text in know.places) and any(
            _HOME_BEFORE.search(c.before) for c in places):
        # (whatever apposition follows describes that person)
        return "place", "where someone named before it is from ('Sen. Tom Brewer of Gordon')"
    described = next((m.group("noun") for c in places
                      if (m := DESCRIBED_AFTER.match(c.after)) is not None), None)
    if described is not None and (described in PERSON_NOUNS or described in know.titles):
        article = "an" if described[:1] in "aeiou" else "a"
        return "person", f"described as a person ('…, {article} {described}')"
    held = next((m.group("post") for c in places if (m := _BARE_POST_AFTER.match(c.after))
                 and m.group("post") in know.titles
                 and m.group("post") not in _POSTS_BODIES_HOLD), None)
    if held is not None and len(words) >= 2 and not know.is_demonym(words[-1]) and \
            not any(w in ORGANISATION_HEADS for w in words):  # (not "the Republican
        # chairman of the …": a party's adjective before the post)
        return "person", f"a post in lower case after it ('…, {held} of the …')"
    said_to_be = next((w for c in places if (m := _IS_A.match(c.after))
                       for w in _plain_words(m.group("words"))
                       if (w in PERSON_NOUNS or (w.endswith("s") and w[:-1] in PERSON_NOUNS))
                       and w.rstrip("s") not in _BODIES_TOO), None)
    # ("Hengameh Golestan is one of the few documentary photographers …")
    if said_to_be is not None and not any(w in ORGANISATION_HEADS for w in words):
        one_of = "one of the" if said_to_be[:-1] in PERSON_NOUNS else "a"
        return "person", f"said to be a person ('… is {one_of} … {said_to_be}')"
    if described is not None and described in _PRODUCT_NOUNS:
        return "other", f"described as a product ('…, a {described}')"
    if any(_VARIANT_AFTER.match(c.after) for c in places):
        return "other", "a variant of a virus, by its name ('the Omicron coronavirus variant')"
    if any(_WORK_AFTER.match(c.after) and not c.possessive for c in places):
        # (not "see Lawrence Lessig’s blog": whose blog it is)
        return "work", "described as a work ('Dispatches, a newsletter', 'the … podcast')"
    if len(words) == 1 and any(_GENERIC_AFTER.match(c.after) for c in places) and \
            text not in know.given_names and text not in know.surnames:
        return "other", "a generic name in parentheses after it, as drugs have"
    if len(words) == 1 and any(re.search(r"\bapprove[sd]?\s+$", c.before) for c in places) \
            and text not in know.given_names and text not in know.places:
        return "other", "approved, as drugs and products are ('FDA approves …')"
    if described is not None and ORG_AFTER.match(f" {described}"):
        return "organisation", f"described as an organisation ('…, a … {described}')"
    heads = any(w in ORGANISATION_HEADS or w in PLACE_HEADS or w in EVENT_HEADS
                or w in WORK_HEADS or w in CONNECTORS_BASE
                for w in (words[:-1] if surname_day else words))
    noun = next((m.group(1) for c in places if (m := _NOUN_BEFORE.search(c.before))
                 and m.group(1) in PERSON_NOUNS), None)
    if noun is not None and (2 <= len(words) <= 6 or (
            len(words) == 1 and noun in _PSEUDONYM_NOUNS and not know.places.get(text))) and \
            not heads and not any(w.isupper() or w[:1].isdigit() for w in words):
        return "person", f"'{noun}' before it ('activist Evgeny Zhovtis', 'blogger Afrobella')"
    if 4 <= len(words) <= 6 and not heads and all(w.isalpha() for w in words) and \
            words[0] in know.given_names and not know.big_place(" ".join(words[:2])) and \
            2 * sum(w in know.given_names or w in know.surnames for w in words) >= len(words):
        return "person", "a long name made of given names ('Salah Abdalla Mohamed Salih')"
    if any(TURN_LABEL_AFTER.match(c.after) and (not c.before or c.before.endswith("\n"))
           for c in places) and (words[0] in know.given_names
                                 or any(c.honorific for c in places)) and \
            not (len(words) == 1 and kind == "city" and any(
                _DATELINE_COLON.match(c.after) for c in places)):
        # (not "Geneva: Press Emblem Campaign (PEC) … expresses …": a city's dateline)
        return "person", "a speaker's label in a transcript ('Glen Nowak: …')"
    if len(words) == 2 and words[0] in ("St.", "Saint") and words[1] in know.given_names and \
            not any(f"{saint} {words[1]}" in know.places for saint in ("St.", "St", "Saint")) \
            and not any(re.match(r"[’']s\b", c.after) for c in places):
        return "person", "a saint by a given name no town the tables know bears ('St. " \
            "Valentine')"  # (not "St. Paul", a city; not "St. Mary’s", a school's)
    if len(words) >= 3 and words[-2:] == ("Public", "Affairs"):
        return "organisation", "a press office by the body or post it speaks for ('Fort " \
            "Hood Public Affairs')"
    if words[0] in PLACE_PREFIXES and len(words) > 1 and " of " not in text and \
            not any(w in ORGANISATION_HEADS for w in words) and \
            words[0] not in ("La", "Le", "Las", "Los", "Les", "El"):
        return "place", f"'{words[0]} …' names places"
    if len(words) > 1 and last in ("Town", "Township", "Village", "Counties", "Parishes",
                                   "Bluff", "Bluffs", "Ridge", "Hollow", "Knob", "Mesa",
                                   "Gulch", "Butte", "Flats", "Tracts", "Courtyard") and \
            "of" not in words:  # (not "City of Cape Town", its government)
        return "place", f"'{last}' names places"  # "Adobe Town", "Iron, Beaver and Millard
        # Counties"
    if len(words) > 2 and last == "Ground" and words[-2] in ("Cricket", "Football", "Sports",
                                                              "Show", "Recreation", "Burial"):
        return "place", "a sports or show ground ('Melbourne Cricket Ground')"
    if len(words) > 1 and words[0] in INSTALLATIONS and words[1][:1].isupper():
        return "place", "a military post ('Fort A.P. Hill', 'Ft. McNair', 'Camp Lejeune')"
    if any(re.fullmatch(r"(?:[A-Z]\.){1,3}", w) and w not in COUNTRY_LETTERS
           for w in words[1:-1]):  # ("Eni F.H. …"; not "Eco-Schools U.S. Atlanta")
        return "person", "initials, as in people's names"
    if len(words) == 2 and re.fullmatch(r"[A-Z]\.", words[0]) and \
            re.fullmatch(r"[A-Z][a-z’'-]{2,}", words[1]) and \
            words[1] not in ORGANISATION_HEADS | PLACE_HEADS | EVENT_HEADS and \
            not know.big_place(words[1]):
        return "person", "an initial, then a surname ('D. Pineros')"
    if len(words) > 2 and any(w.casefold() in _PATRONYMIC for w in words[1:-1]):
        return "person", "'son of' or 'daughter of' inside, as in people's names"
    if last in ("Islanders", "Americans") and len(words) > 1:
        return "group", f"a people ('{text}')"  # "Virgin Islanders", "Native Americans"
    if any(_DISTANCE_BEFORE.search(c.before) for c in places) and \
            not any(w in ORGANISATION_HEADS for w in words):
        return "place", "a distance and a direction before it ('4 N Ivanhoe', '1 mile " \
            "northeast Kismet')"
    if 2 <= len(words) <= 3 and any(re.match(r"[^\S\n]+community\b", c.after)
                                    and not re.search(r"\b(?:our|their|its|your)[^\S\n]+"
                                                      r"(?:[a-z]+[^\S\n]+)?$", c.before)
                                    for c in places) \
            and not any(know.is_demonym(w) or w in ORGANISATION_HEADS or w.isupper()
                        or not w[:1].isupper() for w in words):
        return "place", "a community by its name ('the Fair Play community')"  # (not "our
        # extended Global Voices community": a body's members)
    if (len(words) == 1 or (len(words) <= 3 and words[0] not in know.given_names
                            and not any(w in ORGANISATION_HEADS for w in words))) and any(
            re.search(r"(?:\bthe|[’']s)[^\S\n]+$", c.before)
            and re.match(r"[^\S\n]+(?:bridge|road|river|stream|creek|beach|harbour|harbor|"
                         r"valley|suburb|township|motorway|highway|wharf|reserve|trail|fault|"
                         r"crater|volcano|caldera|glacier|canyon|lagoon|reef)\b", c.after)
            for c in places):
        return "place", "named before the kind of place it is ('the Kopu bridge', " \
            "'Natural England’s Shapwick Heath reserve')"
    if len(words) == 1 and text not in know.surnames and text not in know.given_names and any(
            re.search(r"\bthe[^\S\n]+$", c.before)
            and re.match(r"[^\S\n]+(?:housing[^\S\n]+)?estate\b", c.after) for c in places):
        return "place", "a housing estate by its name ('the Duffryn estate'; not 'the Trump " \
            "estate', a surname's, what someone left)"
    if len(words) <= 3 and know.places.get(text) is None and \
            not any(w in ORGANISATION_HEADS for w in words) and any(
            re.search(r"\b(?:[Mm]ayor|[Rr]eeve|[Tt]own|[Vv]illage|[Tt]ownship)[^\S\n]+of[^\S\n]+$",
                      c.before) for c in places):
        return "place", "a town by its mayor or its kind ('Lisa Pasin, Mayor of Trail', 'the " \
            "village of …')"
    if len(words) <= 2 and not any(w in ORGANISATION_HEADS for w in words) and all(
            re.search(r"\b(?:region|regions|area|province|district)[^\S\n]+of[^\S\n]+"
                      r"(?:the[^\S\n]+)?$", c.before) for c in places):
        return "place", "named as a region ('the semi-desert region of the Karoo')"
    if any(re.match(r"[^\S\n]+(?:metro|metropolitan|urban)[^\S\n]+(?:area|region)\b", c.after)
           for c in places) and not any(w in ORGANISATION_HEADS for w in words):
        return "place", "named before its metro area ('the Twin Cities metro area')"
    if any(GROUP_AFTER.match(c.after) and not c.possessive for c in places) and \
            len(words) == 1:  # (not "Maggi’s family": one person's)
        if _TOWN_ENDING.search(text) and not know.is_demonym(text):
            return "place", "a town's name ('…town', '…ville') before 'community' or " \
                "'people'"  # "the Africatown community"
        if not know.is_demonym(text) and text not in know.peoples and all(
                re.match(r"\s+(?:man|woman|men|women)\b", c.after) or not GROUP_AFTER.match(c.after)
                for c in places) and (
                text in know.places or any(ends_with_cue(PLACE_BEFORE, c.before)
                                           for c in places)):
            return "place", "a town before its people ('a Rotorua man', 'in Maketu')"
        if not know.is_demonym(text) and text not in know.peoples and \
                text not in know.given_names and not _PEOPLE_ENDING.search(text) and all(
                    (re.match(r"\s+(?:man|woman|men|women|boy|girl|teenager|couple)\b", c.after)
                     and re.search(r"(?:\b(?:[Aa]n?|[Tt]wo|[Tt]hree)[^\S\n]+|\n[^\S\n]*|^)$",
                                   c.before))
                    or not GROUP_AFTER.match(c.after) for c in places):
            return "place", "a suburb before 'a … man', its name no people's ending ('A " \
                "Tullamarine man')"  # (or opening a headline: "LaPlace woman startled by
            # deer …", the town's name written alone elsewhere: "her LaPlace home")
        return "group", "named as a people ('… man', '… people')"
    if 2 <= len(words) <= 3 and words[0] not in know.given_names and not any(
            w in ORGANISATION_HEADS or w in PLACE_HEADS for w in words) and any(
            re.match(r"\s+(?:tribes?|peoples|clans?)\b", c.after) and not c.possessive
            for c in places):
        return "group", "named as a people ('the Madia Gond tribes')"
    if any(in_state_or_country(c, know) for c in places) and len(words) <= 2:
        return "place", "followed by its state or country ('Sebring, Ohio')"
    if len(words) <= 2 and not any(w in ORGANISATION_HEADS for w in words) and any(
            _POSTCODE_AFTER.match(c.after) for c in places):
        return "place", "an address's town or county before its postcode ('Gwent NP10 8XG')"
    if len(words) <= 4 and not any(w in ORGANISATION_HEADS for w in words) and any(
            _line_of_place_and_county(c, know) for c in places):
        return "place", "a list's line, the place then its county ('Cavenham Heath, Suffolk')"
    if any(ORG_AFTER.match(c.after) and not c.possessive and not (
            text in know.places and _ARTICLE_END.search(c.before)) for c in places):
        # (not "Pauline Hanson’s party": whose party it is; nor "a Baltimore company": a
        # city the firm is in)
        return "organisation", "named as an organisation ('… news service')"
    if len(words) >= 2 and words[-1] not in know.surnames and \
            any(_SPORT_AFTER.match(c.after) for c in places):
        return "organisation", "a team by its name before its sport ('… hockey fan')"
        # ("Washington Capitals hockey fan": a club, whatever given name its city's is)
    if len(words) >= 2 and words[0] not in know.given_names and \
            words[-1] not in know.surnames and not know.places.get(text) and \
            any(_TEAM_AFTER.match(c.after) for c in places):
        return "organisation", "a team by its name ('the Mozilla Advocacy team')"  # (not "the
        # Biden team", a person's)
    if any(_EVENT_AFTER.match(c.after) and not c.possessive and not (
            c.after.lstrip().startswith("mission")
            and not all(_EVENT_AFTER.match(d.after) for d in places)) for c in places) and \
            not (len(words) == 1 and know.big_place(text)) and \
            not ((know.places.get(text) or know.town(text))
                 and all(_INCIDENT_AFTER.match(c.after) for c in places)) and \
            not any(SPEECH_AFTER.match(c.after) for c in places):
        # (nor "the Zanu PF conference" where "Zanu PF says …": an event says nothing, the
        # body that holds it does)
        # (nor "the Uvalde shooting": where an attack or a disaster happened, a town)
        # (not "ICE's mission": a body's own; nor "a Nashville rally", a city's name as where
        # it was, unlike "the Coachella festival", a small town's name that the event took)
        return "event", "named as an event ('… parade')"  # (a "mission" only where every
        # mention says so: "the Artemis mission", not "the Mozilla mission" of a body the
        # story names alone elsewhere)
    if len(words) >= 2 and words[-1] in _CRAFT_NOUNS and places and \
            all(_INCIDENT_AFTER.match(c.after.casefold()) for c in places):
        return "event", "a craft's disaster, named before 'crash' ('the Clutha Helicopter " \
            "crash')"
    if len(words) > 1 and words[0] in know.places and \
            all(w.endswith(".") and w.replace(".", "").isupper() for w in words[1:]):
        return "place", "a place and its state"  # "Washington D.C."
    joined = any(w in ("of", "for", "the", "and", "&") for w in words)
    if words[-1][:1].isdigit() and not joined:
        if len(words) > 1 and words[-2] == "Region" and words[-1].isdigit():
            return "organisation", "a body's region by number, its regional office ('NLRB " \
                "Region 7')"
        if len(words) > 1 and words[-2] == "Delta" and words[-1].isdigit():
            return "organisation", "a unit by its number, as the Space Force's deltas are " \
                "('Space Delta 15')"  # (a river's delta has no number)
        if len(words) > 1 and (words[-2] in PLACE_HEADS or words[-2] in _NUMBERED_PLACES):
            return "place", f"'{words[-2]}' names places"  # "Space Launch Complex 40"
        if len(words) == 2 and words[0] in ("Number", "No.", "No") and any(
                re.search(r"\b(?:in|at|inside|outside|from|to|into)[^\S\n]+$", c.before)
                for c in places):
            return "place", "a house by its number, where people are ('at Number 10')"
        if len(words) == 2 and words[0] in ("Studio", "Channel", "Radio") and \
                re.fullmatch(r"\d{1,3}", words[1]):
            return "organisation", "a broadcaster's studio or channel by its number ('Studio " \
                "7', 'Channel 4')"
        if len(words) > 1 and re.fullmatch(r"(?:19|20)\d\d", words[-1]) and \
                words[-2] in EVENT_HEADS:
            return "event", "an event's name and its year ('Caribbean Bloggers Week 2016')"
        if len(words) > 2 and words[-2] in ("Strategy", "Plan", "Roadmap", "Framework") and \
                YEARS.fullmatch(words[-1]):
            return "work", "a plan or a strategy by the year or years it covers ('National " \
                "HIV/AIDS Strategy 2022–2025')"
        if len(words) >= 2 and re.fullmatch(r"\d{1,2}\.\d", words[-1]) and any(
                re.search(r"\b(?:during|exercise|in)[^\S\n]+$", c.before) for c in places):
            return "event", "an exercise or an edition by its iteration's number ('during " \
                "Korea Viper 24.1')"
        if len(words) > 2 and words[-2] == "Local" and re.fullmatch(r"#?\d{1,5}", words[-1]):
            return "organisation", "a union's local by its number ('Boilermakers Local 693')"
        if len(words) == 2 and re.fullmatch(r"\d{1,2}", words[1]) and \
                know.places.get(words[0]) == "city" and \
                any(re.search(r"\b(?:St|Street|Road|Rd|Ave|Avenue|Square|Sq|Place|Lane)\.?,"
                              r"[^\S\n]*$", c.before) for c in places):
            return "place", "a city's postal district after a street ('19 Dawson St., Dublin 2')"
        if len(words) == 2 and words[0] in PARTY_MEMBERS and re.fullmatch(r"\d{2}", words[1]):
            return "organisation", "a party named for its members and its founding year " \
                "('Democrats 66')"
        return "other", "a name ending in a number"
    if kind == "city" and len(words) > 1:
        return "place", "a city in the gazetteer"
    if words[0] == "Team" and len(words) == 2 and words[1][:1].isupper():
        return "organisation", "'Team …' names a team ('Team Shaw')"
    if words[0] in ("Project", "Operation") and len(words) > 1:
        return "organisation", f"'{words[0]} …' names projects"
    if words[0] in PLACE_OPENERS and len(words) > 1:
        return "place", f"'{words[0]} …' names places"
    if (m := _INSTALLATION.search(text)) and m.end() < len(text) and \
            not any(w in ORGANISATION_HEADS or w in ("Wing", "Affairs")
                    for w in text[m.end():].split()):
        return "place", f"a base by its kind, then its name ('{m.group()} …')"  # "Marine
        # Corps Recruit Depot San Diego" (not "633rd Air Base Wing …", a unit at a base)
    if any(ends_with_cue(_NAMED_AS_PLACE, c.before) for c in places):
        return "place", "'the town of …'"
    if len(words) <= 2 and not any(w in ORGANISATION_HEADS for w in words) and any(
            re.search(r"\b(?:on|in|at|near|off)[^\S\n]+$", c.before)
            and (m := re.match(r",[^\S\n]+([A-Z][\w‘’ʻ'-]*)", c.after)) is not None
            and know.places.get(unaccented(re.sub(r"[‘’ʻ']", "", m.group(1))))
            in ("region", "country") for c in places):
        return "place", "'on …, ' then its state or country ('on Maui, Hawaiʻi')"
    if len(words) <= 3 and not any(w in ORGANISATION_HEADS for w in words) and \
            any(_PLACE_APPOSED.match(c.after) for c in places):
        return "place", "', a small town in …' after it"  # "Chaykovsky, a small town in
        # Russia"
    if len(words) >= 3 and words[0] in ("City", "Town", "Municipality", "Province") and \
            words[1] == "of" and words[2][:1].isupper() and all(
                re.search(r"\b(?:in|at|near|limits\s+of|residents\s+of)\s+(?:the\s+)?$",
                          c.before)
                for c in places):  # (but "the City of Cape Town said": its council)
        return "place", f"'{words[0]} of …' names a town or a province"  # "City of Mandaue"
    if len(words) >= 3 and words[0] in ("City", "Town", "County", "Village") and \
            words[1] == "of" and words[2][:1].isupper() and any(
                _MUNICIPALITY_ACTS.match(c.after) or re.search(r"\bby[^\S\n]+the[^\S\n]+$",
                                                               c.before) for c in places):
        return "organisation", f"'the {words[0]} of …' acting: its government ('The City " \
            "of Albuquerque has issued …')"
    if len(words) == 2 and words[1] == "City" and know.places.get(words[0]) == "city":
        return "place", "a city in the gazetteer, with 'City' after it ('Pasay City')"
    if any(_AFTER_MUNICIPALITY.search(c.before) and re.match(r"[,.]", c.after)
           for c in places):
        return "place", "the province after a town's name ('the Municipality of Dangcagan, " \
            "Bukidnon')"
    if any(ends_with_cue(_FOUGHT_OVER, c.before) for c in places):
        return "place", "'the defense of …', as places are fought over"
    if words[0].rstrip(".") in ("St", "Saint", "Santa", "San") and " of " in text:
        return "person", "a saint's name ('St. Francis of Assisi')"
    if len(words) > 1 and words[-2] in EVENT_HEADS and re.fullmatch(r"[IVX]+|\d+", last):
        return "event", f"'{words[-2]}' names events"  # "World War II"
    if any(_IN_COMPLEX.search(c.before) for c in places) and words[0] not in know.given_names:
        return "event", "a fire of a complex, listed in brackets after it ('Kettle Complex " \
            "(Stickpin, Renner and Roy)')"
    if len(words) == 1 and any(_TEAM_BEFORE.search(c.before) and c.after.startswith(")")
                               for c in places):
        return "person", "a team's commander in brackets after it ('RM Team (Pachota)')"
    if not any(len(w) > 1 and w.isupper() for w in words) and \
            any(_POSTED_BY.search(c.before) for c in places):
        return "person", "who posted it ('Posted on … by …')"
    if any(ends_with_cue(_PARTNERED_WITH, c.before) for c in places) and \
            words[0] not in know.given_names:
        return "organisation", "a body another works with ('in partnership with …')"
    if len(words) >= 2 and words[0] not in know.given_names and \
            all(_EXAM_AFTER.match(c.after) for c in places):
        return "other", "a test or course named before its kind ('… tests')"
    if len(words) <= 2 and any(ends_with_cue(_STRUCK, c.before) for c in places) and \
            words[0] not in know.given_names:
        return "place", "struck by a disaster ('a wildfire devastated …')"
    if any(ends_with_cue(_WRITES_FOR, c.before) for c in places):
        return "organisation", "a newsroom a journalist works for ('a writer for the …')"
    if words[0] not in know.given_names and any(ends_with_cue(_ACT_BEFORE, c.before)
                                                for c in places):
        return "organisation", "named as a musical act ('the headliner, …')"
    if any(_NAMED_GROUP_BEFORE.search(c.before) for c in places):
        return "organisation", "named as a band, a company or a group ('a rock band named …')"
    if re.fullmatch(r"[Ee]-[A-Z][a-z]+", text):
        return "other", "an electronic service ('E-Verify', 'E-Filing')"
    if len(words) >= 2 and words[0] not in know.given_names and \
            words[-1] not in ORGANISATION_HEADS and not know.big_place(text) and places and \
            all(re.search(r"\bduring[^\S\n]+$", c.before) and not c.possessive
                for c in places):
        return "event", "what happens over a time, after 'during' ('during SXSW Music')"
    if len(words) == 1 and text in ERA_WORDS and places and all(
            re.search(r"\b(?:since|during|after|before|until|through)\s+(?:the\s+)?$", c.before)
            and not re.match(r"[^\S\n]+[A-Z]", c.after) for c in places):
        return "event", "a period of history ('since Reconstruction')"
    if len(words) >= 3 and words[-1].rstrip(".") in ("Jr", "Sr") and (
            words[0] in know.given_names
            or (re.fullmatch(r"[A-Z]\.", words[0]) and words[1] in know.given_names)):
        return "person", "a given name, and a generation after the surname ('Jr.')"
    if len(words) == 2 and words[0] in HOLIDAYS and words[1] in _HOLIDAY_DAYS:
        return "event", "a holiday's day ('Easter Sunday')"  # not a given name's bearer
    if len(words) == 3 and words[0] in ORDINAL_WORDS and words[1] == "of" and \
            words[2] in MONTHS_AND_DAYS:
        return "event", "a day its date names ('the Fourth of July')"
    if len(words) == 3 and words[0] in know.given_names and not joined and \
            words[1][:1].isupper() and words[1] not in ORGANISATION_HEADS and (
                re.fullmatch(r"O[’'][A-Z][a-z]+", words[2])
                or SURNAME_PREFIX.match(words[2])) and \
            not know.big_place(words[0]):
        return "person", "a given name, a middle name, a surname of its shape ('Sandra Day " \
            "O'Connor')"
    if _MEMORIAL_TO.search(text):
        return "place", "a memorial and whom it honours ('the National Memorial to Victims " \
            "of …')"
    if _UN_MISSION.match(text):
        return "organisation", "a United Nations mission named for its country ('… Force in " \
            "Cyprus')"
    if 2 <= len(words) <= 6 and know.places.get(last) == "country" and \
            any(w in PORTFOLIO for w in words[:-1]) and \
            not know.places.get(" ".join(words[:-1])):
        return "organisation", "a government's body named for its field and its country " \
            "('Global Affairs Canada', 'Employment and Social Development Canada')"
    if 1 < len(words) <= 4 and words[-1] in COMPANY_TRADES and words[0] not in PORTFOLIO:
        return "organisation", "a company's trade after its name ('Duke Energy')"
    if len(words) <= 2 and text not in know.places and \
            any(_WORKFORCE_AFTER.match(c.after) and not c.possessive for c in places):
        return "organisation", "its workforce after it ('Tyson managers', 'Amazon workers')"
    if any(_GRANT_PROGRAMS_AFTER.match(c.after) for c in places) and \
            not any(c.role or c.honorific for c in places):
        return "other", "a grant programme by its name ('the Mega and INFRA grant programs')"
    if places and all(_GRANT_AFTER.match(c.after) for c in places) and any(
            re.search(r"\b(?:federal|state|national|government)[^\S\n]+$", c.before)
            for c in places):
        return "other", "a programme its grants are named for ('A $50 million federal Forest " \
            "Legacy grant')"
    if len(words) == 2 and words[1] in ("Place", "Plaza") and \
            know.places.get(words[0]) is not None and \
            not any(SPEECH_AFTER.match(c.after) for c in places):
        return "place", "a square named for a town ('Hobart Place')"  # (before the given
        # names: "Hobart" is one too)
    if len(words) >= 3 and know.big_place(words[0]) and know.big_place(" ".join(words[1:])) \
            and not any(c.role or c.honorific for c in places):
        return "place", "named for two places ('Paris Las Vegas', a hotel), no one's name"
    if len(words) == 2 and know.places.get(words[0]) in ("city", "region") and \
            re.fullmatch(r"[A-Z][a-z]{2,}s", words[1]) and words[1] not in know.surnames and \
            words[1][:-1] not in know.surnames and not know.places.get(words[1]) and \
            words[1] not in PLACE_HEADS and words[1] not in ORGANISATION_HEADS and \
            not know.is_demonym(words[1]) and not any(c.role or c.honorific for c in places) \
            and any(f.text == words[1] and any(c.before.endswith(("the ", "The "))
                                               for c in f.places) for f in cluster):
        return "organisation", "a city's name and a plural, as teams are named, the plural " \
            "alone after 'the' too ('the Washington Nationals', 'the Nationals')"  # (before the
        # given names: "Washington" is one too; not "George Soros", never "the Soros")
    if len(words) >= 2 and words[-1] in _PARTY_BY_PLACE and \
            know.places.get(" ".join(words[:-1])) in ("region", "country"):
        return "organisation", "a party by its province's or country's name and its own " \
            "('the Nova Scotia Liberal leadership campaign', 'Ontario NDP')"
    if len(words) >= 2 and words[-1] not in know.surnames and not know.places.get(text) and \
            not any(c.role or c.honorific or c.possessive for c in places) and \
            any(_BUSINESS_AFTER.match(c.after) for c in places):
        return "organisation", "a business before the word for what it is ('manager of El " \
            "Rialto restaurant')"  # (whatever given name opens it; no one's name is written
        # before "restaurant" but as its owner's, with "’s")
    if (1 < len(words) <= 3 or (len(words) == 4 and words[-1] in know.surnames)) and not any(
            w in PLACE_HEADS or w in ORGANISATION_HEADS or w in EVENT_HEADS or w in WORK_HEADS
            or _singular(w) in ORGANISATION_HEADS or w in PARTY_MEMBERS or _nameplates(w)
            or w in COMPANY_TRADES for w in words[1:]) and \
            words[0] not in _COMPASS and words[0] not in ORGANISATION_HEADS and not joined and \
            words[0] != "My" and (  # (the pronoun: "My Account Portal")
                words[0].split("-")[0] in know.given_names
                or (len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[0])
                    and words[1] in know.given_names)) and \
            not (know.is_demonym(words[0]) and words[-1] not in know.surnames) and \
            not (len(words) >= 3 and know.places.get(words[0]) in ("region", "country")
                 and words[1] not in know.given_names and words[-1] not in know.surnames) and \
            sum(1 for w in words if know.big_place(w)) < 2 and \
            not (len(words) >= 3 and know.big_place(words[0])
                 and know.big_place(" ".join(words[1:]))) and \
            not (words[-1] not in know.surnames
                 and all(ends_with_cue(_GROUP_BEFORE, c.before) for c in places)) and \
            not (words[-1] not in know.surnames and not any(c.role for c in places)
                 and all(re.search(r"(?<![\w-])the[^\S\n]+$", c.before) for c in places)) and \
            not (len(words) == 2 and re.fullmatch(r"[A-Z]{2,4}", words[1])
                 and not re.fullmatch(r"[IVX]+", words[1])) and \
            not (len(words) == 3 and words[1] in _CIVIC_MIDDLE) and \
            not (len(words) == 2 and words[1] not in know.surnames
                 and know.places.get(words[1]) in ("region", "country", "continent")) and \
            not (len(words) == 3 and _title_then_common_word(words[1:], know)):
        # (nor "Paris Las Vegas": a hotel named for two cities, whatever given name the
        # first is; nor "Early Head Start", whose last two words are a title's and a common
        # one, no one's names)
        # (nor "Denver City Hall": a city's hall, whatever given name the city's is; nor
        # "Prosper Africa", a programme named for a continent no surname spells)
        # (nor "the Mare Tranquillitatis area of the moon": no one's name takes "the"; nor
        # "Storm ID", a firm: no surname is written in capitals as letters)
        # (not "Georgian Dream": a demonym that Faker also knows as a given name; not "Asia
        # Oceania Zone", two continents; not "arts collective Mare Liberum", named as a
        # group each time with no surname the tables know; nor "Montana Consumer Counsel", a
        # state's name before no given name or surname)
        given = words[0] if words[0].split("-")[0] in know.given_names else words[1]
        return "person", f"'{given}' is a given name"  # ("R. Wayne Albers")
    if len(words) == 1 and know.is_demonym(text) and all(
            re.search(r"(?<![\w-])the\s+$", c.before) and _PEOPLE_AFTER.match(c.after)
            for c in places):
        return "group", "a people by its adjective after 'the' ('since the French arrived')"
    if all(_ACQUIRED_BEFORE.search(c.before) for c in places):
        return "organisation", "a firm another buys or merges with ('the acquisition of " \
            "competitor …')"  # (a given name too: "Cristal", a chemicals maker)
    if len(words) == 1 and text in know.given_names and text not in know.places and \
            not text.isupper():
        if all(re.search(r"(?<![\w-])the\s+$", c.before) for c in places) and \
                text in _PLACE_NOUNS:
            return "place", "a place's word after 'the' ('on the Hill')"  # Capitol Hill
        if all(re.search(r"(?<![\w-])the\s+$", c.before) for c in places):
            return "other", "a given name after 'the', as ships and things are named ('the " \
                "history of the Clotilda')"
        if (text in know.towns or know.places.get(text) == "city") and any(
                re.search(r"(?<![\w-])(?:in|near)[^\S\n]+$", c.before) and not c.possessive
                for c in places):
            return "place", "a town the gazetteer knows, after 'in' ('at the Capitol in " \
                "Pierre')"  # (a person is met "with Pierre", not "in" him)
        if any(GONE_TO_BEFORE.search(c.before) and not c.possessive
               and WHERE_AFTER.match(c.after) for c in places):
            return "place", "gone to, then 'where' ('made his way to Harris where he …')"
        return "person", f"'{text}' is a given name"  # "Michelle and I"
    if len({f.words[-1].rstrip("s") for f in cluster if len(f.words) == len(words)}) == 1 \
            and len({f.words[-1] for f in cluster if len(f.words) == len(words)}) > 1:
        if any(f.words[-1] in EVENT_HEADS and f.words[-1].endswith("s") for f in cluster):
            return "event", f"'{main.words[-1]}s' names events"  # "Paralympic", "Paralympics"
        if know.is_demonym(main.words[-1].rstrip("s")):
            return "group", "a people, in the singular and the plural ('Native American " \
                "education' … 'Native Americans')"
        return "organisation", "written in the singular and the plural, as parties are"
    if len(words) >= 3 and words[0] in ("Tour", "Giro", "Vuelta") and \
            words[1] in know.particles | {"of", "a"} and know.places.get(" ".join(words[2:])):
        return "event", "a race round a country by its name ('Tour de France', 'Giro " \
            "d’Italia')"
    if any(w in know.particles for w in words[1:-1]) and \
            know.places.get(words[-1]) in ("country", "region"):
        return "organisation", f"'… {words[-2]} {words[-1]}', as institutions are named"
    if any(re.match(r"[^\S\n]+(?:north|south|east|west)ward\b", c.after)
           or re.search(r"\b(?:north|south|east|west)ward[^\S\n]+to[^\S\n]+$", c.before)
           for c in places):
        return "place", "a stretch of coast from or to it ('Surf City northward to …')"
    if any(re.search(r"\b(?:the|a|an)[^\S\n]+$", c.before) and _ORGANISED_BY.match(c.after)
           for c in places) and not honoured:
        return "event", "'the … organised by', as meetings and festivals are named"
    if re.fullmatch(r"(?:U[A-Z]{1,3}|[A-Z]{1,3}U|SUNY|CUNY)-[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?",
                    text):
        return "organisation", "a university's letters and its campus's town ('UW-Madison', " \
            "'UNC-Chapel Hill')"
    if any(_said_to_be_a_body(c.after) for c in places) and \
            not any(w in PLACE_HEADS for w in words):
        return "organisation", "said to be a body ('Propublica is an independent newsroom')"
    if any(_WORK_APPOSITION.match(c.after) for c in places) and \
            not any(w in PLACE_HEADS or w in ORGANISATION_HEADS for w in words):
        return "work", "a work's noun ending its apposition ('…, a free online … map viewer')"
    if any(_BODY_APPOSITION.match(c.after) for c in places) and \
            not any(w in PLACE_HEADS for w in words):
        return "organisation", "a body's noun in apposition ('…, an Anchorage-based firm')"
    if any(re.match(_LISTED_BEFORE + r"\s+(?:regions?|provinces?|provincial|municipality|"
                    r"municipal|states?(?![^\S\n]+plans?\b)|districts?|county|counties|valley|peninsula|"
                    r"desert|coast|basin|delta|road|highway|motorway|route|expressway|city|"
                    r"towns|villages?|section|neighbou?rhood|borough|suburb|quarter|site|temple|"
                    r"temples|mosque|shrine|monastery|pagoda|cathedral|airport|airfield|mines?|"
                    r"reservoirs?|trailheads?|campgrounds?|parking[^\S\n]+(?:areas?|lots?)|"
                    r"(?:refugee|displacement|detention|military|army)[^\S\n]+camps?|"
                    r"(?:hydroelectric|hydropower)[^\S\n]+(?:facility|plant|station|dam|"
                    r"project)|"  # ("the Abiquiu hydroelectric facility": a dam's place)
                    r"area(?![^\S\n]+(?:codes?|managers?|directors?|offices?|"
                    r"representatives?|commanders?))|"
                    r"fields?(?![^\S\n]+(?:office|operation|staff|trip|work|agent|"
                    r"test|hospital|day)))\b",
                    c.after) and not _WEB_SITE_AFTER.match(c.after) for c in places):
        return "place", "named as a place ('the … region')"  # "the Sa-hel region", "the
        # sacred site Seetha Eliya temple", "the Bakken, Eagle Ford, … and Permian regions",
        # "the Glacier Gorge or Bear Lake trailheads"
    if text in PARTY_MEMBERS:
        return "organisation", "a party by its members in the plural ('Democrats', 'Greens')"
    if len(words) == 1 and any(
            know.places.get(text[:k]) and text[k:] in _PLACE_PEOPLE_ENDINGS
            for k in range(4, len(text) - 2)):
        return "group", "a place's people by their name ('Torontonians', 'Karachiites')"
    if len(words) == 1 and text.endswith("s") and any(
            re.search(r"(?<!the )(?<!its )(?<!this )\b(?:\d(?:[\d,.]*\d)?|hundreds?|thousands?|"
                      r"millions?|billions?|dozens?)[^\S\n]+$", c.before, re.IGNORECASE)
            and not _NOUN_COUNTED_AFTER.match(c.after) and not _DATE_BEFORE.search(c.before)
            for c in places):
        # (not a date's year: "Daily News 17 / 05 / 2021 Brussels"; on the same line: not a
        # date line's year above "Forbes contributor …"; not a year after "the": "the 1989
        # Forms 1040"; nor a number closing its clause: "in 2018, Paris and Bangui resumed
        # talks")
        return "group", "counted as people ('ten million …')"  # "ten million Copts"
    opening = words[1] if len(words) >= 3 and (
        ORDINAL.fullmatch(words[0]) or words[0] in ORDINAL_WORDS
        or ROMAN_NUMERAL.fullmatch(words[0])) else words[0]
    if len(words) >= 3 and opening in _GATHERINGS_ABROAD:
        return "event", "a gathering's word in another language opening it ('Third Foro " \
            "Interamericano Afro Descendiente', 'Congreso Nacional de …')"
    if len(words) >= 3 and (opening in _BODIES_OPENING_ABROAD
                            or (opening == "Red" and words[1] in ("de", "del"))):
        return "organisation", "a body's word in another language opening it ('Asociación " \
            "para el …', 'Red de Voluntarios de …')"
    if any(w in know.particles for w in words[1:-1]) and words[0] not in know.given_names \
            and words[-1] not in know.surnames and words[0] not in know.surnames and \
            len(words) >= 4 and words[0].endswith("s"):
        return "organisation", "a plural before a name particle, as bodies are named ('Voces " \
            "de la Frontera')"
    if len(words) >= 3 and len(words[0]) >= 3 and words[0].isupper() and \
            words[1] in know.particles and know.places.get(" ".join(words[2:])) is not None:
        return "organisation", "a firm's letters, then the country it trades in ('CEMEX de " \
            "Puerto Rico')"
    if any(w in know.particles for w in words[1:-1]) and \
            any(part in _BODY_WORDS_ABROAD for w in words for part in w.split("-")):
        return "organisation", "a body's head word in another language, before a name " \
            "particle ('Câmara dos Deputados', 'Igreja Universal do Reino de Deus')"
    if 2 <= len(words) <= 3 and all(w in SURNAME_PARTICLES for w in words[:-1]):
        return "person", "a surname written alone with its particle ('de Blasio', 'van Gogh')"
    if any(w in know.particles for w in words[1:-1]):
        if (named_as_place or any(re.search(r"\b(?:in|at|near|off)\s+$", c.before)
                                  for c in places)) and \
                not any(SPEECH_AFTER.match(c.after) for c in places):
            return "place", "a name particle, but 'at …' or 'in …' before it"  # "Saya de Malha"
        return "person", "a name particle"
    if len(words) == 1 and any(f.words[0] in know.given_names for f in cluster[1:]):
        return "person", "a given name"
    if len(words) == 1 and kind == "city" and not know.big_place(text) and places and all(
            c.possessive and _SAYINGS_AFTER.match(c.after) for c in places):
        return "person", "whose remarks the story reports ('Pompeo's remarks'), a small " \
            "town's name but a person's"
    if kind == "city" and (len(words) > 1 or any(ends_with_cue(PLACE_BEFORE, c.before)
                                                 for c in places)):
        return "place", "a city in the gazetteer"
    if len(words) <= 3 and any(_PLACE_KNOWN_AS.search(c.before) for c in places):
        return "place", "'a land known as …'"  # "a land known as Downunder or Oz"
    if any(ends_with_cue(_OFF_BEFORE, c.before) for c in places) and len(words) <= 3:
        return "place", "'off …', as islands and coasts are named"  # "shipwrecked off Lampedusa"
    if any(ends_with_cue(PLACE_BEFORE, c.before) for c in places) and len(words) <= 2 and \
            not any(SPEECH_AFTER.match(c.after) for c in places) and \
            (named_as_place or kind == "city"):
        return "place", "'the town of …'"
    if len(words) <= 3 and any(
            (m := _KIND_OF_PLACE_BEFORE.search(c.before)) is not None
            and m.group("kind") in HEADLINE_PLACE_KINDS and know.is_demonym(m.group("people"))
            for c in places):
        return "place", "after a people's adjective and a kind of place ('the Syrian City " \
            "of …')"
    if know.demonym_plural(last) or know.demonym_plural(text) or (len(words) == 1 and any(
            people_named(c, know) for c in places)):
        return "group", "a people or faith named as such"
    if len(words) == 1 and any(
            (m := _LISTED_AFTER_A_PEOPLE.search(c.before)) is not None
            and (know.is_demonym(m.group(1)) or m.group(1) in know.peoples)
            and _LIST_GOES_ON.match(c.after) for c in places):
        return "group", "listed with a people ('Maori, Pasifika and kids from …')"
    if len(words) == 1 and _PLACE_PEOPLE.fullmatch(text) and any(
            know.places.get(text[:k]) in ("region", "country") for k in range(4, len(text) - 1)):
        # (and "Mainers": "Maine", then "rs")
        return "group", "a state's or a country's people, named for it ('Michiganders')"
    if any(ends_with_cue(_GROUP_BEFORE, c.before) for c in places) and not (
            len(words) == 2 and words[0] in know.given_names
            and words[1] not in ORGANISATION_HEADS and words[1] not in PLACE_HEADS
            and all(_OF_THE_TEAM_BEFORE.search(c.before) for c in places)):
        # (not "The head coach of the Russian national football team Valery Karpin": the
        # coach the team's post names)
        return "organisation", "named as a group or organisation"
    if len(words) > 1 and not joined and any((SPEECH_AFTER.match(c.after)
                                              and not _post_of_person_before(c.before, know))
                                             or (ends_with_cue(_SPEECH_BEFORE, c.before)
                                                 and not _CLAUSE_VERB_AFTER.match(c.after))
                                             for c in places) and \
            not any((len(w) >= 3 and w.isupper()) or w in ORGANISATION_HEADS
                    or _singular(w) in ORGANISATION_HEADS
                    or (k and re.fullmatch(r"[A-Z]{2}", w) and not ROMAN_NUMERAL.fullmatch(w))
                    for k, w in enumerate(words)) and \
            not any(know.places.get(" ".join(words[k:])) in ("country", "region", "continent")
                    for k in range(1, len(words))) and \
            not any(w in FUNCTION_WORDS or w in ("Sans", "Sin", "Ohne") for w in words[1:]) and \
            not (know.is_demonym(words[0]) and words[0] not in know.given_names) and \
            not (last.endswith("s") and not last.endswith("ss") and any(
                re.search(r"\bthe[^\S\n]+$", c.before) for c in places)):
        # (nor "the Pakistani Taliban has announced": a people's adjective opens no one's
        # name; nor "the Silver Ferns claimed the Constellation Cup": a team, in the plural
        # after "the")
        # (nor "Reporters Without Borders", "Médecins Sans Frontières": no person's name
        # holds such a word)
        # (not "VOA Mandarin", "… Coast Guard City"; nor "Cosatu Western Cape", a body's
        # branch in a region)
        return "person", "a speech verb beside it"
    if len(words) <= 3 and not text.isupper() and not (len(words) > 1 and heads) and any(
            _PERSON_AFTER.match(c.after) and not re.search(r"\b(?:of|for|at|from|with)\s+$",
                                                           c.before) for c in places) and \
            not all(re.search(r"\b[Tt]he[^\S\n]+$", c.before) for c in places):
        # (not "after the Taliban threatened his family": no one's name takes "the")
        # ("Isgak Abrahams and his two young children")
        # (not "a spokesperson of Wikileaks, who answered": the who is the spokesperson)
        return "person", "'…, who' or 'his'/'her' after it"
    if len(words) <= 3 and not heads and any(_AGE_OR_KIN_BEFORE.search(c.before)
                                             for c in places):
        return "person", "an age or a kinship before it ('12 year-old Jummah', 'his daughter " \
            "Parvati', 'the goddess Swasthani')"
    if len(words) == 1 and (text in know.surnames or text in know.given_names or (
            text.endswith("s") and text[:-1] in know.surnames
            and not text.endswith(("ss", "ers")))) and any(
            ends_with_cue(_SPEECH_BEFORE, c.before) or SPEECH_AFTER.match(c.after) for c in places):
        return "person", "a speech verb beside a known name"  # (or a surname's form with an
        # "s" the tables lack: "Dodds" beside "Dodd")
    if len(words) == 1 and not text.isupper() and not any(ch.isupper() for ch in text[1:]) \
            and any(ends_with_cue(_SAID_BEFORE, c.before) for c in places):
        return "person", "'…,” said' right before it, as quotes give their speakers"
    if len(words) <= 3 and any(_SAID_HE.match(c.after) for c in places):
        return "person", "'… said he …' after it"
    if any((m := re.match(r"^\s+(?:[a-z]+\s+)?([a-z]+)\s+[A-Z][a-z]", c.after))
           and m.group(1) in PERSON_NOUNS for c in places) and \
            not any(w in know.given_names for w in words[:1]) and kind is None:
        # (not "Denver mayor Mike Johnston": a place before a job title is a place)
        return "organisation", "named before a job title ('VOA reporter …')"
    if kind == "city" and len(words) == 1 and text in know.surnames and \
            not know.big_place(text) and \
            any(_SUBJECT_VERB.match(c.after) for c in places) and \
            not any(ends_with_cue(PLACE_BEFORE, c.before) for c in places):
        return "person", "a surname the gazetteer also knows as a small town, the subject " \
            "of a verb ('Obama is coming')"
    if kind == "city" and len(words) == 1 and text in know.given_names and any(
            (m := _GIVEN_NAMES_AROUND.match(f"{c.before[-30:]}\0{c.after[:30]}")) is not None
            and all(g in know.given_names and not know.places.get(g) for g in m.groups())
            for c in places):
        return "person", "a given name listed between others ('Thomas, Mina, Charles and " \
            "family')"
    if kind == "city" and len(words) == 1:
        return "place", "a city in the gazetteer"
    if text in OCEANS or (len(words) == 1 and text.split("-")[-1] in OCEANS):
        return "place", "an ocean or a polar region"  # "the Arctic", "Indo-Pacific"
    if know.places.get(text) == "continent":
        return "place", "a region of the world"
    if text in HOLIDAYS:
        return "event", "a holiday"
    if len(words) >= 2 and any(_STATION_AFTER.match(c.after) for c in places) and \
            not any(w in ORGANISATION_HEADS or w.isupper() for w in words):
        return "place", "a station by its name, 'station' after it ('Manchester Victoria " \
            "station')"
    if any(_SIGNED_AT.match(c.after) for c in places):
        return "person", "a wiki's signature, the user's name before the time it was " \
            "signed ('Borofkin 06:30, 3 November 2005 (UTC)')"
    if len(words) == 3 and words[0] == "War" and words[1] == "in":
        return "event", "a war named for where it is fought ('War in Afghanistan')"
    if len(words) >= 2 and words[-1] == "March" and re.fullmatch(r"[A-Z][a-z]{3,}s", words[-2]):
        return "event", "a march named for who marches ('the Farmworkers March')"
    if any(w in ("March", "Marches") and words[k + 1] in ("for", "on", "against", "to")
           for k, w in enumerate(words[:-1])) and len(words) >= 3:
        return "event", "a march named for its cause ('World March for Peace and " \
            "Nonviolence', 'March on Washington')"
    if len(words) == 1 and not text.isupper() and not know.is_demonym(text) and \
            text not in ERA_WORDS and kind is None and \
            any(re.match(r"(?:\s+|-)(?:era|presidency|administration|regime)\b", c.after)
                or (text in know.surnames and re.match(r"\s+government\b", c.after))
                for c in places):
        return "person", "an era or a government named for a leader ('in the Trump era', " \
            "'the Biden administration')"
    if any((m := _THEN_TITLE.search(c.before)) and _is_title(m.group(1), know.titles)
           for c in places):
        return "person", "a past title joined to 'then' or 'ex' before it ('then-President …')"
    if any(re.match(r"-(?:operated|owned|controlled)\b", c.after) for c in places) and \
            kind is None and text not in know.given_names:
        return "organisation", "what it runs or owns ('the Chevron-operated field')"
    if len(words) == 1 and text not in know.places and text not in know.towns and \
            text not in know.surnames and text not in know.given_names and \
            not any(c.role or c.honorific for c in places) and any(
                _BODY_ACTS_AFTER.match(c.after) for c in places):
        return "organisation", "what it does as a body ('Interior this week convened …'), " \
            "no one's name"
    if len(words) <= 2 and text not in know.places and text not in know.towns and any(
            re.search(r"\b(?:at|in|inside)[^\S\n]+the[^\S\n]+$", c.before)
            and _FIRMS_SITE_AFTER.match(c.after) for c in places):
        return "organisation", "a firm before its site ('at the Chemtool manufacturing " \
            "facility')"
    if len(words) == 1 and not know.places.get(text) and text not in know.given_names and \
            text not in know.surnames and any(
                c.possessive and _TITLE_CASE_POST_AFTER.match(c.after) for c in places):
        return "organisation", "whose post in title case follows its possessive ('Ofsted’s " \
            "National Director')"
    if len(words) == 1 and re.fullmatch(r"[A-Z][\w-]+[’']s", text) and \
            not any(c.possessive for c in places):
        return "organisation", "a firm named for its founder's shop, its 's' its own " \
            "('McDonald’s, you’re …', 'at Lowe's, where …')"
    if len(words) == 1 and any((((re.search(r"\b(?:in|at|near|(?:north|south|east|west)\w* of|"
                                           r"(?:residents|inhabitants|citizens|natives|"
                                           r"townspeople|mayor|(?:sea)?port|harbou?r|town|"
                                           r"village|island) of|[Mm]ember for|seat of)"
                                           r"\s+(?:the\s+)?$", c.before)
                                 and not (c.possessive and re.match(r"[^\S\n]+[A-Z]", c.after)))
                                or (c.before.endswith("In ") and not c.possessive
                                    and _AFTER_OPENING_PLACE.match(c.after)))
                                # (a sentence's "In …" before its lower-case words: "In
                                # Alemão yet another youth …"; not "In Focus" on a line)
                                and not _MOVEMENT_AFTER.match(c.after)
                                and not re.match(r"[^\S\n]+mode\b", c.after)
                                and not _ENROLLED_IN.search(c.before)
                                and not _WORK_AT.search(c.before))
                               # (not "in the Wikimedia movement": a name before its noun)
                               or (re.search(r"\bvisit(?:s|ed|ing)?\s+(?:the\s+)?$", c.before)
                                   and not c.possessive)  # (not "visited Boeing’s factory")
                               or c.after.startswith(", where ")
                               or _WATER_AFTER.match(c.after)  # "Hofvijver lake"
                               or ((listed := _PLACES_LISTED_BEFORE.search(c.before)) is not None
                                   and any(know.places.get(w) is not None for w in
                                           re.findall(r"[A-Z][\w’'-]+", listed.group())))
                               for c in places):
        return "place", "'in …', 'residents of …' or '…, where'"  # (or the last of a list
        # of towns after "in": "in Scone, Muswellbrook, and Dungog")
    if len(words) <= 3 and any((m := _PERSON_FROM.search(c.before)) is not None
                               and m.group("noun") in PERSON_NOUNS
                               and m.group("noun") not in _SPEAKS_FOR for c in places):
        return "place", "where a person is from ('a businessman from …')"
    if any(_FIRMS_FROM_TO.search(c.before) for c in places):
        return "organisation", "firms listed 'from … to …' ('companies, from Target to " \
            "Wal-Mart')"
    if any((len(words) == 1 and re.search(r"\bfrom\s+$", c.before)
            and re.match(r"\s+to\s", c.after))
           or re.search(r"\bfrom\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+to\s+$", c.before)
           for c in places):
        return "place", "'from … to'"  # "from Exeter to North Tyneside"
    if kind is None and any(
            (re.search(r"\bat\s+The\s+$", c.before, re.IGNORECASE)
             and re.match(r",\s+(?:we|our)\b", c.after))
            or _NEWSROOM_OWNS.match(c.after)
            or (re.search(r"\b(?:joined|joins|join|(?:co-?)?founders?[^\S\n]+of|editors?[^\S\n]+"
                          r"of|staff[^\S\n]+of|(?:organi[sz]ation|non-?profit),)[^\S\n]+"
                          r"(?:The[^\S\n]+)?$", c.before)
                and (c.before.endswith("The ") or c.text.startswith("The ")))
            or (re.search(r"(?:^|\n)[^\S\n]*By[^\S\n]+The[^\S\n]+$", c.before)
                and re.match(r"[^\S\n]*(?:\n|$)", c.after))
            or _NEWSROOM_STORY_BEFORE.search(c.before)
            or (re.search(r"\b[Aa]s[^\S\n]+the[^\S\n]+$", c.before)
                and _NEWSROOM_REPORTED.match(c.after))
            or ((c.before.endswith("The ") or c.text.startswith("The "))
                and _NEWSROOM_TALKS_AFTER.match(c.after)) for c in places):
        return "organisation", "a newsroom, by what it has or what its people say ('At The " \
            "Markup, we …', 'The Markup’s journalism'), who joined or founded it, a " \
            "byline's ('By The Markup'), a story in it or its talk with someone"
    if any(re.search(r"\b(?:performed|sung|played|recorded)[^\S\n]+by[^\S\n]+The\s+$", c.before)
           for c in places) and kind is None:
        return "organisation", "a band, after what it performed ('performed by The Original " \
            "Memphis Five')"
    if any(re.search(r"[a-z,;:][^\S\n]+The\s+$", c.before)
           and not re.match(r"[^\S\n]+[A-Z]", c.after) for c in places) and \
            kind is None and main.text not in know.country_codes:
        # a capitalised "The" in mid-sentence belongs to a title: "The West Wing", "The
        # Mechanism", "The Astrophysical Journal Letters" (people's names take none)
        return "work", "a capitalised 'The' before it, as titles of works have"
    if len(words) == 2 and (know.is_demonym(words[0]) or words[0] in COUNTRY_LETTERS) and \
            words[1] in PEOPLES_REGIONS:
        return "place", f"a region of a people's land ('{text}')"  # "the American Midwest",
        # "the US West"
    if len(words) == 2 and know.is_demonym(words[0]) and words[1] in _PERIODS:
        return "event", f"a period of a people's history ('{text}')"  # "Italian Renaissance"
    if len(words) == 2 and know.is_demonym(words[0]) and words[1] in _REGIONS_OF_A_COUNTRY:
        return "place", "a region a people's adjective names as theirs ('the Canadian Arctic')"
    if len(words) == 2 and know.is_demonym(words[0]) and words[1] not in know.given_names \
            and words[1] not in know.surnames and not know.places.get(words[1]) and not (
                words[0] in know.given_names
                and any(title_apposed(c.after, 0, know.titles) or c.role or c.honorific
                        or titled_before(c.before, know.titles)
                        or SUBJECT_VERB_AFTER.match(c.after)
                        for c in places)):
        # (but "Shona Robison, the new Deputy First Minister", "Lance Cpl. Christian
        # Cachola", "Shona Robison will continue as …": a given name, a person, by the post
        # after it, the rank before or the verb she takes)
        return "organisation", f"'{words[0]}' before it, as a people's own bodies are named"
    if len(words) == 2 and words[0] not in know.given_names and not any(
            w in ORGANISATION_HEADS or any(ch.isdigit() for ch in w) for w in words) and all(
            re.search(r"\b(?:in|at|near|to|from|into|outside|inside|across|throughout)\s+$",
                      c.before)
            and not c.possessive for c in places) and any(
            re.search(r"\b(?:in|at|near|across|throughout)\s+$", c.before) for c in places) \
            and not any(_STAFF_AT.search(c.before) for c in places):
        # (not "your colleagues at Better Statistics": people at work, at their body)
        return "place", "'in …' or 'at …' before every mention"  # "in Gazi Baba"
    if len(words) <= 2 and words[0] not in know.given_names and any(
            re.search(r"(?:^|[^\w’'-])(?:northern|southern|eastern|western|central|"
                      r"north-?(?:east|west)ern|south-?(?:east|west)ern)[^\S\n]+$", c.before)
            for c in places):
        return "place", "a side of it before it ('southern Borneo', 'central Sulawesi')"
    if any(_AND_OTHER_PLACES.match(c.after) for c in places):
        return "place", "listed with other places of its kind ('the Pennines and other " \
            "northern hills')"
    if len(words) <= 2 and re.fullmatch(r"[A-Z][a-z]{3,}fest", words[0]) and \
            (len(words) == 1 or re.fullmatch(r"(?:19|20)\d\d", words[1])):
        return "event", "'-fest' ends the names of festivals ('Politifest', 'Oktoberfest')"
    if len(words) == 1 and len(text) > 6 and text.endswith("shire") and text[:1].isupper():
        return "place", "'-shire' ends the names of counties ('Lincolnshire')"
    if len(words) == 2 and words[0] in ("North", "South", "East", "West") and any(
            (m := re.match(r"[^\S\n]+and[^\S\n]+(?P<next>[A-Z][\w-]*(?:[^\S\n][A-Z][\w-]*)?)",
                           c.after)) and (know.big_place(m.group("next"))
                                          or m.group("next").endswith("shire")
                                          or m.group("next").split()[-1] in PLACE_HEADS)
            for c in places):
        return "place", "a region by its side, listed before a place ('East Anglia and " \
            "Lincolnshire')"
    if last == "Online" and len(words) >= 2 and words[-2] not in WORK_HEADS:  # (not
        # "Federal Register Online": a journal's site, the journal)
        return "organisation", "a site's name ending in 'Online' ('Global Voices Online', " \
            "'America Online')"
    if last == "Ages" and len(words) >= 2:
        return "other", "a period of history ('the Middle Ages', 'the Dark Ages')"
    if unaccented(text) in _OCEAN_CLIMATE:
        return "other", "a climate pattern of the Pacific ('El Niño', 'La Niña')"
    if len(words) == 2 and words[0] in ("La", "Le", "Las", "Los", "Les", "El") and \
            not any(SPEECH_AFTER.match(c.after) for c in places):
        return "place", f"'{words[0]} …' names places"  # "La Horquetta", "Las Cruces"
    if len(words) >= 3 and "and" in words and know.big_place(words[-1]) and \
            all(w in _COMPASS or w == "and" for w in words[:-1]):
        return "place", "a place's sides joined by 'and' ('Eastern and Central Africa')"
    if len(words) >= 2 and last not in ORGANISATION_HEADS and last != "Community" and any(
            (m := _LISTED_AFTER.search(c.before)) is not None and (
                know.big_place(m.group("prev")) or m.group("prev").split()[-1] in PLACE_HEADS)
            for c in places):
        return "place", "listed after a place ('Orange County and the Inland Empire')"
        # (not one word: "Israel and the Taliban"; nor a body: "Botswana and the Southern
        # African Development Community")
    if 2 <= len(words) <= 4 and not any(w in ORGANISATION_HEADS for w in words) and \
            not _LINKED.intersection(words) and any(
            _MEMBER_GROUP_AFTER.match(c.after) for c in places):
        return "person", "a member, then the group's letters and the country's code in " \
            "brackets ('Camiel EURLINGS (EPP-ED, NL)')"
    if len(words) == 2 and words[1] in ("North", "South", "East", "West") and \
            words[0] not in know.given_names and places and \
            all(re.search(r"\bthe[^\S\n]+$", c.before) for c in places):
        return "place", "a region named by a compass point after 'the' ('the High North', " \
            "'the Deep South')"
    if len(words) == 2 and words[0] not in know.given_names and all(
            re.search(r"\bthe[^\S\n]+$", c.before)
            and not re.match(r"[^\S\n]+(?!etc\b)[a-z]", c.after) for c in places):
        return "organisation", "'the' before every mention, as no one's name has ('the Right " \
            "Sector')"  # (but "the Joe Biden administration": the name describes a noun)
    if words[0] not in know.given_names and any(
            re.match(r"[^\S\n]+movement\b", c.after) and not c.possessive for c in places):
        return "organisation", "a movement, before the noun that says so ('the Land Back " \
            "movement')"
    if words[0] not in know.given_names and any(_LAW_AFTER.match(c.after) and not c.possessive
                                                for c in places):
        # (not "Chalkbeat Colorado’s bill tracker": whose it is)
        return "work", "a law, before the noun that says so ('the Bipartisan Infrastructure " \
            "law')"
    if any(_GRANTS_AFTER.match(c.after) for c in places):
        return "other", "a programme, before the grants or awards it gives ('… grants')"
    if any(re.match(r"[^\S\n]+pipelines?\b", c.after) for c in places) and \
            not any(w in ORGANISATION_HEADS for w in words):
        return "other", "a pipeline by its name ('the Keystone XL pipeline')"
    if any(_SOFTWARE_AFTER.match(c.after) for c in places):
        return "other", "a product, before what it makes ('an Adobe Acrobat file')"
    if len(words) == 1 and all(re.match(r"[^\S\n]+\([a-z][a-z -]{2,40}\)", c.after)
                               for c in places):
        return "other", "a thing glossed in brackets in lower case ('Hanbok (traditional " \
            "clothing)')"
    if any(_GROUP_BEFORE_MARKS.search(c.before) for c in places):
        return "organisation", _GROUP_IN_MARKS
    if words[0] not in know.given_names and all(
            re.search(r"[“\"]$", c.before) and re.match(r"[,.]?[”\"]", c.after)
            for c in places):
        return "work", "a title, alone in quotation marks each time ('the sound of “Primer " \
            "Impacto”')"
    if any(part in _BODY_WORDS_ABROAD for w in words for part in w.split("-")) or (
            len(words) >= 2 and words[0] in _HEADS_OPENING):
        return "organisation", "a body's head word opening it, or in another language " \
            "('Institute Curie', 'Helmholtz-Zentrum Hereon')"
    if len(words) == 2 and words[0] in ("Daily", "Weekly"):
        return "organisation", "an outlet named for how often it comes ('Daily Live', " \
            "'Daily Maverick')"
    if len(words) >= 2 and (m := re.match(r"([A-Z][a-z]+)s[’'] ", text)) is not None and \
            m.group(1) not in know.given_names:
        return "organisation", "named for a people whose possessive opens it ('Kids’ Food " \
            "Basket', 'Farmers’ Market')"
    if any(_BUSINESS_BEFORE.search(c.before) for c in places) and \
            words[0] not in know.given_names:
        return "organisation", "a business after the word for what it is ('our unofficial " \
            "office, Mea Cuppa')"
    if len(words) == 2 and places and not joined and words[0] not in know.given_names and \
            all(re.search(r"\b(?:in|across|throughout)[^\S\n]+the[^\S\n]+$", c.before)
                and re.match(r"[^\S\n]*(?:[,.;:!?)]|\n|$)|[^\S\n]+(?:are|is|was|were|and|or|"
                             r"has|have|had|will|region|area)\b", c.after)
                and not c.role for c in places):
        return "place", "a region after 'in the' ('land in the Pee Dee')"  # (no one is "in
        # the" a person)
    if len(words) == 2 and words[0] == "New" and words[1].isalpha() and \
            not words[1].endswith("s") and words[1].casefold() not in know.common_words:
        return "place", "'New …' names towns for older places ('New Shoreham', 'New " \
            "Bern')"  # (no person's given name; not "New Democrats", a party's members;
        # not "New Scientist", a magazine named with a common noun)
    if len(words) >= 2 and words[0] not in know.given_names and any(
            _RULES_AFTER.match(c.after) for c in places):
        return "other", "named before the kind of rule or programme it is ('… laws')"
    if len(words) <= 3 and words[0] not in know.given_names and any(
            re.search(r"\bbetween[^\S\n]+$", c.before)
            and (m := re.match(r"[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?((?:[A-Z][\w’'-]*[^\S\n]+)"
                               r"{0,3}[A-Z][\w’'-]*)", c.after)) is not None
            and m.group(1).split()[-1] in ORGANISATION_HEADS for c in places):
        return "organisation", "paired by 'between … and' with a body ('a deal between Plaid " \
            "Cymru and the Welsh Government')"
    if len(words) == 2 and words[0] not in know.given_names and any(
            f.words == (words[0],) and f.places
            and all(re.search(r"\bthe[^\S\n]+$", c.before) for c in f.places)
            for f in cluster[1:]):
        return "organisation", "shortened to its first word after 'the' ('the Mudiad'), as " \
            "no one's name is"
    if len(words) >= 2 and words[0] in _ROMANCE_ARTICLES and words[1][:1].isupper() and \
            words[1] not in know.given_names and words[1] not in know.surnames and \
            words[-1] not in know.surnames and \
            know.places.get(" ".join(words[:2])) is None:  # (not "La Rue Hatch", a person;
        # nor "Las Vegas Strip", a city's article)
        return "organisation", "a name that opens with a Romance language's article ('La " \
            "Casa Azul', 'El Pais'), as no one's does"
    if len(words) >= 2 and words[0] == "Visit" and (know.places.get(" ".join(words[1:]))
                                                     or know.town(" ".join(words[1:]))):
        return "organisation", "a tourism board, named 'Visit' and its place ('Visit " \
            "Alamosa', 'Visit Scotland')"
    if len(words) == 2 and words[0] in _DIPLOMATIC_POSTS and know.places.get(words[1]):
        return "organisation", "a diplomatic post by its city or country, as the State " \
            "Department names them ('Embassy Kabul', 'Mission Kenya')"
    if len(words) == 2 and words[0] == words[1] and words[0].isalpha():
        return "place", "a doubled word, as towns' names are ('Wagga Wagga', 'Walla Walla')"
    if words[0] == "Wiki" and len(words) >= 2:
        return "organisation", "a wiki by its name ('Wiki Actu')"
    if len(words) >= 2 and words[0] not in know.given_names and \
            words[-1] not in know.surnames and \
            not any(w in ORGANISATION_HEADS for w in words) and \
            any(_TITLED_OWNER_BEFORE.search(c.before) for c in places):
        return "other", "what a titled person's possessive owns, no one's name ('President " \
            "Biden’s Cancer Moonshot')"
    if len(words) == 2 and not joined and not any(ch.isdigit() for ch in text) and not (
            words[-1].endswith("s") and words[-1] not in know.surnames
            and words[0] not in know.given_names) and not (
            len(words[0]) >= 2 and words[0].isupper() and "." not in words[0]) and \
            words[0] not in _COMPASS and not words[-1].isupper() and \
            words[0] not in GREETINGS and words[0] not in ("The", "THE") and \
            words[0] not in ("U.S.", "U.K.") and not re.fullmatch(r"[A-Z]", words[0]) and \
            not ((words[0] not in know.given_names
                  or (words[-1].endswith("s") and not words[-1].endswith("ss")))
                 and all(re.search(r"\bthe[^\S\n]+$", c.before) for c in places)) and \
            not (_ABSTRACT_ENDING.search(words[-1]) and words[-1] not in know.surnames) and \
            not (words[0].endswith("ing") and words[0] not in know.given_names) and \
            not (words[-1].endswith("ing") and len(words[-1]) >= 7
                 and words[-1] not in know.surnames and words[-1] not in know.given_names) and \
            not (words[0] not in know.given_names and words[-1] not in know.surnames
                 and words[-1].casefold() in know.common_words
                 and places and all(c.after.startswith(":") for c in places)) and \
            not _title_then_common_word(words, know) and \
            not re.match(r"[^\s’']+[’']s[^\S\n]", text) and (
            # (not "West Midlands", "North Star", "Honda CRV", "Waging Nonviolence"; nor
            # "People’s World", "Children’s Hospital": no one's given name is a possessive;
            # "Hello World", a greeting naming a newsletter; nor "Earth Restoration",
            # "Universalist Humanism": an abstract noun's ending, no surname's; nor
            # "Institutional Memory: For more than 30 years, …", a caption's label before its
            # colon, its last a common word, neither a name the tables know; nor "Address
            # Trafficking", a long "-ing" word last that no surname the tables know is; nor "Head
            # Start", a title's word and a common word the cutting kept together: a
            # titled person's name would have lost its title)
            # (not "VOA Russian", an acronym's service; but "W.S. Merwin"; nor "the Silver
            # Ferns", a team by its plural name, each time after "the"; nor "the Z Machine":
            # a letter with no full stop is no one's initial)
            words[-1] in know.surnames or words[0] in NOBLE_TITLES
            or not (know.big_place(words[0]) or know.big_place(words[-1]))
            or (places and all(_of_a_country(c.after, know) for c in places))):
        # (a small town's name is often a person's too: "Abedi Kasongo"; and a big one's
        # may be where someone "of Iran" is named: "Shadi Sadr of Iran")
        # ("Cambodia Adrift", a documentary, holds a country's name: not a person's)
        return "person", _TWO_WORDS
    if len(words) > 1 and know.is_demonym(words[0]) and know.is_demonym(last) and \
            not any(w in ORGANISATION_HEADS for w in words):
        return "group", "a people named by its peoples' words ('Indian Origin Tamil')"
    if len(words) == 1 and re.fullmatch(r"[A-Za-z]+\d+", text) and any(
            _BY_ON_LINE.search(c.before) for c in places):
        return "person", "a byline's username ('By Ral315')"
    if not honoured and not any(c.role for c in places) and any(
            _GROUNDS_OF.search(c.before) for c in places):
        return "place", "whose building or grounds the story names ('the main building of " \
            "Cheong Wa Dae')"
    if len(words) >= 2 and words[0] not in know.given_names and any(
            _TEACHING_WORK_AFTER.match(c.after) for c in places):
        return "work", "named before the kind of teaching work it is ('the Establishing " \
            "Independence lesson plan')"
    if len(words) == 3 and not joined and words[1] not in ("For", "Of", "And", "The") and \
            words[1] not in _CIVIC_MIDDLE and \
            not re.search(r"\bN[’'] ", text) and (
                (words[-1].casefold() not in know.common_words
                 and not (words[-1].endswith("s")
                          and words[-1][:-1].casefold() in know.common_words))
                or words[-1] in know.surnames) and \
            all((len(w) <= 7 or w in know.given_names or w in know.surnames)
                and not (w.isupper() and len(w) > 1) and w not in ORGANISATION_HEADS
                and w not in EVENT_HEADS and w not in PLACE_HEADS for w in words) and \
            know.places.get(" ".join(words[1:])) not in ("country", "region", "continent") and \
            not (know.big_place(words[0]) and words[0] not in know.given_names
                 and words[1] not in know.given_names) and \
            not (know.places.get(words[-1]) in ("country", "region")
                 and words[0] not in know.given_names and words[-1] not in know.surnames) and \
            not (len(words[1]) == 1 and words[0] not in know.given_names
                 and not re.search(r"[“\"‘']", text)):
        # (nor "Data Map Wales", a service named for its country, no one's surname)
        # (not "Idaho Kids Covered", a name opening with a state's or a big city's that
        # no one is given, though "Taito Phillip Field" is a man; not "Cosatu Western
        # Cape", a body's branch in a region; not "Teach For All", a name in title case;
        # not "Guns N’ Roses", "and" cut to its letter; not "Black Lives Matter" nor
        # "Global Health Matters", ending in a common word or its plural no surname is; a
        # long word only when the tables know it as a name:
        # "Davidson Anthony Adima"; an initial in the middle only after a given name, not
        # "Capital B Atlanta", a newsroom's city edition, but a nickname in marks there
        # marks a person: 'Adony “D” Nina')
        return "person", _THREE_WORDS
    if len(words) == 4 and not joined and all(len(w) <= 4 and w[:1].isupper() for w in words) \
            and not any(w in ("On", "Of", "For", "And", "In", "To") for w in words) and \
            not any(know.big_place(" ".join(words[k:k + 2])) for k in range(3)):
        # (not "New York On Tech": a city's name and a small word, no Burmese name's)
        return "person", "four short capitalised words, as Burmese names"  # Aung San Suu Kyi
    if len(words) == 1 and re.fullmatch(SURNAME_PREFIX.pattern + r"[a-z]+", text):
        return "person", "a surname's prefix before its capital ('DeLauro', 'LaHood')"
    if 3 <= len(words) <= 4 and not joined and last in know.surnames and all(
            w.isalpha() and w.istitle() and w not in ORGANISATION_HEADS and w not in EVENT_HEADS
            and w not in PLACE_HEADS and w not in know.places and not know.is_demonym(w)
            for w in words):
        return "person", f"capitalised words ending with a surname ('{last}')"
    if len(words) == 1 and (know.town(text) or know.town(unaccented(text))) and not any(
            c.possessive or SPEECH_AFTER.match(c.after) or _MEMBER_OF_BODY.search(c.before)
            for c in places):
        # (not "Harvard’s decision", "Acme said", "a spokesman from Acme": a body's act,
        # words or staff, whatever town shares its name)
        return "place", "a town's name the gazetteer knows ('Sitka', 'Talkeetna')"
    if 2 <= len(words) <= 3 and all(w.isalpha() and w.istitle() and w not in ORGANISATION_HEADS
                                    and w not in PLACE_HEADS and w not in EVENT_HEADS
                                    for w in words) and any(
            (m := _POST_AFTER_COMMA.match(c.after)) is not None
            and _is_title(m.group("post"), know.titles) for c in places):
        return "person", "a name, then a post after a comma ('Saharah Moon Chapotin, " \
            "Executive Director.')"
    if len(words) == 1 and any(_ITS_OWN_AFTER.match(c.after) for c in places) and \
            text not in know.given_names:
        return "organisation", "what it does is its own, as a body's is ('Forbes published " \
            "its annual …')"
    if len(words) == 1 and text in know.surnames and text not in know.given_names and \
            text not in ORGANISATION_HEADS and not text.isupper() and \
            text.casefold() not in know.common_words and not know.places.get(text) and \
            not any(SUBJECT_AFTER.match(c.after) or _OUTLETS_LISTED_BEFORE.search(c.before)
                    for c in places) and \
            not all(re.search(r"(?:\b[Tt]he[^\S\n]+|\()$", c.before) for c in places):
        # (not "Forbes contributor Jeff McMahon", nor "The New York Times, Daily Mail and
        # Forbes": an outlet by its writer or among outlets; nor "the Mall axis", "the east
        # (Mall) side": no surname takes "the" or stands alone in brackets each time)
        return "person", "a surname the tables know, written alone ('Juncker')"
    if len(words) == 1 and text.isalpha() and not text.isupper() and \
            text not in ORGANISATION_HEADS and places and \
            all(re.search(r"(?:^|\n)[^\S\n]*$", c.before)
                and re.match(r":[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[\w’'-]+){3,}", c.after)
                for c in places):
        return "person", "opening a headline before its colon, whose view it gives " \
            "('Krauss: Science funding is …')"
    if len(words) == 1 and text in PLACE_HEADS and places and \
            all(re.search(r"(?:\b[Tt]he[^\S\n]+|\()$", c.before) for c in places):
        return "place", "a place's head word alone, after 'the' ('the Mall')"
    if 2 <= len(words) <= 4 and not heads and any(
            re.search(rf"(?:^|\n)[^\S\n]*{CREDIT_LABEL}[^\S\n]*$", c.before)
            and re.match(r"[^\S\n]*(?:\n|$)", c.after) for c in places) and (
            words[-1] in know.surnames
            or any(w in know.given_names for w in words[:-1])):
        return "person", "a photographer's name after a credit's label ('Photo: Chia-Chi " \
            "Charlie Chang')"
    if len(words) <= 3 and not heads and any(
            re.search(r"(?:^|\n)[^\S\n]*[—–][^\S\n]*$", c.before)
            and re.match(r"[^\S\n]*(?:\n|$)", c.after) for c in places):
        return "person", "a signature on its own line after a dash ('— Ral315')"
    if len(words) <= 3 and not heads and any(
            (m := _LISTED_AFTER_PEOPLE.search(c.before)) is not None
            and _singular(m.group("noun") or m.group("counted")) in PERSON_NOUNS
            for c in places):
        return "person", "listed after people named by what they are ('six new candidates " \
            "this week: AaronSw, …', 'two candidates, Cartman02au and Hadraj,')"
    if len(words) >= 3 and "of" in words[1:-1] and words[0] not in ORGANISATION_HEADS and \
            any(re.search(r"\b(?:a|an)[^\S\n]+$", c.before)
                and not re.match(r"[^\S\n]+[a-z]", c.after) for c in places) and \
            not any(re.search(r"\b[Tt]he[^\S\n]+$", c.before) for c in places):
        return "other", "named with 'a', a kind or a role ('appoint a Supplier of Last " \
            "Resort')"
    if len(words) >= 2 and words[0] not in know.given_names and not any(
            w in ORGANISATION_HEADS or w in PLACE_HEADS or w in EVENT_HEADS for w in words) and any(
            STUDY_AFTER.match(c.after) for c in places):
        return "work", "a study by its name, before the word for it ('the 2011 Monitoring " \
            "the Future survey')"
    return "organisation", ONE_WORD if len(words) == 1 else _LONG_NAME

