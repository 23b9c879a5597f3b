"""`quotecheck verify` in the terminal: each quote beside its source passage, differences marked."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..verify import Verdict

STYLE = {
    "verbatim": "green",
    "normalized": "green",
    "trimmed": "cyan",
    "altered": "bold red",
    "spliced": "bold red",
    "speaker-mismatch": "bold magenta",
    "not-found": "yellow",
}


def _sides(v: Verdict) -> tuple[Text, Text]:
    """The article's words and the source's, with what differs struck or underlined."""
    if not v.diff:
        return Text(v.quote), Text(v.source_text or "—", style="dim")
    quote, source = Text(), Text()
    for op, q, s in v.diff:
        if op == "equal":
            quote.append(q + " ")
            source.append(s + " ")
        elif op == "replace":
            quote.append(q + " ", style="bold red")
            source.append(s + " ", style="bold green")
        elif op == "delete":  # in the article, not in the source
            quote.append(q + " ", style="bold red underline")
        else:  # in the source, left out of the article
            source.append(s + " ", style="bold green underline")
    return quote, source


def render(verdicts: list[Verdict], article: str, console: Console | None = None) -> None:
    """A table: class, the quote, the source passage, where it was found and how similar."""
    console = console or Console()
    table = Table(title=f"Quotes in {article} checked against their sources", title_justify="left", show_lines=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("class", no_wrap=True)
    table.add_column("speaker", overflow="fold", ratio=1)
    table.add_column("article", overflow="fold", ratio=3)
    table.add_column("source", overflow="fold", ratio=3)
    table.add_column("where", overflow="fold", ratio=1)
    for n, v in enumerate(verdicts, 1):
        quote, source = _sides(v)
        where = "—"
        if v.source:
            where = f"{v.source} {v.timestamp}" if v.timestamp else f"{v.source}:{v.source_start}-{v.source_end}"
            where += f"\n{v.score:.0f}%"
            if v.source_speaker:
                where += f"\n({v.source_speaker})"
        table.add_row(str(n), Text(v.klass, style=STYLE[v.klass]), v.speaker or "—", quote, source, where)
    console.print(table)
