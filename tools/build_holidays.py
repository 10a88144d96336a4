"""Write ``geomap/lexicons/holidays.toml``: the days of the holidays news dates acts by
(developer tool, never run at product run time).

Why: "on Eid al-Adha" or "during Nowruz" names a day that moves from year to year, and
the date reader must stay offline and on the standard library. So the days of the
movable holidays are computed here once, for the years geomap reads news of, and
shipped as data; the fixed ones (Christmas, New Year's Day) are written as a month and
a day.

    pip install hijridate jdatetime python-dateutil
    python tools/build_holidays.py

Sources: Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijjah) from the Umm
al-Qura calendar (``hijridate``; a country that sights the moon may keep them a day
apart); Nowruz (1 Farvardin) from the Solar Hijri calendar (``jdatetime``); Western
and Orthodox Easter from ``dateutil.easter``.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Gregorian, Hijri
from jdatetime import date as jdate

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geomap" / "lexicons" / "holidays.toml"
YEARS = range(1990, 2041)

HEADER = """\
# Holidays that date an act: "shelled the town on Christmas Eve", "during Nowruz",
# "on the eve of Eid al-Adha". Written by tools/build_holidays.py (which says where
# the movable days come from); edit the names freely, rebuild the days.
#
# [names]: each holiday's spellings, as news writes them (matched with a capital, an
# apostrophe and a hyphen optional). [fixed]: a holiday's month and day; its year is
# read as a month and day's is. [movable]: a holiday's day in each year; a year the
# table lacks, or an article whose year is unknown, gives no date. "eid" alone is the
# latest of the two Eids.
"""

NAMES = {
    "christmas eve": ["Christmas Eve"],
    "christmas": ["Christmas Day", "Christmas"],
    "boxing day": ["Boxing Day"],
    "new year's eve": ["New Year's Eve", "New Years Eve"],
    "new year's day": ["New Year's Day", "New Years Day"],
    "orthodox christmas": ["Orthodox Christmas", "Orthodox Christmas Day"],
    "eid al-fitr": [
        "Eid al-Fitr", "Eid ul-Fitr", "Eid el-Fitr", "Eid-ul-Fitr", "Eid-al-Fitr", "Eid al Fitr",
    ],
    "eid al-adha": [
        "Eid al-Adha", "Eid ul-Adha", "Eid el-Adha", "Eid-ul-Adha", "Eid-al-Adha", "Eid al Adha",
        "Eid ul-Azha", "Eid al-Kabir", "Eid el-Kebir",
    ],
    "eid": ["Eid"],
    "nowruz": ["Nowruz", "Norouz", "Nowrouz", "Navruz", "Nauryz", "Newroz", "Novruz"],
    "easter": ["Easter Sunday", "Easter Day", "Easter"],
    "orthodox easter": ["Orthodox Easter", "Orthodox Easter Sunday"],
    "good friday": ["Good Friday"],
}  # fmt: skip

FIXED = {
    "christmas eve": "12-24",
    "christmas": "12-25",
    "boxing day": "12-26",
    "new year's eve": "12-31",
    "new year's day": "01-01",
    "orthodox christmas": "01-07",
}


def _hijri_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of ``day`` ``month`` of the Hijri year that mostly falls in
    Gregorian ``year`` (the one in which that day does)."""
    h = Gregorian(year, 7, 1).to_hijri().year
    for hy in (h - 1, h, h + 1):
        g = Hijri(hy, month, day).to_gregorian()
        if g.year == year:
            return date(g.year, g.month, g.day)
    raise ValueError(year)


def movable() -> dict[str, dict[int, date]]:
    """Each movable holiday's day per year."""
    return {
        "eid al-fitr": {y: _hijri_day(y, 10, 1) for y in YEARS},
        "eid al-adha": {y: _hijri_day(y, 12, 10) for y in YEARS},
        "nowruz": {y: jdate(y - 621, 1, 1).togregorian() for y in YEARS},
        "easter": {y: easter(y, EASTER_WESTERN) for y in YEARS},
        "orthodox easter": {y: easter(y, EASTER_ORTHODOX) for y in YEARS},
        "good friday": {y: easter(y, EASTER_WESTERN) - timedelta(days=2) for y in YEARS},
    }


def main() -> None:
    lines = [HEADER, "[names]"]
    for key, spellings in NAMES.items():
        lines.append(f"{json.dumps(key)} = {json.dumps(spellings, ensure_ascii=False)}")
    lines += ["", "[fixed]"]
    lines += [f'"{key}" = "{day}"' for key, day in FIXED.items()]
    for key, days in movable().items():
        lines += ["", f'[movable."{key}"]']
        lines += [f"{y} = {d.isoformat()}" for y, d in days.items()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
