"""What a run keeps of its mentions: rows of numbers that give back the exact files."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.articles import read_articles
from geomap.compact import MentionTable, compact_mentions
from geomap.frames import places_frame
from geomap.mentions import find_spans
from geomap.models import Mention
from geomap.resolution import Resolver

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_mentions(gazetteer):
    """The seeds' mentions by article, as the resolver gives them."""
    resolver = Resolver(gazetteer)
    return {
        a.id: resolver.resolve(a, find_spans(a, gazetteer)) for a in read_articles([ROOT / "seeds"])
    }


def _as_files_list_them(mentions):
    """Each place's mentions as places.geojson lists them, straight from the records."""
    flat = [m for ms in mentions.values() for m in ms if m.place is not None]
    by_place: dict[str, list] = {}
    for m in sorted(flat, key=lambda m: (m.article_id, m.start)):
        by_place.setdefault(m.place.id, []).append(
            {
                "article": m.article_id,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "metonym": m.metonym,
                "demonym": m.adjectival,
            }
        )
    return dict(sorted(by_place.items()))


def test_the_table_gives_back_every_mention_in_file_order(seed_mentions):
    """Built from the table, the places frame lists the very mentions, in the order
    and with the fields the records give."""
    frame = places_frame(MentionTable.from_mentions(seed_mentions))
    got = {pid: list(ms) for pid, ms in zip(frame["id"], frame["mentions"], strict=True)}
    assert got == _as_files_list_them(seed_mentions)
    assert all(type(d["start"]) is int for ms in got.values() for d in ms)


def test_a_flat_list_of_mentions_gives_the_same_frame(seed_mentions):
    flat = [m for ms in reversed(seed_mentions.values()) for m in ms]
    by_table = places_frame(MentionTable.from_mentions(seed_mentions))
    by_list = places_frame(flat)
    assert by_list["mentions"].tolist() == by_table["mentions"].tolist()


def test_counts_places_and_unresolved(seed_mentions):
    table = MentionTable.from_mentions(seed_mentions)
    assert len(table) == sum(len(ms) for ms in seed_mentions.values())
    places = {m.place.id for ms in seed_mentions.values() for m in ms if m.place}
    assert {p.id for p in table.places} == places
    more = table.plus("x.txt", [Mention("x.txt", 0, 7, "Nowhere", None)])
    assert len(more) == len(table) + 1 and more.unresolved[-1].text == "Nowhere"
    assert len(table.unresolved) == 0


def test_a_worker_sends_each_place_once(seed_mentions):
    """Rows name places by id; a place goes along only the first time."""
    sent: set[str] = set()
    first, again = (compact_mentions(ms, sent) for ms in list(seed_mentions.values())[:1] * 2)
    assert first.places and not again.places
    assert first.rows == again.rows


def test_a_place_view_indexes_and_slices(seed_mentions):
    [(_, view), *_] = MentionTable.from_mentions(seed_mentions).by_place()
    assert view[0] == next(iter(view)) and view[:2] == list(view)[:2]
    assert len(view) == len(list(view)) and view == list(view)
