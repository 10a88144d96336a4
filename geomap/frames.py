"""Events and places -> GeoDataFrames (EPSG:4326), joined by place id.

Four frames feed the map and the GeoJSON files: ``events`` (one point per event with
the properties of DESIGN.md's events.geojson), ``places`` (one point per distinct
resolved place with its mentions), ``areas`` (the province, region and country
polygons that events at geo precision 2-3 and mentioned provinces refer to, so a
country centroid never reads as an exact site), and ``borders`` (the shared land
borders between the countries involved). Row order is stable (by id), so files
built from the frames are byte-identical across runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import geopandas as gpd
import shapely

from .borders import border_facts
from .codes import codes_for
from .compact import MentionTable
from .gazetteer import Gazetteer
from .models import Event, Mention, Place

__all__ = [
    "EVENT_COLUMNS",
    "PLACE_COLUMNS",
    "Frames",
    "arrows_frame",
    "basemap_frame",
    "build_frames",
]

EVENT_COLUMNS = (
    "id", "family", "type", "date", "date_precision", "actor", "target", "location",
    "place_id", "place_kind", "country", "geo_precision", "killed", "crossed_border",
    "border_distance_km", "confidence", "sources", "alleged", "background", "reported_by",
    "cameo", "plover",
)  # fmt: skip
PLACE_COLUMNS = ("id", "name", "kind", "country", "mentions")
CRS = "EPSG:4326"


@dataclass(frozen=True)
class Frames:
    """The GeoDataFrames of one run."""

    events: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    areas: gpd.GeoDataFrame
    borders: gpd.GeoDataFrame
    arrows: gpd.GeoDataFrame


def _frame(rows: list[dict], columns: Sequence[str]) -> gpd.GeoDataFrame:
    geometry = [r.pop("geometry") for r in rows]
    return gpd.GeoDataFrame(rows, columns=list(columns), geometry=geometry, crs=CRS)


def events_frame(events: Sequence[Event], gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    rows = []
    for e in sorted(events, key=lambda e: e.id):
        if e.place is None:
            continue  # an event with no place cannot be mapped; reported in the summary
        crossed, distance = border_facts(e, gazetteer)
        codes = codes_for(e.type)
        rows.append(
            {
                "id": e.id,
                "family": e.family,
                "type": e.type,
                "date": e.date.isoformat() if e.date else None,
                "date_precision": e.date_precision if e.date else None,
                "actor": e.actor,
                "target": e.target,
                "location": e.place.name,
                "place_id": e.place.id,
                "place_kind": e.place.kind,
                "country": e.place.country,
                "geo_precision": e.place.geo_precision,
                "killed": e.killed,
                "crossed_border": crossed,
                "border_distance_km": distance,
                "confidence": round(e.confidence, 3),
                "sources": [
                    {"article": s.article, "start": s.start, "end": s.end, "quote": s.quote}
                    for s in e.sources
                ],
                "alleged": e.alleged,
                "background": e.background,
                "reported_by": e.reported_by,
                "cameo": codes.cameo,
                "plover": codes.plover,
                # shapely and GeoJSON speak (lon, lat)
                "geometry": shapely.Point(e.place.lon, e.place.lat),
            }
        )
    return _frame(rows, EVENT_COLUMNS)


def places_frame(mentions: MentionTable | Iterable[Mention]) -> gpd.GeoDataFrame:
    """One row per place mentioned, its mentions ordered by article id and offset
    (read from the compact table as the files are written, see ``geomap.compact``)."""
    table = mentions if isinstance(mentions, MentionTable) else _table(mentions)
    rows = [
        {
            "id": p.id,
            "name": p.name,
            "kind": p.kind,
            "country": p.country,
            "mentions": found,
            "geometry": shapely.Point(p.lon, p.lat),
        }
        for p, found in table.by_place()
    ]
    return _frame(rows, PLACE_COLUMNS)


def _table(mentions: Iterable[Mention]) -> MentionTable:
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    return MentionTable.from_mentions(by_article)


def areas_frame(
    events: Sequence[Event], mentions: MentionTable | Iterable[Mention], gazetteer: Gazetteer
) -> gpd.GeoDataFrame:
    ids = {e.place.id for e in events if e.place is not None and e.place.kind != "city"}
    places: Iterable[Place | None] = (
        mentions.places if isinstance(mentions, MentionTable) else (m.place for m in mentions)
    )
    ids |= {p.id for p in places if p is not None and p.kind in ("admin1", "region")}
    rows = []
    for pid in sorted(ids):
        shape = gazetteer.shape(pid)
        if shape is None:
            continue
        p = gazetteer.get(pid)
        rows.append(
            {"id": pid, "name": p.name, "kind": p.kind, "country": p.country, "geometry": shape}
        )
    return _frame(rows, ("id", "name", "kind", "country"))


def borders_frame(countries: Iterable[str], gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    codes = sorted({c for c in countries if c and len(c) == 2})
    rows = []
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            found = gazetteer.border(a, b)
            if found is None:
                continue
            line, km = found
            name_a = gazetteer.country(a).name  # type: ignore[union-attr]
            name_b = gazetteer.country(b).name  # type: ignore[union-attr]
            rows.append(
                {
                    "id": f"{a}-{b}",
                    "name": f"{name_a} – {name_b}",
                    "length_km": km,
                    "geometry": line,
                }
            )
    return _frame(rows, ("id", "name", "length_km"))


def arrows_frame(events: Sequence[Event], gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """Actor -> place-hit lines, only for strikes whose text states both ends."""
    rows = []
    for e in sorted(events, key=lambda e: e.id):
        if e.family != "strike" or e.place is None or not e.actor or e.actor == e.place.country:
            continue
        origin = gazetteer.country(e.actor)
        if origin is None:
            continue
        label = f"reported: {origin.name} → {e.place.name}"
        line = shapely.LineString([(origin.lon, origin.lat), (e.place.lon, e.place.lat)])
        rows.append({"event_id": e.id, "label": label, "geometry": line})
    return _frame(rows, ("event_id", "label"))


def basemap_frame(gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """The world's countries for the offline vector basemap, already simplified."""
    frame = gpd.GeoDataFrame(geometry=gazetteer.basemap(), crs=CRS)
    frame.attrs["simplified"] = True  # maps.py need not simplify it again
    return frame


def build_frames(
    events: Sequence[Event],
    mentions: MentionTable | Mapping[str, Sequence[Mention]],
    gazetteer: Gazetteer,
) -> Frames:
    """All frames of a run from its events and its mentions (a compact table, or
    mentions by article)."""
    table = mentions if isinstance(mentions, MentionTable) else MentionTable.from_mentions(mentions)
    involved = set()
    for e in events:
        involved.update(x for x in (e.actor, e.target) if x)
        if e.place is not None and e.place.country:
            involved.add(e.place.country)
    return Frames(
        events=events_frame(events, gazetteer),
        places=places_frame(table),
        areas=areas_frame(events, table, gazetteer),
        borders=borders_frame(involved, gazetteer),
        arrows=arrows_frame(events, gazetteer),
    )
