"""Book-wide indexes: people and organisations across stories, and who speaks where."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..html import a, reveal_control, t
from ..masking import mask_text
from .collect import StorySummary

Link = Callable[[str, str], str]
_KINDS = {"direct": "direct", "partial": "partial", "indirect": "indirect",
          "written": "written"}


def _key(entity: dict[str, Any]) -> tuple[str, str]:
    """The same person in two stories: same Wikidata id, or same name and type."""
    return ("wikidata", entity["wikidata"]) if entity["wikidata"] else \
        (entity["type"], entity["name"])


def _gather(all_stories: dict[str, list[StorySummary]]) -> dict[tuple[str, str], list[
        tuple[StorySummary, dict[str, Any]]]]:
    gathered: dict[tuple[str, str], list[tuple[StorySummary, dict[str, Any]]]] = {}
    for docname in sorted(all_stories):
        for story in all_stories[docname]:
            for entity in story["entities"]:
                gathered.setdefault(_key(entity), []).append((story, entity))
    return gathered


def _quote_list(story: StorySummary, entity: dict[str, Any], link: Link) -> str:
    if not entity["quotes"]:
        return ""
    items = "".join(
        f'<li><span class="ann-badge">{t(_KINDS[q["kind"]])}</span> '
        f'<a href="{a(link(story["docname"], story["uid"] + "-quote-" + q["id"]))}">'
        f'<q>{mask_text(q["text"], story.get("masked", []))}</q></a></li>'
        for q in entity["quotes"])
    return f"<ul>{items}</ul>"


def render_index(kind: str, all_stories: dict[str, list[StorySummary]], link: Link) -> str:
    gathered = _gather(all_stories)
    if kind == "speakers":
        return _masked_scope(_speakers(gathered, link), all_stories)
    return _masked_scope(_entities(gathered, link), all_stories)


def shows_masked_words(all_stories: dict[str, list[StorySummary]]) -> bool:
    """Whether an index quotes a story with masked words (it then needs the reveal)."""
    return any(s.get("masked") for stories in all_stories.values() for s in stories)


def _masked_scope(html: str, all_stories: dict[str, list[StorySummary]]) -> str:
    """The index, behind the stories' content warnings when it quotes masked words."""
    if not shows_masked_words(all_stories):
        return html
    labels = sorted({label for stories in all_stories.values() for s in stories
                     if s.get("masked") for label in s.get("warnings", [])})
    warning = ('<div class="ann-warning" role="note"><p><strong>Content warning:</strong> '
               f'{t("; ".join(labels))}. Quotes below come from stories with words masked '
               "under a content warning; they stay masked here too.</p></div>")
    return f'<div class="ann-masked-scope" data-ann-masked-scope>{warning}{reveal_control()}' \
           f"{html}</div>"


def _entities(gathered: dict[tuple[str, str], list[tuple[StorySummary, dict[str, Any]]]],
              link: Link) -> str:
    entries = sorted(gathered.values(), key=lambda occ: occ[0][1]["name"].lower())
    items = []
    for occurrences in entries:
        first = occurrences[0][1]
        if first["type"] not in ("person", "organisation", "group"):
            continue
        per_story = "".join(
            f'<li><a href="{a(link(s["docname"], s["uid"] + "-entity-" + e["id"]))}">'
            f'{t(s["headline"])}</a>: {e["mentions"]} mention{"" if e["mentions"] == 1 else "s"}'
            f', {len(e["quotes"])} quote{"" if len(e["quotes"]) == 1 else "s"}'
            f"{_quote_list(s, e, link)}</li>" for s, e in occurrences)
        items.append(
            f'<li class="ann-index-entry" data-type="{a(first["type"])}">'
            f'<p><strong>{t(first["name"])}</strong> <span class="ann-badge">'
            f'{t(first["type"])}</span></p>{first["description_html"]}<ul>{per_story}</ul></li>')
    return f'<ul class="ann-index ann-index-entities">{"".join(items)}</ul>'


def _speakers(gathered: dict[tuple[str, str], list[tuple[StorySummary, dict[str, Any]]]],
              link: Link) -> str:
    rows = []
    for occurrences in gathered.values():
        quoted = [(s, e) for s, e in occurrences if e["quotes"]]
        if not quoted:
            continue
        words = sum(q["words"] for _, e in quoted for q in e["quotes"] if q["kind"] != "indirect")
        rows.append((words, quoted))
    rows.sort(key=lambda r: (-r[0], r[1][0][1]["name"].lower()))
    items = []
    for words, quoted in rows:
        first = quoted[0][1]
        per_story = "".join(
            f'<li><a href="{a(link(s["docname"], s["uid"] + "-entity-" + e["id"]))}">'
            f'{t(s["headline"])}</a>{_quote_list(s, e, link)}</li>' for s, e in quoted)
        role = f" — {t(first['role'])}" if first["role"] else ""
        items.append(f'<li class="ann-index-entry"><p><strong>{t(first["name"])}</strong>{role}'
                     f' <span class="ann-count">{words} quoted words</span></p>'
                     f"<ul>{per_story}</ul></li>")
    return f'<ul class="ann-index ann-index-speakers">{"".join(items)}</ul>'
