"""`quotecheck report`: one self-contained HTML file for one Report.

The article with every statement in its speaker's colour (hover shows speaker, cue and
kind), figures underlined or flagged, a legend of speakers, the figures table, the findings
and a drawing of the sourcing graph as inline SVG. No script and no network: CSS is inline.

Every value from the article or the Report goes through `esc` and nothing else writes text
into the page, so an article holding `<script>` or `" onmouseover=` stays text.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from ..types import Attribution, Report
from . import ATTENTION

PALETTE = ("#cfe8ff", "#ffe2b8", "#d6f5d6", "#f3d9fa", "#fff3a8", "#cdeeee", "#ffd6e0", "#e3e0ff", "#e8f0c8", "#f7dccb")
BORDERS = ("#2f7bd1", "#d98a1c", "#3a9a3a", "#a64cc2", "#b8a000", "#2a9a9a", "#d1476b", "#6b5fd1", "#7f9a2a", "#b8683a")

CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#1d2733;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}
header .meta{margin:2px 0 0;color:#b9c4d0;font-size:13px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(260px,1.3fr);gap:18px;padding:18px 24px;max-width:1400px}
section{background:#fff;border:1px solid #e1e4e8;border-radius:6px;padding:12px 16px;margin-bottom:16px}
h2{font-size:15px;margin:0 0 8px;text-transform:uppercase;letter-spacing:.04em;color:#4a5560}
.summary{display:flex;flex-wrap:wrap;gap:8px;margin:10px 0 0}
.count{background:#2c3a48;border-radius:4px;padding:3px 9px;font-size:13px}.count.alert{background:#b3261e}
.text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:16px;line-height:1.7}
.st{border-bottom:2px solid;border-radius:2px;cursor:help}
.st.none{background:#fde7e7;border-bottom:2px dashed #b3261e}
.cue{font-weight:bold}.mention{text-decoration:underline dotted}
.fig{text-decoration:underline;text-decoration-thickness:2px}
.fig.unsourced{background:#b3261e;color:#fff;text-decoration:none;padding:0 2px;border-radius:2px}
.chrome{color:#9aa3ab;text-decoration:line-through}
.legend ul{list-style:none;padding:0;margin:0}.legend li{margin:4px 0}
.swatch{display:inline-block;width:12px;height:12px;border:2px solid;border-radius:2px;margin-right:6px;vertical-align:-2px}
.legend .aff,.legend .n{color:#6a737d;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #eee;vertical-align:top}
td.unsourced{color:#b3261e;font-weight:bold}
.findings li{font-size:13px;margin:3px 0}.sev-error{color:#b3261e}.sev-warning{color:#a15c00}.sev-suggestion{color:#2f6fb0}
svg text{font:11px system-ui,sans-serif}
.wide{grid-column:1/-1}
"""


def esc(value: Any) -> str:
    """The one escape: text and attribute values alike (quotes included)."""
    return html.escape(str(value), quote=True)


def _colours(report: Report) -> dict[str | None, int]:
    out: dict[str | None, int] = {}
    for a in report.attributions:
        key = a.speaker.entity if a.speaker else None
        if key is not None and key not in out:
            out[key] = len(out) % len(PALETTE)
    return out


def _who(report: Report, a: Attribution) -> str:
    if a.speaker is None:
        return "no speaker"
    entity = report.entity(a.speaker.entity)
    mention = a.speaker.mention.text if a.speaker.mention else None
    if entity is None:
        return f"{mention} (unresolved)" if mention else "unknown"
    affiliation = report.entity(entity.affiliation) if entity.affiliation else None
    name = entity.name + (f", {affiliation.name}" if affiliation else "")
    return name if mention is None or mention == entity.name else f"{name} (“{mention}”)"


def _statement_title(report: Report, a: Attribution) -> str:
    cue = a.cue.text if a.cue else "none (continues the previous speaker)" if a.continues else "none"
    return f"{a.id} · {a.kind} · speaker: {_who(report, a)} · cue: {cue}"


def _segments(report: Report) -> list[tuple[int, int]]:
    cuts = {0, len(report.text)}
    for a in report.attributions:
        for s, e in a.spans:
            cuts.update((s, e))
        for span in (a.cue, a.speaker.mention if a.speaker else None):
            if span is not None:
                cuts.update((span.start, span.end))
    for f in report.figures:
        cuts.update((f.start, f.end))
    for s, e in report.excluded:
        cuts.update((s, e))
    ordered = sorted(c for c in cuts if 0 <= c <= len(report.text))
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if b > a]


