"""Who acts, read from sentence structure: small rules, tried in order, first answer wins.

Each rule takes the sentence's parse, its named parties and the trigger, and returns
the parties that act (or None when it has nothing to say); its docstring is the
sentence it exists for. They are tried before the surface rules of ``actors``, and
the name of the rule that answered is recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from .records import _Ent, _Hit
from .structure import Structure

__all__ = ["ACTOR_RULES", "accusers", "find_actor"]

Span = tuple[int, int]
ActorRule = Callable[[Structure, list[_Ent], _Hit], list[_Ent] | None]


def _parties_in(spans: list[Span], ents: list[_Ent]) -> list[_Ent]:
    """The parties each span names: per span, the first agentive party inside it, a
    named one before a stand-in ("the government of Egypt" is Egypt)."""
    out: list[_Ent] = []
    for a, b in spans:
        # the parse has settled the role: surface flags ("with X", a coordinated place
        # before it) do not count against a party inside the span
        inside = [
            e for e in ents if a <= e.start and e.end <= b and e.kind in _PARTY and not e.of_group
        ]
        inside.sort(key=lambda e: (e.kind not in _NAMED, e.start))
        if inside and inside[0] not in out:
            out.append(inside[0])
    return out


#: parties named outright, not by a stand-in ("it", "the government", "both sides")
_NAMED = frozenset({"state", "org", "nonstate"})
#: the kinds of entity that can act
_PARTY = frozenset({"state", "org", "nonstate", "anaphor", "dyad"})


def by_agent(view: Structure, ents: list[_Ent], hit: _Hit) -> list[_Ent] | None:
    """ "Kotli was struck by Indian jets": the agent of a passive acts."""
    return _parties_in(view.agent(hit.start), ents) or None


def accused_party(view: Structure, ents: list[_Ent], hit: _Hit) -> list[_Ent] | None:
    """ "Armenia accused Azerbaijan of shelling its villages": the accused acts."""
    found = view.accusation(hit.start)
    if found is None:
        return None
    return _parties_in(found[1], ents) or None


def subject_of_trigger(view: Structure, ents: list[_Ent], hit: _Hit) -> list[_Ent] | None:
    """ "France, Turkey and the government of Egypt called for restraint": every
    coordinated subject of the trigger's verb acts."""
    return _parties_in(view.subjects(hit.start), ents) or None


def of_the_actor(view: Structure, ents: list[_Ent], hit: _Hit) -> list[_Ent] | None:
    """ "an intrusion of four Chinese ships into Japanese waters": for a type whose "of"
    names who acts (``of_party = "actor"`` in triggers.toml), that party acts."""
    if hit.type.of_party != "actor":
        return None
    return _parties_in(view.of_complement(hit.start), ents) or None


#: the order the rules are tried in
ACTOR_RULES: tuple[ActorRule, ...] = (by_agent, accused_party, of_the_actor, subject_of_trigger)


def find_actor(view: Structure, ents: list[_Ent], hit: _Hit) -> tuple[list[_Ent], str] | None:
    """The acting parties and the name of the rule that found them, or None."""
    for rule in ACTOR_RULES:
        found = rule(view, ents, hit)
        if found:
            return found, rule.__name__
    return None


def accusers(view: Structure, ents: list[_Ent], hit: _Hit) -> list[_Ent] | None:
    """ "Armenia accused Azerbaijan of shelling ...": Armenia, who makes the claim, and
    None when the act is not an accusation."""
    found = view.accusation(hit.start)
    if found is None:
        return None
    return _parties_in(found[0], ents)
