"""geomap.gpkg: one GeoPackage with the layers events, places, areas and borders
(written by pyogrio, geopandas' GDAL engine), for QGIS and other GIS tools.

GDAL stamps each layer with the time it was written (``gpkg_contents.last_change``),
which would make every run's file differ; the stamp is set to the newest event's day
instead (``OGR_CURRENT_DATE``), so the same run gives the same bytes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .records import RunRecords
from .registry import OutputOptions, Writer

if TYPE_CHECKING:
    import geopandas as gpd


def write(records: RunRecords, folder: Path, options: OutputOptions) -> None:
    import pyogrio

    target = folder / "geomap.gpkg"
    layers = {
        "events": records.event_table,
        "places": records.place_table,
        "areas": records.frames.areas,
        "borders": records.frames.borders,
    }
    before = pyogrio.get_gdal_config_option(_STAMP)
    pyogrio.set_gdal_config_options({_STAMP: _stamp(records)})
    try:
        for name, frame in layers.items():
            _layer(frame).to_file(target, layer=name, driver="GPKG", engine="pyogrio")
    finally:
        pyogrio.set_gdal_config_options({_STAMP: before})


_STAMP = "OGR_CURRENT_DATE"


def _stamp(records: RunRecords) -> str:
    """The newest event's day as GDAL's timestamp (the epoch when none is dated)."""
    days = [e.date for e in records.events if e.date is not None]
    day = max(days).isoformat() if days else "1970-01-01"
    return f"{day}T00:00:00.000Z"


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