def article_html(report: Report) -> str:
    """The article as spans: each piece carries the statements, figure and marks it lies in."""
    colours = _colours(report)
    parts = []
    for s, e in _segments(report):
        piece = esc(report.text[s:e])
        statements = [a for a in report.attributions if any(x <= s and e <= y for x, y in a.spans)]
        figure = next((f for f in report.figures if f.start <= s and e <= f.end), None)
        if figure is not None:
            kind = "unsourced" if figure.unsourced else "sourced"
            source = report.entity(figure.source)
            tip = "UNSOURCED figure" if figure.unsourced else f"figure sourced to {source.name if source else 'an unresolved speaker'}"
            piece = f'<span class="fig {kind}" data-figure="{esc(figure.id)}" title="{esc(tip)}">{piece}</span>'
        for a in report.attributions:
            if a.cue is not None and a.cue.start <= s and e <= a.cue.end:
                piece = f'<span class="cue">{piece}</span>'
            mention = a.speaker.mention if a.speaker else None
            if mention is not None and mention.start <= s and e <= mention.end:
                piece = f'<span class="mention">{piece}</span>'
        if any(x <= s and e <= y for x, y in report.excluded):
            piece = f'<span class="chrome" title="page chrome, not analysed">{piece}</span>'
        if statements:
            inner = min(statements, key=lambda a: a.end - a.start)
            entity = inner.speaker.entity if inner.speaker else None
            style = ""
            if entity in colours:
                style = f' style="background:{PALETTE[colours[entity]]};border-color:{BORDERS[colours[entity]]}"'
            cls = "st" if inner.speaker is not None else "st none"
            ids = " ".join(a.id for a in statements)
            piece = f'<span class="{cls}" data-statement="{esc(ids)}" title="{esc(_statement_title(report, inner))}"{style}>{piece}</span>'
        parts.append(piece)
    return "".join(parts)


def legend_html(report: Report) -> str:
    colours = _colours(report)
    counts = Counter(a.speaker.entity for a in report.attributions if a.speaker and a.speaker.entity)
    items = []
    for entity_id, colour in colours.items():
        entity = report.entity(entity_id)
        if entity is None:
            continue
        affiliation = report.entity(entity.affiliation) if entity.affiliation else None
        aff = f' <span class="aff">— {esc(affiliation.name)}</span>' if affiliation else ""
        items.append(
            f'<li data-entity="{esc(entity.id)}"><span class="swatch" style="background:{PALETTE[colour]};border-color:{BORDERS[colour]}"></span>'
            f'<span class="name">{esc(entity.name)}</span> <span class="aff">({esc(entity.type)})</span>{aff}'
            f' <span class="n">· {counts[entity_id]} statement{"s" if counts[entity_id] != 1 else ""}</span></li>'
        )
    # statements whose speaker is named in the text but linked to no party ("a spokesman",
    # "residents"); not the same count as the "unresolved speakers" chip, which counts only
    # references that should have resolved ("he", "the minister") and did not
    unlinked = sum(1 for a in report.attributions if a.speaker and a.speaker.entity is None)
    none = sum(1 for a in report.attributions if a.speaker is None)
    if unlinked:
        items.append(f'<li><span class="swatch" style="background:#fff;border-color:#888"></span>speaker linked to no party <span class="n">· {unlinked}</span></li>')
    if none:
        items.append(f'<li><span class="swatch" style="background:#fde7e7;border-color:#b3261e"></span>no speaker <span class="n">· {none}</span></li>')
    return "<ul>" + "".join(items) + "</ul>"


def figures_html(report: Report) -> str:
    rows = []
    for f in sorted(report.figures, key=lambda f: (not f.unsourced, f.start)):
        if f.unsourced:
            near = report.entity(f.near)
            source = "UNSOURCED" + (f" (near: {near.name})" if near else "")
            cls = ' class="unsourced"'
        else:
            entity = report.entity(f.source)
            source, cls = (entity.name if entity else "unresolved speaker"), ""
        sentence = " ".join(report.text[f.sentence[0] : f.sentence[1]].split()) if f.sentence else ""
        rows.append(f'<tr data-figure="{esc(f.id)}"><td>{esc(f.text)}</td><td>{esc(sentence)}</td><td{cls}>{esc(source)}</td></tr>')
    if not rows:
        return "<p>No figures.</p>"
    return "<table><thead><tr><th>figure</th><th>sentence</th><th>source</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"


def findings_html(report: Report) -> str:
    if not report.findings:
        return "<p>No findings.</p>"
    items = [
        f'<li class="sev-{esc(f.severity)}">{esc(f.line)}:{esc(f.column)} <b>{esc(f.severity)}</b> [{esc(f.rule)}] {esc(f.message)}</li>'
        for f in report.findings
    ]
    return "<ol>" + "".join(items) + "</ol>"


