"""Speakers to entities: full names, surnames, titles, pronouns, bodies, groups, anonymous."""

from __future__ import annotations

import pytest


def by_content(report, start: str):
    (a,) = [a for a in report.attributions if a.content_text.startswith(start)]
    return a


def entity_of(report, start: str):
    return report.entity(by_content(report, start).speaker.entity)


def test_surname_resolves_to_the_full_name_introduced_earlier(analyze):
    text = "Health Minister Dana Okafor said the clinics would open in May.\n\nOkafor said the budget was agreed."
    report = analyze(text)
    assert entity_of(report, "the clinics") is entity_of(report, "the budget")
    assert entity_of(report, "the budget").name == "Dana Okafor"


def test_pronoun_resolves_to_the_last_named_speaker(analyze):
    text = "Tomas Berg, the county engineer, said the levee had held.\n\nHe said the pumps would be replaced."
    report = analyze(text)
    a = by_content(report, "the pumps")
    assert a.speaker.form == "pronoun"
    assert report.entity(a.speaker.entity).name == "Tomas Berg"


def test_title_resolves_to_the_person_who_holds_it(analyze):
    text = "Prime Minister Dan Avital said the talks would resume.\n\nThe prime minister said the border would stay closed."
    report = analyze(text)
    a = by_content(report, "the border")
    assert a.speaker.form == "title"
    assert report.entity(a.speaker.entity).name == "Dan Avital"


def test_appositive_gives_title_and_affiliation(analyze):
    text = "Jane Doe, a spokeswoman for the Interior Ministry, said the curfew would end."
    report = analyze(text)
    entity = entity_of(report, "the curfew")
    assert entity.name == "Jane Doe"
    assert report.entity(entity.affiliation).name == "Interior Ministry"


def test_a_post_at_a_named_body_gives_the_post_as_title_and_the_body_as_affiliation(analyze):
    text = "Tom Reyes, Harrow Brands’ finance director, said sales had fallen."
    report = analyze(text)
    entity = entity_of(report, "sales")
    assert (entity.titles, report.entity(entity.affiliation).name) == (["finance director"], "Harrow Brands")


def test_chief_of_staff_is_a_post_not_an_affiliation_with_staff(analyze):
    text = "Ana Ruiz, the mayor’s chief of staff, said the plan was dead."
    assert entity_of(analyze(text), "the plan").affiliation is None


def test_anonymous_officials_are_a_typed_anonymous_entity(analyze):
    report = analyze("Officials said the dam was inspected last year.")
    assert entity_of(report, "the dam").type == "anonymous"


@pytest.mark.parametrize("reason", ["who declined to be identified", "who was not authorised to speak publicly", "who spoke on background"])
def test_a_spokesman_who_gives_a_reason_to_stay_unnamed_is_anonymous(analyze, reason):
    report = analyze(f"A spokesman, {reason}, said the deal would close in May.")
    assert entity_of(report, "the deal").type == "anonymous"


def test_an_unnamed_spokesman_for_a_body_is_anonymous_and_speaks_for_that_body(analyze):
    report = analyze("The Integrity Commission opened a case. A spokesman for the commission said it would not comment further.")
    entity = entity_of(report, "it would not")
    assert (entity.name, entity.type) == ("a spokesman for the commission", "anonymous")
    assert report.entity(entity.affiliation).name == "Integrity Commission"


def test_a_spokeswoman_for_a_named_body_keeps_the_bodys_name_as_written(analyze):
    report = analyze("A spokeswoman for Britain's data regulator said it had been told.")
    assert entity_of(report, "it had been").name == "a spokeswoman for Britain's data regulator"


def test_a_named_spokesman_is_a_person(analyze):
    # guard
    report = analyze("Ministry spokesman Ian Park said talks would resume.")
    assert (entity_of(report, "talks").name, entity_of(report, "talks").type) == ("Ian Park", "person")


def test_official_who_spoke_on_condition_of_anonymity_is_anonymous(analyze):
    text = "A senior official, who spoke on condition of anonymity, said the deal was close."
    report = analyze(text)
    assert entity_of(report, "the deal").type == "anonymous"


def test_residents_are_a_group(analyze):
    report = analyze("Residents said the water had reached their windows.")
    assert entity_of(report, "the water").type == "group"


def test_country_speaker_is_a_place_entity(analyze):
    report = analyze("France said the embassy would reopen.")
    assert entity_of(report, "the embassy").name == "France"


def test_unresolvable_pronoun_keeps_no_entity(analyze):
    report = analyze("She said the vote would be delayed.")
    a = by_content(report, "the vote")
    assert a.speaker.mention.text == "She" and a.speaker.entity is None


def test_secretary_of_state_does_not_create_a_state_speaker(analyze):
    text = "Secretary of State Maria Lund said the treaty was signed."
    report = analyze(text)
    assert entity_of(report, "the treaty").name == "Maria Lund"
    assert all(e.name != "State" for e in report.entities)


def test_the_noun_resolves_to_an_organisation_whose_name_ends_with_it(analyze):
    text = "Kessingford Airport unveiled a second runway on Monday. The airport said the work would take two years."
    assert entity_of(analyze(text), "the work").name == "Kessingford Airport"


def test_definite_title_resolves_to_a_person_introduced_with_it(analyze):
    text = "District Judge Elena Marquez set sentencing for March. The judge said the losses were severe."
    assert entity_of(analyze(text), "the losses").name == "Elena Marquez"


def test_appositive_role_lets_the_role_name_the_person_later(analyze):
    text = "Nathan Pruitt, the court-appointed receiver, took over the fund in May. The receiver said the fund was empty."
    assert entity_of(analyze(text), "the fund was").name == "Nathan Pruitt"


def test_unnamed_party_is_an_entity_named_by_its_description(analyze):
    report = analyze("A federal jury on Friday found that the treasurer had stolen the money.")
    ent = entity_of(report, "that the treasurer")
    assert ent.name == "federal jury" and ent.type == "organization"


def test_report_by_an_unnamed_body_is_sourced_to_that_body(analyze):
    text = "A report by the agency's inspector general found that the grants were poorly tracked."
    assert "inspector general" in entity_of(analyze(text), "that the grants").name


def test_a_study_commissioned_from_a_named_body_is_that_bodys(analyze):
    text = "A study the city commissioned last year from the Harbor Policy Institute found that permits fell."
    assert "Harbor Policy Institute" in entity_of(analyze(text), "that permits").name


def test_a_knight_called_by_the_first_name_is_the_knight_named_in_full(analyze):
    text = "The inquiry is led by the retired judge Sir Malcolm Ebury. Sir Malcolm said he would order the logs released."
    assert entity_of(analyze(text), "he would").name == "Malcolm Ebury"


def test_estimates_called_by_the_county_are_the_county_body_the_story_named(analyze):
    text = "Harwick County Council approved the levy. The levy would raise $61 million a year, according to county estimates."
    assert entity_of(analyze(text), "The levy would").name == "Harwick County Council"


def test_the_county_as_a_speaker_is_the_county_body_the_story_named(analyze):
    text = "Harwick County Council approved the levy on Monday. The county said the plan would cost $1.4 billion."
    assert entity_of(analyze(text), "the plan").name == "Harwick County Council"


def test_the_cities_of_two_places_are_not_a_city_body(analyze):  # guard
    text = "City Hall approved the levy. The cities of Leeds and York said they would oppose it."
    assert entity_of(analyze(text), "they would").name != "City Hall"


def test_a_body_named_with_and_without_the_is_one_entity(analyze):
    text = "The Harbor Policy Institute said rents rose. Harbor Policy Institute said in a statement that rents would keep rising."
    report = analyze(text)
    assert [e.name for e in report.entities] == ["Harbor Policy Institute"]


def test_an_alias_stops_before_a_relative_clause(analyze):
    report = analyze("Ines Caldera, who directs the lab, said the poll was sound. Caldera said it was also fair.")
    (caldera,) = [e for e in report.entities if e.name == "Ines Caldera"]
    assert not any("who" in alias for alias in caldera.aliases)


def test_who_after_a_persons_appositive_refers_to_the_person_not_the_body(analyze):
    text = "“We pay for water we never see,” said Tamsin Oduya, the chair of the Stannick Tenants’ Association, who also said that landlords added 20 percent to the charges."
    report = analyze(text)
    a = by_content(report, "that landlords")
    assert a.speaker.mention.text == "Tamsin Oduya, the chair of the Stannick Tenants’ Association, who"
    assert report.entity(a.speaker.entity).name == "Tamsin Oduya"


def test_an_affiliation_is_the_body_without_a_relative_clause_on_it(analyze):
    text = "“We pay for water we never see,” said Tamsin Oduya, the chair of the Stannick Tenants’ Association, who also said that landlords added 20 percent to the charges."
    report = analyze(text)
    oduya = next(e for e in report.entities if e.name == "Tamsin Oduya")
    assert report.entity(oduya.affiliation).name == "Stannick Tenants’ Association"


def test_a_company_called_by_the_first_word_of_its_name_is_that_company(analyze):
    text = "Fennock Water wants to raise bills. Fennock, which supplies 410,000 homes, said the rise was needed. The company said pipes were old."
    report = analyze(text)
    assert [e.name for e in report.entities] == ["Fennock Water"]
    assert report.entities[0].type == "organization"


def test_a_document_a_pronoun_owns_is_the_body_the_pronoun_stands_for(analyze):
    text = "Fennock Water said bills would rise. The company paid £41 million in dividends last year, according to its annual accounts."
    assert entity_of(analyze(text), "The company paid").name == "Fennock Water"


def test_the_county_is_its_council_not_a_building_named_for_it(analyze):
    text = "Pelbury County Council met at County Hall on Monday. The rise would cost the council £700,000 a year, according to county estimates."
    assert entity_of(analyze(text), "The rise").name == "Pelbury County Council"


@pytest.mark.parametrize(
    "text, start, name",
    [
        ("A forensic audit by the accounting firm Brenner & Loew found that $412,000 had gone to a casino.", "that $412,000", "Brenner & Loew"),
        ("The conservative group Harbor Crossroads said the levy was a tax.", "the levy", "Harbor Crossroads"),
    ],
)
def test_a_body_noun_with_a_name_in_apposition_is_called_by_that_name(analyze, text, start, name):
    assert entity_of(analyze(text), start).name == name


def test_definite_title_with_nobody_named_stays_unresolved(analyze):
    report = analyze("The judge said the trial would resume on Monday.")
    a = by_content(report, "the trial")
    assert a.speaker.form == "title" and a.speaker.entity is None


def test_company_word_makes_a_name_an_organisation_whatever_ner_says(analyze):
    text = "Auto parts supplier Vantor Automotive said it would cut jobs. The company said the cuts were final."
    report = analyze(text)
    assert entity_of(report, "it would").type == "organization"
    assert entity_of(report, "the cuts") is entity_of(report, "it would")


def test_names_in_page_chrome_are_never_candidates(analyze):
    text = "weather icon Cloudy 6°C\n\nDETROIT — Vantor Automotive said it would cut jobs.\n\nThe company said the cuts were final."
    report = analyze(text)
    assert entity_of(report, "the cuts").name == "Vantor Automotive"
    assert all(e.name != "C" for e in report.entities)


def test_group_named_by_where_it_is_becomes_a_group_entity(analyze):
    report = analyze("Doctors in Santa Cruz said the wards were full.")
    ent = entity_of(report, "the wards")
    assert (ent.name, ent.type) == ("doctors in Santa Cruz", "group")


def test_report_submitted_by_a_body_is_sourced_to_that_body(analyze):
    text = "Kelsworth Borough Council took the landlord to court in May.\n\nAn inspection report submitted by the council says that two of the flats had no heating."
    report = analyze(text)
    assert entity_of(report, "that two of the flats").name == "Kelsworth Borough Council"


def test_a_report_whose_author_is_set_off_by_commas_is_its_authors(analyze):
    report = analyze("The report, by the National Audit Office, said 7.6 million people were waiting.")
    assert entity_of(report, "7.6 million").name == "National Audit Office"


def test_whoever_obtained_a_document_did_not_write_it(analyze):
    text = "The Harlow Clinic opened a ward in May.\n\nA safety audit from last year, obtained by the Courier, found that three of the wards were understaffed."
    report = analyze(text)
    audit = entity_of(report, "that three of the wards")
    assert audit.document and "Courier" not in audit.name


def test_a_surname_ner_misses_is_the_person_named_in_full(analyze):
    # the small model tags a lone "O’Neill" as an adverb or an organisation
    text = "Castlebrook Rovers sacked manager Declan O’Neill on Monday.\n\nO’Neill said the squad had lost its nerve. O’Neill added that he wished Rovers well."
    report = analyze(text)
    assert entity_of(report, "the squad").name == "Declan O’Neill"
    assert entity_of(report, "that he wished") is entity_of(report, "the squad")


def test_the_club_with_no_club_speaking_is_the_one_the_article_names_most(analyze):
    text = (
        "Castlebrook Rovers sacked manager Declan O’Neill on Monday. Rovers have not won in nine games. "
        "Millbridge Town beat Rovers 4-1 on Saturday.\n\nAccording to the club’s accounts, the club lost £8 million last year."
    )
    report = analyze(text)
    assert "Rovers" in entity_of(report, "the club lost").name


def test_an_abbreviated_title_resolves_the_full_title_later(analyze):
    text = (
        "Dana Whitfield, the Democratic candidate for governor, spoke on Sunday. Gov. Harold Benning, "
        "the Republican incumbent, was in Green Bay.\n\nThe governor told reporters that he would let the voters count."
    )
    # Whitfield runs for governor; Benning is one
    assert entity_of(analyze(text), "that he would let").name == "Harold Benning"


