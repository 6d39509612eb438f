"""Dates in running text, resolved against the article's date at the precision they carry."""

from __future__ import annotations

from datetime import date

import pytest

from bot.extract.dates import Moment, find_dates, parse_full_date, pin_year_by_weekday, span_of, years_mentioned

MONDAY = date(2018, 9, 3)  # a Monday, in ISO week 36


def _resolved(sentence: str, ref: date | None = MONDAY, near_year: int | None = None) -> list[tuple[str, str]]:
    return [(m.phrase, m.moment.iso()) for m in find_dates(sentence, ref, near_year)]


def _only(sentence: str, ref: date | None = MONDAY, near_year: int | None = None) -> str:
    found = find_dates(sentence, ref, near_year)
    assert len(found) == 1, found
    return found[0].moment.iso()


# --- weekdays and relative expressions ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministers met on Friday in Geneva.", "2018-08-31"),
        ("The ministers met on Thursday in Geneva.", "2018-08-30"),
        ("The ministers met on Monday in Geneva.", "2018-09-03"),
        ("The team lost last Friday.", "2018-08-31"),
        ("The team plays next Friday.", "2018-09-07"),
        ("Yesterday the river burst its banks.", "2018-09-02"),
        ("Three days ago the river burst its banks.", "2018-08-31"),
        ("The leaders will meet tomorrow in Geneva.", "2018-09-04"),
        ("The vote is the day after tomorrow.", "2018-09-05"),
        ("The army shelled the town last night.", "2018-09-02"),
        ("Officials met this morning.", "2018-09-03"),
    ],
)
def test_days_are_resolved_against_the_reference(sentence: str, expected: str) -> None:
    assert _only(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks collapsed last week.", "2018-W35"),
        ("The talks collapsed two weeks ago.", "2018-W34"),
        ("Prices rose sharply last month.", "2018-08"),
        ("The league will resume next month.", "2018-10"),
        ("The mayor resigned earlier this year.", "2018"),
        ("The mayor resigned last year.", "2017"),
        ("Fighting resumed over the weekend.", "2018-W35"),  # the weekend just past: 1-2 September
        ("The leaders will meet this weekend.", "2018-W36"),  # said on a Monday, looking ahead: the one to come
        ("This weekend convoys were seen moving to the border.", "2018-W35"),  # looking back: the one just past
        ("Shares fell a week ago.", "2018-W35"),
        ("A month ago the town fell.", "2018-08"),
        ("The depot is to shut by the end of the year.", "2018"),
    ],
)
def test_relative_periods_keep_their_precision(sentence: str, expected: str) -> None:
    assert _only(sentence) == expected


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    assert _only("Prices rose sharply last month.", date(2019, 1, 15)) == "2018-12"


def test_last_week_across_new_year_uses_the_iso_week_year() -> None:
    assert _only("The talks collapsed last week.", date(2019, 1, 2)) == "2018-W52"


def test_future_clause_moves_a_weekday_forward() -> None:
    assert _only("The council has scheduled a vote for Saturday.") == "2018-09-08"
    assert _only("The council held a vote on Saturday.") == "2018-09-01"


def test_what_is_set_or_slated_for_a_weekday_is_to_come() -> None:
    assert _only("His first training session is set for Tuesday.") == "2018-09-04"
    assert _only("The final is slated for Saturday.") == "2018-09-08"


def test_what_is_expected_on_a_weekday_is_to_come() -> None:
    assert _only("More officers are expected Thursday.") == "2018-09-06"
    assert _only("The talks were expected Thursday.") == "2018-08-30"


def test_the_present_of_a_timetable_looks_ahead() -> None:
    assert _only("The ceasefire expires at midnight on Saturday.") == "2018-09-08"
    assert _only("Talks resume on Friday in Geneva.") == "2018-09-07"
    assert _only("Talks resumed on Friday in Geneva.") == "2018-08-31"


def test_a_future_verb_reaches_its_date_past_an_aside_between_commas() -> None:
    sentence = "Andrade will succeed her ally, outgoing President Tomas Ignacio Ruiz Vega, on October 1."
    assert _only(sentence, date(2024, 6, 3)) == "2024-10-01"
    assert _only("The envoy, a former diplomat, arrived on October 1.", date(2024, 6, 3)) == "2023-10-01"


def test_a_publication_month_gives_the_year_of_a_day_but_not_the_day_of_a_weekday() -> None:
    may = date(2024, 5, 1)
    unread: list[str] = []
    (killed,) = find_dates("On 29th May, the candidate was killed in the town.", None, month=may, unread=unread)
    (earlier,) = find_dates("The campaign opened on December 12.", None, month=may, unread=unread)
    (coming,) = find_dates("The vote will be held on June 2.", None, month=may, unread=unread)
    assert [killed.moment.iso(), earlier.moment.iso(), coming.moment.iso()] == ["2024-05-29", "2023-12-12", "2024-06-02"]
    assert find_dates("Two rallies were attacked on Monday.", None, month=may, unread=unread) == []
    assert unread == ["Monday"]  # a dated partner may still tell which Monday


def test_the_phrase_and_span_are_those_of_the_sentence() -> None:
    sentence = "Officials said the bridge reopened on Friday after repairs."
    (mention,) = find_dates(sentence, MONDAY)
    assert mention.phrase == "Friday"
    assert sentence[mention.start : mention.end] == "Friday"
    assert mention.exact is False


