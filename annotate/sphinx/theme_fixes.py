"""Mend what a stock Jupyter Book 1 / sphinx-book-theme page gets wrong for our readers.

A separate, optional extension (``annotate.sphinx.theme_fixes``) because it concerns
the theme, not annotations:

* two theme buttons whose accessible names do not contain their visible text
  (axe *label-content-name-mismatch*, serious): overridden templates in
  ``templates/``, placed first on ``templates_path``;
* sphinx-thebe registers its inline configuration script twice (once with filename
  ``None``, once with ``""``, so Sphinx's own de-duplication misses it), which throws
  ``Identifier 'THEBE_JS_URL' has already been declared`` on every page: exact
  duplicate script entries are dropped from each page;
* the theme's skip link goes to the main content, about 20 tab stops before a story's
  text: story pages get a second one, straight to the text (``templates/layout.html``);
* three viewport meta tags per page (Sphinx's, docutils', the theme's): one is kept;
* a second search button in an otherwise empty header bar on the desktop;
* with no ``default_mode`` the theme logs ``Got invalid theme mode``: default to
  ``auto`` unless the book sets one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config

from .. import __version__

TEMPLATES = Path(__file__).parent / "templates"


def _config_inited(app: Sphinx, config: Config) -> None:
    config.templates_path.insert(0, str(TEMPLATES))
    context = dict(config.html_context or {})
    context.setdefault("default_mode", "auto")
    config.html_context = context
    # sphinx-book-theme's empty navbar_persistent is read by pydata-sphinx-theme 0.17 as
    # its default, a second "Search Ctrl+K" button in a header bar of its own.
    options = dict(config.html_theme_options or {})
    options.setdefault("navbar_persistent", [])
    config.html_theme_options = options


_VIEWPORT = re.compile(r'<meta name="viewport"[^>]*>\s*')


def _one_viewport(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                  doctree: nodes.document | None) -> None:
    """docutils adds a viewport tag to the page's metatags; Sphinx's layout has one
    already (the theme's third is dropped in templates/layout.html)."""
    if "metatags" in context:
        context["metatags"] = _VIEWPORT.sub("", context["metatags"])


def _dedupe_scripts(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                    doctree: nodes.document | None) -> None:
    scripts = context.get("script_files")
    if not scripts:
        return
    seen: set[tuple[object, tuple[tuple[str, str], ...]]] = set()
    unique = []
    for script in scripts:
        attributes = tuple(sorted((k, str(v)) for k, v in getattr(script, "attributes",
                                                                    {}).items()))
        # Sphinx and sphinx-thebe spell "no file, inline body" as None and as "".
        key = (getattr(script, "filename", script) or None, attributes)
        if key in seen:
            continue
        seen.add(key)
        unique.append(script)
    context["script_files"] = unique


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _config_inited)
    app.connect("html-page-context", _dedupe_scripts, priority=900)
    app.connect("html-page-context", _one_viewport)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
