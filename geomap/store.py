"""The event store: one GeoPackage that runs add their articles to, day after day.

Why it works the way it does:

* **One file that GIS tools open.** A GeoPackage is SQLite under an OGC standard, so
  QGIS shows the merged ``events`` (points, the columns of events.geojson) and the
  ``places`` the stored articles name (points) as layers; ``articles``, ``reports``
  (each article's own, unmerged events) and ``mentions`` are attribute tables.
  GDAL (pyogrio) lays the file out once; every add after that is plain SQLite.
* **An add is one transaction.** New articles, their mentions and reports and the
  re-merged events are committed together or not at all, so an interrupted or failed
  add leaves the store as it was. An article whose text (sha256) is stored already
  is not added again: adding it changes nothing, not even the file's bytes.
* **Only what the new reports can touch is merged again.** ``merge_events`` only
  ever merges events of one family between the same two parties (either way round),
  and merges each such group on its own. The store keeps every report's group
  (``merge_group``); an add merges again the groups its reports fall in, all stored
  reports of a group in the order they were added, which gives exactly what
  ``merge_events`` over every stored report gives, and the same ids: a store built
  in two adds holds the same events as one built from the same articles in one add.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .borders import border_facts
from .codes import codes_for
from .compact import MentionTable
from .errors import GeomapError
from .events import merge_events
from .gazetteer import Gazetteer, default_gazetteer
from .models import Article, ArticleInfo, Candidate, Event, Mention, Place, Source

__all__ = ["Added", "Store", "StoreError", "Stored", "merge_group", "open_store"]


class StoreError(GeomapError, OSError):
    """An event store that cannot be opened, read or written; the message names it."""


# ------------------------------------------------------------------------- the tables

#: (table, kind, {column: type}); "features" tables have a point ``geom`` column.
#: Types: text, int, real, bool (GeoPackage stores booleans as 0/1 integers).
TABLES: tuple[tuple[str, str, dict[str, str]], ...] = (
    (
        "articles",
        "attributes",
        {
            "id": "text", "sha256": "text", "title": "text", "published": "text",
            "published_source": "text", "url": "text", "path": "text", "batch": "int",
        },
    ),
    (
        "reports",
        "attributes",
        {
            "event_id": "text", "article": "text", "merge_group": "text", "family": "text",
            "type": "text", "actor": "text", "target": "text", "place_id": "text",
            "date": "text", "date_precision": "text", "killed": "int", "confidence": "real",
            "alleged": "bool", "background": "bool", "reported_by": "text", "sources": "text",
        },
    ),
    (
        "mentions",
        "attributes",
        {
            "article": "text", "start": "int", "end": "int", "text": "text",
            "place_id": "text", "metonym": "bool", "demonym": "bool", "reason": "text",
            "candidates": "text",
        },
    ),
    (
        "events",
        "features",
        {
            "id": "text", "family": "text", "type": "text", "date": "text",
            "date_precision": "text", "actor": "text", "target": "text", "location": "text",
            "place_id": "text", "place_kind": "text", "country": "text", "geo_precision": "int",
            "killed": "int", "crossed_border": "bool", "border_distance_km": "real",
            "confidence": "real", "sources": "text", "alleged": "bool", "background": "bool",
            "reported_by": "text", "cameo": "text", "plover": "text", "merge_group": "text",
        },
    ),
    (
        "places",
        "features",
        {
            "id": "text", "name": "text", "kind": "text", "country": "text", "admin1": "text",
            "population": "int", "has_shape": "bool",
        },
    ),
)  # fmt: skip
_COLUMNS = {name: list(columns) for name, _, columns in TABLES}
_INDEXES = (
    "CREATE UNIQUE INDEX articles_id ON articles(id)",
    "CREATE UNIQUE INDEX articles_sha256 ON articles(sha256)",
    "CREATE INDEX reports_group ON reports(merge_group, fid)",
    "CREATE INDEX reports_article ON reports(article)",
    "CREATE INDEX mentions_article ON mentions(article)",
    "CREATE INDEX events_group ON events(merge_group)",
    "CREATE UNIQUE INDEX places_id ON places(id)",
)
_DESCRIPTION = {
    "articles": "geomap: the stored articles, in the order they were added",
    "reports": "geomap: each article's own events, before merging across articles",
    "mentions": "geomap: the place names each article mentions",
    "events": "geomap: the events of all stored articles, merged (as events.geojson)",
    "places": "geomap: the gazetteer places the stored articles and events refer to",
}


@dataclass(frozen=True)
class Added:
    """What one add did, and the merged events that the articles given report."""

    added: int
    #: articles given whose text the store held already (nothing changed for them)
    already: int
    #: ids given that the store holds for another text (left out, the stored one kept)
    conflicts: tuple[str, ...]
    #: how many merge groups were merged again
    regrouped: int
    events: tuple[Event, ...]
    total_articles: int
    total_events: int

    def summary(self) -> str:
        return (
            f"store:    {self.added} articles added, {self.already} already stored; "
            f"now {self.total_articles} articles, {self.total_events} events"
        )


@dataclass(frozen=True)
class Stored:
    """Everything a store holds, as the records of one run over all its articles
    (articles carry their metadata, not their text)."""

    articles: tuple[ArticleInfo, ...]
    mentions: MentionTable
    events: tuple[Event, ...]


def merge_group(event: Event) -> str:
    """The events ``event`` may merge with: its family and its two parties in either
    order, the groups ``merge_events`` merges one by one."""
    parties = sorted({event.actor or "", event.target or ""})
    return "|".join([event.family, *parties])


# ----------------------------------------------------------------------------- opening


def open_store(path: str | os.PathLike[str], *, create: bool = True) -> Store:
    """The store at ``path``, made empty first when it does not exist and ``create``."""
    target = Path(path)
    if target.is_dir():
        raise StoreError(f"{target}: is a folder; an event store is one .gpkg file")
    if not target.exists():
        if not create:
            raise StoreError(f"{target}: no such event store")
        folder = target.parent
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            raise StoreError(f"{target}: cannot create the event store (folder not writable)")
        _create(target)
    elif create and not os.access(target, os.W_OK):
        raise StoreError(f"{target}: the event store is not writable")
    elif not os.access(target, os.R_OK):
        raise StoreError(f"{target}: the event store is not readable")
    try:
        con = sqlite3.connect(target, timeout=60, isolation_level=None)
        _check(con, target)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target}: not a GeoPackage ({exc})") from None
    for name, fn in (("ST_IsEmpty", _is_empty), ("ST_MinX", _x), ("ST_MaxX", _x)):
        con.create_function(name, 1, fn, deterministic=True)
    for name in ("ST_MinY", "ST_MaxY"):
        con.create_function(name, 1, _y, deterministic=True)
    return Store(target, con)


def _check(con: sqlite3.Connection, target: Path) -> None:
    """Refuse a file that is no GeoPackage, or a GeoPackage without the store's tables."""
    (app,) = con.execute("PRAGMA application_id").fetchone()
    if app != _GPKG_APPLICATION_ID:
        raise StoreError(f"{target}: not a GeoPackage")
    have = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    missing = [name for name in _COLUMNS if name not in have]
    if missing:
        raise StoreError(
            f"{target}: a GeoPackage but not a geomap event store (no {', '.join(missing)})"
        )


_GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"


def _create(target: Path) -> None:
    """Lay out an empty store with GDAL (the GeoPackage tables, the spatial index),
    beside the target first so that a half-made file never takes its name; linked in
    only where no file is, so two runs making one store at once share one."""
    import geopandas as gpd
    import pandas as pd
    import pyogrio

    dtypes = {"text": "object", "int": "int64", "real": "float64", "bool": "bool"}
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp.gpkg")  # GDAL wants .gpkg
    try:
        for name, kind, columns in TABLES:
            frame = pd.DataFrame({c: pd.Series([], dtype=dtypes[t]) for c, t in columns.items()})
            if kind == "features":
                geo = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([]), crs="EPSG:4326")
                geo.to_file(staging, layer=name, driver="GPKG", engine="pyogrio",
                            geometry_type="Point")  # fmt: skip
            else:
                pyogrio.write_dataframe(frame, staging, layer=name, driver="GPKG")
        with closing(sqlite3.connect(staging)) as con, con:
            for sql in _INDEXES:
                con.execute(sql)
            for name, text in _DESCRIPTION.items():
                con.execute(
                    "UPDATE gpkg_contents SET description = ? WHERE table_name = ?", (text, name)
                )
        with contextlib.suppress(FileExistsError):  # another run made it first: theirs
            os.link(staging, target)
    except (OSError, sqlite3.Error, pyogrio.errors.DataSourceError) as exc:
        raise StoreError(f"{target}: cannot create the event store ({exc})") from None
    finally:
        staging.unlink(missing_ok=True)


