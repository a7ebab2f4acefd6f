"""YAML text → plain Python data plus the line:column of every node.

Why not ``yaml.safe_load``?  It silently lets the last duplicate key win, keeps
aliases as shared references (an alias bomb explodes any walker), coerces YAML 1.1
surprises (``no`` → False, ``1:20`` → 80, dates → ``datetime.date``) and forgets
where every value came from.  Here libyaml's C composer (``CSafeLoader``) builds the
node tree — fast, with marks — and a small constructor turns it into data with the
rules an annotation file needs:

* one document holding a mapping; duplicate keys, aliases, merge keys and tags other
  than the plain core ones are errors;
* scalars follow the YAML 1.2 core schema (only ``true``/``false`` are booleans,
  only decimal digits are integers, dates stay strings);
* every node's position is recorded under its *path* (``("quotes", 2, "text")``) so
  pydantic's error ``loc`` maps straight back to a line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import Diagnostic, Position
from .yamlerrors import explain, tab_lines

try:  # libyaml is a hard requirement in practice; fall back only so errors stay readable
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)

#: The tag our resolver gives plain scalars without an explicit tag: the builder then
#: applies the YAML 1.2 core rules itself.
_IMPLICIT = "tag:annotate,2024:implicit"


class _Resolver(yaml.resolver.BaseResolver):
    """Tags nothing by pattern: PyYAML's implicit resolvers are the YAML 1.1 ones
    (``no`` → bool, ``1:20`` → int, dates) and cost a regex per scalar besides."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode and implicit[0]:
            return _IMPLICIT
        return super().resolve(kind, value, implicit)  # type: ignore[no-any-return]


class _Loader(_Parser, _Resolver):  # type: ignore[misc, valid-type]
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _Resolver.__init__(self)

#: Files larger than this are rejected before parsing (a story's annotations are ~10–50 kB).
MAX_BYTES = 2 * 1024 * 1024
#: No annotation needs deeper nesting than this; deeper input is rejected, not walked.
MAX_DEPTH = 32

YamlPath = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_IMPLICIT, *(_TAG + t for t in ("str", "int", "float", "bool", "null"))}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
#: First characters of plain scalars that may be null, booleans or numbers.
_MAYBE_TYPED = frozenset("~nNtTfF-+.0123456789")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


@dataclass(frozen=True)
class Span:
    """Where a node sits: 1-based positions plus 0-based character offsets into the text."""

    start: Position
    end: Position
    start_index: int
    end_index: int


class NodeLocation:
    """A node's value span, its key's span when it is a mapping value, and scalar style.

    Built for every node of every file, so it only keeps the libyaml nodes and turns
    their marks into :class:`Span` objects when a diagnostic or an edit asks.
    """

    __slots__ = ("_key", "_node")

    def __init__(self, node: yaml.Node, key_node: yaml.Node | None = None) -> None:
        self._node = node
        self._key = key_node

    @property
    def value(self) -> Span:
        return _span(self._node)

    @property
    def key(self) -> Span | None:
        return _span(self._key) if self._key is not None else None

    @property
    def is_scalar(self) -> bool:
        return self._node.__class__ is yaml.ScalarNode

    @property
    def style(self) -> str | None:
        """None (plain), "'", '"', "|" or ">" for scalars; None for collections."""
        return _style(self._node)


@dataclass
class YamlDocument:
    """The result of loading one file: data (or None), locations and load diagnostics."""

    path: Path
    text: str
    data: Any = None
    locations: dict[YamlPath, NodeLocation] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    has_bom: bool = False

    def locate(self, loc: tuple[Any, ...]) -> tuple[YamlPath, NodeLocation]:
        """Find the deepest recorded node along ``loc``.

        ``loc`` may contain elements that are not in the data (pydantic adds the
        discriminator value of a tagged union, or a type name); those are skipped.
        """
        path: YamlPath = ()
        for part in loc:
            candidate = (*path, part)
            if candidate in self.locations:
                path = candidate
        return path, self.locations.get(path) or self.locations[()]

    def position_of(self, loc: tuple[Any, ...], *, key: bool = False) -> Span:
        """Span of the node at ``loc`` (its key's span when ``key`` and there is one)."""
        _, where = self.locate(loc)
        if key and where.key is not None:
            return where.key
        return where.value


