"""Passages in quotation marks, who said them, and whether they are quotes at all.

Passages are found line by line (a paragraph per line, as stories are stored): curly or
straight double marks, single marks (British style, or nested inside double ones),
guillemets. News style leaves a quote open at the end of a paragraph when it continues
in the next, which opens with a mark again: such a passage ends with its line and the
next one continues it, with the same speaker.

A passage is suggested as a quote when the words around it attribute it ("said X",
"X told Y", "according to X", "X wrote", "…, saying", "X was quoted … as saying", a colon
after the speaker) or when it is a whole sentence standing alone, which news writing
gives to the speaker of the quote before it or to the person just named. Short passages
with no attribution are scare quotes, titles, nicknames or names of things ("the
“Golden Mile”", “Enhanced Interrogation Techniques”): not suggested.

The speaker is the subject of the attribution: the name right before the verb ("Donald
Trump tweeted"), the name right after it ("said Baird"), a pronoun resolved to the last
person (or, for "it", organisation) named before, or the sentence's subject when the
name sits in an apposition ("Jackie Baillie, health spokeswoman for the Labour Party,
…, said"). An unnamed speaker is described by the words the story uses ("A
spokesperson", "The head of news for the Yushu county television station").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..blocks import INTRO
from .lexicon import (
    ABBREVIATIONS,
    CONNECTORS_BASE,
    HEADLINE_VERBS,
    ORGANISATION_HEADS,
    PERSON_NOUNS,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
)
from .marks import WRAPPED_LINES, Passage, hard_wrapped, passages
from .results import QuoteSuggestion
from .tokens import _SENTENCE_WORD, POST_BETWEEN_COMMAS, line_end
from .turns import TURN_LABEL_OPENING

_SPEECH_WORDS = (
    "said|says|say|told|tells|tell|added|adds|wrote|writes|tweeted|tweets|posted|posts|"
    "explained|explains|asked|asks|stated|states|replied|replies|recalled|recalls|noted|"
    "notes|insisted|insists|argued|argues|warned|warns|continued|continues|agreed|agrees|"
    "admitted|admits|acknowledged|announced|announces|claimed|claims|confirmed|confirms|"
    "denied|denies|responded|responds|described|describes|called|calls|termed|terms|"
    "characterized|characterised|urged|urges|declared|declares|remarked|commented|expressed|"
    "comments|wondered|shouted|joked|pleaded|vowed|vows|promised|predicted|conceded|"
    "pledged(?!\\s+to\\b)|pledges(?!\\s+to\\b)|vowing|promising|"
    "concluded|cautioned|boasted|complained|complains|messaged|texted|emailed|"
    "observed that|observes that|"
    "saying|(?<!\\bin )(?<!\\bby )(?<!\\bfor )adding|telling|writing|tweeting|calling|"
    "describing|quoted|according to|"
    "reads|reading|publishes|published|stating|noting|arguing|insisting|warning|"
    "explaining|claiming|written|highlighted|highlights|emphasized|emphasised|emphasizes|"
    "(?:address|speech|remarks|message)\\s+(?:highlighting|emphasizing|emphasising|"
    "stressing|underscoring)|"
    "emphasises|stressed|stresses|underlined|underscored|reiterated|assured|affirmed|"
    "determined|determines|ruled|estimated|estimates|reports on|reported on|reports that|"
    "reported that|demanded|demanding|demands|announce|declare|explain|promise|vow|"
    "insist|warn|deny|urge|confirm|admit|call for|call it|labeled|labelled|labels|"
    "maintained|maintains|contended|contends|asserted|articulated|articulates|"
    "asserts|countered|counters|put it|puts it|dismissed|dismisses|branded|brands|"
    "reflected on|reflects on|lamented|laments|decried|decries|denounced|denounces|"
    "(?:felt|feels|believes|believed) that|resolved|resolves|"
    "chanted|chanting|chants|gasps|gasped|screamed|yelled|whispered|"
    "praised|praises|hailed|hails|lauded|lauds|spoke|speaks|citing|cited|cites|"
    "(?<!\\bwas )(?<!\\bwere )(?<!\\bbeen )(?<!\\bbeing )(?<!\\bis )(?<!\\bare )"
    "(?<!\\bthe )(?:accused|accuses|accusing)(?=\\s+[^.;:“\"]{1,60}?\\bof\\b)|"
    "(?:refers|referred|referring) to (?:himself|herself|itself|themselves) as|"
    "(?:(?<=\\bhe )|(?<=\\bshe )|(?<=\\bthey )|(?<=\\bwe ))(?:refers|referred|refer) to as")
# ("what he referred to as a “siege”": his word; not "heard Pressenza referred to as ‘that
# blog’", what others call it; nor "in adding the Okinawan “Kariyushi shirt” as one of the
# options", what is added)
# ("Emilia felt that her Fulbright Program, “…was transformative …”": the words of the one
# who felt it, quoted as what she felt)
# ("dismissed openDemocracy’s reporting as ‘ridiculous and tendentious’"; "reflected on the
# ‘demonization of the other’", "decried the ‘war on the poor’": the words of the one who
# reflected or decried)
# (the last ones as infinitives: "addressed Russians to announce …")
# ("Vice Chairwoman Arriaga praises Ms. Kamalabadi’s “courage, grounded in …”": the words
# of the one who praises; "… Davis resigned in protest, citing “extensive redlining …”":
# the words of the one who cites them)
# ("Trump refers to himself as a "wartime president."": his own name for himself; but
# "Pressenza referred to as ‘that blog’" is what others, unnamed, call it)
_VERB = re.compile(rf"(?<![-\w])(?:{_SPEECH_WORDS})\b", re.IGNORECASE)  # not "so-called"
_PARTICIPLE = re.compile(r"\b(?:saying|adding|telling|writing|tweeting|calling|"
                         r"describing|stating|noting|arguing|insisting|warning|explaining|"
                         r"claiming|reading|citing|(?:address|speech|remarks|message)\s+"
                         r"(?:highlighting|emphasizing|emphasising|stressing|underscoring))\b",
                         re.IGNORECASE)  # (an address highlighting "…": its giver's words)
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|been)\s+quoted\b", re.IGNORECASE)
_WRITTEN = re.compile(r"\b(?:wrote|writes|writing|tweeted|tweets|tweeting|posted|posts|"
                      r"messaged|texted|emailed|statement|press release|release|letter|"
                      r"report|tweet|post|email|e-mail|ruling|filing|document|note|memo|"
                      r"notice|circular|newsletter)\b",
                      re.IGNORECASE)
_MEDIUM = (("tweet", "tweet"), ("press release", "press-release"), ("release", "press-release"),
           ("statement", "statement"), ("letter", "letter"), ("e-mail", "email"),
           ("email", "email"), ("report", "report"), ("ruling", "court-document"),
           ("filing", "court-document"), ("post", "post"), ("wrote", "document"),
           ("note", "document"), ("memo", "document"), ("notice", "document"),
           ("circular", "document"), ("newsletter", "document"))
#: Things words are printed on, before "reading" or "reads": "stickers on them reading,
#: “…”", "Their packaging reads, “…”", "a sign that read “…”".
_PRINTED_ON = re.compile(r"\b(?:stickers?|labels?|packag(?:e|es|ing)|signs?|boxe?s?|tags?|"
                         r"decals?|banners?|placards?|inscriptions?|plaques?|stamps?|"
                         r"cartons?|wrappers?|bottles?|t-shirts?|shirts?|posters?|"
                         r"billboards?)\b[^.!?“”\"]{0,30}\b(?:reads?|reading|that read|"
                         r"which reads?|saying|says)[,:]?[^\S\n]*[“\"‘']?$", re.IGNORECASE)
#: A slogan or a sign the words are given to after them: "“…” says the traditional slogan of
#: the Industrial Workers of the World", "“…,” read a banner".
_MOTTO_AFTER = re.compile(r"[,.!?]?[^\S\n]*(?:says|said|reads?|goes|went)[^\S\n]+(?:the|a|an|its|"
                          r"their|his|her|one)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:slogan|motto|"
                          r"banner|placard|sign|poster|chant|inscription|plaque|t-shirt|"
                          r"bumper sticker)s?\b", re.IGNORECASE)
#: What someone's words are called when no verb reports them: "an appeal to “…”", "his
#: call for “…”", "a pledge of “…”".
_SPEECH_NOUN = re.compile(r"\b(?:appeal|call|plea|pledge|promise|warning|demand|message|"
                          r"request|vow|instruction|order|slogan|chant|allegation|"
                          r"accusation|charge)s?\b",
                          re.IGNORECASE)
#: The verbs a subject makes such a noun with: "Critics made a plea for “…”", "pro-government
#: media publish … allegations that …".
_MAKES = re.compile(r"\s+(?:made|make|makes|publish|publishes|published|level|levels|"
                    r"levelled|leveled|issued|issue|issues|voiced|voice|voices|raised|"
                    r"raise|raises|repeated|repeat|repeats|spread|spreads)\b")
#: A document and who issued it, after "according to": "a note by Mozambique's
#: Information Bureau", "a statement from the ministry".
_DOCUMENT_BY = re.compile(r"(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:note|"
                          r"statement|report|letter|memo|notice|circular|release|post|tweet|"
                          r"message|document|filing|ruling|newsletter|e-?mail|decree|order)"
                          r"\s+(?:(?:issued|published|signed|sent|posted)\s+)?(?:by|from)\s+",
                          re.IGNORECASE)
#: A subject, then what it aims, hopes or means to do, right before the marks: the words
#: are what it says it will do ("… bill aims to “tackle …”", "she's hoping to showcase
#: “…”"); the subject opens the sentence or the clause after a comma.
_AIMS = re.compile(r"(?:^\s*|,\s+)(?P<who>(?:[\w’'-]+\s+){0,6}?[\w-]+)(?:[’']s)?\s+"
                   r"(?P<cue>(?:is\s+|are\s+)?(?:aims?|aiming|seeks?|seeking|promises?|"
                   r"pledges?|vows?|wants?|hopes?|hoping|plans?|planning|intends?|intending)"
                   r" to(?:\s+[a-z]+)?)\s*$")
#: An object right after "added", which makes it no speech verb: "added a new ‘…’".
_OBJECT_AFTER_ADD = re.compile(r"[^\S\n]+(?:a|an|the|our|my|its|their|his|her|two|three|"
                               r"several|some|new)\b")  # (not "added that “…”": speech)
#: What "stated" describes as an adjective: "Its stated mission is to …".
_STATED_AIM = re.compile(r"\s+(?:purpose|mission|aim|goal|objective|intention|policy)\b")
#: A body's or a person's stated purpose, opening the sentence: "Its purpose is to “…”".
_PURPOSE = re.compile(r"\s*(?P<who>Its|His|Her|Their)\s+(?P<cue>(?:stated\s+)?(?:purpose|"
                      r"mission|aim|goal|objective)\s+(?:is|was)\s+to)\s*$")
_POSSESSIVE_PRONOUNS = {"its": "it", "his": "he", "her": "she", "their": "they"}
#: A law's own words: "The America COMPETES Act requires that “each institution …”".
_LAW_SAYS = re.compile(r"(?:^\s*|,\s+)(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,6}?"
                       r"(?:Act|Law|Constitution|Charter|Treaty|Code|Regulation|Directive))"
                       r"\s+(?P<cue>(?:requires|required|provides|provided|stipulates|"
                       r"mandates|says|states)(?:\s+that)?)\s*$")
#: A law's section named before its own words: "Under Section 401(e) of the Department of
#: Energy Organization Act (P.L. 95-91), “… a quorum …”".
_LAW_UNDER = re.compile(r"\s*(?P<cue>Under|According\s+to|In)\s+(?:[Ss]ection|[Aa]rticle|"
                        r"[Ss]ec\.|§)\s*[\w().-]+\s+of\s+(?P<who>(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|of|"
                        r"and|for|on)\s+){0,8}?(?:Act|Law|Constitution|Charter|Treaty|Code|Regulation|"
                        r"Directive))(?:\s*\([^()“”\"]{1,40}\))?\s*,\s*")
#: A bill before what it would do, in its own words: "The bill, HB 9, sponsored by Rep. Brock
#: Colvin, R-Albertville, would “prohibit …”".
_BILL_WOULD = re.compile(r"\s*(?P<who>[Tt]he\s+(?:bill|measure|legislation|proposal|ordinance|"
                         r"resolution))(?P<aside>,[^“”\"]{1,120},)?\s+(?P<cue>would|will)\s*$")
#: A passive verb of description and who did it: "described by the Freedom of Expression
#: Institute (FXI) as having “…”".
_DESCRIBED_BY = re.compile(r"(?P<cue>\b(?:[Dd]escribed|[Cc]alled|[Tt]ermed|[Dd]ubbed|[Bb]randed|"
                           r"[Ll]abell?ed|[Cc]riticised|[Cc]riticized|[Cc]ondemned)\s+by)\s+"
                           r"(?P<who>(?:the\s+)?[A-Z][^,;“”\"]{0,80}?)(?:\s+\([A-Z]{2,8}\))?\s+"
                           r"as\s+(?:having\s+|being\s+|the\s+|an?\s+)?$")
#: A transcript's label in capitals opening the line before a quotation: "STUDENTS:",
#: "TEACHER AND STUDENTS:", "DAVID BENNETT:".
_CAPITAL_LABEL = re.compile(r"[^\S\n]*(?P<who>[A-Z][A-Z.’'-]+(?:[^\S\n]+[A-Z][A-Z.’'-]+){0,3})"
                            r":[^\S\n]*[“\"‘']?")
#: A plan announced by someone, named before the words of it the sentence quotes: "Under a
#: scheme announced April 1 by Chancellor … Oliver Dowden, …".
_ANNOUNCED_BY = re.compile(r"(?P<cue>\b(?:announced|unveiled|proposed|outlined|set\s+out)\b"
                           r"[^,;“”\"]{0,30}?\bby)\s+(?P<who>[A-Z][^,;“”\"]{0,80}?),")
_PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "organisation",
             "him": "person", "her": "person", "i": "none", "we": "none"}
_DETERMINERS = ("The ", "A ", "An ", "One ", "Another ", "Some ", "Two ", "Three ")
_ADVERBS = r"(?:\s+(?:also|further|later|then|previously|once|has|had|have|was|were|is|" \
           r"would|will|again|recently|reportedly|publicly|finally|simply|just|only|" \
           r"(?:thought|said|believed|reported|alleged) to have))*"
#: A sentence's last clause naming a speaker: ", advocate Anton Katz told …".
_LAST_CLAUSE = re.compile(rf",\s+(?P<who>(?:[a-z][\w-]*\s+){{0,3}}[A-Z][^,;“”\"]{{0,60}}?"
                          rf"(?:,\s+(?:[DRI]|Ind)-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,)?)"
                          rf"{_ADVERBS}\s+(?P<verb>{_SPEECH_WORDS})\b")
# (a legislator's party and town may stand between the name and the verb: "…, Senate
# President Pro Tempore Bart Hester, R-Cave Springs, said")
#: … or people described, not named: "…, opponents say", "…, local officials said".
_LAST_CLAUSE_PEOPLE = re.compile(rf",\s+(?P<who>(?:[a-z][\w-]*\s+){{0,2}}[a-z]+s)"
                                 rf"{_ADVERBS}\s+(?P<verb>{_SPEECH_WORDS})\b[^,;“”\"]*$")
#: A party's member described, not named, as a sentence's speaker: "the first-term
#: Democrat said", "the Cabot Republican told …".
_PARTY_MEMBER_DESCRIBED = re.compile(rf"\b[Tt]he(?:[^\S\n]+[\w’'-]+){{0,3}}[^\S\n]+"
                                     rf"(?:Democrat|Republican)(?=[^\S\n]+(?:{_SPEECH_WORDS})\b)")
#: A sentence's closing source: "…, according to the Montana Consumer Counsel." (and a teaser
#: cut there: "…, according to briefing from the state’s consumer watchdog in an open […]|
#: Daily Montanan")
_ACCORDING_LAST = re.compile(r",[^\S\n]+according[^\S\n]+to[^\S\n]+(?P<who>[^,;“”\"\n|…\[]{2,80}?)"
                             r"[^\S\n]*(?:[.!?]|[^\S\n]*(?:\[…\]|…|\.\.\.)[^\n]*)?[^\S\n]*$")
#: People described in the plural, the whole subject before a speech verb: "officials",
#: "local residents", "health experts".
_PEOPLE_DESCRIBED = re.compile(r"\s*((?:[a-z][\w-]*\s+){0,2}([a-z]+s))\s*")


#: A relative clause after a name, perhaps after what the name is between commas:
#: "…, a state watchdog group, which said", "…, IEA executive director, who says", "…, who
#: told".
_RELATIVE = re.compile(r"(?:,\s+(?:(?:a|an|the)\s)?[^,“\"”]{1,60})?,\s+(?:which|who)\s*$")
#: A fragment of three words or more in curly quotation marks, opening in lower case (a
#: sentence listing three of them quotes a document's words, not placards or names).
_LISTED_PASSAGE = re.compile(r"“[a-z][^“”\n]*?\s\S+\s\S+[^“”\n]*?”")
#: Someone saying they have what the marks hold: "says it has a “good story to tell”".
#: A noun phrase after a quote that describes the quoted words: "a claim the CCP itself".
_CLAIM_APPOSED = re.compile(r"(?:a|an|the)\s+(?:claim|assertion|view|position|statement|"
                            r"argument|line|charge|allegation|notion|belief|narrative)\b",
                            re.IGNORECASE)
_CLAIMS_TO_HAVE = re.compile(r"\b(?:says?|said|claims?|claimed|insists?|insisted)\s+"
                             r"(?:it|he|she|they|we)\s+(?:has|have|had|is|are|was|were)\s+"
                             r"(?:a|an|the)\s+$")
#: The rest of a law's or a plan's name after a word of it in marks: "… ‘Integrity’ Bill".
_NAME_HEAD_AFTER = re.compile(r"[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+){0,3}(?:Bill|Act|Amendment|"
                              r"Plan|Strategy|Program|Programme|Scheme|Fund)\b")
#: What a charge's name in quotation marks follows: "on charges of “inciting subversion of
#: state power”", "accused of “…”".
_CHARGED_WITH = re.compile(r"\b(?:charges?|charged|accused|convicted|guilty|suspicion)\s+"
                           r"(?:of|with)\s+$")
#: Who signs a quotation standing alone, right after its closing mark (and a dash), before a
#: comma and where they said it: "“… and better.”  POTUS, State of the Union", "…" - Fred
#: Johnstone, Northern Native Broadcasting Yukon".
_SIGNED_AFTER = re.compile(r"[^\S\n]{1,3}(?:[—–-][^\S\n]*)?(?P<who>[A-Z]{3,}(?:[^\S\n]+(?:(?:and|"
                           r"of|for|&)[^\S\n]+)?[A-Z][a-z.]+){0,7}|[A-Z][a-z]+(?:"
                           r"[^\S\n]+[A-Z][a-z.]+){1,2}),[^\S\n]+[A-Z]")
# (and a body's long name after its letters: "—NASPA Undocumented Immigrants and Allies
# Knowledge Community, Facebook post")
#: A label a page sets before a quotation it shows apart: "Quote: “…” - Name, Body".
_QUOTE_LABEL = re.compile(r"[^\S\n]*(?:Quote|Quotation|Testimonial|In their words)[^\S\n]*:"
                          r"[^\S\n]*[“\"‘']*")
#: Who signs a statement on the line below it, after a dash: "--CMS Spokesperson", "— Jane
#: Doe, Mayor".
_SIGNED_BELOW = re.compile(r"[^\S\n]*\n\s*(?:--|[—–])[^\S\n]*(?P<who>[A-Z][\w.&’'-]*(?:[^\S\n]+"
                           r"[A-Z][\w.&’'-]*){0,3})(?:,[^\n]{0,80})?[^\S\n]*(?:\n|$)")
#: A speaker's name and post on the line below a quote, with no dash: "The Honourable Navdeep
#: Bains, Minister of Innovation, Science and Economic Development" (a release's "Quote").
_SIGNED_LINE_BELOW = re.compile(
    r"[^\S\n]*\n\s*(?:The[^\S\n]+Honourable[^\S\n]+|Hon\.[^\S\n]+)?(?P<who>[A-Z][\w.&’'-]*"
    r"(?:[^\S\n]+[A-Z][\w.&’'-]*){1,3}),[^\S\n]+(?P<post>[A-Z][^\n]{2,120}?)[^\S\n]*(?:\n|$)")
#: A line below a quote that is only a name, then the name again with its honorific, as a
#: testimonial's photo caption and signature give it ("Michael Johns" … "Dr. Michael Johns").
_NAME_LINE_BELOW = re.compile(r"[^\S\n]*\n\s*(?P<who>[A-Z][\w.&’'-]*(?:[^\S\n]+"
                              r"[A-Z][\w.&’'-]*){1,3})[^\S\n]*\n\s*(?:[A-Z][a-z]{1,4}\.[^\S\n]+)?"
                              r"(?P=who)[^\S\n]*(?:\n|$)")
#: The small words a post in title case holds: "Minister of Innovation, Science and …".
_POST_SMALL_WORDS = frozenset(("of", "and", "for", "the", "&", "on", "in", "to"))


def _signed_line_below(text: str, at: int, mentions: Sequence[Mention], starts: list[int]
                       ) -> re.Match[str] | None:
    """The line below a quote that is only a person's name and post in title case, the
    quote's signature (not a sentence that opens with a name: "Steve MacLean, President of
    the CSA and former astronaut, started the event"; nor a listing's next headline: "After
    Schoolboys’ Murders, Trinidadians Slam …")."""
    m = _SIGNED_LINE_BELOW.match(text, at)
    if m is None:
        alone = _NAME_LINE_BELOW.match(text, at)
        if alone is not None and any(p.type == "person"
                                     and text[p.start:p.end] == alone.group("who")
                                     for p in mentions):
            return alone  # "… chain of command.”\n\nMichael Johns\n\nDr. Michael Johns\nMember,
            # Board of Regents": a testimonial, its giver's name alone below it, then a
            # signature's short lines
        return None
    if m.group("post").rstrip().endswith((".", ":", ";")):
        return None
    if not any(p.type == "person" and text[p.start:p.end] == m.group("who") for p in mentions):
        return None  # (a person the story names, the signature's line a title-case one)
    words = m.group("post").replace(",", " ").split()
    return m if all(w[:1].isupper() or w in _POST_SMALL_WORDS for w in words) else None


#: A role set after a name and a comma, right before the verb: ", Amnesty International’s
#: Senior Legal Adviser" (said).
_ROLE_APPOSED = re.compile(r",[^\S\n]+(?P<role>[^,“”\"\n]{3,90}?),?[^\S\n]*$")
#: Words of a post a role's phrase holds besides the people's nouns: "Senior Legal Adviser",
#: "advocacy director".
_ROLE_WORDS = frozenset("""adviser advisor director secretary-general chair chief head
officer counsel coordinator manager researcher commander member""".split())
# ("Navy Capt. Timothy R. Fox, commander of Navy District Washington …, told the group")
_RELATIVE_NEXT = re.compile(r",\s+(?:which|who)\s*$")


#: Plural nouns for the people of a place, after its name: "PNG villages", "Gaza families".
_COMMUNITIES = frozenset("""villages villagers communities residents families farmers workers
activists women men students tribes groups people youths voters fishers""".split())
#: What follows a quote that opens a headline: "‘It’s our garden’: PNG villages …".
#: A person's name opening a sentence after "To" or "For" and before a comma: the view
#: the sentence gives is theirs ("To Hicks, the gathering was … a way to “honor …”").
#: A quote that opens with its verb in square brackets, the writer's: "[brings] together …",
#: its subject named right before the opening mark.
_BRACKETED_VERB = re.compile(r"\[[a-z][\w’'-]*\][^\S\n]")
#: The name right before a quote's opening mark, as a sentence's subject: "The Agency ".
_SUBJECT_BEFORE = re.compile(r"(?:(?<=[\s\]])|^)(?:[Tt]he[^\S\n]+)?(?:[A-Z][\w’'.&-]*[^\S\n]+)"
                             r"{1,5}$")
_WHOSE_VIEW = re.compile(r"\s*(?P<cue>To|For)\s+")
_HEADLINE_QUOTE_AFTER = re.compile(r"[:–—]\s+[A-Z]")
#: A label in capitals before a headline, on its line: "PRESS RELEASE : ", "• UPDATE: ".
_CAPITAL_LABEL_BEFORE = re.compile(r"[^\S\n]*(?:[•*][^\S\n]*)?[A-Z][A-Z ]{2,30}[^\S\n]*:"
                                   r"[^\S\n]*[‘'“\"]?")


def _singular(plural: str) -> str:
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


@dataclass
class Mention:
    """A name in the story that a speaker can be: its span, a key and its type."""

    start: int
    end: int
    key: str  # the entity's id (annotated) or suggested name
    type: str


#: A curly quotation mark that a copy kept as its escape code, as an embedded post's text
#: often comes: "\u201cSo grateful …\u201d— Barbara Lee (@BarbaraLee)".
_ESCAPED_MARK = re.compile(r"\\u201[cdCD]")


def _marks_unescaped(text: str) -> str:
    """The text with each escaped quotation mark read as the mark, padded to the escape's
    length so that every place in the text stays where it is."""
    if "\\u201" not in text:
        return text
    return _ESCAPED_MARK.sub(lambda m: "     “" if m.group()[-1] in "cC" else "”     ", text)


def suggest_quotes(text: str, mentions: Sequence[Mention],
                   covered: Sequence[tuple[int, int]] = ()) -> list[QuoteSuggestion]:
    """Quote suggestions in text order, leaving out passages an annotation covers."""
    story = text
    text = _marks_unescaped(text)
    announcing = [p for p in passages(text) if _announcing(text, p)]
    found = [p for p in passages(text) if p not in announcing]
    every = sorted(mentions, key=lambda m: m.start)
    # a name inside a quote is not who says the next one ("…the new Nicholas Sparks
    # book…” … “I found a wonderful book…”)
    outside = [m for m in every if not any(p.open < m.start < p.close for p in found)]
    starts = [m.start for m in outside]
    out: list[QuoteSuggestion] = []
    dropped: list[Passage] = list(announcing)
    previous: QuoteSuggestion | None = None
    kept: list[tuple[Passage, QuoteSuggestion | None]] = []
    for passage in found:
        if _DEFINED_SHORT.match(text, passage.open - 1) or (
                _SECOND_SHORT.search(text, max(0, passage.open - 40), passage.open + 1)
                and _DEFINED_SHORT.search(text, max(0, passage.open - 40), passage.open + 1)):
            dropped.append(passage)  # '… Authority ("FLRA" or "Authority") which …': the
            continue  # short forms a text defines in brackets, no one's words
        if _DENIED_SAYING.search(text, max(0, passage.open - 40), passage.open):
            dropped.append(passage)  # "I did not say, 'An announcement will be made very
            continue  # soon.'": words someone denies saying are no one's
        if _PROVERB_BEFORE.search(text, max(0, passage.open - 40), passage.open):
            dropped.append(passage)  # "There’s a saying, “What’s good for your heart is good
            continue  # for your brain.”": a proverb, no one's words
        suggestion = _suggest(text, passage, outside, starts, previous)
        kept.append((passage, suggestion))
        if suggestion is None:
            dropped.append(passage)
        if suggestion is not None:
            previous = suggestion
            out.append(suggestion)
            for nested in passage.inner:
                inner = _suggest_nested(text, passage, nested, every,
                                        [m.start for m in every])
                if inner is not None:
                    out.append(inner)
    _opened_before(kept)
    _only_person(text, out, every)
    _dialogue_turns(text, out, every)
    _same_words_elsewhere(text, out)
    out = _not_terms_elsewhere(text, dropped, out)
    out = sorted(out + _headline_echoes(text, dropped, out), key=lambda q: q.start)
    for q in out:
        q.text = story[q.start:q.end]  # the story's own words, escapes and all
    return [q for q in out if not any(a < q.end and q.start < b for a, b in covered)]


