"""One theme (geomap/outputs/assets/theme.toml) for the page, the report and matplotlib;
a new event type is a change to data files only."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from geomap import maps
from geomap.lexicon import load_lexicon
from geomap.models import Event, Place, Source
from geomap.pipeline import run
from geomap.report import build_report, static_snapshot, timeline_svg
from geomap.theme import asset_text, load_theme, radius, type_colour

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

NEW_TYPES = """
[types."sniper fire"]
family = "strike"
rank = 1
colour = "#00aa55"
phrases = ["sniper fire", "snipers opened fire"]

[types."border closure"]
family = "diplomatic"
rank = 3
phrases = ["closed the border crossing"]
"""

ARTICLE = """Sniper fire along the Line of Control

Published: 2024-03-05

Indian snipers opened fire on a Pakistani post near Kotli on Monday, killing two soldiers,
the Pakistani army said.

Pakistan closed the border crossing at Torkham on Tuesday, officials in Islamabad said.
"""


@pytest.fixture
def lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A GEOMAP_LEXICONS folder; the compiled lexicon is dropped before and after."""
    folder = tmp_path / "lexicons"
    folder.mkdir()
    monkeypatch.setenv("GEOMAP_LEXICONS", str(folder))
    load_lexicon.cache_clear()
    yield folder
    monkeypatch.delenv("GEOMAP_LEXICONS")
    load_lexicon.cache_clear()


def test_a_new_event_type_is_coloured_from_data_alone(lexicons: Path, tmp_path: Path) -> None:
    (lexicons / "triggers.toml").write_text(NEW_TYPES, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "lc.txt").write_text(ARTICLE, encoding="utf-8")
    result = run([articles], None)
    types = {e.type for e in result.events}
    assert {"sniper fire", "border closure"} <= types
    page = maps.render_html(result.map)
    f = result.frames
    data = maps.pack_page_data(f.events, f.places, f.areas, f.borders, None, None)
    # the type's own colour from its triggers.toml; the other its family's default
    assert ["strike", "sniper fire", "#00aa55"] in data["types"]
    other = load_theme()["families"]["diplomatic"]["other"]
    assert ["diplomatic", "border closure", other] in data["types"]
    legend = re.search(r'geomap\.addLegend\("bottomright", (".*?")\);', page).group(1)
    assert 'background:#00aa55"></span>sniper fire' in json.loads(legend)
    report = build_report(result).html
    assert 'style="background:#00aa55"></i>sniper fire' in report


def test_a_theme_file_in_a_lexicon_folder_overrides_the_bundled_one(lexicons: Path) -> None:
    (lexicons / "theme.toml").write_text(
        '[families.strike.types]\nraid = "#123456"\n[marks]\nmax = 12\n', encoding="utf-8"
    )
    assert type_colour("strike", "raid") == "#123456"
    assert type_colour("strike", "airstrike") == maps.STRIKE_COLORS["airstrike"]
    assert radius(1000) == 12.0
    assert load_theme()["marks"]["max"] == 12


def test_unknown_types_take_their_family_colour_and_families_are_checked() -> None:
    theme = load_theme()
    assert type_colour("strike", "never heard of") == theme["families"]["strike"]["other"]
    assert type_colour("diplomatic", None) == theme["families"]["diplomatic"]["other"]
    with pytest.raises(ValueError, match="unknown event family 'protest'"):
        type_colour("protest", "march")


def test_the_page_python_and_matplotlib_read_one_theme() -> None:
    theme = load_theme()
    assert dict(maps.STRIKE_COLORS) == theme["families"]["strike"]["types"]
    assert dict(maps.DIPLOMATIC_COLORS) == theme["families"]["diplomatic"]["types"]
    page = maps.render_html(run([SEEDS], None).map)
    embedded = re.search(r"geomap\.theme = (\{.*?\});\n", page).group(1)
    assert json.loads(embedded) == theme
    # no colour of the theme is written into the page script by hand
    script = asset_text("map.js") + asset_text("map-controls.js")
    for colour in theme["families"]["strike"]["types"].values():
        assert colour not in script


def _event(n: int, day: date, family: str = "strike", **flags: object) -> Event:
    place = Place("city:x", "X", "city", "PK", 30.0, 70.0)
    source = Source(f"a{n}.txt", 0, 5, f"quote {n}")
    return Event(
        f"a:{n}", family, "raid", "IR", "PK", place, day, "day", None, 0.9, (source,), **flags
    )


