"""The HTML report: self-contained, escaped, and checked in a real browser (headless Chromium).

The browser tests skip on a machine without Chromium, with the reason; under CI=true they fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser

import pytest

from quotecheck.render.html import esc, render

from conftest import IN_CI, ROOT

HOSTILE = (
    "The mayor said the vote was rigged.\n\n"
    '“<script>document.title="pwned"</script> is not a plan,” Ana Ruiz said.\n\n'
    "She added that <img src=x onerror=\"document.title='pwned'\"> and \" onmouseover=\"alert(1)\" were typed by a prankster."
)


def test_esc_escapes_markup_and_both_quotes():
    assert esc('<b a="1" c=\'2\'>&') == "&lt;b a=&quot;1&quot; c=&#x27;2&#x27;&gt;&amp;"


def test_page_is_self_contained(analyze):
    page = render(analyze("“We will rebuild,” Mayor Ana Ruiz said."))
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in page and "<link" not in page


def test_article_markup_is_rendered_as_text(analyze):
    page = render(analyze(HOSTILE))
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;" in page
    assert 'onmouseover="alert' not in page and "&quot; onmouseover=&quot;alert(1)&quot;" in page


def test_the_legend_never_calls_a_new_unnamed_speaker_unresolved(analyze):
    # "a sign at the port gate" introduces a speaker; nothing fails to resolve, so the chip says 0
    # and the legend must not say "unresolved speakers · 1" beside it ("a spokesman for the port"
    # and "a port engineer" are anonymous sources now, each linked to a party of its own)
    page = render(analyze("A sign at the port gate said the cranes would be replaced."))
    assert "unresolved speakers <span" not in page
    assert "speaker linked to no party <span class=\"n\">· 1</span>" in page


# ---------------------------------------------------------------- in a browser


def chromium() -> str:
    """The Chromium binary, or a skip (a failure under CI=true)."""
    for name in (os.environ.get("QUOTECHECK_CHROMIUM", ""), "chromium", "chromium-headless-shell", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)  # type: ignore[return-value]
    reason = "headless Chromium is not installed (Debian: apt-get install chromium); the README's test command installs it when run as root"
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


def run_chromium(*args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        flags = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
        ]
        done = subprocess.run([chromium(), *flags, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class DomText(HTMLParser):
    """Text of every element carrying data-statement, per statement id; legend names; scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.statements: dict[str, str] = {}
        self.legend: list[str] = []
        self.scripts = 0
        self.handlers: list[str] = []
        self.title = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.scripts += tag == "script"
        self.handlers += [k for k in attrs if k.startswith("on")]
        if tag not in ("img", "br", "meta", "input", "link", "circle", "line", "rect"):
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        ids = set()
        for tag, attrs in self.stack:
            ids.update((attrs.get("data-statement") or "").split())
            if tag == "title" and not any(t == "svg" for t, _ in self.stack):
                self.title += data
            if attrs.get("class") == "name":
                self.legend.append(data)
        for i in ids:
            self.statements[i] = self.statements.get(i, "") + data


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    import quotecheck

    path = ROOT / "corpus" / "texts" / "28-rally-crowd-size.txt"
    report = quotecheck.analyze(path.read_text(encoding="utf-8"), source=str(path))
    out = tmp_path_factory.mktemp("report") / "report.html"
    out.write_text(render(report), encoding="utf-8")
    return report, out


def test_browser_dom_holds_every_statement_and_every_speaker_of_the_legend(corpus_page):
    report, page = corpus_page
    dom = DomText()
    dom.feed(run_chromium("--dump-dom", page.as_uri()))
    for a in report.attributions:
        assert dom.statements.get(a.id) == "".join(report.text[s:e] for s, e in a.spans), a.id
    speakers = {report.entity(a.speaker.entity).name for a in report.attributions if a.speaker and a.speaker.entity}
    assert speakers and speakers == set(dom.legend)


def test_browser_renders_the_report_to_a_png(corpus_page, tmp_path):
    _, page = corpus_page
    png = tmp_path / "report.png"
    run_chromium("--hide-scrollbars", "--window-size=1280,1600", f"--screenshot={png}", page.as_uri())
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_browser_runs_no_script_from_a_hostile_article(analyze, tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(render(analyze(HOSTILE)), encoding="utf-8")
    dom = DomText()
    dom.feed(run_chromium("--dump-dom", page.as_uri()))
    assert dom.scripts == 0 and dom.handlers == []
    assert "pwned" not in dom.title
    text = "".join(dom.statements.values())
    assert '<script>document.title="pwned"</script>' in text
