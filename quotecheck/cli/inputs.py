"""Reading the files named on the command line: paths, directories, and '-' for stdin."""

from __future__ import annotations

import glob
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


def collect(paths: list[str]) -> tuple[list[str], int]:
    """Files from paths, directories (searched recursively, hidden entries left out) and globs,
    and how many non-article files the directories held (skipped). A missing path, a pattern
    that matches nothing or a directory without articles is an InputError."""
    files: list[str] = []
    skipped = 0
    for p in paths:
        if p == "-":
            files.append(p)
            continue
        matches = sorted(glob.glob(p, recursive=True)) if any(c in p for c in "*?[") else [p]
        if not matches:
            raise InputError(f"{p}: no file matches this pattern")
        for m in matches:
            path = Path(m)
            if path.is_dir():
                found = [f for f in sorted(path.rglob("*")) if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts)]
                articles = [str(f) for f in found if f.suffix.lower() in ARTICLE_SUFFIXES]
                skipped += len(found) - len(articles)
                if not articles:
                    raise InputError(f"{m}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this directory")
                files.extend(articles)
            elif not path.exists():
                raise InputError(f"{m}: no such file or directory")
            else:
                files.append(m)
    return files, skipped


def expand(paths: list[str]) -> list[str]:
    """The article files the paths name (see `collect`)."""
    return collect(paths)[0]


def read_inputs(paths: list[str], expanded: bool = False) -> list[Input]:
    """Read and decode each file (`expanded`: the paths are files already, not folders or
    globs); an unreadable one carries its error instead of text."""
    inputs = []
    for name in paths if expanded else expand(paths):
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            inputs.append(Input(name, decode(data, name)))
        except InputError as err:
            inputs.append(Input(name, error=str(err)))
        except OSError as err:
            inputs.append(Input(name, error=f"{name}: cannot read ({err.strerror})"))
    return inputs
