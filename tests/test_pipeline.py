"""'geomap run' end to end on the seeds: the three outputs, their contract, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap import cli
from geomap.frames import EVENT_COLUMNS
from geomap.pipeline import run

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return run([ROOT / "seeds"], out), out


def test_run_writes_the_three_outputs(seeds_run):
    result, out = seeds_run
    names = ["events.geojson", "geomap-manifest.json", "map.html", "places.geojson"]
    assert sorted(p.name for p in out.iterdir()) == names
    assert [p.name for p in result.outputs] == ["events.geojson", "places.geojson", "map.html"]


def test_events_geojson_contract(seeds_run):
    _, out = seeds_run
    fc = json.loads((out / "events.geojson").read_text("utf-8"))
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    for feature in fc["features"]:
        assert list(feature["properties"]) == list(EVENT_COLUMNS)
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_cross_article_strike_is_one_event(seeds_run, gold):
    """The 16 January strike told by both seeds is one event with both articles."""
    _, out = seeds_run
    fc = json.loads((out / "events.geojson").read_text("utf-8"))
    strikes = [
        f["properties"]
        for f in fc["features"]
        if f["properties"]["family"] == "strike" and f["properties"]["date"] == "2024-01-16"
    ]
    assert len(strikes) == 1
    strike = strikes[0]
    assert (strike["actor"], strike["target"]) == ("IR", "PK")
    assert {s["article"] for s in strike["sources"]} == set(gold["articles"])
    for s in strike["sources"]:
        text = (ROOT / "seeds" / s["article"]).read_text("utf-8")
        assert text[s["start"] : s["end"]] == s["quote"]


def test_every_required_gold_event_is_on_the_map(seeds_run, gold):
    """Each required gold event has a mark of its family and actor in map.html's data."""
    result, _ = seeds_run
    records = result.frames.events.to_dict("records")
    # pandas' string columns hold NaN, not None, for a missing actor
    have = {(e["family"], e["actor"] if isinstance(e["actor"], str) else None) for e in records}
    for data in gold["articles"].values():
        for event in data["events"]:
            if event["required"]:
                assert (event["family"], event["actor"]) in have, event["id"]
    page = (seeds_run[1] / "map.html").read_text("utf-8")
    assert f'"Strikes ({(result.frames.events["family"] == "strike").sum()})"' in page


def test_reruns_are_byte_identical(seeds_run, tmp_path):
    _, first = seeds_run
    run([ROOT / "seeds"], tmp_path)
    for name in ("events.geojson", "places.geojson", "map.html"):
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def test_notebook_shows_the_map(seeds_run):
    assert "leaflet" in seeds_run[0]._repr_html_().lower()


def test_cli_run_prints_a_summary(tmp_path, capsys):
    assert cli.main(["run", str(ROOT / "seeds"), "-o", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "articles: 2" in out and "strikes" in out and "map.html" in out


def test_cli_run_missing_input(tmp_path, capsys):
    assert cli.main(["run", str(tmp_path / "nope"), "-o", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geomap: error:") and "nope" in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_cli_run_output_is_a_file(tmp_path, capsys):
    target = tmp_path / "taken"
    target.write_text("keep me", "utf-8")
    assert cli.main(["run", str(ROOT / "seeds"), "-o", str(target)]) == 1
    assert "not a folder" in capsys.readouterr().err
    assert target.read_text("utf-8") == "keep me"


def test_seed_outputs_validate_strictly(seeds_run):
    """The committed kind of output, not just synthetic frames, meets the strict schema."""
    from test_geojson import EventsFC, PlacesFC  # the typed DESIGN.md schema

    _, out = seeds_run
    events = EventsFC.model_validate_json((out / "events.geojson").read_text("utf-8"))
    places = PlacesFC.model_validate_json((out / "places.geojson").read_text("utf-8"))
    assert len(events.features) >= 10 and len(places.features) >= 10


def test_the_package_exports_its_table_of_contents():
    """Every name ``geomap/__init__.py`` lists resolves to the stage's function."""
    import geomap

    for name in geomap.__all__:
        assert getattr(geomap, name) is not None, name
    assert geomap.run is run


def test_worker_processes_give_the_same_outputs(tmp_path, monkeypatch):
    """Large inputs are shared between processes; the files must not change, byte for
    byte, nor the run's fingerprint (undated fixtures take the run's year)."""
    from geomap import pipeline

    inputs = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "events"]
    serial = run(inputs, tmp_path / "serial", report=True, export=["csv"])
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    monkeypatch.setattr(pipeline, "_CHUNK", 3)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    parallel = run(inputs, tmp_path / "parallel", report=True, export=["csv"])
    names = ["events.geojson", "places.geojson", "map.html", "report.html", "events.csv"]
    assert [p.name for p in parallel.outputs] == names
    for name in [*names, "geomap-manifest.json"]:
        single = (tmp_path / "serial" / name).read_bytes()
        assert (tmp_path / "parallel" / name).read_bytes() == single, name
    assert parallel.fingerprint() == serial.fingerprint()
    assert parallel.summary().splitlines()[:4] == serial.summary().splitlines()[:4]


def test_the_number_of_workers_is_the_callers(tmp_path, monkeypatch):
    """``workers=1`` keeps a large run in one process and ``workers=3`` starts three,
    whatever the cores; ``geomap run --workers 0`` and ``--workers`` with Dask are
    usage errors."""
    from geomap import cli, pipeline

    started: list[int] = []
    real_pool = pipeline._pool

    def counting_pool(g, workers):
        started.append(workers)
        return real_pool(g, workers)

    monkeypatch.setattr(pipeline, "_pool", counting_pool)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 8)
    inputs = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "events"]
    one = run(inputs, tmp_path / "one", workers=1)
    assert started == []
    three = run(inputs, tmp_path / "three", workers=3)
    assert started == [3]
    assert one.fingerprint() == three.fingerprint()
    with pytest.raises(ValueError, match="workers"):
        run(inputs, None, workers=0)
    for argv in (["run", "--workers", "0"], ["run", "--workers", "2", "--engine", "dask"]):
        with pytest.raises(SystemExit) as ended:
            cli.main([*argv, str(ROOT / "seeds"), "-o", str(tmp_path / "cli")])
        assert ended.value.code == 2, argv


def test_the_seeds_give_the_committed_outputs(tmp_path):
    """A run keeps only compact records of what it read, yet writes the very files
    committed in ``outputs/`` (made by ``geomap run --report --png``), and the same
    fingerprint of its data."""
    result = run([ROOT / "seeds"], tmp_path, report=True)
    for path in result.outputs:
        assert path.read_bytes() == (ROOT / "outputs" / path.name).read_bytes(), path.name
    committed = json.loads((ROOT / "outputs" / "geomap-manifest.json").read_text("utf-8"))
    assert result.fingerprint() == committed["fingerprint"]
