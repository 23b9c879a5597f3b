"""From a parsed Doc to attributions and entities: the stages run in order.

ingest (chrome regions) → marks (quotations) → quotes (cues, contents) → speakers (entities).
`analyze_doc` is what the spaCy component calls; `report_from_doc` wraps its result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import marks, quotes, speakers
from .ingest import chrome_regions
from .types import Attribution, Entity, Report, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def analyze_doc(doc: "Doc") -> tuple[list[Attribution], list[Entity], list[tuple[int, int]]]:
    """Attributions, entities and excluded (chrome) regions of `doc`."""
    text = doc.text
    excluded = chrome_regions(text)
    regions = marks.quote_regions(text)
    mask = marks.quoted_mask(text, regions)
    found = quotes.find(doc, regions, excluded)
    resolved, entities = speakers.resolve(doc, found)
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
    used |= {e.affiliation for e in entities if e.id in used and e.affiliation}
    return attributions, [e for e in entities if e.id in used], excluded


def report_from_doc(doc: "Doc", source: str | None = None, model: str | None = None) -> Report:
    """The Report for a Doc that went through the quotecheck component."""
    return Report(
        text=doc.text,
        attributions=list(doc._.qc_attributions or []),
        entities=list(doc._.qc_speakers or []),
        excluded=list(doc._.qc_excluded or []),
        source=source,
        model=model,
    )
