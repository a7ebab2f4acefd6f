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


def test_the_story_page_reloads_first_and_the_explorer_once_saves_pause(
        browser, preview) -> None:  # type: ignore[no-untyped-def]
    url, book_dir, terminal = preview
    story_url, explore_url = f"{url}/book/{STORY}.html", f"{url}/book/explore.html"
    wait_for(lambda: get(explore_url) is not None, 240, "the first build to be served")
    context = browser.new_context()
    # Each load of a tab appends its time: a reload leaves a trace that survives it.
    context.add_init_script("sessionStorage.loads = (sessionStorage.loads || '') + "
                            "Date.now() + ' '")
    story, explorer = context.new_page(), context.new_page()
    try:
        story.goto(story_url)
        explorer.goto(explore_url)

        def loads(page) -> list[int]:  # type: ignore[no-untyped-def]
            return [int(t) for t in page.evaluate("sessionStorage.loads").split()]

        annotation = book_dir / "sources" / f"{STORY}.yml"
        annotation.write_text(annotation.read_text("utf-8").replace(
            "title: Body cameras\n", "title: Cameras worn by officers\n"), "utf-8")
        wait_for(lambda: len(loads(story)) == 2, 60, "the story page to reload")
        wait_for(lambda: len(loads(explorer)) == 2, 120, "the explorer page to reload")
        assert loads(story)[1] < loads(explorer)[1]  # the story page first
        out = terminal()
        assert out.index("indexes and explorers refreshed") > out.rindex("[preview] built in")
        story.wait_for_timeout(1500)
        assert len(loads(story)) == 2  # the explorer's refresh did not reload it again
    finally:
        context.close()
