"""A dateline battery: a full date opening the story is the day the page was filed, and
the weekdays and "yesterday" of an undated page count from it, whatever the dateline
looks like ("(NIAMEY) March 14, 2024 –", "NIAMEY (Reuters), March 14, 2024 —",
"Niamey, Thursday 14 March 2024:", "March 14, 2024 –"). A date that opens the story
but belongs to something else (a deadline, the start of a period) is not the page's day.

Every text is invented for this test.
"""

from __future__ import annotations

import pytest
from acts import case, day, event_dates

DRONES = "Malian drones struck a camp near Tillaberi {when}, killing six herders, officials said."


DATELINES = [
    case(
        "agency-then-date",
        f"NIAMEY, March 14, 2024 (Reuters) - {DRONES.format(when='on Tuesday')}",
        "2024-03-12",
    ),
    case(
        "day-first-date",
        f"NIAMEY, 14 March 2024 — {DRONES.format(when='on Tuesday')}",
        "2024-03-12",
    ),
    case(
        "city-in-brackets",
        f"(NIAMEY) March 14, 2024 – {DRONES.format(when='on Tuesday')}",
        "2024-03-12",
    ),
    case(
        "city-in-brackets-weekday-lead",
        "(NIAMEY) March 14, 2024 – Tuesday, Malian drones struck a camp near Tillaberi, killing "
        "six herders.",
        "2024-03-12",
    ),
    case(
        "bare-date-and-dash",
        f"March 14, 2024 – {DRONES.format(when='late on Tuesday')}",
        "2024-03-12",
    ),
    case(
        "agency-before-date",
        f"NIAMEY (Reuters), March 14, 2024 — {DRONES.format(when='on Tuesday night')}",
        "2024-03-12",
    ),
    case(
        "weekday-in-dateline",
        f"Niamey, Thursday 14 March 2024: {DRONES.format(when='on Tuesday')}",
        "2024-03-12",
    ),
    case(
        "country-and-agency",
        f"NIAMEY, Niger (AP) March 14, 2024 — {DRONES.format(when='yesterday')}",
        "2024-03-13",
    ),
    case(
        "country-in-brackets",
        f"Niamey (Niger), March 14, 2024 – {DRONES.format(when='on Monday')}",
        "2024-03-11",
    ),
    case(
        "abbreviated-month",
        "ANKARA, Jun. 3, 2023 – Turkish jets struck PKK positions near Zakho, in Iraq, on "
        "Saturday night, the ministry said.",
        "2023-06-03",
    ),
    # near-misses: a date opening the story that is not the page's day
    case(
        "deadline-opening",
        f"By March 30, 2024 – the deadline the junta set – foreign troops must leave. "
        f"{DRONES.format(when='on Tuesday')}",
        None,
    ),
    case(
        "period-opening",
        f"Since March 2, 2024 – when the truce lapsed – raids have grown. "
        f"{DRONES.format(when='on Tuesday')}",
        None,
    ),
    case(
        "date-of-the-act-itself",
        "March 12, 2024, Malian drones struck a camp near Tillaberi, killing six herders.",
        "2024-03-12",
    ),
]


@pytest.mark.parametrize(("text", "want"), DATELINES)
def test_a_dateline_gives_the_day_weekdays_count_from(text: str, want: str | None) -> None:
    assert event_dates(text, None) == [day(want)]