def _opened_before(kept: Sequence[tuple[Passage, QuoteSuggestion | None]]) -> None:
    """Give a quote's first paragraphs, left open and given to no one, the speaker its
    next paragraph names: "“The support … all New Zealanders." then "“While the Crown …,” Mr
    Finlayson said." (a quote over paragraphs is one speaker's, named where it ends). Runs
    from the last paragraph back, so a quote over three paragraphs takes the name too."""
    for k in range(len(kept) - 1, 0, -1):
        (passage, quote), before = kept[k], kept[k - 1][1]
        if passage.continued and quote is not None and quote.speaker_name is not None and \
                before is not None and before.speaker_name is None:
            before.speaker, before.speaker_name = quote.speaker, quote.speaker_name
            before.evidence = f"{before.evidence}; the quote goes on in the next paragraph, " \
                f"which names {quote.speaker_name}"


#: A saying denied right before the marks: "I did not say, '…'", "he never said “…”".
#: What names a proverb right before its words: "There’s a saying, “…”", "as the old adage
#: goes, “…”", "the proverb: “…”".
_PROVERB_BEFORE = re.compile(r"\b(?:a|an|the)[^\S\n]+(?:(?:old|popular|common|famous|"
                             r"familiar|well-known)[^\S\n]+)?(?:saying|adage|proverb|maxim|"
                             r"aphorism)(?:[^\S\n]+(?:goes|says))?[^\S\n]*[,:]?[^\S\n]*$")
_DENIED_SAYING = re.compile(r"\b(?:did[^\S\n]+not|didn[’']t|never|do[^\S\n]+not|don[’']t|"
                            r"does[^\S\n]+not|doesn[’']t)[^\S\n]+(?:say|said|write|wrote|"
                            r"tell|told)[^\S\n]*,?[^\S\n]*$")
#: An opening bracket, then a short form of one to three capitalised words in marks, then
#: the bracket's close or "or" and another: '("FLRA" or "Authority")', '("RIF")'.
_DEFINED_SHORT = re.compile(r"\([“\"][A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,2}[”\"]"
                            r"(?:\)|[^\S\n]+or[^\S\n]+[“\"])")
#: "or", then the opening mark of the second short form a bracket defines.
_SECOND_SHORT = re.compile(r"[”\"][^\S\n]+or[^\S\n]+[“\"]$")
#: A speaker named only by a pronoun or by a title: "he said", "the Minister added".
_UNNAMED_SPEAKER = re.compile(r"(?:[Hh]e|[Ss]he|(?:[Tt]he|[Oo]ur|[Mm]y)\s+"
                              r"(?:[A-Z][\w-]*\s+){0,3}(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Cc]hair(?:man|woman|"
                              r"person)?|[Cc]ommissioner|[Dd]irector|[Gg]overnor|[Mm]ayor))")


#: A speaker by a title or a pronoun alone, right before the speech verb.
_UNNAMED_BEFORE_VERB = re.compile(r"(?<![\w’'-])(?P<who>" + _UNNAMED_SPEAKER.pattern +
                                  r")[^\S\n]+$")


def _announcing(text: str, passage: Passage) -> bool:
    """'WASHINGTON -- "Following are excerpts from remarks given by … Lori Garver at …:': a
    stray mark before a release's own announcement of the words below, no one's words (and
    the names in it are outside any quote)."""
    return text[passage.start:passage.end].rstrip().endswith(":") and (
        _REMARKS_BY.search(text, passage.start, passage.end) is not None
        or _STATEMENT_FROM.search(text, passage.start, passage.end) is not None)


#: A turn of a dialogue that opens by greeting the one spoken to: "Michael, hello! …",
#: "Hi, Rachel! …".
_TURN_GREETING = re.compile(r"(?:(?:Hi|Hello|Hey|Oh|Well|Yes|No|Thanks|Good[^\S\n]+"
                            r"(?:morning|afternoon|evening))[,!]?[^\S\n]+)?"
                            r"(?P<who>[A-Z][a-z]+)[,!]")
#: What stands between two turns of a dialogue in marks: the marks and the space.
_BETWEEN_TURNS = re.compile(r"[”\"’']?\s*[“\"‘']?")


def _dialogue_turns(text: str, quotes: list[QuoteSuggestion],
                    mentions: Sequence[Mention]) -> None:
    """Give a dialogue's turns to its two speakers: two or more passages in marks one right
    after another, none given to anyone, the first two greeting two people by name
    ("“Michael, hello! How are you?” “Hi, Rachel! I’m well!” “It has been a long time.”"):
    each turn is the one the other greets, and the turns alternate."""
    people = {text[m.start:m.end]: m.key for m in mentions if m.type == "person"}
    k = 0
    while k < len(quotes):
        j = k
        while j + 1 < len(quotes) and quotes[j + 1].speaker_name is None and \
                quotes[j].speaker_name is None and \
                _BETWEEN_TURNS.fullmatch(text, quotes[j].end, quotes[j + 1].start):
            j += 1
        turns = quotes[k:j + 1]
        k = j + 1
        if len(turns) < 2:
            continue
        greeted = [g.group("who") if (g := _TURN_GREETING.match(q.text)) else None
                   for q in turns[:2]]
        if greeted[0] is None or greeted[1] is None or greeted[0] == greeted[1] or \
                not all(g in people for g in greeted):
            continue
        for n, q in enumerate(turns):
            who = greeted[1] if n % 2 == 0 else greeted[0]
            q.speaker, q.speaker_name = people[who], who
            q.evidence = "a dialogue's turns: each speaker greeted by the other, the turns " \
                "alternating"


def _only_person(text: str, quotes: list[QuoteSuggestion], mentions: Sequence[Mention]) -> None:
    """Give the quotes whose speaker is only "he" or "the Minister" to the one person the
    story names, when it names one and only one (a minister's release: "…,” he said" above
    "Mr Swann continued: “…”"); with two or more, who "the Minister" is stays open."""
    people = {m.key for m in mentions if m.type == "person"}
    if len(people) != 1:
        return
    key = next(iter(people))
    named = max((m for m in mentions if m.key == key), key=lambda m: m.end - m.start)
    if all(re.search(r"\b(?:said|says|spoke|talked|wrote)\s+to\s+$|\b(?:told|asked|thanked)\s+$",
                     text[max(0, m.start - 20):m.start])
           for m in mentions if m.key == key):
        return  # ("“…,” he said to John Doe": the one person named is whom he spoke to)
    for k, quote in enumerate(quotes):
        if quote.speaker is None and quote.speaker_name and \
                _UNNAMED_SPEAKER.fullmatch(quote.speaker_name):
            quotes[k] = dataclasses.replace(
                quote, speaker=key, speaker_name=text[named.start:named.end],
                evidence=f"{quote.evidence}; the one person the story names")


#: The nouns a term in marks names a kind of: "a “partial certification” model".
_TERM_BEFORE_NOUN = re.compile(r"[^\S\n]+(?:model|approach|system|policy|programme|program|"
                               r"scheme|label|status|rule|clause|loophole|strategy|framework|"
                               r"standard|mechanism|provision|exemption)s?\b")


def _headline_echoes(text: str, dropped: Sequence[Passage],
                     quotes: Sequence[QuoteSuggestion]) -> list[QuoteSuggestion]:
    """A headline's few words in marks that the story quotes again below, with who said
    them: the same words, the same speaker ("Report Finds “Code of Silence” at …" over "the
    report … said … a deeply entrenched “code of silence”"), though the headline alone
    reads as a title."""
    out = []
    for passage in dropped:
        line_start = text.rfind("\n", 0, passage.open) + 1
        line_end = text.find("\n", passage.close)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if line_start > 0 and text[line_start - 2:line_start] != "\n\n":
            continue  # (a headline stands on a line of its own)
        if not line.strip() or line.rstrip().endswith((".", ":")):
            continue
        words = text[passage.start:passage.end].casefold().strip()
        if len(words.split()) < 2:
            continue
        echo = next((q for q in quotes if q.start > passage.end and q.speaker_name
                     and text[q.start:q.end].casefold().strip(" ,.") == words), None)
        if echo is not None:
            out.append(dataclasses.replace(
                echo, start=passage.start, end=passage.end,
                text=text[passage.start:passage.end], kind="partial", continued=False,
                evidence="a headline's words in marks that the story quotes below, with who "
                         "said them"))
    return out


def _not_terms_elsewhere(text: str, dropped: Sequence[Passage],
                         quotes: list[QuoteSuggestion]) -> list[QuoteSuggestion]:
    """Leave out a few words in marks that no one is said to say when the story writes the
    same words in marks elsewhere as a term after "a" or "the", no quote ("‘Parental bill of
    rights’ falls …" over "An effort to pass a “parental bill of rights” came to an end"):
    one term, twice."""
    def words(start: int, end: int) -> str:
        return " ".join(re.findall(r"\w+", text[start:end])).casefold()

    terms = {words(p.start, p.end) for p in dropped
             if re.search(r"\b(?:[Aa]n?|[Tt]he)[^\S\n]+$", text[max(0, p.open - 5):p.open])}
    return [q for q in quotes if q.speaker_name or len(words(q.start, q.end).split()) > 8
            or words(q.start, q.end) not in terms]


def _same_words_elsewhere(text: str, quotes: list[QuoteSuggestion]) -> None:
    """Give a quote no sentence attributes the speaker of the same words quoted elsewhere
    in the story: a teaser or a pull quote repeats what the body says, and says who
    ('This project is terrifying …' above "“This project is terrifying …,” Geni told …")."""
    def words(q: QuoteSuggestion) -> str:
        return " ".join(re.findall(r"\w+", text[q.start:q.end])).casefold()

    said: dict[str, set[tuple[str | None, str]]] = {}
    for q in quotes:
        if q.speaker_name and len(words(q).split()) >= 4:
            said.setdefault(words(q), set()).add((q.speaker, q.speaker_name))
    for k, quote in enumerate(quotes):
        speakers = said.get(words(quote), set()) if quote.speaker_name is None else set()
        if not speakers and quote.speaker_name is None and len(words(quote).split()) >= 3:
            speakers = {(q.speaker, q.speaker_name) for q in quotes
                        if q.speaker_name and q.start > quote.end
                        and f" {words(quote)} " in f" {words(q)} "}
            # (or a headline's few words of a longer quotation the story gives later)
        if len(speakers) == 1:
            key, name = next(iter(speakers))
            quotes[k] = dataclasses.replace(
                quote, speaker=key, speaker_name=name,
                evidence="the same words are quoted elsewhere in the story, with who said them")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence(text: str, passage: Passage) -> tuple[int, int]:
    """The sentence the passage sits in: from the last full stop before its opening mark
    (outside quotation marks) to the first after its closing mark. (A paragraph that goes on
    with a quote the copy did not open again has no opening mark: its sentence starts with
    the paragraph.)"""
    line_start = text.rfind("\n", 0, passage.open + 1) + 1
    line_end = text.find("\n", passage.close)
    line_end = len(text) if line_end < 0 else line_end
    if hard_wrapped(text):  # lines broken at a width: the sentence goes on over them
        line_start = _wrapped_sentence_start(text, line_start)
        line_end = _wrapped_sentence_end(text, line_end)
    start = line_start
    if text.startswith(("Read more", "Read More"), line_start) and \
            passage.open == line_start + len("Read more"):
        start = passage.open  # "Read more‘Nakba never ended’: …": a listing's link glued to
        # the headline the quote opens
    for m in re.finditer(r"[.!?…][”’\"')\]]*\s+(?=[A-Z“\"‘'])|[.!?…][”\"](?=[“\"][A-Z])",
                         text[line_start:passage.open + 2]):
        # (and '… alliance.""President …': a copy that lost the space between two quotes)
        if line_start + m.end() <= passage.open and _stop(text, line_start + m.start()):
            start = line_start + m.end()  # (not after "John F." or "Mr.")
    end = line_end
    closing = passage.close + 1
    inside_end = text[passage.start:passage.end].rstrip()
    if inside_end.endswith((".", "!", "?")) and \
            re.match(r"\s+[A-Z“\"]|[“\"][A-Z]", text[closing:]) and \
            not _NAME_SAID.match(text, closing):
        end = closing  # "…in the land." Next sentence (but "“…?” Trump asked": its speaker)
    else:
        stops = (m for m in re.finditer(r"[.!?](?=[”’\"')\]]*(?:\s|$))", text[closing:line_end])
                 if _stop(text, closing + m.start()))
        m = next(stops, None)  # (not "said Maj. Sam Redding")
        if m:
            end = closing + m.end()
    return start, end


def _wrapped_sentence_start(text: str, line_start: int) -> int:
    """In hard-wrapped text, the start of the first of the lines before ``line_start`` that
    the sentence runs over (a line that does not end a sentence goes on in the next)."""
    for _ in range(WRAPPED_LINES):
        if line_start < 2 or text[line_start - 2] == "\n":
            break  # (a blank line ends a paragraph)
        before = text.rfind("\n", 0, line_start - 1) + 1
        if re.search(r"[.!?:;][”’\"')\]]*\s*$", text[before:line_start - 1]) or \
                not _SENTENCE_WORD.search(text, before, line_start - 1):
            break  # (nor a heading's line: "Efforts to Combat Methamphetamine Use")
        line_start = before
    return line_start


def _broken_paragraph_start(text: str, paragraph_start: int) -> int:
    """The start of the paragraph whose sentence a paragraph opening in lower case goes on
    with, where a copy broke it ("… House Majority Leader Steny H. Hoyer (MD) released the
    following statement … as Chair of the Federal Reserve" then "and nominate Dr. Lael
    Brainard to serve as Vice Chair:"): the sentence's subject is in the paragraph above."""
    if not text[paragraph_start:paragraph_start + 1].islower():
        return paragraph_start
    back = len(text[:paragraph_start].rstrip())
    if back == 0 or re.search(r"[.!?:;][”’\"')\]]*$", text[max(0, back - 4):back]):
        return paragraph_start
    return text.rfind("\n", 0, back) + 1


def _wrapped_sentence_end(text: str, line_end: int) -> int:
    """In hard-wrapped text, the end of the last of the lines after ``line_end`` that the
    sentence runs over: "…,\" said\nJames." ends at "James."."""
    for _ in range(WRAPPED_LINES):
        if line_end >= len(text) - 1 or text[line_end + 1] == "\n":
            break
        last = re.search(r"([.!?:;])[”’\"')\]]*\s*$", text[max(0, line_end - 4):line_end])
        if last is not None and (last.group(1) != "." or
                                 _stop(text, max(0, line_end - 4) + last.start(1))):
            break  # (but "said Lt. Col.\nRichard Dickens" goes on after the rank)
        following = text.find("\n", line_end + 1)
        line_end = len(text) if following < 0 else following
    return line_end


#: Whose words a passage in marks is, by a possessive before it: "the US president's “…”".
_OWNED_WORDS = re.compile(r"(?<![\w.])(?P<who>(?:the[^\S\n]+)?(?:[A-Z][\w-]*[^\S\n]+){0,2}"
                          r"[A-Za-z][\w-]*)['’]s[^\S\n]+\Z")
#: A noun for someone's words right after the passage: "… comment", "… remarks".
_WORDS_NOUN_AFTER = re.compile(r"[^\S\n]+(?:comment|comments|remark|remarks|claim|claims|tweet|"
                               r"tweets|slur|insult|jibe|quip|description)\b")

#: A name, then a speech verb, right after a quote's closing mark: "“…?” Trump asked".
_NAME_SAID = re.compile(r"[^\S\n]+[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3}[^\S\n]+"
                        r"(?:said|asked|says|asks|told|added|wrote|replied|explained|insisted|"
                        r"continued|shouted|wondered)\b")


def _stop(text: str, at: int) -> bool:
    """Whether the mark at ``at`` ends a sentence: not the dot of "Mr.", "Maj." or an
    initial."""
    if text[at] != ".":
        return True
    j = at
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:at]
    if len(word) == 1 and word.isupper() and (
            re.search(r"\b(?:on|via)[^\S\n]+$", text[max(0, j - 5):j])
            or re.match(r"[^\S\n]+[“\"‘]", text[at + 1:at + 3])):
        return True  # "… wrote the union on X. “We reject …”": a network's one letter, or a
        # letter before a quotation's opening mark, ends its sentence; no initial does
    return not (word in ABBREVIATIONS or (len(word) == 1 and word.isupper()))


#: A page's label before a tag or a category in marks: 'Posts Tagged With: "…"'.
_TAG_LABEL = re.compile(r"\b(?:[Tt]agged(?:\s+[Ww]ith)?|TAGGED|[Tt]ags?|[Cc]ategor(?:y|ies)|"
                        r"[Ff]iled\s+[Uu]nder)\s*:?\s*[“\"‘']?$")
#: A passive verb of describing right before the marks: "was described as", "were hailed
#: as" (whose speaker only a "by …" after the marks would name).
_DESCRIBED_AS = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:widely\s+)?(?:described|"
                           r"hailed|praised|critici[sz]ed|condemned|characteri[sz]ed|branded|"
                           r"dismissed)\s+as\s*$")
#: A passive's auxiliary right before its verb: "was asked", "were told".
_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are|be|get|gets|got)\s+$")
#: A passive verb of naming with no one doing it, right before the marks: "…, termed
#: “optical lattices”", "… are known as “dead zones”" (but "Smith called it “a farce”" has a
#: speaker: the verb is active).
_TERMED = re.compile(r"(?:(?:,|\b(?:is|are|was|were|be|been|being))\s+(?:termed|dubbed|called|"
                     r"named|labell?ed(?:\s+as)?|known\s+as|referred\s+to\s+as)(?:\s+an?)?|"
                     r"\bmeaning|\b(?:call|name|dub|style)(?:s|d|ed|bed|ing|bing)?\s+"
                     r"(?:themselves|itself|himself|herself|ourselves|myself)|\bwhat[’']s\s+"
                     r"(?:known\s+as|called|termed)|\b(?:[Aa]n?|[Tt]he)\s+(?!people\b)[a-z]+"
                     r"\s+(?:called|named|dubbed|known\s+as)(?:\s+(?:an?|the))?)\s*$")
# (and "to avoid what's called “…”"; "the team who called themselves "The Gridshellters."": a
# name one gives oneself; "an inspection is called a ‘full report’": the term
# after its article; "a trick called a “melon grab”": a thing and the term for it; "a slang
# term meaning “attention grabber”": a gloss)


#: What a phrase in marks is the topic of, a term rather than anyone's words: "a law …,
#: focusing on “obscene materials.”"
_TOPIC_BEFORE = re.compile(r"\b(?:focus(?:ed|es|ing)?|centred|centered)\s+on\s+$|"
                           r"\b(?:regarding|concerning)\s+$|"
                           r"\b(?:the\s+)?(?:meaning|definition|interpretation|scope)\s+of\s+"
                           r"(?:the\s+(?:terms?|words?|phrases?)\s+)?$|"
                           r"\b(?:a|the|its|their|our|his|her)\s+(?:[a-z]+\s+)?(?:policy|"
                           r"strategy|doctrine|principle|slogan|motto|concept|banner)\s+of\s+$")
# (and what a term means: "comments on the meaning of “other public services or
# activities”"; and a policy's name: "advocating a policy of "proactive contribution to
# peace"")


#: What goods were declared or marked as, right before the marks: "boxes declared as “paper
#: ream” and marked as “IK Yellow”" (a label, no one's words).
_LABELLED_AS = re.compile(r"\b(?:declared|marked|stamped|registered|sold|packaged|"
                          r"disguised)[^\S\n]+as[^\S\n]+$")
# (not "which opponents have labeled as “anti drag”": someone's label is their words)
#: The writer's own naming, right before the marks: "we called “the purge”", "what I
#: dubbed “the long week”" (but "they called it “a farce”" may report others' words).
_WE_CALLED = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:had|have|always|once|jokingly|later)\s+)?"
                        r"(?:call|called|dubbed|nicknamed|named|termed)\s+(?:it\s+)?$")
#: What an honour's citation in marks follows: "Jin was recognized for “pioneering …”".
#: A piece of writing named right before its title in marks: "in a post “…”".
_POST_BEFORE = re.compile(r"\b(?:a|an|the|their|his|her|its|my|our|this)\s+(?:blog\s+)?"
                          r"(?:post|article|essay|column|op-ed|thread|newsletter)\s*,?\s*$",
                          re.IGNORECASE)
#: A citation's author and date in brackets, before the cited piece's title: "Nada kareem22
#: (20 September 2023) “…” Diff.", "Smith (May 2021) “…”".
_DATED_CITATION = re.compile(r"\((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},\s+)?\d{4}\)\s*$")
#: What names a word quoted as a word: "the word “dog”", "the English term “woke”".
_WORD_AS_WORD = re.compile(r"\b(?:the|a|this|that)\s+(?:[A-Za-z]+\s+)?(?:word|term)\s*$",
                           re.IGNORECASE)
_CITED_FOR = re.compile(r"\b(?:recogni[sz]ed|honou?red|cited|commended|lauded)\s+for\s*$")
#: The sentence before that says who gave it: "… has won the Isaac Newton Medal from the
#: UK’s Institute of Physics".
_GIVEN_FROM = re.compile(r"\b(?:won|wins|received|receives|awarded|given|earned|presented"
                         r"\s+with)\b[^.!?\n]*?\bfrom\s+(?:the\s+)?")


#: An honour given, then its citation in marks opening with "for": "… was awarded to three
#: scientists “for …”", "… were awarded “for …”".
_AWARDED_BEFORE = re.compile(r"\b(?P<cue>awarded|honou?red|recogni[sz]ed|cited|commended)"
                             r"(?:[^\S\n]+(?:to|with)[^\S\n]+[^“”\"\n.;]{1,60}?)?[^\S\n]*$")
#: A sentence opening with its source: "According to the French Roadmap for …, “…”" (after
#: an ellipsis, a stop or a closing mark that may not end the sentence the quote is read in).
_ACCORDING_OPENING = re.compile(r"(?:^|(?<=[.!?…”\"])[^\S\n]*)According[^\S\n]+to[^\S\n]+"
                                r"(?:the[^\S\n]+)?")
#: The head words of the bodies that give honours: "the Nobel Committee for Physics".
_AWARDING_HEADS = frozenset("Committee Academy Jury Foundation Board Council".split())


def _awarding_body(text: str, s_start: int, mentions: Sequence[Mention],
                   cue: str) -> tuple[str | None, str | None, str | None, str] | None:
    """The body named in the paragraph whose head word gives honours (a committee, an
    academy, a jury), nearest the sentence quoting the honour's citation."""
    lo = text.rfind("\n", 0, s_start) + 1
    hi = line_end(text, s_start)
    bodies = [m for m in mentions if lo <= m.start < hi and m.type == "organisation"
              and _AWARDING_HEADS & set(text[m.start:m.end].split())]
    if not bodies:
        return None
    body = min(bodies, key=lambda m: abs(m.start - s_start))
    return body.key, text[body.start:body.end], cue, \
        f"an honour's citation after '{cue}': its giver, the body the paragraph names"


def _prize_giver(text: str, s_start: int, mentions: Sequence[Mention],
                 cue: str) -> tuple[str | None, str | None, str | None, str] | None:
    """Who gave the honour whose citation a sentence quotes: the body named after "from"
    in the paragraph's sentences before it."""
    lo = max(0, text.rfind("\n\n", 0, s_start), s_start - 400)
    given = next(reversed(list(_GIVEN_FROM.finditer(text, lo, s_start))), None)
    if given is None:
        return None
    near = [m for m in mentions if given.end() <= m.start <= given.end() + 40
            and m.end <= s_start]
    giver = next((m for m in near if m.type == "organisation"), near[0] if near else None)
    if giver is None:
        return None
    return giver.key, text[giver.start:giver.end], cue, \
        f"an honour's citation after '{cue}': its giver, named after 'from' before"


#: A speech verb and a comma right before the opening mark: "… is to say, ‘Go somewhere
#: else’": words someone says, though the sentence may name no one who does.
_SAID_COMMA = re.compile(r"\b(say|says|said|saying|ask|asks|asked|tell|tells|told|reply|"
                         r"replies|replied|shout|shouted|declare|declared)[^\S\n]*,[^\S\n]*$")


#: A verb of asking right before the words in marks, with no comma between: "people who
#: ask “how do I get a job in DOC”".
_ASKED_BEFORE = re.compile(r"\b(ask|asks|asked|wonder|wonders|wondered)[^\S\n]+$")


#: A verb of describing right after the sentence's subject, what it describes, then "as":
#: "The BBC reports the area as “hard hit.”".
_DESCRIBES_AS = re.compile(r"\s(?P<cue>reports|reported|describes|described|characteri[sz]es|"
                           r"characteri[sz]ed|labels|labell?ed|brands|branded)\s+"
                           r"(?:[\w’'-]+\s+){1,5}?as\s+(?:an?\s+|the\s+)?$")


#: What a bill or a law does, in a clause after it, up to the words it is quoted using: "an
#: anti-drag show bill, which bans “…”", "HB 565, which would prohibit drivers from “…”".
_LAW_CLAUSE = re.compile(
    r"(?P<law>\b(?:[A-Z]{1,3}\s?\d{1,5}|(?:[Hh]ouse|[Ss]enate|[Aa]ssembly)\s+[Bb]ill\s+\d{1,5}|"
    r"bill|law|measure|legislation|ordinance|amendment|regulation|rule))\b,?\s+(?:which|that)"
    r"\s+(?:would\s+|will\s+|also\s+)?(?P<cue>(?:bans?|prohibits?|requires?|defines?|bars?|"
    r"allows?|restricts?|criminali[sz]es?|targets?|mandates?))\b[^.;]{0,90}?\s*$")

#: The words that describe an unnamed bill before it, from its article: "an anti-drag show
#: bill".
_LAW_PHRASE = re.compile(r"\b(?:an?|the|this|that|his|her|its|their)\s+(?:[\w’'-]+\s+){0,4}$")


def _law_clause(text: str, s_start: int, q_open: int, mentions: Sequence[Mention],
                starts: list[int]) -> tuple[str | None, str | None, str | None, str] | None:
    """Words a bill or a law is quoted using, in the clause that says what it does: the
    bill's, by its number if the story gives one ("HB 565"), not the words of whoever the
    sentence makes speak ("Lee said he will sign a bill, which bans “adult-oriented
    entertainment” …")."""
    m = _LAW_CLAUSE.search(text, s_start, q_open)
    if m is None or _VERB.search(text, m.end("cue"), q_open):
        return None  # (not "… a bill, which bans it, but Lee said “…”": a speaker after)
    law, cue = m.group("law"), m.group("cue")
    if law[:1].isupper():
        found = _mention_at(mentions, starts, m.start("law"), m.end("law"))
        return (found.key if found else None,
                text[found.start:found.end] if found else law, cue,
                f"a bill's words, in the clause saying what it does ('which {cue}')")
    phrase = _LAW_PHRASE.search(text, s_start, m.start("law"))
    described = f"{phrase.group().strip()} {law}" if phrase else None
    return (None, described, cue, f"a bill's words, in the clause saying what it does ('which "
            f"{cue}'); the bill not named")


def _owner_before(text: str, passage: Passage, mentions: Sequence[Mention],
                  starts: list[int]) -> Mention | None:
    """The person whose possessive stands right before the opening mark: "of Disraeli’s
    “lies, damned lies, and statistics.”" (a line break between them, as a record sets a
    quotation on a line of its own)."""
    j = bisect.bisect_left(starts, passage.open) - 1
    if j < 0:
        return None
    m = mentions[j]
    said = text[passage.start:passage.end].rstrip()
    if not said.endswith((".", "!", "?")) or len(said.split()) < 3 or \
            not re.fullmatch(r"[’']s?[^\S\n]*\n?[^\S\n]*", text[m.end:passage.open]):
        return None  # (a sentence or a saying, not a phrase someone else may use of the
        # person: "Trump’s “executive overreach”", "Apple’s “iPhone”")
    return m


#: What follows a passage left open that no next paragraph goes on with: the line's end,
#: then a line that opens with no quotation mark (or the text's end).
_LEFT_OPEN_ALONE = re.compile(r"[^\n]*(?:\n[^\S\n]*)+(?=[^\s“\"‘'«„])|[^\n]*\Z")


#: A verb, its object and a colon, then the words up to the marks: "stresses three themes:
#: addressing the threats posed … by moves toward " (the verb introduces a list).
_LIST_AFTER_CUE = (r"[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}[\w-]+:[^\S\n]+(?P<item>[^\n:]*?)"
                   r"[^\S\n]*[“\"‘']?$")


