"""``annotate import``: notes from other annotation tools, anchored and checked.

Instructors and students often annotate the published book with Hypothesis; this
turns those annotations (or any W3C Web Annotations with a ``TextQuoteSelector``,
including this project's own ``annotate export``) into notes of a story's
annotation file.

Reading is :mod:`annotate.external`'s job (Hypothesis and W3C JSON).

Anchoring is :mod:`annotate.reanchor`'s: the quoted words, the selector's prefix and
suffix (each compared fuzzily, white space, ``<br>`` line breaks and typography
ignored) and, as a hint, its ``TextPositionSelector`` made relative to the story
(:func:`page_offset`: page positions count menus and headlines too). The anchor written
is always the story's own characters, with ``occurrence: N`` when they occur more than
once. An annotation two passages fit equally well (A403, both located) or none fits
(A401) is reported and not imported.

Writing: the new notes are appended to the file's ``notes:`` list, each after a
comment naming where it came from, every other byte kept (:func:`yamledit.append_items`).
A comment marks each import, so importing the same export twice adds nothing.  The
edited file is checked by the same pipeline as ``annotate check`` before anything is
written; any new error and nothing is written.
"""

from __future__ import annotations

import io
import json
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from pydantic import TypeAdapter, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from .anchoring import Match, StoryText, resolve, shorten
from .check import check_file, check_text
from .diagnostics import Diagnostic, Position
from .external import External, ImportFormatError, Skipped, read_annotations
from .models import Anchor, Note
from .reanchor import Outcome, Reanchorer, Target
from .reporters import REPORTERS
from .suggest import slug_id
from .text import LineIndex
from .yamledit import EditError, append_items, encode, unified_diff, write_atomic
from .yamlload import load_text

#: Note kinds an import can produce from tags alone (the others need more fields).
SIMPLE_KINDS = ("context", "definition", "media-literacy")
ARTEFACT_TYPES = ("photo-credit", "caption", "embed", "boundary", "other")
#: A derived title is cut to this many characters (at a word boundary).
TITLE_LENGTH = 72
_MARKER = "imported from "
_NOTE_ADAPTER: TypeAdapter[Any] = TypeAdapter(Note)


@dataclass
class ImportPlan:
    """What an import would do to one annotation file."""

    path: Path
    notes: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    before: bytes = b""
    after: bytes | None = None
    error: str | None = None


# -- anchoring and notes ---------------------------------------------------------------------


