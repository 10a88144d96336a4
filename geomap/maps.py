"""The interactive map: GeoDataFrames -> one self-contained, offline Leaflet page.

Why it is built this way:

- **Offline.** folium's default page loads about ten scripts and styles from CDNs
  and is blank without internet. Here the only browser libraries are Leaflet and
  tiny-inflate, vendored in ``geomap/vendor/`` and inlined; folium's CDN links are
  removed, and ``render_html`` refuses a page that would still fetch a script or
  stylesheet. The basemap is the bundled country polygons, simplified and drawn as
  a muted vector layer; web tiles are an opt-in (``tiles=True``).
- **Front end in front-end files.** The page's JavaScript and CSS are
  ``geomap/outputs/assets/map.js``, ``map-controls.js`` and ``map.css`` (linted by
  eslint, inlined here);
  colours, sizes and the legend's wording come from ``theme.toml`` there, read
  through ``geomap.theme`` by this module, the report and matplotlib, and given to
  the page as ``geomap.theme``. Python builds the data, the layers and the legend.
- **Honest marks.** Strikes are warm, diplomatic actions cool, each type its own
  colour; size grows with the number killed; an event located only to an admin area
  is a dashed ring and one located only to a country a wider dotted ring on the
  country, never a filled dot, and no arrow points at it. An alleged event has a dark
  dashed outline, a background one is faded; the popup says so and who reports it.
- **Every event reachable.** Marks a few pixels apart (more when there are many)
  become one numbered mark whose popup lists them all; the time slider and the
  filter box (family, type, country, actor) hide marks, clusters and arrows alike;
  the first view keeps every mark clear of the legend and the controls, which start
  collapsed on small screens.
- **Evidence first.** A popup shows type, date with its precision, actor -> target,
  place with its precision, casualties, then every quoted sentence with its
  article. All article text reaches the page as JSON data and is HTML-escaped in
  the browser before it is shown (``geomap.esc``); nothing from an article is ever
  written into the page as markup.
- **Small and quick at scale.** Events travel as compact columns (strings such as
  article names, quotes, types and places are stored once and referred to by index;
  events at one place share its row and coordinates) and each family's marks are
  made in the page from them; shapes are delta-encoded integers. Page data over
  ``COMPRESS_ABOVE_BYTES`` is deflated and written seven bits a character
  (``geomap.bytetext``; inflated in the page by tiny-inflate, 9 kB); a large page's
  quotes travel as a word table and word codes (``geomap.wordcode``), decoded when
  a popup opens. Marks are canvas circle markers whose popups are bound when first
  drawn; with more than ``draw_all_up_to`` events (theme) only the marks and
  clusters in view are drawn. At 50,000 synthetic events the page is 4.9 MB
  (``benchmarks/map_bench.py``).
- **Deterministic.** folium names elements with random ids; ``pin_ids`` replaces
  them with a counter in tree order, so the same inputs give byte-identical HTML.
"""

from __future__ import annotations

import base64
import copy
import html
import json
import os
import re
import zlib
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import folium
import folium.folium
import geopandas as gpd
from branca.element import Element, Figure, MacroElement
from folium.template import Template
from folium.utilities import JsCode

from geomap.bytetext import encode_bytes
from geomap.errors import OutputError
from geomap.geojson import to_wgs84, write_text_atomic
from geomap.mapdata import (
    FAMILIES,
    arrowhead,
    drawable_arrows,
    pack_page_data,
    pack_shapes,
    simplify_basemap,
)
from geomap.theme import asset_text, load_theme, radius

from . import __version__

__all__ = [
    "COMPRESS_ABOVE_BYTES",
    "DIPLOMATIC_COLORS",
    "STRIKE_COLORS",
    "arrowhead",
    "build_map",
    "drawable_arrows",
    "legend_html",
    "pack_page_data",
    "pack_shapes",
    "pin_ids",
    "render_html",
    "save_map",
    "simplify_basemap",
]

VENDOR = Path(__file__).resolve().parent / "vendor"

_THEME = load_theme()
#: the bundled theme's colours per strike type (theme.toml; a run reads the theme anew,
#: so colours added in a GEOMAP_LEXICONS folder count too)
STRIKE_COLORS: Mapping[str, str] = dict(_THEME["families"]["strike"]["types"])
STRIKE_OTHER: str = _THEME["families"]["strike"]["other"]
#: ... and per diplomatic action type
DIPLOMATIC_COLORS: Mapping[str, str] = dict(_THEME["families"]["diplomatic"]["types"])
DIPLOMATIC_OTHER: str = _THEME["families"]["diplomatic"]["other"]

