"""`quotecheck report`: one self-contained HTML page for one article."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from . import app
from .inputs import read_inputs


@app.command()
def report(
    file: str = typer.Argument(..., help="An article file (.txt); '-' reads stdin."),
    output: str = typer.Option("-", "--output", "-o", help="HTML file to write ('-': stdout)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline (default: $QUOTECHECK_MODEL or the best installed en_core_web_*)."),
) -> int:
    """Write an HTML page: the article with statements in their speaker's colour, speakers, figures, findings and the sourcing graph.

    The page needs no network and runs no script. Hover a statement for its speaker, cue and kind.

    Example: quotecheck report corpus/texts/28-rally-crowd-size.txt -o report.html
    """
    from pathlib import Path

    from .. import analyze_many
    from ..errors import InputError
    from ..render.html import render

    (item,) = read_inputs([file])[:1]
    if item.error is not None:
        raise InputError(item.error)
    page = render(next(analyze_many([item.text], sources=[item.name], model=model)))
    if output == "-":
        sys.stdout.write(page)
        return 0
    try:
        Path(output).write_text(page, encoding="utf-8")
    except OSError as err:
        raise InputError(f"{output}: cannot write ({err.strerror})") from None
    return 0
