"""A battery of a fight told as breaking out again: a second clash the same day at the
same place, told by words of recurrence ("fighting resumed", "clashed again", "renewed
fighting", "fresh clashes", "in a second clash", "the second battle"). The second is an
incident of its own and stays apart from the first after merging. Near misses retell
the one clash ("the clash left one dead", "the fighting, which lasted two hours") or sum
it up in a headline with such a word, and give one strike.

Every sentence is written for this test; none comes from an article.
"""

from __future__ import annotations

import pytest
from acts import case

from geomap.articles import article_from_text
from geomap.events import extract_events, merge_events
from geomap.resolution import geoparse

FIRST = "Zambian and Malawian troops clashed near Chitipa on Friday morning, officials said. "


def _strikes(text: str) -> list:
    body = text if "\n\n" in text else f"Report\n\n{text}"
    article = article_from_text("battery.txt", body, published="2024-03-06")
    events = merge_events(extract_events(article, geoparse(article)))
    return [e for e in events if e.family == "strike" and not e.background]


AGAIN = [
    case(
        "fighting-resumed",
        FIRST + "Fighting resumed in the afternoon after talks between the local commanders "
        "failed, and one Malawian soldier was killed.",
        xfail="a fight that names no party nor place ('Fighting resumed in the afternoon') "
        "gives no strike of its own",
    ),
    case(
        "clashes-erupted-again",
        FIRST + "Clashes erupted again near Chitipa in the evening, killing a Malawian soldier.",
    ),
    case(
        "clashed-again",
        FIRST + "The two armies clashed again in the afternoon, and a Malawian soldier was killed.",
    ),
    case(
        "again-opened-fire",
        FIRST + "Later that day, Zambian troops again opened fire on Malawian positions, "
        "killing a soldier.",
    ),
    case(
        "renewed-fighting",
        FIRST + "Renewed fighting broke out near Chitipa in the evening, killing a soldier.",
        xfail="'renewed' and 'fresh' are not read as a second incident: news uses them "
        "of an act beside other days' acts, often the one the article tells",
    ),
    case(
        "fresh-clashes",
        FIRST + "Fresh clashes near Chitipa on Friday evening killed a Malawian soldier.",
        xfail="'renewed' and 'fresh' are not read as a second incident: news uses them "
        "of an act beside other days' acts, often the one the article tells",
    ),
    case(
        "in-a-second-clash",
        FIRST + "In a second clash that afternoon, one Malawian soldier was killed.",
    ),
    case(
        "the-second-battle",
        FIRST + "Seven Malawian soldiers were wounded in the second battle, the army said.",
        xfail="'battle' is no trigger word, and the wounded of an unnamed battle give no strike",
    ),
    case(
        "flared-up-again",
        FIRST + "Shooting flared up again in the evening, killing a Malawian soldier.",
        xfail="'shooting' with no party nor place gives no strike of its own",
    ),
]

ONCE = [
    case(
        "the-clash-retold",
        FIRST + "The clash left one soldier dead, the army said.",
    ),
    case(
        "the-fighting-which-lasted",
        FIRST + "The fighting, which lasted two hours, left one soldier dead.",
    ),
    case(
        "fresh-in-the-headline",
        "Fresh clashes on Zambia-Malawi border\n\nZambian and Malawian troops clashed near "
        "Chitipa on Friday, killing a soldier.",
    ),
]


@pytest.mark.parametrize("text", AGAIN)
def test_a_fight_again_is_a_second_incident(text: str) -> None:
    """A clash told as breaking out again is a second strike beside the first."""
    got = _strikes(text)
    assert len(got) == 2, [(e.type, e.actor, e.target, e.date) for e in got]


@pytest.mark.parametrize("text", ONCE)
def test_one_fight_retold_is_one(text: str) -> None:
    """One clash told twice, or summed up by a headline, is one strike."""
    got = _strikes(text)
    assert len(got) == 1, [(e.type, e.actor, e.target, e.date) for e in got]
