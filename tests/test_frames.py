"""GeoDataFrames and border analytics built from events and mentions."""

from __future__ import annotations

import datetime as dt

from geomap.borders import border_facts
from geomap.frames import EVENT_COLUMNS, build_frames
from geomap.models import Event, Source


def _event(gazetteer, eid, family, actor, place, **kw) -> Event:
    return Event(
        eid, family, kw.get("type", "airstrike"), actor, kw.get("target"), place,
        kw.get("date"), "day" if kw.get("date") else None, kw.get("killed"), 0.8,
        (Source("a.txt", 0, 5, "quote"),),
    )  # fmt: skip


def test_crossed_border_and_distance(gazetteer):
    """A Pakistani strike in Sistan and Baluchestan crossed the border, ~150 km inside."""
    province = gazetteer.lookup("Sistan and Baluchestan")[0].place
    crossed, km = border_facts(_event(gazetteer, "e", "strike", "PK", province), gazetteer)
    assert crossed is True and 50 < km < 300
    panjgur = gazetteer.lookup("Panjgur")[0].place  # ~60 km from the Iranian border
    crossed, km = border_facts(_event(gazetteer, "e", "strike", "IR", panjgur), gazetteer)
    assert crossed is True and 20 < km < 120
    tehran = gazetteer.capital("IR")
    assert border_facts(_event(gazetteer, "e", "diplomatic", "IR", tehran), gazetteer) == (
        None,
        None,
    )
    assert border_facts(_event(gazetteer, "e", "strike", "IR", tehran), gazetteer)[0] is False


def test_frames_columns_crs_and_join(gazetteer):
    province = gazetteer.lookup("Balochistan")[0].place
    events = [
        _event(gazetteer, "b", "strike", "IR", province, target="PK", date=dt.date(2024, 1, 16)),
        _event(gazetteer, "a", "diplomatic", "PK", gazetteer.capital("PK"), type="summon"),
    ]
    frames = build_frames(events, {}, gazetteer)
    assert list(frames.events.columns) == [*EVENT_COLUMNS, "geometry"]
    assert frames.events.crs.to_epsg() == 4326
    assert list(frames.events["id"]) == ["a", "b"]  # stable order
    strike = frames.events.set_index("id").loc["b"]
    assert strike["geometry"].x == province.lon and strike["geometry"].y == province.lat
    assert strike["geo_precision"] == 2 and strike["date"] == "2024-01-16"
    assert list(frames.areas["id"]) == ["admin1:PK-BA"]
    assert list(frames.borders["id"]) == ["IR-PK"]
    assert list(frames.arrows["label"]) == ["reported: Iran → Balochistan"]
