"""Block quotes: paragraphs after "… said:" that a plain copy shows with no quotation marks.

Press offices (GOV.UK, agencies, companies) set a speaker's words as an indented block
after a paragraph that ends "Security Minister Tom Tugendhat said:"; pasted as plain text,
the block is a paragraph with no marks. The paragraph right after the colon is the
speaker's; the ones after it are too up to the last that speaks in the first person ("I
have made a change …", "we will …"), a paragraph between two such being the speaker's too
("Today's statement is an invoice …" between "We should be …" and "I have made clear …").
A bullet, a passage in marks, a third person's speech verb or the next attribution goes
back to the release's own voice: nothing else a plain copy keeps tells the words of a block
from the narrative after it. A quote opened in marks after the colon and never closed
("Julie James said: “I am delighted …") goes on in the paragraphs after it, which a copy
shows without their marks.

Used by ``annotate check`` (a direct quote in a block quote is quoted, though unmarked)
and by the suggestion engine (:mod:`annotate.suggest.blockquotes` adds the speakers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: A paragraph that introduces a block quote: it ends with a colon after a speech verb
#: ("… said:", "… told the BBC:", "… summarised this reasoning as follows:"), after what
#: someone wrote ("issued the following
#: statement [links added]:", "posted the following update in Malagasy on Facebook :")
#: or after "an excerpt of …".
INTRO = re.compile(
    r"(?:(?<![-\w])(?P<verb>said|says|added|adds|wrote|writes|stated|states|commented|"
    r"explained|continued|noted|argued|submitted|observed|testified|remarked|"
    r"told\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+|"
    r"(?:summari[sz]ed|put|described|explained|set\s+out)(?:\s+[\w’'-]+){0,3}?\s+as\s+follows)"
    r"(?:\s+[a-z]+ly)?"  # ("She stated emphatically:")
    r"|(?P<written>(?:made|issued|released|gave|published|posted|tweeted|sent|wrote)\s+the\s+"
    r"following\s+(?:[\w-]+\s+){0,3}?(?P<noun>statement|update|message|post|tweet|note|"
    r"letter|remarks|comment|comments|text)\b(?:\s+(?:in|on|to|from)\s+[\w’' -]{1,40}?)?)"
    r"|(?P<excerpt>(?:an?\s+)?(?:excerpt|extract)\s+(?:of|from)\s+(?P<document>[\w’' -]{1,50}?))"
    r"|(?P<blog>(?P<blogverb>notes|noted|writes|wrote|asks|asked|argues|argued|explains|"
    r"explained|expresses|expressed|comments|commented|observes|observed|adds|added|says|said)"
    r"\b[^:\n]{0,200}?\b(?:on|in)\s+(?:his|her|their|its|a|the)\s+(?:blog(?:\s+post)?|post|"
    r"Facebook(?:\s+page)?|website|column|newsletter)\b[^:\n]{0,250}?))"
    r"(?:\s*\[[^\]\n]{1,40}\])?\s*:\s*$", re.IGNORECASE)
# (and a blogger's words, as Global Voices sets them: "… asks a similar question on his blog
# :", "… noted on his blog that Mandela was …:", "… in a post titled Bonne Route, Monsieur
# [fr] (Safe Travels, Sir):")
#: Words only the speaker's own voice uses ("us" in lower case: "US" is a country).
_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:I|I’[a-z]+|I'[a-z]+|[Ww]e|[Ww]e’[a-z]+|"
                           r"[Ww]e'[a-z]+|[Oo]ur|[Oo]urs|us|[Mm]e|[Mm]y|[Mm]ine)(?![\w’'-])")
_MARKS = "“\"‘'«„"
_CLOSING = re.compile(r"[”\"]")
#: The release's own voice reporting someone: "… , she said.", "The minister added".
_NARRATOR = re.compile(r"(?<![\w’'-])(?:he|she|they|it|[A-Z][\w’'-]+)\s+(?:said|says|added|"
                       r"adds|told|explained)\b")


#: A page's own line between the introduction and the words: a caption in square brackets,
#: a pointer to the video or the text ("You may watch remarks here (…)").
_EDITORS_NOTE = re.compile(r"\[[^\]\n]+\]\s*$|(?:You\s+(?:may|can)\s+)?(?:[Ww]atch|[Rr]ead|"
                           r"[Ll]isten\s+to|[Vv]iew|[Ss]ee|[Dd]ownload)\s+(?:the\s+)?"
                           r"(?:full\s+)?(?:remarks|video|message|statement|speech|text|"
                           r"transcript|letter)\s+(?:here|below|online)\b")


#: A release's own closing lines, after which no one speaks: its number ("PR 68/14"), its
#: end mark, the press office's line, the notes to editors.
_RELEASE_END = re.compile(r"(?:Notes?\s+(?:to|for)\s+[Ee]ditors|[-–—\s]*(?:ENDS|Ends|ends)"
                          r"[-–—\s]*$|PR\s+\d+/\d+\s*$|For\s+(?:press|media)\s+"
                          r"(?:enquiries|inquiries)\b)")


@dataclass
class Block:
    """One paragraph of a block quote, and the paragraph that introduces it."""

    start: int
    end: int
    intro_start: int
    intro: re.Match[str]


def block_quotes(text: str) -> list[Block]:
    """Every paragraph of every block quote in the text, in text order."""
    paragraphs = list(_paragraphs(text))
    out: list[Block] = []
    for i, (start, end) in enumerate(paragraphs):
        intro = _intro(text, start, end)
        if intro is None:
            continue
        members: list[tuple[int, int, bool]] = []  # (start, end, speaks in the first person)
        for j, (a, b) in enumerate(paragraphs[i + 1:]):
            body = text[a:b]
            if j == 0 and body[0] in "“\"" and not _CLOSING.search(body, 1):
                continue  # an open quote in marks: the paragraphs after it go on
            if _EDITORS_NOTE.match(body):
                continue  # "[… Video Message to HUD Staff]", "You may watch remarks here
                # (…)": the page's caption or pointer between the colon and the words
            if body[0] in _MARKS or body[0] in "•*-–—" or _intro(text, a, b) or \
                    _NARRATOR.search(body) or _RELEASE_END.match(body):
                break  # (someone else speaks, or the release's closing lines begin)
            members.append((a, b, not members or _FIRST_PERSON.search(body) is not None))
        last = max((k for k, member in enumerate(members) if member[2]), default=-1)
        out.extend(Block(a, b, start, intro) for a, b, _ in members[:last + 1])
    return out


def _intro(text: str, start: int, end: int) -> re.Match[str] | None:
    """The introduction a paragraph ends with, if any. Only a paragraph ending with a
    colon is searched: the pattern, tried at every word of every paragraph, cost a
    quarter of a whole check of stories with no block quote."""
    if text[end - 1] != ":":
        return None
    return INTRO.search(text, start, end)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty line, without its surrounding spaces."""
    for m in re.finditer(r"[^\n]+", text):
        body = m.group()
        stripped = body.strip()
        if stripped:
            start = m.start() + len(body) - len(body.lstrip())
            yield start, start + len(stripped)
