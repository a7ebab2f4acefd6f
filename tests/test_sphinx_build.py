"""Sphinx builds of small fixture books: the real extension, the real HTML writer."""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .course import CAROLINA, HANCOCK, STORIES

pytestmark = pytest.mark.book

CONF = """\
extensions = ["myst_parser", "annotate.sphinx"]
myst_disable_syntax = ["html_block", "html_inline"]
html_theme = "basic"
show_warning_types = True
suppress_warnings = []
"""


def make_book(root: Path, *, stories: tuple[str, ...] = (HANCOCK,),
              conf: str = CONF) -> Path:
    src = root / "src"
    (src / "sources").mkdir(parents=True)
    (src / "conf.py").write_text(conf, encoding="utf-8")
    toc = []
    for slug in stories:
        for suffix in (".yml", ".txt"):
            shutil.copy(STORIES / f"{slug}{suffix}", src / "sources" / f"{slug}{suffix}")
        (src / f"{slug}.md").write_text(
            f"```{{annotated-story}} sources/{slug}.yml\n```\n", encoding="utf-8")
        toc.append(slug)
    (src / "plain.md").write_text("# A plain page\n\nNo story here.\n", encoding="utf-8")
    (src / "people.md").write_text("# People\n\n```{annotated-index} entities\n```\n",
                                   encoding="utf-8")
    (src / "speakers.md").write_text("# Speakers\n\n```{annotated-index} speakers\n```\n",
                                     encoding="utf-8")
    entries = "\n".join([*toc, "plain", "people", "speakers"])
    (src / "index.md").write_text(f"# Test book\n\n```{{toctree}}\n{entries}\n```\n",
                                  encoding="utf-8")
    return src


def _decoded(mask) -> str:  # type: ignore[no-untyped-def]
    return base64.b64decode(mask["data-w"]).decode("utf-8")


def build(src: Path, **kwargs: object) -> SphinxTestApp:
    app = SphinxTestApp("html", srcdir=src, **kwargs)  # type: ignore[arg-type]
    app.build()
    return app


def soup(app: SphinxTestApp, page: str) -> BeautifulSoup:
    return BeautifulSoup((Path(app.outdir) / f"{page}.html").read_text(encoding="utf-8"),
                         "html.parser")


@pytest.fixture
def built(tmp_path: Path) -> SphinxTestApp:
    app = build(make_book(tmp_path, stories=(HANCOCK,
                                             CAROLINA)))
    yield app
    app.cleanup()