# --- month and day without a year ---------------------------------------------------------


def test_month_day_in_the_past_before_the_reference_is_this_year() -> None:
    assert _only("On August 30th, the envoy called for calm.") == "2018-08-30"


def test_month_day_in_the_past_after_the_reference_is_last_year() -> None:
    assert _only("On August 30th, the envoy called for calm.", date(2018, 8, 20)) == "2017-08-30"


def test_month_day_to_come_after_the_reference_is_this_year() -> None:
    assert _only("The envoy will visit on August 30th.", date(2018, 8, 20)) == "2018-08-30"


def test_month_day_to_come_long_before_the_reference_is_next_year() -> None:
    assert _only("The summit is scheduled for January 15.", date(2018, 9, 3)) == "2019-01-15"


def test_impossible_month_day_is_dropped() -> None:
    assert find_dates("The report was dated February 30.", MONDAY) == []


@pytest.mark.parametrize("place", ["Mayotte", "Augusta", "Juneau", "Marchand"])
def test_a_place_whose_name_opens_with_a_month_s_is_no_month(place: str) -> None:
    assert find_dates(f"Hundreds are feared dead in {place} after the storm.", MONDAY) == []


@pytest.mark.parametrize(
    ("sentence", "ref", "expected"),
    [
        ("The rains began in late August.", MONDAY, "2018-08"),
        ("The rains began in late October.", MONDAY, "2017-10"),
        ("The vote will take place in late October.", MONDAY, "2018-10"),
        ("The vote will take place in March.", MONDAY, "2019-03"),
        ("Fighting has continued since June.", MONDAY, "2018-06"),
    ],
)
def test_a_bare_month_is_the_nearest_such_month_in_the_right_direction(sentence: str, ref: date, expected: str) -> None:
    assert _only(sentence, ref) == expected


# --- written-out dates, seasons and years -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant closed in spring 2017.", "2017"),
        ("The fire started in autumn 2016 and burned for weeks.", "2016"),
        ("He was appointed in July 2014.", "2014-07"),
        ("The ministers met on 7 September 2018.", "2018-09-07"),
        ("The ministers met on September 7, 2018.", "2018-09-07"),
        ("The decree was signed on 2016-10-08.", "2016-10-08"),
        ("The record was stamped 2016-10-08T14:30:00Z.", "2016-10-08"),
        ("The decree was signed on 2016/10/08.", "2016-10-08"),
        ("Updated September 3, 20182:41 PM UTC.", "2018-09-03"),
        ("The club was founded in 1892.", "1892"),
    ],
)
def test_written_out_dates_need_no_reference(sentence: str, expected: str) -> None:
    (mention,) = find_dates(sentence, None)
    assert mention.moment.iso() == expected
    assert mention.exact is True
    # and a reference date does not change them
    assert _only(sentence, MONDAY) == expected


def test_season_phrase_is_reported_as_written() -> None:
    assert _resolved("The plant closed in spring 2017.", None) == [("spring 2017", "2017")]
    assert _resolved("He was appointed in July 2014.", None) == [("July 2014", "2014-07")]


def test_several_dates_in_one_sentence_come_in_order() -> None:
    sentence = "The truce agreed in July 2014 collapsed last week, and talks resume next month."
    assert _resolved(sentence) == [("July 2014", "2014-07"), ("last week", "2018-W35"), ("next month", "2018-10")]


def test_large_numbers_are_not_years() -> None:
    assert find_dates("More than 2,016 people and 20180 tonnes of grain were moved.", MONDAY) == []


# --- without a reference date -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers met on Friday in Geneva.",
        "The talks collapsed last week.",
        "Prices rose sharply last month.",
        "On August 30th, the envoy called for calm.",
        "The rains began in late August.",
    ],
)
def test_without_a_reference_relative_dates_are_dropped_not_guessed(sentence: str) -> None:
    assert find_dates(sentence, None) == []


def test_weekday_with_month_and_day_pins_the_year_near_the_articles_years() -> None:
    sentence = "On Friday, September 7, presidents met at a summit."
    assert _resolved(sentence, None, near_year=2018) == [("Friday, September 7", "2018-09-07")]
    # 7 September was a Friday in 2012 and 2018: the nearest not before the near year wins
    assert _only(sentence, None, near_year=2016) == "2018-09-07"
    assert _only(sentence, None, near_year=2012) == "2012-09-07"


def test_a_text_named_for_its_year_dates_nothing() -> None:
    assert find_dates("The council declared that the Constitution of 1997 has been terminated.", MONDAY) == []
    assert find_dates("He invoked Article 8 of the 1945 Constitution.", MONDAY) == []
    assert _only("The act of 1998 was no accident.") == "1998"


def test_a_weekday_s_part_of_the_day_before_its_date_is_one_date() -> None:
    assert _resolved("It all began on Sunday evening, Sept. 20, when police came.", date(1998, 10, 2)) == [
        ("Sunday evening, Sept. 20", "1998-09-20")]


def test_weekday_with_month_and_day_but_no_year_anywhere_is_dropped() -> None:
    assert find_dates("On Friday, September 7, presidents met at a summit.", None) == []


def test_weekday_that_never_fits_the_day_is_dropped() -> None:
    # February 30 never falls on any weekday
    assert find_dates("On Monday, February 30, nothing happened.", None, near_year=2018) == []


