"""A battery of how a border report frames its strike, beyond the words of the act
itself: a later sentence that gives the day ("The incident happened on Friday night"),
a later sentence that doubts the report ("Reuters could not verify the report"), a
habit or a pattern told in the present or the perfect ("the region has been repeatedly
targeted by shelling"), and an earlier incident the report compares it with ("The
shooting comes three weeks after ...").

Every sentence is invented for this test; the page is dated Wednesday 6 March 2024.

A case the extractor does not read yet is marked ``xfail`` with the reason; a fix that
makes it pass turns the mark into a failure, so the mark must then be removed.
"""

from __future__ import annotations

import datetime

import pytest
from acts import case, reported_strikes

#: the day of the act told in a later sentence of its own: (actor, date)
INCIDENT_DAY = [
    case(
        "incident-happened-on-friday-night",
        "One smuggler was killed after Kenyan border police opened fire on a group near "
        "Mandera, officials said on Saturday. The incident happened on Friday night at a "
        "village close to the Somali border.",
        ("KE", datetime.date(2024, 3, 1)),
    ),
    case(
        "incident-happened-after-a-dateline",
        "Nairobi, Mar 2 (Reuters) One smuggler was killed after Kenyan border police opened "
        "fire on a group near Mandera, officials said on Saturday. The incident happened on "
        "Friday night near the Somali border.",
        ("KE", datetime.date(2024, 3, 1)),
    ),
    case(
        "shooting-took-place-on-sunday",
        "Uzbek border guards shot dead a Kyrgyz shepherd near Osh, the Kyrgyz ministry said "
        "on Tuesday. The shooting took place on Sunday evening.",
        ("UZ", datetime.date(2024, 3, 3)),
    ),
    case(
        "clash-occurred-on-monday",
        "Two soldiers died when Thai and Cambodian troops exchanged fire near Surin, the army "
        "said on Wednesday. The clash occurred on Monday afternoon.",
        ("*", datetime.date(2024, 3, 4)),
    ),
]


@pytest.mark.parametrize(("text", "want"), INCIDENT_DAY)
def test_report_incident_day(text: str, want: tuple) -> None:
    strikes = reported_strikes(text, background=True)
    actor, day = want
    assert len(strikes) == 1, [(e.type, e.actor, e.target, e.date) for e in strikes]
    e = strikes[0]
    assert actor in ("*", e.actor), (e.type, e.actor, e.target)
    assert e.date == day, (e.type, e.actor, e.target, e.date)


#: a later sentence doubts the report: the strike is alleged
DOUBTED = [
    case(
        "was-not-able-to-verify",
        "The governor of Russia's Kursk region said on Monday that Ukraine had shelled a "
        "border village, killing one person. Reuters was not able to independently verify "
        "the report.",
        ("UA", "RU"),
    ),
    case(
        "could-not-independently-confirm",
        "Syrian state media said Turkish drones struck a village near Amuda on Sunday, "
        "killing three people. The report could not be independently confirmed.",
        ("TR", "SY"),
    ),
    case(
        "officials-denied-responsibility",
        "Ukrainian shelling killed a man in the Russian village of Tetkino on Sunday. "
        "Ukrainian officials denied responsibility for the attack.",
        ("UA", "RU"),
    ),
]


@pytest.mark.parametrize(("text", "want"), DOUBTED)
def test_report_doubted(text: str, want: tuple) -> None:
    strikes = reported_strikes(text, background=True)
    assert [(e.actor, e.target) for e in strikes] == [want], [
        (e.type, e.actor, e.target) for e in strikes
    ]
    assert strikes[0].alleged


#: a habit or a pattern, no one strike
HABITS = [
    pytest.param(
        "Russia's Bryansk region has been repeatedly targeted by Ukrainian shelling, "
        "officials say.",
        id="has-been-repeatedly-targeted",
    ),
    pytest.param(
        "Since the war began, the Kursk region has been repeatedly targeted by what officials "
        "call indiscriminate Ukrainian bombardment.",
        id="has-been-targeted-by-what-officials-call",
    ),
    pytest.param(
        "The United States carries out drone strikes in several countries including Somalia "
        "and Yemen.",
        id="carries-out-strikes-in-several-countries",
    ),
    pytest.param(
        "Villages near Jermuk have frequently been shelled by Azerbaijani forces.",
        id="have-frequently-been-shelled",
    ),
    pytest.param(
        "Border posts in Kunar regularly come under fire from Pakistani troops.",
        id="regularly-come-under-fire",
    ),
]


@pytest.mark.parametrize("text", HABITS)
def test_report_habit_is_no_strike(text: str) -> None:
    assert reported_strikes(text, background=True) == [], [
        (e.type, e.actor, e.target) for e in reported_strikes(text, background=True)
    ]


def test_report_earlier_incident_it_follows_is_background() -> None:
    """ "The shooting comes three weeks after ...": the incident compared with is an
    earlier one, told for background, and the news keeps its own toll."""
    strikes = reported_strikes(
        "Tajik guards shot dead two Kyrgyz smugglers near Isfara on Tuesday. The shooting "
        "comes less than three weeks after Tajik guards shot dead five Kyrgyz intruders near "
        "Vorukh.",
        background=True,
    )
    news = [(e.killed, e.background) for e in strikes]
    assert sorted(news, key=str) == [(2, False), (5, True)], [
        (e.type, e.actor, e.target, e.killed, e.background, e.date) for e in strikes
    ]
