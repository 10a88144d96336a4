"""Names that hold a place name but are not places: people, movements, unknown names.

Every sentence here is written for the test; the people and groups in them are
invented, so what passes is the general rule, not a list.
"""

from __future__ import annotations

import pytest

from geomap.articles import article_from_text
from geomap.gazetteer import default_gazetteer
from geomap.mentions import Recogniser
from geomap.nonplaces import organisation_end, person_extent
from geomap.resolution import geoparse


def _places(text: str) -> list[tuple[str, int, str | None]]:
    """(surface, start, place id) of every mention, in text order."""
    return [(m.text, m.start, m.place.id if m.place else None) for m in geoparse(_doc(text))]


def _doc(text: str):
    return article_from_text("t", text)


PEOPLE = [
    (
        "Interior Minister Jordan Hale said Jordan had closed the crossing.",
        [("Jordan", 35, "country:JO")],
    ),
    (
        "Michael Chad visited N'Djamena before Chad closed its border.",
        [("N'Djamena", 21, "geonames:2427123"), ("Chad", 38, "country:TD")],
    ),
    (
        "Mr. Israel Marsh met officials in Haifa; Israel later denied it.",
        [("Haifa", 34, "geonames:294801"), ("Israel", 41, "country:IL")],
    ),
    (
        "Governor Tom Wichita spoke in Topeka. Wichita said the plan would work.",
        [("Topeka", 30, "geonames:4280539")],
    ),
    (
        "Gen. Georgia Brandt and Colonel Paul Sudan met in Tbilisi, Georgia's capital.",
        [("Tbilisi", 50, "geonames:611717"), ("Georgia", 59, "country:GE")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    PEOPLE,
    ids=["title-then-country", "given-name", "abbreviated-title", "town-surname", "two-people"],
)
def test_a_place_inside_a_persons_name_is_no_place_there(text, expected):
    """A title or given name before a name makes the whole name a person's: none of it
    is a place there. A country keeps its name elsewhere in the article; a town that
    is a person's name does not (it is a surname there too)."""
    assert _places(text) == expected


ORGANISATIONS = [
    ("Fighters of the Kandahar Liberation Army attacked a post near Karachi.", ["Karachi"]),
    ("A Punjab People's Front spokesman denied it.", []),
    ("The Punjab Police Department said it was ready.", ["Punjab"]),
    ("The Sudan People's Liberation Movement met in Juba.", ["Sudan", "Juba"]),
    ("The UN Economic Council met in Lagos on Monday.", ["Lagos"]),
    ("Traders cross the Emerald Triangle at night, police in Laos said.", ["Laos"]),
    ("Protesters marched in the U.S. capital on Sunday.", ["U.S."]),
    ("A US Treasury Department official flew to Cairo.", ["US", "Cairo"]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ORGANISATIONS,
    ids=[
        "movement",
        "movement-possessive",
        "institution-keeps-its-place",
        "country-heads-a-movement",
        "council-is-no-town",
        "two-towns-one-name",
        "country-then-capital",
        "country-then-state",
    ],
)
def test_organisations_and_unknown_names_are_not_split_into_places(text, expected):
    """A movement's name ("X Liberation Army", "X People's Front") is not its place;
    an institution named for the place it serves is ("X Police Department"); an
    organisation word is never a town; two small towns that make up a whole name
    are one name the gazetteer does not know; a country is no capital or state."""
    assert [surface for surface, _, _ in _places(text)] == expected


def test_movement_and_person_are_reported_as_names():
    """The recogniser keeps what it found instead, for callers and tests."""
    rec = Recogniser(default_gazetteer())
    text = "Defence Minister Chad Ortiz said the Kandahar Liberation Army had fled."
    rec.find(_doc(text))
    found = [(text[n.start : n.end], n.kind) for n in rec.names]
    assert found == [("Chad Ortiz", "person"), ("Kandahar Liberation Army", "organisation")]


class _Tok:
    def __init__(self, text: str, join: str | None) -> None:
        self.text, self.lower, self.cap, self.join = text, text.lower(), text[:1].isupper(), join


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ((("Israel", " "), ("Katzman", " "), ("said", " ")), 2),
        ((("Ali", " "), ("al", " "), ("Homsi", " ")), 3),
        ((("Jordan", " "), ("and", " "), ("Egypt", " ")), 1),
        ((("Jordan", " "), ("Egypt", None)), 1),
    ],
    ids=["runs-to-the-surname", "through-a-particle", "stops-at-and", "stops-at-a-break"],
)
def test_person_extent(words, expected):
    """A person's name runs over capitalised words and particles, not past "and"."""
    toks = [None, *(_Tok(w, j) for w, j in words)]
    assert person_extent(toks, 1, len(toks) - 1, {"al"}) == expected


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Hazara Workers' Party said", 21),
        ("Makran Liberation Army fighters", 22),
        ("Ohio Republican Party said", None),
        ("Kent County Council met", None),
        ("Dover Police Department said", None),
        ("Idaho said", None),
    ],
    ids=["possessive", "cause-word", "no-cause-word", "type-word", "institution", "no-run"],
)
def test_organisation_end(text, end):
    from geomap.mentions import _lexicon

    assert organisation_end(text, text.index(" "), _lexicon()) == end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister thanked Paul. Jordan closed the border.", ["Jordan"]),
        ("The envoy met Omar. Kandahar was quiet that night.", ["Kandahar"]),
        ("Minister Jordan Hale as Egypt envoy met officials.", ["Egypt"]),
        ("He was born in Council, Idaho, and moved to Lagos.", ["Council", "Idaho", "Lagos"]),
    ],
    ids=["given-name-ends-a-sentence", "given-name-then-town", "as-is-no-particle", "in-town"],
)
def test_what_ends_a_name(text, expected):
    """A given name closing a sentence does not swallow the next one's first place; "as"
    ends a name; an institution's word is a town only where a preposition puts it."""
    assert [surface for surface, _, place in _places(text) if place] == expected