def test_a_surname_stands_for_the_full_name_the_papers_own_sentence_gave(analyze):
    # "Dana Whitfield" is named only inside the campaign's mention, never as a speaker herself
    text = "The campaign of Dana Whitfield said the rally drew a crowd.\n\nWhitfield told the crowd that she would win."
    assert entity_of(analyze(text), "that she would win").name == "Dana Whitfield"


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # the cue inside the relative clause: the text names its speaker there as "who"
        ("Trustee Ann Lund, who voted against the closure, spoke first.", "Trustee Ann Lund, who", "Ann Lund"),
        # the small parser hangs the main verb on the name, yet the name's phrase does not run to the full stop
        ("The Harbour Board, which did not oppose the appeal, conceded at a hearing in June that the dredging had been rushed.", "The Harbour Board, which", "Harbour Board"),
    ],
)
def test_the_speaker_of_a_relative_clause_is_the_phrase_before_it(analyze, text, mention, name):
    report = analyze(text)
    first = report.attributions[0]
    assert first.speaker.mention.text == mention
    assert report.entity(first.speaker.entity).name == name


def test_a_cue_in_a_relative_clause_names_its_speaker_through_the_pronoun(analyze):
    text = "The deal won the backing of former senator Gordon Humphrey, who told reporters he would campaign for it."
    speaker = analyze(text).attributions[0].speaker
    assert speaker.mention.text == "former senator Gordon Humphrey, who"
    assert speaker.form == "name"


def test_pronoun_inside_a_quotation_is_not_the_one_quoting(analyze):
    text = "Maria Okafor ran the fund for a decade.\n\n“She told me, ‘Your savings are safe,’ and I believed her,” said Ruth Dale, an investor."
    report = analyze(text)
    nested = by_content(report, "‘Your savings")
    assert nested.speaker.mention.text == "She"
    assert report.entity(nested.speaker.entity).name == "Maria Okafor"


def test_pronoun_inside_a_quotation_with_only_the_quoting_speaker_before_it_stays_unresolved(analyze):
    text = "Ruth Dale, an investor, spoke outside the court.\n\n“She told me, ‘Your savings are safe,’ and I believed her,” Dale said."
    report = analyze(text)
    nested = by_content(report, "‘Your savings")
    assert nested.speaker.mention.text == "She" and nested.speaker.entity is None


def test_title_a_name_stands_in_apposition_to_resolves_a_later_title(analyze):
    text = "The club’s chairman, Richard Ashdown, said the sale was needed.\n\nThe chairman said the bank would not wait."
    report = analyze(text)
    assert entity_of(report, "the bank").name == "Richard Ashdown"


def test_a_share_of_voters_the_parser_hung_on_the_verb_is_its_speaker(analyze):
    text = "About two-thirds of primary voters in all five counties support banning new coal plants."
    a = analyze(text).attributions[0]
    assert (a.speaker.mention.text, a.content_text) == ("About two-thirds of primary voters in all five counties", "banning new coal plants")


def test_the_document_named_again_is_its_authors(analyze):
    text = (
        "Most voters oppose the levy, according to a poll released on Wednesday by the Tresham University Public Opinion Lab.\n\n"
        "The poll also found that 71 percent of riders back it."
    )
    report = analyze(text)
    assert entity_of(report, "that 71 percent").name.endswith("Tresham University Public Opinion Lab")


def test_a_name_with_a_who_clause_is_a_person_not_a_place(analyze):
    # NER tags "Ines Caldera" a place (Caldera is a town); a place is never a "who"
    text = "Ines Caldera, who directs the lab, said opposition had risen.\n\n“Once it had a price tag, they started doing the arithmetic,” she said."
    report = analyze(text)
    assert entity_of(report, "opposition").type == "person"
    assert entity_of(report, "“Once").name == "Ines Caldera"


@pytest.mark.parametrize(
    "text, content, name",
    [
        pytest.param(
            "Finance Minister Tomas Brand told lawmakers before the vote that the plan would cut the deficit.\n\n"
            "“Mr. Hale’s claim that hospitals will close is simply untrue, and he knows it,” the finance minister said.",
            "“Mr. Hale",
            "Tomas Brand",
            id="lowercase title the tagger calls a proper noun",
        ),
        pytest.param(
            "Sen. Ada Vane, the Oregon Democrat who chairs the committee, said the program had failed rural towns.\n\n"
            "The chairwoman told reporters after the hearing that “all options are on the table”.",
            "that “all options",
            "Ada Vane",
            id="who chairs the committee makes her the chairwoman",
        ),
        pytest.param(
            "Isla Dunne, who represents the harbour ward on the city council, said the ferry plan had no support.\n\n"
            "The councillor said the council would ask for the full board paper.",
            "the council would ask",
            "Isla Dunne",
            id="who represents the ward on the council makes her the councillor",
        ),
        pytest.param(
            "“This was not a decision the board took lightly,” chairman Martin Sallow said.\n\n"
            "Helen Marsh, chairman of the supporters’ trust, said the decision was overdue.\n\n"
            "Sallow admitted that recruitment had not been good enough.\n\n"
            "Asked whether he regretted backing the manager, the chairman said: “I regret that it didn’t work.”",
            "“I regret",
            "Martin Sallow",
            id="a title two people hold goes to the one mentioned last",
        ),
    ],
)
def test_a_title_resolves_to_the_person_who_holds_it_by_the_texts_own_clues(analyze, text, content, name):
    # "the finance minister" with "minister" tagged as a proper noun; a role given by a
    # "who" clause; two holders of one title
    assert entity_of(analyze(text), content).name == name


def test_a_transcript_label_resolves_to_the_host_named_in_full_even_when_ner_took_her_for_a_body(analyze):
    # NER tags "Nadia Harlow" an organisation here and "Harlow" alone a person
    text = (
        "Speaking to Nadia Harlow, host of “The Week in Carrick,” Coastline Radio’s Sunday politics programme, "
        "Mayor Gareth Devlin said the demand would add $9.6 million a year.\n\n"
        "HARLOW: Mr. Mayor, are the drivers wrong?\n\n"
        "DEVLIN: They are not wrong that prices have gone up.\n\n"
        "Later in the programme, Harlow asked whether the city would raise fares."
    )
    report = analyze(text)
    assert entity_of(report, "Mr. Mayor").name == "Nadia Harlow"


def test_a_document_with_a_reduced_relative_clause_is_the_speaker(analyze):
    # the parser takes "A filing … January" for a clause as subject
    report = analyze("A filing Tessaly submitted to the aviation regulator in January says that the company had asked to extend its licence.")
    a = next(a for a in report.attributions if a.cue.text == "says")
    assert (a.speaker.mention.text, a.content_text) == ("A filing Tessaly submitted to the aviation regulator in January", "that the company had asked to extend its licence")


def test_a_clause_as_subject_is_no_speaker(analyze):
    report = analyze("Raising the fare now says that the board has given up on riders.")
    assert all(a.speaker is None or a.speaker.mention.text != "Raising the fare now" for a in report.attributions)


def test_the_union_is_the_body_whose_name_fits_not_the_last_body_that_spoke(analyze):
    text = (
        "Colleen Marsh, president of the Eastport Nurses Association, said the strike would go ahead. "
        "According to Eastport police, the crowd peaked at about 900. "
        "The union said the strike would last three days."
    )
    assert entity_of(analyze(text), "the strike would last").name == "Eastport Nurses Association"


def test_the_hospital_with_no_hospital_named_stays_unresolved(analyze):
    text = "According to Eastport police, the crowd peaked at about 900. The hospital said it had treated two people for smoke inhalation."
    assert by_content(analyze(text), "it had treated").speaker.entity is None


def story_of_a_player(after_the_quote: str) -> str:
    return (
        "Keisha Dunmore scored 31 points as Lakeshore State won the final.\n\n"
        "\"Our officials are evaluated after every game,\" conference spokesman Tom Whitacre said.\n\n"
        f"{after_the_quote}Dunmore, who grew up in Flint and played point guard in high school, nearly transferred after her freshman season.\n\n"
        "In an interview with WLKR radio before the tournament, she said that her grandmother had talked her out of it."
    )


def test_a_pronoun_refers_back_to_a_name_the_parser_made_the_root(analyze):
    # the parser makes "Dunmore" the root of its sentence, with no verb to be the subject of
    assert entity_of(analyze(story_of_a_player("")), "that her grandmother").name == "Keisha Dunmore"


def test_a_pronoun_refers_back_to_a_surname_ner_did_not_tag(analyze):
    # after the "Advertisement" line NER tags nothing on "Dunmore"
    assert entity_of(analyze(story_of_a_player("Advertisement\n\n")), "that her grandmother").name == "Keisha Dunmore"


def test_a_pronoun_after_a_report_stands_for_the_one_who_reported_not_the_one_reported_on(analyze):
    text = (
        "A man who spent Monday on an overpass with a rifle was shot by troopers. State police say the man, Marcus Heddle, pointed the rifle at troopers.\n\n"
        "Col. Amos Tallis, the state police superintendent, said the troopers had tried for hours to talk him down.\n\n"
        "The superintendent maintains that Heddle raised the rifle toward three troopers and ignored a final order to put it down. "
        "He said the two troopers who fired had been placed on paid leave."
    )
    assert entity_of(analyze(text), "the two troopers").name == "Amos Tallis"


def test_a_pronoun_after_a_body_reports_on_a_person_stands_for_that_person(analyze):  # guard
    text = "The ministry said Dana Okafor would lead the review. She said it would take a year."
    assert entity_of(analyze(text), "it would take").name == "Dana Okafor"


def test_a_capitalised_word_the_tagger_took_for_a_plural_with_an_apposition_is_a_name(analyze):
    # the small tagger reads the unknown "Pruitt" at the start of the sentence as a plural noun
    ent = entity_of(analyze("Pruitt, a longtime Dunn ally, described the plan as reckless."), "the plan")
    assert (ent.name, ent.type) == ("Pruitt", "person")


def test_the_timeline_after_a_timeline_named_before_is_the_same_document(analyze):
    # in "…, the timeline shows." the parser hangs "the" on the verb
    text = (
        "According to a police timeline released Tuesday, the first call came in at 6:10 a.m. "
        "Troopers fired six shots at 3:42 p.m., the timeline shows."
    )
    report = analyze(text)
    timeline = entity_of(report, "the first call")
    assert timeline is not None and entity_of(report, "Troopers fired") is timeline
    assert [(f.text, f.source) for f in report.figures] == [("six", timeline.id)]


def test_a_document_someone_sent_is_sourced_to_its_sender(analyze):
    text = (
        "Renata Sokol, the chief executive, announced the review in March.\n\n"
        "A memo Sokol sent to employees on Wednesday morning says that the plant will close in June."
    )
    assert entity_of(analyze(text), "that the plant").name == "Renata Sokol"


def test_a_document_someone_obtained_is_not_sourced_to_them(analyze):
    # the parser gives "says" two subjects, "memo" and "Reyes"
    text = "Dana Reyes covers the plant for the Ledger.\n\nA memo Reyes obtained on Wednesday says that the plant will close in June."
    report = analyze(text)
    a = by_content(report, "that the plant")
    assert a.speaker.mention.text == "A memo"
    assert report.entity(a.speaker.entity).name == "a memo"


def test_the_company_is_never_a_public_body_that_spoke_last(analyze):
    text = (
        "The Office of Rail Standards said the operator had missed its punctuality target. "
        "The company said it would appeal the finding."
    )
    entity = by_content(analyze(text), "it would appeal").speaker.entity
    assert entity is None or "Office" not in analyze(text).entity(entity).name


def test_a_participle_set_off_after_a_name_is_not_part_of_the_speaker(analyze):
    text = "Councillor Dana Pruitt (Lab), noting the size of the turnout, said the vote would be close."
    a = next(a for a in analyze(text).attributions if a.content_text.startswith("the vote"))
    assert a.speaker.mention.text == "Councillor Dana Pruitt (Lab)"


def test_a_surname_with_a_relative_clause_after_it_is_the_person_named_in_full_before(analyze):
    text = (
        "Brendan Hale, 61, pleaded guilty to 11 offences under the Housing Act.\n\n"
        "Hale, who did not give evidence, vowed to appeal against the fine."
    )
    report = analyze(text)
    a = next(a for a in report.attributions if a.content_text.startswith("to appeal"))
    entity = report.entity(a.speaker.entity)
    assert entity is not None and entity.name == "Brendan Hale" and "Hale" in entity.aliases
    assert not any("," in alias for alias in entity.aliases)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The senator held a Rochester rally blasting the levy as a tax on workers.", "The senator"),
        ("Okafor gave a speech praising the mayor for the new depot.", "Okafor"),
    ],
)
def test_a_participle_hung_on_a_rally_or_speech_is_said_by_whoever_holds_it(analyze, text, speaker):
    (a,) = analyze(text).attributions
    assert a.speaker.mention.text == speaker


def test_a_possessive_owner_resolves_like_a_pronoun(analyze):
    text = "Councillor Tom Hale said the depot would close. His claim that it lost money was disputed by the auditor."
    report = analyze(text)
    a = next(a for a in report.attributions if a.cue.text == "claim")
    assert (a.speaker.mention.text, a.speaker.form, report.entity(a.speaker.entity).name) == ("His", "pronoun", "Tom Hale")


def test_a_poll_named_for_its_publisher_is_sourced_to_the_publisher(analyze):
    text = "A Harbour Post poll found that 41 percent of voters backed the plan."
    ent = entity_of(analyze(text), "that 41 percent")
    assert (ent.name, ent.type) == ("Harbour Post", "organization")


def test_a_poll_named_for_its_month_has_no_author(analyze):
    # "January" says when the poll was taken, not who took it
    polls = entity_of(analyze("January polls found that 41 percent of voters backed the plan."), "that 41 percent")
    assert (polls.type, polls.document) == ("anonymous", True)


