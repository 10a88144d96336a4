"""A battery for a weekday that fixes the year of an undated page's day and month.

A page with no publication date takes the year of "on Wednesday, March 27" from
elsewhere (its other full dates, its address). The weekday must agree with that year:
when it does not, the day is in the nearest later year (within a few years) in which
it falls on that weekday, and when there is none, the date is left out. A year written
with the date, or a publication date, is not second-guessed. Every sentence is
invented for this test.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.dates import event_date
from geomap.events import extract_events
from geomap.resolution import geoparse


def _day(sentence: str, year_hint: int | None, published: str | None = None):
    pub = datetime.date.fromisoformat(published) if published else None
    return event_date(sentence, published=pub, year_hint=year_hint)[0]


def _case(id_: str, sentence: str, year_hint: int | None, want: str | None, published=None):
    return pytest.param(sentence, year_hint, published, want, id=id_)


CASES = [
    _case(
        "weekday-comma-month-day",
        "Two soldiers crossed the border on Wednesday, March 27.",
        2022,
        "2024-03-27",
    ),
    _case(
        "weekday-month-day",
        "Two soldiers crossed the border on Wednesday March 27 in the afternoon.",
        2022,
        "2024-03-27",
    ),
    _case(
        "weekday-day-month",
        "Troops shelled the village on Wednesday, 27 March, officials said.",
        2022,
        "2024-03-27",
    ),
    _case(
        "weekday-the-day-month",
        "The envoy was summoned on Wednesday the 27th of March.",
        2022,
        "2024-03-27",
    ),
    _case(
        "weekday-agrees",
        "Two soldiers crossed the border on Sunday, March 27.",
        2022,
        "2022-03-27",
    ),
    _case(
        "next-year",
        "The patrol came under fire on Saturday, January 14.",
        2022,
        "2023-01-14",
    ),
    _case(
        "agrees-in-january",
        "The patrol came under fire on Friday, January 14.",
        2022,
        "2022-01-14",
    ),
    _case(
        "leap-day",
        "Guards exchanged fire on Thursday, February 29.",
        2022,
        "2024-02-29",
    ),
    _case(
        "leap-day-no-year-fits",
        "Guards exchanged fire on Monday, February 29.",
        2022,
        None,
    ),
    _case(
        "too-many-years-ahead",
        "Guards exchanged fire on Tuesday, March 27.",
        2022,
        None,
    ),
    _case(
        "year-written",
        "Guards exchanged fire on Wednesday, March 27, 2022.",
        2022,
        "2022-03-27",
    ),
    _case(
        "no-weekday",
        "Guards exchanged fire on March 27.",
        2022,
        "2022-03-27",
    ),
    _case(
        "published-page",
        "Guards exchanged fire on Wednesday, March 27.",
        None,
        "2023-03-27",
        "2023-04-02",
    ),
    _case(
        "no-year-known",
        "Guards exchanged fire on Wednesday, March 27.",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "year_hint", "published", "want"), CASES)
def test_a_weekday_fixes_the_year(sentence, year_hint, published, want) -> None:
    """The weekday before a day and month must fall on the day in the year given."""
    got = _day(sentence, year_hint, published)
    assert (got.isoformat() if got else None) == want


def _event_days(text: str, url: str | None = None) -> list[str | None]:
    article = article_from_text("undated.txt", text, url=url)
    events = extract_events(article, geoparse(article))
    return [e.date.isoformat() if e.date else None for e in events if not e.background]


def test_an_undated_page_takes_the_year_its_weekday_gives() -> None:
    """An undated page whose other date says 2022 tells an incursion on "Wednesday,
    March 27": March 27 fell on a Wednesday in 2024."""
    text = (
        "Troops cross the border\n\n"
        "Relations between the two countries have been tense since a coup in September 2022.\n\n"
        "Two Malian soldiers crossed into Senegal on Wednesday, March 27, near the town of "
        "Kidira, officials said."
    )
    assert "2024-03-27" in _event_days(text)


def test_an_undated_page_keeps_a_year_its_weekday_agrees_with() -> None:
    """The weekday agrees with the year the page's other date gives: that year stays."""
    text = (
        "Troops cross the border\n\n"
        "Relations between the two countries have been tense since a coup in September 2022.\n\n"
        "Two Malian soldiers crossed into Senegal on Sunday, March 27, near the town of "
        "Kidira, officials said."
    )
    assert "2022-03-27" in _event_days(text)
