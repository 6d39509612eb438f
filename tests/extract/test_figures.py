"""Figures that count something: the number, its hedge and what it counts; and what is not one."""

from __future__ import annotations

import math
from datetime import date

import pytest

from bot.extract.dates import find_dates
from bot.extract.figures import Quantity, find_quantities, format_value, phone_spans, snippet


def _one(sentence: str, **kwargs) -> Quantity:
    found = find_quantities(sentence, **kwargs)
    assert len(found) == 1, [q.written for q in found]
    return found[0]


def _written(sentence: str, **kwargs) -> list[str]:
    return [q.written for q in find_quantities(sentence, **kwargs)]


# --- qualifiers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "qualifier", "value"),
    [
        ("About 300 people attended the rally.", "about", 300),
        ("Nearly 5,000 households lost their power supply.", "nearly", 5000),
        ("At least 12 people were killed in the fire.", "at least", 12),
        ("More than 200 firefighters battled the blaze.", "more than", 200),
        ("Up to 40,000 residents may be evacuated.", "up to", 40000),
        ("As many as 3,000 fans were locked out.", "up to", 3000),
        ("An estimated 10,000 protesters marched through the city.", "about", 10000),
        ("Approximately, 2.9 million civilians are in the province.", "about", 2.9e6),
        ("Fewer than 50 passengers were on board.", "fewer than", 50),
        ("The hospital treated 85 patients overnight.", "", 85),
        ("The number of injured exceeds 200, the ministry said.", "more than", 200),
    ],
)
def test_qualifiers_are_read_and_normalised(sentence: str, qualifier: str, value: float) -> None:
    q = _one(sentence)
    assert q.qualifier == qualifier
    assert q.value == pytest.approx(value)


def test_a_qualifier_is_not_carried_across_a_clause_break() -> None:
    q = _one("Officials said about the fire; 300 homes burned.")
    assert q.qualifier == ""


def test_a_qualifier_word_that_ends_a_clause_before_and_qualifies_nothing() -> None:
    q = _one("Officials could not say how many were aboard when the ferry went under, and that 64 people had been saved.")
    assert (q.qualifier, q.value) == ("", 64)


def test_the_count_a_rise_began_from_is_set_against_and_the_count_it_reached_is_the_figure() -> None:
    assert [(q.value, q.counts) for q in find_quantities(
        "The ministry said the number of cases had increased to 627 from 257 recorded in January.")] == [(627, "cases")]
    assert [(q.value, q.counts) for q in find_quantities(
        "The ministry said the number of cases has risen from 646 recorded in January to 818 in 13 of its districts.")] \
        == [(818, "cases")]
    assert [(q.value, q.counts) for q in find_quantities(
        "The death toll from cholera in the country has increased from eight to 29, the ministry said.")] \
        == [(29, "death toll")]
    assert find_quantities("Two in five people live in poverty, and 1 in 3 adults smoke.") == []


def test_a_sum_set_against_another_is_of_the_same_thing_and_its_own_time() -> None:
    assert [q.counts for q in find_quantities(
        "Exports were at Rs 611 crore during the period, up 22 per cent from Rs 499 crore in the year-ago period.")] \
        == ["Rs exports", "Rs exports a year earlier"]
    assert [q.counts for q in find_quantities(
        "Revenue rose to Rs 885 crore in the quarter as compared with Rs 716 crore in the year-ago period.")] \
        == ["Rs revenue", "Rs revenue a year earlier"]
    assert _one("It had posted a net profit of Rs 95.79 crore for the corresponding period previous fiscal.").counts \
        == "Rs profit a year earlier"


def test_a_batter_s_or_a_bowler_s_figures_are_a_score_line_not_counts() -> None:
    for line in ("He struck a controlled 58 off 110 by turning the strike over.", "Varn took a vital haul of two for 34.",
                 "The score slipped to 47 for three.", "They posted a modest 240 all out.",
                 "The left-hander brought up his hundred off 95 balls.", "Varn led the chase with 76 off 83 balls.",
                 "Varn's combative 76 backed up a potent spin display.", "His unbeaten 34 helped Tarvia cross the line.",
                 "Varn was third, after Tom Gill (149 v Tarvia in 2007)."):
        assert find_quantities(line) == [], line
    assert [(q.value, q.counts) for q in find_quantities("Hamas freed 3 hostages for 90 prisoners.")] == [
        (3, "hostages"), (90, "prisoners")]
    assert [(q.value, q.counts) for q in find_quantities("The city's 300 injured were moved to Tarvo.")] == [
        (300, "people")]
    # nor is a score someone was on or hoped for, told with a personal pronoun
    assert [(q.written, q.counts) for q in find_quantities(
        "20-30 runs more would have been good and we were looking at 270-280 but we kept losing wickets.")] == [
        ("20-30", "runs")]


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Halvor has completed its acquisition of game-maker Tarvo Labs for $69 billion - closing the biggest deal.",
     "$ acquisition"),
    ("Halvor has completed its $69bn (£56bn) takeover of game-maker Tarvo Labs.", "$ takeover"),
])
def test_a_deal_s_sum_is_the_deal_s(sentence: str, counts: str) -> None:
    assert _one(sentence).counts == counts


@pytest.mark.parametrize(("sentence", "counts"), [
    ("It sold a $21 billion loss-making bond portfolio mostly consisting of US Treasuries.",
     "$ loss-making bond portfolio"),
    ("Shares closed at $106.04 Thursday, the exchange said.", "$ share price"),
    ("The fund has promised to contribute $500 million toward that total.", "$"),
    ("The average pay will rise to $119,309 under the new contract, the company said.", "$"),
    ("The bank will buy €60 billion between March and September.", "€"),
    ("As stock prices rose, Varnholt’s market capitalization has reached $3.3 trillion.", "$ market capitalization"),
])
def test_what_a_sum_counts_is_a_noun_not_a_day_a_direction_or_what_goes_on_about_it(sentence: str, counts: str) -> None:
    assert _one(sentence).counts == counts


def test_where_the_counted_are_is_no_part_of_what_is_counted() -> None:
    assert [(q.written, q.counts) for q in find_quantities(
        "The war has displaced 1.2 million people inside Korvale and sent 400 000 others abroad.")] == [
        ("1.2 million", "people"), ("400 000", "people")]


def test_a_figure_restated_is_the_one_before_unless_what_it_counts_follows_it() -> None:
    sentence = "He contested the official figure of 30,000 disappeared during the dictatorship."
    q = _one(sentence, context=("vote", "vote"))
    assert (q.counts, q.klass, q.restates) == ("disappeared", "people", False)
    assert _one("The UN put the figure at 10,000.", context=("people killed", "people")).restates


def test_how_long_two_people_have_been_close_or_since_something_else_is_no_figure() -> None:
    assert find_quantities("Tom Hale and his friend of 35 years, Ray Dunn, stayed behind to help.") == []
    assert find_quantities("The owner was in the stands in Harlow, 13 years after he last attended a match.") == []
    assert _one("He was jailed for 14 years after being convicted.").written == "14"
    # how long in a stretch of time, even after a share of a vote
    assert find_quantities("The movement has governed 16 of the last 20 years.", context=("vote", "vote")) == []
    assert [(q.written, q.counts) for q in find_quantities("She won 12 of the last 30 races.")] == [
        ("12", "races"), ("30", "races")]


def test_an_old_year_after_its_preposition_counts_nothing_the_sentence_before_counted() -> None:
    sentence = "By late Sunday, Barings, which was founded in 1767, was in ruins."
    assert find_quantities(sentence, context=("$", "money")) == []
    assert _one("Her husband of more than 40 years was jailed for 14 years.").written == "14"


def test_a_multiple_is_no_count() -> None:
    assert find_quantities("It has a mass 50 times that of our sun, under roughly 10,000 times greater pressure.") == []
    assert _one("He has been arrested 12 times since 2010.").counts == "times"


def test_a_time_ago_and_a_game_s_score_are_no_figures() -> None:
    assert find_quantities("Twelve months ago it was all over in four sets.") == []
    assert find_quantities("The Games opened 100 years after Harlow last hosted them.") == []
    assert find_quantities("The search was suspended about 18 hours after the collapse.") == []
    assert find_quantities("He came back from 15-40 down to hold serve.") == []
    assert _one("Between 15-40 people were hurt.").states == ("inju",)


def test_a_small_number_a_harm_befell_counts_people_and_being_shot_is_a_harm() -> None:
    assert [(q.value, q.counts, q.states) for q in find_quantities(
        "The president said that only six were killed during the protests.")] == [(6, "people", ("kill",))]
    assert _one("Police have shot four protesters, as witnessed by the commission, killing one.").states == ("inju",)
    assert _one("Police shot dead three men on Friday.").states == ("kill",)
    assert _one("Nine people have been shot and killed in the town.").states == ("kill",)
    assert _one("The air force shot down 25 attack drones over seven regions.").states == ()
    assert _one("Police shot at four protesters, resulting in one death.").states == ("inju",)
    assert _one("It was the first time three candidates had a legitimate shot at the presidency.").states == ()
    assert find_quantities("At least eight people, including two soldiers, were killed in a bombing.")[0].states == ("kill",)


