"""A phrasing battery for incursions and incidents at sea and on the border: the ways
news tells an airspace or border violation, a craft whose origin is all that is known,
a coast guard stopping, ramming or firing on boats, fishermen or soldiers seized across
a line, and an attack told from the side that was hit, each with the event an analyst
would extract from the sentence alone (GUIDELINE.md: an armed act by one party against
another; a non-state attacker is no state).

The negative cases (patrols, exercises, routine flights, escorts, rescues, habits,
denials, plans) must give no strike. Every sentence is invented for this test.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import pytest
from acts import ANY, strike_fits, strikes_of


def _case(id_: str, text: str, *events: tuple, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, list(events), id=id_, marks=marks)


# (type, actor, target, place name in the gazetteer); ANY leaves a field unchecked
AIRSPACE = [
    _case(
        "jets-violated-airspace-over",
        "Three Russian fighter jets violated Latvian airspace on Friday.",
        ("incursion", "RU", "LV", ANY),
    ),
    _case(
        "airspace-was-violated-by",
        "Lithuania said its airspace was violated by a Belarusian military helicopter on Sunday.",
        ("incursion", "BY", "LT", ANY),
    ),
    _case(
        "demonym-airspace-was-violated-by",
        "Polish airspace was violated by a Russian drone on Wednesday, the army said.",
        ("incursion", "RU", "PL", ANY),
    ),
    _case(
        "airspace-had-been-violated",
        "Romania said its airspace had been violated by Russian drones overnight.",
        ("incursion", "RU", "RO", ANY),
    ),
    _case(
        "unidentified-from-the-direction-of",
        "An unidentified helicopter violated Norwegian airspace from the direction of the "
        "Russian border on Monday.",
        ("incursion", "RU", "NO", ANY),
    ),
    _case(
        "unidentified-drone-entered-from",
        "An unidentified drone entered Latvian airspace from Belarus on Tuesday.",
        ("incursion", "BY", "LV", ANY),
    ),
    _case(
        "drone-from-state-violated-possessive-airspace",
        "A drone from Russia violated Moldova's airspace on Saturday.",
        ("incursion", "RU", "MD", ANY),
    ),
    _case(
        "aircraft-from-russian-territory",
        "An aircraft flying from Russian territory violated Finnish airspace on Thursday.",
        ("incursion", "RU", "FI", ANY),
    ),
    _case(
        "drone-crossed-its-border",
        "Estonia said a Russian drone had crossed its border on Monday.",
        ("incursion", "RU", "EE", ANY),
    ),
    _case(
        "crossed-the-state-border-of",
        "A Ukrainian drone illegally crossed the state border of Belarus on Monday.",
        ("incursion", "UA", "BY", ANY),
    ),
    _case(
        "violated-its-border",
        "Belarus said a Polish military helicopter violated its border on Tuesday.",
        ("incursion", "PL", "BY", ANY),
    ),
    _case(
        "said-drone-violated-its-airspace-near",
        "Romania said a Russian drone violated its airspace near Tulcea on Sunday.",
        ("incursion", "RU", "RO", "Tulcea"),
    ),
    _case(
        "troops-crossed-the-border-into",
        "Azerbaijani troops crossed the border into Armenia near Kapan on Tuesday.",
        ("incursion", "AZ", "AM", "Kapan"),
    ),
    _case(
        "military-aircraft-violated-capital-said",
        "A Venezuelan military aircraft violated Guyanese airspace, Georgetown said on Monday.",
        ("incursion", "VE", "GY", ANY),
    ),
    _case(
        "aircraft-crossed-into-airspace-from",
        "An unidentified aircraft crossed into Lithuanian airspace from Belarus on Saturday.",
        ("incursion", "BY", "LT", ANY),
    ),
    _case(
        "warships-entered-territorial-waters",
        "Two Chinese coast guard ships entered Japanese territorial waters on Sunday.",
        ("incursion", "CN", "JP", ANY),
    ),
    _case(
        "drone-launched-from-the-territory-of",
        "Belarus said a drone launched from the territory of Ukraine had crossed its border "
        "on Monday.",
        ("incursion", "UA", "BY", ANY),
        xfail="a launch place seven words before the verb is beyond the crossing phrase",
    ),
    _case(
        "helicopter-entered-airspace-near-town",
        "A Russian military helicopter entered Finnish airspace near Kotka on Thursday.",
        ("incursion", "RU", "FI", "Kotka"),
    ),
]

SEA = [
    _case(
        "coast-guard-vessels-stopped-boats",
        "Three Kuwaiti coast guard vessels stopped two Iraqi boats on Wednesday.",
        ("strike", "KW", "IQ", ANY),
    ),
    _case(
        "navy-detained-fishermen",
        "The Peruvian navy detained 14 Chilean fishermen on Thursday.",
        ("raid", "PE", "CL", ANY),
    ),
    _case(
        "navy-arrested-fishermen-near",
        "The Sri Lankan navy arrested 12 Indian fishermen near Jaffna on Monday.",
        ("raid", "LK", "IN", "Jaffna"),
    ),
    _case(
        "gunboats-shot-at-fishermen",
        "Eritrean gunboats shot at Yemeni fishermen on Tuesday.",
        (ANY, "ER", "YE", ANY),
    ),
    _case(
        "water-cannon-at-supply-boat",
        "Chinese coast guard ships fired water cannon at a Vietnamese supply boat on Saturday.",
        ("strike", "CN", "VN", ANY),
    ),
    _case(
        "vessel-rammed-ship",
        "A Chinese coast guard vessel rammed a Vietnamese fishing boat on Saturday.",
        ("strike", "CN", "VN", ANY),
    ),
    _case(
        "seized-fishing-boats",
        "Pakistani maritime security forces seized three Indian fishing boats on Monday.",
        ("raid", "PK", "IN", ANY),
    ),
    _case(
        "naval-forces-seized-tanker",
        "Iranian naval forces seized a British tanker on Friday.",
        ("raid", "IR", "GB", ANY),
    ),
    _case(
        "fishermen-were-detained-by",
        "Chilean fishermen were detained by the Peruvian navy on Sunday.",
        ("raid", "PE", "CL", ANY),
    ),
    _case(
        "border-guards-detained-boats",
        "Russian border guards detained two Japanese fishing boats on Monday.",
        ("raid", "RU", "JP", ANY),
    ),
    _case(
        "boats-were-seized-by",
        "Four Indian fishing boats were seized by the Pakistani navy on Tuesday.",
        ("raid", "PK", "IN", ANY),
    ),
    _case(
        "patrol-boat-intercepted-fishing-boat",
        "A Malaysian patrol boat intercepted an Indonesian fishing boat on Monday.",
        ("strike", "MY", "ID", ANY),
    ),
]

BORDER = [
    _case(
        "abducted-soldiers",
        "Venezuelan troops abducted three Colombian soldiers near the border on Monday.",
        ("raid", "VE", "CO", ANY),
    ),
    _case(
        "gunmen-abducted-soldiers",
        "Gunmen abducted three Syrian soldiers near the border on Sunday.",
        (ANY, None, "SY", ANY),
    ),
    _case(
        "were-shot-at-near",
        "Two Kenyan civilians were shot at near the Ugandan border on Saturday.",
        (ANY, None, "KE", ANY),
    ),
    _case(
        "villages-subjected-to-shelling-from",
        "Several Lebanese villages were subjected to shelling from Syrian territory on Monday.",
        ("shelling", "SY", "LB", ANY),
    ),
    _case(
        "subjected-to-shelling-no-attacker",
        "Several Lebanese villages were subjected to shelling on Monday.",
        ("shelling", None, "LB", ANY),
    ),
    _case(
        "state-militants-are-no-state",
        "Iraq and Syria share a long border.\n\nClashes between Iraqi border guards and "
        "Syrian militants near Rutba left a policeman dead.",
        ("clash", None, "IQ", ANY),
    ),
    _case(
        "after-a-boy-was-shot",
        "Colombia and Venezuela dispute their border.\n\nColombia sent troops to the border "
        "after a boy was shot dead.",
    ),
    _case(
        "ambushed-convoy-on-soil",
        "Militants ambushed a Syrian army convoy on Iraqi soil on Monday.",
        ("gunmen attack", None, "SY", ANY),
    ),
    _case(
        "border-guards-shot-at-smugglers-from",
        "Iranian border guards shot at Afghan migrants near Zaranj on Monday.",
        (ANY, "IR", "AF", "Zaranj"),
    ),
    _case(
        "forces-opened-fire-on-fishermen",
        "Eritrean forces opened fire on Ethiopian soldiers on Tuesday.",
        ("clash", "ER", "ET", ANY),
    ),
]

NEGATIVES = [
    _case("routinely-violated", "Russian aircraft have routinely violated Finnish airspace."),
    _case(
        "repeatedly-violated",
        "Russian jets have repeatedly violated Estonian airspace over the past year.",
    ),
    _case(
        "violated-n-times-this-year",
        "Russia has violated Lithuania's airspace four times this year.",
    ),
    _case("denied-violating", "Russia denied that its jets had violated Estonian airspace."),
    _case(
        "patrolled-waters",
        "Chinese coast guard ships patrolled the disputed waters on Monday.",
    ),
    _case(
        "naval-exercise",
        "The Qatari and Bahraini navies held a joint exercise in the Gulf on Monday.",
    ),
    _case(
        "routine-flight",
        "Russian bombers made a routine flight over neutral waters of the Baltic Sea.",
    ),
    _case(
        "escorted-by-jets",
        "NATO jets escorted two Russian aircraft over the Baltic Sea on Tuesday.",
    ),
    _case(
        "rescued-fishermen",
        "The Indian coast guard rescued 12 Sri Lankan fishermen on Monday.",
    ),
    _case(
        "released-fishermen",
        "Nicaragua released 14 Honduran fishermen on Thursday.",
    ),
    _case(
        "police-arrested-smugglers",
        "Thai police arrested five smugglers in Bangkok on Monday.",
    ),
    _case(
        "threatened-to-seize",
        "Iran threatened to seize British tankers in the Gulf.",
    ),
    _case(
        "could-violate",
        "Lithuania warned that Belarusian helicopters could violate its airspace.",
    ),
    _case(
        "crossed-the-border-refugees",
        "Thousands of Ukrainian refugees crossed the border into Poland on Monday.",
    ),
    _case(
        "supported-by-airstrikes",
        "The Syrian army, supported by Russian airstrikes, has pushed into Idlib in recent weeks.",
    ),
    _case(
        "that-attack-left-dead",
        "Militants killed two Iraqi guards in March.\n\nThat attack left nine guards dead.",
        (ANY, None, "IQ", ANY),
    ),
    _case(
        "to-prevent-violations",
        "Finland built a fence to prevent violations of its border by Russian forces.",
    ),
    _case(
        "airspace-closed",
        "Estonia closed its airspace near the Russian border on Monday.",
    ),
    _case(
        "ships-sailed-through",
        "Two Russian warships sailed through the Strait of Dover on Monday.",
    ),
    _case(
        "fishermen-went-missing",
        "Four Honduran fishermen went missing in the Gulf of Fonseca on Monday.",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), AIRSPACE + SEA + BORDER + NEGATIVES)
def test_incursion_battery(text: str, wanted: list[tuple]) -> None:
    """Each incursion or incident the text tells is read with its type, parties and
    place; a text that tells none gives no strike."""
    events = strikes_of(text)
    got = [(e.type, e.actor, e.target, e.place and e.place.name) for e in events]
    assert len(events) == len(wanted), got
    for want in wanted:
        assert any(strike_fits(e, want) for e in events), (want, got)
