"""Score geomap's events (or any system's) against the real-news event annotations.

    python benchmarks/events/score.py [--split dev|test|all] [--predictions FILE]
                                      [--save-predictions FILE] [--out FILE] [--misses]

Split: an article is in the test third when ``int(sha256(id).hexdigest(), 16) % 3 == 0``,
else in the development set; the rule depends on the id alone, so adding articles never
moves old ones.

Predictions: by default geomap runs on each cached article alone (``article_from_text``
-> ``geoparse`` -> ``extract_events`` -> ``merge_events``, no year hint from other
articles; the page's publication date is given only when the annotation says the text
the extractor sees carries it). Articles without a cached text are skipped. With
``--predictions`` the events come from a file: an ``events.geojson`` (a feature belongs
to every article in its ``sources[].article``) or JSON ``{article_id: [event, ...]}``;
then every annotated article of the split is scored.

Matching, per article and one-to-one. A predicted and a gold event may match when

- their family is the same, and
- they agree on the parties (see ``parties_right``) or on the place (``place_right``), and
- their dates do not contradict: both dated and more than one day apart (coarser at
  month or year precision) is no match, unless the prediction is a gold alternative.

Among the allowed pairs the assignment maximises the number of fields right (parties,
place, date, killed, type, alleged, background): an exact assignment (the Hungarian
method, in plain Python so that the numbers do not depend on what is installed; a greedy
choice by descending score loses matches); a required gold event wins a tie over an
optional one.

Counting: a prediction matched to a required gold event is a true positive; one matched
to an optional gold event counts nowhere; an unmatched one is a false positive.
Precision = TP / (predicted - matched to optional), recall = TP / required gold. Fields
are scored on the matched required events; "fully right" is parties, place, date and
killed all right.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import math
import os
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
#: the article texts; GEOMAP_EVENTS_CACHE names another folder (one kept outside a checkout)
CACHE = Path(os.environ.get("GEOMAP_EVENTS_CACHE") or HERE / ".cache")

FAMILIES = ("strike", "diplomatic")
#: types whose two parties may be given either way round
SYMMETRIC_TYPES = frozenset({"clash", "meeting", "phone call", "agreement"})
#: a body's organ is the body (GUIDELINE.md): a prediction naming the Security Council
#: names the UN
ORGANS = {"UNSC": "UN"}
FIELDS = ("parties", "place", "date", "killed", "type", "alleged", "background")
CITY_KM = 25.0
#: a predicted region (a sea, an area across borders) this close to a gold region is right
REGION_KM = 250.0
#: how fine a place kind is: a prediction must be at least as fine as the gold
FINENESS = {"city": 0, "admin1": 1, "region": 2, "country": 3}
DATE_CHARS = {"day": 10, "month": 7, "year": 4}

#: (lat, lon) -> (admin-1 code, country code) of the point; None where unknown
Locate = Callable[[float, float], tuple[str | None, str | None]]


def is_test(aid: str) -> bool:
    return int(hashlib.sha256(aid.encode()).hexdigest(), 16) % 3 == 0


def in_split(aid: str, split: str) -> bool:
    return split == "all" or (split == "test") == is_test(aid)


# ------------------------------------------------------------------- predictions


def geomap_events(ann: dict, record: dict) -> list[dict]:
    """geomap's events for one cached article, as plain dicts."""
    from geomap.articles import article_from_text
    from geomap.events import extract_events, merge_events
    from geomap.resolution import geoparse

    published = record.get("published") if ann.get("published_known", True) else None
    article = article_from_text(
        ann["id"],
        record["text"],
        title=record.get("title"),
        published=published or None,
        url=record.get("url"),
    )
    events = merge_events(extract_events(article, geoparse(article)))
    return [event_dict(e) for e in events]


def event_dict(e) -> dict:
    place = e.place
    return {
        "family": e.family,
        "type": e.type,
        "actor": e.actor,
        "target": e.target,
        "date": e.date.isoformat() if e.date else None,
        "date_precision": e.date_precision,
        "killed": e.killed,
        "location": place.name if place else None,
        "place_kind": place.kind if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "alleged": getattr(e, "alleged", False),
        "background": getattr(e, "background", False),
        "sources": [{"article": s.article, "start": s.start, "end": s.end} for s in e.sources],
    }