def test_each_participle_in_a_chain_of_harms_states_its_own_count() -> None:
    assert [(q.written, q.states) for q in find_quantities(
        "The quake collapsed thousands of buildings, killing 21,848 people, injuring another 80,104 and leaving "
        "millions homeless.")] == [("21,848", ("kill",)), ("80,104", ("inju",))]


def test_so_many_dozens_are_counted_by_the_dozen() -> None:
    q = _one("The exchange involved two dozen prisoners and took place at an airport.")
    assert (q.value, q.counts) == (24, "prisoners")


def test_a_number_set_instead_of_another_counts_what_the_other_does() -> None:
    assert [(q.value, q.counts) for q in find_quantities("The vote was made by 22 instead of 24 members.")] == [
        (22, "members"), (24, "members")]


def test_a_number_written_in_words_and_then_in_figures_counts_the_noun_after_both() -> None:
    assert _one("FINA suspended the swimmer for a period of four (4) years from competing.").counts == "years"


def test_a_hedge_after_the_number_is_not_what_it_counts() -> None:
    assert _one("Clashes went on with more than 100 reportedly arrested.").counts == "arrested"
    assert _one("Some 30 allegedly died in the clashes.").counts == "people"


def test_an_age_told_bare_after_was_is_no_figure() -> None:
    assert find_quantities("He was 96.") == find_quantities("Kellaway was 90, his agent said.") == []
    assert find_quantities("Smith is 28 and would miss the Sydney Olympics.") == []
    assert find_quantities("She is a protected person under the rules, because she is not yet 16.") == []
    assert _one("The toll was 90.").counts == "toll"


def test_what_befalls_another_after_before_or_when_is_not_the_figure_s() -> None:
    assert _one("He was married to his wife for 51 years before she died of an illness in 2002.").states == ()


def test_a_train_s_number_before_its_name_counts_nothing() -> None:
    assert find_quantities("The coaches hit 12718 Ratnachal Superfast Express and overturned.") == []
    assert _one("About 5000 Syrian refugees crossed the border.").value == 5000  # a nation's people are counted


def test_a_toll_the_sentence_opens_with_counts_the_number_its_verb_rises_to() -> None:
    q = _one("The death toll in the crash of the Ratnachal Express and a goods train in the district of Vellar on "
             "Friday evening, which officials blamed on a signal fault, has risen to over 280.")
    assert (q.counts, q.qualifier, q.states) == ("death toll", "more than", ("kill",))


def test_rescue_work_is_what_the_counted_are_sent_for_not_what_befell_them() -> None:
    assert _one("The state rushed 60 ambulances for relief and rescue work.").states == ()


def test_a_hyphenated_noun_a_sum_is_of_is_named_whole() -> None:
    assert _one("The minister announced an ex-gratia of Rs 10 lakh to the families.").counts.endswith("ex-gratia")


def test_a_number_that_drowned_or_died_counts_the_dead_of_its_own_clause() -> None:
    drowned = _one("At least 41 migrants drowned early on Friday and dozens more were feared missing.")
    died = _one("Dozens are still missing after at least 37 died in the sinking of a ferry off the coast.")
    assert (drowned.counts, drowned.states) == ("migrants", ("kill",))
    assert (died.counts, died.klass, died.qualifier, died.states) == ("people", "people", "at least", ("kill",))


# --- what a figure counts -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written", "counts", "klass"),
    [
        ("Approximately, 2.9 million civilians are in the province.", "2.9 million", "civilians", "people"),
        ("Turkey hosts 3 million Syrian refugees.", "3 million", "Syrian refugees", "refugee"),
        ("Nearly 1,000 rebel fighters surrendered.", "1,000", "rebel fighters", "fighters"),
        ("Some 4 million living in Idlib could flee.", "4 million", "living", "people"),
        ("More than 200 firefighters battled the blaze.", "200", "firefighters", "firefighter"),
        ("Two million people fled the capital.", "Two million", "people", "people"),
        ("Half a million voters stayed at home.", "Half a million", "voters", "people"),
        ("A count of the same data put the number of affected countries at 74.", "74", "affected countries", "country"),
        ("The number of people displaced rose to 2,000.", "2,000", "people displaced", "people"),
        ("The number of wounded remains 290.", "290", "people", "people"),
        ("The flight, carrying 181 passengers and crew members, veered off the runway.", "181",
         "passengers and crew members", "people"),
        ("The funeral was attended by about 200 000, according to the Vatican.", "200 000", "people", "people"),
        ("The number of people in critical condition in hospital rose to 300.", "300",
         "people in critical condition in hospital", "people"),
        ("The number of deaths in Ishikawa Prefecture due to the quake has increased to 73.", "73", "deaths", "people"),
        ("Other hospitals, of which there are about 100 across the country, were full.", "100", "hospitals", "hospital"),
        ("Some 300 local and foreign journalists attended.", "300", "local and foreign journalists", "journalist"),
        # a number a sentence opens with is written out
        ("Twenty-nine witnesses testified against her.", "Twenty-nine", "witnesses", "witness"),
        ("Eleven churches were burned.", "Eleven", "churches", "church"),
        ("Seventy thousand people marched.", "Seventy thousand", "people", "people"),
        ("The hall showed all the trophies (35) he had won at the club.", "35", "trophies", "trophy"),
        # women among migrants, as migrant women
        ("The bodies of five women migrants were found.", "five", "women migrants", "women"),
        # a verb's past that does not end in "-ed" ends the noun too
        ("A vessel with some 150 people aboard went down on Saturday.", "150", "people aboard", "people"),
        # the harmed, not where or how they were harmed
        ("That surpassed the 8,800 killed in a magnitude 7.8 earthquake in Nepal in 2015.", "8,800", "people", "people"),
        # an adverb after the counted noun, with or without an "s"
        ("Then more than a dozen armed men reportedly stormed the studio.", "a dozen", "armed men", "men"),
    ],
)
def test_counted_noun(sentence: str, written: str, counts: str, klass: str) -> None:
    q = _one(sentence)
    assert (q.written, q.counts, q.klass) == (written, counts, klass)


def test_the_harmed_after_a_toll_are_not_counted_in_the_toll() -> None:
    toll, hurt = find_quantities("The death toll in Harlow has climbed to 1,250, with 2,054 injured, officials said.")
    assert (toll.counts, hurt.counts, hurt.klass) == ("death toll", "people", "people")
    assert hurt.states == ("inju",)


def test_a_body_count_is_of_people_and_rescue_workers_rescue_no_one_it_counts() -> None:
    q = _one("The confirmed body count has risen to over 4,300 as rescue workers contended with aftershocks.")
    assert (q.counts, q.klass, q.qualifier, q.states) == ("body count", "people", "more than", ("kill",))


def test_a_ratio_counts_nothing() -> None:
    assert find_quantities("Inflation bites, and two in five people live in poverty, one in 4 of them children.") == []


def test_the_verb_after_a_plural_noun_is_no_part_of_it_and_a_number_ends_it() -> None:
    first, second = find_quantities("Its nearly 4,000 workers join about 18,000 already striking at plants in Texas.")
    assert [(q.written, q.counts) for q in (first, second)] == [("4,000", "workers"), ("18,000", "workers")]
    assert _one("Some 300 people live in the camp.").counts == "people"


@pytest.mark.parametrize(("sentence", "shares"), [
    ("Results showed Mr Milei had nearly 56% of the vote compared with 44% for Mr Massa, with almost 90% of votes "
     "counted.", [("56%", "vote"), ("44%", "vote")]),
    ("Milei won about 56% of the vote, while Peronist Economy Minister Massa won just over 44%.",
     [("56%", "vote"), ("44%", "vote")]),
    ("The coalition leads with 79.6 percent of votes counted, officials said.", [("79.6 percent", "vote")]),
    ("Annual inflation is now over 140%.", [("140%", "inflation")]),
    ("So far 99% of votes have been counted, the commission said.", []),
    ("He won 40.2 percent of the votes, the commission said after counting 98 percent of the votes.",
     [("40.2 percent", "vote")]),
    # opening the sentence, the count's progress; the bare shares after it are the vote's
    ("With 96% of the ballots counted, the candidate of the Alliance is at 55.77%, while Ana Ruiz is at 44.22%.",
     [("55.77%", "vote"), ("44.22%", "vote")]),
    # a loser accepting defeat is no vote to accept anything
    ("Sol Mar got 55.7% of the votes, while his opponent accepted defeat quickly with 44% of the votes.",
     [("55.7%", "vote"), ("44%", "vote")]),
])
def test_a_rival_s_share_of_a_vote_and_a_rate_are_figures_but_how_far_the_count_went_is_not(
        sentence: str, shares: list[tuple[str, str]]) -> None:
    assert [(q.written, q.counts) for q in find_quantities(sentence)] == shares


