"""Figures: which numbers are checkable claims, how far each reaches, and whose each is.

Each test states a sentence written for this project and the figures it must yield.
"""

from __future__ import annotations

import pytest


def figure_texts(report) -> list[str]:
    return [f.text for f in report.figures]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rescuers said at least 32,070 people had been killed and some 1,200 were missing.", ["at least 32,070", "some 1,200"]),
        ("Turnout reached 45 percent, up from a third of voters last time.", ["45 percent", "a third"]),
        ("Hundreds of thousands marched, and dozens were arrested.", ["Hundreds of thousands", "dozens"]),
        ("The repairs will cost $48 million to $55 million.", ["$48 million to $55 million"]),
        ("The council voted 52 to 47, and the final score was 74-66.", ["52 to 47", "74-66"]),
        ("It is the second-largest port in the region and the most populous district.", ["second-largest", "most populous"]),
        ("One in five adults and nine out of 10 children were vaccinated.", ["One in five", "nine out of 10"]),
        ("The fund lost $1.2bn, or 3% of its value, and two-thirds of members left.", ["$1.2bn", "3%", "two-thirds"]),
        ("The jury deliberated for about six hours after a trial of more than 20 years' worth of records.", ["about six hours", "more than 20 years"]),
        ("The shares fell 9% to $23.40 in afternoon trading.", ["9%", "$23.40"]),
        ("A million people watched the final.", ["A million"]),
        ("The river rose nearly three times faster than forecast.", ["nearly three times"]),
        ("Plans for a 2,800-metre runway followed a five-hour meeting.", ["2,800-metre", "five-hour"]),
        ("The water rose more than a metre, though less than an inch of rain fell.", ["more than a metre", "less than an inch"]),
        ("Rates will rise by about half a percentage point.", ["about half a percentage point"]),
        ("The offer values the shares at $48 a share.", ["$48"]),
        ("Landlords with four or fewer flats are exempt.", ["four or fewer"]),
        ("The bill passed by a vote of 104-89.", ["104-89"]),
        ("Only one of the nine engines failed.", ["one", "nine"]),
        ("Rain reached 110mm overnight, and gusts hit 70mph.", ["110mm", "70mph"]),
        ("The final lasted 2 hours 41 minutes, and play was suspended for 1 hour 52 minutes.", ["2 hours 41 minutes", "1 hour 52 minutes"]),
        ("Valbuena will slip to 11th in the rankings.", ["11th"]),
        ("All four carriages left the track.", ["four"]),
        ("The four-page letter followed a 31-page order and Thursday night’s one-hour debate.", ["four-page", "31-page", "one-hour"]),
        ("The schedule would hand Mezrah billions of dollars, and the surplus is tens of billions of dollars smaller.", ["billions of dollars", "tens of billions of dollars"]),
        ("The cap stretches breakout time from about one week to more than 10 months.", ["about one week", "more than 10 months"]),
        ("His sample showed 6.9 nanograms, above the 2-nanogram threshold, in a 200-word summary.", ["6.9 nanograms", "2-nanogram", "200-word"]),
        ("Rates rose by a quarter of a percentage point.", ["a quarter of a percentage point"]),
        ("He claimed that violent crime had doubled and that arrests had halved.", ["doubled", "halved"]),
        ("Calls rose 34% to 52,400, and the yield fell 11 basis points to 3.74 percent.", ["34%", "52,400", "11 basis points", "3.74 percent"]),
        ("Lisbon recorded 44.1C, and lows stayed at 28C for four consecutive nights.", ["44.1C", "28C", "four consecutive nights"]),
        ("It shows that 212 of the cuts will fall in Denver and 58 at its office in Boulder.", ["212", "58"]),
        ("He scored 58 in 121 appearances; one in five adults agreed.", ["58", "121", "one in five"]),
        ("He signed a five-year contract, and his three-party coalition held.", ["five-year", "three-party"]),
        ("It is the company's third round of layoffs and the third such delay.", ["third", "third"]),
        ("Sales rose 40 percent.The firm grew.", ["40 percent"]),
        ("Milling wheat in Paris gained 3.1% to 238 euros a tonne.", ["3.1%", "238 euros"]),
    ],
)
def test_figures_are_found_with_their_bounds_and_units(analyze, text, expected):
    assert figure_texts(analyze(text)) == expected


