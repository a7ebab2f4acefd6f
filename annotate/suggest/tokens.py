"""The words of a story that can be part of a name, and what a name found becomes.

:func:`tokens` keeps only the words that can belong to a name (the regular expression
skips the rest in C, which saves most of the time) with the flags the rules read: a
possessive cut off ("Labour’s"), an attributive suffix cut off ("Lehrer-moderated"), a
dot kept on an abbreviation ("Maj.", "U.S."), the first word of a sentence marked. A name
found is a :class:`Candidate`; the title helpers here are shared by :mod:`runs` and
:mod:`cutting`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from .knowledge import Knowledge
from .lexicon import (
    ABBREVIATIONS,
    CONNECTORS_BASE,
    COUNTRY_LETTERS,
    CREDIT_LABEL,
    DOCUMENT_PARTS,
    FIELD_LABELS,
    FUNCTION_WORDS,
    INITIALS_TITLES,
    MONTH_NAMES,
    MONTHS_AND_DAYS,
    ORDINAL_WORDS,
    ORGANISATION_HEADS,
    PAGE_FIELDS,
    PLACE_HEADS,
    PREFIXES,
    READING_TIME,
    RELATION_SUFFIXES,
    ROMAN_NUMERAL,
    SHORT_AND,
    STUDY_HEADS,
    SURNAME_PREFIX,
)
from .marks import LISTING_LABEL, double_spaced, hard_wrapped, wrap_width

# Only the words that can be part of a name are matched (the regex engine skips the rest
# in C, which saves most of the time): capitalised or non-ASCII-initial words, words with
# a capital inside ("al-Qaeda", "eBay"), numbers, dotted abbreviations, "&", @handles,
# domain names ("Medium.com") and the small words that live inside names.
#: The small words a name holds, kept as tokens: the connectors, and the words runs look at
#: around a name ("in", "on", "former", "against").
_KEPT_SMALL = CONNECTORS_BASE | {"in", "on", "to", "an", "na", "at", "former", "against",
                                  "with"}
_SMALL = "|".join(re.escape(w) for w in sorted(_KEPT_SMALL | {"ngā"}, key=len, reverse=True)
                  if w.isalpha())  # (te reo's "ngā" matched, then dropped)


#: A web address's path, after its host: "https://cpsc.gov/Recalls/2021/King-of-Fans-…",
#: "go.bsky.app/UccLjhX", "Facebook.com/OPMDirector" (a link written without its scheme,
#: whose host is part of the address too: no name).
_URL_PATH = re.compile(r"(?:\bhttps?://[\w.-]+|(?<![\w.@])www\.[\w.-]+|(?<![\w.@/-])"
                       r"(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|app|gov|edu|"
                       r"io|co|ly|gl|me|us|uk|ca|au|nz|news|info|link|page)))"
                       r"(?P<path>/[^\s<>\"'”’)\]]*)")
_TOKEN = re.compile(
    r"(?:(?<![\w’'@.-])|(?<=[a-z]{2}\.)(?=[A-Z][a-z])|(?<=[A-Z]{3}\.)(?=[A-Z][a-z]{2,})"
    r"|(?<=\d\.)(?=[A-Z])|(?<=\s--)(?=[A-Z])|(?<=\n-)(?=[A-Z][a-z])|(?<=\)-)(?=[A-Z][a-z])"
    r"|(?<=\d\.\d)(?=[A-Z][a-z])|(?<=\d\.\d\d)(?=[A-Z][a-z])|(?<=\ds\.)(?=[A-Z][a-z])"
    r"|(?<=[a-z]{2}\.)(?=[A-Z]{3,}[^\S\n]+[—–-][^\S\n])"
    r"|(?<=\.png)(?=[A-Z])|(?<=\.jpg)(?=[A-Z])|(?<=\.gif)(?=[A-Z])|(?<=\.svg)(?=[A-Z])"
    r"|(?<=[12]\d{3})(?=[A-Z]{3,}\b)|(?<=[12]\d{3})(?=[A-Z][a-z]{2,})"
    r"|(?<=\d:\d\d)(?=[A-Z][a-z]{2,})"
    r"|(?<=[\s(\[“\"‘]')(?=[A-ZÀ-ÖØ-Þ]))"
    # (or a name after a dash typed as two hyphens, "--CMS Spokesperson", or as one that
    # opens a line, a signature: "-Amy Goodman"; or a dateline in capitals glued to the
    # caption's full stop before it, "Photo by Rhett A. Butler.JAKARTA —";
    # or a sentence that lost its space, "… of PSN.Karen Schaller", "… in the 1990s.Chris
    # Brain, 68, …" (a teaser's sentences run together); or an item glued to its
    # number, "8.3.EU-Iceland";
    # or a name glued to the image file before it, "Wikinews waves Left.pngLaura Hale"; or a
    # dateline in capitals glued to the year before it, "August 29, 2019WASHINGTON –", or a
    # feed's name glued to a day's heading, "Today — 2 September 2025Wisconsin Watch"; or a
    # feed's time stamp glued to the headline after it, "…T15:18:55+01:00Operation Stack …")
    r"(?:[A-ZÀ-ÖØ-Þ][\w-]*(?:\.(?:[a-z]{2,6}|News|Net|Org|Com))+\b(?!\w|\.\w|:)|(?![12]\d{3}(?:[A-Z]{3,}\b|[A-Z][a-z]{2,}))"
    r"\d+[A-Za-z]\w*|"
    r"(?:19|20)\d\d[^\S\n]–[^\S\n](?:19|20)\d\d\b|\d{1,2}-\d+(?:st|nd|rd|th)\b|"
    r"\d+(?:[.,:-]\d+)*(?:–\d+)?|(?:[A-Z]\.){2,}(?:-[A-Z][a-z]+)?|[A-Z]{1,3}&[A-Z]{1,3}\b|&|\+|[RMFS]/V\b|[A-Z]{1,2}/[A-Z]{1,2}\b|"
    r"[A-Z]{2,6}/(?:Europe|Africa|Asia|Americas|Pacific|Hubble|Webb)\b|"
    rf"@?(?=[^\Wa-z_]|(?:{_SMALL})\b|[a-z]+[-’']?[A-Z])\w+(?:[’'\-‐]\w+|‘(?=[^\W\dA-Z_])(?!s\b)\w+|"
    r"–(?=[A-Z])\w+|(?<=[a-z])[!~](?=[A-Z][a-z])\w+)*"
    r"(?:(?<=[a-z])/[A-Z]{2,}\b)?"
    r"(?:(?<!LGBT)(?<!LGBTQ)(?<!LGBTQI)(?<!LGBTQIA)(?<!LBGT)\+(?![\w+]))?)")
# (and a site named with its domain, "Medium.com", "STL.News", "SciDev.Net"; a group's two
# names joined by a slash, "Verts/ALE")
# (and a name that ends in a plus glued to it, "Disney+", "Apple TV+", "WGS-11+", "CC+";
# not "C++", nor the plus that widens a people's letters, "LGBTQ+")
# (a vessel's prefix with a slash is one word: "R/V Selkie", "M/V Captain Joseph E. Pearce";
# so are short letters joined by one, "I/DD", "AC/DC", not "HIV/AIDS", two names; and a
# body's office by its letters and its region or mission, "WHO/Europe", "ESA/Hubble"; not
# an agency's letters before its photographer's name, "NASA/Joel Kowsky")
# (an exclamation mark or a tilde between a word and a capitalised one is inside a name:
# "Research!America", "the Lasker~Bloomberg Public Service Award")
# (an en dash joins two names as a hyphen does: "Ajumawi–Atsugewi Nation"; "H&R Block",
# "AT&T" are one word; "Squibb.Right to Fail": a feed's copy lost the space after a stop;
# an ʻokina typed as an opening mark stays inside its word: "Hawai‘i", though not a
# possessive typed so: "Australia‘s")


#: A byline on a line of its own, the reporter's surname glued to the letters that open
#: the outlet's name: "Heng ReaksmeyVOA Khmer", "Jane DoeVOA News".
_BYLINE_GLUED_TO_OUTLET = re.compile(r"(?m)^[^\S\n]*[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?"
                                     r"[^\S\n]+[A-Z][a-z]{2,}(?P<glue>)[A-Z]{2,5}"
                                     r"[^\S\n]+[A-Z][a-z]+[^\S\n]*$")
#: The agencies that run a mission together, by their letters joined by slashes before its
#: name: "the NASA/ESA Hubble Space Telescope", "the NASA/ESA/CSA James Webb Space
#: Telescope" (the mission's name is the name; the agencies only say whose it is).
_JOINT_AGENCIES = re.compile(r"(?<![\w/])[A-Z]{2,5}(?:/[A-Z]{2,5})+(?=[^\S\n]+(?:[A-Z][\w-]*"
                             r"[^\S\n]+){0,3}(?:Telescope|Observatory|Mission|Satellite|"
                             r"Spacecraft|Probe|Rover|Orbiter|Lander)s?\b)")
#: A file's size: "738KB", "1.2MB", "4GB".
_FILE_SIZE = re.compile(r"\d+(?:[.,]\d+)?(?:[KMGT]i?B|kB|[KMG]b)")
#: A photo's credit on a line of its own whose outlet is its letters after a slash:
#: "Credit: Eliza Wiley/MTFP", "Jane Doe/AP".
_CREDITED_LETTERS = re.compile(rf"(?m)^[^\S\n]*(?:{CREDIT_LABEL}[^\S\n]*)?[A-Z][\w’'.-]*"
                               r"(?:[^\S\n]+[A-Z][\w’'.-]*){1,3}(?P<slash>/)[A-Z]{2,}[^\S\n]*$")
#: The Federal Register's filing line after a document: "[FR Doc. 2018–27880 Filed
#: 12–21–18; 8:45 am]" (its "Doc" and "Filed" name nothing).
_FR_FILING = re.compile(r"\[FR Doc\.?[^\]\n]{0,60}\]")
#: A body's letters after a prefix and its hyphen: "non-NATO", "anti-ISIS", "pro-EU".
_PREFIXED_NAME = re.compile(r"((?i:non|anti|pro|post|ex))-([A-Z]{2,6})")  # (a body's letters
# only: "Trans-Canada Highway", "Pre-Columbian" are words of their own)
#: An event or an era's name after "post-" or "pre-": "post-Brexit arrangements", "pre-Covid
#: levels" (not an adjective of its own: "pre-Columbian", "post-Soviet", "post-Olympic"; nor
#: a name that opens with the word: "the Papua New Guinea Post-Courier").
_ERA_NAME = re.compile(r"(?:post|pre)-([A-Z][a-z]{3,}(?<!ian)(?<!ic)(?<!ese)(?<!ist)(?<!iet))")
#: A name glued to the figure after it in a copied table's row: "Turkey71,4", "UK24,4".
_GLUED_FIGURE = re.compile(r"([A-Z][A-Za-z]*[A-Za-z])\d{1,4}")
#: The rest of such a row: the figure's decimals, then the line's end.
_FIGURE_ENDS_LINE = re.compile(r"[,.]\d{1,3}[^\S\n]*(?:\n|$)")
#: A federal rule of procedure cited by its abbreviations: "Fed. R. Crim. P. 11(c)(1)(C)",
#: "Fed. R. Civ. P. 12(b)(6)", "Fed. R. Evid. 403" (no names among its dotted words).
_RULE_CITATION = re.compile(r"\bFed\.[^\S\n]+R\.[^\S\n]+(?:(?:Crim|Civ|App|Bankr)\.[^\S\n]+P\."
                            r"|Evid\.)")


#: A place named with its small linking words between hyphens: "Niagara-on-the-Lake",
#: "Stratford-upon-Avon", "Saint-Jean-sur-Richelieu", and in te reo Māori "Te
#: Whanganui-a-Tara", "Taupo-nui-a-Tia College" (of, great, at, to: "a", "o", "nui", "ki",
#: "i", "te").
_LINKED_PLACE = re.compile(r"[A-Z][\w’']*(?:[-‐](?:on|upon|the|by|under|sur|en|le|la|les|de|"
                           r"du|des|in|am|an|der|di|del|sous|aux|et|y|a|o|nui|ki|i|te)){1,3}"
                           r"[-‐][A-Z][\w’']*")


#: Words a capital letter labels ("Group D", "Plan B", "Hepatitis C"), so that a full stop
#: after the letter ends the sentence instead of making an initial of it.
_LETTER_LABELS = frozenset("Group Pool Section Part Plan Phase Unit Category Class Type Grade "
                           "Level Block Zone Gate Terminal Exhibit Schedule Appendix Annex "
                           "Vitamin Hepatitis Division Tier Stage Round Row".split())
#: Where a post went, before the network's one letter: "wrote … on X.", "via X".
_ON_NETWORK = re.compile(r"\b(?:on|via)[^\S\n]+$")
_ELISION = re.compile(r"(?:d|l|dell|dall|all|nell|sull)[’'][A-ZÀ-Ý]")
_PRONOUN_IS = re.compile(r"(?:It|He|She|That|There|What|Who|Here|Let)[’']s$")
_CONTRACTION = re.compile(r"[’'](?:m|ll|d|ve|re|t|s)$|‘(?:m|ll|d|ve|re|t)$|"
                          r"^(?:It|He|She|That|There|What|Who|Here)[’']")
# (a copy may write the mark the wrong way round: "And I‘m even more excited")


#: What follows a name's hyphen to make an adjective of it ("Lehrer-moderated",
#: "Obama-era", "Beijing-based"); any other lower-case part belongs to the name
#: ("Chan Tai-man").
_ATTRIBUTIVE = re.compile(r"\w+(?:ed|ing|ly|ish)|era|like|style|wide|born|run|led|held|made|"
                          r"type|free|proof|only|esque|backed|based|owned|funded|linked|"
                          r"friendly|related|focused|controlled|allied|aligned|language|area|"
                          r"bound|consistent|compliant|specific|dependent|sensitive|exempt|"
                          r"eligible|centric|known|majority|minority|heavy")  # ("a Paris-bound
# train", "CPIH-consistent estimates", "the Democratic-majority New Mexico Legislature";
# "Capt. James Canfield Fisher-known as …": a dash a copy wrote as a hyphen)


#: A capitalised word, not a sentence's or a list's small word, right before a token and
#: one right after it: a hyphenated word inside a name ("Defence Ground-based Air …").
_CAPITAL_BEFORE = re.compile(r"(?<![\w.])(?!(?:The|A|An|And|Or|Of|In|On|For|By)[^\S\n])"
                             r"[A-Z][\w.]*[^\S\n]$")
_CAPITALS_AFTER = re.compile(r"(?:[^\S\n][A-Z][a-z][\w’'-]*){1,4}")
_HAS_CAPITAL = re.compile(r"[A-Z]")


#: Capitalised words after a token, then letters in brackets: "… Midcourse Defense (GMD)".
_CAPITALS_THEN_LETTERS = re.compile(r"((?:[^\S\n]+[A-Z][\w’'-]*){1,5})[^\S\n]+\(([A-Z]{2,8})\)")


def lettered_with(word: str, text: str, end: int) -> bool:
    """Whether a capitalised word joined to a lower-case one by a hyphen opens a name whose
    letters, in brackets after it, count it: "the Ground-based Midcourse Defense (GMD)"."""
    m = _CAPITALS_THEN_LETTERS.match(text, end)
    return m is not None and word[:1].isupper() and \
        m.group(2) == word[0] + "".join(w[0] for w in m.group(1).split())


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*(?![\w’'-])")


_ARABIC_ARTICLES = frozenset(("al", "el", "ad", "ash", "as", "at", "an", "ar", "az"))


_NUMBER = re.compile(r"\d+(?:[.,:-]\d+)*(?:–\d+)?|(?:19|20)\d\d[^\S\n]–[^\S\n](?:19|20)\d\d")
# (a range of years spaced around its dash is one number: "National Development Plan
# 2021 – 2030")


#: A dateline glued to the next sentence's first word when a copy lost the dash between
#: them: "WASHINGTONOn April 28, …".
_GLUED_DATELINE = re.compile(r"([A-Z]{3,})([A-Z][a-z]+)")


#: A capitalised word glued to a dateline in capitals after it ("BalikpapanJAKARTA").
_CAPTION_THEN_DATELINE = re.compile(r"([A-Z][a-z]{2,})([A-Z]{3,})")
#: A link's label glued to the next item's first word: "ArticleEx-Anne", "MoreThe", "Read
#: moreTrump orders …".
_GLUED_LINK = re.compile(r"(Article|Articles|More|more|Story)([A-Z][\w’'-]*)")
#: An infobox's label run into its value, as a copy flattens the table: "HeadquartersWashington".
_INFOBOX_LABELS = (r"(Headquarters|Founded|Formed|Founder|Location|Website|Abbreviation|"
                   r"Jurisdiction|Born|Died|Nationality|Spouse|Predecessor|Successor|Owner|"
                   r"Motto|Type|department|agency|agencies|executive|executives|Executive|"
                   r"Executives|Budget|History|Ranks|Commander-in-[Cc]hief)")
_GLUED_INFOBOX_LABEL = re.compile(_INFOBOX_LABELS + r"([A-Z][\w’'.-]*)")
#: A word in lower case, then a space, right before a capitalised "An" (see tokens).
_IRISH_AN = re.compile(r"(?<![\w’'-])[a-z]+[^\S\n]+$")
#: A word glued to the next word's capital: "AffairsAt", "FisheriesThe".
_GLUED_LABEL_END = re.compile(r"([A-Z][a-z]+)([A-Z][\w’'-]*)")
#: A word glued to an honorific or to a sentence's "The" after it, where a layout lost the
#: space: "PresidentMr", "CouncilThe".
_GLUED_HONORIFIC = re.compile(r"([A-Z][a-z]{2,})(The|Mr|Mrs|Ms|Dr)")
#: A body's head word glued to a rank opening a name: "ForceAir" of "Chief of Defence
#: ForceAir Marshal Kevin Short", "StaffGeneral" (an infobox's label, then its value).
_GLUED_RANK = re.compile(r"([A-Z][a-z]{2,})(Air|Vice|Rear|Lieutenant|Major|Brigadier|Admiral|"
                         r"General|Colonel|Commodore|Commander|Captain|Sir|Dame|Professor)")
#: A section's name glued to a byline's "By": "HealthBy", "RelationshipsBy", "TodayBy"; or a
#: headshot's alt text, ending in a body's letters: "Associate Commissioner, FYSBBy".
_GLUED_BY = re.compile(r"([A-Z][a-z]{2,}|[A-Z]{2,6})By")
#: A logo's alt text glued to the name after it: "LogoAssets", "LogoSocial".
_GLUED_LOGO = re.compile(r"Logo([A-Z][a-z]{2,})")
#: The author's name after that "By": two or three capitalised words.
_BYLINE_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2}")
#: A law's head with its year glued on: "Act2004".
_GLUED_LAW_YEAR = re.compile(r"(Act|Bill|Regulations|Ordinance)(?:19|20)\d\d")
#: A listing's "MORE" link glued to the next line's first word: "MOREDrug".
_GLUED_MORE = re.compile(r"MORE[A-Z][a-z][\w’'-]*")
#: Units written right after their number with a capital: "24.5Kg", "10Km", "5Mb".
_UNITS = frozenset("Kg Kgs KG Km Kms KM Mg Ml Cm Mm Mb MB Gb GB Kb KB Tb TB Kw KW Mw MW Gw GW "
                   "Kwh KWh MWh GWh Hz Khz KHz Mhz MHz Ghz GHz".split())
_LABEL_THEN_ADDRESS = re.compile(_INFOBOX_LABELS + r"(?:www\.|https?:)")
#: The first words of an infobox's labels of two or three words, before the glued last:
#: "Parent departmentDepartment for Education", "Agency executiveJane Doe", "Deputy Chief
#: ExecutivesAnnelies Look and …".
_INFOBOX_OPENINGS = r"(?:(?:Parent|Child|Agency|Chief|Deputy|Deputy[^\S\n]+Chief)[^\S\n]+)?"
_INFOBOX_LABEL_OPENING = re.compile(r"[^\S\n]*" + _INFOBOX_OPENINGS)
#: An infobox's line, its label glued to the value: "HeadquartersQuad Two Building (1st
#: Floor), Rutherford Avenue, Didcot, Oxfordshire" (its capitals no headline's).
INFOBOX_LINE = re.compile(r"[^\S\n]*" + _INFOBOX_OPENINGS + _INFOBOX_LABELS + r"[A-Z]")
#: An infobox's label as a word of its own: "Jurisdiction" of "Jurisdiction Government of
#: South Korea".
INFOBOX_LABEL = re.compile(_INFOBOX_OPENINGS + _INFOBOX_LABELS)
#: Two capitalised words with no space between them ("MikhailPrime").
_GLUED_WORDS = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")


#: Posts a copy may glue a photo's name to: "FernandezSecretary’s".
_GLUED_POSTS = frozenset("Secretary President Director Chairman Chairwoman Chair Minister "
                         "Senator Governor Mayor Commissioner Administrator Ambassador "
                         "Representative Judge".split())


#: An image's or a document's file name ending: "Wikinews waves Left.png",
#: "/pdf/BILLS-113s1947is.pdf".
_FILE_END = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|PNG|JPE?G|GIF|SVG|pdf|PDF|docx?|xlsx?|"
                       r"pptx?|csv|zip)(?![a-z])")


#: A surname glued to the given name that starts the name again, as a page's photo alt
#: text runs into the name it labels: "Photo of John ConnollyJohn Connolly",
#: "Micheál MartinMicheál Martin", "Mary Lou McDonaldMary Lou McDonald" (and a user name
#: with its digits: "Hawkeye7Wikinews waves …").
_GLUED_AGAIN = re.compile(r"((?:Ma?c|O['’])?[A-Z][^\W_A-Z]+)([A-Z][^\W\d_A-Z]+)")


#: How long a line of a double-spaced text is when its width, not a sentence's end, broke it.
_FULL_LINE = 50
#: A title or a place's letters glued to the given name after it: "DirectorJohn",
#: "ILThomas"; and the initial that shows a person's name goes on.
_GLUED_TITLE = re.compile(r"((?:[A-Z][a-z]+-)?(?:[A-Z][a-z]{3,}|[A-Z]{2,}))([A-Z][a-zà-öø-ÿ]*)")
# (a hyphenated title, "Attorney-AdvisorDawn Starr"; or a title glued to an initial, "Field
# OperationsD. Scott Blake"; a given name with an accent, "Enterprise PlanningRenée C. …")
#: A directory's line whose title is glued to the name after it: "Assistant DirectorGary
#: Hattal", "Senior AdvisorDavid Thaler".
_GLUED_NAME_LINE = re.compile(r"(?m)^[^\S\n]*[A-Z][^\n]*?[a-z][A-Z][a-z]+(?:[^\S\n]+[A-Z]\.)?"
                              r"[^\S\n]+[A-Z][a-z]+[^\S\n]*$")
_INITIAL_AFTER = re.compile(r"[^\S\n]+[A-Z]\.[^\S\n]+[A-Z][a-z]")
_GLUED_BEFORE_INITIAL = re.compile(r"(?:[a-z]|[A-Z]{2})[A-Z][a-z]+[^\S\n]+[A-Z]\.[^\S\n]+"
                                   r"[A-Z][a-z]")
_SURNAME_ENDS_LINE = re.compile(r"[^\S\n]+(?:Ma?c|O[’'])?[A-Z][a-z]+"
                                r"(?:[^\S\n]+(?:Ma?c|O[’'])?[A-Z][a-z]+)?"
                                r"(?:,[^\S\n]+[A-Z][a-z]+)?[^\S\n]*(?:\n|$)")
# (or two, "ManagementConnie Cox Bodner"; or a standing after a comma, "OperatingChris
# Catignani, Acting")
#: Heads of public bodies' names, two of which glued together are two bodies
#: ("DepartmentMinistry of Finance"; but "NewsGuard", "ServiceNow" are brands).
_BODY_HEADS = frozenset("Department Ministry Office Council Agency Commission Committee Board "
                        "Bureau Administration Authority Directorate Secretariat Embassy "
                        "Institute".split())
#: A body's letters glued to a capitalised word: "ECBFrankfurt".
_GLUED_ACRONYM = re.compile(r"([A-Z]{2,})([A-Z][a-z]{2,})")
#: The small words a sentence goes on with after a noun, which no line a copy glued on
#: opens with: "… using CCMixter or …".
_IN_SENTENCE_AFTER = re.compile(r"[^\S\n]+(?:or|and|is|was|to|for|as|has|which|that)\b")
#: A capitalised word glued to "I" after it, and the verb that follows: "OfficerI am".
_GLUED_PRONOUN = re.compile(r"([A-Z][a-z]{3,})I")
_PRONOUN_VERB_AFTER = re.compile(r"[^\S\n]+(?:am|was|have|had|will|would|can|could|do|did|"
                                 r"think|believe|feel|want|know|also|would)\b")
#: The small words a copy glues to a link's last word: "Gibraltarand", "Cemeteryto".
_SMALL_WORDS = frozenset("and to on in of at for the from with".split())
#: An ordinal glued to the capitalised word after it: "6thRanger".
_GLUED_ORDINAL = re.compile(r"(\d{1,3}(?:st|nd|rd|th))([A-Z][a-z]{2,})")
#: A wiki's user namespace before a user's name: "User:Kate" (and other languages').
_WIKI_USER_SPACE = r"\b(?:User|Benutzer|Utilisateur|Usuario):"
_WIKI_USER = re.compile(rf"{_WIKI_USER_SPACE}(?=[A-Z])")
WIKI_USER_BEFORE = re.compile(rf"{_WIKI_USER_SPACE}$")
#: A copied page's label in capitals glued to the name after it: "SOURCEWaging Nonviolence".
_GLUED_LABEL = re.compile(
    rf"({'|'.join(sorted((w.upper() for w in FIELD_LABELS), key=len, reverse=True))})"
    r"([A-Z][a-z]{2,})")
#: A word in small letters glued to a capitalised one: "logoTennessee".
_GLUED_LOWER = re.compile(r"([a-z]{3,})([A-Z][a-z]{2,})")
#: An infobox's label before its last word, alone at a line's start: "Chief executive " of
#: "Chief executive officerKerry Gregory".
_INFOBOX_LABEL_BEFORE = re.compile(r"[A-Z][a-z]+(?:[^\S\n]+[a-z]+){0,3}[^\S\n]+")


#: A word with a year run into it, as a copied page's footer gives it: "Office2024".
#: Three capitalised words or more joined by dots, no space: "Love.Hugs.Peace", a product.
_DOTTED_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:\.[A-Z][a-z]+){2,}(?![\w])")
#: A trademark's letters glued to the name's last word: "Little OnesTM".
_GLUED_MARK = re.compile(r"([A-Z][a-z]+[a-z])(?:TM|SM)")  # (not "UiTM", a university's letters)
#: A link's title with the kind of file glued on: "LandscapePDF", "ReportDOCX".
_GLUED_FILE_KIND = re.compile(r"([A-Z][a-z]*[a-z])(?:PDF|DOCX?|XLSX?|PPTX?|RTF|CSV)")
_GLUED_YEAR = re.compile(r"([A-Z]?[a-z]{3,})((?:19|20)\d\d)")
#: An infobox's label glued to a number, alone at a line's start: "Headquarters119".
_GLUED_LABEL_NUMBER = re.compile(r"[A-Z][a-z]{3,}\d+")
#: A name with a count of minutes run into it, as a listing gives the reading time:
#: "Futurity4 min read".
_GLUED_MINUTES = re.compile(r"([A-Z][a-z]{2,})(\d{1,2})")
_READING_TIME = re.compile(READING_TIME)
#: A footnote's number glued to letters: "CERN1 Director General", "FACT1".
_FOOTNOTE = re.compile(r"([A-Z]{2,}[a-z]?)[1-9]")


#: A word with a month run into it: "Federal RegisterApr 4, 2019".
_GLUED_MONTH = re.compile(r"([A-Z]?[a-z]{3,}|[A-Z]{2,6})([A-Z][a-z]{2,8})")
# ("Federal RegisterApr 4", and a body's letters: "By Brittany Nelson, IMCOMFebruary 10")


_DATELINE_HEAD = re.compile(r"(?:[A-Z][A-Z.'’-]*,? +)*")


class Token:
    """A word that can be part of a name (plain lower-case words are never kept: a run
    only joins words with nothing but spaces between them, so dropping them changes no
    run and saves most of the work)."""

    __slots__ = ("acronym", "bang", "capitalised", "cut", "end", "initial", "label", "named",
                 "number", "possessive", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.possessive = False  # "Labour’s": text is "Labour"
        self.cut = False  # "Lehrer-moderated": text is "Lehrer", and the name ends here
        self.initial = False  # first word of a sentence
        self.bang = False  # an exclamation mark right after it: "Democracy Now!" keeps "Now"
        self.named = False  # "The" opening a name a listing repeats on lines of its own,
        # a particle opening a surname written alone ("said de Blasio")
        self.label = False  # a directory's title glued to the name after it: "DIRECTOR…"
        self.capitalised = self.acronym = self.number = False

    def classify(self) -> None:
        """Set the flags from the (possibly shortened) text."""
        word = self.text
        self.number = _NUMBER.fullmatch(word) is not None
        letters = [c for c in word if c.isalpha()]
        self.acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
        if _CONTRACTION.search(word):
            self.capitalised = False  # "I’m", "It’s", "Don’t": never part of a name
        elif word[:1].isupper() or _ELISION.match(word) or \
                re.fullmatch(r"[ei][A-Z][a-z]{2,}", word) or \
                (re.fullmatch(r"[a-z]{1,4}[A-Z][a-z]{3,}(?:[A-Z][a-z]+)*", word)
                 and re.match(r"(?:on|in|at|to|of|the|and|for|by|as|is|an|or|from|with)"
                              r"[A-Z]", word) is None):
            self.capitalised = True  # (and "d’Ivoire", "l’Aquila": an elided particle;
            # "eSanjeevani", "iPhone", "eBay": a product written with a small e or i;
            # "openDemocracy", "ccMixter", "iCommons": a name a small word opens; not
            # "onOctober" or "palmCan", two words a copy glued together)
        else:
            head, _, rest = word.partition("-")
            self.capitalised = bool(rest) and rest[:1].isupper() and (
                head in _ARABIC_ARTICLES or (len(head) <= 3 and head not in PREFIXES))


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


def _written_whole(text: str, word: str, first: str) -> bool:
    """Whether a word with capitals inside is a name the story writes so again and again,
    its first part never alone ("AmeriCorps", never "Ameri"): no two words glued together
    (but "Laura HaleWikinews", twice, glues a credit's "Hale" to the site's name)."""
    places = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    return len(places) >= 2 and \
        re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text) is None and \
        any(not re.search(r"[A-Z][\w’'.-]*[^\S\n]+$", text[max(0, p - 40):p]) for p in places)
    # (written at least once after no capitalised word: "Laura HaleWikinews", always after
    # the given name, is a credit glued to the site's name)


def _glued_small_word(text: str, word: str) -> tuple[str, str] | None:
    """The capitalised word and the small word or verb in the past a copy glued after it
    ("Gibraltarand" → "Gibraltar", "and"; "Commissionhosted" → "Commission", "hosted"),
    where the story writes the capitalised word alone too and the glued word only once
    (not "Clinton" beside "Clint": "ton" is no word)."""
    if not re.fullmatch(r"[A-Z][a-z]{5,}", word) or text.count(word) != 1:
        return None
    for cut in range(len(word) - 2, 3, -1):
        left, right = word[:cut], word[cut:]
        if (right in _SMALL_WORDS or (len(right) >= 5 and right.endswith("ed"))) and \
                left not in MONTHS_AND_DAYS and \
                re.search(rf"(?<![\w’'-]){left}(?![\w’'-])", text):
            return left, right  # (not "Augustin" beside "August": a given name, no month
            # glued to "in")
    return None


def glued_directory(text: str) -> bool:
    """Whether the text is a staff directory whose titles a copy glued to the names after
    them: two lines with an initial after the glue ("Deputy DirectorRichard R. Giacolone"),
    or three whose surname ends the line ("Assistant DirectorGary Hattal")."""
    return len(_GLUED_BEFORE_INITIAL.findall(text)) >= 2 or \
        len(_GLUED_NAME_LINE.findall(text)) >= 3


def _glued_halves(start: int, end: int, left: str, right: str,
                  gap: int = 0) -> tuple[Token, Token]:
    """The two words a copy glued together (or joined by ``gap`` characters of no name, a
    slash), as tokens: the first ends a name."""
    cut = start + len(left)
    first, second = Token(start, cut, left), Token(cut + gap, end, right)
    for part in (first, second):
        part.classify()
    first.cut = True
    return first, second


#: A listing's byline: the writer, a hyphen, the writer's university, a bullet and the
#: source in lower case ("Ellen James-Mbuqe-Syracuse • futurity"); the last hyphen before the
#: university.
_BYLINE_HYPHEN = re.compile(r"(?m)^[A-Z][^\n•,]*?[^\S\n][^\n•,]*?[a-z](?P<hyphen>-)"
                            r"(?=[A-Z][^\n•,-]*[^\S\n]•[^\S\n][a-z]+[^\S\n]*$)")
# (not "…, University of Wisconsin-Madison • conversation": an academic's post and place,
# after commas; nor "Zhong-Lin Lu • knowable": a given name of two parts, a writer's whole
# name before the hyphen having a space in it)
#: An amount in rand or naira, as South African and Nigerian news write it: "R5",
#: "R1-billion", "N13bn", "N4,200".
_RAND = re.compile(r"[RN]\d{1,3}(?:bn|m)?(?:-(?:million|billion|trillion))?")
#: What follows a number that makes it an amount: its thousands, "million", "per month".
_AMOUNT_AFTER = re.compile(r"(?:[,.]\d{3}\b|[.,]\d+[^\S\n]*(?:m|bn|million|billion|trillion)\b|"
                           r"[^\S\n]*(?:m|bn|million|billion|trillion|per|a|an)\b)")


#: A word a copy glued to the next sentence's first word at a change of case: "DetectorA",
#: "FallOver".
_HEADING_GLUE = re.compile(r"([A-Z][\w’'-]*?[a-z])([A-Z][a-z]*)")


def _ends_a_heading_above(text: str, cut: int) -> bool:
    """Whether the two words or more before ``cut`` on its line end a line above (within
    five lines): a teaser that opens with its heading again, glued to what follows."""
    line_start = text.rfind("\n", 0, cut) + 1
    words = text[line_start:cut].split()
    if len(words) < 2:
        return False
    tail = " ".join(words[-2:])
    above = text[max(0, line_start - 600):line_start].splitlines()[-6:]
    return any(line.rstrip().endswith(tail) and (len(line.rstrip()) == len(tail)
                                                   or not line.rstrip()[-len(tail) - 1].isalnum())
               for line in above)


def glued_decks(text: str) -> list[tuple[int, int]]:
    """The spans of teasers' openings that repeat or rework the heading above, up to where
    the copy glued the next sentence on ("Dozens of Uber and Lyft Drivers Are Victims of
    Reported Carjackings in Minneapolis This FallOver the past …"): titles, not prose."""
    spans = []
    for m in re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]*?[a-z][A-Z][a-z]*(?![\w’'-])", text):
        glue = _HEADING_GLUE.fullmatch(m.group())
        if glue is not None:
            cut = m.start() + len(glue.group(1))
            start = text.rfind("\n", 0, cut) + 1
            if _ends_a_heading_above(text, cut) and \
                    not re.search(rf"(?m)^[^\S\n]*{re.escape(text[start:cut].strip())}[^\S\n]*$",
                                  text[:start]):
                spans.append((start, cut))  # (a heading repeated word for word is left to
                # the heading's own line, and names what it names there)
    return spans


def _glued_teasers(text: str) -> frozenset[str]:
    """The words of a copy that glued three headlines or more to their teasers, each once
    ("… begins" + "Ten routes …" → "beginsTen"): a lower-case word of four letters or more
    run into a capitalised one (not "openDemocracy", a name written so each time)."""
    glued = {m.group() for m in re.finditer(r"(?<![\w’'-])[a-z]{4,}[A-Z][a-z]{2,}\b", text)
             if text.count(m.group()) == 1}
    return frozenset(glued) if len(glued) >= 3 else frozenset()


#: A name glued to the first word of the next sentence, an ordinary opener: "RadiceLast".
_GLUED_OPENER = re.compile(r"([A-Z][a-z]{2,})(Last|This|These|The|In|On|At|Our|We|Today|"
                           r"Yesterday|Earlier|Since|After|Before|During|When|While|"
                           r"Established|Founded|Created|Born|Named|Located)")
#: A word's end in lower case run into a capitalised word of four letters or more:
#: "PaulBiden-Harris" (not "McDonald", "DeFazio": a surname's particle is shorter).
_GLUED_ITEM = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)")
#: "The" run into a body's letters by a copy that lost the space: "TheFTC".
_GLUED_ARTICLE = re.compile(r"The([A-Z]{2,6})(?:[’']s)?")


#: A footnote's number glued to the word it notes, before a space, a mark or a line's end:
#: "fencing1", "South Australia2", "case.8".
_GLUED_NOTE = re.compile(r"(?<=[a-z])[.,]?(\d{1,2})(?=[\s,.;:)]|$)")


#: A paragraph's number, or a chapter's, opening its line right before a word.
_NUMBERED_OPENING = re.compile(r"(?:^|\n)[^\S\n]*(?:\d+(?:\.\d+)+[^\S\n]*|(?:Chapter|Part|"
                               r"Section)[^\S\n]+[\dIVXLC]+[^\S\n]*(?:[-–—:.][^\S\n]*)?"
                               r"|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)[^\S\n]+)$")
# (and a numbered point's bracketed number: "(1)  Individual pages and sections are …")


def footnote_marks(text: str) -> dict[int, str]:
    """The footnotes' numbers glued to words, by where they end, when the story numbers
    them in order from 1 (at least three: "fencing1", "Australia2", "Pilbara3"); a number
    glued to a name alone is the name's ("Canadarm2")."""
    found = [(m.end(1), m.group(1)) for m in _GLUED_NOTE.finditer(text)]
    numbers = [int(n) for _, n in found]
    if len(numbers) < 3 or numbers[0] != 1 or any(b <= a for a, b in pairwise(numbers)):
        return {}  # (notes count up from 1, each once: not "Example0 … Example59", names)
    return {end: number for end, number in found
            if text[end - len(number) - 1].isalpha()}  # (the ones glued straight to a word)


#: A body's or a meeting's name after two countries joined by a hyphen: "U.S.-Japan Bridging
#: Foundation", "Japan-U.S. Friendship Commission", "U.S.-China Economic and Security Review
#: Commission", "the U.S.-Africa Leaders’ Summit"; or a treaty or a joint act of the pair:
#: "the Japan-U.S. Security Treaty", "Japan-Australia Joint Foreign Defense ministerial
#: Consultations".
_PAIRED_BODY_AFTER = re.compile(
    r"[^\S\n]+(?:(?:[A-Z][\w’'-]*[^\S\n]+(?:(?:and|&|on|for|of)[^\S\n]+)?){0,5}?"
    r"(?:Commission|Foundation|Council|Conference|Committee|Institute|Center|Centre|Society|"
    r"Association|Chamber|Forum|Alliance|Partnership|Board|Fund|Dialogue|Summit|Treaty|"
    r"Agreement|Accord|Pact|Declaration)s?\b|Joint\b)")
#: More pairs in a list after a pair, before the bodies they name: "EU-Kazakhstan,
#: EU-Kyrgyzstan and EU-Uzbekistan Parliamentary Cooperation Committees".
_MORE_PAIRS = re.compile(r"(?:,?[^\S\n]+(?:(?:and|&)[^\S\n]+)?[A-Z][\w.]*-[A-Z][\w.]*)*")


#: Blocs a hyphenated pair may name beside a country: "the Japan-EU Foreign Ministers’ …".
_BLOCS = frozenset(("EU", "UN", "ASEAN", "AU", "NATO", "UK"))


def glued_captions(text: str, words: list[Token], know: Knowledge) -> list[Token]:
    """The words, with a surname glued to the word before it split off ("… to serve as
    Judge on the Liberty County CourtBufano has served as …": a photo's caption, the
    appointee's surname, that a copy which lost the picture ran into the court's name),
    when the story writes the surname after a given name too ("Chris Bufano"); not a name
    written with a capital inside ("AmeriCorps", "CalMatters", "McDonald")."""
    out: list[Token] = []
    for word in words:
        caption = _GLUED_WORDS.fullmatch(word.text)  # ("CourtBufano")
        if caption is None or SURNAME_PREFIX.match(word.text) or \
                caption.group(1) in know.given_names or \
                not caption_surname(text, caption.group(2), know) or \
                len(re.findall(rf"\b{re.escape(word.text)}\b", text)) > 1:
            out.append(word)
            continue
        halves = _glued_halves(word.start, word.end, caption.group(1), caption.group(2))
        halves[0].initial = word.initial
        out.extend(halves)
    return out


def country_pairs(text: str, words: list[Token], know: Knowledge) -> list[Token]:
    """The words, with each pair of countries joined by a hyphen split into its countries
    ("the Japan-Russia Foreign Ministers’ Telephone Talk", "India-Pakistan tensions", "the
    ROK-France Foreign Ministers’ strategic dialogue", a country by its letters): each
    its own name, not one place between them (but "Guinea-Bissau" is one country, and "the
    Japan-Russia Friendship Commission", "Ireland-Japan 2025" name what the pair holds)."""
    out: list[Token] = []
    for word in words:
        parts = word.text.split("-")
        if len(parts) < 2 or know.places.get(word.text) is not None or \
                not all(know.places.get(p) == "country" or p in _BLOCS or p in know.country_codes
                        for p in parts) or \
                not any(know.places.get(p) == "country" for p in parts) or \
                _PAIRED_BODY_AFTER.match(text, _MORE_PAIRS.match(text, word.end).end()) or \
                re.match(r"[^\S\n]+\d", text[word.end:word.end + 3]):
            out.append(word)
            continue
        at, pieces = word.start, []
        for part in parts:
            piece = Token(at, at + len(part), part)
            piece.classify()
            piece.cut = True
            pieces.append(piece)
            at += len(part) + 1
        pieces[0].initial = word.initial
        pieces[-1].end, pieces[-1].possessive = word.end, word.possessive
        out.extend(pieces)
    return out


def tokens(text: str) -> list[Token]:
    """The words of ``text`` that can be part of a name, with the flags runs need."""
    out: list[Token] = []
    keep = _KEPT_SMALL
    paths = sorted([(m.start("host") if m.group("host") else m.start("path"), m.end("path"))
                    for m in _URL_PATH.finditer(text)]
                   + [m.span() for m in _FR_FILING.finditer(text)]
                   + [m.span() for m in _RULE_CITATION.finditer(text)]
                   + [m.span() for m in _NO_NAME_SPAN.finditer(text)]  # (no names)
                   + [m.span() for m in _JOINT_AGENCIES.finditer(text)])
    path = 0
    dotted_names = {m.start(): m.end() for m in _DOTTED_NAME.finditer(text)}
    labelled = [(m.start(), m.end(), line_end(text, m.end()))
                for m in LISTING_LABEL.finditer(text)]
    directory = glued_directory(text)
    teasers = _glued_teasers(text)
    byline_hyphens = {m.start("hyphen") for m in _BYLINE_HYPHEN.finditer(text)}
    notes = footnote_marks(text)
    credit_slashes = {m.start("slash") for m in _CREDITED_LETTERS.finditer(text)}
    bylines_glued = {m.start("glue") for m in _BYLINE_GLUED_TO_OUTLET.finditer(text)}
    broken_lines = len(_BROKEN_AT_LINE_END_ANYWHERE.findall(text)) >= 2
    inside = 0
    for match in _TOKEN.finditer(text):
        word = match.group()
        if match.end() in notes and len(word) > 3 and word[:-len(notes[match.end()])].isalpha():
            word = word[:-len(notes[match.end()])]  # "South Australia2": a footnote's number
            # glued to the name it notes
        if word[0].islower() and word not in keep and not _HAS_CAPITAL.search(word):
            continue
        if word == "WEBVTT":
            continue  # a caption file's signature, no name
        if _FILE_SIZE.fullmatch(word) and text[match.start() - 1:match.start()] == "(" and \
                text.startswith(")", match.end()):
            continue  # "Khmer audio aired May 23 (738KB)": a file's size in brackets, no
            # name (but "2GB", a Sydney radio station)
        if _WIKI_USER.match(text, match.start()):
            continue  # "User:Kate", "User:Zanimum": a wiki's namespace before a user's name
        if word.isupper() and re.search(r"\d\($", text[max(0, match.start() - 2):match.start()]) \
                and text.startswith(")", match.start() + len(word)):
            continue  # "2006/2118(INI)", "2018/0162(COD)": a procedure's kind glued to its
            # number, no name
        if (prefixed := _PREFIXED_NAME.fullmatch(word)) is not None and \
                prefixed.group(2).startswith("LGBT"):
            prefixed = None  # ("anti-LGBTQ laws": a community's letters, an adjective)
        if prefixed is None:
            prefixed = _ERA_NAME.fullmatch(word)
        if prefixed is not None:
            word = prefixed.group(prefixed.lastindex)  # "a major non-NATO ally", "pro-EU
            # rallies": a body's letters after a prefix; "post-Brexit": an event's name
        first = match.start() + (prefixed.start(prefixed.lastindex) if prefixed is not None
                                 else 0)
        if (glued := _GLUED_FIGURE.fullmatch(word)) is not None and \
                _FIGURE_ENDS_LINE.match(text, first + len(word)):
            word = glued.group(1)  # "Turkey71,4", "FYROM65,3": a table's row, its country
            # glued to its figure by a copy that lost the cell between them
        start, end = first, first + len(word)
        if start < inside:
            continue
        glue = next((k for k in bylines_glued if start < k < end), None)
        if glue is not None:
            out.extend(_glued_halves(start, end, word[:glue - start], word[glue - start:]))
            continue  # "Heng ReaksmeyVOA Khmer": a byline's surname glued to the service's
            # letters that open the line's last name
        slash = word.find("/")
        if slash > 0 and start + slash in credit_slashes:
            out.extend(_glued_halves(start, end, word[:slash], word[slash + 1:], gap=1))
            continue  # "Credit: Eliza Wiley/MTFP": a photographer, then the outlet's
            # letters (not "Verts/ALE" in a sentence, a group's two names)
        if labelled and (label := next((sp for sp in labelled if sp[0] <= start < sp[2]),
                                       None)) is not None:
            if start < label[1]:
                continue  # "04/06/2025 Press release Ministry …": a listing item's date and
                # kind, no name
            glued = _GLUED_LABEL_END.fullmatch(word)
            if glued:  # "… Ministry of Foreign AffairsAt the meeting …": the ministry's
                # last word glued to the teaser's first, which opens a sentence
                halves = _glued_halves(start, end, glued.group(1), glued.group(2))
                halves[1].initial = True
                out.extend(halves if glued.group(2) not in FUNCTION_WORDS | {"The", "A", "An",
                                                                             "At", "In", "On"}
                           else halves[:1])  # (a sentence's first small word: no name)
                continue
        if start and text[start - 1] == "#" and re.search(r"[a-z][A-Z][a-z]", word) and \
                re.match(r"[^\S\n]+[A-Z]", text[end:end + 3]):
            continue  # "#NigeriaDecides Their Country's …": a campaign's hashtag of several
            # words run together, opening a headline, joins no name after it (but
            # "#SourceNM" alone is the outlet's)
        if word.endswith("-U") and text.startswith(".S.", end):
            if len(word) < 5 or not word[0].isupper():
                continue
            if _PAIRED_BODY_AFTER.match(text, end + 3):
                word, end = text[start:end + 3], end + 3  # "the Japan-U.S. Friendship
                # Commission": two countries' pair opening a body's name
            else:
                word, end = word[:-2], end - 2  # "a dual Afghan-U.S. citizen", "the North
                # Korea-U.S. summit": a country or its people, before the other's letters
        elif re.fullmatch(r"(?:[A-Z]\.){2,}-[A-Z][a-z]+", word) and \
                not _PAIRED_BODY_AFTER.match(text, end):
            word = word[:word.index("-")]  # "U.S.-Mexico border": the country's letters,
            end = start + len(word)  # the pair an adjective (but "the U.S.-Japan Bridging
            # Foundation" opens a body's name)
        if start in dotted_names:  # "Love.Hugs.Peace lapel pins": one name, dots inside
            inside = end = dotted_names[start]
            word = text[start:end]
        while path < len(paths) and paths[path][1] <= start:
            path += 1
        if path < len(paths) and paths[path][0] <= start:
            continue  # ".../Recalls/2021/GSK-Consumer-Health-Recalls-…": a web address's
            # path, no name (its host may be one: "http://SaferProducts.gov")
        if word.isupper() and re.search(r"\d/\Z", text[max(0, start - 2):start]):
            continue  # "Directive 2004/49/EC": the union's letters, part of the number
        if word.rstrip(".") in ("Ret", "RET") and start >= 2 and \
                _RETIRED.match(text, start - 2):
            continue  # "Gen. (Ret.) Michael X. Garrett": retired, no name
        if word in ("Re", "RE") and text.startswith(":", end):
            continue  # "… JESSICA ROSENWORCEL Re: Safeguarding …": a memo's "regarding"
        if (2 <= len(word) <= 3 and word.isupper() and text.startswith(" Docket", end)) or (
                word == "Docket" and re.match(r" (?:No\.|\d)", text[end:end + 4])):
            continue  # "WC Docket No. 23-320": a docket's letters, part of its number
        if text.startswith(("$", "€", "£"), end):
            continue  # "CA$46.36", "A$20": a currency, not a name
        if _RAND.fullmatch(word) and (word.endswith(("illion", "bn", "m"))
                                      or _AMOUNT_AFTER.match(text, end)):
            continue  # "R5,000 per month", "R4 million", "R1-billion": rand, South Africa's
            # money; "N13bn", "N523 million": naira, Nigeria's
        if _FILE_END.match(text, end) or _FILE_END.search(word):
            continue  # "Left.png", "Right.png": a picture's file name, as a copy keeps it (and
            # a document's: "BILLS-113s1947is.pdf")
        minutes = _GLUED_MINUTES.fullmatch(word)
        if minutes and _READING_TIME.match(text, end):
            word = minutes.group(1)  # "Futurity4 min read": a listing ran the source into
            end = start + len(word)  # the story's reading time
        if word.startswith("read") and word[4:5].isupper() and \
                text.endswith("min ", 0, start):
            start += 4  # "… 2 min readTech": the reading time run into the section's name
            word = word[4:]
        if _GLUED_LABEL_NUMBER.fullmatch(word) and not _GLUED_YEAR.fullmatch(word) and (
                start == 0 or text[start - 1] == "\n"):
            continue  # "Headquarters119 D Street, NE", "Employees2,249": an infobox's label
            # glued to the number its value opens with, no name
        year = _GLUED_YEAR.fullmatch(word)
        if year:  # "Presidential Executive Office2024": a page's footer ran the year in
            word = year.group(1)
            end = start + len(word)
        month = _GLUED_MONTH.fullmatch(word)
        if month and month.group(2).rstrip(".") in MONTHS_AND_DAYS and \
                re.match(r"\.? \d", text[end:end + 3]):
            word = month.group(1)  # "Federal RegisterApr 4, 2019": a page ran the date in
            end = start + len(word)
        glued = _GLUED_DATELINE.fullmatch(word)
        if glued and glued.group(2) in FUNCTION_WORDS and (start == 0 or text[start - 1] == "\n"):
            cut = start + len(glued.group(1))
            for part in (Token(start, cut, glued.group(1)), Token(cut, end, glued.group(2))):
                part.classify()
                part.initial = True
                out.append(part)
            continue
        caption = _CAPTION_THEN_DATELINE.fullmatch(word)
        if caption and re.match(r"(?:,[^\S\n]+[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?)?"
                                r"(?:[^\S\n]+\([^()\n]{0,20}\d[^()\n]{0,20}\))?[^\S\n]+[—–-]"
                                r"(?:[^\S\n]|(?=[A-Z]))",
                                text[end:end + 60]):
            # "… development outside BalikpapanJAKARTA — The largest …": a photo's caption
            # glued to the dateline in capitals that opens the story (its state after a
            # comma: "Lynne SebastianWASHINGTON, D.C. – Secretary …"; or a link's words,
            # the date in brackets after: "Visit MBDA Business CentersWASHINGTON, D.C. (April
            # 6, 2011) —The …"; not "OpenMENA (Middle East and North Africa) – the new
            # group": a name that spells its letters out in brackets, no date)
            out.extend(_glued_halves(start, end, caption.group(1), caption.group(2)))
            out[-1].initial = True
            continue
        if word == "News" and start and text[start - 1].isalnum() and \
                re.match(r"[^\S\n]+(?:feature|release|story|brief)\b", text[end:end + 9]):
            continue  # "Keeping WAPA safe in 2021News feature": the item's kind, glued
        if len(word) > 4 and word.endswith("News") and word[-5] != " " and \
                re.match(r"[^\S\n]+(?:feature|release|story|brief)\b", text[end:end + 9]):
            word, end = word[:-4], end - 4  # "… the backbones of WAPANews feature": a
            # listing's headline glued to the kind of item it is
            if not word[0].isupper() and not word[0].isdigit():
                continue
        more = _GLUED_MORE.fullmatch(word) is not None and (
            start == 0 or text[start - 1] == "\n") and \
            len(re.findall(r"(?m)^MORE[A-Z]", text)) >= 2
        if more:
            start, word = start + 4, word[4:]  # "MOREDrug 'safe house' bookie jailed": a
            # listing's "MORE" link glued to the next headline's first word, which opens it
        if (law := _GLUED_LAW_YEAR.fullmatch(word)) is not None:
            word, end = law.group(1), start + len(law.group(1))  # "the Human Rights Act2004":
            # a law's year glued to its head
        if word in _UNITS and start and (text[start - 1].isdigit() or (
                start > 1 and text[start - 1] in " \u00a0" and text[start - 2].isdigit())):
            continue  # "24.5Kg of herbal cannabis", "(183.0 MB)": a unit after its number
        if _LABEL_THEN_ADDRESS.match(word) and _INFOBOX_LABEL_OPENING.fullmatch(
                text, text.rfind("\n", 0, start) + 1, start):
            continue  # "Websitewww.csiro.au": an infobox's label run into a web address
        label = _GLUED_INFOBOX_LABEL.fullmatch(word)
        if label and _INFOBOX_LABEL_OPENING.fullmatch(
                text, text.rfind("\n", 0, start) + 1, start) and (
                label.group(1)[0].isupper() or text[text.rfind("\n", 0, start) + 1:start].strip()):
            # "HeadquartersWashington, D.C., U.S.": an infobox's label run into its value,
            # the label alone on its line before the copy lost the cell between them (or
            # the second word of a label of two: "Parent departmentDepartment for …")
            out.append(_glued_halves(start, end, label.group(1), label.group(2))[-1])
            out[-1].initial = True  # (the label itself names nothing)
            continue
        link = _GLUED_LINK.fullmatch(word)
        if link and re.search(r"\b(?:View|Read|Full)[^\S\n]$", text[max(0, start - 6):start]):
            # "… View ArticleEx-Anne Arundel register …": a feed's link label glued to the
            # next item's headline, which opens there
            out.extend(_glued_halves(start, end, link.group(1), link.group(2)))
            out[-1].initial = True
            if out[-1].text.startswith("Ex-") and out[-1].text[3:4].isupper():
                out[-1] = Token(out[-1].start + 3, end, out[-1].text[3:])
                out[-1].classify()
                out[-1].initial = True  # ("ArticleEx-Anne Arundel …": and its "former")
            continue
        opener = _GLUED_OPENER.fullmatch(word)
        if opener and (re.match(r"[^\S\n]+(?!(?:and|or|nor)\b)[a-z]", text[end:end + 6]) or (
                opener.group(2) == "The" and re.match(r"[^\S\n]+[A-Z][a-z]+[^\S\n]+of\b",
                                                      text[end:end + 30]))):
            # "Image of Dr. Anne-Imelda RadiceLast week, we were …": a portrait's alt text
            # glued to the sentence after it, which opens with an ordinary word, or with
            # "The" and a post: "Arthur KellermannThe Dean of the …", "Louis
            # PangaroEstablished in 1972, …" (but
            # "XING, LinkedIn and a Facebook group": a name in a list, its "In" its own)
            out.extend(_glued_halves(start, end, opener.group(1), opener.group(2)))
            out[-1].initial = True
            continue
        listed = _GLUED_ITEM.fullmatch(word)
        if listed and re.search(rf"(?:^|\n)[^\S\n]*{re.escape(listed.group(2))}[^\S\n]", text):
            # "… to reach downtown St. PaulBiden-Harris Administration Announces …": a
            # teaser's last word glued to the next item's headline, whose opening word opens
            # other lines of the listing
            out.extend(_glued_halves(start, end, listed.group(1), listed.group(2)))
            out[-1].initial = True
            continue
        article = _GLUED_ARTICLE.fullmatch(word)
        if article and re.search(rf"\b{article.group(1)}\b", text):
            start += 3  # "TheFTC’s complaint …": a copy lost the space after "The", before
            word = word[3:]  # letters the story also writes alone
        heading = _HEADING_GLUE.fullmatch(word)
        if heading and _ends_a_heading_above(text, start + len(heading.group(1))):
            # "Introducing Amazon Brand DetectorA browser extension …", "… in Minneapolis
            # This FallOver the past …": a teaser repeating the heading above it, glued to
            # the next sentence
            out.extend(_glued_halves(start, end, heading.group(1), heading.group(2)))
            out[-1].initial = True
            continue
        if (glued := _GLUED_HONORIFIC.fullmatch(word)) is not None and \
                glued.group(2) != "The" and re.match(r"\.[^\S\n]+[A-Z]", text[end:end + 3]):
            out.extend(_glued_halves(start, end + 1, glued.group(1), glued.group(2) + "."))
            continue  # "Dr. Richard WeechDr. Richard Veech, Chief of …": an image's text, a
            # name, glued to the honorific, with its full stop, of the name written after it
        if (glued := _GLUED_HONORIFIC.fullmatch(word)) is not None and \
                text[end:end + 1] in (" ", "\t") and \
                (glued.group(2) != "The" or (
                    glued.group(1) in ORGANISATION_HEADS
                    and re.match(r"[^\S\n]+[A-Z]\w*[^\S\n]+[a-z]", text[end:end + 40]))):
            halves = _glued_halves(start, end, glued.group(1), glued.group(2))
            halves[1].initial = True  # "… Main results of the CouncilThe Council reached …",
            out.extend(halves[:1] if glued.group(2) == "The" else halves)  # "PresidentMr
            continue  # Miguel Ángel MORATINOS": a layout's lost space before a sentence's
            # "The" or an honorific
        if (glued := _GLUED_RANK.fullmatch(word)) is not None and \
                glued.group(1) in ORGANISATION_HEADS and \
                re.match(r"[^\S\n]+[A-Z][a-z]+[^\S\n]+[A-Z]", text[end:end + 40]):
            out.extend(_glued_halves(start, end, glued.group(1), glued.group(2)))
            continue  # "Chief of Defence ForceAir Marshal Kevin Short": an infobox's label
            # run into the rank that opens its value
        if (glued := _GLUED_LOGO.fullmatch(word)) is not None:
            out.extend(_glued_halves(start, end, "Logo", glued.group(1)))
            continue  # "AFI LogoAssets for Independence (AFI)": a logo's alt text glued to
            # the programme's name after it
        if (glued := _GLUED_BY.fullmatch(word)) is not None and \
                _BYLINE_NAME_AFTER.match(text, end):
            out.extend(_glued_halves(start, end, glued.group(1), "By")[:1])
            continue  # "Personal HealthBy Don Campbell, University of Toronto": a blog's
            # section glued to the byline's "By" (the name after it a token of its own)
        tooltip = _GLUED_WORDS.fullmatch(word)
        if tooltip and any(t.text == tooltip.group(1) for t in out[-3:]):
            # "Mikhail Mishustin Mishustin MikhailPrime Minister …": a copy glued a name's
            # tooltip to the next word; the name ends at the glue
            out.extend(_glued_halves(start, end, tooltip.group(1), tooltip.group(2)))
            continue
        photo = _GLUED_WORDS.fullmatch(re.sub(r"[’']s?$", "", word))
        if photo and photo.group(2) in _GLUED_POSTS and text.count(word) == 1 and \
                re.search(rf"(?<![\w’'-]){photo.group(1)}(?![\w’'-])", text):
            # "… commended the Teresa Leger de FernandezSecretary’s record": a photo's name
            # glued to the post that goes on the sentence (the surname written alone too)
            halves = _glued_halves(start, end, photo.group(1), word[len(photo.group(1)):])
            out.extend(halves)
            continue
        titled = _GLUED_TITLE.fullmatch(word)
        if titled and text.count(word) == 1 and (
                (len(titled.group(2)) > 1 and _INITIAL_AFTER.match(text, end))
                or (directory and len(titled.group(2)) > 1
                    and _SURNAME_ENDS_LINE.match(text, end))
                or (directory and len(titled.group(2)) == 1
                    and re.match(r"\.[^\S\n]+[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+[^\S\n]*(?:\n|$)",
                                 text[end:]))):
            # "DIRECTORDonald M. Benton", "Deputy DirectorJohn P. Prigmore", "Region
            # I—North Chicago, ILThomas J. Kenney": a directory's title or place glued to the
            # given name after it, an initial following (or, in a directory of such lines,
            # the surname ending the line: "Information SecurityAnthony Clark")
            if len(titled.group(2)) == 1:  # ("OperationsD. Scott Blake": the initial with
                halves = _glued_halves(start, end + 1, titled.group(1),  # its full stop)
                                       titled.group(2) + ".")
            else:
                halves = _glued_halves(start, end, titled.group(1), titled.group(2))
            halves[0].label = True
            out.extend(halves)
            continue
        hyphen = next((k for k in byline_hyphens if start < k < end), None)
        if hyphen is not None:  # "Morgan Sherburne-Michigan • futurity": the writer, then
            # the university, on a listing's byline
            right = word[hyphen + 1 - start:]
            if len(right) == 1 and text.startswith(".", end):
                right, end = right + ".", end + 1  # ("Jim Erickson-U. Michigan")
            first, second = Token(start, hyphen, word[:hyphen - start]), \
                Token(hyphen + 1, end, right)
            for part in (first, second):
                part.classify()
            first.cut = True
            out.extend((first, second))
            continue
        pronoun = _GLUED_PRONOUN.fullmatch(word)
        if pronoun and _PRONOUN_VERB_AFTER.match(text, end):
            out.append(_glued_halves(start, end, pronoun.group(1), "I")[0])
            continue  # "… Chief Executive OfficerI am pleased …": a caption glued to the
            # text's first word, "I"
        small = _glued_small_word(text, word)
        if small is not None:
            # "… the Naval Monument at Gibraltarand Cambridge American Cemeteryto
            # commemorate …", "The … Commissionhosted …": a copy lost the space after a
            # link, gluing the small word after it to a name the story also writes alone
            halves = _glued_halves(start, end, *small)
            out.extend(halves if small[1] in keep else halves[:1])
            continue
        ordinal = _GLUED_ORDINAL.fullmatch(word)
        if ordinal:
            start += len(ordinal.group(1))  # "a doctor with the 6thRanger Battalion": the
            word = ordinal.group(2)  # ordinal, glued on where a copy lost a space
        label = _GLUED_LABEL.fullmatch(word)
        if label:
            start += len(label.group(1))  # "SOURCEWaging Nonviolence": the label, glued on
            word = label.group(2)  # where a copy lost the space after it
        lower = _GLUED_LOWER.fullmatch(word)
        if lower and word in teasers:
            # "… despite interdictRoads around the city …", "… threatens 140
            # livelihoodsPikitup has …": a feed's copy ran each headline into its teaser
            out.extend(_glued_halves(start, end, lower.group(1), lower.group(2)))
            out[-1].initial = True
            continue
        if lower and text.count(word) == 1 and (
                re.search(rf"(?<![\w’'-]){lower.group(2)}\b", text)
                or _INFOBOX_LABEL_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1,
                                                   start)):
            start += len(lower.group(1))  # "tva logoTennessee Valley Authority": an image's
            word = lower.group(2)  # alt text glued to the name the story also writes alone
            # (but "openDemocracy", written so each time, is a name); "Chief executive
            # officerKerry Gregory": an infobox's label run into its value on a line of
            # their own
        heads = _GLUED_AGAIN.fullmatch(word)
        if heads and heads.group(1) in _BODY_HEADS and (
                heads.group(2) in _BODY_HEADS or text.startswith(" of ", end)):
            # "Government Communications DepartmentMinistry of Finance": a body's head, the
            # next body glued on where a line break was lost
            out.extend(_glued_halves(start, end, heads.group(1), heads.group(2)))
            continue
        acronym = _GLUED_ACRONYM.fullmatch(word)
        if acronym and text.count(word) == 1 and text[start - 1:start] not in ("#", "@") and \
                f"{acronym.group(1)} {acronym.group(2)}" not in text and \
                not _IN_SENTENCE_AFTER.match(text, end) and \
                re.search(rf"(?<![\w’'-]){acronym.group(1)}(?:[’']s)?(?![\w’'-])", text):
            # "Member of the Executive Board of the ECBFrankfurt am Main": a body's letters,
            # which the story also writes alone, glued to the next line's place (not a
            # hashtag, "#NCNewsline", nor a name the story also spells with its space, nor
            # a site's name a sentence goes on after: "Silvia O is using CCMixter or …")
            out.extend(_glued_halves(start, end, acronym.group(1), acronym.group(2)))
            continue
        again = _GLUED_AGAIN.fullmatch(word)
        if again and not _written_whole(text, word, again.group(1)) and \
                not (text[start - 1:start] == "(" and text.startswith(")", end)) and (
                any(t.text == again.group(2) for t in out[-4:]) or (
                len(again.group(1)) >= 4 and len(again.group(2)) >= 4
                and re.search(rf"\b{again.group(1)}\b", text)
                and re.search(rf"\b{again.group(2)}\b", text))):
            # (not a short form alone in parentheses: "Fluvial Egg Drift Simulator (FluEgg)")
            # (or two words the story also writes apart: "in AgricultureStatement from …",
            # a listing's category run into a title; not "YouTube" or "ProPublica", nor
            # "AmeriCorps" after "FEMA Corps")
            out.extend(_glued_halves(start, end, again.group(1), again.group(2)))
            continue  # (the first copy of the name ends at the glue)
        broken = _BROKEN_AT_LINE_END.match(text, end) if broken_lines else None
        if broken is not None and word.isalpha() and (
                (word[-1].islower() and broken.group(1).islower())
                or (len(word) > 1 and word.isupper() and broken.group(1).isupper())):
            word, end = word + broken.group(1), broken.end()  # "Sri Sri Ravi Shan- kar",
            inside = end  # "FUNDA- MENTAL": a word a PDF's copy broke at its line's end
        spaced = _SPACED_COMPOUND.match(text, end) if "-" in word[1:] and word[:1].isupper() \
            else None
        if spaced is not None:
            word, end = f"{word}-{spaced.group(1)}", spaced.end()
            inside = end  # "the House Subcommittee on Labor-HHS- Education
            # Appropriations": a compound of names whose last hyphen a copy left a space
            # after, one word
        token = Token(start, end, word)
        owns = word[-2:] in ("’s", "'s") and len(word) > 2
        if owns and (not text.startswith(")", end) or word[:-2].isupper()) and \
                not (word[:1].isupper() and _NOTHING_OWNED.match(text, end)):
            token.text, token.possessive = word[:-2], True
        elif ("-" in word or "‐" in word) and not _LINKED_PLACE.fullmatch(word) and not (
                _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
                and word[:1].isupper() and re.split(r"[-‐]", word)[0] not in ORGANISATION_HEADS
                and re.split(r"[-‐]", word)[0] not in PLACE_HEADS
                and (goes_on := _CAPITALS_AFTER.match(text, end)) is not None
                and any(w in ORGANISATION_HEADS for w in goes_on.group().split())) and not (
                word[:1].isupper() and len(re.split(r"[-‐]", word)) == 2
                and re.split(r"[-‐]", word)[1] not in RELATION_SUFFIXES
                and (goes_on := _CAPITALS_AFTER.match(text, end)) is not None
                and goes_on.group().split()[-1] in STUDY_HEADS) and \
                not lettered_with(word, text, end):
            # (not "the Defence Ground-based Air Defence Command": an attributive word
            # between a name's capitalised words, the name going on to its head, is the
            # name's own; but "Silicon Valley-based Tesla, Inc." names where the firm is;
            # nor "the Ground-based Midcourse Defense (GMD)", whose letters count it)
            parts = re.split(r"[-‐]", word)
            kept = 1
            while kept < len(parts) and \
                    parts[kept] not in ("the", "a", "an", "or", "and") and \
                    not (parts[kept] == "to" and kept == len(parts) - 1) and \
                    not (parts[kept] == "The" and parts[0] not in ("Over", "Under", "By")) and (
                    parts[kept][:1].isupper() or not _ATTRIBUTIVE.fullmatch(parts[kept])):
                kept += 1  # (a hyphen before "the" is a dash: "Charters of Freedom-the
                # Declaration of Independence …", "LUMBERTON, North Carolina-The initial
                # call …", "… New York’s 106th Rescue Wing-to head out"; but "Over-The-Rhine",
                # "Government-to-Government consultation")
            if kept < len(parts) and any(p[:1].isupper() for p in parts[:kept]):
                # (and "an al-Qaeda-linked group": a name with a lower-case article)
                token.text = "-".join(parts[:kept])
                token.cut = True
        elif (mark := _GLUED_MARK.fullmatch(word)) is not None:
            token.text, token.end = mark.group(1), start + len(mark.group(1))
            token.cut = True  # "Little OnesTM Infant": a trademark's letters, glued on,
            # end the name
        elif (kind := _GLUED_FILE_KIND.fullmatch(word)) is not None:
            token.text, token.end = kind.group(1), start + len(kind.group(1))
            token.cut = True  # "May Genomics LandscapePDF file": a link's title, the kind
            # of file glued on, ends there
        note = _FOOTNOTE.fullmatch(token.text)
        if note is not None and re.search(rf"(?<![\w@-]){note.group(1)}(?![\w-])", text):
            token.text = note.group(1)  # "CERN1 Director General": the lab's name, its
            # footnote's number glued on (the story writes "CERN" alone too; not "G7",
            # "MH17", "EF1" beside "EF-0"); a possessive's end stays after its "’s"
            if not token.possessive:
                token.end -= 1
        dotted = (len(word) == 1 and word.isupper() and not (
            out and out[-1].text in _LETTER_LABELS and text[out[-1].end:start] == " ")
            and not (word == "X" and _ON_NETWORK.search(text, max(0, start - 4), start))) \
            or word in ABBREVIATIONS or word in _CAPITAL_ABBREVIATIONS or (
                re.fullmatch(r"[A-Z][\w’']*-(?:St|Ste|Mt|Ft)", word) is not None
                and re.match(r"\.[^\S\n]+[A-Z]", text[end:end + 3]) is not None)
        # ("… leave Group D. The match …": a label, a stop; "… the union on X. “We …”": the
        # network, a stop; "ST. PAUL, Minn.": a dateline;
        # "the Great Lakes-St. Lawrence Seaway": a saint's abbreviation after a hyphen)
        if dotted and end < len(text) and text[end] == "." and not token.possessive \
                and not token.cut:
            token.text += "."
            token.end += 1
        token.classify()
        token.bang = text.startswith("!", token.end)
        if owns and not token.possessive and word[:1].isupper() and \
                not _PRONOUN_IS.match(word):
            token.capitalised = True  # "(AFP via Barron's)": a name ending in "'s", with
            # nothing after it to own
        if token.capitalised or token.acronym:
            token.initial = _starts_sentence(text, start) and not (
                out and out[-1].end == start - 1 and len(out[-1].text) == 2
                and out[-1].text.endswith(".") and len(out) >= 2 and out[-2].label)
            # (not the given name after an initial glued to a directory's title: "Field
            # OperationsD. Scott Blake")
        if more:
            token.initial = True
        if WIKI_USER_BEFORE.search(text[max(0, start - 12):start]):
            token.initial = False  # (a user's name after its namespace opens no sentence)
        out.append(token)
    for line in repeated_the_lines(text):
        for token in out:
            if token.text == "The" and text.startswith(line, token.start) and (
                    token.start == 0 or text[token.start - 1] == "\n"):
                token.named = True
    for k, token in enumerate(out[:-1]):
        if token.text == "An" and not token.initial and out[k + 1].capitalised and \
                _IRISH_AN.search(text, max(0, token.start - 40), token.start):
            token.named = True  # "arrested by An Garda Síochána": inside a sentence, after
            # a word in lower case, an article in capitals is Irish's, part of the name
    return out


