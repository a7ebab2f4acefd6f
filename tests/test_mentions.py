"""Entity mentions are found by the library: word boundaries, possessives, longest first."""

from __future__ import annotations

from annotate.check import check_file, quoted_regions
from annotate.mentions import MentionFinder
from annotate.models import Entity

from .conftest import HEADER, WriteStory


def _entity(id_: str, name: str, *aliases: str) -> Entity:
    return Entity(id=id_, name=name, type="person", aliases=list(aliases), description="d")


def _found(text: str, *entities: Entity) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity) for m in MentionFinder(entities).find(text)]


def test_possessives_and_word_boundaries() -> None:
    text = "Dixon’s win. Echols' supporters. Dixonville is not Dixon. dixon4da is not either."
    assert _found(text, _entity("d", "Dixon"), _entity("e", "Echols")) == [
        ("Dixon", "d"), ("Echols", "e"), ("Dixon", "d")]


def test_longest_form_wins_at_the_same_position() -> None:
    text = "the mayor’s son met the mayor. The mayor left."
    found = _found(text, _entity("son", "Jordan", "the mayor’s son"),
                   _entity("mayor", "Michael", "the mayor"))
    assert found == [("the mayor’s son", "son"), ("the mayor", "mayor"), ("The mayor", "mayor")]


def test_forms_tolerate_typography_but_names_keep_their_case() -> None:
    text = "The mayor's son. the MAYOR. Color Of Change and Color of Change."
    found = _found(text, _entity("son", "x", "the mayor’s son"),
                   _entity("coc", "Color of Change"))
    assert found == [("The mayor's son", "son"), ("Color of Change", "coc")]


def test_handles_and_names_with_punctuation() -> None:
    text = "Michael B. Hancock (@MayorHancock) wrote."
    assert _found(text, _entity("m", "Michael B. Hancock", "@MayorHancock")) == [
        ("Michael B. Hancock", "m"), ("@MayorHancock", "m")]


def test_entity_mentions_and_unused_aliases_in_a_real_check(write_story: WriteStory) -> None:
    path = write_story("  - id: ann-lee\n    name: Ann Lee\n    type: person\n"
                       "    aliases: [Lee, Annie]\n    description: The spokesperson.\n",
                       dedent=False)
    result = check_file(path)
    assert result.story is not None
    assert result.story.mention_counts() == {"jane-doe": 2, "ann-lee": 1}
    assert [(d.code, d.start.line, d.start.column) for d in result.diagnostics
            if d.code == "N502"] == [("N502", 15, 15), ("N502", 15, 20)]


def test_quoted_regions_handle_curly_straight_and_unclosed_quotes() -> None:
    text = 'He said “one” and "two".\n“Open quote runs on\nNext “x”'
    regions = [text[s:e] for s, e in quoted_regions(text)]
    assert regions == ["“one”", '"two"', "“Open quote runs on", "“x”"]


def test_quoted_regions_follow_a_quote_over_the_broken_lines_of_a_wrapped_text() -> None:
    # a text broken into lines at a width (most long lines stop mid-sentence), as old pages
    # and PDFs give it: a quote runs over its lines to its closing mark, here a straight one
    text = ("Methamphetamine is a powerfully addictive drug that dramatically affects the\n"
            "minds and bodies of the people who use it, and the agency has taken the\n"
            "following steps to fight it across the country in the last ten years, and\n"
            "more.\n"
            "\u201cMethamphetamine abuse shatters families and threatens our communities.\n"
            "On this day we underscore the dangers of methamphetamine and reaffirm our\n"
            "responsibility to combat all forms of drug abuse.\"\n"
            "President George W. Bush, November 28, 2006\n")
    regions = [text[s:e] for s, e in quoted_regions(text)]
    assert any(r.startswith("\u201cMethamphetamine") and r.endswith('abuse."') for r in regions)


