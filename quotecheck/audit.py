"""Findings: what an editor must look at, from a Report, by rules that are data.

A few rule *kinds* are code (an unsourced figure, a quote with no speaker, a listed verb…);
each *rule* is a file `data/rules/<id>.toml` naming its kind, severity, message and the
word list it reads. The message is a template filled from the finding's context.
"""

from __future__ import annotations

import bisect
import itertools
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterator, Sequence

from . import marks
from .errors import ConfigError
from .ingest import LineIndex
from .lexicon import lexicon, read_list
from .types import SEVERITIES, Finding, Report, Rule

_REASON_GIVEN = re.compile(r"\bbecause\b|\bnot authori[sz]ed\b|\bfor fear\b|\bto discuss\b|\bto speak (?:freely|candidly)\b")
_UNRESOLVED_FORMS = frozenset({"pronoun", "title", "surname"})  # a description ("residents") names its party itself
_RULE_FIELDS = {"kind", "severity", "message", "description", "list", "example", "example-source", "enabled"}

# A raw finding before its rule dresses it: extent and the values for the message template.
Hit = tuple[int, int, dict[str, str]]


@dataclass(frozen=True)
class Extra:
    """Words a configuration adds to the packaged lists."""

    loaded_verbs: tuple[str, ...] = ()
    anonymous: tuple[str, ...] = ()


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
    if raw["kind"] not in KINDS and raw["kind"] not in CHECKER_KINDS:
        raise ConfigError(f"{where}: unknown kind {raw['kind']!r} (known: {', '.join(sorted(set(KINDS) | CHECKER_KINDS))})")
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
        example_source=raw.get("example-source", ""),
        enabled=bool(raw.get("enabled", True)),
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
    return tuple(line.strip().lower() for line in read_list(name))


# ---------------------------------------------------------------- rule kinds


