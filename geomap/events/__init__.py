"""Read the strikes and diplomatic actions an article states, sentence by sentence.

Why it works the way it does:

* An analyst's map needs *who did what to whom, where and when*, and every point
  must be traceable to the sentence that says so. So an event is only made from a
  trigger phrase in a sentence ("carried out raids", "summoned ... envoy"), and it
  keeps that sentence as its source.
* Trigger words, organisations and actor phrases live in data files
  (``geomap/lexicons/triggers.toml`` and ``actors.toml``, compiled by
  ``geomap.lexicon``) that a user can read and extend, never in this code. The rules
  here are general English news grammar: the party named before the trigger acts, the
  one after it (or the country of the place hit) is the target, "by X" names the actor
  of a passive, "the government" or "it" stands for the state last named as an actor,
  "the two sides" for the two states the article names most.
* News says one thing many times. The headline, the lead and a later paragraph
  often tell the same strike, and a "tit-for-tat" or "reciprocal strikes" sentence
  sums up several. So repeated reports of one strike in one article merge into one
  event with several sources, summaries make no event, and quoted speech, future
  or denied actions ("will strike", "did not attack") and back-references ("over
  the attack") start none.
* It must keep up with a pipeline of a thousand documents a second. A sentence whose
  words start no trigger phrase costs one set intersection (see ``geomap.lexicon``);
  the other phrases are looked for only in sentences with a trigger, and gazetteer
  answers (capitals, seats, demonyms) are cached.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from operator import itemgetter

from ..gazetteer import Gazetteer, default_gazetteer
from ..lexicon import Lexicon, load_lexicon
from ..models import Article, Event, Mention, Sentence
from .geo import _geo
from .merge import _finish, _mark_background, _merge_drafts, _news_day, merge_groups, merge_key
from .reader import article_view, home_news, read_article, sport_news, trip_at_home
from .records import _Draft

#: what reads like a strike or a visit but is home or sports news
_NOT_BORDER_NEWS = (home_news, sport_news, trip_at_home)

__all__ = ["extract_events", "merge_events", "merge_groups", "merge_indexed", "merge_key"]

# ----------------------------------------------------------------------- public API


def extract_events(
    article: Article,
    mentions: Sequence[Mention],
    *,
    year_hint: int | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
) -> list[Event]:
    """The strikes and diplomatic actions ``article`` states, one event per happening.

    ``mentions`` are the article's resolved place mentions (``geomap.resolution.geoparse``).
    ``year_hint`` gives the year of dates such as "January 16" when the article has no
    publication date. Repeated reports of one event in the article are merged; ids are
    ``"<article id>:<n>"`` in order of first report.
    """
    lex = lexicon or load_lexicon()
    geo = _geo(gazetteer or default_gazetteer(), lex)
    facts = article_view(_flowing(article), mentions, year_hint, geo, lex)
    # background first, so an undated headline never merges into an incident of months ago
    drafts = _mark_background(read_article(facts), facts.published, facts.year_hint)
    # context the article cites without naming who struck ("after fighting erupted in
    # Tacna in 2020") is not specific enough to map: the attacker would be a guess
    drafts = [d for d in drafts if not (d.background and d.unnamed)]
    drafts = [d for d in drafts if not any(rule(d, facts) for rule in _NOT_BORDER_NEWS)]
    drafts = [d for _, d in _merge_drafts(drafts, lex, within_article=True)]
    drafts = [d for d in drafts if not d.sound]  # a sound heard joins a strike, or goes
    # an undated reaction is of the day of the article's diplomatic news, not of the
    # strike it answers: "Kabul condemned the strikes" the morning after them
    days = {
        "strike": _news_day(drafts, facts.published),
        "diplomatic": _news_day([d for d in drafts if d.family == "diplomatic"], facts.published),
    }
    events = [
        _event(f"{article.id}:{n}", _finish(d, geo, days.get(d.family)))
        for n, d in enumerate(drafts, 1)
    ]
    return [_quoted_as_written(e, article.text) for e in events] if article.soft_breaks else events


def _flowing(article: Article) -> Article:
    """The article as the reader reads it: a line break inside a hard-wrapped paragraph
    is a space, in its text and its sentences (same offsets)."""
    if not article.soft_breaks:
        return article
    text = article.flowing_text
    sentences = tuple(Sentence(s.start, s.end, text[s.start : s.end]) for s in article.sentences)
    return replace(article, text=text, sentences=sentences, soft_breaks=())


def _quoted_as_written(event: Event, text: str) -> Event:
    """The event with its sources quoting the text as written, line breaks and all."""
    sources = tuple(replace(s, quote=text[s.start : s.end]) for s in event.sources)
    return replace(event, sources=sources)


def merge_events(events: Sequence[Event], *, lexicon: Lexicon | None = None) -> list[Event]:
    """Merge the reports of one happening across the articles of a run.

    Two events merge when they have the same family, compatible types, the same actor
    and target, places in the same country (or one unknown) and dates at most one day
    apart (or one unknown). The merged event keeps the first one's id, the most
    specific place, type and date, the largest death toll and every source.
    """
    return [e for _, e in _merge_first(events, lexicon or load_lexicon())]


def merge_indexed(
    pairs: Iterable[tuple[int, Event]], *, lexicon: Lexicon | None = None
) -> list[tuple[int, Event]]:
    """Merge a share of a run's events, each given with its position in the run:
    (position of the happening's first report, merged event), by position.

    Split a run's events by ``merge_key`` (each key's events in any share, with no
    other key's events needed), merge each share and sort the lot by position: the
    events are exactly ``merge_events``' of the whole run, ids and order included. So
    the merge can run key by key on many machines (``geomap.dask_engine``).
    """
    lex = lexicon or load_lexicon()
    pairs = sorted(pairs, key=itemgetter(0))
    events = [e for _, e in pairs]
    out = []
    for group in merge_groups(events):
        share = [events[i] for i in group]
        out += [(pairs[group[first]][0], e) for first, e in _merge_first(share, lex)]
    return sorted(out, key=itemgetter(0))


def _merge_first(events: Sequence[Event], lex: Lexicon) -> list[tuple[int, Event]]:
    """``merge_events`` with the index in ``events`` of each happening's first report."""
    drafts = [
        _Draft(
            e.family,
            e.type,
            e.actor,
            e.target,
            e.place,
            e.date,
            e.date_precision,
            e.killed,
            e.confidence,
            list(e.sources),
            alleged=e.alleged,
            background=e.background,
            reported_by=e.reported_by,
        )
        for e in events
    ]
    merged = _merge_drafts(drafts, lex, within_article=False)
    return [(first, _event(events[first].id, d)) for first, d in merged]


def _event(eid: str, d: _Draft) -> Event:
    return Event(
        id=eid,
        family=d.family,
        type=d.type,
        actor=d.actor,
        target=d.target,
        place=d.place,
        date=d.date,
        date_precision=d.precision,
        killed=d.killed,
        confidence=round(d.confidence, 3),
        sources=tuple(d.sources),
        alleged=d.alleged,
        background=d.background,
        reported_by=d.reported_by,
    )


# ------------------------------------------------------------------- the reader
