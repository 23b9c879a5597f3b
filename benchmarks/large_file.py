"""Time and peak memory of `quotecheck check` on one very large draft (not run in CI).

Usage: python benchmarks/large_file.py [MEGABYTES]   (default 20). Builds a draft of that
size from the corpus articles in a temporary folder, runs the installed `quotecheck check` on
it in a child process and prints the wall time, the child's peak resident memory and the
summary line. The article is parsed in pieces cut at paragraph breaks, so memory should not
grow with the file.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    megabytes = float(argv[0]) if argv else 20.0
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "texts").glob("*.txt"))]
    block = "\n\n".join(articles) + "\n\n"
    target = int(megabytes * 1_000_000)
    text = block * (target // len(block) + 1)
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "huge.txt"
        draft.write_text(text[:target], encoding="utf-8")
        exe = Path(sys.executable).with_name("quotecheck")
        t0 = time.perf_counter()
        done = subprocess.run([str(exe), "check", str(draft)], capture_output=True, text=True)
        wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()
    print(f"{megabytes:g} MB draft: {wall:.0f} s, peak memory {peak:.0f} MB, exit {done.returncode}")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