def test_story_page_structure(built: SphinxTestApp) -> None:
    assert built.statuscode == 0
    assert "WARNING" not in built._warning.getvalue()  # type: ignore[attr-defined]
    page = soup(built, HANCOCK)
    assert page.find("h1").get_text(strip=True).startswith("Denver Mayor’s Son Hurls")
    story = page.select_one("[data-ann-story]")
    assert story["id"] == HANCOCK
    # the content warning comes before the text; the masks hide the slurs by default
    children = [c.get("class", [""])[0] for c in story.find_all(recursive=False)]
    assert children.index("ann-warning") < children.index("ann-text")
    masks = story.select(".ann-text .ann-mask")
    assert len(masks) == 6
    # the words are in the page only encoded, for the reveal control's script
    assert {_decoded(m) for m in masks} == {"faggot", "bitch", "fucking"}
    # seen as the glyph, heard as the one word "masked"
    assert {m.select_one('[aria-hidden="true"]').get_text() for m in masks} == {"▇▇▇"}
    assert {m.select_one(".ann-sr").get_text() for m in masks} == {"masked"}
    assert story.select_one(".ann-reveal")["type"] == "checkbox"
    assert story.select_one(".ann-reveal-control").has_attr("hidden")  # shown by the script
    # layers: three labelled checkboxes
    layers = story.select("input.ann-layer")
    assert [i["data-layer"] for i in layers] == ["entities", "quotes", "notes"]
    assert all(i.parent.name == "label" for i in layers)
    # mentions are marked (not links, which a screen reader would announce), each with
    # an entity in the who's who
    mentions = story.select(".ann-text .ann-mention")
    assert len(mentions) == 41 and not story.select(".ann-text a.ann-mention")
    for m in mentions:
        assert story.select_one(f"#{HANCOCK}-entity-{m['data-entity']}") is not None
    assert story.select_one(f"#{HANCOCK}-entity-jordan-hancock .ann-count"
                            ).get_text() == "10 mentions"
    # quotes carry speaker and kind, and the who-said-what panel links to them
    quotes = story.select(".ann-text .ann-quote[id]")
    assert len(quotes) == 16
    tags = story.select(".ann-text .ann-quote-tag")
    assert "Jordan Hancock · direct quote" in [t.get_text(strip=True).strip("()") for t in tags]
    # notes: numbered markers that link to endnotes, which link back
    refs = story.select(".ann-text a.ann-note-ref")
    assert [r.get_text() for r in refs] == [str(i) for i in range(1, len(refs) + 1)]
    for ref in refs:
        note = story.select_one(ref["href"])
        assert note.select_one("a.ann-backref")["href"] == f"#{ref['id']}"
        assert ref["aria-label"] == f"Note {ref.get_text()}"  # not the note's whole title
    # the voice chart is one named image whose numbers say what its bars show, and the
    # table says the same
    chart = story.select_one(".ann-whosaid .ann-bars")
    assert chart["role"] == "img" and chart["aria-label"].startswith("Quoted words by speaker")
    rows = story.select(".ann-whosaid table tbody tr")
    assert rows[0].th.get_text() == "Michael B. Hancock"
    bars = chart.select(".ann-bar-row")
    assert len(bars) == len(rows)
    for bar, row in zip(bars, rows, strict=True):
        quoted, paraphrased = (int(n) for n in bar.select_one(".ann-bar-value").get_text()
                               .split(" + "))
        assert bar.select_one(".ann-bar-name").get_text() == row.th.get_text()
        assert [quoted, paraphrased] == [int(td.get_text()) for td in row.select("td")[1:]]
        assert f"{row.th.get_text()}: {quoted} quoted words, {paraphrased} paraphrased" in \
            chart["aria-label"]
        widths = [float(s["style"].split(":")[1].rstrip("%"))
                  for s in bar.select(".ann-bar-quoted, .ann-bar-paraphrased")]
        # bar lengths are proportional to the numbers beside them
        assert widths[0] * paraphrased == pytest.approx(widths[1] * quoted, abs=0.2 * max(
            quoted, paraphrased, 1))
    caption = story.select_one(".ann-whosaid figcaption").get_text()
    assert "solid" in caption and "hatched" in caption
    headers = [th.get_text() for th in story.select(".ann-whosaid thead th")]
    assert "Quoted words (solid)" in headers and "Paraphrased words (hatched)" in headers
    # questions with hints and answers behind <details>
    questions = story.select(".ann-questions > ol > li")
    assert len(questions) == 6
    assert all(d.summary for q in questions for d in q.select("details"))


def test_story_text_is_verbatim_under_the_markup(built: SphinxTestApp) -> None:
    for slug in (HANCOCK, CAROLINA):
        text = soup(built, slug).select_one(".ann-text")
        # note markers read 1, 2, 3 … in reading order
        refs = [r.get_text() for r in text.select(".ann-note-ref")]
        assert refs == [str(i) for i in range(1, len(refs) + 1)]
        for chrome in text.select(".ann-note-ref, .ann-quote-tag"):
            chrome.decompose()
        for mask in text.select(".ann-mask"):
            mask.replace_with(_decoded(mask))
        paragraphs = [p.get_text() for p in text.select("p")]
        source = (STORIES / f"{slug}.txt").read_text(encoding="utf-8")
        assert paragraphs == source.split("\n\n")


def test_only_story_pages_load_the_story_script(built: SphinxTestApp) -> None:
    def scripts(page: str) -> list[str]:
        return [s.get("src", "").split("?")[0] for s in soup(built, page).find_all("script")]

    assert any(s.endswith("annotate.js") for s in scripts(HANCOCK))
    assert not any(s.endswith("annotate.js") for s in scripts("plain"))
    # the indexes quote a story with masked words: the script runs their reveal control
    assert any(s.endswith("annotate.js") for s in scripts("people"))
    def styles(page: str) -> list[str]:
        return [(link.get("href") or "").split("?")[0] for link in soup(built, page)("link")]

    assert "_static/annotate.css" in styles(HANCOCK)
    assert "_static/annotate.css" in styles("people")
    assert "_static/annotate.css" not in styles("plain")


def test_indexes_link_every_person_to_their_story(built: SphinxTestApp) -> None:
    people = soup(built, "people")
    entries = people.select(".ann-index-entities > li")
    names = [e.strong.get_text() for e in entries]
    assert "Satana Deberry" in names and "Jordan Hancock" in names
    assert "Denver" not in names  # places are not people or organisations
    deberry = entries[names.index("Satana Deberry")]
    link = deberry.select_one("a")["href"]
    assert link == (f"{CAROLINA}.html"
                    f"#{CAROLINA}-entity-satana-deberry")
    speakers = soup(built, "speakers").select(".ann-index-speakers > li strong")
    assert speakers[0].get_text() == "Michael B. Hancock"
    assert "Rashad Robinson" in [s.get_text() for s in speakers]


