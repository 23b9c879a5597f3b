"""Words per second of bare `nlp.pipe` and of `quotecheck.analyze_many` on the same texts.

Usage: python benchmarks/throughput.py [GOLD.jsonl ...]   (default: corpus/gold.jsonl and
../shared/eval/polnear-dev.jsonl when present). Prints a table and writes
benchmarks/throughput.json. Both runs use the same pipeline object with the same components,
so the ratio is the cost of quotecheck on top of the parse.
"""

from __future__ import annotations

import json
import platform
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts_of(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str]) -> int:
    import quotecheck
    from quotecheck.pipeline import load, model_label

    paths = [Path(p) for p in argv] or [p for p in (ROOT / "corpus" / "gold.jsonl", ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl") if p.exists()]
    nlp = load()
    bare = [name for name in nlp.pipe_names if not name.startswith("quotecheck")]
    results = []
    for path in paths:
        texts = texts_of(path)
        words = sum(len(t.split()) for t in texts)
        list(nlp.pipe(texts[:2]))  # warm up
        with nlp.select_pipes(enable=bare):
            t0 = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=16):
                pass
            parse = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in quotecheck.analyze_many(texts, nlp=nlp, batch_size=16):
            pass
        full = time.perf_counter() - t0
        results.append({"data": path.name, "articles": len(texts), "words": words, "bare_words_per_s": round(words / parse), "quotecheck_words_per_s": round(words / full), "ratio": round(full / parse, 3)})
    single = _single_draft()
    speedup = _two_processes(texts_of(paths[-1]))
    out = {"single_draft": single, "two_processes": speedup, "date": date.today().isoformat(), "machine": f"{platform.machine()} {platform.processor() or ''}".strip(), "python": platform.python_version(), "model": model_label(nlp), "results": results}
    (ROOT / "benchmarks" / "throughput.json").write_text(json.dumps(out, indent=2) + "\n")
    print(f"{'data':<22}{'articles':>9}{'words':>9}{'bare w/s':>10}{'qc w/s':>9}{'ratio':>7}")
    for r in results:
        print(f"{r['data']:<22}{r['articles']:>9}{r['words']:>9}{r['bare_words_per_s']:>10}{r['quotecheck_words_per_s']:>9}{r['ratio']:>7}")
    print(f"one draft end to end: {single['quotecheck_s']} s; import spacy + load: {single['import_load_s']} s; ratio {single['ratio']}")
    print(f"--jobs 2 against --jobs 1 on {speedup['data']}: {speedup['one_s']} s -> {speedup['two_s']} s, speed-up {speedup['speedup']}")
    return 0


def _best_of(cmd: list[str], runs: int = 3) -> float:
    import subprocess

    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return min(times)


def _single_draft() -> dict:
    """`quotecheck analyze` on one corpus draft as a whole process, against import spacy + load."""
    from quotecheck.pipeline import default_model

    model = default_model()
    exe = str(Path(sys.executable).with_name("quotecheck"))
    draft = str(ROOT / "corpus" / "texts" / "11-fraud-verdict.txt")
    qc = _best_of([exe, "analyze", draft, "--format", "json"])
    base = _best_of([sys.executable, "-c", f"import spacy; spacy.load({model!r})"])
    return {"draft": "corpus/texts/11-fraud-verdict.txt", "quotecheck_s": round(qc, 2), "import_load_s": round(base, 2), "ratio": round(qc / base, 2)}


def _two_processes(texts: list[str]) -> dict:
    """analyze_many with one process and with two (spaCy's n_process) on the same texts."""
    import quotecheck

    timings = []
    for n in (1, 2):
        t0 = time.perf_counter()
        for _ in quotecheck.analyze_many(texts, batch_size=8, n_process=n):
            pass
        timings.append(time.perf_counter() - t0)
    return {"data": f"{len(texts)} articles", "one_s": round(timings[0], 1), "two_s": round(timings[1], 1), "speedup": round(timings[0] / timings[1], 2)}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
