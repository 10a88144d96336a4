"""geomap.events.when: an act's date is its clause's, else the nearest earlier one's.

Every sentence here is written for the test; none comes from an article. The articles
are published on Thursday 24 July 2025.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.events.when import act_date

MONDAY = datetime.date(2025, 7, 21)


def _clause(view, trigger: str) -> int:
    at = view.text.index(trigger)
    return next(i for i, c in enumerate(view.clauses) if c.start <= at < c.end)


@pytest.mark.parametrize(
    ("sentence", "trigger", "strike", "when"),
    [
        ("Chile shelled Peru on Monday.", "shelled", True, (MONDAY, "day")),
        ("Chile shelled Peru in March.", "shelled", True, (datetime.date(2025, 3, 1), "month")),
        ("Chile shelled Peru last week.", "shelled", True, (None, "vague")),
        ("Chile shelled Peru.", "shelled", True, (None, None)),
        ("On Monday, Chile shelled Peru.", "shelled", True, (MONDAY, "day")),
        ("Chile said on Monday that it shelled Peru.", "shelled", True, (MONDAY, "day")),
        (
            "Chile said on Monday that it shelled Peru on Sunday.",
            "shelled",
            True,
            (MONDAY - datetime.timedelta(1), "day"),
        ),
        ("Chile shelled Peru in the worst fighting since 2020.", "shelled", True, (None, None)),
    ],
    ids=[
        "clause-date",
        "month",
        "vague",
        "undated",
        "nearest-earlier-clause",
        "the-report's-date-when-the-strike-has-none",
        "the-strike's-own-date-before-the-report's",
        "since-dates-nothing",
    ],
)
def test_act_date(trigger_view, sentence: str, trigger: str, strike: bool, when: tuple) -> None:
    """The clause's most precise time; without one, that of the nearest earlier clause;
    a time after "since" dates nothing, and the day a report is dated by dates a strike
    only when the strike has no time of its own."""
    view = trigger_view(sentence)
    assert act_date(view, _clause(view, trigger), None, strike=strike) == when


def test_a_saying_takes_no_date_from_its_quoted_speech(trigger_view) -> None:
    """ "The minister condemned Peru on Monday, saying "on May 9 their troops ...": the
    statement was made on Monday; the quote's day is what it speaks of."""
    view = trigger_view(
        'Chile condemned Peru on Monday, saying "on May 9 their troops crossed the line '
        'and opened fire on our posts".'
    )
    assert act_date(view, _clause(view, "condemned"), None) == (MONDAY, "day")


def test_relative_dates_count_from_the_previous_event(trigger_view) -> None:
    """ "the next day" is the day after the last dated event told before."""
    view = trigger_view("Chile shelled Peru the next day.")
    assert act_date(view, 0, MONDAY, strike=True) == (MONDAY + datetime.timedelta(1), "day")
