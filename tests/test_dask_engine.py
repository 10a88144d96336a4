"""The Dask engine gives the local engine's outputs, byte for byte.

The keyed merge is checked without a cluster (any split of a run's events by
``merge_key``, merged share by share, is ``merge_events``' result), then a
two-worker ``LocalCluster`` runs the seeds and a replicated corpus, compared file by
file with the local engine's outputs.
"""

from __future__ import annotations

import json
import os
import random
import socket
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.articles import read_articles
from geomap.cli import main
from geomap.errors import EngineError
from geomap.events import merge_events, merge_indexed, merge_key
from geomap.lexicon import load_lexicon
from geomap.models import ArticleText, Event, Source
from geomap.pipeline import _read_all, run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
#: the real-news texts of the event benchmark, where a checkout has them (git-ignored)
NEWS = Path(os.environ.get("GEOMAP_EVENTS_CACHE") or ROOT / "benchmarks" / "events" / ".cache")


def keyed_merge(events: list[Event], buckets: int, seed: int) -> list[Event]:
    """Events split by ``merge_key`` into ``buckets`` shares, each shuffled and merged
    apart, the results put in order: what the cluster does."""
    rng = random.Random(seed)
    where = {k: rng.randrange(buckets) for k in sorted({merge_key(e) for e in events})}
    shares: list[list[tuple[int, Event]]] = [[] for _ in range(buckets)]
    for pair in enumerate(events):
        shares[where[merge_key(pair[1])]].append(pair)
    merged = []
    for share in shares:
        rng.shuffle(share)
        merged += merge_indexed(share)
    return [e for _, e in sorted(merged, key=lambda p: p[0])]


def extracted(articles) -> list[Event]:
    """The events a run extracts from ``articles``, before they are merged."""
    from geomap.gazetteer import default_gazetteer

    g = default_gazetteer()
    years = Counter(a.published.year for a in articles if a.published)
    hint = years.most_common(1)[0][0] if years else None
    texts = [ArticleText(a.id, a.text, a.title, a.published, a.url, a.path) for a in articles]
    return [e for _, _, found in _read_all(texts, g, hint) for e in found]


def replicated_feed(folder: Path, copies: int) -> Path:
    """The seeds and the event fixtures, ``copies`` times, as one JSON Lines file: the
    copies of one report merge across articles."""
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((FIXTURES / "events").glob("*.txt"))]
    path = folder / "feed.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(copies):
            for j, text in enumerate(texts):
                handle.write(json.dumps({"id": f"{i}-{j}", "text": f"Copy {i}.\n{text}"}) + "\n")
    return path


# ------------------------------------------------------------- the keyed merge


@pytest.mark.parametrize("buckets", [1, 2, 7], ids=["one share", "two shares", "seven shares"])
def test_keyed_merge_is_merge_events_on_the_replicated_corpus(buckets, tmp_path):
    """Merged key by key, in any number of shares, the events are merge_events'."""
    events = extracted(read_articles([replicated_feed(tmp_path, 3)]))
    assert keyed_merge(events, buckets, seed=buckets) == merge_events(events)


def test_keyed_merge_is_merge_events_on_real_news(tmp_path):
    """The same on the real-news texts of the event benchmark, where present."""
    files = sorted(NEWS.glob("*.json"))
    if not files:
        pytest.skip("the real-news texts are not in this checkout (benchmarks/events)")
    records = [json.loads(p.read_text("utf-8")) for p in files]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records))
    events = extracted(read_articles([path]))
    assert len(merge_events(events)) < len(events)  # reports do merge across articles
    assert keyed_merge(events, 3, seed=0) == merge_events(events)


def _events_strategy(places):
    lex = load_lexicon()
    types = sorted((t.family, name) for name, t in lex.types.items())
    day0 = date(2025, 5, 1)
    one = st.builds(
        lambda kind, actor, target, place, day, precision, killed, conf, bg, alleged, n: Event(
            id=f"a{n}:1",
            family=kind[0],
            type=kind[1],
            actor=actor,
            target=target,
            place=place,
            date=None if day is None else day0 + timedelta(days=day),
            date_precision=None if day is None else precision,
            killed=killed,
            confidence=conf,
            sources=(Source(f"a{n}", 0, 10, "a sentence"),),
            alleged=alleged,
            background=bg,
        ),
        st.sampled_from(types),
        st.sampled_from(["IN", "PK", "CN", None]),
        st.sampled_from(["IN", "PK", "AF", None]),
        st.sampled_from(places),
        st.one_of(st.none(), st.integers(0, 8)),
        st.sampled_from(["day", "month"]),
        st.one_of(st.none(), st.integers(0, 20)),
        st.floats(0.3, 0.95),
        st.booleans(),
        st.booleans(),
        st.integers(0, 30),
    )
    return st.lists(one, max_size=40)


