"""map.html for real corpora, in Chromium: every event reachable, nothing under the
legend or a control, arrows that follow the slider, the filter box, flagged events."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from shapely import Point

from geomap.maps import build_map, save_map
from geomap.theme import load_theme

pytestmark = pytest.mark.browser

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ISLAMABAD = (73.04, 33.72)


def _load_frames() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "geomap_browser_frames_reach", Path(__file__).resolve().parent / "frames.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


frames = _load_frames()


def _save(folder: Path, f: dict[str, Any], name: str = "map.html") -> Path:
    m = build_map(
        f["events"], f["places"], f["areas"], f["borders"], f["basemap"], arrows=f["arrows"]
    )
    return save_map(m, folder / name)


def _six_on_one_point() -> dict[str, Any]:
    f = frames.sample_frames()
    events = f["events"].copy()
    events["geo_precision"] = 1  # all at one named place: Islamabad
    events = events.set_geometry([Point(ISLAMABAD)] * len(events))
    return {**f, "events": events, "arrows": f["arrows"].iloc[0:0]}


@pytest.fixture(scope="module")
def seeds_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from geomap.pipeline import run

    out = tmp_path_factory.mktemp("seeds")
    run([SEEDS], out)
    return out / "map.html"


def test_every_one_of_six_events_on_one_point_can_be_opened(
    open_offline: Callable[..., Any], tmp_path: Path, artifacts: Path
) -> None:
    f = _six_on_one_point()
    opened = open_offline(_save(tmp_path, f))
    page = opened.page
    assert opened.js("geomap.clusters.getLayers().length") == 1
    cluster = page.locator(".gm-cluster")
    assert cluster.inner_text() == "6"
    quotes = {r["id"]: r["sources"][0]["quote"] for r in f["events"].to_dict("records")}
    seen = []
    for i in range(6):
        cluster.click()
        items = page.locator(".leaflet-popup .gm-item")
        assert items.count() == 6
        event_id = items.nth(i).get_attribute("data-event")
        items.nth(i).click()
        text = page.locator(".leaflet-popup-content").inner_text()
        assert quotes[event_id] in text  # the event's own popup, with its evidence
        seen.append(event_id)
        page.locator(".leaflet-popup .gm-back").click()  # back to the list
        assert page.locator(".leaflet-popup .gm-item").count() == 6
        opened.js("void geomap.map.closePopup()")
        page.wait_for_function("document.querySelectorAll('.leaflet-popup').length === 0")
    assert sorted(seen) == sorted(quotes)
    assert opened.console_errors == []
    page.screenshot(path=str(artifacts / "six-on-one-point.png"))


def test_clusters_split_when_zoomed_in_and_join_when_zoomed_out(
    open_offline: Callable[..., Any], tmp_path: Path
) -> None:
    f = frames.synthetic_frames(1000, seed=7)
    opened = open_offline(_save(tmp_path, {**f, "arrows": None}))
    drawn = """() => geomap.eventMarks().filter((e) => e[1]._map).length
                 + geomap.clusters.getLayers().length"""
    members = """() => geomap.eventMarks().filter((e) => e[1]._map).length +
      geomap.clusters.getLayers().reduce((n, c) => n + c.gmMembers.length, 0)"""
    opened.js("void geomap.map.setZoom(2, {animate: false})")
    far = opened.js(f"({drawn})()")
    assert far < 500  # many events: numbered clusters, not a thousand dots
    assert opened.js(f"({members})()") == 1000  # every event is in exactly one mark
    opened.js("void geomap.map.setZoom(9, {animate: false})")
    assert opened.js(f"({members})()") == 1000
    assert opened.console_errors == []


UNDER_A_CONTROL = """() => {
  const controls = Array.from(document.querySelectorAll(".leaflet-control"))
    .map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  const box = geomap.map.getContainer().getBoundingClientRect();
  const marks = [];
  geomap.eventMarks().forEach((e) => {
    if (!e[1]._map) return;
    const p = geomap.map.latLngToContainerPoint(e[1].getLatLng());
    marks.push([e[1].feature.properties.id, p, e[1]._radius + e[1].options.weight]);
  });
  geomap.clusters.eachLayer((c) => {
    const r = c.getElement().getBoundingClientRect();
    marks.push(["cluster", { x: r.left + r.width / 2 - box.left,
                             y: r.top + r.height / 2 - box.top }, r.width / 2]);
  });
  const under = [];
  let inView = 0;
  marks.forEach(([id, p, r]) => {
    const x = box.left + p.x, y = box.top + p.y;
    if (x + r < box.left || x - r > box.right || y + r < box.top || y - r > box.bottom) return;
    inView += 1;
    controls.forEach((c) => {
      if (x + r > c.left && x - r < c.right && y + r > c.top && y - r < c.bottom) under.push(id);
    });
  });
  return { under, inView };
}"""


@pytest.mark.parametrize("size", [(1400, 900), (390, 844)], ids=["desktop", "phone"])
def test_no_event_mark_under_the_legend_or_a_control(
    open_offline: Callable[..., Any],
    tmp_path: Path,
    seeds_map: Path,
    artifacts: Path,
    size: tuple[int, int],
) -> None:
    """When the page opens, every event mark in view is clear of every box on the map."""
    width, height = size
    sample = _save(tmp_path, frames.sample_frames(), "sample.html")
    six = _save(tmp_path, _six_on_one_point(), "six.html")
    for path in (seeds_map, sample, six):
        opened = open_offline(path, width=width, height=height)
        found = opened.js(f"({UNDER_A_CONTROL})()")
        assert found["under"] == [], (path.name, found)
        assert found["inView"] >= 1
        if width < 700:  # small screens: the legend and the layer list start closed
            assert opened.js("document.querySelector('.gm-legend details').open") is False
            assert opened.page.locator(".leaflet-control-layers-expanded").count() == 0
        assert opened.console_errors == []
        opened.page.screenshot(path=str(artifacts / f"clear-{path.stem}-{width}.png"))


ARROWS_DRAWN = """() => geomap.marks.arrows.filter((a) => a._map)
  .map((a) => a.feature.properties.event_id)"""


def test_arrows_and_labels_follow_the_time_slider(
    open_offline: Callable[..., Any], seeds_map: Path, artifacts: Path
) -> None:
    events = json.loads((seeds_map.parent / "events.geojson").read_text("utf-8"))["features"]
    dates = {f["properties"]["id"]: f["properties"]["date"] for f in events}
    opened = open_offline(seeds_map, width=1400, height=900)
    page = opened.page
    arrows = opened.js(f"({ARROWS_DRAWN})()")
    assert len(set(arrows)) >= 2 and all(dates[e] for e in arrows)
    assert page.locator(".gm-arrow-label").count() == len(set(arrows))
    slider = page.locator(".gm-time input[type=range]")
    page.locator(".gm-time .gm-undated").uncheck()
    for i, cutoff in enumerate(opened.js("geomap.time.dates")):
        slider.fill(str(i))
        drawn = opened.js(f"({ARROWS_DRAWN})()")
        assert all(dates[e] <= cutoff for e in drawn), (cutoff, drawn)
        expected = {e for e in arrows if dates[e] <= cutoff}
        assert set(drawn) == expected
        # a label only with its arrow (a closed label fades out for 200 ms)
        page.wait_for_function(
            "(n) => document.querySelectorAll('.gm-arrow-label').length === n",
            arg=len(expected),
            timeout=2_000,
        )
    slider.fill("0")
    page.screenshot(path=str(artifacts / "arrows-first-day.png"))
    assert opened.console_errors == []


SHOWN = """() => geomap.eventMarks().filter((e) => e[1]._map).map((e) => e[1].feature.properties.id)
  .concat(...geomap.clusters.getLayers().map((c) => c.gmMembers.map(
    (m) => m.feature.properties.id))).sort()"""


def test_the_filter_box_hides_and_shows_events(
    open_offline: Callable[..., Any], tmp_path: Path
) -> None:
    opened = open_offline(_save(tmp_path, frames.sample_frames()), width=1400, height=900)
    page = opened.page
    everything = ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6"]
    assert opened.js(f"({SHOWN})()") == everything
    box = page.locator(".gm-filter")
    box.locator("select.gm-f-family").select_option("diplomatic")
    assert opened.js(f"({SHOWN})()") == ["ev-3", "ev-5", "ev-6"]
    assert page.locator(".gm-time .gm-count").inner_text() == "showing 3 of 6 events"
    assert opened.js(f"({ARROWS_DRAWN})()") == []  # the one arrow is a strike's
    box.locator("select.gm-f-family").select_option("")
    box.locator("select.gm-f-type").select_option("airstrike")
    assert opened.js(f"({SHOWN})()") == ["ev-2"]
    box.locator("select.gm-f-type").select_option("")
    box.locator("select.gm-f-country").select_option("IR")
    assert opened.js(f"({SHOWN})()") == ["ev-2", "ev-6"]
    box.locator("select.gm-f-actor").select_option("PK")
    assert opened.js(f"({SHOWN})()") == ["ev-2"]
    box.locator("select.gm-f-country").select_option("")
    box.locator("select.gm-f-actor").select_option("")
    assert opened.js(f"({SHOWN})()") == everything
    assert opened.js(f"({ARROWS_DRAWN})()") == ["ev-1", "ev-1"]  # line and head
    assert opened.console_errors == []


def test_alleged_and_background_events_are_drawn_apart_and_flagged(
    open_offline: Callable[..., Any], tmp_path: Path
) -> None:
    f = frames.sample_frames()
    events = f["events"].copy()
    events.loc[events["id"] == "ev-3", "background"] = True
    opened = open_offline(_save(tmp_path, {**f, "events": events}))
    marks = load_theme()["marks"]
    style = """(id) => { const m = geomap.eventMarks().find((e) =>
      e[1].feature.properties.id === id)[1]; return [m.options.dashArray || null,
      m.options.color, m.options.fillOpacity]; }"""
    plain = opened.page.evaluate(style, "ev-1")
    alleged = opened.page.evaluate(style, "ev-2")
    background = opened.page.evaluate(style, "ev-3")
    assert plain[0] is None and alleged[0] == marks["alleged_dash"]
    assert alleged[1] == marks["alleged_edge"] != plain[1]
    assert background[2] == pytest.approx(marks["fill_opacity"] * marks["background_opacity"])
    popup = """(id) => geomap.eventPopup(geomap.eventMarks().find((e) =>
      e[1].feature.properties.id === id)[1].feature.properties)"""
    text = opened.page.evaluate(popup, "ev-2")
    assert "alleged" in text and "Reported by: army" in text
    assert "background" in opened.page.evaluate(popup, "ev-3")
    assert "alleged" not in opened.page.evaluate(popup, "ev-1")
    legend = opened.page.locator(".gm-legend").inner_text()
    assert "alleged" in legend and "background" in legend
    assert opened.js("geomap.theme") == load_theme()  # the page reads the one theme


LABEL_OVERLAPS = """() => {
  const boxes = Array.from(document.querySelectorAll(".gm-arrow-label"))
    .filter((e) => e.style.visibility !== "hidden").map((e) => e.getBoundingClientRect());
  const meet = (a, b) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const box = geomap.map.getContainer().getBoundingClientRect();
  const marks = geomap.eventMarks().filter((e) => e[1]._map).map((e) => {
    const p = geomap.map.latLngToContainerPoint(e[1].getLatLng()), r = e[1]._radius;
    return { left: box.left + p.x - r, right: box.left + p.x + r,
             top: box.top + p.y - r, bottom: box.top + p.y + r };
  }).concat(geomap.clusters.getLayers().map((c) => c.getElement().getBoundingClientRect()));
  let overlaps = 0;
  boxes.forEach((a, i) => {
    boxes.slice(i + 1).forEach((b) => { if (meet(a, b)) overlaps += 1; });
    marks.forEach((m) => { if (meet(a, m)) overlaps += 1; });
  });
  return [boxes.length, overlaps];
}"""


def test_arrow_labels_do_not_overlap(open_offline: Callable[..., Any], seeds_map: Path) -> None:
    """The seeds' two Iranian strikes (Erbil, northern Syria) start at one point: their
    labels would sit on each other, and on the marks, at every zoom."""
    opened = open_offline(seeds_map, width=1200, height=800)
    for zoom in (3, 4, 5, 6):
        opened.js(f"void geomap.map.setView([32, 52], {zoom}, {{animate: false}})")
        shown, overlaps = opened.js(f"({LABEL_OVERLAPS})()")
        assert overlaps == 0, zoom
        assert shown == 3, zoom  # moved apart, none hidden
    assert opened.console_errors == []
