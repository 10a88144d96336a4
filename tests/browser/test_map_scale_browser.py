"""map.html at scale, in Chromium: with more events than marks.draw_all_up_to, counts
far out, marks when zoomed in, only what is in view drawn, filters that reach the
counts, and popups decoded from the compact data."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from geomap.maps import build_map, save_map
from geomap.theme import load_theme

pytestmark = pytest.mark.browser

N_EVENTS = 8_000  # over draw_all_up_to, and quotes enough for the word codes


def _load_frames() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "geomap_browser_frames_scale", Path(__file__).resolve().parent / "frames.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


frames = _load_frames()


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    f = frames.synthetic_frames(N_EVENTS, seed=3)
    m = build_map(f["events"], f["places"], f["areas"], f["borders"], f["basemap"])
    return save_map(m, tmp_path_factory.mktemp("scale") / "map.html"), f


#: each event mark in view (and shown): in how many drawn marks it is (lone or member)
IN_VIEW = """() => {
  const view = geomap.map.getBounds(), members = new Map();
  geomap.clusters.eachLayer((c) => c.gmMembers.forEach((m) =>
    members.set(m, (members.get(m) || 0) + 1)));
  const counts = {};
  geomap.eventMarks().forEach(([role, m]) => {
    if (m.gmShown === false || !view.contains(m.getLatLng())) return;
    const n = (m._map ? 1 : 0) + (members.get(m) || 0);
    counts[n] = (counts[n] || 0) + 1;
  });
  return counts;  // keyed by the count, as a string
}"""

DRAWN = """() => ({
  lone: geomap.eventMarks().filter(([role, m]) => m._map).length,
  clusters: geomap.clusters.getLayers().length,
  members: geomap.clusters.getLayers().reduce((n, c) => n + c.gmMembers.length, 0),
})"""

#: drawn marks and clusters lying further than a screen from the view
FAR = """() => {
  const map = geomap.map, size = map.getSize();
  const far = (ll) => {
    const p = map.latLngToContainerPoint(ll);
    return p.x < -size.x || p.y < -size.y || p.x > 2 * size.x || p.y > 2 * size.y;
  };
  let n = 0;
  geomap.eventMarks().forEach(([role, m]) => { if (m._map && far(m.getLatLng())) n += 1; });
  geomap.clusters.eachLayer((c) => { if (far(c.getLatLng())) n += 1; });
  return n;
}"""


def test_far_out_counts_zoomed_in_marks_every_event_in_view_once(
    open_offline: Callable[..., Any], large: tuple[Path, dict[str, Any]], artifacts: Path
) -> None:
    path, f = large
    assert load_theme()["marks"]["draw_all_up_to"] < N_EVENTS
    opened = open_offline(path)
    assert opened.js("geomap.marks.strikes.length + geomap.marks.diplomatic.length") == N_EVENTS
    opened.js("void geomap.map.setView([32, 60], 4, {animate: false})")
    far_out = opened.js(f"({DRAWN})()")
    assert far_out["clusters"] > 0 and far_out["members"] > far_out["lone"]
    assert far_out["lone"] + far_out["clusters"] < 400  # counts, not 8,000 dots
    assert set(opened.js(f"({IN_VIEW})()")) == {"1"}  # every event in view: in one mark
    opened.page.screenshot(path=str(artifacts / "scale-far.png"))
    # zoomed in on an event alone at its place: its own mark is drawn
    events = f["events"]
    alone = events.groupby("place_id").filter(lambda g: len(g) == 1).iloc[0]
    point = alone.geometry
    opened.js(f"void geomap.map.setView([{point.y}, {point.x}], 11, {{animate: false}})")
    drawn = opened.page.evaluate(
        "(id) => geomap.eventMarks().some(([r, m]) => m._map && m.feature.properties.id === id)",
        alone["id"],
    )
    assert drawn is True
    near = opened.js(f"({DRAWN})()")
    assert near["lone"] + near["members"] < N_EVENTS / 10
    assert set(opened.js(f"({IN_VIEW})()")) <= {"1"}
    assert opened.js(f"({FAR})()") == 0  # nothing drawn far from the view
    # panning away draws the new view's marks
    opened.js("void geomap.map.setView([28, 70], 11, {animate: false})")
    assert set(opened.js(f"({IN_VIEW})()")) <= {"1"} and opened.js(f"({FAR})()") == 0
    assert opened.console_errors == [] and opened.outside_requests == []


def test_filters_reach_the_counts(
    open_offline: Callable[..., Any], large: tuple[Path, dict[str, Any]]
) -> None:
    path, f = large
    opened = open_offline(path)
    page = opened.page
    opened.js("void geomap.map.setView([32, 60], 4, {animate: false})")
    page.locator(".gm-filter select.gm-f-family").select_option("diplomatic")
    diplomatic = int((f["events"]["family"] == "diplomatic").sum())
    count = page.locator(".gm-time .gm-count").inner_text()
    assert count == f"showing {diplomatic} of {N_EVENTS} events"
    families = opened.js(
        """() => { const seen = new Set();
             geomap.clusters.eachLayer((c) => c.gmMembers.forEach((m) =>
               seen.add(m.feature.properties.family)));
             geomap.eventMarks().forEach(([r, m]) => {
               if (m._map) seen.add(m.feature.properties.family); });
             return [...seen]; }"""
    )
    assert families == ["diplomatic"]
    assert set(opened.js(f"({IN_VIEW})()")) == {"1"}
    page.locator(".gm-time input[type=range]").fill("0")  # up to the first day only
    page.locator(".gm-time .gm-undated").uncheck()
    dip = f["events"][f["events"]["family"] == "diplomatic"]
    first = dip.loc[dip["date"].notna(), "date"].min()
    early = int((dip["date"] == first).sum())
    assert page.locator(".gm-time .gm-count").inner_text() == (
        f"showing {early} of {N_EVENTS} events"
    )
    drawn = opened.js(f"({DRAWN})()")
    assert 0 < drawn["lone"] + drawn["members"] <= early
    assert set(opened.js(f"({IN_VIEW})()")) == {"1"}
    assert opened.console_errors == []


def test_popups_quote_the_evidence_from_the_compact_data(
    open_offline: Callable[..., Any], large: tuple[Path, dict[str, Any]]
) -> None:
    path, f = large
    opened = open_offline(path)
    assert "geomap.inflateText(" in path.read_text(encoding="utf-8")
    assert opened.js("Array.isArray(geomap.data.quotes.codes)") is True  # word codes
    quotes = {r["id"]: [s["quote"] for s in r["sources"]] for r in f["events"].to_dict("records")}
    # an event alone at its place, zoomed in: its own popup
    events = f["events"]
    alone = events.groupby("place_id").filter(lambda g: len(g) == 1).iloc[0]
    opened.js(
        f"void geomap.map.setView([{alone.geometry.y}, {alone.geometry.x}], 11, {{animate: false}})"
    )
    text = opened.page.evaluate(
        """(id) => { const [, m] = geomap.eventMarks().find(([r, m]) =>
             m.feature.properties.id === id);
           m.openPopup();
           return document.querySelector(".leaflet-popup-content").innerText; }""",
        alone["id"],
    )
    for quote in quotes[alone["id"]]:
        assert quote in text.replace("\n", " ")
    # an event in a numbered mark, from its list
    opened.js("void geomap.map.closePopup()")
    opened.js("void geomap.map.setView([32, 60], 6, {animate: false})")
    opened.js("void geomap.clusters.getLayers()[0].openPopup()")
    item = opened.page.locator(".leaflet-popup .gm-item").first
    event_id = item.get_attribute("data-event")
    item.dispatch_event("click")  # the popup may lie under a control: no pointer needed
    text = opened.page.locator(".leaflet-popup-content").inner_text()
    for quote in quotes[event_id]:
        assert quote in text.replace("\n", " ")
    assert opened.console_errors == []
