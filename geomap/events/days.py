"""What a strike's day takes from the sentences after it.

News often tells a strike first and its day later: "North Korea fired some 200 shells
near a South Korean island. ... The shells were fired Friday to the north of the
island", or "Troops crossed the line over the weekend. ... The soldiers crossed at 12:30
p.m. Sunday". These passes run once an article's sentences are read, over its draft
events, before the reports of one strike are merged.
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import DateMention, find_dates
from ..models import Sentence
from .context import OPENS_WITH_REFERENCE, ArticleView, _strike_triggers, _triggers
from .records import VAGUE, _Draft
from .text import _REPORT_FOLLOWS, _norm, reports_day
from .when import first_day

__all__ = [
    "another_days",
    "earlier_days",
    "named_days",
    "referenced_days",
    "refined_days",
    "reported_days",
    "told_days",
]

#: how many days before publication a "week" or "weekend" told vaguely may reach
_WEEK = 7


def referenced_days(view: ArticleView, drafts: list[_Draft]) -> None:
    """An undated strike takes the day a later sentence gives while naming it as its
    subject: "North Korea fired shells near the island, the military said. ... The
    shells were fired Friday, north of the island." Only when the article's strikes are
    one incident (one attacker, one target), so the sentence cannot point at another."""
    strikes = [d for d in drafts if d.family == "strike" and not d.background]
    if len({(d.actor, d.target) for d in strikes}) != 1:
        return
    undated = [d for d in strikes if d.date is None]
    if not undated or len(undated) != len(strikes):
        return  # a day told already is the incident's
    told = {src.start for d in drafts for src in d.sources}
    article = view.article
    for sent in article.sentences:
        if sent.start in told or article.is_removed(sent.start, sent.end):
            continue
        low = _norm(sent.text)
        if not any(OPENS_WITH_REFERENCE.match(low[:a]) for a, _ in _strike_triggers(view, low)):
            continue
        day = _day_of_act(view, sent)
        if day is not None:
            for d in undated:
                d.date, d.precision = day, "day"
            return


def another_days(view: ArticleView, drafts: list[_Draft]) -> None:
    """An undated strike told as one besides the strike before it takes that strike's
    day: "A drone hit a pickup near Sinjar on Tuesday, killing two. The aircraft also
    bombed a site in a nearby village." The second act is the same raid's, not one of
    any day."""
    before: _Draft | None = None
    for d in drafts:
        if d.family != "strike" or d.background:
            continue
        if d.another and d.date is None and before is not None and before.precision == "day":
            d.date, d.precision = before.date, "day"
        before = d if d.date is not None else before


def earlier_days(view: ArticleView, drafts: list[_Draft]) -> None:
    """An undated strike told by pointing back at an act ("The attack was on a market
    near the border") takes the day the sentence just before gives for what happened:
    "Gunmen killed twelve villagers on Friday night, police said. The attack was on a
    market near the border." Not a report's day ("police said on Saturday")."""
    article = view.article
    sentences = article.sentences
    for d in drafts:
        if d.family != "strike" or d.background or d.date is not None or d.precision:
            continue
        src = d.sources[0]
        i = view.sentence_index(src.start)
        if not 0 < i < len(sentences) or sentences[i].start != src.start:
            continue
        sent, prev = sentences[i], sentences[i - 1]
        if article.is_removed(prev.start, prev.end):
            continue
        low = _norm(sent.text)
        if not any(OPENS_WITH_REFERENCE.match(low[:a]) for a, _ in _strike_triggers(view, low)):
            continue
        day = _day_of_act(view, prev)
        if day is not None:
            d.date, d.precision = day, "day"


#: a strike named by its day: "Wednesday's attack", "Sunday's deadly shelling"
_DAY_POSSESSIVE = re.compile(
    r"\b(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)['’]s\s+(?:[a-z-]+\s+){0,2}\Z"
)


def named_days(view: ArticleView, drafts: list[_Draft]) -> None:
    """Undated strikes take the day a later sentence names a strike by: "Chad said a
    drone attack killed 17 mourners. ... Residents said the victims of Wednesday's
    attack had gathered for a funeral." Only when no strike of the article has a day,
    so the name cannot be of another than those told."""
    published = view.published
    if published is None:
        return
    strikes = [d for d in drafts if d.family == "strike" and not d.background]
    if not strikes or any(d.date is not None or d.precision is not None for d in strikes):
        return
    article = view.article
    for sent in article.sentences:
        if article.is_removed(sent.start, sent.end):
            continue
        low = _norm(sent.text)
        for a, _ in _strike_triggers(view, low):
            m = _DAY_POSSESSIVE.search(low, 0, a)
            if m is None:
                continue
            word = sent.text[m.start("day") : m.end("day")]
            found = find_dates(word, published=published)
            day = found[0].date if found and found[0].precision == "day" else None
            if day is not None and day <= published:
                for d in strikes:
                    d.date, d.precision = day, "day"
                return


def refined_days(view: ArticleView, drafts: list[_Draft]) -> None:
    """A strike told at a time of the past week that the text does not fix ("over the
    weekend", "last week") takes the first day within that time a later sentence of its
    paragraph, or the next, gives: "Soldiers crossed the line over the weekend. ... The
    troops who crossed at noon Sunday went back at once." Not the day of a sentence
    telling a diplomatic act only ("The envoys met on Sunday")."""
    published = view.published
    if published is None:
        return
    text = view.article.text
    for d in drafts:
        if d.family != "strike" or d.precision != VAGUE or d.background:
            continue
        src = d.sources[0]
        weekend = "weekend" in _norm(text[src.start : src.end])
        hi = _next_paragraph_end(text, src.end)
        for sent in view.article.sentences:
            if sent.start < src.end or sent.start >= hi:
                continue
            if {f for _, _, f in _triggers(view, _norm(sent.text))} == {"diplomatic"}:
                continue  # "The envoys met on Sunday": the day of another act
            day = _day_of_act(view, sent)
            if day is None or (published - day).days > _WEEK:
                continue
            if weekend and day.weekday() < 5:
                continue  # "over the weekend": a Saturday or a Sunday
            d.date, d.precision = day, "day"
            break


def reported_days(view: ArticleView, drafts: list[_Draft]) -> None:
    """A strike dated only by the day it was reported ("Five people were killed in air
    strikes, the army said on Tuesday") takes the earlier day, within the week before,
    that a later sentence of its paragraph, or the next, gives while telling a strike:
    "... The jets struck the farm on Monday evening." Not the day of a sentence telling
    a diplomatic act only."""
    if view.published is None:
        return
    text = view.article.text
    for d in drafts:
        if d.family != "strike" or d.precision != "day" or d.background or d.date is None:
            continue
        src = d.sources[0]
        if not _reported_only(view, text[src.start : src.end], d.date):
            continue
        hi = _next_paragraph_end(text, src.end)
        for sent in view.article.sentences:
            if sent.start < src.end or sent.start >= hi:
                continue
            low = _norm(sent.text)
            if (
                not _strike_triggers(view, low)
                and not _INCIDENT_HAPPENED.search(low)
                and not _MUNITIONS_LANDED.search(low)
            ):
                continue  # "The envoys met on Sunday": the day of another act
            day = _day_of_act(view, sent)
            if day is not None and 0 < (d.date - day).days <= _WEEK:
                d.date = day
                break
        else:
            _told_again(drafts, d)


def _told_again(drafts: list[_Draft], d: _Draft) -> None:
    """A strike dated by its report's day takes the day a later report of the same
    strike (same attacker and target) gives within the week before, past the paragraphs
    ``reported_days`` reads: "Tajikistan on Tuesday accused Kyrgyzstan of provoking a
    clash. ... The ministry said that on Sunday, Kyrgyz guards crossed the line and
    opened fire." """
    start = d.sources[0].start
    for other in drafts:
        if (
            other.family == "strike"
            and not other.background
            and other.sources[0].start > start
            and (other.actor, other.target) == (d.actor, d.target)
            and other.precision == "day"
            and other.date is not None
            and 0 < (d.date - other.date).days <= _WEEK
        ):
            d.date = other.date
            return


#: a day told as the day of a report: "said on Monday", "said in a statement on Sunday",
#: "told reporters on Tuesday", "in a statement issued late on Monday", "announced
#: yesterday"; the words between are those of the report's setting only
_REPORT_DAY = re.compile(
    r"\b(?:said|says|announced|told|confirmed|stated|added|issued|released)"
    r"(?:\s+(?:in|at|to|a|an|the|its|his|her|their|reporters|journalists|statement"
    r"|press|news|conference|briefing|website|parliament|lawmakers))*"
    r"\s+(?:(?:on|late|early|late\s+on|early\s+on)\s+)?$"
)


def told_days(view: ArticleView, drafts: list[_Draft]) -> None:
    """An undated diplomatic act takes the day the next sentence gives as the day it
    was told: "Ghana has protested to Togo over the arrest of its fishermen. Foreign
    minister Kofi Mensah said on Monday that the detention breached an accord." Only
    the next sentence's first day, within the week before publication, told as a
    report's ("said on Monday", "on Monday confirmed"); not when the sentence names the
    act's target before it (the other side's answer) or tells a strike first. An act
    dated only by the wire's dateline ("LIMA, March 5 (Reuters) - Peru has recalled its
    envoy") is undated: the dateline's day is the filing's."""
    published = view.published
    if published is None:
        return
    article = view.article
    sentences = article.sentences
    for d in drafts:
        if d.family != "diplomatic" or d.background:
            continue
        if (d.date is not None or d.precision) and not _dated_by_dateline(view, d):
            continue
        i = view.sentence_index(d.sources[-1].start)
        if not 0 <= i < len(sentences) - 1:
            continue
        nxt = sentences[i + 1]
        if article.is_removed(nxt.start, nxt.end):
            continue
        low = _norm(nxt.text)
        found = _days_told(view, nxt.text)
        if not found:
            continue
        m = found[0]
        if not 0 < (published - m.date).days <= _WEEK:
            continue
        if not (_REPORT_DAY.search(low, 0, m.start) or _REPORT_FOLLOWS.match(low, m.end)):
            continue
        if any(a < m.start for a, _ in _strike_triggers(view, low)):
            continue  # "Somali troops shelled a camp on Sunday": the strike's day
        if d.target and any(
            nxt.start <= at < nxt.start + m.start and code == d.target
            for at, code in zip(view.starts, view.codes, strict=True)
        ):
            continue  # "Togo's minister said on Monday ...": the answer's day
        d.date, d.precision = m.date, "day"


def _dated_by_dateline(view: ArticleView, d: _Draft) -> bool:
    """Whether ``d``'s only day is the one its sentence's opening dateline gives."""
    src = d.sources[-1]
    sentence = view.article.text[src.start : src.end]
    head = _DATELINE_DAY.match(sentence)
    if head is None or d.precision != "day":
        return False
    days = _days_told(view, sentence)
    return bool(days) and all(m.start < head.end() for m in days) and days[0].date == d.date


def _days_told(view: ArticleView, text: str) -> list[DateMention]:
    """The days (not months, years or vague times) ``text`` names, in order."""
    found = find_dates(text, published=view.published, year_hint=view.year_hint)
    return [m for m in found if m.precision == "day" and m.date is not None]


#: a sentence that dates the incident told before by naming it, with no trigger of its
#: own: "The incident happened on Friday night", "the shooting took place on Sunday"
_INCIDENT_HAPPENED = re.compile(
    r"\b(?:the|this|that)\s+(?:incident|attack|shooting|clash|clashes|firing|shelling"
    r"|strike|killing|encounter|exchange)\s+(?:had\s+|has\s+)?"
    r"(?:happened|occurred|took\s+place|came|began|started|broke\s+out|erupted)\b"
)

#: a sentence that dates the strike told before by where its munitions came down: "the
#: shells landed late on Sunday", "the rockets fell on the airport early on Monday"
_MUNITIONS_LANDED = re.compile(
    r"\b(?:the|these|those)\s+(?:shells?|rockets?|missiles?|bombs?|mortars?|mortar\s+rounds?"
    r"|projectiles?|drones?)\s+(?:had\s+)?(?:landed|fell|hit|struck|exploded|slammed)\b"
)


#: a wire dateline opening the lead, whose day is the filing's: "Nairobi, Mar 2 (Reuters)"
_DATELINE_DAY = re.compile(
    r"[A-Z][\w.'’ -]{1,40},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b"
)


def _reported_only(view: ArticleView, sentence: str, day: date) -> bool:
    """Whether the only days ``sentence`` gives are those of a report ("the army said on
    Tuesday", "Kenya on Tuesday accused ..."), ``day`` among them."""
    low = _norm(sentence)
    head = _DATELINE_DAY.match(sentence)
    days = [m for m in _days_told(view, sentence) if not (head and m.start < head.end())]
    return (
        bool(days)
        and any(m.date == day for m in days)
        and all(reports_day(low, 0, m) for m in days)
    )


def _next_paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph after the one holding ``pos`` ends (blank lines skipped).

    >>> _next_paragraph_end("One. Two.\\n\\nThree.\\nFour.", 3)
    17
    """
    end = text.find("\n", pos)
    if end < 0:
        return len(text)
    while end < len(text) and text[end].isspace():
        end += 1
    nxt = text.find("\n", end)
    return len(text) if nxt < 0 else nxt


def _day_of_act(view: ArticleView, sent: Sentence) -> date | None:
    """The first day ``sent`` gives that is not the day of a report ("officials said on
    Monday"), the bound of a period ("since Monday") or after publication."""
    return first_day(sent.text, _norm(sent.text), 0, view.published, view.year_hint)