def load_predictions(path: Path) -> dict[str, list[dict]]:
    """Events by article id from an events.geojson or a ``{id: [event, ...]}`` file."""
    data = json.loads(path.read_text("utf-8"))
    if data.get("type") != "FeatureCollection":
        return {aid: [normalise(e) for e in events] for aid, events in data.items()}
    out: dict[str, list[dict]] = defaultdict(list)
    for feature in data["features"]:
        event = dict(feature["properties"])
        lon, lat = feature["geometry"]["coordinates"][:2]  # GeoJSON is (lon, lat)
        event.update(lat=lat, lon=lon)
        for aid in dict.fromkeys(s["article"] for s in event.get("sources") or []):
            out[aid].append(normalise(event))
    return dict(out)


def without_quotes(e: dict) -> dict:
    """The event without its source sentences (offsets kept): quotes are never saved."""
    sources = [{k: v for k, v in s.items() if k != "quote"} for s in e.get("sources") or []]
    return {**e, "sources": sources}


def normalise(e: dict) -> dict:
    """An event dict with the keys the scorer reads (``kind`` accepted for ``place_kind``)."""
    return {**e, "place_kind": e.get("place_kind") or e.get("kind")}


# ------------------------------------------------------------------- comparison


def parties_right(g: dict, p: dict) -> bool:
    """Actor and target equal (a gold null matches anything); either way round when the
    gold is symmetric or its type is a two-sided act."""

    def same(gold: str | None, pred: str | None) -> bool:
        return gold is None or gold == ORGANS.get(pred or "", pred)

    if same(g.get("actor"), p.get("actor")) and same(g.get("target"), p.get("target")):
        return True
    either = g.get("symmetric") or g.get("type") in SYMMETRIC_TYPES
    return (
        bool(either)
        and same(g.get("actor"), p.get("target"))
        and same(g.get("target"), p.get("actor"))
    )


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def place_right(g: dict, p: dict, locate: Locate) -> bool:
    """Compared at the gold's precision: a city within 25 km of a gold city; a point in
    the gold's admin-1 unit; the gold's country for a region or a country, or for a
    region a predicted region within 250 km of it (a sea is in no country). A
    prediction coarser than the gold (a country centre for a named town) is wrong."""
    gkind, pkind = g.get("kind"), p.get("place_kind")
    if gkind not in FINENESS or pkind not in FINENESS or p.get("lat") is None:
        return False
    if FINENESS[pkind] > FINENESS[gkind]:
        return False
    if gkind in ("city", "admin1") and g.get("lat") is None:
        return g.get("admin1") is not None and g["admin1"] == p.get("admin1")
    if gkind == "city":
        return km(g["lat"], g["lon"], p["lat"], p["lon"]) <= CITY_KM
    if gkind == "admin1":
        gold_admin1 = g.get("admin1") or locate(g["lat"], g["lon"])[0]
        pred_admin1 = p.get("admin1") or locate(p["lat"], p["lon"])[0]
        return gold_admin1 is not None and gold_admin1 == pred_admin1
    if gkind == "region" and pkind == "region" and g.get("lat") is not None:
        if km(g["lat"], g["lon"], p["lat"], p["lon"]) <= REGION_KM:
            return True
    pred_country = p.get("country") or locate(p["lat"], p["lon"])[1]
    return g.get("country") is not None and g["country"] == pred_country