def _suggest(text: str, passage: Passage, mentions: Sequence[Mention], starts: list[int],
             previous: QuoteSuggestion | None) -> QuoteSuggestion | None:
    start, end = _trimmed(text, passage.start, passage.end)
    words = text[start:end].split()
    if not passage.closed and (text[start:end].rstrip().endswith("…") or (
            len(words) <= 3 and text[start:end].rstrip().endswith("..."))):
        return None  # "“These new members bring…", "on “ghost...": a listing's teaser cut
        # the quote off (a longer passage cut with three dots is still someone's words)
    if len(words) <= 3 and any(m.type == "person" and m.start < passage.open
                               and passage.close < m.end for m in mentions):
        return None  # 'Jin Chul “Jacob” Cha': a nickname inside the person's name
    if not words or (len(words) <= 3 and text[:passage.open].endswith("(")
                     and text[passage.close + 1:passage.close + 2] == ")"):
        return None  # "MDMA (“ecstasy”)": another name for a thing, in parentheses
    if len(words) == 1 and words[0].endswith(("able", "ible", "ous", "ive", "ful", "less",
                                               "ish", "esque", "like")) and \
            re.match(r"[^\S\n]+[a-z]", text[passage.close + 1:]) and \
            re.search(r"\b(?:a|an|the|their|its)\s+$", text[:passage.open]):
        return None  # "a “snortable” chocolate powder": an adjective in scare quotes
    if len(words) <= 4 and all(w[:1].isupper() or w.casefold() in TITLE_SMALL_WORDS
                               for w in words) and words[0][:1].isupper() and \
            not re.search(r"[.,!?;:]$", words[-1]) and \
            re.match(r"[^\S\n]+[a-z]", text[passage.close + 1:]) and \
            re.search(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+$",
                      text[:passage.open], re.IGNORECASE):
        return None  # "its “Most Wanted” list": the name of a thing, before its kind
    if len(words) <= 3 and all(w[:1].isupper() for w in words) and \
            re.search(r"[A-Z][\w’'-]*[^\S\n]+$", text[max(0, passage.open - 40):passage.open]) and \
            _NAME_HEAD_AFTER.match(text, passage.close + 1):
        return None  # "the Political Party Registration ‘Integrity’ Bill", "the Surveillance
        # 'Reform' Bill": a word in marks inside a law's or a plan's name, no one's words
    if len(words) <= 2 and not re.search(r"[.,!?;:]$", words[-1]) and \
            re.match(r"[^\S\n]+(?:[A-Z]{2,}\b|[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+)",
                     text[passage.close + 1:]) and \
            re.search(r"\b(?:a|an|the|its|their|his|her|our|this|that|existing)\s+$",
                      text[:passage.open], re.IGNORECASE) and \
            not _title_case_around(text, passage.open, passage.close):
        return None  # "the “expanded-data” HPI", "its existing “expanded-data” House Price
        # Index": a term in marks before the name it describes
    marked = list(re.finditer(r"[“‘\"]" + re.escape(" ".join(words).rstrip(",.;:!?"))
                              + r"[,.;:!?]?[”’\"]", text)) if len(words) <= 4 else []
    s_start, s_end = _sentence(text, passage)
    before = text[s_start:passage.open]
    awarded = _AWARDED_BEFORE.search(before) if words[0] == "for" else None
    according = next(reversed(list(_ACCORDING_OPENING.finditer(before))), None)
    # (the honour or the source the quote's own sentence names: "… were awarded “for …”",
    # "According to …, “…”")
    if len(marked) >= 2 and not (
            words[0] in _SPEAKING_PRONOUNS and all(
                not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
                and text.startswith(":", m.end()) for m in marked)) and (
            all(w[:1].isupper() for w in words) or (
                not _sentence_like(words) and all(
                    re.search(r"\b(?:a|an|the)\s+$", text[max(0, m.start() - 5):m.start()],
                              re.IGNORECASE) for m in marked)
                and not _CLAIMS_TO_HAVE.search(before)
                and not _quoted_again_inside(text, passage.start, passage.end))):
        # (but "… being a “false flag” and an “inside job.” “It was an inside job, …": the
        # words of a longer quotation that follows, no term)
        # (not "‘We Need Everyone’: How …" opening a headline a listing repeats above
        # "Read More »": someone's words, each time)
        return None  # "the Rankin County “Goon Squad,” …" and "the self-proclaimed “Goon
        # Squad” of …": a name the story puts in marks each time it writes it; or a term,
        # after an article: "the termination of a “notification of unusual event”" (but "the
        # ANC says it has a “good story to tell”": its words, however often repeated)
    after = text[passage.close + 1:s_end] if passage.closed else ""
    if _TAG_LABEL.search(text, max(0, passage.open - 30), passage.open):
        return None  # 'All Posts Tagged With: "New coin design"': a page's tag
    if _POST_BEFORE.search(before) or _DATED_CITATION.search(before):
        return None  # "In a post “What is a Wikimedian life without …,” Nada …", "Nada
        # kareem22 (20 September 2023) “What is …” Diff.": a post's title, whatever its case
    if re.search(r"\b(?:called|titled|entitled|named|dubbed)[^\S\n]+$", before) and \
            words[0][:1].isupper() and len(words) <= 10:
        return None  # "a new weekly production on Twitter called “Nigeria — the Twitter
        # Round Up.”": a title after the word that names it
    if words[0][:1].isupper() and not re.search(r"[.!?]$", words[-1]) and \
            _EVENT_BEFORE.search(before):
        return None  # "the Fourth ECB conference on statistics “A strategic vision for
        # statistics: challenges for the next ten years”": the meeting's title
    if re.search(r"[→»][^\S\n]*$", before):
        return None  # "… give back to their community. → “Champani youth in Cambodia find
        # …": a linked story's title after an arrow, no one's words
    if (len(words) <= 4 or (len(words) <= 8 and _TOPIC_BEFORE.search(before))) and \
            not _sentence_like(words) and (
            _TERMED.search(before) or _WE_CALLED.search(before)
            or _TOPIC_BEFORE.search(before)):
        return None  # "laser traps, termed “optical lattices”": a term, in no one's words;
        # "The next summer we called “the purge”": the writer's own name for a time
    if len(words) <= 3 and _WORD_AS_WORD.search(before):
        return None  # "as often as the word “furlough,”": a word mentioned as a word
    if len(words) <= 4 and _LABELLED_AS.search(before):
        return None  # "boxes declared as “paper ream”", "marked as “IK Yellow”": a label
    if len(words) <= 8 and words[0][:1].islower() and _CHARGED_WITH.search(before):
        return None  # "on charges of “inciting subversion of state power”": the charge's
        # name, as the law words it
    if len(words) <= 3 and words[0][:1].islower() and not _sentence_like(words) and \
            re.search(r"\b(?:whose|its|their)\s+$", before) and \
            re.match(r"[^\S\n]+[a-z]+\b", text[passage.close + 1:]):
        return None  # "whose “state secrets” trial": a term before the noun it qualifies
    if len(words) == 1 and words[0][:1].islower() and "-" in words[0].strip(",.;:!?") and \
            re.match(r"[^\S\n]+[a-z]+\b", text[passage.close + 1:]) and \
            not re.search(r"\b(?:said|says|describ\w+|call\w*)[^\S\n]+(?:it|them|this|that|"
                          r"him|her)?[^\S\n]*(?:a|an|the)?[^\S\n]*$", before):
        return None  # "made ‘reimbursement-for-expenses’ payments", "a ‘two-for-one’ wage
        # deal": one compound in marks before the noun it qualifies, a term
    attribution = _law_clause(text, s_start, passage.open, mentions, starts) or \
        _attribute(text, s_start, passage.open, passage.close + 1, s_end, before, after,
                   mentions, starts)
    whole = _sentence_like(words)
    if attribution is not None and len(words) <= 3 and not whole and \
            _far_from_its_cue(before, after, attribution[2], words) and (
                re.search(r"\b(?:a|an|the)\s+$", before, re.IGNORECASE)
                or re.match(r"[^\S\n]+[a-z]", after)):
        return None  # "a fight over a “bathroom bill” and “religious conscience” legislation
        # that businesses … have warned will …": terms in scare quotes inside a noun
        # phrase, far from the verb the sentence says something with
    if attribution is None:
        owner = _OWNED_WORDS.search(text, max(0, passage.open - 60), passage.open)
        if owner is not None and _WORDS_NOUN_AFTER.match(text, passage.close + 1):
            # "the US president's “shithole” comment": the words are the owner's
            mention = _mention_at(mentions, starts, owner.start("who"), owner.end("who"))
            if mention is not None and mention.end == owner.end("who"):
                attribution = (mention.key, text[mention.start:mention.end], None,
                               "its owner's name before, 'comment' after")
            else:
                attribution = (None, owner.group("who"), None,
                               "its owner before, 'comment' after")
    headline = None if attribution is not None else _headline_in_marks(text, passage, words,
                                                                        mentions, starts)
    if headline is not None:
        attribution = headline
    posted = None if attribution is not None else _embedded_post(text, passage.close,
                                                                  mentions, starts)
    if posted is not None:
        attribution = posted
    if attribution is None:
        if passage.continued and previous is not None:
            attribution = (previous.speaker, previous.speaker_name, None,
                           "continues the quote before it")
        elif previous is not None and len(words) >= 3 and \
                re.fullmatch(r"[”\"’']?,?[^\S\n]+(?:or|and)[^\S\n]+",
                             text[previous.end:passage.open]):
            # "… text me and say “Oh Murray …”, or “I saw what you said …”": a second
            # saying the first one's verb introduces, after "or"
            attribution = (previous.speaker, previous.speaker_name, previous.cue,
                           "another saying after the one before, joined by 'or' or 'and'")
        elif whole and (shown := _shown_speaking(text, passage.open)) is not None:
            attribution = shown
        elif whole and len(words) >= 4 and (not before.strip(" “\"‘'")
                                            or _QUOTE_LABEL.fullmatch(before)) and \
                (signed := _SIGNED_AFTER.match(text, passage.close + 1)) is not None:
            found = _mention_at(mentions, starts, signed.start("who"), signed.end("who"))
            attribution = (found.key if found else None, signed.group("who"), None,
                           "signed after the closing mark ('… .” POTUS, State of the Union')")
        elif whole and len(words) >= 4 and not before.strip(" “\"‘'") and \
                (signed := _SIGNED_BELOW.match(text, passage.close + 1)
                 or _signed_line_below(text, passage.close + 1, mentions, starts)) is not None:
            found = _mention_at(mentions, starts, signed.start("who"), signed.end("who")) \
                or _body_of_post(text, signed.group("who"), mentions)
            attribution = (found.key if found else None,
                           text[found.start:found.end] if found else signed.group("who"), None,
                           "signed on the line below ('--CMS Spokesperson', or a name and "
                           "its post: 'The Honourable …, Minister of …')")
        elif whole and len(words) >= 4 and _NUMBERED.fullmatch(before):
            # (a sentence of its own, or a list's item or numbered heading: one inside
            # another sentence is not "standing")
            attribution = _attributed_after_dash(text, passage.close, mentions, starts) or \
                _named_right_after(text, passage.close, mentions, starts) or \
                _subject_opens_next(text, passage.close, mentions, starts) or \
                _attributed_below(text, passage.close, mentions, starts) or \
                _read_out_below(text, passage.close, mentions, starts) or \
                _statement_title(text, passage.open, mentions, starts) or \
                (None if headline_over_summary(text, passage) is not None else
                 _standing_alone(text, passage.open, mentions, starts, previous,
                                 q_close=passage.close))
            # (a list's headline: the person named above it is the item before's)
            if attribution is None:
                # a whole sentence in marks standing on its own, and no one to give it to
                # (the headline named the speaker): still a quote, the speaker left blank
                attribution = (None, None, None, "a whole sentence in quotation marks; no "
                               "one named to give it to")
        elif whole and previous is not None and previous.speaker_name is not None and \
                text.rfind("\n", 0, passage.open) < previous.start and \
                awarded is None and according is None:
            # (but not a quote its own sentence gives a source: "… was awarded “for …”",
            # "According to …, “…”")
            # "“Attitude very poor,” the officer wrote … “See video.”": a short sentence
            # after an attributed quote in the same paragraph is the same speaker's
            attribution = (previous.speaker, previous.speaker_name, None,
                           "the speaker of the quote before, in the same paragraph")
        if attribution is None and words[0][:1].isupper() and not _title_case(words) and \
                (not all(w[:1].isupper() for w in words)
                 or (len(words) == 1 and _FEELING.search(words[0])
                     and _person_opens(text, passage.close + 3, mentions, starts))) and \
                (not before.strip() or _CAPITAL_LABEL_BEFORE.fullmatch(before)) and \
                _HEADLINE_QUOTE_AFTER.match(text, passage.close + 1):
            # (or after a label in capitals: "PRESS RELEASE : ‘We see you’: Armed forces …")
            # (or one word of how someone feels, when a person's name opens what follows:
            # "‘Elated’: Leibler optimistic on next steps …"; but "“Meltdown”: Trump
            # Defends …" is what others call his doing)
            # "‘It’s our garden’: PNG villages fight …": a headline opening with someone's
            # words, whoever the headline then names
            who = _subject_at(text, passage.close + 2, s_end, mentions, starts)
            people = re.match(r"\s+[a-z]+s\b", text[who[2]:]) if who else None
            if people is not None and people.group().strip().capitalize() in HEADLINE_VERBS:
                people = None  # "‘Nakba never ended’: Tlaib introduces …": a verb, not a
                # plural
            if who is not None and people is not None and \
                    _singular(people.group().strip()) not in PERSON_NOUNS and \
                    people.group().strip() not in _COMMUNITIES:
                who = None  # "‘Spectacularly disobedient’: Pride parades in the Balkans":
                # a name before a thing's plural, no one who speaks
            elif who is not None and people is not None:  # "PNG villages fight …": people
                who = (None, f"{who[1]}{people.group()}", who[2] + people.end())  # of a place
            attribution = (who[0], who[1], None, "a headline's opening words, before its "
                           "colon") if who else (None, None, None, "a headline's opening "
                                                 "words, before its colon")
        if attribution is None and 3 <= len(words) <= 10 and not before.strip() and \
                text[text.rfind("\n", 0, passage.open) + 1:passage.open].strip() == "" and \
                text[passage.close + 1:line_end(text, passage.close)].strip(" :–—") and \
                (words[0] in _SPEAKING_PRONOUNS or any(w in _AUXILIARIES for w in words[1:])):
            # "“There Are No Other Problems” in Tajikistan …", "“It Has Become Hard to
            # Breathe”: …": a headline opening with words someone says, in title case
            attribution = (None, None, None, "a headline opening with words someone says")
            headline = attribution
        if attribution is None and 2 <= len(words) <= 12 and _CLAUSE_BEFORE.search(before) \
                and words[0][:1].isupper() and (
                    not text[passage.close + 1:line_end(text, passage.close)].strip()
                    or words[-1].endswith((".", "!", "?"))):
            # "Iceland Is Trying to Elect Politicians Who “Know Who They Work For”": a
            # headline's clause its last words in marks finish, someone's words (or finish
            # its first sentence: "Kristi Noem Said She Is Proud to “Support Babies, Moms,
            # and Families.” Her Record Shows …", the words of the person it opens with)
            line_start = text.rfind("\n", 0, passage.open) + 1
            who = _subject_at(text, line_start, passage.open, mentions, starts) \
                if _SAID_IN_HEADLINE.search(before) else None
            attribution = (who[0], who[1], None, "a headline's clause that its words in marks "
                           "finish, after its subject's verb of saying") if who and who[0] \
                else (None, None, None, "a headline's clause that its last words in marks "
                      "finish")
            headline = attribution
        if attribution is None and whole:
            attribution = _statement_title(text, passage.open, mentions, starts)
        if attribution is None and (code := _CODE_CITED_AFTER.match(text, passage.close + 1)):
            attribution = (None, code.group("code"), None, "a statute's words, its citation in "
                           "brackets after them ('… commerce\" (29 U.S.C. 173)')")
        if attribution is None and (cited := _CITED_FOR.search(before)) is not None:
            cue = " ".join(cited.group().split())
            attribution = _prize_giver(text, s_start, mentions, cue) or (
                None, None, cue, f"an honour's citation after '{cue}'; its giver not named")
        if attribution is None and awarded is not None:
            cue = awarded.group("cue")
            attribution = _prize_giver(text, s_start, mentions, cue) or \
                _awarding_body(text, s_start, mentions, cue) or (
                    None, None, cue, f"an honour's citation after '{cue}'; its giver not "
                    "named")  # ("… were awarded “for the physical modelling of …”": the
            # prize's citation, not the laureates' words)
        if attribution is None and according is not None:
            source = next((m for m in mentions if s_start + according.end() <= m.start
                           <= s_start + according.end() + 4 and m.end <= passage.open), None)
            if source is not None:
                attribution = (source.key, text[source.start:source.end], "according to",
                               "the source a sentence opens with ('According to the French "
                               "Roadmap for Complex Systems, which …, “…”')")
        if attribution is None and len(words) >= 3 and words[0][:1].islower() and \
                len(_LISTED_PASSAGE.findall(text, text.rfind("\n", 0, passage.open) + 1,
                                            line_end(text, passage.close))) >= 3:
            # "… four categories: parts that “impermissibly attempt to create substantive
            # law;” parts that “attempt to enact general policy;” …": a document's words,
            # listed, whoever the sentence's subject is (its author)
            paragraph = text.rfind("\n", 0, passage.open) + 1
            who = _subject_at(text, s_start, passage.open, mentions, starts)
            if previous is not None and previous.speaker_name is not None and \
                    previous.start >= paragraph:
                attribution = (previous.speaker, previous.speaker_name, None, "one of several "
                               "passages its paragraph quotes, the speaker of the one before")
            else:
                attribution = (who[0], who[1], None, "one of several passages its paragraph "
                               "lists in quotation marks, its subject's words") if who else (
                    None, None, None, "one of several passages its paragraph lists in "
                    "quotation marks")
        if attribution is None and _BRACKETED_VERB.match(text, passage.start) and \
                (subject := _SUBJECT_BEFORE.search(text, max(0, passage.open - 80),
                                                   passage.open)) is not None and \
                (who := _subject_at(text, subject.start(), passage.open, mentions,
                                    starts)) and \
                who[0] is not None and not text[who[2]:passage.open].strip(" “\"‘'"):
            attribution = (who[0], who[1], None, "its subject's words, the verb the writer put "
                           "in brackets ('The Agency \"[brings] together …\"')")
        if attribution is None and len(words) >= 9 and not _title_case(words):
            # "… trade association dues, “activities meant to influence the outcome of any
            # local, state, or federal legislation,” …": too long for a scare quote
            attribution = (None, None, None, "a long passage in quotation marks; no one "
                           "named to give it to")
        if attribution is None and len(words) >= 4 and words[0] in ("a", "an", "the") and \
                re.search(r"[A-Za-z][^\S\n]*,[^\S\n]*$", text[max(0, passage.open - 4):
                                                          passage.open]) and \
                re.match(r"[’'”\"]?[^\S\n]*,", text[passage.close:passage.close + 3]):
            attribution = (None, None, None, "a description in marks set after a name, "
                           "someone's words for them")  # "Soni Sori, ‘an Inconvenient Woman
            # Who Speaks Inconvenient Truths’, Attacked": what someone called her, in title
            # case in a headline (no work's title, which opens with no article in lower case)
            headline = attribution
        if attribution is None and 3 <= len(words) <= 12 and \
                _quoted_again_inside(text, passage.start, passage.end):
            attribution = (None, None, None, "words in marks that a later quotation holds")
            # "FM: new team to deliver ‘radical, ambitious and progressive policy agenda’"
            # over "“… I have committed myself to a radical, ambitious and progressive
            # policy agenda …”": a headline's few words of a quotation (whose speaker the
            # later one gives)
        if attribution is None and (label := _headline_person(
                text, passage, mentions, starts, few=len(words) <= 4)) is not None:
            attribution = headline = label  # "Obama: Death of Taliban Leader … an
            # “Important Milestone”", "Lawrence ‘insulted’ at GOP congressman …"
        if attribution is None and (owner := _owner_before(text, passage, mentions,
                                                           starts)) is not None:
            attribution = (owner.key, text[owner.start:owner.end], None,
                           "a name's possessive right before the words in marks")
            # "I think particularly of Disraeli’s" over "“lies, damned lies, and
            # statistics.”": the words are his
        if attribution is None and len(words) >= 4 and \
                (asked := _ASKED_BEFORE.search(before)) is not None:
            attribution = (None, None, asked.group(1), f"a question after '{asked.group(1)}', "
                           "whoever asks it not named")  # "people who ask “how do I get a
            # job in DOC”"
        if attribution is None and (said := _SAID_COMMA.search(before)) is not None:
            attribution = (None, None, said.group(1), f"words after '{said.group(1)},', "
                           "whoever the sentence makes say them not named")  # "… plan to
            # solve homelessness is to say, ‘Go somewhere else’"
        if attribution is None and _SELF_DESCRIBED.search(text, max(0, passage.open - 20),
                                                          passage.open):
            i = bisect.bisect_left(starts, passage.open) - 1
            while i >= 0 and mentions[i].type != "person":
                i -= 1
            if i >= 0 and passage.open - mentions[i].end <= 400:
                named = mentions[i]
                attribution = (named.key, text[named.start:named.end], "self-described",
                               "'self-described' before the marks: the words of the person "
                               "they describe, named just before")  # "Bukele’s landslide …
                # The self-described “world’s coolest dictator” claimed …"
        if attribution is None and _first_person_line(text, passage, words):
            attribution = (None, None, None, "a line of its own in marks, in the first "
                           "person: someone's words, whoever they are")  # "‘We’re All
            # Fighting The Giant.’" under a feature's headline
        if attribution is None and words[-1].endswith(",") and \
                (says := NAMED_SAYS_AFTER.match(text, passage.close + 1)) is not None:
            named = says.group().split()
            person = next((m for m in mentions if m.type == "person"
                           and text[m.start:m.end].split()[-1] == named[-2]), None)
            if person is not None:
                attribution = (person.key, text[person.start:person.end], named[-1].lower(),
                               "a headline's quote, then its speaker's surname and verb "
                               "('“…,” Gutierrez Says of …')")
        if attribution is None:
            return None  # a scare quote, a title, a nickname; or no one to give it to
    speaker, speaker_name, cue, evidence = attribution
    if speaker is None and _DESCRIBED_AS.search(before):
        agent = re.match(r"[^\S\n]*,?[^\S\n]*by[^\S\n]+(?:the[^\S\n]+)?", text[passage.close + 1:])
        named = _mention_at(mentions, starts, passage.close + 1 + agent.end(),
                            passage.close + 2 + agent.end()) if agent is not None else None
        if named is not None and named.type in ("person", "organisation", "group"):
            speaker, speaker_name = named.key, text[named.start:named.end]  # "… was
            # described as “a disaster” by Jo Smith": the passive's agent
            evidence = f"a passive's description in marks, 'by {speaker_name}' after it"
        else:
            speaker_name = None  # "The working relationship … was described as
            # “exceptionally good”": the thing described is no speaker, and the passive
            # names none
            evidence = "a passive's description in marks ('was described as …'), its " \
                "speaker not named"
    if cue is not None and len(words) <= 4 and words[0][:1].islower() and \
            evidence.startswith(f"'{cue}' before the quote") and \
            (listed := re.search(rf"\b{re.escape(cue)}{_LIST_AFTER_CUE}",
                                 text[s_start:passage.open])) is not None and \
            len(listed.group("item").split()) >= 6:
        return None  # "The conference … stresses three themes: addressing the threats
        # posed … by moves toward “cloud computing” and …": terms in marks deep in a list
        # the verb introduces, no one's words
    member = _PARTY_MEMBER_DESCRIBED.search(text, s_start, s_end) \
        if speaker_name in ("Democrat", "Republican", "Democrats", "Republicans") else None
    if member is not None:
        person = next((m for m in reversed(mentions) if m.end <= member.start()
                       and m.type == "person"), None)
        if person is not None:  # "…,” the first-term Democrat said": the member last named
            speaker, speaker_name = person.key, text[person.start:person.end]
            evidence += f"; '{member.group().strip()}' describes {speaker_name}, named before"
    if speaker is None and speaker_name is not None:
        described = _described(text, speaker_name, passage.open, mentions, starts)
        if described is not None:  # "the president said" → President Moon Jae-in
            speaker, speaker_name = described
            evidence += f"; '{attribution[1]}' is how the story titled {speaker_name} before"
    if len(words) <= 3 and _TERM_BEFORE_NOUN.match(text, passage.close + 1) and \
            re.search(r"(?:[’']s|\b(?:a|an|the|its|their))[^\S\n]+$",
                      text[max(0, passage.open - 20):passage.open]):
        return None  # "PEFC’s “partial certification” model": a term naming a kind of
        # thing, no one's words
    if _PRINTED_ON.search(text[max(0, passage.open - 80):passage.open]) or \
            _MOTTO_AFTER.match(text, passage.close + 1):
        return None  # "stickers on them reading, “PLAYWELL …”", "Their packaging reads,
        # “…”": words printed on a thing, no one's words; "“Workers of the world unite!”
        # says the traditional slogan of …": a slogan's, whoever once coined it
    titled = quoted_title(words, text[max(0, passage.open - 40):passage.open],
                          text[passage.close + 1:s_end]) or (
        cue and _title_case(words) and re.match(r"(?:calls?|called|calling|dubbed|named|"
                                                r"titled|termed)\b", cue, re.IGNORECASE))
    if titled and speaker_name and _title_case_around(text, passage.open, passage.close) and \
            not _TITLE_CUE.search(text, max(0, passage.open - 40), passage.open):
        titled = False  # "* Mother of Soldier Killed in Iraq: "The Best Way To Honor …" *": a
        # Title Case headline writes its speaker's words in its own case, no work's title
    if titled and headline is None and not (cue and re.fullmatch(r"\w+ by", cue)):
        return None  # a title ("… that “The Fearless Girl” is meant …"), not a quote (but
        # "Described by Professor Martin Kretschmer as the “Beatles Extension Act”": the
        # name he gave it, his words)
    if not passage.closed and speaker_name is None and not cue and \
            re.search(r"[^.][.!?]$", text[start:end].rstrip()) and \
            text[text.rfind("\n", 0, passage.open) + 1:passage.open].strip() and \
            _LEFT_OPEN_ALONE.match(text, passage.end):
        return None  # 'A factoid with the words, “To achieve the … goal, … per year.' over
        # "Credit: …": a mark never closed after whole sentences, its next paragraph no
        # quote's, no one said to speak (a teaser cut mid-sentence, or one whose line opens
        # with the mark, is still someone's words)
    mid_sentence = text[start].islower() and before.strip(" “\"‘'") and \
        not before.rstrip(" “\"‘'").endswith(":")  # "… to showcase “the ways … world.”"
    kind = "direct" if (whole and not mid_sentence) or (
        len(words) >= 6 and text[start].isupper()) else "partial"
    medium = None
    context = f"{before} {after}"
    if posted is not None:
        kind, medium = "written", "tweet"
    elif cue and _WRITTEN.search(context):
        hit = _WRITTEN.search(context)
        found = hit.group().casefold() if hit else ""
        medium = next((m for key, m in _MEDIUM if key in found), "document")
        if re.search(r"\btweet", context, re.IGNORECASE):
            medium = "tweet"
        kind = "written"
    return QuoteSuggestion(start, end, text[start:end], kind, speaker, speaker_name, cue,
                           medium, evidence, passage.continued)


#: The paragraph under a headline in marks that says who spoke the words it is made of:
#: "The following statement was read by Hiroshima survivor Setsuko Thurlow, …".
_READ_OUT_BY = re.compile(r"\s*(?:The|This)[^\S\n]+(?:following[^\S\n]+)?(?:statement|speech|"
                          r"remarks|message|address|testimony)[^\S\n]+was[^\S\n]+(?:read|"
                          r"delivered|given|made)(?:[^\S\n]+out)?[^\S\n]+by[^\S\n]+")


def _read_out_below(text: str, q_close: int, mentions: Sequence[Mention], starts: list[int]
                    ) -> tuple[str | None, str | None, None, str] | None:
    """A quote on a line of its own whose next paragraph says who read out the statement
    it comes from: the first person named after "… was read by" (a headline made of a
    speaker's words, the teaser under it naming them)."""
    newline = text.find("\n", q_close + 1)
    if text[q_close + 1:newline if newline >= 0 else len(text)].strip():
        return None  # (the quote ends its line)
    read = _READ_OUT_BY.match(text, q_close + 1)
    if read is None:
        return None
    end = min((k for k in (text.find(".", read.end()), text.find("\n", read.end())) if k >= 0),
              default=len(text))
    found = _first_person(mentions, starts, read.end(), end)
    if found is None:
        return None
    return found.key, text[found.start:found.end], None, \
        "the paragraph under it: 'The following statement was read by …'"


