"""Instructor Markdown → safe HTML for notes, descriptions and questions.

Two independent layers, so that one bug cannot open a hole: markdown-it renders
CommonMark with raw HTML *disabled* (tags come out as text) and its own link
validation (no ``javascript:``/``vbscript:``/``data:`` links); nh3 (ammonia) then
sanitises the result against a small allow-list of tags and URL schemes.
Directives (``{raw}``, ``{include}``) are not MyST here: they stay literal text.
"""

from __future__ import annotations

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

_TAGS = {"p", "em", "strong", "code", "a", "ul", "ol", "li", "blockquote", "br", "pre"}
_ATTRIBUTES = {"a": {"href", "title"}}
_SCHEMES = {"http", "https", "mailto"}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def to_html(text: str, *, inline: bool = False) -> str:
    """Render ``text`` as sanitised HTML; ``inline`` drops the surrounding paragraph."""
    rendered = _parser().renderInline(text) if inline else _parser().render(text)
    return nh3.clean(rendered, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=_SCHEMES,
                     link_rel="noopener noreferrer").strip()