@pytest.mark.parametrize(
    ("month", "day", "weekday", "near", "expected"),
    [
        (9, 7, 4, 2018, 2018),  # Friday 7 September 2018
        (9, 7, 4, 2016, 2018),  # not before the near year, if it can be helped
        (12, 17, 0, 2013, 2012),  # Monday 17 December 2012: the year before, when no later one is near
        (11, 8, 2, 1980, None),  # Wednesday 8 November: 1978 and 1989, no year near enough to "1980" to say so
        (9, 7, 4, 2012, 2012),
        (9, 3, 0, 2018, 2018),  # Monday 3 September 2018
        (2, 29, 3, 2024, 2024),  # Thursday 29 February: leap years only
        (2, 29, 3, 2020, None),
        (2, 30, 0, 2018, None),
    ],
)
def test_pin_year_by_weekday(month: int, day: int, weekday: int, near: int, expected: int | None) -> None:
    year = pin_year_by_weekday(month, day, weekday, near)
    assert year == expected
    if year is not None:
        assert date(year, month, day).weekday() == weekday


def test_years_mentioned_are_four_digit_years_only() -> None:
    assert years_mentioned("The treaty of 1994 was renewed in 2016 and cost 2,500,000 or 20180 units.") == [1994, 2016]


# --- full dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "03 September 2018",
        "3 September 2018",
        "Monday, 3 September 2018",
        "Monday 3rd September, 2018",
        "the 3rd of September 2018",
        "3 Sep 2018",
        "September 3, 2018",
        "Sept. 3, 2018",
        "Monday, September 3, 2018",
        "2018-09-03",
        "Posted on 2018-09-03 at 14:00",
        "Published: 2018-9-3 11:30:00",
        "Salaam Foundation | 03 September 2018",
    ],
)
def test_parse_full_date_variants(text: str) -> None:
    assert parse_full_date(text) == date(2018, 9, 3)


@pytest.mark.parametrize(
    "text",
    ["September 2018", "3 September", "on Friday", "31 February 2018", "2018-13-01", "no date here", ""],
)
def test_parse_full_date_needs_a_real_day_month_and_year(text: str) -> None:
    assert parse_full_date(text) is None


# --- Moment -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "iso"),
    [
        (Moment(2018, week=35), "2018-W35"),
        (Moment(2018, week=5), "2018-W05"),
        (Moment(2018, 9, 3), "2018-09-03"),
        (Moment(2018, 9), "2018-09"),
        (Moment(2018), "2018"),
    ],
)
def test_moment_iso_and_parse_round_trip(moment: Moment, iso: str) -> None:
    assert moment.iso() == iso
    assert Moment.parse(iso) == moment
    assert Moment.parse(moment.iso()).iso() == iso


@pytest.mark.parametrize(
    ("iso", "start"),
    [
        ("2018-W35", date(2018, 8, 27)),
        ("2018-09-03", date(2018, 9, 3)),
        ("2018-09", date(2018, 9, 1)),
        ("2018", date(2018, 1, 1)),
    ],
)
def test_moment_start_is_its_first_day(iso: str, start: date) -> None:
    assert Moment.parse(iso).start == start


def test_moments_sort_by_time() -> None:
    moments = [Moment(2018, 9, 3), Moment(2017), Moment(2018, 1), Moment(2018, 9)]
    assert [m.iso() for m in sorted(moments)] == ["2017", "2018-01", "2018-09", "2018-09-03"]


# --- "that year" ----------------------------------------------------------------------------

def test_a_month_of_that_year_takes_the_year_named_earlier_in_the_sentence() -> None:
    assert _resolved("In 2014 the talks failed, and in March of that year the truce collapsed.") == [
        ("2014", "2014"), ("March of that year", "2014-03")]


def test_a_month_of_that_year_takes_the_year_the_text_named_last() -> None:
    found = find_dates("He then boycotted the repeat poll in October of that year.", MONDAY, None, last_year=2017)
    assert [(m.phrase, m.moment.iso()) for m in found] == [("October of that year", "2017-10")]


def test_that_year_with_no_year_named_gives_no_date() -> None:
    assert _resolved("The rains came in October of that year.") == []


def test_a_date_something_is_due_on_is_still_to_come() -> None:
    friday = date(2019, 11, 8)
    assert _resolved("Results are due on Nov. 12.", friday) == [("Nov. 12", "2019-11-12")]
    assert _resolved("The report was due on Nov. 2.", friday) == [("Nov. 2", "2019-11-02")]


def test_a_month_is_read_whole_never_as_its_abbreviation() -> None:
    (found,) = find_dates("He has been in office since March.", MONDAY)
    assert (found.phrase, found.moment.iso()) == ("since March", "2018-03")
    (found,) = find_dates("The marchers arrived in May.", MONDAY)
    assert found.phrase == "in May"


def test_the_verb_right_after_a_date_can_carry_its_tense() -> None:
    assert _only("The by-election on 7 September will cost the council money.") == "2018-09-07"
    assert _only("On 7 September the by-election returned a Labour member.") == "2017-09-07"
    assert _only("The minister said on Friday that his country will support the plan.") == "2018-08-31"


