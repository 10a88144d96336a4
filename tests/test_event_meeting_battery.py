"""A phrasing battery for meetings and calls between two states over their border: the
ways news tells that two ministers met, talked or spoke, and the talk it only counts
or describes, which is no meeting.

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic events it must give: type, actor, target and place (the venue when
stated, else the first party's capital; ``"*"`` leaves it open). A meeting or a call
matches with its two parties in either order. A case the extractor does not read yet is
marked ``xfail`` with the reason.
"""

from __future__ import annotations

import pytest
from acts import Act, diplomatic_acts, same_acts


def _case(id_: str, text: str, acts: list[Act], reason: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, acts, id=id_, marks=marks)


CASES = [
    # ------------------------------------------------------------------ meetings
    _case(
        "ministers-of-two-discussed-on-the-sidelines",
        "The foreign ministers of Kenya and Somalia discussed the border dispute on the "
        "sidelines of an AU summit in Addis Ababa on Monday.",
        [("meeting", "KE", "SO", "Addis Ababa")],
    ),
    _case(
        "after-meeting-his-counterpart",
        "The Georgian foreign minister said after meeting his Armenian counterpart in "
        "Tbilisi that they had discussed the border.",
        [("meeting", "GE", "AM", "Tbilisi")],
    ),
    _case(
        "a-meeting-of-one-with-another",
        "The roadmap was agreed at a meeting of the Nigerien ambassador with Benin's "
        "army chief in Cotonou.",
        [("meeting", "NE", "BJ", "Cotonou"), ("agreement", "NE", "BJ", "*")],
        "'agreed' closes its clause: the meeting told after it is read as what was agreed",
    ),
    _case(
        "minister-and-counterpart-met-at-a-summit",
        "Peru's foreign minister and his Chilean counterpart met on the sidelines of the "
        "APEC summit in Lima on Thursday.",
        [("meeting", "PE", "CL", "Lima")],
    ),
    _case(
        "named-ministers-met-at-a-summit-of-a-body",
        "Kenya's foreign minister, and his Ugandan counterpart met on the sidelines of the "
        "African Union summit in Addis Ababa on Thursday.",
        [("meeting", "KE", "UG", "Addis Ababa")],
    ),
    _case(
        "officials-held-talks",
        "Malian and Nigerien officials held talks in Niamey on Tuesday.",
        [("meeting", "ML", "NE", "Niamey")],
    ),
    _case(
        "commanders-met-at-a-border-town",
        "Kenyan and Ugandan border commanders met at Busia on Friday to ease tensions.",
        [("meeting", "KE", "UG", "Busia")],
        "a border town after 'met at' is not read as the venue: the first capital is",
    ),
    # ----------------------------------------------- what the meeting agreed, after it
    _case(
        "agreed-in-the-next-sentence",
        "Kenya's foreign minister and his Ugandan counterpart met in Arusha on Thursday. "
        "The two agreed to an early meeting of their joint border commission.",
        [("meeting", "KE", "UG", "Arusha"), ("agreement", "KE", "UG", "Arusha")],
        "'the two' after a meeting is not read as the meeting's two parties",
    ),
    _case(
        "agreed-in-the-next-paragraph",
        "Chilean and Bolivian officials held talks in Lima on Monday.\n\nBoth sides agreed "
        "to reopen the border crossing at Colchane.",
        [("meeting", "CL", "BO", "Lima"), ("agreement", "CL", "BO", "Lima")],
    ),
    _case(
        "agreed-elsewhere-later",
        "Chilean and Bolivian officials held talks in Lima on Monday.\n\nOn Friday, in "
        "La Paz, the two governments agreed to reopen the crossing.",
        [("meeting", "CL", "BO", "Lima"), ("agreement", "CL", "BO", "La Paz")],
    ),
    # --------------------------------------------------------------------- calls
    _case(
        "spoke-with-by-phone",
        "The Peruvian foreign minister spoke by phone with the US Secretary of State on "
        "Sunday about the clashes.",
        [("phone call", "PE", "US", "Lima")],
    ),
    _case(
        "said-he-spoke-with",
        "The Peruvian foreign minister said on Sunday that he spoke with the US Secretary "
        "of State about the clashes.",
        [("phone call", "PE", "US", "Lima")],
    ),
    _case(
        "talked-by-telephone",
        "The foreign ministers of Chad and Niger talked by telephone on Tuesday.",
        [("phone call", "TD", "NE", "*")],
    ),
    # ------------------------------------------------------------------ no meeting
    _case(
        "rounds-of-talks-counted",
        "Guyana and Suriname have held 21 rounds of talks to resolve the border dispute.",
        [],
    ),
    _case(
        "rounds-of-named-talks-counted",
        "Peru and Chile have held 12 rounds of military-diplomatic talks on the maritime line.",
        [],
    ),
    _case(
        "an-agreed-procedure",
        "Kazakh diplomats were asked to share information with Uzbekistan as per the "
        "agreed procedure.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_a_meeting_or_call(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
