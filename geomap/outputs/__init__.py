"""geomap's outputs: one module per format, each a ``Writer`` of the run's records.

::

    geojson    events.geojson, places.geojson      (RFC 7946)
    map        map.html                            (offline Leaflet page)
    report     report.html; fragment: fragment.html
    png        map.png                             (Chromium, or matplotlib)
    csv        events.csv                          (ACLED-style columns first)
    parquet    events.parquet, places.parquet      (GeoParquet)
    gpkg       geomap.gpkg                         (events, places, areas, borders)

``write_set`` writes the writers asked for as one set: staged, recorded in a manifest
and switched in as a transaction under the folder's lock (``transaction``).
Names are imported on first use so that ``geomap.geojson`` can use the atomic writer
without loading every format.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "write_atomic": "geomap.outputs.atomic",
    "write_texts_atomic": "geomap.outputs.atomic",
    "RunRecords": "geomap.outputs.records",
    "EXPORTS": "geomap.outputs.registry",
    "WRITERS": "geomap.outputs.registry",
    "OutputOptions": "geomap.outputs.registry",
    "Writer": "geomap.outputs.registry",
    "write_set": "geomap.outputs.registry",
    "MANIFEST_NAME": "geomap.outputs.manifest",
    "read_manifest": "geomap.outputs.manifest",
    "locked": "geomap.outputs.transaction",
    "recover": "geomap.outputs.transaction",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geomap.outputs' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