#: arrows up to this many carry a permanent label; more get a hover label
MAX_PERMANENT_ARROW_LABELS = 25

#: page data larger than this (bytes of JSON) is deflated and written seven bits a
#: character (geomap.bytetext) into the element with this id
COMPRESS_ABOVE_BYTES = 256_000
DATA_ELEMENT_ID = "geomap-data"
#: events this many degrees from the strikes are in the first view (see _with_neighbours)
_NEIGHBOUR_DEGREES = 8.0

_PINNED_ID = re.compile(r"g\d{4,}")
#: a tag that loads a script or stylesheet from the network (page data cannot contain
#: tags: every "<" in it is written as \u003c)
_REMOTE_TAG = re.compile(
    r"""<(?:script|img|iframe)[^>]*\ssrc\s*=\s*["']?(?:https?:)?//[^"'\s>]+"""
    r"""|<link[^>]*\shref\s*=\s*["']?(?:https?:)?//[^"'\s>]+""",
    re.IGNORECASE,
)
#: the same inside a <style> element
_REMOTE_CSS = re.compile(
    r"""@import\s+(?:url\()?\s*["']?(?:https?:)?//[^"'\s)]+"""
    r"""|url\(\s*["']?(?:https?:)?//[^"'\s)]+""",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- public API


def build_map(
    events: gpd.GeoDataFrame,
    places: gpd.GeoDataFrame,
    areas: gpd.GeoDataFrame,
    borders: gpd.GeoDataFrame,
    basemap: gpd.GeoDataFrame,
    *,
    arrows: gpd.GeoDataFrame | None = None,
    tiles: bool = False,
    title: str | None = None,
) -> folium.Map:
    """Build the map of ``events`` over the bundled ``basemap``; see the module docstring.

    Frames are the frames stage's (EPSG:4326). ``arrows`` holds LineStrings from the
    actor's point to the target's point with columns ``event_id`` and ``label``.
    Raises ``ValueError`` for an event whose family is neither strike nor diplomatic.
    """
    arrows = None if arrows is None else drawable_arrows(arrows, events)
    n_arrows = 0 if arrows is None else len(arrows)
    has_arrows = n_arrows > 0
    data = pack_page_data(
        events,
        places,
        areas,
        borders,
        None if tiles else basemap,  # web tiles would be hidden under the vector basemap
        arrows if has_arrows else None,
    )
    m = folium.Map(
        location=[20.0, 0.0],
        zoom_start=2,
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
        minZoom=2,
        worldCopyJump=True,
    )
    if title:
        m.get_root().title = html.escape(title)
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=True).add_to(m)
    _Runtime(data, tiles=tiles).add_to(m)
    for layer in _layers(data, len(places), len(areas), len(borders), n_arrows):
        layer.add_to(m)
    folium.LayerControl(
        collapsed=False,
        position="topright",
        sort_layers=True,
        sort_function=JsCode("geomap.layerOrder"),
    ).add_to(m)
    _TimeControl().add_to(m)
    _Legend(legend_html(data, title=title, arrows=has_arrows)).add_to(m)
    # open on the strikes when there are any: diplomatic venues (Washington, Brussels)
    # would otherwise zoom the view out to the whole world
    strikes = events[events["family"] == "strike"] if len(events) else events
    view = _view_bounds(strikes, events, places, areas, borders)
    _Ready(_with_neighbours(view, events)).add_to(m)
    pin_ids(m.get_root())
    return m


def render_html(m: folium.Map) -> str:
    """The complete, self-contained HTML page of ``m`` (no network needed to view it).

    folium's CDN links are dropped and the vendored scripts are inlined. Raises
    ``OutputError`` when the map would still load some other script or stylesheet
    from the network (e.g. a folium plugin whose assets are not vendored).
    """
    figure = m.get_root()
    if not isinstance(figure, Figure):
        raise OutputError("cannot render a map that is not inside a folium Figure")
    pin_ids(figure)
    # Render a copy: folium's render adds children with fresh random ids to the tree
    # (e.g. each layer's addTo call), so rendering the same Map twice would differ.
    page = _drop_cdn_links(copy.deepcopy(figure).render())
    remote = _remote_resource(page)
    if remote:
        raise OutputError(f"the map would load {remote!r} from the network")
    # the page says who wrote it at its very top, so a later run never reads it back
    # as an article (geomap.inputs looks at a page's first few kilobytes)
    page = page.replace(
        "<head>", f'<head>\n<meta name="generator" content="geomap {__version__}" />', 1
    )
    return _inline_vendor(page)


