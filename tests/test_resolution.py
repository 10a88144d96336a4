"""Resolution: province words, the article's focus, informal and shared names, demonyms.

Every sentence is written for the test.
"""

from __future__ import annotations

import json

import pytest

from geomap import cli
from geomap.articles import article_from_text
from geomap.resolution import geoparse


def _resolved(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.id if m.place else None) for m in geoparse(_doc(text))]


def _doc(text: str):
    return article_from_text("t", text)


PROVINCES = [
    ("Drones struck a depot in the Belgorod region overnight.", "Belgorod region"),
    ("Shelling was reported across Belgorod Oblast, Russia said.", "Belgorod Oblast"),
    ("Two villages in the Kursk region lost power.", "Kursk region"),
    ("Artillery fire reached Surin province on Friday.", "Surin province"),
]


@pytest.mark.parametrize(("text", "surface"), PROVINCES, ids=["region", "oblast", "kursk", "prov"])
def test_a_province_word_resolves_to_the_province(text, surface):
    """ "X region / oblast / province": the admin-1 unit, never the city of that name."""
    (mention,) = [m for m in geoparse(_doc(text)) if m.text == surface]
    assert mention.place is not None and mention.place.kind == "admin1"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The army said two soldiers died in Punjab province on Monday. Pakistan blamed "
            "militants, and Pakistan's interior ministry promised an inquiry; India denied it.",
            "PK",
        ),
        (
            "Farmers in Punjab province marched on Monday. India's agriculture ministry met "
            "them in India's capital, and Pakistan was not mentioned by either side.",
            "IN",
        ),
        (
            "LAHORE: Officers said a checkpoint in Punjab province was attacked. India objected.",
            "PK",
        ),
    ],
    ids=["mostly-pakistan", "mostly-india", "dateline"],
)
def test_the_articles_focus_breaks_ties(text, country):
    """Two provinces share a name; the country the article is mostly about wins, and
    the reason says so."""
    punjab = next(m for m in geoparse(_doc(text)) if m.text == "Punjab province")
    assert punjab.place.country == country
    assert f"the article is mostly about {country}" in punjab.reason


INFORMAL = [
    (
        "Protests spread across the Islamic Republic last year.",
        [("Islamic Republic", "country:IR")],
    ),
    ("Analysts in the DPRK follow the talks.", [("DPRK", "country:KP")]),
    ("Grain once came from the Soviet Union.", [("Soviet Union", "region:soviet-union")]),
    ("Tankers in the Gulf slowed down.", [("Gulf", "region:gulf")]),
    ("Refugees crossed the Levant on foot.", [("Levant", "region:levant")]),
    (
        "Talks on Korea and the Maghreb resumed.",
        [("Korea", "region:korean-peninsula"), ("Maghreb", "region:maghreb")],
    ),
    (
        "Drought hit the Sahel and the Horn of Africa.",
        [("Sahel", "region:sahel"), ("Horn of Africa", "region:horn-of-africa")],
    ),
    (
        "Storms closed the Gulf of Aden, the Gulf Coast ports and the Gulf War memorial.",
        [("Gulf of Aden", "water:gulf-of-aden")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    INFORMAL,
    ids=[
        "islamic-republic",
        "dprk",
        "soviet-union",
        "gulf",
        "levant",
        "korea-maghreb",
        "sahel-horn",
        "gulf-of",
    ],
)
def test_informal_and_historic_names(text, expected):
    """Names news uses for states and regions; "the Gulf" only as a name of its own."""
    assert _resolved(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Morocco said the Kingdom would not send troops.", "country:MA"),
        ("Officials said the Kingdom would not send troops.", None),
        ("Jordan and Norway said the Kingdom would not send troops.", None),
    ],
    ids=["one-kingdom-named", "none-named", "two-named"],
)
def test_the_kingdom_is_the_one_kingdom_named(text, expected):
    """A name shared by several countries stands for the one the article names."""
    kingdom = [m for m in geoparse(_doc(text)) if m.text == "Kingdom"]
    assert [m.place.id for m in kingdom] == ([expected] if expected else [])
    if expected:
        assert "the only one the article names" in kingdom[0].reason


def test_demonyms_are_flagged_in_the_geoparse_output(tmp_path, capsys):
    """A scorer or a user can keep or drop adjectives: each toponym says if it is one."""
    doc = tmp_path / "doc.txt"
    doc.write_text("Iranian officials flew to Iran and then to Oman.", "utf-8")
    assert cli.main(["geoparse", str(doc)]) == 0
    (line,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(t["text"], t["demonym"]) for t in line["toponyms"]] == [
        ("Iranian", True),
        ("Iran", False),
        ("Oman", False),
    ]


def test_a_capital_in_the_dateline_sets_the_articles_country() -> None:
    """A capital whose readings (city, territory) all lie in one country vouches for
    that country: "Punjab province" after an Islamabad dateline is Pakistan's."""
    article = article_from_text(
        "x.txt", "ISLAMABAD: Officers said a checkpoint in Punjab province was attacked."
    )
    punjab = next(m for m in geoparse(article) if m.text.startswith("Punjab"))
    assert punjab.place is not None and punjab.place.country == "PK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit villages near Zakho on Monday.", [("Zakho", "geonames:89570")]),
        ("Hamas leaders met in the city.", []),
    ],
    ids=["same-sounds-other-spelling", "alternate-unlike-its-own"],
)
def test_a_town_only_an_alternate_name_reaches(text, expected):
    """With no country named, a town reached through an alternate name stands only when
    the name spells its own sounds another way ("Zakho" for Zaxo, kh for x), never
    when it is another word ("Hamas" is listed for Hamm)."""
    assert _resolved(text) == expected
