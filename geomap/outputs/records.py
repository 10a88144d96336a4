"""What every writer takes: the records and frames of one run, never the pipeline.

``RunRecords`` is the run's data (articles, mentions, merged events, frames and the
map) without anything about where it was written, so writers and the report can
take it without importing ``geomap.pipeline`` (which imports them).

It holds what the outputs need and no more, so a run's memory does not grow with
its articles' texts: each article as an ``ArticleInfo`` (no text), the mentions as a
compact ``MentionTable``, and the articles' texts only as a running digest for the
fingerprint.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..compact import MentionTable
from ..models import ArticleInfo, Event, Mention

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

    from ..frames import Frames
    from ..report import Report

__all__ = ["RunRecords", "add_article", "reading_digest"]


@dataclass(frozen=True)
class RunRecords:
    """The records and frames of one run, as the writers and the report read them."""

    articles: tuple[ArticleInfo, ...]
    mentions: MentionTable
    events: tuple[Event, ...]
    frames: Frames
    map: folium.Map
    #: sha256 of what the run read, made while reading (see ``reading_digest``)
    read: Any = None

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
        return self.mentions.unresolved

    def fingerprint(self) -> str:
        """A digest of what the run found (what it read, see ``reading_digest``, and its
        events): two runs with the same fingerprint wrote the same data, so their files
        may share a folder."""
        digest = self.read.copy() if self.read is not None else reading_digest()
        for event in self.events:
            digest.update(repr(event).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:32]


def reading_digest(extra: str = "") -> Any:
    """The running digest of a run's reading: ``extra`` (the filters, described)
    first, then ``add_article`` for each article read, in order."""
    return hashlib.sha256(extra.encode("utf-8", "surrogatepass"))


def add_article(digest: Any, article_id: str, text: str) -> None:
    """Add one article to a ``reading_digest`` (its text is not kept)."""
    digest.update(f"\0{article_id}\0{text}".encode("utf-8", "surrogatepass"))