def test_a_toll_reaches_its_figure_past_initials_and_a_hedge_of_something_else() -> None:
    q = _one("The latest official death toll in the deadliest U.S. fire in more than a century stood at 114.")
    assert (q.counts, q.qualifier, q.klass) == ("death toll", "", "people")


@pytest.mark.parametrize(("sentence", "value"), [
    ("A total of 37 269 new cholera cases were reported.", 37269),
    ("A cumulative total 787 813 cholera cases have been reported.", 787813),
    ("The funeral was attended by about 200 000, according to the Vatican.", 200000),  # a comma after it
    ("Some 1\u202f200 people fled.", 1200),
])
def test_digits_grouped_by_spaces_are_one_number(sentence: str, value: int) -> None:
    assert _one(sentence).value == value


def test_a_count_written_out_after_and_keeps_its_state_to_itself() -> None:
    cases, deaths = find_quantities("Overall, 132 confirmed cases and six deaths have been reported from Tarvel.")
    assert (cases.counts, cases.states, deaths.counts, deaths.states) == ("confirmed cases", (), "deaths", ("kill",))


def test_a_model_s_number_is_no_range() -> None:
    assert find_quantities("The black boxes from the Boeing 737-800 were damaged in the crash.") == []
    assert _one("Between 20-25 people were hurt.").written == "20-25"


def test_partitive_counts_the_noun_after_of_these() -> None:
    sentence = (
        "Approximately, 2.9 million civilians are in the province and "
        "at least 1.4 million of these civilians have been relocated there."
    )
    first, second = find_quantities(sentence)
    assert (first.written, first.qualifier, first.counts) == ("2.9 million", "about", "civilians")
    assert (second.written, second.qualifier, second.counts, second.klass) == ("1.4 million", "at least", "civilians", "people")
    assert second.value == 1.4e6


@pytest.mark.parametrize(("sentence", "qualifier"), [
    ("The death toll kept growing, exceeding 25,300 across the south.", "more than"),
    ("The death toll has passed 15,000 amid anger over the response.", "more than"),
    ("The number of injured exceeds 200, officials said.", "more than"),
    ("The toll surpassed the 10,000 mark on Friday.", "more than"),
    ("That surpassed the 8,800 killed in Nepal in 2015.", ""),  # another count, exact
])
def test_a_verb_that_says_a_count_is_past_a_figure_qualifies_it(sentence: str, qualifier: str) -> None:
    assert _one(sentence).qualifier == qualifier


def test_misspelt_a_least_still_means_at_least() -> None:
    assert _one("A least 1.4 million of these civilians have been relocated.").qualifier == "at least"


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("At least 12 people were killed in the fire.", "kill"),
        ("Up to 40,000 residents may be evacuated.", "evac"),
        ("Two million people fled the capital.", "fled"),
        ("At least 1.4 million of these civilians have been relocated there.", "relo"),
        ("The firm laid off 1,300 workers in May.", "layo"),
        ("The layoffs hit 300 staff.", "layo"),
        ("The bank said it would eliminate about 9,000 positions.", "cut"),
    ],
)
def test_what_happened_to_the_counted(sentence: str, state: str) -> None:
    assert state in _one(sentence).states


@pytest.mark.parametrize(("sentence", "counted"), [
    # what a number is "of" may be said to come from somewhere before the verb
    ("The number of fatalities from Hurricane Kestrel has reached 65 in the state.", [("65", "fatalities")]),
    # a qualifier before the count in the subject is no part of what is counted
    ("At least nine people were killed and 2,750 were wounded when pagers exploded.",
     [("nine", "people"), ("2,750", "people")]),
    ("Most were at 24 or more.", []),  # a quantifier alone says nothing of what is counted
    ("Here are top 10 updates on the protest.", []),  # a page's list
    ("He said a group of around 200 often armed youths led the violence.", [("200", "armed youths")]),  # how
    ("Colonised from the second half of the nineteen century, it has a special status.", []),  # which century
    ("It is unclear how it will hit the 15-member bloc where goods move freely.", [("15", "bloc members")]),
    ("A group had given Kell $50,000 that he divvied up.", [("$50,000", "$")]),  # a relative pronoun counts nothing
])
def test_what_a_figure_counts_when_its_subject_says(sentence: str, counted: list[tuple[str, str]]) -> None:
    assert [(q.written, q.counts) for q in find_quantities(sentence)] == counted


def test_a_fleet_has_fled_nowhere() -> None:
    assert _one("The airline will ground its fleet of 65 jets for inspections.").states == ()


def test_a_state_in_the_next_clause_is_not_the_figures() -> None:
    """"…from 75 countries, and five people have died": the countries did not die."""
    countries, died = find_quantities("Cases have been reported from 75 countries, and five people have died.")
    assert (countries.states, died.value, died.states) == ((), 5, ("kill",))
    assert _one("Hospitals treated 300 patients, but many more were injured.").states == ()


def test_another_figure_takes_the_previous_figures_noun() -> None:
    sentence = "About 1,200 people were evacuated in North Carolina and another 400 in Virginia."
    _, second = find_quantities(sentence)
    assert second.written == "400"
    assert (second.counts, second.klass) == ("people", "people")


def test_another_figure_in_the_next_sentence_uses_the_context_argument() -> None:
    q = _one("Another 400 were moved to shelters in Virginia.", context=("residents", "people"))
    assert (q.counts, q.klass) == ("residents", "people")
    assert find_quantities("Another 400 were moved to shelters in Virginia.") == []  # counting nothing it names


def test_a_restated_number_is_marked_as_restating_the_previous_one() -> None:
    q = _one("Officials later put the number at 14 million.", context=("people", "people"))
    assert q.restates is True
    assert (q.counts, q.klass) == ("people", "people")


# --- what is not a figure -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The club was founded in 1892 and won the league in 2016.",
        "He finished 7th in the race and 2nd in the sprint.",
        "Call 0300 555 0192 for help.",
        "Call 1-800-555-0176 for help.",
        "According to the paper, units of the 828 Bislach Brigade killed him on Wednesday.",  # a unit's number
        "Donations can be sent to account 62669147665 at the bank.",
        "Winds of 130 mph lashed the coast.",
        "The storm dropped 20 inches of rain on the town.",
        "Inflation rose 3.2% and the index gained 5 per cent.",
        "The party took 62 percent.",
        "The council adopted resolution 2736 unanimously.",
        "The 25-year-old striker scored twice.",
        "The meeting lasted 45 minutes.",
        "The plane landed at 10:45 in the morning.",
        "Only 1 person was on board.",
        "The magnitude 6.8 quake struck late on Friday.",
        # a quake's reading on a seismic scale
        "The quake struck at 4:10 p.m. Monday with a maximum seismic intensity of 7, officials said.",
        "It is the first earthquake registering 7 observed in Japan since a quake in Iburi.",
        "The quake registered upper 6 elsewhere in the prefecture.",
        "Officials raised the alert to level 4 on Monday.",
        "Engine 1 recovered, but engine 2 relit and could not arrest the deceleration.",
        "Rain fell without a break in the past 24 hours.",
        "They have called a press conference for 11:00 am (0900 GMT) on Wednesday.",
        "The polls close at 2000 UTC.",
        "Forty minutes later the talks ended.",
        "The drummer died of a heart attack in 1983 aged 34.",
        # a number that counts nothing the sentence names
        "Ambrose took five for 41 on Monday as Derbyshire won.",
        "Somerset were bowled out for 174 after tea.",
        "A teenager was hurt in the crash.",
        # a day of a month, whatever year it is of
        "Voters went to the polls in the 2 July election.",
        "Voters went to the polls in the July 2 election.",
        # a distance or a weight, however large
        "The asteroid is about 121 million miles away.",
        "The probe will bring back 60 grams (2.1 ounces) of dust.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_full_dates_are_skipped_when_passed_as_spans() -> None:
    sentence = "The storm hit on 14 September 2018 and 300 homes were flooded."
    skip = [(d.start, d.end) for d in find_dates(sentence, date(2018, 9, 20))]
    assert skip
    (q,) = find_quantities(sentence, skip)
    assert (q.written, q.counts) == ("300", "homes")


def test_phone_number_does_not_hide_a_real_figure() -> None:
    q = _one("Call 0300 555 0192 to reach the 20 volunteers on duty.")
    assert (q.written, q.counts) == ("20", "volunteers")


def test_phone_spans() -> None:
    text = "Call 0300 555 0192 or 1-800-555-0176 today; 2,900 people called."
    spans = phone_spans(text)
    assert len(spans) == 2
    assert text[spans[0][0] : spans[0][1]] == "0300 555 0192"
    assert text[spans[1][0] : spans[1][1]].endswith("800-555-0176")


# --- money --------------------------------------------------------------------------------


def test_money_is_its_own_class_with_its_currency() -> None:
    q = _one("Congress approved $1.93 billion in aid.")
    assert q.written == "$1.93 billion"
    assert q.value == pytest.approx(1.93e9)
    assert q.klass == "money"
    assert q.counts.startswith("$")


