"""The Dask engine measured: bag against dataframe, one worker against two.

    python benchmarks/dask_bench.py [FOLDER_OR_JSONL ...] [--copies 60]
                                    [--workers 1 2] [--repeat 3]

On a corpus (each FOLDER_OR_JSONL given, else the seeds and the event fixtures
replicated ``--copies`` times into a temporary JSONL), prints seconds for:

- the local engine: one core (``_read_all`` in process, then ``merge_events``);
- for each worker count, on a ``LocalCluster`` of that many single-threaded worker
  processes (its start-up timed apart, its workers warmed up): the reading
  (geoparse and extraction) and the keyed merge, each written twice, with
  ``dask.bag`` (what ``geomap.dask_engine`` uses) and with ``dask.dataframe``
  (articles and events in ``object`` columns, the merge a ``shuffle`` on the key
  column);

and the speed-up of the bag engine from one worker to two. Every result is checked
against the local engine's (the same mentions and events, the same merged events).
Best of ``--repeat`` rounds, each round trying every variant in turn, so that a
change in the machine's load hits them alike, with the sentence parser's cache
emptied in every process before each. Besides wall time it prints the CPU
seconds spent (client and workers) and those of the busiest worker: on a machine
whose cores are busy with other work, wall time flatters no variant, CPU time shows
the overhead of each and how evenly the work was shared.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this working tree, not an installed copy


def replicated(folder: Path, copies: int) -> Path:
    """The seeds and the event fixtures, ``copies`` times, as one JSONL (each copy
    numbered: the reader keeps one of several identical texts)."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "tests/fixtures/events").glob("*.txt"))]
    path = folder / f"replicated-x{copies}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(copies):
            for j, text in enumerate(texts):
                handle.write(json.dumps({"id": f"{i}-{j}", "text": f"Copy {i}.\n{text}"}) + "\n")
    return path


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The shortest of ``repeat`` runs of ``fn`` and its last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


# ------------------------------------------------------------ the dataframe variant


def _frame_read(part: Any, folder: str | None, hint: int | None) -> Any:
    """One dataframe partition read on a worker: the bag engine's code, framed."""
    import pandas as pd

    from geomap.dask_engine import _read_partition

    results = _read_partition(list(part["article"]), folder, hint)
    return pd.DataFrame(
        {
            "pos": part["pos"].to_numpy(),
            "info": pd.Series([i for i, _, _ in results], dtype=object),
            "mentions": pd.Series([m for _, m, _ in results], dtype=object),
            "events": pd.Series([e for _, _, e in results], dtype=object),
        }
    )


def _frame_merge(part: Any) -> Any:
    import pandas as pd

    from geomap.events import merge_indexed

    merged = merge_indexed(zip(part["pos"], part["event"], strict=True))
    return pd.DataFrame(
        {
            "pos": pd.Series([p for p, _ in merged], dtype="int64"),
            "event": pd.Series([e for _, e in merged], dtype=object),
        }
    )


