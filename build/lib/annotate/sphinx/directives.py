"""The ``annotated-story`` and ``annotated-index`` directives.

``annotated-story`` runs the same pipeline as ``annotate check`` (so the book and the
CLI never disagree) and turns every diagnostic into a Sphinx warning located at the
YAML file and line, with the diagnostic code as warning subtype: a book can silence
one with ``suppress_warnings = ["annotate.N503"]``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..authoring.edits import digest
from ..check import check_file, source_path
from ..diagnostics import Diagnostic, Severity
from ..html import render_story
from ..masking import mask_plain, masked_words
from .collect import index_continuations, index_pages, stories, summarise
from .indexes import paginate

logger = logging.getLogger(__name__)


def report(diagnostic: Diagnostic) -> None:
    """One diagnostic → one Sphinx warning (hints only in verbose mode)."""
    d = diagnostic
    location = f"{d.path}:{d.start.line}:{d.start.column}"
    message = f"{d.code} {d.message}" + (f" (hint: {d.hint})" if d.hint else "")
    if d.severity is Severity.HINT:
        logger.verbose(message, location=location)
    else:
        logger.warning(message, location=location, type="annotate", subtype=d.code)


class AnnotatedStory(SphinxDirective):
    """Render one annotated story from its YAML file (path relative to the page)."""

    required_arguments = 1
    final_argument_whitespace = False
    has_content = False
    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {"no-index": directives.flag}

    def run(self) -> list[nodes.Node]:
        _, abs_path = self.env.relfn2path(self.arguments[0], self.env.docname)
        path = Path(abs_path)
        self.env.note_dependency(abs_path)
        # the N504/Q603 hints are only shown in verbose builds: only then are they found
        result = check_file(path, suggestions=self.env.app.verbosity > 0)
        for diagnostic in result.diagnostics:
            report(diagnostic)
        story = result.story
        if story is None:
            return [nodes.warning("", nodes.paragraph(
                text=f"This story could not be rendered: {path.name} has errors "
                "(see the build log or run 'annotate check')."))]
        self.env.note_dependency(str(source_path(path, story.annotation).resolve()))
        uid = path.stem
        page_stories = stories(self.env).setdefault(self.env.docname, [])
        if "no-index" not in self.options:
            page_stories.append(summarise(story, uid, self.env.docname))
        # A headline quoting a masked word shows the mask (page title, navigation too).
        headline = mask_plain(story.annotation.story.headline, masked_words(story))
        section = nodes.section(ids=[f"{uid}-story"], names=[nodes.fully_normalize_name(
            headline)])
        title = nodes.title(text=headline)
        title["annotate-verbatim"] = headline  # see keep_headlines
        section += title
        section += nodes.raw("", render_story(
            story, uid, print_answers=self.config.annotate_print_answers,
            file_digest=digest(path.read_bytes())), format="html")
        self.set_source_info(section)
        return [section]


def keep_headlines(app: Sphinx, doctree: nodes.document) -> None:
    """Undo smart quotes in story headlines: they are published words, kept verbatim.

    Sphinx's SmartQuotes transform turns ``'streamlined'`` into ``‘streamlined’`` in
    every title while the indexes keep the outlet's straight quotes. This runs on
    ``doctree-read`` before Sphinx collects the page titles (priority 400 < 500), so
    the heading, the page ``<title>`` and the navigation all read as published.
    """
    for title in doctree.findall(nodes.title):
        verbatim = title.get("annotate-verbatim")
        if verbatim is not None and title.astext() != verbatim:
            title.children = []
            title += nodes.Text(verbatim)


class index_placeholder(nodes.General, nodes.Element):
    """Replaced by the rendered index once every story has been read."""


class AnnotatedIndex(SphinxDirective):
    """``annotated-index`` with argument ``entities`` or ``speakers``."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        kind = self.arguments[0]
        if kind not in ("entities", "speakers"):
            raise self.error("annotated-index takes 'entities' or 'speakers'")
        index_pages(self.env).add(self.env.docname)
        return [index_placeholder(kind=kind)]


def resolve_indexes(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Render the index; pages beyond the first are written by :func:`more_index_pages`."""
    env = app.builder.env
    for node in list(doctree.findall(index_placeholder)):
        def link(target_doc: str, anchor: str) -> str:
            uri = app.builder.get_relative_uri(docname, target_doc)
            return f"{uri}#{anchor}"

        pages = paginate(node["kind"], stories(env), link,
                         budget=app.config.annotate_index_page_bytes)

        def uri(number: int) -> str:
            name = docname if number == 1 else f"{docname}-{number}"
            return posixpath.basename(app.builder.get_target_uri(name))

        node.replace_self(nodes.raw("", pages.render(1, stories(env), uri), format="html"))
        more = index_continuations(env)
        more.pop(docname, None)
        if len(pages.pages) > 1:
            title = env.titles[docname].astext() if docname in env.titles else ""
            more[docname] = [(f"{docname}-{n}", f"{title} ({n} of {len(pages.pages)})",
                              pages.render(n, stories(env), uri))
                             for n in range(2, len(pages.pages) + 1)]


def more_index_pages(app: Sphinx) -> list[tuple[str, dict[str, str], str]]:
    """html-collect-pages: the second and later pages of long indexes."""
    return [(name, {"title": title, "body": body}, "page.html")
            for pages in index_continuations(app.builder.env).values()
            for name, title, body in pages]
