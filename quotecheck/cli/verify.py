"""`quotecheck verify`: the article's quotes checked against transcripts, statements and subtitles."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import app
from .options import Level, TextOrJson as VerifyFormat


@app.command()
def verify(
    article: str = typer.Argument(..., help="The article (.txt, .md, .html); '-' reads stdin."),
    against: List[str] = typer.Option(..., "--against", "-a", help="A source: transcript, statement, earlier article (.txt .md .html) or subtitles (.srt .vtt). Repeat for several."),
    format: VerifyFormat = typer.Option(VerifyFormat.text, "--format", "-f", help="text or json."),
    fail_level: Optional[Level] = typer.Option(None, "--fail-level", help="Exit 1 when a finding is at or above this level (default: the config's, else error)."),
    config: Optional[str] = typer.Option(None, "--config", help="Config file; default: the nearest .quotecheck.toml or [tool.quotecheck] above the article."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline (default: $QUOTECHECK_MODEL or the best installed en_core_web_*)."),
) -> int:
    """Check every direct quote against its sources: verbatim, normalized, trimmed, altered, spliced, speaker-mismatch or not-found.

    Example: quotecheck verify story.txt --against transcript.txt --against statement.md
    """
    from .. import analyze
    from ..audit import default_rules
    from ..checker import config_for
    from ..errors import InputError
    from ..ingest import article as to_article, decode
    from ..render.verify import render
    from ..sources import load
    from ..types import SEVERITIES
    from ..verify import findings, verify as run_verify

    try:
        data = sys.stdin.buffer.read() if article == "-" else Path(article).read_bytes()
    except OSError as err:
        raise InputError(f"{article}: cannot read ({err.strerror})") from None
    art = to_article(decode(data, article), article)
    sources = [load(p) for p in against]
    report = analyze(art.text, source=article, model=model)
    verdicts = run_verify(report, sources)
    cfg = config_for(article, config, frozenset(r.id for r in default_rules()))
    found = findings(report, verdicts, cfg.rules(default_rules()), [s.name for s in sources])  # disabled or re-levelled as configured
    art.point_into_file(found) if art.offsets is not None else None
    if format is VerifyFormat.json:
        payload = {"source": article, "sources": [s.name for s in sources], "quotes": [v.to_dict() for v in verdicts], "findings": [f.to_dict() for f in found]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        render(verdicts, article)
        for f in found:
            print(f"{article}:{f.line}:{f.column}: {f.severity} [{f.rule}] {f.message}")
        counts = {c: sum(1 for v in verdicts if v.klass == c) for c in ("verbatim", "normalized", "trimmed", "altered", "spliced", "speaker-mismatch", "not-found")}
        print(", ".join(f"{n} {c}" for c, n in counts.items() if n) or "no quotes")
    floor = SEVERITIES.index(fail_level.value if fail_level else cfg.fail_level)
    return 1 if any(SEVERITIES.index(f.severity) >= floor for f in found) else 0
