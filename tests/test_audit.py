"""Findings: each rule fires on what it names, at the right line and column, and nowhere else."""

from __future__ import annotations

import pytest

from quotecheck import audit
from quotecheck.errors import ConfigError


def rules_found(report) -> list[str]:
    return [f.rule for f in report.findings]


@pytest.mark.parametrize("rule", audit.default_rules(), ids=lambda r: r.id)
def test_every_packaged_rule_fires_on_its_own_example(analyze, rule):
    assert rule.example, f"data/rules/{rule.id}.toml needs an example"
    report = analyze(rule.example)
    if rule.kind in audit.VERIFY_KINDS:
        from quotecheck import verify
        from quotecheck.sources import read_turns

        assert rule.example_source, f"data/rules/{rule.id}.toml needs an example-source"
        source = read_turns(rule.example_source)
        source.name = "source.txt"
        found = verify.findings(report, verify.verify(report, [source]), audit.default_rules())
        assert rule.id in [f.rule for f in found]
        return
    kept, _ = audit.suppress(report.text, report.findings, audit.default_rules())  # switches in the copy too
    assert rule.id in [f.rule for f in kept]


def test_plain_attributed_copy_has_no_findings(analyze):
    text = "Mayor Ana Ruiz said on Tuesday that the bridge would reopen in May.\n\n“We are on schedule,” she said."
    assert analyze(text).findings == []


def test_finding_points_at_line_and_column_in_code_points(analyze):
    text = "Héllo.\n\nThe rally drew 10,000 people."
    (finding,) = [f for f in analyze(text).findings if f.rule == "unsourced-figure"]
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (3, 16, 3, 22)
    assert text[finding.start : finding.end] == "10,000"


def test_loaded_verb_names_the_neutral_alternative(analyze):
    report = analyze("The contractor admitted that the beams were faulty.")
    (finding,) = [f for f in report.findings if f.rule == "loaded-verb"]
    assert "“admitted”" in finding.message and "“said”" in finding.message


def test_anonymous_source_is_a_suggestion(analyze):
    report = analyze("The deal is close, two officials said on Friday.")
    (finding,) = [f for f in report.findings if f.rule == "anonymous-source"]
    assert finding.severity == "suggestion" and "officials" in finding.message


def test_quote_continued_over_paragraphs_is_not_unbalanced(analyze):
    text = "Ruiz said: “The first span is done.\n\n“The second will follow in May.”"
    assert "unbalanced-quote-marks" not in rules_found(analyze(text))


def test_closing_mark_with_no_opening_mark_is_unbalanced():
    hits = list(audit.unbalanced_marks("The plan is dead,” the mayor said."))
    assert [(s, e) for s, e, _ in hits] == [(17, 18)]


def test_unattributed_claim_ignores_markers_inside_attributed_content(analyze):
    text = "The union said the closures were caused by reckless spending."
    assert "unattributed-claim" not in rules_found(analyze(text))


def test_rule_file_with_an_unknown_kind_is_a_config_error_naming_the_file():
    with pytest.raises(ConfigError, match=r"rules/x\.toml: unknown kind 'no-such-kind'"):
        audit.parse_rule("x", 'kind = "no-such-kind"\nseverity = "warning"\nmessage = "m"\n', "rules/x.toml")


def test_rule_file_that_is_not_toml_is_a_config_error():
    with pytest.raises(ConfigError, match=r"rules/x\.toml: not valid TOML"):
        audit.parse_rule("x", "kind = ", "rules/x.toml")


@pytest.mark.parametrize(
    "mention, fires",
    [("The judge", True), ("he", True), ("a spokesman for the agency", False), ("Doctors at the clinic", False), ("The council's spokeswoman", False)],
)
def test_unresolved_speaker_spares_mentions_that_introduce_a_new_party(mention, fires):
    assert audit._introduces_someone(mention) is not fires


def test_quote_with_neither_speaker_nor_cue_is_unattributed(analyze):
    text = "The hall was quiet.\n\n“We lost everything in one night and nobody came.”"
    assert "unattributed-quote" in rules_found(analyze(text))


def test_an_unnamed_source_mentioned_again_is_not_asked_for_a_reason_again(analyze):
    text = "A campaign aide who spoke on condition of anonymity to discuss strategy said the race would tighten. “Nobody thought this would be easy,” the aide said."
    assert "anonymous-source" not in rules_found(analyze(text))


def test_an_unnamed_source_with_no_reason_is_reported_once(analyze):
    text = "Officials said the border would reopen on Friday. The officials said trucks would go first."
    assert [f.rule for f in analyze(text).findings].count("anonymous-source") == 1


def test_anonymous_source_whose_reason_is_given_is_not_reported(analyze):
    text = "The talks collapsed, said an official who asked not to be named because the talks were private."
    assert "anonymous-source" not in rules_found(analyze(text))


@pytest.mark.parametrize(
    "text",
    [
        "Residents were told that the water was safe to drink.",
        "The harbour authority allegedly ignored two safety warnings.",
        "The levy has been criticized as a tax on the poor.",
    ],
)
def test_a_claim_handed_to_nobody_named_is_a_hidden_source(analyze, text):
    assert "hidden-source" in rules_found(analyze(text))


def test_a_claim_with_its_source_named_has_no_hidden_source(analyze):
    assert "hidden-source" not in rules_found(analyze("The harbour authority said it ignored no warnings."))


@pytest.mark.parametrize(
    "text, unnamed",
    [
        ("The ferry operator is reportedly weighing a sale of two vessels.", "hedge"),
        ("Okafor is said to favour a delay.", "passive"),
        ("The charge that the council hid the report was never proven.", "noun"),
        ("Okafor said the depot would close.", None),
    ],
)
def test_an_attribution_says_why_no_speaker_is_named(analyze, text, unnamed):
    (a,) = analyze(text).attributions
    assert a.unnamed == unnamed and a.to_dict()["unnamed"] == unnamed
