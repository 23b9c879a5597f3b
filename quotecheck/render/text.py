"""The rich terminal table of who said what, one colour per speaker."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..types import Report

PALETTE = ("cyan", "magenta", "green", "yellow", "blue", "bright_red", "bright_cyan", "bright_magenta", "bright_green", "bright_blue")


def speaker_colours(report: Report) -> dict[str | None, str]:
    """A stable colour per entity id, in order of first appearance."""
    colours: dict[str | None, str] = {}
    for attribution in report.attributions:
        entity = attribution.speaker.entity if attribution.speaker else None
        if entity is not None and entity not in colours:
            colours[entity] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def speaker_label(report: Report, attribution) -> str:
    """What to show as the speaker: the mention, with the resolved name when it differs."""
    speaker = attribution.speaker
    if speaker is None:
        return "UNATTRIBUTED"
    entity = report.entity(speaker.entity)
    mention = speaker.mention.text if speaker.mention else None
    if entity is None:
        return f"{mention} (unresolved)" if mention else "?"
    if mention is None:
        return f"{entity.name} (continued)"
    if entity.name.casefold() in mention.casefold():
        return mention if len(mention) <= 40 else entity.name
    return f"{mention} → {entity.name}"


def render_table(report: Report, console: Console | None = None) -> None:
    """Print the table of attributions for one report."""
    console = console or Console()
    colours = speaker_colours(report)
    table = Table(title=f"Who said what — {report.source or 'text'}", show_lines=False, expand=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("speaker", overflow="fold")
    table.add_column("kind")
    table.add_column("cue")
    table.add_column("quote", overflow="fold", ratio=3)
    for attribution in report.attributions:
        entity = attribution.speaker.entity if attribution.speaker else None
        colour = colours.get(entity, "red" if attribution.speaker is None else "white")
        # a split quote shows its fragments, not the cue and speaker between them
        content = " … ".join(report.text[s:e] for s, e in attribution.spans)
        if len(content) > 240:
            content = content[:237] + "…"
        table.add_row(
            attribution.id.lstrip("a"),
            Text(speaker_label(report, attribution), style=colour),
            attribution.kind,
            attribution.cue.text if attribution.cue else "—",
            Text(content, style=colour),
        )
    console.print(table)
    console.print(f"{len(report.attributions)} attributions, {len(report.entities)} entities")
