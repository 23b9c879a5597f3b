"""Bytes to text, page chrome marked (never removed), and offsets to line:column.

Offsets always index the decoded text exactly as given (a BOM is dropped, line ends kept),
so every later stage can point back into the file.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass

from .errors import InputError
from .lexicon import lexicon
from .types import Finding


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


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def comment_regions(text: str) -> list[tuple[int, int]]:
    """Extents of `<!-- … -->` comments (suppression switches among them): never prose."""
    return [m.span() for m in _COMMENT.finditer(text)] if "<!--" in text else []


def chrome_regions(text: str) -> list[tuple[int, int]]:
    """Extents of whole lines that are web-page chrome (weather widgets, share prompts, ads).

    A line is chrome when it matches a pattern of data/chrome_patterns.txt and is short
    (chrome is never a paragraph of prose). HTML-style comments anywhere are excluded too.
    """
    patterns = lexicon().chrome

    def chrome(part: str) -> bool:
        return any(p.fullmatch(part) for p in patterns)

    regions: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        # (or a bar of chrome pieces: "Share this article | 214 comments", a ticker then a
        # market-data notice)
        pieces = [p.strip() for p in re.split(r"\s[|•·]\s", stripped)] if " | " in stripped or " • " in stripped or " · " in stripped else []
        if stripped and len(stripped) <= 160 and (chrome(stripped) or (len(pieces) > 1 and all(p and chrome(p) for p in pieces))):
            lead = len(line) - len(line.lstrip())
            regions.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return sorted(regions + comment_regions(text))


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


# ---------------------------------------------------------------- HTML input

_BLOCK = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "blockquote", "tr", "table", "header", "footer", "figure", "figcaption", "pre", "hr", "main", "dd", "dt", "aside", "nav"})
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "button", "select", "form"})


def looks_like_html(name: str, text: str) -> bool:
    """An .html/.htm file, or text that opens like an HTML document."""
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


@dataclass
class Article:
    """What is analysed, and for HTML input the file's text and where each character came from."""

    text: str
    original: str | None = None
    offsets: list[int] | None = None  # offsets[i]: index in `original` of text[i]

    def origin(self, offset: int) -> int:
        """The index in the file of text offset `offset` (an end offset maps past its character)."""
        if self.offsets is None:
            return offset
        if offset <= 0:
            return self.offsets[0] if self.offsets else 0
        if offset >= len(self.offsets):
            return self.offsets[-1] + 1 if self.offsets else 0
        return self.offsets[offset]

    def point_into_file(self, findings: "list[Finding]") -> None:
        """Make the findings' line and column point into the file as given (HTML input)."""
        for f in findings:
            f.line, f.column = self.position(f.start)
            f.end_line, f.end_column = self.position(f.end, end=True)

    def position(self, offset: int, end: bool = False) -> tuple[int, int]:
        """1-based line and column in the file as given."""
        source = self.original if self.original is not None else self.text
        at = self.origin(offset - 1) + 1 if end and offset > 0 and self.offsets is not None else self.origin(offset)
        return LineIndex.of(source).position(min(at, len(source)))


def html_article(html_text: str) -> Article:
    """The readable text of an HTML page (the <article>, else the <body>), paragraphs split by
    blank lines, each character mapped back to its offset in the page."""
    from html import unescape
    from html.parser import HTMLParser

    starts = [0] + [i + 1 for i, ch in enumerate(html_text) if ch == "\n"]

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=False)
            self.chars: list[str] = []
            self.where: list[int] = []
            self.skip = 0
            self.article_depth = 0
            self.in_article: list[tuple[int, int]] = []  # (first char, end char) of <article> text

        def here(self) -> int:
            line, col = self.getpos()
            return starts[line - 1] + col

        def emit(self, text: str, at: int, step: bool = True) -> None:
            for k, ch in enumerate(text):
                self.chars.append(ch)
                self.where.append(at + (k if step else 0))

        def brk(self) -> None:
            if self.chars and self.chars[-1] != "\n":
                self.emit("\n\n", self.here(), step=False)

        def handle_starttag(self, tag, attrs):
            if tag in _SKIP:
                self.skip += 1
            elif tag in _BLOCK:
                self.brk()
            if tag == "article":
                self.article_depth += 1
                if self.article_depth == 1:
                    self.in_article.append((len(self.chars), -1))

        def handle_startendtag(self, tag, attrs):
            if tag in _BLOCK:
                self.brk()

        def handle_endtag(self, tag):
            if tag in _SKIP:
                self.skip = max(0, self.skip - 1)
            elif tag in _BLOCK:
                self.brk()
            if tag == "article" and self.article_depth:
                self.article_depth -= 1
                if self.article_depth == 0 and self.in_article:
                    self.in_article[-1] = (self.in_article[-1][0], len(self.chars))

        def handle_data(self, data):
            if not self.skip:
                at = self.here()
                # collapse runs of white space as a browser does, keeping the map
                for k, ch in enumerate(data):
                    if ch.isspace():
                        if self.chars and not self.chars[-1].isspace():
                            self.emit(" ", at + k)
                    else:
                        self.emit(ch, at + k)

        def handle_entityref(self, name):
            if not self.skip:
                self.emit(unescape(f"&{name};"), self.here(), step=False)

        def handle_charref(self, name):
            if not self.skip:
                self.emit(unescape(f"&#{name};"), self.here(), step=False)

    reader = Reader()
    reader.feed(html_text)
    reader.close()
    chars, where = reader.chars, reader.where
    if reader.in_article and reader.in_article[0][1] > reader.in_article[0][0]:
        a, b = reader.in_article[0]
        chars, where = chars[a:b], where[a:b]
    # trim spaces around line breaks and at the ends, keeping the map in step
    out_c: list[str] = []
    out_w: list[int] = []
    for ch, at in zip(chars, where):
        if ch == " " and (not out_c or out_c[-1] == "\n"):
            continue
        if ch == "\n" and out_c and out_c[-1] == " ":
            out_c.pop()
            out_w.pop()
        if ch == "\n" and (not out_c or (len(out_c) >= 2 and out_c[-1] == "\n" and out_c[-2] == "\n")):
            continue
        out_c.append(ch)
        out_w.append(at)
    while out_c and out_c[-1].isspace():
        out_c.pop()
        out_w.pop()
    return Article("".join(out_c), html_text, out_w)


def article(text: str, name: str = "<input>") -> Article:
    """The Article for decoded file text: HTML reduced to its text, anything else as is."""
    return html_article(text) if looks_like_html(name, text) else Article(text)