def decked_headline(text: str, passage: Passage, words: list[str]) -> tuple[int, int] | None:
    """A headline that is wholly someone's words in single marks, as headline style marks
    them ("‘Best Job in Biomedical Research’" above "Collins Reflects on 12+ Years …"), even
    in Title Case: the start and end of the next line (the deck), or None. A title alone on
    its line with no deck under it, or in marks inside a longer line, is no such headline."""
    if text[passage.open] not in "‘'" or not passage.closed or not 2 <= len(words) <= 15 \
            or words[-1].endswith((".", ",", ";")):
        return None
    line_start = text.rfind("\n", 0, passage.open) + 1
    end = line_end(text, passage.close)
    if text[line_start:passage.open].strip() or text[passage.close + 1:end].strip():
        return None  # words in marks inside a longer line: the usual rules decide
    deck = re.match(r"\s*([^\n]+)", text[end:])
    if deck is None or len(deck.group(1).split()) > 20 or \
            deck.group(1).rstrip().endswith((".", "!", "?")) or \
            re.match(r"(?:By|Written by|Reviewed by)\b", deck.group(1), re.IGNORECASE):
        return None  # no deck under it (or a byline: "‘The Grapes of Wrath’" above "By …"):
        # the marks may hold a title on its own line
    return end + deck.start(1), end + deck.end(1)


def _headline_in_marks(text: str, passage: Passage, words: list[str],
                       mentions: Sequence[Mention], starts: list[int],
                       ) -> tuple[str | None, str | None, str | None, str] | None:
    """A headline wholly in single marks (:func:`decked_headline`), given to the person its
    deck opens with."""
    deck = decked_headline(text, passage, words)
    if deck is None:
        return _interviewees_headline(text, passage, words, mentions, starts) or \
            _summarised_headline(text, passage, words, mentions, starts)
    at, deck_end = deck
    found = _mention_at(mentions, starts, at, deck_end)
    if found is not None and found.start == at and found.type == "person":
        first = text[found.start:found.end].split()[0]
        whole = next((m for m in mentions if m.type == "person" and m.key != found.key
                      and len(text[m.start:m.end].split()) >= 2
                      and text[m.start:m.end].split()[-1] == first), None)
        if whole is not None:  # "Collins Reflects on …": a deck's surname, then its verb
            found = whole
        return (found.key, text[found.start:found.end], None,
                "a headline wholly in single quotation marks; the deck under it opens with "
                "this person")
    return (None, None, None, "a headline wholly in single quotation marks; the deck under it "
            "names no one first")


def fold_words(text: str) -> list[str]:
    """The words of a text, case folded, without their punctuation."""
    return re.findall(r"\w+", text.casefold())


def headline_over_summary(text: str, passage: Passage) -> tuple[int, int] | None:
    """Where the summary under a list's headline runs, when the headline opens with words
    in single marks ("‘Call me Tumi’: Meet the young woman who heads …", often cut with
    "..."), and the line under it is the summary of its story; or None."""
    if text[passage.open] not in "‘'" or not passage.closed:
        return None
    line_start = text.rfind("\n", 0, passage.open) + 1
    end = line_end(text, passage.close)
    line = text[line_start:end].rstrip()
    rest = text[passage.close + 1:end].strip()
    if text[line_start:passage.open].strip() or (rest and not rest.startswith(":")) or \
            len(line.split()) > 25 or (line.endswith((".", "!", "?")) and
                                       not line.endswith(("...", "…"))):
        return None  # (a sentence of a story, not a headline)
    summary = re.match(r"\n([^\n]+)", text[end:])
    if summary is None or len(summary.group(1).split()) < 8 or \
            not summary.group(1).rstrip().endswith((".", "!", "?", ")")):
        return None
    return end + summary.start(1), end + summary.end(1)


def _summarised_headline(text: str, passage: Passage, words: list[str],
                         mentions: Sequence[Mention], starts: list[int],
                         ) -> tuple[str | None, str | None, str | None, str] | None:
    """A list's headline opening with someone's words in single marks, above the summary
    of its story (:func:`headline_over_summary`): the one person the summary names, or no
    one when it names none and the headline is wholly in marks. Never the person of the
    item above it, whose summary ends there."""
    if not 2 <= len(words) <= 20 or _title_case(words):
        return None  # (a title in marks, "‘The Grapes of Wrath’", is no one's words)
    span = headline_over_summary(text, passage)
    if span is None:
        return None
    end = line_end(text, passage.close)
    rest = text[passage.close + 1:end].strip()
    if rest and any(m.type == "person" and m.start < end
                    for m in mentions[bisect.bisect_left(starts, passage.close):]):
        return None  # ("‘Elated’: Leibler optimistic …": the headline names who speaks)
    lo, hi = span
    people = {m.key: m for m in mentions[bisect.bisect_left(starts, lo):]
              if m.start < hi and m.type == "person"}
    said = fold_words(" ".join(words))
    if len(people) > 1 or any(set(fold_words(text[m.start:m.end])) & set(said)
                              for m in people.values()):
        return None  # (several people; or one the words name, "‘I Am Shuhrat’": others
        # speak of him)
    if people:
        [found] = people.values()
        return (found.key, text[found.start:found.end], None,
                "a list's headline opening with words in single quotation marks; the summary "
                "under it names this person")
    if rest:
        return None  # (after its colon, the headline may name who speaks: the rules of
        # headlines decide)
    return (None, None, None, "a list's headline opening with words in single quotation "
            "marks; the summary under it names no one")


#: A teaser that names whom the story interviews: "… Global Voices' interview with Jonathan
#: Barcant, …", "Global Voices talks to …".
_INTERVIEW_WITH = re.compile(r"\b(?:interview(?:ed)?\s+with|talk(?:s|ed)?\s+(?:to|with)|"
                             r"sp(?:eaks|oke)\s+(?:to|with)|interviews)\s+$")


def _interviewees_headline(text: str, passage: Passage, words: list[str],
                           mentions: Sequence[Mention], starts: list[int],
                           ) -> tuple[str | None, str | None, str | None, str] | None:
    """A headline in single marks, alone on its line or with a few words after the marks
    ("‘The Right Moment Has Come …’ to Fossil Fuels"), above a teaser that names the one
    the story interviews: that person's words."""
    if text[passage.open] not in "‘'" or not passage.closed or not 3 <= len(words) <= 25:
        return None
    line_start = text.rfind("\n", 0, passage.open) + 1
    end = line_end(text, passage.close)
    if text[line_start:passage.open].strip():
        return None
    if re.match(r"[^\S\n]*:[^\S\n]*(?:An[^\S\n]+)?[Ii]nterview[^\S\n]+with\b",
                text[passage.close + 1:end]):
        for m in mentions[bisect.bisect_left(starts, passage.close):]:
            if m.start >= end:
                break
            if m.type == "person":
                return (m.key, text[m.start:m.end], None, "a headline in single quotation "
                        "marks, then ': Interview with' the one who says it")
        # ("‘I want sci-fi to be normal and intimate': Interview with Czech comics artist
        # Filip Zatloukal")
    if len(text[passage.close + 1:end].split()) > 4:
        return None
    teaser_end = line_end(text, end + 1)
    for m in mentions[bisect.bisect_left(starts, end):]:
        if m.start >= teaser_end:
            break
        if m.type == "person" and _INTERVIEW_WITH.search(text, end, m.start):
            return (m.key, text[m.start:m.end], None, "a headline in single quotation marks; "
                    "the teaser under it names whom the story interviews")
    return None


def _suggest_nested(text: str, outer: Passage, passage: Passage,
                    mentions: Sequence[Mention], starts: list[int]) -> QuoteSuggestion | None:
    """A quote inside a quote ("She said to me, 'Tao, what…?'"): attributed inside."""
    start, end = _trimmed(text, passage.start, passage.end)
    words = text[start:end].split()
    inner_before = text[outer.start:passage.open]
    if not words or not _VERB.search(inner_before[-60:]):
        return None
    if re.search(r"\b(?:can|can[’']t|cannot|could|couldn[’']t|would|wouldn[’']t|might|may|"
                 r"should|shouldn[’']t|will|won[’']t|(?<!\bas )to)\s+(?:\w+\s+){0,2}"
                 r"(?:say|tell|ask|write|think|go)\b[^.!?]{0,20}$", inner_before[-60:],
                 re.IGNORECASE):
        return None  # "you can’t come and say ‘…’": imagined words, not a quote
    clause_start = outer.start
    for m in re.finditer(r"[.!?]\s+", inner_before):
        clause_start = outer.start + m.end()
    attribution = _attribute(text, clause_start, passage.open, passage.close + 1,
                             outer.end, text[clause_start:passage.open], "", mentions, starts)
    opening = _VERB.match(inner_before.lstrip())
    if attribution is None and clause_start == outer.start and opening is not None and \
            opening.group().islower():
        # 'Ryckman “asked House Republicans if they want ‘these folks’ …,” wrote …': the
        # outer passage opens on its speaker's verb; the speaker stands before its marks
        s_start = _sentence(text, outer)[0]
        who = _subject_before(text, s_start, outer.open, s_start, outer.open, mentions,
                              starts, strict=True)
        if who is not None and who[0] is not None:
            attribution = (who[0], who[1], opening.group(),
                           f"'{opening.group()}' opening the passage around it")
    if attribution is None:
        return None
    speaker, speaker_name, cue, evidence = attribution
    kind = "direct" if _sentence_like(words) else "partial"
    return QuoteSuggestion(start, end, text[start:end], kind, speaker, speaker_name, cue,
                           None, evidence)




#: Small words of other languages that a title keeps in lower case: "Oryol i Reshka",
#: "Cien años de soledad", "Le Monde et la Guerre".
_TITLE_PARTICLES = CONNECTORS_BASE | frozenset("i e et und och og en y la las los el".split())


#: Words that may open an attribution right after a quote: a pronoun, a speech verb.
_NEAR_CUE_OPENERS = frozenset("he she they it we i you who said says say told tells added "
                              "adds wrote writes according is was are were has had will "
                              "would can could may might".split())


#: The endings of an adjective for how someone feels or finds something: "Elated",
#: "Heartbroken", "Disgraceful", "Furious".
_FEELING = re.compile(r"(?:ed|en|ful|ous|ive|ible|able|less)[.!]?$")


#: What follows a quote that opens a paragraph, up to the person the next words are about:
#: a colon or nothing, then a few words that describe the person ("Trinidadian blogger").
_DESCRIBED_NEXT = re.compile(r"[^\S\n]*:?[^\S\n]+(?:[A-Za-z][\w’'-]*[^\S\n]+){0,3}?")
#: A footnote's link number after a name, then the verb the sentence goes on with.
_LINKED_VERB = re.compile(r"(?:[^\S\n]*\[\d{1,2}\])?[^\S\n]+[a-z]{3,}(?:s|ed)\b")


def _subject_opens_next(text: str, q_close: int, mentions: Sequence[Mention],
                        starts: list[int]) -> tuple[str | None, str | None, str | None, str] | None:
    """The person whose words a quote opening a paragraph gives, named right after it as
    the subject of what follows, as a roundup of blogs writes it: "“… are ‘anti-people'?”
    Trinidadian blogger Taran Rampersad [1] takes issue with …", "“… declaration”: Attillah
    Springer [1] wishes …"."""
    after = q_close + 1
    closing = re.match(r"\n?[”\"]", text[q_close:q_close + 2]) or \
        re.match(r"\n?[”\"]", text[after:after + 2])
    if closing is not None and text[q_close] != "”":
        after = text.index(closing.group()[-1], q_close) + 1  # (the closing mark on the
        # next line: "… declaration\n”: Attillah …")
    described = _DESCRIBED_NEXT.match(text, after)
    if described is None:
        return None
    found = _mention_at(mentions, starts, after, min(len(text), described.end() + 40))
    if found is None or found.type != "person" or \
            not re.fullmatch(r"[^\S\n]*:?[^\S\n]+(?:[A-Za-z][\w’'-]*[^\S\n]+){0,3}",
                             text[after:found.start]) or \
            _LINKED_VERB.match(text, found.end) is None:
        return None
    return found.key, text[found.start:found.end], None, \
        "the person the words after the quote open with, its subject"


#: More about the one a post names, after a comma and "and": ", and former volunteer
#: firefighter ".
_AND_DESCRIBED = re.compile(r",[^\S\n]+and[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){1,4}")


def _named_after_post(text: str, who: tuple[str | None, str, int], s_end: int,
                      mentions: Sequence[Mention], starts: list[int],
                      ) -> tuple[str | None, str, int] | None:
    """The person a speaker's post is followed by, after ", and" and more words about them:
    "…,” said FEMA Administrator, and former volunteer firefighter Craig Fugate."""
    described = _AND_DESCRIBED.match(text, who[2])
    if described is None:
        return None
    found = _mention_at(mentions, starts, described.end(), min(s_end, described.end() + 40))
    if found is None or found.type != "person" or found.start != described.end():
        return None
    return found.key, text[found.start:found.end], found.end


def _person_opens(text: str, at: int, mentions: Sequence[Mention], starts: list[int]) -> bool:
    """Whether a person's name is the first word at or right after ``at``."""
    found = _mention_at(mentions, starts, at, min(len(text), at + 60))
    return found is not None and found.type == "person" and not text[at:found.start].strip()


def _far_from_its_cue(before: str, after: str, cue: str | None, words: list[str]) -> bool:
    """Whether the words that attribute the sentence stand apart from the passage: a name in
    title case more than eight words after the verb ("warned … on the state known for the
    “Texas Miracle.”"), or a single word there after the verb's own quote ("he said he has
    “never seen …” as the attack that … using “clean” thrown down weapons"), or a
    passage the story's own noun phrase follows, the attribution only inside it ("“religious
    conscience” legislation that businesses … have warned"), not next to it ("a “disaster,”
    Smith said", "a “disaster” for farmers, Smith said", "would “ruin the town,” critics
    say")."""
    if not cue:
        return False
    at = before.rfind(cue)
    if at >= 0:
        between = before[at + len(cue):]
        return len(between.split()) > 8 and (
            all(w[:1].isupper() for w in words)
            or (len(words) == 1 and words[0][-1:].isalpha() and re.search(r"[“\"]", between)
                and re.match(r"[^\S\n]+[a-z]", after) is not None))
        # (a single word only after the verb's own quote, before a noun: not "…, was a
        # “hoax.”", nor "tried to “hijack” state electricity policy", the speaker's)
    at = after.find(cue)
    if at < 0:
        return False
    lead = re.sub(r"“[^”]*”|\"[^\"]*\"|\b(?:and|or)\b", " ", after[:at])
    if lead.strip(" ,.;:!?”\"’'"):
        return False
    opener = cue.split()[0].strip(",.;:!?”\"’'")
    return opener[:1].islower() and opener.casefold() not in _NEAR_CUE_OPENERS and \
        "," not in cue and re.search(r"\b(?:that|which|whom)\b", cue) is not None
    # (", Smith said" after the passage's clause attributes it, and so does "critics say"
    # right after it: only a noun the story's own relative clause hangs on stands between)


#: The language of a link's page in brackets after the link's words, as Global Voices
#: marks it: "‘No Time for Anger [de]’", "Enab Baladi [ar]".
LINK_LANGUAGE = re.compile(r"[^\S\n]*\[[a-z]{2,3}(?:-[A-Za-z]{2,4})?\]")


#: A person's age and home town between the name and the home town's province or state:
#: ", 38, of Digby, " (before "Nova Scotia").
_HOMETOWN_BETWEEN = re.compile(r"(?:,[^\S\n]*\d{1,3})?,[^\S\n]*(?:of|from)[^\S\n]+"
                               r"[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3},[^\S\n]*")
#: Verbs a Title Case headline gives someone's words with, capitalised: "… Calls Iraq a
#: "Bloody Mess"", "… Says ‘…’".
_HEADLINE_SPEECH = frozenset("says calls urges warns tells vows accuses slams blasts denounces "
                             "decries praises hails insists claims asks describes".split())
#: A headline's description of its speaker before the colon and the words in marks, after a
#: bullet: "* Mother of Soldier Killed in Iraq: ".
_DESCRIBED_SPEAKER = re.compile(r"[*•\s]*(?P<who>[A-Z][\w’'-]*(?:[^\S\n]+(?:of|in|at|on|the|for|"
                                r"[A-Z][\w’'-]*)){0,7}):[^\S\n]*")


def described_speaker(text: str, q_open: int, q_close: int) -> str | None:
    """Who speaks the words in marks of a Title Case headline, as its description before the
    colon says ("* Mother of Soldier Killed in Iraq: "…" *" → "Mother of Soldier Killed in
    Iraq"): a person's noun opens it. None for any other line."""
    described = _DESCRIBED_SPEAKER.fullmatch(text, text.rfind("\n", 0, q_open) + 1, q_open)
    if described is None or \
            described.group("who").split()[0].casefold() not in PERSON_NOUNS or \
            not _title_case_around(text, q_open, q_close):
        return None
    return described.group("who")


def _title_case_around(text: str, q_open: int, q_close: int) -> bool:
    """Whether the words around the marks at ``q_open`` and ``q_close`` on their line are in
    Title Case, as a headline's are ("Journalist Patrick Cockburn Calls Iraq a "Bloody Mess"
    One Year After"): there, capitals say nothing of names or of where a sentence starts."""
    start = text.rfind("\n", 0, q_open) + 1
    end = text.find("\n", q_close)
    end = len(text) if end < 0 else end
    around = [w.strip("*•") for w in (text[start:q_open] + " " + text[q_close + 1:end]).split()]
    return len(around) >= 5 and _title_case([w for w in around if w])


def _title_case(words: list[str]) -> bool:
    """'Mission's End: War and Withdrawal in Afghanistan': every word but the small ones
    capitalised, as in the title of a work (a sentence has lower-case words)."""
    words = [w for w in words if not LINK_LANGUAGE.fullmatch(w)]
    big = [w.lstrip("‘'“\"(") for w in words
           if w.casefold().strip(".,:;!?") not in TITLE_SMALL_WORDS
           and w.strip(".,:;!?") not in _TITLE_PARTICLES]
    return len(words) >= 3 and len(big) >= 2 and \
        all(w[:1].isupper() or w[:1].isdigit() for w in big)


#: Words before a title in quotation marks that say it names a work: 'the song
#: "Taxi"', 'is called "The Fearless Girl"'.
_TITLE_CUE = re.compile(r"\b(?:called|named|titled|entitled|known as|branded|song|album|single|"
                        r"film|movie|book|novel|series|show|play|poem|painting|sculpture|statue|"
                        r"documentary|programme|program|podcast|musical|opera|thriller|"
                        r"drama|comedy|sitcom|hit|track|anthem|with|(?:reboot|remake|sequel|"
                        r"prequel|adaptation|episode|season)\s+of|"
                        # ('as a guest on "Hello VOA."': a show, where a guest appears)
                        r"(?:a\s+guest|guests|appearing|appeared|an\s+appearance)\s+on)"
                        r"\s*,?\s*(?:the\s+)?$",
                        re.IGNORECASE)


#: Someone a sentence's clause makes speak, right before the colon that opens the words:
#: "…, prompting Jamaican Annie Paul to respond: “…”".
_PROMPTED_TO = re.compile(r"\b(?:prompting|leading|inviting|causing|moving|spurring)[^\S\n]+"
                          r"(?P<who>[^:;.\n]{2,80}?)[^\S\n]+to[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?"
                          r"[^\S\n]*:[^\S\n]*$")
#: What someone calls themselves, right before the marks: "the self-described “…”".
_SELF_DESCRIBED = re.compile(r"\bself-(?:described|styled|proclaimed)[^\S\n]*$", re.IGNORECASE)


def _first_person_line(text: str, passage: Passage, words: list[str]) -> bool:
    """Whether the marks fill a line of their own and open in the first person ("‘We’re
    All Fighting The Giant.’"): a sentence someone said, set as a title is."""
    return bool(words) and _first_person_opening(words) and \
        not text[text.rfind("\n", 0, passage.open) + 1:passage.open].strip() and \
        not text[passage.close + 1:line_end(text, passage.close)].strip()


def _first_person_opening(words: list[str]) -> bool:
    """Words that open with "I’m", "We’re" and the like, or with "I" or "We" and three
    words more: a sentence in the first person, not a work's title."""
    return bool(re.fullmatch(r"(?:I|We)[’'](?:m|re|ve|ll|d)", words[0])) or (
        words[0] in ("I", "We") and len(words) >= 4)


def quoted_title(words: list[str], before: str, after: str = "") -> bool:
    """Whether the words in quotation marks are a title, not somebody's words: Title Case
    ("Still Crazy After All These Years"), or one or two capitalised words after a word
    that names a work or calls something ('the song "Taxi"'). Title Case with no such word
    before it and a speaker after it in the same sentence is someone's words: 'The
    bridge will be “Target Number One” for the military, he told journalists'."""
    if not words:
        return False
    if re.search(r"\b(?:entitled|titled|headlined)[^\S\n]*$", before) or \
            re.search(r"\b(?:[Ii]nitiative|[Pp]etition)[’']?s?[^\S\n]*:[^\S\n]*$", before) or \
            _THEME_BEFORE.search(before):
        return True  # "the DH press notice entitled ‘future of free nursery milk secured’",
        # "the European Citizens’ Initiative: ‘Save cruelty-free cosmetics – …’", "the
        # conference theme, “Sustaining the Edge: …”": a title however it is written
    if re.search(r"\b(?:concerning|regarding)[^\S\n]+the[^\S\n]*$", before) and \
            words[0][:1].isupper() and sum(w[:1].isupper() for w in words) >= 3 and \
            not words[-1].endswith((".", "!", "?")):
        return True  # "made statements concerning the “Modality of the System of the Board of
        # Education, etc. (second proposal)”": a plan's or a paper's title, the statements'
        # topic, not their words
    cued = _TITLE_CUE.search(before) is not None
    if not cued and _first_person_opening(words) and \
            re.search(r"(?:^|\n)[^\S\n]*$", before) and re.match(r"[^\S\n]*(?:\n|$)", after):
        return False  # "‘We’re All Fighting The Giant.’" on a line of its own under a
        # headline: a sentence in the first person, someone's words in the title's case
    if not cued and _CLAUSE_BEFORE.search(before):
        return False  # "Iceland Is Trying to Elect Politicians Who “Know Who They Work
        # For”": a headline's clause the marked words finish, in its title case
    if not cued and words[-1].endswith(",") and NAMED_SAYS_AFTER.match(after):
        return False  # "“Commerce Helps Freedom and Freedom Helps Commerce,” Gutierrez Says
        # of …": a headline's quote, its comma inside the marks, then its speaker and verb
    if _title_case(words):
        return cued or not _SAID_LATER.match(after)
    if _ARTICLE_BEFORE.search(before) and len(words) <= 20:
        return True  # "the article ‘Madia Gond tribes forced to leave …’": an article's
        # title, in whatever case its outlet writes titles
    if _WORK_NOUN_BEFORE.search(before) and len(words) <= 8 and \
            not words[-1].endswith((".", "!", "?", ",")):
        return True  # "his novel “Un paso al frente” (A step forward)": a title in another
        # language's sentence case, right after the kind of work it is
    if len(words) <= 10 and not words[-1].endswith((".", "!", "?")) and \
            _MADE_BY_AFTER.match(after):
        return True  # 'Edison disc record: "The Jelly Roll blues", performed by The Original
        # Memphis Five': a song's or a film's title, whoever made it named after it
    if len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and \
            not words[-1].endswith((".", "!", "?", ",")) and AUDIENCE_AFTER.match(after):
        return True  # 'told "Hello VOA" listeners': a show's name, its audience after it
    return len(words) <= 2 and all(w[:1].isupper() for w in words) and cued


#: An event's or a year's theme right before the marks: "the conference theme, “…”", "this
#: year's theme is “…”", "under the theme of “…”" (a title, no one's words).
_THEME_BEFORE = re.compile(r"\b(?:the|this[^\S\n]+year[’']s|its|their|[a-z]+)[^\S\n]+theme"
                           r"(?:[^\S\n]*[,:]|[^\S\n]+(?:is|was|of|will[^\S\n]+be))?[^\S\n]*$",
                           re.IGNORECASE)


#: Who made a work, right after its title in marks: '"…", performed by …', '"…" directed by'.
_MADE_BY_AFTER = re.compile(r"[”\"’']?,?[^\S\n]+(?:performed|recorded|sung|written|directed|"
                            r"composed|painted|produced|narrated)[^\S\n]+by\b")


#: The audience or the kind of thing right after a name in marks that makes it a show's or
#: a work's title: '"Hello VOA" listeners', '"Morning Edition" host', '"Jeopardy!" fans'.
AUDIENCE_AFTER = re.compile(r"[^\S\n]+(?P<noun>listeners|viewers|readers|audiences?|fans|"
                            r"host|hosts|episodes?|broadcasts?|segments?|callers|subscribers)\b")


#: What may stand before a sentence of its own in marks: nothing, or a list's number or
#: bullet ("1) ‘We are in a culture war’").
_NUMBERED = re.compile(r"[^\S\n]*(?:(?:\d{1,2}[.)]|[-•*])[^\S\n]+)?[“\"‘']*")


#: A headline's word that a clause of someone's words follows: "… Who “…”", "… Says “…”",
#: or "to" after a speech verb: "… Said She Is Proud to “Support Babies, Moms, and …”".
_CLAUSE_BEFORE = re.compile(r"\b(?:(?:Who|That|Says|Say|Said|Tells|Told|Warns|Asks|Vows)|"
                            r"(?:Says|Said)\b[^.!?“”\"\n]{0,50}\bto)[^\S\n]*[“\"‘']?$")


#: A headline's verb of saying after its subject: "Kristi Noem Said She Is Proud to …".
_SAID_IN_HEADLINE = re.compile(r"\b(?:Says|Said)\b")


#: The kind of work right before its title in quotation marks: "his novel “…”".
#: A piece of writing named right before its title in marks: "the article ‘…’".
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?|this|our|their|his|her|its)[^\S\n]+(?:article|op-ed|"
                             r"essay|column|piece|story)[^\S\n]*[‘“'\"]?$")


_WORK_NOUN_BEFORE = re.compile(r"\b(?:novel|book|film|movie|song|album|poem|play|memoir|"
                               r"documentary|essay|opera|painting)[^\S\n]*[“\"‘']?$")


#: A speaker and a speech verb right after a quote that ends with its comma, in a
#: headline's title case or a sentence's case: "“…,” Gutierrez Says of …".
NAMED_SAYS_AFTER = re.compile(r"[^\S\n]+(?:[A-Z][\w’'.-]+[^\S\n]+){1,4}?(?:Says|Said|Tells|"
                               r"Told|Warns|Writes|says|said|tells|told|warns|writes)\b")
#: The rest of a sentence that gives the words before it to a speaker: "… for the
#: military, he told journalists", "…, Marchenko said".
_SAID_LATER = re.compile(r"[^.!?\n“”\"]{0,120}?,[^\S\n]+(?:he|she|they|[A-Z][\w’'-]+"
                         r"(?:[^\S\n]+[A-Z][\w’'-]+){0,3})[^\S\n]+(?:told|said|says|tells|"
                         r"added|wrote|explained|insisted|argued|warned)\b")


def _sentence_like(words: list[str]) -> bool:
    """A whole sentence or clause: starts with a capital, or ends as a sentence does."""
    if _title_case(words):
        return False
    first, last = words[0].lstrip("‘'“\"(…"), words[-1]
    capital = first[:1].isupper() and not all(w[:1].isupper() for w in words)
    ends = last.endswith((".", "!", "?", ",", "…", ".’", "?’", "!’", ".'", ",'", ";", ":"))
    return (capital and (ends or len(words) >= 4)) or (ends and len(words) >= 6)


#: Another passage in marks joined to this one in the same sentence: "“…” and that “…”".
_ANOTHER_PASSAGE = re.compile(r"\s*,?\s*(?:and|or|but)\s+(?:that\s+|an?\s+|the\s+)?"
                              r"(?P<mark>[“\"])")  # ("… a “false flag” and an “inside job.”")


