"""`quotecheck verify`: sources read with their turns and timestamps, each quote classified."""

from __future__ import annotations

import json

import pytest

from quotecheck import verify
from quotecheck.cli import main
from quotecheck.sources import read_subtitles, read_turns

from conftest import ROOT

TRANSCRIPT = (
    "MAYOR RUIZ: Good morning. We will rebuild the bridge by June. That is a promise I make to every family in Marston.\n"
    "Q: What about the budget?\n"
    "MAYOR RUIZ: The budget is tight this year, I will not pretend otherwise. The library will stay open.\n"
    "[Speaker 2] And the ferry?\n"
    "ENGINEER TOM BERG: The levee will hold, and the pumps are running twelve hours a day.\n"
)

SRT = """1
00:00:01,000 --> 00:00:04,000
- OKAFOR: We knew the river would rise this spring,

2
00:00:04,100 --> 00:00:07,500
but nobody expected it to rise this fast.

3
00:00:07,600 --> 00:00:09,000
Thank you.
"""


@pytest.fixture(scope="module")
def index():
    source = read_turns(TRANSCRIPT)
    source.name = "transcript.txt"
    return verify.Index([source])


def test_transcript_labels_become_turns_and_leave_the_text():
    source = read_turns(TRANSCRIPT)
    assert "MAYOR RUIZ:" not in source.text and "[Speaker 2]" not in source.text
    assert source.speaker_at(source.text.index("levee")) == "ENGINEER TOM BERG"
    assert source.speaker_at(source.text.index("ferry")) is None  # "[Speaker 2]" names nobody
    assert source.speaker_at(source.text.index("budget?")) == "Q"


def test_subtitle_cues_join_and_keep_their_start_time_and_speaker():
    source = read_subtitles(SRT)
    assert "this spring, but nobody expected" in source.text
    assert source.timestamp_at(source.text.index("nobody")) == "00:00:04,100"
    assert source.speaker_at(source.text.index("nobody")) == "OKAFOR"


def classify(index, quote: str, speaker: str = "Ana Ruiz") -> verify.Verdict:
    return verify.classify(quote, 0, len(quote), speaker, None, index)


@pytest.mark.parametrize(
    "quote, klass",
    [
        ("We will rebuild the bridge by June.", "verbatim"),
        ("we will rebuild the bridge by June", "normalized"),  # case and the full stop
        ("The budget is tight this year … the library will stay open", "trimmed"),
        ("The budget is tight this year, [she] will not pretend otherwise", "trimmed"),
        ("We will rebuild the bridge by May", "altered"),
        ("We will rebuild the bridge and the library will stay open", "spliced"),
        ("The levee will hold", "speaker-mismatch"),
        ("We have never seen water like this", "not-found"),
    ],
)
def test_each_quote_gets_its_class(index, quote, klass):
    assert classify(index, quote).klass == klass


def test_spelled_out_number_is_only_normalized(index):
    verdict = classify(index, "the pumps are running 12 hours a day", speaker="Tom Berg")
    assert verdict.klass == "normalized" and verdict.source_speaker == "ENGINEER TOM BERG"


def test_altered_quote_shows_the_word_difference_as_written(index):
    verdict = classify(index, "We will rebuild the bridge by May")
    assert ("replace", "May", "June") in verdict.diff
    assert verdict.source_text == "We will rebuild the bridge by June"


def test_quote_across_a_subtitle_cue_boundary_is_found_with_its_timestamp():
    source = read_subtitles(SRT)
    source.name = "statement.srt"
    verdict = verify.classify("We knew the river would rise this spring, but nobody expected it to rise this fast", 0, 82, "Grace Okafor", None, verify.Index([source]))
    assert verdict.klass == "verbatim" and verdict.timestamp == "00:00:01,000"


