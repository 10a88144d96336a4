"""map.png: the offline map photographed by headless Chromium, or drawn by matplotlib
(``static``). Both live in ``geomap.snapshot``; this module only names the file."""

from __future__ import annotations

from pathlib import Path

from .. import snapshot
from .records import RunRecords
from .registry import OutputOptions, Writer


def write(records: RunRecords, folder: Path, options: OutputOptions) -> None:
    target = folder / snapshot.SNAPSHOT_NAME
    if options.static:
        snapshot.static_snapshot(records, target, width=options.width, height=options.height)
    else:
        snapshot.snapshot(
            records,
            target,
            width=options.width,
            height=options.height,
            scale=options.scale,
            controls=options.controls,
        )


WRITER = Writer("png", (snapshot.SNAPSHOT_NAME,), write, "a picture of the map")
