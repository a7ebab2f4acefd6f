"""The CLI as CI runs it: real processes, real exit codes, every output format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURES, ROOT, WriteStory
from .course import SLUGS, copy_stories


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "annotate", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_check_defaults_to_the_projects_sources(tmp_path: Path) -> None:
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: intro\n", encoding="utf-8")
    copy_stories(tmp_path / "sources")
    result = run("check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"no problems in {len(SLUGS)} files" in result.stdout


def test_check_from_a_subfolder_finds_the_project_sources(tmp_path: Path) -> None:
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: intro\n", encoding="utf-8")
    copy_stories(tmp_path / "sources")
    (tmp_path / "book").mkdir()
    result = run("check", "--format", "json", cwd=tmp_path / "book")
    assert result.returncode == 0
    assert json.loads(result.stdout)["files"] == len(SLUGS)


def test_errors_exit_1_with_a_located_caret_and_hint() -> None:
    path = FIXTURES / "diagnostics" / "S201_unknown_key.yml"
    result = run("check", "--no-hints", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == ("tests/fixtures/diagnostics/S201_unknown_key.yml:21:5: "
                        "S201 unknown key 'speakr'")
    assert lines[1] == "   21 |     speakr: jane-doe"
    assert lines[2] == "            ^^^^^^"
    assert lines[3] == "  hint: did you mean 'speaker'?"
    assert lines[-1] == "1 error in 1 file"


def test_warnings_alone_exit_0_unless_strict() -> None:
    path = str(FIXTURES / "diagnostics" / "A402_straight_quotes.yml")
    assert run("check", "--no-hints", path).returncode == 0
    assert run("check", "--strict", "--no-hints", path).returncode == 1


def test_exit_zero_reports_errors_but_exits_0() -> None:
    path = str(FIXTURES / "diagnostics" / "A402_straight_quotes.yml")
    result = run("check", "--strict", "--exit-zero", "--no-hints", path)
    assert result.returncode == 0 and "A402" in result.stdout


def test_usage_errors_exit_2() -> None:
    assert run("check", "does/not/exist.yml").returncode == 2
    assert run("check", "--format", "xml").returncode == 2
    assert run("check", "--ignore", "Z999").returncode == 2
    assert run("frobnicate").returncode == 2


def test_json_format_is_machine_readable() -> None:
    path = FIXTURES / "diagnostics" / "A403_ambiguous.yml"
    result = run("check", "--format", "json", "--no-hints", str(path))
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["summary"] == {"error": 1, "warning": 0, "hint": 0}
    [d] = payload["diagnostics"]
    assert (d["code"], d["name"], d["line"], d["column"], d["severity"]) == \
        ("A403", "anchor-ambiguous", 24, 13, "error")
    assert len(d["related"]) == 2 and "occurrence" in d["hint"]


def test_github_format_emits_workflow_commands() -> None:
    path = FIXTURES / "diagnostics" / "Q601_direct_unmarked.yml"
    result = run("check", "--format", "github", "--no-hints", str(path))
    first = result.stdout.splitlines()[0]
    assert first.startswith("::warning file=tests/fixtures/diagnostics/Q601_direct_unmarked.yml,"
                            "line=22,col=11,")
    assert "title=Q601 direct-quote-unmarked::" in first


def test_ignore_drops_codes(write_story: WriteStory) -> None:
    path = write_story()
    with_hints = run("check", "--format", "json", str(path))
    codes = {d["code"] for d in json.loads(with_hints.stdout)["diagnostics"]}
    assert "N504" in codes
    ignored = run("check", "--format", "json", "--ignore", "N504", str(path))
    assert all(d["code"] != "N504" for d in json.loads(ignored.stdout)["diagnostics"])


def test_bad_input_never_gives_a_traceback() -> None:
    paths = sorted((FIXTURES / "diagnostics").glob("*.yml"))
    for fmt in ("text", "json"):
        result = run("check", "--format", fmt, *map(str, paths))
        assert result.returncode == 1
        assert result.stderr == ""
        assert "Traceback" not in result.stdout
    payload = json.loads(result.stdout)
    assert payload["files"] == len(paths)
    named = {Path(d["path"]).name for d in payload["diagnostics"]}
    # N504 and Q603 are located in the story text, the others in their YAML file.
    assert named == {p.name for p in paths} - {"N504_unannotated_name.yml",
                                               "Q603_unannotated_quote.yml"} | {"story.txt"}


def test_schema_command_prints_the_schema_and_checks_the_file() -> None:
    result = run("schema")
    assert result.returncode == 0 and json.loads(result.stdout)["title"] == "Annotated news story"
    assert run("schema", "--check", "schema/annotation.schema.json").returncode == 0


def test_codes_lists_every_code() -> None:
    result = run("codes")
    assert result.returncode == 0 and "A401  anchor-not-found" in result.stdout


def test_hostile_yaml_files_exit_1_with_located_codes_and_no_traceback(tmp_path: Path) -> None:
    cases = {
        "bomb.yml": ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a]\n"
                     "c: &c [*b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c]\n"),
        "python.yml": "story: !!python/object/apply:os.system [touch pwned]\n",
        "deep.yml": "story: " + "[" * 100_000 + "]" * 100_000 + "\n",
        "twodocs.yml": "story: {}\n---\nstory: {}\n",
        "empty.yml": "",
        "list.yml": "- story\n",
        "tabs.yml": "story:\n\theadline: x\n",
        "dup.yml": "story:\n  headline: a\n  headline: b\n",
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "utf16.yml").write_bytes("story: {}\n".encode("utf-16"))
    (tmp_path / "latin1.yml").write_bytes(b"story:\n  headline: caf\xe9\n")
    result = run("check", "--format", "json", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 1 and result.stderr == ""
    found = {(Path(d["path"]).name, d["code"], d["line"], d["column"])
             for d in json.loads(result.stdout)["diagnostics"]}
    assert {("bomb.yml", "Y103", 2, 8), ("python.yml", "Y104", 1, 8),
            ("deep.yml", "Y108", 1, 1007), ("twodocs.yml", "Y106", 3, 1),
            ("empty.yml", "Y106", 1, 1), ("list.yml", "Y106", 1, 1), ("tabs.yml", "Y101", 2, 1),
            ("dup.yml", "Y102", 3, 3), ("utf16.yml", "Y105", 1, 1),
            ("latin1.yml", "Y105", 2, 16)} <= found
    assert not (tmp_path / "pwned").exists()


def test_a_closed_pipe_ends_quietly_without_a_traceback(write_story) -> None:  # type: ignore[no-untyped-def]
    """`annotate check --format json | head -1`: the reader leaves after one line."""
    import shutil

    first = write_story()
    for i in range(300):  # far more output than a pipe buffers (64 kB)
        shutil.copy(first, first.with_name(f"copy-{i}.yml"))
    proc = subprocess.Popen([sys.executable, "-m", "annotate", "check", "--format", "json",
                             str(first.parent)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `head -1` exiting
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr


def test_a_large_course_is_checked_on_every_core_with_the_serial_report(
        tmp_path: Path) -> None:
    """Enough files for the process pool: its report is the serial run's, byte for byte."""
    from annotate.parallel import POOL_MIN_FILES, workers_for

    folders = POOL_MIN_FILES // len(SLUGS) + 2
    for i in range(folders):
        copy_stories(tmp_path / f"unit-{i:02d}")
    for i in (3, 11, folders - 1):  # some files broken, in different ways
        broken = next((tmp_path / f"unit-{i:02d}").glob("*.yml"))
        text = broken.read_text(encoding="utf-8")
        broken.write_text(text.replace("kind: context", "kind: contxt", 1)
                          if i % 2 else text.replace("outlet:", "outlt:", 1), encoding="utf-8")
    files = folders * len(SLUGS)
    assert workers_for(files) >= 1
    for fmt in ("text", "json"):
        serial = run("check", "--format", fmt, "--jobs", "1", str(tmp_path))
        pooled = run("check", "--format", fmt, "--jobs", "2", str(tmp_path))
        auto = run("check", "--format", fmt, str(tmp_path))
        assert serial.returncode == pooled.returncode == auto.returncode == 1
        assert serial.stdout == pooled.stdout == auto.stdout
    report = json.loads(serial.stdout)
    assert report["files"] == files and report["summary"]["error"] >= 3


