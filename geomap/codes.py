"""Event type -> CAMEO code, PLOVER type and ACLED (sub-)event type.

Why data and not code: the mapping is a table other projects publish and revise, and
a new event type must be a change to data files only. ``lexicons/codes.toml`` holds
it with its sources; a ``codes.toml`` in a folder named in ``GEOMAP_LEXICONS``
overrides it type by type (the same folders ``geomap.lexicon`` reads).
"""

from __future__ import annotations

import functools
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .lexicon import LEXICON_DIR

__all__ = ["EventCodes", "codes_for"]


@dataclass(frozen=True)
class EventCodes:
    """The codes of one event type; None where the scheme has none for it."""

    cameo: str | None = None
    plover: str | None = None
    acled_type: str | None = None
    acled_sub_type: str | None = None


def codes_for(event_type: str) -> EventCodes:
    """The codes of ``event_type`` (empty codes for a type the table lacks)."""
    return _table(os.environ.get("GEOMAP_LEXICONS", "")).get(event_type, EventCodes())


@functools.cache
def _table(extra_folders: str) -> dict[str, EventCodes]:
    """The package's table, then each extra folder's, later entries winning."""
    folders = [LEXICON_DIR, *(Path(p) for p in extra_folders.split(os.pathsep) if p)]
    table: dict[str, EventCodes] = {}
    for folder in folders:
        path = folder / "codes.toml"
        if not path.is_file():
            continue
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"{path}: not a readable TOML code table ({exc})") from None
        for name, entry in data.get("codes", {}).items():
            table[name] = _entry(path, name, entry)
    return table


def _entry(path: Path, name: str, entry: object) -> EventCodes:
    """One ``[codes."<type>"]`` table, checked."""
    if not isinstance(entry, dict):
        raise InputError(f"{path}: codes.{name} is not a table")
    acled = entry.get("acled", [None, None])
    if not (isinstance(acled, list) and len(acled) == 2):
        raise InputError(f"{path}: codes.{name}.acled must be [event type, sub-event type]")
    values = (entry.get("cameo"), entry.get("plover"), *acled)
    if not all(v is None or isinstance(v, str) for v in values):
        raise InputError(f"{path}: codes.{name}: codes must be strings")
    return EventCodes(*values)
