"""Tolls that grow: the dead a later sentence adds to a strike's toll told before.

"The gunmen killed one man. A child was also killed in the attack." gives the attack
two dead; "Russian missiles struck the city, killing four. Two of the wounded later
died in hospital." gives it six. Only when the article's strikes are one incident (one
attacker, one target), so the added dead cannot belong to another.
"""

from __future__ import annotations

import re

from ..dates import find_dates
from ..numbers import TOLL_GREW, killed_count, tells_a_death, wounded_only
from .context import ArticleView, _another_time, _strike_triggers, same_paragraph
from .records import _Draft
from .text import _norm

__all__ = ["added_tolls", "risen_tolls", "wounded_tolls"]

#: the dead a sentence adds to those told before: "was also killed", "another two were
#: killed", "two more died", "two of the wounded later died", "found two more bodies"
_ADDED = re.compile(
    r"\balso\s+(?:been\s+)?(?:killed|died|dead|perished)\b"
    r"|\b(?:another|a\s+further|an\s+additional)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:killed|died)\b"
    r"|\bmore\s+(?:(?:people|civilians|soldiers)\s+)?(?:were\s+|have\s+)?(?:killed|died)\b"
    r"|\blater\s+died\b"
    r"|\bmore\s+bodies\b"
)
#: one more dead told by an ordinal, which counts no number: "a third victim died later"
_ORDINAL_DEAD = re.compile(
    r"\ban?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:(?:later|also|subsequently)\s+)?"
    r"(?:died|was\s+killed|succumbed|was\s+found\s+dead)\b"
)
#: a toll that grew, told after the strike: "the toll later rose to seven"
_TOLL_ROSE = re.compile(
    rf"\b(?:death\s+)?toll\s+(?:later\s+|has\s+|had\s+|then\s+)?(?:{TOLL_GREW}|reached)\b"
)
#: the strike the added dead belong to, named in their sentence ("in the attack")
_OF_THE_STRIKE = re.compile(
    r"\b(?:in|during|by|after|following|from)\s+(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:attack|strike|strikes|shelling|raid|clash|clashes|bombing|assault|ambush|fighting"
    r"|incident|explosion|blast)\b"
)


#: a sentence about another act: "in a separate attack", "elsewhere"
_ELSEWHERE = re.compile(
    r"\b(?:separate|separately|elsewhere|another\s+(?:attack|strike|incident|raid|clash))\b"
)


def added_tolls(view: ArticleView, drafts: list[_Draft]) -> None:
    """Add to a strike's toll the dead a later sentence of its paragraph, or one naming
    the strike, says were also killed: "The gunmen killed one man. A 12-year-old was
    also killed in the attack." is two."""
    strikes, counted = _one_incident(drafts)
    if not counted:
        return
    sentences = view.article.sentences
    told = {view.sentence_index(src.start) for d in strikes for src in d.sources}
    first = min(d.sources[0].start if d.toll_at is None else d.toll_at for d in counted)
    last = max([first, *(src.start for d in strikes for src in d.sources)])
    near = {view.sentence_index(last) + k for k in (1, 2)}
    for i, sent in enumerate(sentences):
        if sent.start <= first or i in told or sent.start in {d.toll_at for d in counted}:
            continue
        if view.article.is_removed(sent.start, sent.end):
            continue
        low = _norm(sent.text)
        ordinal = _ORDINAL_DEAD.search(low)
        added = _ADDED.search(low) or ordinal
        if not added or not (i in near or _OF_THE_STRIKE.search(low)):
            continue
        if _ELSEWHERE.search(low):
            continue  # "The army also killed two militants in a separate raid"
        count = killed_count(sent.text)
        value = count.value if count else 1 if ordinal else 0
        if value == 0 or _another_time(view, sent.text):
            continue
        for d in counted:
            d.killed = (d.killed or 0) + value


