"""Bytes to text, page chrome marked (never removed), and offsets to line:column.

Offsets always index the decoded text exactly as given (a BOM is dropped, line ends kept),
so every later stage can point back into the file.
"""

from __future__ import annotations

import bisect
import codecs
from dataclasses import dataclass

from .errors import InputError
from .lexicon import lexicon


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is an InputError.

    The error names the byte offset of the first bad byte, so an editor can find it.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(f"{name}: invalid UTF-16 at byte {err.start}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: not text (binary data); give a UTF-8 or UTF-16 text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: invalid UTF-8 at byte {err.start}; re-save the file as UTF-8"
        ) from None


def chrome_regions(text: str) -> list[tuple[int, int]]:
    """Extents of whole lines that are web-page chrome (weather widgets, share prompts, ads).

    A line is chrome when it matches a pattern of data/chrome_patterns.txt and is short
    (chrome is never a paragraph of prose).
    """
    patterns = lexicon().chrome
    regions: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and len(stripped) <= 160 and any(p.fullmatch(stripped) for p in patterns):
            lead = len(line) - len(line.lstrip())
            regions.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return regions


@dataclass(frozen=True)
class LineIndex:
    """Maps offsets to 1-based line and column (columns count code points)."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "LineIndex":
        starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                starts.append(i + 1)
        return cls(tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1
