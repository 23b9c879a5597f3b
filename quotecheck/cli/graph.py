"""`quotecheck graph`: the sourcing graph of one or more articles, in a graph file format."""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from . import app
from .inputs import read_inputs


class GraphFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"
    node_link = "node-link"
    dot = "dot"


@app.command()
def graph(
    files: List[str] = typer.Argument(..., help="Article files (.txt) or directories; '-' reads stdin."),
    format: GraphFormat = typer.Option(GraphFormat.graphml, "--format", "-f", help="graphml, gexf, node-link or dot."),
    output: str = typer.Option("-", "--output", "-o", help="File to write ('-': stdout)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline (default: $QUOTECHECK_MODEL or the best installed en_core_web_*)."),
) -> int:
    """Write who said what, which figures each statement cites and whose they are, as one graph.

    Entities with the same name merge across articles.

    Example: quotecheck graph corpus/texts --format graphml -o sourcing.graphml
    """
    import os
    import tempfile

    from .. import analyze_many
    from ..errors import InputError
    from ..graph import build, write

    inputs = read_inputs(files)
    for item in inputs:
        if item.error is not None:
            print(f"quotecheck: {item.error}", file=sys.stderr)
    good = [i for i in inputs if i.error is None]
    if not good:
        raise InputError("no readable article to build a graph from")
    reports = analyze_many((i.text for i in good), sources=[i.name for i in good], model=model)
    g = build(list(reports))
    if output == "-":
        fd, tmp = tempfile.mkstemp(suffix="." + format.value)
        os.close(fd)
        try:
            write(g, format.value, tmp)
            with open(tmp, "rb") as fh:
                sys.stdout.buffer.write(fh.read())
            sys.stdout.flush()
        finally:
            os.unlink(tmp)
    else:
        try:
            write(g, format.value, output)
        except OSError as err:
            raise InputError(f"{output}: cannot write ({err.strerror})") from None
    return 2 if len(good) < len(inputs) else 0
