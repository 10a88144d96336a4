"""The ``geomap`` command line: thin wrappers over the library.

The library raises ``GeomapError``s; this module turns them into one line on stderr
and an exit code (1 for bad input or output, 2 for bad usage), never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .articles import MAX_BYTES
from .errors import GeomapError, InputError

if TYPE_CHECKING:
    from .filters import EventFilter
    from .outputs.registry import OutputOptions

__all__ = ["main"]


def _warn(message: str) -> None:
    print(f"geomap: warning: {message}", file=sys.stderr)


def cmd_lookup(args: argparse.Namespace) -> int:
    """Print the ranked gazetteer candidates for a name."""
    from .gazetteer import default_gazetteer

    found = default_gazetteer().lookup(
        args.name, kinds=args.kind or None, country=args.country, limit=args.limit
    )
    if args.json:
        for c in found:
            p = c.place
            print(
                json.dumps(
                    {
                        "place_id": p.id,
                        "name": p.name,
                        "kind": p.kind,
                        "country": p.country,
                        "admin1": p.admin1,
                        "population": p.population,
                        "lat": p.lat,
                        "lon": p.lon,
                        "score": c.score,
                        "matched": c.matched,
                    },
                    ensure_ascii=False,
                )
            )
    else:
        if not found:
            print(f"no place named {args.name!r} in the gazetteer", file=sys.stderr)
            return 1
        print(f"{'score':>6}  {'kind':<8} {'cc':<3} {'lat':>9} {'lon':>10}  name (id, matched)")
        for c in found:
            p = c.place
            print(
                f"{c.score:6.1f}  {p.kind:<8} {p.country or '--':<3} {p.lat:9.4f} {p.lon:10.4f}"
                f"  {p.name} ({p.id}, {c.matched})"
            )
    return 0 if found else 1


def _toponym(m) -> dict:
    p = m.place
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "name": p.name if p else None,
        "kind": p.kind if p else None,
        "country": p.country if p else None,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
        "place_id": p.id if p else None,
        "demonym": m.adjectival,  # "Iranian": an adjective standing for the country
    }


def cmd_geoparse(args: argparse.Namespace) -> int:
    """Print one JSON line per document with its place mentions, resolved.

    A .jsonl input holds one {"id", "text"} document a line; any other file is one
    document whose id is its file name. Unresolved mentions have null coordinates.
    """
    from .articles import read_articles
    from .gazetteer import default_gazetteer
    from .mentions import find_spans
    from .resolution import Resolver

    gazetteer = default_gazetteer()
    resolver = Resolver(gazetteer)
    out = sys.stdout
    articles = read_articles(
        args.files, on_warning=_warn, max_bytes=args.max_article_bytes, strict=args.strict
    )
    if not articles:  # said already, file by file; the exit code must say it too
        raise InputError("no document to geoparse (every file or line was empty or skipped)")
    for article in articles:
        mentions = resolver.resolve(article, find_spans(article, gazetteer))
        line = {"id": article.id, "toponyms": [_toponym(m) for m in mentions]}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Read articles, geoparse, extract events and write events.geojson,
    places.geojson and map.html (offline) to the output folder; with --report also
    report.html, with --fragment fragment.html, with --png map.png, with --export
    events.csv, GeoParquet or a GeoPackage. The files are switched in as one set; those
    an earlier run wrote and this one does not are removed (geomap-manifest.json). With
    --store the articles are also added to an event store (see geomap map --store)."""
    if args.png and args.tiles and not args.static:
        raise UsageError("--png pictures the offline map; leave out --tiles (or add --static)")
    names = ["geojson", "map"]
    names += [n for n, on in (("report", args.report), ("fragment", args.fragment)) if on]
    return _run(args, names + (["png"] if args.png else []), export=args.export, tiles=args.tiles)


def cmd_map(args: argparse.Namespace) -> int:
    """Write events.geojson, places.geojson and map.html (offline) to the output folder:
    from the articles given, as geomap run does, or with --store from everything an
    event store holds (a GeoPackage that geomap run --store adds articles to), reading
    no article. The filters (--since ...) keep some events."""
    if args.store is not None:
        return _draw(args, ["geojson", "map"], tiles=args.tiles)
    return _run(args, ["geojson", "map"], tiles=args.tiles)


