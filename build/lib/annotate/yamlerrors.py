"""libyaml's syntax errors, explained where the instructor must type and how to fix them.

libyaml stops at the first token it cannot parse and says so in parser terms ("mapping
values are not allowed in this context", "did not find expected key") at the place it
noticed, which is often lines after the mistake. An instructor needs the mistake:
a title holding ``: ``, a list left as ``entities: []`` with items pasted below it, a
tab, a quote never closed, an item indented one space off. Each rule here recognises
one such mistake from the error and the text around it, and points at the characters
to change, with the change to make. What no rule recognises keeps libyaml's words.

Everything here runs only after a file has failed to parse, so it may re-read the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CURLY_OPENERS = "“‘„‚«‹"
_KEY_VALUE = re.compile(r"^(?P<indent>[ ]*)(?P<dash>-[ ]+)?(?P<key>[A-Za-z_][\w-]*):[ ]+"
                        r"(?P<value>\S.*?)\s*$")
_FLOW_EMPTY = re.compile(r"^(?P<indent>[ ]*)(?:-[ ]+)?[A-Za-z_][\w-]*:[ ]*(?P<empty>\[\]|\{\})"
                         r"[ ]*(?:#.*)?$")


@dataclass(frozen=True)
class Explained:
    """One located syntax problem: 0-based line and column, as libyaml marks count."""

    message: str
    line: int
    column: int
    hint: str


def tab_lines(text: str) -> list[Explained]:
    """Every line indented with a tab (YAML forbids them; libyaml names only the first)."""
    found = []
    for number, line in enumerate(text.split("\n")):
        indent = len(line) - len(line.lstrip(" \t"))
        column = line.find("\t", 0, indent)
        if column >= 0:
            found.append(Explained("a tab is used for indentation", number, column,
                                   "YAML indents with spaces only: replace the tab with "
                                   "spaces (most editors can show tabs)"))
    return found


@dataclass(frozen=True)
class _Error:
    """libyaml's error as the rules read it: its words, where, and the file's lines."""

    problem: str
    line: int
    column: int
    lines: list[str]

    @property
    def current(self) -> str:
        return self.lines[self.line] if 0 <= self.line < len(self.lines) else ""


def explain(problem: str, line: int, column: int, text: str) -> Explained | None:
    """The mistake behind libyaml's error at (``line``, ``column``), if a rule knows it."""
    error = _Error(problem, line, column, text.split("\n"))
    for rule in (_unclosed_quote, _empty_list_then_items, _key_indent, _colon_in_value,
                 _reserved_start, _list_item_indent):
        found = rule(error)
        if found is not None:
            return found
    return None


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unclosed_quote(e: _Error) -> Explained | None:
    """A value opened with a straight quote and not closed on its line.

    YAML lets quoted text run over several lines, so libyaml only fails later (often at
    the next quote, which it reads as the closing one). Annotation values are one line
    or a block (``>-``), so the first such line before the error is the mistake.
    """
    line, lines = e.line, e.lines
    for number in range(min(line, len(lines) - 1), -1, -1):
        match = _KEY_VALUE.match(lines[number])
        if not match or match["value"][0] not in "\"'":
            continue
        value, quote = match["value"], match["value"][0]
        body = value[1:]
        closed = (re.search(r'(?<!\\)"', body) if quote == '"'
                  else re.search(r"'(?!')", body.replace("''", "")))
        if closed is None:
            start = match.start("value")
            return Explained(f"the quoted text that starts here is never closed (no {quote} "
                             "before the end of the line)", number, start,
                             f"add the closing {quote} at the end of line {number + 1}")
    return None


def _empty_list_then_items(e: _Error) -> Explained | None:
    """``entities: []`` followed by items: a suggestion uncommented under the ``[]``."""
    line, lines, current = e.line, e.lines, e.current
    if not current.lstrip().startswith(("- ", "-\t")) and current.strip() != "-":
        return None
    for number in range(line - 1, -1, -1):
        previous = lines[number]
        if not previous.strip() or previous.lstrip().startswith("#"):
            continue
        match = _FLOW_EMPTY.match(previous)
        if match is None:
            return None
        empty = match["empty"]
        return Explained(f"'{empty}' says this list is empty, but items follow it",
                         number, match.start("empty"),
                         f"delete '{empty}' so the items on the next lines belong to it")
    return None


