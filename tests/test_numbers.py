"""Tests for geomap.numbers: reading how many people a sentence says were killed.

Sentences are drawn from reports on several conflicts (Iran–Pakistan, India–Pakistan,
Thailand–Cambodia, Armenia–Azerbaijan, Israel–Lebanon) so the rules stay general.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.numbers import Count, killed_count, parse_number

# ------------------------------------------------------------------------ parse_number

NUMBERS = [
    ("nine", 9), ("Nine", 9), ("2", 2), ("twenty-five", 25), ("twenty five", 25),
    ("1,200", 1200), ("12,000", 12000), ("a dozen", 12), ("two dozen", 24), ("a hundred", 100),
    ("two hundred and fifty", 250), ("one thousand two hundred", 1200), ("1.5 million", 1500000),
    ("3 thousand", 3000), ("zero", 0), ("  seven ", 7), ("nineteen", 19),
]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "expected"), NUMBERS, ids=[f"{w.strip()}={v}" for w, v in NUMBERS]
)
def test_parse_number(words: str, expected: int) -> None:
    """Digits (with thousands commas and a scale) and English number words are read."""
    assert parse_number(words) == expected


NOT_NUMBERS = [
    "dozens", "several", "hundreds", "a few", "many", "a", "", "2.5", "1,20", "three and five",
    "five twenty", "nine people", "zero one", "and", "a two",
]  # fmt: skip


@pytest.mark.parametrize("words", NOT_NUMBERS, ids=[w or "empty" for w in NOT_NUMBERS])
def test_parse_number_rejects_vague_or_malformed(words: str) -> None:
    """Vague quantities, fractions and malformed sequences are not numbers."""
    assert parse_number(words) is None


# ------------------------------------------------------------------------ killed_count

KILLED = [
    # (sentence, value, at_least, text)
    ("On Tuesday, Iran carried out raids in Pakistan, killing at least two children.",
     2, True, "at least two"),
    ("Gunmen in Sistan-Balochistan killed nine people on Saturday.", 9, False, "nine"),
    ("Iran carried out a missile strike, in which Islamabad claimed 2 children died.",
     2, False, "2"),
    ("The mortar attack left 10 people dead.", 10, False, "10"),
    ("The blast ripped through the market, leaving 7 dead.", 7, False, "7"),
    ("The death toll from the Pahalgam attack rose to 26.", 26, False, "26"),
    ("12 people were killed in the Israeli strike on Nabatieh.", 12, False, "12"),
    ("At least 3 soldiers were killed and 5 injured in the clash.", 3, True, "At least 3"),
    ("Two children were killed when a shell hit their home.", 2, False, "Two"),
    ("Tehran summoned the envoy over the attack in Pakistan, which killed at least nine people.",
     9, True, "at least nine"),
    ("Thai officials said the death toll had climbed to 14, including 13 civilians.",
     14, False, "14"),
    ("Armenia said 49 of its soldiers were killed in the Azerbaijani attack.", 49, False, "49"),
    ("At least 15 Azerbaijani servicemen were killed.", 15, True, "At least 15"),
    ("Israeli strikes on southern Lebanon killed three Hezbollah fighters.", 3, False, "three"),
    ("Twelve children were killed when a rocket hit a football pitch in Majdal Shams.",
     12, False, "Twelve"),
    ("India said it had killed more than 100 terrorists.", 100, True, "more than 100"),
    ("The shelling killed one civilian and wounded three.", 1, False, "one"),
    ("An Israeli soldier was killed in southern Lebanon.", 1, False, "An"),
    ("A 10-year-old boy was killed by shrapnel.", 1, False, "A"),
    ("Three people, including a child, were killed in Kyaukme.", 3, False, "Three"),
    ("Two Indian soldiers died in the exchange of fire.", 2, False, "Two"),
    ("Nine killed in Israeli strike on Lebanon", 9, False, "Nine"),
    ("The attack claimed 12 lives.", 12, False, "12"),
    ("The bombardment claimed the lives of 30 villagers.", 30, False, "30"),
    ("The ministry mourned the deaths of two soldiers.", 2, False, "two"),
    ("Nearly 3,000 were killed in the war.", 3000, False, "Nearly 3,000"),
    ("Some 40 soldiers were reported killed.", 40, False, "Some 40"),
    ("The strikes killed 100+ militants.", 100, True, "100+"),
    ("Twenty or more people were killed.", 20, True, "Twenty"),
    ("Two Pakistani soldiers and three civilians were killed.", 5, False,
     "Two Pakistani soldiers and three"),
    ("Shells killed at least two soldiers and a child, the army said.", 3, True,
     "at least two soldiers and a"),
    ("The death toll rose to 12 from 9.", 12, False, "12"),
    ("Five Thai soldiers are feared dead after the blast.", 5, False, "Five"),
    ("In 2024 12 people were killed at the crossing.", 12, False, "12"),
    ("Israeli fire killed 2, including a child.", 2, False, "2"),
    ("Border guards were accused of fatally shooting three farmers.", 3, False, "three"),
    ("Two herders were fatally shot near the post.", 2, False, "Two"),
    ("A guard fired at the smugglers' boat, killing him instantly.", 1, False, "him"),
    ("The raid killed Omar Haddad, one of the movement's founders, on Sunday.",
     1, False, "Omar Haddad"),
    ("Jets struck the village on Monday, killing four; raids since May have killed 120.",
     4, False, "four"),
    ("The attack has killed five people, officials said.", 5, False, "five"),
    ("Border guards shot dead two smugglers near the fence.", 2, False, "two"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "value", "at_least", "text"),
    KILLED,
    ids=[
        "killing-at-least-two",
        "killed-nine-people",
        "claimed-children-died",
        "left-people-dead",
        "leaving-dead",
        "death-toll-rose-to",
        "people-were-killed",
        "killed-not-injured",
        "children-were-killed",
        "which-killed-at-least",
        "toll-climbed-to-not-the-civilians",
        "of-its-soldiers",
        "nationality-adjective",
        "capitalised-group-name",
        "number-word-at-start",
        "more-than",
        "singular-object",
        "article-an",
        "article-not-the-age",
        "aside-including",
        "died",
        "headline",
        "claimed-lives",
        "claimed-the-lives-of",
        "deaths-of",
        "thousands-comma",
        "some-approximate",
        "plus-sign",
        "or-more",
        "groups-joined-by-and-add-up",
        "object-groups-add-up",
        "largest-of-several",
        "feared-dead",
        "year-then-count",
        "comma-after-count",
        "fatally-shooting",
        "were-fatally-shot",
        "killing-him",
        "named-with-description",
        "a-strike-not-the-campaign",
        "present-perfect-without-a-period",
        "smugglers",
    ],
)
def test_killed_count(sentence: str, value: int, at_least: bool, text: str) -> None:
    """A number tied to a word of killing or death is the count of the dead."""
    c = killed_count(sentence)
    assert c is not None
    assert (c.value, c.at_least, c.text) == (value, at_least, text)
    assert sentence[c.start : c.end] == c.text


NOT_KILLED = [
    "Militants wounded 5 soldiers near the border.",
    "Five soldiers were wounded in the shelling.",
    "Two children were injured when a drone hit the school.",
    "Tehran said it had attacked two bases of the militant group.",
    "Two days later, Pakistan responded in kind.",
    "The two countries agreed to de-escalate.",
    "Clashes erupted again in 2024 along the frontier.",
    "The statements came after a three-day stand-off between the two countries.",
    "Pakistan deployed 1,000 troops to the border.",
    "The two foreign ministers met in Islamabad.",
    "Dozens were killed in the bombardment.",
    "Several people died of their wounds.",
    "He was killed two days later.",
    "The rebels threatened to kill 100 hostages.",
    "It was the deadliest attack in two decades.",
    "The strike killed Hezbollah commander Fuad Shukr in 2024.",
    "The 2019 attack killed soldiers.",
    "Clashes left 5 people injured.",
    "The deaths in 2023 shocked the region.",
    "Medics saved the lives of 30 villagers.",
    "The commander was killed 12 May 2024 in a drone strike.",
    "The blast killed her husband and two sons.",
    "Jets killed Islamic State fighters, the army said.",
    "Police could not confirm any casualties.",
    "It was not clear whether there were any deaths.",
    "Five people were killed or wounded in the shelling.",
    "Eleven villagers were wounded or killed by the blasts.",
    "Air strikes have killed more than 200 people in the region since October.",
    "The fighting has killed at least 40 people so far this year.",
]


@pytest.mark.parametrize(
    "sentence",
    NOT_KILLED,
    ids=[
        "wounded-object",
        "wounded-subject",
        "injured-subject",
        "two-bases",
        "two-days-later",
        "two-countries",
        "year",
        "three-day",
        "troops-deployed",
        "foreign-ministers",
        "dozens",
        "several",
        "killed-then-days",
        "threat-to-kill",
        "decades",
        "killed-a-named-person-in-a-year",
        "year-as-adjective",
        "left-injured",
        "deaths-in-a-year",
        "saved-the-lives-of",
        "killed-then-a-date",
        "her-possessive",
        "group-name-not-a-person",
        "not-confirmed",
        "not-clear-whether",
        "killed-or-wounded",
        "wounded-or-killed",
        "running-total-since",
        "running-total-this-year",
    ],
)
def test_not_killed_counts(sentence: str) -> None:
    """Injuries, things, durations, years and vague quantities are not killed counts."""
    assert killed_count(sentence) is None


SHAPES = [
    ("Between 10 and 15 people were killed in the raid.", 10, True, "10 and 15"),
    ("The shells fell on the market, killing 10 to 15 people.", 10, True, "10 to 15"),
    ("Two or three soldiers were killed at the post.", 2, True, "Two or three"),
    ("The death toll rose from 9 to 14 on Tuesday.", 14, False, "14"),
    ("The toll of the air strike on the port on Sunday stands at 17.", 17, False, "17"),
    ("The jets hit a house, killing a family of six.", 6, False, "six"),
    ("The drone hit the car, killing a woman and her two sons.", 3, False, "a woman and her two"),
    ("Two Thai and three Cambodian soldiers were killed.", 5, False, "Two Thai and three"),
    ("There were no immediate reports of casualties.", 0, False,
     "no immediate reports of casualties"),
    ("There was no harm to our people, the army said.", 0, False, "no harm to our people"),
    ("Two civilians later succumbed to their injuries.", 2, False, "Two"),
    ("Two of the wounded later died in hospital.", 2, False, "Two"),
    ("Kyrgyzstan said it lost two guards in the clash.", 2, False, "two"),
    ("Two soldiers, three civilians and a child were killed.", 6, False,
     "Two soldiers, three civilians and a"),
    ("In the town 5 people were injured, two soldiers and a child were killed.", 3, False,
     "two soldiers and a"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "value", "at_least", "text"),
    SHAPES,
    ids=[
        "range-between-gives-the-floor",
        "range-to-in-the-object",
        "range-or-in-the-subject",
        "toll-from-to-not-a-range",
        "toll-noun-far-from-its-number",
        "family-of",
        "possessive-after-and",
        "groups-sharing-a-noun",
        "no-immediate-reports",
        "no-harm-to-our-people",
        "succumbed-to-injuries",
        "of-the-wounded-died",
        "lost-people",
        "list-of-groups-adds-up",
        "list-stops-at-the-wounded",
    ],
)
def test_killed_count_shapes(sentence: str, value: int, at_least: bool, text: str) -> None:
    """Ranges give their lower end; a family of six is six; groups joined by "and"
    add up even when they share one noun; no reports of casualties is 0."""
    c = killed_count(sentence)
    assert c is not None
    assert (c.value, c.at_least, c.text) == (value, at_least, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The party lost two seats in the vote.",
        "The club lost two players to injury.",
        "The army said it had lost contact with two soldiers.",
    ],
    ids=["seats", "lost-to-injury", "lost-contact"],
)
def test_lost_is_a_toll_only_of_people(sentence: str) -> None:
    """ "Lost two guards" counts the dead; things, or people lost "to" something
    else, do not."""
    assert killed_count(sentence) is None


def test_running_total_of_lives_is_no_toll() -> None:
    """ "Has so far claimed 200 lives": a war's dead over a period, not a strike's."""
    assert killed_count("The fighting has so far claimed 200 lives on both sides.") is None


def test_killers_are_not_the_dead() -> None:
    """In "two gunmen killed nine people" the dead are nine, not the two gunmen."""
    c = killed_count("Two gunmen killed nine people at a checkpoint.")
    assert c == Count(18, 22, "nine", 9, False)


def test_unicode_that_lower_cases_longer_keeps_offsets() -> None:
    """ "İ" lower-cases to two characters; offsets must still index the original."""
    sentence = "İstanbul: İsrael said 12 people were killed in İdlib."
    c = killed_count(sentence)
    assert c is not None
    assert (c.value, sentence[c.start : c.end]) == (12, "12")


# ------------------------------------------------------------------------ robustness

_PIECES = [
    "killed", "killing", "Killed", "dead", "died", "death", "toll", "rose", "to", "lives",
    "claimed", "the", "of", "at", "least", "more", "than", "over", "a", "an", "one", "no",
    "two", "Two", "twenty-five", "hundred", "and", "dozen", "1,000", "2024", "12", "3+",
    "10-year-old", "people", "soldiers", "soldier", "were", "was", "injured", "wounded",
    "including", ",", ".", "(", "İ", "or", "number", "bodies", "shot", "lost", "their",
]  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
def test_never_crashes_and_offsets_slice_back(text: str) -> None:
    """On any text: no exception, and a count's offsets slice back to its text."""
    c = killed_count(text)
    if c is not None:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.value >= 0


