"""report.html, fragment.html and map.png: contents, escaping, determinism, the CLI.

Browser checks (the pages load offline, sort, run no injected script; the PNG has a
basemap and marks) are in tests/browser/test_report_browser.py.
"""

from __future__ import annotations

import dataclasses
import json
import re
import struct
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

import geomap.snapshot
from geomap import cli, report
from geomap.models import Event, Mention, Place
from geomap.pipeline import run
from geomap.report import (
    ChromiumMissingError,
    SnapshotError,
    build_report,
    safe_url,
    snapshot,
    timeline_svg,
)
from geomap.theme import asset_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

PWN = "window.__pwned"
HOSTILE_ID = f'<img src=x onerror="{PWN}=1">.txt'
HOSTILE_TITLE = f"<script>{PWN}=2</script>Iran strikes <b>Pakistan</b>"
HOSTILE_URL = f"javascript:{PWN}=3"
HOSTILE_QUOTE = (
    f"Iran launched missile strikes <script>{PWN}=4</script> on Panjgur in Pakistan "
    f'<img src=x onerror="{PWN}=5"> on Tuesday, killing two children, the ministry said '
    f'<a href="javascript:{PWN}=6">here</a>.'
)
HOSTILE_MENTION = f'<svg onload="{PWN}=7">Qxzville</svg>'


def hostile_articles(folder: Path) -> Path:
    """A JSON Lines file whose id, title, URL and sentences carry markup and script,
    and a plain article with an http(s) address."""
    hostile = {
        "id": HOSTILE_ID,
        "title": HOSTILE_TITLE,
        "url": HOSTILE_URL,
        "published": "2024-01-17",
        "text": f"{HOSTILE_QUOTE}\n\nPakistan recalled its ambassador from Tehran on "
        f'Wednesday <svg onload="{PWN}=8"></svg> and expelled the Iranian envoy.\n',
    }
    plain = {
        "id": "plain.txt",
        "title": "Pakistan strikes Saravan",
        "url": "https://example.org/news?id=1&lang=en",
        "published": "2024-01-18",
        "text": "Pakistan carried out airstrikes in Saravan in Iran on Thursday, killing "
        "nine people.\n",
    }
    path = folder / "hostile.jsonl"
    path.write_text(json.dumps(hostile) + "\n" + json.dumps(plain) + "\n", "utf-8")
    return path


def hostile_run(folder: Path):
    """The hostile articles' run, plus an unresolved mention whose text is markup."""
    result = run([hostile_articles(folder)], None)
    mention = Mention(HOSTILE_ID, 3, 12, HOSTILE_MENTION, None, reason=f"<i>{PWN}=9</i>")
    return dataclasses.replace(result, mentions=result.mentions.plus(HOSTILE_ID, [mention]))


