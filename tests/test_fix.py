"""``annotate fix``: re-anchors what drifted, refuses what is ambiguous, changes nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotate.check import check_file
from annotate.fix import plan
from annotate.yamledit import EditError, write_atomic

from .conftest import WriteStory
from .course import CAROLINA, HANCOCK, copy_stories


def fix(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "annotate", "fix", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def copy_story(tmp_path: Path, slug: str) -> tuple[Path, Path]:
    copy_stories(tmp_path, slug)
    return tmp_path / f"{slug}.yml", tmp_path / f"{slug}.txt"


def test_fix_round_trips_a_real_file_byte_for_byte_except_the_fixed_anchor(
        tmp_path: Path) -> None:
    yml, txt = copy_story(tmp_path, HANCOCK)
    before = yml.read_bytes()
    story = txt.read_text(encoding="utf-8")
    old = "Aurora is a separate municipality from Denver, with its own police department."
    new = "Aurora is a separate city from Denver, with its own police department."
    txt.write_text(story.replace(old, new), encoding="utf-8", newline="")
    assert {d.code for d in check_file(yml).errors} == {"A401"}

    result = fix(str(yml), cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "re-anchored approximate match, score" in result.stdout
    after = yml.read_bytes()
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True)
               if a != b]
    assert len(changed) == 2  # the note's anchor and the question's anchor, nothing else
    for a, b in changed:
        assert a.replace(old.encode(), new.encode()) == b
    assert check_file(yml).diagnostics == []


def test_no_op_fix_leaves_real_files_byte_identical(tmp_path: Path) -> None:
    for slug in (HANCOCK, CAROLINA):
        copy_story(tmp_path, slug)
    before = {p: p.read_bytes() for p in tmp_path.glob("*.yml")}
    result = fix(str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert {p: p.read_bytes() for p in tmp_path.glob("*.yml")} == before


def test_fix_refuses_to_move_a_note_onto_a_near_identical_sentence(tmp_path: Path) -> None:
    yml, _ = copy_story(tmp_path, CAROLINA)
    text = yml.read_text(encoding="utf-8")
    broken = text.replace(
        "text: Satana Deberry received the endorsement of the Color of Change political "
        "action committee",
        "text: Deberry received the endorsement of Color of Change political action committee")
    assert broken != text
    yml.write_text(broken, encoding="utf-8")
    result = fix(str(yml), cwd=tmp_path)
    assert result.returncode == 1
    assert "two passages are too close to call" in result.stdout
    assert f"{CAROLINA}.txt:11:" in result.stdout and f"{CAROLINA}.txt:13:" in result.stdout
    assert yml.read_text(encoding="utf-8") == broken


def test_fix_refuses_when_nothing_is_similar_enough(write_story: WriteStory) -> None:
    path = write_story("""\
        notes:
          - id: n1
            kind: context
            title: t
            body: b
            anchor:
              text: completely unrelated words about weather
        """)
    before = path.read_bytes()
    result = fix(str(path), cwd=path.parent)
    assert result.returncode == 1 and "left as it is (orphaned)" in result.stdout
    assert path.read_bytes() == before


CRLF_FILE = (
    "\ufeff# comment at the top\r\n"
    "story:\r\n"
    "  headline: 'Test story'   # single-quoted\r\n"
    "  outlet: \"Test Outlet\"\r\n"
    "  date: \"2020-01-01\"\r\n"
    "  source: story.txt\r\n"
    "entities:\r\n"
    "  - {id: jane-doe, name: Jane Doe, type: person, aliases: [Doe], description: Mayor.}\r\n"
    "quotes:\r\n"
    "  - id: q1\r\n"
    "    kind: direct\r\n"
    "    speaker: jane-doe  # who\r\n"
    "    text: >-\r\n"
    "      We will not\r\n"
    "      stop,\r\n"
    "    cue: said\r\n"
    "notes:\r\n"
    "  - id: n1\r\n"
    "    kind: context\r\n"
    "    title: T\r\n"
    "    body: |\r\n"
    "      Keep   this\r\n"
    "        exactly.\r\n"
    "    anchor: {text: 'Doe\\'s spokesperson'}\r\n"
    "  - id: n2\r\n"
    "    kind: context\r\n"
    "    title: T\r\n"
    "    body: B\r\n"
    "    anchor:\r\n"
    "      text: \"a good start for everyone.\"\r\n"
)


def test_fix_keeps_bom_crlf_comments_styles_and_mode(tmp_path: Path,
                                                      write_story: WriteStory) -> None:
    path = write_story()
    raw = CRLF_FILE.replace("'Doe\\'s spokesperson'", "\"Doe's spokesperson\"")
    path.write_bytes(raw.encode("utf-8"))
    os.chmod(path, 0o640)
    result = fix(str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    after = path.read_bytes().decode("utf-8")
    expected = raw.replace("\"Doe's spokesperson\"", "\"Doe’s spokesperson\"")
    assert after == expected
    assert os.stat(path).st_mode & 0o777 == 0o640
    assert check_file(path).errors == []


@pytest.mark.parametrize(("style", "written", "fixed"), [
    ("plain", "text: Doe's spokesperson", "text: Doe’s spokesperson"),
    ("single", "text: 'Doe''s spokesperson'", "text: 'Doe’s spokesperson'"),
    ("double", 'text: "Doe\'s spokesperson"', 'text: "Doe’s spokesperson"'),
    ("folded", "text: >-\n        Doe's\n        spokesperson",
     "text: >-\n        Doe’s\n        spokesperson"),
    ("literal", "text: |-\n        Doe's spokesperson", "text: |-\n        Doe’s spokesperson"),
])
def test_fix_keeps_the_scalar_style(write_story: WriteStory, style: str, written: str,
                                    fixed: str) -> None:
    body = ("notes:\n  - id: n1\n    kind: context\n    title: T\n    body: B\n    anchor:\n"
            f"      {written}\n      prefix: said\n")
    path = write_story(body, dedent=False)
    before = path.read_text(encoding="utf-8")
    result = fix(str(path), cwd=path.parent)
    assert result.returncode == 0, result.stdout
    assert path.read_text(encoding="utf-8") == before.replace(written, fixed)


def test_dry_run_shows_the_diff_and_writes_nothing(write_story: WriteStory) -> None:
    path = write_story("""\
        notes:
          - id: n1
            kind: context
            title: T
            body: B
            anchor:
              text: Doe's spokesperson
        """)
    before = path.read_bytes()
    result = fix("--dry-run", str(path), cwd=path.parent)
    assert result.returncode == 0
    assert "-      text: Doe's spokesperson\n+      text: Doe’s spokesperson" in result.stdout
    # the one-line summary names the characters that change, with their code points
    assert "copied the story's exact characters (' (U+0027) → ’ (U+2019))" in result.stdout
    assert path.read_bytes() == before


def test_changed_characters_are_spelt_out() -> None:
    from annotate.fix import changed_characters

    assert changed_characters('a "good" start - now', "a “good” start — now") == (
        '" (U+0022) → “ (U+201C), " (U+0022) → ” (U+201D), - (U+002D) → — (U+2014)')
    assert changed_characters("a  b", "a\u00a0b") == "␣␣ (U+0020 U+0020) → ⍽ (U+00A0)"


def test_a_file_changed_on_disk_after_reading_is_not_overwritten(
        write_story: WriteStory) -> None:
    path = write_story("""\
        notes:
          - id: n1
            kind: context
            title: T
            body: B
            anchor:
              text: Doe's spokesperson
        """)
    file_plan = plan(path)
    assert file_plan.after is not None
    path.write_text(path.read_text(encoding="utf-8") + "# edited meanwhile\n", encoding="utf-8")
    edited = path.read_bytes()
    with pytest.raises(EditError, match="changed on disk"):
        write_atomic(path, file_plan.after, expected=file_plan.before)
    assert path.read_bytes() == edited
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_crash_while_writing_leaves_the_original_intact(
        write_story: WriteStory, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    path = write_story("""\
        notes:
          - id: n1
            kind: context
            title: T
            body: B
            anchor:
              text: Doe's spokesperson
        """)
    before = path.read_bytes()
    file_plan = plan(path)
    assert file_plan.after is not None

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError("simulated power cut")

    monkeypatch.setattr(os, failing, crash)
    with pytest.raises(OSError, match="simulated power cut"):
        write_atomic(path, file_plan.after, expected=file_plan.before)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["story.txt", "story.yml"]


def test_fix_keeps_a_missing_trailing_newline(write_story: WriteStory) -> None:
    path = write_story("notes:\n  - id: n1\n    kind: context\n    title: T\n    body: B\n"
                       "    anchor: {text: Doe's spokesperson}", dedent=False)
    before = path.read_bytes()
    assert not before.endswith(b"\n")
    assert fix(str(path), cwd=path.parent).returncode == 0
    assert path.read_bytes() == before.replace(b"Doe's", "Doe’s".encode())


def _commit_all(cwd: Path) -> None:
    """Make ``cwd`` a git repository whose last commit holds every file in it."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "story"]):
        subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def test_with_git_history_a_copy_edited_note_follows_its_sentence_not_a_copy(
        write_story: WriteStory) -> None:
    sentence = "The council met on Tuesday;"
    path = write_story(f"""\
        notes:
          - id: n1
            kind: context
            title: t
            body: b
            anchor:
              text: "{sentence}"
        """)
    root = path.parent
    _commit_all(root)
    story = root / "story.txt"
    text = story.read_text(encoding="utf-8")
    # copy-edited in place, and the old words added as a caption elsewhere
    story.write_text(text.replace(sentence, "The council met late on Tuesday;")
                     + "\nCaption: The council met on Tuesday;\n", encoding="utf-8")
    assert check_file(path).errors == []  # check alone sees nothing wrong
    result = fix(str(path), cwd=root)
    assert result.returncode == 0, result.stdout
    assert "with its history's context" in result.stdout
    assert 'text: "The council met late on Tuesday;"' in path.read_text(encoding="utf-8")


