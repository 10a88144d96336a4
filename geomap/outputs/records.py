"""What every writer takes: the records and frames of one run, never the pipeline.

``RunRecords`` is the run's data (articles, mentions, merged events, frames and the
map) without anything about where it was written, so writers and the report can
take it without importing ``geomap.pipeline`` (which imports them).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import folium

from ..frames import Frames
from ..models import Article, Event, Mention

__all__ = ["RunRecords"]


@dataclass(frozen=True)
class RunRecords:
    """The records and frames of one run, as the writers and the report read them."""

    articles: tuple[Article, ...]
    mentions: dict[str, list[Mention]]
    events: tuple[Event, ...]
    frames: Frames
    map: folium.Map

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
