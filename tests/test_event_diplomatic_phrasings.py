"""A phrasing battery for diplomatic acts: the ordinary ways news states them.

Each case is a short text written for this test (no sentence comes from an article),
with the diplomatic events it must give: type, actor, target and place (the venue
when one is stated, else the actor's capital or an organisation's seat; ``"*"`` when
the place is left open). A joint act (a meeting, a call, an agreement) matches with
its two parties in either order. Negative cases must give no diplomatic event.
"""

from __future__ import annotations

import pytest
from acts import Act, diplomatic_acts, same_acts


def _xf(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def _case(id_: str, text: str, acts: list[Act], reason: str | None = None):
    marks = [_xf(reason)] if reason else []
    return pytest.param(text, acts, id=id_, marks=marks)


SUMMON = [
    _case(
        "summon-active",
        "Turkey summoned the Greek ambassador on Monday.",
        [("summon", "TR", "GR", "Ankara")],
    ),
    _case(
        "summon-capital-metonym",
        "Ankara summoned Greece's charge d'affaires on Monday.",
        [("summon", "TR", "GR", "Ankara")],
    ),
    _case(
        "summon-ministry",
        "The Thai foreign ministry summoned Cambodia's ambassador on "
        "Friday to protest the shelling.",
        [("summon", "TH", "KH", "Bangkok")],
    ),
    _case(
        "summon-called-in",
        "Egypt called in the Ethiopian envoy on Wednesday.",
        [("summon", "EG", "ET", "Cairo")],
    ),
    _case(
        "summon-office",
        "Pakistan's Foreign Office summoned the Afghan charge d'affaires on Tuesday.",
        [("summon", "PK", "AF", "Islamabad")],
    ),
    _case(
        "summon-said-it-had",
        "Azerbaijan said it had summoned the Iranian ambassador.",
        [("summon", "AZ", "IR", "Baku")],
    ),
    _case(
        "summon-spokesman",
        "A spokesman for the Algerian foreign ministry said Algiers "
        "had summoned the French ambassador.",
        [("summon", "DZ", "FR", "Algiers")],
    ),
    _case(
        "summon-passive-by",
        "Iran's envoy was summoned by the Azerbaijani foreign ministry on Sunday.",
        [("summon", "AZ", "IR", "Baku")],
    ),
    _case(
        "summon-passive-to-ministry",
        "The Ethiopian ambassador was summoned to the Egyptian foreign ministry on Monday.",
        [("summon", "EG", "ET", "Cairo")],
    ),
    _case(
        "summon-passive-in-capital",
        "The ambassador of Pakistan was summoned to the foreign ministry in New Delhi on Tuesday.",
        [("summon", "IN", "PK", "New Delhi")],
    ),
    _case(
        "summon-passive-ministry-said",
        "Venezuela's ambassador was summoned on Monday, the Guyanese foreign ministry said.",
        [("summon", "GY", "VE", "Georgetown")],
    ),
    _case(
        "summon-noun",
        "The summoning of the Rwandan ambassador by Kinshasa followed the clashes.",
        [("summon", "CD", "RW", "Kinshasa")],
    ),
    _case(
        "summon-two-envoys",
        "Qatar summoned the ambassadors of Iran and Israel on Monday.",
        [("summon", "QA", "IR", "Doha"), ("summon", "QA", "IL", "Doha")],
    ),
    _case(
        "summon-envoy-in-capital",
        "Greece's ambassador in Ankara was called in to the Turkish foreign ministry.",
        [("summon", "TR", "GR", "Ankara")],
    ),
]

RECALL = [
    _case(
        "recall-active",
        "Colombia recalled its ambassador to Venezuela on Thursday.",
        [("recall ambassador", "CO", "VE", "Bogotá")],
    ),
    _case(
        "recall-metonym-consultations",
        "Tehran recalled its envoy in Baku for consultations.",
        [("recall ambassador", "IR", "AZ", "Tehran")],
    ),
    _case(
        "recall-said-it-had",
        "Algeria said it had recalled its ambassador from Paris with immediate effect.",
        [("recall ambassador", "DZ", "FR", "Algiers")],
    ),
    _case(
        "recall-noun",
        "Peru announced the recall of its ambassador to Mexico on Monday.",
        [("recall ambassador", "PE", "MX", "Lima")],
    ),
    _case(
        "recall-withdrew",
        "Kenya withdrew its high commissioner from Somalia on Friday.",
        [("recall ambassador", "KE", "SO", "Nairobi")],
    ),
    _case(
        "recall-passive",
        "Sweden's ambassador to Iran has been recalled for "
        "consultations, the Swedish foreign ministry said.",
        [("recall ambassador", "SE", "IR", "Stockholm")],
    ),
    _case(
        "recall-three-coordinated",
        "Mali, Niger and Burkina Faso recalled their ambassadors from Algeria on Sunday.",
        [
            ("recall ambassador", "ML", "DZ", "Bamako"),
            ("recall ambassador", "NE", "DZ", "Niamey"),
            ("recall ambassador", "BF", "DZ", "Ouagadougou"),
        ],
    ),
    _case(
        "recall-its-allies",
        "Mali and its allies Burkina Faso and Niger recalled "
        "their ambassadors from Algeria on Sunday.",
        [
            ("recall ambassador", "ML", "DZ", "Bamako"),
            ("recall ambassador", "NE", "DZ", "Niamey"),
            ("recall ambassador", "BF", "DZ", "Ouagadougou"),
        ],
    ),
    _case(
        "recall-headline",
        "Mali recalls ambassador from Algeria\n\nBAMAKO, July 23 "
        "(Wire) - The government announced the move on Wednesday.",
        [("recall ambassador", "ML", "DZ", "Bamako")],
    ),
    _case(
        "recall-severed-ties",
        "Niger severed diplomatic ties with Ukraine on Tuesday.",
        [("recall ambassador", "NE", "UA", "Niamey")],
    ),
]

RECALL += [
    _case(
        "recall-headline-second-verb",
        "Chile accuses Peru of arming rebels, recalls ambassador\n\nSANTIAGO, July 23 "
        "(Wire) - The government announced the move on Wednesday.",
        [("statement", "CL", "PE", "Santiago"), ("recall ambassador", "CL", "PE", "Santiago")],
    ),
    _case(
        "expel-headline-second-verb",
        "Rwanda condemns Belgium, expels envoy\n\nKIGALI, July 23 (Wire) - The "
        "government announced the move on Wednesday.",
        [("statement", "RW", "BE", "Kigali"), ("expel", "RW", "BE", "Kigali")],
    ),
    _case(
        "recall-will-announced",
        "Mali, Niger and Burkina Faso will recall their ambassadors from Algeria, they "
        "said in a joint statement on Sunday.",
        [
            ("recall ambassador", "ML", "DZ", "Bamako"),
            ("recall ambassador", "NE", "DZ", "Niamey"),
            ("recall ambassador", "BF", "DZ", "Ouagadougou"),
        ],
    ),
    _case(
        "expel-will-announced",
        "Rwanda will expel the Belgian ambassador, the government said on Monday.",
        [("expel", "RW", "BE", "Kigali")],
    ),
]

RECALL += [
    _case(
        "recall-envoy-posted-in-city",
        "Kenya recalled its high commissioner in Kampala on Monday.",
        [("recall ambassador", "KE", "UG", "Nairobi")],
    ),
    _case(
        "summon-envoy-posted-in-city",
        "Chile summoned the Peruvian ambassador in Santiago on Monday.",
        [("summon", "CL", "PE", "Santiago")],
    ),
]

EXPEL = [
    _case(
        "expel-active",
        "Rwanda expelled two Congolese diplomats on Monday.",
        [("expel", "RW", "CD", "Kigali")],
    ),
    _case(
        "expel-png",
        "Ukraine declared a Russian diplomat persona non grata.",
        [("expel", "UA", "RU", "Kyiv")],
    ),
    _case(
        "expel-ordered-to-leave",
        "Niger ordered the French ambassador to leave the country within 48 hours.",
        [("expel", "NE", "FR", "Niamey")],
    ),
    _case(
        "expel-passive",
        "Three Iranian diplomats were expelled from Azerbaijan on Friday.",
        [("expel", "AZ", "IR", "Baku")],
    ),
    _case(
        "expel-accusing",
        "Burkina Faso expelled three French diplomats, accusing them of subversive activities.",
        [("expel", "BF", "FR", "Ouagadougou")],
    ),
]

PROTEST = [
    _case(
        "protest-lodged",
        "Thailand lodged a protest with Cambodia over the landmine blast.",
        [("protest", "TH", "KH", "Bangkok")],
    ),
    _case(
        "protest-conveyed",
        "China conveyed a strong protest to the Philippines on Monday.",
        [("protest", "CN", "PH", "Beijing")],
    ),
    _case(
        "protest-delivered",
        "Seoul delivered a formal protest to Pyongyang on Tuesday.",
        [("protest", "KR", "KP", "Seoul")],
    ),
    _case(
        "protest-registered",
        "India registered a strong protest with Pakistan over the firing.",
        [("protest", "IN", "PK", "New Delhi")],
    ),
    _case(
        "protest-note-handed",
        "Azerbaijan handed a protest note to the Armenian ambassador.",
        [("protest", "AZ", "AM", "Baku")],
    ),
    _case(
        "protest-note-sent",
        "Venezuela sent a note of protest to Guyana on Friday.",
        [("protest", "VE", "GY", "Caracas")],
    ),
    _case(
        "protest-passive",
        "A strong protest was lodged with the Afghan charge d'affaires in Islamabad on Monday.",
        [("protest", "PK", "AF", "Islamabad")],
    ),
    _case(
        "protest-verb-to",
        "Japan protested to China over the incursion.",
        [("protest", "JP", "CN", "Tokyo")],
    ),
    _case(
        "protest-demarche",
        "Japan issued a demarche to China on Monday.",
        [("protest", "JP", "CN", "Tokyo")],
    ),
    _case(
        "protest-representations",
        "Beijing lodged stern representations with Manila on Sunday.",
        [("protest", "CN", "PH", "Beijing")],
    ),
    _case(
        "protest-reported",
        "The Kremlin said it had sent a formal protest to Helsinki.",
        [("protest", "RU", "FI", "Moscow")],
    ),
]

STATEMENT = [
    _case(
        "condemn-named",
        "Jordan strongly denounced Israel on Tuesday.",
        [("statement", "JO", "IL", "Amman")],
    ),
    _case(
        "condemn-implied-victim",
        "Israeli jets struck Damascus on Monday. Syria condemned the attack.",
        [("statement", "SY", "IL", "Damascus")],
    ),
    _case(
        "condemn-implied-third-state",
        "Russian drones struck Kharkiv on Sunday. Poland condemned the attacks on Monday.",
        [("statement", "PL", "RU", "Warsaw")],
    ),
    _case(
        "condemn-coordinated",
        "France, Germany and Britain condemned Iran on Monday.",
        [
            ("statement", "FR", "IR", "Paris"),
            ("statement", "DE", "IR", "Berlin"),
            ("statement", "GB", "IR", "London"),
        ],
    ),
    _case(
        "condemn-organisation",
        "The European Union condemned Russia on Friday.",
        [("statement", "EU", "RU", "Brussels")],
    ),
    _case(
        "condemn-ministry-spokesman",
        "The Chinese foreign ministry spokesman condemned the Philippines on Monday.",
        [("statement", "CN", "PH", "Beijing")],
    ),
    _case(
        "statement-sovereignty",
        "Pakistani jets struck Paktika province on Tuesday. "
        "Kabul said in a statement that such actions violate its sovereignty.",
        [("statement", "AF", "PK", "Kabul")],
    ),
    _case(
        "statement-concern",
        "In a statement, the Kenyan foreign ministry expressed "
        "deep concern over Somalia's actions.",
        [("statement", "KE", "SO", "Nairobi")],
    ),
    _case(
        "accuse-of",
        "Armenia accused Azerbaijan of provocations on Monday.",
        [("statement", "AM", "AZ", "Yerevan")],
    ),
    _case(
        "condemn-deplored",
        "Qatar deplored the Israeli strike on Doha.",
        [("statement", "QA", "IL", "Doha")],
    ),
]

STATEMENT += [
    _case(
        "statement-violated-sovereignty",
        "Colombian troops raided a camp in Sucumbios province on Saturday. Quito said the "
        "raid violated Ecuador's sovereignty.",
        [("statement", "EC", "CO", "Quito")],
    ),
    _case(
        "statement-these-acts",
        "Eritrean artillery shelled Zalambessa on Monday. Addis Ababa said these attacks "
        "were a breach of its sovereignty.",
        [("statement", "ET", "ER", "Addis Ababa")],
    ),
]

APPEAL = [
    _case(
        "appeal-both-named",
        "China urged India and Pakistan to exercise restraint.",
        [("restraint appeal", "CN", None, "Beijing")],
    ),
    _case(
        "appeal-one-addressee",
        "The United States urged Rwanda to de-escalate.",
        [("restraint appeal", "US", "RW", "Washington")],
    ),
    _case(
        "appeal-coordinated",
        "Saudi Arabia, Qatar and Egypt called for calm on Sunday.",
        [
            ("restraint appeal", "SA", None, "Riyadh"),
            ("restraint appeal", "QA", None, "Doha"),
            ("restraint appeal", "EG", None, "Cairo"),
        ],
    ),
    _case(
        "appeal-un-chief",
        "UN Secretary-General Antonio Guterres called on both sides to exercise maximum restraint.",
        [("restraint appeal", "UN", None, "New York City")],
    ),
    _case(
        "appeal-ceasefire-noun",
        "Turkey appealed for an immediate ceasefire between Armenia and Azerbaijan.",
        [("restraint appeal", "TR", None, "Ankara")],
    ),
]

MEDIATION = [
    _case(
        "mediation-offer",
        "Qatar offered to mediate between Afghanistan and Pakistan.",
        [("mediation offer", "QA", None, "Doha")],
    ),
    _case(
        "mediation-stood-ready",
        "Turkey said it stood ready to mediate between Russia and Ukraine.",
        [("mediation offer", "TR", None, "Ankara")],
    ),
]

REQUEST = [
    _case(
        "request-unsc-convene",
        "Guyana asked the UN Security Council to convene on Monday.",
        [("request", "GY", "UNSC", "Georgetown")],
    ),
    _case(
        "request-oas-meeting",
        "Ecuador requested an urgent meeting of the Organization of American States.",
        [("request", "EC", "OAS", "Quito")],
    ),
    _case(
        "request-au-help",
        "Somalia appealed to the African Union for help on Friday.",
        [("request", "SO", "AU", "Mogadishu")],
    ),
]

CALL_MEET_VISIT = [
    _case(
        "call-spoke-by-phone",
        "The Pakistani prime minister spoke by phone with the Iranian president on Monday.",
        [("phone call", "PK", "IR", "*")],
    ),
    _case(
        "call-telephoned-counterpart",
        "The Turkish president telephoned his Russian counterpart on Tuesday.",
        [("phone call", "TR", "RU", "*")],
    ),
    _case(
        "call-held-call",
        "Egypt's foreign minister held a phone call with his Sudanese counterpart.",
        [("phone call", "EG", "SD", "*")],
    ),
    _case(
        "meeting-venue",
        "Afghan and Pakistani delegations held talks in Doha on Saturday.",
        [("meeting", "AF", "PK", "Doha")],
    ),
    _case(
        "meeting-ministers-of",
        "The foreign ministers of India and China met in Moscow on Thursday.",
        [("meeting", "IN", "CN", "Moscow")],
    ),
    _case(
        "meeting-talks-between",
        "Talks between Thai and Cambodian officials took place in Kuala Lumpur.",
        [("meeting", "TH", "KH", "Kuala Lumpur")],
    ),
    _case(
        "visit-travelled",
        "The Iranian foreign minister travelled to Islamabad on Monday.",
        [("visit", "IR", "PK", "Islamabad")],
    ),
    _case(
        "visit-paid",
        "The Turkish defence minister paid a visit to Baku on Monday.",
        [("visit", "TR", "AZ", "Baku")],
    ),
    _case(
        "visit-arrived",
        "Qatar's prime minister arrived in Kabul on Sunday.",
        [("visit", "QA", "AF", "Kabul")],
    ),
    _case(
        "agreement-signed",
        "Armenia and Azerbaijan signed a peace agreement in Washington.",
        [("agreement", "AM", "AZ", "Washington")],
    ),
    _case(
        "agreement-ceasefire",
        "Thailand and Cambodia agreed to an immediate ceasefire on Monday.",
        [("agreement", "TH", "KH", "*")],
    ),
    _case(
        "ties-restored",
        "Rwanda and Burundi restored diplomatic ties on Friday.",
        [("ambassadors return", "RW", "BI", "*")],
    ),
]

NEGATIVE = [
    _case("no-threat", "Iran warned it would respond to any attack.", []),
    _case("no-plan", "Mali plans to recall its ambassador from Algeria.", []),
    _case(
        "no-conditional-recall",
        "Chile said it would recall its ambassador if Peru did not apologise.",
        [],
    ),
    _case("no-could-expel", "Rwanda could expel the Belgian ambassador.", []),
    _case(
        "no-sovereignty-no-sayer",
        "The border has been closed since the war began, and the two states dispute "
        "its demarcation.",
        [],
    ),
    _case(
        "no-considering",
        "Chile said it was considering recalling its ambassador from Peru.",
        [],
    ),
    _case("no-threatened-to", "Chile threatened to expel the Peruvian ambassador.", []),
    _case(
        "no-urged-government-to",
        "Opposition lawmakers urged the government to expel the Peruvian ambassador.",
        [],
    ),
    _case("no-demanded-that", "Chile demanded that Peru recall its ambassador.", []),
    _case("no-asked-to-withdraw", "Chile asked Peru to withdraw its envoy from Santiago.", []),
    _case(
        "no-protesters-demand",
        "Protesters in Santiago demanded the expulsion of the Peruvian ambassador.",
        [],
    ),
    _case("no-denied-summoning", "Chile denied summoning the Peruvian envoy.", []),
    _case("no-refused-to-meet", "Chile refused to meet the Peruvian delegation.", []),
    _case(
        "no-residents-met",
        "The minister met with residents of the border village of Visviri on Monday.",
        [],
    ),
    _case("no-weighing-whether", "Chile is weighing whether to summon the Peruvian envoy.", []),
    _case("no-rounds-of-talks", "Chile and Peru have held several rounds of talks since 2019.", []),
    _case("no-may-soon", "Chile may soon expel Peruvian diplomats, officials said.", []),
    _case(
        "no-called-on-to-recall",
        "Lawmakers called on Chile to recall its ambassador from Peru.",
        [],
    ),
    _case("no-embassy-says", "The Peruvian embassy in Santiago said its staff were safe.", []),
    _case("no-future", "Colombia will summon the Venezuelan envoy next week.", []),
    _case("no-denial", "The ministry denied that it had summoned the French ambassador.", []),
    _case("no-meeting-to-come", "Both sides agreed to meet again next month.", []),
    _case("no-habit", "Pakistan has repeatedly summoned the Afghan envoy over the past year.", []),
    _case(
        "no-domestic-meeting", "The prime minister met the army chief in Islamabad on Monday.", []
    ),
    _case("no-product-recall", "The carmaker recalled thousands of vehicles in Japan.", []),
    _case("no-court-summons", "The former minister was summoned by a court in Lahore.", []),
    _case("no-condition", "If Ankara expels the envoy, Athens would respond.", []),
    _case("no-street-protest", "Thousands protested in Nairobi against the tax bill.", []),
    _case(
        "no-calls-to-recall",
        "Calls grew for Chile to recall its ambassador from Israel.",
        [],
        "calls for a state to act are no act",
    ),
    _case("no-hospital-visit", "The president visited wounded soldiers in hospital.", []),
    _case("no-rebel-statement", "The rebel group said in a statement that it had withdrawn.", []),
    _case("no-passive-accused", "Rwanda was accused of backing the rebels.", []),
]

MORE = [
    _case(
        "protest-note-to-envoy",
        "The Colombian foreign ministry handed a protest note to Venezuela's ambassador on Monday.",
        [("protest", "CO", "VE", "Bogotá")],
    ),
    _case(
        "summon-to-protest-strike",
        "Hungary summoned the Ukrainian ambassador to protest the drone attack.",
        [("summon", "HU", "UA", "Budapest")],
    ),
    _case(
        "summon-passive-according-to",
        "The Iranian charge d'affaires was summoned, according to the Azerbaijani foreign "
        "ministry.",
        [("summon", "AZ", "IR", "Baku")],
    ),
    _case(
        "expel-hours-to-leave",
        "Chad gave the Sudanese ambassador 72 hours to leave the country.",
        [("expel", "TD", "SD", "N'Djamena")],
    ),
    _case(
        "expel-png-passive-by",
        "A Chinese diplomat was declared persona non grata by Lithuania on Friday.",
        [("expel", "LT", "CN", "Vilnius")],
    ),
    _case(
        "recall-called-home",
        "Thailand called its ambassador home from Phnom Penh on Tuesday.",
        [("recall ambassador", "TH", "KH", "Bangkok")],
    ),
    _case(
        "appeal-called-on-two",
        "Indonesia called on Thailand and Cambodia to show restraint.",
        [("restraint appeal", "ID", None, "Jakarta")],
    ),
    _case(
        "appeal-organisation-two-neighbours",
        "The African Union urged the two neighbours to exercise restraint.",
        [("restraint appeal", "AU", None, "Addis Ababa")],
    ),
    _case(
        "call-noun-leaders-of",
        "In a phone call on Monday, the leaders of Egypt and Ethiopia discussed the border.",
        [("phone call", "EG", "ET", "*")],
    ),
    _case(
        "visit-landed",
        "The Indian foreign secretary landed in Dhaka on Sunday.",
        [("visit", "IN", "BD", "Dhaka")],
        "'landed in' is also said of shells: a person's landing is not told apart",
    ),
    _case(
        "summon-quoted-ministry",
        "Relations between Chile and Peru soured.\n“The Peruvian charge d'affaires was "
        "summoned and handed a protest note,” the Chilean foreign ministry said on Tuesday.",
        [("summon", "CL", "PE", "Santiago")],
    ),
    _case(
        "expel-quoted-victim",
        "Chile and Peru traded accusations on Monday.\n“Our ambassador was expelled "
        "without any reason,” the Peruvian foreign minister said.",
        [("expel", "CL", "PE", "Santiago")],
    ),
    _case(
        "no-quoted-threat",
        "Chile and Peru traded accusations on Monday.\n“The envoy will be summoned if "
        "this continues,” the Chilean minister said.",
        [],
    ),
    _case(
        "protest-by-army",
        "The Indian army lodged a strong protest with Pakistan over the firing.",
        [("protest", "IN", "PK", "New Delhi")],
    ),
    _case("no-patrol-visit", "A Chilean patrol visited the border post in Arica.", []),
    _case(
        "no-envoy-speaks",
        "The Iranian ambassador in Baku said relations were good.",
        [],
    ),
    _case(
        "no-protesters-at-embassy",
        "Protesters gathered outside the French embassy in Niamey on Friday.",
        [],
    ),
    _case(
        "no-envoy-expects",
        "The ambassador expects the two leaders to meet next month.",
        [],
    ),
]

#: more phrasings: offices, metonyms, demonyms, requests to bodies
VARIED = [
    _case(
        "protest-note-to-capitals-envoy",
        "Baku handed a note of protest to Tehran's envoy on Monday.",
        [("protest", "AZ", "IR", "Baku")],
    ),
    _case(
        "summon-ministry-of-state",
        "The foreign ministry of Azerbaijan summoned the Iranian ambassador on Monday.",
        [("summon", "AZ", "IR", "Baku")],
    ),
    _case(
        "summon-ministry-possessive",
        "Ethiopia's Ministry of Foreign Affairs summoned the Sudanese ambassador.",
        [("summon", "ET", "SD", "Addis Ababa")],
    ),
    _case(
        "summon-spokeswoman-reports",
        "Foreign ministry spokeswoman Maria Petrova said Moscow had summoned the Finnish "
        "ambassador.",
        [("summon", "RU", "FI", "Moscow")],
    ),
    _case(
        "condemn-demonym-strikes",
        "Pakistan strongly condemned the Indian strikes.",
        [("statement", "PK", "IN", "Islamabad")],
    ),
    _case(
        "request-called-for-org-meeting",
        "Kuwait called for an urgent Arab League meeting.",
        [("request", "KW", "Arab League", "Kuwait City")],
    ),
    _case(
        "request-turned-to-alliance",
        "Armenia turned to the CSTO for help on Tuesday.",
        [("request", "AM", "CSTO", "Yerevan")],
    ),
    _case(
        "request-assistance-from-state",
        "Armenia requested military assistance from Russia.",
        [("request", "AM", "RU", "Yerevan")],
    ),
    _case(
        "recall-cut-ties",
        "Algeria cut diplomatic ties with Morocco on Tuesday.",
        [("recall ambassador", "DZ", "MA", "Algiers")],
    ),
    _case(
        "condemn-attack-by-demonym",
        "The Nigerian government condemned the attack by Cameroonian soldiers.",
        [("statement", "NG", "CM", "Abuja")],
    ),
    _case(
        "protest-ministry-note-demonym-envoy",
        "Tajikistan's foreign ministry handed a protest note to the Kyrgyz envoy.",
        [("protest", "TJ", "KG", "Dushanbe")],
    ),
    _case(
        "condemn-minister-possessive",
        "Jordan's foreign minister condemned Israel on Sunday.",
        [("statement", "JO", "IL", "Amman")],
    ),
    _case(
        "condemn-president-demonym",
        "Lebanese President Joseph Aoun condemned the Israeli strikes on Monday.",
        [("statement", "LB", "IL", "Beirut")],
    ),
    _case(
        "expel-envoy-and-aides",
        "Uganda expelled the Rwandan high commissioner and two aides.",
        [("expel", "UG", "RW", "Kampala")],
    ),
    _case(
        "agreement-signed-venue",
        "Senegal and Gambia signed a border agreement in Dakar on Friday.",
        [("agreement", "SN", "GM", "Dakar")],
    ),
    _case(
        "call-two-demonym-ministers",
        "The Pakistani and Afghan foreign ministers spoke by telephone on Monday.",
        [("phone call", "PK", "AF", "*")],
    ),
    _case(
        "appeal-metonym-to-metonym",
        "Beijing urged New Delhi to exercise restraint.",
        [("restraint appeal", "CN", "IN", "Beijing")],
    ),
    _case(
        "mediation-metonyms",
        "Tehran offered to mediate between Baku and Yerevan.",
        [("mediation offer", "IR", None, "Tehran")],
    ),
    _case(
        "recall-after-clashes",
        "Djibouti recalled its ambassador to Eritrea after the border clashes.",
        [("recall ambassador", "DJ", "ER", "Djibouti")],
    ),
    _case(
        "condemn-strike-on-third-state-town",
        "Cairo strongly condemned the bombing of the Sudanese city of El Fasher.",
        [("statement", "EG", None, "Cairo")],
    ),
]

#: reported speech, passives with agents, offices of organisations, joint acts
REPORTED = [
    _case(
        "summon-according-to-fronted",
        "According to the foreign ministry, Chile summoned the Peruvian ambassador on Monday.",
        [("summon", "CL", "PE", "Santiago")],
    ),
    _case(
        "protest-said-it-had",
        "Chile's foreign ministry said on Monday it had lodged a protest with Peru over the "
        "incident.",
        [("protest", "CL", "PE", "Santiago")],
    ),
    _case(
        "recall-both-countries",
        "Chile and Peru clashed on Monday. Both countries recalled their ambassadors on Tuesday.",
        [("recall ambassador", "CL", "PE", "Santiago"), ("recall ambassador", "PE", "CL", "Lima")],
    ),
    _case(
        "summon-passive-metonym-envoy-posted",
        "Ankara's envoy in Athens was summoned on Monday.",
        [("summon", "GR", "TR", "Athens")],
    ),
    _case(
        "expel-passive-by-agent",
        "Two Thai diplomats were expelled by Cambodia on Friday.",
        [("expel", "KH", "TH", "Phnom Penh")],
    ),
    _case(
        "appeal-eu-office",
        "The European Union's foreign policy chief called for de-escalation.",
        [("restraint appeal", "EU", None, "Brussels")],
    ),
    _case(
        "appeal-nato-chief",
        "NATO Secretary General Mark Rutte urged restraint on Monday.",
        [("restraint appeal", "NATO", None, "Brussels")],
    ),
    _case(
        "protest-verb-adverb-to",
        "Chile protested strongly to Peru on Monday.",
        [("protest", "CL", "PE", "Santiago")],
    ),
    _case(
        "protest-formally-implied-target",
        "Peruvian troops crossed into Chile on Sunday. Chile formally protested the incursion.",
        [("protest", "CL", "PE", "Santiago")],
    ),
    _case(
        "call-called-counterpart",
        "The Peruvian president called his Chilean counterpart on Monday.",
        [("phone call", "PE", "CL", "*")],
    ),
    _case(
        "summon-minister-possessive",
        "Ghana's foreign minister summoned the Togolese ambassador on Monday.",
        [("summon", "GH", "TG", "Accra")],
    ),
    _case(
        "protest-metonyms",
        "Hanoi lodged a protest with Beijing over the collision.",
        [("protest", "VN", "CN", "Hanoi")],
    ),
    _case(
        "condemn-nonstate-attack",
        "The Emirati foreign ministry strongly condemned the Houthi attack on Abu Dhabi.",
        [("statement", "AE", None, "Abu Dhabi")],
    ),
    _case(
        "expel-and-recall",
        "The Ecuadorean government expelled the Colombian ambassador and recalled its own envoy "
        "from Bogota.",
        [("expel", "EC", "CO", "Quito"), ("recall ambassador", "EC", "CO", "Quito")],
    ),
    _case(
        "summon-noun-by-state",
        "The summoning of the Chinese ambassador by the Philippines on Monday followed the "
        "collision.",
        [("summon", "PH", "CN", "Manila")],
    ),
    _case(
        "meeting-third-state-venue",
        "Armenia and Azerbaijan traded accusations on Monday. Armenia's prime minister held "
        "talks in Brussels on Thursday.",
        [("meeting", "AM", "AZ", "Brussels")],
    ),
    _case(
        "recall-passive-ministry-in-capital",
        "Chile's ambassador to Peru was recalled, the foreign ministry in Santiago said.",
        [("recall ambassador", "CL", "PE", "Santiago")],
    ),
    _case(
        "statement-demanded-explanation",
        "Chile demanded an explanation from Peru on Monday.",
        [("statement", "CL", "PE", "Santiago")],
    ),
    _case(
        "agreement-agreed-to-reopen",
        "Mexico and Guatemala agreed on Friday to reopen the border crossing.",
        [("agreement", "MX", "GT", "*")],
    ),
    _case(
        "summon-passive-envoy-to-state",
        "The Moroccan ambassador to Algeria was summoned over the remarks.",
        [("summon", "DZ", "MA", "Algiers")],
    ),
]

ALL = SUMMON + RECALL + EXPEL + PROTEST + STATEMENT + APPEAL + MEDIATION + REQUEST
ALL += CALL_MEET_VISIT + MORE + VARIED + REPORTED + NEGATIVE


@pytest.mark.parametrize(("text", "acts"), ALL)
def test_a_diplomatic_phrasing(text: str, acts: list[Act]) -> None:
    """The text gives exactly the diplomatic acts listed, with their parties and place."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
