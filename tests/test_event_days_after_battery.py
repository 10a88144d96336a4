"""A battery of follow-up acts told "N days after" the strike they answer, with the gap
phrase opening the sentence: "A week after a drone strike near Tessit killed two
soldiers, Mali recalled its ambassador on Tuesday". The day told after the comma is the
follow-up's; the strike happened the gap before it. A day told inside the opening
phrase is the strike's own, and a strike in the main clause keeps the main clause's day.

Every text is invented for this test; each is published on Wednesday 6 March 2024.
"""

from __future__ import annotations

import pytest
from acts import case, day, event_dates

FRONTED = [
    case(
        "a-week-after-toll",
        "A week after a drone strike near Tessit killed two soldiers, Mali recalled its "
        "ambassador from Ouagadougou on Tuesday.",
        "2024-02-27",
        "2024-03-05",
    ),
    case(
        "two-days-after",
        "Two days after Burkinabe drones struck a camp near Tessit, Mali recalled its "
        "ambassador on Tuesday.",
        "2024-03-03",
        "2024-03-05",
    ),
    case(
        "three-days-after-with-killing-clause",
        "Three days after Burkinabe drones struck a camp near Tessit, killing two "
        "soldiers, Mali summoned the Burkinabe envoy on Tuesday.",
        "2024-03-02",
        "2024-03-05",
    ),
    case(
        "just-two-days-after",
        "Just two days after Venezuelan troops fired on a Guyanese patrol near the Cuyuni "
        "river, Guyana summoned Venezuela's ambassador on Monday.",
        "2024-03-02",
        "2024-03-04",
    ),
    case(
        "four-days-after-yesterday",
        "Four days after Venezuelan troops fired on a Guyanese patrol near the Cuyuni "
        "river, Guyana protested to Caracas yesterday.",
        "2024-03-01",
        "2024-03-05",
    ),
    case(
        "a-day-after-condemned",
        "A day after Ugandan artillery shelled a camp near Bunagana, Congo condemned "
        "the attack on Monday.",
        "2024-03-03",
        "2024-03-04",
    ),
    case(
        "ten-days-after",
        "Ten days after Algerian troops fired mortars near Figuig, Morocco summoned the "
        "Algerian envoy on Tuesday.",
        "2024-02-24",
        "2024-03-05",
    ),
    case(
        "trailing-a-week-after",
        "Mali recalled its ambassador on Tuesday, a week after Burkinabe drones struck a "
        "camp near Tessit.",
        "2024-02-27",
        "2024-03-05",
    ),
    case(
        "strike-day-inside-the-phrase",
        "Two days after Burkinabe drones struck a camp near Tessit on Sunday, Mali "
        "summoned the Burkinabe envoy.",
        "2024-03-03",
        "2024-03-05",
    ),
]


@pytest.mark.parametrize(("text", "strike", "act"), FRONTED)
def test_the_strike_happened_the_gap_before_the_follow_up(text: str, strike: str, act: str) -> None:
    strikes, acts = event_dates(text), event_dates(text, family="diplomatic")
    assert strikes == [day(strike)]
    assert acts == [day(act)]


def test_a_strike_in_the_main_clause_keeps_its_day() -> None:
    text = (
        "Two days after the talks collapsed, Burkinabe drones struck a Malian camp near "
        "Tessit on Tuesday."
    )
    assert event_dates(text) == [day("2024-03-05")]
