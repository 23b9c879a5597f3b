"""Time of `verify` matching, beyond parsing: 40 quotes against a ~20,000-word transcript.

Usage: python benchmarks/verify_speed.py. The transcript is the fixture transcript of
tests/fixtures/verify repeated (labels and all) to about 20,000 words; the article is 40 quoted
passages taken from it, some of them altered. Prints the parse time and the matching time.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    import quotecheck
    from quotecheck import verify
    from quotecheck.sources import read_turns

    base = (ROOT / "tests" / "fixtures" / "verify" / "transcript.txt").read_text(encoding="utf-8")
    text = base
    while len(text.split()) < 20_000:
        text += "\n" + base
    source = read_turns(text)
    source.name = "transcript.txt"
    sentences = [s.strip() for s in source.text.replace("\n", " ").split(". ") if 8 <= len(s.split()) <= 30]
    rng = random.Random(7)
    quotes = []
    for n in range(40):
        words = rng.choice(sentences).split()
        if n % 4 == 3:
            words[len(words) // 2] = "certainly"  # an altered quote
        quotes.append(f"“{' '.join(words)},” Mayor Elena Ruiz said.")
    article = "Flood plan\n\n" + "\n\n".join(quotes) + "\n"
    t0 = time.perf_counter()
    report = quotecheck.analyze(article)
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    verdicts = verify.verify(report, [source])
    match = time.perf_counter() - t0
    classes = {k: sum(1 for v in verdicts if v.klass == k) for k in verify.CLASSES}
    print(f"transcript: {len(source.text.split())} words; article: {len(verdicts)} quotes")
    print(f"parse (with model load): {parse:.2f} s; matching beyond parsing: {match:.3f} s")
    print(", ".join(f"{n} {k}" for k, n in classes.items() if n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
