"""Quotes checked against their sources: verbatim, normalized, trimmed, altered, spliced,
speaker-mismatch or not-found.

Each quoted stretch of the article (a direct quote, or the quoted words of a mixed one) is
normalised to words (case, punctuation, quote style and spelled-out numbers do not count),
located in every source with rapidfuzz (`partial_ratio_alignment` finds the passage, word-level
`Levenshtein.opcodes` says how it differs), and classified. An ellipsis splits a quote into
parts that must appear in order; a bracketed insertion stands for a few source words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .ingest import LineIndex
from .marks import iter_top_level, quote_regions
from .sources import Source
from .types import Finding, Report, Rule

CLASSES = ("verbatim", "normalized", "trimmed", "altered", "spliced", "speaker-mismatch", "not-found")
FINDING_OF_CLASS = {"altered": "altered-quote", "spliced": "spliced-quote", "not-found": "quote-not-in-source", "speaker-mismatch": "speaker-mismatch"}
FOUND = 80.0  # partial_ratio (0–100) at or above which a passage counts as found
_SPLICE_GAP = 5  # words between two passages beyond which joining them is a splice, not an edit
_JOINERS = frozenset({"and", "but", "so", "or", "because", "then"})
_ELLIPSIS = re.compile(r"\s*(?:…|\.\s?\.\s?\.)\s*")
_BRACKET = re.compile(r"\[[^\]]{1,60}\]")
_WORD = re.compile(r"[\w’'%$€£-]+")
_NUMBERS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBERS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100", "percent": "%", "per": "per"})


@dataclass
class Words:
    """A text's words, normalised for matching, with where each came from."""

    words: list[str]
    spans: list[tuple[int, int]]
    joined: str
    starts: list[int]  # offset of each word in `joined`


def words_of(text: str, offset: int = 0) -> Words:
    """Lower-cased words with curly apostrophes straightened, number words as digits."""
    words, spans = [], []
    for m in _WORD.finditer(text):
        w = m.group(0).lower().replace("’", "'").strip("'-")
        if not w:
            continue
        w = _NUMBERS.get(w, w).replace(",", "")
        words.append(w)
        spans.append((offset + m.start(), offset + m.end()))
    joined, starts, pos = [], [], 0
    for w in words:
        starts.append(pos)
        joined.append(w)
        pos += len(w) + 1
    return Words(words, spans, " ".join(joined), starts)


@dataclass
class Match:
    """Where a piece of a quote sits in one source: word range, similarity and differences."""

    source: Source
    first: int  # first word index in the source's Words
    last: int  # one past the last
    score: float
    ops: list[tuple[str, int, int, int, int]]  # (equal|replace|insert|delete, quote word range, source word range)
    piece: "Words | None" = None

    @property
    def exact(self) -> bool:
        return all(op[0] == "equal" for op in self.ops)


@dataclass
class Verdict:
    """The classification of one quoted stretch of the article."""

    quote: str
    start: int  # offsets of the quoted words in the article
    end: int
    speaker: str | None
    attribution: str | None
    klass: str
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_text: str | None = None
    source_speaker: str | None = None
    timestamp: str | None = None
    score: float = 0.0
    diff: list[tuple[str, str, str]] = field(default_factory=list)  # (op, article words, source words)

    def to_dict(self) -> dict[str, object]:
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "attribution": self.attribution,
            "class": self.klass,
            "source": self.source,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "source_text": self.source_text,
            "source_speaker": self.source_speaker,
            "timestamp": self.timestamp,
            "score": round(self.score, 1),
            "diff": [list(d) for d in self.diff],
        }


class Index:
    """The sources, each turned to words once."""

    def __init__(self, sources: Sequence[Source]):
        self.sources = list(sources)
        self.words = [words_of(s.text) for s in self.sources]

    def locate(self, piece: Words, after: tuple[int, int] | None = None) -> Match | None:
        """The best passage for `piece` across the sources (or, with `after`, later in that source)."""
        best: Match | None = None
        for k, (source, sw) in enumerate(zip(self.sources, self.words)):
            if after is not None and k != after[0]:
                continue
            if not piece.words or not sw.words:
                continue
            haystack = sw.joined if after is None else sw.joined[sw.starts[after[1]] if after[1] < len(sw.starts) else len(sw.joined) :]
            base = 0 if after is None else (sw.starts[after[1]] if after[1] < len(sw.starts) else len(sw.joined))
            hit = fuzz.partial_ratio_alignment(piece.joined, haystack)
            if hit is None or hit.score < 50:
                continue
            first = _word_at(sw.starts, base + hit.dest_start)
            last = max(first + 1, _word_at(sw.starts, base + max(hit.dest_end - 1, hit.dest_start)) + 1)
            match = _refine(piece.words, sw, source, first, last)
            match.piece = piece
            if best is None or match.score > best.score:
                best = match
        return best


