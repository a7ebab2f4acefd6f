"""A name as the story writes it, with every place it is written: the unit that grouping
gathers into entities and typing judges."""

from __future__ import annotations

from dataclasses import dataclass

from .tokens import Candidate


@dataclass
class Form:
    """One spelling of a name ("Ms. Deberry" and "Deberry" are two), with each candidate
    that writes it: the words around each place are the evidence grouping and typing use."""

    text: str
    words: tuple[str, ...]
    places: list[Candidate]

    @property
    def first(self) -> int:
        return min(c.start for c in self.places)


def initials_of(words: tuple[str, ...]) -> str:
    """The capitals that start the words: "National Health Service" → "NHS"."""
    return "".join(w[0] for w in words if w[:1].isupper())


def in_order(letters: str | list[str], text: str) -> bool:
    """Whether the text holds the letters in this order, others between them: a body's
    letters inside its words ("INSCOM" in "intelligencesecuritycommand")."""
    it = iter(text)
    return all(ch in it for ch in letters)
