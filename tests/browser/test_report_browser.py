"""report.html, fragments on a host page and map.png in a real browser.

Offline (no request leaves file:), no console errors, the table lists and sorts every
event, article text stays text, and the PNG shows a basemap and marks.
"""

from __future__ import annotations

import base64
import importlib.util
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from geomap import cli
from geomap.pipeline import run
from geomap.report import build_report

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ALL_READY = """() => document.querySelectorAll('.geomap-report').length > 0 &&
  document.querySelectorAll('.geomap-report:not([data-gmr-ready])').length === 0"""


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the hostile articles and the run made of them live with the non-browser report tests
unit = _load("geomap_test_report", ROOT / "tests" / "test_report.py")


@pytest.fixture
def open_page(open_offline: Callable[..., Any]) -> Callable[..., Any]:
    """Open a report or host page offline (see conftest.open_offline); wait until every
    fragment's sorter and every embedded map has finished."""

    def opener(path: Path, width: int = 1280, height: int = 900) -> Any:
        opened = open_offline(path, ready=ALL_READY, width=width, height=height)
        for frame in _maps(opened):
            frame.wait_for_function("window.geomap && geomap.ready === true", timeout=30_000)
        return opened

    return opener


def _maps(opened: Any) -> list[Any]:
    """The embedded map documents (one per iframe)."""
    frames = [f for f in opened.page.frames if f != opened.page.main_frame]
    count = opened.js("document.querySelectorAll('iframe').length")
    assert len(frames) == count
    return frames


def _event_rows(root: Any) -> list[str]:
    return root.locator("tr[data-event]").evaluate_all("(rows) => rows.map((r) => r.dataset.event)")


@pytest.fixture(scope="module")
def seeds_result():
    return run([SEEDS], None)


def test_report_loads_offline_and_lists_every_event(
    open_page: Callable[..., Any], seeds_result: Any, tmp_path: Path, artifacts: Path
) -> None:
    assert cli.main(["report", str(SEEDS), "-o", str(tmp_path)]) == 0
    path = tmp_path / "report.html"
    opened = open_page(path)
    assert opened.console_errors == []
    assert opened.outside_requests == []
    assert opened.file_requests == [path.as_uri()]
    assert opened.page.title() == "geomap: strikes and diplomatic actions"
    ids = sorted(e.id for e in seeds_result.events)
    assert sorted(_event_rows(opened.page)) == ids
    (frame,) = _maps(opened)
    marks = frame.evaluate(
        "geomap.marks.strikes.concat(geomap.marks.diplomatic).map((m) => m.feature.properties.id)"
    )
    assert sorted(marks) == sorted(e.id for e in seeds_result.events if e.place is not None)
    assert frame.evaluate("geomap.map.getSize().x") > 600  # laid out, not a 0-pixel map
    assert opened.page.locator(".gmr-timeline rect").count() >= 1
    opened.page.screenshot(path=str(artifacts / "report.png"), full_page=True)
    opened.page.screenshot(path=str(artifacts / "report-top.png"))


def test_table_sorts_by_a_column(open_page: Callable[..., Any], tmp_path: Path) -> None:
    result = run([SEEDS], None)
    opened = open_page(build_report(result).save(tmp_path / "report.html"))
    page = opened.page
    killed = page.locator("table.gmr-events th", has_text="Killed").locator("button")
    killed.click()
    keys = page.locator("table.gmr-events tbody tr").evaluate_all(
        "(rows) => rows.map((r) => r.cells[5].dataset.k || '')"
    )
    known = [int(k) for k in keys if k]
    assert known == sorted(known) and len(known) >= 2
    assert keys[: len(known)] == [str(k) for k in known]  # unknown counts go last
    killed.click()
    keys = page.locator("table.gmr-events tbody tr").evaluate_all(
        "(rows) => rows.map((r) => r.cells[5].dataset.k || '')"
    )
    assert [int(k) for k in keys if k] == sorted(known, reverse=True)
    assert keys[: len(known)] == [str(k) for k in sorted(known, reverse=True)]  # blanks last
    th = page.locator("table.gmr-events th", has_text="Killed")
    assert th.get_attribute("aria-sort") == "descending"
    assert sorted(_event_rows(page)) == sorted(e.id for e in result.events)
    assert opened.console_errors == []


