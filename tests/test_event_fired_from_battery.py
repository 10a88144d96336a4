"""A phrasing battery for a strike told by where its shots came from, with no attacker
named: "mortar rounds fired from Pakistan landed in Poonch", "artillery fire from
Afghanistan killed a boy". The state the shots came from is the attacker (the
guideline's actor: the state whose forces fired), in a clause of its own, in the
passive, with the border crossed, in a headline.

The near misses (militants named as the shooters, rockets, which armed groups fire as
often as armies, a town the troops fired from) keep their attacker. Every sentence is
invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest
from acts import ANY, case, strike_fits, strikes_of


def _news(text: str) -> list:
    return [e for e in strikes_of(text) if not e.background]


# (text, (type, actor, target, place, killed))
FIRED_FROM = [
    case(
        "rounds-fired-from-landed-in",
        "Two farmers died when mortar rounds fired from Pakistan landed in Poonch on Monday.",
        ("shelling", "PK", "IN", ANY, 2),
    ),
    case(
        "shells-fired-from-killed",
        "Shells fired from Sudan killed three people in the Chadian town of Adre on Monday.",
        ("shelling", "SD", "TD", ANY, 3),
    ),
    case(
        "passive-by-a-shell-fired-across-the-border-from",
        "On Monday a mortar round launched across the border from Ukraine killed a "
        "farmer in Sudzha.",
        (ANY, "UA", "RU", ANY, 1),
    ),
    case(
        "artillery-fire-from",
        "Artillery fire from Afghanistan killed a boy in Chaman on Sunday, officials said.",
        (ANY, "AF", "PK", ANY, 1),
    ),
    case(
        "fired-from-a-state-adjective",
        "A shell fired from Ukrainian territory killed a man in the Russian town of Sudzha "
        "on Monday.",
        (ANY, "UA", "RU", ANY, 1),
        xfail="a shell with no strike verb of its own, from a territory named by adjective, "
        "is not read",
    ),
    case(
        "rounds-launched-from-hit",
        "Artillery rounds launched from Eritrea hit Badme overnight, killing two.",
        (ANY, "ER", "ET", ANY, 2),
        xfail="artillery rounds that 'hit' a town are no strike trigger",
    ),
    case(
        "headline-shell-fired-from-kills",
        "Shell fired from Tajikistan kills Kyrgyz farmer near Isfana\n\n"
        "The farmer was working in a field.",
        (ANY, "TJ", "KG", ANY, 1),
        xfail="a headline's shell that 'kills' is no strike trigger",
    ),
    case(
        "town-hit-by-shells-fired-from",
        "Adre was hit by shells fired from Sudan on Monday, killing four.",
        (ANY, "SD", "TD", ANY, 4),
        xfail="a town 'hit by shells' is no strike trigger",
    ),
]


@pytest.mark.parametrize("text,want", FIRED_FROM)
def test_the_state_shots_came_from_fired_them(text: str, want: tuple) -> None:
    got = _news(text)
    assert any(strike_fits(e, want) for e in got), [
        (e.type, e.actor, e.target, e.place and e.place.name, e.killed) for e in got
    ]


# (text, the attacker)
NEAR_MISSES = [
    case(
        "militants-fired-from",
        "Militants fired mortars from Afghanistan at a post in Chaman on Sunday.",
        None,
    ),
    case(
        "rockets-fired-from",
        "Rockets fired from Afghanistan hit a post in Chaman on Sunday.",
        None,
    ),
    case(
        "troops-fired-from-a-town",
        "Pakistani troops fired shells from Chaman into Afghanistan on Sunday.",
        "PK",
    ),
]


@pytest.mark.parametrize("text,actor", NEAR_MISSES)
def test_a_named_shooter_stays_the_attacker(text: str, actor: str | None) -> None:
    got = _news(text)
    assert got and all(e.actor == actor for e in got), [(e.type, e.actor) for e in got]
