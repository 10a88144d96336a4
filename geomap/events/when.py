"""When an act happened: its clause's date, else the nearest earlier clause's.

``previous`` is the date of the last dated event the article told before, which
relative dates ("the next day") count from; the reader passes it in.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..counting import parse_number
from ..dates import DateMention, find_dates
from .records import _PRECISION_ORDER, VAGUE
from .sentence import SentenceView
from .text import _NOT_WHEN, _REPORTED_ON, _WHEN_FOLLOWS, reports_day

__all__ = ["act_date"]

When = tuple[date | None, str | None]

#: a relative time longer than a day ("last year", "this month", "last week"), or
#: "overnight", which in a page of unknown day tells the hour more than the day: a page
#: relaying a wire report days later keeps the wire's "overnight"
_LONGER_THAN_A_DAY = re.compile(r"(?i)\b(?:year|month|week|weekend|overnight)\b")


def act_date(
    view: SentenceView,
    ci: int,
    previous: date | None,
    *,
    strike: bool = False,
    at: int | None = None,
) -> When:
    """The date and precision of an act told in clause ``ci`` (by the trigger at ``at``,
    when given); (None, None) when none.

    The clauses are tried from ``ci`` back to the first, skipping earlier relative
    clauses: the first that names a time answers (``clause_date``), with a day, a month
    or a year, or with ``VAGUE`` when it names a time it does not fix. A clause joining
    two acts by "a day after" dates each from the other (``across_gap``)."""
    if at is not None and "after" in view.low:
        when = across_gap(view, at)
        if when[0] is None:
            when = _after_the_news(view, at, previous)
        if when[0] is not None:
            return when
    if strike and at is not None:
        own = _own_day_after_a_diplomatic_day(view, ci, previous, at)
        if own is not None:
            return own
    if not strike and at is not None:
        own = _act_day_not_the_incident_or_report(view, ci, previous, at)
        if own is not None:
            return own
    if at is not None and ("after" in view.low or "following" in view.low):
        sided = _own_side(view, ci, previous, at, strike)
        if sided is not None:
            return sided
    key = (ci, previous, strike)
    if key not in view.chosen_dates:
        view.chosen_dates[key] = _look_back(view, ci, previous, strike)
    return view.chosen_dates[key]


def _own_day_after_a_diplomatic_day(
    view: SentenceView, ci: int, previous: date | None, at: int
) -> When | None:
    """ "Tajikistan summoned the Kyrgyz envoy on Thursday over firing by Kyrgyz forces on
    Tuesday night": the day between the diplomatic act and the strike is the diplomatic
    act's; the strike takes the day told after it in its clause."""
    c = view.clauses[ci]
    acts = [h.end for h in view.hits if h.type.family == "diplomatic" and c.start <= h.end <= at]
    if not acts:
        return None
    days = [m for m in clause_dates(view, ci, previous) if m.date and m.precision == "day"]
    between = [m for m in days if acts[0] <= c.start + m.start < at]
    after = [m for m in days if c.start + m.start > at]
    if (
        not between
        or not after
        or _REPORTED_ON.search(view.text, c.start, c.start + after[0].start)
    ):
        return None
    return after[0].date, after[0].precision


#: a word that opens what a diplomatic act is about: "a protest over the shelling of ..."
_ABOUT = re.compile(
    r"\b(?:over|about|against|regarding|concerning|following|after|amid|on\s+the\s+incident"
    r"|the\s+(?:killing|killings|death|deaths|shooting|abduction|seizure|detention)\s+of)\b"
)


#: the openers of ``_ABOUT`` that are prepositions: what follows is only the act's subject
_PREPOSITIONS = frozenset(
    {"over", "about", "against", "regarding", "concerning", "following", "after", "amid"}
)


