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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .yamlload import YamlDocument, YamlPath, load_text


def quoted(value: str) -> str:
    """A double-quoted YAML scalar: valid whatever the words hold (quotes, colons, '#',
    line breaks, tabs)."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\t", "\\t"))
    return f'"{escaped}"'


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
            if style == ">":
                lines = _refold(body, value)
            else:  # the final line break is the header's chomping, not a line of its own
                lines = (value[:-1] if value.endswith("\n") else value).split("\n")
            candidates.append(header + newline + newline.join(
                indent + line if line else "" for line in lines))
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
    import textwrap

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


def unified_diff(path: Path, before: bytes, after: bytes) -> Iterator[str]:
    """What a ``--dry-run`` prints: the change to ``path`` as a unified diff."""
    import difflib

    return difflib.unified_diff(before.decode("utf-8-sig").splitlines(keepends=True),
                                after.decode("utf-8-sig").splitlines(keepends=True),
                                f"a/{path}", f"b/{path}")


def write_atomic(path: Path, data: bytes, *, expected: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, unless it changed since it was read.

    The new content goes to a temporary file in the same directory (same file
    system), is flushed and fsynced, takes the original's permission bits, and then
    replaces the original with ``os.replace`` — so a crash at any point leaves either
    the old file or the new one, never a mix.
    """
    import tempfile  # (imported here: a check that writes nothing need not load it)

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


def append_items(doc: YamlDocument, key: str, blocks: Sequence[str]) -> str:
    """Return the text with ``blocks`` appended to the top-level block list ``key``.

    Each block is one list item as YAML text starting with ``- `` at column 0 (comment
    lines may come first).  The items go right after the list's last item, indented
    like its other items; a missing or empty list is written anew.  Every other
    character of the file is kept, and the result must load back to the old data with
    only the new items added, or :class:`EditError` is raised.
    """
    text = doc.text
    newline = "\r\n" if "\r\n" in text else "\n"
    if not isinstance(doc.data, dict):
        raise EditError("the file does not hold a mapping")
    current = doc.data.get(key)
    where = doc.locations.get((key,))
    if current not in (None, "") and not isinstance(current, list):
        raise EditError(f"'{key}' is not a list")
    if current:  # a non-empty list: after its last item
        assert where is not None
        if where.value.start_index < len(text) and text[where.value.start_index] == "[":
            raise EditError(f"'{key}' is written as a [flow] list: write it as a block list "
                            "(one '- ' item per line) to import into it")
        first = doc.locations[(key, 0)].value
        line_start = text.rfind("\n", 0, first.start_index) + 1
        indent = text[line_start:first.start_index]
        dash = indent.rstrip().rfind("-")
        indent = " " * max(dash, 0)
        prefix = (key, len(current) - 1)
        # Scalars end where their text ends; a collection's end mark is the next token,
        # which may lie past comments that belong to the next section.
        end = max(loc.value.end_index for path, loc in doc.locations.items()
                  if path[:2] == prefix and loc.is_scalar)
        insert = _indent_blocks(blocks, indent, newline)
        # Right after the item's last line of content, so a blank line that separates
        # the list from the next section stays where it is -- unless those blank lines
        # are content (a `|+` block scalar keeps them), which the check below catches.
        for at in (_line_end(text, len(text[:end].rstrip())), _line_end(text, end - 1)):
            lead = newline if at == len(text) and text and not text.endswith("\n") else ""
            try:
                return _verified(doc, text[:at] + lead + insert + text[at:], key, blocks)
            except EditError:
                continue
        raise EditError(f"cannot append to '{key}' without changing its last item")
    elif where is not None:  # `key:` with nothing, or `key: []`: replace the empty value
        # Drop the `[]` (if any), keep the rest of the key's line (a comment), add below.
        head, tail = text[:where.value.start_index], text[where.value.end_index:]
        if tail[:1] in ("\r", "\n", ""):
            head = head.rstrip(" ")
        text = head + tail
        at = _line_end(text, len(head))
        insert = _indent_blocks(blocks, "  ", newline)
        if at == len(text) and not text.endswith("\n"):
            insert = newline + insert
    else:  # no such key: a new section at the end
        at = len(text)
        sep = "" if not text or text.endswith("\n") else newline
        insert = f"{sep}{newline if text else ''}{key}:{newline}" + \
            _indent_blocks(blocks, "  ", newline)
    return _verified(doc, text[:at] + insert + text[at:], key, blocks)


