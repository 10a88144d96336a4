"""The event and place tables the exports share: ACLED-style columns first, then
geomap's own, with nested values (sources, mentions) as JSON text.

Why a module of its own: events.csv, the GeoParquet files and the GeoPackage must
show the same events with the same values; only the container differs.
"""

from __future__ import annotations

import json
from typing import Any

import geopandas as gpd
import pandas as pd

from ..codes import codes_for
from ..gazetteer import default_gazetteer
from ..geojson import column_values, json_value
from .records import RunRecords

__all__ = ["ACLED_COLUMNS", "OWN_COLUMNS", "event_table", "json_text", "place_table"]

#: the ACLED codebook's columns, in its order (values per the module docstrings)
ACLED_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "source", "notes",
)  # fmt: skip
#: geomap's own columns, after ACLED's
OWN_COLUMNS = (
    "family", "type", "date", "date_precision", "actor", "target", "country_code",
    "place_id", "place_kind", "killed", "crossed_border", "border_distance_km",
    "confidence", "alleged", "background", "reported_by", "cameo", "plover", "sources",
)  # fmt: skip
#: ACLED's time precision: 1 the day is known, 2 the week, 3 only the month (or less)
TIME_PRECISION = {"day": 1, "month": 3, "year": 3}


def json_text(value: Any) -> str:
    """A nested value as compact JSON text (never a Python repr)."""
    return json.dumps(json_value(value), ensure_ascii=False, separators=(",", ":"))


def event_table(records: RunRecords) -> gpd.GeoDataFrame:
    """One row per mapped event (the rows of events.geojson, in its order)."""
    frame = records.frames.events
    admin1 = {e.id: e.place.admin1 for e in records.events if e.place is not None}
    g = default_gazetteer()
    rows = []
    for row, geom in zip(_records(frame), frame.geometry.tolist(), strict=True):
        codes = codes_for(row["type"])
        country = g.country(row["country"]) if row["country"] else None
        area = g.get(f"admin1:{admin1[row['id']]}") if admin1.get(row["id"]) else None
        sources = row["sources"] or []
        rows.append(
            {
                "event_id": row["id"],
                "event_date": row["date"],
                "time_precision": TIME_PRECISION.get(row["date_precision"] or ""),
                "event_type": codes.acled_type,
                "sub_event_type": codes.acled_sub_type,
                "actor1": row["actor"],
                "actor2": row["target"],
                "country": country.name if country else row["country"],
                "admin1": area.name if area else None,
                "location": row["location"],
                "latitude": round(geom.y, 6),
                "longitude": round(geom.x, 6),
                "geo_precision": row["geo_precision"],
                "fatalities": row["killed"],
                "source": "; ".join(dict.fromkeys(s["article"] for s in sources)),
                "notes": " | ".join(s["quote"] for s in sources),
                **{c: row.get(c) for c in OWN_COLUMNS if c not in ("country_code", "sources")},
                "country_code": row["country"],
                "sources": json_text(sources),
            }
        )
    table = pd.DataFrame(rows, columns=[*ACLED_COLUMNS, *OWN_COLUMNS])
    for column in ("time_precision", "geo_precision", "fatalities", "killed"):
        table[column] = table[column].astype("Int64")
    for column in ("crossed_border", "alleged", "background"):
        table[column] = table[column].astype("boolean")
    for column in ("event_date", "actor1", "actor2", "admin1", "reported_by", "cameo", "plover"):
        table[column] = table[column].astype("string")  # typed even when all empty
    return gpd.GeoDataFrame(table, geometry=frame.geometry.tolist(), crs=frame.crs)


def place_table(records: RunRecords) -> gpd.GeoDataFrame:
    """One row per distinct place, its mentions as JSON text."""
    frame = records.frames.places.copy()
    frame["mentions"] = [json_text(v) for v in frame["mentions"].tolist()]
    return frame


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The frame's rows as plain Python values (ints stay ints beside missing ones)."""
    columns = [c for c in frame.columns if c != frame.geometry.name]
    values = {c: column_values(frame[c]) for c in columns}
    return [{c: json_value(values[c][i], c) for c in columns} for i in range(len(frame))]
