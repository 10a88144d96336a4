"""A phrasing battery for the date of a diplomatic act on a page with no publication
date given: the ways a page prints its own date (a dateline with the day before the
place, "Updated on: 4 March,2021", a wire dateline, a stamp line, "Published ...") and
the weekday or "yesterday" of the act counted from it.

Each case is a short text written for this test (no sentence comes from an article),
with the date the single diplomatic act must get. The near misses print no date of
their own (a treaty's year in the text, a related story's date at the foot): the act
stays undated. A case the extractor does not read yet is marked ``xfail``.
"""

from __future__ import annotations

import datetime

import pytest
from acts import case

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

D = datetime.date

CASES = [
    case(
        "day-first-place-in-brackets-caps",
        "Ecuador summons Peru's envoy\n\nMarch 3, 2021 (QUITO) - Ecuador's foreign "
        "ministry summoned the Peruvian ambassador on Wednesday over the shooting.",
        D(2021, 3, 3),
    ),
    case(
        "day-month-year-place-in-brackets",
        "Ecuador summons Peru's envoy\n\n3 March 2021 (Quito) – Ecuador's foreign "
        "ministry summoned the Peruvian ambassador on Wednesday over the shooting.",
        D(2021, 3, 3),
    ),
    case(
        "day-first-then-recall-yesterday",
        "Peru recalls envoy\n\nMarch 4, 2021 (LIMA) — Peru recalled its ambassador "
        "from Quito yesterday, the foreign ministry said.",
        D(2021, 3, 3),
    ),
    case(
        "updated-on-comma-glued-year",
        "Ecuador summons Peru's envoy\n\nUpdated on: 4 March,2021 10:37 AM IST  |  "
        "Quito\n\nEcuador on Wednesday summoned Peru's ambassador.",
        D(2021, 3, 3),
    ),
    case(
        "month-day-comma-glued-year-stamp",
        "Ecuador summons Peru's envoy\n\nMarch 4,2021\n\nEcuador on Wednesday "
        "summoned Peru's ambassador over the border shooting.",
        D(2021, 3, 3),
    ),
    case(
        "wire-dateline-with-year",
        "Ecuador summons Peru's envoy\n\nQUITO, March 3, 2021 (AFP) - Ecuador's "
        "foreign ministry summoned the Peruvian ambassador on Wednesday.",
        D(2021, 3, 3),
    ),
    case(
        "published-line",
        "Ecuador summons Peru's envoy\n\nPublished March 4, 2021\n\nQUITO: The deputy "
        "head of the Peruvian mission was summoned to the foreign ministry on Wednesday.",
        D(2021, 3, 3),
    ),
    case(
        "weekday-stamp-line",
        "Wednesday, March 3, 2021\n\nEcuador summons Peru's envoy\n\nEcuador's foreign "
        "ministry summoned the Peruvian ambassador on Wednesday.",
        D(2021, 3, 3),
    ),
    case(
        "numeric-dated-line",
        "Ecuador summons Peru's envoy\n\nDated 04.03.2021\n\nQUITO - Ecuador on "
        "Wednesday summoned Peru's ambassador.",
        D(2021, 3, 3),
    ),
    # ------------------------------------------------------------ near misses: no date
    case(
        "no-date-anywhere",
        "Ecuador summons Peru's envoy\n\nEcuador's foreign ministry summoned the "
        "Peruvian ambassador on Wednesday over the shooting.",
        None,
    ),
    case(
        "treaty-year-in-text",
        "Ecuador summons Peru's envoy\n\nEcuador's foreign ministry summoned the "
        "Peruvian ambassador on Wednesday. The border was fixed by a treaty signed on "
        "26 October 1998.",
        None,
    ),
    case(
        "related-story-date-at-foot",
        "Ecuador summons Peru's envoy\n\nEcuador's foreign ministry summoned the "
        "Peruvian ambassador on Wednesday over the shooting.\n\nMore news\n\nFuel "
        "prices rise\n19 May, 2024",
        None,
    ),
]


def _diplomatic_dates(text: str) -> list[datetime.date | None]:
    article = article_from_text("page.txt", text, published=None)
    events = extract_events(article, geoparse(article))
    return [e.date for e in events if e.family == "diplomatic"]


@pytest.mark.parametrize(("text", "day"), CASES)
def test_the_act_date_on_an_undated_page(text: str, day: datetime.date | None) -> None:
    """The page's one diplomatic act is dated ``day`` (None: undated)."""
    assert _diplomatic_dates(text) == [day]
