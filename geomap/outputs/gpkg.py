"""geomap.gpkg: one GeoPackage with the layers events, places, areas and borders
(written by pyogrio, geopandas' GDAL engine), for QGIS and other GIS tools."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd

from .records import RunRecords
from .registry import OutputOptions, Writer
from .tabular import event_table, place_table


def write(records: RunRecords, folder: Path, options: OutputOptions) -> None:
    target = folder / "geomap.gpkg"
    layers = {
        "events": event_table(records),
        "places": place_table(records),
        "areas": records.frames.areas,
        "borders": records.frames.borders,
    }
    for name, frame in layers.items():
        _layer(frame).to_file(target, layer=name, driver="GPKG", engine="pyogrio")


def _layer(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The frame as GDAL can store it: nullable booleans as 0/1/null integers."""
    frame = frame.copy()
    for column in frame.columns:
        if str(frame[column].dtype) == "boolean":
            frame[column] = frame[column].astype("Int8")
    return frame


WRITER = Writer(
    "gpkg", ("geomap.gpkg",), write, "a GeoPackage: events, places, areas, borders layers"
)
