"""A date battery: the ordinary ways news dates an act, each with the day (or month, or
year) and precision an analyst would give the event.

The articles vary how the time is told, not the story: weekdays counted from the
publication date ("on Monday", "late on Sunday", "Tuesday night"), "yesterday",
"overnight", "earlier this month", a day of the month alone ("on the 4th"), a month
and day whose year comes from the publication date, the page's address, the dateline
or a dated sentence nearby (or from nothing, and then no date), a day told in a later
sentence, two acts on different days, a reaction dated from the strike, datelines,
ranges, and dates that belong to something else (a report, an anniversary, a meeting
planned, a deadline). Every article is invented for this test.

Unless a case says otherwise the article is published on Wednesday 6 March 2024.
A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

PUBLISHED = "2024-03-06"  # a Wednesday
DEFAULT = object()


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _case(
    id_: str,
    text: str,
    *whens: tuple,
    published: object = DEFAULT,
    url: str | None = None,
    family: str = "strike",
    xfail: str | None = None,
):
    """``whens``: the (date, precision) of each event of ``family``, in the order the
    article first tells them; a date is "YYYY-MM-DD", "YYYY-MM" or "YYYY"."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    pub = PUBLISHED if published is DEFAULT else published
    return pytest.param(text, pub, url, family, list(whens), id=id_, marks=marks)


def _when(value: str | None) -> tuple:
    if value is None:
        return (None, None)
    if len(value) == 4:
        return (datetime.date(int(value), 1, 1), "year")
    if len(value) == 7:
        return (_day(value + "-01"), "month")
    return (_day(value), "day")


SHELLED = "Pakistani troops shelled Afghan border posts in Kunar province"
STRUCK = "Israeli jets struck targets in southern Lebanon"

