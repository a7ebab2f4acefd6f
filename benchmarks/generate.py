"""A deterministic synthetic course: N stories with realistic annotation files.

Each story has 800–1,500 words, 20–40 entities (people with a surname alias,
organisations, places), 10–20 quotes of every kind, 10 notes, 5 questions; about one
story in fifty is deliberately broken (a misspelt key and an anchor that is not in the
text) so the checker's error paths are measured too.

    python -m benchmarks.generate OUT_DIR --stories 1000
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml

FIRST = """Ada Bola Carmen Dmitri Elif Farid Greta Hiro Ines Jonas Kwame Lena Mateo Nadia Omar
Priya Quinn Rosa Sven Tariq Uma Viktor Wen Ximena Yusuf Zara Amir Beatriz Chidi Dana Emil
Fatima Goran Hana Ivan Jia Kofi Lucia Marek Noor""".split()
LAST = """Abara Bianchi Castillo Dubois Eriksen Fontaine Garcia Haddad Ibarra Jensen Kowalski
Lindqvist Moreau Nakamura Okafor Petrov Quintero Rahman Silva Tanaka Ueda Vasquez Weber
Xu Yilmaz Zielinski Achebe Brennan Costa Delgado Engel Ferreira Gallo Horvat Iqbal Jovanovic
Kimura Laurent Mensah Novak Olsen Park Rossi Schmidt Torres Varga Walsh Young Zhou""".split()
ORGS = """City Council|Transit Authority|Harbor Commission|Teachers Union|Water Board|Chamber of
Commerce|Housing Trust|Police Department|Health Department|Parks Foundation|Library Board|
School District|Tenants Association|Farmers Cooperative|Planning Office""".replace("\n", " ")
PLACES = """Riverton|Maple Heights|Eastbrook|Sandport|Hollow Creek|Northgate|Lakeview|Stonebridge|
Cedar Falls|Westmere|Pine Valley|Oakridge""".replace("\n", " ")
WORDS = """budget plan vote meeting council residents proposal report funding schools housing
transit water streets parks safety taxes jobs families business community program project
decision public official hearing review policy change cost delay support concern study
district neighbourhood contract service record agency court ruling appeal evidence""".split()
VERBS = """approved rejected delayed questioned announced criticised defended reviewed expanded
cut funded proposed debated postponed examined""".split()


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _sentence(rng: random.Random) -> str:
    return (f"The {rng.choice(WORDS)} {rng.choice(VERBS)} the {_words(rng, 2)} after "
            f"{rng.randint(2, 90)} {rng.choice(WORDS)} {_words(rng, rng.randint(3, 9))}.")


def make_story(index: int, seed: int = 2024) -> tuple[str, dict[str, object]]:
    """Text and annotation data of story ``index`` (the same for the same seed)."""
    rng = random.Random(seed * 100_003 + index)
    n_people, n_orgs, n_places = rng.randint(12, 24), rng.randint(5, 10), rng.randint(3, 6)
    people = [(f, last) for f, last in zip(rng.sample(FIRST, n_people),
                                            rng.sample(LAST, n_people), strict=True)]
    orgs = [f"{place} {org}" for place, org in zip(
        rng.choices(PLACES.split("|"), k=n_orgs), rng.sample(ORGS.split("|"), n_orgs),
        strict=True)]
    places = rng.sample([p.strip() for p in PLACES.split("|")], n_places)
    orgs = [" ".join(o.split()) for o in orgs]
    target = rng.randint(800, 1500)
    paragraphs: list[str] = []
    quotes: list[dict[str, object]] = []
    mentioned_alias: set[str] = set()

    def speaker() -> tuple[str, str, str]:
        first, last = rng.choice(people)
        return f"{first} {last}", last, f"p-{last.lower()}"

    # Every entity is introduced once by full name, then referred to freely.
    intro = [f"{f} {last} of the {rng.choice(orgs)} spoke in {rng.choice(places)}."
             for f, last in people]
    intro += [f"Officials at the {o} {rng.choice(VERBS)} the {_words(rng, 2)}." for o in orgs]
    intro += [f"Residents of {p} {rng.choice(VERBS)} the {_words(rng, 2)}." for p in places]
    rng.shuffle(intro)
    while intro:
        paragraphs.append(" ".join(intro[:3]))
        del intro[:3]
    n_quotes = rng.randint(10, 20)
    while sum(len(p.split()) for p in paragraphs) < target or len(quotes) < n_quotes:
        kind = rng.choice(["direct", "direct", "partial", "indirect", "filler", "filler"])
        name, last, pid = speaker()
        words = f"{rng.choice(['We', 'The city', 'Nobody', 'Everyone'])} " \
                f"{rng.choice(VERBS)} {_words(rng, rng.randint(5, 12))} {len(paragraphs)}"
        if kind == "direct" and len(quotes) < n_quotes:
            paragraphs.append(f"“{words},” said {last}. {_sentence(rng)}")
            quotes.append({"id": f"q{len(quotes)}", "kind": "direct", "speaker": pid,
                           "text": f"{words},"})
            mentioned_alias.add(pid)
        elif kind == "partial" and len(quotes) < n_quotes:
            bit = f"{_words(rng, 4)} {len(paragraphs)}"
            paragraphs.append(f"{name} called the {rng.choice(WORDS)} “{bit}” and left. "
                              f"{_sentence(rng)}")
            quotes.append({"id": f"q{len(quotes)}", "kind": "partial", "speaker": pid,
                           "text": bit})
        elif kind == "indirect" and len(quotes) < n_quotes:
            said = f"the {_words(rng, 3)} would be {rng.choice(VERBS)} by {len(paragraphs)} votes"
            paragraphs.append(f"{last} said {said}. {_sentence(rng)}")
            quotes.append({"id": f"q{len(quotes)}", "kind": "indirect", "speaker": pid,
                           "text": said})
            mentioned_alias.add(pid)
        else:
            paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))))
    text = "\n\n".join(paragraphs) + "\n"

    def unique_window(n_words: int) -> str:
        tokens = text.split()
        for _ in range(200):
            i = rng.randrange(0, len(tokens) - n_words)
            window = " ".join(tokens[i:i + n_words])
            if text.count(window) == 1 and "“" not in window and "”" not in window:
                return window
        raise RuntimeError("no unique window")

    entities: list[dict[str, object]] = []
    for first, last in people:
        pid = f"p-{last.lower()}"
        entities.append({"id": pid, "name": f"{first} {last}", "type": "person",
                         "aliases": [last] if pid in mentioned_alias else [],
                         "description": f"A resident quoted in this story ({first} {last})."})
    for i, org in enumerate(orgs):
        entities.append({"id": f"o-{i}", "name": org, "type": "organisation",
                         "description": f"The {org}, a *local* body."})
    for i, place in enumerate(places):
        entities.append({"id": f"l-{i}", "name": place, "type": "place",
                         "description": f"{place}, a town in the region."})
    notes = [{"id": f"n{i}", "kind": rng.choice(["context", "definition", "media-literacy"]),
              "anchor": {"text": unique_window(rng.randint(3, 6))}, "title": f"Note {i}",
              "body": f"Why this matters: {_words(rng, 20)}.\n\nSee **also** {_words(rng, 8)}."}
             for i in range(10)]
    questions = [{"id": f"question-{i}", "prompt": f"What does the story say about "
                  f"{rng.choice(WORDS)}?", "hint": _words(rng, 6), "answer": _words(rng, 15),
                  "anchors": [{"text": unique_window(4)}]} for i in range(5)]
    data: dict[str, object] = {
        "story": {"headline": f"Story {index}: the {rng.choice(WORDS)} {rng.choice(VERBS)}",
                  "outlet": "The Synthetic Gazette", "date": f"2024-{1 + index % 12:02d}-15",
                  "topics": rng.sample(WORDS, 2)},
        "entities": entities, "quotes": quotes, "notes": notes, "questions": questions,
    }
    if index % 50 == 49:  # deliberately broken
        data["quotes"][0]["speakr"] = data["quotes"][0].pop("speaker")  # type: ignore[index]
        notes[0]["anchor"] = {"text": "words that are not in the story at all"}
    return text, data


def write_corpus(out: Path, count: int, seed: int = 2024) -> list[Path]:
    """Write ``count`` stories into ``out`` and return the annotation files."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        text, data = make_story(index, seed)
        slug = f"story-{index:04d}"
        (out / f"{slug}.txt").write_text(text, encoding="utf-8")
        path = out / f"{slug}.yml"
        path.write_text("# yaml-language-server: $schema=annotation.schema.json\n"
                        + yaml.safe_dump(data, allow_unicode=True, sort_keys=False,
                                         width=88), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    write_corpus(args.out, args.stories, args.seed)


if __name__ == "__main__":
    main()
