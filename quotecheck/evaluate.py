"""Score Reports against gold attributions in the JSONL shape of ../shared/eval/ and corpus/.

Matching (the rule external checks use): each gold attribution, in order, takes the unused
prediction whose content extent has the largest overlap/union with the gold content
extent, if that is at least 0.5. Speaker accuracy is counted over matched pairs whose gold
speaker is not null. With a kind filter both sides are filtered by kind.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .errors import GoldError
from .types import Attribution, Entity, Figure, Report

MATCH_THRESHOLD = 0.5
_SPEAKER_STOP = frozenset({"the", "a", "an", "of", "he", "she", "they", "it"})


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold articles from a JSONL file; a malformed line is a GoldError naming path:line."""
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise GoldError(f"{path}: cannot read ({err.strerror})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldError(f"{path}:{n}:{err.colno}: not JSON ({err.msg})") from None
        if not isinstance(row, dict) or "text" not in row or "quotes" not in row:
            raise GoldError(f"{path}:{n}: a gold line needs 'text' and 'quotes'")
        rows.append(row)
    return rows


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap over union of two extents."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def _words(text: str | None) -> set[str]:
    if not text:
        return set()
    return {w for w in re.findall(r"\w+", text.casefold()) if w not in _SPEAKER_STOP}


def speaker_right(gold: dict[str, Any], pred: Attribution, report: Report) -> bool:
    """Overlapping mention, or a shared word between gold speaker text and what we said."""
    if pred.speaker is None:
        return False
    mention = pred.speaker.mention
    g = gold.get("speaker")
    if mention is not None and g and mention.start < g[1] and g[0] < mention.end:
        return True
    ours = _words(mention.text if mention else None)
    entity = report.entity(pred.speaker.entity)
    if entity is not None:
        ours |= _words(entity.name)
        for alias in entity.aliases:
            ours |= _words(alias)
    return bool(ours & _words(gold.get("speaker_text")))


def _norm_name(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def reference_right(reference: str, pred: Attribution, report: Report) -> bool:
    """The predicted entity is the party the gold `reference` names."""
    if pred.speaker is None:
        return False
    return names_party(reference, report.entity(pred.speaker.entity))


def names_party(reference: str, entity: Entity | None) -> bool:
    """`entity` is the party the gold name `reference` stands for (name, alias, surname)."""
    if entity is None:
        return False
    ref = _norm_name(reference)
    names = [_norm_name(entity.name)] + [_norm_name(a) for a in entity.aliases]
    if ref in names:
        return True
    ref_words = ref.split()
    return any(n and (n.split()[-1:] == ref_words[-1:] and entity.type == "person") for n in names) or any(
        ref and (ref in n or n in ref) and len(n) > 3 for n in names
    )


@dataclass
class Pair:
    article: str
    gold: dict[str, Any] | None
    pred: Attribution | None
    report: Report
    overlap: float = 0.0


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    resolution_total: int = 0
    resolution_right: int = 0
    remention_total: int = 0
    remention_right: int = 0
    misses: list[Pair] = field(default_factory=list)
    false_alarms: list[Pair] = field(default_factory=list)
    wrong_speakers: list[Pair] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 0.0

    def as_dict(self) -> dict[str, Any]:
        out = {
            "gold": self.gold,
            "predicted": self.pred,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_pairs": self.speaker_total,
        }
        if self.resolution_total:
            out["resolution_accuracy"] = round(self.resolution_right / self.resolution_total, 4)
            out["resolution_pairs"] = self.resolution_total
        if self.remention_total:
            out["remention_resolution_accuracy"] = round(self.remention_right / self.remention_total, 4)
            out["remention_pairs"] = self.remention_total
        return out


def match(golds: list[dict[str, Any]], preds: list[Any], extent: Callable[[dict[str, Any]], tuple[int, int]] = lambda g: (g["content"][0], g["content"][1])) -> tuple[list[tuple[dict, Any, float]], list[dict], list[Any]]:
    """Greedy matching in gold order: (pairs, unmatched gold, unmatched predictions).

    `preds` have `start`/`end` (attributions, figures); `extent` reads a gold's extent
    (an attribution's content by default).
    """
    used: set[int] = set()
    pairs, misses = [], []
    for gold in golds:
        g = extent(gold)
        best, best_i = 0.0, -1
        for i, pred in enumerate(preds):
            if i in used:
                continue
            score = iou(g, (pred.start, pred.end))
            if score > best:
                best, best_i = score, i
        if best >= MATCH_THRESHOLD:
            used.add(best_i)
            pairs.append((gold, preds[best_i], best))
        else:
            misses.append(gold)
    return pairs, misses, [p for i, p in enumerate(preds) if i not in used]


def score(rows: list[dict[str, Any]], reports: Iterable[Report], kinds: Iterable[str | None] = (None, "direct", "indirect", "mixed")) -> dict[str | None, Tally]:
    """A Tally overall (key None) and per kind."""
    tallies = {k: Tally() for k in kinds}
    for row, report in zip(rows, reports):
        article = row.get("id", "?")
        for kind, tally in tallies.items():
            golds = [q for q in row["quotes"] if kind is None or q.get("kind") == kind]
            preds = [a for a in report.attributions if kind is None or a.kind == kind]
            pairs, misses, extra = match(golds, preds)
            tally.gold += len(golds)
            tally.pred += len(preds)
            tally.matched += len(pairs)
            tally.misses.extend(Pair(article, g, None, report) for g in misses)
            tally.false_alarms.extend(Pair(article, None, p, report) for p in extra)
            for gold, pred, overlap in pairs:
                if gold.get("speaker") is not None:
                    tally.speaker_total += 1
                    if speaker_right(gold, pred, report):
                        tally.speaker_right += 1
                    else:
                        tally.wrong_speakers.append(Pair(article, gold, pred, report, overlap))
                reference = gold.get("reference")
                if reference:
                    ok = reference_right(reference, pred, report)
                    tally.resolution_total += 1
                    tally.resolution_right += ok
                    if gold.get("speaker_text") and _norm_name(gold["speaker_text"]) != _norm_name(reference):
                        tally.remention_total += 1
                        tally.remention_right += ok
    return tallies


@dataclass
class FigureTally:
    """Figure recall and precision, source accuracy, and how well "unsourced" is found."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    source_right: int = 0
    gold_unsourced: int = 0
    pred_unsourced: int = 0
    unsourced_right: int = 0  # predicted unsourced, matched to a gold unsourced figure
    misses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    false_alarms: list[tuple[str, Figure]] = field(default_factory=list)
    wrong_sources: list[tuple[str, dict[str, Any], Figure, str]] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.pred,
            "matched": self.matched,
            "recall": round(self._ratio(self.matched, self.gold), 4),
            "precision": round(self._ratio(self.matched, self.pred), 4),
            "source_accuracy": round(self._ratio(self.source_right, self.matched), 4),
            "unsourced_precision": round(self._ratio(self.unsourced_right, self.pred_unsourced), 4),
            "unsourced_recall": round(self._ratio(self.unsourced_right, self.gold_unsourced), 4),
        }


def score_figures(rows: list[dict[str, Any]], reports: Iterable[Report]) -> FigureTally | None:
    """Figures against gold `figures` (corpus/ has them; PolNeAR does not: None)."""
    if not any("figures" in row for row in rows):
        return None
    tally = FigureTally()
    for row, report in zip(rows, reports):
        article = row.get("id", "?")
        golds = row.get("figures", [])
        preds = list(report.figures)
        tally.gold += len(golds)
        tally.pred += len(preds)
        tally.gold_unsourced += sum(1 for g in golds if g.get("source") is None)
        tally.pred_unsourced += sum(1 for f in preds if f.unsourced)
        pairs, misses, extra = match(golds, preds, extent=lambda g: (g["start"], g["end"]))
        tally.misses.extend((article, gold) for gold in misses)
        tally.false_alarms.extend((article, f) for f in extra)
        for gold, fig, _ in pairs:
            tally.matched += 1
            entity = report.entity(fig.source)
            if gold.get("source") is None:
                right = fig.unsourced
                tally.unsourced_right += right
            else:
                right = names_party(gold["source"], entity)
            tally.source_right += right
            if not right:
                ours = "UNSOURCED" if fig.unsourced else (entity.name if entity else "unresolved speaker")
                tally.wrong_sources.append((article, gold, fig, ours))
    return tally


def iter_texts(rows: list[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield row["text"]
