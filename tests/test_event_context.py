"""What an event takes from around its sentence: the paragraph's town, a neighbour's
toll, the report's day, the page address's date, background, who reports it.

Every article here is written for the test; none comes from a real one.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.dates import url_date
from geomap.events import extract_events
from geomap.models import Event
from geomap.resolution import geoparse

THURSDAY = datetime.date(2025, 7, 24)


def _events(
    text: str, published: datetime.date | None = THURSDAY, url: str | None = None
) -> list[Event]:
    article = article_from_text("test.txt", text, published=published, url=url)
    return extract_events(article, geoparse(article))


def _strikes(events: list[Event]) -> list[Event]:
    return [e for e in events if e.family == "strike"]


def test_a_strike_takes_the_town_its_paragraph_names() -> None:
    """ "struck Afghanistan ... in Khost province": not the country's centre."""
    text = (
        "Pakistani jets struck Afghanistan overnight, the Taliban said. The bombs fell on "
        "two villages in Khost province."
    )
    (strike,) = _strikes(_events(text))
    assert (strike.actor, strike.target) == ("PK", "AF")
    assert strike.place is not None and strike.place.kind == "admin1"
    assert strike.place.name == "Khost"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Israeli jets struck Iran on Saturday, with blasts heard in the Iranian capital "
            "Tehran.",
            "Tehran",
        ),
        ("Israeli jets struck Iran on Saturday. Tehran vowed to respond.", "Iran"),
    ],
    ids=["capital-the-sentence-puts-it-in", "capital-that-speaks"],
)
def test_a_capital_is_the_place_only_where_the_strike_sentence_puts_it(
    text: str, place: str
) -> None:
    """A paragraph names its capital for the government, unless the strike's own
    sentence puts something there with a preposition."""
    (strike,) = _strikes(_events(text))
    assert strike.place is not None and strike.place.name == place


def test_explosions_heard_are_the_strike_told_before() -> None:
    """ "Explosions were heard around the capital": what the airstrike did, one event."""
    text = (
        "Israeli aircraft struck military sites in Iran on Saturday. Numerous explosions "
        "were heard around the Iranian capital Tehran, witnesses said."
    )
    (strike,) = _strikes(_events(text))
    assert (strike.type, strike.actor, strike.target) == ("airstrike", "IL", "IR")
    assert strike.place is not None and strike.place.name == "Tehran"


def test_where_shells_came_from_is_not_where_they_hit() -> None:
    """ "shells fired from Myanmar landed in Bandarban": the place is where they landed,
    and the country they came from is neither the place nor the target."""
    text = "Two mortar shells fired from Myanmar landed in Bangladesh's Bandarban district."
    (strike,) = _strikes(_events(text))
    assert (strike.type, strike.target) == ("shelling", "BD")
    assert strike.place is not None and strike.place.name == "Bāndarban"


def test_a_strike_in_a_clause_of_its_own_takes_no_place_from_the_main_clause() -> None:
    """ "The envoy in Dhaka was summoned after shells landed inside Bangladesh": the
    shells did not land in Dhaka."""
    text = (
        "Myanmar's ambassador in Dhaka was summoned after two mortar shells fired by "
        "Myanmar's forces landed inside Bangladesh."
    )
    (strike,) = _strikes(_events(text))
    assert (strike.actor, strike.target) == ("MM", "BD")
    assert strike.place is not None and strike.place.kind == "country"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "The foreign ministers of Armenia and Azerbaijan met on Sunday.\n"
            "The direct talks held in Geneva focused on a peace treaty.",
            "Geneva",
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan met on Sunday.\n"
            "Protesters gathered in Geneva on Monday.",
            "Yerevan",
        ),
    ],
    ids=["talks-held-in", "a-city-named-for-something-else"],
)
def test_a_meeting_takes_the_venue_the_next_paragraph_names(text: str, venue: str) -> None:
    """ "The direct talks held in Geneva": a meeting told without its venue is placed
    where the talks are said to be held, not at the first party's capital."""
    (meeting,) = [e for e in _events(text) if e.type == "meeting"]
    assert meeting.place is not None and meeting.place.name == venue


def test_the_dateline_is_not_the_place_hit() -> None:
    text = "YEREVAN, Armenia (Wire) — Azerbaijani forces shelled Armenia overnight, officials said."
    (strike,) = _strikes(_events(text))
    assert strike.place is not None and strike.place.kind == "country"


