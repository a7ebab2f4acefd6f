"""``annotate fix``: re-anchor annotations after the story text was corrected.

For each anchor:

* found only after typographic normalisation → copy the story's exact characters
  (curly quotes, dashes) into the file;
* when the story file differs from its last committed version (git), every anchor is
  carried through the diff between the two versions (:mod:`annotate.history`): one in
  unchanged text moves with it, exactly, even if its words now also occur elsewhere;
  one that touches a changed region is searched for with the context the old version
  gives it (the words just before and after) and its old position as a hint;
* without history (no git, a file never committed), an anchor that is not found is
  searched for with the words it has (and its ``prefix``/``suffix``, if any).

The search is :mod:`annotate.reanchor`'s: it moves an anchor only when one passage is
clearly the right one, refuses (saying where both candidates are) when two are too
close to call, and leaves the annotation untouched, as an orphan, when nothing is close.

Nothing else in the file changes: edits are surgical (:mod:`annotate.yamledit`), the
write is atomic, and ``--dry-run`` prints what it would do and the unified diff.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .anchoring import StoryText, resolve, shorten
from .check import check_file, iter_anchors
from .history import Mapped, TextDiff, committed_text
from .models import Anchor
from .reanchor import Reanchorer, Target
from .yamledit import (
    EditError,
    ScalarEdit,
    apply_edits,
    encode,
    unified_diff,
    write_atomic,
)
from .yamlload import YamlPath


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


def plan(path: Path, *, threshold: float = 80.0) -> FilePlan:
    """Work out the edits for one file without writing anything."""
    result = check_file(path)
    file_plan = FilePlan(result.path)
    doc, story, validated = result.document, result.story, result.validated
    if doc is None or story is None or validated is None:
        file_plan.error = "the file has errors that fix cannot repair; run 'annotate check'"
        return file_plan
    file_plan.before = encode(doc, doc.text)
    text = StoryText(story.text, str(story.source_path))
    old_text = committed_text(story.source_path)
    history = _History(old_text, story.text) if old_text is not None else None
    engine = Reanchorer(story.text, quote_alone=threshold / 100)
    edits: list[ScalarEdit] = []
    for ref in iter_anchors(validated):
        where = doc.locations[ref.path].value.start
        change = _fix_one(ref.anchor, text, engine, history, ref.allow_all)
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


class _History:
    """The committed and the current story text, and the diff between them."""

    def __init__(self, old: str, new: str) -> None:
        self.old = StoryText(old, "the committed version")
        self.diff = TextDiff(old, new)

    def target(self, anchor: Anchor) -> tuple[Mapped | None, Target | None]:
        """Where the anchor's old passage is now (exactly), or what to search for."""
        before = resolve(anchor, self.old)
        m = before.match
        if m is None:
            return None, None
        mapped = self.diff.map(m.start, m.end)
        if mapped is not None:
            return mapped, None
        prefix, suffix = self.diff.context(m.start, m.end)
        return None, Target(self.old.text[m.start:m.end], prefix, suffix,
                            self.diff.near(m.start))


def _fix_one(anchor: Anchor, text: StoryText, engine: Reanchorer, history: _History | None,
             allow_all: bool) -> tuple[str | None, str] | None:
    resolution = resolve(anchor, text, allow_all=allow_all)
    codes = {p.code for p in resolution.problems}
    if resolution.matches and "A402" in codes:
        m = resolution.matches[0]
        exact = text.text[m.start:m.end]
        changed = changed_characters(anchor.text, exact)
        return exact, f"copied the story's exact characters ({changed})"
    if anchor.occurrence == "all":  # type: ignore[comparison-overlap]
        return None  # masks every occurrence: nothing to move
    mapped, target = history.target(anchor) if history else (None, None)
    if mapped is not None:
        if resolution.match and (resolution.match.start, resolution.match.end) == \
                (mapped.start, mapped.end):
            return None  # unchanged around it, and still selected: nothing to do
        return _move(anchor, text, mapped.start, mapped.end,
                     "carried through the text's history (unchanged around it)")
    if target is None:
        if "A401" not in codes:
            blocking = sorted(codes - {"A402", "A406"})
            return (None, f"{blocking[0]}: not something fix can repair") if blocking \
                else None
        if (anchor.prefix or anchor.suffix) and text.find_all(anchor.text):
            return None, "the text is found but not with its prefix/suffix: edit them by hand"
        target = Target(anchor.text, anchor.prefix or "", anchor.suffix or "")
    elif resolution.match and not codes - {"A402", "A406"}:
        pass  # it still resolves, but its old passage changed: search, then compare
    outcome = engine.find(target)
    best, runner = outcome.best, outcome.runner
    if outcome.status == "ambiguous" and best and runner:
        return None, (f"{outcome.reason}: {text.where(best.start)} ({best.evidence()}) and "
                      f"{text.where(runner.start)} ({runner.evidence()}); edit it by hand")
    if outcome.status != "anchored" or best is None:
        return None, f"left as it is (orphaned): {outcome.reason}"
    if resolution.match and (resolution.match.start, resolution.match.end) == \
            (best.start, best.end):
        return None
    how = "with its history's context, " if history and target.prefix + target.suffix else ""
    return _move(anchor, text, best.start, best.end, f"re-anchored {how}{best.evidence()}")


def _move(anchor: Anchor, text: StoryText, start: int, end: int,
          reason: str) -> tuple[str | None, str]:
    """The anchor's new text, if that selects [start, end) as the anchor is written."""
    new = text.text[start:end]
    moved = Anchor(text=new, prefix=anchor.prefix, suffix=anchor.suffix,
                   occurrence=anchor.occurrence if isinstance(anchor.occurrence, int) else None)
    check = resolve(moved, text)
    if check.match is None or (check.match.start, check.match.end) != (start, end):
        same = [m.start for m in text.find_all(new)]
        nth = same.index(start) + 1 if start in same else None
        hint = f"; add 'occurrence: {nth}'" if nth and len(same) > 1 else ""
        return None, (f"the passage is at {text.where(start)} ('{shorten(new)}'), but the "
                      f"anchor as written would not select it there{hint}; edit it by hand")
    if new == anchor.text:
        return None, (f"the passage is at {text.where(start)}, but the same words now "
                      "also occur elsewhere; add 'occurrence' or a prefix by hand")
    return new, reason


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


def run_fix(paths: list[Path], *, dry_run: bool, threshold: float = 80.0,
            out: TextIO) -> int:
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
