"""The story text's history: where words of an earlier version are in the current one.

A story file lives in git. When it was corrected, every anchor that pointed into the
committed version can be carried through the diff between the two versions: a span
entirely inside unchanged text moves with it, exactly. Only anchors that touch a
changed region need a search, and for those the old version still holds their
context (the words just before and after), which the search uses
(:mod:`annotate.reanchor`).
"""

from __future__ import annotations

import difflib
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
#: How much of the old text around an anchor is kept as its context.
CONTEXT = 32


@dataclass(frozen=True)
class Mapped:
    """An old span carried into the new text: exactly (unchanged around it) or not."""

    start: int
    end: int
    exact: bool


class TextDiff:
    """The diff between two versions of a text, by words, for mapping positions."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        old_tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(old)]
        new_tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(new)]
        matcher = difflib.SequenceMatcher(None, [t for _, t in old_tokens],
                                          [t for _, t in new_tokens], autojunk=False)
        # Unchanged stretches as character ranges: (old_start, old_end, new_start).
        self.same: list[tuple[int, int, int]] = []
        for a, b, size in matcher.get_matching_blocks():
            if size == 0:
                continue
            o_start = old_tokens[a][0]
            o_end = old_tokens[a + size - 1][0] + len(old_tokens[a + size - 1][1])
            self.same.append((o_start, o_end, new_tokens[b][0]))

    def map(self, start: int, end: int) -> Mapped | None:
        """Where old [start, end) is now, when it lies inside one unchanged stretch."""
        for o_start, o_end, n_start in self.same:
            if o_start <= start and end <= o_end:
                shift = n_start - o_start
                return Mapped(start + shift, end + shift, True)
        return None

    def near(self, start: int) -> int | None:
        """Where old position ``start`` is roughly now (for a position hint)."""
        best = None
        for o_start, o_end, n_start in self.same:
            if o_start <= start < o_end:
                return n_start + start - o_start
            if o_end <= start:
                best = n_start + (o_end - o_start) + (start - o_end)
        return best

    def context(self, start: int, end: int) -> tuple[str, str]:
        """The old text just before and after old [start, end)."""
        return self.old[max(0, start - CONTEXT):start], self.old[end:end + CONTEXT]


def committed_text(path: Path) -> str | None:
    """The last committed version of ``path`` if git has one that differs from the file.

    None when git is missing, the file is not in a repository or not committed, or it
    is unchanged (nothing to map).
    """
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=path.parent,
                             capture_output=True, text=True, timeout=20)
        if top.returncode != 0:
            return None
        relative = path.resolve().relative_to(Path(top.stdout.strip()).resolve())
        shown = subprocess.run(["git", "show", f"HEAD:{relative.as_posix()}"],
                               cwd=path.parent, capture_output=True, timeout=20)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    if shown.returncode != 0:
        return None
    old = shown.stdout.decode("utf-8", errors="replace")
    current = path.read_text(encoding="utf-8")
    return None if old == current else old
