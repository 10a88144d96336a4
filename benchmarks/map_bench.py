"""How big and how fast are map.html and report.html at 1,000 to 100,000 events?

Why: the map must stay under 5 MB and be ready in under 2 s in Chromium at tens of
thousands of events (issue 14, item 5). This builds maps from synthetic events
(``tests/browser/frames.py``, seed 0: plausible columns, quotes that compress no
better than real news text) over the bundled gazetteer's real country polygons when
it is available (synthetic ones otherwise), and prints one row per size: build
seconds, HTML MB, and the time until the page script finished (``geomap.readyMs``,
from navigation start) in headless Debian Chromium at 1280 x 800, the best of
``--repeat`` loads, each in a fresh browser context. With ``--report`` it also
builds report.html from the same events and prints its build seconds and MB.

    python benchmarks/map_bench.py [--sizes 1000 10000 50000] [--repeat 3] [--report]
                                   [--keep DIR]

The best of several loads is the figure to compare: on a shared machine one load can
take twice as long as the next.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import math
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType, SimpleNamespace

import geopandas as gpd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.maps import build_map, render_html  # noqa: E402
from geomap.snapshot import CHROMIUM_ARGS  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")


def _frames_module() -> ModuleType:
    path = ROOT / "tests" / "browser" / "frames.py"
    spec = importlib.util.spec_from_file_location("geomap_bench_frames", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def real_basemap() -> tuple[gpd.GeoDataFrame | None, str]:
    """The gazetteer's country polygons, or None when the gazetteer is not there."""
    try:
        from geomap.gazetteer import Gazetteer

        rows = Gazetteer().shapes("country")
    except Exception as exc:  # the gazetteer is another stage's; any failure -> synthetic
        return None, f"synthetic (gazetteer unavailable: {type(exc).__name__})"
    frame = gpd.GeoDataFrame(
        {"id": [p.id for p, _ in rows], "name": [p.name for p, _ in rows]},
        geometry=[g for _, g in rows],
        crs="EPSG:4326",
    )
    return frame, f"gazetteer countries ({len(frame)})"


def ready_ms(path: Path, repeat: int = 1) -> float | None:
    """Milliseconds from navigation start to the end of the page script, the best of
    ``repeat`` loads (each in a fresh context), or None without Chromium/Playwright."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not CHROMIUM.exists():
        return None
    times = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        try:
            for _ in range(repeat):
                context = browser.new_context(viewport={"width": 1280, "height": 800})
                page = context.new_page()
                page.route("**/*", _only_files)
                page.goto(path.as_uri())
                page.wait_for_function("window.geomap && geomap.ready === true", timeout=120_000)
                times.append(float(page.evaluate("geomap.readyMs")))
                context.close()
        finally:
            browser.close()
    return min(times)


def _only_files(route, request) -> None:  # type: ignore[no-untyped-def]
    if request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


def report_of(frames: dict[str, gpd.GeoDataFrame], map_html: str) -> str:
    """report.html of the synthetic events (as models), around the map page given."""
    from geomap.models import Event, Place, Source
    from geomap.report import build_report

    events = []
    for record, point in zip(
        frames["events"].to_dict("records"), frames["events"].geometry, strict=True
    ):
        row = {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in record.items()}
        place = Place(row["place_id"], row["location"], row["place_kind"], row["country"],
                      point.y, point.x)  # fmt: skip
        sources = tuple(
            Source(s["article"], s["start"], s["end"], s["quote"]) for s in row["sources"]
        )
        date = dt.date.fromisoformat(row["date"]) if row["date"] else None
        killed = None if row["killed"] is None else int(row["killed"])
        events.append(
            Event(row["id"], row["family"], row["type"], row["actor"], row["target"], place,
                  date, row["date_precision"], killed, row["confidence"], sources)
        )  # fmt: skip
    run = SimpleNamespace(events=events, articles=[], mentions={}, unresolved=[], map_html=map_html)
    return build_report(run).html  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="page loads per size (best)")
    parser.add_argument("--report", action="store_true", help="measure report.html too")
    parser.add_argument("--keep", type=Path, help="folder to keep the map files in")
    args = parser.parse_args(argv)
    frames = _frames_module()
    basemap, basemap_label = real_basemap()
    print(f"basemap: {basemap_label}; goal: map under 5 MB, ready under 2,000 ms")
    head = f"{'events':>7} {'build s':>8} {'HTML MB':>8} {'ready ms':>9}"
    print(head + (f" {'report s':>9} {'report MB':>10}" if args.report else ""))
    folder = args.keep or Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        f = frames.synthetic_frames(n)
        start = time.perf_counter()
        m = build_map(
            f["events"],
            f["places"],
            f["areas"],
            f["borders"],
            basemap if basemap is not None else f["basemap"],
        )
        page = render_html(m)
        seconds = time.perf_counter() - start
        path = folder / f"map-{n}.html"
        path.write_text(page, encoding="utf-8")
        ready = ready_ms(path, args.repeat)
        ready_text = f"{ready:9.0f}" if ready is not None else f"{'n/a':>9}"
        row = f"{n:>7} {seconds:8.2f} {len(page.encode()) / 1e6:8.2f} {ready_text}"
        if args.report:
            start = time.perf_counter()
            report = report_of(f, page)
            report_seconds = time.perf_counter() - start
            (folder / f"report-{n}.html").write_text(report, encoding="utf-8")
            row += f" {report_seconds:9.2f} {len(report.encode()) / 1e6:10.2f}"
        print(row, flush=True)
    if args.keep is None:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
