"""A phrasing battery for who speaks: people named by surname or pronoun, positions
told in quotes.

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic events it must give: type, actor, target and place (the actor's
capital unless a venue is stated; ``"*"`` when the place is left open). News introduces
an official once with a title and a state ("Peruvian Foreign Minister Rosa Quintela")
and then writes only "Quintela said" or "she said"; it tells a position in the
speaker's own words ("'This is a provocation,' the ministry said"). Negative cases (a
surname two states share, a person of no state, an analyst or a journalist, a quote
about home affairs, a quote that threatens) must give no diplomatic event.
"""

from __future__ import annotations

import datetime
import time

import pytest
from acts import Act, diplomatic_acts, events_of, same_acts


def _case(id_: str, text: str, acts: list[Act]):
    return pytest.param(text, acts, id=id_)


SURNAME = [
    _case(
        "bare-title-filed-from",
        "QUITO, Ecuador (AP) - Peruvian patrol boats fired on Ecuadorian fishermen, "
        "Foreign Minister Jorge Urrutia Velasco said on Monday. Urrutia called the shooting "
        "a grave incident.",
        [("statement", "EC", "PE", "Quito")],
    ),
    _case(
        "surname-called-the-bombing",
        "Georgian President Levan Beridze spoke in Tbilisi on Friday. Beridze called the "
        "Russian bombing intolerable.",
        [("statement", "GE", "RU", "Tbilisi")],
    ),
    _case(
        "surname-condemned",
        "Peruvian Foreign Minister Rosa Quintela spoke to reporters on Monday about the "
        "border. Quintela condemned the shooting of two farmers by Chilean soldiers.",
        [("statement", "PE", "CL", "Lima")],
    ),
    _case(
        "surname-called-unacceptable",
        "Armenian Foreign Minister Aram Vardanyan gave a news conference on Monday. "
        "Vardanyan called the Azerbaijani shelling of Sotk unacceptable.",
        [("statement", "AM", "AZ", "Yerevan")],
    ),
    _case(
        "possessive-apposition-rejected",
        "Kenya's foreign minister, Grace Wanjala, returned from a summit on Friday. "
        "Wanjala rejected Somalia's claims over the border.",
        [("statement", "KE", "SO", "Nairobi")],
    ),
    _case(
        "apposition-after-accused",
        "Tariq Mehmood, Pakistan's interior minister, gave a news conference on Sunday. "
        "Mehmood accused Afghanistan of sheltering the militants.",
        [("statement", "PK", "AF", "Islamabad")],
    ),
    _case(
        "the-demonym-ambassador-apposition",
        "The Colombian ambassador, Felipe Restrepo, gave an interview on Monday. Restrepo "
        "denounced the Venezuelan troops' incursion.",
        [("statement", "CO", "VE", "Bogotá")],
    ),
    _case(
        "surname-told-reporters-sovereignty",
        "Peru's foreign minister, Rosa Quintela, returned from a summit on Monday. "
        "Quintela told reporters that the Chilean raid violated Peru's sovereignty.",
        [("statement", "PE", "CL", "Lima")],
    ),
    _case(
        "surname-demanded-apology",
        "Tajik Foreign Minister Rustam Nazarov spoke on Monday. Nazarov demanded an "
        "apology from Kabul for the attack.",
        [("statement", "TJ", "AF", "Dushanbe")],
    ),
    _case(
        "surname-summoned",
        "Lithuanian Foreign Minister Darius Kalnius cut short a trip on Monday. Kalnius "
        "summoned the Belarusian envoy over the balloons.",
        [("summon", "LT", "BY", "Vilnius")],
    ),
    _case(
        "surname-visited",
        "Kenyan Defence Minister Ahmed Bouchra left Nairobi on Monday. Bouchra "
        "visited Somalia on Tuesday.",
        [("visit", "KE", "SO", "Mogadishu")],
    ),
    _case(
        "military-ruler-general",
        "Burkina Faso's military ruler, General Amadou Tchimo, spoke on state television. "
        "Tchimo accused Ivory Coast of harbouring terrorists.",
        [("statement", "BF", "CI", "Ouagadougou")],
    ),
    _case(
        "surname-demanded-explanation",
        "Paraguay's foreign minister, Carla Mendizabal, spoke in the capital on Tuesday. "
        "Mendizabal demanded an explanation from Argentina.",
        [("statement", "PY", "AR", "*")],
    ),
    _case(
        "double-surname-first-part",
        "Ecuadorian Foreign Minister Jorge Urrutia Velasco spoke on Monday. Urrutia condemned "
        "the attack by Peruvian navy boats.",
        [("statement", "EC", "PE", "Quito")],
    ),
    _case(
        "bare-title-office-named-before",
        "Chad's president ordered the army onto high alert on Wednesday. President Idris "
        "Kebir spoke on state television in the evening. Kebir condemned the Libyan drone "
        "strike.",
        [("statement", "TD", "LY", "N'Djamena")],
    ),
    _case(
        "surname-possessive-title",
        "Estonia's foreign minister Kristjan Mets arrived in Tallinn on Friday. Mets called "
        "the Russian incursion a provocation.",
        [("statement", "EE", "RU", "Tallinn")],
    ),
    _case(
        "surname-ambassador-to-un",
        "Bolivia's ambassador to the United Nations, Sacha Villca, spoke on Tuesday. "
        "Villca lodged a protest with Chile over the arrests.",
        [("protest", "BO", "CL", "*")],
    ),
    _case(
        "surname-named-twice-same-state",
        "Georgian President Levan Beridze was in Tbilisi on Friday. Beridze said later "
        "that Beridze condemned the Russian bombing.",
        [("statement", "GE", "RU", "Tbilisi")],
    ),
]

