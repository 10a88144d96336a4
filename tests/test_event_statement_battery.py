"""A phrasing battery for statements, protest notes and unnamed diplomatic actors.

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic events it must give: type, actor, target and place (the actor's
capital unless a venue is stated; ``"*"`` when the place is left open). Statements are
a government's position on the other party or on an incident, told as news tells them
(told parliament, called the incident unacceptable, rejected the claims, a statement
read by a minister); protests include notes, letters and complaints sent to the other
party; an actor may be written "the ministry" or "the country's foreign ministry".
Negative cases (facts a spokesman reports, domestic quotes, threats, forecasts, denials)
must give no diplomatic event.
"""

from __future__ import annotations

import pytest
from acts import Act, diplomatic_acts, same_acts


def _case(id_: str, text: str, acts: list[Act]):
    return pytest.param(text, acts, id=id_)


POSITION = [
    _case(
        "told-parliament",
        "Peru's foreign minister told parliament on Wednesday that Chile had no reason to "
        "keep the border closed.",
        [("statement", "PE", "CL", "Lima")],
    ),
    _case(
        "address-to-parliament-after",
        "Santiago has no grounds to keep the crossing shut, Peruvian Foreign Minister Rosa "
        "Quispe said in an address to parliament on Tuesday.",
        [("statement", "PE", "CL", "Lima")],
    ),
    _case(
        "told-lawmakers",
        "Kenya's foreign minister told lawmakers that Somalia's claims over the border were "
        "baseless.",
        [("statement", "KE", "SO", "Nairobi")],
    ),
    _case(
        "called-incident-unacceptable",
        "Ecuadorian troops fired on a Peruvian patrol near Zarumilla on Monday. Peru's "
        "foreign ministry called the incident unacceptable.",
        [("statement", "PE", "EC", "Lima")],
    ),
    _case(
        "called-it-provocation",
        "Armenian troops shelled Tovuz on Monday. Azerbaijan's foreign ministry called it a "
        "deliberate provocation.",
        [("statement", "AZ", "AM", "Baku")],
    ),
    _case(
        "calling-the-act-abuse",
        "Kuwait said its coastguard had been stopped by Iraqi boats, calling the incident a "
        "breach of its sovereignty.",
        [("statement", "KW", "IQ", "Kuwait City")],
    ),
    _case(
        "described-as",
        "Indonesian ships rammed a Malaysian fishing boat on Friday. Malaysia's foreign "
        "ministry described the ramming as a grave violation.",
        [("statement", "MY", "ID", "*")],
    ),
    _case(
        "rejected-claims",
        "Uganda accused Kenya of moving troops to the border. Kenya rejected the claims on "
        "Tuesday.",
        [("statement", "UG", "KE", "Kampala"), ("statement", "KE", "UG", "Nairobi")],
    ),
    _case(
        "dismissed-accusations-as",
        "Uganda dismissed Rwanda's accusations as fabrications on Sunday.",
        [("statement", "UG", "RW", "Kampala")],
    ),
    _case(
        "dismissed-statements",
        "Sudan dismissed Chad's statements about the border as hostile propaganda.",
        [("statement", "SD", "TD", "Khartoum")],
    ),
    _case(
        "held-responsible",
        "Guinean soldiers crossed into Sierra Leone on Monday. The government of Sierra Leone "
        "held Guinea fully responsible for the incident.",
        [("statement", "SL", "GN", "Freetown")],
    ),
    _case(
        "holds-accountable",
        "Oman holds the Yemeni side legally accountable for the violations, the ministry said.",
        [("statement", "OM", "YE", "Muscat")],
    ),
    _case(
        "expects-apology",
        "Kyrgyz border guards fired on a Tajik post on Monday. Tajikistan said it expected an "
        "apology from Kyrgyzstan.",
        [("statement", "TJ", "KG", "Dushanbe")],
    ),
    _case(
        "expects-apology-partner",
        "Kyrgyz border guards fired on a Tajik post in Vorukh on Monday, killing two. "
        "Tajikistan said on Tuesday it expected an apology and effective measures to prevent "
        "further incidents.",
        [("statement", "TJ", "KG", "Dushanbe")],
    ),
    _case(
        "statement-read-by",
        "Saudi boats stopped two Kuwaiti patrol vessels on Sunday. The conduct was "
        "unacceptable, read a statement by Kuwait's interior minister.",
        [("statement", "KW", "SA", "Kuwait City")],
    ),
    _case(
        "according-to-statement-from",
        "Saudi boats stopped two Kuwaiti patrol vessels on Sunday. Kuwait called the "
        "incident an abuse, according to a statement from its interior ministry.",
        [("statement", "KW", "SA", "Kuwait City")],
    ),
    _case(
        "one-per-party-and-day",
        "Ecuadorian troops fired on a Peruvian patrol near Zarumilla on Monday. Peru's "
        "foreign ministry called the incident unacceptable. Peru's foreign minister told "
        "parliament that Ecuador had no right to patrol the river.",
        [("statement", "PE", "EC", "Lima")],
    ),
    _case(
        "called-attack-grave",
        "Peruvian patrol boats fired on Ecuadorian fishermen on Thursday. Ecuador called "
        "the attack a new and grave incident.",
        [("statement", "EC", "PE", "Quito")],
    ),
    _case(
        "denied-and-called-provocation",
        "Latvia said a Russian drone had crossed its border. Russia's foreign ministry "
        "denied the incident and called it another provocation.",
        [("statement", "RU", "LV", "Moscow")],
    ),
]

