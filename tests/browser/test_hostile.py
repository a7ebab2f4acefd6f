"""Hostile annotations in a real browser: nothing runs, nothing loads, offsets agree."""

from __future__ import annotations

from pathlib import Path

from annotate.check import check_file
from annotate.yamlload import load_text

from ..hostile import EVIL, QUOTE, annotation, write_hostile_book
from .conftest import assert_clean


def test_no_script_runs_and_nothing_is_fetched(new_page, hostile_site: str) -> None:
    for path in ("story.html", "page.html"):
        page, rec = new_page(path, base=hostile_site)
        # poke at everything a student could: every note, every details, every element
        for marker in page.locator(".ann-text .ann-note-ref").all():
            marker.click()
            page.keyboard.press("Escape")
        for summary in page.locator("summary").all():
            summary.click()
        page.locator(".ann-text .ann-mention").first.click() if page.locator(
            ".ann-text .ann-mention").count() else None
        page.evaluate("""() => document.querySelectorAll('*').forEach(e => {
            e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
        })""")
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("#pwned").count() == 0
        assert_clean(rec)


def test_highlights_in_the_browser_match_python_offsets_after_astral_characters(
        new_page, hostile_site: str, tmp_path: Path) -> None:
    story = check_file(write_hostile_book(tmp_path) / "hostile.yml").story
    assert story is not None
    expected_mentions = [story.text[m.start:m.end] for m in story.mentions]
    quote = story.quotes["q1"]
    assert story.text[:quote.start].startswith("😀👍🏽 𝕳𝖊𝖑𝖑𝖔")
    page, rec = new_page("story.html", base=hostile_site)
    drawn = page.locator(".ann-text .ann-mention").evaluate_all(
        "els => els.map(e => e.textContent)")
    assert drawn == expected_mentions == [EVIL, "Jane Doe"]
    quoted = page.locator(".ann-text .ann-quote").evaluate(
        "e => Array.from(e.childNodes).filter(n => !(n.classList &&"
        " n.classList.contains('ann-quote-tag'))).map(n => n.textContent).join('')")
    assert quoted == f"“{QUOTE}”" == story.text[quote.start - 1:quote.end + 1]
    # and the text before the quote is exactly the Python prefix, astral characters included
    before = page.locator(".ann-text p").first.evaluate(
        "p => { const r = document.createRange(); r.setStart(p, 0);"
        " r.setEndBefore(p.querySelector('.ann-quote')); return r.toString(); }")
    assert before == story.text[:quote.start - 1]
    assert_clean(rec)


def test_the_hostile_annotation_round_trips_through_the_loader() -> None:
    import yaml

    text = yaml.safe_dump(annotation(), allow_unicode=True, sort_keys=False)
    doc = load_text(text, Path("hostile.yml"))
    assert doc.diagnostics == [] and doc.data == annotation()
