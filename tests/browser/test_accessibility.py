"""Screen readers and the keyboard: the story heard as sentences, annotations on request."""

from __future__ import annotations

import pytest

from ..course import HANCOCK, SLUGS, seed_file
from .conftest import assert_clean
from .reading import heard_words, measure

PAGE = f"book/{HANCOCK}.html"
UID = f"#{HANCOCK}"


def test_the_measure_counts_roles_names_and_text() -> None:
    snapshot = ('- paragraph:\n  - text: A leaked video\n  - link "Note 1":\n'
                '    - /url: "#n"\n  - mark: “My dad’s the mayor”\n  - img "masked word": ▇▇▇')
    # 3 words, "link Note 1", "highlight … out of highlight" around 4 words and
    # "graphic masked word"
    assert heard_words(snapshot) == 3 + 3 + (2 + 4) + 3


@pytest.mark.parametrize("slug", SLUGS)
def test_a_screen_reader_hears_the_story_not_the_markup(new_page, slug: str) -> None:
    page, rec = new_page(f"book/{slug}.html")
    heard = measure(page, slug, seed_file(slug))
    print(f"{slug}: {heard.inserted} of {heard.heard} words heard are inserted "
          f"({heard.share:.1%})")
    assert heard.story > 100  # six real paragraphs were measured
    assert heard.share <= 0.05
    # names are not links, and a note marker is heard only when it has the focus, as
    # "Note 2" (not its title)
    text = page.locator(f"#{slug} .ann-text")
    assert "link" not in text.aria_snapshot()
    assert page.locator(f"#{slug} .ann-text a.ann-mention").count() == 0
    marker = text.locator(".ann-note-ref").first
    marker.focus()
    assert marker.evaluate("e => e.getAttribute('aria-hidden')") is None
    assert 'link "Note 1"' in text.aria_snapshot()
    assert_clean(rec)


def test_the_navigator_moves_through_annotations_and_says_each(new_page) -> None:
    page, rec = new_page(PAGE)
    status = page.locator(f"{UID} .ann-nav-status")
    assert status.get_attribute("aria-live") == "polite"
    page.get_by_role("button", name="Next annotation").click()
    first = page.locator(f"{UID} .ann-text .ann-current")
    assert first.count() == 1
    assert first.evaluate("e => e === document.activeElement")
    page.wait_for_function("s => document.querySelector(s).textContent.startsWith('1 of ')",
                           arg=f"{UID} .ann-nav-status")
    assert "Note 1 (Media literacy): What “leaked” footage implies" in status.inner_text()

    # N and P from the story text; names say who they mean, quotes their speaker
    said = []
    for _ in range(30):
        page.keyboard.press("n")
        page.wait_for_timeout(60)
        said.append(status.inner_text())
    assert any("Name: Denver, place" in s for s in said)
    assert any("Name: the young man, meaning Jordan Hancock, person" in s for s in said)
    assert any(s.split(". ", 1)[1].startswith("Quote, Jordan Hancock · partial quote: “masked”")
               for s in said), said
    assert all("faggot" not in s and "bitch" not in s for s in said)
    page.keyboard.press("p")
    page.wait_for_timeout(60)
    assert status.inner_text() == said[-2]

    # Enter on a name opens its entry; Esc returns to the name
    while "Name:" not in status.inner_text():
        page.keyboard.press("n")
        page.wait_for_timeout(60)
    current = page.locator(f"{UID} .ann-text .ann-current")
    page.keyboard.press("Enter")
    popover = page.locator(f"{UID} .ann-popover")
    assert popover.is_visible()
    page.keyboard.press("Escape")
    assert current.evaluate("e => e === document.activeElement")

    # a layer switched off drops out of the navigation
    page.get_by_label("People & organisations").uncheck()
    page.get_by_label("Quotes", exact=True).uncheck()
    page.get_by_role("button", name="Next annotation").click()
    page.wait_for_timeout(60)
    assert "Note" in status.inner_text()
    assert_clean(rec)