def test_a_title_before_a_name_ner_took_for_a_body_still_names_a_person(analyze):
    # the small model tags "Councilwoman Renata Castellano" an organisation
    text = "Voters backed Councilwoman Renata Castellano in the ward. The councilwoman said she would knock on doors."
    assert entity_of(analyze(text), "she would").name == "Renata Castellano"


def test_the_unnamed_source_mentioned_again_is_the_same_source(analyze):
    text = "A campaign aide who spoke on condition of anonymity said the race would tighten. “Nobody thought this would be easy,” the aide said."
    report = analyze(text)
    assert entity_of(report, "“Nobody") is entity_of(report, "the race")


def test_the_polls_in_general_are_not_the_poll_named_before(analyze):
    text = "A Harbour Post poll found that 41 percent of voters backed the plan. The mayor has led in the polls all spring. The poll also found that 12 percent were undecided."
    report = analyze(text)
    assert entity_of(report, "that 12 percent") is entity_of(report, "that 41 percent")
    assert entity_of(report, "The mayor has led") is not entity_of(report, "that 41 percent")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Okafor, a Pruitt ally, said the levy was unfair.", "Okafor"),  # Pruitt is whose ally she is
        ("The Harbour Group's CEO, Kimberley Fritts, said the levy was unfair.", "Kimberley Fritts"),  # guard: the aside is the name
    ],
)
def test_a_name_in_an_aside_after_the_speaker_is_not_the_speaker(analyze, text, name):
    assert entity_of(analyze(text), "the levy").name == name


def test_the_body_named_in_full_wins_over_a_headlines_bare_noun(analyze):
    text = "Union vows to fight ferry sale\n\nThe sale was approved on Monday by the Coastal Crews Union’s rivals. The union said it would ballot its members."
    report = analyze(text)
    assert entity_of(report, "it would ballot").name.endswith("Coastal Crews Union")


def test_names_joined_as_one_speaker_are_a_group_not_the_first_of_them(analyze):
    text = "Mayor Elena Ruiz opened the briefing. Ruiz, Okafor and Denholm said the levee would be finished by 2028."
    report = analyze(text)
    ent = entity_of(report, "the levee")
    assert (ent.name, ent.type) == ("Ruiz, Okafor and Denholm", "group")
    assert all("Okafor" not in alias for e in report.entities if e.name == "Elena Ruiz" for alias in e.aliases)


def test_a_second_description_of_the_speaker_joined_on_is_no_second_party(analyze):
    # guard: "…, and a Republican who …" describes Steve Bell again
    text = "Steve Bell, a director at the institute, and a Republican who headed the budget staff, said the deal was weak."
    assert entity_of(analyze(text), "the deal").name == "Steve Bell"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Pruitt tweeted that Okafor was “disgusting” and “a fraud.”", "Pruitt"),  # the tagger reads "Pruitt" as a plural noun
        ("Police said the road was closed.", "police"),  # guard: a group
    ],
)
def test_a_name_tagged_as_a_plural_noun_is_still_a_name(analyze, text, name):
    (a,) = analyze(text).attributions
    assert analyze(text).entity(a.speaker.entity).name == name


@pytest.mark.parametrize(
    "text, headline, name",
    [
        ("Most voters back the ferry levy, poll finds\n\nA Harbour Post poll found that 58 percent of voters back the levy.", "Most voters", "Harbour Post"),
        ("Mayor: ‘We will not close a single library’\n\nMayor Denise Albright said on Monday that the budget would pass.", "‘We will not", "Denise Albright"),
        ("Neglect at care home contributed to death, coroner rules\n\nCoroner Helen Ashworth said the home had been understaffed.", "Neglect", "Helen Ashworth"),
        ("Wind farm boss: ‘The wind is there’\n\nMarcus Hale, Fellgate’s chief executive, told the inquiry that the moor was the only site.", "‘The wind", "Marcus Hale"),
    ],
)
def test_a_headlines_bare_noun_is_the_party_the_story_then_introduces(analyze, text, headline, name):
    assert entity_of(analyze(text), headline).name == name


@pytest.mark.parametrize(
    "text",
    [
        "Councilman Mark Tolliver argued that a cap would stop construction. Councilwoman Rosa Delgado-Finch rejected his argument that caps inevitably shrink the supply of housing.",
        "Mr. Tolliver argued that a cap would stop construction. Rosa Delgado-Finch, a spokeswoman for the tenants, rejected his argument that caps inevitably shrink the supply of housing.",
    ],
)
def test_a_he_never_goes_back_to_a_woman_the_text_introduced_as_one(analyze, text):
    report = analyze(text)
    assert entity_of(report, "that caps inevitably").name in ("Mark Tolliver", "Tolliver")


def test_a_woman_shown_by_her_surname_says_nothing_of_a_man_with_the_same_surname(analyze):
    # guard: "Mrs. Clinton" is no reason for "He" to skip Bill Clinton
    text = "Hillary Clinton spoke first in Toledo, and Mrs. Clinton was cheered. Bill Clinton told the crowd to vote early. He said the state could decide the race."
    assert entity_of(analyze(text), "the state could").name == "Bill Clinton"


def test_a_possessive_inside_a_name_is_part_of_the_name(analyze):
    text = "More than 600 nurses at St. Brendan’s Medical Center walked out. The hospital said it had hired replacements."
    assert entity_of(analyze(text), "it had hired").name == "St. Brendan’s Medical Center"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Assistant U.S. Attorney Samuel Okonjo told jurors the money was gone. The prosecutor said the invoices were fake.", "Samuel Okonjo"),
        ("Giving judgment, Lady Justice Carrow allowed the appeal. The judge said the hearing would resume in May.", "Carrow"),
        ("“It moves fast,” said Ingrid Solberg, a scientist who led the research. The estimate is cautious, the lead author said.", "Ingrid Solberg"),
    ],
)
def test_a_later_title_may_use_another_word_for_the_same_role(analyze, text, name):
    report = analyze(text)
    assert report.entity(report.attributions[-1].speaker.entity).name == name


def test_several_holders_of_a_title_are_not_the_one_person_named_with_it(analyze):
    report = analyze("Judge Ana Ruiz denied the motion. Several judges handling similar cases said the rule was unclear.")
    assert entity_of(report, "the rule").type == "group"


def test_a_group_named_after_a_proper_noun_keeps_its_capital(analyze):
    report = analyze("McConnell aides said the vote would be held on Friday.")
    assert entity_of(report, "the vote").name == "McConnell aides"


def test_the_spokeswoman_after_a_named_one_is_her(analyze):
    # guard: only "a spokeswoman for …" is a new, unnamed source
    text = "Fiona Carradine, a spokeswoman for the authority, said talks were going well. The spokeswoman said a deal was close."
    assert entity_of(analyze(text), "a deal").name == "Fiona Carradine"


def test_a_bodys_short_name_the_tagger_took_for_a_noun_is_that_body(analyze):
    text = "Fourteen patients at Riverbend Regional Medical Center were infected. Riverbend said in a statement that it had closed a unit."
    assert entity_of(analyze(text), "that it had").name == "Riverbend Regional Medical Center"


def test_a_group_called_by_a_name_is_that_named_body(analyze):
    text = "A group called Harlow Parents for Choice said that the clinics were pressuring children."
    assert entity_of(analyze(text), "that the clinics").name == "Harlow Parents for Choice"


def test_the_statement_a_body_spoke_in_is_that_bodys(analyze):
    text = 'The Ardlinn Harbour Authority said in a statement that the ferries were late. "The new lanes would halve that," the statement said.'
    assert entity_of(analyze(text), '"The new').name == "Ardlinn Harbour Authority"


@pytest.mark.parametrize(
    "text, name, body",
    [
        ("Hamas called the strikes a massacre. A Hamas official denied that any talks were taking place.", "a Hamas official", "Hamas"),
        ("A White House official said the president was frustrated.", "a White House official", "White House"),
    ],
)
def test_an_unnamed_official_of_a_named_body_is_anonymous_and_affiliated(analyze, text, name, body):
    report = analyze(text)
    entity = report.entity(report.attributions[-1].speaker.entity)
    assert (entity.name, entity.type, report.entity(entity.affiliation).name) == (name, "anonymous", body)


def test_an_unnamed_sources_name_keeps_its_capitals_but_not_the_articles(analyze):
    report = analyze("A senior Egyptian official said a deal was within reach.")
    assert entity_of(report, "a deal").name == "a senior Egyptian official"


def test_the_inquest_that_heard_evidence_is_the_party_it_is_sourced_to(analyze):
    report = analyze("The inquest heard that the gap was less than 60cm.")
    entity = entity_of(report, "that the gap")
    assert (entity.name, entity.type) == ("the inquest", "organization")
    assert report.entity(report.figures[0].source).name == "the inquest"


def test_the_ledes_unnamed_title_is_the_person_the_story_then_names_with_it(analyze):
    text = (
        "Crane alarm was broken, inquest told\n\n"
        "A dock worker who was crushed by a harbour crane died because of an unsafe system of work, a coroner has ruled.\n\n"
        "Recording her conclusion on Wednesday, area coroner Dr Ruth Kernick said the alarm had been broken for weeks."
    )
    assert entity_of(analyze(text), "A dock worker").name == "Ruth Kernick"


def test_the_ledes_definite_title_is_the_person_the_story_then_names_with_it(analyze):
    text = (
        "Council votes to shut two libraries\n\n"
        "The city council voted 7-4 on Tuesday to close two branch libraries, a decision the mayor called \"painful but necessary.\"\n\n"
        "Mayor Denise Achterberg said the closures would save about $1.2 million a year."
    )
    assert entity_of(analyze(text), '"painful').name == "Denise Achterberg"


def test_an_unnamed_title_later_in_the_story_is_not_resolved_forward(analyze):
    # guard: only the lede speaks before the story names people
    text = (
        "Crane alarm was broken, inquest told\n\n"
        "Area coroner Dr Ruth Kernick opened the inquest on Monday and heard from the crane driver at length.\n\n"
        "Outside the court, a lawyer said the family would sue.\n\n"
        "Later, lawyer Mark Penrose said the claim was ready."
    )
    speaker = entity_of(analyze(text), "the family")  # (nobody, or the unnamed lawyer as a party of its own)
    assert speaker is None or speaker.name == "a lawyer"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Six in 10 Virginia primary voters said the economy mattered most.", "Virginia primary voters"),
        ("At least a dozen members of Congress said the bill would fail.", "members of Congress"),
    ],
)
def test_a_groups_name_leaves_out_its_count_whole(analyze, text, name):
    assert analyze(text).entities[0].name == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("Nearly two-thirds of voters said the mayor was to blame.", "voters"),
        ("Half of the residents said they felt unsafe after dark.", "residents"),
        ("A majority of Republicans said the party should move on.", "Republicans"),
        ("About 40 percent of teachers said they planned to leave.", "teachers"),
        ("Most economists say the cut will not pay for itself.", "economists"),
        ("Most of the committee's members said the bill was flawed.", "committee's members"),
    ],
)
def test_a_share_of_a_group_is_sourced_to_the_group(analyze, text, name):
    assert analyze(text).entities[0].name == name


def test_a_name_the_tagger_missed_behind_tagged_modifiers_is_the_speaker(analyze):
    text = '"They are frustrated," said House Oversight ranking Democrat Elijah Cummings (D-Md.).'
    assert analyze(text).entities[0].name == "Elijah Cummings"


@pytest.mark.parametrize(
    "text, name",
    [
        ("It was a win for Okafor, whose lawyers argued that the ban was unlawful.", "Okafor’s lawyers"),
        ("The ruling is a blow to the council, whose officials said the scheme would go ahead.", "the council’s officials"),
    ],
)
def test_people_named_by_whose_belong_to_the_antecedent(analyze, text, name):
    assert name in [e.name for e in analyze(text).entities]


def test_two_people_who_share_a_surname_stay_two(analyze):
    text = (
        "Bernie Sanders spoke in Iowa on Monday. His wife, Jane Sanders, said the campaign was confident.\n\n"
        '"We can win," Sanders said. Jane Sanders added that she was tired.'
    )
    report = analyze(text)
    assert sorted(e.name for e in report.entities if e.name.endswith("Sanders")) == ["Bernie Sanders", "Jane Sanders"]
    # the bare surname is the one the story named first
    assert entity_of(report, '"We can win').name == "Bernie Sanders"
    assert entity_of(report, "that she was tired").name == "Jane Sanders"


def test_a_shorter_form_of_a_full_name_is_still_the_same_person(analyze):
    # guard: "Ruiz Arce" after "Fernando Ruiz Arce" (two surnames) is one person
    text = "Fernando Ruiz Arce, the finance minister, said the budget was balanced.\n\nRuiz Arce said taxes would not rise."
    assert [e.name for e in analyze(text).entities] == ["Fernando Ruiz Arce"]


def test_an_unnamed_member_of_a_party_is_an_anonymous_source_not_the_party(analyze):
    text = '"We can win," said a New Hampshire Republican. "There are more candidates," added another New Hampshire Republican.'
    report = analyze(text)
    assert [(e.name, e.type) for e in report.entities] == [("a New Hampshire Republican", "anonymous"), ("another New Hampshire Republican", "anonymous")]


def test_a_name_tagged_a_body_but_holding_a_post_is_a_person(analyze):
    text = "Marcus Hale, Fellgate’s chief executive, told the inquiry that the site was windy.\n\nUnder questioning, he admitted that some turbines would be seen from the town."
    report = analyze(text)
    assert (entity_of(report, "that the site").type, entity_of(report, "that some turbines").name) == ("person", "Marcus Hale")


