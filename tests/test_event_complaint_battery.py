"""A phrasing battery for a protest lodged with the other side: a state that
complained to its neighbour, a complaint to it, a protest or note lodged, sent or
handed, told in the active, as a noun, in a headline or in the passive; and near
misses that lodge no state's protest (residents' complaints, a complaint denied or
only threatened).

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic acts it must give: type, actor, target and place.
"""

from __future__ import annotations

import pytest
from acts import Act, case, diplomatic_acts, same_acts

PROTESTS = [
    case(
        "complained-to",
        "Malawi has complained to Zambia about the shooting of its fishermen.",
        [("protest", "MW", "ZM", "Lilongwe")],
    ),
    case(
        "headline-complains-to",
        "Malawi complains to Zambia over fishermen's deaths\n\nTwo fishermen died on the "
        "lake on Sunday.",
        [("protest", "MW", "ZM", "Lilongwe")],
    ),
    case(
        "complaint-to-as-a-noun",
        "Malawi's complaint to Zambia over the shooting was delivered on Monday.",
        [("protest", "MW", "ZM", "Lilongwe")],
        xfail="a complaint noun 'to' someone is not read: people's complaints to a school "
        "board or a bank are told the same way",
    ),
    case(
        "complained-to-the-envoy",
        "Malawi's foreign minister complained to the Zambian ambassador about the shooting "
        "on Monday.",
        [("protest", "MW", "ZM", "Lilongwe")],
    ),
    case(
        "filed-a-formal-complaint-with",
        "Malawi filed a formal complaint with Zambia over the shooting.",
        [("protest", "MW", "ZM", "Lilongwe")],
    ),
    case(
        "sent-a-note-of-protest",
        "Malawi sent a note of protest to Zambia on Monday.",
        [("protest", "MW", "ZM", "Lilongwe")],
    ),
    case(
        "protested-to",
        "Malawi protested to Zambia on Monday over the shooting.",
        [("protest", "MW", "ZM", "Lilongwe")],
    ),
    case(
        "lodged-a-strong-protest",
        "Malawi lodged a strong protest with Zambia over the shooting.",
        [("protest", "MW", "ZM", "Lilongwe")],
    ),
    case(
        "passive-lodged-with-by",
        "A formal protest was lodged with Zambia by Malawi on Monday.",
        [("protest", "MW", "ZM", "Lilongwe")],
        xfail="a protest told in the passive with its sender after 'by' and its addressee "
        "after 'with' gives no act",
    ),
    case(
        "passive-complaint-made-by-reported",
        "Zambia's foreign ministry said a written complaint had been lodged on Monday by "
        "the Malawian mission in Lusaka.",
        [("protest", "MW", "ZM", "*")],
        xfail="the sayer of the sentence is read as the sender before the 'by' agent",
    ),
]

NEAR_MISSES = [
    case(
        "residents-complained",
        "Residents complained to the Zambian district officials about the fuel shortage.",
        [],
    ),
    case(
        "no-complaint-received",
        "Zambia said it had received no complaint from Malawi.",
        [],
    ),
    case(
        "threatened-to-complain",
        "Malawi threatened to complain to Zambia about the fishing ban.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "acts"), PROTESTS + NEAR_MISSES)
def test_a_complaint(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
