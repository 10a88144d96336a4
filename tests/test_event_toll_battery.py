"""A phrasing battery for tolls: the ordinary ways news tells how many people a strike
killed, each with the toll an analyst would give the strike (see the guideline's
"Killed": the dead of all sides together, at least N is N, a vague number gives no
toll, the wounded alone and "no casualties" are 0, and a running total or another
incident's dead are never the strike's).

The sentences vary how the toll is said, not the story: a participle after the act
("killing five"), a result ("left three dead"), a subject ("two soldiers were
killed"), a toll noun ("the death toll rose to 12"), lives claimed or lost, sums of
groups, number words and digits, floors and ranges, a toll told in the next sentence
or in the headline, each side's own losses, and numbers that are not the strike's
dead (the wounded, things, durations, earlier incidents, totals of a war). Every
sentence is invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse


def _news_strikes(text: str) -> list:
    article = article_from_text("tolls.txt", text, published="2024-03-06")
    events = extract_events(article, geoparse(article))
    return [e for e in events if e.family == "strike" and not e.background]


def _case(id_: str, text: str, killed: int | None, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, killed, id=id_, marks=marks)


CASES = [
    # ------------------------------------------------- a participle or clause after the act
    _case(
        "killing-at-least",
        "Pakistani jets bombed a village in Khost province on Monday, killing at least five "
        "people.",
        5,
    ),
    _case(
        "killing-digits",
        "Russian missiles hit the centre of Sumy on Tuesday, killing 14 civilians.",
        14,
    ),
    _case(
        "killing-a-child",
        "An Azerbaijani drone struck a farm near Goris on Sunday, killing a child.",
        1,
    ),
    _case(
        "killed-object-after-subject",
        "A Turkish drone strike killed three people in Duhok on Friday.",
        3,
    ),
    _case(
        "left-n-dead",
        "Indian shelling in Kotli on Wednesday left three dead.",
        3,
    ),
    _case(
        "leaving-n-people-dead",
        "Russian artillery shelled Kharkiv overnight, leaving nine people dead.",
        9,
    ),
    _case(
        "claimed-the-lives-of",
        "The Israeli air strike on Tyre on Monday claimed the lives of seven people.",
        7,
    ),
    _case(
        "claiming-n-lives",
        "Pakistani forces shelled Kunar province on Thursday, claiming 11 lives.",
        11,
    ),
    _case(
        "killed-n-soldiers-and-wounded",
        "Afghan forces fired on a Pakistani border post near Chaman on Monday, killing two "
        "soldiers and wounding six.",
        2,
    ),
    _case(
        "in-which-n-died",
        "Cambodian rockets hit a market in Si Sa Ket on Thursday, in which four people died.",
        4,
    ),
    _case(
        "shot-dead",
        "Indian troops shot dead two Pakistani intruders near Kupwara on Saturday.",
        2,
    ),
    _case(
        "killing-him",
        "A Tajik border guard opened fire on a Kyrgyz farmer in Batken on Monday, killing him.",
        1,
    ),
    # ------------------------------------------------------------ the dead as a subject
    _case(
        "n-were-killed-when",
        "Five civilians were killed when Russian drones struck Nikopol on Monday.",
        5,
    ),
    _case(
        "n-died-after",
        "Two soldiers died after Azerbaijani forces shelled positions near Kapan on Tuesday.",
        2,
    ),
    _case(
        "a-soldier-was-killed",
        "A Pakistani soldier was killed when Indian troops fired across the line near Poonch "
        "on Friday.",
        1,
    ),
    _case(
        "lost-their-lives",
        "Six villagers lost their lives when Saudi artillery shelled Hajjah on Sunday.",
        6,
    ),
    _case(
        "n-killed-headline-style-in-body",
        "Israeli strike on Nabatieh: 12 killed, the Lebanese health ministry said on Monday.",
        12,
    ),
    _case(
        "n-dead-in",
        "Eight dead in Turkish drone strike near Sulaymaniyah, Iraqi officials said on Monday.",
        8,
    ),
    _case(
        "were-reportedly-killed",
        "At least 20 militants were reportedly killed in Pakistani air strikes in Nangarhar "
        "on Monday.",
        20,
    ),
    _case(
        "were-killed-aside-including",
        "Seven people, including two children, were killed in a Russian strike on Sumy "
        "on Wednesday.",
        7,
    ),
    # ------------------------------------------------------------------- sums of groups
    _case(
        "sum-soldiers-and-civilian",
        "Two soldiers and a civilian were killed when Pakistani troops shelled Uri on Monday.",
        3,
    ),
    _case(
        "sum-killing-a-and-b",
        "Russian missiles struck Kharkiv on Tuesday, killing a woman and her two sons.",
        3,
    ),
    _case(
        "sum-n-and-m-killed",
        "Three Thai soldiers and four Cambodian soldiers were killed in the clash near Surin "
        "on Friday.",
        7,
    ),
    _case(
        "sum-killing-civilians-and-soldiers",
        "Azerbaijani shelling of Goris on Monday killed four civilians and two soldiers.",
        6,
    ),
    _case(
        "sum-list-of-three-groups",
        "Two soldiers, three rebels and a civilian were killed when Pakistani troops shelled "
        "Kupwara on Monday.",
        6,
    ),
    _case(
        "sum-list-long-names",
        "Three Afghan Border Police (ABP) officers, two Taliban fighters and one Pakistani "
        "soldier died when the two sides clashed near Chaman on Monday.",
        6,
    ),
    # -------------------------------------------------------------- the dead and the wounded
    _case(
        "n-killed-m-wounded",
        "Five people were killed and eight wounded when Israeli jets struck Tyre on Sunday.",
        5,
    ),
    _case(
        "n-killed-m-injured-digits",
        "The Russian strike on Sumy on Monday killed 4 and injured 17.",
        4,
    ),
    _case(
        "wounded-only",
        "Indian shelling wounded three civilians in Kotli on Tuesday.",
        0,
    ),
    _case(
        "injuring-only",
        "Russian drones hit an apartment block in Kharkiv overnight, injuring 12 people.",
        0,
    ),
    _case(
        "wounded-subject-only",
        "Four soldiers were wounded when Azerbaijani forces fired on Armenian positions near "
        "Kapan on Monday.",
        0,
    ),
    _case(
        "killed-or-wounded",
        "Twelve people were killed or wounded when Russian missiles struck Nikopol on Friday.",
        None,
    ),
    # --------------------------------------------------------------------- nobody died
    _case(
        "no-one-was-hurt",
        "Russian drones struck a warehouse in Kharkiv on Monday; no one was hurt.",
        0,
    ),
    _case(
        "no-one-was-killed",
        "Shells fired by Cambodian troops landed in Si Sa Ket on Tuesday, but no one was killed.",
        0,
    ),
    _case(
        "no-immediate-reports",
        "Pakistani artillery shelled Kunar province on Sunday. There were no immediate reports "
        "of casualties.",
        0,
    ),
    _case(
        "no-casualties-reported",
        "Azerbaijani troops fired on Armenian positions near Kapan on Monday, but no casualties "
        "were reported.",
        0,
    ),
    _case(
        "without-casualties",
        "A Russian drone struck an empty school in Sumy on Wednesday without causing casualties.",
        0,
    ),
    _case(
        "nobody-was-injured",
        "Israeli artillery shelled the outskirts of Tyre on Monday. Nobody was injured.",
        0,
    ),
    _case(
        "no-deaths-only-wounded",
        "Turkish jets bombed positions near Duhok on Friday; there were no deaths, though two "
        "people were hurt.",
        0,
    ),
    # ------------------------------------------------------------ numbers and vague numbers
    _case(
        "a-dozen",
        "Russian missiles hit the railway station in Kharkiv on Monday, killing a dozen people.",
        12,
    ),
    _case(
        "two-dozen",
        "Two dozen people were killed when Saudi jets bombed a market in Hajjah on Sunday.",
        24,
    ),
    _case(
        "twenty-five-words",
        "Twenty-five people were killed in the Russian strike on Sumy on Monday.",
        25,
    ),
    _case(
        "dozens-vague",
        "Dozens of people were killed when Russian missiles struck Kharkiv on Monday.",
        None,
    ),
    _case(
        "scores-vague",
        "Scores were killed when Israeli jets struck Nabatieh on Tuesday.",
        None,
    ),
    _case(
        "several-vague",
        "Several soldiers were killed when Pakistani troops shelled Kupwara on Friday.",
        None,
    ),
    _case(
        "a-number-of",
        "A number of civilians were killed when Azerbaijani forces shelled Goris on Monday.",
        None,
    ),
    _case(
        "hundred-digits-comma",
        "Russian strikes on Kharkiv on Friday killed 1,024 people, officials said.",
        1024,
    ),
    # -------------------------------------------------------- floors, ceilings, ranges
    _case(
        "more-than",
        "More than 30 people were killed in Pakistani air strikes in Khost on Monday.",
        30,
    ),
    _case(
        "up-to",
        "Up to 15 militants were killed when Turkish drones struck Duhok on Friday.",
        15,
    ),
    _case(
        "nearly",
        "Nearly 40 people were killed when Saudi aircraft bombed Hajjah on Sunday.",
        40,
    ),
    _case(
        "range-between",
        "Between 10 and 15 people were killed when Russian missiles struck Sumy on Monday.",
        10,
    ),
    _case(
        "range-to",
        "Russian missiles struck Sumy on Monday, killing 10 to 15 people.",
        10,
    ),
    _case(
        "or-more",
        "Pakistani jets struck Khost on Monday, killing eight or more people.",
        8,
    ),
    # ------------------------------------------------------------------------ toll nouns
    _case(
        "death-toll-rose-to",
        "Russian missiles struck Sumy on Monday. The death toll rose to 12 on Tuesday.",
        12,
    ),
    _case(
        "toll-from-rose",
        "Israeli jets struck Nabatieh on Monday. The toll from the strike rose to 9, the "
        "health ministry said.",
        9,
    ),
    _case(
        "toll-rose-from-to",
        "The death toll from the Russian strike on Kharkiv on Monday rose from 9 to 14.",
        14,
    ),
    _case(
        "toll-stands-at",
        "The toll of the Saudi air strike on Hajjah on Sunday stands at 13.",
        13,
    ),
    _case(
        "number-of-dead",
        "The number of dead in Monday's Russian strike on Sumy reached 21.",
        21,
    ),
    _case(
        "fatalities",
        "Russian drones struck Kharkiv on Monday, causing four fatalities.",
        4,
    ),
    _case(
        "among-the-dead",
        "Russian missiles struck Sumy on Monday, killing nine people. Among the dead were two "
        "children.",
        9,
    ),
    # ---------------------------------------------------- the toll in the next sentence
    _case(
        "next-sentence-were-killed",
        "Pakistani artillery shelled Kupwara on Monday. Three civilians were killed.",
        3,
    ),
    _case(
        "next-sentence-officials-said",
        "Russian drones struck Kharkiv overnight. Two people were killed, the regional "
        "governor said.",
        2,
    ),
    _case(
        "next-sentence-the-attack-killed",
        "Israeli jets struck a house in Tyre on Monday. The attack killed a family of five.",
        5,
    ),
    _case(
        "previous-sentence",
        "Two border guards were killed on Sunday. Afghan forces fired on a Pakistani post "
        "near Chaman.",
        2,
    ),
    _case(
        "next-paragraph-lead",
        "Russian missiles struck the centre of Sumy on Monday.\n\nEleven people were killed and "
        "dozens wounded, officials said.",
        11,
    ),
    _case(
        "later-paragraph-died-after-the",
        "Israeli jets bombed the outskirts of Tyre on Monday, officials said.\n\nThe cabinet "
        "met in the evening.\n\nTwo people died after the bombing, a hospital said.",
        2,
    ),
    _case(
        "later-paragraph-as-a-result",
        "Azerbaijani forces shelled the outskirts of Goris on Monday, Armenia said.\n\n"
        "Residents were told to stay in shelters.\n\nNo one was hurt as a result, the "
        "ministry said.",
        0,
    ),
    _case(
        "no-harm-to-our-people",
        "Pakistani artillery shelled Kunar province on Sunday. There was no harm to our people, "
        "an Afghan official said.",
        0,
    ),
    # ------------------------------------------------------------------- in the headline
    _case(
        "headline-kills-n",
        "Russian strike on Sumy kills 14\n\nRussian missiles struck the centre of Sumy on "
        "Monday, the regional governor said.",
        14,
    ),
    _case(
        "headline-n-dead",
        "Five dead as Pakistani jets strike Khost\n\nPakistani jets struck several houses in "
        "Khost province on Monday, Afghan officials said.",
        5,
    ),
    # --------------------------------------------------------- each side's own losses
    _case(
        "sides-each-report",
        "Thai and Cambodian troops clashed near Surin on Friday. Thailand said two of its "
        "soldiers died; Cambodia reported five dead.",
        7,
        xfail="each side's losses in two clauses of one sentence are not added up",
    ),
    _case(
        "sides-lost-each",
        "Kyrgyz and Tajik border guards clashed near Batken on Monday; Kyrgyzstan said it lost "
        "two guards and Tajikistan said three of its guards were killed.",
        5,
        xfail="each side's losses in two clauses of one sentence are not added up",
    ),
    _case(
        "clash-one-side-lost-next-sentence",
        "Kyrgyz and Tajik border guards clashed near Batken on Monday. Kyrgyzstan said it lost "
        "two guards.",
        2,
    ),
    _case(
        "target-lost-a-soldier",
        "Afghan forces fired on a Pakistani border post near Chaman on Monday. Pakistan said it "
        "lost a soldier.",
        1,
    ),
    _case(
        "lost-things-not-people",
        "Russian drones struck Kharkiv on Monday. Ukraine said it lost two tanks.",
        None,
    ),
    _case(
        "two-sides-one-sentence",
        "Two Armenian and three Azerbaijani soldiers were killed in a clash near Kapan on Monday.",
        5,
    ),
    # --------------------------------------------- the attackers or militants killed
    _case(
        "militants-killed-by-strike",
        "Pakistani air strikes killed 20 militants in Nangarhar province on Monday.",
        20,
    ),
    _case(
        "attackers-killed-by-return-fire",
        "Gunmen from Afghanistan attacked a Pakistani post near Chaman on Monday; three of the "
        "attackers were killed in return fire.",
        3,
    ),
    _case(
        "fighters-killed-and-civilians",
        "Turkish drones struck a convoy near Duhok on Friday, killing four fighters and a "
        "civilian.",
        5,
    ),
    # --------------------------------- not the strike's dead: other incidents and totals
    _case(
        "earlier-incident-last-year",
        "Pakistani jets struck Khost on Monday, killing eight people. Last year a similar "
        "strike in the province killed 12.",
        8,
    ),
    _case(
        "earlier-incident-after-clause",
        "Azerbaijani forces shelled Goris on Monday, three days after two soldiers were killed "
        "in a clash near Kapan.",
        None,
    ),
    _case(
        "earlier-incident-comes-after",
        "Russian drones struck Kharkiv on Tuesday. The attack came a week after a strike on "
        "Sumy killed 14 people.",
        None,
    ),
    _case(
        "running-total-since",
        "Russian missiles struck Sumy on Monday, killing four. More than 300 civilians have "
        "been killed in the region since January.",
        4,
    ),
    _case(
        "running-total-war",
        "Israeli jets struck Nabatieh on Monday. Israeli strikes have killed more than 3,000 "
        "people in Lebanon since October.",
        None,
    ),
    _case(
        "running-total-conflict-so-far",
        "Azerbaijani shelling hit Goris on Monday. The fighting has so far claimed 200 lives "
        "on both sides.",
        None,
    ),
    _case(
        "running-total-this-year",
        "Indian troops fired on a Pakistani post near Poonch on Friday. Cross-border firing "
        "has killed 40 people this year.",
        None,
    ),
    _case(
        "campaign-total-in-strikes",
        "Turkish drones struck Duhok on Monday, killing two. Turkish strikes in northern Iraq "
        "have killed dozens of people over the past year.",
        2,
    ),
    # ---------------------------------------------------------- numbers that are not dead
    _case(
        "number-of-things",
        "Russia fired 12 missiles and 40 drones at Kharkiv on Monday, killing three people.",
        3,
    ),
    _case(
        "age-not-count",
        "A 10-year-old boy was killed when Azerbaijani forces shelled Goris on Monday.",
        1,
    ),
    _case(
        "duration-not-count",
        "Thai and Cambodian troops fought a three-hour battle near Surin on Friday that left "
        "two soldiers dead.",
        2,
    ),
    _case(
        "troops-deployed-not-count",
        "Pakistan moved 2,000 troops to Chaman after Afghan forces fired on a border post on "
        "Monday.",
        None,
    ),
    _case(
        "year-not-count",
        "Israeli jets struck Tyre on Monday, the heaviest strike on the city since 2006.",
        None,
    ),
    _case(
        "date-not-count",
        "Saudi artillery shelled Hajjah on 12 March, killing six people.",
        6,
    ),
    _case(
        "distance-not-count",
        "Russian drones struck Sumy on Monday, hitting a depot 5 km from the centre and killing "
        "two people.",
        2,
    ),
    _case(
        "houses-destroyed-not-count",
        "Pakistani shelling destroyed 15 houses in Kunar province on Monday.",
        None,
    ),
    _case(
        "arrested-not-count",
        "Indian troops raided a village near Kupwara on Monday and arrested six men.",
        None,
    ),
    # ------------------------------------------------------------ more ways to say it
    _case(
        "bodies-recovered",
        "Israeli jets struck a building in Nabatieh on Monday. Rescuers pulled nine bodies from "
        "the rubble.",
        9,
    ),
    _case(
        "perished",
        "Three fishermen perished when Saudi artillery shelled the coast near Hajjah on Sunday.",
        3,
    ),
    _case(
        "martyred",
        "Four soldiers were martyred when Indian troops shelled posts near Kotli on Monday, "
        "the army said.",
        4,
    ),
    _case(
        "fatally-wounded",
        "Azerbaijani forces fired on Armenian positions near Kapan on Monday, fatally wounding "
        "a soldier.",
        1,
    ),
    _case(
        "death-of",
        "The Russian strike on Kharkiv on Monday caused the deaths of six people.",
        6,
    ),
    _case(
        "killed-in-the-attack-later",
        "Israeli drones struck a car near Tyre on Monday. Two men inside were killed in the "
        "attack, the army said.",
        2,
    ),
    _case(
        "were-among-killed",
        "Russian missiles hit Sumy on Monday; a doctor and a nurse were among those killed.",
        2,
        xfail="'among those killed' names some of the dead, not the toll",
    ),
    _case(
        "the-dead-included",
        "Pakistani jets bombed Khost on Monday, killing six. The dead included three children.",
        6,
    ),
    _case(
        "succumbed-to-injuries",
        "Russian missiles struck Sumy on Monday. Two civilians later succumbed to their injuries.",
        2,
    ),
    _case(
        "of-the-wounded-died",
        "Russian missiles struck Sumy on Monday. Two of the wounded later died in hospital.",
        2,
    ),
    _case(
        "toll-grows-by-later-deaths",
        "Russian missiles struck Sumy on Monday, killing four. Two of the wounded later died "
        "in hospital.",
        6,
    ),
    _case(
        "also-killed-in-the-attack",
        "Gunmen attacked a Pakistani border post near Chaman on Sunday. The gunmen killed one "
        "guard and wounded another. A boy was also killed in the attack.",
        2,
    ),
    _case(
        "also-killed-in-a-separate-raid",
        "Pakistani jets struck Khost on Monday, killing six people. The army also killed two "
        "smugglers in a separate raid.",
        6,
    ),
    _case(
        "members-of-one-family",
        "Israeli jets struck a house in Tyre on Monday, killing three members of one family.",
        3,
    ),
    _case(
        "one-killed-another-wounded",
        "Azerbaijani forces shelled Kapan on Monday; one soldier was killed and another wounded.",
        1,
    ),
    _case(
        "leaving-one-dead-two-injured",
        "Russian drones hit Kharkiv on Monday, leaving one man dead and two injured.",
        1,
    ),
    _case(
        "raising-the-death-toll",
        "Russian missiles struck Sumy on Monday, raising the death toll to 15.",
        15,
    ),
    _case(
        "a-total-of",
        "Saudi jets struck Hajjah on Sunday. A total of 9 people were killed, officials said.",
        9,
    ),
    _case(
        "casualties-are-not-the-dead",
        "Russian drones struck Kharkiv on Monday, causing five casualties.",
        None,
    ),
    _case(
        "toll-could-rise",
        "At least nine people were killed in the Russian strike on Sumy on Monday, and the "
        "toll could rise.",
        9,
    ),
    _case(
        "killed-a-family",
        "Israeli jets struck a house in Tyre on Monday, killing a family of six.",
        6,
    ),
]


@pytest.mark.parametrize(("text", "killed"), CASES)
def test_toll(text: str, killed: int | None) -> None:
    """The strike the text tells first (the news, not an earlier incident it cites) is
    found and carries the toll an analyst would give it."""
    strikes = sorted(_news_strikes(text), key=lambda e: e.sources[0].start)
    assert strikes, "no strike read"
    assert strikes[0].killed == killed, [
        (e.type, e.actor, e.target, e.place and e.place.name, e.killed) for e in strikes
    ]
