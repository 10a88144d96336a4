"""geomap.events.roles and .structure: who acts, read from the sentence's parse.

Every sentence here is written for the test; none comes from an article.
"""

from __future__ import annotations

import datetime

import pytest

from geomap.articles import article_from_text
from geomap.events import extract_events
from geomap.events.structure import parse_sentence, parser_available
from geomap.resolution import geoparse

pytestmark = pytest.mark.skipif(not parser_available(), reason="the parser is not installed")

PUBLISHED = datetime.date(2025, 7, 24)  # a Thursday


def _events(text: str) -> list[tuple]:
    article = article_from_text("test.txt", text, published=PUBLISHED)
    return sorted(
        (e.family, e.type, e.actor, e.target, e.alleged)
        for e in extract_events(article, geoparse(article))
    )


def _spans(sentence: str, spans: list[tuple[int, int]]) -> list[str]:
    return [sentence[a:b] for a, b in spans]


@pytest.mark.parametrize(
    ("sentence", "trigger", "subjects"),
    [
        (
            "Norway, Chile and the government of Kenya called for restraint.",
            "called",
            ["Norway", "Chile", "the government of Kenya"],
        ),
        ("Qatar and Ghana stepped in to mediate between them.", "mediate", ["Qatar", "Ghana"]),
        (
            "Peru, which borders five countries, launched a drone strike on the camp.",
            "drone",
            ["Peru"],
        ),
        ("The Thai army sent jets to carry out airstrikes.", "airstrikes", ["The Thai army"]),
        ("Nine people were killed in Kenyan shelling of the town.", "shelling", []),
        ("Chile urged the Andean body to condemn Peru.", "condemn", ["the Andean body"]),
        (
            "The Andean body, to which both states belong, is ready to mediate.",
            "ready",
            ["The Andean body"],
        ),
        (
            "Peru said Chile raised tensions on Monday, opening fire on a border post.",
            "opening",
            ["Chile"],
        ),
    ],
    ids=[
        "coordinated",
        "controlled-verb",
        "relative-clause-left-out",
        "purpose-clause",
        "noun",
        "object-control",
        "predicate-adjective",
        "participle-after-a-comma",
    ],
)
def test_subjects_of_the_trigger(sentence: str, trigger: str, subjects: list[str]) -> None:
    """Each coordinated subject apart; a verb's subject never acts for a noun it does
    not govern ("killed in Kenyan shelling": the subject was killed, not shelling)."""
    view = parse_sentence(sentence)
    assert view is not None
    assert _spans(sentence, view.subjects(sentence.index(trigger))) == subjects


@pytest.mark.parametrize(
    ("sentence", "trigger", "accusers", "accused"),
    [
        (
            "Chile accused Peru of shelling its border villages.",
            "shelling",
            ["Chile"],
            ["Peru"],
        ),
        (
            "Ghana blamed Togo for the drone attack on its capital.",
            "drone",
            ["Ghana"],
            ["Togo"],
        ),
    ],
    ids=["accused-of", "blamed-for"],
)
def test_accusations(sentence: str, trigger: str, accusers: list[str], accused: list[str]) -> None:
    view = parse_sentence(sentence)
    assert view is not None
    found = view.accusation(sentence.index(trigger))
    assert found is not None
    assert (_spans(sentence, found[0]), _spans(sentence, found[1])) == (accusers, accused)


def test_the_agent_of_a_passive() -> None:
    sentence = "The village was struck by Peruvian jets on Tuesday."
    view = parse_sentence(sentence)
    assert view is not None
    assert _spans(sentence, view.agent(sentence.index("struck"))) == ["Peruvian jets"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway, Chile and the government of Kenya called for restraint.",
            [
                ("diplomatic", "restraint appeal", "CL", None, False),
                ("diplomatic", "restraint appeal", "KE", None, False),
                ("diplomatic", "restraint appeal", "NO", None, False),
            ],
        ),
        (
            "Qatar and Ghana stepped in to mediate between the two countries.",
            [
                ("diplomatic", "mediation offer", "GH", None, False),
                ("diplomatic", "mediation offer", "QA", None, False),
            ],
        ),
        (
            "Armenia accused Azerbaijan of carrying out drone strikes on its town of Jermuk.",
            [("strike", "drone strike", "AZ", "AM", True)],
        ),
        (
            "Tensions rose as Cambodia fired rockets at Thai villages and Thailand launched "
            "airstrikes.",
            [
                ("strike", "airstrike", "TH", "KH", False),
                ("strike", "missile strike", "KH", "TH", False),
            ],
        ),
        (
            "Deadly clashes between Thai and Cambodian troops left a soldier dead.",
            [("strike", "clash", "TH", "KH", False)],
        ),
        (
            "An intrusion of three Russian jets into Norwegian airspace was reported on Tuesday.",
            [("strike", "incursion", "RU", "NO", False)],
        ),
        (
            "Ghana accused Togo-backed fighters of shelling its border villages.",
            [("strike", "shelling", None, "GH", True)],
        ),
    ],
    ids=[
        "three-appeals",
        "two-mediators",
        "accused-strike",
        "two-sided",
        "clash-between",
        "of-names-the-actor",
        "backer-is-not-the-attacker",
    ],
)
def test_events_read_from_structure(text: str, expected: list[tuple]) -> None:
    """Coordinated parties give one act each; an accused act is the accused's and
    alleged; two attackers in one sentence give two strikes; a clash has two sides."""
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iran vowed to retaliate against Israel.",
        "An attack on the border is to be expected, officials in Kenya said.",
        "Chile has been fighting Peru over the border since 2020.",
        "Peru will keep its warships near the border and strike any Chilean boat that enters.",
    ],
    ids=["vow", "forecast", "habitual", "modal-on-coordinated-verb"],
)
def test_threats_forecasts_and_habits_are_no_events(text: str) -> None:
    assert _events(text) == []