def save_map(m: folium.Map, path: str | os.PathLike[str]) -> Path:
    """Write ``render_html(m)`` to ``path`` atomically; return the path."""
    target = Path(path)
    write_text_atomic(target, render_html(m))
    return target


def pin_ids(root: Element) -> None:
    """Give every element without one a stable id (``g0001``...) in tree order.

    Ids already pinned stay, so pinning twice changes nothing; an element added
    later gets the next number.
    """
    counter = getattr(root, "_geomap_next_id", 0)
    stack = list(reversed(root._children.values()))
    while stack:
        element = stack.pop()
        if not _PINNED_ID.fullmatch(element._id):
            counter += 1
            _rename(element, f"g{counter:04d}")
        stack.extend(reversed(element._children.values()))
    root._geomap_next_id = counter  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- page parts


class _DataLayer(folium.GeoJson):
    """A ``folium.GeoJson`` whose data is a JavaScript expression over ``geomap.data``
    and whose marks, styles, popups and tooltips are ``geomap.*`` functions.

    folium's own GeoJson embeds data with spaces and sorted keys and styles features
    through a Python callback rendered as one ``switch`` case per feature, which is
    large for thousands of events; this is the same layer type, but the page builds
    marks and popups itself. It registers itself as ``geomap.layers[role]``.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson({{ this.payload }}, {{ this.options|tojavascript }});
        geomap.register({{ this.role|tojson }}, {{ this.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self, payload: str, *, role: str, name: str, control: bool = True, **options: Any
    ) -> None:
        super().__init__({"type": "FeatureCollection", "features": []}, name=name, control=control)
        self.payload = payload
        self.role = role
        self.options = options


def _layers(
    data: dict[str, Any], n_places: int, n_areas: int, n_borders: int, n_arrows: int
) -> list[_DataLayer]:
    """The map's layers, bottom to top (strikes last, so they are drawn on top)."""
    layers = []
    if data["layers"]["basemap"] is not None:
        layers.append(
            _DataLayer(
                "geomap.unpackShapes(geomap.data.layers.basemap)",
                role="basemap",
                name="Basemap",
                control=False,
                interactive=False,
                style=JsCode("geomap.basemapStyle"),
            )
        )
    layers += [
        _DataLayer(
            "geomap.unpackShapes(geomap.data.layers.areas)",
            role="areas",
            name=f"Areas ({n_areas})",
            style=JsCode("geomap.areaStyle"),
            on_each_feature=JsCode("geomap.bindArea"),
        ),
        _DataLayer(
            "geomap.unpackShapes(geomap.data.layers.borders)",
            role="borders",
            name=f"Borders ({n_borders})",
            style=JsCode("geomap.borderStyle"),
            on_each_feature=JsCode("geomap.bindBorder"),
        ),
        _DataLayer(
            "geomap.data.layers.places",
            role="places",
            name=f"Places mentioned ({n_places})",
            point_to_layer=JsCode("geomap.placeMark"),  # binds its popup when needed
        ),
    ]
    if data["layers"]["arrows"] is not None:
        permanent = "true" if n_arrows <= MAX_PERMANENT_ARROW_LABELS else "false"
        layers.append(
            _DataLayer(
                "geomap.data.layers.arrows",
                role="arrows",
                name=f"Reported directions ({n_arrows})",
                style=JsCode("geomap.arrowStyle"),
                on_each_feature=JsCode(f"geomap.bindArrow({permanent})"),
            )
        )
    families = load_theme()["families"]
    for family in ("diplomatic", "strike"):
        role, label = FAMILIES[family], families[family]["label"]
        n = len(data["events"][family]["id"])
        layers.append(_EventLayer(family, role=role, name=f"{label} ({n})"))
    return layers


class _EventLayer(_DataLayer):
    """One family's events: ``geomap.eventLayer`` makes a mark per event from the
    packed columns and draws those the clusters leave alone (all of them, or only
    those in view when there are many; ``map-controls.js``)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geomap.eventLayer({{ this.args }});
        {% endmacro %}
        """
    )

    def __init__(self, family: str, *, role: str, name: str) -> None:
        super().__init__("", role=role, name=name)
        self.args = f"{json.dumps(family)}, {json.dumps(role)}"


