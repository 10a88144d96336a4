"""A phrasing battery for where two states agreed: the venue of the talks the text ties
the agreement to (after, following, at or during talks in a city; the deal reached at
talks in a city in the next sentence; signed in a city; fronted "In Brasília"), else
the first party's capital.

Each case is a short text written for this test (no sentence comes from an article),
with the agreement it must give: type, parties and place. The near misses name a city
that is not the venue (fighting there, talks planned there): the capital stays. A
case the extractor does not read yet is marked ``xfail``.
"""

from __future__ import annotations

import pytest
from acts import case, diplomatic_acts

CASES = [
    case(
        "after-peace-talks-in",
        "Peru and Ecuador agreed on Thursday to a truce, reached after direct talks in "
        "Panama City, officials said.",
        "Panama City",
    ),
    case(
        "following-talks-in",
        "Peru and Ecuador agreed to a ceasefire on Monday following talks in Brasília.",
        "Brasília",
    ),
    case(
        "at-talks-in-hosted-by",
        "The leaders of Peru and Ecuador agreed to a ceasefire on Monday at talks in "
        "Brasília hosted by Brazil's president.",
        "Brasília",
    ),
    case(
        "at-talks-in-short",
        "Peru and Ecuador agreed on a truce at talks in Brasília on Monday.",
        "Brasília",
    ),
    case(
        "during-negotiations-in",
        "Peru and Ecuador agreed to pull back their troops during negotiations in "
        "Montevideo on Monday.",
        "Montevideo",
    ),
    case(
        "signed-in-city",
        "Peru and Ecuador signed a ceasefire agreement in Doha on Monday.",
        "Doha",
    ),
    case(
        "fronted-city",
        "In Brasília on Monday, Peru and Ecuador agreed to a truce.",
        "Brasília",
    ),
    case(
        "reached-at-talks-next-sentence",
        "Peru and Ecuador agreed to a ceasefire on Monday. The deal was reached at talks "
        "in Brasília.",
        "Brasília",
    ),
    case(
        "passive-agreed-in",
        "The ceasefire between Peru and Ecuador was agreed in Brasília on Monday.",
        "Brasília",
        xfail="an agreement told in the passive with the parties after 'between' is not read",
    ),
    # ------------------------------------------------------------ near misses: the capital
    case(
        "fighting-in-a-town",
        "Peru and Ecuador agreed to a ceasefire on Monday, days after fighting in Tumbes.",
        "Lima",
    ),
    case(
        "talks-planned-in",
        "Peru and Ecuador agreed on Monday to hold talks in Brasília next week.",
        "Lima",
    ),
    case(
        "talks-in-a-city-collapsed-earlier",
        "Peru and Ecuador agreed to a ceasefire on Monday. Earlier talks in Brasília had failed.",
        "Lima",
    ),
]


@pytest.mark.parametrize(("text", "place"), CASES)
def test_the_agreement_venue(text: str, place: str) -> None:
    """The text gives one agreement of Peru and Ecuador, placed at ``place``."""
    got = [a for a in diplomatic_acts(text) if a[0] == "agreement"]
    assert len(got) == 1, got
    _, actor, target, where = got[0]
    assert {actor, target} == {"PE", "EC"} and where == place, got
