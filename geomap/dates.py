"""Fix the calendar date an event sentence states, relative to the article it is in.

News stories rarely write full dates. They say "On Tuesday", "two days later",
"earlier this month" or "on December 28", and leave the reader to work out the day
from the publication date or from the event told just before. A map of strikes
needs that day, so this module reads the date expressions of one sentence and
resolves each against what is known: the publication date (``published``), the
date of the previous event in the same article (``previous``, for chains such as
"the next day") and, when the article is undated, a year taken from elsewhere
(``year_hint``).

The rules are general English news usage, not tuned to one conflict:

* Month names and weekdays must be capitalised; "they march", "may escalate" and
  "Sunni" are never dates. The month names that are also common words or first
  names (March, May, April, June, August) count only next to a day number or a
  year, or after "in", "of", "since", "early", "late", "mid-" and similar.
* A date without a year is put within the eleven months before publication or the
  month after it, so an article of 5 January 2024 that says "on December 28"
  means 2023-12-28. Without a publication date the ``year_hint`` is used; with
  neither the date is left unknown rather than guessed.
* News reports past events, so a bare weekday ("On Tuesday", "Tuesday's attack")
  is the most recent such day on or before publication; "last Tuesday" is never
  the publication day itself; "next Tuesday" is the first one after it.
* "Overnight" is the night before publication, "overnight into Tuesday" the night
  before that Tuesday; "on the 4th" is a day of the publication month, or of the month
  before when the day is still to come.
* Chains ("two days later", "the following day", "the day before") count from the
  previous event's date, never from publication.
* Expressions that name no single day, month or year ("last week", "recently",
  "over the weekend", "at the weekend") are reported with ``kind="vague"`` and no date.

Every mention carries offsets into the string given, so ``sentence[m.start:m.end]``
is always ``m.text``. Only the standard library is used; patterns are compiled once
and run only next to cheap substring hits (see below), so a sentence without a date
costs a few microseconds and one with dates a few tens at most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final

from .holidays import holiday_dates

__all__ = ["DateMention", "event_date", "find_dates"]

#: the precisions a mention may carry (``None`` when the date is unknown)
PRECISIONS: Final = ("day", "month", "year")
#: the kinds of date expression
KINDS: Final = ("absolute", "weekday", "relative", "chain", "vague")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression in a sentence and the date it resolves to."""

    start: int
    end: int
    text: str
    #: None when the expression cannot be fixed with what is known
    date: date | None
    #: "day", "month", "year", or None when ``date`` is None
    precision: str | None
    #: "absolute", "weekday", "relative", "chain" or "vague"
    kind: str


# --------------------------------------------------------------------------- words

_MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

#: month names that are also everyday words or first names: dates only in context
_AMBIGUOUS_MONTHS: Final = frozenset({"March", "May", "April", "June", "August"})

_WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

#: how many years after the year a page gives a weekday may move its day and month
_WEEKDAY_YEARS: Final = 6

#: capitalised words that make a weekday the name of a holiday or a historic day
_NAMED_DAY_QUALIFIERS: Final = frozenset(
    {
        "Ash", "Black", "Bloody", "Blue", "Clean", "Cyber", "Easter", "Fat", "Good",
        "Great", "Holy", "Low", "Mad", "Maundy", "Palm", "Shrove", "Super", "Whit",
    }
)  # fmt: skip

_SMALL_NUMBERS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip


# ------------------------------------------------------------------------ patterns
#
# ``re`` tries a pattern at every position of a string, which for patterns this rich
# costs tens of microseconds per sentence. So nothing scans the whole sentence:
# month names, weekdays and years are found by plain substring search and then read
# with patterns anchored at the hit (``match``), looking at the word or two before
# them by hand; relative expressions ("two days later") are read only in a short
# window around a unit word ("day", "week", "month" ...). A sentence without any of
# those pieces costs a handful of substring tests.