def graph_svg(report: Report) -> str:
    """Speakers, statements and figures in three columns, joined by said / cites / sourced_to lines."""
    colours = _colours(report)
    speakers = [e for e in report.entities if any(a.speaker and a.speaker.entity == e.id for a in report.attributions) or any(f.source == e.id for f in report.figures)]
    statements = list(report.attributions)
    figures = list(report.figures)
    row = 22
    height = max(len(speakers), len(statements), len(figures), 1) * row + 30
    xs = (190, 330, 370)
    pos: dict[str, tuple[int, int]] = {}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 {height}" width="100%" role="img" aria-label="sourcing graph">']
    for column, items in enumerate((speakers, statements, figures)):
        step = (height - 30) / max(len(items), 1)
        for i, item in enumerate(items):
            pos[f"{column}:{item.id}"] = (xs[column] if column != 2 else 470, int(20 + i * step + step / 2))
    lines = []
    for a in statements:
        x2, y2 = pos[f"1:{a.id}"]
        if a.speaker and a.speaker.entity and f"0:{a.speaker.entity}" in pos:
            x1, y1 = pos[f"0:{a.speaker.entity}"]
            lines.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{BORDERS[colours.get(a.speaker.entity, 0)]}" stroke-width="1.2"/>')
    for f in figures:
        x2, y2 = pos[f"2:{f.id}"]
        if f.attribution and f"1:{f.attribution}" in pos:
            x1, y1 = pos[f"1:{f.attribution}"]
            lines.append(f'<line x1="{x1}" y1="{y1}" x2="{x2 - 6}" y2="{y2}" stroke="#999" stroke-dasharray="3 2"/>')
    out.extend(lines)
    for e in speakers:
        x, y = pos[f"0:{e.id}"]
        c = colours.get(e.id)
        fill, stroke = (PALETTE[c], BORDERS[c]) if c is not None else ("#eee", "#888")
        out.append(f'<circle cx="{x}" cy="{y}" r="6" fill="{fill}" stroke="{stroke}" stroke-width="2"/><text x="{x - 10}" y="{y + 4}" text-anchor="end">{esc(_clip(e.name, 28))}</text>')
    for a in statements:
        x, y = pos[f"1:{a.id}"]
        colour = BORDERS[colours[a.speaker.entity]] if a.speaker and a.speaker.entity in colours else "#b3261e"
        out.append(f'<rect x="{x - 5}" y="{y - 5}" width="10" height="10" fill="{colour}"><title>{esc(_statement_title(report, a))}</title></rect>')
    for f in figures:
        x, y = pos[f"2:{f.id}"]
        colour = "#b3261e" if f.unsourced else "#3a9a3a"
        out.append(f'<circle cx="{x}" cy="{y}" r="5" fill="{colour}"/><text x="{x + 10}" y="{y + 4}">{esc(_clip(f.text, 24))}</text>')
    out.append(f'<text x="{xs[0]}" y="12" text-anchor="end" fill="#6a737d">speakers</text><text x="{xs[1]}" y="12" text-anchor="middle" fill="#6a737d">statements</text><text x="470" y="12" fill="#6a737d">figures</text>')
    out.append("</svg>")
    return "".join(out)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def summary_html(report: Report) -> str:
    counts = Counter(f.rule for f in report.findings)
    chips = [
        f'<span class="count{" alert" if counts[r] and urgent else ""}" data-rule="{esc(r)}">{counts[r]} {esc(chip)}</span>'
        for r, _, chip, urgent in ATTENTION
    ]
    return '<div class="summary">' + "".join(chips) + "</div>"


def render(report: Report) -> str:
    """The whole page."""
    from .. import __version__

    title = report.source or "article"
    by_kind = Counter(a.kind for a in report.attributions)
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(by_kind.items())) or "none"
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        f"<title>quotecheck: {esc(title)}</title><style>{CSS}</style></head><body>"
        f'<header><h1>quotecheck: {esc(title)}</h1><p class="meta">{len(report.attributions)} statements ({esc(kinds)}), '
        f"{len(report.figures)} figures · quotecheck {esc(__version__)} · {esc(report.model or '')}</p>{summary_html(report)}</header>"
        "<main>"
        f'<section class="article"><h2>Article</h2><div class="text">{article_html(report)}</div></section>'
        f'<div><section class="legend"><h2>Speakers</h2>{legend_html(report)}</section>'
        f'<section class="graph"><h2>Sourcing graph</h2>{graph_svg(report)}</section></div>'
        f'<section class="figures wide"><h2>Figures and their sources</h2>{figures_html(report)}</section>'
        f'<section class="findings wide"><h2>Findings</h2>{findings_html(report)}</section>'
        "</main></body></html>\n"
    )
