"""A phrasing battery for incursions on land: troops or a state's workers who cross
into, stay on or build on the other side's ground, told the many ways news tells it
(crossed into, entered, strayed into, set up a camp inside, occupied, raised a flag,
built a road on its side, accused of occupying), each with the incursion an analyst
would extract from the sentence alone (GUIDELINE.md: an armed act by one party
against another; an accusation is an alleged act).

The near misses (troops posted on their own side, a denial, a plan, a patrol along the
line, reinforcements) must give no incursion. Every sentence is invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest
from acts import ANY, case, reported_strikes, strike_fits

# (text, (type, actor, target, place) or None for no incursion, alleged or ANY)
CROSSING = [
    case(
        "crossed-into-and-occupied",
        "Salvadoran soldiers crossed into Honduras on Tuesday and occupied a hamlet near "
        "Marcala, the Honduran army said.",
        ("incursion", "SV", "HN", "Marcala"),
        ANY,
    ),
    case(
        "crossed-the-border-into",
        "Zimbabwean troops crossed the border into Mozambique on Tuesday.",
        ("incursion", "ZW", "MZ", ANY),
        ANY,
    ),
    case(
        "entered-the-border-village",
        "Gabonese officials said soldiers from Equatorial Guinea had entered the border "
        "village of Bitam and raised their flag.",
        ("incursion", "GQ", "GA", "Bitam"),
        ANY,
    ),
    case(
        "set-up-a-camp-inside-territory",
        "Namibian troops have set up a camp two kilometres inside Botswana's territory "
        "near Kasane, officials in Gaborone said.",
        ("incursion", "NA", "BW", "Kasane"),
        ANY,
    ),
    case(
        "deployed-troops-inside-territory",
        "El Salvador has deployed troops inside Honduran territory near Marcala, the "
        "Honduran government said on Monday.",
        ("incursion", "SV", "HN", "Marcala"),
        ANY,
    ),
    case(
        "patrol-strayed-into",
        "A Nepali police patrol strayed into Indian territory near Raxaul on Sunday.",
        ("incursion", "NP", "IN", "Raxaul"),
        ANY,
    ),
    case(
        "building-a-road-on-its-side",
        "Gabon says Equatorial Guinean workers escorted by soldiers have been building a "
        "road on its side of the border near Oyem.",
        ("incursion", "GQ", "GA", "Oyem"),
        ANY,
    ),
    case(
        "occupied-part-of-territory",
        "Soldiers from Equatorial Guinea occupied part of Gabon's territory near Bitam last week.",
        ("incursion", "GQ", "GA", "Bitam"),
        ANY,
    ),
    case(
        "moved-into-disputed-village",
        "Zimbabwean soldiers moved into a Mozambican village near Mutare on Friday and "
        "ordered residents to leave.",
        ("incursion", "ZW", "MZ", ANY),
        ANY,
    ),
    case(
        "headline-troops-cross-into",
        "Namibian troops cross into Botswana, set up camp near Kasane",
        ("incursion", "NA", "BW", "Kasane"),
        ANY,
    ),
]

ACCUSED = [
    case(
        "accused-of-occupying",
        "Honduras accused Salvadoran troops of occupying part of its territory near the "
        "town of Marcala.",
        ("incursion", "SV", "HN", "Marcala"),
        True,
    ),
    case(
        "accused-of-crossing",
        "Botswana accused Namibian soldiers of crossing into its territory near Kasane.",
        ("incursion", "NA", "BW", "Kasane"),
        True,
    ),
    case(
        "said-had-occupied",
        "Gabon said on Monday that troops from Equatorial Guinea had occupied a strip of "
        "its land near Oyem.",
        ("incursion", "GQ", "GA", "Oyem"),
        ANY,
    ),
]

TOLD_BY_CIVILIANS = [
    case(
        "villagers-reported-an-incursion-by-troops",
        "Villagers reported an incursion by Namibian troops near Kasane on Sunday.",
        ("incursion", "NA", "BW", "Kasane"),
        ANY,
    ),
    case(
        "residents-said-soldiers-crossed-into",
        "Residents said Zimbabwean soldiers had crossed into Mozambique near Mutare.",
        ("incursion", "ZW", "MZ", ANY),
        ANY,
    ),
]

NOT_AN_INCURSION = [
    case(
        "refugees-crossed-into",
        "Hundreds of Mozambican refugees crossed into Zimbabwe on Tuesday, the UN said.",
        None,
        ANY,
    ),
    case(
        "refugees-fleeing-cross-into",
        "Families fleeing the fighting cross into Gabon every week, aid workers say.",
        None,
        ANY,
    ),
    case(
        "traders-entered-the-border-town",
        "Zimbabwean traders entered the border town of Mutare to sell their goods.",
        None,
        ANY,
    ),
    case(
        "company-building-a-road",
        "A Gabonese company is building a road on its side of the border near Oyem.",
        None,
        ANY,
    ),
    case(
        "rebels-occupied-part-of-a-town",
        "Rebels occupied part of the town of Bitam on Sunday, residents said.",
        None,
        ANY,
    ),
    case(
        "own-side-deployment",
        "Honduras deployed troops along its border with El Salvador on Monday.",
        None,
        ANY,
    ),
    case(
        "reinforced-own-posts",
        "Botswana has reinforced its border posts near Kasane, the army said.",
        None,
        ANY,
    ),
    case(
        "will-not-cross",
        "Our troops will never cross into Honduras, the Salvadoran defence minister said.",
        None,
        ANY,
    ),
    case(
        "patrolled-the-border",
        "Namibian and Botswana soldiers patrolled the border together near Kasane.",
        None,
        ANY,
    ),
    case(
        "denied-entering",
        "Namibia denied that any of its soldiers had entered Botswana.",
        None,
        ANY,
    ),
]


def incursions(text: str) -> list:
    return [e for e in reported_strikes(text) if e.type == "incursion"]


CASES = CROSSING + ACCUSED + TOLD_BY_CIVILIANS + NOT_AN_INCURSION


@pytest.mark.parametrize(("text", "want", "alleged"), CASES)
def test_ground_incursion(text, want, alleged):
    found = incursions(text)
    if want is None:
        assert not [e for e in found if not e.alleged], found
        return
    assert any(strike_fits(e, want) for e in found), found
    if alleged is not ANY:
        assert any(strike_fits(e, want) and e.alleged == alleged for e in found), found
