"""Runs that a page's extraction ran together across what were its lines.

A PDF or a page flattened into one line loses the breaks between a heading, a byline and
the first sentence: "About the Author Scott McCarty Scott McCarty At Red Hat, …",
"Opensource.com Getting started with …", "Follow Scott McCarty Twitter: https://…". Each
piece is cut where the page's lines met, so each name stands alone; and what such pages
run into names besides, an embedded video's credit ("… Board of Governors on Vimeo") and a
title's first word after a page's number ("… 2 Getting started with …").
"""

from __future__ import annotations

import re

from .knowledge import Knowledge
from .lexicon import HOLIDAYS, SITE_ADDRESS, SOCIAL_NETWORKS
from .tokens import Token

#: Words that open a sentence telling the reader to do something, before a small word in
#: lower case: "Find out how …", "Read more", "Learn how …".
_CALLS = frozenset("Find Read Learn Click Discover Visit Explore Listen".split())
#: Prepositions a sentence opens with, capitalised, right after a person's name the page
#: wrote above it: "Scott McCarty At Red Hat, Scott McCarty is …".
_OPENING_PREPOSITIONS = frozenset("At In On For With From As".split())
#: What follows a verb's "-ing" form that opens a title, and no firm's name ending in
#: "-ing": "Getting started with …", "Building a …" (not "Boeing made progress").
_GERUND_OBJECT = re.compile(r"[^\S\n]+(?:started|up|out|ready|the|a|an|your|our|their|into|"
                            r"back)\b")


def run_on_parts(text: str, run: list[Token], know: Knowledge) -> list[list[Token]]:
    """The names a run holds whose parts came from lines a page's extraction joined."""
    if len(run) == 1 and run[0].text.endswith("ing") and run[0].capitalised and \
            run[0].text not in know.given_names and run[0].text not in know.surnames and \
            not know.places.get(run[0].text) and run[0].text not in HOLIDAYS and \
            _GERUND_OBJECT.match(text, run[0].end):
        return []  # "… 2 Getting started with Kubernetes": a title's first word after a
        # page's number the line ran into it (not "Reading", "Beijing": places; nor
        # "Thanksgiving")
    if len(run) < 2:
        return [run]
    for k in range(2, len(run) - 1):
        if run[k].text in _OPENING_PREPOSITIONS and run[k - 2].text in know.given_names and \
                run[k - 1].capitalised and run[k + 1].capitalised and \
                not run[k - 1].acronym:
            return [*run_on_parts(text, run[:k], know), *run_on_parts(text, run[k + 1:], know)]
            # "Scott McCarty At Red Hat, …": a person, then the next sentence's opening phrase
    words = [t.text for t in run]
    for half in range(len(run) // 2, 1, -1):
        start = len(run) - 2 * half
        if words[start:start + half] == words[start + half:]:
            return [run[:start + half], run[start + half:]]  # "Author Scott McCarty Scott
            # McCarty": a heading, then the byline under it
    last = run[-1]
    if len(run) >= 3 and last.text in SOCIAL_NETWORKS and run[-2].text == "on":
        return [run[:-2], run[-1:]]  # "… from Broadcasting Board of Governors on Vimeo.":
        # an embedded video's credit, its maker and the site it is on
    if last.text in SOCIAL_NETWORKS and text.startswith(":", last.end):
        return [run[:-1], run[-1:]]  # "Follow Scott McCarty Twitter: https://…": the name,
        # then the network's label for the address
    if last.text in _CALLS and last.text not in know.surnames and \
            re.match(r"[^\S\n]+[a-z]", text[last.end:last.end + 3]):
        return [run[:-1]]  # "Getting started with Kubernetes Find out how …"
    site = next((k for k, t in enumerate(run[:-1]) if SITE_ADDRESS.fullmatch(t.text)), None)
    if site is not None and not run[site + 1].text[:1].islower():
        rest = run[site + 1:]
        if len(rest) == 1 and rest[0].text.endswith("ing") and \
                _GERUND_OBJECT.match(text, rest[0].end):
            rest = []  # (a title's first word, "Getting started with …", no name)
        return [run[:site + 1], *(run_on_parts(text, rest, know) if rest else [])]
        # "Opensource.com Getting started with …": the site's name, then its page's title
    return [run]
