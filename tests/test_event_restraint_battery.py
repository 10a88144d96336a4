"""A phrasing battery for appeals for restraint: the ways news tells a government or a
body asking two neighbours to calm down, and the concern it voices with the appeal,
which is part of the appeal and no statement of its own.

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic events it must give: type, actor, target and place. A case the
extractor does not read yet is marked ``xfail`` with the reason.
"""

from __future__ import annotations

import pytest
from acts import Act, diplomatic_acts, same_acts


def _case(id_: str, text: str, acts: list[Act], reason: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, acts, id=id_, marks=marks)


CASES = [
    # ------------------------------------------------------------ how the appeal is said
    _case(
        "self-restraint",
        "Norway urged both governments to exercise self-restraint and remain calm.",
        [("restraint appeal", "NO", None, "Oslo")],
    ),
    _case(
        "called-on-two-states-self-restraint",
        "The Kenyan foreign ministry called on Ethiopia and Somalia to exercise "
        "self-restraint after the border clashes.",
        [("restraint appeal", "KE", None, "Nairobi")],
    ),
    _case(
        "called-on-two-governments-to-exercise",
        "The Chilean deputy foreign minister called on the Bolivian and Peruvian "
        "governments to exercise self-restraint.",
        [("restraint appeal", "CL", None, "Santiago")],
    ),
    _case(
        "importance-of-refraining",
        "The Japanese foreign minister emphasized the importance of refraining from "
        "actions that could raise tension on the Bolivian-Chilean border.",
        [("restraint appeal", "JP", None, "Tokyo")],
    ),
    _case(
        "stressed-the-need-to-avoid-escalation",
        "The Brazilian foreign minister stressed the need to avoid any escalation "
        "between Peru and Ecuador.",
        [("restraint appeal", "BR", None, "Brasília")],
    ),
    _case(
        "statement-calling-to-end-hostilities",
        "The Swiss government released a statement calling for Sudan and South Sudan "
        "to end hostilities and return to talks.",
        [("restraint appeal", "CH", None, "Bern")],
    ),
    _case(
        "appealed-maximum-restraint",
        "Japan appealed to both sides to show maximum restraint.",
        [("restraint appeal", "JP", None, "Tokyo")],
    ),
    _case(
        "urged-calm",
        "Qatar urged calm on the Sudan-South Sudan border.",
        [("restraint appeal", "QA", None, "Doha")],
    ),
    _case(
        "halt-to-the-fighting",
        "Indonesia called for an immediate halt to the fighting between Laos and Vietnam.",
        [("restraint appeal", "ID", None, "Jakarta")],
    ),
    # ------------------------------------------ the concern voiced with the appeal
    _case(
        "voiced-concern-and-called-for-restraint",
        "The African Union voiced concern on Wednesday over the tension between Chad "
        "and Sudan and called for restraint.",
        [("restraint appeal", "AU", None, "Addis Ababa")],
    ),
    _case(
        "expressed-concern-urging-restraint",
        "The Chinese foreign ministry expressed concern over the clashes between "
        "Laos and Vietnam, urging both sides to show restraint.",
        [("restraint appeal", "CN", None, "Beijing")],
    ),
    _case(
        "concern-then-de-escalate",
        "Germany expressed deep concern about the shelling and urged both sides to de-escalate.",
        [("restraint appeal", "DE", None, "Berlin")],
    ),
    # ----------------------------------------------------- an appeal in its own words
    _case(
        "quoted-call-on-both-sides",
        '"We call on both sides to exercise maximum restraint," a spokesman for the '
        "Japanese foreign ministry said.",
        [("restraint appeal", "JP", None, "Tokyo")],
    ),
    _case(
        "quoted-must-de-escalate",
        '"We must act together to de-escalate the situation," the Ugandan foreign '
        "minister told reporters.",
        [("restraint appeal", "UG", None, "Kampala")],
    ),
    _case(
        "quoted-should-show-restraint",
        '"Both countries should show restraint and return to dialogue," Brazil\'s foreign '
        "minister said on Monday.",
        [("restraint appeal", "BR", None, "Brasília")],
    ),
    _case(
        "quoted-after-said",
        'The Kenyan foreign minister said: "We urge Ethiopia to exercise restraint."',
        [("restraint appeal", "KE", "ET", "Nairobi")],
    ),
    _case(
        "quoted-calm-is-no-appeal",
        '"The situation along the border is calm," the Ugandan army spokesman said.',
        [],
    ),
    _case(
        "quoted-condition-is-no-appeal",
        '"If they fire again, we will not show restraint," the Kenyan foreign minister said.',
        [],
    ),
    # ------------------------------------------------ a statement that stays one
    _case(
        "condemned-and-summoned",
        "Chad condemned the raid and summoned the Sudanese ambassador.",
        [("statement", "TD", "SD", "N'Djamena"), ("summon", "TD", "SD", "N'Djamena")],
    ),
    _case(
        "concern-alone",
        "Ghana expressed concern over the shooting of two of its soldiers by Togolese troops.",
        [("statement", "GH", "TG", "Accra")],
    ),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_a_restraint_appeal(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
