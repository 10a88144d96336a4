"""events.geojson and places.geojson (RFC 7946; see ``geomap.geojson`` for the bytes)."""

from __future__ import annotations

from pathlib import Path

from .atomic import write_texts_atomic
from .records import RunRecords
from .registry import OutputOptions, Writer


def write(records: RunRecords, folder: Path, options: OutputOptions) -> None:
    """Both collections, each made piece by piece as it is written."""
    from .. import geojson  # the frames' libraries load when the files are written
    from ..frames import EVENT_COLUMNS, PLACE_COLUMNS

    frames = records.frames
    write_texts_atomic(
        {
            folder / "events.geojson": geojson.geojson_text(frames.events, EVENT_COLUMNS),
            folder / "places.geojson": geojson.geojson_text(frames.places, PLACE_COLUMNS),
        }
    )


WRITER = Writer(
    "geojson", ("events.geojson", "places.geojson"), write, "events and places as RFC 7946 GeoJSON"
)
