"""GeoDataFrame -> RFC 7946 GeoJSON text, written atomically and byte-identically.

Why this module exists rather than ``GeoDataFrame.to_file``: other tools read
``events.geojson`` and ``places.geojson`` (see DESIGN.md), so the bytes must be stable
across runs and machines. GDAL's writer adds a ``name``/``crs`` member, prints floats
with whatever precision the driver likes and cannot be told the property order.
Here every choice is explicit:

- ``[lon, lat]`` in WGS84 (frames in another CRS are reprojected), no ``crs`` member;
- exterior rings counter-clockwise, holes clockwise (``shapely.orient_polygons``);
- coordinates rounded to 6 decimals for points (~0.1 m) and 5 for lines and polygons;
- properties in the order the caller gives, NaN/NA -> ``null``, numpy scalars -> Python;
- features in the frame's order;
- compact JSON (``ensure_ascii=False``, no spaces) with one feature per line, so a
  diff of two runs shows which features changed, and a trailing newline.

Writes go through ``geomap.outputs.atomic`` (re-exported here): a temporary file in
the target folder renamed over the target, so a crash never leaves half a file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from geomap.outputs.atomic import write_atomic, write_text_atomic, write_texts_atomic

__all__ = [
    "POINT_DECIMALS",
    "SHAPE_DECIMALS",
    "column_values",
    "dumps",
    "geometry_to_json",
    "iter_features",
    "json_value",
    "to_feature_collection",
    "to_wgs84",
    "write_atomic",
    "write_geojson",
    "write_text_atomic",
    "write_texts_atomic",
]

#: decimals kept for Point/MultiPoint coordinates (1e-6 degree is about 0.1 m)
POINT_DECIMALS = 6
#: decimals kept for every other geometry (1e-5 degree is about 1 m)
SHAPE_DECIMALS = 5

_POINT_TYPES = frozenset({"Point", "MultiPoint"})


def to_feature_collection(
    gdf: gpd.GeoDataFrame,
    columns: Sequence[str],
    *,
    point_decimals: int = POINT_DECIMALS,
    shape_decimals: int = SHAPE_DECIMALS,
) -> dict[str, Any]:
    """Turn ``gdf`` into an RFC 7946 FeatureCollection dict.

    ``columns`` are the properties, in output order; the geometry column is never a
    property. Raises ``ValueError`` naming any column the frame lacks and
    ``TypeError`` for a value that has no JSON form.
    """
    features = list(_features(gdf, columns, point_decimals, shape_decimals))
    return {"type": "FeatureCollection", "features": features}


def iter_features(gdf: gpd.GeoDataFrame, columns: Sequence[str]) -> Iterator[dict[str, Any]]:
    """The features of ``to_feature_collection``, each made only when it is taken,
    so a file is written holding one feature at a time (a place named in every
    article carries every mention)."""
    return _features(gdf, columns, POINT_DECIMALS, SHAPE_DECIMALS)


def _features(
    gdf: gpd.GeoDataFrame, columns: Sequence[str], point_decimals: int, shape_decimals: int
) -> Iterator[dict[str, Any]]:
    wanted = [c for c in columns if c != gdf.geometry.name]
    missing = [c for c in wanted if c not in gdf.columns]
    if missing:
        raise ValueError(f"GeoDataFrame lacks the column(s) {', '.join(missing)}")
    frame = to_wgs84(gdf)
    values = {c: column_values(frame[c]) for c in wanted}
    geometries = frame.geometry.tolist()
    return (
        {
            "type": "Feature",
            "geometry": geometry_to_json(geom, point_decimals, shape_decimals),
            "properties": {c: json_value(values[c][i], c) for c in wanted},
        }
        for i, geom in enumerate(geometries)
    )


def geometry_to_json(
    geom: BaseGeometry | None,
    point_decimals: int = POINT_DECIMALS,
    shape_decimals: int = SHAPE_DECIMALS,
) -> dict[str, Any] | None:
    """One shapely geometry as a GeoJSON geometry dict (None for a missing/empty one).

    Coordinates are rounded first and rings oriented afterwards, so rounding can
    never leave a ring wound the wrong way.
    """
    if geom is None or geom.is_empty:
        return None
    geom = shapely.force_2d(geom)
    decimals = point_decimals if geom.geom_type in _POINT_TYPES else shape_decimals
    geom = shapely.transform(geom, lambda xy: np.round(xy, decimals) + 0.0)
    if geom.geom_type in ("Polygon", "MultiPolygon", "GeometryCollection"):
        geom = shapely.orient_polygons(geom, exterior_cw=False)
    return _mapping(geom)


def dumps(fc: Mapping[str, Any]) -> str:
    """Serialise a FeatureCollection: compact JSON, one feature per line, final newline.

    ``allow_nan=False`` makes any NaN or infinity that slipped through an error
    instead of invalid JSON.
    """
    return "".join(iter_dumps(fc))


def iter_dumps(fc: Mapping[str, Any]) -> Iterator[str]:
    """``dumps`` piece by piece, so a large collection is written without its whole
    text (and copies of it) in memory at once."""
    head = [f"{_compact(k)}:{_compact(v)}" for k, v in fc.items() if k != "features"]
    yield "{" + "".join(f"{item}," for item in head)
    empty = True
    for feature in fc.get("features", []):
        yield f",\n{_compact(feature)}" if not empty else f'"features":[\n{_compact(feature)}'
        empty = False
    yield '"features":[]}\n' if empty else "\n]}\n"


def geojson_text(gdf: gpd.GeoDataFrame, columns: Sequence[str]) -> Iterator[str]:
    """The GeoJSON text of ``gdf`` in pieces, made only as it is consumed (for
    ``write_texts_atomic``: one feature at a time is ever held in memory)."""
    yield from iter_dumps({"type": "FeatureCollection", "features": iter_features(gdf, columns)})


def write_geojson(
    gdf: gpd.GeoDataFrame, path: str | os.PathLike[str], columns: Sequence[str]
) -> Path:
    """Write ``gdf`` as a FeatureCollection to ``path`` atomically; return the path."""
    target = Path(path)
    write_text_atomic(target, dumps(to_feature_collection(gdf, columns)))
    return target


def to_wgs84(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The frame in EPSG:4326; a frame without a CRS is taken to be in it already."""
    if gdf.crs is None or gdf.crs.to_epsg() == 4326:
        return gdf
    return gdf.to_crs(4326)


