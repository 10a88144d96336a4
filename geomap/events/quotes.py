"""Positions told in quotes: "'This is a reckless provocation,' the foreign minister said".

The reader blanks quoted speech before it matches triggers, so a government's position
told in its own words would give nothing. A quote holding one of the ``[quoted]``
phrases of triggers.toml (condemn, provocation, unacceptable, a violation of
sovereignty, a demanded apology ...) states its sayer's position when the sentence, or
the one right after an unclosed quote, names the sayer with a speech verb, and the
sayer is an official of a state. A quote that threatens, asks or sets a condition
("we will respond to any provocation", "if they cross again") states nothing, and no
strike is ever read out of a quote.
"""

from __future__ import annotations

import re

from .context import ArticleView
from .records import _Hit

__all__ = ["quoted_hits", "speech_spans", "unlisted"]


def quoted_hits(facts: ArticleView, low: str, masked: str) -> tuple[_Hit, ...]:
    """The first ``[quoted]`` phrase of each quote blanked in ``masked`` that no threat,
    condition or question rules out, as statement hits (offsets into the sentence)."""
    lex = facts.lexicon
    rx = lex.quoted
    kind = lex.types.get(lex.quoted_type or "")
    if rx is None or kind is None or masked is low:
        return ()
    hits: list[_Hit] = []
    appeal = lex.types.get(lex.quoted_appeal_type or "")
    for a, b in speech_spans(low, masked):
        asked = _appeal(facts, low, a, b)
        if asked is not None and appeal is not None:
            hits.append(_Hit(asked, asked + 1, appeal))
            continue
        for m in rx.finditer(low, a, b):
            if not _unreal(facts, low, a, b, m.start()):
                hits.append(_Hit(m.start(), m.end(), kind))
            break
    return tuple(hits)


def speech_spans(low: str, masked: str) -> list[tuple[int, int]]:
    """Where ``masked`` blanks quoted speech of ``low``."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(low)
    while i < n:
        if masked[i] == " " and low[i] != " ":
            j = i
            while j < n and masked[j] == " ":
                j += 1
            end = j
            while end > i and low[end - 1] == " ":
                end -= 1
            spans.append((i, end))
            i = j
        else:
            i += 1
    return spans


#: a quote that sets a condition or asks: "if they cross again", "whether"
_CONDITION = re.compile(r"(?<![\w'])(?:if|unless|whether|should)\s")


def _appeal(facts: ArticleView, low: str, a: int, b: int) -> int | None:
    """Where quote ``low[a:b]`` appeals for calm ("'Both sides must show restraint,' the
    minister said"), the modal words an appeal takes allowed; None when it does not, or
    is a condition or a question."""
    rx = facts.lexicon.quoted_appeal
    m = rx.search(low, a, b) if rx is not None else None
    if m is None and rx is not None:
        m = rx.search(unlisted(low), a, b)
    if m is None or _CONDITION.search(low[a : m.start()]) or "?" in low[m.start() : b]:
        return None
    return m.start()


def unlisted(low: str) -> str:
    """``low`` with the commas of a list of demands blanked, so an appeal's words may
    come late in it: "we ask both to talk, to protect civilians and to hold back"."""
    return low.replace(",", " ")


def _unreal(facts: ArticleView, low: str, a: int, b: int, at: int) -> bool:
    """ "We will respond to any provocation", "If they cross again, we will condemn it",
    "Is this a provocation?": a threat, a condition or a question states no position."""
    before = low[a:at]
    if _CONDITION.search(before) or "?" in low[at:b]:
        return True
    return facts.lexicon.is_modal(before)
