"""A battery for strikes whose casualties are told as wounded only (the guideline's
"Killed"): when the text gives the incident's casualties as wounded only, the toll is
0, as it is when nobody was hurt. The toll stays unknown when the text says nothing of
casualties, and keeps its dead when a death is told for the same incident elsewhere
("one of them later died"), or else stays unknown; it is never 0 then.

The sentences vary how the wounded are told: a participle after the act ("wounding
five civilians"), a passive subject ("five people were injured"), an object ("hurt six
policemen"), a result ("left 20 wounded"), injuries sustained or suffered, the wounded
told in the next sentence. Every sentence is invented for this test.
"""

from __future__ import annotations

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse


def _first_strike(text: str):
    article = article_from_text("wounded.txt", text, published="2024-03-06")
    events = extract_events(article, geoparse(article))
    strikes = [e for e in events if e.family == "strike" and not e.background]
    assert strikes, "no strike read"
    return min(strikes, key=lambda e: e.sources[0].start)


def _case(id_: str, text: str, *killed: int | None):
    return pytest.param(text, killed, id=id_)


WOUNDED_ONLY = [
    _case(
        "wounding-participle",
        "Pakistani troops fired mortar shells into Kupwara on Sunday, wounding five civilians.",
        0,
    ),
    _case(
        "wounded-object",
        "Indian shelling wounded three civilians in Kotli on Tuesday.",
        0,
    ),
    _case(
        "injuring-participle",
        "Russian drones hit an apartment block in Kharkiv overnight, injuring 12 people.",
        0,
    ),
    _case(
        "were-injured-when",
        "Five people were injured when Israeli jets struck Tyre on Sunday.",
        0,
    ),
    _case(
        "were-wounded-when",
        "Four soldiers were wounded when Azerbaijani forces fired on Armenian positions near "
        "Kapan on Monday.",
        0,
    ),
    _case(
        "hurting-participle",
        "Tajik border guards opened fire on a Kyrgyz post near Batken on Friday, "
        "hurting two soldiers.",
        0,
    ),
    _case(
        "hurt-object",
        "Tajik troops fired on a Kyrgyz checkpoint in Batken on Monday and hurt six policemen.",
        0,
    ),
    _case(
        "injured-bare-number",
        "The Russian strike on Sumy on Monday injured 17.",
        0,
    ),
    _case(
        "left-n-wounded",
        "Israeli jets bombed a market in Rafah on Tuesday and left 20 people wounded.",
        0,
    ),
    _case(
        "leaving-n-injured",
        "Eritrean troops shelled the Ethiopian border town of Humera on Friday, leaving four "
        "people injured.",
        0,
    ),
    _case(
        "a-soldier-was-injured",
        "An Indian soldier was injured when Pakistani troops fired across the Line of Control "
        "near Poonch on Friday.",
        0,
    ),
    _case(
        "injuring-its-passengers",
        "Turkish drones struck a car near Qamishli on Sunday, injuring its two passengers.",
        0,
    ),
    _case(
        "wounding-a-fisherman",
        "Venezuelan coast guards fired on a Trinidadian fishing boat off Cedros on Tuesday, "
        "wounding a fisherman.",
        0,
    ),
    _case(
        "sustained-injuries",
        "Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday; three "
        "servicemen sustained injuries.",
        0,
    ),
    _case(
        "suffered-wounds",
        "Russian artillery shelled Kherson on Saturday, and two residents suffered shrapnel "
        "wounds.",
        0,
    ),
    _case(
        "were-hurt-after-and",
        "Kyrgyz and Tajik border guards clashed near Batken on Thursday, and 11 people were hurt.",
        0,
    ),
    _case(
        "wounded-next-sentence",
        "Afghan forces shelled a Pakistani border post near Chaman on Monday. Two soldiers "
        "were wounded.",
        0,
    ),
    _case(
        "injured-next-sentence-said",
        "Russian missiles hit Odesa on Monday. At least 30 people were injured, the governor said.",
        0,
    ),
    _case(
        "exchange-wounding",
        "Indian and Pakistani troops exchanged fire along the Line of Control on Sunday, "
        "wounding three civilians.",
        0,
    ),
    _case(
        "an-attempt-to-kill",
        "Afghan forces fired rockets at a Pakistani post near Chaman on Monday in an attempt to "
        "kill the guards, wounding two of them.",
        0,
    ),
    _case(
        "running-total-elsewhere",
        "Afghan forces shelled a Pakistani border post near Chaman on Monday, wounding six "
        "soldiers. Border clashes have killed 40 people since January.",
        0,
    ),
    _case(
        "earlier-year-deaths",
        "Shells fired from Myanmar landed in a Chinese village near Nansan on Thursday, "
        "injuring five villagers.\n\nIn 2023, four farmers died in a similar incident.",
        0,
    ),
    _case(
        "wounded-in-a-later-paragraph",
        "Afghan forces shelled a Pakistani border post near Chaman on Monday.\n\n"
        "The provincial governor visited the area on Tuesday.\n\n"
        "The shelling wounded four soldiers, officials said.",
        0,
    ),
    _case(
        "seriously-wounded",
        "Russian drones struck a bus in Nikopol on Wednesday, seriously wounding the driver.",
        0,
    ),
]

