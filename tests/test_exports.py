"""--export csv,parquet,gpkg: the same events as events.geojson, in the field's formats."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import pytest

from geomap import cli
from geomap.codes import codes_for
from geomap.lexicon import load_lexicon
from geomap.outputs.tabular import ACLED_COLUMNS, OWN_COLUMNS
from geomap.pipeline import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds run with every export."""
    out = tmp_path_factory.mktemp("exports") / "out"
    run([SEEDS], out, export=["csv", "parquet", "gpkg"])
    return out


def _features(out: Path, name: str = "events.geojson") -> list[dict]:
    return json.loads((out / name).read_text("utf-8"))["features"]


def test_events_csv_has_the_acled_columns_then_geomaps(exported):
    table = pd.read_csv(exported / "events.csv", dtype={"cameo": str})
    assert list(table.columns) == [*ACLED_COLUMNS, *OWN_COLUMNS]
    assert list(ACLED_COLUMNS) == [
        "event_id", "event_date", "time_precision", "event_type", "sub_event_type",
        "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
        "geo_precision", "fatalities", "source", "notes",
    ]  # fmt: skip


def test_events_csv_holds_the_geojson_events(exported):
    """Row for row the events of events.geojson: ids, places, dates, codes, quotes."""
    table = pd.read_csv(exported / "events.csv", dtype=str, keep_default_na=False)
    features = _features(exported)
    assert list(table["event_id"]) == [f["properties"]["id"] for f in features]
    for (_, row), feature in zip(table.iterrows(), features, strict=True):
        props = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"]
        assert (float(row["longitude"]), float(row["latitude"])) == pytest.approx((lon, lat))
        assert row["location"] == props["location"] and row["country_code"] == props["country"]
        assert row["event_date"] == (props["date"] or "")
        precision = {"day": 1, "month": 3, "year": 3}.get(props["date_precision"], "")
        assert row["time_precision"] == str(precision)
        assert row["geo_precision"] == str(props["geo_precision"])
        assert row["cameo"] == (props["cameo"] or "") and row["plover"] == (props["plover"] or "")
        # sources are JSON (never a Python repr) and equal the GeoJSON's
        assert json.loads(row["sources"]) == props["sources"]
        assert row["notes"] == " | ".join(s["quote"] for s in props["sources"])
        assert row["event_type"] == codes_for(props["type"]).acled_type


def test_csv_fatalities_and_countries_read_as_analysts_expect(exported):
    table = pd.read_csv(exported / "events.csv")
    killed = [f["properties"]["killed"] for f in _features(exported)]
    assert [None if pd.isna(v) else int(v) for v in table["fatalities"]] == killed
    assert "Pakistan" in set(table["country"]) and "Iran" in set(table["country"])


def test_geoparquet_reads_back_in_epsg_4326_with_the_same_events(exported):
    events = gpd.read_parquet(exported / "events.parquet")
    places = gpd.read_parquet(exported / "places.parquet")
    assert events.crs.to_epsg() == 4326 and places.crs.to_epsg() == 4326
    features = _features(exported)
    assert list(events["event_id"]) == [f["properties"]["id"] for f in features]
    coords = [tuple(f["geometry"]["coordinates"]) for f in features]
    assert [(p.x, p.y) for p in events.geometry] == coords
    assert list(places["id"]) == [
        f["properties"]["id"] for f in _features(exported, "places.geojson")
    ]
    assert b"geo" in pq.read_schema(exported / "events.parquet").metadata  # GeoParquet


def test_geopackage_has_four_layers_in_epsg_4326(exported):
    layers = [name for name, _ in pyogrio.list_layers(exported / "geomap.gpkg")]
    assert layers == ["events", "places", "areas", "borders"]
    events = gpd.read_file(exported / "geomap.gpkg", layer="events")
    assert events.crs.to_epsg() == 4326
    assert list(events["event_id"]) == [f["properties"]["id"] for f in _features(exported)]
    for layer in ("places", "areas", "borders"):
        frame = gpd.read_file(exported / "geomap.gpkg", layer=layer)
        assert frame.crs.to_epsg() == 4326 and len(frame) > 0, layer


def test_exports_are_byte_identical_across_runs(exported, tmp_path):
    again = tmp_path / "again"
    run([SEEDS], again, export=["csv", "parquet", "gpkg"])
    for name in ("events.csv", "events.parquet", "places.parquet", "geomap.gpkg"):
        assert (again / name).read_bytes() == (exported / name).read_bytes(), name


def test_cli_export_writes_the_files_and_lists_them(tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["run", str(SEEDS), "-o", str(out), "--export", "csv,gpkg"]) == 0
    printed = capsys.readouterr().out
    assert f"wrote {out / 'events.csv'}" in printed and f"wrote {out / 'geomap.gpkg'}" in printed
    assert not (out / "events.parquet").exists()


def test_cli_unknown_export_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["run", str(SEEDS), "-o", str(tmp_path / "o"), "--export", "csv,xlsx"])
    assert stop.value.code == 2
    assert "csv, parquet, gpkg" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_every_event_type_has_codes():
    """A type the lexicon knows without a CAMEO code would leave blanks in the exports."""
    for name in load_lexicon().types:
        codes = codes_for(name)
        assert codes.cameo and codes.cameo.isdigit(), name
        assert codes.acled_type and codes.acled_sub_type, name


def test_a_new_type_brings_its_codes_from_a_lexicon_folder(tmp_path, monkeypatch):
    """A codes.toml in a GEOMAP_LEXICONS folder adds a type (and overrides one)."""
    (tmp_path / "codes.toml").write_text(
        '[codes.blockade]\ncameo = "1953"\nplover = "COERCE"\n'
        'acled = ["Strategic developments", "Other"]\n'
        '[codes.visit]\ncameo = "043"\nplover = "CONSULT"\n'
        'acled = ["Strategic developments", "Other"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("GEOMAP_LEXICONS", str(tmp_path))
    assert codes_for("blockade").plover == "COERCE"
    assert codes_for("visit").cameo == "043"
    assert codes_for("airstrike").cameo == "195"  # the package's table still applies
