"""events.parquet and places.parquet: GeoParquet (EPSG:4326) via geopandas and pyarrow."""

from __future__ import annotations

from pathlib import Path

from ..errors import OutputError
from .records import RunRecords
from .registry import OutputOptions, Writer


def write(records: RunRecords, folder: Path, options: OutputOptions) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise OutputError("the parquet export needs pyarrow: pip install pyarrow") from None
    records.event_table.to_parquet(folder / "events.parquet", index=False)
    records.place_table.to_parquet(folder / "places.parquet", index=False)


WRITER = Writer(
    "parquet", ("events.parquet", "places.parquet"), write, "events and places as GeoParquet"
)
