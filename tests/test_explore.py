"""The explorer's views (annotate.explore) and widgets (annotate.widgets), in plain Python."""

from __future__ import annotations

import re
import shutil
from html import unescape
from pathlib import Path
from urllib.parse import urlparse

import ipywidgets
import pytest
import yaml
from bs4 import BeautifulSoup
from ipywidgets.embed import dependency_state, embed_data

from annotate.check import check_file
from annotate.explore import LAYERS, MASK, load_collection, load_story_views, story_views
from annotate.widgets import (
    CollectionExplorer,
    StoryExplorer,
    explore_collection,
    explore_stories,
    explore_story,
)

from .conftest import ROOT
from .course import SLUGS, STORIES, copy_stories, seed_file
from .hostile import EVIL, QUOTE, annotation, write_hostile_book

HANCOCK = seed_file(SLUGS[0])
NC = seed_file(SLUGS[1])
_MARK = re.compile(r"<mark[^>]*>(.*?)</mark>", re.DOTALL)


_SPOKEN = re.compile(r'<span class="ann-x-spoken" style="position:absolute[^"]*">(.*?)</span>',
                     re.DOTALL)


def _marked(html: str) -> list[str]:
    """The visible words of each mark (its spoken-only label left out)."""
    return [unescape(re.sub(r"<[^>]+>", "", _SPOKEN.sub("", m))) for m in _MARK.findall(html)]


def test_marks_tell_screen_readers_what_they_mark(hancock) -> None:  # type: ignore[no-untyped-def]
    _, views = hancock
    html = views.view("quotes", "all").html()
    marks = _MARK.findall(html)
    assert marks
    for mark in marks:  # every mark ends with its label, hidden from sight
        spoken = _SPOKEN.findall(mark)
        assert len(spoken) == 1 and spoken[0].startswith(" (") and spoken[0].endswith(")")
    assert re.search(r'<mark title="([^"]+)">.*?\(\1\)</span></mark>', html, re.DOTALL)


@pytest.fixture(scope="module")
def hancock():  # type: ignore[no-untyped-def]
    result = check_file(HANCOCK)
    assert result.story is not None
    return result.story, story_views(result.story)


def test_every_layer_has_an_all_view_then_one_per_item(hancock) -> None:
    story, views = hancock
    annotation = story.annotation
    assert list(views.layers) == list(LAYERS)
    assert all(layer[0].key == "all" for layer in views.layers.values())
    assert sorted(v.key for v in views.layers["entities"][1:]) == \
        sorted(e.id for e in annotation.entities)
    assert sorted(v.key for v in views.layers["quotes"][1:]) == \
        sorted({q.speaker for q in annotation.quotes})
    assert sorted(v.key for v in views.layers["notes"][1:]) == \
        sorted(n.id for n in annotation.notes)


def test_an_entity_view_marks_exactly_its_mentions(hancock) -> None:
    story, views = hancock
    view = views.view("entities", "jordan-hancock")
    expected = [story.text[m.start:m.end] for m in story.mentions
                if m.entity == "jordan-hancock"]
    assert len(expected) >= 5
    # Masked words are replaced, so compare with the masked text of each mention.
    assert len(_marked(view.html())) == len(expected)
    assert "Jordan Hancock" in _marked(view.html())
    # Each passage is a paragraph that holds at least one of its mentions.
    assert all("<mark" in p.html for p in view.passages)
    # The mayor's view is different: different marks, same story.
    other = views.view("entities", "michael-hancock")
    assert _marked(other.html()) != _marked(view.html())


def test_a_speaker_view_marks_their_quotes_and_lists_them(hancock) -> None:
    story, views = hancock
    speaker = next(q.speaker for q in story.annotation.quotes if q.kind == "written")
    view = views.view("quotes", speaker)
    theirs = [q for q in story.annotation.quotes if q.speaker == speaker]
    assert len(view.items) == len(theirs)
    assert len(_marked(view.html())) == len([q for q in theirs if q.id in story.quotes])
    assert "written" in view.html()


def test_a_note_view_shows_its_passage_and_body(hancock) -> None:
    story, views = hancock
    note = story.annotation.notes[0]
    view = views.view("notes", note.id)
    passage = story.text[story.notes[note.id].start:story.notes[note.id].end]
    assert len(view.passages) == 1
    assert _marked(view.html()) == [passage] or MASK in view.html()
    assert note.title in unescape(view.html())


