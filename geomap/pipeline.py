"""The one module that knows the order of the stages: files -> outputs.

``run`` reads articles, geoparses them, extracts and merges events, builds the
GeoDataFrames and the map, and hands them to the writers of ``geomap.outputs``
(``events.geojson``, ``places.geojson`` and ``map.html`` by default), which switch
the set in as one transaction. Every other module takes one stage's records and returns
the next's, so each can be used and tested alone.

A run streams: the inputs are read twice, article by article. The first reading
says what is skipped (and stops a ``strict`` run) and counts publication years: an
undated article reads "January 16" in the run's most common year, so that year must
be known before any article is read for events. The second reading geoparses and
extracts, one batch at a time, and keeps of each article only what the outputs
need (``geomap.compact``): memory grows with the distinct places and events, and by
a few dozen bytes an article, not with the texts. On large inputs worker processes
share the second reading, each with one resolver for the whole run.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import multiprocessing.connection
import multiprocessing.pool
import os
import signal
import sys
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .articles import MAX_BYTES, article_from_text, article_of
from .compact import MentionRows, MentionTable, compact_mentions
from .errors import EngineError, InputError, OutputError
from .events import extract_events, merge_events
from .events.structure import parser_available
from .filters import EventFilter
from .gazetteer import Gazetteer, default_gazetteer
from .inputs import ArticleStream
from .mentions import find_spans
from .models import Article, ArticleInfo, ArticleText, Event
from .outputs.records import RunRecords, add_article, reading_digest
from .outputs.registry import OutputOptions, check_writers, preflight, write_set
from .outputs.transaction import locked, recover
from .resolution import Resolver
from .store import Added, open_store

if TYPE_CHECKING:  # the frames' and the map's libraries load only when a run draws
    import folium

    from .frames import Frames

__all__ = ["RunResult", "draw_store", "run"]


@dataclass(frozen=True)
class RunResult(RunRecords):
    """What a run read, found and wrote; the API returns it, the CLI summarises it.
    Its records and frames (``RunRecords``) are what every writer takes."""

    outputs: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()
    #: one line for each input file or JSON line left out
    skipped: tuple[str, ...] = ()
    #: what adding the articles to an event store did (``run(store=...)``)
    stored: Added | None = None

    def _repr_html_(self) -> str:  # shows the map in Jupyter, offline like map.html
        from .report import map_iframe

        return map_iframe(self.map, height="520px")

    def summary(self) -> str:
        families = Counter(e.family for e in self.events)
        places = len(self.frames.places)
        lines = [
            f"articles: {len(self.articles)}",
            f"places:   {places} distinct, {len(self.mentions)} mentions",
            f"events:   {len(self.events)} ({families.get('strike', 0)} strikes, "
            f"{families.get('diplomatic', 0)} diplomatic actions)",
            f"unresolved mentions: {len(self.unresolved)}"
            + (
                ": " + ", ".join(sorted({m.text for m in self.unresolved})[:8])
                if self.unresolved
                else ""
            ),
        ]
        if self.skipped:
            lines.append(f"skipped:  {len(self.skipped)} (files or JSONL lines; see the warnings)")
        if self.stored is not None:
            lines.append(self.stored.summary())
        lines += [f"wrote {p}" for p in self.outputs]
        lines += [f"removed {p} (an earlier run's)" for p in self.removed]
        return "\n".join(lines)


def run(
    inputs: Iterable[str | os.PathLike[str]],
    outdir: str | os.PathLike[str] | None = "outputs",
    *,
    tiles: bool = False,
    gazetteer: Gazetteer | None = None,
    on_warning: Callable[[str], None] | None = None,
    progress: bool = False,
    report: bool = False,
    outputs: Sequence[str] | None = None,
    export: Sequence[str] = (),
    options: OutputOptions | None = None,
    filters: EventFilter | None = None,
    wait: bool = True,
    add: bool = False,
    strict: bool = False,
    max_article_bytes: int = MAX_BYTES,
    exclude: Iterable[str | os.PathLike[str]] = (),
    store: str | os.PathLike[str] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
) -> RunResult:
    """Run the whole pipeline; write outputs to ``outdir`` unless it is None.

    ``outputs`` names the writers (default: ``geojson`` and ``map``, with ``report``
    also ``report``), ``export`` adds ``csv``, ``parquet``, ``gpkg``; see
    ``geomap.outputs``. The set is switched in as one transaction under the folder's
    lock (``wait=False``: fail at once when another run holds it); the files an
    earlier run wrote and this one does not are removed (with ``add``, kept when that
    run found the same data). ``filters`` keeps only some events. ``strict`` fails
    the run when any input was skipped; the output folder (and any folder in
    ``exclude``) is never read as input. ``store`` (a GeoPackage, made when missing)
    also adds the articles to that event store, and the run maps their events as
    merged with the stored ones (``geomap.store``). ``engine="dask"`` geoparses,
    extracts and merges on a Dask cluster (``geomap.dask_engine``): the one at the
    ``scheduler`` address, else a local one; the outputs are the same. ``workers`` is
    how many worker processes a large local run uses (default: one per core, up to 4;
    1: this process alone); the outputs are the same.
    """
    where = _check_engine(engine, scheduler)
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    find = partial(_find, workers=workers or _workers())
    reading = {
        "strict": strict,
        "max_bytes": max_article_bytes,
        "exclude": [*exclude, *([outdir] if outdir is not None else [])],
    }
    names = list(outputs) if outputs is not None else ["geojson", "map"]
    if report and outputs is None:
        names.append("report")
    writers = check_writers([*names, *export])
    options = options or OutputOptions()
    if store is not None:
        open_store(store).close()  # a bad store path fails before any work
    if outdir is None:
        return find(inputs, gazetteer, on_warning, progress, tiles, filters, reading, store, where)
    target = Path(outdir)
    _check_outdir(target)
    return _written(
        lambda: find(
            inputs, gazetteer, on_warning, progress, tiles, filters, reading, store, where
        ),
        target,
        writers,
        options,
        wait=wait,
        add=add,
        on_warning=on_warning,
    )


def _written(
    make: Callable[[], RunResult],
    target: Path,
    writers: Sequence[str],
    options: OutputOptions,
    *,
    wait: bool,
    add: bool,
    on_warning: Callable[[str], None] | None,
) -> RunResult:
    """The records ``make`` gives, written to ``target`` as one set under its lock: an
    earlier run's unfinished switch rolled back and the writers checked before ``make``
    runs."""
    with locked(target, wait=wait, on_wait=on_warning):
        if recover(target) and on_warning is not None:
            on_warning(f"{target}: rolled back the unfinished switch of an interrupted run")
        preflight(target, writers, options)
        result = make()
        fingerprint = result.fingerprint()
        done = write_set(result, target, writers, options, fingerprint=fingerprint, add=add)
    if on_warning is not None:
        for path in done.kept:
            on_warning(f"kept {path}: changed since geomap wrote it")
    return replace(result, outputs=done.written, removed=done.removed)


def _find(
    inputs: Iterable[str | os.PathLike[str]],
    gazetteer: Gazetteer | None,
    on_warning: Callable[[str], None] | None,
    progress: bool,
    tiles: bool,
    filters: EventFilter | None,
    options: dict,
    store: str | os.PathLike[str] | None = None,
    engine: tuple[str, str | None] = ("local", None),
    *,
    workers: int = 1,
) -> RunResult:
    """Read, geoparse, extract, merge (in the event store, when given), filter, build
    the frames and the map, with ``workers`` processes when the run is large."""
    g = gazetteer or default_gazetteer()
    inputs = list(inputs)
    # the first reading warns, counts and fails (strict, nothing to map) before any work
    first = ArticleStream(
        inputs,
        on_warning=on_warning,
        on_progress=_reading_progress if progress and sys.stderr.isatty() else None,
        make=partial(article_from_text, sentences=False),  # only the dates are needed
        **options,
    )
    with contextlib.ExitStack() as stack:  # leaving it ends the workers, if any
        years: Counter[int] = Counter()
        count = 0
        pool = None
        # the articles an event store is given (their texts: it keeps their digests)
        new: list[Article] = []
        for article in first:
            count += 1
            if store is not None:
                new.append(article)
            if article.published:
                years[article.published.year] += 1
            if count == PARALLEL_MIN and workers > 1 and engine[0] == "local":
                # enough work to share: the workers start (and load their parser)
                # while this first reading goes on
                pool = stack.enter_context(_pool(g, workers))
                # meanwhile this process loads the frames' and the map's libraries,
                # which it alone needs, at the end (the cores are busy then with it alone)
                drawing = threading.Thread(target=_load_drawing, daemon=True)
                drawing.start()
                stack.callback(drawing.join)
        if not count:  # every file was empty or skipped: keep the previous outputs
            named = ", ".join(str(p) for p in inputs[:3]) + (" ..." if len(inputs) > 3 else "")
            raise InputError(f"{named}: no article to map (every file was empty or skipped)")
        hint = years.most_common(1)[0][0] if years else None
        kept = _Kept(filters.describe() if filters else "")
        # the second reading is quiet, and leaves out the articles the first one left out
        again = {**options, "strict": False}
        texts = ArticleStream(
            inputs, on_warning=_quiet, make=ArticleText, replay=first.choices, **again
        )
        show = progress and count >= 50 and sys.stderr.isatty()
        read_all, merge = stack.enter_context(_stages(*engine, pool))
        for n, (info, found, events) in enumerate(read_all(kept.read(texts), g, hint), 1):
            kept.add(info, found, events)
            if show and (n % 25 == 0 or n == count):
                _progress(n, count)
        if show:
            print(file=sys.stderr)
        stored = None
        if store is not None:  # the store merges them with its own (an add: one transaction)
            with open_store(store) as opened:
                stored = opened.add(
                    new, kept.mentions.by_article(), kept.events, gazetteer=g, on_warning=on_warning
                )
            merged = stored.events
        else:
            merged = tuple(merge(kept.events))
    if filters:
        merged = filters.apply(merged)
    frames, fmap = _drawn(merged, kept.mentions, g, tiles)
    return RunResult(
        tuple(kept.articles),
        kept.mentions,
        merged,
        frames,
        fmap,
        read=kept.digest,
        skipped=first.skipped,
        stored=stored,
    )


def _drawn(
    events: Sequence[Event], mentions: MentionTable, g: Gazetteer, tiles: bool
) -> tuple[Frames, folium.Map]:
    """The frames of a run's events and mentions, and its map."""
    from .frames import basemap_frame, build_frames
    from .maps import build_map

    frames = build_frames(events, mentions, g)
    layers = (frames.events, frames.places, frames.areas, frames.borders, basemap_frame(g))
    title = "geomap: strikes and diplomatic actions"
    return frames, build_map(*layers, arrows=frames.arrows, tiles=tiles, title=title)


