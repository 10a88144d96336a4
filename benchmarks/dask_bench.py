"""The Dask engine measured: bag against dataframe, one worker against two.

    python benchmarks/dask_bench.py [FOLDER_OR_JSONL ...] [--copies 60]
                                    [--workers 1 2] [--repeat 2]

On a corpus (each FOLDER_OR_JSONL given, else the seeds and the event fixtures
replicated ``--copies`` times into a temporary JSONL), prints seconds for:

- the local engine: one core (``_read_all`` in process, then ``merge_events``);
- for each worker count, on a ``LocalCluster`` of that many single-threaded worker
  processes (its start-up timed apart): the reading (geoparse and extraction) and
  the keyed merge, each written twice, with ``dask.bag`` (what
  ``geomap.dask_engine`` uses) and with ``dask.dataframe`` (articles and events in
  ``object`` columns, the merge a ``shuffle`` on the key column);

and the speed-up of the bag engine from one worker to two. Every result is checked
against the local engine's (the same mentions and events, the same merged events).
Best of ``--repeat``. The figures depend on the machine's free cores: on a machine
whose cores are busy with other work, two workers cannot be twice as fast.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
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
            "mentions": pd.Series([m for m, _ in results], dtype=object),
            "events": pd.Series([e for _, e in results], dtype=object),
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

    from geomap.dask_engine import _partitions, _shipped_folder

    parts = _partitions(list(enumerate(articles)), engine.threads)
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
            "mentions": pd.Series([], dtype=object),
            "events": pd.Series([], dtype=object),
        }
    )
    ddf = dd.from_delayed(futures, meta=meta_in)
    out = ddf.map_partitions(_frame_read, _shipped_folder(gazetteer), hint, meta=meta)
    done = out.compute(scheduler=engine.client).sort_values("pos")
    return list(zip(articles, done["mentions"], done["events"], strict=True))


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
    # the "p2p" shuffle goes through Arrow tables, which hold no Python objects
    shuffled = ddf.shuffle("key", npartitions=len(parts), shuffle_method="tasks")
    meta = pd.DataFrame({"pos": pd.Series([], dtype="int64"), "event": pd.Series([], dtype=object)})
    merged = shuffled.map_partitions(_frame_merge, meta=meta).compute(scheduler=engine.client)
    return list(merged.sort_values("pos")["event"])


# ------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="files or folders (default: replicated)")
    parser.add_argument("--copies", type=int, default=60, help="copies of the 11 texts")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)

    import dask

    from geomap.articles import read_articles
    from geomap.dask_engine import DaskEngine
    from geomap.events import merge_events
    from geomap.gazetteer import default_gazetteer
    from geomap.pipeline import _read_all, _year_hint

    # the dataframe variant keeps Python objects in object columns, not Arrow strings
    dask.config.set({"dataframe.convert-string": False})
    with tempfile.TemporaryDirectory() as tmp:
        inputs = args.inputs or [replicated(Path(tmp), args.copies)]
        articles = read_articles(inputs, on_warning=lambda _: None)
    g = default_gazetteer()
    hint = _year_hint(articles)
    for a in articles[:20]:  # open the gazetteer and warm its caches, as a worker does
        list(_read_all([a], g, hint))
    print(f"corpus: {len(articles)} articles, {sum(len(a.text) for a in articles):,} chars")

    def serial() -> list:
        return list(_read_all(articles, g, hint))

    local_read, local = best(serial, args.repeat)
    events = [e for _, _, found in local for e in found]
    local_merge, merged = best(lambda: merge_events(events), args.repeat)
    rows = [("local, one core", "-", local_read, local_merge)]
    bag_total: dict[int, float] = {}
    for n in args.workers:
        start = time.perf_counter()
        with DaskEngine(workers=n) as engine:
            up = time.perf_counter() - start
            # each worker opens its gazetteer and loads its parser, as in a long run
            engine.client.run(_warm_worker, articles[:20], hint)
            bag_read, got = best(lambda: list(engine.read(articles, g, hint)), args.repeat)
            assert got == local, "bag reading differs from the local engine"
            bag_merge, got = best(lambda: engine.merge(events), args.repeat)
            assert got == merged, "bag merge differs from merge_events"
            df_read, got = best(lambda: dataframe_read(engine, articles, g, hint), args.repeat)
            assert got == local, "dataframe reading differs from the local engine"
            df_merge, got = best(lambda: dataframe_merge(engine, events), args.repeat)
            assert got == merged, "dataframe merge differs from merge_events"
        rows.append((f"dask bag, {n} worker(s)", f"{up:.1f}", bag_read, bag_merge))
        rows.append((f"dask dataframe, {n} worker(s)", "", df_read, df_merge))
        bag_total[n] = bag_read + bag_merge
    print(f"events: {len(events)} extracted, {len(merged)} after the merge")
    print(f"{'engine':<30} {'start s':>8} {'read s':>8} {'merge s':>8} {'art/s':>7}")
    for label, up, read_s, merge_s in rows:
        rate = len(articles) / (read_s + merge_s)
        print(f"{label:<30} {up:>8} {read_s:8.2f} {merge_s:8.2f} {rate:7.0f}")
    if 1 in bag_total and 2 in bag_total:
        print(f"bag speed-up, one worker -> two: {bag_total[1] / bag_total[2]:.2f}x")
    return 0


def _warm_worker(articles: list, hint: int | None) -> None:
    from geomap.dask_engine import _read_partition

    _read_partition(articles, None, hint)


if __name__ == "__main__":
    sys.exit(main())
