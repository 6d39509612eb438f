"""What each command says, cut into pages that Discord accepts, and printed as text."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot import __version__, cards
from bot.lookup import Index
from bot.replies import (
    COMMANDS,
    DESCRIPTION_LIMIT,
    FIELD_LIMIT,
    Field,
    Page,
    Reply,
    clip,
    clip_around,
    dispatch,
    fields_from,
    pages_from_fields,
    pages_from_lines,
    to_text,
)

# Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
TITLE_MAX, DESCRIPTION_MAX, FIELDS_MAX, FIELD_NAME_MAX, FIELD_VALUE_MAX, FOOTER_MAX, EMBED_MAX = (
    256, 4096, 25, 256, 1024, 2048, 6000)
DATE = r"\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?"
EVENT_LINE = re.compile(rf"^({DATE}) · .+ \[\d+#\d+(?:, \d+#\d+)*\]$")
CITE = re.compile(r"\[\d+#\d+(?:, \d+#\d+)*\]")


def discord_problems(reply: Reply) -> list[str]:
    problems = []
    if not reply.pages:
        problems.append("no pages")
    for n, page in enumerate(reply.pages, 1):
        size = len(page.title) + len(page.description) + len(page.footer) + sum(len(f.name) + len(f.value)
                                                                                for f in page.fields)
        checks = [
            (0 < len(page.title) <= TITLE_MAX, f"title of {len(page.title)} characters"),
            (len(page.description) <= DESCRIPTION_MAX, f"description of {len(page.description)} characters"),
            (len(page.fields) <= FIELDS_MAX, f"{len(page.fields)} fields"),
            (len(page.footer) <= FOOTER_MAX, f"footer of {len(page.footer)} characters"),
            (size <= EMBED_MAX, f"{size} characters in all"),
            (bool(page.description or page.fields), "nothing but a title"),
        ]
        for f in page.fields:
            checks.append((0 < len(f.name) <= FIELD_NAME_MAX, f"field name {f.name[:20]!r} of {len(f.name)}"))
            checks.append((0 < len(f.value) <= FIELD_VALUE_MAX, f"field {f.name[:20]!r} of {len(f.value)} characters"))
        problems += [f"page {n}: {what}" for ok, what in checks if not ok]
    return problems


def _start(iso: str) -> date:
    if "-W" in iso:
        year, week = iso.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    parts = [int(p) for p in iso.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _body_lines(reply: Reply) -> list[str]:
    return [line for page in reply.pages for line in page.description.splitlines()]


def _field(reply: Reply, name: str) -> str:
    return "\n".join(f.value for page in reply.pages for f in page.fields if f.name in (name, f"{name} (cont.)"))


def _field_names(reply: Reply) -> list[str]:
    return [f.name for page in reply.pages for f in page.fields]


# ---------------------------------------------------------------- every command within Discord's limits

ARGS = {
    "who": ["", "demistura", "sham", "Stefan Mistral", "xyzzy", "@everyone"],
    "timeline": ["", "2016", "lavrov", "idlib", "from:2016-10 to:2016-10", "from:notadate", "nobody-at-all"],
    "figures": ["", "Idlib", "refugees", "nothing like this"],
    "topic": ["", "idlib", "aleppo", "nothing here"],
    "sources": [""],
    "search": ["", "chlorine", "de mistura", "zzzz"],
    "brief": [""],
    "about": [""],
    "help": ["", "who", "!timeline", "nosuch"],
}


def test_every_command_is_exercised_below() -> None:
    assert set(ARGS) == set(COMMANDS)


@pytest.mark.parametrize(("name", "args"), [(n, a) for n, options in ARGS.items() for a in options])
def test_every_command_fits_discords_limits_on_the_seeds(seed_index: Index, name: str, args: str) -> None:
    reply = dispatch(seed_index, f"!{name} {args}".strip())
    assert discord_problems(reply) == []


def _words(n: int, stem: str) -> str:
    return " ".join(f"{stem}{i}" for i in range(n))


@pytest.fixture(scope="module")
def huge_index() -> Index:
    """Far more, and far longer, of everything than the seeds: the paging must still hold."""
    sources = [cards.Source(id=f"s{i:02d}", title=_words(60, "headline"), path=f"s{i}.txt", sentences=500,
                            digest="d", outlet=_words(8, "outlet"), date="2018-09-07") for i in range(40)]

    def cite(i: int, j: int = 0) -> cards.Cite:
        return cards.Cite(f"s{i % 40:02d}", j)

    groups = [cards.FigureGroup(f"g{g}", _words(30, "label"), ["disputed", "differ", "agreed"][g % 3], [
        cards.FigureClaim(1000.0 * k + 1, "x", _words(20, "counts"), cite(k, k), _words(200, "claim"), qualifier="about",
                          claimant=f"a{k}", date="2018", about=[f"a{g}"]) for k in range(30)]) for g in range(10)]
    actors = [cards.Actor(
        id=f"a{a}", name=f"Person {a} {_words(5, 'name')}", kind="person", aliases=[_words(20, f"alias{k}x") for k in range(8)],
        roles=[cards.Fact(_words(80, "role"), cite(k), "2018-09-07") for k in range(10)],
        quotes=[cards.Fact(_words(150, "quote"), cite(k)) for k in range(10)],
        said=[cards.Fact(_words(120, "said"), cite(k + a), "2018") for k in range(20)],
        did=[cards.Fact(_words(120, "did"), cite(k), "2018-W35") for k in range(20)],
        figures=[g.id for g in groups], related=[f"a{k}" for k in range(50)], sources=[s.id for s in sources],
        mentions=50 - a) for a in range(50)]
    events = [cards.Event(f"2018-{i % 12 + 1:02d}", _words(200, "event"), [cite(i, k) for k in range(5)], [f"a{i % 50}"])
              for i in range(200)]
    topics = [cards.Topic(f"t{t}", f"topic {t} {_words(40, 'tn')}", [cards.Fact(_words(150, "summary"), cite(k))
                                                                      for k in range(40)],
                          [f"a{k}" for k in range(50)], [g.id for g in groups], events[:40], [s.id for s in sources])
              for t in range(20)]
    return Index(cards.Briefs(sources, actors, events, groups, topics), "2026-01-01 00:00 UTC")


@pytest.mark.parametrize("text", ["!who", "!who person 3", "!who person", "!timeline", "!timeline person 3",
                                  "!timeline 2018", "!figures", "!topic", "!topic topic 3", "!sources",
                                  "!search event1 event2", "!brief", "!about", "!help", "!who " + "abc " * 1500])
def test_every_command_fits_discords_limits_on_huge_briefs(huge_index: Index, text: str) -> None:
    reply = dispatch(huge_index, text)
    assert discord_problems(reply) == []


def test_huge_lists_are_paged_not_dropped(huge_index: Index) -> None:
    reply = dispatch(huge_index, "!timeline")
    lines = _body_lines(reply)
    assert len(lines) == 200
    assert len(reply.pages) > 1
    assert reply.pages[-1].footer == f"200 events · page {len(reply.pages)}/{len(reply.pages)}"


# ---------------------------------------------------------------- !who

def test_who_demistura_reads_as_a_card_with_quotes_and_sources(seed_index: Index) -> None:
    text = to_text(dispatch(seed_index, "!who demistura"))
    lines = text.splitlines()
    assert lines[0] == "Staffan de Mistura"
    assert lines[1].startswith("person · also: ")
    assert "Special Envoy" in text
    quotes = text.split("Quotes:\n", 1)[1].split("\n", 1)[0]
    assert re.fullmatch(r"• “.+”.* \[\d+#\d+\]", quotes)
    sources = text.split("Sources:\n", 1)[1].splitlines()
    assert sources[0].startswith("[1] ")
    assert [s.split("]")[0] for s in sources] == [f"[{i}" for i in range(1, len(sources) + 1)]


def test_who_card_cites_only_sources_it_lists(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!who lavrov")
    listed = len(_field(reply, "Sources").splitlines())
    cited = {int(n) for page in reply.pages for f in page.fields if f.name != "Sources"
             for n in re.findall(r"(\d+)#\d+", f.value)}
    assert cited == set(range(1, listed + 1))


def test_a_cited_headline_keeps_its_words_but_not_its_quotations() -> None:
    from bot.replies import source_line

    quoting = cards.Source(id="x", title="'A living hell': doctors say 900 killed", path="x.txt", sentences=1,
                           digest="d", date="2025-10-29")
    assert source_line(quoting, quotes=False) == "“…”: doctors say 900 killed (2025-10-29) · x"
    assert source_line(quoting) == "'A living hell': doctors say 900 killed (2025-10-29) · x"


def test_who_card_fields_come_in_order(seed_index: Index) -> None:
    names = _field_names(dispatch(seed_index, "!who demistura"))
    assert names == ["Roles", "Quotes", "What they did and said", "Figures", "Related", "Sources"]


def test_who_with_several_matches_lists_them(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!who sham")
    assert reply.pages[0].title == "Several actors match “sham”"
    assert _body_lines(reply) == ["• Hay’at Tahrir al-Sham — organisation · opposition group",
                                  "• Jabhat Fatah al-Sham — organisation"]
    assert reply.pages[0].footer == "Ask again with the fuller name."


def test_who_with_no_match_suggests_names(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!who Stefan Mistral")
    assert reply.pages[0].title == "No such actor"
    assert "Did you mean: Staffan de Mistura" in reply.pages[0].description


def test_who_with_a_near_spelling_shows_the_card_as_the_closest_not_as_the_answer(seed_index: Index) -> None:
    near, exact = dispatch(seed_index, "!who lavrv").pages[0], dispatch(seed_index, "!who lavrov").pages[0]
    assert near.title == exact.title == "Sergey Lavrov"
    assert near.description.startswith("closest to “lavrv” · person")
    assert exact.description.startswith("person")


def test_who_alone_lists_every_actor_most_mentioned_first_over_pages(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!who")
    lines = _body_lines(reply)
    actors = seed_index.briefs.actors
    assert len(lines) == len(actors)
    assert reply.pages[0].title == f"Actors ({len(actors)})"
    assert lines[0].startswith("• Syria — state") and lines[1].startswith("• Staffan de Mistura — person")
    counts = [int(re.search(r"\((\d+) mentions?\)$", line).group(1)) for line in lines]
    assert counts == sorted(counts, reverse=True)
    assert len(reply.pages) == -(-len(actors) // 20)
    assert [p.footer for p in reply.pages] == [f"page {i}/{len(reply.pages)}" for i in range(1, len(reply.pages) + 1)]


# ---------------------------------------------------------------- !figures

def test_figures_start_with_the_disputed_idlib_count_from_2_9_to_4_million(seed_index: Index) -> None:
    lines = _body_lines(dispatch(seed_index, "!figures"))
    header = lines[0]
    assert header.startswith("⚠ DISPUTED · ")
    low, high = re.search(r": (.+) – (.+)$", header).groups()
    assert (low, high) == ("2.9 million", "4 million")
    claims = []
    for line in lines[1:]:
        if not line.startswith("•"):
            break
        claims.append(line)
    assert any("2.9 million" in c for c in claims) and any("4 million" in c for c in claims)
    assert all(CITE.search(c) for c in claims)
    assert any("— Najy Mustafa" in c for c in claims)  # each claim with its claimant, when known


def test_figures_put_disputed_groups_first(seed_index: Index) -> None:
    headers = [line for line in _body_lines(dispatch(seed_index, "!figures")) if not line.startswith("•")]
    order = {"⚠": 0, "≈": 1, "✓": 2, "◦": 2}  # agreed, by several articles or told by one
    marks = [order[h[0]] for h in headers]
    assert marks[0] == 0
    assert marks == sorted(marks)
    assert dispatch(seed_index, "!figures").pages[0].footer.startswith(f"{len(seed_index.briefs.figures)} quantities")


def test_a_figure_only_one_article_gives_is_not_called_agreed(seed_index: Index) -> None:
    headers = [line for line in _body_lines(dispatch(seed_index, "!figures")) if not line.startswith("•")]
    sources = {g.label: len({c.cite.source for c in g.claims}) for g in seed_index.briefs.figures if g.status == "agreed"}
    assert "◦ one source · children trapped (Idlib): 100,000" in headers
    assert "✓ agreed · members (Idlib): 10,000" in headers
    assert sources["children trapped (Idlib)"] == 1 and sources["members (Idlib)"] >= 2


def test_figures_with_words_keep_only_matching_groups(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!figures refugees")
    assert reply.pages[0].title == "Figures about “refugees”"
    lines = _body_lines(reply)
    groups: list[str] = []
    for line in lines:  # a header, then its claims
        if line.startswith("•"):
            groups[-1] += "\n" + line
        else:
            groups.append(line)
    assert "⚠ DISPUTED · refugees (Turkey): 3 million – 3.5 million" in lines
    assert "⚠ DISPUTED · civilians (Idlib): 2.9 million – 4 million" not in lines
    assert all("refugees" in group.lower() for group in groups)
    assert len([line for line in lines if not line.startswith("•")]) < len(seed_index.briefs.figures)


# ---------------------------------------------------------------- !timeline

def test_timeline_lines_start_with_iso_dates_oldest_first(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!timeline")
    lines = _body_lines(reply)
    assert len(lines) == len(seed_index.briefs.timeline)
    dates = []
    for line in lines:
        match = EVENT_LINE.match(line)
        assert match, line
        dates.append(_start(match.group(1)))
    assert dates == sorted(dates)
    assert reply.pages[0].footer.startswith(f"{len(lines)} events")


def test_timeline_of_a_year_has_only_that_year(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!timeline 2016")
    lines = _body_lines(reply)
    assert reply.pages[0].title == "Timeline 2016"
    assert lines and all(line.startswith("2016") for line in lines)
    assert len(lines) == sum(e.date.startswith("2016") for e in seed_index.briefs.timeline)


def test_timeline_of_an_actor(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!timeline lavrov")
    lines = _body_lines(reply)
    assert reply.pages[0].title == "Timeline: Sergey Lavrov"
    assert lines and all(EVENT_LINE.match(line) for line in lines)
    assert any("Lavrov" in line for line in lines)
    assert len(lines) < len(seed_index.briefs.timeline)


def test_timeline_of_a_topic(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!timeline idlib")
    assert reply.pages[0].title == "Timeline: Idlib"
    assert len(_body_lines(reply)) == len(seed_index.topic("idlib").events)


def test_timeline_of_a_month_range(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!timeline from:2016-10 to:2016-10")
    lines = _body_lines(reply)
    assert reply.pages[0].title == "Timeline 2016-10 to 2016-10"
    assert lines and all(line.startswith(("2016-10-", "2016-W40 ")) for line in lines)  # W40: 3–9 October


def test_timeline_of_an_actor_in_a_range_names_both(seed_index: Index) -> None:
    lavrov = seed_index.who("lavrov").actors[0]
    in_2016 = [e for e in seed_index.briefs.timeline if lavrov.id in e.actors and e.date.startswith("2016")]
    reply = dispatch(seed_index, "!timeline lavrov from:2016 to:2016")
    assert reply.pages[0].title == "Timeline: Sergey Lavrov 2016 to 2016"
    assert in_2016 and len(_body_lines(reply)) == len(in_2016)
    assert all(line.startswith("2016") for line in _body_lines(reply))
    later = dispatch(seed_index, "!timeline lavrov from:2019").pages[0]
    assert (later.description, later.footer) == ("Nothing to show.", "0 events")


def test_timeline_of_something_unknown_says_so(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!timeline nobody-at-all")
    assert reply.pages[0].title == "Nothing to filter by"
    assert "Try !who or !topic" in reply.pages[0].description


def test_timeline_with_a_bad_date_shows_the_usage(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!timeline from:notadate")
    assert reply.pages[0].title == "Usage"
    assert "“notadate” is not a date like 2018" in reply.pages[0].description
    assert "!timeline [actor | topic | year | from:YYYY-MM to:YYYY-MM]" in reply.pages[0].description


# ---------------------------------------------------------------- !sources, !topic, !search, !brief, !about, !help

def test_sources_lists_five_articles_with_how_each_was_dated(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!sources")
    lines = _body_lines(reply)
    assert reply.pages[0].title == "Sources (5)"
    assert [line.split(" ")[0] for line in lines] == ["[1]", "[2]", "[3]", "[4]", "[5]"]
    basis = {line.split(" · ")[-1].split(" — date: ")[0]: line.split(" — date: ")[1] for line in lines}
    assert basis == {
        "000_f17361e86746fd7c": "reports the same quotation as 002_c98f023964b82260, dated 2018-09-03",
        "001_e807be478fb24c0c": "not stated in the article",
        "002_c98f023964b82260": "dateline",
        "003_605845960aaea396": "the weekday of “2018-09-07” pins the year (no date stated)",
        "004_770541eb73c70266": "update line",
    }
    assert "(2018-09-03)" in lines[2] and "(undated)" in lines[1] and "(undated; read against 2018-09-07)" in lines[3]


def test_topic_alone_lists_the_topics(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!topic")
    lines = _body_lines(reply)
    assert reply.pages[0].title == "Topics"
    assert len(lines) == len(seed_index.briefs.topics)
    assert "• Idlib — 5 articles, 5 events" in lines


def test_topic_idlib(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!topic idlib")
    assert reply.pages[0].title == "Topic: Idlib"
    assert reply.pages[0].description == "5 articles"
    names = _field_names(reply)
    assert names[:4] == ["Summary", "Actors", "Figures", "Events"] and names[-1] == "Sources"
    assert set(names[4:-1]) <= {"Events (cont.)"}  # a long list of events goes on in a second field
    assert "Staffan de Mistura" in _field(reply, "Actors")
    assert "⚠ DISPUTED · civilians (Idlib): 2.9 million – 4 million" in _field(reply, "Figures")
    events = _field(reply, "Events").splitlines()
    assert events and all(EVENT_LINE.match(e) for e in events)


def test_an_unknown_topic_lists_the_known_ones(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!topic nothing here")
    assert reply.pages[0].title == "No such topic"
    assert "Idlib" in reply.pages[0].description


def test_search_chlorine(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!search chlorine")
    lines = _body_lines(reply)
    facts = [line for line in lines if line.startswith("•")]
    assert reply.pages[0].title == "Search: chlorine"
    assert facts and all("chlorine" in f.lower() for f in facts)
    assert all(CITE.search(f) for f in facts)
    assert "Sources:" in lines
    assert lines[lines.index("Sources:") + 1].startswith("[1] ")
    assert reply.pages[0].footer.startswith(f"{len(facts)} facts")


def test_search_needs_all_the_words(seed_index: Index) -> None:
    facts = [line for line in _body_lines(dispatch(seed_index, "!search chlorine HTS")) if line.startswith("•")]
    assert facts and all("chlorine" in f.lower() and "hts" in f.lower() for f in facts)
    assert dispatch(seed_index, "!search chlorine zzzz").pages[0].description == "No fact has all those words."


def test_brief_is_one_screen_of_what_matters(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!brief")
    assert len(reply.pages) == 1
    names = _field_names(reply)
    assert [n for n in names if not n.endswith("(cont.)")] == [
        "Who matters", "Latest events", "Disputed figures", "Topics", "Sources"]
    assert _field(reply, "Who matters").splitlines()[0].startswith("• Syria")
    latest = [_start(EVENT_LINE.match(e).group(1)) for e in _field(reply, "Latest events").splitlines()]
    assert latest == sorted(latest, reverse=True)
    assert all(h.startswith("⚠ DISPUTED") for h in _field(reply, "Disputed figures").splitlines())


def test_about(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!about")
    b = seed_index.briefs
    assert reply.pages[0].title == "About briefbot"
    text = reply.pages[0].description
    assert f"{len(b.sources)} articles · {len(b.actors)} actors · {len(b.timeline)} events" in text
    assert f"Briefs built: {seed_index.built_at}" in text
    assert f"briefbot {__version__}" in text


def test_help_lists_every_command(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!help")
    lines = _body_lines(reply)
    assert reply.pages[0].title == "briefbot commands"
    assert [line.split(" — ")[0] for line in lines] == [usage for _, usage, _ in COMMANDS.values()]


@pytest.mark.parametrize("text", ["!help who", "!help !who", "!help /WHO"])
def test_help_on_one_command(seed_index: Index, text: str) -> None:
    reply = dispatch(seed_index, text)
    assert reply.pages[0].title == "Help: !who [name]"
    assert reply.pages[0].description == COMMANDS["who"][2]


def test_help_on_an_unknown_command_lists_them_all(seed_index: Index) -> None:
    assert dispatch(seed_index, "!help nosuch") == dispatch(seed_index, "!help")


# ---------------------------------------------------------------- dispatch

def test_an_unknown_command(seed_index: Index) -> None:
    page = dispatch(seed_index, "!nosuchcommand").pages[0]
    assert page.title == "Unknown command"
    assert page.description == "There is no !nosuchcommand. Try !help."


@pytest.mark.parametrize("text", ["", "   ", "hello", "who lavrov", "?who lavrov"])
def test_text_without_the_prefix_gets_a_hint(seed_index: Index, text: str) -> None:
    page = dispatch(seed_index, text).pages[0]
    assert page.description == "Commands start with !. Try !help."


@pytest.mark.parametrize("text", ["!who lavrov", "/who lavrov", "!WHO lavrov", "  !who   lavrov  ", '!who "lavrov"'])
def test_commands_are_read_leniently(seed_index: Index, text: str) -> None:
    assert dispatch(seed_index, text).pages[0].title == "Sergey Lavrov"


def test_another_one_character_prefix(seed_index: Index) -> None:
    assert dispatch(seed_index, "?who lavrov", "?").pages[0].title == "Sergey Lavrov"
    assert dispatch(seed_index, "!who lavrov", "?").pages[0].description == "Commands start with ?. Try ?help."


def test_an_unbalanced_quote_still_gets_an_answer(seed_index: Index) -> None:
    page = dispatch(seed_index, '!search "chlorine').pages[0]
    assert page.title.startswith("Search: ")


# ---------------------------------------------------------------- pages, fields, clip

def test_clip_leaves_short_text_alone_but_for_spaces() -> None:
    assert clip("short  text\t here", 50) == "short text here"
    assert clip("two\nlines", 50) == "two\nlines"  # a usage line stays on its own line


@pytest.mark.parametrize("limit", [10, 25, 60, 61, 88])
def test_clip_cuts_at_a_word_with_a_visible_ellipsis(limit: int) -> None:
    text = "The UN envoy, Staffan de Mistura, called for a ceasefire over Idlib; Russia did not agree."
    out = clip(text, limit)
    assert len(out) <= limit
    assert out.endswith(" …")
    kept = out[:-2]
    assert text.startswith(kept)
    assert text[len(kept)] in " ,;:"  # cut between words, never inside one
    assert not kept.endswith((",", ";", ":"))


def _unclipped(line: str, shown: str) -> bool:
    """`shown` is the whole line, or a start of it cut between words and marked with an ellipsis."""
    line = " ".join(line.split())
    return shown == line or (shown.endswith(" …") and line.startswith(shown[:-2]) and line[len(shown) - 2] == " ")


def test_pages_from_lines_splits_long_lists_into_numbered_pages() -> None:
    lines = [f"line {i}" for i in range(40)]
    pages = pages_from_lines("List", lines, footer="40 things", per_page=15)
    assert len(pages) == 3
    assert [p.footer for p in pages] == ["40 things · page 1/3", "40 things · page 2/3", "40 things · page 3/3"]
    assert [p.description.splitlines() for p in pages] == [lines[:15], lines[15:30], lines[30:]]
    assert all(p.title == "List" for p in pages)


def test_one_page_has_no_page_number() -> None:
    (page,) = pages_from_lines("List", ["a", "b"], footer="2 things")
    assert page.footer == "2 things"
    (empty,) = pages_from_lines("List", [])
    assert empty.description == "Nothing to show."


def test_pages_from_lines_never_cuts_a_line_silently() -> None:
    lines = [f"{i} " + " ".join(["word"] * (i * 37 % 400)) for i in range(60)]
    pages = pages_from_lines("A title " * 40, lines)
    shown = [line for p in pages for line in p.description.splitlines()]
    assert len(shown) == len(lines)
    assert all(_unclipped(line, s) for line, s in zip(lines, shown, strict=True))
    assert any(s.endswith(" …") for s in shown)  # some were long enough to be cut
    assert all(len(p.description) <= DESCRIPTION_LIMIT for p in pages)
    assert discord_problems(Reply(pages)) == []


def test_pages_from_lines_with_a_header_repeats_nothing() -> None:
    pages = pages_from_lines("T", ["a", "b", "c"], per_page=2, header="Header")
    assert [p.description for p in pages] == ["Header\na\nb", "c"]


def test_fields_from_continues_a_long_section_in_further_fields() -> None:
    lines = [f"• fact {i} " + " ".join(["word"] * 40) for i in range(30)]
    fields = fields_from("Facts", lines)
    assert len(fields) > 1
    assert fields[0].name == "Facts"
    assert all(f.name == "Facts (cont.)" for f in fields[1:])
    assert all(len(f.value) <= FIELD_LIMIT for f in fields)
    assert [line for f in fields for line in f.value.splitlines()] == lines


def test_fields_from_clips_an_overlong_line_with_an_ellipsis() -> None:
    line = "• " + " ".join(f"w{i}" for i in range(600))
    (field,) = fields_from("One", [line])
    assert len(field.value) <= FIELD_LIMIT
    assert _unclipped(line, field.value)
    assert field.value.endswith(" …")
    assert fields_from("None", []) == []


def test_pages_from_fields_keeps_each_page_within_the_limits() -> None:
    fields = [Field(f"Section {i}", " ".join(["word"] * 200)) for i in range(60)]
    pages = pages_from_fields("Title", "About this", fields, footer="foot")
    assert len(pages) > 1
    assert discord_problems(Reply(pages)) == []
    assert [f for p in pages for f in p.fields] == fields
    assert pages[0].description == "About this"
    assert all(p.description == "" for p in pages[1:])
    assert [p.footer for p in pages] == [f"foot · page {i}/{len(pages)}" for i in range(1, len(pages) + 1)]


def test_pages_from_fields_starts_a_page_at_25_fields() -> None:
    pages = pages_from_fields("Title", "", [Field(f"F{i}", "v") for i in range(30)])
    assert [len(p.fields) for p in pages] == [25, 5]


def test_to_text_prints_every_page_in_order() -> None:
    reply = Reply((
        Page("First", "one\ntwo", (Field("A", "a1\na2"),), "page 1/2"),
        Page("Second", "", (Field("B", "b1"),), "page 2/2"),
    ))
    assert to_text(reply) == "First\none\ntwo\nA:\na1\na2\n(page 1/2)\n\nSecond\nB:\nb1\n(page 2/2)\n"


def test_to_text_of_a_paged_reply_has_every_line(seed_index: Index) -> None:
    reply = dispatch(seed_index, "!who")
    text = to_text(reply)
    assert len(reply.pages) > 1
    positions = [text.index(f"(page {i}/{len(reply.pages)})") for i in range(1, len(reply.pages) + 1)]
    assert positions == sorted(positions)
    body = [line for line in text.splitlines() if line.startswith("• ")]
    assert body == _body_lines(reply)


def test_a_long_sentence_on_a_card_keeps_the_part_about_the_actor() -> None:
    text = ("It was not yet known what set off the explosion, which came as families were queuing to buy petrol for "
            "their cars so that they could flee the valley, but the region's presidential aide Armen Sarkisov "
            "said early reports suggested that arson was unlikely.")
    assert clip_around(text, 240, ["Armen Sarkisov", "Sarkisov"]) == (
        "… but the region's presidential aide Armen Sarkisov said early reports suggested that arson "
        "was unlikely.")
    assert clip_around(text, 240, ["Nobody"]).endswith("Armen Sarkisov said early reports suggested that …")
    assert clip_around("Sarkisov said so.", 240, ["Sarkisov"]) == "Sarkisov said so."
    # a name at the end of a long clause keeps what leads up to it
    last = ("The prime minister said losses inflicted on the militia by the army kept its backers from stepping in to "
            "rescue the deposed leader and said the rebels and their allies could not do so either after being worn "
            "down by years of war with Ethiopia.")
    assert clip_around(last, 120, ["Ethiopia"]) == "… do so either after being worn down by years of war with Ethiopia."


def test_a_disputed_share_of_a_vote_reads_as_percentages() -> None:
    claims = [cards.FigureClaim(value=v, written=f"{v}%", counts="vote to reject", cite=cards.Cite(src, 2),
                                text=f"Members voted {v}% to reject the agreement.") for v, src in ((94.2, "a"), (94.6, "b"))]
    group = cards.FigureGroup(id="vote", label="vote to reject", status="disputed", claims=claims)
    index = Index(cards.Briefs([], [], [], [group], []))
    lines = _body_lines(dispatch(index, "!figures"))
    assert lines[0] == "⚠ DISPUTED · vote to reject: 94.2 – 94.6%"
    assert lines[1].startswith("• 94.2% vote to reject")


def test_an_actor_is_listed_with_the_role_most_reports_give() -> None:
    source = cards.Source(id="s1", title="Quake", path="s1.txt", sentences=9, digest="d")
    roles = [cards.Fact(text, cards.Cite("s1", i)) for i, text in enumerate(["Gen.", "junta chief", "Junta chief"])]
    actor = cards.Actor(id="min-aung-hlaing", name="Min Aung Hlaing", kind="person", roles=roles, mentions=3,
                        sources=["s1"])
    index = Index(cards.Briefs([source], [actor], [], [], []), "2026-01-01 00:00 UTC")
    assert _body_lines(dispatch(index, "!who")) == ["• Min Aung Hlaing — person · junta chief (3 mentions)"]
