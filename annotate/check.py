"""One annotation file, all the way: YAML → model → story anchored against its text.

This is the single pipeline behind ``annotate check``, ``annotate fix`` and the
Sphinx extension, so the book and the CLI can never disagree about a file.
"""

from __future__ import annotations

import difflib
import gc
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .anchoring import Match, Problem, StoryText, resolve, shorten
from .diagnostics import Diagnostic, Position
from .mentions import Mention, MentionFinder, SurfaceForm
from .models import Anchor, Annotation, Entity
from .schema import Validated, validate
from .text import fold
from .yamlload import YamlDocument, YamlPath, decode, load_file, load_text

ANNOTATION_SUFFIXES = (".yml", ".yaml")
_SKIP_DIRS = {"_build", ".venv", "venv", "node_modules", ".git", "__pycache__"}


@dataclass
class AnchoredStory:
    """A valid annotation with every anchor resolved to spans of the story text."""

    yaml_path: Path
    source_path: Path
    annotation: Annotation
    text: str
    mentions: list[Mention] = field(default_factory=list)
    quotes: dict[str, Match] = field(default_factory=dict)
    notes: dict[str, Match] = field(default_factory=dict)
    questions: dict[str, list[Match]] = field(default_factory=dict)
    masks: dict[str, list[Match]] = field(default_factory=dict)

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.annotation.entities if e.id == entity_id), None)

    def mention_counts(self) -> Counter[str]:
        return Counter(m.entity for m in self.mentions)


@dataclass
class CheckResult:
    """Everything known about one file after checking it."""

    path: Path
    diagnostics: list[Diagnostic]
    story: AnchoredStory | None = None
    document: YamlDocument | None = None
    validated: Validated | None = None

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]


def display_path(path: Path) -> Path:
    """``path`` relative to the working directory when it is below it (as ruff prints)."""
    if not path.is_absolute():
        return path
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def source_path(yaml_path: Path, annotation: Annotation) -> Path:
    """The story text file: ``story.source`` relative to the YAML file, or ``<stem>.txt``."""
    name = annotation.story.source or yaml_path.with_suffix(".txt").name
    return yaml_path.parent / name


def read_story(path: Path) -> tuple[str | None, list[Diagnostic]]:
    """Read a story text file verbatim (no newline translation), as UTF-8."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Diagnostic("F301", f"cannot read story text {path}: "
                                 f"{exc.strerror or exc}", path, Position(1, 1))]
    text, bom, problems = decode(path, raw)
    if text is not None and bom:
        text = "\ufeff" + text
    return text, [Diagnostic("F301", p.message, p.path, p.start, hint=p.hint) for p in problems]


def check_file(path: Path, *, suggestions: bool = True) -> CheckResult:
    """Load, validate and anchor one annotation file; never raises for bad content.

    ``suggestions=False`` leaves out the N504/Q603 hints (and the cost of the
    suggestion engine: what a pre-commit hook run with ``--no-hints`` wants).

    The cyclic garbage collector is paused meanwhile: a file's node tree, models and
    spans are tens of thousands of acyclic objects, freed by reference counting, and
    the collector's passes over them cost about 15 % of a check.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _check(path, load_file(path), suggestions=suggestions)
    finally:
        if enabled:
            gc.enable()


def check_text(path: Path, text: str, *, suggestions: bool = True) -> CheckResult:
    """Check ``text`` as if it were the content of ``path`` (an edit not yet written)."""
    return _check(path, load_text(text, path), suggestions=suggestions)


