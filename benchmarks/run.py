"""All of geomap's speed and size figures in one run, side by side.

    python benchmarks/run.py [FOLDER_OR_JSONL ...] [--copies 500] [--sizes 1000 10000]
                             [--repeat 3] [--no-browser]
    python benchmarks/run.py --scale 10000 100000 [--lgl PATH] [--one-process-up-to N]
    python benchmarks/run.py --scale 10000 --paired 5 [--lgl PATH]

Measures, on one machine in one go:

- geoparse and full-pipeline documents per second on a corpus: each FOLDER_OR_JSONL
  given, else the seeds replicated to about 1,000 articles in a temporary JSONL; the
  pipeline both on one core and with its worker processes;
  with the ``geotext`` package installed, the same documents through geotext;
- start-up: wall time of ``geomap run`` on the seeds in a child process, best of 3
  (imports, gazetteer, two articles, the map, the files: what a user waits for);
- peak memory: the resident-set high-water mark of ``geomap run`` child processes
  (``os.wait4``'s rusage, so each child is measured alone), on the seeds and on
  the corpus;
- map.html build time, size and (with Debian Chromium and Playwright) time until the
  page script finished, at 1,000 and 10,000 synthetic events, using
  ``benchmarks/map_bench.py``.

Needs nothing beyond geomap's own dependencies. Throughput figures are after
start-up (the gazetteer open, its name cache warmed on 50 documents), one core.

``--scale N ...`` measures large corpora instead: the seeds and the LGL corpus
(``--lgl``, default ``../shared/eval/geoparse/lgl.jsonl`` beside the repository)
replicated to exactly N articles with distinct ids and texts, one JSONL each, run by
``geomap run`` in a child process with its worker processes and (up to
``--one-process-up-to`` articles) in one process. For each: wall seconds, CPU
seconds (user + system, the workers included), the peak resident memory of the
largest process (``/usr/bin/time -v``'s "Maximum resident set size", which is
``os.wait4``'s figure) and the peak of the whole process tree (proportional set
sizes summed, sampled from ``/proc`` every 0.1 s), and whether the two runs wrote
byte-identical files. With ``--paired ROUNDS``, the two runs are instead taken in
turn ROUNDS times at each size, without the sampler, and their medians, ranges and
paired speed-ups printed: on a machine shared with other jobs, single runs vary by
more than the differences worth measuring.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT))  # measure this working tree, not an installed copy


@dataclass
class Child:
    """One finished child process: wall seconds, peak resident memory, exit status."""

    seconds: float
    peak_mb: float
    status: int


def geomap_command() -> list[str]:
    """``geomap`` as a user runs it, from this working tree."""
    return [sys.executable, "-m", "geomap.cli"]


def run_child(argv: Sequence[str], cwd: Path) -> Child:
    """Run ``argv`` and measure it alone: wall time and its own peak RSS (os.wait4)."""
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    with tempfile.TemporaryFile() as err:  # a file, not a pipe: a chatty child cannot block
        start = time.perf_counter()
        proc = subprocess.Popen(list(argv), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            message = err.read().decode("utf-8", "replace")
            sys.exit(f"benchmark child failed ({' '.join(argv)}):\n{message}")
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Child(seconds, peak, proc.returncode)


@dataclass
class Measured:
    """A whole ``geomap run``: wall and CPU seconds, peak of the largest process and
    of the process tree (MB)."""

    seconds: float
    cpu: float
    peak_mb: float
    tree_mb: float


def _tree_pss_mb(root: int) -> float:
    """The memory of ``root`` and all its descendants, summed as proportional set
    size (pages shared by forked workers counted once; from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        line = next((ln for ln in rollup.splitlines() if ln.startswith("Pss:")), "")
        total += int(line.split()[1]) if line else 0
    return total / 1024


def measure(argv: Sequence[str], cwd: Path, sample: bool = True) -> Measured:
    """Run ``argv`` under ``/usr/bin/time -v`` (else alone, with ``os.wait4``) while
    sampling the summed memory of its process tree (unless not ``sample``: the
    sampling competes for the cores)."""
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    timer = Path("/usr/bin/time")
    with tempfile.NamedTemporaryFile("w+") as report, tempfile.TemporaryFile() as err:
        wrapped = [str(timer), "-v", "-o", report.name, *argv] if timer.exists() else list(argv)
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        tree = 0.0
        while proc.poll() is None:
            if sample and Path("/proc").is_dir():
                tree = max(tree, _tree_pss_mb(proc.pid))
            time.sleep(0.1)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            err.seek(0)
            sys.exit(f"benchmark child failed ({' '.join(argv)}):\n{err.read().decode()}")
        text = Path(report.name).read_text() if timer.exists() else ""

    def field(name: str) -> float:
        line = next((ln for ln in text.splitlines() if ln.strip().startswith(name)), None)
        return float(line.rsplit(":", 1)[1]) if line else float("nan")

    elapsed = next((ln for ln in text.splitlines() if "Elapsed (wall clock)" in ln), "")
    if elapsed:  # "h:mm:ss" or "m:ss.ss", the command's own figure
        parts = elapsed.rsplit(": ", 1)[1].split(":")
        seconds = sum(float(p) * 60**i for i, p in enumerate(reversed(parts)))
    peak = field("Maximum resident set size") / 1024
    return Measured(seconds, field("User time") + field("System time"), peak, tree)


def scale_corpus(folder: Path, size: int, lgl: Path) -> Path:
    """The seeds and LGL, replicated to exactly ``size`` articles of distinct ids and
    texts (each copy ends with its number), as one JSONL."""
    from geomap.articles import read_articles

    base = [
        {
            "id": a.id,
            "text": a.text,
            **({"published": a.published.isoformat()} if a.published else {}),
        }
        for a in read_articles([SEEDS])
    ]
    with lgl.open(encoding="utf-8") as handle:
        base += [{"id": r["id"], "text": r["text"]} for r in map(json.loads, handle)]
    path = folder / f"scale-{size}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(size):
            copy, record = divmod(n, len(base))
            r = base[record]
            line = dict(r, id=f"{copy}-{r['id']}", text=f"{r['text']}\n\nCopy {copy}.")
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return path


#: ``geomap run`` with worker processes never used (one process)
_ONE_PROCESS = (
    "import sys\n"
    "import geomap.pipeline as pipeline\n"
    "pipeline.PARALLEL_MIN = float('inf')\n"
    "from geomap.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def scale_commands() -> dict[str, list[str]]:
    """``geomap run`` with its worker processes, and in one process."""
    return {
        "workers": [*geomap_command(), "run"],
        "one process": [sys.executable, "-c", _ONE_PROCESS, "run"],
    }


def scale_rows(sizes: Sequence[int], lgl: Path, work: Path, one_up_to: int) -> list[list[str]]:
    """Workers against one process at each size: time, CPU, memory, same files."""
    rows = []
    commands = scale_commands()
    for size in sizes:
        corpus = scale_corpus(work, size, lgl)
        runs = {k: v for k, v in commands.items() if k == "workers" or size <= one_up_to}
        outs, figures = {}, {}
        for label, command in runs.items():
            outs[label] = work / f"scale-{size}-{label.replace(' ', '-')}"
            figures[label] = measure([*command, str(corpus), "-o", str(outs[label])], ROOT)
        same = same_files(*outs.values()) if len(outs) == 2 else "-"
        for label, m in figures.items():
            speedup = figures["one process"].seconds / m.seconds if "one process" in figures else 0
            rows.append(
                [
                    f"{size:,}",
                    label,
                    f"{m.seconds:.1f}",
                    f"{m.cpu:.1f}",
                    f"{m.peak_mb:.0f}",
                    f"{m.tree_mb:.0f}",
                    f"{speedup:.2f}x" if speedup else "-",
                    same,
                ]
            )
        corpus.unlink()
    return rows


def same_files(a: Path, b: Path) -> str:
    """ "yes" when two output folders hold the same files, byte for byte, else "NO"."""
    names = sorted(p.name for p in a.iterdir())
    same = names == sorted(p.name for p in b.iterdir()) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names
    )
    return "yes" if same else "NO"


def paired_rows(sizes: Sequence[int], lgl: Path, work: Path, rounds: int) -> list[list[str]]:
    """One process and workers taken in turn, ``rounds`` times each at each size,
    without the memory sampler: medians and ranges of wall and CPU seconds, and of
    the speed-up of each pair (other jobs on the machine slow single runs a lot), and
    whether every round's two runs wrote the same files."""
    rows = []
    for size in sizes:
        corpus = scale_corpus(work, size, lgl)
        runs = dict(reversed(scale_commands().items()))  # one process first in each round
        got: dict[str, list[Measured]] = {label: [] for label in runs}
        loads, same = [], []
        for _ in range(rounds):
            loads.append(os.getloadavg()[0])
            outs = []
            for label, command in runs.items():
                outs.append(work / f"paired-{size}-{label.replace(' ', '-')}")
                got[label].append(
                    measure([*command, str(corpus), "-o", str(outs[-1])], ROOT, False)
                )
            same.append(same_files(*outs))
        ratios = [
            one.seconds / two.seconds
            for one, two in zip(got["one process"], got["workers"], strict=True)
        ]
        for label, measured in got.items():
            rows.append(
                [
                    f"{size:,}",
                    label,
                    spread([m.seconds for m in measured]),
                    spread([m.cpu for m in measured]),
                    spread(ratios, 2, "x") if label == "workers" else "-",
                    f"{min(loads):.1f}-{max(loads):.1f}",
                    "NO" if "NO" in same else "yes",
                ]
            )
        corpus.unlink()
    return rows


def spread(values: Sequence[float], digits: int = 1, unit: str = "") -> str:
    """The median and the range: ``spread([8.4, 8.9, 10.0])`` is "8.9 (8.4-10.0)"."""
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{mid:.{digits}f}{unit} ({low:.{digits}f}-{high:.{digits}f})"


def default_corpus(folder: Path, copies: int) -> tuple[str, Path]:
    """The seeds, ``copies`` times over, as one JSONL of distinct ids and texts (the
    reader keeps one of several identical texts, so each copy ends with its number)."""
    from geomap.articles import read_articles

    seeds = read_articles([SEEDS])
    path = folder / f"seeds-x{copies}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(copies):
            for a in seeds:
                record = {"id": f"{i}-{a.id}", "text": f"{a.text}\n\nCopy {i}."}
                if a.published:
                    record["published"] = a.published.isoformat()
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return f"seeds x{copies}", path


def per_second(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}" if seconds > 0 else "-"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def geotext_rate(texts: list[str]) -> str:
    try:
        from geotext import GeoText
    except ImportError:
        return "not installed"

    def parse() -> None:
        for text in texts:
            GeoText(text)

    return per_second(len(texts), timed(parse))


def corpus_row(label: str, path: Path, work: Path, gazetteer: Any, resolver: Any) -> list[str]:
    """geoparse, full pipeline (in process) and geotext docs/s, plus the child's figures."""
    from geomap import pipeline as pipeline_module
    from geomap.articles import read_articles
    from geomap.mentions import find_spans
    from geomap.pipeline import run

    docs = read_articles([path], on_warning=lambda _: None)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    for d in docs[:50]:  # warm the name cache as a long run would
        resolver.resolve(d, find_spans(d, gazetteer))

    def geoparse() -> None:
        for d in docs:
            resolver.resolve(d, find_spans(d, gazetteer))

    parse_s = timed(geoparse)

    def pipeline(workers: bool) -> float:
        out = work / f"out-{len(os.listdir(work))}"
        saved = pipeline_module.PARALLEL_MIN
        pipeline_module.PARALLEL_MIN = 1 if workers else len(docs) + 1
        try:
            return timed(lambda: run([path], out, gazetteer=gazetteer, on_warning=lambda _: None))
        finally:
            pipeline_module.PARALLEL_MIN = saved

    one_core = pipeline(workers=False)
    all_cores = pipeline(workers=True)
    out = work / f"out-{len(os.listdir(work))}"
    child = run_child([*geomap_command(), "run", str(path), "-o", str(out)], ROOT)
    return [
        label,
        f"{len(docs):,}",
        f"{size / 1e6:.2f}",
        per_second(len(docs), parse_s),
        per_second(len(docs), one_core),
        per_second(len(docs), all_cores),
        geotext_rate([d.text for d in docs]),
        f"{child.seconds:.1f}",
        f"{child.peak_mb:.0f}",
    ]


def load_map_bench() -> ModuleType | None:
    path = ROOT / "benchmarks" / "map_bench.py"
    try:
        spec = importlib.util.spec_from_file_location("geomap_map_bench", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    except Exception as exc:  # another script's imports; any failure -> no map rows
        print(f"(map rows skipped: cannot import {path.name}: {type(exc).__name__}: {exc})")
        return None


def map_rows(sizes: Sequence[int], work: Path, browser: bool) -> list[list[str]]:
    bench = load_map_bench()
    if bench is None:
        return []
    frames = bench._frames_module()
    basemap, _ = bench.real_basemap()
    rows = []
    for n in sizes:
        f = frames.synthetic_frames(n)
        start = time.perf_counter()
        m = bench.build_map(
            f["events"],
            f["places"],
            f["areas"],
            f["borders"],
            basemap if basemap is not None else f["basemap"],
        )
        page = bench.render_html(m)
        seconds = time.perf_counter() - start
        path = work / f"map-{n}.html"
        path.write_text(page, encoding="utf-8")
        ready = bench.ready_ms(path) if browser else None
        rows.append(
            [
                f"{n:,}",
                f"{seconds:.2f}",
                f"{len(page.encode('utf-8')) / 1e6:.2f}",
                f"{ready:.0f}" if ready is not None else "n/a",
            ]
        )
    return rows


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table, first column left-aligned, the rest right-aligned."""
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        first, *rest = cells
        return "  ".join(
            [
                str(first).ljust(widths[0]),
                *(str(c).rjust(w) for c, w in zip(rest, widths[1:], strict=True)),
            ]
        )

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, metavar="FOLDER_OR_JSONL")
    parser.add_argument("--copies", type=int, default=500, help="seed copies (default 500)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="start-up runs (best of)")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium timing")
    parser.add_argument(
        "--scale", type=int, nargs="+", metavar="N", help="large corpora of N articles instead"
    )
    parser.add_argument(
        "--lgl",
        type=Path,
        default=ROOT.parent / "shared" / "eval" / "geoparse" / "lgl.jsonl",
        help="the LGL corpus (JSONL) for --scale",
    )
    parser.add_argument(
        "--one-process-up-to",
        type=int,
        default=10_000,
        metavar="N",
        help="with --scale, also run in one process up to N articles (default 10,000)",
    )
    parser.add_argument(
        "--paired",
        type=int,
        metavar="ROUNDS",
        help="with --scale, time one process and workers in turn ROUNDS times each, "
        "without the memory sampler, instead of the table",
    )
    args = parser.parse_args(argv)
    if args.scale:
        if not args.lgl.is_file():
            parser.error(f"{args.lgl}: no such file (the LGL corpus; give it with --lgl)")
        if args.paired:
            return paired(args.scale, args.lgl, args.paired)
        return scale(args.scale, args.lgl, args.one_process_up_to)
    for path in args.inputs:
        if not path.exists():
            parser.error(f"{path}: no such file or folder")

    print(
        f"geomap benchmarks: Python {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} CPUs"
    )
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        work = Path(tmp)
        starts = [
            run_child([*geomap_command(), "run", str(SEEDS), "-o", str(work / "seeds")], ROOT)
            for _ in range(max(1, args.repeat))
        ]
        best = min(starts, key=lambda c: c.seconds)

        t0 = time.perf_counter()
        from geomap.gazetteer import default_gazetteer
        from geomap.pipeline import PARALLEL_MIN
        from geomap.resolution import Resolver

        gazetteer = default_gazetteer()
        resolver = Resolver(gazetteer)
        in_process = time.perf_counter() - t0
        # the sentence parser loads on the first sentence that needs it: a start-up cost
        # like the imports, measured apart so the rates below are the steady ones
        t0 = time.perf_counter()
        from geomap.events.structure import parser_available

        parsing = parser_available()
        parser_load = time.perf_counter() - t0

        corpora = [(str(p), p) for p in args.inputs] or [default_corpus(work, args.copies)]
        rows = [corpus_row(label, path, work, gazetteer, resolver) for label, path in corpora]
        maps = map_rows(args.sizes, work, browser=not args.no_browser)

    print()
    print(
        table(
            [
                "corpus",
                "docs",
                "MB",
                "geoparse docs/s",
                "pipeline docs/s",
                f"pipeline, {min(os.cpu_count() or 1, 4)} workers",
                "geotext docs/s",
                "`geomap run` s",
                "peak MB",
            ],
            rows,
        )
    )
    print()
    print(
        table(
            ["start-up", "seconds", "peak MB"],
            [
                [
                    f"`geomap run` on the seeds (best of {len(starts)})",
                    f"{best.seconds:.2f}",
                    f"{max(c.peak_mb for c in starts):.0f}",
                ],
                ["imports + gazetteer open (in process)", f"{in_process:.2f}", "-"],
                [
                    "sentence parser load (in process)"
                    if parsing
                    else "sentence parser: off (GEOMAP_PARSE=0 or not installed)",
                    f"{parser_load:.2f}",
                    "-",
                ],
            ],
        )
    )
    if maps:
        print()
        print(table(["map events", "build s", "HTML MB", "ready ms"], maps))
    print()
    print(
        "docs/s: after start-up; one core unless workers are named (forced here; `geomap "
        f"run` uses them from {PARALLEL_MIN} articles on).\n"
        "pipeline = read, geoparse, events, frames, map, files. "
        "`geomap run` s and peak MB: the whole command in a child process."
    )
    return 0


def scale(sizes: Sequence[int], lgl: Path, one_up_to: int) -> int:
    """``--scale``: the large-corpus table."""
    return print_scale_table(
        f"geomap at scale: Python {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}",
        lambda work: scale_rows(sizes, lgl, work, one_up_to),
        ["articles", "run", "wall s", "CPU s", "peak MB", "tree MB", "speed-up", "same files"],
        lambda: (
            f"load after: {os.getloadavg()[0]:.1f}. peak MB: the largest process "
            "(/usr/bin/time -v); tree MB: all processes together (PSS), sampled."
        ),
    )


def paired(sizes: Sequence[int], lgl: Path, rounds: int) -> int:
    """``--scale N --paired ROUNDS``: one process against workers, taken in turn."""
    return print_scale_table(
        f"geomap, one process against workers in turn: Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {rounds} rounds",
        lambda work: paired_rows(sizes, lgl, work, rounds),
        ["articles", "run", "wall s (range)", "CPU s (range)", "speed-up", "load", "same files"],
        lambda: (
            "medians of the rounds; speed-up: one process's wall time over the workers' "
            "in each round; load: the 1-minute load average as each round began; same "
            "files: the two runs of every round wrote the same files, byte for byte."
        ),
    )


def print_scale_table(
    title: str,
    make_rows: Callable[[Path], list[list[str]]],
    header: list[str],
    footer: Callable[[], str],
) -> int:
    """Print a title, the rows made in a temporary folder as a table, and a footer
    (made after the runs, so that it can say the load they left)."""
    print(title)
    with tempfile.TemporaryDirectory(prefix="geomap-scale-") as tmp:
        rows = make_rows(Path(tmp))
    print()
    print(table(header, rows))
    print("\n" + footer())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
