"""`quotecheck analyze`: who said what, as a table or as contract JSON."""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from . import app
from .inputs import read_inputs
from .options import progress_bar


class AnalyzeFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


@app.command()
def analyze(
    files: List[str] = typer.Argument(..., help="Article files (.txt); '-' reads stdin."),
    format: AnalyzeFormat = typer.Option(AnalyzeFormat.text, "--format", "-f", help="text, json or jsonl."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline (default: $QUOTECHECK_MODEL or the best installed en_core_web_*)."),
    batch_size: int = typer.Option(16, "--batch-size", help="Articles per nlp.pipe batch."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Processes for spaCy's nlp.pipe."),
) -> int:
    """Find every quote and piece of reported speech and who said it.

    Example: quotecheck analyze corpus/texts/11-fraud-verdict.txt --format json
    """
    import json

    from .. import analyze_many
    from ..render.text import render_table

    from ..ingest import article

    inputs = read_inputs(files)
    good = [i for i in inputs if i.error is None]
    parsed = [article(i.text, i.name) for i in good]
    articles = iter(parsed)
    reports = iter(analyze_many((a.text for a in parsed), sources=[i.name for i in good], model=model, batch_size=batch_size, n_process=jobs))
    objects = []
    with progress_bar(len(good) if format is not AnalyzeFormat.text else 0, "analysing") as advance:
        for item in inputs:
            if item.error is not None:
                objects.append({"source": item.name, "error": item.error})
                print(f"quotecheck: {item.error}", file=sys.stderr)
                continue
            report, art = next(reports), next(articles)
            if art.offsets is not None:
                # HTML: offsets index the extracted text, which the object carries; lines point into the file
                report.include_text = True
                art.point_into_file(report.findings)
            if format is AnalyzeFormat.text:
                render_table(report)
            objects.append(report.to_dict())
            advance(1)
    if format is AnalyzeFormat.jsonl:
        for obj in objects:
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    elif format is AnalyzeFormat.json:
        payload = objects[0] if len(objects) == 1 else objects  # one file: an object; several: an array
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return 2 if any(i.error for i in inputs) else 0
