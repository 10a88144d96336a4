"""--since, --until, --country, --family, --type: one selection for every output."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from geomap import cli
from geomap.filters import EventFilter, FilterError
from geomap.pipeline import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def events():
    """The seeds' merged events, unfiltered."""
    return run([SEEDS], None).events


def _codes(e) -> set[str]:
    return {c for c in (e.place.country if e.place else None, e.actor, e.target) if c}


@pytest.mark.parametrize(
    ("spec", "rule"),
    [
        ({"families": ["strike"]}, lambda e: e.family == "strike"),
        ({"types": ["meeting,phone call"]}, lambda e: e.type in ("meeting", "phone call")),
        ({"countries": ["ir"]}, lambda e: "IR" in _codes(e)),
        (
            {"since": "2024-01-17", "until": "2024-01-18"},
            lambda e: e.date is not None and dt.date(2024, 1, 17) <= e.date <= dt.date(2024, 1, 18),
        ),
        (
            {"families": ["diplomatic"], "countries": ["CN", "US"]},
            lambda e: e.family == "diplomatic" and _codes(e) & {"CN", "US"},
        ),
    ],
    ids=["family", "types", "country", "date range", "family and countries"],
)
def test_a_filter_keeps_exactly_the_events_it_names(spec, rule, events):
    kept = EventFilter.parse(**spec).apply(events)
    assert kept == tuple(e for e in events if rule(e))
    assert 0 < len(kept) < len(events)  # the seeds hold events on both sides of each rule


def test_an_empty_filter_keeps_everything(events):
    empty = EventFilter.parse()
    assert not empty and empty.apply(events) == tuple(events)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"since": "17/01/2024"}, "--since '17/01/2024': expected a date as YYYY-MM-DD"),
        ({"since": "2024-02-01", "until": "2024-01-01"}, "is after --until"),
        ({"families": ["strikes"]}, "family must be one of strike, diplomatic"),
        ({"types": ["airstrik"], "known_types": ["airstrike"]}, "no event type 'airstrik'"),
    ],
    ids=["bad date", "empty range", "bad family", "misspelt type"],
)
def test_bad_filters_are_one_clear_error(spec, message):
    with pytest.raises(FilterError, match=message):
        EventFilter.parse(**spec)


def test_cli_filter_applies_to_geojson_report_and_exports(tmp_path, capsys):
    out = tmp_path / "out"
    argv = ["run", str(SEEDS), "-o", str(out), "--family", "strike", "--export", "csv", "--report"]
    assert cli.main(argv) == 0
    printed = capsys.readouterr().out
    assert "filter:   family strike" in printed
    features = json.loads((out / "events.geojson").read_text("utf-8"))["features"]
    assert features and {f["properties"]["family"] for f in features} == {"strike"}
    table = pd.read_csv(out / "events.csv")
    assert list(table["event_id"]) == [f["properties"]["id"] for f in features]
    assert f"Events ({len(features)})" in (out / "report.html").read_text("utf-8")


def test_cli_unknown_type_fails_before_any_work(tmp_path, capsys):
    code = cli.main(["run", str(SEEDS), "-o", str(tmp_path / "o"), "--type", "airstrik"])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1
    assert err.startswith("geomap: error: no event type 'airstrik'; expected one of ")
    assert not (tmp_path / "o").exists()
