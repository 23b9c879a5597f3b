"""Figures: every quantity stated as a checkable claim, and the party each is sourced to.

`find` reads the parse token by token: a number (digits or words), a vague quantity
("dozens"), a fraction ("a third") or a ranking ("the second-largest") starts a figure;
bounds ("at least"), currency signs, multipliers, units and ranges ("$48 million to $55
million") widen it. Dates, times, ages, years and numbers inside names are not figures. The
words that decide this are data (data/figures.toml).

`source` drops the counts that only describe the paper's sources ("two officials said"),
then links each figure to a party: the speaker of the attribution whose content
holds it, or a possessive or compound owner of a data noun ("the ministry's figures"), or a
body whose cue closed the sentence before ("…, the company said. Sales fell 9%.");
otherwise it is unsourced, with the nearest speaker of its sentence or the sentence before
kept as a hint (`near`) for the editor who must decide whose number it is.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Iterable, Sequence

from .lexicon import Lexicon, lexicon
from .types import Attribution, Entity, Figure

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART", "NORP", "LANGUAGE"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_DURATION_UNITS = frozenset({"years", "year", "months", "month", "weeks", "week", "days", "day", "nights", "hours", "hour", "minutes", "minute", "seconds", "decades", "decade", "centuries", "quarters"})
# "five straight quarters", "three consecutive years": a run of periods, counted whole
_IN_A_ROW = frozenset({"straight", "consecutive", "successive"})
_POINT_IN_TIME = re.compile(
    r"\b(ago|past|last|next|this|early|late|mid|since|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"tomorrow|\d{4}|\d{2,4}s|'\d\d)\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"^[$€£¥]?\d")
_ORDINAL = re.compile(r"^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|hundredth|thousandth|millionth|\d+(st|nd|rd|th))$")
_SMALL_COUNT = re.compile(r"^(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$", re.IGNORECASE)
_SOURCE_COUNT = re.compile(r"(?i)one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|\d{1,2}")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")
_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "us$", "c$", "a$", "hk$"})
_RANGE_WORDS = frozenset({"to", "-", "–", "—", "or"})
_SMALL_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"})


@dataclass(frozen=True)
class Words:
    """The figure word lists, as tuples of lower-case words for token matching."""

    bounds: tuple[tuple[str, ...], ...]
    units: tuple[tuple[str, ...], ...]
    multipliers: frozenset[str]
    vague: tuple[tuple[str, ...], ...]
    fractions: frozenset[str]
    ordinals: frozenset[str]
    rankings: tuple[tuple[str, ...], ...]
    name_before: frozenset[str]
    time_after: frozenset[str]
    service_numbers: frozenset[str]
    service_nouns: frozenset[str]
    age_before: frozenset[str]
    not_ranked: frozenset[str]
    aged_nouns: frozenset[str]
    past_periods: frozenset[str]
    times_of_day: frozenset[str]
    change_verbs: frozenset[str]
    multiples: frozenset[str]
    months: frozenset[str]


def _phrases(items: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    # longest first, so "more than" wins over "more" and "per cent" over "per"
    return tuple(sorted({tuple(i.lower().replace("-", " - ").split()) for i in items}, key=len, reverse=True))


@lru_cache(maxsize=1)
def words() -> Words:
    """data/figures.toml, read once."""
    raw = tomllib.loads(resources.files("quotecheck").joinpath("data", "figures.toml").read_text(encoding="utf-8"))
    return Words(
        bounds=_phrases(raw["bounds"]),
        units=_phrases(raw["units"]),
        multipliers=frozenset(raw["multipliers"]),
        vague=_phrases(raw["vague"]),
        fractions=frozenset(raw["fractions"]),
        ordinals=frozenset(raw["ordinals"]),
        rankings=_phrases(raw["rankings"]),
        name_before=frozenset(raw["name_before"]),
        time_after=frozenset(raw["time_after"]),
        service_numbers=frozenset(raw["service_numbers"]),
        service_nouns=frozenset(raw["service_nouns"]),
        age_before=frozenset(raw["age_before"]),
        not_ranked=frozenset(raw["not_ranked"]),
        aged_nouns=frozenset(raw["aged_nouns"]),
        past_periods=frozenset(raw["past_periods"]),
        times_of_day=frozenset(raw["times_of_day"]),
        change_verbs=frozenset(raw["change_verbs"]),
        multiples=frozenset(raw["multiples"]),
        months=frozenset(raw["months"]),
    )


# ---------------------------------------------------------------- finding figures


@lru_cache(maxsize=32)
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases indexed by their first word, longest first (the lists are tuples, so cacheable)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=32)
def _by_last_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[-1], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _match_at(doc: "Doc", i: int, phrases: Sequence[tuple[str, ...]], end: int) -> int:
    """Length in tokens of the longest phrase that starts at token i (0 if none)."""
    if i >= end:
        return 0
    for phrase in _by_first_word(phrases).get(doc[i].lower_, ()):
        n = len(phrase)
        if i + n <= end and all(doc[i + k].lower_ == w for k, w in enumerate(phrase)):
            return n
    return 0


def _match_before(doc: "Doc", i: int, phrases: Sequence[tuple[str, ...]], start: int) -> int:
    """Length in tokens of the longest phrase that ends right before token i."""
    if i <= start:
        return 0
    for phrase in _by_last_word(phrases).get(doc[i - 1].lower_, ()):
        n = len(phrase)
        if i - n >= start and all(doc[i - n + k].lower_ == w for k, w in enumerate(phrase)):
            return n
    return 0


def _is_number(token: "Token") -> bool:
    return bool(token.like_num or _DIGITS.match(token.text))


def _is_duration(ent: "SpacySpan") -> bool:
    """"more than 20 years" (a figure) rather than "the past two years" or "May 4" (a date)."""
    if _POINT_IN_TIME.search(ent.text):
        return False
    return any(t.lower_ in _DURATION_UNITS for t in ent) and any(_is_number(t) for t in ent)


def _entity_around(doc: "Doc", i: int) -> "SpacySpan":
    """The named-entity span holding token i, found from the token's IOB tags (doc.ents
    builds every span of the document on each access)."""
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _picked_out(number: "Token") -> bool:
    """"the two troopers who fired", "the three guns he surrendered": a clause on the counted
    noun, not set off by a comma, says how many did it, so the count is claimed."""
    counted = number.head if number.dep_ == "nummod" else None
    return counted is not None and any(c.dep_ in ("relcl", "acl") and c.i > counted.i and number.doc[c.left_edge.i - 1].text != "," for c in counted.children)


# "about one week", "for one year": a length in the singular, after a bound or a preposition of
# extent (not "one day somebody will …", "at one point")
_ONE_LENGTH_UNITS = frozenset({u for u in _DURATION_UNITS if not u.endswith("s")} | {"second"})
_ONE_LENGTH_BEFORE = frozenset({"about", "roughly", "nearly", "almost", "around", "only", "just", "for", "within", "than", "from", "to", "after"})


def _not_a_figure(doc: "Doc", i: int, sent_start: int, w: Words, ner: bool = True) -> bool:
    """A number that is a date, a time, an age, a year or part of a name.

    `ner=False` ignores the entity label: the second number of a range ("52 to 47") is a
    figure when the first is, whatever label NER gave it.
    """
    token = doc[i]
    label = token.ent_type_
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.text in ("-", "–") and i + 2 < len(doc) and re.fullmatch(r"\d{1,3}", token.text) and re.fullmatch(r"\d{1,3}", doc[i + 2].text):
        if i > sent_start and doc[i - 1].lower_ in w.months:
            return True  # "conducted Dec. 6-9": days of a month
        return False  # a score or a tally, "74-66", even where NER made it part of a name
    if re.fullmatch(r"-?\d+(?:\.\d+)?°?[CF]\.?", token.text):
        return False  # "44.1C", which NER calls a date: a temperature
    # ("212 … in Denver and 58 at its office": a lone count NER took for a date)
    lone = label == "DATE" and re.fullmatch(r"\d{1,3}", token.text) is not None and _entity_around(doc, i).text == token.text and i > sent_start and doc[i - 1].lower_ not in ("on", "the", "of", "since", "by", "until", "from", ",") and doc[i - 1].lemma_ not in ("be", "turn")
    if label in _TIME_LABELS and ner and not lone:
        around = _entity_around(doc, i)
        if not _is_duration(around) and not _counts_a_noun_after(around):
            return True
    text = re.sub(r"\.[a-z]+$", "", token.text.lower())  # "2009.The": a missing space after a full stop
    if _CLOCK.match(text) or re.fullmatch(r"\d{4}s?", text) and 1500 <= int(text[:4]) <= 2100:
        return True  # 10:30, 2019, the 1990s
    prev = doc[i - 1] if i > sent_start else None
    if re.fullmatch(r"\d'\d{1,2}\"?", token.text) or (nxt is not None and nxt.text in ("'", "’") and i + 2 < len(doc) and re.fullmatch(r"\d{1,2}", doc[i + 2].text)):
        return True  # 6'2": a height that describes a person, like an age
    if _ORDINAL.match(text):
        return True  # "first", "21st": a position, not an amount (rankings are found apart)
    if prev is not None and prev.text in ("’", "'", "‘") and len(text) == 2:
        return True  # the ’08 recession
    if prev is not None:
        if prev.lower_ in w.name_before or prev.lower_ in w.age_before:
            return True
        # (not a share after a name, the verb left out: "Stroud had 38 percent and Lindell 34 percent")
        share = (nxt is not None and (nxt.text == "%" or nxt.lower_ in ("percent", "per", "pct"))) or re.fullmatch(r"\d{1,3}(?:,\d{3})+", token.text) is not None
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.text not in _CURRENCY_SIGNS and prev.ent_type_ not in ("MONEY",) and not share:
            return True  # Apollo 11, Boeing 737
    if nxt is not None:
        # ("a 29-year-old": an age; but "a five-year contract", "a nine-year veteran" are lengths)
        after = "".join(t.lower_ for t in doc[i + 1 : i + 5])
        if nxt.lower_ in w.time_after or after.startswith(("-year-old", "year-old", "-years-old")):
            return True
        if token.text in w.service_numbers and nxt.lower_ in w.service_nouns:
            return True  # "the first 911 call": a phone line's number
    if prev is not None and prev.lower_ == "at" and re.fullmatch(r"\d{1,2}", text) and int(text) <= 12 and (nxt is None or nxt.is_punct) and any(t.lower_ in w.times_of_day for t in doc[max(sent_start, i - 4) : i]):
        return True  # "every night at 10": a clock time
    if prev is not None and prev.lower_ == "of" and i - 2 >= sent_start and doc[i - 2].lemma_.lower() in w.aged_nouns and (nxt is None or nxt.is_punct or nxt.lower_ in ("with", "who", "from")):
        return True  # "a man of 85 with a weak heart": an age
    if prev is not None and prev.lower_ == "the" and nxt is not None and nxt.tag_ == "NN" and token.head.i == nxt.i and nxt.dep_ != "compound" and re.fullmatch(r"\d{1,3}", text) and not _match_at(doc, i + 1, w.units, len(doc)) and nxt.lower_ not in w.multipliers:
        return True  # "I ride the 14 bus": a route's number, a name
    if prev is not None and prev.lower_ in ("previous", "past", "last", "next", "coming") and nxt is not None and nxt.lower_ in w.past_periods:
        return True  # "over the previous five summers": a period counted back from now
    # "Jane Doe, 52, said": an age between commas after a name
    if prev is not None and prev.text == "," and i - 2 >= sent_start and doc[i - 2].pos_ == "PROPN":
        if nxt is None or nxt.text in (",", ")") or (nxt.is_punct and nxt.text != "%"):
            return True
    total = i >= 3 and doc[i - 2].lower_ == "of" and _is_number(doc[i - 3])  # "one of the nine"
    hyphened = nxt is not None and nxt.text == "-"  # ("his three-party coalition": a compound, not a reference)
    period = nxt is not None and nxt.lower_ in _DURATION_UNITS and prev is not None and prev.lower_ == "the"  # "in the three months after the review": a span of time claimed
    if text in _SMALL_NUMBER_WORDS and prev is not None and prev.lower_ in ("the", "these", "those", "both", "its", "their", "his", "her") and not total and not hyphened and not period and not _picked_out(token):
        return True  # "the two men": a reference, not a count claimed
    one_of_n = nxt is not None and nxt.lower_ == "of" and i + 3 < len(doc) and doc[i + 2].lower_ == "the" and _is_number(doc[i + 3])
    # (but a length: "a one-hour debate", "from about one week to ten months")
    hyphened_unit = nxt is not None and nxt.text == "-" and i + 2 < len(doc) and _is_unit_word(doc[i + 2].lower_, w) and doc[i + 2].lower_ not in ("time", "party")  # ("a one-time rival", "one-party rule")
    bounded = prev is not None and prev.lower_ in _ONE_LENGTH_BEFORE and nxt is not None and nxt.lower_ in _ONE_LENGTH_UNITS
    length = hyphened_unit or bounded
    if text == "one" and not one_of_n and not length and not (nxt is not None and (nxt.lower_ in ("in", "out") or nxt.lower_ in w.multipliers or _match_at(doc, i + 1, w.units, len(doc)))):
        return True  # "one of the", "no one": a pronoun far more often than a count
    if text in ("one", "a", "single") and prev is not None and prev.lower_ == "not":
        return True  # "Not one dollar moves": an idiom of none, not a count
    return False


_TOTALS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "hundred": 100, "thousand": 1000}


def _out_of(total: "Token") -> bool:
    """A total a share is given "in" ("one in five", "four in 10", "one in 100"), not a window a
    count was made in ("58 in 121 appearances": two figures)."""
    value = _TOTALS.get(total.lower_) or (int(total.text.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})*", total.text) else None)
    return value is not None and (value <= 10 or value in (100, 1000, 10000))


def _extend_right(doc: "Doc", j: int, end: int, w: Words) -> int:
    """Past multipliers, percent signs and units: the token index after the figure."""
    while j < end and (doc[j].lower_ in w.multipliers or doc[j].text == "%" or (doc[j].like_num and doc[j].lower_ not in ("one",))):
        j += 1
    if j + 1 < end and doc[j].lower_ in _IN_A_ROW and doc[j + 1].lower_ in _DURATION_UNITS:
        return j + 2
    if _SMALL_COUNT.match(doc[j - 1].text) and j + 1 < end:
        # one in five, nine out of 10
        if doc[j].lower_ == "in" and _is_number(doc[j + 1]) and not re.fullmatch(r"\d{4}", doc[j + 1].text) and _out_of(doc[j + 1]):
            return j + 2
        if doc[j].lower_ == "out" and j + 2 < end and doc[j + 1].lower_ == "of" and _is_number(doc[j + 2]):
            return j + 3
    if j + 1 < end and doc[j].text == "-" and (_is_unit_word(doc[j + 1].lower_, w) or doc[j + 1].lower_ == "word"):
        return j + 2  # a 2,800-metre runway, a five-hour meeting, a 200-word summary
    if j + 3 < end and doc[j].text == "-" and doc[j + 1].lower_ in ("square", "cubic") and doc[j + 2].text == "-" and _is_unit_word(doc[j + 3].lower_, w):
        return j + 4  # a 120,000-square-foot warehouse
    j += _match_at(doc, j, w.units, end)
    if j < end and doc[j - 1].lower_ in ("one", "1") and doc[j].lower_ in _ONE_LENGTH_UNITS:
        j += 1  # "about one week": a length in the singular
    if j + 1 < end and doc[j - 1].lower_ in _CLOCK_PARTS and _is_number(doc[j]) and doc[j + 1].lower_ in _CLOCK_PARTS.get(doc[j - 1].lower_, ()):
        j += 2  # "2 hours 41 minutes", "1 hour 52 minutes": one length of time
    if j + 1 < end and doc[j].lower_ == "or" and doc[j + 1].lower_ in ("more", "fewer", "less", "so"):
        j += 2  # four or fewer
    return j


# a unit of time, and the smaller ones that may follow it in one length ("2 hours 41 minutes")
_CLOCK_PARTS = {"hours": ("minutes", "minute"), "hour": ("minutes", "minute"), "minutes": ("seconds", "second"), "minute": ("seconds", "second")}


def _is_unit_word(word: str, w: Words) -> bool:
    """A unit in the singular as hyphenated adjectives use it ("-metre", "-hour")."""
    return (word,) in w.units or (word + "s",) in w.units or word in ("storey", "story", "point", "seat", "mph", "mile", "party", "member", "page")


def _core_end(doc: "Doc", i: int, end: int, w: Words) -> int:
    """If a figure's core starts at token i, the index after it; else i."""
    token = doc[i]
    if token.lower_ in ("a", "an") and i + 1 < end and (_match_before(doc, i, w.bounds, 0) or (i > 0 and doc[i - 1].lower_ == "half")):
        m = _match_at(doc, i + 1, w.units, end) or (1 if _is_unit_word(doc[i + 1].lower_, w) or doc[i + 1].lower_ in ("decade", "century") else 0)
        if m:
            return i + 1 + m  # more than a metre, less than an inch, half a percentage point
    n = _match_at(doc, i, w.vague, end)
    if n and token.pos_ != "VERB":
        j = i + n
        # hundreds of thousands
        if j + 1 < end and doc[j].lower_ == "of" and _match_at(doc, j + 1, w.vague, end):
            j += 1 + _match_at(doc, j + 1, w.vague, end)
        if j + 1 < end and doc[j].lower_ == "of" and (m := _match_at(doc, j + 1, w.units, end)):
            j += 1 + m  # "billions of dollars": the unit is the figure's
        return j
    if token.lower_ in w.multiples and i + 1 < end and (doc[i + 1].pos_ in ("DET", "PRON") or doc[i + 1].lower_ in ("what", "that")) and doc[i + 1].text != "-":
        return i + 1  # "almost double the original estimate"
    if token.pos_ == "VERB" and token.tag_ in ("VBD", "VBN", "VBZ", "VBP") and (token.lemma_.lower() in w.multiples or token.lemma_.lower() == "halve"):
        return i + 1  # "violent crime had doubled", "the fleet has halved": a multiple claimed
    n = _match_at(doc, i, w.rankings, end)
    if n > 1:
        return i + n  # "most populous", "best-selling": a ranking on its own
    if n == 1 and _ranks_one(token):
        return i + 1  # "the county's largest hospital", "the country's busiest"
    if token.lower_ in w.ordinals:
        j = i + 1
        if j < end and doc[j].text == "-":
            j += 1
        m = _match_at(doc, j, w.rankings, end)
        if not m and j < end and doc[j].lower_ in ("most", "least"):
            m = 2 if j + 1 < end and doc[j + 1].pos_ == "ADJ" else 0
        if not m and j < end and doc[j].tag_ == "JJS":
            m = 1
        if m:
            return j + m
        if _placed(token):
            return i + 1  # "climb to sixth in the Premier Division", "finished seventh"
        if j + 2 < end and (doc[j].lower_ == "such" or (doc[j].lower_ == "round" and doc[j + 1].lower_ == "of" and doc[j + 2].tag_ == "NNS")):
            return i + 1  # "the third such delay", "its third round of layoffs": how many there have been
    if token.lower_ in w.fractions and i > 0 and (_ORDINAL.match(doc[i - 1].lower_) or doc[i - 1].lower_ in ("first", "last", "final", "opening")):
        return i  # "the second half", "third quarter": a period, not a share
    if token.lower_ in w.fractions and i + 2 < end and doc[i + 1].text == "-" and (doc[i + 2].lower_ == "time" or not _is_unit_word(doc[i + 2].lower_, w)):
        return i  # "by half-time", "her half-brother": a word, not a share (but "a half-hour"; "times" is a unit only after a number)
    if token.lower_ in w.fractions and token.lower_ not in ("majority", "minority", "half") and i + 1 < end and doc[i + 1].tag_ in ("NN", "NNS") and token.dep_ == "amod":
        return i  # "seeking a third term": an ordinal before its noun, not a share
    if token.lower_ in w.fractions and token.lower_ not in ("majority", "minority"):
        if token.lower_ == "half" or (i > 0 and doc[i - 1].lower_ in ("a", "one", "two", "three", "four", "-")):
            if i + 3 < end and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("a", "an") and (m := _match_at(doc, i + 3, w.units, end)):
                return i + 3 + m  # "a quarter of a percentage point": the unit is the figure's
            return i + 1
        return i
    return i


