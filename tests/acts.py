"""What the phrasing batteries share: the strikes and diplomatic acts geomap reads out
of a short invented text, and whether they are the acts a case expects.

Every text the batteries give is written for them; none comes from an article.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.models import Event
from geomap.resolution import geoparse

#: (type, actor, target, place); an expected place of "*" matches any
Act = tuple[str, str | None, str | None, str | None]
#: acts of two parties together, whichever is named first
JOINT = frozenset({"meeting", "phone call", "agreement", "ambassadors return"})
#: a field a case does not check
ANY = object()
#: the publication date of every battery text
PUBLISHED = datetime.date(2025, 7, 24)


def events_of(text: str) -> list[Event]:
    """The events of ``text``, given a headline when it has none."""
    body = text if "\n\n" in text else f"Report\n\n{text}"
    article = article_from_text("t.txt", body, published=PUBLISHED)
    return extract_events(article, geoparse(article))


def strikes_of(text: str, published: str = "2024-03-06") -> list[Event]:
    """The strikes of ``text`` as written (no headline added)."""
    article = article_from_text("battery.txt", text, published=published)
    return [e for e in extract_events(article, geoparse(article)) if e.family == "strike"]


def reported_strikes(
    text: str, published: str = "2024-03-06", *, background: bool = False
) -> list[Event]:
    """The strikes of ``text`` told under a headline ("Report"); those told as
    background are left out unless ``background``."""
    article = article_from_text("battery.txt", f"Report\n\n{text}", published=published)
    events = extract_events(article, geoparse(article))
    return [e for e in events if e.family == "strike" and (background or not e.background)]


def strike_fits(event: Event, want: tuple, either_way: bool = False) -> bool:
    """Whether ``event`` is the strike ``want`` describes: (type, actor, target, place
    name[, killed]), each field ANY when the case does not check it; ``either_way``:
    the parties in either order (a clash)."""
    kind, actor, target, place, *rest = want
    killed = rest[0] if rest else ANY
    parties = (
        event.actor if actor is not ANY else ANY,
        event.target if target is not ANY else ANY,
    )
    if either_way:
        parties_ok = sorted(parties, key=str) == sorted((actor, target), key=str)
    else:
        parties_ok = parties == (actor, target)
    return (
        parties_ok
        and (kind is ANY or event.type == kind)
        and (place is ANY or (event.place is not None and event.place.name == place))
        and (killed is ANY or event.killed == killed)
    )


def event_dates(
    text: str, published: str | None = "2024-03-06", family: str = "strike"
) -> list[datetime.date | None]:
    """The dates of the ``family`` events of ``text`` told under a headline ("Report"),
    background left out, in order."""
    body = text if "\n\n" in text else f"Report\n\n{text}"
    article = article_from_text("battery.txt", body, published=published)
    events = extract_events(article, geoparse(article))
    return [e.date for e in events if e.family == family and not e.background]


def day(value: str | None) -> datetime.date | None:
    """``YYYY-MM-DD`` as a date (None stays None)."""
    return datetime.date.fromisoformat(value) if value else None


def case(id_: str, *values: object, xfail: str | None = None) -> object:
    """One battery case, its ``values`` under the id ``id_``; ``xfail`` says why the
    extractor does not read it yet (a strict mark: a fix that makes it pass fails the
    case until the mark is removed)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*values, id=id_, marks=marks)


def diplomatic_acts(text: str) -> list[Act]:
    """The diplomatic acts of ``text`` as (type, actor, target, place name)."""
    return [
        (e.type, e.actor, e.target, e.place.name if e.place else None)
        for e in events_of(text)
        if e.family == "diplomatic"
    ]


def _key(act: Act) -> tuple:
    kind, actor, target, _ = act
    if kind in JOINT:
        return (kind, *sorted([actor or "", target or ""]))
    return (kind, actor, target)


def same_acts(got: list[Act], want: list[Act]) -> bool:
    """Whether ``got`` holds exactly the acts ``want`` expects, in any order."""
    if len(got) != len(want):
        return False
    rest = list(got)
    for w in want:
        found = next((g for g in rest if _key(g) == _key(w) and w[3] in ("*", g[3])), None)
        if found is None:
            return False
        rest.remove(found)
    return True
