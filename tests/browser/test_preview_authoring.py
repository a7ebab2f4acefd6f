"""What an instructor does in the preview: select words, add a note, see it, delete it,
undo the deletion."""

from __future__ import annotations

import subprocess

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from annotate.check import check_file

from ..previewing import STORY, book, get, preview, wait_for
from .conftest import AXE, DESKTOP, PHONE

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


def _open_panel(page, words: str, first: str, last: str):  # type: ignore[no-untyped-def]
    """Select the words by dragging and open the annotate panel on them. The preview may
    reload once more after the rebuild a previous addition started, dropping a selection
    made in between: then the panel does not show the words, and the drag is made again on
    the settled page (three tries; a panel that never shows them fails the test)."""
    panel = page.get_by_role("dialog", name="Annotate the selection")
    for attempt in range(3):
        page.wait_for_load_state("networkidle")
        page.locator(".ann-author-bar").wait_for()
        _drag_across(page, first, last)
        page.get_by_role("button", name="Annotate the selected words").click()
        try:
            panel.get_by_text(f"“{words}”").wait_for(timeout=15_000)
            return panel
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")
    return panel


def _served_story(preview):  # type: ignore[no-untyped-def]
    """The story page's address once the preview serves it, and its annotation file."""
    url, book_dir, _terminal = preview
    page_url = f"{url}/book/{STORY}.html"
    wait_for(lambda: get(page_url) is not None, 240, "the first build to be served")
    return page_url, book_dir / "sources" / f"{STORY}.yml"


def _select(page, words: str) -> None:  # type: ignore[no-untyped-def]
    """Drag the mouse over the first place the story's text shows ``words``."""
    _drag_across(page, words, words)


def test_a_selection_over_a_note_marker_is_the_story_words(browser, preview) -> None:  # type: ignore[no-untyped-def]
    page_url, _annotation = _served_story(preview)
    page = browser.new_page()
    try:
        page.goto(page_url)
        # "KMGH" ends a note's anchor: its marker (a number) sits between it and "and can"
        _drag_across(page, "KMGH", " and can")
        assert page.evaluate("window.getSelection().getRangeAt(0).cloneContents()"
                             ".querySelector('.ann-note-ref') !== null")
        # the small button beside the selection opens the panel right below the words
        # (where the words are once it is open: the problems list above the story may
        # load meanwhile and move them down)
        page.evaluate("window.annWords = window.getSelection().getRangeAt(0).cloneRange()")
        quick = page.get_by_role("button", name="Annotate", exact=True)
        quick.click()
        panel = page.get_by_role("dialog", name="Annotate the selection")
        panel.get_by_text("“KMGH and can”").wait_for()
        words_box = page.evaluate("(() => { const r = window.annWords.getClientRects();"
                                  " const last = r[r.length - 1];"
                                  " return {bottom: last.bottom + scrollY}; })()")
        top = panel.evaluate("el => el.getBoundingClientRect().top + scrollY")
        assert 0 <= top - words_box["bottom"] <= 40, (top, words_box)
        assert quick.is_hidden()
        # the panel, the file's outline and its actions pass axe, light and dark, wide
        # and on a phone (instructors use screen readers too)
        page.locator(".ann-author-outline summary").click()
        page.get_by_role("button", name="Edit note leaked").first.wait_for()
        page.add_script_tag(path=str(AXE))
        for theme, size in (("light", DESKTOP), ("dark", DESKTOP), ("dark", PHONE)):
            page.set_viewport_size(size)
            # (the theme's colours change through CSS transitions: axe must see where they
            # end, not a midpoint, so the switch waits for every one to finish)
            page.evaluate("async t => { document.documentElement.dataset.theme = t;"
                          " await Promise.all(document.getAnimations()"
                          ".map(a => a.finished.catch(() => null))); }", theme)
            result = page.evaluate(
                "async () => await axe.run(document, {resultTypes: ['violations']})")
            serious = [(v["id"], [n["target"] for n in v["nodes"]][:3])
                       for v in result["violations"] if v["impact"] in ("serious", "critical")]
            assert serious == [], (theme, size)
        panel.get_by_role("button", name="Cancel").click()
    finally:
        page.close()


