"""Sphinx extension: ``annotated-story`` and ``annotated-index`` directives.

List ``annotate.sphinx`` in ``_config.yml`` under ``sphinx: extra_extensions``.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from .. import __version__
from . import assets, collect, directives, indexes, notebooks


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("annotate_disable_raw", True, "env", bool)
    # Printing a story gives a worksheet: model answers only when the instructor asks.
    app.add_config_value("annotate_print_answers", False, "env", bool)
    # An index longer than this (bytes of HTML) continues on further pages.
    app.add_config_value("annotate_index_page_bytes", indexes.PAGE_BUDGET, "env", int)
    app.add_directive("annotated-story", directives.AnnotatedStory)
    app.add_directive("annotated-index", directives.AnnotatedIndex)
    app.add_node(directives.index_placeholder)
    app.connect("builder-inited", assets.add_static_path)
    app.connect("env-before-read-docs", collect.before_read)
    app.connect("source-read", notebooks.source_read)
    app.connect("env-purge-doc", collect.purge_doc)
    app.connect("env-merge-info", collect.merge_info)
    app.connect("env-get-outdated", collect.outdated_indexes)
    app.connect("doctree-read", directives.keep_headlines, priority=400)
    app.connect("doctree-resolved", directives.resolve_indexes)
    app.connect("html-collect-pages", directives.more_index_pages)
    app.connect("html-page-context", assets.add_page_assets)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True,
            "env_version": 1}
