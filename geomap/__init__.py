"""geomap: news articles about border incidents -> places, events and offline maps.

The table of contents, in the order of the data flow::

    read_articles      files -> Article                      (geomap.inputs, geomap.articles)
    geoparse           Article -> Mention -> Place           (geomap.mentions, geomap.resolution)
    extract_events     Article + Mentions -> Event           (geomap.events, geomap.dates)
    merge_events       Events of a run -> one per happening  (geomap.events)
    build_frames       Events, Mentions -> GeoDataFrames     (geomap.frames, geomap.borders)
    build_map          GeoDataFrames -> folium.Map           (geomap.maps)
    write_geojson      GeoDataFrames -> RFC 7946 files       (geomap.geojson)
    build_report       a run -> report page and fragment     (geomap.report)
    EventFilter        keep some events: dates, countries    (geomap.filters)
    write_set          records -> one output set, atomically (geomap.outputs)
    run                all of it, files in, outputs out      (geomap.pipeline)
    open_store         an event store runs add articles to   (geomap.store)
    draw_store         a store -> the outputs of one run     (geomap.pipeline)

and the bundled gazetteer (``lookup``, ``Gazetteer``, ``OfflineGeocoder``).
Names are imported on first use, so ``import geomap`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "geomap.models",
    "Candidate": "geomap.models",
    "Event": "geomap.models",
    "Mention": "geomap.models",
    "Place": "geomap.models",
    "Source": "geomap.models",
    "GeomapError": "geomap.errors",
    "InputError": "geomap.errors",
    "GazetteerError": "geomap.errors",
    "OutputError": "geomap.errors",
    "Gazetteer": "geomap.gazetteer",
    "OfflineGeocoder": "geomap.gazetteer",
    "lookup": "geomap.gazetteer",
    "read_articles": "geomap.articles",
    "geoparse": "geomap.resolution",
    "extract_events": "geomap.events",
    "merge_events": "geomap.events",
    "build_frames": "geomap.frames",
    "build_map": "geomap.maps",
    "write_geojson": "geomap.geojson",
    "build_report": "geomap.report",
    "EventFilter": "geomap.filters",
    "write_set": "geomap.outputs.registry",
    "run": "geomap.pipeline",
    "draw_store": "geomap.pipeline",
    "open_store": "geomap.store",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geomap' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