#: where a run geoparses, extracts and merges: here, or on a Dask cluster
ENGINES = ("local", "dask")


def _check_engine(engine: str, scheduler: str | None) -> tuple[str, str | None]:
    """Fail before any work on an unknown engine, or on Dask when it is not installed."""
    if engine not in ENGINES:
        raise EngineError(f"{engine!r}: no such engine; expected one of {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise EngineError(f"{scheduler}: a scheduler address needs the dask engine")
    if engine == "dask":
        from .dask_engine import require_dask

        require_dask()
    return engine, scheduler


@contextlib.contextmanager
def _stages(
    engine: str, scheduler: str | None, pool: multiprocessing.pool.Pool | None
) -> Iterator[tuple[Callable[..., Iterator[_Found]], Callable[..., list[Event]]]]:
    """The reading (texts, gazetteer, year hint -> what ``_read_all`` yields) and the
    merge (``merge_events``') of the engine: this machine's, with the ``pool`` when
    there is one, or a Dask cluster's for the length of the block."""
    if engine == "local":
        yield partial(_read_all, pool=pool), merge_events
        return
    from .dask_engine import DaskEngine

    with DaskEngine(scheduler) as dask:
        yield dask.read, dask.merge


def _quiet(_: str) -> None:
    """The second reading's warnings: the first one said them."""


class _Kept:
    """What a run keeps of the articles it has read: no texts (see ``geomap.compact``)."""

    def __init__(self, extra: str) -> None:
        self.articles: list[ArticleInfo] = []
        self.mentions = MentionTable()
        self.events: list[Event] = []
        self.digest = reading_digest(extra)

    def read(self, texts: Iterable[ArticleText]) -> Iterator[ArticleText]:
        """``texts``, each added to the run's digest as it is read."""
        for text in texts:
            add_article(self.digest, text.id, text.text)
            yield text

    def add(self, info: ArticleInfo, found: MentionRows, events: list[Event]) -> None:
        self.articles.append(info)
        self.mentions.add(info.id, found)
        self.events.extend(events)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
#: from this many articles on, worker processes share the work: on two cores each
#: worker's start (its parser, its cold name cache: about 1 s of CPU) is won back
#: from about 2,000 articles (see benchmarks/run.py --scale)
PARALLEL_MIN = 2000
#: articles sent to a worker at a time
_CHUNK = 50

_Found = tuple[ArticleInfo, MentionRows, list[Event]]


def _workers() -> int:
    return min(os.cpu_count() or 1, 4)


def _pool(g: Gazetteer, workers: int) -> multiprocessing.pool.Pool:
    """The run's worker processes, each with its own gazetteer connection and resolver
    for the whole run; leaving the pool's block (done, failed, Ctrl-C or SIGTERM)
    terminates them at once.

    The objects they inherit are frozen for the fork: the workers' garbage collections
    neither walk them nor, by touching them, copy the pages they share with the run."""
    gc.freeze()
    try:
        return multiprocessing.Pool(workers, initializer=_worker_start, initargs=(str(g.folder),))
    finally:
        gc.unfreeze()


def _load_drawing() -> None:
    """Import what the frames, the map and the GeoJSON files need (pandas, geopandas,
    folium): a run with workers does it while they work, not after."""
    from . import frames, geojson, maps  # noqa: F401


def _read_all(
    texts: Iterable[ArticleText],
    g: Gazetteer,
    hint: int | None,
    pool: multiprocessing.pool.Pool | None = None,
) -> Iterator[_Found]:
    """Analyse, geoparse and extract events article by article, in order; with a
    ``pool``, its workers share the work (same results, same order), with a few
    batches in flight so that memory holds only those."""
    if pool is None:
        resolver = Resolver(g)
        for text in texts:
            article = article_of(text)
            found = resolver.resolve(article, find_spans(article, g))
            events = extract_events(article, found, year_hint=hint, gazetteer=g)
            yield article.info, compact_mentions(found), events
        return
    pending: deque[AsyncResult[list[_Found]]] = deque()
    for batch in iter(lambda: list(islice(texts, _CHUNK)), []):
        pending.append(pool.apply_async(_read_chunk, ((hint, batch),)))
        if len(pending) > 2 * _workers():
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def _worker_start(folder: str | None = None) -> None:
    """Open the worker's gazetteer and resolver once for the whole run (its name
    cache stays warm from one batch to the next), and make it die with the run: a
    worker left behind by a killed run holds ~120 MB and the run's stdout, so
    ``geomap run | tee log`` would never return.

    Ctrl-C goes to the parent alone (which ends the pool); on Linux the kernel kills
    the worker when its parent dies, even by SIGKILL; elsewhere a thread watches the
    pipe that multiprocessing keeps open to the parent, which closes when it dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if folder is not None:
        g = Gazetteer(folder)
        _WORKER.update(gazetteer=g, resolver=Resolver(g), sent=set())
        parser_available()  # load the sentence parser now, not on the first article
        gc.freeze()  # what it inherited and its parser live for the run: not walked again
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)  # a terminal's Ctrl-C reaches the parent only
    parent = multiprocessing.parent_process()
    armed = _parent_death_signal()
    if parent is None:
        return
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent.sentinel,), daemon=True).start()
    if not parent.is_alive():  # the parent died before the signal was armed
        os._exit(1)


def _parent_death_signal() -> bool:
    """Ask Linux for SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(sentinel: int) -> None:
    """Where the kernel cannot help: exit as soon as the parent's end of the pipe
    closes (``sentinel`` becomes ready when the parent is gone)."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


_WORKER: dict[str, Any] = {}


def _read_chunk(job: tuple[int | None, Sequence[ArticleText]]) -> list[_Found]:
    """One worker's share (the year hint, a batch of texts): the same work as in one
    process, with the worker's own resolver; what goes back is compact (each place
    once per worker, no texts)."""
    hint, batch = job
    g, resolver, sent = _WORKER["gazetteer"], _WORKER["resolver"], _WORKER["sent"]
    out = []
    for text in batch:
        article = article_of(text)
        found = resolver.resolve(article, find_spans(article, g))
        events = extract_events(article, found, year_hint=hint, gazetteer=g)
        out.append((article.info, compact_mentions(found, sent), events))
    return out


def _reading_progress(name: str, done: int, total: int, width: int = 30) -> None:
    """Reading one large file: a progress bar by bytes (only shown on a terminal)."""
    filled = width * done // max(total, 1)
    bar = "#" * filled + "." * (width - filled)
    end = "\n" if done >= total else ""
    print(
        f"\r  [{bar}] {done / 1e6:.1f}/{total / 1e6:.1f} MB of {name}",
        end=end,
        file=sys.stderr,
        flush=True,
    )


def _progress(done: int, total: int, width: int = 30) -> None:
    """A one-line progress bar on stderr (only shown on a terminal)."""
    filled = width * done // total
    bar = "#" * filled + "." * (width - filled)
    print(f"\r  [{bar}] {done}/{total} articles", end="", file=sys.stderr, flush=True)


def _check_outdir(target: Path) -> None:
    """Fail before any work when the output folder cannot be written."""
    if target.exists() and not target.is_dir():
        raise OutputError(f"{target}: output path exists and is not a folder")
    parent = target if target.exists() else target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(f"{target}: {parent} is a file, not a folder")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{target}: output folder is not writable")


# ------------------------------------------------------------------ from an event store


def draw_store(
    store: str | os.PathLike[str],
    outdir: str | os.PathLike[str] = "outputs",
    *,
    tiles: bool = False,
    gazetteer: Gazetteer | None = None,
    on_warning: Callable[[str], None] | None = None,
    outputs: Sequence[str] | None = None,
    export: Sequence[str] = (),
    options: OutputOptions | None = None,
    filters: EventFilter | None = None,
    wait: bool = True,
    add: bool = False,
) -> RunResult:
    """Write ``run``'s outputs from what an event store holds, reading no article: the
    outputs of one run over every stored article (``filters`` keep some events)."""
    writers = check_writers([*(outputs or ["geojson", "map"]), *export])
    options = options or OutputOptions()
    target = Path(outdir)
    _check_outdir(target)
    with open_store(store, create=False) as opened:
        held = opened.read()
    g = gazetteer or default_gazetteer()
    events = filters.apply(held.events) if filters else held.events
    frames, fmap = _drawn(events, held.mentions, g, tiles)
    digest = reading_digest(filters.describe() if filters else "")
    for a in held.articles:
        add_article(digest, a.id, "")  # the store keeps no text
    result = RunResult(held.articles, held.mentions, events, frames, fmap, read=digest)
    return _written(
        lambda: result, target, writers, options, wait=wait, add=add, on_warning=on_warning
    )
