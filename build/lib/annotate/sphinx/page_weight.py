"""What a page makes a student download, and what it makes them wait for.

Measured at 1.6 Mbit/s (``benchmarks/network.py``), a stock Jupyter Book story page was
2.46 MB in 29 requests and first painted after 5.6 s; the explorer page stayed blank
for 33 s. The causes, and what this module does about each (part of
``annotate.sphinx.theme_fixes``):

* the theme's ``fontawesome.js`` (1.49 MB) turns icon tags into SVG, although the
  theme's stylesheet already draws the same icons from its web font: dropped;
* ``bootstrap.js`` and the theme's script are preloaded in the head *and* loaded at the
  end of the body, fetched twice when the cache is off: the preloads go;
* every extension's CSS and JS is on every page (sphinx-design, myst-nb's notebook
  styles, toggle and copy buttons, thebe): each is dropped from pages whose body has
  nothing it works on (thebe from every page unless the book has a "Live code" button);
* scripts in the head block the first paint: they are deferred (their order is kept;
  ``documentation_options.js`` stays, since inline scripts use it at once);
* the explorer's widget runtime (3.6 MB) loads in the head, and the widget state in the
  head comes before any text: the runtime starts only once the page has loaded
  (``static/after-load.js``), sharing no bandwidth with the text and the styles, and
  the state moves after the page's text (the runtime finds it anywhere in the page).

The template side (the theme's macros write the first two) is a Jinja filter used by
``templates/layout.html``.
"""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders.html._assets import _CascadingStyleSheet, _JavaScript

#: Theme head tags that cost a download and give the reader nothing.
_THEME_HEAD_WASTE = re.compile(
    r'<script defer src="[^"]*_static/scripts/fontawesome\.js[^"]*"></script>\s*'
    r'|<link rel="preload" as="script" href="[^"]*_static/scripts/'
    r'(?:bootstrap|pydata-sphinx-theme)\.js[^"]*" />\s*'
    r"|<!-- So that users can add custom icons -->\s*")
_BLOCKING_SCRIPT = re.compile(r"<script src=")

#: file name (start) → what must be in a page's body for it to be needed there.
_NEEDED_FOR = {
    "sphinx-design": ("sd-",),
    "design-tabs": ("sd-tab",),
    "mystnb.": ("cell_output", "cell docutils"),
    "togglebutton": ("toggle", "dropdown"),
    "copybutton": ('class="highlight', "highlight-"),
    "clipboard.min": ('class="highlight', "highlight-"),
}
#: thebe (live code cells, fetched from unpkg.com) is set up on every page, but only a
#: "Live code" launch button starts it, and a book has one only when it asks for it.
_THEBE = "sphinx-thebe"
#: Scripts inline code uses as soon as it runs: never deferred.
_KEEP_BLOCKING = ("documentation_options.js",)
#: Scripts started only once the page has loaded (after-load.js): the widget runtime,
#: whose views appear in place of their placeholders when it has arrived.
_AFTER_LOAD = ("_static/ipywidgets/",)
AFTER_LOAD_TYPE = "text/x-after-load"
_WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


#: Pages whose own inline code runs the search at once: their scripts stay as they are.
_RUN_AT_ONCE = ("search",)


def slim_head(html: str, pagename: str = "") -> str:
    """Jinja filter for the theme's head: drop fontawesome.js and double preloads, and
    defer the search scripts the theme writes in the head (except on the search page,
    which uses them at once)."""
    html = _THEME_HEAD_WASTE.sub("", html)
    if pagename in _RUN_AT_ONCE:
        return html
    return _BLOCKING_SCRIPT.sub("<script defer src=", html)


def add_filter(app: Sphinx) -> None:
    templates = getattr(app.builder, "templates", None)
    if templates is not None and hasattr(templates, "environment"):
        templates.environment.filters["annotate_slim_head"] = slim_head


def _name(asset: object) -> str:
    filename = str(getattr(asset, "filename", "") or "")
    return filename.rsplit("/", 1)[-1]


def _needed(asset: object, body: str, thebe: bool = False) -> bool:
    name = _name(asset)
    if name.startswith(_THEBE):
        return thebe
    for prefix, markers in _NEEDED_FOR.items():
        if name.startswith(prefix):
            return any(m in body for m in markers)
    return True


def slim_page(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
              doctree: nodes.document | None) -> None:
    """Drop assets the page does not use; defer head scripts; widget state after text."""
    body = context.get("body", "")
    if not isinstance(body, str):
        return
    launch = (app.config.html_theme_options or {}).get("launch_buttons") or {}
    thebe = bool(isinstance(launch, dict) and launch.get("thebe"))
    css = context.get("css_files")
    if css:
        context["css_files"] = [c for c in css if not isinstance(c, _CascadingStyleSheet)
                                or _needed(c, body, thebe)]
    scripts = context.get("script_files")
    if not scripts:
        return
    kept: list[object] = []
    states: list[str] = []
    after_load = False
    for script in scripts:
        if not isinstance(script, _JavaScript):
            kept.append(script)
            continue
        attributes = dict(script.attributes)
        if attributes.get("type") == _WIDGET_STATE and "body" in attributes:
            states.append(attributes["body"])
            continue
        if not _needed(script, body, thebe):
            continue
        if str(script.filename or "").startswith(_AFTER_LOAD):
            attributes["type"] = AFTER_LOAD_TYPE
            attributes.pop("defer", None)
            kept.append(_JavaScript(script.filename, priority=script.priority, **attributes))
            after_load = True
            continue
        if (pagename not in _RUN_AT_ONCE and script.filename
                and "async" not in attributes and "defer" not in attributes
                and attributes.get("type", "text/javascript") == "text/javascript"
                and not _name(script).startswith(_KEEP_BLOCKING)):
            attributes["defer"] = "defer"
            script = _JavaScript(script.filename, priority=script.priority, **attributes)
        kept.append(script)
    # An inline script that set up thebe goes with thebe.
    if not any(_name(s).startswith("sphinx-thebe") for s in kept):
        kept = [s for s in kept if "THEBE_JS_URL" not in str(getattr(s, "attributes", {})
                                                            .get("body", ""))]
    if after_load:
        kept.append(_JavaScript("_static/after-load.js", priority=900, defer="defer"))
    context["script_files"] = kept
    if states:
        context["body"] = body + "".join(
            f'<script type="{_WIDGET_STATE}">{state}</script>' for state in states)
