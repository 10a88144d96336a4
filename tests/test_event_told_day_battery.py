"""A battery of diplomatic acts whose day comes in the next sentence.

Wire copy often leads with an act and no day ("Ghana has protested to Togo over the
arrest of its fishermen") and gives the day in the next sentence, as the day the act was
told or made: "Foreign minister Kofi Mensah said on Monday ...", "In a statement issued
late on Monday, the ministry ...", "... told reporters on Tuesday", "The decision was
announced yesterday". The act takes that day. Not a day the next sentence gives for
something else: the other side's answer, a strike, a remark, talks to come.

Every text is invented for this test; each is published on Wednesday 6 March 2024.
"""

from __future__ import annotations

import datetime

import pytest
from acts import case

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

PUBLISHED = "2024-03-06"


def _acts(text: str) -> list[tuple[str, datetime.date | None]]:
    article = article_from_text("battery.txt", f"Report\n\n{text}", published=PUBLISHED)
    events = extract_events(article, geoparse(article))
    return [(e.type, e.date) for e in events if e.family == "diplomatic" and not e.background]


TOLD_NEXT = [
    case(
        "minister-said-on-monday",
        "Ghana has protested to Togo over the arrest of its fishermen near the maritime "
        "border. Foreign minister Kofi Mensah said on Monday that the detention breached "
        "a 2019 accord.",
        "protest",
        "2024-03-04",
    ),
    case(
        "said-in-a-statement-on-sunday",
        "Peru has summoned Bolivia's ambassador over remarks about the disputed lake. The "
        "foreign ministry said in a statement on Sunday that the envoy was told of its "
        "displeasure.",
        "summon",
        "2024-03-03",
    ),
    case(
        "statement-issued-late-monday",
        "Georgia has condemned the detention of two villagers by Russian border guards "
        "near Ergneti. In a statement issued late on Monday, the foreign ministry called "
        "the detention illegal.",
        "statement",
        "2024-03-04",
    ),
    case(
        "told-reporters-on-tuesday",
        "Kenya has lodged a protest with Somalia over the shelling of a camp near Mandera. "
        "Foreign Affairs Secretary Ruth Wanjiku told reporters on Tuesday that Nairobi "
        "expected an explanation.",
        "protest",
        "2024-03-05",
    ),
    case(
        "announced-yesterday",
        "Algeria has recalled its ambassador to Morocco. The decision was announced "
        "yesterday by the presidency.",
        "recall ambassador",
        "2024-03-05",
    ),
    case(
        "vice-minister-said-on-tuesday",
        "Lithuania has handed a protest note to Belarus over a border violation. "
        "Vice-minister Egle Kaunaite said on Tuesday the note demanded an explanation.",
        "protest",
        "2024-03-05",
    ),
    case(
        "office-said-on-sunday",
        "Cambodia has asked the UN Security Council to hold an emergency meeting over the "
        "border clashes. Prime Minister Hun Manet's office said on Sunday that the letter "
        "had been sent.",
        "request",
        "2024-03-03",
    ),
    case(
        "weekday-before-the-verb",
        "Thailand has recalled its ambassador to Cambodia for consultations. The foreign "
        "ministry on Monday confirmed the move.",
        "recall ambassador",
        "2024-03-04",
    ),
    case(
        "dated-only-by-the-dateline",
        "LIMA, March 5 (Reuters) - Peru has recalled its ambassador to Ecuador for "
        "consultations. The foreign ministry said on Sunday that relations were under "
        "review.",
        "recall ambassador",
        "2024-03-03",
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), TOLD_NEXT)
def test_an_undated_act_takes_the_day_it_was_told(text: str, kind: str, want: str) -> None:
    assert (kind, datetime.date.fromisoformat(want)) in _acts(text)


# near-misses: the next sentence's day is of something else; the act keeps the page's day
OTHER_DAY = [
    case(
        "the-other-sides-answer",
        "Ghana has protested to Togo over the arrest of its fishermen. Togo's foreign "
        "minister said on Monday that the men had fished illegally.",
        "protest",
    ),
    case(
        "the-remarks-day",
        "Peru has summoned Bolivia's ambassador over remarks about the disputed lake. The "
        "remarks were made on Sunday at a rally in La Paz.",
        "summon",
    ),
    case(
        "a-strike-told-next",
        "Kenya has lodged a protest with Somalia. Somali troops shelled a camp near Mandera "
        "on Sunday, officials said.",
        "protest",
    ),
    case(
        "talks-to-come",
        "Ghana has protested to Togo over the arrest of its fishermen. Foreign minister "
        "Kofi Mensah said talks would be held on Friday.",
        "protest",
    ),
]


def test_an_acts_own_day_is_kept() -> None:
    text = (
        "LIMA, March 5 (Reuters) - Peru recalled its ambassador to Ecuador on Monday. The "
        "foreign ministry said on Sunday that relations were under review."
    )
    assert ("recall ambassador", datetime.date(2024, 3, 4)) in _acts(text)


@pytest.mark.parametrize(("text", "kind"), OTHER_DAY)
def test_a_day_of_something_else_is_not_the_acts(text: str, kind: str) -> None:
    assert (kind, datetime.date.fromisoformat(PUBLISHED)) in _acts(text)