def _act_day_not_the_incident_or_report(
    view: SentenceView, ci: int, previous: date | None, at: int
) -> When | None:
    """ "Nepal yesterday lodged a protest over the firing on a patrol on March 2": of the
    days a diplomatic act's clause names, the day told with the strike the act is about
    (from the word that opens it, "over", "after", "the killing of", to the clause's end)
    is the strike's; "the ministry said on Wednesday it had summoned the envoy on Monday"
    names the report's day beside the act's. The act takes the first other day; when all
    are the strike's, told after "over" or "after", the day an earlier clause tells (the
    act has none of its own); None when the clause names no day apart from the act."""
    c = view.clauses[ci]
    days = [
        m
        for m in clause_dates(view, ci, previous)
        if m.date is not None
        and m.precision == "day"
        and (not _quoted(view, c.start + m.start) or _quoted(view, at))
    ]
    if not days:
        return None
    strikes = [h.start for h in view.hits if h.type.family == "strike" and at < h.start < c.end]
    end = strikes[0] if strikes else c.end
    opens = list(_ABOUT.finditer(view.low, at, end))
    opener = (opens[-1] if strikes else opens[0]) if opens else None
    incident = opener.start() if opener else end
    reports = [m for m in days if reports_day(view.text, c.start, m)]
    # "condemned the strikes a day later": a day counted from the last act is the act's
    told_with_strike = [
        m for m in days if c.start + m.start >= incident and m not in reports and m.kind != "chain"
    ]
    own = [m for m in days if m not in told_with_strike and m not in reports]
    if own and len(own) < len(days):
        return own[0].date, own[0].precision
    if told_with_strike and not own and not reports and opener and opener[0] in _PREPOSITIONS:
        # every day is the strike's ("a protest over the firing on May 2"): the act's is
        # told before, or not at all. "He condemned the shelling of Sotk on Wednesday"
        # may tell the condemnation's day: it keeps it
        return _look_back(view, ci - 1, previous, False) if ci > 0 else (None, None)
    return None


#: "after" or "following" opening the telling of another act ("after a clash killed
#: two"), not a time of day ("shortly after midnight", "after dark")
_AFTER_ACT = re.compile(
    r"\b(?:after|following)\s+(?!(?:midnight|dawn|noon|midday|dusk|sunset|sunrise|sundown"
    r"|dark|nightfall|daybreak|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+"
    r"(?:morning|evening|night|afternoon)|(?:a|an|one|two|three|few|several)\s+"
    r"(?:minutes?|hours?|days?)|(?:minutes?|hours?|days?)\b))"
)

#: where a phrase opened by "after" ends: a comma, or a sentence end glued to the next
_PHRASE_END = re.compile(r"[,;.!?”\"]")


def _own_side(
    view: SentenceView, ci: int, previous: date | None, at: int, strike: bool
) -> When | None:
    """The act's date when the sentence tells another act after "after": "Djibouti
    called up its reservists on Wednesday after a clash killed two soldiers" dates the
    call-up, not the clash; "After two guards were killed on Saturday, the commander
    blamed the rebels" dates the killing, not the blame. A time on the other side of
    "after" is not the act's; None when no time is told on the other side."""
    spans = []
    for m in _AFTER_ACT.finditer(view.low):
        if _toll_of_the_act(view, m.start()):
            continue
        stop = _PHRASE_END.search(view.low, m.end())
        spans.append((m.start(), stop.start() if stop else len(view.low)))
    if not spans:
        return None

    def side(pos: int) -> int:
        return next((k for k, (a, b) in enumerate(spans) if a <= pos < b), -1)

    own = side(at)
    first = ci if own < 0 else 0
    crossed = False
    for j in range(ci, -1, -1) if own < 0 else range(first, len(view.clauses)):
        if j != ci and view.clauses[j].rel:
            continue
        c0 = view.clauses[j].start
        found = clause_dates(view, j, previous)
        # "..., officials said on Saturday" dates the report of either act
        mine = [m for m in found if side(c0 + m.start) == own or reports_day(view.text, c0, m)]
        crossed = crossed or len(mine) < len(found)
        if mine:
            return clause_date(view, j, mine, strike) if crossed else None
    return (None, None) if crossed else None


#: a toll told before "after": "two villagers died", "three herders were killed on
#: Monday", "four civilians were wounded"
_TOLL_BEFORE_AFTER = re.compile(
    r"\b(?:died|perished|(?:was|were|been)\s+(?:killed|wounded|injured|hurt|martyred)"
    r"|lost\s+(?:his|her|their)\s+lives?)\b"
)


def _toll_of_the_act(view: SentenceView, after: int) -> bool:
    """Whether the "after" at ``after`` joins a toll to the act that caused it: "One
    person died after troops shelled the village, in the north, on Sunday evening", or
    "Three herders were killed on Monday after jets bombed their camp". The toll and
    the act are one incident, so a day at either end is the act's; not when an act's
    trigger comes before "after" ("Kenya protested after troops shelled a camp")."""
    lo = max(view.text.rfind(";", 0, after), 0)
    if _TOLL_BEFORE_AFTER.search(view.low, lo, after) is None:
        return False
    return not any(lo <= h.start < after for h in view.hits)