def test_a_relative_date_with_a_capital_inside_a_sentence_is_a_title() -> None:
    assert find_dates("He told ABC's This Week that the talks would go on.", MONDAY) == []
    assert find_dates("He told Radio 4's Today programme it was fine.", MONDAY) == []
    assert _only("Today the council met.") == "2018-09-03"


def test_a_fixture_in_the_present_is_still_to_come() -> None:
    assert _only("Hosts UAE play Kuwait on Saturday in Group A.") == "2018-09-08"
    assert _only("South Korea take on Indonesia on Saturday.") == "2018-09-08"
    assert _only("South Korea beat Indonesia on Saturday.") == "2018-09-01"


def test_a_weekday_after_the_and_before_a_capital_names_a_paper() -> None:
    assert find_dates("The minister told the Sunday Times that he would resign.", MONDAY) == []
    assert find_dates("The Sunday Telegraph reported the plan.", MONDAY) == []
    assert _only("The Sunday before the vote was quiet.") == "2018-09-02"
    assert _only("On Sunday President Macron spoke.") == "2018-09-02"


def test_a_weekday_opening_a_sentence_before_a_family_name_and_its_title_is_a_first_name() -> None:
    assert find_dates("Sunday Abdu, the executive secretary of the agency, told reporters it had sent teams.", MONDAY) == []
    assert _only("Sunday, the army said it had taken the town.") == "2018-09-02"


def test_what_is_to_run_through_a_month_runs_to_the_coming_one() -> None:
    assert _only("The firm named three partners for the program to run through December.") == "2018-12"
    assert _only("The program ran through December.") == "2017-12"


def test_a_day_that_names_a_body_is_no_date() -> None:
    assert find_dates("The leader of the rebel group March 23 Movement (M23) spoke.", MONDAY) == []
    assert find_dates("M23, or the March 23 Movement, is one of many armed groups.", MONDAY) == []
    assert find_dates("The 6 April Youth Movement protested.", MONDAY) == []
    assert _only("On August 23 Syrian Army units moved.") == "2018-08-23"


def test_a_day_counted_from_the_day_named_before_it() -> None:
    found = find_dates("The mission left Vienna on Monday and arrived in Kiev the following day.", MONDAY)
    assert [(m.phrase, m.moment.iso()) for m in found] == [("Monday", "2018-09-03"), ("the following day", "2018-09-04")]
    assert [m.moment.iso() for m in find_dates("He was arrested on 3 May 2018 and freed two days later.", MONDAY)] == [
        "2018-05-03", "2018-05-05"]
    assert [m.moment.iso() for m in find_dates("Talks ended on Friday; the day before they had stalled.", MONDAY)] == [
        "2018-08-31", "2018-08-30"]


def test_a_day_counted_from_nothing_named_is_no_date() -> None:
    assert find_dates("The following day, the talks resumed.", MONDAY) == []
    assert _only("It will rain the day after tomorrow.") == "2018-09-05"


def test_a_month_and_day_soon_after_the_article_is_this_years_unless_told_past() -> None:
    assert [m.moment.iso() for m in find_dates("The dividend is payable March 3 to holders of record Feb. 14.",
                                               date(1995, 1, 20))] == ["1995-03-03", "1995-02-14"]
    assert _only("He was invited to a ceremony at the palace on March 12.", date(1999, 2, 16)) == "1999-03-12"
    assert _only("On August 30th, the envoy called for calm.", date(2018, 8, 20)) == "2017-08-30"


def test_a_weekday_written_with_its_date_picks_the_year_they_agree_in() -> None:
    assert _only("He wrote in an editorial on Monday, Oct. 26.", date(1998, 10, 25)) == "1998-10-26"
    assert _only("He wrote in an editorial on Sunday, Oct. 26.", date(1998, 10, 25)) == "1997-10-26"


def test_this_coming_weekday_and_a_postponement_look_ahead() -> None:
    assert _only("The walk is this coming Sunday.", date(1998, 3, 5)) == "1998-03-08"
    assert _only("The vote was postponed until Tuesday morning.", date(2000, 3, 30)) == "2000-04-04"


def test_years_in_a_span_and_after_dating_back() -> None:
    assert [m.moment.iso() for m in find_dates("Output declined between 1982 and 1992.", MONDAY)] == ["1982", "1992"]
    assert _only("The site dates back to 1850.") == "1850"
    assert find_dates("Staff numbers rose to 1996 last winter.", None) == []


def test_a_year_that_says_which_one() -> None:
    assert _only("That 1978 resolution calls for a withdrawal.") == "1978"
    assert _only("The strikes overruled a 1971 convention on aviation.") == "1971"
    assert _only("Its 2016 report was withdrawn.") == "2016"
    assert find_dates("A 2000-strong force moved in.", MONDAY) == []


def test_the_day_before_set_after_a_date_or_inside_the_day_is_no_date() -> None:
    ref = date(1998, 11, 10)
    assert [m.phrase for m in find_dates("She was last heard from Oct. 29, the day before her family called the police.",
                                         ref)] == ["Oct. 29"]
    assert [m.phrase for m in find_dates("She rested early in the day before flying back to Lagos on Friday.", ref)] == [
        "Friday"]
    # nor is the day before a happening the text gives no day of, counted from a date named before it
    assert [m.phrase for m in find_dates("Tuesday December 6 was the day before the debate on the motion.", ref)] == [
        "Tuesday December 6"]