def _mapping(geom: BaseGeometry) -> dict[str, Any]:
    """GeoJSON dict of a shapely geometry with lists (not tuples) of Python floats."""
    if geom.geom_type == "GeometryCollection":
        return {"type": "GeometryCollection", "geometries": [_mapping(g) for g in geom.geoms]}
    mapped = shapely.geometry.mapping(geom)
    return {"type": mapped["type"], "coordinates": _lists(mapped["coordinates"])}


def _lists(coords: Any) -> Any:
    if isinstance(coords, (tuple, list)):
        if coords and not isinstance(coords[0], (tuple, list)):
            return [float(c) for c in coords]
        return [_lists(c) for c in coords]
    return float(coords)


def column_values(series: pd.Series) -> list[Any]:
    """The column as Python values, undoing pandas' int -> float upcast.

    pandas stores an int column with a missing value as float64 (``[2, None]`` becomes
    ``[2.0, nan]``); such a column, whose present values are all whole numbers, is
    written as ints so ``killed`` stays ``2`` and not ``2.0``.
    """
    values = series.tolist()
    if series.dtype.kind == "f" and series.isna().any():
        present = series.dropna().to_numpy()
        if np.isfinite(present).all() and (present == np.round(present)).all():
            return [None if pd.isna(v) else int(v) for v in values]
    return values


#: types written as they are (bool is not an int here: type(), not isinstance())
_PLAIN = frozenset({str, int, bool})


def json_value(value: Any, column: str = "value") -> Any:
    """A value as plain JSON data: NaN/NA/NaT -> None, numpy -> Python, dataclass -> dict.

    A dict that is already plain JSON (string keys; string, int or bool values) is
    returned as it is, not copied; treat the result as read-only.

    ``column`` only names the value in the ``TypeError`` raised for an unsupported type.
    """
    kind = type(value)  # plain values first: a run's places carry every mention
    if kind in _PLAIN:
        return value
    if kind is dict:
        if all(type(k) is str and type(v) in _PLAIN for k, v in value.items()):
            return value  # already JSON: not copied (a run's places hold every mention)
        return {
            k if type(k) is str else str(k): v if type(v) in _PLAIN else json_value(v, column)
            for k, v in value.items()
        }
    if kind is list:
        return [v if type(v) in _PLAIN else json_value(v, column) for v in value]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (str, bool)):
        return value
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): json_value(v, column) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)) or (
        isinstance(value, Sequence) and not isinstance(value, bytes | bytearray)
    ):  # a place's mentions (geomap.compact.PlaceMentions)
        return [json_value(v, column) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return json_value(dataclasses.asdict(value), column)
    raise TypeError(f"column {column!r}: cannot write a {type(value).__name__} as JSON")


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
