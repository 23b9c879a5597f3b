"""Turn the annotated articles in corpus/src/ into plain texts and gold JSONL with offsets.

Usage:
    python corpus/build.py           # write corpus/texts/*.txt and corpus/gold.jsonl
    python corpus/build.py --check   # fail (exit 1) when the outputs are stale or markup is bad

The markup is described in corpus/ANNOTATING.md. Nobody counts characters by hand: offsets come
from here. Only the standard library and quotecheck.marks (for the `kind` rule) are used.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from quotecheck.marks import kind_of, quoted_mask  # noqa: E402

TAG = re.compile(r"<(/?)([csvf])(\d*)((?:\s+[a-z]+=\"[^\"]*\")*)\s*>")
ATTR = re.compile(r"([a-z]+)=\"([^\"]*)\"")


class MarkupError(ValueError):
    """A malformed annotation, reported as path:line:col."""


@dataclass
class Attribution:
    number: int
    content: list[tuple[int, int]] = field(default_factory=list)
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    ref: str | None = None


@dataclass
class Parsed:
    text: str
    header: dict[str, str]
    attributions: dict[int, Attribution]
    figures: list[dict]


def _where(path: str, raw: str, pos: int) -> str:
    line = raw.count("\n", 0, pos) + 1
    col = pos - (raw.rfind("\n", 0, pos) + 1) + 1
    return f"{path}:{line}:{col}"


def parse(raw: str, path: str = "<markup>") -> Parsed:
    """Strip the markup from `raw`, returning the text and the annotations with offsets."""
    header: dict[str, str] = {}
    body_start = 0
    for line in raw.splitlines(keepends=True):
        if not line.startswith("%%"):
            break
        key, _, value = line[2:].partition(":")
        if key.strip():
            header[key.strip()] = value.strip()
        body_start += len(line)
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int, int, dict[str, str], int]] = []
    attributions: dict[int, Attribution] = {}
    figures: list[dict] = []
    pos = body_start
    for m in TAG.finditer(raw, body_start):
        out.append(raw[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        closing, name, num, attrs = m.group(1), m.group(2), m.group(3), dict(ATTR.findall(m.group(4)))
        if name != "f" and not num:
            raise MarkupError(f"{_where(path, raw, m.start())}: tag <{name}> needs a number")
        if not closing:
            stack.append((name, int(num or 0), length, attrs, m.start()))
            continue
        if not stack or stack[-1][:2] != (name, int(num or 0)):
            raise MarkupError(f"{_where(path, raw, m.start())}: closing {m.group()} does not match the open tag")
        _, number, start, open_attrs, _ = stack.pop()
        if name == "f":
            figures.append({"start": start, "end": length, "source": open_attrs.get("src") or None})
            continue
        att = attributions.setdefault(number, Attribution(number))
        if "ref" in open_attrs:
            if att.ref is not None and att.ref != open_attrs["ref"]:
                raise MarkupError(f"{_where(path, raw, m.start())}: two refs for attribution {number}")
            att.ref = open_attrs["ref"]
        span = (start, length)
        if name == "c":
            att.content.append(span)
        elif name == "s":
            if att.speaker is not None:
                raise MarkupError(f"{_where(path, raw, m.start())}: attribution {number} has two speakers")
            att.speaker = span
        else:
            if att.cue is not None:
                raise MarkupError(f"{_where(path, raw, m.start())}: attribution {number} has two cues")
            att.cue = span
    if stack:
        name, number, _, _, at = stack[-1]
        raise MarkupError(f"{_where(path, raw, at)}: <{name}{number or ''}> is never closed")
    out.append(raw[pos:])
    text = "".join(out)
    if "<" in text or ">" in text:
        at = text.find("<") if "<" in text else text.find(">")
        raise MarkupError(f"{path}: stray '<' or '>' in the text near {text[max(0, at - 30):at + 30]!r}")
    for att in attributions.values():
        if not att.content:
            raise MarkupError(f"{path}: attribution {att.number} has no <c{att.number}> content")
        if att.ref is None and (att.speaker is not None or att.cue is None):
            raise MarkupError(f"{path}: attribution {att.number} needs ref=\"…\"")
    return Parsed(text, header, attributions, figures)


def _span(text: str, span: tuple[int, int] | None) -> tuple[list[int] | None, str | None]:
    if span is None:
        return None, None
    return [span[0], span[1]], text[span[0] : span[1]]


def to_gold(slug: str, parsed: Parsed) -> dict:
    """The gold row for one article, in the JSONL shape of ../shared/eval/."""
    text = parsed.text
    mask = quoted_mask(text)
    quotes = []
    for att in sorted(parsed.attributions.values(), key=lambda a: min(s for s, _ in a.content)):
        spans = sorted(att.content)
        speaker, speaker_text = _span(text, att.speaker)
        cue, cue_text = _span(text, att.cue)
        quotes.append(
            {
                "kind": kind_of(text, spans, mask),
                "content": [spans[0][0], spans[-1][1]],
                "content_text": text[spans[0][0] : spans[-1][1]],
                "content_spans": [list(s) for s in spans],
                "speaker": speaker,
                "speaker_text": speaker_text,
                "cue": cue,
                "cue_text": cue_text,
                "reference": att.ref,
                "orig_id": f"q{att.number}",
            }
        )
    figures = [
        {"start": f["start"], "end": f["end"], "text": text[f["start"] : f["end"]], "source": f["source"]}
        for f in sorted(parsed.figures, key=lambda f: f["start"])
    ]
    title = text.lstrip().split("\n", 1)[0].strip()
    return {
        "id": f"corpus:{slug}",
        "dataset": "quotecheck-corpus",
        "title": title,
        "covers": [c.strip() for c in parsed.header.get("covers", "").split(",") if c.strip()],
        "text": text,
        "quotes": quotes,
        "figures": figures,
    }


def _article_number(src: Path) -> tuple[int, str]:
    """Articles in the order of their numbers (9, 10, …, 99, 100), not of their names as text."""
    number = src.stem.split("-", 1)[0]
    return (int(number) if number.isdigit() else 10**6, src.stem)


def build(corpus: Path = HERE) -> tuple[dict[Path, str], str]:
    """Everything the build writes: plain texts by path, and the gold JSONL."""
    texts: dict[Path, str] = {}
    rows = []
    for src in sorted((corpus / "src").glob("*.txt"), key=_article_number):
        raw = src.read_text(encoding="utf-8")
        parsed = parse(raw, str(src.relative_to(corpus.parent)))
        texts[corpus / "texts" / src.name] = parsed.text
        rows.append(to_gold(src.stem, parsed))
    gold = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    texts[corpus / "README.md"] = readme(rows)
    return texts, gold


def readme(rows: list[dict]) -> str:
    """corpus/README.md: what each article is and which hard cases it covers."""
    lines = [
        "# The quotecheck corpus",
        "",
        "Original news articles written for this project, with gold attributions and figures.",
        "How they are written and annotated: [ANNOTATING.md](ANNOTATING.md). This file is generated",
        "by `python corpus/build.py` from the `%% covers:` line of each article.",
        "",
        f"{len(rows)} articles, {sum(len(r['quotes']) for r in rows)} attributions, "
        f"{sum(len(r['figures']) for r in rows)} figures.",
        "",
        "| article | headline | attributions | figures | hard cases covered |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    counts: dict[str, int] = {}
    for row in rows:
        slug = row["id"].split(":", 1)[1]
        for tag in row["covers"]:
            counts[tag] = counts.get(tag, 0) + 1
        lines.append(
            f"| [{slug}](texts/{slug}.txt) | {row['title']} | {len(row['quotes'])} | {len(row['figures'])} | {', '.join(row['covers'])} |"
        )
    lines += ["", "## Articles per hard case", "", "| hard case | articles |", "| --- | ---: |"]
    lines += [f"| {tag} | {n} |" for tag, n in sorted(counts.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when outputs are stale")
    args = parser.parse_args(argv)
    try:
        texts, gold = build()
    except MarkupError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    gold_path = HERE / "gold.jsonl"
    if args.check:
        stale = [p for p, t in texts.items() if not p.exists() or p.read_text(encoding="utf-8") != t]
        if not gold_path.exists() or gold_path.read_text(encoding="utf-8") != gold:
            stale.append(gold_path)
        for p in stale:
            print(f"stale: {p.relative_to(HERE.parent)} (run python corpus/build.py)", file=sys.stderr)
        return 1 if stale else 0
    (HERE / "texts").mkdir(exist_ok=True)
    for p, t in texts.items():
        p.write_text(t, encoding="utf-8")
    gold_path.write_text(gold, encoding="utf-8")
    print(f"wrote {len(gold.splitlines())} articles, {gold.count(chr(10))} gold rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
