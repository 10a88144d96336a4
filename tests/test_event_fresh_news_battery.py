"""A battery of the ways fresh border news tells a strike that the other batteries do
not cover: tolls in words the toll reader did not know ("the deaths of 15
individuals", dead cattle that are not people), a strike told only by its victim ("an
Armenian soldier was killed in a shoot-out with Azerbaijani forces"), troops that
killed a soldier of the other side, a victim of one state hit from the other side
("a patrol of Latvian guards was fired at from the Russian side"), and exchanges told
as a state of things ("have been trading fire for four months") that are no new act.

Each case gives the strike an analyst would read, as (actor, target, killed), or no
strike at all. Every sentence is invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest
from acts import case, reported_strikes

#: text, and the (actor, target, killed) of its one strike; "*" matches any value
TOLLS = [
    case(
        "deaths-of-individuals",
        "Pakistani jets bombed a village in Kunar province on Monday, resulting in the deaths "
        "of at least 12 individuals.",
        ("PK", "AF", 12),
    ),
    case(
        "individuals-killed",
        "Seven individuals were killed when Turkish drones struck a farm near Zakho on Sunday.",
        ("TR", "IQ", 7),
    ),
    case(
        "reported-killed-after-comma",
        "Russian missiles struck a depot in Lviv on Friday, with at least nine people "
        "reported killed.",
        ("RU", "UA", 9),
    ),
    case(
        "cattle-perished",
        "Indian shelling hit villages near Kotli on Friday. More than a dozen cattle "
        "perished in the shelling.",
        ("IN", "PK", None),
    ),
    case(
        "sheep-killed",
        "Azerbaijani forces shelled the outskirts of Goris on Tuesday, and twenty sheep were "
        "killed.",
        ("AZ", "AM", None),
    ),
    case(
        "livestock-and-a-shepherd",
        "Iranian artillery shelled a pasture near Sulaymaniyah on Monday, killing a shepherd "
        "and 40 goats.",
        ("IR", "IQ", 1),
    ),
    case(
        "left-a-guard-dead",
        "Gunfire from Uzbek forces on Tuesday night left a Kyrgyz border guard dead near Osh.",
        ("UZ", "KG", 1),
        xfail="a victim named after the fire is read as its actor",
    ),
]

TOLLS += [
    case(
        "left-a-personnel-dead",
        "Pakistani firing on an Indian post near Poonch on Monday left a BSF personnel dead.",
        ("PK", "IN", 1),
    ),
    case(
        "jawans-killed",
        "Two jawans were killed when Pakistani troops shelled posts near Poonch on Monday.",
        ("PK", "IN", 2),
    ),
    case(
        "jets-bombarded-one-incident",
        "Pakistan's military carried out an airstrike on border areas near Afghanistan on "
        "Monday, killing 15. Pakistani fighter jets bombarded areas near Khost province, local "
        "sources said.",
        ("PK", "AF", 15),
    ),
]

VICTIMS = [
    case(
        "one-of-its-soldiers-shoot-out",
        "Armenia said one of its soldiers was killed on Tuesday in a border shoot-out with "
        "Azerbaijani forces.",
        ("AZ", "AM", 1),
    ),
    case(
        "shootout-near-town",
        "A Kyrgyz guard died in a shootout with Tajik border troops near Batken on Sunday.",
        ("TJ", "KG", 1),
    ),
    case(
        "troops-killed-a-soldier",
        "Azerbaijani troops killed an Armenian soldier near Goris on Saturday, Armenia's "
        "defence ministry said.",
        ("AZ", "AM", 1),
    ),
    case(
        "guards-killed-migrants",
        "Iranian border guards killed two Afghan migrants near Herat on Tuesday.",
        ("IR", "AF", 2),
    ),
    case(
        "soldiers-shot-dead",
        "Turkish soldiers shot dead a Syrian teenager near Azaz on Wednesday.",
        ("TR", "SY", 1),
    ),
    case(
        "fired-at-from-the-side",
        "A patrol of Latvian border guards was fired at from the Russian side of the border "
        "on Friday.",
        ("RU", "LV", None),
    ),
    case(
        "wounded-by-sniper-fire",
        "A Georgian border guard was wounded on Monday by sniper fire from Russian positions.",
        ("RU", "GE", 0),  # wounded only: a toll of 0
    ),
    case(
        "patrol-targeted-in-bomb-attack",
        "An Indian army patrol was targeted in a bomb attack near Poonch on Monday that left "
        "one soldier dead.",
        (None, "IN", 1),
    ),
    case(
        "gun-and-mortar-fire-on-its-outpost",
        "The Thai side said in a statement Cambodian troops opened unprovoked gun and mortar "
        "fire on its outpost near Surin on Monday.",
        ("KH", "TH", None),
    ),
    case(
        "summoned-to-protest-shelling-by",
        "Afghanistan summoned the Pakistani ambassador on Monday to protest shelling by "
        "Pakistani troops that killed three civilians in Kunar.",
        ("PK", "AF", 3),
    ),
    case(
        "side-said-guards-opened-fire",
        "The Tajik side said Kyrgyz border guards opened fire on its outpost on Wednesday.",
        ("KG", "TJ", None),
    ),
]

VICTIMS += [
    case(
        "patrol-targeted-in-an-after-clause",
        "All crossings were closed for hours on Tuesday after an Indian army patrol was "
        "targeted in a bomb attack near Poonch that left one soldier dead.",
        (None, "IN", 1),
    ),
    case(
        "killed-by-firing-from-across",
        "A Tajik border guard was killed by firing from across the border near Isfara on Tuesday.",
        (None, "TJ", 1),
    ),
    case(
        "accused-of-being-behind-the-attack",
        "Two Chilean herders were killed by a drone strike near Arica on Monday. Santiago "
        "accuses Peruvian forces of being behind the attack.",
        ("PE", "CL", 2),
    ),
    case(
        "blamed-for-the-strike",
        "Three Iraqi farmers were killed in a drone strike near Sinjar on Sunday. Baghdad "
        "blamed Turkey for the strike.",
        ("TR", "IQ", 3),
    ),
    case(
        "killed-by-demonym-fire",
        "Armenia said one of its soldiers was killed by Azerbaijani fire near Goris on Tuesday.",
        ("AZ", "AM", 1),
    ),
    case(
        "wounded-by-tank-fire",
        "A Lebanese shepherd was wounded by Israeli tank fire near Tyre on Monday.",
        ("IL", "LB", 0),  # wounded only: a toll of 0
    ),
    case(
        "patrol-was-ambushed",
        "A Thai army patrol was ambushed near Surin on Thursday.",
        (None, "TH", None),
    ),
    case(
        "patrol-was-ambushed-by",
        "A Thai army patrol was ambushed by Cambodian troops near Surin on Thursday.",
        ("KH", "TH", None),
    ),
    case(
        "guard-caught-in-blast",
        "A Lebanese soldier was caught in a bomb blast near Tyre on Friday.",
        (None, "LB", None),
    ),
]

#: a state's forces named without the state
FORCES = [
    case(
        "border-security-force",
        "The Border Security Force retaliated on Friday and shelled Pakistani posts near Sialkot.",
        ("IN", "PK", None),
    ),
    case(
        "revolutionary-guards",
        "The Revolutionary Guards shelled Kurdish militant bases near Sulaymaniyah on Monday.",
        ("IR", "IQ", None),
    ),
    case("idf", "The IDF struck Hezbollah targets near Tyre on Monday.", ("IL", "LB", None)),
    case(
        "guards-said-they-struck",
        "The Revolutionary Guards said they had launched strikes on militants in Iraqi "
        "Kurdistan on Friday.",
        ("IR", "IQ", None),
        xfail="a pronoun for a force named by its title is not resolved",
    ),
]

STATES_OF_THINGS = [
    case(
        "killed-by-fire-at-home",
        "Three children were killed by fire at their home in Goris on Monday.",
        None,
    ),
    case(
        "troops-killed-insurgents-at-home",
        "Pakistani troops killed five insurgents in North Waziristan on Monday.",
        None,
    ),
    case(
        "have-been-exchanging-fire-for-months",
        "Thai and Cambodian troops have been exchanging fire along the border for more than "
        "four months.",
        None,
    ),
    case(
        "have-previously-targeted",
        "Turkish forces have previously targeted Kurdish militants based in northern Iraq.",
        None,
    ),
    case(
        "mistook-him-for-an-infiltrator",
        "The Jordanian army said its soldiers on patrol mistook the Syrian man for an enemy "
        "infiltrator.",
        None,
    ),
    case(
        "broker-an-end-to-attacks",
        "Diplomats are trying to broker an end to rocket attacks on Israel.",
        None,
    ),
    case(
        "have-exchanged-fire-over-the-past-months",
        "Armenian and Azerbaijani forces have exchanged fire over the past three months.",
        None,
    ),
    case(
        "has-repeatedly-shelled",
        "Iranian artillery has repeatedly shelled villages in Iraqi Kurdistan.",
        None,
    ),
    case(
        "have-been-exchanging-fire-since-monday",
        "Pakistani and Afghan troops have been exchanging fire near Chaman since Monday.",
        ("PK", "AF", None),
    ),
    case(
        "fresh-clashes-as-leaders-attend-summit",
        "Kyrgyz forces are attacking Tajik outposts along the border and Tajik troops are "
        "returning fire, Tajikistan said.\n\nThe fresh clashes took place as both leaders are "
        "attending a summit in Kazakhstan this week.",
        ("*", "*", None),
    ),
    case(
        "clashes-as-leaders-attend-summit",
        "Kyrgyz and Tajik guards clashed on Friday. The clashes took place as both presidents "
        "attended a summit in Kazakhstan.",
        ("*", "*", None),
    ),
]


def _fits(event, want: tuple) -> bool:
    actor, target, killed = want
    pair = {event.actor, event.target}
    if actor == "*" or target == "*":
        return event.target != "KZ" and event.actor != "KZ"
    if killed != event.killed:
        return False
    if actor is None:
        return event.target == target and event.actor is None
    return (event.actor, event.target) == (actor, target) or (
        event.type == "clash" and pair == {actor, target}
    )


@pytest.mark.parametrize(("text", "want"), TOLLS + VICTIMS + FORCES + STATES_OF_THINGS)
def test_fresh_news_strike(text: str, want: tuple | None) -> None:
    strikes = reported_strikes(text)
    if want is None:
        assert strikes == []
    else:
        assert len(strikes) == 1 and _fits(strikes[0], want), [
            (e.type, e.actor, e.target, e.killed) for e in strikes
        ]


#: a strike told inside a diplomatic act's sentence, and the day of the strike (the page
#: is of Wednesday 6 March 2024)
DAYS = [
    pytest.param(
        "Tajikistan summoned Kyrgyzstan's ambassador on Tuesday over firing by Kyrgyz forces "
        "near Isfara on Sunday night.",
        "2024-03-03",
        id="summoned-over-firing-days-before",
    ),
    pytest.param(
        "Kabul summoned the Pakistani envoy on Tuesday and protested over shelling by Pakistani "
        "troops in Kunar province on Monday that killed two.",
        "2024-03-04",
        id="protested-over-shelling-the-day-before",
    ),
    pytest.param(
        "Kabul summoned the Pakistani envoy on Tuesday over shelling by Pakistani troops in "
        "Kunar province, officials said on Wednesday.",
        "2024-03-05",
        id="reported-day-after-is-no-strike-day",
    ),
]


@pytest.mark.parametrize(("text", "day"), DAYS)
def test_fresh_news_strike_day(text: str, day: str) -> None:
    strikes = reported_strikes(text)
    assert len(strikes) == 1 and str(strikes[0].date) == day, [
        (e.type, e.actor, e.target, e.date) for e in strikes
    ]


#: a strike and the place an analyst gives it, when the text also names where the
#: wounded were taken or where an envoy was summoned
PLACES = [
    pytest.param(
        "India summoned the Pakistani envoy in New Delhi on Monday and lodged a protest "
        "against the killing of five civilians in firing by Pakistani forces.",
        "India",
        id="summon-venue-is-not-the-strike-place",
    ),
    pytest.param(
        "Kabul summoned the Pakistani ambassador in Kabul on Monday to protest shelling by "
        "Pakistani troops that killed three civilians in Kunar.",
        "Kunar",
        id="strike-place-after-summon-venue",
    ),
    pytest.param(
        "Israeli air raids on Tuesday killed five people in two Lebanese villages.\n\n"
        "An Israeli drone hit a house in the village of Qantara, killing five people. The "
        "wounded were taken to a hospital in Tyre.",
        "Lebanon",
        id="hospital-town-is-not-the-place",
    ),
    pytest.param(
        "An Israeli drone struck a house in Tyre on Tuesday, killing two people. The wounded "
        "were rushed to a hospital in Sidon.",
        "Tyre",
        id="strike-town-kept-beside-hospital-town",
    ),
    pytest.param(
        "Pakistani shelling killed two villagers in Indian Kashmir on Monday.\n\n"
        "The shells fell on a hamlet near the border, and the injured were transported to "
        "Poonch.",
        "Indian-administered Kashmir",
        id="transported-to-a-town",
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_fresh_news_strike_place(text: str, place: str) -> None:
    strikes = reported_strikes(text)
    assert len(strikes) == 1 and strikes[0].place is not None, strikes
    assert strikes[0].place.name == place, strikes[0].place


#: a strike and whether it is alleged: its attacker denies it in a later sentence
ALLEGED = [
    pytest.param(
        "Armenia said one of its soldiers was killed by Azerbaijani fire near Goris on "
        "Tuesday. Azerbaijan's defence ministry denied firing at Armenian positions.",
        True,
        id="attacker-denied-firing-later",
    ),
    pytest.param(
        "Kyrgyzstan said Tajik troops shelled its outposts near Batken on Friday. Tajikistan "
        "rejected the accusations.",
        True,
        id="attacker-rejected-the-accusations",
    ),
    pytest.param(
        "Armenia said one of its soldiers was killed in a shoot-out with Azerbaijani troops "
        "near Goris on Tuesday. Azerbaijan's defence ministry denied opening fire.",
        True,
        id="one-side-of-a-clash-denies",
    ),
    pytest.param(
        "A Lithuanian patrol was fired at from the Belarusian side of the border on Friday. "
        "Belarus's border committee denies any shooting on its border.",
        True,
        id="denies-any-shooting",
    ),
    pytest.param(
        "Kyrgyzstan said Tajik troops shelled its outposts near Batken on Friday. Kyrgyzstan "
        "denied any involvement in a later raid.",
        False,
        id="the-target-denies-another-act",
    ),
]


@pytest.mark.parametrize(("text", "alleged"), ALLEGED)
def test_fresh_news_strike_alleged(text: str, alleged: bool) -> None:
    strikes = reported_strikes(text)
    assert len(strikes) == 1 and strikes[0].alleged is alleged, strikes