def repeated_the_lines(text: str) -> set[str]:
    """Lines of "The" and one or two capitalised words, or of a name with "of" inside, that
    a listing repeats, each alone on its line: an outlet's credit over each author or item
    ("The Conversation", "Voice of America")."""
    lines = re.findall(r"(?m)^The[^\S\n]+[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?[^\S\n]*$", text)
    lines += re.findall(r"(?m)^[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?[^\S\n]+of[^\S\n]+"
                        r"(?:the[^\S\n]+)?[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?[^\S\n]*$", text)
    return {line.rstrip() for line in lines if lines.count(line) >= 3}


#: A dateline ending right before a word: a place in capitals (a region or country after
#: a comma), then a dash, at the start of a line.
_DATELINE = re.compile(r"(?:^|\n)[^\S\n]*(?:\d{1,2}/\d{1,2}/\d{2,4}[^\S\n]+-[^\S\n]+)?"
                       r"(?:[A-Z][A-Z .'’-]+(?:, [A-Za-z .'’-]+)?|"
                       r"\(?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,? [A-Z][A-Za-z.'’-]*)?"
                       r"\)?)\s*(?:--|—|–|(?<= )-)$")
# (after a date, as the Air Force's old pages gave it: "6/5/2014 - MOUNTAIN HOME AIR FORCE
# BASE, Idaho -- Bags packed, …"; and a label in capitals before a spaced hyphen: "   EP -
# Results of vote in Parliament";
# and a place in title case, in brackets or not: "(Washington D.C.) -- Renewing …")


