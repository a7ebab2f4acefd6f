"""Block quotes as quote suggestions: the paragraphs :mod:`annotate.blocks` finds after
"… said:", with the speaker the introducing paragraph names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..blocks import block_quotes as find_blocks
from .quotes import Mention, _subject_before
from .results import QuoteSuggestion

_DESCRIPTION = re.compile(r"(?:^|[,;]\s+)(?P<who>(?:(?:the|a|an|one|another)\s+)?"
                          r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:has\s+)?(?:also\s+)?$",
                          re.IGNORECASE)


def block_quotes(text: str, mentions: Sequence[Mention]) -> list[QuoteSuggestion]:
    """Each paragraph of a block quote, a direct quote (a statement's or a document's a
    written one), given to whom the introducing paragraph makes speak."""
    starts = [m.start for m in mentions]
    out: list[QuoteSuggestion] = []
    speakers: dict[int, tuple[str | None, str | None]] = {}
    for block in find_blocks(text):
        intro = block.intro
        if block.intro_start not in speakers:
            speakers[block.intro_start] = (None, intro.group("document")) \
                if intro.group("excerpt") else \
                _speaker(text, block.intro_start, intro.start(), mentions, starts)
        key, name = speakers[block.intro_start]
        written = intro.group("verb") is None
        cue = " ".join(intro.group("verb" if not written else (
            "written" if intro.group("written") else "excerpt")).split())
        out.append(QuoteSuggestion(
            block.start, block.end, text[block.start:block.end],
            "written" if written else "direct", key, name, cue,
            _medium(intro) if written else None,
            f"a block quote after '{cue}:', set without quotation marks"))
    return out


def _medium(intro: re.Match[str]) -> str:
    """What kind of writing a written block quote comes from (the annotation's media)."""
    noun = (intro.group("noun") or intro.group("document") or "").casefold()
    for word, medium in (("tweet", "tweet"), ("post", "social-post"), ("update", "social-post"),
                         ("letter", "letter"), ("statement", "statement")):
        if word in noun:
            return medium
    return "document"


def _speaker(text: str, start: int, verb_at: int, mentions: Sequence[Mention],
             starts: list[int]) -> tuple[str | None, str | None]:
    """Who the introducing paragraph's last sentence makes speak, as a quote's attribution
    would (:func:`quotes._subject_before`): the name right before the verb ("… Andrew
    Quinn said:"), a pronoun resolved, a description ("The government officer who sent the
    message added:"), or the sentence's subject."""
    sentence = start
    for m in re.finditer(r"[.!?][”’\"')\]]*\s+(?=[A-Z“\"])", text[start:verb_at]):
        sentence = start + m.end()
    for strict in (True, False):  # ("The experienced Turkish professor said:" whole)
        found = _subject_before(text, sentence, verb_at, sentence, verb_at, mentions, starts,
                                strict=strict)
        if found is not None:
            return found
    described = _DESCRIPTION.search(text, sentence, verb_at)
    return None, (described.group("who") if described else None)
