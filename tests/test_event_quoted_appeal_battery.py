"""A phrasing battery for appeals for calm told in the appealer's own words: the quote
first and its sayer after it ('"We call on both sides to show restraint," the foreign
ministry said'), the sayer first, a long quote whose appeal comes late, a sayer named
with a stray comma, and the words appeals take besides "restraint" (restrained, avoid
escalation, defuse, reduce tensions, stop the fighting).

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic acts it must give. The near misses quote a threat, a question, an
analyst or a coach: no appeal of a state. A case the extractor does not read yet is
marked ``xfail`` with the reason.
"""

from __future__ import annotations

import pytest
from acts import Act, case, diplomatic_acts, same_acts

CASES = [
    case(
        "long-quote-appeal-late",
        '"We call on both Peru and Ecuador to put peace and stability first, remain calm '
        'and restrained and avoid taking steps that further complicate the situation," '
        "Brazil's foreign ministry said.",
        [("restraint appeal", "BR", None, "Brasília")],
    ),
    case(
        "sayer-named-with-stray-comma",
        '"We call on both sides to exercise restraint," Norwegian Foreign Minister Kari '
        "Holm, said in a radio interview.",
        [("restraint appeal", "NO", None, "Oslo")],
    ),
    case(
        "said-a-spokesman-for-the-ministry",
        '"Norway calls for maximum restraint from both countries," said a spokesman for '
        "the Norwegian foreign ministry.",
        [("restraint appeal", "NO", None, "Oslo")],
    ),
    case(
        "remain-restrained-relative-day",
        '"Both governments must remain restrained," the Kenyan foreign ministry said on Tuesday.',
        [("restraint appeal", "KE", None, "Nairobi")],
    ),
    case(
        "avoid-further-escalation-in-a-statement",
        '"We urge the two neighbours to avoid any further escalation," Japan\'s foreign '
        "ministry said in a statement.",
        [("restraint appeal", "JP", None, "Tokyo")],
    ),
    case(
        "defuse-the-situation",
        '"Both sides need to defuse the situation at once," Canadian Foreign Minister '
        "Anne Roy said.",
        [("restraint appeal", "CA", None, "Ottawa")],
    ),
    case(
        "sayer-first-with-colon",
        'The Swiss foreign ministry said: "We call on Chad and Sudan to show restraint '
        'and return to dialogue."',
        [("restraint appeal", "CH", None, "Bern")],
    ),
    case(
        "stop-the-fighting-late-sunday",
        '"We appeal to both sides to stop the fighting and return to the negotiating '
        'table," the Ghanaian president said late on Sunday.',
        [("restraint appeal", "GH", None, "Accra")],
    ),
    case(
        "concession-then-appeal-stray-comma",
        '"Peru has a right to guard its frontier, yet we ask both Peru and Ecuador to '
        'keep calm for the sake of civilians," Italian Foreign Minister Marco Neri, '
        "said in an interview on RAI television.",
        [("restraint appeal", "IT", None, "Rome")],
    ),
    case(
        "reduce-tensions-his-spokesman",
        '"The Secretary-General calls on both governments to take immediate steps to '
        'reduce tensions," his spokesman said.',
        [("restraint appeal", "UN", None, "New York City")],
        xfail="the sayer is the UN chief's spokesman, named only by 'his'",
    ),
    # ------------------------------------------------------------ near misses: no appeal
    case(
        "threat-with-condition",
        '"If they do not show restraint, we will respond with force," the Peruvian '
        "defence minister said.",
        [],
    ),
    case(
        "question",
        '"Has Ecuador shown any restraint so far?" the Peruvian foreign minister asked.',
        [],
    ),
    case(
        "analyst-says-it",
        '"Both sides should exercise restraint," said Maria Lopez, an analyst at a Lima '
        "think tank.",
        [],
    ),
    case(
        "coach-calls-fans-to-calm",
        '"We call on fans to stay calm and respect the stewards," the club\'s coach said.',
        [],
    ),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_a_quoted_appeal(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
