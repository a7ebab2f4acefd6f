"""Examples in the documentation are test inputs: they must stay valid as the format evolves."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

from annotate.cli import main
from annotate.schema import validate
from annotate.yamlload import load_text

from .conftest import ROOT


def _yaml_blocks(path: Path) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


def test_readme_annotation_example_is_schema_valid() -> None:
    blocks = _yaml_blocks(ROOT / "README.md")
    assert blocks, "README lost its YAML example"
    for block in blocks:
        doc = load_text(textwrap.dedent(block), Path("README.md"))
        assert doc.diagnostics == []
        validated = validate(doc)
        assert validated.diagnostics == [], [d.message for d in validated.diagnostics]


def test_guide_notebook_example_runs(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """The guide's explorer snippet, run as a notebook in book/ would run it."""
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "book" / "guide.md")
                        .read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 1, "the guide lost its notebook example"
    monkeypatch.chdir(ROOT / "book")
    namespace: dict[str, object] = {}
    exec(compile(blocks[0], "guide.md", "exec"), namespace)
    explorer = namespace["x"]
    explorer.select("notes", "all")  # type: ignore[attr-defined]
    assert capsys.readouterr().out.startswith("notes all ")


def _block_after(marker: str, language: str) -> str:
    """The ``language`` code block that follows the MyST comment holding ``marker``."""
    text = (ROOT / "book" / "guide.md").read_text(encoding="utf-8")
    found = re.search(rf"^%[^\n]*{re.escape(marker)}[^\n]*\n+```{language}\n(.*?)```", text,
                      flags=re.S | re.M)
    assert found, f"the guide lost its {language} example after '{marker}'"
    return found.group(1)


def test_guide_export_example_is_the_real_export(capsys) -> None:  # type: ignore[no-untyped-def]
    shown = json.loads(_block_after("real export of book/examples/library.yml", "json"))
    assert main(["export", str(ROOT / "book" / "examples" / "library.yml")]) == 0
    items = json.loads(capsys.readouterr().out)["first"]["items"]
    assert shown in items


def test_guide_import_example_is_what_import_writes(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    shown = _block_after("import the file above", "yaml")
    for name in ("library.txt", "library.yml"):
        shutil.copy(ROOT / "book" / "examples" / name, tmp_path)
    target = tmp_path / "library.yml"
    before = target.read_text(encoding="utf-8")
    export = ROOT / "book" / "examples" / "library-hypothesis.json"
    assert main(["import", str(export), "--into", str(target)]) == 0
    assert "added 2 note(s)" in capsys.readouterr().out
    after = target.read_text(encoding="utf-8")
    assert shown in after and after.replace(shown, "") == before


#: The guide's table of YAML mistakes: each row is what `annotate check` prints for one
#: fixture of tests/fixtures/diagnostics.
YAML_MISTAKES = ["Y101_colon_in_value", "Y101_curly_quotes", "Y101_unclosed_quote",
                 "Y101_empty_list_then_items", "Y101_tabs_every_line", "Y101_item_indent",
                 "Y101_key_indent", "Y102_missing_dash", "Y102_duplicate_section",
                 "Y101_at_sign", "Y101_star"]


def _guide_table_rows() -> list[list[str]]:
    text = (ROOT / "book" / "guide.md").read_text(encoding="utf-8")
    section = text.split("### When the file is not valid YAML", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][2:]
    return [[cell.strip().replace("\\*", "*") for cell in row.strip("|").split(" | ")]
            for row in rows]


def test_guide_yaml_mistakes_table_is_what_check_prints() -> None:
    from annotate.check import check_file

    rows = _guide_table_rows()
    assert len(rows) == len(YAML_MISTAKES) + 1  # and the yes/no row
    for fixture, (_wrote, says, do) in zip(YAML_MISTAKES, rows, strict=False):
        first = check_file(ROOT / "tests" / "fixtures" / "diagnostics" / f"{fixture}.yml"
                           ).diagnostics[0]
        assert says == f"`{first.code} {first.message}`", fixture
        assert do == first.hint, fixture
