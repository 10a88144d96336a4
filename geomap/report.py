"""Reports: one offline page (or a paste-able fragment) and a PNG of the map.

``build_report(result)`` turns a pipeline ``RunResult`` into a ``Report``: the map, a
timeline of events by day and family, a sortable table of every event with the
sentences that state it, the places mentioned, the unresolved mentions and the
articles read. Why it is built this way:

- **Self-contained and clash-free.** The map is ``maps.render_html`` of the run's map
  (Leaflet inlined, no network), embedded as ``<iframe sandbox srcdoc>``: its scripts,
  styles and element ids live in their own document, so the report or a host page can
  hold several maps without one ``window.geomap`` or ``L`` overwriting another. The
  timeline is an inline SVG built here, the table sorter a few lines of inline
  JavaScript; nothing is fetched from anywhere.
- **Fragments.** ``Report.fragment`` is one ``<div class="geomap-report">`` with its
  styles scoped under that class, no ``id`` attributes at all, and a sorter that
  initialises each fragment once; two fragments on one page work independently.
- **Text, never markup.** Every string that comes from an article (titles, quotes,
  names, mentions, ids) passes through ``html.escape``; only ``http(s)`` URLs become
  links. The map page's own article text is escaped in the browser (``geomap.esc``).
- **Deterministic.** No clock, locale or random id goes into the page: the same run
  gives a byte-identical ``report.html``.

``snapshot`` renders the map page in headless Chromium (Playwright driving a system
Chromium, never a downloaded one) and writes a PNG; ``static_snapshot`` draws a
browser-free PNG of the same frames with matplotlib.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import html
import math
import os
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import folium

from . import __version__
from .errors import GeomapError
from .geojson import write_atomic, write_text_atomic
from .maps import DIPLOMATIC_COLORS, DIPLOMATIC_OTHER, STRIKE_COLORS, STRIKE_OTHER, render_html
from .models import Article, Event, Mention, Place

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .outputs.records import RunRecords as RunResult  # records and frames, any run's

__all__ = [
    "CHROMIUM_ARGS",
    "FRAGMENT_NAME",
    "REPORT_NAME",
    "SNAPSHOT_NAME",
    "ChromiumMissingError",
    "Report",
    "SnapshotError",
    "build_report",
    "find_chromium",
    "map_iframe",
    "require_chromium",
    "require_matplotlib",
    "safe_url",
    "snapshot",
    "static_snapshot",
    "timeline_svg",
    "write_report",
]

REPORT_NAME = "report.html"
FRAGMENT_NAME = "fragment.html"
SNAPSHOT_NAME = "map.png"
DEFAULT_TITLE = "geomap: strikes and diplomatic actions"

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

FAMILY_COLORS = {"strike": "#dc2626", "diplomatic": "#2563eb"}
FAMILY_LABELS = {
    "strike": ("strike", "strikes"),
    "diplomatic": ("diplomatic action", "diplomatic actions"),
}
PRECISION = {1: "exact place", 2: "admin area / region", 3: "country only"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_HTTP_URL = re.compile(r"https?://[^\s\"'<>\\`\x00-\x1f\x7f]+", re.IGNORECASE)

#: hidden in the map when printed or snapshotted: controls that only work on screen
_SCREEN_ONLY_CONTROLS = ".leaflet-control-zoom, .leaflet-control-layers, .gm-time"


class SnapshotError(GeomapError, RuntimeError):
    """The PNG of the map could not be rendered."""


class ChromiumMissingError(SnapshotError):
    """Headless Chromium or the playwright package that drives it is not installed."""


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class Report:
    """A run as one offline page (``html``) and as a paste-able ``fragment``.

    Shown inline in Jupyter (the fragment: map, timeline and event table).
    """

    title: str
    html: str
    fragment: str

    def _repr_html_(self) -> str:
        return self.fragment

    def save(self, path: str | os.PathLike[str], *, fragment: bool = False) -> Path:
        """Write the page (or the fragment) to ``path`` atomically; return the path."""
        target = Path(path)
        write_text_atomic(target, self.fragment if fragment else self.html)
        return target


def build_report(result: RunResult, *, title: str | None = None) -> Report:
    """The report of a pipeline run; see the module docstring."""
    title = title or DEFAULT_TITLE
    frame = map_iframe(result.map, title=f"Map: {title}")
    articles = {a.id: a for a in result.articles}
    events = sorted(result.events, key=_event_order)
    summary = _summary(result)
    timeline = _section("Timeline", timeline_svg(events))
    table = _section(f"Events ({len(events)})", _events_table(events, articles))
    page_body = "".join(
        [
            f'<h1 class="gmr-title">{_e(title)}</h1>',
            summary,
            frame,
            timeline,
            table,
            _section(*_places_table(result.mentions)),
            _section(*_unresolved_table(result.unresolved, articles)),
            _section(f"Articles ({len(articles)})", _articles_table(result.articles)),
            _footer(),
        ]
    )
    fragment_body = "".join(
        [f'<h2 class="gmr-title">{_e(title)}</h2>', summary, frame, timeline, table]
    )
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="geomap {_e(__version__)}">\n'
        f"<title>{_e(title)}</title>\n<style>{_PAGE_CSS}</style>\n</head>\n<body>\n"
        f"{_root(page_body)}\n</body>\n</html>\n"
    )
    return Report(title=title, html=page, fragment=_root(fragment_body) + "\n")


def write_report(
    result: RunResult,
    outdir: str | os.PathLike[str],
    *,
    fragment: bool = False,
    title: str | None = None,
) -> Path:
    """Write ``report.html`` (or ``fragment.html``) into ``outdir``; return its path."""
    name = FRAGMENT_NAME if fragment else REPORT_NAME
    return build_report(result, title=title).save(Path(outdir) / name, fragment=fragment)


def map_iframe(
    m: folium.Map | str, *, title: str = "Map", css_class: str = "gmr-map", height: str = ""
) -> str:
    """The offline map page of ``m`` (a map or its rendered page) as ``<iframe srcdoc>``.

    The page runs sandboxed (scripts only, an opaque origin): it cannot reach the host
    page, and nothing in it can clash with the host's ids, styles or globals.
    """
    page = m if isinstance(m, str) else render_html(m)
    at = page.find("</head>")
    if at >= 0:
        page = page[:at] + _FRAME_HEAD + page[at:]
    style = (
        f' style="display:block;width:100%;height:{_e(height)};border:1px solid #d1d5db"'
        if height
        else ""
    )
    return (
        f'<iframe class="{_e(css_class)}" title="{_e(title)}" sandbox="allow-scripts"'
        f'{style} srcdoc="{html.escape(page, quote=True)}"></iframe>'
    )


def safe_url(url: object) -> str | None:
    """``url`` when it is a plain absolute http(s) URL, else None (never a link)."""
    if not isinstance(url, str):
        return None
    url = _BIDI_CONTROLS.sub("", url).strip()  # no right-to-left override spoofs a link
    return url if _HTTP_URL.fullmatch(url) else None


def _e(value: object) -> str:
    """Escaped text for element content and double-quoted attributes."""
    return "" if value is None else html.escape(str(value), quote=True)


def _root(body: str) -> str:
    return (
        f'<div class="geomap-report"><style>{_SCOPED_CSS}</style>{body}'
        f"<script>{_SORTER_JS}</script></div>"
    )


def _section(heading: str, body: str) -> str:
    return f'<section class="gmr-section"><h2 class="gmr-h">{_e(heading)}</h2>{body}</section>'


def _natural(text: str) -> tuple[Any, ...]:
    """Sort key that orders 'a:2' before 'a:10'."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text))