def test_not_entities_dismisses_exactly_those_hints(write_story: WriteStory) -> None:

    def hints(path) -> set[str]:  # type: ignore[no-untyped-def]
        return {d.message.split("'")[1] for d in check_file(path).diagnostics
                if d.code == "N504"}

    plain = write_story("")
    assert {"Springfield", "Ann Lee"} <= hints(plain)
    dismissed = write_story("not_entities: [Springfield]\n")
    assert "Springfield" not in hints(dismissed) and "Ann Lee" in hints(dismissed)
    # Kept even when another part of the file is broken, so one error adds no hints.
    broken = write_story("not_entities: [Springfield]\nquotes:\n  - id: q\n    kind: nope\n")
    assert "Springfield" not in hints(broken)


HOME = ("Home Secretary James Cleverly said the plan would work. Shadow Home Secretary "
        "Yvette Cooper said it would not.\n\nThe Home Secretary replied on Tuesday.\n")


def _entities(cleverly_alias: str) -> str:
    return f"""\
  - id: cleverly
    name: James Cleverly
    type: person
    aliases: [{cleverly_alias}]
    description: The Home Secretary.
  - id: cooper
    name: Yvette Cooper
    type: person
    description: The Shadow Home Secretary.
"""


def _marked(path) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    story = check_file(path).story
    assert story is not None
    return [(m.entity, story.text[m.start:m.end]) for m in story.mentions]


def test_the_longest_form_at_a_place_wins_across_entities(write_story: WriteStory) -> None:
    body = _entities("Home Secretary").replace(
        "    description: The Shadow Home Secretary.\n",
        "    aliases: [Shadow Home Secretary]\n    description: The Shadow Home Secretary.\n")
    path = write_story(body, text=HOME, header=HEADER.split("entities:")[0] + "entities:\n")
    assert _marked(path) == [("cleverly", "Home Secretary"), ("cleverly", "James Cleverly"),
                             ("cooper", "Shadow Home Secretary"), ("cooper", "Yvette Cooper"),
                             ("cleverly", "Home Secretary")]
    # a longer form containing the shorter one is the designed outcome: no warning
    assert [d.code for d in check_file(path).diagnostics if d.code == "N503"] == []


def test_an_alias_can_be_restricted_to_some_places(write_story: WriteStory) -> None:
    header = HEADER.split("entities:")[0] + "entities:\n"
    unrestricted = write_story(_entities("Home Secretary"), text=HOME, header=header)
    assert [w for e, w in _marked(unrestricted) if e == "cleverly"].count("Home Secretary") == 3
    by_occurrence = write_story(_entities("{text: Home Secretary, occurrence: 3}"), text=HOME,
                                header=header)
    story = check_file(by_occurrence).story
    assert story is not None
    places = [m.start for m in story.mentions if m.form.form == "Home Secretary"]
    assert places == [HOME.rindex("Home Secretary")]
    by_prefix = write_story(_entities("{text: Home Secretary, prefix: 'The '}"), text=HOME,
                            header=header)
    assert [w for e, w in _marked(by_prefix) if e == "cleverly"] == \
        ["James Cleverly", "Home Secretary"]
    assert check_file(by_prefix).errors == []


def test_partly_overlapping_forms_of_two_entities_are_named_with_their_places(
        write_story: WriteStory) -> None:
    text = "She wrote for the New York Times in 1990.\n"
    body = """\
  - id: new-york
    name: New York
    type: place
    description: A city.
  - id: york-times
    name: York Times
    type: organisation
    description: A made-up paper.
"""
    path = write_story(body, text=text, header=HEADER.split("entities:")[0] + "entities:\n")
    assert _marked(path) == [("york-times", "York Times")]
    [n503] = [d for d in check_file(path).diagnostics if d.code == "N503"]
    assert "'New York' (new-york) overlaps the longer 'York Times' (york-times)" in n503.message
    assert n503.related == ["story.txt:1:19"] or n503.related[0].endswith("story.txt:1:19")
