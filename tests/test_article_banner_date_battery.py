"""A battery of page heads that show the day the page was read above the story's own
stamp: a bare date banner ("Monday, March 3, 2025") over a date with a clock time
("Tuesday, 14 June 2016 10:42"). The story's stamp is its publication date, and the
acts it tells are dated from it. Near misses (one date line; a banner with no stamp
below; a first line that has a time itself) keep the first date.

Every text is invented for this test.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

BODY = (
    "\n\nGabon summons Cameroon envoy\n\n"
    "Gabon on Monday summoned Cameroon's ambassador over the shooting of two fishermen.\n"
)
STORY_DAY = datetime.date(2016, 6, 14)
BANNER_DAY = datetime.date(2025, 3, 3)


def _read(head: str) -> tuple[datetime.date | None, list[datetime.date | None]]:
    article = article_from_text("banner.txt", head + BODY)
    return article.published, [e.date for e in extract_events(article, geoparse(article))]


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("Monday, March 3, 2025\nTuesday, 14 June 2016 10:42", id="weekday-banner"),
        pytest.param("March 3, 2025\n14 June 2016, 10:42 AM", id="banner-no-weekday"),
        pytest.param("Mon Mar 3, 2025\nTuesday, June 14, 2016 at 10.42am", id="short-banner"),
        pytest.param("Monday 3 March 2025\nPublished: 14 June 2016 10:42 GMT", id="published"),
        pytest.param("3 March 2025\nUpdated June 14, 2016 | 10:42 IST", id="updated-bar"),
        pytest.param("Monday, March 3, 2025\nBy Ana Mba | June 14, 2016 10:42", id="byline"),
        pytest.param("Monday, March 3, 2025\nHome | World\nJune 14, 2016 3 pm", id="menu-between"),
        pytest.param("Monday, 03 March 2025\n14 June 2016 - 10:42", id="dash-time"),
    ],
)
def test_the_story_stamp_beats_the_banner(head: str) -> None:
    """The stamp with a clock time dates the page and its acts, not the banner above."""
    published, dates = _read(head)
    assert published == STORY_DAY
    assert dates == [datetime.date(2016, 6, 13)]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        pytest.param("Tuesday, 14 June 2016 10:42", STORY_DAY, id="one-stamp"),
        pytest.param("Monday, March 3, 2025", BANNER_DAY, id="one-bare-date"),
        pytest.param(
            "Monday, March 3, 2025 10:15\nTuesday, 14 June 2016 10:42", BANNER_DAY, id="both-timed"
        ),
    ],
)
def test_a_single_or_timed_first_date_stays(head: str, day: datetime.date) -> None:
    """With no bare banner over a timed stamp, the first date dates the page."""
    assert _read(head)[0] == day
