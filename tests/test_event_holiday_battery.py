"""A date battery for acts dated by a holiday: "on Christmas Eve", "on Eid al-Adha",
"during Nowruz", "on Easter Sunday", "on the eve of Eid".

A holiday of a fixed day (Christmas, New Year's Day) takes its year as a month and
day do: from the publication date (the holiday last passed, or one a month ahead at
most) or from a year the text gives. A movable one (Eid al-Fitr, Eid al-Adha, Nowruz,
Easter) falls on a different day each year, read from the holiday table; with no year
known the date is left out. A holiday the act is only near ("days before Christmas",
"ahead of Eid") dates nothing. Every article is invented for this test.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

SHELLED = "Pakistani troops shelled Afghan border posts in Kunar province"
SUMMONED = "Kenya summoned the Somali ambassador"


def _case(
    id_: str,
    text: str,
    published: str | None,
    want: str | None,
    family: str = "strike",
    url: str | None = None,
):
    return pytest.param(text, published, url, family, want, id=id_)


CASES = [
    _case("christmas-day", f"{SHELLED} on Christmas Day.", "2025-01-10", "2024-12-25"),
    _case("christmas", f"{SHELLED} on Christmas.", "2024-12-27", "2024-12-25"),
    _case("christmas-eve", f"{SHELLED} on Christmas Eve.", "2024-12-28", "2024-12-24"),
    _case("new-year's-eve", f"{SHELLED} on New Year's Eve.", "2025-01-03", "2024-12-31"),
    _case("new-year's-day", f"{SHELLED} on New Year's Day.", "2024-01-05", "2024-01-01"),
    _case(
        "orthodox-christmas",
        f"{SHELLED} on Orthodox Christmas.",
        "2024-01-09",
        "2024-01-07",
    ),
    _case("christmas-with-a-year", f"{SHELLED} on Christmas Day 2019.", None, "2019-12-25"),
    _case("christmas-without-a-year", f"{SHELLED} on Christmas Day.", None, None),
    _case("eid-al-fitr", f"{SHELLED} on Eid al-Fitr.", "2024-04-15", "2024-04-10"),
    _case("eid-ul-adha", f"{SHELLED} on Eid ul-Adha.", "2024-06-20", "2024-06-16"),
    _case("bare-eid-the-last-one", f"{SHELLED} on Eid.", "2024-04-12", "2024-04-10"),
    _case(
        "the-first-day-of-eid",
        f"{SHELLED} on the first day of Eid al-Adha.",
        "2023-07-02",
        "2023-06-28",
    ),
    _case(
        "the-eve-of-eid",
        f"{SHELLED} on the eve of Eid al-Adha.",
        "2024-06-20",
        "2024-06-15",
    ),
    _case("during-nowruz", f"{SHELLED} during Nowruz.", "2024-03-25", "2024-03-20"),
    _case("easter-sunday", f"{SHELLED} on Easter Sunday.", "2024-04-02", "2024-03-31"),
    _case("orthodox-easter", f"{SHELLED} on Orthodox Easter.", "2024-05-07", "2024-05-05"),
    _case("eid-without-a-year", f"{SHELLED} on Eid al-Fitr.", None, None),
    _case("eid-with-a-year", f"{SHELLED} on Eid al-Adha in 2019.", None, "2019-08-11"),
    _case(
        "a-summons-on-christmas-eve",
        f"{SUMMONED} on Christmas Eve.",
        "2024-12-27",
        "2024-12-24",
        family="diplomatic",
    ),
    _case(
        "days-before-christmas",
        f"{SHELLED}, days before Christmas.",
        "2024-12-20",
        "2024-12-20",
    ),
    _case("ahead-of-eid", f"{SHELLED} ahead of Eid al-Fitr.", "2024-04-05", "2024-04-05"),
    _case(
        "a-holiday-address",
        "Kenya's president accused Somalia of arming the militia in his Christmas Day address.",
        "2025-01-08",
        "2024-12-25",
        family="diplomatic",
    ),
    _case(
        "a-page-of-january-holds-last-christmas",
        f"{SHELLED} on Christmas Day.",
        None,
        "2024-12-25",
        url="https://news.example.com/2025/01/kunar-shelling",
    ),
    _case(
        "a-page-of-january-holds-last-december",
        f"{SHELLED} on December 28.",
        None,
        "2024-12-28",
        url="https://news.example.com/2025/01/kunar-shelling",
    ),
]


@pytest.mark.parametrize(("text", "published", "url", "family", "want"), CASES)
def test_a_holiday_dates_the_act(
    text: str, published: str | None, url: str | None, family: str, want: str | None
) -> None:
    """The act is dated on the holiday the text puts it on, in the year the article
    (or the month its address gives) fixes, and on no day when nothing fixes the year."""
    article = article_from_text("battery.txt", text, published=published, url=url)
    events = [e for e in extract_events(article, geoparse(article)) if e.family == family]
    assert len(events) == 1, [(e.type, e.actor, e.target) for e in events]
    got = events[0].date
    assert got == (datetime.date.fromisoformat(want) if want else None)
    assert events[0].date_precision == ("day" if want else None)