#: A sentence in brackets of its own: words, then a stop before the bracket closes.
_BRACKETED_SENTENCE = re.compile(r"[^()\n.!?]*?(?:\s[^()\s]+){4}[^()\n]*?[.!?]\)")


#: An emoji or pictograph, with the invisible marks that shape it (variation selectors,
#: joiners, skin tones).
_PICTOGRAPH = re.compile(r"[\u2190-\u2bff\U0001f000-\U0001faff\ufe0e\ufe0f\u200d]")


#: A date written out, right after the Title Case headline a listing runs into it on one
#: line, before its teaser: "… in Others April 20, 2023 Today, we issued …".
DATE_AFTER_HEADLINE = re.compile(rf"(?<=[A-Za-z?!’'\"”])[^\S\n]+(?:{MONTH_NAMES})"
                                 r"[^\S\n]+\d{1,2},[^\S\n]+\d{4}(?=[^\S\n]+[A-Z])")


#: The rest of a word a PDF's copy broke at its line's end, after its hyphen and a space:
#: "Shan- kar", "Com- mittee" (a text with several such breaks; not "self- and peer-", a
#: hyphen before a small word).
_BROKEN_AT_LINE_END = re.compile(r"-[^\S\n](?!(?:and|or|to|the|of|in|on)\b)([a-z]{2,}|[A-Z]{2,})"
                                 r"(?![\w-])")