def test_masked_words_never_reach_the_explorer(hancock) -> None:
    story, views = hancock
    masked = {story.text[m.start:m.end] for ms in story.masks.values() for m in ms}
    assert masked, "the Hancock story masks its slurs"
    for layer in views.layers.values():
        for view in layer:
            text = unescape(re.sub(r"<[^>]+>", " ", view.html()))
            for word in masked:
                assert not re.search(rf"\b{re.escape(word)}\b", text), (view.key, word)
    assert MASK in views.view("entities", "jordan-hancock").html()
    assert "Content warning" in views.warning_html()


def test_the_collection_groups_an_entity_across_stories(tmp_path: Path) -> None:
    for slug in ("one", "two"):
        shutil.copy(HANCOCK.with_suffix(".txt"), tmp_path / f"{slug}.txt")
        data = yaml.safe_load(HANCOCK.read_text(encoding="utf-8"))
        data["story"]["headline"] = f"Story {slug}"
        data["story"].pop("source", None)
        (tmp_path / f"{slug}.yml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                              encoding="utf-8")
    (tmp_path / "broken.yml").write_text("story: [\n", encoding="utf-8")
    collection = load_collection([tmp_path])
    assert len(collection.stories) == 2
    assert [d.code for d in collection.problems] == ["Y101"]
    jordan = collection.view("name:jordan hancock")
    assert "2 stories" in jordan.label
    assert [p.html for p in jordan.passages].count(
        '<h3 class="ann-x-story">Story one</h3>') == 1
    assert "Story two" in jordan.html()
    # Most widely named first: every entity here is in both stories.
    assert all("2 stories" in v.label for v in collection.views)


def test_an_entity_with_a_wikidata_id_is_one_entity_whatever_its_name(tmp_path: Path) -> None:
    for slug, name in (("a", "Michael B. Hancock"), ("b", "Michael Hancock")):
        shutil.copy(HANCOCK.with_suffix(".txt"), tmp_path / f"{slug}.txt")
        data = yaml.safe_load(HANCOCK.read_text(encoding="utf-8"))
        data["story"].pop("source", None)
        for e in data["entities"]:
            if e["id"] == "michael-hancock":
                e["name"], e["wikidata"] = name, "Q6831724"
                e["aliases"] = [*e.get("aliases", []), "Michael B. Hancock"]
        (tmp_path / f"{slug}.yml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                              encoding="utf-8")
    collection = load_collection([tmp_path])
    assert "2 stories" in collection.view("Q6831724").label


def test_a_broken_file_gives_its_diagnostics_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "story.yml").write_text("story:\n  headline: x\n  speakr: y\n",
                                        encoding="utf-8")
    views, errors = load_story_views(tmp_path / "story.yml")
    assert views is None
    assert {d.code for d in errors} >= {"S201", "S202"}
    widget = explore_story(tmp_path / "story.yml")
    assert isinstance(widget, ipywidgets.HTML)
    assert "S201" in widget.value and "story.yml:3:3" in widget.value


def test_hostile_text_is_escaped_in_every_view(tmp_path: Path) -> None:
    src = write_hostile_book(tmp_path)
    views, errors = load_story_views(src / "hostile.yml")
    assert views is not None, errors
    html = "".join(v.html() for layer in views.layers.values() for v in layer)
    soup = BeautifulSoup(html, "html.parser")
    allowed = {"div", "p", "span", "mark", "strong", "em", "ul", "li", "q", "a", "br", "code",
               "h3", "ol", "blockquote", "pre"}
    assert {tag.name for tag in soup.find_all(True)} <= allowed
    assert not [(tag.name, attr) for tag in soup.find_all(True) for attr in tag.attrs
                if attr.lower().startswith("on")]
    # Relative links are harmless ("java%09script:" has no scheme a browser runs).
    assert {urlparse(a["href"]).scheme for a in soup.find_all("a")} <= {"", "http", "https",
                                                                        "mailto"}
    assert EVIL not in html and QUOTE not in html
    assert EVIL in soup.get_text() and QUOTE in soup.get_text()
    assert annotation()["story"]["headline"] not in StoryExplorer(views).children[0].value


# -- the widgets --------------------------------------------------------------------------

def _state(widget: ipywidgets.Widget) -> dict[str, dict]:
    """The saved state the static page gets: this widget and everything it depends on."""
    state = dependency_state(widget)
    return embed_data(views=[widget], state=state)["manager_state"]["state"]


def test_each_drop_down_is_linked_in_the_browser_to_its_stack() -> None:
    explorer = explore_story(HANCOCK)
    assert isinstance(explorer, StoryExplorer)
    state = _state(explorer)
    links = [s["state"] for s in state.values() if s["model_name"] == "LinkModel"]
    assert len(links) == len(LAYERS)
    for chooser in explorer.choosers.values():
        pair = {(tuple(link["source"]), tuple(link["target"])) for link in links}
        assert (("IPY_MODEL_" + chooser.dropdown.model_id, "index"),
                ("IPY_MODEL_" + chooser.stack.model_id, "selected_index")) in pair
        assert len(chooser.stack.children) == len(chooser.dropdown.options)


def test_the_saved_state_holds_every_view_so_the_static_page_can_show_it() -> None:
    explorer = explore_story(HANCOCK)
    assert isinstance(explorer, StoryExplorer)
    values = [s["state"].get("value", "") for s in _state(explorer).values()
              if s["model_name"] == "HTMLModel"]
    for layer in explorer.views.layers.values():
        for view in layer:
            assert view.html() in values


def test_select_and_callbacks_in_a_live_kernel() -> None:
    explorer = explore_story(HANCOCK)
    assert isinstance(explorer, StoryExplorer)
    seen: list[str] = []
    explorer.on_select(lambda view: seen.append(f"{view.layer}:{view.key}"))
    assert explorer.selection.key == "all"
    view = explorer.select("quotes", "michael-hancock")
    assert view.key == "michael-hancock" and explorer.layer == "quotes"
    assert explorer.choosers["quotes"].stack.selected_index == \
        explorer.choosers["quotes"].dropdown.index
    assert seen[-1] == "quotes:michael-hancock"
    explorer.choosers["entities"].dropdown.index = 2  # as a reader would, in a kernel
    explorer.tabs.selected_index = 0
    assert seen[-1] == f"entities:{explorer.views.layers['entities'][2].key}"
    with pytest.raises(KeyError, match="no layer"):
        explorer.select("nope")
    with pytest.raises(KeyError, match="no choice"):
        explorer.select("notes", "nope")


def test_the_collection_explorer_over_the_fixture_stories() -> None:
    explorer = explore_collection(STORIES)
    assert isinstance(explorer, CollectionExplorer)
    assert len(explorer.views.stories) == 2 and not explorer.views.problems
    names = {e.name for p in (HANCOCK, NC) for e in load_story_views(p)[0].story
             .annotation.entities}
    assert len(explorer.views.views) == len({n.casefold() for n in names})
    seen: list[str] = []
    explorer.on_select(lambda view: seen.append(view.key))
    key = explorer.views.views[3].key
    assert explorer.select(key).key == key and seen == [key]


def test_the_stories_explorer_shows_every_story_and_reports_broken_ones(tmp_path) -> None:  # type: ignore[no-untyped-def]
    copy_stories(tmp_path)
    broken = tmp_path / "broken.yml"
    broken.write_text("story: [\n", encoding="utf-8")
    explorer = explore_stories(tmp_path)
    assert [e.views.slug for e in explorer.explorers] == list(SLUGS)
    assert explorer.dropdown.options[1][0] == explorer.explorers[1].views.headline
    assert explorer.story is explorer.explorers[0]
    assert explorer.choose(SLUGS[1]) is explorer.explorers[1]
    assert explorer.stack.selected_index == 1 and explorer.story.views.slug == SLUGS[1]
    with pytest.raises(KeyError, match="no story"):
        explorer.choose("nope")
    problems = explorer.children[0]
    assert "broken.yml" in problems.value and "Y101" in problems.value
    # A course with no story yet still gives a page that says what to do.
    (tmp_path / "empty").mkdir()
    empty = explore_stories(tmp_path / "empty")
    assert "annotate new" in empty.children[0].value


def test_the_vendored_widget_runtime_is_what_the_refresh_script_recorded() -> None:
    import hashlib
    import json

    folder = ROOT / "annotate" / "sphinx" / "vendor" / "ipywidgets"
    manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
    assert manifest["packages"] == {"@jupyter-widgets/html-manager": "1.0.15",
                                    "requirejs": "2.3.8"}
    for name, sha in manifest["sha256"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == sha, name
    on_disk = {p.name for p in folder.iterdir()}
    assert on_disk == {*manifest["sha256"], "MANIFEST.json", "README.md", "require-config.js"}
    assert {"LICENSE-html-manager.txt", "LICENSE-requirejs.txt"} <= on_disk
    assert not [n for n in on_disk if n.endswith((".eot", ".ttf", ".woff", ".svg"))]
