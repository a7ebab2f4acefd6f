"""Masked words: out of every page's text until a reader asks to see them.

A content warning promises that the words it masks stay hidden until the reader
chooses to reveal them. Hiding them with CSS is not enough: whatever is in a page's
text reaches the search index (Sphinx indexes the HTML text of raw nodes), the search
result snippets (built from the fetched page's text), copied text, printouts, the
no-JavaScript view and every panel or index that quotes the story. So a masked word
is never written as text. It is rendered as a mask (a block glyph, heard by screen
readers as the one word "masked", in place of the word) carrying the word
base64-encoded in ``data-w``; the reader's script writes the word in only while
"Show masked words" is ticked, and removes it again when it is unticked.

Every surface that shows story words renders them through this module: the story
text (by span), and free text such as quote lists and indexes (:func:`mask_text`,
which masks every occurrence of the masked words).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable

from .check import AnchoredStory

GLYPH = "▇▇▇"


def encode(word: str) -> str:
    """The word as the page carries it: base64 of its UTF-8 bytes (not text, not indexed)."""
    return base64.b64encode(word.encode("utf-8")).decode("ascii")


def mask_open(word: str, attrs: str = "") -> str:
    """The opening of a mask for ``word`` (close it with ``</span>``); the word is not in it."""
    extra = f" {attrs}" if attrs else ""
    return (f'<span class="ann-mask"{extra} data-w="{encode(word)}">'
            f'<span class="ann-masked"><span aria-hidden="true">{GLYPH}</span>'
            '<span class="ann-sr">masked</span></span>'
            '<span class="ann-mask-word"></span>')


def mask_html(word: str, attrs: str = "") -> str:
    return mask_open(word, attrs) + "</span>"


def masked_words(story: AnchoredStory) -> list[str]:
    """The distinct masked strings of a story, longest first."""
    words = {story.text[m.start:m.end] for ms in story.masks.values() for m in ms}
    return sorted((w for w in words if w.strip()), key=lambda w: (-len(w), w))


def mask_text(text: str, words: Iterable[str], escape: bool = True) -> str:
    """``text`` as HTML (escaped), every occurrence of ``words`` masked.

    Occurrences are found at word boundaries and case-insensitively: a slur quoted in
    a panel with a capital letter is still the slur.
    """
    from .html import t

    ordered = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    if not ordered:
        return t(text) if escape else text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)",
                         re.IGNORECASE)
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(t(text[pos:m.start()]) if escape else text[pos:m.start()])
        out.append(mask_html(m.group()))
        pos = m.end()
    out.append(t(text[pos:]) if escape else text[pos:])
    return "".join(out)


_TAG = re.compile(r"(<[^>]*>)")


def mask_fragment(html: str, words: Iterable[str]) -> str:
    """An HTML fragment with the masked words masked in its text and its attributes.

    For panels built from instructor Markdown and quotes (notes, who's who, questions):
    text between tags gets masks; inside a tag (a title, an aria-label) the word
    becomes the glyph, since an attribute cannot hold a mask.
    """
    ordered = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    if not ordered:
        return html
    word = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)",
                      re.IGNORECASE)
    parts = _TAG.split(html)
    for i, part in enumerate(parts):
        if not part:
            continue
        if i % 2:  # a tag
            parts[i] = word.sub(GLYPH, part)
        elif word.search(part):
            parts[i] = mask_text(part, ordered, escape=False)
    return "".join(parts)


def mask_plain(text: str, words: Iterable[str]) -> str:
    """Plain text (a page title, a headline in an index) with masked words as the glyph."""
    ordered = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    if not ordered:
        return text
    return re.sub(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", GLYPH, text,
                  flags=re.IGNORECASE)
