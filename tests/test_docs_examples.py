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
