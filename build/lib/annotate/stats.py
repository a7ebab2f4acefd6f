"""``annotate stats``: how far the annotation of each story has got, and what is left.

Counts come from the same pipeline as ``annotate check`` (so a file with errors is
reported as such, not counted). *Name coverage* is the share of name occurrences in
the text that an entity covers: mentions found for the annotated entities, over those
plus the capitalised names no entity covers (the N504 hints) — a heuristic, like the
hints themselves, but a fair measure of what a student will see marked.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TextIO

from .check import CheckResult, check_file
from .diagnostics import Diagnostic
from .suggest import suggest

QUOTE_KINDS = ("direct", "partial", "indirect", "written")


@dataclass
class StoryStats:
    path: str
    headline: str
    words: int
    entities: int
    mentions: int
    quotes: dict[str, int]
    notes: int
    questions: int
    content_warnings: int
    masked_spans: int
    unannotated: list[tuple[str, int]] = field(default_factory=list)

    @property
    def unannotated_occurrences(self) -> int:
        return sum(count for _, count in self.unannotated)

    @property
    def coverage(self) -> float:
        """Share (0–1) of name occurrences covered by an entity; 1.0 when there are none."""
        total = self.mentions + self.unannotated_occurrences
        return self.mentions / total if total else 1.0


@dataclass
class Report:
    stories: list[StoryStats] = field(default_factory=list)
    broken: list[tuple[str, list[Diagnostic]]] = field(default_factory=list)

    def total(self) -> StoryStats:
        quotes: Counter[str] = Counter()
        unannotated: Counter[str] = Counter()
        for s in self.stories:
            quotes.update(s.quotes)
            unannotated.update(dict(s.unannotated))
        return StoryStats(
            "", "all stories", sum(s.words for s in self.stories),
            sum(s.entities for s in self.stories), sum(s.mentions for s in self.stories),
            {k: quotes[k] for k in QUOTE_KINDS}, sum(s.notes for s in self.stories),
            sum(s.questions for s in self.stories),
            sum(s.content_warnings for s in self.stories),
            sum(s.masked_spans for s in self.stories), unannotated.most_common())


def story_stats(result: CheckResult) -> StoryStats | None:
    """The counts of one checked file, or None if it could not be anchored."""
    story = result.story
    if story is None or result.errors:
        return None
    a = story.annotation
    kinds = Counter(q.kind for q in a.quotes)
    found = suggest(story.text, story.annotation, mentions=story.mentions).entities
    return StoryStats(
        str(result.path), a.story.headline, len(story.text.split()), len(a.entities),
        len(story.mentions), {k: kinds[k] for k in QUOTE_KINDS}, len(a.notes),
        len(a.questions), len(a.content_warnings),
        sum(len(spans) for spans in story.masks.values()),
        sorted(((e.name, e.count) for e in found), key=lambda n: (-n[1], n[0])))


def collect(paths: Iterable[Path]) -> Report:
    report = Report()
    for path in paths:
        result = check_file(path)
        stats = story_stats(result)
        if stats is None:
            report.broken.append((str(result.path), result.errors or result.diagnostics))
        else:
            report.stories.append(stats)
    return report


def _row(s: StoryStats) -> list[str]:
    q = s.quotes
    return [s.headline if len(s.headline) <= 48 else s.headline[:47] + "…", str(s.words),
            str(s.entities), str(s.mentions),
            f"{sum(q.values())} ({q['direct']}/{q['partial']}/{q['indirect']}/{q['written']})",
            str(s.notes), str(s.questions), f"{s.coverage:.0%}"]


def text_report(report: Report, out: TextIO, *, unannotated: int = 5) -> None:
    """A table a person reads in a terminal (rich), then what remains to annotate."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, highlight=False, soft_wrap=True,
                      width=120 if not out.isatty() else None)
    table = Table(title="Annotation progress", title_justify="left")
    for column, justify in (("story", "left"), ("words", "right"), ("entities", "right"),
                            ("mentions", "right"), ("quotes (d/p/i/w)", "right"),
                            ("notes", "right"), ("questions", "right"),
                            ("name coverage", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for s in report.stories:
        table.add_row(*_row(s))
    if len(report.stories) > 1:
        table.add_section()
        table.add_row(*_row(report.total()), style="bold")
    console.print(table)
    for s in report.stories:
        if s.unannotated:
            shown = ", ".join(f"{name} ({count}×)" if count > 1 else name
                              for name, count in s.unannotated[:unannotated])
            more = len(s.unannotated) - unannotated
            console.print(f"{s.path}: not annotated yet: {shown}"
                          + (f" and {more} more" if more > 0 else ""), markup=False)
    for path, diagnostics in report.broken:
        console.print(f"{path}: not counted, {len(diagnostics)} error(s); run 'annotate check "
                      f"{path}'", markup=False)


def json_report(report: Report, out: TextIO) -> None:
    def encode(s: StoryStats) -> dict[str, object]:
        data = asdict(s)
        data["unannotated"] = [{"name": n, "count": c} for n, c in s.unannotated]
        data["coverage"] = round(s.coverage, 4)
        return data

    json.dump({"stories": [encode(s) for s in report.stories],
               "total": encode(report.total()),
               "broken": [{"path": p, "errors": [d.code for d in ds]}
                          for p, ds in report.broken]}, out, indent=2, ensure_ascii=False)
    out.write("\n")


def run_stats(paths: Sequence[Path], fmt: str, out: TextIO) -> int:
    report = collect(paths)
    (json_report if fmt == "json" else text_report)(report, out)
    return 1 if report.broken else 0
