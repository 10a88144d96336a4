"""A battery for pages without a publication date: where such a page still fixes its
day (a time stamp glued to the lede, a date in its address) and where nothing does, so
the date must stay out rather than be guessed.

Every page is invented for this test and given no metadata date. Stamps and addresses
name Wednesday 6 March 2024 unless a case says otherwise.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

SHELLED = "Pakistani troops shelled Afghan border posts in Kunar province"
STRUCK = "Israeli jets struck targets in southern Lebanon"
AF_SHELLED = "Afghan forces shelled Pakistani border posts in Kurram"
KILLED = "Gunmen from Afghanistan killed twelve villagers in Kurram on Monday night, police said."
THE_RAID = "The raid was against the village of Parachinar in Kurram district, near the border."


def _case(id_: str, text: str, when: str | None, *, url: str | None = None, family: str = "strike"):
    """``when``: the date of the article's first event of ``family``, "YYYY-MM-DD",
    "YYYY-MM", "YYYY" or None when nothing fixes it."""
    return pytest.param(text, url, when, family, id=id_)


CASES = [
    # ------------------------------------------- a time stamp glued to the lede
    _case("label-iso-stamp", f"date 2024-03-06 Kabul — {SHELLED} on Monday.", "2024-03-04"),
    _case("bare-iso-stamp", f"2024-03-06 {SHELLED} on Tuesday.", "2024-03-05"),
    _case(
        "stamp-with-short-repeat",
        f"March 6, 2024Mar 6 {SHELLED} on Monday, officials said.",
        "2024-03-04",
    ),
    _case(
        "weekday-stamp",
        f"Wednesday, March 6, 2024 {SHELLED} on Monday, the army said.",
        "2024-03-04",
    ),
    _case("published-stamp", f"Published 6 March 2024 {SHELLED} yesterday.", "2024-03-05"),
    _case("posted-on-stamp", f"Posted on March 6, 2024 {STRUCK} late on Sunday.", "2024-03-03"),
    _case(
        "stamp-then-month-day",
        f" date 2024-03-06 Beirut — {STRUCK} on 4 March, the army said.",
        "2024-03-04",
    ),
    _case(
        "stamp-under-headline",
        f"Border posts shelled\n\n6 March 2024 {SHELLED} on Saturday night.",
        "2024-03-02",
    ),
    _case(
        "stamp-and-last-month",
        f"date 2024-03-06 Kabul — {SHELLED} in February, officials said.",
        "2024-02",
    ),
    _case(
        "stamp-then-december",
        f"date 2024-01-10 Kabul — {SHELLED} in December, officials said.",
        "2023-12",
    ),
    # ------------------------------------------------- a date in the page's address
    _case(
        "address-year-then-month-day",
        f"{SHELLED} on Monday.",
        "2024-03-04",
        url="https://news.example.com/2024/0306/border-shelling.html",
    ),
    _case(
        "address-old-year-month-day",
        "Ecuador said Peruvian jets bombed an Ecuadorean army post on Wednesday.",
        "1981-01-28",
        url="https://news.example.com/1981/0130/013022.html",
    ),
    _case(
        "address-day-path",
        f"{STRUCK} yesterday.",
        "2024-03-05",
        url="https://news.example.com/2024/03/06/jets-strike",
    ),
    _case(
        "address-compact-day",
        f"{SHELLED} on Sunday.",
        "2024-03-03",
        url="https://news.example.com/world/20240306-shelling",
    ),
    _case(
        "address-month-day-without-year-text",
        f"{SHELLED} on March 4.",
        "2024-03-04",
        url="https://news.example.com/2024/0306/shelling",
    ),
    # ------------------------------- an act told again by "The raid", its day before
    _case(
        "pointed-back-under-a-stamp",
        f"date 2024-03-06 Peshawar — {KILLED}\n\n{THE_RAID}",
        "2024-03-04",
    ),
    _case(
        "pointed-back-under-an-address",
        f"{KILLED}\n\n{THE_RAID}",
        "2024-03-04",
        url="https://news.example.com/2024/0306/village-raid",
    ),
    _case("pointed-back-unanchored", f"{KILLED}\n\n{THE_RAID}", None),
    # ---------------------------- the day of the act told after "after" is its own
    _case(
        "after-phrase-day-is-not-the-reaction's",
        f"After {AF_SHELLED} on March 4, 2024, Pakistan's foreign ministry summoned the Afghan"
        " envoy.",
        None,
        family="diplomatic",
    ),
    _case(
        "after-phrase-day-is-the-strike's",
        f"After {AF_SHELLED} on March 4, 2024, Pakistan summoned the Afghan envoy.",
        "2024-03-04",
    ),
    _case(
        "main-day-is-not-the-strike-after",
        f"Pakistan summoned the Afghan envoy on March 5, 2024 after {AF_SHELLED}.",
        None,
    ),
    _case(
        "main-day-is-the-summons'",
        f"Pakistan summoned the Afghan envoy on March 5, 2024 after {AF_SHELLED}.",
        "2024-03-05",
        family="diplomatic",
    ),
    _case(
        "call-up-day-is-not-the-clash's",
        "Pakistan called up its reserves on March 5, 2024 after a clash with Afghan troops"
        " killed two soldiers in Kurram.",
        None,
    ),
    _case(
        "after-midnight-is-a-time-not-an-act",
        f"{AF_SHELLED} shortly after midnight on March 4, 2024.",
        "2024-03-04",
    ),
    # -------------------------------------------------------- dates the text fixes
    _case("full-date", f"{SHELLED} on March 4, 2024.", "2024-03-04"),
    _case("month-and-year", f"{SHELLED} in March 2024, officials said.", "2024-03"),
    _case(
        "year-from-another-full-date",
        f"{SHELLED} on March 4. Talks had been held on March 1, 2024 in Doha.",
        "2024-03-04",
    ),
    _case(
        "weekday-with-its-date",
        f"{SHELLED} on Monday, March 4, 2024.",
        "2024-03-04",
    ),
    _case(
        "stamp-with-a-dateline",
        f"date 2024-03-06 KABUL (Reuters) - {SHELLED} on Monday.",
        "2024-03-04",
    ),
    # ------------------------------------------------------ nothing fixes the date
    _case("yesterday-unanchored", f"{SHELLED} yesterday.", None),
    _case("weekday-unanchored", f"{SHELLED} on Tuesday, officials said.", None),
    _case("last-week-unanchored", f"{SHELLED} last week.", None),
    _case("weekday-and-day-no-year", f"{SHELLED} on Thursday (June 29).", None),
    _case("month-day-no-year", f"{STRUCK} on 4 March, the army said.", None),
    _case("two-days-ago-unanchored", f"{SHELLED} two days ago.", None),
    _case(
        "copyright-year-fixes-nothing",
        f"{SHELLED} on March 4.\n\nCopyright 2019 Example News. All rights reserved.",
        None,
    ),
    _case(
        "date-inside-the-lede-is-not-a-stamp",
        f"{SHELLED} on Monday. The talks of February 26, 2024 had failed.",
        None,
    ),
    _case(
        "lede-opening-on-a-date-is-the-act",
        f"On March 4, 2024, {SHELLED}. Afghan forces fired back on Tuesday.",
        "2024-03-04",
    ),
    _case(
        "related-story-year",
        f"{SHELLED} on March 4.\n\nRead more: Talks collapsed on June 2, 2019",
        None,
    ),
    _case(
        "address-number-not-a-date",
        f"{SHELLED} on Monday.",
        None,
        url="https://news.example.com/story/2024/1399/shelling",
    ),
    _case(
        "address-id-not-a-date",
        f"{SHELLED} yesterday.",
        None,
        url="https://news.example.com/news/370282/troops-shell-posts",
    ),
    _case(
        "stamp-later-in-the-page-is-not-the-page",
        f"{SHELLED} on Monday.\n\nOther news\n\n2019-05-02 Floods hit the valley.",
        None,
    ),
]


def _when(value: str | None) -> tuple:
    if value is None:
        return (None, None)
    if len(value) == 4:
        return (datetime.date(int(value), 1, 1), "year")
    if len(value) == 7:
        return (datetime.date.fromisoformat(value + "-01"), "month")
    return (datetime.date.fromisoformat(value), "day")


@pytest.mark.parametrize(("text", "url", "when", "family"), CASES)
def test_undated_battery(text: str, url: str | None, when: str | None, family: str) -> None:
    """An undated page's first event of the family is dated by what the page itself
    fixes for that act: a stamp at its head, its address, a full date; and by nothing
    else."""
    article = article_from_text("undated.txt", text, url=url)
    events = [e for e in extract_events(article, geoparse(article)) if e.family == family]
    assert events, f"no {family} event read"
    assert (events[0].date, events[0].date_precision) == _when(when)
