"""Decoding bytes, marking page chrome, and offsets to line:column."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.errors import InputError
from quotecheck.ingest import LineIndex, chrome_regions, decode


def test_decode_drops_a_utf8_bom():
    assert decode(codecs.BOM_UTF8 + "Minister says".encode()) == "Minister says"


def test_decode_reads_utf16_with_bom():
    assert decode("“Yes,” he said.".encode("utf-16")) == "“Yes,” he said."


def test_decode_keeps_crlf_line_ends():
    assert decode(b"One.\r\nTwo.") == "One.\r\nTwo."


def test_decode_invalid_utf8_names_the_byte_offset():
    with pytest.raises(InputError, match="byte 6"):
        decode(b"Hello \xff world")


def test_decode_binary_is_not_text():
    with pytest.raises(InputError, match="not text"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


@pytest.mark.parametrize(
    "line",
    [
        "weather icon Clear 14°C",
        "Like us on Facebook",
        "Advertisement",
        "Home › News › Local",
        "Photo: Jane Roe / Staff",
        "Marchers fill the square on Saturday. REUTERS/Jane Roe",
        "The mayor at the opening of the bridge (AP Photo/John Doe)",
        "Share this article",
        "Follow us on Twitter",
        "Comments (23)",
        "Subscribe to the Herald for $2 a week",
        "Markets data delayed by 15 minutes",
        "Stock quotes delayed at least 20 minutes",
        "Live scores | Match report: Castlemoyle Town 2-1 Portnacree Celtic",
        "Live updates: Mirandel run-off count",
        "HLVN ▼14.2% | SOX ▲0.4%",
        "Washington ☀ 64°F Sunny",
        "Exeter 11°C Light rain",
        "WHEAT 6.48 ▲ 4.2% | CORN 4.61 ▲ 1.3% | SOYBEANS 10.02 ▼ 0.4%",
        "Share this article | 214 comments",
        "QLLN ▼6.8% $18.42 | NASDAQ ▲0.3% | Market data delayed 15 minutes",
        "Sign up for the Ledger's Business Briefing",
    ],
)
def test_chrome_lines_are_excluded(line):
    text = f"Council votes on budget\n\n{line}\n\nThe council voted on Tuesday, officials said.\n"
    (region,) = chrome_regions(text)
    assert text[region[0] : region[1]] == line


def test_prose_mentioning_facebook_is_not_chrome():
    text = "The company said it would like us on Facebook to stop posting, a spokeswoman said in a long statement on Tuesday."
    assert chrome_regions(text) == []


def test_prose_citing_a_news_agency_poll_is_not_chrome():
    text = "A Reuters/Ipsos survey released on Tuesday found most renters expect higher bills."
    assert chrome_regions(text) == []


def test_a_subscription_price_in_prose_is_not_chrome():
    text = "Readers can subscribe to the paper for $2 a week, the publisher said, down from $3 last year."
    assert chrome_regions(text) == []


def test_a_sentence_about_delayed_prices_is_not_chrome():
    # guard: a market-data line is chrome only when the whole line is the notice
    text = "Market data delayed by the outage left traders guessing for hours, the exchange said."
    assert chrome_regions(text) == []


def test_a_sentence_opening_with_results_is_not_chrome():
    # guard: a section label is chrome only alone or before a separator
    text = "Results of the ballot were announced on Monday, the union said."
    assert chrome_regions(text) == []


def test_a_sentence_about_a_share_move_is_not_chrome():
    # guard: a ticker line is chrome only when the whole line is tickers
    assert chrome_regions("HLVN fell 14.2% on Tuesday after the warning.") == []


def test_a_sentence_giving_a_citys_temperature_is_not_chrome():
    # guard: a weather line is chrome only when the line is the widget
    assert chrome_regions("Madrid hit 40°C on Monday, the weather service said.") == []


def test_a_line_of_prose_with_a_bar_in_it_is_not_chrome():
    # guard: a bar makes chrome only when every piece of the line is chrome
    assert chrome_regions("Share prices rose 5% | analysts said the rally would fade, the exchange said.") == []


def test_line_index_counts_code_points_from_one():
    index = LineIndex.of("ab\n“cd”\r\nef")
    assert index.position(0) == (1, 1)
    assert index.position(4) == (2, 2)
    assert index.position(9) == (3, 1)


@given(st.binary(max_size=200))
def test_decode_raises_only_input_errors(data):
    try:
        text = decode(data)
    except InputError as err:
        assert str(err)
    else:
        assert isinstance(text, str)
