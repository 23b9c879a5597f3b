"""`quotecheck diff`: what changed in who says what between two drafts."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import app


class DiffFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


@app.command()
def diff(
    old: str = typer.Argument(..., help="The earlier draft."),
    new: str = typer.Argument(..., help="The later draft."),
    format: DiffFormat = typer.Option(DiffFormat.text, "--format", "-f", help="text, json or github."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Comma-separated change kinds that make the exit code 1 (e.g. quote-changed,speaker-changed)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline (default: $QUOTECHECK_MODEL or the best installed en_core_web_*)."),
) -> int:
    """Compare two drafts at the level of attribution: quotes added, removed or reworded, speakers, titles, verbs, figures.

    Moving a paragraph is not a change.

    Example: quotecheck diff draft-v1.txt draft-v2.txt --fail-on quote-changed,speaker-changed
    """
    from .. import analyze_many
    from ..diff import KINDS, compare
    from ..errors import InputError
    from ..ingest import LineIndex, article, decode

    wanted = {k.strip() for k in (fail_on or "").split(",") if k.strip()}
    unknown = wanted - set(KINDS)
    if unknown:
        raise InputError(f"--fail-on: unknown change kind {sorted(unknown)[0]!r} (kinds: {', '.join(KINDS)})")
    texts = []
    for path in (old, new):
        try:
            texts.append(article(decode(Path(path).read_bytes(), path), path).text)
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror})") from None
    before, after = analyze_many(texts, sources=[old, new], model=model)
    changes = compare(before, after)
    lines_old, lines_new = LineIndex.of(texts[0]), LineIndex.of(texts[1])

    def where(change) -> tuple[str, int, int]:
        if change.new is not None:
            return (new, *lines_new.position(change.new[0]))
        return (old, *lines_old.position(change.old[0]))  # type: ignore[index]

    if format is DiffFormat.json:
        sys.stdout.write(json.dumps({"old": old, "new": new, "changes": [c.to_dict() | {"path": where(c)[0], "line": where(c)[1], "column": where(c)[2]} for c in changes]}, ensure_ascii=False, indent=2) + "\n")
    elif format is DiffFormat.github:
        for c in changes:
            path, line, col = where(c)
            level = "error" if c.kind in wanted else "notice"
            sys.stdout.write(f"::{level} file={path},line={line},col={col},title=quotecheck {c.kind}::{c.message}\n")
    else:
        for c in changes:
            path, line, col = where(c)
            print(f"{path}:{line}:{col}: [{c.kind}] {c.message}")
            for op, a, b in c.diff:
                if op == "replace":
                    print(f"    - {a}\n    + {b}")
                elif op == "delete":
                    print(f"    - {a}")
                elif op == "insert":
                    print(f"    + {b}")
        print(f"{len(changes)} change{'s' if len(changes) != 1 else ''} in attribution" + (f"; {sum(1 for c in changes if c.kind in wanted)} of the kinds that fail" if wanted else ""))
    return 1 if any(c.kind in wanted for c in changes) else 0