def test_verify_command_reports_altered_quote_and_exits_1(capsys, nlp, tmp_path):
    (tmp_path / "t.txt").write_text(TRANSCRIPT, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Mayor Ana Ruiz said: “We will rebuild the bridge by May.”\n", encoding="utf-8")
    code = main(["verify", str(article), "--against", str(tmp_path / "t.txt"), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [q["class"] for q in data["quotes"]] == ["altered"]
    (finding,) = data["findings"]
    assert finding["rule"] == "altered-quote" and "“May” → “June”" in finding["message"]
    assert (finding["line"], finding["column"]) == (1, 23)


def test_verify_command_passes_a_faithful_article(capsys, nlp, tmp_path):
    (tmp_path / "t.txt").write_text(TRANSCRIPT, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Mayor Ana Ruiz said: “We will rebuild the bridge by June.”\n", encoding="utf-8")
    assert main(["verify", str(article), "--against", str(tmp_path / "t.txt")]) == 0
    assert "1 verbatim" in capsys.readouterr().out


def test_fixture_article_quotes_are_classified_as_annotated(nlp):
    """Fixtures written from a brief by someone who did not write the matcher (tests/fixtures/verify)."""
    import quotecheck
    from quotecheck.sources import load

    folder = ROOT / "tests" / "fixtures" / "verify"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    report = quotecheck.analyze((folder / "article.txt").read_text(encoding="utf-8"), nlp=nlp)
    sources = [load(str(folder / name)) for name in ("transcript.txt", "hearing.srt", "statement.md")]
    verdicts = verify.verify(report, sources)
    got = {}
    for e in expected:
        match = [v for v in verdicts if e["quote"] in v.quote or v.quote in e["quote"]]
        got[e["quote"]] = match[0].klass if match else "missing"
    rows = [(e["class"], got[e["quote"]]) for e in expected]
    scores = {}
    for klass in ("altered", "speaker-mismatch"):
        tp = sum(1 for want, have in rows if want == have == klass)
        predicted = sum(1 for _, have in rows if have == klass)
        actual = sum(1 for want, _ in rows if want == klass)
        scores[klass] = (tp / predicted if predicted else 0.0, tp / actual if actual else 0.0)
        print(f"{klass}: precision {scores[klass][0]:.2f}, recall {scores[klass][1]:.2f} ({tp}/{predicted} predicted, {actual} annotated)")
    accuracy = sum(1 for want, have in rows if want == have) / len(rows)
    print(f"class accuracy {accuracy:.2f} over {len(rows)} quotes")
    assert accuracy >= 0.9, [(e["quote"][:40], e["class"], got[e["quote"]]) for e in expected if e["class"] != got[e["quote"]]]
    for klass, (precision, recall) in scores.items():
        assert precision >= 0.9 and recall >= 0.9, klass
    timestamped = [v for v in verdicts if v.timestamp]
    assert timestamped and all(v.source.endswith("hearing.srt") for v in timestamped)


def test_verify_reads_the_checker_config_for_severities(capsys, nlp, tmp_path):
    (tmp_path / ".quotecheck.toml").write_text('[severity]\naltered-quote = "warning"\n', encoding="utf-8")
    (tmp_path / "t.txt").write_text(TRANSCRIPT, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Mayor Ana Ruiz said: “We will rebuild the bridge by May.”\n", encoding="utf-8")
    assert main(["verify", str(article), "--against", str(tmp_path / "t.txt")]) == 0
    assert "warning [altered-quote]" in capsys.readouterr().out
    assert main(["verify", str(article), "--against", str(tmp_path / "t.txt"), "--fail-level", "warning"]) == 1


def test_webvtt_and_html_sources_are_read(tmp_path):
    from quotecheck.sources import load

    vtt = tmp_path / "clip.vtt"
    vtt.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Okafor>[OKAFOR] The pumps failed first.\n\n00:00:03.100 --> 00:00:05.000\nThe wall held.\n", encoding="utf-8")
    source = load(str(vtt))
    assert source.text == "The pumps failed first. The wall held."
    assert source.timestamp_at(source.text.index("wall")) == "00:00:03.100"
    assert source.speaker_at(0) == "OKAFOR"
    page = tmp_path / "statement.html"
    page.write_text("<html><body><nav>Menu</nav><article><p>We will appeal the ruling.</p></article></body></html>", encoding="utf-8")
    assert load(str(page)).text == "We will appeal the ruling."