CASES = [
    # --------------------------------------------------- weekdays from publication
    _case("on-monday", f"{SHELLED} on Monday.", "2024-03-04"),
    _case("on-the-publication-weekday", f"{SHELLED} on Wednesday.", "2024-03-06"),
    _case("a-weekday-of-last-week", f"{SHELLED} on Thursday.", "2024-02-29"),
    _case("bare-weekday", f"{SHELLED} Tuesday, officials said.", "2024-03-05"),
    _case("late-on-sunday", f"{SHELLED} late on Sunday.", "2024-03-03"),
    _case("early-monday", f"{SHELLED} early Monday.", "2024-03-04"),
    _case("tuesday-night", f"{SHELLED} Tuesday night.", "2024-03-05"),
    _case("on-monday-evening", f"{SHELLED} on Monday evening.", "2024-03-04"),
    _case("tuesday-morning", f"{STRUCK} on Tuesday morning.", "2024-03-05"),
    _case("on-tuesday-afternoon", f"{STRUCK} on Tuesday afternoon.", "2024-03-05"),
    _case("last-tuesday", f"{SHELLED} last Tuesday.", "2024-03-05"),
    _case("last-wednesday-is-a-week-back", f"{SHELLED} last Wednesday.", "2024-02-28"),
    _case("this-past-sunday", f"{SHELLED} this past Sunday.", "2024-03-03"),
    _case("at-dawn-on-sunday", f"{SHELLED} at dawn on Sunday.", "2024-03-03"),
    _case("early-hours-of-monday", f"{SHELLED} in the early hours of Monday.", "2024-03-04"),
    _case("clock-time-on-tuesday", f"{SHELLED} at 3 a.m. on Tuesday.", "2024-03-05"),
    _case("after-midnight", f"{SHELLED} shortly after midnight on Tuesday.", "2024-03-05"),
    _case("opening-on-monday", f"On Monday, {SHELLED[0].lower() + SHELLED[1:]}.", "2024-03-04"),
    _case(
        "earlier-on-tuesday", f"Earlier on Tuesday, {STRUCK[0].lower()}{STRUCK[1:]}.", "2024-03-05"
    ),
    _case("weekday-and-date", f"{SHELLED} on Monday, March 4.", "2024-03-04"),
    _case("weekday-with-date-in-brackets", f"{SHELLED} on Monday (March 4).", "2024-03-04"),
    _case("saturday-and-sunday", f"{SHELLED} on Saturday and Sunday.", "2024-03-02"),
    _case("late-friday", f"{SHELLED} late Friday.", "2024-03-01"),
    _case("small-hours", f"{SHELLED} in the small hours of Tuesday.", "2024-03-05"),
    _case("before-dawn", f"{SHELLED} before dawn on Tuesday.", "2024-03-05"),
    _case("clock-before-weekday", f"{SHELLED} at 11 p.m. Monday.", "2024-03-04"),
    _case("sunday-night-into-monday", f"{SHELLED} on Sunday night into Monday.", "2024-03-03"),
    _case("friday-last-week", f"{SHELLED} on Friday last week.", "2024-03-01"),
    _case(
        "weekday-as-the-subject",
        "Monday's Israeli strike on southern Lebanon killed three people.",
        "2024-03-04",
    ),
    # --------------------------------------------------- counted from publication
    _case("yesterday", f"{SHELLED} yesterday.", "2024-03-05"),
    _case("today", f"{SHELLED} today.", "2024-03-06"),
    _case("earlier-today", f"{STRUCK} earlier today.", "2024-03-06"),
    _case("this-morning", f"{SHELLED} this morning.", "2024-03-06"),
    _case("last-night", f"{SHELLED} last night.", "2024-03-05"),
    _case("day-before-yesterday", f"{SHELLED} the day before yesterday.", "2024-03-04"),
    _case("two-days-ago", f"{SHELLED} two days ago.", "2024-03-04"),
    _case("three-days-ago", f"{STRUCK} three days ago.", "2024-03-03"),
    _case("a-week-ago", f"{SHELLED} a week ago.", "2024-02-28"),
    _case("yesterday-evening", f"{STRUCK} yesterday evening.", "2024-03-05"),
    # --------------------------------------------------------------- overnight
    _case(
        "overnight",
        f"{SHELLED} overnight.",
        "2024-03-05",
    ),
    _case(
        "overnight-opening",
        f"Overnight, {STRUCK[0].lower()}{STRUCK[1:]}.",
        "2024-03-05",
    ),
    _case(
        "overnight-into-tuesday",
        f"{SHELLED} overnight into Tuesday.",
        "2024-03-04",
    ),
    _case("overnight-to-monday", f"{STRUCK} overnight Sunday to Monday.", "2024-03-03"),
    _case(
        "in-overnight-strikes",
        "Israeli jets killed four people in overnight strikes on southern Lebanon.",
        "2024-03-05",
    ),
    # ------------------------------------------------- times the text does not fix
    _case("last-week", f"{SHELLED} last week.", None),
    _case("this-week", f"{SHELLED} earlier this week.", None),
    _case("over-the-weekend", f"{SHELLED} over the weekend.", None),
    _case(
        "at-the-weekend",
        f"{SHELLED} at the weekend.",
        None,
    ),
    _case("earlier-this-month", f"{SHELLED} earlier this month.", "2024-03"),
    _case("last-month", f"{SHELLED} last month.", "2024-02"),
    _case("late-last-month", f"{SHELLED} late last month.", "2024-02"),
    _case("in-february", f"{SHELLED} in February.", "2024-02"),
    _case("in-mid-february", f"{SHELLED} in mid-February.", "2024-02"),
    _case("earlier-this-year", f"{SHELLED} earlier this year.", "2024"),
    # ------------------------------------------------ a day of the month alone
    _case(
        "on-the-4th",
        f"{SHELLED} on the 4th.",
        "2024-03-04",
    ),
    _case(
        "on-the-28th-of-last-month",
        f"{SHELLED} on the 28th.",
        "2024-02-28",
    ),
    _case(
        "on-the-night-of-the-3rd",
        f"{STRUCK} on the night of the 3rd.",
        "2024-03-03",
    ),
    # --------------------------------------------------------- month and day
    _case("month-day", f"{SHELLED} on March 4.", "2024-03-04"),
    _case("day-month", f"{SHELLED} on 4 March.", "2024-03-04"),
    _case("month-day-ordinal", f"{SHELLED} on March 4th.", "2024-03-04"),
    _case("abbreviated-month", f"{SHELLED} on Mar. 4.", "2024-03-04"),
    _case("full-date", f"{SHELLED} on March 4, 2023.", "2023-03-04"),
    _case("iso-date", f"{SHELLED} on 2024-03-04.", "2024-03-04"),
    _case("night-of-a-date", f"{STRUCK} on the night of March 3.", "2024-03-03"),
    _case(
        "last-december-in-january",
        f"{SHELLED} on December 28.",
        "2023-12-28",
        published="2024-01-05",
    ),
    _case(
        "year-from-the-url",
        f"{SHELLED} on February 12.",
        "2011-02-12",
        published=None,
        url="https://news.example.com/2011/02/border-shelling.html",
    ),
    _case(
        "day-from-the-url",
        f"{SHELLED} on Monday.",
        "2024-03-04",
        published=None,
        url="https://news.example.com/2024/03/06/border-shelling",
    ),
    _case(
        "year-from-a-dated-sentence",
        f"Afghan forces fired on Pakistani posts in Kurram on "
        f"March 3, 2019.\n\n{SHELLED} on March 4.",
        "2019-03-03",
        "2019-03-04",
        published=None,
    ),
    _case("no-year-at-all", f"{SHELLED} on March 4.", None, published=None),
    _case("no-publication-weekday", f"{SHELLED} on Monday.", None, published=None),
    _case("no-publication-yesterday", f"{SHELLED} yesterday.", None, published=None),
    _case(
        "full-date-without-publication",
        f"{SHELLED} on March 4, 2019.",
        "2019-03-04",
        published=None,
    ),
    _case("month-and-year", f"{SHELLED} in March 2023.", "2023-03", published=None),
    _case("year-alone", f"{SHELLED} in 2019, officials said.", "2019", published=None),
    _case("evening-of-a-date", f"{STRUCK} on the evening of March 4.", "2024-03-04"),
    _case("ordinal-day-month", f"{STRUCK} on 4th March.", "2024-03-04"),
    _case("dotted-numeric-date", f"{SHELLED} on 04.03.2024.", "2024-03-04"),
    # --------------------------------------------------------------- datelines
    _case(
        "dateline-with-year",
        f"KABUL, March 6, 2024 (Reuters) - {SHELLED} on Tuesday.",
        "2024-03-05",
        published=None,
    ),
    _case(
        "dateline-abbreviated",
        f"ISLAMABAD, Jan. 17, 2024 (Reuters) - {SHELLED} on Tuesday.",
        "2024-01-16",
        published=None,
    ),
    _case(
        "dateline-with-publication",
        f"ISLAMABAD, Jan 17 (Reuters) - {SHELLED} on Tuesday.",
        "2024-01-16",
        published="2024-01-17",
    ),
    _case(
        "dateline-year-from-url",
        f"KABUL, March 6 (Reuters) - {SHELLED} on Tuesday.",
        "2024-03-05",
        published=None,
        url="https://news.example.com/2024/03/kunar-shelling",
    ),
    _case(
        "dateline-without-year",
        f"ISLAMABAD, Jan 17 (Reuters) - {SHELLED} on Tuesday.",
        None,
        published=None,
    ),
    _case(
        "dateline-day-dates-its-month-day",
        f"KABUL, March 6 (Reuters) - {SHELLED} on March 4.",
        None,
        published=None,
    ),
    _case(
        "date-line-at-the-top",
        f"Published: 6 March 2024\n\n{SHELLED} on Monday.",
        "2024-03-04",
        published=None,
    ),
    _case(
        "updated-line",
        f"Border shelling\n\nUpdated: Mar 6, 2024 10:20 AM\n\n{SHELLED} on Tuesday.",
        "2024-03-05",
        published=None,
    ),
    _case(
        "byline-with-date",
        f"Border shelling\n\nBy Staff Reporter | March 6, 2024\n\n{SHELLED} on Tuesday.",
        "2024-03-05",
        published=None,
    ),
    _case(
        "weekday-date-header",
        f"Border shelling\n\nWednesday 6 March 2024\n\n{SHELLED} on Tuesday.",
        "2024-03-05",
        published=None,
    ),
    _case(
        "dateline-with-dash",
        f"ISLAMABAD, March 6, 2024 — {SHELLED} on Tuesday.",
        "2024-03-05",
        published=None,
    ),
    _case(
        "dateline-without-date",
        f"KABUL, Afghanistan (AP) — {SHELLED} on Tuesday.",
        None,
        published=None,
    ),
    _case(
        "copyright-year-fixes-no-day",
        f"{SHELLED} on Tuesday.\n\nCopyright 2024 Reuters.",
        None,
        published=None,
    ),
    _case(
        "date-glued-to-the-outlet",
        f"Border posts shelled\n\nThe Courier06-03-2024\n\n{SHELLED} on Monday.",
        "2024-03-04",
        published=None,
    ),
    # -------------------------------------------------- a day told in a later clause
    _case(
        "which-took-place-on",
        "The Israeli strike on southern Lebanon, which took place on Monday, killed three people.",
        "2024-03-04",
    ),
    _case(
        "which-happened-late-on",
        "Pakistani shelling of Afghan border posts in Kunar, which happened late on Sunday, "
        "wounded two soldiers.",
        "2024-03-03",
    ),
    # -------------------------------------------------- a day told in a later sentence
    _case(
        "the-shelling-happened-on",
        f"{SHELLED}, officials said.\n\nThe shelling happened on Monday, they said.",
        "2024-03-04",
    ),
    _case(
        "the-attack-happened-on-a-date",
        f"{STRUCK}, killing three people.\n\nThe attack happened on March 3, the army said.",
        "2024-03-03",
    ),
    _case(
        "the-strikes-were-carried-out",
        f"{STRUCK}, Lebanese officials said.\n\nThe strikes were carried out late on Sunday.",
        "2024-03-03",
    ),
    _case(
        "named-by-its-day",
        f"{STRUCK}, killing three people.\n\nResidents said the victims of Monday's deadly "
        "attack were farmers.",
        "2024-03-04",
    ),
    _case(
        "a-day-told-beats-a-name",
        f"{STRUCK} on Tuesday.\n\nResidents said Sunday's attack had been worse.",
        "2024-03-05",
    ),
    _case(
        "reported-day-then-the-act's-day",
        "Five people were killed in Israeli air strikes on southern Lebanon, Lebanese "
        "officials said on Tuesday.\n\nThe jets struck a farm near Tyre on Monday evening.",
        "2024-03-04",
    ),
    _case(
        "reported-day-then-a-quoted-day",
        "Lebanon said on Tuesday that Israeli jets had struck villages in southern Lebanon."
        '\n\nA health official said: "Five people were killed in the air strikes on Monday '
        'evening."',
        "2024-03-04",
    ),
    _case(
        "reported-day-then-a-meeting's-day",
        "Five people were killed in Israeli air strikes on southern Lebanon, Lebanese "
        "officials said on Tuesday.\n\nLebanon's foreign minister met the UN envoy on Monday.",
        "2024-03-05",
    ),
    _case(
        "reported-day-then-an-old-strike",
        "Five people were killed in Israeli air strikes on southern Lebanon, Lebanese "
        "officials said on Tuesday.\n\nIsraeli jets had struck the same villages on "
        "February 20, killing two.",
        "2024-03-05",
        "2024-02-20",
    ),
    # ------------------------------------------------- two acts on different days
    _case(
        "two-acts-one-sentence",
        f"{SHELLED} on Monday, and Afghan forces fired on Pakistani posts in Kurram on Tuesday.",
        "2024-03-04",
        "2024-03-05",
    ),
    _case(
        "two-acts-two-sentences",
        f"{STRUCK} on Monday. On Tuesday, Hezbollah fired rockets at northern Israel.",
        "2024-03-04",
        "2024-03-05",
    ),
    _case(
        "a-day-after-another-act",
        "Afghan forces fired on Pakistani posts in Kurram on "
        f"Tuesday, a day after {SHELLED[0].lower()}{SHELLED[1:]}.",
        "2024-03-05",
        "2024-03-04",
    ),
    _case(
        "the-next-day",
        f"{SHELLED} on Monday. The next day Afghan forces fired on Pakistani posts in Kurram.",
        "2024-03-04",
        "2024-03-05",
    ),
    _case(
        "two-days-later",
        f"{STRUCK} on Saturday. Two days later, Hezbollah fired rockets at northern Israel.",
        "2024-03-02",
        "2024-03-04",
    ),
    # ------------------------------------------------------- reactions after a strike
    _case(
        "summons-a-day-after-the-strike",
        "Afghanistan summoned Pakistan's envoy on "
        "Tuesday, a day after Pakistani jets struck Khost.",
        "2024-03-05",
        family="diplomatic",
    ),
    _case(
        "strike-a-day-before-the-summons",
        "Afghanistan summoned Pakistan's envoy on "
        "Tuesday, a day after Pakistani jets struck Khost.",
        "2024-03-04",
    ),
    _case(
        "summons-a-day-after-a-dated-strike",
        "Afghanistan summoned Pakistan's envoy, a day after Pakistani jets struck Khost on Monday.",
        "2024-03-05",
        family="diplomatic",
    ),
    _case(
        "condemned-a-day-later",
        "Pakistani jets struck Khost on Monday.\n\nAfghanistan condemned the strikes a day later.",
        "2024-03-05",
        family="diplomatic",
    ),
    _case(
        "an-undated-reaction-is-of-the-publication-day",
        "Pakistani jets struck Khost late on Sunday.\n\nAfghanistan condemned the strikes "
        "as a violation of its sovereignty.",
        "2024-03-06",
        family="diplomatic",
    ),
    _case(
        "an-undated-reaction-is-of-the-diplomatic-news-day",
        "Pakistani jets struck Khost late on Sunday.\n\nAfghanistan summoned Pakistan's "
        "envoy on Tuesday.\n\nAfghanistan also condemned Pakistan for the strikes.",
        "2024-03-05",
        "2024-03-05",
        family="diplomatic",
    ),
    _case(
        "the-reaction-keeps-the-strike-day",
        "Pakistani jets struck Khost on Monday.\n\nAfghanistan condemned the strikes on Tuesday.",
        "2024-03-04",
    ),
    _case(
        "the-same-day",
        f"{SHELLED} on Monday. Afghan forces fired on Pakistani posts in Kurram the same day.",
        "2024-03-04",
        "2024-03-04",
    ),
    # --------------------------------------------------------------- ranges
    _case("from-weekday-to-weekday", f"{SHELLED} from Friday to Sunday.", "2024-03-01"),
    _case("between-weekdays", f"{SHELLED} between Friday and Sunday.", "2024-03-01"),
    _case("from-date-to-date", f"{SHELLED} from March 1 to March 3.", "2024-03-01"),
    _case("date-range", f"{STRUCK} on March 1-3.", "2024-03-01"),
    _case("night-of-a-date-range", f"{STRUCK} on the night of March 3-4.", "2024-03-03"),
    # ------------------------------------------ reports, and days of something else
    _case(
        "said-on-a-later-day",
        "Afghanistan said on Tuesday that Pakistani troops shelled "
        "border posts in Kunar on Sunday.",
        "2024-03-03",
    ),
    _case(
        "statement-issued-on",
        "In a statement issued on Tuesday, the Afghan defence "
        "ministry said Pakistani troops shelled border posts in Kunar late on Sunday.",
        "2024-03-03",
    ),
    _case(
        "report-published-on",
        "A UN report published on Tuesday said Pakistani troops "
        "shelled Afghan border posts in Kunar on Sunday.",
        "2024-03-03",
    ),
    _case(
        "according-to-a-report-of",
        f"{SHELLED} on Monday, according to a report released on Tuesday.",
        "2024-03-04",
    ),
    _case(
        "only-the-report-day",
        "Afghan officials said on Tuesday that Pakistani troops had shelled border posts in Kunar.",
        "2024-03-05",
    ),
    _case(
        "anniversary",
        f"{SHELLED} on Monday, the fifth anniversary of the clashes of February 27, 2019.",
        "2024-03-04",
    ),
    _case(
        "anniversary-no-day",
        f"{SHELLED}, a week before the anniversary of the 2019 clashes.",
        "2024-03-06",
    ),
    _case(
        "meeting-next-week",
        f"{SHELLED} on Monday, days before talks planned for next week.",
        "2024-03-04",
    ),
    _case(
        "meeting-on-friday",
        f"{SHELLED}, ahead of talks due on Friday.",
        "2024-03-06",
    ),
    _case(
        "deadline",
        f"{SHELLED} on Monday, ahead of a March 10 deadline for talks.",
        "2024-03-04",
    ),
    _case(
        "deadline-no-day", f"{SHELLED}, days before a deadline expires on March 10.", "2024-03-06"
    ),
    _case("since-a-day", f"{SHELLED}, the heaviest fire since February 12.", "2024-03-06"),
    _case(
        "since-a-day-when",
        "Tension has been high since February 12, when Pakistani troops shelled Afghan "
        "border posts in Kunar province.",
        "2024-02-12",
    ),
    _case(
        "a-day-when",
        "The row began on February 12 when Pakistani troops shelled Afghan border posts in "
        "Kunar province.",
        "2024-02-12",
    ),
    _case(
        "previous-incident-date",
        f"{SHELLED} on Monday, weeks after a similar attack on February 12.",
        "2024-03-04",
    ),
]


@pytest.mark.parametrize(("text", "published", "url", "family", "whens"), CASES)
def test_date_battery(
    text: str, published: str | None, url: str | None, family: str, whens: list
) -> None:
    """Each event of the family is dated as an analyst would date it: the day, month or
    year the text fixes for the act, or none when nothing fixes it."""
    article = article_from_text("battery.txt", text, published=published, url=url)
    events = [e for e in extract_events(article, geoparse(article)) if e.family == family]
    got = [(e.date, e.date_precision) for e in events]
    assert got == [_when(w) for w in whens], [(e.type, e.actor, e.target) for e in events]
