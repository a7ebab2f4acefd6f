"""The preview's authoring endpoints: selection → anchor, add, undo; nobody else in.

Only ``annotate preview`` mounts these routes, and only when it listens on the loopback
interface. Every request must:

- name this server in ``Host`` (127.0.0.1 or localhost and its port: a DNS-rebinding
  page, whose Host is its own name, is refused);
- come from this server's own pages (``Origin`` is required and must be this server);
- carry the per-run secret token the preview put in its pages (``X-Annotate-Token``);
- be a JSON object of at most 64 kB.

The story is named by its annotation file's stem; the file comes from the server's own
table of the project's ``sources/``, never from a path in the request. Offsets in
requests are UTF-16 code units, as the browser counts them, and are converted here.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..check import check_file, discover
from ..yamlload import load_file
from .anchors import Refused, anchor_for, find
from .edits import Editor, Rejected, digest, outline

#: Where "open in editor" links go, by name; any other template with ``{path}``,
#: ``{line}`` and ``{column}`` works too ("none" turns the links off).
EDITORS = {"vscode": "vscode://file/{path}:{line}:{column}",
           "vscodium": "vscodium://file/{path}:{line}:{column}",
           "cursor": "cursor://file/{path}:{line}:{column}",
           "idea": "idea://open?file={path}&line={line}&column={column}",
           "sublime": "subl://open?url=file://{path}&line={line}&column={column}",
           "none": ""}

MAX_BODY = 64 * 1024
PREFIX = "/_annotate"
STATIC = Path(__file__).parent / "static"


def editor_template(name: str) -> str:
    """The link template for ``--editor``: a known editor's name or a template of its own;
    ``ValueError`` says what is wrong with a template that would not work."""
    template = EDITORS.get(name, name)
    if template:
        if "{path}" not in template:
            raise ValueError(f"'{name}' is neither "
                             f"{', '.join(EDITORS)} nor an address with {{path}} in it")
        try:
            template.format(path="p", line=1, column=1)
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(f"'{name}' may only use {{path}}, {{line}} and {{column}}") \
                from exc
    return template


def utf16_to_index(text: str, offset: int) -> int:
    """The Python index of a UTF-16 offset (characters outside the BMP count twice)."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class Authoring:
    """The endpoints, their guard and the editor behind them."""

    def __init__(self, root: Path, hosts: Callable[[], set[str]],
                 editor: str = "vscode") -> None:
        self.root = root
        self.token = secrets.token_urlsafe(32)
        self.editor = Editor()
        self._hosts = hosts
        self._link = editor_template(editor)

    def editor_link(self, path: str | Path, line: int, column: int = 1) -> str | None:
        """The address that opens ``path`` at that place in the instructor's editor."""
        if not self._link:
            return None
        where = Path(path) if Path(path).is_absolute() else self.root / path
        from urllib.parse import quote

        return self._link.format(path=quote(str(where.resolve())), line=line, column=column)

    # -- what pages carry -----------------------------------------------------------------
    def script_tag(self) -> str:
        """Injected into the preview's pages: the panel's script, the token as data."""
        from html import escape

        return (f'<link rel="stylesheet" href="{PREFIX}/author.css">'
                f'<script src="{PREFIX}/author.js" defer '
                f'data-annotate-token="{escape(self.token, quote=True)}"></script>')

    def routes(self) -> list[Any]:
        from starlette.routing import Route

        return [Route(f"{PREFIX}/problems", self.problems, methods=["POST"]),
                Route(f"{PREFIX}/anchor", self.anchor, methods=["POST"]),
                Route(f"{PREFIX}/find", self.find, methods=["POST"]),
                Route(f"{PREFIX}/add", self.add, methods=["POST"]),
                Route(f"{PREFIX}/undo", self.undo, methods=["POST"]),
                Route(f"{PREFIX}/delete", self.delete, methods=["POST"]),
                Route(f"{PREFIX}/items", self.items, methods=["POST"]),
                Route(f"{PREFIX}/edit", self.edit, methods=["POST"]),
                Route(f"{PREFIX}/author.js", self.asset, methods=["GET"]),
                Route(f"{PREFIX}/author.css", self.asset, methods=["GET"])]

    # -- the guard ------------------------------------------------------------------------
    async def _request(self, request: Any) -> dict[str, Any]:
        hosts = self._hosts()
        if request.headers.get("host", "") not in hosts:
            raise _Forbidden("this server answers only to its own address")
        origin = request.headers.get("origin")
        if origin not in {f"http://{h}" for h in hosts}:
            raise _Forbidden("requests must come from the preview's own pages")
        sent = request.headers.get("x-annotate-token", "")
        if not hmac.compare_digest(sent.encode(), self.token.encode()):
            raise _Forbidden("missing or wrong token: reload the page")
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise _BadRequest("send JSON")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                raise _BadRequest("the request is too large", status=413)
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise _BadRequest("the request is not JSON") from exc
        if not isinstance(data, dict):
            raise _BadRequest("send a JSON object")
        return data

    def _file(self, data: dict[str, Any]) -> Path:
        """The annotation file of the story the request names, from the server's table."""
        name = data.get("story")
        files = {p.stem: p for p in discover([self.root / "sources"])}
        if not isinstance(name, str) or name not in files:
            raise _BadRequest(f"no story {name!r} in this project")
        return files[name]

    def _story(self, data: dict[str, Any]) -> tuple[Path, str, list[tuple[int, int]]]:
        path, text, masks, _entities = self._story_and_entities(data)
        return path, text, masks

    def _story_and_entities(self, data: dict[str, Any],
                            ) -> tuple[Path, str, list[tuple[int, int]],
                                       dict[str, list[dict[str, str]]]]:
        path = self._file(data)
        result = check_file(path, suggestions=False)
        if result.story is None:
            raise _BadRequest(f"{path.name} has errors: fix them first",
                              hint="'annotate check' says where")
        masks = [(m.start, m.end) for spans in result.story.masks.values() for m in spans]
        annotation = result.story.annotation
        lists = {"entities": [{"id": e.id, "name": e.name} for e in annotation.entities],
                 "warnings": [{"id": w.id, "name": w.label}
                              for w in annotation.content_warnings],
                 "questions": [{"id": q.id, "name": q.prompt} for q in annotation.questions]}
        return path, result.story.text, masks, lists

    def _selection(self, data: dict[str, Any], text: str) -> tuple[int, int]:
        start, end = data.get("start"), data.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or \
                not 0 <= start <= end <= utf16_length(text):
            raise _BadRequest("the selection is outside the story", hint="select again")
        return utf16_to_index(text, start), utf16_to_index(text, end)

    # -- endpoints -----------------------------------------------------------------------
    async def problems(self, request: Any) -> Any:
        """The file's ``annotate check`` errors and warnings, located, with a link that
        opens the place in an editor."""
        async def answer(data: dict[str, Any]) -> dict[str, Any]:
            found = []
            for d in check_file(self._file(data), suggestions=False).diagnostics:
                if d.severity.value == "hint":
                    continue
                found.append({"code": d.code, "severity": d.severity.value,
                              "message": d.message, "hint": d.hint,
                              "file": str(d.path), "line": d.start.line,
                              "column": d.start.column,
                              "editor": self.editor_link(d.path, d.start.line,
                                                         d.start.column)})
            return {"problems": found}
        return await self._answer(request, answer)

    async def anchor(self, request: Any) -> Any:
        async def answer(data: dict[str, Any]) -> dict[str, Any]:
            path, text, masks, lists = self._story_and_entities(data)
            start, end = self._selection(data, text)
            placed = anchor_for(text, start, end, masks=masks)
            return {"anchor": placed.fields(), "words": text[placed.start:placed.end],
                    "digest": digest(path.read_bytes()), **lists}
        return await self._answer(request, answer)

    async def find(self, request: Any) -> Any:
        """Where typed words occur in the story (selecting from the keyboard): each place
        as a selection the page can send to ``anchor``, with the words around it."""
        async def answer(data: dict[str, Any]) -> dict[str, Any]:
            _path, text, masks = self._story(data)
            words = data.get("words")
            if not isinstance(words, str) or len(words) > 2000:
                raise _BadRequest("send the words to find as text")
            return {"matches": [
                {"start": utf16_length(text[:o.start]), "end": utf16_length(text[:o.end]),
                 "words": text[o.start:o.end], "before": o.before, "after": o.after}
                for o in find(text, words, masks)]}
        return await self._answer(request, answer)

    async def add(self, request: Any) -> Any:
        async def answer(data: dict[str, Any]) -> dict[str, Any]:
            path, text, masks = self._story(data)
            start, end = self._selection(data, text)
            placed = anchor_for(text, start, end, masks=masks)
            fields = data.get("fields")
            if not isinstance(fields, dict):
                raise _BadRequest("'fields' must be an object")
            expected = data.get("digest")
            if not isinstance(expected, str):
                raise _BadRequest("the page did not say which version of the file it shows",
                                  hint="reload the page")
            item_id, after = self.editor.add(path, expected, str(data.get("kind")), fields,
                                             placed.fields())
            return {"id": item_id, "digest": digest(after), "file": path.name}
        return await self._answer(request, answer)

    async def delete(self, request: Any) -> Any:
        async def answer(data: dict[str, Any]) -> dict[str, Any]:
            path = self._file(data)
            expected, section, item_id = data.get("digest"), data.get("section"), data.get("id")
            if not all(isinstance(v, str) for v in (expected, section, item_id)):
                raise _BadRequest("say which item of which section, and the page's version")
            after = self.editor.delete(path, str(expected), str(section), str(item_id))
            return {"digest": digest(after), "file": path.name, "id": item_id}
        return await self._answer(request, answer)

    async def items(self, request: Any) -> Any:
        """Every section and item of the file, located, with an editor link, and the
        fields the panel may change (the file as it is on disk, with its digest)."""
        async def answer(data: dict[str, Any]) -> dict[str, Any]:
            path = self._file(data)
            raw = path.read_bytes()
            doc = load_file(path)
            if doc.diagnostics:
                raise _BadRequest(f"{path.name} is not valid YAML now",
                                  hint="'annotate check' says where")
            found = outline(doc)
            for entry in found:
                entry["editor"] = self.editor_link(path, entry["line"], entry["column"])
            return {"file": str(path.relative_to(self.root)), "digest": digest(raw),
                    "items": found}
        return await self._answer(request, answer)

    async def edit(self, request: Any) -> Any:
        async def answer(data: dict[str, Any]) -> dict[str, Any]:
            path = self._file(data)
            expected, section, item_id = data.get("digest"), data.get("section"), data.get("id")
            fields = data.get("fields")
            if not all(isinstance(v, str) for v in (expected, section, item_id)) or \
                    not isinstance(fields, dict):
                raise _BadRequest("say which item of which section, its new fields, and "
                                  "the page's version")
            after = self.editor.edit(path, str(expected), str(section), str(item_id), fields)
            return {"digest": digest(after), "file": path.name, "id": item_id}
        return await self._answer(request, answer)

    async def undo(self, request: Any) -> Any:
        async def answer(data: dict[str, Any]) -> dict[str, Any]:
            path = self._file(data)
            expected = data.get("digest")
            if not isinstance(expected, str):
                raise _BadRequest("the page did not say which version of the file it shows")
            before = self.editor.undo(path, expected)
            return {"digest": digest(before), "file": path.name}
        return await self._answer(request, answer)

    async def asset(self, request: Any) -> Any:
        from starlette.responses import Response

        name = request.url.path.rsplit("/", 1)[-1]
        media = "text/javascript" if name.endswith(".js") else "text/css"
        return Response((STATIC / name).read_bytes(), media_type=f"{media}; charset=utf-8",
                        headers={"Cache-Control": "no-store"})

    async def _answer(self, request: Any, answer: Any) -> Any:
        from starlette.responses import JSONResponse

        try:
            data = await self._request(request)
            return JSONResponse({"ok": True, **await answer(data)})
        except _Forbidden as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=403)
        except _BadRequest as exc:
            return JSONResponse({"ok": False, "error": str(exc), "hint": exc.hint},
                                status_code=exc.status)
        except Refused as exc:
            return JSONResponse({"ok": False, "error": str(exc), "hint": exc.hint},
                                status_code=422)
        except Rejected as exc:
            return JSONResponse({"ok": False, "error": str(exc), "hint": exc.hint,
                                 "stale": exc.stale}, status_code=409 if exc.stale else 422)


class _Forbidden(Exception):
    pass


class _BadRequest(Exception):
    def __init__(self, message: str, *, hint: str | None = None, status: int = 400) -> None:
        super().__init__(message)
        self.hint = hint
        self.status = status
