"""The ``geomap`` command line: thin wrappers over the library.

The library raises ``GeomapError``s; this module turns them into one line on stderr
and an exit code (1 for bad input or output, 2 for bad usage), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

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
    places.geojson and map.html (offline) to the output folder."""
    from .pipeline import run

    result = run(
        args.inputs or ["seeds"],
        args.output,
        tiles=args.tiles,
        on_warning=_warn,
        progress=True,
    )
    print(result.summary())
    return 0


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
    run.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds/)"
    )
    run.add_argument("-o", "--output", default="outputs", help="output folder (default: outputs/)")
    run.add_argument(
        "--tiles", action="store_true", help="add OpenStreetMap web tiles (needs internet)"
    )
    run.set_defaults(func=cmd_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``geomap`` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
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
