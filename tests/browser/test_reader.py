"""What a student does on the built book, in headless Chromium against 127.0.0.1."""

from __future__ import annotations

import re

import pytest

from ..course import CAROLINA, HANCOCK
from .conftest import ALL_PAGES, AXE, STORY_PAGES, assert_clean

PAGE = f"book/{HANCOCK}.html"
UID = f"#{HANCOCK}"


@pytest.mark.parametrize("path", ALL_PAGES)
def test_every_page_stays_on_host_with_no_console_error(new_page, path: str) -> None:
    page, rec = new_page(path)
    page.mouse.wheel(0, 4000)  # let lazy content load
    page.wait_for_timeout(200)
    assert_clean(rec)
    assert rec.requests, "the recorder saw no request at all"


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("path", ALL_PAGES)
def test_axe_finds_no_serious_or_critical_violation(new_page, path: str, theme: str,
                                                    phone: bool) -> None:
    page, rec = new_page(path, color_scheme=theme, phone=phone)
    page.evaluate("t => { document.documentElement.dataset.theme = t; }", theme)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    assert_clean(rec)


def _visible_text(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator(f"{UID} .ann-text").inner_text()


def test_layers_switch_on_and_off(new_page) -> None:
    page, rec = new_page(PAGE)
    mention = page.locator(f"{UID} .ann-text .ann-mention").first
    tag = page.locator(f"{UID} .ann-text .ann-quote-tag").first
    ref = page.locator(f"{UID} .ann-text .ann-note-ref").first
    assert mention.evaluate("e => getComputedStyle(e).borderBottomStyle") == "dotted"  # a place
    assert tag.is_visible() and ref.is_visible()

    text = page.locator(f"{UID} .ann-text")
    paraphrases = text.locator("mark.ann-quote").count()
    assert paraphrases > 0  # quotes without quotation marks: heard where they start
    assert text.aria_snapshot().count("- mark") == paraphrases

    page.get_by_label("People & organisations").uncheck()
    assert mention.evaluate("e => getComputedStyle(e).borderBottomStyle") == "none"
    mention.dispatch_event("click")  # a switched-off name opens nothing
    assert page.locator(f"{UID} .ann-popover").is_hidden()
    page.get_by_label("Quotes", exact=True).uncheck()
    assert not tag.is_visible()
    page.get_by_label("Context notes").uncheck()
    assert not ref.is_visible()
    # what a screen reader hears loses the marks too, not only the screen
    assert "- mark" not in text.aria_snapshot()

    page.get_by_label("People & organisations").check()
    page.get_by_label("Quotes", exact=True).check()
    page.get_by_label("Context notes").check()
    assert tag.is_visible() and ref.is_visible()
    assert text.aria_snapshot().count("- mark") == paraphrases
    assert_clean(rec)


def test_note_opens_and_closes_with_the_mouse(new_page) -> None:
    page, rec = new_page(PAGE)
    marker = page.locator(f"{UID} .ann-text .ann-note-ref").first
    marker.click()
    popover = page.locator(f"{UID} .ann-popover")
    assert popover.is_visible()
    assert "What “leaked” footage implies" in popover.inner_text()
    assert "Who could have leaked it" in popover.inner_text()
    assert popover.get_attribute("role") == "dialog"
    close = popover.get_by_role("button", name="Close note 1")
    assert close.evaluate("e => e === document.activeElement")
    close.click()
    assert not popover.is_visible()
    assert marker.evaluate("e => e === document.activeElement")
    # a click elsewhere also closes it
    marker.click()
    page.locator(f"{UID} .ann-meta .ann-source").click()
    assert not popover.is_visible()
    assert_clean(rec)


def test_note_opens_with_the_keyboard_and_esc_returns_focus(new_page) -> None:
    page, rec = new_page(PAGE)
    markers = page.locator(f"{UID} .ann-text .ann-note-ref")
    third = markers.nth(2)
    third.focus()
    page.keyboard.press("Enter")
    popover = page.locator(f"{UID} .ann-popover")
    assert popover.is_visible() and "Printing slurs in full" in popover.inner_text()
    page.keyboard.press("Escape")
    assert not popover.is_visible()
    assert third.evaluate("e => e === document.activeElement")
    assert_clean(rec)


def test_a_mention_shows_its_entity_and_highlights_its_other_mentions(new_page) -> None:
    page, rec = new_page(PAGE)
    jordan = page.locator(f'{UID} .ann-text .ann-mention[data-entity="jordan-hancock"]')
    assert jordan.count() == 10
    jordan.first.click()
    popover = page.locator(f"{UID} .ann-popover")
    assert "Jordan Hancock" in popover.inner_text()
    assert "22-year-old son of Denver's mayor" in popover.inner_text()
    active = page.locator(f'{UID} .ann-text .ann-mention.ann-active')
    assert active.count() == 10
    assert all(a == "jordan-hancock" for a in active.evaluate_all(
        "els => els.map(e => e.dataset.entity)"))
    page.keyboard.press("Escape")
    assert active.count() == 0
    assert jordan.first.evaluate("e => e === document.activeElement")
    assert_clean(rec)


def test_masked_words_are_revealed_and_masked_again(new_page) -> None:
    page, rec = new_page(PAGE)
    assert "faggot" not in _visible_text(page)
    reveal = page.get_by_label("Show masked words")
    reveal.focus()
    page.keyboard.press("Space")
    assert reveal.is_checked()
    assert "faggot" in _visible_text(page)
    reveal.uncheck()
    assert "faggot" not in _visible_text(page)
    # the accessibility tree does not read the slur while masked
    snapshot = page.locator(f"{UID} .ann-text").aria_snapshot()
    assert "faggot" not in snapshot and "masked" in snapshot
    assert_clean(rec)


def test_panels_count_mentions_chart_voices_and_reveal_answers(new_page) -> None:
    page, rec = new_page(PAGE)
    entry = page.locator(f"{UID}-entity-jordan-hancock")
    assert "10 mentions" in entry.inner_text()
    button = entry.get_by_role("button", name="Highlight mentions of Jordan Hancock")
    assert button.is_visible()
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert page.locator(f"{UID} .ann-text .ann-mention.ann-active").count() == 10
    button.click()
    assert page.locator(f"{UID} .ann-text .ann-mention.ann-active").count() == 0
    chart = page.get_by_role("img", name="Quoted words by speaker")
    assert chart.is_visible()
    page.get_by_text("The numbers as a table").click()
    table = page.get_by_role("table", name="Quotes and words by speaker")
    assert table.is_visible() and "Michael B. Hancock" in table.inner_text()
    question = page.locator(f"{UID}-question-why-aurora")
    answer = question.locator("details").last
    assert not answer.locator("p").is_visible()
    answer.locator("summary").click()
    assert answer.locator("p").is_visible()
    assert_clean(rec)


@pytest.mark.parametrize("path", STORY_PAGES)
def test_without_javascript_notes_are_endnotes_and_controls_still_work(new_page,
                                                                     path: str) -> None:
    page, rec = new_page(path, javascript=False)
    story = page.locator("[data-ann-story]")
    marker = story.locator(".ann-text .ann-note-ref").first
    href = marker.get_attribute("href")
    marker.click()
    assert page.url.endswith(href)
    note = page.locator(href)
    assert note.is_visible()
    note.locator(".ann-backref").click()
    assert page.url.endswith("#" + marker.get_attribute("id"))
    page.get_by_label("Quotes", exact=True).uncheck()
    assert not story.locator(".ann-quote-tag").first.is_visible()
    if story.locator(".ann-mask").count():
        # without the script there is no way to reveal, and nothing to reveal: the words
        # are not in the page
        assert story.locator(".ann-reveal-control").is_hidden()
        assert not SLURS.search(page.locator("body").inner_text())
        assert not SLURS.search(page.content())
    assert story.locator(".ann-questions details").count() >= 4
    assert rec.off_host() == []


def test_reduced_motion_turns_off_transitions(new_page) -> None:
    page, _ = new_page(PAGE, reduced_motion=True)
    duration = page.locator(f"{UID} .ann-popover").evaluate(
        "e => getComputedStyle(e).transitionDuration")
    assert duration == "0s"


@pytest.mark.parametrize("javascript", [True, False])
def test_print_is_a_worksheet_story_notes_hints_without_answers_or_controls(
        new_page, javascript: bool) -> None:
    page, _ = new_page(PAGE, javascript=javascript)
    question = page.locator(f"{UID}-question-tweet-vs-interview")
    hint = question.locator("details.ann-hint > :not(summary)").first
    answer = question.locator("details.ann-answer > :not(summary)").first
    provenance = page.locator(f"{UID} .ann-provenance > :not(summary)").first
    assert answer.is_hidden() and hint.is_hidden() and provenance.is_hidden()
    page.emulate_media(media="print")
    if javascript:
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert hint.is_visible() and provenance.is_visible()  # "About this text" prints
    assert answer.is_hidden()  # a worksheet: no model answers unless the instructor asks
    for chrome in (".ann-controls", ".ann-legend", ".ann-nav", ".ann-reveal-control"):
        assert page.locator(f"{UID} {chrome}").is_hidden()
    icon = page.locator(f"{UID} .ann-text .ann-mention").first.evaluate(
        "e => getComputedStyle(e, '::before').content")
    assert icon in ("none", "normal")  # no type icons on paper
    assert page.locator(f"{UID} .ann-notes").is_visible()
    assert page.locator(f"{UID} .ann-text").is_visible()
    # the chart's bars print (backgrounds are not dropped)
    bar = page.locator(f"{UID} .ann-bar-quoted").first
    assert bar.evaluate("e => getComputedStyle(e).printColorAdjust") == "exact"
    # an instructor who sets annotate_print_answers gets them printed
    page.evaluate("s => document.querySelector(s).setAttribute('data-print-answers', '')", UID)
    assert answer.is_visible()


def test_indexes_link_to_the_passages(new_page) -> None:
    page, rec = new_page("book/people.html")
    link = page.locator(".ann-index-entities a", has_text="Two Black Progressive").first
    link.click()
    page.wait_for_load_state()
    assert f"{CAROLINA}.html#{CAROLINA}-entity-" in page.url
    assert_clean(rec)


SLURS = re.compile(r"faggot|bitch|fucking", re.IGNORECASE)


def test_masked_words_stay_masked_in_every_panel_copy_and_print(new_page) -> None:
    page, rec = new_page(PAGE)
    body = page.locator("body")
    assert not SLURS.search(body.inner_text())
    page.emulate_media(media="print")
    assert not SLURS.search(body.inner_text())
    page.emulate_media(media="screen")
    # copying a sentence gives what is on screen: the mask, no quote label glued in
    paragraph = page.locator(f"{UID} .ann-text p").nth(1)
    copied = paragraph.evaluate(
        "p => { const r = document.createRange(); r.selectNodeContents(p);"
        " const s = getSelection(); s.removeAllRanges(); s.addRange(r); return s.toString(); }")
    assert "▇▇▇" in copied and not SLURS.search(copied)
    assert "partial quote" not in copied and "Jordan Hancock ·" not in copied
    # revealed: in the story and in the who-said-what panel alike; hidden again after
    page.get_by_label("Show masked words").check()
    assert "faggot" in _visible_text(page)
    assert SLURS.search(page.locator(f"{UID} .ann-whosaid").inner_text())
    page.get_by_label("Show masked words").uncheck()
    assert not SLURS.search(body.inner_text()) and not SLURS.search(page.content())
    assert_clean(rec)


@pytest.mark.parametrize("index", ["book/people.html", "book/speakers.html"])
def test_indexes_carry_the_warning_and_their_own_reveal(new_page, index: str) -> None:
    page, rec = new_page(index)
    scope = page.locator("[data-ann-masked-scope]")
    assert "Content warning" in scope.locator(".ann-warning").inner_text()
    assert not SLURS.search(page.locator("body").inner_text())
    page.get_by_label("Show masked words").check()
    assert SLURS.search(scope.inner_text())
    page.get_by_label("Show masked words").uncheck()
    assert not SLURS.search(page.content())
    assert_clean(rec)


@pytest.mark.parametrize("query", ["fired", "dad", "officer"])
def test_search_results_and_snippets_never_show_masked_words(new_page, query: str) -> None:
    page, rec = new_page(f"search.html?q={query}")
    results = page.locator("#search-results")
    results.locator("li").first.wait_for(timeout=20_000)
    page.wait_for_function("!document.querySelector('#search-progress')?.textContent"
                           ".includes('Preparing')", timeout=20_000)
    page.wait_for_timeout(500)  # snippets are filled in as each page is fetched
    assert not SLURS.search(results.inner_text())
    assert_clean(rec)


def test_the_books_address_leads_to_the_first_page_without_a_missing_icon(new_page) -> None:
    page, rec = new_page("")
    assert page.url.endswith("book/intro.html")
    assert any(u.endswith("favicon.svg") for u in rec.requests)
    assert not any(u.endswith("favicon.ico") for u in rec.requests)
    assert_clean(rec)  # no 404 on the way


@pytest.mark.parametrize("path", ALL_PAGES)
def test_one_viewport_tag_one_search_button_and_no_literal_markup(new_page, path: str) -> None:
    page, rec = new_page(path)
    assert page.locator('meta[name="viewport"]').count() == 1
    visible = page.locator(".search-button__button").evaluate_all(
        "els => els.filter(e => e.getBoundingClientRect().width > 0).length")
    assert visible == 1  # the desktop showed two "Search Ctrl+K" buttons
    text = page.locator("article").inner_text()
    assert "<kbd>" not in text and "</" not in text
    assert_clean(rec)


@pytest.mark.parametrize("index", ["book/people.html", "book/speakers.html"])
def test_an_index_page_filters_its_entries_offline(new_page, index: str) -> None:
    page, rec = new_page(index)
    entries = page.locator(".ann-index-entry")
    total = entries.count()
    assert total > 3
    box = page.get_by_label("Filter this page")
    first = entries.first.locator("strong").inner_text()
    box.fill(first)
    visible = page.locator(".ann-index-entry:visible")
    assert 1 <= visible.count() < total
    assert first in visible.first.inner_text()
    assert page.locator(".ann-filter-count").inner_text().endswith(f"of {total} shown")
    box.fill("")
    assert page.locator(".ann-index-entry:visible").count() == total
    assert_clean(rec)