@pytest.mark.parametrize(
    ("days", "unit", "bars"),
    [(20, "day", 20), (200, "week", 29), (3 * 365, "month", 36)],
    ids=["weeks-of-days", "months-of-weeks", "years-of-months"],
)
def test_timeline_bars_by_day_week_or_month_from_the_span(days: int, unit: str, bars: int):
    """One event a day over the span: the bars are days, weeks or months, never hairlines."""
    start = date(2024, 1, 1)
    events = [_event(i, start + timedelta(days=i)) for i in range(days)]
    svg = timeline_svg(events)
    assert f"Events by {unit}:" in svg
    rects = re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"', svg)
    assert len(rects) in (bars, bars + 1)  # a week or month may straddle the ends
    assert min(float(w) for w in rects) >= 2.0
    titles = re.findall(r"<title>(.*?)</title>", svg)
    assert sum(int(t.split(": ")[1].split()[0]) for t in titles) == days


def test_month_bars_also_chart_events_dated_to_a_month():
    start = date(2022, 1, 1)
    events = [_event(i, start + timedelta(days=400 * i)) for i in range(3)]
    coarse = dataclasses.replace(_event(9, date(2022, 6, 1)), date_precision="month")
    svg = timeline_svg([*events, coarse])
    assert "Events by month:" in svg and "2022-06: 1 strike" in svg
    assert "Not charted" not in svg


def test_the_report_lists_alleged_and_background_events_apart():
    result = run([SEEDS], None)
    events = list(result.events)
    events[0] = dataclasses.replace(events[0], alleged=True, reported_by="army")
    events[1] = dataclasses.replace(events[1], background=True)
    page = build_report(dataclasses.replace(result, events=tuple(events))).html
    assert f"Events ({len(events) - 2})" in page
    assert "Alleged or background events (2)" in page
    apart = page[page.index('<table class="gmr-sortable gmr-apart">') :]
    apart = apart[: apart.index("</table>")]
    assert f'data-event="{events[0].id}"' in apart and f'data-event="{events[1].id}"' in apart
    assert "reported by army" in apart and "background" in apart
    main = page[page.index('<table class="gmr-sortable gmr-events">') :]
    main = main[: main.index("</table>")]
    assert f'data-event="{events[0].id}"' not in main
    assert f'data-event="{events[2].id}"' in main


def test_static_snapshot_legend_shows_the_colours_it_draws(tmp_path: Path) -> None:
    """Each event type drawn appears in the legend as a solid dot of its own colour
    (the marks on the map are slightly transparent, so only the legend has it exactly)."""
    image = pytest.importorskip("matplotlib.image")
    result = run([SEEDS], None)
    png = static_snapshot(result, tmp_path / "map.png", width=900, height=600)
    pixels = (image.imread(str(png))[:, :, :3] * 255).round().astype(int)
    present = {tuple(p) for p in pixels.reshape(-1, 3).tolist()}
    drawn = {(e.family, e.type) for e in result.events if e.place is not None}
    assert len(drawn) >= 4
    for family, event_type in drawn:
        colour = type_colour(family, event_type).lstrip("#")
        rgb = tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))
        assert rgb in present, (event_type, colour)


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that read like JavaScript or CSS, docstrings
    left out."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    code = re.compile(r"function\s*\(|=>|\bvar\s|;\s*\}|\{\s*[\w-]+\s*:\s*[^;{}]+;")
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and code.search(node.value)
    ]


def test_no_javascript_or_css_longer_than_a_few_lines_in_python():
    """The front end lives in geomap/outputs/assets; Python keeps only one-line glue."""
    package = Path(__file__).resolve().parent.parent / "geomap"
    long = [
        (path.name, line)
        for path in sorted(package.rglob("*.py"))
        for line, text in _code_strings(path)
        # lines of code: blank lines and template macro tags do not count
        if sum(1 for t in text.splitlines() if t.strip() and not t.strip().startswith("{%")) > 4
    ]
    assert long == []


def test_background_incidents_do_not_stretch_the_timeline():
    """An incident of years ago, cited for context, is counted beside the chart."""
    news = [_event(i, date(2024, 1, 10) + timedelta(days=i)) for i in range(5)]
    old = _event(9, date(2019, 6, 1), background=True)
    svg = timeline_svg([*news, old])
    assert "Events by day:" in svg and "2019" not in svg.split("Not charted")[0]
    assert "1 background (earlier incidents)" in svg