_MON_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d\b(?![.,]?\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SMALL_NUMBER = "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True))

#: a month name and what follows it: "January 16", "Jan. 16, 2024", "January 2024"
_AT_MONTH = re.compile(
    rf"""(?P<mon>{_MON_FULL}|{_MON_ABBR}\.?)(?![A-Za-z])
    (?:(?:\s+|(?<=\.))(?:the\s+)?(?P<day>{_DAY_NUM})\b(?![.,:]?\d)(?:\s*[-–—]\s*{_DAY_NUM}\b)?
        (?:,?\s+(?P<year>{_YEAR}))?
      | ,?\s+(?P<year_only>{_YEAR})
    )?""",
    re.VERBOSE,
)
#: the day before a month name: "16", "16th", "16-18" (a whole whitespace-separated token)
_DAY_TOKEN = re.compile(rf"(?P<day>{_DAY_NUM})(?:[-–—]{_DAY_NUM})?")
_WEEKDAY_TOKEN = re.compile(rf"{_WD},?")
#: a capitalised name after a date makes the date part of a name ("March 23 Movement")
_NAME_AFTER = re.compile(
    r"\s+(?:Movement|Brigade|Front|Group|Coalition|Alliance|Party|Revolution|Street|Square"
    r"|Road|Avenue|Bridge|Stadium|University|Hospital|Airport|Division|Corps)\b"
)
_ISO_AT = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])"
)
_NUMERIC_BEFORE = re.compile(r"(?<![\d./])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)\Z")
_YEAR_AT = re.compile(
    rf"{_YEAR}(?!\s+(?i:people|persons|soldiers|troops|civilians|residents|families|homes"
    r"|houses|rockets|missiles|shells|drones|refugees|fighters|men|women|children)\b)"
)
_PART_OF_DAY = re.compile(r"\s+(?i:morning|afternoon|evening|night|overnight|noon|midnight)\b")

#: a weekday after "overnight" names the night: "overnight Sunday", "overnight into Monday"
_NIGHT_OF_A_DAY = re.compile(rf"\s+(?:(?:into|to|on)\s+)?{_WD}\b")
_MONTH_GATE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WEEKDAY_GATE = re.compile(_WD)

#: words before a month name that make it a date ("in May", "since March")
_MONTH_CONTEXT: Final = frozenset(
    {
        "in", "of", "since", "until", "till", "by", "during", "from", "through", "throughout",
        "before", "after", "early", "late", "last", "this", "next",
    }
)  # fmt: skip
_YEAR_CONTEXT: Final = frozenset(
    {
        "in", "since", "during", "until", "till", "through", "throughout", "before", "after",
        "early", "late",
    }
)  # fmt: skip
_WEEKDAY_MODIFIERS: Final = frozenset({"last", "past", "coming", "next", "this", "early", "late"})
_HABITUAL: Final = frozenset({"every", "each"})

# Relative and chained expressions, read on lower-cased text. Every alternative starts
# with a literal so that the regex engine skips non-starting positions quickly, and
# ends in an empty marker group whose name (``m.lastgroup``, trailing digits dropped)
# says what was read.
_RELATIVE_RX = re.compile(
    rf"""(?<![a-z0-9])(?:
      the\s+(?:
          day\s+before\s+yesterday(?P<dby>)
        | (?:next|following|subsequent)\s+(?:day|morning|afternoon|evening|night)(?P<next>)
        | day\s+after(?P<next1>)
        | (?:previous|preceding|prior)\s+(?:day|night|evening|morning)(?P<prev>)
        | (?:day|night|evening)\s+before(?P<prev1>)
        | same\s+(?:day|night|morning|evening|afternoon)(?P<same>)
        | (?:following|next)\s+(?P<cwd>monday|tuesday|wednesday|thursday|friday|saturday
            |sunday)(?P<nextwd>)
        | (?:following|next|previous|same)\s+(?:week|weekend|month|year)(?P<vague>)
        | past\s+(?:few\s+)?(?:days|weeks)(?P<vague1>)
      )
    | yesterday(?P<yesterday>)
    | to(?:day|night)(?P<today>)
    | (?:next|following|subsequent)\s+(?:day|morning|afternoon|evening|night)(?P<next2>)
    | following\s+(?P<cwd1>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?P<nextwd1>)
    | (?P<pmod>this|last|next|past)\s+(?P<period>month|year|weekend|week|night|morning
        |afternoon|evening)(?P<period0>)
    | (?:earl(?:ier|y)|later?)\s+(?:
          (?:in\s+)?(?P<pmod1>this|last|next)\s+(?P<period2>month|year|weekend|week)(?P<period1>)
        | in\s+the\s+(?:month(?P<inmonth>)|day(?P<same1>))
        | (?:that|the\s+same)\s+(?:day|night|morning|evening|afternoon)(?P<same2>)
      )
    | (?P<n>{_SMALL_NUMBER}|\d{{1,2}})\s+(?P<unit>days?|weeks?|nights?|months?|years?)
        \s+(?P<dir>ago|later|afterwards|after|on(?=\s*[,;])|earlier|before|prior)(?P<count>)
    | (?:a\s+(?:few|couple\s+of)|several|some)\s+(?:days|weeks|months)\s+(?:ago|later|earlier)
        (?P<vague2>)
    | (?:days|weeks|months)\s+(?:ago|later|earlier)(?P<vague3>)
    | (?:over|at)\s+the\s+weekend(?P<vague4>)
    | overnight(?P<overnight>)
    | in\s+recent\s+(?:days|weeks|months|years)(?P<vague5>)
    | recently(?P<vague6>)
    | hours\s+(?:later|earlier)(?P<same3>)
    | that\s+(?:same\s+)?(?:day|night|evening)(?P<same4>)
    )(?![a-z])""",
    re.VERBOSE,
)
#: lower-case pieces that every relative or chained expression contains
_RELATIVE_KEYS: Final = (
    "day", "night", "orning", "fternoon", "vening", "eek", "onth", "year", "ago", "ecent", "ours",
)  # fmt: skip
#: any of them, found in one C-level scan instead of one ``find`` per piece
_RELATIVE_KEY_RX = re.compile("|".join(_RELATIVE_KEYS))