def _line_end(text: str, index: int) -> int:
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def _item_end(doc: YamlDocument, prefix: YamlPath) -> int:
    """Where the line after the last line of content of the node at ``prefix`` starts
    (a block scalar's end mark lies past its trailing line breaks: they are not kept)."""
    text = doc.text
    last = max(loc.value.end_index for path, loc in doc.locations.items()
               if path[:len(prefix)] == prefix and loc.is_scalar)
    return _line_end(text, len(text[:last].rstrip()))


def _indent_blocks(blocks: Sequence[str], indent: str, newline: str) -> str:
    lines = [indent + line if line else line
             for block in blocks for line in block.rstrip("\n").split("\n")]
    return newline.join(lines) + newline


def _verified(doc: YamlDocument, candidate: str, key: str, blocks: Sequence[str]) -> str:
    check = load_text(candidate, doc.path)
    added = load_text(f"{key}:\n" + _indent_blocks(blocks, "  ", "\n"), doc.path)
    expected = dict(doc.data)
    expected[key] = [*(doc.data.get(key) or []), *((added.data or {}).get(key) or [])]
    if check.diagnostics or added.diagnostics or check.data != expected:
        raise EditError(f"appending to '{key}' would not keep the rest of the file as it is")
    return candidate


def remove_item(doc: YamlDocument, key: str, index: int) -> str:
    """Return the text without item ``index`` of the top-level block list ``key``.

    The item's lines go, from its ``- `` to the line before the next item (or to its
    last line of content for the last item); comment lines above it stay. A list left
    empty is written ``key: []``. Every other character is kept, and the result must
    load back to the old data without that item, or :class:`EditError` is raised.
    """
    text = doc.text
    current = doc.data.get(key) if isinstance(doc.data, dict) else None
    if not isinstance(current, list) or not 0 <= index < len(current):
        raise EditError(f"'{key}' has no item {index + 1}")
    where = doc.locations[(key,)]
    if where.value.start_index < len(text) and text[where.value.start_index] == "[":
        raise EditError(f"'{key}' is written as a [flow] list: remove the item by hand")
    item = doc.locations[(key, index)].value
    start = text.rfind("\n", 0, item.start_index) + 1  # the line of its "- "
    if index + 1 < len(current):
        following = doc.locations[(key, index + 1)].value
        end = text.rfind("\n", 0, following.start_index) + 1
        # comment lines right above the next item belong to it
        while True:
            previous = text.rfind("\n", 0, end - 1) + 1
            if previous < start or not text[previous:end].lstrip().startswith("#"):
                break
            end = previous
    else:
        end = _item_end(doc, (key, index))
    candidate = text[:start] + text[end:]
    if len(current) == 1:  # the list is empty now: `key: []`, a comment on its line kept
        key_span = where.key
        assert key_span is not None
        line_start = text.rfind("\n", 0, key_span.start_index) + 1
        line_end = text.find("\n", key_span.end_index)
        line = text[line_start:line_end]
        comment = line[line.find("#"):] if "#" in line else ""
        new_line = text[line_start:key_span.end_index] + ": []" + \
            (" " + comment if comment else "")
        candidate = candidate[:line_start] + new_line + candidate[line_end:]
    check = load_text(candidate, doc.path)
    expected = dict(doc.data)
    expected[key] = [x for i, x in enumerate(current) if i != index]
    if check.diagnostics or check.data != expected:
        raise EditError(f"removing item {index + 1} of '{key}' would change more than it")
    return candidate


