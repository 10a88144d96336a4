"""What the reader holds while it reads a sentence, and the draft events it makes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..lexicon import TriggerType
from ..models import Place, Source
from .text import _OBJECT_PREPS

_KIND_ORDER = {"city": 0, "admin1": 1, "region": 2, "country": 3}
_PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}
#: a draft's precision while undated when its text names a time it does not fix
VAGUE = "vague"


# ---------------------------------------------------------------------- records


@dataclass(slots=True)
class _Ent:
    """A party or place named in a sentence (offsets into the sentence)."""

    start: int
    end: int
    kind: str  # "state", "place", "org", "nonstate", "anaphor", "dyad"
    code: str | None
    place: Place | None = None
    prep: str = ""  # the preposition governing it: "in", "into", "from", "with" ...
    locative: bool = False  # "in X", "into X", "near the town of X"
    origin: bool = False  # "from X"
    possessive: bool = False  # "X's"
    adjectival: bool = False  # "Iranian"
    metonym: bool = False  # "Islamabad vows": the government, not the city
    attributive: bool = False  # "US Consulate": names a thing, not a party or a place
    border: bool = False  # "the Syria-Turkey border": one of the two states a border joins
    target_noun: bool = False  # "Indian posts", "Pakistanis"
    victim: bool = False  # "two Indian soldiers were killed"
    group: int = -1  # index of the first entity of its coordinated group
    of_group: bool = False  # "Syrian militants": where a non-state group is from
    person: bool = False  # "Vardanyan", "he": an official standing for his state
    commands: bool = False  # ... whose office commands forces ("the defence minister")

    @property
    def agentive(self) -> bool:
        """Can this be the one who acts? Not a place hit, a victim or an object
        ("travelled to Beijing", "talks with Iran")."""
        return (
            self.kind in ("state", "org", "nonstate", "anaphor", "dyad")
            and not self.locative
            and not self.victim
            and not self.of_group
            and self.prep not in _OBJECT_PREPS
        )


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    type: TriggerType
    joint: bool = False
    #: an act only when its clause tells no strike and a party is named inside it
    #: ("accused Peru of arming rebels")
    apart: bool = False


@dataclass(slots=True)
class _Draft:
    """An event before merging and numbering."""

    family: str
    type: str
    actor: str | None
    target: str | None
    place: Place | None
    date: date | None
    precision: str | None
    killed: int | None
    confidence: float
    sources: list[Source]
    place_stated: bool = True
    #: told in the headline, which sums up and names places loosely
    headline: bool = False
    #: stated only as one side's accusation or claim
    alleged: bool = False
    #: an earlier incident cited for context
    background: bool = False
    #: who the text says reports it
    reported_by: str | None = None
    #: only heard ("gunfire could be heard"): it joins a strike told, never stands alone
    sound: bool = False
    #: a strike whose attacker the text does not name ("fighting erupted in Tacna")
    unnamed: bool = False
    #: where the sentence the toll was read from starts, when not the event's own
    toll_at: int | None = None
    #: its clause also names a strike told before ("two gunmen were killed in the
    #: fighting"): it is most likely a part of that strike
    points_back: bool = False
    #: told as an act besides one told before ("another attack", "a second strike",
    #: "also shelled"): never merged into an earlier report
    another: bool = False


def _most_specific(places: Iterable[Place | None]) -> Place | None:
    best: Place | None = None
    for p in places:
        if p is not None and (best is None or _KIND_ORDER[p.kind] < _KIND_ORDER[best.kind]):
            best = p
    return best
