"""Re-anchoring quality on real texts: recall and wrong anchors, per route.

    python -m benchmarks.reanchoring

Each case in ``cases.yml`` (texts and licences: ``SOURCES.md``) edits a real text the
way stories get corrected and says where the note must end up, or that it must be
orphaned. Routes:

* import: the note's words with 32 characters of context on each side and its old
  position as a hint (what a Hypothesis export carries);
* fix with the text's history: the committed version is diffed with the corrected one;
  anchors in unchanged text move with it, the others are searched with the context
  the old version gives them;
* fix without history: the words alone (a story never committed);
* hypothesis-like: the same candidates, decided as Hypothesis does (best weighted score
  ``(50·quote + 20·prefix + 20·suffix + 2·position) / 92``, no refusal), for reference.

Recall counts notes anchored on exactly the expected words among the cases that expect
them; "wrong" counts notes put anywhere else, or anchored where they must be orphaned.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table
from ruamel.yaml import YAML

from annotate.history import TextDiff
from annotate.reanchor import Reanchorer, Target

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Case:
    id: str
    old: str
    new: str
    target: Target  # what the note remembers (positions in the old text)
    old_start: int
    expect: tuple[int, int] | None  # span in the new text, None = must be orphaned


def _edit(text: str, edits: list[list[str]], case: str) -> str:
    for before, after in edits or []:
        if text.count(before) != 1:
            raise SystemExit(f"{case}: {before!r} occurs {text.count(before)}× (must be 1)")
        text = text.replace(before, after)
    return text


def load_cases(path: Path = HERE / "cases.yml") -> list[Case]:
    cases = []
    for raw in YAML(typ="safe").load(path.read_text(encoding="utf-8")):
        published = (HERE / "texts" / raw["text"]).read_text(encoding="utf-8")
        old = _edit(published, raw.get("old_edits"), raw["id"])
        new = _edit(published, raw.get("edits"), raw["id"])
        note = raw["note"]
        exact = note["exact"]
        if "at" in note:
            start = old.index(note["at"])
        else:
            starts = [i for i in range(len(old)) if old.startswith(exact, i)]
            if not starts:
                raise SystemExit(f"{raw['id']}: {exact!r} is not in the old text")
            start = starts[note.get("occurrence", 1) - 1]
        prefix = note.get("prefix", old[max(0, start - 32):start])
        suffix = note.get("suffix", old[start + len(exact):start + len(exact) + 32])
        expect = None
        if raw["expect"] != "orphan":
            want, after = raw["expect"]["text"], raw["expect"].get("after", "")
            at = [i + len(after) for i in range(len(new)) if new.startswith(after + want, i)]
            if len(at) != 1:
                raise SystemExit(f"{raw['id']}: expected words found {len(at)}× in the new text")
            expect = (at[0], at[0] + len(want))
        cases.append(Case(raw["id"], old, new, Target(exact, prefix, suffix, start), start,
                          expect))
    return cases


Route = Callable[[Case], tuple[int, int] | None]


def import_route(case: Case) -> tuple[int, int] | None:
    outcome = Reanchorer(case.new).find(case.target)
    return (outcome.best.start, outcome.best.end) if outcome.status == "anchored" \
        and outcome.best else None


def history_route(case: Case) -> tuple[int, int] | None:
    diff = TextDiff(case.old, case.new)
    end = case.old_start + len(case.target.exact)
    if case.old[case.old_start:end] == case.target.exact:
        mapped = diff.map(case.old_start, end)
        if mapped is not None:
            return mapped.start, mapped.end
        prefix, suffix = diff.context(case.old_start, end)
        target = Target(case.target.exact, prefix, suffix, diff.near(case.old_start))
    else:  # the note's words were never in this text (an imported typo): its own context
        target = Target(case.target.exact, case.target.prefix, case.target.suffix,
                        diff.near(case.old_start))
    outcome = Reanchorer(case.new).find(target)
    return (outcome.best.start, outcome.best.end) if outcome.status == "anchored" \
        and outcome.best else None


def quote_only_route(case: Case) -> tuple[int, int] | None:
    outcome = Reanchorer(case.new).find(Target(case.target.exact))
    return (outcome.best.start, outcome.best.end) if outcome.status == "anchored" \
        and outcome.best else None


def hypothesis_like_route(case: Case) -> tuple[int, int] | None:
    """Hypothesis's decision rule over the same candidates: the best weighted score,
    accepted whenever the quote is within its error limit (half the quote)."""
    from annotate.reanchor import squeeze

    engine = Reanchorer(case.new)
    quote, prefix, suffix = (squeeze(case.target.exact), squeeze(case.target.prefix)[-32:],
                             squeeze(case.target.suffix)[:32])
    spans = engine._candidates(quote, prefix, suffix)
    best, best_score = None, -1.0
    for (a, b), how in spans.items():
        c = engine._score(a, b, quote, prefix, suffix, case.target.hint, how)
        if c.quote < 0.5:
            continue
        pos = 1 - (c.distance or 0) / max(1, len(case.new))
        score = (50 * c.quote + 20 * (c.prefix if c.prefix is not None else 1)
                 + 20 * (c.suffix if c.suffix is not None else 1) + 2 * pos) / 92
        if score > best_score:
            best, best_score = (c.start, c.end), score
    return best


ROUTES: dict[str, Route] = {
    "import (context + position)": import_route,
    "fix, with the text's history": history_route,
    "fix, without history (words only)": quote_only_route,
    "Hypothesis-like decision (reference)": hypothesis_like_route,
}


def _same(case: Case, got: tuple[int, int]) -> bool:
    assert case.expect is not None
    return case.new[got[0]:got[1]].strip() == case.new[case.expect[0]:case.expect[1]].strip() \
        and abs(got[0] - case.expect[0]) <= 1


def evaluate(route: Route, cases: list[Case]) -> tuple[float, int, list[str]]:
    """Recall, number of wrong anchors, and the ids of the cases that were not right."""
    anchored = wrong = 0
    expected = sum(1 for c in cases if c.expect is not None)
    bad = []
    for case in cases:
        got = route(case)
        if case.expect is None:
            if got is not None:
                wrong += 1
                bad.append(f"{case.id} (anchored, should be orphaned)")
        elif got is None:
            bad.append(f"{case.id} (not anchored)")
        elif _same(case, got):
            anchored += 1
        else:
            wrong += 1
            bad.append(f"{case.id} (wrong place: {case.new[got[0]:got[1]]!r})")
    return (anchored / expected if expected else 1.0), wrong, bad


def main() -> None:
    cases = load_cases()
    expected = sum(1 for c in cases if c.expect is not None)
    table = Table(title=f"Re-anchoring: {len(cases)} cases on real texts ({expected} to "
                        f"anchor, {len(cases) - expected} to orphan)")
    for column in ("route", "recall", "wrong anchors", "goal", "not right"):
        table.add_column(column)
    for name, route in ROUTES.items():
        recall, wrong, bad = evaluate(route, cases)
        goal = ""
        if not name.startswith(("Hypothesis", "fix, without")):
            goal = "met" if recall >= 0.95 and wrong == 0 else "MISSED"
            goal = f"recall ≥ 0.95, 0 wrong: {goal}"
        table.add_row(name, f"{recall:.2f}", str(wrong), goal, "; ".join(bad))
    Console(width=160).print(table)


if __name__ == "__main__":
    sys.exit(main())
