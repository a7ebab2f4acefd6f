"""``annotate export`` against the W3C's own Web Annotation test suite.

The suite's MUST assertions (draft-04 JSON Schemas, vendored unchanged in
``fixtures/w3c-web-annotation-tests`` with their licence and source; refresh with
``python tools/vendor_w3c_tests.py``) run on every annotation, the collection and its
page of every fixture story's export. Each assertion says whether a conforming document
must validate against it (``expectedResult``). To show the check can fail, the suite's
incorrect samples are run through the same assertions, and each must be rejected.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from annotate.check import check_file
from annotate.w3c import export_story

from .conftest import FIXTURES
from .course import STORIES

SUITE = FIXTURES / "w3c-web-annotation-tests"
MUSTS = {"annotation": "annotations/annotationMusts.test",
         "collection": "collections/collectionMusts.test",
         "page": "collections/pages/pageMusts.test"}
#: "Correct" samples the suite itself gets wrong (see its NOTES: types it removed later,
#: a page's partOf given as a string that seven page assertions reject).
SUITE_DEFECTS = {"anno11.json", "anno12.json", "anno13.json", "collection1.json",
                 "example42.json", "example43.json"}

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")  # RFC 3986 absolute URI
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

FORMATS = FormatChecker(formats=())


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:  # RFC 3339, as the model requires
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.match(value):
        return False
    datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


@cache
def _registry() -> Registry:
    resources = []
    for path in (SUITE / "definitions").glob("*.json"):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["id"], Resource.from_contents(
            contents, default_specification=DRAFT4)))
    return Registry().with_resources(resources)


@cache
def assertions(kind: str) -> tuple[tuple[str, str, Draft4Validator], ...]:
    """(file, expected result, validator) for every MUST assertion of one kind."""
    listed = json.loads((SUITE / MUSTS[kind]).read_text(encoding="utf-8"))["assertions"]
    out = []
    for name in listed:
        schema = json.loads((SUITE / name).read_text(encoding="utf-8"))
        assert schema["assertionType"] == "must", name
        out.append((name, schema["expectedResult"],
                    Draft4Validator(schema, registry=_registry(), format_checker=FORMATS)))
    return tuple(out)


def failed(kind: str, document: Any) -> list[str]:
    """The MUST assertions a document fails (valid where invalid was expected, or not)."""
    return [name for name, expected, validator in assertions(kind)
            if validator.is_valid(document) != (expected == "valid")]


def test_the_suite_is_vendored_with_its_licence_and_source() -> None:
    assert (SUITE / "license.md").is_file() and (SUITE / "SOURCE.txt").is_file()
    assert {k: len(assertions(k)) for k in MUSTS} == {"annotation": 54, "collection": 10,
                                                       "page": 15}


@pytest.mark.parametrize("path", sorted(STORIES.glob("*.yml")), ids=lambda p: p.stem)
def test_every_export_meets_every_must_of_the_w3c_suite(path: Path) -> None:
    story = check_file(path).story
    assert story is not None
    collection = export_story(story, "https://example.org/reader/")
    assert failed("collection", collection) == []
    # the page assertions take "a single Annotation Page or an Annotation Collection
    # with an embedded Page" (the page inherits the collection's @context)
    assert failed("page", collection) == []
    items = collection["first"]["items"]
    assert items
    for item in items:
        assert failed("annotation", item) == [], item["id"]


def _samples(kind: str) -> list[Path]:
    return sorted((SUITE / "tools" / "samples" / kind).glob("*.json"))


def failed_any(document: dict[str, Any]) -> list[str]:
    """The MUSTs a sample fails, by what it is (a collection with an embedded page is
    checked as both)."""
    types = document.get("type")
    types = types if isinstance(types, list) else [types]
    if "AnnotationCollection" in types:
        page = document.get("first")
        if not isinstance(page, dict):
            return failed("collection", document)
        return failed("collection", document) + failed("page", document) + _items(page)
    if "AnnotationPage" in types:
        return failed("page", document) + _items(document)
    return failed("annotation", document)


def _items(page: dict[str, Any]) -> list[str]:
    """The annotations of a page, each checked as an annotation in its own right."""
    return [name for item in page.get("items", []) if isinstance(item, dict)
            for name in failed("annotation", item)]


@pytest.mark.parametrize("sample", _samples("incorrect"), ids=lambda p: p.name)
def test_the_check_rejects_each_incorrect_sample_of_the_suite(sample: Path) -> None:
    try:
        document = json.loads(sample.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return  # a few are not even JSON (trailing commas, prose): rejected before a schema
    assert failed_any(document), f"{sample.name} passed every MUST"


def test_the_correct_samples_pass_except_the_suites_own_defects() -> None:
    failing = set()
    for sample in _samples("correct"):
        document = json.loads(sample.read_text(encoding="utf-8"))
        if failed_any(document):
            failing.add(sample.name)
    assert failing == SUITE_DEFECTS


def test_a_broken_export_fails_the_suite() -> None:
    story = check_file(sorted(STORIES.glob("*.yml"))[0]).story
    assert story is not None
    item = export_story(story, "https://example.org/reader/")["first"]["items"][0]
    assert failed("annotation", {k: v for k, v in item.items() if k != "target"})
    assert failed("annotation", {**item, "@context": "http://example.org/ctx"})
    assert failed("annotation", {**item, "created": "yesterday"})
    assert failed("annotation", {**item, "bodyValue": "x"})  # body and bodyValue