def test_money_in_pounds() -> None:
    q = _one("The appeal raised £250,000 for families.")
    assert q.value == 250_000
    assert q.klass == "money"
    assert q.counts.startswith("£")


def test_a_part_of_a_whole_someone_owns_counts_what_the_whole_does() -> None:
    assert [(q.written, q.counts) for q in find_quantities(
        "The toll rose to 50 as floods hit 27 of the state's 33 districts.")][1:] == [("27", "districts"), ("33", "districts")]


def test_a_move_in_money_after_its_percentage_is_the_same_move_and_no_range() -> None:
    assert [(q.written, q.counts) for q in find_quantities(
        "Vantor shares slid 11.12 per cent or $1.63 to $13.03 in early trading.")] == [
        ("11.12 per cent", "share price fall"), ("$13.03", "$ share price")]
    assert [q.written for q in find_quantities("The stock fell $1.63 to $13.03.")] == ["$1.63", "$13.03"]  # by, to


def test_south_asian_scales_and_grouping() -> None:
    assert [(q.written, q.value, q.counts) for q in find_quantities(
        "Nearly 17 lakh people were affected, and 4,80,399 people fled in Vesna.")] == [
        ("17 lakh", 1_700_000, "people"), ("4,80,399", 480_399, "people")]
    loss = _one("The loss is estimated at Rs 1,200 crore.")
    assert (loss.written, loss.value, loss.klass) == ("Rs 1,200 crore", 12_000_000_000, "money")


def test_money_after_a_currency_code_and_not_after_a_word_in_capitals() -> None:
    q = _one("Vermonters have been granted more than USD 19 million in household aid.")
    assert (q.written, q.value, q.klass, q.counts.split()[0]) == ("USD 19 million", 19e6, "money", "USD")
    assert "money" not in {q.klass for q in find_quantities("ALL 23 members of the TOP 40 chart sold 5,000 copies.")}
    assert find_quantities("The COP28 climate summit ended, and the COP 28 text was adopted.") == []


# --- intervals ----------------------------------------------------------------------------


def _interval(sentence: str) -> tuple[float, float]:
    return _one(sentence).interval


def test_interval_of_about_is_ten_percent_either_side() -> None:
    low, high = _interval("About 300 people attended the rally.")
    assert (low, high) == (pytest.approx(270), pytest.approx(330))


def test_interval_of_nearly_is_up_to_the_figure() -> None:
    low, high = _interval("Nearly 1,000 rebel fighters surrendered.")
    assert (low, high) == (pytest.approx(850), 1000)


@pytest.mark.parametrize("sentence", ["At least 12 people were killed.", "More than 200 firefighters battled the blaze."])
def test_interval_of_a_floor_is_open_above(sentence: str) -> None:
    low, high = _interval(sentence)
    assert low == _one(sentence).value
    assert math.isinf(high)


@pytest.mark.parametrize("sentence", ["Up to 40,000 residents may be evacuated.", "Fewer than 50 passengers were on board."])
def test_interval_of_a_ceiling_starts_at_zero(sentence: str) -> None:
    assert _interval(sentence) == (0.0, _one(sentence).value)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("The province has 2.9 million civilians.", 2.85e6, 2.95e6),  # rounded to 100,000
        ("The camp holds 3,250 refugees.", 3245, 3255),  # rounded to 10
        ("The city has 275,000 residents.", 274_500, 275_500),  # rounded to 1,000
        ("The camp holds 3,000 refugees.", 2700, 3300),  # rounded to 1,000, but at most ten percent
        ("The hospital treated 85 patients.", 84.5, 85.5),  # exact
        ("The region has 3 million residents.", 2.7e6, 3.3e6),  # a round figure, at most ten percent
    ],
)
def test_interval_of_a_bare_figure_follows_its_rounding(sentence: str, low: float, high: float) -> None:
    got_low, got_high = _interval(sentence)
    assert got_low == pytest.approx(low)
    assert got_high == pytest.approx(high)


def test_hedged_and_bare_figures_that_agree_have_overlapping_intervals() -> None:
    about = _one("About 2.9 million civilians are in the province.").interval
    bare = _one("The province has 3 million civilians.").interval
    assert about[0] <= bare[1] and bare[0] <= about[1]


# --- formatting ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (2.9e6, "2.9 million"),
        (1.25e6, "1.25 million"),
        (275_000, "275,000"),
        (1.93e9, "1.93 billion"),
        (1e6, "1 million"),
        (10_000_000, "10 million"),
        (999, "999"),
        (12.0, "12"),
        (1_255_000, "1,255,000"),
    ],
)
def test_format_value(value: float, text: str) -> None:
    assert format_value(value) == text


def test_short_sentence_snippet_is_the_whole_sentence() -> None:
    sentence = "  About 300 people attended the rally.  "
    q = _one(sentence)
    assert snippet(sentence, q.start, q.end) == "About 300 people attended the rally."


def test_long_sentence_snippet_keeps_the_figure_and_cuts_at_words() -> None:
    sentence = (
        "The regional authorities, speaking after a long meeting with aid agencies and local councils, "
        "said that 2.9 million civilians remained in the province while the roads to the north were closed "
        "by heavy rain, fallen trees and the wreckage of several lorries that had tried to leave overnight."
    )
    q = _one(sentence)
    cut = snippet(sentence, q.start, q.end, width=120)
    assert "2.9 million civilians" in cut
    assert cut.startswith("… ") and cut.endswith(" …")
    inner = cut.removeprefix("… ").removesuffix(" …")
    assert inner in sentence
    assert sentence[sentence.index(inner) - 1] == " "  # starts on a word boundary
    assert sentence[sentence.index(inner) + len(inner)] in " ,;"  # ends on a word boundary
    assert len(inner) <= 120


@pytest.mark.parametrize(("sentence", "written"), [
    ("China imposed tariffs on about A$20 billion of Australian exports.", "A$20 billion"),
    ("The fund now holds NZ$300 million.", "NZ$300 million"),
])
def test_money_in_other_dollars(sentence: str, written: str) -> None:
    q = _one(sentence)
    assert (q.written, q.klass) == (written, "money")
    assert q.counts.startswith(written.split("$")[0] + "$")


def test_a_currency_s_short_name_glued_to_its_sum_and_the_sum_converted_after_it() -> None:
    (q,) = find_quantities("Ruto wants to raise the Ksh3.9 trillion ($31 billion) national budget.")
    assert (q.written, q.counts, q.klass) == ("Ksh3.9 trillion", "Ksh national budget", "money")


def test_ringgit_glued_to_their_sum_are_money() -> None:
    found = find_quantities("The judge sentenced Najib to 12 years and a fine of RM210 million (S$68 million).")
    assert [(q.written, q.counts, q.klass) for q in found] == [
        ("12", "years", "year"), ("RM210 million", "RM fine", "money")]


def test_a_sum_takes_no_label_from_a_clause_after_as_and_a_pronoun_moved_nothing_named() -> None:
    q = _one("He said revenue would come in at $11 billion as chief executive Ana Kell said the market grew.")
    assert q.counts == "$"
    assert find_quantities("That was up 262 percent on the same period last year.") == []


def test_a_part_of_the_harmed_counts_people_not_the_figure_before() -> None:
    (q,) = find_quantities("14 of the injured suffered gunshot wounds.", (), ("spent shell casings", "casing"))
    assert (q.counts, q.klass, q.states, q.part) == ("people", "people", ("inju",), False)


def test_another_count_after_and_keeps_its_own_state_once_the_figure_s_is_said() -> None:
    assert [(q.value, q.states) for q in find_quantities("The minister said that 27 people were dead and four were "
                                                         "missing.")] == [(27, ("kill",)), (4, ("miss",))]
    militants, soldiers = find_quantities("Officials said 30 militants and three soldiers were killed.")
    assert (militants.states, soldiers.states) == (("kill",), ("kill",))


def test_what_a_toll_may_come_to_is_the_toll_and_given_counts_nothing() -> None:
    q = _one("The mayor said the death toll could climb to 20,000 given the number of districts washed away.")
    assert (q.written, q.counts) == ("20,000", "death toll")


@pytest.mark.parametrize(("sentence", "written", "counts"), [
    ("The exchange collapsed, losing $8 billion U.S. of client funds in the process.", "$8 billion U.S.",
     "$ client funds"),
    ("The firm lost $3 billion of customer money in the crash.", "$3 billion", "$ customer money"),
    # whose money it is says nothing of what it is; "due to" is why, not what
    ("Clients pulled out roughly $40 billion of their money.", "$40 billion", "$ money"),
    ("The bank lost $1.8 billion due to its sale of bonds.", "$1.8 billion", "$"),
])
def test_what_a_sum_is_of_and_whose_dollars_it_is(sentence: str, written: str, counts: str) -> None:
    q = _one(sentence)
    assert (q.written, q.counts) == (written, counts)


