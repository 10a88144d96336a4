"""A merging battery: one incident told several times is one event, distinct acts stay
apart (the guideline's "One event per incident").

Each case is a short invented article, a headline and two to five sentences, with the
number of events of each family an analyst would extract from it. The restatements
vary the words of one act (a headline's "kill" and the lead's "attack", a "clash" and
an "exchange of fire", "the attack" or "that attack" pointing back, the toll or the
place told in a sentence of its own, the two sides' accounts of one clash, an
incursion and the fight it led to, a soldier captured in that fight). The cases that
must stay apart vary what makes two acts two: another day, a town far away, a
retaliation, a protest about the strike, an earlier year's incident, another attacker.
Every text is invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse


def _events(text: str) -> list:
    title, _, body = text.partition("\n\n")
    article = article_from_text("battery.txt", text, title=title.strip(), published="2024-03-06")
    assert body
    return extract_events(article, geoparse(article))


def _case(
    id_: str,
    text: str,
    *,
    strikes: int,
    diplomatic: int = 0,
    background: int = 0,
    types: tuple[str, ...] | None = None,
    xfail: str | None = None,
):
    """``strikes``: current strikes; ``background``: strikes cited for context;
    ``types``: the current strikes' types, in any order, when they matter."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    want = (strikes, diplomatic, background, types)
    return pytest.param(text, want, id=id_, marks=marks)


