"""What adding a day's articles to a large event store costs, beside a full run.

    python benchmarks/store_bench.py [--articles 100000] [--new 1000] [--full 11000]
                                     [--lgl PATH] [--work FOLDER]

The corpus is the seeds and the LGL geoparsing corpus (588 local news articles; pass
its JSONL with --lgl, else the seeds alone), replicated with distinct ids and texts
("Copy N." at the end, as ``benchmarks/run.py`` does), so a copy's events are a
reprint of the original's and merge with it: every add re-merges the largest groups.

Measures, each as a whole ``geomap`` process under ``/usr/bin/time -v`` (wall time,
peak resident memory):

- ``geomap run NEW.jsonl --store S.gpkg`` adding ``--new`` articles to a store of
  ``--articles`` (the store's own output folder written too, as a user would);
- ``geomap run`` over ``--full`` articles without a store: the full run that the
  store saves. A full run over all ``--articles`` + ``--new`` takes long on a small
  machine: with a smaller ``--full`` its time is scaled by article count, and the
  figure is labelled as extrapolated.

The store of ``--articles`` is filled here without geoparsing every copy again: the
originals are geoparsed once and each copy's mentions and events are the original's
under the copy's ids (what the pipeline finds in a copy), added through
``Store.add`` like a run's, in batches.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this working tree, not an installed copy


def originals(lgl: Path | None) -> list[dict]:
    """The seeds (and LGL) as JSONL records: id, text, publication day."""
    from geomap.articles import read_articles

    records = []
    for a in read_articles([ROOT / "seeds"]):
        records.append({"id": a.id, "text": a.text, "published": _iso(a.published)})
    if lgl is not None:
        with lgl.open(encoding="utf-8") as lines:  # not splitlines: texts hold U+2028
            rows = [json.loads(line) for line in lines if line.strip()]
        for r in rows:
            records.append({"id": r["id"], "text": r["text"], "published": r.get("published")})
    return records


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def write_copies(path: Path, records: Sequence[dict], first: int, count: int) -> int:
    """``count`` articles: copies ``first``, ``first`` + 1 ... of the originals."""
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        i = first
        while written < count:
            for r in records[: count - written]:
                copy = {**r, "id": f"{i}-{r['id']}", "text": f"{r['text']}\n\nCopy {i}."}
                handle.write(json.dumps({k: v for k, v in copy.items() if v}) + "\n")
                written += 1
            i += 1
    return i


def fill_store(store: Path, records: Sequence[dict], count: int, work: Path) -> None:
    """A store of ``count`` copies, from one geoparse of the originals."""
    from geomap.store import open_store

    sample = work / "originals.jsonl"
    write_copies(sample, records, 0, len(records))  # copy 0: what every copy reads as
    originals, mentions_of, found = _per_article(sample)
    start = time.perf_counter()
    with open_store(store) as opened:
        i, done = 0, 0
        while done < count:
            articles, mentions, events = [], {}, []
            for a in originals[: min(count - done, 5000)]:
                ident = re.sub(r"^0-", f"{i // len(originals) + 1}-", a.id)
                copy = replace(a, id=ident, text=f"{a.text}\0{ident}")
                articles.append(copy)
                mentions[ident] = [replace(m, article_id=ident) for m in mentions_of[a.id]]
                events += [_renamed(e, a.id, ident) for e in found.get(a.id, [])]
                i += 1
            opened.add(articles, mentions, events)
            done += len(articles)
            print(f"  store: {done:,} articles ({time.perf_counter() - start:.0f} s)", flush=True)


def _per_article(sample: Path) -> tuple[list, dict[str, list], dict[str, list]]:
    """The originals, their mentions and their own events (before merging), as the
    pipeline finds them (the year hint: the run's most common publication year)."""
    from geomap.articles import read_articles
    from geomap.events import extract_events
    from geomap.gazetteer import default_gazetteer
    from geomap.mentions import find_spans
    from geomap.resolution import Resolver

    g = default_gazetteer()
    resolver = Resolver(g)
    articles = read_articles([sample])
    years = Counter(a.published.year for a in articles if a.published)
    hint = years.most_common(1)[0][0] if years else None
    mentions = {a.id: resolver.resolve(a, find_spans(a, g)) for a in articles}
    events = {
        a.id: extract_events(a, mentions[a.id], year_hint=hint, gazetteer=g) for a in articles
    }
    return articles, mentions, events


def _renamed(event, old: str, new: str):
    from geomap.models import Source

    sources = tuple(Source(new, s.start, s.end, s.quote) for s in event.sources)
    return replace(event, id=new + event.id[len(old) :], sources=sources)


def timed(argv: Sequence[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one whole process (/usr/bin/time -v)."""
    proc = subprocess.run(
        ["/usr/bin/time", "-v", *argv], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(argv)}\n{proc.stderr}")
    wall = re.search(r"Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    assert wall and rss, proc.stderr
    hours, minutes, seconds = wall.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds), int(rss[1]) / 1024


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the store")
    parser.add_argument("--new", type=int, default=1_000, help="articles added to it")
    parser.add_argument(
        "--full", type=int, help="articles of the full run (default: all; 0: no full run)"
    )
    parser.add_argument("--lgl", type=Path, help="the LGL corpus as JSONL (id, text)")
    parser.add_argument("--work", type=Path, help="keep the files in this folder")
    args = parser.parse_args(argv)
    geomap = [sys.executable, "-m", "geomap.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        records = originals(args.lgl)
        store = work / f"store-{args.articles}.gpkg"
        store.unlink(missing_ok=True)
        print(f"filling a store of {args.articles:,} articles ({len(records)} originals)")
        fill_store(store, records, args.articles, work)
        new = work / "new.jsonl"
        write_copies(new, records, 10_000_000, args.new)  # copy numbers no store copy has
        add = timed([*geomap, "run", str(new), "--store", str(store), "-o", str(work / "o1")])
        print(
            f"\nadd {args.new:,} to a store of {args.articles:,}: {add[0]:.1f} s, {add[1]:.0f} MB"
        )
        total = args.articles + args.new
        size = total if args.full is None else args.full
        if size == 0:
            return 0
        full_input = work / "full.jsonl"
        write_copies(full_input, records, 1, size)
        full = timed([*geomap, "run", str(full_input), "-o", str(work / "o2")])
        scaled = full[0] * total / size
        label = "measured" if size == total else f"extrapolated from {size:,} articles"
        print(f"full run of {size:,} articles: {full[0]:.1f} s, {full[1]:.0f} MB (measured)")
        print(f"full run of {total:,} articles: {scaled:.0f} s ({label})")
        print(f"add / full run: {add[0] / scaled:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