def test_a_capital_after_an_opening_quote_still_opens_a_date() -> None:
    assert _only("``Today, I am here to tell you the truth,'' he said.") == "2018-09-03"


def test_a_month_after_last_this_next_or_the_middle_of() -> None:
    ref = date(1998, 2, 27)
    assert _only("The accord was signed last May.", ref) == "1997-05"
    assert _only("An election is due this September.", ref) == "1998-09"
    assert _only("They meet next March.", ref) == "1998-03"
    assert _only("Prices fell from the middle of October.", date(1997, 11, 20)) == "1997-10"
    assert find_dates("This May be true.", ref) == []


def test_the_last_week_of_a_month_or_term_is_no_week_before_the_article() -> None:
    ref = date(2000, 4, 14)
    assert _only("He spoke in the last week of March.", ref) == "2000-03"
    assert find_dates("It was the last year of his term.", ref) == []
    assert _only("He left last week.", ref) == "2000-W14"


def test_a_month_the_figures_are_for() -> None:
    ref = date(1998, 2, 6)
    assert _only("The export figures for January pointed to a slowdown in trade.", ref) == "1998-01"
    assert _only("After a small revision to December's figures, hiring looked strong.", ref) == "1997-12"
    assert find_dates("Theresa May's cabinet met.", ref) == []
    assert find_dates("Pressure grew for May to resign.", ref) == []


def test_a_quarter_of_the_year() -> None:
    ref = date(1989, 10, 27)
    assert _only("Operating profit for the third quarter slipped 8%.", ref) == "1989-Q3"
    assert _only("Profit rose in the fourth quarter of 1988.", ref) == "1988-Q4"
    assert _only("Fourth-quarter profit will rise, the company said.", ref) == "1989-Q4"
    assert _only("Profit rose last quarter.", ref) == "1989-Q3"
    assert _only("Sales in Q2 2023 rose.", ref) == "2023-Q2"
    assert span_of("1989-Q4") == (date(1989, 10, 1), date(1989, 12, 31))
    assert Moment.parse("1989-Q3").iso() == "1989-Q3"


def test_a_month_or_year_counted_from_the_date_the_text_named_last() -> None:
    found = find_dates("The following month, the brewer invited bids for its shares.", MONDAY, anchor=Moment(1989, 3))
    assert [(m.phrase, m.moment.iso()) for m in found] == [("The following month", "1989-04")]
    assert _only_anchored("Two months later the plant closed.", Moment(1989, 3, 10)) == "1989-05"
    assert _only_anchored("A year later he resigned.", Moment(1985, 6, 3)) == "1986"
    assert find_dates("The following day, the talks resumed.", MONDAY, anchor=Moment(1989, 3)) == []  # too coarse


def test_a_span_counted_before_a_clause_and_a_year_that_names_a_body_are_no_dates() -> None:
    anchor = Moment(2022, 10, 28)
    assert find_dates("Kell held the record, serving for just 119 days before he died.", MONDAY, anchor=anchor) == []
    assert find_dates("She met the chairman of the 1922 Committee on Thursday.", MONDAY)[0].phrase == "Thursday"
    assert len(find_dates("She met the chairman of the 1922 Committee on Thursday.", MONDAY)) == 1


def _only_anchored(sentence: str, anchor: Moment) -> str:
    (found,) = find_dates(sentence, MONDAY, anchor=anchor)
    return found.moment.iso()


def test_the_past_year_is_last_year() -> None:
    ref = date(1989, 10, 27)
    assert _only("Sales rose 5% in the past year.", ref) == "1988"
    assert _only("In the past month, prices fell.", ref) == "1989-09"
    assert find_dates("He lived in the past.", ref) == []


def test_a_weekday_that_repeats_is_no_date() -> None:
    assert find_dates("The market opens every Friday and each Sunday in summer.", MONDAY) == []


def test_a_fiscal_year_and_the_previous_weekday() -> None:
    ref = date(1989, 10, 27)  # a Friday
    assert _only("Profit rose in fiscal 1989, the company said.", ref) == "1989"
    assert _only("Shares were down 4.5% from the previous Friday.", ref) == "1989-10-20"


def test_a_date_in_a_clause_of_its_own_takes_that_clause_s_tense() -> None:
    friday = date(2024, 9, 13)
    sentence = "Staff will down tools Friday after the union voted late Thursday evening."
    assert [(m.phrase, m.moment.iso()) for m in find_dates(sentence, friday)] == [
        ("Friday", "2024-09-13"), ("Thursday", "2024-09-12")]


def test_a_quarter_with_its_year_before_it_and_the_year_earlier_one() -> None:
    ref = date(1989, 11, 2)
    assert _only("In the 1987 second quarter, the mill reported a small deficit.", ref) == "1987-Q2"
    found = find_dates("Third-quarter net fell to $2.3 million from $4.1 million a year earlier.", ref)
    assert [d.moment.iso() for d in found] == ["1989-Q3", "1988-Q3"]
    found = find_dates("Net rose in the third quarter from $90.5 million in the year-ago period.", ref)
    assert [d.moment.iso() for d in found] == ["1989-Q3", "1988-Q3"]