def test_jobs_must_be_a_positive_number(tmp_path: Path) -> None:
    copy_stories(tmp_path)
    result = run("check", "--jobs", "0", str(tmp_path))
    assert result.returncode == 2 and "1 or more" in result.stderr


def test_the_progress_bar_counts_files_on_a_terminal_with_the_pool(tmp_path: Path) -> None:
    """On a real pseudo-terminal (stderr), a large course shows rich's progress bar,
    advanced as the pool's results come back, and the report is still complete."""
    import contextlib
    import os
    import pty

    from annotate.parallel import POOL_MIN_FILES

    for i in range(POOL_MIN_FILES // len(SLUGS) + 2):
        copy_stories(tmp_path / f"unit-{i:02d}")
    main_fd, child_fd = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["COLUMNS"] = "100"
    process = subprocess.Popen([sys.executable, "-m", "annotate", "check", "--jobs", "2",
                                str(tmp_path)], stdout=subprocess.PIPE, stderr=child_fd,
                               env=env, text=True)
    os.close(child_fd)
    out, _ = process.communicate(timeout=300)
    seen = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(main_fd, 65536):
            seen += chunk
    os.close(main_fd)
    assert process.returncode == 0, out
    shown = seen.decode("utf-8", "replace")
    assert "checking" in shown  # the bar was drawn on the terminal
    assert "no problems in" in out  # and the report went to stdout, whole
