"""The bundled offline gazetteer: look up place names, get places, shapes and borders.

The data ships inside the package as two SQLite files built by
``tools/build_gazetteer.py`` (sources and licences in ``gazetteer/README.md``):
``places.sqlite`` holds every place and its normalised names; ``shapes.sqlite`` holds
province, country and region polygons and the land borders between countries.
SQLite needs no load step: opening a file takes a millisecond, a lookup is an index
probe, and polygons are read only when a map or a point-in-polygon test asks.
Nothing here touches the network.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import sqlite3
import threading
from collections.abc import Iterable
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import shapely
from shapely.errors import ShapelyError
from shapely.geometry.base import BaseGeometry

from . import __version__
from .errors import GazetteerError
from .models import Candidate, Place
from .names import loose_key, name_key, with_article

if TYPE_CHECKING:
    from geopy.location import Location

__all__ = ["Gazetteer", "OfflineGeocoder", "default_gazetteer", "lookup", "record_checksums"]

#: Name classes as stored; the weight scales a candidate's prior score.
CLASS_WEIGHT = {
    "name": 1.0,
    "alt": 0.92,
    "demonym": 0.9,
    "landmark": 0.95,
    "abbr": 1.0,
    "loose": 0.6,
}
#: Prior score by kind: a country is the usual reading of a bare country name, a
#: province beats a village of the same name, and a large city beats its province.
#: Regions come from the reviewed hand table, so they outrank a same-named province.
KIND_PRIOR = {"country": 100.0, "region": 58.0, "admin1": 55.0}
#: A region across countries (a continent, "Kashmir") is the usual reading of its name.
WORLD_REGION_PRIOR = 90.0
#: A landmark ("White House", "Kremlin") names its city as surely as a country name.
LANDMARK_PRIOR = 95.0
CAPITAL_BONUS = 8.0
_FILES = ("places.sqlite", "shapes.sqlite")
#: sha256 of each SQLite file, written by the build beside them
CHECKSUMS = "checksums.json"
_REMEMBERED = 32  # verified files remembered in the user's cache
_verified: set[str] = set()


def _data_folder() -> Path:
    """Where the gazetteer files are: $GEOMAP_GAZETTEER, the installed package data,
    or, in a source checkout, the repository's ``gazetteer/`` folder."""
    override = os.environ.get("GEOMAP_GAZETTEER")
    if override:
        return Path(override)
    try:
        return Path(str(resources.files("geomap._gazetteer")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "gazetteer"


def city_prior(population: int) -> float:
    """Prior of a city: 20 plus ten per order of magnitude of population."""
    return 20.0 + 10.0 * math.log10(population + 1)


class Gazetteer:
    """Read-only access to the bundled gazetteer (safe to share between threads)."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else _data_folder()
        self._local = threading.local()
        self._priors: dict[tuple[str, str], float] = {}
        db = self._db("places.sqlite")
        try:
            meta = dict(db.execute("SELECT key, value FROM meta"))
            self._classes = meta["name_classes"].split(",")
            self._own_keys = int(meta["own_keys"])
            self._capitals = dict(db.execute("SELECT country, place_id FROM capitals"))
            self._seats = dict(db.execute("SELECT code, place_id FROM seats"))
            #: case-sensitive abbreviations written with dots ("U.S.", "Ga.", "W.Va.")
            self.dotted_abbreviations = tuple(json.loads(meta["dotted_abbreviations"]))
        except (sqlite3.DatabaseError, KeyError) as exc:
            raise GazetteerError(
                f"{self.folder / 'places.sqlite'}: not a geomap gazetteer ({exc}); "
                "reinstall geomap or rebuild with tools/build_gazetteer.py"
            ) from None

    # ------------------------------------------------------------------ storage

    def _db(self, name: str) -> sqlite3.Connection:
        conns = self._local.__dict__.setdefault("conns", {})
        if name in conns:
            return conns[name]
        path = self.folder / name
        if not path.is_file():
            raise GazetteerError(
                f"{path}: gazetteer file missing; reinstall geomap or rebuild it with "
                "tools/build_gazetteer.py"
            )
        _verify(path)
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            db.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path}: corrupt gazetteer file ({exc})") from None
        conns[name] = db
        return db

    def _query(self, name: str, sql: str, args: Iterable = ()) -> list[tuple]:
        try:
            return self._db(name).execute(sql, tuple(args)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{self.folder / name}: corrupt gazetteer file ({exc})") from None

    def _place(self, row: tuple) -> Place:
        pk, pid, name, kind, country, admin1, population, lat, lon = row
        return Place(
            id=pid or f"geonames:{pk}",
            name=name,
            kind=kind,
            country=country,
            lat=lat,
            lon=lon,
            admin1=admin1,
            population=population,
            has_shape=kind != "city",
        )

    def _geometry(self, wkb: bytes, what: str) -> BaseGeometry:
        """A stored polygon; a damaged one is a GazetteerError naming the file and the
        place, not a GEOS error that names neither."""
        try:
            return shapely.from_wkb(wkb)
        except (ShapelyError, TypeError, ValueError) as exc:
            raise GazetteerError(
                f"{self.folder / 'shapes.sqlite'}: damaged geometry of {what} "
                f"({type(exc).__name__}: {exc}); reinstall geomap"
            ) from None

    @cached_property
    def capital_ids(self) -> frozenset[str]:
        """Place ids of every national capital."""
        return frozenset(self._capitals.values())

    # ------------------------------------------------------------------ lookups

    def prior(self, place: Place, cls: str = "name") -> float:
        """Context-free score of a place for a name: kind, size, capital, name class."""
        key = (place.id, cls)
        score = self._priors.get(key)
        if score is None:
            score = self._priors[key] = self._prior(place, cls)
        return score

    def _prior(self, place: Place, cls: str) -> float:
        if cls == "landmark":
            return LANDMARK_PRIOR
        if place.kind == "region" and place.country is None:
            base = WORLD_REGION_PRIOR  # "Africa", "Kashmir": above any same-named town
        else:
            base = KIND_PRIOR.get(place.kind) or city_prior(place.population)
        if place.id in self.capital_ids:
            base += CAPITAL_BONUS
        return base * CLASS_WEIGHT[cls]

    def candidates_for_keys(self, keys: Iterable[str]) -> dict[str, list[tuple[Place, str]]]:
        """All (place, name class) pairs for each of the given stored keys, one query."""
        keys = sorted(set(keys))
        out: dict[str, list[tuple[Place, str]]] = {k: [] for k in keys}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                "places.sqlite",
                "SELECT n.key, n.class, p.pk, p.id, p.name, p.kind, p.country, p.admin1,"
                " p.population, p.lat, p.lon FROM names n JOIN places p ON p.pk = n.pk"
                f" WHERE n.key IN ({marks}) ORDER BY n.key, p.pk",
                chunk,
            )
            for key, cls, *place in rows:
                out[key].append((self._place(tuple(place)), self._classes[cls]))
        return out

    def lookup(
        self,
        name: str,
        *,
        kinds: Iterable[str] | None = None,
        country: str | None = None,
        demonyms: bool = False,
        limit: int = 10,
    ) -> list[Candidate]:
        """Ranked candidate places for a name, best first.

        Exact spellings (after folding case, accents and hyphens) come first; then a
        place whose own name is this one with or without the Arabic article ("Qamishli"
        for "Al Qamishli"); the loose consonant key is tried only when neither
        matches. ``kinds`` and
        ``country`` filter; demonyms ("Iranian") count only when ``demonyms`` is true.
        """
        exact = [name_key(name), name.strip()]
        found = self.candidates_for_keys(exact)
        pairs = [p for k in exact for p in found.get(k, [])]
        if not pairs:
            pairs = with_article(name.strip(), self.candidates_for_keys)
        if not pairs:
            loose = loose_key(name)
            pairs = self.candidates_for_keys([loose])[loose] if loose else []
        wanted = set(kinds) if kinds else None
        best: dict[str, Candidate] = {}
        for place, cls in pairs:
            if cls == "abbr" and name.strip() != name.strip().upper():
                continue
            if cls == "demonym" and not demonyms:
                continue
            if wanted and place.kind not in wanted:
                continue
            if country and place.country != country:
                continue
            score = self.prior(place, cls)
            if place.id not in best or score > best[place.id].score:
                best[place.id] = Candidate(place, round(score, 3), cls)
        ranked = sorted(best.values(), key=lambda c: (-c.score, c.place.id))
        return ranked[:limit]

    def get(self, place_id: str) -> Place:
        """The place with this id; KeyError when there is none."""
        if place_id.startswith("geonames:"):
            rows = self._query(
                "places.sqlite", "SELECT * FROM places WHERE pk = ?", [int(place_id[9:])]
            )
        else:
            rows = self._query(
                "places.sqlite",
                f"SELECT * FROM places WHERE id = ? AND pk >= {self._own_keys}",
                [place_id],
            )
        if not rows:
            raise KeyError(place_id)
        return self._place(rows[0])

    def country(self, code: str) -> Place | None:
        try:
            return self.get(f"country:{code}")
        except KeyError:
            return None

    def capital(self, code: str) -> Place | None:
        """The capital city of a country (ISO alpha-2), if the gazetteer knows it."""
        pid = self._capitals.get(code)
        return self.get(pid) if pid else None

    def seat(self, code: str) -> Place | None:
        """The seat of an international organisation (UN, EU, NATO ...)."""
        pid = self._seats.get(code)
        return self.get(pid) if pid else None

    # ------------------------------------------------------------------ shapes

    def shape(self, place_id: str) -> BaseGeometry | None:
        """The polygon of a province, country or region; None for cities."""
        place = self.get(place_id)
        if place.kind == "city":
            return None
        pk = self._query(
            "places.sqlite",
            f"SELECT pk FROM places WHERE id = ? AND pk >= {self._own_keys}",
            [place_id],
        )[0][0]
        rows = self._query("shapes.sqlite", "SELECT wkb FROM shapes WHERE pk = ?", [pk])
        return self._geometry(rows[0][0], place_id) if rows else None

    @cached_property
    def _admin1_index(self) -> tuple[shapely.STRtree, list[str]]:
        rows = self._query(
            "shapes.sqlite",
            f"SELECT pk, wkb FROM shapes WHERE pk >= {self._own_keys} ORDER BY pk",
        )
        kinds = dict(
            self._query("places.sqlite", f"SELECT pk, id FROM places WHERE pk >= {self._own_keys}")
        )
        ids, geoms = [], []
        for pk, wkb in rows:
            if kinds[pk].startswith("admin1:"):
                ids.append(kinds[pk])
                geoms.append(self._geometry(wkb, kinds[pk]))
        return shapely.STRtree(geoms), ids

    def contains(self, lon: float, lat: float) -> tuple[Place | None, Place | None]:
        """The (admin-1, country) a point lies in; (None, None) at sea."""
        tree, ids = self._admin1_index
        hits = tree.query(shapely.Point(lon, lat), predicate="intersects")
        if len(hits) == 0:
            return None, None
        admin1 = self.get(ids[int(min(hits))])
        return admin1, self.country(admin1.country) if admin1.country else None

    def border(self, a: str, b: str) -> tuple[BaseGeometry, float] | None:
        """The shared land border of two countries and its geodesic length in km."""
        x, y = sorted((a, b))
        rows = self._query("shapes.sqlite", "SELECT wkb, km FROM borders WHERE a=? AND b=?", [x, y])
        return (self._geometry(rows[0][0], f"border {x}-{y}"), rows[0][1]) if rows else None

    def neighbours(self, code: str) -> list[str]:
        rows = self._query(
            "shapes.sqlite", "SELECT a, b FROM borders WHERE a = ? OR b = ?", [code, code]
        )
        return sorted(b if a == code else a for a, b in rows)

    def basemap(self) -> list[BaseGeometry]:
        """The world's countries, simplified for a map background (built with the data)."""
        rows = self._query("shapes.sqlite", "SELECT i, wkb FROM basemap ORDER BY i")
        return [self._geometry(w, f"basemap {i}") for i, w in rows]

    def shapes(self, kind: str) -> list[tuple[Place, BaseGeometry]]:
        """Every polygon of one kind ("country", "admin1", "region"), in id order."""
        rows = self._query(
            "places.sqlite", "SELECT * FROM places WHERE kind = ? ORDER BY id", [kind]
        )
        places = [self._place(r) for r in rows]
        pks = {r[0]: p for r, p in zip(rows, places, strict=True)}
        marks = ",".join("?" * len(pks))
        wkbs = dict(
            self._query("shapes.sqlite", f"SELECT pk, wkb FROM shapes WHERE pk IN ({marks})", pks)
        )
        return [(p, self._geometry(wkbs[pk], p.id)) for pk, p in pks.items() if pk in wkbs]


def record_checksums(folder: str | Path) -> dict[str, str]:
    """Write ``checksums.json`` (the sha256 of each SQLite file) into ``folder``; the
    build calls this last, and every later open checks the files against it."""
    folder = Path(folder)
    sums = {name: _sha256(folder / name) for name in _FILES}
    (folder / CHECKSUMS).write_text(json.dumps(sums, indent=2, sort_keys=True) + "\n", "utf-8")
    return sums


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _verify(path: Path) -> None:
    """Check a gazetteer file against its recorded sha256, once per installed version
    (remembered in the user's cache): a flipped byte would otherwise surface much later
    as a wrong place or a GEOS error naming no file."""
    expected = _recorded_sums(path.parent).get(path.name)
    if expected is None:  # a folder built without checksums (an older build, a test)
        return
    info = path.stat()
    key = f"{__version__} {path.resolve()} {info.st_size} {info.st_mtime_ns} {expected}"
    if key in _verified:
        return
    remembered = _remembered()
    if key not in remembered:
        actual = _sha256(path)
        if actual != expected:
            raise GazetteerError(
                f"{path}: damaged gazetteer file (sha256 {actual[:16]}..., recorded "
                f"{expected[:16]}...); reinstall geomap, or if it was rebuilt, record its "
                f"sums with geomap.gazetteer.record_checksums"
            )
        _remember([*remembered, key])
    _verified.add(key)


def _recorded_sums(folder: Path) -> dict[str, str]:
    path = folder / CHECKSUMS
    try:
        sums = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{path}: unreadable checksums ({exc}); reinstall geomap") from None
    if not isinstance(sums, dict):
        raise GazetteerError(f"{path}: unreadable checksums (not an object); reinstall geomap")
    return sums


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "geomap" / "verified-gazetteer.txt"


def _remembered() -> list[str]:
    try:
        return _cache_file().read_text("utf-8").splitlines()
    except (OSError, ValueError):
        return []


def _remember(keys: list[str]) -> None:
    """Keep the verified files' keys; a cache that cannot be written only costs time."""
    path = _cache_file()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text("\n".join(keys[-_REMEMBERED:]) + "\n", "utf-8")
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, opened once per process."""
    return Gazetteer()


def lookup(name: str, **kwargs) -> list[Candidate]:
    """Ranked candidates for a name in the bundled gazetteer (see ``Gazetteer.lookup``)."""
    return default_gazetteer().lookup(name, **kwargs)


class OfflineGeocoder:
    """A geopy-compatible geocoder over the bundled gazetteer: swap it with
    ``geopy.geocoders.Nominatim`` and back without changing the calling code.

    >>> OfflineGeocoder().geocode("Irbil").address
    'Erbil, IQ'
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()

    def geocode(
        self, query: str, exactly_one: bool = True, limit: int | None = None, **_: object
    ) -> Location | list[Location] | None:
        """Like geopy's ``geocode``: the best Location, a list of them, or None."""
        from geopy.location import Location  # geopy (0.1 s to import) only when asked

        found = self.gazetteer.lookup(query, limit=1 if exactly_one else (limit or 10))
        locations = [
            Location(
                ", ".join(x for x in (c.place.name, c.place.country) if x),
                # geopy speaks (lat, lon)
                (c.place.lat, c.place.lon),
                {
                    "place_id": c.place.id,
                    "kind": c.place.kind,
                    "country": c.place.country,
                    "score": c.score,
                },
            )
            for c in found
        ]
        if exactly_one:
            return locations[0] if locations else None
        return locations or None
