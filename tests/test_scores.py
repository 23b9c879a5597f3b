"""Accuracy guards: the corpus and PolNeAR dev may not drop more than 0.02 below the last
measured scores in tests/scores.json (update that file in the commit that earns a gain)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, need_eval_file

BASELINE = json.loads((Path(__file__).parent / "scores.json").read_text())
TOLERANCE = 0.02


def _scores(nlp, gold_path: Path) -> dict:
    import quotecheck
    from quotecheck.evaluate import read_gold, score

    rows = read_gold(gold_path)
    reports = list(quotecheck.analyze_many((r["text"] for r in rows), nlp=nlp))
    tallies = score(rows, reports)
    return {str(k or "all"): t.as_dict() for k, t in tallies.items()}


def _check(measured: dict, baseline: dict) -> list[str]:
    drops = []
    for kind, metrics in baseline.items():
        for metric, floor in metrics.items():
            got = measured[kind].get(metric, 0.0)
            if got < floor - TOLERANCE:
                drops.append(f"{kind}.{metric}: {got:.4f} < {floor:.4f} - {TOLERANCE}")
    return drops


def test_corpus_gold_is_built_from_the_markup():
    result = subprocess.run([sys.executable, str(ROOT / "corpus" / "build.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_corpus_scores_hold(nlp):
    measured = _scores(nlp, ROOT / "corpus" / "gold.jsonl")
    assert _check(measured, BASELINE["corpus"]) == []


@pytest.mark.slow
def test_corpus_figure_scores_hold(nlp):
    import quotecheck
    from quotecheck.evaluate import read_gold, score_figures

    rows = read_gold(ROOT / "corpus" / "gold.jsonl")
    tally = score_figures(rows, list(quotecheck.analyze_many((r["text"] for r in rows), nlp=nlp)))
    assert tally is not None
    assert _check({"figures": tally.as_dict()}, {"figures": BASELINE["corpus-figures"]}) == []


@pytest.mark.slow
@pytest.mark.polnear
def test_polnear_dev_scores_hold(nlp):
    measured = _scores(nlp, need_eval_file("polnear-dev.jsonl"))
    assert _check(measured, BASELINE["polnear-dev"]) == []
