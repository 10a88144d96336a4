"""A battery of tolls joined by "after" to the act that caused them: "two villagers died
after troops shelled the village on Sunday evening", "three herders were killed on
Monday after jets bombed their camp". The toll and the act are one incident, so the day
told at either end of the sentence is the act's. A diplomatic act joined so to a strike
("Kenya protested on Tuesday after troops shelled a camp on Sunday") stays a second act
with its own day.

Every text is invented for this test; each is published on Wednesday 6 March 2024.
"""

from __future__ import annotations

import pytest
from acts import case, day, event_dates

# published Wednesday 6 March 2024
TOLL_AFTER_ACT = [
    case(
        "died-after-shelling-day-inside",
        "Two villagers died after Armenian troops shelled the village of Tegh late on Sunday.",
        "2024-03-03",
    ),
    case(
        "died-after-fire-day-after-comma",
        "One person died after Venezuelan troops opened fire on a border post near Arauca, in "
        "Colombia, on Sunday evening.",
        "2024-03-03",
    ),
    case(
        "killed-monday-after-bombing",
        "Three herders were killed on Monday after Kenyan aircraft bombed a camp near Mandera, "
        "in Somalia.",
        "2024-03-04",
    ),
    case(
        "opening-day-killed-after",
        "On Monday, three herders were killed after Kenyan aircraft bombed a camp near Mandera, "
        "in Somalia.",
        "2024-03-04",
    ),
    case(
        "wounded-after-mortars-late-tuesday",
        "Four civilians were wounded after Algerian troops fired mortars across the border near "
        "Figuig, in Morocco, late on Tuesday.",
        "2024-03-05",
    ),
    case(
        "yesterday-before-after",
        "Five soldiers were killed yesterday after Ugandan artillery pounded a camp near "
        "Bunagana, in Congo.",
        "2024-03-05",
    ),
    case(
        "guards-died-early-monday",
        "Two guards died after gunmen from across the border attacked their post near Mandera, "
        "in Kenya, early on Monday.",
        "2024-03-04",
    ),
    case(
        "sector-and-district-then-day",
        "A farmer died after Azerbaijani troops fired on the Sotk and Kut areas in Armenia's "
        "Gegharkunik province on Monday night.",
        "2024-03-04",
    ),
    case(
        "date-of-the-month",
        "A woman was killed after Russian shells hit Zugdidi, in Georgia, on March 2.",
        "2024-03-02",
    ),
]


@pytest.mark.parametrize(("text", "want"), TOLL_AFTER_ACT)
def test_a_toll_after_the_act_shares_its_day(text: str, want: str) -> None:
    assert event_dates(text) == [day(want)]


# near-misses: a diplomatic act before "after" keeps its own day, the strike its own
TWO_ACTS = [
    case(
        "summoned-after-shelling",
        "Armenia summoned the Azerbaijani envoy on Monday after shelling killed two villagers "
        "near Tegh on Saturday.",
        "2024-03-02",
        "2024-03-04",
    ),
    case(
        "protested-after-shelling",
        "Kenya protested to Somalia on Tuesday after Somali troops shelled a camp near Mandera "
        "on Sunday.",
        "2024-03-03",
        "2024-03-05",
    ),
    case(
        "condemned-after-raid",
        "Morocco condemned the raid on Tuesday after Algerian troops fired mortars near Figuig "
        "on Sunday night.",
        "2024-03-03",
        "2024-03-05",
    ),
]


@pytest.mark.parametrize(("text", "strike", "act"), TWO_ACTS)
def test_a_diplomatic_act_after_a_strike_keeps_its_day(text: str, strike: str, act: str) -> None:
    assert event_dates(text) == [day(strike)]
    assert event_dates(text, family="diplomatic") == [day(act)]
