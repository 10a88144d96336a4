"""geomap.events.strikes and .sentence: a strike told in a clause, read from a frozen
view of its sentence.

Every sentence here is written for the test; none comes from an article.
"""

from __future__ import annotations

import dataclasses

import pytest

from geomap.events.reader import read_sentence
from geomap.events.strikes import is_reference


def _strikes(view) -> list[tuple]:
    return [(d.type, d.actor, d.target) for d in read_sentence(view, None) if d.family == "strike"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "reference"),
    [
        ("Chile protested over the attack on Monday.", "attack", True),
        ("Chile said the shelling near Tacna killed two.", "shelling", False),
        ("Peru said that the attack had killed two guards.", "attack", True),
        ("Chile launched an attack on Peru on Monday.", "attack", False),
    ],
    ids=["over-the-attack", "the-shelling-with-its-place", "the-attack-told-before", "an-attack"],
)
def test_is_reference(trigger_view, sentence: str, trigger: str, reference: bool) -> None:
    """A strike noun pointing back at an event told elsewhere starts no event."""
    view = trigger_view(sentence)
    at = view.text.index(trigger)
    hit = next(h for h in view.hits if h.start <= at < h.end)
    clause = next(c for c in view.clauses if c.start <= hit.start < c.end)
    assert is_reference(view, clause, hit) is reference


@pytest.mark.parametrize(
    ("sentence", "strikes"),
    [
        ("Chile shelled Peru on Monday.", [("shelling", "CL", "PE")]),
        ("Chile and Peru traded tit-for-tat shelling on Monday.", []),
        ("Chile and Peru clashed on Monday.", [("clash", "CL", "PE")]),
        ("Chile did not shell Peru on Monday.", []),
        ("Chile will strike Peru if provoked.", []),
        ("Chile raised tensions on Monday, opening fire on Peru.", [("clash", "CL", "PE")]),
        (
            "Chilean border guards shot a Peruvian farmer dead on Monday.",
            [("cross-border attack", "CL", "PE")],
        ),
        ("Police shot dead a robbery suspect in Santiago on Monday.", []),
    ],
    ids=[
        "one-strike",
        "summary",
        "two-sided",
        "denied",
        "future",
        "opening-fire",
        "shot-dead",
        "police-shooting",
    ],
)
def test_strikes_of_a_sentence(trigger_view, sentence: str, strikes: list[tuple]) -> None:
    """One event per strike the sentence tells; a summary of both sides' acts is none
    (unless it tells one precise place and day), a clash of two sides is one; denied or
    future acts are none."""
    try:
        view = trigger_view(sentence)
    except AssertionError:
        view = None  # no trigger survives: no event either
    assert (_strikes(view) if view is not None else []) == strikes


def test_the_view_is_frozen(trigger_view) -> None:
    """Rules read the sentence; none can change it for the next one."""
    view = trigger_view("Chile shelled Peru on Monday.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.text = "Peru shelled Chile."  # type: ignore[misc]
