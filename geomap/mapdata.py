"""The map page's data: events, places and shapes as compact JSON (``geomap.data``).

Why it is built this way: at tens of thousands of events the data is nearly all of
``map.html``, and the page must stay small and quick to read (``geomap.maps`` draws
it; ``map.js`` reads it).

- **Columns, not objects.** Events travel as columns per family; every repeated string
  (article name, quote, type, place) is stored once in a table and referred to by
  index, and events at one place share its row, coordinates included.
- **Quotes as words at scale.** Over ``WORD_CODE_ABOVE_CHARS`` characters the quotes
  travel as a word table and word codes (``geomap.wordcode``), about 40% smaller once
  deflated; an event's quote references are differences from the previous one's.
- **Shapes as integers.** Areas, borders and the basemap are delta-encoded integers
  (``pack_shapes``), about a third of GeoJSON's size.
- **Cut where a popup would be too long.** Quotes over ``MAX_QUOTE_CHARS`` are cut
  (events.geojson keeps them whole); a place lists its first ``MAX_PLACE_MENTIONS``
  mentions (fewer on a map of many places) and counts them all.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Hashable, Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geomap.frames import EVENT_COLUMNS
from geomap.geojson import (
    column_values,
    geometry_to_json,
    json_value,
    to_feature_collection,
    to_wgs84,
)
from geomap.theme import load_theme, type_colour
from geomap.wordcode import encode_texts

__all__ = [
    "FAMILIES",
    "MANY_PLACES",
    "MAX_PLACE_MENTIONS",
    "MAX_PLACE_MENTIONS_MANY",
    "MAX_QUOTE_CHARS",
    "WORD_CODE_ABOVE_CHARS",
    "arrowhead",
    "drawable_arrows",
    "pack_page_data",
    "pack_shapes",
    "simplify_basemap",
]

#: family -> the page's layer role
FAMILIES = {"strike": "strikes", "diplomatic": "diplomatic"}

#: quotes longer than this are cut in the map (events.geojson keeps them whole)
MAX_QUOTE_CHARS = 600
#: place mentions listed in a place's popup (the count shows them all)
MAX_PLACE_MENTIONS = 8
#: ... and on a map of more places than MANY_PLACES, this many
MAX_PLACE_MENTIONS_MANY = 3
MANY_PLACES = 2_000
_MAP_POINT_DECIMALS = 5  # ~1 m: plenty for a mark on screen
_MAP_SHAPE_DECIMALS = 4  # arrows (~10 m)
#: areas and borders: integer steps of 1/1000 degree (~100 m), delta-encoded
_SHAPE_STEPS = 1000
#: basemap: steps of 1/100 degree (~1 km) after simplifying by 0.04 degree, and
#: islands under 0.02 square degrees dropped (a country's largest part always stays)
_BASEMAP_STEPS = 100
_BASEMAP_SIMPLIFY_DEGREES = 0.04
_BASEMAP_MIN_PART_AREA = 0.02

#: quotes longer than this in all (characters) travel as a word table and word codes
#: (geomap.wordcode), about half their deflated size; smaller pages keep them as text
WORD_CODE_ABOVE_CHARS = 1_000_000

_EARTH_RADIUS_M = 6378137.0


def pack_page_data(
    events: gpd.GeoDataFrame,
    places: gpd.GeoDataFrame,
    areas: gpd.GeoDataFrame,
    borders: gpd.GeoDataFrame,
    basemap: gpd.GeoDataFrame | None,
    arrows: gpd.GeoDataFrame | None,
) -> dict[str, Any]:
    """Everything the page draws, as one compact JSON-ready dict (``geomap.data``).

    Events travel as columns per family; every repeated string (article name, quote,
    type, event place) is stored once in a table and referred to by index. Areas,
    borders and the basemap are delta-encoded integers (``pack_shapes``).
    """
    tables = _Tables()
    data: dict[str, Any] = {"events": _pack_events(events, tables)}
    data["layers"] = {
        "places": _pack_places(places, tables),
        "areas": pack_shapes(areas, ["name", "kind", "country"], _SHAPE_STEPS),
        "borders": pack_shapes(borders, ["id", "name", "length_km"], _SHAPE_STEPS),
        "basemap": None if basemap is None else _pack_basemap(basemap),
        "arrows": None if arrows is None else _pack_arrows(arrows),
    }
    data["skipped"] = data["events"].pop("skipped")
    quotes: Any = tables.quotes.items
    if sum(len(q) for q in quotes) > WORD_CODE_ABOVE_CHARS:
        quotes = encode_texts(quotes)
    data.update(
        articles=tables.articles.items,
        quotes=quotes,
        types=[list(t) for t in tables.types.items],
        places=[list(p) for p in tables.places.items],
    )
    return data


class _Table:
    """Interns values: each distinct value is stored once and referred to by index."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self._index: dict[Hashable, int] = {}

    def index(self, value: Hashable) -> int:
        found = self._index.get(value)
        if found is None:
            found = self._index[value] = len(self.items)
            self.items.append(value)
        return found


