"""A battery of other stories' excerpts glued into one line by "read more" marks, as a
page's sidebar or foot lists them when its layout is lost ("Gabon and Cameroon agree on
border trade ... [Read More] Senegal urges calm ... [Read More]"). They are page
furniture: no act is read from them. A story's own line that ends with such a mark,
or a sentence that only says "read more" in its words, is kept.

Every text is invented for this test.
"""

from __future__ import annotations

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse

STORY = (
    "Gambian shells hit Senegalese town\n\n"
    "Gambian troops shelled the Senegalese town of Ziguinchor on Monday, killing two "
    "people, officials said.\n\n"
)
AGREED = (
    "Gabon and Cameroon agree on border trade Gabonese President Paul Ndong and "
    "Cameroonian President Jean Mbarga have agreed to reopen the border to trade"
)
URGED = (
    "Zambia urges calm in Malawi Zambia's president has called for restraint after "
    "protests in Malawi's capital"
)


def _acts(text: str) -> list[tuple[str, str]]:
    article = article_from_text("read-more.txt", text, published="2024-03-06")
    return sorted((e.family, e.type) for e in extract_events(article, geoparse(article)))


ONLY_THE_STORY = [("strike", "shelling")]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(f"{AGREED} [Read More] {URGED} [Read More]", id="bracketed"),
        pytest.param(f"{AGREED} (Read more) {URGED} (Read more)", id="parenthesised"),
        pytest.param(f"{AGREED} Read more » {URGED} Read more »", id="guillemet"),
        pytest.param(f"{AGREED} [Read More…] {URGED} [Read More…]", id="bracketed-ellipsis"),
        pytest.param(f"{AGREED} Read More >> {URGED} Read More >>", id="double-arrow"),
        pytest.param(f"{AGREED} [ Read more ] {URGED}", id="spaced-brackets-once"),
        pytest.param(f"{AGREED} (read more) {URGED}", id="lower-case-once"),
        pytest.param(f"{AGREED} READ MORE › {URGED} READ MORE ›", id="capitals-angle"),
        pytest.param(f"{AGREED}... [Read more] {URGED}...", id="cut-excerpts"),
    ],
)
def test_glued_excerpts_are_no_story(line: str) -> None:
    """Excerpts of other stories joined by read-more marks give no act."""
    assert _acts(STORY + line + "\n") == ONLY_THE_STORY


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        pytest.param(
            "Gambian shells hit Senegalese town\n\nGambian troops shelled the Senegalese town "
            "of Ziguinchor on Monday, killing two people, officials said. [Read More]\n",
            ONLY_THE_STORY,
            id="story-line-ending-with-the-mark",
        ),
        pytest.param(
            STORY + "Senegal condemned the shelling by Gambian troops, and readers can read "
            "more on the ministry's website.\n",
            [("diplomatic", "statement"), ("strike", "shelling")],
            id="read-more-in-a-sentence",
        ),
    ],
)
def test_a_story_line_is_kept(text: str, acts: list[tuple[str, str]]) -> None:
    """The story's own line keeps its act, read-more words or not."""
    assert _acts(text) == acts
