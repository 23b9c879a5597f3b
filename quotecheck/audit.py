"""Findings: what an editor must look at, from a Report, by rules that are data.

A few rule *kinds* are code (an unsourced figure, a quote with no speaker, a listed verb…);
each *rule* is a file `data/rules/<id>.toml` naming its kind, severity, message and the
word list it reads. The message is a template filled from the finding's context.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterator, Sequence

from . import marks
from .errors import ConfigError
from .ingest import LineIndex
from .lexicon import lexicon
from .types import SEVERITIES, Finding, Report, Rule

_UNRESOLVED_FORMS = frozenset({"pronoun", "title", "surname"})  # a description ("residents") names its party itself
_RULE_FIELDS = {"kind", "severity", "message", "description", "list", "example"}

# A raw finding before its rule dresses it: extent and the values for the message template.
Hit = tuple[int, int, dict[str, str]]


def _data_text(name: str) -> str:
    return resources.files("quotecheck").joinpath("data", name).read_text(encoding="utf-8")


def parse_rule(rule_id: str, text: str, where: str) -> Rule:
    """A Rule from TOML text; a bad file is a ConfigError naming `where`."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{where}: not valid TOML ({err})") from None
    unknown = set(raw) - _RULE_FIELDS
    if unknown:
        raise ConfigError(f"{where}: unknown field {sorted(unknown)[0]!r} (known: {', '.join(sorted(_RULE_FIELDS))})")
    for needed in ("kind", "severity", "message"):
        if not isinstance(raw.get(needed), str):
            raise ConfigError(f"{where}: '{needed}' must be a string")
    if raw["kind"] not in KINDS:
        raise ConfigError(f"{where}: unknown kind {raw['kind']!r} (known: {', '.join(sorted(KINDS))})")
    if raw["severity"] not in SEVERITIES:
        raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    return Rule(
        id=rule_id,
        kind=raw["kind"],
        severity=raw["severity"],
        message=raw["message"],
        description=raw.get("description", ""),
        list=raw.get("list"),
        example=raw.get("example", ""),
    )


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    """The packaged rules of data/rules/, in id order."""
    folder = resources.files("quotecheck").joinpath("data", "rules")
    rules = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            rule_id = entry.name.removesuffix(".toml")
            rules.append(parse_rule(rule_id, entry.read_text(encoding="utf-8"), f"data/rules/{entry.name}"))
    return tuple(rules)


@lru_cache(maxsize=8)
def _phrase_list(name: str) -> tuple[str, ...]:
    return tuple(line.strip().lower() for line in _data_text(name).splitlines() if line.strip() and not line.lstrip().startswith("#"))


# ---------------------------------------------------------------- rule kinds


