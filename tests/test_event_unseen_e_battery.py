"""A battery of the false strikes news about a border dispute tempts a reader into:
an accusation of sheltering or backing armed groups "who carry out attacks" (a
grievance, not an act), a threat told with "threatened X with strikes" or "could not
be ruled out", a trend or a span told as news ("exchanges of fire have been on the
rise", "in the past few years militants have crossed ..."), a truce named by who
brokered it, and one strike told twice, once as what a government defends.

Every sentence is invented for this test. A case the extractor does not read yet is
marked ``xfail`` with the reason; a fix that makes it pass turns the mark into a
failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse


def _events(text: str) -> list:
    article = article_from_text("unseen.txt", f"Report\n\n{text}", published="2024-03-06")
    return extract_events(article, geoparse(article))


def _strikes(text: str) -> list:
    return [e for e in _events(text) if e.family == "strike"]


def _case(id_: str, text: str, want: tuple | None = None, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, want, id=id_, marks=marks)


#: a grievance about armed groups the accused lets act: no strike (a statement may be)
SHELTER = [
    _case(
        "shelters-rebels-who-carry-out",
        "Bamako accuses Algiers of sheltering rebels who carry out attacks in northern Mali.",
    ),
    _case(
        "allowing-cross-border-raids",
        "Chad accused Sudan of allowing cross-border rebel raids from Darfur.",
    ),
    _case(
        "harbouring-guerrillas-who-stage",
        "Colombia has accused Venezuela of harbouring guerrillas who stage attacks on its "
        "soldiers.",
    ),
    _case(
        "tolerating-militants-who-launch",
        "Ankara accuses Baghdad of tolerating militants who launch raids into Turkey.",
    ),
    _case(
        "backing-rebels-who-attack",
        "Uganda accused Rwanda of backing rebels who attack its border towns.",
    ),
    _case(
        "providing-bases-for-groups",
        "Niamey accuses Ouagadougou of providing bases for armed groups that carry out "
        "attacks in Niger, a charge Burkina Faso denies.",
    ),
    _case(
        "failing-to-stop-attacks",
        "Kenya accuses Somalia of failing to stop militant attacks along the frontier.",
    ),
    _case(
        "group-carrying-out-attacks-from-bases",
        "Delhi accuses the group of carrying out attacks in Kashmir from bases in Pakistan.",
    ),
]

#: threats, warnings and acts not ruled out: no strike
THREATS = [
    _case(
        "threatened-with-strikes", "Tehran threatened Baku with missile strikes over the pipeline."
    ),
    _case(
        "remarks-threatening-with",
        "The minister's remarks threatening Kabul with cross-border raids drew an angry reply.",
    ),
    _case(
        "warned-of-airstrikes",
        "Ethiopia warned Eritrea of airstrikes if its troops stayed in the border town.",
    ),
    _case(
        "cannot-be-ruled-out",
        "Cross-border strikes on Tajikistan cannot be ruled out, the Kyrgyz minister said.",
    ),
    _case(
        "could-not-be-ruled-out",
        "The minister said airstrikes inside Afghanistan could not be ruled out.",
    ),
    _case(
        "reserves-the-right",
        "Seoul said it reserves the right to strike back at any provocation from the north.",
    ),
    _case(
        "fears-incursion",
        "Beirut fears an Israeli ground incursion into the south in the coming days.",
        xfail="a fear more than three words before the trigger noun is not read",
    ),
    _case(
        "issued-a-warning-of",
        "The Sudanese army issued a warning of strikes on rebel bases in Chad.",
    ),
    _case(
        "prepared-to-carry-out-more",
        "Kigali said it was prepared to carry out more strikes inside Congo if needed.",
    ),
]

#: a trend, a span or a war told as the setting of the news: no strike
TRENDS = [
    _case(
        "exchanges-on-the-rise",
        "Exchanges of fire have been on the rise along the Kyrgyz-Tajik border since the spring.",
    ),
    _case(
        "shelling-has-increased",
        "Cross-border shelling has increased along the Line of Control in recent weeks.",
    ),
    _case(
        "fronted-span-militants-crossed",
        "In the last few years, militants have crossed into Niger from Mali and attacked "
        "army posts.",
    ),
    _case(
        "fronted-span-jets-bombed",
        "Over the past decade, Turkish jets have bombed Kurdish camps in northern Iraq.",
    ),
    _case(
        "fronted-since-airstrikes",
        "Since 2021, Pakistani forces have carried out airstrikes in Afghanistan's border "
        "provinces.",
    ),
    _case(
        "clashes-grown-frequent",
        "Clashes along the Sudan-South Sudan border have grown more frequent.",
    ),
    _case(
        "raids-on-the-rise-following",
        "Cross-border raids have been on the rise along the Chad-Sudan frontier following "
        "the rebel attack that killed 40 soldiers in Adre.",
    ),
    _case(
        "attacks-are-on-the-rise",
        "Drone attacks on Malian border posts are on the rise, officials in Bamako say.",
    ),
    _case(
        "clashes-are-frequent",
        "Clashes are frequent along the Armenian-Azerbaijani border near Tavush.",
    ),
    _case(
        "skirmishes-remain-common",
        "Skirmishes between Indian and Pakistani troops remain common in the Kupwara sector.",
    ),
    _case(
        "string-of-attacks",
        "The group behind a string of deadly attacks on Nigerien soldiers near the Malian "
        "border has a new leader.",
    ),
    _case(
        "attacks-have-surged",
        "Attacks on Chadian border posts from Sudan have surged this year.",
    ),
]

#: a truce named by who brokered it is no act of mediation: no diplomatic act
BROKERED = [
    _case(
        "breach-of-brokered-truce",
        "Sudan and South Sudan accused each other of breaching a Qatari-brokered truce.",
    ),
    _case(
        "under-brokered-deal",
        "Under an Egyptian-brokered deal, Israeli and Palestinian officials kept talking.",
    ),
]

#: one strike told twice, as (actor, target) of the one event
TWICE = [
    _case(
        "defended-its-recent-strikes",
        "Turkey on Monday defended its recent airstrikes in Iraq's Duhok province. On "
        "March 2, Turkish jets struck villages in Duhok, killing nine people.",
        ("TR", "IQ"),
    ),
    _case(
        "justified-its-latest-raid",
        "Israel justified its latest raid in Syria's Quneitra province on Tuesday. Israeli "
        "commandos raided a village near Quneitra on Sunday, killing two men.",
        ("IL", "SY"),
    ),
    _case(
        "dated-to-its-year",
        "Eritrean troops shelled the Ethiopian town of Zalambessa on June 2, killing three. "
        "The bombardment of Zalambessa by Eritrean troops was the second in 2023 to hit "
        "the town.",
        ("ER", "ET"),
    ),
    _case(
        "marked-the-nth-in-year",
        "Turkish drones struck a car near Amuda in Syria on May 17, 2021, killing two. "
        "The Turkish drone strike near Amuda marked the fourth such attack in Syria in 2021.",
        ("TR", "SY"),
    ),
]


#: a related-story teaser whose label the page glued to its headline: no strike
TEASERS = [
    _case(
        "related-glued-to-headline",
        "Chad said on Monday it had reinforced its eastern garrisons.\n\n"
        "RelatedSudanese jets bombed the Chadian town of Adre on Sunday, killing four\n\n"
        "The army gave no figures.",
    ),
    _case(
        "related-glued-trend-headline",
        "Chad said on Monday it had reinforced its eastern garrisons.\n\n"
        "RelatedCross-border rebel raids test Chad's patience with Sudan\n\n"
        "The army gave no figures.",
    ),
]

#: acts told next to these phrasings that remain acts, as (type, actor, target) of each
KEPT = [
    _case(
        "strike-then-warning",
        "Sudanese jets bombed rebel camps in Chad on Monday, the army said, warning of more "
        "strikes.",
        [("airstrike", "SD", "TD")],
    ),
    _case(
        "rebels-who-had-crossed",
        "Rebels who had crossed from Mali attacked an army post in Niger on Sunday.",
        [("gunmen attack", None, "NE")],
    ),
    _case(
        "over-the-weekend",
        "Over the weekend, Turkish jets bombed Kurdish camps in northern Iraq.",
        [("airstrike", "TR", "IQ")],
    ),
    _case(
        "since-monday",
        "Since Monday, Israeli jets have struck targets in southern Lebanon.",
        [("airstrike", "IL", "LB")],
    ),
    _case(
        "brokered-talks-headline",
        "Chad and Sudan agree to a ceasefire after Qatari-brokered talks in Doha",
        [("mediation offer", "QA", None), ("agreement", "TD", "SD")],
    ),
]


NO_STRIKE = SHELTER + THREATS + TRENDS + TEASERS


@pytest.mark.parametrize(("text", "want"), NO_STRIKE, ids=[p.id for p in NO_STRIKE])
def test_no_strike(text: str, want: None) -> None:
    got = _strikes(text)
    assert got == [], [(e.type, e.actor, e.target) for e in got]


@pytest.mark.parametrize(("text", "want"), BROKERED, ids=[p.id for p in BROKERED])
def test_no_mediation(text: str, want: None) -> None:
    got = [e for e in _events(text) if e.type == "mediation offer"]
    assert got == [], [(e.type, e.actor, e.target) for e in got]


@pytest.mark.parametrize(("text", "want"), TWICE, ids=[p.id for p in TWICE])
def test_told_twice(text: str, want: tuple) -> None:
    got = _strikes(text)
    assert [(e.actor, e.target) for e in got] == [want], [
        (e.type, e.actor, e.target, e.date) for e in got
    ]


@pytest.mark.parametrize(("text", "want"), KEPT, ids=[p.id for p in KEPT])
def test_kept(text: str, want: list) -> None:
    got = sorted(((e.type, e.actor, e.target) for e in _events(text)), key=str)
    assert got == sorted(want, key=str), got