def test_a_toll_in_the_next_sentence_of_the_paragraph() -> None:
    text = "Saudi artillery shelled Yemen's Saada province on Monday. Two people were killed."
    (strike,) = _strikes(_events(text))
    assert strike.killed == 2


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Saudi artillery shelled Yemen's Saada province on Monday.\n\nTwo people were killed.", 2),
        (
            "Saudi artillery shelled Yemen's Saada province on Monday. The shells hit a market."
            "\n\nTwo people were killed.",
            None,
        ),
    ],
    ids=["a-lead-paragraph-of-one-sentence", "a-paragraph-of-two"],
)
def test_a_toll_in_the_next_paragraph_after_a_one_sentence_lead(
    text: str, killed: int | None
) -> None:
    (strike,) = _strikes(_events(text))
    assert strike.killed == killed


def test_a_neighbours_toll_of_another_time_is_not_the_strikes() -> None:
    text = (
        "Saudi artillery shelled Yemen's Saada province on Monday. In 2019, twenty people "
        "were killed in the area."
    )
    (strike,) = _strikes(_events(text))
    assert strike.killed is None


def test_the_attackers_own_losses_are_not_the_toll() -> None:
    text = (
        "Azerbaijani troops shelled Armenian posts near Jermuk on Monday. Azerbaijan said "
        "three of its soldiers were killed."
    )
    (strike,) = _strikes(_events(text))
    assert strike.killed is None


def test_a_neighbour_telling_its_own_strike_in_quotes_keeps_its_toll() -> None:
    """ "the jets 'bombed the home of a farmer' in Khost, killing four": the four are that
    strike's dead (a strike of its own, read through the partial quote), not Kunar's."""
    first = "Air strikes also hit Kunar province in Afghanistan, wounding three people. "
    quoted = (
        'A spokesman wrote that the jets "bombed the home of a local farmer" in Khost, '
        "killing four."
    )
    tolls = {e.place.name: e.killed for e in _strikes(_events(first + quoted)) if e.place}
    assert tolls["Kunar"] is None
    assert 4 in tolls.values()
    (strike,) = _strikes(_events(first + "A spokesman wrote that the raid killed four."))
    assert strike.killed == 4


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Cabinet ministers met after the shelling that killed nine farmers.\n\n"
            "Kabul accused Pakistani troops of shelling villages in Kunar province.",
            9,
        ),
        (
            "Cabinet ministers met after the shelling that killed nine farmers.\n\n"
            "Kabul accused Pakistani troops of shelling villages in Kunar province.\n\n"
            "Separately, Indian artillery shelled posts near Kotli on Monday.",
            None,
        ),
        (
            "Kabul accused Pakistani troops of shelling villages in Kunar province.\n\n"
            "The cabinet met in an emergency session.\n\n"
            "Nine people were killed in the shelling, the governor said.",
            9,
        ),
        (
            "Kabul accused Pakistani troops of shelling villages in Kunar province.\n\n"
            "Separately, Indian artillery shelled posts near Kotli on Monday.\n\n"
            "The cabinet met in an emergency session.\n\n"
            "Nine people were killed in the shelling, the governor said.",
            None,
        ),
        (
            "Kabul accused Pakistani troops of shelling villages in Kunar province.\n\n"
            "The cabinet met in an emergency session.\n\n"
            "The shelling killed nine people, the governor said.",
            9,
        ),
        (
            "Kabul accused Pakistani troops of shelling villages in Kunar province.\n\n"
            "The cabinet met in an emergency session.\n\n"
            "The shelling came hours after nine people were killed in a bus crash.",
            None,
        ),
        (
            "Kabul accused Pakistani troops of shelling villages in Kunar province.\n\n"
            "The cabinet met in an emergency session.\n\n"
            "The shelling last year killed nine people.",
            None,
        ),
    ],
    ids=[
        "one-incident",
        "two-incidents",
        "killed-in-the-shelling",
        "killed-in-two-incidents",
        "the-shelling-killed",
        "a-later-clause-tells-another-act",
        "another-year",
    ],
)
def test_a_toll_told_while_pointing_back_at_the_strike(text: str, killed: int | None) -> None:
    """ "the shelling that killed nine", "nine were killed in the shelling": a sentence
    that names the strike only to give its toll gives it to the article's strike, when
    the article tells one incident."""
    strikes = _strikes(_events(text))
    assert strikes and all(s.killed == killed for s in strikes)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        (
            "Indian troops shelled Pakistani posts near Kotli on Monday; no casualties were "
            "reported.",
            0,
        ),
        ("Indian troops shelled Pakistani posts near Kotli on Monday.", None),
    ],
    ids=["no-casualties", "silent"],
)
def test_zero_only_when_said(sentence: str, killed: int | None) -> None:
    (strike,) = _strikes(_events(sentence))
    assert strike.killed == killed


