"""The located YAML loader: positions, YAML 1.2 scalars, and refusals before walking."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate.yamlload import MAX_BYTES, load_file, load_text

P = Path("t.yml")


def test_every_node_has_its_line_and_column() -> None:
    doc = load_text("story:\n  headline: Hi\nentities:\n  - id: a\n    name: 'B'\n", P)
    assert doc.diagnostics == []
    assert doc.locations[("story", "headline")].value.start.line == 2
    assert doc.locations[("story", "headline")].value.start.column == 13
    assert doc.locations[("story", "headline")].key.start.column == 3  # type: ignore[union-attr]
    name = doc.locations[("entities", 0, "name")]
    assert (name.value.start.line, name.value.start.column, name.style) == (5, 11, "'")


def test_columns_count_code_points_even_after_astral_characters() -> None:
    text = "a: \"😀😀\"\nb: x\nc: \"é😀\" # 😀\nd: y\n"
    doc = load_text(text, P)
    d = doc.locations[("d",)].value
    assert (d.start.line, d.start.column) == (4, 4)
    c = doc.locations[("c",)].value
    assert text[c.start_index:c.end_index] == "\"é😀\""


@pytest.mark.parametrize(("source", "value"), [
    ("no", "no"), ("on", "on"), ("yes", "yes"), ("012", "012"), ("1:20", "1:20"),
    ("2018-05-09", "2018-05-09"), ("true", True), ("false", False), ("12", 12),
    ("1.5", 1.5), ("~", None), ("null", None), ("'no'", "no"), ("0x1F", "0x1F"),
])
def test_yaml_1_1_surprises_are_not_coerced(source: str, value: object) -> None:
    doc = load_text(f"v: {source}\n", P)
    assert doc.data == {"v": value}
    assert type(doc.data["v"]) is type(value)


def test_duplicate_key_is_reported_at_the_second_and_first_is_kept() -> None:
    doc = load_text("a: 1\nb: 2\na: 3\n", P)
    assert [(d.code, d.start.line, d.start.column) for d in doc.diagnostics] == [("Y102", 3, 1)]
    assert doc.data["a"] == 1


def test_billion_laughs_is_rejected_without_expanding() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    doc = load_text("\n".join(lines) + "\n", P)
    assert doc.data is None
    assert [(d.code, d.start.line) for d in doc.diagnostics] == [("Y103", 2)]


def test_file_over_the_size_cap_is_rejected_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yml"
    path.write_bytes(b"a: " + b"x" * MAX_BYTES + b"\n")
    doc = load_file(path)
    assert [(d.code, d.start.line, d.start.column) for d in doc.diagnostics] == [("Y107", 1, 1)]
    assert doc.data is None


def test_deep_nesting_is_rejected_not_recursed() -> None:
    doc = load_text("a: " + "[" * 100_000 + "]" * 100_000 + "\n", P)
    assert doc.data is None
    assert [d.code for d in doc.diagnostics] == ["Y108"]


def test_bom_is_accepted_and_remembered(tmp_path: Path) -> None:
    path = tmp_path / "bom.yml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    doc = load_file(path)
    assert doc.data == {"a": 1} and doc.has_bom and doc.diagnostics == []


def test_unreadable_file_is_a_diagnostic(tmp_path: Path) -> None:
    doc = load_file(tmp_path / "missing.yml")
    assert [d.code for d in doc.diagnostics] == ["Y105"]


@pytest.mark.parametrize(("name", "text", "code", "line", "column"), [
    ("recursive alias", "a: &a [*a]\n", "Y103", 1, 8),
    ("recursive mapping alias", "a: &a {b: *a}\n", "Y103", 1, 11),
    ("python object", "a: !!python/object/apply:os.system [ls]\n", "Y104", 1, 4),
    ("python name", "a: !!python/name:os.system\n", "Y104", 1, 4),
    ("set", "a: !!set {x, y}\n", "Y104", 1, 4),
    ("binary", "a: !!binary aGVsbG8=\n", "Y104", 1, 4),
    ("local tag", "a: !shell rm\n", "Y104", 1, 4),
    ("merge key", "base: {x: 1}\nb:\n  <<: {x: 2}\n", "Y103", 3, 3),
    ("100k-deep flow nesting", "a: " + "[" * 100_000 + "]" * 100_000, "Y108", 1, 1003),
    ("100k-deep mapping nesting", "a: " + "{b: " * 100_000 + "1" + "}" * 100_000, "Y108",
     1, 4000),
    ("tab indentation", "a:\n\tb: 1\n", "Y101", 2, 1),
    ("control character", "a: b\nc: \x07\n", "Y101", 2, 4),
    ("unclosed quote", 'a: "open\nb: 1\n', "Y101", 1, 4),
    ("several documents", "a: 1\n---\nb: 2\n", "Y106", 3, 1),
    ("top-level list", "- a\n- b\n", "Y106", 1, 1),
    ("top-level scalar", "just text\n", "Y106", 1, 1),
    ("complex key", "? [a, b]\n: c\n", "Y101", 1, 3),
    ("error at end of file without newline", "a: b\nxyz", "Y101", 2, 4),
])
def test_hostile_yaml_gets_one_located_diagnostic(name: str, text: str, code: str, line: int,
                                                  column: int) -> None:
    doc = load_text(text, P)
    assert doc.data is None
    assert [(d.code, d.start.line, d.start.column) for d in doc.diagnostics] == \
        [(code, line, column)]


@pytest.mark.parametrize(("raw", "line", "column"), [
    (b"a: caf\xe9\n", 1, 7),
    (b"\xff\xfea\x00:\x00", 1, 1),
    (b"\xfe\xff\x00a\x00:", 1, 1),
    (b"a: 1\nb: \x00\n", 2, 4),
])
def test_bytes_that_are_not_utf8_text_are_rejected_with_a_position(
        tmp_path: Path, raw: bytes, line: int, column: int) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(raw)
    doc = load_file(path)
    assert [(d.code, d.start.line, d.start.column) for d in doc.diagnostics] == \
        [("Y105", line, column)]


def test_empty_file_is_one_diagnostic() -> None:
    doc = load_text("", P)
    assert [d.code for d in doc.diagnostics] == ["Y106"]


def test_yes_no_on_off_written_as_answers_stay_text() -> None:
    doc = load_text("story:\n  headline: x\nquestions:\n  - answer: no\n  - answer: yes\n"
                    "  - answer: on\n  - answer: off\n", Path("a.yml"))
    assert doc.diagnostics == []
    assert [q["answer"] for q in doc.data["questions"]] == ["no", "yes", "on", "off"]