def test_a_figure_in_the_description_of_a_document_that_speaks_is_its_authors(analyze):
    text = "A survey of 600 Skelworth households that the campaign commissioned from Northway Research found that 71 percent opposed the turbines."
    report = analyze(text)
    figure = next(f for f in report.figures if f.text == "600")
    assert (report.entity(figure.source).name, figure.via) == ("Northway Research", "document")


def test_a_figure_in_the_relative_clause_of_a_body_that_speaks_is_the_bodys(analyze):
    text = "The Allied Autoworkers of America, which represents about 27,000 Talbridge workers, said it would fight the cuts."
    report = analyze(text)
    figure = next(f for f in report.figures if f.text == "about 27,000")
    assert (report.entity(figure.source).name, figure.via) == ("Allied Autoworkers of America", "speaker")


def test_a_figure_in_the_description_of_a_person_who_speaks_stays_unsourced(analyze):
    # guard: the paper describes the speaker; the number is not hers
    text = "Lena Brooks, who has run the bakery on Elm Street for 20 years, said the rent had doubled."
    figure = next(f for f in analyze(text).figures if f.text == "20 years")
    assert figure.unsourced


@pytest.mark.parametrize(
    "text",
    [
        "Marta Quill, 52, moved to Elm Street in 2019.",  # an age and a year
        "The bus on Route 9 left at 10:30 on May 4.",  # a route number, a time and a date
        "Flight 207 and the Boeing 737 were grounded.",  # numbers inside names
        "The first meeting opened with one of the longest speeches.",  # an ordinal and a pronoun "one"
        "The mill has been idle since the ’08 recession.",  # a clipped year
        "The two men were later released.",  # a reference, not a claimed count
        "The 7-year-old boy was found unharmed.",  # an age
        "The 6'2\" guard scored late in the second half.",  # a height, and a period of play
        "Second, the plan was never costed.",  # a list's ordinal
        "Vantor’s biggest customers include carmakers.",  # a superlative that picks out a group
        "He goes down beside a pickup truck after the fourth.",  # a place in a sequence of shots
        "He called his mother every night at 10.",  # a clock time with no "p.m."
        "No government has fallen that way since 2009.The closest call came later.",  # a year with no space after its full stop
        "A man of 85 with a weak heart died over the previous five summers.",  # an age, and a period counted back from now
        "He wanted to test himself at the highest level and sell to the highest bidder.",  # a judgement and an idiom
        "He won in the first round in March.",  # a stage, not a count
        "She was 27, she was loved, and she had plans.",  # an age after "was"
    ],
)
def test_dates_ages_names_and_ordinals_are_not_figures(analyze, text):
    assert figure_texts(analyze(text)) == []


def test_figure_in_reported_speech_is_sourced_to_the_speaker(analyze):
    report = analyze("The Health Ministry said at least 41 people had died since March.")
    (figure,) = report.figures
    source = report.entity(figure.source)
    assert figure.text == "at least 41"
    assert source is not None and "Health Ministry" in source.name
    assert figure.via == "content" and not figure.unsourced


def test_figure_in_the_papers_own_voice_is_unsourced(analyze):
    report = analyze("The rally drew more than 10,000 people to the square on Saturday.")
    (figure,) = report.figures
    assert figure.unsourced and figure.source is None and figure.attribution is None


def test_figure_beside_an_attribution_but_outside_it_is_unsourced_with_a_hint(analyze):
    text = "Mayor Ana Ruiz said the bridge would reopen in May. The bridge carries 14,000 cars a day."
    report = analyze(text)
    figure = next(f for f in report.figures if f.text.startswith("14,000"))
    assert figure.unsourced
    near = report.entity(figure.near)
    assert near is not None and near.name.endswith("Ruiz")