PROTEST_NOTES = [
    _case(
        "diplomatic-note-sent",
        "Uruguay sent a diplomatic note to Argentina on Wednesday demanding it stop building "
        "the bridge.",
        [("protest", "UY", "AR", "Montevideo")],
    ),
    _case(
        "diplomatic-missive",
        "Paraguay wrote a diplomatic missive to Brazil on Monday.",
        [("protest", "PY", "BR", "*")],
    ),
    _case(
        "letter-of-protest",
        "Ghana handed a letter of protest to Togo's ambassador on Friday.",
        [("protest", "GH", "TG", "Accra")],
    ),
    _case(
        "protest-letter-delivered-passive",
        "A protest letter was delivered to the Togolese envoy in Accra on Friday.",
        [("protest", "GH", "TG", "Accra")],
    ),
    _case(
        "formal-letter",
        "Thailand issued a formal letter to Laos on Monday over the stray shells.",
        [("protest", "TH", "LA", "Bangkok")],
    ),
    _case(
        "note-verbale",
        "Guyana sent a note verbale to Venezuela on Thursday.",
        [("protest", "GY", "VE", "Georgetown")],
    ),
    _case(
        "complaint-against",
        "Bolivia filed a complaint against Chile on Tuesday.",
        [("protest", "BO", "CL", "La Paz")],
    ),
    _case(
        "complaint-lodged-with",
        "Ethiopia lodged a complaint with Sudan over the shelling.",
        [("protest", "ET", "SD", "Addis Ababa")],
    ),
    _case(
        "summons-with-note",
        "Belarus summoned the Ukrainian ambassador and handed him a protest note.",
        [("summon", "BY", "UA", "Minsk")],
    ),
    _case(
        "accused-and-summoned",
        "Belarus accused Ukraine of spying and summoned the Ukrainian ambassador on Monday.",
        [("summon", "BY", "UA", "Minsk")],
    ),
]

