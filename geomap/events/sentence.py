"""One sentence as the rules see it: a frozen view built once, read by every rule.

The view holds the sentence's text (as written, lower-cased, and with quoted speech
blanked), its trigger hits, its entities, its clauses and speakers, and what earlier
sentences of the article established (the parties named so far, for "it" and "the
government"). The parse is made on first use and only for sentences that name two
parties or more; the clauses, the speakers and the hits that survive the parse are
read on first use too, so a sentence that turns out to tell nothing costs little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from ..dates import DateMention
from ..lexicon import Phrase
from ..models import Source
from .context import ArticleView
from .entities import sentence_entities, speakers
from .quotes import quoted_hits
from .records import _Ent, _Hit
from .structure import Structure, parse_sentence
from .text import (
    _FORECAST_AFTER,
    _PAST_TIME,
    _PHRASE_SETS,
    _WORD,
    _Clause,
    _clauses,
    _mask_quotes,
)

__all__ = ["SentenceView", "sentence_view"]


@dataclass(frozen=True)
class SentenceView:
    """A sentence of ``facts.article`` (``start``/``end`` in the article; every other
    offset is into the sentence) and the article's memory when it is read."""

    facts: ArticleView
    start: int
    end: int
    text: str
    low: str
    #: ``low`` with quoted speech blanked
    masked: str
    #: the triggers no negative phrase or modal word rules out, in order
    triggers: tuple[_Hit, ...]
    ents: list[_Ent]
    #: where a denial ("denied that") and a reciprocal mark ("tit-for-tat") start
    denials: tuple[int, ...]
    reciprocal: tuple[int, ...]
    #: the parties earlier sentences named as subjects, speakers or actors, last last
    recent: tuple[str, ...] = ()
    #: the actors of the diplomatic acts earlier sentences told, last last
    envoys: tuple[str, ...] = ()
    #: (attacker, state hit) of the strikes earlier sentences told, last last
    struck: tuple[tuple[str | None, str], ...] = ()
    #: statements told inside quoted speech (``quotes``), read by ``sayers``
    quoted: tuple[_Hit, ...] = ()
    #: dates read per clause, per ``previous``: a clause's dates depend on nothing else
    found_dates: dict[tuple[int, date | None], list[DateMention]] = field(
        default_factory=dict, compare=False, repr=False
    )
    chosen_dates: dict[tuple[int, date | None, bool], tuple[date | None, str | None]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @cached_property
    def parse(self) -> Structure | None:
        """The sentence's parse, made on first use and only when it names two parties or
        more: with one, the surface rules read the same roles at a fraction of the cost."""
        parties = sum(e.kind in ("state", "org", "anaphor", "dyad") for e in self.ents)
        return parse_sentence(self.text) if parties >= 2 else None

    @cached_property
    def hits(self) -> tuple[_Hit, ...]:
        """The triggers, less the strikes the parse puts in the future: "will keep its
        ships there and strike anyone ..." (the modal is farther back than the surface
        window, on the verb the trigger is coordinated with). A diplomatic "agreed to"
        is no future, so only strikes are checked."""
        return tuple(
            h
            for h in self.triggers
            if h.type.family != "strike" or self.parse is None or not self.parse.unreal(h.start)
        )

    @cached_property
    def clauses(self) -> list[_Clause]:
        return _clauses(self.masked)

    @cached_property
    def speakers(self) -> tuple[str, ...]:
        """Who the sentence is reported from ("Pakistan said", "according to Iran")."""
        return speakers(self.facts, self.ents, self.low)

    @cached_property
    def source(self) -> Source:
        return Source(self.facts.article.id, self.start, self.end, self.text)


def sentence_view(
    facts: ArticleView,
    s0: int,
    s1: int,
    low: str,
    words: dict[str, list[int]],
    found: list[tuple[int, int, Phrase]],
    recent: tuple[str, ...],
    envoys: tuple[str, ...] = (),
    struck: tuple[tuple[str | None, str], ...] = (),
) -> SentenceView | None:
    """The view of sentence ``[s0, s1)`` of the article, whose lower-cased text is
    ``low``, whose words start at ``words`` and whose triggers ``found`` are; None when
    no trigger survives quoted speech, the negative phrases and the modal words."""
    text = facts.article.text[s0:s1]
    lex = facts.lexicon
    masked = _mask_quotes(text, low)
    # every phrase set the sentence is read for, in one walk of its words; the
    # triggers again only when quoted speech was blanked
    if masked is low:
        bad, actors, denied, recip = lex.match_many(
            _PHRASE_SETS, masked, (masked, text, masked, masked), words
        )
    else:
        found, bad, actors, denied, recip = lex.match_many(
            ("triggers", *_PHRASE_SETS), masked, (masked, masked, text, masked, masked), words
        )
    hits = _hits(facts, masked, found, bad, text)
    quoted = quoted_hits(facts, low, masked)
    if not hits and not quoted:
        return None
    return SentenceView(
        facts,
        s0,
        s1,
        text,
        low,
        masked,
        tuple(hits),
        sentence_entities(facts, s0, s1, text, low, masked, actors),
        tuple(a for a, _, _ in denied),
        tuple(a for a, _, _ in recip),
        recent,
        envoys,
        struck,
        quoted,
    )


def _hits(
    facts: ArticleView,
    masked: str,
    found: list[tuple[int, int, Phrase]],
    negative: list[tuple[int, int, Phrase]],
    text: str,
) -> list[_Hit]:
    """The sentence's triggers (``found``) that no ``negative`` phrase overlaps and
    no modal word precedes, one per stretch of text and family."""
    lex = facts.lexicon
    hits = [_Hit(a, b, ph.payload, ph.joint, ph.apart) for a, b, ph in found]  # type: ignore[arg-type]
    if not hits:
        return []
    bad = [(a, b) for a, b, _ in negative]
    if bad:
        hits = [h for h in hits if not any(a < h.end and h.start < b for a, b in bad)]
    hits = [h for h in hits if not brokered_compound(masked, h)]
    modal = lex.modality is not None
    # overlapping hits of one family: the most specific (lowest rank), then longest.
    # A hit a kept one overlaps goes, modal or not, so only the others are tested for
    # a modal word before them: the same as dropping the modal hits first
    hits.sort(key=lambda h: (h.type.rank, -(h.end - h.start), h.start))
    kept: list[_Hit] = []
    for h in hits:
        if not any(
            k.type.family == h.type.family and k.start < h.end and h.start < k.end for k in kept
        ) and not (modal and _modal(facts, masked, h, text)):
            kept.append(h)
    kept.sort(key=lambda h: (h.start, h.type.rank))
    return kept


#: what a truce named by its broker is the object of when the text only mentions it:
#: "breaching a", "under an", "despite the", "the collapse of a"
_TRUCE_HELD = re.compile(
    r"\b(?:breach\w*|violat\w*|flout\w*|undermin\w*|broke|broken|break\w*|under|despite"
    r"|collapse\s+of|end\s+of|since|abandon\w*|respect\w*|uphold\w*)"
    r"\s+(?:the|a|an|last\s+\w+'s|this\s+\w+'s)\s+$"
)


def brokered_compound(masked: str, h: _Hit) -> bool:
    """ "Both armies accused each other of breaching a Qatari-brokered truce": a
    mediator's trigger joined by a hyphen to the word before it, in a truce the clause
    says was breached, held or lived under, names who brokered a truce the text only
    mentions; it reports no act of mediation (unlike "agree to a ceasefire after
    US-brokered talks")."""
    if not (h.type.third_party and h.start > 1 and masked[h.start - 1] == "-"):
        return False
    word = masked.rfind(" ", 0, h.start - 1) + 1
    return word > 0 and _TRUCE_HELD.search(masked, max(0, word - 40), word) is not None


def _modal(facts: ArticleView, masked: str, h: _Hit, text: str) -> bool:
    lex = facts.lexicon
    words = _WORD.findall(past_time_blanked(masked, text, max(0, h.start - 60), h.start))
    if h.type.decision:  # "Chile will recall its envoy": the decision announced
        words = [w for w in words if w.lower() != "will"]
    if lex.is_modal(" ".join(words[-lex.modality_window :])):
        return True
    # "an attack on the border is to be expected": a forecast told after the noun
    return _FORECAST_AFTER.match(masked, h.end) is not None


def past_time_blanked(masked: str, text: str, lo: int, hi: int) -> str:
    """``masked[lo:hi]`` with the time words that look modal but tell a past day blanked:
    "The next day, Peru recalled its envoy", "On 12 May Chile summoned the envoy" (the
    month, not the verb: told in capitals after the sentence's first word)."""
    window = masked[lo:hi]
    for m in _PAST_TIME.finditer(text, lo, hi):
        if m.group().startswith("May") and m.start() == 0:
            continue  # "May Peru ..." opening a sentence is the verb
        a, b = m.start() - lo, m.end() - lo
        window = window[:a] + " " * (b - a) + window[b:]
    return window