def _ranks_one(superlative: "Token") -> bool:
    """A superlative that places one thing ("its biggest daily gain", "the largest of the
    season"), not one that picks out a group ("its biggest customers": ANNOTATING.md)."""
    following = superlative.nbor(1) if superlative.i + 1 < len(superlative.doc) else None
    plural = (superlative.dep_ == "amod" and superlative.head.tag_ in ("NNS", "NNPS")) or (following is not None and following.tag_ in ("NNS", "NNPS"))
    # ("the highest level", "to the highest bidder": a judgement or an idiom, not a place)
    return not plural and not (following is not None and following.lemma_.lower() in words().not_ranked)


def _placed(ordinal: "Token") -> bool:
    """An ordinal that is a position on its own ("climbed to sixth", "finished seventh",
    "ranks her fifth", "the third for the rocket"), not one before a noun ("the second
    half") nor a list's "Second, …"."""
    if ordinal.is_sent_start or ordinal.dep_ in ("amod", "compound", "nummod"):
        return False
    doc = ordinal.doc
    following = doc[ordinal.i + 1] if ordinal.i + 1 < len(doc) else None
    if following is not None and (following.pos_ in ("NOUN", "PROPN", "NUM") or following.text in ("-", ",")):
        return False
    before = doc[ordinal.i - 1]
    if before.pos_ == "DET" and ordinal.i >= 2 and doc[ordinal.i - 2].pos_ == "ADP":
        return False  # "goes down after the fourth": a place in a sequence, not a ranking
    return before.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "PART") or before.tag_ == "POS"


