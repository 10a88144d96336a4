"""Tests for benchmarks/events/score.py: how predicted events are matched to annotated
ones and counted. Tiny made-up events only; no article cache, no network."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "events" / "score.py"
_spec = importlib.util.spec_from_file_location("event_scorer", SCRIPT)
score = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = score  # dataclasses look their module up while it loads
_spec.loader.exec_module(score)


def locate(lat: float, lon: float) -> tuple[str | None, str | None]:
    """A made-up map: country XX, split into admin-1 units XX-S (lat < 10) and XX-N."""
    return ("XX-S" if lat < 10 else "XX-N", "XX")


def gold(**kw) -> dict:
    """An annotated strike by AA on BB at a city, dated, with a toll; ``kw`` overrides."""
    base = {
        "id": "E1",
        "family": "strike",
        "type": "shelling",
        "actor": "AA",
        "target": "BB",
        "symmetric": False,
        "location": "Town",
        "kind": "city",
        "country": "XX",
        "lat": 5.0,
        "lon": 5.0,
        "date": "2024-05-10",
        "date_precision": "day",
        "date_alternatives": [],
        "killed": 3,
        "killed_alternatives": [],
        "alleged": False,
        "background": False,
        "required": True,
    }
    return {**base, **kw}


def pred(**kw) -> dict:
    """A predicted event equal to ``gold()``; ``kw`` overrides."""
    base = {
        "family": "strike",
        "type": "shelling",
        "actor": "AA",
        "target": "BB",
        "location": "Town",
        "place_kind": "city",
        "country": "XX",
        "lat": 5.0,
        "lon": 5.0,
        "date": "2024-05-10",
        "date_precision": "day",
        "killed": 3,
        "alleged": False,
        "background": False,
    }
    return {**base, **kw}


def tally(golds: list[dict], preds: list[dict]) -> score.Tally:
    tallies = defaultdict(score.Tally)
    score.count(tallies, golds, preds, score.match_article(golds, preds, locate))
    return tallies["all"]


# 0.1 degree of latitude is about 11 km
KM_PER_DEGREE = 111.2


@pytest.mark.parametrize(
    ("g", "p", "right"),
    [
        (gold(symmetric=True), pred(actor="BB", target="AA"), True),
        (gold(type="clash"), pred(type="clash", actor="BB", target="AA"), True),
        (gold(), pred(actor="BB", target="AA"), False),
        (gold(actor=None), pred(actor="CC"), True),
        (gold(target=None, symmetric=True), pred(actor="ZZ", target="AA"), True),
        (gold(), pred(target=None), False),
        (gold(target="UN"), pred(target="UNSC"), True),
        (gold(target="UNSC"), pred(target="UN"), False),
    ],
    ids=[
        "symmetric-gold-either-way",
        "clash-type-either-way",
        "one-way-reversed-is-wrong",
        "gold-null-actor-matches-any",
        "gold-null-target-symmetric-swapped",
        "predicted-null-against-named-is-wrong",
        "an-organ-is-its-body",
        "a-body-is-not-its-organ",
    ],
)
def test_parties(g: dict, p: dict, right: bool) -> None:
    """Actor and target must agree; either way round for symmetric acts; gold null is open."""
    assert score.parties_right(g, p) is right


@pytest.mark.parametrize(
    ("g", "p", "right"),
    [
        (gold(), pred(lat=5.0 + 20 / KM_PER_DEGREE), True),
        (gold(), pred(lat=5.0 + 30 / KM_PER_DEGREE), False),
        (gold(kind="admin1"), pred(lat=8.0), True),
        (gold(kind="admin1"), pred(lat=12.0), False),
        (gold(kind="admin1"), pred(lat=12.0, admin1="XX-S"), True),
        (gold(kind="country"), pred(place_kind="admin1", lat=30.0), True),
        (gold(kind="region"), pred(country="YY"), False),
        (gold(kind="region"), pred(place_kind="region", country=None, lat=6.5), True),
        (gold(kind="region"), pred(place_kind="region", country="YY", lat=8.0), False),
        (gold(), pred(place_kind="country"), False),
        (gold(kind="admin1"), pred(place_kind="country"), False),
        (gold(), pred(place_kind=None, lat=None, lon=None), False),
    ],
    ids=[
        "city-20km-right",
        "city-30km-wrong",
        "admin1-gold-city-inside",
        "admin1-gold-city-outside",
        "admin1-from-prediction",
        "country-gold-finer-prediction",
        "region-gold-other-country",
        "region-gold-sea-prediction-near",
        "region-gold-region-prediction-far",
        "city-gold-country-prediction",
        "admin1-gold-country-prediction",
        "no-predicted-place",
    ],
)
def test_place_tolerance_and_precision(g: dict, p: dict, right: bool) -> None:
    """Cities within 25 km; coarser gold compared at its precision; never coarser predictions."""
    assert score.place_right(g, p, locate) is right


@pytest.mark.parametrize(
    ("g", "p", "matches", "date_right"),
    [
        (gold(), pred(date="2024-05-11"), True, False),
        (gold(), pred(date="2024-05-12"), False, None),
        (gold(date_alternatives=["2024-05-12"]), pred(date="2024-05-12"), True, True),
        (gold(), pred(date=None), True, False),
        (gold(date=None, date_precision=None), pred(date=None), True, True),
        (gold(date="2024-05-01", date_precision="month"), pred(date="2024-05-20"), True, True),
        (gold(), pred(date="2024-06-01", date_precision="month"), False, None),
    ],
    ids=[
        "one-day-apart-matches-wrong-date",
        "two-days-apart-never-match",
        "alternative-date",
        "undated-prediction",
        "both-undated",
        "month-precision-gold",
        "other-month",
    ],
)
def test_date_contradiction(g: dict, p: dict, matches: bool, date_right: bool | None) -> None:
    """Dated events more than a day apart never match, unless the date is an alternative."""
    m = score.match_article([g], [p], locate)
    assert bool(m.pairs) is matches
    if matches:
        assert m.pairs[0][2]["date"] is date_right


@pytest.mark.parametrize(
    ("g", "p", "right"),
    [
        (gold(), pred(killed=3), True),
        (gold(), pred(killed=4), False),
        (gold(killed_alternatives=[4]), pred(killed=4), True),
        (gold(killed=None), pred(killed=None), True),
        (gold(killed=None), pred(killed=2), False),
        (gold(), pred(killed=None), False),
    ],
    ids=["equal", "different", "alternative", "both-null", "gold-null", "predicted-null"],
)
def test_killed(g: dict, p: dict, right: bool) -> None:
    """The toll is right when equal, an annotated alternative, or both unstated."""
    assert score.killed_right(g, p) is right


@pytest.mark.parametrize(
    ("golds", "preds", "expected"),
    [
        ([gold(required=False)], [pred()], (0, 1, 1, 0)),
        ([gold(required=False)], [], (0, 0, 0, 0)),
        ([gold(), gold(id="E2", required=False)], [pred()], (1, 1, 0, 1)),
        ([gold()], [pred(), pred()], (1, 2, 0, 1)),
        ([gold()], [pred(family="diplomatic")], (1, 1, 0, 0)),
        ([gold()], [pred(actor="CC", lat=40.0)], (1, 1, 0, 0)),
        ([gold()], [pred(actor="CC")], (1, 1, 0, 1)),
    ],
    ids=[
        "optional-found-counts-nowhere",
        "optional-missed-ignored",
        "required-wins-over-optional",
        "duplicate-is-false-positive",
        "other-family-no-match",
        "neither-parties-nor-place-no-match",
        "place-alone-is-enough",
    ],
)
def test_counting(golds: list[dict], preds: list[dict], expected: tuple) -> None:
    """(required gold, predicted, matched to optional, true positives) for one article."""
    t = tally(golds, preds)
    assert (t.gold, t.predicted, t.optional_matched, t.tp) == expected


def test_precision_leaves_out_predictions_of_optional_events() -> None:
    """Precision = TP / (predicted - matched to optional); recall = TP / required gold."""
    golds = [gold(), gold(id="E2", required=False, lat=30.0, actor="CC"), gold(id="E3", lat=50.0)]
    preds = [pred(), pred(lat=30.0, actor="CC"), pred(actor="DD", target="EE", lat=70.0)]
    p, r, f = score.prf(tally(golds, preds))
    assert (p, r) == (0.5, 0.5)
    assert f == pytest.approx(0.5)


def test_assignment_maximises_field_agreement() -> None:
    """A prediction goes to the gold event it agrees with most, not the first allowed one."""
    golds = [gold(id="E1", killed=9), gold(id="E2")]
    m = score.match_article(golds, [pred()], locate)
    assert [g["id"] for g, _, _ in m.pairs] == ["E2"]
    assert [g["id"] for g in m.missed] == ["E1"]


def best_total(scores: dict) -> float:
    """The highest total of any one-to-one choice of pairs, by trying them all."""
    best = 0.0
    pairs = list(scores)
    for mask in range(1 << len(pairs)):
        chosen = [pairs[i] for i in range(len(pairs)) if mask >> i & 1]
        golds, preds = [g for g, _ in chosen], [p for _, p in chosen]
        if len(set(golds)) == len(golds) and len(set(preds)) == len(preds):
            best = max(best, sum(scores[c] for c in chosen))
    return best


@pytest.mark.parametrize(
    "scores",
    [
        {(0, 0): 5.0, (0, 1): 4.0, (1, 0): 4.0},
        {(0, 0): 3.0, (1, 1): 3.0, (2, 0): 2.0},
        {(0, 0): 8.5, (1, 0): 8.0, (1, 1): 2.0},
        {(0, 3): 1.0, (4, 0): 2.0},
        *(
            {
                (g, p): float(rng.randint(1, 9))
                for g in range(4)
                for p in range(rng.randint(1, 4))
                if rng.random() < 0.6
            }
            for rng in [random.Random(7)]
            for _ in range(20)
        ),
    ],
    ids=[
        "crossed-pairs-beat-the-best-single",
        "disjoint-pairs",
        "second-best-frees-a-pair",
        "sparse",
        *(f"random-{n}" for n in range(20)),
    ],
)
def test_assignment_is_one_to_one_and_best(scores: dict) -> None:
    """Each gold and each prediction is used at most once, with the best total there is."""
    pairs = score.assign(scores)
    assert len({g for g, _ in pairs}) == len({p for _, p in pairs}) == len(pairs)
    assert all(c in scores for c in pairs)
    assert sum(scores[c] for c in pairs) == best_total(scores)


@pytest.mark.parametrize(
    ("aid", "test"),
    [
        ("in-pk-loc-shelling-01", False),
        ("am-az-tegh-clash-01", False),
        ("il-lb-kiryat-shmona-01", True),
        ("pl-ru-drone-incursion-01", True),
    ],
    ids=["in-pk", "am-az", "il-lb", "pl-ru"],
)
def test_split_is_stable(aid: str, test: bool) -> None:
    """The split depends on the id alone: fixed values, whatever else is in the set."""
    assert score.is_test(aid) is test
    assert score.in_split(aid, "test") is test
    assert score.in_split(aid, "dev") is not test
    assert score.in_split(aid, "all")


def test_split_is_about_a_third() -> None:
    ids = [f"xx-yy-topic-{n:02d}" for n in range(300)]
    share = sum(score.is_test(a) for a in ids) / len(ids)
    assert 0.25 < share < 0.42


def test_predictions_from_events_geojson(tmp_path: Path) -> None:
    """A feature belongs to every article its sources cite; the point is (lon, lat)."""
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [5.0, 6.0]},
        "properties": {
            **{k: v for k, v in pred().items() if k not in ("lat", "lon")},
            "sources": [{"article": a, "start": 0, "end": 1, "quote": "x"} for a in "aab"],
        },
    }
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    loaded = score.load_predictions(path)
    assert sorted(loaded) == ["a", "b"]
    assert len(loaded["a"]) == 1
    assert (loaded["a"][0]["lat"], loaded["a"][0]["lon"]) == (6.0, 5.0)


def test_predictions_from_dict_accept_kind(tmp_path: Path) -> None:
    event = {k: v for k, v in pred().items() if k != "place_kind"} | {"kind": "city"}
    path = tmp_path / "preds.json"
    path.write_text(json.dumps({"a": [event]}))
    loaded = score.load_predictions(path)
    assert loaded["a"][0]["place_kind"] == "city"
    assert score.place_right(gold(), loaded["a"][0], locate)


def test_false_positive_quote_from_offsets_is_cut() -> None:
    """Without a stored quote, the sentence is cut from the text by its offsets (100 chars)."""
    text = "Short one. " + "x" * 150
    event = pred(sources=[{"article": "a", "start": 11, "end": len(text)}])
    quote = score.quote_of(event, {"a": text})
    assert len(quote) == 100
    assert quote.endswith("…")
    assert score.quote_of(pred(sources=[{"article": "a", "start": 0, "end": 10}]), {"a": text}) == (
        "Short one."
    )
    assert "quote" not in score.without_quotes(pred(sources=[{"quote": "q"}]))["sources"][0]