def test_two_fragments_on_one_host_page(
    open_page: Callable[..., Any], seeds_result: Any, tmp_path: Path, artifacts: Path
) -> None:
    hostile = unit.hostile_run(tmp_path)
    first = build_report(seeds_result, title="Seeds").fragment
    second = build_report(hostile, title="Another run").fragment
    host = tmp_path / "host.html"
    host.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Host</title>"
        "<style>table { color: rgb(255, 0, 0); } .gmr-map { display: none; }</style>"
        "<script>window.geomap = 'host'; window.L = 'host';</script></head><body>"
        "<h1 id='g0001'>Briefing</h1><table><tr><td id='host-cell'>host</td></tr></table>"
        f"<article>{first}</article><p>between</p><article>{second}</article>"
        "</body></html>",
        "utf-8",
    )
    opened = open_page(host)
    page = opened.page
    assert opened.console_errors == []
    assert opened.outside_requests == []
    assert opened.file_requests == [host.as_uri()]
    assert opened.js("[window.geomap, window.L, document.getElementById('g0001').textContent]") == [
        "host",
        "host",
        "Briefing",
    ]
    roots = page.locator(".geomap-report")
    assert roots.count() == 2
    assert sorted(_event_rows(roots.nth(0))) == sorted(e.id for e in seeds_result.events)
    assert sorted(_event_rows(roots.nth(1))) == sorted(e.id for e in hostile.events)
    frames = _maps(opened)
    assert len(frames) == 2
    counts = sorted(
        f.evaluate("geomap.marks.strikes.length + geomap.marks.diplomatic.length") for f in frames
    )
    assert counts == sorted(
        [
            sum(1 for e in hostile.events if e.place is not None),
            sum(1 for e in seeds_result.events if e.place is not None),
        ]
    )
    # sorting the second fragment's table leaves the first one's alone
    before = _event_rows(roots.nth(0))
    roots.nth(1).locator("table.gmr-events th", has_text="Type").locator("button").click()
    types = (
        roots.nth(1).locator("tbody tr").evaluate_all("(r) => r.map((x) => x.cells[1].dataset.k)")
    )
    assert types == sorted(types)
    assert _event_rows(roots.nth(0)) == before
    # the fragment's scoped styles hold against the host's broader ones
    assert (
        opened.js("getComputedStyle(document.querySelector('.geomap-report iframe')).display")
        == "block"
    )
    assert opened.js("getComputedStyle(document.getElementById('host-cell')).color") == (
        "rgb(255, 0, 0)"
    )
    assert (
        opened.js("getComputedStyle(document.querySelector('.geomap-report td')).color")
        != "rgb(255, 0, 0)"
    )
    _to_top(page)
    page.screenshot(path=str(artifacts / "host-two-fragments.png"), full_page=True)


def test_hostile_article_text_is_shown_not_run(
    open_page: Callable[..., Any], tmp_path: Path, artifacts: Path
) -> None:
    path = build_report(unit.hostile_run(tmp_path)).save(tmp_path / "report.html")
    opened = open_page(path)
    page = opened.page
    # open every popup and tooltip of the embedded map too
    (frame,) = _maps(opened)
    frame.evaluate(
        """() => { for (const [role, layer] of Object.entries(geomap.layers)) {
             if (role === "basemap") continue;
             layer.eachLayer((m) => { if (m.getPopup()) m.openPopup();
                                      if (m.getTooltip()) m.openTooltip(); }); } }"""
    )
    # click everything that looks like a link, including the javascript: address
    page.get_by_text(unit.HOSTILE_URL).first.click()
    for link in page.locator("a").all():
        assert link.get_attribute("href") == "https://example.org/news?id=1&lang=en"
    page.wait_for_timeout(300)  # give any injected onerror/onload a chance to fire
    text = page.locator("body").inner_text()
    for hostile in (unit.HOSTILE_TITLE, unit.HOSTILE_ID, unit.HOSTILE_MENTION, unit.HOSTILE_URL):
        assert hostile in text
    assert " ".join(unit.HOSTILE_QUOTE.split()) in " ".join(text.split())
    assert opened.js("typeof window.__pwned") == "undefined"
    assert frame.evaluate("typeof window.__pwned") == "undefined"
    assert opened.js("document.querySelectorAll('img, [onerror], [onload]').length") == 0
    assert opened.js("document.scripts.length") == 1  # the table sorter
    assert page.url == path.as_uri()  # no link navigated anywhere
    assert opened.file_requests == [path.as_uri()]  # no <img src=x> was fetched
    assert opened.outside_requests == []
    assert opened.console_errors == []
    _to_top(page)
    page.screenshot(path=str(artifacts / "report-hostile.png"), full_page=True)


def _to_top(page: Any) -> None:
    """Scroll back to the map before a full-page picture: Chromium does not repaint a
    sandboxed frame while it is scrolled out of view."""
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(300)


PIXELS = """async (b64) => {
  const img = new Image();
  img.src = "data:image/png;base64," + b64;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width; canvas.height = img.height;
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, img.width, img.height).data;
  const near = (i, r, g, b) =>
    Math.abs(d[i] - r) <= 3 && Math.abs(d[i + 1] - g) <= 3 && Math.abs(d[i + 2] - b) <= 3;
  let land = 0, sea = 0, warm = 0, cool = 0;
  const colours = new Set();
  const mapWidth = Math.floor(img.width * 0.7);  // left of the legend (bottom right)
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = 4 * (y * img.width + x), r = d[i], g = d[i + 1], b = d[i + 2];
      colours.add((r << 16) | (g << 8) | b);
      if (near(i, 247, 247, 244)) land++;
      if (near(i, 219, 230, 238)) sea++;
      if (x < mapWidth && r > 100 && r > 2 * g && r > 2 * b) warm++;
      if (x < mapWidth && b > 150 && b > r + 60) cool++;
    }
  }
  const all = img.width * img.height;
  return { width: img.width, height: img.height, land: land / all, sea: sea / all,
           warm: warm, cool: cool, colours: colours.size };
}"""


