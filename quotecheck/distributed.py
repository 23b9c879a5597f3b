"""Indexing over Dask workers: each worker loads the model once and analyses whole batches;
the results come back to one writer, so the SQLite archive stays consistent.

Dask is an optional extra (`pip install 'quotecheck[dask]'`). The functions that run on the
workers live in this importable module, because workers cannot unpickle functions defined in a
script piped on stdin.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Sequence

from .errors import QuotecheckError


def analyze_batch(batch: Sequence[tuple[str, str]], model: str | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    """On a worker: (path, text, the Report as plain data) for each article of the batch."""
    from . import analyze_many
    from .pipeline import load, memory_zone
    from .types import report_state

    nlp = load(model)
    with memory_zone(nlp):  # a worker serves the whole run: its vocab must not keep each batch's words
        reports = analyze_many((t for _, t in batch), sources=[p for p, _ in batch], nlp=nlp)
        return [(p, t, report_state(r)) for (p, t), r in zip(batch, reports)]


def client_for(scheduler: str | None, workers: int = 2) -> Any:
    """A Dask client: to the scheduler at `scheduler`, or to a local cluster of `workers` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise QuotecheckError("the dask engine needs Dask: pip install 'quotecheck[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="10s")
        except OSError as err:
            raise QuotecheckError(f"cannot reach the Dask scheduler at {scheduler} ({err})") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)


def index(archive: Any, items: Iterable[tuple[str, str]], *, client: Any, batch_size: int = 32, model: str | None = None, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Like `archive.index`, with the analysis on the cluster and the writing here, batch by batch."""
    from distributed import as_completed

    from .types import report_from_state

    batches = list(archive.pending(items, batch_size))
    seen = sum(read for read, _ in batches)
    todo = sum(len(batch) for _, batch in batches)
    futures = [client.submit(analyze_batch, batch, model, pure=False) for _, batch in batches if batch]
    stored = 0
    for future in as_completed(futures):
        results = future.result()
        stored += archive.store((p, t, report_from_state(state)) for p, t, state in results)
        if progress is not None:
            progress(len(results))
    return {"seen": seen, "skipped": seen - todo, "stored": stored}
