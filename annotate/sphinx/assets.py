"""The extension's own CSS and JS: shipped in the package, loaded only where needed.

They live in ``annotate/sphinx/static`` (added to ``html_static_path``), not in the
book's ``_static/`` folder, because Jupyter Book injects every file under the book's
``_static/`` into every page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from .collect import index_pages, stories

STATIC = Path(__file__).parent / "static"


def add_static_path(app: Sphinx) -> None:
    if str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))


def add_page_assets(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                    doctree: nodes.document | None) -> None:
    """Story pages get annotate.css and annotate.js; index pages only the CSS."""
    env = app.builder.env
    if pagename in stories(env):
        app.add_css_file("annotate.css")
        app.add_js_file("annotate.js", loading_method="defer")
    elif pagename in index_pages(env):
        app.add_css_file("annotate.css")
