"""geomap.events.targets: whom a strike hit and where.

Each target rule answers for the sentence it exists for, never naming the attacker;
each place rule picks the strike's place for one target. Every sentence here is
written for the test; none comes from an article.
"""

from __future__ import annotations

import pytest

from geomap.events import targets
from geomap.events.reader import read_sentence
from geomap.events.strikes import read_strike, strike_case
from geomap.events.targets import find_targets


def _case(view, trigger: str):
    """The strike case of the clause whose trigger covers the word ``trigger``."""
    at = view.text.index(trigger)
    hit = next(h for h in view.hits if h.start <= at < h.end)
    ci = next(i for i, c in enumerate(view.clauses) if c.start <= hit.start < c.end)
    case = strike_case(view, ci, [hit])
    assert case is not None
    return case


TARGET_CASES = [
    ("under_attack_subject", "Peruvian troops came under attack on Monday.", "attack", ["PE"]),
    ("object_of_trigger", "Chile shelled Peru on Monday.", "shelled", ["PE"]),
    ("object_of_trigger", "Chile fired rockets into Peru.", "fired", ["PE"]),
    ("victims", "Chilean shelling killed two Peruvian soldiers.", "shelling", ["PE"]),
    ("place_country", "Chilean jets bombed a depot in Tacna.", "bombed", ["PE"]),
    ("accuser", "Peru accused Chile of shelling the post.", "shelling", ["PE"]),
    ("speaker", "Chile shelled the post on Monday, Peru said.", "shelled", ["PE"]),
]


@pytest.mark.parametrize(
    ("rule", "sentence", "trigger", "hit"),
    TARGET_CASES,
    ids=["under_attack", "object", "into", "victims", "place_country", "accuser", "speaker"],
)
def test_target_rule_answers_for_its_sentence(
    trigger_view, rule: str, sentence: str, trigger: str, hit: list[str]
) -> None:
    """Each rule, asked alone, finds the state its kind of sentence says was hit."""
    case = _case(trigger_view(sentence), trigger)
    assert getattr(targets, rule)(case) == hit


@pytest.mark.parametrize(
    ("sentence", "trigger", "rule"),
    [
        ("Chile shelled Peru on Monday.", "shelled", "object_of_trigger"),
        ("Chilean jets bombed a depot in Tacna.", "bombed", "place_country"),
        ("Chile shelled the post on Monday, Peru said.", "shelled", "speaker"),
        ("Clashes between Chilean and Peruvian troops broke out.", "Clashes", "between_sides"),
    ],
    ids=["object", "place", "speaker", "between"],
)
def test_first_rule_that_answers_wins(trigger_view, sentence: str, trigger: str, rule: str) -> None:
    """The rules are tried in order; the name of the one that answered is recorded."""
    found, how = find_targets(_case(trigger_view(sentence), trigger))
    assert found == ["PE"]
    assert how == rule


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Peruvian troops came under attack near the border on Monday.", None),
        ("Peruvian troops came under heavy Chilean shelling on Monday.", "CL"),
        ("Peruvian troops came under attack by Chilean forces on Monday.", "CL"),
        ("Peruvian troops came under attack from Chilean forces on Monday.", "CL"),
    ],
    ids=["no-attacker", "attacker-as-modifier", "attacker-after-by", "attacker-after-from"],
)
def test_who_came_under_attack_was_hit(trigger_view, sentence: str, actor: str | None) -> None:
    """ "Peruvian troops came under attack": the subject is the target, never the
    attacker; an attacker the sentence names elsewhere still acts."""
    view = trigger_view(sentence)
    got = [(d.actor, d.target) for d in read_sentence(view, None) if d.family == "strike"]
    assert got == [(actor, "PE")]


def test_the_attacker_is_never_its_own_target(trigger_view) -> None:
    """ "Chilean jets bombed a depot in Santiago": a place in the attacker's own
    country names no target."""
    case = _case(trigger_view("Chilean jets bombed a depot in Santiago."), "bombed")
    assert case.actors == ("CL",)
    assert targets.place_country(case) == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "actor", "target", "place"),
    [
        ("Chilean jets bombed a depot in Tacna.", "bombed", "CL", "PE", "Tacna"),
        ("Chile shelled Peru near Tacna on Monday.", "shelled", "CL", "PE", "Tacna"),
        ("Chile shelled the village of Tacna on Monday.", "shelled", "CL", "PE", "Tacna"),
    ],
    ids=["in-the-target", "near", "object-place"],
)
def test_strike_reads_actor_target_and_place(
    trigger_view, sentence: str, trigger: str, actor: str, target: str, place: str
) -> None:
    """The strike's place is the most specific one named in the target's country."""
    view = trigger_view(sentence)
    case = _case(view, trigger)
    (draft,) = read_strike(view, case.ci, [case.anchor], None)
    assert (draft.actor, draft.target, draft.place and draft.place.name) == (actor, target, place)


@pytest.mark.parametrize(
    ("rule", "target", "beside", "place"),
    [
        ("in_target_country", "PE", False, "Tacna"),
        ("in_target_country", "BO", False, None),
        ("beside_the_target", "BO", True, "Tacna"),
        ("beside_the_target", "BO", False, None),
        ("in_no_country", "BO", False, None),
    ],
    ids=["in-target", "not-in-target", "beside", "beside-not-asked", "no-country"],
)
def test_place_rule(trigger_view, rule: str, target: str, beside: bool, place: str | None) -> None:
    """Each place rule picks among the places the clause names: in the target's
    country; beside a target read from the act (outside the targets' countries); a
    place of no country."""
    case = _case(trigger_view("Chilean jets bombed a depot in Tacna."), "bombed")
    places = [e.place for e in case.places if e.place]
    got = getattr(targets, rule)(places, target, targets=[target], beside=beside)
    assert (got.name if got else None) == place


def test_partner_state_needs_no_place_abroad(trigger_view) -> None:
    """ "civilians were killed in heavy Chilean firing": with Chile and Peru the
    article's two states, the other one was hit; a place named abroad says no."""
    view = trigger_view(
        "Five civilians were killed in heavy Chilean firing. Chile and Peru disagree on it."
    )
    assert targets.partner_state(view, "CL", ()) == ["PE"]
    assert targets.partner_state(view, "PE", ()) == ["CL"]
