"""Annotations from other tools, read into one shape: the words quoted and the comment.

Reads a Hypothesis API search result (``{"rows": [...]}``), the Hypothesis client's
export file (``{"annotations": [...]}``), a list of either, or W3C JSON-LD (an
``Annotation``, an ``AnnotationPage``, an ``AnnotationCollection`` with its first page
embedded, or a list).  What cannot become a note — replies, page notes without quoted
words, highlights without text, W3C annotations whose motivation is not a note's — is
returned as :class:`Skipped` with the reason, so the command can say what it left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

#: W3C motivations a note can stand for (none given also counts: a plain comment).
NOTE_MOTIVATIONS = {"commenting", "describing", "editing", "classifying"}


class ImportFormatError(Exception):
    """The input is not an annotation export this command understands."""


@dataclass
class External:
    """One annotation from another tool, reduced to what a note needs."""

    origin: str  # stable identity, written into the marker comment (no white space)
    ident: str  # its id as written in the export file
    label: str  # how messages name it: "Hypothesis annotation 3 (id …)"
    exact: str
    text: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    title: str | None = None
    tags: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    correct: str | None = None
    note_id: str | None = None
    author: str | None = None
    #: a RangeSelector's last quoted words: the note runs from ``exact`` to these
    range_end: str | None = None


@dataclass
class Skipped:
    """An annotation left out, and why (the command prints it)."""

    label: str
    reason: str

def read_annotations(data: Any, page: str | None = None
                     ) -> tuple[list[External], list[Skipped]]:
    """Every annotation of a Hypothesis or W3C export, plus what was skipped and why.

    With ``page``, only annotations of pages whose address contains it are read: an
    export of a whole Hypothesis group holds every chapter's annotations.
    """
    found: list[External] = []
    skipped: list[Skipped] = []
    for index, item in enumerate(_items(data), 1):
        if not isinstance(item, dict):
            skipped.append(Skipped(f"item {index}", "not a JSON object"))
            continue
        w3c = _is_w3c(item)
        address = _address(item)
        if page and page not in address:
            label = f"annotation {index}" if w3c else f"Hypothesis annotation {index}"
            skipped.append(Skipped(label, f"annotates another page ({address or 'none'})"))
            continue
        reader = _read_w3c if w3c else _read_hypothesis
        result = reader(item, index)
        (found if isinstance(result, External) else skipped).append(result)  # type: ignore[arg-type]
    return found, skipped


def _items(data: Any) -> Iterator[Any]:
    if isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and ("rows" in item or "first" in item or "items" in item):
                yield from _items(item)
            else:
                yield item
        return
    if not isinstance(data, dict):
        raise ImportFormatError("expected a JSON object or list of annotations")
    for key in ("rows", "annotations", "items"):
        if isinstance(data.get(key), list):
            yield from data[key]
            return
    first = data.get("first")
    if isinstance(first, dict) and isinstance(first.get("items"), list):
        yield from first["items"]
        return
    if isinstance(first, str):
        raise ImportFormatError("the collection's pages are not embedded (first is a link): "
                                "export the annotations with their pages")
    if "target" in data:
        yield data
        return
    raise ImportFormatError("no annotations found: expected Hypothesis JSON ('rows' or "
                            "'annotations') or W3C JSON-LD (an Annotation or a collection)")


def _is_w3c(item: dict[str, Any]) -> bool:
    kind = item.get("type")
    return kind == "Annotation" or (isinstance(kind, list) and "Annotation" in kind)


def _many(value: Any) -> list[Any]:
    """A JSON-LD property as a list: it may hold one value, a list of them, or none."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _address(item: dict[str, Any]) -> str:
    """The annotated page: Hypothesis' ``uri``, else the first target's source."""
    if isinstance(item.get("uri"), str):
        return str(item["uri"])
    for target in _many(item.get("target")):
        source = target.get("source") if isinstance(target, dict) else target
        if isinstance(source, dict):
            source = source.get("id")
        if isinstance(source, str):
            return source
    return ""


def _flatten(selector: Any) -> list[dict[str, Any]]:
    """A selector and those refining it (``refinedBy``), outermost first."""
    out: list[dict[str, Any]] = []
    while isinstance(selector, dict):
        out.append(selector)
        selector = selector.get("refinedBy")
    return out