def test_an_undated_act_in_a_dated_report_happened_on_its_news_day() -> None:
    """ "Armenia says Azerbaijan fired on its soldiers": the report's day; with no
    publication date the day is left out, never guessed."""
    text = "Armenia says Azerbaijani troops fired on its soldiers near Jermuk."
    (dated,) = _strikes(_events(text))
    assert (dated.date, dated.date_precision) == (THURSDAY, "day")
    (undated,) = _strikes(_events(text, published=None))
    assert (undated.date, undated.date_precision) == (None, None)


def test_a_page_address_dates_an_undated_page() -> None:
    text = "Iranian forces shelled Afghan border posts in Nimroz on Saturday."
    (strike,) = _strikes(_events(text, published=None, url="https://example.org/2023/05/28/x"))
    assert strike.date == datetime.date(2023, 5, 27)
    assert url_date("https://example.org/story/12345") is None


def test_an_incident_long_before_the_news_is_background() -> None:
    text = (
        "Thai and Cambodian troops clashed near Surin on Thursday. The two armies last "
        "clashed near the temple in May 2011, when three soldiers were killed."
    )
    by_year = {e.date.year: e for e in _strikes(_events(text)) if e.date}
    assert by_year[2025].background is False
    assert by_year[2011].background is True


@pytest.mark.parametrize(
    ("sentence", "reported_by"),
    [
        ("Pakistan said Indian troops shelled villages near Kotli on Monday.", "PK"),
        ("Indian shelling hit villages near Kotli on Monday, according to the army.", "army"),
        ("Indian shelling hit villages near Kotli on Monday, police said.", "police"),
        ("Indian shelling hit villages near Kotli on Monday.", None),
    ],
    ids=["state", "according-to", "said", "nobody"],
)
def test_who_reports_it(sentence: str, reported_by: str | None) -> None:
    (strike,) = _strikes(_events(sentence))
    assert strike.reported_by == reported_by


def test_a_restatement_without_the_attacker_is_the_same_strike() -> None:
    text = (
        "Pakistani aircraft struck Afghanistan on Sunday night, the Taliban said. The "
        "airstrikes hit homes in Khost province, killing eight people."
    )
    (strike,) = _strikes(_events(text))
    assert (strike.actor, strike.target, strike.killed) == ("PK", "AF", 8)
    assert len(strike.sources) == 2


def test_an_undated_page_takes_the_year_its_own_full_dates_give() -> None:
    """ "on October 10" in a page with no publication date: the year from the text's
    own full dates, and no date at all when the text gives no year."""
    text = (
        "Indian troops shelled Pakistani posts near Kotli on October 10. The two armies "
        "had agreed a truce on February 25, 2021."
    )
    (strike,) = _strikes(_events(text, published=None))
    assert strike.date == datetime.date(2021, 10, 10)
    (undated,) = _strikes(_events(text.split(". ")[0] + ".", published=None))
    assert undated.date is None


