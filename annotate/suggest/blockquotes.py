"""Block quotes as quote suggestions: the paragraphs :mod:`annotate.blocks` finds after
"… said:", with the speaker the introducing paragraph names."""

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
            speakers[block.intro_start] = (None, intro.group("document")) \
                if intro.group("excerpt") else \
                intro_speaker(text, block.intro_start, intro.start(), mentions, starts)
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
