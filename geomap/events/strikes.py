"""A strike told in a clause: who struck (``actors``), whom and where (``targets``),
when (``when``), the toll, and how sure the reading is.

A strike noun pointing back at an event told elsewhere ("over the attack") starts
none, and a summary of both sides' acts ("tit-for-tat shelling") becomes the type a
clash of two sides is (``two_sided_type`` in triggers.toml) or nothing.
"""

from __future__ import annotations

from datetime import date

from ..numbers import killed_count
from .actors import EXPLICIT, Ask, find_actor, party_codes
from .records import _Draft, _Ent, _Hit
from .roles import accusers
from .sentence import SentenceView
from .targets import BESIDE, STATED, Case, between_sides, find_targets, strike_place
from .text import _BY_AFTER, _DEFINITE, _OBJECT_GAP, _PLACE_PREPS, _Clause, _prep_before
from .when import act_date

__all__ = ["is_reference", "read_strike"]


def read_strike(
    view: SentenceView, ci: int, hits: list[_Hit], previous: date | None
) -> list[_Draft]:
    """The strike events that triggers ``hits`` (one attacker's) of clause ``ci`` tell:
    one per target, none when nothing of it can go on a map."""
    clause = view.clauses[ci]
    hits = [h for h in hits if not is_reference(view, clause, h)]
    if not hits:
        return []
    anchor = hits[0]
    best = min(hits, key=lambda h: (h.type.rank, -(h.end - h.start), h.start))
    kind = best.type.type
    # the clause and the relative clauses hanging on it
    end = clause.end
    j = ci + 1
    while j < len(view.clauses) and view.clauses[j].rel:
        end = view.clauses[j].end
        j += 1
    actor_ents, how = find_actor(Ask(view, ci, anchor))
    actor_codes: list[str] = []
    explicit = how in EXPLICIT
    for e in actor_ents:
        actor_codes += [c for c in party_codes(view, e) if c not in actor_codes]
    # "Armenia accused Azerbaijan of shelling ...": Armenia's claim, about Armenia
    claimants = accusers(view.parse, view.ents, anchor) if view.parse is not None else None
    alleged = claimants is not None
    if claimants:
        # whoever the accused is, the accuser did not do it
        accusing = {c for e in claimants for c in party_codes(view, e)}
        actor_codes = [c for c in actor_codes if c not in accusing]
    used = frozenset(id(e) for e in actor_ents)
    reciprocal = any(clause.start <= a < clause.end for a in view.reciprocal) or any(
        e.kind == "dyad" for e in actor_ents
    )
    places = _places(view, clause, end, anchor, used)
    sides: list[str] = []
    if not actor_codes:
        pair = between_sides(view, anchor, end)
        if len(pair) == 2:
            actor_codes, sides, how = [pair[0]], [pair[1]], "between_sides"
    case = Case(
        view,
        ci,
        anchor,
        end,
        tuple(actor_codes),
        how,
        used,
        tuple(places),
        tuple(claimants) if claimants is not None else None,
    )
    targets, how_target = find_targets(case, sides)
    two_sided = best.type.two_sided
    if two_sided and len(actor_codes) >= 2 and not targets:
        targets = [actor_codes[1]]
        actor_codes = actor_codes[:1]
    if two_sided and not actor_codes and how != "nonstate_in_trigger" and targets:
        # "clashes broke out between Taliban and Iranian forces", "a Thai-Cambodia border
        # clash": a clash has two sides; the article's other main state is the second
        other = targets[1] if len(targets) > 1 else view.facts.partner(targets[0])
        if other is not None:
            actor_codes, targets = [other], [targets[0]]
    if reciprocal or len(actor_codes) >= 2:
        if not two_sided and not (
            # a summary, unless it tells one precise place and day
            any(e.place and e.place.kind in ("city", "admin1") for e in places)
            and act_date(view, ci, previous, strike=True)[1] == "day"
        ):
            return []
        pair = actor_codes or list(view.facts.dyad or ())
        kind = view.facts.lexicon.two_sided_type or kind
        two_sided = True
        if len(pair) >= 2:
            actor_codes, targets = [pair[0]], [pair[1]]
    actor = actor_codes[0] if actor_codes else None
    abroad = [e for e in places if e.place is not None and e.place.country != actor]
    if not targets and not abroad and actor and explicit and not best.type.vague:
        # "five civilians were killed in heavy Pakistani firing": a named attacker's
        # act with no place named (outside its own country) hits the other of the
        # article's two states
        partner = view.facts.partner(actor)
        if partner is not None:
            targets, how_target = [partner], "partner_state"
    if not targets and not places:
        return []  # no target, no place: nothing for the map, so no date or toll to read
    d, precision = act_date(view, ci, previous, strike=True)
    count = None
    if len(targets) <= 1:
        count = killed_count(view.text[clause.start : end])
        if count is None and len(view.clauses) > 1:
            # "Two soldiers were killed when troops shelled ...": the sentence's toll,
            # unless another strike of the sentence could claim it
            others = [c for c in view.clauses if c is not clause and _has_strike(view, c)]
            if not others:
                count = killed_count(view.text)
    found = [e.place for e in places if e.place]
    beside = how_target in BESIDE or two_sided
    hit: list[str | None] = list(targets) or [None]  # no target: one event at the place
    drafts: list[_Draft] = []
    for t in hit:
        place = strike_place(found, t, targets=hit, beside=beside)
        conf = 0.4
        conf += 0.2 if explicit and actor else 0.1 if actor or how == "nonstate_in_trigger" else 0.0
        conf += 0.15 if t and how_target in STATED else 0.05 if t else 0
        conf += 0.15 if place and place.kind != "country" else 0.08 if place else 0.0
        conf += 0.1 if d else 0.0
        drafts.append(
            _Draft(
                "strike",
                kind,
                actor,
                t,
                place,
                d,
                precision,
                count.value if count else None,
                min(conf, 0.95),
                [view.source],
                place_stated=place is not None,
                alleged=alleged,
            )
        )
    return drafts


