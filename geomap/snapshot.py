"""Pictures of the map: ``map.png`` photographed by headless Chromium, or drawn by matplotlib.

``snapshot`` renders the offline map page in headless Chromium (Playwright driving a
system Chromium, never a downloaded one) and writes a PNG; ``static_snapshot`` draws a
browser-free PNG of the same frames with matplotlib. Why a module of its own: both
need optional packages and a browser or a plotting library that the page and the
report never touch, and each is checked before a run starts (``require_chromium``,
``require_matplotlib``) so a missing one costs no work.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import math
import os
import shutil
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import GeomapError
from .outputs.atomic import write_atomic
from .theme import load_theme, type_colour

if TYPE_CHECKING:  # the map's libraries load when a picture is drawn
    import folium

    from .gazetteer import Gazetteer
    from .outputs.records import RunRecords as RunResult

__all__ = [
    "CHROMIUM_ARGS",
    "SCREEN_ONLY_CONTROLS",
    "SNAPSHOT_NAME",
    "ChromiumMissingError",
    "SnapshotError",
    "find_chromium",
    "map_page",
    "require_chromium",
    "require_matplotlib",
    "snapshot",
    "static_snapshot",
]

SNAPSHOT_NAME = "map.png"
#: headless Chromium flags: no sandbox (containers), no GPU, no background traffic
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
#: where a system Chromium or Chrome is looked for (after $GEOMAP_CHROMIUM)
CHROMIUM_CANDIDATES = (
    "/usr/bin/chromium",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)
INSTALL_HINT = (
    "install it with: apt-get install chromium (or set GEOMAP_CHROMIUM to a Chromium or "
    "Chrome binary), then: pip install 'geomap[png]' (the playwright package); "
    "or use --static for a browser-free PNG (needs matplotlib)"
)

_MATPLOTLIB_HINT = (
    "a static PNG needs matplotlib; install it with: pip install 'geomap[static]' "
    "(or: pip install matplotlib)"
)

#: hidden in the map when printed or snapshotted: controls that only work on screen
SCREEN_ONLY_CONTROLS = ".leaflet-control-zoom, .leaflet-control-layers, .gm-time"

#: Fit the view again once the controls are hidden, for a picture (geomap.fitView
#: keeps every mark clear of the legend, the one box left).
_REFIT_JS = "() => geomap.fitView()"


class SnapshotError(GeomapError, RuntimeError):
    """The PNG of the map could not be rendered."""


class ChromiumMissingError(SnapshotError):
    """Headless Chromium or the playwright package that drives it is not installed."""


def map_page(source: Any) -> str:
    """The map page of a run's records (rendered once per run), or of a bare map."""
    from .maps import render_html

    page = getattr(source, "map_html", None)
    return page if isinstance(page, str) else render_html(getattr(source, "map", source))


# --------------------------------------------------------------------------- snapshot


def find_chromium(executable: str | os.PathLike[str] | None = None) -> str:
    """The Chromium binary to use: ``executable``, else ``$GEOMAP_CHROMIUM``, else the
    first of ``CHROMIUM_CANDIDATES`` found. Raises ``ChromiumMissingError``."""
    wanted = executable or os.environ.get("GEOMAP_CHROMIUM")
    candidates = (str(wanted),) if wanted else CHROMIUM_CANDIDATES
    for name in candidates:
        found = shutil.which(name)
        if found:
            return found
    looked = ", ".join(candidates)
    raise ChromiumMissingError(
        f"a PNG of the map needs headless Chromium, which was not found (looked for "
        f"{looked}); {INSTALL_HINT}"
    )


def require_chromium(executable: str | os.PathLike[str] | None = None) -> str:
    """Check, before any work, that ``snapshot`` can run; return the Chromium binary.
    Raises ``ChromiumMissingError`` with an install hint."""
    found = find_chromium(executable)
    _sync_playwright()
    return found