def _event_order(e: Event) -> tuple[Any, ...]:
    return (e.date is None, e.date or date.min, _natural(e.id))


def _summary(result: RunResult) -> str:
    families = Counter(e.family for e in result.events)
    mentions = sum(len(ms) for ms in result.mentions.values())
    places = len({m.place.id for ms in result.mentions.values() for m in ms if m.place})
    dated = sorted(e.date for e in result.events if e.date is not None)
    unlocated = sum(1 for e in result.events if e.place is None)
    parts = [
        f"{len(result.articles)} article{'s' * (len(result.articles) != 1)}",
        f"{len(result.events)} events ({families.get('strike', 0)} strikes, "
        f"{families.get('diplomatic', 0)} diplomatic actions)",
        f"{places} places from {mentions} mentions",
        f"{len(result.unresolved)} unresolved mentions",
    ]
    if dated:
        span = dated[0].isoformat()
        if dated[-1] != dated[0]:
            span += f" – {dated[-1].isoformat()}"
        parts.append(f"dated events {span}")
    if unlocated:
        parts.append(f"{unlocated} events without a place (not on the map)")
    return f'<p class="gmr-summary">{_e(" · ".join(parts))}</p>'


def _footer() -> str:
    return (
        f'<p class="gmr-footer">Made by geomap {_e(__version__)} from the articles listed '
        "above. Every event quotes the sentences that state it. This page works offline: "
        "it loads nothing from the network.</p>"
    )


