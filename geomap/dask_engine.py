"""A run's reading and merge on a Dask cluster (``geomap run --engine dask``).

The client reads the input files (article ids are made unique across every file
named, and the workers need not see the client's disks) and scatters the articles
to the workers in partitions of a ``dask.bag``; each worker geoparses them and
extracts their events with its own gazetteer and resolver, the same code as the
local engine. The events are then merged on the cluster with a keyed shuffle: a
bag ``groupby`` on ``geomap.events.merge_key`` (family and party pair) sends each
key's events to one partition, which merges them by runs of dates
(``geomap.events.merge_indexed``); the client only sorts the merged events by
position. Results are those of the local engine, ids and order included.

Why a bag and not a dataframe: the records are frozen dataclasses, not columns; a
dataframe holds them as ``object`` columns, adds a pandas frame per partition and
a schema (``meta``) to every step, and measured no faster: the bag's reading was
faster, and its CPU time lower, in most runs (``benchmarks/dask_bench.py``; figures
in the README).

Needs ``pip install 'geomap[dask]'``.
"""

from __future__ import annotations

import contextlib
import logging
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .articles import article_of
from .compact import MentionRows, compact_mentions
from .errors import EngineError, GeomapError
from .events import extract_events, merge_indexed, merge_key
from .gazetteer import Gazetteer, _data_folder
from .mentions import find_spans
from .models import ArticleInfo, ArticleText, Event
from .resolution import Resolver

__all__ = ["DaskEngine", "require_dask"]

#: how long to wait for a scheduler named by address, in seconds
CONNECT_TIMEOUT = 10.0