#: a relative clause telling when its noun happened: "which took place on Monday"
_HAPPENED = re.compile(
    r"(?:which|that)\s+(?:took\s+place|happened|occurred|came|(?:was|were)\s+carried\s+out)\b"
)


def _look_back(view: SentenceView, ci: int, previous: date | None, strike: bool) -> When:
    nxt = ci + 1
    if (
        nxt < len(view.clauses)
        and view.clauses[nxt].rel
        and _HAPPENED.match(view.low, view.clauses[nxt].start)
        and not clause_dates(view, ci, previous)
    ):
        # "The strike on the town, which took place on Monday, killed three"
        found = clause_dates(view, nxt, previous)
        if found:
            return clause_date(view, nxt, found, strike)
    for j in range(ci, -1, -1):
        if j != ci and view.clauses[j].rel:
            continue  # "Malaysia, which chairs ASEAN this year, offered ..."
        found = clause_dates(view, j, previous)
        if found:
            back = _day_before_the_report(view, j, found, strike) if previous is None else None
            return back or clause_date(view, j, found, strike)
    return None, None


#: a chain that counts back: "the previous day", "the day before", "two days earlier"
_BACKWARD = re.compile(r"(?i)\b(?:previous|preceding|prior|before|earlier)\b")
_NO_OBJECT = re.compile(r"\s*(?:[,.;:)]|$)")


def _counts_back(text: str, c0: int, m: DateMention) -> bool:
    """An unresolved chain counting back from no object of its own: "the day before." or
    "two days earlier,", not "two days before the talks"."""
    if m.kind != "chain" or m.date is not None or not _BACKWARD.search(m.text):
        return False
    ends_in = m.text.rsplit(None, 1)[-1].lower()
    return ends_in not in ("before", "prior") or _NO_OBJECT.match(text, c0 + m.end) is not None


def _day_before_the_report(
    view: SentenceView, j: int, found: list[DateMention], strike: bool
) -> When | None:
    """ "The army said on Friday that troops had shelled the town the previous day": told
    first in its article, a day counted back counts from the report's day (the
    sentence's, else the page's)."""
    c0 = view.clauses[j].start
    if not any(_counts_back(view.text, c0, m) for m in found):
        return None
    reported = [
        m.date
        for m in found
        if m.date is not None and _REPORTED_ON.search(view.text, c0, c0 + m.start)
    ]
    anchor = reported[0] if reported else view.facts.published
    if anchor is None:
        return None
    return clause_date(view, j, clause_dates(view, j, anchor), strike)


#: "a day after", "two weeks after" joining two acts: the one told after it happened
#: so long before the other
_GAP_AFTER = re.compile(r"\b(?P<n>an?|[a-z]+|\d{1,2})\s+(?P<unit>days?|weeks?)\s+after\s")


#: what may come before a gap phrase opening its sentence: "Just two days after ..."
_OPENS_THE_SENTENCE = re.compile(
    r"[\s\"'“‘(]*(?:(?:just|only|barely|some|nearly|almost|about|exactly)\s+)?"
)


def across_gap(view: SentenceView, at: int) -> When:
    """ "Pakistani troops shelled Poonch on Friday, a day after Indian artillery shelled
    Kotli": the act told after "a day after" happened the day before the other one's
    day, and the other act, when its part names no day, the day after the one told
    after. (None, None) when the sentence joins no acts so, or neither part names a
    day."""
    g, days = _gap_after(view.low)
    if g is None or days is None:
        return None, None
    after = at >= g.end()
    parts = ((g.end(), len(view.text)), (0, g.start()))
    if _OPENS_THE_SENTENCE.fullmatch(view.low, 0, g.start()):
        # "A week after a strike killed two, Mali recalled its envoy on Tuesday": the
        # phrase ends at its comma, and the act after it is the later one
        stop = _PHRASE_END.search(view.low, g.end())
        end = stop.start() if stop else len(view.text)
        after = g.end() <= at < end
        parts = ((g.end(), end), (end, len(view.text)))
    (lo, hi), (olo, ohi) = parts if after else parts[::-1]
    own = _day_in(view, lo, hi)
    if own is not None:
        return own, "day"
    # "Hegseth said on Wednesday, a day after the US struck the boat": the other act
    # may be the saying itself
    other = _day_in(view, olo, ohi, reports=True)
    if other is not None:
        return other + timedelta(days=-days if after else days), "day"
    own = _day_in(view, lo, hi, reports=True)
    return (own, "day") if own is not None else (None, None)


