"""A phrasing battery for the phone call: the many ways news tells that two leaders
or ministers spoke on the telephone (a call held, had, made, received; phone talks; a
matter discussed over the phone; one minister who rang two others in turn), and the
near misses that tell no call (a call planned, a call that did not happen, phone
lines cut).

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic acts it must give: type, actor, target and place (``"*"`` when
the place is left open). A call matches with its two parties in either order.
"""

from __future__ import annotations

import pytest
from acts import Act, case, diplomatic_acts, same_acts

CALLS = [
    case(
        "spoke-by-phone-with-counterpart",
        "Kenya's foreign minister Grace Wanjala spoke by phone with her Somali counterpart "
        "on Monday about the shooting.",
        [("phone call", "KE", "SO", "*")],
    ),
    case(
        "in-a-phone-call-with-fronted",
        "In a phone call with Somali President Ahmed Nur on Monday, Kenyan President Paul "
        "Otieno condemned the shooting.",
        [("phone call", "KE", "SO", "*")],
    ),
    case(
        "telephoned",
        "Kenyan President Paul Otieno telephoned Somali President Ahmed Nur on Monday after "
        "the shooting.",
        [("phone call", "KE", "SO", "*")],
    ),
    case(
        "received-a-call-from",
        "Chilean President Ana Ruiz received a phone call from Peruvian President Luis Paz "
        "on Monday.",
        [("phone call", "PE", "CL", "*")],
    ),
    case(
        "had-a-telephone-conversation",
        "Peruvian President Luis Paz had a telephone conversation with Chilean President "
        "Ana Ruiz on Monday.",
        [("phone call", "PE", "CL", "*")],
    ),
    case(
        "the-two-spoke-by-telephone",
        "The Kenyan and Somali presidents spoke by telephone on Monday, the presidency said.",
        [("phone call", "KE", "SO", "*")],
    ),
    case(
        "held-a-phone-talk-with-counterpart",
        "Later in the day, Kenya's Defence Minister Paul Otieno held a phone talk with his "
        "Somali counterpart Ahmed Nur to discuss the shooting.",
        [("phone call", "KE", "SO", "*")],
    ),
    case(
        "held-phone-talks",
        "Kenyan Defence Minister Paul Otieno held phone talks with Somali Defence Minister "
        "Ahmed Nur on Monday.",
        [("phone call", "KE", "SO", "*")],
    ),
    case(
        "headline-phone-talks",
        "Kenyan, Somali leaders hold phone talks over border shooting\n\nThe two presidents "
        "discussed the shooting at the frontier.",
        [("phone call", "KE", "SO", "*")],
    ),
    case(
        "telephone-talks-noun",
        "Telephone talks between the Peruvian and Chilean foreign ministers on Monday "
        "focused on the border shooting.",
        [("phone call", "PE", "CL", "*")],
    ),
    case(
        "discussed-over-the-phone",
        "Peru's foreign minister and her Chilean counterpart discussed the shooting over "
        "the phone on Monday.",
        [("phone call", "PE", "CL", "*")],
    ),
    case(
        "phone-talks-with-two-counterparts",
        "Kenyan Foreign Minister Grace Wanjala held phone talks with her Somali and "
        "Ethiopian counterparts on Monday.",
        [("phone call", "KE", "SO", "*"), ("phone call", "KE", "ET", "*")],
    ),
    case(
        "talked-on-the-phone-separately-with-two",
        "Peruvian Foreign Minister Rosa Quintela talked on the phone separately with "
        "Chilean Foreign Minister Ana Ruiz and Bolivian Foreign Minister Luis Paz on Monday.",
        [("phone call", "PE", "CL", "*"), ("phone call", "PE", "BO", "*")],
    ),
    case(
        "spoke-separately-by-phone-with-two",
        "On Monday Kenya's president spoke separately by phone with the Ugandan president "
        "and the Tanzanian prime minister.",
        [("phone call", "KE", "UG", "*"), ("phone call", "KE", "TZ", "*")],
    ),
    case(
        "spoke-separately-with-the-presidents-of-two",
        "Kenya's president spoke separately by phone with the presidents of Uganda and "
        "Tanzania on Monday.",
        [("phone call", "KE", "UG", "*"), ("phone call", "KE", "TZ", "*")],
    ),
]

NEAR_MISSES = [
    case(
        "spoken-frequently-a-habit",
        "Peruvian President Luis Paz and Chilean President Ana Ruiz have spoken frequently "
        "over the phone in recent months.",
        [],
    ),
    case(
        "a-call-planned",
        "Peruvian President Luis Paz said he would call Chilean President Ana Ruiz next week.",
        [],
    ),
    case(
        "no-call-since",
        "Peruvian President Luis Paz has not spoken to Chilean President Ana Ruiz by phone "
        "since the shooting.",
        [],
    ),
    case(
        "phone-lines-cut",
        "Phone lines to the Peruvian border town of Tacna were cut on Monday after the shooting.",
        [],
    ),
    case(
        "talks-held-in-person-with-two",
        "Kenyan Foreign Minister Grace Wanjala held talks with her Somali and Ethiopian "
        "counterparts in Nairobi on Monday.",
        [("meeting", "KE", "SO", "Nairobi"), ("meeting", "KE", "ET", "Nairobi")],
    ),
]


@pytest.mark.parametrize(("text", "acts"), CALLS + NEAR_MISSES)
def test_a_phone_call(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
