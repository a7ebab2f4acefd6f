"""What the build remembers about stories across pages (for the book-wide indexes).

Stored on the Sphinx environment as plain, picklable dicts keyed by docname, purged
and merged per document so that incremental and parallel builds stay correct.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from ..check import AnchoredStory
from ..html import word_count
from ..markdown import to_html
from ..masking import mask_plain, masked_words

StorySummary = dict[str, Any]


def stories(env: BuildEnvironment) -> dict[str, list[StorySummary]]:
    """docname → summaries of the stories rendered on that page."""
    if not hasattr(env, "annotate_stories"):
        env.annotate_stories = {}  # type: ignore[attr-defined]
    return env.annotate_stories  # type: ignore[attr-defined, no-any-return]


def index_continuations(env: BuildEnvironment) -> dict[str, list[tuple[str, str, str]]]:
    """index docname → its further pages: (pagename, title, body HTML)."""
    if not hasattr(env, "annotate_index_more"):
        env.annotate_index_more = {}  # type: ignore[attr-defined]
    return env.annotate_index_more  # type: ignore[attr-defined, no-any-return]


def index_pages(env: BuildEnvironment) -> set[str]:
    """docnames of pages holding an ``annotated-index``."""
    if not hasattr(env, "annotate_index_pages"):
        env.annotate_index_pages = set()  # type: ignore[attr-defined]
    return env.annotate_index_pages  # type: ignore[attr-defined, no-any-return]


def explorer_pages(env: BuildEnvironment) -> set[str]:
    """docnames of explorer notebooks (they depend on every file under ``sources/``)."""
    if not hasattr(env, "annotate_explorer_pages"):
        env.annotate_explorer_pages = set()  # type: ignore[attr-defined]
    return env.annotate_explorer_pages  # type: ignore[attr-defined, no-any-return]


def summarise(story: AnchoredStory, uid: str, docname: str) -> StorySummary:
    """The parts of a story the indexes need, as plain data."""
    counts = story.mention_counts()
    quotes: dict[str, list[dict[str, Any]]] = {}
    for q in story.annotation.quotes:
        quotes.setdefault(q.speaker, []).append(
            {"id": q.id, "kind": q.kind, "text": q.text, "words": word_count(q.text)})
    meta = story.annotation.story
    masked = masked_words(story)
    return {
        "uid": uid,
        "docname": docname,
        "headline": mask_plain(meta.headline, masked),
        "masked": masked,
        "warnings": [w.label for w in story.annotation.content_warnings],
        "outlet": meta.outlet,
        "date": meta.date,
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "role": e.role,
             "wikidata": e.wikidata, "description_html": to_html(e.description),
             "mentions": counts[e.id], "quotes": quotes.get(e.id, [])}
            for e in story.annotation.entities
        ],
    }


def before_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Turn off the ``{raw}`` directive: the book renders no author-supplied raw HTML."""
    if app.config.annotate_disable_raw:
        env.settings["raw_enabled"] = False


def purge_doc(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    stories(env).pop(docname, None)
    index_pages(env).discard(docname)
    index_continuations(env).pop(docname, None)
    explorer_pages(env).discard(docname)


def merge_info(app: Sphinx, env: BuildEnvironment, docnames: set[str],
               other: BuildEnvironment) -> None:
    """Parallel reads: bring the sub-process's story data into the main environment."""
    mine, theirs = stories(env), stories(other)
    for docname in docnames:
        if docname in theirs:
            mine[docname] = theirs[docname]
        if docname in index_pages(other):
            index_pages(env).add(docname)
        if docname in explorer_pages(other):
            explorer_pages(env).add(docname)


def outdated_indexes(app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str],
                     removed: set[str]) -> list[str]:
    """When a story page is re-read, the index pages that list it must be re-read too.

    ``annotate preview`` sets ``env.annotate_defer_indexes`` for the build that puts the
    saved story's page in the browser; the indexes are then remembered as stale and
    re-read by its next build.
    """
    touched = bool((added | changed | removed) & set(stories(env)) or added)
    if getattr(env, "annotate_defer_indexes", False):
        if touched:
            env.annotate_indexes_stale = True  # type: ignore[attr-defined]
        return []
    if touched or getattr(env, "annotate_indexes_stale", False):
        env.annotate_indexes_stale = False  # type: ignore[attr-defined]
        return sorted(index_pages(env) - changed - added)
    return []