def _after_the_news(view: SentenceView, at: int, previous: date | None) -> When:
    """ "Guards shot dead two smugglers on Tuesday. The shooting comes three weeks after
    guards shot dead five intruders": an act told after "three weeks after" in a sentence
    that names no day happened that long before the act told before it (``previous``),
    so it is the earlier incident the news is compared with. Not when a comma ends the
    phrase before the act ("A day after the clashes, Brazil called for restraint": the
    act is the later one)."""
    g, days = _gap_after(view.low)
    if g is None or days is None or previous is None:
        return None, None
    if at < g.end() or "," in view.low[g.end() : at]:
        return None, None
    return previous - timedelta(days=days), "day"


def _gap_after(low: str) -> tuple[re.Match[str] | None, int | None]:
    """The "N days/weeks after" of a sentence and its days: "three weeks after" is 21.

    >>> _gap_after("they shelled the post a day after the clash")[1]
    1
    >>> _gap_after("the shooting comes three weeks after a raid")[1]
    21
    """
    g = _GAP_AFTER.search(low)
    if g is None:
        return None, None
    n = 1 if g["n"] in ("a", "an") else parse_number(g["n"])
    if n is None:
        return g, None
    return g, n * (7 if g["unit"].startswith("week") else 1)


def _day_in(view: SentenceView, lo: int, hi: int, *, reports: bool = False) -> date | None:
    """The first day ``view.text[lo:hi]`` gives that is not the bound of a period, nor
    (unless ``reports``) a report's ("said on Monday"), nor after publication."""
    facts = view.facts
    return first_day(view.text[lo:hi], view.low, lo, facts.published, facts.year_hint, reports)


def first_day(
    text: str,
    low: str,
    at: int,
    published: date | None,
    year_hint: int | None,
    reports: bool = False,
) -> date | None:
    """The first day ``text`` gives that is not the bound of a period ("since Monday"),
    nor (unless ``reports``) a report's ("officials said on Monday"), nor after
    ``published``; ``low`` is the folded text ``text`` starts in, at ``at``."""
    for m in find_dates(text, published=published, year_hint=year_hint):
        if m.date is None or m.precision != "day" or m.kind == "chain":
            continue
        if not reports and _REPORTED_ON.search(low, at, at + m.start):
            continue
        if _NOT_WHEN.search(text, 0, m.start) and not _WHEN_FOLLOWS.match(text, m.end):
            continue
        if published is not None and m.date > published:
            continue
        return m.date
    return None


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
            month_hint=facts.month,
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
        if strike and reports_day(text, c0, m):
            reported = reported or m
            continue
        bound = _NOT_WHEN.search(text, c0, c0 + m.start)
        if (bound and not _WHEN_FOLLOWS.match(text, c0 + m.end)) or _to_come(view, m):
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
    month = view.facts.month
    if month is not None and any(_in_the_month(text, c0, m) for m in found):
        return month, "month"
    return None, VAGUE if any(m.kind == "vague" for m in found) else None


def _to_come(view: SentenceView, m: DateMention) -> bool:
    """A day after publication, which news tells of no act that happened: "troops shelled
    the posts on Monday, ahead of a March 10 deadline for talks"."""
    published = view.facts.published
    return (
        published is not None
        and m.precision == "day"
        and m.date is not None
        and (m.date > published)
    )


def _in_the_month(text: str, c0: int, m: DateMention) -> bool:
    """A day counted from publication ("yesterday", "on Tuesday") in a page known only to
    its month ("/2012/01/" in its address): a day of that month, as near as it can be
    told. Not "last year" or "last month", and not the bound of a period."""
    return (
        m.date is None
        and m.kind in ("relative", "weekday")
        and _LONGER_THAN_A_DAY.search(m.text) is None
        and not _NOT_WHEN.search(text, c0, c0 + m.start)
    )