class _Tables:
    """The shared lookup tables of one page."""

    def __init__(self) -> None:
        self.articles = _Table()
        self.quotes = _Table()
        self.types = _Table()
        self.places = _Table()


#: what a map mark shows of an event: the frame's columns but the codes and place id
_EVENT_FIELDS = tuple(c for c in EVENT_COLUMNS if c not in ("place_id", "cameo", "plover"))
#: the columns of a packed family (see eventProps in map.js)
_EVENT_COLUMNS = (
    "id", "t", "d", "dp", "a", "g", "pl", "c", "k", "cb", "bd", "cf", "s", "al", "bg", "rb",
)  # fmt: skip


def _pack_events(events: gpd.GeoDataFrame, tables: _Tables) -> dict[str, Any]:
    """Events as columns per family; events without a point are counted, not drawn."""
    families: dict[str, Any] = {f: {c: [] for c in _EVENT_COLUMNS} for f in FAMILIES}
    theme = load_theme()
    skipped = 0
    last_quote = dict.fromkeys(FAMILIES, 0)
    records = _records(events, _EVENT_FIELDS)
    for row, geom in zip(records, to_wgs84(events).geometry.tolist(), strict=True):
        family = row["family"]
        if family not in FAMILIES:
            raise ValueError(f"event {row['id']!r}: unknown family {family!r}")
        if geom is None or geom.is_empty:
            skipped += 1
            continue
        point = geom if geom.geom_type == "Point" else geom.representative_point()
        event_type = str(row["type"] or "event")
        # events at one place share its row, coordinates included:
        # [name, kind, precision, x, y]
        place = (
            row["location"],
            row["place_kind"],
            row["geo_precision"],
            round(point.x, _MAP_POINT_DECIMALS) + 0.0,
            round(point.y, _MAP_POINT_DECIMALS) + 0.0,
        )
        # [article, quote, article, quote ...]; each quote as its index's difference
        # from the family's previous quote's (mostly 0 or 1: quotes are tabled in
        # the order events cite them)
        refs: list[int] = []
        for source in row["sources"] or ():
            quote = tables.quotes.index(_cut(source.get("quote") or ""))
            refs += [tables.articles.index(source.get("article")), quote - last_quote[family]]
            last_quote[family] = quote
        values = (
            row["id"],
            tables.types.index((family, event_type, type_colour(family, event_type, theme))),
            row["date"],
            row["date_precision"],
            row["actor"],
            row["target"],
            tables.places.index(place),
            row["country"],
            row["killed"],
            row["crossed_border"],
            _rounded(row["border_distance_km"], 1),
            _rounded(row["confidence"], 2),
            refs,
            1 if row["alleged"] else 0,
            1 if row["background"] else 0,
            row["reported_by"],
        )
        for column, value in zip(_EVENT_COLUMNS, values, strict=True):
            families[family][column].append(value)
    return {**families, "skipped": skipped}


