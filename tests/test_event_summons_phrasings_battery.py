"""A phrasing battery for summonses: the ways news tells a government calling in
another state's envoy (summoned, called in, called the envoy to express concern, the
envoy called to the ministry, the summoning of, capitals for states, a headline), with
a second summons told "a day after".

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic acts it must give. The near misses tell a threat or a condition,
a call to a counterpart (a phone call) and a judgement of the envoy's words: no
summons. A case the extractor does not read yet is marked ``xfail``.
"""

from __future__ import annotations

import pytest
from acts import Act, case, diplomatic_acts, same_acts

CASES = [
    case(
        "called-titled-envoy-to-express-concern",
        "Chile's foreign ministry called Argentine Ambassador Luis Gomez to express its "
        "deep concern over the border shooting.",
        [("summon", "CL", "AR", "Santiago")],
    ),
    case(
        "envoy-was-called-to-the-ministry",
        "The Argentine envoy was called to the foreign ministry in Santiago on Tuesday "
        "over the border shooting.",
        [("summon", "CL", "AR", "Santiago")],
        xfail="the passive names no summoning state: only the venue's city does",
    ),
    case(
        "called-envoy-to-the-ministry-to-protest",
        "Chile called the Argentine ambassador to the foreign ministry on Tuesday to "
        "protest the shooting.",
        [("summon", "CL", "AR", "Santiago")],
    ),
    case(
        "called-in",
        "Chile called in the Argentine ambassador on Tuesday over the border shooting.",
        [("summon", "CL", "AR", "Santiago")],
    ),
    case(
        "passive-summoned-by",
        "Argentina's ambassador in Santiago was summoned by the Chilean foreign ministry "
        "on Tuesday.",
        [("summon", "CL", "AR", "Santiago")],
    ),
    case(
        "noun-the-summoning-of",
        "The summoning of the Argentine ambassador by Chile on Tuesday came after the shooting.",
        [("summon", "CL", "AR", "Santiago")],
    ),
    case(
        "capitals-for-states",
        "Santiago summoned Buenos Aires' envoy on Tuesday.",
        [("summon", "CL", "AR", "Santiago")],
    ),
    case(
        "headline-summons",
        "Chile summons Argentine envoy over border shooting\n\nThe foreign ministry "
        "said the shooting was unacceptable.",
        [("summon", "CL", "AR", "Santiago")],
    ),
    case(
        "tit-for-tat-a-day-after",
        "Argentina on Monday summoned Chile's acting ambassador. Argentina's action came "
        "a day after Chile's foreign ministry called Argentine Ambassador Luis Gomez to "
        "express its concern over the fence.",
        [("summon", "AR", "CL", "Buenos Aires"), ("summon", "CL", "AR", "Santiago")],
    ),
]

NEAR_MISSES = [
    case("threatened-to-summon", "Chile threatened to summon the Argentine ambassador."),
    case(
        "would-call-in-if",
        "Chile said it would call in the Argentine envoy if the shooting happened again.",
    ),
    case(
        "called-counterpart-is-a-call",
        "Chile's foreign minister called his Argentine counterpart on Tuesday.",
    ),
    case(
        "called-envoys-remarks-unacceptable",
        "Chile's foreign minister called the Argentine ambassador's remarks unacceptable.",
    ),
    case(
        "called-envoy-a-liar",
        "Chile's foreign minister called the Argentine ambassador a liar on Tuesday.",
    ),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_a_summons_phrasing(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_summons(text: str) -> None:
    """A threat, a condition, a call to a counterpart or a judgement is no summons."""
    assert all(kind != "summon" for kind, *_ in diplomatic_acts(text))
