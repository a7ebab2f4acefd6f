"""Add an annotation to a story's file as an instructor would type it, or refuse.

Every change is one item appended to a top-level list (``notes``, ``quotes``,
``entities``, ``content_warnings``) by :func:`annotate.yamledit.append_items`, which
keeps every other byte of the file and proves it by reloading. The new file is then
checked with the same code as ``annotate check`` and written only if it has no errors,
atomically, and only if the file on disk is still the one the page was built from (an
instructor may be editing it in an editor too). The bytes it replaced are kept, so the
last change can be undone exactly.

Values always go out double-quoted (any words of a story are safe in them); ids come
from the words and are unique in the file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..check import check_text
from ..diagnostics import Severity
from ..suggest import slug_id, unique_id
from ..yamledit import (
    EditError,
    add_alias,
    add_anchor,
    append_items,
    quoted,
    remove_item,
    set_fields,
    write_atomic,
)
from ..yamlload import load_text

#: The largest field an instructor can send from the panel (a note's body included).
MAX_FIELD = 20_000
_NOTE_KINDS = ("context", "definition", "media-literacy")
#: The sections whose items the panel can delete.
SECTIONS = ("notes", "quotes", "entities", "questions", "content_warnings")
_QUOTE_KINDS = ("direct", "partial", "indirect", "written")
_ENTITY_TYPES = ("person", "organisation", "group", "place", "event", "work", "other")


@dataclass(frozen=True)
class Editable:
    """A field the panel can change: its choices (if any) and whether it may be empty."""

    required: bool = True
    choices: tuple[str, ...] = ()


#: What "Edit" offers for each section; anchors, links and anything else stay with the
#: "open in editor" link.
EDITABLE: dict[str, dict[str, Editable]] = {
    "notes": {"kind": Editable(choices=_NOTE_KINDS), "title": Editable(),
              "body": Editable()},
    "quotes": {"kind": Editable(choices=_QUOTE_KINDS), "speaker": Editable(),
               "cue": Editable(required=False), "medium": Editable(required=False),
               "note": Editable(required=False)},
    "entities": {"name": Editable(), "type": Editable(choices=_ENTITY_TYPES),
                 "description": Editable(), "role": Editable(required=False)},
    "questions": {"kind": Editable(choices=("reading", "discussion")), "prompt": Editable(),
                  "hint": Editable(required=False), "answer": Editable(required=False)},
    "content_warnings": {"label": Editable(), "description": Editable(required=False)},
}


class Rejected(Exception):
    """Why nothing was written, in words for the panel."""

    def __init__(self, message: str, hint: str | None = None, *, stale: bool = False) -> None:
        super().__init__(message)
        self.hint = hint
        self.stale = stale


def digest(data: bytes) -> str:
    """What a page says it was built from: the annotation file's SHA-256."""
    return hashlib.sha256(data).hexdigest()


def _text(request: Mapping[str, Any], key: str, *, required: bool = True) -> str | None:
    value = request.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise Rejected(f"'{key}' is empty", f"fill in the {key} in the panel")
        return None
    if not isinstance(value, str):
        raise Rejected(f"'{key}' must be text")
    if len(value) > MAX_FIELD:
        raise Rejected(f"'{key}' is longer than {MAX_FIELD:,} characters")
    if "\x00" in value:
        raise Rejected(f"'{key}' holds a NUL character")
    return value