def test_a_skip_link_reaches_the_story_text_in_three_tab_stops(new_page) -> None:
    page, rec = new_page(PAGE)
    stops = 0
    while stops < 3:
        page.keyboard.press("Tab")
        stops += 1
        if page.evaluate("document.activeElement.textContent.trim()") == "Skip to the story text":
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == \
        "Skip to the story text"
    assert page.locator(".ann-skip-link").is_visible()  # visible once focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == f"{HANCOCK}-text"
    assert stops + 1 <= 3
    # from the text, the navigator's keys work at once
    page.keyboard.press("n")
    assert page.locator(f"{UID} .ann-text .ann-current").count() == 1
    assert_clean(rec)


def test_tab_in_a_popover_returns_to_its_marker_and_closes_it(new_page) -> None:
    page, rec = new_page(PAGE)
    popover = page.locator(f"{UID} .ann-popover")
    for backwards in (False, True):
        marker = page.locator(f"{UID} .ann-text .ann-note-ref").first
        marker.focus()
        page.keyboard.press("Enter")
        assert popover.is_visible()
        focusable = popover.locator("a[href], button").count()
        presses = 1 if backwards else focusable
        for _ in range(presses):
            page.keyboard.press("Shift+Tab" if backwards else "Tab")
        assert popover.is_hidden()
        assert marker.evaluate("e => e === document.activeElement")
        scroll = page.evaluate("window.scrollY")
        assert abs(marker.bounding_box()["y"]) < 900, scroll  # still in view, no jump
    assert_clean(rec)


def test_every_control_shows_where_the_focus_is(new_page) -> None:
    page, rec = new_page(PAGE)
    seen = 0
    for _ in range(40):
        page.keyboard.press("Tab")
        style = page.evaluate("""() => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            return {tag: e.tagName, cls: e.className, outline: s.outlineStyle,
                    width: parseFloat(s.outlineWidth), shadow: s.boxShadow,
                    visible: r.width > 0 && r.height > 0};
        }""")
        if not style or not style["visible"]:
            continue
        seen += 1
        ring = (style["outline"] != "none" and style["width"] >= 1) or style["shadow"] != "none"
        assert ring, style
    assert seen >= 20
    assert_clean(rec)


def test_highlighting_mentions_says_what_it_did(new_page) -> None:
    page, rec = new_page(PAGE)
    entry = page.locator(f"{UID}-entity-jordan-hancock")
    entry.get_by_role("button", name="Highlight mentions of Jordan Hancock").click()
    status = page.locator(f"{UID} .ann-nav-status")
    page.wait_for_function("s => document.querySelector(s).textContent.length > 0",
                           arg=f"{UID} .ann-nav-status")
    assert "10 mentions of Jordan Hancock highlighted" in status.inner_text()
    first = page.locator(f'{UID} .ann-text .ann-mention.ann-active').first
    page.wait_for_timeout(600)  # smooth scrolling
    box = first.bounding_box()
    assert box is not None and 0 <= box["y"] <= 900  # scrolled into view
    assert_clean(rec)


def test_links_to_quotes_have_distinct_names_and_highlight_the_quote(new_page) -> None:
    page, rec = new_page(PAGE)
    links = page.locator(f"{UID} .ann-whosaid a[data-quote]")
    names = [links.nth(i).evaluate("e => e.textContent") for i in range(links.count())]
    assert len(names) > 3 and len(set(names)) == len(names)
    assert all(n.startswith("in the story: ") for n in names)
    links.nth(1).click()
    quote_id = links.nth(1).get_attribute("data-quote")
    pieces = page.locator(f'{UID} .ann-text .ann-quote[data-quote="{quote_id}"]')
    assert pieces.count() >= 1
    assert all("ann-active" in (pieces.nth(i).get_attribute("class") or "")
               for i in range(pieces.count()))
    assert_clean(rec)


def test_a_legend_explains_the_marks(new_page) -> None:
    page, rec = new_page(PAGE)
    legend = page.locator(f"{UID} .ann-legend")
    assert legend.is_visible()
    text = legend.inner_text()
    for words in ("Person", "Organisation or group", "Place", "Quoted words", "Paraphrase"):
        assert words in text
    person = legend.locator('.ann-mention[data-type="person"]')
    in_text = page.locator(f'{UID} .ann-text .ann-mention[data-type="person"]').first
    style = "e => [getComputedStyle(e).borderBottomStyle, getComputedStyle(e, '::before').content]"
    assert person.evaluate(style) == in_text.evaluate(style)
    assert_clean(rec)
