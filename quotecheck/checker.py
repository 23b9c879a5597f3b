"""The checker behind `quotecheck check`: rules and config over a batch of Reports.

Each file gets the configuration found above it (or the one given), its rules run over its
Report, the switches in the copy silence what they name, and a baseline drops what was
already recorded. The exit code is decided once, here, from what is left.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from . import audit, config as configuration, ingest
from .errors import ConfigError, InputError
from .types import SEVERITIES, Finding, Report, Rule

FINGERPRINT_KEY = "quotecheck/v1"


@dataclass
class Item:
    """One input: its name as given and its text, or the one-line error that stopped it."""

    name: str
    text: str | None = None
    error: str | None = None


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0
    baselined: int = 0
    error: str | None = None
    text: str = ""
    fingerprints: list[str] = field(default_factory=list)  # one per finding, same order


@dataclass
class CheckResult:
    files: list[FileResult]
    rules: tuple[Rule, ...]
    fail_level: str = "error"
    skipped: int = 0  # files in the folders given that are not articles

    def counts(self) -> Counter[str]:
        return Counter(f.severity for r in self.files for f in r.findings)

    def failing(self) -> int:
        """Findings at or above the fail level."""
        floor = SEVERITIES.index(self.fail_level)
        return sum(1 for r in self.files for f in r.findings if SEVERITIES.index(f.severity) >= floor)

    @property
    def exit_code(self) -> int:
        """2 when a file could not be read, else 1 when a finding reaches the fail level, else 0."""
        if any(r.error for r in self.files):
            return 2
        return 1 if self.failing() else 0


def fingerprint(text: str, finding: Finding) -> str:
    """A hash of the rule and the words the finding points at, with the sentence around them.

    Offsets and line numbers are left out, so an edit elsewhere in the file keeps it.
    """
    start = text.rfind("\n", 0, finding.start) + 1
    end = text.find("\n", finding.end)
    line = " ".join(text[start : end if end >= 0 else len(text)].split())
    words = " ".join(text[finding.start : finding.end].split())
    return hashlib.sha256(f"{finding.rule}\0{words}\0{line}".encode("utf-8")).hexdigest()[:32]


def _fingerprints(text: str, findings: Sequence[Finding]) -> list[str]:
    """Fingerprints made unique by their occurrence number (two identical lines stay two)."""
    seen: Counter[str] = Counter()
    out = []
    for finding in findings:
        base = fingerprint(text, finding)
        seen[base] += 1
        out.append(f"{base}:{seen[base]}")
    return out


class Baseline:
    """Findings recorded earlier (`--write-baseline`), keyed by path and fingerprint."""

    def __init__(self, entries: Iterable[tuple[str, str]] = ()):
        self.entries = Counter(entries)

    @classmethod
    def read(cls, path: str) -> "Baseline":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls((e["path"], e["fingerprint"]) for e in data["findings"])
        except OSError as err:
            raise ConfigError(f"{path}: cannot read baseline ({err.strerror})") from None
        except (ValueError, KeyError, TypeError):
            raise ConfigError(f"{path}: not a quotecheck baseline (write one with --write-baseline)") from None

    @staticmethod
    def write(path: str, result: CheckResult) -> None:
        findings = [
            {"path": r.path, "rule": f.rule, "fingerprint": fp, "line": f.line, "message": f.message}
            for r in result.files
            for f, fp in zip(r.findings, r.fingerprints)
        ]
        try:
            Path(path).write_text(json.dumps({"version": 1, "findings": findings}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        except OSError as err:
            raise InputError(f"{path}: cannot write baseline ({err.strerror})") from None

    def take(self, path: str, fp: str) -> bool:
        """True (and used up) when this finding was recorded."""
        key = (path, fp)
        if self.entries[key] > 0:
            self.entries[key] -= 1
            return True
        return False


def config_for(path: str, override: str | None, known: frozenset[str]) -> configuration.Config:
    """The given config, else the nearest one above `path`, else the defaults."""
    if override:
        return configuration.load(override, known)
    where = configuration.find(str(Path(path).parent if path != "-" else Path.cwd()))
    return configuration.load(where, known) if where else configuration.Config()


def check(
    items: Sequence[Item],
    *,
    config_path: str | None = None,
    fail_level: str | None = None,
    model: str | None = None,
    baseline: Baseline | None = None,
    skipped: int = 0,
    progress: Callable[[int], None] | None = None,
) -> CheckResult:
    """Check every item; the model is loaded once per model name, the files run as one batch.

    `progress`, when given, is called with 1 after each file (for a progress bar)."""
    from . import analyze_many

    known = frozenset(r.id for r in audit.default_rules())
    configs = {item.name: config_for(item.name, config_path, known) for item in items}
    results = {item.name: FileResult(item.name, error=item.error, text=item.text or "") for item in items}
    by_model: dict[str | None, list[Item]] = defaultdict(list)
    for item in items:
        if item.error is None:
            by_model[model or configs[item.name].model].append(item)
    for model_name, group in by_model.items():
        articles = [ingest.article(i.text or "", i.name) for i in group]
        reports = analyze_many((a.text for a in articles), sources=[i.name for i in group], model=model_name)
        for item, art, report in zip(group, articles, reports):
            _check_one(results[item.name], report, configs[item.name], baseline)
            if art.offsets is not None:
                art.point_into_file(results[item.name].findings)
            if progress is not None:
                progress(1)
    first = configs[items[0].name] if items else configuration.Config()
    level = fail_level or first.fail_level
    rules = first.rules(audit.default_rules())
    return CheckResult([results[i.name] for i in items], rules, level, skipped)


def _check_one(result: FileResult, report: Report, cfg: configuration.Config, baseline: Baseline | None) -> None:
    rules = cfg.rules(audit.default_rules())
    extra = audit.Extra(loaded_verbs=cfg.extra_loaded_verbs, anonymous=cfg.extra_anonymous)
    findings = audit.run(report, rules, extra)
    kept, silenced = audit.suppress(report.text, findings, rules)
    result.suppressed = len(silenced)
    fingerprints = _fingerprints(report.text, kept)
    if baseline is not None:
        fresh = [(f, fp) for f, fp in zip(kept, fingerprints) if not baseline.take(result.path, fp)]
        result.baselined = len(kept) - len(fresh)
        kept, fingerprints = [f for f, _ in fresh], [fp for _, fp in fresh]
    result.findings, result.fingerprints = kept, fingerprints
