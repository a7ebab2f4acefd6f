"""The two seed stories (copies under tests/fixtures/stories): verbatim, complete, clean.

The course's own copies in ``sources/`` are the instructor's to edit or delete; the
generic checks of whatever the course holds are in ``test_course.py``.
"""

from __future__ import annotations

from collections import Counter

import pytest

from annotate.check import check_file

from .conftest import ROOT
from .course import CAROLINA, HANCOCK, SLUGS, STORIES, seed_file

SEED = ROOT.parent / "shared" / "seeds" / "000_afc8740ada20ef3d.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed is beside the checkout only")
def test_the_two_sources_are_the_seed_split_without_changing_a_character() -> None:
    parts = [seed_file(slug, ".txt").read_bytes() for slug in SLUGS]
    assert b"".join(parts) == SEED.read_bytes()


def test_sources_keep_the_published_artefacts() -> None:
    first, second = (seed_file(s, ".txt").read_text(encoding="utf-8") for s in SLUGS)
    assert first.endswith("He also pledged support for the officer in the video.")
    assert second.startswith("PromesaArtStudio via Getty Images\n")
    assert "Feris Dixon/dixon4dacom" in second
    assert "“faggot.”" in first and "―" in first


@pytest.mark.parametrize("slug", SLUGS)
def test_seed_story_has_no_diagnostic_at_all(slug: str) -> None:
    result = check_file(seed_file(slug))
    assert [f"{d.code} {d.start.line}:{d.start.column} {d.message}"
            for d in result.diagnostics] == []
    story = result.story
    assert story is not None
    annotation = story.annotation
    # every quote, note and question anchor resolved to exactly one passage
    assert set(story.quotes) == {q.id for q in annotation.quotes}
    assert set(story.notes) == {n.id for n in annotation.notes}
    for q in annotation.questions:
        assert len(story.questions.get(q.id, [])) == len(q.anchors)
    assert 4 <= len(annotation.questions) <= 6
    counts = story.mention_counts()
    assert all(counts[e.id] >= 1 for e in annotation.entities)


def test_hancock_story_covers_quotes_of_every_kind_and_masks_the_slurs() -> None:
    story = check_file(seed_file(HANCOCK)).story
    assert story is not None
    kinds = Counter(q.kind for q in story.annotation.quotes)
    assert set(kinds) == {"direct", "partial", "indirect", "written"}
    [warning] = story.annotation.content_warnings
    masked = [story.text[m.start:m.end] for m in story.masks[warning.id]]
    assert Counter(masked) == {"faggot": 2, "bitch": 2, "fucking": 2}
    # after masking, no slur is left readable
    text = list(story.text)
    for m in story.masks[warning.id]:
        text[m.start:m.end] = ["█"] * (m.end - m.start)
    assert "faggot" not in "".join(text)


def test_carolina_story_marks_its_artefacts() -> None:
    story = check_file(seed_file(CAROLINA)).story
    assert story is not None
    artefacts = {n.id: story.text[story.notes[n.id].start:story.notes[n.id].end]
                 for n in story.annotation.notes if n.kind in ("artefact", "correction")}
    assert artefacts["lead-photo-credit"] == "PromesaArtStudio via Getty Images"
    assert artefacts["feris-misspelt"] == "Feris Dixon/dixon4dacom"
    people = {e.id for e in story.annotation.entities if e.type == "person"}
    assert people >= {"satana-deberry", "faris-dixon", "roger-echols", "larry-krasner",
                      "daniel-spiegel", "rashad-robinson", "derek-brown", "kimberley-robb"}


def test_the_fixtures_are_the_two_seed_stories_text_and_annotations() -> None:
    texts = {p.stem for p in STORIES.glob("*.txt")}
    ymls = {p.stem for p in STORIES.glob("*.yml")}
    assert texts == ymls == set(SLUGS)