def test_a_company_word_makes_an_untagged_name_a_company_and_its_first_word_the_same_company(analyze):
    text = "Fellgate Renewables wants to build the turbines on the moor.\n\nFellgate says the turbines would save carbon."
    report = analyze(text)
    assert entity_of(report, "the turbines would") is entity_of(report, "to build")
    assert entity_of(report, "to build").type == "organization"


@pytest.mark.parametrize("noun", ["The developer", "The company"])
def test_the_developer_is_the_company_not_the_last_body_that_spoke(analyze, noun):
    text = (
        "Harwood Developments said it would build 300 homes.\n\n"
        "The Uplands Bird Trust said the site held 40 pairs of curlew.\n\n"
        f"{noun} said it would fund a new school."
    )
    assert entity_of(analyze(text), "it would fund").name == "Harwood Developments"


def test_a_surveys_sample_is_not_its_author(analyze):
    text = "A survey of 600 Skelworth households that the campaign commissioned from Northway Research found that 71 percent opposed the turbines."
    assert entity_of(analyze(text), "that 71").name == "Northway Research"


def test_a_poll_conducted_from_a_date_has_no_author_named_after_the_date(analyze):
    text = "An online poll of 800 likely voters, conducted from Feb. 11 to Feb. 16, found that the mayor led by four points."
    poll = entity_of(analyze(text), "that the mayor")
    assert poll.document and "Feb" not in poll.name


def test_a_decade_with_its_century_elided_is_one_word_not_a_quotation_mark(analyze):
    text = "Gareth Ambler, whose family has farmed at Whinfell since the ’50s, told the inquiry that nobody had knocked on his door."
    assert entity_of(analyze(text), "that nobody").name == "Gareth Ambler"


def test_an_acronym_speaks_for_the_body_named_in_full_before(analyze):
    text = (
        "Nurses are represented by the Guild of Acute Care Nurses (GACN), which has been in dispute with the board since winter.\n\n"
        "The GACN said only six of the posts had been filled."
    )
    entity = entity_of(analyze(text), "only six")
    assert entity.name == "Guild of Acute Care Nurses" and "GACN" in entity.aliases


def test_an_acronym_no_name_spells_stays_its_own_party(analyze):
    # guard: "NTSB" spells nothing the story named, so it is not merged with the guild
    text = "The Guild of Acute Care Nurses has backed the plan.\n\nThe NTSB said the crash was under investigation."
    assert entity_of(analyze(text), "the crash").name == "NTSB"


def test_a_title_goes_to_the_person_introduced_as_holding_the_same_post(analyze):
    text = (
        "Dr Helena Marsh, the medical director at Kellburn Royal Infirmary, said the protocol would stay.\n\n"
        "Dr Graham Tellwright, who holds the same post at Ostry General, was more guarded. "
        "The new software had taken longer to learn, the medical director said."
    )
    assert entity_of(analyze(text), "The new software").name == "Graham Tellwright"


def test_a_title_goes_to_the_person_who_holds_it_when_the_second_holds_another_post(analyze):
    # guard: a surgeon introduced after the director does not take the director's title
    text = (
        "Dr Helena Marsh, the medical director at Kellburn Royal Infirmary, said the protocol would stay.\n\n"
        "Dr Graham Tellwright, a surgeon at Ostry General, was more guarded. "
        "The new software had taken longer to learn, the medical director said."
    )
    assert entity_of(analyze(text), "The new software").name == "Helena Marsh"


def test_chairing_a_named_body_gives_the_body_as_affiliation(analyze):
    text = "Itziar Goikoetxea, who chairs the Carrow Stroke Survivors’ Network, said families were proud to take part."
    report = analyze(text)
    entity = entity_of(report, "families")
    assert "chair" in entity.titles and report.entity(entity.affiliation).name == "Carrow Stroke Survivors’ Network"


def test_an_infirmary_is_a_body_whatever_ner_says(analyze):
    # NER tags the first "Kellburn Royal Infirmary" a person
    text = (
        "Kellburn Royal Infirmary, which opened in the ’90s, has 32 stroke beds.\n\n"
        "Dr Helena Marsh, the medical director at Kellburn Royal Infirmary, said the protocol would stay."
    )
    report = analyze(text)
    assert report.entity(entity_of(report, "the protocol").affiliation).type == "organization"


def test_the_trial_lead_is_the_person_who_led_the_trial(analyze):
    text = "Dr Ruth Penhale, who led the trial, said the drug worked.\n\nThe trial lead said more patients would be enrolled."
    assert entity_of(analyze(text), "more patients").name == "Ruth Penhale"


def test_a_spokeswoman_named_after_the_body_she_speaks_for_is_that_person(analyze):
    # the parser hangs "Priti Raval" on "Wendmoor Estates", and NER calls her a place
    text = "“We trusted a specialist contractor to do this work properly,” a spokeswoman for Wendmoor Estates, Priti Raval, said."
    report = analyze(text)
    entity = report.entity(report.attributions[0].speaker.entity)
    assert (entity.name, entity.type, entity.titles) == ("Priti Raval", "person", ["spokeswoman"])
    assert report.entity(entity.affiliation).name == "Wendmoor Estates"


def test_a_spokeswoman_whose_name_ner_misses_is_still_named(analyze):
    text = "Harbourline said it would sail on Monday. The company’s spokeswoman, Ana Ruiz, said bookings were up."
    entity = entity_of(analyze(text), "bookings")
    assert entity.name == "Ana Ruiz" and entity.type == "person"


def test_an_unnamed_spokeswoman_stays_anonymous(analyze):
    # guard: no name follows, so the source is unnamed (and no closing mark joins her phrase)
    text = "“We are sorry for the delay,” a spokeswoman for Harbourline said."
    entity = analyze(text).entities[0]
    assert entity.type == "anonymous" and entity.name == "a spokeswoman for Harbourline"


def test_the_company_after_its_spokeswoman_spoke_is_her_company(analyze):
    text = (
        "Tollgate Building Services, the company he ran, was convicted. The block was built by Wendmoor Estates, which hired Tollgate to fit its balconies.\n\n"
        "The judge said Tollgate would be fined £180,000.\n\n"
        "“We trusted a specialist contractor to do this work properly,” a spokeswoman for Wendmoor Estates, Priti Raval, said. "
        "The company said that every balcony had since been replaced."
    )
    assert entity_of(analyze(text), "that every balcony").name == "Wendmoor Estates"


def test_the_court_is_a_court_of_law_not_a_block_of_flats_called_court(analyze):
    text = (
        "He was jailed at Brackwater Crown Court on Friday. The balcony at Ferrymead Court gave way in 2022.\n\n"
        "The court heard that the balcony had been held by two bolts."
    )
    assert entity_of(analyze(text), "that the balcony").name == "Brackwater Crown Court"


def test_the_court_is_never_a_department_named_for_justice(analyze):
    # guard: "justice" alone does not make a court
    text = "The Supreme Court ruled on Monday. The Justice Department said it would comply.\n\nThe court said the law was void."
    assert entity_of(analyze(text), "the law").name == "Supreme Court"


def test_the_family_is_a_group_a_later_they_refers_to(analyze):
    text = (
        "Tollgate Building Services was fined £180,000.\n\n"
        "The family said in a statement that no sentence could undo that night. They said Niamh had held them all together."
    )
    report = analyze(text)
    family = entity_of(report, "that no sentence")
    assert family.type == "group" and entity_of(report, "Niamh") is family


def test_prosecuting_counsel_is_the_prosecutor_a_later_mention_means(analyze):
    text = "Prosecuting, Gideon Paice told the court that the photographs had been sent twice.\n\nThe prosecutor said the foreman had warned him."
    assert entity_of(analyze(text), "the foreman").name == "Gideon Paice"


def test_a_plural_noun_opening_a_sentence_is_no_body_a_later_noun_can_mean(analyze):
    # NER tags the first word "Commuters" an organisation; "the operator" is the railway
    text = (
        "Northern Crown Railways cancelled 400 trains.\n\n"
        "Commuters waiting for buses outside Leeds station said they had little sympathy left.\n\n"
        "Tickets will be refunded in full, the operator said."
    )
    assert entity_of(analyze(text), "Tickets").name == "Northern Crown Railways"


def test_a_name_opening_a_sentence_stays_a_name_where_the_tagger_says_plural(analyze):
    # guard: "Sanders" is written mid-sentence too, so it is a name wherever it stands
    text = "Sanders said the plan would pass. Voters like Sanders, and Sanders knows it."
    assert entity_of(analyze(text), "the plan").type == "person"


def test_a_role_held_in_a_joined_verb_gives_the_title_a_later_mention_uses(analyze):
    text = (
        "The campaign was led by Graham Holloway, who scored 14,000 runs for Westmoor and captained the side for eight years.\n\n"
        "The former captain said the sale would be a betrayal."
    )
    assert entity_of(analyze(text), "the sale").name == "Graham Holloway"


def test_a_company_called_by_the_first_word_of_its_three_word_name_is_that_company(analyze):
    # NER tags the bare "Meadowvale" a person
    text = (
        "Margaret Ellison had lived for two years at Beechcroft Lodge, which has 52 beds and is run by Meadowvale Care Group, "
        "a Leeds-based company with 14 homes. Beechcroft Lodge was rated poor in 2023.\n\n"
        "Meadowvale said in a statement that it was deeply sorry for the failings.\n\n"
        "The company insisted that staffing had always been set according to need."
    )
    report = analyze(text)
    assert entity_of(report, "that it was deeply sorry").name == "Meadowvale Care Group"
    assert entity_of(report, "that staffing").name == "Meadowvale Care Group"


def test_a_name_ner_ran_over_a_comma_is_no_company_to_shorten(analyze):
    # guard: "Politico, Democratic party" is NER's slip, not a company "Politico" stands for
    text = "The figures come from Politico, Democratic party officials said.\n\nPolitico reported that the vote was close."
    assert entity_of(analyze(text), "that the vote").name == "Politico"


def test_someone_elses_spokesman_is_not_the_spokesman_named_before(analyze):
    text = (
        "Kasimir Odell, a spokesman for the Ostrevian General Staff, told reporters that the missiles had hit a store.\n\n"
        "Vardanian President Lev Harmat’s spokesman said the president had cut short a visit abroad."
    )
    assert entity_of(analyze(text), "the president").name != "Kasimir Odell"


def test_the_spokesman_named_before_is_still_the_spokesman_of_the_same_owner(analyze):
    # guard: a spokeswoman with no other body is whose the possessive says
    text = (
        "Galia Slayen, a spokeswoman, said the campaign would appeal.\n\n"
        "Grayson's spokeswoman said the filing was late."
    )
    assert entity_of(analyze(text), "the filing").name == "Galia Slayen"


def test_the_deputy_governor_is_not_the_governor_named_before(analyze):
    text = (
        "Governor Anneliese Korvath said the bank would not declare victory.\n\n"
        "Deputy Governor Pieter Sandvoll, who sat beside her, struck a more cautious note. "
        "The deputy governor said the full effect had not yet reached households."
    )
    assert entity_of(analyze(text), "the full effect").name == "Pieter Sandvoll"


def test_the_governor_is_not_the_deputy_governor_named_last(analyze):
    text = (
        "Governor Anneliese Korvath opened the news conference. Deputy Governor Pieter Sandvoll sat beside her.\n\n"
        "The governor said rates would rise again."
    )
    assert entity_of(analyze(text), "rates would").name == "Anneliese Korvath"


def test_a_title_ending_the_sentence_before_a_name_is_not_that_persons_title(analyze):
    # "Governor" belongs to Korvath; the sentence ends before Sandvoll is named
    text = (
        "Governor Anneliese Korvath spoke first. Pieter Sandvoll, the deputy governor, sat beside her.\n\n"
        "The governor said rates would rise again."
    )
    assert entity_of(analyze(text), "rates would").name == "Anneliese Korvath"


def test_a_middle_initial_between_title_and_surname_still_gives_the_title(analyze):
    # guard: "F." is an initial, not a sentence's end
    text = "Gov. Harold F. Benning toured the site.\n\nThe governor said the bridge would reopen in May."
    assert entity_of(analyze(text), "the bridge").name == "Harold F. Benning"


def test_a_title_set_off_by_a_comma_before_a_name_is_that_persons(analyze):
    text = (
        "Halberd Sports Capital agreed to buy a stake in the club from its chairman, Desmond Fahy.\n\n"
        "The chairman said the protest was understandable but wrong."
    )
    assert entity_of(analyze(text), "the protest").name == "Desmond Fahy"


def test_a_title_in_a_quotation_is_not_the_title_of_the_name_after_it(analyze):  # guard
    text = (
        "“That was a good speech, Mr. President,” Representative Omar Haddad told reporters.\n\n"
        "The president said the bill would pass."
    )
    entity = entity_of(analyze(text), "the bill")
    assert entity is None or entity.name != "Omar Haddad"


def test_the_league_is_the_division_the_story_named(analyze):
    text = (
        "The Premier Division said on Friday that its board would consider the takeover.\n\n"
        "“The test will be applied in full,” the league said."
    )
    assert entity_of(analyze(text), "“The test").name == "Premier Division"


def test_a_survey_by_a_body_the_parser_hung_on_its_respondents_is_the_bodys(analyze):
    text = (
        "The Castlemoyle Town Supporters’ Trust has urged the league to reject the deal. "
        "A survey of 1,100 season-ticket holders by the trust found 72 percent opposed the sale."
    )
    assert entity_of(analyze(text), "72 percent").name == "Castlemoyle Town Supporters’ Trust"


def test_a_name_ending_in_a_clubs_word_is_the_club_the_story_then_calls_the_club(analyze):
    text = (
        "Castlemoyle Town supporters marched on Saturday.\n\n"
        "The club’s latest accounts show that it owed £6.2 million at the end of June."
    )
    assert entity_of(analyze(text), "that it owed").name == "Castlemoyle Town"


