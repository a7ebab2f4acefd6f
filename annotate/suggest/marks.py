"""Passages in quotation marks, found line by line: the one scan both the suggestion
engine (:mod:`quotes`) and ``annotate check`` (which words are quoted) read. It is kept
apart from the rules about speakers so that checking a file does not compile them.

A paragraph is a line, as stories are stored: curly or straight double marks, single marks
(British style, or nested inside double ones), guillemets. News style leaves a quote open
at the end of a paragraph when it continues in the next, which opens with a mark again:
such a passage ends with its line and the next one continues it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

_OPEN_DOUBLE = "“\"«„"
_CLOSE_DOUBLE = "”\"»“"


@functools.lru_cache(maxsize=4)
def wrap_width(text: str) -> int:
    """How long a line of the text is when it is full: 60 characters, or less where the
    text is set in a narrow column (a manual's two columns, about forty characters)."""
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    if len(lengths) < 10:
        return 60
    full = lengths[int(0.8 * (len(lengths) - 1))]
    if sum(0.7 * full <= n <= 1.3 * full for n in lengths) < 0.6 * len(lengths):
        return 60  # (lines of every length: a page's menu and its paragraphs, no column)
    return max(32, min(60, int(0.8 * full)))


#: A listing item's date and kind at a line's start, before the ministry that issued it:
#: "04/06/2025 Press release Ministry of Foreign Affairs…".
LISTING_LABEL = re.compile(r"(?m)^[^\S\n]*\d{1,2}/\d{1,2}/\d{4}[^\S\n]+(?:Press release|News story|"
                           r"Speech|Statement|Article|Interview|Op-ed|Speech/statement)"
                           r"[^\S\n]+")
#: A line that stops at a small word, which a sentence never ends with.
_SMALL_WORD_END = re.compile(r"[ \t](?:of|the|and|to|for|in|on|a|an|with|by|from|at)[ \t]*$")


@functools.lru_cache(maxsize=4)
def hard_wrapped(text: str) -> bool:
    """Whether the text's lines are broken at a width, not at paragraphs' ends: most of its
    long lines stop in mid-sentence (a PDF's extracted text)."""
    lines = text.split("\n")
    width = wrap_width(text)
    long = [k for k, line in enumerate(lines) if len(line) >= width]
    open_ended = [k for k in long if not lines[k].rstrip().endswith(
        (".", "!", "?", ":", ";", "”", '"', ")", "’"))]
    going_on = sum(1 for k in open_ended
                   if k + 1 < len(lines) and lines[k + 1].lstrip(" \t")[:1].islower())
    # (the next line goes on in lower case: not a list of headlines, each in Title Case)
    if len(long) >= 3 and len(open_ended) >= len(long) / 2 and \
            going_on >= max(2, len(open_ended) / 3):
        return True
    # (or a narrow, ragged column: most lines of forty characters or more stop in
    # mid-sentence and the next goes on in lower case, "… the most\ncomplete picture …")
    middling = [k for k, line in enumerate(lines) if len(line) >= 40]
    broken = [k for k in middling if k + 1 < len(lines)
              and not lines[k].rstrip().endswith((".", "!", "?", ":", ";", "”", '"', ")", "’"))
              and (lines[k + 1].lstrip(" \t")[:1].islower()
                   or (_SMALL_WORD_END.search(lines[k]) is not None
                       and lines[k + 1].lstrip(" \t")[:1].isupper()))]
    # (or the line stops at a small word and the next goes on with a name: "… members of"
    # over "the Standing Committee …", "… the Parliament of" over "Sweden. …")
    return len(broken) >= 4 and len(broken) >= 0.6 * len(middling)


@functools.lru_cache(maxsize=4)
def double_spaced(text: str) -> bool:
    """Whether the text is broken at a width and every line is followed by a blank one, as
    some copies of the Federal Register give it: its blank lines then break no sentence."""
    lines = text.split("\n")
    long = [k for k, line in enumerate(lines) if len(line) >= 50]
    spaced = sum(1 for k in long if k + 2 < len(lines) and not lines[k + 1].strip()
                 and lines[k + 2].strip())
    return len(long) >= 5 and spaced >= 0.6 * len(long) and \
        hard_wrapped(re.sub(r"\n[ \t]*\n(?=[ \t]*\S)", "\n", text))


@dataclass
class Passage:
    open: int  # index of the opening mark
    close: int  # index of the closing mark (or the end of the line)
    start: int  # the words inside
    end: int
    closed: bool
    depth: int
    continued: bool = False
    inner: list[Passage] = field(default_factory=list)


def passages(text: str) -> list[Passage]:
    """Top-level passages in quotation marks, with the ones nested in them. A passage ends
    with its line (a paragraph's end), except in text broken into lines at a width, where
    a passage left open goes on over the next few lines of its paragraph to its closing
    mark ("“Methamphetamine abuse shatters …\nOn National … of\nmethamphetamine …\nabuse.\"").
    """
    out: list[Passage] = []
    pos = 0
    previous_open = False
    lines = text.splitlines(keepends=True)
    spaced = double_spaced(text)  # (a blank line after each line: it ends no paragraph)
    wrapped = spaced or hard_wrapped(text)
    k = 0
    while k < len(lines):
        line = lines[k]
        found = _scan(line, pos)
        if wrapped and found and not found[-1].closed:
            taken = 0
            reach = WRAPPED_LINES * (2 if spaced else 1)
            kept = (found, line, 0)  # (what the usual reach gives, where no mark closes)
            for extra in range(1, CLOSING_REACH * (2 if spaced else 1) + 1):
                if k + extra < len(lines) and spaced and not lines[k + extra].strip():
                    continue
                if k + extra >= len(lines) or not lines[k + extra].strip() or \
                        lines[k + extra].lstrip()[:1] in _OPENING_MARKS:
                    break  # a blank line, or the next paragraph of the quote opening
                chunk = "".join(lines[k:k + extra + 1])
                joined = _scan(chunk, pos)
                if joined:
                    found, line, taken = joined, chunk, extra
                    if extra <= reach:
                        kept = (found, line, taken)
                    if all(p.closed for p in joined):
                        break
            if not found[-1].closed:
                found, line, taken = kept  # (no closing mark within the longer reach: the
                # passage stops where the usual reach stops it)
            k += taken
        body = line.rstrip("\r\n")
        if not found and previous_open and body.strip() and _closes_left_open(body):
            start = pos + len(body) - len(body.lstrip())
            close = pos + len(body.rstrip()) - 1
            found = [Passage(start - 1, close, start, close, True, 0, continued=True)]
            # (a quote's last paragraph that the copy did not open again, closing what the
            # paragraph before left open: "“This morning, … remotely." then "The
            # Secretary remains … as quickly as possible.”")
        elif not found and previous_open and not wrapped and body.strip() and \
                _DOUBLE_MARK.search(body) is None and _closed_further_on(lines, k):
            start = pos + len(body) - len(body.lstrip())
            stop = pos + len(body.rstrip())
            found = [Passage(start - 1, stop, start, stop, False, 0, continued=True)]
            # (a middle paragraph of a quote whose copy lost its opening mark, between one
            # left open and one that only closes: '"I am pleased …' then 'We ask for
            # continued patience …' then '… become finalized."')
        for left_open in (p for p in found if not p.closed):
            if (said := _SAID_INSIDE.search(text, left_open.start, left_open.end)) is not None:
                left_open.close = left_open.end = said.start()
                left_open.closed = True  # "“Preserving our native … its environment, says
                # … Manager John Rapana.": a mark the writer forgot to close before the
                # attribution, which closes the quote (at the line's end, or before the
                # next paragraph's mark run into the line: "… a grant winner, said Sarah
                # Holt, … Federation. “This recognition …”")
        if found and previous_open and found[0].open - pos <= 1:
            found[0].continued = True
        if body.strip():
            previous_open = bool(found) and not found[-1].closed
        out.extend(found)
        pos += len(line)
        k += 1
    return out


#: An attribution inside a passage left open: the comma, the verb and the speaker's name.
_SAID_INSIDE = re.compile(r",(?=[^\S\n]+(?:says|said)[^\S\n]+(?:[A-Z]|the[^\S\n]))")


def _closes_left_open(body: str) -> bool:
    """Whether a paragraph only closes a quote: it ends with a closing mark and opens
    none."""
    body = body.rstrip()
    if body.endswith("”"):
        return not any(ch in _OPENING_MARKS for ch in body)
    return body.endswith('"') and body.count('"') == 1 and \
        not any(ch in _OPENING_MARKS for ch in body[:-1])


#: How many paragraphs without marks a quote left open may run over to the one closing it.
_OPEN_PARAGRAPHS = 3


def _closed_further_on(lines: list[str], k: int) -> bool:
    """Whether the paragraphs after line ``k`` go on without a mark to one that only closes
    a quote, within a few paragraphs: so line ``k``, with no mark, is the middle of a
    quote left open above it."""
    seen = 0
    for line in lines[k + 1:]:
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        if _closes_left_open(body):
            return True
        seen += 1
        if _DOUBLE_MARK.search(body) is not None or seen >= _OPEN_PARAGRAPHS:
            return False
    return False


#: How many lines of hard-wrapped text a passage may run over to its closing mark.
WRAPPED_LINES = 6
#: How many it may run over when a closing mark is there to end it: a long quotation in a
#: release broken into short lines ("… innovative programs such\nas the Undiagnosed
#: Diseases Program.\"", its eighth line).
CLOSING_REACH = 12
#: Marks that open a quote, and so a quote's next paragraph at a line's start.
_OPENING_MARKS = "“\"‘«„"


_MARK = re.compile(r"[“”\"‘’'«»„]")
_DOUBLE_MARK = re.compile(r"[“”\"«»„]")


def _straight_nest(line: str, offset: int) -> list[Passage] | None:
    """A paragraph wholly in straight marks that holds words in straight marks too, each
    closed right after a letter: '"No more "bad migrant"-"good migrant" division games.
    … to understand."' is one quote, the marks inside it nested ones (not '"Hello," he
    said. "Bye."', two quotes, the first closed after its comma)."""
    body = line.rstrip("\r\n")
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    if len(body) < 6 or body[0] != '"' or body[-1] != '"' or body[-2] not in ".!?…" or \
            body.count('"') < 4 or body.count('"') % 2:
        return None
    inner_marks = [m.start() for m in re.finditer('"', body)][1:-1]
    pairs = list(zip(inner_marks[::2], inner_marks[1::2], strict=True))
    if not all(body[a - 1] in " -–—(" and body[a + 1].isalnum() and body[b - 1].isalpha()
               and (b + 1 >= len(body) or not body[b + 1].isalnum()) for a, b in pairs):
        return None
    start = offset + lead
    inner = [Passage(start + a, start + b, start + a + 1, start + b, True, 1)
             for a, b in pairs]
    return [Passage(start, start + len(body) - 1, start + 1, start + len(body) - 1, True, 0,
                    inner=inner)]


def _scan(line: str, offset: int) -> list[Passage]:
    nest = _straight_nest(line, offset)
    if nest is not None:
        return nest
    stack: list[tuple[str, int]] = []  # (kind, index of the opening mark)
    top: list[Passage] = []
    inner: list[Passage] = []
    end_of_line = len(line.rstrip("\r\n"))
    closed_at = -2  # where the last double mark closed a top passage
    continuing = -1  # where a mark opened the next paragraph of a quote in the same line
    labelled = LISTING_LABEL.match(line) is not None
    for mark in _MARK.finditer(line, 0, end_of_line):  # only the marks, not every letter
        i, ch = mark.start(), mark.group()
        before = line[i - 1] if i else " "
        if line.endswith(("Read more", "Read More"), 0, i):
            before = " "  # "Read more‘Nakba never ended’: …": a listing's link glued to the
            # next headline, which opens with a quote
        after = line[i + 1] if i + 1 < end_of_line else " "
        if stack and stack[-1][0] == "single" and ch in _CLOSE_DOUBLE and ch != "“" and \
                any(k == "double" for k, _ in stack) and \
                not (ch == '"' and before.isspace() and after.isalnum()):
            while stack[-1][0] == "single":
                stack.pop()  # "… we got to stop 'em at the border.": an apostrophe that
                # looked like an opening mark, never closed before the double one
        if stack and stack[-1][0] == "double" and ch in _CLOSE_DOUBLE and \
                not (ch == "“" and not after.isspace()) and \
                not (ch == '"' and before.isspace() and after.isalnum()):
            kind, start = stack.pop()
            passage = Passage(offset + start, offset + i, offset + start + 1, offset + i, True,
                               len(stack), inner=inner if not stack else [],
                               continued=start == continuing)
            if stack:
                inner.append(passage)
            else:
                top.append(passage)
                inner = []
                closed_at = i
            continue
        if stack and stack[-1][0] == "single" and ch in "’'" and not after.isalnum():
            kind, start = stack.pop()
            passage = Passage(offset + start, offset + i, offset + start + 1, offset + i, True,
                               len(stack))
            (inner if stack else top).append(passage)
            continue
        if ch in _OPEN_DOUBLE and ch != "»" and (before.isspace() or before in "([—–-/‘':"
                                                 or i == 0 or (closed_at == i - 1
                                                               and after.isupper())
                                                 or (before in ".!?" and not stack
                                                     and after.isupper())
                                                 or (ch == "“" and before.isalpha()
                                                     and not stack and after.isupper()
                                                     and "”" in line[i + 1:end_of_line])) \
                and not after.isspace():
            # (and after a sentence's stop, no quote open, in a copy that lost the space:
            # '… said Tuesday."Recognition is …')
            # (and right after a closing mark, in a copy that lost the space between two
            # quotes: '… alliance.""President Biden and I …')
            # (':' for a copy that lost the space: 'Katainen … said:“Health and …'; and a
            # curly mark glued to a picture's caption before it: 'James Lowry“Throughout
            # his life, …,” said …')
            if ch in "\"“" and stack and stack[-1][0] == "double":
                if ch == "“" and len(stack) == 1 and _paragraph_lost(line, i, end_of_line):
                    kind, start = stack.pop()
                    stop = len(line[:i].rstrip())
                    top.append(Passage(offset + start, offset + stop, offset + start + 1,
                                       offset + stop, False, 0, inner=inner,
                                       continued=start == continuing))
                    inner = []
                    stack.append(("double", i))
                    continuing = i
                elif ch == "“" and line[stack[-1][1]] == "“":
                    stack.append(("double", i))  # “… say “hate” …”: curly marks nest
                elif ch == '"' and line[stack[-1][1]] == '"' and before.isspace() and \
                        line.count('"', i + 1, end_of_line) >= 2 and \
                        line.count('"', i + 1, end_of_line) % 2 == 0:
                    stack.append(("double", i))  # '"We are a "one-stop-shop," open …."':
                    # straight marks nest too, when two more close the inner and the outer
                continue
            stack.append(("double", i))
            continue
        if ch in '"“' and not stack and before.isspace() and after == " " and \
                line[i + 2:i + 3].isalpha() and \
                ('"' if ch == '"' else "”") in line[i + 3:end_of_line] and \
                re.search(r"(?:\b(?:that|said|says|stated|added|:)|,)[^\S\n]*$", line[:i]):
            stack.append(("double", i))  # 'has stated that " if there is a global
            continue  # recession, …"', 'stated that “ All carriers should …”': an opening
            # mark a copy spaced off its first word
        if ch == "”" and not stack and before in ".!?" and after == " " and \
                line[i + 2:i + 3].isupper() and "”" in line[i + 1:end_of_line] and \
                "“" not in line[i + 1:line.index("”", i + 1)]:
            stack.append(("double", i))  # 'Secretary Salazar said.” I am proud … .”': a
            # quote's next part opened with a closing mark, another closing it
            continue
        if ch in "‘’'" and line[i + 1:i + 2] == "n" and \
                line[i + 2:i + 3] in (" ", "’", "'") and before.isspace():
            continue  # "Pick ‘n Pay", "rock ’n’ roll": an "and" cut short, no quote
        if ch in "‘'" and (before.isspace() or before in "([—–-“\"" or i == 0
                           or (ch == "‘" and before.isalpha() and labelled)) and \
                (after.isalnum() or after in "“\"…" or line.startswith("...", i + 1)):
            stack.append(("single", i))  # (and "… Ministry of Foreign Affairs‘I am …": a
            # listing item's label glued to the teaser's quote; "'... to balance …'": a
            # quote taken up in mid-sentence)
    if stack:  # left open: ends with the line (continued in the next paragraph)
        kind, start = stack[0]
        cut_at_once = _CUT_AT_ONCE.fullmatch(line[start + 1:end_of_line].strip())
        # ("… Ardern said “This […]": a teaser cut right after the mark opened, a word of
        # the quote and no more: no passage)
        if kind == "double" and cut_at_once is None:
            top.append(Passage(offset + start, offset + end_of_line, offset + start + 1,
                                offset + end_of_line, False, 0, inner=inner,
                                continued=start == continuing))
        elif kind != "double" and line[start + 1:start + 2].isupper() and \
                len(line[start:end_of_line].split()) >= 8 and \
                (_SENTENCE_BEFORE.search(line, 0, start) or (labelled and start
                                                             and line[start - 1].isalpha())):
            top.append(Passage(offset + start, offset + end_of_line, offset + start + 1,
                               offset + end_of_line, False, 0))  # "'Norway stands in full
            # solidarity with Estonia. We are … Article 4": a teaser cut inside a quote in
            # single marks that opens a sentence, never closed
    return sorted(top, key=lambda p: p.open)


#: A passage left open that holds one word, then the elision a teaser is cut with (two,
#: "“Let’s just […]", are still the speaker's words).
_CUT_AT_ONCE = re.compile(r"\S+[^\S\n]*(?:\[…\]|\[\.\.\.\]|…|\.\.\.)")
#: What comes before a mark that opens a sentence: the line's start or a sentence's end.
_SENTENCE_BEFORE = re.compile(r"(?:^[^\S\n]*|[.!?][’'”\"]?[^\S\n]+)$")


def _paragraph_lost(line: str, at: int, end: int) -> bool:
    """Whether the curly mark at ``at``, inside a quote it does not nest in, opens the
    quote's next paragraph, run into this one by a copy that lost the break: it follows a
    sentence's end, and the rest of the line closes fewer marks than it opens ("… under
    control. “In selecting … Better. “I hope … time.”"), where a quote inside a quote would
    close both ("“I left. “Go home,” he said.”")."""
    if not re.search(r"[.!?][”’\"')]*[^\S\n]+$", line[max(0, at - 8):at]) or \
            not line[at + 1:at + 2].isupper():
        return False
    rest = line[at:end]
    return rest.count("”") < rest.count("“") + 1
