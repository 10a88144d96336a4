"""map.html: the offline Leaflet page of the run's map (drawn by ``geomap.maps``)."""

from __future__ import annotations

from pathlib import Path

from .atomic import write_atomic
from .records import RunRecords
from .registry import OutputOptions, Writer


def page(records: RunRecords) -> str:
    """The map's page; ``RunRecords.map_html`` keeps it for the report and the picture."""
    from ..maps import render_html  # the map's libraries load when it is drawn

    return render_html(records.map)


def write(records: RunRecords, folder: Path, options: OutputOptions) -> None:
    write_atomic(folder / "map.html", records.map_html)


WRITER = Writer("map", ("map.html",), write, "the interactive offline map")