def add_alias(doc: YamlDocument, entity_index: int, alias: str) -> str:
    """Return the text with ``alias`` (a double-quoted scalar) added to the aliases of
    entity ``entity_index``: after the last item of a block list, before the ``]`` of a
    flow list, or as a new ``aliases: [...]`` line after the entity's ``name``. Every
    other character is kept, and the result must load back to the old data with only the
    alias added, or :class:`EditError` is raised.
    """
    text = doc.text
    newline = "\r\n" if "\r\n" in text else "\n"
    entities = doc.data.get("entities") if isinstance(doc.data, dict) else None
    if not isinstance(entities, list) or not 0 <= entity_index < len(entities) or \
            not isinstance(entities[entity_index], dict):
        raise EditError(f"there is no entity {entity_index + 1}")
    entity = entities[entity_index]
    scalar = '"' + alias.replace("\\", "\\\\").replace('"', '\\"') + '"'
    aliases = entity.get("aliases")
    path = ("entities", entity_index, "aliases")
    if aliases:
        where = doc.locations[path].value
        if text[where.start_index] == "[":  # flow: before the closing bracket
            close = text.rfind("]", where.start_index, where.end_index)
            candidate = text[:close].rstrip() + f", {scalar}" + text[close:]
        else:  # block: a new "- " line after the last item, indented like the first
            first = doc.locations[(*path, 0)].value
            line_start = text.rfind("\n", 0, first.start_index) + 1
            indent = text[line_start:first.start_index]
            at = _item_end(doc, (*path, len(aliases) - 1))
            lead = newline if at == len(text) and not text.endswith("\n") else ""
            candidate = text[:at] + lead + indent + scalar + newline + text[at:]
    else:
        name = doc.locations.get(("entities", entity_index, "name"))
        if name is None or name.key is None:
            raise EditError("the entity has no name line to put the aliases after")
        line_start = text.rfind("\n", 0, name.key.start_index) + 1
        indent = text[line_start:name.key.start_index]
        at = _line_end(text, name.value.end_index)
        lead = newline if at == len(text) and not text.endswith("\n") else ""
        candidate = text[:at] + lead + f"{indent}aliases: [{scalar}]{newline}" + text[at:]
    check = load_text(candidate, doc.path)
    expected = json.loads(json.dumps(doc.data))
    expected["entities"][entity_index]["aliases"] = [*(aliases or []), alias]
    if check.diagnostics or check.data != expected:
        raise EditError("adding the alias would change more than the entity's aliases")
    return candidate


def add_anchor(doc: YamlDocument, path: YamlPath, lines: Sequence[str]) -> str:
    """Return the text with one more anchor in the list at ``path`` (a content warning's
    ``mask`` or a question's ``anchors``): ``lines`` are its ``key: value`` lines
    (``text: "…"`` first). It goes after the last item of a block list, before the ``]``
    of a flow list, or under a new ``key:`` after the item's last line. Every other
    character is kept; the result must load back to the old data with only that anchor
    added, or :class:`EditError` is raised.
    """
    text = doc.text
    newline = "\r\n" if "\r\n" in text else "\n"
    *owner, key = path
    parent: Any = doc.data
    for part in owner:
        parent = parent[part]
    if not isinstance(parent, dict):
        raise EditError("that item is not a mapping")
    current = parent.get(key)
    added = load_text("x:\n" + "".join(f"  {'- ' if i == 0 else '  '}{line}\n"
                                       for i, line in enumerate(lines)), doc.path)
    if added.diagnostics or not isinstance(added.data, dict):
        raise EditError("the anchor is not valid YAML")
    new_item = added.data["x"][0]
    if current:
        where = doc.locations[path].value
        if text[where.start_index] == "[":
            close = text.rfind("]", where.start_index, where.end_index)
            flow = "{" + ", ".join(lines) + "}"
            candidate = text[:close].rstrip() + f", {flow}" + text[close:]
        else:
            first = doc.locations[(*path, 0)].value
            line_start = text.rfind("\n", 0, first.start_index) + 1
            dash = text[line_start:first.start_index]
            indent = " " * len(dash)
            at = _item_end(doc, (*path, len(current) - 1))
            block = dash + lines[0] + newline + "".join(indent + line + newline
                                                       for line in lines[1:])
            lead = newline if at == len(text) and not text.endswith("\n") else ""
            candidate = text[:at] + lead + block + text[at:]
    else:
        keys = [p for p in doc.locations if len(p) == len(owner) + 1
                and p[:len(owner)] == tuple(owner)]
        spans = [doc.locations[p] for p in keys if doc.locations[p].key is not None]
        if not spans:
            raise EditError("that item has no key to line the new one up with")
        key_start = spans[0].key.start_index  # type: ignore[union-attr]
        indent = " " * (key_start - text.rfind("\n", 0, key_start) - 1)  # "- id:" → its column
        at = _item_end(doc, tuple(owner))
        block = f"{indent}{key}:{newline}{indent}  - {lines[0]}{newline}" + \
            "".join(f"{indent}    {line}{newline}" for line in lines[1:])
        lead = newline if at == len(text) and not text.endswith("\n") else ""
        candidate = text[:at] + lead + block + text[at:]
    check = load_text(candidate, doc.path)
    expected = json.loads(json.dumps(doc.data))
    target = expected
    for part in owner:
        target = target[part]
    target[key] = [*(current or []), new_item]
    if check.diagnostics or check.data != expected:
        raise EditError(f"adding the anchor would change more than '{key}'")
    return candidate


