"""events.geojson / places.geojson: RFC 7946, the DESIGN.md schema, stable bytes, atomic."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Literal

import geopandas as gpd
import numpy as np
import pytest
import shapely
from geojson_pydantic import Feature, FeatureCollection, Point
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field
from shapely import LineString, Polygon

from geomap import frames, geojson
from geomap.errors import OutputError
from geomap.geojson import dumps, to_feature_collection, write_geojson, write_text_atomic

EVENT_COLUMNS = [
    "id",
    "family",
    "type",
    "date",
    "date_precision",
    "actor",
    "target",
    "location",
    "place_id",
    "place_kind",
    "country",
    "geo_precision",
    "killed",
    "crossed_border",
    "border_distance_km",
    "confidence",
    "sources",
    "alleged",
    "background",
    "reported_by",
]
PLACE_COLUMNS = ["id", "name", "kind", "country", "mentions"]


def test_the_frames_stage_writes_exactly_the_design_columns() -> None:
    """The contract above is typed out from DESIGN.md on purpose; the code must agree."""
    assert list(frames.EVENT_COLUMNS) == EVENT_COLUMNS
    assert list(frames.PLACE_COLUMNS) == PLACE_COLUMNS


ISLAMABAD = (73.04, 33.72)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class SourceModel(_Strict):
    article: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str


class EventProperties(_Strict):
    id: str
    family: Literal["strike", "diplomatic"]
    type: str
    date: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    date_precision: Literal["day", "month", "year"] | None
    actor: str | None
    target: str | None
    location: str
    place_id: str
    place_kind: Literal["city", "admin1", "country", "region"]
    country: str | None
    geo_precision: Literal[1, 2, 3]
    killed: int | None = Field(ge=0)
    crossed_border: bool | None
    border_distance_km: float | None
    confidence: float = Field(ge=0, le=1)
    sources: list[SourceModel]
    alleged: bool
    background: bool
    reported_by: str | None


class MentionModel(_Strict):
    article: str
    start: int
    end: int
    text: str
    metonym: bool


class PlaceProperties(_Strict):
    id: str
    name: str
    kind: Literal["city", "admin1", "country", "region"]
    country: str | None
    mentions: list[MentionModel]


EventsFC = FeatureCollection[Feature[Point, EventProperties]]
PlacesFC = FeatureCollection[Feature[Point, PlaceProperties]]


def _events() -> gpd.GeoDataFrame:
    """Three events as the frames stage makes them (pandas upcasts killed to float)."""
    src = {"article": "dawn.txt", "start": 10, "end": 52, "quote": "Islamabad recalled its envoy."}
    rows = [
        ["ev-1", "diplomatic", "recall ambassador", "2024-01-17", "day", "PK", "IR",
         "Islamabad", "pk-islamabad", "city", "PK", 1, None, None, None, 0.8, [src],
         False, False, None],
        ["ev-2", "strike", "missile strike", None, None, "IR", "PK", "Balochistan", "pk-ba",
         "admin1", "PK", 2, 2, True, 45.25, 0.9, [src, {**src, "article": "Ünïcode «news».txt"}],
         True, False, "army"],
        ["ev-3", "strike", "clash", "2024-01-01", "month", None, None, "Pakistan", "pk",
         "country", "PK", 3, float("nan"), False, float("nan"), 0.5, [], False, True, None],
    ]  # fmt: skip
    return gpd.GeoDataFrame(
        [dict(zip(EVENT_COLUMNS, r, strict=True)) for r in rows],
        geometry=[shapely.Point(ISLAMABAD), shapely.Point(65.5, 28.5), shapely.Point(69.3, 30)],
        crs="EPSG:4326",
    )


def _places() -> gpd.GeoDataFrame:
    mention = {"article": "dawn.txt", "start": 10, "end": 19, "text": "Islamabad", "metonym": True}
    return gpd.GeoDataFrame(
        {
            "id": ["pk-islamabad", "pk"],
            "name": ["Islamabad", "Pakistan"],
            "kind": ["city", "country"],
            "country": ["PK", "PK"],
            "mentions": [[mention], []],
        },
        geometry=[shapely.Point(ISLAMABAD), shapely.Point(69.3, 30)],
        crs="EPSG:4326",
    )


def _no_constants(name: str) -> None:
    raise AssertionError(f"JSON contains {name}")


def test_events_validate_strictly_against_the_design_schema(tmp_path: Path) -> None:
    path = write_geojson(_events(), tmp_path / "events.geojson", EVENT_COLUMNS)
    text = path.read_text(encoding="utf-8")
    fc = EventsFC.model_validate_json(text)
    assert [f.properties.id for f in fc.features] == ["ev-1", "ev-2", "ev-3"]
    raw = json.loads(text)
    assert set(raw) == {"type", "features"}  # no crs, no name
    assert all(list(f["properties"]) == EVENT_COLUMNS for f in raw["features"])


def test_places_validate_strictly_against_the_design_schema(tmp_path: Path) -> None:
    path = write_geojson(_places(), tmp_path / "places.geojson", PLACE_COLUMNS)
    fc = PlacesFC.model_validate_json(path.read_text(encoding="utf-8"))
    assert fc.features[0].properties.mentions[0].metonym is True


def test_lon_lat_order_is_not_swapped() -> None:
    fc = to_feature_collection(_events(), EVENT_COLUMNS)
    assert fc["features"][0]["geometry"]["coordinates"] == [73.04, 33.72]


def test_nan_becomes_null_and_upcast_ints_stay_ints() -> None:
    text = dumps(to_feature_collection(_events(), EVENT_COLUMNS))
    props = [f["properties"] for f in json.loads(text, parse_constant=_no_constants)["features"]]
    assert props[2]["killed"] is None and props[2]["border_distance_km"] is None
    assert props[1]["killed"] == 2 and isinstance(props[1]["killed"], int)
    assert props[1]["border_distance_km"] == 45.25
    assert "NaN" not in text and "Infinity" not in text


def test_numpy_values_become_python() -> None:
    frame = gpd.GeoDataFrame(
        {
            "i": [np.int64(3)],
            "f": [np.float32(0.5)],
            "b": [np.bool_(True)],
            "a": [np.array([1, 2])],
            "inf": [np.inf],
        },
        geometry=[shapely.Point(0, 0)],
        crs=4326,
    )
    props = to_feature_collection(frame, ["b", "i", "f", "a", "inf"])["features"][0]["properties"]
    assert props == {"b": True, "i": 3, "f": 0.5, "a": [1, 2], "inf": None}
    assert list(props) == ["b", "i", "f", "a", "inf"]
    assert [type(v) for v in props.values()] == [bool, int, float, list, type(None)]


def test_missing_column_is_named() -> None:
    with pytest.raises(ValueError, match="nope"):
        to_feature_collection(_events(), ["id", "nope"])


def test_round_trip_through_geopandas(tmp_path: Path) -> None:
    events = _events()
    path = write_geojson(events, tmp_path / "events.geojson", EVENT_COLUMNS)
    back = gpd.read_file(path)
    assert back.crs.to_epsg() == 4326
    assert back["id"].tolist() == events["id"].tolist()
    assert (back.geometry.x.tolist(), back.geometry.y.tolist()) == (
        events.geometry.x.tolist(),
        events.geometry.y.tolist(),
    )
    assert back.loc[1, "killed"] == 2
    assert back.loc[0, "location"] == "Islamabad"


def test_polygons_are_counter_clockwise_and_rounded() -> None:
    shell = [(0, 0), (0, 1.123456789), (1, 1), (1, 0), (0, 0)]  # clockwise
    hole = [(0.2, 0.2), (0.8, 0.2), (0.8, 0.8), (0.2, 0.8), (0.2, 0.2)]  # counter-clockwise
    frame = gpd.GeoDataFrame(
        {"id": ["a", "b"]},
        geometry=[Polygon(shell, [hole]), LineString([(0.1234567, -0.0000001), (1, 1)])],
        crs=4326,
    )
    features = to_feature_collection(frame, ["id"])["features"]
    rings = features[0]["geometry"]["coordinates"]
    assert shapely.LinearRing(rings[0]).is_ccw
    assert not shapely.LinearRing(rings[1]).is_ccw
    assert [0.0, 1.12346] in rings[0]
    line = features[1]["geometry"]["coordinates"]
    assert line[0] == [0.12346, 0.0]
    assert math.copysign(1.0, line[0][1]) == 1.0  # no "-0.0" in the output


def test_points_keep_six_decimals() -> None:
    frame = gpd.GeoDataFrame(geometry=[shapely.Point(73.123456789, -33.987654321)], crs=4326)
    coords = to_feature_collection(frame, [])["features"][0]["geometry"]["coordinates"]
    assert coords == [73.123457, -33.987654]


def test_other_crs_is_reprojected_to_wgs84() -> None:
    frame = gpd.GeoDataFrame(geometry=[shapely.Point(ISLAMABAD)], crs=4326).to_crs(3857)
    coords = to_feature_collection(frame, [])["features"][0]["geometry"]["coordinates"]
    assert coords == pytest.approx([73.04, 33.72], abs=1e-6)


def test_reruns_are_byte_identical(tmp_path: Path) -> None:
    first = write_geojson(_events(), tmp_path / "a.geojson", EVENT_COLUMNS).read_bytes()
    second = write_geojson(_events(), tmp_path / "b.geojson", EVENT_COLUMNS).read_bytes()
    assert first == second
    assert first.endswith(b"]}\n") and "Ünïcode «news»".encode() in first


def test_empty_frame_is_a_valid_collection() -> None:
    frame = gpd.GeoDataFrame({"id": []}, geometry=[], crs=4326)
    assert json.loads(dumps(to_feature_collection(frame, ["id"]))) == {
        "type": "FeatureCollection",
        "features": [],
    }


@settings(max_examples=60, deadline=None)
@given(
    lon=st.floats(min_value=-180, max_value=180, allow_nan=False),
    lat=st.floats(min_value=-90, max_value=90, allow_nan=False),
)
def test_any_point_round_trips_within_rounding(lon: float, lat: float) -> None:
    frame = gpd.GeoDataFrame(geometry=[shapely.Point(lon, lat)], crs=4326)
    text = dumps(to_feature_collection(frame, []))
    x, y = json.loads(text)["features"][0]["geometry"]["coordinates"]
    assert abs(x - lon) <= 5e-7 and abs(y - lat) <= 5e-7


# ---------------------------------------------------------------- atomic writes


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_failed_rename_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "events.geojson"
    target.write_text("old", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(geojson.os, "replace", refuse)
    with pytest.raises(OutputError, match=r"events\.geojson"):
        write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_crash_mid_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "map.html"

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(geojson.os, "fsync", disk_full)
    with pytest.raises(OutputError, match="No space left"):
        write_text_atomic(target, "x" * 100_000)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_interrupt_mid_write_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(geojson.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(tmp_path / "out.geojson", "{}")
    assert list(tmp_path.iterdir()) == []


def test_directory_as_target_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory") as info:
        write_text_atomic(tmp_path, "{}")
    assert str(tmp_path) in str(info.value)
    assert isinstance(info.value, OSError)


def test_unwritable_folder_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match="not-a-folder"):
        write_text_atomic(blocker / "events.geojson", "{}")


def test_read_only_folder_is_an_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(geojson.tempfile, "mkstemp", read_only)
    with pytest.raises(OutputError, match=r"cannot write .*events\.geojson: Permission denied"):
        write_text_atomic(tmp_path / "events.geojson", "{}")


def test_write_creates_the_folder_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "new" / "dir" / "places.geojson"
    write_text_atomic(target, "a")
    assert target.read_text(encoding="utf-8") == "a"
    assert target.stat().st_mode & 0o777 == 0o644
    os.chmod(target, 0o600)
    write_text_atomic(target, "b")
    assert target.stat().st_mode & 0o777 == 0o600
