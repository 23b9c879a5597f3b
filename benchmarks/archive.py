"""Index time, database size and `who` latency on a synthetic archive (not run in CI).

Usage: python benchmarks/archive.py [N]   (default 10000). Builds N article-sized texts by
shuffling the paragraphs of the corpus articles (seeded, so reruns build the same archive),
indexes them with `quotecheck index` in a child process (its wall time and peak memory), then
times `who` queries on the archive. Prints per-1,000-article figures.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic(n: int, folder: Path) -> None:
    rng = random.Random(2026)
    articles = [p.read_text(encoding="utf-8").split("\n\n") for p in sorted((ROOT / "corpus" / "texts").glob("*.txt"))]
    paragraphs = [p for a in articles for p in a[1:] if len(p.split()) > 8]
    for i in range(n):
        head = rng.choice(articles)[0]
        body = rng.sample(paragraphs, 12)
        (folder / f"a{i:05d}.txt").write_text(head + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    from quotecheck.archive import Archive

    n = int(argv[0]) if argv else 10_000
    exe = str(Path(sys.executable).with_name("quotecheck"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        folder.mkdir()
        synthetic(n, folder)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.iterdir())
        db = Path(tmp) / "archive.db"
        t0 = time.perf_counter()
        subprocess.run([exe, "index", str(folder), "--db", str(db), "--batch-size", "64"], check=True, capture_output=True)
        wall = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = db.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("archive.db-*"))
        archive = Archive(str(db))
        latencies = {}
        for name in ("Ruiz", "Health Ministry", "officials", "Whitfield"):
            t1 = time.perf_counter()
            rows = archive.who(name)
            latencies[name] = (round((time.perf_counter() - t1) * 1000, 1), len(rows))
        counts = archive.counts()
        archive.close()
    per_k = 1000 / n
    print(f"{n} articles, {words} words: index {wall:.0f} s ({wall * per_k:.0f} s per 1,000), peak memory {peak:.0f} MB")
    print(f"database {size / 1e6:.1f} MB ({size / 1e6 * per_k:.1f} MB per 1,000 articles); {counts}")
    for name, (ms, rows) in latencies.items():
        print(f"who {name!r}: {ms} ms, {rows} statements")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
