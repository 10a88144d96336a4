"""The ``geomap`` command line: thin wrappers over the library.

The library raises ``GeomapError``s; this module turns them into one line on stderr
and an exit code (1 for bad input or output, 2 for bad usage), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import GeomapError

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
    for article in read_articles(args.files, on_warning=_warn):
        mentions = resolver.resolve(article, find_spans(article, gazetteer))
        line = {"id": article.id, "toponyms": [_toponym(m) for m in mentions]}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Read articles, geoparse, extract events and write events.geojson,
    places.geojson and map.html (offline) to the output folder; with --report also
    report.html, with --fragment fragment.html, with --png map.png."""
    from .pipeline import run
    from .report import write_report

    if args.png and args.tiles and not args.static:
        raise UsageError("--png pictures the offline map; leave out --tiles (or add --static)")
    _check_png(args)
    result = run(
        args.inputs or ["seeds"],
        args.output,
        tiles=args.tiles,
        on_warning=_warn,
        progress=True,
        report=args.report,
    )
    written = []
    if args.fragment:
        written.append(write_report(result, args.output, fragment=True))
    if args.png:
        written.append(_write_png(result, args))
    return _summarise(result, written)


def cmd_report(args: argparse.Namespace) -> int:
    """Read articles and write report.html: one offline, printable page with the map, a
    timeline of events by day, a sortable table of every event with its quotes, the
    places mentioned and the unresolved mentions. --fragment writes fragment.html
    instead: map, timeline and table in one <div> to paste into another page."""
    from .pipeline import _check_outdir, run
    from .report import write_report

    _check_outdir(Path(args.output))
    _check_png(args)
    result = run(args.inputs or ["seeds"], None, on_warning=_warn, progress=True)
    written = [write_report(result, args.output, fragment=args.fragment, title=args.title)]
    if args.png:
        written.append(_write_png(result, args))
    return _summarise(result, written)


def cmd_snapshot(args: argparse.Namespace) -> int:
    """Read articles and write map.png: the offline map rendered by headless Chromium
    at --width x --height pixels (--static: drawn by matplotlib, no browser)."""
    from .pipeline import _check_outdir, run

    _check_outdir(Path(args.output))
    args.png = True
    _check_png(args)
    result = run(args.inputs or ["seeds"], None, on_warning=_warn, progress=True)
    return _summarise(result, [_write_png(result, args)])


def _summarise(result, written: list[Path]) -> int:
    """Print the run's summary and the files written beyond the run's own."""
    print(result.summary())
    for path in written:
        print(f"wrote {path}")
    return 0


def _check_png(args: argparse.Namespace) -> None:
    """Fail before any work when map.png cannot be made."""
    from .report import require_chromium, require_matplotlib

    if args.png:
        if args.static:
            require_matplotlib()
        else:
            require_chromium()


def _write_png(result, args: argparse.Namespace) -> Path:
    from .report import SNAPSHOT_NAME, snapshot, static_snapshot

    target = Path(args.output) / SNAPSHOT_NAME
    if args.static:
        return static_snapshot(result, target, width=args.width, height=args.height)
    return snapshot(
        result,
        target,
        width=args.width,
        height=args.height,
        scale=args.scale,
        controls=getattr(args, "controls", False),
    )


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


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds/)"
    )
    parser.add_argument(
        "-o", "--output", default="outputs", help="output folder (default: outputs/)"
    )


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    look.add_argument("--limit", type=int, default=10, help="at most this many (default 10)")
    look.add_argument("--json", action="store_true", help="print JSON Lines")
    look.set_defaults(func=cmd_lookup)

    geo = sub.add_parser(
        "geoparse",
        help="print the place mentions of documents as JSON Lines",
        description=cmd_geoparse.__doc__,
    )
    geo.add_argument("files", nargs="+", metavar="FILE", help=".txt, .md, .html or .jsonl")
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
    _add_png_options(run, flag=True)
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
    _add_png_options(report, flag=True)
    report.set_defaults(func=cmd_report)

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


class UsageError(Exception):
    """Options that parse but do not go together (exit code 2, like argparse)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``geomap`` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        parser.error(str(exc))
    except GeomapError as exc:
        print(f"geomap: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("geomap: interrupted; no output was left half-written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
