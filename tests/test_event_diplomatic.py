"""geomap.events.diplomatic: who a diplomatic act is toward, by its type's rule.

A type's ``target`` in triggers.toml names the rule; the code names no type. Every
sentence here is written for the test; none comes from an article.
"""

from __future__ import annotations

import pytest

from geomap.events.diplomatic import TARGET_RULES, read_diplomatic
from geomap.lexicon import TARGET_RULES as LEXICON_TARGET_RULES
from geomap.lexicon import load_lexicon


def _read(view):
    """The diplomatic drafts of the view's first clause with a diplomatic trigger."""
    for ci, c in enumerate(view.clauses):
        hits = [
            h for h in view.hits if c.start <= h.start < c.end and h.type.family == "diplomatic"
        ]
        if hits:
            return hits[0].type, read_diplomatic(view, ci, hits, None)[0]
    raise AssertionError("no diplomatic trigger")


def test_every_rule_the_lexicon_allows_has_a_function() -> None:
    """A type may name any rule the lexicon accepts, and each has its function."""
    assert sorted(TARGET_RULES) == sorted(LEXICON_TARGET_RULES)
    used = {t.target for t in load_lexicon().types.values() if t.family == "diplomatic"}
    assert used <= set(TARGET_RULES)


CASES = [
    ("object", "Chile condemned Peru on Monday.", "CL", "PE", None),
    ("counterpart", "Chile expelled a diplomat from Peru on Monday.", "CL", "PE", None),
    ("counterpart", "Chile expelled two diplomats. Chile and Peru disagree.", "CL", "PE", None),
    ("addressee", "Chile urged Peru to show restraint.", "CL", "PE", None),
    ("addressee", "Chile urged Peru and Bolivia to show restraint.", "CL", None, None),
    ("destination", "The Chilean minister travelled to Lima on Monday.", "CL", "PE", "Lima"),
    ("destination", "The Chilean minister travelled to Peru on Monday.", "CL", "PE", "Lima"),
]


@pytest.mark.parametrize(
    ("rule", "sentence", "actor", "target", "place"),
    CASES,
    ids=[
        "object",
        "counterpart-named",
        "counterpart-the-other-state",
        "addressee-one",
        "addressee-two",
        "destination-city",
        "destination-country-capital",
    ],
)
def test_target_rule_of_the_type(
    trigger_view, rule: str, sentence: str, actor: str, target: str | None, place: str | None
) -> None:
    """The act's type names the rule (data), and the rule finds whom it is toward."""
    kind, drafts = _read(trigger_view(sentence))
    assert kind.target == rule and not kind.symmetric
    assert [(d.actor, d.target, d.place and d.place.name) for d in drafts] == [
        (actor, target, place)
    ]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Chile and Peru held talks on Monday.", ("CL", "PE")),
        ("Chile held talks with Peru on Monday.", ("CL", "PE")),
        ("Peru and Chile held talks on Monday, Chile said.", ("CL", "PE")),
        ("Chile and Peru held talks in Lima on Monday.", ("PE", "CL")),
    ],
    ids=["both-named", "with", "the-announcer-first", "the-main-state-first"],
)
def test_a_joint_act_makes_a_pair(trigger_view, sentence: str, pair: tuple[str, str]) -> None:
    """A symmetric type's two parties are a pair: the one announcing it first, else the
    one the article names most (Lima counts for Peru)."""
    kind, drafts = _read(trigger_view(sentence))
    assert kind.symmetric
    assert [(d.actor, d.target) for d in drafts] == [pair]


