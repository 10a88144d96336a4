"""Claims denied in the sentences after them: "Thailand said its jets struck Cambodian
positions near Surin. Cambodia denied the claim." makes the strike alleged, as one
side's claim the other side disputes (a denial in the strike's own sentence is read
with the sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .context import ArticleView
from .records import _Draft
from .text import _norm

__all__ = ["denied_later", "doubted_later"]

#: a denial of the claim of an act, which either side may make: "denied the claim",
#: "rejected the accusations", "dismissed the reports" (not "denied the reports that
#: civilians were killed", which disputes the toll)
_DENIES_CLAIM = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)"
    r"\s+(?:(?:the|this|these|such|any|all|its)\s+)?"
    r"(?:claims?|reports?|accusations?|allegations?|charges?|it|this|that|incident)\b"
    r"(?!\s+that\b)"
)
#: a denial of doing the act, which only its doer makes: "has denied any involvement",
#: "denies carrying out the attack", "denied firing at Armenian positions", "denied that
#: its air force had bombed anywhere in the south"
_DENIES_DOING = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+"
    r"(?:[a-z'-]+\s+){0,8}?"
    r"(?:involvement|responsibility|role|carrying\s+out|attacking|attacked|shelling|shelled"
    r"|striking|bombing|firing|fired|opening\s+fire|shooting|shootings|shots)\b"
    r"|\b(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:its|the|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:had|has|have)\s+(?:[a-z]+\s+)?(?:attacked|bombed|shelled|struck|fired|carried|launched"
    r"|crossed|entered|violated|targeted|hit)\b"
)
#: an act the denial names as another one: "denied any involvement in a later raid"
_ANOTHER_ACT = re.compile(r"\b(?:a|an)\s+(?:later|earlier|separate|different|previous)\s+\w+")
#: how many sentences after a strike's a denial of it may come
_WITHIN = 2


def denied_later(view: ArticleView, drafts: list[_Draft]) -> None:
    """Mark alleged a strike denied in one of the next two sentences by the state named
    first there: a denial of the claim by either side ("Armenia said Azerbaijani troops
    shelled Goris. Baku denied the report."), a denial of doing it by its attacker, or
    by either side of a clash ("Azerbaijan's defence ministry denied opening fire"); not
    a denial of another act ("Kyrgyzstan denied any involvement in a later raid")."""
    sentences = view.article.sentences
    for d in drafts:
        if d.family != "strike" or d.alleged or d.background or not (d.actor or d.target):
            continue
        doers = {d.actor, d.target} if view.lexicon.is_two_sided(d.type) else {d.actor}
        i = view.sentence_index(d.sources[0].start)
        for j in range(i + 1, min(i + 1 + _WITHIN, len(sentences))):
            low = _norm(sentences[j].text)
            if _ANOTHER_ACT.search(low):
                continue
            sides = (
                {d.actor, d.target}
                if _DENIES_CLAIM.search(low)
                else doers
                if _DENIES_DOING.search(low)
                else set()
            )
            if _first_state(view, sentences[j].start, sentences[j].end) in sides - {None}:
                d.alleged = True
                break


def doubted_later(view: ArticleView, drafts: list[_Draft]) -> None:
    """Mark alleged a strike whose report one of the next two sentences says could not
    be verified: "Kursk's governor said Ukraine shelled a village, killing one. Reuters
    could not independently verify the report." The doubt is the reporter's, so no state
    need be named in it (``[unverified] later`` in triggers.toml)."""
    rx = view.lexicon.unverified_later
    if rx is None:
        return
    sentences = view.article.sentences
    doubted = [j for j, s in enumerate(sentences) if rx.search(_norm(s.text))]
    if not doubted:
        return
    for d in drafts:
        if d.family != "strike" or d.alleged or d.background:
            continue
        i = view.sentence_index(d.sources[0].start)
        if any(i < j <= i + _WITHIN for j in doubted):
            d.alleged = True


def _first_state(view: ArticleView, start: int, end: int) -> str | None:
    """The state the sentence ``[start, end)`` names first (its subject, mostly)."""
    lo = bisect_left(view.starts, start)
    hi = bisect_left(view.starts, end)
    return next((c for c in view.codes[lo:hi] if c), None)
