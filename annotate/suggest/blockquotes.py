"""Block quotes as quote suggestions: the paragraphs :mod:`annotate.blocks` finds after
"… said:", with the speaker the introducing paragraph names; and readers' letters, each a
paragraph signed after its last sentence ("… my soul. Judy Humphries, Gravenhurst, Ont.")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..blocks import block_quotes as find_blocks
from .quotes import Mention, intro_speaker
from .results import QuoteSuggestion


def block_quotes(text: str, mentions: Sequence[Mention]) -> list[QuoteSuggestion]:
    """Each paragraph of a block quote, a direct quote (a statement's or a document's a
    written one), given to whom the introducing paragraph makes speak."""
    starts = [m.start for m in mentions]
    out: list[QuoteSuggestion] = []
    speakers: dict[int, tuple[str | None, str | None]] = {}
    for block in find_blocks(text):
        intro = block.intro
        if block.intro_start not in speakers:
            speakers[block.intro_start] = _document_owner(text, intro, mentions) \
                if intro.group("excerpt") else \
                intro_speaker(text, block.intro_start, intro.start(), mentions, starts)
        key, name = speakers[block.intro_start]
        written = intro.group("verb") is None
        cue = " ".join(intro.group("verb" if not written else (
            "written" if intro.group("written") else
            "blogverb" if intro.group("blog") else "excerpt")).split())
        out.append(QuoteSuggestion(
            block.start, block.end, text[block.start:block.end],
            "written" if written else "direct", key, name, cue,
            _medium(intro) if written else None,
            f"a block quote after '{cue}:', set without quotation marks"))
    return out


def _document_owner(text: str, intro: re.Match[str], mentions: Sequence[Mention]
                    ) -> tuple[str | None, str | None]:
    """Whose words an excerpt's label names: the person whose document it is, by the
    possessive ("Excerpt from Secretary Becerra’s Press Call Remarks:"), else the document."""
    start, end = intro.span("document")
    owner = next((m for m in mentions if m.type == "person" and start <= m.start
                  and m.end <= end and text.startswith(("’s", "'s"), m.end)), None)
    if owner is not None:
        return owner.key, text[owner.start:owner.end]
    return None, intro.group("document")


def _medium(intro: re.Match[str]) -> str:
    """What kind of writing a written block quote comes from (the annotation's media)."""
    if intro.group("blog"):
        return "post"  # (a blog's, as the intro says: "… on his blog:")
    noun = (intro.group("noun") or intro.group("document") or "").casefold()
    for word, medium in (("tweet", "tweet"), ("post", "social-post"), ("update", "social-post"),
                         ("letter", "letter"), ("statement", "statement")):
        if word in noun:
            return medium
    return "document"


#: A paragraph's signature after its last sentence: a person's name, then a town and a
#: province or state ("… that way. Judy Humphries, Gravenhurst, Ont.").
_SIGNATURE = re.compile(r"(?<=[.!?…])[^\S\n]+(?P<who>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'.-]+){1,2}),"
                        r"[^\S\n]+[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){0,2}"
                        r"(?:,[^\S\n]+[A-Z][\w.]{1,15})?\.?[^\S\n]*$")
#: The writer's own voice, which a letter has: "I", "my", "we".
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|our|us)\b")


def signed_paragraphs(text: str, mentions: Sequence[Mention]) -> list[QuoteSuggestion]:
    """Readers' letters and the like: a paragraph with no quotation marks whose last words
    sign it with a person's name and where they live, given to that person as written
    words (a letter)."""
    people = {(m.start, m.end): m for m in mentions if m.type == "person"}
    out: list[QuoteSuggestion] = []
    for para in re.finditer(r"[^\n]+", text):
        line = para.group()
        if re.search(r"[“”\"]", line):
            continue  # (quotations in marks are the quote finder's)
        sign = _SIGNATURE.search(line)
        if sign is None or len(line[:sign.start()].split()) < 6 or \
                not _FIRST_PERSON.search(line[:sign.start()]):
            continue  # (not "Raymond A. Mosley, Director of the Federal Register. …": a
            # list of signatures, no one's words)
        at = para.start() + sign.start("who")
        who = people.get((at, para.start() + sign.end("who")))
        if who is None:
            continue
        lead = len(line) - len(line.lstrip())
        start, end = para.start() + lead, para.start() + sign.start()
        out.append(QuoteSuggestion(
            start, end, text[start:end], "written", who.key, text[who.start:who.end], None,
            "letter", "a paragraph signed after its last sentence with a name and a town"))
    return out
