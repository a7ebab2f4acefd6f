"""The Explore page: the notebook explorer's widgets, live in the static book (no kernel)."""

from __future__ import annotations

import pytest

from .conftest import ALL_PAGES, EXPLORE_PAGE, assert_clean

pytestmark = pytest.mark.browser

FIRST = ".ann-x-explorer >> nth=0"


def _wait_for_widgets(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector(".ann-x-explorer .widget-dropdown select", timeout=20_000)


def _options(select) -> list[str]:  # type: ignore[no-untyped-def]
    """Option labels (the widget runtime writes their spaces as no-break spaces)."""
    texts = select.evaluate("s => [...s.options].map(o => o.text)")
    return [text.replace("\xa0", " ") for text in texts]


def _shown(page, explorer: str = FIRST) -> tuple[str, str, list[str]]:  # type: ignore[no-untyped-def]
    """The layer and key of the view on screen, and the words it highlights."""
    view = page.locator(explorer).locator(".ann-x-view:visible")
    assert view.count() == 1, "exactly one view is shown at a time"
    marks = view.locator("mark").evaluate_all(
        "ms => ms.map(m => [...m.childNodes].filter(n => !n.classList?.contains('ann-x-spoken'))"
        ".map(n => n.textContent).join(''))")
    spoken = view.locator("mark .ann-x-spoken")
    assert spoken.count() == len(marks), "every mark has its label for screen readers"
    if marks:  # the label is there for screen readers, and takes no room on screen
        box = spoken.first.bounding_box()
        assert box is not None and box["width"] <= 1 and box["height"] <= 1
    return view.get_attribute("data-layer"), view.get_attribute("data-key"), marks


def test_choosing_a_name_shows_its_passages(new_page) -> None:
    page, rec = new_page(EXPLORE_PAGE)
    _wait_for_widgets(page)
    layer, key, marks = _shown(page)
    assert (layer, key) == ("entities", "all") and len(marks) > 20

    select = page.locator(FIRST).locator(".widget-dropdown select:visible")
    labels = _options(select)
    label = next(o for o in labels if o.startswith("Jordan Hancock"))
    select.select_option(index=labels.index(label))
    layer, key, marks = _shown(page)
    assert (layer, key) == ("entities", "jordan-hancock")
    assert "Jordan Hancock" in marks and "Denver" not in marks
    assert len(marks) == int(label.split("(person, ")[1].split(" ")[0])

    # Back to "all": the first view again.
    select.select_option(index=0)
    assert _shown(page)[1] == "all"
    assert_clean(rec)


def test_switching_layers_and_speakers(new_page) -> None:
    page, rec = new_page(EXPLORE_PAGE)
    _wait_for_widgets(page)
    explorer = page.locator(FIRST)
    explorer.get_by_role("tab", name="Quotes by speaker").click()
    layer, key, marks = _shown(page)
    assert (layer, key) == ("quotes", "all")
    everyone = marks

    select = explorer.locator(".widget-dropdown select:visible")
    select.select_option(index=1)
    layer, key, marks = _shown(page)
    assert layer == "quotes" and key != "all"
    assert 0 < len(marks) < len(everyone)
    assert set(marks) <= set(everyone)

    explorer.get_by_role("tab", name="Context notes").click()
    select = explorer.locator(".widget-dropdown select:visible")
    select.select_option(index=2)
    layer, key, marks = _shown(page)
    assert layer == "notes" and len(marks) == 1
    assert_clean(rec)


def test_the_keyboard_changes_the_view(new_page) -> None:
    page, rec = new_page(EXPLORE_PAGE)
    _wait_for_widgets(page)
    select = page.locator(FIRST).locator(".widget-dropdown select:visible")
    select.focus()
    before = _shown(page)
    page.keyboard.press("ArrowDown")
    after = _shown(page)
    assert after[1] != before[1] and after[2] != before[2]
    assert_clean(rec)


def test_the_collection_explorer_lists_stories_per_name(new_page) -> None:
    page, rec = new_page(EXPLORE_PAGE)
    _wait_for_widgets(page)
    collection = ".ann-x-collection"
    assert _shown(page, collection)[0] == "collection"
    select = page.locator(collection).locator(".widget-dropdown select")
    labels = _options(select)
    select.select_option(index=next(i for i, o in enumerate(labels)
                                     if o.startswith("Satana Deberry")))
    _, key, marks = _shown(page, collection)
    assert key == "name:satana deberry" and "Satana Deberry" in marks
    assert "Two Black Progressive Prosecutors" in page.locator(collection).locator(
        ".ann-x-view:visible h3").inner_text()
    assert_clean(rec)


def test_the_story_drop_down_switches_the_story(new_page) -> None:
    page, rec = new_page(EXPLORE_PAGE)
    _wait_for_widgets(page)
    stories = page.locator(".ann-x-stories > .widget-dropdown select")
    labels = _options(stories)
    assert len(labels) == 2 and labels[0].startswith("Denver Mayor’s Son")
    title = ".ann-x-stories .ann-x-explorer:visible .ann-x-title"
    assert page.locator(title).inner_text().startswith("Denver Mayor’s Son")
    stories.select_option(index=1)
    assert page.locator(title).inner_text().startswith("Two Black Progressive Prosecutors")
    layer, key, marks = _shown(page, ".ann-x-stories .ann-x-explorer:visible")
    assert (layer, key) == ("entities", "all") and "Satana Deberry" in marks
    assert_clean(rec)


def test_masked_words_stay_masked_in_the_explorer(new_page) -> None:
    page, rec = new_page(EXPLORE_PAGE)
    _wait_for_widgets(page)
    text = page.locator(FIRST).inner_text()
    assert "▇▇▇" in text and "faggot" not in text.lower()
    assert "Content warning" in text
    assert_clean(rec)


@pytest.mark.parametrize("path", [p for p in ALL_PAGES if p != EXPLORE_PAGE])
def test_pages_without_widgets_do_not_load_the_widget_runtime(new_page, path: str) -> None:
    page, rec = new_page(path)
    assert not [u for u in rec.requests if "/ipywidgets/" in u]
    assert page.locator("script[type='application/vnd.jupyter.widget-state+json']").count() == 0


def test_the_widget_runtime_comes_from_the_book_itself(new_page) -> None:
    page, rec = new_page(EXPLORE_PAGE)
    _wait_for_widgets(page)
    runtime = [u.split("?")[0].rsplit("/", 1)[-1] for u in rec.requests if "/ipywidgets/" in u]
    assert runtime[:3] == ["require.js", "require-config.js", "embed-amd.js"]
    assert all(name.endswith((".js", ".woff2")) for name in runtime)
    assert_clean(rec)


def test_every_widget_font_loads_from_the_vendored_folder(new_page) -> None:
    """Whichever bundled module asks for the icon fonts, they resolve beside embed-amd.js."""
    page, rec = new_page(EXPLORE_PAGE)
    _wait_for_widgets(page)
    urls = page.evaluate("""() => ["@jupyter-widgets/base", "@jupyter-widgets/controls",
        "@jupyter-widgets/html-manager/dist/libembed-amd"].map(m => require.toUrl(m))""")
    assert all("/_static/ipywidgets/" in u for u in urls), urls
    statuses = page.evaluate("""async () => {
        const faces = [...document.fonts].filter(f => f.family.includes("Font Awesome"));
        await Promise.allSettled(faces.map(f => f.load()));
        return faces.map(f => f.status); }""")
    assert statuses and set(statuses) == {"loaded"}
    fonts = [u for u in rec.requests if u.split("?")[0].endswith((".woff2", ".woff", ".ttf"))
             and "/_static/vendor/fontawesome/" not in u]  # the theme's own icons
    assert len(fonts) == 3
    assert all("/_static/ipywidgets/" in u and u.endswith(".woff2") for u in fonts)
    assert_clean(rec)