#: The last part of a compound of capitalised words after its hyphen and a stray space:
#: "Labor-HHS- Education".
_SPACED_COMPOUND = re.compile(r"-[^\S\n]([A-Z][a-z]{2,})(?![\w-])")
_BROKEN_AT_LINE_END_ANYWHERE = re.compile(r"[a-z]-[^\S\n][a-z]{2,}\b")
#: What follows a name ending in "’s" that owns nothing after it, the "’s" its own: a
#: comma, or a verb ("McDonald’s, you’re not …", "for McDonald’s don’t have", "Lowe's
#: said"): a firm named for its founder's shop.
_NOTHING_OWNED = re.compile(r"[,;:!?]|[^\S\n]+(?:is|was|has|had|have|will|would|said|says|"
                            r"announced|agreed|don[’']t|doesn[’']t|didn[’']t|won[’']t|isn[’']t"
                            r"|where|which)\b")
#: A date in words at the end of what came before, its year last: "March 31, 2025".
_GLUED_DATE = re.compile(rf"\b(?:{MONTH_NAMES})[^\S\n]+\d{{1,2}},[^\S\n]+\d{{4}}$")
#: A speech verb and its comma or colon, then an opening mark: "Tim said, “", "he wrote: ‘",
#: 'Ulmer said, "' (a straight mark too, as many pages write them).
_QUOTE_INTRODUCED = re.compile(r"\b(?:said|says|say|told|tells|asked|asks|added|adds|wrote|"
                               r"writes|replied|replies|explained|noted|stated|continued)"
                               r"(?:[^\S\n]+[a-z]+){0,2}[^\S\n]*[,:][^\S\n]*[“‘\"][^\S\n]*$")