def set_fields(doc: YamlDocument, owner: YamlPath, values: dict[str, str | None]) -> str:
    """Return the text with the string fields of the mapping at ``owner`` set to
    ``values`` (``None`` removes the key).

    A key that is there keeps its line and its scalar style where the new value allows
    (:func:`apply_edits`); a new key goes on a new ``key: "…"`` line after the item's
    last line, lined up with its other keys; a removed key loses exactly its lines. The
    first key of a ``- key:`` item cannot be removed. Every other character is kept and
    the result must load back to the old data with only those fields changed, or
    :class:`EditError` is raised.
    """
    item: Any = doc.data
    for part in owner:
        item = item[part]
    if not isinstance(item, dict):
        raise EditError("that item is not a mapping")
    where = doc.locations[owner].value
    if doc.text[where.start_index] == "{":
        raise EditError("that item is written as a {flow} mapping: edit it by hand")
    changes = {k: v for k, v in values.items() if item.get(k) != v}
    for key in changes:
        if key in item and not isinstance(item[key], str | int | float | bool | None):
            raise EditError(f"'{key}' is not a single value: edit it by hand")
    expected = json.loads(json.dumps(doc.data))
    target = expected
    for part in owner:
        target = target[part]
    for key, value in changes.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value
    text = doc.text
    newline = "\r\n" if "\r\n" in text else "\n"
    # 1. values of keys that stay, in place
    replaced = [ScalarEdit((*owner, k), v) for k, v in changes.items()
                if v is not None and k in item]
    if replaced:
        text = apply_edits(doc, replaced)
        doc = load_text(text, doc.path)
    # 2. keys that go, from the last one up
    gone = [k for k, v in changes.items() if v is None and k in item]
    for key in sorted(gone, key=lambda k: doc.locations[(*owner, k)].value.start_index,
                      reverse=True):
        place = doc.locations[(*owner, key)]
        assert place.key is not None
        line_start = text.rfind("\n", 0, place.key.start_index) + 1
        if text[line_start:place.key.start_index].strip():
            raise EditError(f"'{key}' shares its line with the item's dash: edit it by hand")
        end = _item_end(doc, (*owner, key)) if place.is_scalar else \
            _line_end(text, place.value.end_index)
        text = text[:line_start] + text[end:]
        doc = load_text(text, doc.path)
    # 3. new keys, after the item's last line
    new = [(k, v) for k, v in changes.items() if v is not None and k not in item]
    if new:
        keys = [loc.key for p, loc in doc.locations.items()
                if len(p) == len(owner) + 1 and p[:len(owner)] == owner and loc.key]
        if not keys:
            raise EditError("that item has no key to line the new one up with")
        column = keys[0].start_index - text.rfind("\n", 0, keys[0].start_index) - 1
        at = _item_end(doc, owner)
        lead = newline if at == len(text) and not text.endswith("\n") else ""
        block = "".join(f"{' ' * column}{k}: {quoted(str(v))}{newline}" for k, v in new)
        text = text[:at] + lead + block + text[at:]
    check = load_text(text, doc.path)
    if check.diagnostics or check.data != expected:
        raise EditError("the change would alter more than the item's fields")
    return text