@pytest.mark.parametrize(
    "later, start",
    [
        ("The paper, published Wednesday in the Journal of Freshwater Health, reported that 87 percent of samples held plastic.", "that 87 percent"),
        ("The blanks held fewer than two particles each, the authors wrote.", "The blanks"),
        ("The team said it had handled every sample with glass equipment.", "it had handled"),
    ],
)
def test_the_paper_its_authors_and_the_team_are_the_study_named_before(analyze, later, start):
    text = "Plastic turned up in nine in 10 tap samples, a study by researchers at the University of Kestral found.\n\n" + later
    assert entity_of(analyze(text), start).name == "researchers at the University of Kestral"


def test_the_paper_after_a_newspaper_spoke_is_the_newspaper_not_an_earlier_study(analyze):  # guard
    text = (
        "Plastic turned up in nine in 10 tap samples, a study by researchers at the University of Kestral found.\n\n"
        "The Valley Ledger reported that the utility had known for months. The paper said the utility had not replied."
    )
    entity = entity_of(analyze(text), "the utility had not")
    assert entity is None or entity.name != "researchers at the University of Kestral"


def test_a_name_set_off_by_a_bodys_noun_is_a_body_whatever_ner_says(analyze):
    text = "Water Orvalia, the industry body that represents the country’s suppliers, claimed that the researchers had confused the kitchen with the mains."
    assert entity_of(analyze(text), "that the researchers").type == "organization"


def test_a_body_noun_in_a_second_appositive_describes_the_body_not_the_person(analyze):  # guard
    text = "“It was a good day,” said Drew Heiser, a steering committee member for the Caucus of Rank and File Educators, a group of activist teachers."
    assert entity_of(analyze(text), "“It was").type == "person"


def test_the_university_in_an_appositive_is_the_university_named_before(analyze):
    text = (
        "Dr. Ines Varga, an environmental chemist at the University of Kestral, said the exposure was real.\n\n"
        "Dr. Tomas Reyhill, an environmental toxicologist at the university, said the levels were normal."
    )
    report = analyze(text)
    assert report.entity(entity_of(report, "the levels").affiliation).name == "University of Kestral"


def test_a_name_inside_the_speakers_own_quotation_is_not_whom_the_pronoun_means(analyze):
    text = (
        "Tamara Lindgren kept the books at the firm for nearly a decade.\n\n"
        "“He told me, ‘Whatever Ray needs, Ray gets,’ and so I wrote it down,” she testified."
    )
    entity = entity_of(analyze(text), "“He told me")
    assert entity is not None and entity.name == "Tamara Lindgren"


def test_the_lawyer_is_the_attorney_named_before(analyze):
    text = "His attorney, Lionel Baptiste, said Hollis would appeal.\n\nThe lawyer said the verdict was wrong."
    assert entity_of(analyze(text), "the verdict").name == "Lionel Baptiste"


@pytest.mark.parametrize(
    "text, start, body",
    [
        (
            "The fault struck the system that Nordluft Air Navigation, the state-owned agency that runs the airspace, uses. "
            "The flight-tracking service SkyTally counted the cancellations.\n\nThe agency said in a statement that the system was restored.",
            "that the system",
            "Nordluft Air Navigation",
        ),
        (
            "Tobias Renström founded the budget carrier Nordvinge in the ’90s.\n\nThe airline said it had cancelled 212 flights.",
            "it had cancelled",
            "Nordvinge",
        ),
    ],
)
def test_a_body_introduced_with_a_describing_noun_is_what_that_noun_later_means(analyze, text, start, body):
    assert entity_of(analyze(text), start).name == body


def test_the_county_with_no_council_named_is_the_county_itself(analyze):
    text = (
        "A federal jury convicted Halvorsen County Commissioner Raymond Hollis of bribery on Wednesday.\n\n"
        "The county said it would rebid four road contracts."
    )
    entity = entity_of(analyze(text), "it would rebid")
    assert entity is not None and entity.name == "Halvorsen County"


def test_the_county_is_its_council_when_the_story_names_one(analyze):
    # guard: the governing body named before wins over the place
    text = (
        "Pelbury County Council met on Monday in Pelbury County.\n\n"
        "The county said it would rebid four road contracts."
    )
    assert entity_of(analyze(text), "it would rebid").name == "Pelbury County Council"


@pytest.mark.parametrize(
    "text, start, name",
    [
        (
            "The Belarde campaign said it would not accept the result.\n\nThe Corvaz campaign insisted that the count was fair.",
            "that the count",
            "Corvaz campaign",
        ),
        (
            "The National Electoral Commission said the count would end on Thursday.\n\n"
            "The Atlantic Coast Community’s observer mission said it had found voting calm.",
            "it had found",
            "Atlantic Coast Community’s observer mission",
        ),
    ],
)
def test_a_body_noun_with_a_named_owner_is_not_another_owners_body(analyze, text, start, name):
    assert entity_of(analyze(text), start).name == name


def test_the_chair_is_the_chairwoman_named_before(analyze):
    text = "Commission Chairwoman Marta Quelhas warned candidates.\n\nThe commission’s chair said the count had been slower, not dirtier."
    assert entity_of(analyze(text), "the count had").name == "Marta Quelhas"


def test_a_headlines_titled_description_is_the_person_the_story_then_names(analyze):
    text = "Mirandel opposition leader claims victory as count drags on\n\nOpposition leader Tomás Belarde said on Monday that he had won."
    assert entity_of(analyze(text), "victory").name == "Tomás Belarde"


def test_people_polled_by_a_named_firm_speak_for_the_poll(analyze):
    text = "Analysts polled by Trellis Market Data had expected earnings of 74 cents a share."
    assert entity_of(analyze(text), "earnings").name == "Trellis Market Data"


def test_a_name_set_off_by_a_makers_noun_is_the_company_the_story_then_calls_the_company(analyze):
    text = (
        "Larkfield Nutrition, an Ontario maker of infant formula, is pulling its powder from shops.\n\n"
        "The company said in a statement that it had stopped production."
    )
    assert entity_of(analyze(text), "that it had stopped").name == "Larkfield Nutrition"


def test_the_doctor_is_the_last_person_named_with_dr_before(analyze):
    text = (
        "Dr. Colin Mercier, the agency’s chief food safety officer, warned parents.\n\n"
        "Dr. Leah Castellanos, a paediatric specialist at Brightwater Children’s Hospital, said the infections are rare.\n\n"
        "The doctor said that a fever in a young baby is an emergency."
    )
    assert entity_of(analyze(text), "that a fever").name == "Leah Castellanos"


def test_the_bloc_is_the_body_introduced_as_a_bloc(analyze):
    text = (
        "Talks ran late after the Coalition of Ocean States, a bloc of low-lying island nations, walked out.\n\n"
        "The island states’ bloc said the figure was less than a third of what was needed."
    )
    assert entity_of(analyze(text), "the figure").name == "Coalition of Ocean States"


def test_a_draft_circulated_by_a_body_and_the_draft_later_are_that_bodys(analyze):
    text = (
        "A draft text circulated by the summit presidency proposes that the fund mobilise $120 billion a year.\n\n"
        "The island states’ bloc said the figure was too low. Pledges total about $31 billion, according to the draft."
    )
    report = analyze(text)
    assert entity_of(report, "that the fund").name == "summit presidency"
    assert entity_of(report, "Pledges total").name == "summit presidency"


def test_the_lead_author_is_the_person_with_that_title_not_the_studys_institute(analyze):  # guard
    text = (
        "A study by the Halvorsen Institute for Polar Research found that the soils were thawing faster.\n\n"
        "Ingrid Solberg, the study’s lead author, said the models had underestimated the loss. "
        "The lead author said more sites would be added next year."
    )
    assert entity_of(analyze(text), "more sites").name == "Ingrid Solberg"


def test_a_plural_possessive_inside_a_body_name_keeps_its_apostrophe_and_space(analyze):
    text = "Bohdan Yarech, who heads the Veskarian Grain Growers’ Union, said the figure was too high. The union said in a statement that it would ask parliament for more money."
    report = analyze(text)
    assert entity_of(report, "that it would ask").name == "Veskarian Grain Growers’ Union"


def test_court_records_with_no_author_are_a_document_the_text_names(analyze):
    text = "Court records show that Haldane was named in two earlier lawsuits. The records also show he was promoted in 2019."
    report = analyze(text)
    records = entity_of(report, "that Haldane")
    assert (records.name, records.type, records.document) == ("court records", "anonymous", True)
    assert entity_of(report, "he was promoted") is records


def test_a_study_after_authorless_data_is_that_data(analyze):
    text = "Of the 52 patients, 71 percent kept their sight, according to data published last month in the Journal of Eye Medicine. The study found that the most common side effect was swelling."
    report = analyze(text)
    data = entity_of(report, "Of the 52")
    assert data.name == "data published last month in the Journal of Eye Medicine"
    assert entity_of(report, "that the most common") is data
    assert report.figures[0].source == data.id


def test_an_authorless_document_raises_no_anonymous_source_finding(analyze):  # guard
    report = analyze("Court records show that Haldane was named in two earlier lawsuits.")
    assert not [f for f in report.findings if f.rule == "anonymous-source"]


def test_some_after_a_group_speaker_are_some_of_that_group(analyze):
    text = "Fans leaving the ground said the wait had been worth it, though some complained that organisers had told them nothing."
    report = analyze(text)
    assert entity_of(report, "that organisers") is entity_of(report, "the wait")
    assert entity_of(report, "the wait").type == "group"


def test_some_with_no_group_before_stays_an_unnamed_source(analyze):  # guard
    report = analyze("The mayor spoke on Monday.\n\nSome said the plan would fail.")
    assert entity_of(report, "the plan").type == "anonymous"


def test_many_in_an_industry_are_a_group_the_phrase_describes(analyze):
    report = analyze("Many in the industry see the approval as a test of how much insurers will pay.")
    ent = entity_of(report, "the approval")
    assert (ent.name, ent.type) == ("many in the industry", "group")


def test_the_company_is_not_the_union_that_spoke_last(analyze):
    text = (
        "Westmoor said in a statement that it had hired two extra units.\n\n"
        "Gareth Pyne, an organiser for the Railway Workers’ Alliance, said drivers had reported low grip.\n\n"
        "The union has called for a review of the arrangements.\n\n"
        "The company has said it will defend the claim."
    )
    report = analyze(text)
    assert entity_of(report, "it will defend").name == "Westmoor"


def test_a_makers_noun_is_not_an_agency_named_by_its_acronym(analyze):
    text = "FDA approves gene therapy; maker says price is fair\n\nThe Food and Drug Administration on Friday approved the therapy, a treatment that slowly restores sight, and its maker said the treatment would cost $3.2 million."
    report = analyze(text)
    a = by_content(report, "the treatment would cost")
    assert a.speaker.mention.text == "its maker"
    assert a.speaker.entity is None


def test_a_name_set_off_beside_the_subject_is_who_he_then_means(analyze):
    text = (
        "Democrat Colleen Ashgrove said the state was not falling apart.\n\n"
        "The moderator, Leonard Baptiste, a former statehouse reporter, cut both candidates off twice. "
        "“The people watching at home can check your numbers,” he told them."
    )
    assert entity_of(analyze(text), "“The people watching").name == "Leonard Baptiste"


def test_he_after_one_unnamed_trader_is_that_trader(analyze):
    text = (
        "Ilka Varsen, who farms outside Tolsk, said her yield had fallen. "
        "One Geneva-based trader, who asked not to be named, said holders were asking for premiums. "
        "“Everybody is on the phone,” he said."
    )
    report = analyze(text)
    trader = entity_of(report, "holders were")
    assert trader.name == "one Geneva-based trader"
    assert entity_of(report, "“Everybody") is trader


def test_he_after_unnamed_officials_is_not_them(analyze):  # guard
    text = "Mayor Tom Reyes opened the bridge. Officials said the repairs had cost more than planned. “It was worth it,” he said."
    assert entity_of(analyze(text), "“It was worth").name == "Tom Reyes"


def test_a_speaker_named_by_age_alone_is_the_person_just_written_about(analyze):
    text = (
        "Lena Hartig of Germany won the final on Sunday, beating Ines Valbuena in three sets.\n\n"
        "Hartig fired 14 aces.\n\n"
        "“I don't think I've ever been so nervous,” the 21-year-old told reporters afterwards."
    )
    assert entity_of(analyze(text), "“I don't think").name == "Lena Hartig"


def test_a_name_given_an_age_is_a_person_whatever_ner_says(analyze):
    text = (
        "Lena Hartig of Germany beat Spain's Ines Valbuena 6-4, 3-6, 7-5 in the final.\n\n"
        "Valbuena, 29, conceded that she had run out of ideas.\n\n"
        "“She played the big points better than me,” she said."
    )
    report = analyze(text)
    assert entity_of(report, "that she had run").name == "Ines Valbuena"
    assert entity_of(report, "that she had run").type == "person"


def test_posts_set_off_after_a_surname_are_the_persons_titles(analyze):
    text = (
        "Democrat Colleen Ashgrove met voters. Ashgrove, a state senator and former Pittsburgh prosecutor, accused Tulloch of lying.\n\n"
        "Republican Raymond Tulloch said crime had doubled.\n\n"
        "The state senator has said she will spend most of it on television."
    )
    assert entity_of(analyze(text), "she will spend").name == "Colleen Ashgrove"


def test_a_described_body_keeps_the_hyphen_of_its_words(analyze):
    text = "The rebel-run agriculture authority in the north said farmers had lost a third of their wheat."
    assert entity_of(analyze(text), "farmers had").name == "rebel-run agriculture authority"


