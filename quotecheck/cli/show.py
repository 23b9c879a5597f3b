"""`quotecheck show`: the editor's view of one article in the terminal."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from . import app
from .inputs import read_inputs


@app.command()
def show(
    file: str = typer.Argument(..., help="An article file (.txt); '-' reads stdin."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline (default: $QUOTECHECK_MODEL or the best installed en_core_web_*)."),
    no_color: bool = typer.Option(False, "--no-color", help="No colour: statements and figures are marked in the text instead."),
    width: Optional[int] = typer.Option(None, "--width", help="Columns to lay out for (default: the terminal's, or 80)."),
) -> int:
    """Show what needs an editor's attention, the article with every statement marked, who says what, and where each figure comes from.

    Example: quotecheck show corpus/texts/28-rally-crowd-size.txt --width 80
    """
    from rich.console import Console

    from .. import analyze_many
    from ..errors import InputError
    from ..render.terminal import render_show

    (item,) = read_inputs([file])[:1]
    if item.error is not None:
        raise InputError(item.error)
    report = next(analyze_many([item.text], sources=[item.name], model=model))
    console = Console(no_color=no_color or None, width=width, color_system=None if no_color else "auto", highlight=False)
    render_show(report, console)
    sys.stdout.flush()
    return 0
