"""Small synthetic frames shaped like the frames stage's output, for the map tests.

``sample_frames()`` is a hand-made Iran–Pakistan episode covering every kind of mark:
exact, admin-area and country precision; day, month, year and unknown dates; killed
known and unknown. ``sample_frames(hostile=True)`` puts script and markup in every
string that comes from an article, to prove the page shows it as text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
from typing import Any

import geopandas as gpd
from shapely import LineString, Point, Polygon, box

from geomap import frames
from geomap.codes import codes_for

PWN = "window.__pwned = 1"
HOSTILE_QUOTE = f'<script>{PWN}</script><img src=x onerror="{PWN}"> Iran struck Panjgur.'
HOSTILE_ARTICLE = '<img src=x onerror="window.__pwned=2">.txt'
HOSTILE_PLACE = '<b onmouseover="window.__pwned=3">Panjgur</b>'
HOSTILE_TYPE = '<svg onload="window.__pwned=4">'

EVENT_COLUMNS = list(frames.EVENT_COLUMNS)


def _codes(event_type: str) -> tuple[str | None, str | None]:
    """The CAMEO code and PLOVER type the frames stage gives an event of this type."""
    found = codes_for(event_type)
    return found.cameo, found.plover


def _source(article: str, quote: str, start: int = 0) -> dict[str, Any]:
    return {"article": article, "start": start, "end": start + len(quote), "quote": quote}


def sample_frames(hostile: bool = False) -> dict[str, gpd.GeoDataFrame]:
    """events, places, areas, borders, basemap and arrows for a six-event episode."""
    quote1 = HOSTILE_QUOTE if hostile else "Iran launched missile strikes on Panjgur."
    article1 = HOSTILE_ARTICLE if hostile else "dawn-2024-01-17.txt"
    panjgur = HOSTILE_PLACE if hostile else "Panjgur"
    type1 = HOSTILE_TYPE if hostile else "missile strike"
    rows = [
        ("ev-1", "strike", type1, "2024-01-16", "day", "IR", "PK", panjgur, "pk-panjgur",
         "city", "PK", 1, 2, True, 45.2, 0.9, [_source(article1, quote1)], (64.09, 26.97)),
        ("ev-2", "strike", "airstrike", "2024-01-18", "day", "PK", "IR", "Saravan", "ir-saravan",
         "city", "IR", 1, 9, True, 20.0, 0.85,
         [_source("reuters-0118.txt", "Pakistan struck targets near Saravan, killing nine."),
          _source("dawn-2024-01-18.txt", "Nine people were killed in Saravan.", 40)],
         (62.33, 27.37)),
        ("ev-3", "diplomatic", "recall ambassador", "2024-01-17", "day", "PK", "IR",
         "Islamabad", "pk-islamabad", "city", "PK", 1, None, None, None, 0.8,
         [_source("dawn-2024-01-17.txt", "Islamabad recalled its ambassador from Tehran.", 90)],
         (73.04, 33.72)),
        ("ev-4", "strike", "shelling", None, None, None, "PK", "Balochistan", "pk-ba", "admin1",
         "PK", 2, None, None, None, 0.5,
         [_source("local-news.txt", "Shells fell somewhere in Balochistan.")], (65.5, 28.5)),
        ("ev-5", "diplomatic", "statement", "2024-01-01", "month", "CN", None, "Pakistan", "pk",
         "country", "PK", 3, None, None, None, 0.6,
         [_source("xinhua.txt", "China urged both sides to exercise restraint.")], (69.3, 30.0)),
        ("ev-6", "diplomatic", "restraint appeal", "2024-01-01", "year", "UN", None, "Iran", "ir",
         "country", "IR", 3, 0, None, None, 0.7,
         [_source("un-news.txt", "The UN called for calm.")], (53.7, 32.4)),
    ]  # fmt: skip
    # ev-2 is stated only as one side's accusation; the rest are plainly reported news
    flags = {"ev-2": (True, False, "army")}
    rows = [(*r[:-1], *flags.get(r[0], (False, False, None)), *_codes(r[2]), r[-1]) for r in rows]
    events = gpd.GeoDataFrame(
        [dict(zip(EVENT_COLUMNS, r[:-1], strict=True)) for r in rows],
        geometry=[Point(r[-1]) for r in rows],
        crs="EPSG:4326",
    )
    mention = {"article": article1, "start": 30, "end": 37, "text": panjgur, "metonym": False}
    place_rows = [
        ("pk-panjgur", panjgur, "city", "PK", [mention], (64.09, 26.97)),
        ("ir-saravan", "Saravan", "city", "IR", [], (62.33, 27.37)),
        ("pk-islamabad", "Islamabad", "city", "PK",
         [{"article": "dawn-2024-01-17.txt", "start": 90, "end": 99, "text": "Islamabad",
           "metonym": True}], (73.04, 33.72)),
        ("pk-ba", "Balochistan", "admin1", "PK", [], (65.5, 28.5)),
        ("pk", "Pakistan", "country", "PK", [], (69.3, 30.0)),
        ("ir", "Iran", "country", "IR", [], (53.7, 32.4)),
    ]  # fmt: skip
    places = gpd.GeoDataFrame(
        [dict(zip(["id", "name", "kind", "country", "mentions"], r[:-1], strict=True))
         for r in place_rows],
        geometry=[Point(r[-1]) for r in place_rows],
        crs="EPSG:4326",
    )  # fmt: skip
    areas = gpd.GeoDataFrame(
        {
            "id": ["pk-ba", "pk", "ir"],
            "name": [HOSTILE_PLACE if hostile else "Balochistan", "Pakistan", "Iran"],
            "kind": ["admin1", "country", "country"],
            "country": ["PK", "PK", "IR"],
        },
        geometry=[box(62.0, 25.0, 70.0, 31.0), box(61.0, 24.0, 77.0, 37.0), box(44, 25, 63, 40)],
        crs="EPSG:4326",
    )
    borders = gpd.GeoDataFrame(
        {"id": ["IR-PK"], "name": ["Iran – Pakistan"], "length_km": [959.0]},
        geometry=[LineString([(61.6, 25.2), (63.3, 27.2), (61.9, 28.6), (62.8, 29.4)])],
        crs="EPSG:4326",
    )
    basemap = gpd.GeoDataFrame(
        {"id": ["IR", "PK", "AF"], "name": ["Iran", "Pakistan", "Afghanistan"]},
        geometry=[box(44, 25, 63, 40), box(61, 24, 77, 37), box(60, 29, 75, 38.5)],
        crs="EPSG:4326",
    )
    label = HOSTILE_PLACE if hostile else "Iran → Balochistan"
    arrows = gpd.GeoDataFrame(
        {"event_id": ["ev-1"], "label": [label]},
        geometry=[LineString([(53.7, 32.4), (64.09, 26.97)])],
        crs="EPSG:4326",
    )
    return {
        "events": events,
        "places": places,
        "areas": areas,
        "borders": borders,
        "basemap": basemap,
        "arrows": arrows,
    }


def _vocabulary(rng: random.Random, size: int = 50_000) -> tuple[list[str], list[float]]:
    """Pseudo-words and cumulative Zipf weights (s = 1), roughly English's statistics.

    Without English's grammar, text made from them compresses worse than real news
    text, so sizes measured with it are on the safe side.
    """
    letters = "etaoinshrdlcumwfgypbvkjxqz"
    weights = [12, 9, 8, 7.5, 7, 6.7, 6.3, 6, 5.9, 4.3, 4, 2.8, 2.8, 2.4, 2.4, 2.2, 2, 2, 1.9,
               1.5, 1, 0.8, 0.15, 0.15, 0.1, 0.07]  # fmt: skip
    words = {
        "".join(rng.choices(letters, weights, k=min(1 + int(rng.expovariate(0.25)), 14)))
        for _ in range(size * 2)
    }
    vocab = sorted(words)[:size]
    rng.shuffle(vocab)
    return vocab, list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocab))))


def _sentence(rng: random.Random, vocab: tuple[list[str], list[float]]) -> str:
    words = rng.choices(vocab[0], cum_weights=vocab[1], k=rng.randint(14, 40))
    return " ".join(words).capitalize() + "."


def _blob(rng: random.Random, cx: float, cy: float, r: float, vertices: int) -> Polygon:
    """A star-shaped polygon with ``vertices`` jittered points around (cx, cy)."""
    pts = []
    for i in range(vertices):
        a = 2 * math.pi * i / vertices
        d = r * (0.75 + 0.25 * rng.random())
        pts.append((cx + d * math.cos(a), cy + d * math.sin(a)))
    return Polygon(pts)


def synthetic_frames(n: int, seed: int = 0) -> dict[str, gpd.GeoDataFrame]:
    """``n`` plausible events (and places, areas, borders, basemap) for scale tests.

    Quotes are 14-40 word sentences, a quarter of them shared by two events (one
    sentence stating two events), as real extractions do.
    """
    rng = random.Random(seed)
    strike_types = ["missile strike", "airstrike", "raid", "shelling", "clash", "gunmen attack"]
    diplomatic_types = ["visit", "meeting", "phone call", "summon", "statement", "agreement"]
    countries = ["IR", "PK", "AF", "IQ", "SY", "TR"]
    n_places = max(n // 5, 1)
    place_xy = [(rng.uniform(44, 77), rng.uniform(24, 40)) for _ in range(n_places)]
    place_kind = [rng.choice(["city"] * 6 + ["admin1"] * 3 + ["country"]) for _ in place_xy]
    articles = [f"article-{i:05d}.txt" for i in range(max(n // 4, 1))]
    vocab = _vocabulary(rng)
    records, points, quote = [], [], _sentence(rng, vocab)
    mentions: list[list[dict[str, Any]]] = [[] for _ in range(n_places)]
    for i in range(n):
        family = "strike" if rng.random() < 0.7 else "diplomatic"
        p = rng.randrange(n_places)
        kind = place_kind[p]
        if rng.random() > 0.25:
            quote = _sentence(rng, vocab)
        article = rng.choice(articles)
        dated = rng.random() < 0.9
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(730))
        precision = rng.choice(["day"] * 8 + ["month", "year"]) if dated else None
        sources = [_source(article, quote, rng.randrange(5000))]
        if rng.random() < 0.2:
            sources.append(_source(rng.choice(articles), _sentence(rng, vocab)))
        mentions[p].append(
            {"article": article, "start": 0, "end": 9, "text": f"Place {p}", "metonym": False}
        )
        records.append(
            {
                "id": f"ev-{i:06d}",
                "family": family,
                "type": rng.choice(strike_types if family == "strike" else diplomatic_types),
                "date": day.isoformat() if dated else None,
                "date_precision": precision,
                "actor": rng.choice(countries),
                "target": rng.choice([*countries, None]),
                "location": f"Place {p}",
                "place_id": f"place-{p}",
                "place_kind": kind,
                "country": rng.choice(countries),
                "geo_precision": {"city": 1, "admin1": 2, "country": 3}[kind],
                "killed": rng.choice([None, None, 0, 1, 2, 5, 12, 40])
                if family == "strike"
                else None,
                "crossed_border": rng.choice([None, True, False]),
                "border_distance_km": round(rng.uniform(0, 300), 1),
                "confidence": round(rng.uniform(0.3, 1.0), 2),
                "sources": sources,
            }
        )
        points.append(Point(place_xy[p]))
    events = gpd.GeoDataFrame(records, geometry=points, crs="EPSG:4326")
    places = gpd.GeoDataFrame(
        {
            "id": [f"place-{p}" for p in range(n_places)],
            "name": [f"Place {p}" for p in range(n_places)],
            "kind": place_kind,
            "country": [rng.choice(countries) for _ in range(n_places)],
            "mentions": mentions,
        },
        geometry=[Point(xy) for xy in place_xy],
        crs="EPSG:4326",
    )
    n_areas = min(max(n // 100, 3), 80)
    areas = gpd.GeoDataFrame(
        {
            "id": [f"area-{i}" for i in range(n_areas)],
            "name": [f"Area {i}" for i in range(n_areas)],
            "kind": ["admin1"] * n_areas,
            "country": [rng.choice(countries) for _ in range(n_areas)],
        },
        geometry=[
            _blob(rng, rng.uniform(44, 77), rng.uniform(24, 40), 1.5, 400) for _ in range(n_areas)
        ],
        crs="EPSG:4326",
    )
    borders = gpd.GeoDataFrame(
        {
            "id": [f"B{i}-C{i}" for i in range(8)],
            "name": [f"B{i} – C{i}" for i in range(8)],
            "length_km": [800.0] * 8,
        },
        geometry=[
            LineString([(50 + i * 3 + j * 0.01, 26 + j * 0.05) for j in range(200)])
            for i in range(8)
        ],
        crs="EPSG:4326",
    )
    basemap = gpd.GeoDataFrame(
        {"id": [f"C{i}" for i in range(180)], "name": [f"Country {i}" for i in range(180)]},
        geometry=[
            _blob(rng, -170 + (i % 18) * 19, -50 + (i // 18) * 12, 5.0, 300) for i in range(180)
        ],
        crs="EPSG:4326",
    )
    return {
        "events": events,
        "places": places,
        "areas": areas,
        "borders": borders,
        "basemap": basemap,
        "arrows": None,
    }
