"""Reading the files named on the command line: paths, directories, and '-' for stdin."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..ingest import decode

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm")


@dataclass
class Input:
    name: str
    text: str = ""
    error: str | None = None


def expand(paths: list[str]) -> list[str]:
    """Directories become their article files (sorted); a missing path is an InputError."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(str(f) for f in path.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise InputError(f"{p}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this directory")
            out.extend(found)
        elif not path.exists():
            raise InputError(f"{p}: no such file or directory")
        else:
            out.append(p)
    return out


def read_inputs(paths: list[str]) -> list[Input]:
    """Read and decode each file; an unreadable one carries its error instead of text."""
    inputs = []
    for name in expand(paths):
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            inputs.append(Input(name, decode(data, name)))
        except InputError as err:
            inputs.append(Input(name, error=str(err)))
        except OSError as err:
            inputs.append(Input(name, error=f"{name}: cannot read ({err.strerror})"))
    return inputs
