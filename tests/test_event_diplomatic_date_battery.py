"""A date battery for diplomatic acts: the day of the act itself, not of the report that
tells it nor of the incident the act is about.

News dates a summons, a protest or an appeal in the same sentence as the shelling it
answers ("lodged a protest on Tuesday over the firing of March 2") and the day a
ministry reports it ("said on Wednesday it had summoned the envoy on Monday"); an
analyst gives the act its own day. Every article is invented for this test; unless a
case says otherwise it is published on Wednesday 6 March 2024. A case the extractor
does not read yet is marked ``xfail`` with the reason.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

PUBLISHED = "2024-03-06"  # a Wednesday
DEFAULT = object()


def _case(id_: str, text: str, *whens: str | None, published: object = DEFAULT, xfail=None):
    """``whens``: the day ("YYYY-MM-DD") or None of each diplomatic act, in the order the
    article first tells them."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    pub = PUBLISHED if published is DEFAULT else published
    return pytest.param(text, pub, list(whens), id=id_, marks=marks)


CASES = [
    # ------------------------------------- the act's day beside the incident's day
    _case(
        "yesterday-protest-over-a-dated-firing",
        "Nepal yesterday lodged a strong protest with India over the firing on a border "
        "patrol near Birgunj on March 2.",
        "2024-03-05",
    ),
    _case(
        "summons-over-a-shooting-that-took-place",
        "Ghana summoned Togo's envoy on Monday over a shooting that took place on "
        "February 28 near Aflao.",
        "2024-03-04",
    ),
    _case(
        "protest-note-over-a-dated-shelling",
        "Laos on Monday sent a protest note to Vietnam over the shelling of a border "
        "village on March 1.",
        "2024-03-04",
    ),
    _case(
        "condemned-a-dated-killing",
        "Niger yesterday condemned the killing of two of its soldiers by Beninese troops "
        "near Malanville on March 1.",
        "2024-03-05",
    ),
    _case(
        "mediation-after-dated-clashes",
        "Oman on Monday offered to mediate between Yemen and Saudi Arabia after the "
        "border clashes of February 28.",
        "2024-03-04",
    ),
    _case(
        "both-weekdays",
        "Kenya on Tuesday summoned Somalia's ambassador over the shelling of a border "
        "post in Mandera on Sunday.",
        "2024-03-05",
    ),
    _case(
        "weekday-after-the-incident-night",
        "Uzbekistan on Tuesday lodged a protest with Kazakhstan over an attack by Kazakh "
        "border guards on its post on Sunday night.",
        "2024-03-05",
    ),
    _case(
        "restraint-after-dated-clashes",
        "Kazakhstan on Monday called for restraint after clashes on the Uzbek-Kyrgyz "
        "border on Saturday killed five people.",
        "2024-03-04",
    ),
    _case(
        "request-after-a-dated-crossing",
        "Guyana on Tuesday asked the UN Security Council to intervene after Venezuelan "
        "troops crossed the border on February 29.",
        "2024-03-05",
    ),
    _case(
        "only-the-incident-dated",
        "Chile summoned the Bolivian ambassador over the shooting of a carabinero near "
        "Colchane on March 2.",
        "2024-03-06",  # told no day of its own, the act takes the page's
    ),
    # ------------------------------------------------ the report's day and the act's
    _case(
        "said-it-had-summoned-on",
        "Thailand's foreign ministry said on Wednesday it had summoned the Lao "
        "ambassador on Monday.",
        "2024-03-04",
    ),
    _case(
        "said-that-it-had-recalled-on",
        "Benin said on Wednesday that it had recalled its ambassador to Niger on Tuesday.",
        "2024-03-05",
    ),
    _case(
        "said-the-ministers-spoke-on",
        "Kenya said on Wednesday that its foreign minister spoke with his Somali "
        "counterpart by phone on Monday.",
        "2024-03-04",
    ),
    _case(
        "said-it-had-met-on",
        "Uganda said on Tuesday that its foreign minister had met his Rwandan "
        "counterpart in Kigali on Sunday.",
        "2024-03-03",
    ),
    _case(
        "act-then-the-report",
        "Morocco recalled its ambassador to Algeria on Monday, the ministry said on Tuesday.",
        "2024-03-04",
    ),
    _case(
        "only-the-report-dated",
        "Morocco recalled its ambassador to Algeria, the ministry said on Tuesday.",
        "2024-03-05",
    ),
    # ------------------------------------------ a day told apart from the act's verb
    _case(
        "next-day-after-a-dated-strike",
        "Guatemalan troops shelled a Belizean village on Monday. The following day, "
        "Belize's foreign ministry lodged a protest with Guatemala.",
        "2024-03-05",
    ),
    _case(
        "appeal-on-a-later-day",
        "Sudanese troops shelled the Chadian town of Adre on Saturday. On Monday the "
        "African Union urged both sides to show restraint.",
        "2024-03-04",
    ),
    _case(
        "a-day-after-the-clashes",
        "Peruvian and Ecuadorian troops clashed on Monday. A day after the clashes, Brazil "
        "called for restraint.",
        "2024-03-05",
    ),
    _case(
        "dateline-and-weekday",
        "TEHRAN, March 4 (Reuters) - Iran on Monday summoned Iraq's charge d'affaires "
        "over cross-border fire on Sunday.",
        "2024-03-04",
    ),
    _case(
        "the-next-day-fronted",
        "Nigerien border guards fired on a Beninese post on Monday. The next day, Benin "
        "summoned the Nigerien ambassador.",
        "2024-03-05",
    ),
    _case(
        "weekday-fronted-without-comma",
        "On Tuesday Chile summoned the Bolivian ambassador.",
        "2024-03-05",
    ),
    _case(
        "full-date-fronted-without-comma",
        "On 12 May 2021 Belize summoned Guatemala's ambassador over the incident.",
        "2021-05-12",
        published=None,
    ),
    # --------------------------------------------------------- a page with no date
    _case(
        "undated-page-weekday",
        "Lesotho summoned South Africa's high commissioner on Friday over a border shooting.",
        None,
        published=None,
    ),
    _case(
        "undated-page-full-date",
        "Belize summoned Guatemala's ambassador on 12 May 2021.",
        "2021-05-12",
        published=None,
    ),
]


@pytest.mark.parametrize(("text", "published", "whens"), CASES)
def test_diplomatic_date_battery(text: str, published: str | None, whens: list) -> None:
    """Each diplomatic act is dated to its own day, as an analyst would date it."""
    article = article_from_text("battery.txt", text, published=published)
    events = [e for e in extract_events(article, geoparse(article)) if e.family == "diplomatic"]
    got = [e.date for e in events]
    want = [datetime.date.fromisoformat(w) if w else None for w in whens]
    assert got == want, [(e.type, e.actor, e.target, e.date) for e in events]
