"""Reports: one offline page, or a paste-able fragment of it.

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

The PNG of the map is ``geomap.snapshot``'s (``snapshot``, ``static_snapshot``), which
this module passes on so that one import gives a report and its picture.
"""

from __future__ import annotations

import html
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

from . import __version__
from .compact import MentionTable
from .models import ArticleInfo, Event, Mention, Place
from .outputs.atomic import write_text_atomic
from .snapshot import (
    SCREEN_ONLY_CONTROLS,
    SNAPSHOT_NAME,
    ChromiumMissingError,
    SnapshotError,
    find_chromium,
    map_page,
    require_chromium,
    require_matplotlib,
    snapshot,
    static_snapshot,
)
from .theme import asset_text, load_theme, type_colour

if TYPE_CHECKING:  # the map's libraries load when a report is drawn
    import folium

    from .outputs.records import RunRecords as RunResult  # records and frames, any run's

__all__ = [
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
DEFAULT_TITLE = "geomap: strikes and diplomatic actions"

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
    frame = map_iframe(map_page(result), title=f"Map: {title}")
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


# --------------------------------------------------------------------------- page code

#: Added to the map page when it is embedded: print without the on-screen controls,
#: and refit a view fitted while the frame had no size (report-frame.js).
_FRAME_HEAD = (
    f"<style>@media print {{ {SCREEN_ONLY_CONTROLS} {{ display: none; }} }}</style>"
    f"<script>{asset_text('report-frame.js')}</script>\n"
)
