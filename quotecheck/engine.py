"""From a parsed Doc to a Report: the stages run in order.

ingest (chrome regions) → marks (quotations) → quotes (cues, contents) → speakers (entities)
→ figures (numbers and their sources) → audit (findings). `analyze_doc` is what the spaCy
component calls; `report_from_doc` gives the Report with its source and model filled in.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import audit, figures, marks, quotes, speakers
from .ingest import chrome_regions
from .types import Attribution, Report, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def analyze_doc(doc: "Doc") -> Report:
    """Attributions, entities, figures, findings and excluded (chrome) regions of `doc`."""
    text = doc.text
    excluded = chrome_regions(text)
    regions = marks.quote_regions(text)
    mask = marks.quoted_mask(text, regions)
    found = quotes.find(doc, regions, excluded)
    resolved, entities = speakers.resolve(doc, found, excluded)
    attributions: list[Attribution] = []
    for i, (f, speaker) in enumerate(zip(found, resolved)):
        spans = [(s, e) for s, e in f.spans if e > s]
        attributions.append(
            Attribution(
                id=f"a{i + 1}",
                kind=marks.kind_of(text, spans, mask),
                spans=spans,
                content_text=text[spans[0][0] : spans[-1][1]],
                cue=Span(f.cue[0], f.cue[1], text[f.cue[0] : f.cue[1]]) if f.cue else None,
                speaker=speaker,
                verb=f.verb,
                continues=f"a{f.continues + 1}" if f.continues is not None else None,
            )
        )
    used = {a.speaker.entity for a in attributions if a.speaker and a.speaker.entity}
    figure_list = figures.source(doc, figures.find(doc, excluded), attributions, entities)
    used |= {f.source for f in figure_list if f.source}
    used |= {e.affiliation for e in entities if e.id in used and e.affiliation}
    report = Report(
        text=text,
        attributions=attributions,
        entities=[e for e in entities if e.id in used],
        figures=figure_list,
        excluded=excluded,
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
    )
    report.findings = audit.run(report)
    return report


def report_from_doc(doc: "Doc", source: str | None = None, model: str | None = None) -> Report:
    """The Report of a Doc that went through the quotecheck component."""
    report = doc._.qc_report
    if report is None:
        report = analyze_doc(doc)
    return replace(report, source=source, model=model)