def cmd_report(args: argparse.Namespace) -> int:
    """Read articles and write report.html: one offline, printable page with the map, a
    timeline of events by day, a sortable table of every event with its quotes, the
    places mentioned and the unresolved mentions. --fragment writes fragment.html
    instead: map, timeline and table in one <div> to paste into another page. The files
    of an earlier run on the same articles and filters stay beside it; those of other
    data are removed. With --store the report shows everything an event store holds."""
    names = ["fragment" if args.fragment else "report"] + (["png"] if args.png else [])
    if args.store is not None:
        return _draw(args, names, add=True)
    return _run(args, names, add=True)


def cmd_snapshot(args: argparse.Namespace) -> int:
    """Read articles and write map.png: the offline map rendered by headless Chromium
    at --width x --height pixels (--static: drawn by matplotlib, no browser; it
    replaces a map.png geomap did not write only with --force). The files of an earlier
    run on the same articles and filters stay beside it; those of other data go."""
    args.png = True
    return _run(args, ["png"], add=True)


def _run(
    args: argparse.Namespace,
    names: list[str],
    *,
    export: Sequence[str] = (),
    tiles: bool = False,
    add: bool = False,
) -> int:
    """One run of the pipeline writing the named outputs (``add``: beside an earlier
    set of the same data); print its summary."""
    from .pipeline import run

    _check_png(args)
    filters = _filters(args)
    result = run(
        args.inputs or ["seeds"],
        args.output,
        tiles=tiles,
        on_warning=_warn,
        progress=True,
        outputs=names,
        export=export,
        options=_options(args),
        filters=filters,
        wait=not args.no_wait,
        add=add,
        store=getattr(args, "store", None),
        **_reading(args),
        **_engine(args),
    )
    print(result.summary())
    if filters:
        print(f"filter:   {filters.describe()}")
    return 0


def _draw(
    args: argparse.Namespace, names: list[str], *, tiles: bool = False, add: bool = False
) -> int:
    """The named outputs from an event store; print their summary."""
    from .pipeline import draw_store

    if args.inputs:
        raise UsageError("give either articles or --store, not both (geomap run --store adds)")
    _check_png(args)
    filters = _filters(args)
    result = draw_store(
        args.store,
        args.output,
        tiles=tiles,
        on_warning=_warn,
        outputs=names,
        options=_options(args),
        filters=filters,
        wait=not args.no_wait,
        add=add,
    )
    print(f"store:    {args.store}")
    print(result.summary())
    if filters:
        print(f"filter:   {filters.describe()}")
    return 0


def _filters(args: argparse.Namespace) -> EventFilter:
    from .filters import EventFilter
    from .lexicon import load_lexicon

    return EventFilter.parse(
        since=args.since,
        until=args.until,
        countries=args.country or (),
        families=args.family or (),
        types=args.type or (),
        known_types=sorted(load_lexicon().types) if args.type else None,
    )


def _options(args: argparse.Namespace) -> OutputOptions:
    from .outputs.registry import OutputOptions

    return OutputOptions(
        title=getattr(args, "title", None),
        width=args.width,
        height=args.height,
        scale=args.scale,
        static=args.static,
        controls=getattr(args, "controls", False),
        force=args.force,
    )


def _reading(args: argparse.Namespace) -> dict:
    """The reading options of a run (``pipeline.run`` leaves its output folder out of
    the input itself)."""
    return {"strict": args.strict, "max_article_bytes": args.max_article_bytes}


def _engine(args: argparse.Namespace) -> dict:
    """Where the run works (``geomap run --engine dask [--scheduler ADDRESS]``)."""
    engine, scheduler = getattr(args, "engine", "local"), getattr(args, "scheduler", None)
    workers = getattr(args, "workers", None)
    if scheduler is not None and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if workers is not None and engine != "local":
        raise UsageError("--workers is for the local engine; a Dask cluster has its own")
    return {"engine": engine, "scheduler": scheduler, "workers": workers}


def _check_png(args: argparse.Namespace) -> None:
    """Fail before any work when map.png cannot be made."""
    from .report import require_chromium, require_matplotlib

    if args.png:
        if args.static:
            require_matplotlib()
        else:
            require_chromium()


