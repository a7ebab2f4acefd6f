"""The one error model shared by the CLI, the Sphinx extension and the tests.

Every problem found in an annotation file becomes a :class:`Diagnostic` with a stable
code from :data:`CODES`. Codes never change meaning once published: instructors'
CI configurations and Sphinx ``suppress_warnings`` lists refer to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    """How bad a diagnostic is; only errors make ``annotate check`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"


@dataclass(frozen=True)
class Code:
    """A stable diagnostic code with its short name and default severity."""

    code: str
    name: str
    severity: Severity
    summary: str


def _codes(*codes: Code) -> dict[str, Code]:
    return {c.code: c for c in codes}


E, W, H = Severity.ERROR, Severity.WARNING, Severity.HINT

#: Every code the library can emit.  ``docs``/``book`` pages list them from here.
CODES: dict[str, Code] = _codes(
    # Y: reading the YAML file itself
    Code("Y101", "yaml-syntax", E, "The file is not valid YAML."),
    Code("Y102", "duplicate-key", E, "A mapping has the same key twice."),
    Code("Y103", "alias", E, "YAML anchors, aliases and merge keys are not allowed."),
    Code("Y104", "unsupported-tag", E, "Only plain YAML (text, numbers, lists, maps) is allowed."),
    Code("Y105", "encoding", E, "The file is not UTF-8 text."),
    Code("Y106", "document-shape", E, "The file must hold exactly one mapping."),
    Code("Y107", "file-too-large", E, "The file is larger than the size limit."),
    Code("Y108", "too-deep", E, "The YAML nesting is deeper than any annotation needs."),
    # S: schema
    Code("S201", "unknown-key", E, "A key the format does not know (often a typo)."),
    Code("S202", "missing-key", E, "A required key is missing."),
    Code("S203", "invalid-value", E, "A value has the wrong type or form."),
    Code("S204", "invalid-choice", E, "A value is not one of the allowed choices."),
    Code("S205", "duplicate-id", E, "Two items share the same id."),
    Code("S206", "unknown-reference", E, "A reference to an id that does not exist."),
    Code("S207", "masked-word-in-id", W,
         "An id contains a word masked under a content warning."),
    # F: files
    Code("F301", "story-missing", E, "The story text file cannot be read."),
    # A: anchoring annotations to the story text
    Code("A401", "anchor-not-found", E, "The anchored words are not in the story."),
    Code("A402", "anchor-normalised", W, "Matches only after normalising quotes, dashes, spaces."),
    Code("A403", "anchor-ambiguous", E, "The words occur more than once; say which one."),
    Code("A404", "occurrence-out-of-range", E, "Fewer matches than the occurrence asked for."),
    Code("A405", "anchor-empty", E, "An anchor with no text."),
    Code("A406", "anchor-invisible-chars", W, "Invisible or bidi control characters in the text."),
    Code("A407", "correction-already-applied", W,
         "A correction note whose passage already reads as its 'correct:' text."),
    # N: entities and names
    Code("N501", "entity-unmentioned", E, "Neither the name nor any alias occurs in the story."),
    Code("N502", "alias-unused", W, "An alias never matches the story text."),
    Code("N503", "alias-shared", W, "Two entities share a surface form; mentions go to one."),
    Code("N504", "unannotated-name", H, "A capitalised name that no entity covers."),
    Code("N505", "not-entity-unused", W, "A 'not_entities' entry that is not in the story."),
    # Q: quotes
    Code("Q601", "direct-quote-unmarked", W, "A direct quote not inside quotation marks."),
    Code("Q602", "indirect-quote-marked", W, "An indirect quote that is inside quotation marks."),
    Code("Q603", "unannotated-quote", H,
         "A passage in quotation marks that reports someone's words and no quote covers."),
    Code("Q604", "not-quote-unused", W, "A 'not_quotes' entry that is not in the story."),
)


@dataclass(frozen=True)
class Position:
    """1-based line and column (columns count Unicode code points, like editors do)."""

    line: int
    column: int


@dataclass
class Diagnostic:
    """One problem, located in one file.

    ``path`` is the file the instructor must edit (usually the YAML file); ``start``
    and ``end`` are 1-based.  ``related`` carries extra located lines, such as the
    places an ambiguous anchor matched in the story text.
    """

    code: str
    message: str
    path: Path
    start: Position
    end: Position | None = None
    hint: str | None = None
    severity: Severity | None = None
    related: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown diagnostic code {self.code!r}")
        if self.severity is None:
            self.severity = CODES[self.code].severity

    @property
    def name(self) -> str:
        """The code's stable short name, e.g. ``anchor-not-found``."""
        return CODES[self.code].name

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (str(self.path), self.start.line, self.start.column, self.code)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form; field names are part of the public ``--format json`` contract."""
        return {
            "path": str(self.path),
            "line": self.start.line,
            "column": self.start.column,
            "end_line": self.end.line if self.end else None,
            "end_column": self.end.column if self.end else None,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value if self.severity else None,
            "message": self.message,
            "hint": self.hint,
            "related": list(self.related),
        }