@pytest.mark.parametrize(
    "text, figure_text, body",
    [
        # a body's cue closes the sentence before
        ("Carrow Motors will cut 900 jobs. Profit fell to $84 million, the company said. Sales dropped 9% to $2.6 billion.", "9%", "Carrow Motors"),
        ("Bus use fell by a quarter, according to the Transport Board. The 11 routes carried about 310,000 passengers last year.", "about 310,000", "Transport Board"),
        # "according to" or a document opens it, and its content runs to its end
        (
            "According to the Congressional Budget Office, a two-week shutdown would cut output by about $9 billion. Back pay would add about $1.3 billion a week.",
            "about $1.3 billion",
            "Congressional Budget Office",
        ),
        (
            "A Calloway Research poll released Monday found that 52 percent of voters would blame Congress. The survey of 1,204 adults has a margin of error of 3 percentage points.",
            "1,204",
            "Calloway Research",
        ),
    ],
)
def test_a_sentence_right_after_a_sentence_that_is_all_a_bodys_report_continues_its_account(analyze, text, figure_text, body):
    report = analyze(text)
    figure = next(f for f in report.figures if f.text == figure_text)
    source = report.entity(figure.source)
    assert source is not None and body in source.name and figure.via == "previous-sentence"


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was low, the company said.\n\nThe plant employs 1,200 people.",  # a new paragraph
        "Turnout was low, Mayor Ana Ruiz said. The plant employs 1,200 people.",  # a person's words
        "The company said turnout was low. The plant employs 1,200 people.",  # the cue opens its sentence
        "Carrow Motors said on Monday that turnout was low. The plant employs 1,200 people.",  # a body's statement, not its data
    ],
)
def test_a_figure_after_a_report_that_does_not_close_on_a_bodys_cue_stays_unsourced(analyze, text):  # guard
    report = analyze(text)
    figure = next(f for f in report.figures if f.text == "1,200")
    assert figure.unsourced


def test_figure_in_a_quote_nobody_is_named_for_is_unsourced(analyze):
    text = "The hall was quiet.\n\n“We lost 300 homes in one night and nobody came to help us.”"
    report = analyze(text)
    figure = next(f for f in report.figures if f.text == "300")
    assert figure.unsourced and figure.via == "unattributed-quote"


def test_figure_owned_by_a_data_noun_is_sourced_to_its_owner(analyze):
    report = analyze("Unemployment rose to 6.1 percent in March, the Statistics Office's figures show.")
    figure = next(f for f in report.figures if f.text == "6.1 percent")
    source = report.entity(figure.source)
    assert source is not None and "Statistics Office" in source.name


def test_attribution_lists_the_figures_its_content_carries(analyze):
    report = analyze("The ministry said 41 people had died and 300 were in hospital.")
    (attribution,) = [a for a in report.attributions if a.content_text.startswith("41")]
    assert [f.text for f in report.figures if f.id in attribution.figures] == ["41", "300"]


def test_a_company_reporting_its_results_is_the_source_of_the_figure(analyze):
    report = analyze("Halden Foods reported a loss of $4 million for the quarter.")
    (figure,) = report.figures
    assert figure.text == "$4 million" and report.entity(figure.source).name == "Halden Foods"


def test_innermost_content_owns_a_nested_figure(analyze):
    text = "Senator Ellen Park said that the auditor, Tom Hale, believed the loss was $4 million."
    report = analyze(text)
    figure = next(f for f in report.figures if f.text == "$4 million")
    source = report.entity(figure.source)
    assert source is not None and source.name.endswith("Hale")


def test_dateline_is_not_a_speaker(analyze):
    report = analyze("DETROIT — Parts maker Vantor said on Wednesday it would cut about 1,800 jobs.")
    (attribution,) = report.attributions
    assert attribution.speaker.mention.text.endswith("Vantor")
    figure = report.figures[0]
    assert figure.text == "about 1,800" and report.entity(figure.source).name.endswith("Vantor")


def test_an_emergency_line_number_is_not_a_figure_but_a_count_of_calls_is(analyze):
    text = "The first 911 call came in at 6:10 a.m., and dispatchers logged 212 calls before noon."
    assert [f.text for f in analyze(text).figures] == ["212"]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("He said the two troopers who fired had been placed on paid leave.", "two"),
        ("The rifle was not among the three guns he surrendered.", "three"),
    ],
)
def test_a_small_count_after_the_picked_out_by_a_clause_is_a_figure(analyze, text, figure):
    assert [f.text for f in analyze(text).figures] == [figure]


def test_a_small_count_after_the_that_only_refers_back_is_not_a_figure(analyze):  # guard
    assert analyze("The two men, who were armed, were arrested.").figures == []


def test_count_of_the_papers_own_sources_is_not_a_figure(analyze):
    report = analyze("Two officials said the deal was worth 40 million euros.")
    assert [f.text for f in report.figures] == ["40 million euros"]