def _acts(text: str) -> list[tuple]:
    import datetime

    from geomap.articles import article_from_text
    from geomap.events import extract_events
    from geomap.resolution import geoparse

    article = article_from_text("test.txt", text, published=datetime.date(2025, 7, 24))
    return [
        (e.family, e.type, e.actor, e.target) for e in extract_events(article, geoparse(article))
    ]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "The Chilean government accused Peru of arming the rebels in a letter on Tuesday.",
            [("diplomatic", "statement", "CL", "PE")],
        ),
        (
            "Chile accused Peru of shelling its border villages on Monday.",
            [("strike", "shelling", "PE", "CL")],
        ),
        ("Peru was accused of arming the rebels.", []),
        ("A Lima woman accused of theft was freed on Monday.", []),
        ("The Chilean government accused the rebels of using civilians as shields.", []),
        ("Chile has repeatedly accused Peru of arming the rebels.", []),
    ],
    ids=[
        "a-position",
        "an-alleged-strike",
        "accused-by-no-one",
        "a-habit",
        "a-person-accused",
        "no-party-accused",
    ],
)
def test_an_accusation_is_a_statement_unless_it_tells_a_strike(
    sentence: str, acts: list[tuple]
) -> None:
    """A government's accusation of another party states its position; one of a strike
    tells the strike (alleged) and no statement besides; a passive or habitual
    accusation, or one of no state or organisation, is none."""
    assert _acts(f"Report\n\n{sentence}") == acts


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "Chile and Peru traded fire on Monday. On Tuesday the local commander held a "
            "meeting with his Peruvian counterpart.",
            [("strike", "clash", "CL", "PE"), ("diplomatic", "meeting", "CL", "PE")],
        ),
        (
            "Report\n\nLima: Speaking in parliament on Tuesday, Defence Minister Ana Ruiz "
            "condemned Chile.",
            [("diplomatic", "statement", "PE", "CL")],
        ),
        (
            "Report\n\nQUITO, July 22 (Wire) - Defence Minister Ana Ruiz on Tuesday condemned "
            "Chile.",
            [("diplomatic", "statement", "EC", "CL")],
        ),
        (
            "Report\n\nLima: Speaking in parliament on Tuesday, the Bolivian defence minister "
            "condemned Chile.",
            [("diplomatic", "statement", "BO", "CL")],
        ),
        (
            "Chile and Peru clashed on Monday. Fighting resumed after talks between the "
            "border commanders failed.",
            [("strike", "clash", "CL", "PE"), ("diplomatic", "meeting", "CL", "PE")],
        ),
        (
            "Chile and Peru clashed on Monday. He joined the talks between the Liberal "
            "leader and his Labour rival.",
            [("strike", "clash", "CL", "PE")],
        ),
        (
            "Chile and Peru clashed on Monday. Envoys are pushing urgent talks between "
            "Chilean and Peruvian officials.",
            [("strike", "clash", "CL", "PE")],
        ),
    ],
    ids=[
        "counterpart",
        "line-filed-from",
        "dateline",
        "an-office-with-its-state",
        "between",
        "between-named-people",
        "talks-pushed-for",
    ],
)
def test_an_official_the_sentence_gives_no_state(text: str, acts: list[tuple]) -> None:
    """An official named with no state acts for the other side of the counterpart met,
    or for the state the story or its line was filed from; an office with a state
    before it is that state's; talks between sides told only as people of no name are
    between the article's two main states; talks still pushed for are none."""
    assert _acts(text) == acts


def test_a_mistyped_opening_quote_does_not_blank_what_comes_before() -> None:
    """'the minister said,”We ...': a closing mark typed where speech opens leaves the
    words before it readable."""
    got = _acts(
        "Report\n\nChile on Tuesday condemned Peru in a statement and said,”We acted "
        "within our rights all along.”"
    )
    assert got == [("diplomatic", "statement", "CL", "PE")]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "The Chilean foreign minister visited Lima on Tuesday.",
            [("diplomatic", "visit", "CL", "PE")],
        ),
        ("The Chilean commander visited the wounded soldiers in hospital on Tuesday.", []),
    ],
    ids=["to-a-place", "to-no-place"],
)
def test_a_visit_goes_somewhere(text: str, acts: list[tuple]) -> None:
    """A visit is to a place; visiting people ("the wounded") is no diplomatic act."""
    assert _acts(f"Report\n\n{text}") == acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru called on Chile to avoid creating a crisis in the region.",
        "Peru urged Chile to refrain from further provocations.",
    ],
    ids=["avoid", "refrain"],
)
def test_a_call_to_hold_back_is_a_restraint_appeal(sentence: str) -> None:
    """Calling on a state to avoid or refrain from something appeals for restraint."""
    assert _acts(f"Report\n\n{sentence}") == [("diplomatic", "restraint appeal", "PE", "CL")]


def test_urging_a_body_to_condemn_is_a_request() -> None:
    """ "Chile urged the Organization of American States (OAS) to condemn Peru": a
    request to the body, which has not condemned anyone yet."""
    got = _acts(
        "Report\n\nChile has urged the Organization of American States (OAS) to condemn "
        "Peru for violating its territory."
    )
    assert got == [("diplomatic", "request", "CL", "OAS")]


def test_a_government_of_no_state_named_condemning_strikes_is_the_state_hit() -> None:
    """ "The interim government denounced these attacks": a government the sentence names
    by no state, condemning the strikes told before, is the government of the state
    they hit, and its act is toward their attacker."""
    got = _acts(
        "Report\n\nChilean aircraft struck two villages in Peru on Monday. The interim "
        "government denounced these attacks as a violation of its sovereignty."
    )
    assert got == [("strike", "airstrike", "CL", "PE"), ("diplomatic", "statement", "PE", "CL")]