def test_select_words_add_a_note_delete_it_and_undo(browser, preview) -> None:  # type: ignore[no-untyped-def]
    _url, book_dir, terminal = preview
    page_url, annotation = _served_story(preview)
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
        # the preview's files on disk carry no authoring code: it is added as they are served
        built = list((book_dir / "_build" / "preview" / "html").rglob("*.html"))
        assert built and not any("_annotate/author" in p.read_text("utf-8") for p in built)
        assert "[preview] built in" in terminal()
    finally:
        page.close()


def _diff(before: bytes, path) -> list[str]:  # type: ignore[no-untyped-def]
    out = subprocess.run(["diff", "-U0", "-", str(path)], input=before, capture_output=True,
                         check=False).stdout.decode()
    return [line for line in out.splitlines()
            if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))]


def _add_note_by_keyboard(page, words: str, annotation, before: bytes) -> None:  # type: ignore[no-untyped-def]
    """Keyboard only, on the settled page: type the words, choose their second place, fill
    a note and add it. As in ``_open_panel``, a late reload (the rebuild a previous test's
    change started) may drop what was typed before Add: then nothing is written, and the
    steps are made again (three tries); once the file holds the note, it was added."""
    panel = page.get_by_role("dialog", name="Annotate the selection")
    for attempt in range(3):
        page.wait_for_load_state("networkidle")
        page.locator(".ann-author-bar").wait_for()
        page.get_by_label("Or type words of the story").focus()
        page.keyboard.type(words)
        page.keyboard.press("Enter")
        places = page.get_by_role("list", name="Places the words occur").get_by_role("button")
        places.first.wait_for()
        assert places.count() == 2
        page.keyboard.press("Tab")  # the first place has the focus: on to the second
        page.keyboard.press("Enter")
        panel.get_by_text(f"“{words}”").wait_for()
        assert "Anchor context" in panel.inner_text()
        for key, typed in (("Tab", None), ("Tab", "Speeding stop"), ("Tab", "Twice over.")):
            page.keyboard.press(key)
            if typed:
                page.keyboard.type(typed)
        for _ in range(3):  # the link's title and address, then Add
            page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        try:
            page.get_by_text("Added speeding-stop").wait_for(timeout=20_000)
            return
        except PlaywrightTimeout:
            if annotation.read_bytes() != before:
                return  # written: the page reloaded after Add (the caller checks the file)
            if attempt == 2:
                raise
            page.keyboard.press("Escape")


def test_type_words_with_the_keyboard_add_edit_and_a_stale_page(browser, preview) -> None:  # type: ignore[no-untyped-def]
    """Keyboard only: type words that occur twice, choose the second place, add a note;
    then edit it; then a page older than the file is refused with a reload button."""
    from annotate.anchoring import StoryText, resolve
    from annotate.models import Anchor
    from annotate.yamlload import load_file

    page_url, annotation = _served_story(preview)
    text = annotation.with_suffix(".txt").read_text(encoding="utf-8")
    words = "pulled over for"
    second = text.index(words, text.index(words) + 1)
    before = annotation.read_bytes()
    page = browser.new_page()
    try:
        page.goto(page_url)
        _add_note_by_keyboard(page, words, annotation, before)
        diff = _diff(before, annotation)
        assert diff[0].endswith("- id: speeding-stop") and all(d.startswith("+") for d in diff)
        doc = load_file(annotation)
        note = next(n for n in doc.data["notes"] if n["id"] == "speeding-stop")
        match = resolve(Anchor(**note["anchor"]), StoryText(text)).match
        assert match is not None and match.start == second  # the place chosen, not the first
        assert check_file(annotation).errors == []
        page.get_by_text("Speeding stop", exact=True).first.wait_for(timeout=60_000)

        # edit it: one line of the file changes
        added = annotation.read_bytes()
        page.get_by_role("button", name="Edit note speeding-stop").first.click()
        editor = page.get_by_role("dialog", name="Edit note speeding-stop")
        editor.get_by_label("Title").fill("Stopped for speeding")
        editor.get_by_role("button", name="Save").click()
        page.get_by_text("Saved speeding-stop").wait_for(timeout=20_000)
        diff = _diff(added, annotation)
        assert diff == ['-    title: "Speeding stop"', '+    title: "Stopped for speeding"']
        page.get_by_text("Stopped for speeding", exact=True).first.wait_for(timeout=60_000)

        # a page built from another version of the file: refused, nothing written
        current = annotation.read_bytes()
        page.get_by_role("button", name="Edit note speeding-stop").first.wait_for()
        page.evaluate("document.querySelector('.ann-story[data-ann-digest]')"
                      ".dataset.annDigest = 'an-older-version'")
        page.get_by_role("button", name="Edit note speeding-stop").first.click()
        editor = page.get_by_role("dialog", name="Edit note speeding-stop")
        editor.get_by_label("Title").fill("Lost edit")
        editor.get_by_role("button", name="Save").click()
        editor.get_by_role("alert").get_by_text("changed since this page was built").wait_for()
        assert editor.get_by_role("button", name="Reload the page").is_visible()
        assert annotation.read_bytes() == current
    finally:
        page.close()