PRONOUN = [
    _case(
        "claims-of-the-person-before",
        "Benin and Niger have quarrelled for a year, and Benin accuses Niger of closing the "
        "border. Niger's military ruler, General Amadou Tchimo, spoke on state television on "
        "Sunday. Tchimo alleged that Nigeria hosts a foreign military base. Nigeria's national "
        "security adviser dismissed the claims as baseless.",
        [("statement", "BJ", "NE", "Cotonou"), ("statement", "NG", "NE", "Abuja")],
    ),
    _case(
        "he-after-fronted-phrase",
        "Libyan drones struck the town of Zouar, and Chad's president put the army on alert "
        "on Wednesday. Wearing a uniform, President Idris Kebir chaired a security council in "
        "the evening. He described the attack as an outrage.",
        [("statement", "TD", "LY", "N'Djamena")],
    ),
    _case(
        "he-after-intro",
        "Azerbaijani President Ilham Gasimov addressed the nation on Tuesday. He condemned "
        "the Armenian shelling of Tovuz.",
        [("statement", "AZ", "AM", "Baku")],
    ),
    _case(
        "she-after-surname",
        "Peru's foreign minister, Rosa Quintela, gave a news conference on Monday. "
        "Quintela spoke for an hour. She called the Chilean incursion a provocation.",
        [("statement", "PE", "CL", "Lima")],
    ),
    _case(
        "he-chain",
        "Georgian President Levan Beridze returned to Tbilisi on Friday. He spoke to the "
        "press. He condemned the Russian bombing of Duisi.",
        [("statement", "GE", "RU", "Tbilisi")],
    ),
    _case(
        "he-demanded-apology",
        "Tajik Foreign Minister Rustam Nazarov spoke on Monday. He demanded an apology from Kabul.",
        [("statement", "TJ", "AF", "Dushanbe")],
    ),
    _case(
        "she-summoned",
        "Latvian Foreign Minister Ilze Berzina cut short a trip on Monday. She summoned the "
        "Russian envoy.",
        [("summon", "LV", "RU", "Riga")],
    ),
    _case(
        "he-after-apposition",
        "Tariq Mehmood, Pakistan's interior minister, spoke on Sunday. He accused "
        "Afghanistan of sheltering the militants.",
        [("statement", "PK", "AF", "Islamabad")],
    ),
]

