"""The extension's own CSS and JS: shipped in the package, loaded only where needed.

They live in ``annotate/sphinx/static`` and the vendored widget runtime in
``annotate/sphinx/vendor`` (both added to ``html_static_path``), not in the book's
``_static/`` folder, because Jupyter Book injects every file under the book's ``_static/``
into every page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from .collect import index_continuations, index_pages, stories

STATIC = Path(__file__).parent / "static"
#: Third-party runtimes (the offline ipywidgets manager), served as ``_static/ipywidgets/``.
VENDOR = Path(__file__).parent / "vendor"


def add_static_path(app: Sphinx) -> None:
    for folder in (STATIC, VENDOR):
        if str(folder) not in app.config.html_static_path:
            app.config.html_static_path.append(str(folder))


def add_page_assets(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                    doctree: nodes.document | None) -> None:
    """Story and index pages get annotate.css and annotate.js; pages with widgets (the
    Explore notebooks) the explorer's CSS."""
    env = app.builder.env
    if pagename in stories(env):
        app.add_css_file("annotate.css")
        app.add_js_file("annotate.js", loading_method="defer")
        if stories(env)[pagename]:  # theme_fixes' layout adds a skip link to its text
            context["annotate_story_text"] = stories(env)[pagename][0]["uid"] + "-text"
    elif pagename in index_pages(env) or any(
            pagename == name for pages in index_continuations(env).values()
            for name, _title, _body in pages):
        # the script filters the entries and runs the reveal control of masked words
        app.add_css_file("annotate.css")
        app.add_js_file("annotate.js", loading_method="defer")
    if _has_widgets(env, pagename):
        app.add_css_file("explore.css")


def _has_widgets(env: BuildEnvironment, pagename: str) -> bool:
    """Whether myst-nb saved widget state for this page (it then loads the runtime)."""
    try:
        from myst_nb.sphinx_ import NbMetadataCollector
    except ImportError:  # a plain Sphinx book without myst-nb has no notebooks
        return False
    return "ipywidgets_state" in NbMetadataCollector.get_js_files(env, pagename)
