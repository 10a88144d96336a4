"""A strike's day told in a later sentence: one naming the strike as its subject, or one
fixing a day within the vague time the strike was told at.

Every article here is written for the test; none comes from a real one.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.models import Event
from geomap.resolution import geoparse

SATURDAY = datetime.date(2025, 7, 26)
FRIDAY = datetime.date(2025, 7, 25)


def _strikes(text: str) -> list[Event]:
    article = article_from_text("test.txt", text, published=SATURDAY)
    return [e for e in extract_events(article, geoparse(article)) if e.family == "strike"]


SHELLS = (
    "North Korea fired dozens of artillery shells near a South Korean border island, the "
    "military said.\n\nResidents of the island were told to go to shelters.\n\n"
)


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("The shells were fired Friday to the north of the island, officials said.", FRIDAY),
        ("Officials said on Friday that the shells had landed at sea.", SATURDAY),
        ("The shelling of 2010 was far deadlier.", SATURDAY),
    ],
    ids=["subject-with-its-day", "day-of-the-report", "another-time"],
)
def test_an_undated_strike_takes_the_day_a_sentence_naming_it_gives(
    later: str, day: datetime.date
) -> None:
    """ "The shells were fired Friday": the incident's day, where the lead gave none; a
    report's day or another year is not it (the report's own day stands)."""
    (strike,) = _strikes(SHELLS + later)
    assert (strike.date, strike.date_precision) == (day, "day")


def test_a_later_sentence_names_no_day_of_another_incident() -> None:
    """With two incidents, "the shells" may point at either."""
    text = (
        SHELLS
        + "Separately, Indian artillery shelled posts near Kotli on Monday.\n\n"
        + "The shells were fired Friday to the north of the island, officials said."
    )
    korean = next(e for e in _strikes(text) if e.actor == "KP")
    assert korean.date != FRIDAY


CROSSED = (
    "Around 30 Chinese troops crossed into Indian territory over the weekend, the army said.\n\n"
)


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("The soldiers who crossed at 9 a.m. Saturday withdrew after a standoff.", SATURDAY),
        ("The army said on Thursday that the soldiers had withdrawn.", None),
        ("Patrols were stepped up on Thursday, officials said.", None),
        ("The two foreign ministers met on Saturday to ease tensions.", None),
    ],
    ids=["a-day-of-the-weekend", "day-of-the-report", "a-weekday", "a-meeting's-day"],
)
def test_a_vague_time_is_fixed_by_a_later_day_within_it(
    later: str, day: datetime.date | None
) -> None:
    """ "over the weekend" ... "at 9 a.m. Saturday": the day, when it falls within the
    weekend and is not a report's."""
    (strike,) = _strikes(CROSSED + later)
    assert strike.date == day
