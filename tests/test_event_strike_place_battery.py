"""A phrasing battery for where a strike happened: the ordinary ways news names the town
a strike hit, and the places it names that are not the strike's.

The strike's place is the town the text says the shells, bombs or bullets fell in,
however it is told: "in Kunar province's Asadabad district", "a village in Kupwara
district", "the attack took place near Zakho" in the next sentence, "two were killed in
Kotli when shells hit", "shells hit a house here" under a town's dateline, a headline's
town over a body that names only the country. It is not the attacker's base ("shells
fired from Belgorod at Kharkiv", "troops stationed in Batken"), nor a namesake abroad,
nor where the report came from (the ministry in the capital, a minister speaking at a
summit, the dateline), nor the hospital the wounded were taken to or the town of their
funerals; and a strike "near the border" with no town named stays at its country.
Every sentence is invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import unicodedata

import pytest
from acts import strikes_of

#: the strike must be placed at no town: at its country, a province or region, or nowhere
COARSE = "coarse"


def _case(id_: str, text: str, place: str, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, place, id=id_, marks=marks)


# (text, the gazetteer name of the first strike's place (any accents), or COARSE)
CASES = [
    # ------------------------------------------------ the town beside its province
    _case(
        "province-possessive-district",
        "Pakistani artillery shelled a village in Afghanistan's Kunar province, in "
        "Asadabad district, on Monday, killing two civilians.",
        "Asadabad",
    ),
    _case(
        "district-of-province",
        "Pakistani jets bombed houses in Khost district of Khost province on Sunday.",
        "Khost",
    ),
    _case(
        "town-in-province",
        "Indian shells hit the town of Kotli in Pakistan-administered Kashmir on Friday.",
        "Kotli",
    ),
    _case(
        "village-near-town-in-province",
        "Two farmers were killed when Israeli drones struck a field near Marjayoun in "
        "southern Lebanon.",
        "Marjayoûn",
    ),
    _case(
        "province-then-town",
        "Russian drones attacked Kharkiv region overnight, hitting the town of Kupiansk.",
        "Kupyansk",
    ),
    _case(
        "possessive-province-district-village",
        "A Turkish drone struck a car in Iraq's Duhok province, near Zakho, on Tuesday.",
        "Zaxo",
    ),
    _case(
        "killed-in-town-when-shells-hit",
        "Two people were killed in Kotli when Indian shells hit their house on Monday.",
        "Kotli",
    ),
    _case(
        "wounded-near-town-after-fire",
        "Three soldiers were wounded near Zhob after Afghan forces opened fire on their post.",
        "Zhob",
    ),
    # ------------------------------------- the next sentence says where it happened
    _case(
        "occurred-in-next-sentence",
        "Two Kyrgyz border guards were killed in a clash with Tajik troops on Monday. The "
        "fighting occurred near Isfara, officials said.",
        "Isfara",
    ),
    _case(
        "hyphenated-modifier-attack-occurred",
        "Gunmen from across the border attacked a Chadian army post on Friday, killing four "
        "soldiers. The late-night attack occurred in Bol, the army said.",
        "Bol",
    ),
    _case(
        "early-morning-shelling-took-place",
        "Indian troops shelled Pakistani posts on Wednesday. The early-morning shelling "
        "took place near Kotli, the army said.",
        "Kotli",
    ),
    _case(
        "unknown-village-apposition-district",
        "Afghan forces fired on a Pakistani border post on Monday, killing one soldier. "
        "The attack took place in Ghakhi, a village near Parachinar.",
        "Parachinar",
    ),
    _case(
        "unknown-village-possessive-district",
        "Myanmar shells landed in China on Thursday, wounding five villagers. The incident "
        "occurred in Banpo, a hamlet of Yunnan province's Mengla district.",
        "Mengla",
    ),
    _case(
        "unknown-village-in-district",
        "Shells fired from Myanmar wounded three Chinese villagers on Friday. The shelling "
        "happened in Mangdong village, also in Gengma county.",
        "Gengma",
    ),
    _case(
        "attack-occurred-village-of-region-district",
        "Tajik troops fired on a Kyrgyz border post on Friday, wounding six. The attack "
        "occurred in Kok-Tash, a village of Batken region's Isfana district.",
        "Razzakov",
    ),
    _case(
        "weekday-incident-occurred-after-other-town",
        "Tajik troops fired on Kyrgyz border guards on Thursday, killing one.\n\nThe "
        "governor, who was in Osh at the time, said Thursday's incident occurred near "
        "Batken.",
        "Batken",
    ),
    _case(
        "headline-town-body-country",
        "Shelling hits Kotli\n\nIndian troops shelled Pakistani villages on Monday, killing two.",
        "Kotli",
    ),
    _case(
        "headline-capital-reaction-body-country",
        "Kabul condemns Pakistani strikes\n\nPakistani jets bombed Afghan territory "
        "overnight, killing eight.",
        COARSE,
    ),
    # --------------------------------------------- the next paragraph names the town
    _case(
        "next-paragraph-in-town",
        "Sudanese forces shelled Chad overnight, officials said.\n\nThree civilians were "
        "killed in Adré, a local official said.",
        "Adré",
    ),
    _case(
        "next-paragraph-province",
        "Iranian artillery shelled Iraqi border areas on Saturday.\n\nThe shells landed "
        "near Soran in Erbil province, a local mayor said.",
        "Soran",
    ),
    # ------------------------------------------------ "here": the dateline's town
    _case(
        "dateline-town-here",
        "KOTLI, Pakistan (AP) — Indian shells hit a house here on Monday, killing two "
        "people, police said.",
        "Kotli",
    ),
    _case(
        "dateline-town-near-here",
        "KOTLI, Pakistan (AP) — Indian troops shelled border villages near here on Monday, "
        "police said.",
        "Kotli",
    ),
    _case(
        "dateline-town-officials-here-said",
        "PESHAWAR, Pakistan (AP) — Afghan forces fired on Pakistani posts at the border on "
        "Monday, officials here said.",
        COARSE,
    ),
    _case(
        "dateline-capital-here",
        "KABUL (Reuters) — Pakistani jets bombed border villages on Monday, the ministry "
        "said here.",
        COARSE,
    ),
    # ----------------------------------------------- the attacker's base is not it
    _case(
        "fired-from-at",
        "Russian forces fired rockets from Belgorod at Kharkiv on Monday, killing three.",
        "Kharkiv",
    ),
    _case(
        "launched-from-struck",
        "Drones launched from Kursk struck Sumy overnight, Ukrainian officials said.",
        "Sumy",
    ),
    _case(
        "based-in-shelled",
        "Pakistani troops based in Bajaur shelled Afghan villages in Kunar province.",
        "Kunar",
    ),
    _case(
        "took-off-from-bombed",
        "Turkish jets took off from Diyarbakir and bombed targets near Zakho on Friday.",
        "Zaxo",
    ),
    _case(
        "shells-from-landed-in",
        "Shells fired from Myanmar's Shan state landed in Gengma on Saturday.",
        "Gengma",
    ),
    _case(
        "from-positions-near",
        "Indian troops firing from positions near Poonch shelled the town of Kotli on Thursday.",
        "Kotli",
    ),
    _case(
        "militants-in-fired-toward",
        "Militants in Gaza fired rockets toward Ashkelon on Sunday.",
        "Ashkelon",
    ),
    _case(
        "stationed-in-opened-fire",
        "Tajikistan said Kyrgyz troops stationed in Batken opened fire on its border posts on "
        "Friday.",
        COARSE,
    ),
    _case(
        "positioned-near-fired-on-posts-near",
        "Kyrgyz forces positioned near Batken fired on Tajik posts near Isfara on Friday.",
        "Isfara",
    ),
    _case(
        "deployed-at-shelled-villages",
        "Pakistani artillery deployed at Zhob shelled Afghan border villages on Monday.",
        COARSE,
    ),
    # ---------------------------------------------- the town where the clash was
    _case(
        "clash-at-border-crossing-town",
        "Pakistani and Afghan troops clashed near Zhob on Wednesday, killing one soldier.",
        "Zhob",
    ),
    _case(
        "fired-at-post-in-own-country",
        "Kyrgyz border guards fired on Tajik smugglers at the border post of Batken on Saturday.",
        "Batken",
    ),
    _case(
        "came-under-fire-at-post",
        "Armenian troops came under Azerbaijani fire near Jermuk on Tuesday, the defence "
        "ministry said.",
        "Jermuk",
    ),
    _case(
        "namesake-abroad-then-own-province",
        "Colombian troops fired on Venezuelan smugglers near San Isidro, in Norte de "
        "Santander, on Monday.",
        "Norte de Santander",
    ),
    # ------------------------------------------------- the report's place is not it
    _case(
        "ministry-in-capital-said",
        "The defence ministry in Kabul said Pakistani jets bombed Afghan territory overnight.",
        COARSE,
    ),
    _case(
        "minister-speaking-in-town",
        "Speaking in Lahore on Monday, the minister said Indian troops shelled Pakistani "
        "posts near the border.",
        COARSE,
    ),
    _case(
        "told-reporters-in-capital",
        "Tajik troops fired on Kyrgyz border guards on Sunday, an official told reporters "
        "in Bishkek.",
        COARSE,
    ),
    _case(
        "summit-venue",
        "At a summit in Doha, the Sudanese foreign minister said Chadian forces had attacked "
        "Sudanese border villages.",
        COARSE,
    ),
    _case(
        "dateline-capital",
        "TASHKENT, Uzbekistan (AP) — Kyrgyz border guards opened fire on Uzbek troops at the "
        "border on Monday, officials said.",
        COARSE,
    ),
    _case(
        "hospital-town-next-sentence",
        "Afghan forces fired on Pakistani troops at the border on Monday. The wounded were "
        "taken to a hospital in Peshawar.",
        COARSE,
    ),
    _case(
        "airlifted-to-capital",
        "Azerbaijani troops fired on Armenian positions on the border overnight, wounding a "
        "soldier who was airlifted to Yerevan.",
        COARSE,
    ),
    _case(
        "hospital-town-same-paragraph",
        "An Indian soldier was wounded when Pakistani troops opened fire on the Line of "
        "Control. He was rushed to a military hospital in Srinagar.",
        COARSE,
    ),
    _case(
        "condemned-in-capital",
        "Eritrean troops shelled Ethiopian border positions on Sunday. In Addis Ababa, the "
        "government condemned the attack.",
        COARSE,
    ),
    _case(
        "press-conference-in-city",
        "At a press conference in Karachi, the army spokesman said Afghan forces fired on "
        "Pakistani posts along the border.",
        COARSE,
    ),
    _case(
        "envoy-summoned-in-capital",
        "Bangladesh summoned the Myanmar envoy in Dhaka after shells landed inside Bangladesh.",
        COARSE,
    ),
    _case(
        "funeral-in-hometown",
        "Three Indian soldiers were killed when Pakistani troops shelled posts along the "
        "Line of Control. Their funerals were held in Jammu on Tuesday.",
        "Kashmir",
    ),
    _case(
        "news-conference-after-comma",
        "Afghan forces shelled Pakistani posts near the border, the army said at a news "
        "conference in Rawalpindi.",
        COARSE,
    ),
    _case(
        "interview-in-capital",
        "In an interview in Tashkent, the minister said Kyrgyz troops had fired on Uzbek guards.",
        COARSE,
    ),
    _case(
        "hospital-town-same-sentence",
        "Pakistani shelling wounded three Afghan villagers, who were taken to a hospital in "
        "Jalalabad.",
        COARSE,
    ),
    _case(
        "buried-in-home-town",
        "Indian troops shelled Pakistani posts along the Line of Control on Monday. A "
        "soldier killed in the shelling was buried in his home town of Sialkot.",
        "Kashmir",
    ),
    _case(
        "hospital-hit-is-the-place",
        "Shells hit a hospital compound near Jalalabad on Monday, Afghan officials said.",
        "Jalalabad",
    ),
    # -------------------------------------------------- no town named: the country
    _case(
        "near-the-border-no-town",
        "Iranian border guards fired on Afghan migrants near the border on Sunday, killing two.",
        COARSE,
    ),
    _case(
        "along-the-frontier-no-town",
        "Eritrean and Ethiopian troops exchanged fire along the frontier overnight.",
        COARSE,
    ),
    _case(
        "border-area-no-town",
        "Thai troops shelled Cambodian positions in a border area on Thursday.",
        COARSE,
    ),
    _case(
        "remote-region-no-town",
        "Congolese rebels attacked a village in Uganda's remote south-west on Tuesday.",
        COARSE,
    ),
    # --------------------------------------- a town named for something else first
    _case(
        "native-of-town",
        "A soldier from Lahore was killed when Indian troops shelled Pakistani posts in "
        "Kotli on Monday.",
        "Kotli",
    ),
    _case(
        "km-from-capital-and-town",
        "Azerbaijani troops shelled the town of Vardenis, 150 kilometres from Yerevan, on Tuesday.",
        "Vardenis",
    ),
    _case(
        "refugees-fled-to-town-later",
        "Sudanese militiamen attacked Chadian villagers near Adré on Friday. Last year "
        "thousands of refugees fled to Abéché.",
        "Adré",
    ),
    _case(
        "ambassador-in-capital-after-shelling-town",
        "Kabul summoned the Pakistani envoy after Pakistani shells hit Asadabad on Sunday.",
        "Asadabad",
    ),
]


@pytest.mark.parametrize(("text", "place"), CASES)
def test_strike_place(text: str, place: str) -> None:
    """The first strike the text tells is placed at the town it was at, or at no town
    when the text names none it was at."""
    strikes = strikes_of(text)
    assert strikes, "no strike read"
    got = strikes[0].place
    if place == COARSE:
        assert got is None or got.kind != "city", got.name
    else:
        assert got is not None and _folded(got.name) == _folded(place), got and got.name


def _folded(name: str) -> str:
    """A name without its accents and case: "Asadābād" is "asadabad"."""
    bare = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return bare.casefold()


# (text, the place of its one strike): a place named as the far side of the border,
# with the country it lies in, is a landmark, no second strike
FAR_SIDE = [
    pytest.param(
        "The roadside bomb went off near Arica, across the border from Tacna province in "
        "Peru, when smugglers triggered it.",
        "Arica",
        id="across-the-border-from-province-in-country",
    ),
    pytest.param(
        "The mortar round landed near Gengma, across the river from Shan state in Myanmar, "
        "when fighting flared.",
        "Gengma",
        id="across-the-river-from-state-in-country",
    ),
    pytest.param(
        "Shells fired from Shan state in Myanmar landed in Gengma on Saturday.",
        "Gengma",
        id="fired-from-state-in-country",
    ),
]


@pytest.mark.parametrize(("text", "place"), FAR_SIDE)
def test_far_side_is_no_strike(text: str, place: str) -> None:
    """The text tells one strike, at the town it names, not a second one on the far
    side of the border it names as a landmark or as where the fire came from."""
    strikes = strikes_of(text)
    assert [_folded(e.place.name) if e.place else None for e in strikes] == [_folded(place)]