def _attribute(text: str, s_start: int, q_open: int, q_after: int, s_end: int, before: str,
               after: str, mentions: Sequence[Mention], starts: list[int],
               ) -> tuple[str | None, str | None, str | None, str] | None:
    """(speaker key, speaker as written, cue, evidence) from the sentence, or None."""
    if after[:1].isupper() and text[q_after - 2:q_after - 1] in (".", "!", "?"):
        after = ""  # '… watershed."Vice President Harris was quoted …': a copy that lost
        # the space after a quote ending its sentence; what follows is the next sentence
    owned = _OWNED_SAYING.search(before)
    if owned is not None:  # "… held steady to President Ma Ying-jeou's guidance for
        # handling disasters: “…”": the words are the owner's, whoever reports them
        at = s_start + owned.start("who")
        found = _mention_at(mentions, starts, at, s_start + owned.end("who"))
        cue = " ".join(owned.group("cue").split())
        if found is not None and found.end == s_start + owned.end("who"):
            return found.key, text[found.start:found.end], cue, f"'{cue}' before the quote"
    aim = _AS_BODY_SAYING.search(before)
    if aim is not None:  # "As NCCIH, the mission statement is “to define …”": the body
        # the clause names, whoever quotes its aim
        found = _mention_at(mentions, starts, s_start + aim.start("who"), s_start + aim.end("who"))
        cue = " ".join(aim.group("cue").split())
        if found is not None and found.end == s_start + aim.end("who") and \
                found.type == "organisation":
            return found.key, text[found.start:found.end], cue, f"'{cue}' before the quote"
    aim = _ITS_SAYING.search(before)
    if aim is not None:  # "NCCIH is one of the 27 institutes … Its stated mission is: “…”":
        # the body the sentence before opens with
        found = _body_opening_sentence_before(text, s_start + aim.start(), mentions, starts)
        if found is not None:
            cue = " ".join(aim.group("cue").split())
            return found.key, text[found.start:found.end], cue, f"'{cue}' before the quote"
    aim = _SAYING_OF.search(before)
    if aim is not None:  # "The mission of NEI is “to eliminate vision loss …”": the body's
        # own words for its aim, whoever quotes them
        found = _mention_at(mentions, starts, s_start + aim.start("who"), s_start + aim.end("who"))
        cue = " ".join(aim.group("cue").split())
        if found is not None and found.end == s_start + aim.end("who") and \
                found.type in ("organisation", "person"):
            return found.key, text[found.start:found.end], cue, f"'{cue}' before the quote"
    cited = _QUOTED_FROM.search(before)
    if cited is not None:  # "Mrs. Kara-Murza stated a quote from Senator John McCain that
        # “Courage is …”": the words are the one quoted, whoever quotes them
        found = _mention_at(mentions, starts, s_start + cited.start("who"),
                            s_start + cited.end("who"))
        if found is not None and found.end == s_start + cited.end("who") and \
                found.type == "person":
            return found.key, text[found.start:found.end], cited.group("cue"), \
                f"'{cited.group('cue')}' before the quote"
    joined = _ANOTHER_PASSAGE.match(after)
    if joined is not None:  # "“…” and that “…,” Smith said": both passages are Smith's
        close = after.find("”" if joined.group("mark") == "“" else '"', joined.end())
        if close > 0:
            later = q_after + close + 1
            found = _attribute(text, s_start, q_open, later, s_end, before,
                               text[later:s_end], mentions, starts)
            if found is not None:
                return found[0], found[1], found[2], f"{found[3]}, after the next passage"
    # after the quote: ", said Baird", "she said", "according to the Church"
    m = re.match(rf"^[\s,.!?]*(?P<verb>{_SPEECH_WORDS})\b(?P<rest>.*)", after,
                 re.IGNORECASE | re.DOTALL)
    if m and m.group("verb").casefold() not in ("told", "tells", "tell") and \
            not _PARTICIPLE.fullmatch(m.group("verb")):  # ("…,” told the Post": to whom;
        # "…,” citing the trial": what the speaker cites, the speaker before the quote)
        rest_at = q_after + m.start("rest")
        who = _subject_at(text, rest_at, s_end, mentions, starts)
        if who is not None:
            who = _named_after_post(text, who, s_end, mentions, starts) or who
        if who is not None:
            key, name, who_end = who
            cue = " ".join(text[q_after + m.start("verb"):who_end].split())
            return key, name, cue, f"'{cue}' after the quote"
    m = re.match(rf"^[\s,]*(?P<who>.{{1,110}}?){_ADVERBS}\s+(?P<verb>{_SPEECH_WORDS})\b", after,
                 re.IGNORECASE | re.DOTALL)  # (a name and a long post between commas:
    # "…,” Navy Capt. Timothy R. Fox, commander of Navy District Washington Reserve
    # Component Command, told the group")
    if m and "“" not in m.group("who") and '"' not in m.group("who") and \
            not m.group("verb")[:1].isupper() and not _VERB.match(m.group("who")) and \
            not re.match(r"(?:and|but|while|whereas)\s", m.group("who")) and \
            not _CLAIM_APPOSED.match(m.group("who")) and \
            not re.search(r"\b(?:be|been|being|is|are|was|were)\s*$", m.group("who")):
        # (nor "…,” a claim the CCP itself maintains": the words' own description, whose
        # holder is not who the sentence quotes)
        # (not "… would be maintained, the Guardian says": a verb in the passive; nor "…:
        # “…,” and Ali Emadi reported that …": another clause, someone else's report)
        # (not "… residing in the United States"; not "…,” told the Post the DCCC asked":
        # a verb first, the subject is before the quote)
        who_at = q_after + m.start("who")
        who = _subject_before(text, who_at, q_after + m.start("verb"), s_start, q_open,
                              mentions, starts, strict=True)
        if who is not None:
            who = _holder_named_before(text, who_at, q_open, who, mentions) or who
            key, name = who
            cue = " ".join(text[who_at:q_after + m.end("verb")].split())
            return key, name, cue, f"'{cue}' after the quote"
    # the sentence's last clause: "… used “trickery” to …, advocate Anton Katz told the
    # court"
    m = next(reversed(list(_LAST_CLAUSE.finditer(after))), None) or \
        _LAST_CLAUSE_PEOPLE.search(after)
    if m is not None and m.group("verb").islower():
        who = _subject_before(text, q_after + m.start("who"), q_after + m.start("verb"),
                              s_start, q_open, mentions, starts, strict=True)
        if who is not None and (who[0] is not None or m.re is _LAST_CLAUSE_PEOPLE):
            cue = " ".join(text[q_after + m.start("who"):q_after + m.end("verb")].split())
            return who[0], who[1], cue, f"'{cue}' at the end of the sentence"
    according = _ACCORDING_LAST.search(after)
    if according is not None:
        at = q_after + according.start("who")
        who = _subject_at(text, at, q_after + according.end("who"), mentions, starts)
        cue = "according to"
        if who is not None and who[0] is not None:
            return who[0], who[1], cue, "'according to' closing the sentence"
        return None, according.group("who"), cue, "'according to' closing the sentence"
        # "Those “substantial” overruns stem from …, according to briefing from the state’s
        # consumer watchdog": what the words come from, whoever it names
    reported = _REPORTS_AFTER.match(after)
    if reported is not None:
        who = _subject_at(text, q_after + reported.start("who"), s_end, mentions, starts)
        if who is not None and who[0] is not None and \
                who[2] <= q_after + reported.start("verb"):
            # "“the highest levels …”, the Guardian reports.": an outlet's report
            cue = " ".join(text[q_after + reported.start("who"):
                                q_after + reported.end("verb")].split())
            return who[0], who[1], cue, f"'{cue}' after the quote"
    inverted = _LAST_CLAUSE_INVERTED.search(after)
    if inverted is not None:
        who = _subject_at(text, q_after + inverted.end(), s_end, mentions, starts)
        if who is not None and who[0] is not None and \
                re.match(r"\s*(?:[.,;!?]|$)", text[who[2]:s_end]):
            # "“smash[…] hopes” that the world had reached peak emissions, says the
            # Independent": the verb, then who, closing the sentence
            cue = " ".join(text[q_after + inverted.start("verb"):who[2]].split())
            return who[0], who[1], cue, f"'{cue}' at the end of the sentence"
    described_as = _DESCRIBES_AS.search(before)
    if described_as is not None:
        who = _subject_at(text, s_start, s_start + described_as.start(), mentions, starts)
        if who is not None and who[0] is not None and \
                not text[who[2]:s_start + described_as.start()].strip():
            cue = described_as.group("cue")  # "The BBC reports the area as “hard hit.”":
            return who[0], who[1], cue, f"'{cue} … as' before the quote"  # its words
    by = _DESCRIBED_BY.search(before)
    if by is not None:  # "described by the Freedom of Expression Institute (FXI) as …"
        lo, hi = s_start + by.start("who"), s_start + by.end("who")
        person = next((m for m in reversed(mentions) if lo <= m.start and m.end <= hi
                       and m.type == "person"), None)
        if person is not None:  # "described by Amnesty International's Secretary General
            # Irene Khan as “shameful”": the person the phrase names
            return person.key, text[person.start:person.end], by.group("cue"), \
                f"'{by.group('cue')}' before the quote"
        key, name = _phrase_speaker(text, s_start + by.start("who"), by.group("who"),
                                    mentions, starts)
        if key is not None:
            return key, name, by.group("cue"), f"'{by.group('cue')}' before the quote"
    announced = _ANNOUNCED_BY.search(before)
    if announced is not None and not _VERB.search(before, announced.end()):
        lo, hi = s_start + announced.start("who"), s_start + announced.end("who")
        person = next((m for m in reversed(mentions) if lo <= m.start and m.end <= hi
                       and m.type == "person"), None)
        if person is not None:  # "Under a scheme announced April 1 by Chancellor … Oliver
            # Dowden, public authorities would “later this year” be able to …": the words
            # of the announcement, its maker named after "by"
            return person.key, text[person.start:person.end], announced.group("cue"), \
                f"'{announced.group('cue')}' before the quote"
    # before the quote: the last speech verb of the sentence
    quoted = _QUOTED_AS.search(before)
    headline = _title_case_around(text, q_open, q_after - 1)
    verbs = [v for v in _VERB.finditer(before) if not _inside_marks(before, v.start())
             and (v.group()[:1].islower() or not before[:v.start()].strip(" “\"‘'")
                  or (headline and v.group().casefold() in _HEADLINE_SPEECH
                      and any(m.end <= s_start + v.start()
                              and not text[m.end:s_start + v.start()].strip()
                              for m in mentions)))
             and not (v.group().casefold() in _NOUN_VERBS
                      and _DETERMINER_BEFORE.search(before, 0, v.start()))
             and not (v.group() in _NOUN_VERBS and v.group() not in ("posts", "tweets")
                      and _PAST_VERB_BEFORE.search(before, 0, v.start()))
             and not (v.group().casefold() == "stated" and _STATED_AIM.match(before, v.end()))
             and not (v.group().casefold() in ("asked", "told")
                      and _PASSIVE_AUXILIARY.search(before, 0, v.start()))]
    # (not "Its stated mission is to “…”": an adjective before the aim it names)
    # (nor "… said the governor was asked for input and ‘voiced …’": whoever is asked or
    # told is no speaker of the words)
    # (not "guest posts dealing with ‘open washing’": a noun, what the posts are about)
    # (a capitalised verb only opens a sentence, "According to …": inside a name it is a
    # word of the name, "the United States “will …”"; but a Title Case headline capitalises
    # its verb right after its speaker: "Journalist Patrick Cockburn Calls Iraq a "Bloody
    # Mess" One Year After"; not "National Archives Announces Opening Of 'Public Vaults'")
    if not verbs:
        inside = text[q_open + 1:q_after - 1].strip(" .,!?”’\"'").split()
        if before.rstrip().endswith(":") and not (
                len(inside) <= 3 and all(w[:1].isupper() for w in inside)):
            # (not "… citizen journalist groups: “Enab Baladi.”": a name in marks)
            prompted = _PROMPTED_TO.search(before)
            if prompted is not None:
                lo, hi = s_start + prompted.start("who"), s_start + prompted.end("who")
                person = next((m for m in reversed(mentions) if lo <= m.start and m.end <= hi
                               and m.type == "person"), None)
                if person is not None:
                    return person.key, text[person.start:person.end], None, "a colon after " \
                        "the one prompted to speak ('prompting Jamaican Annie Paul to respond:')"
            who = _sentence_subject(text, s_start, q_open, mentions, starts)
            if who is not None:
                return who[0], who[1], None, "a colon after the speaker"
            described = described_speaker(text, q_open, q_after - 1)
            if described is not None:
                return None, described, None, "a headline's description of who speaks, " \
                    "before its colon"  # "* Mother of Soldier Killed in Iraq: "The Best Way
                # To Honor My Son's Death …" *": whom the summary then names
        label = _CAPITAL_LABEL.fullmatch(before) \
            if not text[text.rfind("\n", 0, s_start) + 1:s_start].strip() else None
        if label is not None:
            found = _mention_at(mentions, starts, s_start + label.start("who"),
                                s_start + label.end("who"))
            if found is not None and found.end <= s_start + label.end("who"):
                return found.key, text[found.start:found.end], None, \
                    "a transcript's label in capitals before the quote"
            return None, label.group("who"), None, \
                "a transcript's label in capitals before the quote ('STUDENTS: “…”')"
        view = _WHOSE_VIEW.match(before)
        found = _mention_at(mentions, starts, s_start + view.end(), q_open) if view else None
        if found is not None and found.start == s_start + view.end() and \
                found.type == "person" and text.startswith(",", found.end):
            # "To Hicks, the gathering was … a way to “honor …”": the sentence gives his view
            cue = " ".join(text[s_start + view.start("cue"):found.end].split())
            return found.key, text[found.start:found.end], cue, f"'{cue}' opening the sentence"
        bill = _BILL_WOULD.fullmatch(before)
        if bill is not None:
            named = next((m for m in mentions
                          if s_start + bill.start("aside") <= m.start < s_start + bill.end("aside")
                          and m.type in ("work", "other")), None) if bill.group("aside") else None
            cue = bill.group("cue")
            return (named.key, text[named.start:named.end], cue,
                    f"'{cue}' after the bill's number: the words it would enact") if named \
                else (None, bill.group("who"), cue, f"'{cue}' after the bill")
        law = _LAW_SAYS.search(before)
        if law is not None:
            key, name = _phrase_speaker(text, s_start + law.start("who"), law.group("who"),
                                        mentions, starts)
            return key, name, law.group("cue"), f"'{law.group('cue')}' after a law's name"
        under = _LAW_UNDER.fullmatch(before)
        if under is not None:
            key, name = _phrase_speaker(text, s_start + under.start("who"), under.group("who"),
                                        mentions, starts)
            return key, name, under.group("cue"), "a law's section named before its words"
        purpose = _PURPOSE.match(before)
        if purpose is not None:  # "Its purpose is to “publish …”": the body the sentence
            # before was about, in its own words
            key, name = _resolve(_POSSESSIVE_PRONOUNS[purpose.group("who").casefold()],
                                 s_start, mentions, starts, text)
            return key, name, purpose.group("cue"), f"'{purpose.group('cue')}' before the quote"
        aims = _AIMS.search(before)
        if aims is not None:  # "Ethiopia's new hate speech bill aims to “tackle …”", "With
            # installations in the parks, she's hoping to showcase “…”"
            at = s_start + aims.start("who")
            who = aims.group("who").strip()
            if who.casefold() in _PRONOUNS:
                key, name = _resolve(who.casefold(), at, mentions, starts, text)
            else:
                key, name = _phrase_speaker(text, at, who, mentions, starts)
            return key, name, aims.group("cue"), f"'{aims.group('cue')}' before the quote"
        return _by_noun(text, s_start, before, mentions, starts)
    verb = verbs[-1]
    verb_at = s_start + verb.start()
    between = before[verb.end():]
    if verb.group().casefold() in ("add", "adds", "added", "adding") and \
            _OBJECT_AFTER_ADD.match(between):
        return None  # "I have added a new ‘spotlight’ on …": a thing added, its name in
        # marks, no words added to a statement
    relative = _RELATIVE_BEFORE.search(before, 0, verb.start())
    if relative is not None:
        at = s_start + relative.start()
        named = next((m for m in reversed(mentions) if m.end == at), None) \
            if at > s_start else None
        if named is not None and (named.type == "person") == (relative.group("pronoun") == "who"):
            # (not "journalist Imara Jones, creator of TransLash, who says …": "who" is a
            # person, the one the apposition is about)
            # "… protests by the Hindu organization Vishwa Hindu Parishad [VHP], which called
            # the refugee community “infiltrators”": the name the relative clause is about
            cue = " ".join(text[s_start + relative.start("pronoun"):s_start + verb.end()].split())
            return named.key, text[named.start:named.end], cue, f"'{cue}' before the quote"
    if verb.group().casefold() in _INVERTED_VERBS and re.match(r"\s+(?:the\s+)?[A-Z]", between):
        inverted = _subject_at(text, s_start + verb.end(), q_open, mentions, starts)
        if inverted is not None and inverted[0] is not None and \
                re.match(r"\s*,\s+(?:which|who)\b", text[inverted[2]:q_open]):
            # "…, says the Independent, which attributes the rise to “…”": the one the
            # verb names after it, whose relative clause the quote is in
            cue = " ".join(text[verb_at:inverted[2]].split())
            return inverted[0], inverted[1], cue, f"'{cue}' before the quote"
    if re.fullmatch(r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*", between):
        found = _subject_at(text, s_start + verb.end(), q_open, mentions, starts)
        if found is not None and found[0] is not None:
            # "“…,” said Matemadanda, “and maybe …”": the quote interrupted by who says it
            cue = " ".join(text[verb_at:found[2]].split())
            return found[0], found[1], cue, f"'{cue}' between the two parts of the quote"
    if quoted is not None:
        who = _subject_before(text, s_start, s_start + quoted.start(), s_start, q_open,
                              mentions, starts, strict=False)
        if who is not None:
            cue = " ".join(text[s_start + quoted.start():s_start + verb.end()].split())
            return who[0], who[1], cue, "'was quoted … as saying'"
    if _PARTICIPLE.fullmatch(verb.group()) or re.search(r"\bto\s+$", before[:verb.start()]) \
            or re.search(r"\band\s+$", before[:verb.start()]):
        # ("… addressed the nation to announce …": whoever the sentence is about; so is
        # the subject of verbs "and" joins: "… Bill Boykin stood up, faced the room and
        # said, “…”")
        who = _sentence_subject(text, s_start, verb_at, mentions, starts)
        said = _SAID_AFTER_QUOTE.search(before, 0, verb.start())
        if said is not None:
            named = _mention_at(mentions, starts, s_start + said.start("who"),
                                s_start + said.end("who"))
            if named is not None:
                who = (named.key, text[named.start:named.end])  # ("“We will …,” Ghasemi
                # said, adding “…”": who said the quote before, not the words it opens with)
        if re.search(r"\band\s+$", before[:verb.start()]):
            who = _clause_subject(text, s_start, verb_at, mentions, starts, who)
        if (moved := _MOVED_TO.search(before, 0, verb.start())) is not None:
            # "…, prompting the U.S. corporate press to call for “…”": the one moved to speak
            at, end = s_start + moved.start("who"), s_start + moved.end("who")
            named = _mention_at(mentions, starts, at, end)
            who = (named.key, text[named.start:named.end]) \
                if named is not None and named.start == at and named.end == end \
                else (None, moved.group("who"))
    else:
        who = _subject_before(text, s_start, verb_at, s_start, q_open, mentions, starts,
                              strict=False)
    if who is None and verb.group().casefold() == "according to":
        found = _subject_at(text, s_start + verb.end(), q_open, mentions, starts)
        who = (found[0], found[1]) if found else None
    if who is None:
        unnamed = _UNNAMED_BEFORE_VERB.search(before, 0, verb.start())
        if unnamed is None:
            return None
        cue = " ".join(text[verb_at:s_start + verb.end()].split())
        return None, unnamed.group("who"), cue, f"'{cue}' before the quote"  # ("Speaking on
        # the announcement the Minister said “…”": who, by post only; _only_person gives
        # it to the one person the story names)
    who = _post_holder(text, s_start, verb_at, who, mentions) or who
    cue = " ".join(text[verb_at:s_start + verb.end()].split())
    return who[0], who[1], cue, f"'{cue}' before the quote"


#: A quote closed, then who said it and "said", before a participle that goes on with
#: another quote: "“…,” Ghasemi said, adding “…”".
_SAID_AFTER_QUOTE = re.compile(r"[”\"’],?[^\S\n]+(?P<who>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)"
                               r"{0,3})[^\S\n]+(?:said|says|added|stated|noted|told\s+\w+)"
                               r"[^\S\n]*,[^\S\n]*$")
#: A relative clause opening right before its speech verb, after the name it is about and
#: its letters in brackets: "Vishwa Hindu Parishad [VHP], which called".
_RELATIVE_BEFORE = re.compile(r"(?:[^\S\n]*[\[(][A-Z][\w.&-]{0,15}[\])])?,[^\S\n]+"
                              r"(?P<pronoun>which|who)[^\S\n]+$")


def _quoted_again_inside(text: str, start: int, end: int) -> bool:
    """Whether the words between ``start`` and ``end`` come again later in the story, inside
    a longer passage in double quotation marks."""
    words = re.findall(r"\w+", text[start:end])
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)",
                         re.IGNORECASE)
    for m in pattern.finditer(text, end):
        paragraph = text.rfind("\n", 0, m.start()) + 1
        if not _inside_marks(text[paragraph:m.start()], m.start() - paragraph):
            continue
        opened = max(text.rfind("“", paragraph, m.start()), text.rfind('"', paragraph,
                                                                        m.start()))
        closing = re.compile(r"[”\"]|\n").search(text, m.end())
        inner = text[opened + 1:closing.start() if closing else len(text)]
        if len(re.findall(r"\w+", inner)) > len(words):
            return True  # (a longer passage: not the same question asked again, "“What is
            # NIST?”" over "… the question, "What is NIST?"")
    return False


def _inside_marks(fragment: str, index: int) -> bool:
    opened = sum(fragment[:index].count(c) for c in "“«") - \
        sum(fragment[:index].count(c) for c in "”»")
    single = fragment[:index].count("‘") - len(_CLOSING_SINGLE.findall(fragment, 0, index))
    return opened > 0 or single > 0 or fragment[:index].count('"') % 2 == 1
    # (single marks too: "9/11 ‘never added up’ and was an ‘inside job’" says no "added";
    # a right single mark before a letter is an apostrophe, "AZGOP’s")


#: A right single mark that closes a passage, not an apostrophe inside a word.
_CLOSING_SINGLE = re.compile(r"’(?![A-Za-z])")


def _body_of_post(text: str, signature: str, mentions: Sequence[Mention]) -> Mention | None:
    """The body a post's signature names before its people's noun ('CMS Spokesperson' is
    CMS's), found where the story names it elsewhere."""
    words = signature.split()
    if len(words) < 2 or words[-1].casefold() not in PERSON_NOUNS:
        return None
    body = " ".join(words[:-1])
    return next((m for m in mentions if text[m.start:m.end] == body), None)


def _headline_person(text: str, passage: Passage, mentions: Sequence[Mention],
                     starts: list[int], *, few: bool) -> tuple[str, str, None, str] | None:
    """The person a headline opens with, whose words the marks hold: named before its
    colon, the words ending the line ("Obama: Death of Taliban Leader in U.S. Drone Strike an
    “Important Milestone”"; not a transcript's label right before the marks, which another
    rule reads, nor a line of sentences, which is no headline); or, for a few words, right
    before them with nothing between ("Lawrence ‘insulted’ at GOP congressman claiming …";
    not "Joseph “Pug” Smith", a nickname in marks with the surname after it)."""
    start = text.rfind("\n", 0, passage.open) + 1
    who = _mention_at(mentions, starts, start, start + 1)
    if who is None or who.type != "person":
        return None
    label = _HEADLINE_LABEL.match(text, start, passage.open)
    if label is not None and who.end == label.end("who") and \
            not text[passage.close + 1:line_end(text, passage.close)].strip(" .!?"):
        return (who.key, text[who.start:who.end], None,
                "a headline's speaker, before its colon ('Obama: … “…”')")
    if few and not text[who.end:passage.open].strip() and \
            re.fullmatch(r"[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3}[^\S\n]+",
                         text[start:passage.open]) and \
            text[passage.open + 1:passage.open + 2].islower() and \
            re.match(r"[^\S\n]+[a-z]", text[passage.close + 1:passage.close + 3]):
        return (who.key, text[who.start:who.end], None,
                "a headline's subject, right before their words ('Lawrence ‘insulted’ at …')")
    return None


#: A headline opening with a name and a colon, words after it, no sentence's end between.
_HEADLINE_LABEL = re.compile(r"(?P<who>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3}):"
                             r"[^\S\n]+[^\n“\"‘]*?[\w,][^\S\n]+$")


def _mention_at(mentions: Sequence[Mention], starts: list[int], at: int,
                limit: int) -> Mention | None:
    i = bisect.bisect_left(starts, at)
    if i < len(mentions) and mentions[i].start < limit:
        return mentions[i]
    return None


def _first_person(mentions: Sequence[Mention], starts: list[int], at: int,
                  limit: int) -> Mention | None:
    """The first person named from ``at`` up to ``limit``."""
    i = bisect.bisect_left(starts, at)
    while i < len(mentions) and mentions[i].start < limit:
        if mentions[i].type == "person":
            return mentions[i]
        i += 1
    return None


def _all_titles(words: str) -> bool:
    """Whether every capitalised word is a title ("Major General"), or there is none."""
    from .knowledge import knowledge

    titles = knowledge().titles | set(TITLE_WORDS.values())  # (and "Major": "Maj")
    return all(w.casefold().rstrip(".") in titles for w in words.split())


#: Small words that a speaker's description before the name never is: "said to John …".
_NOT_DESCRIPTORS = frozenset("that to about of in on at with for by from and or but as than "
                             "this these those it he she they we".split())


def _subject_at(text: str, at: int, limit: int, mentions: Sequence[Mention],
                starts: list[int]) -> tuple[str | None, str, int] | None:
    """The speaker named right after a verb: 'said Baird', 'said the Church'."""
    while at < limit and text[at].isspace():
        at += 1
    found = _mention_at(mentions, starts, at, limit)
    gap = text[at:found.start].strip() if found is not None else ""
    if found is not None and gap and found.type == "person" and \
            (m := re.fullmatch(r"(?:the\s+)?(?:[a-z]+(?:\s+[a-z]+)?)?\s*(?P<titles>(?:[A-Z][\w.-]*"
                               r"\s*){0,3})", gap)) is not None and \
            not set(gap.split()) & _NOT_DESCRIPTORS and _all_titles(m.group("titles")):
        gap = ""  # "said army Major General Ibrahim Abdel-Atty", "said police spokesman
        # John Doe": a word or two of what the person is, then the person
    if found is not None and gap.casefold() in ("", "the"):
        if re.match(r"[’']s?\s", text[found.end:found.end + 3]):
            # "said Doe’s spokesperson Ann Lee": the one named after the possessive
            clause_end = re.search(r"[,.;:!?]|$", text[found.end:limit])
            stop = found.end + (clause_end.start() if clause_end else 0)
            later = _mention_at(mentions, starts, found.end + 1, stop)
            if later is not None:
                return later.key, text[later.start:later.end], later.end
            return None, " ".join(text[found.start:stop].split()), stop
        if found.type != "person":
            titled = _person_after_title(text, found.end, limit, mentions, starts)
            if titled is not None:  # "said Wage and Hour Division Administrator Cheryl …"
                return titled.key, text[titled.start:titled.end], titled.end
        return found.key, text[found.start:found.end], found.end
    titled = _person_after_title(text, at, limit, mentions, starts)
    if titled is not None:
        return titled.key, text[titled.start:titled.end], titled.end
    document = _DOCUMENT_BY.match(text, at, limit)
    if document is not None:  # "according to a note by the Information Bureau"
        issuer = _subject_at(text, document.end(), limit, mentions, starts)
        if issuer is not None and issuer[0] is not None:
            return issuer
    m = re.match(r"(?:he|she|they|it)\b", text[at:limit], re.IGNORECASE)
    if m:
        resolved = _resolve(m.group().casefold(), at, mentions, starts, text)
        return resolved[0], resolved[1], at + m.end()
    m = re.match(r"(?:(?:the|a|an|one|another)\s+)?(?:[\w’'-]+\s+){0,3}?(?:spokes(?:man|woman|"
                 r"person)|official|officer|representative|source|statement|witness|"
                 r"resident|report)\b(?:\s+(?:for|of|at|from)\s+(?:the\s+)?"
                 r"(?-i:[A-Z])[\w’'-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w’'-]*){0,4})?", text[at:limit],
                 re.IGNORECASE)  # (and whom they speak for: "a spokesperson for Scotland Yard")
    if m:
        return None, m.group(), at + m.end()
    # "said one viewer,", "said a neighbour.": a description closing the clause
    m = re.match(r"(?:the|a|an|one|another)(?:\s+[\w’'-]+){1,4}(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))",
                 text[at:limit], re.IGNORECASE)
    if m:
        return None, m.group(), at + m.end()
    return None