# --------------------------------------------------------------------------- timeline


def timeline_svg(events: Iterable[Event], *, width: int = 760, height: int = 170) -> str:
    """Events by day, stacked by family, as inline SVG with a legend and a note of what
    could not be charted (events dated only to a month or year, or undated)."""
    events = list(events)
    by_day: dict[date, Counter[str]] = defaultdict(Counter)
    for e in events:
        if e.date is not None and e.date_precision == "day":
            by_day[e.date][e.family] += 1
    coarse = sum(1 for e in events if e.date is not None and e.date_precision != "day")
    undated = sum(1 for e in events if e.date is None)
    note = []
    if coarse:
        note.append(f"{coarse} dated only to a month or year")
    if undated:
        note.append(f"{undated} undated")
    note_html = (
        f'<p class="gmr-dim">Not charted: {_e(", ".join(note))} (listed in the table).</p>'
        if note
        else ""
    )
    if not by_day:
        return f'<p class="gmr-dim">No event has a known day; nothing to chart.</p>{note_html}'
    first, last = min(by_day), max(by_day)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    left, right, top, bottom = 34.0, 10.0, 10.0, 26.0
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(sum(c.values()) for c in by_day.values())
    slot = plot_w / len(days)
    bar = min(max(slot * 0.8, 0.6), 48.0)
    parts = [
        f'<svg class="gmr-timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Events by day and family, {first.isoformat()} to {last.isoformat()}">'
    ]
    ticks = sorted({0, peak, math.ceil(peak / 2)} if peak >= 4 else set(range(peak + 1)))
    for value in ticks:
        y = top + plot_h - plot_h * value / peak
        parts.append(
            f'<line x1="{left:.1f}" x2="{width - right:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#e5e7eb"/><text x="{left - 5:.1f}" y="{y + 4:.1f}" text-anchor="end" '
            f'class="gmr-axis">{value}</text>'
        )
    for i, day in enumerate(days):
        counts = by_day.get(day)
        if not counts:
            continue
        x = left + slot * i + (slot - bar) / 2
        base = top + plot_h
        label = ", ".join(
            f"{counts[f]} {FAMILY_LABELS[f][0 if counts[f] == 1 else 1]}"
            for f in FAMILY_COLORS
            if counts[f]
        )
        for family, colour in FAMILY_COLORS.items():
            n = counts[family]
            if not n:
                continue
            h = plot_h * n / peak
            base -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{colour}"><title>{day.isoformat()}: {_e(label)}</title></rect>'
            )
    step = max(1, math.ceil(len(days) / 8))
    for i in range(0, len(days), step):
        x = left + slot * (i + 0.5)
        parts.append(
            f'<text x="{x:.1f}" y="{height - 8:.1f}" text-anchor="middle" class="gmr-axis">'
            f"{_day_label(days[i], with_year=i == 0)}</text>"
        )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i class="gmr-sw gmr-sq" style="background:{c}"></i>{_e(f.capitalize())}</span>'
        for f, c in FAMILY_COLORS.items()
    )
    return f'<div class="gmr-legend">Events by day: {legend}</div>{"".join(parts)}{note_html}'


def _day_label(day: date, *, with_year: bool) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


# --------------------------------------------------------------------------- tables


