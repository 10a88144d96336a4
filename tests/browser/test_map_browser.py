"""map.html in a real browser: offline, one mark per event, popups, controls, no XSS."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from geomap import maps
from geomap.maps import build_map, save_map

pytestmark = pytest.mark.browser

OpenMap = Callable[[Path], Any]  # conftest.open_map -> conftest.OpenedPage
OpenedPage = Any


def _load_frames() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "geomap_browser_frames", Path(__file__).resolve().parent / "frames.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


frames = _load_frames()

OPEN_EVERY_POPUP_AND_TOOLTIP = """() => {
  let popups = 0;
  for (const [role, layer] of Object.entries(geomap.layers)) {
    if (role === "basemap") continue;
    layer.eachLayer((mark) => {
      if (mark.getPopup()) { mark.openPopup(); popups += 1; }
      if (mark.getTooltip()) { mark.openTooltip(); }
    });
  }
  return popups;
}"""


def _save(folder: Path, hostile: bool = False) -> Path:
    f = frames.sample_frames(hostile=hostile)
    m = build_map(
        f["events"],
        f["places"],
        f["areas"],
        f["borders"],
        f["basemap"],
        arrows=f["arrows"],
        title="Iran – Pakistan, January 2024",
    )
    return save_map(m, folder / "map.html")


def _click_event(opened: OpenedPage, event_id: str) -> str:
    """Centre the map on an event's mark, click it, return the popup's text."""
    page = opened.page
    page.evaluate(
        """(id) => {
          const mark = geomap.marks.strikes.concat(geomap.marks.diplomatic)
            .find((m) => m.feature.properties.id === id);
          geomap.map.closePopup();
          geomap.map.setView(mark.getLatLng(), 8, { animate: false });
        }""",
        event_id,
    )
    # a closed popup fades out for 200 ms and would catch the click meanwhile
    page.wait_for_function("document.querySelectorAll('.leaflet-popup').length === 0")
    box = page.locator(".folium-map").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function(
        """(id) => { const p = geomap.map._popup;
             return p && p.isOpen() && p._source.feature.properties.id === id; }""",
        arg=event_id,
        timeout=5_000,
    )
    return page.evaluate(
        "geomap.map._popup.getElement().querySelector('.leaflet-popup-content').innerText"
    )


def test_map_opens_offline_without_errors(
    open_map: OpenMap, tmp_path: Path, artifacts: Path
) -> None:
    path = _save(tmp_path)
    opened = open_map(path)
    assert opened.console_errors == []
    assert opened.outside_requests == []
    assert opened.file_requests == [path.as_uri()]
    assert opened.page.title() == "Iran – Pakistan, January 2024"
    opened.page.screenshot(path=str(artifacts / "map.png"))


def test_one_mark_per_event(open_map: OpenMap, tmp_path: Path) -> None:
    opened = open_map(_save(tmp_path))
    counts = opened.js(
        "[geomap.layers.strikes.getLayers().length, geomap.layers.diplomatic.getLayers().length]"
    )
    assert counts == [3, 3]
    ids = opened.js(
        "geomap.marks.strikes.concat(geomap.marks.diplomatic)"
        ".map((m) => m.feature.properties.id).sort()"
    )
    assert ids == ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6"]
    drawn = opened.js(
        "geomap.marks.strikes.concat(geomap.marks.diplomatic)"
        ".every((m) => m._map === geomap.map && m._renderer instanceof L.Canvas)"
    )
    assert drawn is True
    styles = opened.js(
        """Object.fromEntries(geomap.marks.strikes.concat(geomap.marks.diplomatic).map((m) =>
             [m.feature.properties.id, [m.options.dashArray || null, m.options.fillOpacity]]))"""
    )
    assert styles["ev-1"] == [None, 0.82]  # exact place: filled
    assert styles["ev-4"] == ["5 3", 0.06]  # admin area: dashed ring
    assert styles["ev-5"] == ["1.5 4", 0.06]  # country: dotted ring


def test_clicking_a_mark_shows_its_evidence(open_map: OpenMap, tmp_path: Path) -> None:
    opened = open_map(_save(tmp_path))
    text = _click_event(opened, "ev-2")
    for expected in (
        "airstrike",
        "2024-01-18 (day)",
        "PK → IR",
        "Saravan",
        "exact place",
        "Killed: 9",
        "Pakistan struck targets near Saravan, killing nine.",
        "— reuters-0118.txt",
        "Nine people were killed in Saravan.",
        "— dawn-2024-01-18.txt",
    ):
        assert expected in text
    assert text.index("airstrike") < text.index("Killed: 9") < text.index("Pakistan struck")


def test_popups_show_date_and_place_precision(open_map: OpenMap, tmp_path: Path) -> None:
    opened = open_map(_save(tmp_path))
    popup = """(id) => geomap.eventPopup(geomap.marks.strikes.concat(geomap.marks.diplomatic)
                 .find((m) => m.feature.properties.id === id).feature.properties)"""
    assert "date unknown" in opened.page.evaluate(popup, "ev-4")
    assert "2024-01 (month)" in opened.page.evaluate(popup, "ev-5")
    assert "2024 (year)" in opened.page.evaluate(popup, "ev-6")
    assert "country only" in opened.page.evaluate(popup, "ev-6")
    assert "admin area" in opened.page.evaluate(popup, "ev-4")
    place = opened.js(
        """(() => { const m = geomap.marks.places.find(
             (p) => p.feature.properties.name === "Islamabad"); m.openPopup();
             return document.querySelector(".leaflet-popup-content").innerText; })()"""
    )
    assert "Mentioned 1 time" in place and "(stands for its government)" in place


def test_layer_control_toggles_a_layer(open_map: OpenMap, tmp_path: Path) -> None:
    opened = open_map(_save(tmp_path))
    labels = opened.page.locator(".leaflet-control-layers-overlays label")
    assert [t.strip() for t in labels.all_inner_texts()] == [
        "Strikes (3)",
        "Diplomatic actions (3)",
        "Reported directions (1)",
        "Places mentioned (6)",
        "Areas (3)",
        "Borders (1)",
    ]
    strikes = labels.filter(has_text="Strikes (3)")
    strikes.click()
    assert opened.js("geomap.map.hasLayer(geomap.layers.strikes)") is False
    assert opened.js("geomap.marks.strikes.every((m) => !m._map)") is True
    strikes.click()
    assert opened.js("geomap.map.hasLayer(geomap.layers.strikes)") is True
    assert opened.js("geomap.marks.strikes.every((m) => m._map === geomap.map)") is True
    places = labels.filter(has_text="Places mentioned")
    places.click()
    places.click()  # back on: events are brought to the front again
    assert opened.console_errors == []


def test_time_control_filters_events_by_date(open_map: OpenMap, tmp_path: Path) -> None:
    opened = open_map(_save(tmp_path))
    page = opened.page
    assert opened.js("geomap.time.dates") == [
        "2024-01-01",
        "2024-01-16",
        "2024-01-17",
        "2024-01-18",
    ]
    shown = (
        "[geomap.layers.strikes.getLayers().length, geomap.layers.diplomatic.getLayers().length]"
    )
    slider = page.locator(".gm-time input[type=range]")
    count = page.locator(".gm-time .gm-count")
    assert count.inner_text() == "showing 6 of 6 events"
    slider.fill("1")  # up to 2024-01-16: ev-1, ev-5, ev-6 and undated ev-4
    assert opened.js(shown) == [2, 2]
    assert count.inner_text() == "showing 4 of 6 events"
    assert "events up to 2024-01-16" in page.locator(".gm-time").inner_text()
    page.locator(".gm-time .gm-undated").uncheck()
    assert opened.js(shown) == [1, 2]
    slider.fill("3")
    assert opened.js(shown) == [2, 3]
    page.locator(".gm-time .gm-undated").check()
    assert opened.js(shown) == [3, 3]
    assert opened.console_errors == []


def test_hostile_text_is_shown_not_run(open_map: OpenMap, tmp_path: Path, artifacts: Path) -> None:
    path = _save(tmp_path, hostile=True)
    opened = open_map(path)
    assert opened.js(f"({OPEN_EVERY_POPUP_AND_TOOLTIP})()") > 0
    text = _click_event(opened, "ev-1")
    opened.page.wait_for_timeout(300)  # give any injected onerror/onload a chance to fire
    assert frames.HOSTILE_QUOTE in text
    assert frames.HOSTILE_ARTICLE in text
    assert frames.HOSTILE_PLACE in text
    assert frames.HOSTILE_TYPE in text
    assert frames.HOSTILE_TYPE in opened.page.locator(".gm-legend").inner_text()
    assert opened.js("typeof window.__pwned") == "undefined"
    assert opened.js("document.querySelectorAll('.leaflet-container img, svg[onload]').length") == 0
    assert opened.file_requests == [path.as_uri()]  # no <img src=x> was fetched
    assert opened.outside_requests == []
    assert opened.console_errors == []
    opened.page.screenshot(path=str(artifacts / "hostile-popup.png"))


def test_compressed_page_works_the_same(
    open_map: OpenMap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(maps, "COMPRESS_ABOVE_BYTES", 0)
    path = _save(tmp_path, hostile=True)
    assert "geomap.inflateText(" in path.read_text(encoding="utf-8")
    opened = open_map(path)
    assert opened.js("geomap.marks.strikes.length + geomap.marks.diplomatic.length") == 6
    assert opened.js("geomap.layers.areas.getLayers().length") == 3
    text = _click_event(opened, "ev-1")
    assert frames.HOSTILE_QUOTE in text
    assert opened.js("typeof window.__pwned") == "undefined"
    assert opened.console_errors == [] and opened.outside_requests == []


def test_thousand_events_one_mark_each(open_map: OpenMap, tmp_path: Path, artifacts: Path) -> None:
    f = frames.synthetic_frames(1000, seed=7)
    m = build_map(f["events"], f["places"], f["areas"], f["borders"], f["basemap"])
    opened = open_map(save_map(m, tmp_path / "map.html"))
    marks = opened.js("geomap.marks.strikes.length + geomap.marks.diplomatic.length")
    assert marks == len(f["events"])
    assert opened.js("geomap.layers.places.getLayers().length") == len(f["places"])
    assert opened.console_errors == [] and opened.outside_requests == []
    opened.page.screenshot(path=str(artifacts / "map-1000.png"))


def test_seeds_map_from_geomap_run(open_map: OpenMap, tmp_path: Path, artifacts: Path) -> None:
    """The real 'geomap run' output on the seeds: offline, one mark per event, evidence."""
    import json

    from geomap.pipeline import run

    run([Path(__file__).resolve().parents[2] / "seeds"], tmp_path)
    events = json.loads((tmp_path / "events.geojson").read_text("utf-8"))["features"]
    opened = open_map(tmp_path / "map.html")
    assert opened.console_errors == []
    assert opened.outside_requests == []
    ids = opened.js(
        "geomap.marks.strikes.concat(geomap.marks.diplomatic)"
        ".map((m) => m.feature.properties.id).sort()"
    )
    assert ids == sorted(f["properties"]["id"] for f in events)
    strike = next(f["properties"] for f in events if f["properties"]["date"] == "2024-01-16")
    text = _click_event(opened, strike["id"])
    assert strike["sources"][0]["quote"][:40] in text.replace("\n", " ")
    opened.page.screenshot(path=str(artifacts / "seeds-map.png"))
