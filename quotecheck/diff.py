"""What changed in who says what between two drafts of a story.

Statements are paired across the drafts by what they say (rapidfuzz similarity of their
normalised words), never by position, so moving a paragraph is not a change. Then each pair
is compared: the quoted words, the speaker, the speaker's title and affiliation, the verb;
figures are paired by the sentence around them and compared by value and source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .lexicon import lexicon
from .types import Attribution, Figure, Report

KINDS = (
    "quote-added",
    "quote-removed",
    "quote-changed",
    "statement-added",
    "statement-removed",
    "statement-reworded",
    "speaker-changed",
    "title-changed",
    "affiliation-changed",
    "verb-loaded",
    "figure-changed",
    "figure-added",
    "figure-removed",
    "figure-lost-source",
    "figure-gained-source",
)
PAIR = 70.0  # similarity (0–100) at which two statements are the same statement, reworded or not


@dataclass
class Change:
    """One difference in attribution between the old and the new draft."""

    kind: str
    message: str
    old: tuple[int, int] | None = None  # extent in the old draft
    new: tuple[int, int] | None = None  # extent in the new draft
    diff: list[tuple[str, str, str]] = field(default_factory=list)  # (op, old words, new words)

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "message": self.message, "old": list(self.old) if self.old else None, "new": list(self.new) if self.new else None, "diff": [list(d) for d in self.diff]}


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’%$€£.-]+", text.lower().replace("’", "'"))


def _who(report: Report, a: Attribution) -> str:
    if a.speaker is None:
        return "nobody"
    entity = report.entity(a.speaker.entity)
    if entity is not None:
        return entity.name
    return a.speaker.mention.text if a.speaker.mention else "the previous speaker"


def _pair(old: list[Attribution], new: list[Attribution]) -> list[tuple[Attribution, Attribution, float]]:
    """Best pairs first, each statement used once."""
    scored = []
    for i, a in enumerate(old):
        wa = " ".join(_words(a.content_text))
        for j, b in enumerate(new):
            score = fuzz.ratio(wa, " ".join(_words(b.content_text)))
            if score >= PAIR:
                scored.append((score, i, j))
    scored.sort(reverse=True)
    used_old, used_new, pairs = set(), set(), []
    for score, i, j in scored:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((old[i], new[j], score))
    return pairs


def _word_diff(a: str, b: str) -> list[tuple[str, str, str]]:
    wa, wb = a.split(), b.split()
    out = []
    for op in Levenshtein.opcodes([w.lower().strip(",.;:“”\"'‘’") for w in wa], [w.lower().strip(",.;:“”\"'‘’") for w in wb]):
        out.append((op.tag, " ".join(wa[op.src_start : op.src_end]), " ".join(wb[op.dest_start : op.dest_end])))
    return out


def _summary(ops: list[tuple[str, str, str]]) -> str:
    parts = []
    for op, a, b in ops:
        if op == "replace":
            parts.append(f"“{a}” → “{b}”")
        elif op == "delete":
            parts.append(f"dropped “{a}”")
        elif op == "insert":
            parts.append(f"added “{b}”")
    return "; ".join(parts) or "punctuation only"


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _figure_context(report: Report, f: Figure) -> str:
    if f.sentence is None:
        return ""
    s, e = f.sentence
    return " ".join(_words(report.text[s : f.start] + " # " + report.text[f.end : e]))


def compare(old: Report, new: Report) -> list[Change]:
    """Every change in attribution from `old` to `new`, in the new draft's order."""
    changes: list[Change] = []
    pairs = _pair(old.attributions, new.attributions)
    paired_old = {id(a) for a, _, _ in pairs}
    paired_new = {id(b) for _, b, _ in pairs}
    loaded = lexicon().loaded_verbs
    for a, b, _ in pairs:
        if _words(a.content_text) != _words(b.content_text):
            quoted = a.kind != "indirect" or b.kind != "indirect"
            changes.append(
                Change(
                    "quote-changed" if quoted else "statement-reworded",
                    f"{'quote' if quoted else 'statement'} by {_who(new, b)} reworded: {_summary(_word_diff(a.content_text, b.content_text))}",
                    (a.start, a.end),
                    (b.start, b.end),
                    _word_diff(a.content_text, b.content_text),
                )
            )
        who_a, who_b = _who(old, a), _who(new, b)
        if who_a.casefold() != who_b.casefold():
            changes.append(Change("speaker-changed", f"“{_short(b.content_text, 50)}” was {who_a}'s, now {who_b}'s", (a.start, a.end), (b.start, b.end)))
        else:
            ea = old.entity(a.speaker.entity) if a.speaker else None
            eb = new.entity(b.speaker.entity) if b.speaker else None
            if ea is not None and eb is not None:
                if sorted(ea.titles) != sorted(eb.titles) and ea.titles and eb.titles:
                    changes.append(Change("title-changed", f"{eb.name}: title {', '.join(ea.titles)} → {', '.join(eb.titles)}", (a.start, a.end), (b.start, b.end)))
                aff_a = old.entity(ea.affiliation).name if ea.affiliation and old.entity(ea.affiliation) else None
                aff_b = new.entity(eb.affiliation).name if eb.affiliation and new.entity(eb.affiliation) else None
                if aff_a != aff_b and (aff_a or aff_b):
                    changes.append(Change("affiliation-changed", f"{eb.name}: affiliation {aff_a or 'none'} → {aff_b or 'none'}", (a.start, a.end), (b.start, b.end)))
        va, vb = (a.verb or "").split(" ")[0], (b.verb or "").split(" ")[0]
        if vb in loaded and va not in loaded and va != vb:
            changes.append(Change("verb-loaded", f"{who_b}: “{a.cue.text if a.cue else va}” became “{b.cue.text if b.cue else vb}”, which passes a judgment", (a.start, a.end), (b.start, b.end)))
    for b in new.attributions:
        if id(b) not in paired_new:
            kind = "quote-added" if b.kind != "indirect" else "statement-added"
            changes.append(Change(kind, f"new {'quote' if b.kind != 'indirect' else 'statement'} by {_who(new, b)}: “{_short(b.content_text)}”", None, (b.start, b.end)))
    for a in old.attributions:
        if id(a) not in paired_old:
            kind = "quote-removed" if a.kind != "indirect" else "statement-removed"
            changes.append(Change(kind, f"{'quote' if a.kind != 'indirect' else 'statement'} by {_who(old, a)} removed: “{_short(a.content_text)}”", (a.start, a.end), None))
    changes.extend(_figure_changes(old, new))
    changes.sort(key=lambda c: (c.new[0] if c.new else (c.old[0] if c.old else 0), c.kind))
    return changes