def _quote_of(selectors: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((s for s in selectors if s.get("type") == "TextQuoteSelector"
                 and isinstance(s.get("exact"), str) and s["exact"].strip()), None)


def _start_of(selectors: list[dict[str, Any]]) -> int | None:
    return next((s.get("start") for s in selectors if s.get("type") == "TextPositionSelector"
                 and isinstance(s.get("start"), int)), None)


def _quote_selector(targets: Any) -> tuple[dict[str, Any], int | None] | str | None:
    """The words a target quotes, as a TextQuoteSelector, and a TextPositionSelector start.

    Selectors may be refined (``refinedBy``). A ``RangeSelector`` whose start and end
    are TextQuoteSelectors quotes the words from the first to the last: it is returned
    as ``{"type": "range", "start": …, "end": …}`` for the importer to anchor. A range
    given only by XPath (a Hypothesis export without its quote) quotes no words: the
    reason is returned as a string.
    """
    reason = None
    for target in _many(targets):
        if not isinstance(target, dict):
            continue
        selectors = [f for s in _many(target.get("selector")) for f in _flatten(s)]
        quote = _quote_of(selectors)
        if quote is not None:
            return quote, _start_of(selectors)
        for ranged in (s for s in selectors if s.get("type") == "RangeSelector"):
            first = _flatten(ranged.get("startSelector"))
            last = _flatten(ranged.get("endSelector"))
            start, end = _quote_of(first), _quote_of(last)
            if start is not None and end is not None:
                return {"type": "range", "start": start, "end": end}, _start_of(first)
            reason = ("its RangeSelector locates the words by the page's structure (XPath) "
                      "and quotes none of them: it cannot be anchored in the story text")
    return reason


def _unpack(selected: tuple[dict[str, Any], int | None]) -> dict[str, Any]:
    """The fields of :class:`External` a quote or range selector gives."""
    quote, start = selected
    if quote.get("type") == "range":
        first, last = quote["start"], quote["end"]
        return {"exact": first["exact"], "prefix": _str(first.get("prefix")),
                "suffix": _str(last.get("suffix")), "start": start,
                "range_end": last["exact"]}
    return {"exact": quote["exact"], "prefix": _str(quote.get("prefix")),
            "suffix": _str(quote.get("suffix")), "start": start}


def _read_hypothesis(row: dict[str, Any], index: int) -> External | Skipped:
    ident = str(row.get("id") or index)
    label = f"Hypothesis annotation {index} (id {ident})"
    if row.get("references"):
        return Skipped(label, "a reply to another annotation")
    selected = _quote_selector(row.get("target"))
    if not isinstance(selected, tuple):
        return Skipped(label, selected or "a page note: it quotes no words of the story")
    text = row.get("text") if isinstance(row.get("text"), str) else ""
    if not text.strip():
        return Skipped(label, "a highlight without text: there is nothing to write in a note")
    tags = [t for t in row.get("tags") or [] if isinstance(t, str)]
    user = row.get("user_info", {}).get("display_name") if isinstance(
        row.get("user_info"), dict) else None
    user = user or (row["user"].removeprefix("acct:") if isinstance(row.get("user"), str)
                    else None)
    words = _unpack(selected)
    return External(_origin(f"hypothesis:{ident}"), ident, label, text=text.strip(), tags=tags,
                    author=user, **words)


def _read_w3c(item: dict[str, Any], index: int) -> External | Skipped:
    ident = str(item.get("id") or index)
    label = f"annotation {index} ({ident})"
    motivations = set(_many(item.get("motivation") or None))
    others = sorted(motivations - NOTE_MOTIVATIONS)
    if others and not motivations & NOTE_MOTIVATIONS:
        return Skipped(label, f"motivation '{others[0]}' is not a note's (quotes, mentions, "
                       "questions and warnings are written by hand)")
    selected = _quote_selector(item.get("target"))
    if not isinstance(selected, tuple):
        return Skipped(label, selected or "its target quotes no words (no TextQuoteSelector)")
    bodies = _many(item.get("body"))
    text, correct = None, None
    tags: list[str] = []
    links: list[tuple[str, str]] = []
    if isinstance(item.get("bodyValue"), str):
        text = item["bodyValue"]
    for body in bodies:
        if not isinstance(body, dict):
            continue
        purpose = body.get("purpose")
        if body.get("type") == "TextualBody" and isinstance(body.get("value"), str):
            if purpose == "tagging":
                tags.append(body["value"])
            elif purpose == "editing" and text is not None:
                correct = body["value"]
            elif text is None:
                text = body["value"]
        elif purpose == "linking" and isinstance(body.get("source"), dict):
            url = body["source"].get("id")
            if isinstance(url, str):
                links.append((_str(body.get("label")) or url, url))
    if not text or not text.strip():
        return Skipped(label, "it has no textual body to write in a note")
    found = re.search(r"#note-([a-z0-9][a-z0-9-]{0,63})$", ident)
    return External(_origin(ident), ident, label, text=text.strip(),
                    title=_str(item.get("label")) or None, tags=tags, links=links,
                    correct=correct, note_id=found.group(1) if found else None,
                    **_unpack(selected))


def _origin(ident: str) -> str:
    """An id fit for a one-line YAML comment: white space (never in real ids) removed."""
    return "".join(ident.split())


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""
