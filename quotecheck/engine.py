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
from .lexicon import fix_lemmas
from .types import Attribution, Entity, Report, Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc


def analyze_doc(doc: "Doc") -> Report:
    """Attributions, entities, figures, findings and excluded (chrome) regions of `doc`."""
    text = doc.text
    fix_lemmas(doc)
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
                unnamed=f.unnamed if speaker is None else None,
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


def merge(text: str, parts: list[tuple[int, Report]]) -> Report:
    """One Report for `text` from the Reports of its pieces (each with its start offset).

    Offsets shift by the piece's start; ids are renumbered; an entity met in several pieces
    (the same normalised name) becomes one.
    """
    from .graph import entity_key

    merged = Report(text=text)
    by_name: dict[str, Entity] = {}
    for offset, part in parts:
        ent_ids: dict[str, str] = {}
        for e in part.entities:
            key = entity_key(e.name)
            known = by_name.get(key)
            if known is None:
                known = replace(e, id=f"e{len(merged.entities) + 1}", aliases=list(e.aliases), titles=list(e.titles))
                merged.entities.append(known)
                by_name[key] = known
            else:
                known.aliases.extend(a for a in e.aliases if a not in known.aliases)
                known.titles.extend(t for t in e.titles if t not in known.titles)
            ent_ids[e.id] = known.id
        for e in part.entities:  # affiliations once every id of the piece is known
            mine = merged.entity(ent_ids[e.id])
            if e.affiliation and mine is not None and mine.affiliation is None:
                mine.affiliation = ent_ids.get(e.affiliation)
        att_ids = {a.id: f"a{len(merged.attributions) + i + 1}" for i, a in enumerate(part.attributions)}
        fig_ids = {f.id: f"f{len(merged.figures) + i + 1}" for i, f in enumerate(part.figures)}

        def shift(span: Span | None) -> Span | None:
            return Span(span.start + offset, span.end + offset, span.text) if span else None

        for a in part.attributions:
            speaker = a.speaker
            if speaker is not None:
                speaker = Speaker(shift(speaker.mention), ent_ids.get(speaker.entity) if speaker.entity else None, speaker.form)
            merged.attributions.append(
                replace(
                    a,
                    id=att_ids[a.id],
                    spans=[(s + offset, e + offset) for s, e in a.spans],
                    cue=shift(a.cue),
                    speaker=speaker,
                    figures=[fig_ids[f] for f in a.figures if f in fig_ids],
                    continues=att_ids.get(a.continues) if a.continues else None,
                )
            )
        for f in part.figures:
            merged.figures.append(
                replace(
                    f,
                    id=fig_ids[f.id],
                    start=f.start + offset,
                    end=f.end + offset,
                    source=ent_ids.get(f.source) if f.source else None,
                    near=ent_ids.get(f.near) if f.near else None,
                    attribution=att_ids.get(f.attribution) if f.attribution else None,
                    sentence=(f.sentence[0] + offset, f.sentence[1] + offset) if f.sentence else None,
                )
            )
        merged.excluded.extend((s + offset, e + offset) for s, e in part.excluded)
        merged.sentences.extend((s + offset, e + offset) for s, e in part.sentences)
    merged.findings = audit.run(merged)
    return merged
