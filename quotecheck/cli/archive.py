"""`quotecheck index`, `who`, `sources`, `search`: an archive of many articles in SQLite."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Iterator, List, Optional

import typer

from . import app
from .options import TextOrJson as Format, progress_bar


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _answer(db: str, ask: Callable[[Any], list[dict[str, Any]]], format: Format, line: Callable[[dict[str, Any]], str], noun: str | None = "statement") -> int:
    """Open the archive, ask it, print the rows as JSON or one line each (and a count)."""
    archive = _archive(db)
    try:
        rows = ask(archive)
    finally:
        archive.close()
    if format is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    for r in rows:
        print(line(r))
    if noun:
        print(f"{len(rows)} {noun}{'s' if len(rows) != 1 else ''}")
    return 0


def _archive(db: str, must_exist: bool = True):
    from ..archive import Archive
    from ..errors import InputError

    if must_exist and not Path(db).exists():
        raise InputError(f"{db}: no such archive; build one with: quotecheck index PATH --db {db}")
    return Archive(db)


@app.command()
def index(
    paths: List[str] = typer.Argument(..., help="Article files, folders or globs."),
    db: str = typer.Option(..., "--db", help="The SQLite archive to create or extend."),
    batch_size: int = typer.Option(32, "--batch-size", help="Articles a transaction."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Processes for spaCy's nlp.pipe (local engine)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline (default: $QUOTECHECK_MODEL or the best installed en_core_web_*)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local, or dask: analyse on Dask workers (pip install 'quotecheck[dask]')."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a local cluster)."),
    workers: int = typer.Option(2, "--workers", help="Worker processes of the local Dask cluster."),
) -> int:
    """Analyse articles into a SQLite archive; resumable, and an article already stored is skipped.

    Example: quotecheck index archive/2024 --db archive.db
    """
    from ..archive import index as run_index
    from ..errors import InputError
    from ..ingest import article, decode
    from .inputs import collect

    files, _ = collect(paths)
    errors = 0

    def read() -> Iterator[tuple[str, str]]:
        """Each readable file as (path, text), read when the indexer gets to it, so a run holds
        one batch of texts rather than the whole archive."""
        nonlocal errors
        for p in files:
            try:
                yield p, article(decode(Path(p).read_bytes(), p), p).text
            except InputError as err:
                print(f"quotecheck: {err}", file=sys.stderr)
                errors += 1
            except OSError as err:
                print(f"quotecheck: {p}: cannot read ({err.strerror})", file=sys.stderr)
                errors += 1

    items = read()
    archive = _archive(db, must_exist=False)
    try:
        with progress_bar(len(files), "indexing") as advance:
            if engine is Engine.dask:
                from ..distributed import client_for, index as dask_index

                client = client_for(scheduler, workers)
                try:
                    result = dask_index(archive, items, client=client, batch_size=batch_size, model=model, progress=advance)
                finally:
                    client.close()
            else:
                result = run_index(archive, items, batch_size=batch_size, model=model, n_process=jobs, progress=advance)
        counts = archive.counts()
    finally:
        archive.close()
    print(f"{result['stored']} articles analysed, {result['skipped']} already in {db}; the archive holds {counts['articles']} articles, {counts['statements']} statements, {counts['entities']} entities, {counts['figures']} figures", file=sys.stderr)
    return 2 if errors else 0


@app.command()
def who(
    name: str = typer.Argument(..., help="A name or a word of one (case-insensitive)."),
    db: str = typer.Option(..., "--db", help="The archive."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text or json."),
) -> int:
    """Every statement, across the archive, by every party whose name or alias has NAME as a word.

    Example: quotecheck who "Health Ministry" --db archive.db
    """
    def line(r: dict[str, Any]) -> str:
        date = f" · {r['date']}" if r["date"] else ""
        return f"{r['entity']} ({r['type']}) · {r['article']}{date} · {r['kind']}: {' '.join(r['text'].split())[:160]}"

    return _answer(db, lambda a: a.who(name), format, line)


@app.command()
def sources(
    db: str = typer.Option(..., "--db", help="The archive."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text or json."),
) -> int:
    """Which parties the archive's figures are sourced to, how often, and through whose statements.

    Example: quotecheck sources --db archive.db --format json
    """
    def line(r: dict[str, Any]) -> str:
        by = f" — cited by {', '.join(r['cited_by'][:5])}" if r["cited_by"] else ""
        return f"{r['figures']:>6} figures in {r['articles']:>4} articles  {r['source'] or 'UNSOURCED'}{by}"

    return _answer(db, lambda a: a.sources(), format, line, noun=None)


@app.command()
def search(
    query: str = typer.Argument(..., help="An SQLite FTS5 query: words, \"a phrase\", OR, NEAR(...)."),
    db: str = typer.Option(..., "--db", help="The archive."),
    limit: int = typer.Option(50, "--limit", help="Most results to show."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text or json."),
) -> int:
    """Full-text search over the archive's statements, best matches first.

    Example: quotecheck search '"death toll" ministry' --db archive.db
    """
    def line(r: dict[str, Any]) -> str:
        return f"{r['article']}: {r['speaker'] or 'UNATTRIBUTED'} ({r['kind']}): {' '.join(r['text'].split())[:160]}"

    return _answer(db, lambda a: a.search(query, limit), format, line)