def _colon_in_value(e: _Error) -> Explained | None:
    """An unquoted value holding ``: `` (YAML reads a second key) or curly "quotes"."""
    problem, line, current = e.problem, e.line, e.current
    if "mapping values are not allowed" not in problem:
        return None
    match = _KEY_VALUE.match(current)
    if match is None:
        return None
    value, start = match["value"], match.start("value")
    if value[0] in _CURLY_OPENERS:
        inner = value[1:-1] if value[-1] in "”’“‘»›" else value[1:]
        return Explained(f"'{value[0]}' is a typographic quote, which YAML reads as part of "
                         "the text, so the ': ' inside it starts a new key", line, start,
                         f"quote the text with straight quotes: {_quoted(inner)} (keep "
                         "curly quotes inside them if the story has them)")
    return Explained(f"the text of '{match['key']}' contains ': ', which YAML reads as the "
                     "start of another key", line, start,
                     f"put the whole text in quotes: {match['key']}: {_quoted(value)} "
                     "(or write '>-' and the text on the next lines, indented)")


def _reserved_start(e: _Error) -> Explained | None:
    """A value starting with ``@``, a backtick or ``*``: YAML reserves those."""
    problem, line, column, current = e.problem, e.line, e.column, e.current
    char = current[column] if 0 <= column < len(current) else ""
    if "cannot start any token" in problem and char in "@`":
        word = re.match(r"[^\s,\]}]+", current[column:])
        shown = word.group(0) if word else char
        return Explained(f"a value cannot start with '{char}' in YAML", line, column,
                         f"put it in quotes: {_quoted(shown)}")
    if "undefined alias" in problem and char == "*":
        rest = current[column:].rstrip()
        return Explained("a value cannot start with '*' in YAML (it means a reference to "
                         "another value)", line, column, f"put it in quotes: {_quoted(rest)}")
    return None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _list_item_indent(e: _Error) -> Explained | None:
    """A ``- `` item indented differently from the items of its list."""
    problem, line, lines, current = e.problem, e.line, e.lines, e.current
    stripped = current.lstrip(" ")
    if not stripped.startswith("- "):
        return None
    if "expected '-' indicator" not in problem and "expected key" not in problem:
        return None
    here = _indent(current)
    for number in range(line - 1, -1, -1):
        previous = lines[number]
        if previous.lstrip(" ").startswith("- ") and _indent(previous) != here:
            want = _indent(previous)
            if abs(want - here) > 2:
                return None  # a different list, not a slip
            return Explained(f"this list item is indented {here} spaces, the item above it "
                             f"{want}", line, min(here, want),
                             f"indent it by {want} spaces, like the item at line {number + 1}")
        if previous.strip() and _indent(previous) < min(here, 2):
            return None
    return None


_KEY_LINE = re.compile(r"^(?P<indent>[ ]*)(?P<dash>-[ ]+)?(?P<key>[A-Za-z_][\w-]*):(?:[ ]|$)")


def _previous_key(lines: list[str], line: int) -> tuple[int, int] | None:
    """(line, column of its key) of the nearest key line above ``line``."""
    for number in range(line - 1, -1, -1):
        previous = lines[number]
        if not previous.strip() or previous.lstrip().startswith("#"):
            continue
        match = _KEY_LINE.match(previous)
        return (number, match.start("key")) if match else None
    return None


def _key_indent(e: _Error) -> Explained | None:
    """A key indented differently from the key above it (of the same item)."""
    problem, line, lines, current = e.problem, e.line, e.lines, e.current
    if "expected key" not in problem and "expected '-' indicator" not in problem and \
            "mapping values are not allowed" not in problem:
        return None
    match = _KEY_LINE.match(current)
    above = _previous_key(lines, line)
    if match is None or match["dash"] or above is None:
        return None
    here, (number, want) = match.start("key"), above
    if here == want or abs(here - want) > 2:
        return None
    return Explained(f"this key is indented {here} spaces, the key above it {want}",
                     line, min(here, want),
                     f"indent it by {want} spaces, like '{lines[number].strip()[:30]}' at "
                     f"line {number + 1}")
