"""The pre-commit hooks and the GitHub workflow call real commands with real flags."""

from __future__ import annotations

import re
import shlex

import yaml

from annotate.cli import build_parser, main

from .conftest import ROOT
from .course import copy_stories


def test_pre_commit_hooks_run_annotate_check_on_annotation_files(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"] for h in hooks} == {"annotate-check", "annotate-check-strict"}
    for hook in hooks:
        pattern = re.compile(hook["files"])
        assert pattern.search("sources/a-story.yml")
        assert pattern.search("course/sources/story.yaml")
        assert not pattern.search("_config.yml") and not pattern.search("_toc.yml")
        assert not pattern.search(".github/workflows/book.yml")
        argv = shlex.split(hook["entry"])
        assert argv[0] == "annotate"
        # pre-commit appends the matching files; clean stories must pass.
        copy_stories(tmp_path / "sources")
        files = [str(p) for p in sorted((tmp_path / "sources").iterdir())
                 if pattern.search(p.relative_to(tmp_path).as_posix())]
        assert files
        assert main([*argv[1:], *files]) == 0
        capsys.readouterr()


def test_the_workflow_checks_tests_builds_and_publishes() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "book.yml")
                              .read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    runs = {name: [s.get("run", "") for s in job.get("steps", [])] for name, job in jobs.items()}
    check = next(r for r in runs["check"] if r.startswith("annotate check"))
    build_parser().parse_args(shlex.split(check)[1:])  # flags the CLI really has
    assert "--format github" in check
    assert "make test" in runs["test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "build --all -W --keep-going" in makefile
    uses = [s.get("uses", "") for s in jobs["deploy"]["steps"]]
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["deploy"]["needs"] == "test" and jobs["test"]["needs"] == "check"
