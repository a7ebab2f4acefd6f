"""Who speaks in a transcript: the labels that open its turns ("Booker: From the time …").

Every reading of those labels lives here: :func:`speaker_labels` finds the labels of a
transcript in title case, and the patterns of what follows a name in a label
(:data:`TURN_LABEL_AFTER`, :data:`CAPITAL_LABEL_AFTER`) let the type guesses in
:mod:`kinds` tell a speaker from any other name.

A transcript of a video or an interview names its speakers only in those labels, often by a
surname alone and always at a line's start, where a single word is otherwise no name
without other evidence. A story is a transcript when several different labels open lines
of prose; a label is then a person unless it is a field's label ("Product:"), a role the
story also writes in lower case ("Drill Instructor:" beside "my drill instructor"), a
title or letters ("AZ: …"), and a list whose labels are mostly places ("Russia: …") is none.
"""

from __future__ import annotations

import re

from .knowledge import Knowledge
from .lexicon import FIELD_LABELS, PERSON_NOUNS

#: A line opening with a label of one to three capitalised words (and a role in brackets:
#: "Paul Fulton (Moderator):"), its colon, then the turn.
_TURN = re.compile(r"^(?P<label>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,2})"
                   r"(?:[^\S\n]+\([^)\n]{1,30}\))?:[^\S\n]+(?P<turn>[^\n]+)$", re.MULTILINE)
#: A label opening a turn's line, titles and all, a space before its colon allowed as a
#: parliament's record types it ("Senator Brandis:", "Prof. Triggs :"): whose turn the line
#: is, for the quotes a speaker gives in the first person.
TURN_LABEL_OPENING = re.compile(r"[^\S\n]*(?:[A-Z][\w.’'-]*[^\S\n]+){0,3}[A-Z][\w.’'-]*"
                                r"[^\S\n]?:[^\S\n]")
#: A word of prose: the turn is speech, not a field's value ("Hours: 9 a.m. – 5 p.m.").
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")
#: What follows a speaker's name in a label opening a turn, read by the type guesses:
#: a role in brackets, then the colon ("Paul Fulton (Moderator): …")
TURN_LABEL_AFTER = re.compile(r"^(?: \([^)\n]{1,30}\))?:\s")
#: … or, after a name in capitals, its role after a comma ("ANTHONY ALBANESE, PRIME
#: MINISTER: …").
CAPITAL_LABEL_AFTER = re.compile(r"(?:,[^\S\n]+(?P<role>[A-Z][A-Z .’'-]{1,60}))?:[^\S\n]")
#: How many lines and how many different labels make a transcript.
_LINES, _SPEAKERS = 4, 3


def speaker_labels(text: str, know: Knowledge) -> set[int]:
    """Where each label naming a person starts, if the story is a transcript."""
    roles = PERSON_NOUNS | know.titles
    starts: dict[int, str] = {}
    for m in _TURN.finditer(text):
        label, words = m.group("label"), m.group("label").split()
        if len(m.group("turn").split()) < 4 or not _PROSE_WORD.search(m.group("turn")):
            continue  # "Hours: 9 a.m. – 5 p.m.": a field's value
        if any(w in FIELD_LABELS or w.casefold().rstrip(".") in roles
               or (len(w) > 1 and w.isupper()) for w in words):
            continue  # "Product:", "Reporter:", "Minister Kishida:" (a title), "AZ:"
        if re.search(rf"(?<![\w-]){re.escape(label.lower())}(?![\w-])", text):
            continue  # "Drill Instructor:" in a story that writes "my drill instructor"
        starts[m.start("label")] = label
    labels = set(starts.values())
    if len(starts) < _LINES or len(labels) < _SPEAKERS or \
            2 * sum(label in know.places for label in labels) >= len(labels):
        return set()  # (not "Russia: Parliamentary elections …", "Iran: …": a list of
        # places; but a speaker may share a city's name: "Salinas: The culminating …")
    return set(starts)
