"""Property tests: no input makes the loader, the validator or fix raise; positions are real.

Run derandomised in CI (``HYPOTHESIS_PROFILE=ci``, set by ``.ci/run``).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from annotate.check import check_file
from annotate.diagnostics import Diagnostic
from annotate.fix import plan
from annotate.yamlload import load_text

from .course import SLUGS, seed_file

REAL = {slug: seed_file(slug).read_text(encoding="utf-8") for slug in SLUGS}

yaml_like = st.text(alphabet=st.sampled_from(list("ab:- \n\t\"'[]{}#&*!|>%@`,?~0123.“”’\\")),
                    max_size=300)


def _inside(d: Diagnostic, text: str) -> bool:
    lines = text.split("\n")
    if not 1 <= d.start.line <= len(lines):
        return False
    return 1 <= d.start.column <= len(lines[d.start.line - 1].rstrip("\r")) + 1


@given(st.one_of(st.text(max_size=300), yaml_like))
def test_arbitrary_text_never_raises_and_positions_are_in_the_text(text: str) -> None:
    doc = load_text(text, Path("x.yml"))
    for d in doc.diagnostics:
        assert _inside(d, text), (d, text)


def _mutate(text: str, data: st.DataObject) -> str:
    for _ in range(data.draw(st.integers(1, 4))):
        kind = data.draw(st.sampled_from(["delete", "insert", "replace", "dupline", "dropline"]))
        i = data.draw(st.integers(0, len(text)))
        if kind == "delete":
            text = text[:i] + text[i + data.draw(st.integers(1, 40)):]
        elif kind == "insert":
            text = text[:i] + data.draw(yaml_like) + text[i:]
        elif kind == "replace":
            text = text[:i] + data.draw(st.sampled_from(list(":-\"'\t#&*![]{}x“’"))) + \
                text[i + 1:]
        else:
            lines = text.split("\n")
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[j:j + 1] = [lines[j]] * 2 if kind == "dupline" else []
            text = "\n".join(lines)
    return text


@given(st.sampled_from(SLUGS), st.data())
def test_mutated_real_files_never_raise_and_diagnostics_point_inside(slug: str,
                                                                     data: st.DataObject) -> None:
    mutated = _mutate(REAL[slug], data)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(seed_file(slug, ".txt"), folder / f"{slug}.txt")
        path = folder / f"{slug}.yml"
        path.write_text(mutated, encoding="utf-8")
        result = check_file(path)
        story_text = (folder / f"{slug}.txt").read_text(encoding="utf-8")
        for d in result.diagnostics:
            target = story_text if Path(d.path).suffix == ".txt" else mutated
            assert _inside(d, target), (d.code, d.start, d.message)
        plan(path)  # fix's planning must not raise either


comment = st.text(alphabet=st.sampled_from(list("abc xyz#-:’“")), max_size=20)


@given(st.sampled_from(SLUGS), st.data())
def test_fix_on_a_clean_file_is_a_byte_identical_no_op(slug: str, data: st.DataObject) -> None:
    lines = REAL[slug].split("\n")
    # semantics-preserving variations: comments, blank lines, CRLF, BOM, trailing newline
    out = []
    for line in lines:
        if line.strip() and data.draw(st.integers(0, 9)) == 0:
            line = f"{line}  # {data.draw(comment)}"
        out.append(line)
        if data.draw(st.integers(0, 19)) == 0:
            out.append("")
    newline = data.draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(out).rstrip("\r\n") + data.draw(st.sampled_from(["", newline]))
    raw = (b"\xef\xbb\xbf" if data.draw(st.booleans()) else b"") + text.encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(seed_file(slug, ".txt"), folder / f"{slug}.txt")
        path = folder / f"{slug}.yml"
        path.write_bytes(raw)
        result = check_file(path)
        if result.diagnostics:  # e.g. a blank line inside a folded scalar changes its value
            return
        file_plan = plan(path)
        assert file_plan.after is None and file_plan.changes == []
        assert path.read_bytes() == raw


#: Pieces of news copy the suggestion engine's rules key on: honorifics, ranks, titles,
#: names, bodies' heads, brackets, marks, commas, datelines, glued words and line breaks.
_NEWS_PIECES = ["Mr.", "Ms.", "Dr.", "Gen.", "(Ret.)", "Sen.", "Chairman", "Secretary", "of",
                "the", "and", "for", "Jane", "Q.", "Okafor", "Harbor", "Board", "Commission",
                "Department", "U.S.", "Army", "ARLINGTON,", "Va.", "(", ")", "[", "]", "“", "”",
                "\"", ",", ".", ":", "–", "said", "says", "Inc.", "Jr.", "12th", "6thRanger",
                "Gibraltarand", "Logo", "Photo", "By", "\n", "\n\n", "    ", "New", "York",
                "Act", "of", "2024", "(HB)", "Centennial", "Wall", "Rock", "’s"]


@given(st.lists(st.sampled_from(_NEWS_PIECES), max_size=40))
def test_suggestions_never_raise_and_name_only_words_of_the_text(pieces: list[str]) -> None:
    """Whatever the copy, `annotate new` and the N504 hints get suggestions, never a
    traceback (a lone honorific before a bracket once raised: "Mr. [Terence] Bowles"), and
    each suggested name and quote is words the story writes (a lone possessive's mark before
    a bracket raised too: "’s (HB)")."""
    from annotate.suggest import suggest

    text = " ".join(pieces)
    found = suggest(text)
    words = " ".join(text.split())  # (a name broken over spaces or lines is given whole)
    for entity in found.entities:
        assert " ".join(entity.name.split()) in words, (entity, text)
    for quote in found.quotes:
        assert " ".join(quote.text.split()) in words, (quote, text)