# ---------------------------------------------------------------- the point geometry


def _point(place: Place | None) -> bytes | None:
    """A GeoPackage point blob: the header (EPSG:4326, no envelope), then WKB."""
    if place is None:
        return None
    # shapely and GeoPackage speak (lon, lat)
    return struct.pack("<2sBBi", b"GP", 0, 1, 4326) + struct.pack(
        "<BIdd", 1, 1, place.lon, place.lat
    )


def _is_empty(blob: bytes | None) -> int | None:
    return None if blob is None else int(bool(blob[3] & 0x10))


def _x(blob: bytes | None) -> float | None:
    return None if blob is None else struct.unpack_from("<d", blob, 13)[0]


def _y(blob: bytes | None) -> float | None:
    return None if blob is None else struct.unpack_from("<d", blob, 21)[0]


# ---------------------------------------------------------------------------- the store


class Store:
    """An open event store; ``add`` articles to it, ``read`` what it holds."""

    def __init__(self, path: Path, con: sqlite3.Connection) -> None:
        self.path = path
        self._con = con

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    def add(
        self,
        articles: Sequence[Article],
        mentions: Mapping[str, Sequence[Mention]],
        events: Iterable[Event],
        *,
        gazetteer: Gazetteer | None = None,
        on_warning: Callable[[str], None] | None = None,
    ) -> Added:
        """Add the articles (with their mentions and their own events, as
        ``extract_events`` gives them: ids ``"<article id>:<n>"``) and merge their
        events again with the stored ones, in one transaction.

        Returns the merged events that the articles given report (stored ones too)."""
        g = gazetteer or default_gazetteer()
        reports: dict[str, list[Event]] = {}
        for e in events:
            reports.setdefault(e.id.rpartition(":")[0], []).append(e)
        con = self._con
        try:
            con.execute("BEGIN IMMEDIATE")
            sha = {a.id: _sha256(a.text) for a in articles}  # each text hashed once
            new, present, conflicts = self._sort_out(articles, sha, on_warning)
            merged = self._insert(new, sha, mentions, reports, g) if new else {}
            con.execute("COMMIT" if new else "ROLLBACK")  # nothing new: not a byte changes
        except BaseException as exc:
            if con.in_transaction:
                con.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: could not add to the event store ({exc})") from None
            raise
        mine = self._reported({a.id for a in new} | set(present), present, merged)
        (n_articles,) = con.execute("SELECT count(*) FROM articles").fetchone()
        (n_events,) = con.execute("SELECT count(*) FROM events").fetchone()
        return Added(
            len(new), len(present), tuple(conflicts), len(merged), mine, n_articles, n_events
        )

    def read(self) -> Stored:
        """Every stored article, mention and merged event, in the order added."""
        places = self._places()
        articles = tuple(
            ArticleInfo(
                id=r[0],
                title=r[1],
                published=date.fromisoformat(r[2]) if r[2] else None,
                url=r[3],
            )
            for r in self._con.execute(
                "SELECT id, title, published, url FROM articles ORDER BY fid"
            )
        )
        found: dict[str, list[Mention]] = {a.id: [] for a in articles}
        for r in self._con.execute(
            'SELECT article, start, "end", text, place_id, metonym, demonym, reason, candidates '
            "FROM mentions ORDER BY fid"
        ):
            found[r[0]].append(_mention(r, places))
        mentions = MentionTable.from_mentions(found)
        columns = ", ".join(f'"{c}"' for c in _EVENT_FIELDS)
        events = tuple(
            _event(r, places)
            for r in self._con.execute(f"SELECT {columns} FROM events ORDER BY id")
        )
        return Stored(articles, mentions, events)

    # ----------------------------------------------------------------- the add's steps

    def _sort_out(
        self,
        articles: Sequence[Article],
        sha: Mapping[str, str],
        on_warning: Callable[[str], None] | None,
    ) -> tuple[list[Article], list[str], list[str]]:
        """The articles to add; the stored ids of those stored already; the ids that
        the store holds for another text (``sha``: each article's text digest)."""
        by_sha = dict(self._query("sha256, id", "articles", "sha256", sorted(set(sha.values()))))
        taken = {r[0] for r in self._query("id", "articles", "id", sorted(sha))}
        new, present, conflicts = [], [], []
        seen: set[str] = set()
        for a in articles:
            if sha[a.id] in by_sha:
                present.append(by_sha[sha[a.id]])
            elif a.id in taken:
                conflicts.append(a.id)
                if on_warning is not None:
                    on_warning(
                        f"{self.path}: holds another text as article {a.id!r}; "
                        "kept the stored one (rename the file to add this one)"
                    )
            elif sha[a.id] not in seen:
                seen.add(sha[a.id])
                new.append(a)
        return new, present, conflicts

    def _insert(
        self,
        articles: Sequence[Article],
        sha: Mapping[str, str],
        mentions: Mapping[str, Sequence[Mention]],
        reports: Mapping[str, Sequence[Event]],
        g: Gazetteer,
    ) -> dict[str, list[Event]]:
        """Store the new articles, mentions and reports, and merge again the groups
        their reports fall in; return those groups' merged events."""
        con = self._con
        (batch,) = con.execute("SELECT coalesce(max(batch), 0) + 1 FROM articles").fetchone()
        places: dict[str, Place] = {}
        con.executemany(
            _insert_sql("articles"),
            (
                (a.id, sha[a.id], a.title, _iso(a.published), a.published_source, a.url,
                 a.path, batch)
                for a in articles
            ),
        )  # fmt: skip
        found = [m for a in articles for m in mentions.get(a.id, ())]
        for m in found:
            for p in [m.place, *(c.place for c in m.candidates[:3] if m.place is None)]:
                if p is not None:
                    places[p.id] = p
        con.executemany(_insert_sql("mentions"), (_mention_row(m) for m in found))
        told = [e for a in articles for e in reports.get(a.id, ())]
        places.update((e.place.id, e.place) for e in told if e.place is not None)
        con.executemany(_insert_sql("reports"), (_report_row(e) for e in told))
        con.executemany(
            _insert_sql("places", geometry=True, ignore=True),
            (
                (_point(p), p.id, p.name, p.kind, p.country, p.admin1, p.population, p.has_shape)
                for p in places.values()
            ),
        )
        touched = sorted({merge_group(e) for e in told})
        stored = self._places()
        merged = {group: self._merge(group, stored) for group in touched}
        for group, found in merged.items():
            self._replace(group, found, g)
        self._update_contents()
        return merged

    def _reported(
        self, ids: set[str], present: Sequence[str], merged: Mapping[str, list[Event]]
    ) -> tuple[Event, ...]:
        """The merged events that the articles ``ids`` report: from the groups just
        merged, and from those of the articles stored already (merged here, unchanged)."""
        rows = self._query("merge_group", "reports", "article", sorted(present))
        others = sorted({r[0] for r in rows} - set(merged))
        if others:
            places = self._places()
            merged = {**merged, **{group: self._merge(group, places) for group in others}}
        return tuple(
            e
            for found in merged.values()
            for e in found
            if any(s.article in ids for s in e.sources)
        )

    def _merge(self, group: str, places: Mapping[str, Place]) -> list[Event]:
        """The group's reports, in the order stored, merged as ``merge_events`` does."""
        columns = ", ".join(f'"{c}"' for c in _REPORT_FIELDS)
        rows = self._con.execute(
            f"SELECT {columns} FROM reports WHERE merge_group = ? ORDER BY fid", (group,)
        )
        return merge_events([_event(r, places) for r in rows])

    def _replace(self, group: str, events: Sequence[Event], g: Gazetteer) -> None:
        self._con.execute("DELETE FROM events WHERE merge_group = ?", (group,))
        self._con.executemany(
            _insert_sql("events", geometry=True), (_event_row(e, group, g) for e in events)
        )

    def _update_contents(self) -> None:
        """Keep the layers' extents and change times right for GIS tools."""
        for name in ("events", "places"):
            self._con.execute(
                "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                "(min_x, max_x, min_y, max_y) = (SELECT min(minx), max(maxx), min(miny), "
                f'max(maxy) FROM "rtree_{name}_geom") WHERE table_name = ?',
                (name,),
            )
        self._con.execute(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
            "WHERE table_name IN ('articles', 'reports', 'mentions')"
        )

    def _places(self) -> dict[str, Place]:
        rows = self._con.execute(
            "SELECT id, name, kind, country, ST_MinY(geom), ST_MinX(geom), admin1, "
            "population, has_shape FROM places"
        )
        return {r[0]: Place(*r[:8], has_shape=bool(r[8])) for r in rows}

    def _query(self, columns: str, table: str, key: str, values: Sequence[str]) -> Iterator[tuple]:
        """Rows whose ``key`` is one of ``values`` (asked for in slices SQLite accepts)."""
        for i in range(0, len(values), 500):
            part = values[i : i + 500]
            marks = ", ".join("?" * len(part))
            yield from self._con.execute(
                f"SELECT {columns} FROM {table} WHERE {key} IN ({marks})", part
            )


# -------------------------------------------------------------------- rows and records

_REPORT_FIELDS = (
    "event_id", "family", "type", "actor", "target", "place_id", "date", "date_precision",
    "killed", "confidence", "sources", "alleged", "background", "reported_by",
)  # fmt: skip
_EVENT_FIELDS = ("id", *_REPORT_FIELDS[1:])


def _insert_sql(table: str, *, geometry: bool = False, ignore: bool = False) -> str:
    columns = (["geom"] if geometry else []) + _COLUMNS[table]
    names = ", ".join(f'"{c}"' for c in columns)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    return f"{verb} INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _sources(sources: Iterable[Source]) -> str:
    return json.dumps(
        [{"article": s.article, "start": s.start, "end": s.end, "quote": s.quote} for s in sources],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _report_row(e: Event) -> tuple:
    return (
        e.id, e.id.rpartition(":")[0], merge_group(e), e.family, e.type, e.actor, e.target,
        e.place.id if e.place else None, _iso(e.date), e.date_precision, e.killed,
        e.confidence, e.alleged, e.background, e.reported_by, _sources(e.sources),
    )  # fmt: skip


def _event_row(e: Event, group: str, g: Gazetteer) -> tuple:
    """A merged event as the ``events`` layer holds it (events.geojson's columns)."""
    crossed, distance = border_facts(e, g)
    codes = codes_for(e.type)
    p = e.place
    return (
        _point(p), e.id, e.family, e.type, _iso(e.date), e.date_precision, e.actor, e.target,
        p.name if p else None, p.id if p else None, p.kind if p else None,
        p.country if p else None, p.geo_precision if p else None, e.killed, crossed, distance,
        e.confidence, _sources(e.sources), e.alleged, e.background, e.reported_by, codes.cameo,
        codes.plover, group,
    )  # fmt: skip


def _mention_row(m: Mention) -> tuple:
    candidates = None
    if m.place is None and m.candidates:  # what the report shows of an unresolved name
        candidates = json.dumps([[c.place.id, c.score, c.matched] for c in m.candidates[:3]])
    return (
        m.article_id, m.start, m.end, m.text, m.place.id if m.place else None, m.metonym,
        m.adjectival, m.reason, candidates,
    )  # fmt: skip


def _event(r: Sequence, places: Mapping[str, Place]) -> Event:
    """An event from a row of ``_REPORT_FIELDS`` (or ``_EVENT_FIELDS``)."""
    eid, family, kind, actor, target, place_id, day, precision, killed, conf, sources = r[:11]
    return Event(
        id=eid,
        family=family,
        type=kind,
        actor=actor,
        target=target,
        place=places[place_id] if place_id else None,
        date=date.fromisoformat(day) if day else None,
        date_precision=precision,
        killed=killed,
        confidence=conf,
        sources=tuple(Source(**s) for s in json.loads(sources)),
        alleged=bool(r[11]),
        background=bool(r[12]),
        reported_by=r[13],
    )


def _mention(r: Sequence, places: Mapping[str, Place]) -> Mention:
    candidates = tuple(
        Candidate(places[pid], score, matched) for pid, score, matched in json.loads(r[8] or "[]")
    )
    return Mention(
        article_id=r[0],
        start=r[1],
        end=r[2],
        text=r[3],
        place=places[r[4]] if r[4] else None,
        candidates=candidates,
        metonym=bool(r[5]),
        adjectival=bool(r[6]),
        reason=r[7] or "",
    )