def _pixels(chromium: Any, png: bytes) -> dict[str, Any]:
    """Decode a PNG in the browser and count basemap and mark pixels."""
    context = chromium.new_context()
    try:
        page = context.new_page()
        return page.evaluate(PIXELS, base64.b64encode(png).decode("ascii"))
    finally:
        context.close()


def test_snapshot_png_has_basemap_and_marks(
    chromium: Any, tmp_path: Path, artifacts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    args = ["snapshot", str(SEEDS), "-o", str(out), "--width", "1200", "--height", "800"]
    assert cli.main(args) == 0
    assert f"wrote {out / 'map.png'}" in capsys.readouterr().out
    png = (out / "map.png").read_bytes()
    (artifacts / "snapshot.png").write_bytes(png)
    found = _pixels(chromium, png)
    assert (found["width"], found["height"]) == (1200, 800)
    assert found["land"] > 0.25 and found["sea"] > 0.05, found  # the vector basemap
    assert found["warm"] > 150 and found["cool"] > 40, found  # strikes and diplomatic marks
    assert found["colours"] > 200, found
    # a blank picture of the same size has none of it: the check can fail
    blank = _pixels(chromium, _blank_png(chromium, 1200, 800))
    assert blank["warm"] == 0 and blank["cool"] == 0 and blank["land"] == 0


def test_run_png_at_a_chosen_size_and_scale(chromium: Any, tmp_path: Path) -> None:
    assert cli.main(["run", str(SEEDS), "-o", str(tmp_path), "--png", "--width", "640",
                     "--height", "400", "--scale", "2"]) == 0  # fmt: skip
    found = _pixels(chromium, (tmp_path / "map.png").read_bytes())
    assert (found["width"], found["height"]) == (1280, 800)
    assert found["land"] > 0.25 and found["warm"] > 150, found


def _blank_png(chromium: Any, width: int, height: int) -> bytes:
    context = chromium.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.set_content("<body style='margin:0;background:#fff'></body>")
        return page.screenshot(type="png")
    finally:
        context.close()


def test_snapshot_inside_an_event_loop(chromium: Any, seeds_result: Any, tmp_path: Path) -> None:
    """Jupyter runs cells inside an asyncio loop, where Playwright's sync API refuses to
    run; snapshot then works from a worker thread."""
    import asyncio
    import threading

    from geomap.report import snapshot

    async def in_a_notebook() -> Path:
        return snapshot(seeds_result, tmp_path / "map.png", width=600, height=400)

    done: list[Any] = []
    # a thread of its own: this one already runs the test browser's (Playwright's) loop
    worker = threading.Thread(target=lambda: done.append(asyncio.run(in_a_notebook())))
    worker.start()
    worker.join(timeout=120)
    (path,) = done
    found = _pixels(chromium, path.read_bytes())
    assert (found["width"], found["height"]) == (600, 400) and found["land"] > 0.25


def _processes() -> list[tuple[int, str, int, int]]:
    """(pid, name, parent pid, process group) of every process in /proc."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            head, rest = stat.read_text().rsplit(")", 1)
            fields = rest.split()
            name, parent, group = head.split("(", 1)[1], int(fields[1]), int(fields[2])
            out.append((int(stat.parent.name), name, parent, group))
        except (OSError, IndexError, ValueError):
            continue
    return out


def _group_runs_chromium(pgid: int) -> bool:
    """True once Playwright's driver, in process group ``pgid``, has started Chromium
    (which it starts in a group of its own)."""
    processes = _processes()
    drivers = {pid for pid, _, _, group in processes if group == pgid and pid != pgid}
    return any(parent in drivers and "chrom" in name for _, name, parent, _ in processes)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")
def test_ctrl_c_during_a_snapshot_says_one_thing(chromium: Any, tmp_path: Path) -> None:
    """Ctrl-C at a terminal reaches the whole process group, Playwright's driver with
    it: the run says what it kept and exits 130, with no asyncio report of the
    driver's unanswered calls."""
    tries = 3
    for _ in range(tries):
        proc = subprocess.Popen(
            [sys.executable, "-m", "geomap.cli", "snapshot", str(SEEDS), "-o", str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            if _group_runs_chromium(proc.pid):
                time.sleep(0.3)  # Chromium is loading the page: Playwright is mid-call
                os.killpg(proc.pid, signal.SIGINT)
                break
            time.sleep(0.02)
        _, err = proc.communicate(timeout=60)
        if proc.returncode == 0:
            continue  # the picture was done before Chromium was seen: try again
        text = err.decode("utf-8", "replace")
        assert proc.returncode == 130, text
        assert "interrupted" in text
        assert "Future exception was never retrieved" not in text
        assert "Traceback" not in text
        return
    pytest.skip(f"the snapshot finished before it could be interrupted ({tries} tries)")
