"""Geoparsing the seeds against the analyst's gold, and the geoparse command's contract."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from geomap import cli
from geomap.articles import article_from_text, read_articles
from geomap.names import name_key
from geomap.resolution import geoparse

ROOT = Path(__file__).resolve().parent.parent


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def seeds():
    articles = read_articles([ROOT / "seeds"])
    return {a.id: (a, geoparse(a)) for a in articles}


def _gold_places(gold):
    for article_id, data in gold["articles"].items():
        for place in data["places"]:
            yield pytest.param(article_id, place, id=f"{article_id[:3]}:{place['mention']}")


def test_every_gold_place_is_found_and_placed(seeds, gold):
    """Every place the analyst reads in a seed is found and placed within tolerance."""
    for article_id, data in gold["articles"].items():
        _, mentions = seeds[article_id]
        for place in data["places"]:
            if place.get("required") is False:
                continue
            tolerance = gold["tolerance_km"][place["kind"]]
            hits = [m for m in mentions if name_key(place["mention"]) in name_key(m.text)]
            assert hits, f"{article_id}: {place['mention']!r} not found"
            best = min(km(place["lat"], place["lon"], m.place.lat, m.place.lon) for m in hits)
            assert best <= tolerance, f"{place['mention']!r} placed {best:.0f} km off"


def test_no_gold_non_place_is_reported(seeds, gold):
    for article_id, data in gold["articles"].items():
        _, mentions = seeds[article_id]
        found = {m.text for m in mentions}
        for name in data["not_places"]:
            assert name not in found, f"{article_id}: {name!r} reported as a place"


def test_nothing_from_boilerplate(seeds, gold):
    for article_id, data in gold["articles"].items():
        article, mentions = seeds[article_id]
        for line in data["boilerplate_lines"]:
            # the seeds hold no-break spaces where the gold has plain ones
            pattern = r"\s+".join(re.escape(word) for word in line.split())
            found = re.search(pattern, article.text)
            assert found, line
            start, end = found.span()
            inside = [m.text for m in mentions if start <= m.start < end]
            assert not inside, f"{article_id}: places from boilerplate: {inside}"


def test_metonyms_flagged(seeds, gold):
    """A capital or country standing for its government is flagged, and still placed."""
    for article_id, data in gold["articles"].items():
        _, mentions = seeds[article_id]
        for place in data["places"]:
            if place.get("metonym") and place.get("required", True):
                flagged = [m for m in mentions if m.text == place["mention"] and m.metonym]
                assert flagged, f"{article_id}: {place['mention']!r} never flagged as metonym"


def test_offsets_slice_back(seeds):
    for article, mentions in seeds.values():
        for m in mentions:
            assert article.text[m.start : m.end] == m.text


def test_every_choice_is_explained():
    article = article_from_text("t", "Iran launched missiles at Irbil, in northern Iraq.")
    mentions = geoparse(article)
    irbil = next(m for m in mentions if m.text == "Irbil")
    assert irbil.place.name == "Erbil"
    assert "IQ named in the article" in irbil.reason
    assert len(irbil.candidates) >= 2 and irbil.candidates[0].place == irbil.place


CASES = [
    ("Pakistan and Iran met.", ["Pakistan", "Iran"]),
    ("Prime Minister Tehran spoke; John Redding said more.", []),
    ("Fighters of the Islamic State attacked. Hamas fired rockets.", []),
    ("The Washington Post reported it on Monday.", []),
    ("Shelling hit Panjgur in Balochistan province.", ["Panjgur", "Balochistan province"]),
    (
        "Troops crossed into southern Lebanon from northern Israel.",
        ["southern Lebanon", "northern Israel"],
    ),
    ("The Pakistan-Iran border was closed.", ["Pakistan", "Iran"]),
    ("Most people in Split were asleep.", ["Split"]),
    ("The U.S. and the UK condemned it.", ["U.S.", "UK"]),
    ("Shells fell in Pakistan-administered Kashmir.", ["Pakistan-administered Kashmir"]),
    ("Troops met on the Line of Actual Control in Ladakh.", ["Ladakh"]),
    ("Trucks queued at the Rafah Crossing.", ["Rafah"]),
    ("Shelling hit the Chaman Border Crossing at dawn.", ["Chaman"]),
    ("Cars drove along Glen Crossing Road.", []),
    ("Militants killed thousands in north-east Nigeria.", ["Nigeria"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_recognition_rules(text, expected):
    """General rules: people, organisations, media and common words are not places."""
    assert [m.text for m in geoparse(article_from_text("t", text))] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A drone hit a car in Qamishli on Tuesday.", "Al Qāmishlī"),
        ("Shells landed in el-Arish overnight.", "Arīsh"),
        ("Rebels entered Nasr on Monday.", None),
        ("An Albany court ruled on Monday.", "Albany"),
    ],
    ids=["article-put-on", "hyphened-article-taken-off", "small-town-by-article", "english-an"],
)
def test_arabic_article_spellings(text, name):
    """News writes an Arabic place with or without its article ("Qamishli" for "Al
    Qamishli"); only a hyphened article comes off, an English word is no article, and a
    village found only by putting the article on is not taken ("An Nasr" has 6,000)."""
    mentions = geoparse(article_from_text("t", text))
    first = mentions[0] if mentions else None
    assert (first.place.name if first and first.place else None) == name
    if first is not None and name == "Albany":
        assert first.text == "Albany"


def test_a_district_kept_under_its_local_word():
    """ "Kalbacar district": the gazetteer keeps the name only as "Kalbacar rayonu"."""
    (m,) = geoparse(article_from_text("t", "Troops fired on posts in the Kalbacar district."))
    assert (m.place.name, m.place.kind, m.place.country) == ("Kalbajar", "admin1", "AZ")


def test_unresolved_is_reported_not_dropped():
    mentions = geoparse(article_from_text("t", "Militants attacked a post in Zqxwv province."))
    assert [(m.text, m.place) for m in mentions] == [("Zqxwv province", None)]


def test_geoparse_command_contract(tmp_path, capsys):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "a", "text": "Iran struck targets in Pakistan."})
        + "\n"
        + json.dumps({"id": "b", "text": "Nothing here."})
        + "\n",
        "utf-8",
    )
    assert cli.main(["geoparse", str(docs)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    first = lines[0]["toponyms"][0]
    keys = ["start", "end", "text", "name", "kind", "country", "lat", "lon", "place_id"]
    assert list(first) == [*keys, "demonym"]  # DESIGN's keys, then the additions
    assert first["text"] == "Iran" and first["country"] == "IR" and first["kind"] == "country"
    assert first["demonym"] is False
    assert lines[1]["toponyms"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        (b"\x00\x01\x02binary", "binary"),
    ],
    ids=["missing", "binary"],
)
def test_geoparse_bad_input(tmp_path, capsys, content, message):
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    assert cli.main(["geoparse", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geomap: error:") and "doc.txt" in err and "Traceback" not in err


def test_geoparse_malformed_jsonl_names_line(tmp_path, capsys):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "Iran"}\n{broken\n', "utf-8")
    assert cli.main(["geoparse", str(path)]) == 0  # the broken line alone is skipped
    captured = capsys.readouterr()
    assert "line 2" in captured.err
    assert [json.loads(x)["id"] for x in captured.out.splitlines()] == ["a"]
    assert cli.main(["geoparse", str(path), "--strict"]) == 1


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rwanda blamed the DRC for the shelling. Congo denied it on Monday.", "CD"),
        ("Fighting spread near Goma, in Congo's North Kivu province. Congo's army fled.", "CD"),
        ("Congo and Gabon signed a deal in Brazzaville.", "CG"),
        ("Congo held an election on Sunday.", "CG"),
    ],
    ids=["drc-named", "province-of-congo", "brazzaville-named", "neither-named"],
)
def test_a_name_two_countries_share(text, country):
    """ "Congo" is the country the article names otherwise, by default the gazetteer's."""
    mentions = geoparse(article_from_text("t", text))
    assert {m.place.country for m in mentions if m.text == "Congo"} == {country}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Troops fought in the province of Kandahar.", "admin1"),
        ("Shells hit the town of Kandahar.", "city"),
        ("Officials in the capital of Kandahar province met.", "admin1"),
    ],
    ids=["province-of", "town-of", "type-word-after"],
)
def test_a_type_word_before_of_gives_the_kind(text, kind):
    """ "the province of X" is the province, "the town of X" the town."""
    (kandahar,) = geoparse(article_from_text("t", text))
    assert kandahar.place.kind == kind
