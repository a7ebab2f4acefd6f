"""Anchoring: exact first, then typographic folding with exact offsets, then fuzzy hints."""

from __future__ import annotations

import unicodedata

import pytest

from annotate.anchoring import StoryText, resolve
from annotate.models import Anchor, MaskSpan
from annotate.text import fold, normalise

STORY = StoryText(
    "The mayor’s son — said “it’s fine…” — left.\n\nThe son left again. The son stayed.",
    "s.txt")


def _spans(anchor: Anchor, story: StoryText = STORY) -> list[str]:
    return [story.text[m.start:m.end] for m in resolve(anchor, story).matches]


def test_exact_match_has_no_problem() -> None:
    r = resolve(Anchor(text="The mayor’s son"), STORY)
    assert r.problems == [] and _spans(Anchor(text="The mayor’s son")) == ["The mayor’s son"]


@pytest.mark.parametrize("typed", [
    "The mayor's son - said \"it's fine...\"",  # straight quotes, hyphen, three dots
    "The  mayor’s\nson — said “it’s fine…”",  # line-wrapped, double space
    "The mayor\u2019s\u00a0son \u2014 said \u201cit\u2019s fine\u2026\u201d",  # nbsp
    "The mayor’s\u202fson \u2013 said “it’s fine…”",  # narrow nbsp, en dash for em dash
    "The mayor’s son -- said “it’s fine…”",  # not a dash: two hyphens do not fold to one
])
def test_typographic_variants_match_with_a_warning_and_exact_offsets(typed: str) -> None:
    if "--" in typed:
        assert resolve(Anchor(text=typed), STORY).matches == []
        return
    r = resolve(Anchor(text=typed), STORY)
    assert [s for s in _spans(Anchor(text=typed))] == ["The mayor’s son — said “it’s fine…”"]
    codes = [p.code for p in r.problems]
    assert codes == (["A402"] if typed != STORY.text[:len(typed)] else [])


def test_nfd_text_matches_nfc_anchor_and_maps_back() -> None:
    nfd = unicodedata.normalize("NFD", "Le café déborde. Fin.")
    story = StoryText(nfd)
    [m] = resolve(Anchor(text="café déborde"), story).matches
    assert story.text[m.start:m.end] == unicodedata.normalize("NFD", "café déborde")


def test_soft_hyphen_and_zero_width_in_story_match_with_a_warning() -> None:
    story = StoryText("An ex\u00adample of zero\u200bwidth text.")
    r = resolve(Anchor(text="example of zerowidth"), story)
    assert [story.text[m.start:m.end] for m in r.matches] == ["ex\u00adample of zero\u200bwidth"]
    assert [p.code for p in r.problems] == ["A402"]


def test_bidi_characters_in_the_anchor_are_shown_not_stripped() -> None:
    r = resolve(Anchor(text="The son\u202e left"), STORY)
    [a406] = [p for p in r.problems if p.code == "A406"]
    assert "<U+202E>" in a406.message


def test_astral_characters_before_a_span_keep_offsets_in_code_points() -> None:
    story = StoryText("😀😀 emoji then “the quote” here")
    [m] = resolve(Anchor(text='"the quote"'), story).matches
    assert (m.start, m.end) == (story.text.index("“"), story.text.index("”") + 1) == (14, 25)
    assert story.text[m.start:m.end] == "“the quote”"


def test_ambiguous_anchor_lists_every_match_with_its_position() -> None:
    r = resolve(Anchor(text="The son"), STORY)
    [p] = r.problems
    assert p.code == "A403" and r.matches == []
    assert p.related[0].startswith("1. s.txt:3:1:")
    assert p.related[1].startswith(f"2. s.txt:3:{SECOND - FIRST + 1}:")


FIRST = STORY.text.index("The son")
SECOND = STORY.text.index("The son", FIRST + 1)


@pytest.mark.parametrize(("anchor", "expected"), [
    (Anchor(text="The son", occurrence=1), FIRST),
    (Anchor(text="The son", occurrence=2), SECOND),
    (Anchor(text="The son", prefix="again. "), SECOND),
    (Anchor(text="The son", prefix="again."), SECOND),
    (Anchor(text="The son", suffix=" left again"), FIRST),
    (Anchor(text="The son", prefix="left.", suffix="left"), FIRST),
])
def test_prefix_suffix_and_occurrence_pick_one(anchor: Anchor, expected: int) -> None:
    r = resolve(anchor, STORY)
    assert r.problems == [] and r.match is not None and r.match.start == expected


def test_mask_with_occurrence_all_selects_every_match() -> None:
    r = resolve(MaskSpan(text="son", occurrence="all"), STORY, allow_all=True)
    assert len(r.matches) == 3 and r.problems == []


def test_not_found_shows_the_closest_passage_and_its_similarity() -> None:
    story = StoryText("First sentence here.\n\n"
                      "The council voted to close the old library on Friday.")
    [p] = resolve(Anchor(text="the council voted to shut the old library"), story).problems
    assert p.code == "A401"
    assert "3:1" in (p.hint or "") or "3:5" in (p.hint or "")
    assert "% similar" in (p.hint or "")
    assert "voted to close the old library" in (p.hint or "")


def test_fold_is_idempotent_and_normalise_maps_every_character() -> None:
    text = "A “b” — c…\u00a0d\u00ade"
    folded = normalise(text)
    assert folded.text == 'A "b" - c... de'
    assert fold(folded.text) == folded.text
    assert len(folded.starts) == len(folded.text) == len(folded.ends)
    for i, ch in enumerate(folded.text):
        original = text[folded.starts[i]:folded.ends[i]]
        assert fold(original) in (ch, "", "...", " ") or ch == " "
