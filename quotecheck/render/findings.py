"""Findings of a check as lines (ruff/Vale style), JSON, GitHub workflow commands and SARIF 2.1.0.

Each renderer takes the CheckResult and returns text; none decides the exit code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..checker import FINGERPRINT_KEY, CheckResult
from ..types import SEVERITIES, Finding

_SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}
_COLOUR = {"error": "\x1b[1;31m", "warning": "\x1b[33m", "suggestion": "\x1b[36m"}


def _sorted(result: CheckResult) -> list[tuple[str, Finding, str]]:
    rows = [(r.path, f, fp) for r in result.files for f, fp in zip(r.findings, r.fingerprints)]
    return sorted(rows, key=lambda t: (t[0], t[1].line, t[1].column, t[1].rule))


def summary(result: CheckResult) -> str:
    """One line: counts by severity, files, suppressed and baselined findings, skipped files."""
    counts = result.counts()
    parts = [f"{counts.get(s, 0)} {s}{'s' if counts.get(s, 0) != 1 else ''}" for s in reversed(SEVERITIES)]
    files = len(result.files)
    line = f"{', '.join(parts)} in {files} file{'s' if files != 1 else ''}"
    extras = []
    suppressed = sum(r.suppressed for r in result.files)
    baselined = sum(r.baselined for r in result.files)
    errors = sum(1 for r in result.files if r.error)
    if suppressed:
        extras.append(f"{suppressed} suppressed in the copy")
    if baselined:
        extras.append(f"{baselined} in the baseline")
    if result.skipped:
        extras.append(f"{result.skipped} file{'s' if result.skipped != 1 else ''} skipped: not articles, or excluded by config")
    if errors:
        extras.append(f"{errors} file{'s' if errors != 1 else ''} could not be read")
    if extras:
        line += f" ({'; '.join(extras)})"
    failing = result.failing()
    line += f"; {failing} at or above {result.fail_level}" if failing else f"; none at or above {result.fail_level}"
    return line


def text(result: CheckResult, colour: bool = False) -> str:
    """`path:line:col: severity [rule] message`, sorted by path, line and column, then the summary."""
    out = []
    for r in result.files:
        if r.error:
            out.append(f"{r.path}: error: {r.error}")
    for path, f, _ in _sorted(result):
        level = f"{_COLOUR[f.severity]}{f.severity}\x1b[0m" if colour else f.severity
        out.append(f"{path}:{f.line}:{f.column}: {level} [{f.rule}] {f.message}")
    out.append(summary(result))
    return "\n".join(out) + "\n"


def to_json(result: CheckResult) -> str:
    """The findings as a JSON object: one entry a finding, with its path, and the counts."""
    findings = [dict(path=path, **f.to_dict(), fingerprint=fp) for path, f, fp in _sorted(result)]
    errors = [{"path": r.path, "error": r.error} for r in result.files if r.error]
    counts = result.counts()
    payload: dict[str, Any] = {
        "findings": findings,
        "errors": errors,
        "summary": {
            "files": len(result.files),
            "by_severity": {s: counts.get(s, 0) for s in SEVERITIES},
            "suppressed": sum(r.suppressed for r in result.files),
            "baselined": sum(r.baselined for r in result.files),
            "skipped": result.skipped,
            "fail_level": result.fail_level,
            "failing": result.failing(),
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(result: CheckResult) -> str:
    """GitHub Actions workflow commands: `::warning file=…,line=…,col=…::message`."""
    out = []
    for r in result.files:
        if r.error:
            out.append(f"::error file={_escape_property(r.path)}::{_escape_data(r.error)}")
    for path, f, _ in _sorted(result):
        props = f"file={_escape_property(path)},line={f.line},col={f.column},endLine={f.end_line},endColumn={f.end_column},title={_escape_property('quotecheck ' + f.rule)}"
        out.append(f"::{_GITHUB_LEVEL[f.severity]} {props}::{_escape_data(f.message)}")
    return "\n".join(out) + ("\n" if out else "")


def _uri(path: str) -> str:
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return p.as_posix() if path != "-" else "stdin"


def sarif(result: CheckResult) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run: the rules with their help, the results with regions."""
    from .. import __version__

    rules = list(result.rules)
    index = {r.id: i for i, r in enumerate(rules)}
    driver = {
        "name": "quotecheck",
        "version": __version__,
        "informationUri": "https://pypi.org/project/quotecheck/",
        "rules": [
            {
                "id": r.id,
                "name": "".join(w.capitalize() for w in r.id.split("-")),
                "shortDescription": {"text": r.message.split(":")[0].replace("{", "").replace("}", "")[:120] or r.id},
                "fullDescription": {"text": " ".join(r.description.split()) or r.id},
                "help": {"text": " ".join(r.description.split()) + (f"\n\nExample:\n{r.example}" if r.example else "")},
                "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
                "properties": {"kind": r.kind},
            }
            for r in rules
        ],
    }
    results = []
    for path, f, fp in _sorted(result):
        item: dict[str, Any] = {
            "ruleId": f.rule,
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(path)},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": max(f.end_column, f.column + (1 if f.end_line == f.line else 0)),
                            "charOffset": f.start,
                            "charLength": f.end - f.start,
                        },
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: fp},
        }
        if f.rule in index:
            item["ruleIndex"] = index[f.rule]
        results.append(item)
    notifications = [
        {"level": "error", "message": {"text": r.error}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}]}
        for r in result.files
        if r.error
    ]
    run: dict[str, Any] = {"tool": {"driver": driver}, "results": results, "columnKind": "unicodeCodePoints"}
    if notifications:
        run["invocations"] = [{"executionSuccessful": False, "toolExecutionNotifications": notifications}]
    return {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]}