def test_note_markdown_is_sanitised(tmp_path: Path) -> None:
    src = make_book(tmp_path)
    yml = src / "sources" / f"{HANCOCK}.yml"
    text = yml.read_text(encoding="utf-8").replace(
        "    title: Body cameras\n    body: >-\n",
        "    title: Body cameras\n    body: >-\n      <script>alert(1)</script>"
        " [x](javascript:alert(2)) <img src=x onerror=alert(3)>\n")
    yml.write_text(text, encoding="utf-8")
    app = build(src)
    html = (Path(app.outdir) / f"{HANCOCK}.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert 'href="javascript:' not in html and "<img src=x" not in html
    app.cleanup()


def test_broken_anchor_is_a_located_warning_with_its_code(tmp_path: Path) -> None:
    src = make_book(tmp_path)
    yml = src / "sources" / f"{HANCOCK}.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace(
        "text: body camera footage", "text: body-cam footage"), encoding="utf-8")
    line = next(i for i, ln in enumerate(yml.read_text().splitlines(), 1)
                if "body-cam footage" in ln)
    app = build(src)
    warnings = app._warning.getvalue()  # type: ignore[attr-defined]
    assert f"{HANCOCK}.yml:{line}:13: WARNING: A401 'body-cam footage' is not " \
           "in the story" in warnings
    assert "[annotate.A401]" in warnings
    app.cleanup()


def test_warning_codes_can_be_suppressed(tmp_path: Path) -> None:
    src = make_book(tmp_path, conf=CONF.replace("suppress_warnings = []",
                                                'suppress_warnings = ["annotate.A401"]'))
    yml = src / "sources" / f"{HANCOCK}.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace(
        "text: body camera footage", "text: body-cam footage"), encoding="utf-8")
    app = build(src)
    assert "A401" not in app._warning.getvalue()  # type: ignore[attr-defined]
    app.cleanup()


def _sphinx_build(src: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", *args, str(src),
                           str(out)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})


def test_w_build_fails_on_a_broken_anchor_and_passes_when_fixed(tmp_path: Path) -> None:
    src = make_book(tmp_path)
    yml = src / "sources" / f"{HANCOCK}.yml"
    good = yml.read_text(encoding="utf-8")
    yml.write_text(good.replace("text: A leaked video", "text: A leaked tape"), encoding="utf-8")
    broken = _sphinx_build(src, tmp_path / "out", "-W", "--keep-going", "-E")
    assert broken.returncode != 0
    assert f"{HANCOCK}.yml:" in broken.stderr and "A401" in broken.stderr
    yml.write_text(good, encoding="utf-8")
    fixed = _sphinx_build(src, tmp_path / "out", "-W", "--keep-going", "-E")
    assert fixed.returncode == 0, fixed.stderr


def test_parallel_build_merges_story_data(tmp_path: Path) -> None:
    src = make_book(tmp_path, stories=(HANCOCK, CAROLINA))
    result = _sphinx_build(src, tmp_path / "out", "-j", "2", "-W")
    assert result.returncode == 0, result.stderr
    assert "parallel" not in result.stderr.lower()
    people = (tmp_path / "out" / "people.html").read_text(encoding="utf-8")
    assert "Satana Deberry" in people and "Jordan Hancock" in people


def test_editing_a_story_rebuilds_its_page_and_the_indexes_only(tmp_path: Path) -> None:
    src = make_book(tmp_path, stories=(HANCOCK, CAROLINA))
    out = tmp_path / "out"
    assert _sphinx_build(src, out).returncode == 0
    pages = [HANCOCK, CAROLINA, "plain", "people",
             "speakers", "index"]
    before = {p: (out / f"{p}.html").stat().st_mtime_ns for p in pages}
    time.sleep(0.05)
    yml = src / "sources" / f"{HANCOCK}.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace(
        "description: Aurora's police chief in 2018.", "description: Aurora's chief."),
        encoding="utf-8")
    result = _sphinx_build(src, out)
    assert result.returncode == 0
    changed = {p for p in pages if (out / f"{p}.html").stat().st_mtime_ns != before[p]}
    assert {HANCOCK, "people", "speakers"} <= changed
    assert CAROLINA not in changed and "plain" not in changed
    # the story text is a dependency too
    txt = src / "sources" / f"{CAROLINA}.txt"
    txt.write_text(txt.read_text(encoding="utf-8"), encoding="utf-8")
    os.utime(txt, None)
    before = {p: (out / f"{p}.html").stat().st_mtime_ns for p in pages}
    assert _sphinx_build(src, out).returncode == 0
    changed = {p for p in pages if (out / f"{p}.html").stat().st_mtime_ns != before[p]}
    assert CAROLINA in changed and HANCOCK not in changed


