"""Lighter pages (annotate/sphinx/page_weight.py) that lose none of the theme's controls.

The timings on a slow connection are measured by ``benchmarks/network.py``; here the
tests assert what the pages load and that everything a reader clicks still works.
"""

from __future__ import annotations

import pytest

from ..course import HANCOCK
from .conftest import ALL_PAGES, EXPLORE_PAGE, assert_clean

PAGE = f"book/{HANCOCK}.html"


@pytest.mark.parametrize("path", ALL_PAGES)
def test_pages_load_each_file_once_and_no_icon_script(new_page, path: str) -> None:
    page, rec = new_page(path)
    files = [u.split("?")[0] for u in rec.requests]
    assert not any(f.endswith("fontawesome.js") for f in files)
    assert len(files) == len(set(files)), sorted(f for f in files if files.count(f) > 1)
    # the theme's icons still come from its web font
    icon = page.locator(".theme-switch-button i").first.evaluate(
        "e => [getComputedStyle(e, '::before').content, getComputedStyle(e).fontFamily]")
    assert icon[0] not in ("none", "normal", '""') and "Font Awesome" in icon[1]
    assert_clean(rec)


def test_a_story_page_weighs_under_a_megabyte(new_page) -> None:
    page, rec = new_page(PAGE)
    sizes = page.evaluate("""() => performance.getEntriesByType('resource')
        .map(e => e.decodedBodySize).concat(
        [performance.getEntriesByType('navigation')[0].decodedBodySize])""")
    assert sum(sizes) <= 1_000_000, sum(sizes)
    # only what the page uses: no notebook, design, toggle or thebe assets on a story
    loaded = " ".join(rec.requests)
    for unused in ("sphinx-design", "mystnb.", "togglebutton", "sphinx-thebe", "ipywidgets"):
        assert unused not in loaded, unused
    assert_clean(rec)


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_every_theme_control_still_works(new_page, phone: bool) -> None:
    page, rec = new_page(PAGE, phone=phone)
    html = page.locator("html")
    # colour mode
    before = html.get_attribute("data-theme")
    page.locator(".theme-switch-button").first.click()
    assert html.get_attribute("data-theme") != before
    # search: the button and the keyboard shortcut open the search dialog
    dialog = page.locator("#pst-search-dialog")
    page.locator(".search-button__button:visible").first.click()
    assert dialog.evaluate("d => d.open")
    page.keyboard.press("Escape")
    page.wait_for_function("!document.getElementById('pst-search-dialog').open")
    page.keyboard.press("Control+k")
    assert dialog.evaluate("d => d.open")
    page.keyboard.press("Escape")
    page.wait_for_function("!document.getElementById('pst-search-dialog').open")
    # the download menu opens
    page.locator(".dropdown-download-buttons > button").click()
    assert page.locator(".dropdown-download-buttons .dropdown-menu").is_visible()
    page.keyboard.press("Escape")
    # the primary sidebar opens (a drawer on a phone) or closes (on the desktop)
    sidebar = page.locator(".bd-sidebar-primary")
    shown = sidebar.is_visible() and sidebar.evaluate(
        "e => e.getBoundingClientRect().right > 0")
    page.locator(".primary-toggle").first.click()
    page.wait_for_timeout(400)
    now = sidebar.is_visible() and sidebar.evaluate("e => e.getBoundingClientRect().right > 0")
    assert now != shown
    if not phone:  # Bootstrap's tooltips (its script ran, deferred): shown on hover
        page.locator(".btn-fullscreen-button").hover()
        page.locator(".tooltip").first.wait_for(state="visible")
    assert_clean(rec)


def test_code_pages_keep_their_copy_buttons(new_page) -> None:
    page, rec = new_page("book/guide.html")
    blocks = page.locator("div.highlight")
    assert blocks.count() > 0
    assert page.locator("button.copybtn").count() == blocks.count()
    assert_clean(rec)


def test_the_explorer_shows_its_text_first_and_its_widgets_after_loading(new_page) -> None:
    page, rec = new_page(EXPLORE_PAGE)
    # the runtime waits for the page's load (it is not fetched before)
    order = page.evaluate("""() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const runtime = performance.getEntriesByType('resource')
            .find(e => e.name.includes('embed-amd.js'));
        return [nav.loadEventStart, runtime ? runtime.startTime : null];
    }""")
    assert order[1] is not None and order[1] >= order[0]
    page.locator(".ann-x-explorer").first.wait_for()
    # the widget state now follows the text, and still drives the widgets
    assert page.evaluate("""() => {
        const state = document.querySelector(
            'script[type="application/vnd.jupyter.widget-state+json"]');
        const h1 = document.querySelector('article h1');
        return !!(h1.compareDocumentPosition(state) & Node.DOCUMENT_POSITION_FOLLOWING);
    }""")
    assert_clean(rec)
