"""Located data → pydantic models, with every validation error mapped to a YAML position.

Errors are collected for the whole file in one pass.  Items that are valid on their
own are kept (``partial`` model) so the semantic checks can still run on them: an
instructor fixing a typo in one quote should see the broken anchors of the others
in the same run.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from .diagnostics import Diagnostic
from .models import ID_RULE, SECTION_ITEMS, Annotation, StoryMeta
from .yamlload import YamlDocument


@dataclass
class Validated:
    """A (possibly partial) model and where each kept item stood in the file.

    ``origins[section][i]`` is the index in the YAML list of the model's i-th item:
    items that failed validation are left out of the model, so positions shift.
    """

    annotation: Annotation | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    origins: dict[str, list[int]] = field(default_factory=dict)

    def path(self, section: str, index: int, *rest: str | int) -> tuple[str | int, ...]:
        """The YAML path of the model's ``index``-th item of ``section`` (plus ``rest``)."""
        origins = self.origins.get(section)
        return (section, origins[index] if origins is not None else index, *rest)

@functools.cache
def _adapters() -> dict[str, TypeAdapter[Any]]:
    """One validator per section's items, for a file whose whole does not validate
    (built on first need: a clean file never pays for them)."""
    return {name: TypeAdapter(tp) for name, tp in SECTION_ITEMS.items()}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of an annotation file, as editors and check-jsonschema use it."""
    schema = Annotation.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def json_schema_text() -> str:
    """The schema as the stable, diff-friendly text stored in ``schema/``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def validate(doc: YamlDocument) -> Validated:
    """Validate loaded data into a model, collecting every error of the file.

    The model is ``None`` only when the data is not a mapping or the story metadata
    itself is unusable; otherwise invalid items are dropped and the rest kept.
    """
    if not isinstance(doc.data, dict):
        return Validated(None)
    try:
        return Validated(Annotation.model_validate(doc.data))
    except ValidationError as exc:
        errors = _one_error_per_typo(exc.errors(include_url=False), doc.data)
        diagnostics = [_to_diagnostic(doc, err) for err in errors]
    return _partial(doc, diagnostics)


def _misspelling(key: str, allowed: set[str]) -> str | None:
    """The allowed key that ``key`` misspells, if one is close enough."""
    close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
    return close[0] if close else None


def _one_error_per_typo(errors: list[ErrorDetails], data: Any) -> list[ErrorDetails]:
    """Drop "missing 'name'" where the same item has an unknown key misspelling ``name``.

    The unknown key's error (S201) already says "did you mean 'name'?"; reporting the
    missing key as well would give one typo two errors.
    """
    misspelt: set[tuple[Any, ...]] = set()
    for err in errors:
        if err["type"] == "extra_forbidden":
            parent = tuple(err["loc"][:-1])
            meant = _misspelling(str(err["loc"][-1]), _fields_at(parent, data))
            if meant is not None:
                misspelt.add((*parent, meant))
    return [e for e in errors if not (e["type"] == "missing" and tuple(e["loc"]) in misspelt)]


def _partial(doc: YamlDocument, diagnostics: list[Diagnostic]) -> Validated:
    data: dict[str, Any] = doc.data
    meta = data.get("story")
    try:
        story = StoryMeta.model_validate(meta)
    except ValidationError:
        if not isinstance(meta, dict):
            return Validated(None, diagnostics)
        # Its errors are already reported; keep what the checks need to find the text.
        source = meta.get("source")
        story = StoryMeta.model_construct(source=source if isinstance(source, str) else None)
    sections: dict[str, list[Any]] = {}
    origins: dict[str, list[int]] = {}
    for name, adapter in _adapters().items():
        items = data.get(name)
        sections[name], origins[name] = [], []
        for index, item in enumerate(items if isinstance(items, list) else []):
            try:
                sections[name].append(adapter.validate_python(item))
            except ValidationError as exc:
                repaired = _without_misspelt_keys(item, exc, (name, index), doc)
                if repaired is None:
                    continue
                try:
                    sections[name].append(adapter.validate_python(repaired))
                except ValidationError:
                    continue
            origins[name].append(index)
    dismissed = data.get("not_entities")
    not_entities = [n for n in dismissed if isinstance(n, str) and n.strip()] \
        if isinstance(dismissed, list) else []
    return Validated(Annotation.model_construct(story=story, not_entities=not_entities,
                                                **sections), diagnostics, origins)


def _without_misspelt_keys(item: Any, exc: ValidationError, loc: tuple[str, int],
                           doc: YamlDocument) -> dict[str, Any] | None:
    """The item with its unknown keys renamed to the key they misspell, or dropped.

    One typo must give one error: an entity with ``descripton:`` is reported once (S201)
    and still defines its id, so its quotes get no false "unknown speaker" and its name
    no "not annotated" hint. A renamed key's value keeps its place in the file (the
    checks locate it, ``fix`` may edit it). ``None`` when the item has other errors too.
    """
    if not isinstance(item, dict):
        return None
    errors = exc.errors(include_url=False)
    if any(e["type"] not in ("extra_forbidden", "missing") for e in errors):
        return None
    repaired = dict(item)
    for err in errors:
        parent = tuple(err["loc"][:-1])  # empty, or a union member's tag ("context")
        if err["type"] != "extra_forbidden" or any(p in item for p in parent):
            continue  # only the item's own keys: nested ones are not renamed
        key = str(err["loc"][-1])
        meant = _misspelling(key, _fields_at((*loc, *parent), {}) - set(item))
        value = repaired.pop(key, None)
        if meant is not None:
            repaired[meant] = value
            for path, where in list(doc.locations.items()):
                if path[:3] == (*loc, key):
                    doc.locations[(*loc, meant, *path[3:])] = where
    return repaired