QUOTED = [
    _case(
        "quote-regrettable-ministry-before",
        "Belizean soldiers shot a Guatemalan farmer near the border on Friday. In a sharp "
        'reply, the Guatemalan foreign ministry said, "It is regrettable that the soldiers of '
        'Belize fire on unarmed civilians."',
        [("statement", "GT", "BZ", "Guatemala City")],
    ),
    _case(
        "quote-organisation-repudiates",
        'Belizean soldiers shot a Guatemalan farmer near the border on Friday. "We repudiate '
        'the death of a Guatemalan civilian at the hands of a Belizean patrol," the OAS said.',
        [("statement", "OAS", "BZ", "*")],
    ),
    _case(
        "quote-provocation-title",
        'Russian jets entered Estonian airspace on Friday. "This is an unprecedented and '
        'reckless provocation," Estonian Foreign Minister Kristjan Mets said.',
        [("statement", "EE", "RU", "Tallinn")],
    ),
    _case(
        "quote-condemn-ministry",
        'Chilean troops fired on a border post near Tacna on Monday. "We condemn this '
        'attack on our soldiers," the Peruvian foreign ministry said.',
        [("statement", "PE", "CL", "Lima")],
    ),
    _case(
        "quote-surname-sovereignty",
        "Peruvian Foreign Minister Rosa Quintela spoke on Monday. \"Chile's raid is a clear "
        'violation of our sovereignty," Quintela said.',
        [("statement", "PE", "CL", "Lima")],
    ),
    _case(
        "quote-unacceptable-possessive",
        '"The shelling of our villages by Azerbaijan is unacceptable and must stop," '
        "Armenia's foreign ministry said.",
        [("statement", "AM", "AZ", "Yerevan")],
    ),
    _case(
        "quote-after-colon",
        "Azerbaijani troops shelled the village of Sotk on Monday. Armenia's foreign "
        'minister said: "We strongly condemn this aggression against our people."',
        [("statement", "AM", "AZ", "Yerevan")],
    ),
    _case(
        "quote-across-sentences",
        'Russian jets crossed into Estonia on Friday. "This incursion is a grave '
        "provocation. Our allies stand with us,\" Estonia's foreign minister Kristjan Mets "
        "said.",
        [("statement", "EE", "RU", "Tallinn")],
    ),
    _case(
        "quote-he-said",
        "Azerbaijani troops shelled Jermuk on Monday, Armenian Foreign Minister Aram "
        'Vardanyan said. "The attack on Jermuk is an act of aggression against our country," '
        "he said.",
        [("statement", "AM", "AZ", "Yerevan")],
    ),
    _case(
        "quote-demand-apology",
        'Afghan forces fired across the border on Sunday. "We demand an apology from '
        'Kabul," the Tajik foreign ministry said.',
        [("statement", "TJ", "AF", "Dushanbe")],
    ),
    _case(
        "quote-said-after-sayer",
        'Belarusian helicopters crossed the border on Monday. "This violation of our '
        "territory is unacceptable,\" said Lithuania's foreign minister, Darius Kalnius.",
        [("statement", "LT", "BY", "Vilnius")],
    ),
    _case(
        "quote-outrageous-named-party",
        '"What Colombia did on our soil is outrageous," Ecuadorian President Rafael Moreno said.',
        [("statement", "EC", "CO", "Quito")],
    ),
    _case(
        "quote-told-reporters",
        'Libyan drones struck the town of Zouar on Wednesday. "This strike is a blatant '
        'aggression against Chad," the Chadian government spokesman told reporters.',
        [("statement", "TD", "LY", "N'Djamena")],
    ),
    _case(
        "quote-condemn-state-named",
        '"We condemn in the strongest terms the attack by Cambodian forces," the Thai '
        "foreign ministry said.",
        [("statement", "TH", "KH", "Bangkok")],
    ),
]

