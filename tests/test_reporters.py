"""The full text report: plain where no one sees colour, coloured by rich on a terminal
or when FORCE_COLOR asks, the same words either way."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from annotate.diagnostics import Diagnostic, Position, Severity
from annotate.reporters import text_reporter


def _diagnostic(tmp_path: Path) -> Diagnostic:
    path = tmp_path / "story.yml"
    path.write_text("title: x\nnote: 'a :x: b'\n", encoding="utf-8")
    return Diagnostic(path=path, code="S201", severity=Severity.ERROR,
                      message="'[bold]' and :x: stay as written", start=Position(2, 7),
                      end=Position(2, 14), hint="write [it] plainly")


def test_plain_and_coloured_reports_say_the_same(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    diagnostic = _diagnostic(tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    plain = io.StringIO()
    text_reporter([diagnostic], 1, plain)
    assert "\x1b[" not in plain.getvalue()
    assert "S201 '[bold]' and :x: stay as written" in plain.getvalue()  # no markup, no emoji
    assert "hint: write [it] plainly" in plain.getvalue()
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = io.StringIO()
    text_reporter([diagnostic], 1, coloured)
    assert "\x1b[" in coloured.getvalue()
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured.getvalue()) == plain.getvalue()
