"""Source documents for `verify`: transcripts, statements, earlier articles and subtitle files.

Each source becomes one text with its turns: who speaks from where to where (from labels such
as "MAYOR RUIZ:", "Q:", "MS. DOE:", "[Speaker 2]", "- OKAFOR:"), and for subtitles the
timestamp of the cue each character came from. Labels are kept out of the text that quotes
are matched against, so a quote never "matches" a speaker's name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .ingest import decode, html_article, looks_like_html

# A turn label at the start of a line: "MAYOR RUIZ:", "MS. DOE:", "Q:", "A.", "[Speaker 2]", "- OKAFOR:", "[OKAFOR]"
_LABEL = re.compile(
    r"^\s*(?:-\s*)?(?:\[(?P<bracket>[^\]\n]{1,40})\]|(?P<caps>(?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF)\.\s+)?[A-Z][A-Z'’.\- ]{0,38}[A-Z.]|Q|A)\s*:)\s*"
)
_SRT_TIME = re.compile(r"(\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})\s*-->\s*(\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})")


@dataclass
class Turn:
    """A stretch of a source spoken by one party (`speaker` None when no label says who)."""

    start: int
    end: int
    speaker: str | None


@dataclass
class Source:
    """One source document as matched: its text, turns and (subtitles) cue timestamps."""

    name: str
    text: str
    turns: list[Turn] = field(default_factory=list)
    cues: list[tuple[int, str]] = field(default_factory=list)  # (text offset where a cue starts, its start time)

    def speaker_at(self, offset: int) -> str | None:
        for turn in self.turns:
            if turn.start <= offset < turn.end:
                return turn.speaker
        return None

    def timestamp_at(self, offset: int) -> str | None:
        if not self.cues:
            return None
        i = bisect.bisect_right([c[0] for c in self.cues], offset) - 1
        return self.cues[max(i, 0)][1]


def _label_name(m: re.Match[str]) -> str | None:
    raw = (m.group("bracket") or m.group("caps") or "").strip()
    if not raw or raw in ("Q", "A") or re.fullmatch(r"(?i)speaker\s*\d+|unidentified.*|crosstalk|inaudible|applause|laughter|music", raw):
        return None if raw not in ("Q", "A") else raw
    return raw


def _is_label(m: re.Match[str] | None) -> bool:
    if m is None:
        return False
    caps = m.group("caps")
    if caps and caps not in ("Q", "A") and (len(caps.replace(".", "").split()) > 5 or not any(c.isalpha() for c in caps)):
        return False
    return True


def read_turns(text: str) -> Source:
    """A labelled transcript (or plain prose) as a Source: labels out of the text, turns kept."""
    out: list[str] = []
    turns: list[Turn] = []
    pos = 0
    current: str | None = None
    turn_start = 0
    for line in text.splitlines(keepends=True):
        m = _LABEL.match(line)
        body = line
        if _is_label(m) and m is not None:
            if pos > turn_start:
                turns.append(Turn(turn_start, pos, current))
            current = _label_name(m)
            turn_start = pos
            body = line[m.end() :]
        out.append(body)
        pos += len(body)
    turns.append(Turn(turn_start, pos, current))
    return Source("", "".join(out), [t for t in turns if t.end > t.start])


def read_subtitles(text: str) -> Source:
    """An .srt or .vtt file: cue texts joined by spaces, labels as turns, each cue's start time."""
    parts: list[str] = []
    cues: list[tuple[int, str]] = []
    turns: list[Turn] = []
    pos = 0
    current: str | None = None
    turn_start = 0
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    for block in blocks:
        lines = [ln for ln in block.split("\n") if ln.strip()]
        time_line = next((i for i, ln in enumerate(lines) if _SRT_TIME.search(ln)), None)
        if time_line is None:
            continue  # WEBVTT header, NOTE blocks
        start_time = _SRT_TIME.search(lines[time_line]).group(1)  # type: ignore[union-attr]
        words = " ".join(re.sub(r"<[^>]+>", "", ln).strip() for ln in lines[time_line + 1 :])
        m = _LABEL.match(words)
        if _is_label(m) and m is not None:
            if pos > turn_start:
                turns.append(Turn(turn_start, pos, current))
            current, turn_start = _label_name(m), pos
            words = words[m.end() :]
        if not words:
            continue
        if parts:
            parts.append(" ")
            pos += 1
        cues.append((pos, start_time))
        parts.append(words)
        pos += len(words)
    turns.append(Turn(turn_start, pos, current))
    return Source("", "".join(parts), [t for t in turns if t.end > t.start], cues)


def load(path: str) -> Source:
    """Read a source file by its kind: subtitles, HTML, or text/Markdown (with turn labels)."""
    try:
        raw = decode(Path(path).read_bytes(), path)
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    lower = path.lower()
    if lower.endswith((".srt", ".vtt")):
        source = read_subtitles(raw)
    elif looks_like_html(path, raw):
        source = read_turns(html_article(raw).text)
    else:
        source = read_turns(raw)
    source.name = path
    return source
