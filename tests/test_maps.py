"""map.html, checked in-process on the rendered text (the browser suite runs it)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import folium
import folium.plugins
import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geomap import mapdata, maps
from geomap.bytetext import decode_bytes
from geomap.errors import OutputError
from geomap.maps import (
    arrowhead,
    build_map,
    legend_html,
    pack_page_data,
    pack_shapes,
    render_html,
    save_map,
    simplify_basemap,
)
from geomap.theme import asset_text
from geomap.wordcode import decode_texts

ROOT = Path(__file__).resolve().parent.parent
FRAMES_PATH = Path(__file__).resolve().parent / "browser" / "frames.py"


def _load_frames() -> ModuleType:
    """tests/browser/frames.py, loaded by path so any pytest import mode finds it."""
    spec = importlib.util.spec_from_file_location("geomap_test_frames", FRAMES_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


frames = _load_frames()


def _page(hostile: bool = False, **kwargs: Any) -> str:
    f = frames.sample_frames(hostile=hostile)
    kwargs.setdefault("arrows", f["arrows"])
    m = build_map(f["events"], f["places"], f["areas"], f["borders"], f["basemap"], **kwargs)
    return render_html(m)


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes (script bodies are text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def _page_data(page: str) -> dict[str, Any]:
    """geomap.data as the page holds it (plain JSON, or deflated in #geomap-data)."""
    match = re.search(r"geomap\.data = (.*);\n", page)
    assert match is not None
    expr = match.group(1)
    packed = re.fullmatch(r'geomap\.inflateText\("geomap-data", (\d+)\)', expr)
    if packed:
        text = re.search(r'<script type="text/plain" id="geomap-data">([^<]*)</script>', page)
        assert text is not None
        raw = zlib.decompress(decode_bytes(text.group(1)), wbits=-15)
        assert len(raw) == int(packed.group(1))
        return json.loads(raw)
    return json.loads(expr)


# ------------------------------------------------------------------ offline page


def test_page_loads_nothing_from_the_network() -> None:
    page = _page()
    for tag, attrs in _tags(page):
        for name in ("src", "href", "data", "poster", "srcset"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:)?//", value), f"<{tag} {name}={value}>"
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "@import" not in page
    for cdn in ("cdn.jsdelivr", "code.jquery", "bootstrapcdn", "cdnjs", "fontawesome"):
        assert cdn not in page
    assert "tile.openstreetmap.org" not in page
    assert "sourceMappingURL" not in page


def test_vendored_scripts_are_inlined() -> None:
    page = _page()
    scripts = [attrs for tag, attrs in _tags(page) if tag == "script"]
    assert all("src" not in attrs for attrs in scripts)
    assert "Leaflet 1.9.4" in page and "tinf_uncompress" in page
    assert "url(images/" not in page and "url(data:image/png;base64," in page
    # the charset comes before the inlined assets, within the first 1024 bytes
    assert page.index("charset=UTF-8") < 1024


def test_tiles_are_opt_in() -> None:
    page = _page(tiles=True)
    assert "tile.openstreetmap.org" in page
    assert '"OpenStreetMap" : tile_layer_' in page  # a base layer in the control
    assert 'geomap.register("basemap"' not in page  # the vector basemap would hide tiles
    assert 'geomap.register("basemap"' in _page()


def test_layer_labels_carry_counts() -> None:
    page = _page()
    overlays = re.search(r"overlays :  \{(.*?)\}", page, re.S)
    assert overlays is not None
    names = re.findall(r'"([^"]+)" :', overlays.group(1))
    assert names == [
        "Areas (3)",
        "Borders (1)",
        "Places mentioned (6)",
        "Reported directions (1)",
        "Diplomatic actions (3)",
        "Strikes (3)",
    ]
    assert "Basemap" not in overlays.group(1)


def test_events_are_two_layers_of_canvas_marks_made_in_the_page() -> None:
    page = _page()
    assert page.count("L.geoJson(") == 5  # basemap, areas, borders, places, arrows
    # each family's marks are made in the page from the packed columns
    assert 'geomap.eventLayer("strike", "strikes")' in page
    assert 'geomap.eventLayer("diplomatic", "diplomatic")' in page
    # numbered cluster marks are the page script's own markers, made only when needed
    assert "L.marker(" not in page.replace(asset_text("map-controls.js"), "")
    assert '"preferCanvas": true' in page


def test_time_control_and_legend_are_on_the_page() -> None:
    page = _page(title="Iran – Pakistan, January 2024")
    assert 'geomap.addTimeControl("bottomleft")' in page
    assert 'geomap.addLegend("bottomright"' in page
    assert "<title>Iran – Pakistan, January 2024</title>" in page


def test_title_is_escaped() -> None:
    page = _page(title="<script>alert(1)</script>")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page


# ------------------------------------------------------------------ hostile text


def test_hostile_strings_never_reach_the_page_as_markup() -> None:
    page = _page(hostile=True)
    for raw in ("<script>window.__pwned", "<img src=x", "<svg onload", "<b onmouseover"):
        assert raw not in page
    tags = _tags(page)
    assert not [t for t, a in tags if any(k.startswith("on") for k in a)]
    assert [t for t, _ in tags if t == "script"] == ["script"] * 4
    assert not [t for t, _ in tags if t in {"img", "iframe", "object", "embed", "b"}]


def test_hostile_strings_travel_as_data_unchanged() -> None:
    data = _page_data(_page(hostile=True))
    assert frames.HOSTILE_QUOTE in data["quotes"]
    assert frames.HOSTILE_ARTICLE in data["articles"]
    assert frames.HOSTILE_PLACE in [p[0] for p in data["places"]]
    assert ["strike", frames.HOSTILE_TYPE, maps.STRIKE_OTHER] in data["types"]


def test_legend_escapes_types_and_title() -> None:
    f = frames.sample_frames(hostile=True)
    data = pack_page_data(f["events"], f["places"], f["areas"], f["borders"], None, None)
    legend = legend_html(data, title="<i>t</i>", arrows=False)
    assert "&lt;svg onload=&quot;window.__pwned=4&quot;&gt;" in legend
    assert "<svg onload" not in legend and "<i>t</i>" not in legend


def test_compressed_data_round_trips(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _page_data(_page(hostile=True))
    monkeypatch.setattr(maps, "COMPRESS_ABOVE_BYTES", 0)
    page = _page(hostile=True)
    assert 'geomap.inflateText("geomap-data", ' in page
    assert _page_data(page) == small


# ------------------------------------------------------------------ determinism


def test_same_inputs_give_byte_identical_pages() -> None:
    f = frames.sample_frames()
    first = build_map(f["events"], f["places"], f["areas"], f["borders"], f["basemap"])
    second = build_map(f["events"], f["places"], f["areas"], f["borders"], f["basemap"])
    page = render_html(first)
    assert page == render_html(second)
    assert page == render_html(first)  # rendering does not change the map


def test_no_random_element_ids_are_left() -> None:
    page = _page()
    assert not re.search(r"_[0-9a-f]{32}\b", page)
    assert "var map_g0001 = L.map(" in page


_HASH_SCRIPT = """
import hashlib, importlib.util, sys
spec = importlib.util.spec_from_file_location("f", sys.argv[1])
frames = importlib.util.module_from_spec(spec); spec.loader.exec_module(frames)
from geomap.maps import build_map, render_html
f = frames.sample_frames(hostile=True)
m = build_map(f["events"], f["places"], f["areas"], f["borders"], f["basemap"], arrows=f["arrows"])
print(hashlib.sha256(render_html(m).encode()).hexdigest())
"""


def test_pages_are_identical_across_processes() -> None:
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", _HASH_SCRIPT, str(FRAMES_PATH)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=ROOT,
        )
        digests.add(result.stdout.strip())
    here = hashlib.sha256(_page(hostile=True).encode()).hexdigest()
    assert digests == {here}


# ------------------------------------------------------------------ content


def test_arrows_only_when_given() -> None:
    f = frames.sample_frames()
    args = (f["events"], f["places"], f["areas"], f["borders"], f["basemap"])
    without = render_html(build_map(*args))
    empty = render_html(build_map(*args, arrows=f["arrows"].iloc[0:0]))
    for page in (without, empty):
        assert "Reported directions" not in page and 'register("arrows"' not in page
    page = render_html(build_map(*args, arrows=f["arrows"]))
    assert '"Reported directions (1)"' in page
    assert "reported: Iran → Balochistan" in page
    assert "geomap.bindArrow(true)" in page


def test_no_arrow_to_an_event_placed_only_at_a_country() -> None:
    """ev-5 is located only as "Pakistan": its ring on the country says where, and an
    arrow between two country centres would mean nothing."""
    f = frames.sample_frames()
    to_country = gpd.GeoDataFrame(
        {"event_id": ["ev-5"], "label": ["reported: China → Pakistan"]},
        geometry=[shapely.LineString([(104.0, 35.0), (69.3, 30.0)])],
        crs="EPSG:4326",
    )
    arrows = gpd.GeoDataFrame(pd.concat([f["arrows"], to_country], ignore_index=True))
    assert list(maps.drawable_arrows(arrows, f["events"])["event_id"]) == ["ev-1"]
    args = (f["events"], f["places"], f["areas"], f["borders"], f["basemap"])
    page = render_html(build_map(*args, arrows=arrows))
    assert '"Reported directions (1)"' in page and "China → Pakistan" not in page


def test_arrowhead_points_at_the_target() -> None:
    line = shapely.LineString([(53.7, 32.4), (64.09, 26.97)])
    head = arrowhead(line)
    tip = shapely.get_coordinates(head)[0]
    assert tip.tolist() == pytest.approx([64.09, 26.97])
    assert head.area > 0
    # the head lies behind the tip, towards the actor
    assert head.centroid.distance(shapely.Point(53.7, 32.4)) < line.length


def test_events_are_packed_with_shared_tables() -> None:
    f = frames.sample_frames()
    data = pack_page_data(f["events"], f["places"], f["areas"], f["borders"], None, None)
    strikes = data["events"]["strike"]
    assert strikes["id"] == ["ev-1", "ev-2", "ev-4"]
    assert strikes["k"] == [2, 9, None]
    assert all(isinstance(k, int) for k in strikes["k"] if k is not None)
    # a place's row holds its coordinates: [name, kind, precision, x, y]
    assert data["places"][strikes["pl"][0]][3:] == [64.09, 26.97]
    assert strikes["c"] == ["PK", "IR", "PK"]
    assert data["articles"].count("dawn-2024-01-17.txt") == 1  # shared by events and places
    dip = data["events"]["diplomatic"]
    assert dip["d"] == ["2024-01-17", "2024-01-01", "2024-01-01"]
    assert dip["dp"] == ["day", "month", "year"]
    assert [data["places"][i][2] for i in dip["pl"]] == [1, 3, 3]


def test_long_quotes_are_cut_in_the_map_only() -> None:
    f = frames.sample_frames()
    events = f["events"].copy()
    events.at[0, "sources"] = [{"article": "a", "start": 0, "end": 9000, "quote": "x" * 9000}]
    data = pack_page_data(events, f["places"], f["areas"], f["borders"], None, None)
    assert len(data["quotes"][0]) == mapdata.MAX_QUOTE_CHARS
    assert data["quotes"][0].endswith("…")


def test_quotes_of_a_large_page_travel_as_word_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over WORD_CODE_ABOVE_CHARS the quote table is a word table and codes that give
    every quote back exactly (hostile ones included); smaller pages keep the text."""
    f = frames.sample_frames(hostile=True)
    args = (f["events"], f["places"], f["areas"], f["borders"], None, None)
    plain = pack_page_data(*args)["quotes"]
    assert isinstance(plain, list) and frames.HOSTILE_QUOTE in plain
    monkeypatch.setattr(mapdata, "WORD_CODE_ABOVE_CHARS", 0)
    coded = pack_page_data(*args)["quotes"]
    assert set(coded) == {"words", "codes"}
    assert decode_texts(coded) == plain


def test_quote_references_are_differences_within_a_family() -> None:
    """s holds [article, quote difference, ...]: summed over the family they give each
    quote's index in the table."""
    f = frames.sample_frames()
    data = pack_page_data(f["events"], f["places"], f["areas"], f["borders"], None, None)
    for family in ("strike", "diplomatic"):
        quote, seen = 0, []
        for refs in data["events"][family]["s"]:
            for article, step in zip(refs[::2], refs[1::2], strict=True):
                quote += step
                seen.append((data["articles"][article], data["quotes"][quote]))
        rows = f["events"][f["events"]["family"] == family]
        expected = [(s["article"], s["quote"]) for ss in rows["sources"] for s in ss]
        assert seen == expected


def test_many_places_list_fewer_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    f = frames.sample_frames()
    places = f["places"].copy()
    places.at[0, "mentions"] = [{"article": f"a{i}", "text": "Panjgur"} for i in range(20)]
    args = (f["events"], places, f["areas"], f["borders"], None, None)
    first = pack_page_data(*args)["layers"]["places"]["features"][0]["properties"]
    assert (first["count"], len(first["mentions"])) == (20, mapdata.MAX_PLACE_MENTIONS)
    monkeypatch.setattr(mapdata, "MANY_PLACES", 1)
    first = pack_page_data(*args)["layers"]["places"]["features"][0]["properties"]
    assert (first["count"], len(first["mentions"])) == (20, mapdata.MAX_PLACE_MENTIONS_MANY)


def test_unknown_family_is_rejected() -> None:
    f = frames.sample_frames()
    events = f["events"].copy()
    events.loc[0, "family"] = "protest"
    with pytest.raises(ValueError, match="protest"):
        build_map(events, f["places"], f["areas"], f["borders"], f["basemap"])


def test_events_without_a_point_are_counted_not_dropped_silently() -> None:
    f = frames.sample_frames()
    events = f["events"].copy()
    events.loc[0, "geometry"] = None
    page = render_html(build_map(events, f["places"], f["areas"], f["borders"], f["basemap"]))
    assert '"Strikes (2)"' in page
    assert "1 event(s) without coordinates are not on the map" in page


def test_empty_frames_give_a_working_world_map() -> None:
    f = frames.sample_frames()
    empty = {k: v.iloc[0:0] for k, v in f.items() if k != "basemap"}
    page = render_html(
        build_map(empty["events"], empty["places"], empty["areas"], empty["borders"], f["basemap"])
    )
    assert '"Strikes (0)"' in page and '"Places mentioned (0)"' in page
    assert "geomap.viewBounds = null;" in page
    # the view opens on the strikes (Panjgur .. Saravan) and the events near them
    # (Islamabad, Pakistan), not on a venue farther off (Iran's centre, 8.6 degrees west)
    assert "geomap.viewBounds = [[26.97, 62.33], [33.72, 73.04]];" in _page()


def _unpack(packed: dict[str, Any]) -> list[list[list[tuple[float, float]]]]:
    """Python twin of geomap.unpackShapes (coordinates only)."""
    steps, out = packed["steps"], []
    for geom in packed["geoms"]:
        parts = geom[1] if geom[0] == "L" else [r for poly in geom[1] for r in poly]
        decoded = []
        for flat in parts:
            x = y = 0
            pts = []
            for i in range(0, len(flat), 2):
                x, y = x + flat[i], y + flat[i + 1]
                pts.append((x / steps, y / steps))
            decoded.append(pts)
        out.append(decoded)
    return out


def test_packed_shapes_decode_to_the_original_within_one_step() -> None:
    f = frames.sample_frames()
    packed = pack_shapes(f["borders"], ["id", "name", "length_km"], 1000)
    assert packed["props"] == [{"id": "IR-PK", "name": "Iran – Pakistan", "length_km": 959.0}]
    decoded = _unpack(packed)[0][0]
    original = shapely.get_coordinates(f["borders"].geometry.iloc[0]).tolist()
    assert len(decoded) == len(original)
    for (x, y), (ox, oy) in zip(decoded, original, strict=True):
        assert abs(x - ox) <= 0.0005 and abs(y - oy) <= 0.0005
    ring = _unpack(pack_shapes(f["areas"], [], 1000))[0][0]
    assert len(ring) == 4  # closing point dropped; the page closes the ring


def test_basemap_simplification_keeps_small_countries() -> None:
    tiny = shapely.box(50.5, 26.0, 50.6, 26.1)  # 0.01 square degrees, like Bahrain
    island = shapely.box(10, 10, 10.01, 10.01)
    big = shapely.MultiPolygon([shapely.box(0, 0, 5, 5), island])
    frame = gpd.GeoDataFrame({"id": ["BH", "XX"]}, geometry=[tiny, big], crs=4326)
    kept = simplify_basemap(frame)
    assert len(kept) == 2
    assert kept[0].area == pytest.approx(tiny.area)
    assert len(kept[1].geoms) == 1  # the island went, the mainland stayed


# ------------------------------------------------------------------ rendering any map


def test_render_html_makes_a_plain_folium_map_offline() -> None:
    page = render_html(folium.Map(tiles=None))
    assert "cdn.jsdelivr" not in page and "code.jquery" not in page
    assert "L.map(" in page and "Leaflet 1.9.4" in page


def test_render_html_refuses_unvendored_plugins() -> None:
    m = folium.Map(tiles=None)
    folium.plugins.Fullscreen().add_to(m)
    with pytest.raises(OutputError, match="network"):
        render_html(m)


def test_urls_in_article_text_are_data_not_resources() -> None:
    f = frames.sample_frames()
    events = f["events"].copy()
    quote = "See url(https://example.org/x.css) and <script src=https://evil.example></script>"
    events.at[0, "sources"] = [{"article": "a", "start": 0, "end": 9, "quote": quote}]
    page = render_html(build_map(events, f["places"], f["areas"], f["borders"], f["basemap"]))
    assert quote in _page_data(page)["quotes"]
    assert not [a for t, a in _tags(page) if t == "script" and "src" in a]


def test_save_map_writes_atomically(tmp_path: Path) -> None:
    f = frames.sample_frames()
    m = build_map(f["events"], f["places"], f["areas"], f["borders"], f["basemap"])
    path = save_map(m, tmp_path / "out" / "map.html")
    assert path.read_text(encoding="utf-8") == render_html(m)
    assert [p.name for p in path.parent.iterdir()] == ["map.html"]
    with pytest.raises(OutputError, match="directory"):
        save_map(m, tmp_path)


# ------------------------------------------------------------------ scale and vendor


def test_ten_thousand_events_stay_under_three_megabytes() -> None:
    f = frames.synthetic_frames(10_000)
    page = render_html(build_map(f["events"], f["places"], f["areas"], f["borders"], f["basemap"]))
    assert len(page.encode("utf-8")) < 3_000_000
    assert '"Strikes (' in page and "geomap.inflateText(" in page


def test_vendored_files_match_the_manifest_and_readme() -> None:
    vendor = ROOT / "geomap" / "vendor"
    manifest = json.loads((vendor / "manifest.json").read_text(encoding="utf-8"))
    readme = (vendor / "README.md").read_text(encoding="utf-8")
    names = set()
    for package in manifest["packages"]:
        names.add(package["name"])
        assert f"{package['name']}@{package['version']}" in readme
        folder = {Path(t).parts[0] for t in package["files"]}
        assert all((vendor / d / "LICENSE").is_file() for d in folder)
        for target, meta in package["files"].items():
            data = (vendor / target).read_bytes()
            assert hashlib.sha256(data).hexdigest() == meta["sha256"], target
            assert meta["sha256"] in readme
    assert names == {"leaflet", "tiny-inflate"}


def test_radius_grows_with_killed_and_is_capped() -> None:
    assert maps._radius(None) == maps._radius(0) == 6
    assert maps._radius(4) == pytest.approx(12)
    assert maps._radius(10_000) == 30
    assert math.isclose(maps._radius(1), 9)
