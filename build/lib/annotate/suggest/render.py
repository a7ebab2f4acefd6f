"""Suggestions as text: YAML ready to paste into an annotation file, JSON for scripts.

The YAML is valid under the annotation schema once pasted (every value double-quoted,
so nothing in a story's words can break it); what the engine cannot know is marked
``TODO`` in a comment, and each guess says why in a comment (``# type: a country``).
``commented=True`` prefixes every line with ``# `` for the starter file of ``annotate
new``, where nothing is asserted until the instructor uncomments it.

The JSON shape (documented in the README) is::

    {"story": "sources/x.txt",
     "entities": [{"id", "name", "type", "type_evidence", "aliases", "role",
                   "line", "column", "mentions"}],
     "quotes": [{"id", "kind", "medium", "text", "speaker", "speaker_name",
                 "speaker_evidence", "cue", "line", "column"}],
     "not_entities": ["Afghan", …]}
"""

from __future__ import annotations

import json
import re

from ..text import LineIndex
from ..yamledit import quoted
from . import slug_id, unique_id
from .results import QuoteSuggestion, Suggestions


def entity_yaml(suggestions: Suggestions, index: int) -> list[str]:
    """The YAML lines of one suggested entity (a list item, indented for 'entities:')."""
    e = suggestions.entities[index]
    lines = [f"  - id: {suggestions.ids.get(e.name, slug_id(e.name))}",
             f"    name: {quoted(e.name)}" + (f"  # {e.count} mentions" if e.count > 1 else ""),
             f"    type: {e.type}  # a guess: {e.evidence}"]
    if e.aliases:
        lines.append("    aliases: [" + ", ".join(quoted(a) for a in e.aliases) + "]")
    if e.role:
        lines.append(f"    role: {quoted(e.role)}")
    lines.append('    description: "TODO: who or what this is, for a student."')
    return lines


def quote_yaml(suggestions: Suggestions, index: int, taken: set[str]) -> list[str]:
    """The YAML lines of one suggested quote (a list item, indented for 'quotes:')."""
    q = suggestions.quotes[index]
    speaker = _speaker_id(q)
    speaker_note = f"  # {q.evidence}" if q.evidence else ""
    if q.speaker is None:
        described = q.speaker_name or "unknown speaker"
        speaker_note = f"  # TODO: add '{described}' under entities ({q.evidence})"
    lines = [f"  - id: {quote_id(q, taken)}", f"    kind: {q.kind}"]
    if q.kind == "written":
        lines.append(f"    medium: {q.medium or 'document'}")
    lines.append(f"    speaker: {speaker}{speaker_note}")
    lines.append(f"    text: {quoted(q.text)}")
    if q.cue:
        lines.append(f"    cue: {quoted(q.cue)}")
    return lines


def flow_item(lines: list[str]) -> str:
    """One suggested item on one line, '- {key: value, …}' (YAML flow style, pasteable as
    a list item), from its block lines; comments are dropped."""
    pairs = []
    for line in lines:
        body = line.strip().removeprefix("- ")
        body = re.sub(r"\s+#.*$", "", body) if not body.endswith('"') else body
        pairs.append(body)
    return "- {" + ", ".join(pairs) + "}"


def _speaker_id(q: QuoteSuggestion) -> str:
    """The speaker's entity id, or one made from how the story describes them."""
    if q.speaker is not None:
        return q.speaker
    return slug_id(q.speaker_name or "unknown speaker")[:40].strip("-") or "speaker"


def quote_id(q: QuoteSuggestion, taken: set[str]) -> str:
    """An id for a suggested quote: its speaker and first words, unique in ``taken``."""
    base = slug_id(f"{_speaker_id(q)} {' '.join(q.text.split()[:4])}")[:60].strip("-")
    return unique_id(base, taken)


def to_yaml(suggestions: Suggestions, *, commented: bool = False) -> str:
    """'entities:', 'quotes:' and 'not_entities:' blocks of the suggestions."""
    out: list[str] = []
    if suggestions.entities:
        out.append("entities:")
        for i in range(len(suggestions.entities)):
            out += entity_yaml(suggestions, i)
    if suggestions.quotes:
        if out:
            out.append("")
        out.append("quotes:")
        taken: set[str] = set()
        for i in range(len(suggestions.quotes)):
            out += quote_yaml(suggestions, i, taken)
    if suggestions.not_entities:
        if out:
            out.append("")
        out.append("not_entities: [" + ", ".join(quoted(w) for w in suggestions.not_entities)
                   + "]  # capitalised adjectives, not names")
    if commented:
        out = [("# " + line) if line else "#" for line in out]
    return "\n".join(out) + ("\n" if out else "")


def to_json(suggestions: Suggestions, text: str, story: str) -> str:
    """The suggestions as a JSON document (see the module docstring for its shape)."""
    lines = LineIndex(text)
    taken: set[str] = set()
    quotes = []
    for q in suggestions.quotes:
        line, column = lines.position(q.start)
        quotes.append({"id": quote_id(q, taken), "kind": q.kind,
                       "medium": q.medium, "text": q.text, "speaker": q.speaker,
                       "speaker_name": q.speaker_name, "speaker_evidence": q.evidence,
                       "cue": q.cue, "line": line, "column": column})
    entities = []
    for e in suggestions.entities:
        line, column = lines.position(e.start)
        entities.append({"id": suggestions.ids.get(e.name, slug_id(e.name)), "name": e.name,
                         "type": e.type, "type_evidence": e.evidence, "aliases": e.aliases,
                         "role": e.role, "line": line, "column": column,
                         "mentions": e.count})
    return json.dumps({"story": story, "entities": entities, "quotes": quotes,
                       "not_entities": suggestions.not_entities},
                      ensure_ascii=False, indent=2) + "\n"
