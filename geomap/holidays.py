"""Dates told by a holiday's name: "shelled the town on Christmas Eve", "during Nowruz",
"on the eve of Eid al-Adha", "in his Christmas Day address".

The holidays, their spellings and their days are data (``lexicons/holidays.toml``,
built by ``tools/build_holidays.py``). A fixed holiday takes its year as a month and day
do: the one within the eleven months before publication or the month after it, else
the ``year_hint``. A movable one (the two Eids, Nowruz, Easter) is looked up for that
year in the table; "Eid" alone is the latest Eid before publication. A year written
with the name ("on Christmas Day 2019", "on Eid al-Adha in 2019") wins. With no year
known, or a year the table lacks, the holiday fixes no date.

Only a holiday the act is *on* dates it: after "on", "during", "over", "at", "the eve
of", "the first day of", or as the modifier of what was said or done on it ("his
Christmas Day address"); "days before Christmas" or "ahead of Eid" date nothing.

>>> [(m[2], m[3]) for m in holiday_dates("shelled it on Christmas Eve", date(2025, 1, 3), None)]
[(datetime.date(2024, 12, 24), 'day')]
>>> holiday_dates("a week before Christmas", date(2025, 1, 3), None)
[]
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from functools import cache
from importlib.resources import files

__all__ = ["holiday_dates"]

#: (start, end, date, precision, kind), as ``geomap.dates`` keeps its candidates
Candidate = tuple[int, int, date | None, str | None, str]

#: what may stand before a holiday the act falls on
_ON = re.compile(
    r"(?:\b(?:on|during|over|at|for)\s+(?:the\s+)?"
    r"(?:(?P<eve>eve)\s+of\s+(?:the\s+)?|(?P<nth>first|second|third)\s+day\s+of\s+(?:the\s+)?)?"
    r"|\b(?:the\s+)?(?P<eve1>eve)\s+of\s+(?:the\s+)?)$",
    re.I,
)
#: ... or, with no such word, what makes it the day of the thing named after it: "his
#: Christmas Day address", "the Eid al-Adha attack"
_MODIFIES = re.compile(
    r"\s+(?:speech|address|message|sermon|broadcast|attack|attacks|strike|strikes|shelling"
    r"|raid|raids|bombing|offensive|ceasefire|truce)\b"
)
_OWNER = re.compile(r"(?:['\u2019]s|\b(?:his|her|its|their|the|a))\s+$", re.I)
#: a year written with the holiday: "Christmas Day 2019", "Eid al-Adha in 2019"
_YEAR_AFTER = re.compile(r",?\s+(?:in\s+|of\s+)?(?P<year>(?:19|20)\d\d)\b")
_NTH = {"first": 0, "second": 1, "third": 2}


@cache
def _table() -> tuple[re.Pattern[str] | None, dict[str, str], dict, dict]:
    """The holidays' names as one pattern, each spelling's holiday, the fixed days and
    the movable ones."""
    raw = tomllib.loads(files("geomap").joinpath("lexicons/holidays.toml").read_text("utf-8"))
    spelling: dict[str, str] = {}
    written: list[str] = []
    for key, names in raw.get("names", {}).items():
        for name in names:
            spelling[_fold(name)] = key
            written.append(name)
    if not spelling:
        return None, {}, {}, {}
    alternation = "|".join(_form(n) for n in sorted(written, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
    movable = {k: {int(y): d for y, d in v.items()} for k, v in raw.get("movable", {}).items()}
    return rx, spelling, raw.get("fixed", {}), movable


def _fold(name: str) -> str:
    """A spelling as compared: lower case, the apostrophe and hyphens as spaces."""
    return re.sub(r"[\s'\u2019-]+", " ", name.lower()).replace(" s ", "s ").strip()


def _form(name: str) -> str:
    """The pattern of a spelling: its first letter as written, the rest in any case,
    the apostrophe optional and a hyphen or a space between words alike."""
    rest = re.escape(name[1:]).replace("'", "['\u2019]?")
    rest = re.sub(r"(?:\\ |\\-|-)+", r"[\\s-]+", rest)
    return re.escape(name[0]) + f"(?i:{rest})"


def holiday_dates(text: str, published: date | None, year_hint: int | None) -> list[Candidate]:
    """The holidays in ``text`` an act is on, each with its day (None when no year is
    known)."""
    rx, spelling, fixed, movable = _table()
    if rx is None:
        return []
    out: list[Candidate] = []
    for m in rx.finditer(text):
        before = _ON.search(text, max(0, m.start() - 40), m.start())
        owned = _OWNER.search(text, max(0, m.start() - 12), m.start())
        if before is None and not (owned and _MODIFIES.match(text, m.end())):
            continue
        key = spelling.get(_fold(m.group()))
        if key is None:
            continue
        start, end = (before.start() if before else m.start()), m.end()
        year_m = _YEAR_AFTER.match(text, end)
        if year_m:
            end = year_m.end()
        year = int(year_m.group("year")) if year_m else None
        day = _day_of(key, fixed, movable, year, published, year_hint)
        if day is not None and before is not None:
            shift = -1 if (before.group("eve") or before.group("eve1")) else 0
            shift += _NTH.get((before.group("nth") or "").lower(), 0)
            day += timedelta(days=shift)
        out.append((start, end, day, "day" if day else None, "absolute"))
    return out


def _day_of(
    key: str,
    fixed: dict[str, str],
    movable: dict[str, dict[int, date]],
    year: int | None,
    published: date | None,
    year_hint: int | None,
) -> date | None:
    """The day of holiday ``key``: in ``year`` when written, else the one nearest
    before publication (at most a month after it), else in ``year_hint``."""
    if key == "eid":  # either Eid: the latest of the two
        days = [_day_of(k, fixed, movable, year, published, year_hint) for k in _EIDS]
        found = [d for d in days if d is not None]
        past = [d for d in found if published is None or d <= published]
        return max(past) if past else (min(found) if found else None)
    if year is None and published is None:
        year = year_hint
    if year is not None:
        return _in_year(key, fixed, movable, year)
    if published is None:
        return None
    near = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := _in_year(key, fixed, movable, y)) is not None
        and -335 <= (d - published).days <= 31
    ]
    past = [d for d in near if d <= published]
    return max(past) if past else (min(near) if near else None)


_EIDS = ("eid al-fitr", "eid al-adha")


def _in_year(
    key: str, fixed: dict[str, str], movable: dict[str, dict[int, date]], year: int
) -> date | None:
    if key in fixed:
        month, day = (int(x) for x in fixed[key].split("-"))
        return date(year, month, day)
    return movable.get(key, {}).get(year)
