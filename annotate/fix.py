"""``annotate fix``: re-anchor drifted annotations after the story text was corrected.

For each anchor that no longer resolves:

* found only after typographic normalisation → copy the story's exact characters
  (curly quotes, dashes) into the file;
* not found → move it to the closest passage, but only if that passage is at least
  ``threshold`` similar *and* clearly better than the runner-up.  Fuzzy re-anchoring's
  classic failure is to move a note onto a near-identical sentence elsewhere (a caption
  repeating the paragraph below it); when two passages score within
  :data:`AMBIGUITY_MARGIN` points of each other, fix refuses and says where both are;
* anything else (ambiguous, empty, out-of-range) is reported and left alone.

Nothing else in the file changes: edits are surgical (:mod:`annotate.yamledit`), the
write is atomic, and ``--dry-run`` prints the unified diff instead of writing.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .anchoring import StoryText, resolve, shorten
from .check import check_file, iter_anchors
from .models import Anchor
from .yamledit import (
    EditError,
    ScalarEdit,
    apply_edits,
    encode,
    unified_diff,
    write_atomic,
)
from .yamlload import YamlPath

#: A runner-up within this many points of the best passage makes a move ambiguous.
AMBIGUITY_MARGIN = 5.0


@dataclass
class Change:
    """One anchor fix, or one refusal (``new is None``) with its reason."""

    path: YamlPath
    line: int
    column: int
    old: str
    new: str | None
    reason: str


@dataclass
class FilePlan:
    """What fix would do to one file."""

    path: Path
    changes: list[Change] = field(default_factory=list)
    before: bytes = b""
    after: bytes | None = None
    error: str | None = None

    @property
    def refused(self) -> list[Change]:
        return [c for c in self.changes if c.new is None]


def plan(path: Path, *, threshold: float = 85.0) -> FilePlan:
    """Work out the edits for one file without writing anything."""
    result = check_file(path)
    file_plan = FilePlan(result.path)
    doc, story, validated = result.document, result.story, result.validated
    if doc is None or story is None or validated is None:
        file_plan.error = "the file has errors that fix cannot repair; run 'annotate check'"
        return file_plan
    file_plan.before = encode(doc, doc.text)
    text = StoryText(story.text, str(story.source_path))
    edits: list[ScalarEdit] = []
    for ref in iter_anchors(validated):
        where = doc.locations[ref.path].value.start
        change = _fix_one(ref.anchor, text, threshold, ref.allow_all)
        if change is None:
            continue
        new, reason = change
        file_plan.changes.append(Change(ref.path, where.line, where.column, ref.anchor.text,
                                        new, reason))
        if new is not None:
            edits.append(ScalarEdit(ref.path, new))
    if edits:
        try:
            file_plan.after = encode(doc, apply_edits(doc, edits))
        except EditError as exc:
            file_plan.error = str(exc)
    return file_plan


def _fix_one(anchor: Anchor, text: StoryText, threshold: float,
             allow_all: bool) -> tuple[str | None, str] | None:
    resolution = resolve(anchor, text, allow_all=allow_all)
    codes = {p.code for p in resolution.problems}
    if resolution.matches and "A402" in codes:
        m = resolution.matches[0]
        exact = text.text[m.start:m.end]
        changed = changed_characters(anchor.text, exact)
        return exact, f"copied the story's exact characters ({changed})"
    if "A401" not in codes:
        blocking = sorted(codes - {"A402", "A406"})
        return (None, f"{blocking[0]}: not something fix can repair") if blocking else None
    if (anchor.prefix or anchor.suffix) and text.find_all(anchor.text):
        return None, "the text is found but not with its prefix/suffix: edit them by hand"
    candidates = text.candidates(anchor.text, limit=2)
    if not candidates or candidates[0].score < threshold:
        best = f" (closest: {candidates[0].score:.0f}% at {text.where(candidates[0].start)})" \
            if candidates else ""
        return None, f"no passage is at least {threshold:.0f}% similar{best}"
    best = candidates[0]
    if len(candidates) > 1 and candidates[1].score >= best.score - AMBIGUITY_MARGIN:
        runner = candidates[1]
        return None, (f"two passages are nearly as similar: {best.score:.0f}% at "
                      f"{text.where(best.start)} and {runner.score:.0f}% at "
                      f"{text.where(runner.start)}; edit it by hand")
    new = text.text[best.start:best.end]
    moved = Anchor(text=new, prefix=anchor.prefix, suffix=anchor.suffix,
                   occurrence=anchor.occurrence if isinstance(anchor.occurrence, int) else None)
    check = resolve(moved, text)
    if check.match is None or (check.match.start, check.match.end) != (best.start, best.end):
        return None, (f"the closest passage ({best.score:.0f}% at {text.where(best.start)}) "
                      "would not be selected unambiguously; edit it by hand")
    return new, f"re-anchored to the closest passage ({best.score:.0f}% similar)"


def _shown(chars: str) -> str:
    """Characters a reader cannot tell apart on screen, with their code points."""
    if not chars:
        return "nothing"
    names = " ".join(f"U+{ord(c):04X}" for c in chars)
    visible = chars.replace("\n", "⏎").replace("\u00a0", "⍽").replace(" ", "␣")
    return f"{visible} ({names})"


def changed_characters(old: str, new: str, limit: int = 4) -> str:
    """What an edit changes, character by character: '" (U+0022) → “ (U+201C), …'."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    parts = [f"{_shown(old[i1:i2])} → {_shown(new[j1:j2])}"
             for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
    more = f", and {len(parts) - limit} more" if len(parts) > limit else ""
    return ", ".join(parts[:limit]) + more


def run_fix(paths: list[Path], *, dry_run: bool, threshold: float, out: TextIO) -> int:
    """Fix every file; print what changed and what was refused. Exit 1 if anything is left."""
    left = False
    for path in paths:
        file_plan = plan(path, threshold=threshold)
        for change in file_plan.changes:
            where = f"{file_plan.path}:{change.line}:{change.column}"
            if change.new is None:
                left = True
                out.write(f"{where}: not fixed: '{shorten(change.old)}': {change.reason}\n")
            else:
                out.write(f"{where}: {change.reason}: '{shorten(change.old)}' → "
                          f"'{shorten(change.new)}'\n")
        if file_plan.error:
            left = True
            out.write(f"{file_plan.path}: not fixed: {file_plan.error}\n")
            continue
        if file_plan.after is None:
            continue
        if dry_run:
            out.writelines(unified_diff(file_plan.path, file_plan.before, file_plan.after))
            continue
        try:
            write_atomic(path, file_plan.after, expected=file_plan.before)
        except (EditError, OSError) as exc:
            left = True
            out.write(f"{file_plan.path}: not written: {exc}\n")
        else:
            out.write(f"{file_plan.path}: fixed {len(file_plan.changes) - len(file_plan.refused)}"
                      " anchor(s)\n")
    return 1 if left else 0
