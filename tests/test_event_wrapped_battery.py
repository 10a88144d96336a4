"""A battery for hard-wrapped wire copy: pages that keep the line breaks of a wire
service, so a sentence, and sometimes a name ("Lake\\nMalawi"), runs over several lines
of about 60 to 80 characters.

A line break inside a wrapped paragraph reads as a space: the sentence is one sentence,
a name cut by the break is found whole, and the extractor reads the act the sentence
tells. A line break that ends a headline, a menu line, a dateline or a paragraph keeps
its meaning. Offsets never move: every sentence and every mention slices back to its
text. Every text here is invented for this test.
"""

from __future__ import annotations

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.resolution import geoparse


def _article(text: str):
    article = article_from_text("wrapped.txt", text, published="2024-05-06")
    for s in article.sentences:
        assert text[s.start : s.end] == s.text
    return article


def _sentences(text: str) -> list[str]:
    """The article's sentences with their whitespace made single spaces."""
    return [" ".join(s.text.split()) for s in _article(text).sentences]


def _places(text: str) -> list[str]:
    article = _article(text)
    mentions = geoparse(article)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [m.place.name for m in mentions if m.place is not None]


def _case(id_: str, text: str, want: str):
    return pytest.param(text, want, id=id_)


# ------------------------------------------------------------- a sentence over lines

JOINED = [
    _case(
        "three-lines-one-sentence",
        "Report\n\n"
        "Border guards from the two countries exchanged fire for about\n"
        "an hour on Tuesday near a disputed stretch of the river, a\n"
        "local official told reporters by telephone.\n",
        "Border guards from the two countries exchanged fire for about an hour on Tuesday "
        "near a disputed stretch of the river, a local official told reporters by telephone.",
    ),
    _case(
        "capital-after-function-word",
        "Report\n\n"
        "The foreign minister told parliament that the talks planned for\n"
        "Monday had been called off and that no new date had been set by\n"
        "either side, adding that the envoy would stay at home for now.\n",
        "The foreign minister told parliament that the talks planned for Monday had been "
        "called off and that no new date had been set by either side, adding that the envoy "
        "would stay at home for now.",
    ),
    _case(
        "ends-with-comma",
        "Report\n\n"
        "The ministry said the vessels had entered its waters twice,\n"
        "Officials from the coast guard said the boats left again after\n"
        "an hour, and a formal note of protest was being prepared.\n",
        "The ministry said the vessels had entered its waters twice, Officials from the coast "
        "guard said the boats left again after an hour, and a formal note of protest was being "
        "prepared.",
    ),
    _case(
        "dateline-opens-wrapped-lead",
        "MAPUTO, June 4 Mozambique's government has complained about\n"
        "plans by a neighbour to build a dam upstream on the river, which\n"
        "it says would cut the water that reaches its farms in the south.\n"
        "The neighbour's officials were not available for comment.\n",
        "MAPUTO, June 4 Mozambique's government has complained about plans by a neighbour to "
        "build a dam upstream on the river, which it says would cut the water that reaches its "
        "farms in the south.",
    ),
    _case(
        "indented-wide-lines",
        "Report\n\n"
        "The regional governor said on Thursday that the shelling had damaged a school and two\n"
        "        houses in the village overnight, and that the families living there had been\n"
        "        moved to a sports hall in the district town until the roofs are repaired.\n",
        "The regional governor said on Thursday that the shelling had damaged a school and two "
        "houses in the village overnight, and that the families living there had been moved to "
        "a sports hall in the district town until the roofs are repaired.",
    ),
    _case(
        "windows-line-ends",
        "Report\r\n\r\n"
        "Fishermen from the coastal villages said patrol boats had chased\r\n"
        "them away from their usual grounds on three nights in a row, and\r\n"
        "that two nets had been cut and left to drift in the current.\r\n",
        "Fishermen from the coastal villages said patrol boats had chased them away from their "
        "usual grounds on three nights in a row, and that two nets had been cut and left to "
        "drift in the current.",
    ),
    _case(
        "paragraph-after-paragraph",
        "Report\n\n"
        "The army said its patrol had come under fire shortly after dawn\n"
        "and had returned it, without saying whether anyone was hurt.\n"
        "A spokesman for the other side said its troops had only fired\n"
        "warning shots in the air after the patrol crossed the line.\n",
        "A spokesman for the other side said its troops had only fired warning shots in the "
        "air after the patrol crossed the line.",
    ),
]