class _Runtime(MacroElement):
    """The page's own CSS and JavaScript (``map.css``; ``map.js`` and
    ``map-controls.js``: ``window.geomap``), its theme (``theme.toml``) and its data.

    Data over ``COMPRESS_ABOVE_BYTES`` is deflated and written as text seven bits a
    character (``geomap.bytetext``), and inflated in the page (vendored tiny-inflate);
    smaller data stays readable JSON.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% if this.data_text %}
        <script type="text/plain" id="{{ this.data_id }}">{{ this.data_text }}</script>
        {% endif %}
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this.js }}
        geomap.theme = {{ this.theme }};
        geomap.data = {{ this.data }};
        geomap.init({{ this._parent.get_name() }}, {tiles: {{ this.tiles }}});
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any], *, tiles: bool) -> None:
        super().__init__()
        self._name = "GeomapRuntime"
        self.css = _asset("map.css", "style")
        self.js = _asset("map.js", "script") + _asset("map-controls.js", "script")
        self.theme = _script_safe(json.dumps(load_theme(), ensure_ascii=False, sort_keys=True))
        self.tiles = "true" if tiles else "false"
        self.data, self.data_text = data_script(data)
        self.data_id = DATA_ELEMENT_ID


def data_script(data: Any) -> tuple[str, str | None]:
    """A JavaScript expression for ``data`` and the text it reads, if any: JSON (and
    None), or ``geomap.inflateText(...)`` of the deflated JSON written seven bits a
    character (``geomap.bytetext``) into the page's ``#geomap-data`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    raw = text.encode("utf-8")
    if len(raw) <= COMPRESS_ABOVE_BYTES:
        return _script_safe(text), None
    # level 6: 3% larger than level 9 and four times faster (0.06 s against 0.24 s)
    deflate = zlib.compressobj(level=6, wbits=-15)  # raw deflate, as tiny-inflate reads
    packed = encode_bytes(deflate.compress(raw) + deflate.flush())
    return f'geomap.inflateText("{DATA_ELEMENT_ID}", {len(raw)})', packed


class _TimeControl(MacroElement):
    """A date slider: show dated events up to the chosen day, undated ones optionally."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.addTimeControl("bottomleft");
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "GeomapTime"


class _Legend(MacroElement):
    """Colours, sizes and hollow marks explained, as a Leaflet control."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.addLegend("bottomright", {{ this.html_json }});
        {% endmacro %}
        """
    )

    def __init__(self, legend: str) -> None:
        super().__init__()
        self._name = "GeomapLegend"
        self.html_json = _script_safe(json.dumps(legend, ensure_ascii=False))


class _Ready(MacroElement):
    """Fits the view to the data clear of the legend and the controls (without
    animation, so the map is settled at once; ``geomap.fitView``), then marks the end
    of the page script: ``geomap.ready`` and its time in ms."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.viewBounds = {{ this.bounds|tojson }};
        geomap.fitView();
        geomap.ready = true;
        geomap.readyMs = performance.now();
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]] | None) -> None:
        super().__init__()
        self._name = "GeomapReady"
        self.bounds = bounds