def _figure_changes(old: Report, new: Report) -> list[Change]:
    out = []
    used: set[str] = set()
    for f in old.figures:
        ctx = _figure_context(old, f)
        best, best_score = None, 0.0
        for g in new.figures:
            if g.id in used:
                continue
            other = _figure_context(new, g)
            # a clause cut from the sentence ("…, Hale said") leaves the figure's own words
            score = max(fuzz.ratio(ctx, other), fuzz.partial_ratio(ctx, other) - 5) + (10 if g.text == f.text else 0)
            if score > best_score:
                best, best_score = g, score
        if best is None or best_score < 80:
            out.append(Change("figure-removed", f"figure “{f.text}” removed", (f.start, f.end), None))
            continue
        used.add(best.id)
        if best.text != f.text:
            out.append(Change("figure-changed", f"figure “{f.text}” → “{best.text}”", (f.start, f.end), (best.start, best.end)))
        if not f.unsourced and best.unsourced:
            was = old.entity(f.source)
            out.append(Change("figure-lost-source", f"figure “{best.text}” lost its source{f' ({was.name})' if was else ''}", (f.start, f.end), (best.start, best.end)))
        elif f.unsourced and not best.unsourced:
            now = new.entity(best.source)
            out.append(Change("figure-gained-source", f"figure “{best.text}” is now sourced{f' to {now.name}' if now else ''}", (f.start, f.end), (best.start, best.end)))
    for g in new.figures:
        if g.id not in used:
            out.append(Change("figure-added", f"new figure “{g.text}”{' (unsourced)' if g.unsourced else ''}", None, (g.start, g.end)))
    return out
