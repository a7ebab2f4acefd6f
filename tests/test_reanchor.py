"""The re-anchoring engine and the text history, on texts written for these tests.

(The quality figures on real texts are in ``benchmarks/reanchoring``.)
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotate.history import TextDiff
from annotate.reanchor import Reanchorer, Target

TEXT = ("The mayor of Rivertown, Ana Duarte, opened the new bridge on Monday. "
        "Duarte said the bridge “will change how we live.” Engineers from Halden & Co. "
        "built it in two years.\n\n"
        "Critics said the bridge cost too much. Duarte said the bridge was worth it, "
        "and that the city will pay it off by 2030.")


def found(text: str, target: Target) -> str | None:
    outcome = Reanchorer(text).find(target)
    if outcome.status != "anchored" or outcome.best is None:
        return None
    return text[outcome.best.start:outcome.best.end]


def at(text: str, words: str, after: str = "") -> int:
    return text.index(after + words) + len(after)


def test_an_approximate_quote_finds_its_passage() -> None:
    assert found(TEXT, Target("opened the new bridje on Monday")) == \
        "opened the new bridge on Monday"


def test_white_space_and_typography_never_count() -> None:
    glued = TEXT.replace("new bridge", "newbridge").replace("on Monday", "on\nMonday")
    assert found(glued, Target("opened the new bridge on Monday")) == \
        "opened the newbridge on\nMonday"
    assert found(TEXT, Target('"will change how we live."')) == "“will change how we live.”"


def test_fuzzy_prefix_and_suffix_choose_between_copies() -> None:
    # "Duarte said the bridge" occurs twice; each context picks its own
    first = Reanchorer(TEXT).find(Target("Duarte said the bridge", prefix="on Mondey. ",
                                         suffix=" “will chnge"))
    second = Reanchorer(TEXT).find(Target("Duarte said the bridge", prefix="cost to much. ",
                                          suffix=" was worht it"))
    assert first.best and first.best.start == at(TEXT, "Duarte said", "Monday. ")
    assert second.best and second.best.start == at(TEXT, "Duarte said", "too much. ")
    assert first.status == second.status == "anchored"


def test_without_context_or_position_two_copies_are_refused_with_both_located() -> None:
    outcome = Reanchorer(TEXT).find(Target("Duarte said the bridge"))
    assert outcome.status == "ambiguous"
    assert outcome.best and outcome.runner
    assert {outcome.best.start, outcome.runner.start} == {
        at(TEXT, "Duarte said", "Monday. "), at(TEXT, "Duarte said", "too much. ")}


def test_a_position_hint_breaks_a_tie() -> None:
    second = at(TEXT, "Duarte said", "too much. ")
    outcome = Reanchorer(TEXT).find(Target("Duarte said the bridge", hint=second + 3))
    assert outcome.status == "anchored" and outcome.best and outcome.best.start == second


def test_context_longer_than_the_text_before_and_suffix_past_the_end() -> None:
    assert found(TEXT, Target("The mayor of Rivertown", prefix="Home > News > Local\n")) == \
        "The mayor of Rivertown"
    assert found(TEXT, Target("pay it off by 2030.", suffix="\n\nShare this story")) == \
        "pay it off by 2030."


def test_context_outweighs_an_exact_copy_elsewhere() -> None:
    old_words = "Critics said the bridge cost too much."
    edited = TEXT.replace(old_words, "Critics said that the bridge had cost too much.")
    edited += "\n\nCaption: Critics said the bridge cost too much."
    target = Target(old_words, prefix="built it in two years.\n\n", suffix=" Duarte said the")
    assert found(edited, target) == "Critics said that the bridge had cost too much."


def test_a_rewritten_passage_is_orphaned_not_moved_to_a_similar_one() -> None:
    rewritten = TEXT.replace("Critics said the bridge cost too much.",
                             "Not everyone agreed with the spending.")
    outcome = Reanchorer(rewritten).find(Target(
        "Critics said the bridge cost too much.", prefix="built it in two years.\n\n",
        suffix=" Duarte said the"))
    assert outcome.status == "orphaned"


def test_a_short_quote_never_moves_without_its_context() -> None:
    corrected = TEXT.replace("Halden & Co.", "Holden & Co.")
    # the old spelling, with its context: moves to the corrected name
    assert found(corrected, Target("Halden", prefix="Engineers from ", suffix=" & Co.")) == \
        "Holden"
    # without context a one-word quote that no longer exists goes nowhere
    assert found(corrected, Target("Halden")) is None
    # nor does it fuzzy-match another short word when the context disagrees
    assert found(TEXT, Target("Dworte", prefix="xyz ", suffix=" qrs")) is None


def test_the_diff_maps_unchanged_spans_exactly_and_gives_context_for_the_rest() -> None:
    new = "Breaking: " + TEXT.replace("two years", "three years")
    diff = TextDiff(TEXT, new)
    start = TEXT.index("Critics said")
    mapped = diff.map(start, start + len("Critics said"))
    assert mapped and new[mapped.start:mapped.end] == "Critics said" and mapped.exact
    changed = TEXT.index("two years")
    assert diff.map(changed, changed + len("two years")) is None
    prefix, suffix = diff.context(changed, changed + len("two years"))
    assert prefix.endswith("built it in ") and suffix.startswith(".")
    hint = diff.near(changed)
    assert hint is not None and abs(hint - new.index("three years")) <= 2


WORDS = st.sampled_from(["river", "town", "said", "the", "council", "budget", "Monday",
                         "“we", "will”", "—", "2030", "Ana", "bridge", "cost"])


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=len(TEXT)),
                          st.lists(WORDS, max_size=4).map(" ".join),
                          st.integers(min_value=0, max_value=12)), max_size=4))
def test_edits_away_from_an_anchor_never_move_it(edits: list[tuple[int, str, int]]) -> None:
    words = "Critics said the bridge cost too much."
    start = TEXT.index(words)
    end = start + len(words)
    guard = 40  # edits stay this far from the anchor and its recorded context
    new = TEXT
    for pos, insert, cut in sorted(edits, reverse=True):
        if start - guard <= pos + cut and pos <= end + guard:
            continue
        new = new[:pos] + insert + new[pos + cut:]
    target = Target(words, TEXT[start - 32:start], TEXT[end:end + 32], start)
    outcome = Reanchorer(new).find(target)
    assert outcome.status == "anchored" and outcome.best is not None
    assert new[outcome.best.start:outcome.best.end] == words
    diff = TextDiff(TEXT, new)
    mapped = diff.map(start, end)
    assert mapped is not None and new[mapped.start:mapped.end] == words


def test_the_evaluation_set_is_consistent() -> None:
    """Every case of benchmarks/reanchoring applies its edits and locates its answer."""
    from benchmarks.reanchoring.__main__ import load_cases

    cases = load_cases()
    assert len(cases) >= 25
    assert sum(c.expect is None for c in cases) >= 4  # cases where refusing is right
    assert sum(c.old != c.new for c in cases) >= 15  # most cases correct the text
