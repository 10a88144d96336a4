"""When an act happened: its clause's date, else the nearest earlier clause's.

``previous`` is the date of the last dated event the article told before, which
relative dates ("the next day") count from; the reader passes it in.
"""

from __future__ import annotations

from datetime import date

from ..dates import DateMention, find_dates
from .records import _PRECISION_ORDER, VAGUE
from .sentence import SentenceView
from .text import _NOT_WHEN, _REPORTED_ON

__all__ = ["act_date"]

When = tuple[date | None, str | None]


def act_date(view: SentenceView, ci: int, previous: date | None, *, strike: bool = False) -> When:
    """The date and precision of an act told in clause ``ci``; (None, None) when none.

    The clauses are tried from ``ci`` back to the first, skipping earlier relative
    clauses: the first that names a time answers (``clause_date``), with a day, a month
    or a year, or with ``VAGUE`` when it names a time it does not fix."""
    key = (ci, previous, strike)
    if key not in view.chosen_dates:
        view.chosen_dates[key] = _look_back(view, ci, previous, strike)
    return view.chosen_dates[key]


def _look_back(view: SentenceView, ci: int, previous: date | None, strike: bool) -> When:
    for j in range(ci, -1, -1):
        if j != ci and view.clauses[j].rel:
            continue  # "Malaysia, which chairs ASEAN this year, offered ..."
        found = clause_dates(view, j, previous)
        if found:
            return clause_date(view, j, found, strike)
    return None, None


def clause_dates(view: SentenceView, j: int, previous: date | None) -> list[DateMention]:
    """The times clause ``j`` names. They depend on the clause and ``previous`` only, so
    they are read once for the strike and the diplomatic readings and for the later
    clauses that look back."""
    key = (j, previous)
    found = view.found_dates.get(key)
    if found is None:
        c = view.clauses[j]
        facts = view.facts
        found = view.found_dates[key] = find_dates(
            view.text[c.start : c.end],
            published=facts.published,
            previous=previous,
            year_hint=facts.year_hint,
        )
    return found


def _quoted(view: SentenceView, at: int) -> bool:
    """Whether offset ``at`` of the sentence is inside quoted speech, which a
    diplomatic act (the saying itself) takes no date from."""
    return view.masked[at] == " " and view.low[at] != " "


def clause_date(view: SentenceView, j: int, found: list[DateMention], strike: bool) -> When:
    """The most precise of the times ``found`` in clause ``j`` that dates the act.

    "the worst fighting since 2020" dates nothing; for a strike, "officials said on
    Wednesday" dates the report, not the strike. "Over the weekend", "last week": a
    time the text gives but does not fix, which is not the report's own day either."""
    text, c0 = view.text, view.clauses[j].start
    best, rank = None, (9, 9)
    reported: DateMention | None = None
    for m in found:
        if m.date is None or m.precision is None:
            continue
        if not strike and _quoted(view, c0 + m.start):
            continue  # 'the minister said on Tuesday, "On May 9 their troops ..."'
        if strike and _REPORTED_ON.search(text, c0, c0 + m.start):
            reported = reported or m
            continue
        if _NOT_WHEN.search(text, c0, c0 + m.start):
            continue
        r = (_PRECISION_ORDER[m.precision], 0 if m.kind == "absolute" else 1)
        if r < rank:
            best, rank = m, r
    if best is not None:
        return best.date, best.precision
    if reported is not None:
        # "the president said Tuesday that the US had struck the boat": told no day of
        # its own, the strike is dated by the report, nearer than the page's day
        return reported.date, reported.precision
    return None, VAGUE if any(m.kind == "vague" for m in found) else None
