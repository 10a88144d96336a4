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

__all__ = ["denied_later"]

#: a denial of the act or of the claim of it: "denied the claim", "has denied any
#: involvement", "rejected the accusation", "denies carrying out the attack" (not "denied
#: the reports that civilians were killed", which disputes the toll)
_DENIES = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)"
    r"\s+(?:(?:the|this|these|such|any|all|its)\s+)?"
    r"(?:claims?|reports?|accusations?|allegations?|charges?|it|this|that|involvement"
    r"|responsibility|role|carrying\s+out|attacking|shelling|striking|bombing|firing"
    r"|attack|strike|incident)\b(?!\s+that\b)"
    # "denied that its air force had bombed anywhere in the south"
    r"|\b(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:its|the|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:had|has|have)\s+(?:[a-z]+\s+)?(?:attacked|bombed|shelled|struck|fired|carried|launched"
    r"|crossed|entered|violated|targeted|hit)\b"
)
#: how many sentences after a strike's a denial of it may come
_WITHIN = 2


def denied_later(view: ArticleView, drafts: list[_Draft]) -> None:
    """Mark alleged a strike that one of its two sides denies in one of the next two
    sentences, naming itself first: "Armenia said Azerbaijani troops shelled Goris.
    Baku denied the report." """
    sentences = view.article.sentences
    starts = [s.start for s in sentences]
    for d in drafts:
        if d.family != "strike" or d.alleged or d.background or not (d.actor or d.target):
            continue
        i = bisect_left(starts, d.sources[0].start + 1) - 1
        for j in range(i + 1, min(i + 1 + _WITHIN, len(sentences))):
            sent = sentences[j]
            if not _DENIES.search(_norm(sent.text)):
                continue
            if _first_state(view, sent.start, sent.end) in (d.actor, d.target):
                d.alleged = True
                break


def _first_state(view: ArticleView, start: int, end: int) -> str | None:
    """The state the sentence ``[start, end)`` names first (its subject, mostly)."""
    lo = bisect_left(view.starts, start)
    hi = bisect_left(view.starts, end)
    return next((c for c in view.codes[lo:hi] if c), None)