def _unsourced_figures(report: Report, rule: Rule, sentences: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    for figure in report.figures:
        if figure.unsourced:
            yield figure.start, figure.end, {"text": figure.text}


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split()).strip("“”\"‘’' ")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _unattributed_quotes(report: Report, rule: Rule, sentences: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    for a in report.attributions:
        # no cue either: a cue whose subject the parse missed is the engine's gap, not the copy's
        if a.speaker is None and a.cue is None and a.kind in ("direct", "mixed"):
            yield a.start, a.end, {"short": _short(a.content_text), "text": a.content_text}


def _unresolved_speakers(report: Report, rule: Rule, sentences: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    for a in report.attributions:
        sp = a.speaker
        if sp is not None and sp.mention is not None and sp.entity is None and sp.form in _UNRESOLVED_FORMS:
            if not _introduces_someone(sp.mention.text):
                yield sp.mention.start, sp.mention.end, {"mention": sp.mention.text}


def _introduces_someone(mention: str) -> bool:
    """"a spokesman for the agency", "doctors at the hospital": a new, unnamed party, not a
    reference to someone named earlier, so there is nothing to resolve."""
    words = mention.split()
    first = words[0].lower() if words else ""
    if first in ("a", "an", "one", "another", "some", "several", "two", "three", "many"):
        return True
    if any(w.lower().startswith(("spokes", "representative")) for w in words):
        return True
    return first.endswith("s") and not first.endswith(("’s", "'s")) and first not in ("his", "its", "this", "us")


def _anonymous_sources(report: Report, rule: Rule, sentences: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    for a in report.attributions:
        sp = a.speaker
        entity = report.entity(sp.entity) if sp else None
        if sp is not None and sp.mention is not None and entity is not None and entity.type == "anonymous":
            yield sp.mention.start, sp.mention.end, {"mention": sp.mention.text}


def _listed_verbs(report: Report, rule: Rule, sentences: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    listed = lexicon().loaded_verbs if rule.list in (None, "loaded_verbs.txt") else {w: "said" for w in _phrase_list(rule.list)}
    for a in report.attributions:
        if a.cue is None or not a.verb:
            continue
        lemma = a.verb.split()[0]
        if lemma in listed:
            yield a.cue.start, a.cue.end, {"cue": a.cue.text, "verb": lemma, "neutral": listed[lemma]}


def _unbalanced_marks(report: Report, rule: Rule, sentences: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    yield from unbalanced_marks(report.text, report.excluded)


def unbalanced_marks(text: str, excluded: Sequence[tuple[int, int]] = ()) -> Iterator[Hit]:
    """Double quotation marks left open (and not reopened in the next paragraph) or never opened."""
    paras = marks.paragraphs(text)
    for n, (start, end) in enumerate(paras):
        if any(s <= start < e for s, e in excluded):
            continue
        opened = False
        for mark in marks._scan_marks(text, start, end):
            if mark.style != "double":
                continue
            if mark.role == "open" or (mark.role == "toggle" and not opened):
                opened = True
            elif opened:
                opened = False
            else:
                yield mark.start, mark.end, {"problem": "closing quotation mark with no opening mark before it in its paragraph"}
        for region in marks.scan_paragraph(text, start, end):
            if region.closed or region.style != "double":
                continue
            following = next((p for p in paras[n + 1 :] if text[p[0] : p[1]].strip()), None)
            reopens = following is not None and text[following[0] : following[1]].lstrip()[:1] in "“\"«„"
            if not reopens:
                yield region.start, region.start + 1, {"problem": "opening quotation mark never closed (and the next paragraph does not reopen the quote)"}


def _unattributed_claims(report: Report, rule: Rule, sentences: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    phrases = _phrase_list(rule.list or "claim_markers.txt")
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)
    taken = sorted(
        [s for a in report.attributions for s in a.spans]
        + [(a.cue.start, a.cue.end) for a in report.attributions if a.cue]
        + list(report.excluded)
    )
    for s, e in sentences:
        if any(ts < e and s < te for ts, te in taken):
            continue
        found = pattern.search(report.text, s, e)
        if found:
            yield found.start(), found.end(), {"marker": found.group(0)}


KINDS: dict[str, Callable[[Report, Rule, Sequence[tuple[int, int]]], Iterator[Hit]]] = {
    "unsourced-figure": _unsourced_figures,
    "unattributed-quote": _unattributed_quotes,
    "unresolved-speaker": _unresolved_speakers,
    "anonymous-source": _anonymous_sources,
    "listed-verb": _listed_verbs,
    "unbalanced-quote-marks": _unbalanced_marks,
    "unattributed-claim": _unattributed_claims,
}


def run(report: Report, sentences: Sequence[tuple[int, int]] = (), rules: Sequence[Rule] | None = None) -> list[Finding]:
    """Every finding of `rules` (default: the packaged ones) on `report`, in text order."""
    index = LineIndex.of(report.text)
    findings = []
    for rule in default_rules() if rules is None else rules:
        for start, end, values in KINDS[rule.kind](report, rule, sentences):
            line, column = index.position(start)
            end_line, end_column = index.position(end)  # exclusive, like `end`
            findings.append(
                Finding(
                    rule=rule.id,
                    severity=rule.severity,
                    start=start,
                    end=end,
                    message=rule.message.format_map(_Missing(values)),
                    line=line,
                    column=column,
                    end_line=end_line,
                    end_column=end_column,
                )
            )
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


class _Missing(dict):
    """Template values; a placeholder the kind does not fill stays visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
