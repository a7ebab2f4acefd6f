"""Pluggable output for diagnostics: text (rich), concise, json and github.

A reporter receives every file's diagnostics and the file count, and writes them
in one go; adding a format is adding a function to :data:`REPORTERS`.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .diagnostics import Diagnostic, Severity
from .text import show_invisible

Reporter = Callable[[Sequence[Diagnostic], int, TextIO], None]
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.HINT: "cyan"}


def summary(diagnostics: Sequence[Diagnostic], files: int) -> str:
    """'2 errors, 1 warning in 3 files' (or 'no problems in 3 files')."""
    counts = Counter(d.severity for d in diagnostics)
    parts = [f"{counts[s]} {s.value}{'' if counts[s] == 1 else 's'}"
             for s in Severity if counts[s]]
    files_word = f"{files} file{'' if files == 1 else 's'}"
    return f"{', '.join(parts)} in {files_word}" if parts else f"no problems in {files_word}"


def _headline(d: Diagnostic) -> str:
    tail = "" if d.is_error else f" [{d.severity.value}]"  # type: ignore[union-attr]
    return f"{d.path}:{d.start.line}:{d.start.column}: {d.code} {d.message}{tail}"


class _Lines:
    """Reads each file once, for showing source lines under diagnostics."""

    def __init__(self) -> None:
        self._cache: dict[Path, list[str] | None] = {}

    def get(self, path: Path, line: int) -> str | None:
        if path not in self._cache:
            try:
                self._cache[path] = path.read_text(encoding="utf-8-sig").split("\n")
            except (OSError, UnicodeDecodeError):
                self._cache[path] = None
        lines = self._cache[path]
        if lines is None or not 1 <= line <= len(lines):
            return None
        return lines[line - 1].rstrip("\r")


def _window(line: str, column: int, width: int, limit: int = 100) -> tuple[str, int, int]:
    """Cut long lines (story paragraphs) to ``limit`` chars around the column."""
    if len(line) <= limit:
        return line, column, width
    start = max(0, column - 1 - limit // 3)
    piece = line[start:start + limit]
    prefix = "…" if start else ""
    return prefix + piece + ("…" if start + limit < len(line) else ""), \
        column - start + len(prefix), min(width, limit - (column - 1 - start))


Segments = list[tuple[str, str | None]]  # one output line: (text, rich style or None)


def _text_lines(diagnostics: Sequence[Diagnostic], files: int) -> Iterator[Segments]:
    """The full format's lines: headline, the source line with a caret under the span,
    hint, related notes; then the summary."""
    lines = _Lines()
    for d in diagnostics:
        style = _STYLE[d.severity]  # type: ignore[index]
        head, _, rest = _headline(d).partition(f" {d.code} ")
        yield [(head + " ", "bold"), (d.code, f"bold {style}"), (" " + rest, "bold")]
        source = lines.get(d.path, d.start.line)
        if source is not None:
            width = (d.end.column - d.start.column
                     if d.end and d.end.line == d.start.line else 1)
            shown, column, width = _window(source, d.start.column, max(1, width))
            gutter = f"{d.start.line:>5} | "
            yield [(gutter, "dim"), (show_invisible(shown), None)]
            yield [(" " * (len(gutter) + column - 1), None), ("^" * width, style)]
        if d.hint:
            yield [("  ", None), ("hint:", "green"), (f" {d.hint}", None)]
        for line in d.related:
            yield [("  ", None), ("note:", "dim"), (f" {line}", None)]
    yield [(summary(diagnostics, files), None)]


def _colour(out: TextIO) -> bool:
    """Whether to colour: a terminal (unless NO_COLOR or TERM=dumb), or FORCE_COLOR."""
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


def text_reporter(diagnostics: Sequence[Diagnostic], files: int, out: TextIO) -> None:
    """Full format: headline, the source line with a caret under the span, hint, related.

    Coloured by rich on a terminal; written as plain text otherwise (a hook's or CI's
    log), which spares importing rich (40 ms of a one-file check)."""
    if not _colour(out):
        for segments in _text_lines(diagnostics, files):
            out.write("".join(text for text, _ in segments) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=out, highlight=False, soft_wrap=True, emoji=False)
    for segments in _text_lines(diagnostics, files):
        console.print("".join(f"[{style}]{escape(text)}[/{style}]" if style else escape(text)
                              for text, style in segments))


def concise_reporter(diagnostics: Sequence[Diagnostic], files: int, out: TextIO) -> None:
    """One line a diagnostic, ``path:line:col: CODE message``, as ruff's concise output."""
    for d in diagnostics:
        out.write(_headline(d) + "\n")
    out.write(summary(diagnostics, files) + "\n")


def json_reporter(diagnostics: Sequence[Diagnostic], files: int, out: TextIO) -> None:
    """Machine-readable: a versioned object with a summary and every diagnostic."""
    counts = Counter(d.severity.value for d in diagnostics)  # type: ignore[union-attr]
    payload = {
        "version": 1,
        "files": files,
        "summary": {s.value: counts.get(s.value, 0) for s in Severity},
        "diagnostics": [d.to_dict() for d in diagnostics],
    }
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _gh_escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


_GH_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.HINT: "notice"}


def github_reporter(diagnostics: Sequence[Diagnostic], files: int, out: TextIO) -> None:
    """GitHub Actions workflow commands, so problems show on the pull request's diff."""
    for d in diagnostics:
        props = [f"file={_gh_escape(str(d.path), prop=True)}", f"line={d.start.line}",
                 f"col={d.start.column}"]
        if d.end:
            props += [f"endLine={d.end.line}", f"endColumn={d.end.column}"]
        props.append(f"title={_gh_escape(f'{d.code} {d.name}', prop=True)}")
        body = d.message + (f"\nhint: {d.hint}" if d.hint else "")
        body += "".join(f"\n{r}" for r in d.related)
        out.write(f"::{_GH_LEVEL[d.severity]} {','.join(props)}::{_gh_escape(body)}\n")  # type: ignore[index]
    out.write(summary(diagnostics, files) + "\n")


REPORTERS: dict[str, Reporter] = {
    "text": text_reporter,
    "concise": concise_reporter,
    "json": json_reporter,
    "github": github_reporter,
}
