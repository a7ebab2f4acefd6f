"""Where the names are: a story's capitalised runs of words, cut into the names they hold.

    text → :mod:`tokens` (the words that can be part of a name, with their flags)
         → :mod:`runs` (stretches of capitalised words joined by the small words, numbers,
           abbreviations, possessives and brackets that live inside names)
         → :mod:`cutting` (edges, coordinations, titles and roles, demonyms: the names a
           run holds)
         → :class:`~.tokens.Candidate` each, which :mod:`entities` groups and types.

This module holds what looks at the story as a whole: headlines and photo credits set in
title case (only the names the body also writes are kept), titles of works in quotation
marks (one name each), a state's abbreviation joined to the city before it ("St. Charles,
Mo."), and an acronym and a name written one after the other that the story also writes
alone ("NASA Boeing’s …").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from .capitals import (
    BULLETIN_WORDS,
    DAYS_SHORT,
    SIDES,
    bulletin_parts,
    member_in_capitals,
    shouted,
    shouting,
)
from .cutting import (
    PICTURE_WORDS,
    _adjective_only,
    _any_head,
    _cut,
    _people_in_a_row,
    _trim,
    two_people,
)
from .forms import initials_of
from .knowledge import PEOPLE_ADJECTIVES, Knowledge, unaccented
from .lexicon import (
    ABBREVIATIONS,
    ACTION_VERBS,
    ACTOR_BEFORE,
    AILMENT_NOUNS,
    AIRCRAFT_REGISTRATION,
    AUXILIARIES,
    BILL_NUMBER,
    BULLET_ITEM_DASH,
    CHARGE_GRADES,
    CHARGE_HEADS,
    CLAUSE_VERBS,
    COMPANY_FORMS,
    COMPASS_LETTERS,
    COMPASS_POINTS,
    CONNECTORS_BASE,
    CONTACT_LABELS,
    COUNTRY_LETTERS,
    CREDIT_LABEL,
    DOTTED_DEGREES,
    EVENT_HEADS,
    FIELD_LABELS,
    FOREIGN_SMALL,
    FUNCTION_WORDS,
    GREETINGS,
    HEADLINE_PLACE_KINDS,
    HEADLINE_VERBS,
    HOLIDAYS,
    HONORIFICS,
    HULL_NUMBER,
    LAW_HEADS,
    LAW_PARTS,
    MEMBER_OPENING,
    MONTH_NAMES,
    MONTHS_AND_DAYS,
    MONTHS_SHORT,
    NAMED_AFTER_PERSON,
    NEWSLETTER_HEADS,
    NOUN_AFTER_VERB,
    NUMBERED_WORK_HEADS,
    OBSERVING_VERBS,
    ORDINAL,
    ORGANISATION_HEADS,
    OWNED_AILMENT_NOUNS,
    PAGE_FIELDS,
    PARK_UNITS,
    PARTNERSHIP_FORMS,
    PARTY_TOWN,
    PEOPLES_BY_NAME,
    PERSON_NOUNS,
    PHONE_LABELS,
    PLACE_HEADS,
    PLACE_KINDS,
    PLACE_OPENERS,
    PLACE_PREFIXES,
    PORTFOLIO,
    POSTAL_CODES,
    POSTCODE,
    POSTNOMINALS,
    PRIZES,
    PRODUCT_MAKERS,
    PUBLISHED_EVERY,
    QUESTION_OPENERS,
    RANK_PARTS,
    RECALLED_BEFORE,
    RECORD_BELOW,
    ROLE_MODIFIERS,
    RUBRICS,
    SEASONS,
    SOCIAL_NETWORKS,
    SOLD_AT_BEFORE,
    SOURCE_LABEL_BEFORE,
    SPEECH,
    STATE_ABBREVIATIONS,
    STORM_KINDS,
    STORM_STAGES,
    TE_REO_WORD,
    TITLE_SMALL_WORDS,
    TITLED_KINDS,
    WISHED_DAYS,
    WISHES,
    WORK_HEADS,
    YEARS,
)
from .marks import hard_wrapped, wrap_width
from .runon import run_on_parts
from .runs import BRACKETED_HEADS, body_named_apart, runs
from .tokens import (
    DATE_AFTER_HEADLINE,
    INFOBOX_LABEL,
    INFOBOX_LINE,
    Candidate,
    Token,
    _candidate,
    _is_title,
    _lower_case_words,
    country_pairs,
    glued_captions,
    glued_decks,
    glued_directory,
    line_end,
    nickname_between,
    repeated_the_lines,
    tokens,
)
from .turns import speaker_labels

#: Steps of a scale, numbered: "Level 2", "Phase 1", "Stage 3"; and a document's parts by
#: letter or number: "Appendix A", "Annex 2".
_STEPS = frozenset("Level Phase Stage Tier Step Grade Appendix Annex Exhibit".split())
#: What a person has that a story capitalises after the person's name and "’s": "Rep.
#: Johnson's Office", "Smith's Campaign", a page's "Author's Image" (no name of its own).
_SOMEONES_OWN = frozenset("Office Offices Campaign Staff Image Photo Message Messages Update "
                          "Updates".split())
#: What a post's holder writes that a story capitalises after the post and "’s": "For this
#: Director’s Message, …" (no name of its own; but "the Clerk’s Office" is a body, and "the
#: Director’s Corner" a column's name).
_POSTS_OWN = frozenset("Message Messages Update Updates".split())


#: What opens a page's copyright line before its holder's name: "© Copyright ", "© ",
#: "Copyright ".
_COPYRIGHT = re.compile(r"[^\S\n]*(?:©|\(c\)|Copyright|COPYRIGHT)"
                        r"(?:[^\S\n]+(?:Copyright|COPYRIGHT))?[^\S\n]*")


def _after_copyright(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens a copyright line after its "©" or "Copyright"."""
    return _COPYRIGHT.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def _surnames_in_capitals(text: str, words: list[Token], know: Knowledge) -> None:
    """A surname in capitals after a given name, as police releases write the people they
    charge ("Darlton GRAHAM of London, Ontario", then "GRAHAM" alone): a word of the name,
    not a body's letters (a surname the tables know, not a place's unless the person's town
    follows: "… Penalties WASHINGTON, D.C." is a headline run into its dateline)."""
    if shouting(text):
        return
    for before, word in pairwise(words):
        if word.acronym and len(word.text) >= 4 and word.text.isalpha() and \
                before.capitalised and not before.acronym and \
                word.text.title() in know.surnames and (
                    not know.places.get(word.text.title())
                    or re.match(r"[^\S\n]+of[^\S\n]+[A-Z]", text[word.end:])) and \
                before.text not in MONTHS_AND_DAYS and \
                not _is_title(before.text, know.titles) and not _any_head(before.text) and \
                before.text not in FUNCTION_WORDS and text[before.end:word.start] == " " and \
                word.text not in know.country_codes and \
                len(re.findall(rf"(?<![\w-]){word.text}(?![\w-])", text)) >= 2:
            for other in words:
                if other.text == word.text:
                    other.acronym = False


def _compound_opening_sentence(text: str, run: list[Token], know: Knowledge) -> bool:
    """A sentence's first word hyphened to a word in lower case ("Value-pricing grants
    provide …"): a compound the sentence capitalises, no name (not "Obama-era policies",
    "Texas-based firms": a name the tables know before the hyphen)."""
    word = run[0]
    after = word.start + len(word.text)  # (the token keeps the whole compound's span)
    return len(run) == 1 and word.initial and word.cut and not word.acronym and \
        re.match(r"-[a-z]", text[after:after + 2]) is not None and \
        word.text not in know.given_names and word.text not in know.surnames and \
        not know.places.get(word.text) and not know.is_demonym(word.text) and \
        not know.disease(word.text)


#: A form of "be" right before a word: "How it is Administered".
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)[^\S\n]+$")


def _participle_after_be(text: str, run: list[Token], know: Knowledge) -> bool:
    """A heading's past participle after "is" ("How it is Administered"): a verb a heading
    capitalises, no name (not "is Ted", "was Reed": a given name or a surname)."""
    word = run[0]
    return len(run) == 1 and re.fullmatch(r"[A-Z][a-z]+ed", word.text) is not None and \
        word.text not in know.given_names and word.text not in know.surnames and \
        _BE_BEFORE.search(text, max(0, word.start - 12), word.start) is not None


def candidates(text: str, know: Knowledge) -> list[Candidate]:
    """Every name the story's runs hold, in text order."""
    words = glued_captions(text, country_pairs(text, tokens(text), know), know)
    out: list[Candidate] = []
    _address_words_not_initial(text, words)
    _letters_not_initial(text, words)
    _surnames_in_capitals(text, words, know)
    skip_lines = _headline_lines(text) + [m.span(1) for m in _GALLERY_TITLE.finditer(text)] + \
        glued_decks(text) + _glued_headlines(text)
    found = _across_small_words(text, _across_in(text, _across_for_a(
        text, _join_state_codes(text, list(runs(text, words, know)), know)), know))
    found = _advising_a_post(text, found, know)
    found = [part for run in found for part in _apart_from_handles(run)]
    found = [kept for run in found
             if (kept := _before_its_papers(_before_menu(_after_release_label(text, run))))]
    furniture = [m.span() for m in _PAGE_FURNITURE.finditer(text)]
    found = [part for run in found for part in _around_release_header(run)
             for part in _outside(part, furniture)
             for part in _before_credit_agency(text, part, know)
             for part in _before_owning_country(part, know) for part in _around_occasion(part)
             for part in _before_headquarters(part, know)]
    found = [kept for run in found if (kept := _without_run_on_words(text, run, furniture, know))]
    found = [run for run in found if not run[-1].label]  # ("Information SecurityAnthony
    # Clark": a directory's title, no name)
    found = [run for run in found if not _participle_after_be(text, run, know)
             and not _compound_opening_sentence(text, run, know)]
    found = [kept for run in found
             if not _names_nothing(text, run) and (kept := _after_lead_word(text, run))]
    found = [run for run in found if not _post_alone(text, run, know)
             and not _button_or_flag(text, run)
             and not (len(run) == 2 and run[0].text in _SPELT_NUMBERS
                      and run[1].text in _SPANS_OF_TIME)  # ("Two Years (or so) of …": a
             # span of time, no name)
             and not _plural_head_alone(text, run)
             and not _plural_owner_of_post(text, run, know)
             and " ".join(t.text for t in run) not in ("Frequently Asked Questions",
                                                       "Asked Questions")]
    # ("Bridge2AI Frequently Asked Questions": a page's kind, no name)
    found = [run[:-1] if len(run) > 1 and run[-1].text == "Print" and
             re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]) and
             " > " in text[text.rfind("\n", 0, run[0].start) + 1:run[0].start] else run
             for run in found]  # ("Home > Global Health Matters Print": a breadcrumb's last
    # page, then the button that prints it)
    found = [run[:-1] if len(run) > 1 and run[-1].text == "Skip" and
             re.match(r"[^\S\n]+(?:to|past|navigation|directly)\b", text[run[-1].end:])
             else run for run in found]  # ("… Research Triangle Park, NC Skip past
    # Off-campus sites": a page's skip link run into the text after a name)
    found = [run[:-1] if len(run) > 1 and run[-1].text in ("HON", "Hon") and
             text.startswith(".", run[-1].end) else run for run in found]
    # ("SUPPORT FOR ABILITY ONE PROGRAM HON. BRADLEY …": a heading, then the honorific of
    # the member named after it)
    found = [run[1:-1] if len(run) > 2 and run[0].text in GREETINGS and run[-1].text == "I"
             else run for run in found]  # ("Oh Murray I just heard you …": a greeting, the
    # one greeted, then the speaker's "I")
    found = [kept for run in found if (kept := _before_adjective_tail(text, run))]
    found = [part for run in found for part in _byline_inside(text, run, know)]
    found = [kept for run in found if (kept := run if any(
        a <= run[0].start and run[-1].end <= b for a, b in skip_lines)
        else _before_headline_verb(run, know))]  # (a headline's own line is read as one)
    found = [part for run in found for part in _before_clause(text, run)]
    found = [_after_opening_word(text, run, know) for run in found]
    found = [part for run in found for part in _after_numbered_name(run)]
    found = [part for run in found for part in _two_bodies(run)
             for part in _before_its_own_part(part)]
    found = [part for run in found for part in _before_post(run, know)]
    found = [part for run in found for part in _post_in_place(run, know)]
    found = [run[2:] if len(run) == 3 and run[1].text == "of" and run[2].acronym
             and run[2].possessive and run[0].text.endswith("s")
             and run[0].text[:-1].casefold() in know.common_words else run for run in found]
    # ("…, Programs of NSF’s NOIRLab": a plural common noun, then the body whose possessive
    # begins the next name, no name of its own)
    found = [run[1:] if len(run) > 1 and (m := re.search(r"\b([dDlL][’'])[^\S\n]+$", text[
        max(0, run[0].start - 4):run[0].start])) is not None
        and f"{m.group(1)}{run[0].text}".casefold() in know.titles else run for run in found]
    # ("Chargé d’ Affaires Dan Perrone": a title's elided word, a stray space after its
    # mark, before the holder's name)
    bills = [m.span() for m in _BRACKETED_BILL.finditer(text)]
    found = [run for run in found
             if not any(a <= run[0].start and run[-1].end <= b for a, b in bills)]
    # (the runs inside a bill's name with a bracket, "Amendment Bill" of "the Regulatory
    # Systems (Transport) Amendment Bill": no names of their own, nor words the body
    # writes apart, which would cut "the Fair Trading Amendment Bill")
    surnames = frozenset(run[-1].text for run in found
                         if len(run) > 1 and run[-2].text not in ORGANISATION_HEADS)
    # (a word after a body's head word is no surname the story writes: "Head of Project
    # Delivery" names a post, not a Mr Delivery of the project)
    lettered = _lettered_heads(text)
    in_body = [run for run in found
               if not any(run[0].start >= a and run[-1].end <= b for a, b in skip_lines)
               and not any(run[0].start >= c.start and run[-1].end <= c.end for c in lettered)]
    # (not "List" of "the Military End-User (MEU) List": no word the body writes alone)
    body = [" ".join(t.text for t in run) for run in in_body]
    # (what the body writes inside a sentence, not as a sentence's first word)
    settled = {name for name, run in zip(body, in_body, strict=True)
               if re.search(r"[\w,;)’'] +$", text[max(0, run[0].start - 3):run[0].start])
               and not run[0].initial}  # (not "… November 14, 2022 Recovery from a …")
    settled |= _listed_in_headlines(text, skip_lines, _lower_case_words(text), know.titles)
    settled |= _spelt_in_addresses(text, found) | repeated_the_lines(text)
    phrases: list[tuple[int, int]] = []
    titles = [c for c in _quoted_titles(text, phrases)
              if not _CONTINUE_READING.search(text, max(0, c.start - 24), c.start)] + \
        _entitled(text) + _where_given(text) + _bodies_for_a_list(text)
    # ("Continue reading “Richard Aragon to Direct Division of …”": a post's title on its
    # link, no name of its own)
    ridings = _ridings(text)
    titles += _titles_again(text, titles) + _whole_names(text) + _licences(text) + \
        _species(text) + \
        _call_signs(text) + _registrations(text) + ridings + _party_towns(text) + \
        _ing_programmes(text) + \
        _spelt_before_letters(text) + _own_language_names(text) + \
        _the_numbers(text) + _glossed_and_listed(text) + _bracketed_surnames(text, know) + \
        _site_names(text) + _serial_titles(text) + _works_after_kind(text) + \
        _days_named(text, know) + _record_members(text) + _committees_of_fields(text) + \
        _credited_works(text) + _testimony_heading(text, know) + lettered
    titles += _listed_bodies(text, titles, know)
    titles += _page_titles(text, titles)
    titles = _kind_then_title(text, _labelled_titles(text, titles)) + \
        _item_line_names(text, _BRACKETED_LINE, hint="programme") + \
        _item_line_names(text, _KIND_LINE)
    out.extend(titles)
    found = [run for run in found if not (
        (len(run) == 1 and run[0].text in _SOMEONES_OWN
         and re.search(r"[A-Za-z][’']s[^\S\n]+$", text[max(0, run[0].start - 4):run[0].start]))
        or (len(run) == 2 and run[0].possessive and (run[1].text in PICTURE_WORDS
                                                     or run[1].text in _POSTS_OWN)
            and _is_title(run[0].text, know.titles))
        or (len(run) > 2 and run[-2].possessive and run[-1].text in _POSTS_OWN
            and _is_title(run[-2].text, know.titles)
            and all(t.text.casefold() in know.common_words and not t.acronym
                    for t in run[:-2])))]
    # ("Courtesy of Rep. Johnson's Office": the office of someone named before it, no body
    # of its own; "Author's Image": a page's picture of whoever wrote it; "For this
    # Director’s Message, …", "All Director's Messages": a post's own messages)
    found = [run[:-1] if len(run) > 1 and (
        run[-1].text in _COMMON_ACRONYMS
        or (run[-2].acronym and re.fullmatch(r"[A-Z]{2,5}s", run[-1].text) is not None))
        else run for run in found]  # ("Public K-12 schools": a sentence's first word, then
    # grades; "other NIH ICs": a body's letters, then its institutes and centres by theirs,
    # in the plural, a common noun)
    alone = {run[0].text for run in found if len(run) == 1}
    sharing = [m.span() for m in _SHARING_LINE.finditer(text)]
    found = [run for run in found if not _peoples_adjective(text, run)
             and not (len(run) == 1 and (run[0].text in _COMMON_ACRONYMS
                                         or run[0].text in ("TV", "TVs")))  # ("radio, TV
             # and digital programming": no name alone, though "Press TV" is one)
             and not (len(run) == 1 and _SHARING_BAR.fullmatch(run[0].text))
             and not any(a <= run[0].start and run[-1].end <= b for a, b in sharing)
             and not (all(t.text.isupper() for t in run) and _LINK_LABEL_AFTER.match(
                 text, run[-1].end))]
    # ("TwitterFacebookPinterestGoogle+", "Facebook Twitter Email": a page's sharing
    # buttons, their labels run together or spaced on their line)
    # ("small RNA sequencing": a molecule's letters, no name)
    found = [run[1:] if len(run) > 2 and run[0].text in ("in", "of", "for", "at", "on") else run
             for run in found]  # ("Researchers in Emerging Pests …": a role's word was cut)
    known, lower = set(body), _lower_case_words(text)
    found = [part for run in found for part in (
        [run[:1], run[1:]] if len(run) >= 3 and run[0].acronym and run[1].capitalised
        and run[-1].text in _BODIES_OF_THEIR_OWN
        and " ".join(t.text for t in run[1:]) in known and re.search(
            rf"\b{re.escape(run[0].text)}\b(?![^\S\n]+{re.escape(run[1].text)})", text)
        else [run])]
    # ("VOA State Department correspondent Nike Ching": a body's letters, then another body
    # the story names alone, each written alone elsewhere)
    found = [_without_common_tail(run, known, lower) for run in found]
    found = [run for run in found if not _section_heading(text, run, lower)]
    found = [part for run in found for part in _repeated_head(run, known)]
    found = [part for run in found for part in _written_twice(run)]
    found = [part for run in found for part in _short_forms_joined(run, known)]
    found = [part for run in found for part in _body_then_for(text, run, known)]
    found = [part for run in found for part in _part_then_glossed_body(text, run)]
    found = [run[2:] if len(run) > 2 and run[0].text in _DIVISIONS and run[1].text == "of"
             and know.places.get(run[2].text) else run for run in found]
    # ("the Departments of Ayacucho, Cusco, …": places of that kind, each a name of its own;
    # not "the Departments of Labor, Health and …")
    found = [run[:-1] if len(run) > 1 and run[-1].text in ("Yes", "No") and
             re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]) else run for run in found]
    # ("Wikimedia Argentina Yes": a table's row, its last column a yes or a no)
    found = [run[:-2] if len(run) >= 3 and run[-2].text == "Under" and
             run[-1].text in ("Investigation", "investigation", "Review", "review")
             else run for run in found]
    # ("… Snowdonia Under Investigation": a table's row, its last column the status)
    found = [run[1:] if len(run) >= 3 and run[0].text in ("Credit", "Credits") and
             re.search(r"(?:Photo|Image|Video):?[^\S\n]*$",
                       text[max(0, run[0].start - 10):run[0].start]) else run for run in found]
    # ("Photo:  Credit Bill Branson": a credit's label, then the name)
    found = [run[2:] if len(run) >= 3 and run[0].text in ("Photo", "Image") and
             run[1].text in ("Credit", "Credits") else run for run in found]
    # ("Photo Credit Associated Press (AP)": the label, with no colon, then the name)
    found = [run[:-1] if len(run) >= 2 and _CREDITED_BEFORE.search(
        text, max(0, run[0].start - 40), run[0].start)
        and re.match(r"[^\S\n]+[a-z]", text[run[-1].end:])
        and text.count(text[run[0].start:run[-2].end]) > text.count(
            text[run[0].start:run[-1].end]) else run for run in found]
    # ("This story appeared on CalMatters See if you can …": the outlet the story names
    # elsewhere, then the first word of the teaser, its line break lost)
    found = [run[1:] if len(run) > 3 and text[run[0].end:run[1].start] == ", " and (
        re.match(r"Co-[A-Z]", run[0].text) or run[0].text.casefold() in know.titles)
        else run for run in found]
    # ("Co-Lead, Hagerman Paleontology, Environments, and … Project": a post, then the name
    # of what it is held in, run on over the comma that lists that name's fields)
    found = [run[3:] if len(run) >= 5 and run[0].text in _MEMBERS_OF and run[1].text == "of"
             and run[2].text == "the" and any(t.text in ORGANISATION_HEADS
                                              or t.text in PLACE_HEADS for t in run[3:])
             else run for run in found]
    # ("from the Marines of the Air Station": the people of a body or a base, then its name)
    found = [run[:-2] if len(run) >= 3 and run[-2].text == "Group"
             and re.fullmatch(r"[A-L]", run[-1].text)
             and any(t.text in EVENT_HEADS for t in run[:-2]) else run for run in found]
    # ("their 2014 World Cup Group F soccer match": the tournament, then its group)
    found = [part for run in found for part in _company_of_town(text, run, know)]
    found = [part for run in found for part in _apart_from_codes(run)]
    found = [run for run in found
             if not (len(run) == 1 and re.match(r"\.[^\S\n]+No(?:s|\(s\))?\.", text[run[0].end:]))
             and not (len(run) == 3 and run[1].text in ("and", "or", "&")
                      and all(re.fullmatch(r"[A-Z]", t.text) for t in run[::2]))]
    # ("Inv. No(s). 332-542": a label's abbreviation before its number's, no name; "F and
    # M students": classes of visa or of grade by their letters, no names)
    found = [run for run in found if not any(_GLUED_MENU.fullmatch(t.text)
                                             or _FILE_LABEL.fullmatch(t.text) for t in run)]
    # ("Mills Seal001 Mills Seal002": images' file names as their labels, no names)
    # ("Unit HomeNewsNews Articles": a site's breadcrumb, its links run together)
    found = [part for run in found for part in run_on_parts(text, run, know)]
    found = [part for run in found for part in _bodies_listed(text, run)]
    bylined = [m.span() for m in _BYLINE_OPENING.finditer(text)]
    found = [part for run in found for part in _bylined(text, run, know)]
    found = [part for run in found for part in _credited(text, run, know)]
    found = [part for run in found for part in _languages_listed(text, run, know)]
    found = [run[2:] if len(run) > 2 and run[1].text == "of" and (
        run[0].text in COMPASS_LETTERS or (run[0].text in COMPASS_POINTS and _DISTANCE_BEFORE
                                           .search(text, max(0, run[0].start - 30), run[0].start)))
             else run for run in found]
    # ("1545 miles E of Hilo", "95 kilometres (60 miles) Northeast of Italy's capital")
    found = [part for run in found for part in (
        bulletin_parts(text, run, know) if shouting(text)
        and not member_in_capitals(text, run, know) else [run])]
    found = [part for run in found for part in shouted(text, run, know)]
    found = [part for run in found for part in _body_then_person(run, know)]
    found = [part for run in found for part in (
        [run[:-1], run[-1:]] if len(run) >= 3 and run[-1].text in alone
        and know.places.get(run[-1].text) == "country" and run[-3].text in know.given_names
        and run[-2].capitalised and not run[-2].acronym else [run])]
    # ("Vice President Kamala Harris Korea on issues": a person, then a country the story
    # also writes alone, run together where a word was lost)
    found = [part for run in found for part in (
        [run[:-1], run[-1:]] if 3 <= len(run) <= 4 and run[-1].acronym and run[-1].possessive
        and run[-1].text in alone and " ".join(t.text for t in run[:-1]) in known
        and all(t.capitalised and not t.acronym for t in run[:-1]) else [run])]
    # ("I'm Ony Anukem CC's communications manager": a person the story names alone, then
    # the letters of the body whose post follows, a comma lost between them)
    found = [part for run in found for part in (
        [run[:_before_and(run)], run[_before_and(run) + 1:]]
        if len(run) >= 4 and run[0].acronym and _before_and(run) < len(run) - 2
        and run[_before_and(run) + 1].text == run[0].text else [run])]
    # ("FSA Wales and FSA NI": two offices of one body, each its letters and a place)
    found = [part for run in found for part in (
        [run[:1], run[1:]] if len(run) >= 3 and run[0].acronym and run[0].text in alone
        and _before_and(run) < len(run)
        and know.places.get(" ".join(t.text for t in run[1:_before_and(run)]))
        in ("city", "region") else [run])]
    # ("the BLM Rock Springs and Rawlins field offices": the body, then towns; but "ERO New
    # Orleans" alone is the body's office there)
    found = [part for run in found for part in (
        [run[:1], run[1:]] if len(run) == 2 and run[0].acronym and run[0].text in alone and (
            (not run[1].acronym and run[1].text in alone and not know.is_demonym(run[1].text)
             and run[1].text not in know.languages and run[1].text not in ORGANISATION_HEADS
             and know.places.get(run[1].text) != "city")
            or (run[1].acronym and run[1].text.casefold() not in know.common_words
                and not (len(run[1].text) == 2 and (run[1].text in know.country_codes
                                                    or run[1].text in POSTAL_CODES))))
        else [run])]
    # (but "FSA NI", "BLM NV": a body's letters, then the code of the place its office is;
    # and "the FCA Board", a body's own board, though the story writes "Board" alone too)
    # ("NASA Boeing’s Orbital Flight Test-2": two names the story also writes alone, but
    # "EFF Austin" is the body's chapter in a city the story also names,
    # "VOA Kurdish" is a service in a language, "PLOS ONE" a journal named with a word;
    # "NOAA GOES-R weather satellite": a body the story names alone, then its craft)
    found = _before_surname_alone(_written_apart(found, know), know)
    found = _before_named_alone(found, know)
    found = _after_issue_month(found)
    found = _named_alone_then_body(_before_glued_today(found), know)
    found = [part for run in found for part in _after_call_sign(run)]
    found = _over_and_its(text, found, know)
    found = _across_slash(text, _dateline_glued(text, found, know))
    found = _with_particles(text, found, know)
    acts = {" ".join(t.text for t in run) for run in found
            if len(run) >= 2 and run[-1].text in LAW_HEADS}
    found = [part for run in found for part in _around_act(run, acts)]
    found = [run[1:] if len(run) > 1 and run[0].text in ("Copyright", "COPYRIGHT") and
             _after_copyright(text, run[0].start) else run for run in found]
    # ("© Copyright Bhekisisa Centre for …": the holder, without the word)
    found = [run[2:] if len(run) >= 4 and run[0].text in ("A", "An") and run[1].text == "New"
             and run[2].acronym else run for run in found]  # ("A New NIH Loan Repayment
    # Program (LRP) will …": an article and an adjective, then the programme by its body's
    # letters)
    found = [part for run in found for part in _logos_alt_text(text, run)]
    found = [part for run in found for part in _person_after_last_and(text, run)]
    found = [part for run in found for part in _person_before_titled_person(run, know)]
    found = [run[1:] if len(run) >= 3 and run[0].text == "Logo" and _alone_on_line(text, run)
             else run for run in found]  # ("Logo Agência Brasil" on its own line: a logo's
    # alt text, the outlet's name without the word; "Logo TV" alone is a channel's name)
    topics = _topic_list_lines(text, know)
    found = [run for run in found if not any(a <= run[0].start and run[-1].end <= b
                                             for a, b in topics)]
    tags = [m.span() for m in _TAG_LINE.finditer(text)]
    found = [run for run in found if not (
        len(run) == 1 and any(a <= run[0].start < b for a, b in tags)
        and re.match(r"[^\S\n]+[a-z]", text[run[0].end:]))]  # ("| Press Release , Domestic
    # abuse , CPS News" under a teaser: a topic's tag in sentence case, no name)
    lists = _place_lists(text)
    place_cells = _place_cells(text) if "|" in text else []
    found = [part for run in found for part in _in_place_list(run, lists, know)]
    found = [part for run in found for part in (
        _names_in_headline(text, run, body, settled, know, _lower_case_words(text))
        if any(run[0].start >= a and run[-1].end <= b for a, b in skip_lines)
        and not _after_copyright(text, run[0].start)
        and not _byline(text, run, know) and not _bylines_body(text, run, know)
        and not _headline_subject(text, run)
        and not _headline_sender(text, run, know) and not _headline_opening_name(text, run, know)
        and not _list_row(text, run) and not _after_logo(text, run)
        and not (len(run) <= 4 and (
            re.search(r"(?:\bby|\bCredits?:?)[^\S\n]+$",
                      text[max(0, run[0].start - 9):run[0].start])
            or SOURCE_LABEL_BEFORE.search(text, max(0, run[0].start - 12), run[0].start))
                 and re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:])
                 and not _common_phrase(text, run[1:])
                 and run[-1].text not in _OBJECT_PRONOUNS
                 and not (len(run) > 1 and run[0].text.endswith("ing")
                          and run[0].text not in know.given_names
                          and run[0].text not in know.surnames
                          and _PASSIVE_BY.search(text, max(0, run[0].start - 30),
                                                 run[0].start)))
        else [run])]  # ("Posted On: 05 APR 2025 6:48PM by PIB Delhi": who posted it, whole;
    # but not "… Escaped Teen Marriage by Singing About It": a verb and its pronoun, nor
    # "… Injured by Breathing Machines": a gerund opens no name;
    # but not "… Reported by Ohio Election Protection Groups" where the story writes
    # "Election protection groups say …": a place, then a common phrase)
    found = [part for run in found for part in _without_motto(run)]
    found = [kept for run in found if (kept := _before_riding(run, ridings))]
    found = [_before_title(_after_title(run, titles), titles) for run in found]
    charges = [m.span() for m in _CHARGE.finditer(text)]
    keystrokes = [m.span() for m in _KEYSTROKE.finditer(text)]
    keystrokes += [m.span() for m in _IMAGE_COUNT.finditer(text)]  # ("[Image 10 of 10]")
    hulls = [m.span(1) for m in HULL_NUMBER.finditer(text)]
    markup = [m.span() for m in _LICENCE_IN_TEXT.finditer(text)]
    markup += [m.span() for m in _POSTED_IN.finditer(text)]  # ("Posted inPolitics &
    # Elections": a post's categories, no names)
    markup += [m.span() for m in _HTML_TAG.finditer(text)]  # ("<P>", "<strong>": a feed's
    # markup served raw, no name)
    markup += _gerund_items(text, know)  # ("six themes …: Fighting at Hypervelocity and
    # Light Speed; …; Dominating the Battle in Littorals; …": themes' titles, no names)
    markup += [m.span() for m in _SORT_LINE.finditer(text)]  # ("Sort by: Date Best results
    # Enter a search term …": a listing's sorting options, no names)
    data_labels = _data_labels(text, words)
    record_labels = len(_RECORD_LABEL_LINE.findall(text)) >= 2
    speakers = speaker_labels(text, know)
    letters = _LETTER.findall(text[:20000])
    latin = 2 * sum(1 for ch in letters if _LATIN_LETTER.match(ch)) > len(letters)
    for run in found:
        if len(run) == 1 and record_labels and not run[0].possessive \
                and (m := _FIELD_LABEL_TAIL.match(text, run[0].end)) is not None \
                and not re.fullmatch(SPEECH, m.group("word")) \
                and not m.group("word").endswith("ed") \
                and re.search(r"(?:^|\n)[^\S\n]*(?:[•*-][^\S\n]*)?$|\d[^\S\n]+$",
                              text[max(0, run[0].start - 40):run[0].start]):
            continue  # "• Pack size: Glass jars …", "… 20 July 2013 Pack size: 200g": a
            # record's label, its first word capitalised, in a story whose lines open with
            # such labels (not "Kargbo said:", nor "… in Kansas politics: …")
        if len(run) == 1 and run[0].text.endswith("ed") and len(run[0].text) > 4 and \
                text.startswith(" by ", run[0].end) and run[0].text not in know.given_names \
                and run[0].text not in know.surnames and run[0].text not in know.places:
            continue  # "| Distributed by Public on …": a passive verb opening a label's
            # clause, no name
        if len(run) > 2 and run[0].text in _PORTFOLIO_LISTED and _PORTFOLIO_AFTER_COMMA.search(
                text, max(0, run[0].start - 120), run[0].start):
            k = next((k for k, t in enumerate(run) if t.text not in _PORTFOLIO_LISTED
                      and t.text not in ("and", "with", "the")), len(run))
            if k < len(run) - 1 and run[k].text[:1].isupper():
                run = run[k:]  # "Minister for Agriculture, Food and the Marine Simon Coveney
                # TD": the portfolio's last word, then the minister's name
        if _PORTFOLIO_AFTER_COMMA.search(text, max(0, run[0].start - 120), run[0].start) and \
                all(t.text in _PORTFOLIO_LISTED or t.text in ("and", "&", "the", "with")
                    for t in run):
            continue  # "Minister of Innovation, Science and Economic Development": the rest
            # of a post's portfolio after its comma, no body's name
        if run[0].start in speakers:
            out.append(replace(_candidate(text, run, hint="speaker"), initial=False))
            continue  # "Booker: From the time …": a transcript's speaker, by a surname
        first = run[1] if len(run) > 1 and run[0].text == "The" else run[0]
        if any(first.start >= t.start and run[-1].end <= t.end + 1 for t in titles):
            continue  # inside a title: the title is the name (and "The" opening the
            # sentence before it: "The Ministry of Culture, Sports and Tourism …")
        if any(run[0].start >= a and run[-1].end <= b for a, b in phrases):
            continue  # "“Target Number One” for the military, he told …": words, no name
        if _FIELD_OF.search(text, max(0, run[0].start - 40), run[0].start) and \
                _AT_AFTER.match(text, run[-1].end):
            continue  # "an assistant professor of Culture and Communication at …": the
            # subject a post is in, no name (the university after "at" is one)
        if any(run[0].start >= a and run[-1].end <= b for a, b in markup):
            continue  # "Ed Schipul / CC BY-SA", "CC0": a licence; "<P>": a tag; no names
        if any(run[0].start >= a and run[-1].end <= b for a, b in charges):
            continue  # "wanted for First-Degree Murder": a crime as charged, no name
        if len(run) == 1 and run[0].text.rstrip(".") in PHONE_LABELS and (
                _NUMBER_AFTER.match(text, run[0].end) or (
                    text[run[0].start - 1:run[0].start] == "/"
                    and re.match(r"[^\S\n]*(?:\n|$)", text[run[0].end:]))):
            continue  # "Tel.: +32 229 60524", "Fax: 555 …": the label of a number (or a
            # column's, "Media Contact Name/Phone")
        if run[-1].text in FIELD_LABELS and text.startswith(":", run[-1].end) and (
                len(run) == 1 or (len(run) == 2 and run[0].possessive) or (
                    len(run) <= 3 and _LABEL_OPENING.fullmatch(
                        text, text.rfind("\n", 0, run[0].start) + 1, run[0].start))):
            continue  # "Source: President of Russia – …", "Editor's Note: …", a line's
            # "Media Contact: Theola DeBose", "Name of Product: …", "Report an Unsafe
            # Product: …", "Incidents/Injuries: None reported": a label
        if len(run) == 2 and run[0].possessive and _is_title(run[0].text, know.titles) and \
                text.startswith(":", run[-1].end) and run[-1].text not in ORGANISATION_HEADS and \
                not text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip():
            continue  # "Editor’s Notebook: …", "President’s Corner: …": a column's label,
            # named for its writer's post (but "Governor’s Office: …" is a body)
        if _LABEL_LINE.fullmatch(text, text.rfind("\n", 0, run[0].start) + 1,
                                 line_end(text, run[-1].end)) and \
                not (run[-1].text in ORGANISATION_HEADS or run[-1].text in PLACE_HEADS or (
                    len(run) > 2 and run[0].text in ORGANISATION_HEADS and run[1].text == "of")):
            continue  # "Legal Basis:", a form's label alone on its line (but "Ninth
            # Circuit:", "Court of International Trade:" head a list with a body's name)
        if re.match(r"[^\S\n]+(?:descent|origin|heritage|ancestry|extraction)\b",
                    text[run[-1].end:run[-1].end + 14]):
            continue  # "immigrants of Hispanic and East Indian descent": adjectives
        if len(run) == 1 and run[0].text in ("NW", "NE", "SW", "SE") and \
                (m := re.search(r"(\w+)\.?,\s*$", text[max(0, run[0].start - 30):
                                                       run[0].start])) and \
                (m.group(1) in PLACE_HEADS or m.group(1).rstrip("s") in PLACE_HEADS
                 or m.group(1) in ("St", "Ave", "Blvd")):
            continue  # "Constitution Avenue at 7th Street, NW": the city's quarter
        if len(run) == 1 and len(run[0].text) >= 7 and run[0].text.isupper() and \
                run[0].text.isalpha() and _LABEL_LINE_WORD.fullmatch(
                    text, text.rfind("\n", 0, run[0].start) + 1, line_end(text, run[0].end)):
            continue  # "PROGRAMS" alone on its line: a page's section heading
        if len(run) == 1 and text[run[0].start - 2:run[0].start] == " [" and \
                text.startswith("]", run[0].end) and run[0].text in _KIND_HEADS:
            continue  # "the Aidar [Battalion]": an editor's word for what the name is
        if len(run) == 1 and run[0].text in _AGE_GROUPS and re.search(
                r"\bUnder[ -]\d{1,2}[^\S\n]+$", text[max(0, run[0].start - 12):run[0].start]):
            continue  # "the Under 23 Men’s team": an age group in sport, no name
        joined = " ".join(t.text for t in run)
        if _LICENCE_NAME.fullmatch(joined) or "Commons Attribution" in joined or \
                re.match(r"(?:NonCommercial|NoDerivatives|NoDerivs|ShareAlike)\b", joined):
            continue  # "CC BY-NC-SA 2.0", "Creative Commons Attribution": a licence (or its
            # name's second half, after a line broke it: "ShareAlike 4.0 International
            # License")
        if len(run) == 1 and run[0].text in ("Photo", "Photos", "Image", "Photograph") and (
                text.startswith(" by ", run[0].end) or (
                    text[run[0].start - 1:run[0].start].isalpha()
                    and re.match(r"[^\S\n]*(?:\n|$|[-–|][^\S\n])", text[run[0].end:]))):
            continue  # "Photo by Gage Skidmore": a credit's label; "… supporting
            # TaiwanPhotos - New Southbound Policy": a gallery's, glued to a headline
        if len(run) == 1 and re.fullmatch(r"[a-z]{2}-[A-Z]{2}", run[0].text):
            continue  # "en-US": a feed's language
        if len(run) == 1 and know.is_demonym(run[0].text) and \
                text.startswith(" administration", run[0].end):
            continue  # "since the current Iranian administration took office": a country's
            # government by its people's adjective, no name (but "the Bush administration")
        if len(run) == 1 and re.search(r"\bEST\.[^\S\n]*$", text[max(0, run[0].start - 6):
                                                                    run[0].start]):
            continue  # "EST. M-47484": an establishment's number inside the mark of inspection
        if run[0].text in ("Best", "Use", "Sell", "Packed") and len(run) <= 2 and \
                re.match(r"[^\S\n]+(?:[Bb]y|[Bb]efore|[Oo]n)\b", text[run[0].end:]):
            continue  # "with Best By date of Feb. 13, 2019": a package's date label
        if len(run) >= 2 and all(t.text.isupper() and t.text.isalpha() for t in run) and \
                re.search(r"(?<![\w-])" + r"[\s-]+".join(re.escape(t.text.lower()) for t in run)
                          + r"(?![\w-])", text):
            continue  # "… RECALLS READY TO EAT SALAD PRODUCTS …" over "ready-to-eat (RTE)
            # salad products": a headline's words in capitals that the story writes in lower
            # case, no name
        if len(run) >= 2 and run[-1].text in ("ISSN", "ISBN") and \
                re.match(r"[^\S\n]+\d", text[run[-1].end:]):
            run = run[:-1]  # "… TU1-2013 ISSN 1709-2841": a catalogue's number, then the
            # label of the serial's
        if len(run) >= 3 and run[-1].text == "Cat" and text.startswith(". No", run[-1].end) \
                and re.fullmatch(r"(?:19|20)\d\d", run[-2].text):
            run = run[:-2]  # "© Minister of … Canada 2013 Cat. No. TU1-2013": the year of
            # the copyright, then the catalogue number's label
        if len(run) >= 2 and run[-1].text in CONTACT_LABELS and \
                text.startswith(":", run[-1].end):
            run = run[:-1]  # "… 01332 253301 Derby UK Website: www…", "Southampton Email:
            # maib@…": an address's town and country, then the label of the next detail
        if len(run) == 1 and re.fullmatch(r"\d+[A-Z]{1,3}", run[0].text) and re.search(
                rf"\b(?:sub)?(?:{_PARTS_IN_LOWER_CASE})s?[^\S\n]+$",
                text[max(0, run[0].start - 14):run[0].start]):
            continue  # "section 12AD", "subsection 12AA(1)": a law's part by its number
        if len(run) == 1 and run[0].text in ("U.S.C.", "USC", "C.F.R.", "CFR") and \
                re.search(r"\b\d+[^\S\n]+$", text[max(0, run[0].start - 6):run[0].start]):
            continue  # "39 U.S.C.3651(b)", "40 CFR 60": a title of the code, a citation
        if len(run) == 1 and run[0].text in _ADDRESS_UNITS and \
                re.match(r"[^\S\n]+#?\d", text[run[0].end:]):
            continue  # "…, Suite 4000, Washington": an address's suite, no name
        if len(run) == 2 and run[1].text in _AWARD_HOLDERS and re.search(
                r"\b(?:a|an)[^\S\n]+$", text[max(0, run[0].start - 4):run[0].start]):
            continue  # "a Fulbright Student to Botswana", "as a Gilman Scholar": one who holds
            # an award, called after it, no name (the award is named elsewhere)
        if len(run) == 2 and re.fullmatch(r"\d{1,2}", run[1].text) and \
                re.fullmatch(r"[A-Z][a-z]{3,}s", run[0].text) and \
                re.match(r"[^\S\n]*(?:,|and|&)[^\S\n]*(?:and[^\S\n]+)?\d{1,2}(?![\w-])",
                         text[run[1].end:]):
            continue  # "Offices: Regions 3, 4, and 5": parts of a whole by their small
            # numbers, the plural their kind's, no name (but "Forms 1040, 1040A and 1040EZ"
            # names forms)
        if len(run) == 2 and run[0].text in _ADDRESS_UNITS and run[1].number and \
                re.search(r",[^\S\n]*$", text[max(0, run[0].start - 3):run[0].start]):
            continue  # "301 4th Street SW, Room 348": an address's room, its number and all
        coded = next((k for k, t in enumerate(run) if _POSTCODE_AT.match(text, t.start)), None)
        if coded is not None:
            run = run[:coded]  # "Derby DE21 4BA", "Ottawa, Ontario K1A 0A3": a British or a
            if not run:  # Canadian postcode, no name
                continue
        if any(a <= run[0].start and run[-1].end <= b for a, b in hulls):
            continue  # "USS Higgins (DDG 76)": a ship's hull number, part of its name
        if run[-1].possessive and text.startswith(" Mate", run[-1].end):
            continue  # "Senior Chief Gunner’s Mate Jessica Saunders": a rating's first word
        if text.startswith(":", run[-1].end) and run[0].start in data_labels and \
                len(run) >= 3 and run[0].text in know.given_names and \
                run[-1].text not in know.surnames and not run[-1].acronym and \
                run[-1].text not in ORGANISATION_HEADS:  # (not "… by Tennessee Valley
            # Authority: (Logo: …) WHAT: …", a body named before the advisory's fields)
            run = run[:-1]  # "Warren G. Harding Obverse: WH-01: 0 …": a person, then the
            # word the scores are for
        elif text.startswith(":", run[-1].end) and run[0].start in data_labels and \
                len(run) >= 2 and run[-1].text.isupper() and run[-1].text.isalpha() and \
                not run[-2].text.isupper() and run[-1].text.casefold() in _ADVISORY_LABELS:
            run = run[:-1]  # "WHAT: TVA Storm Damage News Conference WHO: …": a media
            # advisory's field, its value run into the next label
        elif text.startswith(":", run[-1].end) and run[0].start in data_labels and \
                not (len(run) >= 3 and run[-1].text in ("Bill", "Act")
                     and "(" in text[run[0].start:run[-1].start]):
            continue  # "… MB Location: JP Web Views: 4 …": a data block's labels (but
            # "Civil Partnership (Scotland) Bill: Stage 1" in an agenda is the bill's name)
        if text[run[0].start - 1:run[0].start] == "=" and re.search(
                r"[/?&]\S*$", text[max(0, run[0].start - 60):run[0].start]):
            continue  # "youtube.com/watch?v=ENP8fqRvGII": a link's parameter
        if len(run) == 1 and run[0].text in SEASONS and re.match(
                r"[^\S\n]+(?:1[89]|20)\d\d\b", text[run[0].end:]):
            continue  # "Spring/Summer 2020": a season and its year
        if len(run) == 1 and len(run[0].text) == 1 and \
                text[run[0].start - 1:run[0].start] in ("“", '"', "‘") and \
                text[run[0].end:run[0].end + 1] in ("”", '"', "’"):
            continue  # "the “S” mint mark": a letter talked about, no name
        release = next((k for k in range(min(2, len(run)))
                        if [t.text.casefold() for t in run[k:k + 2]] == ["immediate", "release"]),
                       None)
        if release is not None:
            rest = run[release + 2:]
            if len(rest) < 2 or rest[0].text.title() in MONTHS_AND_DAYS or \
                    rest[0].text.isupper() or rest[0].text not in know.given_names:
                continue  # "FOR IMMEDIATE RELEASE WEDNESDAY, APRIL 9, 2003": a release's
                # header
            run = rest  # "For Immediate Release Julia Koster February 8, 2019 …": the
            # contact's name run into the header
        if run[0].text.casefold() == "embargoed":
            continue  # "EMBARGOED UNTIL RELEASE AT 8:30 A.M. EDT": a release's embargo
        if re.match(r"\.[A-Za-z]{2,}\.[A-Za-z]{2,}", text[run[-1].end:run[-1].end + 30]) and \
                run[-1].text.isupper():
            continue  # "WWW.USDOJ.GOV": a web address in capitals
        if len(run) == 1 and re.fullmatch(r"\d+[A-Z]{1,4}", run[0].text) and \
                re.search(r"\bcode[^\S\n]+$", text[max(0, run[0].start - 12):run[0].start]):
            continue  # "(product code 17XD)": a catalogue's code
        if len(run) == 1 and _CODE.fullmatch(run[0].text) and _FIELD_AFTER.match(
                text, run[-1].end):
            continue  # "WH-07: 21": a design's code and its score
        if any(a < run[-1].end and run[0].start < b for a, b in keystrokes):
            continue  # "Please Press Ctrl + P", "ALT + V": keys to press, no names
        if re.search(r"[→>][^\S\n]*$", text[max(0, run[0].start - 3):run[0].start]) and \
                re.match(r"[^\S\n]*[→>]", text[run[-1].end:run[-1].end + 3]):
            continue  # "ALT + V → X → …": a step of a menu's path
        if len(run) == 1 and len(run[0].text) == 1 and \
                text[run[0].start - 1:run[0].start] == "(" and text.startswith(")", run[0].end):
            continue  # "(G)Larger(L)Medium": a menu's letter keys
        if text.startswith("@", run[-1].end):
            continue  # "PressOffice@bls.gov": an e-mail address's mailbox
        if len(run) == 1 and text[run[0].start - 1:run[0].start] == "#" and \
                re.fullmatch(r"[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}", run[0].text):
            continue  # "#FFFFFF": a colour's code that a copy of the page kept
        if all(re.fullmatch(r"[A-Z]{1,2}-?\d+[a-z]?", t.text) or t.text == "and" for t in run) \
                and re.search(r"\b(?:tables?|figures?|charts?|appendix|appendices|"
                                       r"exhibits?|sections?)\s+(?:[A-Z]-?\d+,?\s+(?:and\s+)?)*$",
                                       text[max(0, run[0].start - 40):run[0].start], re.I):
            continue  # "(See tables A-1 and A-2.)": a table's label
        if any("_" in t.text for t in run) or (
                re.match(r"[(=]", text[run[-1].end:])
                and not (all(t.text.isupper() for t in run)
                         and _DATE_IN_BRACKETS.match(text, run[-1].end))):
            continue  # "Math.floor(", "ID=181918", "CLICK_MACRO_PLACEHOLDER": a page's code
            # glued into the text, no names (but "PERSIAN GULF(Feb. 3, 2003) --", a
            # dateline whose space was lost)
        if len(run) <= 3 and _FIELD_AFTER.match(text, run[-1].end) and \
                text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip() in (
                    "", "For", "FOR"):
            continue  # "Last Build Date: Sun, 25 Feb 2018": a feed's field label
        if len(run) > 1 and run[-1].number and re.match(r"[^\S\n]+\d", text[run[-1].end:]) \
                and not (run[-2].text in WORK_HEADS
                         and re.fullmatch(r"(?:1[6-9]|20)\d\d", run[-1].text)):
            # (not "… Regulations 2005 2 In accordance …": a law's year, then a footnote's
            # number a document's extraction kept)
            run = run[:-1]  # "Northwest 22 95 87 181 …": a table's row run into one line, a
            # name, then its numbers
            heading = next((k for k, t in enumerate(run) if not t.acronym), len(run))
            if 3 <= heading < len(run) and run[heading].text[1:].islower():
                run = run[heading:]  # "… HELI AIRT OVRHD OVRHD Alaska 12 4": the table's
                # column headings in capitals, then its first row's name
        if len(run) == 1 and run[0].text.isupper() and text.startswith(".", run[0].end) and \
                run[0].text.title() in ABBREVIATIONS and run[0].text not in know.us_states:
            continue  # "LT. Colonel Chuck Davis": an abbreviated rank in capitals (but "now
            # lives in LA.": a state's or a city's letters, a sentence's end after them)
        if _in_label(text, run):
            continue  # "Type 1 IMTs committed: 6", "Date/Time Stamp: Monday, …": a report's
            # field and its value, no name
        if len(run) >= 2 and run[0].text.casefold() == "view" and \
                run[1].text.casefold() == "original":
            run = run[2:]  # "VIEW ORIGINAL", "View Original WASHINGTON": a photo's link
            if not run:
                continue
        if all(t.text in ("Show", "Hide", "Caption", "+") for t in run):
            continue  # "Show Caption + Hide Caption": a photo carousel's buttons
        if run[0].text == "Photo" and (len(run) == 1 or run[1].text == "Credit") and \
                re.match(r"[^\S\n]+(?:Credit|by)\b", text[run[0].end:run[0].end + 8]):
            continue  # "(Photo Credit: U.S. Army)", "Photo by …": a credit's label
        if len(run) == 1 and \
                re.search(r"\|[^\S\n]*$", text[max(0, run[0].start - 3):run[0].start]) and \
                re.match(r"[^\S\n]+[a-z]+[^\S\n]*(?:\||\n|$)", text[run[0].end:run[0].end + 20]):
            continue  # "| News release | Archived content": a page's fields between bars
        if len(run) == 1 and run[0].text in SIDES and \
                re.search(r"\d[^\S\n]*(?:[a-z]{1,5}[^\S\n]+)?$", text[max(0, run[0].start - 12):
                                                                       run[0].start]):
            continue  # "longitude 72.9 West", "1545 miles E of Hilo": a direction, no name
        if (len(run) >= 2 or shouting(text)) and all(
                t.text in BULLETIN_WORDS or t.text.rstrip(".") in DAYS_SHORT for t in run):
            continue  # "800 PM EDT Sun Sep 24 2017": a time, its zone and its day
        if len(run) == 1 and run[0].text in ("Olympic", "Paralympic") and \
                re.match(r"[^\S\n]+[a-z]", text[run[0].end:run[0].end + 2]):
            continue  # "the Olympic team", "Olympic trials": the games' adjective
        if len(run) == 1 and run[0].text == "Released" and text[run[0].start - 1] == "/":
            continue  # "(DHS Photo by Benjamin Applebaum/Released)": a photo's release mark
        if len(run) >= 2 and run[-1].text == "Date" and text.startswith(":", run[-1].end):
            run = run[:-2] if run[-2].text in _DATE_LABELS and len(run) > 2 else run[:-1]
            # ("Uvalde, Texas Release Date: May 25, 2022": a label run into the name)
        if re.match(r"[^\S\n]+(?:date|update|updated)[^\S\n]*:", text[run[-1].end:]):
            run = run[:-1]  # "… mass gathering - France Opening date: 23 May 2016": a
            if not run:  # field's label run into the name before it
                continue
        if len(run) <= 2 and run[-1].text.endswith("ed") and \
                re.match(r"(?:[^\S\n]+(?:on|On|at|by|in|under|to))?[^\S\n]*:", text[run[-1].end:]) \
                and text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip(" |•*-") == "":
            continue  # "| Published on:", "Last updated:", "Filed under:": a page's label
        if len(run) == 1 and run[0].text in ("Published", "Posted", "Updated") and \
                _MONTH_AFTER.match(text, run[0].end):
            continue  # "… mission Published Sept. 6, 2006 By …": a page's label, its date
        if len(run) == 1 and re.fullmatch(r"[A-Z]{4,}\d{1,2}", run[0].text) and \
                re.match(r"[^\S\n]*(?:\n|$)", text[run[0].end:]):
            continue  # "CONTENTS1" alone on its line: a heading and its footnote's number
            # (not "UNITED24 - Make a charitable donation …": a name with its number)
        if latin and not any(_LATIN_LETTER.search(t.text) for t in run):
            continue  # "Президентом Чехії …" in an English story: another script's words
        if run[0].text.rstrip(".") in ("C", "F", "K") and \
                text[run[0].start - 1:run[0].start] == "°":
            unit, run = run[0], run[1:]  # "30°C. This …": a temperature's unit, no name
            if not run or run[0].text in FUNCTION_WORDS:
                continue
            run[0].initial = run[0].initial or (unit.text.endswith(".") and len(run) == 1)
            # (the word after "°C." opens a sentence)
        if run[-1].text in ("Tech", "Master", "Staff", "First") and \
                re.match(r"\.?[^\S\n]+(?:Sgt|SGT|Sergeant)\b", text[run[-1].end:run[-1].end + 12]):
            run = run[:-1]  # "Tech. Sgt. Ann Lee", "… fallen Air Force Tech. Sgt. John A.
            # Chapman": the rank's first word (but "Georgia Tech.")
            if not run:
                continue
        if len(run) == 2 and run[1].text == "I" and (
                run[0].text in QUESTION_OPENERS or run[0].text in ("May", "Will", "Shall")):
            continue  # "Can I begin by acknowledging …": a verb and the pronoun
        if len(run) == 2 and run[0].text in _STEPS and re.fullmatch(r"\d{1,2}|[A-Z]", run[1].text):
            continue  # "the “SET” Level 2 evacuation status", "(Level 1)": a step of a
            # scale, no name
        if len(run) == 1 and run[0].text in ("Draft", "Summary", "Study", "Report") and \
                text.startswith(" of ", run[0].end) and \
                any(t.start == run[0].end + 4 for t in titles):
            continue  # "the Draft of Promoting Access to Voting: …": what the title is a
            # draft of follows, and is the name
        if len(run) == 1 and run[0].text in _STEPS and \
                re.match(r"[^\S\n]+(?:[A-Z]|\d{1,2})\b", text[run[0].end:run[0].end + 4]):
            continue  # "(see Appendix A)": a document's part by its letter, no name
        if run[-1].text == "Series" and all(t.text in ("The", "the") for t in run[:-1]) and \
                re.match(r"[^\S\n]+(?:19|20)\d\d\b", text[run[-1].end:run[-1].end + 6]):
            continue  # "the Series 2009 $5 note": a banknote's series by its year, no name
        if len(run) == 1 and re.fullmatch(r"[A-Z]\.", run[0].text):
            continue  # "P." alone: an initial (or a scan's broken word) names no one
        if len(run) == 2 and run[0].text in ("Total", "Results", "Showing") and \
                re.fullmatch(r"[\d,]+", run[1].text):
            continue  # "Total 475 [ 65 / 95 ]": a listing's count of items, no name
        if len(run) == 1 and re.search(r"\)[ \t]$", text[:run[0].start]) and (
                run[0].text in BRACKETED_HEADS or re.search(
                    rf"\b{re.escape(run[0].text)}(?:[ \t]+[\w’'&,.-]+){{1,15}}[ \t]+"
                    rf"\([A-Z][^()\n]{{0,20}}\)[ \t]+$",
                    text[max(0, run[0].start - 240):run[0].start])):
            continue  # "… Task Forces (OCDETF) Program": the head of the short form's name;
            # "the Coalition on … Conservation (SPG) Coalition": the name's first word again
        if len(run) == 1 and (run[0].text in _DEGREES or (
                run[0].text == "Ph" and text.startswith(".D", run[0].end))):
            continue  # "Rick Spinrad, Ph.D., NOAA administrator": a degree
        line_start = text.rfind("\n", 0, run[0].start) + 1
        before = text[line_start:run[0].start]
        whole_line = text[line_start:line_end(text, run[-1].end)]
        if all(t.text.isupper() for t in run) and not any(c.islower() for c in whole_line) and \
                re.search(r"\.{3,}[^\S\n]*\d{1,3}[^\S\n]*$", whole_line):
            continue  # "OTHER BUSINESS...... 11": a table of contents' heading in capitals,
            # its dot leader and page number
        if all(t.text.isupper() for t in run) and not any(c.islower() for c in before) and (
                _HEADING_AFTER.match(text, run[-1].end) or (
                    _LABEL_AFTER.match(text, run[-1].end) and before.strip() in ("", "•")
                    and " ".join(t.text for t in run).title() not in know.places
                    and " ".join(t.text for t in run) not in COUNTRY_LETTERS
                    and not (2 <= len(run) <= 4
                             and (run[0].text.title() in know.given_names
                                  or run[0].text.title().rstrip(".") in ("Mr", "Ms", "Mrs", "Dr")
                                  or (_is_title(run[0].text.title(), know.titles)
                                      and not _is_title(run[-1].text.title(), know.titles)
                                      and (_repeated_label(text, run)
                                           or _labels_in_capitals(text) >= 3))
                                  or (run[0].text.title() in ROLE_MODIFIERS
                                      and _is_title(run[-2].text.title(), know.titles)
                                      and not _is_title(run[-1].text.title(), know.titles)
                                      and _another_label(text, run)))
                             and re.match(r":[^\S\n]+(?:\S+[^\S\n]+){3,}[^\n]*[a-z]",
                                          text[run[-1].end:]))
                    and not (text.startswith(", ", run[0].end)
                             and run[0].text.title() in know.places))):
            continue  # "WHERE:", "A/V NOTE:": a heading of a media advisory; "PRESS RELEASE :
            # …", a label (but "NEW DELHI: …", "WASHINGTON, D.C.: …", a dateline, "USA: …", a
            # country's letters before a headline; and
            # "JACINTA ALLAN: It’s great to be here …", "MR PRICE: Good afternoon …",
            # "UNDER SECRETARY BASS: Great. …", a transcript's speaker; "CHIEF CABINET
            # SECRETARY SUGA: This afternoon …" after "REPORTER: …", a press conference's)
        if (run[0].text in ("Pronounced", "pronounced") and text[:run[0].start].endswith("(")) \
                or re.search(r"\([Pp]ronounced[^\S\n]+$", text[max(0, run[0].start - 20):
                                                              run[0].start]):
            continue  # "King George Tupou (Pronounced Too-pow)", "Geni (pronounced GEE-nie)":
            # how to say it
        if len(run) == 1 and re.match(r"/[a-z]{1,4}\b", text[run[0].end:run[0].end + 6]):
            continue  # "113 Bcf/d", "MMBtu/yr": a unit per day or per year, no name
        if len(run) == 1 and _block_name(text, run[0]):
            continue  # "KeystoneBeyondPreviewBlock" on a line of its own: a content system's
            # name for a box of the page, left in the copied text
        if len(run) == 1 and text.startswith("\n", run[0].end) and \
                _cut_short(text, run[0].text, know):
            continue  # "… removing the section from the Enbrid": a caption cut mid-word
        credit = _in_credit(text, run)
        if credit is not None:
            if credit != "licence":  # ("CC BY-ND": no name)
                out.append(_candidate(text, run, hint=credit))
            continue
        cut = [_without_capital_connector(text, c) for c in _cut(text, run, know, surnames)
               if c.text not in AUXILIARIES and not _common_after_demonym(text, c, know)
               and not any(t.start <= c.start and c.end <= t.end for t in titles)
               and not _gerund(text, c, know) and not _participle_and_noun(text, c, know)
               and not _glued_header_row(text, c)
               and not (len(c.words) == 1 and c.words[0] not in know.given_names
                        and not know.places.get(c.words[0])
                        and text.endswith(" to ", 0, c.start)
                        and re.match(r" [A-Z][a-z]", text[c.end:c.end + 3])
                        and _title_case_line(text, c.start))
               and not _menu_leftover(text, c) and not _in_menu_line(text, c, know)
               and not (len(c.words) == 1 and _SUSPENDED_HYPHEN.match(text, c.end))
               and not (len(c.words) == 2 and c.words[0] == "Q." and c.words[1] in _ASKING
                        and not text[text.rfind("\n", 0, c.start) + 1:c.start].strip())
               and c.text not in _DEGREES and not (c.text == "Ph" and text.startswith(
                   ".D", c.end))  # ("his M.S. and Ph.D. in …": degrees, listed)
               and not (_DOTTED_LETTERS.fullmatch(c.text) and c.text not in COUNTRY_LETTERS
                        and _DEGREE_BEFORE.search(text, max(0, c.start - 12), c.start))
               and not (_DEGREE_IN.search(text, max(0, c.start - 30), c.start)
                        and not any(w in ORGANISATION_HEADS for w in c.words))
               and not (c.role and len(c.words) > 1 and c.words[-1].casefold() in know.titles
                        and c.words[0] not in know.given_names
                        and not any(w in ORGANISATION_HEADS for w in c.words))]
        # ("Richard Aragon to Direct Division of …" heading a post: a verb after "to",
        # before its object)
        # ("The Commonwealth Chief Medical Officer": the rest of a title after its first
        # word, no one's name; "Mis- Dis- and Mal": a prefix whose word comes later; "Q. Do
        # you plan …": a reporter's label, then the question; "Ph.D., M.M.H.C.": a
        # credential's letters after a degree's)
        cut = [_adjective_only(text, [c.text]) if c.hint is None and c.end > 0
               and " " in c.text and know.is_demonym(c.text)
               and re.match(r"[^\S\n]+[a-z]", text[c.end:c.end + 2]) else c for c in cut]
        # ("President Moon Jae-in and North Korean leader Kim Jong Un": a people's
        # adjective, once "and" split it from the name before it)
        # ("We Are apologized that your browser …": a verb in capitals, no name)
        if any(a <= run[0].start and run[-1].end <= b for a, b in bylined):
            for candidate in cut:
                if candidate.hint is None and candidate.words[0] in know.given_names:
                    candidate.hint = "byline"  # "By …, Vanessa Andreotti, and Will Valley"
        if any(a <= run[0].start < b for a, b in lists):
            for candidate in cut:
                candidate.hint = candidate.hint or "place"
        if any(a <= run[0].start and run[-1].end <= b for a, b in place_cells):
            for candidate in cut:
                candidate.hint = candidate.hint or "place-column"
        out.extend(_with_scale(text, _without_connector(text, c)) for c in cut
                   if not re.fullmatch(r"\d+(?:st|nd|rd|th)", c.text))
        # ("on 5th April, 2025": an ordinal, the day of a date)
    out = _members_and_seats(text, words, out, know)
    out = _degreed_rows(text, out, know)
    out = _titled_works(text, out)
    out = _roll_labels(text, out)
    out = _cited_journals(text, out)
    out = _cited_authors(text, words, out, know)
    out = _native_names(text, out, know)
    german = _german_lines(text)
    if german:
        elsewhere = {c.text for c in out if not any(a <= c.start < b for a, b in german)}
        out = [c for c in out if not any(a <= c.start < b for a, b in german)
               or _name_in_german(c, elsewhere, know)]
    out = [_before_plural_letters(text, c, know) for c in out]
    return sorted(out, key=lambda c: c.start) if titles else out


def _before_plural_letters(text: str, c: Candidate, know: Knowledge) -> Candidate:
    """A place without the plural letters after it: "… Eastbourne and Newhaven CRTs" names
    the town, then its teams by their letters, no one body's name."""
    if len(c.words) >= 2 and re.fullmatch(r"[A-Z]{2,5}s", c.words[-1]) and (
            know.places.get(" ".join(c.words[:-1])) is not None
            or (len(c.words) == 2 and know.town(c.words[0]))):
        end = text.rfind(c.words[-1], c.start, c.end)
        return _span(text, c.start, len(text[:end].rstrip()), hint=c.hint)
    return c


#: A line of a parliament's roll of members: "† Baynes, Simon (Clwyd South) (Con)", the
#: surname first, then the seat and the party's letters in brackets.
_ROLL_LINE = re.compile(r"(?m)^[^\S\n]*(?:[A-Z][a-z]+)?(?:†|\*)?[^\S\n]*"
                        r"(?P<surname>[A-Z][\w’'-]+),[^\S\n]+"
                        r"(?P<given>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)?)[^\S\n]+"
                        r"\((?P<seat>[^()\n]+)\)(?:[^\S\n]+\((?P<party>[A-Z][\w/-]{1,12})\))?"
                        r"[^\S\n]*$")
#: A member named by the seat, then the name in brackets: "the hon. Member for Walsall,
#: North (Mr. Winnick)", "… and for Lewes (Norman Baker)".
_SEAT_THEN_NAME = re.compile(r"\bfor[^\S\n]+(?P<seat>[A-Z][\w’'-]*(?:(?:,[^\S\n]+|[^\S\n]+"
                             r"(?:and[^\S\n]+)?)[A-Z][\w’'-]*){0,5})[^\S\n]+\((?P<name>"
                             r"(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?[^\S\n]+)?[A-Z][\w’'.-]*(?:[^\S\n]+"
                             r"[A-Z][\w’'.-]*){0,3})\)")


def _post_not_seat(words: str) -> bool:
    """Whether what stands in a seat's place is a post: "(Parliamentary Under-Secretary of
    State for Business, Energy and Industrial Strategy)", a title or small words a seat's
    name lacks ("Newcastle upon Tyne" and "Feltham and Heston" are seats)."""
    return _POST_WORD.search(words) is not None or any(
        w.islower() and w not in ("and", "upon", "on", "under", "the")
        for w in re.split(r"[\s-]+", words))


#: Words that make a post of what stands in brackets after a member's name.
_POST_WORD = re.compile(r"\b(?:Secretary|Minister|Commissioner|Chancellor|Whip|Speaker|"
                        r"Solicitor|Attorney|Leader|Chair|Chairman|Treasurer|Comptroller|"
                        r"Paymaster|President)\b")


def _members_and_seats(text: str, words: list[Token], out: list[Candidate],
                       know: Knowledge) -> list[Candidate]:
    """Members of a parliament as its record lists them: a roll of "Surname, Given (Seat)
    (Party)" lines, and members named by their seats with their names in brackets after
    them ("the hon. Member for Aberdeen, North (Mr. Doran)"). Each seat is one place,
    commas and "and" inside it; each member one person; each party's letters a body."""
    spans: list[tuple[int, int, str]] = []
    rolls = list(_ROLL_LINE.finditer(text))
    if len(rolls) >= 3:
        for m in rolls:
            spans.append((m.start("surname"), m.end("given"), "member"))
            if not _post_not_seat(m.group("seat")):
                spans.append((m.start("seat"), m.end("seat"), "seat"))
            if m.group("party"):
                spans.append((m.start("party"), m.end("party"), "party"))
    for m in _SEAT_THEN_NAME.finditer(text):
        if not re.search(r"\bMembers?\b[^.;:]*$", text[max(0, m.start() - 150):m.start()]) \
                or _post_not_seat(m.group("seat")) or m.group("name").isupper():
            continue  # (not "… Officer of the Centers for Disease Control and Prevention
            # (CDC)" after "members of the Subcommittee.": a body and its letters)
        spans.append((m.start("seat"), m.end("seat"), "seat"))
        spans.append((m.start("name"), m.end("name"), "member"))
    if not spans:
        return out
    return _in_place_of(out, [(a, b) for a, b, _ in spans],
                        [_candidate(text, run, hint=kind) for a, b, kind in spans
                         if (run := [t for t in words if a <= t.start and t.end <= b])])


def _degreed_rows(text: str, out: list[Candidate], know: Knowledge) -> list[Candidate]:
    """A roll of people by their degrees and the bodies they come from ("Jeffery Thompson,
    M.D., M.P.H., Mercer"): the letters of degrees and credentials between the name and the
    body name no one ("FACP", "Pharm.D."), and what stands alone after them, between the
    slashes of several bodies and before a note in brackets ("Merck Global Medical Affairs
    (by phone)"), is one body, whatever its words look like (a surname's "Mercer", a
    country's possessive in "America's Essential Hospitals", a people's adjective in
    "…/American Anesthesiology"); but a post there, after the degrees of staff ("Jaime
    Zimmerman, M.P.H., Designated Management Official"), names no body, nor does a
    headline's verb and its object ("…, M.D., Awarded Prestigious Colvin Prize")."""
    dropped: list[tuple[int, int]] = []
    bodies: list[tuple[int, int]] = []
    for m in _DEGREED_ROW.finditer(text):
        dropped.append(m.span("credentials"))
        if m.group("body").split()[0] in _NEWS_PARTICIPLES:
            continue  # "NIMH’s Francis McMahon, M.D., Awarded Prestigious Colvin Prize": a
            # headline's verb after the degrees, whose object is no body he comes from
        last = m.group("body").split()[-1]
        if _is_title(last, know.titles) or last in ("Official", "Fellow"):
            dropped.append(m.span("body"))
            continue
        at = m.start("body")
        for part in m.group("body").split("/"):
            lead = re.match(r"(?:The[^\S\n]+)?", part).end()
            bare = re.sub(r"[^\S\n]*\([^()\n]*\)$", "", part.rstrip()).rstrip()
            if _BODY_SHAPE.fullmatch(bare, lead):
                bodies.append((at + lead, at + len(bare)))
            at += len(part) + 1
    if not dropped:
        return out
    kept = [c for c in out if not any(a <= c.start and c.end <= b for a, b in dropped)]
    whole = {(c.start, c.end) for c in kept}
    for c in kept:
        if (c.start, c.end) in bodies and c.hint is None:
            c.hint = "affiliation"
    cut = [(a, b) for a, b in bodies if (a, b) not in whole
           and any(a <= c.start and c.end <= b for c in kept)]
    return _in_place_of(kept, cut, [_candidate(text, _words_of(text, a, b), hint="affiliation")
                                    for a, b in cut])


#: A work's title after the word for what it is, holding "from the", "on the" …: "her new
#: blog NLM Musings from the Mezzanine", "the podcast Notes from the Field".
_TITLE_AFTER_WORK_NOUN = re.compile(
    r"\b(?:blog|column|podcast|newsletter|vlog|book|novel|memoir|documentary|film|album|"
    r"song|play|series)[^\S\n]+(?P<title>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,4}"
    r"[^\S\n]+(?:from|on|in|at|of|for)[^\S\n]+the[^\S\n]+[A-Z][\w’'-]*"
    r"(?:[^\S\n]+[A-Z][\w’'-]*){0,3})(?![\w’'-])")


def _titled_works(text: str, out: list[Candidate]) -> list[Candidate]:
    """A work's title after the word for what it is ("her new blog NLM Musings from the
    Mezzanine"): one name, its small words and all, where the runs stop at "from the"."""
    spans = [m.span("title") for m in _TITLE_AFTER_WORK_NOUN.finditer(text)
             if not any(c.start <= m.start("title") and m.end("title") <= c.end for c in out)]
    # (a title the runs found whole, or longer, stands: "the documentary Fire in the Land of
    # Snow: Self-immolations in Tibet")
    if not spans:
        return out
    return _in_place_of(out, spans, [_candidate(text, _words_of(text, a, b), hint="work")
                                     for a, b in spans])


#: A roll's label on a line of its own, a body's letters before the kind of attendee it
#: lists: "ATSDR Staff attending:", "ORRHES Members attending:", "ERG Contractor:".
_ROLL_LABEL = re.compile(r"(?m)^[^\S\n]*(?P<body>[A-Z]{2,8})[^\S\n]+(?:Staff|Members?|"
                         r"Contractors?|Representatives?|Participants?|Officials?)"
                         r"(?:[^\S\n]+(?:attending|present|participating))?[^\S\n]*:[^\S\n]*$")


def _roll_labels(text: str, out: list[Candidate]) -> list[Candidate]:
    """A roll's label names the body whose people it lists ("DOE Staff attending:" over
    "Tim Joseph"): the body by its letters, not a body called "DOE Staff"."""
    labels = list(_ROLL_LABEL.finditer(text))
    if not labels:
        return out
    return _in_place_of(out, [m.span() for m in labels],
                        [_span(text, m.start("body"), m.end("body")) for m in labels])


#: A journal's name in a reference, between the article's title and the year, volume,
#: issue and pages: "… cognitive impairment. Alzheimer's & Dementia. 2010. 6(1):11-24."
_CITED_JOURNAL = re.compile(r"(?:(?<=\.[^\S\n])|(?<=^)|(?<=\n))(?P<journal>[A-Z][\w’'-]*"
                            r"(?:[^\S\n]+(?:&|and|of|the|in|[A-Z][\w’'.-]*)){0,6})\.[^\S\n]+"
                            r"(?:19|20)\d\d(?:[^\S\n][A-Z][a-z]{2})?[.;][^\S\n]*\d+"
                            r"(?:\(\d+\))?:[^\S\n]*\d+")


def _cited_journals(text: str, out: list[Candidate]) -> list[Candidate]:
    """The journal a reference names after the article's title ("Reisberg, B., et al.
    Outcome over …. Alzheimer's & Dementia. 2010. 6(1):11-24."): a work, whole, where the
    runs stop at its possessive or its "&"."""
    spans = [m.span("journal") for m in _CITED_JOURNAL.finditer(text)]
    if not spans:
        return out
    return _in_place_of(out, spans, [_candidate(text, _words_of(text, a, b), hint="journal")
                                     for a, b in spans])


def _in_place_of(out: list[Candidate], spans: list[tuple[int, int]],
                 found: list[Candidate]) -> list[Candidate]:
    """The candidates with those a rule found in place of every one that overlaps the
    spans it read (a roll's member, a cited author, a name in its own language), in text
    order."""
    kept = [c for c in out if not any(a < c.end and c.start < b for a, b in spans)]
    return sorted(kept + found, key=lambda c: c.start)


#: An author cited surname first, before the year in brackets, alone or before the other
#: authors in any language's "and": "Østby, Lars og Kristin Henriksen (2013): …", "Hale,
#: Thomas and Anna Petherick (2021)".
_CITED_AUTHOR = re.compile(r"(?<![\w’'-])(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+),[^\S\n]+(?P<given>"
                           r"[A-ZÀ-ÖØ-Þ][\w’'-]+)(?=(?:[^\S\n]+[A-Z]\.)?(?:,?[^\S\n]+(?:og|and|"
                           r"&|und|et|och|en|y|e)[^\S\n]+[A-ZÀ-ÖØ-Þ][^()\n]{0,80})?[^\S\n]*\("
                           r"(?:1[89]|20)\d\d[a-z]?\))")


def _cited_authors(text: str, words: list[Token], out: list[Candidate],
                   know: Knowledge) -> list[Candidate]:
    """An author a citation names surname first ("Østby, Lars og Kristin Henriksen (2013)"):
    one person, surname and given name together, where the run would give the surname alone
    and the given name as another name; only when the word after the comma is a given name
    the tables know and neither word a country's, so that "Paris, France (2019)" and
    "Georgia, Jordan (2019)" stay two places."""
    spans = [(m.start("surname"), m.end("given")) for m in _CITED_AUTHOR.finditer(text)
             if m.group("given") in know.given_names
             and know.places.get(m.group("surname")) != "country"
             and know.places.get(m.group("given")) != "country"]
    if not spans:
        return out
    return _in_place_of(out, spans, [_candidate(text, run, hint="cited") for a, b in spans
                                     if (run := [t for t in words
                                                 if a <= t.start and t.end <= b])])


#: A name in its own language at the start of a bracket, before a comma or the bracket's end,
#: with the language's name before it or not: "Statistics Norway (Statistisk sentralbyrå,
#: abbreviated to SSB)", "(Norwegian: Direktoratet for samfunnssikkerhet og beredskap)".
_NATIVE_IN_BRACKETS = re.compile(r"\((?:[A-Z][a-z]+:[^\S\n]*)?(?P<native>[A-ZÀ-ÖØ-Þ][\w’'-]+"
                                 r"(?:[^\S\n]+[\w’'-]+){1,5}?)(?=[^\S\n]*[,;)])")


def _native_names(text: str, out: list[Candidate], know: Knowledge) -> list[Candidate]:
    """A name in its own language in brackets right after a name, its words after the first
    in lower case as that language writes them ("Statistisk sentralbyrå"): one name, not
    its first word alone. Only when a name ends right before the bracket and a word in
    lower case is written with a letter English has not ("å") or the name shares a stem
    with the one before it ("Statistics"/"Statistisk") and has no English ending, so that
    an English phrase in brackets ("(City southeast)", "(Medicare Advantage plans)") and a
    species' Latin name are left to the runs."""
    found: list[tuple[int, int]] = []
    for m in _NATIVE_IN_BRACKETS.finditer(text):
        at = len(text[:m.start()].rstrip())
        owner = next((c for c in out if c.end == at), None)
        words = m.group("native").split()
        lower = [w for w in words[1:] if w[0].islower() and w not in FOREIGN_SMALL]
        if owner is None or not lower or any(
                "-" in w or w.casefold() in know.common_words for w in words):
            continue  # (not a pronunciation, "(Jay-Rahn-gee Lal-geh Dee-oh ro)")
        stems = {w[:5].casefold() for w in words if len(w) >= 5}
        if not any(not w.isascii() for w in lower) and not (
                stems & {w[:5].casefold() for w in owner.words}
                and not any(re.search(r"(?:s|ed|ing|ly)$", w) for w in lower)):
            continue  # (not a species, "Corpse Flower (Amorphophallus titanum)", nor an
            # English phrase, "Medicare Part C (Medicare Advantage plans)")
        found.append((m.start("native"), m.end("native")))
    if not found:
        return out
    return _in_place_of(out, found, [_candidate(text, _words_of(text, a, b)) for a, b in found])


def _words_of(text: str, start: int, end: int) -> list[Token]:
    """Every word of text[start:end] as a token, small words in lower case too (the runs
    hold capitalised words only)."""
    run = [Token(start + m.start(), start + m.end(), m.group())
           for m in re.finditer(r"[\w’'-]+", text[start:end])]
    for token in run:
        token.classify()
    return run


def _place_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a table's columns of places ("| County | Location |" over "| Panola |
    Fairplay |"): a table in pipes, its header row above a row of dashes."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out: list[tuple[int, int]] = []
    columns: set[int] = set()
    for number, line in enumerate(lines):
        if number + 1 < len(lines) and _TABLE_RULE.fullmatch(lines[number + 1].strip()):
            heads = [cell.strip() for cell in line.split("|")[1:-1]]
            columns = {k for k, head in enumerate(heads) if head in _PLACE_COLUMNS}
            continue
        if not columns or not line.lstrip().startswith("|"):
            continue
        at = starts[number] + line.index("|") + 1
        for k, cell in enumerate(line[line.index("|") + 1:].split("|")[:-1]):
            if k in columns:
                out.append((at, at + len(cell)))
            at += len(cell) + 1
    return out


#: The rule under a table's header row, and the headers of columns that hold places.
_TABLE_RULE = re.compile(r"\|?(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|)+(?:[^\S\n]*:?-{3,}:?[^\S\n]*)?")
_PLACE_COLUMNS = frozenset("County Location City Town State Country Place Region Province "
                           "District Parish Venue Municipality".split())


def _without_connector(text: str, candidate: Candidate) -> Candidate:
    """A name whose title was cut off leaves the small word after it: "Researchers in
    Emerging Pests and Pathogens Research Unit" → "Emerging Pests and …"."""
    first = candidate.words[0] if candidate.words else ""
    if first not in ("in", "of", "for", "at", "on") or len(candidate.words) < 2:
        return candidate
    start = text.find(candidate.words[1], candidate.start + len(first))
    return Candidate(start, candidate.end, text[start:candidate.end], candidate.words[1:],
                     hint=candidate.hint, before=text[max(0, start - 40):start],
                     after=candidate.after, role=candidate.role)


def _with_scale(text: str, candidate: Candidate) -> Candidate:
    """A scale, a syndrome, a disease or a virus named for its maker, its finder or a place
    keeps its noun in its name: "the Enhanced Fujita scale", "Down syndrome", "Parkinson’s
    disease", "Zika virus" (the name alone is the person's or the place's)."""
    noun = _NAMED_NOUN_AFTER.match(text, candidate.end)
    if noun is None or len(candidate.words) > 4 or len(candidate.words[-1]) < 4 or (
            noun.group("owner") and noun.group("noun") not in OWNED_AILMENT_NOUNS) or (
            noun.group("noun") == "virus" and not all(w.isalpha() and not w.isupper()
                                                      for w in candidate.words)):
        return candidate  # (not ".Ef scale:", an abbreviation's label; not "the
        # Smithsonian’s virus research"; not "the SARS-CoV-2 virus", a virus's own name)
    end = noun.end()
    return Candidate(candidate.start, end, text[candidate.start:end],
                     (*candidate.words, noun.group("noun")),
                     hint="other", before=candidate.before, after=text[end:end + 40])


#: The noun right after a name that names a thing for it: "Richter scale", "Down syndrome",
#: "Alzheimer’s disease".
_NAMED_NOUN_AFTER = re.compile(r"(?P<owner>[’']s)?[^\S\n]"
                               rf"(?P<noun>scale|{'|'.join(sorted(AILMENT_NOUNS))})"
                               r"(?![\w-])")


#: An image's title as a gallery's credit repeats it: "This work, CNO Presents Spokane Trophy
#: to USS Milius [Image 10 of 10], by …": a headline in Title Case.
_GALLERY_TITLE = re.compile(r"\bThis work, ([^\n\[\]]{3,200}?) \[(?:Image|Photo|Video) \d+ of "
                            r"\d+\]")
#: A gallery's count of its images: "[Image 10 of 10]".
_IMAGE_COUNT = re.compile(r"\[(?:Image|Photo|Video) \d+ of \d+\]")
#: A date in brackets, as a dateline gives it: "(Feb. 3, 2003)", "(July 3, 2008)".
_DATE_IN_BRACKETS = re.compile(r"\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                               r"[^\S\n]+\d{1,2}(?:,[^\S\n]+\d{4})?\)")
#: A data block's field: a label of one or two capitalised words, a colon and a value.
_DATA_FIELD = re.compile(r"(?<![\w-])(?:[A-Z][A-Za-z]*[^\S\n]){0,2}?[A-Z][A-Za-z]*(?:-\d+)?:"
                         r"[^\S\n]+\S")  # (and a code: "WH-01: 0")
#: A code of letters and a number: "WH-07", "FDR-01".
_CODE = re.compile(r"[A-Z]{1,5}-\d{1,3}")


#: The heads of the names of coins, medals and stamps, which a heading names whole.
_THING_HEADS = frozenset("Medal Medals Coin Coins Dollar Stamp Stamps Set".split())
#: Pronouns a motto in capitals holds, which no name does: "IN GOD WE TRUST".
_MOTTO_PRONOUNS = frozenset("WE OUR US YOU YOUR MY I".split())


def _without_motto(run: list[Token]) -> list[list[Token]]:
    """A run in capitals joined by "and", without the parts that are a motto: "IN GOD WE
    TRUST and MEDAL OF HONOR" (inscriptions on a coin) → "MEDAL OF HONOR"."""
    if not all(t.text.isupper() or t.text == "and" for t in run) or \
            not any(t.text in _MOTTO_PRONOUNS - {"US"} for t in run):
        return [run]
    parts: list[list[Token]] = [[]]
    for token in run:
        if token.text == "and":
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part and not any(
        t.text in _MOTTO_PRONOUNS for t in part)]


#: What a release calls itself in capitals at a line's start.
_RELEASE_LABELS = frozenset(("MEDIA ADVISORY", "NEWS ADVISORY", "PRESS RELEASE", "NEWS RELEASE",
                             "MEDIA RELEASE", "PRESS STATEMENT", "MEDIA STATEMENT"))
#: The words a page's menu gives its images and buttons, as an old page's text keeps them.
_UI_WORDS = frozenset("Button Buttons Icon Image".split())


#: What a body issues or keeps, after its name: "Congressional Research Service Reports",
#: "World Bank Publications".
_PAPERS = frozenset("Reports Records Papers Publications Documents Archives Collection".split())


def _before_its_papers(run: list[Token]) -> list[Token]:
    """A body's name without the word for its papers after it: "Congressional Research
    Service Reports" (a catalogue's collection of them) names the service."""
    if len(run) >= 3 and run[-1].text in _PAPERS and run[-2].text in ORGANISATION_HEADS:
        return run[:-1]
    return run


#: The words a reporter's question opens with after the "Q." label: "Q. Do you plan …".
_ASKING = AUXILIARIES | frozenset("Do Can Will Would Could Should How What Why When Where Who "
                                  "Which".split())
#: A hyphen that hangs after a prefix, its word to come: "Mis- Dis- and Mal".
_SUSPENDED_HYPHEN = re.compile(r"[-‐][^\S\n]+(?:[—–]|(?:[A-Za-z]+[-‐][^\S\n]+)*(?:and|or|&)?"
                               r"[^\S\n]*[A-Za-z])")
# (and a word broken off, a dash after it: "Well, Mr. Presi- — “Mr. President.”")


def _before_menu(run: list[Token]) -> list[Token]:
    """A run that holds a page's menu ("US Department of Transportation Home Layout Image
    Home Button Site Index Button …": its buttons' labels and images' alt text, run
    together) keeps only the name before the menu's first item."""
    ui = [k for k, t in enumerate(run) if t.text in _UI_WORDS]
    if len(ui) < 2:
        return run
    start = ui[0] - 1
    while start > 0 and run[start - 1].text in ("Home", "Menu"):
        start -= 1
    return run[:start] if start > 0 else []


#: A page's furniture a copy runs into its prose: a release's date label ("… NPS / Jacob
#: W. Frank News Release Date: March 14, 2024"), a media library's button and usage line
#: ("Sources/Usage: Public Domain. View Media Details View of the Madison Slide …").
_PAGE_FURNITURE = re.compile(r"\b(?:News[^\S\n]+)?Release[^\S\n]+Date:"
                             r"|\bView[^\S\n]+Media[^\S\n]+Details\b"
                             r"|(?<=…)[^\S\n]*Read[^\S\n]+Full[^\S\n]+(?:Text|Story|Release)\b"
                             r"|\bSources?/Usage:(?:[^\S\n]+Public[^\S\n]+Domain\b)?"
                             r"|(?:^|(?<=\n))[^\S\n]*(?:Share[^\S\n]+Button|(?:Author|Category|Tag)"
                             r"[^\S\n]+Archives?)[^\S\n]*(?=\n|$)"
                             r"|\b(?:(?:Joined[^\S\n]+)?Cases?[^\S\n]+)?[CT][-‑ ]\d{1,4}/\d{2}"
                             r"(?:[^\S\n]*P\b)?"
                             r"(?:[^\S\n]+(?:et|and)[^\S\n]+[CT][-‑ ]\d{1,4}/\d{2})?"
                             r"|\b(?:Displaying|Showing)[^\S\n]+\d+[^\S\n]*[-–][^\S\n]*\d+"
                             r"[^\S\n]+of[^\S\n]+\d+")
# (a teaser's link after its ellipsis, "… Read Full Text"; a sharing plug-in's label on a
# line of its own under each post, a blog's "Author Archive"
# over its listing; a European court's case
# number, "C-636/16", "T-61/16", "C 230/16", no name and no model's; a listing's count,
# "Displaying 11 - 20 of 51")


def _outside(run: list[Token], spans: list[tuple[int, int]]) -> list[list[Token]]:
    """The parts of a run outside the page's furniture (see _PAGE_FURNITURE)."""
    if not any(a < run[-1].end and run[0].start < b for a, b in spans):
        return [run]
    parts: list[list[Token]] = [[]]
    for token in run:
        if any(a <= token.start < b for a, b in spans):
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


#: What a sentence run on after a date or a dateline's dash opens with: "… Release Date:
#: August 30, 2021 Ever wonder …", "MAMMOTH HOT SPRINGS, WY – Beginning Sunday, …".
_AFTER_DATE_OR_DATELINE = re.compile(r"(?:\b[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},[^\S\n]+(?:19|20)\d\d"
                                     r"|\b[A-Z]{2}[^\S\n]+[–—])[^\S\n]+$")


def _without_run_on_words(text: str, run: list[Token], furniture: list[tuple[int, int]],
                          know: Knowledge) -> list[Token]:
    """A run without the words a copy that runs a release's parts together puts beside its
    names: a sentence's first word after the furniture, a date or a dateline ("… Details
    Record section showing …", "2021 Ever wonder …", "WY – Beginning Sunday"); a caption's
    "View of" ("View of the Madison Slide on …"); the next part's "News" before "release"
    ("… in Yellowstone National Park News release from …"); a caption's subject, people,
    after a body's name, before its verb's "-ing" ("… District of Wyoming People enjoying
    the views …"; but not "the Board of Visitors meeting": whom a body is of)."""
    first = run[0]
    if len(run) == 1 and re.fullmatch(r"M\d", first.text) and \
            re.match(r"\.\d", text[first.end:]):
        return []  # "the M4.8 earthquake": its magnitude
    if first.capitalised and not first.acronym and (
            (first.text.casefold() in know.common_words and len(run) == 1)
            or (first.text.endswith("ing") and first.text not in know.given_names
                and first.text not in know.places)) and (
            any(b <= first.start and not text[b:first.start].strip() for _, b in furniture)
            or _AFTER_DATE_OR_DATELINE.search(text, max(0, first.start - 24), first.start)):
        run = run[1:]
    if len(run) >= 3 and run[0].text == "View" and run[1].text == "of":
        run = run[3:] if run[2].text == "the" else run[2:]
    if run and run[-1].text in ("News", "Press", "Media") and \
            re.match(r"[^\S\n]+releases?\b", text[run[-1].end:]):
        run = run[:-1]
    if not run:
        return []
    people = run[-1].text.casefold()
    if len(run) >= 3 and (people in ("people", "visitors") or (
            people.endswith("s") and people[:-1] in PERSON_NOUNS)) and \
            run[-2].text not in ("of", "for", "and") and \
            text[run[-1].start:run[-1].end] == run[-1].text and \
            re.match(r"[^\S\n]+[a-z]+ing\b", text[run[-1].end:]):
        run = run[:-1]
    return run


def _before_headquarters(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """"David Weaver Headquarters, Washington 202-358-1600": a release's contact, then the
    office he answers at, which names no body of its own."""
    if len(run) in (3, 4) and run[-1].text == "Headquarters" and \
            run[0].text in know.given_names and all(t.capitalised and not t.acronym
                                                    for t in run[1:-1]):
        return [run[:-1]]
    return [run]


def _around_occasion(run: list[Token]) -> list[list[Token]]:
    """"… Indigenous Services and Northern Affairs On World Tuberculosis Day": a title-case
    headline's "On" before the day its message is for, no part of either name."""
    k = next((k for k in range(1, len(run) - 2) if run[k].text == "On"
              and run[-1].text in EVENT_HEADS and all(t.capitalised for t in run[k + 1:])), None)
    return [run] if k is None else [run[:k], run[k + 1:]]


def _before_owning_country(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """"Barbara Yoxon, University of York Kenya’s transition …": a body named for its town,
    then a country that owns what the next sentence is about (not "Government of India’s",
    the country the body is of)."""
    if len(run) >= 4 and run[-1].possessive and run[-3].text == "of" and \
            any(t.text in ORGANISATION_HEADS for t in run[:-3]) and \
            know.places.get(run[-1].text) == "country" and know.places.get(run[-2].text) and \
            know.places.get(run[-2].text) != "country" and \
            not know.places.get(f"{run[-2].text} {run[-1].text}"):
        return [run[:-1], run[-1:]]
    return [run]


def _before_credit_agency(text: str, run: list[Token], know: Knowledge) -> list[list[Token]]:
    """"Snowmobile near Swan Lake NPS / Jacob W. Frank": a caption's last name, then the
    agency of the photographer its credit names after a slash; "(Noor Hossain/VOA)": the
    photographer, then the agency, glued by the slash in the credit's brackets."""
    if len(run) >= 2 and run[-1].acronym and not run[-2].acronym and \
            re.match(r"[^\S\n]+/[^\S\n]+[A-Z]", text[run[-1].end:]):
        return [run[:-1], run[-1:]]
    licensed = re.fullmatch(r"([A-Z][\w’'-]+)/(?:CC0?|PD)", run[-1].text)
    if licensed is not None:
        name = Token(run[-1].start, run[-1].start + len(licensed.group(1)), licensed.group(1))
        name.classify()
        return [[*run[:-1], name]]  # "Photo: My 420 Tours/Wikimedia Commons/CC", "Phpto:
        # Frypie/CC": a credit's source, then its licence's letters glued on by the slash
    at = next((k for k, t in enumerate(run) if k and re.fullmatch(r"[A-Z][a-z]+/[A-Z]{2,}",
                                                                  t.text)), None)
    if at is not None and at <= 2 and len(run) - at <= 3 and \
            (run[0].text in know.given_names or len(run) - at > 1) and \
            all(t.capitalised and not t.acronym for t in run[:at]) and \
            text.startswith(")", run[-1].end) and text[run[0].start - 1:run[0].start] == "(":
        glued = run[at]
        cut = glued.start + glued.text.index("/")
        surname, agency = Token(glued.start, cut, glued.text[:cut - glued.start]), \
            Token(cut + 1, glued.end, glued.text[cut + 1 - glued.start:])
        surname.classify()
        agency.classify()
        return [[*run[:at], surname], [agency, *run[at + 1:]]]  # "(Hean Socheata/VOA
        # Khmer)": the photographer, then the service, its name after the agency's letters
    return [run]


def _around_release_header(run: list[Token]) -> list[list[Token]]:
    """"National Park Service FOR IMMEDIATE RELEASE David Barna, (202) 208-6843": a
    letterhead's sender, the release's header and its contact run together on one line are
    the sender and the contact (a run that opens with the header keeps the checks of its
    own, in candidates())."""
    words = [t.text.casefold() for t in run]
    for k in range(2, len(run) - 2):
        if words[k:k + 3] == ["for", "immediate", "release"]:
            return [part for part in (run[:k], run[k + 3:]) if part]
    return [run]


def _after_release_label(text: str, run: list[Token]) -> list[Token]:
    """A run that opens a line with the release's kind in capitals ("MEDIA ADVISORY
    Contact: …") holds only what follows the label (not the town of Media, Pa.)."""
    if len(run) >= 2 and f"{run[0].text} {run[1].text}".upper() in _RELEASE_LABELS and \
            not text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip():
        rest = run[2:]
        return [] if len(rest) == 1 and rest[0].text in FIELD_LABELS else rest
    return run


#: The fields of a media advisory, in capitals: "WHAT: … WHO: … WHEN: … WHERE: …".
_ADVISORY_LABELS = frozenset("what who when where why how".split())


#: A post's title and the first fields of its portfolio, up to the comma before the rest:
#: "Minister of Innovation, ", "Secretary of State for Science, ".
#: A portfolio's words after a minister's title, some only ever a portfolio's there ("Food",
#: "the Marine"), though inside a body's name they are its words ("Department of
#: Agriculture Food Safety and Inspection Service").
_PORTFOLIO_LISTED = PORTFOLIO | frozenset("Food Marine Media Gaeltacht Enterprise Reform "
                                          "Expenditure Equality Taxation Customs Financial "
                                          "Transparency Values Competition Industrial "
                                          "Strategy Small Business Export Exports Promotion "
                                          "Official Languages Indigenous Northern "
                                          "Acquisition Acquisitions Testing Evaluation "
                                          "Sustainment Readiness Training Recreation".split())
_PORTFOLIO_AFTER_COMMA = re.compile(
    r"\b(?:Ministers?|Secretary(?:[^\S\n]+of[^\S\n]+State)?|Commissioner|Director|President)"
    r"[^\S\n]+(?:in[^\S\n]+[Tt]he[^\S\n]+Presidency[^\S\n]+|of[^\S\n]+the[^\S\n]+[A-Z][a-z]+"
    r"(?:[^\S\n]+[A-Z][a-z]+)?[^\S\n]+)?"
    r"(?:of|for)[^\S\n]+(?:[A-Z][a-z]+(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][a-z]+){0,3},"
    r"[^\S\n]+){1,8}(?:(?:[A-Z][a-z]+[^\S\n]+){1,3}and[^\S\n]+(?:the[^\S\n]+)?)?$")  # (and the
# last after "and": "Minister for Agriculture, Food and the Marine"; a field of several words
# before the comma: "Commissioner for Economic and Financial Affairs, Taxation and Customs";
# the service the post is in before it: "Assistant Secretary of the Navy for Research,
# Development and Acquisition")
#: A line that opens with a record's label of two words: "  • Pack size: Glass jars …".
_RECORD_LABEL_LINE = re.compile(r"^[^\S\n]*(?:[•*-][^\S\n]*)?[A-Z][a-z]+[^\S\n]+[a-z]{3,}"
                                r"[^\S\n]*:[^\S\n]", re.MULTILINE)
#: The rest of a record's label after its capitalised first word: " size: ", " codes: ".
_FIELD_LABEL_TAIL = re.compile(r"[^\S\n]+(?P<word>[a-z]{3,})[^\S\n]*:[^\S\n]")


def _data_labels(text: str, words: list[Token]) -> set[int]:
    """Starts of the words on lines with three fields or more ("Date Taken: 07.26.2023
    Date Posted: … Photo ID: 7936597"): a gallery's or a database's block of data, whose
    labels name nothing (with the value glued before the next label: "MB Location")."""
    starts: set[int] = set()
    pos = 0
    for line in text.splitlines(keepends=True):
        if len(_DATA_FIELD.findall(line)) >= 3:
            starts.update(t.start for t in words if pos <= t.start < pos + len(line))
        pos += len(line)
    return starts


#: Keys pressed together, as a page's help tells the reader: "Ctrl + P", "ALT + V",
#: "Ctrl + (+)".
_KEY = r"(?:Ctrl|CTRL|Alt|ALT|AltGr|Shift|SHIFT|Cmd|Esc|ESC)"
_KEYSTROKE = re.compile(rf"\b(?:Press[^\S\n]+)?{_KEY}(?:[^\S\n]*[+-][^\S\n]*(?:{_KEY}|"
                        rf"[A-Za-z0-9](?!\w)|\([+-]\)))+")  # (and "Press Ctrl-C to copy")
#: A report's line that is a field's label, its colon, then a count or a date and nothing
#: else: "Type 1 IMTs committed: 6", "Incidents Previously-Reported: 24", "Date/Time Stamp:
#: Monday, August 24, 2015 - 0700 hrs." (not "Nigeria: 50 killed in …", a headline).
_FIELD_LABEL_LINE = re.compile(r"[^\S\n]*(?P<label>[A-Za-z][\w/()-]*(?:[^\S\n]+[\w/()-]+){0,5}):"
                         r"[^\S\n]*(?:\d[\d,.%]*[^\S\n]*(?:\([^()\n]*\))?|(?:Mon|Tue|Wed|Thu|Fri|"
                         r"Sat|Sun)[a-z]*,[^\n]*)[^\S\n]*$")


def _in_label(text: str, run: list[Token]) -> bool:
    """Whether the run is inside the label of a field's line (:data:`_FIELD_LABEL_LINE`)."""
    start = text.rfind("\n", 0, run[0].start) + 1
    m = _FIELD_LABEL_LINE.match(text, start, line_end(text, run[-1].end))
    return m is not None and run[-1].end <= m.end("label")


#: A Creative Commons licence by its short name: "CC BY-SA 2.0", "CC BY-NC-ND", "CC0".
_LICENCE_NAME = re.compile(r"CC0?(?: BY(?:-(?:NC|ND|SA)){0,2})?(?: \d\.\d)?|Attribution(?:-"
                           r"(?:NonCommercial|NoDerivatives|NoDerivs|ShareAlike)){0,2}"
                           r"(?: Creative Commons)?")
#: An academic post, then the subject it is in, then "at" and where: "professor of Culture
#: and Communication at New York University".
_FIELD_OF = re.compile(r"\b(?:[Pp]rofessor|[Ll]ecturer|[Rr]eader|[Dd]ean|[Cc]hair|[Dd]octorate|"
                       r"[Dd]egree|PhD|MA|BA|BS|MS)\s+(?:in|of)\s+$")
_AT_AFTER = re.compile(r"[^\S\n]+(?:at|from)[^\S\n]+")
#: An HTML tag a feed serves raw inside its text: "<P>", "<strong>", "<br />".
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:[^\S\n][^<>\n]{0,80})?/?>"
                       r"|<\?xml[^<>\n]{0,120}\?>")  # (and an XML declaration: "<?xml
# version="1.0" encoding="UTF-8"?>", a feed's first line)
#: The same in running text, its letters split into runs at the hyphens ("BY", "SA").
_LICENCE_IN_TEXT = re.compile(r"(?<![\w-])CC(?:0|(?:[^\S\n]+|-)BY(?:-(?:NC|SA|ND)){0,2}"
                              r"(?:(?:[^\S\n]+|-)\d\.\d)?)(?![\w-])")
#: A label's colon, then a date or a number: "Last Build Date: Sun, 25 Feb 2018".
_FIELD_AFTER = re.compile(r":[^\S\n]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d|(?:Jan|Feb|Mar|Apr|May|"
                          r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d)")
# (and a month: "Date Modified: May 28, 2013", "For Immediate Release: January 5, 2011")

#: A letter, and a letter of the Latin alphabet (accented or not).
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")

#: Who an age group in sport is of: "Under 23 Men’s", "Under 19 Girls".
_AGE_GROUPS = frozenset("Men Women Boys Girls Mens Womens".split())

#: The last words of names that say what kind of thing a name is.
_KIND_HEADS = ORGANISATION_HEADS | PLACE_HEADS | EVENT_HEADS | WORK_HEADS


_ONE_CHARGE = (
    r"(?:(?:\d(?:st|nd|rd|th)|First|Second|Third|Fourth)[- ][Dd]egree )?"
    rf"(?:(?:{'|'.join(sorted(CHARGE_GRADES))}) )*(?:{'|'.join(sorted(CHARGE_HEADS))})\b"
    r"(?: [Ww]ith (?:a |an )?(?:Deadly |Dangerous )?(?:Weapon|Firearm|Minor|Child)\b)?")
#: Crimes as charged, one or a list: "First-Degree Murder and Armed Robbery".
_CHARGE = re.compile(rf"\b{_ONE_CHARGE}(?:(?:,? and |,? or |, ){_ONE_CHARGE})*")

#: What a list of cases writes after a law's name: "… Clean Water Act Settlement".
_CASE_WORDS = frozenset("Settlement Settlements Information Sheet Lawsuit Case Cases".split())


def _dateline_glued(text: str, found: list[list[Token]], know: Knowledge) -> list[list[Token]]:
    """A dateline whose dash lost its spaces, glued to the sentence it opens: "Boston-
    Transportation Security Administration (TSA) officers …" is a city, then a body."""
    out: list[list[Token]] = []
    for run in found:
        first = run[0]
        place, dash, rest = first.text.partition("-")
        line_start = text.rfind("\n", 0, first.start) + 1
        tail_end = run[-1].text if len(run) > 1 else rest
        if dash and rest[:1].isupper() and not text[line_start:first.start].strip() and \
                know.places.get(place) in ("city", "region", "country") and \
                tail_end in ORGANISATION_HEADS:  # (not "Mary-Anne Gontsana")
            head = Token(first.start, first.start + len(place), place)
            tail = Token(first.start + len(place) + 1, first.end, rest)
            for token in (head, tail):
                token.classify()
            out.extend([[head], [tail, *run[1:]]])
        else:
            out.append(run)
    return out


def _gerund(text: str, candidate: Candidate, know: Knowledge) -> bool:
    """"… strategic goals: Enhancing Governance; Building Capacity; and Delivering
    Effectively": a verb's -ing form alone, capitalised in a list of goals, whose verb the
    story writes in lower case ("to deliver"), is no name."""
    if len(candidate.words) != 1 or candidate.hint is not None:
        return False
    word = candidate.words[0]
    if not re.fullmatch(r"[A-Z][a-z]{3,}ing", word) or word in know.given_names or \
            word in know.places or word in know.surnames:
        return False
    stem = word[:-3].casefold()
    lower = _lower_case_words(text)
    return stem in lower or f"{stem}e" in lower or (
        len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in lower)  # ("Planning")


def _common_after_demonym(text: str, candidate: Candidate, know: Knowledge) -> bool:
    """'Independence' of "the anniversary of American Independence", when the story also
    writes "independence": a common noun in capitals after an adjective of nationality."""
    if len(candidate.words) != 1 or candidate.text.casefold() not in _lower_case_words(text):
        return False
    before = re.search(r"([A-Z][a-z]+)[^\S\n]+$", text[max(0, candidate.start - 30):
                                                       candidate.start])
    return before is not None and know.is_demonym(before.group(1))


def _with_particles(text: str, found: list[list[Token]], know: Knowledge) -> list[list[Token]]:
    """Two runs with a small lower-case word between them that make a place the gazetteer
    knows are one name: "Dar es Salaam" (the word is no token: no name holds it elsewhere)."""
    out: list[list[Token]] = []
    for run in found:
        if out and re.fullmatch(r"[^\S\n]+[a-z]{1,3}[^\S\n]+|[^\S\n]*\n[a-z]{1,3}[^\S\n]+|"
                                r"[^\S\n]+[a-z]{1,3}\n",
                                text[out[-1][-1].end:run[0].start]):
            # (the place may end where "and" begins another: "Dar es Salaam and Dakar")
            ends = [j for j in range(len(run), 0, -1) if (j == len(run) or (
                run[j].text in ("and", "or") and j + 1 < len(run))) and " ".join(
                text[out[-1][0].start:run[j - 1].end].split()) in know.places]
            if ends:
                out[-1] = [*out[-1], *run[:ends[0]]]
                if ends[0] < len(run):
                    out.append(run[ends[0] + 1:])
                continue
        out.append(run)
    return out


def _across_slash(text: str, found: list[list[Token]]) -> list[list[Token]]:
    """Two places written with a slash, then the head of what they share, are one name:
    "Baltimore/Washington-Thurgood Marshall International Airport", "Dallas/Fort Worth
    International Airport", "the Holmes-Humphreys County/Regional Correctional Facility"."""
    out: list[list[Token]] = []
    for run in found:
        if out and text[out[-1][-1].end:run[0].start] == "/" and len(run) >= 2 and \
                run[-1].text in ("Airport", "Airports", "Station", "Port", "Region", "Facility",
                                 "Jail", "Prison", "Complex") and \
                not any(ch.isdigit() for t in out[-1] for ch in t.text) and \
                out[-1][-1].text not in ORGANISATION_HEADS:
            out[-1] = [*out[-1], *run]
        elif out and text[out[-1][-1].end:run[0].start] == "/" and len(run) == 1 and \
                run[0].capitalised and not run[0].acronym and any(
                    out[-1][k].text in ("Award", "Awards", "Prize", "Medal")
                    and out[-1][k + 1].text == "for" for k in range(len(out[-1]) - 2)):
            out[-1] = [*out[-1], *run]  # "the Preservation Achievement Award for
            # Residential Restoration/Rehabilitation": an award's category, two words for it
        elif out and len(out[-1]) == 1 and out[-1][0].acronym and run[0].acronym and \
                text[out[-1][-1].end:run[0].start] == "/" and \
                not _written_alone(text, out[-1][0].text) and \
                not _written_alone(text, run[0].text) and \
                ((len(run) > 1 and all(t.capitalised and not t.text.isupper() for t in run[1:]))
                 or f"({out[-1][0].text}/{run[0].text})" in text):
            out[-1] = [*out[-1], *_tokens_between(text, out[-1][-1].end, run[0].start),
                       *run]  # "the ME/CFS Research Roadmap", "… chronic
            # fatigue syndrome (ME/CFS)": one name by two sets of letters the story never
            # writes apart, inside a longer name or in brackets after what they spell (but
            # "NIH/NIDDK" where "NIH" stands alone too: two bodies; "People with HIV/AIDS":
            # two conditions)
        else:
            out.append(run)
    return out


def _written_alone(text: str, letters: str) -> bool:
    """Whether the story writes these letters with no slash joining them to others."""
    return re.search(rf"(?<![\w/]){re.escape(letters)}(?![\w/])", text) is not None


def _over_and_its(text: str, found: list[list[Token]], know: Knowledge) -> list[list[Token]]:
    """A body "of" a field "and its" other field is one name: "the Institute of Mathematics
    and its Applications" (the runs stop at "its", a small word no name holds otherwise)."""
    out: list[list[Token]] = []
    for run in found:
        last = out[-1] if out else None
        if last is not None and len(run) <= 2 and len(last) >= 3 and any(
                last[k].text in ORGANISATION_HEADS and last[k + 1].text == "of"
                for k in range(len(last) - 2)) and \
                text[last[-1].end:run[0].start] == " and its " and \
                all(t.capitalised and not t.acronym for t in run) and \
                not _is_title(run[0].text, know.titles):  # (not "… and its Minister")
            out[-1] = [*last, *run]
            continue
        out.append(run)
    return out


def _after_call_sign(run: list[Token]) -> list[list[Token]]:
    """A station's call sign, then its show's title opening with "The", are two names:
    "2GB The Mark Levy Breakfast Show"."""
    k = next((k for k in range(1, len(run) - 1) if run[k].text == "The"
              and run[k - 1].acronym and any(ch.isdigit() for ch in run[k - 1].text)), 0)
    return [run[:k], run[k:]] if k else [run]


#: Local units a service names for the place they serve: "… Coastguard Rescue Team".
_LOCAL_UNITS = frozenset("Team Teams Unit Station Crew Brigade Detachment".split())


def _written_apart(found: list[list[Token]], know: Knowledge) -> list[list[Token]]:
    """A run whose end is a name of three words or more that the story writes as a run of
    its own, after a place or a body's name, is two names: "Southern District of Texas
    Judicial Conference of the United States", a page's running header glued to the line
    above it (but "Businessman Rocky De La Fuente" is one man); so is a run whose two parts
    the story both writes alone, the second a person's name ("The Sunrise Christina
    Lords")."""
    def joined(run: list[Token]) -> str:
        return " ".join(t.text for t in (run[1:] if run[0].text == "The" else run))

    def complete(head: list[Token]) -> bool:
        last = head[-1].text
        return last in ORGANISATION_HEADS or last in PLACE_HEADS or \
            know.places.get(last) in ("country", "region") or joined(head) in know.places

    alone = {joined(run) for run in found if len(run) >= 3}
    everywhere = {joined(run) for run in found}
    people = {joined(run) for run in found if len(run) >= 2 and run[0].text in know.given_names}
    openings = {tuple(t.text for t in (run[1:3] if run[0].text == "The" else run[:2]))
                for run in found if len(run) >= 2}  # ("The Army Corps has …": one name
    # across the joint, so "U.S. Army Corps of Engineers" is not cut there)
    out: list[list[Token]] = []
    for run in found:
        end = len(run)
        while end > 3 and run[end - 1].text in MONTHS_AND_DAYS:
            end -= 1  # ("… of the Bench March 3, 2019": the header's date after it)
        k = next((k for k in range(2, end - 2) if run[k - 1].text not in CONNECTORS_BASE
                  and run[k].capitalised and not _is_title(run[k].text, know.titles)
                  and joined(run[k:end]) in alone and complete(run[:k])
                  and (run[k - 1].text, run[k].text) not in openings
                  and not (run[k - 1].text in ORGANISATION_HEADS
                           and run[k].text in ORGANISATION_HEADS)
                  and not (run[end - 1].text in ("Office", "Offices")
                           and run[end - 2].possessive)
                  and not (run[end - 1].text in _LOCAL_UNITS
                           and run[k - 1].text in PLACE_HEADS)
                  and not (know.places.get(joined(run[:k])) == "country"
                           and (run[k].text in ORGANISATION_HEADS
                                or run[end - 1].text in ORGANISATION_HEADS))), None)
        # (nor a local unit named for its place: "Prawle Point Coastguard Rescue Team",
        # though the story writes "the Coastguard Rescue Team" alone)
        # (nor where two heads meet: "U.S. Army Corps of Engineers" is one body; nor a
        # place's office named for its holder: "Milwaukee County Medical Examiner’s Office";
        # nor a country's body, "United States Court of Federal Claims", "United States Air
        # Force Academy", though the story writes "Court of Federal Claims" alone too)
        # (not "U.S. District Judge Sarah S. Vance": a title's first words, then its holder)
        if k is None:
            k = next((k for k in range(1, len(run) - 1) if run[k].text in know.given_names
                      and joined(run[k:]) in people and joined(run[:k]) in everywhere
                      and not any(_is_title(t.text, know.titles) for t in run[:k])), None)
            # ("… category: The Sunrise Christina Lords, Editorial …": an award list run
            # into one line, a newsletter's name the story also writes alone, then a
            # winner it names alone too)
        out.extend([run[:k], run[k:]] if k is not None else [run])
    return out


def _before_surname_alone(found: list[list[Token]], know: Knowledge) -> list[list[Token]]:
    """A body's name whose number runs into the surname of someone the story names in full
    and alone ("… told VOA Studio 7 Made is making a mistake", where the story writes
    "Joseph Made" and "Made said"): the body, then the person."""
    alone = Counter(run[0].text for run in found if len(run) == 1)
    people = {run[-1].text for run in found
              if len(run) >= 2 and run[0].text in know.given_names and run[-1].capitalised}
    out: list[list[Token]] = []
    for run in found:
        if len(run) >= 3 and run[-1].text in people and alone[run[-1].text] >= 2 and \
                (run[-2].number or run[-2].acronym):
            out.extend([run[:-1], run[-1:]])
        else:
            out.append(run)
    return out


def _before_named_alone(found: list[list[Token]], know: Knowledge) -> list[list[Token]]:
    """"Reuters/Baz Ratner Nic Cheeseman, University of Birmingham …": a photo's credit run
    into a writer's name the story also writes on its own ("… and Nic Cheeseman,
    University of Birmingham"): two names."""
    alone = {tuple(t.text for t in run) for run in found if 2 <= len(run) <= 3}
    whole = Counter(tuple(t.text for t in run) for run in found)
    out: list[list[Token]] = []
    for run in found:
        words = tuple(t.text for t in run)
        cut = next((k for k in (len(run) - 2, len(run) - 3) if k >= 2
                    and words[k:] in alone and whole[words] == 1
                    and all(t.capitalised and not t.acronym and not t.initial
                            and t.text.rstrip(".") not in HONORIFICS
                            and not _is_title(t.text, know.titles) for t in run)
                    and not any(_any_head(w) or w in PLACE_HEADS or w in COMPASS_POINTS
                                or know.places.get(w) for w in words)
                    and words[k - 1] not in know.given_names), None)
        if cut is not None:
            out.extend([run[:cut], run[cut:]])
        else:
            out.append(run)
    return out


#: The months' full names, which open a periodical's issue before its title.
_FULL_MONTHS = frozenset(MONTH_NAMES.split("|"))


def _after_issue_month(found: list[list[Token]]) -> list[list[Token]]:
    """A month before a name the story also writes without it ("May Genomics Landscape"
    under "The Genomics Landscape"): a periodical's issue by its month, the name without
    the month (not "April Ryan", a given name, whose surname the story never writes
    alone with a second word)."""
    names = Counter(tuple(t.text for t in run) for run in found)
    rests = Counter(tuple(t.text for t in run[k:]) for run in found for k in (0, 1)
                    if len(run) - k >= 2)
    out: list[list[Token]] = []
    for run in found:
        words = tuple(t.text for t in run)
        if len(run) >= 3 and words[0] in _FULL_MONTHS and all(t.capitalised for t in run) \
                and rests[words[1:]] > names[words]:
            out.append(run[1:])
        else:
            out.append(run)
    return out


def _before_glued_today(found: list[list[Token]]) -> list[list[Token]]:
    """"…, Natural England Today (14 May 2024) we are …": a teaser's byline run into its
    first sentence's first word, where the story writes the name alone too."""
    alone = {" ".join(t.text for t in run) for run in found}
    return [run[:-1] if len(run) >= 3 and run[-1].text in ("Today", "Yesterday", "Tomorrow")
            and " ".join(t.text for t in run[:-1]) in alone else run for run in found]


def _named_alone_then_body(found: list[list[Token]], know: Knowledge) -> list[list[Token]]:
    """A run of a name the story also writes alone, ending in a country or a region, "and",
    then a body's name: two names ("Natural England and Yorkshire Wildlife Trust"); but not
    a body named for two places ("Great Lakes and Ohio River Division"), nor one named for
    two things ("Wild Horse and Burro Program")."""
    alone = {" ".join(t.text for t in run) for run in found}
    out: list[list[Token]] = []
    for run in found:
        ands = [k for k, t in enumerate(run) if t.text in ("and", "&")]
        k = ands[0] if len(ands) == 1 else None
        if k is not None and 2 <= k <= len(run) - 3 and \
                " ".join(t.text for t in run[:k]) in alone and \
                know.places.get(run[k - 1].text) in ("country", "region") and \
                not know.places.get(" ".join(t.text for t in run[:k])) and \
                run[-1].text in ORGANISATION_HEADS and run[k + 1].text != "the" and \
                all(t.capitalised for t in run[k + 1:]) and \
                run[k + 1].text not in ORGANISATION_HEADS:
            out.extend([run[:k], run[k + 1:]])
        else:
            out.append(run)
    return out


def _around_act(run: list[Token], acts: set[str]) -> list[list[Token]]:
    """A law the story also names on its own, inside a longer run, is a name apart: a list
    of cases glues each case's party to the law and the kind of case ("Plantation Pipe
    Line Company Clean Water Act Settlement")."""
    if len(run) < 3:
        return [run]
    for j in range(len(run) - 1, 0, -1):
        if run[j].text not in WORK_HEADS:
            continue
        for i in range(j - 1, -1, -1):
            if (i > 0 or j < len(run) - 1) and \
                    " ".join(t.text for t in run[i:j + 1]) in acts and \
                    (i == 0 or run[i - 1].text not in ("of", "for", "the", "and")):
                after = run[j + 1:]
                if i == 0 and len(after) == 1 and after[0].text in ORGANISATION_HEADS:
                    return [run]  # "the Hatch Act Unit", "a Clean Air Act Committee": a
                    # body named for the law it enforces
                if all(t.text in _CASE_WORDS for t in after):
                    after = []
                return [part for part in (run[:i], run[i:j + 1], after) if part]
    return [run]


#: A list of places after their kind ("the counties of Charlotte, Collier, … and Sarasota",
#: "Attendance Areas of Bering Strait, …", "The cities are Pierre, Aberdeen and Watertown") or
#: before it ("in Bay, Collier, … counties").
_NAME = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*"
_PLACES_AFTER = re.compile(rf"\b(?:[Cc]ounties|[Pp]arishes|states|[Pp]rovinces|[Rr]egions|"
                           rf"[Dd]istricts|[Aa]reas|[Cc]ities|[Tt]owns|[Vv]illages|"
                           rf"[Mm]unicipalities|[Cc]ountries|[Ii]slands|Republics) "
                           rf"(?:of|are|were|include|included|including|such as) "
                           rf"(?P<list>{_NAME}(?:, {_NAME})*,? and {_NAME})")
_PLACES_BEFORE = re.compile(rf"\b(?P<list>{_NAME}(?:, {_NAME})+,? and {_NAME}) "
                            rf"(?:counties|parishes|provinces|districts)\b")
_KIND_AFTER = re.compile(r" (?:counties|parishes|provinces|districts)\b")

_NUMBER_AFTER = re.compile(r"\.?:?\s*\+?[\d(]")
_DEGREES = frozenset(("Ph.D.", "PhD", "M.D.", "MD", "M.P.H.", "MPH", "J.D.", "D.O.", "DPhil",
                      "B.S.", "B.A.", "M.S.", "M.A.", "B.Sc.", "M.Sc.", "BSc", "MSc", "M.B.A.",
                      "MBA", "Ed.D.", "LL.B.", "LL.M.", "Sc.D.", "M.Eng.", "B.Eng."))
#: Plural or page nouns a site's menu ends its items with: "Notable Events", "Email Page".
_MENU_TAILS = frozenset("Page Pages Events Documents Departments Resources Services Updates "
                        "Links Publications Releases".split())


def _in_menu_line(text: str, c: Candidate, know: Knowledge) -> bool:
    """Whether a candidate is an item of a site's menu copied as one line, its items apart
    by two spaces or more (" In the news  Indicators  Releases by subject") or after a
    breadcrumb's "You are here:", and not a name the story writes elsewhere; a line of
    names or places (a table's row) is no menu."""
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    line = text[start:end if end >= 0 else len(text)]
    elsewhere = text[:start] + "\n" + text[start + len(line):]
    if _YOU_ARE_HERE.search(line, 0, c.start - start):
        return re.search(rf"(?<![\w-]){re.escape(c.text)}(?![\w-])", elsewhere) is None
        # ("navigation bar Home You are here: Welcome Health Information Research Funding
        # Opportunities …": a site's menu after its breadcrumb's label, run into one line)
    items = [i for i in re.split(r"[^\S\n]{2,}", line.strip()) if i]
    if len(items) < 3 or any(len(i.split()) > 4 for i in items) or any(
            w in know.given_names or know.big_place(w) for i in items for w in i.split()):
        return False
    return re.search(rf"(?<![\w-]){re.escape(c.text)}(?![\w-])", elsewhere) is None


#: A post's link, its title in marks after it: "Continue reading “…”".
_CONTINUE_READING = re.compile(r"\b(?:Continue|Keep) [Rr]eading[^\S\n]*[“\"]$")
#: A breadcrumb's label, after which a copied line holds the site's menu.
_YOU_ARE_HERE = re.compile(r"\bYou are here[^\S\n]*:")


def _menu_leftover(text: str, c: Candidate) -> bool:
    """Whether a candidate is a menu item's last word alone, its first word cut off as no
    name ("Notable Events", "Email Page", "Printer Page" on lines of their own)."""
    if len(c.words) != 1 or c.words[0] not in _MENU_TAILS:
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    return re.fullmatch(r"[^\S\n]*(?:[^\n]*>[^\S\n]*)?[A-Z][a-z]+(?:[^\S\n]+and)?[^\S\n]+",
                        text[line_start:c.start]) is not None \
        and re.match(r"[^\S\n]*(?:\n|$)", text[c.end:]) is not None  # (and a breadcrumb's
    # last item: "… > About the Clinical Center > News and Events")


#: Letters with full stops, as degrees and credentials are written: "M.M.H.C.", "M.P.".
_DOTTED_LETTERS = re.compile(r"(?:[A-Z][a-z]{0,3}\.){1,5}[A-Z]?")
#: A degree's letters and a comma right before: "Ph.D., ", "Dr.P.H., ".
_DEGREE_BEFORE = re.compile(r"(?:[A-Z][a-z]{0,4}\.){2,4},[^\S\n]+$")


#: A degree and "in", before the field it is in: "his B.S. in Geology", "a master's degree
#: in Public Policy" (a field of study, no name).
_DEGREE_IN = re.compile(r"(?:\b(?:B\.S|B\.A|M\.S|M\.A|Ph\.D|B\.Sc|M\.Sc|M\.B\.A|Ed\.D|Sc\.D)\.|"
                        r"\b(?:PhD|BSc|MSc|MBA|degree|degrees|bachelor’?'?s|master’?'?s|"
                        r"doctorate|diploma))[^\S\n]+in[^\S\n]+$")
_HEADING_AFTER = re.compile(r":[ \t]*(?:\n|$)")

def _paired_letters(text: str, token: Token) -> tuple[Token, Token] | None:
    """Two bodies' letters a hyphen joins ("FDA-NIH"), each of three letters or more, one
    of them written alone elsewhere in the story (not "AFL-CIO", one federation's name)."""
    m = re.fullmatch(r"([A-Z]{3,6})-([A-Z]{3,6})", token.text)
    if m is None or not any(re.search(rf"(?<![\w-]){part}(?![\w-])", text) for part in m.groups()):
        return None
    first = Token(token.start, token.start + len(m.group(1)), m.group(1))
    second = Token(first.end + 1, token.end, m.group(2))
    for part in (first, second):
        part.classify()
    return first, second


def _plural_owner_of_post(text: str, run: list[Token], know: Knowledge) -> bool:
    """A plural's possessive before a post: "a States’ Co-Chairman", "the Members’
    Representative": whose post it is, part of the post's words, no name."""
    post = re.match(r"[’'][^\S\n]+([A-Z][\w-]+)", text[run[-1].end:run[-1].end + 30])
    return len(run) == 1 and run[0].text.endswith("s") and post is not None and \
        _is_title(post.group(1), know.titles) and not run[0].acronym


def _plural_head_alone(text: str, run: list[Token]) -> bool:
    """A body's head word alone in the plural, a slash joining it to another or "the"
    before it: "the mission of the Institutes/Centers", a kind of body, no name."""
    word = run[0].text
    return len(run) == 1 and word.endswith("s") and word[:-1] in ORGANISATION_HEADS and (
        text.startswith("/", run[0].end) or text[max(0, run[0].start - 1):run[0].start] == "/"
        or re.search(r"\b(?:the|these|those)[^\S\n]+$",
                     text[max(0, run[0].start - 7):run[0].start]) is not None)


def _button_or_flag(text: str, run: list[Token]) -> bool:
    """A page's button, a verb and one word alone on a line ("Read Bio", "View Profile"),
    or a flag's past participle before its colon ("This Event is Recorded: …"): no name."""
    line = text[text.rfind("\n", 0, run[0].start) + 1:line_end(text, run[-1].end)].strip()
    if len(run) <= 3 and re.fullmatch(rf"(?:Read|View|See|Download|Watch|Listen|Visit|Join)"
                                      rf"[^\S\n]+(?:the[^\S\n]+)?{re.escape(run[-1].text)}"
                                      rf"(?:[^\S\n]*[→»›>])?", line):
        return True  # (and "Join the Conversation →", a link's arrow after it)
    return len(run) == 1 and run[0].text.endswith("ed") and text.startswith(":", run[0].end) and \
        re.search(r"\b(?:is|are|was|were|be|been)[^\S\n]+$",
                  text[max(0, run[0].start - 8):run[0].start]) is not None


def _advising_a_post(text: str, found: list[list[Token]],
                     know: Knowledge) -> list[list[Token]]:
    """A body that advises a post, named for it after "to the", is one name: "the Advisory
    Committee to the Director", "the President's Council … to the President" (the post,
    a body's letters before it or not, ends the name)."""
    out: list[list[Token]] = []
    for run in found:
        previous = out[-1] if out else None
        if previous is not None and previous[-1].text in _ADVISING_HEADS and \
                text[previous[-1].end:run[0].start] == " to the " and 1 <= len(run) <= 2 and \
                _is_title(run[-1].text, know.titles) and not run[-1].possessive and \
                (len(run) == 1 or run[0].acronym):
            out[-1] = [*previous, *_tokens_between(text, previous[-1].end, run[0].start), *run]
            continue
        out.append(run)
    return out


#: Numbers spelt out, and the spans of time they count: "Two Years", "Ten Days".
_SPELT_NUMBERS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve "
                           "Twenty Thirty Fifty Hundred".split())
_SPANS_OF_TIME = frozenset("Years Months Weeks Days Hours Minutes Decades Centuries".split())
#: Heads of bodies that advise a post, named for it: "Advisory Committee to the Director".
_ADVISING_HEADS = frozenset("Committee Council Board Commission Panel".split())


def _apart_from_handles(run: list[Token]) -> list[list[Token]]:
    """The parts of a run on either side of a social network's handle ("following us on X:
    @NIH_OSP and LinkedIn" → "LinkedIn"): a handle is no part of a name, and "and" after it
    joins no name to it."""
    if not any(t.text.startswith("@") for t in run):
        return [run]
    parts: list[list[Token]] = [[]]
    for token in run:
        if token.text.startswith("@"):
            parts.append([])
        else:
            parts[-1].append(token)
    parts = [part[1:] if part and part[0].text in ("and", "or", "&") else part for part in parts]
    return [part for part in parts if part]


#: A listing's line of tags under a teaser, opened by a bar, its tags parted by a comma
#: with a space on both sides: "| Press Release , Domestic abuse , CPS News".
_TAG_LINE = re.compile(r"(?m)^[^\S\n]*\|[^\S\n]*[^|\n]*?[^\S\n],[^\S\n][^\n]*$")


def _topic_list_lines(text: str, know: Knowledge) -> list[tuple[int, int]]:
    """The lines of a bulleted list of topics a sentence's colon opens: "The current
    Prevention SIGs are:" over "• Screening in Children", "• Evaluating Environmental,
    Policy, and Systems-Level Interventions", "• Interventions To Prevent or Delay the Onset
    of Comorbid Diseases". Each item is a phrase in Title Case, two words or more, and no
    item holds what names hold (a head word, a given name, a place the tables know, letters,
    a possessive), so the capitals are the titles' style, not names (a list of bodies,
    people or places keeps its names)."""
    spans: list[tuple[int, int]] = []
    lines = text.splitlines(keepends=True)
    starts = list(itertools.accumulate((len(line) for line in lines), initial=0))
    number = 0
    while number < len(lines):
        if not lines[number].rstrip().endswith(":"):
            number += 1
            continue
        items = []
        k = number + 1
        while k < len(lines) and (not lines[k].strip() and not items):
            k += 1  # (a blank line between the sentence and its first bullet)
        while k < len(lines) and _LIST_MARKER.match(lines[k]) and \
                not re.match(r"\s*\d", lines[k]):
            items.append(k)
            k += 1
        if len(items) >= 3 and all(_topic_item(lines[i], know) for i in items) and any(
                any(w in TITLE_SMALL_WORDS for w in _LIST_MARKER.sub("", lines[i]).split())
                for i in items):
            spans.extend((starts[i], starts[i] + len(lines[i])) for i in items)
        number = max(k, number + 1)
    return spans


def _topic_item(line: str, know: Knowledge) -> bool:
    """Whether a list's item reads as a topic's title: see _topic_list_lines. A head word
    counts where a name's head stands, last or before "of", "for" or "on" ("Sierra Club",
    "Friends of the Earth" do; "Systems-Level Interventions", "Environmental, Policy, and
    …" do not)."""
    words = [p for w in _LIST_MARKER.sub("", line).split() for p in w.strip(",;.").split("-")
             if p]
    return len(words) >= 2 and words[0][:1].isupper() and all(
        w.casefold() in TITLE_SMALL_WORDS or (
            w[:1].isupper() and not re.search(r"[A-Z].*[A-Z]|\d|[’']", w)
            and w not in know.given_names and not know.places.get(w)
            and not ((k == len(words) - 1 or words[k + 1] in ("of", "for", "on"))
                     and (w in ORGANISATION_HEADS or w in PLACE_HEADS or w in EVENT_HEADS
                          or w in WORK_HEADS or w in LAW_HEADS)))
        for k, w in enumerate(words))


def _place_lists(text: str) -> list[tuple[int, int]]:
    """Where the story lists places by their kind: each name in the list is a place."""
    patterns = (_PLACES_AFTER, _PLACES_BEFORE) if _KIND_AFTER.search(text) else (_PLACES_AFTER,)
    # (a list before its kind is tried at every capital: only where the kind is written)
    return [m.span("list") for pattern in patterns for m in pattern.finditer(text)]


def _in_place_list(run: list[Token], lists: list[tuple[int, int]],
                   know: Knowledge) -> list[list[Token]]:
    """A run in a list of places, cut at the list's start and at each "and": "Lower
    Kuskokwim and Lower Yukon", "Escambia and Santa Rosa" are two counties (but "Trinidad
    and Tobago" is one country)."""
    span = next(((a, b) for a, b in lists if run[0].start < b and a < run[-1].end), None)
    if span is None:
        return [run]
    parts: list[list[Token]] = []
    before = [t for t in run if t.start < span[0]]
    kind = [t for t in before if t.text != "of"]
    if before and not (len(kind) == 1 and kind[0].text.casefold() in PLACE_KINDS):
        parts.append(before)  # (not "Republics" of "the Republics of Chile, …")
    current: list[Token] = []
    rest = run[len(before):]
    for k, token in enumerate(rest):
        if token.text == "and" and not any(
                " ".join(t.text for t in [*current, *rest[k:m]]) in know.places
                for m in range(k + 2, len(rest) + 1)):
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    return [p for p in parts if p]


#: A kind of show after a title in marks: '… "Public Vaults" exhibition'.
_SHOWN_AFTER = re.compile(r"[^\S\n]+(?:(?:photo|art|photography|film|video|sound)[^\S\n]+)?"
                          r"(?P<noun>exhibit|exhibition|exhibits|display|show|showcase|"
                          r"installation|retrospective|campaign|festival|march|rally|"
                          r"protests?|day[^\S\n]+of[^\S\n]+action|[Cc]reator|"
                          r"[Ss]tar|[Dd]irector|[Aa]uthor|[Cc]omposer)\b")
# ("the 'Olympic Favela' photo exhibit"; "Coletivo Papo Reto's 'Everything is Wrong'
# campaign": the campaign's name in marks, whatever its case; "‘Hamilton’ Creator Lin-Manuel
# Miranda": a work before whoever made it)


#: A report's short name in brackets after its long title in marks: "“Evaluation of Issues
#: Surrounding Inmate Deaths in …” (Deaths in Custody report)".
_REPORT_AFTER = re.compile(r"[^\S\n]*\((?P<name>[^()\n]{2,40})[^\S\n](?:report|review|study|"
                           r"audit)\)")


#: A document's kind and what it is on, opening a long title in quotation marks: "Report
#: on the …", "Review of …", "Strategy for …".
_DOCUMENT_OPENING = re.compile(r"[^\S\n]*(?:Report|Review|Study|Strategy|Plan|Assessment|"
                               r"Survey|Inquiry|Evaluation)[^\S\n]+(?:on|of|for|into)[^\S\n]")


def _quoted_titles(text: str, phrases: list[tuple[int, int]]) -> list[Candidate]:
    """Titles of works in quotation marks, each one name: 'the song "Still Crazy After
    All These Years"', '“Charging Bull”'. A passage counts when it is in Title Case
    (every word capitalised but the small ones), or when one or two capitalised words
    follow a word that names a work or calls something. A passage in Title Case that the
    sentence gives to a speaker is added to ``phrases``: its capitals name nothing."""
    from .quotes import (
        AUDIENCE_AFTER,
        LINK_LANGUAGE,
        NAMED_SAYS_AFTER,
        decked_headline,
        described_speaker,
        passages,
        quoted_title,
    )

    out: list[Candidate] = []
    for passage in passages(text):
        for p in (passage, *passage.inner):
            inside = text[p.start:p.end]
            kept = re.sub(rf"{LINK_LANGUAGE.pattern}[^\S\n]*$", "", inside).rstrip(" .,;:")
            # (a title's own mark stays: "What the Health?"; not its link's language: "No
            # Time for Anger [de]")
            kept = kept if kept.endswith(("?", "!")) and not kept.endswith(("??", "!!")) \
                and len(kept.split()) >= 3 else kept.rstrip("!?")  # (not "Iranian?")
            stripped = kept.rstrip("!?")
            lead = len(stripped) - len(stripped.lstrip())
            start = p.start + lead
            if stripped[lead:].startswith("the "):  # 'known as "the Mercury Seven"'
                start += 4
            words = text[start:p.start + len(stripped)].split()
            before = text[max(0, p.open - 40):p.open]
            longest = 30 if re.search(r"\b(?:(?:en)?titled|on|(?:Order|Proclamation|Memorandum)"
                                      r"(?:[^\S\n]*\([A-Z.]{2,6}\))?|(?:Circular|Publication|"
                                      r"Bulletin|Form|Notice)[^\S\n]+[\w.-]*\d[\w.-]*)[\s,:]*$",
                                      before) or \
                _REPORT_AFTER.match(text, p.close + 1) or \
                _DOCUMENT_OPENING.match(text, p.start) or \
                re.search(r"[^\W\d]:[^\S\n]+[A-Z]", inside) else 12
            # (a hearing's or a report's long title after "titled": "an oversight hearing
            # titled “Examining the President’s FY 2025 Budget Request for the Bureau …”";
            # or "on": "Remarks by Chairman Martin J. Gruenberg on “Oversight of Financial
            # Regulators: Financial Stability, Supervision, and Consumer Protection …”"; or a
            # numbered document's: "Circular 92, “Copyright Law of the United States and …”";
            # or one that opens with its kind and what it is on: "“Report on the Goals and
            # Objectives for Arctic Research 2013-2014 for the U.S. Arctic Research Program”";
            # or a title and its subtitle after a colon: "“China in the Next Decade: Rising
            # Meat Demand and Growing Imports of Feed”";
            # or an order's: "an Executive Order (E.O.), “Imposing Sanctions on Certain Persons
            # with Respect to the Humanitarian and Human Rights Crisis in Ethiopia.”")
            if not words or len(words) > longest or not (
                    words[0][:1].isupper() or (words[0][:1].isdigit() and len(words) >= 3)):
                continue  # (a title may open with a number: “15:17 to Paris”)
            if (quoted_title(words, before) and (
                    not quoted_title(words, before, text[p.close + 1:p.close + 160])
                    or (inside.rstrip().endswith(",")
                        and NAMED_SAYS_AFTER.match(text, p.close + 1)
                        and not re.search(r"\b(?:entitled|titled|headlined)[^\S\n]*$",
                                          before)))) or (
                    p is passage and (decked_headline(text, p, words) is not None
                                      or described_speaker(text, p.open, p.close))):
                # (or a headline wholly in single marks above its deck, or after a description
                # of who speaks and its colon: someone's words)
                phrases.append((start, p.start + len(kept)))
                continue  # "“Target Number One” …, he told journalists": someone's words
            shown = _SHOWN_AFTER.match(text, p.close + 1) or \
                AUDIENCE_AFTER.match(text, p.close + 1)
            if not quoted_title(words, before) and not (shown and (
                    (len(words) <= 3 and all(w[:1].isupper() for w in words)
                     and shown.group("noun") not in ("campaign", "festival", "march",
                                                     "rally", "protest", "protests"))
                    or (2 <= len(words) <= 5
                        and sum(w[:1].isupper() for w in words) >= 2))):
                continue  # (and '… “Featured Documents” exhibit': a show's title)
            end = p.start + len(kept)
            out.append(Candidate(start, end, " ".join(text[start:end].split()), tuple(words),
                                 hint="work", before=before, after=text[end:end + 40]))
            short = _REPORT_AFTER.match(text, p.close + 1)
            if short is not None and re.fullmatch(r"[A-Z][\w’'-]*(?:[^\S\n]+(?:[A-Z][\w’'-]*"
                                                  r"|of|in|on|and|the|for)){0,5}",
                                                  short.group("name")):
                out.append(_span(text, short.start("name"), short.end("name"), hint="work"))
                # ("… (Deaths in Custody report)": the report's short name)
    return out


_TITLE_WORD = r"(?:[A-Z][\w’'-]*|to|of|for|the|and|&|a|an|in|on|with|us)"
#: A page of a site by its title, with the small words that cut a run of capitals in two:
#: "see our More Ways to Give page", "the Terms of Use page".
_PAGE_TITLE = re.compile(rf"\b(?:our|the|its|their|this)[^\S\n]+(?P<title>[A-Z][\w’'-]*"
                         rf"(?:[^\S\n]+{_TITLE_WORD})*?[^\S\n]+[A-Z][\w’'-]*)"
                         rf"(?=[^\S\n]+(?:page|webpage|section|tab)\b)")


def _page_titles(text: str, titles: list[Candidate]) -> list[Candidate]:
    """A page's title with a lower-case word inside, one name: the runs of capitals stop at
    the small word and would leave its pieces ("Ways", "Give") as names of their own."""
    out: list[Candidate] = []
    for m in _PAGE_TITLE.finditer(text):
        start, end = m.span("title")
        words = tuple(m.group("title").split())
        if all(w[:1].isupper() for w in words) or \
                any(start < t.end and t.start < end for t in titles):
            continue  # (capitals only: the run is the title already)
        out.append(Candidate(start, end, " ".join(words), words, hint="work",
                             before=text[max(0, start - 40):start], after=text[end:end + 40]))
    return out


#: A member heading a remark in the Congressional Record, in capitals: "HON. DIANA DeGETTE
#: OF COLORADO IN THE HOUSE OF REPRESENTATIVES".
_RECORD_MEMBER = re.compile(
    r"\bHON\.[^\S\n]+(?P<name>[A-Z][\w.’'-]*(?:[^\S\n]+(?!OF\b)[A-Z][\w.’'-]*){0,4})"
    r"[^\S\n]+OF[^\S\n]+(?P<state>[A-Z]{2,}(?:[^\S\n]+[A-Z]{2,}){0,2})[^\S\n]+IN[^\S\n]+THE"
    r"[^\S\n]+(?P<chamber>HOUSE[^\S\n]+OF[^\S\n]+REPRESENTATIVES|SENATE[^\S\n]+OF"
    r"[^\S\n]+THE[^\S\n]+UNITED[^\S\n]+STATES)\b")


#: A chamber's committee named for a list of fields, commas and all: "the House Veterans,
#: Military Affairs & Public Protection Committee".
_COMMITTEE_OF_FIELDS = re.compile(
    r"(?:\bU\.S\.[^\S\n]+)?\b(?:House|Senate|Assembly|Joint|Interim Joint)(?:[^\S\n]+[A-Z][a-z]+)+"
    r"(?:,[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)*)+,?[^\S\n]+(?:&|and)[^\S\n]+"
    r"[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)*[^\S\n]+Committee\b")
#: The same with no chamber before it, where the name heads its own line or follows "the":
#: "Climate Change, Environment, and Infrastructure Committee" over a committee's record.
_FIELDS_COMMITTEE_ALONE = re.compile(
    r"(?:^[^\S\n]*|\bthe[^\S\n]+)(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)*"
    r"(?:,[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)*)+,?[^\S\n]+(?:&|and)[^\S\n]+"
    r"[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)*[^\S\n]+(?:Committee|Sub-Committee|Subcommittee))\b",
    re.MULTILINE)


#: A committee "on" the fields it oversees, listed with commas: "Committee on the
#: Environment, Public Health and Food Safety".
_COMMITTEE_ON_FIELDS = re.compile(
    r"(?:^[^\S\n]*|\b[Tt]he[^\S\n]+)(?P<name>(?:Committee|Subcommittee|Commission)[^\S\n]+on"
    r"[^\S\n]+(?:the[^\S\n]+)?[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)*(?:,[^\S\n]+[A-Z][a-z]+"
    r"(?:[^\S\n]+[A-Z][a-z]+)*)+,?[^\S\n]+(?:&|and)[^\S\n]+[A-Z][a-z]+"
    r"(?:[^\S\n]+[A-Z][a-z]+)*)\b", re.MULTILINE)  # (heading its line or after "the": not
# "… Appropriations Subcommittee on Interior, …", a title's run the cutting reads whole)


def _committees_of_fields(text: str) -> list[Candidate]:
    """A committee named for the fields it oversees, one name though commas part them."""
    found = [_matched(text, m, "organisation") for m in _COMMITTEE_OF_FIELDS.finditer(text)]
    found += [_matched(text, m, "organisation", "name")
              for m in _COMMITTEE_ON_FIELDS.finditer(text)]
    taken = [(c.start, c.end) for c in found]
    return found + [_matched(text, m, "organisation", "name")
                    for m in _FIELDS_COMMITTEE_ALONE.finditer(text)
                    if not any(a <= m.start("name") < b for a, b in taken)]


def _record_members(text: str) -> list[Candidate]:
    """The member, the state and the chamber a Congressional Record remark is headed by,
    each a name of its own ("HON. BRADLEY SCOTT SCHNEIDER OF ILLINOIS IN THE HOUSE OF
    REPRESENTATIVES"), not one long name in capitals."""
    return [_matched(text, m, hint, group) for m in _RECORD_MEMBER.finditer(text)
            for group, hint in (("name", "person"), ("state", "place"),
                                ("chamber", "organisation"))]


def _span(text: str, start: int, end: int, hint: str | None = None,
          reach: int = 40) -> Candidate:
    """The candidate a pattern found at text[start:end], its words as the text spaces them,
    with the context the type guesses read around it."""
    words = tuple(text[start:end].split())
    return Candidate(start, end, " ".join(words), words, hint=hint,
                     before=text[max(0, start - reach):start], after=text[end:end + 40])


#: A headline's first word glued to the end of the teaser before it, no space between:
#: "… reliable transit serviceBiden-Harris Administration Announces …", "…
#: Congress.Biden-Harris …".
_GLUED_HEADLINE = re.compile(r"[a-z.,)](?P<head>[A-Z][a-z]+(?:-[A-Z][a-z]+)?[^\S\n][^\n]*)")


def _glued_headlines(text: str) -> list[tuple[int, int]]:
    """The spans of headlines in title case glued to the teaser before them, from their
    first word to the line's end: a listing that lost its line breaks, no prose."""
    spans = []
    for m in _GLUED_HEADLINE.finditer(text):
        words = m.group("head").split()
        big = [w for w in words if w.casefold() not in TITLE_SMALL_WORDS]
        if len(words) >= 4 and any(w in HEADLINE_VERBS for w in words) and \
                5 * sum(w[:1].isupper() or w[:1].isdigit() or w[:1] == "$" for w in big) >= \
                4 * len(big):
            spans.append(m.span("head"))
    return spans


#: A picture's word glued to a file's number: "Seal001", "Image02".
_FILE_LABEL = re.compile(r"(?:Seal|Image|Img|Photo|Picture|Pic|Logo|Icon|Banner|Graphic)\d{2,}")
#: A speech's heading before its speaker's name: "Remarks of ", "Keynote Speech of ",
#: "Testimony by ".
_SPEECH_OF_BEFORE = re.compile(r"\b(?:Remarks|Speech|Statement|Testimony|Address|Keynote)"
                               r"[^\S\n]+(?:of|by)[^\S\n]+$")
#: A testimony's heading in capitals, a line each: "STATEMENT OF / K. JANE WILLIAMS / ACTING
#: ADMINISTRATOR / FEDERAL TRANSIT ADMINISTRATION / … / BEFORE THE SUBCOMMITTEE ON …".
_TESTIMONY_HEAD = re.compile(r"^[^\S\n]*(?:PREPARED[^\S\n]+)?(?:STATEMENT|TESTIMONY)[^\S\n]+OF"
                             r"[^\S\n]*\n(?P<block>(?:[^\S\n]*[A-Z][A-Z0-9 .,&’'()-]*\n){1,10})",
                             re.MULTILINE)
#: What opens a heading's line before the body's name: "BEFORE THE ", "TO THE ".
_HEADING_LINK = re.compile(r"(?:BEFORE|TO)[^\S\n]+(?:THE[^\S\n]+)?")


def _testimony_heading(text: str, know: Knowledge) -> list[Candidate]:
    """The names a testimony's heading in capitals holds, one a line: the witness right
    after "STATEMENT OF", then the bodies (not the witness's post, "ACTING ADMINISTRATOR");
    a headline's lines in capitals otherwise name nothing the runs keep."""
    out = []
    for m in _TESTIMONY_HEAD.finditer(text):
        pos = m.start("block")
        for k, line in enumerate(m.group("block").splitlines(keepends=True)):
            body = line.strip()
            start = pos + line.index(body[:1]) if body else pos
            pos += len(line)
            link = _HEADING_LINK.match(body)
            if link is not None:
                start, body = start + link.end(), body[link.end():]
            words = body.split()
            if not words or all(_is_title(w, know.titles) or w.title() in ROLE_MODIFIERS
                                for w in words):
                continue  # "ACTING ADMINISTRATOR": the witness's post
            out.append(_span(text, start, start + len(body), hint="person" if k == 0 else None))
    return out


#: A title after its label, alone on the line: "Project Title: Citizens Fighting for Civil
#: Rights: The Places, Faces, and Cases that Changed a Nation", "Title: …".
_LABELLED_TITLE = re.compile(r"^[^\S\n]*(?:[A-Z][\w-]*[^\S\n]+)?Title[^\S\n]*:[^\S\n]*"
                             r"(?P<title>[^\n]*[^\s.,;:])", re.MULTILINE)


#: Words of a title in title case, its small words inside ("Plastics in the Environment").
_TITLE_WORDS = (r"[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:of|the|in|on|and|for|a|an|to|at|with|from|"
                r"by)[^\S\n]+)*[A-Z][\w’'-]*)")
#: A title after "entitled" or "titled", its small words inside: "a Collection of research
#: articles entitled Plastics in the Environment, submitted …"; and its subtitle after a
#: colon, commas and all, where it runs to the sentence's end: "a report entitled Marketing
#: Food to Children and Adolescents: A Review of Industry Expenditures, Activities, and
#: Self-Regulation."
_ENTITLED = re.compile(rf"\b(?:entitled|titled)[^\S\n]+(?P<title>{_TITLE_WORDS}+"
                       rf"(?::[^\S\n]+{_TITLE_WORDS}*(?:,[^\S\n]+(?:and[^\S\n]+)?"
                       rf"{_TITLE_WORDS}*)*(?=\.?[^\S\n]*(?:\n|$)|\.[^\S\n]))?)")


#: A media item's heading: its kind, a dash, then where it was given ("Doorstop interview -
#: Sydney", "Press Conference - Parliament House, Canberra", "Opening remarks - Australia
#: Japan Leaders' Meeting"); not an interview on air ("Radio interview - 2GB …": a station).
_WHERE_GIVEN = re.compile(r"^(?:Doorstop(?:[^\S\n]+[Ii]nterview)?|Press[^\S\n]+[Cc]onference|"
                          r"Media[^\S\n]+statements?|(?:Opening[^\S\n]+)?[Rr]emarks|Speech|"
                          r"Address|Joint[^\S\n]+press[^\S\n]+conference)[^\S\n]+[-–—]"
                          r"[^\S\n]+(?P<where>[A-Z][^\n]{1,80}?)[^\S\n]*$", re.MULTILINE)


#: Meetings that a heading names where remarks were given: "… Leaders' Meeting".
_GATHERINGS = frozenset("Meeting Meetings Forum Dialogue Roundtable Retreat".split())


def _where_given(text: str) -> list[Candidate]:
    """The places (and events) a media item's heading says it was given at: one name per
    part between commas, a place unless it ends with an event's head word."""
    out: list[Candidate] = []
    for m in _WHERE_GIVEN.finditer(text):
        start = m.start("where")
        for part in re.finditer(r"[^,]+", m.group("where")):
            a = start + part.start() + len(part.group()) - len(part.group().lstrip())
            b = start + part.end() - (len(part.group()) - len(part.group().rstrip()))
            words = text[a:b].split()
            if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
                continue
            event = words[-1] in EVENT_HEADS or words[-1] in _GATHERINGS
            out.append(_span(text, a, b, hint="given-at-event" if event else "given-at"))
    return out


#: A body named for a list of fields, commas inside its name, after "the": "the Max Planck
#: Cambridge Centre for Ethics, Economy and Social Change", "the Ministry of Women, Family,
#: Gender and Child Protection’s plan" (its possessive left out).
_BODY_HEADS = (r"(?:Centre|Center|Institute|School|Department|Faculty|Ministry|Office|Agency|"
               r"Commission|Committee|Subcommittee|Council|Foundation|Fund|Society|Bureau|"
               r"Division|Administration|Directorate|Secretariat)")
_BODY_FOR_A_LIST = re.compile(
    r"(?:^|(?<=[a-z][^\S\n]))(?:[A-Z][\w’'.-]*[^\S\n]+){0,6}" + _BODY_HEADS +
    r"[^\S\n]+(?:for|of|on)[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)?(?:,[^\S\n]+"
    r"[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)?)+,?[^\S\n]+(?:and|&)[^\S\n]+(?:the[^\S\n]+)?"
    r"[A-Z][\w-]*"
    r"(?:[^\S\n]+[A-Z][\w-]*){0,2}(?:,[^\S\n]+and[^\S\n]+[A-Z][\w-]*(?![\w-])(?![^\S\n]+[A-Z]))?"
    r"(?![\w-])", re.MULTILINE)
# (and a last field after a comma and "and", an item of its own that holds an "and" before
# it: "the Select Committee on Finance, Public Expenditure and Reform, and Taoiseach")


def _bodies_for_a_list(text: str) -> list[Candidate]:
    """Bodies named for a list of fields: one name each, its commas inside it ("the
    Bureau of Alcohol, Tobacco, Firearms and Explosives"). Capitalised words before the head
    belong to the name after "the" ("the House Committee on Science, Space, and
    Technology"); elsewhere they are a headline's ("… to Lead New Office for …"), and the
    name is taken only when it opens on its head."""
    out: list[Candidate] = []
    for m in _BODY_FOR_A_LIST.finditer(text):
        start, end = m.span()
        if text.startswith(("The ", "the "), start):
            start += 4  # ("The Select Committee on …" opening a sentence: its "The" matched)
        before = text[max(0, start - 12):start].split()
        whole_line = text.rfind("\n", 0, start) + 1 == start and \
            re.match(r"[^\S\n]*(?:\n|$|[a-zà-ÿ])", text[end:]) is not None
        # ("Select Committee on Finance, Public Expenditure and Reform, and Taoiseach" heading
        # its line, or before a record's lower-case "debate": the line is the name)
        if not (before and before[-1] in ("the", "The")) and not whole_line:
            start += re.match(r"(?:[A-Z][\w’'.-]*[^\S\n]+)*?(?=" + _BODY_HEADS + ")",
                              text[start:end]).end()
            previous = text[text.rfind("\n", 0, start) + 1:start].split()
            if previous and previous[-1][:1].isupper():
                continue  # ("Lead New Office for DHS Medical, …": a headline's words)
        head = re.search(_BODY_HEADS + r"[^\S\n]+(?:for|of|on)\b", text[start:end])
        owners = list(re.finditer(r"[’']s?[^\S\n]+",
                                  text[start:start + (head.start() if head else 0)]))
        if owners:
            start += owners[-1].end()  # "the Cabinet Office’s Council on Science, Technology
            # and Innovation": the owner is a name of its own, the body is what it owns
        listed = text[start:end].split(", ", 1)[-1]
        if body_named_apart(text, listed, listed.split()[-1]):
            continue  # ("the Bureau of Mines, Interstate River and Harbor Commission and …"
            # where the story names the commission alone too: bodies listed)
        if text[start:end].split()[0] not in FUNCTION_WORDS:
            out.append(_span(text, start, end, hint="body-for-list"))
    return out


def _without_capital_connector(text: str, c: Candidate) -> Candidate:
    """A name in capitals without the small word a title cut off before it left: "(PRIME
    MINISTER) OF AUSTRALIA", "(MEMBER) FOR SWAN" in a transcript's label."""
    if len(c.words) > 1 and c.words[0] in ("OF", "FOR", "AND", "TO", "IN", "ON", "AT") \
            and all(w.isupper() for w in c.words[1:]):  # (but "THE CITY" is a newsroom)
        start = c.start + len(c.words[0])
        start += len(text[start:c.end]) - len(text[start:c.end].lstrip())
        return replace(c, start=start, text=" ".join(c.words[1:]), words=c.words[1:],
                       before=text[max(0, start - 80):start])
    return c


#: What a person did, then the works they did it in, in brackets: "American actor (A Tree
#: Grows in Brooklyn, Adventures of Rusty, Father Knows Best)", as lists of deaths and
#: obituaries write them (not a musician's band: "musician (The Coasters)").
_CREDITED_WORKS = re.compile(r"\b(?:actor|actress|writer|broadcaster|director|screenwriter|"
                             r"presenter|comedian|novelist|author|producer|filmmaker|host)"
                             r"[^\S\n]+\((?P<works>[^()\n]+)\)")


def _credited_works(text: str) -> list[Candidate]:
    """The works in brackets after what a person did (:data:`_CREDITED_WORKS`): each item
    in title case one title, its small words inside it."""
    out: list[Candidate] = []
    for m in _CREDITED_WORKS.finditer(text):
        at = m.start("works")
        for item in m.group("works").split(", "):
            words = item.split()
            if words and words[0][:1].isupper() and all(
                    w[:1].isupper() or w[:1].isdigit() or w.casefold() in TITLE_SMALL_WORDS
                    for w in words):
                out.append(_span(text, at, at + len(item), hint="work"))
            at += len(item) + 2
    return out


def _entitled(text: str) -> list[Candidate]:
    """Titles of works named after "entitled": one name each, however many small words
    they hold (the runs of capitalised words stop at them); and an executive order's title
    after its number and a comma ("Executive Order 13175, Consultation and Coordination with
    Indian Tribal Governments.")."""
    return [_span(text, *m.span("title"), hint="work")
            for pattern in (_ENTITLED, _ORDER_TITLE, _ORDER_ON_TITLE, _TITLED_ON)
            for m in pattern.finditer(text)] + [
        _span(text, *m.span("title"), hint="work") for m in _COLON_TITLE.finditer(text)
        if sum(1 for w in m.group("title").split() if w[:1].isupper()) >= 7]


#: A title's next word in title case, capitalised or one of the small words, as a pattern
#: (after a capitalised first word: rf"[A-Z][\w’'-]*(?:{_TITLE_NEXT}){{1,14}}").
_TITLE_NEXT = (r"[^\S\n]+(?:[A-Z][\w’'-]*|and|of|with|for|the|on|to|in|a|an|by|from|at)")
#: A work's title in title case with a colon inside, in the middle of a sentence, after
#: the draft or the report it is ("the Draft of"), up to the sentence's end: "requests
#: comments on the Draft of Promoting Access to Voting: Recommendations for Addressing
#: Barriers to …" (from its first word after "of"; a title after any lower-case word
#: would take a headline run into a teaser's line for one).
_COLON_TITLE = re.compile(r"(?<=[a-z,][^\S\n])(?:(?:the|a|an|its|their)[^\S\n]+)?"
                          r"(?:Draft|Final[^\S\n]+Report|Report|Study|Summary)[^\S\n]+of"
                          r"[^\S\n]+"
                          rf"(?P<title>[A-Z][\w’'-]*(?:{_TITLE_NEXT}){{2,10}}:[^\S\n]+"
                          rf"[A-Z][\w’'-]*(?:{_TITLE_NEXT}){{2,20}})"
                          r"(?=[.;]?[^\S\n]*(?:\n|$)|[.;][^\S\n])")


#: An order's number, "on" and its title in title case, up to a comma or a stop: "Under
#: Executive Order 14019 on Promoting Access to Voting, NIST is …".
_ORDER_ON_TITLE = re.compile(r"\bExecutive[^\S\n]+Order[^\S\n]+(?:No\.[^\S\n]*)?\d{3,6}"
                             rf"[^\S\n]+on[^\S\n]+(?P<title>[A-Z][\w’'-]*(?:{_TITLE_NEXT}){{1,14}})"
                             r"(?=[,.;])")
#: An order or a law titled "On …" as Russian and other post-Soviet states' English sites
#: write them, the whole title its name: "signed Executive Order On Early Termination of
#: the Tomsk Region Governor’s Powers.", "the Federal Law On Personal Data".
_TITLED_ON = re.compile(r"\b(?P<title>(?:Executive[^\S\n]+Order|Federal[^\S\n]+Law|Decree|Law)"
                        rf"[^\S\n]+On(?:{_TITLE_NEXT}){{2,16}})(?=[,.;:]?[^\S\n]*(?:\n|$)|[,.;:][^\S\n])")
#: An order's number, a comma and its title in title case to the sentence's end.
_ORDER_TITLE = re.compile(r"\b(?:Executive[^\S\n]+Order|Proclamation)[^\S\n]+(?:No\.[^\S\n]*)?"
                          r"\d{3,6},[^\S\n]+(?P<title>[A-Z][\w’'-]*(?:[^\S\n]+(?:[A-Z][\w’'-]*|"
                          r"and|of|with|for|the|on|to|in|a|an)){2,14})(?=[.;]?[^\S\n]*(?:\n|$)|"
                          r"[.;][^\S\n])")


def _labelled_titles(text: str, titles: list[Candidate]) -> list[Candidate]:
    """Titles given after a "Title:" label: the whole rest of the line is one title, however
    many small words and colons it holds, and the titles in quotation marks inside it are
    parts of it ("“Stony the Road We Trod…”: Exploring Alabama’s Civil Rights Legacy")."""
    out: list[Candidate] = []
    for m in _LABELLED_TITLE.finditer(text):
        start, end = m.span("title")
        words = tuple(m.group("title").split())
        if not words[0][:1].isupper() and words[0][:1] not in "“\"‘'":
            continue  # "Title: n/a"
        out.append(Candidate(start, end, " ".join(words), words, hint="work",
                             before=text[max(0, start - 40):start], after=text[end:end + 40]))
    return [t for t in titles if not any(o.start <= t.start and t.end <= o.end for o in out)] \
        + out


#: A republished story's credit line: "This story appeared on …", "originally published by".
_CREDITED_BEFORE = re.compile(r"\b(?:appeared|published|produced|republished|reposted)"
                              r"[^\S\n]+(?:on|in|by|from)[^\S\n]+$")


#: A sharing bar's labels run together: "TwitterFacebookPinterestGoogle+".
_SHARING_LABEL = (r"(?:Twitter|Facebook|Pinterest|Google\+?|LinkedIn|Instagram|WhatsApp|"
                  r"Reddit|Tumblr|Email|Print|Share|Tweet|Bluesky|Threads|Mastodon)")
_SHARING_BAR = re.compile(rf"{_SHARING_LABEL}{{2,}}\+?")
#: A link's address after its label's colon: "SCOT GOV FACEBOOK: https://…" (a label in
#: capitals before it names a link, no one: a page's list of useful links).
_LINK_LABEL_AFTER = re.compile(r":\s*(?:https?://|www\.)")
#: The same buttons' labels spaced on a line of their own: "Facebook Twitter Email".
_SHARING_LINE = re.compile(rf"(?:^|\n)[^\S\n]*{_SHARING_LABEL}(?:[^\S\n]+{_SHARING_LABEL})+"
                           r"[^\S\n]*(?=\n|$)")


#: A title after the kind of work it names, in Title Case up to a stop: "our daily morning
#: newsletter, How To LA.", "the podcast The Daily,".
_KIND_THEN_TITLE = re.compile(
    rf"\b(?:{TITLED_KINDS})(?:,|[^\S\n]+(?:called|titled|named),?)?[^\S\n]+"
    r"(?P<title>[A-Z][\w’'-]*(?:[^\S\n]+(?:[A-Z][\w’'-]*|of|the|a|an|and|to|in|on|for|"
    r"with|at|by))*[^\S\n]+[A-Z][\w’'-]*)(?=[.,;:!?)]|[^\S\n]*(?:\n|$))")


#: A programme named by a phrase that opens with a verb's "-ing", before the word for its
#: kind: "the Investing in Canada plan", "the Building Better Communities program".
_ING_PROGRAMME = re.compile(
    r"(?:\b[Tt]he|\b(?:his|her|its|their|our)|[A-Z][\w.-]*[’']s?)[^\S\n]+"
    r"(?P<title>[A-Z][a-z]+ing(?:[^\S\n]+(?:in|for|to|of|the|and|on|[A-Z][\w’'-]*))+?)"
    r"[^\S\n]+(?:plan|program|programme|initiative|fund|strategy|campaign|project|agenda)\b")
# (or after whose it is: "the President's Investing in America agenda")
#: The same with its head in capitals, ending the name: "the Green Infrastructure Stream of
#: the Investing in Canada Infrastructure Program".
_ING_PROGRAMME_NAMED = re.compile(
    r"\b[Tt]he[^\S\n]+"
    r"(?P<title>[A-Z][a-z]+ing(?:[^\S\n]+(?:in|for|to|of|the|and|on|[A-Z][\w’'-]*))*?"
    r"[^\S\n]+(?:Plan|Program|Programme|Initiative|Fund|Strategy|Campaign|Project|Agenda))\b")


#: A name with its English gloss in brackets inside it, before its head word: "the Eoullim
#: (Harmony) Korean Culture Festival", "the Sancheoneo (Mount Trout) Festival".
_GLOSSED = re.compile(
    r"(?<![\w’'-])[A-Z][a-z]+[^\S\n]+\((?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Eleven|Twelve)\))[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?\)"
    r"(?:[^\S\n]+[A-Z][a-z]+){0,3}[^\S\n]+(?P<head>[A-Z][a-z]+)\b")
# (one word before the gloss, a word or two of plain title case inside it: not "Arab States
# (LAS) Summit", whose brackets hold letters, nor "… Diseases’ (NIAID’s) Rocky Mountain Labs";
# nor "The Most Wonderful (Two) Times of the Year": a number's word in brackets is no gloss)
#: A body named with a list of its portfolios: "Ministry of Culture, Sports and Tourism".
_PORTFOLIO_BODY = re.compile(
    r"(?:\b|(?<=[a-z]))(?:Ministry|Department|Committee|Commission|Office|Secretariat)[^\S\n]+(?:of|for)"
    r"[^\S\n]+(?P<list>[A-Z][a-z]+(?:,[^\S\n]+[A-Z][a-z]+)+,?[^\S\n]+and[^\S\n]+[A-Z][a-z]+"
    r"(?:[^\S\n]+with[^\S\n]+[A-Z][a-z]+)?)\b")  # ("… and Persons with Disabilities")


#: Letters in brackets after what they abbreviate: "… Sustainability and Equity (RAISE)".
_LETTERS_IN_BRACKETS = re.compile(r"[^\S\n]\((?:or[^\S\n]+)?(?:(?P<whole>[A-Z][a-z]{2,9})"
                                  r"(?=[A-Z]{3}))?(?P<letters>[A-Z]{3,8}|[A-Z][a-z]{3,7})[®™]?\)")
# (or written as a word, as South African unions are: "(Saccawu)", "(Cosatu)"; or with
# the first word whole before the others' letters: "(TeamSTEPPS®)"; or after "or": "the
# Ethical, Legal, and Social Implications (or ELSI) Research Program")
#: Small words a name spelt out before its letters holds that its letters leave out.
_SPELT_SMALL = frozenset(("with", "and", "of", "the", "for", "in", "on", "to", "&"))


#: A law's name going on after its letters in brackets: "… Safety (PIPES) Act".
_LAW_AFTER_LETTERS = re.compile(r"[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+){0,2}(?:Act|Bill|Law|Code)\b")


def _spelt_before_letters(text: str) -> list[Candidate]:
    """A name spelt out before its letters in brackets is one name, whatever small words or
    commas it holds: "the Rebuilding American Infrastructure with Sustainability and Equity
    (RAISE) grant program" (where "with" would end a run), "Team Strategies and Tools to
    Enhance Performance and Patient Safety (TeamSTEPPS®)" (its first word whole in its
    letters). Only names holding such a word or a comma are made here; the runs find the
    others."""
    out: list[Candidate] = []
    for m in _LETTERS_IN_BRACKETS.finditer(text):
        offset = max(0, m.start() - 200)
        words = list(re.finditer(r"[\w’'&-]+", text[offset:m.start()]))[::-1]
        taken = _spelt_back(tuple(w.group() for w in words), m.group("letters").upper())
        whole = m.group("whole")
        if taken is not None and whole is not None:
            taken = taken + 1 if taken < len(words) and words[taken].group() == whole else None
        if taken is not None and taken >= 3:
            start, end = offset + words[taken - 1].start(), offset + words[0].end()
            head = re.search(r"\b([A-Z][a-z]+)[^\S\n]+of[^\S\n]+$", text[max(0, start - 20):start])
            if head is not None and head.group(1) in ORGANISATION_HEADS:
                start -= len(head.group())  # "the Division of Data Integration, Modeling, and
                # Analytics (DIMA)": letters that leave out the body's head and "of"
            if any(w in _SPELT_SMALL - {"of", "and", "the", "for", "&"}
                   for w in text[start:end].split()) or (
                    "," in text[start:end] and text[end] != "."
                    and not _LAW_AFTER_LETTERS.match(text, m.end())):
                out.append(_span(text, start, end))  # (or a comma: "South Africa
                # Commercial, Catering and Allied Workers’ Union (Saccawu)"; but not a firm's
                # "…, Inc. (PMPI)", nor "Pipeline Inspection, Protection, Enforcement and
                # Safety (PIPES) Act", a law whose name goes on after its letters)
    for name in {c.text for c in out if "," in c.text}:
        out += [_span(text, m.start(), m.end()) for m in re.finditer(
                    rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text)
                if not any(c.start == m.start() for c in out)]  # (and the same name
        # written again without its letters: "Meet the Director: Gary H. Gibbons, M.D.,
        # National Heart, Lung, and Blood Institute" over "the National Heart, Lung, and
        # Blood Institute (NHLBI)")
    return out


#: A body named for a list of fields, its commas and "and" before its head word: "National
#: Heart, Lung, and Blood Institute" (without its letters after it).
_LISTED_BODY = re.compile(r"(?<![\w’'-])(?P<first>(?:[A-Z][a-z]+[^\S\n]+){0,2})(?P<list>[A-Z][a-z]+"
                          r"(?:,[^\S\n]+[A-Z][a-z]+){1,4},?[^\S\n]+and[^\S\n]+[A-Z][a-z]+)"
                          r"[^\S\n]+(?:Institute|Council|Center|Centre|Committee|Commission|"
                          r"Society|Association|Foundation|Board|Agency|Division|Branch)\b")


def _listed_bodies(text: str, found: list[Candidate], know: Knowledge) -> list[Candidate]:
    """Bodies named for a list of fields, without the letters after them that spell them
    ("supported by National Heart, Lung, and Blood Institute"): one name, not its fields
    apart (but not places or people listed before a body's head: "Ohio, Texas, and Utah
    Board"); where a name found already covers one, that name stands."""
    return [_span(text, m.start(), m.end()) for m in _LISTED_BODY.finditer(text)
            if not any(c.start <= m.start() < c.end or m.start() <= c.start < m.end()
                       for c in found)
            and not any(know.places.get(w) or w in know.given_names or w in know.surnames
                        for w in re.findall(r"[A-Z][a-z]+", m.group("list")))]


def _spelt_back(words: tuple[str, ...], letters: str) -> int | None:
    """How many of the words, read back from the last, spell the letters: each
    capitalised word gives its first letter, a small word between them its own ("Access to
    Scientific Knowledge in Africa (ASKIA)") or none ("… Tools to Enhance …" in
    "TeamSTEPPS"); None when they do not."""

    @functools.cache
    def back(i: int, k: int) -> int | None:
        if k == 0:
            return i
        if i == len(words):
            return None
        word = words[i]
        if word in _SPELT_SMALL and i > 0:
            if k > 1 and word[0].upper() == letters[k - 1] and \
                    word[0].upper() not in letters[:k - 1]:
                taken = back(i + 1, k - 1)
                if taken is not None:
                    return taken
            return back(i + 1, k)
        if i > 0 and re.fullmatch(r"[A-Z]{2,6}", word) and k > 1:
            if word[0] == letters[k - 1]:
                taken = back(i + 1, k - 1)
                if taken is not None:
                    return taken
            return back(i + 1, k)  # ("Advisory Committee to the NIH Director (ACD)": a body's
            # letters inside the name, which its own letters leave out)
        if not word[:1].isupper() or word[0] != letters[k - 1]:
            return None
        return back(i + 1, k - 1)

    return back(0, len(letters))


#: A body named for its mission, a verb in lower case after "to", spelt out before its
#: letters in brackets: "the Central Office to fight Against Environmental and Public
#: Health Crime (OCLAESP)" (where "fight" would end a run); not a body, then "to the" and a
#: programme the body funds: "appropriated by Congress to the National Intelligence Program
#: (NIP)".
_MISSION_BODY = re.compile(r"\b(?!(?:The|A|An|In|By|On|Under|This|With)\b)(?P<head>[A-Z][\w’'-]*"
                           r"(?:[^\S\n]+[A-Z][\w’'-]*){0,3})[^\S\n]+to[^\S\n]+"
                           r"(?!(?:the|and|its|their|our|his|her|this|that|these|those)\b)[a-z]{3,}"
                           r"[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:and|of|the|&|on|in|for)"
                           r"[^\S\n]+)?[A-Z][\w’'-]*){0,8}(?=[^\S\n]+\([A-Z]{2,10}\))")
#: A name in brackets right after a capitalised word, in sentence case: a body's name in
#: its own language after the English one (see _own_language_names).
_BRACKETED_SENTENCE = re.compile(r"(?<=[A-Za-z][^\S\n]\()(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+"
                                 r"[\w’'-]+){1,9})(?=\))")
#: English small words: words in brackets holding one are English, no body's own name.
_ENGLISH_SMALL = frozenset("the of and for to in on with at by a an is are was were".split())


def _own_language_names(text: str) -> list[Candidate]:
    """Names whose small words end a run: a body named for its mission, spelt out before
    its letters; a body's name in its own language, in brackets after the English one,
    written in sentence case ("French Customs (Direction générale des douanes et droits
    indirects)", "the Italian Customs Agency (Agenzia delle Dogane e dei Monopoli)")."""
    out = [_span(text, m.start(), m.end(), hint="organisation")
           for m in _MISSION_BODY.finditer(text)
           if m.group("head").split()[-1] in ORGANISATION_HEADS]
    for m in _BRACKETED_SENTENCE.finditer(text):
        words = m.group("name").split()
        before = text[max(0, m.start() - 60):m.start() - 2].split()
        if before and before[-1] in ORGANISATION_HEADS and \
                any(w in FOREIGN_SMALL for w in words[1:]) and \
                not any(w.casefold() in _ENGLISH_SMALL for w in words):
            out.append(_span(text, m.start(), m.end()))
    return out


def _glossed_and_listed(text: str) -> list[Candidate]:
    """Names that hold what ends a run elsewhere: a gloss in brackets before the name's head
    word (not in a menu after a breadcrumb's label), the commas of a ministry's portfolios
    or of a law's list of aims, a report's "to" and "on", or a study's small words before
    "study"."""
    out = []
    for m in _GLOSSED.finditer(text):
        head = m.group("head")
        if (head in EVENT_HEADS or head in ORGANISATION_HEADS or head in PLACE_HEADS) and \
                not _YOU_ARE_HERE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            out.append(_span(text, m.start(), m.end()))
    for m in _PORTFOLIO_BODY.finditer(text):
        if all(w in PORTFOLIO for w in re.findall(r"[A-Z][a-z]+", m.group("list"))):
            out.append(_span(text, m.start(), m.end(), hint="organisation"))
    out += [_span(text, *m.span("name")) for m in _LISTED_LAW.finditer(text)]
    out += [_span(text, *m.span("name")) for m in _REPORT_TO_ON.finditer(text)]
    out += [_span(text, *m.span("name")) for m in _STUDY_NAMED.finditer(text)
            if re.search(r"[^\S\n](?:for|in|of|on|to|with)[^\S\n]", m.group("name"))]
    return out


#: A study's name holding small words, after "the" and before "study" or "trial": "the
#: SEARCH for Diabetes in Youth study".
_STUDY_NAMED = re.compile(r"(?<=\b[Tt]he[^\S\n])(?P<name>[A-Z][\w-]*(?:[^\S\n]+(?:(?:for|in|of|"
                          r"on|and|to|with)[^\S\n]+)?[A-Z][\w-]*){1,8})(?=[^\S\n]+(?:study|"
                          r"trial)\b)")


#: A report's title naming whom it is made to and on what, after "the": "The First Special
#: Report to the U.S. Congress on Alcohol and Health was issued …".
_REPORT_TO_ON = re.compile(r"(?<=\b[Tt]he[^\S\n])(?P<name>(?:[A-Z][a-z]+[^\S\n]+){0,3}Report"
                           r"[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w.]*[^\S\n]+){0,3}?"
                           r"(?:Congress|Parliament|President|Legislature|Assembly|Nation)"
                           r"[^\S\n]+on[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+(?:(?:and|of|in)"
                           r"[^\S\n]+)?[A-Z][a-z]+){0,4})\b")


#: A law named with a list of what it does, after "the", with its year or none: "The
#: Comprehensive Alcohol Abuse and Alcoholism Prevention, Treatment, and Rehabilitation Act",
#: "the Food, Conservation, and Energy Act of 2008".
_LISTED_LAW = re.compile(r"(?<=\b[Tt]he[^\S\n])(?P<name>[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:and|of|"
                         r"for|on|to)[^\S\n]+)?[A-Z][\w’'-]*){0,8}(?:,[^\S\n]+[A-Z][\w’'-]*)"
                         r"{1,4},?[^\S\n]+and[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)"
                         r"{0,2}[^\S\n]+Act(?:[^\S\n]+(?:of[^\S\n]+)?(?:1[89]|20)\d\d)?)\b")


#: A name that is "The" and a number, mid-sentence: "published by The 19th", "for The 74".
_THE_NUMBER = re.compile(r"(?<=[a-z,;(][^\S\n])The[^\S\n]+\d+(?:st|nd|rd|th)?(?![\w-]|[.,]\d)"
                         r"(?![^\S\n]+(?:[A-Za-z]|of\b))")


def _the_numbers(text: str) -> list[Candidate]:
    """A capitalised "The" before a number inside a sentence names something, as newsrooms
    and bands are named ("This story was originally published by The 19th.")."""
    return [_span(text, m.start(), m.end(), hint="organisation")
            for m in _THE_NUMBER.finditer(text)]


def _ing_programmes(text: str) -> list[Candidate]:
    """A programme's name that opens with an "-ing" word is one name, its small words and
    all ("Investing in Canada"), not a firm called "Investing"."""
    found = [_span(text, *m.span("title"), hint="programme")
             for m in _ING_PROGRAMME.finditer(text)
             if m.group("title").split()[-1][:1].isupper()]
    return found + [_span(text, *m.span("title"), hint="programme")
                    for m in _ING_PROGRAMME_NAMED.finditer(text)
                    if " in " in m.group("title") or " for " in m.group("title")
                    if not any(c.start <= m.start("title") < c.end for c in found)]


def _kind_then_title(text: str, titles: list[Candidate]) -> list[Candidate]:
    """A title after the word for its kind, one name whatever small words it holds, in
    capitals or not ("How To LA"), not the place or the acronym inside it."""
    out: list[Candidate] = []
    for m in _KIND_THEN_TITLE.finditer(text):
        start, end = m.span("title")
        words = tuple(m.group("title").split())
        if all(w in MONTHS_AND_DAYS for w in words) or any(
                t.start <= start < t.end for t in titles):
            continue
        out.append(_span(text, start, end, hint="work"))
    return titles + out


#: A line that is only a name in square brackets: "[Institutes for School Teachers]".
_BRACKETED_LINE = re.compile(r"^[^\S\n]*\[(?P<name>[A-Z][^\[\]\n:.;!?]*[^\s\[\]:.;!?])\]"
                             r"[^\S\n]*$", re.MULTILINE)


#: A feed's item line: a name in title case, then its kind in brackets ("Kelsey Fire
#: (Wildfire)", "Bighorn Sheep Prescribed Burn (Prescribed Fire)").
_KIND_LINE = re.compile(r"^[^\S\n]*(?P<name>[A-Z][^\n()]{2,80}?)[^\S\n]+\((?P<kind>[A-Z][a-z]+"
                        r"(?:[^\S\n]+[A-Z][a-z]+){0,2})\)[^\S\n]*$", re.MULTILINE)


def _item_line_names(text: str, line: re.Pattern[str], hint: str | None = None
                     ) -> list[Candidate]:
    """The names a list gives its items on lines of their own, two or more lines of the
    same shape: categories in brackets ("[Institutes for School Teachers]" in a list of
    grants), a feed's items with their kind in brackets ("Whitewater Fire (Wildfire)" above
    its date). Each is one name in title case, its small words inside it, where a
    headline's capitals would say nothing."""
    out: list[Candidate] = []
    for m in line.finditer(text):
        start, end = m.span("name")
        words = m.group("name").split()
        if len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit()
                                   or w.casefold() in TITLE_SMALL_WORDS for w in words) \
                and not _NUMBERED_LINE.fullmatch(m.group("name")) and ": " not in m.group("name"):
            out.append(_span(text, start, end, hint=hint))  # (not "Categories: C.D.C.
            # (Europe)" under each item of a feed: its label and the category)
    return out if len(out) >= 2 else []


#: A label and its number, which a page's masthead puts on a line of its own ("[Pages
#: 19284-19286]", "[Volume 90]"): no item of a list, and no name.
_NUMBERED_LINE = re.compile(r"[A-Z][a-z]+\.?[^\S\n]+\d[\d–-]*")


def _titles_again(text: str, titles: list[Candidate]) -> list[Candidate]:
    """The places where the story writes a title it gave in quotation marks again without
    them: "the operators of Blessings in No Time" after "“Blessings in No Time” program".
    Only titles with a lower-case word count: the runs of capitalised words stop at it, and
    would split the name ("Blessings", "Time")."""
    out: list[Candidate] = []
    for title in titles:
        if len(title.words) < 3 or not any(w[:1].islower() for w in title.words):
            continue
        pattern = r"(?<![\w“\"‘'])" + r"\s+".join(map(re.escape, title.words)) + r"(?![\w”\"’'])"
        for m in re.finditer(pattern, text):
            if any(m.start() < t.end and t.start < m.end() for t in (*titles, *out)):
                continue
            out.append(Candidate(m.start(), m.end(), title.text, title.words, hint=title.hint,
                                 before=text[max(0, m.start() - 40):m.start()],
                                 after=text[m.end():m.end() + 40]))
    return out


#: The European Union's legal acts by number: "Regulation (EU) No 472/2013", "Directive
#: 2010/13/EU", "Commission Implementing Regulation (EU) 2021/1057".
#: A genus and species (and subspecies) in Latin, marked as such by parentheses or by a
#: word for a living thing before it.
_EPITHET = r"(?!via\b)[a-z]{2,}(?:us|um|a|ae|is|es|i|ii|os|ensis|oides)"  # (not "(Reuters
# via Telegraph)", a source and the paper that carried it)
_SPECIES = re.compile(
    rf"\((?P<bracketed>[A-Z][a-z]{{2,}} {_EPITHET}(?: {_EPITHET})?)(?=[),;]"
    rf"| [A-Z][\w-]+(?: (?:&|and) [A-Z][\w-]+)?(?: \d{{4}})?[),])"
    # (or its authors after it: "(Phaenochilus kashaya Giorgi & Vandenberg)")
    rf"|\b(?:species|subspecies|genus|palm|plant|tree|shrub|orchid|frog|toad|bird|fish|"
    rf"snake|lizard|beetle|butterfly|moth|spider|bee|ant|fungus|bacterium|virus|mammal|"
    rf"monkey|bat|rodent|shark|coral)(?: of \w+)?,?\s+"
    rf"(?P<named>[A-Z][a-z]{{2,}} {_EPITHET}(?: {_EPITHET})?)(?=\)|[\s,.;])")
# (in brackets, the name is all the brackets hold, or its first item: not "(Sex offenses
# include …)")
_LEGAL_ACT = re.compile(r"\b(?:(?:Council|Commission) )?(?:(?:Implementing|Delegated) )?"
                        r"(?:Regulation|Directive|Decision)\s+(?:\((?:EU|EC|EEC|Euratom|CFSP)\)"
                        r"\s+(?:No\s+)?\d{1,4}/\d{2,4}|\d{2,4}/\d{1,4}/(?:EU|EC|EEC|CFSP))\b"
                        rf"|(?<![\w.]){BILL_NUMBER}\b"
                        r"|(?<![\w.-])(?:SB|AB|HB|SF|HF|LB|LD|SJR|HJR|SCR|HCR|ACR|ACA|SCA)"
                        r"[^\S\n]?\d{1,5}(?![\w-])")
# (and a U.S. bill or resolution by its number: "H.R. 4502", "HR 6611", "H. Res. 555"; a
# state's:
# "SB 525", "AB 603", "HB 12")


def _species(text: str) -> list[Candidate]:
    """A species' Latin name, a capitalised genus and a lower-case epithet, where the text
    marks it as one: in parentheses ("(Setophaga petechia aureola)") or after a word for
    a living thing ("a species of palm, Aiphanes argos")."""
    out = []
    for m in _SPECIES.finditer(text):
        group = "bracketed" if m.group("bracketed") else "named"
        start, end = m.span(group)
        out.append(Candidate(start, end, m.group(group), tuple(m.group(group).split()),
                             hint="species", before=text[max(0, start - 80):start],
                             after=text[end:end + 40]))
    for m in _BINOMIAL.finditer(text):
        genus, epithet = m.group("genus"), m.group("epithet")
        if m.group("authority") or re.search(rf"(?<![\w.]){genus[0]}\.[^\S\n]+{epithet}\b",
                                             text):
            out.append(_span(text, m.start(), m.end("epithet"), hint="species"))
            # ("Theobroma cacao L.": the botanist's letter after it; "Liriomyza sativae" that
            # the text goes on to write "L. sativae")
    return out


#: A genus and its epithet, perhaps with a botanist's "L." after them.
_BINOMIAL = re.compile(r"\b(?P<genus>[A-Z][a-z]{3,})[^\S\n]+(?P<epithet>[a-z]{3,})"
                       r"(?P<authority>[^\S\n]+L\.)?")


#: A member's riding after the title: "Member of Provincial Parliament for Kenora—Rainy
#: River", "MP for St. Catharines", "MLA for Yellowknife Centre".
_MEMBER_OF_PARLIAMENT = r"Member[^\S\n]+of[^\S\n]+(?:Provincial[^\S\n]+)?Parliament"
_RIDING = re.compile(
    rf"\b(?:{_MEMBER_OF_PARLIAMENT}|Member[^\S\n]+of[^\S\n]+(?:the|[A-Z][\w.-]*(?:[^\S\n]+"
    r"[A-Z][\w.-]*)*[’']s)"  # (or the province's: "Member of British Columbia’s Legislative
    # Assembly for Kootenay West")
    r"[^\S\n]+(?:Legislative|National)[^\S\n]+Assembly|MPP|MP|MLA|MNA|MHA|MHK)[^\S\n]+for"
    r"[^\S\n]+(?P<riding>[A-Z][\w.’'-]*(?:(?:[^\S\n]+|—|–)[A-Z][\w.’'-]*)*)")
#: The same without its "for", where the dashes that join the constituency's places mark it
#: as one: "Member of Parliament Hamilton West–Ancaster–Dundas".
_RIDING_DASHED = re.compile(
    rf"\b{_MEMBER_OF_PARLIAMENT}[^\S\n]+"
    r"(?P<riding>[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*)*(?:[—–][A-Z][\w.’'-]*"
    r"(?:[^\S\n]+[A-Z][\w.’'-]*)*)+)")


def _ridings(text: str) -> list[Candidate]:
    """The constituency after a member's title is a place, whole: its em dashes and hyphens
    join it ("Kenora—Rainy River", "Haliburton-Kawartha Lakes-Brock")."""
    out = []
    for m in [*_RIDING.finditer(text), *_RIDING_DASHED.finditer(text)]:
        start, end = m.span("riding")
        while end > start and text[end - 1] == "." and not re.search(
                r"\b(?:St|Ste|Mt|Ft)\.$", text[start:end]):
            end -= 1
        out.append(_span(text, start, end, hint="place", reach=80))
    return out


#: A given name, then the surname an editor added in square brackets: "Philissa and
#: Elizabeth [Green] were doing".
_BRACKETED_SURNAME = re.compile(r"(?<![\w’'])[A-Z][a-z]+[^\S\n]\[[A-Z][\w’'-]+\](?![\w(])")


def _bracketed_surnames(text: str, know: Knowledge) -> list[Candidate]:
    """A person named by a given name and a surname in square brackets, one name (not "the
    Azov [Battalion]": a body's head in brackets)."""
    return [_span(text, *m.span(), hint="person") for m in _BRACKETED_SURNAME.finditer(text)
            if m.group().split()[0] in know.given_names
            and not _any_head(m.group().split()[1].strip("[]"))]


#: A page's title as its first line, then the site's name after a dash or a bar: "Make
#: Your Voice Heard At This Week's Maui County Council Session - Honolulu Civil Beat".
_SITE_AFTER_TITLE = re.compile(r"\A\s*(?:\S+[^\S\n]+){3,}[-–|][^\S\n]+(?P<site>(?:The[^\S\n]+)?"
                               r"[A-Z][\w’'.&-]*(?:[^\S\n]+[A-Z][\w’'.&-]*){0,4})(?<!\.)"
                               r"[^\S\n]*\n")
# (not a sentence's full stop: "“…,” - Commissioner Clifford D. May." credits a quote)


#: A site by its address alone on a line, as a copied page labels its source: "Energy.gov".
_SITE_LINE = re.compile(r"^[^\S\n]*(?P<site>[A-Za-z][\w-]*\.(?:gov|com|org|net|edu|io))"
                        r"[^\S\n]*$", re.MULTILINE)  # (and "latimes.com" over an item it sourced)


def _site_names(text: str) -> list[Candidate]:
    """The site a page's title line names after its dash, whole ("Honolulu Civil Beat",
    not the city and "Civil Beat"); and a site by its address on a line of its own
    ("Energy.gov"), which the headline rules would skip."""
    m = _SITE_AFTER_TITLE.match(text)
    return ([_span(text, *m.span("site"), hint="site")] if m else []) + \
        [_span(text, *line.span("site"), hint="site") for line in _SITE_LINE.finditer(text)]


def _party_towns(text: str) -> list[Candidate]:
    """The town in a legislator's party and town ("…, D-Missoula,"), a place."""
    return [_span(text, *m.span("town"), hint="place") for m in PARTY_TOWN.finditer(text)
            if not (m.group("town") in STATE_ABBREVIATIONS and text.startswith(".", m.end()))]
    # (not "Sen. Amy Klobuchar, D-Minn.": her state's abbreviation, not a town)


def _after_title(run: list[Token], titles: list[Candidate]) -> list[Token]:
    """A run that opens inside a title and goes on past it keeps only what follows, without
    the "and" that joined them: "the Sancheoneo (Mount Trout) Festival and Gimje Horizon
    Festival" → "Gimje Horizon Festival" after the first festival's whole name."""
    title = next((t for t in titles if t.start <= run[0].start < t.end < run[-1].end), None)
    if title is None:
        return run
    kept = [t for t in run if t.start >= title.end]
    while len(kept) > 1 and kept[0].text in ("and", "&", "or", "of", "the", "for"):
        kept = kept[1:]
    return kept or run


def _before_title(run: list[Token], titles: list[Candidate]) -> list[Token]:
    """A run that goes on into a title and ends inside it keeps only what comes before it,
    without the small words that led into it: "Acting Director of the Bureau of Alcohol" of
    "… of the Bureau of Alcohol, Tobacco, Firearms and Explosives" is the title."""
    title = next((t for t in titles if run[0].start < t.start < run[-1].end < t.end), None)
    if title is None:
        return run
    kept = [t for t in run if t.end <= title.start]
    while len(kept) > 1 and kept[-1].text in ("and", "&", "or", "of", "the", "for", "on"):
        kept = kept[:-1]
    return kept if kept and kept[-1].text not in ("of", "the", "for", "on") else run


def _before_riding(run: list[Token], ridings: list[Candidate]) -> list[Token]:
    """A run that runs into a riding ends before it, without the "for" that led into it:
    "Member of Provincial Parliament for" is the member's title."""
    riding = next((r for r in ridings if run[0].start < r.start < run[-1].end), None)
    if riding is None:
        return run
    kept = [t for t in run if t.end <= riding.start]
    while kept and kept[-1].text in ("for", "of", "the"):
        kept.pop()
    member = next((k for k, t in enumerate(kept) if t.text == "Member"), None)
    if member is not None and kept[-1].text in ("Parliament", "Assembly") and \
            (member == 0 or kept[member - 1].text == "and"):
        kept = kept[:max(0, member - 1)]  # the title whole, "Member of Parliament": no
        # name of its own (nor "Parliamentary Secretary and Member of …")
        if all(t.text in PORTFOLIO or t.text in ("and", "of", "the") for t in kept):
            return []  # "… Minister of Housing, Infrastructure and Communities and Member
            # of Parliament for …": the end of a portfolio, no name
        return kept
    return kept or run


#: The call signs of the aircraft a head of state flies in: "Air Force One", "Marine One".
_CALL_SIGN = re.compile(r"(?<![\w-])(?:Air[^\S\n]+Force|Marine|Army|Navy|Coast[^\S\n]+Guard|"
                        r"Executive)[^\S\n]+One(?![\w-])")
#: A US station's call letters and its channel, as it brands itself: "KING 5", "WRAL 5"
#: (not "WWII 2": a war's letters).
_STATION = re.compile(r"(?<![\w-])(?!WWI)[KW][A-Z]{2,3}[^\S\n]+\d{1,2}"
                      r"(?=[:,;)]|[^\S\n]*(?:\n|$)|[^\S\n]+[a-z])")  # (not "KOMO 4 News": one name)


def _matched(text: str, m: re.Match[str], hint: str, group: int | str = 0) -> Candidate:
    """One name a pattern found whole, with the words around it that typing reads."""
    start, end = m.span(group)
    words = tuple(m.group(group).split())  # (a name a wrapped line broke, one space each)
    return Candidate(start, end, " ".join(words), words, hint=hint,
                     before=text[max(0, start - 80):start], after=text[end:end + 40])


#: A name, the letters that spell it in brackets, then the head word it shares with them:
#: "the Military End-User (MEU) List".
_LETTERED_HEAD = re.compile(r"(?<![\w’'-])(?P<words>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,4})"
                            r"[^\S\n]+\((?P<letters>[A-Z]{2,6})\)[^\S\n]+(?P<head>[A-Z][a-z]+)\b")


def _lettered_heads(text: str) -> list[Candidate]:
    """Names whose letters in brackets come before their head word: one name, the brackets
    and all, when the letters spell the words before them (each part of a hyphenated word
    its own letter) and the head names documents ("List", "Report")."""
    out = []
    for m in _LETTERED_HEAD.finditer(text):
        spelt = "".join(p[0] for p in re.split(r"[^\S\n]+|-", m.group("words")) if p)
        if spelt != m.group("letters") or m.group("head") not in WORK_HEADS:
            continue  # (not "Model Employment Dispute Resolution (EDR) Plan": the letters
            # spell some of the words only, an alias inside the plan's name)
        start, words = m.start("words"), m.group("words")
        spans = [(start, m.end())]
        plain = rf"(?<![\w’'-]){re.escape(words)}[^\S\n]+{m.group('head')}\b"
        spans += [p.span() for p in re.finditer(plain, text)]  # (and the same name without
        # its letters, as a headline writes it: "… to the Military End-User List")
        out += [_span(text, a, b, hint="work", reach=80) for a, b in spans]
    return out


def _registrations(text: str) -> list[Candidate]:
    """An aircraft by its registration is a name of its own, never run into the type or the
    words around it: "G-ZBKF BOEING 787-9 Gradual decompression …", "G-TOYZ – West Usk
    Lighthouse" (letters of a common word are no registration: not "F-LIST")."""
    return [_matched(text, m, "registration") for m in AIRCRAFT_REGISTRATION.finditer(text)
            if not re.match(r"[^\S\n]+[A-Z][a-z]", text[m.end():])]
    # (but "VH-NGA Westwind II": the registration and the aircraft's type, one name)


def _call_signs(text: str) -> list[Candidate]:
    """An aircraft's call sign is one name, its "One" and all, and no body's name; so is a
    US broadcaster's, its channel's number and all ("KING 5: Washington tribes …")."""
    return [_matched(text, m, hint)
            for pattern, hint in ((_CALL_SIGN, "craft"), (_STATION, "organisation"))
            for m in pattern.finditer(text)]


#: A post's categories on a line of their own after "Posted in", which a copy may glue to
#: the first: "Posted inHousing & Homelessness, Sandoval County".
_POSTED_IN = re.compile(r"(?m)^[^\S\n]*Posted[^\S\n]*in(?=[A-Z]|[^\S\n]+[A-Z])[^\n]*$"
                        r"|^[^\S\n]*Posted[^\S\n]+by:[^\n]*Categories:[^\n]*$")
# (and a blog's line of labels whose values the copy lost but its categories': "Posted by: ,
# Posted on: - Categories: Biodiversity, Climate change, …")
#: A series' or a periodical's title, then its issue or volume, alone on a line: "Open
#: Voices, Issue 13".
_SERIAL_LINE = re.compile(r"^(?P<title>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,5}),[^\S\n]+"
                          r"(?:Issue|Vol\.|Volume|No\.|Number)[^\S\n]+\d+[^\S\n]*$", re.MULTILINE)


#: A work's title in title case between commas right after the kind of work it is: "the
#: play, An Iranian in Heaven, starring …" (its small words keep it one title).
_WORK_AFTER_KIND = re.compile(r"\b(?:the|a|an|his|her|their|its|[Tt]his)[^\S\n]+(?:play|film|"
                              r"movie|documentary|book|novel|opera|musical|series|album|song|"
                              r"poem|report|study|publication|booklet|pamphlet),"
                              r"[^\S\n]+(?P<title>[A-Z][\w’'-]*:?(?:[^\S\n]+(?:[A-Z][\w’'-]*:?|of|"
                              r"in|the|and|a|an|on|to|for|at|with)){1,10}),")
# (and a report's, its title's colon too: "the report, Fiji: Paradise Lost, documents …";
# "This publication, Duty and Democracy: Parliament and the First World War, has …")


#: A report's or a publication's title right after the word, up to its bracket or its
#: year: "The Commission’s public report Forged Steel Fittings from India and Korea (Inv.
#: Nos. …)", "its publication Andean Trade Preference Act: Impact on U.S. Industries …,
#: 2013, Sixteenth Report".
_TITLE_AFTER_REPORT = re.compile(r"\b(?:report|publication)[^\S\n]+(?P<title>[A-Z][\w’'.-]*"
                                 r"(?:[^\S\n]+(?:[A-Z][\w’'.-]*|from|and|of|on|in|for|the|to"
                                 r")|:){2,24})(?=[^\S\n]*\(|,[^\S\n]+(?:19|20)\d\d\b)")
#: A title with its colon, then after a comma the kind of work it names: "My Iran: Six Women
#: Photographers , a new photo exhibit at …" (the colon keeps a person's name, "Ann Smith, a
#: new book's author", out).
_WORK_BEFORE_KIND = re.compile(r"(?<![\w’'-])(?P<title>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,5}:"
                               r"(?:[^\S\n]+(?:[A-Z][\w’'-]*|of|in|the|and|a|an|on|to|for|at|"
                               r"with)){1,10})[^\S\n]*,[^\S\n]+(?:a|an|the)[^\S\n]+"
                               r"(?:(?:new|recent|forthcoming|traveling|travelling|[a-z]+-[a-z]+|"
                               r"photo|photography|art|documentary)[^\S\n]+){0,2}(?:exhibit|"
                               r"exhibition|show|book|film|movie|documentary|play|novel|memoir|"
                               r"album|report|study|series)\b")


def _works_after_kind(text: str) -> list[Candidate]:
    """Titles a sentence sets between commas after the kind of work they name, or before it
    when the title has a colon (ending in a capitalised word, not a small one)."""
    return [_matched(text, m, "work", "title")
            for pattern in (_WORK_AFTER_KIND, _WORK_BEFORE_KIND, _TITLE_AFTER_REPORT)
            for m in pattern.finditer(text)
            if m.group("title").split()[-1][:1].isupper()
            and not _bodys_name_shape(m.group("title").split())]


def _bodys_name_shape(words: list[str]) -> bool:
    """Whether the words open as a body's name does, its head word then "of", "for" or
    "on": between commas after "the study" that is whom the study is by, not its title
    ("principal investigator of the study, Institute for Social Research, University of
    Michigan")."""
    return len(words) >= 3 and words[0] in ORGANISATION_HEADS and words[1] in ("of", "for",
                                                                                 "on")


def _serial_titles(text: str) -> list[Candidate]:
    """The title of a series or a periodical before its issue's number: one work."""
    return [_matched(text, m, "work", "title") for m in _SERIAL_LINE.finditer(text)]


#: A licence by its full name, its version and all: "Creative Commons Attribution-NoDerivatives
#: 4.0 International License", "GNU General Public License".
_LICENCE = re.compile(r"\b(?:Creative[^\S\n]+Commons|GNU|Open[^\S\n]+Government|Apache|Mozilla)"
                      r"(?:[^\S\n]+(?:[A-Z][\w-]*|\d+(?:\.\d+)*))*?[^\S\n]+"
                      r"(?:Public[^\S\n]+)?(?:License|Licence|license|licence)\b")


def _licences(text: str) -> list[Candidate]:
    """Licences by their full names: one work each, version number and all (but "a Creative
    Commons license" names the body's licences, no one licence)."""
    return [_span(text, *m.span(), hint="work") for m in _LICENCE.finditer(text)
            if len(m.group().split()) >= 3
            and (m.group()[-7:-6].isupper() or "Attribution" in m.group())]


#: A day named for what happens on it: "Open Farm Sunday", "Super Bowl Sunday" (not a
#: date: "Sunday 9 June").
_NAMED_DAY = re.compile(r"\b(?P<name>(?:[A-Z][a-z]+[^\S\n]+){2,3}(?:Sunday|Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday))\b(?![^\S\n]*\d)")


def _days_named(text: str, know: Knowledge) -> list[Candidate]:
    """Events named for the day they fall on, the day's name their last word, where no
    word before it is a person's name ("Gov. Laura Kelly Tuesday vetoed …" is a date)."""
    out = []
    for m in _NAMED_DAY.finditer(text):
        words = m.group("name").split()
        if any(w in know.given_names or w in know.surnames or w in MONTHS_AND_DAYS
               or w.casefold() in FUNCTION_WORDS or know.places.get(w)
               or w in PLACE_HEADS or w in ORGANISATION_HEADS for w in words[:-1]) or \
                len(re.findall(rf"\b{re.escape(m.group('name'))}\b", text)) < 2:
            continue  # (once only, it may be a place or a body, then the day: "Lake Moomaw
            # Wednesday", "Pew Campus Saturday")
        out.append(_matched(text, m, "event", "name"))
    return out


def _whole_names(text: str) -> list[Candidate]:
    """Names a pattern finds whole, brackets, commas and all, which runs of capitals would
    cut: a legal act by its number, an act holding "etc." or its letters in brackets, a
    British company registered with a place in brackets before its form."""
    found = [_matched(text, m, hint) for pattern, hint in _WHOLE_NAME_PATTERNS
             for m in pattern.finditer(text)]
    found += [_matched(text, m, "organisation", "body")
              for m in _BODY_THEN_CONTACT.finditer(text)]
    bodies = {m.group() for m in _BODY_OF_FIELDS.finditer(text)}
    for name in bodies:  # (the same body's name elsewhere, without its letters after it)
        found += [_matched(text, m, "organisation")
                  for m in re.finditer(re.escape(name), text)
                  if not _BODY_OF_FIELDS.match(text, m.start())]
    return found


#: Capitalised words with the small ones a title keeps between them, as a pattern's start.
_TITLE_RUN = r"\b[A-Z][\w’'-]*(?:,?[^\S\n]+(?:[A-Z][\w’'-]*|and|of|at|for|on|in)){%d,%d}"
#: An act named with commas and its letters in brackets before "Act": "the Pipeline
#: Inspection, Protection, Enforcement and Safety (PIPES) Act" (with its year: "the Child
#: Care and Development Block Grant (CCDBG) Act of 2014").
_ACT_WITH_LETTERS = re.compile(_TITLE_RUN % (1, 10) + r"[^\S\n]+\([A-Z]{2,8}\)[^\S\n]+Act\b"
                               r"(?:[^\S\n]+(?:of[^\S\n]+)?(?:1[6-9]|20)\d\d\b)?")
#: An act whose name holds "etc.": "the Health and Safety at Work etc. Act 1974".
_ACT_WITH_ETC = re.compile(_TITLE_RUN % (0, 6) + r"[^\S\n]+etc\.?[^\S\n]+Act"
                           r"(?:[^\S\n]+(?:1[6-9]|20)\d\d)?\b")
#: A firm with a place in brackets before its legal form: "William Thompson (York) Limited".
_BRACKETED_FIRM = re.compile(r"\b[A-Z][\w’'&-]*(?:[^\S\n]+[A-Z][\w’'&-]*){0,4}[^\S\n]+"
                             r"\([A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,2}\)[^\S\n]+"
                             r"(?:Limited|Ltd\.?|PLC|plc|LLP)(?![\w-])")
#: A directive by its name and its number: "the Railway Safety Directive 2004/49/EC".
_NAMED_DIRECTIVE = re.compile(r"\b(?!(?:The|A|An|In|Under|This|That|By|See|Council|"
                              r"Commission|Implementing|Delegated)\b)(?:[A-Z][a-z]+[^\S\n]+)"
                              r"{1,4}Directive[^\S\n]+\d{2,4}/\d{1,4}/(?:EU|EC|EEC)\b")
#: A body named for fields listed with commas, its letters in brackets after it: "the
#: Office for Standards in Education, Children's Services and Skills (Ofsted)", "the
#: Department for Environment, Food and Rural Affairs (Defra)".
_BODY_OF_FIELDS = re.compile(r"\b(?:Department|Ministry|Office|Committee|Commission|Agency|"
                             r"Council|Institute|Centre|Center|Authority|Board)[^\S\n]+(?:for|of)"
                             r"[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+(?:in[^\S\n]+)?[A-Z][\w’'-]*){0,2}"
                             r"(?:,[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,2})+,?"
                             r"[^\S\n]+and[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,2}"
                             r"(?=[^\S\n]+\([A-Z][A-Za-z]{2,7}\))")
#: A space inside a name that a wrapped line may break: "Business\nLaw Reform Bill".
_WRAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
#: A word of a bill's name before its bracket (no "Bill" or "Act": "the Abortion Legislation
#: Bill and the Taxation (…) Bill" are two).
_BILL_WORD = r"(?!(?:Bill|Act|Bills|Acts)\b)(?![\w-]+[’']s\b)[A-Z][\w’'-]*"
#: A bill or an act whose name holds a bracket of words of any case, commas and all:
#: "the Electoral (Registration of Sentenced Prisoners) Amendment Bill", "the Taxation
#: (KiwiSaver, Student Loans, and Remedial Matters) Bill", "the Bay of Plenty Regional
#: Council\n(Maori Constituency Empowering) Bill" (no possessive, and no body's letters in the
#: bracket: "the Office of Special Counsel’s (OSC’s) Hatch Act Unit").
_BRACKETED_BILL = re.compile(
    rf"(?<![\w’'-])(?!(?:The|A|An|In|Under|This|That)\b){_BILL_WORD}"
    rf"(?:{_WRAP}(?:(?:of|and|for|on){_WRAP})?{_BILL_WORD}){{0,6}}{_WRAP}"
    r"\((?![A-Z.]{2,}(?:[’']s)?\))[A-Z][^()\n]{0,100}(?:\n[^()\n]{1,100})?\)"
    rf"(?:{_WRAP}{_BILL_WORD}){{0,3}}{_WRAP}(?:Bill|Act|Regulations|Order)"
    r"(?:[^\S\n]+\([A-Z][^()\n]{0,40}\))?(?:[^\S\n]+(?:19|20)\d\d)?(?![\w’'-])")
# (and a second bracket after the head, its place: "the Road Traffic (Amendment) Act
# (Northern Ireland) 2019")
#: A body by its name alone at a line's start, its contact's name and address in brackets
#: after it: "Commerce (Alan\nWitcombe, SC-Commerce@parliament.govt.nz)", a committee's
#: heading in a parliament's weekly news.
_BODY_THEN_CONTACT = re.compile(r"(?m)^[^\S\n]*(?P<body>(?!(?:The|A|An)\b)[A-Z][\w’'-]*"
                                r"(?:,?[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w’'-]*){0,5})"
                                r"[^\S\n]+\((?=[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2},\s*"
                                r"[\w.+-]+@[\w-]+\.)")
#: A directorate named for the office it serves and its portfolios: "the Chief Minister,
#: Treasury and Economic Development Directorate" (where the title's comma ends a run).
_TITLED_DIRECTORATE = re.compile(r"\b(?:Chief Minister|Premier|Prime Minister|First Minister)"
                                 r"(?:,[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*){1,4},?"
                                 r"[^\S\n]+and[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*?"
                                 r"[^\S\n]+(?:Directorate|Department|Ministry)\b")
#: An item of a list after a colon or a semicolon that opens with a verb's "-ing" in
#: capitals, up to the semicolon or the stop that ends it: a theme's or a topic's title.
_GERUND_ITEM = re.compile(r"(?<=[:;])[^\S\n]+(?:and[^\S\n]+)?(?P<item>(?P<verb>[A-Z][\w-]*ing)"
                          r"[^\S\n][^;:\n]{1,80}?)(?=[^\S\n]*(?:;|\.(?:[^\S\n]|$)))")


def _gerund_items(text: str, know: Knowledge) -> list[tuple[int, int]]:
    """The spans of a list's items that open with a gerund in title case, where a line
    lists them with two semicolons or more: "six themes …: Fighting at Hypervelocity and
    Light Speed; Next Generation Hull, …; Dominating the Battle in Littorals; …" (themes,
    topics or tracks by their titles, no names in them)."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        if line.group().count(";") < 2:
            continue
        for m in _GERUND_ITEM.finditer(text, line.start(), line.end()):
            verb, item = m.group("verb"), m.group("item")
            if verb not in know.given_names and verb not in know.surnames and \
                    not know.places.get(verb) and not re.search(r"[,\d]", item) and \
                    item.split()[-1] not in ORGANISATION_HEADS:
                spans.append(m.span("item"))  # (not "Strengthening Medicare Taskforce", a
                # body named for its work; nor "Restoring Internet Freedom, WC Docket
                # 17-108", a proceeding by its title and its number)
    return spans


#: A month's name or its abbreviation right after a word, a date's start: " Sept. 6".
_MONTH_AFTER = re.compile(r"[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                          r"[a-z]*\.?[^\S\n]+\d")
#: A listing's line of sorting options: "Sort by: Date Best results …".
_SORT_LINE = re.compile(r"(?m)^[^\S\n]*Sort by:[^\n]*")
#: Two countries' bilateral programme by their names and its year, before what it is:
#: "the Ireland-Japan 2025 programme", "the UK-Japan 2025 season".
_PAIRED_YEAR = re.compile(r"(?<![\w’'.-])[A-Z][\w’']+-[A-Z][\w’']+[^\S\n]+(?:19|20)\d\d(?=[^\S\n]+"
                          r"(?:programme|program|season|year|festival|initiative|series|"
                          r"campaign)\b)")
#: A battalion or a squadron, then after a comma the regiment it belongs to, as armed
#: forces name their units: "2d Battalion, 7th Marines", "1st Battalion, 503rd Infantry
#: Regiment".
_UNIT_OF_REGIMENT = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|\d*[23]d)[^\S\n]+(?:Battalion|Squadron)"
                               r",[^\S\n]+(?:\d+(?:st|nd|rd|th)|\d*[23]d)[^\S\n]+(?:Marines|"
                               r"(?:(?:Infantry|Cavalry|Field[^\S\n]+Artillery|Marine|Aviation)"
                               r"(?:[^\S\n]+Regiment)?)|Regiment)\b")
#: A knockout stage by how many teams are left: "the Round of 16".
_ROUND_OF = re.compile(r"\bRound[^\S\n]+of[^\S\n]+(?:16|32|64|128)\b")
#: A ranking of young achievers by the age they are under: "Forbes' 30 Under 30", "40
#: Under 40" (its numbers the same).
_UNDER_AGE_LIST = re.compile(r"(?<![\w$.,])(\d{2})[^\S\n]+Under[^\S\n]+\1(?![\w.,])")
_WHOLE_NAME_PATTERNS = ((_PAIRED_YEAR, "programme"), (_LEGAL_ACT, "law"),
                        (_TITLED_DIRECTORATE, "organisation"),
                        (_BRACKETED_BILL, "law"),
                        (_BRACKETED_FIRM, "organisation"),
                        (_ACT_WITH_ETC, "law"), (_ACT_WITH_LETTERS, "law"),
                        (_NAMED_DIRECTIVE, "law"), (_BODY_OF_FIELDS, "organisation"),
                        (_UNDER_AGE_LIST, "work"), (_UNIT_OF_REGIMENT, "organisation"),
                        (_ROUND_OF, "event"))


#: A company's legal form, after a comma: "Professional Warehouse and Distribution, Inc."
#: (not "AG", also an attorney general).
_AFTER_COMMA = COMPANY_FORMS - {"AG"}


def _company_of_town(text: str, run: list[Token], know: Knowledge) -> list[list[Token]]:
    """A firm "of" its town before the town's state after a comma ("a complaint filed by
    Sauder Manufacturing Company of Archbold, OH", "the producer, PS Seasoning of Iron
    Ridge, Wis."): the firm, then the town, two names."""
    def a_state(word: str) -> bool:
        return word in POSTAL_CODES or word.rstrip(".") in STATE_ABBREVIATIONS or \
            know.places.get(word) == "region"

    stated = len(run) >= 2 and text[run[-2].end:run[-1].start] == ", " and a_state(run[-1].text)
    state = run[-1:] if stated else []  # (the state already joined to the town)
    core = run[:-1] if stated else run
    m = re.match(r",[^\S\n]+([A-Z][\w.]*)", text[run[-1].end:]) if run else None
    if not stated and (m is None or not a_state(m.group(1))):
        return [run]
    if len(core) >= 4 and core[-2].text == "of" and core[-3].text in _FIRM_HEADS:
        return [core[:-2], [*core[-1:], *state]]
    of = next((k for k in range(len(core) - 2, 1, -1) if core[k].text == "of"), None)
    if of is not None and len(core) - of <= 3 and \
            not any(_any_head(t.text) for t in core[:of]) and \
            _MAKER_BEFORE.search(text, max(0, core[0].start - 30), core[0].start):
        return [core[:of], [*core[of + 1:], *state]]  # "recalled by the producer, PS
        # Seasoning of Iron Ridge, Wis.": a firm its trade's noun introduces, then its town
    return [run]


#: The nouns of a firm's trade before its name and a comma: "the producer, …".
_MAKER_BEFORE = re.compile(r"\b(?:producer|firm|company|maker|manufacturer|supplier|"
                           r"distributor|importer|processor),?[^\S\n]+$")


def _coded_headlines(text: str) -> list[tuple[int, int]]:
    """Headlines a listing runs together on one line, each after its release's code and a
    colon, up to the next item's code ("News Release-II-24-026: NRC Chair and Commissioners
    Host Public Meeting in Atlanta ML24276A1752024-09-24024 …")."""
    codes = [m for m in re.finditer(r"\S+", text)
             if _DOCUMENT_CODE.fullmatch(m.group().rstrip(":"))]
    spans = []
    for k, code in enumerate(codes):
        if not code.group().endswith(":"):
            continue
        end = text.find("\n", code.end())
        end = len(text) if end == -1 else end
        if k + 1 < len(codes) and codes[k + 1].start() < end:
            end = codes[k + 1].start()
        spans.append((code.end(), end))
    return spans


def _apart_from_codes(run: list[Token]) -> list[list[Token]]:
    """A run cut where a document's code stands in it, the code left out: a listing that
    glues each item's number, date and day into one word before its headline
    ("… Farley Nuclear Plant ML24309A1802024-10-21021 October …", "News
    Release-II-24-027")."""
    if not any(_DOCUMENT_CODE.fullmatch(t.text) for t in run):
        return [run]
    parts: list[list[Token]] = [[]]
    for token in run:
        if _DOCUMENT_CODE.fullmatch(token.text):
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts
            if part and not all(t.text in ("News", "Press", "Media") for t in part)]
    # (and "News", "Press" before a release's number: its label's first word)


#: A document's code: letters and ten digits or more run together, as a listing glues an
#: item's number, date and day ("ML24309A1802024-10-21021"), or a release's number with its
#: region in Roman numerals ("Release-II-24-027"); not a form's or a galaxy's name
#: ("FS-7700-48", "A1689-zD1").
_DOCUMENT_CODE = re.compile(r"(?=(?:[^\d]*\d){10})(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9-]{12,}"
                            r"|[A-Z][a-z]+-[IVX]{1,4}-\d{2}-\d{2,4}")


#: A firm's head words, before "of" and its town.
_FIRM_HEADS = frozenset("Company Corporation Corp. Co.".split())


def _across_in(text: str, found: list[list[Token]], know: Knowledge) -> list[list[Token]]:
    """A document's or a body's name "for" something "in" a field runs on over "in" ("the
    National Strategy for Trusted Identities in Cyberspace", "the Center for Excellence in
    Education"), as does a gathering's "on" a subject "in" a field ("the NIDCD Workshop on
    Otitis Media in Early Childhood"): one name, where the small word had cut the run (not
    "… for American Progress in Washington": a place where it is; nor a person or a date
    after it); so do
    a publication's name holding "in", a people's body in another country and a
    programme's name holding "at" ("the Naturalization at Basic Training Initiative")."""
    out: list[list[Token]] = []
    for run in found:
        previous = out[-1] if out else None
        if previous is not None and 1 <= len(run) <= 2 and \
                re.fullmatch(r"[^\S\n]+in[^\S\n]+", text[previous[-1].end:run[0].start]) and \
                any(previous[k].text == "for" and (previous[k - 1].text in WORK_HEADS
                                                    or previous[k - 1].text in ORGANISATION_HEADS)
                    for k in range(1, len(previous) - 1)) and \
                all(t.capitalised and not t.acronym and not know.places.get(t.text)
                    and t.text not in know.given_names and t.text not in MONTHS_AND_DAYS
                    for t in run) and \
                not know.places.get(" ".join(t.text for t in run)) and \
                not re.match(r"[^\S\n]*[A-Z]", text[run[-1].end:run[-1].end + 2]):
            out[-1] = [*previous, _in_between(text, previous[-1]), *run]
        elif previous is not None and 1 <= len(run) <= 3 and \
                re.fullmatch(r"[^\S\n]+in[^\S\n]+", text[previous[-1].end:run[0].start]) and \
                (previous[-1].text in ("Award", "Prize", "Medal") or (
                    (head := re.search(r"\b([A-Z][a-z]+)[^\S\n]+on[^\S\n]+"
                                       r"(?:[A-Z][\w-]*[^\S\n]+)*$",
                                       text[max(0, previous[0].start - 30):previous[-1].start]))
                    is not None and head.group(1) in EVENT_HEADS)) and \
                all(t.capitalised and not t.acronym and not know.places.get(t.text)
                    and t.text not in MONTHS_AND_DAYS for t in run) and \
                run[-1].text not in know.surnames and \
                not know.places.get(" ".join(t.text for t in run)) and \
                not re.match(r"[^\S\n]*[A-Z]", text[run[-1].end:run[-1].end + 2]):
            out[-1] = [*previous, _in_between(text, previous[-1]), *run]  # "the NIDCD Workshop
            # on Otitis Media in Early Childhood": a gathering's subject in its field; "the
            # NIH Director’s Award in Mentoring": an award's field
        elif previous is not None and len(run) == 1 and previous[-1].text == "News" and \
                re.fullmatch(r"[^\S\n]+in[^\S\n]+", text[previous[-1].end:run[0].start]) and \
                run[0].capitalised and not run[0].acronym and \
                not know.places.get(run[0].text) and (start := next(
                    (k for k in range(len(previous) - 1)
                     if text.count(text[previous[k].start:run[0].end]) >= 2), None)) is not None:
            # "NIH News in Health" in a headline ("10 Years of NIH News in Health") and
            # again in the text: a publication's name that holds "in", written whole each
            # time (not "News in Brief" once)
            out[-1:] = [part for part in (previous[:start],
                                          [*previous[start:], _in_between(text, previous[-1]),
                                           *run]) if part]
        elif previous is not None and len(previous) == 1 and 2 <= len(run) <= 4 and \
                run[-1].text in _PROGRAMME_HEADS and previous[0].capitalised and \
                not previous[0].acronym and not know.places.get(previous[0].text) and \
                text.endswith("the ", 0, previous[0].start) and \
                re.fullmatch(r"[^\S\n]+at[^\S\n]+", text[previous[-1].end:run[0].start]):
            at_start = text.index("at", previous[-1].end)
            at = Token(at_start, at_start + 2, "at")
            at.classify()
            out[-1] = [*previous, at, *run]  # "the Naturalization at Basic Training
            # Initiative": a programme named for what it does where, one name
        elif previous is not None and 1 <= len(run) <= 4 and \
                previous[-1].text in ORGANISATION_HEADS and \
                re.fullmatch(r"[^\S\n]+in[^\S\n]+", text[previous[-1].end:run[0].start]) and \
                all(t.capitalised and not t.acronym and not know.places.get(t.text)
                    and t.text not in MONTHS_AND_DAYS for t in run) and \
                not know.places.get(" ".join(t.text for t in run)) and \
                not _NAME_GOES_ON.match(text, run[-1].end) and \
                (start := next((k for k in range(len(previous)) if previous[k].capitalised
                                and _stands_twice(text, previous[k].start, run[-1].end)),
                               None)) is not None:
            head = previous[:start]
            while head and not head[-1].capitalised:
                head = head[:-1]
            out[-1:] = [part for part in (head, [*previous[start:], _in_between(
                text, previous[-1]), *run]) if part]  # "New Funding Opportunity Announcement
            # for Research Centers in Minority Institutions" over "the Research Centers in
            # Minority Institutions (RCMI)": a body's name holding "in", written whole more
            # than once (not "… the Center in Boston": a place; nor "… Railway in Carbon,
            # Duchesne, …" or "… Center in St. Albans": a list of places, a town's short word)
        elif previous is not None and len(run) == 1 and len(previous) >= 2 and \
                know.is_demonym(previous[_body_starts(previous)].text) and \
                previous[-1].text in _ABROAD_HEADS and \
                re.fullmatch(r"[^\S\n]+in[^\S\n]+", text[previous[-1].end:run[0].start]) and \
                know.places.get(run[0].text) == "country" and \
                not re.match(r"[^\S\n]*[A-Z]", text[run[-1].end:run[-1].end + 2]):
            k = _body_starts(previous)
            out[-1:] = [part for part in (previous[:k], [*previous[k:], _in_between(
                text, previous[-1]), *run]) if part]  # "the American Institute in Taiwan",
            # "the European Chamber of Commerce in China": one people's body in another
            # country, named with it (and apart from a name before it and "and")
        else:
            out.append(run)
    return out


#: What shows a name goes on after a run, or another name follows it: a capital, a comma
#: or a dot before one.
_NAME_GOES_ON = re.compile(r"[^\S\n]*[A-Z]|[.,][^\S\n]+[A-Z]")


def _stands_twice(text: str, start: int, end: int) -> bool:
    """Whether the words between these offsets stand, as whole words, twice in the story."""
    words = re.escape(text[start:end])
    return len(re.findall(rf"(?<![\w-]){words}(?![\w-])", text)) >= 2


def _body_starts(run: list[Token]) -> int:
    """Where the last name of a run starts, after its article or the "and" before it:
    "American" of "U.S. and American Institute"."""
    return max((k + 1 for k, t in enumerate(run[:-1]) if t.text in ("The", "the", "and")),
               default=0)


#: The heads of programmes, whose names may hold "at": "Naturalization at Basic Training
#: Initiative".
_PROGRAMME_HEADS = frozenset("Initiative Program Programme Project Campaign".split())
#: The heads of a people's bodies in another country, which name that country after "in".
_ABROAD_HEADS = frozenset(("Institute", "Commerce", "Association"))


def _in_between(text: str, before: Token) -> Token:
    """The small word "in" right after a name's word, as a token of the name it joins."""
    at = text.index("in", before.end)
    small = Token(at, at + 2, "in")
    small.classify()
    return small


#: Small words in lower case that a law's or a programme's name may hold: "the Recognizing
#: Addiction as a Disease Act", "the Brain Research through Advancing Innovative
#: Neurotechnologies (BRAIN) initiative".
_SMALL_INSIDE = re.compile(r"[^\S\n]+(?:(?:as|a|an|to|from|through|with|by|in|on)[^\S\n]+){1,3}")


def _across_small_words(text: str, found: list[list[Token]]) -> list[list[Token]]:
    """Two runs apart by small words in lower case are one name when "the" opens it and it
    ends with "Act" ("the Recognizing Addiction as a Disease Act"), or when the letters in
    brackets after it (a registered mark between or not) are its words' initials ("the
    Brain Research through Advancing Innovative Neurotechnologies (BRAIN) initiative", "the
    seventh annual Brain Research … Neurotechnologies® (BRAIN) Initiative …")."""
    out: list[list[Token]] = []
    for run in found:
        previous = out[-1] if out else None
        gap = _SMALL_INSIDE.fullmatch(text, previous[-1].end, run[0].start) if previous else None
        if previous is None or gap is None or \
                not all(t.capitalised and not t.acronym and not t.possessive
                        and t.text not in FUNCTION_WORDS for t in previous) or \
                not all(t.capitalised or t.text in ("of", "and", "the") for t in run) or \
                len(previous) + len(run) > 10:
            out.append(run)
            continue
        after_the = re.search(r"\b[Tt]he[^\S\n]+$", text[max(0, previous[0].start - 5):
                                                        previous[0].start]) is not None
        letters = re.match(r"[®™]?[^\S\n]*\(([A-Z]{3,8})\)", text[run[-1].end:run[-1].end + 13])
        named = (after_the and len(run) >= 2 and run[-1].text == "Act") or (
            letters is not None
            and letters.group(1) == "".join(t.text[0] for t in (*previous, *run)
                                            if t.text[:1].isupper()))
        if not named:
            out.append(run)
            continue
        out[-1] = [*previous, *_tokens_between(text, previous[-1].end, run[0].start), *run]
    return out


def _tokens_between(text: str, start: int, end: int) -> list[Token]:
    """The small words (or the slash) between two runs, as tokens of the one name a rule
    joins them into ("for a", "as a", "through", "/")."""
    small = [Token(start + m.start(), start + m.end(), m.group())
             for m in re.finditer(r"\S+", text[start:end])]
    for token in small:
        token.classify()
    return small


def _across_for_a(text: str, found: list[list[Token]]) -> list[list[Token]]:
    """A body's name that runs on over "for a" ("Partnership for a Healthy Region",
    "Alliance for a Green Revolution"): one name, where the article had cut the run."""
    out: list[list[Token]] = []
    for run in found:
        previous = out[-1] if out else None
        head = previous[-2] if previous and len(previous) >= 2 and \
            previous[-1].text == "for" else previous[-1] if previous else None
        gap = text[previous[-1].end:run[0].start] if previous else ""
        if previous is not None and head is not None and head.text in ORGANISATION_HEADS and \
                run[0].capitalised and not run[0].acronym and (
                    re.fullmatch(r"[^\S\n]+for[^\S\n]+an?[^\S\n]+", gap)
                    or (previous[-1].text == "for" and re.fullmatch(r"[^\S\n]+an?[^\S\n]+", gap))):
            out[-1] = [*previous, *_tokens_between(text, previous[-1].end, run[0].start), *run]
        else:
            out.append(run)
    return out


def _join_state_codes(text: str, found: list[list[Token]],
                      know: Knowledge) -> list[list[Token]]:
    """'Washington, D.C.' is one place: a place, a comma and a dotted state code, or any
    name, a comma and a state's AP abbreviation; 'Joseph R. Biden, Jr.' one person."""
    out: list[list[Token]] = []
    for run in found:
        previous = out[-1] if out else None
        if previous is not None and len(run) == 1 and run[0].text in _AFTER_COMMA and \
                text[previous[-1].end:run[0].start] == ", " and \
                _POST_NOMINALS_AFTER.match(text, run[0].end):
            continue  # "Dominic LeBlanc, P.C., M.P.": a privy councillor's letters, no name
        place = " ".join(t.text for t in previous) if previous else ""
        partners = _partners(text, out, run[0].start) if len(run) == 1 and \
            run[0].text in PARTNERSHIP_FORMS else 0
        if partners >= 2:  # "Little, Bulman, Medeiros, Whitney, P.C.": one firm
            out[-partners:] = [[t for part in out[-partners:] for t in part] + run]
            continue
        if len(run) == 4 and run[1].text == "&" and run[-1].text in COMPANY_FORMS and \
                _partners(text, out, run[0].start) >= 2:
            partners = _partners(text, out, run[0].start)  # "Merrill, Lynch, Pierce, Fenner
            out[-partners:] = [[t for part in out[-partners:] for t in part] + run]  # &
            continue  # Smith Incorporated": one firm, named for its partners
        if previous is not None and len(run) >= 2 and run[0].text in _AFTER_COMMA and \
                run[0].text in COMPANY_FORMS and previous[-1].capitalised and \
                text[previous[-1].end:run[0].start] == ", " and \
                not _POST_NOMINALS_AFTER.match(text, run[0].end):
            out[-1] = [*previous, run[0]]  # "Citibank, N.A. and London-based Citigroup …",
            rest = run[2:] if run[1].text in ("and", "&") else run[1:]  # "… UFJ, Ltd.
            if rest:  # Engaged in …": the firm's form ends its name, and the run goes on
                out.append(rest)  # to the next name or the headline's verb
            continue
        if previous is not None and len(run) >= 2 and run[0].text == "D.C." and \
                previous[-1].text == "Washington" and \
                text[previous[-1].end:run[0].start] == ", " and run[1].capitalised and \
                not run[1].acronym and run[1].text not in ORGANISATION_HEADS and \
                not _is_title(run[1].text, know.titles) and \
                run[1].text.casefold() in know.common_words:
            out[-1] = [*previous, run[0]]  # "… in Washington, D.C. Special enrichment
            run[1].initial = True  # activities will …": the city's stop ends the sentence
            out.append(run[1:])  # too, and a common word opens the next one
            continue
        if previous is not None and run[0].text in DOTTED_DEGREES and \
                text[previous[-1].end:run[0].start] == ", ":
            run = run[1:]  # "Scott Gottlieb, M.D. and Deputy Commissioner …": his degree, no
            if not run:  # name of its own
                continue
        if previous is not None and len(run) == 1 and \
                ("." in run[0].text or run[0].text in ("Jr", "Sr", "DC", "II", "III", "IV")
                 or run[0].text in _AFTER_COMMA) and \
                text[previous[-1].end:run[0].start] == ", " and (
                    (run[0].text in know.country_codes
                     and (place in know.places or place.title() in know.places
                          or previous[-1].text in know.places)
                     and know.country_codes[run[0].text] not in (place, place.title()))
                    # (not "land use in the United States, U.S. households …": the country,
                    # then its own letters opening the next item of a list)
                    # (or "… $33.4 Million Washington, D.C. –": the place ends the run)
                    or (run[0].text[:-1] in STATE_ABBREVIATIONS and previous[-1].capitalised)
                    or (run[0].text in ("Jr.", "Sr.", "Jr", "Sr") and len(previous) >= 2)
                    or (run[0].text in ("II", "III", "IV") and len(previous) >= 2
                        and previous[0].text in know.given_names)  # "John V. Cogbill, III"
                    or (run[0].text == "DC" and place == "Washington")  # "Washington, DC"
                    or (run[0].text in _AFTER_COMMA
                        and not _POST_NOMINALS_AFTER.match(text, run[0].end))):
            # (not "Dominic LeBlanc, P.C., M.P.": a privy councillor's and a member's
            # letters after the name, no firm's form)
            # ("St. Charles, Mo.", "FORT IRWIN, Calif.": an AP state abbreviation;
            # "WASHINGTON, D.C." of a dateline; "Joseph R. Biden, Jr.", "Robert Rex, Jr")
            out[-1] = [*previous, run[0]]
            continue
        if previous is not None and len(run) >= 2 and run[0].text in ("Jr.", "Sr.") and \
                text[previous[-1].end:run[0].start] == ", " and len(previous) >= 2 and \
                any(t.text in know.given_names for t in previous):
            if run[1].text in NAMED_AFTER_PERSON:
                out[-1] = [*previous, *run]  # "the Martin Luther King, Jr. Memorial": a place
                continue  # named for him, whole
            if run[1].text in ("of", "for") and len(run) > 2:
                out[-1] = [*previous, run[0]]  # "Dr. Martin Luther King, Jr. of the Southern
                rest = _trim(run[2:], know)  # Christian Leadership Conference": the man,
                if rest:  # then the body he led
                    out.append(rest)
                continue
        if previous is not None and text[previous[-1].end:run[0].start] == ", " and \
                _campus(text, previous, run, know):
            out[-1] = [*previous, *run]  # "the University of California, Berkeley", and
            continue  # its "…, School of Law"
        out.append(run)
    return out


#: A member's letters after a person's others: ", M.P.", ", MP", ", MLA".
_POST_NOMINALS_AFTER = re.compile(r",[^\S\n]*(?:M\.P\.|MP|M\.P\.P\.|MPP|MLA|Q\.C\.|K\.C\.)"
                                  r"(?![\w])")


def _campus(text: str, university: list[Token], run: list[Token], know: Knowledge) -> bool:
    """Whether the run after a comma names a campus of a state's university ("the
    University of California, Berkeley": a city after the state) or one of that campus's
    schools ("…, Berkeley, School of Law")."""
    if len(university) < 3 or university[0].text != "University" or university[1].text != "of":
        return False
    named = [t.text for t in university[2:]]
    if any(text[a.end:b.start] == ", " for a, b in pairwise(university)):
        return len(run) >= 3 and run[0].text in ("School", "College", "Faculty") and \
            run[1].text == "of"
    return know.places.get(" ".join(named)) == "region" and \
        know.places.get(" ".join(t.text for t in run)) == "city"


def _partners(text: str, out: list[list[Token]], form: int) -> int:
    """How many single capitalised names, each followed by a comma, end ``out`` before the
    legal form at ``form``: the partners a firm is named for (the last two may be joined
    by "&": "Brown, Olson & Wilson, PC")."""
    count = 0
    while count < len(out):
        part = out[-1 - count]
        after = out[-count][0].start if count else form
        names = part[::2] if len(part) == 3 and part[1].text in ("&", "and") and count == 0 \
            else part
        if len(names) != len(part) - len(part) // 2 or len(part) not in (1, 3) or \
                not all(t.capitalised and not t.acronym for t in names) or \
                text[part[-1].end:after] != ", ":
            break
        count += 1
    return count


#: A line that is one word in capitals.
_LABEL_LINE_WORD = re.compile(r"[^\S\n]*[A-Z]+[^\S\n]*")
#: Endings of ordinary English words, rare in people's names.
_WORD_ENDINGS = ("ions", "ly", "ed", "ing", "ment", "ments", "ities", "ness", "ials")
#: An author's institution after the name on a byline: "…, Monash University".
_AFFILIATION = re.compile(r"[A-Z][\w’'.-]*(?: (?:of|the|and|for|[A-Z][\w’'.-]*))*")


#: Words before "Date" in a label: "Release Date:", "Publication Date:".
_DATE_LABELS = frozenset("Release Publication Posted Issue Effective Event Review Modified "
                         "Updated".split())


def _body_then_person(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """"the Sinaloa Cartel Ismael Zambada Garcia": a body's name, then a person's (a given
    name and a capitalised word after the body's head, or after the country a department is
    named with: "Parks Canada Chris Bittle, Parliamentary Secretary …"), written one after
    the other (not a headline's words linked by a small one, "… Means for Front Line
    Clinicians")."""
    for k in range(1, len(run) - 2):
        if (run[k].text in ORGANISATION_HEADS or know.places.get(run[k].text) == "country") \
                and run[k + 1].text in know.given_names and \
                run[k + 1].text not in ORGANISATION_HEADS and run[k + 2].capitalised and \
                not _is_title(run[0].text, know.titles) and \
                not any(_is_title(t.text, know.titles) for t in run[:k]) and \
                not run[k + 2].acronym and run[k + 1].text not in know.places and \
                not any(t.text in _LINKING_WORDS
                        for t in run[1:k]) and \
                not any(t.text in ("of", "for", "and") or t.text in ORGANISATION_HEADS
                        for t in run[k + 1:]):
            return [run[:k + 1], run[k + 1:]]
    for k in range(3, len(run) - 2):
        tail = run[k + 1:]
        if (run[k - 1].text == "of" or (run[k - 1].text == "the" and run[k - 2].text == "of")) \
                and run[k].capitalised and run[k].text.rstrip(".") not in HONORIFICS and \
                any(t.text in ORGANISATION_HEADS for t in run[:k - 1]) and \
                len(tail) in (2, 3) and tail[0].text in know.given_names and \
                tail[0].text not in know.places and not _is_title(tail[0].text, know.titles) and \
                all(t.capitalised and not t.acronym and t.text not in ORGANISATION_HEADS
                    for t in tail) and (tail[-1].text in know.surnames or len(tail) == 3):
            return [run[:k + 1], tail]  # "U.S. Department of the Interior Cheryl
            # Matthews": a letterhead's body, then its contact
    return [run]


def _languages_listed(text: str, run: list[Token], know: Knowledge) -> list[list[Token]]:
    """"languages such as Hindi, Tamil, Telugu, … and the Government of Madhya Pradesh": a
    list that opens with languages or peoples' words is split at its commas and its "and";
    the languages name no one, what follows them keeps its own name."""
    if len(run) < 3 or not (run[0].text in know.languages or know.is_demonym(run[0].text)) \
            or "," not in text[run[0].end:run[1].start]:
        return [run]
    parts: list[list[Token]] = [[]]
    for k, token in enumerate(run):
        if k and (token.text == "and" or "," in text[run[k - 1].end:token.start]):
            parts.append([])
            if token.text == "and":
                continue
        if token.text == "the" and not parts[-1]:
            continue
        parts[-1].append(token)
    return [part for part in parts if part and not (
        len(part) == 1 and (part[0].text in know.languages or know.is_demonym(part[0].text)))]


def _bylined(text: str, run: list[Token], know: Knowledge, *,
             line_start: bool = True) -> list[list[Token]]:
    """A byline's authors, each a name of their own: "By Kang Gahui and Kim Young Shin",
    and "By Xu Aiying President Yoon Suk Yeol on …", a byline run into the text's first
    sentence, cut where a title opens it."""
    inner = next((k for k, t in enumerate(run) if k >= 2 and t.text in ("By", "BY")
                  and len(run) - k >= 3), None)
    if inner is not None and [t.text for t in run[:inner]] == \
            [t.text for t in run[inner + 1:inner + 1 + inner]]:
        return [run[:inner], *_bylined(text, run[inner:], know, line_start=False)]
        # "Emily Hoeven BY Emily Hoeven September 29, 2022": a picture's alt text, the
        # author's name, before the byline itself
    lead = text[text.rfind("\n", 0, run[0].start) + 1:run[0].start]
    colon = re.fullmatch(r"[^\S\n]*(?:by|By|BY):[^\S\n]*", lead) is not None
    # ("by: Jordan Usdan and Kevin Almasy, …": a byline whose word the tokens leave out)
    if not (colon and len(run) >= 2) and (len(run) < 3 or run[0].text not in ("By", "BY") or (
            line_start and lead.strip())):
        return [run]
    first = 0 if colon else 1
    parts: list[list[Token]] = [[]]
    for k, token in enumerate(run[first:], first):
        if token.text == "and" or (parts[-1] and "," in text[run[k - 1].end:token.start]):
            parts.append([])
            if token.text == "and":
                continue
        elif len(parts[-1]) >= 2 and _is_title(token.text, know.titles):
            parts.append(run[k:])  # the sentence's subject, with the title it opens with
            break
        elif len(parts[-1]) >= 2 and token.text == "for" and k + 1 < len(run):
            parts.append(run[k + 1:])  # "By Sarah Jane Tribble for KFF Health News.": the
            break  # author, then the outlet written for
        elif parts[-1] and token.text.title() in MONTHS_AND_DAYS and (
                k + 1 == len(run) or run[k + 1].text[:1].isdigit()):
            break  # "BY ROSS RAMSEY JUNE 5, 2017": the byline's date
        elif len(parts[-1]) >= 2 and k == len(run) - 1 and (
                token.text not in know.surnames or know.big_place(token.text)) \
                and re.match(r"[^\S\n]+[a-z]", text[token.end:token.end + 3]) \
                and not re.match(r"[^\S\n]+from[^\S\n]+[A-Z]", text[token.end:token.end + 8]):
            # (not "By Honorary Reporter Diana Kassandra Almarez from Philippines": the
            # author's surname, then where she writes from)
            if token.text.casefold() not in _lower_case_words(text):
                parts.append([token])  # "By Rodd Cayton Albuquerque is moving …": the
            break  # byline run into the first sentence, whose first word ends the run
            # (a name of its own, or a word the story writes in lower case too: "By Rodd
            # Cayton Federal oversight of …")
        parts[-1].append(token)
    return [part for part in parts if part]


def _credited(text: str, run: list[Token], know: Knowledge) -> list[list[Token]]:
    """A work's credit after "by" in mid-sentence: its authors, joined by "and", then the
    body they wrote it for ("… 2023” by Zac Crellin and Jennryn Wetzler for Creative
    Commons"), each a name of its own."""
    if len(run) < 4 or run[0].text not in know.given_names or \
            not re.search(r"\bby[^\S\n]+$", text[max(0, run[0].start - 4):run[0].start]):
        return [run]
    cut = next((k for k, t in enumerate(run) if t.text == "for" and k >= 2), None)
    if cut is None or cut + 1 >= len(run):
        return [run]
    authors, body = run[:cut], run[cut + 1:]
    joint = next((k for k, t in enumerate(authors) if t.text == "and"), None)
    if joint is not None and 2 <= joint < len(authors) - 1 and \
            authors[joint + 1].text in know.given_names:
        return [authors[:joint], authors[joint + 1:], body]
    return [authors, body]


#: A distance right before a direction: "95 kilometres (60 miles) ", "12 km ".
_DISTANCE_BEFORE = re.compile(r"\d[\d.,]*[^\S\n]*(?:kilometres|kilometers|km|miles|mi|metres|"
                              r"meters|m|feet|ft)\)?[^\S\n]+$")
#: A line's opening byline of several authors, whatever follows it: "By Dallas Hunt, Cash
#: Ahenakew, … and Will Valley | – …" (or "by: Jordan Usdan and Kevin Almasy, …").
_BYLINE_OPENING = re.compile(r"(?m)^(?:By|BY|[Bb]y:)[^\S\n]+[A-Z][\w’'-]*"
                             r"(?:[^\S\n]+[A-Z][\w’'.-]*){1,3}"
                             r"(?:(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)"
                             r"[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,3})+")
#: A line that holds a byline and nothing else: "By Kang Gahui and Kim Young Shin" (or
#: with the outlet after a bar: "By HUNTER FIELD and TESS VRBIN | Arkansas Advocate"; or in
#: lower case under a magazine's title: "by Cynthia Nickerson, Jennifer Ifft, and Mitch
#: Morehart"; or with each author's degree after a comma: "By Sangeeta Parikshak, PhD, and
#: Shana Ratcliff, PhD").
_BYLINE_LINE = re.compile(r"(?:By|BY|by|[Bb]y:)[^\S\n]+(?:[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)"
                          r"{1,3}(?:,[^\S\n]+(?:Ph\.?D\.?|M\.?D\.?|M\.?P\.?H\.?|Ed\.?D\.?|"
                          r"Dr\.?P\.?H\.?|R\.?N\.?|J\.?D\.?))*"
                          r"(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)?)+"
                          r"(?:[^\S\n]+\|[^\S\n]+[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,4})?")


#: A byline's opening as a copy of an article keeps it, its bullet and all: "• Written by ".
_WRITTEN_BY = re.compile(r"(?:[•·*][^\S\n]*)?(?:Written|Posted|Reported)[^\S\n]+by[^\S\n]+")
#: A table's row: a name of up to five capitalised words, then a value in its own column.
_ROW = (r"[^\S\n]*(?:[A-Z][\w’'.&-]*[^\S\n]+){0,4}[A-Z][\w’'.&-]*"
        r"[^\S\n]+(?:Yes|No|\d[\d.,]*)[^\S\n]*")


def _list_row(text: str, run: list[Token]) -> bool:
    """A line that holds a name and then a yes, a no or a number, between lines of the same
    shape: a table's row ("Wikimedia Argentina Yes", "Christophe Henner 9.00"), not a
    headline (but a menu's lines of words alone stay headings)."""
    start = text.rfind("\n", 0, run[0].start) + 1
    end = text.find("\n", run[-1].end)
    end = len(text) if end < 0 else end
    if not re.fullmatch(_ROW, text[start:end]):
        return False
    before_end = start - 1
    before_start = text.rfind("\n", 0, max(0, before_end)) + 1
    after_end = text.find("\n", end + 1)
    after_end = len(text) if after_end < 0 else after_end
    return any(re.fullmatch(_ROW, line) and line.strip() for line in (
        text[before_start:max(before_start, before_end)], text[end + 1:after_end]))


#: Words of direction that follow a place's name in another place's: "Durban North".
_COMPASS_WORD = re.compile(r"(?:North|South|East|West|Central|Upper|Lower)(?:ern)?")


def _bare_name_word(token: Token, know: Knowledge, lower: frozenset[str]) -> bool:
    """A word a headline's name may be made of when nothing else marks it: capitalised
    letters only, no word the story writes in lower case, no title and no head word."""
    return token.capitalised and not token.acronym and \
        token.text.replace("-", "").isalpha() and token.text.casefold() not in lower and \
        not _is_title(token.text, know.titles) and token.text not in ORGANISATION_HEADS and \
        token.text not in PLACE_HEADS


def _headline_sender(text: str, run: list[Token], know: Knowledge) -> bool:
    """Two words ending a headline after "from" or "with", the last a surname, the first no
    word the story writes in lower case, no place and no title: the person a message or an
    interview is from ("… – A Message from Aled Edwards"; not "News from Green Bay")."""
    lower = _lower_case_words(text)
    return len(run) == 2 and run[1].text in know.surnames and \
        re.search(r"\b(?:from|with)[^\S\n]+$", text[max(0, run[0].start - 6):run[0].start]) \
        is not None and re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]) is not None and \
        all(_bare_name_word(t, know, lower) and t.text not in know.places for t in run)




def _headline_opening_name(text: str, run: list[Token], know: Knowledge) -> bool:
    """Two to four capitalised words opening a headline, before its colon or "in Photos":
    the person, the festival or the place the story is about ("Aqeela Asifi: A Teacher in
    Exile …", "Swasthani Vrata Katha in Photos: …"), when the story writes none of the
    words in lower case and none is a rubric, a title, a head word or a headline's verb."""
    lower = _lower_case_words(text)
    return 2 <= len(run) <= 4 and \
        not text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip() and \
        re.match(r"(?::[^\S\n]|[^\S\n]+in[^\S\n]+(?:Photos|Pictures|Images)\b)",
                 text[run[-1].end:]) is not None and \
        all(_bare_name_word(t, know, lower) and not t.possessive and t.text not in RUBRICS
            and t.text not in HEADLINE_VERBS and t.text not in FUNCTION_WORDS
            and t.text.casefold() not in know.common_words and not t.text.endswith("ing")
            and not know.big_place(t.text) for t in run)  # (not "Warming Trends: …", a
    # column's name; nor "Japan vs. Greece: …", two countries)


#: A byline with no "By": one to three reporters, then the service by its letters and
#: perhaps its language, after a comma or glued to the last surname ("Say Mony and Heng
#: Reaksmey, VOA Khmer", "Jane Doe, AP", "Heng ReaksmeyVOA Khmer").
_REPORTER = r"[A-Z][a-z’'-]*(?:[A-Z][a-z’'-]+)?(?: [A-Z][a-z’'-]*(?:[A-Z][a-z’'-]+)?){1,2}"
_SERVICE_BYLINE = re.compile(rf"(?P<authors>{_REPORTER}(?:(?:, | and ){_REPORTER}){{0,2}})"
                             r"(?:, )?(?P<outlet>[A-Z]{2,5}(?: [A-Z][a-z]+){0,2})")


def _bylines_body(text: str, run: list[Token], know: Knowledge) -> bool:
    """The institution after the authors' names on a byline's line ("Terry Slevin, Cancer
    Council Australia", "by Ian Karbal and John Cole, Pennsylvania Capital-Star"): a body's
    name, whole, though the story writes its words in lower case ("skin cancer")."""
    start = text.rfind("\n", 0, run[0].start) + 1
    end = text.find("\n", run[-1].end)
    line = text[start:len(text) if end < 0 else end].strip()
    joined = " ".join(t.text for t in run)
    head, _, body = line.rpartition(", ")
    authors = re.split(r",\s+|\s+and\s+", re.sub(r"^(?:[Bb]y|BY):?\s+", "", head))
    service = _SERVICE_BYLINE.fullmatch(line)
    if service is not None and service.group("outlet") == joined:
        return True  # "Say Mony and Heng Reaksmey, VOA Khmer": the service, whole
    return body == joined and _AFFILIATION.fullmatch(body) is not None and \
        (any(t.text in ORGANISATION_HEADS for t in run)
         or re.match(r"(?:[Bb]y|BY)\b", head) is not None) and \
        all(re.fullmatch(r"[A-Z][\w’'-]+(?: [A-Z][\w’'.-]*){1,2}", author) is not None
            and author.split()[0] in know.given_names for author in authors)


def _byline(text: str, run: list[Token], know: Knowledge) -> bool:
    """A line that is nothing but two or three capitalised words the story never writes in
    lower case, with no head word, title or place: an author's name ("Thembela Ntongana"
    under an item; not "Human Rights", written in lower case elsewhere), alone or with
    the institution the author works at ("Narelle Miragliotta, Monash University")."""
    start = text.rfind("\n", 0, run[0].start) + 1
    end = text.find("\n", run[-1].end)
    line = text[start:len(text) if end < 0 else end].strip()
    words = [t.text for t in run]
    lower = _lower_case_words(text)
    joined = " ".join(words)
    affiliation = _AFFILIATION.fullmatch(line[len(joined) + 2:]) \
        if line.startswith(f"{joined}, ") else None
    written = _WRITTEN_BY.match(line)
    service = _SERVICE_BYLINE.fullmatch(line)
    if service is not None and (joined == service.group("authors") or joined in re.split(
            r", | and ", service.group("authors"))):
        return True  # "Say Mony and Heng Reaksmey, VOA Khmer": the reporters, over a
        # service's story, before its letters and its language
    if (_BYLINE_LINE.fullmatch(line) or (written is not None and line.startswith(
            f"{joined},", written.end()))) and 2 <= len(words) <= 4 and all(
            t.capitalised and not _is_title(t.text, know.titles)
            and t.text not in ORGANISATION_HEADS for t in run):
        return True  # one of the authors a byline line names (or "• Written by Misha
        # Ketchell, Editor & Executive Director, The Conversation": the author, then the post
        # and the outlet)
    return (line == joined or (affiliation is not None and any(
        w in ORGANISATION_HEADS for w in affiliation.group().split()))) and \
        2 <= len(words) <= 3 and all(
        t.capitalised and not t.acronym and t.text.replace("-", "").replace("’", "").isalpha()
        and t.text.casefold() not in lower and t.text not in ORGANISATION_HEADS
        and t.text not in PLACE_HEADS and (
            t.text not in know.places or (t is run[0] and not know.big_place(t.text)
                                          and not _COMPASS_WORD.fullmatch(run[-1].text)
                                          and run[-1].text not in know.places))
        # ("Selby Nomnganga": a given name that is also a town's, then a surname)
        and not _is_title(t.text, know.titles) and not know.is_demonym(t.text)
        and t.text not in FUNCTION_WORDS and (
            t.text in know.given_names or not t.text.endswith(_WORD_ENDINGS)) for t in run) \
        and not all(t.text.casefold() in know.common_words and t.text not in know.given_names
                    and t.text not in know.surnames for t in run)
    # (a menu's "Open Solicitations", "Frequently Asked Questions" are no author; nor is a
    # section's heading of common words, "Health Care")


#: What a line may hold before a label's last words: nothing, a few words, a word and a
#: slash ("Incidents/").
_LABEL_OPENING = re.compile(r"[^\S\n]*(?:[\w’'-]+[^\S\n]+){0,3}(?:[A-Z][\w-]*/)?")


def _without_common_tail(run: list[Token], body: set[str], lower: frozenset[str]
                         ) -> list[Token]:
    """A name the story writes alone elsewhere, run into common words a headline
    capitalises after it: "… to release Fox and Lake Herd Management Area Wild Horses
    treated with …" (the story writes "wild horses" in lower case)."""
    if len(run) < 4:
        return run
    for k in range(len(run) - 1, 1, -1):
        head = run[k - 1].text
        prefix = " ".join(t.text for t in run[:k])
        if (head in PLACE_HEADS or head in ORGANISATION_HEADS) and \
                (prefix in body or f"The {prefix}" in body) and len(run) - k <= 2 and all(
                    t.text.casefold() in lower or t.text.casefold().rstrip("s") in lower
                    for t in run[k:]):
            return run[:k]
    return run


#: Plural kinds of a country's divisions before "of" and a list of them.
_DIVISIONS = frozenset("Departments Provinces Regions States Counties Districts Prefectures "
                       "Governorates Oblasts Cantons Municipalities Parishes".split())


def _bodies_listed(text: str, run: list[Token]) -> list[list[Token]]:
    """"the Departments of Defense, Labor, Health and Human Services, …": one department
    each, split at the list's commas (the first keeps the plural head, a form of its name).
    """
    if len(run) < 4 or run[0].text not in ("Departments", "Ministries") or \
            run[1].text != "of":
        return [run]
    cuts = [k for k in range(3, len(run)) if "," in text[run[k - 1].end:run[k].start]]
    if not cuts:
        return [run]
    return [run[a:b] for a, b in zip([0, *cuts], [*cuts, len(run)], strict=True)]


#: Letters of common things science and daily life name, no one's name.
_COMMON_ACRONYMS = frozenset("DNA RNA mRNA PCR GPS UV LED LCD CO2 HVAC PDF HTML URL K-12 K-8 "
                             "PK-12 PreK-12 P-12 ICYMI FYI TTY TDD".split())
# (and school grades: "K-12"; and the web's shorthand: "ICYMI: Last Week at the DOE"; and
# telephones for the deaf: "Teletype (TTY/TDD)")


def _peoples_adjective(text: str, run: list[Token]) -> bool:
    """"American Indian and Alaska Native communities": peoples named in the singular before
    a common noun describe it; no name (their plurals, "Alaska Natives", are groups)."""
    return run[-1].text in ("Native", "Indian", "Islander") and \
        len(run) <= 5 and re.match(r"[^\S\n]+[a-z]", text[run[-1].end:run[-1].end + 2]) \
        is not None and not any(t.text in ORGANISATION_HEADS for t in run) and \
        not re.match(r"[^\S\n]+peoples?\b", text[run[-1].end:run[-1].end + 10]) and \
        " ".join(t.text for t in run) not in PEOPLES_BY_NAME
    # (but "Aboriginal and Torres Strait Islander peoples" names them: the peoples' name)


def _repeated_head(run: list[Token], body: set[str]) -> list[list[Token]]:
    """"the Council European Council preparations": a body's head, then a name the story
    writes alone that ends with the same head; a copy's lines run together."""
    start = 1 if run[0].text == "The" else 0
    if len(run) - start >= 3 and run[start].text in ORGANISATION_HEADS and \
            run[start].text == run[-1].text and \
            " ".join(t.text for t in run[start + 1:]) in body:
        return [run[:start + 1], run[start + 1:]]
    return [run]


def _written_twice(run: list[Token]) -> list[list[Token]]:
    """"… in the House of Commons House of Commons Ottawa": a name of two words or more
    written twice in a row, as a letter's title and its address run together; each copy a
    run of its own (and what follows the second, another)."""
    words = [t.text for t in run]
    for size in range(len(run) // 2, 1, -1):
        for at in range(len(run) - 2 * size + 1):
            if words[at:at + size] == words[at + size:at + 2 * size] and \
                    run[at].text[:1].isupper():
                return [part for part in (run[:at + size], run[at + size:at + 2 * size],
                                          run[at + 2 * size:]) if part]
    return [run]


def _short_forms_joined(run: list[Token], body: set[str]) -> list[list[Token]]:
    """"when the Gazette and Daily Mail merged": two names, each the short form of a longer
    one the story writes ("Charleston Gazette", "Charleston Daily Mail") or one it writes
    alone, joined by "and"."""
    ands = [k for k, t in enumerate(run) if t.text == "and"]
    if len(ands) != 1 or not 0 < ands[0] < len(run) - 1:
        return [run]
    left, right = run[:ands[0]], run[ands[0] + 1:]

    def shortened(part: list[Token]) -> bool:
        tail = " " + " ".join(t.text for t in part)
        return (len(part) >= 2 and tail[1:] in body) or \
            any(name.endswith(tail) and " and " not in name for name in body)
        # (or the name itself, written alone elsewhere: "the Idaho Capital Sun and States
        # Newsroom awards")

    return [left, right] if shortened(left) and shortened(right) else [run]


#: A body's parts, named before the body they belong to: "the Civil Division of …".
_PARTS = frozenset("Division Branch Section Unit Directorate".split())
_GLOSS_AFTER = re.compile(r"[^\S\n]*\(([A-Z][A-Za-z]{1,7})\)")


def _part_then_glossed_body(text: str, run: list[Token]) -> list[list[Token]]:
    """"the Civil Division of the Department of Justice (DOJ)": a part, then the body it
    belongs to, whose letters follow in brackets: two names, the letters the body's (a
    part "of" its body otherwise stays whole: "Marksbury Family Branch of the Lexington
    Public Library"; and "the Iowa Division of Homeland Security and Emergency Management
    (HLSEM)" is one body, its letters leaving out its first words)."""
    k = next((k for k in range(1, len(run) - 2) if run[k].text in _PARTS
              and run[k + 1].text == "of"), None)
    gloss = _GLOSS_AFTER.match(text, run[-1].end) if k is not None else None
    if k is None or gloss is None:
        return [run]
    body = run[k + 3:]
    letters = gloss.group(1)
    if run[k + 2].text == "the" and body and body[0].text in ORGANISATION_HEADS and \
            letters[0] == body[0].text[0] and letters[-1] == body[-1].text[0] and \
            letters[0] != run[0].text[0]:
        return [run[:k + 1], body]
    return [run]


def _body_then_for(text: str, run: list[Token], body: set[str]) -> list[list[Token]]:
    """"the Office of Congressional Affairs for Members of Congress": a body the story also
    names alone, then whom it serves, after "for", when the run is written only once (but
    "Centers for Disease Control", written whole each time, is one name)."""
    k = next((k for k in range(2, len(run) - 1) if run[k].text == "for"), None)
    if k is None or text.count(text[run[0].start:run[-1].end]) > 1:
        return [run]
    left = " ".join(t.text for t in run[:k])
    if left in body and any(t.text in ORGANISATION_HEADS for t in run[:k]):
        return [run[:k], run[k + 1:]]
    return [run]


def _before_and(run: list[Token]) -> int:
    """Where "and" is in the run, or its end."""
    return next((k for k, t in enumerate(run) if t.text == "and"), len(run))


def _headline_subject(text: str, run: list[Token]) -> bool:
    """A short run right before a headline's verb that no name holds is its subject, a name
    however it is written: "GSK Consumer Health Recalls Five Excedrin Brands …"; so are what
    a recall's headline says was recalled and where it was sold: "… Recalls Hampton Bay Mara
    Ceiling Fans Due to Injury Hazard; Sold Exclusively at Home Depot"."""
    if len(run) > 5 or run[0].text in FUNCTION_WORDS:
        return False
    before = text[max(0, run[0].start - 30):run[0].start]
    if RECALLED_BEFORE.search(before) or SOLD_AT_BEFORE.search(before):
        return True
    m = re.match(r"[^\S\n]+(\w+)", text[run[-1].end:run[-1].end + 20])
    return m is not None and m.group(1) in CLAUSE_VERBS and \
        not NOUN_AFTER_VERB.match(text, m.end(1) + run[-1].end)


#: A serial's part at a headline's end: "… – Author Perspectives – Part 2 of 2".
_PART_OF_SERIAL = re.compile(r"\b(?:Part|Episode|Chapter)[^\S\n]+\d{1,2}(?:[^\S\n]+of"
                             r"[^\S\n]+\d{1,2})?[^\S\n]*$")
#: Endings of English nouns that surnames rarely have: "Author Perspectives" in a headline
#: is no author named Perspectives.
_NOUN_ENDING = re.compile(r"(?:ives|tions?|sions?|ments?|ness|ities|ity|ings|ships?|ics|"
                          r"icians)$")


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding this point, or the title in curly marks holding it, is in
    title case, as headlines are: no word in lower case but the small words titles keep
    so ("Continue reading “Richard Aragon to Direct Division of …”")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    mark = text.rfind("“", start, at)
    if mark >= 0 and "”" not in text[mark:at]:
        start = mark + 1
        close = text.find("”", at, end if end >= 0 else len(text))
        end = close if close >= 0 else end
    words = re.findall(r"[A-Za-z][\w’'-]*", text[start:end if end >= 0 else len(text)])
    return len(words) >= 3 and all(w[0].isupper() or w in TITLE_SMALL_WORDS for w in words)


def _glued_header_row(text: str, c: Candidate) -> bool:
    """Whether a candidate is one word of three capitalised parts or more on a line where a
    word in lower case runs into a capital too: a table's headers a copy glued together
    ("PortraitDirectorTook officeLeft office"), no name."""
    if len(c.words) != 1 or len(re.findall(r"[A-Z][a-z]+", c.words[0])) < 3:
        return False
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    return re.search(r"(?<![\w’'-])[a-z]+[A-Z][a-z]+", text[start:end if end >= 0 else len(text)]) \
        is not None


def _participle_and_noun(text: str, c: Candidate, know: Knowledge) -> bool:
    """Whether two capitalised words are an English participle and a noun the story writes
    in lower case too, a phrase in title case once, no name: "This is Archived Content.
    This content is available …" (not "United Nations", "Associated Press": a body's head
    word, or a participle that is also a given name or a surname; nor "the Unified Agenda",
    "the agenda": a name the story gives "the", as titles are)."""
    if len(c.words) != 2 or c.hint is not None:
        return False
    first, noun = c.words
    return (len(first) > 5 and first.endswith("ed") and first[1:].islower()
            and first != "United"
            and first not in know.given_names and first not in know.surnames
            and noun[1:].islower() and noun not in ORGANISATION_HEADS
            and noun not in PLACE_HEADS and noun not in know.surnames
            and text.count(c.text) == 1
            and not re.search(r"(?:\b(?:[Tt]he|an?|its|their)|[’']s)[^\S\n]+$",
                              text[max(0, c.start - 8):c.start])
            and re.search(rf"(?<![\w’'-]){re.escape(noun.lower())}(?![\w’'-])", text)
            is not None)


def _in_lower_case(text: str, words: list[Token]) -> bool:
    """Whether the story writes these words, all in lower case, as a phrase of a sentence
    ("NIMH training grant recipient Neir Eshel" under "… Grant Recipient Wins …")."""
    return re.search(r"(?<![\w’'-])" + r"[^\S\n]+".join(re.escape(t.text.lower()) for t in words)
                     + r"(?![\w’'-])", text) is not None


def _common_phrase(text: str, words: list[Token]) -> bool:
    """Whether the story writes these two words or more as a common phrase, in lower case
    but for a sentence's first letter ("Election protection groups say …")."""
    if len(words) < 2 or not all(t.capitalised and not t.acronym for t in words):
        return False
    first = words[0].text
    pattern = rf"(?<![\w’'-])[{first[0]}{first[0].lower()}]{re.escape(first[1:])}" + "".join(
        rf"[^\S\n]+{re.escape(t.text.lower())}" for t in words[1:]) + r"(?![\w’'-])"
    return re.search(pattern, text) is not None


#: Small words that link a title-case headline's parts ("… Means for Front Line …") and sit
#: inside no body's name before its head word.
_LINKING_WORDS = frozenset("for to in on at with by from".split())


#: Three single capitalised words or more listed with commas and a last "&" or "and", as a
#: headline names firms or people: "Kroger, Walmart & Amazon Inflated Grocery Costs".
_HEADLINE_LIST = re.compile(r"[^\S\n]*(?:[A-Z][\w’'-]*:[^\S\n]+)?(?P<list>[A-Z][\w’'.-]*(?:,"
                            r"[^\S\n]+[A-Z][\w’'.-]*)+,?[^\S\n]+(?:&|and)[^\S\n]+"
                            r"[A-Z][\w’'.-]*)(?![\w’'-])")


def _listed_in_headlines(text: str, lines: list[tuple[int, int]], lower: frozenset[str],
                         titles: frozenset[str]) -> set[str]:
    """The single words a headline opens with as a list of names ("Report: Kroger, Walmart &
    Amazon Inflated …"): three or more, none a word the story writes in lower case, a
    headline's small word or verb, or a title, and not a list of plurals ("Speeches,
    Statements & Testimonies"), so the list names things, not "Fire, Flood and Famine"."""
    out: set[str] = set()
    for a, b in lines:
        m = _HEADLINE_LIST.match(text, a, b)
        if m is None:
            continue
        items = [w.strip(",") for w in re.split(r",?[^\S\n]+(?:&[^\S\n]+|and[^\S\n]+)?",
                                                m.group("list")) if w]
        if len(items) >= 3 and sum(w.endswith("s") for w in items) < 2 and not any(
                w.casefold().rstrip(".") in lower or w.casefold() in TITLE_SMALL_WORDS
                or w in HEADLINE_VERBS or _is_title(w, titles) for w in items):
            out.update(items)
    return out


#: A headline's verb in the passive before "by" (not a post's credit, "Posted by …").
_PASSIVE_BY = re.compile(r"\b(?!Posted\b|Written\b|Edited\b|Produced\b|Reported\b|Compiled\b|"
                         r"Submitted\b|Published\b|Photographed\b)[A-Z][a-z]+ed[^\S\n]+by[^\S\n]+$")
#: Pronouns a headline's verb takes as its object: "… by Singing About It".
_OBJECT_PRONOUNS = frozenset("It Them Us Me You Him Her".split())


def _spelt_in_addresses(text: str, found: list[list[Token]]) -> set[str]:
    """The names the page's own addresses spell, a site's domain or a feed's slug
    ("Democracy Now" in "www.democracynow.org" and "Feed democracy-now …"): a name even
    where only a title-case line writes it."""
    spelt = {re.sub(r"[^a-z0-9]", "", m.group().casefold())
             for m in re.finditer(r"(?<=://)(?:www\.)?[a-z0-9-]+|(?<![\w/.-])[a-z0-9]+"
                                  r"(?:-[a-z0-9]+)+(?![\w/-])", text)}
    spelt = {s.removeprefix("www") for s in spelt}
    out = set()
    for run in found:
        name = " ".join(t.text for t in run)
        key = re.sub(r"[^a-z0-9]", "", name.casefold())
        if len(run) > 1 and len(key) >= 6 and key in spelt:
            out.add(name)
    return out


#: The heads of waters and shores named for the town beside them: "Plymouth Sound".
_PLACE_AFTER_TOWN = frozenset("Sound Bay Harbour Harbor Estuary Firth Loch Strait Channel "
                              "Island Islands".split())


def _acted_on(text: str, at: int) -> bool:
    """Whether a regulator's or a court's verb, after who acts, comes right before ``at``
    in a headline: "CFTC Charges …", "Federal Court Orders …"."""
    verb = re.search(r"(?:^|[^\S\n])([A-Z][a-z]+)[^\S\n]+$", text[max(0, at - 20):at])
    return verb is not None and verb.group(1) in ACTION_VERBS and \
        ACTOR_BEFORE.search(text, max(0, at - 60), at - len(verb.group(0)) + 1) is not None


#: A dateline in capitals on a line of its own: a town, its state, its country, with commas.
_DATELINE_LINE = re.compile(r"[^\S\n]*([A-Z][A-Z.'’-]+(?:[^\S\n][A-Z][A-Z.'’-]+)*"
                            r"(?:,[^\S\n]+[A-Z][A-Z.'’-]+(?:[^\S\n][A-Z][A-Z.'’-]+)*){1,3})"
                            r"[^\S\n]*(?:\n|$)")


def _dateline_of_places(text: str, run: list[Token], know: Knowledge) -> bool:
    """Whether the run is part of a line in capitals that lists a town, its state and its
    country with commas, each a place the gazetteer knows ("ARLINGTON, VIRGINIA, UNITED
    STATES", as DVIDS heads its stories)."""
    start = text.rfind("\n", 0, run[0].start) + 1
    m = _DATELINE_LINE.match(text, start)
    if m is None or not m.start(1) <= run[0].start < run[-1].end <= m.end(1):
        return False
    parts = [p.strip().title() for p in m.group(1).split(",")]
    return all(p in know.places or p.replace("Of", "of") in know.places for p in parts)


def _after_logo(text: str, run: list[Token]) -> bool:
    """Whether the run ends a line that opens with "Logo": a logo's alt text ("Logo Agência
    Brasil"), whose outlet's name a headline's rules must not drop."""
    return text[text.rfind("\n", 0, run[0].start) + 1:run[0].start] == "Logo " and \
        re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]) is not None


def _alone_on_line(text: str, run: list[Token]) -> bool:
    """Whether nothing but blanks stands before and after the run on its line."""
    return not text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip() and \
        re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]) is not None


#: Prepositions a title-case line capitalises, which end a name before them: "… Elaine L.
#: Chao For Saint Lawrence Seaway 60th Anniversary".
_HEADLINE_PREPOSITIONS = frozenset("For To On At In With From About Against".split())
#: The heads of natural and built features named for the place they are in or on: "Saint
#: Lawrence Seaway", "Hudson River".
_FEATURE_HEADS = frozenset("River Rivers Seaway Waterway Canal Lake Lakes Bay Valley Basin Sea "
                           "Gulf Strait Island Islands Peninsula Delta Dam".split())


def _cut_short_of_head(text: str, run: list[Token]) -> bool:
    """Whether a run of three capitalised words or more is a body's name the story writes
    elsewhere with its head after it: a caption or a link cut short ("Western Area Power"
    beside "Western Area Power Administration")."""
    if len(run) < 3 or not all(t.capitalised for t in run) or \
            any(t.text in HEADLINE_VERBS for t in run):
        return False
    whole = re.escape(text[run[0].start:run[-1].end])
    return any(m.group(1) in ORGANISATION_HEADS for m in re.finditer(
        rf"(?<![\w’'-]){whole}[^\S\n]+([A-Z][\w’'-]+)", text))


#: Words a parliament's committee is named with besides its portfolio's fields: "Legal and
#: Constitutional Affairs Legislation Committee", "Joint Standing Committee on …".
_COMMITTEE_WORDS = PORTFOLIO | frozenset("Legal Constitutional Legislation References "
                                         "Economics Select Standing Joint Privileges "
                                         "Procedure Procedures Estimates Standards Ethics "
                                         "Rules Audit Petitions Delegated Powers "
                                         "Appointments Accounts".split())


def _committee_line(text: str, run: list[Token]) -> bool:
    """Whether a run is a committee's name standing whole on its own line: fields and
    kinds of committee, two of them joined by "and" (which the headline rules would cut),
    ending with "Committee"."""
    if len(run) < 3 or run[-1].text not in ("Committee", "Subcommittee"):
        return False
    line_start = text.rfind("\n", 0, run[0].start) + 1
    line_end = text.find("\n", run[-1].end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:run[0].start].strip() or text[run[-1].end:line_end].strip():
        return False
    return run[0].text in _COMMITTEE_WORDS and all(
        t.text in _COMMITTEE_WORDS or t.text in ("and", "&", "of", "on", "the")
        or (t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS)
        for t in run[:-1]) and any(t.text in ("and", "&") for t in run)


#: Head words of a state's divisions, which name one on a heading line of their own.
_DIVISION_HEADS = frozenset(("County", "Parish", "Borough", "Township", "Province",
                             "Prefecture", "District"))


#: A byline's line, above a name's: "By …", "Story by …", "Photo by …".
_BYLINE_ABOVE = re.compile(r"[^\S\n]*(?:(?:Story|Photos?|Article|Words|Text)[^\S\n]+)?"
                          r"[Bb]y:?[^\S\n]+[A-Z]")
#: The last words of an office's name that speaks for a body, beside the heads of bodies:
#: "West Point Public Affairs", "Corporate Strategic Communications".
_OFFICE_ENDINGS = frozenset(("Affairs", "Communications", "Relations"))


#: The heads of lands and waters a site's pages may be about, heading them on a line of
#: their own: "Oak Ridge Reservation" (not "Web Sites" or "Briefing Room", a page's own
#: parts).
_LAND_HEADS = frozenset("Reservation Reserve Preserve Park Forest Refuge Wilderness Monument "
                        "Island Islands Mountains Valley Canyon Basin Lake River Bay "
                        "Peninsula".split())
#: A banner's line: a publication's or a site's name, a dash or a bar, then its owner's.
_BANNER_LINE = re.compile(r"[^\S\n]*(?P<site>[A-Z][\w’'.&]*(?:[^\S\n]+[A-Z][\w’'.&]*){0,3})"
                          r"[^\S\n]+[-–|][^\S\n]+(?P<owner>[A-Z][\w’'.]*(?:[^\S\n]+(?:of|for|and|"
                          r"the|[A-Z][\w’'.]*)){2,8})[^\S\n]*")


def _banner_of_a_body(text: str, run: list[Token]) -> bool:
    """Whether the run is one of the two names of a banner's line, a publication's or a
    site's and then its owner's, a body named whole by its head and field ("NIH Record -
    National Institutes of Health")."""
    start = text.rfind("\n", 0, run[0].start) + 1
    end = text.find("\n", run[-1].end)
    m = _BANNER_LINE.fullmatch(text, start, end if end >= 0 else len(text))
    if m is None or any(t.text in HEADLINE_VERBS for t in run) or any(
            w in ("Logo", "Seal", "Icon", "Image", "Banner") for w in m.group("site").split()):
        return False  # (not "BIA Logo Indian Affairs - Office of …": a logo's alt text)
    owner = m.group("owner").split()
    if not any((w in ORGANISATION_HEADS or w.removesuffix("s") in ORGANISATION_HEADS)
               and owner[k + 1] in ("of", "for") for k, w in enumerate(owner[:-1])):
        return False
    return (run[0].start, run[-1].end) in (m.span("site"), m.span("owner"))


#: A note in brackets after a name on a roll: "(Chair)", "(phone)".
_ROLL_NOTE = re.compile(r"[^\S\n]*\([^()\n]{1,30}\)")


#: A line of a roll: a name of two or three capitalised words, perhaps a note after a
#: comma ("Marilyn Coors, ad hoc", "Chris Austin, OD").
_ROLL_ROW = re.compile(r"[^\S\n]*(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,2})"
                       r"(?:,[^\S\n]+[^\n]{1,30})?[^\S\n]*")


def _shaped_as_a_person(run: list[Token], know: Knowledge) -> bool:
    """Two or three capitalised words, none letters, a head word or a title: how a roll's
    or a list's person is written."""
    return 2 <= len(run) <= 3 and all(
        t.capitalised and not t.acronym and t.text not in ORGANISATION_HEADS
        and t.text not in PLACE_HEADS and not _is_title(t.text, know.titles) for t in run)


def _rolled_among_people(text: str, run: list[Token], know: Knowledge) -> bool:
    """Whether the run is a name alone on its line (a note after a comma aside) in a roll
    one to a line, two lines or more of it next to it a given name and a surname the tables
    know: a roll's member, whatever tables know her given name ("Tadataka Yamada" under
    "Janet Rowley", "Robert Tepper", "George Weinstock")."""
    if not _shaped_as_a_person(run, know):
        return False
    if run[-1].text not in know.surnames:
        return False  # (not "Local Liaison" between two names on a staff page: a post)
    lines = text.split("\n")
    at = text.count("\n", 0, run[0].start)
    row = _ROLL_ROW.fullmatch(lines[at])
    if row is None or row.group("name") != " ".join(t.text for t in run):
        return False
    people = 0
    for k in (at - 2, at - 1, at + 1, at + 2):
        if 0 <= k < len(lines) and (near := _ROLL_ROW.fullmatch(lines[k])) is not None and \
                near.group("name").split()[0] in know.given_names:
            people += 1
    return people >= 2


def _listed_among_people(text: str, run: list[Token], know: Knowledge) -> bool:
    """Whether the run is one of three or more items a line lists with commas (and a last
    "and"), each two or three capitalised words, at least two of the others a given name
    and a surname the tables know: a roll of people, the run one of them."""
    if not _shaped_as_a_person(run, know) or any(t.text in HEADLINE_VERBS for t in run):
        return False
    start = text.rfind("\n", 0, run[0].start) + 1
    end = text.find("\n", run[-1].end)
    line = _ROLL_NOTE.sub("", text[start:end if end >= 0 else len(text)])
    items = [item.strip() for item in re.split(r",[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+",
                                               line) if item.strip()]
    mine = " ".join(t.text for t in run)
    if len(items) < 3 or mine not in items or not all(
            2 <= len(item.split()) <= 3 and all(w[:1].isupper() for w in item.split())
            for item in items):
        return False
    known = sum(1 for item in items if item != mine and item.split()[0] in know.given_names)
    return known >= 2 and 2 * known >= len(items) - 1


def _body_by_its_field(part: list[Token], longest: int = 8) -> bool:
    """Whether the words are a body's whole name by its head, "of", "for" or "on", and its
    field, three words at most before the head and `longest` words in all ("National
    Advisory Council on Alcohol Abuse and Alcoholism"; not "… the Secret Organization of
    Wealthy Christians Trying to Sway …": a headline's verb ends the run; nor "… the Effects
    of Digital Media on Children": "of" before the head)."""
    field = next((k for k in range(1, min(3, len(part) - 2) + 1)
                  if (part[k].text in ORGANISATION_HEADS or (part[k].text.endswith("s") and part[
                      k].text[:-1] in ORGANISATION_HEADS)) and part[k + 1].text in ("of", "for",
                                                                                   "on")), None)
    return field is not None and len(part) <= longest and part[-1].capitalised and all(
        t.capitalised for t in part[:field]) and all(
        (t.capitalised and not t.acronym and not t.possessive and t.text not in HEADLINE_VERBS
         and not t.text.endswith("ing")) or t.text in ("of", "for", "on", "and", "the", "&")
        for t in part)


#: A credit's label and "by" opening a line, right before the names it credits: "Story by ",
#: "Photo by ".
_CREDIT_BY_BEFORE = re.compile(r"[^\S\n]*(?:Story|Stories|Photos?|Video|Words|Text|Written|"
                               r"Reported|Compiled)[^\S\n]+by[^\S\n]+\Z")


#: A byline's "By", its author's names and a comma, right before the author's post: "By
#: Zack Shelby, ".
_BYLINE_POST_BEFORE = re.compile(r"[^\S\n]*By:?[^\S\n]+[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*)"
                                 r"{1,3},[^\S\n]+\Z")


def _names_in_headline(text: str, run: list[Token], body: list[str], settled: set[str],
                       know: Knowledge, lower: frozenset[str]) -> list[list[Token]]:
    """The names a run of a Title Case line holds: all of it if it is marked as a name,
    else its longest stretches that are ("Afghanistan Widely Viewed" → "Afghanistan",
    a name the body also writes; "Audiences in Eurasia Turn" → "Eurasia", a place)."""
    if 4 <= len(run) <= 6 and run[0].text == "The" and run[1].acronym and \
            run[-1].text in ("Plan", "Strategy", "Roadmap", "Framework", "Blueprint") and \
            all(t.capitalised and not t.possessive and t.text not in HEADLINE_VERBS
                for t in run[2:]):
        return [run[1:]]  # "The NINR Strategic Plan: An Overview" heading a page: a body's
        # plan by its letters and its title, one work
    if 4 <= len(run) <= 7 and run[0].text.endswith("ing") and _alone_on_line(text, run) and \
            any(t.text in ("for", "to", "through", "with") for t in run[2:-1]) and \
            all((t.capitalised and not t.acronym and t.text not in ORGANISATION_HEADS
                 and t.text not in EVENT_HEADS and t.text not in know.given_names)
                or t.text in ("for", "to", "through", "with", "and", "the") for t in run):
        return []  # "Advancing Science for Global Health" under a body's name in its banner:
        # a tagline, a verb's "-ing" and what it works for, no name
    if len(run) == 4 and [t.text for t in run[1:]] == ["of", "the", "Year"] and \
            run[0].text in ("Time", "Times", "Day", "Days", "Season", "Seasons", "Moment",
                            "Moments", "Week", "Weeks", "Month", "Months"):
        return []  # "The Most Wonderful (Two) Times of the Year": a stretch of the year, no
        # honour ("Teacher of the Year") nor event
    joint = next((k for k, t in enumerate(run) if t.text == "and"), None)
    if joint is not None and 2 <= joint <= 3 and _CREDIT_BY_BEFORE.search(
            text, text.rfind("\n", 0, run[0].start) + 1, run[0].start):
        second = run[joint + 1:]
        while second and (_is_title(second[0].text, know.titles)
                          or second[0].text.rstrip(".") in HONORIFICS):
            second = second[1:]
        if 2 <= len(second) <= 3 and all(t.capitalised and not t.acronym
                                         for t in run[:joint] + second):
            return [run[:joint], second]  # "Story by Eric Durr and Capt. Michael O'Hagan":
            # the two authors a credit's line names, the second after his rank
    if len(run) >= 3 and _is_title(run[0].text, know.titles) and \
            (run[-1].text in ORGANISATION_HEADS or run[-1].text in _OFFICE_ENDINGS) and \
            _BYLINE_POST_BEFORE.search(text, text.rfind("\n", 0, run[0].start) + 1,
                                      run[0].start) and \
            all(t.capitalised or ORDINAL.fullmatch(t.text) or t.text in ("of", "and", "&")
                for t in run[1:]):
        return [run[1:]]  # "By Zack Shelby, Editor 633d Air Base Wing Public Affairs": the
        # author's office after his post, on the byline's line
    lead = 1 if run[0].text == "The" else 0
    if len(run) - lead >= 3 and run[lead].text in ORGANISATION_HEADS and \
            run[lead + 1].text in ("Of", "of") and \
            know.places.get(" ".join(t.text for t in run[lead + 2:])) is not None:
        return [run[lead:]]  # "89.9 FM Live From The University Of New Mexico" in a
        # station's banner: a body by its head and the place it is of, whole
    if len(run) == 2 and run[0].text in ("A", "An") and not run[1].acronym:
        return []  # "Images Are Important: An Apology": a common noun after its article, no
        # name, whatever names that noun heads ("the National Apology")
    named = next((k for k in range(len(run) - 2)
                  if (run[k].text in know.given_names or any(t.possessive for t in run[k:-1]))
                  and text.endswith("the ", 0, run[k].start)
                  and (run[-1].text in PLACE_HEADS or run[-1].text in EVENT_HEADS)
                  and 3 <= len(run) - k <= 6
                  and all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                          for t in run[k:])), None)
    if named is not None:
        return [run[named:]]  # "Remarks at the Dedication of the Ethel Kennedy Bridge": a bridge
        # or a ceremony named for someone, after "the" ("… at the National Missing Children’s
        # Day Ceremony")
    if 2 <= len(run) <= 4 and re.fullmatch(
            rf"[^\S\n]*{CREDIT_LABEL}[^\S\n]*",
            text[text.rfind("\n", 0, run[0].start) + 1:run[0].start]) and \
            re.match(r"[^\S\n]*(?:\n|$|/|,)", text[run[-1].end:]) and \
            all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS for t in run):
        return [run]  # "Photo: Chia-Chi Charlie Chang" under a photograph: whom the credit
        # names, whole, whatever tables know the hyphenated given name
    if _banner_of_a_body(text, run):
        return [run]  # "NIH Record - National Institutes of Health" atop a story: the
        # publication and the body whose it is, each a name
    if _listed_among_people(text, run, know) or _rolled_among_people(text, run, know):
        return [run]  # "George Gartseff (Chair), Kowetha Davidson, Karen Galloway, …" on
        # a roll's line: one of the people it lists, whatever tables know her given name
    post_after = re.match(r",[^\S\n]+(?:\d+(?:st|nd|rd|th)[^\S\n]+)?([A-Z][a-z]+)",
                          text[run[-1].end:run[-1].end + 30])
    if post_after is not None and 2 <= len(run) <= 3 and \
            _is_title(post_after.group(1), know.titles) and \
            re.fullmatch(r"[^\S\n]*(?:[•·*–-][^\S\n]*)?",
                         text[text.rfind("\n", 0, run[0].start) + 1:run[0].start]) and \
            all(t.capitalised and not t.acronym and t.text.casefold() not in lower
                and not _is_title(t.text, know.titles) for t in run):
        return [run]  # "  • Cho Yoon-sun, Minister of Culture, Sports and Tourism": an
        # infobox's list of executives, each a name and then the post after a comma
    line_start = text.rfind("\n", 0, run[0].start) + 1
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    line_stop = text.find("\n", run[-1].end)
    if len(run) >= 2 and (run[-1].text in ORGANISATION_HEADS or run[-1].text in _OFFICE_ENDINGS) \
            and _BYLINE_ABOVE.match(above) and not text[line_start:run[0].start].strip() and \
            not text[run[-1].end:line_stop if line_stop >= 0 else len(text)].strip():
        run[0].initial = False  # (its line opens no sentence: "Corporate" stays)
        return [run]  # "Story by Sgt. 1st Class Josephine Pride / West Point Public Affairs",
        # "By: Office of Naval Research / Corporate Strategic Communications": the author's
        # office on its own line under the byline, a body's name whole
    if len(run) == 2 and run[0].text == "Operation" and run[1].capitalised and \
            run[1].text.casefold() not in lower:
        return [run]  # "• Operation Bushmaster" heading a feature: an operation by its name
    speaker = next((k for k in range(len(run) - 1) if run[k].text in know.given_names
                    and _SPEECH_OF_BEFORE.search(text, max(0, run[k].start - 40), run[k].start)),
                   None)
    if speaker is not None:
        end = next((k for k in range(speaker + 1, len(run)) if _is_title(run[k].text, know.titles)
                    or run[k].text in ROLE_MODIFIERS), len(run))
        if 2 <= end - speaker <= 4:
            return [run[speaker:end]]  # "Remarks of David W. Mills Assistant Secretary of
            # …", "Keynote Speech of David W. Mills": the speaker a speech's heading names,
            # before his post
    if len(run) >= 3 and run[0].text in know.given_names and \
            run[0].text.casefold() not in know.common_words and \
            all(t.capitalised and not t.acronym and not _is_title(t.text, know.titles)
                and t.text not in ROLE_MODIFIERS and t.text not in ORGANISATION_HEADS
                and t.text not in HEADLINE_VERBS and t.text.casefold() not in know.common_words
                for t in run[1:2]) and \
            _is_title(run[-1].text, know.titles) and \
            all(_is_title(t.text, know.titles) or t.text in ROLE_MODIFIERS for t in run[2:]):
        return [run[:2]]  # "Carol Jimenez Acting Director, Office of Minority Health" under a
        # blog's "Author:": a person's given name and surname, then her post
    if 2 <= len(run) <= 3 and (run[0].text in know.given_names
                               or run[-1].text in know.surnames) and \
            not text[line_start:run[0].start].strip() and \
            not text[run[-1].end:line_stop if line_stop >= 0 else len(text)].strip() and \
            re.search(r"[.!?][”’\"']?[^\S\n]*$", above) and \
            all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                and t.text not in ORGANISATION_HEADS and t.text not in PLACE_HEADS
                and t.text.casefold() not in lower for t in run):
        return [run]  # "… you have my very best. / Barack Obama": a letter signed with its
        # writer's name on a line of its own, under the last sentence
    below = re.match(r"[^\S\n]*\n[^\S\n]*([^\n]*)", text[run[-1].end:])
    if 2 <= len(run) <= 3 and below is not None and _alone_on_line(text, run) and \
            re.fullmatch(r"(?:[A-Z][a-z]+[^\S\n]+){0,3}[A-Z][a-z]+", below.group(1).strip()) and \
            _is_title(below.group(1).split()[-1], know.titles) and \
            (run[0].text in know.given_names or run[-1].text in know.surnames) and \
            all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                and t.text not in ORGANISATION_HEADS and t.text not in PLACE_HEADS
                and not _is_title(t.text, know.titles) and t.text.casefold() not in lower
                for t in run):
        return [run]  # "Chanee Jackson" over "Program Support Assistant" in a staff page:
        # a person's name on a line of its own, the post on the line under it, whatever
        # town a surname names
    initialled = next((k for k in range(len(run) - 2) if run[k].text in know.given_names
                       and re.fullmatch(r"(?:[A-Z]\.)+", run[k + 1].text)), None)
    if initialled is not None and len(run) - initialled <= 6 and \
            all(t.capitalised for t in run) and not any(t.text in HEADLINE_VERBS for t in run) \
            and all(t.acronym or _is_title(t.text, know.titles) for t in run[:initialled]):
        return [run]  # "ADM Ulysses S. G. Sharp Jr." on a list's line: a given name and
        # initials open a person's name, not a headline's words (after a rank or a title
        # only: not "… Space Operations Gen. John W. …", a headline's words before it)
    body_of = next((k for k in range(1, len(run) - 3) if run[k].text in ORGANISATION_HEADS
                    and run[k + 1].text == "of" and run[k + 2].text == "the"
                    and know.places.get(" ".join(t.text for t in run[k + 3:])) == "country"
                    and all(t.capitalised and t.text not in HEADLINE_VERBS
                            for t in run[:k])), None)
    if body_of is not None:
        return [run]  # "Supreme Court of the United States" over its releases: a body named
        # for its country, whole
    post_before = re.fullmatch(r"[^\S\n]*(?:[A-Z][a-z]+[^\S\n]+){0,2}([A-Z][a-z]+),[^\S\n]+",
                               text[line_start:run[0].start])
    office_before = re.fullmatch(r"[^\S\n]*[A-Z][a-z]+[^\S\n]+of[^\S\n]+(?:[Tt]he[^\S\n]+)?"
                                 r"[A-Z][a-z]+,[^\S\n]+", text[line_start:run[0].start])
    line_rest = text[run[-1].end:line_stop if line_stop >= 0 else len(text)]
    if ((post_before is not None and _is_title(post_before.group(1), know.titles))
            or (office_before is not None
                and office_before.group().split()[0] in ORGANISATION_HEADS)) and \
            re.fullmatch(r"[^\S\n]*(?:\([A-Z]{2,8}\))?[^\S\n]*", line_rest) and \
            _body_by_its_field(run, longest=10):
        return [run]  # "Director, National Institute of Arthritis and Musculoskeletal and Skin
        # Diseases" under a letter's signer: his post, a comma and the body he leads, named
        # whole by its head, "of" and its field, however long; "Office of The Director,
        # National Institutes of Health (OD)" in a notice's list: an office, then its body
    if re.fullmatch(r"[^\S\n]*", text[line_start:run[0].start]) and \
            (letters := re.fullmatch(r"[^\S\n]*\(([A-Z]{2,8})\)[^\S\n]*", line_rest)) and \
            letters.group(1)[0] == run[0].text[0] and _body_by_its_field(run, longest=12):
        return [run]  # "National Institute of Arthritis and Musculoskeletal and Skin Diseases
        # (NIAMS)" on a line of its own in a notice's list of bodies, its letters after it
    honoured = 0
    while honoured < len(run) - 1 and run[honoured].text.rstrip(".") in HONORIFICS:
        honoured += 1
    if run[-1].text in POSTNOMINALS and 2 <= len(run) - honoured - 1 <= 4 and \
            all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                and t.text not in ORGANISATION_HEADS for t in run[honoured:-1]):
        return [run]  # "• Rt Hon. Mark Drakeford AM", "Eluned Morgan MS" on a list's line:
        # a member by the letters after the name, whatever tables know the given name
    if len(run) == 3 and _is_title(run[0].text, know.titles) and _alone_on_line(text, run) and \
            (run[1].text in know.given_names or run[2].text in know.surnames) and \
            all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                and t.text not in ORGANISATION_HEADS and not _is_title(t.text, know.titles)
                and t.text.casefold() not in lower for t in run[1:]):
        return [run]  # "Commissioner Tanguler Gray" on a line of its own under a column's
        # heading: a post, then its holder's given name (whatever tables know of it) and
        # surname
    if honoured and run[honoured].text in know.given_names and \
            2 <= len(run) - honoured <= 3 and _alone_on_line(text, run) and \
            all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                and t.text not in ORGANISATION_HEADS for t in run[honoured:]):
        return [run]  # "Dr Eliseo Perez Stable" on a line of its own under "Director’s
        # Message": a person by an honorific, a given name the tables know and the rest of
        # the name, whatever common words its surname holds
    if len(run) == 1 and run[0].acronym and re.match(r"[^\S\n]+[Ll]ogo\b", text[run[0].end:]):
        return [run]  # "BIA Logo Indian Affairs" in a banner: the logo's owner by its letters
    if len(run) == 1 and run[0].acronym and run[0].possessive and \
            re.fullmatch(r"[A-Z]{2,6}", run[0].text) and run[0].text not in COUNTRY_LETTERS:
        run[0].initial = False
        return [run]  # "OER’s Smith Loses Weight" in a list of headlines: a body's letters
        # with its possessive, a name wherever it stands
    if len(run) >= 2 and run[-1].text in NEWSLETTER_HEADS and \
            _alone_on_line(text, run) and PUBLISHED_EVERY.match(text, run[-1].end):
        return [run]  # "Clinical Center News" over "Published monthly for CC employees by …":
        # a newsletter's name, as the line under it says
    if len(run) == 2 and run[0].acronym and re.fullmatch(r"[A-Z]{2,6}", run[0].text) and \
            run[1].text in _MASTHEAD_HEADS and _alone_on_line(text, run):
        return [run]  # "NIH Record" alone on its line atop a page: a body's paper, by its
        # letters and the paper's word
    subject = next((k for k in (1, 2) if len(run) > k + 1 and _verb_after_subject(run, k, know)
                    and all(t.capitalised and (t.acronym or t.text in know.surnames or (
                        t.text.casefold() not in know.common_words
                        and t.text.casefold() not in lower)) for t in run[:k])
                    and (k == 1 or run[1].text in ORGANISATION_HEADS or run[1].text in PLACE_HEADS
                         or (run[0].text in know.given_names and run[1].text in know.surnames))
                    and re.fullmatch(r"[^\S\n]*(?:[A-Z][\w.&-]*[’']s?[^\S\n]+)?",
                                     text[text.rfind("\n", 0, run[0].start) + 1:run[0].start])),
                   None)
    if subject is not None:
        run[0].initial = False  # (the subject of a headline's verb, no sentence's first word)
        return [run[:subject], *_names_in_headline(text, run[subject + 1:], body, settled,
                                                   know, lower)]
        # "Fogarty Celebrates Success of Disease Control Project" in a list of headlines: the
        # subject opening the line before a verb no name holds, a name of a word, or of two
        # by a head or a person's names, that English does not use as a common word unless
        # it is a surname (not "Research Reveals …", "METIS Instrument Passes …")
    if len(run) == 2 and _verb_last(run, know) and re.fullmatch(r"[A-Z]{3,6}", run[0].text):
        return [run[:1]]  # "NIMH Creates" of "NIMH Creates Division of …": a body's letters,
        # the headline's subject before its verb
    if len(run) <= 3 and _verb_last(run, know):
        return _names_in_headline(text, run[:-1], body, settled, know, lower)  # (its
        # subject of a word or two: not "Postpartum Coverage Under Medicaid/CHIP Expands")
    head = 1 if run[0].text == "The" else 0
    if 3 <= len(run) - head <= 8 and (run[head].text in ORGANISATION_HEADS
                                      or run[head].text[:-1] in ORGANISATION_HEADS) and \
            run[head + 1].text in ("of", "for") and (
                _alone_on_line(text, run)
                or (re.search(r"\b(?:at|with)[^\S\n]+$", text[max(0, run[0].start - 6):
                                                             run[0].start])
                    and any(_is_title(w.strip(","), know.titles)
                            for w in text[line_start:run[0].start].split()[-8:]))) and \
            all((t.capitalised and not t.possessive and t.text not in HEADLINE_VERBS)
                or t.text in ("of", "for", "and", "the", "&") for t in run[head + 2:]) and \
            run[-1].capitalised:
        return [run]  # "The Office of Public Affairs" on a line of its own under a site's
        # banner: the body whose pages they are, named whole by its head, "of" and field;
        # or after a post and "at" in an author's line, "… Associate Director for Science at
        # Centers for Disease Control and Prevention Division for …"
    spelt = re.match(r"[^\S\n]*\(([A-Z]{2,8})\)", text[run[-1].end:run[-1].end + 12])
    if spelt is not None and len(run) >= 2 and \
            spelt.group(1) == initials_of(tuple(t.text for t in run)) and \
            not any(t.text in HEADLINE_VERBS for t in run):
        return [run]  # "National Center for Complementary and Integrative Health (NCCIH)"
        # atop its page: a name its letters in brackets spell
    if 4 <= len(run) <= 10 and run[0].text in COUNTRY_LETTERS and \
            run[1].text in ORGANISATION_HEADS and run[2].text in ("of", "for") and \
            (run[-1].text in ORGANISATION_HEADS or run[-1].text[:-1] in ORGANISATION_HEADS) and \
            all((t.capitalised and not t.acronym and not t.possessive
                 and t.text not in HEADLINE_VERBS) or t.text in ("of", "for", "and", "&", "the")
                for t in run[3:]):
        return [run]  # "Pilar Mendez, ORISE Health Equity Research Fellow, U.S. Department of
        # Health & Human Services Office of Minority Health": a country's letters, then its
        # department named whole by its head, "of" and its fields
    after_the = next((p for p in range(len(run) - 2)
                      if (run[p - 1].text == "the" if p else text.endswith("the ", 0,
                                                                            run[0].start))
                      and _body_by_its_field(run[p:])), None)
    if after_the is None and _body_by_its_field(run) and _alone_on_line(text, run) and \
            not INFOBOX_LABEL.fullmatch(run[0].text) and not _NOUN_ENDING.search(run[-1].text):
        after_the = 0  # "National Institutes of Health" on a line of its own in a site's
        # banner (not "Jurisdiction Government of South Korea", an infobox's label and
        # its value, nor "Florida Department of Law Enforcement Priorities", a heading
        # ending in a plural noun)
    if after_the is not None:
        head = _names_in_headline(text, run[:after_the - 1], body, settled, know, lower) \
            if after_the > 1 else []
        return [*head, run[after_the:]]  # "Link to  the National Institutes of Health" atop an
        # archived page, "… to the 115th Meeting of the National Advisory Council on Alcohol
        # Abuse and Alcoholism": a body after "the", named whole by its words, its head, "of"
        # and its field, to the run's end
    if 2 <= len(run) <= 4 and run[-1].text in _DIVISION_HEADS and _alone_on_line(text, run) \
            and all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                    for t in run):
        return [run]  # "Citrus County" on a line of its own over the cases a weekly report
        # lists there: a county heading its part, by its head word
    if 2 <= len(run) <= 4 and run[-1].text in _LAND_HEADS and _alone_on_line(text, run) and \
            all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                and t.text.casefold() not in lower and not t.text.endswith("ing")
                for t in run[:-1]):
        return [run]  # "Oak Ridge Reservation" on a line of its own atop its site's pages: a
        # place by its head word, whose other words the story writes nowhere in lower case
    if 2 <= len(run) <= 5 and run[-1].text in ("Month", "Week") and \
            text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip() and \
            all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS for t in run):
        return [run]  # "May is Stroke Awareness Month" heading a message: an observance by
        # its name, after the heading's first words (not "Celebrate Pollinator Week", whose
        # first word may be a verb)
    if 3 <= len(run) <= 6 and run[0].text in OBSERVING_VERBS and \
            run[-1].text in ("Month", "Week", "Day") and \
            all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                and not t.possessive for t in run[1:]):
        return [run[1:]]  # "Commemorating Black Maternal Health Week", "Celebrate Pollinator
        # Week": the observance a headline's verb marks, by its name
    if 4 <= len(run) <= 7 and run[0].text == "The" and \
            run[-1].text in ("Award", "Awards", "Prize", "Program", "Programme", "Initiative") \
            and re.search(r"(?:^|[:\n])[^\S\n]*$", text[max(0, run[0].start - 3):run[0].start]) \
            and all(t.capitalised and t.text not in HEADLINE_VERBS for t in run):
        return [run[1:]]  # "Funding Innovative Research: The NINDS Research Program Award
        # (R35)": after a heading's colon and "The", an award or a programme by its name
    if 2 <= len(run) <= 4 and run[0].text == "Operation" and _alone_on_line(text, run) and \
            all(t.capitalised and t.text not in HEADLINE_VERBS for t in run[1:]):
        return [run]  # "Operation Lone Star" heading its section of a year's review: an
        # operation by its name

    def rest(part: list[Token]) -> list[list[Token]]:
        """The names in what the run holds beside the one a rule below found."""
        return _names_in_headline(text, part, body, settled, know, lower) if part else []

    words = [t.text for t in run]
    lettered = next((k for k in range(len(run) - 1) if run[k].acronym
                     and re.fullmatch(r"[A-Z]{2,6}", words[k]) and not run[k].possessive
                     and words[k] not in COUNTRY_LETTERS and not know.disease(words[k])
                     and (words[k - 1] in ("the", "New", "Revised", "Updated", "Draft") if k
                          else text.endswith("the ", 0, run[0].start))
                     and words[-1] in _POLICY_HEADS
                     and re.match(r"[!?:]?[^\S\n]*(?:\n|$)", text[run[-1].end:])
                     and all(t.capitalised and not t.acronym and not t.possessive
                             and t.text not in HEADLINE_VERBS
                             and t.text not in ORGANISATION_HEADS
                             and not _third_person_verb(t.text, know, 5)
                             for t in run[k + 1:])), None)
    if lettered is not None:
        return [*rest(run[:lettered]), run[lettered:]]  # "Introducing the New NIH Public
        # Access Policy!", "… to Strengthen the NIH Guidelines": a body's policy by its
        # letters and its title, ending the headline's run
    pair = _paired_letters(text, run[0]) if len(run) >= 2 and run[1].text in _PLURAL_VERBS \
        else None
    if pair is not None:
        return [[pair[0]], [pair[1]], *rest(run[2:])]  # "FDA-NIH Want Your Input on …": two
        # bodies' letters a hyphen joins, the subject of a headline's plural verb
    if len(run) >= 3 and words[-2] == "Case" and words[-1] in ("Study", "Studies"):
        kept = run[1:-2] if words[0] in ("A", "An", "The") else run[:-2]
        return rest(kept)  # "Strengthening Policymaking …: A NExTRAC Case Study": a common
        # noun's kind of study, after what it studies
    slashed = next((k for k in range(len(run) - 2) if text[run[k].end:run[k + 1].start] == "/"
                    and words[k + 2] in PRIZES and run[k].capitalised and run[k + 1].capitalised
                    and not run[k].acronym and not run[k + 1].acronym), None)
    if slashed is not None:
        return [*rest(run[:slashed]), run[slashed:slashed + 3], *rest(run[slashed + 3:])]
        # "… Wins Esperanza/Hope Award": a prize by its two names, a slash between them
    annual = next((k for k in range(len(run) - 2) if words[k + 1] == "Annual"
                   and ORDINAL.fullmatch(words[k])), None)
    if annual is not None:
        end = next((e for e in range(annual + 3, len(run)) if words[e] in EVENT_HEADS
                    and all(t.capitalised and t.text not in HEADLINE_VERBS
                            for t in run[annual + 2:e + 1])), None)
        if end is not None:
            return [*rest(run[:annual]), run[annual:end + 1], *rest(run[end + 1:])]  # "… Will
            # Host 2nd Annual Small Business Cyber Summit During …": an event by its edition
    act = len(run) - 3 if len(run) >= 6 and words[-2] == "of" and YEARS.fullmatch(words[-1]) \
        else len(run) - 1
    if act >= 3 and words[act] == "Act" and "to" in words[:act - 2]:
        start = act
        while start > 0 and run[start - 1].capitalised and \
                words[start - 1] not in HEADLINE_VERBS and \
                not (start >= 2 and words[start - 2] == "to"):
            start -= 1
        if act - start >= 2 and start >= 2 and words[start - 2] == "to":
            return [*rest(run[:start - 2]), run[start:]]  # "… Senators to Introduce
            # Peace Corps Reauthorization Act of 2022": the law a headline's verb introduces,
            # by its whole name
    if 3 <= len(run) <= 7 and words[-2:] in (["to", "Congress"], ["to", "Parliament"]) and \
            words[-3] in ("Report", "Reports", "Letter", "Message") and _alone_on_line(text, run):
        return [run]  # "Semiannual Report to Congress" heading a report's page: its title
    hosted = re.search(r"\b(?:at|with)[^\S\n]+$", text[max(0, run[0].start - 6):run[0].start])
    host = next(((k, j) for k in range(len(run) - 1)
                 if (words[k - 1] in ("at", "with") if k else hosted)
                 for j in range(k + 2, min(k + 6, len(run)) + 1)
                 if words[j - 1] in ORGANISATION_HEADS
                 and (j == len(run) or not run[j].capitalised)
                 and all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                         for t in run[k:j])), None)
    if host is not None:
        k, j = host
        return [*rest(run[:k - 1] if k else []), run[k:j], *rest(run[j + 1:])]
        # "… Delivers Remarks at Brookings Institution on Section 702": the body a speech
        # is given at, by its head word
    placed = re.search(r"\b(?:at|near|with)[^\S\n]+$",
                       text[max(0, run[0].start - 6):run[0].start])
    site = next((k for k in range(len(run))
                 if (words[k - 1] in ("at", "near", "with") if k else placed)
                 and ((2 <= len(run) - k <= 5
                       and (words[-1] in PLACE_HEADS or words[k] in _SITE_OPENERS))
                      or (k == len(run) - 1 and run[k].acronym and len(words[k]) >= 3
                          and (words[k - 1] == "with" if k else placed.group()[:4] == "with")))
                 and all(t.capitalised and t.text not in HEADLINE_VERBS
                         and (not t.acronym or k == len(run) - 1) for t in run[k:])), None)
    if site is not None:
        return [*rest(run[:site - 1] if site else []), run[site:]]  # "Prescribed Fire
        # Planned at Chickamauga Battlefield", "… Commemoration at Fort Moultrie": where it
        # happens, ending the headline, by a place's head word or its first; or the body a
        # meeting is with, by its letters ("… Enforcement Conference with BWXT")
    junior = next((k for k in range(1, len(run)) if words[k] in ("Jr.", "Sr.")
                   and run[k - 1].acronym and 2 <= len(words[k - 1]) <= 4), None)
    if junior is not None:
        return [*rest(run[:junior - 1]), run[junior - 1:junior + 1], *rest(run[junior + 1:])]
        # "… Following Criticism of RFK Jr. by …": a man by his initials and his suffix,
        # as the body writes his full name
    surname = next((k for k in (3, 2) if len(run) > k and any(
        len(b) > k and b[-k:] == words[:k] and b[-k - 1] in know.given_names
        for b in (name.split() for name in body))), None)
    if surname is not None:
        return [run[:surname], *rest(run[surname:])]  # "Van Hollen Statement on …"
        # over "… Senator Chris Van Hollen …": his surname of two words, then the headline
    core = [t.text for t in run[1:]] if len(run) > 2 and run[0].text.endswith("ing") else \
        [t.text for t in run]
    if len(core) >= 2 and run[-1].text in ORGANISATION_HEADS and re.search(
            r"(?<![\w-])" + r"[^\S\n]+".join(re.escape(w.casefold()) for w in core) + r"(?![\w-])",
            text):
        return []  # "… Running Criminal Organization out of Police Department" over "a
        # criminal organization, run out of the police department": the body writes the
        # same words in lower case, no body's name
    if _name_in_title_case(run, body, know, lower) or (
            len(run) == 1 and (run[0].text in settled or run[0].text in COUNTRY_LETTERS
                               or run[0].text in PRODUCT_MAKERS)) or (
            len(run) > 1 and " ".join(t.text for t in run) in settled) or (
            3 <= len(run) <= 6 and run[-1].text == "Act" and text.endswith("the ", 0, run[0].start)
            and all(t.capitalised for t in run)) or (
            len(run) >= 3 and run[0].capitalised and run[-1].capitalised
            and _spelt_by_letters(text, run, body)) or (
            len(run) == 2 and run[1].text in _PLACE_AFTER_TOWN
            and know.big_place(run[0].text)) or _town_before_its_region(text, run, know) or (
            len(run) >= 3 and run[-1].text in ("Report", "Review", "Index", "Survey", "Monitor")
            and text.startswith(":", run[-1].end)
            and not text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip()
            and all(t.capitalised and not t.acronym and t.text not in HEADLINE_VERBS
                    for t in run)):
        return [run]  # (or a report's name opening a line before the colon and what it
        # covers: "Unfreedom Monitor Report: Venezuela"; or a town before its state: "…
        # Moving to Galveston, Texas";
        # or a sound or a bay named for its town: "in Plymouth Sound" on a
        # report's title page; or one word of a list of names: "Kroger, Walmart & Amazon …"; or a
        # country's letters: "… Basque Immigrants in the US"; or a law's name after "the":
        # "Some Surprises in the No Surprises Act"; or what letters the story writes spell:
        # "Voice of America" on its line over "VOA" …)
    law = len(run) - 2 if len(run) >= 3 and run[-1].number and \
        re.fullmatch(r"(?:1[89]|20)\d\d", run[-1].text) else len(run) - 1
    if law >= 1 and run[law].text in ("Bill", "Act", "Regulations", "Order") and (
            re.search(r"\([A-Z][^()\n]*\)", text[run[0].start:run[law].start])
            or (law < len(run) - 1 and text.startswith(":", run[-1].end)
                and not any(t.text in HEADLINE_VERBS for t in run))):
        return [run]  # "…, Civil Partnership (Scotland) Bill: Stage 1, …" in a meeting's
        # agenda: a law named with its bracket, whole; "Northern Ireland Act 1998: Review
        # of …" over an item: a law and its year, before the colon
    if len(run) >= 3 and run[0].text.rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr") and \
            re.fullmatch(r"[A-Z]\.?", run[1].text) and run[2].capitalised and \
            not run[2].acronym and not _is_title(run[2].text, know.titles):
        return [run[:3]]  # "Mr D Brooks", "Dr A McGarel Clerk of Business" one to a line in
        # minutes: a title, an initial and a surname (then the post, no name)
    if 3 <= len(run) <= 4 and run[0].text.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr") and \
            all(t.capitalised and not t.acronym for t in run[1:-1]) and \
            run[-1].text.isalpha() and run[-1].text.isupper() and len(run[-1].text) >= 3:
        return [run]  # "Presidents : Mr Bendt BENDTSEN" over a Council's release: a
        # minister, his surname in capitals as EU documents write it
    if re.search(r"(?:^|\n)(?:[A-Z][A-Za-z0-9 ]{1,30}:|Source:[^\S\n]+)\Z",
                 text[max(0, run[0].start - 40):run[0].start]):
        if re.match(r"[^\n]*\.(?:png|jpe?g|svg|gif)[^\S\n]*(?:\n|\Z)", text[run[-1].start:]):
            return []  # "Seal:Seal of the … Commission.png": an image's file name, no name
        return [run]  # "Jurisdiction:United States Judiciary" in an infobox whose labels run
        # into their values: the value, whole, as the body's name (and a newswire's
        # "Source: Northern Territory Police and Fire Services" over a release)
    if len(run) >= 4 and run[0].text in ("Northern", "Southern", "Eastern", "Western",
                                         "Middle", "Central") and \
            run[1].text == "District" and run[2].text == "of" and \
            know.places.get(" ".join(t.text for t in run[3:])):
        return [run]  # "Judge, U.S. District Court, Northern District of Illinois" in a
        # table's cell: a court's district by its side of the state, whole
    if _committee_line(text, run):
        return [run]  # "Legal and Constitutional Affairs Legislation Committee" on a line of
        # its own over a hearing's transcript: the committee, named whole
    if member_in_capitals(text, run, know):
        return [run]  # "JOHN A. YARMUTH, Kentucky, Chairman": a committee's roster
    if len(run) >= 3 and _is_title(run[0].text, know.titles) and \
            all(_is_title(t.text, know.titles) or t.text in PORTFOLIO or t.text in ("of", "for")
                for t in run[1:-2]) and \
            know.given_then_surname([unaccented(run[-2].text), run[-1].text]):
        return [run]  # "Remarks by Minister of State Seán Fleming at …": a person by her
        # titles, given name and surname (the title is cut off later)
    if len(run) == 1 and re.fullmatch(r"[A-Z]{3,}-\d{1,2}", run[0].text):
        return [run]  # "MSPB's Response to COVID-19": a disease's or a craft's code, a name
        # wherever it stands
    if len(run) >= 3 and run[-1].text in ("Hearing", "Hearings") and \
            run[-2].text in ("Committee", "Subcommittee") and \
            re.match(r":[^\S\n]", text[run[-1].end:run[-1].end + 2]):
        return [run[:-1]]  # "Government Operations Subcommittee Hearing: Effects of …": the
        # body that holds the hearing, then the hearing's title
    if _dateline_of_places(text, run, know):
        return [run]  # "ARLINGTON, VIRGINIA, UNITED STATES" on a line of its own above a
        # story: its dateline, each part a place
    if len(run) >= 3 and all(t.capitalised for t in run) and \
            any(t.text in ORGANISATION_HEADS or t.text in PLACE_HEADS for t in run[1:]) and \
            not any(t.text in HEADLINE_VERBS for t in run) and \
            re.search(r"\|[^\S\n]*$", text[text.rfind("\n", 0, run[0].start) + 1:run[0].start]) \
            and re.match(r"[^\S\n]*\|", text[run[-1].end:]):
        return [run]  # "By … | Marine Corps Air Station Yuma | November 10, 2016": a byline's
        # cell between bars, the writer's unit named whole
    ranked = next((k for k in range(len(run) - 3)
                   if _is_title(run[k].text, know.titles)
                   and not _is_title(run[k + 1].text, know.titles)
                   and know.given_then_surname([run[k + 1].text, run[k + 2].text])
                   and all(t.text in RANK_PARTS or _is_title(t.text, know.titles)
                           for t in run[:k])
                   and any(t.text in ORGANISATION_HEADS or t.text in PLACE_HEADS
                           for t in run[k + 3:])), None)
    if ranked is not None:
        unit = run[ranked + 3:]
        if len(unit) <= 6 and not any(_is_title(t.text, know.titles) for t in unit):
            return [run[:ranked + 3], unit]
        return [run[:ranked + 3], *_names_in_headline(text, unit, body, settled, know, lower)]
        # "8 Nov 2007 | Lance Cpl. Gregory Aalto Marine Corps Air Station Yuma": a byline's
        # rank and name, then the unit the writer serves in, named whole (but a letter's
        # address after the addressee's name and post holds more names: "Ms Carolyn
        # Griffiths Chief Inspector of Rail Accidents Rail Accident Investigation Branch …")
    if len(run) >= 3 and run[0].text in know.given_names and run[1].capitalised and \
            not run[1].acronym and _is_title(run[2].text, know.titles) and \
            not _is_title(run[1].text, know.titles) and \
            re.search(r"\b[Bb]y[^\S\n]+$", text[max(0, run[0].start - 4):run[0].start]):
        return [run[:2], *_names_in_headline(text, run[2:], body, settled, know, lower)]
        # "Statement by Mike Leavitt Secretary of Health and Human Services On the
        # Resignation of Wade F. Horn, …": the statement's author, his title after his name
    if len(run) >= 3 and run[0].text == "Latest" and _alone_on_line(text, run) and \
            run[-1].text in ("Stories", "Articles", "Posts", "Updates", "Headlines") and \
            run[1].capitalised and not any(t.text in HEADLINE_VERBS for t in run):
        return [run[1:-1]]  # "Latest KFF Health News Stories" over a page of teasers: the
        # outlet whose stories they are
    if len(run) == 3 and run[0].text == "War" and run[1].text == "in":
        return [run]  # "War in Afghanistan" as a topic's heading: the war, by its name
    if 2 <= len(run) <= 4 and run[-1].text == "War" and \
            (know.is_demonym(run[0].text) or know.places.get(run[0].text)) and \
            all(t.capitalised and not t.acronym for t in run):
        return [run]  # "Syrian Civil War", "Yemeni Civil War" as topics' headings: a war
        # by its people's or country's name
    if len(run) >= 3 and run[-1].text == "Logo" and _alone_on_line(text, run):
        return [run[:-1]]  # "Defense Visual Information Distribution Service Logo": a
        # site's logo by its alt text, the site's name
    if _cut_short_of_head(text, run):
        return [run]  # "Western Area Power" on a caption's line, where the story writes
        # "Western Area Power Administration": a body's name cut short, no headline's words
    if len(run) >= 3 and run[0].text in ORGANISATION_HEADS and \
            run[1].text in ("of", "for", "on") and run[-1].capitalised and \
            text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip() == "" and \
            re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]) and \
            not any(t.text in HEADLINE_VERBS or t.text.endswith("ing") for t in run):
        return [run]  # "Office of Congressional & Public Affairs" alone on its line in a
        # release's contact block: a body's whole name, no headline's words
    law_end = len(run) - 2 if len(run) >= 4 and run[-2].text == "of" and \
        YEARS.fullmatch(run[-1].text) else len(run)
    if law_end >= 3 and run[law_end - 1].text == "Act" and run[0].capitalised and \
            text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip() == "" and \
            re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]) and \
            not any(t.text in HEADLINE_VERBS for t in run):
        return [run]  # "Housing and Economic Recovery Act of 2008" alone on its line in a
        # table of laws: a law's whole name, no headline's words
    if len(run) >= 2 and run[-1].text in ("Podcast", "Newsletter", "Blog", "Series") and \
            re.match(r":[^\S\n]+[“\"‘']", text[run[-1].end:]):
        return [run]  # 'The Eh Sayers Podcast: "It's 8pm… Do You Know …?"': a podcast by
        # name, then its episode's title in marks
    if 2 <= len(run) <= 6 and run[-1].text in ("Podcast", "Newsletter", "Blog", "Series") and \
            re.search(r":[^\S\n]+\Z", text[text.rfind("\n", 0, run[0].start) + 1:run[0].start]) \
            and re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]) and \
            not any(t.text in HEADLINE_VERBS for t in run):
        return [run]  # "… in Colombo, Sri Lanka: Into the Deep Podcast": a podcast by name
        # after what the headline says it comes from, ending the line
    if 3 <= len(run) <= 5 and run[0].text == "THE" and \
            all(t.text.isupper() and t.text.isalpha() for t in run) and \
            run[-1].text.title() in ORGANISATION_HEADS and \
            text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip() == "" and \
            re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]):
        return [run[1:]]  # "THE WHITE HOUSE" on a line of its own atop a release: the
        # body that issues it, in capitals, as its masthead
    if any(nickname_between(text, run, k) and run[k].text in know.given_names
           for k in range(len(run) - 2)):
        return [run]  # 'Ms. Elizabeth ("Liz") Qaulluq Cravalho' on a line of its own: a
        # nickname in marks inside a name shows a person's name, no headline's words
    if 2 <= len(run) <= 3 and all(t.text.isupper() and t.text.isalpha() for t in run) and \
            run[0].text.title() in know.given_names and run[-1].text.title() in know.surnames:
        before = text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].split()[-4:]
        if any(_is_title(w.strip("().,"), know.titles) or w in ("(RET)", "(Ret.)")
               for w in before):
            return [run]  # "MARITIME ADMINISTRATOR REAR ADM. (RET) ANN PHILLIPS": a
            # speaker's name in a heading in capitals, after her titles
    if len(run) >= 4 and run[2].text == "for" and _alone_on_line(text, run) and \
            all(t.capitalised and not t.acronym and t.text.casefold() not in lower
                and t.text not in HEADLINE_VERBS for t in run[:2]) and \
            len(re.findall(rf"(?<![\w-]){re.escape(' '.join(t.text for t in run[3:]))}"
                           r"(?![\w-])", text)) >= 2:
        return [run[:2], run[3:]]  # "Evgeny Feldman for Meduza" under a photo: the
        # photographer and the outlet the story names elsewhere
    bodies = _bodies_after_the(text, run)
    if bodies:
        return bodies  # "Joint Statement From the U.S. Department of State and the Ministry
        # of Foreign Affairs of Sri Lanka on …": bodies by their heads, each after "the"
    line_start = text.rfind("\n", 0, run[0].start) + 1
    if 2 <= len(run) <= 4 and (
            (re.search(r"[^\S\n](?:–|—|\|)[^\S\n]+\Z", text[line_start:run[0].start])
             and re.match(r"[^\S\n]*(?:\n|$)", text[run[-1].end:]))
            or re.match(r"[^\S\n]+»[^\S\n]", text[run[-1].end:])) and \
            all(t.capitalised and t.text not in HEADLINE_VERBS for t in run) and \
            _on_many_lines(text, run[:2]):
        return [run]  # "Protest – Global Voices", "Global Voices Online » Protest": a
        # site's name in its pages' titles and trail, on line after line of the page
    made = next((k for k in range(1, len(run) - 2) if words[k - 1] in HEADLINE_VERBS
                 and words[k] in ORGANISATION_HEADS and words[k + 1] in ("of", "for")
                 and run[-1].capitalised and not run[-1].acronym
                 and all(t.capitalised or t.text in ("of", "for", "and", "&", "the")
                         for t in run[k + 2:])
                 and not any(t.text in HEADLINE_VERBS for t in run[k:])), None)
    if made is not None:
        return [*rest(run[:made]), run[made:]]  # "NIMH Creates Division of Data Science
        # and Technology", "USDA Launches Office of Urban Agriculture": the body the
        # headline's verb makes, by its head and its field, to the headline's end
    ands = [k for k, t in enumerate(run) if t.text == "and" and 0 < k < len(run) - 1]
    if ands and _acted_on(text, run[0].start):
        bounds = [-1, *ands, len(run)]  # "CFTC Charges Florida Company Mintco LLC and
        return [name for a, b in pairwise(bounds)  # Florida Residents Stuart Rubin
                for name in _names_in_headline(  # and Richard Q. Zimmerman …": whom the
                    text, run[a + 1:b], body, settled, know, lower)]  # verb acts on, each
    # (a stretch counts only as the body writes it inside a sentence, not as a sentence's
    # first word: "Coverage featured …" makes no name of "Coverage")
    out: list[list[Token]] = []
    start = 0
    while start < len(run):
        end = next((e for e in range(len(run), start, -1)
                    if run[start].capitalised and run[e - 1].capitalised
                    and (e - start < len(run) or (
                        len(run) == 1 and run[0].text in SOCIAL_NETWORKS
                        and run[0].text not in ("X", "Threads")))
                    # (or a network alone in its run: "Follow ERS on Twitter", a menu's line)
                    and (e == len(run) or run[e].text not in ORGANISATION_HEADS)
                    # (not "United States" of "United States House of Representatives")
                    and not (e < len(run) - 1 and run[e].text == "of"
                             and run[e - 1].text in ORGANISATION_HEADS)
                    # (nor "Review of Office" of "National Review of Office of Refugee
                    # Resettlement Funded Facilities": a head its "of" goes on from)
                    and (
                        " ".join(t.text for t in run[start:e]) in settled
                        or (e - start > 1
                            and " ".join(t.text for t in run[start:e]) in body)
                        or (e - start > 1 and run[e - 1].text in ORGANISATION_HEADS
                            and run[start].text not in HEADLINE_VERBS
                            and (e - start >= 3 or run[start].acronym)
                            and _on_many_lines(text, run[start:e]))
                        # ("Latest KFF Health News Stories" over teasers each labelled
                        # "KFF Health News Original": the outlet, on every teaser's line;
                        # not "Local Press" of "May 29, 2018 | Local Press Release", a kind)
                        or (know.big_place(" ".join(t.text for t in run[start:e])
                                           .replace(" & ", " and "))
                            and not _common_word(run[start:e], lower, know)
                            and not (e - start == 1 and e < len(run)
                                     and run[e].text in ("Of", "of")
                                     and know.places.get(run[start].text) == "city")
                            # (not "Sale" of "… Face Off Over Sale Of Two Hospitals": a
                            # noun its "of" follows, no town)
                            and not (start > 0 and run[start - 1].text in PEOPLE_ADJECTIVES)
                            # (not "America" of "… for Black America": a community)
                            and not (e - start == 1 and start > 0
                                     and (run[start - 1].text in ORGANISATION_HEADS
                                          or _NOUN_ENDING.search(run[start - 1].text))
                                     and know.places.get(run[start].text) == "city")
                            # (not "Hub" of "Law Enforcement News Hub" or "… Intertwined
                            # with Aggression Hub": a noun after a body's head word or an
                            # abstract noun, a heading's compound, though a town abroad
                            # bears the word)
                            and not (start > 0 and e < len(run)
                                     and run[start - 1].text in know.given_names
                                     and run[e].capitalised and not run[e].acronym
                                     and run[e].text not in ORGANISATION_HEADS
                                     and run[e].text not in PLACE_HEADS
                                     and not know.big_place(run[e].text)))
                        # (not "Van" of "Peter Van Loan": a particle between his names)
                        or _town_of_place_shape([t.text for t in run[start:e]], know, lower)
                        or (e == len(run) and start > 0 and not run[start - 1].capitalised
                            and _town_before_its_region(text, run[start:e], know))
                        # ("Storm Hits Town in Galveston, Texas": a town before its state,
                        # however small; not "Forest" of "San Bernardino National Forest,
                        # California", a name's last word)
                        or (start > 0 and run[start - 1].text.rstrip(".") in HONORIFICS
                            and _surname_in_capitals(run[start:e], know))
                        # ("President Mr Miguel Ángel MORATINOS Minister for … Mr Diego LOPEEZ
                        # GARRIDO Secretary of State …": after "Mr", given names, then the
                        # surname in capitals, as the EU's papers write it)
                        or (e - start == 2 and run[start].text in PEOPLE_ADJECTIVES
                            and know.demonym_plural(run[start + 1].text))
                        or (e - start == 2 and run[start + 1].text in ("County", "Parish")
                            and not run[start].acronym
                            and not know.big_place(run[start].text)
                            and run[start].text.casefold() not in lower
                            and run[start].text not in MONTHS_AND_DAYS)
                        # ("Noren Served as Boone County Clerk …": a county, whatever the
                        # body writes; but "Texas County’s Email System" is a county of a
                        # state)
                        # ("Native Americans Were First Land Managers …": a people)
                        or (e == start + 1 and len(run) > 1 and run[start].acronym
                            and 3 <= len(run[start].text) <= 9
                            and re.fullmatch(r"[A-Z]{3,6}(?:-\d{1,2})?", run[start].text)
                            and not (start > 0 and run[start - 1].text in know.given_names)
                            and not re.fullmatch(r"[IVXLC]+", run[start].text)
                            and any(c.islower() for t in run for c in t.text))
                        # ("NEH Grant Offers and Awards, July 2020", "… Celebrate SFRC
                        # Approval of …": a body's letters in a line in title case)
                        or (e - start >= 4 and start == 0 and e == len(run) - 1
                            and run[-1].text in _SPEECH_KINDS
                            and any(run[k].text in ORGANISATION_HEADS
                                    and run[k + 1].text == "of" for k in (0, 1))
                            and all(t.capitalised or t.text in ("of", "and", "the")
                                    for t in run[start:e]))
                        # ("As Prepared: American Association of Port Authorities Remarks":
                        # the body whose meeting heard the remarks)
                        or (e - start >= 2 and run[e - 1].text in _FEATURE_HEADS
                            and know.big_place(" ".join(t.text for t in run[start:e - 1]))
                            and not _common_word(run[start:e - 1], lower, know)
                            and (e == len(run) or not run[e].capitalised
                                 or run[e].text in _HEADLINE_PREPOSITIONS))
                        # (not "Amtrak Missouri River Runner": a train named for the river)
                        # ("… For Saint Lawrence Seaway 60th Anniversary": a river's
                        # seaway, a place named for a place)
                        or ((e == len(run) or _is_title(run[e].text, know.titles)
                             or run[e].text in ROLE_MODIFIERS
                             or run[e].text in _HEADLINE_PREPOSITIONS
                             or (e == len(run) - 1 and run[e].text in _SPEECH_KINDS))
                            and start > 0 and (
                                e - start == 2 or (e - start == 3 and (
                                    re.fullmatch(r"[A-Z]\.", run[start + 1].text)
                                    or run[start + 1].text in know.given_names)))
                            # ("Indiana Resident Terry Lee Phillips": two given names;
                            # "Administrator Mark Buzby Deputy Administrator …": another
                            # title after the name)
                            and run[start].text in know.given_names
                            and (_is_title(run[start - 1].text, know.titles)
                                 or (run[start + 1].text in know.surnames and any(
                                     _is_title(t.text, know.titles) for t in run[:start]))
                                 or (run[start - 1].text in PORTFOLIO and start >= 3
                                     and run[start - 2].text in ("of", "for")
                                     and _is_title(run[start - 3].text, know.titles))
                                 or (run[start - 1].text in PORTFOLIO and start >= 4
                                     and run[start - 2].text == "the"
                                     and run[start - 3].text in ("of", "for")
                                     and _is_title(run[start - 4].text, know.titles))
                                 or _after_office_of(run, start, know)))
                        # (or after a minister's portfolio: "Minister of Employment Arto
                        # Satonen", a photo's caption; "Secretary of the Treasury Janet L.
                        # Yellen on …")
                        or (e == len(run) and e - start in (2, 3)
                            and _after_title_of_place(run, start, know)
                            and all(t.text.casefold() not in lower for t in run[start:e]))
                        # ("Condolences to President of Sri Lanka Maithripala Sirisena": the
                        # two or three words that end the line after a head of state's title
                        # and country, whatever tables know them)
                        or (e - start == 2 and start > 0
                            and (e == len(run) or run[e].text in _HEADLINE_PREPOSITIONS)
                            and run[start].text in know.given_names
                            and len(run[start].text) >= 3  # (not "Le Monde's")
                            and run[start].text.casefold() not in know.common_words
                            and run[start].text.casefold() not in lower
                            and not know.big_place(run[start].text)
                            and len(run[start + 1].text) >= 4
                            and run[start + 1].text not in know.given_names
                            and not run[start + 1].text.endswith(("s", "ing", "ed"))
                            and (run[start - 1].text not in know.given_names
                                 or run[start - 1].text.casefold() in know.common_words)
                            and not run[start + 1].acronym
                            and run[start + 1].text.casefold() not in lower
                            and run[start + 1].text.casefold() not in know.common_words
                            and not _is_title(run[start + 1].text, know.titles)
                            and not _any_head(run[start + 1].text))
                        # ("… Their Country's Old Friend Robert Mugabe in Zimbabwe": a given
                        # name, then a surname no word of the language is, ending the run;
                        # not "Press Kit", "Banks Leads", "Young Adults": a noun or a verb;
                        # nor "Storm Bonnie" of "Tropical Storm Bonnie", a storm's name)
                        or (2 <= e - start <= 8 and run[e - 1].text in COMPANY_FORMS
                            and e == len(run) and start > 0
                            and run[start - 1].text.casefold() in _FIRM_BREAKS
                            and not any(t.text in HEADLINE_VERBS
                                        or t.text.casefold() in _FIRM_BREAKS
                                        for t in run[start:e]))
                        # ("Regulator Takes Action Against Harlow Lending Services, Inc.": a
                        # firm by its legal form, after the headline's preposition)
                        or (2 <= e - start <= 3 and run[start].text in know.given_names
                            and (e == len(run) or run[e].text in ("and", "&"))
                            and ((start == 0 and _acted_on(text, run[0].start))
                                 or (start == 1 and know.is_demonym(run[0].text)))
                            and all(t.capitalised and not t.acronym
                                    and t.text not in ORGANISATION_HEADS
                                    and t.text not in PLACE_HEADS for t in run[start + 1:e])
                            and (e - start == 2 or re.fullmatch(r"[A-Z]\.",
                                                                run[start + 1].text)))
                        # ("CFTC Charges Floridian Christopher Smithers with …", "Federal
                        # Court Orders Oscar Hernandez and His Companies …": whom a
                        # regulator's or a court's verb acts on)
                        or (e - start == 3 and e < len(run)
                            and run[e].text in HEADLINE_VERBS
                            and run[start].text in know.given_names
                            and re.fullmatch(r"[A-Z]\.", run[start + 1].text)
                            and run[start + 2].capitalised and not run[start + 2].acronym)
                        # ("Mark A. Robbins Designated Vice Chairman of MSPB": a given name,
                        # an initial and a surname before the headline's verb)
                        or (e - start == 1 and start > 0 and e < len(run)
                            and _is_title(run[start - 1].text, know.titles)
                            and run[e].text in HEADLINE_VERBS
                            and run[start].text in know.surnames
                            and not run[start].acronym)
                        # ("Chairman Grundmann Departing MSPB …": a title, a surname, a verb)
                        or (e - start == 2 and e < len(run)
                            and (run[e].text in HEADLINE_VERBS or run[e].text in _HEADLINE_SAID)
                            and run[start].text in know.given_names
                            and run[start].text not in _HEADLINE_SAID
                            and run[start + 1].text not in _HEADLINE_CLAUSE_WORDS
                            and run[start + 1].capitalised and not run[start + 1].acronym
                            and run[start + 1].text not in ORGANISATION_HEADS
                            and run[start + 1].text not in PLACE_HEADS
                            and not know.big_place(" ".join(t.text
                                                            for t in run[start:start + 2]))
                            and not _in_lower_case(text, run[start:e]))
                        # ("Beijing's Favorite Carrie Lam Becomes …": a given name and a
                        # surname before the headline's verb; not "NIMH Training Grant
                        # Recipient Wins …" over "NIMH training grant recipient Neir
                        # Eshel": words the story writes as a common phrase)
                        or (e - start == 2 and start > 0 and e < len(run)
                            and _is_title(run[start - 1].text, know.titles)
                            and run[e].text in ("Is", "Was", "Has", "Says", "Said", "Will")
                            and all(_bare_name_word(t, know, lower)
                                    and not know.big_place(t.text) for t in run[start:e]))
                        # ("Australian Activist Jock Palfreeman Is Taking On …": a title,
                        # then a person the tables may not know, then the headline's verb)
                        or (e - start == 2 and start > 0
                            and run[start].text in know.given_names
                            and run[start + 1].text in settled
                            and not know.big_place(run[start + 1].text)
                            and (e == len(run) or run[e].text in HEADLINE_VERBS))
                        # ("… and Philanthropist George Soros" over "… expelled Soros'
                        # Open Society Foundations": a given name, then the surname the
                        # body writes alone)
                        or (e == len(run) and e - start >= 2 and run[e - 1].text in POSTAL_CODES
                            and " ".join(t.text for t in run[start:e - 1]) in know.towns
                            and not run[start].acronym)
                        # ("Downtown Eastport ME.", a caption: a town and its state's code)
                        or (e == len(run) and start == 2 and 2 <= e - start <= 3
                            and run[0].text == "Courtesy" and run[1].text == "of"
                            and run[start].text in know.given_names)
                        # ("(Courtesy of Don Dunbar.)": a caption's credit, the giver named)
                        or (e - start == 2 and run[e - 1].text == "Day"
                            and know.big_place(run[start].text))
                        or (e - start >= 3 and run[start].capitalised
                            and run[e - 1].capitalised
                            and _spelt_by_letters(text, run[start:e], body))
                        # ("Voice of America Highlights" where the story writes "VOA": a
                        # name its letters spell)
                        or (e - start == 1 and e == len(run) and start > 0
                            and run[start].text in _LEGISLATURES
                            and (run[start - 1].text in HEADLINE_VERBS
                                 or run[start - 1].text.casefold() in _HEADLINE_LINKS))
                        # ("… Passes Congress", "… Returns to Parliament": the legislature)
                        or (e - start == 1 and (run[start].text in SOCIAL_NETWORKS
                                                or run[start].text in PRODUCT_MAKERS))
                        or (e == len(run) and e - start == 2 and start > 0
                            and run[start - 1].text == "the"
                            and run[e - 1].text in PLACE_HEADS
                            and not run[e - 1].text.endswith("s")
                            and run[start].capitalised and not run[start].acronym
                            and run[start].text not in HEADLINE_VERBS
                            and not run[start].text.endswith("ing"))
                        # ("… Is Sailing Down the Hudson River": a place by its kind, after
                        # the headline's "the", closing its run)
                        or (e == len(run) and 1 <= e - start <= 3 and start >= 3
                            and run[start - 1].text == "of"
                            and run[start - 2].text in HEADLINE_PLACE_KINDS
                            and know.is_demonym(run[start - 3].text))
                        # ("… in the Deserted Syrian City of Daraya": a people's adjective,
                        # the kind of place, then its name)
                        or (e - start == 1 and run[start].text in COUNTRY_LETTERS
                            and any(c.islower() for t in run for c in t.text)
                            and len(run) - e <= 1
                            and not any(t.text in ORGANISATION_HEADS for t in run[e:]))
                        # ("Renunciation of UK Citizenship": a country by its letters, at
                        # most a noun after them; not "US Space Force Stands up …", "U.S.
                        # Marshals Task Force Seeks …": a body they begin)
                        # ("Twitter users from North Macedonia fight …": a network by name)
                        # ("Australia Day Ads Promoting Diversity …": a country's day)
                        or (e - start == 3 and start > 0 and e < len(run)
                            and run[start].text in know.given_names
                            and re.fullmatch(r"[A-Z]\.", run[start + 1].text)
                            and run[start + 2].capitalised and not run[start + 2].acronym
                            and _is_title(run[start - 1].text, know.titles))
                        # (or after a title and its department: "Remarks for Secretary of
                        # Housing and Urban Development Shaun Donovan"; with an initial:
                        # "U.S. Transportation Secretary Elaine L. Chao Announces …",
                        # "… Against Professor Jorge I. Domínguez Spark Heated Online
                        # Debate": a title, a given name, an initial and a surname)
                        # ("Statement by Acting Deputy Administrator John Barsa")
                        or (start > 0 and run[start - 1].text in WISHES
                            and all(t.text not in WISHES and t.text not in ("and", "&")
                                    for t in run[start:e])
                            and (run[start].text in HOLIDAYS
                                 or (e - start >= 2 and run[e - 1].text in WISHED_DAYS)))
                        # ("Merry Christmas and Happy International Migrants Day – …": the
                        # days a headline wishes its readers)
                        or (e - start == 1 and start > 0
                            and _headline_title(run[start - 1], know)
                            and not _is_title(run[start].text, know.titles)
                            and not (_NOUN_ENDING.search(run[start].text)
                                     and run[start].text not in know.surnames)
                            and run[start].text not in HEADLINE_VERBS
                            and run[start].text.casefold() not in lower
                            and (e == len(run) or not run[e].capitalised
                                 or run[start].possessive))
                        # ("Statement from Agriculture Secretary Vilsack on President
                        # Biden's Actions …": a surname after a title)
                        or (e - start == 3 and run[start].text in PLACE_OPENERS
                            and run[start + 1].text == "of"
                            and know.places.get(run[start + 2].text) is not None)
                        # ("… and Eastern Gulf of Mexico, Oil and Gas Lease Sales": a sea or
                        # a bay named for the country or state it washes)
                        or (e - start == 3 and run[start].text in ORGANISATION_HEADS
                            and run[start + 1].text == "of"
                            and not (run[start + 2].text.endswith("s")
                                     and _is_title(run[start + 2].text, know.titles))
                            # (not "Bipartisan Group of Senators": members by their title)
                            and (e == len(run) or not run[e].capitalised))
                        or (3 <= e - start <= 6 and run[e - 1].text == "Act"
                            and ((start > 0 and run[start - 1].text == "the")
                                 or (start == 0 and text.endswith("the ", 0, run[0].start)))
                            and all(t.capitalised for t in run[start:e]))
                        # ("Understanding the Digital Services Act", "Some Surprises in the
                        # No Surprises Act": a law's name)
                        or (2 <= e - start <= 5 and run[e - 1].text in ORGANISATION_HEADS
                            and (e == len(run) or run[e].text in HEADLINE_VERBS)
                            and not (run[e - 1].text == "Press" and e < len(run)
                                     and run[e].text in ("Call", "Conference", "Release",
                                                         "Briefing"))
                            and run[start].text not in ("A", "An")
                            and (start == 0 or run[start - 1].text in HEADLINE_VERBS
                                 or run[start - 1].text.casefold() in _HEADLINE_LINKS
                                 or (run[start - 1].text == "the"
                                     and (run[start].text in settled
                                          or run[start].text in body)))
                            and not any(t.text in HEADLINE_VERBS or t.text == "the"
                                        for t in run[start:e]))
                        or (2 <= e - start <= 4 and run[e - 1].text in PLACE_HEADS
                            and run[e - 1].text.endswith("s")
                            and (e == len(run) or run[e].text in HEADLINE_VERBS
                                 or run[e].text.casefold() in _HEADLINE_LINKS
                                 or run[e].text in _HEADLINE_CONCESSIONS)
                            and start > 0 and (run[start - 1].text in HEADLINE_VERBS
                                               or run[start - 1].text.endswith("ing")
                                               or run[start - 1].text.casefold()
                                               in _HEADLINE_LINKS)
                            and all(t.capitalised and not t.acronym
                                    and t.text not in HEADLINE_VERBS
                                    and not t.text.endswith("ing")
                                    for t in run[start:e])
                            and run[start].text.casefold() not in lower
                            and run[start].text not in ("New", "Great", "Greater", "Higher"))
                        # ("Jamaica Considers Developing Goat Islands Despite …": islands, a
                        # place by its plural head, between the headline's verb and its link;
                        # not "Reaching New Heights in Astronomy", an idiom)
                        )), None)
        # ("… Champions FBI Before House Judiciary Committee", "FBI Internship Program
        # Gives …", "Watching Over the Facebook Oversight Board": a body's name between a
        # headline's verb, small word or "the" (before a name the story writes) and its
        # end; not
        # "A Burgeoning Legal Movement Says …", described)
        # (not "School of Public" of "… School of Public Health and Politico")
        if end is None:
            start += 1
        else:
            titled = end - start == 1 and start > 0 and _headline_title(run[start - 1], know)
            staged = start > 0 and run[start].text in STORM_KINDS and \
                run[start - 1].text in STORM_STAGES
            out.append(run[start - 1 if titled or staged else start:end])  # (with its title:
            # a role; or a storm with its stage, "… Updates on Tropical Storm Idalia")
            start = end
    return out


def _after_title_of_place(run: list[Token], start: int, know: Knowledge) -> bool:
    """Whether the words before ``start`` end with a title, "of" and a country or a big
    place the gazetteer knows: "President of Sri Lanka", "Prime Minister of Japan"."""
    for k in range(start - 2, max(0, start - 5), -1):
        if run[k].text == "of" and _is_title(run[k - 1].text, know.titles) and \
                know.big_place(" ".join(t.text for t in run[k + 1:start])):
            return True
    return False


def _after_office_of(run: list[Token], start: int, know: Knowledge) -> bool:
    """Whether the words before ``start`` are a title and the field it is held for, in two
    or three words: "Assistant Secretary for Public Affairs Jeff Nesbit"."""
    for width in (2, 3):
        k = start - width
        field = run[k:start]
        if k >= 2 and run[k - 1].text in ("of", "for") and \
                _is_title(run[k - 2].text, know.titles) and \
                all(t.capitalised and not t.acronym and not _is_title(t.text, know.titles)
                    and t.text not in know.given_names for t in field):
            return True
    return False


def _spelt_by_letters(text: str, words: list[Token], body: list[str]) -> bool:
    """Whether the story writes the letters these words spell, with or without their small
    words' ("Voice of America" → "VOA", "National Health Service" → "NHS"), and does not
    write the words themselves in lower case (a term's letters: "spent nuclear fuel (SNF)"
    makes no name of a headline's "Spent Nuclear Fuel")."""
    texts = tuple(t.text for t in words)
    if re.search(rf"(?<![\w-]){re.escape(' '.join(texts).casefold())}(?![\w-])", text):
        return False
    if any(w in _HEADLINE_CLAUSE_WORDS or w in HEADLINE_VERBS
           or not (w[:1].isupper() or w in ("of", "and", "for", "the", "&")) for w in texts):
        return False  # (not "Language Is So" over "LIS": a clause, no name)
    spellings = {initials_of(texts), "".join(w[0] for w in texts).upper()}
    return any(len(letters) >= 3 and letters in body for letters in spellings)


#: Legislatures a headline names by one word.
_LEGISLATURES = frozenset("Congress Parliament Senate Legislature".split())
#: Verbs of saying and being a headline puts right after its subject's name: "Kristi Noem
#: Said She Is Proud …".
_HEADLINE_SAID = frozenset("Said Says Told Tells Wrote Writes Is Was Has Had Will".split())
#: The small words a headline joins its parts with, before a body it names.
_HEADLINE_LINKS = frozenset("before after with against at to from for by of on in as".split())
#: Words a Title Case headline links its clauses with: "… Goat Islands Despite Protests".
_HEADLINE_CONCESSIONS = frozenset("Despite Amid Over Without Until Since".split())


def _headline_title(token: Token, know: Knowledge) -> bool:
    """A title a headline writes before a surname: "Secretary Vilsack", "President Biden's"
    (not "Secretary's Column", whose title owns the next word, nor "Marshals Warn" or
    "SEC Charges Disney", a plural or a verb)."""
    return token.text.casefold().rstrip(".") in know.titles and not token.possessive \
        and token.text not in HEADLINE_VERBS


#: The verbs a link's label opens with, telling the reader where to go: "Visit the
#: FirstGov Web Site".
_LINK_VERBS = frozenset("Visit Explore Find Read Watch Browse Discover Follow".split())


#: The last words of a post that a field's word comes before: "Programme Director", "Project
#: Manager", "Communications Officer".
_POST_HEADS = frozenset("Director Directors Manager Managers Coordinator Coordinators Officer "
                        "Officers Administrator Administrators Adviser Advisers Advisor "
                        "Advisors".split())


#: The words a speech greets those present with: "Distinguished Guests".
_GREETING_WORDS = frozenset("Distinguished Esteemed Honoured Honored Respected".split())


def _byline_inside(text: str, run: list[Token], know: Knowledge) -> list[list[Token]]:
    """A run cut at a byline's "By" inside it, and the dateline in capitals after the
    reporter's name: "VOA News By Jim Malone WASHINGTON – After …" → the outlet, the
    reporter, the dateline's town."""
    for k in range(1, len(run) - 1):
        if run[k].text == "By" and run[k + 1].text in know.given_names and \
                run[k - 1].capitalised:
            return [run[:k], *_byline_inside(text, run[k + 1:], know)]
    caps = len(run)
    while caps > 0 and run[caps - 1].text.isupper() and len(run[caps - 1].text) > 1:
        caps -= 1
    if 2 <= caps < len(run) and run[0].text in know.given_names and \
            not any(t.text.isupper() for t in run[:caps]) and \
            re.match(r"(?:,[^\S\n]+[A-Z][A-Za-z.]*)?[^\S\n]+[–—-][^\S\n]", text[run[-1].end:]):
        return [run[:caps], run[caps:]]
    return [run]


#: Past participles a headline puts after its subject for what befell it, which no post
#: opens (unlike "Designated Management Official", "Elected Officials").
_NEWS_PARTICIPLES = frozenset("Awarded Honored Honoured Accused Arrested Charged Sentenced "
                              "Indicted Convicted Acquitted Jailed Ousted".split())


def _before_headline_verb(run: list[Token], know: Knowledge) -> list[Token]:
    """A name without the headline it ran into, cut at the headline's verb: "US Senate
    Rejects Resolutions Backing Intelligence on …" → "US Senate" (a verb in the third
    person that no name holds: not "Marks & Spencer", "Win Win"); or without the verb it
    opens with, a headline's past participle after its subject and a comma ("…, M.D.,
    Awarded Prestigious Colvin Prize")."""
    if len(run) >= 2 and run[0].text in _NEWS_PARTICIPLES and not run[0].initial and \
            run[1].capitalised and not run[1].acronym:
        return _before_headline_verb(run[1:], know)
    for k in range(1, len(run) - 1):
        word = run[k].text
        if word in HEADLINE_VERBS and len(word) >= 6 and word.endswith("s") and \
                word not in know.surnames and len(run) - k >= 3 and \
                run[k + 1].capitalised and all(t.capitalised for t in run[:k]):
            return run[:k]
    return run[:-1] if _verb_last(run, know) else run


#: The words a body's own paper is named with after the body's letters: "NIH Record".
_MASTHEAD_HEADS = frozenset("Record Recorder Bulletin Newsletter Gazette Digest Magazine "
                            "Journal".split())


def _third_person_verb(word: str, know: Knowledge, shortest: int) -> bool:
    """Whether a word is a headline's verb in the third person that no name holds, at
    least ``shortest`` letters long (short ones, "Marks", "Wins", are names' words too)."""
    return word in HEADLINE_VERBS and len(word) >= shortest and word.endswith("s") and \
        word not in know.surnames and word not in know.given_names


def _verb_after_subject(run: list[Token], k: int, know: Knowledge) -> bool:
    """Whether the run's k-th word is a headline's verb in the third person that no name
    holds, a capitalised word after it: "Celebrates" of "Fogarty Celebrates Success …"."""
    return _third_person_verb(run[k].text, know, 5) and run[k + 1].capitalised


def _verb_last(run: list[Token], know: Knowledge) -> bool:
    """Whether a run ends with a headline's verb that no name holds: "Lula Swears" of "Lula
    Swears In Cabinet Members", the run stopped at the small word after the verb."""
    return len(run) >= 2 and _third_person_verb(run[-1].text, know, 6) and \
        all(t.capitalised for t in run[:-1])


#: Verbs a headline's plural subject takes: "FDA-NIH Want Your Input …".
_PLURAL_VERBS = frozenset("Want Seek Ask Join Launch Announce Release Issue Offer Agree Sign "
                          "Team Partner Unveil Award".split())
#: The last words of a body's policies and rules, named after its letters in a headline:
#: "NIH Public Access Policy", "NIH Guidelines".
_POLICY_HEADS = frozenset("Policy Policies Guidelines Guidance Plan Strategy Framework Roadmap "
                          "Rule Rules Regulations Charter Standards".split())
#: Heads of bodies that stand on their own, not a part of the body whose letters come
#: before them ("VOA State Department", but "DEA New Orleans Division" is the DEA's).
_BODIES_OF_THEIR_OWN = frozenset("Department Ministry Agency Commission Council Senate "
                                 "Parliament Court".split())


#: Adjectives a headline in sentence case capitalises after a small word.
_ADJECTIVES_IN_TITLES = frozenset(("ministerial", "national", "international", "federal",
                                   "regional", "local", "public", "economic", "political",
                                   "social", "official", "special", "executive"))


def _before_adjective_tail(text: str, run: list[Token]) -> list[Token]:
    """A run without the small word and the adjective it ends with, when a lower-case noun
    follows: "Statement on Ministerial appointments" → "Statement" (the adjective belongs
    to the noun after it, as a headline in sentence case writes it)."""
    if len(run) >= 3 and run[-2].text in ("on", "of", "for") and \
            run[-1].text.endswith(("al", "ial", "ic", "ive", "ary")) and \
            not run[-1].acronym and not run[-1].cut and \
            run[-1].text.casefold() in _lower_case_words(text) | _ADJECTIVES_IN_TITLES and \
            re.match(r"[^\S\n]+[a-z]{3,}", text[run[-1].end:]):
        return run[:-2]
    return run


def _post_alone(text: str, run: list[Token], know: Knowledge) -> bool:
    """A post named by its field and its head, or a greeting of those present, no one's
    name after it: "Programme Director," opening a speech's greetings, "The Programme
    Director agreed", "Distinguished Guests" (not "Chief Director John Smith", a run that
    goes on; nor "Grace Director", a given name first)."""
    if run and run[0].text in ("The", "the", "Our"):
        run = run[1:]
    if len(run) >= 2 and run[0].text in _GREETING_WORDS and run[-1].text.endswith("s") and \
            run[-1].text not in ORGANISATION_HEADS:
        return True  # "Distinguished Guests", "Our Esteemed Religious and Inter-Faith
        # Leaders": a speech greeting those present
    if len(run) != 2 or run[1].text not in _POST_HEADS or run[0].acronym or \
            not run[0].capitalised or run[0].text in know.given_names or \
            run[0].text in know.surnames or know.places.get(run[0].text):
        return False
    return re.match(r"[^\S\n]*(?:[,;:.]|\n|$|[^\S\n]+[a-z])", text[run[-1].end:]) is not None


#: Words that open a clause: a run that reaches one mid-way, with the sentence going on in
#: lower case after it, ran from a label or a heading into that sentence.
_CLAUSE_OPENERS = frozenset("When While If Because Although Though Despite Since Unless Until "
                            "Whether Whereas".split())
#: Pronouns that stand for a clause's subject mid-way through a run ("In Trump We Trust?"):
#: no name holds one ("I" is also a numeral, "War I", "He" a surname, "He Lifeng").
_SUBJECTS = frozenset(("We", "They"))


def _before_clause(text: str, run: list[Token]) -> list[list[Token]]:
    """A run cut where a clause opens inside it: "Workers’ Correspondence When I started …"
    → "Workers’ Correspondence"; "News Analysis Despite Republican claims …" → "News
    Analysis", "Republican"; "In Trump We Trust?" → "Trump" (the pronoun and its verb are no
    name)."""
    goes_on = re.match(r"[^\S\n]+[a-z]", text[run[-1].end:run[-1].end + 2]) is not None
    for k in range(1, len(run)):
        word = run[k].text
        if word in _SUBJECTS and run[k - 1].capitalised and not run[k - 1].acronym:
            return [run[:k]]
        if word in _CLAUSE_OPENERS and goes_on and run[k - 1].capitalised:
            rest = run[k + 1:]
            if rest and rest[0].text in ("I", *_SUBJECTS):
                rest = []  # (the clause's subject: "When I started")
            return [run[:k], *([rest] if rest else [])]
    return [run]


def _after_numbered_name(run: list[Token]) -> list[list[Token]]:
    """A run cut at an "and" after a name that ends with its number, when a name with no
    number follows: "United Food and Commercial Workers Union Local 655 and Schnuck’s" is
    a union's local, then a grocer (not "Route 66 and Area 51": two numbered names, each
    cut on its own later; nor "Bakery Drivers Local 550 and Industry Pension Fund", one
    fund, its head word last)."""
    for k in range(2, len(run) - 1):
        if run[k].text in ("and", "&") and run[k - 1].number and run[k - 2].capitalised and \
                run[k + 1].capitalised and not any(t.number for t in run[k + 1:]) and \
                not any(t.text in ORGANISATION_HEADS for t in run[k + 1:]):
            return [run[:k], run[k + 1:]]
    return [run]


def _after_opening_word(text: str, run: list[Token], know: Knowledge) -> list[Token]:
    """A run without the word that opens its sentence and the small word after it, where
    that word is an "-ing" form or one the story also writes in lower case: "Speaking of
    the Bush administration’s …" → "Bush"; "Victory for St. Louis grocery workers" (and
    "hailed as a victory") → "St. Louis" (not "Reading", "Beijing", places; nor a body's
    head word, "Centre for …"; nor a name that goes on capitalised after the small words,
    "Making of the English Working Class")."""
    first = run[0]
    if len(run) < 3 or not first.initial or not first.capitalised or first.acronym or \
            know.places.get(first.text) or _any_head(first.text) or \
            run[1].text not in ("of", "about", "on", "to", "with", "for") or not (
                (first.text.endswith("ing") and len(first.text) >= 6
                 and first.text not in know.given_names and first.text not in know.surnames)
                or first.text.casefold() in _lower_case_words(text)):
        return run  # (the story's own lower-case word, though a given name too: "Victory")
    k = 2 if run[2].text != "the" else 3
    rest = run[k:]
    return rest if rest and all(t.capitalised for t in rest) and len(rest) <= 2 and \
        _LOWER_AFTER.match(text, run[-1].end) else run


#: A lower-case word after a name, the sentence going on.
_LOWER_AFTER = re.compile(r"(?:[’']s)?[^\S\n]+[a-z]")


def _after_lead_word(text: str, run: list[Token]) -> list[Token]:
    """A link's label without the verb that opens it and the words "Web Site" after the
    name: "Visit the FirstGov Web Site" in a page's column of links → "FirstGov"; a body's
    name without the kind of body before it: "the NGO Bienes Comunes" → "Bienes Comunes"."""
    if len(run) >= 2 and run[0].text in ("NGO", "NPO") and run[1].capitalised and \
            not run[1].acronym:
        return run[1:]
    if len(run) >= 2 and run[-1].text in ("Contact", "Contacts") and \
            run[-2].text not in ("Media", "Press", "Public", "News") and \
            text.startswith(":", run[-1].end):
        return run[:-1]  # "HHS Reorganization Contact: HHS Press Office": a release's
        # contact label after its title, once its lines were run together
    if len(run) < 3 or run[0].text not in _LINK_VERBS or run[1].text not in ("the", "our") \
            or text[text.rfind("\n", 0, run[0].start) + 1:run[0].start].strip():
        return run
    if len(run) >= 5 and run[-2].text == "Web" and run[-1].text == "Site":
        return run[2:-2]
    return run[2:]


def _post_in_place(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """A post, then the town it is held in: "Community Ranger in Greymouth" → the post,
    then the town, a place of its own."""
    k = next((k for k in range(1, len(run) - 1) if run[k].text == "in"), None)
    if k is None or not _is_title(run[k - 1].text, know.titles):
        return [run]
    rest = run[k + 1:]
    place = " ".join(t.text for t in rest)
    if not all(t.capitalised and not t.acronym for t in rest) or \
            not (know.places.get(place) or place in know.towns):
        return [run]
    return [run[:k], rest]


def _before_post(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """A name whose surname is in capitals, then the post its holder holds, as EU
    documents list ministers: "Mr Bendt BENDTSEN Minister for Economic Affairs" → the man,
    then his post (not "Office of the U.S. Global AIDS Coordinator": a common word, then a
    disease's letters, in a post's name)."""
    for k in range(2, len(run)):
        surname, given = run[k - 1].text, run[k - 2]
        if given.end + 1 != run[k - 1].start or run[k - 1].end + 1 != run[k].start:
            continue  # (not 'David "DGG" Goodman': a nickname in marks)
        if len(surname) >= 3 and surname.isalpha() and surname.isupper() and \
                given.text.isalpha() and given.text[1:].islower() and \
                (not given.initial or given.text in know.given_names) and \
                not know.disease(surname) and (given.text in know.given_names or
                                               given.text.casefold() not in know.common_words) \
                and (_is_title(run[k].text, know.titles) or (
                    run[k].text in ROLE_MODIFIERS
                    and any(_is_title(t.text, know.titles) for t in run[k + 1:k + 3]))):
            return [run[:k], run[k:]]
    return [run]


def _two_bodies(run: list[Token]) -> list[list[Token]]:
    """A run that names a department, then one of its agencies, each by its head word and
    "of" or "for": "U.S. Department of Health and Human Services Administration for
    Children and Families" → the department, then the administration."""
    for k in range(3, len(run) - 1):
        if run[k].text in ORGANISATION_HEADS and run[k + 1].text in ("of", "for") and \
                run[k - 1].capitalised and not run[k - 1].acronym and \
                (run[k - 1].text in ORGANISATION_HEADS or (run[k - 1].text.endswith("s")
                                                           and run[k - 1].text in PORTFOLIO)
                 or run[k - 1].text == "Services"
                 or (run[k].text in _PARTS_OF_BODIES and run[1].text in ("of", "for")
                     and (run[0].text in ORGANISATION_HEADS
                          or run[0].text[:-1] in ORGANISATION_HEADS)
                     and all((t.capitalised and not t.acronym) or t.text in ("and", "of", "for")
                             for t in run[:k]))) and \
                any(run[j].text in ORGANISATION_HEADS and run[j + 1].text in ("of", "for")
                    for j in range(k - 2)):
            return [run[:k], *_two_bodies(run[k:])]  # (and "Centers for Disease Control and
            # Prevention Division for Heart Disease and Stroke Prevention": a body named by its
            # head and field whole, then one of its divisions)
    return [run]


#: The parts a body is divided into, named after it: "… Division for Heart Disease …".
_PARTS_OF_BODIES = frozenset("Division Branch Section Unit Center Laboratory Program".split())
# (not "Office": "the Department of Justice Office of Inspector General" is named as one)


def _before_its_own_part(run: list[Token]) -> list[list[Token]]:
    """A run that names a body, then a part of it by that body's name again after "of" or
    "of the": the body alone ("… from the National Institute on Drug Abuse Archives of the
    National Institute on Drug Abuse web site" → the institute)."""
    words = [t.text for t in run]
    for k in range(2, len(run) // 2):
        tail = len(run) - k
        if words[:k] == words[tail:] and "of" in words[tail - 2:tail] and tail - k >= 2 and \
                all(t.capitalised for t in run[k:tail - 2]):
            return [run[:k]]  # (the part, a page of the body's site here, is no entity
            # of its own: the story's name for it is the body's)
    return [run]


def _names_nothing(text: str, run: list[Token]) -> bool:
    """A run that names nothing: the last letter of "from A to Z" ("Skip directly to A to
    Z list"), a mail stop's letters in an address ("MS D-14"), a committee's evidence
    numbers ("(Q 79)"), a row of languages' codes, a page's number in Roman numerals."""
    word = run[0].text
    if word in ("Q", "QQ") and re.match(r"[^\S\n]+\d{1,4}", text[run[0].end:]) and \
            text[max(0, run[0].start - 1):run[0].start] == "(":
        return True  # "(Q 79)", "(QQ 4, 10)": the questions of a committee's evidence
    if len(run) >= 3 and all(len(t.text) == 2 and t.text.isalpha() and t.text.isupper()
                             for t in run):
        return True  # "Other available languages: FR DE DA ES NL IT": languages' codes
    if len(run) == 1 and re.fullmatch(r"I{2,3}|IV|VI{1,3}|IX|XI{1,3}", word) and \
            not text.endswith(("World War ", "Phase ", "Title ", "Part "), 0, run[0].start):
        return True  # "• Ingredients present in foodstuffs* III": a page's number in Roman
    if word in ("MS", "M/S") and re.match(r"[^\S\n]+[A-Z]{0,2}-?\d{1,4}[^\S\n]*$",
                                          text[run[0].end:].split("\n", 1)[0]):
        return True
    return len(run) == 1 and len(word) == 1 and re.search(
        r"\b[A-Z][^\S\n]+to[^\S\n]+$", text[max(0, run[0].start - 6):run[0].start]) is not None


#: A line's label in capitals before a colon, of one word to five ("REPORTER:", "PRESIDENT
#: BIDEN:").
_CAPITALS_LABEL = re.compile(r"(?m)^[^\S\n]*([A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,4}):"
                             r"[^\S\n]")


@functools.lru_cache(maxsize=64)
def _labels_in_capitals(text: str) -> int:
    """How many lines open with a speaker's label in capitals before a colon ("PRESIDENT
    BIDEN:", "PRIME MINISTER SUNAK:"): three or more make the page a transcript, whose
    labels name its speakers even when one speaks only once."""
    return sum(1 for m in _CAPITALS_LABEL.finditer(text) if len(m.group(1).split()) >= 2)


#: A digest's section heading on a line of its own: "Project & Science News", "Science
#: Updates", "Project and Science News".
_SECTION_HEADING = re.compile(r"[^\S\n]*(?P<words>[A-Z][a-z]+(?:[^\S\n]+(?:&|and)[^\S\n]+"
                              r"[A-Z][a-z]+)*)[^\S\n]+(?:News|Updates|Highlights)[^\S\n]*")


def _section_heading(text: str, run: list[Token], lower: frozenset[str]) -> bool:
    """Whether the run lies in a section's heading whose words the story also writes in
    lower case ("Project & Science News" over a digest that writes "project updates" and
    "science"): a heading of common words, no name."""
    start = text.rfind("\n", 0, run[0].start) + 1
    heading = _SECTION_HEADING.fullmatch(text, start, line_end(text, start))
    return heading is not None and all(
        w.casefold() in lower for w in re.findall(r"[A-Z][a-z]+", heading.group("words")))


def _another_label(text: str, run: list[Token]) -> bool:
    """Whether another line opens with a label in capitals before a colon ("REPORTER:"),
    so that this run in capitals before its colon is a speaker's label too."""
    this = " ".join(t.text for t in run)
    return any(" ".join(m.group(1).split()) != this for m in _CAPITALS_LABEL.finditer(text))


def _repeated_label(text: str, run: list[Token]) -> bool:
    """Whether the words of a run in capitals open two lines or more before a colon: a
    transcript's label for a speaker, not a heading ("UNDER SECRETARY BASS:")."""
    label = r"[^\S\n]+".join(re.escape(t.text) for t in run)
    return len(re.findall(rf"(?m)^[^\S\n]*{label}:", text)) >= 2


def _bodies_after_the(text: str, run: list[Token]) -> list[list[Token]]:
    """The bodies a headline's run after "the" names, each "<head> of …" (after a country's
    letters), joined by "and the": "the U.S. Department of State and the Ministry of
    Foreign Affairs of Sri Lanka" (none if any part is not so shaped)."""
    if not text.endswith("the ", 0, run[0].start):
        return []
    cuts = [k for k in range(1, len(run) - 1)
            if run[k].text == "and" and run[k + 1].text == "the"]
    parts = [run[a:b] for a, b in zip([0, *(k + 2 for k in cuts)], [*cuts, len(run)],
                                     strict=True)]
    for part in parts:
        j = 1 if part and part[0].text in COUNTRY_LETTERS else 0
        if not (len(part) >= j + 3 and part[j].text in ORGANISATION_HEADS
                and part[j + 1].text == "of" and part[-1].capitalised
                and all(t.capitalised or t.text in ("of", "the", "and", "for")
                        for t in part[j + 2:])
                and not any(t.text in HEADLINE_VERBS or t.text in EVENT_HEADS or t.possessive
                            for t in part)):
            return []  # (not "the Council of … Authorities Spring Executive Directors'
            # Meeting": a body's meeting, named with its holders' possessive)
    return parts


def _on_many_lines(text: str, stretch: list[Token]) -> bool:
    """Whether the words of a stretch of a headline stand on three lines or more of the
    text: a page of teasers labels each with its outlet ("KFF Health News Original")."""
    words = r"[^\S\n]+".join(re.escape(t.text) for t in stretch)
    lines = {text.count("\n", 0, m.start())
             for m in re.finditer(rf"(?<![\w-]){words}(?![\w-])", text)}
    return len(lines) >= 3


def _common_word(stretch: list[Token], lower: frozenset[str], know: Knowledge) -> bool:
    """A one-word stretch of a headline the story also writes in lower case, alone or in the
    plural: "Deadly Drug War" (about "drugs") names no city called Drug; nor does one of
    English's commonest words that is only some city's name: "The Angriest Man in Odessa …"."""
    word = stretch[0].text.casefold()
    return len(stretch) == 1 and (word in lower or f"{word}s" in lower or (
        know.places.get(stretch[0].text) == "city" and word in know.common_words))


#: Small words a headline in capitals links its words with, which a law's name lacks.
_CAPITAL_LINKS = frozenset("THE UNDER TO BY WITH FROM ON IN AT INTO".split())


def _name_in_title_case(run: list[Token], body: list[str], know: Knowledge,
                        lower: frozenset[str] = frozenset()) -> bool:
    """In a headline or credit line every word is capitalised: only runs with a mark of a
    name count there (a company's head word, a given name, capitals inside a word, or
    the same words in the body of the story)."""
    words = [t.text for t in run]
    joined = " ".join(words)
    if joined in body or _people_in_a_row(run, know):
        return True  # (or "Michael Moran Michael Olson …": members listed on one line)
    if 2 <= len(words) <= 3 and words[-1] == "Today":
        return True  # "Mississippi Today", "USA Today": an outlet's name on its own line
    if 3 <= len(words) <= 6 and know.places.get(words[-1]) == "country" and \
            "and" in words[1:-1] and all(w in PORTFOLIO or w == "and" for w in words[:-1]):
        return True  # "| Employment and Social Development Canada": a government's body
        # by its fields and its country, a department's label on its line
    pair = two_people(run, know)
    if pair is not None and all(side[0].text in know.given_names for side in pair):
        return True  # "Sneha Dey and Jaden Edison" alone on a line: a byline without "By"
    if pair is not None and any(side[0].text in know.given_names for side in pair) and \
            any(f" {' '.join(t.text for t in side)} " in f" {b} " for side in pair for b in body):
        return True  # "Donald Trump and Nayib Bukele in 2019, Photo: …": a caption's two
        # people, one the story names again, the other's given name one the tables know
    if len(words) >= 3 and any(w in ORGANISATION_HEADS for w in words) and any(
            f" {joined} " in f" {b} " for b in body):
        return True  # "Source: U.S. Department of Housing and Urban Development": a body
        # the story names inside a longer run ("the 18th Secretary of the U.S. …")
    if len(words) > 2 and " ".join(words[:-1]) in body and words[-1].casefold() in lower:
        return False  # "Department of Justice Efforts to Combat …": a name the body writes,
        # then a common word of the headline
    rest = " ".join(words[1:])
    if len(words) >= 2 and words[-2] in NUMBERED_WORK_HEADS and words[-1][:1].isdigit():
        return True  # "Advisory Opinion 2016-11 (Plains Cotton Growers)": a document's
        # kind and number, as a heading
    if len(words) > 2 and words[0].casefold() in lower and (rest in body
                                                            or f"The {rest}" in body):
        return False  # "… as Top Science News of 2010": a common word ("the top science
        # news"), then a name the body writes ("the Science News list")
    if words[-1] in ORGANISATION_HEADS and 1 < len(words) <= 5 and \
            not any(w in ("the", "a", "an") or w in HEADLINE_VERBS for w in words[1:]) and \
            not any(w in _LINKING_WORDS
                    for w in words[1:-1]) and \
            not (len(words) == 2 and words[0] in ("The", "A", "An")):
        return True  # (not "Political Parties Reap the Benefits of Social Media", not "The
        # Nation’s Vacant Homes …": an article and a head word name nothing yet; not
        # "Treasury Appoints Former Local Authority …": a headline's verb; nor "… COVID-19
        # Means for Front Line Clinicians": a small word before the head links a sentence)
    if words[-1] in COMPANY_FORMS and 1 < len(words) <= 8 and \
            not any(w in HEADLINE_VERBS or w.casefold() in _FIRM_BREAKS for w in words):
        return True  # "CFTC Orders Citibank, N.A. and London-based Citigroup Global Markets
        # Limited to Pay …": a company by its legal form, in a headline (not "Regulator
        # Takes Action Against Harlow Lending Services, Inc.": a clause, then the firm)
    if len(words) >= 3 and words[-1] in ("Office", "Offices") and run[-2].possessive and \
            any(_is_title(w, know.titles) for w in words[:-1]) and \
            not any(w in HEADLINE_VERBS for w in words):
        return True  # "The South Dakota Secretary of State's Office in Pierre.", a caption:
        # an office named for the title of whoever holds it
    if words[0] == "The" and 3 <= len(words) <= 5 and words[-1] in PLACE_HEADS and \
            all(w[:1].isupper() and w not in HEADLINE_VERBS for w in words):
        return True  # "The Tennessee State Capitol (Photo: …)": a caption naming the place
        # it shows (a headline's run has its verb, "Storm Hits Central Park")
    if words[-1] in _THING_HEADS and 3 <= len(words) <= 7 and \
            not any(w in ("the", "a", "an") or w in HEADLINE_VERBS for w in words) and \
            any(re.fullmatch(r"I{1,3}|\d{4}|\d+(?:st|nd|rd|th)|Centennial|Bicentennial|"
                             r"Commemorative", w) for w in words):
        return True  # "World War I Centennial Army Medal – West Point Mint": a coin's or a
        # medal's name, with the year or the anniversary it marks
    if 4 <= len(words) <= 7 and words[0] in ORGANISATION_HEADS and words[1] == "of" and \
            all(w[:1].isupper() or w in ("of", "and", "the", "for") for w in words) and \
            not any(w in HEADLINE_VERBS for w in words):
        return True  # "Office of Acquisition and Assistance" on a page's menu
    if 4 <= len(words) <= 10 and any(
            words[k] in ORGANISATION_HEADS and words[k + 1] in ("of", "on")
            and _field_after_head(words[k + 2:]) for k in range(min(len(words) - 2, 4))) and \
            all(w[:1].isupper() or w in ("of", "on", "and", "the") for w in words) and \
            not any(w in HEADLINE_VERBS for w in words):
        return True  # "United States House Committee on Transportation and Infrastructure",
        # "ESO Department of Communication" as a page's heading
    if len(words) >= 3 and words[-3] in ORGANISATION_HEADS and words[-2] == "of" and (
            len(words) == 3 or know.big_place(" ".join(words[:-3]))):
        # "Michael Hogan, University of Sydney": an author's institution; "United States
        # House of Representatives"
        return True
    if len(words) >= 3 and all(w.isupper() for w in words) and words[-1] in ("ACT", "BILL") \
            and not any(w in _CAPITAL_LINKS for w in words[:-1]):
        return True  # "BUILD BACK BETTER ACT--Continued": a bill's title as the heading
        # (not "… LIST NEW SPECIES UNDER THE ENDANGERED SPECIES ACT": a headline about it)
    unit = words[1:] if words[0] in ("By", "by") else words
    if len(unit) >= 3 and ORDINAL.fullmatch(unit[0]) and \
            all(w[:1].isupper() for w in unit[1:]) and \
            (unit[-1] in ORGANISATION_HEADS or unit[-1] in ("Affairs", "Wing", "Wings")):
        return True  # "366th Fighter Wing Public Affairs" under a byline, "By 20th Fighter
        # Wing Public Affairs": a unit, by number
    if any(words[k] in know.given_names and re.fullmatch(r"[A-Z]\.", words[k + 1])
           and words[k + 2][:1].isupper() for k in range(len(words) - 2)) and len(words) <= 5:
        return True  # "President George W. Bush, November 28": a given name, an initial,
        # a surname
    if len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[0]) and \
            words[1] in know.given_names and words[2][:1].isupper() and \
            words[2] not in HEADLINE_VERBS and words[2] not in ORGANISATION_HEADS:
        return True  # "W. Scott Railton" under a chairman's letter: an initial, the given
        # name he goes by, a surname
    if len(words) in (2, 3) and _given_name(words[0], know) and \
            words[0] not in QUESTION_OPENERS and words[-1] not in FUNCTION_WORDS and \
            words[0] not in ("My", "Our", "Your", "Their", "His", "Her") and \
            not (len(words) == 3 and words[-1] in HEADLINE_VERBS) and \
            not (know.places.get(words[-1]) == "country" and words[-1] not in know.surnames) \
            and not words[1].endswith("ing") and not (  # (not "Man Typing on Laptop Computer")
                _NOUN_ENDING.search(words[-1]) and words[-1] not in know.surnames) and \
            not (words[1].islower() and words[1] not in know.particles
                 and words[1] != "and") and \
            not (len(words) == 3 and words[1].casefold() in _HEADLINE_LINKS):
        # (nor "My Time as Deputy Director …": a possessive, no given name, before a noun)
        # (nor "… Returns to Chad After Decade in Exile": a headline's link between a
        # country that is also a given name and the next words)
        # (nor "… Wait in Line for Hours?": a small word no name has between its parts; but
        # "Seward and Son", a family firm)
        # (nor "Author Perspectives": a noun's ending, no surname's; nor "… Tries to Link
        # Austria's Chancellor-to-Be": a verb, then a country no surname spells)
        return True  # (not "Can Khayelitsha be policed?", not "… Trying to Jail Her")
    if 2 <= len(words) <= 4 and all(w.isupper() and w.isalpha() for w in words) and \
            words[-1].title() in ORGANISATION_HEADS and \
            not any(w.title() in FUNCTION_WORDS or w.title() in HEADLINE_VERBS for w in words) \
            and not know.places.get(joined.title()):
        return True  # "NATIONAL PARK SERVICE" on its own line: a body's masthead (but "STATE
        # COLLEGE, PA": a dateline's town)
    if len(words) == 2 and words[-1] in ("Week", "Day", "Month") and \
            words[0] not in MONTHS_AND_DAYS and not words[0].endswith("s") and \
            words[0] not in FUNCTION_WORDS and words[0] not in ("Next", "Last", "Every", "Each"):
        return True  # "… Sacramento during Earth Week": an observance by its name (not
        # "This Week", "Next Month": no name opens with those)
    if words[-1] in PARK_UNITS and 1 < len(words) <= 5:
        return True  # "Walnut Canyon NM" above its item's headline: a park by its unit
    if len(words) == 2 and words[1] in ("District", "Division") and words[0] in know.places:
        return True  # "Chicago District" above its telephone number: a body's district
    if len(words) <= 6 and know.big_place(" ".join(words)):
        return True  # "Audiences in Eurasia Turn to VOA": a place the gazetteer knows (and
        # "United States of America" whole, not as two places)
    if _town_of_place_shape(words, know, lower):
        return True
    if 2 <= len(words) <= 3 and words[-1] in know.foreign_country_names and \
            all(w[:1].isupper() and w.casefold() not in lower for w in words[:-1]):
        return True  # "Redazione Italia", "Wikimedia Deutschland": a body's national branch,
        # its country in the country's own language
    # (capitals inside a word, "McDonald", "iPhone"; not after a hyphen, "High-Risk"; not
    # a whole headline around one: "What to Know About TurboTax Before You File …")
    return len(words) <= 4 and any(
        any(c.isupper() and w[k] != "-" for k, c in enumerate(w[1:])) and not w.isupper()
        for w in words)


#: German's commonest small words, which no English sentence holds three of.
_GERMAN_WORDS = frozenset("der die das den dem des und mit für eine einer eines ein ist sind "
                          "wurde wurden wird nimmt aus bei zum zur im vom von über nicht sich "
                          "auf heute stattfand".split())


def _german_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a text written in German (three of its small words or more, a sixth of
    the line's words), where every noun is capitalised and so names nothing by its case:
    "Der Rat nimmt eine Empfehlung zum Übergang aus dem vorübergehenden Schutz … an"."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        found = re.findall(r"[^\W\d_]+", m.group())
        small = sum(1 for w in found if not w.isupper() and w.casefold() in _GERMAN_WORDS)
        # (not "MIT", "DAS", "AUS": letters in capitals)
        if small >= 3 and small >= len(found) / 6:
            spans.append(m.span())
    return spans


def _name_in_german(candidate: Candidate, elsewhere: set[str], know: Knowledge) -> bool:
    """Whether a name found in a German line is one by more than its capital: a place the
    gazetteer knows (in German too: "Albanien"), a body's letters, a person by given name
    and surname, or words the story writes outside its German lines."""
    words = candidate.words
    return candidate.text in elsewhere or know.places.get(candidate.text) is not None or \
        (len(words) == 1 and words[0].isupper() and len(words[0]) >= 2) or \
        (len(words) >= 2 and words[0] in know.given_names and words[-1] in know.surnames) or \
        candidate.hint is not None


def _surname_in_capitals(stretch: list[Token], know: Knowledge) -> bool:
    """Whether the words are one or two given names in title case, then a surname of one
    or two words in capitals ("Diego LOPEEZ GARRIDO"), as the EU's papers name people."""
    given = 0
    while given < min(2, len(stretch)) and stretch[given].text in know.given_names and \
            not stretch[given].text.isupper():
        given += 1
    rest = stretch[given:]
    return given >= 1 and 1 <= len(rest) <= 2 and all(
        t.text.isupper() and t.text.isalpha() and len(t.text) >= 3 for t in rest)


def _town_of_place_shape(words: list[str], know: Knowledge, lower: frozenset[str]) -> bool:
    """Whether the words are a town the gazetteer knows whose name opens like a place's,
    a lake's, a port's, a fort's or a saint's ("Lake Charles after Laura" under a photo,
    "Port Arthur", "St. Cloud"): a name however small the town, unlike one word a town
    shares with a common noun or a person, unless the story writes its last word in lower
    case."""
    return 2 <= len(words) <= 4 and words[0] in PLACE_PREFIXES and \
        know.places.get(" ".join(words)) == "city" and \
        words[-1].casefold() not in lower and words[-1].casefold() not in know.common_words


#: A comma, then a state's, a province's or a country's name ending a headline's line or
#: clause: "… Moving to Galveston, Texas".
_COMMA_REGION = re.compile(r",[^\S\n]+([A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2})"
                           r"(?=[^\S\n]*(?:$|\n|[,.;:!?]))")


def _town_before_its_region(text: str, run: list[Token], know: Knowledge) -> bool:
    """Whether the words are a town the gazetteer knows, written right before a comma and
    the state, province or country it is in: a place, however small the town, where a
    headline's capitals alone would not tell it from a word ("Galveston, Texas")."""
    region = _COMMA_REGION.match(text, run[-1].end)
    return region is not None and not run[-1].possessive and \
        know.places.get(" ".join(t.text for t in run)) == "city" and \
        know.places.get(region[1]) in ("region", "country")


def _field_after_head(tail: list[str]) -> bool:
    """What a body's head and its "of" or "on" name as its field, the name's end: one word,
    or words joined by "and" ("Communication", "Transportation and Infrastructure", "Health
    and Human Services"; not "Education Communicates Vision", a headline going on)."""
    big = [w for w in tail if w not in ("and", "the")]
    return 1 <= len(big) <= 3 and (len(big) == 1 or "and" in tail)


def _given_name(word: str, know: Knowledge) -> bool:
    """A given name, or a double one joined by a hyphen ("Dana-Marie", "Jean-Pierre")."""
    return word in know.given_names or (
        "-" in word and all(part in know.given_names for part in word.split("-")))


#: A line that is only a headline in quotation marks: '"BTI Researchers Discover …"'.
_QUOTED_LINE = re.compile(r"[\"“][A-Z][^\"“”\n]{10,200}[^.!?,\"“”\n][\"”]")


def _quoted_headline(line: str) -> bool:
    """Whether the line is only a title in quotation marks, in title case."""
    if not _QUOTED_LINE.fullmatch(line.strip()):
        return False
    words = [w for w in line.strip(" \n\"“”").split() if w.casefold() not in TITLE_SMALL_WORDS]
    return bool(words) and 10 * sum(w[:1].isupper() for w in words) >= 9 * len(words)
#: A line ending with a town's state by its postal code: "…, Wapato, WA".
_POSTAL_END = re.compile(r"[^\S\n][A-Z][\w.'-]*(?:[^\S\n][A-Z][\w.'-]*)*,[^\S\n]+[A-Z]{2}"
                         r"[^\S\n]*\n?$")
#: A verb a headline leaves in lower case, which no directory's line holds: "… are Focus of
#: U.S. NWTRB Meeting in Washington, DC" ends with its town and state, yet is a headline.
_HEADLINE_VERB = re.compile(r"[^\S\n](?:is|are|was|were|will|has|have)[^\S\n]")
#: A field's label and its value on one line: "Outlet: Seed World", "Research Unit: …", "Data
#: source: U.S. Energy Information Administration, Gasoline and Diesel Fuel Update".
_FIELD_LINE = re.compile(rf"[^\S\n]*(?:\(\()?(?:{PAGE_FIELDS}|Data sources?|(?:Media |Press )?"
                         rf"Contacts?|(?:MEDIA |PRESS )?CONTACTS?|(?:Photo |Image )?Credits?|"
                         rf"Source):[^\S\n]+\S[^\n]*\n?$")
# ("((Reporter/Camera: Deepak Dobhal))", "Map: Ogallala, Nebraska": a script's credit or
# place under its label, no headline; "Media Contact: Nedra Darling, OPA-IA Phone: …",
# "CONTACT: CATHY DEEDS, 202-254-3600"; "Credit: Voice of America (VOA), Photo Credit
# Associated Press (AP)": the outlets a copy credits, by name; "Source: President of Russia
# – The Kremlin – English": the site a copy comes from)
#: A newswire's source line, the outlet and the writer: "Source: The Conversation – Africa –
#: By Benta A. Abuya, Research Scientist, …".
_SOURCE_BYLINE = re.compile(r"[^\S\n]*Source:[^\n]*\bBy[^\S\n]+[A-Z]")
#: A newsletter's sponsors' line: "Presented by American Property Casualty Insurance
#: Association, Dairy Cares, …" (their names, not a headline's capitals).
_SPONSORS_LINE = re.compile(r"[^\S\n]*(?:Presented|Sponsored|Supported|Underwritten|Powered|"
                            r"Brought[^\S\n]+to[^\S\n]+you)[^\S\n]+by[^\S\n]+[A-Z]")
#: A byline with its date: "Emily Hoeven BY Emily Hoeven September 29, 2022" (a picture's
#: alt text, the name again after "BY", then the date).
_DATED_BYLINE = re.compile(r"[^\S\n]*(?:[A-Z][\w’'.-]*[^\S\n]+){0,4}(?:BY|By)[^\S\n]+"
                           r"(?:[A-Z][\w’'.-]*[^\S\n]+){1,4}"
                           rf"(?:{MONTH_NAMES}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|"
                           r"Dec\.)[^\S\n]+\d{1,2},[^\S\n]+\d{4}[^\S\n]*$")
#: A photo's caption ending in its credit and licence: "School room in Kibagare, Nairobi,
#: Kenya. Ninara, via Flickr, CC BY" (its capitals are names, not a headline's).
_CREDITED_CAPTION = re.compile(r"[.,]?[^\S\n]*(?:via[^\S\n]+[A-Z][\w.]*,[^\S\n]*)?"
                               r"CC(?:0|[^\S\n]+BY(?:-(?:NC|SA|ND)){0,2})(?:[^\S\n]+\d\.\d)?"
                               r"[^\S\n]*\n?$")
#: A photo's credit in brackets ending a caption's sentence: "Iowa Capitol on Jan. 10, 2024.
#: (Photo by Kathie Obradovich/Iowa Capital Dispatch)" (a caption, no headline).
_PHOTO_CREDIT_END = re.compile(r"[.!?][”\"]?[^\S\n]+\((?:(?:Photos?|Images?|Photograph)[^\S\n]+"
                               r"(?:by|courtesy[^\S\n]+of|via)[^\S\n]+[^()\n]+|[A-Z][\w.’'-]+"
                               r"(?:[^\S\n]+[A-Z][\w.’'-]+){0,3}[^\S\n]*[|/][^\S\n]*[A-Z][^()\n]*)"
                               r"\)[^\S\n]*\n?$")
# (or the photographer and the outlet with a bar or a slash between them: "Senate Chambers in
# the Wisconsin State Capitol. (Baylor Spears | Wisconsin Examiner)")
#: A date and a colon opening a title: "May 31, 2025: IHS Updates for Tribes …".
_DATE_LABEL = re.compile(r"[A-Z][a-z]+\.? \d{1,2}, \d{4}:[^\S\n]")
#: A dateline and its dash inside a line, after a subhead the copy ran into it:
#: "… Repair Roads WASHINGTON, D.C. — Today", "… $33.4 Million Washington, D.C. – The".
_SUBHEAD_DATELINE = re.compile(r"(?<=\s)(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*|Washington),"
                               r"[^\S\n]+(?:D\.C\.|[A-Z][A-Za-z.]+)[^\S\n]*[—–-]{1,2}[^\S\n]")


#: What follows a label in capitals at a line's start: "PRESS RELEASE : Economy Minister …".
_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]+\S")
#: A form's label alone on its line: "Legal Basis:", "Lead committee dossier:".
_LABEL_LINE = re.compile(r"[^\S\n]*[A-Z][\w-]*(?:[^\S\n]+(?!(?:said|says|told|added|wrote|"
                         r"asked|explained|stated|noted|commented|continued)\b)[\w-]+){0,3}"
                         r"[^\S\n]?:[^\S\n]*")  # (but "Ms Todd said:" introduces a quote;
# and a site's help writes "Font Setting :")


#: A list item's number or bullet at a line's start.
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*▪])\s+")
#: A list's item opened by a dash or a bullet, with or without a space after it.
_ITEM_MARK = re.compile(r"[^\S\n]*[-–—•*▪]")
#: The date that ends a listing's item, after its headline (glued to it where the page's
#: markup kept no space): "• Engaging the Workforce Pays Off Dec 9, 2015", "• Keeping You
#: Informed on CybersecurityJul 24, 2015".
_ITEM_DATE_END = re.compile(rf"[^\S\n]*(?:{MONTH_NAMES}|{MONTHS_SHORT})\.?[^\S\n]+\d{{1,2}},"
                            r"[^\S\n]+\d{4}\s*$")


#: The line under a speech's title that says where it was given: "Remarks at the
#: Institute for Law and Economics, University of Pennsylvania …" names real bodies.
_VENUE = re.compile(r"(?:Prepared\s+)?(?:Remarks|Keynote(?:\s+Address|\s+Speech)?|Address|"
                    r"Speech|Testimony|Lecture)\s+(?:at|to|before|delivered)\s")


#: A line that opens with a date and a comma, then where: "January 29, 2020, The Kremlin,
#: Moscow" (a meeting's place line, not a headline).
_DATED = re.compile(r"\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}),")


#: A photo's or a chart's credit on a line of its own: the author, a slash, the agency or
#: outlet, and perhaps its licence ("Wes Mountain/The Conversation, CC BY-ND", "Eliza Wiley /
#: MTFP").
_CREDIT_LINE = re.compile(rf"(?:{CREDIT_LABEL}\s*)?"
                          r"(?P<who>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})(?: / |/)"
                          r"(?P<outlet>[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,3})"
                          r"(?:,\s*(?P<licence>CC[\w .-]*))?")


#: An attribution on a line of its own, as Creative Commons asks for it: the work's
#: title, its author and its licence, between slashes ("Lawrence Lessig at ETech 2008 / Ed
#: Schipul / CC BY-SA"); the title may name someone too.
_ATTRIBUTION_LINE = re.compile(r"[^\n/]{2,100}? / (?P<who>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})"
                               r" / (?P<licence>CC[\w .-]*|Public Domain)")


#: Words glued into one identifier: four capitalised words or more, or letters then a long
#: run of lower-case ones ("EagleFordProjectPreviewBlock", "ICNfreesubscription").
_IDENTIFIER = re.compile(r"(?:[A-Z][a-z]+){4,}|[A-Z]{2,}[a-z]{10,}")


def _block_name(text: str, token: Token) -> bool:
    """An identifier standing alone on its line: no name a reader sees, but a label the
    page's content system gave one of its boxes."""
    line_start = text.rfind("\n", 0, token.start) + 1
    line_end = text.find("\n", token.end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return line.strip() == token.text and _IDENTIFIER.fullmatch(token.text) is not None


def _cut_short(text: str, word: str, know: Knowledge) -> bool:
    """A word that ends a line, written nowhere else, whose letters begin a longer word the
    story writes: a listing cut the word off ("the Enbrid" above "Enbridge"; not "Brazil"
    above "Brazilian", a word the gazetteer knows)."""
    return len(word) >= 3 and word not in know.places and word not in know.given_names and \
        len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) == 1 and \
        re.search(rf"(?<!\w){re.escape(word)}[a-z]+", text) is not None


def _credit_match(line: str) -> re.Match[str] | None:
    """The line as a photo's credit (:data:`_CREDIT_LINE`), or None (and None for a
    document's heading in capitals and its language's code: "COUNCIL OF THE EUROPEAN UNION /
    EN", or for a headline whose verb comes before the slash: "OAR Director Wins
    Esperanza/Hope Award")."""
    m = _CREDIT_LINE.fullmatch(line.strip())
    if m is not None and any(w in HEADLINE_VERBS for w in m.group("who").split()[1:]):
        return None
    return None if m is not None and m.group("who").isupper() and " / " in m.group() else m


def _in_credit(text: str, run: list[Token]) -> str | None:
    """'photographer', 'outlet' or 'licence' for the author's name, the outlet (whole,
    with its "The") or the licence of a credit line; None for any other run."""
    start = text.rfind("\n", 0, run[0].start) + 1
    end = line_end(text, run[-1].end)
    line = text[start:end]
    m = _credit_match(line) or _ATTRIBUTION_LINE.fullmatch(line.strip())
    if m is None or ("outlet" in m.re.groupindex and m.group("outlet") in PHONE_LABELS):
        return None  # (not "Media Contact Name/Phone": a contact block's labels)
    offset = start + len(line) - len(line.lstrip())
    if "outlet" in m.re.groupindex and m.group("who").split()[-1] in PLACE_HEADS and \
            len(m.group("outlet")) >= 6 and TE_REO_WORD.fullmatch(m.group("outlet")):
        return None  # (not "Milford Sound/Piopiotahi": a place by its English and its te reo
        # Māori names; but "Wes Mountain/The Conversation" is a photographer's credit)
    for group in ("who", "outlet", "licence"):
        if group in m.re.groupindex and m.group(group) and \
                offset + m.start(group) <= run[0].start and \
                run[-1].end <= offset + m.end(group):
            return {"who": "photographer"}.get(group, group)
    return None


#: A line that gives a member of a parliament with the seat and the party in brackets, as
#: a record of debates heads each speech: "Mary Lou McDonald (Dublin Central, Sinn Fein)".
_MEMBER_LINE = re.compile(MEMBER_OPENING + r"[^()\n,]+,[^\S\n]+[^()\n,]+\)")


#: A table of contents' line: words, then dot leaders or a gap, then a page number.
_CONTENTS_LINE = re.compile(r"[A-Za-z][^\n]*?(?:\.{3,}[^\S\n]*\d{1,3}|[^\S\n]-[^\S\n][^\n]*"
                            r"[^\S\n]\d{1,3}|[^\S\n]\d{1,3}\*?)[^\S\n]*$")


#: An address's lines: a street with its number, a town with its state's code and ZIP, a
#: county's heading in capitals.
_STREET_LINE = re.compile(r"[^\S\n]*\d+[\w-]*[^\S\n]+(?:[NSEW]\.?[^\S\n]+|[NS][EW][^\S\n]+)?"
                          r"[A-Z0-9][\w.'’ -]*[^\S\n](?:Street|St|Avenue|Ave|Road|Rd|Boulevard|"
                          r"Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Parkway|Pkwy|Highway|Hwy|Place|Pl|"
                          r"Circle|Square|Plaza|Terrace|Trail)\.?\s*")
_TOWN_LINE = re.compile(r"[^\S\n]*[A-Z][\w.'’ -]*,?[^\S\n]+(?:[A-Z]{2}|[A-Z][a-z]+(?:[^\S\n]+"
                        r"[A-Z][a-z]+)?)[^\S\n]+\d{5}(?:-\d{4})?\s*"
                        r"|[^\S\n]*(?:[A-Z][\w.'’-]*,?(?:[^\S\n]+[A-Z][\w.'’-]*,?){0,3}"
                        rf"[^\S\n]+)?{POSTCODE}\s*")
# (its state written out too: "McLean, Virginia 22102-5090")
# (or a Canadian or a British postcode after the town and its province, or alone: "Ottawa,
# Ontario K1A 0A3", "London WC2B 4AN", "K1A 1K8")
#: Such a postcode where a run starts: "DE21 4BA", "WC2B 4AN", "K1A 0A3".
_POSTCODE_AT = re.compile(rf"{POSTCODE}(?![\w-])")
_COUNTY_LINE = re.compile(r"[^\S\n]*[A-Z][A-Z.'’ -]*[^\S\n]+(?:COUNTY|PARISH|BOROUGH)\s*")


#: A state's code and a ZIP code ending a line: ", DC 20001".
_STATE_ZIP_END = re.compile(r",[^\S\n]*[A-Z]{2}[^\S\n]+\d{5}(?:-\d{4})?\s*$")


def _in_address(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is a line of an address block: a county's heading in capitals,
    or a short line in Title Case within two lines above a street or a "Town, ST 12345"
    line, or such a line itself (a venue: "Adolphine Fletcher Terry Library")."""
    line = lines[k]
    if _COUNTY_LINE.fullmatch(line) or _TOWN_LINE.fullmatch(line):
        return True
    if len(line.split()) <= 12 and _STATE_ZIP_END.search(line):
        return True  # "Conservatory, 100 Maryland Avenue, SW.,Washington, DC 20001": a whole
        # address on one line, its state and ZIP code at the end
    if not line.strip() or len(line.split()) > 8 or (line.rstrip().endswith((".", ":")) and \
            not _STREET_LINE.fullmatch(line)):
        return False
    below = [x for x in lines[k + 1:k + 5] if x.strip()][:2]
    return any(_STREET_LINE.fullmatch(x) or _TOWN_LINE.fullmatch(x) for x in below)


def _person_after_last_and(text: str, run: list[Token]) -> list[list[Token]]:
    """A body's name, then "and" and a person whose degree follows after a comma: "… of the
    Centers for Disease Control and Prevention and Johannie Escarne, M.P.H., of …" holds the
    body and the person, not one name."""
    last = max((k for k, t in enumerate(run) if t.text == "and"), default=None)
    if last is None or last < 2 or not 2 <= len(run) - last - 1 <= 3 or \
            not any(t.text in ORGANISATION_HEADS for t in run[:last]):
        return [run]
    degree = re.match(r",[^\S\n]*([A-Z][A-Za-z.]{1,7})", text[run[-1].end:run[-1].end + 12])
    if degree is None or degree.group(1).rstrip(",") not in _DEGREES or \
            not all(t.capitalised and not t.acronym and t.text not in ORGANISATION_HEADS
                    for t in run[last + 1:]):
        return [run]
    return [run[:last], run[last + 1:]]


def _person_before_titled_person(run: list[Token], know: Knowledge) -> list[list[Token]]:
    """A person by given name and surname, then "and" and another person after a title:
    "Anne Case and Nobel Laureate Angus Deaton" holds two people, the first no part of the
    second's title."""
    if len(run) < 7 or run[2].text != "and" or run[0].text not in know.given_names or \
            not run[1].capitalised or run[1].acronym or run[1].text in ORGANISATION_HEADS or \
            _is_title(run[0].text, know.titles) or _is_title(run[1].text, know.titles):
        return [run]
    titled = next((k for k in range(3, len(run) - 2) if _is_title(run[k].text, know.titles)
                   and run[k + 1].text in know.given_names), None)
    if titled is None or not all(t.capitalised and not t.acronym for t in run[3:]):
        return [run]
    return [run[:2], run[3:]]


#: The words a banner's images add to their owners' names in alt text: "HHS Logo", "…
#: Divider arrow", "… Alt desc".
_IMAGE_WORDS = frozenset(("Divider", "Alt", "Icon"))


def _logos_alt_text(text: str, run: list[Token]) -> list[list[Token]]:
    """The names in a banner whose images' alt text ran into one line: "HHS Logo U.S.
    Department of Health & Human Services Divider arrow NIH logo National Institutes of
    Health Alt desc" holds the department's letters and name and the institutes' letters
    and name: "Logo" ends the alt text of one image, an image's word before a lower-case one
    ends a name."""
    logo = next((k for k in range(1, len(run) - 1) if run[k].text in ("Logo", "logo")
                 and run[k - 1].capitalised and run[k + 1].capitalised), None)
    if logo is not None:
        owner = run[:logo] if logo == 1 and run[0].acronym else []
        for word in owner:
            word.initial = False
        return [*([owner] if owner else []), *_logos_alt_text(text, run[logo + 1:])]
        # (the logo's owner before it by its letters, "BIA Logo Indian Affairs"; a longer
        # alt text before "Logo" may hold a menu's words: "Skip NavigationDepartment of
        # Transportation Logo")
    if len(run) >= 2 and run[-1].text in _IMAGE_WORDS and \
            re.match(r"[^\S\n]+[a-z]{3,}\b", text[run[-1].end:]):
        return [run[:-1]]
    return [run]


def _letters_not_initial(text: str, words: list[Token]) -> None:
    """A body's letters in capitals that spell a small word open no sentence's small word
    when lower-case words follow: "WHO estimates an additional 18 million …" (but "AN
    Indian company", "WHO WE ARE": a word in capitals before a name, a heading in
    capitals)."""
    for word in words:
        if word.initial and word.acronym and len(word.text) >= 3 and word.text.isalpha() and \
                word.text.title() in FUNCTION_WORDS and \
                re.match(r"[^\S\n]+[a-z]{3,}\b", text[word.end:]):
            word.initial = False


def _address_words_not_initial(text: str, words: list[Token]) -> None:
    """An address block's line opens no sentence: its first word is part of the venue's or
    the street's name ("Veterans Building of Cross County", "Meeting Room")."""
    if "\n" not in text:
        return
    lines = text.splitlines(keepends=True)
    starts = set()
    pos = 0
    for k, line in enumerate(lines):
        if _in_address(lines, k) and not _COUNTY_LINE.fullmatch(line):
            starts.add(pos + len(line) - len(line.lstrip()))
        pos += len(line)
    for word in words:
        if word.start in starts:
            word.initial = False


#: A headline's last words, a year after a small word: "… Top Science News of 2010" (or
#: "since" in title case: "Supporting Children and Families Since 1965").
_YEAR_AFTER_SMALL_WORD = re.compile(r"\b(?:(?:of|in|for|since|Since|to)\s+(?:1[89]\d\d|20\d\d)|"
                                    r"(?:on|by|from|until|through)\s+(?:Jan|Feb|Mar|Apr|May|"
                                    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s*$")
# (or a day: "… Goes on Sale on October 19")
#: A statistic's period after its title's comma: "Personal Consumption Expenditures by
#: State, 2022", "Personal Income by State, 2nd Quarter 2023", "… and Outlays, August 2023".
_PERIOD_AFTER_COMMA = re.compile(r"(?<=[a-z]),[^\S\n]+(?:(?:[1-4](?:st|nd|rd|th)|First|Second|"
                                 r"Third|Fourth)[^\S\n]+Quarter[^\S\n]+|(?:January|February|March|"
                                 r"April|May|June|July|August|September|October|November|"
                                 r"December)[^\S\n]+)?(?:19|20)\d\d[^\S\n]*$")


#: Title case's small words, and the verbs some titles leave in lower case ("How Prevalent
#: is Fraud in Federal Programs?").
_HEADLINE_SMALL_WORDS = TITLE_SMALL_WORDS | {"is", "are"}


def _headlines_before_dates(text: str) -> list[tuple[int, int]]:
    """Headlines in Title Case a listing runs into their dates and teasers on one line
    ("Read the post Our Latest High Risk List Update—GAO Sees Progress in 16 Areas, But
    Lingering Serious Issues in Others April 20, 2023 Today, …"): from the date back over
    every word that is capitalised, a number or one of title case's small words, five
    capitalised words at least."""
    spans = []
    for date in [*DATE_AFTER_HEADLINE.finditer(text), *_POSTED_DATE_AT_LINE_END.finditer(text)]:
        line_start = text.rfind("\n", 0, date.start()) + 1
        words = list(re.finditer(r"\S+", text[line_start:date.start()]))
        start = None
        big = 0
        for word in reversed(words):
            w = word.group().lstrip("“\"‘'(")
            if w.casefold().rstrip(",:;") in _HEADLINE_SMALL_WORDS or w[:1].isdigit():
                pass
            elif w[:1].isupper() and not w.endswith("."):
                big += 1
            else:
                break
            start = line_start + word.start()
        if start is not None and big >= 5:
            spans.append((start, date.start()))
    for byline in _BYLINE_IN_CAPITALS_AFTER_GAP.finditer(text):
        line_start = text.rfind("\n", 0, byline.start()) + 1
        words = text[line_start:byline.start()].split()
        if sum(w[:1].isupper() for w in words) >= 5 and all(
                w[:1].isupper() or w[:1].isdigit() or w.casefold() in _HEADLINE_SMALL_WORDS
                for w in words):
            spans.append((line_start, byline.start()))  # "… Roots in the Kitchen   RACHAEL
            # NOVAK AND POOYA REZAI NOVEMBER 29, 2021 As we …": a listing's headline, set
            # apart by spaces from its byline and date in capitals
    return spans


#: A contact's line: a name, then a telephone number ("Kenneth King (202)-306-5498").
_NAME_THEN_PHONE = re.compile(r"[A-Z][\w’'-]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][\w’'-]+[^\S\n]+"
                              r"\(?\d{3}\)?[-.\s]?\d{3}[-.\s]\d{4}")
#: A byline after its date, alone on its line: "February 15, 2023 Mir Farhad Ali Khan".
_DATE_THEN_NAME = re.compile(rf"(?:{MONTH_NAMES})[^\S\n]+\d{{1,2}},[^\S\n]+\d{{4}}"
                             r"(?:[^\S\n]+[A-Z][a-z][\w’'-]*){2,4}")
#: The date a page posted a headline on, after a dash at the line's end: "… Undeclared
#: Allergen - 3/3/22".
_POSTED_DATE_AT_LINE_END = re.compile(r"(?<=[A-Za-z])[^\S\n]+[-–—][^\S\n]+\d{1,2}/\d{1,2}/"
                                      r"\d{2,4}(?=[^\S\n]*(?:\n|$))")
#: A byline and its date in capitals after a gap of spaces where a listing's copy joined a
#: headline to them: "   RACHAEL NOVAK AND POOYA REZAI NOVEMBER 29, 2021".
_BYLINE_IN_CAPITALS_AFTER_GAP = re.compile(
    r"[^\S\n]{3,}(?=(?:[A-Z][A-Z’'.-]+[^\S\n]+)(?:(?:[A-Z][A-Z’'.-]+|&)[^\S\n]+)+"
    rf"(?:{MONTH_NAMES.upper()})[^\S\n]+\d{{1,2}},[^\S\n]+\d{{4}})")


#: Words that make a line in title case a clause, not a list of names: pronouns,
#: auxiliaries and question words, capitalised as headlines write them.
_HEADLINE_CLAUSE_WORDS = frozenset("""It Its He He’s His She She’s Her They Their We Our I
Is Are Was Were Has Have Had Will Would Can Could Might May Must Should Be Been Does Did Do
Says Said Here’s Here's What Why How Who That This""".split())


#: A teaser's prose under a headline: a sentence of eight words or more to its full stop.
_TEASER_BELOW = re.compile(r"[^\S\n]*[A-Z“\"][^\n]*?(?:\S+[^\S\n]+){7,}[^\n]*[.!?”\"][^\S\n]*\n?$")


def _title_case_sentences(big: list[str], among_headlines: bool = False) -> bool:
    """A headline in title case written as full sentences, each ending in a full stop ("He
    Was Convicted of Killing His Baby. The DA’s Office Says He’s Innocent, but That Might
    Not Be Enough."): every word but title case's small ones capitalised, one of them a
    pronoun, an auxiliary or a question word (not a sentence that lists names), or, in a
    listing, right after another headline ("The U.S. Government Defended the Overseas
    Business Interests of Baby Formula Makers. Kids Paid the Price.")."""
    return len(big) >= 5 and all(w.lstrip("“\"‘'(")[:1].isupper() or w[:1].isdigit()
                                 for w in big) and \
        (among_headlines or any(w.strip(".,:;!?“”\"") in _HEADLINE_CLAUSE_WORDS for w in big))


#: A headline's last words in quotation marks, in title case with no stop before the closing
#: mark, after words of its own: 'Iceland Is Trying to Elect Politicians Who “Know Who They
#: Work For”' (a quoted sentence closes on its stop: '… said “we will go.”').
_QUOTED_TAIL = re.compile(r"\w[^\S\n]+[“\"](?:(?:[A-Z][\w’'-]*|[a-z]{1,3})[^\S\n]+)*"
                          r"[A-Z][\w’'-]*[”\"][^\S\n]*$")


#: A title in title case run into the address of its page, whose last part spells it:
#: "Safer Motorcyclists On Victorian Roads http://…/safer-motorcyclists-on-victorian-roads/".
_TITLE_BEFORE_SLUG = re.compile(r"(?P<title>(?:[A-Z0-9][\w’'&-]*[^\S\n]+){1,16})"
                                r"https?://\S+?/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)+)/?(?=\s|$)")


def _titles_before_slugs(text: str) -> list[tuple[int, int]]:
    """The titles a feed runs into their pages' addresses, on a line of prose: the words
    the address spells, back from it."""
    spans = []
    for m in _TITLE_BEFORE_SLUG.finditer(text):
        slug = m.group("slug").split("-")
        words = m.group("title").split()
        if len(words) >= len(slug) and \
                [re.sub(r"[^a-z0-9]", "", w.casefold()) for w in words[-len(slug):]] == slug:
            start = m.end("title") - len(" ".join(words[-len(slug):])) - 1
            spans.append((start, m.end("title")))
    return spans


#: What a speech's title calls it after the audience's name: "… Port Authorities Remarks".
_SPEECH_KINDS = frozenset("Remarks Address Speech Keynote Testimony Statement".split())
#: Short verbs a headline in title case may leave in lower case, as if small words.
_LOWERED_VERBS = frozenset("is are was were be has have will".split())
#: And other short words it may leave so: "… and his Two Companies to Pay …", "… Entities
#: that Illegally Solicit …".
_LOWERED_WORDS = _LOWERED_VERBS | frozenset("his her its their than that".split())
#: Prepositions some title-case styles (Chicago's) leave in lower case however long.
_LONG_PREPOSITIONS = frozenset("""through about after before between during under against
without within toward towards across among around behind beyond despite amid until out""".split())

#: Words that no firm's name holds before its legal form: a headline's prepositions.
_FIRM_BREAKS = frozenset("the a an to for with on in at by from".split()) | _LONG_PREPOSITIONS


#: A staff directory's line, its title glued to the name after it: "DIRECTORCrosby Kemper",
#: "Library ServicesCyndee Landrum": a person's line, no headline.
_DIRECTORY_LINE = re.compile(r"[^\S\n]*(?:[A-Za-z&,-]+[^\S\n]+)*?[A-Za-z-]*(?:[a-z]|[A-Z]{2})"
                             r"(?:[A-Z][a-z]+|[A-Z]\.)[^\S\n]+[A-Z]")
#: Who signs the words above, after a dash, with a post and a body after commas: "– Robert
#: Sellers, Supervisory Marine Interdiction Agent, Air and Marine Operations": no headline.
_SIGNATURE_LINE = re.compile(r"[^\S\n]*(?:--?|–|—)[^\S\n]*[A-Z][\w.’'-]+(?:[^\S\n]+[A-Z][\w.’'-]+)"
                             r"{1,3},[^\S\n]+[A-Z]")


#: A body's name as a roll writes it: capitalised words (or a union's number glued to its
#: letters, "1199SEIU"), small words and a possessive between them.
_BODY_SHAPE = re.compile(r"[A-Z0-9][\w’'.-]*"
                         r"(?:[^\S\n]+(?:[A-Z][\w’'.-]*|of|for|and|the|on|in|at|&))*")
#: A roll's row: a person's name, the letters of degrees and credentials after it (at least
#: one dotted, as a degree is written), then the body the person comes from: "Newell E.
#: McElwee III, Pharm.D., M.S.P.H., Merck Global Medical Affairs".
_CREDENTIAL = r"(?:[A-Z]{2,6}|(?:[A-Z][a-z]{0,4}\.){1,4})"
_DEGREED_ROW = re.compile(r"(?m)^[^\S\n]*(?P<name>[A-Z][\w’'-]+"
                          r"(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,4}(?:,[^\S\n]+(?:Jr|Sr)\.)?)"
                          rf"(?P<credentials>(?:,[^\S\n]+{_CREDENTIAL})*"
                          r",[^\S\n]+(?:[A-Z][a-z]{0,4}\.){2,4}"
                          rf"(?:,[^\S\n]+{_CREDENTIAL})*)"
                          r",[^\S\n]+(?P<body>[A-Z0-9][^\n]*?)[^\S\n]*$")

#: A law's parts as a citation writes them in lower case: "section 12AD", "regulation 5".
_PARTS_IN_LOWER_CASE = "|".join(sorted(w.casefold() for w in LAW_PARTS | {"Regulation"}))
#: A site's menu links run together with no space: "HomeNewsNews", "MediaPress".
_GLUED_MENU = re.compile(r"(?:Home|News|Media|Press|About|Contact)(?:Home|News|Media|Press|"
                         r"Releases|Articles|Room|About|Contact)+")
#: The people of a body or a base, in the plural, before "of the" and its name.
_MEMBERS_OF = frozenset("Marines Sailors Soldiers Airmen Guardsmen Residents Students Staff "
                        "Employees Workers Members".split())
#: First words of places' names that say what they are: "Fort Moultrie", "Mount Rainier".
_SITE_OPENERS = frozenset("Fort Mount Mt. Lake Camp Cape Port".split())
#: What one who holds a scholarship or a fellowship is called after it: "a Rhodes Scholar".
_AWARD_HOLDERS = frozenset("Scholar Student Fellow Laureate Awardee Grantee".split())
#: The parts of a building an address numbers: "Suite 4000", "Room 212".
_ADDRESS_UNITS = frozenset("Suite Ste Room Rm Floor Unit Apt Apartment Box".split())
#: A contact detail's label and the start of its value, which a letterhead or an address
#: block run into one line keeps between the places: "… Stores Road Fax: 01332 253301 Derby
#: UK Website: …".
_CONTACT_FIELD = re.compile(rf"\b(?:{'|'.join(sorted(CONTACT_LABELS, key=len, reverse=True))})"
                            r"\b:?[^\S\n]+[\d(+\[w]")
#: A release's letterhead or contact line, with a post box or "FOR IMMEDIATE RELEASE"
#: ("National Park Service PO Box 170 U.S. Department of the Interior …", "FOR IMMEDIATE
#: RELEASE Jackie Skaggs/307.739.3393 January 08, 2010"): its names are the sender's and
#: the contact's, no headline's words.
_LETTERHEAD = re.compile(r"\bP\.?[^\S\n]?O\.?[^\S\n]+Box[^\S\n]+\d"
                         r"|\bFOR[^\S\n]+IMMEDIATE[^\S\n]+RELEASE[^\S\n]+(?!(?i:"
                         + "|".join(MONTHS_AND_DAYS) + r")\b)[A-Z]")  # (not its date and
# headline: "FOR IMMEDIATE RELEASE April 26, 2017 USCIRF Releases …")
#: A letter's greeting on its line: "Dear Carolyn", "Dear Mr. President:" (whom it names is
#: no headline's word).
_SALUTATION_LINE = re.compile(r"[^\S\n]*Dear[^\S\n]+[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*)"
                              r"{0,3}[^\S\n]*[,:]?\s*")


#: A list's item that names a place and the county or state it is in: "Kingley Vale, West
#: Sussex" (the last item of a list, over the next paragraph, is no headline over a teaser).
_SITE_AND_COUNTY = re.compile(r"[A-Z][\w’'-]*(?: (?:and )?[A-Z][\w’'-]*){0,4}, [A-Z][\w’'-]*"
                              r"(?: (?:and )?[A-Z][\w’'-]*){0,3}")


#: A list's item, an en dash, then where: "• G-BOPD – Fishburn Airfield, County Durham",
#: "• Evolve Dynamics Sky Mantis – St. Albans, Hertfordshire".
_ITEM_AT_PLACE = re.compile(BULLET_ITEM_DASH +
                            r"[A-Z][\w.’'-]*(?: (?:and |of |on |the |upon )?[A-Z][\w.’'-]*){0,5}"
                            r"(?:, [A-Z][\w.’'-]*(?: (?:of |upon )?[A-Z][\w.’'-]*){0,3}){0,3}")


#: A site's path of page titles whose arrows' alt text ran into the titles: "Home arrowNews
#: arrowThree ACHP Members Honored …".
_ARROW_PATH = re.compile(r"[^\S\n]*Home[^\S\n]+arrow[A-Z]")


#: A magazine's contents line: a page's number, then its rubric's or story's title in title
#: case ("12 Paws that Refresh", "37 Lying in State").
_NUMBERED_RUBRIC = re.compile(r"[^\S\n]*(?P<page>\d{1,3})[^\S\n]+(?P<title>[A-Z][\w’'-]*"
                              r"(?:[^\S\n]+[\w’'-]+){0,6})[^\S\n]*\n?")


def _contents_lines(lines: list[str]) -> set[int]:
    """The lines of a table of contents that puts each page's number first: those whose
    nearest numbered line within two lines, before or after, counts up to or on from it
    ("9 College Fair", a standfirst, "10 Popular Fellowships"; not a ranking's "1 Lewis
    Hamilton" alone)."""
    numbered = {number: int(m.group("page")) for number, line in enumerate(lines)
                if (m := _NUMBERED_RUBRIC.fullmatch(line)) is not None
                and sum(not w[:1].isupper() and w.casefold() not in TITLE_SMALL_WORDS
                        for w in m.group("title").split()) <= 1}  # (one word a style leaves
    # in lower case besides the small ones: "12 Paws that Refresh")
    found = set()
    for number, page in numbered.items():
        before = next((numbered[k] for k in (number - 1, number - 2) if k in numbered), None)
        after = next((numbered[k] for k in (number + 1, number + 2) if k in numbered), None)
        if (before is not None and before < page) or (after is not None and page < after):
            found.add(number)
    return found


def _acknowledgement_lines(lines: list[str]) -> set[int]:
    """The lines of a speech's opening acknowledgements, three or more in a row, each
    ending with a comma or a semicolon: "Programme Director, Ms Lebohang Litha;", "Minister
    of Employment and Labour, Hon. Nomakhosazana Meth;" (the list's items, no headlines)."""
    greeted: set[int] = set()
    row: list[int] = []
    for number, line in enumerate([*lines, ""]):
        if line.rstrip().endswith((",", ";")) and len(line.split()) <= 20 and \
                not re.match(r"[^\S\n]*[-–—•*]", line):  # (not a dashed list's items)
            row.append(number)
            continue
        if line.strip() and row and line.rstrip().endswith((".", ":", "!")) and \
                len(line.split()) <= 6:
            row.append(number)  # ("Ladies and gentlemen." closing the list)
        if len(row) >= 3:
            greeted.update(row)
        row = []
    return greeted


#: A newsletter's headline between asterisks, over the lines a width broke it into: "*
#: Journalist Patrick Cockburn Calls Iraq a "Bloody Mess" One Year After\nHandover of
#: "Sovereignty" *".
_STARRED_HEADLINE = re.compile(r"^\*[^\S\n]+[^*\n]+(?:\n[^*\n]+){0,2}?[^\S\n]\*[^\S\n]*$",
                               re.MULTILINE)


#: A listing's entry: its date, written as a machine writes it, then its title as one
#: sentence, before the entry's own words on the same line ("2021-03-15. Building a Better
#: Model to View Earth’s Interacting Processes. By Gokhan Danabasoglu …").
_DATED_TITLE = re.compile(r"^[^\S\n]*(?:19|20)\d\d-[01]\d-[0-3]\d\.?[^\S\n]+"
                          r"(?P<title>[A-Z][^\n.!?]*[.!?])(?=[^\S\n]|$)", re.MULTILINE)


def _dated_titles(text: str) -> list[tuple[int, int]]:
    """The titles of a listing's dated entries, in title case (every word but title case's
    small ones capitalised): headlines, whatever the line goes on with."""
    out = []
    for m in _DATED_TITLE.finditer(text):
        big = [w for w in m.group("title").split() if w.casefold() not in TITLE_SMALL_WORDS
               and w not in _LONG_PREPOSITIONS]
        if len(big) >= 3 and all(w.lstrip("“\"‘'([")[:1].isupper() or w[:1].isdigit()
                                 for w in big):
            out.append(m.span("title"))
    return out


#: A parliament's record heading a speech with the member's name, then the seat and the party
#: in brackets (and perhaps a link to the record after a bar): "Hildegarde Naughton (Galway
#: West, Fine Gael) | Oireachtas source".
_MEMBER_HEADING_LINE = re.compile(r"(?:Photo of[^\n(]*)?(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*[^\S\n]+){1,4}"
                                  r"\([A-ZÀ-ÖØ-Þ][^()\n,.?!]*,[^\S\n]+[A-ZÀ-ÖØ-Þ][^()\n,.?!]*\)"
                                  r"(?:[^\S\n]*\|[^\n]*)?")


#: A line that opens with a dateline in capitals, a dash and a date: "FOREST HILL MD – 17
#: June 2008 – …", "GENEVA -- March 3, 2021 --".
_DATED_DATELINE = re.compile(r"[^\S\n]*[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,3},?"
                             r"[^\S\n]+(?:[–—]|--?)[^\S\n]+(?:\d{1,2}[^\S\n]+[A-Z][a-z]+|"
                             r"[A-Z][a-z]+\.?[^\S\n]+\d{1,2})\b")
#: A dateline in capitals alone on its line, its state after a comma, then a dash: the story
#: opens on the next line ("FORT BELVOIR, Va. –").
_LONE_DATELINE = re.compile(r"[^\S\n]*[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,3},"
                            r"[^\S\n]+[A-Z][A-Za-z.]*(?:[^\S\n][A-Z][A-Za-z.]*)?"
                            r"[^\S\n]+(?:[–—]|--?)[^\S\n]*\n")


#: A byline in lower case before when the page was published, as a site's template writes
#: it: "by Matt Lee Contributions Published on Mar 04, 2009 05:45 PM" (no headline).
_BYLINE_PUBLISHED = re.compile(r"[^\S\n]*by[^\S\n]+[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,4}"
                               r"[^\S\n]+(?:Published|Posted|Updated|last[^\S\n]+modified)"
                               r"[^\S\n]+on\b")


def _period_after_comma(title: str) -> bool:
    """Whether a line ends with a statistic's period after its title's comma ("… by State,
    2022", "… and Outlays, August 2023"), not a date's year after its month ("Stories …
    from September, 2014")."""
    m = _PERIOD_AFTER_COMMA.search(title.rstrip("\n"))
    return m is not None and title[:m.start()].split()[-1] not in MONTHS_AND_DAYS and (
        len(m.group().split()) > 2 or " by " in title[:m.start()])
    # (a year alone after a title by what it breaks the statistic down by, "… by State,
    # 2022"; not a survey's own name before its year: "Annual Survey of Environmental Goods
    # and Services, 2017")


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines in Title Case or CAPITALS (headlines, captions, credits) say nothing of names;
    nor do headlines a listing runs into their dates on one line, nor a feed's titles run
    into their pages' addresses."""
    spans = _headlines_before_dates(text) + _titles_before_slugs(text) + _coded_headlines(text) + \
        [m.span() for m in _STARRED_HEADLINE.finditer(text)] + _dated_titles(text)
    directory = glued_directory(text)  # (a staff directory)
    pos = 0
    listed = False  # (inside a list a sentence ending in a colon opens: its lines are items)
    marked = 0  # (how many of the list's items opened with a dash or a bullet)
    opened = False  # (the last line with words ended in a colon)
    opening = False  # (the last line with words opened a list)
    lines = text.splitlines(keepends=True)
    greeted = _acknowledgement_lines(lines)
    contents = _contents_lines(lines)
    wrapped = hard_wrapped(text)
    last = (-1, -1)  # (the span of the last line with words)
    after_headline = False  # (that line was a headline)
    for number, line in enumerate(lines):
        if line.strip():
            after_headline = bool(spans) and spans[-1] == last and \
                line.lstrip()[:1].isupper() and not text[last[0]:last[1]].rstrip().endswith(
                    (",", ";", ":", "-", "—", "–"))  # (not a wrapped sentence's next line)
            last = (pos, pos + len(line))
        if number in greeted or _DATED_DATELINE.match(line) or _LONE_DATELINE.fullmatch(line):
            pos += len(line)  # "Director-General, Mr Mathanzima Mweli,": a speech's line
            continue  # greeting those present, no headline; nor "FOREST HILL MD – 17 June
            # 2008 – The Apache …": a release's dateline in capitals under its headline
        if number in contents:
            spans.append((pos, pos + len(line)))  # "37 Lying in State": a magazine's
            pos += len(line)  # contents, each title after its page's number
            continue
        if line.rstrip().endswith(",") and number + 1 < len(lines) and \
                re.match(r"[^\S\n]*[a-z]", lines[number + 1]):
            pos += len(line)  # "Villagers from Laki Tatu, Tanzania," over "net fish from the
            continue  # small pond …": a caption's sentence going on, no headline
        if _NAME_THEN_PHONE.fullmatch(line.strip()) or _DATE_THEN_NAME.fullmatch(line.strip()):
            pos += len(line)  # "Kenneth King (202)-306-5498" under a press office's name: a
            continue  # contact's name and number, no headline; nor "February 15, 2023 Mir
            # Farhad Ali Khan": a byline after its date
        if _ITEM_AT_PLACE.fullmatch(line.strip()):
            pos += len(line)  # "• G-TOYZ – West Usk Lighthouse, Newport, Gwent": a list's
            continue  # item and where it was, no headline
        if INFOBOX_LINE.match(line):
            pos += len(line)  # "JurisdictionUnited Kingdom, Crown Dependencies and …": an
            continue  # infobox's label glued to its value, no headline
        if _MEMBER_HEADING_LINE.fullmatch(line.strip()):
            pos += len(line)  # "Photo of Jack ChambersJack Chambers (Dublin West, Fianna Fail)
            continue  # | Oireachtas source": a member heading a speech, the seat and the
            # party in brackets, no headline
        if line.strip() and RECORD_BELOW.match(text, pos + len(line.rstrip("\n"))):
            pos += len(line)  # "Iceland Ready Cooked Diced Chicken Breast" over "Pack size
            continue  # 800g": a recalled product's name above its record, no headline
        if line.lstrip().startswith("by ") and _BYLINE_LINE.fullmatch(line.strip()):
            pos += len(line)  # "by Keith Fuglie and Sun Ling Wang" under an article's title
            continue  # in a magazine's contents: its authors, no headline
        if _in_address(lines, number):
            pos += len(line)  # "Veterans Building of Cross County" above "204 S. Falls
            continue  # Blvd." and "Wynne, AR 72396": an address's lines name places
        if not line.strip():
            following = next((ln for ln in lines[number + 1:] if ln.strip()), "")
            listed = listed and (opened or following.rstrip().endswith(":") or (
                opening and _LIST_MARKER.match(following) is not None))
            # (a list goes on over blank lines between its parts' headings and their items,
            # and over the blank line between the sentence that opens it and its first
            # bullet: "In a Cabinet of ten …:", then "• Mairi Gougeon remains Cabinet
            # Secretary for Rural Affairs, …", an item, not a headline)
        elif line.rstrip().endswith(":") and (len(line.split()) >= 4 or listed):
            opened = listed  # (inside such a list a heading of its part, "First Circuit:",
            # whose items may follow a blank line)
            opening = not listed
            listed = True  # "The following experts will be available for interviews:"
            pos += len(line)
            continue
        else:
            opened = opening = False
        if listed and _TEASER_BELOW.match(
                next((ln for ln in lines[number + 1:] if ln.strip()), "")) and \
                not _SITE_AND_COUNTY.fullmatch(line.strip()) and not _LIST_MARKER.match(line):
            listed = False  # ("… shares this photograph:" then "Six Killed in Lebanon Blast
            # …" over its teaser: a listing's headline after a teaser the copy cut at a
            # colon, no list's item; but a bullet's line is an item, the last before the
            # prose goes on: "• Uganda: Bidibidi, Kiryandongo, and …" over "Applicants …")
        if listed and line.strip():
            if _ITEM_MARK.match(line):
                marked += 1
            elif marked >= 2:
                listed = False  # ("–a decision …;" "–conclusions …;" then "8967/10 (Presse
                # 89)1" and a table of contents: the dashed items ended, with no blank line)
        if not listed:
            marked = 0
        if listed:
            pos += len(line)
            continue  # "Director of the National Archives Experience Marvin Pinkert"
        if wrapped and number and line.strip() and not (spans and spans[-1][1] == pos) and \
                len(lines[number - 1].rstrip("\n")) >= 0.85 * wrap_width(text) and \
                not lines[number - 1].rstrip().endswith((".", "!", "?", ":", ";")) and \
                not re.search(r"\S[ \t]{3,}\S", lines[number - 1]) and (
                    line.lstrip()[:1].islower()
                    or re.search(r"(?:,|\b(?:by|of|the|and|to|for|in|on|a|an|with))[ \t]*$",
                                 lines[number - 1].rstrip("\n")) is not None
                    or sum(w[:1].islower() and w.casefold() not in TITLE_SMALL_WORDS
                           for w in lines[number - 1].split()) >= 4):
            pos += len(line)  # "the Federal Mine Safety Act of 1977 (30 U.S.C. 801). It"
            continue  # after a full line in text broken at a width (or nearly full, a
            # ragged column's: "… presented by the Ministry" over "of Foreign Affairs and
            # Trade, Te Puni Kokiri, …"): a sentence going on,
            # in lower case or after a small word, or after a line of prose, its words in
            # lower case ("… remarks by Assistant Secretary of Commerce for Export" over
            # "Enforcement Matthew S. Axelrod …") (not a list's next item after a long one
            # or a headline, nor a directory's row after another, its columns set apart by
            # spaces)
        if wrapped and number + 1 < len(lines) and \
                len(line.rstrip("\n")) >= 0.85 * wrap_width(text) and \
                re.match(r"[^\S\n]*[a-z]", lines[number + 1]) and \
                len(lines[number + 1].split()) >= 3 and (
                    re.search(r"[.!?][^\S\n]+[A-Z]", line)
                    or sum(w[:1].islower() and w.casefold() not in TITLE_SMALL_WORDS
                           for w in line.split()) >= 3):
            pos += len(line)  # "[00:00:00] Ony Anukem: Welcome to Open Minds from Creative
            continue  # Commons. I'm Ony Anukem" over "communications and campaigns …": a
            # paragraph's first line in text broken at a width, its sentence going on in
            # lower case on the next, or one that holds words in lower case a headline's
            # title case would not: "NROL-87 is the NRO’s third launch … the first Falcon 9"
            # (a wrapped headline goes on in capitals; "RSS Feeds
            # and Social Networking Font Size: Default | Large" over "spacer" is a page's bar)
        if (" » " in line and len(line.split()) <= 30) or _quoted_headline(line) or \
                re.match(r"[^\S\n]*»[^\S\n]+\S", line) or \
                _ARROW_PATH.match(line):
            # (not a feed's channel run into its first item's prose: "Premier of Victoria »
            # Media Release… http://… The Andrews Labor Government is …")
            spans.append((pos, pos + len(line)))  # "ARS Home » Office of Communications »
            pos += len(line)  # ARS in the News": a site's path of page titles; or another
            continue  # outlet's headline in quotation marks on a line of its own
        if (_POSTAL_END.search(line) and not _HEADLINE_VERB.search(line)) \
                or _FIELD_LINE.match(line) or _SOURCE_BYLINE.match(line) \
                or _CREDITED_CAPTION.search(line) or _PHOTO_CREDIT_END.search(line) \
                or _SPONSORS_LINE.match(line) or _DATED_BYLINE.match(line) \
                or _SIGNATURE_LINE.match(line) or _SALUTATION_LINE.fullmatch(line) \
                or len(_CONTACT_FIELD.findall(line)) >= 2 or _LETTERHEAD.search(line) \
                or (directory and _DIRECTORY_LINE.match(line)) or _DEGREED_ROW.match(line):
            pos += len(line)  # "Research Associate, ARS Temperate Tree Fruit and Vegetable
            continue  # Research Unit, Wapato, WA", "Outlet: Seed World": no headlines; nor
            # "Andrea H. McGuire, M.D., M.B.A., Meridian Health Plan", a roll's row
        subhead = _SUBHEAD_DATELINE.search(line)
        if subhead is not None and subhead.start() > 0:
            head_words = line[:subhead.start()].split()
            big_words = [w for w in head_words if w.casefold() not in TITLE_SMALL_WORDS]
            if 3 <= len(head_words) <= 30 and big_words and \
                    not re.search(r"[.:;!?][^\S\n]", line[:subhead.start()]) and 10 * sum(
                    w[:1].isupper() or w[:1].isdigit() or w[:1] in "$“\""
                    for w in big_words) >= 7 * len(big_words):
                spans.append((pos, pos + subhead.start()))  # "… Will Be Banned, Pay Redress
                # and Penalties WASHINGTON, D.C. — Today …": a subhead run into the dateline
        title = line.split(" | ")[0] if re.search(r" \| \S+ \|?\s*$", line) else line
        item_date = _ITEM_DATE_END.search(title) if _LIST_MARKER.match(title) else None
        if item_date is not None and item_date.start() > 0 and \
                title[item_date.start() - 1].isalpha():
            title = title[:item_date.start()]  # (a listing's item: its headline, then its
            # date, which no headline's words count)
        # ("Statement from … on Ongoing Violence in America | site |": a page's title, then
        # the site's name after a bar)
        words = [w for w in _LIST_MARKER.sub("", title).split()  # ("  1. USDA Announces …")
                 if w not in ("—", "–", ":", "|", "…", "...")]  # (not a dash: "…
        # Opportunity — and a Problem"; nor a label's colon: "PRESS RELEASE : Treasury
        # Appoints …"; nor an ellipsis: "… Followed the Money … to a School in New York")
        # (or every word capitalised but the small ones title case leaves in lower case:
        # "Story on Planes Flown to Uzbekistan from Afghanistan Widely Viewed, Quoted …")
        big = [w for w in words if w.casefold().strip(".,:;") not in TITLE_SMALL_WORDS
               and w.strip(".,:;") not in _LONG_PREPOSITIONS
               and w not in ("&", "v.", "vs.")]  # ("Prisoners & Then …", "Roe v. Wade …")
        # (a style may leave long prepositions in lower case too: "From the Road through
        # North Carolina to South Carolina")
        # (and "vs.": "England vs. Uruguay: Lots of Questions, and Lots at Stake")
        if _CONTENTS_LINE.match(line) and len(words) >= 3 and (
                "..." in line or " - " in line or line.split()[0].isupper()):
            spans.append((pos, pos + len(line)))  # "Anti-dumping - China - Magnesium oxide 10":
            pos += len(line)  # a table of contents' line, its page number at the end
            continue
        if 2 <= len(words) <= (50 if title is not line else 45) and \
                not (line.rstrip().endswith((".", ":", ";"))
                     and not re.search(r"\s(?:[A-Z]\.){2,}$", line.rstrip())
                     and not _title_case_sentences(big, after_headline)) and not (
                # (a headline in capitals may end with "THE U.S.")
                    line.rstrip().endswith(("”", '"')) and line.rstrip()[-2:-1] not in ("?", "!")
                    and not _QUOTED_TAIL.search(line)) \
                and not _VENUE.match(line.lstrip()) and not _DATED.match(line) \
                and not re.fullmatch(r"\s*\([^()]+\)\s*", line) \
                and not _MEMBER_LINE.fullmatch(line.strip()) \
                and not _credit_match(line) and not _BYLINE_PUBLISHED.match(line) \
                and not _ATTRIBUTION_LINE.fullmatch(line.strip()):  # ("(India Today)", "Wes
            # Mountain/The Conversation, CC BY-ND", "… / Ed Schipul / CC BY-SA": credits)
            signs = "#@" if len(words) >= 4 else ""
            # (and a hashtag or a handle after its sign: "#State4States: How @StateDept Works
            # for the American People"; not a contact's line, "Twitter: @CommerceGov")
            capitalised = sum(1 for w in words if w.lstrip("“\"‘'" + signs)[:1].isupper()) + (
                3 if _DATE_LABEL.match(line) else 0)  # ("May 31, 2025: IHS Updates for …")
            counted = [w for w in words if w != "&"] or words
            if not re.search(r"[a-z]", title) and not any(
                    (re.search(r"\d", w) and not YEARS.fullmatch(w))
                    or w.strip(",.").title() in MONTHS_AND_DAYS for w in counted):
                counted = [w for w in counted if not YEARS.fullmatch(w)] or counted
                # (nor is a year on a cover's line in capitals: "2020 IN REVIEW"; but a
                # byline's date is no cover's: "BY ROSS RAMSEY JUNE 5, 2017")
            # (an ampersand is no word a headline capitalises: "ChatGPT & Cheating: 5 Ways
            # to Change How Students are Graded")
            lowered = [w for w in big if not w.lstrip("[(“\"‘'" + signs)[:1].isupper()
                       and not w.lstrip("[($£€")[:1].isdigit() and w != "-"]
            # (a hyphen standing for a dash is no word left in lower case: "Press Release -
            # Performance Confirmation Monitoring … are Focus of …")
            if (len(words) <= 15 and capitalised / len(counted) >= 0.7) or (
                    len(big) >= 5 and 1 <= len(lowered) <= (2 if len(big) >= 12 else 1)
                    and all(w.strip(".,:;’'”\"") in (_LOWERED_WORDS if len(big) >= 8
                                                     else _LOWERED_VERBS) for w in lowered)
                    and not line.rstrip().endswith((".", ","))) or (
                # (or a headline that left one short verb in lower case: "Wenstrup: Knowing
                # the Origin of COVID-19 is Fundamental to Helping Predict …")
                    len(big) >= 2 and all(w.lstrip("[(“\"‘'" + signs)[:1].isupper()
                                          or w.lstrip("[($£€")[:1].isdigit() for w in big)
                    and (not words[0][:1].isdigit()
                         or (re.fullmatch(r"(?:19|20)\d\d", words[0]) and len(big) >= 5)
                         or (re.fullmatch(r"\d{1,2}", words[0]) and len(big) >= 5
                             and not line.rstrip().endswith((".", ","))))
                    and not (
                        words[-1].rstrip(".,").isdigit() and not _YEAR_AFTER_SMALL_WORD.search(
                            title) and not _PART_OF_SERIAL.search(title)
                        and not _period_after_comma(title))
                    and not re.fullmatch(r"[$£€]\d[\d,.]*", words[-1])):
                # (nor a list's line ending in an amount: "Auburn Outright: $175,000"; but a
                # year may open a headline: "2020 Census: Bureau Released …", and so may a
                # listicle's count: "6 Things You Wanted to Know About Cameroon but …")
                # (not an address: "4231 Suitland Road, Suitland, Maryland 20746"; but
                # "… Top Science News of 2010" ends with its year)
                spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans

