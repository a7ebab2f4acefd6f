"""A checked story as W3C Web Annotations (JSON-LD), for other annotation tools.

Each quote, note, reading question, content warning and entity mention becomes one
``Annotation`` of the W3C Web Annotation Data Model
(https://www.w3.org/TR/annotation-model/), and a story becomes one
``AnnotationCollection`` whose first page holds them all.  The target is always the
story's text file, selected twice, as the model recommends for
robust anchoring: a ``TextQuoteSelector`` (the exact words with up to
:data:`CONTEXT_CHARS` characters of prefix and suffix, as Hypothesis records them)
and a ``TextPositionSelector`` (code-point offsets into the text, a byte-order mark
not counted).

What maps where, and why:

* notes: motivation by kind (context and media-literacy notes comment, definitions
  describe, corrections edit, artefact notes classify); the title is the
  annotation's ``label``; the Markdown body is a ``TextualBody``; the note's kind (and
  an artefact's type) are ``tagging`` bodies, so a tool that knows nothing of this
  project still shows them as tags; links are ``linking`` bodies; a correction's
  corrected text is an ``editing`` body;
* quotes: motivation ``identifying`` — the passage is identified as the speaker's
  words; the speaker is a body (their Wikidata entity when known), the quote's kind
  a tag;
* entity mentions: motivation ``identifying``, the entity as body;
* questions: motivation ``questioning``, the prompt as body, one target per anchor
  (the whole story when it has none);
* content warnings: motivation ``assessing``, first in the collection, the label as
  ``label``, every masked span a target — a tool that shows the passages can warn too.

Output is deterministic (no timestamps), so exports can be committed and diffed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from . import __version__
from .anchoring import Match
from .check import AnchoredStory
from .models import Entity

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: Characters of context kept before and after the exact words (Hypothesis uses 32).
CONTEXT_CHARS = 32
#: Used when no ``--base-url`` is given: ids stay valid IRIs without pretending to be URLs.
DEFAULT_BASE = "urn:x-annotate:"

NOTE_MOTIVATIONS = {
    "context": "commenting",
    "definition": "describing",
    "media-literacy": "commenting",
    "correction": "editing",
    "artefact": "classifying",
}
#: Entity types as the vocabularies the W3C context already maps (FOAF, schema.org).
ENTITY_TYPES = {
    "person": "Person",
    "organisation": "Organization",
    "group": "Organization",
    "place": "schema:Place",
    "event": "schema:Event",
    "work": "schema:CreativeWork",
}
GENERATOR = {"type": "Software", "name": f"annotate {__version__}"}


class Exporter:
    """Builds the annotations of one anchored story under one base IRI."""

    def __init__(self, story: AnchoredStory, base: str = DEFAULT_BASE) -> None:
        self.story = story
        self.stem = story.yaml_path.stem
        self.base = base
        text = story.text
        # Offsets count code points of the text proper: a BOM is not part of the story.
        self.shift = 1 if text.startswith("\ufeff") else 0

    def iri(self, fragment: str) -> str:
        return f"{self.base}{self.stem}#{fragment}"

    @property
    def source(self) -> str:
        return f"{self.base}{self.story.source_path.name}"

    def collection(self) -> dict[str, Any]:
        """The story's ``AnnotationCollection``, every annotation on its first page."""
        items = list(self.annotations())
        meta = self.story.annotation.story
        return {
            "@context": W3C_CONTEXT,
            "id": self.iri("annotations"),
            "type": "AnnotationCollection",
            "label": meta.headline,
            "total": len(items),
            "generator": GENERATOR,
            "first": {
                "id": self.iri("annotations-page-1"),
                "type": "AnnotationPage",
                "startIndex": 0,
                "items": items,
            },
        }

    def annotations(self) -> Iterable[dict[str, Any]]:
        yield from self.warnings()
        yield from self.notes()
        yield from self.quotes()
        yield from self.questions()
        yield from self.mentions()

    # -- targets ---------------------------------------------------------------------

    def target(self, match: Match) -> dict[str, Any]:
        text = self.story.text
        lo = max(self.shift, match.start - CONTEXT_CHARS)
        quote = {"type": "TextQuoteSelector", "exact": text[match.start:match.end],
                 "prefix": text[lo:match.start],
                 "suffix": text[match.end:match.end + CONTEXT_CHARS]}
        return {
            "source": self.source,
            "selector": [
                {key: value for key, value in quote.items() if value},
                {
                    "type": "TextPositionSelector",
                    "start": match.start - self.shift,
                    "end": match.end - self.shift,
                },
            ],
        }

    def _annotation(self, fragment: str, motivation: str, body: list[Any],
                    target: Any, **extra: Any) -> dict[str, Any]:
        return {"@context": W3C_CONTEXT, "id": self.iri(fragment), "type": "Annotation",
                "motivation": motivation, **extra, "body": body, "target": target}

    def _language(self) -> str:
        return self.story.annotation.story.language

    def _text_body(self, value: str, purpose: str, *, markdown: bool = False) -> dict[str, Any]:
        body: dict[str, Any] = {"type": "TextualBody", "purpose": purpose, "value": value,
                                "language": self._language()}
        body["format"] = "text/markdown" if markdown else "text/plain"
        return body

    @staticmethod
    def _tag(value: str) -> dict[str, Any]:
        return {"type": "TextualBody", "purpose": "tagging", "value": value}

    def _entity(self, entity: Entity) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": (f"http://www.wikidata.org/entity/{entity.wikidata}" if entity.wikidata
                   else self.iri(f"entity-{entity.id}")),
            "name": entity.name,
        }
        if entity.type in ENTITY_TYPES:
            body["type"] = ENTITY_TYPES[entity.type]
        return body

    # -- one method per kind of annotation ---------------------------------------------

    def warnings(self) -> Iterable[dict[str, Any]]:
        """Content warnings come first, so a tool can show them before anything else."""
        for warning in self.story.annotation.content_warnings:
            spans = self.story.masks.get(warning.id, [])
            body = [self._text_body(warning.description or warning.label, "assessing",
                                    markdown=bool(warning.description)),
                    self._tag("content-warning")]
            targets: Any = [self.target(m) for m in spans] or self.source
            yield self._annotation(f"warning-{warning.id}", "assessing", body, targets,
                                   label=warning.label)

    def notes(self) -> Iterable[dict[str, Any]]:
        for note in self.story.annotation.notes:
            match = self.story.notes.get(note.id)
            if match is None:
                continue
            motivation = NOTE_MOTIVATIONS[note.kind]
            body: list[Any] = [self._text_body(note.body, motivation, markdown=True),
                               self._tag(note.kind)]
            if note.kind == "correction":
                body.append(self._text_body(note.correct, "editing"))  # type: ignore[union-attr]
            if note.kind == "artefact":
                body.append(self._tag(note.artefact))  # type: ignore[union-attr]
            body.extend({"type": "SpecificResource", "purpose": "linking", "label": link.title,
                         "source": {"id": link.url, "type": "Text", "format": "text/html"}}
                        for link in note.links)
            yield self._annotation(f"note-{note.id}", motivation, body, self.target(match),
                                   label=note.title)

    def quotes(self) -> Iterable[dict[str, Any]]:
        for quote in self.story.annotation.quotes:
            match = self.story.quotes.get(quote.id)
            speaker = self.story.entity(quote.speaker)
            if match is None or speaker is None:
                continue
            body: list[Any] = [self._entity(speaker), self._tag(f"{quote.kind}-quote")]
            if quote.cue:
                body.append(self._text_body(quote.cue, "describing"))
            if quote.note:
                body.append(self._text_body(quote.note, "commenting", markdown=True))
            yield self._annotation(f"quote-{quote.id}", "identifying", body, self.target(match))

    def questions(self) -> Iterable[dict[str, Any]]:
        for question in self.story.annotation.questions:
            matches = self.story.questions.get(question.id, [])
            targets: Any = [self.target(m) for m in matches] or self.source
            body = [self._text_body(question.prompt, "questioning", markdown=True),
                    self._tag(f"{question.kind}-question")]
            yield self._annotation(f"question-{question.id}", "questioning", body, targets)

    def mentions(self) -> Iterable[dict[str, Any]]:
        entities = {e.id: e for e in self.story.annotation.entities}
        for mention in self.story.mentions:
            entity = entities[mention.entity]
            match = Match(mention.start, mention.end)
            yield self._annotation(f"mention-{mention.entity}-{mention.start - self.shift}",
                                   "identifying", [self._entity(entity)], self.target(match))


def export_story(story: AnchoredStory, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The story's annotations as one JSON-LD ``AnnotationCollection``."""
    return Exporter(story, base).collection()


def dumps(document: Any) -> str:
    """Readable JSON in the order built, non-ASCII kept as is (stories quote names)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
