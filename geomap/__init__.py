"""geomap: news articles about border incidents -> places, events and offline maps.

The table of contents, in the order of the data flow::

    read_articles      files -> Article                      (geomap.articles)
    geoparse           Article -> Mention -> Place           (geomap.mentions, geomap.resolution)
    extract_events     Article + Mentions -> Event           (geomap.events)
    frames             Events, Places -> GeoDataFrames       (geomap.frames)
    build_map          GeoDataFrames -> folium.Map           (geomap.maps)
    write_geojson      GeoDataFrames -> RFC 7946 files       (geomap.geojson)

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
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geomap' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
