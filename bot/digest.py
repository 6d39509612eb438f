"""What today's digest says, composed from the cards and a date: no clock, no Discord.

A digest leads with what is new since the last one (articles first built since then, with
their new actors, events and figures), then what happened on this day in earlier years.
A day with neither is quiet: it gets the disputed figures and the latest events instead,
unless the server asked to skip quiet days.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot import cards
from bot.extract.dates import Moment
from bot.lookup import Index
from bot.replies import (
    EMBED_LIMIT,
    FIELDS_LIMIT,
    Citations,
    Field,
    Page,
    Reply,
    clip,
    event_line,
    fields_from,
    group_header,
)

MAX_NEW_ARTICLES = 5
MAX_ITEMS = 5


def compose(index: Index, today: date, since: date | None = None, *, skip_quiet: bool = False) -> Reply | None:
    """Today's digest, or None when the day is quiet and quiet days are skipped."""
    since = since or today - timedelta(days=1)
    cites = Citations(index)
    new = [s for s in index.briefs.sources if s.first_built and since < date.fromisoformat(s.first_built) <= today]
    sections = _new_sections(index, new, cites) + _on_this_day(index, today, cites)
    quiet = not sections
    if quiet and skip_quiet:
        return None
    if quiet:
        sections = _quiet_day(index, cites)
    fields = [f for name, lines in sections if lines for f in fields_from(name, lines)]
    fields += fields_from("Sources", cites.lines())
    title = f"Daily digest · {today.isoformat()}"
    description = (f"{len(new)} new article{'s' * (len(new) != 1)} since {since.isoformat()}" if new
                   else f"Nothing new since {since.isoformat()}." + (" Here is where things stand." if quiet else ""))
    return Reply((_fit(Page(title, description, tuple(fields))),))


def _new_sections(index: Index, new: list[cards.Source], cites: Citations) -> list[tuple[str, list[str]]]:
    if not new:
        return []
    ids = {s.id for s in new}
    articles = [f"• {clip(s.title, 120)}" + (f" — {s.outlet}" if s.outlet else "") + (f" ({s.date})" if s.date else "")
                for s in new[:MAX_NEW_ARTICLES]]
    if len(new) > MAX_NEW_ARTICLES:
        articles.append(f"• … and {len(new) - MAX_NEW_ARTICLES} more (!sources)")
    actors = [a for a in index.briefs.actors if a.sources and set(a.sources) <= ids]
    events = [e for e in index.briefs.timeline if any(c.source in ids for c in e.cites)]
    groups = [g for g in index.briefs.figures if any(c.cite.source in ids for c in g.claims)]
    return [
        ("New articles", articles),
        ("New actors", [", ".join(a.name for a in sorted(actors, key=lambda a: -a.mentions)[:12])] if actors else []),
        ("New events", [event_line(e, cites) for e in _latest(events)]),
        ("New figures", [group_header(g) for g in groups[:MAX_ITEMS]]),
    ]


def _on_this_day(index: Index, today: date, cites: Citations) -> list[tuple[str, list[str]]]:
    hits = [e for e in index.briefs.timeline if len(e.date) == 10 and e.date[5:] == today.strftime("%m-%d")
            and int(e.date[:4]) < today.year]
    return [("On this day", [event_line(e, cites) for e in hits[:MAX_ITEMS]])] if hits else []


def _quiet_day(index: Index, cites: Citations) -> list[tuple[str, list[str]]]:
    disputed = [g for g in index.briefs.figures if g.status == "disputed"]
    return [
        ("Disputed figures", [group_header(g) for g in disputed[:MAX_ITEMS]]),
        ("Latest events", [event_line(e, cites) for e in _latest(index.briefs.timeline)]),
    ]


def _latest(events: list[cards.Event]) -> list[cards.Event]:
    return sorted(events, key=lambda e: Moment.parse(e.date).start, reverse=True)[:MAX_ITEMS]


def _fit(page: Page) -> Page:
    """One embed within Discord's limits: drop whole facts from the end, never cut one."""
    fields = list(page.fields[:FIELDS_LIMIT])
    while fields and Page(page.title, page.description, tuple(fields)).size() > EMBED_LIMIT:
        last = fields.pop()
        lines = last.value.splitlines()
        if len(lines) > 1:
            fields.append(Field(last.name, "\n".join(lines[:-1])))
    return Page(page.title, page.description, tuple(fields))
