"""A battery of related-story lists at the foot of a page: headlines of other stories,
one a line with no closing stop, after the story's last sentence ("Taliban claims attack
in the capital", "Drones strike the valley again, 15 killed"). They are page furniture,
not the story, so no toll or act is read from them; a story's own last line, even one
cut off without a stop, is kept.

Every text is invented for this test.
"""

from __future__ import annotations

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

STORY = (
    "Border clash kills two\n\n"
    "Two soldiers were killed when Thai and Cambodian troops exchanged fire near Surin on "
    "Friday, the army said.\n\n"
    "The two sides blamed each other for the fighting.\n"
)


def _kept(text: str) -> list[str]:
    article = article_from_text("teasers.txt", text, published="2024-03-06")
    return [s.text for s in article.sentences if not article.is_removed(s.start, s.end)]


@pytest.mark.parametrize(
    ("tail", "gone"),
    [
        pytest.param(
            "Rebels claim attack on a convoy\nDrones strike the valley again, 15 killed\n"
            "Airport reopens after the storm",
            3,
            id="three-headlines",
        ),
        pytest.param(
            "YOU MIGHT ALSO LIKE\n\nMinister visits flood victims\n\nPrices rise for a third month",
            3,
            id="heading-and-two-headlines",
        ),
        pytest.param("However, the two armies have", 0, id="one-cut-line-kept"),
        pytest.param("", 0, id="no-tail"),
    ],
)
def test_trailing_teasers_removed(tail: str, gone: int) -> None:
    kept = _kept(STORY + "\n" + tail)
    whole = _kept(STORY)
    assert kept[: len(whole)] == whole
    assert len(kept) == len(whole) + len([x for x in tail.split("\n") if x.strip()]) - gone


def test_trailing_teaser_toll_is_not_the_storys() -> None:
    text = (
        "Turkish jets strike Syrian village\n\n"
        "Turkish jets struck a village near Amuda on Sunday, killing four people, local "
        "officials said.\n\n"
        "Damascus condemned the raid.\n\n"
        "Turkish drones strike Syria again, 9 killed\nKurdish leaders meet in Erbil\n"
        "Oil prices fall on weak demand\n"
    )
    article = article_from_text("teasers.txt", text, published="2024-03-06")
    strikes = [e for e in extract_events(article, geoparse(article)) if e.family == "strike"]
    assert [(e.actor, e.target, e.killed) for e in strikes] == [("TR", "SY", 4)]