def _word_at(starts: list[int], offset: int) -> int:
    import bisect

    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _refine(quote: list[str], sw: Words, source: Source, first: int, last: int) -> Match:
    """Widen or narrow the passage by a few words for the best word-level similarity."""
    best = (-1.0, first, last)
    n = len(quote)
    for a in range(max(0, first - 3), first + 4):
        for b in range(max(a + 1, last - 3), min(len(sw.words), last + 4) + 1):
            if b - a > 2 * n + 6:
                continue
            score = Levenshtein.normalized_similarity(quote, sw.words[a:b]) * 100
            # on a tie, the passage as long as the quote ("by May" against "by June", not "by")
            if score > best[0] or (score == best[0] and abs((b - a) - n) < abs((best[2] - best[1]) - n)):
                best = (score, a, b)
    score, a, b = best
    ops = [(op.tag, op.src_start, op.src_end, a + op.dest_start, a + op.dest_end) for op in Levenshtein.opcodes(quote, sw.words[a:b])]
    return Match(source, a, b, score, ops)


def quoted_stretches(report: Report) -> list[tuple[int, int, str | None, str | None]]:
    """(start, end, speaker name, attribution id) of every quoted stretch inside a direct or
    mixed attribution: the words between the marks."""
    regions = [r for r in iter_top_level(quote_regions(report.text)) if r.inner_end > r.inner_start]
    out = []
    for a in report.attributions:
        if a.kind not in ("direct", "mixed"):
            continue
        entity = report.entity(a.speaker.entity) if a.speaker else None
        name = entity.name if entity else (a.speaker.mention.text if a.speaker and a.speaker.mention else None)
        for r in regions:
            if any(s <= r.inner_start and r.inner_end <= e + 1 for s, e in a.spans) and len(report.text[r.inner_start : r.inner_end].split()) >= 2:
                out.append((r.inner_start, r.inner_end, name, a.id))
    seen, unique = set(), []
    for item in sorted(out):
        if item[:2] not in seen:
            seen.add(item[:2])
            unique.append(item)
    return unique


def _same_person(article_speaker: str | None, label: str | None, aliases: Sequence[str] = ()) -> bool | None:
    """Whether a turn label names the article's speaker (None: the label cannot tell)."""
    if not label or label in ("Q", "A") or not article_speaker:
        return None
    label_words = {w for w in re.findall(r"\w+", label.lower()) if w not in ("mr", "mrs", "ms", "dr", "the", "mayor", "councillor", "councilor", "minister", "senator", "sen", "rep", "gov", "governor", "chief", "director", "president", "prof", "judge")}
    if not label_words:
        return None
    names = {w for n in (article_speaker, *aliases) for w in re.findall(r"\w+", n.lower())}
    return bool(label_words & names)


def classify(text: str, start: int, end: int, speaker: str | None, attribution: str | None, index: Index, aliases: Sequence[str] = ()) -> Verdict:
    """The Verdict for the quoted words text[start:end]."""
    quote = text[start:end]
    verdict = Verdict(quote, start, end, speaker, attribution, "not-found")
    # ellipses and bracketed insertions blanked out, the length kept so offsets stay the quote's
    marked = _BRACKET.sub(lambda m: "\0" * len(m.group()), _ELLIPSIS.sub(lambda m: "\0" * len(m.group()), quote))
    trimmed = "\0" in marked
    pieces = [w for w in (words_of(m.group(0), m.start()) for m in re.finditer(r"[^\0]+", marked)) if w.words]
    whole = words_of(marked.replace("\0", " "))
    if not whole.words:
        return verdict
    # the whole quote, or its parts in order
    matches: list[Match] = []
    if not trimmed:
        m = index.locate(whole)
        if m is not None:
            matches = [m]
    else:
        first = index.locate(pieces[0])
        if first is not None:
            matches = [first]
            k = index.sources.index(first.source)
            for piece in pieces[1:]:
                nxt = index.locate(piece, after=(k, matches[-1].last))
                if nxt is None:
                    break
                matches.append(nxt)
    if not matches or min(m.score for m in matches) < FOUND or len(matches) < (len(pieces) if trimmed else 1):
        spliced = _spliced(whole, index) if not trimmed else None
        if spliced is not None:
            return _fill(verdict, "spliced", spliced, index, speaker, aliases)
        if matches and matches[0].score >= 60:
            return _fill(verdict, "altered" if matches[0].score >= 60 else "not-found", matches, index, speaker, aliases)
        return verdict
    if all(m.exact for m in matches):
        if trimmed:
            klass = "trimmed"
        else:
            src = matches[0].source
            sw = index.words[index.sources.index(src)]
            raw = src.text[sw.spans[matches[0].first][0] : sw.spans[matches[0].last - 1][1]]
            klass = "verbatim" if _plain(raw) == _plain(quote) else "normalized"
    else:
        spliced = _spliced(whole, index) if not trimmed else None
        if spliced is not None:
            return _fill(verdict, "spliced", spliced, index, speaker, aliases)
        klass = "altered"
    return _fill(verdict, klass, matches, index, speaker, aliases)


