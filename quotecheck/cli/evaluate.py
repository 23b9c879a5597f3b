"""`quotecheck eval`: score the engine against gold JSONL (PolNeAR or corpus/)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Optional

import typer

from . import app


class Kind(str, Enum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


@app.command("eval")
def eval_command(
    gold: str = typer.Argument(..., help="Gold JSONL: one article a line with 'text' and 'quotes'."),
    kind: Optional[Kind] = typer.Option(None, "--kind", help="Score only this kind (both sides filtered)."),
    errors: int = typer.Option(0, "--errors", help="Show the N worst misses, false alarms and wrong speakers."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline to use."),
    json_out: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    limit: int = typer.Option(0, "--limit", help="Only the first N articles (0: all)."),
) -> int:
    """Score content (precision, recall, F1) and speaker accuracy, overall and by kind.

    Example: quotecheck eval ../shared/eval/polnear-dev.jsonl --errors 10
    """
    from .. import analyze_many
    from ..evaluate import iter_texts, read_gold, score, score_figures

    rows = read_gold(gold)
    if limit:
        rows = rows[:limit]
    reports = list(analyze_many(iter_texts(rows), model=model))
    kinds = (kind.value,) if kind else (None, "direct", "indirect", "mixed")
    tallies = score(rows, reports, kinds)
    figures = score_figures(rows, reports)
    if json_out:
        out = {str(k or "all"): t.as_dict() for k, t in tallies.items()}
        if figures is not None:
            out["figures"] = figures.as_dict()
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
    else:
        _print_table(gold, len(rows), tallies)
        if figures is not None:
            _print_figures(figures)
    if errors:
        _print_errors(tallies[kinds[0]], errors)
        if figures is not None:
            _print_figure_errors(figures, errors)
    return 0


def _print_figures(t) -> None:
    d = t.as_dict()
    print(f"\nfigures: gold {d['gold']}, predicted {d['predicted']}, matched {d['matched']}")
    print(f"  recall {d['recall']:.3f}  precision {d['precision']:.3f}  source accuracy {d['source_accuracy']:.3f}")
    print(f"  unsourced: precision {d['unsourced_precision']:.3f}  recall {d['unsourced_recall']:.3f}  (gold {t.gold_unsourced}, predicted {t.pred_unsourced})")


def _print_figure_errors(t, n: int) -> None:
    print(f"\nmissed figures ({len(t.misses)}), first {n}:")
    for article, g in t.misses[:n]:
        print(f"  {article}: {g['text']!r} source={g.get('source')!r}")
    print(f"\nfigures not in gold ({len(t.false_alarms)}), first {n}:")
    for article, f in t.false_alarms[:n]:
        print(f"  {article}: {f.text!r}")
    print(f"\nwrong sources ({len(t.wrong_sources)}), first {n}:")
    for article, g, f, ours in t.wrong_sources[:n]:
        print(f"  {article}: {g['text']!r} gold={g.get('source')!r} ours={ours!r} via={f.via}")


def _print_table(gold: str, n: int, tallies) -> None:
    print(f"{gold}: {n} articles")
    print(f"{'kind':<9}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}{'speaker':>9}{'resolved':>10}")
    for kind, t in tallies.items():
        res = f"{t.resolution_right / t.resolution_total:.3f}" if t.resolution_total else "-"
        print(f"{kind or 'all':<9}{t.gold:>6}{t.pred:>6}{t.matched:>7}{t.precision:>8.3f}{t.recall:>8.3f}{t.f1:>8.3f}{t.speaker_accuracy:>9.3f}{res:>10}")


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _print_errors(tally, n: int) -> None:
    print(f"\nmisses ({len(tally.misses)}), first {n}:")
    for p in tally.misses[:n]:
        g = p.gold
        print(f"  [{g['kind']}] {_clip(g['content_text'])}  | speaker={g.get('speaker_text')!r} cue={g.get('cue_text')!r}")
    print(f"\nfalse alarms ({len(tally.false_alarms)}), first {n}:")
    for p in tally.false_alarms[:n]:
        a = p.pred
        who = a.speaker.mention.text if a.speaker and a.speaker.mention else None
        print(f"  [{a.kind}] {_clip(a.content_text)}  | speaker={who!r} cue={a.cue.text if a.cue else None!r}")
    print(f"\nwrong speakers ({len(tally.wrong_speakers)}), first {n}:")
    for p in tally.wrong_speakers[:n]:
        a = p.pred
        who = a.speaker.mention.text if a.speaker and a.speaker.mention else None
        print(f"  {_clip(p.gold['content_text'], 80)} | gold={p.gold.get('speaker_text')!r} ours={who!r}")