def test_a_figure_of_them_is_a_part_of_the_one_before_and_counts_the_same_things() -> None:
    whole, part = find_quantities("At least 1,320 people were hurt, 610 of them seriously.")
    assert (whole.counts, whole.part) == ("people", False)
    assert (part.counts, part.part) == ("people", True)


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("It closed at $6.02 on Monday.", "$"),
        ("The fund said net income fell 6 percent to $18.0 million.", "$ net income"),
        ("An analyst lowered his price target to $9 from his earlier target.", "$"),
        ("Revenue of $688.7 million beat expectations.", "$ revenue"),
        ("The lender had $209 billion in assets.", "$ assets"),
        ("The bank paid a $2 million fine.", "$ fine"),
    ],
)
def test_what_a_sum_counts_is_never_when_or_what_it_did(sentence: str, counts: str) -> None:
    assert _one(sentence).counts == counts


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("He said 14,206,517 out of nearly 31 million eligible voters had voted.", "eligible voters"),
        ("Masri secured 12,904,388 out of 13,870,021 valid votes.", "valid votes"),
        # and a whole with no noun of its own counts what its part does
        ("The hospital alone has treated 400 injuries out of approximately 2,800 caused by the blasts.", "injuries"),
    ],
)
def test_a_share_counts_the_things_of_the_whole(sentence: str, counts: str) -> None:
    part, whole = find_quantities(sentence)
    assert part.counts == whole.counts == counts


def test_a_sum_converted_in_brackets_is_the_same_figure() -> None:
    (q,) = find_quantities("The striker is set to earn approximately 22 million euros ($26m) net, according to the AP.")
    assert (q.written, q.counts) == ("22 million", "euros")
    (q,) = find_quantities("The former minister has also been fined $11m (around 70m Vesnan pounds).")
    assert q.written == "$11m"


def test_a_range_is_one_figure_whose_near_end_is_scaled_as_its_far_end() -> None:
    q = _one("A 30-day walkout could cost the firm between $1 to $1.5 billion in cash flow.")
    assert (q.low, q.value, q.written, q.counts) == (1e9, 1.5e9, "$1 to $1.5 billion", "$ cash flow")
    assert q.interval == (1e9, 1.5e9)


@pytest.mark.parametrize(
    ("sentence", "low", "high", "counts"),
    [
        ("The quick count gave her between 51.2% and 53.9% of the vote, the electoral authority said.", 51.2, 53.9, "vote"),
        ("She won 58% to 60% of the vote according to preliminary results.", 58, 60, "vote"),
        ("Between 3,000 and 5,000 people were displaced by the floods.", 3000, 5000, "people"),
        ("The storm killed 20-25 people in the province.", 20, 25, "people"),
    ],
)
def test_the_ends_of_a_range_bound_one_figure(sentence: str, low: float, high: float, counts: str) -> None:
    q = _one(sentence)
    assert (q.low, q.value, q.counts) == (low, high, counts)


@pytest.mark.parametrize(
    "sentence",
    ["The team lost 2-3 to the visitors before 20,000 fans.", "In 2014-15, some 20,000 fans came.",
     "The team won 3-1 before 20,000 fans."],
)
def test_a_score_or_a_season_is_no_range(sentence: str) -> None:
    assert [(q.low, q.value) for q in find_quantities(sentence)] == [(None, 20000)]


def test_what_befell_the_counted_says_what_they_are() -> None:
    found = find_quantities("About 38,640 were displaced in the flood-stricken region.", context=("deaths", "people"))
    assert [(q.value, q.counts) for q in found] == [(38640, "displaced")]
    another = find_quantities("Another 400 were killed in Virginia.", context=("deaths", "people"))
    assert [(q.value, q.counts) for q in another] == [(400, "deaths")]


def test_a_toll_that_rose_to_a_number_is_that_number_of_deaths() -> None:
    found = find_quantities("The death toll has soared to 4,270, the Red Crescent said.")
    assert [(q.value, q.counts, q.klass) for q in found] == [(4270, "death toll", "people")]
    headline = find_quantities("Death toll from the severe floods in Chad's Abeche rises to 4,270, UN says.")
    assert [(q.value, q.counts) for q in headline] == [(4270, "death toll")]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Forty-two deaths were reported, bringing the total cases and deaths to 9,415 and 318, respectively.",
         [("Forty-two", "deaths"), ("9,415", "cases"), ("318", "deaths")]),
        ("Sales and profit rose to $3.5 billion and $400 million, respectively.",
         [("$3.5 billion", "$ sales"), ("$400 million", "$ profit")]),
    ],
)
def test_each_figure_said_respectively_counts_its_own_noun(sentence: str, counted: list[tuple[str, str]]) -> None:
    assert [(q.written, q.counts) for q in find_quantities(sentence)] == counted


def test_a_toll_with_a_long_modifier_still_counts_what_it_rose_to() -> None:
    q = _one("The toll in the landslide that buried the hill villages on Sunday night has risen to 1,132, AFP said.")
    assert (q.value, q.counts, q.klass) == (1132, "toll", "people")


@pytest.mark.parametrize(("sentence", "value", "counts"), [
    ("China sent an 82-person team of rescuers to Yangon.", 82, "team members"),
    ("A 10-member delegation arrived in Kabul on Monday.", 10, "delegation members"),
    ("A 3,000-strong force crossed the border.", 3000, "force"),
    ("The vote in the 300-seat parliament is due next week.", 300, "parliament seats"),
])
def test_a_number_joined_to_member_or_strong_counts_what_it_describes(sentence: str, value: int, counts: str) -> None:
    q = _one(sentence)
    assert (q.value, q.counts) == (value, counts)


def test_a_toll_that_exceeded_a_number_counts_deaths() -> None:
    q = _one("MSF reported that the death toll in Kadugli, South Kordofan, has exceeded 140 since the siege began.")
    assert (q.value, q.counts, q.qualifier) == (140, "death toll", "more than")


def test_others_are_of_the_class_the_figure_before_counted_and_a_neighbour_s_state_stays_its_own() -> None:
    killed, displaced = find_quantities(
        "The fighting has killed at least 6,000 people and displaced more than 2 million others.")
    assert (displaced.counts, displaced.klass, displaced.states) == ("displaced", "people", ("disp",))
    assert killed.states == ("kill",)
    dead, wounded = find_quantities("At least 87 people had been killed and more than 640 have been wounded.")
    assert (dead.states, wounded.states) == (("kill",), ("inju",))
    deaths = _one("The war has led to an estimated 11,000 deaths and uprooted millions.")
    assert deaths.states == ("kill",)
    lives = _one("The fighting resulted in the loss of at least 12,400 lives.")
    assert (lives.counts, lives.klass, lives.states) == ("people", "people", ("kill",))
    assert _one("Over 29,600 lives have been lost in the conflict.").counts == "people"  # a toll, as others count it
    # a harm said in place of the people harmed counts people, and so do "others" after a toll
    wounded, dead = find_quantities("Some 1,000 were wounded, and 55 of 75 confirmed dead were identified.")[:2]
    assert (wounded.counts, wounded.states, dead.counts, dead.states) == ("people", ("inju",), "people", ("kill",))
    toll, missing = find_quantities("The official death toll from Monday's quake was 26, with 71 others missing.")
    assert (toll.counts, missing.counts, missing.states) == ("death toll", "people", ("miss",))
    *_, others = find_quantities("Among the victims were 4 women and 10 children, with 17 others injured.")
    assert (others.counts, others.states) == ("people", ("inju",))  # not 17 more children
    assert _one("About 290 lives were saved by the wall.").counts == "lives"
    assert _one("There were 300 people missing as rescuers scoured the rubble.").states == ("miss",)  # not rescued
    # what befell buildings and land, and the missing by another name
    assert _one("Almost 6,000 structures, including homes, have been destroyed.").states == ("dest",)
    assert _one("Some 100 people remained unaccounted for in the valley.").states == ("miss",)
    burned = _one("More than 245,000 acres of land were already burned as of Tuesday.")
    assert (burned.value, burned.counts, burned.states) == (245_000, "acres", ("burn",))
    assert find_quantities("The farm covers 400 acres.") == []  # land no fire took is a measure
    assert _one("Five people died when the blast destroyed their home.").states == ("kill",)  # no one is destroyed
    # and no land, span of time or town is evacuated, killed or arrested
    assert _one("Fires have burned 200,000 hectares and thousands of people were evacuated.").states == ("burn",)
    assert _one("Deaths were recorded in more than 80 cities, with most killings in Amol.").states == ()
    # a displacement camp is where the killed were, not what happened to them
    assert _one("At least 12 people were killed in the strike on a displacement shelter.").states == ("kill",)
    killed, _ = find_quantities("A journalist said on Saturday that at least 12 people had been killed in the strike on a "
                                "displacement shelter, while activists said nearly 60 people were killed.")
    assert killed.states == ("kill",)  # however far the shelter is from the figure