def require_matplotlib() -> None:
    """Check, before any work, that ``static_snapshot`` can run."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise SnapshotError(_MATPLOTLIB_HINT) from None


def _sync_playwright() -> Callable[[], Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise ChromiumMissingError(
            f"a PNG of the map needs the playwright package to drive Chromium; {INSTALL_HINT}"
        ) from None
    return sync_playwright


def snapshot(
    source: RunResult | folium.Map | str,
    path: str | os.PathLike[str],
    *,
    width: int = 1200,
    height: int = 800,
    scale: float = 1.0,
    controls: bool = False,
    chromium: str | os.PathLike[str] | None = None,
    timeout: float = 60.0,
) -> Path:
    """Render the offline map page in headless Chromium; write a ``width`` x ``height``
    PNG (times ``scale`` pixels) to ``path`` atomically and return the path.

    ``source`` is a run, its map or a rendered map page. The page is opened from a
    temporary file with every non-file request refused, so what the PNG shows is what
    the offline page shows. Without ``controls`` the zoom, layer and time controls are
    hidden (the legend stays). Raises ``ChromiumMissingError`` with an install hint
    when Chromium or playwright is missing, ``SnapshotError`` when rendering fails.
    """
    if width < 50 or height < 50 or width > 10_000 or height > 10_000:
        raise SnapshotError(f"snapshot size {width}x{height} is outside 50..10000 pixels")
    if not 0.25 <= scale <= 4:
        raise SnapshotError(f"snapshot scale {scale} is outside 0.25..4")
    executable = find_chromium(chromium)
    sync_playwright = _sync_playwright()
    fmap = getattr(source, "map", source)
    page_html = fmap if isinstance(fmap, str) else map_page(source)
    target = Path(path)

    def shoot() -> bytes:
        with tempfile.TemporaryDirectory(prefix="geomap-snapshot-") as tmp:
            page_file = Path(tmp) / "map.html"
            page_file.write_text(page_html, encoding="utf-8")
            return _screenshot(
                sync_playwright,
                executable,
                page_file,
                width=width,
                height=height,
                scale=scale,
                hide=None if controls else SCREEN_ONLY_CONTROLS,
                timeout_ms=timeout * 1000,
            )

    png = _outside_event_loop(shoot)
    write_atomic(target, png)
    return target


def _screenshot(
    sync_playwright: Callable[[], Any],
    executable: str,
    page_file: Path,
    *,
    width: int,
    height: int,
    scale: float,
    hide: str | None,
    timeout_ms: float,
) -> bytes:
    from playwright.sync_api import Error as PlaywrightError

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=executable, args=list(CHROMIUM_ARGS), timeout=timeout_ms
            )
            try:
                context = browser.new_context(
                    viewport={"width": width, "height": height}, device_scale_factor=scale
                )
                context.route(
                    "**/*",
                    lambda route, request: (
                        route.continue_() if request.url.startswith("file:") else route.abort()
                    ),
                )
                page = context.new_page()
                page.goto(page_file.as_uri(), timeout=timeout_ms)
                page.wait_for_function("window.geomap && geomap.ready === true", timeout=timeout_ms)
                if hide:
                    page.add_style_tag(content=f"{hide} {{ display: none !important; }}")
                page.evaluate(_REFIT_JS)
                # let the canvas renderer draw the settled view before the shot
                page.evaluate(
                    "() => new Promise((done) => requestAnimationFrame("
                    "() => requestAnimationFrame(done)))"
                )
                return page.screenshot(type="png", animations="disabled")
            finally:
                browser.close()
    except PlaywrightError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SnapshotError(f"headless Chromium ({executable}) failed: {first}") from None
    except KeyboardInterrupt:
        # Ctrl-C also ends Playwright's driver, whose unanswered calls asyncio would
        # report on the way out ("Future exception was never retrieved"): the run says
        # what it kept, and that is all a user needs to read
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        raise


def _outside_event_loop(work: Callable[[], bytes]) -> bytes:
    """Run ``work`` here, or in a worker thread when this thread runs an asyncio loop
    (Jupyter does; Playwright's sync API refuses to run inside one)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return work()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(work).result()


# --------------------------------------------------------------------------- static PNG


def static_snapshot(
    result: RunResult,
    path: str | os.PathLike[str],
    *,
    width: int = 1200,
    height: int = 800,
    dpi: int = 100,
    gazetteer: Gazetteer | None = None,
) -> Path:
    """A browser-free PNG of the run (matplotlib): basemap, areas, borders and events
    drawn as on the map, in the theme's colours (each type its own colour, rings where
    only the area or country is known, alleged outlined, background faded), with a
    legend of exactly the colours drawn. Raises ``SnapshotError`` when matplotlib is
    missing."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError:
        raise SnapshotError(_MATPLOTLIB_HINT) from None
    from .frames import basemap_frame
    from .gazetteer import default_gazetteer
    from .theme import radius

    if width < 50 or height < 50 or width > 10_000 or height > 10_000:
        raise SnapshotError(f"snapshot size {width}x{height} is outside 50..10000 pixels")
    theme = load_theme()
    colours, marks, words = theme["map"], theme["marks"], theme["legend"]
    frames = result.frames
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor=colours["sea"])
    FigureCanvasAgg(fig)
    # the map on the left, the legend in a panel of its own on the right: it hides nothing
    share = _STATIC_MAP_SHARE if width >= 500 else 1.0
    ax = fig.add_axes((0.0, 0.0, share, 1.0))
    ax.set_axis_off()
    basemap_frame(gazetteer or default_gazetteer()).plot(
        ax=ax, facecolor=colours["land"], edgecolor=colours["land_edge"], linewidth=0.6
    )
    if len(frames.areas):
        frames.areas.plot(
            ax=ax,
            facecolor=colours["area_fill"] + "14",
            edgecolor=colours["area"],
            linewidth=1.0,
            linestyle="--",
        )
    if len(frames.borders):
        frames.borders.plot(ax=ax, color=colours["border"], linewidth=1.8, linestyle=(0, (6, 3)))
    from .maps import drawable_arrows

    arrows = drawable_arrows(frames.arrows, frames.events)
    for line in arrows.geometry.tolist() if len(arrows) else []:
        if line is None or line.is_empty or line.geom_type != "LineString":
            continue
        (x0, y0), (x1, y1) = line.coords[0][:2], line.coords[-1][:2]
        ax.annotate(
            "",
            xy=(x1, y1),
            xytext=(x0, y0),
            arrowprops={
                "arrowstyle": "-|>",
                "mutation_scale": 16,
                "color": colours["arrow"],
                "lw": 1.6,
                "alpha": 0.85,
            },
            zorder=4,
        )
    events = frames.events
    rows = events.to_dict("records") if len(events) else []
    order = sorted(range(len(rows)), key=lambda i: rows[i]["family"] == "strike")
    used: dict[tuple[str, str], str] = {}
    flags: set[str] = set()
    for i in order:
        row, point = rows[i], events.geometry.iloc[i]
        if point is None or point.is_empty:
            continue
        colour = type_colour(row["family"], row["type"], theme)
        used[(row["family"], row["type"])] = colour
        try:
            killed = int(row["killed"])
        except (TypeError, ValueError):  # None or NaN: unknown
            killed = 0
        size = (2 * radius(killed, theme) * 72 / dpi) ** 2
        alleged, background = row.get("alleged") is True, row.get("background") is True
        flags.update(f for f, on in (("alleged", alleged), ("background", background)) if on)
        fade = marks["background_opacity"] if background else 1.0
        precision = row["geo_precision"]
        if precision in (2, 3):
            ax.scatter(
                [point.x],
                [point.y],
                s=size * (1.3 if precision == 2 else 2.2),
                facecolors="none",
                edgecolors=marks["alleged_edge"] if alleged else colour,
                linewidths=2.0,
                linestyle=(0, (1.5, 3)) if precision == 3 else (0, (5, 3)),
                alpha=fade,
                zorder=5,
            )
        else:
            ax.scatter(
                [point.x],
                [point.y],
                s=size,
                c=colour,
                edgecolors=marks["alleged_edge"] if alleged else marks["edge"],
                linewidths=1.8 if alleged else 1.0,
                linestyle=(0, (3, 2)) if alleged else "solid",
                alpha=0.9 * fade,
                zorder=6,
            )
    xmin, ymin, xmax, ymax = _static_extent(result, width * share / height)
    ax.set_xlim(xmin, xmax)
    ax.set_ylim(ymin, ymax)
    (fig if share < 1 else ax).legend(
        handles=_static_legend(Line2D, theme, used, flags, arrows=bool(len(arrows))),
        loc="upper right" if share < 1 else "lower right",
        fontsize=9,
        framealpha=0.92,
        title=words["title"],
    )
    target = Path(path)

    def save() -> bytes:
        import io

        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
        return buffer.getvalue()

    write_atomic(target, save())
    return target


#: the share of a static snapshot's width the map takes (the legend has the rest)
_STATIC_MAP_SHARE = 0.74


def _static_legend(
    line2d: Any,
    theme: dict[str, Any],
    used: dict[tuple[str, str], str],
    flags: set[str],
    *,
    arrows: bool,
) -> list[Any]:
    """One entry per event type drawn, in its colour and the theme's order, then the
    kinds of mark and line the picture holds."""
    grey, marks, words = theme["map"]["neutral"], theme["marks"], theme["legend"]
    handles = []
    for family, spec in theme["families"].items():
        order = {name: i for i, name in enumerate(spec.get("types", {}))}
        for (fam, event_type), colour in sorted(
            used.items(), key=lambda kv: (order.get(kv[0][1], len(order)), kv[0][1])
        ):
            if fam == family:
                handles.append(
                    line2d(
                        [],
                        [],
                        marker="o",
                        ms=9,
                        ls="",
                        color=colour,
                        mec="#ffffff",
                        label=event_type,
                    )
                )
    ring = {"marker": "o", "ls": "", "mfc": "none", "color": grey, "mew": 1.8}
    handles.append(line2d([], [], **ring, label=words["admin"]))
    handles.append(line2d([], [], **ring, markersize=10, label=words["country"]))
    if "alleged" in flags:
        handles.append(
            line2d([], [], marker="o", ls="", color=grey, mec=marks["alleged_edge"], mew=1.8,
                   label=words["alleged"])
        )  # fmt: skip
    if "background" in flags:
        handles.append(
            line2d([], [], marker="o", ls="", color=grey, alpha=marks["background_opacity"],
                   label=words["background"])
        )  # fmt: skip
    handles.append(
        line2d([], [], ls=(0, (6, 3)), color=theme["map"]["border"], label=words["border"])
    )
    if arrows:
        handles.append(
            line2d([], [], color=theme["map"]["arrow"], marker=">", label=words["arrow"])
        )
    for handle in handles:  # long wording wrapped to the legend's panel
        handle.set_label(textwrap.fill(handle.get_label(), 30))
    return handles


def _static_extent(result: RunResult, aspect: float) -> tuple[float, float, float, float]:
    """Lon/lat limits around the strikes (else all events, else places), padded, with
    the figure's aspect in Web-Mercator-like screen units (longitude scaled by cos lat)."""
    frames = result.frames
    events = frames.events
    strikes = events[events["family"] == "strike"] if len(events) else events
    bounds = None
    for frame in (strikes, events, frames.places):
        geoms = frame.geometry[~(frame.geometry.isna() | frame.geometry.is_empty)]
        if len(geoms):
            bounds = geoms.total_bounds.tolist()
            break
    if bounds is None:
        return -180.0, -60.0, 180.0, 80.0
    west, south, east, north = bounds
    pad_x = max((east - west) * 0.15, 1.5)
    pad_y = max((north - south) * 0.15, 1.0)
    west, east, south, north = west - pad_x, east + pad_x, south - pad_y, north + pad_y
    cos_lat = max(math.cos(math.radians((south + north) / 2)), 0.2)
    width_units, height_units = (east - west) * cos_lat, north - south
    if width_units / height_units < aspect:
        grow = (height_units * aspect / cos_lat - (east - west)) / 2
        west, east = west - grow, east + grow
    else:
        grow = (width_units / aspect - height_units) / 2
        south, north = south - grow, north + grow
    return west, south, east, north
