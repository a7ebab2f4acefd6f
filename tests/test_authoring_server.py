"""The preview's authoring endpoints over real HTTP (uvicorn on 127.0.0.1): what they
write, and who they refuse — a forged Host, another origin, a missing token, a stale
page, bad input."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotate.authoring.edits import digest
from annotate.authoring.server import Authoring, utf16_length, utf16_to_index
from annotate.check import check_file

from .course import CAROLINA, copy_stories

STORY = CAROLINA


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Authoring, Path]]:
    import uvicorn
    from starlette.applications import Starlette

    copy_stories(tmp_path / "sources", STORY)
    port = _free_port()
    authoring = Authoring(tmp_path, lambda: {f"127.0.0.1:{port}", f"localhost:{port}"})
    server = uvicorn.Server(uvicorn.Config(Starlette(routes=authoring.routes()),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", authoring, tmp_path / "sources" / f"{STORY}.yml"
    server.should_exit = True
    thread.join(timeout=5)


def _post(base: str, path: str, body: Any, *, token: str | None, host: str | None = None,
          origin: str | None = None, content_type: str = "application/json") -> tuple[int, Any]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(f"{base}/_annotate/{path}", data=data, method="POST")
    request.add_header("Content-Type", content_type)
    request.add_header("Origin", origin if origin is not None else base)
    if host is not None:
        request.add_header("Host", host)
    if token is not None:
        request.add_header("X-Annotate-Token", token)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def _selection(path: Path, words: str) -> dict[str, int]:
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    start = text.index(words)
    to16 = utf16_length
    return {"start": to16(text[:start]), "end": to16(text[:start + len(words)])}


def test_utf16_offsets_become_python_indexes() -> None:
    text = "a😀b“c”"
    assert utf16_length(text) == 7
    assert [utf16_to_index(text, u) for u in (0, 1, 3, 4, 5, 7)] == [0, 1, 2, 3, 4, 6]


def test_select_add_and_undo_over_http(served: tuple[str, Authoring, Path]) -> None:
    base, authoring, path = served
    token = authoring.token
    before = path.read_bytes()
    where = _selection(path, "cash bail")
    status, answer = _post(base, "anchor", {"story": STORY, **where}, token=token)
    assert status == 200 and answer["ok"]
    assert answer["anchor"] == {"text": "cash bail"} and answer["words"] == "cash bail"
    assert answer["digest"] == digest(before)
    assert {"id": "satana-deberry", "name": "Satana Deberry"} in answer["entities"]
    status, added = _post(base, "add", {"story": STORY, "digest": digest(before), "kind": "note",
                                        "fields": {"note_kind": "definition",
                                                   "title": "Cash bail", "body": "Money."},
                                        **where}, token=token)
    assert status == 200 and added["ok"] and added["id"] == "cash-bail-2"
    assert check_file(path).errors == []
    assert path.read_bytes() != before and added["digest"] == digest(path.read_bytes())
    # the page still shows the old version: a second add from it is refused, nothing lost
    status, stale = _post(base, "add", {"story": STORY, "digest": digest(before),
                                        "kind": "entity", "fields": {
                                            "entity_type": "other", "description": "x"},
                                        **where}, token=token)
    assert status == 409 and stale["stale"] and "reload" in stale["hint"]
    status, undone = _post(base, "undo", {"story": STORY, "digest": added["digest"]},
                           token=token)
    assert status == 200 and undone["ok"] and path.read_bytes() == before


@pytest.mark.parametrize(("change", "status", "reason"), [
    ({"token": None}, 403, "token"),
    ({"token": "wrong"}, 403, "token"),
    ({"origin": "http://evil.example"}, 403, "own pages"),
    ({"origin": ""}, 403, "own pages"),
    ({"host": "evil.example"}, 403, "own address"),  # a DNS-rebinding page
    ({"content_type": "text/plain"}, 400, "JSON"),
    ({"body": b"x" * 70_000}, 413, "too large"),
    ({"body": {"story": "../../etc/passwd", "start": 0, "end": 3}}, 400, "no story"),
    ({"body": {"story": STORY, "start": 5, "end": 10 ** 9}}, 400, "outside the story"),
])
def test_who_and_what_is_refused(served: tuple[str, Authoring, Path], change: dict[str, Any],
                                 status: int, reason: str) -> None:
    base, authoring, path = served
    before = path.read_bytes()
    body = change.pop("body", {"story": STORY, "digest": digest(before), "kind": "note",
                               "fields": {"note_kind": "context", "title": "t", "body": "b"},
                               **_selection(path, "cash bail")})
    options: dict[str, Any] = {"token": authoring.token, **change}
    got, answer = _post(base, "add", body, **options)
    assert got == status and not answer.get("ok") and reason in answer["error"]
    assert path.read_bytes() == before


def test_refusals_from_the_anchor_and_the_editor_reach_the_panel(
        served: tuple[str, Authoring, Path]) -> None:
    base, authoring, path = served
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    newline = text.index("\n")
    status, answer = _post(base, "anchor", {"story": STORY, "start": newline - 3,
                                            "end": newline + 5}, token=authoring.token)
    assert status == 422 and "more than one paragraph" in answer["error"] and answer["hint"]
    status, answer = _post(base, "add", {"story": STORY, "digest": digest(path.read_bytes()),
                                         "kind": "quote", "fields": {
                                             "quote_kind": "direct", "speaker": "nobody"},
                                         **_selection(path, "cash bail")},
                           token=authoring.token)
    assert status == 422 and "no entity 'nobody'" in answer["error"]


def test_the_files_problems_are_located_with_an_editor_link(
        served: tuple[str, Authoring, Path]) -> None:
    base, authoring, path = served
    status, answer = _post(base, "problems", {"story": STORY}, token=authoring.token)
    assert status == 200 and answer["problems"] == []
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("kind: definition", "kind: defnition", 1), encoding="utf-8")
    status, answer = _post(base, "problems", {"story": STORY}, token=authoring.token)
    assert status == 200 and answer["problems"]
    problem = answer["problems"][0]
    assert problem["code"] == "S204" and problem["line"] > 1
    assert problem["editor"].startswith("vscode://file/") and \
        problem["editor"].endswith(f":{problem['line']}:{problem['column']}")
    status, _ = _post(base, "problems", {"story": STORY}, token=None)
    assert status == 403


def test_delete_over_http_then_undo(served: tuple[str, Authoring, Path]) -> None:
    base, authoring, path = served
    before = path.read_bytes()
    status, answer = _post(base, "delete", {"story": STORY, "digest": digest(before),
                                            "section": "notes", "id": "cash-bail"},
                           token=authoring.token)
    assert status == 200 and answer["ok"] and b"id: cash-bail\n" not in path.read_bytes()
    status, _ = _post(base, "delete", {"story": STORY, "digest": digest(before),
                                       "section": "notes", "id": "cash-bail"},
                      token=authoring.token)
    assert status == 409  # the page shows the old version
    status, _ = _post(base, "undo", {"story": STORY, "digest": answer["digest"]},
                      token=authoring.token)
    assert status == 200 and path.read_bytes() == before


def test_the_outline_and_an_edit_over_http(served: tuple[str, Authoring, Path]) -> None:
    base, authoring, path = served
    before = path.read_bytes()
    status, answer = _post(base, "items", {"story": STORY}, token=authoring.token)
    assert status == 200 and answer["digest"] == digest(before)
    assert answer["file"] == f"sources/{STORY}.yml"
    note = next(e for e in answer["items"] if e["id"] == "cash-bail")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[note["line"] - 1].strip() == "- id: cash-bail"
    assert note["editor"] == f"vscode://file/{path.resolve()}:{note['line']}:{note['column']}"
    status, edited = _post(base, "edit", {"story": STORY, "digest": answer["digest"],
                                          "section": "notes", "id": "cash-bail",
                                          "fields": {"title": "Bail in cash"}},
                           token=authoring.token)
    assert status == 200 and edited["digest"] == digest(path.read_bytes())
    assert path.read_bytes() == before.replace(b"title: Cash bail\n", b"title: Bail in cash\n")
    # the page still shows the old version: refused, nothing written
    status, stale = _post(base, "edit", {"story": STORY, "digest": answer["digest"],
                                         "section": "notes", "id": "cash-bail",
                                         "fields": {"title": "Again"}}, token=authoring.token)
    assert status == 409 and stale["stale"]
    status, _ = _post(base, "edit", {"story": STORY, "digest": edited["digest"],
                                     "section": "notes", "id": "cash-bail", "fields": "x"},
                      token=authoring.token)
    assert status == 400
    status, _ = _post(base, "items", {"story": STORY}, token="forged")
    assert status == 403
    status, _ = _post(base, "undo", {"story": STORY, "digest": edited["digest"]},
                      token=authoring.token)
    assert status == 200 and path.read_bytes() == before


@pytest.mark.parametrize(("name", "link"), [
    ("idea", "idea://open?file={path}&line=3&column=5"),
    ("myeditor://open?f={path}:{line}", "myeditor://open?f={path}:3"),
    ("none", None),
])
def test_the_editor_links_follow_the_instructors_choice(tmp_path: Path, name: str,
                                                        link: str | None) -> None:
    authoring = Authoring(tmp_path, set, name)
    where = (tmp_path / "sources" / "a b.yml").resolve()
    expected = None if link is None else link.replace("{path}", str(where).replace(" ", "%20"))
    assert authoring.editor_link("sources/a b.yml", 3, 5) == expected


@pytest.mark.parametrize("bad", ["emacs", "x://{file}", "x://{path}{"])
def test_an_editor_template_that_cannot_work_is_refused(bad: str) -> None:
    from annotate.authoring.server import editor_template

    with pytest.raises(ValueError, match=r"\{path\}"):
        editor_template(bad)


def test_preview_refuses_an_editor_it_cannot_link_to(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from annotate.cli import main

    (tmp_path / "_config.yml").write_text("title: A course\n", encoding="utf-8")
    assert main(["preview", "--root", str(tmp_path), "--editor", "emacs"]) == 2
    assert "error: --editor 'emacs' is neither vscode" in capsys.readouterr().err
