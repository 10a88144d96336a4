"""geomap.events.actors: who acts, read from the words around the trigger.

Each surface rule answers for the sentence it exists for; the first rule that answers
wins and its name is recorded. Every sentence here is written for the test; none comes
from an article.
"""

from __future__ import annotations

import pytest

from geomap.events import actors
from geomap.events.actors import Ask, find_actor, party_codes


def _ask(view, trigger: str, **kw) -> Ask:
    """The question for the trigger that covers the word ``trigger``."""
    at = view.text.index(trigger)
    hit = next(h for h in view.hits if h.start <= at < h.end)
    ci = next(i for i, c in enumerate(view.clauses) if c.start <= hit.start < c.end)
    return Ask(view, ci, hit, **kw)


def _said(view, ents) -> list[str]:
    return [view.text[e.start : e.end] for e in ents]


RULE_CASES = [
    ("by_after", "The border post was shelled by Peru on Monday.", "shelled", ["Peru"]),
    ("nonstate_in_trigger", "Gunmen killed two guards near the border.", "Gunmen", ["Gunmen"]),
    ("modifier_before", "Three farmers were hurt in Peruvian shelling.", "shelling", ["Peruvian"]),
    (
        "participle_subject",
        "Chile wrote to Peru on Monday, urging both sides to show restraint.",
        "urging",
        ["Chile"],
    ),
    (
        "shared_verb_subject",
        "Chile expelled the envoy and recalled its own ambassador from Lima.",
        "recalled",
        ["Chile"],
    ),
    ("nearest_before", "Chile shelled the post on Monday.", "shelled", ["Chile"]),
    (
        "relative_antecedent",
        "Officials blamed Chile, which shelled the post on Monday.",
        "shelled",
        ["Chile"],
    ),
]


@pytest.mark.parametrize(
    ("rule", "sentence", "trigger", "acting"), RULE_CASES, ids=[c[0] for c in RULE_CASES]
)
def test_surface_rule_answers_for_its_sentence(
    trigger_view, rule: str, sentence: str, trigger: str, acting: list[str]
) -> None:
    """Each rule, asked alone, finds the party its docstring's kind of sentence names."""
    view = trigger_view(sentence)
    found = getattr(actors, rule)(_ask(view, trigger))
    assert found is not None
    assert _said(view, found) == acting


@pytest.mark.parametrize(
    ("sentence", "trigger", "fronted", "acting"),
    [
        (
            "During a visit to Peru last week, Chile signed a trade deal.",
            "visit",
            True,
            ["Chile"],
        ),
        ("During a visit to Peru last week, Chile signed a trade deal.", "visit", False, None),
        (
            "During a visit to Peru, Defence Minister Ana Ruiz on Monday condemned Chile.",
            "visit",
            True,
            None,
        ),
    ],
    ids=["asked", "not-asked", "a-party-later-in-the-main-clause"],
)
def test_fronted_subject(
    trigger_view, sentence: str, trigger: str, fronted: bool, acting: list[str] | None
) -> None:
    """ "During a visit to Peru, Chile ...": the subject after the fronted phrase acts,
    when the question allows it (diplomatic acts do, strikes do not)."""
    view = trigger_view(sentence)
    found = actors.fronted_subject(_ask(view, trigger, fronted=fronted))
    assert (found if found is None else _said(view, found)) == acting


@pytest.mark.parametrize(
    ("rule", "sentence", "trigger"),
    [
        ("by_after", "Chile shelled the post on Monday.", "shelled"),
        ("modifier_before", "Chile shelled the post on Monday.", "shelled"),
        ("shared_verb_subject", "Chile shelled the post on Monday.", "shelled"),
        ("relative_antecedent", "Chile shelled the post on Monday.", "shelled"),
        ("nonstate_in_trigger", "Chile shelled the post on Monday.", "shelled"),
        ("under_attack", "Chile shelled the post on Monday.", "shelled"),
    ],
    ids=[
        "by_after",
        "modifier_before",
        "shared_verb_subject",
        "relative_antecedent",
        "nonstate",
        "under_attack",
    ],
)
def test_surface_rule_is_silent_on_other_sentences(
    trigger_view, rule: str, sentence: str, trigger: str
) -> None:
    """A rule that does not fit the sentence answers None, and the next rule is tried."""
    view = trigger_view(sentence)
    assert getattr(actors, rule)(_ask(view, trigger)) is None


def test_under_attack_names_no_attacker(trigger_view) -> None:
    """ "Chilean troops came under attack": the subject was hit, so the rule answers
    that no one named before the trigger acts."""
    view = trigger_view("Chilean troops came under attack near the border.")
    assert actors.under_attack(_ask(view, "attack")) == []


def test_shared_verb_subject_takes_the_earlier_verbs_actor(trigger_view) -> None:
    """ "Chile expelled the envoy and recalled its own": the actor already found for the
    first verb is the second's."""
    view = trigger_view("Chile expelled the envoy and recalled its own ambassador.")
    first = [e for e in view.ents if view.text[e.start : e.end] == "Chile"]
    assert actors.shared_verb_subject(_ask(view, "recalled", shared=first)) is first


@pytest.mark.parametrize(
    ("sentence", "trigger", "recent", "codes"),
    [
        ("Chile said it shelled the post on Monday.", "shelled", (), ["CL"]),
        ("It shelled the post on Monday.", "shelled", ("PE", "CL"), ["CL"]),
        ("The two sides clashed on Monday.", "clashed", (), []),
    ],
    ids=["the-sayer", "the-last-named", "both-sides-without-a-dyad"],
)
def test_party_codes_of_a_stand_in(
    trigger_view, sentence: str, trigger: str, recent: tuple[str, ...], codes: list[str]
) -> None:
    """ "it" is the sayer, else the party named last before it, else the last one the
    article named; "the two sides" are the article's two main states (none here)."""
    view = trigger_view(sentence, recent)
    ents, _ = find_actor(_ask(view, trigger))
    assert [c for e in ents for c in party_codes(view, e)] == codes


def test_the_rule_that_answers_is_recorded(trigger_view) -> None:
    """The first rule that answers wins, and its name says how the actor was found."""
    view = trigger_view("Three farmers were hurt in Peruvian shelling.")
    ents, how = find_actor(_ask(view, "shelling"))
    assert (_said(view, ents), how) == (["Peruvian"], "modifier_before")