def page_offset(story: StoryText, externals: Iterable[External]) -> int | None:
    """Where the story starts in the page the annotations were made on, in characters.

    A ``TextPositionSelector`` counts the whole web page's text (menus, headline,
    captions), not the story's. For each annotation whose words occur exactly once in
    the story, its page position minus its story position estimates that offset; the
    median of those is used, so positions serve as hints relative to the story, never
    as truth.
    """
    shifts = []
    for ext in externals:
        if ext.start is None:
            continue
        found = story.find_all(ext.exact)
        if len(found) == 1:
            shifts.append(ext.start - found[0].start)
    if not shifts:
        return None
    shifts.sort()
    return shifts[len(shifts) // 2]


def choose_match(story: StoryText, ext: External, engine: Reanchorer | None = None,
                 offset: int | None = None) -> tuple[Outcome, Match | None]:
    """What the re-anchoring engine makes of one annotation, and the span it chose."""
    engine = engine or Reanchorer(story.text)
    hint = ext.start - offset if ext.start is not None and offset is not None else None
    if ext.range_end is not None:
        return _choose_range(story, ext, engine, hint)
    outcome = engine.find(Target(ext.exact, ext.prefix, ext.suffix, hint))
    if outcome.status != "anchored" or outcome.best is None:
        return outcome, None
    return outcome, Match(outcome.best.start, outcome.best.end)


#: A range whose last words are further than this from its first is not believed.
RANGE_REACH = 3000


def _choose_range(story: StoryText, ext: External, engine: Reanchorer,
                  hint: int | None) -> tuple[Outcome, Match | None]:
    """A RangeSelector's span: its first words (with the prefix), then the nearest
    occurrence after them of its last words (with the suffix)."""
    first = engine.find(Target(ext.exact, ext.prefix, "", hint))
    if first.status != "anchored" or first.best is None:
        return first, None
    begin = first.best.start
    rest = story.text[begin:begin + RANGE_REACH]
    assert ext.range_end is not None
    last = Reanchorer(rest).find(Target(ext.range_end, "", ext.suffix, 0))
    if last.status != "anchored" or last.best is None:
        return last, None
    return last, Match(begin, begin + last.best.end)


def derive_title(text: str, exact: str) -> tuple[str, str]:
    """A title and a body from one Hypothesis text, which has no title of its own.

    A short first line followed by more text is a title; otherwise the note is named
    after the words it annotates, and the whole text is its body.
    """
    first, _, rest = text.partition("\n")
    heading = first.strip().lstrip("#").strip().strip("*_").strip()
    if rest.strip() and 0 < len(heading) <= TITLE_LENGTH:
        return heading, rest.strip()
    words = " ".join(exact.split())
    if len(words) > TITLE_LENGTH - 2:
        words = words[:TITLE_LENGTH - 3].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
    return f"“{words}”", text


def _kind(ext: External, default: str) -> tuple[str, dict[str, Any]]:
    tags = {t.strip().lower() for t in ext.tags}
    if "correction" in tags and ext.correct:
        return "correction", {"correct": ext.correct}
    if "artefact" in tags:
        artefact = next((t for t in ARTEFACT_TYPES if t in tags), "other")
        return "artefact", {"artefact": artefact}
    return next((k for k in SIMPLE_KINDS if k in tags), default), {}


def _unique_id(wanted: str, taken: set[str]) -> str:
    """``wanted`` cut to five words, with -2, -3… if the file already uses it."""
    base = "-".join(wanted.split("-")[:5])[:56].strip("-") or "note"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def plan_import(path: Path, externals: Iterable[External], *, kind: str = "context",
                source: Path = Path("<import>"), raw: str = "") -> ImportPlan:
    """Anchor ``externals`` in the story of ``path`` and work out the edited file.

    ``source`` names the export file in diagnostics about its annotations, and its
    text ``raw`` lets them point at the annotation's id.
    """
    result = check_file(path)
    plan = ImportPlan(result.path)
    doc, story = result.document, result.story
    if doc is None or story is None or result.errors:
        plan.error = "the annotation file has errors: run 'annotate check' and fix them first"
        plan.diagnostics = result.errors
        return plan
    plan.before = encode(doc, doc.text)
    text = StoryText(story.text, str(story.source_path))
    annotation = story.annotation
    taken = {item.id for section in (annotation.entities, annotation.quotes,
                                     annotation.notes, annotation.questions,
                                     annotation.content_warnings) for item in section}
    imported = set(re.findall(r"#\s*" + _MARKER + r"(\S+)", doc.text))
    blocks: list[str] = []
    externals = list(externals)
    engine = Reanchorer(story.text)
    offset = page_offset(text, externals)
    for ext in externals:
        if ext.origin in imported:
            plan.skipped.append(Skipped(ext.label, "already imported into this file"))
            continue
        note = _note(ext, text, taken, kind, plan, source, _locate(raw, ext.ident), engine,
                     offset)
        if note is None:
            continue
        try:
            blocks.append(_render(note, ext))
        except EditError as exc:
            plan.skipped.append(Skipped(ext.label, str(exc)))
            continue
        imported.add(ext.origin)
        plan.notes.append(note)
    if not blocks:
        return plan
    try:
        new_text = append_items(doc, "notes", blocks)
    except EditError as exc:
        plan.error = str(exc)
        return plan
    checked = check_text(path, new_text)
    if checked.errors:  # the file had none before: these come from the new notes
        plan.error = "the imported notes do not pass 'annotate check'"
        plan.diagnostics.extend(checked.errors)
        return plan
    plan.after = encode(doc, new_text)
    return plan


def _note(ext: External, text: StoryText, taken: set[str], default_kind: str,
          plan: ImportPlan, source: Path, where: Position, engine: Reanchorer,
          offset: int | None) -> dict[str, Any] | None:
    outcome, match = choose_match(text, ext, engine, offset)
    if match is None:
        best, runner = outcome.best, outcome.runner
        if outcome.status == "ambiguous" and best and runner:
            plan.diagnostics.append(Diagnostic(
                "A403", f"{ext.label}: '{shorten(ext.exact)}': {outcome.reason}", source,
                where, hint="add it by hand with 'occurrence: N' or a prefix",
                related=[text.describe(Match(best.start, best.end)) + f" ({best.evidence()})",
                         text.describe(Match(runner.start, runner.end))
                         + f" ({runner.evidence()})"]))
        else:
            problem = resolve(Anchor(text=ext.exact), text).problems
            plan.diagnostics.append(Diagnostic(
                "A401", f"{ext.label}: '{shorten(ext.exact)}' is not in the story "
                f"({outcome.reason})", source, where,
                hint=problem[0].hint if problem else None))
        return None
    exact = text.text[match.start:match.end]
    anchor: dict[str, Any] = {"text": exact}
    # Count occurrences of the story's own characters: a folded search may have found more.
    same = text.find_all(exact)
    if len(same) > 1:
        anchor["occurrence"] = [m.start for m in same].index(match.start) + 1
    title, body = (ext.title, ext.text) if ext.title else derive_title(ext.text, exact)
    kind, extra = _kind(ext, default_kind)
    wanted = ext.note_id if ext.note_id and ext.note_id not in taken else slug_id(title)
    note: dict[str, Any] = {"id": _unique_id(wanted, taken), "kind": kind, "anchor": anchor,
                            "title": title, "body": body, **extra}
    if ext.links:
        note["links"] = [{"title": t, "url": u} for t, u in ext.links]
    try:
        _NOTE_ADAPTER.validate_python(note)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"][1:]) or "note"
        plan.skipped.append(Skipped(ext.label, f"cannot be a note: {where}: {first['msg']}"))
        return None
    return note


def _render(note: dict[str, Any], ext: External) -> str:
    """One list item as YAML text, after a comment saying where it came from.

    Styled like the hand-written files: Markdown with paragraphs as literal blocks,
    long prose as folded blocks, the rest plain or quoted as needed.  The text is
    proven to load back to exactly ``note``; if the line-wrapped form does not, the
    unwrapped one is used.
    """
    by = f" by {' '.join(ext.author.split())}" if ext.author else ""
    for width, styled in ((88, True), (100_000, True), (100_000, False)):
        yaml = YAML()
        yaml.width = width
        yaml.indent(mapping=2, sequence=2, offset=0)
        out = io.StringIO()
        yaml.dump([{k: _styled(v) if styled else v for k, v in note.items()}], out)
        # Wrapped plain scalars end their lines with a space that is not content.
        rendered = "\n".join(line.rstrip(" ") for line in out.getvalue().split("\n"))
        if _loads_back(rendered) == [note]:
            return f"# {_MARKER}{ext.origin}{by}\n{rendered}"
    raise EditError("its text cannot be written as YAML that reads back the same")


def _loads_back(block: str) -> Any:
    """The list ``block`` holds, read by the project's own loader (as check will read it)."""
    doc = load_text("items:\n" + textwrap.indent(block, "  "), Path("<import>"))
    return None if doc.diagnostics or not isinstance(doc.data, dict) else doc.data.get("items")


def _styled(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if "\n" in value:
        return LiteralScalarString(value)
    if len(value) > 70 and value.strip() == value:
        return FoldedScalarString(value)
    return value


# -- the command ----------------------------------------------------------------------------


def run_import(source: Path, into: Path, *, kind: str, dry_run: bool, out: TextIO,
               err: TextIO, page: str | None = None) -> int:
    """Import ``source`` into ``into``; exit 1 if anything could not be imported."""
    try:
        raw = source.read_text(encoding="utf-8")
        data = json.loads(raw)
        externals, skipped = read_annotations(data, page)
    except (OSError, UnicodeDecodeError) as exc:
        err.write(f"annotate import: error: cannot read {source}: {exc}\n")
        return 2
    except json.JSONDecodeError as exc:
        err.write(f"{source}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}\n")
        return 1
    except ImportFormatError as exc:
        err.write(f"annotate import: error: {source}: {exc}\n")
        return 1
    plan = plan_import(into, externals, kind=kind, source=source, raw=raw)
    _report_skipped([*skipped, *plan.skipped], out)
    if plan.diagnostics:
        REPORTERS["text"](plan.diagnostics, 1, err)
    if plan.error:
        err.write(f"annotate import: {plan.path}: {plan.error}; nothing written\n")
        return 1
    if plan.after is not None:
        if dry_run:
            out.writelines(unified_diff(plan.path, plan.before, plan.after))
        else:
            try:
                write_atomic(into, plan.after, expected=plan.before)
            except EditError as exc:
                err.write(f"annotate import: {exc}\n")
                return 1
    verb = "would add" if dry_run else "added"
    out.write(f"{verb} {len(plan.notes)} note(s) to {plan.path}"
              + (": " + ", ".join(n["id"] for n in plan.notes) if plan.notes else "") + "\n")
    return 1 if plan.diagnostics else 0


def _report_skipped(skipped: list[Skipped], out: TextIO, shown: int = 3) -> None:
    """One line per reason, naming the first few annotations it applies to."""
    by_reason: dict[str, list[str]] = {}
    for item in skipped:
        by_reason.setdefault(item.reason, []).append(item.label)
    for reason, labels in by_reason.items():
        names = "; ".join(labels[:shown]) + (f"; and {len(labels) - shown} more"
                                             if len(labels) > shown else "")
        out.write(f"skipped {len(labels)}: {reason}: {names}\n")


def _locate(raw: str, ident: str) -> Position:
    """Where an annotation's id is written in the export file (1:1 if not found)."""
    index = raw.find(json.dumps(ident, ensure_ascii=False)) if raw else -1
    return Position(*LineIndex(raw).position(index)) if index >= 0 else Position(1, 1)
