"""The sidebar of a large course: the same on every page whatever the number of stories.

The theme renders the whole table of contents into every page's sidebar: a book of
1,000 stories repeats 1,000 links on each of its 1,000 pages (a story page grew from 83
to 188 kB), and building them is quadratic (Sphinx resolves the full toctree and the
theme re-parses it with BeautifulSoup for each page). When a part of the table of
contents has more than :data:`FULL` pages, the sidebar is rendered here instead, once
per page in time proportional to what it shows: every part's caption, the pages of
small parts, and for a large part the :data:`WINDOW` pages either side of the current
one (its neighbours in reading order) with a link to the full list on the root page.
Smaller books keep the theme's own sidebar unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

#: A part with at most this many pages is listed whole.
FULL = 40
#: Otherwise the sidebar shows this many pages either side of the current one.
WINDOW = 6


@dataclass(frozen=True)
class Part:
    caption: str | None
    pages: tuple[tuple[str, str], ...]  # (docname, title)


def parts(app: Sphinx) -> list[Part]:
    """The root page's toctrees as parts, computed once per build."""
    env = app.builder.env
    cached = getattr(env, "annotate_nav_parts", None)
    stamp = (len(env.found_docs), tuple(sorted(env.toctree_includes.get(app.config.root_doc,
                                                                         []))))
    if cached is not None and cached[0] == stamp:
        return cached[1]  # type: ignore[no-any-return]
    found: list[Part] = []
    try:
        root = env.get_doctree(app.config.root_doc)
    except (FileNotFoundError, KeyError):
        return found
    for toctree in root.findall(addnodes.toctree):
        pages = []
        for title, docname in toctree["entries"]:
            if docname in env.titles:
                pages.append((docname, title or env.titles[docname].astext()))
        found.append(Part(toctree.get("caption"), tuple(pages)))
    env.annotate_nav_parts = (stamp, found)  # type: ignore[attr-defined]
    return found


def is_large(book: list[Part]) -> bool:
    return any(len(part.pages) > FULL for part in book)


def render(app: Sphinx, pagename: str, book: list[Part]) -> str:
    """The sidebar navigation for ``pagename``: O(parts + window), not O(pages)."""
    def link(docname: str, title: str, current: bool) -> str:
        href = "#" if current else escape(app.builder.get_relative_uri(pagename, docname))
        cls = ' class="toctree-l1 current active"' if current else ' class="toctree-l1"'
        aria = ' aria-current="page"' if current else ""
        return (f'<li{cls}><a class="reference internal{" current" if current else ""}" '
                f'href="{href}"{aria}>{escape(title)}</a></li>')

    out = ['<nav class="bd-links bd-docs-nav" aria-label="Main">',
           '<div class="bd-toc-item navbar-nav active">']
    root = app.config.root_doc
    root_title = app.builder.env.titles[root].astext() if root in app.builder.env.titles \
        else "Home"
    out.append('<ul class="nav bd-sidenav bd-sidenav__home-link">'
               + link(root, root_title, pagename == root) + "</ul>")
    for part in book:
        if part.caption:
            out.append('<p aria-level="2" class="caption" role="heading">'
                       f'<span class="caption-text">{escape(part.caption)}</span></p>')
        pages = list(part.pages)
        shown = pages
        names = [d for d, _ in pages]
        if len(pages) > FULL:
            here = names.index(pagename) if pagename in names else 0
            lo = max(0, min(here - WINDOW, len(pages) - 2 * WINDOW - 1))
            shown = pages[lo:lo + 2 * WINDOW + 1]
        items = [link(d, t, d == pagename) for d, t in shown]
        if len(shown) < len(pages):
            items.append(
                '<li class="toctree-l1 ann-nav-all"><a class="reference internal" '
                f'href="{escape(app.builder.get_relative_uri(pagename, root))}">'
                f"All {len(pages)} pages of {escape(part.caption or 'this part')}"
                "</a></li>")
        out.append(f'<ul class="nav bd-sidenav">{"".join(items)}</ul>')
    out.append("</div></nav>")
    return "\n".join(out)


def add_sidebar(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                doctree: nodes.document | None) -> None:
    """Give large books the windowed sidebar (templates/sbt-sidebar-nav.html uses it)."""
    if app.builder.format != "html":
        return
    book = parts(app)
    if is_large(book):
        context["annotate_nav_html"] = render(app, pagename, book)
