"""A phrasing battery for a government's stated position on its neighbour's act: the
ways news tells that a state criticised, disapproved or condemned (criticised with
the day before the object, displeasure or dissatisfaction expressed, anger voiced, a
statement by the ministry that said, a message posted that condemned), and near
misses that are no state's position (residents' anger, opposition criticism at home,
a statement promised, a comment declined).

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic acts it must give: type, actor, target and place (the actor's
capital when no venue is stated).
"""

from __future__ import annotations

import pytest
from acts import Act, case, diplomatic_acts, same_acts

POSITIONS = [
    case(
        "criticized-the-day-before-the-object",
        "Senegalese President Amadou Diop criticized on Tuesday a recent military drill by "
        "Gambia near the border.",
        [("statement", "SN", "GM", "Dakar")],
    ),
    case(
        "criticised-a-neighbour's-drill",
        "Senegal's foreign ministry criticised Gambia's military drill near the border on Tuesday.",
        [("statement", "SN", "GM", "Dakar")],
    ),
    case(
        "expressed-displeasure",
        "Malawi's foreign ministry expressed its displeasure at Zambia's decision to close "
        "the border.",
        [("statement", "MW", "ZM", "Lilongwe")],
    ),
    case(
        "expressed-dissatisfaction",
        "Malawi expressed strong dissatisfaction with Zambia's troop deployment on the border.",
        [("statement", "MW", "ZM", "Lilongwe")],
    ),
    case(
        "voiced-anger",
        "Zambia's government voiced anger over the shooting of its soldiers by Malawian troops.",
        [("statement", "ZM", "MW", "Lusaka")],
    ),
    case(
        "expressed-outrage",
        "Botswana's foreign ministry expressed outrage at the killing of three fishermen by "
        "Namibian soldiers.",
        [("statement", "BW", "NA", "Gaborone")],
    ),
    case(
        "a-statement-by-the-ministry-said",
        "A statement by the Namibian foreign ministry on Wednesday said Botswana's decision "
        "to close the border was unjustified.",
        [("statement", "NA", "BW", "Windhoek")],
    ),
    case(
        "a-statement-from-the-ministry-said",
        "A statement from Honduras' foreign ministry said El Salvador's new border fence "
        "was unacceptable.",
        [("statement", "HN", "SV", "Tegucigalpa")],
    ),
    case(
        "posted-a-message-condemning",
        "Gabon's president posted a message on Facebook condemning the shooting by "
        "Equatorial Guinean troops.",
        [("statement", "GA", "GQ", "Libreville")],
    ),
    case(
        "condemned-in-a-post",
        "Gabon's president condemned the shooting by Equatorial Guinean troops in a post on "
        "Facebook.",
        [("statement", "GA", "GQ", "Libreville")],
    ),
]

NEAR_MISSES = [
    case(
        "residents'-anger",
        "Residents of the Zambian town of Chipata voiced anger over the fuel shortage.",
        [],
    ),
    case(
        "opposition-criticism-at-home",
        "Zambian opposition leaders criticized the government on Tuesday over fuel prices.",
        [],
    ),
    case(
        "a-statement-promised",
        "Malawi's foreign ministry said it would issue a statement on the dispute with "
        "Zambia later.",
        [],
    ),
    case(
        "a-comment-declined",
        "The Namibian foreign ministry declined to comment on the dispute with Botswana.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "acts"), POSITIONS + NEAR_MISSES)
def test_a_stated_position(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