#: A phrase in quotation marks whose words after the first are all in lower case.
_PHRASE_IN_MARKS = re.compile(r"[A-Z][a-z]+(?:[^\S\n]+[a-z][\w’'-]*){1,5}[,.!?]?[”’\"']")


#: A line's last word that no sentence ends with: an article, or a preposition that must
#: have its object after it.
_OPEN_PHRASE_END = re.compile(r"(?<![\w’'-])(?:the|a|an|of|within|into|from|with|by|to)[^\S\n]*$")


def _starts_sentence(text: str, start: int) -> bool:
    if _NUMBERED_OPENING.search(text, max(0, start - 24), start):
        return True  # "3.3Australia’s …", "Chapter 3 Maintaining the electoral roll": a
        # paragraph's or a chapter's number, then its first word
    if _QUOTE_INTRODUCED.search(text, max(0, start - 40), start):
        return True  # "Tim said, “Communicating our science …”": a quoted sentence's first
        # word, after the verb that introduces it (not "named one of his works after
        # chrysanthemums, “Crisantemi.”", a title after a comma)
    if start >= 1 and text[start - 1] in "“‘\"'" and (start == 1 or text[start - 2] in " \t\n(") \
            and _PHRASE_IN_MARKS.match(text, start):
        return True  # "An 'Original reporting' year in review": a phrase in marks, its
        # first word capitalised as a quoted sentence's is, its others in lower case
    i = start - 1
    while i >= 0 and (text[i] in " \t\u00a0“\"‘'([«•·▪□☆◦" or _PICTOGRAPH.match(text[i])):
        i -= 1  # (a bullet opens an item, and so does an emoji: "• 🎯 Gunning for …")
    if i >= 0 and text[i] in "-–*" and i + 1 < start and not text[i + 1:start].strip() and \
            not text[text.rfind("\n", 0, i) + 1:i].strip():
        i = text.rfind("\n", 0, i)  # ("- Current issues in …": a dash as a list's bullet)
    if i >= 0 and text[i] == ">" and i + 1 < start and not text[i + 1:start].strip():
        j = i
        while j >= 0 and text[j] == ">":
            j -= 1
        if not text[text.rfind("\n", 0, j + 1) + 1:j + 1].strip():
            i = text.rfind("\n", 0, j + 1)  # (">> Good afternoon.": a transcript's mark
            # of a new speaker's turn, or a reply's quoted line)
    if i >= 0 and text[i] == "\n" and i > 0 and (text[i - 1].islower() or text[i - 1] == ",") \
            and i - (text.rfind("\n", 0, i) + 1) >= wrap_width(text) and hard_wrapped(text):
        return False  # "… 14 people from\n        Texcaltitlan, Mexico": a line broken at a width
    if i >= 1 and text[i] == "\n" and _OPEN_PHRASE_END.search(text, max(0, i - 12), i):
        return False  # "To begin searching within the\nGovernment Manual …": a line that
        # ends with an article or a preposition goes on into the next, however short
    if i >= 1 and text[i] == "\n" and double_spaced(text):
        k = i - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k >= 1 and text[k] == "\n":
            k -= 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            if k >= 0 and (text[k].islower() or text[k] == ",") and \
                    k - text.rfind("\n", 0, k) >= _FULL_LINE:
                return False  # "… Riegle Community Development and\n\nRegulatory …": a line
                # of a double-spaced text broken at a width, inside a sentence
    if i < 0 or text[i] == "\n":
        return True
    date = DATE_AFTER_HEADLINE.search(text, max(0, i - 40), start + 1)
    if date is not None and date.end() == i + 1 and re.search(
            r"[A-Z][\w’'?!—–-]*$", text[text.rfind("\n", 0, date.start()) + 1:date.start()]):
        return True  # "… in Others April 20, 2023 Today, we issued …": a teaser's first
        # word, after its headline's date (not "the May 22, 2023 Federal Register notice")
    if i == start - 1 and text[i].isdigit() and _GLUED_DATE.search(text, max(0, i - 20), i + 1):
        return True  # "March 31, 2025Anyone who hopes …": a teaser's date glued to its
        # first word by a copy that lost the line between them
    if text[i] == "|" and re.search(r"(?:^|\n)[^\S\n]*[A-Z][a-z]+[^\S\n]*$", text[:i]):
        return True  # "Opinion | Refusing to use AI …": a label, a bar, then the sentence
    if re.search(r"https?://\S+$", text[max(0, i - 200):i + 1]) and \
            re.search(r"\b\d{2}:\d{2}:\d{2}[^\S\n]+[+-]\d{4}\b", text[max(0, i - 400):i]):
        return True  # "…/?p=23496 Work has begun on …": a raw feed's item, its prose after
        # the links and the date in its fields
    if text.endswith("Continue reading", 0, i + 1):
        return True  # "• Continue reading Statement on the passing of …": a title opens
    if "(" in text[i + 1:start] and _BRACKETED_SENTENCE.match(text, start):
        return True  # "… – 10,088 (Sex offenses include sexual assault, …)": a sentence
    if text[i] in "-–*" and not text[text.rfind("\n", 0, i) + 1:i + 1].strip(text[i] + " \t"):
        return True  # "- Emergency evacuations …": a list's dash at the line's start (and
        # a banner's stars: "*** Welcome to piglix ***")
    if text[i] == "=" and re.fullmatch(r"[^\S\n]*=+", text[text.rfind("\n", 0, i) + 1:i + 1]):
        return True  # "== Grant programs ==": a wiki's heading, its first word capitalised
    if text[i] in "-—–" and _DATELINE.search(text, max(0, i - 80), i + 1):
        return True  # "WASHINGTON -- Following …", "GAZA CITY, Gaza — The …"
    if text[i] in "-—–" and re.search(r"\d{4},?[^\S\n]+/[A-Za-z][\w-]*/[^\S\n]*(?:--|—|–)$",
                                     text[max(0, i - 60):i + 1]):
        return True  # "KNOXVILLE, Tenn., April 27, 2011 /PRNewswire-USNewswire/ -- Severe
        # weather …": the wire's name between slashes, after the dateline's date
    while i >= 0 and text[i] in "”’\"')]»":
        i -= 1
    if i >= 0 and text[i] == ":" and _FIELD_LABEL_BEFORE.search(text, max(0, i - 30), i + 1):
        return False  # "Outlet: Seed World", "Research Unit: USDA-ARS …": a field's value
        # after its label, no sentence's first word
    if i >= 0 and text[i] in ".!?…:":
        # "Mr. Tedeschi", "John F. Kerry", "U.S. officials": an abbreviation, not a stop
        j = i - 1
        while j >= 0 and text[j].isalpha():
            j -= 1
        word = text[j + 1:i]
        abbreviation = word in ABBREVIATIONS or word in _CAPITAL_ABBREVIATIONS or (
            len(word) == 1 and word.isupper())
        if abbreviation and word in _CLOSING_ABBREVIATIONS and \
                _OPENER_AFTER_ABBREVIATION.match(text, start):
            return True  # "… with Mr. Tim Cook, CEO of Apple, Inc. Speaking to members of the
            # press …": a firm's "Inc." ends the sentence, a participle opens the next
        return not (text[i] == "." and abbreviation)
    return False


