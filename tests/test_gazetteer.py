"""The bundled gazetteer: lookups, shapes, borders, the geopy-compatible geocoder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shapely
from geopy.location import Location

from geomap import cli
from geomap.errors import GazetteerError
from geomap.gazetteer import Gazetteer, OfflineGeocoder
from geomap.names import loose_key, name_key

MUST_RESOLVE = [
    # name, expected name, kind, country
    ("Pakistan", "Pakistan", "country", "PK"),
    ("Iran", "Iran", "country", "IR"),
    ("Islamabad", "Islamabad", "city", "PK"),
    ("Tehran", "Tehran", "city", "IR"),
    ("Irbil", "Erbil", "city", "IQ"),
    ("Erbil", "Erbil", "city", "IQ"),
    ("Balochistan", "Balochistan", "admin1", "PK"),
    ("Sistan-Balochistan", "Sistan and Baluchestan", "admin1", "IR"),
    ("Sistan and Baluchestan", "Sistan and Baluchestan", "admin1", "IR"),
    ("Iraq", "Iraq", "country", "IQ"),
    ("Syria", "Syria", "country", "SY"),
    ("northern Syria", "northern Syria", "region", "SY"),
    ("America", "United States", "country", "US"),
    ("United States", "United States", "country", "US"),
    ("China", "China", "country", "CN"),
    ("Israel", "Israel", "country", "IL"),
    ("Panjgur", "Panjgur", "city", "PK"),
    ("Saravan", "Sarāvān", "city", "IR"),
    ("Quetta", "Quetta", "city", "PK"),
    ("Zahedan", "Zahedan", "city", "IR"),
    ("Qamishli", "Al Qāmishlī", "city", "SY"),  # news drops the Arabic article
    ("South China Sea", "South China Sea", "region", None),  # a sea is in no one country
    ("Strait of Hormuz", "Strait of Hormuz", "region", None),
    ("Malacca Strait", "Strait of Malacca", "region", None),
    ("Azov Sea", "Sea of Azov", "region", None),  # "Sea of X" written the other way
    ("Lake Kivu", "Lake Kivu", "region", None),
]


@pytest.mark.parametrize(("query", "name", "kind", "country"), MUST_RESOLVE, ids=lambda v: v)
def test_top_candidate(gazetteer, query, name, kind, country):
    """The top candidate of each name a border story uses is the right place and kind."""
    top = gazetteer.lookup(query)[0].place
    assert (top.name, top.kind, top.country) == (name, kind, country)


def test_country_points_are_conventional_centres(gazetteer):
    """Countries sit at their conventional centre, not at a point inside the polygon."""
    pk, cn = gazetteer.country("PK"), gazetteer.country("CN")
    assert (pk.lat, pk.lon) == (30.0, 70.0)
    assert (cn.lat, cn.lon) == (35.0, 105.0)


def test_airport_codes_and_foreign_alternates_are_filtered(gazetteer):
    """Airport codes hide in GeoNames alternate names; they must not match."""
    for code in ("ISB", "THR", "EBL"):
        assert all(c.place.kind != "city" for c in gazetteer.lookup(code)), code
    # "Islamabad" is also listed as an alternate name of Chattogram
    assert [c.place.country for c in gazetteer.lookup("Islamabad", kinds=["city"])] == ["PK"]


def test_abbreviations_are_case_sensitive(gazetteer):
    """'US' is the United States; 'us' is a pronoun."""
    assert gazetteer.lookup("US")[0].place.id == "country:US"
    assert all(c.place.id != "country:US" for c in gazetteer.lookup("us"))


def test_demonyms_only_on_request(gazetteer):
    assert gazetteer.lookup("Iranian") == [] or gazetteer.lookup("Iranian")[0].matched != "demonym"
    assert gazetteer.lookup("Iranian", demonyms=True)[0].place.id == "country:IR"


def test_landmarks_and_seats(gazetteer):
    assert gazetteer.lookup("White House")[0].place.name == "Washington"
    assert gazetteer.lookup("Kremlin")[0].place.name == "Moscow"
    assert gazetteer.seat("UN").name == "New York City"
    assert gazetteer.seat("EU").name == "Brussels"
    assert gazetteer.seat("OAS").name == "Washington"
    assert gazetteer.capital("PK").name == "Islamabad"


def test_waters_are_points_without_a_polygon(gazetteer):
    """A sea is placed at its conventional point; it has no shape to draw."""
    sea = gazetteer.lookup("Gulf of Finland")[0].place
    assert sea.id == "water:gulf-of-finland"
    assert (round(sea.lat), round(sea.lon)) == (60, 26)
    assert gazetteer.shape(sea.id) is None


def test_a_province_named_like_a_sea_keeps_its_province_word(gazetteer):
    """ "Red Sea" alone is the sea; Sudan's "Red Sea state" is still found as a province."""
    assert gazetteer.lookup("Red Sea")[0].place.id == "water:red-sea"
    assert any(
        c.place.kind == "admin1" and c.place.country == "SD" for c in gazetteer.lookup("Red Sea")
    )


