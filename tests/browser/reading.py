"""What a screen reader hears in a story, measured on Chromium's accessibility tree.

Playwright's ARIA snapshot of the story text is what assistive technology is given:
roles with their accessible names, and text. We count the words a screen reader says
reading it straight through (text, accessible names, and one word for each role it
announces: "link", "highlight", "graphic" …; two for a ``mark``, which is announced
where it starts and where it ends) and compare them with the story's own words, a
masked word counting as the one word "masked". Whatever is heard beyond the story's
words was inserted by the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from annotate.check import check_file
from annotate.html import word_count

#: Roles a screen reader names as it reads through them, and how many words it says.
ANNOUNCED = {"link": 1, "button": 1, "img": 1, "mark": 2, "checkbox": 1, "figure": 1}
_LINE = re.compile(r'^\s*- (?P<role>[\w-]+)(?: "(?P<name>(?:[^"\\]|\\.)*)")?(?:\s*\[[^\]]*\])?'
                   r"(?::\s*(?P<text>.*))?$")


@dataclass(frozen=True)
class Heard:
    heard: int  # words a screen reader says
    story: int  # the story's own words in the same paragraphs

    @property
    def inserted(self) -> int:
        return max(0, self.heard - self.story)

    @property
    def share(self) -> float:
        return self.inserted / self.heard if self.heard else 0.0


def heard_words(snapshot: str) -> int:
    """Words said reading an ARIA snapshot straight through."""
    total = 0
    for line in snapshot.splitlines():
        m = _LINE.match(line)
        if not m or m["role"] == "/url":
            continue
        role, name, text = m["role"], m["name"], (m["text"] or "").strip().strip("'\"")
        if role == "text":
            total += word_count(text)
            continue
        total += ANNOUNCED.get(role, 0)
        # A named node is read by its name; its children repeat it only when they differ
        # (the snapshot then lists them on their own lines).
        total += word_count(name) if name else word_count(text)
    return total


def story_words(annotation: Path, paragraphs: int) -> int:
    """Words in the story's first paragraphs, each masked passage counting as one."""
    story = check_file(annotation).story
    assert story is not None
    text = story.text
    for m in sorted((m for ms in story.masks.values() for m in ms),
                    key=lambda m: m.start, reverse=True):
        text = text[:m.start] + " masked " + text[m.end:]
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()][:paragraphs]
    return sum(word_count(p) for p in paras)


def measure(page, story_uid: str, annotation: Path, paragraphs: int = 6) -> Heard:  # type: ignore[no-untyped-def]
    """The first ``paragraphs`` paragraphs of a story page as a screen reader hears them."""
    paras = page.locator(f"#{story_uid} .ann-text p")
    count = min(paragraphs, paras.count())
    heard = sum(heard_words(paras.nth(i).aria_snapshot()) for i in range(count))
    return Heard(heard, story_words(annotation, count))
