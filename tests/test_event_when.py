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
        (
            "Peru accused Chile on Monday of shelling Tacna on Sunday.",
            "shelling",
            True,
            (MONDAY - datetime.timedelta(1), "day"),
        ),
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
        "the-strike's-own-date-before-the-accusation's",
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


TUESDAY = MONDAY + datetime.timedelta(1)
WEDNESDAY = MONDAY + datetime.timedelta(2)


@pytest.mark.parametrize(
    ("sentence", "trigger", "when"),
    [
        ("Chile shelled Tacna on Tuesday, a day after Peru shelled Arica.", "Peru shelled", MONDAY),
        (
            "Chile shelled Tacna, two days after Peru shelled Arica on Monday.",
            "Chile shelled",
            WEDNESDAY,
        ),
        (
            "Chile shelled Tacna on Tuesday, a day after Peru shelled Arica on Sunday.",
            "Peru shelled",
            MONDAY - datetime.timedelta(1),
        ),
        (
            "Chile shelled Tacna on Wednesday, a day after Peru shelled Arica, officials "
            "said on Thursday.",
            "Peru shelled",
            TUESDAY,
        ),
        (
            "Chile said on Wednesday, a day after Peru shelled Arica, that it would respond.",
            "Peru shelled",
            TUESDAY,
        ),
    ],
    ids=[
        "the-act-after",
        "the-act-before",
        "its-own-day",
        "not-the-report's-day",
        "a-day-after-a-saying",
    ],
)
def test_a_day_after_another_act(
    trigger_view, sentence: str, trigger: str, when: datetime.date
) -> None:
    """ "X on Tuesday, a day after Y": Y was on Monday; "X, two days after Y on Monday":
    X was on Wednesday; a part's own day wins, and a report's day is no part's."""
    view = trigger_view(sentence)
    at = view.text.index(trigger) + len(trigger.split()[0]) + 1
    ci = _clause(view, trigger)
    assert act_date(view, ci, None, strike=True, at=at) == (when, "day")


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Chile said Peru shelled Tacna the previous day.", WEDNESDAY),
        ("Chile said on Tuesday that Peru had shelled Tacna the day before.", MONDAY),
        ("Peru shelled Tacna two days earlier, Chile said.", TUESDAY),
        ("Two days before the talks, Peru shelled Tacna on Tuesday.", TUESDAY),
    ],
    ids=["from-the-page's-day", "from-the-report's-day", "earlier", "before-an-object"],
)
def test_a_day_counted_back_with_no_event_before(trigger_view, sentence: str, when) -> None:
    """ "the previous day" told before any dated event counts back from the report's
    day (the sentence's, else the page's); "two days before the talks" counts from the
    talks, which fix no day."""
    view = trigger_view(sentence)
    assert act_date(view, _clause(view, "shelled"), None, strike=True) == (when, "day")