def _day(value: str) -> date:
    """A date from ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (the first day it can be)."""
    parts = [int(x) for x in value[:10].split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _coarser(g: dict, p: dict) -> int:
    """Characters of ``YYYY-MM-DD`` to compare at the coarser of the two date precisions."""
    return min(DATE_CHARS.get(x.get("date_precision") or "day", 10) for x in (g, p))


def date_right(g: dict, p: dict) -> bool:
    gd, pd = g.get("date"), p.get("date")
    if gd is None or pd is None:
        return gd is None and pd is None
    n = DATE_CHARS.get(g.get("date_precision") or "day", 10)
    return pd in (g.get("date_alternatives") or []) or pd[:n] == gd[:n]


def dates_contradict(g: dict, p: dict) -> bool:
    gd, pd = g.get("date"), p.get("date")
    if gd is None or pd is None or pd in (g.get("date_alternatives") or []):
        return False
    n = _coarser(g, p)
    if n == 10:
        return abs((_day(gd) - _day(pd)).days) > 1
    return gd[:n] != pd[:n]


def killed_right(g: dict, p: dict) -> bool:
    gk, pk = g.get("killed"), p.get("killed")
    return gk == pk or (pk is not None and pk in (g.get("killed_alternatives") or []))


def fields_right(g: dict, p: dict, locate: Locate) -> dict[str, bool]:
    return {
        "parties": parties_right(g, p),
        "place": place_right(g, p, locate),
        "date": date_right(g, p),
        "killed": killed_right(g, p),
        "type": g.get("type") == p.get("type"),
        "alleged": bool(g.get("alleged")) == bool(p.get("alleged")),
        "background": bool(g.get("background")) == bool(p.get("background")),
    }


def allowed(g: dict, p: dict, right: dict[str, bool]) -> bool:
    return (
        g.get("family") == p.get("family")
        and (right["parties"] or right["place"])
        and not dates_contradict(g, p)
    )


# ------------------------------------------------------------------- assignment


def assign(scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The one-to-one choice of (gold, pred) pairs with the highest total score.

    Pairs missing from ``scores`` are not allowed; every allowed score must be > 0.
    """
    if not scores:
        return []
    size = 1 + max(max(g, p) for g, p in scores)
    cost = [[-scores.get((g, p), 0.0) for p in range(size)] for g in range(size)]
    chosen = _hungarian(cost)
    return sorted((g, p) for g, p in chosen if (g, p) in scores)


def _hungarian(cost: list[list[float]]) -> list[tuple[int, int]]:
    """Rows assigned to columns at the least total cost, for a square matrix (Kuhn-Munkres
    with potentials, O(n^3)); returns (row, column) pairs."""
    n, inf = len(cost), float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    row_of, way = [0] * (n + 1), [0] * (n + 1)  # column j (1-based) holds row row_of[j]
    for i in range(1, n + 1):
        row_of[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while row_of[j0] != 0:
            used[j0] = True
            i0, delta, j1 = row_of[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < minv[j]:
                        minv[j], way[j] = reduced, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[row_of[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
        while j0:  # flip the augmenting path
            j1 = way[j0]
            row_of[j0] = row_of[j1]
            j0 = j1
    return [(row_of[j] - 1, j - 1) for j in range(1, n + 1) if row_of[j]]


@dataclass
class Matching:
    """One article's outcome: matched pairs with their fields, and what is left over."""

    pairs: list[tuple[dict, dict, dict[str, bool]]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)  # required gold not matched
    false_positives: list[dict] = field(default_factory=list)


def match_article(gold: list[dict], preds: list[dict], locate: Locate) -> Matching:
    rights, scores = {}, {}
    for i, g in enumerate(gold):
        for j, p in enumerate(preds):
            right = fields_right(g, p, locate)
            if allowed(g, p, right):
                rights[i, j] = right
                tie = 0.5 if g.get("required", True) else 0.0
                scores[i, j] = 1 + sum(right.values()) + tie
    pairs = assign(scores)
    out = Matching(pairs=[(gold[i], preds[j], rights[i, j]) for i, j in pairs])
    matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
    out.missed = [g for i, g in enumerate(gold) if i not in matched_g and g.get("required", True)]
    out.false_positives = [p for j, p in enumerate(preds) if j not in matched_p]
    return out


# ------------------------------------------------------------------- counting


@dataclass
class Tally:
    gold: int = 0  # required gold events
    predicted: int = 0
    optional_matched: int = 0
    tp: int = 0
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    applies: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add_field(self, name: str, applies: bool, right: bool) -> None:
        if applies:
            self.applies[name] += 1
            self.right[name] += int(right)


def count(tallies: dict[str, Tally], gold: list[dict], preds: list[dict], m: Matching) -> None:
    for fam in ("all", *FAMILIES):
        t = tallies[fam]
        t.gold += sum(
            1 for g in gold if g.get("required", True) and fam in ("all", g.get("family"))
        )
        t.predicted += sum(1 for p in preds if fam in ("all", p.get("family")))
        for g, _, right in m.pairs:
            if fam not in ("all", g.get("family")):
                continue
            if not g.get("required", True):
                t.optional_matched += 1
                continue
            t.tp += 1
            for name in FIELDS:
                t.add_field(name, name != "place" or g.get("kind") is not None, right[name])
            t.add_field("date, gold dated", g.get("date") is not None, right["date"])
            t.add_field("killed, gold stated", g.get("killed") is not None, right["killed"])
            full = all(right[k] for k in ("parties", "place", "date", "killed"))
            t.add_field("fully right", True, full)


def prf(t: Tally) -> tuple[float, float, float]:
    denominator = t.predicted - t.optional_matched
    p = t.tp / denominator if denominator else 0.0
    r = t.tp / t.gold if t.gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(tallies: dict[str, Tally]) -> str:
    fams = ("strike", "diplomatic", "all")
    lines = [
        "| family | gold (required) | predicted | TP | FP | FN | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for fam in fams:
        t = tallies[fam]
        fp = t.predicted - t.optional_matched - t.tp
        p, r, f = prf(t)
        lines.append(
            f"| {fam} | {t.gold} | {t.predicted} | {t.tp} | {fp} | {t.gold - t.tp} "
            f"| {p:.2f} | {r:.2f} | {f:.2f} |"
        )
    lines += ["", "| field (matched required events) | " + " | ".join(fams) + " |"]
    lines.append("|---|" + "---:|" * len(fams))
    rows = (*FIELDS[:3], "date, gold dated", "killed", "killed, gold stated", *FIELDS[4:])
    for name in (*rows, "fully right"):
        cells = []
        for fam in fams:
            n, k = tallies[fam].applies[name], tallies[fam].right[name]
            cells.append(f"{k / n:.2f} ({k}/{n})" if n else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------- misses


def describe(e: dict) -> str:
    place = e.get("location") or "?"
    return f"{e.get('type')} {e.get('actor')}→{e.get('target')} at {place}, {e.get('date')}"


def quote_of(e: dict, texts: dict[str, str]) -> str:
    """The first source sentence (from the event or the cached text), cut to 100 chars."""
    for s in e.get("sources") or []:
        quote = s.get("quote") or texts.get(s.get("article"), "")[s.get("start", 0) : s.get("end")]
        quote = " ".join(quote.split())
        if quote:
            return quote if len(quote) <= 100 else quote[:99] + "…"
    return ""


#: the fields whose errors the misses report lists for a matched event
WRONG_FIELDS = ("parties", "place", "date", "killed")


def misses_report(aid: str, m: Matching, texts: dict[str, str]) -> str:
    lines = [f"## {aid}"]
    lines += [f"- missed {g.get('id')}: {describe(g)}" for g in m.missed]
    for p in m.false_positives:
        lines.append(f"- false positive: {describe(p)} | {quote_of(p, texts)}")
    for g, p, right in m.pairs:
        wrong = [k for k in WRONG_FIELDS if not right[k]]
        if g.get("required", True) and wrong:
            lines.append(
                f"- {g.get('id')} {', '.join(wrong)} wrong: gold {describe(g)}, "
                f"killed {g.get('killed')}; got {describe(p)}, killed {p.get('killed')}"
            )
    return "\n".join(lines) + "\n" if len(lines) > 1 else ""


# ------------------------------------------------------------------- running


def default_locate() -> Locate:
    from geomap.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()

    @functools.cache
    def locate(lat: float, lon: float) -> tuple[str | None, str | None]:
        admin1, country = gazetteer.contains(lon, lat)  # contains takes (lon, lat)
        return (admin1.admin1 if admin1 else None, country.country if country else None)

    return locate


def load_json_folder(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))}


def cached_records(ids: list[str], cache: Path = CACHE) -> dict[str, dict]:
    out = {}
    for aid in ids:
        path = cache / f"{aid}.json"
        if path.exists():
            record = json.loads(path.read_text("utf-8"))
            if record.get("text"):
                out[aid] = record
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--predictions", type=Path, help="events.geojson or {id: [events]}")
    parser.add_argument("--save-predictions", type=Path, help="write the scored predictions")
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    parser.add_argument(
        "--misses", action="store_true", help="list misses, false positives and wrong fields"
    )
    args = parser.parse_args(argv)

    annotations = {
        a: ann for a, ann in load_json_folder(ANNOTATIONS).items() if in_split(a, args.split)
    }
    records = cached_records(sorted(annotations))
    if args.predictions:
        predictions = load_predictions(args.predictions)
        ids = sorted(annotations)
    else:
        ids = sorted(records)
        skipped = len(annotations) - len(ids)
        if skipped:
            print(f"{skipped} of {len(annotations)} articles skipped: text missing from the cache")
        predictions = {aid: geomap_events(annotations[aid], records[aid]) for aid in ids}
    if args.save_predictions:
        scored = {aid: [without_quotes(e) for e in predictions.get(aid, [])] for aid in ids}
        text = json.dumps(scored, ensure_ascii=False, indent=1, sort_keys=True)
        args.save_predictions.write_text(text + "\n", "utf-8")

    locate = default_locate()
    tallies: dict[str, Tally] = defaultdict(Tally)
    texts = {aid: r["text"] for aid, r in records.items()}
    report = []
    for aid in ids:
        gold, preds = annotations[aid]["events"], predictions.get(aid, [])
        matching = match_article(gold, preds, locate)
        count(tallies, gold, preds, matching)
        report.append(misses_report(aid, matching, texts))
    out = f"Split {args.split}: {len(ids)} articles\n\n" + table(tallies)
    print(out)
    if args.out:
        args.out.write_text(out, "utf-8")
    if args.misses:
        print("# Misses and false positives\n\n" + "\n".join(r for r in report if r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
