"""Cards → neutral replies (pages of title, description, fields), and replies → text.

This is the one place that decides what each command says. The Discord layer turns a
Reply into embeds, the console and `ask` into text; both show the same content. Pages are
cut to Discord's embed limits here, between facts, never inside one.
"""

from __future__ import annotations

import re
import shlex
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bot import __version__, cards
from bot.extract.dates import Moment, span_of
from bot.extract.figures import format_value, is_percent
from bot.extract.names import fold
from bot.lookup import Index

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_LIMIT = 1024
FIELDS_LIMIT = 25
EMBED_LIMIT = 6000
PAGE_LINES = 15
QUOTE_CHARS = 280
FACT_CHARS = 240
CITED_TITLE_CHARS = 60
MAX_LISTED = 400  # lines in a listing before it says how to narrow it down instead
MAX_GROUPS = 60
MAX_FOUND = 100
STATUS_MARK = {"disputed": "⚠ DISPUTED", "differ": "≈ values differ within their hedges", "agreed": "✓ agreed"}
ONE_SOURCE = "◦ one source"


@dataclass(frozen=True)
class Field:
    name: str
    value: str


@dataclass(frozen=True)
class Page:
    title: str
    description: str = ""
    fields: tuple[Field, ...] = ()
    footer: str = ""

    def size(self) -> int:
        return len(self.title) + len(self.description) + len(self.footer) + sum(len(f.name) + len(f.value) for f in self.fields)


@dataclass(frozen=True)
class Reply:
    """What the bot answers: one or more pages, shown in order."""

    pages: tuple[Page, ...]
    ephemeral: bool = False


@dataclass
class Citations:
    """Numbers sources in the order a reply first cites them: [1], [2]…"""

    index: Index
    numbers: dict[str, int] = field(default_factory=dict)  # source → its number; in first-cited order

    def mark(self, *cites: cards.Cite) -> str:
        parts = [f"{self.numbers.setdefault(cite.source, len(self.numbers) + 1)}#{cite.sentence}" for cite in cites]
        return "[" + ", ".join(parts) + "]"

    def lines(self) -> list[str]:
        """The cited sources, titles shortened and their quotations elided: a headline may quote
        someone else, and a card quotes only its actor (!sources has the titles whole)."""
        return [f"[{i}] {source_line(self.index.sources[s], CITED_TITLE_CHARS, quotes=False)}"
                for s, i in self.numbers.items() if s in self.index.sources]


# ---------------------------------------------------------------- building pages

_BLANKS = re.compile(r"[ \t]+")


def clip(text: str, limit: int) -> str:
    """Shorten at a word boundary with a visible ellipsis: never a silent cut, never over `limit`."""
    text = _BLANKS.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    if cut < limit // 2:  # no space near the end (a long word, or a script without spaces)
        cut = limit - 2
    return text[:cut].rstrip(",;: ") + " …"


