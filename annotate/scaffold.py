"""``annotate new``: from a pasted story to a chapter that builds, in one command.

It copies the text byte for byte into ``sources/``, writes a starter annotation file
(schema modeline, metadata, and the names and quotes :mod:`annotate.suggest` finds
in the text as commented-out suggestions, so the file is valid from the start and
nothing is asserted that the instructor has not checked), adds the book page and its
``_toc.yml`` entry. It never overwrites: every target is checked before anything is
written, files are created exclusively, and if a later step fails the files it created
are removed again.
``_toc.yml`` is edited with ruamel.yaml's round-trip mode, so its comments and layout
survive.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .diagnostics import Diagnostic
from .models import ID_RULE
from .suggest import suggest
from .suggest.render import entity_yaml, quote_yaml
from .yamledit import quoted, write_atomic
from .yamlload import decode

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
class ScaffoldError(Exception):
    """Why nothing was created; ``hint`` says what to do instead."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


@dataclass
class Created:
    """What ``annotate new`` wrote."""

    text: Path
    annotation: Path
    page: Path
    toc: Path
    suggestions: list[tuple[str, int]] = field(default_factory=list)
    quote_suggestions: int = 0


def starter_annotation(slug: str, text: str, *, headline: str, outlet: str, date: str,
                       url: str | None = None) -> tuple[str, list[tuple[str, int]], int]:
    """The starter YAML for a story, the names it suggests (name, count) and how many
    quotes it suggests. Every suggestion is a comment: nothing is asserted until the
    instructor has checked it and uncommented it."""
    found = suggest(text)
    lines = [
        "# yaml-language-server: $schema=../schema/annotation.schema.json",
        "#",
        f"# Annotations for sources/{slug}.txt. Run 'annotate check' after every edit.",
        "",
        "story:",
        f"  headline: {quoted(headline)}",
        f"  outlet: {quoted(outlet)}",
        f'  date: "{date}"',
    ]
    if url:
        lines.append(f"  url: {quoted(url)}")
    lines += ["", "entities: []"]
    if found.entities:
        lines += [
            "  # Suggested by 'annotate new': the names found in the text, in order. For each",
            "  # one students should notice: move it above (replace '[]'), uncomment it, check",
            "  # its type and write a description.",
        ]
        for i in range(len(found.entities)):
            lines += [_comment(line) for line in entity_yaml(found, i)] + ["  #"]
        lines.pop()
    lines += ["", "quotes: []"]
    if found.quotes:
        lines += [
            "  # Suggested by 'annotate new': the passages in quotation marks (or set as a",
            "  # block after '… said:') that report someone's words, with a guess at their kind",
            "  # and speaker (the speaker's id must be an entity above). Uncomment the ones to",
            "  # keep, as for the names.",
        ]
        taken: set[str] = set()
        for i in range(len(found.quotes)):
            lines += [_comment(line) for line in quote_yaml(found, i, taken)] + ["  #"]
        lines.pop()
    lines += ["", "notes: []", "", "questions: []", "",
              "# Capitalised words 'annotate check' suggests that are not names students",
              "# should notice (e.g. [English, Afghan]): their hints stop."]
    if found.not_entities:
        shown = ", ".join(quoted(w) for w in found.not_entities)
        lines += [f"# Found in this story: [{shown}]"]
    lines += ["not_entities: []", "",
              "# Passages in quotation marks that report no one's words (scare quotes, titles,",
              "# nicknames): 'annotate check' stops suggesting them as quotes.",
              "not_quotes: []", ""]
    names = [(e.name, e.count) for e in found.entities]
    return "\n".join(lines), names, len(found.quotes)


def _comment(line: str) -> str:
    """'  - id: x' → '  # - id: x', '    name: y' → '  #   name: y': uncommenting is
    removing '# ' after the list's indentation."""
    return "  # " + line[2:]


def add_to_toc(toc: Path, page: str) -> None:
    """Append ``- file: <page>`` to the "Stories" part (or the first part) of ``_toc.yml``."""
    original = toc.read_bytes()
    yaml = YAML()  # round-trip: comments, order and quoting survive
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = yaml.load(original)
    if not isinstance(data, CommentedMap):
        raise ScaffoldError(f"{toc} is not a table of contents (a mapping)")
    chapters = _chapters(data)
    if chapters is None:
        raise ScaffoldError(f"{toc} has no 'parts' or 'chapters' list to add the page to",
                            hint=f"add '- file: {page}' to it by hand")
    if any(isinstance(c, dict) and c.get("file") == page for c in chapters):
        raise ScaffoldError(f"{toc} already lists {page}")
    entry = CommentedMap()
    entry["file"] = page
    chapters.append(entry)
    out = io.StringIO()
    yaml.dump(data, out)
    write_atomic(toc, out.getvalue().encode("utf-8"), expected=original)


def _chapters(data: CommentedMap) -> CommentedSeq | None:
    parts = data.get("parts")
    if isinstance(parts, list) and parts:
        stories = [p for p in parts if isinstance(p, dict)
                   and str(p.get("caption", "")).casefold() == "stories"]
        part = (stories or parts)[0]
        if isinstance(part, dict):
            if part.get("chapters") is None:
                part["chapters"] = CommentedSeq()
            return part["chapters"] if isinstance(part["chapters"], list) else None
    chapters = data.get("chapters")
    if chapters is None and "parts" not in data:
        data["chapters"] = chapters = CommentedSeq()
    return chapters if isinstance(chapters, list) else None


def create_story(root: Path, slug: str, source: Path, *, headline: str, outlet: str,
                 date: str, url: str | None = None) -> Created:
    """Create the story's files under the project ``root``.

    Raises :class:`ScaffoldError` when it refuses (nothing is written) and
    :class:`TextProblem` when the text is not UTF-8.
    """
    if not _SLUG.match(slug):
        raise ScaffoldError(f"'{slug}' is not a valid slug", hint=ID_RULE.replace("ids", "slugs"))
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        raise ScaffoldError(f"date '{date}' is not YYYY-MM-DD", hint="e.g. --date 2018-05-09")
    toc = root / "_toc.yml"
    if not toc.is_file():
        raise ScaffoldError(f"no _toc.yml in {root}", hint="run it from the project folder")
    raw = source.read_bytes()
    text, _bom, problems = decode(source, raw)
    if text is None:
        raise TextProblem(problems)
    targets = Created(root / "sources" / f"{slug}.txt", root / "sources" / f"{slug}.yml",
                      root / "book" / f"{slug}.md", toc)
    existing = [p for p in (targets.text, targets.annotation, targets.page) if p.exists()]
    if existing:
        raise ScaffoldError("refusing to overwrite " + ", ".join(map(str, existing)),
                            hint="choose another slug, or remove the old files first")
    annotation, targets.suggestions, targets.quote_suggestions = starter_annotation(
        slug, text, headline=headline, outlet=outlet, date=date, url=url)
    page = f"```{{annotated-story}} ../sources/{slug}.yml\n```\n"
    created: list[Path] = []
    try:
        for path, data in ((targets.text, raw), (targets.annotation, annotation.encode()),
                           (targets.page, page.encode())):
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("xb") as handle:  # exclusive: never replaces a file
                created.append(path)
                handle.write(data)
        add_to_toc(toc, f"book/{slug}")
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        raise
    return targets


class TextProblem(Exception):
    """The story text cannot be read as UTF-8; ``diagnostics`` say where."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics
