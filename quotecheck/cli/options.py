"""Option types shared by several commands (one spelling of each value everywhere)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import Enum
from typing import Callable, Iterator


class Level(str, Enum):
    """A severity, as --fail-level takes it."""

    error = "error"
    warning = "warning"
    suggestion = "suggestion"


class TextOrJson(str, Enum):
    text = "text"
    json = "json"


@contextmanager
def progress_bar(total: int, what: str) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr for runs over more than a handful of files; nothing when
    stderr is not a terminal (CI logs, pipes) or the run is small."""
    if total <= 5 or not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda n: bar.advance(task, n)