def _check(path: Path, doc: YamlDocument, *, suggestions: bool = True) -> CheckResult:
    shown = display_path(path)
    doc.path = shown
    for d in doc.diagnostics:
        d.path = shown
    result = CheckResult(shown, list(doc.diagnostics), document=doc)
    if doc.data is None:
        return result
    result.validated = validated = validate(doc)
    result.diagnostics.extend(validated.diagnostics)
    annotation = validated.annotation
    if annotation is None:
        return result
    source = source_path(path, annotation)
    text, problems = read_story(source)
    if text is None:
        where = doc.position_of(("story", "source"))
        result.diagnostics.extend(
            Diagnostic("F301", p.message, shown, where.start, where.end,
                       hint=p.hint or "set 'source:' under 'story:' to the story's .txt file")
            for p in problems)
        return result
    story = AnchoredStory(shown, display_path(source), annotation, text)
    checker = _Checker(doc, validated, StoryText(text, str(story.source_path)), story,
                       suggestions=suggestions)
    result.diagnostics.extend(checker.run())
    result.story = story
    result.diagnostics.sort(key=Diagnostic.sort_key)
    return result


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Annotation files under ``paths`` (files are taken as given), sorted, no duplicates."""
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
                found.extend(Path(root) / f for f in files if f.endswith(ANNOTATION_SUFFIXES))
            candidates = sorted(found)
        else:
            candidates = [path]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


@dataclass(frozen=True)
class AnchorRef:
    """One anchor of a file: which item it belongs to and where its ``text`` node is."""

    section: str
    item_id: str
    path: YamlPath
    anchor: Anchor
    allow_all: bool = False


def iter_anchors(validated: Validated) -> Iterator[AnchorRef]:
    """Every anchor of a validated file, in file order (shared by ``check`` and ``fix``)."""
    annotation = validated.annotation
    if annotation is None:
        return
    for i, quote in enumerate(annotation.quotes):
        yield AnchorRef("quotes", quote.id, validated.path("quotes", i, "text"), quote.anchor())
    for i, note in enumerate(annotation.notes):
        yield AnchorRef("notes", note.id, validated.path("notes", i, "anchor", "text"),
                        note.anchor)
    for i, question in enumerate(annotation.questions):
        questions_path = validated.path("questions", i)
        yield from (AnchorRef("questions", question.id, (*questions_path, "anchors", j, "text"),
                              anchor) for j, anchor in enumerate(question.anchors))
    for i, warning in enumerate(annotation.content_warnings):
        warning_path = validated.path("content_warnings", i)
        yield from (AnchorRef("content_warnings", warning.id, (*warning_path, "mask", j, "text"),
                              span, allow_all=True) for j, span in enumerate(warning.mask))


class _Checker:
    """The semantic checks; each adds diagnostics located at the YAML node at fault."""

    def __init__(self, doc: YamlDocument, validated: Validated, text: StoryText,
                 story: AnchoredStory, *, suggestions: bool = True) -> None:
        self.doc, self.v, self.text, self.story = doc, validated, text, story
        self.suggestions = suggestions
        self.annotation = story.annotation
        self.out: list[Diagnostic] = []

    def run(self) -> list[Diagnostic]:
        self._ids()
        self._references()
        self._quotes()
        self._other_anchors()
        self._entities()
        self._masked_ids()
        return self.out

    def _masked_ids(self) -> None:
        """Ids end up in links and addresses, where no mask can hide a word."""
        words = {fold(self.text.text[m.start:m.end]).casefold()
                 for ms in self.story.masks.values() for m in ms}
        words = {w for w in words if w.strip()}
        if not words:
            return
        for section in ("entities", "quotes", "notes", "questions", "content_warnings"):
            for i, item in enumerate(getattr(self.annotation, section)):
                parts = set(item.id.split("-"))
                if any(w in parts or f"-{w}-" in f"-{item.id}-" for w in words):
                    self._emit("S207", f"id '{item.id}' contains a word masked under a "
                               "content warning", self.v.path(section, i, "id"),
                               hint="ids appear in links and in the browser's address bar, "
                               "where the word cannot be masked: rename it")

    # -- helpers -----------------------------------------------------------------------
    def _emit(self, code: str, message: str, where: YamlPath, *, key: bool = False,
              hint: str | None = None, related: list[str] | None = None) -> None:
        span = self.doc.position_of(where, key=key)
        self.out.append(Diagnostic(code, message, self.doc.path, span.start, span.end,
                                   hint=hint, related=related or []))

    def _anchor(self, anchor: Anchor, where: YamlPath, *, allow_all: bool = False
                ) -> list[Match]:
        resolution = resolve(anchor, self.text, allow_all=allow_all)
        for problem in resolution.problems:
            self._problem(problem, where)
        return resolution.matches

    def _problem(self, problem: Problem, where: YamlPath) -> None:
        self._emit(problem.code, problem.message, where, hint=problem.hint,
                   related=problem.related)

    # -- checks ------------------------------------------------------------------------
    def _ids(self) -> None:
        first: dict[str, YamlPath] = {}
        for section in ("entities", "quotes", "notes", "questions", "content_warnings"):
            for i, item in enumerate(getattr(self.annotation, section)):
                where = self.v.path(section, i, "id")
                if item.id in first:
                    line = self.doc.position_of(first[item.id]).start.line
                    self._emit("S205", f"duplicate id '{item.id}' (first used at line {line})",
                               where, hint="every id in a file must be unique")
                else:
                    first[item.id] = where

    def _references(self) -> None:
        known = [e.id for e in self.annotation.entities]
        for i, quote in enumerate(self.annotation.quotes):
            if quote.speaker not in known:
                close = difflib.get_close_matches(quote.speaker, known, n=1)
                self._emit("S206", f"speaker '{quote.speaker}' is not an entity id",
                           self.v.path("quotes", i, "speaker"),
                           hint=f"did you mean '{close[0]}'?" if close
                           else "add the speaker under 'entities:' first")

    def _quotes(self) -> None:
        regions = quoted_regions(self.text.text)
        for i, quote in enumerate(self.annotation.quotes):
            where = self.v.path("quotes", i, "text")
            matches = self._anchor(quote.anchor(), where)
            if len(matches) != 1:
                continue
            self.story.quotes[quote.id] = match = matches[0]
            inside = _inside(match, regions)
            if quote.kind in ("direct", "partial") and not inside:
                self._emit("Q601", f"{quote.kind} quote is not inside quotation marks in the "
                           "story", where, hint="if the story paraphrases, use kind: indirect; "
                           "a tweet or statement is kind: written")
            elif quote.kind == "indirect" and inside:
                self._emit("Q602", "indirect quote is inside quotation marks in the story",
                           where, hint="quoted words are kind: direct or partial")

    def _other_anchors(self) -> None:
        for ref in iter_anchors(self.v):
            if ref.section == "quotes":
                continue
            matches = self._anchor(ref.anchor, ref.path, allow_all=ref.allow_all)
            if ref.section == "notes" and len(matches) == 1:
                self.story.notes[ref.item_id] = matches[0]
                self._correction_applied(ref.item_id, matches[0])
            elif ref.section == "questions":
                self.story.questions.setdefault(ref.item_id, []).extend(matches)
            elif ref.section == "content_warnings":
                spans = self.story.masks.setdefault(ref.item_id, [])
                spans.extend(m for m in matches if m not in spans)
                spans.sort(key=lambda m: m.start)

    def _correction_applied(self, note_id: str, match: Match) -> None:
        """A correction whose passage already says what it should: the story was fixed."""
        for i, note in enumerate(self.annotation.notes):
            if note.id == note_id and note.kind == "correction":
                passage = self.text.text[match.start:match.end]
                if fold(passage) == fold(note.correct):
                    self._emit("A407", f"the passage '{shorten(passage)}' already reads as "
                               "the correction says it should", self.v.path("notes", i,
                                                                           "correct"),
                               hint="the story text was corrected: delete this note, or anchor "
                               "it to the words that are still wrong")
                return

    def _entities(self) -> None:
        finder = MentionFinder(self.annotation.entities)
        self.story.mentions = mentions = finder.find(self.text.text)
        index = {e.id: i for i, e in enumerate(self.annotation.entities)}
        used = {(m.form.entity, m.form.alias_index) for m in mentions}
        for kept, shadowed in finder.shared:
            places = [self._place(m.start) for m in mentions if m.form == kept]
            where = f" (at {', '.join(places[:3])}{' …' if len(places) > 3 else ''})" \
                if places else ""
            self._emit("N503", f"'{shadowed.form}' is also a form of '{kept.entity}'; its "
                       f"mentions{where} are counted for '{kept.entity}'",
                       self._form_path(index[shadowed.entity], shadowed.alias_index),
                       hint="use a longer, unambiguous alias (e.g. with a first name), or "
                       "restrict it to its places: {text: …, occurrence: N}", related=places)
        competing: dict[tuple[SurfaceForm, SurfaceForm], list[str]] = {}
        for kept, dropped in finder.competing:
            if kept.start <= dropped.start and dropped.end <= kept.end:
                continue  # a longer form containing it: "Shadow Home Secretary" wins, rightly
            competing.setdefault((dropped.form, kept.form), []).append(
                self._place(dropped.start))
        for (dropped, kept), places in competing.items():
            shown = ", ".join(places[:3]) + (f" and {len(places) - 3} more"
                                              if len(places) > 3 else "")
            self._emit("N503", f"'{dropped.form}' ({dropped.entity}) overlaps the longer "
                       f"'{kept.form}' ({kept.entity}) at {shown}; the longer one is kept "
                       "there", self._form_path(index[dropped.entity], dropped.alias_index),
                       hint="if that is right, nothing to do; otherwise restrict the form to "
                       "its places: {text: …, prefix: …} or {text: …, occurrence: N}",
                       related=places)
        counts = Counter(m.entity for m in mentions)
        for i, entity in enumerate(self.annotation.entities):
            if counts[entity.id] == 0:
                self._emit("N501", f"'{entity.name}' is never mentioned in the story",
                           self.v.path("entities", i, "name"),
                           hint="add the form the story uses under 'aliases:'")
                continue
            for j, alias in enumerate(entity.alias_texts()):
                shadowed = any(s.entity == entity.id and s.alias_index == j
                               for _, s in finder.shared)
                if (entity.id, j) not in used and not shadowed:
                    self._emit("N502", f"alias '{alias}' never matches the story text",
                               self.v.path("entities", i, "aliases", j),
                               hint="aliases match whole words, case-sensitively; a longer "
                               "form that contains this one takes precedence")
        dismissed = self.annotation.not_entities
        for i, name in enumerate(dismissed):
            if not re.search(rf"(?<!\w){re.escape(' '.join(name.split()))}(?!\w)",
                             " ".join(self.text.text.split())):
                self._emit("N505", f"'{name}' is listed under not_entities but is not in "
                           "the story", ("not_entities", i),
                           hint="remove it, or copy the word as the story spells it")
        for i, words in enumerate(self.annotation.not_quotes):
            if fold(words) not in fold(self.text.text):
                self._emit("Q604", f"'{shorten(words, 50)}' is listed under not_quotes but is "
                           "not in the story", ("not_quotes", i),
                           hint="remove it, or copy the words as the story spells them")
        if self.suggestions:
            self._suggestions()

    def _suggestions(self) -> None:
        """N504 and Q603: the names and quotes the suggestion engine finds that the file
        does not cover, each with what to paste."""
        from .suggest import suggest  # imported when hints are wanted: 0.1 s saved else
        from .suggest.render import entity_yaml, flow_item, quote_yaml

        found = suggest(self.text.text, self.annotation, mentions=self.story.mentions)
        taken = {q.id for q in self.annotation.quotes}
        for i, entity in enumerate(found.entities):
            line, column = self.text.lines.position(entity.start)
            times = f" ({entity.count}×)" if entity.count > 1 else ""
            aliases = f", aliases {', '.join(entity.aliases)}" if entity.aliases else ""
            role = f", role '{entity.role}'" if entity.role else ""
            self.out.append(Diagnostic(
                "N504", f"'{entity.name}'{times} looks like a name that no entity covers",
                self.story.source_path, Position(line, column),
                Position(line, column + len(entity.name)),
                hint=f"add it under 'entities:' if students should notice it (a guess: "
                f"{entity.type}, as {entity.evidence}{aliases}{role}): "
                f"{flow_item(entity_yaml(found, i))} — or list it under 'not_entities:'"))
        for i, quote in enumerate(found.quotes):
            line, column = self.text.lines.position(quote.start)
            who = f" by {quote.speaker_name}" if quote.speaker_name else ""
            end_line, end_column = self.text.lines.position(quote.end)
            self.out.append(Diagnostic(
                "Q603", f"“{shorten(quote.text, 50)}” is quoted{who} but no quote annotation "
                "covers it", self.story.source_path, Position(line, column),
                Position(end_line, end_column),
                hint=f"add it under 'quotes:' (a guess: {quote.kind}"
                f"{', speaker ' + (quote.speaker or '?') if quote.speaker_name else ''}, "
                f"from {quote.evidence}): {flow_item(quote_yaml(found, i, taken))} — or "
                "list its words under 'not_quotes:' if it reports no one's words"))

    def _place(self, offset: int) -> str:
        """'story.txt:LINE:COL' of an offset of the story text."""
        line, column = self.text.lines.position(offset)
        return f"{display_path(self.story.source_path)}:{line}:{column}"

    def _form_path(self, entity_index: int, alias_index: int | None) -> YamlPath:
        if alias_index is None:
            return self.v.path("entities", entity_index, "name")
        return self.v.path("entities", entity_index, "aliases", alias_index)


_QUOTED = re.compile(r'“[^”\n]*(?:”|$)|"[^"\n]*(?:"|$)', re.MULTILINE)


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Spans enclosed in quotation marks (curly pairs, or a pair of straight ones).

    Line by line: news style leaves a quote open at the end of a paragraph when it
    continues in the next, so an unclosed quote ends with its line. The paragraphs of a
    block quote after "… said:" count as quoted too (:mod:`annotate.blocks`), and so do the
    passages the suggestion engine reads as quoted (a quote over the broken lines of a
    hard-wrapped text, a curly mark closed by a straight one), so that a quote it suggests
    is never reported as unquoted.
    """
    from .blocks import block_quotes  # (a block quote is quoted, though unmarked)
    from .suggest.marks import passages

    return sorted({*(m.span() for m in _QUOTED.finditer(text)),
                   *((b.start, b.end) for b in block_quotes(text)),
                   *((p.open, p.close + 1) for p in passages(text) if p.closed)})


def _inside(match: Match, regions: list[tuple[int, int]]) -> bool:
    return any(start <= match.start and match.end <= end for start, end in regions)