def test_a_daughter_of_two_named_parents_leaves_each_parent_their_own_name(analyze):  # guard
    text = (
        "Senator Ruth Marren spoke first.\n\n"
        "Marren, 35, the daughter of former Governor Paul Marren and Senator Ruth Marren, said on Monday that she was expecting a child.\n\n"
        "Ruth Marren said she was delighted."
    )
    assert entity_of(analyze(text), "she was delighted").name == "Ruth Marren"


def test_the_spaniard_is_the_person_the_text_tied_to_spain(analyze):
    text = (
        "Lena Hartig of Germany beat Spain's Ines Valbuena 6-4, 3-6, 7-5.\n\n"
        "Valbuena, 29, conceded that she had run out of ideas.\n\n"
        "Lena Hartig said she was thrilled.\n\n"
        "The Spaniard said she had felt a pull in the thigh."
    )
    assert entity_of(analyze(text), "she had felt").name == "Ines Valbuena"


def test_the_state_and_party_name_the_lawmaker_written_with_that_label(analyze):
    text = (
        "Rep. Annika Sorrell, R-Pa., voted no. Rep. Dale Whitcomb, R-Texas, voted yes.\n\n"
        "The Pennsylvania Republican admitted that the offer had been a serious one."
    )
    assert entity_of(analyze(text), "that the offer").name == "Annika Sorrell"


def test_the_republican_is_the_candidate_the_text_called_republican(analyze):
    text = (
        "Republican nominee Dale Hollister held a rally on Tuesday. Jo Ames, a Democrat, did not.\n\n"
        "The Republican claimed that the crowd was bigger than anything his rival will see."
    )
    assert entity_of(analyze(text), "that the crowd").name == "Dale Hollister"


def test_the_state_and_party_name_the_lawmaker_written_with_the_state(analyze):
    text = "Florida Sen. Marco Ferrante says he feels great about the debate. The Florida Republican said that his rival was worrisome."
    assert entity_of(analyze(text), "that his rival").name == "Marco Ferrante"


def test_the_congresswoman_is_the_representative_named_before(analyze):
    text = (
        "Rep. Loretta Banfield of Maryland, the committee’s ranking Democrat, called the letter “a selective leak.” "
        "“Somebody handed him a document,” the congresswoman said."
    )
    assert entity_of(analyze(text), "“Somebody").name == "Loretta Banfield"


def test_a_place_someone_is_from_is_no_person_even_when_ner_says_so(analyze):
    text = (
        "She faces state Sen. Alan Whitcomb, a Democrat from Eau Claire who has served three terms, in November. "
        "In an interview with WKRV radio in Eau Claire, the state senator vowed to make the money “the issue of this race.”"
    )
    assert entity_of(analyze(text), "to make the money").name == "Alan Whitcomb"


def test_a_title_opening_a_bodys_name_is_part_of_the_name(analyze):
    text = (
        "Judge temporarily blocks travel order; Justice Department says it will appeal\n\n"
        "U.S. District Judge Adrienne Falkner wrote that the order was unlawful. "
        "“Speed is not a substitute for a reason,” the judge wrote."
    )
    report = analyze(text)
    assert entity_of(report, "it will appeal").name == "Justice Department"
    assert entity_of(report, "“Speed").name == "Adrienne Falkner"


def test_a_moderator_named_after_the_inverted_cue_is_that_person(analyze):
    text = "“Isn’t that part of the problem?” asked the moderator, Renata Solberg, a longtime Green Bay news anchor."
    assert entity_of(analyze(text), "“Isn’t").name == "Renata Solberg"


def test_the_capital_with_no_country_named_is_the_capital_of_the_storys_country(analyze):
    text = (
        "Khoravan and six world powers reached a deal on Saturday. Khoravan’s Foreign Ministry said the country would ship out its uranium.\n\n"
        "Khoravan’s foreign minister, Javed Armanfar, told state television in Mezrah, the capital, that his country had given up nothing.\n\n"
        "Mezrah has long denied that it seeks nuclear weapons."
    )
    assert entity_of(analyze(text), "that it seeks").name == "Khoravan"


def test_a_state_named_as_a_party_speaks_and_owns_its_complaint(analyze):
    text = (
        "In its complaint, Washington state argued that the order had stranded students.\n\n"
        "More than 1,100 residents hold visas from the seven countries, according to the complaint."
    )
    report = analyze(text)
    assert entity_of(report, "that the order").name == "Washington state"
    assert entity_of(report, "More than").name == "Washington state"


def test_the_order_is_the_judges_who_wrote_in_it(analyze):
    text = (
        "In a 31-page order, Judge Adrienne Falkner wrote that the government had offered nothing beyond a press release.\n\n"
        "The order said the harm to families was immediate."
    )
    assert entity_of(analyze(text), "the harm").name == "Adrienne Falkner"


def test_a_name_in_any_of_the_speakers_reports_in_the_sentence_is_no_later_pronoun(analyze):
    text = (
        "A person familiar with the review, who spoke on condition of anonymity because the inquiry has not concluded, "
        "said investigators had interviewed more than 30 people. The person said that a final report was not expected before November.\n\n"
        "Rafael Quintero, a spokesman for Strickland’s campaign, said in a statement that the letter was “a partisan hit job dressed up as oversight,” "
        "adding that Strickland had “cooperated fully” with the review and had turned over her devices in 2023.\n\n"
        "Quintero claimed that none of the 17 emails had carried classified markings when Strickland received them "
        "and said the markings had been added later, during the review. “Chairman Pellham has known about this review since the spring,” he said.\n\n"
        "Strickland, who spoke briefly with reporters after a campaign stop in Tucson, said she had “never knowingly sent or received” classified information."
    )
    assert entity_of(analyze(text), "“Chairman").name == "Rafael Quintero"


def test_the_city_with_no_council_named_is_the_city_of_the_dateline(analyze):
    text = (
        "MILWAUKEE (Great Lakes Wire) — Republican nominee Dale Hollister filled a lakefront hall here on Tuesday night.\n\n"
        "The city said it would bill the Hollister campaign about $62,000 for police overtime."
    )
    assert entity_of(analyze(text), "it would bill").name == "Milwaukee"


def test_a_judge_the_lede_places_is_the_judge_the_story_then_names(analyze):
    text = (
        "Judge blocks travel order\n\n"
        "SEATTLE (Cascade Wire) — A federal judge in Seattle on Friday blocked the travel order, ruling that it likely violated federal law.\n\n"
        "U.S. District Judge Adrienne Falkner’s order applies nationwide. Falkner wrote that the government had offered no reason."
    )
    assert entity_of(analyze(text), "that it likely").name == "Adrienne Falkner"


def test_a_post_given_in_the_papers_voice_after_a_surname_and_an_age_is_that_persons(analyze):
    text = (
        "Tandberg gave money to a PAC backing Caroline Mertz’s campaign.\n\n"
        "Mertz, 54, a Republican and former state treasurer, won the primary. "
        "The former treasurer admitted that she had known Tandberg for more than a decade."
    )
    assert entity_of(analyze(text), "that she had known").name == "Caroline Mertz"


def test_a_headline_title_alone_is_the_holder_the_story_names_not_a_name(analyze):
    text = (
        "Chairman says federal review found classified emails on Senate hopeful’s private server\n\n"
        "WASHINGTON (Capitol Desk Wire) — Rep. Warren Pellham, the Texas Republican who chairs the House Committee on Administrative Oversight, "
        "on Tuesday released a letter saying that a review had found classified material.\n\n"
        "“This is not about politics,” the chairman told reporters."
    )
    assert entity_of(analyze(text), "federal review").name == "Warren Pellham"


def test_the_administration_with_none_named_is_a_party_of_its_own(analyze):
    text = "Sen. Thomas Brandvold vowed to force a vote. The administration has said it does not need the approval of Congress."
    assert entity_of(analyze(text), "it does not need").name == "the administration"


def test_an_office_owned_by_a_post_is_not_another_posts_office(analyze):
    text = (
        "The governor’s office said in a statement that the estimate was wrong. "
        "The comptroller’s office estimated last week that the state would end the year with a surplus. "
        "State Comptroller Gail Sorensen told reporters that the forecast left room. “Last year’s windfall is not next year’s revenue,” the comptroller said."
    )
    report = analyze(text)
    assert entity_of(report, "that the state would end").name == "comptroller’s office"
    assert entity_of(report, "“Last year’s").name == "Gail Sorensen"


def test_a_proposal_a_person_sent_is_theirs_and_so_is_the_proposal_after(analyze):
    text = (
        "Gov. Marian Delacourt urged lawmakers to cut taxes. The plan would lower the rate to 4.5 percent from 5 percent, "
        "according to the budget proposal Delacourt sent to lawmakers. The proposal estimates that the cut would save a typical family about $400 a year."
    )
    report = analyze(text)
    assert entity_of(report, "The plan would").name == "Marian Delacourt"
    assert entity_of(report, "that the cut").name == "Marian Delacourt"


def test_who_served_as_commissioner_makes_the_former_commissioner(analyze):
    text = (
        "Lowell Petrakis, who served as IRS commissioner in the 1990s, said that nothing in federal law stops a taxpayer under audit from publishing returns. "
        "The former commissioner added that examinations typically take 12 to 18 months."
    )
    assert entity_of(analyze(text), "that examinations").name == "Lowell Petrakis"


def test_who_helmed_the_party_makes_its_former_chairman(analyze):
    text = (
        "Former party chairman calls for a contingency plan\n\n"
        "A former Democratic National Committee chairman says party leaders should set up a process to replace the nominee.\n\n"
        "“Now is the time to act,” said Dan Fellowes, who helmed the committee from 1995 to 1997.\n\n"
        "Former Gov. Ed Rendon, who served as general chairman of the committee in 2000, agreed that the rules should be clearer."
    )
    assert entity_of(analyze(text), "party leaders should").name == "Dan Fellowes"


def test_a_study_with_an_owner_is_the_owners_and_so_are_the_study_and_company_after(analyze):
    text = (
        "One member recused herself because she had consulted for the manufacturer, Halden Biologics of Raleigh, N.C.\n\n"
        "Halden’s late-stage trial, which enrolled about 24,600 adults, found that the vaccine was 82.4% effective. "
        "The trial also found that protection fell to 74% in the second season.\n\n"
        "The company said in a statement that the imbalance was not significant."
    )
    report = analyze(text)
    assert {entity_of(report, c).name for c in ("that the vaccine", "that protection", "that the imbalance")} == {"Halden Biologics"}


def test_the_24_year_old_is_the_person_the_text_gave_that_age(analyze):
    text = "Joris Veldhoven, 24, won the stage ahead of Tomás Arrieta, 31. Arrieta said the climb was hard. The 24-year-old said he had planned nothing."
    assert entity_of(analyze(text), "he had planned").name == "Joris Veldhoven"


def test_the_carmaker_is_the_company_named_before(analyze):
    text = "Maravel Motor Co. said on Tuesday that it would recall 410,000 SUVs. The carmaker said the defect had caused 37 crashes."
    assert entity_of(analyze(text), "the defect").name == "Maravel Motor Co"


def test_a_party_the_text_ties_to_nobody_is_no_speaker(analyze):
    # never the party itself as if it were a person
    text = "The vote was close. The Democrat said the bill would hurt rural hospitals."
    assert by_content(analyze(text), "the bill would").speaker.entity is None


def test_a_nationality_the_text_ties_to_nobody_names_nobody(analyze):
    text = "Bram Dekkers coached her for two years.\n\nThe Dutchman, who played on the tour in the ’90s, said the second serve won titles."
    a = by_content(analyze(text), "the second serve")
    assert a.speaker.entity is None


def test_the_german_is_a_person_named_with_the_adjective(analyze):
    text = "German Chancellor Olaf Brandt met the Spanish prime minister. The German said the talks went well."
    assert entity_of(analyze(text), "the talks").name == "Olaf Brandt"


def test_a_bare_share_after_a_group_spoke_is_a_share_of_that_group(analyze):
    text = "In the poll, 31 percent of respondents said they were most worried about the cost of living, while 19 percent said they were most worried about crime."
    report = analyze(text)
    assert entity_of(report, "they were most worried about crime") is entity_of(report, "they were most worried about the cost")


def test_the_union_leader_is_the_person_who_heads_the_union(analyze):
    text = (
        "Bohdan Yarech, who heads the Veskarian Grain Growers’ Union, said the official figure was too high.\n\n"
        "The minister said it was fine.\n\n"
        "The union leader said: “We count the ones that burned.”"
    )
    assert entity_of(analyze(text), "“We count").name == "Bohdan Yarech"


def test_the_prime_minister_is_not_his_finance_minister(analyze):
    text = "Prime Minister Henrik Dalvane survived the vote. His deputy, Finance Minister Pavel Strand, told Radio Brenholm that the reform would save money. The prime minister wrote on X: “Thank you.”"
    assert entity_of(analyze(text), "“Thank you").name == "Henrik Dalvane"


def test_a_governor_qualified_by_a_state_is_the_one_written_with_it(analyze):
    text = (
        "Ohio Gov. John Kasich and former Florida Gov. Jeb Bush spoke in Manchester.\n\n"
        "Bush said the field was crowded.\n\n"
        "The Ohio governor said he would stay in the race."
    )
    assert entity_of(analyze(text), "he would stay").name == "John Kasich"


def test_plural_title_holders_are_a_group_not_one_titled_person(analyze):
    text = "Senate Majority Leader Tom Hale spoke first.\n\nThe GOP leaders said they would back the bill."
    ent = entity_of(analyze(text), "they would back")
    assert ent.type == "group"


def test_a_group_with_a_name_in_its_relative_clause_is_still_a_group(analyze):
    ent = entity_of(analyze("Supporters who spoke to the Gazette said they did not blame the player."), "they did not")
    assert (ent.name, ent.type) == ("supporters", "group")