def _figure_at(doc: "Doc", i: int, sent: "SpacySpan", w: Words) -> tuple[int, int] | None:
    """The token extent [start, end) of a figure whose core starts at token i, or None."""
    end = sent.end
    token = doc[i]
    if _ORDINAL.match(token.lower_) and token.lower_ not in w.ordinals and token.text[:1].isdigit() and _placed(token):
        return i, i + 1  # "will slip to 11th"
    if _is_number(token) and token.lower_ not in w.ordinals:
        if _not_a_figure(doc, i, sent.start, w):
            return None
        j = _extend_right(doc, i + 1, end, w)
    else:
        j = _core_end(doc, i, end, w)
        if j == i:
            return None
        j = _extend_right(doc, j, end, w) if doc[j - 1].lower_ not in w.rankings else j
    start = i
    # two-thirds, a third, a dozen
    if start > sent.start and doc[start].lower_ in w.fractions | {"thirds", "dozen"}:
        if doc[start - 1].text == "-" and start - 2 >= sent.start and _is_number(doc[start - 2]) and not _ORDINAL.match(doc[start - 2].lower_):
            start -= 2
        elif doc[start - 1].lower_ in ("a", "one", "an"):
            start -= 1
        elif doc[start].lower_.endswith("s") and _is_number(doc[start - 1]) and not _ORDINAL.match(doc[start - 1].lower_):
            start -= 1  # three quarters, two fifths
    if start > sent.start and doc[start].lower_ in w.multipliers and doc[start - 1].lower_ in ("a", "an"):
        start -= 1  # a million
    if start > sent.start and doc[start].lower_ in ("a", "an") and doc[start - 1].lower_ == "half":
        start -= 1  # half a percentage point
    # a range or a tally: "$48 million to $55 million", "52 to 47", "7-2" (not "fell 9% to $2.6",
    # nor "fell from 64 minutes to 29 minutes": a before and an after)
    range_words = _RANGE_WORDS | ({"and"} if _starts_with_between(doc, start, sent.start) else set())
    # ("by 5 to 10 percent" is one range: the step is split off only when it has its own unit)
    if j + 1 < end and doc[j].lower_ in range_words and not (doc[j].lower_ == "to" and _changes_from(doc, start, sent.start, w, bare=_is_number(doc[j - 1]))):
        k = j + 1
        sign = k < end and doc[k].text.lower() in _CURRENCY_SIGNS
        k += sign
        first_unit = doc[j - 1].lower_ if doc[j - 1].lower_ in ("%", "percent", "cent") else None
        # (not two kinds of quantity: "gained 3.1% to 238 euros", "rose 34% to 52,400", "fell
        # 11 basis points to 3.74 percent" are a change and a level)
        second = _extend_right(doc, k + 1, end, w) if k < end and _is_number(doc[k]) else k
        first_words = " ".join(t.lower_ for t in doc[i + 1 : j] if not t.like_num)
        second_words = " ".join(t.lower_ for t in doc[k + 1 : second] if not t.like_num)
        unlike = bool(first_words) and first_words != second_words and not (first_words in ("%", "percent") and second_words in ("%", "percent"))
        if k < end and _is_number(doc[k]) and not _not_a_figure(doc, k, sent.start, w, ner=False) and not (first_unit and sign) and not unlike:
            j = second
    # currency sign, then a bound, before the core
    if start > sent.start and doc[start - 1].text.lower() in _CURRENCY_SIGNS:
        start -= 1
    n = _match_before(doc, start, w.bounds, sent.start)
    if n:
        start -= n
    return start, j


