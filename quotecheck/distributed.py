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
    from .archive import analyse_batch
    from .pipeline import load
    from .types import report_state

    # a worker serves the whole run: the batch is analysed in a memory zone, so its vocab
    # does not keep each batch's words
    reports = analyse_batch(list(batch), load(model))
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
    """Like `archive.index`, with the analysis on the cluster and the writing here, batch by batch.

    Two batches a worker thread are in flight at most: enough to keep the workers busy, and the
    run reads its items as they get through them instead of sending the whole archive at once.
    """
    from distributed import as_completed

    from .types import report_from_state

    window = 2 * max(1, sum(client.nthreads().values()))
    in_flight = as_completed()
    seen = skipped = stored = 0

    def store_next() -> None:
        nonlocal stored
        results = next(in_flight).result()
        stored += archive.store((p, t, report_from_state(state)) for p, t, state in results)
        if progress is not None:
            progress(len(results))

    for read, batch in archive.pending(items, batch_size):
        seen += read
        skipped += read - len(batch)
        if batch:
            in_flight.add(client.submit(analyze_batch, batch, model, pure=False))
        if progress is not None and read > len(batch):
            progress(read - len(batch))
        while in_flight.count() >= window:
            store_next()
    while not in_flight.is_empty():
        store_next()
    archive.consolidate()
    return {"seen": seen, "skipped": skipped, "stored": stored}