def _pack_places(places: gpd.GeoDataFrame, tables: _Tables) -> dict[str, Any]:
    """Places as GeoJSON; each keeps its mention count and its first mentions as
    ``[article index, text or null when it equals the name, metonym 0/1]``."""
    frame = places.copy()
    every = [m if m is not None else [] for m in places["mentions"].tolist()]
    frame["count"] = [len(m) for m in every]
    # only the first few go on the page: convert those, not every mention of the run
    limit = MAX_PLACE_MENTIONS if len(places) <= MANY_PLACES else MAX_PLACE_MENTIONS_MANY
    mentions = [json_value(list(m[:limit]), "mentions") for m in every]
    frame["mentions"] = [
        [
            [
                tables.articles.index(m.get("article")),
                None if m.get("text") == name else _cut(m.get("text") or ""),
                1 if m.get("metonym") else 0,
            ]
            for m in ms
        ]
        for ms, name in zip(mentions, places["name"].tolist(), strict=True)
    ]
    return to_feature_collection(
        frame,
        ["name", "kind", "country", "count", "mentions"],
        point_decimals=_MAP_POINT_DECIMALS,
        shape_decimals=_MAP_POINT_DECIMALS,
    )


def _pack_basemap(basemap: gpd.GeoDataFrame) -> dict[str, Any]:
    if not basemap.attrs.get("simplified"):  # the gazetteer's basemap comes simplified
        basemap = gpd.GeoDataFrame(geometry=simplify_basemap(basemap), crs="EPSG:4326")
    return pack_shapes(basemap, [], _BASEMAP_STEPS)


