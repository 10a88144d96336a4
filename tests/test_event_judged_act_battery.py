"""A phrasing battery for a government's position told as its judgement of the other
side's act: "called the Ecuadorian bombing raids a breach of its sovereignty",
"described ... as", "termed", "branded", capitals for states, the passive, the reported
form. The one judging is the actor, whatever demonym the judged act carries.

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic acts it must give. The near misses judge an act without the
state's voice (analysts) or praise one's own act: no statement toward the other side.
A case the extractor does not read yet is marked ``xfail``.
"""

from __future__ import annotations

import pytest
from acts import Act, case, diplomatic_acts, same_acts

CASES = [
    case(
        "called-demonym-air-raids-a-violation",
        "Peru's foreign ministry called the Ecuadorian bombing raids a breach of its sovereignty.",
        [("statement", "PE", "EC", "Lima")],
    ),
    case(
        "described-as-flagrant-violation-of-law",
        "Peru's foreign ministry described the Ecuadorian raids as a flagrant violation "
        "of international law.",
        [("statement", "PE", "EC", "Lima")],
    ),
    case(
        "termed-an-act-of-aggression",
        "Chad's government termed the Sudanese air strikes an act of aggression.",
        [("statement", "TD", "SD", "N'Djamena")],
    ),
    case(
        "capital-branded-a-provocation",
        "Lima branded the Ecuadorian incursions a dangerous provocation.",
        [("statement", "PE", "EC", "Lima")],
    ),
    case(
        "reported-said-were-a-violation",
        "Peru said the Ecuadorian air raids were a violation of its sovereignty.",
        [("statement", "PE", "EC", "Lima")],
    ),
    case(
        "passive-condemned-by",
        "The Ecuadorian air raids were condemned by Peru as a violation of its sovereignty.",
        [("statement", "PE", "EC", "Lima")],
    ),
    case(
        "called-the-drone-strikes-illegal",
        "Peru's foreign minister on Tuesday called the Ecuadorian drone strikes on Tumbes illegal.",
        [("statement", "PE", "EC", "Lima")],
    ),
    case(
        "headline-calls-raids-violation",
        "Peru calls Ecuadorian raids 'violation of sovereignty'\n\nThe foreign ministry "
        "issued its statement on Tuesday.",
        [("statement", "PE", "EC", "Lima")],
        xfail="a headline's judgement with no determiner before the act is not read",
    ),
    # ------------------------------------------------------------ near misses
    case(
        "analysts-judge",
        "Analysts called the Ecuadorian raids a violation of international law.",
        [],
    ),
    case(
        "own-raids-a-success",
        "Ecuador's defence minister called the air raids a success.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_a_judged_act(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
