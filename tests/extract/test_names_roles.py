"""Names, the titles around them, and the sentence splitting they depend on."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.corpus import Article, parse_article
from bot.extract.names import acronym_fits, compact, find_names, fold, initials, strip_possessive, surname, tokens
from bot.extract.roles import looks_like_person_name, role_after, role_before, split_run
from bot.extract.sentences import article_sentences, split_sentences

# --- folding ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("François", "Francois"),
        ("De Mistura’s", "de Mistura's"),
        ("Walid al-Muallem", "walid al muallem"),
        ("Hay’at Tahrir al-Sham", "Hay'at Tahrir al Sham"),
        ("  Staffan   de Mistura ", "staffan de mistura"),
        # letters no accent makes, typed as the plain ones
        ("Mikdat Kadıoglu", "Mikdat Kadioglu"),
        ("Lech Wałęsa", "Lech Walesa"),
        ("Søren Ørsted", "Soren Orsted"),
    ],
)
def test_fold_makes_spellings_meet(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_results() -> None:
    assert fold("François") == "francois"
    assert fold("De Mistura’s") == "de mistura's"
    assert strip_possessive(fold("De Mistura’s")) == "de mistura"


@pytest.mark.parametrize(
    ("text", "compacted"),
    [("De Mistura", "demistura"), ("Walid al-Muallem", "walidalmuallem"), ("François Delattre", "francoisdelattre")],
)
def test_compact_is_what_people_type(text: str, compacted: str) -> None:
    assert compact(text) == compacted


def test_tokens_and_surname_drop_particles_and_articles() -> None:
    assert tokens("Walid al-Muallem") == ["walid", "muallem"]
    assert surname("Staffan de Mistura") == "mistura"
    assert surname(strip_possessive("De Mistura’s")) == surname("Staffan de Mistura")


# --- finding names ------------------------------------------------------------------------


def _names(sentence: str) -> list[str]:
    return [s.text for s in find_names(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The talks were chaired by Staffan de Mistura in Geneva.", "Staffan de Mistura"),
        ("The envoy later met Walid al-Muallem in Damascus.", "Walid al-Muallem"),
        ("Fighters loyal to Hay’at Tahrir al-Sham hold the town.", "Hay’at Tahrir al-Sham"),
        ("Officials said the U.S. Navy had moved ships out of the storm's path.", "U.S. Navy"),
        ("The court heard evidence from Ludwig van Beethoven Jr about the estate.", "Ludwig van Beethoven Jr"),
        ("Troops would stay, said Otto Wilhelm zu Hallenberg on Monday.", "Otto Wilhelm zu Hallenberg"),
        ("The army chief, Kamal uz Zaman, said an interim government would be formed.", "Kamal uz Zaman"),
        # a community "of" its members is one body's name, with or without its initials after it
        ("Leaders of the Economic Community of Central African States warned the junta.",
         "Economic Community of Central African States"),
        # a party's name across "for" ("Alternative for Germany", "Rally for the Republic")
        ("The rise of the far-right Alternative for Tarvia worried them.", "Alternative for Tarvia"),
        ("The shooter was a member of the Tarvian Society of Writers.", "Tarvian Society of Writers"),
        ("The Tarvia Division of Emergency Management alerted residents.", "The Tarvia Division of Emergency Management"),
        # an elided particle inside a name
        ("It happened in Côte d'Ivoire on Monday.", "Côte d'Ivoire"),
        ("The prize went to Valéry Giscard d’Estaing.", "Valéry Giscard d’Estaing"),
        # a body named for two fields of work across "and"
        ("According to the National Earthquake Monitoring and Research Center, a 6.4 earthquake was recorded.",
         "National Earthquake Monitoring and Research Center"),
        ("It was said by Dana Holt, spokesman for the National Flood Risk Reduction and Management Council.",
         "National Flood Risk Reduction and Management Council"),
        # a body named for a purpose, and a second after "and"
        ("Ada Kell leads the Union for Democracy and Social Progress (UDPT).", "Union for Democracy and Social Progress"),
        # a body's number is its name's
        ("She was convicted by Federal Court No. 2 of fraud.", "Federal Court No. 2"),
        # a place's saint or mount, written short
        ("He lost 3-0 at the hands of St. Louis in his opening game.", "St. Louis"),
        ("St. Lucie County Sheriff Keith Pearson said four people died.", "St. Lucie County Sheriff Keith Pearson"),
        ("He flew to Ft. Lauderdale.", "Ft. Lauderdale"),
        ("It grew during President Daniel arap Kiprono’s era.", "President Daniel arap Kiprono"),  # Kalenjin "son of"
    ],
)
def test_find_names_keeps_particles_and_initials(sentence: str, name: str) -> None:
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mr. de Mistura said the talks would continue.", "de Mistura"),
        ("Lt. Najy Mustafa, responded:", "Najy Mustafa"),
        ("The crowd cheered when Dr. Amina Yusuf arrived.", "Amina Yusuf"),
        ("The governor and his deputy Engr Aminu Yusuf visited.", "Aminu Yusuf"),  # titles of address in
        ("After the prayer, Malam Umar Tarvo extended his condolences.", "Umar Tarvo"),  # Nigerian news
    ],
)
def test_find_names_strips_titles_of_address(sentence: str, name: str) -> None:
    spans = find_names(sentence)
    assert name in [s.text for s in spans]
    span = next(s for s in spans if s.text == name)
    assert sentence[span.start : span.end] == name


@pytest.mark.parametrize(("sentence", "names"), [
    ("The Tarvel Department of Financial Protection and Innovation closed the bank.",
     ["The Tarvel Department of Financial Protection and Innovation"]),
    ("The Ministry of Foreign Affairs and International Cooperation said so.",
     ["The Ministry of Foreign Affairs and International Cooperation"]),
    ("The Ministry of Health and Hamas said 40 died.", ["The Ministry of Health", "Hamas"]),
    ("The Ministry of Defence and General Staff agreed.", ["The Ministry of Defence", "General Staff"]),
    # a field in the plural, and services as a field ("Human Services"), not as a body ("Armed Forces")
    ("A shelter in the Ministry of Agriculture and Animal Resources was hit.",
     ["A", "Ministry of Agriculture and Animal Resources"]),
    ("The Department of Health and Human Services said so.", ["The Department of Health and Human Services"]),
    ("The Ministry of the Interior and Safety said so.", ["The Ministry of the Interior and Safety"]),
    ("A deal with the Alliance of Motion Picture and Television Producers came.",
     ["A", "Alliance of Motion Picture and Television Producers"]),  # two trades sharing their plural
    ("The Ministry of Defence and Armed Forces agreed.", ["The Ministry of Defence", "Armed Forces"]),
    # a second field with its adjective
    ("The Institute of Space and Astronautical Science said so.", ["The Institute of Space and Astronautical Science"]),
    ("The Ministry of Finance and Central Bank met.", ["The Ministry of Finance", "Central Bank"]),
    ("Chad Oliver of the Yale School of Forestry and Environmental Studies said so.",
     ["Chad Oliver", "Yale School of Forestry and Environmental Studies"]),
])
def test_a_body_named_for_its_fields_takes_a_second_after_and(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), [
    ("The Civil Aviation Administration of Tarvia granted permission.",
     ["The Civil Aviation Administration of Tarvia"]),
    ("A group of the General Administration of Customs met.", ["A", "General Administration of Customs"]),
    ("Members of the International Brotherhood of Electrical Workers came.",
     ["Members", "International Brotherhood of Electrical Workers"]),
    ("The Writers Guild of Tarvia said the strike was over.", ["The Writers Guild of Tarvia"]),
])
def test_an_administration_a_brotherhood_or_a_guild_takes_of_into_its_name(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), [
    ("Unity Party of Tarvia Rep. Dana Kell said so.", ["Unity Party of Tarvia", "Dana Kell"]),
    ("North Tarvia Gov. Dana Kell said so.", ["Dana Kell"]),  # (a place before a title is the title's)
])
def test_a_body_s_name_ends_where_a_shortened_title_of_the_next_name_begins(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


def test_find_names_strips_possessives_and_splits_after_them() -> None:
    assert _names("The plan was backed by Russia’s Channel One.") == ["The", "Russia", "Channel One"]
    assert "al-Muallem" in _names("The envoy met Mr. al-Muallem’s deputy.")


def test_a_family_name_s_possessive_in_s_apostrophe_ends_the_owner_s_name() -> None:
    assert _names("Holmes’ Veranox, a blood testing startup, failed.") == ["Holmes", "Veranox"]
    assert _names("The Dockers' Guild went on strike.") == ["The Dockers' Guild"]
    assert _names("It came when the Lakers’ LeBron James passed him.") == ["It", "Lakers", "LeBron James"]


def test_a_month_and_a_day_after_a_name_are_no_part_of_it() -> None:
    assert _names("Holt was sentenced in San Jose Federal Court Nov. 18.") == ["Holt", "San Jose Federal Court"]
    assert _names("Prime Minister Theresa May 12 times said no.") == ["Prime Minister Theresa May"]


def test_a_weekday_the_wire_put_between_two_names_parts_them() -> None:
    assert _names("Zebari told the Associated Press Thursday Syria was afraid.") == [
        "Zebari", "Associated Press", "Syria"]
    sentence = "Zebari told the Associated Press Thursday Syria was afraid."
    assert all(sentence[s.start:s.end] == s.text for s in find_names(sentence))


def test_a_lone_title_of_address_is_not_a_name() -> None:
    assert _names("It was Mr.") == ["It"]


def test_runs_broken_by_and_or_for_are_joined_when_the_acronym_spells_them() -> None:
    assert "Armed Conflict Location & Event Data Project" in _names(
        "Data from the Armed Conflict Location & Event Data Project (ACLED) showed 40 incidents."
    )
    assert "International Organization for Migration" in _names(
        "Figures from the International Organization for Migration (IOM) showed 300 arrivals."
    )


def test_runs_are_not_joined_when_the_acronym_does_not_spell_them() -> None:
    names = _names("Staff from the Red Cross and Doctors Without Borders (MSF) arrived.")
    assert names == ["Staff", "Red Cross", "Doctors Without Borders", "MSF"]


# --- acronyms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("acronym", "name", "fits"),
    [
        ("HTS", "Hay’at Tahrir al-Sham", True),
        ("IOM", "International Organization for Migration", True),
        ("IOM", "The International Organization for Migration", True),
        ("ACLED", "Armed Conflict Location & Event Data Project", True),  # all initials but one
        ("WHO", "World Health Organization", True),
        ("IOM", "International Monetary Fund", False),
        ("UN", "European Union", False),
        ("ACLED", "Armed Conflict Location", False),  # more letters than the name has
        ("ACLD", "Armed Conflict Location & Event Data Project", False),  # two initials missing
        ("JxC", "Juntos por el Cambio", True),  # a small letter for a small word
        ("MoD", "Ministry of Defence", True),
        ("JxC", "Partido Justicialista", False),
    ],
)
def test_acronym_fits(acronym: str, name: str, fits: bool) -> None:
    assert acronym_fits(acronym, name) is fits


def test_initials_count_hyphenated_parts() -> None:
    assert initials("Hay’at Tahrir al-Sham") == "HTS"


# --- roles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "run", "name", "role"),
    [
        # a royal's or an emeritus's title may close on a word that heads none
        ("The King and the Queen Consort will remain.", "Queen Consort", "", "Queen Consort"),
        ("Her children, the Princess Royal and the Duke, came.", "Princess Royal", "", "Princess Royal"),
        ("Pope Emeritus Benedict XVI died.", "Pope Emeritus Benedict XVI", "Benedict XVI", "Pope Emeritus"),
        ("Musk fired General Counsel Ada Kell.", "General Counsel Ada Kell", "Ada Kell", "General Counsel"),
        ("Updated 1:09 PM CST Copied President Ada Kell spoke.", "CST Copied President Ada Kell", "Ada Kell",
         "President"),  # a page's clock and share button glued before a title are no part of it
        ("Chief Electoral Officer Navdeep Rinwa said so.", "Chief Electoral Officer Navdeep Rinwa", "Navdeep Rinwa",
         "Chief Electoral Officer"),  # an adjective between two title words is the title's
        ("The state's Chief Electoral Officer asked for calm.", "Chief Electoral Officer", "", "Chief Electoral Officer"),
        ("The Minister of State for Health Yvan Butera spoke.", "Health Yvan Butera", "Yvan Butera", "Health"),
        # a field of two words after a title's "for" runs on to the first name
        ("Minister for Climate Change Sherry Rehman spoke.", "Climate Change Sherry Rehman", "Sherry Rehman",
         "Climate Change"),
        (
            "Russian Foreign Minister Sergey Lavrov said the talks were useful.",
            "Russian Foreign Minister Sergey Lavrov",
            "Sergey Lavrov",
            "Russian Foreign Minister",
        ),
        (
            "Federal Emergency Management Agency Administrator Brock Long urged residents to leave.",
            "Federal Emergency Management Agency Administrator Brock Long",
            "Brock Long",
            "Federal Emergency Management Agency Administrator",
        ),
        (
            "Finance Minister Pavel Horak welcomed the decision.",
            "Finance Minister Pavel Horak",
            "Pavel Horak",
            "Finance Minister",
        ),
        # a title word after a name's first word is a part of the name
        (
            "Somali President Hassan Sheikh Mohamud attended the summit.",
            "Somali President Hassan Sheikh Mohamud",
            "Hassan Sheikh Mohamud",
            "Somali President",
        ),
        # "Staff" closes a title it does not head
        (
            "On August 7, Chief of the General Staff Valery Gerasimov reported to the president.",
            "General Staff Valery Gerasimov",
            "Valery Gerasimov",
            "General Staff",
        ),
        # a rank's abbreviation closing a title is left off it
        (
            "In a video statement, RSF commander Gen Tomas Varga promised accountability.",
            "RSF commander Gen Tomas Varga",
            "Tomas Varga",
            "RSF commander",
        ),
        # initials written without stops open the name after the title
        (
            "Kalinga Chief Secretary RN Suvar tweeted that the toll had risen.",
            "Kalinga Chief Secretary RN Suvar",
            "RN Suvar",
            "Kalinga Chief Secretary",
        ),
        # a title's word before a full name ("Cardinal"), but no company's name ("Cardinal Health")
        ("Asked about it, Cardinal Timothy Dolan smiled.", "Cardinal Timothy Dolan", "Timothy Dolan", "Cardinal"),
        ("Shares of Cardinal Health fell.", "Cardinal Health", "Cardinal Health", ""),
        ("Tánaiste Simon Harris paid tribute.", "Tánaiste Simon Harris", "Simon Harris", "Tánaiste"),
        # a title of hyphenated title words names no one
        ("They visited Deputy Inspector-General of Police Tarvo Osk.", "Deputy Inspector-General", "",
         "Deputy Inspector-General"),
        # "Major" after a colonel's or a sergeant's rank is the rank's
        ("Colonel Major Dana Holt read the statement.", "Colonel Major Dana Holt", "Dana Holt", "Colonel Major"),
        # a name of hyphened capitalised parts after a body's title is its holder
        ("Chief of Army Staff Tarvo-Uz-Zaman asked them to go home.", "Army Staff Tarvo-Uz-Zaman", "Tarvo-Uz-Zaman",
         "Army Staff"),
        # a magistrate's title before a full name
        ("Magistrate Dana Holt Osk said the margin did not matter.", "Magistrate Dana Holt Osk", "Dana Holt Osk",
         "Magistrate"),
        # a body's name of hyphened parts, one in initials, after a title's word names no one
        ("The chief executive of Air Tarvia-TKL, Dana Holt, resigned.", "Air Tarvia-TKL", "", "Air Tarvia-TKL"),
        # a title's complement that ends in things in the plural names no one
        ("The artistic director for the Tarvia Olympic Opening Ceremonies set the time.",
         "Tarvia Olympic Opening Ceremonies", "", "Tarvia Olympic Opening Ceremonies"),
        # a title with its field inside names no one
        ("Dana Holt, VP and Chief Philanthropy Officer for Tarvo Foods, spoke.", "Chief Philanthropy Officer", "",
         "Chief Philanthropy Officer"),
        # a rank before a plural noun names things, no one
        ("He spoke amid the results of the Indian General Elections in New Delhi.", "Indian General Elections",
         "Indian General Elections", ""),
        # a family name that is a title word too, after a first name
        ("When Tarvo County District Judge John Judge asked whether he was ready, he said no.",
         "Tarvo County District Judge John Judge", "John Judge", "Tarvo County District Judge"),
        # a season's best player
        ("Two-time Tarvo League MVP Kel Osk agrees to a 10-year deal.", "Tarvo League MVP Kel Osk", "Kel Osk",
         "Tarvo League MVP"),
        # a province's name after a title is the office's seat, before a name or alone
        ("Chief Minister Punjab Maryam Nawaz opened it.", "Chief Minister Punjab Maryam Nawaz", "Maryam Nawaz",
         "Chief Minister Punjab"),
        ("The court asked Inspector General Islamabad to appear.", "Inspector General Islamabad", "",
         "Inspector General Islamabad"),
        # but a body's name may end in words a title has before them
        ("Railroad Workers United called for nationalisation.", "Railroad Workers United", "Railroad Workers United", ""),
        # a title closed by "Elect" names no one
        ("INEC declared the President and Vice President Elect.", "Vice President Elect", "", "Vice President Elect"),
    ],
)
def test_split_run_separates_the_title_from_the_name(sentence: str, run: str, name: str, role: str) -> None:
    start = sentence.index(run)
    named = split_run(run, start, sentence)
    assert (named.name, named.role) == (name, role)
    assert sentence[named.start : named.end] == name


def test_split_run_after_ambassador_to_the_gives_the_complement_to_the_role() -> None:
    sentence = "The French Ambassador to the UN François Delattre spoke first."
    run = "UN François Delattre"
    named = split_run(run, sentence.index(run), sentence)
    assert (named.name, named.role) == ("François Delattre", "UN")


def test_sheikh_before_a_single_name_is_how_the_person_is_named_and_before_a_full_name_a_title() -> None:
    sentence = "Prime Minister Sheikh Hasina left as her sister, Sheikh Rehana, and Sheikh Tamim bin Hamad Al Thani spoke."
    assert [s.text for s in find_names(sentence)] == [
        "Prime Minister Sheikh Hasina", "Sheikh Rehana", "Tamim bin Hamad Al Thani"]
    named = split_run("Prime Minister Sheikh Hasina", 0, sentence)
    assert (named.name, named.role) == ("Sheikh Hasina", "Prime Minister")


@pytest.mark.parametrize(("sentence", "run", "name"), [
    ("Ada Kell, the leader of the Economic Freedom Fighters, said so.", "Economic Freedom Fighters",
     "Economic Freedom Fighters"),  # a body by its members
    ("The President of Sri Lanka Tarvo Rajapaksa resigned.", "Sri Lanka Tarvo Rajapaksa", "Tarvo Rajapaksa"),  # a land
    ("It was the leader of the Republic Nicos Sanders who spoke.", "Republic Nicos Sanders", "Nicos Sanders"),
])
def test_split_run_after_a_title_s_of_the_names_a_body_by_its_members(sentence: str, run: str, name: str) -> None:
    assert split_run(run, sentence.index(run), sentence).name == name


def test_split_run_after_chief_of_the_ends_the_complement_at_the_body_it_names() -> None:
    sentence = "Chief of the Defence Staff Tony Radakin said it was over."
    run = "Defence Staff Tony Radakin"
    named = split_run(run, sentence.index(run), sentence)
    assert (named.name, named.role) == ("Tony Radakin", "Defence Staff")


@pytest.mark.parametrize(("sentence", "run"), [
    ("The Director General of Military Operations of Tarvia called at noon.", "Military Operations"),
    ("She married Tom Holt, the outgoing Chancellor of Public Schools, on Sunday.", "Public Schools"),  # a plural
    ("Ana Lima, president of the First Panel of the court, opened the trial.", "First Panel"),  # a numbered part
    ("The talks were chaired by the Commissioner for Political Affairs of the Union.", "Political Affairs"),
    ("Ali Omar, a spokesman for the Afghan Taliban government’s disaster agency, spoke.", "Afghan Taliban"),  # a people
    ("He cast the leader of the National Rally as a far-right threat.", "National Rally"),  # an adjective's body
])
def test_split_run_after_a_title_s_of_leaves_a_field_no_one_s_name(sentence: str, run: str) -> None:
    assert split_run(run, sentence.index(run), sentence).name == ""


def test_what_follows_gen_z_is_no_name() -> None:
    assert _names("Tarvia Gen Z Protest News: Protests led by Gen Z turned violent.") == ["Tarvia", "Protests"]


def test_split_run_leaves_a_party_named_with_a_player_s_word_alone() -> None:
    sentence = "In the election, the Move Forward have won 151 seats."
    assert split_run("Move Forward", sentence.index("Move"), sentence).name == "Move Forward"


def test_split_run_leaves_a_plain_name_alone() -> None:
    sentence = "Staffan de Mistura arrived in Geneva."
    named = split_run("Staffan de Mistura", 0, sentence)
    assert (named.name, named.role) == ("Staffan de Mistura", "")


def _role_before(sentence: str, name: str) -> str:
    return role_before(sentence, sentence.index(name))


def _role_after(sentence: str, name: str) -> str:
    return role_after(sentence, sentence.index(name) + len(name))


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("US ambassador Nikki Haley told the council it must act.", "Nikki Haley", "US ambassador"),
        ("UN aid chief Tom Fletcher warned of famine.", "Tom Fletcher", "UN aid chief"),
        (
            "After the talks, the Syrian Foreign Minister, Walid al-Muallem said the army would press on.",
            "Walid al-Muallem",
            "Syrian Foreign Minister",
        ),
        ("The goal was scored by striker Tomas Varga in the first half.", "Tomas Varga", "striker"),
        ("It happened after referee Chris Kavanagh had blown the whistle.", "Chris Kavanagh", "referee"),
        ("Wolfsburg boss Dieter Hecking was not impressed.", "Dieter Hecking", "Wolfsburg boss"),
        # a preposition opening the sentence is no part of the title; one inside a body's name is
        ("For coach Tarvo Osk and the Chiefs, it was an embarrassing end.", "Tarvo Osk", "coach"),
        ("Centers for Disease Control director Tarvo Osk said so.", "Tarvo Osk", "Centers for Disease Control director"),
        ("His United teammate Juan Mata netted for Chelsea.", "Juan Mata", "United teammate"),
        ("“He is welcome in Paris,” PSG chairman Nasser Al-Khelaifi said.", "Nasser Al-Khelaifi", "PSG chairman"),
        # one plain noun before the title word says what kind of title it is
        ("Investors including media mogul Rupert Murdoch lost millions.", "Rupert Murdoch", "media mogul"),
        ("He dined with the tech billionaire Elon Musk.", "Elon Musk", "tech billionaire"),
        # but a verb between a name and a title is no part of either
        ("President Biden met billionaire Elon Musk.", "Elon Musk", "billionaire"),
        ("Mossad chief David Barnea met CIA director William Burns in Doha.", "William Burns", "CIA director"),
        # a relative pronoun opens a clause: nothing before it is the title
        ("He steered it towards the Iraqi goal which goalkeeper Karim Haddad had covered.", "Karim Haddad", "goalkeeper"),
        ("It marked the uprising that deposed former-president Tarvo Osk in May.", "Tarvo Osk", "former-president"),
        ("The win lifted them and lifted manager Tarvo Osk's team to fifth.", "Tarvo Osk", "manager"),
        # "former" changes whether the title is true: it stays
        ("Laporta blamed former president Josep Maria Bartomeu for the debt.", "Josep Maria Bartomeu", "former president"),
        # a lower-case kind of place ends the complement: the name after it is the holder's
        ("The governor of the province Maria Lopez reported that roads were shut.", "Maria Lopez", "governor of the province"),
        # so does a named body's lower-case kind ("Wagner mercenary group"), but not the kind alone ("rebel group M23")
        ("The head of Varno mercenary group Tarvo Osk said he was inside.", "Tarvo Osk", "head of Varno mercenary group"),
        ("The leader of rebel group Tarvo Osk said so.", "Tarvo Osk", ""),
        ("The political wing of Varnish separatist group VLA said so.", "VLA", ""),
        ("Its director of the Tarvo-based group Human Rights in Vesna said so.", "Human Rights in Vesna", ""),
        # after "to", a verb and its object: the object's title only
        ("The studio still hopes to hire producers Ada Kell and Rui Mota to run it.", "Ada Kell", "producers"),
        # a determiner opening the sentence is no part of the title
        ("Another survivor, Yalcin Aksoy, was dug from a collapsed building.", "Yalcin Aksoy", "survivor"),
        # many before a comma are no one's title, when the name's own title follows it
        ("The agency sent 380 specialists to the island, Keith Turi, FEMA deputy administrator, said.", "Keith Turi", ""),
        ("It serves residents on the islands of Oahu, Varno, Tesk and Molva.", "Varno", ""),
        # "and" opens no second place in a title's complement unless a capital does
        ("He was named by family members on social media and by Gov. Dana Kell on Sunday.", "Dana Kell", ""),
        # a rank in lower case is an adjective
        ("The private Korvala television news channel reported it.", "Korvala", ""),
        ("Osk was shot, said a post on his official Korvala page.", "Korvala", ""),
        ("Varno official Tarvo Osk said so.", "Tarvo Osk", "Varno official"),
        # a title in the possessive owns what follows it (but "Secretary-General's Special Envoy" is one title)
        ("It ends with the breaking of the pope's \"Fisherman's Ring\" and lead seal.", "Ring", ""),
        ("The Secretary-General's Special Envoy Tomas Varga spoke.", "Tomas Varga", "Secretary-General's Special Envoy"),
        # a quotation's close ends the title before a name; a title whose complement ends in a name is its holder's
        ("\"This is great news for Filipino people,\" anti-Duterte protester Dana Holt said.", "Dana Holt", "protester"),
        ("The board is former Secretary of the Treasury Larry Summers, Quora Adam Holt and Bret Taylor.", "Quora", ""),
        ("A professor at Charles W Eliot University, Dana Holt is also at Harvard.", "Dana Holt",
         "professor at Charles W Eliot University"),
        ("Speakers are Minister of Regional Cooperation David Amsalem, Prof. Dana Holt and others.", "Dana Holt", ""),
        ("The team has King of the Mountains winner Richard Virenque, Dana Holt and others.", "Dana Holt", ""),
        # a title someone is to be or become is no title of the name after it
        ("I accept your nomination to be President of the United States, Harris said.", "Harris", ""),
        ("Within a year of becoming Brooklyn Borough President, Dana Holt began meeting donors.", "Dana Holt",
         "Brooklyn Borough President"),  # but one become is held
        # a page's clock and its share button glued before the title are no part of it
        ("Posted Oct 28, 2024 6:19 AM CDT Copied Tarvia Prime Minister Dana Holt pauses.", "Dana Holt",
         "Tarvia Prime Minister"),
        ("Tarvia PM Dana Holt pauses.", "Dana Holt", "Tarvia PM"),  # ("PM" is no clock's here)
        ("In the TV announcement on Wednesday Col Maj Dana Holt said so.", "Dana Holt", "Col Maj"),  # not the day
        ("Guests will include presidents Dana Holt of Peru and others.", "Dana Holt", "presidents"),  # not the verb
        # a body's name after its lower-case kind is its own, when "the" in another language opens it
        ("He runs as the leader of the Libertarian party La Libertad Avanza.", "La Libertad Avanza", ""),
        ("Tarvel, Niger Republic - Niger President, Dana Holt has reportedly been detained.", "Dana Holt",
         "Niger President"),
        # many people who are the clause's subject open no title after its verb
        ("Jurors found former president Dana Holt guilty on all counts.", "Dana Holt", "former president"),
        ("The regime is over, Colonel-Major Dana Holt said.", "Dana Holt", "Colonel-Major"),  # a rank hyphenated
        # who lives in a place named after its kind is no title of the place's
        ("For Abu Holt, a resident of the border village Kelsa, the ceasefire brings hope.", "Kelsa", ""),
        ("The head of the region Dana Holt spoke.", "Dana Holt", "head of the region"),
        # who is famous for a game or a show, in the lower case ("Star Wars" is a name's word)
        ("The crowd cheered as football star Dana Holt appeared.", "Dana Holt", "football star"),
        ("Star Wars fans cheered.", "Wars", ""),
        # a title's word that is what something was made or became is no title of the name after it
        ("Before the results were made official, Dana Holt appeared on a bus.", "Dana Holt", ""),
        ("The commission declared former army chief Dana Holt the winner.", "Dana Holt", "former army chief"),
        # many people "of" the title's holder are not the title; a verb in -ed opens no title
        ("Supporters of Tarvia's former President Dana Holt demonstrate.", "Dana Holt", "Tarvia's former President"),
        ("Ada Kell has congratulated president-elect Dana Holt.", "Dana Holt", "president-elect"),
        ("The crowd cheered the designated successor Dana Holt.", "Dana Holt", "designated successor"),
        # a verb after a modal is no title, nor is someone's name that ends in a title's word
        ("Holt, who became COO in January, will lead Tarvo Commercial Airlines, effective immediately.",
         "Tarvo Commercial Airlines", ""),
        ("Dana Holt has opted to retire, with Stephanie Pope, Tarvo’s COO, taking over.", "Tarvo", ""),
        # a title ending a clause that opens the sentence is its own holder's, not the name's after the comma
        ("Finishing just over one point behind the American superstar, Dana Holt was the heir.", "Dana Holt", ""),
        ("Speaking on Monday the Kremlin spokesman, Dana Holt, said so.", "Dana Holt", "Kremlin spokesman"),
        # "There's" opening the sentence is no part of the title after it
        ("There’s Tarvo Holdings chairwoman Dana Holt, for instance.", "Dana Holt", "Tarvo Holdings chairwoman"),
        # a police force's chief constable
        ("They were pronounced dead by Varel Police Chief Constable Dana Holt.", "Dana Holt",
         "Varel Police Chief Constable"),
        # what the sentence's subject says or believes is no part of the title after it
        ("Police believe Kelsan journalist Dana Holt was killed.", "Dana Holt", "Kelsan journalist"),
        ("Police say journalist Dana Holt was killed.", "Dana Holt", "journalist"),
        # a title of address between the title and the name is no part of the title
        ("Others smashed statues of Kelsa's father Sheikh Dana Holt, the hero.", "Dana Holt", "Kelsa's father"),
        # nor is the conjunction opening the clause
        ("Although Tarvo chairman Dana Holt did agree, he will not stay.", "Dana Holt", "Tarvo chairman"),
    ],
)
def test_role_before(sentence: str, name: str, role: str) -> None:
    assert _role_before(sentence, name) == role


def test_a_clause_before_a_name_is_no_role() -> None:
    sentence = "If the order that the boy must go back to his father in Tarvia is to be contested, Reno ruled correctly."
    assert _role_before(sentence, "Reno") == ""


def test_no_role_before_a_plain_name() -> None:
    assert _role_before("The talks were chaired by Staffan de Mistura in Geneva.", "Staffan de Mistura") == ""


def test_a_body_s_size_is_no_title() -> None:
    assert _role_before("A party needs 272 seats in the 543-member Vesna Assembly.", "Vesna Assembly") == ""


def test_a_lead_held_in_a_race_is_no_title() -> None:
    assert _role_before("The figures show the wide lead Andrade holds over her rivals.", "Andrade") == ""
    assert _role_before("WHO technical lead Maria Van Kerkhove spoke.", "Maria Van Kerkhove") == "technical lead"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Vitaly Churkin, the Russian Ambassador to the UN, rejected the draft.",
            "Vitaly Churkin",
            "Russian Ambassador to the UN",
        ),
        ("Clara Anne Hewitt of Human Rights Watch said the strikes were unlawful.", "Clara Anne Hewitt", "Human Rights Watch"),
        (
            "Anna Berg, a spokeswoman for the fire service, said crews were tired.",
            "Anna Berg",
            "spokeswoman for the fire service",
        ),
        (
            "Dr Imogen Harte, the WHO's technical lead for the disease, said the risk was moderate.",
            "Imogen Harte",
            "WHO's technical lead for the disease",
        ),
        # a participle or "now" after the title opens what the person does, not more title
        (
            "“The panel got it right,” said Dana Morrow Fitch, a former federal prosecutor now working as a defence lawyer.",
            "Dana Morrow Fitch",
            "former federal prosecutor",
        ),
        ("Omar Haddad, a spokesman speaking on condition of anonymity, said so.", "Omar Haddad", "spokesman"),
        # what one leads or represents, a number in it whole
        ("It was clear, said Ray Tolland, who represents about 21,000 workers in the Great Lakes region.", "Ray Tolland",
         "representative of about 21,000 workers in the Great Lakes region"),
        # a clause after the comma is no title, whatever title it names
        ("He said in Detroit, Michigan, that Tomas Varga is the candidate to lead the country.", "Michigan", ""),
        # nor one who speaks after a list ends in a name: the title is the speaker's
        ("The air force lost one Su-30 and one Tarvo Falcon, a military spokesperson told a news conference.",
         "Tarvo Falcon", ""),
        # nor a clause with a title at its end
        ("The council, which is controlled by Tarvo, announced early Monday that the president had won.", "Tarvo", ""),
        # but a bare title ends before the verb of saying its name goes with, and never runs past it
        ("Crews will map the field, Ada Kell, director for salvage with the U.S. Navy said during the briefing.",
         "Ada Kell", "director for salvage with the U.S. Navy"),
        ("Crews will map the field, Ada Kell, a director for salvage with the U.S. Navy said during the briefing.",
         "Ada Kell", ""),
        # nor a subject and its verb after an opening phrase ends in a name
        ("In a video posted on Varga's Telegram, the army commander-in-chief briefed the president on the situation.",
         "Telegram", ""),
        # the full stop of "U.S." before the rest of a body's name ends nothing; a dash ends the title
        ("It was strong, said Susan Holt, seismologist with the U.S. Geological Survey – stronger than in 1994.",
         "Susan Holt", "seismologist with the U.S. Geological Survey"),
        # the comma that ends the title cuts a quotation: no mark is left open
        ("Dana Holt, the president of 'Summit 28,' called it historic.", "Dana Holt", "president of Summit 28"),
        # the sciences' titles
        ("Dr. Kelsa Mund, an astronomer at the University of Varna, said so.", "Kelsa Mund",
         "astronomer at the University of Varna"),
        # a thing of someone's: no title
        ("He spoke outside 10 Downing Street, the official residence of the British prime minister.",
         "Downing Street", ""),
        ("Dana Holt, editor at large of the Catholic publication America, said so.", "Dana Holt",
         "editor at large of the Catholic publication America"),
        # the name's own verb, or more people, after its comma: no title
        ("Pope Francis, born in 1936 as Jorge Bergoglio, was elected Pope in 2013.", "Jorge Bergoglio", ""),
        # a verb in -ing with its object, or a preposition, opens no appositive (but "acting" is a title's word)
        ("Tottenham were held 2-2 by Kelsea, giving Varel an unassailable lead with two games left.", "Kelsea", ""),
        ("The union said on Twitter, after the player was carried off the field.", "Twitter", ""),
        ("He met Dana Holt, acting President of the union, on Monday.", "Dana Holt", "acting President of the union"),
        # the clause's verb after a name set in a relative clause: another's title
        ("Prime Minister Dan Holt, who was appointed by Kell, becomes acting president.", "Kell", ""),
        ("\"Salmah, Tumador, Hakim and his wife. Oh my God,\" she wailed.", "Tumador", ""),
        # nor whom one is with or like
        ("Reports suggested that Dana Holt, along with her sister, had left the capital.", "Dana Holt", ""),
        ("Ada Kell, like many others, left.", "Ada Kell", ""),
        # whom someone is "with" by a title and a name is no body of theirs
        ("Rapporteurs Ada Kell and Dana Holt with Parliament President Roberta Metsola.", "Dana Holt", ""),
        ("Ada Kell of the Tarvel Research Institute said so.", "Ada Kell", "Tarvel Research Institute"),
        ("Ada Kell of Ecuador took the polka dot jersey.", "Ada Kell", ""),  # where she is from
        ("They include Ada Kell of Ecuador and Dana Holt of Peru.", "Ada Kell", ""),  # and the next name
        ("They included Rep. Ada Kell of Colorado and Rep. Dana Holt of Virginia.", "Ada Kell", ""),  # a US state
        ("They included Rep. Ada Kell of Colorado and Rep. Dana Holt of Virginia.", "Dana Holt", ""),
        # a title running into the next name is that name's
        ("Tipped for a bid are Mr Kell, leader of the Commons Penny Mordaunt and former home secretary Dana Holt, with "
         "some MPs.", "Kell", ""),
        ("The helicopter carried Ada Kell, the country's foreign minister, and other officials.", "Ada Kell", ""),
        # a clause of the holder's own ends the title
        ("\"I am eager,\" said Dana Holt, a software engineer at Tarvo as she stood outside a store.", "Dana Holt",
         "software engineer at Tarvo"),
        # and so does its verb, when the comma before it is left out
        ("Dana Holt, chairperson for Vesna Electoral Commission announced the winner in Harlow, said so.", "Dana Holt",
         "chairperson for Vesna Electoral Commission"),
        ("On August 31, 1997, Diana, Princess of Wales died in a car crash in Paris.", "Diana", "Princess of Wales"),
        ("\"Thousands more will die,\" Dana Holt, director of the campaign warned.", "Dana Holt",
         "director of the campaign"),
        # what befell someone, in a participle's phrase, is no title
        ("Dana Holt, elevated from vice president, becomes the first woman in the post.", "Dana Holt", ""),
        # the office one is kept or named "as"
        ("He retained his top confidante, Ada Kell, as chief Cabinet secretary.", "Ada Kell", "chief Cabinet secretary"),
    ],
)
def test_role_after(sentence: str, name: str, role: str) -> None:
    assert _role_after(sentence, name) == role


def test_no_role_after_a_list_of_names() -> None:
    assert _role_after("Vitaly Churkin, Nikki Haley and François Delattre met on Friday.", "Vitaly Churkin") == ""


# --- sentences ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Mr. de Mistura arrived in Geneva on Monday. He met Dr. Amina Yusuf there.",
            ["Mr. de Mistura arrived in Geneva on Monday.", "He met Dr. Amina Yusuf there."],
        ),
        ("Lt. Najy Mustafa, a spokesman, responded. He was calm.", ["Lt. Najy Mustafa, a spokesman, responded.", "He was calm."]),
        (
            "The U.S. Navy moved ships. Officials said the U.S. would help.",
            ["The U.S. Navy moved ships.", "Officials said the U.S. would help."],
        ),
        (
            "The rains began. Then they stopped! Did they stop? Yes.",
            ["The rains began.", "Then they stopped!", "Did they stop?", "Yes."],
        ),
        (
            "Prices rose by 2.5 per cent. The bank said more was to come.",
            ["Prices rose by 2.5 per cent.", "The bank said more was to come."],
        ),
        # a page that lost the space after its full stops; a web address is no boundary
        (
            "The court upheld the decision.Yoon was removed. It called it 'a betrayal.'The judges agreed at RTTNews.Com today.",
            ["The court upheld the decision.", "Yoon was removed.", "It called it 'a betrayal.'",
             "The judges agreed at RTTNews.Com today."],
        ),
        # a company's legal form in French or Spanish opens its name
        (
            "The bid by Cie. Financiere de Valmont was too low. Cia. Minera Tarvel agreed.",
            ["The bid by Cie. Financiere de Valmont was too low.", "Cia. Minera Tarvel agreed."],
        ),
        # initials or a firm's legal form end a sentence when a pronoun or "The" follows (after a title, a name)
        (
            "The fund works on H.I.V. He said it would grow. They met in the U.S. The talks ended. "
            "Mr. He Lifeng joined Acme Corp. The deal was done.",
            ["The fund works on H.I.V.", "He said it would grow.", "They met in the U.S.", "The talks ended.",
             "Mr. He Lifeng joined Acme Corp.", "The deal was done."],
        ),
        # so does a lone letter: a name's initial is followed by the rest of the name, never by "The"
        (
            "A judge suspended the platform X. The court said Elon Musk had ignored it. George W. Bush agreed.",
            ["A judge suspended the platform X.", "The court said Elon Musk had ignored it.", "George W. Bush agreed."],
        ),
        # and the platform after "on" before any word
        (
            "The company shared the videos on X. Analysts say the tool is a leap.",
            ["The company shared the videos on X.", "Analysts say the tool is a leap."],
        ),
        # a single digit before a stop is a number, no initial
        (
            "The next dates are September 2 and September 5. NASA said it was ready. John F. Kennedy spoke.",
            ["The next dates are September 2 and September 5.", "NASA said it was ready.", "John F. Kennedy spoke."],
        ),
        # "Md." (Muhammad) before a name is held; after a town, it is Maryland's, and may end a sentence
        (
            "The relief secretary, Md. Kamrul Hasan, said so. He had been in Bethesda, Md. Officials agreed.",
            ["The relief secretary, Md. Kamrul Hasan, said so.", "He had been in Bethesda, Md.", "Officials agreed."],
        ),
        # "Hrs." before a clock's zone is the time's; before "The", the sentence's end
        (
            "It landed around 18.03 Hrs. IST. The crew cheered at 18.10 hrs. The rover rolled out.",
            ["It landed around 18.03 Hrs. IST.", "The crew cheered at 18.10 hrs.", "The rover rolled out."],
        ),
        # a name given only to its initial ends there: the capital after it opens the next sentence
        (
            "He spoke with the pilot, identified only as Patrick S. Germanwings is a low-cost airline.",
            ["He spoke with the pilot, identified only as Patrick S.", "Germanwings is a low-cost airline."],
        ),
        # every title a role may be cut short to holds its stop, an ambassador's too
        (
            "The envoy, Amb. Linda Thomas-Greenfield, spoke. Brig. Gen. Ryder agreed.",
            ["The envoy, Amb. Linda Thomas-Greenfield, spoke.", "Brig. Gen. Ryder agreed."],
        ),
    ],
)
def test_split_sentences_respects_titles_and_initials(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_attribution_after_a_closing_quote_stays_with_the_quote() -> None:
    text = "“There is…no other Idlib, where can they go?” Mr. de Mistura said. “Where can anyone go?”"
    assert split_sentences(text) == [
        "“There is…no other Idlib, where can they go?” Mr. de Mistura said.",
        "“Where can anyone go?”",
    ]


def test_a_quotation_is_not_split_inside() -> None:
    text = "“We are ready. We have always been ready,” the coach said. The game starts at eight."
    assert split_sentences(text) == [
        "“We are ready. We have always been ready,” the coach said.",
        "The game starts at eight.",
    ]


def _article(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    article = parse_article(tmp_path, path, path.read_bytes())
    assert article is not None
    return article


def test_article_sentences_mark_a_block_quote_after_a_colon(tmp_path: Path) -> None:
    text = (
        "Governor Marta Lindqvist said inflation had fallen faster than expected.\n"
        "Asked whether rates would fall next year, Lindqvist responded:\n"
        "Our mandate is price stability. We will keep rates where they are.\n"
        "That is a promise to every saver in the country.\n"
    )
    sentences = article_sentences(_article(tmp_path, text))
    assert [(s.index, s.paragraph, s.block_quote) for s in sentences] == [
        (0, 0, False),
        (1, 1, False),
        (2, 2, True),
        (3, 2, True),
        (4, 3, True),
    ]


def test_article_sentences_leave_out_a_rights_notice_glued_to_the_last_line(tmp_path: Path) -> None:
    article = _article(tmp_path, "Court removes president\n\nThe court ruled on Friday. (For more information, see "
                                 "our 9 December What's in Blue story.)\nAn election follows within 60 days.Copyright(c) "
                                 "2025 RTTNews.com. All Rights ReservedCopyright RTT News/dpa-AFX\n")
    assert [s.text for s in article_sentences(article)] == ["The court ruled on Friday.", "An election follows within 60 days."]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Commission spokesman Pieter van der Berg told a press briefing.", "Pieter van der Berg"),
    ("Ursula von der Leyen spoke in Strasbourg.", "Ursula von der Leyen"),
    ("The economist Ignacio de la Torre disagreed.", "Ignacio de la Torre"),
])
def test_two_particles_in_a_row_stay_inside_the_name(sentence: str, name: str) -> None:
    assert name in [span.text for span in find_names(sentence)]
    assert surname(name) == fold(name.split()[-1])


def test_a_run_after_analyst_at_is_the_workplace_whole_not_a_person() -> None:
    sentence = "Ethan Marlowe, an analyst at BMO Capital Markets, said the price looked fair."
    named = split_run("BMO Capital Markets", sentence.index("BMO"), sentence)
    assert (named.name, named.role) == ("BMO Capital Markets", "")
    assert role_after(sentence, len("Ethan Marlowe")) == "analyst at BMO Capital Markets"


@pytest.mark.parametrize(("run", "name", "role"), [
    ("General Motors", "General Motors", ""),
    ("General David Petraeus", "David Petraeus", "General"),
    ("President Obama", "Obama", "President"),
])
def test_a_title_word_opening_a_companys_name_is_not_a_title(run: str, name: str, role: str) -> None:
    sentence = f"{run} said on Friday that talks would resume."
    split = split_run(run, 0, sentence)
    assert (split.name, split.role) == (name, role)


def test_an_acronym_may_leave_out_the_word_saying_whose_the_body_is() -> None:
    sentence = "The California Department of Financial Protection and Innovation (DFPI) took control of the lender."
    assert [s.text for s in find_names(sentence)][:2] == [
        "The California Department of Financial Protection and Innovation", "DFPI"]
    assert acronym_fits("DFPI", "California Department of Financial Protection and Innovation")
    assert not acronym_fits("XYZ", "California Department of Financial Protection and Innovation")


def test_a_body_named_after_a_title_and_for_is_the_body_not_part_of_the_title() -> None:
    sentence = "At least 120 people died, a spokesman for the National Disaster Management Authority said."
    start = sentence.index("National")
    named = split_run("National Disaster Management Authority", start, sentence)
    assert (named.name, named.role) == ("National Disaster Management Authority", "")


@pytest.mark.parametrize(("sentence", "name"), [("Agencies including Fitch and S&P cut the rating.", "S&P"),
                                                ("Analysts said AT&T would cut jobs.", "AT&T")])
def test_an_ampersand_inside_capitals_is_one_name(sentence: str, name: str) -> None:
    assert name in _names(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Britain's Monopolies and Mergers Commission cleared the deal.", "Monopolies and Mergers Commission"),
    ("Students defied the ruling State Law and Order Restoration Council.", "State Law and Order Restoration Council"),
    ("A dealer at Toyo Trust & Banking Co said the yen was weak.", "Toyo Trust & Banking Co"),
    ("Halvor Brenta and Co Inc said on Friday that its president will retire.", "Halvor Brenta and Co Inc"),
    ("said Ray Tolland, president of the International Association of Machinists and Aerospace Workers District 412.",
     "International Association of Machinists and Aerospace Workers District"),
    ("Officials of the Fisheries and Harbours Organisation said stocks fell.", "Fisheries and Harbours Organisation"),
    ("Voters backed the Liberty and Renewal Party on Sunday.", "Liberty and Renewal Party"),
    ("Many were missing, according to the Federation of Green Shield and Blue Star Societies.",
     "Federation of Green Shield and Blue Star Societies"),
])
def test_one_name_across_and_or_an_ampersand(sentence: str, name: str) -> None:
    assert name in [s.text for s in find_names(sentence)]


def test_two_whole_names_either_side_of_and_stay_two() -> None:
    names = [s.text for s in find_names("Loans from the Kestrel Bank and Meridian Development Fund were frozen.")]
    assert "Kestrel Bank" in names and "Meridian Development Fund" in names
    names = [s.text for s in find_names("He said the Ministry of Defence and Armed Forces were ready.")]
    assert "Ministry of Defence" in names and "Armed Forces" in names
    names = [s.text for s in find_names("They had already won the Tarvo Cup and Premier League.")]
    assert "Tarvo Cup" in names and "Premier League" in names


def test_a_title_set_beside_a_name_may_say_where_the_person_is_from() -> None:
    sentence = "“The streets are gone,” Salem Al Warfalli, an aid worker from Misrata, told AP from Sirte."
    start = sentence.index("Salem")
    assert role_after(sentence, start + len("Salem Al Warfalli")) == "aid worker from Misrata"


def test_an_acronym_may_spell_a_name_up_to_its_and() -> None:
    assert acronym_fits("IAM", "International Association of Machinists and Aerospace Workers")
    assert not acronym_fits("IA", "International Association of Machinists and Aerospace Workers")


def test_a_weekday_the_wire_put_after_a_name_is_no_part_of_it() -> None:
    assert [s.text for s in find_names("The Czech Republic Friday said it would appeal.")] == ["The Czech Republic"]


def test_a_hashtag_is_no_name() -> None:
    spans = find_names("Planes must land. — Levon Hakobyan #OpenTheRoad (@Levon_Ombuds) September 25, 2023")
    assert [s.text for s in spans][:2] == ["Planes", "Levon Hakobyan"]
    assert "OpenTheRoad" not in {s.text for s in spans}
    assert [s.text for s in find_names("“Moving the game forward (at)KingJames,” Bryant wrote.")] == ["Moving", "Bryant"]


def test_what_a_body_is_for_may_be_two_things() -> None:
    spans = find_names("The US Centers for Disease Control and Prevention and the European Center for Disease "
                       "Prevention and Control agreed, as did the Centre for Strategic Studies and Reuters.")
    assert [s.text for s in spans] == ["The US Centers for Disease Control and Prevention",
                                       "European Center for Disease Prevention and Control",
                                       "Centre for Strategic Studies", "Reuters"]


def test_an_office_named_for_its_fields_after_its_state_s_initials_is_one_name() -> None:
    spans = find_names("A UK Foreign, Commonwealth and Development Office spokesperson said the talks went well.")
    assert [s.text for s in spans] == ["A UK Foreign, Commonwealth and Development Office"]


def test_a_party_named_for_two_ideals_is_one_name() -> None:
    spans = find_names("The People's Party for Freedom and Democracy (VVD) lost seats to Tracy and Nancy.")
    assert [s.text for s in spans] == ["The People's Party for Freedom and Democracy", "VVD", "Tracy", "Nancy"]


def test_a_body_named_for_its_purpose_or_mission_keeps_where_it_works() -> None:
    spans = find_names("The Organization for Security and Co-operation in Europe and the UN Mission in South Sudan "
                       "agreed, but the World Food Programme in Sudan and the Conservative Party in Britain did not.")
    assert [s.text for s in spans] == ["The Organization for Security and Co-operation in Europe",
                                       "UN Mission in South Sudan", "World Food Programme", "Sudan",
                                       "Conservative Party", "Britain"]


def test_a_body_named_for_what_it_works_on_keeps_it() -> None:
    spans = find_names("The Commission on Presidential Debates and the Intergovernmental Panel on Climate Change "
                       "agreed, but the Security Council on Syria and the Commission on Friday did not.")
    assert [s.text for s in spans][:4] == ["The Commission on Presidential Debates",
                                           "Intergovernmental Panel on Climate Change", "Security Council", "Syria"]


def test_an_acronym_spells_a_name_across_in() -> None:
    spans = find_names("The Organisation for Security and Cooperation in Europe (OSCE) sent monitors.")
    assert spans[0].text == "The Organisation for Security and Cooperation in Europe"


def test_a_role_keeps_a_name_that_runs_on_over_and() -> None:
    sentence = ("Jean Kaseya, head of the Africa Centres for Disease Control and Prevention (Africa CDC), said so, "
                "and Maria Lopez, head of the ministry and Kofi Annan agreed.")
    assert role_after(sentence, len("Jean Kaseya")) == "head of the Africa Centres for Disease Control and Prevention"
    lopez = sentence.index("Maria Lopez") + len("Maria Lopez")
    assert role_after(sentence, lopez) == "head of the ministry"


@pytest.mark.parametrize(("words", "person"), [
    (["Volker", "Turk"], True), (["Dawn", "French"], True),
    (["Nazi", "German"], False), (["Roman", "Catholic"], False), (["South", "Sudanese"], False),
    (["Seven", "Iraqis"], False), (["Volker", "Germany"], False),
])
def test_a_family_name_may_be_a_nationality_after_a_first_name(words: list[str], person: bool) -> None:
    assert looks_like_person_name(words) is person


def test_a_body_whose_name_opens_with_a_state_after_and_is_a_second_body() -> None:
    assert _names("Grant Shapps said the Government and UK Civil Aviation Authority (CAA) hired planes.") == [
        "Grant Shapps", "Government", "UK Civil Aviation Authority", "CAA"]
    assert _names("The wreckage was strewn over marsh, the U.S. Fish and Wildlife Service said.") == [
        "The", "U.S. Fish and Wildlife Service"]


def test_a_body_s_head_before_its_of_takes_a_for_after_it() -> None:
    assert _names("It will be referred to the Court of Arbitration for Sport. – Guardian") == [
        "It", "Court of Arbitration for Sport", "Guardian"]
    assert _names("The Bank of England for years kept rates low.") == ["The Bank of England"]


def test_a_body_for_a_former_state_is_one_name() -> None:
    assert _names("The trial took place at the International Criminal Tribunal for the former Yugoslavia.") == [
        "The", "International Criminal Tribunal for the former Yugoslavia"]


def test_a_law_named_for_two_things_is_one_name_and_two_laws_are_two() -> None:
    assert _names("He was held for violating the Financial Instruments and Exchange Act, NHK said.") == ["He",
        "Financial Instruments and Exchange Act", "NHK"]
    assert _names("The Clean Air Act and Clean Water Act apply.") == ["The Clean Air Act", "Clean Water Act"]


def test_a_member_of_the_european_parliament_is_titled_so() -> None:
    named = split_run("Irish MEP Mick Wallace", 0, "Irish MEP Mick Wallace said so.")
    assert (named.name, named.role) == ("Mick Wallace", "Irish MEP")


def test_a_month_a_preposition_opens_is_no_part_of_the_name_after_it() -> None:
    assert _names("In November Apple iPods made up 62 per cent of the market.") == ["Apple"]
    assert _names("He said in November Apple would grow.") == ["He", "Apple"]
    assert _names("June Carter sang. March Madness began.") == ["June Carter", "March Madness"]


def test_a_land_ranking_a_name_is_no_part_of_it_but_a_body_s_land_is() -> None:
    assert _names("It will make President Roh Moo-hyun Korea's first leader to be removed.") == [
        "It", "President Roh Moo-hyun", "Korea"]
    assert _names("Voters made Jane Smith California's first female governor.") == ["Voters", "Jane Smith", "California"]
    assert _names("The Bank of Korea's first cut and Air India's first flight came.") == [
        "The Bank of Korea", "Air India"]


def test_a_month_after_its_day_is_no_part_of_the_name_after_it() -> None:
    assert _names("Voters will turn out for the 15 April National Assembly elections.") == ["Voters", "National Assembly"]


def test_a_body_of_another_whose_initials_follow_is_two_names_unless_they_spell_the_whole() -> None:
    assert _names("Bo Tarv, secretary of the Tarvo Municipal Committee of the Communist Party of Tarvia (CPT), "
                  "spoke.") == ["Bo Tarv", "Tarvo Municipal Committee", "Communist Party of Tarvia", "CPT"]
    assert _names("The Central Committee of the Communist Party of Tarvia (CPT) met.") == [
        "The Central Committee", "Communist Party of Tarvia", "CPT"]
    assert _names("The Rally for the Return of Refugees and Democracy in Burundi (RDB) urged calm.") == [
        "The Rally for the Return of Refugees and Democracy in Burundi", "RDB"]


def test_a_force_sent_to_a_land_is_named_for_it_a_state_s_own_is_not() -> None:
    assert _names("The U.N. Interim Force in Lebanon said two soldiers were hurt.") == ["The U.N. Interim Force in Lebanon"]
    assert _names("The Russian Air Force in Syria struck.") == ["The Russian Air Force", "Syria"]


def test_a_councillor_s_title_cut_short_ends_no_sentence() -> None:
    assert split_sentences("The motion passed 39-3. Coun. David Shiner voted against it. Cllr. Jane Smith agreed.") == [
        "The motion passed 39-3.", "Coun. David Shiner voted against it.", "Cllr. Jane Smith agreed."]


def test_a_title_cut_short_before_a_name_is_no_appositive_of_the_name_before() -> None:
    assert role_after("Ford, his brother Coun. Doug Ford, and Coun. David Shiner voted against it.", 4) == ""


def test_a_land_s_adjective_before_a_body_s_members_keeps_their_body_whole() -> None:
    assert _names("Leading protest group, the Sudanese Professionals' Association, issued a statement.") == [
        "Leading", "Sudanese Professionals' Association"]


def test_a_name_of_two_words_after_pro_or_anti_is_found_whole_a_one_word_stance_is_not() -> None:
    assert _names("Duterte declared the city liberated from pro-Islamic State militants on Tuesday.") == [
        "Duterte", "Islamic State", "Tuesday"]
    assert _names("It is likely to be exploited by pro-Assad forces.") == ["It"]
    assert _names("The pro-Ouattara Republican Force attacked.") == ["The", "Republican Force"]
