"""Each module-level name in the suggestion engine is bound once: a second binding of a
table silently replaces the first for every rule that reads it (a rule written for one
table then reads another), which no behaviour test of either rule shows."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parent.parent / "annotate" / "suggest"


@pytest.mark.parametrize("module", sorted(ENGINE.glob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    bound: Counter[str] = Counter()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    twice = sorted(name for name, n in bound.items() if n > 1 and name != "__all__")
    assert not twice, f"{module.name} binds these more than once: {twice}"