def _changes_from(doc: "Doc", start: int, sent_start: int, w: Words, bare: bool = False) -> bool:
    """Whether the figure at `start` is the "from" of a verb of change ("fell from 64 minutes")
    or its "by" ("raised its rate by half a percentage point to 9.5 percent": the step and
    the level reached are two figures)."""
    if start > sent_start and doc[start - 1].text.lower() in _CURRENCY_SIGNS:
        start -= 1
    before = start - _match_before(doc, start, w.bounds, sent_start) - 1
    if before < sent_start or doc[before].lower_ not in (("from",) if bare else ("from", "by")):
        return False
    return doc[before].head.lemma_.lower() in w.change_verbs


def _counts_a_noun_after(ent: "SpacySpan") -> bool:
    """"at least 40 night shifts": NER took "40 night" for a time, but "night" only says which
    shifts are counted."""
    last = ent[-1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= ent.end and last.head.pos_ == "NOUN"


def _starts_with_between(doc: "Doc", start: int, sent_start: int) -> bool:
    return start > sent_start and doc[start - 1].lower_ == "between" or (start - 1 > sent_start and doc[start - 1].text in _CURRENCY_SIGNS and doc[start - 2].lower_ == "between")


def find(doc: "Doc", excluded: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Character extents of every figure in `doc`, in order, outside excluded regions."""
    w = words()
    text = doc.text  # built on each access: once here
    skip = sorted(excluded)
    skip_starts = [s for s, _ in skip]

    def excluded_at(offset: int) -> bool:
        k = bisect.bisect_right(skip_starts, offset) - 1
        return k >= 0 and offset < skip[k][1]

    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            token = doc[i]
            if token.is_space or excluded_at(token.idx):
                i += 1
                continue
            extent = _figure_at(doc, i, sent, w)
            if extent is None:
                i += 1
                continue
            start, end = extent
            span = doc[start:end]
            a, b = span.start_char, span.end_char
            while b > a and text[b - 1] in ")],;:":
                b -= 1  # "(24-8)": the token kept its bracket
            if (glued := re.search(r"\.[A-Z][a-z]+$", text[a:b])) is not None:
                b = a + glued.start()  # "rose 5%.The": the next sentence's first word, no space between
            if out and out[-1][1] > a:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
            i = max(end, i + 1)
    return out


# ---------------------------------------------------------------- sourcing


def _inside(a: Attribution, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in a.spans)


def _norm(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.casefold().replace("’s", "").replace("'s", "")))


def _entity_named(entities: list[Entity], name: str) -> Entity | None:
    wanted = _norm(name)
    for entity in entities:
        for known in [entity.name, *entity.aliases]:
            k = _norm(known)
            if k and (k == wanted or (len(k) > 3 and (wanted.endswith(" " + k) or k.endswith(" " + wanted)))):
                return entity
    return None


def _owner_entity(name: str, entities: list[Entity]) -> Entity:
    """The entity a data owner names, added as an organisation when nobody introduced it."""
    entity = _entity_named(entities, name)
    if entity is None:
        clean = re.sub(r"^(the|The)\s+", "", name)
        entity = Entity(id=f"e{len(entities) + 1}", name=clean, type="organization")
        entities.append(entity)
    return entity


def _a_party_noun(token: "Token", lex: "Lexicon") -> bool:
    """"the ministry's figures", "the county's data", "the coroner's report": a body or a post
    owns data; "the trial's report" or "the study's data" name no party."""
    lemma = token.lemma_.lower()
    return lemma in lex.org_nouns or lemma in lex.generic_org_nouns or lemma in lex.titles or lemma in lex.place_bodies


def _data_owner(doc: "Doc", sent: "SpacySpan") -> "SpacySpan | None":
    """"the ministry's figures", "Health Ministry data", "figures from the ministry": the owner."""
    lex = lexicon()
    for token in sent:
        if token.lemma_.lower() not in lex.data_nouns and token.lower_ not in lex.data_nouns:
            continue
        for child in token.children:
            if child.dep_ == "poss" and (child.pos_ == "PROPN" or (child.pos_ == "NOUN" and _a_party_noun(child, lex))):
                return doc[child.left_edge.i : child.i + 1]
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                pobj = next((g for g in child.children if g.dep_ == "pobj" and (g.ent_type_ in ("ORG", "GPE", "NORP") or g.pos_ == "PROPN")), None)
                if pobj is not None:
                    return doc[pobj.left_edge.i : pobj.i + 1]
        compounds = [c for c in token.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP")]
        if compounds:
            return doc[compounds[0].left_edge.i : compounds[-1].i + 1]
    return None


# a relative clause set off inside a speaker's mention: ", which represents", ", who has worked"
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose)\b")


def source(
    doc: "Doc",
    extents: Sequence[tuple[int, int]],
    attributions: list[Attribution],
    entities: list[Entity],
) -> list[Figure]:
    """Figures with their source entity; attributions get the ids of the figures they carry.

    New organisation entities are appended to `entities` when a data owner ("Census Bureau
    figures") names a party no attribution has introduced.
    """
    text = doc.text
    figures: list[Figure] = []
    cue_sentences: dict[int, list[Attribution]] = {}
    for a in attributions:
        anchor = a.cue.start if a.cue else a.start
        span = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
        if span is not None and len(span):
            cue_sentences.setdefault(span[0].sent.start, []).append(a)
    # (not a document's: "a poll of 24 economists" counts the poll's sample, not the paper's sources)
    mentions = [(m.start, m.end) for a in attributions if a.speaker and a.speaker.form != "document" and (m := a.speaker.mention)]

    def counts_sources(x: tuple[int, int]) -> bool:
        # "two officials said", "one of the three engineers": how many sources, not a claim
        # (a short mention, or the first words of a long one: "Two doctors … who asked …")
        return bool(_SOURCE_COUNT.fullmatch(text[x[0] : x[1]])) and any(
            s <= x[0] and x[1] <= e and (len(text[s:e].split()) <= 12 or len(text[s : x[0]].split()) <= 2) for s, e in mentions
        )

    extents = [x for x in extents if not counts_sources(x)]
    # "A survey of 600 households … found": a document's own description, its author's figure
    documents = [(m.start, m.end, a.speaker.entity) for a in attributions if a.speaker and a.speaker.form == "document" and a.speaker.entity and (m := a.speaker.mention)]
    # (a body's, not a person's: "Lena Brooks, who has run the bakery for 20 years" is the
    # paper describing her)
    bodies = {e.id for e in entities if e.type == "organization"}
    described_speakers = [(m.start, m.end, a.speaker.entity) for a in attributions if a.speaker and a.speaker.form != "document" and a.speaker.entity in bodies and (m := a.speaker.mention)]
    for n, (start, end) in enumerate(extents, 1):
        fid = f"f{n}"
        figure = Figure(fid, start, end, text[start:end])
        holders = [a for a in attributions if _inside(a, start, end)]
        span = doc.char_span(start, end, alignment_mode="expand")
        sent = span[0].sent if span is not None and len(span) else None
        if holders:
            # the innermost content wins: "X said that Y estimated 40" → Y
            holder = min(holders, key=lambda a: a.end - a.start)
            holder.figures.append(fid)
            figure.attribution = holder.id
            figure.source = holder.speaker.entity if holder.speaker else None
            figure.via = "content" if holder.speaker else "unattributed-quote"
            mention = holder.speaker.mention if holder.speaker else None
            if figure.source is None and mention is not None:
                # "…, the Statistics Office's figures show": the owner of the data speaks
                owned = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                owner = _data_owner(doc, owned) if owned is not None else None
                if owner is not None:
                    figure.source = _owner_entity(owner.text, entities).id
        elif (author := next((who for lo, hi, who in documents if lo <= start and end <= hi), None)) is not None:
            figure.source, figure.via = author, "document"
        elif (described := next((who for lo, hi, who in described_speakers if lo <= start and end <= hi and _RELATIVE_OPENING.search(text, lo, start)), None)) is not None:
            # "The Allied Autoworkers of America, which represents about 27,000 workers, said":
            # what a speaking body's own relative clause counts, the sentence sources to it
            figure.source, figure.via = described, "speaker"
        elif sent is not None:
            _source_outside(doc, figure, sent, cue_sentences, entities, attributions)
        if sent is not None:
            figure.sentence = (sent.start_char, sent.end_char)
        figures.append(figure)
    return figures


def _source_outside(doc: "Doc", figure: Figure, sent: "SpacySpan", cue_sentences: dict[int, list[Attribution]], entities: list[Entity], attributions: list[Attribution]) -> None:
    """A figure outside every content: sourced to a data owner, an account the sentence
    before gave, or the poll reported last; else unsourced with a hint."""
    owner = _data_owner(doc, sent)
    if owner is not None:
        figure.source, figure.via = _owner_entity(owner.text, entities).id, "data-owner"
        return
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    if previous is not None and (account := _account_continued(doc, sent, previous, cue_sentences, entities)) is not None:
        figure.source, figure.via = account, "previous-sentence"
        return
    if (poll := _poll_asked(doc, figure, sent, attributions)) is not None:
        figure.source, figure.via = poll, "poll"
        return
    for s in (sent, previous):
        if s is None:
            continue
        speakers = [a for a in cue_sentences.get(s.start, []) if a.speaker and a.speaker.entity]
        if speakers:
            # a hint, not a source: measured on the corpus, a figure beside an attribution
            # but outside its content is the paper's own far more often than the speaker's
            figure.near = speakers[-1].speaker.entity
            return


# "Nearly two-thirds of respondents", "six in ten voters", "52 percent": a share of the people
# a poll asked, as the speaker (what follows the figure in the mention)
_SHARE_OF_ASKED = re.compile(r"(?:\s+of)?(?:\s+(?:the|those|all))?(?:\s+[\w-]+){0,3}?(?:\s+[a-z]+s)?\s*")


def _poll_asked(doc: "Doc", figure: Figure, sent: "SpacySpan", attributions: list[Attribution]) -> str | None:
    """The author of the poll reported last, for a share of its respondents that speaks
    ("Nearly two-thirds of respondents said …") and for a sentence that describes the poll
    ("The survey of 512 voters has a margin of error of …"), both after the poll is named."""
    lex = lexicon()
    text = doc.text
    polls = [
        a
        for a in attributions
        if a.speaker is not None and a.speaker.form == "document" and a.speaker.entity and a.speaker.mention is not None
        and a.speaker.mention.end <= figure.start and figure.start - a.speaker.mention.end < 1500
        and any(w.strip(".,;:").lower() in lex.surveys for w in a.speaker.mention.text.split())
    ]
    if not polls:
        return None
    share = any(
        a.speaker is not None and a.speaker.mention is not None and a.speaker.mention.start == figure.start and _SHARE_OF_ASKED.fullmatch(text[figure.end : a.speaker.mention.end])
        for a in attributions
    )
    root = sent.root
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == root.i), None)
    described = subject is not None and subject.lemma_.lower() in lex.surveys and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)
    if not share and not (described and not any(a.cue is not None and sent.start_char <= a.cue.start < sent.end_char for a in attributions)):
        return None
    return polls[-1].speaker.entity


def _account_continued(doc: "Doc", sent: "SpacySpan", previous: "SpacySpan", cue_sentences: dict[int, list[Attribution]], entities: list[Entity]) -> str | None:
    """"Net income fell to $84 million, the company said. Revenue dropped 9%.": a sentence with
    no source of its own, in the same paragraph right after one a body's or a document's cue
    closes, goes on with that account. Only a closing cue ("…, according to the commission."),
    whose sentence is all report, and only a body or a document: a person's account is not
    carried on, since a figure beside a speaker but outside the content is more often the
    paper's own (see the hint below)."""
    if cue_sentences.get(sent.start) or "\n" in doc.text[previous.end_char - 1 : sent.start_char]:
        return None
    # (the cue ends the sentence, bar a short "to the committee" or "on Monday")
    closing = [a for a in cue_sentences.get(previous.start, []) if a.cue is not None and a.end <= a.cue.start and doc.text[a.cue.end : previous.end_char].strip(" ,.;:\n").count(" ") <= 8]
    # (or, for data rather than a statement, a cue that opens it, its content running to the
    # end: "According to the budget office, a shutdown would cost $9 billion.", "A poll by
    # Brandvik Data had forecast …"; after "The company said …" the paper goes on in its own voice)
    opening = [
        a
        for a in cue_sentences.get(previous.start, [])
        if a.cue is not None and a.cue.end <= a.start and _opens(doc, previous, a) and ((a.speaker is not None and a.speaker.form == "document") or a.cue.text.lower() == "according to")
    ]
    if not closing and not opening:
        return None
    a = closing[-1] if closing else max(opening, key=lambda a: a.end - a.start)
    if a.speaker is None or a.speaker.entity is None:
        return None
    entity = next((e for e in entities if e.id == a.speaker.entity), None)
    if entity is None or (entity.type != "organization" and a.speaker.form != "document"):
        return None
    return entity.id


def _opens(doc: "Doc", sent: "SpacySpan", a: Attribution) -> bool:
    """Whether a report fills `sent`: its speaker or cue within its first few words and its
    content running to the sentence's end."""
    lead = min([a.cue.start] + ([a.speaker.mention.start] if a.speaker and a.speaker.mention else []))
    return len(doc.text[sent.start_char : lead].split()) <= 3 and not doc.text[a.end : sent.end_char].strip(" ,.;:”’\"'\n")
