"""What the suggestion engine hands out: plain data, cheap to import.

``annotate check`` finds most stories' suggestions remembered (:mod:`cache`); reading
them back needs only these classes, not the engine (its tables, regular expressions and
rapidfuzz), which is imported only when a story's suggestions must be computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EntitySuggestion:
    """One suggested entity: its fullest name, a type guess and why, every form."""

    name: str
    type: str
    evidence: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    start: int = 0  # its first place in the story
    count: int = 0  # how many places its forms take
    forms: set[str] = field(default_factory=set)
    places: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class QuoteSuggestion:
    """One passage to annotate as a quote."""

    start: int  # the passage inside the marks
    end: int
    text: str
    kind: str  # direct | partial | written
    speaker: str | None  # an entity key (id or suggested name), when one is found
    speaker_name: str | None  # how the story names the speaker ("Kargbo", "A spokesperson")
    cue: str | None
    medium: str | None = None
    evidence: str = ""
    continued: bool = False


@dataclass
class Suggestions:
    """What a story's annotation file could add."""

    entities: list[EntitySuggestion] = field(default_factory=list)
    quotes: list[QuoteSuggestion] = field(default_factory=list)
    #: Capitalised adjectives (demonyms, languages) the file could list as not_entities.
    not_entities: list[str] = field(default_factory=list)
    #: Suggested entity name → the id it would get.
    ids: dict[str, str] = field(default_factory=dict)