def test_a_headline_keeps_its_typography_in_heading_title_and_indexes(tmp_path: Path) -> None:
    src = make_book(tmp_path)
    yml = src / "sources" / f"{HANCOCK}.yml"
    text = yml.read_text(encoding="utf-8")
    old = "  headline: Denver Mayor’s Son Hurls Homophobic Slurs At Police Officer In Leaked Video"
    assert old in text
    headline = "Mayor's son -- a 'streamlined' \"apology\"..."
    yml.write_text(text.replace(old, f"  headline: '{headline.replace(chr(39), chr(39) * 2)}'"),
                   encoding="utf-8")
    app = build(src)
    page = soup(app, HANCOCK)
    assert page.find("h1").get_text().rstrip("#¶") == headline
    assert page.title.get_text().startswith(headline)
    assert headline in soup(app, "people").get_text()
    index = soup(app, "index")
    assert headline in [a.get_text() for a in index.select(".toctree-wrapper a")]
    app.cleanup()


SLURS = re.compile(r"faggot|bitch|fucking", re.IGNORECASE)


def test_masked_words_are_in_no_page_text_index_or_search_index(built: SphinxTestApp) -> None:
    """The content warning's promise, on every surface Sphinx writes."""
    out = Path(built.outdir)
    for page in sorted(out.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        assert not SLURS.search(html), page.name  # not in text, attributes, titles or meta
    index = (out / "searchindex.js").read_text(encoding="utf-8")
    assert not SLURS.search(index)
    assert "wordbitch" not in index and "▇▇▇" not in index
    # the indexes quote the masked partial quote masked, under the story's warning
    people = soup(built, "people")
    scope = people.select_one("[data-ann-masked-scope]")
    assert scope is not None and "Content warning" in scope.select_one(".ann-warning").get_text()
    assert scope.select_one(".ann-reveal") is not None
    assert {_decoded(m) for m in scope.select(".ann-mask")} >= {"faggot"}


def test_a_story_without_masks_keeps_its_indexes_plain(tmp_path: Path) -> None:
    app = build(make_book(tmp_path, stories=(CAROLINA,)))
    assert soup(app, "people").select_one("[data-ann-masked-scope]") is None
    app.cleanup()


@pytest.mark.parametrize("asked", [False, True])
def test_model_answers_print_only_when_the_instructor_asks(tmp_path: Path, asked: bool) -> None:
    conf = CONF + ("annotate_print_answers = True\n" if asked else "")
    app = build(make_book(tmp_path, conf=conf))
    try:
        story = soup(app, HANCOCK).select_one("[data-ann-story]")
        assert story.has_attr("data-print-answers") is asked
        assert story.select(".ann-questions details.ann-answer")
    finally:
        app.cleanup()


def test_a_long_index_continues_on_further_pages(tmp_path: Path) -> None:
    conf = CONF + "annotate_index_page_bytes = 4000\n"
    app = build(make_book(tmp_path, stories=(HANCOCK, CAROLINA), conf=conf))
    try:
        out = Path(app.outdir)
        first = soup(app, "people")
        nav = first.select(".ann-index-pages a")
        assert len(nav) >= 3 and nav[0].get("aria-current") == "page"
        pages = [out / a["href"] for a in nav]
        assert pages[0].name == "people.html" and pages[1].name == "people-2.html"
        seen = []
        for page in pages:
            assert page.is_file() and page.stat().st_size < 60_000
            html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            names = [li.p.strong.get_text() for li in html.select(".ann-index-entry")]
            seen += names
            # each page: the content warning, the reveal, the filter, its script
            assert html.select_one(".ann-warning") and html.select_one(".ann-reveal")
            assert html.select_one(".ann-index-filter input")
            assert any(s.get("src", "").startswith("_static/annotate.js")
                       for s in html.find_all("script"))
            assert not SLURS.search(html.get_text())
        # every entry once, in order, across the pages
        assert seen == sorted(seen, key=str.lower) and len(seen) == len(set(seen))
        whole = build(make_book(tmp_path / "whole", stories=(HANCOCK, CAROLINA)))
        try:
            assert seen == [li.p.strong.get_text()
                            for li in soup(whole, "people").select(".ann-index-entry")]
        finally:
            whole.cleanup()
    finally:
        app.cleanup()