def _exports(text: str) -> list[str]:
    from .outputs.registry import EXPORTS

    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in EXPORTS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"expected a comma-separated list of {', '.join(EXPORTS)}, got {text!r}"
        )
    return names


def _pixels(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of pixels: {text!r}") from None
    if not 50 <= value <= 10_000:
        raise argparse.ArgumentTypeError(f"{value} is outside 50..10000 pixels")
    return value


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.25 <= value <= 4:
        raise argparse.ArgumentTypeError(f"{value} is outside 0.25..4")
    return value


def _folder(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name; give a folder, e.g. -o outputs")
    return text


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def _add_reading(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 1, nothing written) when any file or JSONL line had to be skipped",
    )
    parser.add_argument(
        "--max-article-bytes",
        type=_positive,
        default=MAX_BYTES,
        metavar="N",
        help=f"skip files and JSONL lines over N bytes (default {MAX_BYTES:,})",
    )


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds/)"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=_folder,
        default="outputs",
        help="output folder (default: outputs/)",
    )
    parser.add_argument(
        "--no-wait",
        action="store_true",
        help="fail at once when another geomap run is writing the output folder",
    )
    keep = parser.add_argument_group("filters (keep only some events)")
    keep.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this day")
    keep.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this day")
    keep.add_argument(
        "--country",
        action="append",
        metavar="CC",
        help="events located in, or by or against, these countries (ISO codes; "
        "comma-separated or repeated)",
    )
    keep.add_argument("--family", action="append", metavar="FAMILY", help="strike or diplomatic")
    keep.add_argument(
        "--type",
        action="append",
        metavar="TYPE",
        help="event types, e.g. 'airstrike,missile strike' (comma-separated or repeated)",
    )
    _add_reading(parser)


