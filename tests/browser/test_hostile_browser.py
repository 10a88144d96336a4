"""Hostile articles end to end: `geomap run` on tests/fixtures/hostile, then the map
in headless Chromium, offline, with every popup and tooltip open.

The fixtures put script tags, event-handler attributes, ``javascript:`` and ``data:``
URLs, ``</script>`` inside quotes and Unicode bidi controls into titles, ids, quotes
and place names, around real event sentences, so the hostile text reaches the page
through the real pipeline (not hand-made frames). Each payload sets
``window.__pwned``; the page must show the text and run none of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from geomap.pipeline import run

pytestmark = pytest.mark.browser

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
OpenMap = Callable[[Path], Any]  # conftest.open_map -> conftest.OpenedPage

OPEN_EVERY_POPUP_AND_TOOLTIP = """() => {
  const seen = [];
  for (const [role, layer] of Object.entries(geomap.layers)) {
    if (role === "basemap") continue;
    layer.eachLayer((mark) => {
      if (mark.getPopup()) {
        mark.openPopup();
        seen.push(mark.getPopup().getElement().innerText);
      }
      if (mark.getTooltip()) {
        mark.openTooltip();
        seen.push(mark.getTooltip().getElement().innerText);
      }
    });
  }
  // events at one point: the numbered mark's list, then each event's own popup
  geomap.clusters.eachLayer((cluster) => {
    cluster.openPopup();
    const box = cluster.getPopup().getElement();
    seen.push(box.innerText);
    const n = box.querySelectorAll(".gm-item").length;
    for (let i = 0; i < n; i++) {
      cluster.getPopup().getElement().querySelectorAll(".gm-item")[i].click();
      seen.push(cluster.getPopup().getElement().innerText);
      cluster.getPopup().getElement().querySelector(".gm-back").click();
    }
  });
  return seen;
}"""

# elements or attributes a payload would need to run; the page itself uses none
ACTIVE_MARKUP = """() => document.querySelectorAll(
  "[onerror], [onload], [onmouseover], [onclick], [onfocus], iframe, object, embed, " +
  "a[href^='javascript:' i], a[href^='data:' i], img[src='x'], .leaflet-pane script"
).length"""


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    run([HOSTILE], out)
    return out


def test_hostile_fixtures_give_events_and_places(hostile_run: Path) -> None:
    """The fixtures are real enough to map: their hostile strings reach the outputs."""
    events = json.loads((hostile_run / "events.geojson").read_text("utf-8"))["features"]
    places = json.loads((hostile_run / "places.geojson").read_text("utf-8"))["features"]
    assert {e["properties"]["family"] for e in events} == {"strike", "diplomatic"}
    assert len(places) >= 5
    quotes = " ".join(s["quote"] for e in events for s in e["properties"]["sources"])
    articles = {s["article"] for e in events for s in e["properties"]["sources"]}
    for payload in ("<script>", "</script>", "onerror=", "javascript:", "data:text/html"):
        assert payload in quotes, payload
    assert any("onerror" in a for a in articles)  # a hostile JSON Lines id
    assert "\u202e" in quotes or any("\u202e" in a for a in articles)


def test_hostile_map_shows_text_and_runs_none(open_map: OpenMap, hostile_run: Path) -> None:
    path = hostile_run / "map.html"
    opened = open_map(path)
    scripts = opened.js("document.scripts.length")
    shown = opened.js(f"({OPEN_EVERY_POPUP_AND_TOOLTIP})()")
    events = json.loads((hostile_run / "events.geojson").read_text("utf-8"))["features"]
    assert len(shown) >= len(events)
    opened.page.mouse.move(640, 430)  # hover and wait: injected handlers get their chance
    opened.page.wait_for_timeout(400)

    assert opened.js("typeof window.__pwned") == "undefined"
    assert opened.js(f"({ACTIVE_MARKUP})()") == 0
    assert opened.js("document.scripts.length") == scripts
    assert opened.console_errors == []
    assert opened.outside_requests == []
    assert opened.file_requests == [path.as_uri()]  # no <img src=x> was fetched

    text = "\n".join(shown)
    for payload in ("<script>window.__pwned", "onerror=", "javascript:", "data:text/html"):
        assert payload in text, payload  # shown as text, not dropped or run


def test_hostile_report_shows_text_and_runs_none(chromium: Any, tmp_path: Path) -> None:
    """report.html, when this version writes one, holds the same text just as inertly."""
    try:
        from geomap.report import write_report
    except ImportError:
        pytest.skip("geomap.report does not exist yet")
    result = run([HOSTILE], None)
    path = Path(write_report(result, tmp_path))
    context = chromium.new_context(viewport={"width": 1280, "height": 860})
    outside: list[str] = []
    files: list[str] = []
    errors: list[str] = []

    def route(route: Any, request: Any) -> None:
        if request.url.startswith("file:"):
            files.append(request.url)
            route.continue_()
        elif request.url.startswith(("about:", "data:")):
            route.continue_()
        else:
            outside.append(request.url)
            route.abort()

    try:
        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        page.mouse.move(640, 430)
        page.wait_for_timeout(400)
        frames = page.frames
        for frame in frames:
            assert frame.evaluate("typeof window.__pwned") == "undefined", frame.url
        top = page.evaluate("document.body.innerText")
        assert "<script>window.__pwned" in top and "onerror=" in top
        assert page.evaluate("document.querySelectorAll(\"a[href^='javascript:' i]\").length") == 0
        assert page.evaluate("document.querySelectorAll('[onerror], [onload], img').length") == 0
        assert errors == []
        assert outside == []
        assert files == [path.as_uri()]
    finally:
        context.close()
