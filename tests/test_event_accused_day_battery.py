"""A battery of strikes told first by the day they were reported or complained of
("Kenya on Tuesday accused Somali troops of shelling a camp near Mandera") and dated by
a later sentence that tells how the act itself went: "The army said the shells landed
late on Sunday", "The rockets fell on the airport early on Monday", "The shooting began
at dawn on Monday", or a paragraph further on that tells the act again with its day.
The strike takes the act's day. A later sentence with a day of something else (talks,
a visit, an older attack) leaves the report's day.

Every text is invented for this test; each is published on Wednesday 6 March 2024.
"""

from __future__ import annotations

import pytest
from acts import case, day, event_dates

ACT_DAY_LATER = [
    case(
        "shells-landed",
        "Kenya on Tuesday accused Somali troops of shelling a camp near Mandera. The army "
        "said the shells landed late on Sunday.",
        "2024-03-03",
    ),
    case(
        "rockets-fell",
        "Congo on Tuesday accused Rwanda of shelling Goma. The rockets fell on the city's "
        "airport early on Monday, officials said.",
        "2024-03-04",
    ),
    case(
        "missiles-hit",
        "Lebanon accused Israel on Tuesday of bombing a village near Tyre. The missiles "
        "hit a house on Sunday night, residents said.",
        "2024-03-03",
    ),
    case(
        "shooting-began",
        "Armenia on Tuesday accused Azerbaijan of firing on Sotk. The shooting began at "
        "dawn on Monday, the ministry said.",
        "2024-03-04",
    ),
    case(
        "rockets-struck",
        "Thailand accused Cambodia on Tuesday of launching rockets at Surin. The rockets "
        "struck a market on Monday afternoon, the army said.",
        "2024-03-04",
    ),
    case(
        "firing-broke-out",
        "Ecuador said on Tuesday that Peruvian troops had fired on its border post at "
        "Zamora. The firing broke out on Sunday evening, the defence ministry said.",
        "2024-03-03",
    ),
    case(
        "bombs-fell",
        "Chad said on Tuesday that Sudanese aircraft had bombed two villages near Adre. "
        "The bombs fell on Monday morning, the governor said.",
        "2024-03-04",
    ),
    case(
        "told-again-two-paragraphs-on",
        "Tajikistan on Tuesday accused Kyrgyzstan of provoking a clash near Vorukh.\n\n"
        "The frontier between the two countries is poorly marked.\n\n"
        "The ministry said that on Sunday, Kyrgyz guards crossed the line and opened fire.",
        "2024-03-03",
    ),
    # near-misses: the later day is of something else
    case(
        "talks-day",
        "Kenya on Tuesday accused Somali troops of shelling a camp near Mandera. Somali "
        "officials said talks would resume on Friday.",
        "2024-03-05",
    ),
    case(
        "visit-day",
        "Chad said on Tuesday that Sudanese aircraft had bombed two villages near Adre. "
        "The governor visited the villages on Monday.",
        "2024-03-05",
    ),
    case(
        "older-attack",
        "Kenya on Tuesday accused Somali troops of shelling a camp near Mandera. The shells "
        "that fell on the camp in January killed four.",
        "2024-03-05",
    ),
]


@pytest.mark.parametrize(("text", "want"), ACT_DAY_LATER)
def test_a_reported_strike_takes_the_acts_own_day(text: str, want: str) -> None:
    days = event_dates(text)
    assert days[0] == day(want)
    assert len(set(days)) == 1
