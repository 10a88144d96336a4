"""Reports: one offline page (or a paste-able fragment) and a PNG of the map.

``build_report(result)`` turns a pipeline ``RunResult`` into a ``Report``: the map, a
timeline of events by day and family, a sortable table of every event with the
sentences that state it, the places mentioned, the unresolved mentions and the
articles read. Why it is built this way:

- **Self-contained and clash-free.** The map is ``maps.render_html`` of the run's map
  (Leaflet inlined, no network), embedded as ``<iframe sandbox srcdoc>``: its scripts,
  styles and element ids live in their own document, so the report or a host page can
  hold several maps without one ``window.geomap`` or ``L`` overwriting another. The
  timeline is an inline SVG built here (bars by day, week or month, as the span
  needs); the page template, its CSS and the table sorter are files in
  ``geomap/outputs/assets/``, inlined; nothing is fetched from anywhere. Alleged
  and background events are listed in a table of their own.
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
import logging
import math
import os
import re
import shutil
import tempfile
import textwrap
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

from . import __version__
from .compact import MentionTable
from .errors import GeomapError
from .models import ArticleInfo, Event, Mention, Place
from .outputs.atomic import write_atomic, write_text_atomic
from .theme import asset_text, load_theme, type_colour

if TYPE_CHECKING:  # the map's libraries load when a report is drawn
    import folium

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

#: a timeline of up to this many days has a bar a day, up to WEEKS_UP_TO a bar a week,
#: longer ones a bar a month (no 1-pixel hairlines over years)
DAYS_UP_TO = 62
WEEKS_UP_TO = 366
PRECISION = {1: "exact place", 2: "admin area / region", 3: "country only"}
#: each table lists at most this many rows; a note under a longer one says how many
#: are left out and which file holds them all (a 50,000-event table would be 30 MB)
MAX_TABLE_ROWS = 1_000
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
    frame = map_iframe(_map_page(result), title=f"Map: {title}")
    articles = {a.id: a for a in result.articles}
    events = sorted(result.events, key=_event_order)
    summary = _summary(result)
    timeline = _section("Timeline", timeline_svg(events))
    news = [e for e in events if not (e.alleged or e.background)]
    apart = [e for e in events if e.alleged or e.background]
    table = _section(f"Events ({len(news)})", _events_table(news, articles))
    if apart:
        table += _section(
            f"Alleged or background events ({len(apart)})",
            '<p class="gmr-dim">Alleged: stated only as one side\'s claim or accusation. '
            "Background: an earlier incident the articles cite for context.</p>"
            + _events_table(apart, articles, status=True),
        )
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
    page = Template(asset_text("report.html")).substitute(
        version=_e(__version__),
        title=_e(title),
        page_css=asset_text("report-page.css"),
        body=_root(page_body),
    )
    return Report(title=title, html=page, fragment=_root(fragment_body) + "\n")


def _map_page(source: Any) -> str:
    """The map page of a run's records (rendered once per run), or of a bare map."""
    from .maps import render_html

    page = getattr(source, "map_html", None)
    return page if isinstance(page, str) else render_html(getattr(source, "map", source))


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
    from .maps import render_html

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
        # data-generator: a later run never reads a pasted-in fragment back as an article
        f'<div class="geomap-report" data-generator="geomap {_e(__version__)}">'
        f"<style>{asset_text('report.css')}</style>{body}"
        f"<script>{asset_text('report.js')}</script></div>"
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
    mentions = len(result.mentions)
    places = len(result.mentions.places)
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
    """Events by day, week or month (whichever suits the span: ``DAYS_UP_TO``,
    ``WEEKS_UP_TO``), stacked by family, as inline SVG with a legend and a note of what
    could not be charted (events dated more coarsely than the bars, or undated).
    Background events (earlier incidents cited for context) are counted, not charted:
    one incident years back would otherwise stretch the chart over years."""
    events = list(events)
    background = sum(1 for e in events if e.background)
    events = [e for e in events if not e.background]
    families = load_theme()["families"]
    days = [e.date for e in events if e.date is not None and e.date_precision == "day"]
    span = (max(days) - min(days)).days + 1 if days else 0
    unit = "day" if span <= DAYS_UP_TO else "week" if span <= WEEKS_UP_TO else "month"
    charted = ("day", "month") if unit == "month" else ("day",)
    by_bin: dict[date, Counter[str]] = defaultdict(Counter)
    for e in events:
        if e.date is not None and e.date_precision in charted:
            by_bin[_bin_start(e.date, unit)][e.family] += 1
    coarse = sum(1 for e in events if e.date is not None and e.date_precision not in charted)
    undated = sum(1 for e in events if e.date is None)
    note = []
    if coarse:
        note.append(
            f"{coarse} dated only to a year" if unit == "month" else
            f"{coarse} dated only to a month or year"
        )  # fmt: skip
    if undated:
        note.append(f"{undated} undated")
    if background:
        note.append(f"{background} background (earlier incidents)")
    note_html = (
        f'<p class="gmr-dim">Not charted: {_e(", ".join(note))} (listed in the table).</p>'
        if note
        else ""
    )
    if not by_bin:
        return f'<p class="gmr-dim">No event has a known day; nothing to chart.</p>{note_html}'
    first, last = min(by_bin), max(by_bin)
    bins = [first]
    while bins[-1] < last:
        bins.append(_next_bin(bins[-1], unit))
    left, right, top, bottom = 34.0, 10.0, 10.0, 26.0
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(sum(c.values()) for c in by_bin.values())
    slot = plot_w / len(bins)
    bar = min(max(slot * 0.8, 2.0), 48.0)
    parts = [
        f'<svg class="gmr-timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Events by {unit} and family, {first.isoformat()} to '
        f'{_next_bin(last, unit) - timedelta(days=1)}">'
    ]
    ticks = sorted({0, peak, math.ceil(peak / 2)} if peak >= 4 else set(range(peak + 1)))
    for value in ticks:
        y = top + plot_h - plot_h * value / peak
        parts.append(
            f'<line x1="{left:.1f}" x2="{width - right:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#e5e7eb"/><text x="{left - 5:.1f}" y="{y + 4:.1f}" text-anchor="end" '
            f'class="gmr-axis">{value}</text>'
        )
    for i, start in enumerate(bins):
        counts = by_bin.get(start)
        if not counts:
            continue
        x = left + slot * i + (slot - bar) / 2
        base = top + plot_h
        label = ", ".join(
            f"{counts[f]} {spec['singular'] if counts[f] == 1 else spec['plural']}"
            for f, spec in families.items()
            if counts[f]
        )
        for family, spec in families.items():
            n = counts[family]
            if not n:
                continue
            h = plot_h * n / peak
            base -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{_e(spec["colour"])}"><title>{_bin_title(start, unit)}: '
                f"{_e(label)}</title></rect>"
            )
    step = max(1, math.ceil(len(bins) / 8))
    for i in range(0, len(bins), step):
        x = left + slot * (i + 0.5)
        parts.append(
            f'<text x="{x:.1f}" y="{height - 8:.1f}" text-anchor="middle" class="gmr-axis">'
            f"{_bin_label(bins[i], unit, first=i == 0)}</text>"
        )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i class="gmr-sw gmr-sq" style="background:{_e(spec["colour"])}"></i>'
        f"{_e(spec['plural'].capitalize())}</span>"
        for spec in families.values()
    )
    return f'<div class="gmr-legend">Events by {unit}: {legend}</div>{"".join(parts)}{note_html}'