def legend_html(data: dict[str, Any], *, title: str | None, arrows: bool) -> str:
    """The legend's HTML, its wording and colours from the theme; every string that
    came from data is escaped here."""
    e = html.escape
    theme = load_theme()
    words, colours, marks = theme["legend"], theme["map"], theme["marks"]
    grey = e(colours["neutral"])
    parts = ["<details open><summary>", f"<b>{e(title or words['title'])}</b>", "</summary>"]
    for family, spec in theme["families"].items():
        order = {name: i for i, name in enumerate(spec.get("types", {}))}
        used = sorted(
            (t for t in data["types"] if t[0] == family),
            key=lambda t: (order.get(t[1], len(order)), t[1]),
        )
        if used:
            parts.append(f'<div class="gm-lh">{e(spec["label"])}</div>')
        for _, event_type, colour in used:
            parts.append(
                f'<div><span class="gm-sw" style="background:{e(colour)}"></span>'
                f"{e(event_type)}</div>"
            )
    parts.append(f'<div class="gm-lh">{e(words["size"])}</div><div class="gm-sizes">')
    for killed in words["size_examples"]:
        r = _radius(killed)
        parts.append(
            f'<svg width="{2 * r + 4:.0f}" height="{2 * r + 4:.0f}"><circle cx="{r + 2:.1f}" '
            f'cy="{r + 2:.1f}" r="{r:.1f}" fill="#9ca3af" stroke="#fff"/></svg>'
            f"<span>{e(str(killed or words['size_zero']))}</span>"
        )
    parts.append("</div>")
    ring = f'fill="none" stroke="{grey}" stroke-width="2"'
    rows = [
        (f'<circle cx="9" cy="9" r="6" fill="{grey}" stroke="#fff"/>', "exact"),
        (f'<circle cx="9" cy="9" r="7" {ring} stroke-dasharray="{marks["admin_dash"]}"/>', "admin"),
        (
            f'<circle cx="9" cy="9" r="8" {ring} stroke-dasharray="{marks["country_dash"]}"/>',
            "country",
        ),
    ]
    flags = _flags(data)
    if "alleged" in flags:
        rows.append(
            (
                f'<circle cx="9" cy="9" r="6" fill="{grey}" stroke="{e(marks["alleged_edge"])}" '
                f'stroke-width="2" stroke-dasharray="{marks["alleged_dash"]}"/>',
                "alleged",
            )
        )
    if "background" in flags:
        rows.append(
            (
                f'<circle cx="9" cy="9" r="6" fill="{grey}" '
                f'fill-opacity="{marks["background_opacity"]}" stroke="none"/>',
                "background",
            )
        )
    rows.append(
        (
            f'<circle cx="9" cy="9" r="8" fill="{e(marks["cluster_colour"])}" stroke="#fff"/>'
            '<text x="9" y="13" font-size="10" text-anchor="middle" fill="#fff">3</text>',
            "cluster",
        )
    )
    parts.append(f'<div class="gm-lh">{e(words["where"])}</div>')
    for svg, key in rows:
        parts.append(f'<div><svg width="18" height="18">{svg}</svg>{e(words[key])}</div>')
    parts.append(
        '<div><svg width="22" height="10"><line x1="1" y1="5" x2="21" y2="5" '
        f'stroke="{e(colours["border"])}" stroke-width="2" stroke-dasharray="6 3"/></svg>'
        f"{e(words['border'])}</div>"
    )
    if arrows:
        c = e(colours["arrow"])
        parts.append(
            '<div><svg width="22" height="10"><line x1="1" y1="5" x2="15" y2="5" '
            f'stroke="{c}" stroke-width="2"/><polygon points="14,1 21,5 14,9" '
            f'fill="{c}"/></svg>{e(words["arrow"])}</div>'
        )
    if data["skipped"]:
        parts.append(f'<div class="gm-note">{int(data["skipped"])} {e(words["skipped"])}</div>')
    parts.append("</details>")
    return "".join(parts)


def _flags(data: dict[str, Any]) -> set[str]:
    """Which of "alleged" and "background" some event on the page is."""
    found = set()
    for columns in data["events"].values():
        if any(columns["al"]):
            found.add("alleged")
        if any(columns["bg"]):
            found.add("background")
    return found


# --------------------------------------------------------------------------- helpers


def _radius(killed: int | None) -> float:
    """Mark radius in pixels (theme.toml's [marks]; as geomap.radius in the page)."""
    return radius(killed)


def _asset(name: str, tag: str) -> str:
    """A front-end file's text, checked to be safe inside its <style> or <script>."""
    text = asset_text(name)
    if re.search(rf"</{tag}|<!--", text, re.IGNORECASE):
        raise OutputError(f"{name} contains '</{tag}' or '<!--'; cannot inline it")
    return text


def _view_bounds(*frames: gpd.GeoDataFrame) -> list[list[float]] | None:
    """[[south, west], [north, east]] of the first non-empty frame, padded if a point."""
    for frame in frames:
        geoms = to_wgs84(frame).geometry
        geoms = geoms[~(geoms.isna() | geoms.is_empty)]
        if len(geoms):
            west, south, east, north = geoms.total_bounds.tolist()
            pad = 0.5 if (east - west) < 0.5 and (north - south) < 0.5 else 0.0
            return [[south - pad, west - pad], [north + pad, east + pad]]
    return None