#: Abbreviations that end a firm's or a person's name, and so often a sentence.
_CLOSING_ABBREVIATIONS = frozenset("Inc Ltd Corp Co Jr Sr Bros Plc".split())
#: What opens a sentence after such an abbreviation: an article or a pronoun, or a
#: participle before its preposition ("Speaking to …").
_OPENER_AFTER_ABBREVIATION = re.compile(r"(?:The|A|An|He|She|It|They|We|This|These|Those|His|"
                                        r"Her|Their|Its|[A-Z][a-z]{2,}ing[^\S\n]+(?:to|with|"
                                        r"at|on|about|from|for|after))\b")


#: A field's label at a line's start, before its colon: "Outlet:", "Research Unit:"; or a
#: credit's, after a bracket: "(Credit: Lockheed Martin)".
_FIELD_LABEL_BEFORE = re.compile(rf"(?:(?:^|\n)[^\S\n]*(?:\(\()?{PAGE_FIELDS}|"
                                 r"\((?:Credit|Photo|Image)s?):$")
#: Abbreviations that open places' names, as a dateline in capitals writes them: "ST. PAUL",
#: "MT. VERNON", "FT. WORTH".
_CAPITAL_ABBREVIATIONS = frozenset(("ST", "MT", "FT"))


def _dateline_start(text: str, start: int) -> bool:
    """Whether only a dateline's capitals come before ``start`` on its line."""
    line = text.rfind("\n", 0, start) + 1
    return _DATELINE_HEAD.fullmatch(text, line, start) is not None


