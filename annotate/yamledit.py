"""Surgical edits of YAML scalars: change one value, keep every other byte.

A round-trip library (ruamel.yaml) re-emits the whole document: it keeps comments
and key order but may re-indent, re-wrap, change quoting, drop a BOM or CRLF line
endings.  An instructor's file must come back byte-for-byte except the fixed
anchor, so instead we replace only the characters of one scalar node — located by
the loader's marks — with a new scalar in the same style where that is safe, and
prove each edit by re-loading the result and comparing the data.
"""

from __future__ import annotations

import json
import os
import tempfile
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .yamlload import YamlDocument, YamlPath, load_text


@dataclass(frozen=True)
class ScalarEdit:
    """Set the string at ``path`` to ``value``."""

    path: YamlPath
    value: str


class EditError(Exception):
    """An edit could not be rendered safely; nothing was changed."""


def _set(data: Any, path: YamlPath, value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _block_indent(text: str, start: int) -> str:
    """Indentation of the first content line of a block scalar starting at ``start``."""
    newline = text.find("\n", start)
    line_end = text.find("\n", newline + 1)
    line = text[newline + 1: line_end if line_end >= 0 else len(text)]
    return line[: len(line) - len(line.lstrip(" "))]


def _renderings(doc: YamlDocument, path: YamlPath, value: str, newline: str) -> list[str]:
    """Candidate scalar texts for ``value``, the original style first."""
    where = doc.locations[path]
    style = where.style
    candidates: list[str] = []
    if style is None and "\n" not in value and value.strip() == value:
        candidates.append(value)
    if style == "'" and "\n" not in value:
        candidates.append("'" + value.replace("'", "''") + "'")
    if style in (">", "|"):
        original = doc.text[where.value.start_index:where.value.end_index]
        header = original.split("\n", 1)[0].rstrip("\r")
        indent = _block_indent(doc.text, where.value.start_index)
        if indent:
            body = [line.strip() for line in original.split("\n")[1:] if line.strip()]
            lines = _refold(body, value) if style == ">" else value.split("\n")
            candidates.append(header + newline + newline.join(indent + line for line in lines))
    candidates.append(json.dumps(value, ensure_ascii=False))
    return candidates


def _refold(original_lines: list[str], value: str) -> list[str]:
    """Lines for a folded scalar: the original line breaks if the word count is unchanged
    (a typographic fix), otherwise re-wrapped to the original's longest line."""
    words = value.split(" ")
    counts = [len(line.split(" ")) for line in original_lines]
    if sum(counts) == len(words) and "" not in words:
        lines, i = [], 0
        for count in counts:
            lines.append(" ".join(words[i:i + count]))
            i += count
        return lines
    width = max((len(line) for line in original_lines), default=80)
    return textwrap.wrap(value, width, break_long_words=False, break_on_hyphens=False) or [""]


def apply_edits(doc: YamlDocument, edits: Sequence[ScalarEdit]) -> str:
    """Return the document text with ``edits`` applied, every other character kept.

    Each edit tries the scalar's own style and falls back to double quotes; a
    rendering is accepted only if re-loading the edited text gives exactly the
    expected data.  Raises :class:`EditError` if no rendering works.
    """
    text = doc.text
    newline = "\r\n" if "\r\n" in text else "\n"
    expected = json.loads(json.dumps(doc.data))
    for edit in edits:
        _set(expected, edit.path, edit.value)
    # Apply from the end of the file backwards so earlier offsets stay valid.
    for edit in sorted(edits, key=lambda e: doc.locations[e.path].value.start_index,
                       reverse=True):
        where = doc.locations[edit.path].value
        segment = text[where.start_index:where.end_index]
        tail = segment[len(segment.rstrip()):]  # block scalars own their trailing newlines
        for rendering in _renderings(doc, edit.path, edit.value, newline):
            candidate = text[:where.start_index] + rendering + tail + text[where.end_index:]
            check = load_text(candidate, doc.path)
            if not check.diagnostics and _value_at(check.data, edit.path) == edit.value:
                text = candidate
                break
        else:
            raise EditError(f"cannot write a YAML scalar for {edit.value!r}")
    final = load_text(text, doc.path)
    if final.diagnostics or final.data != expected:
        raise EditError("the edited file does not load back to the expected data")
    return text


def _value_at(data: Any, path: YamlPath) -> Any:
    try:
        for part in path:
            data = data[part]
    except (KeyError, IndexError, TypeError):
        return None
    return data


def encode(doc: YamlDocument, text: str) -> bytes:
    """Text back to the file's bytes: UTF-8, with the BOM if the file had one."""
    return (b"\xef\xbb\xbf" if doc.has_bom else b"") + text.encode("utf-8")


def write_atomic(path: Path, data: bytes, *, expected: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, unless it changed since it was read.

    The new content goes to a temporary file in the same directory (same file
    system), is flushed and fsynced, takes the original's permission bits, and then
    replaces the original with ``os.replace`` — so a crash at any point leaves either
    the old file or the new one, never a mix.
    """
    if path.read_bytes() != expected:
        raise EditError(f"{path} changed on disk since it was read; not overwritten")
    mode = path.stat().st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if path.read_bytes() != expected:
            raise EditError(f"{path} changed on disk since it was read; not overwritten")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