def _plain(text: str) -> str:
    """Exact words, with only the quote's outer punctuation and quote-mark style set aside."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).strip(" ,.;:!?\"'")


def _spliced(whole: Words, index: Index) -> list[Match] | None:
    """Two exact passages, not adjacent in the source, that together make the quote."""
    n = len(whole.words)
    for cut in range(3, n - 2):
        left = Words(whole.words[:cut], whole.spans[:cut], " ".join(whole.words[:cut]), [])
        right = Words(whole.words[cut:], whole.spans[cut:], " ".join(whole.words[cut:]), [])
        a, b = index.locate(left), index.locate(right)
        if b is not None and not b.exact and right.words[0] in _JOINERS:
            # "… and the library will stay open": a joining word added at the seam
            b = index.locate(Words(right.words[1:], right.spans[1:], " ".join(right.words[1:]), []))
        if a is None or b is None or not (a.exact and b.exact) or a.source is not b.source:
            continue
        gap = b.first - a.last if b.first >= a.last else a.first - b.last
        if gap > _SPLICE_GAP or b.first < a.first:
            return [a, b]  # far apart, or in the wrong order: not a word or two left out
    return None


def _fill(verdict: Verdict, klass: str, matches: list[Match], index: Index, speaker: str | None, aliases: Sequence[str]) -> Verdict:
    src = matches[0].source
    sw = index.words[index.sources.index(src)]
    first = min(m.first for m in matches)
    last = max(m.last for m in matches)
    verdict.source = src.name
    verdict.source_start = sw.spans[first][0]
    verdict.source_end = sw.spans[last - 1][1]
    verdict.source_text = src.text[verdict.source_start : verdict.source_end]
    verdict.source_speaker = src.speaker_at(verdict.source_start)
    verdict.timestamp = src.timestamp_at(verdict.source_start)
    verdict.score = min(m.score for m in matches)
    verdict.diff = [_diff_text(verdict.quote, src, sw, m, op) for m in matches for op in m.ops]
    verdict.klass = klass
    if klass != "not-found" and _same_person(speaker, verdict.source_speaker, aliases) is False:
        verdict.klass = "speaker-mismatch"
    return verdict


def _diff_text(quote: str, src: Source, sw: Words, m: Match, op: tuple[str, int, int, int, int]) -> tuple[str, str, str]:
    """An opcode as the words as written: (op, the article's words, the source's words)."""
    tag, qa, qb, sa, sb = op
    spans = m.piece.spans if m.piece is not None else []
    q = quote[spans[qa][0] : spans[qb - 1][1]] if qb > qa and spans else ""
    s = src.text[sw.spans[sa][0] : sw.spans[sb - 1][1]] if sb > sa else ""
    return tag, q, s


def verify(report: Report, sources: Sequence[Source]) -> list[Verdict]:
    """A Verdict for every quoted stretch of the article's direct and mixed attributions."""
    index = Index(sources)
    verdicts = []
    for start, end, speaker, attribution in quoted_stretches(report):
        a = next((x for x in report.attributions if x.id == attribution), None)
        entity = report.entity(a.speaker.entity) if a is not None and a.speaker else None
        aliases = entity.aliases if entity is not None else []
        verdicts.append(classify(report.text, start, end, speaker, attribution, index, aliases))
    return verdicts


def findings(report: Report, verdicts: Sequence[Verdict], rules: Sequence[Rule], source_names: Sequence[str] = ()) -> list[Finding]:
    """The contract's findings for the verdicts that need an editor (altered, spliced, …)."""
    by_kind = {r.kind: r for r in rules}
    index = LineIndex.of(report.text)
    out = []
    for v in verdicts:
        rule = by_kind.get(FINDING_OF_CLASS.get(v.klass, ""))
        if rule is None:
            continue
        changed = "; ".join(f"“{q}” → “{s}”" if op == "replace" else (f"added “{q}”" if op == "delete" else f"left out “{s}”") for op, q, s in v.diff if op != "equal")
        values = {"quote": v.quote if len(v.quote) <= 60 else v.quote[:59] + "…", "source": v.source or "", "changes": changed, "speaker": v.speaker or "", "source_speaker": v.source_speaker or "", "sources": ", ".join(source_names)}
        line, column = index.position(v.start)
        end_line, end_column = index.position(v.end)
        message = rule.message
        for key, value in values.items():
            message = message.replace("{" + key + "}", value)
        out.append(Finding(rule.id, rule.severity, v.start, v.end, message, line, column, end_line, end_column))
    return out