CASES = [
    # ------------------------------------------- a headline and a lead: one strike
    _case(
        "headline-kill-lead-attack",
        "Pakistani troops kill two Afghan border guards\n\n"
        "Pakistani troops attacked an Afghan border post in Kunar province on Tuesday, "
        "killing two guards. The firing went on for an hour, Afghan officials said.",
        strikes=1,
    ),
    _case(
        "headline-militants-kill-lead-clash",
        "Syrian militants kill Iraqi border guard\n\n"
        "Clashes between Iraqi border guards and militants from Syria near the town of "
        "Rutba left one guard dead on Monday. Two gunmen were also killed in the "
        "clash, the Iraqi border police said.",
        strikes=1,
    ),
    _case(
        "headline-gunmen-attack-lead-gunbattle",
        "Gunmen from Syria attack Iraqi border post\n\n"
        "Iraqi border guards fought a gunbattle with armed men who had crossed from Syria "
        "into Anbar province on Saturday. One guard was killed, police said.",
        strikes=1,
    ),
    _case(
        "headline-shelling-lead-fired-mortars",
        "Indian shelling kills villager in Kashmir\n\n"
        "Indian troops fired mortars across the Line of Control into Kotli district on "
        "Tuesday, killing a villager, the Pakistani army said.",
        strikes=1,
    ),
    _case(
        "headline-clash-lead-exchanged-fire",
        "Thai and Cambodian troops clash at border\n\n"
        "Thai and Cambodian soldiers exchanged fire near the Preah Vihear temple on "
        "Tuesday. The fighting lasted about an hour, a Thai army spokesman said.",
        strikes=1,
        types=("clash",),
    ),
    _case(
        "headline-skirmish-lead-traded-fire",
        "Four killed in Kyrgyz-Tajik border skirmish\n\n"
        "Kyrgyz and Tajik border guards traded fire near Batken on Monday, leaving four "
        "dead. The clash broke out over a disputed water point.",
        strikes=1,
        types=("clash",),
    ),
    _case(
        "headline-ambush-lead-attacked-patrol",
        "Five Pakistani soldiers killed in ambush near Afghan border\n\n"
        "Militants crossing from Afghanistan attacked a Pakistani army patrol in North "
        "Waziristan on Monday, killing five soldiers, the military said.",
        strikes=1,
        xfail="the headline's 'near Afghan border' is read as the ambush's target",
    ),
    _case(
        "headline-drone-strike-lead-drone-hit",
        "Turkish drone strike kills three in northern Iraq\n\n"
        "A Turkish drone hit a car near Duhok on Monday, killing three people, Iraqi "
        "officials said.",
        strikes=1,
    ),
    _case(
        "headline-missile-kills-lead-strike",
        "Missile strike kills seven in Kharkiv\n\n"
        "Russian missiles hit the centre of Kharkiv on Tuesday, killing seven people. "
        "The strike destroyed a hotel, the mayor said.",
        strikes=1,
    ),
    _case(
        "headline-attacks-village-lead-shelled",
        "Azerbaijan attacks Armenian border village\n\n"
        "Azerbaijani troops shelled the Armenian village of Sotk on Monday, damaging "
        "several houses, Armenia's defence ministry said.",
        strikes=1,
    ),
    _case(
        "headline-israeli-strike-lead-drone",
        "Israeli strike kills three in south Lebanon\n\n"
        "An Israeli drone struck a motorbike in the town of Bint Jbeil on Tuesday, "
        "killing three men, Lebanese state media reported.",
        strikes=1,
    ),
    _case(
        "headline-fires-on-lead-opened-fire",
        "Iranian border guards fire on Afghan traders\n\n"
        "Iranian border guards opened fire on a group of Afghan traders near Islam Qala "
        "on Monday, killing two, Afghan officials said.",
        strikes=1,
    ),
    _case(
        "headline-airstrikes-lead-jets-bombed",
        "Pakistan airstrikes kill eight in Afghanistan\n\n"
        "Pakistani jets bombed houses in Khost province before dawn on Monday, killing "
        "eight people, the Taliban government said.",
        strikes=1,
    ),
    # ------------------------------------------- the toll, the place, a pointer back
    _case(
        "toll-in-next-sentence",
        "Shelling on Armenian border\n\n"
        "Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday. Two "
        "Armenian soldiers were killed, the defence ministry in Yerevan said.",
        strikes=1,
    ),
    _case(
        "place-in-next-sentence",
        "Russia strikes Sumy\n\n"
        "Russian forces launched missiles at Ukraine overnight. The missiles hit an "
        "apartment block in the city of Sumy, killing four people.",
        strikes=1,
    ),
    _case(
        "the-attack-killed",
        "Drones hit Kurdish bases\n\n"
        "Iranian drones struck Kurdish opposition bases near Erbil on Monday. The attack "
        "killed one person and wounded six, the Kurdistan regional government said.",
        strikes=1,
    ),
    _case(
        "that-attack-left-dead",
        "Strike on Nabatieh\n\n"
        "Israeli jets bombed a house in Nabatieh on Sunday. That attack left five people "
        "dead, Lebanon's health ministry said.",
        strikes=1,
    ),
    _case(
        "the-incident-toll",
        "Border firing\n\n"
        "Indian troops fired on a Pakistani post near Sialkot on Monday. One soldier "
        "was killed in the incident, the Pakistani military said.",
        strikes=1,
    ),
    _case(
        "the-shelling-killed",
        "Shelling kills three in Kunar\n\n"
        "Pakistani forces shelled villages in Afghanistan's Kunar province on Monday. "
        "The shelling killed three civilians and destroyed two houses, Afghan officials "
        "said.",
        strikes=1,
    ),
    _case(
        "the-raid-pointer",
        "Turkish jets hit northern Iraq\n\n"
        "Turkish warplanes struck targets near Duhok on Sunday. The raid destroyed a "
        "shelter used by the militants, the Turkish defence ministry said.",
        strikes=1,
    ),
    _case(
        "the-assault-pointer-later-paragraph",
        "Strike on Khost\n\n"
        "Pakistani jets bombed targets in Khost province on Monday, killing eight "
        "people. Residents said most of the dead were women. The assault was the "
        "deadliest this year, Afghan officials said.",
        strikes=1,
    ),
    _case(
        "quote-restates-strike",
        "Turkey says it hit camps\n\n"
        'Turkish warplanes bombed camps near Duhok on Sunday. "Our jets struck the '
        'shelters of the terrorists," the Turkish defence ministry said.',
        strikes=1,
    ),
    _case(
        "attack-then-came-under-fire",
        "Thai village hit\n\n"
        "Cambodian troops fired artillery at a Thai border village in Surin province on "
        "Monday. The village came under fire for two hours, a Thai officer said.",
        strikes=1,
    ),
    _case(
        "restatement-leaves-out-target",
        "Turkish drones hit hideout in Iraq\n\n"
        "Turkish drones struck a militant hideout near Duhok in northern Iraq on Sunday. "
        "The Turkish defence ministry said its drones destroyed the hideout and killed "
        "four militants.",
        strikes=1,
    ),
    # ------------------------------------------- both sides' accounts of one clash
    _case(
        "two-accounts-opposite-directions",
        "Armenia, Azerbaijan trade blame for border clash\n\n"
        "Armenia said Azerbaijani troops opened fire on its positions near Sotk on "
        "Tuesday. Azerbaijan said Armenian forces had fired first and its troops "
        "returned fire.",
        strikes=1,
    ),
    _case(
        "accuse-each-other-of-firefight",
        "India, Pakistan trade fire\n\n"
        "Indian and Pakistani troops exchanged fire along the Line of Control in Poonch "
        "on Tuesday. Pakistan said Indian troops fired first, while India said Pakistani "
        "soldiers had opened fire on its posts.",
        strikes=1,
    ),
    _case(
        "clash-each-side-blames-other",
        "Kyrgyz and Tajik guards clash\n\n"
        "Kyrgyz and Tajik border guards clashed near Batken on Monday. Each side blamed "
        "the other for the fighting, in which two guards were killed.",
        strikes=1,
    ),
    # ------------------------------------------- an incursion and the fight it led to
    _case(
        "incursion-and-clash-one-sentence",
        "Ugandan troops cross into South Sudan\n\n"
        "Ugandan troops crossed into South Sudan on Tuesday and clashed with South "
        "Sudanese soldiers near Nimule. Two soldiers from each side were killed in the "
        "gunbattle.",
        strikes=1,
    ),
    _case(
        "incursion-then-exchange-of-fire",
        "Border incursion reported\n\n"
        "Kyrgyz troops entered Tajik territory near Vorukh on Tuesday, the Tajik border "
        "service said. The incursion led to an exchange of fire in which one Tajik guard "
        "was killed.",
        strikes=1,
    ),
    _case(
        "incursion-then-surprise-attack",
        "Four killed in border skirmish\n\n"
        "Ugandan soldiers made an incursion into South Sudan on Tuesday, a South Sudanese "
        "army spokesman said. The unit attacked a South Sudanese border post near "
        "Nimule, and a gunbattle left four dead.",
        strikes=1,
    ),
    _case(
        "crossed-and-were-fired-on",
        "Clash on Iraq-Syria border\n\n"
        "Armed men from Syria crossed into Iraq's Anbar province on Saturday and "
        "clashed with Iraqi border guards, killing one guard.",
        strikes=1,
    ),
    _case(
        "crossed-and-captured-then-exchanged-fire",
        "Tajik guards seized\n\n"
        "Kyrgyz border guards crossed into Tajikistan near Vorukh on Tuesday and captured "
        "two Tajik guards. The two sides then exchanged fire, the Tajik border service "
        "said.",
        strikes=1,
        types=("clash",),
    ),
    _case(
        "crossed-then-clashed-for-hours",
        "Afghan troops cross into Pakistan\n\n"
        "Afghan troops crossed into Pakistan near Chaman on Monday. Pakistani and Afghan "
        "forces then clashed for two hours, leaving three soldiers dead.",
        strikes=1,
        types=("clash",),
    ),
    # ------------------------------------------- a capture told with the clash
    _case(
        "soldier-captured-in-clash",
        "Indian and Chinese troops clash\n\n"
        "Indian and Chinese troops clashed in the Galwan valley on Monday. Chinese "
        "troops also captured an Indian soldier during the clash.",
        strikes=1,
    ),
    _case(
        "soldier-captured-also-said",
        "Four killed in border gunbattle\n\n"
        "Ugandan and South Sudanese soldiers fought a gunbattle near Nimule on Tuesday, "
        "leaving four dead. The South Sudanese army said the Ugandan forces also "
        "captured one of its soldiers.",
        strikes=1,
    ),
    _case(
        "soldiers-seized-after-firing",
        "Ethiopia and Kenya clash\n\n"
        "Ethiopian and Kenyan troops exchanged fire at Moyale on Tuesday. "
        "Kenya said Ethiopian forces captured two of its soldiers in the fighting.",
        strikes=1,
    ),
    _case(
        "headline-names-no-side",
        "Shelling in Kashmir kills two\n\n"
        "Pakistani troops shelled the Indian town of Uri on Monday, killing two "
        "civilians, Indian officials said.",
        strikes=1,
    ),
    # ------------------------------------------- another day: two events
    _case(
        "same-states-different-days-places",
        "Pakistani fire hits Afghan border areas\n\n"
        "Pakistani troops shelled Afghan villages in Kunar province on Monday, killing "
        "two people. On Wednesday, Pakistani forces fired rockets into Khost province, "
        "killing a child.",
        strikes=2,
    ),
    _case(
        "same-place-again-days-later",
        "Israeli jets hit Bint Jbeil again\n\n"
        "Israeli jets struck the town of Bint Jbeil in southern Lebanon on Monday. "
        "Israeli jets struck Bint Jbeil again on Wednesday, killing two people.",
        strikes=2,
        xfail="a strike told again ('struck Bint Jbeil again on Wednesday') gives no draft",
    ),
    _case(
        "retaliation-next-day",
        "Afghan forces retaliate\n\n"
        "Pakistani forces shelled Afghan border posts near Chaman on Monday. On Tuesday, "
        "Afghan forces retaliated by shelling Pakistani positions near Chaman.",
        strikes=2,
    ),
    _case(
        "commando-raid-day-after-drone-strike",
        "Israeli drone strike and raid in Lebanon\n\n"
        "An Israeli drone struck a car near Tyre on Monday, killing two men. On "
        "Tuesday, Israeli commandos raided a house in the Lebanese village of Naqoura.",
        strikes=2,
    ),
    _case(
        "commando-raid-the-next-day",
        "Israeli drone strike and raid\n\n"
        "An Israeli drone struck a car near Tyre on Monday, killing two men. The next "
        "day, Israeli commandos raided a house in the Lebanese village of Naqoura.",
        strikes=2,
    ),
    _case(
        "raid-a-day-later-same-town",
        "Israeli drone strike and raid\n\n"
        "An Israeli drone struck a car near Tyre in southern Lebanon on Monday, killing "
        "two men. A day later, Israeli commandos raided a house in Tyre.",
        strikes=2,
    ),
    _case(
        "clash-then-shelling-the-following-day",
        "Clash and retaliation\n\n"
        "Indian and Pakistani troops exchanged fire in Poonch on Monday. The following "
        "day, Pakistani troops shelled Indian villages in Poonch, killing a woman.",
        strikes=2,
    ),
    _case(
        "clash-a-day-after-firing",
        "Fresh clash at Chaman\n\n"
        "Afghan and Pakistani forces clashed at the Chaman crossing on Wednesday, a day "
        "after Pakistani troops fired on Afghan guards at the crossing.",
        strikes=2,
    ),
    _case(
        "same-attacker-target-left-out-next-day",
        "Turkish strikes\n\n"
        "Turkish drones struck a militant hideout near Duhok in northern Iraq on Sunday. "
        "On Tuesday, Turkish jets bombed a militant convoy, the Turkish defence ministry "
        "said.",
        strikes=2,
    ),
    _case(
        "second-day-of-shelling",
        "Shelling resumes\n\n"
        "Azerbaijani forces shelled Armenian positions near Jermuk on Monday. The "
        "shelling resumed on Tuesday and killed one soldier, Yerevan said.",
        strikes=2,
        xfail="'the shelling resumed on Tuesday' is read as a reference back, not an act",
    ),
    # ------------------------------------------- another town far away: two events
    _case(
        "second-town-far-away-later",
        "Russian strikes hit two cities\n\n"
        "Russian missiles hit Kharkiv on Tuesday morning, killing three people. Later "
        "that day, drones struck Sumy, wounding five.",
        strikes=2,
    ),
    _case(
        "two-towns-stated-apart",
        "Turkish strikes in Iraq\n\n"
        "Turkish jets struck targets near Duhok on Monday. Hours later, a Turkish "
        "drone hit a car near Sulaymaniyah, killing two.",
        strikes=2,
    ),
    _case(
        "two-cities-same-day-different-verbs",
        "Attacks on Ukraine\n\n"
        "Russian missiles struck Kyiv on Tuesday, killing two. Russian artillery shelled "
        "Kherson the same day, wounding four people.",
        strikes=2,
    ),
    # ------------------------------------------- another attacker: two events
    _case(
        "both-directions-stated-apart",
        "Border firing\n\n"
        "Pakistani troops shelled Afghan border posts in Kunar province on Monday. "
        "Afghan forces fired on Pakistani posts in Kurram the same day.",
        strikes=2,
    ),
    _case(
        "abduction-beside-half-told-clash",
        "Syrian soldiers abducted\n\n"
        "Clashes broke out between Syrian soldiers and armed men near the Lebanese "
        "border. A group of gunmen abducted three Syrian soldiers near Qusayr, the "
        "Syrian defence ministry said.",
        strikes=2,
    ),
    _case(
        "different-attackers-same-day",
        "Strikes on Lebanon\n\n"
        "Israeli jets struck positions in southern Lebanon on Monday. The same day, "
        "Syrian forces shelled Lebanese villages near Baalbek.",
        strikes=2,
    ),
    _case(
        "two-states-strike-iraq",
        "Iraq hit from two sides\n\n"
        "Iranian drones struck a base near Erbil on Monday. Turkish jets bombed targets "
        "near Duhok the same day.",
        strikes=2,
    ),
    _case(
        "militants-then-army-reply",
        "Pakistan hits back\n\n"
        "Militants from Afghanistan attacked a Pakistani checkpoint in Chitral on "
        "Sunday. On Monday, Pakistani jets bombed hideouts in Afghanistan's Kunar "
        "province.",
        strikes=2,
    ),
    # ------------------------------------------- a strike and the diplomacy about it
    _case(
        "strike-and-summons",
        "Pakistan summons Indian envoy\n\n"
        "Indian troops fired on a Pakistani post near Sialkot on Monday, killing a "
        "soldier. Pakistan summoned India's deputy high commissioner in Islamabad on "
        "Tuesday to protest the killing.",
        strikes=1,
        diplomatic=1,
    ),
    _case(
        "strike-and-condemnation",
        "Iraq condemns Turkish strike\n\n"
        "Turkish drones struck a village near Duhok on Sunday, killing four tourists. "
        "Iraq's foreign ministry condemned the attack.",
        strikes=1,
        diplomatic=1,
    ),
    _case(
        "strike-protest-and-toll-after",
        "Lebanon protests Israeli strike\n\n"
        "Israeli jets bombed a house in Nabatieh on Sunday. Lebanon lodged a complaint "
        "with the United Nations over the strike. The attack killed five people, "
        "Lebanese officials said.",
        strikes=1,
        diplomatic=1,
    ),
    _case(
        "strike-and-envoy-summoned-headline",
        "Afghanistan summons Pakistani envoy over airstrikes\n\n"
        "Pakistani jets bombed houses in Khost province on Monday, killing eight "
        "people. Kabul summoned Pakistan's envoy on Tuesday over the airstrikes.",
        strikes=1,
        diplomatic=1,
    ),
    # ------------------------------------------- an earlier incident cited for context
    _case(
        "background-earlier-year",
        "Shelling near Jermuk\n\n"
        "Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday, killing "
        "one soldier. In September 2022, an Azerbaijani attack on Jermuk killed more "
        "than 200 Armenian soldiers.",
        strikes=1,
        background=1,
    ),
    _case(
        "background-ambush-in-march",
        "Militants kill Iraqi border guard\n\n"
        "Militants from Syria killed an Iraqi border guard near Rutba on Saturday. In "
        "March 2023, militants ambushed a Syrian army convoy on Iraqi soil. That attack "
        "left 48 soldiers dead.",
        strikes=1,
        background=1,
    ),
    _case(
        "background-last-year-clash",
        "Border clash\n\n"
        "Indian and Chinese troops clashed near Ladakh on Monday. In June 2020, Chinese "
        "troops attacked Indian soldiers in the Galwan valley, killing 20 of them.",
        strikes=1,
        background=1,
    ),
    # ------------------------------------------- mixed
    _case(
        "restated-then-separate-retaliation",
        "India and Pakistan trade strikes\n\n"
        "Pakistani troops shelled Indian posts in Poonch on Monday. The shelling killed "
        "two Indian soldiers. On Wednesday, Indian troops fired artillery at Pakistani "
        "posts near Kotli.",
        strikes=2,
    ),
    _case(
        "headline-lead-and-later-second-strike",
        "Russian missile kills four in Sumy\n\n"
        "Russian missiles struck a school in Sumy on Tuesday, killing four people. The "
        "strike came a day after a drone attack on Kharkiv wounded six.",
        strikes=2,
    ),
]


@pytest.mark.parametrize(("text", "want"), [c for c in CASES], ids=[c.id for c in CASES])
def test_merge_battery(text: str, want: tuple) -> None:
    strikes, diplomatic, background, types = want
    events = _events(text)
    current = [e for e in events if e.family == "strike" and not e.background]
    past = [e for e in events if e.family == "strike" and e.background]
    diplo = [e for e in events if e.family == "diplomatic"]
    got = [(e.type, e.actor, e.target, e.date, e.place and e.place.name) for e in events]
    assert len(current) == strikes, got
    assert len(past) == background, got
    assert len(diplo) == diplomatic, got
    if types is not None:
        assert sorted(e.type for e in current) == sorted(types), got