class _LoadError(Exception):
    def __init__(self, code: str, message: str, mark: Any, hint: str | None = None,
                 more: list[_LoadError] | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.mark, self.hint = code, message, mark, hint
        self.more = more or []  # further errors of the same kind (every tab, not the first)


def _pos(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def _error_position(mark: Any, text: str) -> Position:
    """An error mark as a position inside the text.

    libyaml reports errors at the end of the stream as if the text ended with a line
    break, one line past the last; the character index is exact, so use it.
    """
    index = getattr(mark, "index", None)
    if isinstance(index, int) and 0 < index <= len(text):
        line = text.count("\n", 0, index) + 1
        return Position(line, index - (text.rfind("\n", 0, index) + 1) + 1)
    return _pos(mark)


def _span(node: yaml.Node) -> Span:
    return Span(_pos(node.start_mark), _pos(node.end_mark), node.start_mark.index,
                node.end_mark.index)


def _diag(path: Path, code: str, message: str, line: int = 1, column: int = 1,
          hint: str | None = None) -> Diagnostic:
    return Diagnostic(code, message, path, Position(line, column), hint=hint)


def decode(path: Path, raw: bytes) -> tuple[str | None, bool, list[Diagnostic]]:
    """Bytes → text, refusing anything that is not UTF-8 with a located reason."""
    if len(raw) > MAX_BYTES:
        return None, False, [_diag(path, "Y107", f"file is {len(raw):,} bytes; the limit is "
                                   f"{MAX_BYTES:,}", hint="split the annotations or trim them")]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, False, [_diag(path, "Y105", "file is UTF-16, not UTF-8",
                                   hint="save the file as UTF-8 in your editor")]
    bom = raw.startswith(b"\xef\xbb\xbf")
    body = raw[3:] if bom else raw
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = body[: exc.start].decode("utf-8", errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        return None, bom, [_diag(path, "Y105", f"byte 0x{body[exc.start]:02x} is not valid "
                                 "UTF-8", line, column,
                                 hint="save the file as UTF-8 in your editor")]
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        return None, bom, [_diag(path, "Y105", "file contains a NUL character", line, column,
                                 hint="the file is probably binary or damaged")]
    return text, bom, []


def load_file(path: Path) -> YamlDocument:
    """Read and load ``path``; never raises for bad content, only reports diagnostics."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        doc = YamlDocument(path, "")
        doc.diagnostics.append(_diag(path, "Y105", f"cannot read file: {exc.strerror or exc}"))
        return doc
    text, bom, problems = decode(path, raw)
    if text is None:
        return YamlDocument(path, "", diagnostics=problems, has_bom=bom)
    doc = load_text(text, path)
    doc.has_bom = bom
    return doc


def load_text(text: str, path: Path) -> YamlDocument:
    """Load YAML ``text`` (already decoded) that claims to come from ``path``."""
    doc = YamlDocument(path, text)
    found = _SURROGATE.search(text)
    if found:
        surrogate = found.start()
        line = text.count("\n", 0, surrogate) + 1
        column = surrogate - (text.rfind("\n", 0, surrogate) + 1) + 1
        doc.diagnostics.append(_diag(path, "Y105", "the text contains a lone UTF-16 surrogate",
                                     line, column, hint="the file was decoded wrongly"))
        return doc
    try:
        node = _compose_single(text, path, doc)
        if node is None:
            return doc
        builder = _Builder(doc)
        doc.data = builder.build(node)
        if builder.saw_alias:
            raise _LoadError("Y103", "YAML aliases (*name) are not allowed",
                             _first_alias_mark(text) or node.start_mark,
                             hint="write the value out in full where it is needed")
    except _LoadError as exc:
        doc.data = None
        doc.locations = {}
        for error in (exc, *exc.more):
            doc.diagnostics.append(Diagnostic(error.code, error.message, path,
                                              _error_position(error.mark, text),
                                              hint=error.hint))
    return doc


def _compose_single(text: str, path: Path, doc: YamlDocument) -> yaml.Node | None:
    try:
        documents = yaml.compose_all(text, Loader=_Loader)
        first = next(documents, None)
        second = next(documents, None)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text) from None
    except yaml.YAMLError as exc:  # reader errors: control characters the spec forbids
        raise _reader_error(exc, text) from None
    except RecursionError:
        raise _LoadError("Y108", f"nesting is deeper than {MAX_DEPTH} levels",
                         _too_deep_mark(text),
                         "annotation files are a few levels deep: check the brackets") from None
    if second is not None:
        raise _LoadError("Y106", "the file holds more than one YAML document",
                         second.start_mark, hint="remove the extra '---' separator")
    if first is None:
        doc.diagnostics.append(_diag(path, "Y106", "the file is empty",
                                     hint="start from the example in the instructors' guide"))
        return None
    if not isinstance(first, yaml.MappingNode):
        kind = "a list" if isinstance(first, yaml.SequenceNode) else "a single value"
        raise _LoadError("Y106", f"the file holds {kind}, not a mapping of sections",
                         first.start_mark, hint="the top level needs keys such as 'story:' "
                         "and 'entities:'")
    return first


def _syntax_error(exc: yaml.MarkedYAMLError, text: str) -> _LoadError:
    """Turn libyaml's message into a located, actionable one."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    hint = "check the indentation and quoting on this line"
    if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
        tabs = [_LoadError("Y101", t.message, _mark_at(text, t.line, t.column), t.hint)
                for t in tab_lines(text)]
        if tabs:  # every line indented with a tab, not only the first libyaml met
            return _LoadError(tabs[0].code, tabs[0].message, tabs[0].mark, tabs[0].hint,
                              tabs[1:])
        return _LoadError("Y101", "a tab character cannot be used here", mark,
                          "YAML does not allow tabs here: use spaces")
    if "maximum nesting depth" in problem:  # libyaml's own limit (1,000 levels)
        return _LoadError("Y108", f"nesting is deeper than {MAX_DEPTH} levels", mark,
                          "annotation files are a few levels deep: check the brackets")
    if mark is not None:
        found = explain(problem, mark.line, mark.column, text)
        if found is not None:
            return _LoadError("Y101", found.message, _mark_at(text, found.line, found.column),
                              found.hint)
    if "end of stream" in problem and exc.context_mark is not None:
        # An unclosed quote or bracket: the useful place is where it was opened.
        what = exc.context.removeprefix("while scanning ").replace("a quoted scalar",
                                                                   "the quoted text")
        return _LoadError("Y101", f"{what} that starts here is never closed",
                          exc.context_mark, "add the closing quote or bracket")
    if exc.context:
        problem = f"{problem} ({exc.context})"
    return _LoadError("Y101", problem, mark, hint)


def _reader_error(exc: yaml.YAMLError, text: str) -> _LoadError:
    position = getattr(exc, "position", None)
    character = getattr(exc, "character", None)
    mark = _ZeroMark()
    if isinstance(position, int) and 0 <= position <= len(text):
        mark.line = text.count("\n", 0, position)
        mark.column = position - (text.rfind("\n", 0, position) + 1)
    if isinstance(character, str) and len(character) == 1:
        character = ord(character)
    shown = f"U+{character:04X}" if isinstance(character, int) else "a control character"
    return _LoadError("Y101", f"{shown} is not allowed in YAML", mark,
                      "delete the invisible control character at this position")


class _ZeroMark:
    def __init__(self) -> None:
        self.line = self.column = self.index = 0


def _mark_at(text: str, line: int, column: int) -> Any:
    """A mark (0-based line and column, and the character index) for an error there."""
    mark = _ZeroMark()
    mark.line, mark.column = line, column
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    mark.index = starts[line] + column if line < len(starts) else len(text)
    return mark


def _zero_mark() -> Any:
    return _ZeroMark()


def _too_deep_mark(text: str) -> Any:
    """Where nesting first exceeds MAX_DEPTH, found from parse events (error path only)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH + 1:
                    return event.start_mark
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        return getattr(exc, "problem_mark", None) or _zero_mark()
    return _zero_mark()


def _first_alias_mark(text: str) -> Any:
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                return event.start_mark
    except yaml.YAMLError:  # pragma: no cover - text already composed once
        return None
    return None


_MAP, _SEQ = _TAG + "map", _TAG + "seq"


def _merge_error(key_node: yaml.Node) -> _LoadError:
    return _LoadError("Y103", "merge keys (<<) are not allowed", key_node.start_mark,
                      hint="write the keys out in full in this mapping")


class _Builder:
    """Node tree → data, recording locations; iterative-depth-guarded and alias-aware."""

    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.seen: set[int] = set()
        self.saw_alias = False
        # An alias needs an anchor (&name): without a "&" anywhere there can be none.
        self.track_aliases = "&" in doc.text

    def build(self, node: yaml.Node) -> Any:
        self.doc.locations[()] = NodeLocation(node)
        return self._value(node, (), 0)

    def _value(self, node: yaml.Node, path: YamlPath, depth: int) -> Any:
        # Ordered for speed: most nodes are scalars; this runs for every node of every file.
        if node.__class__ is yaml.ScalarNode:
            if self.track_aliases:
                if id(node) in self.seen:  # the C composer returns the same node for an alias
                    self.saw_alias = True
                    return None
                self.seen.add(id(node))
            if node.tag is _IMPLICIT and (node.style or not node.value
                                          or node.value[0] not in _MAYBE_TYPED):
                return node.value  # the common case: quoted, block, or plain words
            return self._scalar(node)
        if depth > MAX_DEPTH:
            raise _LoadError("Y108", f"nesting is deeper than {MAX_DEPTH} levels",
                             node.start_mark,
                             "annotation files are a few levels deep: check the brackets")
        if self.track_aliases:
            if id(node) in self.seen:
                self.saw_alias = True
                return None
            self.seen.add(id(node))
        locations = self.doc.locations
        if node.__class__ is yaml.MappingNode:
            self._check_tag(node, _MAP)
            return self._mapping(node, path, depth)
        self._check_tag(node, _SEQ)
        items = []
        for i, child in enumerate(node.value):
            child_path = (*path, i)
            locations[child_path] = NodeLocation(child)
            items.append(self._value(child, child_path, depth + 1))
        return items

    def _mapping(self, node: yaml.MappingNode, path: YamlPath, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        locations = self.doc.locations
        merged_items = False  # two list items run together: one error, not one per key
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode:
                raise _LoadError("Y101", "mapping keys must be plain words",
                                 key_node.start_mark)
            key = key_node.value
            if key_node.tag is not _IMPLICIT and key_node.tag != _IMPLICIT:
                if key_node.tag == _TAG + "merge":
                    raise _merge_error(key_node)
                self._check_tag(key_node, None)
            elif key == "<<":
                raise _merge_error(key_node)
            key_path = (*path, key)
            if key in result:
                if not merged_items:
                    merged_items = self._duplicate(key, key_node, node, path, locations)
                continue
            locations[key_path] = NodeLocation(value_node, key_node)
            result[key] = self._value(value_node, key_path, depth + 1)
        return result

    def _duplicate(self, key: str, key_node: yaml.Node, node: yaml.MappingNode,
                   path: YamlPath, locations: dict[YamlPath, NodeLocation]) -> bool:
        """Report a duplicate key in the words of the likely mistake; True when the rest
        of this mapping's duplicates come from the same one (a missing ``- ``)."""
        first = locations[(*path, key)].key
        where = f"line {first.start.line}" if first else "above"
        column = key_node.start_mark.column
        if not path:
            message = f"the section '{key}' appears twice (first at {where})"
            hint = f"move what is under this '{key}:' into the first one, and delete this line"
            merged = False
        elif isinstance(path[-1], int) and node.value[0][0].value == key:
            message = (f"a second '{key}' in the same item: the item that starts here needs "
                       "'- ' before it")
            indent = " " * max(column - 2, 0)
            hint = f"start the new item with a dash, lined up with the one above: '{indent}- " \
                   f"{key}: …'"
            merged = True
        else:
            message = f"duplicate key '{key}' (first defined at {where})"
            hint = "merge the two entries or rename one; the first one is kept"
            merged = False
        self.doc.diagnostics.append(Diagnostic("Y102", message, self.doc.path,
                                               _pos(key_node.start_mark), hint=hint))
        return merged

    def _check_tag(self, node: yaml.Node, expected: str | None) -> None:
        tag = node.tag or ""
        if isinstance(node, yaml.ScalarNode):
            if tag in _SCALAR_TAGS:
                return
        elif tag == expected:
            return
        shown = tag.replace(_TAG, "!!")
        raise _LoadError("Y104", f"tag '{shown}' is not allowed", node.start_mark,
                         hint="remove the tag: annotation files hold only plain text, "
                         "numbers, lists and mappings")

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        value: str = node.value
        if node.tag is _IMPLICIT or node.tag == _IMPLICIT:
            if node.style or not value or value[0] not in _MAYBE_TYPED:
                return value  # the common case: quoted, block, or plain words
        else:
            self._check_tag(node, None)
        if node.tag == _TAG + "str" or (node.tag == _IMPLICIT and node.style):
            return value  # quoted, block, or explicitly tagged string
        if value in _NULLS:
            return None
        if value in _BOOLS:
            return _BOOLS[value]
        if _INT.fullmatch(value):
            return int(value)
        if _FLOAT.fullmatch(value):
            return float(value)
        return value  # YAML 1.1's yes/no/on/off, 012, 1:20 and dates all stay strings


def _style(node: yaml.Node) -> str | None:
    return (node.style or None) if isinstance(node, yaml.ScalarNode) else None