def test_a_groups_place_keeps_no_appositive_on_it(analyze):
    text = "Older residents of Mouraria, a hillside district of narrow lanes in central Lisbon, said they had stopped going out before dark. They said nobody had knocked."
    report = analyze(text)
    assert entity_of(report, "they had stopped").name == "older residents of Mouraria"
    assert entity_of(report, "nobody had knocked") is entity_of(report, "they had stopped")


def test_one_of_them_is_one_of_the_unnamed_sources_just_quoted(analyze):
    text = 'Two employees who asked not to be named said managers had known for weeks. "People were asking their managers," one of them said.'
    report = analyze(text)
    assert entity_of(report, '"People were') is entity_of(report, "managers had known")


def test_the_portuguese_is_the_player_written_with_portugal(analyze):
    text = "Kingsmere agreed a fee for the Portugal striker Rafael Cordeiro. The club's manager said he was pleased. The Portuguese admitted that the summer had been hard."
    assert entity_of(analyze(text), "that the summer").name == "Rafael Cordeiro"


def test_a_count_owned_by_a_short_name_is_the_body_it_opens(analyze):
    text = (
        "Tobias Mercado, a labor economist at Ridgeline Labor Analytics, said the cuts fit a pattern. "
        "According to Ridgeline's count, software companies have announced more than 3,100 layoffs since January."
    )
    assert entity_of(analyze(text), "software companies").name == "Ridgeline Labor Analytics"


def test_a_headlines_bare_plural_is_the_body_the_story_names_for_its_work(analyze):
    text = (
        "Portugal heatwave may have killed more than 1,100, statisticians say\n\n"
        "LISBON — The heatwave may have caused 1,100 more deaths than usual, according to an estimate by the Institute of Demography and Statistics."
    )
    report = analyze(text)
    assert entity_of(report, "Portugal heatwave").name == "Institute of Demography and Statistics"


def test_a_headlines_bare_plural_with_no_such_body_stays_a_group(analyze):  # guard
    text = "Hospital wards are full, doctors say\n\nLISBON — The Health Ministry said on Monday that admissions had doubled."
    assert entity_of(analyze(text), "Hospital wards").type == "group"


def test_a_body_ner_did_not_tag_is_still_the_club_the_story_calls_it(analyze):
    text = (
        "HARBURY, England — Harbury Wanderers sacked manager Tom Hale on Monday after a run of nine league matches "
        "without a win left the club one point above the drop zone.\n\nThe club said in a statement that a successor "
        "would be named within a week."
    )
    assert entity_of(analyze(text), "that a successor").name == "Harbury Wanderers"


def test_a_documents_name_leaves_out_the_participle_that_is_its_cue(analyze):
    report = analyze("The council issued a policy paper welcoming the plan and calling for new bus lanes on the ring road.")
    assert {report.entity(a.speaker.entity).name for a in report.attributions} == {"a policy paper"}


def test_a_headline_label_document_is_named_by_its_noun_alone(analyze):
    text = "Report: Marlow to speak at party conference.\n\nThe report found that 46 percent of likely voters back Okafor."
    report = analyze(text)
    assert {report.entity(a.speaker.entity).name for a in report.attributions} == {"report"}


def test_an_unnamed_persons_participle_stays_in_its_description(analyze):  # guard
    report = analyze("A local Democrat supporting Okafor said the race was close.")
    assert report.entity(report.attributions[0].speaker.entity).name == "a local Democrat supporting Okafor"


def test_the_company_is_a_body_with_a_company_name_not_a_river_tagged_as_one(analyze):
    text = (
        "Crews worked on the Elk Fork River on Monday. The Elk Fork River runs past Harwell.\n\n"
        "Calloway Midstream Partners, the pipeline’s owner, has put the spill at about 1,900 barrels. "
        "In a filing on Friday, the company said a cracked weld had leaked for less than three hours."
    )
    assert entity_of(analyze(text), "a cracked weld").name == "Calloway Midstream Partners"


def test_adding_after_a_second_reported_clause_is_the_reporters_act(analyze):
    text = (
        "Warren Tisdale, the senior vice president, told the commission that the estimate came from flow "
        "readings and that Calloway stood by it, adding that crews had recovered about 1,150 barrels so far."
    )
    assert entity_of(analyze(text), "that crews had recovered").name == "Warren Tisdale"


def test_a_full_name_ner_took_for_a_body_becomes_the_person_its_surname_is(analyze):
    text = (
        "ALTO DE PEÑARAZA, Spain (Meridian Wire) — Joris Veldhoven of the Netherlands won the stage on Thursday, "
        "attacking alone six kilometres from the summit.\n\n"
        "Veldhoven, who rides for the Dutch team Kestrel–Ardent, said he had expected an attack.\n\n"
        "“We brought seven riders here and all seven rode for Joris today,” the team manager said."
    )
    report = analyze(text)
    speaker = entity_of(report, "he had expected")
    assert (speaker.name, speaker.type) == ("Joris Veldhoven", "person")


def test_a_post_held_for_someone_is_the_one_person_later_named_with_it(analyze):
    text = (
        "Joris Veldhoven won the stage on Thursday.\n\n"
        "“He has been knocking on this door all spring,” his team manager said.\n\n"
        "Arrieta, who won the race last year, tried to follow but lost the wheel.\n\n"
        "For the team, Thursday was a day to savour. Hugo Lindemann, the team manager and a former sprinter, "
        "said: “We brought seven riders here.”"
    )
    assert entity_of(analyze(text), "“He has been knocking").name == "Hugo Lindemann"


def test_a_post_held_for_a_named_owner_is_not_someone_elses_holder_of_it(analyze):  # guard
    text = (
        "President Lev Harmat’s spokesman said the president had cut short a visit abroad.\n\n"
        "Kasimir Odell, a spokesman for the General Staff, told reporters that the missiles had been aimed at a store."
    )
    speaker = entity_of(analyze(text), "the president had cut short")
    assert speaker is None or speaker.name != "Kasimir Odell"


def test_a_name_that_owns_an_ambassador_is_a_country_not_a_person(analyze):
    text = (
        "Varenza says the strike killed 27 people.\n\n"
        "Belgora put the toll at no more than nine. Varenza’s ambassador, Livia Dareska, told the council it was no accident."
    )
    assert entity_of(analyze(text), "the strike killed").type != "person"


def test_the_company_is_a_department_store_chain_not_a_public_department(analyze):
    text = (
        "Ostrander Department Stores said on Wednesday that it would close 38 stores.\n\n"
        "Net income fell to $61 million, the company said in a statement."
    )
    assert entity_of(analyze(text), "Net income").name == "Ostrander Department Stores"


def test_the_finance_chief_is_the_chief_financial_officer(analyze):
    text = (
        "Chief Executive Lorraine Castellano said the closures were overdue.\n\n"
        "Douglas Pettibone, the company’s chief financial officer, said the closures would save money.\n\n"
        "The finance chief acknowledged that inventory had ended the quarter above plan."
    )
    assert entity_of(analyze(text), "that inventory").name == "Douglas Pettibone"


def test_the_agency_after_a_un_programme_is_that_programme(analyze):
    text = (
        "Ana Ferreiro, a spokeswoman for the World Food Programme, said the route had been shared.\n\n"
        "The agency said it had suspended all convoys in the region."
    )
    assert entity_of(analyze(text), "it had suspended").name == "World Food Programme"


def test_the_envoy_is_the_ambassador_named_before(analyze):
    text = (
        "Belgora’s ambassador, Pavel Ostrakov, insisted that his country had no aircraft over the road.\n\n"
        "The envoy claimed that militias had used aid convoys to move weapons."
    )
    assert entity_of(analyze(text), "that militias").name == "Pavel Ostrakov"


def test_a_diplomat_speaking_on_condition_of_anonymity_is_an_unnamed_source(analyze):
    text = "A Western diplomat, speaking on condition of anonymity because the talks were closed, said the allies would block any statement."
    speaker = entity_of(analyze(text), "the allies")
    assert (speaker.name, speaker.type) == ("a Western diplomat", "anonymous")


def test_a_number_with_a_thousands_comma_stays_whole_in_an_unnamed_documents_name(analyze):
    text = "According to 20,000 party emails published by the group, officials worked against the candidate."
    assert entity_of(analyze(text), "officials worked").name == "20,000 party emails published by the group"


def test_he_right_after_she_said_something_of_him_is_not_her(analyze):
    text = (
        "Varenza’s ambassador, Livia Dareska, told the council the strike was deliberate.\n\n"
        "Belgora’s ambassador, Pavel Ostrakov, insisted that his country had no aircraft over the road.\n\n"
        "When Dareska took the floor again, she said he had “answered a massacre with a sneer.” "
        "He replied that Belgora would welcome any inquiry."
    )
    assert entity_of(analyze(text), "that Belgora would welcome").name == "Pavel Ostrakov"


def test_where_a_person_is_from_is_no_part_of_her_name(analyze):
    text = (
        "“She wouldn’t take her bottle,” said Amira Rahimi of Mississauga, whose daughter was one of them.\n\n"
        "Rahimi said she still wakes several times a night."
    )
    report = analyze(text)
    assert entity_of(report, "“She wouldn’t") is entity_of(report, "she still wakes")
    assert entity_of(report, "she still wakes").name == "Amira Rahimi"


def test_the_ministry_is_the_one_whose_spokeswoman_spoke_last(analyze):
    text = (
        "The Transport Ministry said fares would rise in March.\n\n"
        "In a statement, Halvia’s Finance Ministry said the budget had no room for subsidies.\n\n"
        "Lena Varga, a spokeswoman for the Transport Ministry, told reporters that the plan was ready. "
        "The ministry’s claim that fares were too low could not be checked."
    )
    assert entity_of(analyze(text), "that fares were too low").name == "Transport Ministry"


def test_a_ministry_paper_is_the_ministry_that_spoke_last(analyze):
    text = (
        "The Transport Ministry said fares would rise in March.\n\n"
        "In a statement, Halvia’s Finance Ministry said the budget had no room for subsidies.\n\n"
        "Lena Varga, a spokeswoman for the Transport Ministry, told reporters that the plan was ready.\n\n"
        "A ministry briefing paper seen by the Wire says the new fares could raise $40 million a year."
    )
    assert entity_of(analyze(text), "the new fares").name == "Transport Ministry"


def test_a_candidates_ad_speaks_for_the_candidate_named_by_surname(analyze):
    text = (
        "State Rep. Harold Vance launched his first television ad on Monday.\n\n"
        "Vance’s ad claims that his rival gave more than $20,000 to Democrats."
    )
    assert entity_of(analyze(text), "that his rival").name == "Harold Vance"


def test_his_report_is_the_persons_the_pronoun_stands_for(analyze):
    text = (
        "State Rep. Harold Vance said he would not debate.\n\n"
        "Vance had raised $200,000 by May, according to his latest report to the ethics board."
    )
    assert entity_of(analyze(text), "Vance had raised").name == "Harold Vance"


def test_a_name_inside_a_quotation_is_not_a_later_pronouns_speaker(analyze):
    text = (
        "Mara Stone spoke at a forum in Nixa.\n\n"
        "“Garrett knows that number is made up,” Stone told reporters. “He’s counting on you not to check.”\n\n"
        "“I’ve given more to this party than Garrett has raised in his whole career.”\n\n"
        "The businesswoman admitted that she had donated to the sheriff but said she did it “because he was my neighbor.” "
        "She has said repeatedly that she would serve only two terms."
    )
    assert entity_of(analyze(text), "that she would serve").name == "Mara Stone"


@pytest.mark.parametrize(
    "text, name",
    [
        ("A supervisor at the depot said the brakes had been checked.", "a supervisor at the depot"),
        ("One driver said the new route added an hour to his day.", "one driver"),
        ("One of the nurses said the ward had been short-staffed for weeks.", "one of the nurses"),
        ("Another customer said the prices had doubled.", "another customer"),
    ],
)
def test_one_person_introduced_without_a_name_is_an_unnamed_party_of_its_own(analyze, text, name):
    report = analyze(text)
    speaker = report.entity(report.attributions[0].speaker.entity)
    assert (speaker.name, speaker.type) == (name, "anonymous")


def test_the_strategist_is_the_unnamed_strategist_met_before(analyze):
    text = (
        "A Republican strategist who has worked in the district told the Wire that the race had turned ugly. "
        "“Nobody is talking about property taxes,” the strategist said."
    )
    report = analyze(text)
    assert entity_of(report, "“Nobody") is entity_of(report, "that the race")
    assert entity_of(report, "“Nobody").name == "a Republican strategist"


def test_the_person_is_the_person_familiar_with_the_matter_met_before(analyze):
    text = (
        "A person familiar with the review, who spoke on condition of anonymity, said investigators had interviewed 30 people. "
        "The person said that a final report was not expected before November."
    )
    report = analyze(text)
    assert entity_of(report, "that a final report") is entity_of(report, "investigators had")
    assert entity_of(report, "that a final report").name == "a person familiar with the review"


def test_a_person_met_in_passing_is_not_the_he_who_answers(analyze):
    # guard: an unnamed party of its own, yet no antecedent of a later pronoun
    text = "Mayor Dan Ortiz toured the depot on Monday. A reporter asked whether fares would rise. “Not this year,” he said."
    assert entity_of(analyze(text), "“Not this year").name == "Dan Ortiz"


def test_a_thing_is_no_unnamed_person(analyze):
    # guard: "a sign" says something, but names no party
    assert analyze("A sign at the port gate said the cranes would be replaced.").attributions[0].speaker.entity is None


@pytest.mark.parametrize(
    "where",
    ["flew back to the Ostrevian capital, Talvo", "flew back to Talvo, Ostrevia’s capital", "flew back to Talvo, the capital of Ostrevia"],
)
def test_a_capital_the_text_declares_speaks_for_its_country(analyze, where):
    text = f"Ostrevia walked out of the talks on Thursday. Its delegation {where}.\n\nTalvo has argued for years that the tariffs break the treaty."
    speaker = entity_of(analyze(text), "that the tariffs")
    assert (speaker.name, speaker.type) == ("Ostrevia", "place")
    assert "Talvo" in speaker.aliases