def test_year_earlier_results_are_a_year_before_the_article_s_period_not_before_last_year_or_a_forecast() -> None:
    ref = date(1989, 10, 30)
    def year_back(anchor: Moment) -> list[str]:
        return [d.moment.iso() for d in find_dates("The year-earlier results have been restated.", ref, anchor=anchor)]
    assert year_back(Moment(1988)) == ["1988"]  # after "Last year catastrophe losses totaled $5 million."
    assert year_back(Moment(1990, quarter=3)) == ["1988"]  # after a forecast "through the third quarter of 1990"
    assert year_back(Moment(1989, quarter=3)) == ["1988-Q3"]  # after the quarter the article reports


def test_a_month_of_last_this_or_next_year() -> None:
    ref = date(2024, 8, 15)
    assert _only("The disease has been circulating in Chad since about September last year.", ref) == "2023-09"
    assert _only("Elections are due in March next year.", ref) == "2025-03"


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("Atlanta nineteen ninety-six.", "1996"),
        ("January nineteen ninety-seven.", "1997-01"),
        ("Prices like that were last seen in the spring of nineteen ninety-two.", "1992"),
        ("Fears about the year two thousand have kept some banks busy.", "2000"),
        ("Nineteen oh five was a hard year.", "1905"),
    ],
)
def test_a_year_said_in_words_as_a_broadcast_transcript_writes_it(sentence: str, iso: str) -> None:
    assert _only(sentence, date(1998, 2, 27)) == iso


def test_numbers_in_words_that_are_no_year() -> None:
    ref = date(1998, 2, 27)
    assert find_dates("There were nineteen people at the meeting.", ref) == []
    assert find_dates("It cost two thousand dollars.", ref) == []


def test_a_year_earlier_with_no_date_before_it_is_the_year_before_the_articles() -> None:
    ref = date(1989, 10, 26)
    assert _only("The division cited weaker export demand than a year earlier.", ref) == "1988"
    assert find_dates("Two years later he resigned.", ref) == []


def test_the_current_fiscal_year_is_the_articles() -> None:
    ref = date(1989, 11, 2)
    assert _only("It expects to post higher sales in the current fiscal year.", ref) == "1989"
    assert _only("Profit this fiscal year will rise.", ref) == "1989"
    assert _only("Prices in the current month rose.", ref) == "1989-11"


@pytest.mark.parametrize(("sentence", "ref", "value"), [
    ("Two helicopters crashed last February.", date(1998, 3, 1), "1997-02"),  # the month just ended is "last month"
    ("Sales fell last December.", date(1998, 1, 10), "1997-12"),
    ("The accord was signed last May.", date(1998, 8, 1), "1998-05"),
])
def test_last_and_a_month_is_never_the_month_just_ended_in_the_same_year(sentence: str, ref: date, value: str) -> None:
    assert _only(sentence, ref) == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Saudi Arabia told oil companies of a cutback in their supply in September.", "1990-09"),
    ("Prices have risen since September.", "1989-09"),
    ("The clashes began right after the war erupted in Gaza in September.", "1989-09"),  # only where, between
    ("In September, the company collapsed.", "1989-09"),
    ("Sales fell in June.", "1990-06"),
])
def test_the_month_after_the_article_s_is_to_come_unless_told_past(sentence: str, value: str) -> None:
    assert _only(sentence, date(1990, 8, 16)) == value


@pytest.mark.parametrize("sentence", ["DSM had charges in the latest quarter.", "Results for the past quarter were weak.",
                                      "It lost money in the most recent quarter."])
def test_the_latest_quarter_is_the_one_just_ended(sentence: str) -> None:
    assert _only(sentence, date(1989, 11, 2)) == "1989-Q3"


@pytest.mark.parametrize(("sentence", "value"), [
    ("The permit had been due to lapse Friday evening.", "2018-08-31"),  # a plan overtaken: the Friday gone
    ("It is due to expire Friday evening.", "2018-09-07"),
    ("The port lost money due to its strike in the second quarter.", "2018-Q2"),  # "due to" a cause: no tense
    ("The team would be ready to leave as soon as Tuesday, the coach said.", "2018-09-04"),
    ("The delegation might arrive as soon as Tuesday.", "2018-09-04"),
    ("\"My client will fly out at dawn (5 a.m. local time Thursday),\" the lawyer said.", "2018-09-06"),
    ("On Tuesday, the Northern Orchard Growers Association plans to hold a rally.", "2018-09-04"),
    ("On Tuesday, the army shelled the town and officials said they will leave.", "2018-08-28"),
    ("Delegates are planning for the summit in April.", "2019-04"),
    ("On Friday, the ministry planned to send out the first refunds.", "2018-08-31"),  # a plan told in the past
    ("Just ahead of the envoy's trip, the ministry on Sunday issued a travel warning.", "2018-09-02"),  # the verb after
    # a deadline set, whenever it was set, is still to come
    ("The court has given the tenants until 9 a.m. Wednesday to leave.", "2018-09-05"),
    ("The agency extended its deadline until noon Thursday.", "2018-09-06"),
    ("The guests stayed in the villa until Thursday.", "2018-08-30"),
    # what is still to be done, in the passive infinitive
    ("The conviction, with sentencing to be announced in November, ends the trial.", "2018-11"),
    # a protest called for a day is still to come; one held, gone
    ("The opposition called for more protests Tuesday.", "2018-09-04"),
    ("Thousands joined the protests Tuesday.", "2018-08-28"),
    # what runs since a date began before now, whatever else the sentence will do
    ("The plan will be for the frigate to relieve the cruiser, which has been on patrol since March.", "2018-03"),
    ("The plant will stay shut, as it has been since Friday.", "2018-08-31"),
    ("The two sides have traded fire since the October 7 attack.", "2017-10-07"),  # a month and day ahead: last year's
    ("Troops have held the pass since September 20.", "2017-09-20"),
    ("Fire has crossed the border since the day after the start of the war on 7 October.", "2017-10-07"),
    ("The bridge has been closed since the flood and will reopen on 7 October.", "2018-10-07"),  # but what comes
    ("More dangerous weather is forecast to last through Wednesday.", "2018-09-05"),
    # a timetable told in the simple present is to come; in the past, gone
    ("The two leaders meet separately on Thursday with the envoy.", "2018-09-06"),
    ("The council votes Tuesday on the plan.", "2018-09-04"),
    ("The envoy, who arrived in the capital on Sunday, left.", "2018-09-02"),
    ("The council held a vote on Saturday.", "2018-09-01"),  # "a vote": no verb
    ("The president, who contests an election in May, said he would win.", "2019-05"),  # and so for a month
    ("The country holds a general election in May.", "2019-05"),
    ("The country held a general election in May.", "2018-05"),
])
def test_what_a_clause_says_of_time_to_come(sentence: str, value: str) -> None:
    assert _only(sentence) == value


