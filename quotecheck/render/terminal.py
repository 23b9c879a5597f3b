"""`quotecheck show`: the editor's view of one Report in the terminal.

First what needs attention (counts), then the article with statements in their speaker's
colour and figures underlined (sourced) or red (unsourced), then "who says what", "figures
and their sources" and the findings. Without colour (--no-color, or output to a file) the
article view marks the same things in text: ⟦statement⟧ₐ₁ and «figure» / «!figure!».
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..types import Attribution, Report
from . import ATTENTION
from .text import speaker_colours, speaker_label


def summary(report: Report) -> Table:
    """What an editor must see first, with counts, the most urgent first."""
    counts = Counter(f.rule for f in report.findings)
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(justify="right")
    table.add_column()
    for rule, label, _, urgent in ATTENTION:
        n = counts.get(rule, 0)
        table.add_row(Text(str(n), style=("bold red" if urgent else "yellow") if n else "green"), label)
    sourced = sum(1 for f in report.figures if not f.unsourced)
    table.add_row(Text(str(len(report.attributions)), style="bold"), f"statements from {len({a.speaker.entity for a in report.attributions if a.speaker and a.speaker.entity})} parties; {sourced} of {len(report.figures)} figures sourced")
    return table


def article_view(report: Report, plain: bool) -> Text:
    """The article text with statements and figures marked (styles, or text marks when plain)."""
    text = report.text
    if plain:
        return Text(_marked(report))
    view = Text(text)
    colours = speaker_colours(report)
    for a in report.attributions:
        colour = colours.get(a.speaker.entity if a.speaker else None, "red" if a.speaker is None else "white")
        for s, e in a.spans:
            view.stylize(colour, s, e)
        if a.cue:
            view.stylize("bold", a.cue.start, a.cue.end)
    for f in report.figures:
        view.stylize("bold white on red" if f.unsourced else "underline", f.start, f.end)
    for s, e in report.excluded:
        view.stylize("dim strike", s, e)
    return view


_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _marked(report: Report) -> str:
    """Plain-text marks: ⟦statement⟧ₐ₁, «sourced figure», «!unsourced figure!», chrome struck out as ⟨…⟩."""
    inserts: list[tuple[int, int, str]] = []  # (offset, order, mark): closers before openers at one offset
    for a in report.attributions:
        tag = "ₐ" + a.id[1:].translate(_SUB)
        for s, e in a.spans:
            inserts.append((s, 2, "⟦"))
            inserts.append((e, 0, "⟧" + tag))
    for f in report.figures:
        inserts.append((f.start, 3, "«!" if f.unsourced else "«"))
        inserts.append((f.end, 1, "!»" if f.unsourced else "»"))
    for s, e in report.excluded:
        inserts.append((s, 2, "⟨"))
        inserts.append((e, 0, "⟩"))
    out = report.text
    for offset, _, mark in sorted(inserts, key=lambda t: (t[0], t[1]), reverse=True):
        out = out[:offset] + mark + out[offset:]
    return out


def who_says_what(report: Report) -> Table:
    """One row per party: affiliation, number of statements, their kinds and verbs."""
    rows: dict[str, list[Attribution]] = defaultdict(list)
    for a in report.attributions:
        rows[_party(report, a)].append(a)
    colours = speaker_colours(report)
    table = Table(title="Who says what", title_justify="left", expand=False)
    table.add_column("speaker", overflow="fold", ratio=3)
    table.add_column("affiliation", overflow="fold", ratio=2)
    table.add_column("n", justify="right")
    table.add_column("kinds", overflow="fold", ratio=2)
    table.add_column("verbs", overflow="fold", ratio=2)
    for party, items in rows.items():
        first = items[0]
        entity = report.entity(first.speaker.entity) if first.speaker else None
        affiliation = report.entity(entity.affiliation) if entity and entity.affiliation else None
        kinds = Counter(a.kind for a in items)
        verbs = sorted({a.cue.text.lower() if a.cue and not a.verb else (a.verb or "—") for a in items})
        colour = colours.get(entity.id if entity else None, "red" if first.speaker is None else "white")
        table.add_row(
            Text(party, style=colour),
            affiliation.name if affiliation else "",
            str(len(items)),
            ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())),
            ", ".join(verbs),
        )
    return table


def _party(report: Report, a: Attribution) -> str:
    if a.speaker is None:
        return "UNATTRIBUTED"
    entity = report.entity(a.speaker.entity)
    if entity is not None:
        return f"{entity.name} ({entity.type})"
    return speaker_label(report, a)


def figures_table(report: Report) -> Table:
    """Every figure with its sentence and its source; unsourced ones first, as editors read them."""
    table = Table(title="Figures and their sources", title_justify="left", expand=False)
    table.add_column("figure", overflow="fold", ratio=2)
    table.add_column("in", overflow="fold", ratio=5)
    table.add_column("source", overflow="fold", ratio=3)
    for f in sorted(report.figures, key=lambda f: (not f.unsourced, f.start)):
        sentence = report.text[f.sentence[0] : f.sentence[1]] if f.sentence else ""
        sentence = " ".join(sentence.split())
        if len(sentence) > 90:
            sentence = sentence[:89] + "…"
        if f.unsourced:
            near = report.entity(f.near)
            source = Text("UNSOURCED", style="bold red")
            if near is not None:
                source.append(f" (near: {near.name})", style="dim")
        else:
            entity = report.entity(f.source)
            source = Text(entity.name if entity else "unresolved speaker", style="green" if entity else "yellow")
        table.add_row(f.text, sentence, source)
    return table


def findings_view(report: Report, path: str) -> Text:
    """Findings as `path:line:col: severity [rule] message`, in text order."""
    style = {"error": "bold red", "warning": "yellow", "suggestion": "cyan"}
    out = Text()
    for f in report.findings:
        out.append(f"{path}:{f.line}:{f.column}: ")
        out.append(f.severity, style=style.get(f.severity, ""))
        out.append(f" [{f.rule}] {f.message}\n")
    if not report.findings:
        out.append("no findings\n", style="green")
    return out


def render_show(report: Report, console: Console | None = None) -> None:
    """Print the whole editor's view of `report`."""
    console = console or Console()
    plain = console.color_system is None
    path = report.source or "<text>"
    console.print(Panel(summary(report), title=f"quotecheck: {path}", title_align="left", expand=False))
    console.print(Padding(article_view(report, plain), (1, 0)))
    console.print(Group(who_says_what(report), Text(""), figures_table(report), Text("")))
    console.print(Text("Findings", style="bold"))
    console.print(findings_view(report, path), end="", soft_wrap=True)  # one grep-able line each
