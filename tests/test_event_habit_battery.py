"""A battery of strikes told as a habit, a tally or a policy rather than as one act:
what happens "at times" or "from time to time", incursions counted since a year, a
state's air campaign across two countries, a state counted among a coalition's
members. Each such text must give no strike. The near misses tell one dated act with
words close to a habit ("repeatedly" on one day, a count of shells in one barrage) and
must give exactly one.

Every sentence is written for this test; no sentence comes from an article.
"""

from __future__ import annotations

import pytest
from acts import ANY, case, reported_strikes, strike_fits

HABITS = [
    case(
        "at-times-crossed-to-attack",
        "Rebel bands at times slip over the frontier, raid Senegalese villages and then "
        "return to Gambia, officials said.",
    ),
    case(
        "from-time-to-time-bombed",
        "Zambian jets have from time to time bombed rebel camps inside Malawi, residents say.",
    ),
    case(
        "sometimes-shell",
        "Gabonese troops sometimes shell smugglers' camps across the border in Equatorial Guinea.",
    ),
    case(
        "occasionally-exchange-fire",
        "Namibian and Botswanan patrols occasionally exchange fire along the Chobe river.",
    ),
    case(
        "routinely-come-under-fire",
        "Honduran soldiers routinely come under fire from Salvadoran gangs along the border.",
    ),
    case(
        "time-and-again-shelled",
        "Time and again, Gambian troops have shelled Senegalese border villages near Ziguinchor.",
    ),
    case(
        "tally-since-a-year-after-that",
        "Gabon's army keeps a count: its spokesman told reporters that since 2021 it has "
        "logged some 20 incursions from Equatorial Guinea.",
    ),
    case(
        "tally-since-a-year-fronted",
        "Since 2019, Zambia says it has recorded more than 30 incursions by Malawian troops.",
    ),
    case(
        "air-campaign-in-both-countries",
        "Kenya's air force has bombed militant camps in both Somalia and Ethiopia, its "
        "spokesman said.",
    ),
    case(
        "among-coalition-members",
        "Uganda has joined an alliance that conducts airstrikes on armed groups in "
        "eastern Congo, the minister confirmed.",
    ),
]

ONE = [
    case(
        "one-attack-on-a-day",
        "Rebels from Gambia attacked a Senegalese army post near Ziguinchor on Monday, "
        "killing three soldiers.",
        ("gunmen attack", None, "SN", ANY),
    ),
    case(
        "repeatedly-on-one-day",
        "Zambian troops repeatedly shelled the Malawian town of Chitipa on Tuesday, "
        "officials said.",
        ("shelling", "ZM", "MW", ANY),
        xfail="'repeatedly' is read as a habit word before the trigger even when the clause "
        "names the day of one barrage",
    ),
    case(
        "a-count-in-one-barrage",
        "Gabonese troops fired twenty shells at the Equatorial Guinean town of Ebebiyin on Sunday.",
        ("shelling", "GA", "GQ", ANY),
    ),
    case(
        "a-habit-in-another-clause",
        "Gabonese troops often patrol the frontier, but on Sunday they shelled the Equatorial "
        "Guinean town of Ebebiyin.",
        ("shelling", ANY, "GQ", ANY),
    ),
]


@pytest.mark.parametrize("text", HABITS)
def test_a_habit_is_no_strike(text: str) -> None:
    """A habit, a tally or a campaign gives no strike."""
    got = reported_strikes(text, background=False)
    assert got == [], [(e.type, e.actor, e.target) for e in got]


@pytest.mark.parametrize(("text", "want"), ONE)
def test_one_act_stays(text: str, want: tuple) -> None:
    """One dated act told with words near a habit gives exactly its strike."""
    got = reported_strikes(text)
    assert len(got) == 1 and strike_fits(got[0], want), [
        (e.type, e.actor, e.target, e.place.name if e.place else None) for e in got
    ]