def test_count_opening_a_long_anonymous_mention_is_not_a_figure(analyze):
    text = "Two doctors at the city hospital who asked not to be named because they were not authorized to speak said 300 beds were full."
    assert [f.text for f in analyze(text).figures] == ["300"]


def test_a_figure_a_party_puts_a_reckoning_at_is_sourced_to_it(analyze):
    text = "Some 1,200 workers are on strike, according to the union. The port operator, Harbourline, puts the number at about 900."
    report = analyze(text)
    figure = next(f for f in report.figures if f.text == "about 900")
    assert figure.source is not None and report.entity(figure.source).name == "Harbourline"


def test_a_change_from_one_figure_to_another_is_two_figures(analyze):
    text = "The median wait fell from 64 minutes to 29 minutes, the health board said."
    assert figure_texts(analyze(text)) == ["64 minutes", "29 minutes"]


def test_a_span_from_one_figure_to_another_is_one_range(analyze):
    # guard: no verb of change, so "from … to" bounds one estimate
    text = "Estimates of the crowd ranged from 5,000 to 8,000 people."
    assert figure_texts(analyze(text)) == ["5,000 to 8,000"]


def test_a_step_and_the_level_a_change_reaches_are_two_figures(analyze):
    text = "The Central Bank of Veldria raised its benchmark rate by half a percentage point to 9.5 percent on Thursday."
    assert figure_texts(analyze(text)) == ["half a percentage point", "9.5 percent"]


def test_a_change_by_a_bare_number_to_a_percentage_is_one_range(analyze):
    # guard: "by 5 to 10 percent" bounds the change; the 5 has no unit of its own
    text = "Analysts expect sales to rise by 5 to 10 percent next year."
    assert figure_texts(analyze(text)) == ["5 to 10 percent"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vallin said the deficit had narrowed for three straight quarters.", ["three straight quarters"]),
        ("Sales fell for five consecutive years before the takeover.", ["five consecutive years"]),
        ("Three quarters of voters backed the levy.", ["Three quarters"]),
    ],
)
def test_a_run_of_periods_and_a_plural_fraction_are_counted_whole(analyze, text, expected):
    assert figure_texts(analyze(text)) == expected


def test_the_sample_of_a_poll_that_speaks_is_its_authors_figure_not_a_count_of_sources(analyze):
    text = "A poll of 24 economists by Brandvik Data had forecast a quarter-point rise."
    report = analyze(text)
    figure = next(f for f in report.figures if f.text == "24")
    assert report.entity(figure.source).name == "Brandvik Data"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was the largest corruption case in the county’s history.", ["largest"]),
        ("Flights resumed at Stockholm-Norrvik Airport, the country’s busiest, shortly after noon.", ["busiest"]),
        ("Town won to climb to sixth in the Premier Division.", ["sixth"]),
        ("Westmoor finished seventh in Division Two.", ["seventh"]),
    ],
)
def test_a_ranking_that_places_one_thing_is_a_figure(analyze, text, expected):
    assert figure_texts(analyze(text)) == expected


def test_a_multiple_that_compares_is_a_figure(analyze):
    assert figure_texts(analyze("Repairs cost £38 million, almost double the original estimate.")) == ["£38 million", "almost double"]


def test_a_double_murder_is_no_figure(analyze):  # guard
    assert figure_texts(analyze("Police are investigating a double murder in the town.")) == []


def test_a_size_bound_and_a_microscopic_unit_belong_to_the_figure(analyze):
    text = "Particles smaller than 20 micrometres made up 64 percent of those counted."
    assert figure_texts(analyze(text)) == ["smaller than 20 micrometres", "64 percent"]


def test_half_time_is_no_share(analyze):
    assert figure_texts(analyze("Town were 2-0 up by half-time, and a half-hour delay followed.")) == ["2-0", "a half-hour"]


def test_a_count_of_night_shifts_is_a_figure_not_a_time(analyze):
    text = "A ward manager said the hospital had run at least 40 night shifts without a trained nurse."
    assert figure_texts(analyze(text)) == ["at least 40"]


def test_a_time_of_night_is_still_no_figure(analyze):
    # guard: a clock time and a night are when, not how many
    assert figure_texts(analyze("The board met at 9 p.m. on Tuesday night.")) == []