def test_with_git_history_a_corrected_name_stays_at_its_mention(
        write_story: WriteStory) -> None:
    path = write_story("""\
        notes:
          - id: n1
            kind: context
            title: t
            body: b
            anchor:
              text: Ann Leigh
        """, text="Ann Lee spoke first. Later, a spokesperson, Ann Leigh, said no.\n")
    root = path.parent
    _commit_all(root)
    story = root / "story.txt"
    story.write_text("Ann Lee spoke first. Later, a spokesperson, Ann Lee, said no.\n",
                     encoding="utf-8")
    result = fix(str(path), cwd=root)
    # "Ann Lee" now occurs twice: the note's mention is the second one, which its
    # words alone cannot select, so fix says how
    assert result.returncode == 1
    assert "add 'occurrence: 2'" in result.stdout, result.stdout
    assert "Ann Leigh" in path.read_text(encoding="utf-8")  # untouched


def test_real_corrections_of_a_seed_story_through_its_git_history(tmp_path: Path) -> None:
    """A typo fixed, a name respelt, a sentence rewritten and a paragraph moved, in one
    commit-to-working-copy change of a real story."""
    yml, txt = copy_story(tmp_path, HANCOCK)
    _commit_all(tmp_path)
    text = txt.read_text(encoding="utf-8")
    moved = "Aurora is a separate municipality from Denver, with its own police department."
    corrected = (text
                 .replace("had launched an internal", "had opened an internal")  # word fixed
                 .replace("— Michael B. Hancock (@MayorHancock)",
                          "— Michael Hancock (@MayorHancock)")  # name respelt
                 .replace("He also pledged support for the officer in the video.",
                          "He said the force stood behind its officer.")  # rewritten
                 .replace(moved + "\n\n", ""))  # paragraph moved to the end
    corrected = corrected.rstrip("\n") + "\n\n" + moved + "\n"
    txt.write_text(corrected, encoding="utf-8", newline="")
    result = fix(str(yml), cwd=tmp_path)
    out = result.stdout
    assert result.returncode == 1  # the rewritten sentence's anchors are left, as orphans
    after = yml.read_text(encoding="utf-8")
    assert "the department had opened an internal investigation into the video leak" in after
    assert "— Michael Hancock (@MayorHancock) May 8, 2018" in after
    assert f"text: {moved}" in after  # moved, its words unchanged: nothing to edit
    assert "He also pledged support for the officer in the video." in after  # untouched
    assert out.count("left as it is (orphaned)") == 2, out
    # what is left for the instructor is exactly the rewritten sentence's two anchors
    left = check_file(yml).errors
    assert {d.code for d in left} == {"A401"} and len(left) == 2
