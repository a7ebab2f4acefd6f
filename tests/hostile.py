"""A fixture book whose annotation puts every payload of ``payloads.yml`` everywhere."""

from __future__ import annotations

from pathlib import Path

import yaml

PAYLOADS: list[str] = yaml.safe_load(
    (Path(__file__).parent / "payloads.yml").read_text(encoding="utf-8"))

QUOTE = "</script><script>window.__pwned = 1</script>"
EVIL = 'Dr "Quote" <Evil>'
TEXT = (f"😀👍🏽 𝕳𝖊𝖑𝖑𝖔 — {EVIL} said “{QUOTE}” today.\n\n"
        "Jane Doe replied “fine, fine.”\n")
CONF = """\
extensions = ["myst_parser", "annotate.sphinx"]
myst_disable_syntax = ["html_block", "html_inline"]
html_theme = "basic"
suppress_warnings = ["annotate.N504"]
"""


def annotation() -> dict[str, object]:
    everything = "\n\n".join(PAYLOADS)
    return {
        "story": {"headline": PAYLOADS[0], "outlet": PAYLOADS[1], "date": "2020-01-01",
                  "source": "hostile.txt", "provenance": everything,
                  "topics": PAYLOADS[:3], "byline": PAYLOADS[2]},
        "entities": [
            {"id": "evil", "name": EVIL, "type": "person", "description": everything,
             "role": PAYLOADS[3]},
            {"id": "jane", "name": "Jane Doe", "type": "person", "description": PAYLOADS[4]},
        ],
        "quotes": [{"id": "q1", "kind": "direct", "speaker": "evil", "text": QUOTE,
                    "cue": PAYLOADS[5], "note": everything}],
        "notes": [{"id": f"n{i}", "kind": "context", "anchor": {"text": "Jane Doe replied"},
                   "title": payload, "body": payload,
                   "links": [{"title": payload, "url": "https://example.org/"}]}
                  for i, payload in enumerate(PAYLOADS)],
        "questions": [{"id": f"question-{i}", "prompt": payload, "hint": payload, "answer": payload,
                       "anchors": [{"text": "today"}]} for i, payload in enumerate(PAYLOADS)],
        "content_warnings": [{"id": "cw", "label": PAYLOADS[0], "description": everything,
                              "mask": [{"text": "fine", "occurrence": "all"}]}],
    }


def write_hostile_book(root: Path) -> Path:
    """Write the book's sources under ``root/src`` and return that folder."""
    src = root / "src"
    src.mkdir(parents=True)
    (src / "conf.py").write_text(CONF, encoding="utf-8")
    (src / "hostile.txt").write_text(TEXT, encoding="utf-8")
    (src / "hostile.yml").write_text(yaml.safe_dump(annotation(), allow_unicode=True,
                                                    sort_keys=False), encoding="utf-8")
    (src / "index.md").write_text(
        "# Hostile\n\n```{toctree}\nstory\npage\n```\n", encoding="utf-8")
    (src / "story.md").write_text("```{annotated-story} hostile.yml\n```\n", encoding="utf-8")
    # A book page (not an annotation) trying the same: raw HTML and the raw directive.
    (src / "page.md").write_text(
        "# A page\n\n<script>window.__pwned = 1</script>\n\n"
        "```{raw} html\n<script>window.__pwned = 1</script>\n```\n", encoding="utf-8")
    return src