def _with_neighbours(
    bounds: list[list[float]] | None, events: gpd.GeoDataFrame
) -> list[list[float]] | None:
    """``bounds`` grown to the events near them (within their own size, at least
    ``_NEIGHBOUR_DEGREES``, of each side): the capital beside the strikes is in view,
    the venue on another continent is not."""
    if bounds is None or not len(events):
        return bounds
    (south, west), (north, east) = bounds
    grow_x = max(east - west, _NEIGHBOUR_DEGREES)
    grow_y = max(north - south, _NEIGHBOUR_DEGREES)
    geoms = to_wgs84(events).geometry
    near = geoms.cx[west - grow_x : east + grow_x, south - grow_y : north + grow_y]
    near = near[~(near.isna() | near.is_empty)]
    if len(near):
        x0, y0, x1, y1 = near.total_bounds.tolist()
        south, west, north, east = min(south, y0), min(west, x0), max(north, y1), max(east, x1)
    return [[south, west], [north, east]]


def _script_safe(json_text: str) -> str:
    """JSON made safe inside <script>: no '<', '>', '&' or JS line separators."""
    return (
        json_text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _rename(element: Element, new_id: str) -> None:
    """Set ``element._id`` and keep its parent's child key in step with its name."""
    old_name = element.get_name()
    element._id = new_id
    parent = element._parent
    if parent is not None and old_name in parent._children:
        parent._children = OrderedDict(
            (element.get_name() if key == old_name else key, child)
            for key, child in parent._children.items()
        )


def _drop_cdn_links(page: str) -> str:
    """Remove the <script>/<link> tags of folium's default CDN assets."""
    for _, url in (*folium.folium._default_js, *folium.folium._default_css):
        page = page.replace(f'<script src="{url}"></script>', "")
        page = page.replace(f'<link rel="stylesheet" href="{url}"/>', "")
    return page


def _remote_resource(page: str) -> str | None:
    """The first script, stylesheet or image the page would fetch from the network."""
    found = _REMOTE_TAG.search(page)
    if found:
        return found.group(0)
    for style in re.findall(r"<style[^>]*>(.*?)</style>", page, re.IGNORECASE | re.DOTALL):
        found = _REMOTE_CSS.search(style)
        if found:
            return found.group(0)
    return None


def _vendor_text(relative: str) -> str:
    return (VENDOR / relative).read_text(encoding="utf-8")


def _leaflet_css() -> str:
    """Leaflet's CSS with its images inlined as data: URIs (no file or web fetch)."""

    def data_uri(match: re.Match[str]) -> str:
        png = (VENDOR / "leaflet" / "images" / match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(png).decode()})"

    return re.sub(r"url\(images/([\w.-]+\.png)\)", data_uri, _vendor_text("leaflet/leaflet.css"))


def _inline_script(js: str, name: str) -> str:
    js = re.sub(r"//# sourceMappingURL=\S+\s*$", "", js)  # a map file the page lacks
    if re.search(r"</script|<!--", js, re.IGNORECASE):
        raise OutputError(f"vendored {name} contains '</script' or '<!--'; cannot inline it")
    return f"<script>{js}</script>\n"


def _vendor_scripts() -> str:
    """Leaflet, then tiny-inflate wrapped as ``geomapInflate`` (it is a CommonJS module)."""
    inflate = (
        "var geomapInflate = (function () {\nvar module = { exports: {} };\n"
        + _vendor_text("tiny-inflate/index.js")
        + "\nreturn module.exports;\n})();"
    )
    return _inline_script(_vendor_text("leaflet/leaflet.js"), "leaflet.js") + _inline_script(
        inflate, "tiny-inflate"
    )


def _inline_vendor(page: str) -> str:
    """Put the vendored CSS and scripts first in <head>, after the charset.

    First, so the page's own styles (later in <head>) override Leaflet's; after the
    charset declaration, which browsers only look for in the first 1024 bytes.
    """
    assets = f"<style>{_leaflet_css()}</style>\n{_vendor_scripts()}"
    charset = re.search(r"<meta[^>]*charset=[^>]*>\s*", page, re.IGNORECASE)
    if charset is not None and charset.start() < 1024:
        return page[: charset.end()] + assets + page[charset.end() :]
    head = page.find("<head>")
    if head < 0:
        raise OutputError("rendered map has no <head> to put Leaflet in")
    at = head + len("<head>")
    return page[:at] + '\n<meta charset="utf-8">\n' + assets + page[at:]
