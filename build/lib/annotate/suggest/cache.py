"""Suggestions remembered per story, so re-checking an unchanged course is cheap.

Finding a story's suggestions costs about 10 ms; ``annotate check`` of a 1,000-story
course asks for all of them on every run, though few stories change between runs. The
result depends only on the story's text, the parts of its annotation file that cover
names and quotes (entities, quotes, not_entities, not_quotes), the engine's code and its
tables: their hash names a file in ``~/.cache/annotate/suggestions/`` holding the result
(``marshal`` format: data only). A changed story, annotation or engine gets a new name;
old files are simply never read again (delete the folder to reclaim the space).

``ANNOTATE_NO_CACHE=1`` turns it off; a cache folder that cannot be written just means
computing every time.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import marshal
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .knowledge import cache_root, fingerprint, write_marshal
from .results import EntitySuggestion, QuoteSuggestion

if TYPE_CHECKING:
    from ..models import Annotation
    from .results import Suggestions

_FORMAT = 1


@functools.cache
def _engine() -> bytes:
    """The engine's fingerprint: the library's source files and the tables' packages."""
    digest = hashlib.sha256(f"{_FORMAT}:{fingerprint()}".encode())
    package = Path(__file__).parent.parent  # the engine and what it uses (mentions, models…)
    for path in sorted([*package.glob("*.py"), *package.glob("suggest/*.py")]):
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.digest()


def key(text: str, annotation: Annotation | None) -> str:
    digest = hashlib.sha256(_engine())
    digest.update(text.encode("utf-8", "surrogatepass"))
    if annotation is not None:
        digest.update(annotation.model_dump_json(
            include={"entities", "quotes", "not_entities", "not_quotes"}).encode())
    return digest.hexdigest()


def _path(name: str) -> Path:
    return cache_root() / "suggestions" / name[:2] / f"{name[2:]}.marshal"


def enabled() -> bool:
    return os.environ.get("ANNOTATE_NO_CACHE", "") in ("", "0")


def load(name: str) -> Suggestions | None:
    """The remembered suggestions, or None."""
    from .results import Suggestions

    try:
        data: dict[str, Any] = marshal.loads(_path(name).read_bytes())
        return Suggestions(
            entities=[EntitySuggestion(**e) for e in data["entities"]],
            quotes=[QuoteSuggestion(**q) for q in data["quotes"]],
            not_entities=data["not_entities"], ids=data["ids"])
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None


def store(name: str, found: Suggestions) -> None:
    """Remember ``found`` (atomically; a read-only cache is no error)."""
    path = _path(name)
    data = {"entities": [dataclasses.asdict(e) for e in found.entities],
            "quotes": [dataclasses.asdict(q) for q in found.quotes],
            "not_entities": found.not_entities, "ids": found.ids}
    write_marshal(path, data)