NOT_ZERO = [
    _case(
        "later-died",
        "Indian shelling wounded three civilians in Kotli on Tuesday. One of them later died "
        "in hospital.",
        1,
        None,
    ),
    _case(
        "died-of-wounds-later",
        "Russian drones hit Kharkiv overnight, injuring 12 people. Two of the wounded later "
        "died in hospital.",
        2,
        None,
    ),
    _case(
        "toll-rose-later",
        "Russian missiles struck Sumy on Monday, injuring 17. The death toll from the strike "
        "later rose to three.",
        3,
        None,
    ),
    _case(
        "dead-in-next-sentence",
        "Afghan forces shelled a Pakistani border post near Chaman on Monday, wounding six "
        "soldiers. Two civilians were killed in the attack.",
        2,
        None,
    ),
    _case(
        "nothing-of-casualties",
        "Pakistani troops shelled villages near Kotli on Tuesday.",
        None,
    ),
    _case(
        "damage-only",
        "Houses were damaged when Russian drones struck Kharkiv overnight.",
        None,
    ),
    _case(
        "killed-and-wounded",
        "Five people were killed and eight wounded when Israeli jets struck Tyre on Sunday.",
        5,
    ),
    _case(
        "killed-or-wounded",
        "Twelve people were killed or wounded when Russian missiles struck Nikopol on Friday.",
        None,
    ),
    _case(
        "fatally-wounding",
        "Azerbaijani forces fired on Armenian positions near Kapan on Monday, fatally wounding "
        "a soldier.",
        1,
    ),
    _case(
        "hurt-the-talks",
        "Pakistani troops shelled villages near Kotli on Tuesday, a move that hurt the peace "
        "talks.",
        None,
    ),
    _case(
        "hurt-things",
        "Pakistani troops shelled the market town of Kotli on Tuesday, which hurt two businesses.",
        None,
    ),
    _case(
        "wounded-without-number",
        "Israeli jets struck Tyre on Sunday; the number of wounded was not known.",
        None,
    ),
    _case(
        "another-incident-wounded",
        "Afghan forces shelled a Pakistani border post near Chaman on Monday.\n\n"
        "In a separate incident, Uzbek guards fired on Kyrgyz smugglers near Osh, "
        "wounding two.",
        None,
    ),
    _case(
        "wounded-soldier-died",
        "Indian troops fired on a Pakistani post near Poonch on Friday, wounding a soldier. "
        "The wounded soldier died on the way to hospital.",
        1,
        None,
    ),
]


@pytest.mark.parametrize(("text", "killed"), WOUNDED_ONLY)
def test_wounded_only_is_a_toll_of_0(text: str, killed: tuple) -> None:
    """A strike whose casualties are told as wounded only killed nobody: a toll of 0."""
    assert _first_strike(text).killed in killed


@pytest.mark.parametrize(("text", "killed"), NOT_ZERO)
def test_a_death_or_silence_is_no_toll_of_0(text: str, killed: tuple) -> None:
    """A death told for the same incident keeps its dead (or the toll stays unknown), and
    a text silent on casualties gives no toll."""
    assert _first_strike(text).killed in killed
