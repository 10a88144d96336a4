"""Geoparse speed: documents per second after start-up, start-up time, peak memory.

    python benchmarks/geoparse_bench.py [FILE_OR_FOLDER ...]

Defaults to the seeds replicated to 1,000 documents, plus the LGL benchmark corpus
when it sits beside the project (../shared/eval/geoparse/lgl.jsonl). With the
``geotext`` package installed, the same documents go through geotext for comparison.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpora(args: list[str]):
    from geomap.articles import article_from_text, read_articles

    if args:
        yield "input", read_articles(args)
        return
    seeds = read_articles([ROOT / "seeds"])
    copies = [
        article_from_text(f"{i}-{a.id}", a.text, published=a.published)
        for i in range(500)
        for a in seeds
    ]
    yield "seeds x500", copies
    lgl = ROOT.parent / "shared" / "eval" / "geoparse" / "lgl.jsonl"
    if lgl.exists():
        yield "LGL", read_articles([lgl])


def main() -> None:
    t0 = time.perf_counter()
    from geomap.gazetteer import default_gazetteer
    from geomap.mentions import find_spans
    from geomap.resolution import Resolver

    g = default_gazetteer()
    resolver = Resolver(g)
    startup = time.perf_counter() - t0
    print(f"start-up (imports + gazetteer open): {startup:.3f} s")
    print(f"{'corpus':<12} {'docs':>6} {'geomap docs/s':>14} {'geotext docs/s':>15}")
    for name, docs in corpora(sys.argv[1:]):
        for d in docs[:50]:  # warm the name cache as a long run would
            resolver.resolve(d, find_spans(d, g))
        t = time.perf_counter()
        for d in docs:
            resolver.resolve(d, find_spans(d, g))
        rate = len(docs) / (time.perf_counter() - t)
        other = "-"
        try:
            from geotext import GeoText

            t = time.perf_counter()
            for d in docs:
                GeoText(d.text)
            other = f"{len(docs) / (time.perf_counter() - t):.0f}"
        except ImportError:
            other = "not installed"
        print(f"{name:<12} {len(docs):>6} {rate:>14.0f} {other:>15}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