IMPLICIT = [
    _case(
        "headline-country-ministry",
        "Cambodia Protests to Vietnam Over Border Road\n\n"
        "The Ministry of Foreign Affairs on Wednesday sent a diplomatic note to Vietnam "
        "over the road.",
        [("protest", "KH", "VN", "Phnom Penh")],
    ),
    _case(
        "the-countrys-foreign-ministry",
        "The Latvian government said three Russian jets had entered its airspace on Friday. "
        "The country's foreign ministry said it had summoned Russia's charge d'affaires.",
        [("summon", "LV", "RU", "Riga")],
    ),
    _case(
        "the-ministry-previous-sentence",
        "Romania's foreign ministry said a Russian drone had crashed in Tulcea. The ministry "
        "summoned the Russian ambassador on Sunday.",
        [("summon", "RO", "RU", "Bucharest")],
    ),
    _case(
        "ministry-of-foreign-affairs-previous",
        "Ghana said soldiers from Togo had crossed the border. The Ministry of Foreign "
        "Affairs then sent a note of protest to Togo.",
        [("protest", "GH", "TG", "Accra")],
    ),
    _case(
        "envoy-state-is-target",
        "The foreign ministry summoned Russia's charge d'affaires over the incident.",
        [],
    ),
    _case(
        "capital-metonym-summons-chargé",
        "Tallinn summoned Russia's charge d'affaires on Friday.",
        [("summon", "EE", "RU", "Tallinn")],
    ),
    _case(
        "capital-metonyms-believes",
        "Yerevan believes Ankara has no reason to keep the border closed, the foreign "
        "minister told parliament.",
        [("statement", "AM", "TR", "Yerevan")],
    ),
    _case(
        "letter-sender-unnamed",
        "Thai troops watched the Lao border on Monday. The commander issued a formal letter "
        "to the head of the Lao border unit in Bokeo province.",
        [("protest", "TH", "LA", "Bangkok")],
    ),
    _case(
        "without-confirming-or-denying",
        "Eritrea, without confirming or denying the clashes, dismissed Djibouti's statements "
        "as hostile.",
        [("statement", "ER", "DJ", "Asmara")],
    ),
    _case(
        "state-department-appeal",
        "Belizean soldiers shot a Guatemalan teenager on Friday. The U.S. State Department "
        "urged calm and restraint by both sides.",
        [("restraint appeal", "US", None, "Washington")],
    ),
]

NOT_STATEMENT = [
    _case(
        "no-spokesman-facts",
        "An army spokesman said two soldiers were killed when shells hit the post.",
        [],
    ),
    _case(
        "no-ministry-toll",
        "Syria's defence ministry said eight soldiers were killed in the strikes.",
        [],
    ),
    _case(
        "no-statement-toll",
        "The statement said two attackers were killed and a third was captured.",
        [],
    ),
    _case(
        "no-domestic-parliament",
        "The finance minister told parliament that inflation had fallen to four percent.",
        [],
    ),
    _case(
        "no-domestic-unacceptable",
        "The opposition leader called the budget cuts unacceptable.",
        [],
    ),
    _case(
        "no-coach-called",
        "The coach called the referee's decision a disgrace.",
        [],
    ),
    _case(
        "no-resident-called",
        "A resident of Tacna called the shelling terrifying.",
        [],
    ),
    _case(
        "no-threat",
        "Chile warned it would hold Peru responsible for any attack.",
        [],
    ),
    _case(
        "no-forecast",
        "Peru said talks with Chile are expected to resume next month.",
        [],
    ),
    _case(
        "no-denial-alone",
        "Ukraine denied that its drones had crossed the border.",
        [],
    ),
    _case(
        "no-denial-of-incident",
        "Ukraine's foreign ministry denied the incident.",
        [],
    ),
    _case(
        "no-rebels-rejected",
        "The rebels rejected the claims as lies.",
        [],
    ),
    _case(
        "no-analysts",
        "Analysts called the incident a provocation.",
        [],
    ),
    _case(
        "no-letter-to-families",
        "The minister wrote a letter to the families of the victims.",
        [],
    ),
    _case(
        "no-company-complaint",
        "A customer filed a complaint against the bank in Lima.",
        [],
    ),
    _case(
        "no-may-demand-apology",
        "Chile may demand an apology from Peru.",
        [],
    ),
    _case(
        "no-future-letter",
        "Cambodia will send a diplomatic note to Vietnam next week.",
        [],
    ),
    _case(
        "no-health-minister",
        "Peru's health minister said the hospital in Tacna had enough beds.",
        [],
    ),
    _case(
        "no-police-statement",
        "Police said in a statement that the man had been arrested.",
        [],
    ),
    _case(
        "no-told-reporters-plans",
        "The foreign minister told reporters he would travel to Lima next week.",
        [],
    ),
    _case(
        "no-court-complaint",
        "The family filed a complaint with the court in Quito.",
        [],
    ),
    _case(
        "no-unacceptable-weather",
        "Farmers called the drought the worst in decades.",
        [],
    ),
    _case(
        "no-apology-domestic",
        "The mayor said he expected an apology from the newspaper.",
        [],
    ),
    _case(
        "no-held-meeting-responsible",
        "The council held a meeting on waste collection.",
        [],
    ),
]

ALL = POSITION + PROTEST_NOTES + IMPLICIT + NOT_STATEMENT


@pytest.mark.parametrize(("text", "acts"), ALL)
def test_a_statement_phrasing(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
