"""How big and how fast is map.html at 1,000 and 10,000 events?

Why: the map must stay under 3 MB and open quickly at 10k events. This builds maps
from synthetic events (``tests/browser/frames.py``: plausible columns, quotes that
compress no better than real news text) over the bundled gazetteer's real country
polygons when it is available (synthetic ones otherwise), and prints one row per
size: build seconds, HTML MB, and the time until the page script finished
(``geomap.readyMs``) in headless Debian Chromium, if installed.

    python benchmarks/map_bench.py [--sizes 1000 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

import geopandas as gpd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.maps import build_map, render_html  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


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


def ready_ms(path: Path) -> float | None:
    """Milliseconds from navigation start to the end of the page script, or None."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not CHROMIUM.exists():
        return None
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.route("**/*", _only_files)
            page.goto(path.as_uri())
            page.wait_for_function("window.geomap && geomap.ready === true", timeout=60_000)
            return float(page.evaluate("geomap.readyMs"))
        finally:
            browser.close()


def _only_files(route, request) -> None:  # type: ignore[no-untyped-def]
    if request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="folder to keep the map files in")
    args = parser.parse_args(argv)
    frames = _frames_module()
    basemap, basemap_label = real_basemap()
    print(f"basemap: {basemap_label}")
    print(f"{'events':>7} {'build s':>8} {'HTML MB':>8} {'ready ms':>9}")
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
        ready = ready_ms(path)
        ready_text = f"{ready:9.0f}" if ready is not None else f"{'n/a':>9}"
        print(f"{n:>7} {seconds:8.2f} {len(page.encode()) / 1e6:8.2f} {ready_text}")
    if args.keep is None:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
