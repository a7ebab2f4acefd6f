"""Examples in the documentation are test inputs: they must stay valid as the format evolves."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

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