#: Spans that hold no name: a word set with a space between its capitals, as a layout
#: spaces a heading ("P R E S S", "N E W S"); a date whose month is a Roman numeral, as
#: EU documents date their pages ("14.VI.2004").
_NO_NAME_SPAN = re.compile(r"(?<!\S)[A-Z](?:[^\S\n][A-Z]){2,}(?!\S)"
                           r"|(?<![\w.])\d{1,2}\.(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.\d{2,4}(?![\w.])"
                           r"|(?<=Ambassador[^\S\n])Extraordinary[^\S\n]+and[^\S\n]+"
                           r"Plenipotentiary\b"
                           r"|\bEdit[^\S\n]+this[^\S\n]+at[^\S\n]+Wikidata\b"
                           r"|\b(?:Learn|Read|See|Find[^\S\n]+Out|Show|View|Load)[^\S\n]+More\b"
                           r"|(?<=\()(?:MS[^\S\n]+)?(?:Word|Excel|PowerPoint|PDF|DOCX?|XLSX?|"
                           r"PPTX?|RTF|CSV)(?=,[^\S\n]*\d[\d.,]*[^\S\n]?[KMG]B?\))")
# (a link's file kind before its size in brackets, "Symposium agenda (MS Word, 50K)": no
# name; and the rest of an envoy's full post, "Ambassador Extraordinary and Plenipotentiary of
# the State of Eritrea to Japan": no name, but the country after it is one; an infobox's
# "Edit this at Wikidata" link; a page's button, "… with a Pro licence Learn More")
#: A line that is a place and a date: "Luxembourg, 24 June 2014", "Brussels, 23 May 2005".
_DATELINE_LINE = re.compile(r"[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+)?,[^\S\n]+\d{1,2}[^\S\n]+"
                            r"[A-Z][a-z]+[^\S\n]+\d{4}[^\S\n]*(?:\n|$)")
#: Spaces that set a table's columns apart inside a line.
_COLUMN_GAP = re.compile(r"\S[ \t]{3,}\S")
#: A retired officer's mark between the rank and the name: " (Ret.) ", " (RET) ".
_RETIRED = re.compile(r"[^\S\n]\((?:Ret|RET|ret)\.?\)[^\S\n]")