@pytest.mark.parametrize(("text", "want"), JOINED)
def test_a_wrapped_sentence_is_one_sentence(text: str, want: str) -> None:
    """A sentence wrapped over lines of similar length is read as one sentence."""
    assert want in _sentences(text)


NAMES = [
    _case(
        "lake-cut",
        "Report\n\n"
        "Officials said two patrol boats had been sent to the waters of Lake\n"
        "Malawi on Saturday to watch over fishermen from both countries who\n"
        "had complained of harassment by armed men in the last few weeks.\n",
        "Lake Malawi",
    ),
    _case(
        "capital-cut",
        "Report\n\n"
        "The minister flew to the capital on Sunday and met officials in New\n"
        "Delhi for two hours, his office said in a statement, without giving\n"
        "details of what was discussed at the meeting or who else attended.\n",
        "New Delhi",
    ),
    _case(
        "country-cut",
        "Report\n\n"
        "Thousands of people fled across the border into neighbouring South\n"
        "Sudan after the fighting, aid agencies said on Wednesday, adding that\n"
        "more were expected to follow if the shelling did not stop this week.\n",
        "South Sudan",
    ),
    _case(
        "city-cut-indented",
        "Report\n\n"
        "The delegation arrived late on Monday and held talks with officials in Kuala\n"
        "    Lumpur for most of the day, before flying on to the south of the country\n"
        "    to visit the fishing towns that had been hit by the storms last month.\n",
        "Kuala Lumpur",
    ),
]


@pytest.mark.parametrize(("text", "want"), NAMES)
def test_a_name_cut_by_a_wrap_is_found(text: str, want: str) -> None:
    """A place name cut by a line break inside a wrapped paragraph is found whole."""
    assert want in _places(text)


# ------------------------------------------------------------ breaks that keep meaning

KEPT = [
    _case(
        "headline-then-wrapped-body",
        "Border talks collapse as troops mass near the frontier\n"
        "NEW DELHI, May 4 Indian and Pakistani officials ended two days\n"
        "of talks on Saturday without agreement, officials from both sides\n"
        "said, as troops on both sides of the frontier were put on alert.\n",
        "Border talks collapse as troops mass near the frontier",
    ),
    _case(
        "menu-lines",
        "Home\nWorld\nBusiness\nSport\nOpinion\n\n"
        "The ministry said the border crossing would stay closed for a\n"
        "third day on Friday while officials from both sides met to talk.\n",
        "Sport",
    ),
    _case(
        "dateline-line",
        "KABUL, March 6 (Reuters) -\n"
        "Afghan officials said on Monday that shells fired from across the\n"
        "border had hit two villages in the east of the country overnight.\n",
        "Afghan officials said on Monday that shells fired from across the border had hit two "
        "villages in the east of the country overnight.",
    ),
    _case(
        "headline-list",
        "Related stories\n\n"
        "Ministers to meet next week over disputed river waters\n"
        "Fishermen say patrol boats chased them from their grounds\n"
        "Trade at the main border crossing falls for a third month\n"
        "Army chief visits troops posted along the northern frontier\n",
        "Fishermen say patrol boats chased them from their grounds",
    ),
    _case(
        "subheading-in-body",
        "Report\n\n"
        "The army said its patrol had come under fire shortly after dawn\n"
        "and had returned it, without saying whether anyone was hurt.\n"
        "What comes next\n"
        "Officials from the two sides are due to meet at the crossing on\n"
        "Friday to discuss the incident, according to a statement.\n",
        "What comes next",
    ),
    _case(
        "short-lines-of-names",
        "Report\n\nTowns hit overnight:\nKharkiv\nSumy\nPoltava\n",
        "Sumy",
    ),
    _case(
        "unwrapped-paragraphs",
        "Report\n\n"
        "The army said its patrol had come under fire shortly after dawn on the road\n"
        "Officials from the two sides are due to meet at the crossing on Friday.\n",
        "The army said its patrol had come under fire shortly after dawn on the road",
    ),
    _case(
        "headline-before-capital-dateline",
        "Guards trade fire on the river border as tensions rise again\n"
        "TASHKENT (Reuters) - Border guards from the two states traded fire\n"
        "on Tuesday, officials said, in the third such incident this year.\n",
        "Guards trade fire on the river border as tensions rise again",
    ),
]


