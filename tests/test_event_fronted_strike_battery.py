"""A phrasing battery for a strike named in a phrase that opens the sentence, with the
attacker as the subject of the main clause: "In a retaliatory strike, Turkish jets
killed 20 militants near Zakho". The attacker is that subject whatever the victims
are called (militants, men, people, a nationality), and whatever the opening phrase
holds (a kind of strike, a time, a day).

The near misses (a statement about a strike, the dead told in the passive, a report's
speakers after the phrase) must not take the subject as the attacker. Every sentence
is invented for this test.
"""

from __future__ import annotations

import pytest
from acts import ANY, case, strike_fits, strikes_of


def _news(text: str) -> list:
    return [e for e in strikes_of(text) if not e.background]


# (text, (type, actor, target, place, killed))
FRONTED = [
    case(
        "in-a-retaliatory-strike-jets",
        "In a retaliatory strike, Turkish jets killed 20 militants near Zakho on Sunday.",
        (ANY, "TR", "IQ", ANY, 20),
    ),
    case(
        "in-an-overnight-raid-troops",
        "In an overnight raid, Indian troops killed three Pakistani soldiers near Kotli.",
        ("raid", "IN", "PK", ANY, 3),
    ),
    case(
        "in-a-drone-strike-on-a-day-the-army",
        "In a drone strike on Sunday, the Israeli army killed two men in Tyre.",
        ("drone strike", "IL", "LB", ANY, 2),
    ),
    case(
        "during-a-cross-border-raid",
        "During a cross-border raid, Tajik soldiers killed a Kyrgyz guard near Isfana.",
        ("raid", "TJ", "KG", ANY, 1),
    ),
    case(
        "in-a-series-of-airstrikes-people",
        "In a series of airstrikes, Sudanese jets killed 12 people in Adre on Monday.",
        ("airstrike", "SD", "TD", ANY, 12),
    ),
    case(
        "in-a-dawn-raid-on-a-day",
        "In a dawn raid on Monday, Eritrean troops killed four Ethiopian soldiers near Badme.",
        ("raid", "ER", "ET", ANY, 4),
    ),
    case(
        "in-a-helicopter-raid-forces",
        "In a helicopter raid on Friday, Kenyan forces killed 15 militants near Kismayo.",
        ("raid", "KE", "SO", ANY, 15),
    ),
    case(
        "in-a-night-time-strike-hit",
        "In a night-time strike, Pakistani warplanes hit a camp near Khost, killing nine people.",
        (ANY, "PK", "AF", ANY, 9),
    ),
]


@pytest.mark.parametrize("text,want", FRONTED)
def test_a_fronted_strike_is_done_by_the_subject(text: str, want: tuple) -> None:
    got = _news(text)
    assert any(strike_fits(e, want) for e in got), [
        (e.type, e.actor, e.target, e.place and e.place.name, e.killed) for e in got
    ]


# (text, a state that must not be the attacker)
NOT_THE_ATTACKER = [
    case(
        "a-statement-on-the-strike",
        "In a statement on the strike, the Indian army said two soldiers were killed near Kupwara.",
        "IN",
    ),
    case(
        "the-dead-in-the-passive",
        "In a raid on Kotli on Monday, Pakistani soldiers were killed by Indian troops.",
        "PK",
    ),
    case(
        "speakers-after-the-phrase",
        "In a drone strike on Sunday, Afghan officials said, two people were killed in Khost.",
        "AF",
    ),
]


@pytest.mark.parametrize("text,state", NOT_THE_ATTACKER)
def test_no_subject_taken_for_the_attacker(text: str, state: str) -> None:
    got = _news(text)
    assert all(e.actor != state for e in got), [(e.type, e.actor, e.target) for e in got]