def _pack_arrows(arrows: gpd.GeoDataFrame) -> dict[str, Any]:
    """Reported actor -> target lines, each followed by its triangular arrowhead."""
    features = []
    rows = _records(arrows, ("event_id", "label"))
    for row, line in zip(rows, to_wgs84(arrows).geometry.tolist(), strict=True):
        if line is None or line.is_empty or line.geom_type != "LineString":
            continue
        label = str(row["label"] or "")
        if not label.lower().startswith("reported"):
            label = f"reported: {label}"
        props = {"event_id": row["event_id"], "label": label}
        for part in (line, arrowhead(line)):
            geometry = geometry_to_json(part, _MAP_POINT_DECIMALS, _MAP_SHAPE_DECIMALS)
            features.append({"type": "Feature", "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def drawable_arrows(arrows: gpd.GeoDataFrame, events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The arrows worth drawing: both ends are places, so none whose event is placed
    only at a country (its ring on the country says where; a line from one country's
    centre to another's would dominate the picture and mean nothing)."""
    if not len(arrows) or "geo_precision" not in events.columns:
        return arrows
    country_level = set(events.loc[events["geo_precision"] == 3, "id"].tolist())
    return arrows[~arrows["event_id"].isin(country_level)]


def simplify_basemap(basemap: gpd.GeoDataFrame) -> list[Any]:
    """The basemap's polygons, simplified for a world-scale muted background.

    ``coverage_simplify`` simplifies each shared border once, so neighbours keep
    meeting without slivers; islands under ``_BASEMAP_MIN_PART_AREA`` square degrees
    are dropped, except each country's largest part, so small countries stay.
    """
    geoms = to_wgs84(basemap).geometry.to_numpy()
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    out = []
    for geom in shapely.coverage_simplify(geoms, _BASEMAP_SIMPLIFY_DEGREES):
        parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon"]
        if parts:
            largest = max(parts, key=lambda p: p.area)
            keep = [p for p in parts if p is largest or p.area >= _BASEMAP_MIN_PART_AREA]
            out.append(shapely.MultiPolygon(keep))
    return out


def pack_shapes(frame: gpd.GeoDataFrame, columns: Sequence[str], steps: int) -> dict[str, Any]:
    """Lines and polygons as integer, delta-encoded coordinates (``geomap.unpackShapes``).

    Each coordinate becomes an integer number of ``1/steps`` degrees and each ring or
    line a flat list ``[x0, y0, dx1, dy1, ...]`` of differences, about a third of the
    size of GeoJSON decimals. Polygons become ``["P", [[ring, hole...], ...]]``, lines
    ``["L", [line, ...]]``; a geometry with nothing left after rounding becomes null.
    """
    frame = to_wgs84(frame)
    return {
        "steps": steps,
        "props": _records(frame, columns),
        "geoms": [_pack_geometry(g, steps) for g in frame.geometry.tolist()],
    }


def _pack_geometry(geom: Any, steps: int) -> list[Any] | None:
    if geom is None or geom.is_empty:
        return None
    polygons, lines = [], []
    for part in shapely.get_parts(geom):
        if part.geom_type == "Polygon":
            rings = [_pack_coords(part.exterior.coords, steps, ring=True)]
            rings += [_pack_coords(r.coords, steps, ring=True) for r in part.interiors]
            if rings[0]:
                polygons.append([r for r in rings if r])
        elif part.geom_type in ("LineString", "LinearRing"):
            line = _pack_coords(part.coords, steps, ring=False)
            if line:
                lines.append(line)
    if polygons:
        return ["P", polygons]
    return ["L", lines] if lines else None


def _pack_coords(coords: Any, steps: int, *, ring: bool) -> list[int]:
    """Flat delta-encoded integer coordinates; [] when too few distinct points remain."""
    xy = np.round(np.asarray(coords, dtype=float)[:, :2] * steps).astype(np.int64)
    if ring:
        xy = xy[:-1]
    if len(xy) > 1:
        keep = np.ones(len(xy), dtype=bool)
        keep[1:] = (np.diff(xy, axis=0) != 0).any(axis=1)
        xy = xy[keep]
    if len(xy) < (3 if ring else 2):
        return []
    deltas = xy.copy()
    deltas[1:] = np.diff(xy, axis=0)
    return deltas.ravel().tolist()


def arrowhead(line: shapely.LineString, share: float = 0.12) -> shapely.Polygon:
    """A triangle at the end of ``line`` pointing along its last segment.

    Computed in Web-Mercator metres so it looks like a triangle on the map; its
    length is ``share`` of the line's (at least 2 km, at most 80 km).
    """
    coords = [_to_mercator(x, y) for x, y, *_ in shapely.get_coordinates(line).tolist()]
    total = sum(math.dist(a, b) for a, b in itertools.pairwise(coords))
    (x1, y1), (x2, y2) = coords[-2], coords[-1]
    segment = math.dist((x1, y1), (x2, y2)) or 1.0
    ux, uy = (x2 - x1) / segment, (y2 - y1) / segment
    size = min(max(total * share, 2_000.0), 80_000.0)
    bx, by = x2 - ux * size, y2 - uy * size
    half = size * 0.45
    corners = [(x2, y2), (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)]
    return shapely.Polygon([_from_mercator(x, y) for x, y in corners])


# --------------------------------------------------------------------------- helpers


def _records(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, Any]]:
    """Rows as dicts of plain JSON values (NaN -> None); absent columns read as None."""
    values = {
        c: [json_value(v, c) for v in column_values(frame[c])] if c in frame.columns else None
        for c in columns
    }
    return [
        {c: (values[c][i] if values[c] is not None else None) for c in columns}
        for i in range(len(frame))
    ]


def _rounded(value: Any, digits: int) -> float | None:
    return None if value is None else round(float(value), digits)


def _cut(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _to_mercator(lon: float, lat: float) -> tuple[float, float]:
    lat = max(min(lat, 85.0511), -85.0511)
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    return _EARTH_RADIUS_M * math.radians(lon), _EARTH_RADIUS_M * y


def _from_mercator(x: float, y: float) -> tuple[float, float]:
    lat = 2 * math.atan(math.exp(y / _EARTH_RADIUS_M)) - math.pi / 2
    return math.degrees(x / _EARTH_RADIUS_M), math.degrees(lat)