def _bin_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())  # weeks start on Monday
    if unit == "month":
        return day.replace(day=1)
    return day


def _next_bin(start: date, unit: str) -> date:
    if unit == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + timedelta(days=7 if unit == "week" else 1)


def _bin_title(start: date, unit: str) -> str:
    if unit == "month":
        return start.isoformat()[:7]
    if unit == "week":
        return f"week of {start.isoformat()}"
    return start.isoformat()


def _bin_label(start: date, unit: str, *, first: bool) -> str:
    if unit == "month":
        month = _MONTHS[start.month - 1]
        return f"{month} {start.year}" if first or start.month == 1 else month
    return _day_label(start, with_year=first)


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


_ALL_EVENTS = "events.geojson (and events.csv with --export csv)"


def _more(total: int, what: str, where: str | None) -> str:
    """The note under a table cut at ``MAX_TABLE_ROWS`` rows (nothing under a whole
    one): how many are left out, and ``where`` (a file name) they all are."""
    if total <= MAX_TABLE_ROWS:
        return ""
    every = f" All of them are in {_e(where)}." if where else ""
    return (
        f'<p class="gmr-dim gmr-more">Listed: the first {MAX_TABLE_ROWS:,} of {total:,} '
        f"{_e(what)}; the other {total - MAX_TABLE_ROWS:,} are left out of this page "
        f"(sorting sorts the rows listed).{every}</p>"
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
    return type_colour(e.family, e.type)


def _status_text(e: Event) -> str:
    flags = [f for f, on in (("alleged", e.alleged), ("background", e.background)) if on]
    by = f' <span class="gmr-dim">reported by {_e(e.reported_by)}</span>' if e.reported_by else ""
    return _e(", ".join(flags)) + by


def _place_text(p: Place | None) -> str:
    if p is None:
        return '<span class="gmr-dim">not located</span>'
    country = f' <span class="gmr-dim">({_e(p.country)})</span>' if p.country else ""
    return _e(p.name) + country


def _article_link(article_id: str, articles: dict[str, ArticleInfo]) -> str:
    article = articles.get(article_id)
    title = f' title="{_e(article.title)}"' if article and article.title else ""
    url = safe_url(article.url) if article else None
    if url:
        return f'<a href="{_e(url)}" rel="noopener noreferrer"{title}>{_e(article_id)}</a>'
    return f"<span{title}>{_e(article_id)}</span>"


def _events_table(
    events: Sequence[Event], articles: dict[str, ArticleInfo], *, status: bool = False
) -> str:
    """The events as a sortable table; ``status`` adds whether each is alleged or
    background and who reports it."""
    rows = []
    for e in events[:MAX_TABLE_ROWS]:
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
            # a blank key: unknown counts sort last whichever way the column sorts
            + _td(_e(e.killed) if e.killed is not None else "—", _blank(e.killed), "gmr-num")
            + _td(quotes, None, "gmr-quote")
            + _td("<br>".join(_article_link(a, articles) for a in cited), cited[0] if cited else "")
            + (_td(_status_text(e), f"{int(e.alleged)}{int(e.background)}") if status else "")
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
    if status:
        headers.append(("Status", ""))
    if not rows:
        return '<p class="gmr-dim">No strike or diplomatic action found.</p>'
    table = _table(headers, rows, "gmr-apart" if status else "gmr-events")
    return table + _more(len(events), "events, by date", _ALL_EVENTS)


def _blank(value: object) -> object:
    """A sort key: the value, or "" (sorted last) when it is unknown."""
    return "" if value is None else value


def _places_table(mentions: MentionTable) -> tuple[str, str]:
    first = {p.id: i for i, p in enumerate(mentions.places)}  # ties: the first named first
    order = sorted(mentions.by_place(), key=lambda i: (-len(i[1]), i[0].name, first[i[0].id]))
    rows = []
    for p, ms in order[:MAX_TABLE_ROWS]:
        forms: set[str] = set()
        cited: set[str] = set()
        governments = 0
        for m in ms:
            forms.add(m["text"])
            cited.add(m["article"])
            governments += m["metonym"]
        rows.append(
            "<tr>"
            + _td(_e(p.name), p.name)
            + _td(_e(p.kind), p.kind)
            + _td(_e(p.country or "—"), p.country or "")
            + _td(_e(len(ms)), len(ms), "gmr-num")
            + _td(_e(governments), governments, "gmr-num")
            + _td(_e(", ".join(sorted(forms))), None)
            + _td("<br>".join(_e(a) for a in sorted(cited)), None)
            + "</tr>"
        )
    heading = f"Places mentioned ({len(order)})"
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
    more = _more(len(order), "places, most mentioned first", "places.geojson")
    return heading, _table(headers, rows, "gmr-places") + more


def _unresolved_table(
    unresolved: list[Mention], articles: dict[str, ArticleInfo]
) -> tuple[str, str]:
    heading = f"Unresolved mentions ({len(unresolved)})"
    if not unresolved:
        return heading, '<p class="gmr-dim">None: every place mention was resolved.</p>'
    rows = []
    for m in sorted(unresolved, key=lambda m: (m.article_id, m.start))[:MAX_TABLE_ROWS]:
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
    more = _more(len(unresolved), "mentions, by article", None)
    return heading, _table(headers, rows, "gmr-unresolved") + more


def _articles_table(articles: Sequence[ArticleInfo]) -> str:
    rows = []
    for a in articles[:MAX_TABLE_ROWS]:
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
    more = _more(len(articles), "articles, as read", None)
    return _table(headers, rows, "gmr-articles") + more


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
    page_html = fmap if isinstance(fmap, str) else _map_page(source)
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


# --------------------------------------------------------------------------- page code

#: Added to the map page when it is embedded: print without the on-screen controls,
#: and refit a view fitted while the frame had no size (report-frame.js).
_FRAME_HEAD = (
    f"<style>@media print {{ {_SCREEN_ONLY_CONTROLS} {{ display: none; }} }}</style>"
    f"<script>{asset_text('report-frame.js')}</script>\n"
)

#: Fit the view again once the controls are hidden, for a picture (geomap.fitView
#: keeps every mark clear of the legend, the one box left).
_REFIT_JS = "() => geomap.fitView()"