@pytest.mark.parametrize(("text", "want"), KEPT)
def test_a_break_that_ends_a_line_keeps_its_meaning(text: str, want: str) -> None:
    """A headline, a menu line, a dateline, a list item or a paragraph end stays a line
    of its own."""
    assert want in _sentences(text)


def test_a_headline_over_a_wrapped_body_stays_the_title() -> None:
    """The first line is the headline even when the wrapped body follows it at once."""
    text = KEPT[0].values[0]
    assert _article(text).title == "Border talks collapse as troops mass near the frontier"


def test_a_wire_dateline_without_its_dash_opens_a_wrapped_lead() -> None:
    """ "MAPUTO, June 4 Mozambique's government ...": the upper-case place before the
    day is the dateline, though the wire's agency and dash are gone."""
    text = JOINED[3].values[0]
    start, end = _article(text).dateline
    assert text[start:end] == "MAPUTO"


def test_the_boilerplate_of_a_wrapped_page_stays_boilerplate() -> None:
    """A byline and a credit line stay page furniture in a wrapped page."""
    text = (
        "By Jane Smith\n\n"
        "The ministry said the border crossing would stay closed for a\n"
        "third day on Friday while officials from both sides met to talk.\n"
        "Follow us on Twitter\n"
    )
    kinds = {r.reason for r in _article(text).removed}
    assert {"byline", "social"} <= kinds


# ------------------------------------------------------------- the acts they tell


def _acts(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    article = _article(text)
    events = extract_events(article, geoparse(article))
    for e in events:
        for s in e.sources:
            assert text[s.start : s.end] == s.quote
    return [(e.type, e.actor, e.target, e.killed) for e in events if not e.background]


ACTS = [
    pytest.param(
        "Report\n\n"
        "Pakistan summoned the Indian deputy high commissioner in\n"
        "Islamabad on Sunday to protest against unprovoked firing across\n"
        "the Line of Control, the foreign ministry said.\n",
        ("summon", "PK", "IN"),
        id="summons-over-lines",
    ),
    pytest.param(
        "Report\n\n"
        "Afghan forces fired mortar shells into the Pakistani border town\n"
        "of Chaman on Monday, killing two civilians, a district official\n"
        "told reporters, adding that the market had been closed since.\n",
        ("shelling", "AF", "PK"),
        id="shelling-over-lines",
    ),
    pytest.param(
        "LILONGWE, June 2 Malawi has protested to Tanzania against\n"
        "plans to send two warships to the disputed waters of the lake,\n"
        "its foreign minister said on Saturday.\n",
        ("protest", "MW", "TZ"),
        id="protest-over-lines",
    ),
]


@pytest.mark.parametrize(("text", "want"), ACTS)
def test_an_act_told_over_wrapped_lines_is_read(text: str, want: tuple) -> None:
    """The extractor reads an act whose sentence runs over several wrapped lines as it
    reads the sentence on one line, and its source quotes the text as written."""
    head, _, body = text.rpartition("\n\n") if "\n\n" in text else ("", "", text)
    one_line = (head + "\n\n" if head else "") + " ".join(body.split())
    acts = _acts(text)
    assert want in [a[:3] for a in acts]
    assert acts == _acts(one_line)
