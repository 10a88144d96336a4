"""A phrasing battery for a state's armed men, named by another word than troops or
soldiers (gendarmes, rangers, troopers, guardsmen, personnel, a patrol), who killed
another state's people at the border: "Turkish gendarmes killed three Syrian migrants
near Kilis". The attacker is the demonym's state, the target the victims'.

The near misses (wildlife rangers and poachers, one state's men killing its own
smuggler) give no strike on another state. Every sentence is invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest
from acts import ANY, case, strike_fits, strikes_of


def _news(text: str) -> list:
    return [e for e in strikes_of(text) if not e.background]


# (text, (type, actor, target, place, killed))
SHOOTERS = [
    case(
        "gendarmes-killed-migrants",
        "Turkish gendarmes killed three Syrian migrants near Kilis on Sunday.",
        (ANY, "TR", "SY", ANY, 3),
    ),
    case(
        "rangers-killed-villagers",
        "Pakistani rangers killed two Indian villagers near Kathua on Monday.",
        (ANY, "PK", "IN", ANY, 2),
    ),
    case(
        "border-guardsmen-killed-migrants",
        "Iranian border guardsmen killed three Afghan migrants near Zahedan on Saturday.",
        (ANY, "IR", "AF", ANY, 3),
    ),
    case(
        "security-personnel-killed-smugglers",
        "Indian security personnel killed two Pakistani smugglers near Kathua on Tuesday.",
        (ANY, "IN", "PK", ANY, 2),
    ),
    case(
        "troopers-killed-fishermen",
        "Myanmar troopers killed four Bangladeshi fishermen near Teknaf on Friday.",
        (ANY, "MM", "BD", ANY, 4),
    ),
    case(
        "an-army-patrol-killed-a-migrant",
        "A Greek army patrol killed a Turkish migrant near Alexandroupoli on Monday.",
        (ANY, "GR", "TR", ANY, 1),
    ),
    case(
        "force-acronym-troopers",
        "BSF troopers killed two Bangladeshi smugglers near Cooch Behar on Friday.",
        (ANY, "IN", "BD", ANY, 2),
        xfail="a force named by its acronym before the shooters is not read as its state",
    ),
    case(
        "force-name-a-troop",
        "A Border Security Force guard killed two Bangladeshi cattle traders near Cooch "
        "Behar on Friday.",
        (ANY, "IN", "BD", ANY, 2),
        xfail="a force named by its own name before the shooters is not read as its state",
    ),
]


@pytest.mark.parametrize("text,want", SHOOTERS)
def test_a_states_armed_men_killed_foreigners(text: str, want: tuple) -> None:
    got = _news(text)
    assert any(strike_fits(e, want) for e in got), [
        (e.type, e.actor, e.target, e.place and e.place.name, e.killed) for e in got
    ]


NEAR_MISSES = [
    case("wildlife-rangers", "Kenyan rangers killed two poachers in Tsavo on Monday."),
    case(
        "own-smuggler",
        "Pakistani rangers killed a Pakistani smuggler near Sialkot on Monday.",
    ),
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_strike_on_another_state(text: str) -> None:
    got = _news(text)
    assert all(e.target is None or e.target == e.actor for e in got), [
        (e.type, e.actor, e.target) for e in got
    ]