def _table(headers: Sequence[tuple[str, str]], rows: Iterable[str], css: str = "") -> str:
    """A sortable table; ``headers`` are (label, class) pairs."""
    head = "".join(
        f'<th scope="col"{_class(cls)}>'
        f'<button type="button" class="gmr-sort">{_e(label)}</button></th>'
        for label, cls in headers
    )
    return (
        f'<div class="gmr-scroll"><table class="gmr-sortable {css}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _class(cls: str) -> str:
    return f' class="{cls}"' if cls else ""


def _td(text: str, key: object = None, cls: str = "") -> str:
    """A cell of already-escaped ``text``; ``key`` is what the sorter compares."""
    attrs = _class(cls)
    if key is not None:
        attrs += f' data-k="{_e(key)}"'
    return f"<td{attrs}>{text}</td>"


def _date_text(e: Event) -> str:
    if e.date is None:
        return '<span class="gmr-dim">unknown</span>'
    d = e.date.isoformat()
    if e.date_precision == "month":
        return f'{d[:7]} <span class="gmr-dim">(month)</span>'
    if e.date_precision == "year":
        return f'{d[:4]} <span class="gmr-dim">(year)</span>'
    return d


def _type_colour(e: Event) -> str:
    if e.family == "strike":
        return STRIKE_COLORS.get(e.type, STRIKE_OTHER)
    return DIPLOMATIC_COLORS.get(e.type, DIPLOMATIC_OTHER)


def _place_text(p: Place | None) -> str:
    if p is None:
        return '<span class="gmr-dim">not located</span>'
    country = f' <span class="gmr-dim">({_e(p.country)})</span>' if p.country else ""
    return _e(p.name) + country


def _article_link(article_id: str, articles: dict[str, Article]) -> str:
    article = articles.get(article_id)
    title = f' title="{_e(article.title)}"' if article and article.title else ""
    url = safe_url(article.url) if article else None
    if url:
        return f'<a href="{_e(url)}" rel="noopener noreferrer"{title}>{_e(article_id)}</a>'
    return f"<span{title}>{_e(article_id)}</span>"


def _events_table(events: Sequence[Event], articles: dict[str, Article]) -> str:
    rows = []
    for e in events:
        who = f"{_e(e.actor or '?')} → {_e(e.target or '?')}"
        quotes = "".join(f"<blockquote>{_e(s.quote)}</blockquote>" for s in e.sources)
        cited = list(dict.fromkeys(s.article for s in e.sources))
        sw = f'<i class="gmr-sw" style="background:{_e(_type_colour(e))}"></i>'
        precision = e.place.geo_precision if e.place else None
        rows.append(
            f'<tr data-event="{_e(e.id)}" data-family="{_e(e.family)}">'
            + _td(_date_text(e), e.date.isoformat() if e.date else "", "gmr-nowrap")
            + _td(f"{sw}{_e(e.type)}", e.type)
            + _td(who, f"{e.actor or '~'} {e.target or '~'}", "gmr-nowrap")
            + _td(_place_text(e.place), e.place.name if e.place else "")
            + _td(_e(PRECISION.get(precision, "—")), precision if precision else "")
            + _td(_e(e.killed) if e.killed is not None else "—", e.killed, "gmr-num")
            + _td(quotes, None, "gmr-quote")
            + _td("<br>".join(_article_link(a, articles) for a in cited), cited[0] if cited else "")
            + "</tr>"
        )
    headers = [
        ("Date", ""),
        ("Type", ""),
        ("Actor → target", ""),
        ("Place", ""),
        ("Precision", ""),
        ("Killed", "gmr-num"),
        ("Quote", ""),
        ("Article", ""),
    ]
    if not rows:
        return '<p class="gmr-dim">No strike or diplomatic action found.</p>'
    return _table(headers, rows, "gmr-events")


def _places_table(mentions: dict[str, list[Mention]]) -> tuple[str, str]:
    by_place: dict[str, list[Mention]] = defaultdict(list)
    for ms in mentions.values():
        for m in ms:
            if m.place is not None:
                by_place[m.place.id].append(m)
    order = sorted(by_place, key=lambda pid: (-len(by_place[pid]), by_place[pid][0].place.name))
    rows = []
    for pid in order:
        ms = by_place[pid]
        p = ms[0].place
        assert p is not None
        forms = sorted({m.text for m in ms})
        cited = sorted({m.article_id for m in ms})
        governments = sum(1 for m in ms if m.metonym)
        rows.append(
            "<tr>"
            + _td(_e(p.name), p.name)
            + _td(_e(p.kind), p.kind)
            + _td(_e(p.country or "—"), p.country or "")
            + _td(_e(len(ms)), len(ms), "gmr-num")
            + _td(_e(governments), governments, "gmr-num")
            + _td(_e(", ".join(forms)), None)
            + _td("<br>".join(_e(a) for a in cited), None)
            + "</tr>"
        )
    heading = f"Places mentioned ({len(rows)})"
    if not rows:
        return heading, '<p class="gmr-dim">No place mention was resolved.</p>'
    headers = [
        ("Place", ""),
        ("Kind", ""),
        ("Country", ""),
        ("Mentions", "gmr-num"),
        ("As its government", "gmr-num"),
        ("Written as", ""),
        ("Articles", ""),
    ]
    return heading, _table(headers, rows, "gmr-places")


def _unresolved_table(unresolved: list[Mention], articles: dict[str, Article]) -> tuple[str, str]:
    heading = f"Unresolved mentions ({len(unresolved)})"
    if not unresolved:
        return heading, '<p class="gmr-dim">None: every place mention was resolved.</p>'
    rows = []
    for m in sorted(unresolved, key=lambda m: (m.article_id, m.start)):
        candidates = ", ".join(
            f"{c.place.name} ({c.place.kind}, {c.place.country or '—'})" for c in m.candidates[:3]
        )
        rows.append(
            "<tr>"
            + _td(_e(m.text), m.text)
            + _td(_article_link(m.article_id, articles), m.article_id)
            + _td(f"{m.start}–{m.end}", m.start, "gmr-num")
            + _td(_e(candidates or "none in the gazetteer"), None)
            + _td(_e(m.reason), None)
            + "</tr>"
        )
    headers = [
        ("Mention", ""),
        ("Article", ""),
        ("Characters", "gmr-num"),
        ("Candidates", ""),
        ("Why unresolved", ""),
    ]
    return heading, _table(headers, rows, "gmr-unresolved")


def _articles_table(articles: Sequence[Article]) -> str:
    rows = []
    for a in articles:
        url = safe_url(a.url)
        if url:
            link = f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
        else:
            link = _e(a.url) if a.url else "—"
        rows.append(
            "<tr>"
            + _td(_e(a.id), a.id)
            + _td(_e(a.title or "—"), a.title or "")
            + _td(_e(a.published.isoformat() if a.published else "—"), a.published or "")
            + _td(link, None, "gmr-url")
            + "</tr>"
        )
    if not rows:
        return '<p class="gmr-dim">No article was read.</p>'
    headers = [("Article", ""), ("Title", ""), ("Published", ""), ("Address", "")]
    return _table(headers, rows, "gmr-articles")


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
    page_html = fmap if isinstance(fmap, str) else render_html(fmap)
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
                hide=None if controls else _SCREEN_ONLY_CONTROLS,
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
    drawn as on the map (warm strikes, cool diplomatic actions, rings where only the
    area or country is known). Raises ``SnapshotError`` when matplotlib is missing."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError:
        raise SnapshotError(_MATPLOTLIB_HINT) from None
    from .frames import basemap_frame
    from .gazetteer import default_gazetteer
    from .maps import _radius

    if width < 50 or height < 50 or width > 10_000 or height > 10_000:
        raise SnapshotError(f"snapshot size {width}x{height} is outside 50..10000 pixels")
    frames = result.frames
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor="#dbe6ee")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_axis_off()
    basemap_frame(gazetteer or default_gazetteer()).plot(
        ax=ax, facecolor="#f7f7f4", edgecolor="#c4cbd3", linewidth=0.6
    )
    if len(frames.areas):
        frames.areas.plot(
            ax=ax, facecolor="#a855f714", edgecolor="#6b21a8", linewidth=1.0, linestyle="--"
        )
    if len(frames.borders):
        frames.borders.plot(ax=ax, color="#374151", linewidth=1.8, linestyle=(0, (6, 3)))
    for line in frames.arrows.geometry.tolist() if len(frames.arrows) else []:
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
                "color": "#7f1d1d",
                "lw": 1.6,
                "alpha": 0.85,
            },
            zorder=4,
        )
    events = frames.events
    rows = events.to_dict("records") if len(events) else []
    order = sorted(range(len(rows)), key=lambda i: rows[i]["family"] == "strike")
    for i in order:
        row, point = rows[i], events.geometry.iloc[i]
        if point is None or point.is_empty:
            continue
        colour = (STRIKE_COLORS if row["family"] == "strike" else DIPLOMATIC_COLORS).get(
            row["type"], STRIKE_OTHER if row["family"] == "strike" else DIPLOMATIC_OTHER
        )
        try:
            killed = int(row["killed"])
        except (TypeError, ValueError):  # None or NaN: unknown
            killed = 0
        size = (2 * _radius(killed) * 72 / dpi) ** 2
        precision = row["geo_precision"]
        if precision in (2, 3):
            ax.scatter(
                [point.x],
                [point.y],
                s=size * 1.3,
                facecolors="none",
                edgecolors=colour,
                linewidths=2.0,
                linestyle=(0, (1.5, 3)) if precision == 3 else (0, (5, 3)),
                zorder=5,
            )
        else:
            ax.scatter(
                [point.x], [point.y], s=size, c=colour, edgecolors="#ffffff", zorder=6, alpha=0.9
            )
    xmin, ymin, xmax, ymax = _static_extent(result, width / height)
    ax.set_xlim(xmin, xmax)
    ax.set_ylim(ymin, ymax)
    handles = [
        Line2D([], [], marker="o", ls="", color=FAMILY_COLORS["strike"], label="strike"),
        Line2D([], [], marker="o", ls="", color=FAMILY_COLORS["diplomatic"], label="diplomatic"),
        Line2D([], [], marker="o", ls="", mfc="none", color="#6b7280", label="area / country only"),
        Line2D([], [], ls=(0, (6, 3)), color="#374151", label="shared border"),
    ]
    ax.legend(handles=handles, loc="lower right", fontsize=9, framealpha=0.92)
    target = Path(path)

    def save() -> bytes:
        import io

        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
        return buffer.getvalue()

    write_atomic(target, save())
    return target


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


