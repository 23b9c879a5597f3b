"""`quotecheck check`: attribution findings as a linter reports them, with exit codes for CI."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import List, Optional

import typer

from . import app
from .inputs import collect, read_inputs
from .options import Level, progress_bar


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Files, directories, globs; '-' reads stdin."),
    format: CheckFormat = typer.Option(CheckFormat.text, "--format", "-f", help="text, json, sarif or github."),
    fail_level: Optional[Level] = typer.Option(None, "--fail-level", help="Exit 1 when a finding is at or above this level (default: the config's, else error)."),
    config: Optional[str] = typer.Option(None, "--config", help="Config file (.quotecheck.toml, or a pyproject.toml with [tool.quotecheck]); default: the nearest above each file."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Leave out findings recorded in this baseline file."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="Record the current findings in this file (and exit 0)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline (default: the config's, $QUOTECHECK_MODEL, or the best installed en_core_web_*)."),
) -> int:
    """Lint draft copy for attribution problems; exit 0 clean, 1 findings at or above the fail level, 2 errors.

    Example: quotecheck check drafts/ --format github --fail-level warning
    """
    from ..audit import default_rules
    from ..checker import Baseline, Item, check as run_check, config_for
    from ..render import findings as render

    files, skipped = collect(paths)
    # files found in folders or by globs obey their config's include/exclude; named files never do
    named = set(paths)
    known = frozenset(r.id for r in default_rules())
    kept = [f for f in files if f in named or f == "-" or config_for(f, config, known).wants(f)]
    skipped += len(files) - len(kept)
    files = kept
    items = [Item(i.name, i.text if i.error is None else None, i.error) for i in read_inputs(files, expanded=True)]
    base = Baseline.read(baseline) if baseline else None
    with progress_bar(len(items), "checking") as advance:
        result = run_check(items, config_path=config, fail_level=fail_level.value if fail_level else None, model=model, baseline=base, skipped=skipped, progress=advance)
    if write_baseline:
        Baseline.write(write_baseline, result)
        n = sum(len(r.findings) for r in result.files)
        print(f"quotecheck: wrote {n} finding{'s' if n != 1 else ''} to {write_baseline}", file=sys.stderr)
        return 2 if any(r.error for r in result.files) else 0
    if format is CheckFormat.text:
        sys.stdout.write(render.text(result, colour=sys.stdout.isatty()))
    elif format is CheckFormat.json:
        sys.stdout.write(render.to_json(result))
    elif format is CheckFormat.github:
        sys.stdout.write(render.github(result))
        print(render.summary(result), file=sys.stderr)
    else:
        sys.stdout.write(json.dumps(render.sarif(result), ensure_ascii=False, indent=2) + "\n")
    for r in result.files:
        if r.error and format is not CheckFormat.text:
            print(f"quotecheck: {r.error}", file=sys.stderr)
    return result.exit_code


@app.command()
def rules(rule_id: Optional[str] = typer.Argument(None, help="A rule id to explain.")) -> int:
    """List the rules with their default severity, or explain one rule with its example.

    Example: quotecheck rules loaded-verb
    """
    from ..audit import default_rules
    from ..errors import InputError

    all_rules = default_rules()
    if rule_id is None:
        width = max(len(r.id) for r in all_rules)
        for r in all_rules:
            first = " ".join(r.description.split()).split(". ")[0].rstrip(".")
            print(f"{r.id:<{width}}  {r.severity:<10}  {first}")
        return 0
    rule = next((r for r in all_rules if r.id == rule_id), None)
    if rule is None:
        raise InputError(f"no rule named {rule_id!r}; `quotecheck rules` lists them")
    print(f"{rule.id} ({rule.severity}, kind {rule.kind})\n")
    print(" ".join(rule.description.split()) + "\n")
    if rule.list:
        print(f"Word list: quotecheck/data/{rule.list}\n")
    print("Example that triggers it:\n")
    print("\n".join("    " + line for line in rule.example.splitlines()))
    print(f"\nTurn it off in .quotecheck.toml:  disable = [\"{rule.id}\"]")
    return 0