@pytest.mark.parametrize(("sentence", "ref", "value"), [
    ("The firm means to repay the bridge loan by February.", date(2018, 10, 30), "2019-02"),
    ("Sales had fallen sharply by February.", date(2018, 10, 30), "2018-02"),
    ("The inquiry, which is supposed to report by May, stalled.", date(2018, 3, 22), "2018-05"),
    ("There is an elevated risk of wildfires in most parts of Canada until August.", date(2023, 6, 6), "2023-08"),
    ("The fighting went on until August.", date(2023, 6, 6), "2022-08"),
])
def test_a_deadline_by_a_month_is_to_come_unless_told_past(sentence: str, ref: date, value: str) -> None:
    assert _only(sentence, ref) == value


def test_a_month_and_day_just_after_the_new_year_is_next_years_unless_told_past() -> None:
    assert _only("The smaller payout is payable Jan. 5.", date(1989, 11, 2)) == "1990-01-05"
    assert _only("Police arrested him on Jan. 2 at the border.", date(1989, 12, 20)) == "1989-01-02"


def test_years_joined_by_and_or_or_and_a_year_a_possessive_sets_before_a_noun() -> None:
    ref = date(1989, 11, 2)
    assert _resolved("It would dilute earnings in both 1990 and 1991.", ref) == [("1990", "1990"), ("1991", "1991")]
    assert _resolved("He will stand in 1994 or 1995.", ref) == [("1994", "1994"), ("1995", "1995")]
    assert _resolved("He was fined twice from 1991 to 1997.", ref) == [("1991", "1991"), ("1997", "1997")]
    assert _resolved("The write-off will cut the company's 1989 operating results.", ref) == [("1989", "1989")]


def test_a_month_before_a_noun_or_after_through() -> None:
    ref = date(1999, 4, 19)
    assert _resolved("Police have evidence in the October shooting of a doctor.", ref) == [("the October", "1998-10")]
    assert _resolved("The bank is for sale under a March agreement with its shareholders.", ref) == [("a March", "1999-03")]
    assert _resolved("Lenders extended credit through January.", ref) == [("through January", "1999-01")]
    assert _resolved("The March on Washington drew crowds.", ref) == []
    assert _resolved("The May government fell.", ref) == []


def test_a_quotation_s_closing_stop_ends_its_clause() -> None:
    sentence = "The mayor said: “The city will not close the bridge.” Later she told reporters on December 30th: “We wait.”"
    assert _only(sentence, date(2012, 1, 4)) == "2011-12-30"