# --------------------------------------------------------------------------- page code

_SCOPED_CSS = """
.geomap-report { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #111827; background: #fff; text-align: left; max-width: 1280px; margin: 0 auto; }
.geomap-report * { box-sizing: border-box; }
.geomap-report .gmr-title { font-size: 22px; margin: 0 0 4px; font-weight: 700; }
.geomap-report .gmr-h { font-size: 17px; margin: 22px 0 8px; font-weight: 650;
  border-bottom: 1px solid #e5e7eb; padding-bottom: 3px; }
.geomap-report .gmr-summary { color: #374151; margin: 0 0 10px; }
.geomap-report .gmr-dim { color: #6b7280; }
.geomap-report .gmr-map { display: block; width: 100%; height: 520px; margin: 0;
  border: 1px solid #d1d5db; border-radius: 4px; background: #dbe6ee; }
.geomap-report .gmr-timeline { display: block; width: 100%; max-width: 900px; height: auto; }
.geomap-report .gmr-axis { font-size: 11px; fill: #4b5563; }
.geomap-report .gmr-legend span { margin-right: 12px; }
.geomap-report .gmr-sw { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 5px; vertical-align: -1px; }
.geomap-report .gmr-sq { border-radius: 2px; }
.geomap-report .gmr-scroll { overflow-x: auto; }
.geomap-report table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 0;
  color: #111827; background: #fff; }
.geomap-report th, .geomap-report td { border: 0; border-bottom: 1px solid #e5e7eb;
  padding: 4px 6px; text-align: left; vertical-align: top; background: none; }
.geomap-report thead th { border-bottom: 2px solid #9ca3af; white-space: nowrap; }
.geomap-report .gmr-sort { font: inherit; font-weight: 650; color: inherit; background: none;
  border: 0; padding: 0; margin: 0; cursor: pointer; }
.geomap-report th[aria-sort="ascending"] .gmr-sort::after { content: " \\25B2"; }
.geomap-report th[aria-sort="descending"] .gmr-sort::after { content: " \\25BC"; }
.geomap-report .gmr-num { text-align: right; }
.geomap-report .gmr-nowrap { white-space: nowrap; }
.geomap-report .gmr-quote { min-width: 260px; max-width: 520px; }
.geomap-report blockquote { margin: 0 0 4px; padding: 2px 7px; border-left: 3px solid #9ca3af;
  background: #f9fafb; }
.geomap-report a { color: #1d4ed8; }
.geomap-report .gmr-url { word-break: break-all; }
.geomap-report .gmr-footer { color: #6b7280; font-size: 12px; margin-top: 20px; }
@media print {
  .geomap-report { max-width: none; font-size: 9.5pt; }
  .geomap-report, .geomap-report * { -webkit-print-color-adjust: exact;
    print-color-adjust: exact; }
  .geomap-report .gmr-map { height: 120mm; break-inside: avoid; }
  .geomap-report .gmr-timeline { max-width: 180mm; }
  .geomap-report .gmr-h { break-after: avoid; }
  .geomap-report tr, .geomap-report blockquote, .geomap-report svg { break-inside: avoid; }
  .geomap-report thead { display: table-header-group; }
  .geomap-report .gmr-scroll { overflow: visible; }
  .geomap-report .gmr-quote { max-width: none; }
  .geomap-report th .gmr-sort::after { content: "" !important; }
  .geomap-report a { color: inherit; text-decoration: none; }
  .geomap-report .gmr-articles a[href]::after { content: ""; }
}
"""