# ------------------------------------------------------------------------ helpers


def _prev_token(text: str, p: int) -> tuple[int, str] | None:
    """The whitespace-separated token just before ``p`` (with whitespace between), and
    its start; None at the start of the text or when ``p`` is inside a token."""
    if p <= 0 or not text[p - 1].isspace():
        return None
    lo = max(0, p - 24)
    head = text[lo:p].rstrip()
    if not head:
        return None
    token = head.split()[-1]
    start = lo + len(head) - len(token)
    if start == lo and lo > 0 and not text[lo - 1].isspace():
        return None  # longer than the look-back: not one of the short words wanted here
    return start, token


def _windows(text: str, hits: list[int], before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans around ``hits``, widened to whole words."""
    n = len(text)
    spans: list[tuple[int, int]] = []
    for p in sorted(hits):
        lo, hi = max(0, p - before), min(n, p + after)
        while lo > 0 and text[lo - 1].isalnum():
            lo -= 1
        while hi < n and text[hi].isalnum():
            hi += 1
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def _starts(rx: re.Pattern[str], text: str) -> list[int]:
    """Every position where ``rx`` matches, overlapping matches included: the same
    positions as ``_find_all`` of the needles ``rx`` is the alternation of, in order."""
    hits: list[int] = []
    m = rx.search(text)
    while m is not None:
        i = m.start()
        hits.append(i)
        m = rx.search(text, i + 1)
    return hits


def _find_all(text: str, needles: tuple[str, ...]) -> list[int]:
    hits: list[int] = []
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            hits.append(i)
            i = text.find(needle, i + 1)
    return hits


def _lower(text: str) -> str:
    """Lower-case without changing the length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _make_date(year: int | None, month: int, day: int) -> date | None:
    if year is None or not 1 <= year <= 9999:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(month: date | None) -> date | None:
    """The last day of ``month``'s month (None for None)."""
    if month is None:
        return None
    y, mo = _shift_month(month.year, month.month, 1)
    return date(y, mo, 1) - timedelta(days=1)


def _infer_year(month: int, published: date | None, year_hint: int | None) -> int | None:
    """The year of a month named without one: 11 months before to 1 month after publication."""
    if published is None:
        return year_hint
    ahead = month - published.month
    if ahead > 1:
        return published.year - 1
    if ahead < -10:
        return published.year + 1
    return published.year


def _day_of(token: str) -> int:
    return int(token[:2].rstrip("snrt"))


def _small_number(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL_NUMBERS[word]


def _shift(d: date, days: int) -> date | None:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


_Candidate = tuple[int, int, date | None, str | None, str]


def _found(start: int, end: int, d: date | None, precision: str, kind: str) -> _Candidate:
    return (start, end, d, precision if d is not None else None, kind)


# ---------------------------------------------------------------------- scanners


def _with_weekday(text: str, start: int) -> int:
    """Move ``start`` back over "Tuesday, " or "Tuesday, the " before a full date."""
    prev = _prev_token(text, start)
    if prev and prev[1] == "the":
        prev = _prev_token(text, prev[0])
    if prev and _WEEKDAY_TOKEN.fullmatch(prev[1]):
        return prev[0]
    return start


def _weekday_at(text: str, start: int) -> int:
    """The weekday of the "Tuesday," that starts at ``start`` (0 is Monday)."""
    return _WEEKDAYS[text[start : start + 10].split()[0].rstrip(",").lower()]


def _on_weekday(year: int | None, month: int, day: int, weekday: int) -> date | None:
    """The day and month in ``year``, or in the nearest later year (at most
    ``_WEEKDAY_YEARS`` on), on which they fall on ``weekday``; None when no year fits.

    A page with no publication date takes the year of "on Wednesday, March 27" from
    elsewhere (its other dates, its address), and the weekday must agree with it: March
    27 was a Sunday in 2022 and a Wednesday in 2024.

    >>> _on_weekday(2022, 3, 27, 2)
    datetime.date(2024, 3, 27)
    >>> _on_weekday(2022, 3, 27, 6)
    datetime.date(2022, 3, 27)
    >>> _on_weekday(2022, 2, 29, 0) is None
    True
    """
    if year is None:
        return None
    for y in range(year, year + _WEEKDAY_YEARS + 1):
        d = _make_date(y, month, day)
        if d is not None and d.weekday() == weekday:
            return d
    return None


def _scan_months(
    text: str, published: date | None, year_hint: int | None, out: list[_Candidate]
) -> None:
    for hit in _MONTH_GATE.finditer(text):
        p = hit.start()
        if p > 0 and text[p - 1].isalnum():
            continue
        m = _AT_MONTH.match(text, p)
        if m is None:
            continue
        name = m.group("mon")
        month = _MONTHS[name.rstrip(".").lower()]
        end = m.end()
        prev = _prev_token(text, p)
        before_day = prev
        if prev and prev[1] == "of":
            before_day = _prev_token(text, prev[0])
        day_token = _DAY_TOKEN.fullmatch(before_day[1]) if before_day else None
        if day_token and before_day and not m.group("day"):  # "16 January (2024)"
            if _NAME_AFTER.match(text, end):
                continue
            year_text = m.group("year_only")
            year = int(year_text) if year_text else _infer_year(month, published, year_hint)
            day = _day_of(day_token.group("day"))
            at = _with_weekday(text, before_day[0])
            d = _make_date(year, month, day)
            if at != before_day[0] and not year_text and published is None:
                d = _on_weekday(year, month, day, _weekday_at(text, at))
            out.append(_found(at, end, d, "day", "absolute"))
        elif m.group("day"):  # "January 16 (, 2024)"
            if _NAME_AFTER.match(text, end):
                continue
            year_text = m.group("year")
            year = int(year_text) if year_text else _infer_year(month, published, year_hint)
            day = _day_of(m.group("day"))
            at = _with_weekday(text, p)
            d = _make_date(year, month, day)
            if at != p and not year_text and published is None:
                d = _on_weekday(year, month, day, _weekday_at(text, at))
            out.append(_found(at, end, d, "day", "absolute"))
        elif m.group("year_only"):  # "January 2024"
            d = _make_date(int(m.group("year_only")), month, 1)
            out.append(_found(p, end, d, "month", "absolute"))
        elif (not name.endswith(".") and len(name) > 3) or name == "May":
            _bare_month(text, p, end, name, month, prev, published, year_hint, out)


def _bare_month(
    text: str,
    p: int,
    end: int,
    name: str,
    month: int,
    prev: tuple[int, str] | None,
    published: date | None,
    year_hint: int | None,
    out: list[_Candidate],
) -> None:
    """ "in January", "mid-March", "last December"; a bare "January" but not "may"."""
    word = prev[1].lower() if prev else ""
    if text[max(0, p - 4) : p].lower() == "mid-":
        word = "mid"
    elif word not in _MONTH_CONTEXT:
        if word in _HABITUAL or name in _AMBIGUOUS_MONTHS:
            return
        word = ""
    start = p
    year: int | None
    if word in ("last", "next") and prev:
        start = prev[0]
        if published is None:
            year = None
        elif word == "last":
            year = published.year - (month >= published.month)
        else:
            year = published.year + (month <= published.month)
    elif word == "this" and prev:
        start = prev[0]
        year = published.year if published else year_hint
    else:
        year = _infer_year(month, published, year_hint)
    out.append(_found(start, end, _make_date(year, month, 1), "month", "absolute"))


def _scan_years(text: str, out: list[_Candidate]) -> None:
    for p in _find_all(text, ("19", "20")):
        if p > 0 and text[p - 1].isalnum():
            continue
        if p > 0 and text[p - 1] in "./":
            m = _NUMERIC_BEFORE.search(text, max(0, p - 6), p)
            year_m = _YEAR_AT.match(text, p)
            if m is None or year_m is None:
                continue
            a, b, y = int(m.group("a")), int(m.group("b")), int(text[p : p + 4])
            if m.group("sep") == "." or a > 12:
                d = _make_date(y, b, a)
            elif b > 12:
                d = _make_date(y, a, b)
            else:  # 03/04/2024: day-first or month-first cannot be told
                d = _make_date(y, a, b) if a == b else None
            out.append(_found(m.start(), p + 4, d, "day", "absolute"))
            continue
        iso = _ISO_AT.match(text, p)
        if iso and (p == 0 or text[p - 1] != "-"):
            d = _make_date(int(iso.group("y")), int(iso.group("m")), int(iso.group("d")))
            out.append(_found(p, iso.end(), d, "day", "absolute"))
            continue
        year_m = _YEAR_AT.match(text, p)
        if year_m is None:
            continue
        prev = _prev_token(text, p)
        word = prev[1].lower() if prev else ""
        if word == "year" and prev:  # "in the year 2000"
            prev = _prev_token(text, prev[0])
            prev = _prev_token(text, prev[0]) if prev and prev[1].lower() == "the" else None
            word = prev[1].lower() if prev else ""
        if word in _YEAR_CONTEXT or text[max(0, p - 4) : p].lower() == "mid-":
            out.append(_found(p, p + 4, _make_date(int(text[p : p + 4]), 1, 1), "year", "absolute"))


def _scan_weekdays(text: str, published: date | None, out: list[_Candidate]) -> None:
    for m in _WEEKDAY_GATE.finditer(text):
        p, end = m.span()
        if (p > 0 and text[p - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        start = p
        mod = ""
        prev = _prev_token(text, p)
        if prev and prev[1].lower() in _WEEKDAY_MODIFIERS:
            mod, start = prev[1].lower(), prev[0]
            if mod in ("past", "coming"):
                prev2 = _prev_token(text, start)
                if prev2 and prev2[1].lower() == "this":
                    start = prev2[0]
        elif prev and (prev[1] in _NAMED_DAY_QUALIFIERS or prev[1].lower() in _HABITUAL):
            continue  # "Good Friday", "Bloody Sunday", "every Friday"
        part = _PART_OF_DAY.match(text, end)
        if part:
            end = part.end()
        night_before = _night_into(text, start) if not mod else None
        if night_before is not None:
            start = night_before
        if published is None:
            out.append((start, end, None, None, "weekday"))
            continue
        weekday = _WEEKDAYS[m.group().lower()]
        if mod in ("next", "coming"):
            d = _shift(published, (weekday - published.weekday()) % 7 or 7)
        else:
            back = (published.weekday() - weekday) % 7
            if mod in ("last", "past") and back == 0:
                back = 7
            d = _shift(published, -back)
        if night_before is not None and d is not None:
            d = _shift(d, -1)  # "overnight into Tuesday": the night began on Monday
        out.append(_found(start, end, d, "day", "weekday"))


def _night_into(text: str, p: int) -> int | None:
    """Where "overnight into" or "overnight to" starts before the weekday at ``p``
    ("Israeli jets struck the town overnight into Tuesday"), else None."""
    prev = _prev_token(text, p)
    if prev is None or prev[1].lower() not in ("into", "to"):
        return None
    night = _prev_token(text, prev[0])
    return night[0] if night and night[1].lower() == "overnight" else None


#: "on the 4th", "the night of the 3rd": a day of the month named alone
_DAY_OF_MONTH = re.compile(
    r"\b(?:on|of)\s+the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$|(?:at|and|as|when|while|after|before|in|near|along)\b))"
)
_ORDINAL_GATE = re.compile(r"\d(?:st|nd|rd|th)\b")


def _scan_days_of_month(text: str, published: date | None, out: list[_Candidate]) -> None:
    """A day of the month named alone ("shelled the posts on the 4th"): of the
    publication month when it is not after publication, else of the month before."""
    if _ORDINAL_GATE.search(text) is None:
        return
    for m in _DAY_OF_MONTH.finditer(text):
        start = m.start() + m.group().index("the")
        if published is None:
            out.append((start, m.end(), None, None, "relative"))
            continue
        day = int(m.group("day"))
        year, month = published.year, published.month
        if day > published.day:
            year, month = _shift_month(year, month, -1)
        out.append(_found(start, m.end(), _make_date(year, month, day), "day", "relative"))


def _scan_relative(
    text: str, published: date | None, previous: date | None, out: list[_Candidate]
) -> None:
    hits = _starts(_RELATIVE_KEY_RX, text)
    if not hits:
        return
    for lo, hi in _windows(text, hits, 36, 36):
        low = _lower(text[lo:hi])
        for m in _RELATIVE_RX.finditer(low):
            start, end = m.start() + lo, m.end() + lo
            what = (m.lastgroup or "").rstrip("0123456789")
            if what == "vague":
                out.append((start, end, None, None, "vague"))
            elif what in ("next", "prev", "same", "nextwd") or (
                what == "count" and m.group("dir") != "ago"
            ):
                cwd = m.start("cwd") if m.group("cwd") else m.start("cwd1")
                if what == "nextwd" and not text[cwd + lo].isupper():
                    continue  # weekdays must be capitalised
                out.append(_chain(m, what, start, end, previous))
            elif what == "today" and text[start] == "T" and _after_name(text, start):
                continue  # "India Today", "Pakistan Today": a newspaper, not a day
            elif what == "overnight" and _NIGHT_OF_A_DAY.match(text, end):
                continue  # "overnight Sunday to Monday": the weekday tells the night
            else:
                out.append(_relative(m, what, start, end, published))


def _after_name(text: str, start: int) -> bool:
    prev = _prev_token(text, start)
    return prev is not None and prev[1][0].isupper()


def _relative(
    m: re.Match[str], what: str, start: int, end: int, published: date | None
) -> _Candidate:
    """ "yesterday", "today", "two days ago", "the day before yesterday" ..."""
    if what in ("period", "inmonth"):
        return _period(m, start, end, published)
    if published is None:
        return (start, end, None, None, "relative")
    if what == "count":
        n = _small_number(m.group("n"))
        unit = m.group("unit").rstrip("s")
        if unit in ("day", "night"):
            return _found(start, end, _shift(published, -n), "day", "relative")
        if unit == "week":
            return _found(start, end, _shift(published, -7 * n), "day", "relative")
        if unit == "month":
            y, mo = _shift_month(published.year, published.month, -n)
            return _found(start, end, _make_date(y, mo, 1), "month", "relative")
        return _found(start, end, _make_date(published.year - n, 1, 1), "year", "relative")
    back = {"dby": 2, "yesterday": 1, "overnight": 1}.get(what, 0)
    return _found(start, end, _shift(published, -back), "day", "relative")


def _period(m: re.Match[str], start: int, end: int, published: date | None) -> _Candidate:
    """ "(earlier) this month", "last year", "last night", "this morning" ..."""
    mod = m.group("pmod") or m.group("pmod1") or "this"
    period = m.group("period") or m.group("period2") or "month"
    parts_of_day = period not in ("month", "year", "week", "weekend")
    if mod == "past" or period in ("week", "weekend") or (parts_of_day and mod == "next"):
        return (start, end, None, None, "vague")  # "past month", "last week", "next morning"
    if published is None:
        return (start, end, None, None, "relative")
    by = {"last": -1, "next": 1}.get(mod, 0)
    if period == "month":
        y, mo = _shift_month(published.year, published.month, by)
        return _found(start, end, _make_date(y, mo, 1), "month", "relative")
    if period == "year":
        return _found(start, end, _make_date(published.year + by, 1, 1), "year", "relative")
    if mod == "last" and period != "night":
        return (start, end, None, None, "vague")  # "last morning"
    return _found(start, end, _shift(published, by), "day", "relative")  # "last night"


def _chain(m: re.Match[str], what: str, start: int, end: int, previous: date | None) -> _Candidate:
    """ "two days later", "the next day", "the day before", "the same day" ..."""
    if previous is None:
        return (start, end, None, None, "chain")
    if what == "count":
        n = _small_number(m.group("n"))
        unit = m.group("unit").rstrip("s")
        if m.group("dir") in ("earlier", "before", "prior"):
            n = -n
        if unit == "month":
            y, mo = _shift_month(previous.year, previous.month, n)
            return _found(start, end, _make_date(y, mo, 1), "month", "chain")
        if unit == "year":
            return _found(start, end, _make_date(previous.year + n, 1, 1), "year", "chain")
        return _found(start, end, _shift(previous, 7 * n if unit == "week" else n), "day", "chain")
    if what == "nextwd":
        weekday = _WEEKDAYS[m.group("cwd") or m.group("cwd1")]
        return _found(start, end, _shift(previous, (weekday - previous.weekday()) % 7 or 7),
                      "day", "chain")  # fmt: skip
    shift = {"next": 1, "prev": -1}.get(what, 0)
    return _found(start, end, _shift(previous, shift), "day", "chain")


# -------------------------------------------------------------------------- API


def find_dates(
    sentence: str,
    *,
    published: date | None,
    previous: date | None = None,
    year_hint: int | None = None,
    month_hint: date | None = None,
) -> list[DateMention]:
    """Every date expression in ``sentence``, in text order, each resolved if it can be.

    ``published`` is the article's publication date, ``previous`` the date of the
    previous event told in the same article (for "two days later"), ``year_hint`` a
    year for month-and-day dates when ``published`` is None, ``month_hint`` the month
    an undated page is known to be of (its address's "/2025/01/"), which places a
    month and day or a holiday as a publication date would ("December 28" in a page
    of January 2025 is of 2024). Overlapping readings are settled in favour of the
    longest ("Tuesday, January 16" is one mention).
    """
    found: list[_Candidate] = []
    named = published or _month_end(month_hint)  # what a named month or holiday is near
    _scan_months(sentence, named, year_hint, found)
    _scan_years(sentence, found)
    _scan_weekdays(sentence, published, found)
    _scan_days_of_month(sentence, published, found)
    _scan_relative(sentence, published, previous, found)
    found += holiday_dates(sentence, named, year_hint)  # "on Christmas Eve"
    if not found:
        return []
    # by start, the longest first at each start (the earlier scanner among equals); a
    # mention overlapping the one kept before it replaces it only when it is longer
    found.sort(key=lambda c: (c[0], c[0] - c[1]))
    kept = [found[0]]
    for c in found[1:]:
        last = kept[-1]
        if c[0] >= last[1]:
            kept.append(c)
        elif c[1] - c[0] > last[1] - last[0]:
            kept[-1] = c
    return [DateMention(s, e, sentence[s:e], d, p, k) for s, e, d, p, k in kept]


_RANK: Final = {"day": 1, "month": 2, "year": 3}


def event_date(
    sentence: str,
    *,
    published: date | None,
    previous: date | None = None,
    year_hint: int | None = None,
) -> tuple[date | None, str | None]:
    """The single best date for the event a sentence tells, with its precision.

    An absolute day ("January 16") beats a day reached by reckoning (weekday,
    "yesterday", "two days later"), which beats a month, which beats a year; at
    equal rank the first in the sentence wins. ``(None, None)`` when nothing in
    the sentence fixes a date.
    """
    best: DateMention | None = None
    best_rank = (99, 99)
    for m in find_dates(sentence, published=published, previous=previous, year_hint=year_hint):
        if m.date is None or m.precision is None:
            continue
        rank = (_RANK[m.precision], 0 if m.kind == "absolute" else 1)
        if rank < best_rank:
            best, best_rank = m, rank
    if best is None:
        return None, None
    return best.date, best.precision


#: a date in a web address: /2024/03/27/, /2024/3/7/, 2024-03-27, /20141007.htm,
#: /2011/02/, a timestamp with the time of day after the date: /20120424113800-ab, or
#: the year, then month and day as one folder: /1981/0130/. A month written without its
#: zero counts only when a day follows it.
_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)([/_-])(0[1-9]|1[0-2]|[1-9](?=[/_-]\d))"
    r"(?:[/_-](0[1-9]|[12]\d|3[01]|[1-9]))?(?!\d)"
    r"|(?<![\d])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
    r"(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?(?![\d])"
    r"|(?<![\d])((?:19|20)\d\d)/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"
)
#: a day written with its month's name in a web address: /03-Feb-2019/, /3-february-2019-
_URL_NAMED_DATE = re.compile(
    r"(?<![\dA-Za-z])(0?[1-9]|[12]\d|3[01])[-_]([A-Za-z]{3,9})[-_]((?:19|20)\d\d)(?![\d])"
)
#: a page id that is a time in milliseconds ending the address: /a-slug-1758293555582
_URL_MILLIS = re.compile(r"[-/](1\d{12})(?:\.[a-z]+)?/?$")
#: the span of times a millisecond id may mean: 2005 to 2035
_MILLIS_SPAN = (1_104_537_600_000, 2_082_758_400_000)


def url_date(url: str | None) -> tuple[date, str] | None:
    """The publication date a news address carries, with its precision.

    >>> url_date("https://example.com/2024/03/27/strikes-on-the-border")
    (datetime.date(2024, 3, 27), 'day')
    >>> url_date("https://example.com/news/20141007.htm")
    (datetime.date(2014, 10, 7), 'day')
    >>> url_date("https://example.com/news/2022/5/6/troops-open-fire")
    (datetime.date(2022, 5, 6), 'day')
    >>> url_date("https://example.com/item/20120424113800-xk2")
    (datetime.date(2012, 4, 24), 'day')
    >>> url_date("https://example.com/1981/0130/013022.html")
    (datetime.date(1981, 1, 30), 'day')
    >>> url_date("https://example.com/2011/02/troops-clash.html")
    (datetime.date(2011, 2, 1), 'month')
    >>> url_date("https://example.com/07-Mar-2016/troops-clash-on-border")
    (datetime.date(2016, 3, 7), 'day')
    >>> url_date("https://example.com/world/troops-clash-on-border-1458000000000")
    (datetime.date(2016, 3, 15), 'day')
    >>> url_date("https://example.com/story/370282") is None
    True
    """
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]  # never the host's digits
    for m in _URL_DATE.finditer(path):
        if m.group(1):
            year, month, day = int(m.group(1)), int(m.group(3)), m.group(4)
        elif m.group(5):
            year, month, day = int(m.group(5)), int(m.group(6)), m.group(7)
        else:
            year, month, day = int(m.group(8)), int(m.group(9)), m.group(10)
        found = _make_date(year, month, int(day) if day else 1)
        if found is not None:
            return found, "day" if day else "month"
    for m in _URL_NAMED_DATE.finditer(path):
        month = _MONTHS.get(m.group(2).lower())
        found = _make_date(int(m.group(3)), month, int(m.group(1))) if month else None
        if found is not None:
            return found, "day"
    millis = _URL_MILLIS.search(path)
    if millis and _MILLIS_SPAN[0] <= int(millis.group(1)) < _MILLIS_SPAN[1]:
        when = datetime.fromtimestamp(int(millis.group(1)) / 1000, tz=UTC)
        return when.date(), "day"
    return None


def text_year(text: str) -> int | None:
    """The year an undated article's own full dates give ("on March 3, 2008", "14 June
    2024"), the most frequent and then the latest; None when it writes none.

    >>> text_year("Troops clashed on March 3, 2008. Talks followed on March 5, 2008.")
    2008
    >>> text_year("The war of 1962 is long over.") is None
    True
    """
    years: dict[int, int] = {}
    for m in find_dates(text, published=None):
        if m.date is not None and m.kind == "absolute" and m.precision in ("day", "month"):
            years[m.date.year] = years.get(m.date.year, 0) + 1
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))
