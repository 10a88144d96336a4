"""The one module that knows the order of the stages: files -> outputs.

``run`` reads articles, geoparses them, extracts and merges events, builds the
GeoDataFrames and the map, and writes ``events.geojson``, ``places.geojson`` and
``map.html`` atomically. Every other module takes one stage's records and returns
the next's, so each can be used and tested alone.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import folium

from .articles import read_articles
from .errors import InputError, OutputError
from .events import extract_events, merge_events
from .frames import EVENT_COLUMNS, PLACE_COLUMNS, Frames, basemap_frame, build_frames
from .gazetteer import Gazetteer, default_gazetteer
from .geojson import dumps, to_feature_collection, write_texts_atomic
from .maps import build_map, render_html
from .mentions import find_spans
from .models import Article, Event, Mention
from .resolution import Resolver

__all__ = ["RunResult", "run"]


@dataclass(frozen=True)
class RunResult:
    """What a run read, found and wrote; the API returns it, the CLI summarises it."""

    articles: tuple[Article, ...]
    mentions: dict[str, list[Mention]]
    events: tuple[Event, ...]
    frames: Frames
    map: folium.Map
    outputs: tuple[Path, ...]

    def _repr_html_(self) -> str:  # shows the map in Jupyter, offline like map.html
        from .report import map_iframe

        return map_iframe(self.map, height="520px")

    @property
    def unresolved(self) -> list[Mention]:
        return [m for ms in self.mentions.values() for m in ms if m.place is None]

    def summary(self) -> str:
        families = Counter(e.family for e in self.events)
        places = len(self.frames.places)
        lines = [
            f"articles: {len(self.articles)}",
            f"places:   {places} distinct, {sum(len(v) for v in self.mentions.values())} mentions",
            f"events:   {len(self.events)} ({families.get('strike', 0)} strikes, "
            f"{families.get('diplomatic', 0)} diplomatic actions)",
            f"unresolved mentions: {len(self.unresolved)}"
            + (
                ": " + ", ".join(sorted({m.text for m in self.unresolved})[:8])
                if self.unresolved
                else ""
            ),
        ]
        lines += [f"wrote {p}" for p in self.outputs]
        return "\n".join(lines)


def _year_hint(articles: Sequence[Article]) -> int | None:
    """The most common publication year in the run, for articles that carry none."""
    years = Counter(a.published.year for a in articles if a.published)
    return years.most_common(1)[0][0] if years else None


def run(
    inputs: Iterable[str | os.PathLike[str]],
    outdir: str | os.PathLike[str] | None = "outputs",
    *,
    tiles: bool = False,
    gazetteer: Gazetteer | None = None,
    on_warning: Callable[[str], None] | None = None,
    progress: bool = False,
    report: bool = False,
) -> RunResult:
    """Run the whole pipeline; write outputs to ``outdir`` unless it is None
    (with ``report``, also ``report.html``: see ``geomap.report``)."""
    g = gazetteer or default_gazetteer()
    inputs = list(inputs)
    articles = read_articles(inputs, on_warning=on_warning)
    if not articles:  # every file was empty or skipped: keep the previous outputs
        named = ", ".join(str(p) for p in inputs[:3]) + (" ..." if len(inputs) > 3 else "")
        raise InputError(f"{named}: no article to map (every file was empty or skipped)")
    target = Path(outdir) if outdir is not None else None
    if target is not None:
        _check_outdir(target)
    resolver = Resolver(g)
    hint = _year_hint(articles)
    mentions: dict[str, list[Mention]] = {}
    events: list[Event] = []
    show = progress and len(articles) >= 50 and sys.stderr.isatty()
    for n, article in enumerate(articles, 1):
        found = resolver.resolve(article, find_spans(article, g))
        mentions[article.id] = found
        events.extend(extract_events(article, found, year_hint=hint, gazetteer=g))
        if show and (n % 25 == 0 or n == len(articles)):
            _progress(n, len(articles))
    if show:
        print(file=sys.stderr)
    merged = tuple(merge_events(events))
    frames = build_frames(merged, mentions, g)
    title = "geomap: strikes and diplomatic actions"
    fmap = build_map(
        frames.events,
        frames.places,
        frames.areas,
        frames.borders,
        basemap_frame(g),
        arrows=frames.arrows,
        tiles=tiles,
        title=title,
    )
    result = RunResult(tuple(articles), mentions, merged, frames, fmap, ())
    if target is None:
        return result
    # every output is made in memory first and written as one set, so an interrupted or
    # failed run leaves the previous run's files, never a mix of old and new
    texts = {
        target / "events.geojson": dumps(to_feature_collection(frames.events, EVENT_COLUMNS)),
        target / "places.geojson": dumps(to_feature_collection(frames.places, PLACE_COLUMNS)),
        target / "map.html": render_html(fmap),
    }
    if report:
        from . import report as reports

        texts[target / reports.REPORT_NAME] = reports.build_report(result).html
    return replace(result, outputs=tuple(write_texts_atomic(texts)))


def _progress(done: int, total: int, width: int = 30) -> None:
    """A one-line progress bar on stderr (only shown on a terminal)."""
    filled = width * done // total
    bar = "#" * filled + "." * (width - filled)
    print(f"\r  [{bar}] {done}/{total} articles", end="", file=sys.stderr, flush=True)


def _check_outdir(target: Path) -> None:
    """Fail before any work when the output folder cannot be written."""
    if target.exists() and not target.is_dir():
        raise OutputError(f"{target}: output path exists and is not a folder")
    parent = target if target.exists() else target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(f"{target}: {parent} is a file, not a folder")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{target}: output folder is not writable")