def _places(
    view: SentenceView, clause: _Clause, end: int, anchor: _Hit, used: frozenset[int]
) -> list[_Ent]:
    """The places the clause puts the strike in: "in X", "into X", or right after the
    trigger ("shelled X"). Not a name on a thing ("US Consulate"), not a people unless
    hit ("Pakistanis"), not a government ("..., Islamabad vows response") unless a
    preposition of its own governs it ("strikes in Islamabad")."""
    low = view.low
    return [
        e
        for e in view.ents
        if clause.start <= e.start < end
        and e.place is not None
        and id(e) not in used
        and (
            e.locative
            or (e.start >= anchor.end and _OBJECT_GAP.match(low, anchor.end, e.start) is not None)
        )
        and not e.attributive
        and (not e.adjectival or e.target_noun)
        and (not e.metonym or _prep_before(low, e.start) in _PLACE_PREPS)
    ]


def _has_strike(view: SentenceView, clause: _Clause) -> bool:
    return any(
        clause.start <= h.start < clause.end and h.type.family == "strike" for h in view.hits
    )


# ---------------------------------------------------------------- references


def is_reference(view: SentenceView, clause: _Clause, h: _Hit) -> bool:
    """A strike noun pointing back at an event told elsewhere, which starts none."""
    if _definite(view, clause, h) and not _own_place(view, clause, h):
        return True
    return _back_reference(view, clause, h)


def _definite(view: SentenceView, clause: _Clause, h: _Hit) -> bool:
    """ "said the attack had ...": a definite strike noun with no party of its own."""
    m = _DEFINITE.search(view.masked, max(clause.start, h.start - 40), h.start)
    if m is None:
        return False
    if m.start(1) >= 0 and not view.text[m.start(1)].islower():
        return False
    return not _BY_AFTER.match(view.masked, h.end, h.end + 40)


def _back_reference(view: SentenceView, clause: _Clause, h: _Hit) -> bool:
    """ "over the attack": a strike noun pointing back at an event told elsewhere."""
    rx = view.facts.lexicon.reference
    if rx is None:
        return False
    m = rx.search(view.masked, max(clause.start, h.start - 60), h.start)
    if m is None:
        return False
    word = m.start(1)
    return word < 0 or view.text[word].islower()


def _own_place(view: SentenceView, clause: _Clause, h: _Hit) -> bool:
    """ "The shelling of border villages in Surin province ...": a definite strike noun
    that names its own place tells an event, not a reference back to one."""
    return any(
        h.end <= e.start < min(clause.end, h.end + 60)
        and e.place is not None
        and e.locative
        and e.place.kind != "country"
        for e in view.ents
    )
