"""Quotation marks: find quoted regions in plain text, paragraph by paragraph.

This stage works on characters only (no parse), so it is cheap, total and easy to
property-test. It decides which marks open and close quotations, which are apostrophes
(’s, rock ’n’ roll, ’90s) and which are primes (5'11"), and it links a quotation that runs
over several paragraphs (each paragraph reopens with a mark, the last one closes).

The same scanner gives the `kind` of an attribution (direct / indirect / mixed) by the rule
of the evaluation data: letters and digits inside quotation marks count as quoted, and the
count restarts at every paragraph break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"

#: Everything this module treats as a possible quotation mark, for a quick pre-check.
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_DOUBLE + STRAIGHT_SINGLE + "`"

_PARAGRAPH_BREAK = re.compile(r"\n")
# Elisions that start with an apostrophe: ’90s, ’em, ’tis, ’n’ (rock ’n’ roll).
_ELISION_AFTER = re.compile(r"(?:\d\ds?\b|em\b|tis\b|twas\b|til\b|cause\b|n[’']\s)", re.IGNORECASE)


@dataclass(frozen=True)
class QuoteRegion:
    """One quotation inside one paragraph: from its opening mark to its closing mark.

    `start` is the offset of the opening mark and `end` the offset just after the closing
    mark (or the paragraph end when the quotation is left open there). `inner_start` and
    `inner_end` bound the words between the marks.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    style: str  # "double" or "single"
    closed: bool
    depth: int  # 0 for a top-level quotation, 1 for a quotation inside another


@dataclass(frozen=True)
class Mark:
    """A quotation-mark character (or a doubled '' / `` pair) at an offset."""

    start: int
    end: int
    role: str  # "open", "close" or "toggle"
    style: str  # "double" or "single"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Split `text` into paragraph extents at every line break.

    News text comes with one paragraph a line or with blank lines between paragraphs;
    both end a quotation's count in the evaluation rule, so both end a paragraph here.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _is_word(ch: str) -> bool:
    return ch.isalnum()


_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?>")


def _scan_marks(text: str, start: int, end: int) -> list[Mark]:
    """Classify each mark of one paragraph as opening, closing or ambiguous (toggle).

    Marks inside a markup tag left in the copy (<tweet author="…">) quote attribute values,
    not words, and are skipped."""
    marks: list[Mark] = []
    tags = {m.start(): m.end() for m in _TAG.finditer(text, start, end)}
    i = start
    while i < end:
        if i in tags:
            i = tags[i]
            continue
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if ch in "'`" and nxt == ch:
            # ''quoted'' and ``quoted'' styles: a doubled mark is a double quotation mark.
            after = text[i + 2] if i + 2 < end else " "
            role = "open" if ch == "`" else _straight_role(prev, after)
            marks.append(Mark(i, i + 2, role, "double"))
            i += 2
            continue
        if ch in DOUBLE_OPEN:
            marks.append(Mark(i, i + 1, "open", "double"))
        elif ch in DOUBLE_CLOSE:
            # A ” typed where an opening mark belongs (before a word, after a space).
            role = "open" if (not _is_word(prev) and prev not in ".,!?;:" and _is_word(nxt)) else "close"
            marks.append(Mark(i, i + 1, role, "double"))
        elif ch == STRAIGHT_DOUBLE:
            if prev.isdigit() and not _is_word(nxt):
                pass  # a prime: 5'11", a 12" record
            else:
                marks.append(Mark(i, i + 1, _straight_role(prev, nxt), "double"))
        elif ch in SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE:
            role = _single_role(text, i, start, end)
            if role:
                marks.append(Mark(i, i + 1, role, "single"))
        i += 1
    return marks


def _straight_role(prev: str, nxt: str) -> str:
    left_open = not _is_word(prev) and prev not in ".,!?;:%)]}"
    right_open = not _is_word(nxt) and nxt not in "([{"
    if left_open and not right_open:
        return "open"
    if right_open and not left_open:
        return "close"
    return "toggle"


def _single_role(text: str, i: int, start: int, end: int) -> str | None:
    """Opening, closing, or None for an apostrophe or a prime."""
    ch = text[i]
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if _is_word(prev) and _is_word(nxt):
        return None  # it’s, O’Brien, rock’n’roll
    if prev.isdigit():
        return None  # 5'11", a 45' drop
    if not _is_word(prev):
        if not _is_word(nxt):
            if prev in ".,!?;:”\"":
                return "close"  # ‘…,’, a ,'" before an outer closing mark, a ”’ after an inner one
            if nxt not in "“\"‘":
                return None
        if _ELISION_AFTER.match(text, i + 1, end):
            return None  # ’90s, ’em, rock ’n’ roll
        return "open" if ch != SINGLE_CLOSE or prev in " \t\"“(—–-" or i == start else None
    # after a word, before a space or punctuation: a closing mark or a plural possessive.
    if ch == SINGLE_OPEN:
        return None
    if i - 2 >= start and text[i - 1] in "nN" and text[i - 2] in "’'" and (i - 3 < start or not _is_word(text[i - 3])):
        return None  # the second mark of rock ’n’ roll
    return "close"


