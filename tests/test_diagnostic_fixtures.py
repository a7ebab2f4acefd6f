"""Every diagnostic code has a failing fixture file whose first line says where it fails.

``tests/fixtures/diagnostics/<CODE>_<what>.yml`` starts with ``# expect: CODE L:C[, …]``
(or ``CODE file:L:C`` for diagnostics located in the story text). The test runs the
real loader and checker and requires exactly those errors and warnings — no fewer, no
more — so a fixture can neither pass by accident nor hide a second problem.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotate.check import check_file
from annotate.diagnostics import CODES, Severity

from .conftest import FIXTURES

DIAGNOSTICS = FIXTURES / "diagnostics"
FILES = sorted(DIAGNOSTICS.glob("*.yml"))
_EXPECT = re.compile(r"# expect: (.+)")


def _header(path: Path) -> str:
    raw = path.read_bytes()
    text = raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else \
        raw.decode("utf-8", errors="replace")
    match = _EXPECT.match(text.lstrip("\ufeff"))
    assert match, f"{path.name} has no '# expect:' line"
    return match.group(1)


def _expected(path: Path) -> set[tuple[str, str, int, int]]:
    out = set()
    for item in _header(path).split(","):
        code, where = item.split()
        *name, line, column = where.split(":")
        out.add((code, name[0] if name else path.name, int(line), int(column)))
    return out


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_fixture_reports_exactly_what_it_expects(path: Path) -> None:
    expected = _expected(path)
    expects_hints = any(CODES[code].severity is Severity.HINT for code, *_ in expected)
    result = check_file(path)
    got = {(d.code, Path(d.path).name, d.start.line, d.start.column)
           for d in result.diagnostics
           if d.severity is not Severity.HINT or expects_hints}
    if expects_hints:
        got = {g for g in got if g in expected or CODES[g[0]].severity is not Severity.HINT}
    assert got == expected
    for d in result.diagnostics:
        assert d.message and d.code in CODES


def test_every_code_has_a_fixture() -> None:
    covered = {code for path in FILES for code, *_ in _expected(path)}
    # Y107 (file too large) needs a 2 MiB file: generated in test_loader instead.
    assert set(CODES) - covered == {"Y107"}


def test_fixture_names_start_with_their_code() -> None:
    for path in FILES:
        first_code = _header(path).split()[0]
        assert path.name.startswith(first_code + "_"), path.name
