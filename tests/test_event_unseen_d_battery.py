"""A battery of the ways border news tells the toll of a cross-border strike or clash
that the other batteries do not cover: a running toll whose sentence first names the
attack at length ("the death toll from Friday's raid on border posts in the north by
rebel fighters has risen to 27"), one victim who "lost his life", a toll told as "all
four", and a soldier of one side who died later of wounds from a clash.

Each case gives the strike an analyst would read, as (actor, target, killed). Every
sentence is invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest
from acts import case, reported_strikes

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

#: text, and the (actor, target, killed) of its one strike
TOLLS = [
    case(
        "long-toll-has-risen",
        "The death toll from Friday's cross-border raid on army outposts in the Kunar "
        "valley by insurgent fighters from Pakistan has risen to 27 as more bodies were found.",
        (None, "AF", 27),
    ),
    case(
        "long-toll-rose-after-said",
        "Rebels stormed a Malian army post near the border with Niger on Tuesday. The death "
        "toll from the assault on the remote post near the frontier with Niger rose to 19, "
        "army sources said on Thursday.",
        (None, "ML", 19),
    ),
    case(
        "long-toll-climbed",
        "The toll from Sunday's attack by armed men on a gendarmerie post at the border with "
        "Burkina Faso in northern Togo has climbed to 12.",
        (None, "TG", 12),
    ),
    case(
        "short-toll-has-risen",
        "The death toll from Monday's raid on the border post near Kidal has risen to 14.",
        (None, "ML", 14),
    ),
    case(
        "soldier-lost-his-life",
        "An Indian soldier lost his life in cross-border firing by Pakistani troops near "
        "Poonch on Tuesday.",
        ("PK", "IN", 1),
    ),
    case(
        "guard-lost-her-life",
        "A Georgian border guard lost her life when Russian troops opened fire near Gori "
        "on Sunday.",
        ("RU", "GE", 1),
    ),
    case(
        "killing-all-four",
        "A Turkish drone fired at a car near Qamishli on Monday, killing all four men inside.",
        ("TR", "SY", 4),
    ),
    case(
        "killing-all-three",
        "Israeli jets struck a house in Nabatieh on Friday, killing all three occupants.",
        ("IL", "LB", 3),
    ),
    case(
        "wounded-soldier-died-later",
        "A Cambodian soldier wounded in a firefight with Thai troops near Surin on Friday "
        "died of his wounds on Monday.",
        ("*", "*", 1),
    ),
    case(
        "died-during-the-shoot-out",
        "Thai and Cambodian troops exchanged fire near Surin on Friday. Two Thai soldiers "
        "died during the shoot-out.",
        ("*", "*", 2),
    ),
]

TOLLS += [
    case(
        "guard-who-was-shot-died-later",
        "A Kyrgyz guard who was shot in an exchange of fire with Tajik troops near Batken on "
        "Friday later died in hospital.",
        ("*", "*", 1),
    ),
    case(
        "two-killed-in-strikes-on-a-town",
        "Two Lebanese civilians have been killed in Israeli strikes on Tyre, the mayor said "
        "on Saturday.",
        ("IL", "LB", 2),
    ),
]

#: the attacker named by a country's name on its craft, and the victim's side when the
#: victim "lost his life" or "died" in the strike
PARTIES = [
    case(
        "officials-said-us-drone",
        "On Monday, Somali officials said a suspected US drone fired missiles at a camp "
        "near Jilib, killing five people.",
        ("US", "SO", 5),
    ),
    case(
        "officials-said-country-jets",
        "Syrian officials said Turkey jets bombed a village near Kobani on Sunday.",
        ("TR", "SY", None),
    ),
    case(
        "force-name-soldier-lost-his-life",
        "A Kyrgyz Border Service soldier lost his life in cross-border firing near Batken "
        "on Tuesday night.",
        (None, "KG", 1),
    ),
    case(
        "guard-died-in-firing-by",
        "A Kyrgyz border guard died in firing by Tajik troops near Batken on Tuesday.",
        ("TJ", "KG", 1),
    ),
    case(
        "soldiers-lost-their-lives-in-shelling",
        "Two Armenian soldiers lost their lives in Azerbaijani shelling near Jermuk on Friday.",
        ("AZ", "AM", 2),
    ),
]

#: a victim shot by the other side's guards, told as "gunned down"; a crime at home
#: told the same way is no strike
GUNNED = [
    case(
        "guards-on-day-gunned-down-national",
        "Indian border guards on Saturday gunned down a Nepali national along the frontier "
        "near Birgunj.",
        ("IN", "NP", 1),
    ),
    case(
        "guards-gunned-down-migrants",
        "Iranian border guards gunned down three Afghan migrants near Zaranj on Sunday.",
        ("IR", "AF", 3),
    ),
    case(
        "was-gunned-down-by-guards",
        "A Nepali farmer was gunned down by Indian border guards near Birgunj on Sunday.",
        ("IN", "NP", 1),
    ),
]


def _fits(event, want: tuple) -> bool:
    got = (event.actor, event.target, event.killed)
    return all(w == "*" or w == g for w, g in zip(want, got, strict=True))


@pytest.mark.parametrize(("text", "want"), TOLLS + PARTIES + GUNNED)
def test_unseen_strike_toll(text: str, want: tuple) -> None:
    strikes = reported_strikes(text)
    assert len(strikes) == 1 and _fits(strikes[0], want), [
        (e.type, e.actor, e.target, e.killed) for e in strikes
    ]


#: an exchange of fire whose dead of both sides "died" in it: both sides still fought
CLASHES = [
    pytest.param(
        "Two Kenyan soldiers and three Somali soldiers have reportedly died in skirmishes "
        "near Mandera that erupted on Monday.",
        {"KE", "SO"},
        id="both-sides-died-in-skirmishes",
    ),
    pytest.param(
        "Three Kyrgyz guards and two Tajik guards lost their lives in clashes near Batken "
        "on Sunday.",
        {"KG", "TJ"},
        id="both-sides-lost-their-lives-in-clashes",
    ),
]

#: a war's toll told as a count over time: no one strike
WAR_TOTALS = [
    pytest.param(
        "Thousands of Sudanese civilians have been killed in Chadian attacks.",
        id="thousands-killed-in-attacks",
    ),
    pytest.param(
        "Hundreds of Georgian soldiers have been killed in Russian air strikes.",
        id="hundreds-killed-in-air-strikes",
    ),
    pytest.param(
        "Ethiopia's retaliatory air and artillery bombardment has killed more than 900 people "
        "in Tigray.",
        id="bombardment-has-killed-more-than",
    ),
]

#: killings at home told as "gunned down": no border strike
HOME = [
    pytest.param(
        "A shopkeeper was gunned down outside his store in Leeds on Sunday.",
        id="shopkeeper-at-home",
    ),
    pytest.param(
        "Police said the robber gunned down two guards at a bank in Lyon.", id="robber-at-home"
    ),
]


@pytest.mark.parametrize("text", WAR_TOTALS + HOME)
def test_unseen_no_strike(text: str) -> None:
    assert reported_strikes(text) == []


@pytest.mark.parametrize(("text", "pair"), CLASHES)
def test_unseen_clash_keeps_both_sides(text: str, pair: set) -> None:
    strikes = reported_strikes(text)
    assert len(strikes) == 1 and {strikes[0].actor, strikes[0].target} == pair, [
        (e.type, e.actor, e.target, e.killed) for e in strikes
    ]


def test_unseen_earlier_attack_elsewhere_is_its_own() -> None:
    """An exchange of fire told with no date, then an attack at another town "earlier in"
    the month: two incidents, and the toll is the earlier attack's only."""
    strikes = reported_strikes(
        "Armenian troops opened fire near Jermuk, and the Azerbaijani troops retaliated, "
        "an official said. Earlier in March a group of armed men stormed an Azerbaijani "
        "army post near Ganja and killed 7 soldiers."
    )
    assert sorted((e.type, e.killed) for e in strikes) == [("clash", None), ("gunmen attack", 7)], [
        (e.type, e.actor, e.target, e.killed) for e in strikes
    ]


def test_unseen_earlier_attack_in_an_undated_page_is_its_own() -> None:
    """The same in a page with no date, where "earlier in March" fixes no day: the
    attack told as earlier keeps its toll to itself."""
    article = article_from_text(
        "undated.txt",
        "Report\n\nArmenian troops opened fire near Jermuk, and the Azerbaijani troops "
        "retaliated, an official said. Earlier in March a group of armed men stormed an "
        "Azerbaijani army post near Ganja and killed 7 soldiers.",
    )
    strikes = [e for e in extract_events(article, geoparse(article)) if e.family == "strike"]
    assert sorted((e.type, e.killed) for e in strikes) == [("clash", None), ("gunmen attack", 7)], [
        (e.type, e.actor, e.target, e.killed) for e in strikes
    ]