def _opens_a_running_quote(text: str, start: int, end: int, opener: Mark) -> bool:
    """An unclosed single mark that opens the paragraph (or follows its colon or comma cue) and
    runs to a sentence's end: the first paragraph of a quote that goes on in the next one.
    Anything else left open (a stray apostrophe) is no quotation."""
    inner = text[opener.end : end].rstrip()
    lead = text[start : opener.start]
    return (
        (lead.strip() == "" or lead.rstrip().endswith((":", ",")))
        and inner.endswith((".", "?", "!"))
        and len(inner.split()) >= 4
        and "’" not in inner[-2:]
    )


def _plural_possessive(text: str, mark: Mark, later: Sequence[Mark], end: int, opener: Mark, start: int) -> bool:
    """‘The families’ complaints went unanswered,’ she said: a mark after a plural's s and
    before the next word is the possessive's apostrophe when the quotation still has its own
    closing mark to come (or runs on, open, into the next paragraph); otherwise it closes a
    quotation ("the so-called ‘Beatles’ and the ‘Stones’")."""
    i = mark.start
    if text[i - 1] not in "sS" or i + 2 >= end or text[i + 1] not in " \u00a0" or not text[i + 2].isalnum():
        return False
    following = next((m for m in later if m.style == "single"), None)
    if following is not None:
        return following.role == "close"
    return not any(m.style == "double" for m in later) and _opens_a_running_quote(text, start, end, opener)


def scan_paragraph(text: str, start: int, end: int) -> list[QuoteRegion]:
    """Pair the marks of one paragraph into quotations.

    A double quotation left open at the paragraph end gets `closed=False` and ends there;
    linking it to the next paragraph is the job of `quotes`, which knows the convention.
    """
    marks = _scan_marks(text, start, end)
    regions: list[QuoteRegion] = []
    double_open: Mark | None = None
    double_depth = 0
    singles: list[Mark] = []  # open single marks at the current level
    outer: list[Mark] = []  # open single marks outside the open double quotation
    for n, mark in enumerate(marks):
        if mark.style == "double":
            if double_open is None:
                if mark.role in ("open", "toggle"):
                    # British style: a double quotation inside an open single one is nested
                    double_open, double_depth = mark, (1 if singles else 0)
                    outer, singles = singles, []
            elif text[double_open.start] == STRAIGHT_DOUBLE and not text[start : double_open.start].strip() and text[mark.start] in DOUBLE_OPEN and not any(text[m.start] == STRAIGHT_DOUBLE for m in marks[n + 1 :]):
                # "The first time … “It never crossed my mind,” she said: a straight mark opening
                # the paragraph that nothing closes, before a curly quotation, is a stray left by
                # the copy
                double_open = mark
            elif mark.role in ("close", "toggle"):
                regions.append(
                    QuoteRegion(double_open.start, mark.end, double_open.end, mark.start, "double", True, double_depth)
                )
                double_open = None
                singles, outer = outer, []
            # a second opening mark inside an open quotation is taken as a typo and skipped
            continue
        depth = 1 if double_open is not None else 0
        if mark.role == "open":
            singles.append(mark)
        elif mark.role == "close" and singles:
            if _plural_possessive(text, mark, marks[n + 1 :], end, singles[-1], start):
                continue
            opener = singles.pop()
            if mark.start - opener.end >= 1:
                regions.append(QuoteRegion(opener.start, mark.end, opener.end, mark.start, "single", True, depth))
    if double_open is not None:
        regions.append(QuoteRegion(double_open.start, end, double_open.end, end, "double", False, double_depth))
    elif singles and _opens_a_running_quote(text, start, end, singles[0]):
        # British style runs a quote over paragraphs with single marks: ‘… (no close) / ‘… ’
        regions.append(QuoteRegion(singles[0].start, end, singles[0].end, end, "single", False, 0))
    regions.sort(key=lambda r: (r.start, -r.end))
    return regions


def quote_regions(text: str) -> list[QuoteRegion]:
    """All quotations of `text`, in order, paragraph by paragraph."""
    regions: list[QuoteRegion] = []
    for start, end in paragraphs(text):
        regions.extend(scan_paragraph(text, start, end))
    return regions


def quoted_mask(text: str, regions: Iterable[QuoteRegion] | None = None) -> bytearray:
    """One byte per character: 1 where the character lies between quotation marks."""
    mask = bytearray(len(text))
    for region in quote_regions(text) if regions is None else regions:
        for i in range(region.inner_start, region.inner_end):
            mask[i] = 1
    return mask


def kind_of(text: str, spans: Sequence[tuple[int, int]], mask: bytearray | None = None) -> str:
    """direct, indirect or mixed for the content `spans` of `text` (the evaluation rule).

    Letters and digits of the content that lie inside quotation marks are quoted.
    indirect: none is; direct: the first and the last are and at least 90% are; mixed: else.
    """
    if mask is None:
        mask = quoted_mask(text)
    flags = [mask[i] for s, e in spans for i in range(s, min(e, len(text))) if text[i].isalnum()]
    if not flags or not any(flags):
        return "indirect"
    if flags[0] and flags[-1] and sum(flags) >= 0.9 * len(flags):
        return "direct"
    return "mixed"


def iter_top_level(regions: Iterable[QuoteRegion]) -> Iterator[QuoteRegion]:
    """The top-level quotations: double quotations and single ones not inside a double."""
    for region in regions:
        if region.depth == 0:
            yield region
