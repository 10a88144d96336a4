"""The article reader: sentence by sentence, triggers to draft events.

The reader is a loop. For each sentence that holds a trigger it builds a frozen
``SentenceView`` (``sentence``), and each clause's triggers are read by the rules of
their family: ``strikes`` (with ``actors``, ``targets``, ``when``) and ``diplomatic``.
What the article has established so far is passed along as values, never held: the
parties named as subjects, speakers or actors (``recent``, for "it" and "the
government"), the states its strikes hit (``struck``, for a government it names by no
state condemning them), the actors of its diplomatic acts (``envoys``, for "the
foreign ministry") and the date of the last dated event (``previous``, for "the next
day").
The passes of ``context`` then run over the article's drafts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date

from ..dates import text_year, url_date
from ..lexicon import Lexicon, Phrase, stem_map
from ..models import Article, Mention, Sentence
from .actors import conjoined_subject, party_codes
from .context import (
    ArticleView,
    accused_of_it,
    agreed_at_the_meeting,
    borrow_tolls,
    filed_here,
    meeting_venues,
    paragraph_places,
    referenced_tolls,
    stated_places,
)
from .days import (
    another_days,
    earlier_days,
    named_days,
    referenced_days,
    refined_days,
    reported_days,
    told_days,
)
from .denials import denied_later, doubted_later
from .diplomatic import read_diplomatic
from .geo import _Geo
from .quotes import unlisted
from .records import _Draft, _Hit
from .roles import find_actor as parsed_actor
from .sayers import continued_days, read_quoted
from .sentence import SentenceView, sentence_view
from .strikes import is_reference, read_strike
from .text import _DETERMINER, _Clause, _norm
from .tolls import added_tolls, risen_tolls, wounded_tolls

__all__ = [
    "article_view",
    "home_news",
    "read_article",
    "read_sentence",
    "sport_news",
    "trigger_sentences",
    "trip_at_home",
]

#: how many parties the article remembers for "it" and "the government"
_RECENT = 12


def article_view(
    article: Article, mentions: Sequence[Mention], year_hint: int | None, geo: _Geo, lex: Lexicon
) -> ArticleView:
    """What every sentence of ``article`` is read against."""
    published = article.published
    from_url = url_date(article.url) if published is None else None
    if published is None and year_hint is None:
        # "on October 10" in an undated page: the year of its address (".../2011/02/")
        # or of its own full dates
        year_hint = from_url[0].year if from_url else text_year(_story_text(article))
    month = from_url[0] if from_url and from_url[1] == "month" else None
    placed = sorted((m for m in mentions if m.place is not None), key=lambda m: (m.start, m.end))
    # what each mention says of its state, once per mention rather than per reading
    codes = [_state_code(geo, m) for m in placed]
    return ArticleView(
        article,
        placed,
        [m.start for m in placed],
        codes,
        geo,
        lex,
        dyad=_dyad(article, placed, codes),
        dateline=(filed := _filed_from(article, placed)),
        dateline_country=_dateline_country(filed, placed),
        published=published,
        year_hint=year_hint,
        month=month,
    )


def _story_text(article: Article) -> str:
    """The article's text without its page furniture, whose dates are not the story's:
    "Read more: Talks collapsed on June 2, 2019" under a story of "March 4" gives it no
    year."""
    if not article.removed:
        return article.text
    parts, at = [], 0
    for r in article.removed:
        parts.append(article.text[at : r.start])
        at = max(at, r.end)
    parts.append(article.text[at:])
    return "\n".join(parts)


def read_article(facts: ArticleView) -> list[_Draft]:
    """The draft events of the article, in the order its sentences tell them."""
    drafts: list[_Draft] = []
    title = (facts.article.title or "").strip()
    recent: tuple[str, ...] = ()
    envoys: tuple[str, ...] = ()
    struck: tuple[tuple[str | None, str], ...] = ()
    previous: date | None = None
    for sent, low, words, found in trigger_sentences(facts):
        view = sentence_view(facts, sent.start, sent.end, low, words, found, recent, envoys, struck)
        if view is None or not (view.hits or view.quoted):
            continue
        got = read_sentence(view, previous)
        if title and sent.text.strip() == title:
            for d in got:
                d.headline = True
        drafts.extend(got)
        previous = _last_date(got, previous)
        recent = _remember(view, got)
        envoys = (*envoys, *(d.actor for d in got if d.family == "diplomatic" and d.actor))
        envoys = envoys[-_RECENT:]
        struck = (*struck, *((d.actor, d.target) for d in got if d.family == "strike" and d.target))
        struck = struck[-_RECENT:]
    borrow_tolls(facts, drafts)
    referenced_tolls(facts, drafts)
    wounded_tolls(facts, drafts)
    added_tolls(facts, drafts)
    risen_tolls(facts, drafts)
    referenced_days(facts, drafts)
    named_days(facts, drafts)
    refined_days(facts, drafts)
    reported_days(facts, drafts)
    told_days(facts, drafts)
    continued_days(facts, drafts)
    another_days(facts, drafts)
    earlier_days(facts, drafts)
    accused_of_it(facts, drafts)
    denied_later(facts, drafts)
    doubted_later(facts, drafts)
    stated_places(facts, drafts)
    filed_here(facts, drafts)
    paragraph_places(facts, drafts)
    meeting_venues(facts, drafts)
    agreed_at_the_meeting(facts, drafts)
    return drafts


def home_news(d: _Draft, facts: ArticleView) -> bool:
    """ "A man was shot dead in a park in Leeds on Sunday": an attack with no attacker
    named, in a text that names no state (by its name, its capital or its people) but
    the one it hit, is home news (crime, a riot, a fire, a storm), not an act across a
    border. A strike only armed forces make (an airstrike, a shelling) or one told with
    words of war ("militants", "troops", "a roadside bomb") is never home news.

    >>> from geomap.articles import article_from_text
    >>> from geomap.events import extract_events
    >>> from geomap.resolution import geoparse
    >>> a = article_from_text("a", "Two people were hurt in a knife attack in Sydney on Monday.")
    >>> extract_events(a, geoparse(a))
    []
    """
    if d.family != "strike" or d.actor is not None or d.target is None:
        return False
    kind = facts.lexicon.types.get(d.type)
    if kind is None or kind.of_war:
        return False
    armed = facts.lexicon.armed
    if armed is not None and any(armed.search(_norm(s.quote)) for s in d.sources):
        return False
    return {c for c in facts.codes if c} <= {d.target}


def sport_news(d: _Draft, facts: ArticleView) -> bool:
    """ "A late strike from the Spanish striker sank France in Paris": a strike, a
    clash or a trip told in a sentence with words of sport is a game.

    >>> from geomap.articles import article_from_text
    >>> from geomap.events import extract_events
    >>> from geomap.resolution import geoparse
    >>> a = article_from_text("a", "England clash with Australia in Sydney in the final.")
    >>> extract_events(a, geoparse(a))
    []
    """
    sport = facts.lexicon.sport
    kind = facts.lexicon.types.get(d.type)
    if sport is None or (d.family != "strike" and not (kind and kind.in_games)):
        return False
    return any(sport.search(_norm(s.quote)) for s in d.sources)


def trip_at_home(d: _Draft, facts: ArticleView) -> bool:
    """ "The minister travelled to Mombasa, Kenya": a trip a state's people make inside
    their own state is no visit between states.

    >>> from geomap.articles import article_from_text
    >>> from geomap.events import extract_events
    >>> from geomap.resolution import geoparse
    >>> a = article_from_text("a", "Kenya's president travelled to Mombasa, Kenya, on Monday.")
    >>> extract_events(a, geoparse(a))
    []
    """
    kind = facts.lexicon.types.get(d.type)
    if d.family != "diplomatic" or kind is None or kind.target != "destination":
        return False
    home = d.place.country if d.place else None
    return d.actor is not None and d.actor in (home, d.target)


def trigger_sentences(
    facts: ArticleView,
) -> Iterator[tuple[Sentence, str, dict[str, list[int]], list[tuple[int, int, Phrase]]]]:
    """The article's sentences that hold a trigger phrase, each with its lower-cased
    text, where its words start (by stem) and the triggers found. A sentence whose
    words start no trigger costs one set intersection; the other phrases (actors,
    negatives ...) are looked up only where a trigger is."""
    article, lex = facts.article, facts.lexicon
    low_all = _norm(article.text)
    keys = lex.triggers.keys
    for sent in article.sentences:
        if article.is_removed(sent.start, sent.end):
            continue
        low = low_all[sent.start : sent.end]
        stems = lex.stems(low)
        quoted = _quoted_position(lex, sent.text, low)
        if keys.isdisjoint(stems) and not quoted:
            continue
        by_stem = stem_map(low, stems & keys)
        found = lex.triggers.matches(low, low, by_stem)
        if not found and not quoted:
            continue
        by_stem.update(stem_map(low, (stems & lex.all_keys) - keys))
        yield sent, low, by_stem, found


def _quoted_position(lex: Lexicon, text: str, low: str) -> bool:
    """Whether a sentence quotes speech that may state a position or an appeal ("'This
    is a provocation,' the minister said"): ``sayers`` reads it even with no trigger."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return False
    if lex.quoted is not None and lex.quoted.search(low):
        return True
    # blanking a list's commas only widens the appeals found: one search
    return lex.quoted_appeal is not None and lex.quoted_appeal.search(unlisted(low)) is not None


def _tells_a_new_strike(view: SentenceView, clause: _Clause, strikes: list[_Hit]) -> bool:
    """Whether a strike of the clause is news of its own, not only "the attack" told
    before ("Chile blamed Peru for the attack")."""
    return any(not is_reference(view, clause, h) for h in strikes)


def read_sentence(view: SentenceView, previous: date | None) -> list[_Draft]:
    """The draft events of one sentence, clause by clause; ``previous`` is the date of
    the last dated event before it, and moves with each dated draft."""
    out: list[_Draft] = []
    for ci, clause in enumerate(view.clauses):
        chits = [h for h in view.hits if clause.start <= h.start < clause.end]
        if not chits:
            continue
        if view.denials:  # "Baku denied that its forces had shelled ...": no event
            chits = [
                h
                for h in chits
                if not any(
                    clause.start <= a < h.start
                    and not _verb_after_denied(view, a, h)
                    and not _WITHOUT_DENYING.search(view.low, max(0, a - 30), a)
                    for a in view.denials
                )
            ]
        strikes = _without_answers(view, [h for h in chits if h.type.family == "strike"])
        diplo = [h for h in chits if h.type.family == "diplomatic"]
        if _tells_a_new_strike(view, clause, strikes):
            # "accused Peru of shelling Tacna" tells the strike, alleged; "accused Peru
            # of being behind the attack" points back at one and states a position
            diplo = [h for h in diplo if not h.apart]
        if strikes and diplo and read_diplomatic(view, ci, diplo, previous)[0]:
            # "summoned the envoy to protest the strikes", "expelled the envoy in protest
            # of Peru's raid": the strike is told elsewhere (when the clause tells an
            # act: "He described the attack on Tacna as an aggression", whose sayer it
            # does not name, may be the strike's one report)
            strikes = [
                h for h in strikes if not _told_before(view, h.start) or _told_by_its_verb(view, h)
            ]
        # "struck the camp and shot down two jets": a distinct act is its own event
        groups = _by_actor(view, [h for h in strikes if not h.type.distinct])
        groups += [[h] for h in strikes if h.type.distinct]
        back = any(is_reference(view, clause, h) for h in strikes)
        told: list[tuple[list[_Hit], list[_Draft]]] = []
        for group in groups:
            got = read_strike(view, ci, group, previous)
            _denied_after(view, clause.end, got)
            another = _told_as_another(view, clause.start, group)
            for d in got:
                d.points_back = back
                d.another = another and d.family == "strike"
            out.extend(got)
            told.append((group, got))
            previous = _last_date(got, previous)
        if diplo:
            got, previous = read_diplomatic(view, ci, diplo, previous)
            out.extend(got)
            for group, strike_drafts in told:
                protested_fire(view, diplo, got, group, strike_drafts)
    if view.quoted:  # "'This is a provocation,' the minister said"
        out.extend(read_quoted(view, previous, out))
    if out:
        source = view.speakers[0] if view.speakers else _reporter(view.low)
        for d in out:
            d.reported_by = source
    return out


#: between a protest and the act it is over: "lodged a protest with Peru over ..."
_GRIEVANCE_OVER = re.compile(
    r"\b(?:over|for|against|about|regarding|concerning|at)\s+(?:[\w'-]+\s+){0,5}$"
)


def protested_fire(
    view: SentenceView,
    diplo: list[_Hit],
    acts: list[_Draft],
    group: list[_Hit],
    strikes: list[_Draft],
) -> None:
    """ "Chile lodged a protest with Peru over unprovoked firing on its post": the fire
    a protest or condemnation is over is the addressee's, on the protester; the
    protester, who is the clause's subject, did not fire."""
    anchor = group[0]
    if not any(
        h.end <= anchor.start
        and (h.type.stance or h.type.passive_object)
        and _GRIEVANCE_OVER.search(view.low, h.end, anchor.start)
        for h in diplo
    ):
        return
    for act in acts:
        by, to = act.actor, act.target
        if by is None or to is None or by == to:
            continue
        for d in strikes:
            if d.actor == by and d.target in (None, to):
                d.actor, d.target = to, by


#: a denial of a thing named, then a verb of its own: "denied the incident and "
_DENIED_THING_AND = re.compile(
    r"[a-z]+\s+(?:the|this|that|these|those|its|their|his|her|such)\s+(?:[a-z'-]+\s+){0,3}?"
    r"(?:[a-z'-]+)\s+and\s+$"
)


#: a denial not made: "without confirming or denying the clashes, Asmara dismissed"
_WITHOUT_DENYING = re.compile(r"\b(?:without|neither)\s+(?:[a-z]+\s+(?:or|nor)\s+)?$")


def _verb_after_denied(view: SentenceView, denial: int, h: _Hit) -> bool:
    """ "Kyiv denied the incident and called it a provocation": a diplomatic act told by
    a verb of its own after the thing denied is not denied (not "denied that it had
    summoned the envoy")."""
    return h.type.family == "diplomatic" and bool(
        _DENIED_THING_AND.fullmatch(view.low, denial, h.start)
    )


def _denied_after(view: SentenceView, end: int, drafts: list[_Draft]) -> None:
    """ "Chile says Peruvian troops fired on its posts; Lima denies it": a strike its
    attacker denies in the same sentence is alleged."""
    for a in view.denials:
        if a < end:
            continue
        before = [e for e in view.ents if end <= e.start and e.end <= a and e.agentive]
        if not before:
            continue
        denier = set(party_codes(view, before[-1]))
        for d in drafts:
            if d.family == "strike" and d.actor in denier:
                d.alleged = True


def _without_answers(view: SentenceView, strikes: list[_Hit]) -> list[_Hit]:
    """ "Pakistani troops returned fire after Afghan forces attacked a post": fire that
    answers (``apart_phrases``) a strike the sentence tells is part of that strike, no
    event of its own."""
    if not any(h.apart for h in strikes):
        return strikes
    if not any(h.type.family == "strike" and not h.apart for h in view.hits):
        return strikes
    return [h for h in strikes if not h.apart]


#: a noun a party's possessive names: "Peru's raid", "Colombia's cross-border attack"
_POSSESSED = re.compile(r"(?<![\w'])[a-z]+['\u2019]s\s+(?:[a-z-]+\s+)?$")


def _told_before(view: SentenceView, start: int) -> bool:
    """Whether the strike noun at ``start`` names a strike as one known: "the strikes",
    "its raid", "Peru's raid"."""
    window = max(0, start - 30)
    return bool(
        _DETERMINER.search(view.masked, window, start)
        or _POSSESSED.search(view.masked, window, start)
    )


def _told_as_another(view: SentenceView, start: int, group: list[_Hit]) -> bool:
    """Whether the clause tells its strike as one besides another told before it: "In
    another attack that evening, troops shot dead a second soldier", "Turkish aircraft
    also bombed a site near Sinjar"."""
    lex = view.facts.lexicon
    if not group:
        return False
    if lex.another_after is not None and lex.another_after.match(view.low, group[0].end):
        return True  # "fighting resumed in the afternoon"
    return lex.another is not None and lex.another.search(view.low, start, group[0].end) is not None


def _told_by_its_verb(view: SentenceView, h: _Hit) -> bool:
    """ "the ministers met, and said the Peruvian jets bombed Tacna": a trigger that
    ends in a verb tells a strike of its own, whatever determiner its subject has."""
    return view.parse is not None and view.parse.is_verb(h.end - 1)


def _by_actor(view: SentenceView, hits: list[_Hit]) -> list[list[_Hit]]:
    """A clause's strike triggers, one group per attacker the parse names: "with
    Cambodia firing rockets into Thailand and the Thai military scrambling jets to
    carry out airstrikes" is two strikes, not one. A trigger whose attacker the parse
    does not name stays with the group before it."""
    parse = view.parse if len(hits) > 1 else None
    if parse is None:
        return [hits] if hits else []
    groups: list[list[_Hit]] = []
    keys: list[frozenset[int]] = []
    for h in hits:
        found = parsed_actor(parse, view.ents, h)
        key = frozenset(id(e) for e in found[0]) if found else None
        if groups and (key is None or key in keys):
            after_and = conjoined_subject(view, h)
            key = frozenset(id(e) for e in after_and) if after_and else key
        if groups and (key is None or key in keys):
            groups[keys.index(key) if key in keys else -1].append(h)
            continue
        groups.append([h])
        keys.append(key if key is not None else frozenset())
    return groups


def _last_date(drafts: list[_Draft], previous: date | None) -> date | None:
    """The date of the last dated draft, else ``previous``."""
    return next((d.date for d in reversed(drafts) if d.date is not None), previous)


def _remember(view: SentenceView, drafts: list[_Draft]) -> tuple[str, ...]:
    """The parties named so far once ``view`` is read: its actors, its speakers and its
    first named subject join the end, the subject last: what a following "the
    ministry" most likely means."""
    subject = next(
        (e.code for e in view.ents if e.kind in ("state", "org") and e.code and e.agentive),
        None,
    )
    named = [c for c in (*(d.actor for d in drafts), *view.speakers, subject) if c]
    return (*view.recent, *named)[-_RECENT:]


# ------------------------------------------------------------------ article facts


def _state_code(geo: _Geo, m: Mention) -> str | None:
    p = m.place
    if p is None or not p.country:
        return None
    if p.kind == "country" or m.adjectival or m.metonym or geo.is_capital(p):
        return p.country
    return None


def _dyad(
    article: Article, mentions: Sequence[Mention], codes: Sequence[str | None]
) -> tuple[str, str] | None:
    """The two states the article names most (ties: first named)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m, cc in zip(mentions, codes, strict=True):
        if not cc or article.is_removed(m.start, m.end):
            continue
        counts[cc] += 1
        first.setdefault(cc, m.start)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    return (ranked[0], ranked[1]) if len(ranked) >= 2 else None


def _filed_from(article: Article, mentions: Sequence[Mention]) -> tuple[int, int] | None:
    """Where the story was filed: the article's dateline, else a place that opens the
    story's first line before a colon ("New Delhi: India and Pakistan agreed ..."),
    which the article alone cannot tell from a label ("Border Row: ...").

    >>> from geomap.articles import article_from_text
    >>> from geomap.models import Place
    >>> a = article_from_text("t", "Talks\\n\\nNew Delhi: India and Pakistan agreed.")
    >>> delhi = Place("geonames:1261481", "New Delhi", "city", "IN", 28.6, 77.2)
    >>> _filed_from(a, [Mention("t", 7, 16, "New Delhi", delhi)])
    (7, 16)
    """
    if article.dateline is not None:
        return article.dateline
    body = [s for s in article.sentences if not article.is_removed(s.start, s.end)]
    first = next((s for s in body if s.text.strip() != (article.title or "").strip()), None)
    for m in mentions:
        if first is None or m.start > first.start:
            break
        opens = m.start == first.start
        if opens and m.place and article.text[m.end : m.end + 2].lstrip(" ").startswith(":"):
            return m.start, m.end
    return None


def _dateline_country(span: tuple[int, int] | None, mentions: Sequence[Mention]) -> str | None:
    if span is None:
        return None
    for m in mentions:
        if m.start >= span[0] and m.end <= span[1] and m.place and m.place.country:
            return m.place.country
    return None


#: who reports, when the text names no state: "according to the army", "police said"
_REPORTER = re.compile(
    r"\baccording\s+to\s+(?:the\s+|a\s+)?(?P<a>(?:[a-z-]+\s+){0,2}?"
    r"(?:army|military|police|officials|ministry|sources|residents|witnesses|spokesman"
    r"|spokeswoman|spokesperson|authorities|media|statement|reports?))\b"
    r"|\b(?P<b>(?:army|military|police|officials|residents|witnesses|sources|authorities))"
    r"\s+(?:said|say|says|reported|told)\b"
)


def _reporter(low: str) -> str | None:
    """Who the sentence says reports it when no state is named as its speaker.

    >>> _reporter("two soldiers were killed, according to the army.")
    'army'
    >>> _reporter("shells hit the village, local officials said.")
    'officials'
    """
    m = _REPORTER.search(low)
    if m is None:
        return None
    return " ".join((m.group("a") or m.group("b")).split())
