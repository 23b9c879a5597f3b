"""quotecheck: who said what in a news article, and what is sourced to whom.

    >>> import quotecheck
    >>> report = quotecheck.analyze('“We will rebuild,” Mayor Ana Ruiz said.')
    >>> [a.speaker.mention.text for a in report.attributions]
    ['Mayor Ana Ruiz']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

from .errors import QuotecheckError
from .types import Attribution, Entity, Figure, Finding, Report, Span, Speaker

if TYPE_CHECKING:
    from spacy.language import Language

    from .config import Config

__version__ = "0.1.0"
__all__ = [
    "analyze",
    "analyze_many",
    "Report",
    "Attribution",
    "Entity",
    "Figure",
    "Finding",
    "Span",
    "Speaker",
    "QuotecheckError",
    "__version__",
]


#: Longest text parsed as one spaCy Doc; longer articles are cut at paragraph breaks.
CHUNK_CHARS = 20_000


def _nlp(nlp: "Language | None", model: str | None) -> "Language":
    from .pipeline import load

    if nlp is None:
        return load(model)
    if "quotecheck" not in nlp.pipe_names:
        from .pipeline import _register

        _register()
        nlp.add_pipe("quotecheck", last=True)
    return nlp


def analyze(text: str, *, source: str | None = None, nlp: "Language | None" = None, config: "Config | None" = None, model: str | None = None) -> Report:
    """Analyse one article: attributions, speakers, entities, figures and findings.

    `config` (a `quotecheck.config.Config`) decides which rules run, at what severity, with
    which extra words; switches in the copy (`<!-- quotecheck: … -->`) apply then too.
    """
    return next(analyze_many([text], sources=[source], nlp=nlp, config=config, model=model))


def analyze_many(
    texts: Iterable[str],
    *,
    sources: Iterable[str | None] | None = None,
    nlp: "Language | None" = None,
    config: "Config | None" = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[Report]:
    """Analyse many articles in one `nlp.pipe` batch, in order, with the model loaded once.

    An article longer than `chunk_chars` is parsed in pieces cut at paragraph breaks and its
    Report put back together, so memory stays bounded and spaCy's length limit never bites.
    """
    from .engine import merge, report_from_doc
    from .pipeline import model_label

    pipeline = _nlp(nlp, model or (config.model if config is not None else None))
    label = model_label(pipeline)
    source_iter = iter(sources) if sources is not None else None
    pieces = ((piece, (n, offset, len(cuts), text)) for n, text in enumerate(texts) for offset, piece, cuts in _pieces(text, chunk_chars))
    parts: list[tuple[int, Report]] = []
    for doc, (n, offset, count, text) in pipeline.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process):
        parts.append((offset, report_from_doc(doc)))
        if len(parts) < count:
            continue
        report = parts[0][1] if count == 1 else merge(text, parts)
        parts = []
        report.source = next(source_iter, None) if source_iter is not None else None
        report.model = label
        if config is not None:
            _configure(report, config)
        yield report


def _pieces(text: str, limit: int) -> list[tuple[int, str, list[int]]]:
    """(offset, piece, cut offsets) for `text`: one piece, or pieces ending at line breaks."""
    if len(text) <= limit:
        return [(0, text, [0])]
    cuts = [0]
    while len(text) - cuts[-1] > limit:
        start = cuts[-1]
        window = text[start : start + limit]
        cut = window.rfind("\n\n") + 2  # the next piece starts at a paragraph
        if cut < limit // 4:
            cut = window.rfind("\n") + 1
        if cut < limit // 4:
            cut = window.rfind(". ") + 2 if window.rfind(". ") > limit // 4 else limit
        cuts.append(start + cut)
    bounds = cuts + [len(text)]
    return [(a, text[a:b], cuts) for a, b in zip(bounds, bounds[1:])]


def _configure(report: Report, config: "Config") -> None:
    from . import audit

    rules = config.rules(audit.default_rules())
    findings = audit.run(report, rules, audit.Extra(config.extra_loaded_verbs, config.extra_anonymous))
    report.findings, _ = audit.suppress(report.text, findings, rules)
