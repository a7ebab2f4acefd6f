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
* the book's address (``index.html``) is a bare redirect without an icon, so every visit
  asks for ``/favicon.ico`` and gets a 404: it becomes a small page with one;
* no visible focus ring on several theme buttons, and a "Back to top" button at 2.3:1
  contrast floating over the text: ``static/theme-fixes.css``;
* pages download and wait for far more than they use (``page_weight.py``);
* every page's sidebar lists every page of the book, which makes large courses slow to
  build and heavy to load (``navigation.py``: a window of the long parts);
* with no ``default_mode`` the theme logs ``Got invalid theme mode``: default to
  ``auto`` unless the book sets one.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config

from .. import __version__
from . import navigation, page_weight

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"  # theme-fixes.css


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


def _home_page(app: Sphinx, exception: Exception | None) -> None:
    """The book's address (``index.html``) as a real page that redirects to the root page.

    sphinx-external-toc writes a bare ``<meta http-equiv="Refresh">`` there when it is
    missing: no language, no title, no icon, so the browser asks for ``/favicon.ico``
    (a 404 on every visit) and a reader whose browser ignores the refresh sees nothing.
    Runs before it (which then leaves the file alone) and upgrades an old bare one.
    """
    if exception is not None or app.builder.format != "html" or app.config.root_doc == "index":
        return
    path = Path(app.outdir) / "index.html"
    if path.exists() and not path.read_text(encoding="utf-8").startswith("<meta"):
        return
    target = app.builder.get_target_uri(app.config.root_doc)
    favicon = app.config.html_favicon
    icon = "data:,"  # no icon: say so, rather than let the browser ask for favicon.ico
    if favicon:
        icon = favicon if "://" in favicon else f"_static/{Path(favicon).name}"
    title = escape(app.config.html_title or app.config.project or "Home")
    page = (f'<!DOCTYPE html>\n<html lang="{escape(app.config.language or "en")}">\n<head>\n'
            f'<meta charset="utf-8">\n<title>{title}</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta http-equiv="Refresh" content="0; url={escape(target)}">\n'
            f'<link rel="icon" href="{escape(icon)}">\n</head>\n'
            f'<body><p><a href="{escape(target)}">{title}</a></p></body>\n</html>\n')
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)


def _add_static(app: Sphinx) -> None:
    if str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _config_inited)
    app.connect("builder-inited", _add_static)
    app.connect("builder-inited", page_weight.add_filter)
    app.connect("html-page-context", page_weight.slim_page, priority=990)
    app.connect("html-page-context", navigation.add_sidebar)
    app.add_css_file("theme-fixes.css")
    app.connect("html-page-context", _dedupe_scripts, priority=900)
    app.connect("html-page-context", _one_viewport)
    app.connect("build-finished", _home_page, priority=400)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