def test_martyred_perished_and_slain_are_ways_of_saying_killed() -> None:
    assert [_one(s).states for s in (
        "More than 20 people have been martyred in the camp, the civil defence said.",
        "At least 40 passengers perished when the ferry sank.",
        "Some 30 villagers were slain in the raid.")] == [("kill",)] * 3


def test_a_number_before_where_the_text_was_cut_counts_nothing() -> None:
    assert find_quantities("An estimated 10.7 million …") == []


@pytest.mark.parametrize(("sentence", "shares"), [
    ("The machinists rejected the contract by 94.2% and 96% voted to strike.",
     [(94.2, "vote to reject"), (96, "vote to strike")]),
    ("Workers on the west coast voted 96% in favor of striking.", [(96, "vote to strike")]),
    ("Sheinbaum won 59.8% of the vote.", [(59.8, "vote")]),
    ("She won 51.2 percent of the total valid votes cast.", [(51.2, "vote")]),
    ("Varga garnered 5,716,026 votes, or 53.85 percent, while Holt obtained 4,713,277 votes making 44.40%.",
     [(5716026, "votes"), (53.85, "vote"), (4713277, "votes"), (44.4, "vote")]),
    ("The coalition has so far gained 42 percent of public support.", [(42, "support")]),  # no rise of a coalition
    ("The index fell 2% on Friday.", []),
    ("Inflation rose 3.2% in May.", []),
])
def test_a_share_of_a_vote_is_a_figure_but_not_a_rate_s_move(sentence: str, shares: list) -> None:
    assert [(q.value, q.counts) for q in find_quantities(sentence)] == shares


@pytest.mark.parametrize(("sentence", "rates"), [
    ("Turnout was about 62 percent, the commission said.", [(62, "turnout")]),
    ("Inflation stood at 27.4% in August.", [(27.4, "inflation")]),
    ("The central bank kept its main interest rate at 4.5 per cent.", [(4.5, "interest rate")]),
    ("The jobless rate in Vesna fell to 11.2% last month.", [(11.2, "jobless rate")]),
    ("Unemployment hit 5 per cent, and the index gained 2%.", [(5, "unemployment")]),
    # by how much it was raised, then to what
    ("The central bank has raised interest rates by 0.5% to 6.75%, a 12-year high.", [(6.75, "interest rates")]),
    ("It raised interest rates for the ninth consecutive time to 3.5 per cent.", [(3.5, "interest rates")]),
])
def test_a_rate_named_for_what_it_measures_is_a_figure_of_its_day(sentence: str, rates: list) -> None:
    found = find_quantities(sentence)
    assert [(q.value, q.counts) for q in found] == rates
    assert all(q.snapshot for q in found)


def test_a_models_number_is_no_count() -> None:
    assert _written("A door plug panel blew out of a 737 Max jet; 30,000 workers build the 737 MAX.") == ["30,000"]


@pytest.mark.parametrize(("sentence", "changes"), [
    ("Shares fell nearly 15% in early trading on Friday.", [(15, "share price fall")]),
    ("As of 10 a.m. ET the stock traded 12% lower.", [(12, "share price fall")]),
    ("Boeing shares closed up 0.9 per cent on Thursday before the vote but are down 36 per cent this year.",
     [(0.9, "share price rise"), (36, "share price fall")]),
    ("The union was seeking a 40% raise and pension changes.", [(40, "raise")]),
    ("The deal included a general wage increase of 25 per cent.", [(25, "wage increase")]),
    ("Microsoft's stock also declined on Friday, falling by as much as 3% in premarket trade.",
     [(3, "share price fall")]),
])
def test_a_percentage_sizing_a_raise_or_a_share_price_move_is_a_figure(sentence: str, changes: list) -> None:
    assert [(q.value, q.counts) for q in find_quantities(sentence)] == changes


def test_a_count_with_its_share_in_brackets_counts_what_follows() -> None:
    q = _one("American Airlines came a distant second with about 180 (6 percent) of flights cancelled on Monday.")
    assert (q.value, q.counts, q.qualifier) == (180, "flights", "about")


def test_an_emergency_number_is_no_count() -> None:
    assert _written("Troopers confirmed 911 outages across the state, and 999 calls went unanswered in 3 counties.") == [
        "3"]


@pytest.mark.parametrize(
    ("sentence", "counts", "qualifier"),
    [
        ("Fitch Ratings cited a large fiscal deficit of above 5% of GDP and aid to the state oil firm.",
         "fiscal deficit (% of GDP)", "more than"),
        ("Public debt stood at 120 percent of gross domestic product last year.", "public debt (% of GDP)", ""),
        ("Defence spending will reach 2% of the country's GDP by 2030.", "defence spending (% of GDP)", ""),
    ],
)
def test_a_share_of_an_economy_is_a_figure_of_what_it_measures(sentence: str, counts: str, qualifier: str) -> None:
    q = _one(sentence)
    assert (q.counts, q.qualifier, q.percent) == (counts, qualifier, True)


@pytest.mark.parametrize("sentence", [
    "Medics said three people were killed and 76 injured when the missiles struck.",
    "Officials said 78 people had been killed and more than 320 wounded in the strikes, most of them civilians.",
])
def test_a_harmed_count_after_another_counts_what_the_first_counted(sentence: str) -> None:
    assert [(q.counts, q.states) for q in find_quantities(sentence)] == [("people", ("kill",)), ("people", ("inju",))]


def test_what_happened_is_read_past_a_share_set_between_commas() -> None:
    found = find_quantities("An estimated 1.9 million people, about 90% of the population, have been displaced.")
    assert [(q.counts, q.states) for q in found] == [("people", ("disp",))]


def test_a_time_after_the_counted_noun_is_not_part_of_it() -> None:
    assert [q.counts for q in find_quantities("The army said it struck more than 100 targets overnight.")] == ["targets"]


def test_a_share_of_anything_else_is_no_figure() -> None:
    assert find_quantities("Women rose to 5% of the workforce.") == []


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The attacks left at least five people dead and wounded six others.",
         [(5, "people dead", "at least"), (6, "people", "")]),
        ("At least a dozen people died as gang members attacked the main prison.", [(12, "people", "at least")]),
        ("Medics reported at least five fatalities at the barricades.", [(5, "fatalities", "at least")]),
        ("Two sides met in Geneva and three times they failed.", []),
        ("The veto of the five permanent members means nothing.", []),
    ],
)
def test_a_small_count_written_out_counts_people(sentence: str, counted: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.counts, q.qualifier) for q in find_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counts", "qualifier"),
    [
        ("According to Bloomberg, the number of ships using the strait decreased by 22% in March.", "ships fall", ""),
        ("Data showed that ship traffic in March decreased by 25  percent, with fewer ships.", "ship traffic fall", ""),
        ("Brent crude, the global benchmark, was up about 3 percent at $84.60 a barrel.", "Brent crude rise", "about"),
        ("Chile's peso lost as much as 3% against the dollar on Tuesday.", "peso fall", "up to"),
        ("The average wage in the mining and metals sector has risen by 9% since 2019.", "average wage rise", ""),
    ],
)
def test_what_a_named_thing_rose_or_fell_by_is_a_figure(sentence: str, counts: str, qualifier: str) -> None:
    q = next(q for q in find_quantities(sentence) if q.percent)
    assert (q.counts, q.qualifier) == (counts, qualifier)


def test_a_change_and_where_it_led_are_no_range() -> None:
    change, price = find_quantities("U.S. oil also rose by about 1.8 percent to $81.12 a barrel.")
    assert (change.low, change.value, change.counts, price.value) == (None, 1.8, "U.S. oil rise", 81.12)


def test_the_whole_a_part_is_of_keeps_its_own_hedge_and_not_the_part_s_fate() -> None:
    (whole,) = find_quantities("Almost all of the estimated 1,500 inmates fled during the breakout.")
    assert (whole.value, whole.counts, whole.qualifier, whole.states) == (1500, "inmates", "about", ())
    part, total = find_quantities("Only around 60 of the Central Prison's estimated 2,200 inmates were still inside.")
    assert [(q.value, q.counts, q.qualifier) for q in (part, total)] == [(60, "inmates", "about"), (2200, "inmates", "about")]


def test_a_share_of_a_land_is_a_figure() -> None:
    q = _one("Gangs control about 80% of the capital, the UN says.")
    assert (q.value, q.counts, q.qualifier) == (80, "share of the capital", "about")
    assert find_quantities("About 60% of the capital's residents have fled.") == []


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The owners have sought to cap their liability to approximately $21.4 million.", "$ liability"),
        ("The cleanup will have a price tag of $2 billion, officials said.", "$ price tag"),
        ("Rebuilding the bridge will cost an estimated $1.7 billion.", "$ cost"),
        ("In January, the revenue amounted to about $428 million.", "$ revenue"),
        ("Delta says the carrier is facing $300 million in costs for the outage.", "$ costs"),
        ("He was found guilty of accepting $3 million in bribes from the firm.", "$ bribes"),
    ],
)
def test_a_sum_counts_what_is_paid_or_earned_before_it(sentence: str, counts: str) -> None:
    assert _one(sentence).counts == counts


