"""The look of the outputs, defined once, and the front-end files that use it.

``geomap/outputs/assets/`` holds the map page's and the report's JavaScript, CSS and
page template as real files (linted apart, inlined into each page so pages stay
offline), and ``theme.toml``: colours per event type, mark sizes and the legend's
wording, read here for Python and matplotlib and handed to the page as
``geomap.theme``.

A new event type is a data change: its colour comes from the theme, else from a
``colour`` key in its ``[types."<label>"]`` table of any ``triggers.toml`` the
lexicon reads (bundled, or in a folder of ``GEOMAP_LEXICONS``), else it takes its
family's ``other`` colour. A ``theme.toml`` in a ``GEOMAP_LEXICONS`` folder overrides
the bundled theme key by key.
"""

from __future__ import annotations

import copy
import math
import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError
from .lexicon import LEXICON_DIR

__all__ = ["asset_text", "load_theme", "radius", "type_colour"]

_ASSETS = ("outputs", "assets")


def asset_text(name: str) -> str:
    """The text of a front-end file in ``geomap/outputs/assets/``."""
    return _asset_text(name)


@cache
def _asset_text(name: str) -> str:
    return resources.files("geomap").joinpath(*_ASSETS, name).read_text(encoding="utf-8")


def load_theme() -> dict[str, Any]:
    """The theme (a fresh copy): the bundled ``theme.toml``, extended by the
    ``theme.toml`` and type colours of the folders in ``GEOMAP_LEXICONS``."""
    return copy.deepcopy(_theme(os.environ.get("GEOMAP_LEXICONS", "")))


@cache
def _theme(folders_env: str) -> dict[str, Any]:
    theme = tomllib.loads(asset_text("theme.toml"))
    folders = [Path(p) for p in folders_env.split(os.pathsep) if p]
    for folder in folders:
        _merge(theme, _read(folder / "theme.toml"))
    for folder in [LEXICON_DIR, *folders]:
        for name, spec in _read(folder / "triggers.toml").get("types", {}).items():
            family = spec.get("family") if isinstance(spec, dict) else None
            colour = spec.get("colour") if isinstance(spec, dict) else None
            if colour and family in theme["families"]:
                theme["families"][family].setdefault("types", {})[name] = str(colour)
    return theme


def type_colour(family: str, event_type: str | None, theme: dict[str, Any] | None = None) -> str:
    """The colour of an event type; its family's ``other`` colour when it has none."""
    fam = (theme or _theme(os.environ.get("GEOMAP_LEXICONS", "")))["families"].get(family)
    if fam is None:
        raise ValueError(f"unknown event family {family!r}; expected strike or diplomatic")
    return str(fam.get("types", {}).get(event_type or "", fam["other"]))


def radius(killed: int | None, theme: dict[str, Any] | None = None) -> float:
    """Mark radius in pixels from the number killed (as ``geomap.radius`` in the page)."""
    marks = (theme or _theme(os.environ.get("GEOMAP_LEXICONS", "")))["marks"]
    r = marks["base"] + marks["per_sqrt_killed"] * math.sqrt(max(killed or 0, 0))
    return float(min(r, marks["max"]))


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: not a readable TOML file ({exc})") from None


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