def _unsourced_figures(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    for figure in report.figures:
        if figure.unsourced:
            near = report.entity(figure.near)
            hint = f" ({near.name} speaks nearby: is it theirs?)" if near is not None else ""
            yield figure.start, figure.end, {"text": figure.text, "near": hint}


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split()).strip("“”\"‘’' ")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _unattributed_quotes(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    for a in report.attributions:
        # no cue either: a cue whose subject the parse missed is the engine's gap, not the copy's
        if a.speaker is None and a.cue is None and a.kind in ("direct", "mixed"):
            yield a.start, a.end, {"short": _short(a.content_text), "text": a.content_text}


def _hidden_sources(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    for a in report.attributions:
        # a cue with nobody behind it by the copy's choice: "is said to", "were told", "reportedly",
        # "the charge that" (a verb whose subject the parse missed is the engine's gap, not the copy's)
        if a.speaker is None and a.cue is not None and a.unnamed is not None:
            yield a.cue.start, a.cue.end, {"cue": " ".join(a.cue.text.split()), "short": _short(a.content_text)}


def _unresolved_speakers(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    for a in report.attributions:
        sp = a.speaker
        if sp is not None and sp.mention is not None and sp.entity is None and sp.form in _UNRESOLVED_FORMS:
            headline = "\n" in report.text and sp.mention.start < report.text.index("\n")
            if not headline and not _introduces_someone(sp.mention.text):  # a headline names people later
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


def _anonymous_sources(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    """Each unnamed source once, at its first mention, unless some mention of it says why it is
    unnamed ("the aide" after "an aide who spoke on condition of anonymity to discuss …")."""
    # (mention, entity id, whether the mention says why: "… who spoke on condition of anonymity because …")
    mentions = [(a.speaker.mention, a.speaker.entity, bool(_REASON_GIVEN.search(a.speaker.mention.text.lower()))) for a in report.attributions if a.speaker is not None and a.speaker.mention is not None]
    explained = {entity for _, entity, reason in mentions if entity is not None and reason}
    seen: set[str] = set()
    for mention, entity_id, reason in mentions:
        if reason or entity_id in explained or entity_id in seen:
            continue
        lower = mention.text.lower()
        entity = report.entity(entity_id)
        if entity is not None and entity.document:
            continue  # "court records show": a paper the reader can ask for, not a person hiding
        if (entity is not None and entity.type == "anonymous") or any(p in lower for p in extra.anonymous):
            if entity_id is not None:
                seen.add(entity_id)
            yield mention.start, mention.end, {"mention": mention.text}


def _listed_verbs(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    if rule.list in (None, "loaded_verbs.txt"):
        listed = dict(lexicon().loaded_verbs)
        listed.update({v: "said" for v in extra.loaded_verbs})
    else:
        listed = {}
        for line in _phrase_list(rule.list):
            verb, _, neutral = line.partition("\t")
            listed[verb.strip()] = neutral.strip() or "said"
    for a in report.attributions:
        if a.cue is None or not a.verb:
            continue
        lemma = a.verb.split()[0]
        if lemma in listed:
            yield a.cue.start, a.cue.end, {"cue": a.cue.text, "verb": lemma, "neutral": listed[lemma]}


def _unbalanced_marks(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    yield from unbalanced_marks(report.text, report.excluded)


def unbalanced_marks(text: str, excluded: Sequence[tuple[int, int]] = ()) -> Iterator[Hit]:
    """Double quotation marks left open (and not reopened in the next paragraph) or never opened."""
    paras = marks.paragraphs(text)
    for n, (start, end) in enumerate(paras):
        if any(s <= start < e for s, e in excluded):
            continue
        # the double marks paired as marks.scan_paragraph pairs them (a second opening mark
        # inside an open quotation is a typo and skipped), in one pass over the paragraph
        open_at: int | None = None
        for mark in marks._scan_marks(text, start, end):
            if mark.style != "double":
                continue
            if open_at is None and mark.role in ("open", "toggle"):
                open_at = mark.start
            elif open_at is not None and mark.role in ("close", "toggle"):
                open_at = None
            elif open_at is None:
                yield mark.start, mark.end, {"problem": "closing quotation mark with no opening mark before it in its paragraph"}
        if open_at is not None:
            following = next((p for p in paras[n + 1 :] if text[p[0] : p[1]].strip()), None)
            reopens = following is not None and text[following[0] : following[1]].lstrip()[:1] in "“\"«„"
            if not reopens:
                yield open_at, open_at + 1, {"problem": "opening quotation mark never closed (and the next paragraph does not reopen the quote)"}


def _unattributed_claims(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    phrases = _phrase_list(rule.list or "claim_markers.txt")
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)
    taken = sorted(
        [s for a in report.attributions for s in a.spans]
        + [(a.cue.start, a.cue.end) for a in report.attributions if a.cue]
        + list(report.excluded)
    )
    starts = [t[0] for t in taken]
    reach = list(itertools.accumulate((t[1] for t in taken), max))  # furthest end among the first k
    for s, e in report.sentences:
        k = bisect.bisect_left(starts, e)  # taken extents that start before the sentence ends
        if k and reach[k - 1] > s:
            continue
        found = pattern.search(report.text, s, e)
        if found:
            yield found.start(), found.end(), {"marker": found.group(0)}


def _speakers_not_introduced(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    """A surname or title that stands for someone whose full name only comes later (or never)."""
    firsts: dict[str, int] = {}
    for a in report.attributions:
        sp = a.speaker
        if sp is None or sp.mention is None or sp.form not in ("surname", "title", "name"):
            continue
        entity = report.entity(sp.entity)
        if entity is None or entity.type != "person":
            continue
        if len(entity.name.split()) < 2:
            # only the surname so far: is the full name given further down (within a long article's reach)?
            later = re.compile(rf"\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)* {re.escape(entity.name)}\b").search(report.text, sp.mention.end, sp.mention.end + 20_000)
            if later:
                yield sp.mention.start, sp.mention.end, {"mention": sp.mention.text, "name": later.group(0)}
            continue
        if entity.name not in firsts:
            firsts[entity.name] = report.text.find(entity.name)
        if firsts[entity.name] >= sp.mention.end:
            yield sp.mention.start, sp.mention.end, {"mention": sp.mention.text, "name": entity.name}


def _bare_first_mentions(report: Report, rule: Rule, extra: Extra) -> Iterator[Hit]:
    """The first time a person speaks, the copy says who they are: a title or an affiliation."""
    seen: set[str] = set()
    for a in report.attributions:
        sp = a.speaker
        if sp is None or sp.mention is None or sp.entity is None or sp.entity in seen:
            continue
        seen.add(sp.entity)
        entity = report.entity(sp.entity)
        if entity is None or entity.type != "person" or sp.form != "name" or len(entity.name.split()) < 2:
            continue  # a surname alone is speaker-not-introduced's business
        if entity.name not in sp.mention.text:
            continue
        if not entity.titles and entity.affiliation is None and "," not in sp.mention.text:
            yield sp.mention.start, sp.mention.end, {"mention": sp.mention.text}


#: Kinds the checker runs over the copy rather than over the Report (see `suppress`).
CHECKER_KINDS = frozenset({"unused-suppression", "altered-quote", "spliced-quote", "quote-not-in-source", "speaker-mismatch"})
#: Of those, the ones `quotecheck verify` raises against sources; `check` alone never does.
VERIFY_KINDS = frozenset({"altered-quote", "spliced-quote", "quote-not-in-source", "speaker-mismatch"})

KINDS: dict[str, Callable[[Report, Rule, Extra], Iterator[Hit]]] = {
    "speaker-not-introduced": _speakers_not_introduced,
    "bare-first-mention": _bare_first_mentions,
    "unsourced-figure": _unsourced_figures,
    "unattributed-quote": _unattributed_quotes,
    "hidden-source": _hidden_sources,
    "unresolved-speaker": _unresolved_speakers,
    "anonymous-source": _anonymous_sources,
    "listed-verb": _listed_verbs,
    "unbalanced-quote-marks": _unbalanced_marks,
    "unattributed-claim": _unattributed_claims,
}


def run(report: Report, rules: Sequence[Rule] | None = None, extra: Extra = Extra()) -> list[Finding]:
    """Every finding of `rules` (default: the packaged ones) on `report`, in text order."""
    index = LineIndex.of(report.text)
    findings = []
    for rule in default_rules() if rules is None else rules:
        if rule.kind in CHECKER_KINDS:
            continue
        for start, end, values in KINDS[rule.kind](report, rule, extra):
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


# ---------------------------------------------------------------- suppressions in the copy

_DIRECTIVE = re.compile(r"<!--\s*quotecheck:\s*(disable|enable|ignore-next-line)\s*(?:=\s*([\w\-, ]+?))?\s*-->", re.IGNORECASE)
ALL_RULES = "*"


@dataclass
class Directive:
    """One `<!-- quotecheck: … -->` switch in the copy, and how many findings it silenced."""

    action: str  # disable, enable, ignore-next-line
    rules: tuple[str, ...]  # rule ids, or ("*",) for all
    start: int
    end: int
    used: int = 0

    def covers(self, rule: str) -> bool:
        return ALL_RULES in self.rules or rule in self.rules


def directives(text: str) -> list[Directive]:
    """Every suppression switch in `text`, in order."""
    if "quotecheck:" not in text:
        return []
    out = []
    for m in _DIRECTIVE.finditer(text):
        rules = tuple(r.strip() for r in (m.group(2) or "").split(",") if r.strip()) or (ALL_RULES,)
        out.append(Directive(m.group(1).lower(), rules, m.start(), m.end()))
    return out


def suppress(text: str, findings: list[Finding], rules: Sequence[Rule]) -> tuple[list[Finding], list[Finding]]:
    """(kept, suppressed) findings under the switches in `text`; switches that silence nothing
    are reported by the `unused-suppression` rule when it is among `rules`."""
    switches = directives(text)
    if not switches:
        return findings, []
    index = LineIndex.of(text)
    kept, silenced = [], []
    for finding in findings:
        switch = _silencing(text, index, switches, finding)
        if switch is None:
            kept.append(finding)
        else:
            switch.used += 1
            silenced.append(finding)
    unused = next((r for r in rules if r.kind == "unused-suppression"), None)
    if unused is not None:
        for switch in switches:
            if switch.action != "enable" and switch.used == 0:
                line, column = index.position(switch.start)
                end_line, end_column = index.position(switch.end)
                what = "all rules" if ALL_RULES in switch.rules else ", ".join(switch.rules)
                kept.append(
                    Finding(unused.id, unused.severity, switch.start, switch.end, unused.message.format_map(_Missing({"action": switch.action, "rules": what})), line, column, end_line, end_column)
                )
        kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return kept, silenced


def _silencing(text: str, index: LineIndex, switches: list[Directive], finding: Finding) -> Directive | None:
    """The switch that silences `finding`, if any: the latest disable before it not yet
    re-enabled, or an ignore-next-line on the line before its line."""
    active: Directive | None = None
    for switch in switches:
        if switch.start > finding.start:
            break
        if switch.action == "disable" and switch.covers(finding.rule):
            active = switch
        elif switch.action == "enable" and active is not None and (ALL_RULES in switch.rules or finding.rule in switch.rules):
            active = None
        elif switch.action == "ignore-next-line" and switch.covers(finding.rule):
            line = index.position(switch.end)[0]
            # the next line that holds text after the switch's own line
            following = line + 1
            while following <= len(index.starts) and not text[index.starts[following - 1] : (index.starts[following] if following < len(index.starts) else len(text))].strip():
                following += 1
            if finding.line == following:
                return switch
    return active
