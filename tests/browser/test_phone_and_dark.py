"""Phones (375 px, touch) and the dark theme: geometry and contrast, asserted."""

from __future__ import annotations

import pytest

from ..course import HANCOCK
from .conftest import EXPLORE_PAGE, STORY_PAGES, assert_clean

PAGE = f"book/{HANCOCK}.html"
UID = f"#{HANCOCK}"

#: WCAG contrast of an element's text against the first opaque background behind it.
CONTRAST = """e => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = c => {
    const [r, g, b] = rgb(c).slice(0, 3).map(v => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  let bg = null;
  for (let n = e; n; n = n.parentElement) {
    const c = getComputedStyle(n).backgroundColor, a = rgb(c)[3];
    if (c !== "transparent" && (a === undefined || a > 0.9)) { bg = c; break; }
  }
  bg = bg || "rgb(255, 255, 255)";
  const [l1, l2] = [lum(getComputedStyle(e).color), lum(bg)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}"""


@pytest.mark.parametrize("path", STORY_PAGES)
def test_a_story_fits_a_phone(new_page, path: str) -> None:
    page, rec = new_page(path, phone=True)
    # nothing wider than the screen: the page never scrolls sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # chart names and numbers at a readable size
    sizes = page.locator(".ann-bar-name, .ann-bar-value").evaluate_all(
        "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert sizes and min(sizes) >= 12
    # the table scrolls inside its own box, if at all
    page.get_by_text("The numbers as a table").first.click()
    box = page.locator(".ann-table-scroll").first
    assert box.evaluate("e => e.getBoundingClientRect().right") <= 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # no note marker alone at the start of a line
    starts = page.locator(".ann-text .ann-note-ref").evaluate_all("""els => els.map(e => {
        const text = e.closest('.ann-text').getBoundingClientRect().left;
        return e.getClientRects()[0].left - text; })""")
    assert starts and min(starts) > 4, starts
    assert_clean(rec)


def test_back_to_top_covers_nothing_and_can_be_read(new_page) -> None:
    page, rec = new_page(PAGE, phone=True)
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -400)  # the theme shows it while scrolling up
    button = page.locator("#pst-back-to-top")
    button.wait_for(state="visible")
    assert button.evaluate(CONTRAST) >= 4.5
    geometry = button.evaluate("""b => {
        const r = b.getBoundingClientRect();
        const bar = document.querySelector('.bd-header-article').getBoundingClientRect();
        const hits = [...document.querySelectorAll(
            '.bd-header-article a, .bd-header-article button, .bd-header-article label')]
          .filter(c => c.getBoundingClientRect().width > 0)
          .filter(c => { const o = c.getBoundingClientRect();
                         return !(o.right <= r.left || o.left >= r.right ||
                                  o.bottom <= r.top || o.top >= r.bottom); })
          .map(c => c.className);
        return {inBar: r.top >= bar.top && r.bottom <= bar.bottom && r.left >= bar.left &&
                       r.right <= bar.right, hits};
    }""")
    assert geometry == {"inBar": True, "hits": []}  # over the bar's empty middle only
    button.click()
    page.wait_for_function("window.scrollY < 50")
    assert_clean(rec)


def test_the_explorers_tabs_are_not_clipped_on_a_phone(new_page) -> None:
    page, rec = new_page(EXPLORE_PAGE, phone=True)
    tabs = page.locator(".ann-x-explorer .lm-TabBar-tab")
    tabs.first.wait_for()
    clipped = tabs.evaluate_all("""tabs => tabs.filter(t => {
        const label = t.querySelector('.lm-TabBar-tabLabel') || t;
        const bar = t.closest('.lm-TabBar').getBoundingClientRect();
        const r = t.getBoundingClientRect();
        return label.scrollWidth > label.clientWidth + 1 || r.right > bar.right + 1;
    }).map(t => t.textContent)""")
    assert tabs.count() >= 3 and clipped == []
    assert_clean(rec)


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_the_popover_close_button_has_contrast_in_every_state_in_the_dark(
        new_page, phone: bool) -> None:
    page, rec = new_page(PAGE, color_scheme="dark", phone=phone)
    page.evaluate("document.documentElement.dataset.theme = 'dark'")
    marker = page.locator(f"{UID} .ann-text .ann-note-ref").first
    if phone:
        marker.tap()
    else:
        marker.click()
    close = page.locator(f"{UID} .ann-popover .ann-close")
    assert close.is_visible()
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root,
                                          "selector": f"{UID} .ann-popover .ann-close"})
    ratios = {}
    for state in ([], ["hover"], ["focus"], ["focus-visible"], ["active"],
                  ["hover", "active", "focus"]):
        cdp.send("CSS.forcePseudoState", {"nodeId": node["nodeId"],
                                          "forcedPseudoClasses": state})
        ratios["+".join(state) or "plain"] = close.evaluate(CONTRAST)
    assert min(ratios.values()) >= 4.5, ratios
    assert_clean(rec)