def wounded_tolls(view: ArticleView, drafts: list[_Draft]) -> None:
    """A strike with no toll whose casualties are told as wounded only killed nobody: a
    toll of 0. "Indian shelling wounded three civilians in Kotli on Tuesday." and
    "Afghan forces shelled a post on Monday. Two soldiers were wounded." are 0. The
    wounded are told by the strike's sentence, by the sentence right after or before
    it in its paragraph that tells no strike of its own, or, when the article's strikes
    are one incident, by any sentence that tells a strike ("the shelling wounded
    three"); and no sentence says someone died ("one of them later died") unless it
    names another time or day, since such a death may be this strike's."""
    strikes = [d for d in drafts if d.family == "strike" and not d.background]
    if not any(d.killed is None for d in strikes):
        return
    article = view.article
    sentences = article.sentences
    told = {view.sentence_index(src.start) for d in drafts for src in d.sources}
    one_incident = len({(d.actor, d.target) for d in strikes}) == 1
    deaths = _deaths_told(view)
    hurt = [not article.is_removed(s.start, s.end) and wounded_only(s.text) for s in sentences]
    for d in strikes:
        if d.killed is not None or _a_death_told(deaths, d):
            continue
        own = {view.sentence_index(src.start) for src in d.sources}
        near = {j for i in own for j in (i - 1, i + 1) if 0 <= j < len(sentences)}
        near = {
            j
            for j in near - told
            if any(same_paragraph(article.text, sentences[i], sentences[j]) for i in own)
        }
        told_too = set(range(len(sentences))) - own - near if one_incident else set()
        for j in sorted(own) + sorted(near) + sorted(told_too):
            if not hurt[j]:
                continue
            sent = sentences[j]
            if j in told_too and (
                not _strike_triggers(view, _norm(sent.text)) or _another_time(view, sent.text)
            ):
                continue
            d.killed = 0
            break


def _deaths_told(view: ArticleView) -> list[list]:
    """The dates of each sentence of the article that says someone died, unless it
    names another time ("in 2019")."""
    article = view.article
    return [
        find_dates(s.text, published=view.published, year_hint=view.year_hint)
        for s in article.sentences
        if tells_a_death(s.text)
        and not article.is_removed(s.start, s.end)
        and not _another_time(view, s.text)
    ]


def _a_death_told(deaths: list[list], d: _Draft) -> bool:
    """Whether a death the article tells (``deaths``: each such sentence's dates) may be
    strike ``d``'s: not one told on another day than the strike's ("On March 8, four
    were killed")."""
    return any(
        d.date is None
        or not any(m.precision == "day" and m.date not in (None, d.date) for m in days)
        for days in deaths
    )


def risen_tolls(view: ArticleView, drafts: list[_Draft]) -> None:
    """Raise a strike's toll to the one a later sentence of its paragraph says it rose
    to: "Israeli jets struck Tyre on Monday, killing four. The toll later rose to
    seven." gives seven. Only when the article's strikes are one incident."""
    strikes, counted = _one_incident(drafts)
    if not counted:
        return
    sentences = view.article.sentences
    last = max(src.start for d in strikes for src in d.sources)
    i = view.sentence_index(last)
    for sent in sentences[i + 1 : i + 3]:
        low = _norm(sent.text)
        if not _TOLL_ROSE.search(low) or _ELSEWHERE.search(low):
            continue
        count = killed_count(sent.text)
        if count is None or _another_time(view, sent.text):
            continue
        for d in counted:
            d.killed = max(d.killed or 0, count.value)


def _one_incident(drafts: list[_Draft]) -> tuple[list[_Draft], list[_Draft]]:
    """The article's strikes and those of them with a toll, when its strikes are one
    incident (one attacker and one target); else none."""
    strikes = [d for d in drafts if d.family == "strike" and not d.background]
    if len({(d.actor, d.target) for d in strikes}) != 1:
        return [], []
    return strikes, [d for d in strikes if d.killed is not None]
