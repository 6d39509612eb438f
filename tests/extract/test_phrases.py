from bot.extract.phrases import article_phrases, phrases


def test_a_sentence_gives_its_content_words_and_adjacent_pairs() -> None:
    found = phrases("Chemical weapons were used near Idlib on Tuesday, the monitors said.")
    assert {"chemical weapons", "chemical", "weapons", "idlib", "monitors"} <= found
    assert "tuesday" not in found  # a weekday is no subject
    assert "idlib tuesday" not in found  # stopwords between words break a phrase
    assert "used near" not in found
    assert not {"amid", "despite", "amid tensions"} & phrases("Troops massed amid tensions despite the truce talks.")
    assert not {"away", "entire", "away entire", "ball past"} & phrases(
        "The torrent washed away entire neighbourhoods as he slid the ball past the keeper.")


def test_a_clause_mark_breaks_a_phrase_and_a_possessive_is_no_subject() -> None:
    found = phrases("Albanese's trip ended in Darwin; ministers stayed.")
    assert "albanese's trip" not in found and "albanese's" not in found
    assert "darwin ministers" not in found


def test_a_verb_after_a_modal_opens_no_phrase() -> None:
    found = phrases("Heavy rains could cause flooding inland, and help doesn't come. The outlet is reporting deaths.")
    assert not {"cause flooding", "cause", "come", "reporting"} & found
    assert {"heavy rains", "flooding inland", "help", "deaths"} <= found


def test_each_sentence_gives_its_phrases_once() -> None:
    first, second = article_phrases(["Flooding hit Valmora.", "Flooding hit Valmora again, and Valmora flooding worsened."])
    assert first.count("valmora") == 1 and second.count("valmora") == 1
    assert "valmora flooding" in second and "valmora flooding" not in first


def test_an_accented_word_is_one_word() -> None:
    assert phrases("Médecins Sans Frontières said so.") == {"medecins", "sans", "frontieres", "medecins sans",
                                                          "sans frontieres"}


def test_a_readout_s_introduction_gives_no_subject() -> None:
    assert phrases("The below is attributable to the spokesperson, following the call:") == {"spokesperson", "call"}


def test_a_short_word_is_a_subject_only_beside_another() -> None:
    found = phrases("Police fired tear gas as air strikes hit oil depots.")
    assert {"tear gas", "air strikes", "oil depots"} <= found
    assert not {"gas", "air", "oil"} & found


def test_a_pronoun_or_a_contraction_is_no_part_of_a_phrase() -> None:
    assert phrases("You're gambling with lives, he said, and everything works against us.") == {
        "gambling", "lives", "works"}


def test_the_word_that_introduces_a_name_is_no_part_of_a_phrase() -> None:
    assert phrases("Astronomers spotted a galaxy called jades-gs-z14-0, dubbed the earliest.") == {
        "astronomers", "spotted", "galaxy", "jades-gs-z14-0", "earliest", "astronomers spotted"}


def test_a_word_in_ing_that_takes_an_object_is_a_verb_no_subject() -> None:
    assert phrases("The helicopter carrying the president crashed in heavy fog.") == {
        "helicopter", "president", "crashed", "president crashed", "heavy", "heavy fog"}
    assert "heavy flooding" in phrases("Heavy flooding hit the region.")


def test_a_word_that_only_links_a_clause_is_no_part_of_a_phrase() -> None:
    assert phrases("The commission hereby declares the results given the count, and enough ballots.") == {
        "commission", "declares", "results", "count", "ballots"}
