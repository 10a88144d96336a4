"""The holiday table and its reader (``geomap.holidays``)."""

from __future__ import annotations

import datetime
import tomllib
from importlib.resources import files

import pytest

from geomap.dates import find_dates
from geomap.holidays import holiday_dates

D = datetime.date


def test_every_movable_holiday_has_a_day_in_each_year_read() -> None:
    """The table covers the same years for every movable holiday, each day in its year."""
    raw = tomllib.loads(files("geomap").joinpath("lexicons/holidays.toml").read_text("utf-8"))
    years = None
    for key, days in raw["movable"].items():
        assert all(d.year == int(y) for y, d in days.items()), key
        assert years is None or set(days) == years, key
        years = set(days)
    assert years is not None and {"1990", "2025", "2040"} <= years


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("on Eid ul-Fitr", D(2024, 4, 10)),
        ("on Eid-al-Adha", D(2024, 6, 16)),
        ("during Navruz", D(2024, 3, 20)),
        ("on New Year’s Eve", D(2023, 12, 31)),
        ("on New Years Day", D(2024, 1, 1)),
        ("on Good Friday", D(2024, 3, 29)),
        ("on the second day of Eid al-Adha", D(2024, 6, 17)),
    ],
    ids=[
        "ul-fitr",
        "hyphens",
        "navruz",
        "curly-apostrophe",
        "no-apostrophe",
        "good-friday",
        "day-2",
    ],
)
def test_spellings(text: str, want: datetime.date) -> None:
    """Each spelling news uses reads as its holiday's day."""
    got = holiday_dates(text, D(2024, 7, 1), None)
    assert [c[2] for c in got] == [want]


@pytest.mark.parametrize(
    "text",
    ["before Christmas", "ahead of Eid", "Christmas Island", "a Christmas market", "eid al-fitr"],
    ids=["before", "ahead-of", "a-name", "a-market", "lower-case"],
)
def test_no_day(text: str) -> None:
    """A holiday the act is not on, or a word that only looks like one, dates nothing."""
    assert holiday_dates(text, D(2024, 7, 1), None) == []


def test_a_holiday_beats_its_weekday() -> None:
    """ "on Easter Sunday" is Easter, not the last Sunday before publication."""
    found = find_dates("shelled on Easter Sunday", published=D(2024, 4, 20))
    assert [(m.text, m.date) for m in found] == [("on Easter Sunday", D(2024, 3, 31))]
