"""What every writer takes: the records and frames of one run, never the pipeline.

``RunRecords`` is the run's data (articles, mentions, merged events, frames and the
map) without anything about where it was written, so writers and the report can
take it without importing ``geomap.pipeline`` (which imports them).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import folium

from ..frames import Frames
from ..models import Article, Event, Mention

if TYPE_CHECKING:
    import geopandas as gpd

    from ..report import Report

__all__ = ["RunRecords"]


@dataclass(frozen=True)
class RunRecords:
    """The records and frames of one run, as the writers and the report read them."""

    articles: tuple[Article, ...]
    mentions: dict[str, list[Mention]]
    events: tuple[Event, ...]
    frames: Frames
    map: folium.Map

    # What several writers derive from the same records, made once per run: the map
    # page (map.html, the report's frame, the picture), the report (its page and its
    # fragment) and the export tables (csv, parquet, gpkg).

    @cached_property
    def map_html(self) -> str:
        """The map's offline page, rendered once."""
        from .html import page

        return page(self)

    @cached_property
    def _reports(self) -> dict[str | None, Report]:
        return {}

    def report(self, title: str | None = None) -> Report:
        """The report of these records under ``title``, built once."""
        if title not in self._reports:
            from ..report import build_report

            self._reports[title] = build_report(self, title=title)  # type: ignore[arg-type]
        return self._reports[title]

    @cached_property
    def event_table(self) -> gpd.GeoDataFrame:
        """The events as the exports write them (``geomap.outputs.tabular``)."""
        from .tabular import event_table

        return event_table(self)

    @cached_property
    def place_table(self) -> gpd.GeoDataFrame:
        """The places as the exports write them."""
        from .tabular import place_table

        return place_table(self)

    @property
    def unresolved(self) -> list[Mention]:
        return [m for ms in self.mentions.values() for m in ms if m.place is None]

    def fingerprint(self, extra: str = "") -> str:
        """A digest of what the run found (its articles and events, and ``extra``, e.g.
        the filters): two runs with the same fingerprint wrote the same data, so their
        files may share a folder."""
        digest = hashlib.sha256(extra.encode("utf-8", "surrogatepass"))
        for article in self.articles:
            digest.update(f"\0{article.id}\0{article.text}".encode("utf-8", "surrogatepass"))
        for event in self.events:
            digest.update(repr(event).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:32]