@settings(max_examples=200, deadline=None)
@given(words=st.text(max_size=40))
def test_parse_number_never_crashes(words: str) -> None:
    """parse_number returns an int or None on any input."""
    value = parse_number(words)
    assert value is None or (isinstance(value, int) and value >= 0)


def test_long_adversarial_text_is_linear() -> None:
    """No pathological backtracking: 30k characters of casualty-like noise in under 1 s."""
    text = " ".join(_PIECES) * 100
    t0 = time.perf_counter()
    killed_count(text)
    assert time.perf_counter() - t0 < 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        "No one was killed in the attack.",
        "No casualties were reported on either side.",
        "The shells landed in a paddy field without casualties.",
        "There was no immediate loss of life, officials said.",
        "However, no injuries or property damage was reported.",
        "The rounds fell in a field without causing any injuries.",
        "The shells caused no damage or casualties.",
        "Troops traded fire, but there have not yet been any casualties.",
        "The drone fell in a field and didn't cause any injuries.",
        "There were no reports of casualties after the shelling.",
        "Neither side reported casualties.",
    ],
    ids=[
        "no-one",
        "no-casualties",
        "without-casualties",
        "no-loss-of-life",
        "no-injuries",
        "without-causing-injuries",
        "no-damage-or-casualties",
        "not-yet-any",
        "did-not-cause-any",
        "no-reports-of",
        "neither-side",
    ],
)
def test_a_sentence_that_says_nobody_died_counts_zero(sentence: str) -> None:
    """An analyst records 0 when the text says so, and nothing when it is silent."""
    count = killed_count(sentence)
    assert count is not None and count.value == 0
    assert sentence[count.start : count.end] == count.text