def _by_noun(text: str, s_start: int, before: str, mentions: Sequence[Mention],
             starts: list[int]) -> tuple[str | None, str | None, str | None, str] | None:
    """Words a noun reports ("… by Marape’s media team, accompanied by an appeal to
    “work for the good of our country”"): given to whoever the sentence names as the
    one who made it, after "by" ("a call by X", "sent … by X"), or who owns the noun
    ("X’s appeal"); None when the sentence names no one."""
    nouns = [m for m in _SPEECH_NOUN.finditer(before) if not _inside_marks(before, m.start())]
    if not nouns:
        return None
    noun = nouns[-1]
    noun_at = s_start + noun.start()
    subject = _mention_at(mentions, starts, s_start + noun.end(), s_start + len(before))
    if subject is not None and subject.type == "person" and \
            not text[subject.end:s_start + len(before)].strip() and \
            text[s_start + noun.end():subject.start].lstrip().startswith(",") and \
            _titles_only(text[s_start + noun.end():subject.start].strip(" ,")):
        return subject.key, text[subject.start:subject.end], None, \
            "the clause's subject right before the quote"  # "At Lombardo's request, Hansen
        # ‘reluctantly' blocks bill …": the words are his who acts, not the request's
    owner = re.search(r"(\w)[’']s?\s+(?:[\w-]+\s+){0,2}$", text[s_start:noun_at])
    if owner is not None:  # "Tom Lee’s call for …": the name right before the possessive
        end = s_start + owner.end(1)
        i = bisect.bisect_left(starts, end) - 1
        if i >= 0 and mentions[i].end == end:
            found = mentions[i]
            return found.key, text[found.start:found.end], None, \
                f"'{text[found.start:noun_at + len(noun.group())]}' before the quote"
    for by in reversed(list(re.finditer(r"\bby\s+", before))):
        who = _subject_at(text, s_start + by.end(), s_start + len(before), mentions, starts)
        if who is not None and (who[0] is not None or re.search(r"[’']s?\s", who[1])):
            cue = " ".join(text[s_start + by.start():who[2]].split())
            return who[0], who[1], None, f"'{cue}' and '{noun.group()}' before the quote"
    sent = re.match(r"\s+from\s+", before[noun.end():])
    if sent is not None:  # "a charge from Congress to review the “role, size, and cost” of
        # …": the words are the noun's sender's, named right after it
        who = _subject_at(text, s_start + noun.end() + sent.end(), s_start + len(before),
                          mentions, starts)
        if who is not None and who[0] is not None:
            cue = " ".join(text[noun_at:who[2]].split())
            return who[0], who[1], None, f"'{cue}' before the quote"
    clause = re.fullmatch(r"\s+that\s+(he|she|they|it)\s+(?:[a-z]+\s+){0,2}",
                          before[noun.end():], re.IGNORECASE)
    if clause is not None:  # "… vetoed $10 million, with the message that he would
        # “re-evaluate …”": the one the clause's pronoun stands for
        key, name = _resolve(clause.group(1).casefold(), noun_at, mentions, starts, text)
        first = _mention_at(mentions, starts, s_start, noun_at)
        if key is not None and first is not None and first.key == key and \
                _titles_only(text[s_start:first.start]):
            # (the sentence's subject sent it; not "media publish … allegations that it was
            # receiving ‘…’", which are about someone else)
            cue = " ".join(text[noun_at:s_start + len(before)].split())
            return key, name, cue, f"'{cue}' before the quote"
    # the sentence's subject, when a verb of making opens the clause before the noun
    # ("Critics made a plea for “…”"; "Hungarian pro-government media publish …
    # allegations that it was receiving ‘…’")
    lead = re.match(r"\s*((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=" + _MAKES.pattern + ")",
                    text[s_start:noun_at])
    if lead is not None and not re.search(r"[,;:“\"]", lead.group(1)):
        key, name = _phrase_speaker(text, s_start + lead.start(1), lead.group(1), mentions,
                                    starts)
        return key, name, None, f"'{lead.group(1)}' makes the '{noun.group()}'"
    return None


def _phrase_speaker(text: str, at: int, phrase: str, mentions: Sequence[Mention],
                    starts: list[int]) -> tuple[str | None, str]:
    """Who a subject phrase at ``at`` names: the entity when the phrase is its name (a
    "The" before it allowed), else the phrase itself, as a description."""
    found = _mention_at(mentions, starts, at, at + len(phrase))
    if found is not None and text[at:found.start].strip() in ("", "The", "the") and \
            found.end == at + len(phrase):
        return found.key, text[found.start:found.end]
    return None, phrase


#: Words of a title or role between a speech verb and the name ("said Acting VOA Director
#: Yolanda López", "said Ministry of Health spokesperson Christopher Nyanga", "said
#: former state senator Ann Lee", "said TVA President & CEO Tom Kilgore"): capitalised words
#: and these.
_ROLE_WORD = re.compile(
    r"(?:[A-Z][\w.’'&-]*|\([A-Z]{2,8}\)|\d{1,3}(?:st|nd|rd|th)|of|the|for|and|&|on|to|in|at|"
    r"acting|former|retired|"  # (a body's letters in brackets: "… Service (PBS) Nina Albert")
    r"deputy|interim|senior|"  # (a rank's ordinal: "said 1st Sgt. Christopher Griffith")
    r"provincial|regional|national|local|assistant|"
    r"junior|chief|spokes(?:man|woman|person)|director|minister|secretary|official|officer|"
    r"ambassador|envoy|president|vice|chairman|chairwoman|chairperson|chair|executive|editor|"
    r"head|leader|commissioner|mayor|governor|senator|state|county|city|representative|"
    r"professor|analyst|expert|adviser|advisor|manager|coordinator|researcher|lawyer|"
    r"attorney|general|member|founder|co-founder|councillor|councilor|councilman|"
    r"councilwoman|superintendent|sheriff|judge|justice|magistrate|chancellor|dean|rector|"
    r"treasurer|administrator|inspector|auditor|comptroller|clerk|"
    r"prosecutor|economist|scientist|doctor|"
    r"nurse|teacher|student|pastor|bishop|coach|captain|sergeant|lieutenant|colonel|"
    r"commander|council|police|department|party|campaign|school|board|company|firm|union|"
    r"activist|journalist|author|writer|blogger|reporter|poet|artist|filmmaker|"
    r"photographer|campaigner|and|"
    r"church|club|team|office|ministry|agency|group|committee|court|hospital|university|"
    r"college|government|administration|foundation|association|museum|fire|health|"
    r"press|communications|media|public|affairs|relations)$")


def _titles_only(words: str) -> bool:
    """Whether the words are nothing but a title before a name, four words at most ("Rep.",
    "Gov.", "Acting VOA Director"), or none."""
    split = words.split()
    return len(split) <= 4 and all(w[:1].isupper() and _ROLE_WORD.match(w) for w in split)


#: A body's letters in brackets, as one word: "(DOC)".
_LETTERS_IN_BRACKETS = re.compile(r"\([A-Z]{2,8}\)")


def _person_after_title(text: str, at: int, limit: int, mentions: Sequence[Mention],
                        starts: list[int]) -> Mention | None:
    """The person named after a title or role that follows a speech verb, in the same
    clause: 'said Acting VOA Director Yolanda López'."""
    i = bisect.bisect_left(starts, at)
    while i < len(mentions) and mentions[i].start < limit:
        found = mentions[i]
        if text[found.start - 1:found.start] == "(" and text[found.end:found.end + 1] == ")":
            i += 1  # "… Public Buildings Service (PBS) Nina Albert": the body's letters
            continue
        gap = [w for w in text[at:found.start].split() if not _LETTERS_IN_BRACKETS.fullmatch(w)]
        # (not the body's letters in brackets before the title: "says Department of
        # Conservation (DOC) Senior Ranger, Rebecca Newland")
        described = 1 <= len(gap) <= 3 and all(w.isalpha() and w.islower() for w in gap) and (
            gap[-1] in PERSON_NOUNS or (len(gap[-1]) > 4 and gap[-1].endswith(("or", "ist",
                                                                              "ian")))) \
            and gap[0] not in ("one", "some", "many") \
            and not re.match(r"[’']", text[found.end:found.end + 1])  # (not "said one of
        # activist Sabeen Mahmud's killers": whose, not who)
        # ("said exhibition curator Allison Ksiazkiewicz": what the person is, in lower case)
        if not described and (len(gap) > 12 or any(
                not _ROLE_WORD.match(w.rstrip(",")) or (w.endswith(",") and not w[:1].islower()
                                                        and w is not gap[-1]
                                                        and gap[k + 1] not in ("retired",
                                                                               "former")
                                                        and not _rank_only(gap[k + 1:]))
                for k, w in enumerate(gap))):
            # (but the title's last word may take a comma before the name: "Senior Ranger,
            # Rebecca Newland", or before the rank the person retired from: "ABMC Chairman,
            # retired Lt. Gen Mark P. Hertling", or before the rank: "said the Chief of
            # Naval Research, Rear Admiral Jay Cohen")
            return None  # (a list of roles may have commas: "says activist, journalist, …")
        if gap and found.type == "person":
            return found
        i += 1
    return None


def _rank_only(words: list[str]) -> bool:
    """Whether the words are a rank or a title of at most three capitalised words, the last
    a title the tables know and no comma in them: "Rear Admiral", "Lt. Gen."."""
    from .knowledge import knowledge

    return 1 <= len(words) <= 3 and all(w[:1].isupper() and not w.endswith(",")
                                        for w in words) and \
        words[-1].rstrip(".").casefold() in knowledge().titles


#: Words a colon hands to their owner: "President Ma Ying-jeou's guidance for handling
#: disasters: “…”", "the minister's words: “…”".
_OWNED_SAYING = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?)[’']s\s+(?P<cue>(?:[a-z]+\s+){0,2}"
    r"(?:guidance|words|motto|maxim|slogan|instructions?|message|advice|principle|dictum|"
    r"mantra|credo|rule|warning|reminder|vow|pledge|promise|mission|vision)\b[^:“\"\n]{0,80}?)"
    r"(?::|\s+(?:is|was|reads))\s*$")
# (or what a body's mission is: "The SLSDC's mission is “to serve …”")
#: A body's saying named by "of" before it: "The mission of NEI is “to eliminate …”", "the
#: motto of the Corps is “…”".
_SAYING_OF = re.compile(r"\b[Tt]he\s+(?P<cue>(?:stated\s+)?(?:mission|motto|vision|slogan|"
                        r"creed|credo|purpose)\s+of)\s+(?:the\s+)?(?P<who>[A-Z][\w.’'-]*"
                        r"(?:\s+[A-Z][\w.’'-]*){0,5}?)\s+(?:is|was|reads)(?:\s*:)?\s*$")
#: A body's saying after "As" and its name: "As NCCIH, the mission statement is “…”".
_AS_BODY_SAYING = re.compile(r"\bAs\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}?),\s+"
                             r"(?:the|its)\s+(?P<cue>(?:stated\s+)?(?:mission(?:\s+statement)?|"
                             r"motto|vision|slogan|creed|purpose))\s+(?:is|was|reads)(?:\s*:)?"
                             r"\s*$")
#: A saying owned by "Its" opening a sentence: "Its stated mission is: “…”".
_ITS_SAYING = re.compile(r"(?:^|[.!?]\s+|\n)Its\s+(?P<cue>(?:stated\s+)?(?:mission(?:\s+"
                         r"statement)?|motto|vision|slogan|creed|purpose))\s+(?:is|was|reads)"
                         r"(?:\s*:)?\s*$")
#: Whose words a quote is, named as its source before it: "a quote from Senator John McCain
#: that “…”", "the words of Nelson Mandela: “…”".
_QUOTED_FROM = re.compile(r"\b(?P<cue>(?:a|an|the)\s+(?:quote|quotation|line|saying|words)\s+"
                          r"(?:from|of|by))\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}?)"
                          r"(?:,?\s+that|:|,)?\s*$")
#: Who reports the words, right after them, ending the sentence: "…”, the Guardian reports."
_REPORTS_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+(?P<who>(?:the[^\S\n]+)?[A-Z][\w’'.-]*"
                            r"(?:[^\S\n]+[A-Z][\w’'.-]*){0,3})[^\S\n]+(?P<verb>reports|"
                            r"reported)[^\S\n]*(?:[.;]|$)")
#: Speech verbs a subject may follow: "…, says the Independent, which …".
_INVERTED_VERBS = frozenset(("says", "said", "adds", "added", "notes", "noted", "writes",
                             "wrote", "reports", "reported"))
#: A sentence's last clause that names its speaker after the verb: "…, says the Independent".
_LAST_CLAUSE_INVERTED = re.compile(rf",\s+(?P<verb>{'|'.join(sorted(_INVERTED_VERBS))})\s+"
                                   r"(?=(?:the\s+)?[A-Z])")
#: A short aside in brackets after the name: a member's party and state, "Jayapal (D-Wash.)
#: said"; how to say the name, "Geni (pronounced GEE-nie) told Heffernan".
_ASIDE = re.compile(r"^[^\S\n]*\([^()“”\"\n]{1,40}\)")
#: A member's party and state between commas after the name: "Rep. A. Donald McEachin,
#: D-Va., a co-sponsor of the bill, wrote", "Sen. Tina Smith, D-Minn., said".
_PARTY_ASIDE = re.compile(r"^,[^\S\n]+(?:[DRI]|Ind)-[A-Z][\w.]*(?:[^\S\n]?[A-Z][\w.]*)?,")


#: What joins a person to the body they speak for, or a body to its letters or its parent:
#: " from the ", " at the ", " (", ") at the ".
_BELONGS_TO = re.compile(r"[^\S\n]*\)?[^\S\n]+(?:from|at|of|with)[^\S\n]+(?:the[^\S\n]+)?|"
                         r"[^\S\n]*\([^\S\n]*")


#: Words that show a headline's passage in marks is something someone says, not a title:
#: a pronoun opening it ("“I Am …”", "“There Are …”") or an auxiliary inside it.
_SPEAKING_PRONOUNS = frozenset("I We It There They You He She This".split())
_AUXILIARIES = frozenset("Am Are Is Was Were Has Have Had Will Won't Can Can't Don't Doesn't "
                         "Didn't Must Should Would".split())
#: A post's title, then a dash and the blog or site it comes from, on a line of its own
#: above the post quoted whole: "CKAN is now a Digital Public Good – Open Knowledge
#: Foundation blog".
_SOURCE_AFTER_DASH = re.compile(r"[^\S\n][–—][^\S\n]+(?P<who>[A-Z][^\n–—]{2,80}?)[^\S\n]*$")
#: Speech verbs that are plural nouns too ("posts", "notes", "calls"), and the words that
#: make them nouns before them: "guest posts", "the notes", "her calls".
_NOUN_VERBS = frozenset("posts tweets notes calls claims states comments demands reads terms "
                        "brands counters reports".split())
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|your|my|these|those|this|"
                                r"that|some|several|many|few|guest|blog|recent|new|social|"
                                r"media)\s+$", re.IGNORECASE)
#: A verb in the past before such a word, whose object it is: "OSC accepted claims from …"
#: (not a name: "Alfred claims …"; and posts someone liked or shared still carry words:
#: "Sen. Wadsack liked posts alluding to …").
_PAST_VERB_BEFORE = re.compile(r"\b[a-z]{3,}ed[^\S\n]+$")
#: A meeting named by its kind just before a passage in marks, its title: "the ECB
#: conference on statistics “…”", "a webinar, “…”".
_EVENT_BEFORE = re.compile(r"\b(?:conference|seminar|symposium|workshop|webinar|colloquium|"
                           r"lecture|summit|forum)s?\b(?:[^\S\n]+(?:on|about)[^\S\n]+[\w-]+)?"
                           r"[,:]?[^\S\n]*[“\"‘']?$")
#: A person the story describes by where they are from, before the place's name: "a
#: community leader from …", "the mayor of …".
_PERSON_OF_PLACE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)"
                              r"\s+(?:from|of|in)\s+$")


#: A post "of" a body, right before the body's name: "The Chief Inspector of …".
_POST_OF_BEFORE = re.compile(r"\b(?:[Tt]he[^\S\n]+)(?P<post>(?:[A-Z][\w’']*[^\S\n]+){0,2}?"
                             r"(?:Inspector|Director|Executive|Minister|Secretary|"
                             r"Commissioner|Chair|Chairman|Chairwoman|President|"
                             r"Administrator|Governor|Mayor))[^\S\n]+of[^\S\n]+"
                             r"(?:the[^\S\n]+)?$")


def _post_holder(text: str, s_start: int, verb_at: int, who: tuple[str | None, str],
                 mentions: Sequence[Mention]) -> tuple[str, str] | None:
    """"The Chief Inspector of Ofsted said it was “encouraging”": the speaker is the
    post's holder, whom the story names with the post (after a comma: "Sir Michael
    Wilshaw, Her Majesty's Chief Inspector"; or before the name: "Chief Inspector Amanda
    Spielman"), not the body the post belongs to; when one person is so named."""
    body = next((m for m in mentions if m.key == who[0] and s_start <= m.start < verb_at),
                None)
    if body is None or body.type == "person":
        return None
    post = _POST_OF_BEFORE.search(text, s_start, body.start)
    if post is None:
        return None
    title = post.group("post").split()[-1]
    holders = {(m.key, text[m.start:m.end]) for m in mentions if m.type == "person" and (
        re.match(rf",[^\S\n]+[^\n,.]{{0,40}}\b{title}\b", text[m.end:m.end + 60])
        or re.search(rf"\b{title}[^\S\n]+$", text[max(0, m.start - 30):m.start]))}
    keys = {key for key, _ in holders}
    return min(holders) if len(keys) == 1 else None


#: A body's post in lower case, "the" before it, right before the body's name: "the
#: president and CEO of ", "the executive director of the ".
_LOWER_POST_OF = re.compile(r"[Tt]he[^\S\n]+(?P<post>(?:[a-z][\w-]*|CEO|CFO|COO)(?:[^\S\n]+"
                            r"(?:[a-z][\w-]*|CEO|CFO|COO)){0,3}?)[^\S\n]+(?:of|at)"
                            r"[^\S\n]+(?:the[^\S\n]+)?")


#: Posts a body's people hold, in lower case, as a description names a speaker by them.
_POSTS = frozenset("president ceo cfo coo founder co-founder cofounder director chair chairman "
                   "chairwoman chairperson head owner manager superintendent principal dean "
                   "commissioner administrator coordinator organizer organiser pastor partner "
                   "executive officer secretary treasurer leader editor publisher chief "
                   "spokesman spokeswoman spokesperson".split())


def _holder_named_before(text: str, who_at: int, q_open: int, who: tuple[str | None, str],
                         mentions: Sequence[Mention]) -> tuple[str, str] | None:
    """"Ron Magoon has a stark description of the market. It’s “pretty much dried up,” the
    president and CEO of Franklin Savings Bank said.": a post of the body, "the" before
    it, stands for the person the paragraph has just named, when it names one person
    before the quote; the words are that person's, not the bank's. ("A spokesman for the
    bank said" is left to the body: "a" is someone not named.)"""
    body = next((m for m in mentions if m.key == who[0] and who_at <= m.start), None)
    if body is None or body.type == "person":
        return None
    post = _LOWER_POST_OF.fullmatch(text, who_at, body.start)
    if post is None or not any(w.casefold() in _POSTS for w in post.group("post").split()):
        return None
    paragraph = text.rfind("\n", 0, q_open) + 1
    people = [m for m in mentions if m.type == "person" and paragraph <= m.start < q_open]
    if len({m.key for m in people}) != 1:
        return None
    return people[-1].key, text[people[-1].start:people[-1].end]


#: A relative clause between a sentence's subject and its verb, set off by commas: ", which
#: has been supporting Guaido and is one of many countries pressuring …, ".
_RELATIVE_CLAUSE_BEFORE_VERB = re.compile(r",[^\S\n]+(?:which|who)[^\S\n]+[^,;:“”\"]{8,}"
                                          r",[^\S\n]*$|,[^\S\n]+who[^\S\n]+(?:is|was|are|were"
                                          r"|has|had|have)[^\S\n]+[^,;:“”\"]{8,}[^\S\n]+$")
# (its closing comma a copy may lose: "Ken Skates, Cabinet Secretary for …, who is a member
# of the taskforce said: “…”")


def _surname_of_latest(text: str, lo: int, head: str, mentions: Sequence[Mention],
                       starts: list[int]) -> tuple[str, str] | None:
    """A bare surname right before the verb that no suggestion claims, because two people
    the story names bear it ("… Douglas Hamilton, a direct descendent of our first Treasury
    Secretary, Alexander Hamilton …. Hamilton once said: “…”"): the one named last before
    it, as news writes a surname for the person it has just introduced; None otherwise."""
    bare = re.search(r"(?:^|[^\w’'.-])([A-Z][a-z’'-]+)[^\S\n]*$", head)
    if bare is None:
        return None
    at = lo + bare.start(1)
    i = bisect.bisect_right(starts, at) - 1
    if i >= 0 and mentions[i].end > at:
        return None  # (a suggestion already names it)
    bearers = [m for m in mentions[:i + 1] if m.type == "person" and m.end <= at
               and len(text[m.start:m.end].split()) >= 2
               and text[m.start:m.end].split()[-1] == bare.group(1)]
    if len({m.key for m in bearers}) < 2:
        return None
    return bearers[-1].key, text[bearers[-1].start:bearers[-1].end]


def _subject_before(text: str, lo: int, verb_at: int, s_start: int, q_open: int,
                    mentions: Sequence[Mention], starts: list[int], *,
                    strict: bool) -> tuple[str | None, str] | None:
    """The speaker named before a verb: the name or pronoun right before it, else the
    subject of the sentence."""
    head = text[lo:verb_at]
    relative = _RELATIVE_CLAUSE_BEFORE_VERB.search(head)
    if relative is not None and relative.start() > 0:
        # "The U.S. government, which has been supporting Guaido and …, expressed …": the
        # subject before the relative clause, not a name inside it
        return _sentence_subject(text, lo, lo + relative.start(), mentions, starts)
    head_words = re.sub(rf"{_ADVERBS}\s*$", "", head, flags=re.IGNORECASE)
    latest = _surname_of_latest(text, lo, head_words, mentions, starts)
    if latest is not None:
        return latest
    if lo == s_start and _SECOND_VERB.search(head_words) and not strict:
        # "By 1947, the FBI labeled Jones a “…” of the Communist Party and demanded “…”": the
        # verb "and" joins to the sentence's first shares its subject, not the name between
        subject = _sentence_subject(text, s_start, verb_at, mentions, starts)
        if subject is not None and subject[0] is not None:
            return subject
    i = bisect.bisect_left(starts, verb_at) - 1
    while i >= 0 and re.search(r"(?<![\w-])(?:[DRI]|Ind)-$",
                               text[max(0, mentions[i].start - 4):mentions[i].start]):
        i -= 1  # ("Bart Hester, R-Cave Springs, said": the town of a party's aside is no one)
    between = _ASIDE.sub("", _PARTY_ASIDE.sub("", text[mentions[i].end:lo + len(head_words)])) \
        if i >= 0 else ""
    if i > 0 and mentions[i].type == "person" and between.strip() == "," and \
            mentions[i - 1].type == "person" and mentions[i - 1].start >= lo and \
            re.fullmatch(r"[^\S\n]+[a-z]{3,}(?:s|ed)[^\S\n]+",
                         text[mentions[i - 1].end:mentions[i].start]):
        # "Republican Josh Schoemann criticizes Evers, says he’ll ‘outwork’ …": the one the
        # first verb is done to is no speaker; its subject says the rest
        return mentions[i - 1].key, text[mentions[i - 1].start:mentions[i - 1].end]
    if i >= 0 and mentions[i].type == "person" and between.strip() == "," and not (
            i > 0 and mentions[i - 1].type == "person"
            and re.fullmatch(r",\s*", text[mentions[i - 1].end:mentions[i].start])):
        # "…, Philippe Nassif, said:": a name set between commas after its role (not "Caleb
        # Smith, 162nd Wing Firefighter, said": the name, then its role between commas)
        return mentions[i].key, text[mentions[i].start:mentions[i].end]
    apposed = _ROLE_APPOSED.search(head_words)
    if apposed is not None and any(w.casefold().strip("’'") in PERSON_NOUNS
                                   or w.casefold() in _ROLE_WORDS
                                   for w in apposed.group("role").split()):
        j = bisect.bisect_left(starts, lo + apposed.start() + 1) - 1
        if j >= 0 and re.fullmatch(r"(?:[^\S\n]*\([^()\n]{1,12}\))?",
                                   text[mentions[j].end:lo + apposed.start()]) and \
                mentions[j].type == "person" \
                and not any(m.type == "person" and m.start > mentions[j].end
                            for m in mentions[j + 1:i + 1]):
            # (not "… Otto von Bismarck, the American poet … John Godfrey Saxe said": a
            # person named inside the phrase is its speaker)
            # "Solomon Sacco, Amnesty International’s Senior Legal Adviser said:": the name
            # before the role set after it (and its party's letters: "Chris Van Hollen
            # (D-Md.), a member of the … Committee released …")
            return mentions[j].key, text[mentions[j].start:mentions[j].end]
    if i > 0 and mentions[i].type != "person" and mentions[i - 1].type == "person" and \
            mentions[i - 1].start >= lo and not between.strip() and \
            re.fullmatch(r",[^\S\n]+(?:of|from|with)[^\S\n]+(?:the[^\S\n]+)?",
                         text[mentions[i - 1].end:mentions[i].start]):
        # "Sergio Cira-Reyes, of the West Side Collaborative said, “…”": the person, then the
        # body they come from, its closing comma left out
        return mentions[i - 1].key, text[mentions[i - 1].start:mentions[i - 1].end]
    if i > 0 and mentions[i].type != "person" and mentions[i - 1].type == "person" and \
            mentions[i - 1].start >= lo and not between.strip() and \
            (role := POST_BETWEEN_COMMAS.fullmatch(text, mentions[i - 1].end,
                                                   mentions[i].start)) and \
            any(w.casefold().strip("’'") in PERSON_NOUNS or w.casefold() in _ROLE_WORDS
                for w in role.group("post").split()):
        # "Dinah Ellis, National Manager, Cymraeg for Kids added:": the person, their post,
        # then the body they hold it in
        return mentions[i - 1].key, text[mentions[i - 1].start:mentions[i - 1].end]
    if i >= 0 and mentions[i].start >= lo and not between.strip(" \t’'s"):
        m = mentions[i]
        if m.type == "place" and i > 0 and mentions[i - 1].type == "person" and \
                text[mentions[i - 1].end:m.start] == " of " and mentions[i - 1].start >= lo:
            m = mentions[i - 1]  # "Ro Khanna of California says": the person, of the place
        if m.type == "place":
            home = next((mentions[j] for j in range(i - 1, -1, -1)
                         if mentions[j].start >= lo and mentions[j].type == "person"
                         and _HOMETOWN_BETWEEN.fullmatch(text, mentions[j].end, m.start)), None)
            if home is not None:
                m = home  # "Cpl. Victor Thibault, 38, of Digby, Nova Scotia said": the person,
                # his age and his home town before the province
        if m.type == "place" and (who := _PERSON_OF_PLACE.search(
                text, max(lo, m.start - 80), m.start)) is not None and \
                who.group("noun") in PERSON_NOUNS:
            return None, f"{who.group()}{text[m.start:m.end]}"  # "A community leader from
            # Borel argued …": someone of the place, not the place, speaks
        k = i
        while m.type != "person" and k > 0 and mentions[k - 1].start >= lo and \
                _BELONGS_TO.fullmatch(text, mentions[k - 1].end, mentions[k].start):
            k -= 1  # "Dr Mark McCarthy from the National Climate Centre (NCIC) at the Met
            if mentions[k].type == "person":  # Office said:": the person, of the bodies
                m = mentions[k]
        return m.key, text[m.start:m.end]
    for relative in (_RELATIVE_NEXT.search(head_words), _RELATIVE.search(head_words)):
        if relative is None:  # "… the Citizens Utility Board, a state watchdog group,
            continue  # which said …": the name the relative clause hangs on (the name
            # right before "which" first: "…, in fact, some outlets including Fox News,
            # which told …")
        j = bisect.bisect_left(starts, lo + relative.start() + 1) - 1
        if j >= 0 and mentions[j].end == lo + relative.start():
            if mentions[j].type != "person" and relative.group().rstrip().endswith("who"):
                person = next((mentions[k] for k in range(j - 1, -1, -1)
                               if mentions[k].start >= s_start and mentions[k].type == "person"
                               and not re.search(r"[.;:!?]", text[mentions[k].end:
                                                                  mentions[j].start])), None)
                if person is not None:  # "journalist Imara Jones, creator of TransLash,
                    # who says …": the person the body is named after, who speaks
                    return person.key, text[person.start:person.end]
            return mentions[j].key, text[mentions[j].start:mentions[j].end]
    pronoun = re.search(r"\b(he|she|they|it|I|we)\s*$", head_words, re.IGNORECASE)
    if pronoun:
        at = lo + pronoun.start()
        if not text[lo:at].strip(" “\"‘',"):  # "He argues …", "…,” she said": as a reader would,
            subject = _previous_subject(text, s_start, pronoun.group(1).casefold(),
                                        mentions, starts)  # the last sentence's subject
            if subject is not None:
                return subject
        return _resolve(pronoun.group(1).casefold(), at, mentions, starts, text)
    participle = re.match(r"\s*(?P<subject>(?:The|A|An|One)\s+[^,;“\"]{1,60}?)\s+"
                          r"(?!during\b|according\b)[a-z]+ing\s", head_words)
    if participle and re.search(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b"
                                r"|\.\s", participle.group("subject")):
        participle = None  # (not "The links are no longer being updated. …": a clause of its
        # own, its verb before the "-ing")
    if participle and not strict:  # "The act of Congress establishing the … position states"
        at = lo + participle.start("subject")
        return _phrase_speaker(text, at, participle.group("subject"), mentions, starts)
    described = re.search(r"\b((?:the|a|an|one|another|his|her|their|its|[A-Z][\w.-]*[’']s)"
                          r"\s+[a-z][\w-]*"
                          r"(?:\s+[a-z][\w-]*){0,2}"
                          r"|(?<=\bwhile )another|(?<=\band )another|^\s*another)\s*$",
                          head_words)
    if described and not strict:
        return None, re.sub(r"\s+(?:that|which|who|whom)$", "", described.group(1))
        # "the injunction stated", "the officer wrote", "Russia’s central bank has urged",
        # "her office maintains" (and "a lower court that said": the court, without the
        # relative pronoun)
    people = re.search(r"\b([A-Za-z][a-z]+s)\s*$", head_words)
    if people and not strict and _singular(people.group(1).casefold()) in PERSON_NOUNS:
        return None, people.group(1)  # "… in which residents said they felt “…”": people
        # the story describes, no one named
    if strict:
        first = lo + len(head) - len(head.lstrip())
        j = bisect.bisect_left(starts, first)
        if j < len(mentions) and _titles_only(text[first:mentions[j].start]) and re.fullmatch(
                r",\s+(?:a|an|the|his|her|their|its|one\s+of|another|"
                r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}[’']s)\s[^“\"”]*,\s*",
                _PARTY_ASIDE.sub(",", text[mentions[j].end:lo + len(head_words)])):
            # "“…,” Aminah Kakabaveh, a Kurdish member of Sweden's parliament, told VOA":
            # the name, then what it is, between commas ("…, one of North Carolina’s top
            # election officials, told reporters")
            return mentions[j].key, text[mentions[j].start:mentions[j].end]
        m = re.fullmatch(r"\s*((?:the|a|an|one|another)\s+[\w’' -]{1,60}?)\s*", head_words,
                         re.IGNORECASE)  # ("…,” one HUD staffer said")
        if m is None:
            m = _PEOPLE_DESCRIBED.fullmatch(head_words)
            if m is not None and _singular(m.group(2)) not in PERSON_NOUNS:
                m = None  # ("…,” officials said", but not "…,” Tuesday said")
        return (None, m.group(1)) if m else None
    return _sentence_subject(text, s_start, verb_at, mentions, starts)