def test_a_year_earlier_after_a_comma_counts_from_the_period_before_it() -> None:
    sentence = "Third-quarter profit fell to $2 million, or 5 cents a share, from $3 million, a year earlier."
    assert _resolved(sentence, date(1989, 11, 2)) == [("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_a_year_ago_a_figure_is_set_against_is_a_baseline_not_a_date_of_anything() -> None:
    ref = date(1989, 10, 30)
    (quarter, ago) = find_dates("Profit for the third quarter dropped to $12.4 million from $19.8 million a year ago.", ref)
    assert (quarter.baseline, ago.baseline, ago.moment.iso()) == (False, True, "1988")
    (earlier,) = find_dates("Revenue was C$91.6 million compared with C$84.3 a year earlier.", ref)
    assert earlier.baseline
    (then,) = find_dates("The thrift had net income of $132,000 a year ago.", ref)
    assert not then.baseline  # what it had then: a date


def test_the_year_a_change_is_counted_from_is_a_baseline() -> None:
    (since,) = find_dates("The party won 71 seats, up by 63 from 2019.", date(2024, 7, 5))
    assert since.baseline
    (then,) = find_dates("The party won 11 seats in 2019.", date(2024, 7, 5))
    assert not then.baseline


def test_a_clause_with_no_tense_of_its_own_takes_the_sentence_s() -> None:
    found = find_dates("Two extra ferries would sail on Monday nights, with a third leaving each Thursday from "
                       "July 9.", date(1998, 2, 13))
    assert [(m.phrase, m.moment.iso()) for m in found] == [("Monday", "1998-02-16"), ("July 9", "1998-07-09")]
    arrived = find_dates("The minister, who will retire soon, arrived on Friday.", date(1998, 2, 13))
    assert [m.moment.iso() for m in arrived] == ["1998-02-13"]  # a clause of its own tense keeps it


def test_a_relative_date_quoted_alone_names_a_programme() -> None:
    assert _resolved("The minister, speaking on the network's \"This Week,\" said talks would resume.") == []
    assert _resolved("He told the \"Today\" show that he would run.") == []
    assert _only("\"Today, I am here to tell you the truth,\" he said.") == "2018-09-03"


def test_year_end_is_the_last_day_of_the_year_meant() -> None:
    ref = date(1989, 11, 1)
    assert _only("The bank hopes to close the merger by year-end.", ref) == "1989-12-31"
    assert _only("Deposits have grown 6% since year-end.", ref) == "1988-12-31"
    assert _resolved("Year-end profit trailed the 1986 figure.", ref) == [("1986", "1986")]  # a year's end, named as a noun's


def test_the_present_or_the_future_at_large_is_no_date() -> None:
    assert _resolved("The case is for today's youth what the war was for their parents.") == []
    assert _resolved("These are the leaders of tomorrow, the minister said.") == []
    assert _only("Today's vote was close.") == "2018-09-03"


def test_the_quarter_is_the_one_named_last_unless_a_day_ends_it() -> None:
    first = Moment(1989, quarter=1)
    ref = date(1989, 11, 1)
    assert [(m.phrase, m.moment.iso()) for m in find_dates("Deposits grew in the quarter.", ref, anchor=first)] == [
        ("the quarter", "1989-Q1")]
    ended = find_dates("For the quarter ended June 30, the bank reported a profit of $8 million.", ref, anchor=first)
    assert [(m.phrase, m.moment.iso()) for m in ended] == [("the quarter", "1989-Q2"), ("June 30", "1989-06-30")]
    (quarter, _) = find_dates("In the quarter ended Oct. 31, the chain sold 2.3 million units.", ref, anchor=first)
    assert quarter.moment.iso() == "1989-Q3"  # a fiscal quarter ending Oct. 31 is mostly the third


@pytest.mark.parametrize(("sentence", "ref", "value"), [
    ("The boy was found Thanksgiving Day clinging to an inner tube.", date(2000, 1, 7), "1999-11-25"),
    ("He was released on Christmas Eve.", date(2024, 1, 10), "2023-12-24"),
    ("The truce will start on Christmas Day.", date(2024, 12, 10), "2024-12-25"),
    ("The families will meet again next Thanksgiving.", date(2018, 9, 3), "2018-11-22"),  # the fourth Thursday
    # Easter moves with the moon, and its Sunday or Friday is no weekday counted back from the article's date
    ("The Easter Sunday bomb attacks killed 290 people.", date(2019, 5, 20), "2019-04-21"),
    ("Good Friday services had passed off calmly.", date(2019, 5, 20), "2019-04-19"),
    ("Crowds gathered on Easter Monday.", date(2024, 4, 10), "2024-04-01"),
])
def test_a_holiday_is_its_day_in_the_year_the_tense_makes_it(sentence: str, ref: date, value: str) -> None:
    assert _only(sentence, ref) == value


def test_easter_island_and_easter_week_are_no_day() -> None:
    assert find_dates("The ship reached Easter Island.", date(2019, 5, 20)) == []
    assert find_dates("Protesters prayed as Easter week began.", date(2000, 4, 17)) == []


@pytest.mark.parametrize(("sentence", "resolved"), [
    ("The fair runs from 30 May to 02 June 2023 and gathers 1,000 exhibitors.",
     [("30 May", "2023-05-30"), ("02 June 2023", "2023-06-02")]),
    ("The talks ran from December 28 to January 3, 2024.", [("December 28", "2023-12-28"), ("January 3, 2024", "2024-01-03")]),
])
def test_a_range_s_year_written_once_at_its_far_end_is_its_near_end_s_too(sentence: str, resolved: list) -> None:
    assert _resolved(sentence, ref=date(2025, 3, 3)) == resolved


def test_a_vote_set_for_a_day_is_still_to_come_though_it_was_set_in_the_past() -> None:
    ref = date(2014, 2, 22)
    assert _only("Parliament declared him unable to serve and set an early election for May 25.", ref) == "2014-05-25"
    assert _only("They set the date for a new presidential election on May 25.", ref) == "2014-05-25"
    assert _only("An early election was set for May 25.", ref) == "2014-05-25"
    assert _only("He won the election on February 2.", ref) == "2014-02-02"


@pytest.mark.parametrize("sentence", [
    "As the Warriors took a lead in the third quarter, Klay Thompson, who scored 30 points, hurt his knee.",
    "Toronto had a strong first quarter and at one point led it by nine points.",
    "Kyle Lowry shoots the ball against Golden State during the first quarter.",
])
def test_a_quarter_of_a_game_is_no_quarter_of_a_year(sentence: str) -> None:
    assert find_dates(sentence, date(2019, 6, 14)) == []
    assert _only("Profits rose in the third quarter.", date(2019, 11, 14)) == "2019-Q3"