def dataframe_read(engine: Any, articles: list, gazetteer: Any, hint: int | None) -> list:
    import dask.dataframe as dd
    import pandas as pd

    from geomap.dask_engine import READ_PARTITION, _partitions, _shipped_folder

    count = max(4 * engine.threads, -(-len(articles) // READ_PARTITION))
    parts = _partitions(list(enumerate(articles)), count)
    frames = [
        pd.DataFrame(
            {
                "pos": pd.Series([p for p, _ in part], dtype="int64"),
                "article": pd.Series([a for _, a in part], dtype=object),
            }
        )
        for part in parts
    ]
    futures = engine.client.scatter(frames, hash=False)
    meta_in = frames[0].iloc[:0]
    meta = pd.DataFrame(
        {
            "pos": pd.Series([], dtype="int64"),
            "info": pd.Series([], dtype=object),
            "mentions": pd.Series([], dtype=object),
            "events": pd.Series([], dtype=object),
        }
    )
    ddf = dd.from_delayed(futures, meta=meta_in)
    out = ddf.map_partitions(_frame_read, _shipped_folder(gazetteer), hint, meta=meta)
    done = out.compute(scheduler=engine.client).sort_values("pos")
    return list(zip(done["info"], done["mentions"], done["events"], strict=True))


def dataframe_merge(engine: Any, events: list) -> list:
    import dask.dataframe as dd
    import pandas as pd

    from geomap.dask_engine import _bucket, _partitions

    parts = _partitions(list(enumerate(events)), engine.threads)
    frames = [
        pd.DataFrame(
            {
                "pos": pd.Series([p for p, _ in part], dtype="int64"),
                "key": pd.Series([_bucket(pair) for pair in part], dtype="int64"),
                "event": pd.Series([e for _, e in part], dtype=object),
            }
        )
        for part in parts
    ]
    futures = engine.client.scatter(frames, hash=False)
    ddf = dd.from_delayed(futures, meta=frames[0].iloc[:0])
    # Dask's default "p2p" shuffle failed on these object columns when tried
    shuffled = ddf.shuffle("key", npartitions=len(parts), shuffle_method="tasks")
    meta = pd.DataFrame({"pos": pd.Series([], dtype="int64"), "event": pd.Series([], dtype=object)})
    merged = shuffled.map_partitions(_frame_merge, meta=meta).compute(scheduler=engine.client)
    return list(merged.sort_values("pos")["event"])


# ------------------------------------------------------------------------- main


@dataclass
class Sample:
    """One timed step: wall seconds, the client's CPU seconds and each worker's."""

    wall: float
    client_cpu: float
    worker_cpu: list[float] = field(default_factory=list)


def measure(fn: Callable[[], Any], engine: Any | None) -> tuple[Sample, Any]:
    """Run ``fn`` once: wall time, and CPU time in this process and on each worker
    (which, unlike wall time, other work on a busy machine does not inflate)."""
    before = engine.client.run(time.process_time) if engine else {}
    cpu, start = time.process_time(), time.perf_counter()
    result = fn()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    after = engine.client.run(time.process_time) if engine else {}
    return Sample(wall, cpu, [after[w] - before[w] for w in after]), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="files or folders (default: replicated)")
    parser.add_argument("--copies", type=int, default=60, help="copies of the 11 texts")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    import dask

    from geomap import pipeline
    from geomap.articles import read_articles
    from geomap.dask_engine import DaskEngine
    from geomap.events import merge_events
    from geomap.gazetteer import default_gazetteer
    from geomap.models import ArticleText
    from geomap.pipeline import _read_all

    # the local engine on one core: its worker processes would start with each run
    pipeline.PARALLEL_MIN = sys.maxsize
    # the dataframe variant keeps Python objects in object columns, not Arrow strings
    dask.config.set({"dataframe.convert-string": False})
    with tempfile.TemporaryDirectory() as tmp:
        inputs = args.inputs or [replicated(Path(tmp), args.copies)]
        read = read_articles(inputs, on_warning=lambda _: None)
    # what a run sends to its readers: the texts as read, not the analysed articles
    articles = [ArticleText(a.id, a.text, a.title, a.published, a.url, a.path) for a in read]
    g = default_gazetteer()
    years = Counter(a.published.year for a in read if a.published)
    hint = years.most_common(1)[0][0] if years else None
    list(_read_all(articles[:20], g, hint))  # open the gazetteer, load the parser
    local = list(_read_all(articles, g, hint))
    events = [e for _, _, found in local for e in found]
    merged = merge_events(events)
    print(
        f"corpus: {len(articles)} articles, {sum(len(a.text) for a in articles):,} chars; "
        f"events: {len(events)} extracted, {len(merged)} after the merge"
    )

    engines: dict[int, Any] = {}
    rows: dict[str, tuple[Callable, Callable, Any]] = {
        "local, one core": (
            lambda: list(_read_all(articles, g, hint)),
            lambda: merge_events(events),
            None,
        )
    }
    with contextlib.ExitStack() as stack:
        for n in args.workers:
            start = time.perf_counter()
            engine = engines[n] = stack.enter_context(DaskEngine(workers=n))
            print(f"LocalCluster of {n} worker(s) up in {time.perf_counter() - start:.1f} s")
            # each worker opens its gazetteer and loads its parser, as in a long run
            engine.client.run(_warm_worker, articles[:20], hint)
            rows[f"dask bag, {n} worker(s)"] = (
                lambda e=engine: list(e.read(articles, g, hint)),
                lambda e=engine: e.merge(events),
                engine,
            )
            rows[f"dask dataframe, {n} worker(s)"] = (
                lambda e=engine: dataframe_read(e, articles, g, hint),
                lambda e=engine: dataframe_merge(e, events),
                engine,
            )
        best: dict[tuple[str, str], Sample] = {}
        for _ in range(args.repeat):  # rounds, each trying every variant: load drifts
            for label, (read, merge, engine) in rows.items():
                for stage, fn, expected in (("read", read, local), ("merge", merge, merged)):
                    _forget_parses()
                    for e in engines.values():
                        e.client.run(_forget_parses)
                    sample, got = measure(fn, engine)
                    assert got == expected, f"{label}: {stage} differs from the local engine"
                    if (label, stage) not in best or sample.wall < best[label, stage].wall:
                        best[label, stage] = sample
    print(f"best of {args.repeat}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"{'engine':<30} {'read s':>7} {'merge s':>8} {'art/s':>6} "
        f"{'CPU s':>6} {'busiest worker CPU s':>21}"
    )
    for label in rows:
        read, merge = best[label, "read"], best[label, "merge"]
        cpu = sum(s.client_cpu + sum(s.worker_cpu) for s in (read, merge))
        pairs = zip(read.worker_cpu, merge.worker_cpu, strict=True)
        busiest = max((a + b for a, b in pairs), default=float("nan"))
        rate = len(articles) / (read.wall + merge.wall)
        print(
            f"{label:<30} {read.wall:7.2f} {merge.wall:8.2f} {rate:6.0f} {cpu:6.2f} {busiest:21.2f}"
        )
    walls = {
        n: best[f"dask bag, {n} worker(s)", "read"].wall
        + best[f"dask bag, {n} worker(s)", "merge"].wall
        for n in args.workers
    }
    if 1 in walls and 2 in walls:
        print(f"bag engine, one worker -> two: {walls[1] / walls[2]:.2f}x (wall time)")
    return 0


def _forget_parses() -> None:
    """Empty the sentence parser's cache, so that no variant reads parses that an
    earlier round made (a run meets each article once)."""
    from geomap.events.structure import _parse_cached

    _parse_cached.cache_clear()


def _warm_worker(articles: list, hint: int | None) -> None:
    from geomap.dask_engine import _read_partition

    _read_partition(articles, None, hint)


if __name__ == "__main__":
    sys.exit(main())
