"""How good are the suggestions? ``python -m benchmarks.suggestions [-v]``

Runs the suggestion engine with no annotation file on every evaluation set of real news
under open licences (each with its ``SOURCES.md``): the development set (``texts/``), a
second development set (``second/``) and the held-out sets (``heldout/``,
``heldout-quotes/``, rich in quotations, then ``heldout-3/`` onwards, in the order they were
added) whose gold was written before the engine ever ran on them; then on the course's own
stories. It compares
what the engine suggests with the hand-made gold (``gold.yml``):

- names: a suggestion is right when its name or one of its aliases is a form of a gold
  entity not already claimed (each real entity once); precision, recall, how often the
  suggested name is the gold's fullest form, and how often its type is right;
- quotes: a gold quote is found when a suggested quote's text starts with, or holds, the
  gold passage; recall, precision (passages suggested that report no one's words count
  against it), and how often the suggested speaker is the gold speaker (an entity whose
  forms include it, or the description the gold gives).

``-v`` lists every miss and every wrong suggestion.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from annotate.suggest import suggest

HERE = Path(__file__).parent


def fold(text: str) -> str:
    text = " ".join(text.replace("’", "'").replace("‘", "'").split()).casefold()
    return text[4:] if text.startswith("the ") else text


@dataclass
class Tally:
    gold: int = 0
    suggested: int = 0
    right: int = 0
    full_name: int = 0
    typed: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    mistyped: list[str] = field(default_factory=list)


@dataclass
class QuoteTally:
    gold: int = 0
    suggested: int = 0
    found: int = 0
    speaker_right: int = 0
    not_quotes: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    misattributed: list[str] = field(default_factory=list)


def score_entities(story: str, gold: dict, suggestions: list, tally: Tally) -> None:
    entities = gold.get("entities", [])
    optional = {fold(o) for o in gold.get("optional", [])}
    forms = [{fold(e["name"]), *(fold(f) for f in e.get("forms", []))} for e in entities]
    claimed: set[int] = set()
    tally.gold += len(entities)
    for s in suggestions:
        tally.suggested += 1
        mine = [fold(s.name), *(fold(a) for a in s.aliases)]
        match = next((i for i, f in enumerate(forms) if fold(s.name) in f and i not in claimed),
                     None)
        if match is None:
            match = next((i for i, f in enumerate(forms)
                          if i not in claimed and any(m in f for m in mine)), None)
        if match is None:
            if fold(s.name) in optional:
                tally.suggested -= 1  # neither right nor wrong
            elif any(any(m in f for m in mine) for f in forms):
                tally.wrong.append(f"{story}: '{s.name}' again (each entity once)")
            else:
                tally.wrong.append(f"{story}: '{s.name}' ({s.type})")
            continue
        claimed.add(match)
        tally.right += 1
        expected = entities[match]
        if fold(s.name) == fold(expected["name"]):
            tally.full_name += 1
        types = expected["type"] if isinstance(expected["type"], list) else [expected["type"]]
        if s.type in types:
            tally.typed += 1
        else:
            tally.mistyped.append(f"{story}: '{s.name}' {s.type}, gold {'/'.join(types)}"
                                  f" [{s.evidence}]")
    for i, e in enumerate(entities):
        if i not in claimed:
            tally.missed.append(f"{story}: '{e['name']}' ({e['type']})")


def score_quotes(story: str, gold: dict, suggestion: object, tally: QuoteTally) -> None:
    quotes = gold.get("quotes", [])
    not_quotes = [fold(q) for q in gold.get("not_quotes", [])]
    entities = gold.get("entities", [])
    tally.gold += len(quotes)
    claimed: set[int] = set()
    for q in suggestion.quotes:
        text = fold(q.text)
        # a gold quote the suggestion opens with is its match before one it merely contains
        # (a headline's few words in marks recur inside a later, longer quote)
        match = next((i for i, g in enumerate(quotes)
                      if i not in claimed and text.startswith(fold(g["text"]))), None)
        if match is None:
            match = next((i for i, g in enumerate(quotes)
                          if i not in claimed and fold(g["text"]) in text), None)
        if match is None:
            tally.suggested += 1
            if any(n in text or text in n for n in not_quotes):
                tally.not_quotes += 1
            tally.wrong.append(f"{story}: “{q.text[:50]}”")
            continue
        tally.suggested += 1
        claimed.add(match)
        tally.found += 1
        expected = quotes[match]
        speaker = fold(q.speaker_name or "")
        gold_forms = {fold(expected["speaker"]), *(fold(a) for a in expected.get("also", []))}
        for e in entities:
            if e["name"] == expected["speaker"]:
                gold_forms |= {fold(f) for f in e.get("forms", [])}
        if expected["speaker"] == "(not named)" and not speaker:
            tally.speaker_right += 1  # the text names no speaker, and none is guessed
        elif speaker and (speaker in gold_forms or any(g in speaker for g in gold_forms)):
            tally.speaker_right += 1
        else:
            tally.misattributed.append(f"{story}: “{q.text[:40]}” → {q.speaker_name!r}, gold "
                                       f"{expected['speaker']!r}")
    for i, g in enumerate(quotes):
        if i not in claimed:
            tally.missed.append(f"{story}: “{g['text']}” ({g['speaker']})")


def course_gold(root: Path) -> dict[str, tuple[str, dict]]:
    """Gold from the course's own annotation files (every story in ``sources/`` that
    checks without errors): their entities, and their quotes that sit in quotation
    marks. Instructors list the entities students should notice, not every name, so
    only recall is meaningful here."""
    from annotate.check import check_file, discover, quoted_regions

    out: dict[str, tuple[str, dict]] = {}
    for path in discover([root / "sources"]):
        result = check_file(path)
        story = result.story
        if story is None or result.errors:
            continue
        names = {e.id: e.name for e in story.annotation.entities}
        regions = quoted_regions(story.text)
        quotes = []
        for quote in story.annotation.quotes:
            span = story.quotes.get(quote.id)
            if quote.kind == "indirect" or span is None or not any(
                    a <= span.start and span.end <= b for a, b in regions):
                continue
            quotes.append({"text": quote.text, "speaker": names.get(quote.speaker, "")})
        entities = [{"name": e.name, "type": e.type, "forms": e.alias_texts()}
                    for e in story.annotation.entities]
        out[path.stem] = (story.text, {"entities": entities, "quotes": quotes})
    return out


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def evaluate(folder: Path) -> tuple[Tally, QuoteTally, int, int, float]:
    """Score the engine on one evaluation set (``gold.yml`` and ``texts/``)."""
    gold = yaml.safe_load((folder / "gold.yml").read_text(encoding="utf-8"))["stories"]
    names, quotes = Tally(), QuoteTally()
    words = 0
    started = time.perf_counter()
    for story, expected in gold.items():
        text = (folder / "texts" / f"{story}.txt").read_text(encoding="utf-8")
        words += len(text.split())
        result = suggest(text)
        score_entities(story, expected, result.entities, names)
        score_quotes(story, expected, result, quotes)
    return names, quotes, len(gold), words, time.perf_counter() - started


def table(names: Tally, quotes: QuoteTally) -> None:
    print("| | precision | recall | other figure |")
    print("| --- | --- | --- | --- |")
    print(f"| names | {ratio(names.right, names.suggested)} ({names.right}/{names.suggested}) | "
          f"{ratio(names.right, names.gold)} ({names.right}/{names.gold}) | type right "
          f"{ratio(names.typed, names.right)}, full name {ratio(names.full_name, names.right)} |")
    print(f"| quotes | {ratio(quotes.found, quotes.suggested)} ({quotes.found}/"
          f"{quotes.suggested}) | {ratio(quotes.found, quotes.gold)} ({quotes.found}/"
          f"{quotes.gold}) | speaker right {ratio(quotes.speaker_right, quotes.found)} |")


def details(prefix: str, names: Tally, quotes: QuoteTally) -> None:
    for title, items in (("wrong names", names.wrong), ("missed names", names.missed),
                         ("wrong types", names.mistyped), ("wrong quotes", quotes.wrong),
                         ("missed quotes", quotes.missed),
                         ("wrong speakers", quotes.misattributed)):
        print(f"\n{prefix}{title} ({len(items)}):")
        for item in items:
            print("  " + item)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    sets = (("Development set", HERE, "the engine's rules were written while looking at "
             "its errors"),
            ("Second development set", HERE / "second", "first run as a held-out set: "
             "names P 0.83, R 0.81, type 0.77; its errors were then fixed"),
            ("Held-out set", HERE / "heldout", "gold written before the engine ran on it; "
             "first run: names P 0.88, R 0.91, type 0.78; the bugs it showed were fixed"),
            ("Second held-out set, rich in quotes", HERE / "heldout-quotes",
             "gold written before the engine ran on it; first run: names P 0.87, R 0.92, "
             "type 0.84, quotes R 0.92, speaker 0.61; the bugs it showed were fixed"),
            ("Third held-out set", HERE / "heldout-3",
             "gold written before the engine ran on it; first run: names P 0.89, R 0.94, "
             "type 0.84, quotes R 0.80, speaker 1.00; the bugs it showed were fixed"),
            ("Fourth held-out set", HERE / "heldout-4",
             "gold written before the engine ran on it; first run: names P 0.85, R 0.90, "
             "type 0.84, quotes R 1.00, speaker 0.85; the bugs it showed were fixed"),
            ("Fifth held-out set", HERE / "heldout-5",
             "gold written before the engine ran on it; first run (after a crash on "
             "'Michelle and I' was fixed): names P 0.82, R 0.85, type 0.79, quotes R 0.80, "
             "P 0.57, speaker 0.75; the bugs it showed were fixed"),
            ("Sixth held-out set (small)", HERE / "heldout-6",
             "gold written before the engine ran on it; first run: names P 0.83, R 0.95, "
             "type 0.95; the bugs it showed were fixed"),
            ("Seventh held-out set (Global Voices)", HERE / "heldout-7",
             "gold written before the engine ran on it; first run: names P 0.85, R 0.90, "
             "type 0.84, quotes R 0.25 (1 of 4), speaker 1.00; the bugs it showed were "
             "fixed"),
            ("Eighth held-out set (military and Coast Guard releases)", HERE / "heldout-8",
             "gold written before the engine ran on it; first run: names P 0.70, R 0.74, "
             "type 0.76, quotes R 1.00, speaker 0.91; the bugs it showed were fixed"),
            ("Ninth held-out set (Department of Justice releases)", HERE / "heldout-9",
             "gold written before the engine ran on it; first run: names P 0.92, R 0.90, "
             "type 1.00, quotes R 1.00, speaker 1.00; the bugs it showed were fixed"),
            ("Tenth held-out set (Wikinews audio briefs)", HERE / "heldout-10",
             "gold written before the engine ran on it; first run: names P 0.89, R 0.89, "
             "type 0.89, quotes R 0.86, P 0.86, speaker 1.00; the bugs it showed were "
             "fixed"),
            ("Eleventh held-out set (Global Voices teasers)", HERE / "heldout-11",
             "gold written before the engine ran on it; first run: names P 0.91, R 0.95, "
             "type 0.86, quotes R 0.50, speaker 0.60; the bugs it showed were fixed"),
            ("Twelfth held-out set (USGS and NIH science news; small)", HERE / "heldout-12",
             "gold written before the engine ran on it; first run: names P 0.93, R 0.95, "
             "type 0.84; the bugs it showed were fixed"),
            ("Thirteenth held-out set (VOA reports; small)", HERE / "heldout-13",
             "gold written before the engine ran on it; first run: names P 0.83, R 0.75, "
             "type 0.93; the bugs it showed were fixed"),
            ("Fourteenth held-out set (Global Voices again)", HERE / "heldout-14",
             "gold written before the engine ran on it; first run: names P 0.95, R 0.95, "
             "type 0.91, quotes R 0.33, speaker 1.00; the bugs it showed were fixed"),
            ("Fifteenth held-out set (State Department releases)", HERE / "heldout-15",
             "gold written before the engine ran on it; first run: names P 0.85, R 0.89, "
             "type 0.92; the bugs it showed were fixed"),
            ("Sixteenth held-out set (Department of Labor releases)", HERE / "heldout-16",
             "gold written before the engine ran on it; first run: names P 0.82, R 0.90, "
             "type 0.94, quotes R 1.00, speaker 0.77; the bugs it showed were fixed"),
            ("Seventeenth held-out set (Park Service, Interior and NASA)", HERE / "heldout-17",
             "gold written before the engine ran on it; first run: names P 0.89, R 0.88, "
             "type 0.75, quotes R 1.00, P 0.75, speaker 1.00; the bugs it showed were "
             "fixed"),
            ("Eighteenth held-out set (Library of Congress)", HERE / "heldout-18",
             "gold written before the engine ran on it; first run: names P 0.78, R 0.86, "
             "type 0.92, quotes R 0.50, speaker 0.00; the bugs it showed were fixed"),
            ("Nineteenth held-out set (UK government releases; small)", HERE / "heldout-19",
             "gold written before the engine ran on it; first run: names P 0.75, R 0.87, "
             "type 0.82, quotes R 0.00 (block quotes with no marks); the bugs it showed were "
             "fixed"),
            ("Twentieth held-out set (Australian government summaries)", HERE / "heldout-20",
             "gold written before the engine ran on it; first run: names P 0.70, R 0.77, "
             "type 0.82; the bugs it showed were fixed"),
            ("Twenty-first held-out set (New Zealand Government; small)", HERE / "heldout-21",
             "gold written before the engine ran on it; first run: names P 0.76, R 0.92, "
             "type 0.59, quotes R 1.00, speaker 1.00; the bugs it showed were fixed"),
            ("Twenty-second held-out set (FEMA and White House disaster news)",
             HERE / "heldout-22", "gold written before the engine ran on it; first run: names "
             "P 0.85, R 0.90, type 0.84, quotes R 1.00, speaker 1.00; the bugs it showed were "
             "fixed"),
            ("Twenty-third held-out set (European Commission daily news)",
             HERE / "heldout-23", "gold written before the engine ran on it; first run: names "
             "P 0.84, R 0.90, type 0.92, quotes R 0.90, speaker 1.00; the bugs it showed were "
             "fixed"),
            ("Twenty-fourth held-out set (Scottish Government releases; small)",
             HERE / "heldout-24", "gold written before the engine ran on it; first run: names "
             "P 0.82, R 0.78, type 0.77, quotes R 1.00, speaker 1.00; the bugs it showed were "
             "fixed"),
            ("Twenty-fifth held-out set (CDC briefing transcripts; small)",
             HERE / "heldout-25", "gold written before the engine ran on it; first run: names "
             "P 1.00, R 0.95, type 0.81 (its one miss, 'CDC', was a gold error, fixed since); "
             "the bugs it showed were fixed"),
            ("Twenty-sixth held-out set (NOAA media advisories; small)",
             HERE / "heldout-26", "gold written before the engine ran on it; first run: names "
             "P 0.84, R 0.90, type 0.96; the bugs it showed were fixed"),
            ("Twenty-seventh held-out set (EPA enforcement case lists; small)",
             HERE / "heldout-27", "gold written before the engine ran on it; first run: names "
             "P 0.71, R 0.97, type 0.97; the bugs it showed were fixed"),
            ("Twenty-eighth held-out set (NSF testimony and newsletters; small)",
             HERE / "heldout-28", "gold written before the engine ran on it; first run: names "
             "P 0.48, R 0.75, type 0.92, quotes R 0.00 (0/2); the bugs it showed were fixed"),
            ("Twenty-ninth held-out set (Voice of America news and programming highlights)",
             HERE / "heldout-29", "gold written before the engine ran on it; first run: names "
             "P 0.86, R 0.90, type 0.88, quotes R 0.93 (14/15), speaker 0.86; the bugs it "
             "showed were fixed"),
            ("Thirtieth held-out set (Wikinews: an election's candidates, audio briefs, "
             "leads; small)",
             HERE / "heldout-30", "gold written before the engine ran on it; first run: names "
             "P 0.70, R 0.73, type 0.97, quotes R 0.00 (0/1); the bugs it showed were fixed"),
            ("Thirty-first held-out set (The Conversation: politics; small)",
             HERE / "heldout-31", "gold written before the engine ran on it; first run: names "
             "P 0.84, R 0.86, type 0.97, quotes R 1.00 (4/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Thirty-second held-out set (GroundUp: South African community news; small)",
             HERE / "heldout-32", "gold written before the engine ran on it; first run: names "
             "P 0.93, R 0.85, type 0.84, quotes R 0.50 (2/4), speaker 0.00; the bugs it "
             "showed were fixed"),
            ("Thirty-third held-out set (Mongabay: environmental news in bullet points)",
             HERE / "heldout-33", "gold written before the engine ran on it; first run: names "
             "P 0.88, R 0.98, type 0.90, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Thirty-fourth held-out set (Global Voices on elections; small)",
             HERE / "heldout-34", "gold written before the engine ran on it; first run: names "
             "P 0.83, R 0.88, type 1.00; the bugs it showed were fixed"),
            ("Thirty-fifth held-out set (VOA Learning English stories and a newscast)",
             HERE / "heldout-35", "gold written before the engine ran on it; first run: names "
             "P 0.91, R 0.98, type 0.91, quotes R 1.00 (4/4), speaker 1.00 (both goals "
             "met); the bugs it showed were fixed"),
            ("Thirty-sixth held-out set (VOA on football; small)",
             HERE / "heldout-36", "gold written before the engine ran on it; first run: names "
             "P 0.81, R 0.95, type 0.97, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Thirty-seventh held-out set (FBI news blog; small)",
             HERE / "heldout-37", "gold written before the engine ran on it; first run: names "
             "P 0.79, R 0.93, type 0.92, quotes R 1.00 (3/3), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Thirty-eighth held-out set (FDA press release feeds; small)",
             HERE / "heldout-38", "gold written before the engine ran on it; first run: names "
             "P 0.95, R 1.00, type 0.68, one scare quote suggested; the bugs it showed "
             "were fixed"),
            ("Thirty-ninth held-out set (USDA blog and news releases; small)",
             HERE / "heldout-39", "gold written before the engine ran on it; first run: names "
             "P 0.68, R 0.87, type 0.85, quotes R 1.00 (2/2), precision 0.67, speaker "
             "1.00 (a quote the gold had missed since added); the bugs it showed were "
             "fixed"),
            ("Fortieth held-out set (The Conversation's listings with bylines; small)",
             HERE / "heldout-40", "gold written before the engine ran on it; first run: names "
             "P 1.00, R 1.00, type 1.00 (the goal met, on a small set)"),
            ("Forty-first held-out set (Wikinews: a year in review, calls to readers; small)",
             HERE / "heldout-41", "gold written before the engine ran on it; first run: names "
             "P 0.81, R 0.77, type 0.91, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Forty-second held-out set (SEC releases, a speech, a court opinion)",
             HERE / "heldout-42", "gold written before the engine ran on it; first run: names "
             "P 0.94, R 0.92, type 0.98, quotes R 1.00 (4/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Forty-third held-out set (ProPublica as feeds and aggregators copy it)",
             HERE / "heldout-43", "gold written before the engine ran on it; first run: names "
             "P 0.75, R 0.80, type 0.84, quotes R 1.00 (4/4), speaker 0.75; the bugs it "
             "showed were fixed"),
            ("Forty-fourth held-out set (KFF Health News as blogs and feeds copy it; small)",
             HERE / "heldout-44", "gold written before the engine ran on it; first run: names "
             "P 0.79, R 0.88, type 0.92, quotes R 0.50 (1/2), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Forty-fifth held-out set (NIH Catalyst obituaries)",
             HERE / "heldout-45", "gold written before the engine ran on it; first run: names "
             "P 0.98, R 0.95, type 0.90 (the names goal met)"),
            ("Forty-sixth held-out set (Federal Reserve Board: a list, PDF texts; small)",
             HERE / "heldout-46", "gold written before the engine ran on it; first run: names "
             "P 0.89, R 0.92, type 0.94; the bugs it showed were fixed"),
            ("Forty-seventh held-out set (the Congressional Record)",
             HERE / "heldout-47", "gold written before the engine ran on it; first run: names "
             "P 0.77, R 0.77, type 0.92; the bugs it showed were fixed"),
            ("Forty-eighth held-out set (USAID: lists, a release)",
             HERE / "heldout-48", "gold written before the engine ran on it; first run: names "
             "P 0.73, R 0.77, type 0.90; the bugs it showed were fixed"),
            ("Forty-ninth held-out set (the Census Bureau: a release, tip sheets, a bulletin)",
             HERE / "heldout-49", "gold written before the engine ran on it; first run: names "
             "P 0.72, R 0.77, type 0.91, quotes R 1.00 (3/3), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Fiftieth held-out set (the National Endowment for the Arts)",
             HERE / "heldout-50", "gold written before the engine ran on it; first run: names "
             "P 0.77, R 0.82, type 0.75, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Fifty-first held-out set (States Newsroom and Floodlight, CC BY-NC-ND 4.0)",
             HERE / "heldout-51", "gold written before the engine ran on it; first run: names "
             "P 0.82, R 0.96, type 0.98, quotes R 0.82 (9/11), speaker 0.78; the bugs it "
             "showed were fixed"),
            ("Fifty-second held-out set (the Kremlin's English site and copies of it, CC BY 4.0)",
             HERE / "heldout-52", "gold written before the engine ran on it; first run: names "
             "P 0.64, R 0.71, type 0.88, no quotes; the bugs it showed were fixed"),
            ("Fifty-third held-out set (Agência Brasil in English, as a reader copies it; small)",
             HERE / "heldout-53", "gold written before the engine ran on it; first run: names "
             "P 0.67, R 0.82, type 0.94, quotes R 1.00 (6/6), speaker 0.83; the bugs it "
             "showed were fixed"),
            ("Fifty-fourth held-out set (Wikipedia's current events portal as mirrors copy it, "
             "CC BY-SA 4.0)",
             HERE / "heldout-54", "gold written before the engine ran on it; first run: names "
             "P 0.88, R 0.87, type 0.92, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Fifty-fifth held-out set (the European Parliament: minutes, observatory summaries)",
             HERE / "heldout-55", "gold written before the engine ran on it; first run: names "
             "P 0.68, R 0.72, type 0.75, no quotes; the bugs it showed were fixed"),
            ("Fifty-sixth held-out set (Democracy Now! as aggregators copy it, CC BY-NC-ND 3.0 US)",
             HERE / "heldout-56", "gold written before the engine ran on it; first run: names "
             "P 0.65, R 0.80, type 0.92, quotes R 0.88 (7/8), speaker 0.71; the bugs it "
             "showed were fixed"),
            ("Fifty-seventh held-out set (UK government press releases as ukpol.co.uk lists them)",
             HERE / "heldout-57", "gold written before the engine ran on it; first run: names "
             "P 0.85, R 0.93, type 0.96, quotes R 0.22 (2/9), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Fifty-eighth held-out set (Mongabay topic pages again, new stories)",
             HERE / "heldout-58", "gold written before the engine ran on it; first run: names "
             "P 0.84, R 0.91, type 0.71, quotes R 0.00 (0/1); the bugs it showed were fixed"),
            ("Fifty-ninth held-out set (the U.S. Marshals Service; small)",
             HERE / "heldout-59", "gold written before the engine ran on it; first run: names "
             "P 0.80, R 1.00, type 1.00, quotes R 1.00 (4/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Sixtieth held-out set (NTSB press releases)",
             HERE / "heldout-60", "gold written before the engine ran on it; first run: names "
             "P 0.73, R 1.00, type 1.00, quotes R 1.00 (12/12), P 0.86, speaker 0.92; the "
             "bugs it showed were fixed"),
            ("Sixty-first held-out set (The Conversation's articles as a blog republishes "
             "them, CC BY-ND 4.0)",
             HERE / "heldout-61", "gold written before the engine ran on it; first run: names "
             "P 0.96, R 0.94, type 0.93, quotes R 1.00 (2/2), speaker 0.50; the bugs it "
             "showed were fixed"),
            ("Sixty-second held-out set (U.S. Fish and Wildlife Service listings: a release, "
             "an OCR'd scan, Federal Register notices)",
             HERE / "heldout-62", "gold written before the engine ran on it; first run: names "
             "P 0.74, R 0.95, type 0.86, quotes R 1.00 (4/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Sixty-third held-out set (Customs and Border Protection releases as reposts "
             "copy them; small)",
             HERE / "heldout-63", "gold written before the engine ran on it; first run: names "
             "P 0.82, R 0.95, type 1.00, quotes R 1.00 (4/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Sixty-fourth held-out set (National Archives press releases)",
             HERE / "heldout-64", "gold written before the engine ran on it; first run: names "
             "P 0.76, R 0.71, type 0.83, no quotes; the bugs it showed were fixed"),
            ("Sixty-fifth held-out set (Department of Energy timelines and an office's page)",
             HERE / "heldout-65", "gold written before the engine ran on it; first run: names "
             "P 0.82, R 0.88, type 0.96, quotes R 0.70 (7/10), speaker 0.71; the bugs it "
             "showed were fixed"),
            ("Sixty-sixth held-out set (Veterans Affairs: blog listings, a raw feed, a "
             "transcript)",
             HERE / "heldout-66", "gold written before the engine ran on it; first run: names "
             "P 0.83, R 0.91, type 0.85, quotes R 0.00 (0/1); the bugs it showed were "
             "fixed"),
            ("Sixty-seventh held-out set (Meduza's English war coverage: live blogs, an "
             "archive's copy, testimonies)",
             HERE / "heldout-67", "gold written before the engine ran on it; first run: names "
             "P 0.94, R 0.94, type 0.90, quotes R 0.50 (3/6), speaker 0.33; the bugs it "
             "showed were fixed"),
            ("Sixty-eighth held-out set (the Houses of the Oireachtas: written answers, "
             "Leaders' Questions, Questions as KildareStreet copies them)",
             HERE / "heldout-68", "gold written before the engine ran on it; first run: names "
             "P 0.71, R 0.39, type 0.80, no quotes; the bugs it showed were fixed"),
            ("Sixty-ninth held-out set (the Department of Agriculture: search results, "
             "reprints, a forum's reposts, a blog page)",
             HERE / "heldout-69", "gold written before the engine ran on it; first run: names "
             "P 0.84, R 0.93, type 0.98, quotes R 1.00 (7/7), speaker 0.57; the bugs it "
             "showed were fixed"),
            ("Seventieth held-out set (Wikinews on sport: a match report, a ban, an "
             "interview's profile, questions and answers)",
             HERE / "heldout-70", "gold written before the engine ran on it; first run: names "
             "P 0.83, R 0.96, type 0.90, quotes R 1.00 (6/6), speaker 0.67; the bugs it "
             "showed were fixed"),
            ("Seventy-first held-out set (the President of Ukraine's site: news listings, a "
             "post in two languages; small)",
             HERE / "heldout-71", "gold written before the engine ran on it; first run: names "
             "P 0.71, R 0.73, type 0.96, no quotes; the bugs it showed were fixed"),
            ("Seventy-second held-out set (VOA's Zimbabwe service: an author page of leads, a "
             "release, headlines, a video page)",
             HERE / "heldout-72", "gold written before the engine ran on it; first run: names "
             "P 0.86, R 0.90, type 0.89, quotes R 1.00 (9/9), speaker 0.78; the bugs it "
             "showed were fixed"),
            ("Seventy-third held-out set (the Philippine government's news desk and news "
             "agency; small)",
             HERE / "heldout-73", "gold written before the engine ran on it; first run: names "
             "P 0.80, R 0.96, type 0.88, quotes R 0.86 (6/7), speaker 0.83; the bugs it "
             "showed were fixed"),
            ("Seventy-fourth held-out set (Council of the EU press releases as their PDFs' "
             "text; small)",
             HERE / "heldout-74", "gold written before the engine ran on it; first run: names "
             "P 0.53, R 0.69, type 0.94, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Seventy-fifth held-out set (Global Voices on the Caribbean: a raw feed, a "
             "round-up, a feed directory, an archive page)",
             HERE / "heldout-75", "gold written before the engine ran on it; first run: names "
             "P 0.69, R 0.87, type 0.85, quotes R 0.69 (9/13), speaker 0.56; the bugs it "
             "showed were fixed"),
            ("Seventy-sixth held-out set (the IRS: statements archives, a reposted release, a "
             "1989 release)",
             HERE / "heldout-76", "gold written before the engine ran on it; first run: names "
             "P 0.92, R 0.96, type 0.82, quotes R 1.00 (6/6), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Seventy-seventh held-out set (the FTC: blog posts, a reposted release, a feed's "
             "releases, a PDF report's text)",
             HERE / "heldout-77", "gold written before the engine ran on it; first run: names "
             "P 0.85, R 0.97, type 0.88, quotes R 0.86 (6/7), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Seventy-eighth held-out set (the DEA and the Justice Department: a release, an "
             "old page with its navigation, a reposted release, a fact sheet's broken lines)",
             HERE / "heldout-78", "gold written before the engine ran on it; first run: names "
             "P 0.74, R 0.90, type 1.00, quotes R 1.00 (3/3), speaker 0.67; the bugs it "
             "showed were fixed"),
            ("Seventy-ninth held-out set (the Air Force: a wing's feature, reposted stories "
             "with broken lines, a release, a commentary)",
             HERE / "heldout-79", "gold written before the engine ran on it; first run: names "
             "P 0.89, R 0.91, type 0.84, quotes R 1.00 (20/20), speaker 0.70; the bugs it "
             "showed were fixed"),
            ("Eightieth held-out set (the Northern Ireland Executive: a wrapped reposted "
             "release, a digest's headlines, a reposted speech)",
             HERE / "heldout-80", "gold written before the engine ran on it; first run: names "
             "P 0.97, R 1.00, type 0.94, quotes R 0.94 (15/16), speaker 0.20; the bugs it "
             "showed were fixed"),
            ("Eighty-first held-out set (the FAA: a statements page, a press archive page)",
             HERE / "heldout-81", "gold written before the engine ran on it; first run: names "
             "P 0.75, R 0.88, type 0.80, quotes R 1.00 (3/3), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Eighty-second held-out set (ICE: releases on fugitives removed to Mexico)",
             HERE / "heldout-82", "gold written before the engine ran on it; first run: names "
             "P 0.93, R 0.95, type 0.94, quotes R 1.00 (8/8), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Eighty-third held-out set (the Education Department: press lists, a "
             "newsletter, a forum's reposts)",
             HERE / "heldout-83", "gold written before the engine ran on it; first run: names "
             "P 0.68, R 0.83, type 0.88, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Eighty-fourth held-out set (the SBA: releases with address blocks)",
             HERE / "heldout-84", "gold written before the engine ran on it; first run: names "
             "P 0.70, R 0.65, type 0.93, quotes R 1.00 (6/6), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Eighty-fifth held-out set (the Forest Service: fire closures in reposts, an "
             "email)",
             HERE / "heldout-85", "gold written before the engine ran on it; first run: names "
             "P 0.66, R 0.87, type 0.52, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Eighty-sixth held-out set (the BLS: an employment release as a PDF's "
             "transcription and as a forum quotes it)",
             HERE / "heldout-86", "gold written before the engine ran on it; first run: names "
             "P 0.33, R 0.60, type 1.00, no quotes; the bugs it showed were fixed"),
            ("Eighty-seventh held-out set (Common Dreams: political news with embedded "
             "tweets)",
             HERE / "heldout-87", "gold written before the engine ran on it; first run: names "
             "P 0.62, R 0.82, type 0.96, quotes R 0.79 (15/19), speaker 0.73; the bugs it "
             "showed were fixed"),
            ("Eighty-eighth held-out set (the Executive Yuan: Taiwan's Cabinet in its English "
             "news)",
             HERE / "heldout-88", "gold written before the engine ran on it; first run: names "
             "P 0.55, R 0.86, type 0.83, quotes R 1.00 (1/1), speaker 0.00; the bugs it showed "
             "were fixed"),
            ("Eighty-ninth held-out set (the U.S. federal judiciary: news listings and the "
             "Judicial Conference's members)",
             HERE / "heldout-89", "gold written before the engine ran on it; first run: names "
             "P 0.66, R 0.42, type 0.88, no quotes; the bugs it showed were fixed"),
            ("Ninetieth held-out set (U.S. Navy photo captions: ratings, ships, units)",
             HERE / "heldout-90", "gold written before the engine ran on it; first run: names "
             "P 0.77, R 0.96, type 0.95, no quotes; the bugs it showed were fixed"),
            ("Ninety-first held-out set (the TSA: release listings and reposted releases)",
             HERE / "heldout-91", "gold written before the engine ran on it; first run: names "
             "P 0.88, R 0.90, type 0.97, quotes R 1.00 (7/7), speaker 1.00; the bugs it showed "
             "were fixed"),
            ("Ninety-second held-out set (U.S. embassies: remarks, a release, Independence Day "
             "messages)",
             HERE / "heldout-92", "gold written before the engine ran on it; first run: names "
             "P 0.83, R 0.89, type 0.85, no quotes; the bugs it showed were fixed"),
            ("Ninety-third held-out set (NIST: Tech Beat issues, a release, a lab's news)",
             HERE / "heldout-93", "gold written before the engine ran on it; first run: names "
             "P 0.85, R 0.90, type 0.84, quotes R 0.89 (8/9), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Ninety-fourth held-out set (the Federal Election Commission: meetings and "
             "advisory opinions)",
             HERE / "heldout-94", "gold written before the engine ran on it; first run: names "
             "P 0.86, R 0.78, type 0.98, no quotes; the bugs it showed were fixed"),
            ("Ninety-fifth held-out set (the U.S. Mint and the Treasury: coins, medals, an "
             "advisory committee)",
             HERE / "heldout-95", "gold written before the engine ran on it; first run: names "
             "P 0.43, R 0.60, type 0.70; no quotes in the gold, one passage suggested; the "
             "bugs it showed were fixed"),
            ("Ninety-sixth held-out set (HUD: statements, messages, a speech, releases)",
             HERE / "heldout-96", "gold written before the engine ran on it; first run: names "
             "P 0.83, R 0.93, type 0.94, quotes P 0.36, R 1.00 (5/5), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Ninety-seventh held-out set (the Army Corps of Engineers: news listings)",
             HERE / "heldout-97", "gold written before the engine ran on it; first run: names "
             "P 0.81, R 0.85, type 0.73, quotes R 1.00 (2/2), speaker 1.00; the bugs it showed "
             "were fixed"),
            ("Ninety-eighth held-out set (NOAA Fisheries: field diaries and survey blogs)",
             HERE / "heldout-98", "gold written before the engine ran on it; first run: names "
             "P 0.70, R 0.83, type 0.74, no quotes; the bugs it showed were fixed"),
            ("Ninety-ninth held-out set (the FBI and the Justice Department: stories, a "
             "newsletter, a blog, a release)",
             HERE / "heldout-99", "gold written before the engine ran on it; first run: names "
             "P 0.80, R 0.80, type 0.98, quotes R 1.00 (11/11), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundredth held-out set (the Federal Highway Administration: releases and pages)",
             HERE / "heldout-100", "gold written before the engine ran on it; first run: names "
             "P 0.87, R 0.89, type 0.85, quotes R 1.00 (2/2), speaker 1.00; the bugs it showed "
             "were fixed"),
            ("Hundred-and-first held-out set (the National Endowment for the Humanities: a "
             "grant list, releases, a bulletin)",
             HERE / "heldout-101", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.84, type 0.86, quotes R 1.00 (6/6), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-second held-out set (the Consumer Product Safety Commission's "
             "recalls)",
             HERE / "heldout-102", "gold written before the engine ran on it; first run: "
             "names P 0.52, R 0.73, type 0.88, quotes R 1.00 (2/2), speaker 1.00, two passages "
             "too many; the bugs it showed were fixed"),
            ("Hundred-and-third held-out set (the National Weather Service on tornadoes)",
             HERE / "heldout-103", "gold written before the engine ran on it; first run: "
             "names P 0.72, R 0.72, type 0.71, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-fourth held-out set (the Peace Corps: releases and remarks)",
             HERE / "heldout-104", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.92, type 0.97, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-fifth held-out set (the Bureau of Land Management on wild horses)",
             HERE / "heldout-105", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.81, type 0.91, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-sixth held-out set (the Consumer Financial Protection Bureau's "
             "newsroom)",
             HERE / "heldout-106", "gold written before the engine ran on it; first run: "
             "names P 0.66, R 1.00, type 0.97, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-seventh held-out set (the National Guard: a feature, a story, a "
             "listing)",
             HERE / "heldout-107", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.92, type 0.98, quotes R 1.00 (5/5), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eighth held-out set (the Indian Health Service's updates for "
             "tribes)",
             HERE / "heldout-108", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.88, type 0.95, quotes R 1.00 (3/3), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-ninth held-out set (the State Department's travel advisories)",
             HERE / "heldout-109", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.93, type 0.96, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-tenth held-out set (the Agricultural Research Service's pages)",
             HERE / "heldout-110", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.72, type 0.95, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eleventh held-out set (the Patent and Trademark Office on the "
             "Inventors Hall of Fame)",
             HERE / "heldout-111", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.93, type 0.95, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-twelfth held-out set (members of Congress in their own press "
             "releases)",
             HERE / "heldout-112", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.91, type 0.96, quotes R 1.00 (15/15), speaker 0.87; the bugs "
             "it showed were fixed"),
            ("Hundred-and-thirteenth held-out set (the Korean presidency's English news)",
             HERE / "heldout-113", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.81, type 0.86, quotes R 0.89 (16/18), speaker 0.88; the bugs "
             "it showed were fixed"),
            ("Hundred-and-fourteenth held-out set (India's Press Information Bureau, "
             "reposted)",
             HERE / "heldout-114", "gold written before the engine ran on it; first run: "
             "names P 0.55, R 0.68, type 0.77, quotes R 1.00 (4/4), speaker 0.50; the bugs "
             "it showed were fixed"),
            ("Hundred-and-fifteenth held-out set (Homeland Security's news as others carry "
             "it)",
             HERE / "heldout-115", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.94, type 0.96, quotes R 1.00 (10/10), speaker 0.80; the bugs "
             "it showed were fixed"),
            ("Hundred-and-sixteenth held-out set (the Army on its Olympic soldier-athletes)",
             HERE / "heldout-116", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.90, type 0.89, quotes R 1.00 (13/13), speaker 0.92; the bugs "
             "it showed were fixed"),
            ("Hundred-and-seventeenth held-out set (Japan's government in English)",
             HERE / "heldout-117", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.95, type 0.97 (the whole names goal met), no quotes; the bugs "
             "it showed were fixed"),
            ("Hundred-and-eighteenth held-out set (the National Hurricane Center's bulletins)",
             HERE / "heldout-118", "gold written before the engine ran on it; first run: "
             "names P 0.49, R 0.67, type 0.85, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-nineteenth held-out set (Wikimedia's own news of its board "
             "elections)",
             HERE / "heldout-119", "gold written before the engine ran on it; first run: "
             "names P 0.67, R 0.51, type 0.83, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-twentieth held-out set (Voice of America on Africa)",
             HERE / "heldout-120", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.97, type 0.92 (the whole names goal met), quotes R 1.00 (6/6), "
             "speaker 0.67; the bugs it showed were fixed"),
            ("Hundred-and-twenty-first held-out set (NASA's Earth Observatory on glaciers)",
             HERE / "heldout-121", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 1.00, type 0.95 (the whole names goal met), quotes R 1.00 (2/2), "
             "speaker 1.00 (the quotes goal met); the bug it showed was fixed"),
            ("Hundred-and-twenty-second held-out set (the NIH in its own words)",
             HERE / "heldout-122", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.60, type 0.83, quotes R 0.67 (2/3), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-twenty-third held-out set (The Texas Tribune as republishers carry "
             "it)",
             HERE / "heldout-123", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.78, type 0.86, quotes R 1.00 (3/3), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-twenty-fourth held-out set (CalMatters as its republishers carry "
             "it)",
             HERE / "heldout-124", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.92, type 0.89, quotes R 1.00 (1/1), speaker 1.00 (the quotes "
             "goal met); the bugs it showed were fixed"),
            ("Hundred-and-twenty-fifth held-out set (Mississippi Today as its republishers "
             "carry it)",
             HERE / "heldout-125", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.83, type 1.00, quotes R 1.00 (6/6), speaker 0.67; the bugs it "
             "showed were fixed"),
            ("Hundred-and-twenty-sixth held-out set (Wisconsin's nonprofit newsrooms in a feed "
             "reader)",
             HERE / "heldout-126", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.93, type 0.82, quotes R 1.00 (5/5), speaker 0.80; the bugs it "
             "showed were fixed"),
            ("Hundred-and-twenty-seventh held-out set (the Government of Canada's Indigenous "
             "news as aggregators carry it)",
             HERE / "heldout-127", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.84, type 0.97, quotes R 1.00 (1/1), speaker 1.00 (the quotes "
             "goal met); the bugs it showed were fixed"),
            ("Hundred-and-twenty-eighth held-out set (Wisconsin's feed reader again: features, "
             "courts, immigration)",
             HERE / "heldout-128", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.97, type 0.87, quotes R 1.00 (5/5), speaker 1.00 (the quotes "
             "goal met); the bugs it showed were fixed"),
            ("Hundred-and-twenty-ninth held-out set (Voice of America on African music)",
             HERE / "heldout-129", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.85, type 1.00, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-thirtieth held-out set (Korea.net on culture festivals)",
             HERE / "heldout-130", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 1.00, type 0.90, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-thirty-first held-out set (New Zealand Police news as a newswire "
             "reposts it)",
             HERE / "heldout-131", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.82, quotes R 1.00 (13/13), speaker 1.00 (the "
             "quotes goal met); the bugs it showed were fixed"),
            ("Hundred-and-thirty-second held-out set (Wikinews interviews' introductions as "
             "copying sites carry them)",
             HERE / "heldout-132", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.95, type 0.95 (the whole names goal met), no quotes"),
            ("Hundred-and-thirty-third held-out set (Grist on Hurricane Helene as its own "
             "site and the Rural News Network carry it)",
             HERE / "heldout-133", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.93, type 0.88, quotes R 1.00 (7/7), speaker 0.57; the bugs it "
             "showed were fixed"),
            ("Hundred-and-thirty-fourth held-out set (Montana Free Press as its own site, its "
             "newsletter and an aggregator carry it)",
             HERE / "heldout-134", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.91, type 0.82, quotes R 0.00 (0/2); the bugs it showed were "
             "fixed"),
            ("Hundred-and-thirty-fifth held-out set (Chalkbeat on its own newsroom)",
             HERE / "heldout-135", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.94, type 0.86, quotes R 1.00 (2/2), speaker 1.00 (the quotes "
             "goal met); the bugs it showed were fixed"),
            ("Hundred-and-thirty-sixth held-out set (The Hechinger Report as a Bluesky mirror, "
             "a feed reader and a Facebook mirror carry it)",
             HERE / "heldout-136", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.84, type 0.86, quotes R 1.00 (2/2), P 0.50, speaker 1.00; "
             "the bugs it showed were fixed"),
            ("Hundred-and-thirty-seventh held-out set (Creative Commons' own news, its site "
             "and a French autoblog mirror)",
             HERE / "heldout-137", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.83, type 0.95, quotes R 1.00 (3/3), speaker 0.67; the bugs it "
             "showed were fixed"),
            ("Hundred-and-thirty-eighth held-out set (Honolulu Civil Beat on the Maui County "
             "Council)",
             HERE / "heldout-138", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.91, type 0.80, quotes R 0.78 (7/9), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-thirty-ninth held-out set (US interagency wildfire situation reports "
             "as a centre's blog and a forum carry them)",
             HERE / "heldout-139", "gold written before the engine ran on it; first run: "
             "names P 0.75, R 0.87, type 0.78, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-fortieth held-out set (the European Southern Observatory's news)",
             HERE / "heldout-140", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.94, type 0.68, quotes R 1.00 (3/3), speaker 0.67; the bugs it "
             "showed were fixed"),
            ("Hundred-and-forty-first held-out set (the Bureau of Reclamation's news releases "
             "as its raw RSS feeds serve them)",
             HERE / "heldout-141", "gold written before the engine ran on it; first run: "
             "names P 0.74, R 0.92, type 0.91, quotes R 1.00 (4/4), speaker 1.00 (the quotes "
             "goal met); the bugs it showed were fixed"),
            ("Hundred-and-forty-second held-out set (Inside Climate News: a listing page, an "
             "archive page with its block names, a topic page, a partner's copy of its feed)",
             HERE / "heldout-142", "gold written before the engine ran on it; first run: "
             "names P 0.77, R 0.88, type 0.89, quotes R 1.00 (4/4) but precision 0.67, speaker "
             "0.50; the bugs it showed were fixed"),
            ("Hundred-and-forty-third held-out set (the EIA's Today in Energy: its site, a "
             "mirror, a feed widget)",
             HERE / "heldout-143", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.93, type 0.70, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-forty-fourth held-out set (the GAO: two WatchBlog posts, a blog "
             "topic page, a reports list)",
             HERE / "heldout-144", "gold written before the engine ran on it; first run: "
             "names P 0.64, R 0.94, type 0.91, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-forty-fifth held-out set (Rest of World: an investigation's "
             "opening, a reposted newsletter)",
             HERE / "heldout-145", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.96, type 0.96 (the names goal met), quotes R 0.00 (0/1); the "
             "bugs it showed were fixed"),
            ("Hundred-and-forty-sixth held-out set (CERN's press lists: updates, press "
             "releases)",
             HERE / "heldout-146", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.85, type 0.82, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-forty-seventh held-out set (NHTSA: a testimony and a keynote, as "
             "prepared for delivery)",
             HERE / "heldout-147", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.90, type 0.95, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-forty-eighth held-out set (Undark: a newsletter, a Bluesky mirror, "
             "an aggregator's listing)",
             HERE / "heldout-148", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.96, type 0.81, quotes R 0.00 (0/1); the bugs it showed were "
             "fixed"),
            ("Hundred-and-forty-ninth held-out set (the Queensland Government's ministerial "
             "media statements)",
             HERE / "heldout-149", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.88, type 0.93, quotes R 0.00 (0/2); the bugs it showed were "
             "fixed"),
            ("Hundred-and-fiftieth held-out set (Carbon Brief's Daily Briefing, a digest "
             "quoting other outlets)",
             HERE / "heldout-150", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.90, type 0.83, quotes R 0.59 (10/17), speaker 0.60; the bugs "
             "it showed were fixed"),
            ("Hundred-and-fifty-first held-out set (the Wikimedia movement's news: a Diff feed "
             "copy, a Diffquote column, the old blog's highlights)",
             HERE / "heldout-151", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.76, type 0.73, quotes R 0.00 (0/2); the bugs it showed were "
             "fixed"),
            ("Hundred-and-fifty-second held-out set (Space Force and Air Force releases as a "
             "space news site's tag pages repost them)",
             HERE / "heldout-152", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.81, type 0.95, quotes R 0.50 (2/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-fifty-third held-out set (US Marine Corps stories: marines.mil, a "
             "mirror, a forum, a copy with broken lines, a video's transcript)",
             HERE / "heldout-153", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.78, type 0.85, quotes R 1.00 (12/12), speaker 0.75; the bugs it "
             "showed were fixed"),
            ("Hundred-and-fifty-fourth held-out set (PLOS's blogs: interviews whose answers open "
             "with the speakers' initials, a mirror's copies, an announcement)",
             HERE / "heldout-154", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.89, type 0.85; no quotes; the bugs it showed were fixed"),
            ("Hundred-and-fifty-fifth held-out set (the Australian Prime Minister's media "
             "listings: transcripts with names and roles in capitals as speaker labels)",
             HERE / "heldout-155", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.93, type 0.87; no quotes; the bugs it showed were fixed"),
            ("Hundred-and-fifty-sixth held-out set (the Met Office: press releases, its news "
             "team's blog, a search snippet)",
             HERE / "heldout-156", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.91, type 0.94, quotes R 1.00 (4/4), speaker 0.50; the bugs it "
             "showed were fixed"),
            ("Hundred-and-fifty-seventh held-out set (the University of Cambridge's news as "
             "other sites carry it)",
             HERE / "heldout-157", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.89, type 0.86, quotes R 1.00 (11/11), speaker 0.73; the bugs "
             "it showed were fixed"),
            ("Hundred-and-fifty-eighth held-out set (the Electronic Frontier Foundation's "
             "news)",
             HERE / "heldout-158", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.89, type 0.96, quotes R 1.00 (4/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-fifty-ninth held-out set (the NSW Government's ministerial media "
             "releases)",
             HERE / "heldout-159", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.86, type 0.90, quotes R 1.00 (3/3), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-sixtieth held-out set (eLife's press listing)",
             HERE / "heldout-160", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.69, type 0.80, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-sixty-first held-out set (Waging Nonviolence as other sites carry "
             "it)",
             HERE / "heldout-161", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.86, type 0.75, quotes R 1.00 (6/6), speaker 0.50; the bugs it "
             "showed were fixed"),
            ("Hundred-and-sixty-second held-out set (the FDA's press announcements)",
             HERE / "heldout-162", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.96, type 0.76, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-sixty-third held-out set (the NRC's releases as a document wiki "
             "serves them)",
             HERE / "heldout-163", "gold written before the engine ran on it; first run: "
             "names P 0.53, R 0.86, type 0.88, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-sixty-fourth held-out set (the National Park Service's Morning "
             "Report)",
             HERE / "heldout-164", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.80, type 0.85, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-sixty-fifth held-out set (InciWeb's wildfire incident updates)",
             HERE / "heldout-165", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.85, type 0.61, quotes R 1.00 (1/1), speaker 0.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-sixty-sixth held-out set (ATF's releases, speeches and stories)",
             HERE / "heldout-166", "gold written before the engine ran on it; first run: "
             "names P 0.72, R 0.91, type 0.83, quotes R 1.00 (6/6), speaker 0.83; the bugs it "
             "showed were fixed"),
            ("Hundred-and-sixty-seventh held-out set (the Defense Department's news and blog "
             "listings)",
             HERE / "heldout-167", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.80, type 0.96, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-sixty-eighth held-out set (the EEOC's newsroom listing)",
             HERE / "heldout-168", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.93, type 1.00, quotes R 1.00 (2/2), speaker 0.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-sixty-ninth held-out set (AmeriCorps's releases on AmeriCorps Week)",
             HERE / "heldout-169", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.84, type 0.89, quotes R 1.00 (10/10), speaker 0.90; the bugs it "
             "showed were fixed"),
            ("Hundred-and-seventieth held-out set (the Millennium Challenge Corporation's "
             "releases)",
             HERE / "heldout-170", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.92, type 0.95, quotes R 1.00 (6/6), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-seventy-first held-out set (the NLRB's regional listings and stories, "
             "a GAO page)",
             HERE / "heldout-171", "gold written before the engine ran on it; first run: "
             "names P 0.65, R 0.71, type 0.75, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-seventy-second held-out set (the Tennessee Valley Authority's "
             "releases, newsroom, index and filing)",
             HERE / "heldout-172", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.94, type 0.92, quotes R 1.00 (2/2), speaker 0.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-seventy-third held-out set (the US Commission on Civil Rights: "
             "newsletter, statement, advisory, release, site)",
             HERE / "heldout-173", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.91, type 0.98, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-seventy-fourth held-out set (the Export-Import Bank's releases, 1999 "
             "to 2020)",
             HERE / "heldout-174", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.94, type 1.00, quotes R 1.00 (3/3), speaker 0.67; the bugs it "
             "showed were fixed"),
            ("Hundred-and-seventy-fifth held-out set (the Federal Railroad Administration's and "
             "the Transportation Department's listings and remarks)",
             HERE / "heldout-175", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.77, type 1.00, quotes R 1.00 (2/2), speaker 0.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-seventy-sixth held-out set (the FDIC's testimony, remarks and "
             "Federal Register texts)",
             HERE / "heldout-176", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.88, type 0.92, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-seventy-seventh held-out set (the Australian Bureau of Statistics' "
             "statements, newsletter and pages, CC BY)",
             HERE / "heldout-177", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.76, type 0.74, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-seventy-eighth held-out set (The United States Government Manual: a "
             "directory entry and three editions' front matter)",
             HERE / "heldout-178", "gold written before the engine ran on it; first run: "
             "names P 0.74, R 0.68, type 0.94, no quotes; the bugs it showed were fixed"),
            ("Hundred-and-seventy-ninth held-out set (Kansas Reflector's news and opinion, "
             "CC BY-NC-ND)",
             HERE / "heldout-179", "gold written before the engine ran on it; first run: "
             "names P 0.98, R 0.97, type 0.94, quotes R 0.93 (13/14), speaker 0.85; the bugs "
             "it showed were fixed"),
            ("Hundred-and-eightieth held-out set (ProPublica as copies keep it: two stories, a "
             "front page, a listing; CC BY-NC-ND)",
             HERE / "heldout-180", "gold written before the engine ran on it; first run: "
             "names P 0.75, R 0.82, type 0.95, quotes R 1.00 (5/5), speaker 0.80; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eighty-first held-out set (Alaska Beacon as its partners keep it: a "
             "commentary, a note, two pages of stories; CC BY-NC-ND)",
             HERE / "heldout-181", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.96, type 0.88, quotes R 0.80 (4/5), speaker 0.75; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eighty-second held-out set (the Voice of America on its programmes: two "
             "broadcasts' transcripts, two Inside VOA pages)",
             HERE / "heldout-182", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.86, type 0.98, quotes R 1.00 (3/3), speaker 0.67; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eighty-third held-out set (the UK government's press briefings and a "
             "press release, Open Government Licence)",
             HERE / "heldout-183", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.96, type 0.83, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eighty-fourth held-out set (openDemocracy on its Freedom of "
             "Information campaign, CC BY-NC)",
             HERE / "heldout-184", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.86, type 0.89, quotes R 0.50 (2/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eighty-fifth held-out set (GroundUp, South Africa: a republished "
             "story, two listing pages, a feed copy; CC BY-ND)",
             HERE / "heldout-185", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.79, type 0.95, quotes R 0.67 (2/3), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eighty-sixth held-out set (Futurity and The Conversation as listings "
             "copy their teasers; CC BY, CC BY-ND)",
             HERE / "heldout-186", "gold written before the engine ran on it; first run: "
             "names P 0.64, R 0.54, type 0.78, quotes R 1.00 (5/5), speaker 0.80; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eighty-seventh held-out set (Kentucky Lantern as a mirror copies it: "
             "a feed's story, two pages of a reporter's stories; CC BY-NC-ND)",
             HERE / "heldout-187", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.98, type 0.98, quotes R 1.00 (6/6), speaker 1.00; the names and "
             "quotes goals met"),
            ("Hundred-and-eighty-eighth held-out set (Tennessee Lookout: three columns, a "
             "newsletter, teasers as Patch lists them; CC BY-NC-ND)",
             HERE / "heldout-188", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.92, type 0.85, quotes R 0.75 (6/8), speaker 0.83; the bugs it "
             "showed were fixed"),
            ("Hundred-and-eighty-ninth held-out set (Nebraska Examiner as copies and its own "
             "pages carry it; CC BY-NC-ND)",
             HERE / "heldout-189", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.92, type 0.93, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-ninetieth held-out set (The Signpost, Wikipedia's community "
             "newspaper: three tables of contents and a traffic report; CC BY-SA)",
             HERE / "heldout-190", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.87, type 0.67, quotes R 0.00 (0/1); the bugs it showed were "
             "fixed"),
            ("Hundred-and-ninety-first held-out set (Source New Mexico as three sites copy it; "
             "CC BY-NC-ND)",
             HERE / "heldout-191", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.94, type 0.97, quotes R 0.81 (17/21), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Hundred-and-ninety-second held-out set (The 19th's topic and author pages, a "
             "story page's menu; CC BY-NC-ND)",
             HERE / "heldout-192", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.94, type 0.96, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-ninety-third held-out set (The Conversation Africa as a Nigerian "
             "newspaper's listing, a newswire and an aggregator carry it; CC BY-ND)",
             HERE / "heldout-193", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.85, type 0.88, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-ninety-fourth held-out set (Amnesty International's press-release "
             "listings; CC BY-NC-ND)",
             HERE / "heldout-194", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 1.00, type 0.95 (the names goal met), quotes R 1.00 (5/5), "
             "speaker 0.40; the bugs it showed were fixed"),
            ("Hundred-and-ninety-fifth held-out set (Africa Check's tag page, blog posts and a "
             "report's page; free to republish with credit)",
             HERE / "heldout-195", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.95, type 0.92, quotes R 0.78 (7/9), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-ninety-sixth held-out set (Minnesota Reformer's newsletter and "
             "listings; CC BY-NC-ND)",
             HERE / "heldout-196", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.98, type 0.91 (the names goal met), quotes R 1.00 (4/4), "
             "speaker 0.75; the bugs it showed were fixed"),
            ("Hundred-and-ninety-seventh held-out set (the Centers for Medicare & Medicaid "
             "Services' round-ups, a statement and a news alert; public domain)",
             HERE / "heldout-197", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.93, type 0.86, quotes R 1.00 (1/1), speaker 0.00; the bugs it "
             "showed were fixed"),
            ("Hundred-and-ninety-eighth held-out set (Ohio Capital Journal as its pages, a "
             "partner's author page and a Bluesky mirror carry it; CC BY-NC-ND)",
             HERE / "heldout-198", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.93, type 0.95, quotes R 1.00 (3/3), speaker 0.33; the bugs it "
             "showed were fixed"),
            ("Hundred-and-ninety-ninth held-out set (The Markup's newsletters as Revue and its "
             "archive keep them; CC BY-NC-ND)",
             HERE / "heldout-199", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.82, type 0.88, quotes R 0.00 (0/1); the bugs it showed were "
             "fixed"),
            ("Two-hundredth held-out set (Pressenza's bureau and topic pages and a repost of an "
             "editor's essay; CC BY 4.0)",
             HERE / "heldout-200", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.91, type 0.72, quotes R 0.67 (2/3), speaker 0.50; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-first held-out set (Global Voices: a Netizen Report and three "
             "archive pages; CC BY 3.0)",
             HERE / "heldout-201", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.80, type 0.94, quotes R 1.00 (8/8), speaker 0.88; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-second held-out set (Rising Voices' newsletters and toolkit page, "
             "and Global Voices' feed as a site copies it; CC BY 3.0)",
             HERE / "heldout-202", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.90, type 0.83, quotes R 0.00 (0/1); the bugs it showed were "
             "fixed"),
            ("Two-hundred-and-third held-out set (The Conversation Canada on itself: a launch "
             "essay, editors' notes, readers' letters as a repost keeps them; CC BY-ND)",
             HERE / "heldout-203", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.81, type 0.88, quotes R 0.50 (2/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-fourth held-out set (Global Voices' East Asia archive pages as a "
             "mirror copies them; CC BY 3.0)",
             HERE / "heldout-204", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.93, type 1.00, quotes R 0.94 (15/16), speaker 0.87; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-fifth held-out set (Global Voices' Latin America archive pages, "
             "on its site and as a mirror copies them; CC BY 3.0)",
             HERE / "heldout-205", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.91, type 0.85, quotes R 1.00 (10/10), speaker 0.90; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-sixth held-out set (Global Voices' Sub-Saharan Africa archive "
             "pages, on its site and as a mirror copies them; CC BY 3.0)",
             HERE / "heldout-206", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.86, type 0.94, quotes R 1.00 (5/5), speaker 0.80; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-seventh held-out set (Global Voices' West Asia and North Africa "
             "archive pages as a mirror copies them; CC BY 3.0)",
             HERE / "heldout-207", "gold written before the engine ran on it; first run: "
             "names P 0.72, R 0.87, type 0.89, quotes R 1.00 (5/5), speaker 0.40; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-eighth held-out set (RioOnWatch's monthly digests on Rio de "
             "Janeiro's favelas as the mail service's web copies keep them; CC BY-NC-SA)",
             HERE / "heldout-208", "gold written before the engine ran on it; first run: "
             "names P 0.76, R 0.91, type 0.84, quotes R 0.50 (1/2), speaker 0.00; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-ninth held-out set (Congressional Research Service reports as two "
             "library catalogues list them; public domain)",
             HERE / "heldout-209", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.75, type 0.96 (no quotes); the bugs it showed were fixed"),
            ("Two-hundred-and-tenth held-out set (the European Central Bank's press-conference "
             "statements, speeches and a meeting's account, on its site and two mirrors; "
             "reproduction permitted with the source acknowledged)",
             HERE / "heldout-210", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.88, type 0.95; no quotes, one passage suggested as one; the "
             "bugs it showed were fixed"),
            ("Two-hundred-and-eleventh held-out set (the Finnish Government's English pages: "
             "its feed, a press release, front-page listings; CC BY 4.0)",
             HERE / "heldout-211", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.85, type 0.98 (no quotes); the bugs it showed were fixed"),
            ("Two-hundred-and-twelfth held-out set (Global Voices' Caribbean archive and "
             "roundup pages; CC BY 3.0)",
             HERE / "heldout-212", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.90, type 0.85, quotes R 0.82 (18/22), speaker 0.89; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-thirteenth held-out set (the Open Knowledge Foundation's blog, "
             "report and statement, and two posts an aggregator quotes; CC BY 4.0)",
             HERE / "heldout-213", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.91, type 0.78, quotes R 1.00 (2/2), P 0.67, speaker 0.00; the "
             "bugs it showed were fixed"),
            ("Two-hundred-and-fourteenth held-out set (Global Voices' Central Asia & Caucasus "
             "archive pages, on its site and as a mirror copies them; CC BY 3.0)",
             HERE / "heldout-214", "gold written before the engine ran on it; first run: "
             "names P 0.75, R 0.79, type 0.91, quotes R 0.60 (6/10), speaker 0.83; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-fifteenth held-out set (Scottish and Welsh Government news as "
             "two sites republish it, the Welsh Government's blog, a mirror's copy; OGL v3.0)",
             HERE / "heldout-215", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.85, type 0.90, quotes R 0.89 (8/9), speaker 0.88; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-sixteenth held-out set (Global Voices' South Asia archive pages, "
             "on its site and as a mirror copies them; CC BY 3.0)",
             HERE / "heldout-216", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.91, type 0.88, quotes R 0.88 (7/8), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-seventeenth held-out set (Global Voices' Oceania archive pages; "
             "CC BY 3.0)",
             HERE / "heldout-217", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.92, type 0.91, quotes R 1.00 (5/5), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-eighteenth held-out set (Global Voices' Eastern & Central Europe "
             "archive pages, on its site and as a mirror copies them; CC BY 3.0)",
             HERE / "heldout-218", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.95, type 0.84, quotes R 0.82 (9/11), speaker 0.67; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-nineteenth held-out set (NSF's NOIRLab: an announcements "
             "newsletter, a notice, a newswire's listing; CC BY 4.0)",
             HERE / "heldout-219", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.87, type 0.91, no quotes; the bugs it showed were fixed"),
            ("Two-hundred-and-twentieth held-out set (the National Solar Observatory's releases "
             "as a newswire and a space-news site carry them; CC BY 4.0; small)",
             HERE / "heldout-220", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.93, type 0.92, quotes R 0.83 (5/6), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-twenty-first held-out set (Democracy Now! segments as a station's "
             "aggregator and a news reader copy them; CC BY-NC-ND 3.0 US)",
             HERE / "heldout-221", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.92, type 0.98, quotes R 0.75 (3/4), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-twenty-second held-out set (Global Voices' Western Europe archive "
             "pages; CC BY 3.0)",
             HERE / "heldout-222", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.84, type 0.90, quotes R 0.88 (7/8), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-twenty-third held-out set (Arizona Mirror's listing pages; "
             "CC BY-NC-ND 4.0)",
             HERE / "heldout-223", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.95, type 0.95, quotes R 0.64 (9/14), speaker 0.89; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-twenty-fourth held-out set (Louisiana Illuminator as it and "
             "others keep it; CC BY-NC-ND 4.0)",
             HERE / "heldout-224", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.97, type 0.90, quotes R 1.00 (7/7), speaker 0.86; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-twenty-fifth held-out set (Florida Phoenix's listing pages; "
             "CC BY-NC-ND 4.0)",
             HERE / "heldout-225", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.81, type 0.97, no quotes; the bugs it showed were fixed"),
            ("Two-hundred-and-twenty-sixth held-out set (Global Voices' North America archive "
             "pages; CC BY 3.0)",
             HERE / "heldout-226", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.85, type 0.86, quotes R 0.86 (6/7), speaker 0.83; the bugs "
             "it showed were partly fixed"),
            ("Two-hundred-and-twenty-seventh held-out set (Virginia Mercury's listing pages and "
             "a republished story; CC BY-NC-ND 4.0)",
             HERE / "heldout-227", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 1.00, type 0.94, quotes R 1.00 (11/11), speaker 0.91; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-twenty-eighth held-out set (the Indiana Capital Chronicle as "
             "three other sites republish it; CC BY-NC-ND 4.0)",
             HERE / "heldout-228", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 1.00, type 1.00, quotes R 0.89 (8/9), speaker 0.88; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-twenty-ninth held-out set (Colorado Newsline's commentary "
             "listing and feed items; CC BY-NC-ND 4.0)",
             HERE / "heldout-229", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.90, type 0.92, quotes R 1.00 (2/2), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-thirtieth held-out set (Global Voices' environment and daily "
             "archives and an Oceania roundup page; CC BY 3.0)",
             HERE / "heldout-230", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.91, type 0.93, quotes R 0.33 (2/6), speaker 1.00; the bugs "
             "it showed were fixed but for block quotes after an introduction with no speech "
             "verb"),
            ("Two-hundred-and-thirty-first held-out set (The Conversation as two blogs "
             "republish it; CC BY-ND 4.0)",
             HERE / "heldout-231", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.90, type 0.92, no quotes; the bugs it showed were fixed but "
             "for a credit's glued label and domains in lower case"),
            ("Two-hundred-and-thirty-second held-out set (State Department readouts and press "
             "remarks as five sites carry them; public domain)",
             HERE / "heldout-232", "gold written before the engine ran on it; first run: "
             "names P 0.98, R 0.98, type 0.93, no quotes; the bugs it showed were fixed"),
            ("Two-hundred-and-thirty-third held-out set (Stateline's state-news roundups by its "
             "staff; "
             "CC BY-NC-ND 4.0)",
             HERE / "heldout-233", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.89, type 1.00, no quotes (on this text alone: a second "
             "text the fifty-first set already held was taken out); the bugs it showed "
             "were partly fixed"),
            ("Two-hundred-and-thirty-fourth held-out set (Georgia Recorder's section listing "
             "and a county paper's tag page of its stories; CC BY-NC-ND 4.0)",
             HERE / "heldout-234", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.79, type 1.00, quotes R 1.00 (1/1), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-thirty-fifth held-out set (the Pennsylvania Capital-Star as two "
             "other sites republish it; CC BY-NC-ND 4.0)",
             HERE / "heldout-235", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.97, type 1.00, quotes R 1.00 (5/5), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-thirty-sixth held-out set (Michigan Advance's Wisconsin tag "
             "page; CC BY-NC-ND 4.0)",
             HERE / "heldout-236", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 1.00, type 0.89, quotes R 1.00 (1/1), speaker 1.00; the bugs "
             "it showed were partly fixed"),
            ("Two-hundred-and-thirty-seventh held-out set (New Jersey Monitor's front page as "
             "an archive keeps it; CC BY-NC-ND 4.0)",
             HERE / "heldout-237", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.89, type 0.94, quotes R 0.00 (0/1); the bugs it showed were "
             "partly fixed"),
            ("Two-hundred-and-thirty-eighth held-out set (Wikinews on its site and as two "
             "sites copy it; CC BY 2.5 and 4.0)",
             HERE / "heldout-238", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.97, type 0.91, quotes R 0.33 (1/3), speaker 0.00; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-thirty-ninth held-out set (Democracy Now!'s daily headlines; "
             "CC BY-NC-ND 3.0 US)",
             HERE / "heldout-239", "gold written before the engine ran on it; first run: "
             "names P 0.98, R 0.93, type 0.90, quotes R 0.88 (7/8), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-fortieth held-out set (the Missouri Independent, whole and as a "
             "radio station republishes it; CC BY-NC-ND 4.0)",
             HERE / "heldout-240", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.84, type 1.00, quotes R 0.60 (3/5), speaker 1.00; the bugs "
             "it showed were partly fixed"),
            ("Two-hundred-and-forty-first held-out set (the Iowa Capital Dispatch on its site "
             "and as two sites republish it; CC BY-NC-ND 4.0)",
             HERE / "heldout-241", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.87, type 0.96, quotes R 1.00 (2/2), speaker 1.00; the bugs "
             "it showed were fixed but for a story's title written unmarked in a sentence"),
            ("Two-hundred-and-forty-second held-out set (The Conversation's listings, front "
             "page and a page of its headlines in title case; CC BY-ND 4.0)",
             HERE / "heldout-242", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.76, type 0.87, no quotes; the bugs it showed were partly "
             "fixed"),
            ("Two-hundred-and-forty-third held-out set (the Government of Canada's news "
             "listings; Open Government Licence – Canada)",
             HERE / "heldout-243", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.90, type 0.95, quotes R 1.00 (2/2), speaker 1.00; the bugs "
             "it showed were fixed but for a minister's portfolio listed with commas"),
            ("Two-hundred-and-forty-fourth held-out set (The Rapidian, Grand Rapids citizen "
             "journalism; Creative Commons)",
             HERE / "heldout-244", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.79, type 0.90, quotes R 1.00 (4/4), speaker 0.25; the bugs it "
             "showed were partly fixed"),
            ("Two-hundred-and-forty-fifth held-out set (NC Newsline and the Oregon Capital "
             "Chronicle, States Newsroom; CC BY-NC-ND 4.0)",
             HERE / "heldout-245", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.93, type 0.92, quotes R 0.50 (1/2), speaker 0.00; the bugs it "
             "showed were fixed but for a law's name that takes its noun in lower case"),
            ("Two-hundred-and-forty-sixth held-out set (CalMatters on its own site: a blog "
             "post and daily newsletters; CC BY-ND 4.0)",
             HERE / "heldout-246", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.77, type 0.97, quotes R 0.67 (4/6), speaker 0.75; the bugs it "
             "showed were fixed but for a section's title on its own line and a sponsor "
             "typed a person"),
            ("Two-hundred-and-forty-seventh held-out set (the Senate of the Philippines' press "
             "releases and a press forum's transcript; government works)",
             HERE / "heldout-247", "gold written before the engine ran on it; first run: "
             "names P 0.75, R 0.79, type 0.93, quotes R 1.00 (11/11), speaker 1.00; the bugs "
             "it showed were fixed but for a forum and a court the engine cannot type"),
            ("Two-hundred-and-forty-eighth held-out set (ProPublica through an aggregator, "
             "the Wisconsin Examiner in a feed reader; CC BY-NC-ND)",
             HERE / "heldout-248", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.91, type 0.87, quotes R 0.89 (8/9), speaker 0.75; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-forty-ninth held-out set (the Premier of Victoria's releases in "
             "a raw feed, a federal doorstop; CC BY 4.0)",
             HERE / "heldout-249", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.76, type 0.93, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed but for an office named by its title alone"),
            ("Two-hundred-and-fiftieth held-out set (Democracy Now!'s own pages and a feed "
             "reader's copies, new pages; CC BY-NC-ND 3.0 US)",
             HERE / "heldout-250", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.90, type 0.93, quotes R 0.79 (11/14), speaker 0.73; the bugs it "
             "showed were fixed but for a headline's words in marks read as a title"),
            ("Two-hundred-and-fifty-first held-out set (Mongabay's topic pages and an "
             "aggregator's copies; CC BY-ND 4.0)",
             HERE / "heldout-251", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.88, type 0.96, no quotes (one term in marks suggested); the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-fifty-second held-out set (The Conversation's US and UK "
             "editions as a columnists' aggregator lists them; CC BY-ND 4.0)",
             HERE / "heldout-252", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.93, type 0.81, no quotes; the bugs it showed were fixed but for "
             "a city and an exam typed bodies"),
            ("Two-hundred-and-fifty-third held-out set (Wikinews: a day's category page, a "
             "mirrored story; an audio brief taken out as a repeat; CC BY 2.5)",
             HERE / "heldout-253", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.93, type 0.95, quotes R 1.00 (4/4), speaker 0.75; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-fifty-fourth held-out set (South Dakota Searchlight and Utah "
             "News Dispatch: listings, a reporter's portfolio, a radio station's page; CC "
             "BY-NC-ND 4.0)",
             HERE / "heldout-254", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.92, type 0.90, quotes R 0.75 (6/8), speaker 1.00; the bugs it "
             "showed were fixed but for two quotes"),
            ("Two-hundred-and-fifty-fifth held-out set (Floodlight's impact page, feed and "
             "social page, CC BY-NC-ND 4.0; the Our Towns Civic Foundation's listings and an "
             "essay, CC BY-ND 4.0)",
             HERE / "heldout-255", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.83, type 0.94, quotes R 1.00 (2/2), P 0.67, speaker 1.00; the bugs "
             "it showed were fixed but for a name that opens with 'For a', a name only in a "
             "headline and a headline in marks"),
            ("Two-hundred-and-fifty-sixth held-out set (the U.S. House: the Majority Leader's "
             "weekly committee notes, the Oversight Committee's releases; public domain)",
             HERE / "heldout-256", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.88, type 0.98, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed but for a bill's name with 'from', a quoted title's year, a "
             "committee's name before its chair's title and quoted hearing titles in straight "
             "marks"),
            ("Two-hundred-and-fifty-seventh held-out set (the North Dakota Monitor on a "
             "station's tag listing, the Nevada Current on an aggregator; CC BY-NC-ND 4.0)",
             HERE / "heldout-257", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.92, quotes R 1.00 (2/2), speaker 1.00; the bugs it "
             "showed were fixed but for a programme's letters typed a body"),
            ("Two-hundred-and-fifty-eighth held-out set (Montana Free Press: a 2021 story and "
             "three MT Lowdown newsletters; CC BY-NC-ND 3.0 US)",
             HERE / "heldout-258", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.96, type 0.95, quotes R 0.75 (6/8), speaker 0.67; the bugs it "
             "showed were fixed but for awards named in title case inside sentences and a "
             "speaker described as 'the Missoula Democrat'"),
            ("Two-hundred-and-fifty-ninth held-out set (Maryland Matters in a feed reader, the "
             "Idaho Capital Sun and South Dakota Searchlight on a social mirror; CC BY-NC-ND "
             "4.0)",
             HERE / "heldout-259", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.88, type 0.94, no quotes (one term in marks suggested); the bugs "
             "it showed were fixed but for an office by its title, 'Register of Wills', and a "
             "name cut at its possessive"),
            ("Two-hundred-and-sixtieth held-out set (Wikipedia's In the news archive for "
             "February 2009 as a mirror copies it; CC BY-SA 4.0)",
             HERE / "heldout-260", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.94, type 0.78, no quotes; the bugs it showed were fixed but "
             "for satellites, snakes and medicines typed as bodies and a singer read as a place"),
            ("Two-hundred-and-sixty-first held-out set (the New Hampshire Bulletin's own "
             "listing pages; CC BY-NC-ND 4.0)",
             HERE / "heldout-261", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.90, type 0.97, quotes R 1.00 (1/1), speaker 1.00 (three "
             "phrases in marks suggested); the bugs it showed were fixed but for a term after "
             "'a' given to the outlet that published a story about it"),
            ("Two-hundred-and-sixty-second held-out set (Wikipedia's In the news candidates "
             "for April 2009 and March 2010 as mirrors copy them; CC BY-SA 4.0)",
             HERE / "heldout-262", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.93, type 0.96, no quotes; the bugs it showed were fixed but "
             "for a prime minister whose names the tables lack"),
            ("Two-hundred-and-sixty-third held-out set (the Arkansas Advocate on a local "
             "paper, a news feed and its own tag page; CC BY-NC-ND 4.0)",
             HERE / "heldout-263", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.87, type 1.00, quotes R 0.67 (2/3), speaker 0.50; the bugs "
             "it showed were fixed but for a speaker of the house by his surname alone"),
            ("Two-hundred-and-sixty-fourth held-out set (the Alabama Reflector as two other "
             "sites carry it; CC BY-NC-ND 4.0)",
             HERE / "heldout-264", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.93, type 1.00, quotes R 1.00 (4/4), speaker 0.75; the bugs "
             "it showed were fixed but for a chamber's label on a line of its own"),
            ("Two-hundred-and-sixty-fifth held-out set (the U.S. Department of Agriculture: an "
             "advisory with a table of counties, a forum's listing, a blog category)",
             HERE / "heldout-265", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.88, type 0.97, quotes R 0.67 (2/3), speaker 1.00; the bugs "
             "it showed were fixed but for counties in a table's spaced columns, a task force "
             "named with a slash and a quotation opened and never closed"),
            ("Two-hundred-and-sixty-sixth held-out set (the Treasury and the Comptroller of "
             "the Currency as a markets site reposts their releases)",
             HERE / "heldout-266", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.91, type 0.90, quotes R 1.00 (2/2), speaker 1.00; the bugs "
             "it showed were fixed but for kinds of legal action joined by 'and'"),
            ("Two-hundred-and-sixty-seventh held-out set (Plus61J Media, an Australian Jewish "
             "outlet, on two of its own pages; CC BY-NC-ND)",
             HERE / "heldout-267", "gold written before the engine ran on it; first run: "
             "names P 0.71, R 0.77, type 0.88, quotes R 0.67 (2/3), speaker 0.50; the bugs "
             "it showed were fixed but for titles in sentence case, names with 'to' or 'from "
             "the' inside and a writer's name in capitals ending in a title"),
            ("Two-hundred-and-sixty-eighth held-out set (Montana Free Press's Capitolized "
             "newsletter as its site keeps it; CC BY-NC-ND 3.0 US)",
             HERE / "heldout-268", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 1.00, quotes R 1.00 (2/2), speaker 0.50 (a rule's "
             "words whose source the sentence before names)"),
            ("Two-hundred-and-sixty-ninth held-out set (Oklahoma Voice on an aggregator's "
             "hashtag page and a local paper's raw feed; CC BY-NC-ND 4.0)",
             HERE / "heldout-269", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.95, type 1.00, quotes R 1.00 (3/3), speaker 0.67; the bug "
             "it showed was fixed but for 'it' of a measure no name holds"),
            ("Two-hundred-and-seventieth held-out set (the Washington State Standard as a social "
             "mirror copies its page; CC BY-NC-ND 4.0)",
             HERE / "heldout-270", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.84, quotes R 1.00 (4/4), speaker 0.25 (three terms in "
             "marks suggested; two were the governor's words, and the gold was corrected); the "
             "bugs it showed were fixed but for words a source gave, after 'got information "
             "from'"),
            ("Two-hundred-and-seventy-first held-out set (the Maine Morning Star on the "
             "network's site and a news site's copy; CC BY-NC-ND 4.0)",
             HERE / "heldout-271", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.87, quotes R 1.00 (4/4), speaker 0.50; the bugs "
             "it showed were fixed but for a people's name no table holds, a writer's own "
             "question and 'he' of a man described, not named"),
            ("Two-hundred-and-seventy-second held-out set (the Daily Montanan as a feed reader "
             "lists it; small; CC BY-NC-ND 4.0)",
             HERE / "heldout-272", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.94, quotes R 0.33 (1/3), speaker 0.00; the bugs "
             "it showed were fixed but for a source described, not named, and a cut "
             "quotation given to the man named before it"),
            ("Two-hundred-and-seventy-third held-out set (Wikipedia's In the news candidates "
             "for June 2010 and October 2009 as two proxy mirrors copy them; CC BY-SA 4.0)",
             HERE / "heldout-273", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.90, type 0.97, quotes R 0.75 (3/4), speaker 0.33; the bugs "
             "it showed were fixed but for a phrase in straight marks, a sentence-initial "
             "'Army', a site in brackets and a quotation no one is named for"),
            ("Two-hundred-and-seventy-fourth held-out set (the Rhode Island Current, a States "
             "Newsroom outlet, as a social mirror and a news app copy it; CC BY-NC-ND 4.0)",
             HERE / "heldout-274", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.89, type 0.88, no quotes; the bugs it showed were fixed "
             "but for a programme a state's name opens"),
            ("Two-hundred-and-seventy-fifth held-out set (West Virginia Watch, a States Newsroom "
             "outlet, in its editor's two letters, as a news app and its own site carry them; CC "
             "BY-NC-ND 4.0)",
             HERE / "heldout-275", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 1.00, type 0.92; no quotes, one passage suggested as one; the "
             "bugs it showed were fixed"),
            ("Two-hundred-and-seventy-sixth held-out set (the SC Daily Gazette, a States Newsroom "
             "outlet, as a social mirror and a news app's feed list it; CC BY-NC-ND 4.0)",
             HERE / "heldout-276", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 1.00, type 0.75, quotes R 0.00 (0/1)"),
            ("Two-hundred-and-seventy-seventh held-out set (the Wisconsin Examiner's statehouse "
             "stories, rich in quotations, as a feed reader shows them; CC BY-NC-ND 4.0)",
             HERE / "heldout-277", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.92, type 1.00, quotes R 1.00 (12/12), speaker 1.00; the bugs "
             "it showed were fixed"),
            ("Two-hundred-and-seventy-eighth held-out set (The Conversation's monthly columns on "
             "what its articles changed, dense with academics named by their universities; CC "
             "BY-ND 4.0)",
             HERE / "heldout-278", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.89, type 0.93, quotes R 0.50 (1/2), speaker 1.00"),
            ("Two-hundred-and-seventy-ninth held-out set (the Kansas Reflector's roundups and a "
             "story rich in quotations, on its own site, a news site and the state press "
             "association's; CC BY-NC-ND 4.0)",
             HERE / "heldout-279", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.92, type 0.97, quotes R 0.88 (7/8), speaker 1.00; the bugs it "
             "showed were fixed but for a nested passage in single marks and a headline's "
             "words no one is named for"),
            ("Two-hundred-and-eightieth held-out set (the Department of the Interior: two weekly "
             "video transcripts and a news site's copy of a release; public domain)",
             HERE / "heldout-280", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.85, type 0.94, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed but for a show's title on a line of its own and a name inside "
             "a title-case subhead"),
            ("Two-hundred-and-eighty-first held-out set (the Department of Energy's ICYMI "
             "roundups, on its own site and as a blog copies one; public domain)",
             HERE / "heldout-281", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.91, type 0.95, quotes R 1.00 (4/4), speaker 1.00"),
            ("Two-hundred-and-eighty-second held-out set (the Department of Transportation: "
             "remarks transcribed, a listing of releases, a newswire's copy; public domain)",
             HERE / "heldout-282", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.98, type 0.89, no quotes; the bugs it showed were fixed"),
            ("Two-hundred-and-eighty-third held-out set (UK government press releases as a "
             "politics site and an aggregator copy them; Open Government Licence v3.0)",
             HERE / "heldout-283", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.76, type 1.00; no gold quotes, two suggested; the bugs it "
             "showed were fixed but for five police forces listed before one 'Police'"),
            ("Two-hundred-and-eighty-fourth held-out set (the Michigan Advance's own listing "
             "pages, 2019 to 2021; CC BY-NC-ND 4.0)",
             HERE / "heldout-284", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.98, type 0.94, quotes R 0.57 (4/7), speaker 0.50; the bugs it "
             "showed were fixed but for a bill's words and a headline's word no one is named "
             "for"),
            ("Two-hundred-and-eighty-fifth held-out set (States Newsroom outlets' stories as a "
             "news app lists them under 'Related'; CC BY-NC-ND 4.0)",
             HERE / "heldout-285", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.92, type 0.89, quotes R 0.71 (5/7), speaker 1.00; the bugs it "
             "showed were fixed but for names needing other forms joined ('Michigan GOP', 'US "
             "News') and quotations after a credit's dash or a clause"),
            ("Two-hundred-and-eighty-sixth held-out set (NOAA: a copied hurricane outlook release, "
             "a report page, a newswire's reproduced release; public domain)",
             HERE / "heldout-286", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.83, quotes R 1.00 (5/5), speaker 1.00; not "
             "fixed: a programme named like a place ('the Digital Coast'), a system listed "
             "after a place, a stock-photo service typed a product"),
            ("Two-hundred-and-eighty-seventh held-out set (Stateline's own pages of 2023: staff "
             "roundups, a day's roundup with its sources' addresses, a category page; CC BY-NC-ND "
             "4.0)",
             HERE / "heldout-287", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.84, type 0.97, quotes R 1.00 (2/2), speaker 1.00; the bugs "
             "it showed were fixed but for a newsroom by its possessive opening a sentence, "
             "and 'Medicaid' opening one"),
            ("Two-hundred-and-eighty-eighth held-out set (ProPublica as two health-industry "
             "sites copy it, and its health-care topic page; CC BY-NC-ND 3.0)",
             HERE / "heldout-288", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.70, type 1.00, quotes R 0.92 (12/13), speaker 0.67; the bugs it"
             " showed were fixed but for firms, a court, a committee and tribes its title-case "
             "headlines alone name ('Philips Agrees …', 'Cigna Threatened …'), and a "
             "regulator's term in marks"),
            ("Two-hundred-and-eighty-ninth held-out set (Opensource.com's e-books as document "
             "sites extract them: an interview book hard-wrapped, an author page run into one "
             "line; CC BY-SA 4.0)",
             HERE / "heldout-289", "gold written before the engine ran on it; first run: "
             "names P 0.68, R 0.72, type 0.69, quotes R 1.00 (1/1), speaker 1.00; the bugs it "
             "showed were fixed but for a firm whose name opens with a given name ('Red Hat') "
             "typed a person, software by one word ('Kubernetes') a body"),
            ("Two-hundred-and-ninetieth held-out set (City Desk ABQ, an Albuquerque newsroom, "
             "on four of its listing pages; free to republish under a Creative Commons license)",
             HERE / "heldout-290", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.91, type 0.73, quotes R 0.67 (2/3), speaker 1.00; the bugs it "
             "showed were fixed but for the city's name folded into its government's formal "
             "name ('City of Albuquerque'), a firm typed a person ('Ezee Fiber'), a place's "
             "name in marks typed a work, and a quotation in a teaser"),
            ("Two-hundred-and-ninety-first held-out set (the Voice of America and the "
             "Broadcasting Board of Governors: a director's statement, highlights of VOA's "
             "services, an award's page; public domain)",
             HERE / "heldout-291", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.95, type 0.92, quotes R 1.00 (7/7), speaker 1.00; the bugs it "
             "showed were fixed but for two languages after a broadcaster's letters ('VOA Dari "
             "and Pashto'), a programme apposed before its name ('VOA’s satirical program to "
             "Iran, Parazit,') and its co-creator typed a work"),
            ("Two-hundred-and-ninety-second held-out set (Mongabay-India on two of its print "
             "pages: an editor's note and a response, a story's opening and caption; CC BY-ND "
             "4.0)",
             HERE / "heldout-292", "gold written before the engine ran on it; first run: "
             "names P 0.77, R 0.89, type 0.71, no quotes; the bugs it showed were fixed but for"
             " the global outlet's name alone beside its Indian edition's, and a photographer's"
             " given name misspelt in one of two captions ('Maxi Martin', 'Max Martin')"),
            ("Two-hundred-and-ninety-third held-out set (Australia's Foreign Minister in three "
             "transcripts her department publishes; CC BY 4.0)",
             HERE / "heldout-293", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.91, type 0.95, no quotes; the bugs it showed were fixed but for"
             " a treaty by its letters ('UNCLOS') typed a body, and a programme named as a "
             "partnership typed a body"),
            ("Two-hundred-and-ninety-fourth held-out set (the Department of Health and Human "
             "Services: a release on a speech, two statements and a remarks excerpt, on its "
             "site and as other sites copy them; public domain)",
             HERE / "heldout-294", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.96, type 0.87, quotes R 0.88 (7/8), speaker 0.86; the bugs it "
             "showed were fixed but for enrolment periods typed bodies (gold corrected after "
             "the first run: the remarks' block paragraphs are quotes)"),
            ("Two-hundred-and-ninety-fifth held-out set (KFF Health News as Public News Service"
             " republishes two of its stories; CC BY-NC-ND 4.0)",
             HERE / "heldout-295", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.84, type 1.00, quotes R 1.00 (4/4), speaker 1.00; the bugs it "
             "showed were fixed"),
            ("Two-hundred-and-ninety-sixth held-out set (the Office of the US Trade "
             "Representative: a briefing's transcript and a fact sheet; public domain)",
             HERE / "heldout-296", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.96, type 1.00, no quotes; the bugs it showed were fixed but for"
             " a facility named with a firm's hyphenated letters inside a longer programme's "
             "name ('The GM-Silao Manufacturing Facility Course of Remediation')"),
            ("Two-hundred-and-ninety-seventh held-out set (the Secret Service: its own release,"
             " hard-wrapped, and its Wikipedia article's lead and infobox as the mobile site "
             "copies them; public domain and CC BY-SA 4.0)",
             HERE / "heldout-297", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.83, type 1.00, no quotes; the bugs it showed were fixed but for"
             " the country in a .gov page's banner ('the United States government') and a label"
             " run into a value in lower case ('Parent agencyU.S. Department …')"),
            ("Two-hundred-and-ninety-eighth held-out set (open licensing in the news: a "
             "Wikinews article of 2005 and Creative Commons' guide for journalists; CC BY 2.5 "
             "and CC BY 4.0)",
             HERE / "heldout-298", "gold written before the engine ran on it; first run: "
             "names P 0.71, R 0.80, type 0.75, no quotes; a credit's two authors and the body "
             "they wrote for one name ('… by Zac Crellin and Jennryn Wetzler for Creative "
             "Commons') was fixed; left: a sentence's first word of a name dropped ('Open "
             "Newswire and Creative Commons partnered'), the guide's title cut to 'Guide', "
             "'Wikinewsies' a body, 'Media Party' a party"),
            ("Two-hundred-and-ninety-ninth held-out set (the Federal Reserve Board's releases "
             "and copies of statements on its chairs; public domain)",
             HERE / "heldout-299", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.92, type 1.00, quotes R 0.60 (3/5), speaker 0.67; a statement's "
             "paragraphs run into one line, each opening its mark again, taken for one quote, "
             "and its speaker taken from a lead-in the copy broke in two ('… Hoyer (MD) "
             "released the following statement …' then 'and nominate Dr. Lael Brainard to "
             "serve as Vice Chair:'); a role glued to a body ('Chairman of the Committee on "
             "the Global Financial System'); 'Basel II' cut before its numeral; 'Davis Polk & "
             "Wardwell' cut at its ampersand: all fixed; left: 'the Fed', 'the Federal "
             "Reserve Board' and 'Georgetown' not joined to their full names"),
            ("Three-hundredth held-out set (Australia's Minister for Health: transcripts, his "
             "page and the media centre's list; CC BY 4.0)",
             HERE / "heldout-300", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.89, type 0.94, no quotes; portfolios in a speaker's label in "
             "capitals taken for names ('MINISTER FOR HEALTH AND AGEING, …'), a member's "
             "label with 'MP' after the name missed ('MEMBER FOR MAKIN, TONY ZAPPIA MP:'), "
             "an electorate kept with the 'and' after it ('the Member for Newland and "
             "Rhiannon Pearce'), a senator's name after her portfolio missed, a surname not "
             "joined where the label also writes the name in capitals, a station's "
             "breakfast show typed an event: all fixed; gold corrected after the first run "
             "('Medicare' only inside the clinics' programme name made optional); left: two "
             "seats as one ('Member for Port Adelaide and Hindmarsh'), 'Voice to Parliament' "
             "cut at 'to', headlines run into the summary before them ('… "
             "InitiativeImproving Better Access …'), a show run into its subjects ('ABC RN "
             "Breakfast on Better Access'), 'Four Corners' a place"),
            ("Three-hundred-and-first held-out set (the Bhekisisa Centre for Health "
             "Journalism's lists of features and its editor's letter; CC BY-SA 4.0)",
             HERE / "heldout-301", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.95, type 0.76, quotes R 0.89 (8/9), speaker 0.38; a list's "
             "headlines opening with words in single marks given to the person of the item "
             "above (or no one) rather than the one the summary under them names; the "
             "site's name typed a person ('Bhekisisa', a given name too) and its copyright "
             "line's holder dropped; 'KZN' not joined to 'KwaZulu-Natal': all fixed; left: "
             "'Groote Schuur' a person, 'Somalis' a body, 'British American Tobacco' and "
             "'Bosasa' missed, hashtags' names typed bodies"),
            ("Three-hundred-and-second held-out set (the Social Security Administration's "
             "releases on its yearly lists and as a release service copies them; public domain)",
             HERE / "heldout-302", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.92, type 0.83, quotes R 0.88 (14/16), speaker 0.93; a "
             "statement's headline 'Statement of Carolyn W. Colvin, …' taken as a work and its "
             "quote given to no one, the quote's later paragraphs (their opening marks lost in "
             "the copy) missed; 'Open Letter to the Public' split into a person and an "
             "organisation; benefit programmes ('Supplemental Security Income') and 'City of "
             "Baltimore' typed organisations: all fixed but 'City of Baltimore' (the gold now "
             "allows the city's government, as the other sets do); left: 'iClaim', an online "
             "form, typed a company by its inner capital"),
            ("Three-hundred-and-third held-out set (the Federal Trade Commission's releases as "
             "a feed reader and an aggregator copy them, and a page of its legal library; "
             "public domain)",
             HERE / "heldout-303", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.95, type 0.89, quotes R 1.00 (1/1), speaker 1.00; a report's "
             "title without marks cut at its colon and commas ('Marketing Food to Children and "
             "Adolescents:  A Review of Industry Expenditures, Activities, and Self-"
             "Regulation'), a paper's short form before its colon ('Data Brokers') not joined to"
             " its title in marks, 'Tronox Limited' and 'Cristal' (a given name, after "
             "'competitor') typed people, 'Consumer Sentinel' a person, 'FTC File' from a file "
             "number, a run-together 'TheFTC', a blog post's title in sentence case and "
             "'Complaint Assistant' missed; all fixed but the "
             "last two; left: those two, and 'Legal Library', the site's section, typed a body"),
            ("Three-hundred-and-fourth held-out set (the U.S. Geological Survey's news: a "
             "Volcano Watch article, a raw RSS feed, releases as a state survey's site "
             "aggregates them, lists of releases; public domain)",
             HERE / "heldout-304", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.85, type 0.81, quotes R 1.00 (4/4), speaker 1.00; Hawaiian "
             "names with the ʻokina written as a left single mark cut at it ('Ka‘ū Desert' to "
             "'Ka'), volcanoes, trails, faults and a station's district by Hawaiian names typed"
             " people or bodies ('Kīlauea Volcano', 'Maunaiki', 'Koa‘e', 'Kohala'), the feed's "
             "author field run into the next item's title ('U.S. Geological Survey Volcano "
             "Watch'), 'FluEgg' cut at its inner capitals, 'Chesapeake Bay' split in a headline"
             " in sentence case, two bodies after 'The' joined at 'and', 'Journal of Great "
             "Lakes Research' and a newsletter typed bodies, 'Arctic National Wildlife Refuge' "
             "and 'Locks and Dam 14' typed bodies, '1002 Area' cut before its number, 'Native "
             "Americans', 'NOAA', 'Quad Cities' and 'Pendleton' in headlines missed; fixed "
             "but the feed's run-ons, '1002 Area', the headlines' names and 'Kohala' (the "
             "gold now lets the journal be its publisher, as the other sets do); left: those, "
             "and 'Kīlauea' typed an event before 'summit'"),
            ("Three-hundred-and-fifth held-out set (U.S. Customs and Border Protection's "
             "releases on its site, as a wire and a blog copy them, and its newsletter for "
             "Congress; public domain)",
             HERE / "heldout-305", "gold written before the engine ran on it; first run: "
             "names P 0.98, R 0.86, type 0.93, quotes R 1.00 (9/9), speaker 0.56; 'Francis "
             "Brown' after 'said' missed twice (and so his four quotes given to no one), a "
             "bridge written two ways not joined ('Lincoln Juarez Bridge', 'Juarez Lincoln "
             "Bridge'), two agencies joined by a hyphen missed ('U.S. Immigration and Customs "
             "Enforcement-Homeland Security Investigations'), 'CBP', 'Congress' and 'Air and "
             "Marine Operations' in the newsletter missed, vehicles by make and model typed a "
             "body and a person ('Nissan Tsuru III', 'Ford C2'), the newsletter typed a body; "
             "all fixed (after the run the gold drops 'CBP' from the newsletter's story, "
             "which names it only inside the newsletter's name); left: a signer's post typed a "
             "body, the banner's 'HTTPS' a body"),
            ("Three-hundred-and-sixth held-out set (Mississippi Today on its site and as an "
             "aggregator, an events site and a feed archive copy it; CC BY-ND 4.0)",
             HERE / "heldout-306", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.91, type 0.98, quotes R 1.00 (6/6), speaker 0.83; a judge's "
             "name run into her court's before it ('Chief Judge of the Northern District of "
             "Mississippi Sharion Aycock'), 'Mississippi NAACP' cut to 'NAACP', 'JSU' not "
             "joined to 'Jackson State', a constitution by its year ('Mississippi’s 1890 "
             "Constitution') cut to 'Constitution', a licence by its full name missed, a "
             "lawmaker's town after 'D-' missed when it has a stop ('D-Bay St. Louis'), 'God' a"
             " place after 'the grace of', a database in capitals typed a body, a speaker after"
             " 'stood up, faced the room and said' taken to be 'the room and', a law's words in"
             " marks taken for a quote; all fixed "
             "(after the run the gold makes 'God' optional, as the other sets do); left: the "
             "streets listed under one plural ('South Walnut and Central Streets'), optional"),
            ("Three-hundred-and-seventh held-out set (the Institute of Museum and Library "
             "Services: its newsletter in a web archive, its Government Manual entry, releases "
             "and an annual report as a document site extracts it; public domain)",
             HERE / "heldout-307", "gold written before the engine ran on it; first run: "
             "names P 0.74, R 0.82, type 0.85, quotes R 1.00 (2/2), speaker 1.00; the agency's "
             "own name cut at its 'and' ('Institute of Museum' and 'Library Services'), and so "
             "a medal's ('National Medals for Museum and Library Service'); a directory's "
             "titles glued to names missed where the title is in capitals, the given name is "
             "rare, the name has three words or the line goes on after it ('DIRECTORCrosby "
             "Kemper', 'ServicesCyndee Landrum', 'ManagementConnie Cox Bodner', 'OperatingChris"
             " Catignani, Acting'); a portrait's alt text glued to the next sentence "
             "('RadiceLast week'); 'Congress for FY 2019' kept whole; a programme named with "
             "'to' cut ('Grants to State Library Administrative Agencies'); newsletters and a "
             "blog typed people or bodies ('Primary Source', 'UpNext'); streets with their "
             "quadrant typed bodies ('M Street NW'); 'Holocaust' a body; fixed "
             "but the programme named with 'to', the newsletter's name in the archive's menu "
             "and 'Holocaust'; left: those, 'Lincoln Trail' not joined to its system's full "
             "name, 'the United States government' missed"),
            ("Three-hundred-and-eighth held-out set (SciDev.Net's articles under its "
             "republishing guidelines; CC BY)",
             HERE / "heldout-308", "gold written before the engine ran on it; first run: "
             "names P 0.64, R 0.81, type 0.96, quotes R 0.00 (0/1), speaker n/a; the site's "
             "name 'SciDev.Net' cut to 'SciDev' in its republishing guidelines (five times), "
             "'Press Ctrl-C' typed a person, a project's name with 'to' cut ('Access to "
             "Scientific Knowledge in Africa (ASKIA)'), a school named for two places cut at "
             "its 'and' ('Brighton and Sussex Medical School'), a region typed a body after "
             "'the semi-desert region of' ('Karoo'), a phrase in straight marks after 'taking "
             "health-related biotechnologies' missed as the article's words; all fixed "
             "but the last; left: that phrase, the quote of the set (whether it is anyone's "
             "words is arguable: a framework's motto the article puts in marks)"),
            ("Three-hundred-and-ninth held-out set (newsrooms opening their work to reuse: "
             "Creative Commons' wiki, TechSoup, openDemocracy and The Rapidian, each under its "
             "own open licence)",
             HERE / "heldout-309", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.87, type 0.90, no quotes; a licence by its full name in lower "
             "case at its end missed ('… No Derivative Works license'), a person after her "
             "misspelt post ('Citizen Journalism Coordinater Denise Cheng') kept whole, a photo"
             " credit after a slash missed ('/A. Diaz Herroro'), 'Propublica' typed a place "
             "('the … site' read as a region), a city's people typed a body ('Grand Rapidians')"
             "; the first and fourth fixed; left: the misspelt post (a rule for posts by their "
             "suffix made other sets worse and was dropped), the credit after a slash, 'Grand "
             "Rapidians'"),
            ("Three-hundred-and-tenth held-out set (the Idaho Capital Sun (States Newsroom) as "
             "a feed archive, an aggregator, its own site, a sister newsroom and a copy of a "
             "copy show it; CC BY-NC-ND 4.0)",
             HERE / "heldout-310", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.85, type 0.91, quotes R 1.00 (2/2), speaker 0.50; a Python list"
             " of authors from the feed archive split at its quote marks ('Renk', 'Malloy' for "
             "'Becca Renk', 'Chuck Malloy'; 'Inline' from a class name), a shop after the city "
             "it is in kept whole ('Boise Eyemart Express'), 'Boise Foothills' typed a body, "
             "'Idaho Kids Covered' a person, 'Excel' a place, a hashtag typed a body "
             "('#TheSunrise'), an award list run into one line glued a newsletter's name to the"
             " next winner ('The Sunrise Christina Lords'), 'Best of 2024 Awards' cut, 'Boise "
             "Centre' a body, 'Asian American and Pacific Islander' missed, a source label "
             "'Yahoo' on its own line missed, a constitution's words given to the movement "
             "named in the sentence before; fixed: the list of authors (a name after an "
             "opening straight mark was cut), the award list, 'Boise Foothills', 'Boise "
             "Centre', 'Idaho Kids Covered', the constitution's words; left: 'Boise Eyemart "
             "Express', 'Excel', the hashtag, 'Best of 2024 Awards', 'Asian American and "
             "Pacific Islander', 'Yahoo'"),
            ("Three-hundred-and-eleventh held-out set (the U.S. Chemical Safety and Hazard "
             "Investigation Board: releases, a media advisory, its media-resources page and an "
             "email as a newsletter archive copies it; public domain)",
             HERE / "heldout-311", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.91, type 0.91, quotes R 1.00 (5/5), speaker 1.00; 'AB Specialty"
             " Silicones' cut after 'AB' (as 'Specialty', 'Specialty Silicones'), a title in a "
             "run-on email's headline kept ('Leadership Members'), a post's two fields after an"
             " en dash kept as bodies ('Executive Director – Investigations and "
             "Recommendations'), a title glued to its holder ('CSB Interim Executive Steve "
             "Owens'), 'Board Member Ehrlich and Engler' cut wrong and op-eds' surnames after a"
             " paper's name missed ('Houston Chronicle: Sutherland: …'), 'Evergreen Packaging' "
             "and 'BP-Husky Refinery' typed people, 'Chemtool' a place, 'ATF' after 'DOJ/' a "
             "place, the agency's name in straight marks typed a work, a quote's bullets taken "
             "as quotes of their own (my gold's mistake: corrected); fixed all but the "
             "headline's words and the op-eds' authors; left: 'Leadership Members', 'Board "
             "Member Ehrlich and Engler' in a title-case line, 'Houston Chronicle: Sutherland:"
             " …'"),
            ("Three-hundred-and-twelfth held-out set (the Federal Communications Commission: "
             "statements as its document server gives them, a blog post, a public notice and "
             "two pages in a web archive; public domain)",
             HERE / "heldout-312", "gold written before the engine ran on it; first run: "
             "names P 0.56, R 0.56, type 0.86, no quotes; the set is hard: a statement's header"
             " in capitals glued a memo's 'Re' to the chairwoman's name ('JESSICA ROSENWORCEL "
             "Re'), a proceeding's title in gerunds cut ('Securing the Open Internet'), "
             "dockets' letters taken as names ('WC', 'GN'), orders' kinds in a list ('Report', "
             "'Reconsideration'), 'Title II of the Communications Act' kept whole, companies "
             "run on into what they were fined for ('Cumulus Licensing LLC for Violation of the"
             " Equal Employment Opportunity Rules'), 'Fox Television Stations, Inc.' typed a "
             "place, 'from Target to Wal-Mart' read as places, a byline's second name missed "
             "('… and Kevin Almasy'), a directory's name 'Will Wiquist' missed and its posts "
             "taken as people ('Press Secretary', 'Public Inquiries'), a public notice's "
             "heading in capitals cut into words ('PUBLIC', 'NOTICE', 'AND', 'SALES'), its "
             "agency and auctions missed, an archive's headlines' names missed ('Copps and "
             "Adelstein Statement', 'Media Bureau Commences …', call signs 'KWGL(FM)'); "
             "fixed: 'Re', the dockets' letters, the byline, the firms' names and types, "
             "'Target' and 'Wal-Mart'; left: the rest, most of it a public notice whose "
             "heading and paragraphs run into one line in capitals and an archive of "
             "headlines in title case"),
            ("Three-hundred-and-thirteenth held-out set (the United States Capitol Police: news"
             " releases in 2016 and 2024, its media centre in 2021, its Wikipedia infobox as a "
             "mirror copies it; public domain and CC BY-SA)",
             HERE / "heldout-313", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.79, type 1.00, quotes R 1.00 (3/3), speaker 0.67; parts of the "
             "Capitol run on into it ('Rotunda of the U.S. Capitol', 'Senate East Front of the "
             "U.S. Capitol', typed a body), so the building's name was missed in a sentence; "
             "'the U.S.Capitol' with its space lost gave 'U.S.'; a motto in straight marks lost"
             " its 'A' and was typed a body; infobox labels glued to their values kept "
             "('Headquarters119 D Street'), a unit's name cut ('Materials Response Team'); "
             "'Congress' after 'a Joint Session of' missed; 'Wikipedia' alone on a mirror's "
             "line, 'United States Code' before its title's number missed; a statement's words "
             "in a mark never closed given to no one; fixed the Capitol's parts and the "
             "infobox's label; left: the rest"),
            ("Three-hundred-and-fourteenth held-out set (Ireland's Department of Public "
             "Expenditure, NDP Delivery and Reform: a gov.ie press release, written answers as "
             "KildareStreet.com republishes them, a TD's copy of one; CC BY 4.0)",
             HERE / "heldout-314", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.78, type 0.90, quotes R 1.00 (3/3), speaker 1.00; names with "
             "years cut at their numbers ('Statement of Strategy 2023-2025', 'Project Ireland "
             "2040', 'National Development Plan 2021 – 2030'), a report's title-case name with "
             "'On' and 'To' cut into pieces, 'Right to Disconnect Policy for the Civil Service'"
             " cut after 'Right' and kept on through 'for the Civil Service', goals in a list "
             "after a colon taken as bodies ('Governance', 'Delivering'), 'Jack Chambers' typed"
             " a body ('Chambers' heads chambers of commerce), 'Programme for Government' a "
             "body, 'NDP' a body, a member's name after a photo's alt text glued to it missed "
             "where it is Irish ('Photo of Seán Ó FearghaílSeán Ó Fearghaíl (Kildare South, "
             "…)'), 'gov.ie' in prose and 'Oireachtas' in a link's label missed; fixed: the "
             "plans with years, 'Jack Chambers', 'Programme for Government', 'Delivering', "
             "the member with an Irish name; left: the report's title with 'On' and 'To', "
             "'Right to Disconnect Policy', 'Governance', 'NDP' alone typed a body, 'gov.ie', "
             "'Oireachtas'"),
            ("Three-hundred-and-fifteenth held-out set (U.S. Citizenship and Immigration "
             "Services as others copy it: an email-to-blog mirror, a news site, an attorney's "
             "social-media page, a law firm's blog; public domain)",
             HERE / "heldout-315", "gold written before the engine ran on it; first run: "
             "names P 0.98, R 0.98, type 0.89, quotes R 1.00 (4/4), speaker 1.00; precision and"
             " recall met the goal on first contact, type just short: 'Oath of Allegiance' and "
             "a lesson plan ('Establishing Independence') typed bodies, 'Americans' typed a "
             "place after '4,000 new' (read as a distance and a direction), 'Seattle Center' a "
             "body, 'Visa Bulletin' a body ('Bulletin' heads newsletters); 'Esq' after a comma "
             "taken as a body; 'Facebook(/uscis)' glued to its handle missed; fixed all but "
             "'Seattle Center', 'Visa Bulletin' and 'Facebook(/uscis)'"),
            ("Three-hundred-and-sixteenth held-out set (the Justice Department's Inspector "
             "General's testimonies on its office's site and the Bureau of Prisons' Wikipedia "
             "infobox as a mirror copies it; public domain and CC BY-SA)",
             HERE / "heldout-316", "gold written before the engine ran on it; first run: "
             "names P 0.71, R 0.85, type 0.95, quotes R 1.00 (1/1), speaker 0.00; a statement's"
             " title kept its person inside ('Statement of Michael E. Horowitz' typed a body), "
             "so he was missed; a report's title in marks with its letters in brackets cut at "
             "'(BOP)' ('Evaluation of Issues Surrounding Inmate Deaths', 'Institutions'); a "
             "hearing's title in title case taken as a body ('Examining and Preventing Deaths "
             "of Incarcerated Individuals'), another cut into words ('Access', 'Information "
             "Needed', 'Conduct Proper Oversight'); a committee's name run on from its chamber "
             "('U.S. House of Representatives Committee on the Judiciary'), a subcommittee's "
             "fields cut at their commas ('Justice', 'Science and Related Agencies'); an "
             "infobox's labels glued to values ('co-Chief of Staff' gave 'Staff', 'Parent "
             "agency' 'Parent'), a file name's 'Prisons' typed a person; a partial quote given "
             "to 'the first time' ('the Comptroller General for the first time added …'); "
             "fixed: the statement's speaker, the report's title; left: the hearings' titles, "
             "the committees' names run on or cut, the infobox's labels, the quote's speaker "
             "(dropping 'for the first time' before the verb lost the quote)"),
            ("Three-hundred-and-seventeenth held-out set (the European External Action Service:"
             " its old feed's statements and others' copies of its remarks and a release; reuse"
             " authorised)",
             HERE / "heldout-317", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.90, type 0.97, no quotes; 'EU' kept apart from 'European Union'"
             " where the letters come first or without brackets, 'Assembly of the "
             "Representatives of the People' cut ('People'), a transcriber's words in square "
             "brackets taken as a body ('Minister [for Foreign Affairs of Ukraine] Dmytro "
             "Kuleba'), a date's 'Mon.' a place, posts run on into bodies ('Delegations of the "
             "European Union', 'Unit for Western Africa', 'Team leader', 'Head of the EU "
             "Delegation' gave 'Delegation'), places by their part of a continent missed in a "
             "post's name ('Western Africa', 'Eastern and Central Africa'), 'Putin' alone typed"
             " a body, a community listed after a place typed a place ('Botswana and the "
             "Southern African Development Community (SADC)'), the site's title 'European Union"
             " External Action' and 'EEAS' in a category's label missed; fixed: 'EU', the "
             "transcriber's brackets, the units' regions, the community's and the continent's "
             "types; left: 'People', 'Mon.', the posts run on, 'Putin' alone, the site's "
             "title, 'EEAS'"),
            ("Three-hundred-and-eighteenth held-out set (the European Environment Agency: news "
             "teasers, its media page, two annual reports' front matter as document sites "
             "extract them; re-use authorised)",
             HERE / "heldout-318", "gold written before the engine ran on it; first run: "
             "names P 0.73, R 0.80, type 0.94; no gold quotes, 1 suggested; press contacts run "
             "into their posts ('Antti Kaartinen Press officer' gave 'Antti Kaartinen Press'; "
             "'Katja Rosenbohm Head of Communications' missed), an address run together "
             "('European Environment Agency Kongens Nytorv', 'Copenhagen K Denmark' typed a "
             "person), 'Environmental statement' cut to 'Environmental', 'Belgian Presidency of"
             " the European Union Council' cut, a printer's name with a non-breaking hyphen "
             "typed a person, a paper's name after 'Paper' typed a person, 'REG.NO.' taken as a"
             " name, a competition's name in single marks typed a body, a phrase in single "
             "marks taken as a quote ('drivers of change'); fixed: the contacts but one, the "
             "address; left: 'Katja Rosenbohm Head of Communications', the presidency's and "
             "the printer's names, 'REG.NO.', the competition's type, the phrase in marks"),
            ("Three-hundred-and-nineteenth held-out set (Britain's Health and Safety Executive:"
             " four releases from its press site and one as an aggregator copies it; Open "
             "Government Licence)",
             HERE / "heldout-319", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.90, type 0.97, quotes R 1.00 (6/6), speaker 1.00; the "
             "inspector's words over four paragraphs all found and given to him; companies with"
             " a place in brackets before 'Limited' cut ('William Thompson (York) Limited' gave"
             " 'Limited', 'Surface Technik (Old Hill) Limited' gave 'Old Hill' typed a person "
             "and 'Limited'), 'Open Farm Sunday' cut to 'Open Farm' typed a person where a "
             "sentence begins with it, 'Access to Farms' cut to 'Access' where the story writes"
             " 'Access To Farms' too, 'the Health and Safety at Work etc. Act 1974' cut at "
             "'etc.', 'Picquets Way' typed a person, an address without its comma run together "
             "('Newton Street Manchester'); fixed all but the address and 'Access'"),
            ("Three-hundred-and-twentieth held-out set (the Mine Safety and Health "
             "Administration: releases on the Labor Department's newsroom, a column and an "
             "archived speech; public domain)",
             HERE / "heldout-320", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.96, type 0.92, no quotes; the whole names goal met on first "
             "contact: a programme named with small words cut ('Rules to Live by'), the "
             "column's heading kept ('Assistant Secretary's Desk'), 'Puerto Rico' inside a "
             "company's name only ('CEMEX de Puerto Rico' typed a person by its particle), a "
             "state glued to the next word typed a body ('West Virginiathe'), 'Quecreek Mine' "
             "typed a person, an institute's annual meeting typed a body; fixed the company "
             "and the mine's type ('Quecreek' alone is now kept apart from 'Quecreek Mine'); "
             "left: the programme, the heading, the glued state, the meeting's type"),
            ("Three-hundred-and-twenty-first held-out set (the Federal Maritime Commission: its"
             " statements' archive, its old newsroom, a release and a testimony; public domain)",
             HERE / "heldout-321", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.88, type 0.95, quotes R 1.00 (3/3), speaker 1.00; every quote "
             "and speaker right; a site's banner glued to its next word ('US Flag iconThis'), a"
             " petition's title kept ('PMSA/WSC Petition for Review'), two documents joined by "
             "'and' taken as a body ('Environmental Assessment and Finding of No Significant "
             "Impact'), a listing's 'Article(s) Found' giving 'Found', a commissioner's name in"
             " a statement's title missed ('Statement of Commissioner Carl Bentzel Concerning "
             "…'), 'Congress' after 'Testifies to' and 'Before' in title-case headlines missed,"
             " an award and a week in headlines missed ('Earth Day Award', 'Mediation Week'), "
             "an expo typed a body, a subcommittee's name cut ('Maritime Transportation'), a "
             "pool agreement's letters kept apart from it; none fixed this stop (a try at "
             "the commissioner inside a title-case line changed nothing and was dropped)"),
            ("Three-hundred-and-twenty-second held-out set (the Pipeline and Hazardous "
             "Materials Safety Administration: a keynote, the secretary's town hall remarks and"
             " an archived testimony; public domain)",
             HERE / "heldout-322", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.84, type 0.96, no quotes; an act named with commas and its "
             "letters in brackets before 'Act' cut into pieces ('Pipeline Inspection, "
             "Protection, Enforcement and Safety (PIPES) Act'), a testimony's heading in "
             "capitals missed (the committee, subcommittee and chamber), a dateline's misspelt "
             "city missed ('Washinngton, DC'), 'Town Hall' run into the agency's name, "
             "'Colonial Pipeline' typed a place and kept apart from 'Colonial'; fixed the "
             "act; left: the rest (the stop's last set)"),
            ("Three-hundred-and-twenty-third held-out set (the National Credit Union "
             "Administration's board statement, releases in a web archive, an aggregator's "
             "copy; public domain)",
             HERE / "heldout-323", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.86, type 0.93, quotes R 1.00 (2/2), speaker 0.50; it showed a "
             "credit union's name run into its town ('Fair Break Federal Credit Union of "
             "Memphis', typed place), a contact block's 'For Details' as a name, a possessive "
             "in an association's name cut it in two ('Dixie Consumer’s Cooperative "
             "Association'), a dateline run into its first word losing 'Saint George', and a "
             "chairman's words after the dateline given to no one; fixed all but one (and "
             "'Saint George' was lost inside the credit union's name, not to the dateline); "
             "left: 'For Members Only Federal Credit Union' opening a list's line loses "
             "'For', a policy's name typed an organisation"),
            ("Three-hundred-and-twenty-fourth held-out set (the Federal Energy Regulatory "
             "Commission: a statement, a release, a senator's release, a CRS report, a court's "
             "order; public domain)",
             HERE / "heldout-324", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.96, type 0.93, quotes R 1.00 (3/3), speaker 0.67; it showed a "
             "judge's long title run into her name and typed an organisation ('Chief "
             "Administrative Law Judge Carmen Cintron'), 'Norman Bay' typed a place for its "
             "last word, titles in the plural and after a resignation kept ('Commissioners "
             "Moeller', 'Commissioner Bay'), a court's caption and counsel run on ('F. Supp', "
             "'U.S. Attys', a firm's name with commas cut in three), a judge's surname in "
             "capitals typed an organisation, a disease typed an organisation, and a statute's "
             "words given to no one; fixed all of them but 'Norman Bay' where no title names "
             "him; left: a court's name cut at 'for the District of …', 'Alternative for "
             "Partial Summary Judgment' of a motion's title"),
            ("Three-hundred-and-twenty-fifth held-out set (the U.S. Election Assistance "
             "Commission's archive pages of teasers, media page, a commissioner's page, a copy "
             "of its Wikipedia article; public domain, CC BY-SA)",
             HERE / "heldout-325", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.88, type 0.98; no gold quotes, 1 suggested; it showed a city "
             "cut after its first word before the state's abbreviation ('Colorado Springs, "
             "Colo.'), the abbreviation 'Tex' typed a person, a file name's 'BIO' run into a "
             "name, a headline's lines on one teaser missed (the man it is about, the county, "
             "the board, a dateline), 'Chairman EAC' kept as a body, a list item's name cut at "
             "its line break ('Voluntary' / 'Voting System Guidelines'), a fact sheet's title "
             "after 'FACT SHEET:' missed, and a date before a joint statement taken for a "
             "quotation; fixed the city, the abbreviation, the file names, 'Chairman EAC', "
             "the headline's man and county; left: the teaser's board and dateline, the list "
             "item cut at its line break, the fact sheet's title, the date taken for a "
             "quotation"),
            ("Three-hundred-and-twenty-sixth held-out set (the Bureau of Indian Affairs' "
             "releases under the federal banner, a news archive page, an older release; public "
             "domain)",
             HERE / "heldout-326", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.88, type 0.98, quotes R 1.00 (11/11), speaker 1.00; it showed "
             "the logo line's 'Indian Affairs' and the media contact run together or lost "
             "('Nedra Darling, OPA-IA Phone:'), 'Ms. Hanna' kept apart from 'Jeanette Hanna', "
             "'Federally' opening a phrase taken for a body, 'Oklahoma' cut from its regional "
             "office, a contact's name in capitals typed an organisation, the Navajo missed as "
             "an adjective and the Interior Inspector General missed; fixed the contact, the "
             "title's portfolio, 'Ms. Hanna', 'Federally', the name in capitals, the office's "
             "letters; left: the logo line's 'Indian Affairs', the Navajo, the inspector "
             "general"),
            ("Three-hundred-and-twenty-seventh held-out set (DARPA: a framework document on a "
             "sharing site, its Wikipedia article's mirror, a book chapter; public domain, CC "
             "BY-SA, CC BY-NC-ND)",
             HERE / "heldout-327", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.77, type 1.00, quotes R 1.00 (2/2), speaker 1.00; it showed "
             "coordinates taken for names ('N 77', 'N', 'W'), a document's title cut after its "
             "first word ('Technological Surprise'), a date glued to a label ('Apr04 RefID'), a"
             " body's possessive run into the body it owns ('Cabinet Office’s Council on "
             "Science, Technology and Innovation'), the agency's old name grouped with its new "
             "one and lost, 'Ballston' missed in a heading, and 'The Economist' and 'GPS' "
             "missed at a sentence's start and in marks; fixed the coordinates, the coded date, "
             "the label, the owner, 'The Economist'; left: the document's title, the old "
             "name, 'Ballston' in a caption, GPS (a common acronym, by design)"),
            ("Three-hundred-and-twenty-eighth held-out set (the U.S. Copyright Office as others"
             " copy it: an aggregator, a feed directory, a compendium's chapter, a bulletin's "
             "mirror, an annual report; public domain)",
             HERE / "heldout-328", "gold written before the engine ran on it; first run: "
             "names P 0.67, R 0.87, type 0.94, no quotes; it showed a feed directory's buttons "
             "glued together taken for names ('feedRate', 'starRate', 'Feed', 'New'), glued "
             "page numbers leaving headings' last words ('Recordation', 'Licensing', "
             "'Education'), a subcommittee named for a list with an Oxford comma cut in three, "
             "a circular's title in marks cut at 'Contained in', 'American Express' and "
             "'Superintendent of Documents' cut by title words ('Express', 'Documents'), a "
             "bulletin's issues kept apart and typed other, and a heading's last word taken for"
             " a person ('Background'); fixed the glued words and page numbers, the "
             "subcommittee, the circular's title, the bulletin; left: 'American Express' and "
             "'Superintendent of Documents', 'General Background', the compendium's title in "
             "capitals, the feed's 'Feed' and 'New'"),
            ("Three-hundred-and-twenty-ninth held-out set (the General Services Administration:"
             " three releases as a news aggregator copies them, its Wikipedia article's old "
             "mirror; public domain, CC BY-SA)",
             HERE / "heldout-329", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.84, type 1.00, quotes R 0.90 (9/10), speaker 0.67; it showed a "
             "board title's 'United States' kept from the aggregator's source line, a body's "
             "possessive run into two offices it owned ('Treasury Departmentmarker's Bureau of "
             "Federal Supply and Office of Contract Settlement'), an act opening with its "
             "fiscal year missed, the mirror's name missed, a law's words in marks after "
             "'directed … to' missed, two quotes after a speaker's long title given to the body"
             " in it ('GSA Commissioner of the Public Buildings Service (PBS) Nina Albert'), "
             "and a body's stated mission given to no one; fixed the speakers, the mission, "
             "the agency's full name, the act; left: the board title's 'United States' (gone "
             "with the fix), the mirror's glued 'marker' and its owner run into two offices, "
             "the mirror's name, the law's words after 'directed … to'"),
            ("Three-hundred-and-thirtieth held-out set (the Bonneville Power Administration's "
             "releases as the FlashAlert service's page kept them; public domain)",
             HERE / "heldout-330", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 1.00, type 0.93, quotes R 1.00 (7/7), speaker 1.00; it showed the"
             " service's 'Manage my existing Subscription' giving 'Subscription' on every page,"
             " an abbreviated weekday in a time stamp taken for a place ('Mon'), 'U.S. "
             "Treasury' typed a person, and a browser's name typed a person ('Internet "
             "Explorer'); fixed all but the browser"),
            ("Three-hundred-and-thirty-first held-out set (FEMA's notices of disaster recovery "
             "centers: three in a web archive, one in a court's feed aggregator; public domain)",
             HERE / "heldout-331", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.85, type 0.89, quotes R 1.00 (2/2), speaker 1.00; it showed a "
             "county run into 'DRC' ('Buchanan County DRC'), 'Hernandez' without its accent "
             "kept apart from 'Justo Hernández', a highway's number cut from 'US 1', a "
             "headline's verb and a feed's name cut ('Relocating', 'DHS News', 'Updates'), a "
             "town named 'National' and Memorial Day missed on address lines, hurricanes typed "
             "people ('Charley', 'Florida Hurricane Frances'), firms in an address missed, "
             "fairgrounds typed a body, 'the FEMA app' typing the agency an app; fixed the "
             "accent, the hurricanes, the headline's verb, the app, the fairgrounds; left: "
             "the county run into 'DRC', 'US 1', the feed's name, addresses' town and firms, "
             "'Memorial Day' on an address line"),
            ("Three-hundred-and-thirty-second held-out set (the U.S. Fish and Wildlife "
             "Service's news listings: two regional pages, two endangered species pages in a "
             "web archive; public domain)",
             HERE / "heldout-332", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.93, type 0.98, quotes R 1.00 (2/2), speaker 1.00; it showed a "
             "headline's verb and a species' common name run together ('Removing Storied "
             "Snail'), a forest's name cut by a photo credit's line ('San Bernardino'), a "
             "spaced 'U. S.' losing the survey, a Latin name's abbreviated genus missed ('M. "
             "pacificum'), a photographer's initial and surname typed a body ('D. Pineros'), "
             "the Fisheries Service kept apart from NOAA's, and 'Pacific Hawaiian' (a "
             "damselfly's name) typed a person; fixed the photographer; left: the rest (the "
             "stop's last set; the gold then added an act and a short form it had left out)"),
            ("Three-hundred-and-thirty-third held-out set (the Surface Transportation Board's "
             "news listing and a House letter; public domain)",
             HERE / "heldout-333", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 1.00, type 0.95, no quotes (the names goal met); it showed a "
             "railroad's letters ('MNBR', N for '&') kept apart from its name and taken for "
             "a credited source, a banner's 'United States Federal', a docket's letters and "
             "number ('EP 755') and a public law's number taken for names, and a county in a "
             "list before 'Counties' typed a person ('Duchesne'); fixed all of these; left: a "
             "train ('Sunset Limited') and a planned railway ('Uinta Basin Railway') typed "
             "bodies"),
            ("Three-hundred-and-thirty-fourth held-out set (Britain's rail accident "
             "investigators and rail regulator: annual reports, a letter, a listing; Open "
             "Government Licence)",
             HERE / "heldout-334", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.84, type 0.71, no quotes; it showed British laws cut at their "
             "brackets ('Railways (Accident …) Regulations 2005') or before a footnote's "
             "number, a directive cut from its number and not grouped with its name, the "
             "letters 'ROGS' after '(as amended)', a letter's greeting and an address run into "
             "one line treated as headlines, postcodes taken for names, 'Derby' typed an "
             "event and 'the Rail Ombudsman' a person; fixed all of these; left: a "
             "letterhead run into one line (its addressee and her branch), freight firms "
             "typed places after 'GB', a test's name losing 'Not', a train's make, a station "
             "and a village the gazetteer lacks typed bodies"),
            ("Three-hundred-and-thirty-fifth held-out set (Britain's marine accident "
             "investigators: tables of investigations, pages for families, a report's front "
             "matter; Open Government Licence)",
             HERE / "heldout-335", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.70, type 0.77, quotes R 1.00 (2/2), speaker 0.00; it showed a "
             "table's rows run from the vessel's name into the accident's type ('Peggotty "
             "Sinking', 'Harvester Loss of UK'), vessels typed people or bodies, 'Isles' and "
             "'Firth' not known as places, a quote in a double-spaced extraction cut into "
             "five, 'Plymouth Sound' cut on a title page and an address block's labels run "
             "into its town and country; fixed all of these; left: a law's part ('Regulation "
             "5') and no one as the speakers of a regulation's words, a heading 'Fatal "
             "Marine' and 'Section 8 of' before an act"),
            ("Three-hundred-and-thirty-sixth held-out set (the Transportation Safety Board of "
             "Canada's quarterly reviews and annual reports; Government of Canada terms)",
             HERE / "heldout-336", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.83, type 0.90, quotes R 1.00 (1/1), speaker 0.00; it showed a "
             "letter's address block read as headlines (Canadian postcodes unknown), 'The "
             "Honourable …, P.C., M.P.' taken for a firm, a body after a post cut at its "
             "possessive ('the Queen’s Privy Council'), a building and a French street run "
             "together over the street's number, a name written twice in a row, catalogue "
             "labels, 'Van' of a man's name taken for a city and a heading's 'Policy' for a "
             "short form; fixed all of these; left: a downed flight by its airline and "
             "number, a department 'Public Works and Government Services Canada' cut after "
             "its minister's title, a watch list and a blog typed bodies, an epigraph's "
             "speaker after a running header"),
            ("Three-hundred-and-thirty-seventh held-out set (the Architect of the Capitol and "
             "the U.S. Botanic Garden: a manual's entry, an event page, a budget estimate, site"
             " pages; public domain)",
             HERE / "heldout-337", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.84, type 0.84, no quotes; it showed a manual's narrow column "
             "not known as text broken at a width ('Judiciary Building'), buildings before a "
             "shared plural head typed people, gardens and grounds typed bodies or people, an "
             "address on one line read as a headline ('Maryland'), and a person with her post "
             "after a comma typed a body; fixed all of these; left: the Architect of the "
             "Capitol (an office named like a title) cut to 'Capitol', a director in capitals "
             "after his office in brackets, a classroom's name cut, a scan's running header "
             "run into the garden's name, 'Letterpress Print' and 'West Front'"),
            ("Three-hundred-and-thirty-eighth held-out set (the Australian Transport Safety "
             "Bureau's reviews and a Senate committee's report and hearing on it; CC BY and CC "
             "BY-NC-ND)",
             HERE / "heldout-338", "gold written before the engine ran on it; first run: "
             "names P 0.72, R 0.85, type 0.94, no quotes; it showed a report's years cut at "
             "an en dash, a copyright's holder run into the author over the year, a post box "
             "inside a body's name, a law's parts ('section 12AD', 'Annex 13 of') taken for "
             "names or kept with the whole, 'TSI Act' and an aircraft's registration apart "
             "from their names, headings in capitals run into their paragraphs' first words; "
             "fixed all of these; left: a department named with commas run into its "
             "'Portfolio Budget Statements', a hearing's witnesses written 'DOLAN, Mr "
             "Martin' (given name and surname apart), divisions after a post, 'Executive "
             "Summary' and a licence's name ending in 'license'"),
            ("Three-hundred-and-thirty-ninth held-out set (Highways England and the Highways "
             "Agency: a raw news feed, a roadworks summary, press releases; Open Government "
             "Licence)",
             HERE / "heldout-339", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.88, type 0.60; no gold quotes, 2 suggested (the gold then "
             "counted the words after 'said:' as quotes, as set 19's does); it showed roads by "
             "their numbers typed bodies, a road's number run into a place ('A1 Brampton "
             "Hut'), a raw feed's time stamps and 'tag:' ids glued to names ('Stack', "
             "'Staffordshire.tag') and a junction typed a person; fixed all of these; left: "
             "'Bishop’s Stortford' cut at its possessive, 'MG Rover' cut, a village, a "
             "roundabout and a strait typed people or bodies, a minister's second paragraph "
             "with no first person, 'HM Government' glued to 'tag:'"),
            ("Three-hundred-and-fortieth held-out set (New Zealand's Department of "
             "Conservation: a blog post on an RSS mirror, a release and a post on an "
             "aggregator; CC BY 4.0)",
             HERE / "heldout-340", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.97, type 0.82, quotes R 1.00 (6/6), speaker 0.33; it showed a "
             "speaker missed after a body's letters and a title set off by a comma, a quote "
             "whose opening mark was never closed before ', says …' left without a speaker "
             "(and its next paragraphs), an island's two names joined by a slash kept apart "
             "and an iwi typed a person; fixed all of these; left: 'Forest and Bird' cut in "
             "two, a kākāpō called by its name typed a body, 'Aotearoa New Zealand' typed a "
             "body, a programme and its team kept apart"),
            ("Three-hundred-and-forty-first held-out set (the Postal Regulatory Commission's "
             "press-release listing, a media advisory and a Wikipedia mirror; public domain and"
             " CC BY-SA)",
             HERE / "heldout-341", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.97, type 1.00, quotes R 1.00 (1/1), speaker 1.00 (the quotes "
             "goal met); it showed a term whose meaning is discussed taken for a quote, a "
             "code's abbreviation in a citation ('U.S.C.') and a street with its quarter "
             "typed a person; fixed all of these; left: a court's abbreviation in a citation "
             "('D.C. Cir.') typed a person, 'United States' split from the commission's full "
             "name, the White House before its press secretary's title"),
            ("Three-hundred-and-forty-second held-out set (the Marine Mammal Commission's "
             "e-mail newsletters; public domain)",
             HERE / "heldout-342", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.85, type 0.91, quotes R 1.00 (1/1), speaker 0.00; it showed a "
             "body run into the post of a person named after a comma; fixed; left: places "
             "joined by 'and' ('Hawaiian Islands and Southeast Alaska', 'Karaburun and Sazan "
             "Island of Albania': a split rule broke 'Middle East and North Africa' and a "
             "river's 'and Recreation Area' elsewhere, so it was not kept), a letter's words "
             "in straight marks without a speaker, a meeting by its number taking the "
             "commission's forms, headings of an old template's cells"),
            ("Three-hundred-and-forty-third held-out set (the Denali Commission: a funding "
             "page, archived program updates, a Federal Register notice, site pages; public "
             "domain)",
             HERE / "heldout-343", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 1.00, type 0.92, quotes R 1.00 (3/3), speaker 1.00 (both goals "
             "met); it showed a Federal Register masthead's labels taken for names ('Doc', "
             "'Notices', 'Pages …') and laws typed as works, which the gold had left out "
             "(fixed in the gold, as every earlier set has them); the labels fixed; left: "
             "'US Army Corps of Engineers, Alaska District' given as two names"),
            ("Three-hundred-and-forty-fourth held-out set (the Northern Border Regional "
             "Commission: releases, the Department of Transportation's page, a Wikipedia "
             "mirror; public domain, CC BY-SA)",
             HERE / "heldout-344", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.97, type 1.00, quotes R 1.00 (3/3), speaker 1.00 (both goals "
             "met); it showed a wiki's headings ('== Grant programs ==') giving their first "
             "words as names; fixed; left: a programme in a headline's title case ('Investing "
             "in America Agenda' cut to 'America Agenda'), 'the Canada–United States border' "
             "cut before 'border'"),
            ("Three-hundred-and-forty-fifth held-out set (the Charity Commission for England "
             "and Wales: GOV.UK pages, an archived page, written evidence to Parliament; OGL, "
             "Open Parliament Licence)",
             HERE / "heldout-345", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 1.00, quotes R 1.00 (2/2), speaker 1.00 (both goals "
             "met; few names: most capitals are headings and labels); it showed a 'said:' "
             "block running on through a release's number, its press line and its notes to "
             "editors (quotes precision 0.25); fixed; left: nothing seen"),
            ("Three-hundred-and-forty-sixth held-out set (the Commodity Futures Trading "
             "Commission: five pages of its enforcement actions' headlines; public domain)",
             HERE / "heldout-346", "gold written before the engine ran on it; first run: "
             "names P 0.54, R 0.57, type 1.00, no quotes; it showed headlines in title case "
             "of up to 40 words read as names from end to end ('CFTC Orders Citibank, N.A. "
             "to Pay …'), firms by their legal form cut at the comma, whom the verb acts on "
             "joined by 'and'; fixed (P 0.86, R 0.90); left: 'Prior Orders', 'Commodity "
             "Pool' and 'Enterprise' cut to one word, 'ICE Futures US' split, 'Merrill Lynch' "
             "typed a person, gerunds ('Manipulating Electricity Futures'), headlines joined "
             "by semicolons whose second half's names are missed"),
            ("Three-hundred-and-forty-seventh held-out set (the U.S. Office of Special "
             "Counsel: press releases of 2005 to 2009, three as a web archive keeps them, and "
             "a 2026 news page; public domain)",
             HERE / "heldout-347", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.91, type 1.00, quotes R 1.00 (1/1), P 0.50, speaker 1.00 "
             "(quotes goal met); it showed a dateline's 'WASHINGTON' apart from the "
             "letterhead's 'Washington, D.C.', a contact's line in capitals taken for a "
             "headline, a division run into its department, a plural possessive cutting a "
             "body's name, 'Hatch Act Unit' cut at the law, 'accepted claims' read as a "
             "speech verb; all fixed (names P 1.00, R 1.00, quotes P 1.00); left: nothing "
             "seen"),
            ("Three-hundred-and-forty-eighth held-out set (the Competition and Markets "
             "Authority: speeches on GOV.UK and Wired-Gov, a consultation, an Atom feed as raw "
             "text, an aggregator's listing; Open Government Licence)",
             HERE / "heldout-348", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.90, type 0.85, no quotes; it showed 'King's College London' "
             "cut to 'London', 'Competition and Markets Authority' split at 'and', "
             "'European Commission' losing its adjective before 'and', 'CMA' read as "
             "'Competition Act', firms paired by slashes and broadcasters in a list typed "
             "people and places, a report's title typed a place; fixed (P 0.98, R 0.96, type "
             "0.96); left: 'Three' (a network) missed, 'UK' joined to 'Britain' (the gold "
             "holds them apart), 'Astra Zeneca' and 'Aspen' typed people, a feed's title "
             "word 'News'"),
            ("Three-hundred-and-forty-ninth held-out set (the Maritime Administration: an "
             "administrator's remarks, a toolkit page, a release as a port news site reposts "
             "it, a webinar's slides as a document site transcribes them; public domain)",
             HERE / "heldout-349", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.82, type 0.97, quotes R 1.00 (3/3), speaker 1.00 (quotes "
             "goal met); it showed 'MARAD' apart from the Maritime Administration (letters "
             "from syllables), 'U.S. Merchant Marine' and 'Maritime Administrator …' cut at "
             "words read as a merchant's title and a place, a speaker's name in a heading in "
             "capitals and a slide's two officials missed, a speech's audience in its title "
             "missed; fixed (P 0.92, R 0.95); left: 'America's Marine Highway Grants' cut "
             "at its possessive, 'VP for Maritime Initiatives' taken for a body, a document "
             "site's 'All Categories', 'Opportunity Zones' typed a place"),
            ("Three-hundred-and-fiftieth held-out set (Natural England: a reposted release, "
             "its blog's listings, a release as a blog copies it, a Wikipedia mirror; Open "
             "Government Licence, CC BY-SA)",
             HERE / "heldout-350", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.90, type 0.76, no quotes; it showed English counties unknown "
             "to the gazetteer (pycountry's second-level subdivisions now read), reserves "
             "listed with their counties typed people, a body named alone run into the next "
             "after 'and', a blog's label line and bylines run into teasers; fixed (P 0.89, "
             "R 0.91, type 0.89); left: 'King’s Series of National Nature Reserves' and 'the "
             "Department for Environment, Food and Rural Affairs' cut, a project named with "
             "commas, photo captions' places missed, 'Yorkshire' (no county in the tables) "
             "joined to 'Yorkshire Tea', 'Diamond Jubilee' typed a person"),
            ("Three-hundred-and-fifty-first held-out set (the Congressional Budget Office: a "
             "blog post, a reports listing, testimony, two hearings' front matter with the "
             "committee in two columns of capitals; public domain)",
             HERE / "heldout-351", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.59, type 0.98, no quotes; it showed a committee's members in "
             "two columns of capitals ('HAKEEM S. JEFFRIES, New York') cut or dropped where "
             "the page shouts, 'TOM McCLINTOCK' split at its small 'c', 'BURGESS' read as a "
             "title, bodies named together run into the next body's letters; fixed (P 0.97, "
             "R 0.93); left: 'EARL L. ``BUDDY'' CARTER' cut at the backquotes, the centred "
             "title's 'CONGRESSIONAL BUDGET OFFICE' and 'HOUSE OF REPRESENTATIVES' missed, "
             "'House Committee on Appropriations' cut, a page label '[House Hearing, 118 "
             "Congress]' taken for a name"),
            ("Three-hundred-and-fifty-second held-out set (the Air Accidents Investigation "
             "Branch: bulletins' contents and releases, lists of investigations and reports; "
             "Open Government Licence)",
             HERE / "heldout-352", "gold written before the engine ran on it; first run: "
             "names P 0.62, R 0.43, type 0.61, no quotes; it showed aircraft registrations "
             "unknown ('G-BOOW', 'N603AB'), a list's bullets 'G-TOYZ – West Usk Lighthouse, "
             "Newport, Gwent' taken for headlines and their places dropped, a flattened "
             "table's columns run together ('… Snowdonia Under Investigation'); fixed (P "
             "0.90, R 0.96, type 0.91); left: 'Department for Transport News' cut to "
             "'Transport News', headings' leftovers ('Aircraft Systems', 'Information'), "
             "airfields and airports by two words typed people ('London Heathrow', "
             "'Northrepps Aerodrome'), models cut at a letter or a bracket ('BOEING 737-46', "
             "'EC135 T2')"),
            ("Three-hundred-and-fifty-third held-out set (Ofsted: a GOV.UK release, a "
             "committee's oral evidence, a reposted speech, a committee report, a Wikipedia "
             "mirror; Open Government and Open Parliament Licences, CC BY-SA)",
             HERE / "heldout-353", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.94, type 0.88, quotes R 1.00 (2/2), P 0.67, speaker 0.50; "
             "it showed a body named for fields listed with commas cut at each comma, "
             "'Ofsted' typed a place after 'at', a term after 'is called a' taken for a "
             "quote, an infobox's labels glued to values ('Parent departmentDepartment for "
             "Education'), 'The Chief Inspector of Ofsted said it was “encouraging”' given "
             "to Ofsted, not to the inspector named below; fixed (P 0.89, R 0.97, type 0.94, "
             "quotes P 1.00, speaker 1.00; 'Oral' of the hearing's label 'Oral evidence:' went "
             "with the record labels set 355 prompted); left: 'Questions 134' of a hearing's "
             "labels, 'Anna Firth' typed a place"),
            ("Three-hundred-and-fifty-fourth held-out set (the Western Area Power "
             "Administration: a newsroom listing, a release, an archived home page, a "
             "Wikipedia article; public domain, CC BY-SA)",
             HERE / "heldout-354", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.96, type 0.91, quotes R 1.00 (3/3), speaker 1.00 (both goals "
             "met); it showed a listing's kind glued to its headlines ('… of WAPANews "
             "feature') and projects that build lines typed bodies; fixed (type 0.94); "
             "left: a title after a body's name ('Western Area Power Administration "
             "Administrator and CEO Tracey A. LeBeau') cut at the initial, 'CAISO Western "
             "EIM' one name, 'Western' (the agency's old short name) typed a region"),
            ("Three-hundred-and-fifty-fifth held-out set (the Food Standards Agency: its "
             "recall notices as a food-safety blog copies them, two board meetings' minutes, "
             "a speech, a report to the board; Open Government Licence)",
             HERE / "heldout-355", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.91, type 0.91, no quotes; it showed recalled products "
             "above their records ('Pack size 800g') read as title-case headlines and typed "
             "bodies, a shop named like a country ('Iceland recalls Iceland Ready Cooked "
             "…') typed a place, a record's label ('Pack size:') a town, 'Head of Project "
             "Delivery' cut into a body and a person, 'Emily Miles' typed a place, 'FSA "
             "Wales and FSA NI' cut after the first letters, a paper's number '(FSA "
             "25/06/10)' taken for a unit's short form; fixed (P 0.97, R 0.96, type 0.99); "
             "left: 'FSA' alone on a tag's line, a post's field ('Policy & Strategy for Food "
             "Hypersensitivity') taken for a work, 'Spending Review' typed a body"),
            ("Three-hundred-and-fifty-sixth held-out set (the UK Space Agency and the British "
             "National Space Centre: a reposted release on a tag page, a news site's copy of "
             "a release, a Wikipedia article, a 1999 release; Open Government Licence, CC "
             "BY-SA)",
             HERE / "heldout-356", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.74, type 0.97, quotes R 1.00 (6/6), P 0.75, speaker 1.00; "
             "it showed an infobox's lines, their labels glued to values ('Chief "
             "ExecutivePaul Bate', 'HeadquartersQuad Two Building …'), read as headlines, a "
             "department named for fields with commas glued to its label cut at the comma, "
             "'Queen Elizabeth II' taken for short of the centre named for her, and words the "
             "writer opened with a verb in brackets ('The Agency \"[brings] together …\"') "
             "given to no one; two quotes the gold missed were added to it; fixed (P 1.00, "
             "R 0.95, quotes P 1.00, speaker 1.00); left: 'know.space' (a firm in lower "
             "case), a mission typed an event"),
            ("Three-hundred-and-fifty-seventh held-out set (the Canadian Space Agency: a "
             "release as a forum keeps its newsgroup repost, two releases on a newswire, an "
             "image's page; Government of Canada, reproduction with attribution)",
             HERE / "heldout-357", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.98, type 0.90, quotes R 1.00 (6/6), P 1.00, speaker 0.67; "
             "it showed a quote signed on the line below with no dash ('The Honourable "
             "Navdeep Bains, Minister of …') given to no one, a line under a quote that a "
             "width broke taken for its credit, 'Canadian Astronauts' kept before a name, a "
             "minister's portfolio after its comma taken for a body, a firm's three letters "
             "('MDA') typed Moldova, 'Mars' taken for short of 'Mars Science Laboratory', "
             "'Canadarm2' typed a body; the province after its town made optional as set "
             "336's gold has it; fixed (P 1.00, R 1.00, type 0.98, speaker 1.00); left: "
             "'Dextre' (a robot) typed a body"),
            ("Three-hundred-and-fifty-eighth held-out set (the Reserve Bank of Australia: a "
             "media release, a speech, a trading site's copies of its statements, and the "
             "Treasurer's release; CC BY 4.0)",
             HERE / "heldout-358", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 1.00, type 0.92, no quotes (the names goal met); it showed "
             "'Statement on the Conduct of Monetary Policy' cut at 'on the' and 'the "
             "Statement' apart from it, 'the Bank' (a hamlet's name too) and 'RBA' (the "
             "'Reserve Bank' of Australia) apart from the 'Reserve Bank'; fixed (P 1.00, type "
             "0.96; 'the Spending Review' of two other sets is now an event); left: 'the RBA "
             "Review' typed a body"),
            ("Three-hundred-and-fifty-ninth held-out set (the Australian Competition and "
             "Consumer Commission: three of its chair's speeches, one as a distributor serves "
             "it, and a House committee's report chapter; CC BY 4.0, CC BY-NC-ND 4.0)",
             HERE / "heldout-359", "gold written before the engine ran on it; first run: "
             "names P 0.75, R 0.71, type 0.73, quotes R 1.00 (1/1), speaker 1.00; it showed "
             "footnote numbers glued to names ('South Australia2', 'the Pilbara3') kept in "
             "them, a town and its state with the comma lost ('Murray Bridge South "
             "Australia') one name, peoples in an acknowledgment of country ('Gadigal "
             "country', 'the Wurundjeri Woi-wurrung and Bunurong people', 'First Nations') "
             "typed bodies or run together, 'Aboriginal and Torres Strait Islander' dropped "
             "as an adjective, 'Competition and Consumer Workshop' and 'Australian "
             "Competition and Consumer Commission' cut at 'and', a case 'News Ltd v South "
             "Sydney' cut at 'v', 'Distributed by' taken for a name; the Kulin Nation may be "
             "a body as other golds' nations are; fixed (P 0.95, R 0.95, type 0.95); left: "
             "'Current' opening a heading, a body run into its yearbook's title"),
            ("Three-hundred-and-sixtieth held-out set (Stats NZ: three releases as a news "
             "site reposts them, a Wikipedia article as a mirror serves it; CC BY 4.0, CC "
             "BY-SA)",
             HERE / "heldout-360", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.89, type 0.76, quotes R 0.75 (3/4), P 0.43, speaker 1.00; it "
             "showed a release whose lines a narrow, ragged column broke (its quotes cut at "
             "each line, 'Aotearoa' apart from the 'New Zealand' on the next line), 'Stats "
             "NZ' apart from 'Statistics New Zealand', 'the Great Depression' typed a body; "
             "the gold's forms written across a line break added; fixed (P 1.00, R 0.89, "
             "quotes P 1.00, R 1.00); left: 'Aotearoa New Zealand' typed a body, 'Māori' (a "
             "people by its language's name) and a census named in lower case missed"),
            ("Three-hundred-and-sixty-first held-out set (the Australian Parliament's Joint "
             "Standing Committee on Electoral Matters: three report chapters on the "
             "electoral roll; CC BY-NC-ND 4.0)",
             HERE / "heldout-361", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.80, type 0.75, quotes R 0.00 (0/2); it showed a chapter's or "
             "a paragraph's number before a heading's first word ('Chapter 3 Maintaining "
             "…', '3.3Australia’s …') not taken for a sentence's start, a case with a bare "
             "'v' and a title in it ('Rowe v Electoral Commissioner … (Rowe)') cut, a "
             "term's letters after it in lower case ('… direct update (FDEU)') typed a body, "
             "a block quote after '… summarised this reasoning as follows:' missed; fixed (P "
             "1.00, R 0.90, type 1.00, quotes R 0.50, speaker 1.00); left: the committee "
             "named only in the page's header, a quote of a source the text does not name "
             "after 'that have:'"),
            ("Three-hundred-and-sixty-second held-out set (the Productivity Commission of "
             "Australia: three pages of its media releases' listing and a page of its annual "
             "report; CC BY 4.0)",
             HERE / "heldout-362", "gold written before the engine ran on it; first run: "
             "names P 0.77, R 0.89, type 0.83, quotes R 0.00 (0/1); it showed the peoples "
             "run into their nation's people ('Aboriginal and Torres Strait Islander "
             "Australians'), 'Report on Government Services' typed a body, an inquiry by "
             "its subject ('the Compensation and Rehabilitation for Veterans inquiry') typed "
             "a body; fixed (P 0.81, R 0.93, type 0.92); left: titles with a colon or commas "
             "cut ('Superannuation: Assessing Efficiency and Competitiveness', 'Hayne Royal "
             "Commission into Misconduct in the Banking, Superannuation and …'), a listing's "
             "year-and-title headline missed, a quote whose opening mark the listing lost"),
            ("Three-hundred-and-sixty-third held-out set (Geoscience Australia: its earthquake "
             "page for the media, a release as a news site copies it, its minister's "
             "release; CC BY 4.0)",
             HERE / "heldout-363", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.97, type 0.97, quotes R 1.00 (10/10), speaker 1.00 (both goals "
             "met); it showed a seismologist's title alone taken for a person; the gold had "
             "left out an 'Australia' the release names (added); fixed (P 0.97); left: a "
             "breadcrumb glued to the page's title ('News Earthquake information …'), a "
             "website named with an '@' ('Earthquakes@GA') missed, a product's plural "
             "('FeltGrids') typed a body"),
            ("Three-hundred-and-sixty-fourth held-out set (the Australian Antarctic Division: "
             "its director's message, its icebreaker's page, a video transcript; CC BY 4.0)",
             HERE / "heldout-364", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.92, type 0.83, no quotes; it showed a research ship by its "
             "prefix ('RSV Nuyina') typed a body, and a site's name where a page's title "
             "ends with it; fixed (type 1.00); left: 'Antarctic and Southern Ocean' one name "
             "(a place's adjective joined to the next place)"),
            ("Three-hundred-and-sixty-fifth held-out set (the U.S. Arctic Research "
             "Commission: its newsletter, a press release, two articles by its staff; public "
             "domain)",
             HERE / "heldout-365", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.89, type 0.94, quotes R 1.00 (3/3), speaker 1.00 (quotes goal "
             "met); it showed people run into their towns ('Mead Treadwell of Anchorage'), "
             "names with a nickname in brackets and marks cut or typed a body ('Ms. "
             "Elizabeth', 'Randy (\"Church\") Kee'), a fellow's post taken for a person, a "
             "firm in apposition typed a person, a director's title glued to his group, an "
             "institute whose name lists fields with commas cut, 'the Commission' left apart "
             "where a second commission comes later, 'DoD' not linked to the 'US Department of "
             "Defense', a long report title in marks cut, a speaker after 'the report,' typed "
             "a work, and a quote's first word after a straight mark kept as a name; fixed "
             "(P 1.00, R 1.00, type 1.00); left: nothing in this set; set 190's gold now gives "
             "the nicknamed editor's full name"),
            ("Three-hundred-and-sixty-sixth held-out set (the U.S. Nuclear Waste Technical "
             "Review Board: a White House release naming its members, a meeting release as a "
             "calendar copies it, two short releases of its own; public domain)",
             HERE / "heldout-366", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.89, type 0.94, no quotes; it showed a masthead in capitals "
             "('THE WHITE HOUSE') dropped as a headline, 'Chairman of the Board of …' and "
             "'Dean of the School of …' glued to their bodies, degrees ('B.S.', 'M.S. and "
             "Ph.D.') and a degree's field ('in Geology') taken for names, a laboratory run "
             "into the project it worked on, a laboratory named for its reactor typed a "
             "model, a headline after 'Press Release -' and ending with 'Washington, DC' "
             "read as prose, a term the body writes in lower case ('spent nuclear fuel "
             "(SNF)') taken from the headline, 'Washington, DC' apart from 'Washington, "
             "D.C.', a workshop's subject typed a body; fixed (P 1.00, R 1.00, type 1.00); "
             "left: nothing in this set"),
            ("Three-hundred-and-sixty-seventh held-out set (the Federal Mediation and "
             "Conciliation Service: a bulletin's release, an archived home page, two old "
             "text-only pages, its Government Manual entry; public domain)",
             HERE / "heldout-367", "gold written before the engine ran on it; first run: "
             "names P 0.74, R 0.82, type 1.00, quotes R 1.00 (2/2), speaker 0.00; it showed "
             "a directory's titles glued to the names after them ('Assistant DirectorGary "
             "Hattal', 'Field OperationsD. Scott Blake'), a contact block's office cut at "
             "'&', what a body offers run into its name ('News and Announcements for …'), a "
             "site's menu items ('Notable Events', 'Email Page'), a line ending with 'the' "
             "read as a sentence's end ('Government Manual' cut), a law's other name after "
             "'This Act is also referred to as' and its name without the year apart, a "
             "statute's citation taken for a name, a statement's title above blank lines not "
             "found for its quote, a statute's words not given to their citation; fixed "
             "(P 0.98, R 0.98, speakers 1.00); left: 'Pacific Northwest Grain Handlers' in a "
             "headline cut to the place"),
            ("Three-hundred-and-sixty-eighth held-out set (Ofgem: a press release, a decision, "
             "a guidance page; Open Government Licence)",
             HERE / "heldout-368", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.83, quotes R 1.00 (3/3), speaker 1.00 (quotes goal "
             "met); it showed a role a regulator appoints, named with 'a' ('appoint a "
             "Supplier of Last Resort'), typed a body; fixed (type 1.00: both goals met); "
             "left: nothing in this set"),
            ("Three-hundred-and-sixty-ninth held-out set (National Records of Scotland: a news "
             "listing, two archive pages, an annual review's introduction; Open Government "
             "Licence)",
             HERE / "heldout-369", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.86, type 0.88, quotes R 1.00 (1/1), speaker 1.00; it showed "
             "a country's census by its brand ('Scotland’s Census') cut to the country, a "
             "firm with letters ('Storm ID') typed a storm, a website by name typed a "
             "person, a weekly series' number and a range of dates ('Week 4: 25 Jan-31 "
             "Jan') taken for names, two publications listed with 'and' inside the second "
             "kept as one, publications after 'publications including' and an annual review "
             "typed bodies; fixed (P 0.97, R 1.00, type 1.00); left: a director's field "
             "('Director of Statistical Services') taken for a body"),
            ("Three-hundred-and-seventieth held-out set (Ireland's Central Statistics Office: "
             "a press statement, its StatCentral news, its code of practice's page; CC BY "
             "4.0)",
             HERE / "heldout-370", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 1.00, type 0.79, no quotes; it showed a code's letters in two "
             "groups ('ES CoP') not linked to its name, a peer review typed a body, a map "
             "viewer named in a long apposition typed a body, a city's postal district after "
             "a street ('Dublin 2') typed other; fixed (P 1.00, type 0.95); left: a code by "
             "its letters alone ('ISSCoP') typed a body"),
            ("Three-hundred-and-seventy-first held-out set (Statistics Canada: three days of "
             "The Daily, a sustainable development report's introduction; Statistics Canada "
             "Open Licence)",
             HERE / "heldout-371", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.86, type 0.83, no quotes; it showed a site's menu copied as "
             "lines of items two spaces apart ('Release schedule'), a bulletin said to be "
             "released ('The Daily is released …') typed a body, a podcast before its "
             "episode's title dropped as a headline, a survey of goods typed a body, a "
             "heading's strategy cut to its last words though the body writes it after a "
             "year, a body run into its plan by year ('United Nations 2030 Agenda'); fixed "
             "(P 0.96, R 0.96, type 1.00); left: a database named across a spaced dash "
             "('Canadian Vital Statistics – Death Database') cut"),
            ("Three-hundred-and-seventy-second held-out set (the National Indian Gaming "
             "Commission: two archived 2003 releases from scans, its about page, a 2013 "
             "release; public domain)",
             HERE / "heldout-372", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.85, type 0.93, quotes R 1.00 (7/7), speaker 1.00 (quotes goal "
             "met); it showed a conference 'and Expo' split, an executive order's title after "
             "its number cut into pieces, a street and the town after it on one address line "
             "joined ('Quil Ceda Blvd Tulalip', '… Center 1 Myriad Gardens'), a casino resort "
             "typed a person, a trade show typed a body; fixed (P 0.91, R 0.91, type 0.98); "
             "left: a city run into its venue ('Oklahoma City Cox Convention Center'), places "
             "in a headline in capitals ('GREAT PLAINS', 'MIDWEST'), the state of Washington "
             "grouped with 'WASHINGTON, D.C.', a misread 'Cornmission'"),
            ("Three-hundred-and-seventy-third held-out set (the U.S. Railroad Retirement "
             "Board: two reposted releases, an annual report's opening as a document site "
             "extracts it; public domain)",
             HERE / "heldout-373", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.92, type 0.74, no quotes; it showed a programme's parts by "
             "letter ('Medicare Part D') typed bodies, a document by its form's number in "
             "brackets ('(Form BA-6)') left apart, a 'Certificate of …' typed a body, a "
             "street by its number and its side of town ('844 North Rush') typed a body; the "
             "gold had left 'Illinois' after 'Chicago, ' out of the optional names (fixed in "
             "the gold, as its rules ask); fixed (P 0.96, type 0.91); left: the cover's title "
             "broken mid-word ('Board 2018 Annual R'), 'New Deal' and 'Medicare Advantage' "
             "typed people"),
            ("Three-hundred-and-seventy-fourth held-out set (the Pension Benefit Guaranty "
             "Corporation: two press room pages, a statements listing; public domain)",
             HERE / "heldout-374", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.82, type 0.91, quotes R 1.00 (6/6), speaker 1.00 (quotes goal "
             "met); it showed pension plans typed documents, a plan's first words in brackets "
             "as its short name ('(Idaho Signatory)') left apart, a body's statement on "
             "another body run into one name ('PBGC Statement on Department of Labor'); fixed "
             "(P 0.86, R 0.86, type 1.00); left: 'D.C.' apart from an indented dateline, two "
             "programmes sharing a plural head kept as one, a fund's long and short names "
             "apart, names in a statement's title ('… Chairwoman Foxx and Subcommittee "
             "Chairman Good') missed, a report's title after a possessive ('Corporation’s "
             "Fiscal Year 2018 Annual Report') missed"),
            ("Three-hundred-and-seventy-fifth held-out set (the Federal Labor Relations "
             "Authority: its press releases' listing, an appeals court's opinion in a case "
             "against it; public domain)",
             HERE / "heldout-375", "gold written before the engine ran on it; first run: "
             "names P 0.75, R 0.69, type 0.83, no quotes in the gold (two short forms in "
             "marks suggested as quotes); it showed short forms a court's opinion defines in "
             "brackets and marks ('(\"FLRA\" or \"Authority\")') taken for quotes; fixed (no "
             "quote suggested); left: a regional office run into its parent's letters, a "
             "panel's chair glued to it, listing headlines' people and bodies missed "
             "('Susan Tsui Grundmann', 'Kurt Rumsfeld', 'Federal Service Impasses Panel'), a "
             "court's name with a comma cut to 'District of Columbia', the case's name and "
             "the site's missed, a citation and abbreviated posts taken for names ('D.C. "
             "Cir', 'Sol'), judges in capitals typed bodies"),
            ("Three-hundred-and-seventy-sixth held-out set (the U.S. Office of Personnel "
             "Management: posts of its Director's Blog, two months of its 'What's New' "
             "archive; public domain)",
             HERE / "heldout-376", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.94, type 0.98, no quotes in the gold, none suggested; it "
             "showed a profile's link taken for a name ('Facebook.com/OPMDirector'), a "
             "heritage month with its letters inside cut to a lone 'Month', a body and "
             "another named for its city joined by 'and', a city before 'company' typed a "
             "body, the government of the day's 'Administration' grouped with an agency's "
             "name, a listing's bulleted headlines run into their dates taken for names "
             "('Workforce Pays Off', 'Informed'), 'Americans' a group the gold had left out "
             "(gold fixed); fixed (names P 0.98, R 1.00, type 1.00); left: a firm by its "
             "first word ('Goldman' for 'Goldman Sachs') not grouped"),
            ("Three-hundred-and-seventy-seventh held-out set (the Inter-American Foundation: "
             "an annual report's calendar highlights, its 2020 review's opening, its page on "
             "Honduras, a chair's message from its archive; public domain)",
             HERE / "heldout-377", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.98, type 0.94, quotes 2/2 (speakers 1.00); it showed a "
             "region's conference on a disease cut before the disease's letters ('Caribbean "
             "HIV Conference'), a cover's lines in capitals with a year taken for names "
             "('REVIEW', 'REFLECTIONS ON'), a Spanish body's name broken at 'para el' and "
             "'de las', Spanish bodies and gatherings typed by their particles ('Red de "
             "Voluntarios de …' a person, 'Third Foro Interamericano …' a body), a reserve "
             "named in Spanish typed a body; fixed (names P 0.96, R 1.00, type 1.00); left: a "
             "body's short name, its first words ('Global Rights'), not grouped with it, "
             "'LGBT Haitians' a group beside 'Haitians', a site's keyboard hint ('Press "
             "Enter', 'Tab') suggested as people (optional in the gold)"),
            ("Three-hundred-and-seventy-eighth held-out set (the UK Statistics Authority, its "
             "regulator and the Office for National Statistics: letters, letters to the "
             "press, a news item; Open Government Licence)",
             HERE / "heldout-378", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.95, type 0.81, quotes 4/6 (speakers 0.75); it showed price "
             "indices by their letters typed bodies ('CPI', 'RPI', 'CPIH'), a committee named "
             "for its fields split at 'Administration and', a body whose name lists its "
             "fields cut after a post ('Social and Environmental Group'), a body after "
             "'colleagues at' typed a place, a 'State of the …' report typed an address, a "
             "county before its postcode typed a body, an index's letters before "
             "'-consistent' taken whole; fixed (names P 0.98, R 1.00, type 1.00); left: a "
             "reader's words after 'wrong to suggest that' and an insult after 'reference "
             "to … as' missed as quotes, 'FT' apart from 'FT Weekend Magazine', the speaker "
             "of a body's remit in marks"),
            ("Three-hundred-and-seventy-ninth held-out set (the United States Mint: a release "
             "and its releases' listing from its site, a release and a letter as coin "
             "collectors' sites repost them; public domain)",
             HERE / "heldout-379", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.92, type 1.00, no quotes in the gold, one suggested; it "
             "showed a post written with an en dash for its hyphen ('Sculptor–Engraver') "
             "run into the engraver's name, a generation's numeral cut off a name ('William "
             "Fleishell III'), a banknote's 'Series 2009' taken for a name, a programme's "
             "name broken at its registered mark ('Quarters® Program', 'Innovation® $1 Coin "
             "Program'), a trick's name after 'called a' taken for a quote; gold fixed "
             "('U.S. Mint' and 'United States Mint' one entity, an inscription optional as "
             "in set 95); fixed (names P 1.00, R 0.98, type 1.00, no quote suggested); left: "
             "'United States Mint at San Francisco' cut at 'at'"),
            ("Three-hundred-and-eightieth held-out set (the Federal Housing Finance Agency: its "
             "Government page, a news release, a release as a blog reposts it, a dataset's "
             "catalogue entry; public domain)",
             HERE / "heldout-380", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.92, type 0.82, quotes 1/1 and one wrong (speakers 0.00); it "
             "showed a report 'to Congress' cut before 'to', laws alone on their lines in a "
             "table dropped or cut at a first word the page writes in lower case ('Housing "
             "and …'), a law's short name apart from its dated title, a handle run into its "
             "network's name ('Twitter @FHFA'), a term in marks before the name it "
             "describes taken for a quote ('\"expanded-data\" HPI'); fixed (names P 1.00, "
             "R 1.00, type 0.84, no wrong quote); left: 'Fannie Mae' and 'Freddie Mac' "
             "typed people (a rule for two given names and no surname made people firms in "
             "forty other sets, so it did not land), a dataset's title typed a body, a "
             "statute's words quoted after 'requires … to' given no speaker"),
            ("Three-hundred-and-eighty-first held-out set (the National Capital Planning "
             "Commission: releases as a document site and a distribution site keep them, a "
             "staff recommendation's opening; public domain)",
             HERE / "heldout-381", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.85, type 0.98, quotes 4/4 (speakers 1.00); it showed a "
             "contact's name run into 'For Immediate Release' dropped with it, a war grouped "
             "with a commission named for it ('World War I'), a generation's numeral after "
             "a comma taken for a name ('John V. Cogbill, III'), 'the Mall' typed a person; "
             "fixed (names P 0.95, R 0.88, type 1.00); left: a staff recommendation's "
             "header run together ('Nancy Witherell NCPC File No. 6265 LINCOLN MEMORIAL "
             "…'), its headings inside the paragraph taken for names, a second headline on "
             "the first's line and a bulleted byline missed"),
            ("Three-hundred-and-eighty-second held-out set (the U.S. Access Board: two pages "
             "of its news listing, its budget justification's opening; public domain)",
             HERE / "heldout-382", "gold written before the engine ran on it; first run: "
             "names P 0.67, R 0.87, type 1.00, no quotes in the gold, none suggested; it "
             "showed a draft's long title with a colon broken into five names, an executive "
             "order's title after 'on' broken, a person by her two given names apart from "
             "her full name ('Rose Marie'), 'Appendix A' taken for a name; fixed (names P "
             "0.88, R 0.91, type 1.00; a title with a colon after any lower-case word took "
             "headlines run into teasers for titles in a dozen other sets, so only a "
             "'Draft of', 'Report of' or 'Study of' opens one); left: 'ADA and ABA "
             "Accessibility Standards' split, a board's posts taken for names ('Public "
             "Board', 'Longtime Access Board Secretary'), a subcommittee's fields with an "
             "'and' inside each missed"),
            ("Three-hundred-and-eighty-third held-out set (the Farm Credit Administration: "
             "four news releases on its Board's meetings from its old release database; "
             "public domain)",
             HERE / "heldout-383", "gold written before the engine ran on it; first run: "
             "names P 0.72, R 0.78, type 0.89, quotes 1/1 (speakers 1.00); it showed a "
             "dateline's town in capitals with its 'Mc' apart from the town ('McLEAN, Va.'), "
             "an address block with its state written out taken for a headline, laws with "
             "'in' cut ('Government in Sunshine Act'), a body's letters and its board split "
             "('FCA Board'), 'the Board on the System’s' joined, short forms defined as "
             "'(FCA or Agency)' apart from their name, a system of institutions typed a "
             "scheme, two offices joined by 'and the' kept whole; fixed (names P 0.97, R "
             "0.97, type 0.94); left: an association's name before ', ACA' typed a scheme, "
             "the board named only in a headline"),
            ("Three-hundred-and-eighty-fourth held-out set (the U.S. Trade and Development "
             "Agency: releases from its home page, its old archive and its news; public "
             "domain)",
             HERE / "heldout-384", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.98, quotes 4/4 (speakers 1.00): both goals met "
             "on the first run; left: an outreach programme after 'program,' typed a work "
             "('Making Global Local')"),
            ("Three-hundred-and-eighty-fifth held-out set (the National Mediation Board: its "
             "site's weekly activity reports, its Government Manual entry; public domain; and "
             "Wikipedia's article on it, CC BY-SA 4.0)",
             HERE / "heldout-385", "gold written before the engine ran on it; first run: "
             "names P 0.66, R 0.53, type 1.00, no quotes in the gold, none suggested; it "
             "showed a table's rows run into one line taken whole ('T-515 Norse Atlantic "
             "Airways AFA TBD Kelliher'); fixed in part (case numbers open rows and are no "
             "names, a carrier's name and a union's letters after it split: names P 0.78, R "
             "0.80, type 0.94); left: crafts run into mediators' surnames ('Electrical "
             "Workers McGuckin'), a table's headers taken for names, a carrier ending 'Int’l' "
             "run on, a directory's body glued to its holder's name ('Office of Legal "
             "AffairsMary L. Johnson'), a street with its quadrant"),
            ("Three-hundred-and-eighty-sixth held-out set (the U.S. Office of Government "
             "Ethics: a director's post and note, its notes' listing, a newsletter's page and "
             "a memorandum as web archives keep them; public domain)",
             HERE / "heldout-386", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.84, type 0.93, quotes 1/2 (speakers 0.00); it showed a "
             "storm after 'hurricane' in lower case typed a person, a body of rules ('Standards "
             "of Ethical Conduct for …') typed a body; fixed (names P 0.88, R 0.90, type 1.00; "
             "gold fixed: a yearly conference one entity without its year, as the earlier "
             "sets name such events; a year kept before 'Annual' and a plural 'Departments "
             "of …' dropped both broke other sets, so neither landed); left: a memo's FROM "
             "line's name run into its post ('Barbara A. Mullen-Roth Associate Director "
             "for …') lost, 'the Departments of Defense, Health and Human Services' taken "
             "for one name, a newsletter's masthead word and 'Director's Column' taken for "
             "bodies, a quoted phrase after 'for the' missed and a judge's words given to the "
             "director who recalled them"),
            ("Three-hundred-and-eighty-seventh held-out set (the Presidio Trust: a release and "
             "its mission page from its site, a release as a radio host's site reposts it; "
             "public domain)",
             HERE / "heldout-387", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.95, type 0.92, quotes 4/4 (speakers 1.00): both goals met "
             "on the first run; it showed a headline's participle run into a name ('Thomas "
             "B. Fargo Appointed'), a cemetery typed a body; fixed (names P 0.98, type "
             "0.94); left: 'Long the Army’s …' opening a sentence taken for a name, "
             "'Crissy Field' typed a person, 'The Savage Nation' before 'talk radio show' "
             "typed a body, 'Mrs. Weiner' (his wife) grouped with him"),
            ("Three-hundred-and-eighty-eighth held-out set (the Canadian Coast Guard's news as "
             "canada.ca's news search lists it; Open Government Licence – Canada)",
             HERE / "heldout-388", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.92, type 0.89, no quotes in the gold, none suggested; it "
             "showed Canadian Coast Guard ships by their 'CCGS' prefix typed a body and a "
             "person, a vessel's class typed a body, 'the Canadian Arctic' typed a people's "
             "body; fixed (type 0.96); left: a Quebec ministry's French name cut at "
             "'publique', two First Nations sharing one 'First Nations' kept whole, a "
             "department by two names apart ('Fisheries and Oceans Canada', 'Department of "
             "Fisheries and Oceans'), a bulleted town before a colon missed, a firm 'Resolve "
             "Marine' typed a person"),
            ("Three-hundred-and-eighty-ninth held-out set (the U.S. Court of Appeals for "
             "Veterans Claims: its anniversary release as a blog reposts it, a Senate "
             "committee's release on it; public domain; and its Wikipedia article, CC BY-SA "
             "4.0)",
             HERE / "heldout-389", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.94, type 1.00, quotes 2/2 (speakers 0.50); it showed a "
             "court's other names after 'is commonly referred to as' and 'or simply' apart "
             "from it, 'Article I of the United States Constitution' taken whole; fixed "
             "(names P 0.82, R 0.97); left: an infobox's labels before their values taken "
             "for names ('Appeals to Federal Circuit', 'Vet. App.'), a former name after "
             "'The court was previously known as' apart, an epigraph's speaker on the lines "
             "below it not given, a public law's number taken for a work"),
            ("Three-hundred-and-ninetieth held-out set (the Southwestern Power "
             "Administration's archived news items, a release and the Office of Electricity's "
             "blog post on it; public domain)",
             HERE / "heldout-390", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.96, type 0.96 (the names goal met), no quotes in the gold, "
             "none suggested; it showed two bodies listed after a comma taken for one "
             "('Bureau of Reclamation, International Boundary and Water Commission'), a "
             "union's local by its number cut to 'Local', a caption's body cut short of its "
             "head ('Western Area Power') trimmed further, a headline's 'Keeps' kept in a "
             "division's name, a conference's title in marks typed a work, a substation "
             "typed a body, an office by its city ('Tulsa Office') kept for the city; fixed "
             "(names P 1.00, R 1.00, type 1.00)"),
            ("Three-hundred-and-ninety-first held-out set (the American Battle Monuments "
             "Commission's releases, a distributor's copy, DVIDS' story and caption, a page "
             "of its news listing; public domain)",
             HERE / "heldout-391", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.88, type 0.94, quotes 6/6 (speakers 0.83); it showed a "
             "retired officer's titles and two bodies before his name kept whole ('ABMC "
             "Chairman U.S. Army Gen. (Ret.) Michael X. Garrett'), a DVIDS dateline of a "
             "town, a state and a country in capitals dropped, a logo's alt text and a "
             "photo's 'Photo By' kept in names, words a copy glued after links "
             "('Gibraltarand', 'Cemeteryto', 'Commissionhosted', '6thRanger', "
             "'Fisher-known'), a cemetery by its own name apart from it ('Flanders Field'), "
             "a speaker after 'Chairman, retired Lt. Gen' missed, given names glued to a "
             "surname typed a body, a wall and a rock by what they are of typed a body and "
             "a person, a centennial typed a city's office; fixed (names P 1.00, R 1.00, "
             "type 1.00, speakers 1.00; a gold fix: 'ARLINGTON, Va.' a form of ARLINGTON, "
             "as the gold rules give a dateline with its state)"),
            ("Three-hundred-and-ninety-second held-out set (the Great Lakes St. Lawrence "
             "Seaway Development Corporation's releases, a Secretary's remarks, a senator's "
             "and a representative's releases on it; public domain)",
             HERE / "heldout-392", "gold written before the engine ran on it; the engine "
             "first raised on it (an honorific alone before a bracket, 'Mr. [Terence] "
             "Bowles'), an old bug, mended with a property test of its own; first run then: "
             "names P 0.83, R 0.86, type 0.91, quotes 14/14 (speakers 0.93); it showed "
             "'Lakes-St.' losing its dot so the name broke, a seaway typed a person, a "
             "headline's person before a capitalised 'For' lost, posts with slashes "
             "('President/CEO') and posts before the bodies they are held in ('Chief "
             "Commercial Officer Canada Steamship Lines Group') kept in names, surnames after "
             "a title and an editor's bracketed given name typed a place and a body, an "
             "editor's bracketed surname apart from the given name, 'Saint' and 'St.' forms "
             "apart, 'Transport Canada' cut to Canada, a ceremony's 'Grand Opening of' kept, "
             "a visitor center typed a body, a pact in lower case after its name, a body's "
             "mission in marks without its speaker; fixed (names P 0.96, R 0.97, type "
             "0.99, speakers 1.00; two gold fixes by the gold rules: 'America' a form of "
             "'United States' and 'U.S.' of 'America'); left: 'Canadian Great Lakes' kept "
             "whole, the Seaway's other system names apart, 'U.S. Marine Highway' cut to its "
             "last words, a performance standard typed a body"),
            ("Three-hundred-and-ninety-third held-out set (HM Coastguard's blog: five pages "
             "of its archive; Open Government Licence v3.0)",
             HERE / "heldout-393", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.93, type 0.81, quotes 11/11 (speakers 1.00); it showed "
             "coastguard stations typed people and a place, a station's 'Watch Officer' "
             "kept in its name, 'Her Majesty’s Coastguard' cut, vessels in marks, in "
             "brackets and by what they did typed a body, a person and a work, an MBE and "
             "the New Year Honours typed a body and a person, a town near an estuary grouped "
             "with the harbour authority named for it, a rescue team named for a point cut "
             "from it, a station's lifeboat apart from its full name; fixed (names P 0.98, "
             "R 0.97, type 0.95); left: 'Ross of Mull and Craignure' kept whole (neither "
             "place in the gazetteer), a helicopter's call sign typed a body, a sandbank "
             "typed a bank, a naval air station typed a ship"),
            ("Three-hundred-and-ninety-fourth held-out set (the Udall Foundation's news on "
             "its Native American Congressional Interns and a Secretary's remarks on its "
             "exhibit; public domain)",
             HERE / "heldout-394", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.97, type 0.97 (the names goal met), quotes 2/2 (speakers "
             "1.00); it showed 'Confederated Tribes and Bands of the Yakama Nation' split at "
             "its 'and', 'Washington, D.C. Special …' run into the next sentence's first word, "
             "'Parks in Focus' split at its 'in' though written three times, an intern with "
             "a middle initial whose surname is 'Parks' typed a place, 'Native American' "
             "typed a party; fixed (names P 1.00, R 1.00, type 1.00)"),
            ("Three-hundred-and-ninety-fifth held-out set (the Great Barrier Reef Marine Park "
             "Authority: a CEO's statement, blog post and review, a board's statement, a "
             "chairman's review; CC BY 4.0)",
             HERE / "heldout-395", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.97, type 0.97 (the names goal met), quotes 6/6 (speakers "
             "1.00); it showed a caption's name and post glued to the text's 'I' dropped "
             "('… Chief Executive OfficerI am pleased'), the 'Reef Authority' apart from the "
             "Great Barrier Reef Marine Park Authority, a campaign in marks typed a work; "
             "fixed (names P 1.00, R 1.00, type 1.00); left: 'the Reef' grouped with the "
             "Authority in one post, not with the reef"),
            ("Three-hundred-and-ninety-sixth held-out set (the Merit Systems Protection "
             "Board: a CRS report's overview, a House subcommittee's hearing page, its list of "
             "press releases; public domain)",
             HERE / "heldout-396", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.67, type 1.00, no quotes in the gold, none suggested; it "
             "showed a list of headlines whose names were dropped: a disease's code "
             "('COVID-19'), a person with an initial before 'Designated', a subcommittee "
             "before 'Hearing:', and a board's letters run into its verb ('MSPB Finalizes "
             "Research Agenda'); fixed (names P 1.00, R 0.81); left: 'Congress' and a "
             "chairman by his surname alone in headlines, a survey named with its year and "
             "letters, a publication's title after 'Issues'"),
            ("Three-hundred-and-ninety-seventh held-out set (the U.S. Commission on "
             "International Religious Freedom: four pages of its list of press releases and "
             "statements, a page of two releases; public domain)",
             HERE / "heldout-397", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.94, type 0.96, quotes R 0.89 (16/18), speakers 0.81; it "
             "showed a seminary cut at 'Union', 'The Senate and House of Representatives' "
             "as one body, a body's letters with its 'Commissioners', 'Jehovah’s "
             "Witnesses' cut at its possessive, 'Clifford D. May' cut at the month, "
             "'Senate Democratic' as a body, 'the Expulsion of' before a name, a Spanish "
             "name's short form apart from it, an armed 'faction' and 'sanctions' typed "
             "people, and speakers lost: after a spaced hyphen, after 'praises', a letter's "
             "greeting given to the speaker before; fixed (names P 0.99, R 0.99, type "
             "0.98, speakers 1.00); left: 'A Dao' (a one-letter given name), 'Monson' "
             "typed a town, 'Islamic State in West Africa Province' a place, a law's words "
             "as adjectives in marks and a charge's words in single marks inside a quote"),
            ("Three-hundred-and-ninety-eighth held-out set (the U.S. Helsinki Commission: a "
             "release of two members' tributes, a hearing's summary, a release on a "
             "delegation, a page of a release and a hearing; public domain)",
             HERE / "heldout-398", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.96, type 0.95 (the names goal met), quotes 6/6, speakers "
             "0.67; it showed 'Co-Chairman' and 'Ranking Members' unread as posts, 'in "
             "Europe' cut from two bodies' names, a yearly session run into its body's name "
             "('the Tenth Annual Parliamentary Assembly of the Organization …'), a site's name "
             "in camel case run into a person's, 'the Russian Federation' typed a body, and "
             "speakers lost after 'a quote from Senator John McCain that' and 'spoke'; fixed "
             "(names P 0.97, R 1.00, type 0.99, speakers 1.00); left: 'Courage' opening a "
             "quote kept as a name (the engine knows no dictionary of common nouns), 'the "
             "Assembly' between two assemblies, 'Putin' alone typed a body"),
            ("Three-hundred-and-ninety-ninth held-out set (the Australian Building and "
             "Construction Commission: a media release on a union's penalties, two pages of "
             "its industry updates' court summaries; CC BY 4.0)",
             HERE / "heldout-399", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.97, type 0.95 (the names goal met), quotes R 0.90 (9/10), "
             "speakers 0.78; it showed a site's name holding 'on' cut ('the Broadway on Ann "
             "site'), a rail project typed a body, a formwork firm named for a given name "
             "typed a person, and the words a court found someone said given to the court; "
             "fixed (names P 1.00, R 1.00, type 1.00, speakers 1.00); left: 'deliberate and "
             "wilful' in marks after 'was' read as no one's words"),
            ("Four-hundredth held-out set (the Australian Human Rights Commission at Senate "
             "Estimates: four fragments of a committee's transcripts as ParlInfo serves them; "
             "CC BY-NC-ND 4.0)",
             HERE / "heldout-400", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.85, type 1.00, quotes 1/1 (and one passage that is no "
             "quote), speakers 0.00; it showed a committee's name on its own line over each "
             "transcript dropped by the headline rules (its 'and'), a line of link labels "
             "glued to their icons' ('Download PDFDownload PDF   View Parlview VideoWatch "
             "ParlView Video') read as a name, a minister's 'I said, ‘…’' given to no one "
             "and the words he says he did not say read as a quote; fixed (names P 1.00, "
             "R 1.00, quotes 1/1, speakers 1.00)"),
            ("Four-hundred-and-first held-out set (the Japan-U.S. Friendship Commission and "
             "the U.S. CULCON panel: three monthly archive pages, two news blogs; public "
             "domain)",
             HERE / "heldout-401", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.97, type 0.96 (the names goal met), quotes 3/3, speakers "
             "1.00 (the quotes goal met); it showed two countries joined by a hyphen cut "
             "from the bodies they open ('the Japan-U.S. Friendship Commission', 'the "
             "U.S.-Japan Bridging Foundation'), a professor's fields read as a body, a "
             "body's letters kept with its 'Panels' and 'Commissioners', and a meeting by "
             "its Roman numeral typed a body; fixed (names P 0.98, R 0.98, type 1.00); "
             "left: 'AAS’ Annual Meeting' in a headline, a name cut at its '&' before a "
             "word in lower case"),
            ("Four-hundred-and-second held-out set (the Scottish Parliament's Official Report: "
             "points of order, a meeting's agenda and a question, a convener's contributions; "
             "Open Scottish Parliament Licence v3.0)",
             HERE / "heldout-402", "gold written before the engine ran on it; first run: "
             "names P 0.77, R 0.85, type 0.91, no quotes in the gold, none suggested; it "
             "showed bills with brackets in their names lost from a meeting's agenda ('Civil "
             "Partnership (Scotland) Bill: Stage 1', and two brackets: 'Agriculture "
             "(Retained EU Law and Data) (Scotland) Bill'), a committee named with a comma "
             "list cut at its comma where the page repeats it over every contribution, a "
             "room run into its parliament's name ('the Debating Chamber of the Scottish "
             "Parliament'), a file's size kept with its report's name and a post's field "
             "after 'in' typed a place ('Standards in Public Life'); fixed (names P 0.90, R "
             "0.96); left: 'the Crown Office and Procurator Fiscal Service' split at its "
             "'and', 'the Parliament' apart from the Scottish Parliament where the United "
             "Kingdom Parliament is named too, a firm named before 'conference' typed an "
             "event"),
            ("Four-hundred-and-third held-out set (the Northern Ireland Assembly: a "
             "committee's Official Report, the Speaker's list of Acts given Royal Assent, two "
             "committees' minutes; Open Northern Ireland Assembly Licence)",
             HERE / "heldout-403", "gold written before the engine ran on it; first run: "
             "names P 0.51, R 0.43, type 1.00, no quotes in the gold, none suggested; it "
             "showed Acts named with their nation in brackets and their year cut at the "
             "bracket ('the Budget Act (Northern Ireland) 2016', fourteen of them), members "
             "listed one to a line by a title, an initial and a surname dropped ('Mr D "
             "Brooks'), an initial that is also a word dropped after a title ('Dr A "
             "McGarel'), parts of an Act cited by number read as names ('Review of Parts "
             "III and IV'), a law and its year cut before a heading's colon, 'the Register "
             "of Members’ Interests' cut at its possessive and guides' titles in a list cut "
             "at 'to the'; fixed (names P 1.00, R 0.96, type 1.00); left: 'Official Report "
             "(Hansard)' heading a page, the Assembly named only inside a report's title"),
            ("Four-hundred-and-fourth held-out set (the European Court of Auditors: the "
             "European Parliament's fact sheet, the Wikipedia article as a proxy copies it; "
             "reuse with acknowledgement, CC BY-SA 4.0)",
             HERE / "heldout-404", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.87, type 1.00, no quotes in the gold, none suggested; it "
             "showed an outline's lettered headings read as initials ('B. Term', 'C. "
             "Organisation') and 'the European Economic Community and Euratom' as one "
             "body; fixed (names P 0.96, R 0.96); left: 'the Community' alone where three "
             "communities are named, the court's French name after 'French:' in lower "
             "case"),
            ("Four-hundred-and-fifth held-out set (the Federal Motor Carrier Safety "
             "Administration: a page of its news archive, its first release as a web archive "
             "keeps it, a Secretary's remarks; public domain)",
             HERE / "heldout-405", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.97, type 1.00 (the names goal met), quotes 2/2, speakers "
             "1.00 (the quotes goal met); it showed a contest's name cut at its first word "
             "after a slogan in marks that ends with a full stop ('the \"Be Ready. Be "
             "Buckled.\" Safety Belt Student Art Contest') and a menu's 'Contact Us' read "
             "as a person; fixed (names P 0.97, R 1.00); left: the slogan suggested without "
             "its full stop"),
            ("Four-hundred-and-sixth held-out set (the United States Sentencing Commission as "
             "two mirrors copy Wikipedia's article: an infobox's labels run into their "
             "values, a table of former commissioners one cell a line; CC BY-SA 4.0)",
             HERE / "heldout-406", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.84, type 1.00, no quotes in the gold, none suggested; it "
             "showed an infobox's values run into their labels cut ('Jurisdiction:United "
             "States Judiciary') and a building run into its city, a court's district in a "
             "table's cell cut to its state, a post before a firm read as a partner "
             "('Attorney, Morrison & Foerster LLP') and 'the Supreme Court of the United "
             "States' cut before 'States' after a title; fixed (names P 0.94, R 1.00); "
             "left: 'N.D. Georgia' apart from 'the Northern District of Georgia', 'U.S.' "
             "suggested as the United States"),
            ("Four-hundred-and-seventh held-out set (the Southeastern Power Administration: "
             "the Department of Energy's page, the Wikipedia article, a page of the Corps of "
             "Engineers' news listing; public domain, CC BY-SA 4.0)",
             HERE / "heldout-407", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.98 (the names goal met), no quotes in the gold, "
             "none suggested; it showed a place named before its hydroelectric facility typed "
             "a body; fixed (type 1.00)"),
            ("Four-hundred-and-eighth held-out set (the Armed Forces Retirement Home: two "
             "American Forces Press Service articles as the Defense Department's news site "
             "keeps them, a third as a blog copies it; public domain)",
             HERE / "heldout-408", "gold written before the engine ran on it; first run: "
             "names P 0.98, R 0.95, type 0.90 (the names goal met), quotes 3/3, speakers "
             "0.67; it showed a byline's surname that names places typing its writer a place "
             "('By Donna Miles'), 'D-Day' read as a party-and-state mark, 'the War of 1812' "
             "cut before its year, a raid typed a person and a speaker lost behind a long "
             "post between commas; fixed (names P 1.00, R 1.00, type 1.00, speakers 1.00)"),
            ("Four-hundred-and-ninth held-out set (the Office of Navajo and Hopi Indian "
             "Relocation through the Interior Department's Inspector General: two report "
             "summaries, a report's first pages as a document site transcribes them; public "
             "domain)",
             HERE / "heldout-409", "gold written before the engine ran on it; first run: "
             "names P 0.68, R 0.85, type 1.00, no quotes in the gold, none suggested; it "
             "showed an address block run into one line ('… Subcommittee on Interior, "
             "Environment, and Related Agencies B-308 Rayburn House Office Building') cut at "
             "its commas and kept with its room number, and 'Report No.:' read as a body; "
             "fixed (names P 0.86, R 0.90); left: a report's title page in capitals read as "
             "one body, the committee run into its subcommittee in the address block, "
             "'U.S.DEPARTMENT OF THE INTERIOR FEB' without its spaces, an OCR slip leaving "
             "'General' alone"),
            ("Four-hundred-and-tenth held-out set (the Occupational Safety and Health Review "
             "Commission: its biennial report's opening, its entries in the 2000 and today's "
             "Government Manual, Wikipedia's article as a mirror copies it; public domain and "
             "CC BY-SA)",
             HERE / "heldout-410", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.84, type 1.00, no quotes in the gold, none suggested; it "
             "showed prose hard-wrapped with a space left before each break read line by "
             "line ('Act of 1970', 'Safety and Health Administration'), a directory's rows "
             "run together over their ends and a name broken over two lines of its column "
             "('Stuart E.' / 'Weisberg'), a signature 'W. Scott Railton' alone on its line "
             "lost as a headline's, and a table's head glued together ('NamePartySworn'); "
             "fixed (names P 0.93, R 1.00, type 1.00); left: 'GPO' of 'GPO Access', a "
             "street's 'NW.' without its full stop"),
            ("Four-hundred-and-eleventh held-out set (the Nevada Current, a States Newsroom "
             "outlet, as a news aggregator copies Yahoo's copies: a film tax credit's last "
             "day, a housing bill blocked at the governor's request; CC BY-NC-ND 4.0)",
             HERE / "heldout-411", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.90, quotes 1.00 (4/4), speakers 0.50; it "
             "showed 'Warner Bros. Discovery' typed a person for 'Warner', a headline's "
             "partial quotation given to the owner of the 'request' before the subject "
             "('At Lombardo's request, Hansen ‘reluctantly' blocks …') and the subject of "
             "'was asked' taken for the speaker of the words a press secretary reports; "
             "fixed (type 0.95, speakers 1.00); left: a development 'Project' typed a body"),
            ("Four-hundred-and-twelfth held-out set (the Advisory Council on Historic "
             "Preservation: a release from its old site, a page of its news listing, a "
             "business meeting's summary, an older release as a web archive keeps it; "
             "public domain)",
             HERE / "heldout-412", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.90, type 0.95, quotes 0.75 (3/4), speakers 1.00; it "
             "showed photos' names run into a dateline with its state ('Lynne "
             "SebastianWASHINGTON, D.C. –') and into a post ('… FernandezSecretary’s'), a "
             "body's 'Winter Business Meeting' cut as a byline, a room run into its "
             "building, 'in' inside an award's name and a building's number lost, a "
             "quote's next part opened with a closing mark, a site's path whose arrows' "
             "alt text ran into its titles, a standing conference of officers typed an "
             "event and 'The History Channel' a work; fixed (names P 0.96, R 0.99, type "
             "0.99, quotes 1.00); left: 'Tribal' of a menu's 'Federal, State, & Tribal "
             "Programs', an award named after a possessive ('… Alliance's Good Brick "
             "President's Award')"),
            ("Four-hundred-and-thirteenth held-out set (the Privacy and Civil Liberties "
             "Oversight Board: its oversight reports' page, a semi-annual report's letter as "
             "a document site transcribes it, two Wikipedia articles, one as a mirror "
             "copies it; public domain and CC BY-SA)",
             HERE / "heldout-413", "gold written before the engine ran on it; first run: "
             "names P 0.59, R 0.63, type 0.97, quotes 0.83 (5/6), speakers 0.40; it "
             "showed a letter's addressees each with a post after the name and no comma "
             "('The Honorable Tom Coburn Ranking Member, U.S. Senate Committee …'), a law "
             "holding 'of the 9/11 Commission' cut at the day and read as a person and a "
             "body, a law for a fiscal year cut before its year and its letters not "
             "grouped with it, a report's cover in capitals run into its title and months, "
             "'Semi-Annual Report of the …Board' as one body, 'Director of National "
             "Intelligence' leaving a person, and the speaker lost after 'citing'; fixed "
             "(names P 0.98, R 0.98, type 1.00, speakers 0.60); left: 'C.A. “Dutch” "
             "Ruppersberger', a law's words quoted in pieces given to no one"),
            ("Four-hundred-and-fourteenth held-out set (the United States Court of Federal "
             "Claims: its chief judge's messages, a page of its announcements, a welcome as "
             "a web archive keeps it; public domain)",
             HERE / "heldout-414", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 1.00, type 1.00, no quotes in the gold, none suggested; it "
             "showed a country's court cut into the country and the court the story also "
             "writes alone, and 'the Amended General Order' read as a general and a "
             "person; fixed (names P 1.00)"),
            ("Four-hundred-and-fifteenth held-out set (the U.S. International Development "
             "Finance Corporation: two releases, one as a news site copies it, a blog post, "
             "Wikipedia's article as a mirror copies it; public domain and CC BY-SA)",
             HERE / "heldout-415", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.94, type 0.92, quotes 0.80 (4/5), speakers 1.00; it "
             "showed a programme opening with a digit cut to its words ('2X Women’s "
             "Initiative') and one named for a continent typed a person ('Prosper Africa'), "
             "taking 'Africa' as its surname; fixed (names P 1.00, R 1.00, type 0.89); "
             "left: programmes typed bodies, a name with its letters in brackets before its "
             "head, a quotation closed but never opened"),
            ("Four-hundred-and-sixteenth held-out set (the Royal Canadian Mounted Police and "
             "its complaints commission: a release as a newswire carries it, the "
             "commission's release, a release as a local news site copies it; Open "
             "Government Licence – Canada)",
             HERE / "heldout-416", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.90, type 0.93, quotes 1.00 (2/2), speakers 1.00; it "
             "showed charged people's surnames in capitals read as letters ('Darlton GRAHAM "
             "of London'), a person's town lost where a sentence ends with its province, a "
             "rank's short form kept ('Insp. Lise Crouch'), a body named 'Against the RCMP' "
             "cut and read as a person, and a post's field written twice, 'Director of Law "
             "Enforcement', read as a body; fixed (names P 0.91, R 0.97, type 1.00); left: "
             "divisions by their letters run into the teams' name, a charge's 'Offence', "
             "the RCMP grouped with its Alberta division"),
            ("Four-hundred-and-seventeenth held-out set (Voice of America on droughts: two "
             "Learning English agriculture reports, a VOA Zimbabwe story; public domain)",
             HERE / "heldout-417", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.95, type 0.97, quotes 1.00 (4/4), speakers 1.00; it "
             "showed a reference book named after a possessive cut ('Merriam-Webster "
             "Learner's Dictionary'), a speaker's label in capitals with 'JR.' typed a body "
             "and a person's name without his suffix kept apart ('Alan Bowers' … 'Alan "
             "Bowers Junior'), 'the Mississippi' apart from the river, a headline's "
             "'Declines' after 'Minister' read as a person, a minister's listed portfolio "
             "as a body, a party's letters with its faction's ('MDC-T') and a surname run "
             "into a body's number ('VOA Studio 7 Made'); fixed (names P 1.00, R 1.00); "
             "left: a constituency before 'legislator' typed a body"),
            ("Four-hundred-and-eighteenth held-out set (Global Voices: three short posts on "
             "Trinidad and Tobago as its print pages give them, a month's listing; CC BY "
             "3.0)",
             HERE / "heldout-418", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.89, quotes 1.00 (3/3), speakers 0.33; it "
             "showed quotes opening a paragraph whose speakers the next words name, with no "
             "verb of saying ('“…?” Trinidadian blogger Taran Rampersad [1] takes issue …', "
             "'“…”: Attillah Springer [1] wishes …'), 'Obama' typed a town and a UN "
             "convention an event; fixed (type 1.00, speakers 1.00)"),
            ("Four-hundred-and-nineteenth held-out set (the Crown Office and Procurator "
             "Fiscal Service: four pages of its news listings; Open Government Licence "
             "v3.0)",
             HERE / "heldout-419", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.98, type 0.93, no quotes in the gold, none suggested; it "
             "showed 'the Crown Office' kept apart from 'the Crown Office and Procurator "
             "Fiscal Service', hotels typed people and bodies, and a helicopter's crash "
             "typed a person; fixed (names P 0.96, type 1.00); left: a post the tables do "
             "not know before a name ('Equality Champion Ruth McQuaid'), a listing's "
             "category 'Death investigations'"),
            ("Four-hundred-and-twentieth held-out set (the Natural Resources Conservation "
             "Service: three state releases, two as other sites carry them; public domain)",
             HERE / "heldout-420", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.96, type 0.75, quotes 1.00 (6/6), speakers 1.00; it "
             "showed a dateline's town dropped where the date follows the state with no "
             "comma ('Salina, Kansas November 15, 2018—'), a state conservationist's post "
             "kept with his name and 'Eric B. Banks' typed a body for 'Banks'; fixed "
             "(names R 1.00, type 0.80); left: initiatives typed bodies where the gold "
             "(stricter than earlier sets') has them programmes"),
            ("Four-hundred-and-twenty-first held-out set (the U.S. Fire Administration and "
             "FEMA on fire prevention: four releases as other sites keep them; public "
             "domain)",
             HERE / "heldout-421", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.94, type 1.00, quotes 1.00 (9/9), speakers 0.78; it "
             "showed quotes given to a post the name follows after ', and former volunteer "
             "firefighter', a headline's 'Travels' read as a person, 'Earth Week' lost in a "
             "headline and a path's label after a leading '»' read as a body; fixed (names "
             "P 0.91, R 0.97, speakers 1.00); left: a campaign's theme in marks and in its "
             "headline, 'Fire is Everyone’s Fight' with its small word"),
            ("Four-hundred-and-twenty-second held-out set (the New Zealand Government on "
             "schools and the Conservation Authority's briefing: a search page, a release as "
             "a wire reposts it, a transcript, a briefing; CC BY 4.0)",
             HERE / "heldout-422", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.84, type 0.97, quotes 1.00 (4/4), speakers 1.00; it "
             "showed a te reo place's hyphened particles cut ('Taupo-nui-a-Tia College'), "
             "names joined by 'and' kept whole ('Tuwharetoa ki Kawerau and Te Pou Oranga o "
             "Whakatohea', 'Kumeu and Scott Point'), a school clipped to 'High' typed a "
             "person, a body's te reo name after a slash kept apart from its English one "
             "and peoples listed after a dash missed; fixed (names P 1.00, R 1.00, type "
             "1.00)"),
            ("Four-hundred-and-twenty-third held-out set (the U.S. African Development "
             "Foundation: a State Department story, two of its pages, one as a news site "
             "reposts it, its 2009 About page; public domain)",
             HERE / "heldout-423", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.75, type 0.97, no quotes in the gold, none suggested; it "
             "showed a firm's regional arm cut at 'General' as a rank ('General Electric "
             "Africa'), a summit of two places cut at the hyphen, a bulleted list's last "
             "item read as a headline, a label's colon read as a sentence's end before a "
             "list of camps and 'Kakuma and Kalobeyei Refugee Settlements' kept whole; fixed "
             "(names P 0.97, R 0.95, type 0.97); left: 'GE' apart from 'General Electric "
             "Africa', a menu's 'Reports to Congress', a challenge named after its "
             "sponsor's name ('Smart Communities Coalition Off-Grid Energy Challenge')"),
            ("Four-hundred-and-twenty-fourth held-out set (Voice of America's own reporting: "
             "a VOA Khmer story, a feed story as an aggregator keeps it, video teasers, "
             "teasers as a news aggregator lists them; public domain)",
             HERE / "heldout-424", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.92, type 0.96, quotes 1.00 (2/2), speakers 0.50; it "
             "showed an outlet's name over each teaser cut to 'America', 'Chad After "
             "Decade' read as a person in a headline, 'Rohingya Muslim' as a person, a "
             "word in marks given to the sentence's subject past the relative clause "
             "whose name it is ('…, which called …'), a show's name in marks before its "
             "listeners read as a quote and aircraft by their makers' codes typed bodies; "
             "fixed (names P 1.00, R 1.00, type 0.98, speakers 1.00); left: a teaser's "
             "'World Humanitarian...' typed a person"),
            ("Four-hundred-and-twenty-fifth held-out set (Wikimedia's community news: "
             "Wikinews' Main Page as a web archive keeps it, a Signpost op-ed as a proxy "
             "serves it, a reply in a Wikinews story's comments; CC BY 2.5, CC BY-SA 4.0)",
             HERE / "heldout-425", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.95, type 0.94, quotes 0.50 (1/2), speakers 0.00; it "
             "showed a row of links run together cut wrong ('Wikinews Atom Feed Wikinews', "
             "'Twitter Wikinews'), a land's nicknames after 'known as' typed bodies and an "
             "announcement's words in marks given to 'a scheme', not to who announced it; "
             "fixed (names P 0.95, type 1.00, speakers 1.00); left: the nicknames apart "
             "from the country, 'Wikipedia' grouped with 'Wikipedia Signpost', a name "
             "after 'mini-' (names after 'pro-', 'anti-', 'non-' were tried and undone: "
             "six earlier sets' gold leaves them out) and an unattributed phrase in marks "
             "the gold counts as a quote"),
            ("Four-hundred-and-twenty-sixth held-out set (Parks Canada on its work with "
             "Indigenous peoples: two staff messages, a page, a page as Library and "
             "Archives Canada's web archive keeps it; Open Government Licence – Canada)",
             HERE / "heldout-426", "gold written before the engine ran on it; first run: "
             "names P 0.98, R 0.98, type 0.98, quotes 1.00 (1/1), speakers 0.00; it "
             "showed a quotation after 'Quote:' and signed after a spaced hyphen given to "
             "no one and 'Summer Solstice' typed a person; fixed (type 1.00, speakers "
             "1.00); left: 'Torngat Mountains' apart from the park named for them, 'Nunavik "
             "Inuit' (the tables know no Inuit) typed a person"),
            ("Four-hundred-and-twenty-seventh held-out set (the UK's National Crime Agency: "
             "a release as a government news service reposts it, a page, its annual plan "
             "as a document site serves it; Open Government Licence)",
             HERE / "heldout-427", "gold written before the engine ran on it; first run: "
             "names P 0.75, R 0.86, type 0.92, quotes 0.50 (1/2), speakers 1.00; it "
             "showed an award after a post's possessive cut to 'Commendation', a page "
             "title's last name run into the heading on the next line of a hard-wrapped "
             "text ('National Crime Agency Contents'), a report's headings as names and "
             "malware typed a person; fixed (names P 1.00, R 0.93, type 1.00); left: a "
             "contents line's title broken across two lines, a judge's words in marks "
             "after 'commended by the judge for descriptions which were'"),
            ("Four-hundred-and-twenty-eighth held-out set (the Bureau of Ocean Energy "
             "Management and the Interior Department on offshore energy: two releases as a "
             "distributor and a magazine carry them, a notice, two Federal Register notices "
             "as a law site serves them; public domain)",
             HERE / "heldout-428", "gold written before the engine ran on it; first run: "
             "names P 0.74, R 0.87, type 1.00, quotes 1.00 (3/3), speakers 1.00; it "
             "showed the Federal Register's filing line read as names ('Doc', 'Filed'), a "
             "page's header line run into the narrow column below it, 'the Former' kept "
             "before a refuge's name and 'Gulf of Mexico' cut in a title; fixed, and the "
             "gold given 'Biden-Harris administration' as the earlier sets have it (names "
             "P 0.94, R 0.94); left: a refuge's name the copy cut short, run into the next "
             "line, and 'Outer Continental Shelf' in the title"),
            ("Four-hundred-and-twenty-ninth held-out set (Global Voices: two monthly story "
             "listings, its main feed as a site serves it raw; CC BY 3.0)",
             HERE / "heldout-429", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.91, type 0.98, quotes 1.00 (2/2), speakers 1.00; it "
             "showed a report's name before its colon lost in a listing's headline "
             "('Unfreedom Monitor Report: Venezuela') and spyware typed a body; fixed "
             "(names R 0.93, type 1.00); left: a people before 'people' and 'diaspora' "
             "('Uyghur'), a project named only as a sentence's first word ('Advox'), a "
             "series' name the gold gives without the subtitle its marks hold"),
            ("Four-hundred-and-thirtieth held-out set (VOA's English teaching service: an "
             "education feed as a web archive keeps it, a programme's transcript as a "
             "language site copies it, an education listing; public domain)",
             HERE / "heldout-430", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 1.00, type 0.89, quotes 0.69 (9/13), speakers 0.78; it "
             "showed a transcript's labels in capitals given to no one ('STUDENTS:', "
             "'TEACHER AND STUDENTS:'), a headline's 'Gets' read as a person, a report's "
             "title before 'report' typed a body, 'the Taliban … his family' typed a "
             "person and a name after 'The program,' and before 'explains' typed a work; "
             "fixed (names P 0.92, type 0.97, quotes 0.92, speakers 1.00); left: a feed's "
             "title run into its first story, a one-word line of speech, 'THIS IS AMERICA' "
             "typed by its capitals"),
            ("Four-hundred-and-thirty-first held-out set (CSIRO: two annual-report pages on "
             "the transparency portal, a parliamentary committee's chapter, its Wikipedia "
             "article on the mobile site; CC BY 4.0, CC BY-NC-ND 4.0, CC BY-SA 4.0)",
             HERE / "heldout-431", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.89, type 0.87, no quotes in the gold, none suggested; it "
             "showed an infobox's label run into a web address read as a person "
             "('Websitewww.csiro.au Edit'), a technology written with its trademark's "
             "letters typed a body and a report by its number typed other; fixed (names P "
             "0.91, type 0.94); left: an inquiry's title with 'in the' inside, strategies "
             "told apart by their years, 'Wi-Fi' and a product after 'repellent in'"),
            ("Four-hundred-and-thirty-second held-out set (Ireland's Revenue Commissioners on "
             "seizures: two press releases, one as a radio station's site reposts it; CC BY "
             "4.0)",
             HERE / "heldout-432", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.88, type 0.91, no quotes in the gold, one passage suggested; "
             "it showed Irish bodies opening with 'An' ('An Garda Síochána') cut, a numbered "
             "section run into the law with brackets it belongs to, a unit glued to its "
             "number ('24.5Kg') suggested, and a brand in marks after 'branded' taken for a "
             "quote and a work; fixed (names P 0.96, R 0.96, type 1.00, no quote suggested); "
             "left: a port written apart from its longer name, the body's one-word short name "
             "('Revenue')"),
            ("Four-hundred-and-thirty-third held-out set (Europol's releases on police "
             "operations: one on its site, three as a magazine, a border-security site and a "
             "homeland-security site repost them; reproduction authorised with the source "
             "acknowledged)",
             HERE / "heldout-433", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.97, type 1.00, no quotes in the gold, none suggested; it "
             "showed a body's name in its own language and script, a slash between them, "
             "suggested apart from the English one, a body named in French in sentence case "
             "cut at its first word ('Direction'), a body named for its mission ('Central "
             "Office to fight Against …') cut at the verb, 'French Customs' losing its "
             "adjective and 'EU Member States' leaving 'States' as a person; fixed (names P "
             "1.00, R 1.00, type 1.00)"),
            ("Four-hundred-and-thirty-fourth held-out set (Irish government departments: a "
             "release and a minister of state's remarks on gov.ie, two releases as a newswire "
             "and a farmers' site repost them; CC BY 4.0)",
             HERE / "heldout-434", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.82, type 1.00, quotes R 1.00 (5/5), P 1.00, speaker 0.80; "
             "it showed a minister's portfolio after a comma ('Agriculture, Food and the "
             "Marine') cut into names and glued to the minister's, 'T.D.' with its dots "
             "kept on a name, a country named with 'and' run into the next ('Bosnia and "
             "Herzegovina and Moldova'), an expo by its year run into the name before it, a "
             "minister of state named only in a remarks' heading missed, a bilateral "
             "programme by its year missed and 'the Minister said “…”' left without its "
             "speaker; fixed (names P 1.00, R 1.00, type 1.00, speakers 1.00)"),
            ("Four-hundred-and-thirty-fifth held-out set (Mozilla's blogs: its policy blog's "
             "front page stored twice, a main-blog post, a post from the policy blog's second "
             "page; CC BY-SA 3.0)",
             HERE / "heldout-435", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.94, type 0.90, quotes R 1.00 (1/1), P 1.00, speaker 1.00; "
             "it showed a body by its one word taken for the first name of its team's "
             "('Mozilla' → 'Mozilla Advocacy'), 'the Mozilla mission' typing the body an "
             "event, 'everything we do at Mozilla' a place and 'the D.C. Circuit' a place; "
             "fixed (names R 0.97, type 1.00); left: 'Mozilla' folded into 'Mozilla "
             "Foundation', which the gold keeps apart"),
            ("Four-hundred-and-thirty-sixth held-out set (New Zealand's Parliament: two "
             "business statements from Hansard as a news wire reposts them, select "
             "committees' weekly news of 2000 as a news site reposts it, hard-wrapped; CC BY "
             "4.0)",
             HERE / "heldout-436", "gold written before the engine ran on it; first run: "
             "names P 0.48, R 0.48, type 0.88, no quotes in the gold, none suggested; it "
             "showed bills whose names hold a bracket of words in any case ('Electoral "
             "(Registration of Sentenced Prisoners) Amendment Bill') cut into pieces, a "
             "speaker's label in capitals typed a body, a committee named for its fields cut "
             "at 'and', a committee run into the paper it reported on and into its "
             "parliament, an address's letters read as a state ('SC-ES@…'), and a ragged, "
             "hard-wrapped column not seen as wrapped, its names broken over lines lost; "
             "fixed (names P 1.00, R 0.98, type 1.00); left: a committee by its fields alone "
             "on a heading's line ('Law and Order')"),
            ("Four-hundred-and-thirty-seventh held-out set (Capital B: its founders' welcome, "
             "its stories as a republishing site lists them, its posts as a Facebook mirror "
             "copies them; CC BY-NC-ND 4.0)",
             HERE / "heldout-437", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 1.00, type 0.88, quotes R 0.00 (0/2), none suggested; it "
             "showed a headline opening with someone's words in single marks left out when a "
             "listing repeats the headline over 'Read More »', a newsroom's city edition "
             "('Capital B Atlanta') typed a person by its middle letter, 'a news site called "
             "The Root' a place, a place in apposition ('Peoplestown, a gentrifying "
             "neighborhood where …') a body, 'America' of 'Black America' suggested, and "
             "'Veteran Black lawmakers' read as a person; fixed (names P 1.00, type 1.00, "
             "quotes 1.00)"),
            ("Four-hundred-and-thirty-eighth held-out set (the Australian Federal Police: a "
             "release and a page of its news listing on its site, a release as a news "
             "aggregator reposts it, its Commissioner's opening statement to a Senate "
             "committee; CC BY 4.0)",
             HERE / "heldout-438", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 1.00, type 0.97, quotes R 1.00 (1/1), P 0.50, speaker 1.00; "
             "it showed a listing's 'MORE' links glued to the next headline's first word "
             "('MOREDrug') suggested, and a team's letters in two groups ('SA JACET') apart "
             "from its name, and a suburb before 'man' typed a people ('A Tullamarine man'); "
             "fixed (names P 1.00; the suburb with the next set's fixes, type 1.00); left: a "
             "scare term in single marks suggested"),
            ("Four-hundred-and-thirty-ninth held-out set (the European Court of Auditors: the "
             "openings of two annual activity reports as the EU's Publications Office serves "
             "them, its communication policy page; CC BY 4.0)",
             HERE / "heldout-439", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 1.00, type 0.96, no quotes in the gold, none suggested; it "
             "showed 'a fully-fledged European Institution' suggested as a name, 'the Union' "
             "kept apart from 'the EU' and 'their Royal Highnesses the Grand Duke and Grand "
             "Duchess' read as a body; fixed (names P 1.00); left: 'the Digital Future of "
             "Europe', a policy package, typed a body"),
            ("Four-hundred-and-fortieth held-out set (the Norwegian Government's news pages: "
             "two listings of 2014 and 2015, two of 2025 whose items' labels are glued to their "
             "teasers; NLOD)",
             HERE / "heldout-440", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.90, type 1.00, quotes R 0.62 (5/8), P 1.00, speaker 1.00; "
             "it showed listing items' date and kind read as names and the ministry's last "
             "word glued to the teaser's first ('Ministry of Foreign AffairsA'), a teaser's "
             "quote glued to the ministry, and teasers cut inside a quote in single marks, "
             "missed; 'the Office of the Prime Minister' dropped as a title, 'the UN' folded "
             "into 'the UN Refugee Agency', 'the Governments of …' kept on a country's name "
             "and the listing's sorting options suggested; fixed (names P 0.92, R 0.97, quotes "
             "1.00, speakers 0.88); left: a partnership's name around its letters, 'the "
             "African Union Headquarters', a commission of inquiry cut at 'on the', 'the "
             "Historical archive'"),
            ("Four-hundred-and-forty-first held-out set (the ACT Government's media releases "
             "as the MIL-OSI newswire reposts them under wrong source lines; CC BY 4.0)",
             HERE / "heldout-441", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.87, type 0.91, quotes R 1.00 (8/8), P 1.00, speaker 1.00; "
             "it showed a newswire's 'Source:' line dropped as a headline, a service named for "
             "two fields sharing its head cut at 'and' ('Police and Fire Services'), a "
             "directorate named with its minister's title cut at the comma, an act's year "
             "glued to it typed a person ('Human Rights Act2004') and a square named for a "
             "city a person ('Hobart Place'); fixed (names P 0.97, R 0.97, type 0.97; the FBI "
             "set, 99, gained a name); left: 'City Hill Car Park' cut to 'Hill Car Park', a "
             "tennis programme typed a body"),
            ("Four-hundred-and-forty-second held-out set (the Tasmanian Government: two pages "
             "of the Premier's media-release listing, a release as an aggregator reposts it, a "
             "weekly round-up as a newswire reposts it; CC BY 4.0)",
             HERE / "heldout-442", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.87, type 0.96, no quotes in the gold, none suggested; it "
             "showed a government with and without its party ('the Tasmanian Liberal "
             "Government') kept apart and 'Learn CPR' of a headline read as a name; fixed "
             "(names P 0.96); left: the names of a listing's sentence-case headlines dropped "
             "as title case ('Theatre Royal Bill passes Parliament'; treating a listing's "
             "lines as sentence case cost ten other sets, so it was undone), the premier's "
             "name alone on its line, the aggregator's 'State of Tasmania Government'"),
            ("Four-hundred-and-forty-third held-out set (Global Voices: two monthly topic "
             "listings; CC BY 3.0)",
             HERE / "heldout-443", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.94, type 0.88, quotes R 0.83 (5/6), P 1.00, speaker 1.00"),
            ("Four-hundred-and-forty-fourth held-out set (the European Food Safety Authority: "
             "its site's news search results, two feed items as an association's page copies "
             "them; reproduction authorised with the source acknowledged)",
             HERE / "heldout-444", "gold written before the engine ran on it; first run: "
             "names P 0.73, R 0.76, type 0.94, no quotes in the gold, none suggested; it "
             "showed species by their Latin names cut to the genus ('Theobroma cacao L.', "
             "'Liriomyza sativae' that the text then writes 'L. sativae'), a body's panel cut "
             "at 'on' ('EFSA Panel on Plant Health') and 'that Regulation' kept apart from the "
             "numbered regulation it means; fixed (names P 1.00, R 0.90, type 0.95); left: a "
             "newsletter's name on a heading's line, 'the EU' beside a regulation's '(EU)', "
             "'PFAS' typed a body"),
            ("Four-hundred-and-forty-fifth held-out set (UK government news: a Ministry of "
             "Defence story on GOV.UK, a Ministry of Defence release as a politics archive "
             "reposts it, an Environment Agency release as an aggregator reposts it; OGL v3.0)",
             HERE / "heldout-445", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.91, type 0.91, quotes R 0.88 (7/8), P 1.00, speaker 0.86; it "
             "showed 'Five Power Defence Arrangements' cut to 'Power Defence Arrangements', "
             "'Commander Grant Dalgleish' typed a body (a given name that is a body's word), "
             "'the RAF' (before a craft's model) and 'the Pacific' (folded into 'Asia Pacific') "
             "missed, 'High North' and 'Submarine Support' typed persons, a headline's words in "
             "single marks given to the label 'PRESS RELEASE'; fixed (names P 0.98, R 1.00, "
             "type 1.00, quotes 8/8, speakers 1.00); left: 'Naval Base' kept apart from the two "
             "bases it could shorten"),
            ("Four-hundred-and-forty-sixth held-out set (the European Commission's Daily News "
             "as a document site's transcriptions and a newswire's tag page copy it; reuse "
             "authorised with the source acknowledged)",
             HERE / "heldout-446", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 1.00, type 0.89, quotes R 1.00 (5/5), P 1.00, speaker 1.00; it "
             "showed a date spaced around its slashes run into a name ('Daily News 12 / 07 / "
             "2021'), its year counting the city after it as people, a day observed 'against' "
             "a list cut at the list's commas and its letters in brackets not taken for it, "
             "'Photographs of the Berlaymont' as one name, a portfolio's fields after a comma "
             "('…, Taxation and Customs') taken for a body, an economic forecast typed a body "
             "and 'production of COVID-19' read as a work's title; fixed (names P 0.97, R 1.00, "
             "type 1.00); left: 'EU Therapeutics Strategy' kept apart from the 'COVID-19 "
             "Therapeutics Strategy' it means"),
            ("Four-hundred-and-forty-seventh held-out set (Voice of America's world news: "
             "Guinea's elections, the Pakistani Taliban, VOA Zimbabwe on a party's threat to "
             "jam radio; public domain)",
             HERE / "heldout-447", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.95, type 0.89, quotes R 1.00 (5/5), P 0.83, speaker 1.00 (the "
             "gold then corrected: a spokesman's words after 'what he termed' are his); it "
             "showed a list's last two stations joined at 'and' ('SW Radio Africa and Voice of "
             "the People'), 'the Pakistani Taliban' typed a person and kept apart from 'the "
             "Pakistan Taliban', a party typed an event before 'conference' and then a person, "
             "'Studio 7' typed other, a place after 'stronghold of' typed a body; fixed (names "
             "P 1.00, R 1.00, type 1.00, quotes 6/6, speakers 1.00)"),
            ("Four-hundred-and-forty-eighth held-out set (Voice of America on Venezuela's "
             "crisis of 2019: two stories, and its teasers as a tag page copies them; public "
             "domain)",
             HERE / "heldout-448", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.97, type 0.97, quotes R 0.67 (6/9), P 1.00, speaker 1.00 (the "
             "gold then corrected: a campaign's hashtag is a name, as earlier sets count "
             "them); it showed 'Early Saturday' taken for a person, 'Operación Libertad' typed "
             "a body, partial quotes after 'expressed' missed and one given to a name inside "
             "the subject's relative clause; fixed (names P 1.00, R 0.97, type 1.00, quotes "
             "8/9, speakers 1.00; later 'Kremlin' before 'officials' found too, names R "
             "1.00); left: a word in marks after a possessive ('Maduro's \"dictatorial\" "
             "authority')"),
            ("Four-hundred-and-forty-ninth held-out set (Voice of America's own science and "
             "technology news as an aggregator's category page and a radio directory carry "
             "it; public domain)",
             HERE / "heldout-449", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.89, type 0.96, quotes R 1.00 (3/3), P 1.00, speaker 0.67; it "
             "showed a programme's title cut at 'in' ('the Week in Space'), the next credit's "
             "label glued to a name ('Mike Burke Video editor:'), and a chatbot's words given "
             "to the claim described after them ('…,” a claim the CCP itself maintains'); "
             "fixed (names P 1.00, R 0.96, type 0.96, speakers 1.00); left: 'Science & "
             "Health', a podcast named for two fields, dropped as a topic; 'Google AI Gemini' "
             "in a headline kept as one name, typed a body"),
            ("Four-hundred-and-fiftieth held-out set (the Justice Department: its press "
             "releases' headlines and teasers as a tag page copies them, two investigative "
             "summaries of its Office of Professional Responsibility; public domain)",
             HERE / "heldout-450", "gold written before the engine ran on it; first run: "
             "names P 0.53, R 0.69, type 1.00, no gold quotes, none suggested; it showed "
             "'Holder Delivers Remarks' as one name, a ceremony 'of the' a named bridge kept "
             "whole and then lost, a headline's common words ('Running Criminal "
             "Organization', 'Police Department') taken for bodies, a headline left "
             "unrecognised for its lower-case 'out', 'Justice Manual' cut to a person "
             "'Manual' and a rule's citation ('Fed. R. Crim. P.') taken for people; fixed "
             "(names P 0.87, R 1.00, type 1.00; set 171 better too); left: a page's own "
             "title ('2022 Investigative Summary 4') suggested"),
            ("Four-hundred-and-fifty-first held-out set (The Conversation: an editors' page, "
             "an article as a university's research blog republishes it, its author page on "
             "a tech site; CC BY-ND 4.0)",
             HERE / "heldout-451", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.97, type 0.93 (the names goal met), no gold quotes, none "
             "suggested; it showed a headline's opening surname before its colon dropped "
             "('Krauss: Science funding is …') and a weapon before 'missiles' typed a body; "
             "fixed (names P 1.00, R 1.00, type 0.97; set 218 now finds 'Koryo-saram' opening "
             "a headline the same way, recall 0.98 -> 1.00, but types it a body, type 0.96 -> "
             "0.95); left: the Voyager probes' 'Golden Records' typed a body"),
            ("Four-hundred-and-fifty-second held-out set (Global Voices in three listings: an "
             "Advocacy page of posts, a bookmarking site's copy of a day's posts, a topic "
             "page; CC BY 3.0)",
             HERE / "heldout-452", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.91, type 0.86, quotes R 0.67 (2/3), P 1.00, speaker 1.00; it "
             "showed 'the Arab Spring' cut to 'Spring', a Catalan magazine's name cut at "
             "'amb', a consortium split from its city's name before its letters, 'Occupy Wall "
             "Street' typed a place and a blog that 'comments on' dropped; fixed (names P "
             "0.97, R 0.97, type 0.89; set 34 better too); left: blogs by names that read as "
             "people's ('Uncommon Sense', 'Labrish Jamaica'), films unmarked ('Avatar'), a "
             "quote in the sentence after its 'reported'"),
            ("Four-hundred-and-fifty-third held-out set (Eurostat as an aggregator's list, a "
             "Greek observatory's repost and a Greek site's table copy it; reuse authorised "
             "with the source acknowledged)",
             HERE / "heldout-453", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.48, type 1.00, no gold quotes, none suggested; it showed a "
             "copied table's countries glued to their figures ('Turkey71,4') lost, and a "
             "source after its label ('source: Eurostat') dropped; fixed (names P 1.00, R "
             "0.97, type 0.99); left: a repost's source glued to its headline by a slash "
             "('Eurostat/Consumption …'), a graphics credit after a Greek label, 'FYROM' "
             "among countries typed a body"),
            ("Four-hundred-and-fifty-fourth held-out set (Kenya and the United States: a State "
             "Department press availability on a wire, VOA's teaser and a VOA video's "
             "description as other sites copy them; public domain)",
             HERE / "heldout-454", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.82, type 0.88, quotes R 1.00 (6/6), P 0.86, speaker 0.50 (the "
             "gold then corrected: a headline's words in single marks are a partial quote, as "
             "heldout-445 counts them); it showed 'NATO' lost inside 'non-NATO', a speaker "
             "dropped before an aside ('Ruto, on his part, expressed …') and his quotes given "
             "to Biden, 'TV' alone suggested, a programme list after 'Radio:' typed bodies "
             "and places; fixed (names P 0.93, R 0.86, type 0.95, quotes 7/7, speakers 1.00); "
             "left: programmes named with 'in' ('South Sudan in Focus') and the 'Television:' "
             "line's list"),
            ("Four-hundred-and-fifty-fifth held-out set (the European Parliament's Legislative "
             "Observatory summaries as Parltrack serves them; reproduction authorised with the "
             "source acknowledged)",
             HERE / "heldout-455", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.90, type 0.92, no gold quotes, none suggested; it showed a "
             "procedure's kind glued to its number ('2006/2118(INI)') taken for a body, and "
             "a rapporteur ('Camiel EURLINGS (EPP-ED, NL)') typed a body, so his group's "
             "letters in brackets were taken for his; fixed (names P 0.97, R 0.93, type "
             "0.95); left: the rapporteurs written surname first in the committees' table "
             "('EURLINGS Camiel', 'BOZKURT Emine') and groups' doubled letters there "
             "('PPE-DE PPE-DE') dropped, committees' codes typed places ('INTA', 'TRAN')"),
            ("Four-hundred-and-fifty-sixth held-out set (NASA: a 'This Week @ NASA' script "
             "and three pages of photographs' captions; public domain)",
             HERE / "heldout-456", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.91, type 0.96, quotes R 1.00 (2/2), speaker 1.00; it showed a "
             "firm's possessive kept before a city that opens its centre's name ('Boeing’s "
             "Houston Product Support Center'), a credit's label after a link taken for a "
             "body ('… Photo credit:'), a post's field glued to its holder ('Development "
             "Cathy Koerner'); fixed (names P 0.96, R 0.96, type 0.98); left: a programme "
             "named with '@' ('This Week @ NASA'), a name broken by a word in lower case "
             "('Kennedy Space center Visitor Complex') and a typo'd event typed a person "
             "('Education Summitt')"),
            ("Four-hundred-and-fifty-seventh held-out set (Waging Nonviolence: two news "
             "roundups, an archived section page and an article as another site copies it; "
             "CC BY-SA 3.0)",
             HERE / "heldout-457", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.81, type 0.95, no gold quotes, one suggested (a slogan; the "
             "gold then corrected: 'U.S.' and 'United States' one entity, as ../gold.yml's "
             "rule says); it showed a union's name with a comma before its letters written "
             "as a word ('…, Catering and Allied Workers’ Union (Saccawu)') cut in two, 'Pick "
             "n Pay' and 'Pace e Bene' cut at their small words, 'and the People’s Liberation "
             "Army' glued to the body before it, a page's sharing buttons ('Facebook Twitter "
             "Email') and a body's network page ('… Facebook page') kept as names, an outlet "
             "glued to its source label ('SOURCEWaging Nonviolence') dropped, a credit "
             "filling brackets losing its first word, a campaign typed a person, a slogan "
             "suggested as a quote; fixed (names P 0.96, R 0.96, type 0.98, no quote "
             "suggested; set 161's 'Campaign Nonviolence' typed right too); left: 'OUR "
             "Walmart' (a name opening with a word in capitals), a nickname and a short "
             "name not joined to what they stand for ('Wobblies', 'State Capitol')"),
            ("Four-hundred-and-fifty-eighth held-out set (the Northern Ireland Executive's "
             "departments: a release, a minister's end-of-mandate piece and a mirror's "
             "teasers; Open Government Licence v3.0)",
             HERE / "heldout-458", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.91, type 0.95, quotes R 1.00 (3/3), speaker 0.00; it showed "
             "'the Minister said:' after a phrase that sets the scene ('Speaking from "
             "Stormont at …, the Minister said:', 'In relation to the Department’s aim …, "
             "the Minister said:') given to a name inside the phrase, 'post-Brexit' hiding "
             "its event, 'Northern Ireland Executive Ministers' kept whole, 'says Dodds' "
             "typed a body (a surname the tables hold without its 's'); fixed (names P 0.96, "
             "R 1.00, type 1.00, speakers 1.00; set 80's 'Northern Ireland Executive "
             "Ministers' cut too); left: 'Coronavirus' apart from 'COVID-19'"),
            ("Four-hundred-and-fifty-ninth held-out set (the Scottish Government's releases as "
             "an archive's tag page, an MSP's news page and a politics blog's digest copy "
             "them; Open Government Licence v3.0)",
             HERE / "heldout-459", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.86, type 1.00, quotes R 0.86 (6/7), P 1.00, speaker 1.00; it "
             "showed a body's letters cut from its country's branch ('President of NUS "
             "Scotland'), 'the Scottish Budget' losing its adjective, a links list's labels "
             "in capitals ('SCOT GOV WEBSITE: https://…') and a summary's kind ('Summary of "
             "Project Willow report') kept as names; fixed (names P 1.00, R 1.00, type "
             "0.95); left: a release quoted whole in single marks over four paragraphs "
             "missed, 'Project Willow' typed a body"),
            ("Four-hundred-and-sixtieth held-out set (Canada's release teasers as an Alberta "
             "site's feed lists them, and Alberta's own news page; Open Government Licences "
             "of Canada and of Alberta)",
             HERE / "heldout-460", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.98, type 0.94 (the names goal met), no gold quotes, none "
             "suggested; it showed 'the Governments of Canada and Alberta' kept as a body, "
             "'Treaties 5' of a list of numbered treaties, a park before a headline's noun "
             "taken for two people ('Jasper National Park Reopenings'), 'the Canadian Red "
             "Cross' losing its adjective, a funding stream typed a person, a university's "
             "garden typed a body; fixed (names P 0.98, R 1.00, type 1.00); left: a "
             "portfolio's last field before a second title taken for a person ('Minister of "
             "Public Services and Procurement and Quebec Lieutenant')"),
            ("Four-hundred-and-sixty-first held-out set (the Wikimedia community's news: a "
             "Wikinews Bulletin story and two Wikipedia Signpost issues; CC BY 2.5 and CC "
             "BY-SA)",
             HERE / "heldout-461", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.79, type 0.70, quotes R 0.50 (1/2), P 1.00, speaker 1.00; it "
             "showed users' names after 'User:' dropped or typed bodies, a signature after a "
             "dash ('— Ral315') and candidates listed by their user names typed bodies, a "
             "wiki's language edition losing its adjective, an election's name kept for the "
             "body it elects; fixed (names P 0.91, R 0.84, type 0.94; set 119's language "
             "editions found too, names P 0.94 -> 0.96, R 0.85 -> 0.90); left: a profile's "
             "field labels ('Global Positions: Unknown') and the wikis listed under them, a "
             "user name in lower case ('alex756'), a block quote after 'revealed that:' "
             "missed"),
            ("Four-hundred-and-sixty-second held-out set (NOAA: a fisheries centre's news "
             "item, a sanctuary's video captions, a Weather Service story and a service "
             "assessment's front matter; public domain)",
             HERE / "heldout-462", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.91, type 0.95, quotes R 1.00 (2/2), P 1.00, speaker 1.00; it "
             "showed 'NOAA' taken for the letters of 'the North Atlantic', a caption file's "
             "header ('WEBVTT Kind: captions') kept as a name, a title page's body in "
             "capitals run into the next body ('U.S. DEPARTMENT OF COMMERCE National "
             "Oceanic …') and a cover's label into a state ('Maryland Cover'); fixed (names "
             "P 0.95, R 0.95, type 0.98); left: a body's letters before its office's town "
             "('the NWS Norman, Okla., forecast office'), a report's title run into its "
             "event ('Service Assessment Super Tuesday Tornado Outbreak'), a title before "
             "'for the' a body's ('Social Media Coordinator for the Gray's Reef …')"),
            ("Four-hundred-and-sixty-third held-out set (the Welsh Government's releases as a "
             "mirror's tag pages copy them; Open Government Licence v3.0)",
             HERE / "heldout-463", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.70, quotes R 1.00 (7/7), P 1.00, speaker 0.29; it "
             "showed a message's paragraphs under a headline naming its owner ('First "
             "Minister’s New Year message') given to no one, a body shortened to its first "
             "word after 'the' ('the Mudiad') and a paper's title in single marks after "
             "'paper' typed people, a party paired with a government by 'between … and' "
             "('Plaid Cymru') typed a person; fixed (names type 1.00, speakers 1.00)"),
            ("Four-hundred-and-sixty-fourth held-out set (Pressenza's tag and topic pages on "
             "nuclear disarmament; CC BY 4.0)",
             HERE / "heldout-464", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.81, type 0.89, quotes R 1.00 (1/1), P 1.00, speaker 0.00; it "
             "showed an Italian network's name run into the next body by a second 'e' ('Rete "
             "Italiana Pace e Disarmo e Senzatomica'), a plural title not known ('US "
             "Congresspersons Jim McGovern'), a byline run into its dateline in capitals "
             "('Jaya Ramachandran NEW YORK') and the agency in brackets after it typed a "
             "place ('(IDN)'), a headline's words in marks given to the teaser before, not to "
             "'the following statement was read by …' under it; fixed (names P 0.85, R 0.91, "
             "type 0.95, speaker 1.00); left: a treaty's nicknames and a campaign's full "
             "name not joined to "
             "their short forms, 'the Australian' in marks missed, 'Council of States of the "
             "Swiss Federal Assembly' kept whole, 'UN HQ' cut, 'the Oppenheimer movie' "
             "typed a body"),
            ("Four-hundred-and-sixty-fifth held-out set (KFF Health News: two stories as "
             "other sites copy them, three tag pages of teasers on hospitals; CC BY-NC-ND 4.0)",
             HERE / "heldout-465", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.84, type 0.92, quotes R 1.00 (7/7), P 1.00, speaker 1.00; it "
             "showed an outlet's name on every teaser's label ('KFF Health News Original') "
             "and in its section heading ('Latest KFF Health News Stories') cut to its "
             "letters, a town in a headline before 'Of' ('Over Sale Of Two Hospitals'), a "
             "college's name with a list of fields whose last is two words ('College of "
             "Behavioral, Social and Health Sciences') cut, a county one is 'trying to "
             "prevent … from buying' typed a drug, 'the Midwest or South' and "
             "'African-Americans' typed bodies; fixed (names P 0.96, R 0.96, type 1.00; "
             "the gold corrected for a dateline's town with its state, as set 8 has it); "
             "left: 'Kaiser Health News' and 'KFF Health News' not joined, 'Surprise' a "
             "town in a headline, 'the South' and 'Medicaid' in a headline missed"),
            ("Four-hundred-and-sixty-sixth held-out set (the Centers for Disease Control and "
             "Prevention's pages: a press kit, a newsroom synopsis under its navigation, two "
             "transcripts, a testimony; public domain)",
             HERE / "heldout-466", "gold written before the engine ran on it; first run: "
             "names P 0.77, R 0.96, type 0.95, no gold quotes (none suggested); it showed "
             "the last letter of 'A to Z' in a skip link and a mail stop ('MS D-14') "
             "suggested as bodies, 'Div. of Media Relations' cut at its abbreviation, a "
             "link's verb kept ('Visit the FirstGov Web Site'), 'Ebola' by its cases typed "
             "a body, 'Legionnaires' in a headline kept apart from 'Legionnaires disease'; "
             "fixed (names P 0.88, R 0.98, type 0.98); left: a column of links' label with "
             "commas ('Publications, Software and Other Products') cut, a report's title "
             "with words in lower case ('… Among Persons Aged greater than 40 Years With and "
             "Without Diabetes United States') cut into names, 'HIV/AIDS' split, a service's "
             "letters after a rank in brackets ('(RADM, USPHS)') missed, 'MMWR' typed a "
             "body"),
            ("Four-hundred-and-sixty-seventh held-out set (Creative Commons' weblog, 2004 and "
             "2007; CC BY 4.0)",
             HERE / "heldout-467", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.92, type 0.86, no gold quotes (none suggested); it showed "
             "a site's name whose first letters are a body's the story writes alone "
             "('CCMixter') cut as if a copy had glued two lines, 'the NGO Bienes Comunes' "
             "kept with its kind, a body's chapter in a city ('EFF Austin') cut, a festival "
             "'during' which a party was held typed a body, 'Lawrence Lessig’s blog' typed "
             "the man a work, a journal by its noun ('Essentia Libre journal') typed a "
             "person (the gold then corrected for a byline it had left out); fixed (names P "
             "0.98, R 0.97, type 0.95); left: a photographer's user name in lower case "
             "('Photo by asadal'), 'CCi' before a word, a list of subjects joined ('Open "
             "Contents and Education'), 'La Capsula' a net radio typed a place, the "
             "programmes' names in words ('CC Plus') typed bodies"),
            ("Four-hundred-and-sixty-eighth held-out set (the U.S. Department of Health and "
             "Human Services and its Administration for Children and Families: releases of "
             "1991, 2002, 2007 and 2010, a news page, a digest; public domain)",
             HERE / "heldout-468", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.94, type 0.96, quotes R 1.00 (9/9), P 1.00, speaker 0.89; it "
             "showed a release's lines run into one giving a partial quote to 'The links are "
             "no longer' (a clause taken for a subject before '-ing'), a contact label kept "
             "on a title ('HHS Reorganization Contact'), a deck of 41 words in title case "
             "cut into names, a statement's author before his title ('Statement by Mike "
             "Leavitt Secretary of …') missed, a department and its agency run together ('… "
             "Human Services Administration for Children and Families'), a body's letters in "
             "brackets that spell a Spanish town ('(ASPE)') typed a place; fixed (names P "
             "0.93, R 0.98, type 0.98, speakers 1.00); left: a report's title in title case "
             "inside a sentence ('The Fiscal Impact of Refugees and Asylees at The Federal, "
             "State and Local Levels From 2005-2019') cut, a headline's 'Health Care and "
             "Social Services' taken for a body, an executive order's title typed a body"),
            ("Four-hundred-and-sixty-ninth held-out set (the Council of the European Union's "
             "press releases of 2002 to 2014 as document sites keep them, the External Action "
             "Service's feed of the Foreign Affairs Council; reuse authorised)",
             HERE / "heldout-469", "gold written before the engine ran on it; first run: "
             "names P 0.69, R 0.80, type 0.98, quotes R 1.00 (1/1), P 0.50, speaker 1.00; it "
             "showed a PDF's short lines joined to a language code or a place and its date on "
             "the next ('… European Union EN', 'General Affairs Luxembourg'), a row of "
             "languages' codes, a letter-spaced heading ('P R E S S') and a date with a "
             "Roman month ('14.VI.2004') suggested as names, ministers listed with their "
             "surnames in capitals before their posts ('Mr Bendt BENDTSEN Minister for …') "
             "missed, 'the EU' taken for short for the treaty whose name ends with it, a "
             "table of contents after a dashed list with no blank line read as the list's "
             "items, words glued to 'The' or 'Mr' ('CouncilThe', 'PresidentMr'); fixed "
             "(names P 0.86, R 0.87, type 1.00); left: a heading's word joined to the next "
             "line's ('Council Enlargement', 'Albania The Council'), a release run into one "
             "line cut into pieces ('COUNCIL OF', 'THE EUROPEAN UNION EN', 'Main Results'), "
             "'the Member States and the European Commission' kept whole, two summits in a "
             "contents line in capitals missed, an unclosed quotation mark taken for a "
             "quote"),
            ("Four-hundred-and-seventieth held-out set (the UK Parliament: a Lords committee's "
             "report, Commons debates as a local site copies Hansard, a bill committee's roll "
             "of members, an open-data contribution; Open Parliament Licence v3.0)",
             HERE / "heldout-470", "gold written before the engine ran on it; first run: "
             "names P 0.69, R 0.80, type 0.74, quotes R 0.67 (8/12), P 0.67, speaker 0.75; it "
             "showed a roll of members ('† Baynes, Simon (Clwyd South) (Con)') cut into given "
             "names, towns and surnames typed places, members named by their seats with "
             "their names in brackets ('the hon. Member for Walsall, North (Mr. Winnick)') "
             "cut at the seat's comma, evidence's question numbers ('(Q 79)') and a numbered "
             "point's first word suggested, a committee named for two fields cut at 'and', a "
             "number word opening 'the Seven Principles of Public Life' cut off, a saying on "
             "a line of its own after 'Disraeli’s' given to no one; fixed (names P 0.96, R "
             "0.98, type 0.96, quotes 9/12, speakers 0.78); left: a quotation over numbered "
             "points split at its paragraphs, a report's words whose introducing sentence "
             "the copy lost, a report's title in sentence case, a minister's post in "
             "brackets in the roll cut"),
            ("Four-hundred-and-seventy-first held-out set (New Zealand's Department of "
             "Conservation's blog: its front page, two tag pages, an RSS mirror; CC BY 4.0)",
             HERE / "heldout-471", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.94, type 0.82, quotes R 0.00 (0/2); it showed a post's "
             "town after the post it is held in ('Community Ranger in Greymouth') and a region "
             "taken for short for the office named after it ('Fiordland' of 'Fiordland "
             "District Office') missed, tracks typed bodies, places by their English and te "
             "reo Māori names ('Milford Sound/Piopiotahi', 'Whenua Hou/Codfish Island') kept "
             "apart, the first read as a photographer's credit, a question in marks after "
             "'ask' given to no one; fixed (names P 0.94, R 0.97, type 0.89, quotes 1/2); "
             "left: 'Te Papa Atawhai' apart from DOC, 'Te Kupu o te Wiki, or The Word of the "
             "Week' apart, a Flickr user's credit ('Photo: Matti |') missed, 'rock stars' "
             "in marks missed"),
            ("Four-hundred-and-seventy-second held-out set (GroundUp: two stories in its print "
             "view, one as TimesLive republished it; CC BY-ND 4.0)",
             HERE / "heldout-472", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.91, type 0.97, quotes R 0.88 (15/17), P 0.94, speaker 1.00; "
             "it showed a chain named with a shortened 'and' ('Pick ‘n Pay') cut in two and "
             "its mark taken for a quote's, a brand with an honorific ('its Mister Sweet "
             "branch') read as a man, a party's letters in brackets after a councillor "
             "('(DA)') taken for a title; fixed (names P 0.97, R 1.00, type 0.97); left: a "
             "quote over a paragraph break cut at it, a single word in marks ('“violently”') "
             "missed, 'the Court' of a judge's quote kept apart"),
            ("Four-hundred-and-seventy-third held-out set (the State Department's press "
             "briefings, two as other sites copy them; public domain)",
             HERE / "heldout-473", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.92, type 1.00, no gold quotes (none suggested); it showed "
             "a Spanish name of two given names and two surnames ('Pedro Pablo Santana "
             "Carballo') cut into two people; fixed (names P 1.00, R 0.95, type 1.00); left: "
             "'US State Department' in a headline glued to 'Briefing-February' missed, a "
             "spokesperson's label in capitals alone ('MR PRICE:') suggested as no one"),
            ("Four-hundred-and-seventy-fourth held-out set (People's World's listing pages: "
             "sections, a labor news archive, a search page; Creative Commons)",
             HERE / "heldout-474", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.84, type 0.83, quotes R 0.33 (2/6), P 1.00, speaker 0.50; "
             "it showed each 'Read more' glued to the next headline ('Read moreTrump …', 'Read "
             "more‘Nakba never ended’: …') and each date to its deck ('March 31, 2025Anyone …') "
             "read as names or as no sentence's start, a clause run into a label or a headline "
             "('Workers’ Correspondence When I started …', 'News Analysis Despite Republican "
             "claims', 'In Trump We Trust?') kept in the name, a sentence's opening '-ing' form "
             "or lower-case word before 'of'/'for' kept ('Speaking of the Bush administration', "
             "'Victory for St. Louis'), 'History was made' taken for a body, a firm named with "
             "its own 's' ('McDonald’s, you’re …', 'Schnuck’s, Dierbergs') cut at it, a union's "
             "local and a grocer after its number joined, 'Boilermakers Local 693' typed other, "
             "'People’s World' typed a person and a place, 'Shop ’n Save announced' a person, "
             "'Auto Workers file Unfair …' a product, a second verb's quote ('… labeled Jones a "
             "“…” and demanded “…”') and one 'prompting the press to call for' given to the "
             "wrong speaker, a headline's quote before 'Tlaib introduces' given to no one; "
             "gold corrected: 'the Bush administration' is the entity, as every set has it, a "
             "law's type is other or work, the press moved to call for the words is their "
             "speaker; fixed (names P 0.89, R 0.88, type 0.90, quotes 4/6, speaker 1.00); "
             "left: single surnames ('Tlaib', 'Netanyahu') typed bodies, 'Change to Win' cut "
             "at 'to', a state's short form after a town ('Conn.', 'Miss.') not suggested, "
             "'Soviet Kiev' typed a person, 'MAGA Republican' and 'Communist Black' kept "
             "whole, a label in marks after 'labeled Jones a' missed"),
            ("Four-hundred-and-seventy-fifth held-out set (South Africa's Presidency: five "
             "speeches as its site keeps them; no copyright in speeches of a political nature)",
             HERE / "heldout-475", "gold written before the engine ran on it; first run: "
             "names P 0.77, R 0.89, type 0.91, quotes R 1.00 (2/2), P 1.00, speaker 0.50; "
             "it showed a speech's opening greetings, one person to a line ending with a "
             "comma or a semicolon ('Director-General, Mr Mathanzima Mweli,'), read as "
             "headlines and their names dropped, clerics' titles as South African English "
             "spells them ('Imaam', 'Moulana') kept in the names, posts and greetings alone "
             "('Programme Director', 'Distinguished Guests') taken for names, 'the National "
             "Dialogue on Coalition Governments' cut at 'on', one summit's name in two orders "
             "kept apart, 'Persons with Disabilities' cut at 'with' in a department's name and a "
             "minister's portfolio, a saying credited by the name right after its closing mark "
             "('” Nelson Mandela.') given to the wrong name, scriptures typed bodies; fixed "
             "(names P 0.90, R 1.00, type 0.95, speaker 1.00); left: a speech's theme in "
             "capitals ('Celebrate 30 Years of Social Dialogue …') cut at its number, 'Teacher "
             "Unions and School Governing Bodies' joined, 'Ramadhaan'/'Ramadan' and a mosque's "
             "two names kept apart, 'Thaba Tshwane' typed a person, 'The Presidency' after a "
             "minister's post typed a person"),
            ("Four-hundred-and-seventy-sixth held-out set (the Congressional Record's "
             "Extensions of Remarks as document sites keep the PDFs' text; public domain)",
             HERE / "heldout-476", "gold written before the engine ran on it; first run: "
             "names P 0.74, R 0.86, type 0.92, no gold quotes (none suggested); it showed a "
             "remark's member, state and chamber in capitals ('HON. DIANA DeGETTE OF COLORADO "
             "IN THE HOUSE OF REPRESENTATIVES') kept as one name or dropped, the honorific "
             "'HON' left on the heading before it, words a PDF broke at its lines' ends ('Shan- "
             "kar', 'Com- mittee', 'Ameri- cans') cut at the break, and the broken name kept "
             "apart from its heading in capitals; fixed (names P 0.82, R 0.98, type 0.93); "
             "left: the page's code after its running head ('Extensions of Remarks E1007'), a "
             "remark's title in capitals run into 'SPEECH OF', 'House' kept apart from 'HOUSE "
             "OF REPRESENTATIVES', an accent split from its letter ('San Antonio de los Ban ˜ "
             "os'), 'CONGRESSIONAL RECORD' typed a body"),
            ("Four-hundred-and-seventy-seventh held-out set (Global Voices' posts as a "
             "bookmarking site copies them under two tags; CC BY 3.0)",
             HERE / "heldout-477", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.92, type 0.94, quotes R 0.00 (0/4), P 0.00, speaker n/a; "
             "it showed bloggers' words set as block quotes after '… on his blog that …:' and "
             "'… in a post titled …:' missed, a song's words in marks inside one of them "
             "taken for a quote of its own, a blogger named alone at a sentence's start "
             "before her apposition ('Mialisoa, a blogger in …') dropped; fixed (names P 0.88, "
             "R 0.95, quotes 2/4, P 1.00, speaker 1.00); left: a blogger's words after '… "
             "counts himself among the skeptics [en] :' (no speech verb) missed, two people "
             "called Andry joined, a festival's letters kept apart from its French name, a "
             "headline's quote in title case taken for a work's title, a film's title opened "
             "with a closing mark cut"),
            ("Four-hundred-and-seventy-eighth held-out set (Australia's Department of "
             "Agriculture and its ministers: a speech, three communiqués, a statement; CC BY "
             "4.0)",
             HERE / "heldout-478", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.93, type 0.92, quotes R 0.50 (1/2), P 1.00, speaker 1.00; "
             "it showed a name greeted inside a quote ('Oh Murray I just heard …') kept with "
             "the greeting and the 'I' and typed a place, a second saying after ', or' "
             "missed, 'the Agriculture Ministers’ Meeting' typed a body, a portfolio's "
             "'Primary Industries' and a headline's 'Statement on Ministerial' (before "
             "'appointments') taken for names, 'an Aquatic Deed' typed a person; fixed (names "
             "P 0.92, R 0.95, type 0.96, quotes 2/2); left: a title holding a possessive "
             "('Priorities for Australia’s Biosecurity System', 'Agriculture Ministers' Joint "
             "Statement') cut at it, 'Longreach Leader' (a paper) dropped as a post, 'Beef "
             "Central' typed a person, two strains' letters ('H5 HPAI', 'H7 HPAI') kept "
             "apart"),
            ("Four-hundred-and-seventy-ninth held-out set (the Kentucky Lantern: a feed and an "
             "opinion feed as other sites copy them, an author page; CC BY-NC-ND 4.0)",
             HERE / "heldout-479", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.95, type 0.97, quotes R 0.50 (2/4), P 0.67, speaker 1.00; "
             "it showed a label others give in marks ('which opponents have labeled as “anti "
             "drag.”', 'foes call it ‘anti drag’') missed, a chamber's committee named for "
             "fields with commas ('the House Veterans, Military Affairs & Public Protection "
             "Committee') cut at them, a venue named for a person after 'at The' ('The Henry "
             "Clay in Louisville') typed a person; gold corrected: 'Kentuckians', a people, "
             "left out; fixed (names P 0.97, R 0.97, type 1.00, quotes 4/4, speaker 0.75); "
             "left: a slogan in marks before a bill's name ('‘lock them up’ House Bill 5') "
             "taken for a quote, a headline's label given to 'opponents' of the story rather "
             "than its 'foes', a headline opening with a surname alone ('Cameron wants …') "
             "missed, 'Adult' of 'Adult-oriented' kept"),
            ("Four-hundred-and-eightieth held-out set (Voice of America's stories as four "
             "other sites copy them; public domain)",
             HERE / "heldout-480", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.83, type 0.97, quotes R 0.90 (9/10), P 0.82, speaker 0.78; "
             "it showed a teaser's byline run into one name with its outlet and its dateline "
             "('VOA News By Jim Malone WASHINGTON'), a body's letters joined to another body "
             "the story names alone ('VOA State Department correspondent'), a headline a "
             "caption repeats run into a name ('US Senate Rejects Resolutions Backing "
             "Intelligence'), 'Islamic State' typed a place, a surname that speaks "
             "('Bloomberg said') joined to the firm named for him rather than to him, and so "
             "his words given to another; gold corrected: 'the U.S.' and 'America' one "
             "entity, as ../gold.yml has it; fixed (names P 0.96, R 0.93, type 0.97, speaker "
             "1.00); left: 'VOA News U.S. President …' run together, 'Uighurs Muslims and "
             "Tibetan Buddhists' joined, a heading line 'Voice of America' and a headline's "
             "'Putin' dropped, a term in marks after a speaker ('commit to “need-blind "
             "admissions,”') taken for a quote"),
            ("Four-hundred-and-eighty-first held-out set (Amnesty International's "
             "press-release listings of 2009 and 2010; CC BY-NC-ND 4.0)",
             HERE / "heldout-481", "gold written before the engine ran on it; first run: "
             "names P 0.77, R 0.83, type 0.87, quotes R 1.00 (5/5), P 0.71, speaker 1.00; "
             "gold corrected after it: 'China' inside a quote and a quote's second passage "
             "left out; it showed a report's title with a colon set between commas ('the "
             "report, Fiji: Paradise Lost,') cut at the colon, 'the Muslim Brotherhood' cut "
             "to 'Brotherhood'; fixed (names P 0.85, R 0.89, type 0.88, quotes 6/6); left: "
             "a row of languages glued together ('EnglishFrançaisEspañol…') and 'Region "
             "Middle East And North Africa' taken for names, 'al Bashir' without its "
             "particle, 'Jamal Juma’' without its last mark, 'Sayed Perwiz Kambakhsh' typed a "
             "body"),
            ("Four-hundred-and-eighty-second held-out set (the U.S. National Park Service's "
             "and the USGS's Yellowstone and Grand Teton releases as a document site and a "
             "blog keep them; public domain)",
             HERE / "heldout-482", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.78, type 0.89, quotes R 1.00 (1/1), P 0.33, speaker 1.00; "
             "gold corrected after it: a name the story does not write ('Yellowstone "
             "National Park' where it writes 'Yellowstone') mended; it showed a letterhead "
             "and a contact line ('… PO Box 170 U.S. Department of the Interior …', 'FOR "
             "IMMEDIATE RELEASE Jackie Skaggs/307…') taken for headlines and their names "
             "dropped, the release's header between a sender and a contact ('FOR', "
             "'IMMEDIATE'), a body run into its contact ('U.S. Department of the Interior "
             "Cheryl Matthews'), a blog's copy of releases run into one paragraph ('News "
             "Release Date:', 'Sources/Usage: Public Domain', 'View Media Details' joined to "
             "names, 'Swan Lake NPS / Jacob W. Frank', 'WY – Beginning Sunday', '2021 Ever "
             "wonder', 'M4.8'), 'Grand Teton' kept apart from 'Grand Teton National Park', "
             "'Madison Slide' no event; fixed (names P 0.96, R 0.91, type 0.91); left: "
             "'U.S. Department of the Interior National Park Moose' (a letterhead's two "
             "columns), 'Hebgen Lake' for the earthquake named for it, single surnames in a "
             "contact line typed bodies, 'Yellowstone Notebook' (a blog) typed a person, "
             "'Palette Spring' a person, a headline's name in marks taken for a quote"),
            ("Four-hundred-and-eighty-third held-out set (Global Voices' monthly listings "
             "and a Netizen Report; CC BY 3.0)",
             HERE / "heldout-483", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.94, type 0.91, quotes R 1.00 (4/4), P 1.00, speaker 0.00; "
             "gold corrected after it: speakers the text does not name written as the "
             "rules have them ('(not named)', the text's 'the government', 'a cable'); it "
             "showed a country's letters before a headline's colon ('USA: …') taken for a "
             "label, 'Gershom Ndhlovu reports.' typed a report's title, 'La Casa Azul' a "
             "person, 'Bangalore' unknown to the gazetteer's main names, a portfolio of two "
             "fields before its holder cut at 'and' ('Islamic Affairs Sheikh Khaled …'), a "
             "teaser's first-person quote given no speaker though it names one person "
             "after it; fixed (names P 0.96, R 0.97, type 0.96, speaker 0.75); left: a "
             "headline's verb phrase kept ('Help Contain Opponent's Presidential "
             "Campaign'), 'Oz' kept apart from Australia, 'Freedom Fast' cut to 'Fast', "
             "'Word Up' and 'Weiping Li' typed wrong, a cable's words given to the paper "
             "that released it"),
            ("Four-hundred-and-eighty-fourth held-out set (The Conversation as a reading "
             "site, a think tank and a Kenyan site keep it; CC BY-ND 4.0)",
             HERE / "heldout-484", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.73, type 0.96, no quotes; it showed names between a "
             "plain-text copy's underscores ('_University of Botswana_') missed, "
             "'Christian' cut from 'Christian John Makgala' as a faith's adjective, an "
             "agency before its photographer's slash ('Reuters/James Akena') dropped as a "
             "sentence's first word, a credit run into a writer the story names alone "
             "('Baz Ratner Nic Cheeseman'), 'University of York Kenya’s transition' and "
             "'University of Edinburgh and Marcel Paret' run together, 'the case of Kenya' "
             "typed a product in its crate; fixed (names P 1.00, R 0.97, type 1.00); "
             "left: 'Swapo' opening a sentence after the underscores unsupported, 'The "
             "Conversation' after an author label dropped"),
            ("Four-hundred-and-eighty-fifth held-out set (members of the U.S. Congress as "
             "a newswire, a news site and an archive copy them; public domain)",
             HERE / "heldout-485", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.98, type 0.91 (names goal met), quotes R 1.00 (11/11), "
             "P 1.00, speaker 0.82; it showed a headline opening with a surname of two "
             "words ('Van Hollen Statement on …') cut to 'Van', a Turkish province, 'RFK Jr.' "
             "in a headline cut to 'RFK', a law a headline's verb introduces ('… to "
             "Introduce Peace Corps Reauthorization Act of 2022') dropped, a senator's words "
             "given to the committee named in his apposition when its closing comma and "
             "his party's letters stood between ('Chris Van Hollen (D-Md.), a member of the "
             "… Committee released'), 'foreign fighters like Warsame and Daduq' typed bodies; "
             "fixed (names P 1.00, R 1.00, type 0.95, speaker 0.91); left: 'the "
             "Department' as a speaker not resolved to the department the story names, "
             "'Watergate' and 'the Pentagon Papers' typed bodies"),
            ("Four-hundred-and-eighty-sixth held-out set (Wikinews as a mirror and a "
             "listing site copy it; CC BY 2.5)",
             HERE / "heldout-486", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.93, type 0.86, no quotes (one suggested); it showed "
             "'Bain Capital' typed a person and 'GST Steel' a place (firms by their trade "
             "words), 'the Australian Aboriginal Flag' a body, a teaser cut right after its "
             "mark ('said “This […]') taken for a quote; fixed (type 0.93, no quote "
             "suggested; the second development set's type 0.93 -> 0.94 too); left: "
             "'Peace and Freedom' split in a list of parties, 'Matariki' joined to the "
             "Pleiades it names, 'Wiki Actu' typed a person, 'US' of 'candidate for US "
             "President' dropped"),
            ("Four-hundred-and-eighty-seventh held-out set (the oversight of the U.S. "
             "Department of Justice: a senator's release, the Inspector General's report, an "
             "official's remarks; public domain)",
             HERE / "heldout-487", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.94, type 1.00, quotes R 1.00 (1/1), P 1.00, speaker 1.00 "
             "(quotes goal met); it showed 'Director of the Executive Office of United "
             "States Attorneys' cut before its officers' plural title, 'Remarks at "
             "Brookings Institution' in a headline dropped as the body never names it "
             "again, a report's title line ('Semiannual Report to Congress') dropped; fixed "
             "(names P 1.00, R 1.00, type 1.00)"),
            ("Four-hundred-and-eighty-eighth held-out set (Voice of America's own words: a "
             "programme's transcript and a note on its coverage; public domain)",
             HERE / "heldout-488", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.95, type 0.92 (names goal met), no quotes; it showed a "
             "photo's credit in brackets glued by its slash ('(Noor Hossain/VOA)') taken "
             "for one body, 'Balukhali refugee camp' typed a body; fixed (names P 0.95, R "
             "0.97, type 0.95); left: 'The Inside Story' (a programme) cut to 'Story', "
             "'Washington Correspondent' of a post taken for a person, 'Poles' and "
             "'Rohingyas' typed bodies"),
            ("Four-hundred-and-eighty-ninth held-out set (the Government of Canada's news as "
             "an immigration site's listing copies it; Open Government Licence – Canada)",
             HERE / "heldout-489", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.97, type 0.97, no quotes; it showed a riding after "
             "'Member of Parliament' without its 'for' typed a person and 'Hamilton' "
             "joined to it ('Member of Parliament Hamilton West–Ancaster–Dundas'), a "
             "portfolio's fields after commas kept as names when many-worded or the post "
             "plural ('Export Promotion, Small Business and Economic Development', 'the "
             "Federal Ministers of Health, Indigenous Services and Northern Affairs'), a "
             "title-case headline's 'On' joined to the day after it; fixed (names P 1.00, R "
             "1.00, type 1.00)"),
            ("Four-hundred-and-ninetieth held-out set (NASA's and a senator's statements on "
             "launches and landings as a mailing list's archive, a space forum and a "
             "committee's site keep them; public domain)",
             HERE / "heldout-490", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.81, type 0.85, quotes R 1.00 (7/7), P 1.00, speaker 0.71; "
             "it showed a statement announced by its maker's name after 'from' ('The "
             "following is a statement from NASA Administrator Sean O'Keefe regarding …') "
             "over lines a copy broke given no speaker, a release's two contacts joined by "
             "a slash ('Glenn Mahone/Bob Jacobs') typed a credit's outlet, a contact run "
             "into the office he answers at ('David Weaver Headquarters'); fixed (names P "
             "0.84, R 0.84, type 0.89, speaker 0.86); left: a contact whose given name the "
             "tables lack run into his centre ('Allard Beutel Kennedy Space Center'), "
             "'John D. (Jay) Rockefeller IV' split at its nickname in brackets, the "
             "statement's second "
             "paragraph over broken lines given no speaker, 'Obama' typed a place"),
            ("Four-hundred-and-ninety-first held-out set (NASA's and the National Park "
             "Service's releases as a technology blog and a federal newswire copy them; "
             "public domain)",
             HERE / "heldout-491", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.86, quotes R 1.00 (5/5), P 0.83, speaker 0.40; "
             "it showed a stray mark before a release's announcement of remarks ('WASHINGTON "
             "-- \"Following are excerpts from remarks given by NASA Deputy Administrator "
             "Lori Garver at …:') taken for a quote and hiding the maker's name from the "
             "quotes below; fixed (quotes P 1.00, speaker 1.00); left: the shuttles "
             "'Challenger' and 'Columbia' and 'ISS' typed a body and a city"),
            ("Four-hundred-and-ninety-second held-out set (Agência Brasil's English stories "
             "as an RSS reader copies them, and two of the agency's listing pages; CC BY 4.0)",
             HERE / "heldout-492", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.87, type 0.85, quotes R 0.83 (5/6), P 1.00, speaker 0.80; "
             "it showed a logo's alt text on its own line ('Logo Agência Brasil') kept in the "
             "name, bodies named in Portuguese ('Câmara dos Deputados', 'Igreja Universal do "
             "Reino de Deus') typed people for their small words, an accusation's words "
             "('accused … of authorizing “arbitrary arrests,”') given to what the accuser "
             "cites after them, and an address's words ('an address highlighting … “to "
             "promote …”') given to no one; fixed (names P 0.90, R 0.94, type 0.95, quotes "
             "R 1.00, speaker 1.00; gold corrected: 'the Donald Trump administration' is an "
             "administration named for its president, as ../gold.yml has them); left: "
             "'O Corpo de Bombeiros …' keeps its Portuguese article, 'Dia Internacional "
             "Contra a Corrupção' split at its 'a', 'Vale' opening a headline dropped, 'Car "
             "Wash' cases typed a place, the court's Portuguese name and letters kept apart "
             "from its English one"),
            ("Four-hundred-and-ninety-third held-out set (Peoples Dispatch's posts as its "
             "Telegram channel's web view gives them, and its listing of interviews; CC BY-SA "
             "4.0)",
             HERE / "heldout-493", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.89, type 0.90, quotes R 0.88 (7/8), P 1.00, speaker 0.86; "
             "it showed the network X before a full stop taken for an initial, so that its "
             "sentence ran on into the next quote ('… wrote the Chicago Teachers Union on X. "
             "“We reject …”') and gave it to a name inside the quote before, and words an "
             "official 'articulates' given to no one; fixed (names P 0.97, R 0.94, quotes R "
             "1.00, speaker 1.00; gold corrected: 'US' and 'United States' in one story are "
             "one country, as ../gold.yml has them); left: 'Global Sumud Flotilla', a post's "
             "title under a flag's emoji, dropped; 'Sayed' opening a line taken for an '-ed' "
             "word; 'Trump' alone, 'Fumio Kishida' and 'Dobbs' typed bodies"),
            ("Four-hundred-and-ninety-fourth held-out set (Democracy Now!'s own pages with "
             "rush transcripts, and its daily summaries as an activist's site copies them; CC "
             "BY-NC-ND 3.0 US)",
             HERE / "heldout-494", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.95, type 0.98, quotes R 0.33 (1/3), P 1.00, speaker 1.00; "
             "it showed a newsletter's Title Case headlines between asterisks, broken over "
             "lines, read as names ('One Year After Handover', 'Death Would Be To Bring'), "
             "their quotes missed ('… Calls Iraq a \"Bloody Mess\" One Year After', a "
             "capitalised verb; '* Mother of Soldier Killed in Iraq: \"The Best Way …\"', a "
             "speaker described before the colon, the words in Title Case taken for a title), "
             "and 'Washington state' made the city's short form beside 'Washington, D.C.'; "
             "fixed (names P 0.95, R 0.96, quotes R 1.00, speaker 1.00); left: 'Special "
             "Broadcast' glued to its date, 'The War and Peace Report' after a doubled comma "
             "split, 'Chevron' and 'Nigeria' inside a documentary's title in marks, "
             "'Pacifica' the radio network typed a town"),
            ("Four-hundred-and-ninety-fifth held-out set (four days of Wikipedia's Current "
             "events portal as offline and web mirrors keep them, one rewriting small words; "
             "CC BY-SA)",
             HERE / "heldout-495", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.94, type 0.93, quotes R 1.00 (4/4), P 1.00, speaker 1.00 "
             "(quotes goal met); it showed a war named for where it is fought cut to the place "
             "('War in Donbass', 'War in Afghanistan' as topics' headings), a body before its "
             "officer's title cut to its country ('Air France CEO …' → 'France'), a span's "
             "two ends after 'between' joined ('Planet Hollywood and Paris Las Vegas'), a "
             "hotel named for two cities typed a person, 'Las Vegas Strip' typed a body for "
             "its Spanish article, a station before 'station' and a colliery typed bodies or "
             "people, and 'Islamic State of Iraq and the Levant' a place; fixed (names P "
             "1.00, R 0.98, type 0.96; gold corrected: 'U.S.' and 'United States' in one "
             "story are one country); left: 'Taliban' opening lines dropped, 'Miss Universe "
             "2015' missed, painters named for their paintings ('a Picasso') and "
             "'Al-Masry Al-Youm' mistyped, 'Planet Hollywood' typed a person"),
            ("Four-hundred-and-ninety-sixth held-out set (Wikinews as a copying blog keeps it "
             "and a story's talk page, and a Current events day as an offline mirror keeps "
             "it; CC BY 2.5 and CC BY-SA)",
             HERE / "heldout-496", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.95, type 0.92, quotes R 0.67 (4/6), P 1.00, speaker 0.75; "
             "it showed a blog's 'Archives March 2019' read as a march, a count opening a "
             "sentence kept in a name ('Forty-four Canadian'), a speaker's age and home town "
             "before its province giving the words to the province ('Cpl. Victor Thibault, "
             "38, of Digby, Nova Scotia said'), wars as topics' headings dropped ('Syrian "
             "Civil War'), a school by its Spanish name typed a person ('Liceo María Luisa "
             "Bombal'), a wiki's signature typed a body ('Borofkin 06:30, 3 November 2005 "
             "(UTC)'); fixed (names P 1.00, R 1.00, type 0.97, speaker 1.00); left: a talk "
             "page's titles' words in single marks ('… in Sydney 'nothing more than a "
             "hoax'') missed, a hymn ('Amazing Grace') typed a body"),
            ("Four-hundred-and-ninety-seventh held-out set (a Wikinews interview as Wikinews "
             "serves it and three stories as a WordPress mirror keeps them; CC BY 2.5)",
             HERE / "heldout-497", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.88, type 0.90, quotes R 1.00 (1/1), P 1.00, speaker 1.00; "
             "it showed sporting editions cut from their years and so merged ('the 2012 "
             "Summer Paralympics' and 'the 2016 Summer Paralympics' as one 'Summer "
             "Paralympics'), a Spanish name's first surname alone kept apart ('Congost'), a "
             "person of a country joined to it ('Trischa Zorn of the United States'), a "
             "doubled town's name ('Wagga Wagga') and a wiki's name typed people; fixed (names "
             "P 0.97, R 0.97, type 0.98; an edition's name without its year joins the one "
             "edition named; gold corrected: the mirror's licence line optional); left: "
             "'IBSA' inside the championships' name, 'Bidgee' a photo's credit, 'South Wagga "
             "Apex' typed a person"),
            ("Four-hundred-and-ninety-eighth held-out set (VOA Learning English as a blog "
             "reposts its feed: a story, a programme's dialogue, a lesson's conversation; "
             "public domain)",
             HERE / "heldout-498", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.95, type 0.85, quotes R 1.00 (7/7), P 1.00, speaker 0.14; "
             "it showed a dialogue's turns in marks with no 'said' given to no one, though "
             "each friend greets the other by name ('“Michael, hello! …” “Hi, Rachel! …”'), "
             "the first greeted name, opening a quotation, dropped, and an age opening a "
             "sentence kept in a name ('Forty-five-year-old Kim Jong Nam'); fixed (names P "
             "0.95, R 1.00, type 0.90, speaker 1.00); left: 'Kim' alone beside three Kims, a "
             "nerve agent by its letters ('VX') typed a body, a programme welcomed to "
             "('Words and Their Stories!') typed a body"),
            ("Four-hundred-and-ninety-ninth held-out set (three more VOA Learning English "
             "stories as a blog reposts its feed; public domain)",
             HERE / "heldout-499", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.92, type 1.00, quotes R 0.75 (3/4), P 0.60, speaker 1.00; "
             "it showed a report's title before the word 'report' cut at 'in the' ('Its "
             "Freedom in the World 2016 report' read as 'Freedom' and 'World') and a "
             "subheading run into 'Washington D.C.' ('… outside Washington D.C. Case Backlog "
             "Outside …'); fixed (names P 0.97, R 1.00; gold corrected: 'U.S.' and 'United "
             "States' in one story are one country); left: 'John. M. Bryant' split at its "
             "stray full stop, a quotation inside a quotation opened with a closing mark "
             "missed, a report's category “free” taken for a quote"),
            ("Five-hundredth held-out set (VOA's English newscast as a blog reposts its feed; "
             "public domain)",
             HERE / "heldout-500", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 1.00, type 0.94, quotes R 1.00 (2/2), P 1.00, speaker 0.00; "
             "it showed a sound bite given to the president named after 'by' in the sentence "
             "before ('Mr. Kerry outlined … hosted by President Obama. \"Today, I want …\"'), "
             "the next bite given to the speaker of the one before though a new sentence "
             "named its speaker, and the newscast's hour kept in its name ('… Newscast 1300 "
             "UTC'); fixed (names P 0.94, speaker 1.00); left: 'VOA News' kept apart from "
             "Voice of America, the Mekong typed a body"),
            ("Five-hundred-and-first held-out set (the Welsh Government's weekly news-in-brief "
             "as a community site reposts it; Open Government Licence v3.0)",
             HERE / "heldout-501", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.86, type 0.87, quotes R 1.00 (8/8), P 1.00, speaker 0.88; "
             "it showed a speaker's relative clause that lost its closing comma ('…, who is a "
             "member of the taskforce said:') giving his words to the taskforce, a street "
             "named for a monarch read as a title and a person ('Cardiff Queen Street'), a "
             "minister whose given name the tables lack dropped after a portfolio ('… "
             "Lifelong Learning Eluned Morgan'), a firm's possessive run into its county "
             "('Valero’s Pembrokeshire') and a Welsh hospital typed a person ('Ysbyty Aneurin "
             "Bevan'); fixed (names P 1.00, R 0.91, type 0.91, speaker 1.00); left: 'Lord "
             "Elis Thomas' kept with his title, 'Pendine' and 'the Valleys' missed, rail "
             "lines typed bodies"),
            ("Five-hundred-and-second held-out set (the Welsh Government's news-in-brief as a "
             "community site reposts it and a release as a politics archive reposts it; Open "
             "Government Licence v3.0)",
             HERE / "heldout-502", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.94, type 0.80, quotes R 1.00 (5/5), P 0.71, speaker 1.00; "
             "it showed a data service named for its country typed a person and taking the "
             "country's own mentions as its short form ('Data Map Wales', 'across Wales'); "
             "fixed (names R 1.00, type 0.88; gold corrected: each paragraph of a minister's "
             "words set off after 'said:' is a quote of its own, as earlier sets have them); "
             "left: a fund and a set of maps typed bodies"),
            ("Five-hundred-and-third held-out set (one more VOA Learning English story as a "
             "blog reposts its feed; public domain)",
             HERE / "heldout-503", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.96, quotes R 1.00 (1/1), P 1.00, speaker 1.00 "
             "(both goals met); it showed 'the Arab Oil Embargo' typed a person; fixed (type "
             "1.00: an embargo, a blockade and a boycott name events)"),
            ("Five-hundred-and-fourth held-out set (Voice of America's programme pages on "
             "Africa and Daybreak Africa's notes as a podcast directory lists them; public "
             "domain)",
             HERE / "heldout-504", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.91, type 0.88, no quotes; it showed programmes named after "
             "'this episode of' typed bodies, a post after a titled name ('Reverend Aniedi "
             "Okure Executive Director of …') and a body whose field is a title's word "
             "('Africa Faith and Justice Network') cut, a name's pronunciation in brackets "
             "taken for a person, VOA's services by language and region ('VOA Hausa', "
             "'French to Africa Service') cut; fixed (names P 0.97, R 0.96, type 0.98); left: "
             "'uMkhonto we Sizwe' split, 'VOA Afrique' and a country's letters inside a title "
             "missed"),
            ("Five-hundred-and-fifth held-out set (Global Voices' listings as it, a feed "
             "reader and an archive keep them; CC BY 3.0)",
             HERE / "heldout-505", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.87, type 0.89, quotes R 0.71 (10/14), P 0.91, speaker 1.00; "
             "it showed a journalist named Day typed an event, a group's name in marks after "
             "'the group' typed a work, a headline's 'Robert Mugabe' after common words and "
             "'Ghani’s' dropped, teasers in straight single marks after '...' and in straight "
             "marks holding straight marks missed; fixed (names P 0.96, R 0.94, type 1.00, "
             "quotes R 0.86); left: 'Raqqa is Being Slaughtered Silently' and a quote nested "
             "in single marks inside single marks"),
            ("Five-hundred-and-sixth held-out set (U.S. embassies' and the State "
             "Department's remarks and statements, as their sites and two copying sites "
             "keep them; public domain)",
             HERE / "heldout-506", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.91, type 1.00, no quotes; it showed a chargée d'affaires' "
             "name in a headline before 'Remarks', 'Deputy Chief of Mission Sonnek' and two "
             "bodies joined by 'and the' in a headline cut wrong; fixed (names P 1.00, R "
             "1.00)"),
            ("Five-hundred-and-seventh held-out set (the New Zealand Government's Māori "
             "Budget 2020 release as an aggregator copies it, its macrons lost to a broken "
             "encoding; CC BY 4.0)",
             HERE / "heldout-507", "gold written before the engine ran on it; first run: "
             "names P 0.70, R 0.64, type 0.43, quotes R 1.00 (6/6), P 1.00, speaker 0.83; it "
             "showed the lost macrons ('MÄori') read as capitals inside names, 'He Poutama "
             "Rangatahi' cut at te reo's 'He', a minister named by words no table knows "
             "dropped after his portfolio; fixed (names P 0.82, R 0.82, type 0.89, speaker "
             "1.00); left: 'Mana in Mahi' and 'MÄori Cadetships' cut wrong in a list"),
            ("Five-hundred-and-eighth held-out set (the State Department's press briefings as "
             "its site, an Italian agency's feed and a news site keep them; public domain)",
             HERE / "heldout-508", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.90, type 1.00, quotes R 1.00 (1/1), P 1.00, speaker 0.00; it "
             "showed the spokesman's label in capitals ('MR PRICE:') taken for a heading, 'the "
             "Ugandan Government' kept apart from 'the Government of Uganda', 'Department "
             "Press Briefings for U.S. Department of State' kept whole; fixed (names P 0.97, "
             "R 1.00, speaker 1.00); left: 'Ned' alone kept apart from his label"),
            ("Five-hundred-and-ninth held-out set (Mississippi Today as two local sites "
             "republish it; CC BY-ND 4.0)",
             HERE / "heldout-509", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 1.00 (names goal met), quotes R 0.75 (3/4), P 1.00, "
             "speaker 0.67; it showed a mother's words given to 'she' and a hospital's words "
             "nested in single marks missed; fixed (speaker 1.00: 'the child’s mother'); "
             "left: the nested quote"),
            ("Five-hundred-and-tenth held-out set (Pressenza as an aggregator lists it and the "
             "World March's site republishes an interview; CC BY 4.0)",
             HERE / "heldout-510", "gold written before the engine ran on it; first run: "
             "names P 0.77, R 0.81, type 0.94, quotes R 1.00 (2/2), P 1.00, speaker 1.00 "
             "(quotes goal met); it showed 'Colombia for the Patriotic Union' kept whole, "
             "'Mundo sin Guerras y Violencia' cut at 'sin', 'Acción Humanista' typed a person, "
             "'Roberto Pizarro' kept apart from 'Roberto Pizarro Hofer'; fixed (names P 0.95, "
             "R 0.95, type 1.00); left: 'Pressenza' alone on its line missed, the credit's "
             "misspelt 'Pressena International Press Agency' kept apart"),
            ("Five-hundred-and-eleventh held-out set (a Meduza editorial as its AMP page "
             "keeps it, with the Russian notice in Cyrillic; CC BY 4.0)",
             HERE / "heldout-511", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.83, type 0.80, no quotes; it showed the slogan 'Free Alexey "
             "Navalny!' typed a firm for its exclamation mark and a photo's credit, 'Evgeny "
             "Feldman for Meduza', dropped; fixed (names R 1.00, type 1.00)"),
            ("Five-hundred-and-twelfth held-out set (the New Hampshire Bulletin as two papers "
             "republish it and as its own author and commentary pages list it; CC BY-NC-ND "
             "4.0)",
             HERE / "heldout-512", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.98, type 0.93, quotes R 0.80 (4/5), P 0.80, speaker 0.75; "
             "it showed a byline in capitals with a surname's prefix, 'By ETHAN DeWITT', "
             "typed a body, 'the American Civil Liberties Union of New Hampshire' a place, "
             "'Windham election officials' an event, and a quote given to the bank of 'the "
             "president and CEO of Franklin Savings Bank' the paragraph had just named; fixed "
             "(type 1.00, speaker 1.00; gold corrected: the state named only inside two "
             "bodies' names optional); left: a term in marks, 'fatal fetal diagnosis', "
             "suggested as a quote, and the women's 'impossible decision' missed"
             "; the commentary listing taken out after the run, set 261 holding the same page"),
            ("Five-hundred-and-thirteenth held-out set (the U.S. Department of Justice's press "
             "releases as a university's web archive, a blog and a local news site keep them; "
             "public domain)",
             HERE / "heldout-513", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.97, type 0.98, quotes R 1.00 (2/2), P 0.67, speaker 0.50; "
             "it showed a seal's description, 'United States Department of Justice Seal of "
             "the United States Department of Justice', kept whole, 'The Office of Public "
             "Affairs' on its banner line dropped, 'Tour de France' typed a body, a nickname "
             "in marks inside a name, 'Jin Chul “Jacob” Cha', taken for a quote and a "
             "listing's quote given to the person of the item before its '(Read more)'; "
             "fixed (names R 1.00, type 1.00, quotes P 1.00, speaker 1.00; gold corrected: "
             "'DEA' and 'Trump' as the copy writes them)"
             "; the blog's copy and the 2007 listing taken out after the run, sets 78 and "
             "9 holding them"),
            ("Five-hundred-and-fourteenth held-out set (Voice of America's own election "
             "reporting from Zimbabwe, Angola, Cambodia and Burundi; public domain)",
             HERE / "heldout-514", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.95, type 1.00, quotes R 1.00 (20/20), P 0.95, speaker 0.90; "
             "it showed a watchdog's blended short name, 'Comfrel', kept apart, 'VOA' taken "
             "for short of its show 'Hello VOA', a show a guest is 'on' in marks taken for a "
             "quote, a photographer's credit glued by its slash to a service, '(Hean "
             "Socheata/VOA Khmer)', kept whole, 'he said' after '… tells VOA that Rwasa won' "
             "given to Rwasa, and two misspelt names, 'Sindomwo', 'Evarisate Ndayishimiye', "
             "kept apart; fixed (names P 0.97, R 1.00, quotes P 1.00, speaker 1.00); left: "
             "'MPLA' and 'UNITA' apart from the English names their Portuguese letters "
             "shorten"),
            ("Five-hundred-and-fifteenth held-out set (Rest of World as an activist site "
             "republishes a feature and an aggregator keeps a teaser; its republishing terms)",
             HERE / "heldout-515", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 1.00, type 0.86, quotes R 0.67 (2/3), P 1.00, speaker 0.00; "
             "it showed 'Singh, in his 40s,' typed a body (so 'he told' found no one), and "
             "the feature's title in single marks, '‘We’re All Fighting The Giant.’', "
             "taken for a work's title, no one's words; fixed (names P 1.00, type 1.00, "
             "quotes R 1.00, speaker 1.00)"),
            ("Five-hundred-and-sixteenth held-out set (Wikinews of 2008 as a promoting blog, "
             "a copying site and an Audio Wikinews script keep it; CC BY 2.5)",
             HERE / "heldout-516", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.89, type 0.94, quotes R 0.88 (7/8), P 1.00, speaker 0.86; "
             "it showed 'the Rely on Your Beliefs Fund' cut at 'on', 'Avon and Somerset "
             "police' cut to 'Somerset' (its statement given no one), 'the Greenberg Traurig "
             "lobbying company' typed a person, 'Euro Interbank Offered Rate' a body, a "
             "'Boeing 747' kept apart from the 'Boeing 747-200' it is, and a quote whose "
             "opening mark a space kept off its word missed; fixed (names P 0.95, R 0.95, "
             "type 1.00, quotes R 1.00, speaker 1.00); left: 'kamnet', a recorder's user "
             "name in lower case, missed, and 'Wikinews' taken for short of 'Audio "
             "Wikinews'"
             "; the October archive taken out after the run, the first held-out set "
             "holding its story"),
            ("Five-hundred-and-seventeenth held-out set (Common Dreams as an activist site's "
             "tag pages repost it; CC BY-NC-ND 3.0)",
             HERE / "heldout-517", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.78, type 1.00, quotes R 0.88 (7/8), P 1.00, speaker 1.00; "
             "it showed 'Share Button' a body, a credit's licence letters glued on by its "
             "slash ('Wikimedia Commons/CC'), 'the 2021 March on Washington' cut at the "
             "month's 'on', a caption's two people, 'Donald Trump and Nayib Bukele', lost, "
             "and the words of 'the self-described “world’s coolest dictator”' given no "
             "one; fixed (names P 0.97, R 0.91, quotes R 1.00; gold corrected: 'the Bukele "
             "administration' an entity, as ../gold.yml has them); left: 'My 420 Tours' cut "
             "to 'Tours', 'Frypie' after a misspelt 'Phpto:', 'Moral March on Manchin & "
             "McConnell' missed"),
            ("Five-hundred-and-eighteenth held-out set (Agência Brasil as an RSS reader copies "
             "two stories and a news review site republishes one; CC BY 4.0)",
             HERE / "heldout-518", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 1.00, type 1.00, quotes R 1.00 (2/2), P 1.00, speaker 1.00 "
             "(quotes goal met); it showed 'BRL 600' and 'BRL 150', money by its currency's "
             "code, taken for bodies, and 'Lula Swears' of a headline's 'Lula Swears In "
             "Cabinet Members' kept with its verb; fixed (names P 1.00, full name 1.00: the "
             "whole names goal met)"
             "; the RSS reader's copy taken out after the run, set 53 holding it"),
            ("Five-hundred-and-nineteenth held-out set (the Justice Department's releases as a "
             "security-news feed and a copying site keep them, and a senator's release on its "
             "oversight; public domain)",
             HERE / "heldout-519", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.98, type 0.98 (names goal met), quotes R 1.00 (1/1), P 1.00, "
             "speaker 1.00 (quotes goal met); it showed 'U.S. Deputy Coordinator for "
             "Counterterrorism Ian Moss' kept as a body ('Coordinator' not a title), 'the "
             "European Union Agency for Criminal Justice Cooperation' cut at 'Justice' as if a "
             "judge's title, and 'Co-conspirator' kept with the name after it; fixed (names "
             "P 1.00, R 1.00, type 1.00; gold corrected: the United States in the senator's "
             "release an entity, as the first story has it)"
             "; the senator's release and the copied teasers taken out after the run, sets "
             "487, 9 and 450 holding them"),
            ("Five-hundred-and-twentieth held-out set (Global Voices on Trinidad and Tobago "
             "and the Caribbean: a monthly listing, a weekly roundup and a listing of "
             "roundups; CC BY 3.0)",
             HERE / "heldout-520", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.97, type 0.88, quotes R 0.82 (9/11), P 0.90, speaker 0.56; "
             "it showed 'Trinidad's' kept apart from 'Trinidad & Tobago', 'Mr Manning' of "
             "'Mr Manning and Mr Panday' typed a town, 'blogger Afrobella' a body, 'Remember "
             "Daniel Guerra' kept with its verb, 'prompting Jamaican Annie Paul to respond: "
             "“…”' given to the man named before, and 'She stated emphatically:' before a "
             "block quote not read as its introduction, the surname opening the sentence "
             "before it unknown to the pronoun; fixed (names P 0.94, type 0.94, quotes P 1.00, "
             "speaker 0.82; gold corrected: block quotes after a colon its speakers' quotes, "
             "as the nineteenth set's rule has them, 'Trinidadians' a group, 'Trinidad' the "
             "country in the listing of roundups); left: block quotes after an introduction "
             "with no speech verb ('was worried “…”:', 'no-one has been arrested:') and their "
             "paragraphs with no first person, 'Living in Barbados' after a quote and a colon, "
             "'Trinidad' in a headline kept apart"),
            ("Five-hundred-and-twenty-first held-out set (the Court of Justice of the European "
             "Union's press releases, two pages of its listing and a lawyers' site's copy; "
             "reproduction authorised with the source acknowledged)",
             HERE / "heldout-521", "gold written before the engine ran on it; first run: "
             "names P 0.53, R 0.53, type 0.83, no quotes; it showed 'Advocate General Bobek' "
             "and the others typed bodies, the court's case numbers ('Case C-42/17', "
             "'T-61/16') cut into models' names; fixed (names P 0.85, R 0.74, type 0.97; gold "
             "corrected: cases named by their parties entities, as ../gold.yml has 'Roe v. "
             "Wade'); left: case captions cut at a Spanish 'en' or a firm's comma, 'Principles "
             "of Community law' a label, 'Apple' opening a headline"),
            ("Five-hundred-and-twenty-second held-out set (tiny: a Wikinews note on original "
             "reporting as a promoting blog keeps it; CC BY 2.5)",
             HERE / "heldout-522", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 1.00, type 0.92 (names goal met), no quotes; it showed 'the "
             "Nova Scotia Liberal leadership campaign' typed a person for 'Nova', a given "
             "name; fixed (type 1.00)"),
            ("Five-hundred-and-twenty-third held-out set (small: the Department of Education's "
             "releases as a teacher-preparation site reposts them; public domain)",
             HERE / "heldout-523", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 1.00, type 0.82, quotes R 1.00 (2/2), P 1.00, speaker 1.00 "
             "(quotes goal met); it showed a blog's 'Author Archive' label taken for a "
             "person; fixed (names P 0.92); left: 'Supporting America’s School "
             "Infrastructure (SASI)' cut at its possessive, 'Project Prevent' and 'SASI', "
             "programmes, typed bodies"),
            ("Five-hundred-and-twenty-fourth held-out set (the Environmental Protection "
             "Agency's releases as its media room and news aggregator, a blog of its e-mailed "
             "releases and a copying site have them; public domain)",
             HERE / "heldout-524", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.97, type 0.94 (names goal met), quotes R 1.00 (13/13), P "
             "1.00, speaker 0.85 (quotes goal met); it showed a quote left open before ', "
             "said Sarah Holt,' with the next passage's mark run into its line given no "
             "speaker, 'EPA Administrators Jackson and McCarthy' typing 'Jackson' a city, "
             "'U.S.' inside 'Eco-Schools U.S. Atlanta' read as a person's initials (which "
             "took the dateline's 'Atlanta'), 'Foundation Relation Officer' glued to her "
             "body, 'States and Tribes' kept; fixed (names 1.00 / 1.00 / 1.00, speaker "
             "1.00)"),
            ("Five-hundred-and-twenty-fifth held-out set (the Welsh Government's decision "
             "reports and a cabinet sub-committee's minutes, the Senedd's record of a plenary "
             "and of a committee, bilingual; Open Government Licence)",
             HERE / "heldout-525", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.79, type 0.85, no quotes; it showed members listed with 'AM' "
             "after their names lost where the tables lack a Welsh given name or an "
             "honorific stood before ('• Rt Hon. Mark Drakeford AM', 'Eluned Morgan AM', "
             "an '-ed' word to the rules), 'the 2026 Senedd election' typing the body an "
             "event, a committee named for fields with commas and no chamber cut to its "
             "last field, Welsh posts after names kept in them ('Manon George Clerc'), "
             "'Gwen John Exhibition' a person, 'Cabinet Sub-Committee' a person, 'the "
             "Government of Wales Act 2006' a government, a woodland and 'the Duffryn "
             "estate' bodies, a body's letters after a post a place; fixed (names P 0.88, R "
             "0.90, type 0.98); left: names followed by Welsh posts on list lines the rules "
             "read as headlines ('Llyr Gruffydd Cadeirydd y Pwyllgor', 'Huw Irranca-Davies "
             "Y Dirprwy Brif Weinidog …'), 'Welsh Parliament' kept apart from the Senedd, "
             "'Create your Space' cut at its lower-case word, a minister's portfolio after "
             "commas ('Skills and Social Partnership') kept"),
            ("Five-hundred-and-twenty-sixth held-out set (ProPublica on its licence and as "
             "news aggregators keep its stories; CC BY-NC-ND 3.0)",
             HERE / "heldout-526", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 1.00, type 0.97 (names goal met), quotes R 1.00 (2/2), P "
             "1.00, speaker 1.00 (quotes goal met); it showed 'Northwest SOIL' kept apart "
             "from the Northwest School of Innovative Learning and 'Comfort Inn' typed a "
             "person; fixed (names P 0.97, type 1.00); left: 'GOP' kept apart from the "
             "Republicans (joining them made sixteen other sets worse, whose gold keeps the "
             "party's nickname an entity of its own)"),
            ("Five-hundred-and-twenty-seventh held-out set (the Government of Canada's news "
             "about British Columbia as two sites' listing pages show its teasers; Open "
             "Government Licence – Canada)",
             HERE / "heldout-527", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.90, type 0.97, no quotes; it showed names with combining "
             "marks cut at the mark ('Nisg̱a'a', 'GayG̱ahlda'), 'the Green Infrastructure "
             "Stream of the Investing in Canada Infrastructure Program' cut at 'in', 'the "
             "Green and Inclusive Community Buildings (GICB) program' split at its 'and', a "
             "riding after a province's assembly kept in the assembly's name, 'Mayor of "
             "Trail' taken for short of the 'Trail Memorial Centre', 'Internet' a body, "
             "'BC Hydro projects' a programme; fixed (names 1.00 / 1.00 / 0.97); left: the "
             "GICB programme typed a place for 'Buildings', 'GayG̱ahlda' (an agreement) a "
             "body"),
            ("Five-hundred-and-twenty-eighth held-out set (Creative Commons' Open Minds "
             "transcript, an OEG Voices transcript and Creative Commons' summit release; CC "
             "BY 4.0)",
             HERE / "heldout-528", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.85, type 0.93, quotes R 1.00 (1/1), P 1.00, speaker 1.00 "
             "(quotes goal met); it showed a wrapped transcript's first line read as a "
             "headline ('[00:00:00] Ony Anukem: Welcome … I'm Ony Anukem' over a line in lower "
             "case), books' titles in capitals joined at their lower-case 'and' ('ATTACK "
             "SURFACE and WALK AWAY') and typed bodies after 'novels for adults like' and "
             "'books, like', a person run into a body's letters in the possessive ('Ony "
             "Anukem CC's'), a chair's field a body ('Professor of Law'), 'LA.' dropped as "
             "Louisiana's abbreviation and typed a body; fixed (names P 1.00, R 0.97, type "
             "0.97); left: 'CC Global Summit' in the headline missed where the story writes "
             "'the CC global summit', 'O e G Voices' (a podcast its host introduces as 'your "
             "host of oeg Voices', in lower case) typed a body"),
            ("Five-hundred-and-twenty-ninth held-out set (Eos, AGU's science news, as a feed "
             "aggregator and two education sites keep it; CC BY-NC-ND 3.0)",
             HERE / "heldout-529", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.88, type 0.95, quotes R 1.00 (9/9), P 1.00, speaker 0.56; "
             "it showed a listing's dated titles run into their entries' lines ('2021-03-15. "
             "Building a Better Model to View Earth’s Interacting Processes. By …') cut into "
             "names, 'Mount Etna and Vulcano and Lipari islands' split at the first 'and' "
             "only, a publisher's letters after its magazine ('EoS-Earth & Space Science "
             "News (AGU)') taken for its short form, 'the French Roadmap for Complex "
             "Systems' typed a body by its last word, a book before its chapter ('GSS Energy "
             "Flow chapter 2') a body, a prize's citations ('… were awarded “for …”') given "
             "to the laureates and a source's words after 'According to …, which …,' to the "
             "speaker before; fixed (names P 0.95, R 0.95, type 1.00, speaker 1.00); left: "
             "'Science News' of a feed's tagline 'Science News by AGU' kept, 'GSS' inside "
             "'GSS Energy Flow' and 'AGU' of 'Eos/AGU' missed"),
            ("Five-hundred-and-thirtieth held-out set (the Department of Commerce's blog, top "
             "news and press-release listing as its archived sites and a web archive keep "
             "them; public domain)",
             HERE / "heldout-530", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.94, type 0.96, quotes R 0.67 (2/3), P 1.00, speaker 1.00; "
             "it showed 'the Department of Commerce and U.S. Census Bureau' and 'Secretary "
             "of Commerce Gary Locke and White House Cybersecurity Coordinator Howard A. "
             "Schmidt' kept whole, 'the National Strategy for Trusted Identities in "
             "Cyberspace' cut at 'in', 'the Military End-User (MEU) List' cut at its "
             "letters, 'the Entity List and Chinese company …' run into the adjective, and a "
             "headline's quote ('“Commerce Helps Freedom and Freedom Helps Commerce,” "
             "Gutierrez Says of …') taken for a work's title; fixed (names P 0.95, R 1.00, "
             "type 0.98, quotes R 1.00, speaker 1.00); left: 'American' of 'any American "
             "who wants to work' a group, an executive order's title in marks kept as a work "
             "apart from the order, 'National Export Initiative' typed a body"),
            ("Five-hundred-and-thirty-first held-out set (NIEHS's Environmental Factor on its "
             "site and as a document site keeps an issue; public domain)",
             HERE / "heldout-531", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.89, type 0.91, quotes R 1.00 (3/3), P 1.00, speaker 1.00 "
             "(quotes goal met); it showed 'NIEHS' taken for short of 'Friends of NIEHS', "
             "'Besides Birnbaum' a person, 'the 2021 Papers of the Year' an event, 'the "
             "Tox21 consortium' a place after 'in', the 'Outstanding New Environmental "
             "Scientist awardee symposium' a body; fixed (names P 0.97, R 0.92, type 1.00); "
             "left: the newsletter's masthead 'Environmental Factor', written twice on its "
             "own lines, missed, and 'Institute Eleven' of two columns run together kept "
             "(a number spelt out no name's word made 'Eleven Point River' in set 62 worse)"),
            ("Five-hundred-and-thirty-second held-out set (NOAA's drought.gov news archive, "
             "Climate Program Office story and listing, a blog's repost; public domain)",
             HERE / "heldout-532", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.98, type 0.93, no quotes; it showed 'NOAA’s award-winning "
             "website' typing NOAA an honour (a rule of the set before, fixed before it "
             "landed anywhere), 'the Western U.S. Check out …' run into the next sentence's "
             "imperative, 'Lakes Mead and Powell' kept one name, 'Drought Task Force IV' cut "
             "at its Roman number; fixed (names P 0.94, R 1.00, type 0.96); left: 'Western "
             "Webinar Summary/Replay', a link's title, cut at its slash, 'USDA ARS' in "
             "brackets apart from the Agricultural Research Service, 'Climate.gov, NOAA’s "
             "… flagship website' typed a body (taking 'website' for a work's noun made five "
             "other sets worse), 'National Integrated Drought Information System' typed a "
             "system"),
            ("Five-hundred-and-thirty-third held-out set (the European Parliament's "
             "environment committee pages in three sites' chrome and its newsletter's "
             "welcome as a document site keeps it; reuse authorised with acknowledgement)",
             HERE / "heldout-533", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.86, type 0.89, no quotes (one suggested); it showed "
             "'Committee on the Environment, Public Health and Food Safety' cut at its comma, "
             "'The AGRI and PETI Committees' one name with its plural head, an initiative's "
             "title in single marks after its colon taken for a quote, 'Sustainable "
             "Development Goals' typed a body; fixed (names P 0.81, R 0.89, type 0.92; set "
             "213's type 0.83 -> 0.85); left: 'Executive Vice-President of the European "
             "Commission for the European Green Deal' cut into 'European Commission for the "
             "European' and a person 'Green Deal', 'ENVI' and 'ENVI Committee' kept apart "
             "from the committee's full name, the Spanish and Romanian chrome's 'Últimas' "
             "kept, 'the Commission' alone dropped"),
            ("Five-hundred-and-thirty-fourth held-out set (the Military Health System's, the "
             "Defense Health Agency's and DOD News' pages; public domain)",
             HERE / "heldout-534", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.72, type 1.00, quotes R 0.89 (8/9), P 1.00, speaker 0.88; "
             "gold corrected after the run to give a town its form with its state's "
             "abbreviation, as earlier sets' gold does ('Jacksonville, Fla.'): against it "
             "the first run's names are P 0.87, R 0.82; it showed a byline's 'BY' in "
             "capitals kept before the name; fixed (names P 0.89, R 0.85, type 1.00); left: "
             "'Defense Health Headquarters in Falls Church, Va.' kept one place, the site's "
             "masthead 'Military Health System' missed, 'Patient Safety Awareness Week' cut "
             "to its last three words at a sentence's start, '“…,” Dr. Jonathan Woodson, "
             "Assistant Secretary of Defense for Health Affairs, wrote' given no one, a "
             "teaser's quote whose opening mark the listing lost missed, 'Navy' and 'Air "
             "Force' in photo credits missed"),
            ("Five-hundred-and-thirty-fifth held-out set (small: the State Department's youth "
             "exchanges as an embassy's page, the USA.gov blog in a web archive and a "
             "handbook on a document site keep them; public domain)",
             HERE / "heldout-535", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.97, type 1.00, no quotes (names goal met); it showed "
             "'Chargé d’ Affaires Dan Perrone', a title with a space after its elision, cut "
             "to 'Affaires Dan Perrone'; fixed (names P 0.93, R 1.00); left: a logo's broken "
             "letters ('YE S') and 'Congress - Bundestag Youth Exchange' spaced at its "
             "hyphen cut in two"),
            ("Five-hundred-and-thirty-sixth held-out set (the UK Parliament's topic pages "
             "listing the Commons Library's briefings and the Library's editorial policy; "
             "Open Parliament Licence)",
             HERE / "heldout-536", "gold written before the engine ran on it; first run: "
             "names P 0.74, R 0.83, type 0.85, no quotes; it showed 'Commons Library' kept "
             "apart from the House of Commons Library, 'This publication, Duty and "
             "Democracy: Parliament and the First World War, …' cut into 'Duty' and "
             "'Democracy', 'the first Register of Consultant Lobbyists' read as a title and "
             "its holder 'Lobbyists', and 'First World War' taken for short of the "
             "publication's title; fixed (names P 0.92, R 0.92, type 0.86); left: 'the EU "
             "Court' and 'the Court of Justice of the EU (CJEU)' kept apart, 'Article 50 "
             "TEU' and 'Parliament Research Briefings' typed bodies, 'Open Parliament "
             "License' typed a scheme, titles glued to their dates ('14.11.2016Brexit …')"),
            ("Five-hundred-and-thirty-seventh held-out set (tiny: a DOE release on ARPA-E as "
             "an energy institute's library reposts it, public domain, and Wikipedia's "
             "ARPA-E article as a proxy serves it, CC BY-SA 4.0)",
             HERE / "heldout-537", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.94, type 1.00, quotes R 1.00 (1/1), P 1.00, speaker 1.00 "
             "(quotes goal met); an infobox's labels run into their values kept "
             "('TypeGovernmental organization' gave 'Governmental', 'Parent organization' "
             "'Parent'), 'the America COMPETES Reauthorization Act of 2010' cut after "
             "'America'; fixed: both (an adjective or a common word before 'organization' "
             "opening its line no body; a country's name before a law's letters kept when "
             "the law's head comes before its year)"),
            ("Five-hundred-and-thirty-eighth held-out set (the State Department's own "
             "publications: ShareAmerica's culture teasers as the Virtual Embassy Iran lists "
             "them, two DipNote posts, State Magazine's May 2014 cover and contents as Scribd "
             "keeps it; public domain)",
             HERE / "heldout-538", "gold written before the engine ran on it; first run: "
             "names P 0.76, R 0.83, type 0.86, quotes R 1.00 (2/2), P 1.00, speaker 0.00 "
             "(against the gold as corrected after it, 'ACS Tijuanas' a form of the unit: "
             "P 0.77, R 0.85); bylines in capitals run into their date kept as a body "
             "('RACHAEL NOVAK AND POOYA REZAI NOVEMBER 29'); a headline's month cut from its "
             "'Native'; an exhibition's title with its colon between spaces cut ('Women "
             "Photographers'); a revolution's year kept in its name; a handle's headline "
             "('Works for the American People') a body; a building by a president's name run "
             "into the department's ('Harry S. Truman US Department of State', 'Quarters' a "
             "person); 'Young 1ove' cut at its digit; '30 Under 30' missed; a magazine's "
             "rubrics ('Lost', 'Refresh', 'Brief', 'Lying') kept; 'Laki Tatu' and 'Japans' "
             "missed; 'Forbes', 'New York On Tech', 'Embassy Bridgetown' typed people, "
             "'Seoul' a programme; a travel agent's words given to 'Tehran', a partial quote "
             "opened by an ellipsis given no one; fixed: both speakers (someone of a place by "
             "their trade, 'felt that' before a partial quote), the bylines in capitals and "
             "the headline set apart from them, the exhibition's title, the hashtag headline, "
             "the magazine's contents lines, an address's room, a caption's line ending in a "
             "comma ('Laki Tatu'), the four types ('Forbes published its …'; a city and "
             "'On Tech'; a post abroad by its city; a city's programmes), 'one of the few "
             "photographers', one called after an award ('a Fulbright Student'), '30 Under "
             "30'; left: the revolution's year, the building named for Truman run into the "
             "department (cutting it broke set 329's 'James A. Byrne U.S. Courthouse'), 'Head "
             "Quarters', 'Young 1ove', 'Japans', 'Department of State by State'"),
            ("Five-hundred-and-thirty-ninth held-out set (the National Park Service's news "
             "as its topic listing and the Interior Newswire aggregator list it; public "
             "domain)",
             HERE / "heldout-539", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.87, type 0.87, no quotes, one suggested (a song's title in "
             "marks, 'The Jelly Roll blues'); an item's labels kept ('Regions 3', 'Bulk "
             "Uploaded' people); a park 'and Preserve' cut ('Katmai National Park', "
             "'Preserve'); a post run into a project's name ('Co-Lead, Hagerman …'); 'The "
             "Original Memphis Five' cut at its number; 'Glen Canyon National Recreation "
             "Area' run into the next monument across a slash; an event's name with a "
             "possessive and 'and' missed; 'Chickamauga Battlefield' and 'Fort Moultrie' in "
             "headlines missed; a sink, a corridor and a building typed bodies, 'Mina' a "
             "place, 'Georgia Battery' and 'Visit Alamosa' people; fixed: the song's title "
             "(a title before 'performed by'), the band's number word, the labels' numbered "
             "regions, the park 'and Preserve', the post before the project, the two parks "
             "across the slash, the headlines' places after 'at', the types (a corridor and "
             "a sink places, a tourism board 'Visit …', a given name listed between others, "
             "a name in marks before 'Celebration' an event); left: 'Bulk Uploaded' of a "
             "photo's credit, the event's name with its possessive, the celebration's two "
             "forms apart, 'The Jelly Roll blues' as a work, 'Black Maria' and 'Georgia "
             "Battery' (an artillery battery a body made set 441's 'Big Canberra Battery' "
             "one)"),
            ("Five-hundred-and-fortieth held-out set (Korea.net on its Honorary Reporters: "
             "two reporters' posts, a staff interview round-up, new reporters' interviews; "
             "works of the Korean state, free to use)",
             HERE / "heldout-540", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.97, type 0.89, quotes R 1.00 (2/2), P 1.00, speaker 0.50; a "
             "byline's name after 'Honorary Reporter' cut before its surname ('Diana "
             "Kassandra'); a Korean surname alone kept apart ('Hong'); 'Studies' of 'Korean "
             "Studies' kept; the portal 'Korea.net' and a person before it typed places, "
             "'Seollal' glossed as the Lunar New Year a body, 'the North Jeolla capital' a "
             "body; 'she said' after another's quote given to an earlier woman; fixed: all "
             "(a byline's surname before 'from' and a country; 'Certain' opens no name; a "
             "site's name opening with a country's no country after a comma, a site by its "
             "address a body; a name glossed by an event an event; a region before 'capital' "
             "a place; 'Korean Studies' whole; the story's own 'she' for a name written "
             "surname first)"),
            ("Five-hundred-and-forty-first held-out set (the Marine Corps' own news: a "
             "division's listing, two air station stories on its birthday, a DVIDS story on a "
             "Medal of Honor ceremony; public domain)",
             HERE / "heldout-541", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.88, type 0.88, quotes R 0.92 (11/12), P 1.00, speaker 1.00; "
             "units by the military's ordinals cut ('Battalion', 'Marine Division' of '2d "
             "Battalion, 7th Marines', '3d Marine Division'); a byline's person run into the "
             "station ('Gregory Aalto Marine Corps Air Station'), 'Christian' of 'Lance Cpl. "
             "Christian Cachola' read as a faith; a breadcrumb glued ('Unit HomeNewsNews "
             "Articles'); a station's dateline in capitals with its state kept whole; "
             "'Marines of the Air Station' a place; an exercise by its number typed other and "
             "kept apart from its short form; 'Republic of Korea Marines' a state; the "
             "birthday a body, 'Combat Camera' a person, 'MCAS Yuma parade field' an event; "
             "a resolution's words after 'resolved' missed; 'Americans' of a quote kept; "
             "fixed: the units ('2d', '3d' ordinals; a battalion, a comma and its "
             "regiment one name), the bylines (a rank, a given name and a known surname, "
             "then the unit, whole; a unit between a byline's bars; a given name that is a "
             "faith's after a rank), the breadcrumb, 'the Air Station' out of 'Marines of "
             "the …', the exercise's type and short form, a state's force a body, a "
             "birthday an event, 'parade field' no event's cue, 'resolved' a reporting "
             "verb; left: 'Iwo Jima' of 'Iwo Jima Marines' missed, 'Combat Camera' a "
             "person, 'Air Station' apart from the station's dateline in capitals, "
             "'Americans'"),
            ("Five-hundred-and-forty-second held-out set (small: Voice of America's sports "
             "reporting, its 2014 World Cup blog's tag page and a 2007 Women's World Cup "
             "story as a blog reposts it; public domain)",
             HERE / "heldout-542", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 1.00, type 1.00, quotes R 1.00 (5/5), P 1.00, speaker 1.00 "
             "(both goals met); a tournament's group run into its name ('World Cup Group "
             "F'), 'Round' of 'the coveted Round of 16' an event, 'the Argentines' a group, "
             "'Mineirao stadium' in a caption apart from 'Mineirao Stadium'; fixed: the "
             "group cut from the tournament, 'Round of 16' whole, the stadium's two forms "
             "one; left: 'the Argentines' a group the gold does not list"),
            ("Five-hundred-and-forty-third held-out set (NIH News in Health: two search pages "
             "and its tenth-anniversary feature; public domain)",
             HERE / "heldout-543", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.95, type 0.94, quotes R 1.00 (6/6), P 1.00, speaker 1.00 "
             "(both goals met); the newsletter's name, 'NIH News in Health', cut at 'in' "
             "('Years of NIH News' kept from the headline), its apposition ('the monthly "
             "newsletter') typing the institutes a work; fixed: a publication's name holding "
             "'in', written whole twice, one name in its headline and its text"),
            ("Five-hundred-and-forty-fourth held-out set (the U.S. International Trade "
             "Commission's news releases as its keyword listings keep them; public domain)",
             HERE / "heldout-544", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.87, type 0.96, no quotes; a report's title after 'public "
             "report' cut ('Forged Steel Fittings' of '… from India and Korea'), a "
             "publication's long title with its colon cut into bodies ('U.S. Industries', "
             "'Drug Crop Eradication and Crop Substitution'); a complainant run into its "
             "town ('Sauder Manufacturing Company of Archbold'); the label 'Inv.' kept; a "
             "law typed a body; fixed: all but 'Commerce' in brackets kept apart from the "
             "department (a title after 'report' or 'publication' up to its bracket or year, "
             "its product alone grouped with it; a law apart from a report named for it; a "
             "firm of its town before the state; a label's abbreviation before 'No.')"),
            ("Five-hundred-and-forty-fifth held-out set (small: the Nuclear Regulatory "
             "Commission's public blog post and its press releases' listing as a wiki serves "
             "it; public domain)",
             HERE / "heldout-545", "gold written before the engine ran on it; first run: "
             "names P 0.21, R 0.40, type 1.00, quotes R 1.00 (2/2), P 1.00, speaker 1.00 "
             "(quotes goal met); a listing whose document numbers, dates and days are glued "
             "into one token before each release's number and headline, all on one line: "
             "the codes kept as names and run into the plants' names before them "
             "('Farley Nuclear Plant ML24309A1802024-10-21021'), the releases' numbers kept "
             "('News Release-II-24-027'), the headlines' words kept ('NRC Schedules "
             "Regulatory Conference'); 'Region I' of the author's lines missed; fixed: runs "
             "cut at the glued codes and a release's number with its label, the text between "
             "a code's colon and the next code a headline, a body's letters ending such a "
             "headline after 'with' kept; left: the plants after 'of' in those headlines "
             "(keeping them made sets 219 and 349 worse), 'Dresden Nuclear Power Plant "
             "Performance', 'Region I'"),
            ("Five-hundred-and-forty-sixth held-out set (tiny: a Study in the States post and "
             "a YALI post on exchange students and entrepreneurs; public domain)",
             HERE / "heldout-546", "gold written before the engine ran on it; first run: "
             "names P 0.55, R 0.75, type 0.83, no quotes; not yet worked on: the site's name "
             "'Study in the States' cut to 'Study' and its pages' list ('Schools and Blog') "
             "kept, a headline written three times kept as a body ('Department of State "
             "Promotes Public Diplomacy'), visa classes by their letters ('F and M students') "
             "kept, 'Entrepreneurs in Residence' missed, a resource page's title typed a body; "
             "fixed at the stop's end: the letters, and 'Promotes' a headline's verb (its line "
             "ending in a full stop still kept)"),
            ("Five-hundred-and-forty-seventh held-out set (Taiwan's Ministry of Foreign "
             "Affairs: Taiwan Today stories, one as an aggregator reposts it, and a New "
             "Southbound Policy portal listing; OGDL-Taiwan-1.0)",
             HERE / "heldout-547", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.89, type 1.00, quotes R 1.00 (1/1), P 1.00, speaker 1.00 "
             "(quotes goal met); a title's area run into the body after "
             "it ('Asia of the U.S. Department of Commerce'), a working group run into its "
             "forum after 'of', an ordinal kept before a council ('11th TIFA Council'), "
             "'American Institute in Taiwan' cut at its 'in', a listing's headline glued to "
             "'Photos' ('Taiwan Photos'), a headline's verb kept ('Promote Asia Silicon "
             "Valley'), 'Time' of a capitalised 'first Time Taiwan' run into the place, "
             "'FM Wu' kept with the title's letters, a country's adjective kept before an "
             "outlet ('U.S. Pacific Island Times'), '15min' missed; fixed: all but 'Time "
             "Taiwan', the working group, the outlet's country and '15min' (a region a post "
             "is for before 'of the' body; a ministry's letters without its state's; a state "
             "glossed in brackets; a title's letters before the one person of that surname; "
             "an ordinal counting a council's meetings; 'Enlarge' and a gallery's 'Photos' "
             "no names; a headline's imperative; a body thanked by its letters; a body's "
             "numbered resolution whole; a people's body in another country named with it)"),
            ("Five-hundred-and-forty-eighth held-out set (New Zealand Police releases as "
             "MIL-OSI New Zealand and Scoop serve them; CC BY 4.0)",
             HERE / "heldout-548", "gold written before the engine ran on it; first run "
             "(against the gold as corrected after it, the events' years kept as the gold "
             "rules ask; as first written 0.89 / 0.95 / 0.90): names P 0.93, R 1.00, type "
             "0.90, quotes R 1.00 (4/4), P 1.00, speaker 1.00 (both goals met); a wing "
             "named for its patron run into 'Police' ('Dame Noeline Taurua DNZM Police'), "
             "her given name alone kept apart from her, 'Police' alone kept apart "
             "from 'Canterbury Police', a netball team typed a person and another a place, a "
             "district court typed a work, a region before 'District Commander' typed a body; "
             "all fixed (an honour's letters end a name; a head alone the country's body of "
             "that head; teams by their plural names after 'the' and before 'team' or "
             "'coach'; a court 'appeared in' no journal; a region before a title a place)"),
            ("Five-hundred-and-forty-ninth held-out set (the Food Safety and Inspection "
             "Service's recall releases as a finance site, a retail-news site, a cooking "
             "school's page and a food bank carry them; public domain)",
             HERE / "heldout-549", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.89, type 1.00, no quotes; a headline in "
             "capitals kept in part ('READY TO EAT'), the dateline in capitals apart from "
             "'Washington D.C.', a press officer's name after the office's line missed "
             "('Kenneth King'), 'Best' of 'Best By date' kept, a headline in title case kept "
             "whole up to 'That Has', a firm run into its town and state ('PS Seasoning of "
             "Iron Ridge, Wis.'), an establishment number's part kept ('M-47484'), 'Canada' "
             "of 'a Quebec, Canada establishment' missed; all fixed (a headline's words in "
             "capitals the story writes in lower case no name; a dateline's city in capitals "
             "the short form of the city with its letters; a contact's name before a "
             "telephone number on its line; a package's date label; 'Issues' a headline's "
             "verb after a body's letters; a headline before its posting date after a dash; a "
             "firm its trade's noun introduces apart from its town; a country no short form "
             "of a firm named with it; an establishment's number)"),
            ("Five-hundred-and-fiftieth held-out set (small: USCIS's own releases and blog "
             "post, one as a lawyer's blog copies it; public domain)",
             HERE / "heldout-550", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.92, type 1.00, quotes R 1.00 (3/3), P 1.00, speaker 1.00 "
             "(quotes goal met); a venue's name holding '&' twice cut at "
             "the first ('Sailors Memorial Hall & Museum'), an initiative's name holding 'at' "
             "cut ('Basic Training Initiative'), 'Naturalization' of it kept, 'Marine Corps' "
             "after 'the founding of the' missed (run into the museum's name before it), a "
             "form's title after its number kept apart from it; all fixed (the services' "
             "members named together before a head no members; a programme's name holding "
             "'at'; a body by its head no short form of a place named for it; a form's title "
             "after its number and a comma the form)"),
            ("Five-hundred-and-fifty-first held-out set (a 1912 newspaper page's OCR text, "
             "the Library of Congress's Chronicling America teasers and help page; public "
             "domain)",
             HERE / "heldout-551", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.91, type 0.92, no quotes; an OCR'd front "
             "page's decks in title case run into the story kept in part ('Fly As "
             "Advertised', 'Take Risks'), 'Aviator Fowler' and 'to. Hickory' missed, a "
             "general's side run into his rank and name ('Union Lt. Gen. Ulysses S. Grant'), "
             "a city before its state in brackets missed ('Cleveland, OH'), a paper named "
             "for its city typed a person, 'Search America' of a site's search line kept, a "
             "directory's short form apart from its long one, the site typed a place; fixed: "
             "the general (a given name and an initial before a surname that is a thing's "
             "head) and the paper and its city ('… Morning Leader' a place's paper); a "
             "detector of decks in long OCR'd lines was tried and dropped (it lost names "
             "the headlines hold)"),
            ("Five-hundred-and-fifty-second held-out set (New Zealand newspapers of "
             "1891-1904 as Papers Past serves their OCR text; public domain)",
             HERE / "heldout-552", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.91, type 0.76, quotes R 0.00 (0/1), none suggested; "
             "'West Indies' and 'Grea Britain' typed bodies, a ship after 'H.M.S.' "
             "typed a person, 'Messrs' kept before a name, an association's name broken by "
             "the OCR, headings in capitals typed bodies by their letters, a quote whose "
             "opening mark the OCR read as '*' missed; fixed: the West and East Indies "
             "regions, ships' prefixes with their stops, 'Messrs' an honorific"),
            ("Five-hundred-and-fifty-third held-out set (the Mehr and Tasnim news agencies in "
             "English, Tasnim's as a football site reposts it; CC BY 4.0)",
             HERE / "heldout-553", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.93, type 0.93, quotes R 1.00 (9/9), P 1.00, speaker 0.89 "
             "(quotes goal met); a reposter's four-word name cut in two "
             "('Mir Farhad' and 'Ali Khan'), 'Team Melli' cut to 'Melli' at a sentence's "
             "start, 'Iranian administration' kept, an agency before its dateline ('Tasnim – "
             "TEHRAN,') typed a person, a coach after 'team' typed a body, 'Pompeo' of "
             "'Pompeo's remarks' typed a town, 'JCPOA' grouped with its commission, a quote "
             "after 'adding' given to 'We will'; fixed: all but 'Team Melli' (an "
             "agency before its dateline; 'Ali' inside one man's four words; a byline after "
             "its date no headline; a coach after a team's post a person; a people's "
             "adjective before 'administration' no name; letters apart from their commission; "
             "a quote after '…,” X said, adding' X's; whose remarks the story reports a "
             "person, whatever small town shares the name)"),
            ("Five-hundred-and-fifty-fourth held-out set (the Air Force Research Laboratory's "
             "stories of its AFRL Inspire talks on three Air Force sites; public domain)",
             HERE / "heldout-554", "gold written before the engine ran on it; first run: "
             "names P 1.00, R 0.97, type 0.92, quotes R 1.00 (10/10), P 1.00, speaker 1.00 "
             "(both goals met); a byline's unit before 'Public Affairs' "
             "missed ('88th Air Base Wing'), a hall named for a person typed a person, the "
             "talks' series typed a body; fixed: the hall (a body's building after its "
             "possessive) and the series (an ordinal and 'annual' before an event); the unit "
             "left (set 79's gold takes the public affairs office as the body)"),
            ("Five-hundred-and-fifty-fifth held-out set (small: the Forest Service's alerts "
             "pages and a region's release as a local site reposts it; public domain)",
             HERE / "heldout-555", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.81, type 1.00, no quotes; two fires "
             "joined by 'and' before 'wildfires' kept as one ('Ranch and August Complex'), a "
             "trail by its number missed ('Trail No. 85463'), a notice's heading run into a "
             "site's name ('… Recreation Site Closed'), an order's name in title case cut "
             "('Seasonal Road', 'Trail'); fixed: the fires (two names joined by 'and' before "
             "'wildfires') and the heading ('Closed' a headline's verb before 'due')"),
            ("Five-hundred-and-fifty-sixth held-out set (the Space Force's own words: a base's "
             "launch story, two DVIDS captions, a base's news listing, a reposted article, a "
             "defense.gov story; public domain)",
             HERE / "heldout-556", "gold written before the engine ran on it and corrected "
             "after (a credit's name left out, a base with its state's abbreviation one place); "
             "first run: names P 0.87, R 0.94, type 0.92, quotes R 1.00 (9/9), P 1.00, speaker "
             "1.00 (the quotes goal met); deltas by their numbers typed places ('Space Delta "
             "15'), a satellite's plus cut off ('WGS-11+'), letters mixing a syllable and "
             "capitals not grouped ('SpOC'), a base named once with its state and once without "
             "kept apart; fixed: all four ('Delta' and a number a unit; a name's glued plus "
             "kept, 'Disney+', not 'LGBTQ+'; syllables and letters mixed; a place of several "
             "words grouped with its form before a state's abbreviation), and a name before "
             "'(aka' grouped with its other name where no form was taken there ('CC0 (aka CC "
             "Zero)'); left: old and new names of renamed bases apart, two commands joined by "
             "'and' kept as one"),
            ("Five-hundred-and-fifty-seventh held-out set (the State Department on its "
             "International Women of Courage awards, 2010-2024: a staff writer's story, a "
             "ShareAmerica story, a DipNote post, two reposted ceremony transcripts; public "
             "domain)",
             HERE / "heldout-557", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.90, type 0.97, quotes R 1.00 (6/6), P 1.00, speaker 1.00 (the "
             "quotes goal met); an awardee 'of' her country kept with it ('Shadi Sadr of "
             "Iran': a big city shares the surname), a nun's 'Sister' and a past post's field "
             "kept on names ('State Condoleezza Rice' of 'then-Secretary of State …'), a "
             "people's adjective kept before a full name ('Venezuelan Ana Rosario "
             "Contreras'), a body cut at a people's possessive ('Office of Global Women’s "
             "Issues'); fixed: all five; left: a photo credit's 'State Dept.', a blog's "
             "'DipNote', the award's short form ungrouped"),
            ("Five-hundred-and-fifty-eighth held-out set (the Government of the Netherlands' "
             "news in English as the MIL-OSI newswire reposts it; CC0)",
             HERE / "heldout-558", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.95, type 0.78, quotes R 1.00 (4/4), P 1.00, speaker 1.00 (the "
             "quotes goal met); a date's month run into the name after it ('August "
             "Ukraine'), a body cut at its hyphenated word and at its first word written "
             "again ('Defence Ground-based Air Defence Command'), a port, a lake and two "
             "motorways typed bodies; fixed: all of them ('Eemshaven' after 'the port of', "
             "'Hofvijver lake', 'via the A50'); left: a barracks' name in single marks typed "
             "a person, a missile system and a gazette typed bodies"),
            ("Five-hundred-and-fifty-ninth held-out set (the Obama White House's archived "
             "pages, a site's listing of its texts, its 2009 blog in a web archive; public "
             "domain)",
             HERE / "heldout-559", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.88, type 0.96, its one quote (never closed) missed; 'Group of "
             "Seven' cut to 'Group', speakers' labels in capitals after 'MR.' and 'MRS.' "
             "ungrouped or typed places ('MRS. OBAMA:'), 'EU Commission' apart from "
             "'European Commission', a video's size in megabytes a name ('MB'), a law's "
             "opening 'Every' cut; fixed: all of them; left: a briefing room's line, a "
             "proclamation's title line, 'No Child Left Behind' cut, an award with 'by' in it"),
            ("Five-hundred-and-sixtieth held-out set (NOAA Fisheries' releases, teasers, home "
             "page and letter as others carry them; public domain)",
             HERE / "heldout-560", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.85, type 0.89, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the "
             "quotes goal met); a river after 'reported in' typed a work, an arm of the sea "
             "typed a person ('Turnagain Arm'), a calendar month kept on a cause's month "
             "('June Orca Action Month'); fixed: all three; left: a menu's 'Gulf of Mexico' "
             "split, basins on lines of their own missed, a letter's name glued in camel "
             "case split ('FishNews')"),
            ("Five-hundred-and-sixty-first held-out set (Australian ministers' transcripts: "
             "the Education Minister's, an environment press conference, the Prime "
             "Minister's as a news site reposts it; CC BY 4.0)",
             HERE / "heldout-561", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.98, type 0.92 (the names goal met), no quotes; a speaker's "
             "label in capitals alone ('CLARE:') and a state by its formal name ('the State "
             "of South Australia') ungrouped, an electorate after 'member for' typed a body; "
             "fixed: all three; left: a minister's portfolio after 'Minister for' suggested "
             "('Foreign Affairs'), a show's name missed, electorates named in a row typed "
             "bodies"),
            ("Five-hundred-and-sixty-second held-out set (the Cybersecurity and "
             "Infrastructure Security Agency's releases, a call's summary as a state cyber "
             "centre reposts it, an alert and an SBA release on an emergency centre's page; "
             "public domain)",
             HERE / "heldout-562", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.89, type 0.92, quotes R 1.00 (5/5), P 1.00, speaker 1.00 (the "
             "quotes goal met); prefixes whose word comes later suggested ('Mis- Dis- and "
             "Mal'), a campaign ending in 'Up' typed a person ('Shields Up'), an event's "
             "edition inside a headline's title case dropped ('2nd Annual Small Business "
             "Cyber Summit'); fixed: all three; left: a subcommittee's name opening with "
             "'Transforming the' cut, a guide's title after a colon typed a body, 'AI'"),
            ("Five-hundred-and-sixty-third held-out set (President Biden and his "
             "counterparts: readouts as a personal site reposts them, remarks as the American "
             "Presidency Project keeps them, a White House transcript, Downing Street's "
             "readout as GovWire copies it, a statement in a feed aggregator; public domain "
             "and OGL v3.0)",
             HERE / "heldout-563", "gold written before the engine ran on it and corrected "
             "after (a country's short and formal names one entity); first run: names P 0.91, "
             "R 0.94, type 0.90, no quotes; speakers' labels with their posts in capitals "
             "missed ('PRESIDENT BIDEN:', 'PRIME MINISTER SUNAK:'), a word broken off before a "
             "dash suggested ('Presi- —'), a reporter's 'Q.' kept on a question's first word "
             "('Q. Do'); fixed: all three; left: 'Joe' apart from Biden, 'Roosevelt' after "
             "'and' typed a place, 'Oval Office' typed a body, 'Putin' alone typed a body"),
            ("Five-hundred-and-sixty-fourth held-out set (SAMHSA's grant releases on HHS's "
             "site and as a newswire, a distributor and a support site repost them; public "
             "domain)",
             HERE / "heldout-564", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.94, type 0.98, quotes R 1.00 (15/15), P 1.00, speaker 1.00 "
             "(the quotes goal met); 'Second Gentleman' kept on a name, a body's letters run "
             "into its leader's name after 'the leader of' ('SAMHSA Miriam "
             "Delphin-Rittmon', read as a list's 'SURNAME Given'); fixed: both; left: a "
             "lifeline's name opening with its number cut ('988 Suicide & Crisis "
             "Lifeline'), a project's name cut at 'in'"),
            ("Five-hundred-and-sixty-fifth held-out set (Louisiana Illuminator: two reporters' "
             "author pages at different times and the editor's first column; CC BY-NC-ND "
             "4.0)",
             HERE / "heldout-565", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.97, type 0.97 (the names goal met), quotes R 0.67 (2/3), P "
             "1.00, speaker 0.50; a reporter's given name alone apart from her name spelt "
             "with two apostrophes, 'Air Force' beside 'Air Force One’s', 'Our Lady of the' "
             "cut as a title, a town of a lake's shape in a photo's words ('Lake Charles "
             "after Laura') and a party's town ending a sentence ('R-Slidell.') missed, a "
             "hockey club typed a person, a town before 'woman' opening a headline typed a "
             "people, a headline's words in single marks after 'citing' missed; fixed: all "
             "of them (the headline's words now given to the state it names, where the gold "
             "has the state's office); left: 'McClatchy' typed a person, a quote cut off in a "
             "teaser given to no one"),
            ("Five-hundred-and-sixty-sixth held-out set (the Scottish Government's releases on "
             "its site and as a community paper and a newswire repost them, the Scotland "
             "Office's as a parliamentary site carries it, the Scottish Parliament's Official "
             "Report; OGL v3.0 and OSPL v3.0)",
             HERE / "heldout-566", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.95, type 0.98 (the names goal met), quotes R 0.67 (2/3), P "
             "1.00, speaker 1.00; a portfolio run into the next minister's name ('Finance and "
             "the Constitution and Keith Brown'), a given name that names a language cut from "
             "its surname ('Shona Robison will …'), a council's Gaelic name split at 'nan', an "
             "island gone to ('to Harris where …') taken for the distillery named after it; "
             "fixed: all four, and a product after its makers typed other; left: a council's "
             "Gaelic and English names between dashes apart, the announcement's words in "
             "single marks missed"),
            ("Five-hundred-and-sixty-seventh held-out set (small; the Council of the EU and "
             "the European Council: remarks as a Greek blog reposts them, a press release's "
             "PDF text on a document site, teasers in English, French and German on an "
             "aggregator; the EU's reuse notice)",
             HERE / "heldout-567", "gold written before the engine ran on it; first run: "
             "names P 0.76, R 0.79, type 0.94, no quotes; German nouns taken for names "
             "('Empfehlung', 'Übergang', 'Tagung der Beitrittskonferenz'), a surname in "
             "capitals after given names cut off or lost ('Miguel Ángel MORATINOS', 'Diego "
             "LOPEEZ GARRIDO'), countries and cities by their German names unknown "
             "('Albanien', 'Brüssel'); fixed: all three; left: 'République française' "
             "cut, a header glued to ',update', bodies in a contents list in capitals, the "
             "Council by its German word"),
            ("Five-hundred-and-sixty-eighth held-out set (The Conversation on itself: monthly "
             "columns on the difference its articles made and a column on its long reads, on "
             "its site and as two news sites and a press-release site copy them; CC BY-ND 4.0)",
             HERE / "heldout-568", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.88, type 0.91, quotes R 1.00 (3/3), P 0.50, speaker 0.67; "
             "a thing and what it is for run together ('WeChat for Chinese Americans', "
             "'Facebook Live for National Science Week'), two people joined by 'and' run into "
             "the next one's university, an author after '• Written by' missed; fixed: all "
             "three, a network's feature typed other, and a word in marks inside a bill's "
             "name no quote; left: a masthead's 'The Times Australia' cut to its country, "
             "'IFL Science and Channel News Asia' one name, 'Lara' apart from Lara Herrero, "
             "a scare word and an author's coinage in single marks taken for quotes"),
            ("Five-hundred-and-sixty-ninth held-out set (small; Futurity and The Conversation "
             "as a reading site lists them and AARP's blog carries them; CC BY 4.0 and CC BY-ND "
             "4.0)",
             HERE / "heldout-569", "gold written before the engine ran on it and corrected "
             "after ('older Americans' left out, 'U.S.' apart from the United States); first "
             "run: names P 0.81, R 0.89, type 1.00, its one quote (cut off by '…') missed; a "
             "blog's sections glued to bylines' 'By' ('Personal HealthBy Don Campbell'); "
             "fixed; left: 'Meals on Wheels' split at 'on', a college's name split at its "
             "commas"),
            ("Five-hundred-and-seventieth held-out set (Te Puni Kōkiri, New Zealand's Ministry "
             "for Māori Development: a story and four listings of its own site; CC BY 4.0)",
             HERE / "heldout-570", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.88, type 0.82, quotes R 1.00 (4/4), P 1.00, speaker 0.25; "
             "Māori bodies' names after 'Te' typed people ('Te Puni Kōkiri', 'Te Arawhiti'), "
             "so a minister's words went to her ministry; a marae typed a person; fixed: both "
             "(type 0.91, speaker 1.00); left: 'Nanaia Mahuta of Waikato-Tainui' one name, "
             "programmes by their Māori names typed people ('Whānau Ora', 'Pae Aronui'), "
             "'Section 8I Report' cut"),
            ("Five-hundred-and-seventy-first held-out set (MerrionStreet.ie, the Irish "
             "Government News Service: five listings of its releases and news; Irish PSI "
             "licence, CC BY 4.0)",
             HERE / "heldout-571", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.88, type 0.94, no quotes (an event's title in marks "
             "suggested); a portfolio's last fields run into the minister's name ('… Climate "
             "Action and Environment Richard Bruton'), a department's name cut at its commas "
             "('The Department of Agriculture, Food and the Marine'); fixed: both; left: a "
             "law's name cut at 'against the', 'Met Éireann' cut, 'Mary Mitchell O’Connor "
             "T.D.' cut to 'Mary', a headline's minister in title case run into its words"),
            ("Five-hundred-and-seventy-second held-out set (the Ministry of Foreign Affairs "
             "of Japan in English: four readouts of telephone talks, a press conference, a "
             "courtesy call as a wire site carries it; Public Data License 1.0, compatible "
             "with CC BY 4.0)",
             HERE / "heldout-572", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.89, type 0.94, no quotes (a policy's slogan and a word in "
             "marks suggested); a surname in capitals before the given name ('MOTEGI "
             "Toshimitsu') not joined to 'Minister Motegi', two countries' pair taken for one "
             "place and a post's plural after it for a body ('the Japan-Russia Foreign "
             "Ministers’ Telephone Talk'), 'Japan-U.S. Security Treaty' cut after the pair, "
             "an envoy's 'Extraordinary and Plenipotentiary' taken for names; fixed: all, "
             "and the slogan no quote; left: 'called a “satellite”' a quote, 'TICAD' apart "
             "from its ministerial meeting, a reporter's label typed an organisation"),
            ("Five-hundred-and-seventy-third held-out set (Taiwan's President in English: "
             "two pages of the foreign ministry's portal listing the president's news, a "
             "Taiwan Today story as a business association copies it, the Office's release "
             "as a newswire carries it, an issue listing of the Office's; OGDL-Taiwan-1.0)",
             HERE / "heldout-573", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.90, type 0.97, no quotes in the gold, none suggested; "
             "'Taipei' not joined to 'Taipei City', 'Presidential Office' not to 'Office of "
             "the President', 'the Holy See' typed a person; fixed: all; left: 'Japanese "
             "House of Representatives Member Katsuyuki Kawai' one name, 'Baron' of 'Baron "
             "Divavesi Waqa' read as a title, 'the Federation of Saint Christopher and Nevis' "
             "cut"),
            ("Five-hundred-and-seventy-fourth held-out set (small; Knowable Magazine as a "
             "reading site lists it: two listing pages of headlines, decks and bylines; "
             "CC BY-ND 4.0)",
             HERE / "heldout-574", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.89, type 0.94, no quotes in the gold, none suggested; "
             "'Covid' in title case typed a body, dropped opening a headline and not joined "
             "to 'Covid-19', 'Zhong-Lin Lu •' cut as a writer before a university; fixed: "
             "all"),
            ("Five-hundred-and-seventy-fifth held-out set (Florida's state law enforcement: "
             "the FDLE's releases and the FWC's news page, weekly report and a release as "
             "others carry them; public records of Florida, no copyright)",
             HERE / "heldout-575", "gold written before the engine ran on it; first run, "
             "against the gold as corrected after it (a dateline's 'TALLAHASSEE, Fla.' a form "
             "of the city): names P 0.94, R 0.91, type 0.94, quotes R 1.00 (8/8), P 1.00, "
             "speaker 1.00 (as first written: P 0.90, R 0.87, type 0.93); counties heading "
             "a weekly report's cases on lines of their own and an operation heading its "
             "section dropped, 'Lone' and 'Hub' of headings taken for towns abroad; fixed: "
             "all (set 331's county headings found too); left: an agency's areas listed with "
             "'and' run together, 'Officer Specialist Hallsten' kept whole before 'and "
             "Officer Osborn'"),
            ("Five-hundred-and-seventy-sixth held-out set (the Governor of Florida's news "
             "listings: his site in two layouts, its search results, a business site's copy; "
             "public records of Florida, no copyright)",
             HERE / "heldout-576", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 0.85, type 0.97, quotes R 1.00 (1/1), P 1.00, speaker 0.00; "
             "'Governor Ron DeSantis' written twice cut into 'Ron' and 'DeSantis' (a rule "
             "for a feed's byline before its outlet), so the quote went to 'Ron'; a storm's "
             "stage dropped in a headline ('Tropical Storm Idalia'), '… Read Full Text' "
             "taken for a name, photo captions' surnames run into a court's name "
             "('CourtBufano', 'Court Griner'); fixed: all (names P 0.91, R 0.88, type 0.99, "
             "speaker 1.00); left: bills' numbers after 'CS/' cut, names in title-case "
             "headlines dropped ('… to the Suwannee River Water Management District'), "
             "teasers glued to the next headline"),
            ("Five-hundred-and-seventy-seventh held-out set (New Zealand's Ministry for "
             "Primary Industries, Biosecurity New Zealand and Fisheries New Zealand: releases "
             "as news and fishing sites carry them; CC BY 4.0)",
             HERE / "heldout-577", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.96, type 0.93 (the names goal met), quotes R 1.00 (10/10), "
             "P 1.00, speaker 0.60; quotes in paragraphs of their own after the speaker's "
             "attributed one given to no one; fixed: speaker 0.90; left: one six paragraphs "
             "after, past a link's title"),
            ("Five-hundred-and-seventy-eighth held-out set (small; the New Zealand Customs "
             "Service's releases on drug seizures as Scoop carries them; CC BY 4.0)",
             HERE / "heldout-578", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 1.00, type 1.00, quotes R 1.00 (7/7), P 0.78, speaker 1.00; "
             "'Customs' and 'Auckland Airport' not joined to their full names, a drug's "
             "'Class A' taken for a name, goods' labels in marks for quotes; fixed: all"),
            ("Five-hundred-and-seventy-ninth held-out set (small; Wikipedia's article on Fire "
             "and Emergency New Zealand as two mirrors serve it; CC BY-SA 4.0)",
             HERE / "heldout-579", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.92, type 1.00, no quotes in the gold, none suggested; an "
             "infobox's label run into a given name ('officerKerry Gregory'); fixed (names "
             "P 0.94, R 0.94); left: the service's name cut after 'and', its 'Fire' read as "
             "the common word the article writes in lower case"),
            ("Five-hundred-and-eightieth held-out set (New Zealand's Ministry of Health: its "
             "briefings' transcripts, the Director-General's messages, a Māori Health pānui; "
             "CC BY 4.0)",
             HERE / "heldout-580", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.88, type 0.83, no quotes in the gold, none suggested; a menu's "
             "te reo word alone ('Mō') and a page's 'News article' label taken for names, "
             "'the Ministry of Health and the New Zealand health system' one name, 'COVID-19' "
             "joined to the 'Unite Against COVID-19' campaign, 'Aotearoa' and 'Manatū Hauora' "
             "mistyped, 'My Vaccine Pass' a place; fixed (names P 0.97, R 0.94, type 0.94); "
             "left: 'Mâori' only ever an adjective, 'All Sorts' cut to 'Sorts', 'the Health "
             "Point website' typed a place"),
            ("Five-hundred-and-eighty-first held-out set (Australia's Fair Work Ombudsman: two "
             "penalty releases and two pages of its listing; CC BY 3.0 AU)",
             HERE / "heldout-581", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.93, type 1.00, quotes R 0.75 (3/4), P 0.60, speaker 1.00; "
             "'Fair Work Ombudsman Sandra Parker' one name, 'Chemist Warehouse' cut to a "
             "chemist's surname, a headline's 'Penalties for Filipino' taken for a name, a "
             "compound in marks before its noun for a quote; fixed (names P 1.00, R 0.98, "
             "quotes P 0.75); left: '7-Eleven' not read as a name, a court's words in marks "
             "with no speaker named missed, a firm's label for its workers ('characterised "
             "… as ‘volunteers’') given to the firm"),
            ("Five-hundred-and-eighty-second held-out set (small; HM Revenue and Customs' "
             "press releases on its criminal cases; Open Government Licence v3.0)",
             HERE / "heldout-582", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.95, type 0.95 (the names goal met), quotes R 1.00 (5/5), "
             "P 1.00, speaker 1.00 (the quotes goal met); 'Exchequer Secretary to the Treasury "
             "David Gauke' read as 'Treasury David Gauke', a sentence's 'Almost 700' taken for a "
             "name; fixed (names P 1.00, R 1.00); left: 'a former Top Gear mechanic' typed the "
             "show a person"),
            ("Five-hundred-and-eighty-third held-out set (Wikipedia's article on the New "
             "Zealand Defence Force in three copies of three years; CC BY-SA)",
             HERE / "heldout-583", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.98, type 0.98, no quotes in the gold, none suggested; the "
             "force's name in te reo in its bracketed gloss apart from it, 'MOD' given to the "
             "'Minister of Defence' label, not the ministry it follows in brackets, infobox "
             "labels run into their values ('ForceAir Marshal', 'BudgetTotal', "
             "'HistoryMilitary', 'Commander-in-chiefHE'), 'Edit this at Wikidata' a person; "
             "fixed (names P 0.96, type 1.00); left: 'the chief of Defence Force' giving "
             "'Defence Force', 'King Charles III' kept whole"),
            ("Five-hundred-and-eighty-fourth held-out set (the Houses of the Oireachtas on "
             "Ireland's Central Statistics Office: a select committee's debates in two copies "
             "each, a Dáil debate; CC BY 4.0)",
             HERE / "heldout-584", "gold written before the engine ran on it; first run: "
             "names P 0.80, R 0.76, type 0.96, no quotes in the gold, none suggested; the "
             "committee's name cut at its ', and Taoiseach', a member's heading line with a "
             "link after a bar read as a headline (seat and party lost), a budget's 'Revised "
             "Estimates for the Department of the Taoiseach' one name, 'Dáil Éireann' a "
             "person; fixed (names P 0.90, R 0.95, type 1.00); left: the budget's 'Estimates "
             "for Public Services' suggested without its year"),
            ("Five-hundred-and-eighty-fifth held-out set (small; New Zealand's associate health "
             "ministers on measles, two Beehive releases as news sites carry them; CC BY 4.0)",
             HERE / "heldout-585", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.95, type 0.89, quotes R 1.00 (14/14), P 1.00, speaker 1.00 "
             "(the quotes goal met); 'Associate Minister Health Julie Anne Genter' read as "
             "'Health Julie Anne Genter', the MMR vaccine by its letters and its diseases typed "
             "a body; fixed (names P 1.00, R 1.00, type 1.00)"),
            ("Five-hundred-and-eighty-sixth held-out set (small; a Wikinews interview's "
             "introduction, CC BY 2.5, and a New Zealand minister's release of 2000 as Scoop "
             "carries it, CC BY 4.0)",
             HERE / "heldout-586", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.92, type 1.00, quotes R 1.00 (4/4), P 1.00, speaker 1.00 (the "
             "quotes goal met); 'Wikinews' opening a sentence missed; fixed (names P 0.86, "
             "R 1.00); left: 'New York' (the city, written 'New York, New York') apart from "
             "'New York City', 'MAF' apart from 'the Agriculture and Forestry Ministry (MAF)' "
             "whose letters it reorders"),
            ("Five-hundred-and-eighty-seventh held-out set (three New Zealand ministers' "
             "statements on Treaty of Waitangi settlements, one with its macrons garbled by "
             "the site carrying it; CC BY 4.0)",
             HERE / "heldout-587", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.97, type 0.97, quotes R 1.00 (12/12), P 1.00, speaker 0.92; "
             "'Nga Kaihautu' apart from 'Nga Kaihautu o Te Arawa Executive Council', a "
             "paywall's 'Learn More' a body, a bill named for an iwi whose macrons the copy "
             "garbles typed a group, a quote opening a statement whose speaker signs it above "
             "given to no one"),
            ("Five-hundred-and-eighty-eighth held-out set (four of Montana Free Press's "
             "round-ups of the Montana Legislature; CC BY-NC-ND 3.0 US)",
             HERE / "heldout-588", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.91, type 1.00, no quotes in the gold, one suggested; a "
             "caption's credit 'Eliza Wiley/MTFP' one name, the outlet's letters never joined "
             "to its name, 'Republican' before 'lawmakers' missed, a law's words in marks "
             "('“substantially burden”') taken for a quote"),
            ("Five-hundred-and-eighty-ninth held-out set (four Voice of America reports on "
             "elections in Africa as other sites copy them; public domain)",
             HERE / "heldout-589", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.90, type 0.96, quotes R 1.00 (6/6), P 1.00, speaker 1.00 "
             "(the quotes goal met); allAfrica's headline after its date and its country's "
             "label read as names ('Police Gather', 'Congo Capital Ahead'), 'Agence "
             "France-Presse and Reuters' one name, 'DR Congo' apart from 'Democratic Republic "
             "of Congo', the outlet above it 'Voice of America (Washington, DC)' typed a "
             "member heading a speech, 'Associated Press' in a photo's credit missed"),
            ("Five-hundred-and-ninetieth held-out set (four pages of VOA's Khmer service in "
             "English, two on its own site, two as blogs copy them; public domain)",
             HERE / "heldout-590", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.83, type 0.97, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the "
             "quotes goal met); a byline glued to the service's name ('Heng ReaksmeyVOA "
             "Khmer') one name, bylines 'Say Mony and Heng Reaksmey, VOA Khmer' missed, an "
             "audio file's size ('738KB') a name, 'Ratanakkiri Adhoc' (a province before a "
             "rights group) one person, 'Cham' apart from 'Cham Muslims'"),
            ("Five-hundred-and-ninety-first held-out set (the European Centre for Disease "
             "Prevention and Control on outbreaks: its media centre, its feed as an "
             "aggregator keeps it, a weekly threat report as a PDF's text; reproduction "
             "authorised)",
             HERE / "heldout-591", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.94, type 0.92, no quotes in the gold, none suggested; the "
             "aggregator's category 'Categories: C.D.C. (Europe)' read as a name and taken "
             "for a source credited after an item, 'WHO/Europe' cut at its slash, 'February "
             "and April' one name, 'Bas Uele' typed a person, 'West Nile' apart from 'West "
             "Nile fever', 'UEFA EURO 2016' and 'ECDC' in a report's run-together text "
             "missed"),
            ("Five-hundred-and-ninety-second held-out set (the Hubble Space Telescope's "
             "pictures of the week as a feed widget, NASA's listing and two sites' tag pages "
             "keep them; CC BY 4.0 and public domain)",
             HERE / "heldout-592", "gold written before the engine ran on it; first run: "
             "names P 0.68, R 0.66, type 0.63, no quotes in the gold, none suggested; "
             "galaxies by their catalogues' letters and numbers cut to the letters ('NGC' of "
             "'NGC 4380', 'IC' of 'IC 4633'), 'the NASA/ESA Hubble Space Telescope' cut at "
             "its slash, constellations typed bodies ('Hydra', 'Puppis'), 'NASA' in a credit "
             "line typed a judge's surname, a nickname in brackets apart from its person"),
            ("Five-hundred-and-ninety-third held-out set (the U.S. Army's competitions as "
             "DVIDS and the NCO Journal report them; public domain)",
             HERE / "heldout-593", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.92, type 0.91, quotes R 1.00 (8/8), P 0.89, speaker 1.00 (the "
             "quotes goal met); a unit and its nickname in brackets apart ('3d U.S. Infantry "
             "Regiment (The Old Guard)'), a competition run into its fort ('Best Squad "
             "Competition on Fort A.P. Hill, Va.'), 'Ft. A.P. Hill' typed a person, two units "
             "in a row one name, a title in marks ('“Best Squad”') taken for a quote, 'Army "
             "Ten-Miler' typed a person"),
            ("Five-hundred-and-ninety-fourth held-out set (Wikipedia on cricket as "
             "mirrors copy it: the opening of 'Test cricket', two copies of the Cricket "
             "portal; CC BY-SA)",
             HERE / "heldout-594", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 1.00, type 0.94 (the names goal met), no quotes in the gold, "
             "none suggested; 'Melbourne Cricket Ground' typed a person (its first word a "
             "given name), 'Adelaide Oval' a body, 'Women's Test' a name"),
            ("Five-hundred-and-ninety-fifth held-out set (small; Wikipedia's 'Deaths in March "
             "2023' and the opening of '2023' as copies keep them; CC BY-SA)",
             HERE / "heldout-595", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.91, type 0.86, no quotes in the gold, none suggested; works "
             "in brackets after what a person did cut at their small words ('A Tree Grows in "
             "Brooklyn' -> 'Tree Grows', 'Brooklyn'), clubs named for their towns typed "
             "places ('Nice', 'Reims'), 'Montreal Expos' typed a trade show, 'Just Fontaine' "
             "lost its given name, the wiki's banner name missed"),
            ("Five-hundred-and-ninety-sixth held-out set (small; the Kremlin's English site on "
             "appointments, condolences and a ministers' meeting, with a monitoring site's copy; "
             "CC BY 4.0)",
             HERE / "heldout-596", "gold written before the engine ran on it; first run: "
             "names P 0.83, R 0.88, type 1.00, quotes R 1.00 (1/1), P 1.00, speaker 0.00; two "
             "commissions named for the bodies they cover cut at 'at' ('… at Certain Federal "
             "Government Agencies'), executive orders titled 'On …' read as bodies, 'appointed "
             "Vladimir Mazur Acting Governor of …' cut to 'Vladimir', 'Novgorod Region' lost in "
             "its governor's title, a head of state after his title in a heading missed, a "
             "message's words ('The message said, in part:') given to no one"),
            ("Five-hundred-and-ninety-seventh held-out set (small; the Chief Cabinet Secretary's "
             "press conferences as Japan's Prime Minister's Office publishes them; Public Data "
             "License 1.0, compatible with CC BY 4.0)",
             HERE / "heldout-597", "gold written before the engine ran on it; first run: "
             "names P 0.73, R 0.97, type 0.91, no quotes in the gold, two suggested; 'Press "
             "Conference' of every page's heading an event, 'Chief Cabinet' of the post a body, "
             "the label 'CHIEF CABINET SECRETARY SUGA:' missed, 'Speaking' after 'Apple, Inc.' "
             "a body, 'Professor Emeritus' read as a person named Emeritus, the 'Great East "
             "Japan Earthquake' typed a body, a garment's name and a proposal's title in marks "
             "taken for quotes"),
            ("Five-hundred-and-ninety-eighth held-out set (small; NOIRLab's announcement of the "
             "Gemini Observatory's agreement and three of the Rubin Observatory's digests, one "
             "as a mirror serves it; CC BY 4.0)",
             HERE / "heldout-598", "gold written before the engine ran on it; first run: "
             "names P 0.78, R 0.95, type 0.82, quotes R 1.00 (4/4), P 1.00, speaker 1.00 (the "
             "quotes goal met); a digest's day run into its title ('Rubin Digest 24'), 'a "
             "Program of NSF’s NOIRLab' one name, workshops joined by 'and' before their "
             "letters ('Project and Community Workshops (PCWs)') cut in two, 'Director of "
             "Science Jeno Sokoloski' lost, 'Andres Plazas' typed a place, a survey at a "
             "sentence's '!' typed a body, cameras typed bodies, a section's heading ('Project "
             "& Science News') read as names"),
            ("Five-hundred-and-ninety-ninth held-out set (small; Wikipedia on the Dutch "
             "government as copies keep it: Simple English Wikipedia's articles on two "
             "cabinets, a copy's infobox, a list's infobox; CC BY-SA)",
             HERE / "heldout-599", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.92, type 0.90, no quotes in the gold, none suggested; "
             "cabinets named for their leader and number cut before their lowercase "
             "'cabinet' ('Fourth Rutte'), their other names after 'also called' apart, a "
             "party's letters in its own language ('People's Party for Freedom and Democracy "
             "(VVD)') apart from its name, 'Democrats 66' typed other, a person glued to the "
             "party or ministry before him"),
            ("Six-hundredth held-out set (small; the Government Publishing Office's newsroom: "
             "two releases under the site's menu, a page of 'GPO in the News', a release as an "
             "industry site copies it; public domain)",
             HERE / "heldout-600", "gold written before the engine ran on it; first run: "
             "names P 0.58, R 1.00, type 0.91, quotes R 1.00 (4/4), P 1.00, speaker 1.00 (the "
             "quotes goal met); the site's menu read as names ('Media', 'Products', 'Do "
             "Business', 'Catalog of U.S. Government'), a document's file name a body, 'named "
             "Gary Somerset the Agency’s …' one name, an outlet named like an event ('Federal "
             "Computer Week reports on …') typed an event, an award in marks typed a work"),
            ("Six-hundred-and-first held-out set (small; the Supreme Court of the United "
             "States' press releases and a blog's copy of a statement; public domain)",
             HERE / "heldout-601", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 1.00, type 1.00, quotes R 0.00 (0/2), none suggested; the "
             "Court's banner cut into 'Supreme Court' and 'United States', 'the October 2020 "
             "Term of the Court' read as a body, a blog's headline quoting two of the Chief "
             "Justice's words ('Roberts: Scalia 'Treasured,' Passing 'A Great Loss'') given no "
             "quotes"),
            ("Six-hundred-and-second held-out set (small; the U.S. Treasury's press releases "
             "and blog: a media advisory, a Secretary's remarks and two statements, a blog "
             "post; public domain)",
             HERE / "heldout-602", "gold written before the engine ran on it; first run: "
             "names P 0.98, R 1.00, type 0.96 (the names goal met), quotes R 0.67 (6/9), "
             "P 1.00, speaker 0.33; a statement wholly in marks under 'Statement From …' "
             "given to no one, 'observed that … “…”' no cue, 'Federalist Alexander Hamilton' "
             "one name typed a body, so 'Hamilton once said: “…”' (a surname two people bear) "
             "given to no one and 'he said' to George Washington"),
            ("Six-hundred-and-third held-out set (small; South Korea's culture ministry in "
             "English, and Wikipedia's article on it as a mirror keeps it; Korean state works "
             "free to use, CC BY-SA)",
             HERE / "heldout-603", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.97, type 0.92, quotes R 1.00 (2/2), P 0.67, speaker 1.00 (the "
             "quotes goal met); an infobox's executives ('• Cho Yoon-sun, Minister of …') "
             "missed, a banner's 'Welcome' and a listing's 'Total 475' read as names, a "
             "headline's past verb run into the name before it ('PARK Bo Gyoon Took Office'), "
             "'KPIPA' and 'the Ministry' apart from the bodies they stand for"),
            ("Six-hundred-and-fourth held-out set (small; South Korea's foreign ministry in "
             "English; Korean state works free to use)",
             HERE / "heldout-604", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.95, type 1.00 (the names goal met), no quotes; headline verbs "
             "'Holds' and 'Meets' read as people, 'Minister of Foreign Affairs Kang Kyung-wha' "
             "kept whole, 'the Korean Peninsula and Northeast Asia' one name, 'ROK-France "
             "Foreign Ministers' a body"),
            ("Six-hundred-and-fifth held-out set (small; Statistics Norway's own English pages "
             "and a proxy's copy of its front page, under NLOD, and Wikipedia's article on it, "
             "CC BY-SA)",
             HERE / "heldout-605", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 1.00, type 0.95, no quotes; an author cited surname first "
             "('Østby, Lars og Kristin Henriksen (2013)') read as two names, the surname "
             "typed a body, and the agency's name in its own language in brackets "
             "('Statistisk sentralbyrå, abbreviated to SSB') cut to its first word, it and "
             "the letters apart from the agency"),
            ("Six-hundred-and-sixth held-out set (small; the Apache Software Foundation's own "
             "news: a press release as its site's repository keeps it, two announcements as a "
             "mailing list's archive keeps them, a blog post; Apache License 2.0)",
             HERE / "heldout-606", "gold written before the engine ran on it; first run: "
             "names P 0.75, R 0.83, type 0.80, quotes R 1.00 (7/7), P 1.00, speaker 1.00 (the "
             "quotes goal met); 'Apache HTTP Server' cut to 'HTTP Server' read as a person "
             "('SURNAME Given' of a parliament's list), a headline's possessive in capitals "
             "kept ('FOUNDATION'S'), software typed bodies and people ('projects such as "
             "Apache SpamAssassin and Apache Subversion'), a headline's words in capitals "
             "read as a body, a dateline after it missed"),
            ("Six-hundred-and-seventh held-out set (small; the Defense Logistics Agency's own "
             "news: three articles under the site's banner, one a newsletter with headlines in "
             "capitals, and a year in review from its dateline; public domain)",
             HERE / "heldout-607", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.92, type 0.92 (against the gold as corrected after it; as "
             "first written 0.85, 0.90, 0.91), quotes R 1.00 (9/9), P 1.00, speaker 0.78; a "
             "dateline in capitals cut to 'FORT', a commander run into his unit, service and "
             "rank ('DLA Energy Commander Air Force Brig. Gen. Jimmy Canlas'), 'Margo Falls' "
             "typed a place, so her words went to the byline's author, 'Lockheed Martin' "
             "typed a person in a list of bodies, 'DELTA IV' typed an event, an agency's "
             "earlier names ('known then as the Army-Navy Petroleum Board') apart from it"),
            ("Six-hundred-and-eighth held-out set (small; Eos, the American Geophysical "
             "Union's science news: its editors' picks of a year, a page of its policy blog's "
             "listing, a post as an aggregator copies it, an editors' highlight as a mirror "
             "keeps it; CC BY-NC-ND 3.0)",
             HERE / "heldout-608", "gold written before the engine ran on it; first run: "
             "names P 0.87, R 0.94, type 0.89, no quotes in the gold, none suggested; a "
             "signature's post cut at its 'and' ('Senior Production and Analytics "
             "Specialist'), a citation's initials ('Laws, E. A.') a name, a branch's words "
             "('Diversity, Equity, Inclusion, and Accessibility branch') names, 'Annual "
             "Meeting 2024' cut before its year, a feed's name before its date read as a "
             "dateline, 'Hurricane Hunters' typed an event, 'Cancer Alley' in marks typed a "
             "work, a blog and a satellite typed bodies though the story calls them so"),
            ("Six-hundred-and-ninth held-out set (small; the Free Software Foundation's own "
             "writing: a press release on its site, a blog post as an aggregator copies it, two "
             "e-mails to supporters as an archive keeps them; CC BY-ND 4.0)",
             HERE / "heldout-609", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.94, type 0.71, quotes R 1.00 (1/1), P 0.33, speaker 1.00; "
             "terms in marks ('moves toward \"cloud computing\"') taken for quotes, a name "
             "in a link's square brackets cut ('[Free Software Directory (FSD)]'), "
             "a greeting's 'Free Software Supporter' read as a person, software typed bodies and "
             "places ('Samba', 'Emacs', 'Org mode'), a byline run into the site's furniture "
             "('by Matt Lee Contributions Published on …') missed"),
            ("Six-hundred-and-tenth held-out set (small; The Document Foundation's blog: three "
             "of its pages, an interview as its planet aggregator carries it; CC BY-SA 3.0)",
             HERE / "heldout-610", "gold written before the engine ran on it; first run: "
             "names P 0.81, R 0.85, type 0.62, no quotes in the gold, none suggested; "
             "software typed bodies and people ('LibreOffice', 'StarOffice Suite'), a "
             "version's edition cut off ('LibreOffice 7.2.3 Community'), 'LinkedIn' cut to "
             "'Linked', 'TDF' apart from The Document Foundation, events in a list ('events "
             "worldwide, with FOSDEM and CeBIT') typed bodies, 'Novell and Red Hat' one "
             "name, 'Oracle' typed a town"),
            ("Six-hundred-and-eleventh held-out set (small; SAPIENS, an anthropology magazine: "
             "its front page, a kicker's page, its Italian edition's listing, each story under "
             "its photo's description, and its feed as a mirror keeps it; CC BY-ND 4.0)",
             HERE / "heldout-611", "gold written before the engine ran on it; first run: "
             "names P 0.84, R 0.87, type 0.85, no quotes in the gold, none suggested; the "
             "magazine's name in capitals cut off its programmes' ('the SAPIENS Public "
             "Scholars Training Fellowship program'), a headline's opening verb read as the "
             "town of Reading ('Reading the Future of an Amazonian Mine'), 'Wajãpi "
             "Indigenous people' typed a body, 'the Brazilian Amazon' typed a body, "
             "'Stonehenge' and its 'Altar Stone' typed a body and a person"),
            ("Six-hundred-and-twelfth held-out set (small; YES! Magazine: two issues' 'More of "
             "the Story' pages and a page of a topic listing; CC BY-NC-ND 4.0)",
             HERE / "heldout-612", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.87, type 0.88, quotes R 1.00 (4/4), P 1.00, speaker 0.75; a "
             "post's words given to the body named after the dash before the last one "
             "('…” —NASPA …', no space after the dash), 'United We Dream' cut at its "
             "pronoun, 'YES!' missed, the magazine's issues typed a person and a body "
             "('Sanctuary Issue'), a name in Spanish apart from its English gloss in brackets, "
             "'Keystone XL' before 'pipeline' typed a body"),
            ("Six-hundred-and-thirteenth held-out set (small; The Revelator, an environmental "
             "news site: two pages of its story listing, each opening a story; CC BY-ND 4.0)",
             HERE / "heldout-613", "gold written before the engine ran on it; first run: "
             "names P 0.90, R 0.90, type 0.89, quotes R 1.00 (6/6), P 1.00, speaker 1.00 (the "
             "quotes goal met); two reserves between dashes one name ('União and Poço das "
             "Antes'), a body named in Portuguese apart from its English name in brackets "
             "('Associação Mico-Leão-Dourado (Golden Lion Tamarin Association)') and typed a "
             "person, 'Fazenda Dourada' typed a person"),
            ("Six-hundred-and-fourteenth held-out set (small; the Office of the Director of "
             "National Intelligence: four pages of its press releases' listing; public domain)",
             HERE / "heldout-614", "gold written before the engine ran on it; first run: "
             "names P 0.92, R 0.96, type 0.95, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the "
             "names goal and the quotes goal met); a dateline without its comma "
             "('WASHINGTON D.C. -') cut to 'D.C.', a ranking's title cut at 'to' ('Best "
             "Places to Work'), 'Congress' missed, a post's words taken for a body ('National "
             "Intelligence'), a law before its sections ('FISA') and a research programme "
             "typed bodies"),
            ("Six-hundred-and-fifteenth held-out set (small; the Appalachian Regional "
             "Commission: two POWER Initiative pages, a release, and a release as a coal "
             "industry site copies it; public domain)",
             HERE / "heldout-615", "gold written before the engine ran on it; first run: "
             "names P 0.82, R 1.00, type 0.83, quotes R 1.00 (4/4), P 1.00, speaker 1.00 (the "
             "quotes goal met); an initiative spelt out in brackets between its letters and "
             "its head ('POWER (Partnerships for … Revitalization) Initiative') suggested "
             "twice, once as a body, the region by its adjective and 'Region' apart from "
             "its name"),
            ("Six-hundred-and-sixteenth held-out set (small; the Missile Defense Agency: its "
             "news listing, two releases, and a release as SpaceNews carries it; public "
             "domain)",
             HERE / "heldout-616", "gold written before the engine ran on it, corrected after "
             "(a town's state abbreviation a form of the town, as ../gold.yml has it); first "
             "run: names P 0.89, R 0.89, type 0.90 (as first written 0.88, 0.85, 0.90); a "
             "weapon system's hyphened first word cut off ('Ground-based Midcourse "
             "Defense'), an atoll typed a person, weapons typed people and bodies, the "
             "agency's name opening a line cut to 'Defense Agency', the agency with and "
             "without its country's letters apart"),
            ("Six-hundred-and-seventeenth held-out set (small; the Defense Threat Reduction "
             "Agency: two news listings from its site, a release as Marketwired carries it, "
             "an American Forces Press Service article as a defence site copies it; public "
             "domain)",
             HERE / "heldout-617", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.96, type 0.96, quotes R 0.83 (5/6), P 0.83, speaker 0.80; a "
             "quote in straight marks cut at a term in straight marks inside it, 'The "
             "director' taken for the speaker after 'Dr. … Tegnelia, the agency's "
             "director,', a body's name taken with the post the copy wrote before its "
             "letters ('… Agency Director (DTRA) Rebecca Hersman'), a post's field of two "
             "parts taken for two people, the wire in brackets after the dateline missed, "
             "programmes before their letters typed bodies"),
            ("Six-hundred-and-eighteenth held-out set (small; the Central Intelligence "
             "Agency's stories: three pages from its site and a story as a mirror copies it; "
             "public domain)",
             HERE / "heldout-618", "gold written before the engine ran on it; first run: "
             "names P 0.97, R 0.94, type 0.79, quotes R 1.00 (5/5), P 1.00, speaker 1.00 (the "
             "quotes goal met); 'the Memorial Wall' typed a person, its 'Memorial Service' a "
             "body, a submarine's designation taken with the people's adjective after it "
             "('K-129 Soviet'), a code-named project typed a body, an operation by a town's "
             "name typed a place"),
            ("Six-hundred-and-nineteenth held-out set (small; The Trident, the U.S. Naval "
             "Academy public affairs blog: four archive pages; public domain)",
             HERE / "heldout-619", "gold written before the engine ran on it; first run: "
             "names P 0.89, R 0.95, type 0.97, quotes R 1.00 (10/10), P 0.91, speaker 1.00 "
             "(the quotes goal met); an admiral with two initials and a suffix cut on a "
             "list's line ('ADM Ulysses S. G.'), the academy's letters with the country's "
             "('USNA') apart from its name, letters in the plural apart from the name they "
             "spell ('MUCs'), 'the Naval Academy Class of 2015' a body, a sailor's rate taken "
             "with a byline's name ('MC2 Tyler Caswell'), 'Dr. Jeffrey Fair' typed an event, "
             "a team's name for itself in marks taken for a quote"),
            ("Six-hundred-and-twentieth held-out set (small; the U.S. Air Force Academy's "
             "news: its news landing page and weekly digest, two pages of its news listing; "
             "public domain)",
             HERE / "heldout-620", "gold written before the engine ran on it; first run: "
             "names P 0.74, R 0.93, type 0.95, quotes R 0.62 (5/8), P 1.00, speaker 1.00; the "
             "academy's masthead cut into 'United States' and the academy, its dateline in "
             "capitals and its command's blend ('STRATCOM') apart from their names, 'By Staff "
             "Reports' and 'Continue Reading' taken for names, a city before a span of days "
             "('Dallas March'), a cadet's class before his name, 'Class' of 'Class of 2015' a "
             "body, quotes opened right after a sentence's stop missed"),
            ("Six-hundred-and-twenty-first held-out set (small; the U.S. Military Academy at "
             "West Point: an Army story on a graduation, two copies of The Pointer View's In "
             "Focus listing; public domain)",
             HERE / "heldout-621", "gold written before the engine ran on it, corrected after "
             "(a battalion and its regiment one unit, a newspaper a work or a body, as "
             "../gold.yml has them); first run: names P 0.94, R 0.94, type 0.98 (as first "
             "written 0.92, 0.92, 0.95), quotes R 1.00 (7/7), P 1.00, speaker 0.86 (the quotes "
             "goal met); a byline's office on the line below it missed, 'USMA Class' of "
             "'USMA Class of 2020' a body, 'Washington Hall' typed a person, a sergeant "
             "named 'Pride' missed"),
            ("Six-hundred-and-twenty-second held-out set (small; the Uniformed Services "
             "University of the Health Sciences: two copies of its dean's page, its home page, "
             "its annual report page; public domain)",
             HERE / "heldout-622", "gold written before the engine ran on it; first run: "
             "names P 0.88, R 0.88, type 0.97, quotes R 1.00 (2/2), P 1.00, speaker 0.50; deans' "
             "names glued to the next sentence's opener ('Arthur KellermannThe Dean', 'Louis "
             "PangaroEstablished'), a talk's title in marks cut at 'through', 'the Louisiana "
             "Congressman' a body, 'an Act of Congress' a law, an operation heading a feature "
             "missed, a testimonial signed by a name alone below it unattributed"),
            ("Six-hundred-and-twenty-third held-out set (small; the National Defense "
             "University: its 2008 news page as a web archive keeps it, public domain, and its "
             "Wikipedia article, CC BY-SA 4.0)",
             HERE / "heldout-623", "gold written before the engine ran on it; first run: "
             "names P 0.94, R 0.96, type 0.90 (the names goal met); the university typed a "
             "work after a skip link's 'navigational text', 'Marshall Hall Atrium' typed a "
             "person, programmes in capitals typed bodies and a place, a country after a "
             "minister's post missed"),
            ("Six-hundred-and-twenty-fourth held-out set (small; the Office of Naval "
             "Research's news releases and a page of its listing; public domain)",
             HERE / "heldout-624", "gold written before the engine ran on it; first run: "
             "names P 0.93, R 0.95, type 0.97, quotes R 1.00 (15/15), P 0.94, speaker 0.73 "
             "(the names goal met); 'Navy' made a form of 'Department of the Navy', a "
             "post's field split at its commas, a speaker taken as 'Naval Research' of the "
             "post before his name, 'he said' given to a description, a conference's theme "
             "in marks taken as a quote, an event 'held in' a city typed a body"),
            ("Six-hundred-and-twenty-fifth held-out set (small; the Economic Development "
             "Administration: a letter, a news listing, two tag pages copying its releases, "
             "the Commerce Secretary's remarks; public domain)",
             HERE / "heldout-625", "gold written before the engine ran on it (four types, "
             "two teasers' cut quotes and three towns' state abbreviations corrected after the "
             "run to match the other sets'); first run: names P 0.90, R 0.94, type 0.95, "
             "quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the quotes goal met); 'Initiative' "
             "apart from the "
             "initiative's name, a research park run on into its city ('… Research Park of "
             "Ames'), 'Displaying 11' and 'EDA Observes' of a listing, a quoted 'I‘m' "
             "typed a body, 'Jen' thanked typed a body"),
            ("Six-hundred-and-twenty-sixth held-out set (small; the Animal and Plant Health "
             "Inspection Service: announcements as a blog reposts them, Federal Register "
             "abstracts, two copies of USDA releases; public domain)",
             HERE / "heldout-626", "gold written before the engine ran on it (a strategy's "
             "type corrected after the run to match the other sets'); first run: names P 1.00, "
             "R 0.96, type 1.00, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the names and "
             "quotes goals met); 'Federal Register' of a listing's title missed"),
            ("Six-hundred-and-twenty-seventh held-out set (small; the Defense Intelligence "
             "Agency: two news pages, a president's letter, public domain; the Wikipedia "
             "article on its headquarters, CC BY-SA 4.0)",
             HERE / "heldout-627", "gold written before the engine ran on it; first run: "
             "names P 0.86, R 0.88, type 0.92, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the "
             "quotes goal met); a building run on into the base it stands on ('… Center on "
             "Joint Base Anacostia-Bolling'), 'Torch Bearers Hall' cut to 'Hall', a letter's "
             "signature missed, 'DIA HQ' split, a ball club and a place after 'at' typed "
             "people for their first words' given names"),
            ("Six-hundred-and-twenty-eighth held-out set (small; the National Reconnaissance "
             "Office's launch releases as a science federation's site, SpaceRef and SpaceNews "
             "keep them, and a base's feature; public domain)",
             HERE / "heldout-628", "gold written before the engine ran on it; first run: "
             "names P 0.91, R 0.93, type 0.92, quotes R 1.00 (9/9), P 1.00, speaker 1.00 (the "
             "quotes goal met); a base by its letters split from its city ('Los Angeles "
             "AFB'), a flattened byline run into its office and the dateline in capitals, "
             "'Falcon 9' cut at a wrapped line taken for a headline, 'Soviet Union' typed a "
             "body, 'Published' before a date a name"),
            ("Six-hundred-and-twenty-ninth held-out set (small; the Federal Transit "
             "Administration: a press releases' listing, a news archive page, the "
             "department's tag page, a testimony; public domain)",
             HERE / "heldout-629", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.83, type 0.96, no quotes; a testimony's heading in capitals "
             "(the witness, her agency, the subcommittee, the committee, the House) missed, "
             "a council run on into the project it is granted for, headlines glued to the "
             "teasers before them cut into phrases, a grant programme's plural apart from "
             "its name"),
            ("Six-hundred-and-thirtieth held-out set (small; the Bureau of Industry and "
             "Security: a release, its news listing, two speeches of an assistant secretary; "
             "public domain)",
             HERE / "heldout-630", "gold written before the engine ran on it; first run: "
             "names P 0.95, R 0.92, type 0.97, quotes R 1.00 (4/4), P 1.00, speaker 1.00 (the "
             "quotes goal met); a speaker's name in his speech's heading missed twice ('Remarks "
             "of David W. Mills Assistant Secretary …', 'Keynote Speech of David W. Mills'), a "
             "seal's image label taken for a person ('Mills Seal002'), a post cut at a wrapped "
             "line ('… for Export' / 'Enforcement …'), 'Export Control Reform' typed a person"),
            ("Six-hundred-and-thirty-first held-out set (small; the Food and Nutrition "
             "Service: three pages of its listings' teasers and a USDA release as a blog "
             "reposts it; public domain)",
             HERE / "heldout-631", "gold written before the engine ran on it; first run: "
             "names P 0.79, R 0.92, type 0.85, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the "
             "quotes goal met); a slogan cut and typed a person ('Make America Healthy'), names "
             "holding 'to' cut ('Farm to School Census'), programmes by their letters typed "
             "bodies ('SNAP', 'WIC'), a database cut after a colon ('Nutrition Database'), "
             "reports typed a body"),
            ("Six-hundred-and-thirty-second held-out set (small; the International Trade "
             "Administration: two blog pages, a statement, a release as a newswire carries it; "
             "public domain)",
             HERE / "heldout-632", "gold written before the engine ran on it; first run: "
             "names P 0.96, R 0.92, type 1.00, quotes R 1.00 (1/1), P 1.00, speaker 1.00 (the "
             "quotes goal met); an event cut at a word that is also a title ('Newlab Pilot' / "
             "'Showcase'), two exporters counted before their names kept as one, a service "
             "after a post and 'of the' missed"),
            ("Six-hundred-and-thirty-third held-out set (small; the Agricultural Marketing "
             "Service: two tag pages of USDA's blog, a release, its grant programmes page; "
             "public domain)",
             HERE / "heldout-633", "gold written before the engine ran on it; first run: "
             "names P 0.85, R 0.92, type 0.94, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the "
             "quotes goal met); programmes' and systems' first words cut as a sentence's "
             "('Crop Block Grant Program', 'Extension System'), a law's common name in "
             "brackets apart from it ('(Farm Bill)'), menu and headline words taken as names"),
            ("Six-hundred-and-thirty-fourth held-out set (small; the Foreign Agricultural "
             "Service: newsroom teasers, a release as a farm magazine carries it, a fact sheet "
             "in a web archive, public domain; the Wikipedia article as a mirror keeps it, CC "
             "BY-SA)",
             HERE / "heldout-634", "gold written before the engine ran on it ('America' and "
             "'U.S.' made one entity after set 635's run, as ../gold.yml has them); first run: "
             "names P 0.95, R 1.00, type 0.97, quotes R 1.00 (4/4), P 1.00, speaker 1.00 (the "
             "names and quotes goals met); a motto in marks cut ('Linking U.S.'), a menu's "
             "'Audience', an information network typed a body"),
            ("Six-hundred-and-thirty-fifth held-out set (small; the National Agricultural "
             "Statistics Service: a census's supporting statement, a state page's teasers, a "
             "release as a county paper carries it; public domain)",
             HERE / "heldout-635", "gold written before the engine ran on it ('America' and "
             "'U.S.' made one entity after the run, as ../gold.yml has them); first run: names "
             "P 0.95, R 1.00, type 0.79, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the quotes "
             "goal met); a census by what it counts and a database before 'only' typed bodies, "
             "a census's two years apart"),
            ("Six-hundred-and-thirty-sixth held-out set (small; the Economic Research Service: "
             "two Charts of Note pages, its newsroom, its magazine's contents in a web archive; "
             "public domain)",
             HERE / "heldout-636", "gold written before the engine ran on it (the magazine's "
             "type widened to a work or a body after the run, as the other sets type "
             "magazines); first run: names P 0.80, R 0.73, type 0.91, no quotes; bylines in "
             "lower case under titles taken for headlines ('by Keith Fuglie and Sun Ling "
             "Wang'), a country joined to its own letters after a comma ('the United States, "
             "U.S. households'), a long title with its subtitle in marks cut in pieces, an app "
             "store's badge verb joined to the store ('Google Play and Download the …'), "
             "'Twitter' alone in a menu's line missed, the magazine 'Amber Waves' typed a "
             "person"),
            ("Six-hundred-and-thirty-seventh held-out set (small; the Bureau of Transportation "
             "Statistics: its releases' listing, a newsletter item, slides for a television "
             "programme in a web archive, the department's tag page; public domain)",
             HERE / "heldout-637", "gold written before the engine ran on it; first run: names "
             "P 1.00, R 0.91, type 0.90, no quotes; statistics by their title typed bodies "
             "('State Transportation Statistics'); left: a channel and its programme in a "
             "heading ('C-SPAN Washington Journal: …') missed"),
            ("Six-hundred-and-thirty-eighth held-out set (small; the National Center for "
             "Education Statistics: its commissioners' remarks, a statement, the remarks' "
             "archive, a page in the National Archives' web harvest; public domain)",
             HERE / "heldout-638", "gold written before the engine ran on it; first run: names "
             "P 0.83, R 0.92, type 0.89, quotes R 1.00 (1/1), P 1.00, speaker 0.00; studies "
             "by their names typed bodies ('Trends in International Mathematics and Science "
             "Study'), a council of bodies cut at 'on' ('… Associations on Federal "
             "Statistics'), 'The Nation's Report Card' cut at its possessive, the agency "
             "misnamed with an adjective apart from it; left: a statute's words quoted with "
             "no speaker, 'ePIRLS' in lower case missed, a headline glued to its teaser"),
            ("Six-hundred-and-thirty-ninth held-out set (small; the Office of Justice "
             "Programs: four archived press releases, their marks turned to question marks by "
             "the copy; public domain)",
             HERE / "heldout-639", "gold written before the engine ran on it; first run: names "
             "P 1.00, R 0.97, type 0.89, quotes R 0.75 (6/8), P 1.00, speaker 1.00; the quotes "
             "between question marks a damaged copy wrote for its marks missed, 'the Office of "
             "Justice Programs' typed a programme, a department's possessive joined to its "
             "office ('… Department of Justice’s Office of …'); left: 'DOJ' in a letterhead's "
             "line missed"),
            ("Six-hundred-and-fortieth held-out set (small; the Bureau of Safety and "
             "Environmental Enforcement: a feature, a release, its safety page, and its "
             "predecessor's release in a web archive; public domain)",
             HERE / "heldout-640", "gold written before the engine ran on it; first run: names "
             "P 0.92, R 0.85, type 0.91, quotes R 1.00 (5/5), P 1.00, speaker 1.00 (the quotes "
             "goal met); 'our Nations’' taken for a name, a list's number after a name ('BSEE "
             "1) developed'), a continental shelf typed a body, a dateline in capitals without "
             "its dash run into the next name; left: a rig typed a person ('Deepwater "
             "Horizon'), a body run into its series of talks, the sea grouped with its region's "
             "office, a byline glued to its heading"),
            ("Six-hundred-and-forty-first held-out set (small; the Office of Surface Mining "
             "Reclamation and Enforcement: two pages of releases, its Facebook posts as a "
             "directory copies them, its Federal Register documents as a law site lists them; "
             "public domain)",
             HERE / "heldout-641", "gold written before the engine ran on it ('United States' "
             "in a banner made optional after the run, as the gold's own rule has banners); "
             "first run: names P 0.78, R 0.78, type 0.92, no quotes; an award's long field cut "
             "at 'in' ('Excellence in Surface Coal Mining Reclamation Awards'), two names "
             "sharing a plural joined ('the Black Thunder and Coal Creek mines'), a notice "
             "named for its span of days typed a person, a finding typed a body; left: a "
             "label's 'Contact', a body run into its permits, a document's title run on after "
             "a body ('… Budget for Review and Approval'), names in a listing's title lines"),
            ("Six-hundred-and-forty-second held-out set (small; the Bureau of Economic "
             "Analysis: two pages of its blog's teasers, a release as a document site copies "
             "it; public domain)",
             HERE / "heldout-642", "gold written before the engine ran on it; first run: names "
             "P 0.62, R 0.90, type 1.00, no quotes; statistics' titles ending in their period "
             "after a comma not taken for headlines ('Personal Consumption Expenditures by "
             "State, 2022'), an embargo line taken for a name, two contacts side by side, one "
             "with a particle, run together ('Matthew von Kerczek David Lenze'); left: a title's "
             "'Personal Income' on three headlines taken for a name, a heading glued to its "
             "sentence ('… 2nd Quarter 2020 State personal income …')"),
            ("Six-hundred-and-forty-third held-out set (small; the Administration for "
             "Community Living: its announcements as a content-delivery copy keeps them, its "
             "about page, an administrator's post; public domain)",
             HERE / "heldout-643", "gold written before the engine ran on it; first run: names "
             "P 0.85, R 0.96, type 0.96, no quotes; a national association of bodies cut at "
             "'on' ('… Area Agencies on Aging'); left: a theme without marks taken for a "
             "person ('Blaze a Trail'), 'Easter Seals' typed a person, 'Americans'"),
            ("Six-hundred-and-forty-fourth held-out set (small; the Health Resources and "
             "Services Administration: three HHS releases as a distributor carries them, the "
             "administrator's video statement as a blog reposts its transcript; public domain)",
             HERE / "heldout-644", "gold written before the engine ran on it; first run: names "
             "P 0.93, R 0.97, type 0.93, quotes R 1.00 (10/10), P 1.00, speaker 1.00 (the "
             "names and quotes goals met); a programme glued to its body's letters by a "
             "hyphen lost its first word ('(HRSA)-Health Center Program'); left: a headline "
             "before a bar and its date read as names ('HRSA Awards', 'Health Centers for "
             "COVID-19 Response'), a funding opportunity typed a place ('… New Access "
             "Points')"),
            ("Six-hundred-and-forty-fifth held-out set (small; the Agency for Healthcare "
             "Research and Quality: annual highlights, a newsletter's director's note in its "
             "archive, an advisory council's minutes and roll; public domain)",
             HERE / "heldout-645", "gold written before the engine ran on it; first run: names "
             "P 0.88, R 0.80, type 0.92, no quotes; a roll's rows of a person, degrees and a "
             "body read as headlines, the bodies lost ('Sandra L. Decker, Ph.D., Centers for "
             "Disease Control and Prevention'), a given name before 'Health' split 'AmeriHealth', "
             "a list of bodies between slashes grouped as one body's two names, a programme "
             "whose letters spell its first word whole cut at 'to' ('… (TeamSTEPPS®)'), a skip "
             "link run into the archive's banner; left: a headline's 'AHRQ Annual', a heading's "
             "'National Quality Strategy'"),
            ("Six-hundred-and-forty-sixth held-out set (small; the National Nuclear Security "
             "Administration: two releases, a release as a web archive keeps it, the "
             "administrator's update and the blog's first post; public domain)",
             HERE / "heldout-646", "gold written before the engine ran on it; first run: names "
             "P 0.96, R 0.96, type 0.75, quotes R 1.00 (4/4), P 1.00, speaker 0.75; a model "
             "and its variant taken for a document's number ('the B61-12'), warheads by "
             "their letters and numbers typed bodies or works ('the W76-1 warhead'), a "
             "plant's code before its name typed a model ('Y-12 National Security Complex') "
             "and not grouped with it, a body run into what its letters after spell ('… "
             "Department of Energy Design Basis Threat (DBT)'), a review typed a body, 'the Z "
             "Machine' a person, a name in capitals mid-sentence a dateline's place ('JASPER'); "
             "left: 'Y-12' beside two places named for it, a quote's speaker the story "
             "writes as 'the Directors'"),
            ("Six-hundred-and-forty-seventh held-out set (small; the National Cancer "
             "Institute: a release, the NIH Record's story, the news page, the NIH Almanac's "
             "page and the media page; public domain)",
             HERE / "heldout-647", "gold written before the engine ran on it; first run: names "
             "P 0.92, R 0.92, type 0.75, quotes R 1.00 (4/4), P 0.80, speaker 1.00; a "
             "programme owned by a titled person's possessive typed a person ('President "
             "Biden’s Cancer Moonshot℠'), a journal after 'published April 17 in' a place, "
             "a body after '… program, ' a work, a study of two words a person, a drug's "
             "brand in brackets a body, people in a caption by their degrees typed bodies "
             "or places ('Philip E. Castle, Ph.D.'), credentials' letters taken for names, "
             "a picture's alternative text opening a quotation it never closes taken for a "
             "quote; left: a body between commas in a statement's title, 'The NIH Almanac', "
             "'NCI's YouTube Channel', a state's code in an address"),
            ("Six-hundred-and-forty-eighth held-out set (small; the National Library of "
             "Medicine: four pages of its director's blog and its news blog's note on the "
             "blog's debut; public domain)",
             HERE / "heldout-648", "gold written before the engine ran on it; first run: names "
             "P 0.89, R 0.98, type 0.90, quotes R 1.00 (1/1), P 1.00, speaker 0.00; a "
             "building's number in brackets after its name not grouped with it ('the Natcher "
             "Center (Building 45)'), a blog's title cut at 'from the' after 'her new blog', a "
             "book being read, then its author, typed a body ('The Paris Library by …'); left: "
             "'the Library' beside a name opening with 'US', 'Musings on the Mezzanine' "
             "after 'launched', software typed a body ('Photoshop'), a quote from a book "
             "whose author the sentence before names"),
            ("Six-hundred-and-forty-ninth held-out set (small; the Minority Business "
             "Development Agency: two releases, its releases' listing as a web archive keeps "
             "it, a release on its archived site; public domain)",
             HERE / "heldout-649", "gold written before the engine ran on it; first run: names "
             "P 0.97, R 0.98, type 0.98 (the names goal met), quotes R 0.88 (7/8), P 1.00, "
             "speaker 1.00; a quotation mark glued to a picture's caption before it not read "
             "as opening a quote ('James Lowry“Throughout his life, …”'), a row of networks' "
             "links and a button's verb run together ('Facebook Twitter LinkedIn Subscribe'), "
             "a link's words glued to a dateline with its date in brackets ('… Business "
             "CentersWASHINGTON, D.C. (April 6, 2011) —The'), 'Denver, Co.' typed a company"),
            ("Six-hundred-and-fiftieth held-out set (small; the Women's Bureau: two "
             "newsletters and two versions of its news page; public domain)",
             HERE / "heldout-650", "gold written before the engine ran on it; first run: names "
             "P 0.80, R 0.84, type 0.92, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (the quotes "
             "goal met); a place that ends a sentence's opening phrase run on through 'the' "
             "into its subject ('In Kansas City and Philadelphia the Women’s Bureau …'), a "
             "link's 'View' kept before a surname, two departments after 'the departments of' "
             "one place ('Education and State'), a trade's people's possessive cutting a "
             "body's name ('… Group on Tradeswomen's Issues'), a meeting and what goes with it "
             "typed a body ('… Midwinter Meeting & Exhibits'); left: a working group's long "
             "name cut at 'against', a programme cut at 'in' ('Chicago Women in Trades "
             "Technical Opportunities Program'), 'the Georgia AFL-CIO' split, a hashtag's "
             "initiative in a headline, 'Fostering Access, Rights and Equity' cut at its comma"),
            ("Six-hundred-and-fifty-first held-out set (small; the Federal Retirement Thrift "
             "Investment Board: its Government Manual entry in two layouts, a release as a web "
             "archive keeps it, the Wikipedia article's opening; public domain and CC BY-SA)",
             HERE / "heldout-651", "gold written before the engine ran on it; first run: names "
             "P 0.88, R 0.91, type 0.93 (gold corrected after the run: an address's street "
             "without its full stop optional; as written P 0.85), quotes R 1.00 (4/4), P 1.00, "
             "speaker 0.00; a law's name cut at its employees' plural possessive ('Federal "
             "Employees’ Retirement System Act of 1986'), a post glued to a given name with "
             "an accent not split ('Enterprise PlanningRenée C. Wilder Guerin'), a savings "
             "plan typed a document; left: given names the tables lack in a table's cells "
             "('EXECUTIVE DIRECTOR | Ravindra Deo |'), a label's town ('Enterprise Planning'), "
             "a link glued to the next ('Menu PageWhat's New'), a statute's words with no "
             "speaker"),
            ("Six-hundred-and-fifty-second held-out set (small; the National Institute of "
             "Food and Agriculture: two newsletters and two releases as its e-mail service "
             "hosts them; public domain)",
             HERE / "heldout-652", "gold written before the engine ran on it; first run: names "
             "P 0.89, R 0.86, type 0.95 (gold corrected after the run: a dateline's state "
             "abbreviation a form of its town, as ../gold.yml has it; as written P 0.88, R "
             "0.84), quotes R 1.00 (4/4), P 1.00, speaker 1.00 (the quotes goal met); a state "
             "split from its A&M university ('Texas A&M University'), 'Texas A&M' typed a "
             "person; left: a dateline and a body's name in text broken at a width ('U.S. "
             "Department of' / 'Agriculture'), a programme's name over three lines, a "
             "university's campus after a comma, 'University Corporation at Monterey Bay' cut "
             "at 'at', a programme's long title with a colon"),
            ("Six-hundred-and-fifty-third held-out set (small; the Risk Management Agency: "
             "three pages of its news listing and its fact sheet; public domain)",
             HERE / "heldout-653", "gold written before the engine ran on it; first run: names "
             "P 0.96, R 0.96, type 0.96, quotes R 1.00 (7/7), P 1.00, speaker 1.00 (the names "
             "and quotes goals met); left: a body's letters inside its name ('Farm Production "
             "and Conservation (FPAC) Business Center'), a programme area opening a bullet "
             "('• Product Management is …'), an insurance plan typed a body"),
            ("Six-hundred-and-fifty-fourth held-out set (small; the National Institute of "
             "Mental Health: two years of its science news listing, its intramural programme's "
             "news listing, its advisory council's minutes; public domain)",
             HERE / "heldout-654", "gold written before the engine ran on it; first run: names "
             "P 0.84, R 0.91, type 0.96, no quotes; left: a condition's name cut at 'with' "
             "('PAN Disorder Associated'), a surname in a photo credit typed a place ('Yao' "
             "of 'Yao/van Velthoven/Zeng')"),
            ("Six-hundred-and-fifty-fifth held-out set (small; the National Eye Institute: "
             "the NIH Almanac's page, the NIH Director's Blog's tag page, NIH MedlinePlus "
             "Magazine's interview as a site reposts it; public domain; Wikipedia's opening "
             "as a mirror keeps it, CC BY-SA 4.0)",
             HERE / "heldout-655", "gold written before the engine ran on it; first run: names "
             "P 0.97, R 0.97, type 0.95, quotes R 1.00 (2/2), P 1.00, speaker 0.00 (the names "
             "goal met); left: a heading's 'the Eyes' ('Lighting up the Eyes') taken for a "
             "body"),
            ("Six-hundred-and-fifty-sixth held-out set (small; the National Institute on Aging: "
             "its director's budget statement, two pages of its announcements, its memory and "
             "cognitive health page; public domain)",
             HERE / "heldout-656", "gold written before the engine ran on it; first run: names "
             "P 0.88 (0.79 against the gold as written), R 0.88, type 0.87, no gold quotes, a "
             "saying suggested; left: an intramural research programme typed a programme, not "
             "the body its researchers work in"),
            ("Six-hundred-and-fifty-seventh held-out set (small; the Agency for Toxic "
             "Substances and Disease Registry: two media advisories, a work group's minutes, "
             "questions and answers for a House subcommittee's record; public domain)",
             HERE / "heldout-657", "gold written before the engine ran on it; first run: names "
             "P 0.93, R 0.89, type 0.92, no quotes; left: a subcommittee's name written with "
             "its portfolios listed before its head ('House VA, HUD, and Independent Agencies "
             "Subcommittee') cut at the last comma"),
            ("Six-hundred-and-fifty-eighth held-out set (small; the National Institute of "
             "Allergy and Infectious Diseases: two pages of its news releases' listing, its "
             "2018 listing as the Congress's web harvest keeps it, an NIH Record story; public "
             "domain)",
             HERE / "heldout-658", "gold written before the engine ran on it; first run: names "
             "P 0.89, R 0.92, type 0.97, no quotes; left: a day's theme in single marks taken "
             "for a work's title ('‘Yes! We Can End TB!’'), 'Operation Warp Speed' typed an "
             "event"),
            ("Six-hundred-and-fifty-ninth held-out set (small; the National Human Genome "
             "Research Institute: its director's newsletter listing and page archive, the "
             "NIH's release on his appointment, its advisory council's meeting summary; public "
             "domain)",
             HERE / "heldout-659", "gold written before the engine ran on it; first run: names "
             "P 0.90, R 0.95, type 0.94, quotes R 0.50 (1/2), P 0.33, speaker 1.00 (the names "
             "goal met); left: 'Page Archive' of a heading's 'Director's Page Archive' taken "
             "for a person, an issue's title after its date and colon missed ('Genome-Wide "
             "Association Studies Catalog'), 'Reddit' before 'AMA' missed"),
            ("Six-hundred-and-sixtieth held-out set (small; the National Heart, Lung, and Blood "
             "Institute: the NIH Almanac's page, NIH MedlinePlus Magazine's interview as a site "
             "reposts it, a media availability; public domain)",
             HERE / "heldout-660", "gold written before the engine ran on it; first run: names "
             "P 0.92, R 0.96, type 0.86, no quotes; left: a journal after 'a study in' typed a "
             "place ('JAMA Cardiology'), 'NIH' ending a contact's line missed"),
            ("Six-hundred-and-sixty-first held-out set (small; the National Institute on Drug "
             "Abuse: a page of archived news releases, a NIDA Notes listing, a director's "
             "report's media part, a press conference's page; public domain)",
             HERE / "heldout-661", "gold written before the engine ran on it; first run: names "
             "P 0.93, R 0.98, type 0.92, no quotes (the names goal met); left: a speaker the "
             "page names twice with two given names ('Howard Koh', 'Harold Koh') suggested "
             "twice"),
            ("Six-hundred-and-sixty-second held-out set (small; the National Institute on "
             "Alcohol Abuse and Alcoholism: three director's reports to its advisory council, "
             "the NIH Almanac's page; public domain)",
             HERE / "heldout-662", "gold written before the engine ran on it; first run: names "
             "P 0.63, R 0.79, type 1.00, quotes R 0.00 (0/1); it showed a law named for two "
             "bodies' letters split at 'and', laws and a programme whose names hold small "
             "words or a list with commas cut, a report's title 'to the U.S. Congress on …' "
             "cut, a council's name in a report's heading missed, a body's letters and "
             "'Staff' taken for a name, a surname glued to the next name's 'Dr.', a quotation "
             "whose opening mark a space parts from its first word missed"),
            ("Six-hundred-and-sixty-third held-out set (small; the National Institute of "
             "Diabetes and Digestive and Kidney Diseases: three pages of its director's update, "
             "its mission page in the 2004 web harvest; public domain)",
             HERE / "heldout-663", "gold written before the engine ran on it; first run: names "
             "P 0.78, R 0.91, type 0.90, no quotes; it showed a menu run into one line after "
             "'You are here:' taken for names, a body named for a list of fields cut at its "
             "commas where no letters follow it, a study's name holding 'for' and 'in' before "
             "'study' cut, a body's name alone on a banner's line missed, journals after an "
             "issue or a doubled 'the' and a study between its leader's '-led' and 'clinical "
             "trial' typed bodies"),
            ("Six-hundred-and-sixty-fourth held-out set (small; the Eunice Kennedy Shriver "
             "National Institute of Child Health and Human Development: its news and media "
             "page, the director's previous updates, its Wikipedia article as WikiMili "
             "mirrors it; public domain, CC BY-SA 4.0)",
             HERE / "heldout-664", "gold written before the engine ran on it; first run: names "
             "P 0.77 against the gold corrected for a condition its header makes optional "
             "(0.74 as written), R 0.94, type 1.00, no quotes; it showed 'the Institute' apart "
             "from "
             "the body the story names by its letters only, a long name's letters in "
             "brackets after it not joined to it, a heading's 'Digital Media on Children' "
             "taken for a body, a table's glued headers taken for a name; left: a "
             "headline's 'U.S.' missed"),
            ("Six-hundred-and-sixty-fifth held-out set (small; the National Institute of "
             "Neurological Disorders and Stroke: four pages of its director's messages' "
             "listing; public domain)",
             HERE / "heldout-665", "gold written before the engine ran on it; first run: names "
             "P 0.81, R 0.91, type 0.86, no quotes; it showed a programme spelt before its "
             "letters and a registered mark cut at 'through', two letters joined by a slash "
             "('ME/CFS') taken for two bodies, a disease named for its describer cut after its "
             "possessive, a director's 'Message' taken for a body, an observance and an award "
             "in headings missed, forums by their years and a film's title in marks "
             "mistyped; left: 'Gutenberg' typed a place"),
            ("Six-hundred-and-sixty-sixth held-out set (small; the National Center for "
             "Complementary and Integrative Health: its 2011 strategic plan's director's "
             "message, the NIH Almanac's page, its Wikipedia article as a wiki mirror keeps it; "
             "public domain, CC BY-SA)",
             HERE / "heldout-666", "gold written before the engine ran on it; first run: names "
             "P 1.00, R 0.83, type 1.00, quotes R 1.00 (3/3), speaker 0.33; it showed a body "
             "heading its page before its letters missed, mission statements after 'Its stated "
             "mission is:' and 'As NCCIH, the mission statement is' given to the body named "
             "last before them; left: 'NIH' before a tagline's ellipsis missed"),
            ("Six-hundred-and-sixty-seventh held-out set (small; the National Institute on "
             "Deafness and Other Communication Disorders: three pages of its director's "
             "messages' listing, one as a web archive keeps it, the NIH Almanac's old page; "
             "public domain)",
             HERE / "heldout-667", "gold written before the engine ran on it; first run: names "
             "P 0.86, R 0.80, type 1.00, quotes R 1.00 (1/1), speaker 1.00 (the quotes goal "
             "met); it showed a workshop's name cut at its field's 'in' ('… on Otitis Media "
             "in Early Childhood'), a body's letters and two programmes' letters in a "
             "headline ('The NIH SBIR and STTR programs') taken for one name"),
            ("Six-hundred-and-sixty-eighth held-out set (small; the National Institute of "
             "General Medical Sciences: two states of its director's author page on its "
             "Feedback Loop blog, the blog's March 2013 archive; public domain)",
             HERE / "heldout-668", "gold written before the engine ran on it; first run: names "
             "P 0.86, R 0.93, type 0.96, no quotes; it showed divisions whose letters leave "
             "out 'Division of' cut to their fields, a post's title in marks after 'Continue "
             "reading' taken for a work that swallowed the division, 'to Direct' in a title "
             "taken for a name; left: 'Hopkins' apart from the school's full name, a label's "
             "'Competition', two funding notices named on a heading's line missed"),
            ("Six-hundred-and-sixty-ninth held-out set (small; the National Institute of "
             "Arthritis and Musculoskeletal and Skin Diseases: three issues of its newsletter "
             "'shorttakes'; public domain)",
             HERE / "heldout-669", "gold written before the engine ran on it; first run: names "
             "P 0.96, R 0.96, type 0.82, no quotes; it showed an award's name cut at its "
             "field's 'in' ('the NIH Director’s Award in Mentoring'); left: journals listed "
             "after 'journals, including' ('Science', 'Nature', 'Cell') typed bodies"),
            ("Six-hundred-and-seventieth held-out set (small; the National Institute of "
             "Biomedical Imaging and Bioengineering: its July 2007 e-newsletter, the 2002 "
             "release naming its first director, its mission and history page, the NIH "
             "Record's front page of July 13, 2007; public domain)",
             HERE / "heldout-670", "gold written before the engine ran on it; first run: names "
             "P 0.91, R 0.89, type 0.98, quotes R 1.00 (6/6), P 1.00, speaker 1.00; it showed "
             "a programme's letters with a lower-case mark ('RADx') kept apart from its name, "
             "a list of headlines' subjects run into their verbs ('Smith Loses Weight') or "
             "dropped ('Fogarty Celebrates …'), a body's possessive letters and a masthead "
             "('NIH Record') missed; left: 'U.S.' before 'Surgeon General' missed, a headline's "
             "'Success of Disease Control Project', 'Darwin' typed a place"),
            ("Six-hundred-and-seventy-first held-out set (small; the National Institute on "
             "Minority Health and Health Disparities: its blog's 2016 archive and 2021 "
             "director's messages, its quarterly newsletter's director's message, the NIH "
             "Almanac's page; public domain)",
             HERE / "heldout-671", "gold written before the engine ran on it; first run: names "
             "P 0.91, R 0.91, type 0.95, no quotes; it showed a heading's name holding 'in' cut "
             "there though the story writes it whole again ('Research Centers in Minority "
             "Institutions'), a body's quarterly newsletter taking its letters and typed a body "
             "('NIMHD Quarterly News'), the director's name after 'Dr' on its own line missed, "
             "'An Apology' in a heading taken for an event"),
            ("Six-hundred-and-seventy-second held-out set (small; the National Institute of "
             "Nursing Research: two NIH Record stories, today's and the 1997 NIH Almanac "
             "pages; public domain)",
             HERE / "heldout-672", "gold written before the engine ran on it; first run: names "
             "P 0.97, R 0.94, type 0.94, quotes R 1.00 (6/6), P 1.00, speaker 1.00; it showed a "
             "name holding '!' cut there ('Research!America'), a body named by its head, 'of' "
             "and field typed a programme for its letters before 'programs', a body's plan by "
             "its letters in a heading after 'The' missed ('The NINR Strategic Plan: An "
             "Overview'); left: a plan's title after its colon cut ('Improving Lives'), "
             "'mChip' typed a body"),
            ("Six-hundred-and-seventy-third held-out set (small; the National Institute of "
             "Dental and Craniofacial Research: three director's reports to its council, two "
             "as a web archive keeps them, the NIH Almanac's page; public domain)",
             HERE / "heldout-673", "gold written before the engine ran on it; first run: names "
             "P 0.92, R 0.97, type 0.96, no quotes (names goal met); it showed a body's former "
             "name cut before its field because a longer name goes on after the same words "
             "and 'and' ('National Institute of Dental'), offices and committees named for the "
             "post they serve dropped ('DHHS Office of the Assistant Secretary for "
             "Legislation'), a retreat and a convocation a body holds typed bodies; left: talks' "
             "titles in marks suggested as works (the gold lists them nowhere)"),
            ("Six-hundred-and-seventy-fourth held-out set (small; the Fogarty International "
             "Center: two pages of Global Health Matters, the director's budget statement as a "
             "web archive keeps it, the director's page; public domain)",
             HERE / "heldout-674", "gold written before the engine ran on it; first run "
             "(against the gold corrected for a rule of its header: the newsletter named only "
             "in breadcrumbs optional): names P 0.84, R 0.90, type 0.92, quotes R 1.00 (3/3), "
             "P 1.00, speaker 1.00; it showed a banner's tagline cut into names ('Advancing "
             "Science for Global Health'), a name ending in a common noun's plural typed a "
             "person ('Global Health Matters'), 'WHO' opening a sentence dropped as 'who', a "
             "person described as a 'nurse assistant' dropped, a journal after 'article is in "
             "the' typed a body, a compound a copy spaced after its hyphen cut there "
             "('Labor-HHS- Education'); left: 'Dartmouth' apart from 'Dartmouth College'"),
            ("Six-hundred-and-seventy-fifth held-out set (small; the National Center for "
             "Advancing Translational Sciences: its 2016 director's messages, a page of its "
             "messages' listing, the NIH director's statement on its launch, the NIH Almanac's "
             "page; public domain)",
             HERE / "heldout-675", "gold written before the engine ran on it; first run: names "
             "P 0.82, R 0.90, type 0.94, quotes R 1.00 (1/1), P 1.00, speaker 1.00; it showed a "
             "banner's logos' alt text run into names ('HHS Logo U.S. Department of … "
             "Divider'), 'All Director's Messages' leaving 'Messages', a programme's short name "
             "in brackets kept apart from its name, a body's day by its year cut before the "
             "year ('NCATS Day 2019'), a body's letters before plural letters missed ('NIH "
             "ICs'), a collection typed a body"),
            ("Six-hundred-and-seventy-sixth held-out set (small; the NIH Clinical Center: an "
             "NIH Record story on a town hall, two issues of Clinical Center News, an NIH "
             "Catalyst page on its fiftieth year; public domain)",
             HERE / "heldout-676", "gold written before the engine ran on it; first run: names "
             "P 0.89, R 0.91, type 0.93, quotes R 1.00 (7/7), P 1.00, speaker 0.86 (quotes goal "
             "met); it showed 'National' cut off 'National Institutes of Health' because the "
             "story writes 'a national treasure', a prize's name holding '~' cut there "
             "('Lasker~Bloomberg'), a newsletter by its name over 'Published monthly' missed or "
             "typed a body, a caption's label before its colon typed a person and taken for a "
             "speaker ('Institutional Memory:'), 'Clinical Center' taken for a short form of "
             "the 'Mark O. Hatfield Clinical Research Center' though the story writes 'CC', a "
             "patient after 'the treatment of' typed a drug, a breadcrumb's 'News and Events' "
             "leaving 'Events'; left: 'New York City' inside 'New York City Mayor' missed, "
             "'Ebola virus' suggested"),
            ("Six-hundred-and-seventy-seventh held-out set (small; the Selective Service "
             "System: its 2017 Government Manual roster, a release as PR Newswire carried it, "
             "its director's letter as a community site reposts it; public domain)",
             HERE / "heldout-677", "gold written before the engine ran on it; first run: names "
             "P 0.95, R 0.91, type 0.95, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (quotes goal "
             "met); it showed a proclamation by its number missed, a body typed a place for "
             "its 'Web site'; left: the dateline 'ARLINGTON, Va.' suggested whole (the gold "
             "lists the town alone)"),
            ("Six-hundred-and-seventy-eighth held-out set (small; the NIH Office of Research on "
             "Women's Health: the release on its director's appointment, her 2014 page, a news "
             "item on its advisory committee's meeting, a page of her messages' listing; public "
             "domain)",
             HERE / "heldout-678", "gold written before the engine ran on it; first run: names "
             "P 0.66, R 0.79, type 1.00, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (quotes goal "
             "met); it showed a post in a body whose fields are joined by 'and' or follow 'on' "
             "cut into a role and 'persons' ('Director of the National Institute of Biomedical' "
             "+ 'Imaging' + 'Bioengineering'), a body 'of Research on' or 'on' a group's "
             "possessive field cut at 'on' ('Office of Research on Women’s Health', 'Office on "
             "Women's Health'), a person after a body's 'and' and before a degree run into the "
             "body; left: a request for information's title after its colon cut into 'Sex', "
             "'Biological Variable', 'Biomedical Research', a post's 'Women’s Health'"),
            ("Six-hundred-and-seventy-ninth held-out set (small; the NIH Office of Behavioral "
             "and Social Sciences Research: two pages of its Director's Voice blog's listing, "
             "its post on its twenty-fifth year; public domain)",
             HERE / "heldout-679", "gold written before the engine ran on it; first run: names "
             "P 0.72, R 0.76, type 1.00, quotes R 1.00 (1/1), P 1.00, speaker 0.00; it showed a "
             "listing's sort key 'by Year' taken for an event, a person before 'and' and another "
             "person's title taken into that title ('Anne Case and Nobel Laureate …'); left: "
             "'Opioid Abuse' cut to 'Abuse', 'U.S.' missed, initiatives named with a slash and "
             "'Research on' cut ('Centers for Mind/Body Interactions and Health'), a saying a "
             "group is said to tell given to the guest blog's author"),
            ("Six-hundred-and-eightieth held-out set (small; the NIH Office of Disease "
             "Prevention: its director's welcome message, an update on a strategic priority, "
             "his messages' archive, his biography, his guest letter on another institute's "
             "site; public domain)",
             HERE / "heldout-680", "gold written before the engine ran on it; first run: names "
             "P 0.80, R 0.87, type 0.97, no quotes; it showed a body after a signer's post and "
             "a comma cut ('Director, National Institute of Arthritis and Musculoskeletal and "
             "Skin Diseases'), a body's letters taken as short for the parts it is made of "
             "('NIH Institutes and Centers') and their plural letters in brackets left apart "
             "('ICs'), a plan for 'Fiscal Years' cut before its years, a bulleted list of "
             "topics in Title Case cut into names, a founder's name typed a place ('founded "
             "by Ancel Keys'); left: 'FDA Deeming Rule', 'University of Tennessee, Knoxville' "
             "suggested whole"),
            ("Six-hundred-and-eighty-first held-out set (small; the NIH Office of AIDS "
             "Research: two NIH Record items, the NIH director's statement appointing its "
             "director, its updates' page; public domain)",
             HERE / "heldout-681", "gold written before the engine ran on it; first run: names "
             "P 0.88, R 0.82, type 0.95, no quotes; it showed a post in a 'Center for Research "
             "in' a field cut into a body and a person, a named endowed chair cut into a body "
             "and a post, a body's letters run into a disease's ('HHS HIV clinical …'), a "
             "headline's slash taken for a photo's credit and a prize by two names cut at it "
             "('Esperanza/Hope Award'), a disease's letters in a post taken for a surname "
             "('Global AIDS Coordinator'), a strategy by its years typed other; left: 'White "
             "House' before a headline's verb and 'National HIV/AIDS Strategy' in a headline "
             "missed, 'University of Florida, Gainesville' suggested whole"),
            ("Six-hundred-and-eighty-second held-out set (small; the NIH Office of Science "
             "Policy: two month archives, a page of its blog's listing, a tag's page; public "
             "domain)",
             HERE / "heldout-682", "gold written before the engine ran on it; first run: names "
             "P 0.75, R 0.72, type 1.00, no quotes; it showed a number's word in brackets taken "
             "for a gloss ('The Most Wonderful (Two) Times of the Year'), a body's policy by its "
             "letters in a headline missed ('Introducing the New NIH Public Access Policy!') "
             "and typed by the headline's mark, a case study's words kept, two bodies' letters "
             "a hyphen joins kept as one ('FDA-NIH Want …'), letters in brackets that leave a "
             "body's letters out ('Advisory Committee to the NIH Director (ACD)'), a handle "
             "taken into a name ('@NIH_OSP and LinkedIn'); left: a policy's title cut at "
             "'with', 'NIH ENGAGE', 'Idaho Falls' in a headline, a headline's 'Event Honors …'"),
            ("Six-hundred-and-eighty-third held-out set (small; the NIH Office of Extramural "
             "Research: an event's page, two pages of its blog, a podcast's transcript; public "
             "domain)",
             HERE / "heldout-683", "gold written before the engine ran on it; first run: names "
             "P 0.84, R 0.95, type 0.90, no quotes; it showed a committee advising a post cut "
             "before it ('Advisory Committee to the Director'), a page's button ('Read Bio'), "
             "a flag's participle before its colon ('… is Recorded:') and a span of time ('Two "
             "Years') taken for names, a tool typed a body; left: 'NIH Open Mike Blog' in a "
             "headline missed, 'NIH Extramural Nexus' typed a body"),
            ("Six-hundred-and-eighty-fourth held-out set (small; the NIH Office of Intramural "
             "Research: two columns of its deputy director in The NIH Catalyst, its staff page "
             "in a web archive, a Catalyst issue's contents; public domain)",
             HERE / "heldout-684", "gold written before the engine ran on it; first run: names "
             "P 0.95, R 0.92, type 0.98, quotes R 0.00 (0/1); it showed a staff page's name "
             "over a post cut to a town's name ('Chanee Jackson'), a skip link run into a "
             "state's code ('NC Skip past …'), institutes' letters in brackets after a town "
             "typed places, a possessive before a headline's noun taken for a given name ('My "
             "Time'), words in marks after a speech noun 'from' someone missed ('a charge from "
             "Congress to review the “role, size, and cost”'); left: 'The NIH Catalyst' under "
             "a post's line, state codes after towns (golds disagree)"),
            ("Six-hundred-and-eighty-fifth held-out set (small; the NIH's data science office "
             "and Common Fund: two pages of the Office of Data Science Strategy, the Common "
             "Fund's questions on Bridge2AI, a notice in the NIH Guide; public domain)",
             HERE / "heldout-685", "gold written before the engine ran on it; first run: names "
             "P 0.83, R 0.91, type 0.93, no quotes; it showed bodies in a notice's list cut "
             "('Office of The Director, National Institutes of Health (OD)', a long name over "
             "its letters in brackets), a body's letters taken as short for its fund ('NIH "
             "Common Fund'), plural heads alone ('Institutes/Centers') and 'Frequently Asked "
             "Questions' taken for names, an office named for a strategy typed a document "
             "though its letters are the whole name's, a guide typed a body; left: a "
             "notice's title words ('Administrative Supplements …'), 'Bridge to Artificial "
             "Intelligence' in a headline cut at 'to'"),
            ("Six-hundred-and-eighty-sixth held-out set (small; the Delta Regional Authority: "
             "its about page, a release as a blog reposts it, a senator's release as a "
             "politics site reposts it; public domain)",
             HERE / "heldout-686", "gold written before the engine ran on it; first run: names "
             "P 0.94, R 0.97, type 1.00 (names goal met), quotes R 1.00 (6/6), P 1.00, speaker "
             "0.67; it showed a plural description ('the Senators wrote') given to the first "
             "senator named, a body's letters that also spell a title's abbreviation kept with "
             "their possessive ('DRA’s Board of Governors'), a plural's possessive before a "
             "post taken for a name ('States’ Co-Chairman')"),
            ("Six-hundred-and-eighty-seventh held-out set (small; the HHS Office of Inspector "
             "General: two layouts of its media materials page, two pages of its videos; "
             "public domain)",
             HERE / "heldout-687", "gold written before the engine ran on it; first run: names "
             "P 0.91, R 0.77, type 0.95, no quotes; it showed a headline's body cut after the "
             "word before its 'of' ('National Review of Office of Refugee Resettlement …'), "
             "jurisdictions after a body's 'and' run into it ('… Administration for Children "
             "and Families and States'); left: the department's name and its inspector "
             "general's office parted (the gold keeps them one), a report's title after a "
             "comma, a takedown by its year, 'Eye on Oversight' before a headline's colon, "
             "a conference typed a body"),
            ("Six-hundred-and-eighty-eighth held-out set (small; the HHS Office of Minority "
             "Health: a statement, two pages of its blog's listing, a director's post; public "
             "domain)",
             HERE / "heldout-688", "gold written before the engine ran on it; first run: names "
             "P 0.92, R 0.89, type 0.85, quotes R 1.00 (2/2), P 1.00, speaker 1.00 (quotes goal "
             "met); it showed an author's name before her post dropped ('Carol Jimenez Acting "
             "Director'), a doctor's 'MD' after her name read as Maryland's code, a body and "
             "its division in an author's line dropped ('… at Centers for Disease Control and "
             "Prevention Division for …'), an observance's first word cut where the story "
             "writes it in lower case ('Health Literacy Month') and one in marks typed a work, "
             "a department named with '&' cut ('Department of Health & Human Services'); "
             "left: a theme's 'Stronger Nation', 'Phrygia' and 'Zeus' typed bodies, a report "
             "named for a task force typed a body"),
            ("Six-hundred-and-eighty-ninth held-out set (small; the HHS Office of the National "
             "Coordinator for Health IT: its about page in a web archive and as a research "
             "site copies it, its Wikipedia article on a mirror; public domain, CC BY-SA 4.0)",
             HERE / "heldout-689", "gold written before the engine ran on it; first run: names "
             "P 0.77, R 0.85, type 1.00, no quotes; it showed offices named for a post cut "
             "('Office of the Chief Privacy Officer', a post's last word read as a town's), "
             "an office and the department it serves run together after 'for the', a middle "
             "initial not grouped with the middle name it stands for ('George W. Bush', "
             "'George Walker Bush'); left: an office named with commas in a list ('Office of "
             "Planning, Evaluation, and Analysis'), a page's lines run together, an "
             "infobox's label glued to a building's name"),
            ("Six-hundred-and-ninetieth held-out set (small; the U.S. Surgeon General: the "
             "2015 home page, the priorities page, Wikipedia's article on a mirror; public "
             "domain, CC BY-SA 4.0)",
             HERE / "heldout-690", "gold written before the engine ran on it; first run against "
             "the gold corrected for its own rules: names P 0.86, R 0.95, type 0.89, no quotes "
             "(as written P 0.83, R 0.90); it showed a link's button with an arrow ('Join the "
             "Conversation →') taken for a name, an initiative named for a walk typed an "
             "event; left: an advisory named for the post's possessive ('The Surgeon "
             "General's Advisory on Alcohol & Cancer') cut, a heading's 'Commissioning and "
             "Change of Command', a booklet's title after a stray mark typed a body"),
            ("Six-hundred-and-ninety-first held-out set (small; the HHS Office of Population "
             "Affairs: its mission page in a web archive, its newsroom, Wikipedia's article; "
             "public domain, CC BY-SA 4.0)",
             HERE / "heldout-691", "gold written before the engine ran on it; first run: names "
             "P 0.77, R 0.79, type 1.00, no quotes; it showed two works joined by 'and' taken "
             "as one ('Unity Agenda and Mental Health Strategy'), a body on two fields cut at "
             "'and' ('… Subcommittee on Children and Youth'); left: a bullet's label and a "
             "group's plural first word ('Grand Prize: Students Run Philly Style …'), "
             "'Title X of the Public Health Service Act' kept whole, 'Title XX' apart from "
             "its programme"),
            ("Six-hundred-and-ninety-second held-out set (small; the Administration for Native "
             "Americans: four award releases; public domain)",
             HERE / "heldout-692", "gold written before the engine ran on it; first run: names "
             "P 0.88, R 0.93, type 0.95, quotes R 1.00 (8/8), P 1.00, speaker 1.00 (quotes goal "
             "met); it showed grant awards typed an event, a programme's first word cut where "
             "its letters and a state's after a hyphen spell it ('Social and Economic "
             "Development Strategies Alaska (SEDS-AK)'); left: 'Native American Tribes', a "
             "state's letters taken from a programme's ('SEDS-AK' → 'AK')"),
            ("Six-hundred-and-ninety-third held-out set (small; the HHS Office of Refugee "
             "Resettlement: a director's blog post, a Federal Register notice as a forum "
             "reposts it, Wikipedia's article on a mirror; public domain, CC BY-SA 4.0)",
             HERE / "heldout-693", "gold written before the engine ran on it; first run: names "
             "P 0.97, R 0.94, type 1.00, no quotes; no fix this stop; left: in the notice's "
             "lines broken at a width, 'Office of the Director' after a break missed, "
             "'Federal Register' inside 'Federal Register Volume 80' and 'Federal Register "
             "Online' missed, a notice's 'Part K of the Statement of Mission' taken for a "
             "name"),
            ("Six-hundred-and-ninety-fourth held-out set (small; the HHS Office of Child Support "
             "Services: a newsletter issue, two commissioners' columns; public domain)",
             HERE / "heldout-694", "gold written before the engine ran on it; first run: names "
             "P 0.69, R 0.80, type 1.00, no quotes; it showed a column's post and holder on a "
             "line of their own dropped ('Commissioner Tanguler Gray'), a headline's 'Invests' "
             "taken into a name; left: a band's long name cut at a lake's ('Lac Courte "
             "Oreilles Band of Lake Superior Chippewa Indians'), a fundraiser's 'Dine to "
             "Donate' cut, a column named for a post's possessive ('Commissioner’s Voice'), "
             "a headline's 'a Resilient Child Support Program', a bracket's label"),
            ("Six-hundred-and-ninety-fifth held-out set (small; the Office of Head Start: two "
             "pages of its blog's listing, its 2013 listing as the UNT CyberCemetery keeps it; "
             "public domain)",
             HERE / "heldout-695", "gold written before the engine ran on it; first run: names "
             "P 0.90, R 0.82, type 0.89, no quotes; it showed 'Head' before a common word cut "
             "as a post ('Head Start' as 'Start', its role 'Head'), a byline with degrees "
             "losing its first author ('By Sangeeta Parikshak, PhD, and …'), 'By Tabitha "
             "Temple' typed a body, 'Hear' kept before a name, a headline ending 'Since 1965' "
             "read as prose, an observance after 'Commemorating' dropped, '… Birth to Five "
             "Leadership Institute' cut at 'to'; left: 'Head Start' grouped under 'Clover Head "
             "Start' (a local agency named for it), 'Clover' after 'visit to' typed a place, "
             "an institute's edition kept in its name ('1st National …')"),
            ("Six-hundred-and-ninety-sixth held-out set (small; the Family and Youth Services "
             "Bureau: two news items on its reports to Congress, its associate commissioner's "
             "blog post; public domain)",
             HERE / "heldout-696", "gold written before the engine ran on it; first run: names "
             "P 0.96, R 0.92, type 0.95, quotes 4/4, speaker 1.00; it showed a body's letters "
             "glued to a byline's 'By' ('FYSBBy William Bentley'), 'Marking' kept in an "
             "observance's name, a programme grouped under a report on it, 'Wrigley Field' "
             "typed a person; left: the programme written only inside the report's title"),
            ("Six-hundred-and-ninety-seventh held-out set (small; the Office on Trafficking in "
             "Persons as Children's Bureau Express and ACF's questions announced it, OVC's "
             "director's video page; public domain)",
             HERE / "heldout-697", "gold written before the engine ran on it; first run: names "
             "P 0.88, R 0.85, type 0.95, no quotes; it showed a law's first word cut as a "
             "title ('Justice for Victims of Trafficking Act'), grants named 'in' a field cut "
             "('Anti-Trafficking in Persons Grants'), grants 'for' whom they serve typed a "
             "body; left: 'Grants to Address Trafficking within the Child Welfare Population' "
             "cut, 'HHS' before a body's name in a headline"),
            ("Six-hundred-and-ninety-eighth held-out set (small; the Office of Family "
             "Assistance: its 'What We Do' page, its 2009 page on the Healthy Marriage "
             "initiatives as the UNT web archive keeps it; public domain)",
             HERE / "heldout-698", "gold written before the engine ran on it; first run: names "
             "P 1.00, R 0.83, type 0.93, quotes 2/2, speaker 1.00; it showed a programme "
             "grouped under its tribal namesake though each gives its own letters ('… "
             "(TANF)', 'Tribal … (Tribal TANF)'); left: 'Healthy Marriage and Responsible "
             "Fatherhood' grants cut in two, 'Tribal TANF- Child Welfare Coordination' cut at "
             "its hyphen, 'Native Employment Works' typed a work"),
            ("Six-hundred-and-ninety-ninth held-out set (small; the Office of Planning, "
             "Research and Evaluation: 'What We Do' as the Congress web harvest keeps it, its "
             "fact sheet, its 2002 functional statement as the UNT web archive keeps it; "
             "public domain)",
             HERE / "heldout-699", "gold written before the engine ran on it; first run: names "
             "P 0.94, R 0.94, type 0.94, no quotes; it showed 'Head Start' grouped under "
             "'Early Head Start' listed beside it, 'Early Head Start' typed a person, a "
             "heading's 'How it is Administered' kept"),
            ("Seven-hundredth held-out set (small; the Office of Child Care: its office page, "
             "the early childhood office's page on it, its 'What We Do' page; public domain)",
             HERE / "heldout-700", "gold written before the engine ran on it; first run: names "
             "P 0.83, R 0.91, type 1.00, no quotes; it showed a law's year cut after its "
             "letters ('… (CCDBG) Act of 2014'), 'States, Territories, and Tribes' one name"),
            ("Seven-hundred-and-first held-out set (small; the Office of Community Services: "
             "its office page, its FY22 annual report's spotlights, its programmes page; "
             "public domain)",
             HERE / "heldout-701", "gold written before the engine ran on it; first run: names "
             "P 0.92, R 0.92, type 0.91, no quotes; it showed a person's initial joining his "
             "possessive to what he owns ('Lyndon B. Johnson’s War on Poverty'), 'VISTA' in a "
             "list typed a place, a body's letters before 'programs' typed a programme, a "
             "heading's last word read as a work's cue, logos' alt text glued to names "
             "('AFI LogoAssets for Independence'), a programme's name misspelt once beside "
             "the right letters kept apart; left: 'Community Action Agencies and Assets for "
             "Independence’s efforts' one name"),
            ("Seven-hundred-and-second held-out set (small; the Children's Bureau on National "
             "Adoption Month: an associate commissioner's column in Children's Bureau Express, "
             "its 2017 message on the Child Welfare Information Gateway, the acting assistant "
             "secretary's blog post; public domain)",
             HERE / "heldout-702", "gold written before the engine ran on it; first run: names "
             "P 0.95, R 0.95, type 0.95, no gold quotes (a slogan in marks suggested as one); "
             "it showed a newsletter after 'the November 2008 issue of' typed a body, 'The "
             "Collaboration to AdoptUsKids' cut at 'to', and the site it is named for grouped "
             "under it; left: the slogan in marks suggested as a quote, the country named "
             "'America' where it also writes 'U.S.'"),
            ("Seven-hundred-and-third held-out set (small; The Texas Tribune as three sites "
             "repost it: Ross Ramsey's analysis of the Sunset reviews on a blog's day page, "
             "its story on a youth summit after Charlie Kirk's death on AlterNet, its story "
             "on COVID-19 deaths on Raw Story; the Tribune's republishing terms)",
             HERE / "heldout-703", "gold written before the engine ran on it; first run: names "
             "P 0.93, R 0.93, type 0.96, quotes R 1.00 (10/10), speaker 1.00; it showed a "
             "small town before its state in a headline dropped ('… Moving to Galveston, "
             "Texas') and a state department's letters without the state's ('DSHS') kept "
             "apart; left: 'Sunset' (the commission by its first word) typed a town, 'Cruz' "
             "in a podcast's list of topics, words in marks of unnamed speakers suggested as "
             "quotes"),
            ("Seven-hundred-and-fourth held-out set (small; Source New Mexico as three sites "
             "carry it: a radio station's news update on Las Vegas's water, a weekly's copy "
             "of its interview with the governor, an aggregator's copy of its story on her "
             "State of the State address; CC BY-NC-ND 4.0)",
             HERE / "heldout-704", "gold written before the engine ran on it; first run: names "
             "P 0.94, R 0.84, type 0.90, quotes R 1.00 (5/5), speaker 0.80; it showed a "
             "restaurant typed a person ('El Rialto restaurant'), so the quote's speaker "
             "lost, a watershed typed a person, a party's '-majority' glued to a body, a "
             "leader's surname that names streets ('T. Ryan Lane (R-Aztec)') typed a place "
             "with his post, a photographer grouped with her outlet ('Julia Goldberg/Source "
             "NM'), and a university in a banner's title case missed; left: 'COVID' before "
             "'booster rollout' after a state's letters, 'the Trump administration' suggested "
             "where the gold lists the man"),
            ("Seven-hundred-and-fifth held-out set (small; Fisheries and Oceans Canada: a "
             "minister's speaking notes on Atlantic salmon, a 2000 news release as Library "
             "and Archives Canada's web archive keeps it, a page of canada.ca's news search; "
             "Open Government Licence – Canada)",
             HERE / "heldout-705", "gold written before the engine ran on it; first run: names "
             "P 0.92, R 0.97, type 1.00, quotes R 1.00 (3/3), speaker 0.00; it showed quotes "
             "standing alone after 'the Minister pointed out that …' left without a speaker, "
             "a bilingual banner's French names kept apart from the English ones and cut at "
             "'et' ('Pêches et Océans Canada'), a town grouped with the river named for it "
             "('to Miramichi', 'the Miramichi River') and Canadian provinces' abbreviations "
             "('N.B.', 'Sask.') typed bodies; left: 'DFO' (the department's letters from its "
             "older name) apart from 'Fisheries and Oceans Canada'"),
            ("Seven-hundred-and-sixth held-out set (small; the Crown Prosecution Service: "
             "two pages of its News Centre's listing, two 'Successes of the Month' pages; "
             "Open Government Licence v3.0)",
             HERE / "heldout-706", "gold written before the engine ran on it; first run: names "
             "P 0.91, R 0.91, type 0.97, quotes R 1.00 (2/2), speaker 0.50; it showed a "
             "defendant's name glued to a decade's full stop ('1990s.Chris Brain'), a "
             "constable by his rank's letters ('PC Anil Celebi') typed a body, a tag in "
             "sentence case ('Domestic abuse') taken for a name, and a passive's subject "
             "('was described as “exceptionally good”') given the words; left: a nightclub's "
             "name after a number word ('Nine O Clock service'), 'Millwall' opening a "
             "headline in sentence case"),
            ("Seven-hundred-and-seventh held-out set (small; HM Coastguard: its articles "
             "feed and its 'Coastguard people' feed of 2024 as text, its press blog's archive "
             "of November 2010; Open Government Licence v3.0)",
             HERE / "heldout-707", "gold written before the engine ran on it; first run: names "
             "P 0.89, R 0.91, type 0.93, quotes R 1.00 (5/5), speaker 1.00; it showed a city "
             "in running text grouped with its council ('in Dundee City'), an officer's "
             "letters before his name that the post after it spells ('DSO Scott "
             "Constantine, Deputy Station Officer') typed a body, a town before its teams' "
             "plural letters ('Newhaven CRTs') and a shield awarded typed a body; left: "
             "'Meals on Wheels' cut at 'on', a post glued to 'and Coastguard', 'HM Coastguard "
             "UK' (a feed's title) apart from 'HM Coastguard', a series' title ('Meet Your "
             "Coastguards') typed a body, a statement after 'said:' without marks suggested "
             "as a quote"),
            ("Seven-hundred-and-eighth held-out set (small; the Transportation Security "
             "Administration: its releases' listing of December 2023, two of Homeland "
             "Security Today's weekly compilations of its firearm detections; public domain)",
             HERE / "heldout-708", "gold written before the engine ran on it; first run: names "
             "P 0.96, R 0.76, type 0.96, quotes R 1.00 (2/2), speaker 1.00; it showed an "
             "airport whose name holds a bishop's title ('Detroit Metropolitan Airport') cut "
             "to its city, and a big city whose name ends with a body's word ('Newport "
             "News') typed a body; left: towns suggested with their states' abbreviations "
             "('HARRISBURG, Pa.') where this gold, like set 91's, names the town alone (most "
             "golds name both together)"),
            ("Seven-hundred-and-ninth held-out set (small; the Home Office: three press "
             "releases as UKPOL's tag pages repost them; Open Government Licence v3.0)",
             HERE / "heldout-709", "gold written before the engine ran on it; first run: names "
             "P 0.95, R 0.95, type 1.00 (the names goal met), no gold quotes (two statements "
             "after 'said:' without marks suggested as quotes); no engine change; left: "
             "'GOV.UK' glued to a document's title ('GOV.UK Police officer dismissals "
             "review') cut to 'Police'"),
            ("Seven-hundred-and-tenth held-out set (small; the All-Army soccer team: DVIDS's "
             "story on its trial camp, Joint Base Langley-Eustis's article, an Army News "
             "Service story; public domain)",
             HERE / "heldout-710", "gold written before the engine ran on it; first run: names "
             "P 0.89, R 0.87, type 0.95, quotes R 0.45 (5/11), speaker 1.00; it showed quotes "
             "opened with two straight apostrophes missed, a byline's office after the "
             "author's post dropped, a press office after a fort typed a place, two armed "
             "services joined by 'and' kept as one, a fort's name alone kept apart from it, "
             "and 'Augustin' split as 'August' and 'in'; left: towns suggested with their "
             "states' abbreviations where this gold names the town, 'Armed Forces' (a "
             "tournament's) typed a body"),
            ("Seven-hundred-and-eleventh held-out set (small; the National Guard's rescues "
             "after Hurricane Florence: DVIDS's page of the New York Guard's story, the "
             "National Guard's article on Oklahoma's water rescue team, an Alaska site's copy "
             "of the Air Guard's story; public domain)",
             HERE / "heldout-711", "gold written before the engine ran on it; first run: names "
             "P 0.93, R 0.96, type 0.98 (the names goal met), quotes R 0.80 (4/5), speaker "
             "1.00; it showed dashes typed as hyphens before 'The' and 'to' glued to names "
             "('North Carolina-The', 'Rescue Wing-to') and a battalion of a regiment by its "
             "numbers ('1-169th') cut, and the first of two authors on a 'Story by' line "
             "before 'and Capt.' dropped; left: 'Air National Guardsmen' typed a person, a "
             "call's words in marks ('ten plus one') not suggested"))
    for title, folder, note in sets:
        names, quotes, stories, words, elapsed = evaluate(folder)
        print(f"{title} ({note}): {stories} stories, {words:,} words, {names.gold} gold "
              f"entities, {quotes.gold} gold quotes ({elapsed:.2f} s for all suggestions)\n")
        table(names, quotes)
        print()
        if verbose:
            details(f"{title.lower()}: ", names, quotes)
            print()
    course = course_gold(HERE.parent.parent)
    if course:
        c_names, c_quotes = Tally(), QuoteTally()
        for story, (text, expected) in course.items():
            result = suggest(text)
            score_entities(story, expected, result.entities, c_names)
            score_quotes(story, expected, result, c_quotes)
        print(f"The course's own stories ({len(course)} in sources/; their annotation files "
              "list the names students should notice, not every name, so only recall "
              "counts):\n")
        print("| | recall | other figure |")
        print("| --- | --- | --- |")
        print(f"| names | {ratio(c_names.right, c_names.gold)} ({c_names.right}/{c_names.gold}) "
              f"| type right {ratio(c_names.typed, c_names.right)} |")
        print(f"| quotes | {ratio(c_quotes.found, c_quotes.gold)} ({c_quotes.found}/"
              f"{c_quotes.gold}) | speaker right "
              f"{ratio(c_quotes.speaker_right, c_quotes.found)} |")
        if verbose:
            details("course: ", c_names, c_quotes)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
