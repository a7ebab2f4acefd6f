"""ipywidgets explorers for one story and for the whole collection.

They must do their job in two places: a live Jupyter kernel, and the static book,
where no kernel runs and only the widgets' saved state reaches the browser.  So every
view is computed up front (:mod:`annotate.explore`), each shown by an ``HTML`` widget
inside a ``Stack``, and the drop-down that chooses a view is ``jslink``-ed to the
stack's ``selected_index``: the switch happens in the browser, with or without a
kernel.  The layers are the pages of a ``Tab``, which also switches client-side.

In a live kernel the same objects also answer Python: :meth:`StoryExplorer.select`
changes the selection, :attr:`StoryExplorer.selection` tells what is shown, and
:meth:`StoryExplorer.on_select` calls back when the reader changes it.

    from annotate.widgets import explore_collection, explore_stories, explore_story
    explore_stories("../sources")          # every story, one at a time
    explore_story("../sources/some-story.yml")
    explore_collection("../sources")
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from os import PathLike
from pathlib import Path

import ipywidgets as widgets

from .check import discover
from .diagnostics import Diagnostic
from .explore import (
    LAYERS,
    CollectionViews,
    StoryViews,
    View,
    load_collection,
    load_story_views,
)
from .html import t

Callback = Callable[[View], None]


def _linked_choice(labels: Sequence[str], children: Sequence[widgets.Widget], description: str
                   ) -> tuple[widgets.Dropdown, widgets.Stack, widgets.Link]:
    """A drop-down whose choice shows one child of a stack, switched in the browser."""
    dropdown = widgets.Dropdown(
        options=[(label, i) for i, label in enumerate(labels)], value=0,
        description=description, style={"description_width": "initial"},
        layout=widgets.Layout(width="max-content", max_width="100%"))
    stack = widgets.Stack(list(children), selected_index=0)
    return dropdown, stack, widgets.jslink((dropdown, "index"), (stack, "selected_index"))


class _Chooser(widgets.VBox):
    """A labelled drop-down of views, linked in the browser to a stack showing one view."""

    def __init__(self, views: Sequence[View], label: str) -> None:
        self.views = list(views)
        self.dropdown, self.stack, self.link = _linked_choice(
            [v.label for v in self.views], [widgets.HTML(v.html()) for v in self.views], label)
        super().__init__([self.dropdown, self.stack])
        self.add_class("ann-x-chooser")

    @property
    def current(self) -> View:
        return self.views[self.dropdown.index or 0]

    def choose(self, key: str) -> None:
        for i, v in enumerate(self.views):
            if v.key == key:
                self.dropdown.index = i
                # jslink keeps the browser in step; in a kernel keep the model in step too.
                self.stack.selected_index = i
                return
        raise KeyError(f"no choice '{key}' (choices: {', '.join(v.key for v in self.views)})")


class StoryExplorer(widgets.VBox):
    """Choose a layer and an entity, speaker or note; see its passages highlighted."""

    def __init__(self, views: StoryViews) -> None:
        self.views = views
        self.choosers = {layer: _Chooser(views.layers[layer], "Show:") for layer in LAYERS}
        self.tabs = widgets.Tab(children=list(self.choosers.values()),
                                titles=list(LAYERS.values()), selected_index=0)
        header = widgets.HTML(f'<h3 class="ann-x-title">{t(views.headline)}</h3>'
                              f"{views.warning_html()}")
        super().__init__([header, self.tabs])
        self.add_class("ann-x-explorer")

    @property
    def layer(self) -> str:
        return list(LAYERS)[self.tabs.selected_index or 0]

    @property
    def selection(self) -> View:
        """The view the reader is looking at now."""
        return self.choosers[self.layer].current

    def select(self, layer: str, key: str = "all") -> View:
        """Show ``key`` (an entity, speaker or note id, or "all") of ``layer``."""
        if layer not in self.choosers:
            raise KeyError(f"no layer '{layer}' (layers: {', '.join(LAYERS)})")
        self.choosers[layer].choose(key)
        self.tabs.selected_index = list(LAYERS).index(layer)
        return self.selection

    def on_select(self, callback: Callback) -> None:
        """Call ``callback(view)`` whenever the selection changes (in a live kernel)."""
        def changed(_: object) -> None:
            callback(self.selection)

        self.tabs.observe(changed, names="selected_index")
        for chooser in self.choosers.values():
            chooser.dropdown.observe(changed, names="index")


class CollectionExplorer(widgets.VBox):
    """Choose a person, organisation or place; see every story that names it."""

    def __init__(self, views: CollectionViews) -> None:
        self.views = views
        self.chooser = _Chooser(views.views, "Name:")
        count = len(views.stories)
        intro = (f'<p class="ann-x-summary">{len(views.views)} names across {count} '
                 f'{"story" if count == 1 else "stories"}, most widely named first.</p>')
        parts: list[widgets.Widget] = [widgets.HTML(intro)]
        if views.problems:
            parts.append(diagnostics_widget(views.problems))
        super().__init__([*parts, self.chooser])
        self.add_class("ann-x-explorer")
        self.add_class("ann-x-collection")

    @property
    def selection(self) -> View:
        return self.chooser.current

    def select(self, key: str) -> View:
        """Show the entity ``key`` (a Wikidata id, or ``name:<folded name>``)."""
        self.chooser.choose(key)
        return self.selection

    def on_select(self, callback: Callback) -> None:
        self.chooser.dropdown.observe(lambda _: callback(self.selection), names="index")


def diagnostics_widget(diagnostics: Sequence[Diagnostic]) -> widgets.HTML:
    """The errors that kept a story out of the explorer, as ``annotate check`` prints them."""
    lines = "\n".join(t(f"{d.path}:{d.start.line}:{d.start.column}: {d.code} {d.message}")
                      for d in diagnostics)
    return widgets.HTML('<div class="ann-x-problems" role="alert"><p><strong>These files have '
                        "errors and are left out</strong> (run <code>annotate check</code>):"
                        f"</p><pre>{lines}</pre></div>")


def explore_story(path: str | PathLike[str]) -> StoryExplorer | widgets.HTML:
    """An explorer for one annotation file, or its errors if it cannot be anchored."""
    views, errors = load_story_views(Path(path))
    if views is None:
        return diagnostics_widget(errors)
    return StoryExplorer(views)


class StoriesExplorer(widgets.VBox):
    """Choose a story from the course; explore it as :class:`StoryExplorer` does.

    The explorer page must not name the course's stories (an instructor adds and
    removes them), so it shows every annotation file it is given, one at a time,
    behind a drop-down ``jslink``-ed to a ``Stack`` like the other choosers.
    """

    def __init__(self, explorers: Sequence[StoryExplorer], problems: Sequence[Diagnostic] = ()
                 ) -> None:
        self.explorers = list(explorers)
        parts: list[widgets.Widget] = []
        if problems:
            parts.append(diagnostics_widget(problems))
        if self.explorers:
            self.dropdown, self.stack, self.link = _linked_choice(
                [e.views.headline for e in self.explorers], self.explorers, "Story:")
            parts += [self.dropdown, self.stack]
        else:
            parts.append(widgets.HTML('<p class="ann-x-summary">No story to explore yet: '
                                      "add one with <code>annotate new</code>.</p>"))
        super().__init__(parts)
        self.add_class("ann-x-stories")

    @property
    def story(self) -> StoryExplorer:
        """The explorer of the story shown now."""
        return self.explorers[self.dropdown.index or 0]

    def choose(self, slug: str) -> StoryExplorer:
        """Show the story whose annotation file is ``<slug>.yml``."""
        for i, explorer in enumerate(self.explorers):
            if explorer.views.slug == slug:
                self.dropdown.index = i
                self.stack.selected_index = i
                return explorer
        raise KeyError(f"no story '{slug}' (stories: "
                       f"{', '.join(e.views.slug for e in self.explorers)})")


def explore_stories(*paths: str | PathLike[str]) -> StoriesExplorer:
    """One explorer for every annotation file under ``paths``, a story at a time."""
    explorers, problems = [], []
    for path in discover(Path(p) for p in paths):
        views, errors = load_story_views(path)
        if views is None:
            problems.extend(errors)
        else:
            explorers.append(StoryExplorer(views))
    return StoriesExplorer(explorers, problems)


def explore_collection(*paths: str | PathLike[str]) -> CollectionExplorer:
    """An explorer of the entities of every annotation file under ``paths``."""
    return CollectionExplorer(load_collection(Path(p) for p in paths))