class DaskEngine:
    """A connection to a Dask cluster for the length of a ``with`` block: a
    ``LocalCluster`` of ``workers`` processes when ``scheduler`` is None, else the
    scheduler at that address (``tcp://host:8786``), whose workers must have geomap
    installed, waiting ``timeout`` seconds for it (default ``CONNECT_TIMEOUT``)."""

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        workers: int | None = None,
        timeout: float | None = None,
    ) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.timeout = timeout or CONNECT_TIMEOUT
        self._stack = contextlib.ExitStack()
        self.client: Any = None

    def __enter__(self) -> DaskEngine:
        distributed = _import_distributed()
        try:
            if self.scheduler is None:
                cluster = self._stack.enter_context(
                    distributed.LocalCluster(
                        n_workers=self.workers or _local_workers(),
                        threads_per_worker=1,  # the reading holds the GIL
                        processes=True,
                        # no dashboard; the scheduler's health page on a free local port
                        dashboard_address=None,
                        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                        silence_logs=logging.ERROR,
                    )
                )
                self.client = self._stack.enter_context(distributed.Client(cluster))
            else:
                self.client = self._stack.enter_context(
                    distributed.Client(self.scheduler, timeout=self.timeout)
                )
        except (OSError, ValueError, TypeError) as exc:
            self._stack.close()
            where = self.scheduler or "a local Dask cluster"
            raise EngineError(f"{where}: cannot reach a Dask scheduler ({_reason(exc)})") from None
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    @property
    def threads(self) -> int:
        """How many tasks the cluster runs at once."""
        return sum(w["nthreads"] for w in self.client.scheduler_info()["workers"].values())

    def read(
        self, texts: Iterable[ArticleText], gazetteer: Gazetteer, year_hint: int | None
    ) -> Iterator[tuple[ArticleInfo, MentionRows, list[Event]]]:
        """Geoparse and extract events on the workers: (article, mentions, events) for
        each article read, in order, as the local engine yields them."""
        import dask.bag as db

        articles = list(texts)
        # four partitions a thread at least, so that a slow one does not hold up the rest
        count = max(4 * self.threads, -(-len(articles) // READ_PARTITION))
        parts = _partitions(articles, count)
        futures = self.client.scatter(parts, hash=False)  # the texts, not in the graph
        folder = _shipped_folder(gazetteer)
        bag = db.from_delayed(futures).map_partitions(_read_partition, folder, year_hint)
        # one future per partition, taken in order: the run's progress moves as they end
        done = self.client.compute(bag.to_delayed())
        with self._failures():
            for future in done:
                yield from future.result()

    def merge(self, events: Sequence[Event]) -> list[Event]:
        """``merge_events`` on the cluster: a shuffle of the events by ``merge_key``,
        each key merged on one worker, then put in order of first report."""
        import dask.bag as db

        if not events:
            return []
        # merging an event costs little next to moving it: one partition a thread
        parts = _partitions(list(enumerate(events)), self.threads)
        futures = self.client.scatter(parts, hash=False)
        bag = db.from_delayed(futures)
        groups = bag.groupby(_bucket, npartitions=len(parts), shuffle="tasks")
        with self._failures():
            merged = groups.map(_merge_group).flatten().compute(scheduler=self.client)
        return [e for _, e in sorted(merged, key=_position)]

    @contextlib.contextmanager
    def _failures(self) -> Iterator[None]:
        """A cluster that fails under the run (a worker killed, the scheduler gone) is
        an ``EngineError``; geomap's own errors on a worker pass as they are."""
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        try:
            yield
        except GeomapError:
            raise
        except (KilledWorker, FutureCancelledError, OSError) as exc:
            where = self.scheduler or "the local Dask cluster"
            raise EngineError(f"{where}: the run failed on the cluster ({_reason(exc)})") from None


def _merge_group(group: tuple[int, list[tuple[int, Event]]]) -> list[tuple[int, Event]]:
    """One shuffle group (its key, its events with their positions), merged."""
    return merge_indexed(group[1])


def _position(pair: tuple[int, Event]) -> int:
    return pair[0]


def _bucket(pair: tuple[int, Event]) -> int:
    """A shuffle key all processes agree on (``hash`` of a string differs between
    them): the CRC-32 of the event's ``merge_key``."""
    return zlib.crc32(merge_key(pair[1]).encode("utf-8"))


def _partitions(items: Sequence[Any], count: int) -> list[list[Any]]:
    """``items`` in at most ``count`` runs of (nearly) equal length, in order."""
    size = max(1, -(-len(items) // max(count, 1)))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


#: articles in a partition of the reading at most: a partition is a unit of progress
READ_PARTITION = 100


def _shipped_folder(gazetteer: Gazetteer) -> str | None:
    """The gazetteer as the workers open it: None for the bundled one (each worker
    finds its own installed copy), else its folder, which must exist on every worker."""
    return None if gazetteer.folder == _data_folder() else str(gazetteer.folder)


_GAZETTEERS: dict[str | None, Gazetteer] = {}


def _read_partition(
    texts: Sequence[ArticleText], folder: str | None, year_hint: int | None
) -> list[tuple[ArticleInfo, MentionRows, list[Event]]]:
    """One partition, on a worker: its gazetteer opened once per worker process, the
    same code as the local engine; what goes back is compact (no texts)."""
    if folder not in _GAZETTEERS:
        _GAZETTEERS[folder] = Gazetteer(folder)
    g = _GAZETTEERS[folder]
    resolver = Resolver(g)
    out = []
    for text in texts:
        article = article_of(text)
        found = resolver.resolve(article, find_spans(article, g))
        events = extract_events(article, found, year_hint=year_hint, gazetteer=g)
        out.append((article.info, compact_mentions(found), events))
    return out


def _local_workers() -> int:
    import os

    return max(1, min(os.cpu_count() or 1, 4))


def require_dask() -> None:
    """Raise ``EngineError`` (saying what to install) when Dask is not installed."""
    _import_distributed()


def _import_distributed() -> Any:
    try:
        import dask.bag  # noqa: F401
        import distributed
    except ImportError:
        raise EngineError("the Dask engine needs Dask: pip install 'geomap[dask]'") from None
    return distributed


def _reason(exc: BaseException) -> str:
    """The first line of an exception's message, or its type."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
