"""quotecheck: who said what in a news article, and what is sourced to whom.

    >>> import quotecheck
    >>> report = quotecheck.analyze('“We will rebuild,” Mayor Ana Ruiz said.')
    >>> [a.speaker.mention.text for a in report.attributions]
    ['Mayor Ana Ruiz']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .errors import QuotecheckError
from .types import Attribution, Entity, Figure, Finding, Report, Span, Speaker

if TYPE_CHECKING:
    from spacy.language import Language

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


def _nlp(nlp: "Language | None", model: str | None) -> "Language":
    from .pipeline import load

    if nlp is None:
        return load(model)
    if "quotecheck" not in nlp.pipe_names:
        from .pipeline import _register

        _register()
        nlp.add_pipe("quotecheck", last=True)
    return nlp


def analyze(text: str, *, source: str | None = None, nlp: "Language | None" = None, config: Any = None, model: str | None = None) -> Report:
    """Analyse one article: every attribution with its speaker, and the article's entities."""
    return next(analyze_many([text], sources=[source], nlp=nlp, config=config, model=model))


def analyze_many(
    texts: Iterable[str],
    *,
    sources: Iterable[str | None] | None = None,
    nlp: "Language | None" = None,
    config: Any = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[Report]:
    """Analyse many articles in one `nlp.pipe` batch, in order, with the model loaded once."""
    from .engine import report_from_doc
    from .pipeline import model_label

    pipeline = _nlp(nlp, model)
    label = model_label(pipeline)
    source_iter = iter(sources) if sources is not None else None
    for doc in pipeline.pipe(texts, batch_size=batch_size, n_process=n_process):
        source = next(source_iter, None) if source_iter is not None else None
        yield report_from_doc(doc, source=source, model=label)