#: Each kind the panel adds, chosen after selecting words with the mouse: the words, the
#: kind, the fields, and what the rebuilt page shows for it.
KINDS = [
    ("body camera footage", "entity",
     {"Type": "work", "Who or what this is, for a student": "Video from the officer’s camera."},
     "li[data-entity='body-camera-footage']"),
    ("Mayor Michael B. Hancock", "alias", {"Entity": "michael-hancock"},
     ".ann-text [data-entity='michael-hancock']:has-text('Mayor Michael')"),
    ("in a huff", "warning-word", {"Content warning": "slurs"}, None),
    ("obtained Tuesday", "question-anchor", {"Reading question": "how-obtained"},
     f".ann-text #{STORY}-qa-how-obtained-2"),  # its second passage
    ("separate municipality", "quote",  # by a speaker the file does not have yet
     {"Kind": "partial", "Speaker": "(new)",
      "The new speaker's name, as the story writes it": "reporters",
      "The new speaker's type": "group",
      "Who the new speaker is, for a student": "The journalists who covered the case.",
      "Cue (the attribution words)": "according to"},
     ".ann-text [data-quote]:has-text('separate municipality')"),
    ("speeding ticket", "mask", {"Content warning label": "Traffic words"}, None),
]


def test_every_kind_of_annotation_from_a_selection(browser, preview) -> None:  # type: ignore[no-untyped-def]
    page_url, annotation = _served_story(preview)
    page = browser.new_page()
    try:
        page.goto(page_url)
        for words, kind, fields, shown in KINDS:
            before = annotation.read_bytes()
            # (the alias's words cross a mention's markup: drag from its first word to its last)
            panel = _open_panel(page, words, *(("Mayor", "B. Hancock") if kind == "alias"
                                               else (words, words)))
            panel.get_by_label("What to add").select_option(kind)
            for label, value in fields.items():
                field = panel.get_by_label(label, exact=True)
                if field.evaluate("el => el.tagName") == "SELECT":
                    field.select_option(value)
                else:
                    field.fill(value)
            page.evaluate("window.notReloadedYet = true")
            panel.get_by_role("button", name="Add").click()
            page.locator(".ann-author-status", has_text="Added ").or_(
                panel.get_by_role("alert").filter(has_text=" ")).first.wait_for(timeout=20_000)
            assert panel.is_hidden(), (kind, panel.get_by_role("alert").inner_text())
            diff = _diff(before, annotation)
            # lines are only added, or (a [flow] list) only added to before their "]"
            added = [line[1:] for line in diff if line.startswith("+")]
            kept = [line[1:].rstrip("]") for line in diff if line.startswith("-")]
            assert added and all(any(a.startswith(k) for a in added) for k in kept), diff
            assert any(words in line for line in diff) or kind == "entity", (kind, diff)
            assert check_file(annotation).errors == [], kind
            page.wait_for_function("!window.notReloadedYet", timeout=60_000)  # rebuilt
            if shown:
                page.locator(shown).first.wait_for(timeout=60_000)
            else:  # masked: the words are no longer in the page's text
                page.wait_for_function(
                    # (the page reloads after the rebuild: the story is briefly not there)
                    "w => { const text = document.querySelector('.ann-text');"
                    " return text !== null && !text.textContent.includes(w); }",
                    arg=words, timeout=60_000)
    finally:
        page.close()


def test_the_built_book_carries_no_authoring_code(built_book) -> None:  # type: ignore[no-untyped-def]
    """What ``make book`` publishes: no panel, no routes, no token; only inert data."""
    files = [p for p in built_book.rglob("*") if p.is_file() and
             p.suffix in (".html", ".js", ".css", ".json")]
    assert any(p.name == f"{STORY}.html" for p in files)
    for path in files:
        text = path.read_text("utf-8", "replace")
        for sign in ("/_annotate/", "author.js", "data-annotate-token", "ann-author"):
            assert sign not in text, (path, sign)