def _choice(request: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    value = _text(request, key)
    if value not in allowed:
        raise Rejected(f"'{key}' must be one of {', '.join(allowed)}, not {value!r}")
    return value  # type: ignore[return-value]


def _unique_id(words: str, taken: set[str]) -> str:
    return unique_id(slug_id(" ".join(words.split()[:6]))[:56].strip("-") or "item", taken)


def _anchor_lines(anchor: Mapping[str, Any], indent: str) -> list[str]:
    lines = [f"{indent}text: {quoted(anchor['text'])}"]
    for key in ("prefix", "suffix"):
        if anchor.get(key) is not None:
            lines.append(f"{indent}{key}: {quoted(anchor[key])}")
    if anchor.get("occurrence") is not None:
        lines.append(f"{indent}occurrence: {int(anchor['occurrence'])}")
    return lines


@dataclass
class Addition:
    """One item to append: the section and its YAML block ('- …' at column 0)."""

    section: str
    block: str
    item_id: str


#: The speaker the panel sends for "a new entity": its name, type and description come
#: in ``speaker_name``, ``speaker_type`` and ``speaker_description``.
NEW_SPEAKER = "(new)"


def _entity(item_id: str, name: str, entity_type: str, description: str | None) -> Addition:
    assert description is not None  # a required field (see _text)
    lines = [f"- id: {item_id}", f"  name: {quoted(name)}", f"  type: {entity_type}",
             f"  description: {quoted(description)}"]
    return Addition("entities", "\n".join(lines), item_id)


def build(kind: str, request: Mapping[str, Any], anchor: Mapping[str, Any],
          existing: Mapping[str, Any]) -> list[Addition]:
    """The items for ``kind`` (note, quote, entity, mask) from the panel's fields: one,
    or for a quote by a new speaker, the speaker's entity and the quote."""
    taken = {item.get("id") for section in ("entities", "quotes", "notes", "questions",
                                            "content_warnings")
             for item in existing.get(section) or [] if isinstance(item, dict)}
    words = anchor["text"]
    if kind == "note":
        note_kind = _choice(request, "note_kind", _NOTE_KINDS)
        title = _text(request, "title")
        body = _text(request, "body")
        assert title is not None and body is not None
        item_id = _unique_id(title, taken)
        lines = [f"- id: {item_id}", f"  kind: {note_kind}", "  anchor:",
                 *_anchor_lines(anchor, "    "), f"  title: {quoted(title)}",
                 f"  body: {quoted(body)}"]
        links = request.get("links") or []
        if not isinstance(links, list):
            raise Rejected("'links' must be a list")
        if links:
            lines.append("  links:")
            for link in links:
                if not isinstance(link, dict):
                    raise Rejected("each link needs a title and a url")
                link_title, url = _text(link, "title"), _text(link, "url")
                assert link_title is not None and url is not None
                if not re.fullmatch(r"https?://\S+", url):
                    raise Rejected(f"'{url}' is not a web address",
                                   "links start with https:// (or http://)")
                lines += [f"    - title: {quoted(link_title)}", f"      url: {quoted(url)}"]
        return [Addition("notes", "\n".join(lines), item_id)]
    if kind == "quote":
        quote_kind = _choice(request, "quote_kind", _QUOTE_KINDS)
        speaker = _text(request, "speaker")
        entity_ids = {e.get("id") for e in existing.get("entities") or []
                      if isinstance(e, dict)}
        speaker_entity = []
        if speaker == NEW_SPEAKER:  # a speaker the file does not have yet: add them too
            name = " ".join((_text(request, "speaker_name") or "").split())
            speaker = _unique_id(name, taken)
            taken.add(speaker)
            speaker_entity = [_entity(speaker, name, _choice(request, "speaker_type",
                                                             _ENTITY_TYPES),
                                      _text(request, "speaker_description"))]
        elif speaker not in entity_ids:
            raise Rejected(f"there is no entity '{speaker}' in this file",
                           "choose a speaker from the list, or add them as a new entity")
        item_id = _unique_id(f"{speaker} {words}", taken)
        lines = [f"- id: {item_id}", f"  kind: {quote_kind}", f"  speaker: {speaker}",
                 *_anchor_lines(anchor, "  ")]
        cue = _text(request, "cue", required=False)
        if cue:
            lines.append(f"  cue: {quoted(cue)}")
        if quote_kind == "written":
            medium = _text(request, "medium")
            lines.append(f"  medium: {medium}")
        return [*speaker_entity, Addition("quotes", "\n".join(lines), item_id)]
    if kind == "entity":
        entity_type = _choice(request, "entity_type", _ENTITY_TYPES)
        name = " ".join(words.split())
        return [_entity(_unique_id(name, taken), name, entity_type,
                        _text(request, "description"))]
    if kind == "mask":
        label = _text(request, "label")
        assert label is not None
        item_id = _unique_id(label, taken)
        lines = [f"- id: {item_id}", f"  label: {quoted(label)}", "  mask:",
                 "    - " + _anchor_lines(anchor, "      ")[0].lstrip(),
                 *_anchor_lines(anchor, "      ")[1:]]
        return [Addition("content_warnings", "\n".join(lines), item_id)]
    raise Rejected(f"unknown kind of annotation {kind!r}",
                   "one of: note, quote, entity, alias, mask, warning-word, question-anchor")


def _with_alias(doc: Any, request: Mapping[str, Any], anchor: Mapping[str, Any],
                ) -> tuple[str, str]:
    """The selected words as one more alias of an existing entity: (its id, new text)."""
    entity_id = _text(request, "entity")
    entities = doc.data.get("entities") or []
    index = next((i for i, e in enumerate(entities)
                  if isinstance(e, dict) and e.get("id") == entity_id), None)
    if index is None:
        raise Rejected(f"there is no entity '{entity_id}' in this file",
                       "choose an entity from the list")
    words = " ".join(anchor["text"].split())
    entity = entities[index]
    forms = [entity.get("name"), *(a if isinstance(a, str) else (a or {}).get("text")
                                   for a in entity.get("aliases") or [])]
    if words in forms:
        raise Rejected(f"'{words}' is already a form of '{entity_id}'")
    return str(entity_id), add_alias(doc, index, words)


def _with_anchor(doc: Any, kind: str, request: Mapping[str, Any],
                 anchor: Mapping[str, Any]) -> tuple[str, str]:
    """The selected words as one more masked span of an existing content warning, or one
    more passage of a reading question: (the item's id, new text)."""
    section, field_name, key = (("content_warnings", "warning", "mask")
                                if kind == "warning-word" else
                                ("questions", "question", "anchors"))
    wanted = _text(request, field_name)
    items = doc.data.get(section) or []
    index = next((i for i, item in enumerate(items)
                  if isinstance(item, dict) and item.get("id") == wanted), None)
    if index is None:
        raise Rejected(f"there is no {field_name} '{wanted}' in this file",
                       f"choose a {field_name} from the list")
    return str(wanted), add_anchor(doc, (section, index, key), _anchor_lines(anchor, ""))


def _located(items: list[Any], path: Path, section: str, item_id: str) -> int:
    """The index of item ``item_id`` in a section's list, or why the page is stale."""
    index = next((i for i, item in enumerate(items)
                  if isinstance(item, dict) and item.get("id") == item_id), None)
    if index is None:
        raise Rejected(f"there is no {section[:-1].replace('_', ' ')} '{item_id}' in "
                       f"{path.name}", "reload the page", stale=True)
    return index


@dataclass
class Undo:
    """The bytes a change replaced, to put back exactly."""

    path: Path
    before: bytes
    after: bytes


@dataclass
class Editor:
    """Writes additions to annotation files; remembers the last change for undo."""

    history: list[Undo] = field(default_factory=list)

    def add(self, path: Path, expected: str, kind: str, request: Mapping[str, Any],
            anchor: Mapping[str, Any]) -> tuple[str, bytes]:
        """Append the item; return its id and the file's new bytes. ``expected`` is
        the digest of the file the page was built from."""
        before, doc = self._current(path, expected)
        try:
            if kind == "alias":
                item_id, new_text = _with_alias(doc, request, anchor)
            elif kind in ("warning-word", "question-anchor"):
                item_id, new_text = _with_anchor(doc, kind, request, anchor)
            else:
                additions = build(kind, request, anchor, doc.data)
                item_id = additions[-1].item_id
                new_doc = doc
                for addition in additions:
                    new_text = append_items(new_doc, addition.section, [addition.block])
                    new_doc = load_text(new_text, path)
        except EditError as exc:
            raise Rejected(str(exc)) from exc
        return item_id, self._commit(path, new_text, before, f"the new {kind}")

    def delete(self, path: Path, expected: str, section: str, item_id: str) -> bytes:
        """Remove the item ``item_id`` of ``section``; return the file's new bytes."""
        if section not in SECTIONS:
            raise Rejected(f"cannot delete from {section!r}", "one of: " + ", ".join(SECTIONS))
        before, doc = self._current(path, expected)
        items = doc.data.get(section) or []
        index = _located(items, path, section, item_id)
        try:
            new_text = remove_item(doc, section, index)
        except EditError as exc:
            raise Rejected(str(exc)) from exc
        return self._commit(path, new_text, before, f"deleting '{item_id}'")

    def edit(self, path: Path, expected: str, section: str, item_id: str,
             request: Mapping[str, Any]) -> bytes:
        """Set the fields the panel sent (see :data:`EDITABLE`) of item ``item_id`` of
        ``section``; return the file's new bytes."""
        editable = EDITABLE.get(section)
        if editable is None:
            raise Rejected(f"cannot edit items of {section!r}",
                           "one of: " + ", ".join(EDITABLE))
        unknown = sorted(set(request) - set(editable))
        if unknown:
            raise Rejected(f"'{unknown[0]}' cannot be changed here",
                           "use the 'open in editor' link for that")
        before, doc = self._current(path, expected)
        items = doc.data.get(section) or []
        index = _located(items, path, section, item_id)
        item = items[index]
        values: dict[str, str | None] = {}
        for key, rule in editable.items():
            if key not in request:
                continue
            value = _text(request, key, required=rule.required)
            if rule.choices and value not in rule.choices:
                raise Rejected(f"'{key}' must be one of {', '.join(rule.choices)}, "
                               f"not {value!r}")
            if section == "notes" and key == "kind" and item.get("kind") not in rule.choices:
                if value != item.get("kind"):
                    raise Rejected(f"a {item.get('kind')} note keeps its kind here",
                                   "change it in your editor: it needs other fields")
                continue
            old = item.get(key)
            if value is not None and isinstance(old, str) and old.endswith("\n") and \
                    not value.endswith("\n"):
                value += "\n"  # a text box drops the final line break a block scalar has
            if value != old:
                values[key] = value
        if not values:
            raise Rejected("nothing changed")
        try:
            new_text = set_fields(doc, (section, index), values)
        except EditError as exc:
            raise Rejected(str(exc)) from exc
        return self._commit(path, new_text, before, f"the change to '{item_id}'")

    def _current(self, path: Path, expected: str) -> tuple[bytes, Any]:
        """The file's bytes and parsed document, if it is the version the page shows."""
        before = path.read_bytes()
        if digest(before) != expected:
            raise Rejected(f"{path.name} changed since this page was built",
                           "reload the page to see the file as it is now", stale=True)
        try:
            text = before.decode("utf-8-sig" if before.startswith(b"\xef\xbb\xbf")
                                 else "utf-8")
        except UnicodeDecodeError as exc:
            raise Rejected(f"{path.name} is not UTF-8 text") from exc
        doc = load_text(text, path)
        if doc.diagnostics or not isinstance(doc.data, dict):
            raise Rejected(f"{path.name} is not valid YAML now",
                           "fix it in your editor ('annotate check' says where)")
        return before, doc

    def _commit(self, path: Path, new_text: str, before: bytes, what: str) -> bytes:
        """Check the new text, then write it (atomically, if the file is still
        ``before``) and remember the change for undo; return the bytes written."""
        self._checked(path, new_text, what)
        after = self._encoded(new_text, before)
        self._write(path, after, before)
        return after

    @staticmethod
    def _checked(path: Path, new_text: str, what: str) -> None:
        # errors only: the suggestion engine's hints would cost time and say nothing here
        errors = [d for d in check_text(path, new_text, suggestions=False).diagnostics
                  if d.severity is Severity.ERROR]
        if errors:
            first = errors[0]
            raise Rejected(f"{what} would leave the file with an error: {first.code} "
                           f"{first.message}", first.hint)

    @staticmethod
    def _encoded(new_text: str, before: bytes) -> bytes:
        after = new_text.encode("utf-8")
        return b"\xef\xbb\xbf" + after if before.startswith(b"\xef\xbb\xbf") else after

    def undo(self, path: Path, expected: str) -> bytes:
        """Put back the bytes the last change to ``path`` replaced."""
        last = next((u for u in reversed(self.history) if u.path == path), None)
        if last is None:
            raise Rejected("nothing to undo in this file")
        current = path.read_bytes()
        if current != last.after or digest(current) != expected:
            raise Rejected(f"{path.name} changed since the last change",
                           "reload the page; undo only takes back the page's own last change",
                           stale=True)
        try:
            write_atomic(path, last.before, expected=current)
        except EditError as exc:
            raise Rejected(str(exc), stale=True) from exc
        self.history.remove(last)
        return last.before

    def _write(self, path: Path, after: bytes, before: bytes) -> None:
        try:
            write_atomic(path, after, expected=before)
        except EditError as exc:
            raise Rejected(str(exc), "reload the page", stale=True) from exc
        self.history.append(Undo(path, before, after))
        del self.history[:-50]


def _label(section: str, item: Mapping[str, Any]) -> str:
    """How the outline names an item: its title, name, prompt, label or words."""
    for key in ("title", "name", "prompt", "label", "text"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:120]
    return str(item.get("id", section))


def outline(doc: Any) -> list[dict[str, Any]]:
    """Every top-level section of the file and every item of its lists, each with its
    line and column, and for items the panel can edit, the fields it may change."""
    found: list[dict[str, Any]] = []
    data = doc.data if isinstance(doc.data, dict) else {}
    for key, value in data.items():
        where = doc.locations.get((key,))
        if where is None:
            continue
        head = where.key or where.value
        found.append({"section": key, "id": None, "label": key,
                      "line": head.start.line, "column": head.start.column})
        if not isinstance(value, list):
            continue
        for index, item in enumerate(value):
            place = doc.locations[(key, index)].value
            entry: dict[str, Any] = {"section": key, "index": index,
                                     "line": place.start.line, "column": place.start.column}
            if isinstance(item, dict):
                entry["id"] = item.get("id")
                entry["label"] = _label(key, item)
                editable = EDITABLE.get(key, {})
                fields = {name: item.get(name) for name in editable
                          if isinstance(item.get(name), str | None)}
                if key == "notes" and item.get("kind") not in _NOTE_KINDS:
                    fields.pop("kind", None)
                if editable and isinstance(item.get("id"), str):
                    entry["fields"] = {k: (v or "").rstrip("\n") for k, v in fields.items()}
            else:
                entry["id"] = None
                entry["label"] = " ".join(str(item).split())[:120]
            found.append(entry)
    return found