#: Added to the map page when it is embedded: print without the on-screen controls;
#: and since a frame's page can run before the frame is laid out, a view fitted to a
#: map of no size is fitted again once the map has one.
_FRAME_HEAD = (
    f"<style>@media print {{ {_SCREEN_ONLY_CONTROLS} {{ display: none; }} }}</style>"
    """<script>
(function () {
  var fit = L.Map.prototype.fitBounds;
  L.Map.prototype.fitBounds = function (bounds, options) {
    var map = this, size = map.getSize();
    if (size.x < 10 || size.y < 10) {
      var again = function () {
        map.invalidateSize({ animate: false });
        var now = map.getSize();
        if (now.x < 10 || now.y < 10) { return; }
        window.removeEventListener("resize", again);
        window.removeEventListener("load", again);
        fit.call(map, bounds, options);
      };
      window.addEventListener("resize", again);
      window.addEventListener("load", again);
    }
    return fit.call(map, bounds, options);
  };
  window.addEventListener("beforeprint", function () {
    var legend = document.querySelector(".gm-legend details");
    if (legend) { legend.open = true; }
  });
})();
</script>
"""
)

#: Fit the view to the strikes (else all events) clear of the legend, for a picture:
#: the page itself fits them to the whole map, partly under the legend.
_REFIT_JS = """() => {
  const m = geomap.map, box = m.getSize();
  const around = (roles) => {
    const b = L.latLngBounds([]);
    roles.forEach((r) => (geomap.marks[r] || []).forEach((mark) => b.extend(mark.getLatLng())));
    return b;
  };
  let b = around(["strikes"]);
  if (!b.isValid()) { b = around(["strikes", "diplomatic"]); }
  if (!b.isValid()) { return; }
  const legend = document.querySelector(".gm-legend");
  const side = legend ? Math.min(legend.offsetWidth + 20, box.x * 0.4) : 0;
  m.fitBounds(b, { paddingTopLeft: [40, 40], paddingBottomRight: [side + 40, 40],
                   maxZoom: 9, animate: false });
}"""