#: A verb that moves someone to speak, then that someone and "to": "prompting the press
#: to call for “…”", "urged Smith to say".
_MOVED_TO = re.compile(r"\b(?:prompt(?:s|ed|ing)?|urg(?:es|ed|ing)|ask(?:s|ed|ing)|"
                       r"le(?:ads|d|ading)|forc(?:es|ed|ing)|caus(?:es|ed|ing)|"
                       r"push(?:es|ed|ing)|encourag(?:es|ed|ing)|invit(?:es|ed|ing))\s+"
                       r"(?P<who>(?:the\s+|a\s+|an\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?)"
                       r"\s+to\s*$")
#: A verb, its object, then "and" before the verb that introduces a quote: the second verb
#: of one subject ("… labeled Jones a “…” of the Communist Party and demanded").
_SECOND_VERB = re.compile(r"\b[a-z]{3,}(?:ed|s)\s+[^.;:!?]*\sand\s*$")
#: A phrase that sets a sentence's scene before its subject: "In a news release, ", "On
#: Monday, ", "By 1947, ".
_OPENING_PHRASE = re.compile(r"(?:(?:In|On|At|During|After|Before|Earlier|Later|Meanwhile|"
                             r"However|Instead|Also|Last|This|By(?=\s+(?:the\s+)?\d{4}\b))"
                             r"\b[^,.;:“”\"\n]{0,120}"
                             r"|(?:Speaking|Addressing|Writing|Commenting|Responding|"
                             r"Announcing|Welcoming|Launching|Visiting|Opening|Reflecting)\b"
                             r"[^,.;:“”\"\n]{0,120}),\s+")
#: A title after "the", the subject of the verb after it: "…, the Minister said:".
_TITLED_SUBJECT = re.compile(rf"[Tt]he\s+(?:[A-Z][\w’'-]*\s+){{0,3}}?[A-Z][\w’'-]*"
                             rf"(?:\s+(?:{_SPEECH_WORDS}))?[\s:,]*$")


#: What a court or a body found or said before the clause whose subject speaks: "The Court
#: found that …, Mr Myles threatened … and said …".
_FOUND_THAT = re.compile(r"\b(?:found|ruled|held|heard|alleged|alleges|claimed|claims|"
                         r"said|says|stated|noted|concluded|determined)(?:,)?\s+that\b")


def _clause_subject(text: str, s_start: int, verb_at: int, mentions: Sequence[Mention],
                    starts: list[int], subject: tuple[str | None, str] | None,
                    ) -> tuple[str | None, str] | None:
    """The subject of the verbs "and" joins when the sentence opens with what someone else
    found: "The Court found that in a meeting …, Mr Myles threatened … and said he was
    “on a mission …”" is Mr Myles's saying, not the court's (but "Smith said Jones
    resigned and added …" stays Smith's: a person opens the sentence)."""
    if subject is not None and subject[0] is not None and any(
            m.key == subject[0] and m.type == "person" for m in mentions):
        return subject
    found = next(reversed(list(_FOUND_THAT.finditer(text, s_start, verb_at))), None)
    if found is None:
        return subject
    i = bisect.bisect_right(starts, verb_at) - 1
    while i >= 0 and mentions[i].start >= found.end():
        m = mentions[i]
        if m.type == "person" and re.match(r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?[a-z]+ed\b",
                                           text[m.end:verb_at]):
            return m.key, text[m.start:m.end]
        i -= 1
    return subject


def _sentence_subject(text: str, s_start: int, limit: int, mentions: Sequence[Mention],
                      starts: list[int]) -> tuple[str | None, str] | None:
    """The sentence's subject: a name that opens it, a name in apposition to the noun
    phrase that opens it, or that noun phrase itself."""
    clause = text[s_start:limit]
    lead = len(clause) - len(clause.lstrip(" “\"‘'"))
    label = re.match(r"(?:[A-Z][a-z]+[^\S\n]+\d{1,2},[^\S\n]+\d{4}[^\S\n]*)?"
                     r"[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,4}:[^\S\n]+(?=[A-Z])",
                     clause[lead:])
    if label is not None:
        lead += label.end()  # "February 17, 2023Black History Month: By 1947, the FBI …": a
        # teaser's date and label before its colon are no subject
    opener = _OPENING_PHRASE.match(clause, lead)
    if opener is not None and (
            _mention_at(mentions, starts, s_start + lead, s_start + opener.end()) is None
            or _TITLED_SUBJECT.fullmatch(clause, opener.end())):
        lead = opener.end()  # "In a news release, the RNC took a shot at …, saying …": the
        # subject comes after the phrase that sets the scene; "Speaking from Stormont at …
        # the Committee for Communities, the Minister said:": a title after the phrase,
        # whatever names it holds
    pronoun = re.match(r"(He|She)\b", clause[lead:])
    if pronoun:  # "She argues …, and calls him “a joke.”"
        subject = _previous_subject(text, s_start, pronoun.group().casefold(), mentions,
                                    starts)
        return subject or _resolve(pronoun.group().casefold(), s_start + lead, mentions,
                                   starts, text)
    first = _mention_at(mentions, starts, s_start + lead, limit)
    opening = text[s_start + lead:first.start] if first else ""
    if first is not None and opening.strip().casefold() in ("", "the") and \
            first.type in ("person", "organisation", "group"):
        nxt = _mention_at(mentions, starts, first.end, limit)
        if first.type != "person" and nxt is not None and nxt.type == "person" and \
                re.fullmatch(r"(?:[’']s)?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},?\s+",
                             text[first.end:nxt.start]) and text.startswith(",", nxt.end):
            return nxt.key, text[nxt.start:nxt.end]  # "ZIMCODD chairman, Joy Mabenge, said"
        if first.type != "person" and nxt is not None and nxt.type == "person" and \
                (title := re.fullmatch(r"(?:[’']s)?\s+((?:[A-Z][a-z]+\s+){1,3})",
                                       text[first.end:nxt.start])) is not None and \
                all(_ROLE_WORD.match(w.casefold()) for w in title.group(1).split()):
            return nxt.key, text[nxt.start:nxt.end]  # "Congressional Progressive Caucus
            # Chair Pramila Jayapal on Monday endorsed …": the body's officer is the subject
        return first.key, text[first.start:first.end]
    if first is not None and not opening.strip() and first.type == "place" and \
            _STATE_ACTS.match(text, first.end, limit) and \
            not any(m.type == "person" and first.end <= m.start < limit for m in mentions):
        return first.key, text[first.start:first.end]  # "Louisiana won’t say when …, citing
        # ‘security reasons’": a state that acts and speaks, by its government (not "Russia
        # has denied …, Russian sports minister Vitaly Mutko calling …": his words)
    adverb = re.match(r"[A-Z][a-z]+ly\s+(?=(?:the|a|an)\s)", clause[lead:])
    if adverb:  # "Recently the president of Venezuela …"
        lead += adverb.end()
    raised = bool(adverb) or (opener is not None and lead == opener.end()
                              and re.match(r"(?:the|a|an)\s", clause[lead:]) is not None)
    if raised:  # (and "…, the Minister said": after the phrase that sets the scene)
        clause = clause[:lead] + clause[lead].upper() + clause[lead + 1:]
    if clause[lead:].startswith(_DETERMINERS):
        m = re.match(r"[^,]+", clause[lead:])
        phrase = m.group().strip() if m else ""
        rest_at = s_start + lead + len(m.group()) if m else limit
        appositive = re.match(r",\s*([^,]+),", text[rest_at:limit])
        if appositive:
            found = [x for x in mentions if rest_at <= x.start < rest_at + appositive.end()
                     and x.type == "person"]
            if found:
                return found[0].key, text[found[0].start:found[0].end]
        phrase = re.split(rf"\s+(?:who|which|that|was|were|is|are|has|had|have|will|would|"
                          rf"{_SPEECH_WORDS}|[a-z]+ly|[a-z]+ed)\b",
                          phrase, flags=re.IGNORECASE)[0]
        if raised:
            phrase = phrase[0].lower() + phrase[1:]
        governed = re.fullmatch(r"(?:[Tt]he)\s+(.+?)\s+(?:government|administration)", phrase)
        country = _mention_at(mentions, starts, s_start + lead, s_start + lead + len(phrase)) \
            if governed else None
        if country is not None and country.type == "place" and \
                text[country.start:country.end] == governed.group(1):
            return country.key, text[country.start:country.end]  # "The U.S. government …
            # expressed …": the country, by its government
        return None, phrase
    plain = re.match(r"(?P<np>[A-Z][a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:are|is|was|were|have|has)\s",
                     clause[lead:])
    if plain is not None and _mention_at(mentions, starts, s_start + lead,
                                         s_start + lead + plain.end("np")) is None:
        return None, plain.group("np")  # "Progressive groups are calling out the DCCC and
        # demanding …": a noun phrase is the subject, not the name after it
    for kind in ("person", "organisation", "group"):
        found = [x for x in mentions if s_start <= x.start < limit and x.type == kind]
        if found:
            return found[0].key, text[found[0].start:found[0].end]
    return None


#: The auxiliary a sentence's verb opens with right after a place that opens it, a state or
#: a country acting through its government: "Louisiana won’t say …", "China has warned …".
_STATE_ACTS = re.compile(r"[^\S\n]+(?:won[’']t|will|would(?:n[’']t)?|can(?:[’']t|not)?|could|"
                         r"should|must|did(?:n[’']t)?|does(?:n[’']t)?|has|have|had|"
                         r"is(?:n[’']t)?|was(?:n[’']t)?)\b")


_TITLE_OPENING = re.compile(r"(?:[Tt]he(?:\s+|$))?(?:[A-Z][\w.’'-]*(?:\s+|$))*")


def _body_opening_sentence_before(text: str, at: int, mentions: Sequence[Mention],
                                  starts: list[int]) -> Mention | None:
    """The body the sentence before this point opens with ("NCCIH is one of …"), for an
    "Its" that opens the next one; None when no body opens it."""
    head = text[:at].rstrip()
    if not head.endswith((".", "!", "?")):
        return None
    stops = [m.end() for m in re.finditer(r"[.!?][”’\"')\]]*\s+|\n", head[:-1])]
    begin = stops[-1] if stops else 0
    first = _mention_at(mentions, starts, begin, len(head))
    if first is None or first.type != "organisation" or \
            text[begin:first.start].strip() not in ("", "The", "the"):
        return None
    return first


def _previous_subject(text: str, s_start: int, pronoun: str, mentions: Sequence[Mention],
                      starts: list[int]) -> tuple[str | None, str] | None:
    """For 'He'/'She' opening a sentence or an attribution: the person who opens the
    sentence before it (in the same paragraph), if one does and that sentence quotes no
    one ("De La Fuente entered the race … against Donald Trump. He argues …": he is De
    La Fuente, not Trump)."""
    if pronoun not in ("he", "she"):
        return None
    paragraph = text.rfind("\n", 0, s_start) + 1
    head = text[paragraph:s_start].rstrip()
    if not head:
        return None
    begin = paragraph
    for m in re.finditer(r"[.!?][”’\"')\]]*\s+", head[:-1]):
        if _stop(text, paragraph + m.start()):
            begin = paragraph + m.end()
    if re.search(r"[“”\"]", text[begin:s_start]):
        return None  # after a quoted sentence, its speaker is the one (the last named)
    first = _mention_at(mentions, starts, begin, s_start)
    if first is None or first.type != "person":
        return None
    # before the name: nothing, "the", or a title ("President Barack Obama released …")
    if not _TITLE_OPENING.fullmatch(text[begin:first.start].strip(" “\"‘'")):
        return None
    return first.key, pronoun


def plural_noun(word: str) -> bool:
    """Whether a description's last word reads as a plural ("senators", "officials"; not
    "boss", "campus"): several people, whom no one person stands for."""
    return re.search(r"[^s’'u]s$", word.casefold()) is not None


def _described(text: str, phrase: str, at: int, mentions: Sequence[Mention],
               starts: list[int]) -> tuple[str, str] | None:
    """The person a description stands for, where the story put the same words before
    the person's name: "the president" after "President Moon Jae-in", "The North Korean
    leader" after "North Korean leader Kim Jong Un" (the last such person named)."""
    words = re.fullmatch(r"(?:the|The)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", phrase.strip())
    if words is None:
        return None
    described = words.group(1).split()
    if plural_noun(described[-1]):
        return None  # "the Senators wrote" after "Senators Marsha Blackburn (R-Tenn.), Bill
        # Cassidy, …": a plural stands for them all, not the first named
    tries = [described]
    if len(described) > 1 and described[-1].lower() in _ABBREVIATED:
        tries.append(described[-1:])  # "the Democratic governor" → "Gov. Laura Kelly"
    for title_words in tries:
        words_of_title = r"\s+".join(map(_title_word, title_words))
        title = re.compile(r"(?<![\w-])" + words_of_title + r"(?:\s+(?:of|for)\s+[^,;:.\n]{1,60}"
                           r",)?\s+(?:the\s+(?:Honourable|Honorable|Hon\.)\s+)?$",
                           re.IGNORECASE)  # (and its field and "the Honourable": "Canada’s
        # Minister of Fisheries and Oceans, the Honourable Herb Dhaliwal" … "the Minister")
        apposed = re.compile(r",[^\S\n]+(?:[\w’'.-]+[^\S\n]+){0,4}?" + words_of_title
                             + r"[^\S\n]*,", re.IGNORECASE)  # (between commas: not "…
        # Meles Zenawi, the government finally announced …", a clause after his name)
        i = bisect.bisect_left(starts, at) - 1
        while i >= 0:
            m = mentions[i]
            if m.type == "person" and (title.search(text, max(0, m.start - 110), m.start)
                                       or apposed.match(text, m.end)):
                return m.key, text[m.start:m.end]  # (or the words after the name, between
                # commas: "Dr. James A. Tegnelia, the agency's director, said" … "The
                # director said that …")
            i -= 1
    return None


#: Title words that news abbreviates before a name, and their abbreviations ("governor" →
#: "Gov"; "commander" → "Cmdr", "Cdr").
_ABBREVIATED = {word: sorted(s for s, w in TITLE_WORDS.items() if w == word)
                for word in TITLE_WORDS.values()}


def _title_word(word: str) -> str:
    """A description's word as a pattern that also matches its abbreviation before a name:
    "governor" matches "Gov."."""
    shorts = _ABBREVIATED.get(word.lower())
    if not shorts:
        return re.escape(word)
    return rf"(?:{re.escape(word)}|(?:{'|'.join(shorts)})\.)"


def _resolve(pronoun: str, at: int, mentions: Sequence[Mention],
             starts: list[int], text: str = "") -> tuple[str | None, str]:
    """'he' → the last person named before; 'it' → the last organisation or work (a
    report, a law: "the Idaho Constitution …, as it notes, … “mainly on …”"). A person named
    inside the sentence that gave someone else's words stays that sentence's object: "…,”
    said Ron Silver of Portland, who … after the police who beat Rodney King." then "he
    said" → Ron Silver, the speaker, not Rodney King."""
    want = _PRONOUNS.get(pronoun, "none")
    if pronoun == "i" and text:
        line = text.rfind("\n", 0, at) + 1
        label = TURN_LABEL_OPENING.match(text, line)
        if label is not None and label.end() <= at:
            i = bisect.bisect_left(starts, label.end()) - 1
            if i >= 0 and mentions[i].start >= line and mentions[i].type == "person":
                return mentions[i].key, text[mentions[i].start:mentions[i].end]  # "Senator
                # Brandis: … I said, '…'": the one whose turn it is
    if want == "none":
        return None, pronoun
    crowd = None
    if pronoun == "they" and text:
        sentence = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        crowd = next(reversed(list(_CROWD.finditer(text, sentence, at))), None)
        if crowd is None and (subject := _plural_subject_before(text, sentence)) is not None \
                and not any(m.type == "person" and subject.end() <= m.start < at
                            for m in mentions):
            return None, subject.group("who")  # "Earlier this year, doctors at Veterans
            # Affairs hospitals … sounded an alarm. Sweeping cuts imposed by the Trump
            # administration, they told …": the people the sentence before opened with
    i = bisect.bisect_left(starts, at) - 1
    while i >= 0:
        m = mentions[i]
        if crowd is not None and m.end <= crowd.end():
            break  # "a group of protesters … headed to the United Center, where they …
            # chanted": the people the sentence opens with, not the place they went to
        if text and re.match(r",?[^\S\n]+where\b", text[m.end:m.end + 8]):
            i -= 1
            continue
        if text and _IN_CREDIT.search(text, max(0, m.start - 80), m.start):
            i -= 1
            continue  # ("(Photo by Nuria Martinez-Keel/Oklahoma Voice)": a picture's credit
            # names no one the story goes on to speak of)
        if ((want == "any" and m.type in ("person", "organisation", "group"))
                or m.type == want or (pronoun == "it" and m.type == "work")) and \
                not _wrong_sex(pronoun, m.key, text, mentions):
            speaker = _speaker_in_sentence(text, m, mentions[:i], pronoun) if text else None
            return (speaker or m).key, pronoun
        i -= 1
    if crowd is not None:
        return None, crowd.group()
    if pronoun in ("he", "she") and text:
        described = _person_described_before(text, at)
        if described is not None:
            return None, described  # "The child’s mother gave Mississippi Today permission
            # to quote her without using her name. “…,” she said.": the one the sentence
            # before describes, no one named
    return None, pronoun


#: The words that open a person described, not named: "The child’s mother", "A local man".
_DESCRIBING = frozenset("The the A a An an His his Her her".split())


def _person_described_before(text: str, at: int) -> str | None:
    """The person the sentence before the one at ``at`` opens with, described by a noun for
    a person ("The child’s mother gave …"), when no one is named: what "she" stands for.
    Only the two sentences before, in the paragraph before or this one."""
    line = text.rfind("\n", 0, at) + 1
    before = text[:line].rstrip() if not text[line:at].strip(" “\"") or \
        text[line:line + 1] in "“\"" else text[:max(text.rfind(". ", line, at), line)]
    block = before[before.rfind("\n\n") + 2 if "\n\n" in before else 0:]
    sentences = [m.group() for m in re.finditer(r"[^.!?\n]+[.!?]?", block) if m.group().strip()]
    for sentence in reversed(sentences[-2:]):
        words = sentence.split()
        if not words or words[0] not in _DESCRIBING:
            continue
        k = 2 if len(words) > 2 and words[1].endswith(("’s", "'s")) else 1
        noun = next((j for j in range(k, min(k + 2, len(words)))
                     if words[j] in PERSON_NOUNS), None)
        if noun is not None and all(w.isalpha() or w.endswith(("’s", "'s"))
                                    for w in words[1:noun + 1]):
            phrase = " ".join(words[:noun + 1])  # "The child’s mother", "A local man"
            return phrase[:1].lower() + phrase[1:]
    return None


#: A statement that opens with the body that makes it, then its verb: "“The Global AIDS
#: Alliance welcomes …”", "“The Council condemns …”".
_MAKER_OPENING = re.compile(r"(?:[Tt]he[^\S\n]+)?(?P<body>[A-Z][\w’'&-]*(?:[^\S\n]+[A-Z][\w’'&-]*)"
                            r"{0,5})[^\S\n]+(?:welcomes|condemns|applauds|calls|urges|commends|"
                            r"regrets|deplores|reaffirms|expresses)\b")


#: The open bracket of a picture's credit before a name: "(Photo by Nuria Martinez-Keel/".
_IN_CREDIT = re.compile(r"\((?:Photo|Image|Credit|Courtesy|Picture)\b[^()\n]*$")


#: People named by what they are, in the plural, as a sentence's subject: "a group of
#: protesters", "the demonstrators".
_CROWD = re.compile(r"\b(?:[Aa]n?[^\S\n]+(?:group|crowd|handful|number)[^\S\n]+of[^\S\n]+"
                    r"[a-z]+s|[Tt]he[^\S\n]+(?:protesters|demonstrators|marchers|crowd|"
                    r"students|workers|residents|activists))\b")


#: People by a plural noun, and where they are from, as a sentence's subject after at most
#: an opening phrase: "Earlier this year, doctors at Veterans Affairs hospitals in …".
_PLURAL_SUBJECT = re.compile(r"(?:[A-Z][^,.!?\n]{0,40},[^\S\n]+)?(?:(?:[Tt]he|[Ss]ome|[Mm]any)"
                             r"[^\S\n]+)?(?P<who>(?P<noun>[A-Za-z]+s)(?:[^\S\n]+(?:at|of|from|"
                             r"with)[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w’'-]*[^\S\n]+){1,4}"
                             r"[a-z]+s\b)?)(?:[^\S\n]+(?:in|at|from)(?:[^\S\n]+[A-Z][\w’'-]*)"
                             r"{1,3})?[^\S\n]+(?!said\b|say\b)[a-z]+ed\b")


def _plural_subject_before(text: str, sentence: int) -> re.Match[str] | None:
    """The people the sentence before this one opens with, by their plural noun, as the
    subject of its verb in the past: "doctors at Veterans Affairs hospitals … sounded"."""
    before = max(text.rfind(". ", 0, max(0, sentence - 2)),
                 text.rfind("\n", 0, max(0, sentence - 1))) + 1
    while before < sentence and text[before].isspace():
        before += 1
    m = _PLURAL_SUBJECT.match(text, before, sentence)
    if m is None or _singular(m.group("noun").casefold()) not in PERSON_NOUNS:
        return None
    return m


def _speaker_in_sentence(text: str, named: Mention, earlier: Sequence[Mention],
                         pronoun: str) -> Mention | None:
    """The other person a speech verb attributes words to, earlier in the sentence that
    names `named`, or None."""
    if named.type != "person":
        return None
    s_start = max(text.rfind(". ", 0, named.start), text.rfind("\n", 0, named.start)) + 1
    for m in reversed(earlier):
        if m.start < s_start:
            return None
        if m.type == "person" and m.key != named.key and not _other_sex(pronoun, m.key) and (
                _SAID_BEFORE_NAME.search(text, max(0, m.start - 12), m.start)
                or _SAID_AFTER_NAME.match(text, m.end)):
            return m
    return None


#: A speech verb right before or after a name: "said Ron Silver", "Silver said".
_SAID_BEFORE_NAME = re.compile(r"\b(?:said|says|told|tells|added|explained)\s+$")
_SAID_AFTER_NAME = re.compile(r"\s+(?:said|says|told|tells|added|adds|explained)\b")


def _other_sex(pronoun: str, key: str) -> bool:
    """Whether the person's first name (of a suggested name, "Leonard Korir", or of an
    annotated id, "leonard-korir") is one the name lists give only to the other sex than
    the pronoun's: "she" is not Leonard Korir, "he" not Naomi Graham."""
    from .knowledge import knowledge

    if pronoun not in ("he", "him", "she", "her"):
        return False
    first = re.split(r"[\s-]", key.strip(), maxsplit=1)[0]
    first = first[:1].upper() + first[1:]
    know = knowledge()
    return first in (know.male_names if pronoun in ("she", "her") else know.female_names)


#: Pronouns that tell a person's sex: "Her post …", "his online voice".
_SEXED = re.compile(r"\b(?:(?P<f>[Ss]he|[Hh]er|[Hh]erself)|(?P<m>[Hh]e|[Hh]is|[Hh]im|"
                    r"[Hh]imself))\b")


def _wrong_sex(pronoun: str, key: str, text: str, mentions: Sequence[Mention]) -> bool:
    """Whether the person is of the other sex than the pronoun's, as the name lists give
    the first name or the story's own pronouns tell it; for a name written surname first,
    its given name in short syllables, the story's pronouns alone ("Park Hye Ri … shared how
    she joined …": a woman, though the lists give "Park" to men)."""
    from .knowledge import knowledge

    told = _told_sexes(text, tuple((m.start, m.end, m.key, m.type) for m in mentions)) \
        if text and pronoun in ("he", "him", "she", "her") else {}
    other = key in told and told[key] != ("f" if pronoun in ("she", "her") else "m")
    parts = re.split(r"[\s-]", key.strip())
    if key in told and len(parts) >= 3 and all(len(p) <= 4 for p in parts[1:]) and \
            parts[0][:1].upper() + parts[0][1:] in knowledge().surnames:
        return other
    return other or _other_sex(pronoun, key)