def test_large_city_beats_same_named_province(gazetteer):
    kinds = [c.place.kind for c in gazetteer.lookup("Tehran")]
    assert kinds[:2] == ["city", "admin1"]


def test_filters(gazetteer):
    assert {c.place.country for c in gazetteer.lookup("Punjab", country="PK")} == {"PK"}
    assert {c.place.kind for c in gazetteer.lookup("Erbil", kinds=["admin1"])} == {"admin1"}


def test_contains_point(gazetteer):
    """Islamabad lies in Islamabad Capital Territory, Pakistan; the open sea in nothing."""
    admin1, country = gazetteer.contains(73.0433, 33.7215)
    assert admin1.id == "admin1:PK-IS" and country.id == "country:PK"
    assert gazetteer.contains(-30.0, 0.0) == (None, None)


def test_pakistan_iran_border(gazetteer):
    """The shared border comes out at about 800 km (simplified lines run a little short)."""
    line, km = gazetteer.border("PK", "IR")
    assert 750 < km < 1000
    assert line.geom_type in ("LineString", "MultiLineString")
    assert gazetteer.border("IR", "PK")[1] == km
    assert "IR" in gazetteer.neighbours("PK")
    assert gazetteer.border("PK", "US") is None


def test_shapes_share_borders(gazetteer):
    """Countries are dissolved from their provinces, so the two layers share borders."""
    pk = gazetteer.shape("country:PK")
    provinces = [g for p, g in gazetteer.shapes("admin1") if p.country == "PK"]
    union = shapely.union_all(provinces)
    assert union.symmetric_difference(pk).area < 1e-6 * pk.area
    assert gazetteer.shape("geonames:1176615") is None
    syria = gazetteer.shape("country:SY").buffer(1e-6)
    assert gazetteer.shape("region:northern-syria").within(syria)


def test_name_keys():
    assert name_key("Sīstān va Balūchestān") == "sistan va baluchestan"
    assert name_key("Côte d’Ivoire") == "cote divoire"
    assert loose_key("Sistan-Balochistan") == loose_key("Sistan and Baluchestan")
    assert loose_key("Iran") == ""  # too short to match loosely


def test_geopy_compatible_geocoder():
    geocoder = OfflineGeocoder()
    location = geocoder.geocode("Irbil")
    assert isinstance(location, Location)
    assert location.address == "Erbil, IQ"
    assert (round(location.latitude, 2), round(location.longitude, 2)) == (36.19, 44.01)
    several = geocoder.geocode("Punjab", exactly_one=False)
    assert len(several) >= 2 and all(isinstance(x, Location) for x in several)
    assert geocoder.geocode("Qwxzzy") is None


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_broken_gazetteer_gives_one_clear_error(tmp_path: Path, gazetteer, damage):
    """A missing or corrupt file is a GazetteerError naming the file, not a traceback."""
    folder = tmp_path / "gaz"
    folder.mkdir()
    if damage == "corrupt":
        (folder / "places.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerError, match=r"places\.sqlite"):
        Gazetteer(folder)


def test_broken_shapes_file(tmp_path: Path, gazetteer):
    folder = tmp_path / "gaz"
    folder.mkdir()
    shutil.copy(gazetteer.folder / "places.sqlite", folder)
    (folder / "shapes.sqlite").write_bytes(b"\0" * 4096)
    g = Gazetteer(folder)
    assert g.lookup("Iran")[0].place.id == "country:IR"  # lookups need only places.sqlite
    with pytest.raises(GazetteerError, match=r"shapes\.sqlite"):
        g.border("PK", "IR")


def test_cli_lookup(capsys):
    assert cli.main(["gazetteer", "lookup", "Irbil"]) == 0
    out = capsys.readouterr().out
    assert "Erbil" in out and "geonames:95446" in out
    assert cli.main(["gazetteer", "lookup", "Qwxzzy"]) == 1
    assert "no place named" in capsys.readouterr().err


def test_cli_reports_broken_gazetteer(tmp_path, monkeypatch, capsys):
    from geomap import gazetteer as gz

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(tmp_path))
    gz.default_gazetteer.cache_clear()
    try:
        assert cli.main(["gazetteer", "lookup", "Iran"]) == 1
    finally:
        gz.default_gazetteer.cache_clear()
    err = capsys.readouterr().err
    assert err.startswith("geomap: error:") and "places.sqlite" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("demonym", "country"),
    [("Dominican", "DO"), ("Dominicans", "DO"), ("Guinean", "GN"), ("Azeri", "AZ")],
    ids=["dominican-is-the-republic", "plural", "guinean", "hand-listed"],
)
def test_a_demonym_two_countries_share_means_the_one_the_news_means(gazetteer, demonym, country):
    """In the news, "Dominican soldiers" are the Dominican Republic's, not Dominica's."""
    assert gazetteer.lookup(demonym, demonyms=True)[0].place.id == f"country:{country}"