_PAGE_CSS = """
body { margin: 24px; background: #fff; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { margin: 0; } }
"""

#: Sorts each table of each not yet initialised fragment; no ids, no globals.
_SORTER_JS = """
(function () {
  "use strict";
  function key(row, i) {
    var cell = row.cells[i];
    if (!cell) { return ""; }
    var k = cell.getAttribute("data-k");
    return k === null ? cell.textContent.trim() : k;
  }
  function compare(x, y) {
    if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
    var nx = Number(x), ny = Number(y);
    if (!isNaN(nx) && !isNaN(ny)) { return nx - ny; }
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  function sortBy(table, th) {
    var i = th.cellIndex, body = table.tBodies[0];
    var up = th.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, i), y = key(b, i);
      if (x === "" || y === "") { return compare(x, y); }
      return up ? compare(x, y) : compare(y, x);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(th.parentNode.cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", up ? "ascending" : "descending");
  }
  var roots = document.querySelectorAll(".geomap-report:not([data-gmr-ready])");
  Array.prototype.forEach.call(roots, function (root) {
    Array.prototype.forEach.call(root.querySelectorAll("table.gmr-sortable"), function (t) {
      Array.prototype.forEach.call(t.tHead.rows[0].cells, function (th) {
        th.querySelector("button").addEventListener("click", function () { sortBy(t, th); });
      });
    });
    root.setAttribute("data-gmr-ready", "1");
  });
})();
"""
