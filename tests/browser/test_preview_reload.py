"""What an instructor sees: the open page reloads by itself after a save."""

from __future__ import annotations

import pytest

from ..previewing import STORY, book, get, preview, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.book]
__all__ = ["book", "preview"]  # fixtures


def test_the_open_page_reloads_after_a_save(browser, preview) -> None:  # type: ignore[no-untyped-def]
    url, book_dir, terminal = preview
    page_url = f"{url}/book/{STORY}.html"
    wait_for(lambda: get(page_url) is not None, 240, "the first build to be served")
    context = browser.new_context()
    pages = [context.new_page(), context.new_page()]  # two tabs: both must reload
    try:
        for page in pages:
            page.goto(page_url)
            assert page.get_by_text("Body cameras", exact=True).count() >= 1
            page.evaluate("window.__before_reload = true")  # gone once the page reloads
        annotation = book_dir / "sources" / f"{STORY}.yml"
        text = annotation.read_text("utf-8")
        annotation.write_text(text.replace("title: Body cameras\n",
                                           "title: Cameras worn by officers\n"), "utf-8")
        for page in pages:
            page.wait_for_function("window.__before_reload === undefined", timeout=60_000)
            page.get_by_text("Cameras worn by officers", exact=True).first.wait_for(
                timeout=10_000)
        assert "[preview] built in" in terminal()
    finally:
        context.close()