NOT_ACTS = [
    _case(
        "no-surname-two-states",
        "Peruvian Foreign Minister Rosa Quintela and Chilean Defence Minister Pablo Quintela "
        "spoke separately on Monday. Quintela condemned the attack.",
        [],
    ),
    _case(
        "no-person-without-state",
        "Maria Quintela, a lawyer, spoke to reporters on Monday. Quintela condemned the "
        "shooting of two Peruvian farmers by Chilean soldiers.",
        [],
    ),
    _case(
        "no-analyst-surname",
        "Peruvian analyst Jorge Salcedo spoke on Monday. Salcedo called the Chilean "
        "incursion a provocation.",
        [],
    ),
    _case(
        "no-journalist-quoted",
        'Russian jets entered Estonian airspace on Friday. "This is a reckless provocation," '
        "said Anna Berg, a journalist who covers the Baltics.",
        [],
    ),
    _case(
        "no-quote-domestic",
        '"The rise in burglaries in Lima is unacceptable," Peru\'s interior minister said.',
        [],
    ),
    _case(
        "no-quote-threat",
        'Azerbaijani troops shelled Sotk on Monday. "We will respond to any provocation '
        'with force," the Armenian defence minister said.',
        [],
    ),
    _case(
        "no-quote-conditional",
        'Peruvian Foreign Minister Rosa Quintela spoke on Monday. "If Chile crosses the '
        'border again, we will condemn it before the world," Quintela said.',
        [],
    ),
    _case(
        "no-quote-resident",
        'Azerbaijani troops shelled Sotk on Monday. "The shelling is unacceptable," said a '
        "resident of the village.",
        [],
    ),
    _case(
        "no-quote-rebel-spokesman",
        'Government troops shelled the camp on Monday. "We condemn this attack on our '
        'fighters," a rebel spokesman said.',
        [],
    ),
    _case(
        "no-he-after-army",
        "Peruvian Foreign Minister Rosa Quintela spoke on Monday. The army said troops were "
        "on alert. He condemned the attack.",
        [],
    ),
    _case(
        "no-quote-sport",
        "\"The referee's decision was unacceptable,\" Chile's coach said after the match "
        "against Peru.",
        [],
    ),
    _case(
        "no-former-minister",
        "Former Peruvian foreign minister Luis Cardenas spoke on Monday. Cardenas called "
        "the Chilean incursion a provocation.",
        [],
    ),
    _case(
        "no-soldier-surname",
        "Peruvian soldier Juan Mamani was wounded in the clash. Mamani condemned the "
        "attack from his hospital bed.",
        [],
    ),
    _case(
        "no-he-after-professor",
        "Jorge Salcedo, a professor at the university in Lima, spoke on Monday. He "
        "condemned the Chilean incursion.",
        [],
    ),
    _case(
        "no-quote-question",
        'Russian jets entered Estonian airspace on Friday. "Is this a provocation?" a '
        "reporter asked the minister.",
        [],
    ),
    _case(
        "no-quote-we-will-retaliate",
        'Libyan drones struck the town of Zouar on Wednesday. "We will retaliate against '
        'any aggression," the Chadian president said.',
        [],
    ),
    _case(
        "no-bare-title-of-another-state",
        "Egyptian President Omar Fathy spoke in Cairo on Monday. President Avi Ronen "
        "gave an interview. Ronen condemned the Egyptian decision.",
        [],
    ),
    _case(
        "no-title-across-a-verb",
        "Chilean troops fired on President Luis Quispe's convoy near Tacna on Monday. "
        "Quispe condemned the attack.",
        [],
    ),
    _case(
        "no-bare-title-no-dateline",
        "Nicaraguan patrol boats fired on Honduran fishermen on Monday. Foreign Minister "
        "Jorge Urrutia Velasco spoke to reporters. Urrutia called the shooting a grave incident.",
        [],
    ),
    _case(
        "no-quote-home-affairs-in-border-story",
        'Chilean troops fired on a Peruvian post on Monday. "The opposition march in Lima is '
        "an unacceptable provocation,\" Peru's interior minister said.",
        [],
    ),
    _case(
        "no-quote-police-chief",
        '"We condemn the violence at the stadium," the Chilean police chief said after the '
        "match against Peru.",
        [],
    ),
    _case(
        "no-she-first-sentence",
        "She condemned the attack on the border post.",
        [],
    ),
]

ALL = SURNAME + PRONOUN + QUOTED + NOT_ACTS


@pytest.mark.parametrize(("text", "acts"), ALL)
def test_who_speaks(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Armenian Foreign Minister Aram Vardanyan spoke on Monday. Vardanyan ordered "
            "the shelling of Azerbaijani positions.",
            id="foreign-minister-no-attacker",
        ),
        pytest.param(
            'Peruvian Foreign Minister Rosa Quintela spoke on Monday. "We will strike '
            'their posts," Quintela said.',
            id="quoted-threat-no-strike",
        ),
    ],
)
def test_a_named_person_is_no_attacker(text: str) -> None:
    """A minister named by surname gives no strike of his state; a quote gives no strike."""
    assert not [e for e in events_of(text) if e.family == "strike" and e.actor in ("AM", "PE")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "Libyan drones struck the town of Zouar on Monday, and Chad's president put the "
            "army on alert. Wearing a uniform, President Idris Kebir chaired a security council "
            "on Tuesday evening. He described the attack as an outrage.",
            datetime.date(2025, 7, 22),
            id="he-carries-on-the-day",
        ),
        pytest.param(
            "Armenian Foreign Minister Aram Vardanyan spoke on Monday. He condemned the "
            "Azerbaijani shelling of Sotk on Wednesday.",
            datetime.date(2025, 7, 23),
            id="own-day-first",
        ),
    ],
)
def test_a_pronoun_carries_on_the_day(text: str, day: datetime.date) -> None:
    """A statement told by "he" takes the day of the sentence it carries on from, unless
    it names its own."""
    got = [e.date for e in events_of(text) if e.family == "diplomatic"]
    assert got == [day], got


@pytest.mark.parametrize("token", ["Ab" * 5000, "Iran" * 800, "Pakistan-" * 600, "A" * 5000])
def test_a_long_token_is_scanned_in_one_pass(token: str) -> None:
    """A name is looked for without backtracking: a 10,000-letter token of capitals and
    small letters took minutes when a name's word could be split any way."""
    t0 = time.perf_counter()
    events_of(f"Report\n\nOfficials said {token} on Monday.")
    assert time.perf_counter() - t0 < 5.0