def test_an_earlier_year_is_background_when_only_the_year_is_known() -> None:
    """An undated page whose address gives only its month: an incident of an earlier
    year is context, and "since ... in 2008" dates nothing."""
    text = (
        "Thai and Cambodian troops clashed near Preah Vihear for a fourth day. Indian "
        "troops shelled Pakistani posts near Kotli in 2009, the army said. It was the "
        "worst fighting since the temple's listing in 2008."
    )
    events = _strikes(_events(text, published=None, url="https://example.org/2011/02/x"))
    by_actor = {e.actor: e for e in events}
    assert by_actor["IN"].background is True
    assert by_actor["TH"].background is False and by_actor["TH"].date is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The UN chief urged both sides to cease fire, as Ghana had done.",
            ("restraint appeal", "UN", None),
        ),
        (
            "Cambodia called on the UN Security Council to convene an urgent meeting.",
            ("request", "KH", "UNSC"),
        ),
    ],
    ids=["both-sides-addressed", "called-on-to-convene"],
)
def test_who_a_diplomatic_act_is_addressed_to(sentence: str, expected: tuple) -> None:
    (event,) = [e for e in _events(sentence) if e.family == "diplomatic"]
    assert (event.type, event.actor, event.target) == expected


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            "Bangladesh yesterday summoned India's envoy in Dhaka over a farmer's killing.",
            (datetime.date(2012, 1, 1), "month"),
        ),
        (
            "Indian troops shelled Pakistani posts near Kotli on Tuesday, the army said.",
            (datetime.date(2012, 1, 1), "month"),
        ),
        (
            "Indian troops shelled Pakistani posts near Kotli last year, the army said.",
            (None, None),
        ),
        ("Indian troops shelled Pakistani posts near Kotli, the army said.", (None, None)),
    ],
    ids=["yesterday", "weekday", "last-year", "no-time"],
)
def test_a_day_told_in_a_page_known_only_to_its_month(sentence: str, when: tuple) -> None:
    """ "yesterday" in a page whose address gives only its month ("/2012/01/"): a day
    of that month, dated to the month; a page's month dates no act the text gives no
    time of."""
    events = _events(sentence, published=None, url="https://example.org/2012/01/story.html")
    (event,) = events
    assert (event.date, event.date_precision) == when


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "At least two Thai villagers were killed in border clashes with Cambodia, a "
            "provincial official said.\n\nThe fighting occurred in Kantharalak district, "
            "the official added.",
            "Kantharalak",
        ),
        (
            "Turkish drones struck Syria on Monday, killing four people.\nThe attack took "
            "place near the town of Qamishli, local officials said.",
            "Al Qāmishlī",
        ),
    ],
    ids=["fighting-occurred-in", "attack-took-place-near"],
)
def test_a_later_sentence_says_where_the_strike_happened(text: str, place: str) -> None:
    """ "... clashes with Cambodia. The fighting occurred in X district": the strike
    told before takes X."""
    strikes = _strikes(_events(text))
    assert strikes and strikes[0].place is not None
    assert strikes[0].place.name == place


def test_where_it_happened_must_be_on_a_side_of_the_strike() -> None:
    """A town of a third country is not where a strike between two others fell."""
    text = (
        "Two Thai villagers were killed in border clashes with Cambodia, officials said. "
        "The fighting occurred as talks went on in Vientiane."
    )
    (strike,) = _strikes(_events(text))
    assert strike.place is not None and strike.place.country in ("TH", "KH")


def test_a_town_on_a_border_is_not_a_strike_on_both_states() -> None:
    """ "X, a city on the Syria-Turkey border": the strike is on X, not on Turkey."""
    text = (
        "A Turkish drone struck a car on Tuesday, killing three people. The strike took "
        "place in Qamishli, a city on the Syria-Turkey border."
    )
    strikes = _strikes(_events(text))
    assert {e.target for e in strikes} == {"SY"}
    assert all(e.place is not None and e.place.kind == "city" for e in strikes)


def test_a_border_pair_still_names_the_sides_of_a_clash() -> None:
    """ "clashes at the Kyrgyzstan-Tajikistan border": the two sides, with no town."""
    (strike,) = _strikes(_events("Heavy clashes broke out at the Kyrgyzstan-Tajikistan border."))
    assert {strike.actor, strike.target} == {"KG", "TJ"}


def test_a_strike_in_a_region_and_at_its_town_is_one_event() -> None:
    """ "a drone strike in northern Syria ... The strike took place in Qamishli": one
    strike, at the town."""
    text = (
        "Turkish drones struck a car in northern Syria on Tuesday, killing two people.\n"
        "The strike took place in Qamishli, local officials said."
    )
    (strike,) = _strikes(_events(text))
    assert strike.place is not None and strike.place.kind == "city"


def test_a_capital_named_for_an_envoy_there_is_not_where_shells_fell() -> None:
    """ "summoned the ambassador in Lima after shells landed in Peru": Lima is where
    the envoy sits, not the place hit."""
    text = (
        "The foreign ministry summoned Chile's ambassador in Lima on Monday after artillery "
        "shells fired from across the border landed in Peru."
    )
    strikes = _strikes(_events(text))
    assert strikes and all(e.place is not None and e.place.name != "Lima" for e in strikes)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Pakistani jets struck Afghanistan overnight, the Taliban said.\n\n"
            "Eight people were killed in Khost province, a local official said.",
            "Khost",
        ),
        (
            "Pakistani jets struck Afghanistan overnight, the Taliban said.\n\n"
            "Khost province borders Pakistan's tribal districts.",
            "Afghanistan",
        ),
    ],
    ids=["killed-in-the-next-paragraph", "only-described-there"],
)
def test_a_one_sentence_paragraph_takes_the_place_the_next_puts_it_in(
    text: str, place: str
) -> None:
    """News gives a sentence its own paragraph: the next one says where ("killed in
    Khost province"), but a place it only describes is not where the strike fell."""
    (strike,) = _strikes(_events(text))
    assert strike.place is not None and strike.place.name == place
