"""Every command the README and the guide show works as written after the README's set-up.

A reader copies them as they are, so each shell line is checked against what it calls:
``annotate`` lines must parse with the real CLI (its sub-commands and flags), ``make``
lines must name real Makefile targets, ``python -m`` lines real modules, and the
activation line must come before the first bare ``annotate``.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path

import pytest

from annotate.cli import build_parser

from .conftest import ROOT

DOCS = [ROOT / "README.md", ROOT / "book" / "guide.md", ROOT / "book" / "intro.md"]
ACTIVATE = ". .venv/bin/activate"


def _shell_lines(path: Path) -> list[str]:
    """Commands of the ``sh`` blocks, continuation lines joined, comments dropped."""
    commands = []
    for block in re.findall(r"^```(?:sh|bash|console)\n(.*?)^```", path.read_text("utf-8"),
                            flags=re.S | re.M):
        for command in block.replace("\\\n", " ").splitlines():
            command = re.sub(r"\s+#.*$", "", command).strip()
            if command and not command.startswith("#"):
                commands.append(command)
    return commands


def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", text, flags=re.M))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_every_shown_command_runs_as_written(path: Path) -> None:
    parser = build_parser()
    targets = _make_targets()
    activated = False
    for command in _shell_lines(path):
        argv = shlex.split(command)
        if command == ACTIVATE:
            activated = True
        elif argv[0] == "annotate":
            assert activated or path.name != "README.md" or command.startswith(".venv"), \
                f"{path.name}: '{command}' comes before the activation line"
            try:
                parser.parse_args(argv[1:])
            except SystemExit as exit_:
                pytest.fail(f"{path.name}: '{command}' is not a valid annotate command "
                            f"(exit {exit_.code})")
        elif argv[0] == "make":
            assert set(argv[1:]) <= targets, f"{path.name}: '{command}': no such make target"
        elif argv[:2] == ["python", "-m"]:
            assert importlib.util.find_spec(argv[2]) is not None, command
        else:
            pytest.fail(f"{path.name}: '{command}' is a command this test does not know")


def test_the_guide_says_how_to_activate_before_its_first_command() -> None:
    commands = _shell_lines(ROOT / "book" / "guide.md")
    assert commands[0] == ACTIVATE
    readme = _shell_lines(ROOT / "README.md")
    first = next((i for i, c in enumerate(readme) if c.startswith("annotate")), len(readme))
    assert readme.index(ACTIVATE) < first
    assert readme.index("make install") < readme.index(ACTIVATE)
    assert (ROOT / "Makefile").read_text(encoding="utf-8").count("-m venv") == 1
