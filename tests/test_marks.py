"""Quotation marks: which marks open and close quotations, and the kind rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.marks import kind_of, quote_regions, quoted_mask


def quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in quote_regions(text) if r.depth == 0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We are ready,” she said.", ["“We are ready,”"]),
        ('"We are ready," she said.', ['"We are ready,"']),
        ("He said: ''We are ready.''", ["''We are ready.''"]),
        ("“The sign said ‘closed’ all week,” he said.", ["“The sign said ‘closed’ all week,”"]),
    ],
)
def test_marks_pair_curly_straight_and_doubled_quotes(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor’s office and the council’s budget.",
        "They played rock ’n’ roll until the ’90s ended.",
        "The centre, who is 5'11\", signed on Monday.",
        "O’Neill's team won; the players' bus left.",
    ],
)
def test_marks_apostrophes_and_primes_are_not_quotations(text):
    assert quoted(text) == []


def test_marks_inside_a_markup_tag_left_in_the_copy_are_not_quotations():
    text = '<post author="@dhale" date="2016-02-15">The bridge will not open “before spring,” she wrote.</post>'
    assert quoted(text) == ["“before spring,”"]


def test_marks_single_quotes_inside_double_are_nested():
    text = "“They told us ‘wait’ and we waited,” Ruiz said."
    regions = quote_regions(text)
    assert [(text[r.start : r.end], r.depth) for r in regions] == [
        ("“They told us ‘wait’ and we waited,”", 0),
        ("‘wait’", 1),
    ]


def test_marks_unclosed_quotation_ends_at_paragraph_end():
    text = "“We will not stop,\n\nThe next paragraph is prose."
    (region,) = quote_regions(text)
    assert (region.closed, text[region.start : region.end]) == (False, "“We will not stop,")


def test_marks_a_stray_straight_mark_opening_a_paragraph_before_a_curly_quotation_is_no_quotation():
    text = '"The crowd had thinned by noon. “It was never about the money,” Pell said.'
    assert quoted(text) == ["“It was never about the money,”"]


def test_marks_a_straight_mark_opening_a_paragraph_that_runs_on_still_opens_a_quotation():  # guard
    text = '"We waited for the ferry every winter.\n"Nobody came," Pell said.'
    assert quoted(text) == ['"We waited for the ferry every winter.', '"Nobody came,"']


def test_marks_right_quote_typed_as_opening_mark_opens():
    text = "She called it ”a disgrace” on Monday."
    assert quoted(text) == ["”a disgrace”"]


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("“We will rebuild,” she said.", (0, 18), "direct"),
        ("She said the city would rebuild.", (9, 31), "indirect"),
        ("She said the plan was “dead on arrival.”", (9, 40), "mixed"),
    ],
)
def test_kind_follows_the_evaluation_rule(text, span, kind):
    assert kind_of(text, [span]) == kind


def test_kind_count_restarts_at_each_paragraph():
    text = "“First paragraph\n\nsecond one” ends."
    mask = quoted_mask(text)
    assert mask[text.index("second")] == 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 5.,\n'\"“”‘’`:")), max_size=200))
def test_marks_never_crash_and_regions_stay_in_range(text):
    for region in quote_regions(text):
        assert 0 <= region.start <= region.inner_start <= region.inner_end <= region.end <= len(text)
    assert len(quoted_mask(text)) == len(text)
    assert kind_of(text, [(0, len(text))]) in ("direct", "indirect", "mixed")


def test_marks_double_quotes_inside_british_single_quotes_are_nested():
    text = "‘The judge told us “stand up” and we stood,’ Rahman said."
    regions = quote_regions(text)
    assert [(text[r.start : r.end], r.depth) for r in regions] == [
        ("‘The judge told us “stand up” and we stood,’", 0),
        ("“stand up”", 1),
    ]
    assert kind_of(text, [(0, 45)]) == "direct"


def test_marks_straight_single_closing_before_double_closing():
    text = "\"He said 'not now,'\" Rahman recalled."
    regions = quote_regions(text)
    assert [(text[r.start : r.end], r.depth) for r in regions] == [
        ("\"He said 'not now,'\"", 0),
        ("'not now,'", 1),
    ]


def test_marks_single_closing_right_after_inner_double_closing():
    text = "‘He told me, “I was not there,”’ she said."
    assert kind_of(text, [(0, 32)]) == "direct"


def test_marks_a_british_quote_left_open_to_run_on_is_an_unclosed_quotation():
    text = "Pryce said: ‘We have put £46 million on the table.\n\n‘The union has to take yes for an answer.’"
    first, second = quote_regions(text)
    assert (first.style, first.closed, text[first.start : first.end]) == ("single", False, "‘We have put £46 million on the table.")
    assert second.closed and text[second.start : second.end] == "‘The union has to take yes for an answer.’"


@pytest.mark.parametrize(
    "text",
    [
        "The ‘old guard of the party is gone, she said.",  # a stray mark inside a sentence
        "‘Tis the season, the mayor said to nobody.",  # no sentence end after a short elision
    ],
)
def test_marks_a_stray_single_opening_mark_is_no_quotation(text):
    assert quote_regions(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the plural possessive's mark, then the quotation's own closing mark
        ("‘The tenants’ letters went into a drawer,’ she said.", ["‘The tenants’ letters went into a drawer,’"]),
        ("‘It would be unfair to lay this at the porters’ door.’", ["‘It would be unfair to lay this at the porters’ door.’"]),
        ("‘Members’ money has kept this club alive,’ he said.", ["‘Members’ money has kept this club alive,’"]),
        # no closing mark to come: the mark after the plural closes the quotation
        ("Critics called them ‘the new Kinks’ and the album ‘lazy’.", ["‘the new Kinks’", "‘lazy’"]),
    ],
)
def test_marks_a_plural_possessive_inside_a_single_quotation_does_not_close_it(text, expected):
    assert quoted(text) == expected


def test_marks_a_plural_possessive_in_a_british_quote_that_runs_on_stays_open():
    text = "‘The residents’ families were not told about the fall until morning.\n\n‘Nobody rang them.’"
    first, second = quote_regions(text)
    assert (first.closed, text[first.start : first.end]) == (False, text[: text.index("\n")])
    assert text[second.start : second.end] == "‘Nobody rang them.’"


def test_marks_rock_n_roll_inside_a_single_quotation_does_not_close_it():
    text = "‘The town was rock ’n’ roll then — packed every night,’ Holt said."
    assert quoted(text) == ["‘The town was rock ’n’ roll then — packed every night,’"]
    assert kind_of(text, [(0, text.index(" Holt"))]) == "direct"
