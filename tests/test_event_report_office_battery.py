"""A phrasing battery for a strike reported by an office named with the capital it sits
in ("the army command in the capital Bamako said", "according to the Ministry
of the Interior in Quito"): the capital is where the report was given, never where the
strike fell (see the guideline's "Place": never the capital of the ministry or army
that reported it). The office comes after the act, before it, in a reported clause,
with its full name or a short one.

The near misses (the capital itself hit, an office in it struck) keep the capital as
the place. Every sentence is invented for this test.
"""

from __future__ import annotations

import pytest
from acts import case, strikes_of


def _places(text: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in strikes_of(text) if not e.background]


# (text, the capital that must not be the strike's place)
OFFICES = [
    case(
        "reported-the-ministry-in-the-capital",
        "Eight Malian soldiers were killed when Nigerien troops shelled a post near "
        "Menaka, reported the defence ministry in the capital Bamako on Wednesday.",
        "Bamako",
    ),
    case(
        "ministry-of-foreign-affairs-in-said",
        "Chadian shelling killed three Sudanese soldiers on the border on Monday, the "
        "Ministry of Foreign Affairs in Khartoum said.",
        "Khartoum",
    ),
    case(
        "officials-of-the-ministry-in",
        "Sudanese troops shelled Chadian border posts on Monday, killing two soldiers, "
        "officials of the defence ministry in N'Djamena said.",
        "N'Djamena",
    ),
    case(
        "ministry-of-defence-in-said",
        "Somali troops attacked a Kenyan border post on Monday, killing two soldiers, the "
        "Ministry of Defence in Nairobi said.",
        "Nairobi",
    ),
    case(
        "according-to-the-ministry-of-the-interior-in",
        "Peruvian troops shot dead two Ecuadorian smugglers on the border on Sunday, "
        "according to the Ministry of the Interior in Quito.",
        "Quito",
    ),
    case(
        "ministry-in-the-capital-comma",
        "Ethiopian forces shelled Eritrean positions on Friday, killing five soldiers, the "
        "Information Ministry in the capital, Asmara, said.",
        "Asmara",
    ),
    case(
        "foreign-ministry-of-state-in",
        "Tajik troops fired on a Kyrgyz patrol on Monday, killing a guard, the Foreign "
        "Ministry of Kyrgyzstan in Bishkek said.",
        "Bishkek",
    ),
    case(
        "passive-defence-ministry-in-statement",
        "Two Kyrgyz guards were killed by Tajik fire at the border on Monday, the Defence "
        "Ministry in Bishkek said in a statement.",
        "Bishkek",
    ),
]


@pytest.mark.parametrize("text,capital", OFFICES)
def test_the_reporting_office_capital_is_not_the_place(text: str, capital: str) -> None:
    places = _places(text)
    assert places and capital not in places, places


# (text, the capital that is the strike's place)
HIT_THERE = [
    case(
        "the-ministry-itself-hit",
        "Russian missiles hit the Ministry of Defence in Kyiv on Monday, killing three.",
        "Kyiv",
    ),
    case(
        "a-ministry-building-struck",
        "A Pakistani drone struck a ministry building in Kabul on Monday, killing two.",
        "Kabul",
    ),
    case(
        "shells-in-the-capital-ministry-said",
        "Azerbaijani shells fell in the capital Yerevan on Monday, killing two, the ministry said.",
        "Yerevan",
    ),
]


@pytest.mark.parametrize("text,capital", HIT_THERE)
def test_a_capital_that_was_hit_stays_the_place(text: str, capital: str) -> None:
    assert capital in _places(text), _places(text)