def test_when_a_count_was_said_is_no_part_of_what_it_counts() -> None:
    assert _one("Ferran left Barcelona after 14 years last week to join Olympique Lyonnais.").counts == "years"
    assert _one("Delta said it would cancel 840 flights yesterday.").counts == "flights"


# --- what a figure is not, and what it counts when a generic word comes first ---------------


@pytest.mark.parametrize(("sentence", "counts"), [
    ("A total of 204 deputies voted Saturday in favor of the motion.", "deputies"),
    ("It is above the figure of 8,000 North Korean troops earlier given by Ukraine.", "North Korean troops"),
    ("Some 700 soldiers reportedly in Kursk were captured.", "soldiers"),
    # what was claimed or reported is the subject after the verb
    ("Organizers claimed the turnout was around 1 million.", "turnout"),
    ("The ministry reported deposits fell to $3 billion.", "$ deposits"),
    # a lead or a margin is a difference between two counts, not a count of the thing itself
    ("She won with a lead of nearly 20 million votes.", "vote margin"),
])
def test_what_a_figure_counts_stops_at_its_noun(sentence: str, counts: str) -> None:
    assert _one(sentence).counts == counts


@pytest.mark.parametrize("sentence", [
    "A federal emergency is declared if there are more than 500 casualties.",
    "Unless 300 workers sign up, the plant will close.",
    "The prime minister, Han Duck-soo (75), will take over.",
    # a measurement, however written
    "The 7.7 magnitude quake struck at noon.",
    "An aftershock measuring 7.0 struck at noon.",
    "The magnitude of the first quake was 7.7 on the scale.",
])
def test_a_threshold_and_an_age_are_no_figures(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_a_number_glued_to_letters_is_a_name_or_a_label() -> None:
    assert _written("Gov. Dana Holt said at least 11 people had died, 11Alive reports. Posted 28w ago.") == ["11"]


def test_it_stood_at_counts_what_the_figure_before_counted() -> None:
    (q,) = find_quantities("Previously, it stood at 29.", context=("death toll", "people"))
    assert (q.counts, q.klass, q.restates) == ("death toll", "people", True)


def test_a_bare_number_goes_on_counting_only_within_its_sentence() -> None:
    assert find_quantities("More than 360,000 in the state remain without power.", context=("death toll", "people")) == []
    assert [q.counts for q in find_quantities("The strikes killed 30 people, 12 in Gaza.")] == ["people", "people"]


def test_those_who_remain_missing_and_what_a_sum_is_in() -> None:
    _, missing = find_quantities("95 people are confirmed dead and 26 remain missing.")
    assert (missing.counts, missing.klass, missing.states) == ("missing", "people", ("miss",))
    assert [q.counts for q in find_quantities("Around 5,000 residents remain without power.")] == ["residents"]
    assert _one("About $64 million in direct disaster assistance has been paid out.").counts == (
        "$ direct disaster assistance")


def test_of_which_counts_a_part_of_the_figure_before() -> None:
    _, abroad = find_quantities("It received 300 bids, of which 120 came from abroad.")
    assert (abroad.counts, abroad.part) == ("bids", True)


def test_more_or_remaining_before_the_noun_does_not_hide_what_is_counted() -> None:
    six = _one("The mediators hope to win the release of six more hostages this month.")
    assert (six.counts, six.klass) == ("more hostages", "hostage")
    assert _one("It seeks the freedom of nearly 40 remaining hostages.").klass == "hostage"
    assert _one("The toll rose to 33 or more.").counts == "toll"


@pytest.mark.parametrize(("sentence", "counts"), [
    ("The flooding is worsening, with over 64,000 newly displaced, aid groups said.", "newly displaced"),
    ("There are 1.2 million internally displaced people in the region.", "internally displaced people"),
    ("The Chronicle counted 41 damaged hospitals in Cheruulu.", "damaged hospitals"),
    ("Rebels killed 20 fleeing civilians.", "fleeing civilians"),
])
def test_a_participle_describing_what_is_counted_is_part_of_it(sentence: str, counts: str) -> None:
    found = _one(sentence)
    assert found.counts == counts and found.klass in ("people", "hospital")


def test_a_model_s_number_is_part_of_what_is_counted() -> None:
    jets = _one("The regulator has idled some 64 Boeing 787 jets pending checks.")
    assert (jets.written, jets.counts, jets.klass) == ("64", "Boeing 787 jets", "jet")


def test_a_toll_that_has_risen_to_a_figure_is_a_running_count_whatever_stands_between() -> None:
    toll = _one("The death toll from the strong quake that hit the northern province on March 3, 2025, has soared to "
                "2,118, the authorities said.")
    assert (toll.counts, toll.klass, toll.running) == ("death toll", "people", True)
    assert _one("The official death toll from the 6.9 magnitude quake that hit the coastal towns on Friday has "
                "reached 1400, officials said.").counts == "death toll"
    assert not _one("Officials said 30 people died.").running
    assert _one("As counting went on, the party was leading in 220 seats.").running  # a count still being made
    assert _one("Voter turnout stood at 59.71% by 5pm local time.").running  # the day's tally so far
    assert _one("At least 40 people were killed by 3 p.m. on Monday.").running
    assert not _one("Turnout was 67.1%, the highest in 40 years.").running
    missing = _one("Nearly 270 still missing, they said.")
    assert missing.counts == "missing"


def test_injuries_count_people_and_a_clause_after_and_the_says_nothing_of_them() -> None:
    hurt = _one("About 2,100 are injured in the province and the death toll may climb, the governor said.")
    assert (hurt.klass, hurt.states) == ("people", ("inju",))
    assert _one("Doctors have treated at least 415 injuries since the storm.").klass == "people"


def test_a_toll_named_before_a_comma_still_names_what_is_counted() -> None:
    toll = _one("Fears grew, possibly raising Laos’s death toll, which stood at 12 on Sunday.")
    assert (toll.counts, toll.states) == ("death toll", ("kill",))


def test_what_a_figure_is_set_against_is_no_figure_of_its_own() -> None:
    assert [q.written for q in find_quantities(
        "The party won 240 seats, a far cry from the 303 and 282 seats it had won in 2019 and 2014.")] == ["240"]
    assert [q.written for q in find_quantities("It won 29 seats in Vesna, higher than its 2019 tally of 22.")] == ["29"]
    assert [q.written for q in find_quantities("Sales rose to 300 units, up from 200 units a year ago.")] == ["300"]
    assert [q.written for q in find_quantities("More than 200 people died.")] == ["200"]


@pytest.mark.parametrize("sentence", [
    "The quake lasted for 25 thunderous seconds.",
    "It was the country's worst seismic catastrophe in 80 years.",
    "It was the highest turnout in more than 30 years.",
    "After 13 days of talks, the delegates agreed a text.",  # when, counted from the talks' start
    "Within 48 hours the rebels had left the town.",
])
def test_how_long_something_lasted_or_how_rare_it_is_is_no_figure(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_a_mixed_fraction_is_one_figure() -> None:
    years = _one("His lawyers had asked for just 6 1/2 years.")
    assert (years.written, years.value, years.counts) == ("6 1/2", 6.5, "years")
    fled = _one("About 2½ million people fled the storm.")
    assert (fled.written, fled.value, fled.counts) == ("2½ million", 2_500_000, "people")
    assert find_quantities("The storm could unload 1 to 2½ feet of rain on the coast.") == []  # a measure, as 2 feet


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Analysts had been anticipating a profit of $0.91 a share on revenue of $12.4 billion.", "$ expected revenue"),
    ("The firm booked revenue of $9 billion in the same quarter last year.", "$ revenue a year earlier"),
    ("The chipmaker posted earnings on revenue of $12.9 billion.", "$ revenue"),
])
def test_a_sum_expected_or_of_a_year_before_is_another_quantity(sentence: str, counts: str) -> None:
    assert find_quantities(sentence)[-1].counts == counts


@pytest.mark.parametrize("sentence", [
    "In all, 301 deputies backed the motion, exceeding the 276 votes needed.",
    "The motion required 276 votes, but it received 301.",
    "At least 276 votes were needed to bring down the cabinet.",
])
def test_a_threshold_is_not_a_tally(sentence: str) -> None:
    (needed,) = [q for q in find_quantities(sentence) if q.value == 276]
    assert "need" in needed.states


def test_a_conjunction_ends_what_is_counted() -> None:
    assert _one("Forecasts give the Greens about 90 seats once every ballot is counted.").counts == "seats"


@pytest.mark.parametrize(("sentence", "counts"), [
    ("The food company's shares lost 2.4% to $44.06 in trading Monday.", "$ share price"),  # when, then whose price
    ("The company spent $40 million in 2023.", "$"),
])
def test_where_or_when_a_sum_stood_is_not_what_it_counts(sentence: str, counts: str) -> None:
    assert [q.counts for q in find_quantities(sentence) if q.klass == "money"] == [counts]


