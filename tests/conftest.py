"""Shared test helpers: the project root, and writing small story projects to disk."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# CI runs the property tests derandomised (same examples every run, no example database);
# locally they explore new examples each time. No deadline: the machines are shared and noisy,
# and a slow example is not a wrong one.
settings.register_profile("ci", derandomize=True, database=None, max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("default", max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The suggestion engine's tables and remembered suggestions go to a cache of the
    test session's own (and so do the CLI runs the tests start), never the user's."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"

STORY_TEXT = (
    "Jane Doe, the mayor of Springfield, said the plan was “a good start for everyone.”\n"
    "\n"
    "“We will not stop,” said Doe’s spokesperson Ann Lee. The council met on Tuesday; "
    "the council voted later.\n"
)

HEADER = """\
story:
  headline: Test story
  outlet: Test Outlet
  date: "2020-01-01"
  source: story.txt
entities:
  - id: jane-doe
    name: Jane Doe
    type: person
    aliases: [Doe]
    description: The mayor.
"""

WriteStory = Callable[..., Path]


@pytest.fixture
def write_story(tmp_path: Path) -> WriteStory:
    """Write ``story.txt`` and an annotation file (HEADER + ``body``) into a temp dir."""

    def write(body: str = "", *, text: str = STORY_TEXT, header: str = HEADER,
              name: str = "story.yml", dedent: bool = True) -> Path:
        (tmp_path / "story.txt").write_text(text, encoding="utf-8", newline="")
        path = tmp_path / name
        body = textwrap.dedent(body) if dedent else body
        path.write_text(header + body, encoding="utf-8", newline="")
        return path

    return write