_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true/false",
               type(None): "nothing", list: "a list", dict: "a mapping"}


def _describe(value: Any) -> str:
    name = _TYPE_NAMES.get(type(value), type(value).__name__)
    if isinstance(value, (dict, list)) or value is None:
        return name
    shown = repr(value) if isinstance(value, str) else str(value)
    if len(shown) > 40:
        shown = shown[:37] + "…"
    return f"{name} ({shown})"


def _to_diagnostic(doc: YamlDocument, err: ErrorDetails) -> Diagnostic:
    loc = tuple(err["loc"])
    kind = err["type"]
    ctx = err.get("ctx") or {}
    path, where = doc.locate(loc)
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    span = where.value
    hint: str | None = None
    if kind == "extra_forbidden":
        code = "S201"
        span = where.key or where.value
        key = str(loc[-1])
        allowed = _fields_at(loc[:-1], doc.data)
        meant = _misspelling(key, allowed)
        message = f"unknown key '{key}'"
        hint = (f"did you mean '{meant}'?" if meant
                else "allowed keys here: " + ", ".join(sorted(allowed))) if allowed else None
    elif kind == "missing":
        code = "S202"
        message = f"missing required key '{loc[-1]}'"
        hint = f"add '{loc[-1]}:' to this item"
    elif kind in ("union_tag_invalid", "union_tag_not_found"):
        expected = str(ctx.get("expected_tags", "")).replace("'", "")
        if kind == "union_tag_not_found":
            code, message = "S202", "missing required key 'kind'"
        else:
            code = "S204"
            message = f"unknown kind {ctx.get('tag')!r}; expected one of: {expected}"
            kind_path = (*path, "kind")
            if kind_path in doc.locations:
                span = doc.locations[kind_path].value
        hint = _did_you_mean(ctx.get("tag"), re.split(r",\s*", expected), expected)
    elif kind in ("literal_error", "enum"):
        code = "S204"
        expected = str(ctx.get("expected", "")).replace("'", "")
        message = f"{field or 'value'} {err['input']!r} is not one of: {expected}"
        hint = _did_you_mean(err["input"], re.split(r",\s*|\s+or\s+", expected), expected)
    elif kind == "string_pattern_mismatch":
        code = "S203"
        message = f"{field} {_describe(err['input'])} is not in the expected form"
        hint = _PATTERN_HINTS.get(field)
        if field in ("id", "speaker"):
            hint = ID_RULE
    elif kind == "string_too_short":
        code, message = "S203", f"{field} must not be empty"
    else:
        code = "S203"
        expected = _EXPECTED.get(kind, err["msg"][0].lower() + err["msg"][1:])
        message = f"{field or 'value'}: expected {expected}, got {_describe(err['input'])}"
        if kind == "string_type" and isinstance(err["input"], (int, float, bool)):
            hint = "YAML read this as a number or true/false: put it in quotes"
        elif kind == "string_type" and err["input"] is None:
            hint = "the value is empty: write it after the colon, or remove the key"
    return Diagnostic(code, message, doc.path, span.start, span.end, hint=hint)


def _did_you_mean(value: object, choices: list[str], expected: str) -> str:
    """"did you mean 'event'?" for ``Event`` (case first, then spelling), then the choices."""
    choices = [c.strip() for c in choices if c.strip()]
    text = str(value)
    close = [c for c in choices if c.casefold() == text.casefold()] or \
        difflib.get_close_matches(text.casefold(), choices, n=1, cutoff=0.6)
    listed = f"allowed values: {expected}"
    return f"did you mean '{close[0]}'? ({listed})" if close else listed


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "list_type": "a list (lines starting with '- ')",
    "model_type": "a mapping (indented 'key: value' lines)",
    "model_attributes_type": "a mapping (indented 'key: value' lines)",
    "dict_type": "a mapping",
    "greater_than_equal": "a number of at least 1",
    "bool_type": "true or false",
}
_PATTERN_HINTS = {
    "date": "write the date as YYYY-MM-DD, e.g. 2018-05-09",
    "url": "links must start with http:// or https://",
    "wikidata": "a Wikidata id looks like Q42",
    "language": "a language code such as en or en-US",
}


def _unwrap(tp: Any) -> Any:
    while True:
        origin = get_origin(tp)
        if origin is typing.Annotated:
            tp = get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in get_args(tp) if a is not type(None)]
            if len(args) == 1:
                tp = args[0]
            else:
                return tp
        else:
            return tp


def _step(tp: Any, part: Any) -> Any:
    tp = _unwrap(tp)
    origin = get_origin(tp)
    if isinstance(part, int):
        return get_args(tp)[0] if origin is list else None
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        field = tp.model_fields.get(part)
        return field.annotation if field else None
    if origin in (typing.Union, types.UnionType):
        for arg in get_args(tp):
            arg = _unwrap(arg)
            if isinstance(arg, type) and issubclass(arg, BaseModel) and "kind" in arg.model_fields:
                literal = _unwrap(arg.model_fields["kind"].annotation)
                if get_origin(literal) is Literal and part in get_args(literal):
                    return arg
    return None


def _fields_at(loc: tuple[Any, ...], data: Any) -> set[str]:
    """The keys allowed in the mapping at ``loc`` (loc as pydantic reports it)."""
    tp: Any = Annotation
    for part in loc:
        nxt = _step(tp, part)
        if nxt is None:
            continue  # pydantic's extra loc parts (e.g. a union member's name)
        tp = nxt
    tp = _unwrap(tp)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return set(tp.model_fields)
    return set()
