"""The suggestion benchmark's evaluation sets stay what their names promise: a held-out set's
texts were not in any earlier set, or its first run would measure texts the engine was
already fixed on. Copies of one story at two addresses (a feed and its aggregator) share
most of their words; this catches them before a set is scored, as one set was caught late."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SETS = Path(__file__).resolve().parent.parent / "benchmarks" / "suggestions"

#: Words in a row a shared passage must have to count: long enough that a dateline, a
#: byline or a boilerplate credit line ("The post … appeared first on …") rarely reaches it.
_SPAN = 8
#: The share of a text's passages an earlier set may already hold. Listing pages repeat some
#: of another page's items (a story's teaser on a topic page and an archive page); a copy of
#: the same text repeats nearly all.
_MOST = 0.5


def _order(folder: Path) -> tuple[int, str]:
    """The sets in the order they were made: the two development sets (the top folder's
    texts, then ``second``), the first held-out set, the held-out set rich in quotes, then
    the numbered ones."""
    name = folder.name
    fixed = {"suggestions": -3, "second": -2, "heldout": 0, "heldout-quotes": 1}
    if name in fixed:
        return fixed[name], name
    number = re.fullmatch(r"heldout-(\d+)", name)
    assert number is not None, f"an evaluation set with no place in the order: {name}"
    return int(number.group(1)), name


def _passages(text: str) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[k:k + _SPAN]) for k in range(len(words) - _SPAN + 1)}


def _sets() -> list[tuple[Path, dict[str, set[str]]]]:
    folders = sorted({p.parent.parent for p in SETS.glob("**/texts/*.txt")}, key=_order)
    return [(folder, {p.name: _passages(p.read_text(encoding="utf-8"))
                      for p in sorted((folder / "texts").glob("*.txt"))})
            for folder in folders]


def test_no_evaluation_text_repeats_an_earlier_sets_text() -> None:
    sets = _sets()
    assert len(sets) > 3, "the benchmark's sets were not found"
    seen: set[str] = set()
    repeated = []
    for folder, texts in sets:
        for name, passages in texts.items():
            if passages and len(passages & seen) > _MOST * len(passages):
                share = len(passages & seen) / len(passages)
                repeated.append(f"{folder.name}/texts/{name}: {share:.0%} of it in earlier sets")
        for passages in texts.values():
            seen |= passages
    assert not repeated, "\n".join(repeated)


@pytest.mark.parametrize("kept", [0.0, 0.9])
def test_the_check_tells_a_copy_from_a_new_text(kept: float) -> None:
    """The measure itself, on two texts: a copy that keeps most of another's words is
    caught, a text of other words is not."""
    earlier = _passages(" ".join(f"word{k}" for k in range(200)))
    cut = int(200 * kept)
    later = _passages(" ".join([*(f"word{k}" for k in range(cut)),
                                *(f"other{k}" for k in range(200 - cut))]))
    assert (len(later & earlier) > _MOST * len(later)) == (kept > _MOST)


def test_every_gold_name_form_optional_word_and_quote_is_text() -> None:
    """YAML reads an unquoted year in a gold file (``optional: [2023]``) as a number, which
    the benchmark cannot compare with the words it suggests: every name, form, optional
    word and quote a gold file lists must be text."""
    import yaml

    wrong = []
    for gold_file in sorted(SETS.glob("**/gold.yml")):
        stories = (yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}).get("stories")
        for story, gold in (stories or {}).items():
            values = [v for e in gold.get("entities") or []
                      for v in (e["name"], *(e.get("forms") or []))]
            values += list(gold.get("optional") or [])
            values += [q["text"] for q in gold.get("quotes") or []]
            values += list(gold.get("not_quotes") or [])
            wrong += [f"{gold_file.parent.name}/{story}: {v!r}" for v in values
                      if not isinstance(v, str)]
    assert not wrong, "quote these in the gold file:\n" + "\n".join(wrong)


def test_every_gold_entity_has_only_a_name_a_type_and_forms() -> None:
    """A comma in an unquoted name inside YAML's braces (``{name: American Federation of
    State, County and Municipal Employees, type: …}``) ends the name there and makes the rest
    a key with no value: the benchmark would then score a name no one wrote. Every gold
    entity has a name, a type the project knows (or a list of them), and perhaps forms."""
    from typing import get_args

    import yaml

    from annotate.models import EntityType

    known = set(get_args(EntityType))
    wrong = []
    for gold_file in sorted(SETS.glob("**/gold.yml")):
        stories = (yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}).get("stories")
        for story, gold in (stories or {}).items():
            for entity in gold.get("entities") or []:
                types = entity.get("type")
                types = types if isinstance(types, list) else [types]
                if (set(entity) - {"name", "type", "forms"} or "name" not in entity
                        or not all(t in known for t in types)):
                    wrong.append(f"{gold_file.parent.name}/{story}: {entity!r}")
    assert not wrong, "quote the names with commas in these entities:\n" + "\n".join(wrong)