def test_a_document_owned_by_no_party_gives_its_figures_no_owner_party(analyze):
    # "the trial" owns no data: the report speaks, and nobody named "trial" is invented
    text = "The trial’s interim report found that 47 percent of patients were living independently."
    report = analyze(text)
    figure = next(f for f in report.figures if f.text == "47 percent")
    assert figure.source is None or report.entity(figure.source).name != "trial"
    assert all(e.name != "trial" for e in report.entities)


def test_a_handful_has_no_number_in_it_so_is_no_figure(analyze):
    text = "The minister conceded that a militia had kept “a handful of trucks” in a warehouse about 400 metres from the market."
    assert figure_texts(analyze(text)) == ["about 400 metres"]


def source_of(report, figure_text: str) -> str | None:
    (f,) = [f for f in report.figures if f.text == figure_text]
    return report.entity(f.source).name if f.source else None


_POLL = (
    "Ruiz led Okafor by 41 percent to 36 percent, according to a poll released Monday by Harwick College.\n\n"
    "Nearly two-thirds of respondents said the bridge tolls were too high. "
    "The survey of 640 likely voters has a margin of error of plus or minus 3.9 percentage points."
)


@pytest.mark.parametrize("figure_text", ["Nearly two-thirds", "640", "3.9 percentage points"])
def test_a_share_of_the_polls_respondents_and_the_polls_description_are_the_pollsters(analyze, figure_text):
    assert source_of(analyze(_POLL), figure_text) == "Harwick College"


def test_a_share_of_people_with_no_poll_before_stays_unsourced(analyze):
    # guard: nobody counted them
    text = "Ruiz spoke at the rally on Monday.\n\nNearly two-thirds of residents said the bridge tolls were too high."
    assert source_of(analyze(text), "Nearly two-thirds") is None


@pytest.mark.parametrize("text", ["The poll was conducted Dec. 6-9 among adults.", "The survey ran September 16-19."])
def test_days_of_a_month_are_a_date_not_a_tally(analyze, text):
    assert figure_texts(analyze(text)) == []


def test_a_share_after_a_name_with_the_verb_left_out_is_a_figure(analyze):
    text = "Ruiz had the support of 41 percent of likely voters and Okafor 36 percent, according to the poll."
    assert figure_texts(analyze(text)) == ["41 percent", "36 percent"]


@pytest.mark.parametrize("text, figure", [("The fire gutted the 120,000-square-foot building.", "120,000-square-foot"), ("A 5,000-square-metre hall burned.", "5,000-square-metre")])
def test_a_hyphenated_square_measure_is_one_figure(analyze, text, figure):
    assert figure_texts(analyze(text)) == [figure]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Osterhout had 24,318 votes and Brisco 23,462, the board said.", ["24,318", "23,462"]),
        ("In an exit poll conducted for WKVR-TV, 58% of renters backed Osterhout.", ["58%"]),
        ("The margin was the narrowest in a mayoral race since 1991.", ["narrowest"]),
    ],
)
def test_counts_shares_and_rankings_the_name_rules_must_not_swallow(analyze, text, figures):
    assert figure_texts(analyze(text)) == figures


@pytest.mark.parametrize("text", ["Brisco, 63, who was seeking a third term, said he would go.", "I ride the 14 bus to work every day."])
def test_an_ordinal_before_its_noun_and_a_route_number_are_not_figures(analyze, text):
    assert figure_texts(analyze(text)) == []


def test_a_count_before_a_compound_noun_stays_a_figure(analyze):
    # guard: "the 412 polling stations" counts stations
    assert figure_texts(analyze("Observers found irregularities at 37 of the 412 polling stations they visited.")) == ["37", "412"]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("It takes 84 votes in the 125-member House.", ["84", "125-member"]),
        ("Bookings fell 41 percent in the three months after the review.", ["41 percent", "three months"]),
    ],
)
def test_a_body_of_so_many_members_and_a_span_of_months_are_figures(analyze, text, figures):
    assert figure_texts(analyze(text)) == figures


def test_not_one_is_an_idiom_of_none_not_a_figure(analyze):
    assert figure_texts(analyze("“Not one dollar moves until they have done what they promised.”")) == []


@pytest.mark.parametrize("text", ["One day somebody will prove it.", "A one-time rival endorsed her.", "At one point the talks stalled."])
def test_one_before_a_unit_in_an_idiom_is_no_figure(analyze, text):
    # guard: a length needs a bound or a hyphened unit of measure
    assert figure_texts(analyze(text)) == []
