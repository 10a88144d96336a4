"""A phrasing battery for meetings of two states' ministers or leaders: the ways news
tells that they met (met, held talks, a meeting between, talks were held, sat down,
discussed on the sidelines of a summit, headline style), with the states named in the
same sentence, by demonyms, or before it ("the two ministers").

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic acts it must give: type, actor, target and place ("*": any place).
The near misses tell a planned meeting, a readiness to meet or a call for one: no
meeting held. A case the extractor does not read yet is marked ``xfail``.
"""

from __future__ import annotations

import pytest
from acts import Act, case, diplomatic_acts, same_acts

CASES = [
    case(
        "met-in-city",
        "The foreign ministers of Peru and Ecuador met in Lima on Thursday.",
        [("meeting", "PE", "EC", "Lima")],
    ),
    case(
        "discussed-issues-on-the-sidelines",
        "The foreign ministers of Peru and Ecuador discussed trade and water rights and the "
        "disputed border at length on the sidelines of the forum.",
        [("meeting", "PE", "EC", "*")],
    ),
    case(
        "headline-discuss-on-sidelines",
        "Peru, Ecuador foreign ministers discuss border peace on summit sidelines\n\n"
        "Both ministers spoke of the need for calm.",
        [("meeting", "PE", "EC", "*")],
    ),
    case(
        "passive-talks-were-held-between",
        "Talks were held in Lima on Thursday between Peru's foreign minister and his "
        "Ecuadorian counterpart.",
        [("meeting", "PE", "EC", "Lima")],
    ),
    case(
        "sat-down-to-discuss",
        "The defence ministers of Peru and Ecuador sat down in Lima on Thursday to "
        "discuss the border.",
        [("meeting", "PE", "EC", "Lima")],
    ),
    case(
        "noun-a-meeting-between",
        "A meeting between the foreign ministers of Peru and Ecuador in Lima on Thursday "
        "ended without agreement.",
        [("meeting", "PE", "EC", "Lima")],
    ),
    case(
        "demonyms-held-a-meeting",
        "On the sidelines of the summit in Brasília on Thursday, the Peruvian and "
        "Ecuadorian foreign ministers held a 30-minute meeting.",
        [("meeting", "PE", "EC", "Brasília")],
        xfail="a meeting 'held' by two sides is not told apart from one state's own "
        "(a cabinet's emergency meeting)",
    ),
    case(
        "held-a-bilateral-meeting",
        "The Peruvian and Ecuadorian foreign ministers held a bilateral meeting in "
        "Brasília on Thursday.",
        [("meeting", "PE", "EC", "Brasília")],
    ),
    case(
        "the-two-ministers-states-before",
        "Peru and Ecuador have traded accusations over the border for weeks.\n\n"
        "The two foreign ministers met in Brasília on Thursday.",
        [("meeting", "PE", "EC", "Brasília")],
    ),
    case(
        "surname-met-counterpart",
        "Peruvian Foreign Minister Ana Ruiz said the border must be reopened.\n\n"
        "Ruiz met her Ecuadorian counterpart Jorge Salas on the sidelines of a regional "
        "summit in Brasília on Thursday.",
        [("meeting", "PE", "EC", "Brasília")],
    ),
    case(
        "titled-names-only",
        "The foreign ministers of Peru and Ecuador say the border must stay open.\n\n"
        "Foreign Ministers Ana Ruiz and Jorge Salas met in Brasília on Thursday on the "
        "sidelines of a regional conference.",
        [("meeting", "PE", "EC", "Brasília")],
        xfail="two ministers named only by title and name stand for no state",
    ),
    # ------------------------------------------------------------ near misses: no meeting
    case(
        "planned-meeting",
        "The foreign ministers of Peru and Ecuador will meet in Lima next week.",
        [],
    ),
    case(
        "ready-to-meet",
        "Peru's foreign minister said he was ready to meet his Ecuadorian counterpart.",
        [],
    ),
    case(
        "called-for-a-meeting",
        "Peru's foreign minister called for a meeting with Ecuador to discuss the border.",
        [],
    ),
    case(
        "cabinet-held-a-meeting",
        "Peru's cabinet held an emergency meeting in Lima on Thursday to discuss the "
        "border clashes with Ecuador.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_a_meeting_phrasing(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