@functools.lru_cache(maxsize=8)
def _told_sexes(text: str, mentions: tuple[tuple[int, int, str, str], ...]) -> dict[str, str]:
    """Each person's sex as the first "she"/"her" or "he"/"his" after a mention of them says,
    in the same paragraph, outside quotation marks and before the next person's name; only
    where every mention that has one agrees."""
    persons = [m for m in mentions if m[3] == "person"]
    votes: dict[str, set[str]] = {}
    for k, (start, end, key, _) in enumerate(persons):
        following = next((m[0] for m in persons[k + 1:]
                          if not text[max(0, m[0] - 4):m[0]].endswith("the ")), len(text))
        # (a person described with "the" after a name is that person again: "Rep. Zooey
        # Zephyr …, the Missoula Democrat took to Twitter. Her post …")
        stop = min(following, end + 200)
        paragraph = text.find("\n\n", end)
        if paragraph != -1:
            stop = min(stop, paragraph)
        span = text[end:stop]
        quote = re.search(r"[“\"]", span)
        found = _SEXED.search(span[:quote.start()] if quote else span)
        if found and found.group() in _NOT_SUBJECTS and k > 0 and \
                persons[k - 1][2] != key and _same_sentence(text, persons[k - 1][1], start):
            continue  # "…, Dresselhaus won praise from Dr. Chagaan Baatar, the program
            # officer at ONR sponsoring her work": her is the sentence's subject, named
            # before, as likely as the one named last
        if found:
            votes.setdefault(key, set()).add("f" if found.group("f") else "m")
    return {key: next(iter(sexes)) for key, sexes in votes.items() if len(sexes) == 1}


#: The pronouns of a person who is not a clause's subject: whose "her work" is may be
#: anyone the sentence named.
_NOT_SUBJECTS = frozenset("her his him herself himself".split())


def _same_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence ends between ``start`` and ``end`` ("Dr." does not end one)."""
    return "\n" not in text[start:end] and not any(
        _stop(text, m.start()) for m in _SENTENCE_MARK.finditer(text, start, end))


#: A mark that may end a sentence: a stop, then closing marks and a space.
_SENTENCE_MARK = re.compile(r"[.!?](?=[”’\"')\]]*\s)")


#: A sentence that shows someone speaking, right before a quote that stands alone: "a
#: mother talking to her baby.", "Then a man shouting at the crowd:".
_SHOWN_SPEAKING = re.compile(
    r"(?:^|[.!?][”’\"']?\s+|\n)(?:(?:First|Then|Next|Later|Finally|And|[Hh]ere is),?\s+)*"
    r"(?P<who>(?:a|an|the|one|another)(?:\s+[a-z][\w-]*){1,3}?)\s+"
    r"(?:talking|speaking|saying|asking|shouting|telling|calling|singing|reading|yelling|"
    r"whispering|explaining)\b[^.!?“\"]{0,80}[.:]\s*$")


def _shown_speaking(text: str, q_open: int,
                    ) -> tuple[str | None, str | None, str | None, str] | None:
    shown = _SHOWN_SPEAKING.search(text, max(0, q_open - 200), q_open)
    if shown is None:
        return None
    return None, shown.group("who"), None, "shown speaking in the sentence before"


#: A statute's or a rule's citation in brackets right after the words quoted from it:
#: '"… interruption of commerce" (29 U.S.C. 173)', '(10 CFR 1303.101)'.
_CODE_CITED_AFTER = re.compile(r"[^\S\n]*\((?P<code>\d{1,2}[^\S\n]+(?:U\.S\.C\.|USC|C\.F\.R\.|CFR)"
                               r"[^\S\n]+(?:§[^\S\n]*)?\d[\w.()-]*)\)")
#: A statement's title, which names whose words follow: "Statement from U.S. Agriculture
#: Secretary Vilsack on …", "Statement by the Press Secretary", "Chairman Johnson’s
#: Statement".
_STATEMENT_TITLE = re.compile(r"\bStatement\s+(?:[Ff]rom|[Bb]y|[Oo]f)\s|(?P<whose>[’']s)[^\S\n]+"
                              r"(?:[A-Z][\w-]*[^\S\n]+){0,3}(?:Statement|[Mm]essage|[Ss]peech|"
                              r"[Aa]ddress|[Tt]ribute)\b")
# (and "First Minister’s New Year message": a message, its owner's post before it)
#: The words before a title's possessive that name its owner by a post: "First Minister".
_OWNER_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:The[^\S\n]+)?(?P<who>[A-Z][\w.-]*"
                           r"(?:[^\S\n]+[A-Z][\w.-]*){0,3})$")


def _statement_title(text: str, q_open: int, mentions: Sequence[Mention], starts: list[int],
                     ) -> tuple[str | None, str | None, str | None, str] | None:
    """The person a statement's title names, for the unattributed words under it (the
    title on one of the three lines with words above the quote's; blank lines, and lines of
    spaces a page left, do not count)."""
    line_start = text.rfind("\n", 0, q_open) + 1
    top = line_start
    counted = 0
    while counted < 3 and top > 0:
        top = text.rfind("\n", 0, top - 1) + 1
        counted += bool(text[top:text.find("\n", top)].strip())
    for m in _STATEMENT_TITLE.finditer(text, top, line_start):
        if m["whose"]:
            i = bisect.bisect_left(starts, text.rfind("\n", 0, m.start()) + 1)
            found = None
            while i < len(mentions) and mentions[i].start < m.start():
                found, i = mentions[i], i + 1
            if found is not None and found.type == "person" and found.end == m.start():
                return found.key, text[found.start:found.end], None, \
                    "the statement's title names who makes it ('Chairman Johnson’s Statement')"
            owner = _OWNER_BEFORE.search(text, max(0, m.start() - 120), m.start())
            if (found is None or found.end != m.start()) and owner is not None:
                return None, owner.group("who"), None, "the title names whose message it is " \
                    "by a post ('First Minister’s New Year message')"
            continue
        end = text.find("\n", m.end())
        found = _first_person(mentions, starts, m.end(), end if end >= 0 else len(text))
        if found is not None:
            return found.key, text[found.start:found.end], None, \
                "the statement's title names who makes it ('Statement from … Vilsack')"
    return None


#: The credit an embedded post keeps after its text on the same line: "”— Barbara Lee
#: (@BarbaraLee) May 1, 2023", "”— Our Revolution (@OurRevolution) 1520024515".
_POST_CREDIT = re.compile(r"[^\S\n]*[—–-][^\S\n]*(?P<who>[^\n()@]{2,60}?)[^\S\n]*"
                          r"\(@[\w ]{1,40}\)")


def _embedded_post(text: str, q_close: int, mentions: Sequence[Mention], starts: list[int],
                   ) -> tuple[str | None, str | None, str | None, str] | None:
    """The author an embedded post's credit names right after its closing mark."""
    credit = _POST_CREDIT.match(text, q_close + 1)
    if credit is None:
        return None
    found = _mention_at(mentions, starts, credit.start("who"), credit.end("who"))
    cue = text[credit.start():credit.end()].strip()
    if found is not None and found.start == credit.start("who"):
        return found.key, text[found.start:found.end], cue, \
            "an embedded post's credit after it ('— Name (@handle)')"
    return None, credit.group("who"), cue, \
        "an embedded post's credit after it ('— Name (@handle)')"


#: What may open the line under an epigraph before the speaker's name: a dash, titles.
_BELOW_LEAD = re.compile(r"[^\S\n]*(?:[—–-][^\S\n]*)?(?:[A-Z][\w.’'-]*[^\S\n]+){0,4}")


#: The dash after an epigraph's closing mark, then the speaker's titles (and an aside in
#: brackets) before the name: "” — Assembly Speaker (and new father) Anthony Rendon …"
#: (or a hyphen with spaces round it, as a list of releases types a dash: "” - Commissioner
#: Clifford D. May.").
_DASH_LEAD = re.compile(r"(?:[^\S\n]*[—–]|[^\S\n]+-(?=[^\S\n]))[^\S\n]*"
                        r"(?:(?:[A-Z][\w.’'-]*|\([^()\n]{1,40}\))[^\S\n]+){0,5}")


def _attributed_after_dash(text: str, q_close: int, mentions: Sequence[Mention],
                           starts: list[int],
                           ) -> tuple[str | None, str | None, str | None, str] | None:
    """The person a dash after the closing mark names on the same line, as a newsletter
    credits its epigraph: "“Being speaker is a demanding job. …” — Assembly Speaker (and
    new father) Anthony Rendon discussing his outlook for 2020."""
    lead = _DASH_LEAD.match(text, q_close + 1)
    if lead is None:
        return None
    i = bisect.bisect_left(starts, lead.start())
    named = None
    while i < len(mentions) and mentions[i].start <= lead.end():
        found = mentions[i]
        if found.type == "person" and re.fullmatch(
                r"(?:(?:[A-Z][\w.’'-]*|\([^()\n]{1,40}\))[^\S\n]+)*",
                text[lead.start():found.start].lstrip(" —–-")):
            named = found  # (the last: the name after its titles)
        i += 1
    if named is None:
        return None
    return named.key, text[named.start:named.end], None, \
        "named after a dash that follows the quote ('” — Speaker Anthony Rendon')"


def _named_right_after(text: str, q_close: int, mentions: Sequence[Mention], starts: list[int],
                       ) -> tuple[str | None, str | None, str | None, str] | None:
    """The person named right after the closing mark, nothing else after the name on its
    line, as a speech credits a saying it quotes: "“To be free is not merely to cast off
    one’s chains …” Nelson Mandela."."""
    found = _mention_at(mentions, starts, q_close + 2, q_close + 3)
    if found is None or found.type != "person" or text[q_close + 1:found.start] != " " or \
            not re.match(r"\.?[^\S\n]*(?:\n|$)", text[found.end:]):
        return None
    return found.key, text[found.start:found.end], None, \
        "named right after the quote, alone on the rest of its line ('” Nelson Mandela.')"


def _attributed_below(text: str, q_close: int, mentions: Sequence[Mention], starts: list[int],
                      ) -> tuple[str | None, str | None, str | None, str] | None:
    """The person named on the short line right under a quote that ends its own line, as
    fact sheets and reports credit an epigraph: "“Methamphetamine abuse shatters …”" then
    "President George W. Bush, November 28, 2006"."""
    below = text.find("\n", q_close + 1)
    if below < 0 or text[q_close + 1:below].strip():
        return None
    end = text.find("\n", below + 1)
    end = len(text) if end < 0 else end
    if not text[below + 1:end].strip() or len(text[below + 1:end].strip()) > 80:
        return None
    if re.match(r"[^\S\n]*[a-z]", text[end + 1:end + 40]):
        return None  # "Steve MacLean, President of the CSA …, started the event" over "by
        # greeting …": a sentence its width broke, going on below, no credit
    lead = _BELOW_LEAD.match(text, below + 1)
    if lead is None:
        return None
    i = bisect.bisect_left(starts, below + 1)
    while i < len(mentions) and mentions[i].start < end:
        found = mentions[i]
        if found.type == "person" and found.start <= lead.end() and \
                re.match(r"[^\S\n]*(?:$|[,(—–-])", text[found.end:end]):
            return found.key, text[found.start:found.end], None, \
                "named on the line under the quote"
        i += 1
    return None


_DESCRIPTION = re.compile(r"(?:^|[,;]\s+)(?P<who>(?:(?:the|a|an|one|another)\s+)?"
                          r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:has\s+)?(?:also\s+)?$",
                          re.IGNORECASE)


def intro_speaker(text: str, start: int, verb_at: int, mentions: Sequence[Mention],
                  starts: list[int]) -> tuple[str | None, str | None]:
    """Who the introducing paragraph's last sentence makes speak, as a quote's attribution
    would (:func:`_subject_before`): the name right before the verb ("… Andrew Quinn
    said:"), a pronoun resolved, a description ("The government officer who sent the
    message added:"), or the sentence's subject."""
    sentence = start
    for m in re.finditer(r"[.!?][”’\"')\]]*\s+(?=[A-Z“\"])", text[start:verb_at]):
        word = re.search(r"[\w.]*$", text[start:start + m.start()]).group()
        if not (len(word) == 1 or "." in word or word in ABBREVIATIONS):
            sentence = start + m.end()  # (not at "U.S. Sen. Mark R. Warner")
    sent = _sender_of(text, sentence, verb_at, mentions, starts)
    if sent is not None:
        return sent
    for strict in (True, False):  # ("The experienced Turkish professor said:" whole)
        found = _subject_before(text, sentence, verb_at, sentence, verb_at, mentions, starts,
                                strict=strict)
        if found is not None:
            return found
    described = _DESCRIPTION.search(text, sentence, verb_at)
    return None, (described.group("who") if described else None)


#: A document as the subject of the verb that introduces its words: "The message said, in
#: part:", "The letter reads:".
_DOCUMENT_SUBJECT = re.compile(r"(?:The|This|That|His|Her|Their|Its)[^\S\n]+(?P<noun>message|"
                               r"letter|telegram|note|greeting|address)[^\S\n]+(?:also[^\S\n]+)?$")


#: The verb that sends a document, its article and up to three words before the noun.
_SENT = (r"(?<![\w-])(?:sent|issued|wrote|addressed|delivered|signed)[^\S\n]+"
         r"(?:a|an|the|his|her|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?")


def _sender_of(text: str, sentence: int, verb_at: int, mentions: Sequence[Mention],
               starts: list[int]) -> tuple[str, str] | None:
    """Who sent the document a sentence makes speak ("The message said, in part:"): the
    person named right before "sent a message" in the sentences before, within a few
    hundred characters ("Acting President Vladimir Putin sent a message of condolences to
    …"), or None."""
    subject = _DOCUMENT_SUBJECT.fullmatch(text, sentence, verb_at)
    if subject is None:
        return None
    sending = re.compile(_SENT + rf"{subject.group('noun')}s?\b")
    sent = next(reversed(list(sending.finditer(text, max(0, sentence - 600), sentence))), None)
    if sent is None:
        return None
    opens = max(text.rfind("\n", 0, sent.start()), text.rfind(". ", 0, sent.start()))
    named = [m for m in mentions[bisect.bisect_left(starts, opens + 1):]
             if m.end <= sent.start() and m.type == "person"]
    if not named or text[named[-1].end:sent.start()].strip():
        return None
    return named[-1].key, text[named[-1].start:named[-1].end]


#: A paragraph ending with a colon that announces a statement, its subject whatever follows
#: the verb: "… issued the statement below regarding Treasury Secretary Janet Yellen’s
#: request …:", "… released the following statement in response to reports that …:".
_ANNOUNCES = re.compile(r"(?<![\w-])(?:issued|released|made|gave|delivered|shared|provided|"
                        r"put\s+out)\s+(?:the\s+|a\s+)?(?:following\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:statement|remarks|comments?|message)\b", re.IGNORECASE)


#: "The following statement", which announces the next paragraph's words whatever ends
#: the sentence that says so.
_FOLLOWING = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:statement|remarks)\b",
                        re.IGNORECASE)


#: A statement announced by its maker's name after "from" or "by": "The following is a
#: statement from NASA Administrator Sean O'Keefe regarding …".
_STATEMENT_FROM = re.compile(r"\bthe\s+following\s+is\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:statement|remarks|message)\s+(?:from|by)\s+", re.IGNORECASE)


#: Remarks announced by their maker's name: "Following are excerpts from remarks given by
#: NASA Deputy Administrator Lori Garver at …:".
_REMARKS_BY = re.compile(r"\bremarks\s+(?:given|delivered|made)\s+by\s+", re.IGNORECASE)


def _announced(text: str, q_open: int, paragraph_start: int, back: int,
               mentions: Sequence[Mention], starts: list[int],
               ) -> tuple[str | None, str | None, str | None, str] | None:
    """The maker of a statement the paragraph before announces with a colon, for a quote
    that opens the next paragraph: not whoever the announcement names last ("… issued the
    statement below regarding Treasury Secretary Janet Yellen’s request …:")."""
    if text[text.rfind("\n", 0, q_open) + 1:q_open].strip(" “\"‘'"):
        return None
    block = text.rfind("\n\n", 0, paragraph_start) + 2 if paragraph_start else 0
    maker = _STATEMENT_FROM.search(text, min(block, paragraph_start), back) or \
        _REMARKS_BY.search(text, min(block, paragraph_start), back)  # (over the lines a copy
    # broke the paragraph into)
    if maker is None and text[paragraph_start:back].rstrip()[-1:] != ":" and \
            not _FOLLOWING.search(text, paragraph_start, back):
        return None  # (or "… released the following statement regarding …." with a stop)
    if maker is not None:
        named = next((m for m in mentions[bisect.bisect_left(starts, maker.end()):]
                      if m.start < back and m.type == "person"), None)
        if named is not None:
            return named.key, text[named.start:named.end], None, \
                "the paragraph before, 'The following is a statement from …'"
    verb = next(reversed(list(_ANNOUNCES.finditer(text, paragraph_start, back))), None)
    if verb is None:
        verb = INTRO.search(text, paragraph_start, len(text[:back].rstrip()))
        # ("In separate posts on X, he said:", then his words in marks)
        if verb is None:
            return None
    key, name = intro_speaker(text, paragraph_start, verb.start(), mentions, starts)
    if key is None:
        return None
    cue = " ".join(verb.group().rstrip(" :").split())
    return key, name, cue, f"the paragraph before, ending with a colon, '… {cue} …:'"


#: A speech verb in the paragraph before a quote that stands alone: "… spoke with VOA
#: reporter James Butty, saying …", "… told reporters".
_SPOKE = re.compile(r"(?<![\w-])(?:spoke|speaking|told|said|says|saying|explained|added|"
                    r"pointed[^\S\n]+out|points[^\S\n]+out|noted|stressed|emphasi[sz]ed|"
                    r"indicated|stated|remarked|recalled|reiterated|underlined|insisted|"
                    r"argued|warned)\b")


def _speaking_before(text: str, q_open: int, paragraph_start: int, back: int,
                     mentions: Sequence[Mention], starts: list[int],
                     ) -> tuple[str | None, str | None, str | None, str] | None:
    """The subject of the paragraph before, where its last sentence shows someone speaking
    ("William Ruto … spoke with VOA … reporter James Butty, saying …"), for a quote that
    opens the next paragraph: the speaker, not the reporter named last."""
    if text[text.rfind("\n", 0, q_open) + 1:q_open].strip(" “\"‘'"):
        return None
    paragraph = text[paragraph_start:back]
    sentence = paragraph_start
    for m in re.finditer(r"[.!?][”’\"')\]]*\s+(?=[A-Z“\"])", paragraph):
        word = re.search(r"[\w.]*$", paragraph[:m.start()]).group()
        if not (len(word) == 1 or "." in word or word in ABBREVIATIONS):
            sentence = paragraph_start + m.end()
    verb = _SPOKE.search(text, sentence, back)
    if verb is None or re.search(r"[”\"’][^\S\n]*$", text[max(0, verb.start() - 3):verb.start()]):
        return None  # (nor "“…,” said Staff Sgt. Juan Padin …": the attribution of the quote
        # before, its speaker after the verb, not the subject opening the sentence)
    key, name = intro_speaker(text, sentence, verb.start(), mentions, starts)
    if key is None and name is not None and \
            (described := _described(text, name, sentence, mentions, starts)) is not None:
        key, name = described  # ("During his speech, the Minister pointed out that …": the
        # minister the story named before)
    if key is None:
        return None
    return key, name, None, f"the subject of the sentence before, '… {verb.group()} …'"


#: A sentence whose pronoun says who speaks the quotation after it: "He said that making
#: a grandiose event … was meaningless …. “We must form …”".
_PRONOUN_SAID = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>He|She)\s+(?:said|says|told|"
                           r"added|explained|argued|insisted|wrote)\b")


#: A person named after "by" or "with" (and a title): no subject of the sentence.
_AGENT_BEFORE = re.compile(r"\b(?:by|with)[^\S\n]+(?:(?:President|Prime[^\S\n]+Minister|Mr\.|"
                           r"Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.)[^\S\n]+)?$")
#: A letter's greeting at a quote's start: "“Dear Pastor Chinh and Mrs. Hong: I write …”".
_GREETING = re.compile(r"Dear[^\S\n]+[A-Z][^:,\n]{0,60}[:,]")


#: A listing's link to the rest of an item, ending the item's paragraph: "(Read more)",
#: "Read more »", "Continue reading →".
_ITEM_ENDS = re.compile(r"(?:\((?:Read|Continue[^\S\n]+reading|More)\b[^()\n]{0,20}\)|"
                        r"\b(?:Read[^\S\n]+more|Continue[^\S\n]+reading)[^\S\n]*[»›→…]?)"
                        r"[^\S\n]*$")


def _standing_alone(text: str, q_open: int, mentions: Sequence[Mention], starts: list[int],
                    previous: QuoteSuggestion | None, *, q_close: int | None = None,
                    ) -> tuple[str | None, str | None, str | None, str] | None:
    """A whole sentence in marks with no attribution: someone the sentence right before
    shows speaking ("… a mother talking to her baby. “A bunny…”"), the last speaker, or
    the person named just before (within the paragraph before)."""
    shown = _shown_speaking(text, q_open)
    if shown is not None:
        return shown
    if _GREETING.match(text, q_open + 1):
        return None, None, None, "a letter quoted from its greeting ('“Dear Pastor Chinh and " \
            "Mrs. Hong: I write …”'): its writer is not the speaker before"
    maker = _MAKER_OPENING.match(text, q_open + 1)
    if maker is not None and maker.group("body").split()[-1] in ORGANISATION_HEADS:
        # (the body's name is inside the marks, so no mention outside them holds it)
        return None, maker.group("body"), None, "a statement that names its maker first " \
            "('“The Global AIDS Alliance welcomes …”')"
    line_start = text.rfind("\n", 0, q_open) + 1
    back = line_start - 1
    while back > 0 and text[back - 1] == "\n":
        back -= 1  # over blank lines to the paragraph before
    paragraph_start = text.rfind("\n", 0, max(0, back)) + 1 if back > 0 else 0
    if back == line_start - 1 and paragraph_start > 0 and hard_wrapped(text):
        paragraph_start = _wrapped_sentence_start(text, paragraph_start)  # lines broken at
        # a width: the line before is the end of a sentence that began lines above ("…,”
        # said Staff Sgt. Juan\nPadin, Charlie Company …\n“Doing the right thing …”)
    paragraph_start = _broken_paragraph_start(text, paragraph_start)
    if back > 0 and _ITEM_ENDS.search(text, paragraph_start, back):
        paragraph_start = line_start  # "… McNulty announced today that … (Read more)" over
        # the quote: the paragraph before is another item of a listing, whose people say
        # nothing of this one
    i = bisect.bisect_left(starts, q_open) - 1
    last_person = None
    while i >= 0 and mentions[i].start >= paragraph_start:
        if mentions[i].type == "person":
            last_person = mentions[i]
            if i > 0 and mentions[i - 1].type == "person" and \
                    text[mentions[i - 1].end:last_person.start] == ", ":
                last_person = mentions[i - 1]  # "Caleb Smith, 162nd Wing Firefighter, said
                # …": the words after the name are his duty, in apposition
            break
        i -= 1
    announced = _announced(text, q_open, paragraph_start, back, mentions, starts) or \
        _speaking_before(text, q_open, paragraph_start, back, mentions, starts)
    if announced is not None:
        return announced
    source = _SOURCE_AFTER_DASH.search(text, paragraph_start, max(paragraph_start, back))
    found = _mention_at(mentions, starts, source.start("who"), source.end("who")) \
        if source is not None and "\n" not in text[paragraph_start:back] else None
    close = text.find("”", q_open + 1)
    long_post = close > 0 and len(text[q_open:close].split()) >= 25
    if found is not None and found.start == source.start("who") and found.type != "place" \
            and (last_person is None or long_post):
        # (a person the title names speaks a short quotation instead; a post quoted whole
        # runs on for paragraphs)
        return found.key, text[found.start:found.end], None, "a post quoted whole under its " \
            "title and its source ('… – Open Knowledge Foundation blog')"
    if previous is not None and (previous.speaker is not None or previous.speaker_name) \
            and previous.end >= paragraph_start and (
                last_person is None or last_person.start < previous.start
                or not re.search(r"[.!?][”’\"')]*\s|\n",
                                 text[max(0, previous.end - 1):last_person.start])):
        # (a person named later in the quote's own sentence is who the speaker spoke of:
        # "Marcos said he was “horrified” about … Duterte and China. “Kung …”")
        return previous.speaker, previous.speaker_name, None, "the speaker of the quote before"
    gap = [line.strip() for line in text[previous.end:line_start].split("\n")
           if line.strip()] if previous is not None else []
    if previous is not None and previous.speaker is not None and previous.cue is not None \
            and last_person is None and 2 <= len(gap) <= 3 and \
            all(re.search(r"[.!?][”’\"')]*$", line) for line in gap) and not any(
                m.type == "person" and m.key != previous.speaker for m in
                mentions[bisect.bisect_left(starts, previous.end):bisect.bisect_left(starts,
                                                                                   q_open)]):
        return previous.speaker, previous.speaker_name, None, "the last speaker, a " \
            "paragraph before that names no one else ('“…,” Mr Inglis says.' 'Staff have " \
            "been busy …' '“There have been …”')"
    said = _PRONOUN_SAID.search(text, paragraph_start, q_open)
    if said is not None and not re.search(r"[.!?][”’\"')]*\s+\S", text[said.end():q_open].rstrip()
                                          .rstrip("“\"‘'").rstrip()[:-1] or " "):
        pronoun = said.group("who").casefold()
        key, _ = _resolve(pronoun, said.start("who"), mentions, starts, text)
        if key is not None:
            return key, None, None, "'He said …' right before, the last man or woman named"
        if last_person is not None and _other_sex(pronoun, last_person.key):
            return None  # (not the woman named last when "He said …" the words)
    if last_person is not None and _MOURNED.search(text, paragraph_start, q_open):
        return None, None, None, "a tribute to someone the line before mourns, not their " \
            "words ('… George Lamming … dies at 94')"
    if last_person is not None and _AGENT_BEFORE.search(text, max(0, last_person.start - 30),
                                                        last_person.start):
        opening = max(paragraph_start, max(text.rfind(". ", 0, last_person.start),
                                           text.rfind(".” ", 0, last_person.start)) + 2)
        subject = next((m for m in mentions if opening <= m.start < last_person.start
                        and m.type == "person"), None)
        if subject is not None and re.fullmatch(r"(?:[A-Z][\w.’'-]*[^\S\n]+){0,3}",
                                                text[opening:subject.start]):
            return subject.key, text[subject.start:subject.end], None, "the subject of the " \
                "sentence before, not the person it names after 'by' ('Mr. Kerry outlined … " \
                "hosted by President Obama. “Today, I …”')"
    if last_person is not None:
        return last_person.key, text[last_person.start:last_person.end], None, \
            "the person named just before"
    if q_close is not None and not text[line_start:q_open].strip() and \
            _FIRST_PERSON_WORD.search(text, q_open, q_close):
        end = text.find("\n", q_close)
        end = len(text) if end < 0 else end
        people = {m.key: m for m in mentions[bisect.bisect_left(starts, q_close):]
                  if m.start < end and m.type == "person"}
        if len(people) == 1:
            named = next(iter(people.values()))
            return named.key, text[named.start:named.end], None, "a teaser that opens with " \
                "someone's own words, then names one person ('“I was threatened …” … " \
                "including Twitter activist Usamah Mohamed Ali')"
    return None


#: A speaker's own first person inside a quotation.
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|I’m|I'm|me|my|we|our|us)\b")
#: Words that mourn the person a line names, so that a quotation after it is about them:
#: "…, dies at 94", "passes away", "bids farewell to", "pays tribute to".
_MOURNED = re.compile(r"\b(?:dies|has died|dead at|passes away|has passed away|mourns?|"
                      r"mourned|farewell|tributes?|obituary|in memoriam)\b", re.IGNORECASE)
# (a headline's present tense, "… dies at 94", not a story's past: "Cunha, whose son died
# in 2006: “…”" is still hers)