def _add_store(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--store", metavar="FILE.gpkg", help=help)


_DRAW_STORE = "draw from this event store (a GeoPackage) instead of reading articles"


def _add_png_options(parser: argparse.ArgumentParser, *, flag: bool) -> None:
    if flag:
        parser.add_argument(
            "--png",
            action="store_true",
            help="also write map.png, rendered by headless Chromium (see geomap snapshot)",
        )
    parser.add_argument(
        "--width", type=_pixels, default=1200, help="map.png width in pixels (default 1200)"
    )
    parser.add_argument(
        "--height", type=_pixels, default=800, help="map.png height in pixels (default 800)"
    )
    parser.add_argument(
        "--scale",
        type=_scale,
        default=1.0,
        help="device pixel ratio of map.png, e.g. 2 for sharp slides (default 1)",
    )
    parser.add_argument(
        "--static",
        action="store_true",
        help="draw map.png with matplotlib instead of a browser (no Chromium needed)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="let --static replace a map.png that geomap's last run here did not write",
    )


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error said in one line (exit code 2) like every other
    error, the usage itself left to ``--help``."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="geomap",
        description="Map strikes and diplomatic actions from news articles, offline.",
    )
    parser.add_argument("--version", action="version", version=f"geomap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    gaz = sub.add_parser("gazetteer", help="query the bundled gazetteer")
    gaz_sub = gaz.add_subparsers(dest="gazetteer_command", metavar="SUBCOMMAND", required=True)
    look = gaz_sub.add_parser(
        "lookup", help="ranked candidate places for a name", description=cmd_lookup.__doc__
    )
    look.add_argument("name", help="a place name, e.g. 'Sistan-Balochistan'")
    look.add_argument(
        "--kind",
        action="append",
        choices=["city", "admin1", "region", "country"],
        help="only places of this kind (repeatable)",
    )
    look.add_argument("--country", help="only places in this country (ISO alpha-2)")
    look.add_argument("--limit", type=_positive, default=10, help="at most this many (default 10)")
    look.add_argument("--json", action="store_true", help="print JSON Lines")
    look.set_defaults(func=cmd_lookup)

    geo = sub.add_parser(
        "geoparse",
        help="print the place mentions of documents as JSON Lines",
        description=cmd_geoparse.__doc__,
    )
    geo.add_argument("files", nargs="+", metavar="FILE", help=".txt, .md, .html or .jsonl")
    _add_reading(geo)
    geo.set_defaults(func=cmd_geoparse)

    run = sub.add_parser(
        "run",
        help="articles -> events.geojson, places.geojson, map.html",
        description=cmd_run.__doc__,
    )
    _add_inputs(run)
    run.add_argument(
        "--tiles", action="store_true", help="add OpenStreetMap web tiles (needs internet)"
    )
    run.add_argument(
        "--report", action="store_true", help="also write report.html (see geomap report)"
    )
    run.add_argument(
        "--fragment",
        action="store_true",
        help="also write fragment.html, the report's map and table to paste into a page",
    )
    run.add_argument(
        "--export",
        type=_exports,
        default=[],
        metavar="FORMATS",
        help="also write csv (events.csv), parquet (events/places.parquet, GeoParquet), "
        "gpkg (geomap.gpkg); comma-separated",
    )
    _add_store(
        run,
        "also add the articles to this event store (a GeoPackage, made when missing) and "
        "map their events as merged with the stored ones",
    )
    _add_png_options(run, flag=True)
    work = run.add_argument_group("engine (where the articles are read and events merged)")
    work.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local: this machine's cores; dask: a Dask cluster, the same outputs "
        "(needs pip install 'geomap[dask]')",
    )
    work.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="with the local engine: worker processes for runs of 2,000 articles or more "
        "(default: one per core, up to 4; 1: one process, best when other work keeps "
        "the cores busy)",
    )
    work.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the address of a running dask-scheduler, e.g. "
        "tcp://10.0.0.5:8786 (default: start a local cluster)",
    )
    run.set_defaults(func=cmd_run)

    report = sub.add_parser(
        "report",
        help="articles -> report.html: map, timeline, event table (offline, printable)",
        description=cmd_report.__doc__,
    )
    _add_inputs(report)
    report.add_argument(
        "--fragment",
        action="store_true",
        help="write fragment.html (a <div> to paste into another page) instead",
    )
    report.add_argument("--title", help="the report's title")
    _add_store(report, _DRAW_STORE)
    _add_png_options(report, flag=True)
    report.set_defaults(func=cmd_report)

    draw = sub.add_parser(
        "map",
        help="articles or an event store -> events.geojson, places.geojson, map.html",
        description=cmd_map.__doc__,
    )
    _add_inputs(draw)
    _add_store(draw, _DRAW_STORE)
    draw.add_argument(
        "--tiles", action="store_true", help="add OpenStreetMap web tiles (needs internet)"
    )
    draw.set_defaults(func=cmd_map, png=False, width=1200, height=800, scale=1.0, static=False,
                      force=False)  # fmt: skip

    snap = sub.add_parser(
        "snapshot",
        help="articles -> map.png, the offline map rendered by headless Chromium",
        description=cmd_snapshot.__doc__,
    )
    _add_inputs(snap)
    _add_png_options(snap, flag=False)
    snap.add_argument(
        "--controls",
        action="store_true",
        help="keep the zoom, layer and time controls in the picture (default: legend only)",
    )
    snap.set_defaults(func=cmd_snapshot)
    return parser


def _kept(output: str | None) -> str:
    """What an interrupted run left in its output folder, exactly (the set is switched
    in as a whole, so it is the last complete set, per its manifest)."""
    if output is None:
        return "nothing was written"
    from .outputs.manifest import MANIFEST_NAME, read_manifest

    folder = Path(output)
    names = sorted(read_manifest(folder).files)
    if names:
        return f"{folder} holds the last complete run's files: {', '.join(names)}"
    if (folder / MANIFEST_NAME).exists() or not folder.is_dir() or not any(folder.iterdir()):
        return f"nothing was written to {folder}"
    return f"{folder} was left as it was"


class UsageError(Exception):
    """Options that parse but do not go together (exit code 2, like argparse)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: workers ended, outputs left whole (exit 143)."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM into an interrupt while a command runs (main thread only)."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``geomap`` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with _sigterm_as_interrupt():
            return args.func(args)
    except UsageError as exc:
        parser.error(str(exc))
    except GeomapError as exc:
        print(f"geomap: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        print(f"geomap: interrupted; {_kept(getattr(args, 'output', None))}", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