def test_a_scaled_decimal_is_read_exactly() -> None:
    assert _one("Analysts had expected revenue of $264.4 million.").value == 264_400_000  # not 264,399,999.99999997


def test_a_figure_s_counted_noun_is_no_state_of_the_next() -> None:
    deaths, cases = find_quantities("As of March, 62 deaths with nearly 2,100 cases had been recorded.")
    assert (deaths.states, cases.states) == (("kill",), ())


def test_a_name_s_number_is_a_label_unless_set_in_thousands() -> None:
    assert [(q.value, q.counts) for q in find_quantities("The crew of Apollo 11 and 40 engineers met.")] == [
        (40, "engineers")]
    assert [(q.value, q.counts) for q in find_quantities("Varga won 5,716,026 votes and Holt 4,713,277 votes.")] == [
        (5716026, "votes"), (4713277, "votes")]


def test_what_jumped_to_a_figure_is_what_it_counts_but_a_time_never_is() -> None:
    found = find_quantities("It reported that monthly active users had jumped to 316 million from 308 million.")
    assert [(q.value, q.counts) for q in found][:1] == [(316_000_000, "monthly active users")]
    assert find_quantities("Workers applying for benefits for the first time soared to 626,000.") == []


def test_a_bare_number_a_harm_befell_goes_on_counting_the_people_before_it() -> None:
    found = find_quantities("The fever has infected more than 450 people and killed 178 – the first epidemic in years.")
    assert [(q.value, q.counts, q.states) for q in found] == [(450, "people", ("infe",)), (178, "people", ("kill",))]


def test_what_a_sum_is_for_is_not_what_it_counts() -> None:
    assert _one("The fund released US$500,000 to enable a rapid response to the outbreak.").counts == "US$"


def test_in_return_is_no_one_returning() -> None:
    assert _one("Korvat is to release 50 hostages and in return, prisoners will be freed.").states == ("abdu",)
    assert _one("Some 300 refugees returned home on Monday.").states == ("retu",)


def test_a_fire_s_size_and_how_far_it_is_contained_are_figures() -> None:
    found = find_quantities("The Tarn Fire has grown to 86,000 acres and containment now sits at 27 percent.")
    assert [(q.value, q.counts) for q in found] == [(86_000, "acres"), (27, "containment")]
    held = _one("Another blaze came under 92 percent containment on Thursday.")
    assert (held.value, held.counts, held.qualifier) == (92, "containment", "")  # under it, not fewer than
    assert _one("It was 15 percent contained by Tuesday.").counts == "containment"


def test_a_number_with_a_plus_is_more_than_it_and_counts_the_noun_after() -> None:
    crews = _one("A total of 2,800+ fire personnel are assigned to the Tarn Fire.")
    assert (crews.value, crews.written, crews.qualifier, crews.counts) == (2_800, "2,800+", "more than", "fire personnel")


def test_a_bare_number_after_a_counted_subject_counts_its_noun_not_its_number() -> None:
    found = find_quantities("Twenty-two structures were destroyed and 50 threatened.")
    assert [(q.value, q.counts) for q in found] == [(22, "structures"), (50, "structures")]


def test_a_sum_written_short_with_a_capital_b_is_billions_but_a_code_with_one_is_no_count() -> None:
    assert _one("Takeda agreed to acquire Shire for $62B in cash and stock.").value == 62_000_000_000
    assert [q.value for q in find_quantities("Under Section 3B of the act, 40 people were charged.")] == [40]


def test_metres_a_race_is_run_over_are_no_millions() -> None:
    assert [q.value for q in find_quantities("Largely competing in 10,000m races, he won 3 titles.")] == [3]
    assert [q.value for q in find_quantities("She won the 400m hurdles final ahead of 8 rivals.")] == [8]
    assert _one("The club paid £85m for the striker.").value == 85_000_000
    assert _one("The Tampa region is home to 3.3m people.").value == 3_300_000


def test_a_price_per_share_is_counted_per_share_not_by_the_rest_of_its_clause() -> None:
    offer = _one("The revised deal for $115 per share in cash represents a premium to the last closing price.")
    assert (offer.value, offer.counts) == (115, "$ per share")
    assert _one("It earned $1.09 per diluted share.").counts == "$ per diluted share"


@pytest.mark.parametrize(("sentence", "counted"), [
    ("Eric, a worker in the 767 program, asked not to be named.", []),
    ("Traffic backed up on the 405 freeway for hours.", []),
    ("The 200 people were rescued, and the 300 aircraft stayed grounded.", [(200, "people"), (300, "aircraft")]),
    ("The 120 workers who stayed were paid.", [(120, "workers")]),
])
def test_a_number_before_one_thing_names_it_and_counts_nothing(sentence: str, counted: list[tuple[int, str]]) -> None:
    assert [(q.value, q.counts) for q in find_quantities(sentence)] == counted


def test_how_far_a_tally_is_from_a_mark_is_no_tally_and_the_mark_counts_what_the_tally_does() -> None:
    assert [q.value for q in find_quantities("The party won 240 seats on its own, 32 short of the halfway mark.")] == [240]
    assert [q.value for q in find_quantities("It won 240 seats – 32 off the number needed for a majority.")] == [240]
    found = find_quantities("The alliance won 293 seats, more than 20 ahead of the 272 needed to form a government.")
    assert [(q.value, q.counts, q.states) for q in found] == [(293, "seats", ()), (272, "seats", ("need",))]


def test_a_hyphen_set_as_a_dash_ends_what_a_figure_counts() -> None:
    assert _one("The Coalition will likely hold 76 seats-a majority of just one.").counts == "seats"
    assert find_quantities("Sixty-seven people-including four crew members-were assumed dead.")[0].counts == "people"
    assert _one("The army bought 100 state-of-the-art drones.").counts == "state-of-the-art drones"


def test_an_adverb_after_a_sum_says_nothing_of_what_it_is() -> None:
    assert _one("Depositors with more than $250,000 ultimately get all their money back.").counts == "$"


def test_an_age_a_day_or_back_is_no_part_of_what_a_figure_counts() -> None:
    assert find_quantities("The agency identified the photographer as 50 year old Tarvo Osk.") == []
    assert _one("He was shot by two unidentified gunmen Monday night in the port town.").counts == "unidentified gunmen"
    assert _one("The cuts have put $880 billion back into the hands of citizens.").counts == "$"


def test_a_verb_after_and_or_also_after_the_noun_ends_what_a_figure_counts() -> None:
    assert _one("The police cracked down, killing at least 13 people and arresting thousands.").counts == "people"
    assert _one("The other four suspects also face terrorism charges.").counts == "suspects"
    assert _one("He netted more than $1 million through oil deals with the government.").counts == "$"


def test_the_end_of_a_span_of_years_is_no_figure() -> None:
    assert find_quantities("The Asian financial crisis of 1997 - 98 exposed longstanding weaknesses.") == []


def test_a_time_of_day_written_in_hours_is_no_count() -> None:
    assert find_quantities("Both sides would stop all firing with effect from 1700 hours IST.") == []
    assert find_quantities("The officer called at 1535 hours.") == []
    assert find_quantities("The Taliban entered around 1.00 a.m. (10.30 Irish time) yesterday.") == []
    assert find_quantities("The polls closed at 20.30 GMT.") == []
    assert [(q.value, q.counts) for q in find_quantities("Volunteers gave 1500 hours to the clean-up.")] == [
        (1500, "hours")]


def test_an_age_limit_and_an_index_s_name_are_no_counts() -> None:
    assert [(q.value, q.counts) for q in find_quantities(
        "All 175 passengers, including five children under the age of 10, were killed.")] == [
        (175, "passengers"), (5, "children")]
    assert find_quantities("The Standard & Poor’s 500 index sank on Friday.") == []


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Shares of Halvor (NASDAQ:HLV) plunged 16.86% on Monday.", "Halvor fall"),  # a ticker's aside, a colon in it
    ("Its market cap was overtaken by Tarvo, which managed to rise 3% during the day.", "Tarvo rise"),  # what "which" is
    ("Halvor (HLV.N) fell 5% on Monday.", "Halvor fall"),
])
def test_what_moved_by_a_percentage_is_read_past_an_aside_and_a_relative_pronoun(sentence: str, counts: str) -> None:
    assert [q.counts for q in find_quantities(sentence)] == [counts]


def test_an_age_told_bare_after_who_was_over_is_no_count() -> None:
    assert find_quantities("The patient, who was over 65 and had underlying medical conditions, died.") == []
    assert [q.value for q in find_quantities("The toll was over 65 and rising on Monday.")] == [65]


@pytest.mark.parametrize("sentence", [
    "A wall of water slammed into the city of 350,000 on Sulawesi island.",
    "Beslan is a town of 30,000 in North Ossetia.",
    "Norway, a nation of five million, was shaken to its core.",
])
def test_a_place_of_so_many_counts_the_people_who_live_there(sentence: str) -> None:
    assert [(q.counts, q.klass) for q in find_quantities(sentence, [], None)] == [("people", "people")]