def test_a_well_known_capital_speaks_for_its_country(analyze):
    text = "Russia expelled two diplomats on Monday. Moscow said the move answered new sanctions."
    report = analyze(text)
    assert entity_of(report, "the move").name == "Russia"


def test_the_memo_is_the_one_who_sent_it(analyze):
    text = (
        "The mayor’s chief of staff, Nora Keplan, sent a memo to department heads on Tuesday. "
        "The memo says departments should freeze hiring."
    )
    assert entity_of(analyze(text), "departments should").name == "Nora Keplan"


def test_the_lawsuit_and_the_complaint_are_the_plaintiffs(analyze):
    text = (
        "On Tuesday, the Harlow Families Alliance, a parents’ group, sued the state in district court. "
        "The lawsuit claims that the state has shorted special education for a decade. "
        "The complaint says lawmakers ignored their own cost studies."
    )
    report = analyze(text)
    assert entity_of(report, "that the state").name == "Harlow Families Alliance"
    assert entity_of(report, "lawmakers ignored").name == "Harlow Families Alliance"


def test_a_lawsuit_filed_by_two_people_is_both_of_theirs(analyze):
    text = (
        "Patricia Sloane and Charles Weir, the parents of two workers killed in the blast, have filed a wrongful death lawsuit against the company. "
        "The lawsuit contends that the company ignored the warnings."
    )
    assert entity_of(analyze(text), "that the company").name == "Patricia Sloane and Charles Weir"


def test_the_decision_a_body_spoke_in_is_the_bodys(analyze):
    text = (
        "The European Commission said in a decision on Tuesday that Lumora must pay a fine.\n\n"
        "According to the decision, Lumora barred developers from linking to their own websites."
    )
    assert entity_of(analyze(text), "Lumora barred").name == "European Commission"


def test_a_verb_after_a_quoted_that_clause_is_the_speakers_not_the_quotations_subjects(analyze):
    text = "Attorney General Renata Holloway said in a statement that “four justices have substituted their own preferences for the law” and vowed to ask the court to rehear the case."
    assert entity_of(analyze(text), "to ask the court").name == "Renata Holloway"


def test_the_majority_opinion_and_the_dissent_are_their_writers(analyze):
    text = (
        "Justice Corinne Abel wrote for the majority that the map was drawn to favor one party.\n\n"
        "The majority opinion says that the mapmakers split 11 counties.\n\n"
        "Justice Lyle Pardee wrote in a dissent that judges had no business drawing districts. "
        "The dissent argued that drawing districts was a political task."
    )
    report = analyze(text)
    assert entity_of(report, "that the mapmakers").name == "Corinne Abel"
    assert entity_of(report, "that drawing districts").name == "Lyle Pardee"


def test_an_unsigned_opinion_is_no_judges_by_default(analyze):
    # guard: only a judge who wrote it owns an opinion
    text = "Justice Samuel Alden wrote a separate concurrence.\n\n“The court expresses no view on the merits,” the unsigned opinion said."
    speaker = analyze(text).attributions[-1].speaker
    assert speaker.entity is None or analyze(text).entity(speaker.entity).name != "Samuel Alden"


@pytest.mark.parametrize(
    "text, start, name",
    [
        (
            "The Associated Students of Larkspur, the student government, passed a resolution on a 17-3 vote late Thursday. "
            "The resolution calls for the university to drop the charges.",
            "the university to drop",
            "Associated Students of Larkspur",
        ),
        (
            "Harold Vance filed a suit against the county on Monday. The suit claims that the county ignored his complaints.",
            "that the county ignored",
            "Harold Vance",
        ),
    ],
)
def test_a_resolution_passed_and_a_suit_filed_are_theirs_who_passed_or_filed_them(analyze, text, start, name):
    assert entity_of(analyze(text), start).name == name


def test_it_after_a_sentence_about_a_document_is_the_documents_author(analyze):
    text = (
        "Judith Kerrigan wrote about the restaurant in March.\n\n"
        "Kerrigan’s review ran under the headline “Tessaro Has Lost the Plot.” It said that the pasta had arrived cold. "
        "The review also said that the sauces came from a jar."
    )
    report = analyze(text)
    assert entity_of(report, "that the pasta").name == "Judith Kerrigan"
    assert entity_of(report, "that the sauces").name == "Judith Kerrigan"


def test_one_whose_words_another_reports_is_not_the_next_he(analyze):
    text = (
        "Judith Kerrigan, the critic, sat at the defense table.\n\n"
        "Gordon Blakemore told the jury that a review is opinion, adding that Kerrigan had described exactly what was put in front of her. "
        "He asked jurors whether a critic should pay for disliking a plate of pasta."
    )
    assert entity_of(analyze(text), "whether a critic").name == "Gordon Blakemore"


def test_court_filings_are_not_the_courts_own_words(analyze):
    text = (
        "Superior Court Judge Corinne Aldana ruled on Tuesday that the posts could be read.\n\n"
        "According to court filings, reservations fell 41 percent after the review."
    )
    speaker = entity_of(analyze(text), "reservations fell")
    assert speaker is None or speaker.name != "Superior Court"


def test_a_name_ner_took_for_a_work_is_a_person_when_an_office_stands_before_it(analyze):
    # NER tags "Teresa Valdane" WORK_OF_ART after the dateline and "Valdane" alone ORG
    text = "BOISE, Idaho — Mayor-elect Teresa Valdane on Tuesday named eight members of her staff. Valdane said the list was final."
    assert entity_of(analyze(text), "the list").name == "Teresa Valdane"


def test_the_governor_elect_is_the_person_named_with_that_title(analyze):
    text = "Governor-elect Harriet Solberg on Tuesday named a budget director. The governor-elect said the choice was easy."
    assert entity_of(analyze(text), "the choice").name == "Harriet Solberg"


def test_a_hyphenated_description_keeps_its_words_together_in_the_partys_name(analyze):
    report = analyze("Rank-and-file teachers said the contract was a step backward.")
    assert entity_of(report, "the contract").name == "rank-and-file teachers"


def test_the_group_is_the_coalition_named_before(analyze):
    text = "The Fair Rent Coalition, an alliance of 30 tenant unions, backed the bill. The group said it would fill the rotunda before the vote."
    assert entity_of(analyze(text), "it would fill").name == "Fair Rent Coalition"


def test_a_group_of_people_is_not_the_coalition_named_before(analyze):
    text = "The Fair Rent Coalition backed the bill. A group of landlords said the cap would stop new building."
    assert by_content(analyze(text), "the cap").speaker.entity is None  # guard


def test_a_plural_title_abbreviation_is_part_of_the_mention_and_no_part_of_the_name(analyze):
    report = analyze("Sens. Tom Harlan and Chris Cole said the rule was unlawful.")
    speaker = by_content(report, "the rule").speaker
    assert speaker.mention.text.startswith("Sens. Tom Harlan")
    assert report.entity(speaker.entity).name == "Tom Harlan"


def test_the_panel_is_the_tribunal_named_before(analyze):
    text = "The Nordic Fisheries Tribunal ruled on Monday that the quota was unlawful. The panel wrote that the ministry had ignored its own data."
    assert entity_of(analyze(text), "that the ministry").name == "Nordic Fisheries Tribunal"


def test_its_ministry_is_the_ministry_of_the_country_it_stands_for(analyze):
    text = "Norway said it was satisfied with the outcome, and its fisheries ministry said in a statement that the ruling vindicated its fleet."
    report = analyze(text)
    ministry = entity_of(report, "that the ruling")
    assert "Norway’s fisheries ministry" in ministry.aliases
    assert report.entity(ministry.affiliation).name == "Norway"


def test_a_list_released_by_a_team_speaks_for_the_team(analyze):
    report = analyze("According to a list released by the transition team, six of the eight nominees are women.")
    assert entity_of(report, "six of the eight").name == "transition team"


def test_the_mayor_elect_is_the_candidate_the_text_says_won(analyze):
    text = "Council member Ruth Tallis unseated the incumbent on Tuesday, winning 51% of the vote. The mayor-elect said she would restore the night buses."
    assert entity_of(analyze(text), "she would restore").name == "Ruth Tallis"


def test_a_share_won_among_a_group_does_not_make_its_winner_the_elect(analyze):
    text = "Ruth Tallis was elected mayor on Tuesday. Her rival Omar Venn won 57% of homeowners. The mayor-elect said she would restore the night buses."
    assert entity_of(analyze(text), "she would restore").name == "Ruth Tallis"


def test_the_company_is_the_one_that_spoke_not_the_data_source_cited_after_it(analyze):
    text = "Harwell Foods said on Thursday that its profit fell. Analysts had expected a smaller drop, according to FactSet. The company said it would close two bakeries."
    assert entity_of(analyze(text), "it would close").name == "Harwell Foods"


def test_a_body_named_for_a_place_is_the_body_not_the_place(analyze):
    text = "Talbridge Motor Co. said it would cut 2,400 jobs. The Allied Autoworkers of America, which represents about 27,000 Talbridge workers, said it would fight the cuts. The union said it would ask for buyouts."
    report = analyze(text)
    assert entity_of(report, "it would fight").name == "Allied Autoworkers of America"
    assert entity_of(report, "it would ask").name == "Allied Autoworkers of America"


def test_the_director_is_the_one_who_has_led_the_agency(analyze):
    text = "Gerald Fenwick, who has led the bureau since January, told the committee that the agency had failed. The director conceded that staff had not installed a security update."
    assert entity_of(analyze(text), "that staff").name == "Gerald Fenwick"


def test_one_who_had_led_the_agency_is_not_the_director_now(analyze):  # guard
    text = "Gerald Fenwick, who had led the bureau until 2019, told the committee that the agency had failed. The director conceded that staff had not installed a security update."
    assert by_content(analyze(text), "that staff").speaker.entity is None


def test_it_after_a_document_that_spoke_goes_on_with_the_document(analyze):
    text = (
        "The Harbour Board said the ferry would run until May. A report by the board’s auditor, Irene Castell, found that the fares had covered only half the costs. "
        "Most of the losses came in winter, according to the report. It also put the cost of the repairs at about $3 million."
    )
    assert entity_of(analyze(text), "the cost of the repairs").name == "Irene Castell"


def test_a_document_owned_by_a_post_is_the_post_holders(analyze):
    text = "A report by the bureau’s inspector general, Theresa Lindqvist, found that the hackers copied 4.3 million records. The inspector general’s report found that the bureau had been warned."
    assert entity_of(analyze(text), "that the bureau had been warned").name == "Theresa Lindqvist"


def test_a_description_set_off_after_a_bodys_name_is_no_part_of_the_affiliation(analyze):
    report = analyze("Naomi Brandt, policy director at the Privacy Rights Collaborative, a Washington advocacy group, said the offer was a bandage.")
    brandt = entity_of(report, "the offer")
    assert report.entity(brandt.affiliation).name == "Privacy Rights Collaborative"


def test_the_professor_is_the_one_who_teaches(analyze):
    text = "Gregory Hollis, who teaches election law at Northwoods College, said the gifts were legal. The professor added that the ban was rarely enforced."
    assert entity_of(analyze(text), "that the ban").name == "Gregory Hollis"


def test_her_joined_to_a_name_marks_the_name_a_woman_for_a_later_he(analyze):
    text = (
        "Sen. Claire Dunleavy and her Republican challenger, Ross Kettering, traded accusations on Tuesday.\n\n"
        "Dunleavy said the plant had closed on his watch.\n\n"
        "“The senator had six years to save it,” he shot back."
    )
    assert entity_of(analyze(text), "“The senator").name == "Ross Kettering"


def test_the_writer_on_the_byline_is_no_later_he_or_she(analyze):
    text = "By Anna Brezinski | Great Lakes Wire\n\nA crowd gathered outside the plant on Tuesday.\n\n“We were never told,” she said."
    assert by_content(analyze(text), "“We were never told").speaker.entity is None


def test_the_challenger_is_the_one_introduced_as_the_challenger(analyze):
    text = "Sen. Claire Dunleavy and her Republican challenger, Ross Kettering, traded accusations on Tuesday. The challenger admitted that his firm had cut 200 jobs."
    assert entity_of(analyze(text), "that his firm").name == "Ross Kettering"


def test_a_party_on_a_title_rules_out_the_other_partys_holder(analyze):  # guard
    text = "Republican presidential nominee Dale Corbin released his plan on Monday. The Democratic presidential nominee said the plan was reckless."
    assert by_content(analyze(text), "the plan was reckless").speaker.entity is None


def test_the_review_is_the_review_the_text_has_since_named(analyze):
    text = (
        "Failures in care contributed to 41 deaths, according to an independent review published on Tuesday. "
        "Led by the midwife Bernadette Hollis, the Kestleham Maternity Review examined the care given to 1,592 families. "
        "The review found that warnings had been ignored."
    )
    assert entity_of(analyze(text), "that warnings").name == "Kestleham Maternity Review"


def test_a_notice_the_company_filed_is_the_companys(analyze):
    text = "Ardent Holdings said the plant would close. Ardent laid off 862 workers in March, according to a notice the company filed with the state."
    assert entity_of(analyze(text), "Ardent laid off").name == "Ardent Holdings"


def test_the_campaign_is_the_campaign_a_name_owned_just_before(analyze):
    text = "Sen. Claire Dunleavy said the figure was right. Dunleavy’s campaign later released its math. The campaign said in a statement that the figure included 500 jobs lost at suppliers."
    assert entity_of(analyze(text), "that the figure included").name == "Dunleavy’s campaign"
