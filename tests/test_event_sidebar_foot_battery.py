"""A phrasing battery for the furniture at the foot of a web page: a heading that opens
a block of other stories or of comments after the story ("Featured Post", "Popular
posts from this blog", "Most Popular", "You may also like", "Post a Comment", "Latest
News", "Trending Now", "Editor's Picks"). What follows it is no part of the story, so
an act it tells is no event of the page.

Each case is a short page written for this test (no sentence comes from an article),
with the diplomatic acts it must give. The near misses put such words where they are
the story's own (a heading inside the story before more of it, the words in a
sentence, a label above the story): the story's acts stay. A case the extractor does
not read yet is marked ``xfail``.
"""

from __future__ import annotations

import pytest
from acts import Act, case, diplomatic_acts, same_acts

STORY = (
    "Chile summons Argentine envoy\n\n"
    "Chile's foreign ministry summoned the Argentine ambassador on Tuesday over the "
    "shooting of a herder near the border, the ministry said in a statement.\n\n"
)
TEASER = (
    "Ghana and Togo sign trade pact\n\n"
    "The presidents of Ghana and Togo met in Accra and signed a trade deal on customs "
    "posts along their shared border...\n"
)
SUMMONS: list[Act] = [("summon", "CL", "AR", "Santiago")]

CASES = [
    case("featured-post", STORY + "Featured Post\n\n" + TEASER, SUMMONS),
    case(
        "popular-posts-from-this-blog", STORY + "Popular posts from this blog\n\n" + TEASER, SUMMONS
    ),
    case("most-popular", STORY + "Most Popular\n\n" + TEASER, SUMMONS),
    case("you-may-also-like", STORY + "You may also like\n\n" + TEASER, SUMMONS),
    case("post-a-comment", STORY + "No comments :\n\nPost a Comment\n\n" + TEASER, SUMMONS),
    case("latest-news", STORY + "Latest News\n\n" + TEASER, SUMMONS),
    case("trending-now", STORY + "Trending Now\n\n" + TEASER, SUMMONS),
    case("editors-picks", STORY + "Editor's Picks\n\n" + TEASER, SUMMONS),
    # ------------------------------------------------------------ near misses: kept
    case(
        "story-heading-then-more-story",
        STORY + "Reaction\n\nArgentina's foreign ministry summoned the Chilean ambassador "
        "in Buenos Aires on Wednesday in turn.\n",
        [*SUMMONS, ("summon", "AR", "CL", "Buenos Aires")],
    ),
    case(
        "words-inside-a-sentence",
        STORY + "The most popular crossing, where the herder was shot, was closed. Chile's "
        "foreign minister and her Argentine counterpart met in Mendoza on Wednesday.\n",
        [*SUMMONS, ("meeting", "CL", "AR", "Mendoza")],
    ),
    case(
        "label-above-the-story",
        "Latest News\n\n" + STORY,
        SUMMONS,
    ),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_the_acts_of_the_story_only(text: str, acts: list[Act]) -> None:
    """The page gives exactly the story's diplomatic acts."""
    got = diplomatic_acts(text)
    assert same_acts(got, acts), got
