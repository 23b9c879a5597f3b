"""spaCy users get quotecheck inside their own pipeline; analyze() holds its invariants."""

from __future__ import annotations

import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.ingest import LineIndex


def test_component_sets_doc_extensions_in_a_users_pipeline():
    import quotecheck.pipeline  # noqa: F401  (registers the factory)
    from quotecheck.pipeline import FALLBACK_MODEL, _register, default_model

    _register()
    nlp = spacy.load(default_model() or FALLBACK_MODEL)
    nlp.add_pipe("quotecheck")
    doc = nlp("“The dam is safe,” said Lena Ortiz, the county engineer.")
    (attribution,) = doc._.attributions
    assert attribution.content_text == "“The dam is safe,”"
    assert [e.name for e in doc._.speakers] == ["Lena Ortiz"]


WORDS = st.sampled_from(["said", "Ruiz", "the minister", "“", "”", '"', "'", "’s", "according to", "that", ",", ".", "\n\n", "He", "told", ":", "officials", "claims", "12", "Advertisement\n", "at least 4,000", "percent", "<!-- quotecheck: disable=loaded-verb -->", "‏قال‎", "🎉", "-"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_analyze_offsets_are_in_range_and_texts_agree(analyze, text):
    report = analyze(text)
    again = analyze(text)
    assert report.to_dict() == again.to_dict()
    for a in report.attributions:
        assert 0 <= a.start <= a.end <= len(text)
        assert a.content_text == text[a.start : a.end]
        assert all(a.start <= s < e <= a.end for s, e in a.spans)
        for span in (a.cue, a.speaker.mention if a.speaker else None):
            if span is not None:
                assert text[span.start : span.end] == span.text
    for f in report.figures:
        assert text[f.start : f.end] == f.text
    index = LineIndex.of(text)
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert (finding.line, finding.column) == index.position(finding.start)
        assert (finding.end_line, finding.end_column) == index.position(finding.end)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_check_raises_nothing_and_gives_the_same_findings_twice(nlp, text):
    from quotecheck.checker import Item, check

    first = check([Item("draft.txt", text)])
    second = check([Item("draft.txt", text)])
    assert [f.to_dict() for f in first.files[0].findings] == [f.to_dict() for f in second.files[0].findings]
    assert first.exit_code in (0, 1)
    for f in first.files[0].findings:
        assert 0 <= f.start <= f.end <= len(text)


def test_full_stop_with_its_space_missing_still_ends_the_sentence(nlp):
    doc = nlp("Police staffed the checkpoints.The fire marshal said the crowd stayed small.")
    assert [s.text for s in doc.sents] == ["Police staffed the checkpoints.", "The fire marshal said the crowd stayed small."]


def test_dateline_is_a_sentence_of_its_own(nlp):
    doc = nlp("MILLBROOK, Ind. — Hallendorf said on Wednesday it would close the plant.")
    assert next(doc.sents).text == "MILLBROOK, Ind. —"
