"""What an instructor does in the preview: select words, add a note, see it, delete it,
undo the deletion."""

from __future__ import annotations

import subprocess

import pytest

from annotate.check import check_file

from ..previewing import STORY, book, get, preview, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.book]
__all__ = ["book", "preview"]  # fixtures

WORDS = "the officer"


def _drag_across(page, first: str, last: str) -> None:  # type: ignore[no-untyped-def]
    """Drag from the start of the first place the story's text shows ``first`` to the end
    of the first place it shows ``last`` (which may be another text node, with a note
    marker between them)."""
    box = page.evaluate("""([first, last]) => {
        const root = document.querySelector('.ann-text');
        const find = (words) => {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(words);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + words.length);
                return range;
            }
            return null;
        };
        const a = find(first), b = find(last);
        a.startContainer.parentElement.scrollIntoView({block: 'center'});
        const r1 = a.getClientRects()[0], r2 = b.getClientRects()[0];
        return {x1: r1.left + 1, y1: r1.top + r1.height / 2,
                x2: r2.right - 1, y2: r2.top + r2.height / 2};
    }""", [first, last])
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=8)
    page.mouse.up()


def _select(page, words: str) -> None:  # type: ignore[no-untyped-def]
    """Drag the mouse over the first place the story's text shows ``words``."""
    _drag_across(page, words, words)


def test_a_selection_over_a_note_marker_is_the_story_words(browser, preview) -> None:  # type: ignore[no-untyped-def]
    url, _book_dir, _terminal = preview
    page_url = f"{url}/book/{STORY}.html"
    wait_for(lambda: get(page_url) is not None, 240, "the first build to be served")
    page = browser.new_page()
    try:
        page.goto(page_url)
        # "KMGH" ends a note's anchor: its marker (a number) sits between it and "and can"
        _drag_across(page, "KMGH", " and can")
        assert page.evaluate("window.getSelection().getRangeAt(0).cloneContents()"
                             ".querySelector('.ann-note-ref') !== null")
        page.get_by_role("button", name="Annotate the selected words").click()
        panel = page.get_by_role("dialog", name="Annotate the selection")
        panel.get_by_text("“KMGH and can”").wait_for()
        panel.get_by_role("button", name="Cancel").click()
    finally:
        page.close()


def test_select_words_add_a_note_delete_it_and_undo(browser, preview) -> None:  # type: ignore[no-untyped-def]
    url, book_dir, terminal = preview
    page_url = f"{url}/book/{STORY}.html"
    wait_for(lambda: get(page_url) is not None, 240, "the first build to be served")
    annotation = book_dir / "sources" / f"{STORY}.yml"
    before = annotation.read_bytes()
    page = browser.new_page()
    try:
        page.goto(page_url)
        _select(page, WORDS)
        page.get_by_role("button", name="Annotate the selected words").click()
        panel = page.get_by_role("dialog", name="Annotate the selection")
        panel.get_by_text(f"“{WORDS}”").wait_for()
        # the rest with the keyboard: kind, then the fields, then Add
        page.keyboard.press("Tab")  # from the kind chooser to the note's kind
        page.get_by_label("Title", exact=True).fill("Who the officer is")
        page.get_by_label("Text for students (Markdown)").fill("An **Aurora** police officer.")
        page.get_by_label("Title", exact=True).press("Enter")
        page.get_by_text("Added who-the-officer-is").wait_for(timeout=20_000)
        # the rebuilt page reloads by itself and shows the new note
        page.get_by_text("Who the officer is", exact=True).first.wait_for(timeout=60_000)
        diff = subprocess.run(["diff", "-U0", "-", str(annotation)], input=before,
                              capture_output=True, check=False).stdout.decode().splitlines()
        added = [line for line in diff[2:] if not line.startswith("@@")]
        assert added[0].endswith("- id: who-the-officer-is") and \
            all(line.startswith("+") for line in added)
        assert check_file(annotation).errors == []
        added_bytes = annotation.read_bytes()
        # delete it from the page: the file is back to the bytes before the note
        page.get_by_role("button", name="Delete note who-the-officer-is").click()
        page.get_by_text("Deleted who-the-officer-is").wait_for(timeout=20_000)
        wait_for(lambda: annotation.read_bytes() == before, 10, "the note to be deleted")
        page.wait_for_function(
            "!document.querySelector('li[data-note=\"who-the-officer-is\"]')", timeout=60_000)
        # undo, from the reloaded page: the exact bytes before the deletion
        page.get_by_role("button", name="Undo the last change").click()
        page.get_by_text("Undone:").wait_for(timeout=20_000)
        wait_for(lambda: annotation.read_bytes() == added_bytes, 10, "the file to be restored")
        # the files on disk (what `make book` publishes) carry no authoring code
        for html in (book_dir / "_build" / "html").rglob("*.html"):
            assert "_annotate/author" not in html.read_text("utf-8", "replace"), html
        assert "[preview] built in" in terminal()
    finally:
        page.close()