def fields_from(name: str, lines: list[str]) -> list[Field]:
    """One field per section, continued in further fields when it is over the field limit."""
    out: list[Field] = []
    chunk: list[str] = []
    for line in lines:
        line = clip(line, FIELD_LIMIT)
        if chunk and len("\n".join([*chunk, line])) > FIELD_LIMIT:
            out.append(Field(name if not out else f"{name} (cont.)", "\n".join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        out.append(Field(name if not out else f"{name} (cont.)", "\n".join(chunk)))
    return out


def pages_from_fields(title: str, description: str, fields: list[Field], footer: str = "") -> tuple[Page, ...]:
    """Pack fields into as few pages as the embed limits allow."""
    title = clip(title, TITLE_LIMIT)
    description = clip(description, DESCRIPTION_LIMIT)
    pages: list[Page] = []
    current: list[Field] = []
    for f in fields:
        candidate = Page(title, description if not pages else "", (*current, f), footer)
        if current and (len(current) >= FIELDS_LIMIT or candidate.size() > EMBED_LIMIT):
            pages.append(Page(title, description if not pages else "", tuple(current), footer))
            current = []
        current.append(f)
    pages.append(Page(title, description if not pages else "", tuple(current), footer))
    return _numbered(pages)


def pages_from_lines(title: str, lines: list[str], footer: str = "", per_page: int = PAGE_LINES,
                     header: str = "") -> tuple[Page, ...]:
    """Lines into pages of at most `per_page` lines and the description limit."""
    pages: list[Page] = []
    chunk: list[str] = [header] if header else []
    for line in lines:
        line = clip(line, 1000)
        full = len(chunk) - (1 if header and not pages else 0) >= per_page
        if chunk and (full or len("\n".join([*chunk, line])) > DESCRIPTION_LIMIT - 100):
            pages.append(Page(clip(title, TITLE_LIMIT), "\n".join(chunk), (), footer))
            chunk = []
        chunk.append(line)
    if chunk or not pages:
        pages.append(Page(clip(title, TITLE_LIMIT), "\n".join(chunk) or "Nothing to show.", (), footer))
    return _numbered(pages)


def _numbered(pages: list[Page]) -> tuple[Page, ...]:
    if len(pages) == 1:
        return tuple(pages)
    return tuple(Page(p.title, p.description, p.fields, f"{p.footer} · page {i}/{len(pages)}".lstrip(" ·"))
                 for i, p in enumerate(pages, 1))


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def message(title: str, text: str) -> Reply:
    return Reply((Page(clip(title, TITLE_LIMIT), clip(text, DESCRIPTION_LIMIT)),))


def to_text(reply: Reply) -> str:
    """A reply as plain text: every page, in order, as the console and `ask` print it."""
    blocks = []
    for page in reply.pages:
        lines = [page.title]
        if page.description:
            lines.append(page.description)
        for f in page.fields:
            lines.append(f"{f.name}:")
            lines.append(f.value)
        if page.footer:
            lines.append(f"({page.footer})")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


# ---------------------------------------------------------------- lines shared by commands

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")


def source_line(source: cards.Source, title_chars: int = 120, quotes: bool = True) -> str:
    when = source.date or (f"undated; read against {source.read_against}" if source.read_against else "undated")
    outlet = f" — {source.outlet}" if source.outlet else ""
    title = source.title if quotes else _QUOTED.sub("“…”", source.title)
    return f"{clip(title, title_chars)}{outlet} ({when}) · {source.id}"


def dated(date: str | None) -> str:
    return f"{date} · " if date else ""


def amount(claim: cards.FigureClaim) -> str:
    """A claim's number as a reader writes it: "2.9 million", a share of a vote as "94.6%", a
    range as "58.3 – 60.7%"."""
    span = format_value(claim.value) if claim.low is None else _between(claim.low, claim.value)
    return span + ("%" if _is_share(claim) else "")


def _between(low: float, high: float) -> str:
    return f"{format_value(low)} – {format_value(high)}"


def _is_share(claim: cards.FigureClaim) -> bool:
    return is_percent(claim.written)


def claim_line(claim: cards.FigureClaim, index: Index, cites: Citations) -> str:
    hedge = f"{claim.qualifier} " if claim.qualifier else ""
    who = f" — {index.name_of(claim.claimant)}" if claim.claimant else ""
    when = f" ({claim.date})" if claim.date else ""
    return f"  • {hedge}{amount(claim)} {claim.counts}{who}{when}: “{claim.text}” {cites.mark(claim.cite)}"


def group_header(group: cards.FigureGroup) -> str:
    unit = "%" if all(_is_share(c) for c in group.claims) else ""
    values = sorted({c.value for c in group.claims} | {c.low for c in group.claims if c.low is not None})
    span = format_value(values[0]) if len(values) == 1 else _between(values[0], values[-1])
    return f"{_status_mark(group)} · {group.label}: {span}{unit}"


def _status_mark(group: cards.FigureGroup) -> str:
    """"✓ agreed" only when two articles or more give the figure: one alone agrees with no one."""
    if group.status == "agreed" and len({c.cite.source for c in group.claims}) == 1:
        return ONE_SOURCE
    return STATUS_MARK[group.status]


def event_line(event: cards.Event, cites: Citations) -> str:
    return f"{event.date} · {clip(event.text, 320)} {cites.mark(*event.cites[:3])}"


# ---------------------------------------------------------------- commands

Handler = Callable[[Index, list[str]], Reply]
COMMANDS: dict[str, tuple[Handler, str, str]] = {}


def command(name: str, usage: str, summary: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        COMMANDS[name] = (fn, usage, summary)
        return fn

    return register


@command("who", "!who [name]", "an actor's card: roles, quotes, what they did, figures, sources; alone, the list")
def who(index: Index, args: list[str]) -> Reply:
    query = " ".join(args).strip()
    if not query:
        return who_list(index)
    match = index.who(query)
    if len(match.actors) == 1:  # a near spelling is shown as what it is: "bashir" is not Bashar al-Assad
        return actor_card(index, match.actors[0], "" if match.exact else f"closest to “{clip(query, 60)}” · ")
    if match.actors:
        lines = [f"• {a.name} — {a.kind}{_top_role(a)}" for a in match.actors[:10]]
        return Reply(pages_from_lines(f"Several actors match “{clip(query, 60)}”", lines,
                                      footer="Ask again with the fuller name."))
    hint = f" Did you mean: {', '.join(match.suggestions)}?" if match.suggestions else " Try !who for the list."
    return message("No such actor", f"Nobody called “{clip(query, 60)}” in the briefs.{hint}")


def _top_role(actor: cards.Actor) -> str:
    """The role most reports give, the earliest among equals: "junta chief", said four times, over
    the "Gen." one report put before his name."""
    if not actor.roles:
        return ""
    said = Counter(r.text.lower() for r in actor.roles)
    return f" · {max(actor.roles, key=lambda r: said[r.text.lower()]).text}"


def who_list(index: Index) -> Reply:
    actors = sorted(index.briefs.actors, key=lambda a: (-a.mentions, a.name))
    lines = [f"• {a.name} — {a.kind}{_top_role(a)} ({plural(a.mentions, 'mention')})" for a in actors[:MAX_LISTED]]
    footer = "" if len(actors) <= MAX_LISTED else f"the {MAX_LISTED} most mentioned; ask !who <name> for anyone"
    return Reply(pages_from_lines(f"Actors ({len(actors)})", lines, per_page=20, footer=footer))


def actor_card(index: Index, actor: cards.Actor, note: str = "") -> Reply:
    cites = Citations(index)
    roles = _distinct_roles(actor.roles)
    sections = [
        ("Roles", [f"• {dated(r.date)}{r.text} {cites.mark(r.cite)}" for r in roles[:4]]),
        ("Quotes", [f"• “{clip(q.text, QUOTE_CHARS)}” {dated(q.date).strip(' ·')} {cites.mark(q.cite)}".replace("  [", " [")
                    for q in actor.quotes[:3]]),
        ("What they did and said", [_fact_line(f, cites, actor) for f in _facts_for_card(actor)]),
        ("Named in", [_fact_line(f, cites, actor) for f in actor.named_in]),
        ("Figures", _claimed(index, actor, cites)),
        ("Related", [", ".join(index.name_of(r) for r in actor.related if index.name_of(r))]),
    ]
    fields = [f for name, lines in sections if any(lines) for f in fields_from(name, lines)]
    fields += fields_from("Sources", cites.lines())
    aliases = f" · also: {', '.join(actor.aliases[:6])}" if actor.aliases else ""
    description = f"{note}{actor.kind}{aliases} · {plural(actor.mentions, 'mention')} in {plural(len(actor.sources), 'article')}"
    return Reply(pages_from_fields(actor.name, description, fields))


def _fact_line(fact: cards.Fact, cites: Citations, actor: cards.Actor) -> str:
    return f"• {dated(fact.date)}{clip_around(fact.text, FACT_CHARS, [actor.name, *actor.aliases])} {cites.mark(fact.cite)}"


def clip_around(text: str, limit: int, names: list[str]) -> str:
    """A long sentence shortened to the part about the actor: from the clause that names it
    ("… but presidential aide David Babayan said sabotage was unlikely"), when cutting from the
    start would drop the name and what it says."""
    text = _BLANKS.sub(" ", text).strip()
    found = [at for name in names if (at := text.find(name)) != -1]
    if len(text) <= limit or not found or min(found) < limit // 2:
        return clip(text, limit)
    at = min(found)
    opening = max(text.rfind(sep, 0, at) for sep in (", ", "; ", " — ", " – "))
    # else from a word half the room before the name, so that what leads up to it shows ("… weakened
    # following conflicts with Israel."), not the name alone
    start = opening + 2 if opening != -1 and at - opening < limit // 2 else text.find(" ", at - limit // 2) + 1
    return "… " + clip(text[start:], limit - 2)


def _distinct_roles(roles: list[cards.Fact]) -> list[cards.Fact]:
    """Roles without the ones another role already says ("Special Envoy" within "UN Special Envoy")."""
    out: list[cards.Fact] = []
    for role in sorted(roles, key=lambda r: -len(r.text)):
        if not any(fold(role.text) in fold(kept.text) for kept in out):
            out.append(role)
    return sorted(out, key=lambda r: roles.index(r))


def _facts_for_card(actor: cards.Actor) -> list[cards.Fact]:
    facts = actor.did + actor.said
    chosen = sorted(facts, key=lambda f: (f.date is None, f.cite.source, f.cite.sentence))[:5]
    return sorted(chosen, key=lambda f: (f.date is None, Moment.parse(f.date).start if f.date else None, f.cite.source))


def _claimed(index: Index, actor: cards.Actor, cites: Citations) -> list[str]:
    lines = []
    for gid in actor.figures[:4]:
        group = index.figures.get(gid)
        if group is None:
            continue
        for claim in group.claims:
            if actor.id in (claim.claimant, *claim.about):
                mark = " (disputed)" if group.status == "disputed" else ""
                lines.append(f"• {claim.qualifier + ' ' if claim.qualifier else ''}{amount(claim)} "
                             f"{claim.counts}{mark} {cites.mark(claim.cite)}")
    return lines


@command("timeline", "!timeline [actor | topic | year | from:YYYY-MM to:YYYY-MM]", "dated events, oldest first")
def timeline(index: Index, args: list[str]) -> Reply:
    events, title = filter_timeline(index, args)
    if isinstance(events, Reply):
        return events
    cites = Citations(index)
    footer = plural(len(events), "event")
    if len(events) > MAX_LISTED:  # a feed of thousands: the latest, and how to narrow down
        footer = f"the latest {MAX_LISTED} of {footer}; narrow with an actor, topic, year or from:/to:"
        events = events[-MAX_LISTED:]
    lines = [event_line(e, cites) for e in events]
    return Reply(pages_from_lines(title, lines, footer=footer))


def filter_timeline(index: Index, args: list[str]) -> tuple[list[cards.Event] | Reply, str]:
    """Events matching the arguments: an actor, a topic, a year or a from:/to: range."""
    title = "Timeline"
    start = end = None
    words = []
    for arg in args:
        key, _, value = arg.partition(":")
        if key.lower() in ("from", "to") and value:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                return usage("timeline", f"“{clip(value, 20)}” is not a date like 2018, 2018-09 or 2018-09-07."), title
            if key.lower() == "from":
                start = value
            else:
                end = value
        else:
            words.append(arg)
    events, title = _timeline_of(index, " ".join(words))
    if isinstance(events, Reply) or not (start or end):
        return events, title
    low = span_of(start)[0] if start else date.min
    high = span_of(end)[1] if end else date.max
    in_range = [e for e in events if low <= span_of(e.date)[0] and span_of(e.date)[1] <= high]
    return in_range, f"{title} {start or '…'} to {end or '…'}"


def _timeline_of(index: Index, query: str) -> tuple[list[cards.Event] | Reply, str]:
    """The events of an actor, a topic or a year; all of them for no query."""
    events = index.briefs.timeline
    if not query:
        return events, "Timeline"
    if re.fullmatch(r"\d{4}", query):
        return [e for e in events if e.date.startswith(query)], f"Timeline {query}"
    match = index.who(query)
    if match.actors:
        actor = match.actors[0]
        return index.events_of.get(actor.id, []), f"Timeline: {actor.name}"
    topic = index.topic(query)
    if topic is not None:
        ids = {(c.source, c.sentence) for e in topic.events for c in e.cites}
        return [e for e in events if any((c.source, c.sentence) in ids for c in e.cites)], f"Timeline: {topic.name}"
    return message("Nothing to filter by", f"No actor, topic or year “{clip(query, 60)}”. Try !who or !topic."), "Timeline"


@command("figures", "!figures [words]", "key figures; disputed ones first, each claim with its source")
def figures(index: Index, args: list[str]) -> Reply:
    query = fold(" ".join(args))
    cites = Citations(index)
    lines = []
    groups = [g for g in index.briefs.figures if not query or query in fold(g.label + " " + " ".join(c.text for c in g.claims))]
    total = len(groups)
    groups = groups[:MAX_GROUPS]
    for group in groups:
        lines.append(group_header(group))
        lines += [claim_line(c, index, cites) for c in group.claims]
    title = "Figures" + (f" about “{clip(' '.join(args), 40)}”" if query else "")
    shown = f"{total} quantities" if total == len(groups) else f"the first {len(groups)} of {total} quantities"
    return Reply(pages_from_lines(title, lines, footer=shown, per_page=24))


@command("topic", "!topic [name]", "a subject's summary, actors, figures and events; alone, the list")
def topic(index: Index, args: list[str]) -> Reply:
    query = " ".join(args).strip()
    if not query:
        lines = [f"• {t.name} — {plural(len(t.sources), 'article')}, {plural(len(t.events), 'event')}"
                 for t in index.briefs.topics]
        return Reply(pages_from_lines("Topics", lines or ["No topics found."]))
    found = index.topic(query)
    if found is None:
        names = ", ".join(t.name for t in index.briefs.topics[:8])
        return message("No such topic", f"No topic “{clip(query, 60)}”. Topics: {names}.")
    cites = Citations(index)
    sections = [
        ("Summary", [f"• {clip(f.text, FACT_CHARS)} {cites.mark(f.cite)}" for f in found.summary]),
        ("Actors", [", ".join(index.name_of(a) for a in found.actors if index.name_of(a))]),
        ("Figures", [group_header(index.figures[g]) for g in found.figures[:6] if g in index.figures]),
        ("Events", [event_line(e, cites) for e in found.events[:8]]),
    ]
    fields = [f for name, lines in sections if any(lines) for f in fields_from(name, lines)]
    fields += fields_from("Sources", cites.lines())
    return Reply(pages_from_fields(f"Topic: {found.name}", f"{len(found.sources)} articles", fields))


@command("sources", "!sources", "the articles behind the briefs, with how each was dated")
def sources(index: Index, args: list[str]) -> Reply:
    lines = []
    for i, s in enumerate(index.briefs.sources, 1):
        basis = s.date_basis if s.date else (s.read_against_basis or s.date_basis)
        lines.append(f"[{i}] {source_line(s)} — date: {basis}")
    return Reply(pages_from_lines(f"Sources ({len(lines)})", lines))


@command("search", "!search <words>", "facts whose text has all the words, with sources")
def search(index: Index, args: list[str]) -> Reply:
    words = [fold(w) for w in args if w.strip()]
    if not words:
        return usage("search", "Give one or more words to look for.")
    cites = Citations(index)
    lines = []
    seen = set()
    for fact in index.search(words):
        key = (fact.cite.source, fact.cite.sentence) if isinstance(fact, cards.Fact) else \
            (fact.cites[0].source, fact.cites[0].sentence)
        if key in seen:
            continue
        seen.add(key)
        if isinstance(fact, cards.Fact):
            lines.append(f"• {dated(fact.date)}{clip(fact.text, FACT_CHARS)} {cites.mark(fact.cite)}")
        else:
            lines.append(f"• {event_line(fact, cites)}")
        if len(seen) == MAX_FOUND:
            break
    title = f"Search: {clip(' '.join(args), 60)}"
    if not lines:
        return message(title, "No fact has all those words.")
    return Reply(pages_from_lines(title, [*lines, "", "Sources:", *cites.lines()], footer=f"{len(seen)} facts"))


@command("brief", "!brief", "one screen: who matters, latest events, disputed figures, topics")
def brief(index: Index, args: list[str]) -> Reply:
    cites = Citations(index)
    top = sorted(index.briefs.actors, key=lambda a: (-a.mentions, a.name))[:8]
    latest = sorted(index.briefs.timeline, key=lambda e: Moment.parse(e.date).start)[-5:]
    disputed = [g for g in index.briefs.figures if g.status == "disputed"][:5]
    sections = [
        ("Who matters", [f"• {a.name}{_top_role(a)}" for a in top]),
        ("Latest events", [event_line(e, cites) for e in reversed(latest)]),
        ("Disputed figures", [group_header(g) for g in disputed]),
        ("Topics", [", ".join(t.name for t in index.briefs.topics)]),
    ]
    fields = [f for name, lines in sections if any(lines) for f in fields_from(name, lines)]
    fields += fields_from("Sources", cites.lines())
    return Reply(pages_from_fields("Brief", f"{len(index.briefs.sources)} articles", fields))


@command("about", "!about", "corpus size, build time and version")
def about(index: Index, args: list[str]) -> Reply:
    b = index.briefs
    built = index.built_at or "unknown"
    text = (f"{len(b.sources)} articles · {len(b.actors)} actors · {len(b.timeline)} events · "
            f"{len(b.figures)} figures · {len(b.topics)} topics\nBriefs built: {built}\nbriefbot {__version__}")
    return message("About briefbot", text)


@command("help", "!help [command]", "this list")
def help_(index: Index, args: list[str]) -> Reply:
    if args and args[0].lstrip("!/").lower() in COMMANDS:
        _, use, summary = COMMANDS[args[0].lstrip("!/").lower()]
        return message(f"Help: {use}", summary)
    lines = [f"{use} — {summary}" for _, use, summary in COMMANDS.values()]
    return Reply(pages_from_lines("briefbot commands", lines, per_page=20))


def usage(name: str, problem: str) -> Reply:
    _, use, _ = COMMANDS[name]
    return message("Usage", f"{problem}\nUsage: {use}")


def split_args(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def dispatch(index: Index, text: str, prefix: str = "!") -> Reply:
    """Answer one message as the bot would: any text gets a reply, never an exception."""
    stripped = text.strip()
    if stripped.startswith(prefix):
        body = stripped[len(prefix):]
    elif stripped.startswith("/"):
        body = stripped[1:]
    else:
        return message("briefbot", f"Commands start with {prefix}. Try {prefix}help.")
    name, _, rest = body.partition(" ")
    entry = COMMANDS.get(name.lower())
    if entry is None:
        return message("Unknown command", f"There is no {prefix}{clip(name, 40)}. Try {prefix}help.")
    return entry[0](index, split_args(rest))
