"""A phrasing battery for a strike told with its force in the plural possessive: "killed
in Iranian border guards' firing", "Azerbaijani forces' shelling of Sotk". The demonym
before the force names the attacker, as it does before the strike noun itself
("Iranian firing"), whoever the victims are, in the passive or the active.

The near misses (an officials' statement or account about a strike) give the
officials' state no strike. Every sentence is invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest
from acts import ANY, case, strike_fits, strikes_of


def _news(text: str) -> list:
    return [e for e in strikes_of(text) if not e.background]


# (text, (type, actor, target, place, killed))
POSSESSIVE = [
    case(
        "killed-in-border-guards-firing",
        "Two Afghan smugglers were killed in Iranian border guards' firing near Zahedan on "
        "Saturday.",
        (ANY, "IR", "AF", ANY, 2),
    ),
    case(
        "killed-in-soldiers-firing",
        "Two Bangladeshi villagers were killed in Myanmar soldiers' firing near Teknaf on Friday.",
        (ANY, "MM", "BD", ANY, 2),
    ),
    case(
        "killed-in-forces-shelling-of",
        "Four Armenian soldiers were killed in Azerbaijani forces' shelling of Sotk on Monday.",
        ("shelling", "AZ", "AM", ANY, 4),
    ),
    case(
        "troops-shelling-killed",
        "Indian troops' shelling killed two villagers in Kotli on Monday.",
        ("shelling", "IN", "PK", ANY, 2),
    ),
    case(
        "wounded-by-soldiers-fire",
        "A Kyrgyz farmer was wounded by Tajik soldiers' fire near Isfana on Monday.",
        (ANY, "TJ", "KG", ANY, 0),
    ),
    case(
        "troops-shelling-of-a-town-killed",
        "Eritrean troops' shelling of Adigrat killed four people on Tuesday.",
        ("shelling", "ER", "ET", ANY, 4),
    ),
    case(
        "died-in-gendarmes-shooting",
        "Three Syrian migrants died in Turkish gendarmes' shooting near Kilis on Sunday.",
        (ANY, "TR", "SY", ANY, 3),
        xfail="a shooting by gendarmes with victims who 'died in' it is not read",
    ),
    case(
        "by-rangers-firing",
        "A teenager was killed in Kathua by Pakistani rangers' firing on Wednesday.",
        (ANY, "PK", "IN", ANY, 1),
        xfail="a force's possessive after 'by' is not read as the attacker",
    ),
]


@pytest.mark.parametrize("text,want", POSSESSIVE)
def test_a_forces_possessive_names_the_attacker(text: str, want: tuple) -> None:
    got = _news(text)
    assert any(strike_fits(e, want) for e in got), [
        (e.type, e.actor, e.target, e.place and e.place.name, e.killed) for e in got
    ]


# (text, a state that must not be the attacker)
NEAR_MISSES = [
    case(
        "officials-account-of-a-shelling",
        "Iranian officials' account of the shelling of Zahedan on Saturday was disputed by "
        "Afghan troops.",
        "IR",
    ),
    case(
        "refugees-tents-shelled",
        "Afghan refugees' tents near Zahedan were shelled by Iranian forces on Saturday.",
        "AF",
    ),
]


@pytest.mark.parametrize("text,state", NEAR_MISSES)
def test_no_attacker_in_other_possessives(text: str, state: str) -> None:
    got = _news(text)
    assert all(e.actor != state for e in got), [(e.type, e.actor, e.target) for e in got]
