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