def _gap_ok(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    if (b.text == "n" and SHORT_AND.match(text, a.end)) or \
            (a.text == "n" and SHORT_AND.match(text, max(0, a.start - 2))) or \
            SHORT_AND.fullmatch(gap):
        return True  # "Pick ‘n Pay", "Pick ’n’ Pay": a firm's "and", its letters dropped
    if text.startswith("@", b.start) and b.end - b.start > 1 and \
            not text.startswith("@", a.start):
        return False  # "on Twitter @FHFA": a handle is a name of its own, not the end of
        # the network's
    if re.fullmatch(r"[ \t]*\n[ \t]*", gap) and hard_wrapped(text):
        # a PDF's text broken into lines of a width: "the Federal\nReserve Board", "Lisa\nD.
        # Cook", a digest's "(AP via New Haven\n    Register)" (a line that is full, not a
        # heading's or a list item's short line); or an old page's text broken where its
        # source broke it, shorter, inside a sentence: "the Anti-Methamphetamine\nCoordination
        # Committee", "through National\nMethamphetamine\nAwareness Day"
        # (its last space may be left before the break: "the Occupational Safety and Health
        # \nAct of 1970"; but a directory's row, a post and a name set apart by a column's
        # spaces, ends its name at the line's end: "Chairman      Thomasina V. Rogers")
        start = text.rfind("\n", 0, a.end) + 1
        if _COLUMN_GAP.search(text, start, a.end):
            return False
        line_end = text.find("\n", a.end)
        if wrap_width(text) < 60 and (line_end if line_end >= 0 else len(text)) - start > \
                2 * wrap_width(text):
            return False  # "Federal Register / Vol. 83, … / Notices" over a narrow column's
            # "Lands Outside the Former Clarence": a page's header line, far longer than the
            # column's, ends its names
        nxt, last = text[b.start:b.end], text[a.start:a.end]
        if nxt in DOCUMENT_PARTS or (len(nxt) >= 3 and nxt.isupper() and not last.isupper()) \
                or (len(nxt) == 2 and nxt.isalpha() and nxt.isupper() and not last.isupper()) \
                or _DATELINE_LINE.match(text, b.start):
            return False  # "… - National Crime Agency" over "Contents", "Foreword by …" or
            # "ANNUAL PLAN …": a page's title line, then a heading, no name going on; nor a
            # release's language code ("EN") or a place and its date ("Luxembourg, 24 June
            # 2014") on the next line
        indent = len(text[start:a.end]) - len(text[start:a.end].lstrip(" \t"))
        if indent >= wrap_width(text) // 2:
            # a column's cell, set far in: only a name broken after its initial goes on,
            # at the same column ("Gary L. Visscher,\n  Stuart E.\n  Weisberg")
            return re.fullmatch(r"[A-Z]\.", text[a.start:a.end]) is not None and \
                len(gap) - gap.index("\n") - 1 == indent
        return a.end - start >= wrap_width(text) or _inside_sentence(text, start, a.end) or \
            text.count("(", start, a.end) > text.count(")", start, a.end)
        # (or a bracket the line opened goes on: "Finance and Expenditure (Graham\nHill,
        # SC-FE@…)", a heading's contact, her name broken over the lines)
    if re.fullmatch(r"\n[ \t]*\n[ \t]*", gap) and double_spaced(text):
        start = text.rfind("\n", 0, a.end) + 1  # "… of the Riegle Community Development
        return a.end - start >= _FULL_LINE and \
            not re.match(r"[ \t]*(?:[Bb]y|BY)[ \t]+[A-Z]", text[start:a.end])
        # and\n\nRegulatory Improvement Act of 1994": a full line (but a byline's line ends
        # its last author's name: "by …, and Mitch Morehart" over "Farm real estate …")
    if _RETIRED.fullmatch(gap):
        return True  # "U.S. Army Gen. (Ret.) Michael X. Garrett": the rank he retired
        # from, then his name, one run for the titles to be cut from
    if gap in ("’ ", "' ") and text[a.start:a.end] == "N":
        return True  # "Guns N’ Roses": "and" cut to its letter, inside the name
    if len(gap) == 2 and gap[0] in "®™" and gap[1] in " \t\u00a0" and \
            text[b.start:b.end] in ORGANISATION_HEADS:
        return True  # "the America the Beautiful Quarters® Program": a registered mark
        # inside a name, which goes on past it
    return 0 < len(gap) <= 2 and all(ch in " \t\u00a0" for ch in gap)


_SENTENCE_WORD = re.compile(r"(?<![^\s(“\"‘'])(?!(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|"
                            r"on|or|the|to|vs|via|with|upon|onto|over|per|off)\b)[a-z]{2,}\b")


def _inside_sentence(text: str, start: int, end: int) -> bool:
    """Whether a short line of hard-wrapped text, up to ``end``, is part of a sentence
    that goes on: it, or the open-ended line before it, holds a lower-case word that title
    case would capitalise (a heading's line holds none: "Fact Sheet: Department of
    Justice")."""
    if _SENTENCE_WORD.search(text, start, end):
        return True
    if start < 2:
        return False
    before = text.rfind("\n", 0, start - 1) + 1
    line = text[before:start - 1].rstrip()
    return bool(line) and not line.endswith((".", "!", "?", ":", ";")) and \
        _SENTENCE_WORD.search(line) is not None


def _only_titles(run: list[Token], know: Knowledge) -> bool:
    words = [t for t in run if t.text not in FUNCTION_WORDS]
    return bool(words) and all(t.text.casefold() in know.titles for t in words)


def someones_surname(text: str, word: str, know: Knowledge) -> bool:
    """Whether the story writes the word after a given name, as a surname: "the Medical
    Examiner’s Office on Muniz-Jimenez" is about Gabriel Muniz-Jimenez, not a name that
    holds his; "Philip Moeller" makes "Moeller" of "Commissioners Moeller or Clark" a
    surname, and "Jeanette Hanna" makes "Ms. Hanna" no contest's title."""
    return not know.is_demonym(word) and any(
        m.group(1) in know.given_names and not know.is_demonym(m.group(1))
        and not know.places.get(m.group(1))  # (not "Texas Civil Rights Project": a state
        # that is a given name too, before a word of a name)
        for m in re.finditer(rf"\b([A-Z][\w’'-]+)[^\S\n]+{re.escape(word)}\b", text))


def caption_surname(text: str, word: str, know: Knowledge, *, besides: int = -1) -> bool:
    """Whether a word a copy ran into a name is a photo caption's surname: the story writes
    it after a given name that is no body's head or title ("Chris Bufano", "Jeremy Griner"),
    somewhere other than at ``besides`` (where the word now stands after the body's name),
    and not before another capitalised word, as a body's name goes on after a given name
    ("Grady Health System": no "Health" of "AmeriHealth")."""
    return someones_surname(text, word, know) and any(
        m.group(1) in know.given_names and m.group(1) not in ORGANISATION_HEADS
        and not _is_title(m.group(1), know.titles) and m.start() != besides
        for m in re.finditer(rf"\b([A-Z][a-z]+)[^\S\n]+{re.escape(word)}\b"
                             r"(?![^\S\n]+[A-Z][a-z]+\b)", text))


@functools.lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words the story writes in lower case (once per story)."""
    return frozenset(_LOWER_WORD.findall(text))


@functools.lru_cache(maxsize=4)
def _long_titles(titles: frozenset[str]) -> tuple[str, ...]:
    """The titles of ten letters or more, which a misprint of one letter still names."""
    return tuple(t for t in titles if len(t) >= 10 and t.isalpha())


def _misspelt_title(folded: str, titles: frozenset[str]) -> bool:
    """A long title with one letter missing, added or wrong: "EAC Commisioner Hicks"."""
    return len(folded) >= 9 and folded.isalpha() and \
        not folded.endswith(("ed", "ing", "ion", "ions", "s", "ism", "ment", "ship", "ity",
                             "ness", "ance", "ence", "ary", "ery")) and any(
        abs(len(t) - len(folded)) <= 1 and Levenshtein.distance(t, folded, score_cutoff=1) <= 1
        for t in _long_titles(titles))


def titled_before(before: str, titles: frozenset[str]) -> bool:
    """Whether the word right before a name is a title or a rank ("Lance Cpl. Christian
    Cachola"): the name is a person's, whatever else its first word is."""
    m = re.search(r"([A-Z][\w.]*)[^\S\n]+$", before[-14:])
    return m is not None and _is_title(m.group(1), titles)


def _is_title(word: str, titles: frozenset[str]) -> bool:
    """A title word, hyphenated ones included ("Secretary-General", and "Sculptor–Engraver"
    as a page that writes its hyphens as dashes has it)."""
    folded = word.casefold().rstrip(".").replace("–", "-").replace("‐", "-")
    if folded in INITIALS_TITLES and not word.isupper():
        return False  # "Ada Limón", not the ADA (assistant district attorney)
    if word.rstrip(".") in ("Sec", "Secs"):
        return True  # "Socioeconomic Planning Sec. Romulo Neri" (but "the SEC’s Office …"
        # is the commission: no title in capitals)
    singular = folded[:-3] + "y" if folded.endswith("ies") else folded[:-1]
    if folded.endswith(("-elect", "-designate")) and folded.rsplit("-", 1)[0] in titles:
        return True  # "President-elect Joe Biden", "Governor-designate …"
    if folded.startswith("co-") and folded[3:] in titles:
        return True  # "Co-Chairman Wicker", "Co-Chair …": a post shared with another
    if "/" in folded and all(p in titles or p == "pres" for p in folded.split("/")):
        return True  # "SLSMC President/CEO Terence Bowles", "Pres/CEO of …": two posts
        # one person holds, written with a slash
    return folded in titles or ("-" in folded and all(
        p in titles or p in ("in", "at", "of") for p in folded.split("-"))
        and folded.split("-")[0] in titles) \
        or (len(folded) > 4 and folded.endswith("s") and not folded.endswith("ss")
            and singular in titles and word[:1].isupper()) \
        or (word.endswith("s") and len(word) >= 3 and word[:-1].isupper()
            and singular in titles) \
        or (word[:1].isupper() and not word.isupper() and _misspelt_title(folded, titles))
    # "Foreign Ministers", "Presidents Trump and Putin", "MPs", "CEOs" (but "Press" is no
    # plural of "Pres."); "Editor-In-Chief", "Commander-in-Chief": titles joined by a small
    # word; "Commisioner": a long title misprinted


#: A post set between commas after a person's name, before the body it is in: ", National
#: Manager, " of "Dinah Ellis, National Manager, Cymraeg for Kids added: …".
POST_BETWEEN_COMMAS = re.compile(r",[^\S\n]+(?P<post>[^,“”\"\n]{3,60}?),[^\S\n]+")
#: A title in apposition after a name: ", the new Deputy First Minister".
_APPOSED_TITLE = re.compile(r",[^\S\n]+the[^\S\n]+(?:(?:new|former|outgoing|incoming|current)"
                            r"[^\S\n]+)?((?:[A-Z][\w’'-]*[^\S\n]+){0,4}[A-Z][\w’'-]*)")


def title_apposed(text: str, at: int, titles: frozenset[str]) -> bool:
    """Whether a title in apposition follows the name ending at ``at`` (", the new Deputy
    First Minister,"): a person's name, whatever its words also name."""
    m = _APPOSED_TITLE.match(text, at)
    return m is not None and any(_is_title(w, titles) for w in m.group(1).split())


def _title_follows(words: list[str], k: int, titles: frozenset[str]) -> bool:
    """Whether a title word comes at or after ``k`` before the name ends."""
    return any(_is_title(w, titles) for w in words[k:-1])


#: What a saint's name with its possessive names, after it: "St. Andrew’s village".
_SAINTS_PLACE_AFTER = re.compile(r"[^\S\n]+(?:village|church|cathedral|parish|school|college|"
                                 r"hospital|park|square|road|street|bay|island|chapel|abbey)\b")


def nickname_between(text: str, words: list[Token], j: int) -> bool:
    """'Elizabeth “Gena” Macres', 'Randy ("Church") Kee': one capitalised word in
    quotation marks (and brackets) between a given name and a surname belongs to the
    name (not 'Brain “Relay” Also Key to …', a headline's scare quote before an adverb)."""
    if j + 2 >= len(words):
        return False
    first, nick, last = words[j], words[j + 1], words[j + 2]
    return first.capitalised and nick.capitalised and last.capitalised and \
        not first.acronym and last.text not in FUNCTION_WORDS and (
            (text[first.end:nick.start] in (" “", ' "', " ‘")
             and text[nick.end:last.start] in ("” ", '" ', "’ "))
            or (text[first.end:nick.start] in (" (“", ' ("', " (‘")
                and text[nick.end:last.start] in ("”) ", '") ', "’) ")))


#: A syllable group of a pronunciation guide: "Jay-Rahn-gee", "MAH", "ro".
_SYLLABLES = r"[A-Za-z]{1,6}(?:-[A-Za-z]{1,6})*"


def pronunciation_around(text: str, at: int) -> bool:
    """Whether ``at`` is inside brackets after a name that spell out how to say it:
    syllables joined by hyphens ("(Jay-Rahn-gee Lal-geh Dee-oh ro)"), as Voice of America
    and radio scripts give them. Two words of hyphenated syllables, one of three or more,
    or one with a stressed syllable in capitals ("(Ah-MED)") make a guide (not
    "(Al-Shabaab)", a name of its own)."""
    opening = text.rfind("(", max(0, at - 60), at)
    if opening < 1 or "\n" in text[opening:at] or ")" in text[opening:at]:
        return False
    closing = text.find(")", at)
    if closing < 0 or "\n" in text[at:closing]:
        return False
    words = text[opening + 1:closing].split()
    hyphenated = [w for w in words if "-" in w]
    stressed = any(len(part) >= 2 and part.isupper() for w in hyphenated
                   for part in w.split("-")) and any(
        not part.isupper() for w in hyphenated for part in w.split("-"))  # "Ah-MED"
    return bool(words) and all(re.fullmatch(_SYLLABLES, w) and (w[:1].islower() or "-" in w)
                               for w in words) and \
        (len(hyphenated) >= 2 or any(w.count("-") >= 2 for w in hyphenated) or stressed) and \
        re.search(r"[A-Za-z][^\S\n]*\Z", text[:opening]) is not None


def _candidate(text: str, run: list[Token], hint: str | None = None) -> Candidate:
    start, end = run[0].start, run[-1].start + len(run[-1].text)
    if "- " in text[run[-1].start:run[-1].end]:
        end = run[-1].end  # ("Sri Sri Ravi Shan- kar": a word broken at a line's end)
    joined: list[str] = []
    for k, token in enumerate(run):
        if k and text[run[k - 1].end:token.start] == "/":
            joined[-1] += "/" + token.text  # "HIV/AIDS": one word, as the story writes it
        elif k and text[run[k - 1].end:token.start] == " or ":
            joined += ["or", token.text]  # "… Award for Scientific Project or Achievement"
        elif k and text[run[k - 1].end:token.start] == " $":
            joined.append(f"${token.text}")  # "Presidential $1 Coin Program"
        else:
            joined.append(token.text)
    if len(run) >= 2 and run[-1].text in ("I.", "II.") and run[-2].text == "War":
        end -= 1  # "World War I." at a sentence's end: the full stop is the sentence's
        joined[-1] = joined[-1][:-1]
    words = tuple(joined)
    saints = run[-1].possessive and run[0].text in ("St.", "St", "Saint") and len(run) >= 2 \
        and _SAINTS_PLACE_AFTER.match(text, run[-1].end) is not None
    if saints:
        end = run[-1].end  # "St. Andrew’s village", "St. John’s church": the saint's
        words = (*words[:-1], text[run[-1].start:end])  # possessive is the place's name
    possessive = run[-1].possessive and not saints
    before = text[max(0, start - 80):start]
    after = text[run[-1].end:run[-1].end + 80] if possessive else text[end:end + 80]
    guide = re.match(r"[^\S\n]*\((?=[^)\n]*\))", after)
    if guide and pronunciation_around(text, end + guide.end()):
        closing = text.index(")", end)  # "Djerandi Laguere Dionro (Jay-Rahn-gee …) president
        after = text[closing + 1:closing + 81]  # of …": the words after the name's guide
    single_initial = len(run) == 1 and run[0].initial
    if text.startswith(" administration", end) and run[-1].text[:1].isupper() and \
            " ".join(words) not in COUNTRY_LETTERS:  # (not "the incoming U.S.
        # administration": the country's government, named by the country)
        end += len(" administration")  # "the Bush administration" names a government
        words += ("administration",)
        hint = "organisation"
    elif text.startswith(" cabinet", end) and run[-1].text[:1].isupper() and \
            not re.match(r"[\w-]", text[end + len(" cabinet"):end + len(" cabinet") + 1]) and \
            (run[0].text in ORDINAL_WORDS or ROMAN_NUMERAL.fullmatch(run[-1].text)
             or "–" in text[start:end]
             or (len(run) == 1 and _ORDINAL_BEFORE.search(text, max(0, start - 10), start))):
        end += len(" cabinet")  # "the Fourth Rutte cabinet", "Rutte III cabinet", "the
        words += ("cabinet",)  # Rutte–Kaag–Hoekstra–Schouten cabinet": a government named
        hint = "organisation"  # for its leader, its number or its leaders
        ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 10), start)
        if ordinal is not None and len(run) == 1:
            start -= len(ordinal.group())  # "the third Rutte cabinet": its number (in lower
            words = (ordinal.group(1), *words)  # case, or opening a heading) part of its name
            before = text[max(0, start - 80):start]
    return Candidate(start, end, " ".join(text[start:end].split()), words,
                     initial=single_initial, hint=hint, before=before, after=after,
                     possessive=possessive)


#: An ordinal word right before a leader's name, which numbers the leader's cabinet: "the
#: third Rutte cabinet" (in whatever case: "Fourth Rutte cabinet" as a heading opens).
_ORDINAL_BEFORE = re.compile(rf"\b((?i:{'|'.join(sorted(ORDINAL_WORDS))}))[^\S\n]+$")


def _spelt_out(text: str, run: list[Token], shortest: int = 3) -> bool:
    """A short form in parentheses (or after ", or") right after the run spells all of
    it: "Elections and Boundaries Commission (EBC)" is one name, not "Elections" and a
    commission; so is "the Islamic State of Iraq and the Levant, or ISIL", and so is a
    programme whose short form spells its first word whole before the others' letters,
    "Team Strategies and Tools to Enhance Performance and Patient Safety (TeamSTEPPS)"."""
    m = re.match(r"\s*(?:\(|,\s+or\s+)([A-Za-z]{2,10})\b", text[run[-1].end:run[-1].end + 18])
    if m is None or len(run) < shortest:
        return False
    letters = m.group(1).upper()
    words = [t.text for t in run]
    significant = "".join(w[0] for w in words if w not in CONNECTORS_BASE).upper()
    every = "".join(w[0] for w in words if w not in ("the", "&")).upper()
    first_whole = words[0] + "".join(w[0] for w in words[1:] if w not in CONNECTORS_BASE)
    suffix = re.match(r"-([A-Z]{2,3})\)", text[run[-1].end + m.end():run[-1].end + m.end() + 5])
    if suffix is not None and significant == letters + words[-1][0].upper() and \
            suffix.group(1)[0] == words[-1][0].upper():
        return True  # "Social and Economic Development Strategies Alaska (SEDS-AK)": the
        # programme's letters, then its last word's (a state's) after a hyphen
    return letters in (significant, every) or (
        len(words) >= 3 and m.group(1) == first_whole and first_whole[len(words[0]):].isupper())


def spelt_by_last(text: str, run: list[Token]) -> int | None:
    """Where the second of two names joined by "and" starts, when the short form in
    parentheses after the run spells that one alone: "Social Security and Supplemental
    Security Income (SSI)" are a programme, then another known by its letters."""
    m = re.match(r"[^\S\n]*\(([A-Z]{2,10})\)", text[run[-1].end:run[-1].end + 14])
    ands = [k for k, t in enumerate(run) if t.text == "and"]
    if m is None or len(ands) != 1 or ands[0] == 0 or _spelt_out(text, run, 2):
        return None
    right = [t.text for t in run[ands[0] + 1:]]
    if len(right) >= 2 and all(w[:1].isupper() for w in right) and \
            "".join(w[0] for w in right) == m.group(1):
        return ands[0] + 1
    return None


def spelt_after_body(text: str, run: list[Token]) -> int | None:
    """Where a name the letters in parentheses after the run spell starts, when a body's
    name comes before it: "the U.S. Department of Energy Design Basis Threat (DBT)" is the
    department, then the threat it defines (the letters spelling the whole run make one
    name: "Mixed Member Proportional (MMP)"; and a body's letters may leave out its first
    words: "U.S. International Development Finance Corporation (DFC)", "White House Office
    of National Drug Control Policy (ONDCP)")."""
    m = re.match(r"[^\S\n]*\(([A-Z]{2,10})\)", text[run[-1].end:run[-1].end + 14])
    if m is None or _spelt_out(text, run, 2):
        return None
    for k in range(len(run) - 2, 0, -1):
        tail = [t.text for t in run[k:]]
        if run[k].capitalised and run[k - 1].capitalised and \
                "".join(w[0] for w in tail if w not in CONNECTORS_BASE).upper() == m.group(1) \
                and any(t.text in ORGANISATION_HEADS for t in run[:k]) and \
                not any(w in ORGANISATION_HEADS for w in tail):
            return k
    return None


def opens_line(text: str, at: int) -> bool:
    """Whether nothing but blanks stands before ``at`` on its line."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends (the text's end for its last line)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end