@pytest.fixture(scope="module")
def places():
    from geomap.gazetteer import default_gazetteer

    g = default_gazetteer()
    found = [g.country("IN"), g.capital("IN"), g.country("PK"), g.capital("PK"), g.country("AF")]
    return [None, *found]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), buckets=st.integers(1, 4), seed=st.integers(0, 9))
def test_keyed_merge_is_merge_events_on_any_events(places, data, buckets, seed):
    """For any run of events (parties, dates a few days apart or none, places, types of
    either family), the keyed merge is merge_events, ids and order included."""
    events = data.draw(_events_strategy(places))
    assert keyed_merge(events, buckets, seed) == merge_events(events)


# ------------------------------------------------------ a two-worker LocalCluster

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@pytest.fixture
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections to this machine allowed (the cluster's scheduler and workers);
    anything else still refused."""
    original = socket._socket.socket.connect  # type: ignore[attr-defined]

    def connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if host not in LOOPBACK:
            raise OSError("tests must not use the network")
        return original(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture(scope="module")
def cluster():
    """A two-worker LocalCluster, started by the engine itself, for the module."""
    pytest.importorskip("distributed")
    from geomap.dask_engine import DaskEngine

    with DaskEngine(workers=2) as engine:
        yield engine


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("corpus", ["seeds", "replicated"], ids=["seeds", "replicated corpus"])
def test_dask_outputs_are_the_local_outputs_byte_for_byte(corpus, cluster, loopback, tmp_path):
    """The same files, byte for byte, from a two-worker cluster as from this machine."""
    inputs = [SEEDS] if corpus == "seeds" else [replicated_feed(tmp_path, 4)]
    options = {"export": ["csv"], "report": True}
    local = run(inputs, tmp_path / "local", **options)
    address = cluster.client.scheduler.address
    dask = run(inputs, tmp_path / "dask", engine="dask", scheduler=address, **options)
    assert dask.events == local.events
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    assert len(_files(tmp_path / "local")) >= 5


def test_the_cluster_merge_is_merge_events(cluster, loopback, tmp_path):
    """The shuffle by key on the cluster gives merge_events' events, in its order."""
    events = extracted(read_articles([replicated_feed(tmp_path, 2)]))
    assert cluster.threads == 2
    assert cluster.merge(events) == merge_events(events)
    assert cluster.merge([]) == []


def test_the_command_line_runs_on_a_cluster(cluster, loopback, tmp_path, capsys):
    """geomap run --engine dask --scheduler ADDRESS writes what the local run writes."""
    address = cluster.client.scheduler.address
    assert main(["run", str(SEEDS), "-o", str(tmp_path / "local")]) == 0
    argv = ["run", str(SEEDS), "-o", str(tmp_path / "dask"), "--engine", "dask"]
    assert main([*argv, "--scheduler", address]) == 0
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")


# ------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "address", ["nonsense::::", "tcp://127.0.0.1:1"], ids=["malformed", "nobody listening"]
)
def test_a_bad_scheduler_address_is_one_line(address, loopback, capsys, monkeypatch, tmp_path):
    """An address that is no address, or where no scheduler answers: one line, exit 1."""
    pytest.importorskip("distributed")
    monkeypatch.setattr("geomap.dask_engine.CONNECT_TIMEOUT", 1.0)
    out = str(tmp_path / "out")
    argv = ["run", str(SEEDS), "-o", out, "--engine", "dask", "--scheduler", address]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"geomap: error: {address}: cannot reach a Dask scheduler")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out" / "events.geojson").exists()


def test_without_dask_the_error_says_what_to_install(monkeypatch, tmp_path, capsys):
    """Dask not installed: one line naming the extra to install."""
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    assert main(["run", str(SEEDS), "-o", str(tmp_path / "out"), "--engine", "dask"]) == 1
    err = capsys.readouterr().err
    assert err == "geomap: error: the Dask engine needs Dask: pip install 'geomap[dask]'\n"
    with pytest.raises(EngineError):
        run([SEEDS], None, engine="dask")


def test_a_scheduler_needs_the_dask_engine(capsys):
    """--scheduler alone is a usage error (exit 2), and so is an unknown engine."""
    with pytest.raises(SystemExit) as stop:
        main(["run", str(SEEDS), "--scheduler", "tcp://127.0.0.1:8786"])
    assert stop.value.code == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
    with pytest.raises(EngineError, match="no such engine"):
        run([SEEDS], None, engine="spark")
