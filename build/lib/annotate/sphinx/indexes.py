"""Book-wide indexes: people and organisations across stories, and who speaks where."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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


#: An index page holds entries up to about this many bytes; a longer index continues
#: on further pages (``people-2.html`` …), each with the same warning, filter and
#: page links, so no page a student opens on a phone grows with the course.
PAGE_BUDGET = 350_000


@dataclass(frozen=True)
class IndexPages:
    """An index split into pages: each page's entries as HTML, and their labels."""

    kind: str
    pages: list[str]  # the <li> entries of each page, joined
    labels: list[str]  # "Aaron – Cole" for each page

    def render(self, number: int, all_stories: dict[str, list[StorySummary]],
               uri: Callable[[int], str]) -> str:
        """Page ``number`` (1-based): the warning, filter, page links, then entries."""
        css = "ann-index-entities" if self.kind == "entities" else "ann-index-speakers"
        body = f'<ul class="ann-index {css}">{self.pages[number - 1]}</ul>'
        nav = ""
        if len(self.pages) > 1:
            links = "".join(
                f'<li><a href="{a(uri(i))}"'
                + (' aria-current="page"' if i == number else "")
                + f">{t(label)}</a></li>" for i, label in enumerate(self.labels, 1))
            nav = (f'<nav class="ann-index-pages" aria-label="Index pages"><p>Page {number} '
                   f"of {len(self.pages)}</p><ol>{links}</ol></nav>")
        return _masked_scope(_filter() + nav + body, all_stories)


def _filter() -> str:
    """A filter box (the script shows it: without it, every entry is listed)."""
    return ('<p class="ann-index-filter" hidden><label>Filter this page '
            '<input type="search" class="ann-filter" autocomplete="off"></label> '
            '<span class="ann-filter-count" aria-live="polite"></span></p>')


def paginate(kind: str, all_stories: dict[str, list[StorySummary]], link: Link,
             budget: int = PAGE_BUDGET) -> IndexPages:  # ``annotate_index_page_bytes``
    """The index's entries, in pages of at most ``budget`` bytes (a longer entry alone)."""
    gathered = _gather(all_stories)
    entries = _speakers(gathered, link) if kind == "speakers" else _entities(gathered, link)
    pages: list[list[tuple[str, str]]] = [[]]
    size = 0
    for name, html in entries:
        if pages[-1] and size + len(html) > budget:
            pages.append([])
            size = 0
        pages[-1].append((name, html))
        size += len(html)
    if kind == "speakers":  # ordered by how much they are quoted: label by rank
        first = 1
        labels = []
        for page in pages:
            labels.append(f"{first}–{first + len(page) - 1}")
            first += len(page)
    else:
        labels = [f"{page[0][0]} – {page[-1][0]}" if page else "" for page in pages]
    return IndexPages(kind, ["".join(h for _, h in page) for page in pages], labels)


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
              link: Link) -> list[tuple[str, str]]:
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
        items.append((first["name"],
            f'<li class="ann-index-entry" data-type="{a(first["type"])}">'
            f'<p><strong>{t(first["name"])}</strong> <span class="ann-badge">'
            f'{t(first["type"])}</span></p>{first["description_html"]}<ul>{per_story}</ul></li>'))
    return items


def _speakers(gathered: dict[tuple[str, str], list[tuple[StorySummary, dict[str, Any]]]],
              link: Link) -> list[tuple[str, str]]:
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
        items.append((first["name"],
                      f'<li class="ann-index-entry"><p><strong>{t(first["name"])}</strong>{role}'
                      f' <span class="ann-count">{words} quoted words</span></p>'
                      f"<ul>{per_story}</ul></li>"))
    return items