class Page(HTMLParser):
    """The tags, attributes and text of a page (an iframe's srcdoc stays one attribute)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]

    @property
    def joined(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def seeds_result():
    return run([SEEDS], None)


@pytest.fixture(scope="module")
def seeds_report(seeds_result):
    return build_report(seeds_result)


# --------------------------------------------------------------------------- contents


def test_report_has_every_part(seeds_result, seeds_report):
    page = Page(seeds_report.html)
    text = page.joined
    apart = sum(1 for e in seeds_result.events if e.alleged or e.background)
    news = f"Events ({len(seeds_result.events) - apart})"  # alleged and background apart
    for heading in ("Timeline", news, "Places mentioned (14)", "Unresolved mentions (0)"):
        assert heading in text
    assert "Articles (2)" in text
    assert page.all("title") and "strikes and diplomatic actions" in text
    frames = page.all("iframe")
    assert len(frames) == 1 and frames[0]["sandbox"] == "allow-scripts"
    assert "leaflet" in (frames[0]["srcdoc"] or "").lower()
    assert len(page.all("svg")) == 1  # the timeline
    headers = [
        "Date",
        "Type",
        "Actor → target",
        "Place",
        "Precision",
        "Killed",
        "Quote",
        "Article",
    ]
    # the events table's header row, in order (and the one of the table apart, if any)
    assert text.count("".join(headers)) == 1 + (apart > 0)


def test_table_lists_every_event(seeds_result, seeds_report):
    rows = [a["data-event"] for a in Page(seeds_report.html).all("tr") if "data-event" in a]
    assert sorted(rows) == sorted(e.id for e in seeds_result.events)
    text = Page(seeds_report.html).joined
    for event in seeds_result.events:
        for source in event.sources:
            assert source.quote in text


def test_long_tables_list_the_first_rows_and_say_where_the_rest_are(seeds_result, monkeypatch):
    """A table over MAX_TABLE_ROWS rows lists that many, in its order, and says how many
    are left out and which file holds them all (a 50,000-event table would be 30 MB)."""
    monkeypatch.setattr(report, "MAX_TABLE_ROWS", 3)
    page = Page(build_report(seeds_result).html)
    rows = [a["data-event"] for a in page.all("tr") if "data-event" in a]
    news = sorted(
        (e for e in seeds_result.events if not (e.alleged or e.background)),
        key=report._event_order,
    )
    assert rows[:3] == [e.id for e in news[:3]]
    text = page.joined
    assert f"Events ({len(news)})" in text  # the heading counts them all
    assert (
        f"Listed: the first 3 of {len(news)} events, by date; the other {len(news) - 3} are "
        "left out of this page (sorting sorts the rows listed). All of them are in "
        "events.geojson (and events.csv with --export csv)."
    ) in text
    assert "Places mentioned (14)" in text
    assert "the first 3 of 14 places, most mentioned first" in text
    assert "All of them are in places.geojson." in text


def test_whole_tables_have_no_note(seeds_report):
    assert "Listed: the first" not in seeds_report.html


def test_events_come_by_date_undated_last(seeds_result, seeds_report):
    by_id = {e.id: e for e in seeds_result.events}
    rows = [a["data-event"] for a in Page(seeds_report.html).all("tr") if "data-event" in a]
    dates = [by_id[r].date for r in rows]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and dates[: len(known)] == known


def test_report_is_offline(seeds_report):
    page = Page(seeds_report.html)
    for tag, attrs in page.tags:
        for name in ("src", "href"):
            assert not (attrs.get(name) or "").startswith(("http", "//")), (tag, attrs)
    srcdoc = page.all("iframe")[0]["srcdoc"] or ""
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", srcdoc)


def test_reports_are_byte_identical(seeds_result, seeds_report, tmp_path):
    again = build_report(run([SEEDS], None))
    assert again.html == seeds_report.html and again.fragment == seeds_report.fragment
    assert cli.main(["report", str(SEEDS), "-o", str(tmp_path / "a")]) == 0
    assert cli.main(["report", str(SEEDS), "-o", str(tmp_path / "b")]) == 0
    first = (tmp_path / "a" / "report.html").read_bytes()
    assert first == (tmp_path / "b" / "report.html").read_bytes()
    assert first == seeds_report.html.encode("utf-8")


def test_fragment_is_one_div_without_ids(seeds_result, seeds_report):
    fragment = seeds_report.fragment
    # its mark tells a later run the fragment is geomap's own page, not an article
    assert fragment.startswith('<div class="geomap-report" data-generator="geomap ')
    assert fragment.endswith("</div>\n")
    page = Page(fragment)
    assert not [t for t, a in page.tags if "id" in a], "an id could clash with the host page"
    assert not {"html", "head", "body", "meta", "link"} & {t for t, _ in page.tags}
    apart = any(e.alleged or e.background for e in seeds_result.events)
    assert len(page.all("iframe")) == 1 and len(page.all("table")) == 1 + apart
    # every style rule is scoped under the fragment's root class
    css = re.search(r"<style>(.*?)</style>", fragment, re.DOTALL).group(1)
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)  # comments hold no rule
    for selectors in re.findall(r"([^{}]+)\{", css):
        if selectors.strip().startswith("@"):
            continue
        for selector in selectors.split(","):
            assert selector.strip().startswith(".geomap-report"), selector
    assert seeds_report._repr_html_() == fragment


def test_timeline_counts_days_by_family():
    place = Place("city:x", "X", "city", "PK", 30.0, 70.0)

    def event(n: int, family: str, day: date | None, precision: str | None = "day") -> Event:
        return Event(f"a:{n}", family, "raid", "IR", "PK", place, day, precision, None, 0.9)

    events = [
        event(1, "strike", date(2024, 1, 16)),
        event(2, "strike", date(2024, 1, 16)),
        event(3, "diplomatic", date(2024, 1, 16)),
        event(4, "diplomatic", date(2024, 1, 20)),
        event(5, "strike", date(2024, 1, 1), "month"),
        event(6, "strike", None, None),
    ]
    svg = timeline_svg(events)
    assert svg.count("<rect") == 3  # 16 Jan: strikes and diplomatic; 20 Jan: diplomatic
    assert "2024-01-16: 2 strikes, 1 diplomatic action" in svg
    assert "2024-01-20: 1 diplomatic action" in svg
    assert "16 Jan 2024" in svg and "20 Jan" in svg
    assert "1 dated only to a month or year, 1 undated" in svg
    assert "nothing to chart" in timeline_svg(events[4:])


# --------------------------------------------------------------------------- escaping


def test_article_text_is_escaped(tmp_path):
    result = hostile_run(tmp_path)
    built = build_report(result)
    for html_text in (built.html, built.fragment):
        page = Page(html_text)
        assert page.scripts == [asset_text("report.js")]  # no script but the table sorter
        assert not page.all("img")
        for tag, attrs in page.tags:
            assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
            assert tag in {
                "div", "style", "h1", "h2", "p", "iframe", "section", "span", "i", "svg",
                "line", "text", "rect", "title", "table", "thead", "tbody", "tr", "th",
                "td", "button", "blockquote", "br", "a", "script", "html", "head", "meta",
                "body",
            }, tag  # fmt: skip
        text = page.joined
        assert HOSTILE_QUOTE in text and HOSTILE_ID in text
    page = Page(built.html)
    assert HOSTILE_TITLE in page.joined and HOSTILE_MENTION in page.joined
    assert HOSTILE_URL in page.joined  # shown as text, never a link
    links = [a["href"] for a in page.all("a")]
    assert len(links) >= 2 and set(links) == {"https://example.org/news?id=1&lang=en"}


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "//evil.example/x",
        "file:///etc/passwd",
        "https://",
        'https://a.example/"onmouseover="alert(1)',
        "https://a.example/<script>",
        "https://a.example/ x",
        None,
        42,
    ],
)
def test_only_http_urls_become_links(url):
    assert safe_url(url) is None


def test_http_urls_become_links():
    assert safe_url("https://example.org/a?b=1&c=2#d") == "https://example.org/a?b=1&c=2#d"
    assert safe_url(" HTTP://example.org/ ") == "HTTP://example.org/"
    assert safe_url("http://a") == "http://a"


# --------------------------------------------------------------------------- API and CLI


def test_run_with_report_writes_it(tmp_path):
    result = run([SEEDS], tmp_path, report=True)
    assert [p.name for p in result.outputs] == [
        "events.geojson",
        "places.geojson",
        "map.html",
        "report.html",
    ]
    assert (tmp_path / "report.html").read_text("utf-8") == build_report(result).html


def test_notebook_shows_the_offline_map(seeds_result):
    shown = seeds_result._repr_html_()
    assert shown.startswith("<iframe") and 'sandbox="allow-scripts"' in shown
    srcdoc = Page(shown).all("iframe")[0]["srcdoc"] or ""
    assert "geomap.ready = true" in srcdoc and "cdn.jsdelivr" not in srcdoc


def test_cli_report(tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["report", str(SEEDS), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "events:   16" in printed and f"wrote {out / 'report.html'}" in printed
    assert sorted(p.name for p in out.iterdir()) == ["geomap-manifest.json", "report.html"]


def test_cli_report_fragment(tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["report", str(SEEDS), "-o", str(out), "--fragment", "--title", "A&B"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["fragment.html", "geomap-manifest.json"]
    fragment = (out / "fragment.html").read_text("utf-8")
    assert fragment.startswith('<div class="geomap-report" ') and ">A&amp;B</h2>" in fragment


def test_cli_run_report_and_fragment(tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["run", str(SEEDS), "-o", str(out), "--report", "--fragment"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "events.geojson", "fragment.html", "geomap-manifest.json", "map.html",
        "places.geojson", "report.html",
    ]  # fmt: skip
    printed = capsys.readouterr().out
    assert "wrote" in printed and "fragment.html" in printed and "report.html" in printed


@pytest.mark.parametrize("command", ["report", "snapshot"])
def test_cli_missing_input_is_one_line(tmp_path, capsys, command):
    if command == "snapshot":
        pytest.importorskip("matplotlib")  # --static: no browser needed to reach the input
    assert cli.main([command, str(tmp_path / "nope"), "-o", str(tmp_path / "o"), "--static"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geomap: error:") and err.count("\n") == 1 and "nope" in err
    assert "Traceback" not in err and not (tmp_path / "o").exists()


@pytest.mark.parametrize("command", ["report", "snapshot"])
def test_cli_output_is_a_file(tmp_path, capsys, command):
    taken = tmp_path / "taken"
    taken.write_text("keep me", "utf-8")
    assert cli.main([command, str(SEEDS), "-o", str(taken), "--static"]) == 1
    assert "not a folder" in capsys.readouterr().err and taken.read_text("utf-8") == "keep me"


@pytest.mark.parametrize("size", [["--width", "10"], ["--height", "big"], ["--scale", "9"]])
def test_cli_bad_size_is_a_usage_error(tmp_path, capsys, size):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["snapshot", str(SEEDS), "-o", str(tmp_path), *size])
    assert exit_.value.code == 2


# --------------------------------------------------------------------------- PNG


def test_snapshot_without_chromium_says_how_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GEOMAP_CHROMIUM", str(tmp_path / "no-chromium"))
    out = tmp_path / "out"
    assert cli.main(["snapshot", str(SEEDS), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geomap: error:") and err.count("\n") == 1 and "Traceback" not in err
    assert "apt-get install chromium" in err and "pip install 'geomap[png]'" in err
    assert "--static" in err
    assert not out.exists()  # failed before any work
    assert cli.main(["run", str(SEEDS), "-o", str(out), "--png"]) == 1
    assert "apt-get install chromium" in capsys.readouterr().err and not out.exists()


def test_snapshot_without_playwright_says_how_to_install(tmp_path, monkeypatch, seeds_result):
    monkeypatch.setattr(geomap.snapshot, "find_chromium", lambda executable=None: "/bin/true")
    monkeypatch.setitem(sys.modules, "playwright", None)
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)
    with pytest.raises(ChromiumMissingError, match=r"playwright.*pip install 'geomap\[png\]'"):
        snapshot(seeds_result, tmp_path / "map.png")
    assert not (tmp_path / "map.png").exists()


def test_snapshot_rejects_silly_sizes(tmp_path, seeds_result):
    with pytest.raises(SnapshotError, match="outside"):
        snapshot(seeds_result, tmp_path / "map.png", width=20)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_static_snapshot_draws_basemap_and_marks(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    from matplotlib.image import imread

    out = tmp_path / "out"
    args = ["snapshot", str(SEEDS), "-o", str(out), "--static", "--width", "900"]
    assert cli.main([*args, "--height", "600"]) == 0
    assert f"wrote {out / 'map.png'}" in capsys.readouterr().out
    path = out / "map.png"
    assert png_size(path.read_bytes()) == (900, 600)
    rgb = (imread(path)[:, :, :3] * 255).round()
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    land = ((abs(r - 247) <= 3) & (abs(g - 247) <= 3) & (abs(b - 244) <= 3)).mean()
    sea = ((abs(r - 219) <= 3) & (abs(g - 230) <= 3) & (abs(b - 238) <= 3)).mean()
    warm = ((r > 100) & (r > 2 * g) & (r > 2 * b)).sum()
    cool = ((b > 150) & (b > r + 60)).sum()
    assert land > 0.2 and sea > 0.05, (land, sea)
    assert warm > 100 and cool > 50, (warm, cool)


def test_cli_png_of_a_tiled_map_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["run", str(SEEDS), "-o", str(tmp_path / "o"), "--tiles", "--png"])
    assert exit_.value.code == 2 and "--tiles" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
