"""Merging the reports of one happening, within an article and across a run."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..lexicon import Lexicon
from ..models import Event, Place
from .geo import _Geo
from .records import _PRECISION_ORDER, VAGUE, _Draft, _most_specific


def _finish(d: _Draft, geo: _Geo, news_day: date | None = None) -> _Draft:
    """Fill what the text implies: the place (the target country of a strike, the acting
    government's capital or the organisation's seat for a diplomatic action) and, for
    an event the text gives no date of its own, the day of the article's news."""
    if d.precision == VAGUE:
        d = replace(d, precision=None)  # "over the weekend": told, not fixed, not guessed
    elif d.date is None and news_day is not None and not d.background:
        d = replace(d, date=news_day, precision="day", confidence=d.confidence - 0.05)
    if d.place is not None:
        return d
    place: Place | None = None
    if d.family == "strike":
        if d.target and len(d.target) == 2:
            place = geo.country(d.target)
    elif d.actor:
        place = geo.home(d.actor)
    if place is None:
        return d
    # a new draft, as ``dataclasses.replace`` would make, without its introspection
    return _Draft(
        d.family,
        d.type,
        d.actor,
        d.target,
        place,
        d.date,
        d.precision,
        d.killed,
        d.confidence,
        d.sources,
        place_stated=False,
        headline=d.headline,
        alleged=d.alleged,
        background=d.background,
        reported_by=d.reported_by,
    )


# ------------------------------------------------------------------------ merging


def _news_day(drafts: Sequence[_Draft], published: date | None) -> date | None:
    """The day a dated article's news happened: the latest day one of its current events
    is dated to (up to publication), else the publication day; None for an undated
    article.

    An event told with no date of its own in a news report ("Armenia says Azerbaijan
    fired on its soldiers") happened on the day the report is about.
    """
    if published is None:
        return None  # an undated article: a day would be a guess
    days = [
        d.date
        for d in drafts
        if d.date is not None and d.precision == "day" and not d.background and d.date <= published
    ]
    return max(days) if days else published


#: how many days before an article's news an incident it tells is context, not news
BACKGROUND_DAYS = 14


def _mark_background(
    drafts: list[_Draft], published: date | None, year: int | None = None
) -> list[_Draft]:
    """Flag the incidents an article cites for context: dated well before its news (the
    publication day, or in an undated article the latest day it tells of, or else the
    year its address or its own full dates give).

    "The clashes come five days after three soldiers were killed" is news; "flaring
    into bloody clashes in May" in a July report, or "last year's air strikes", is
    background.
    """
    days = [d.date for d in drafts if d.date is not None and d.precision == "day"]
    ref = published or (max(days) if days else None)
    if ref is None and year is not None:
        # only the year is known: an incident of an earlier year is context
        return [
            replace(d, background=True)
            if d.date is not None and d.precision is not None and d.date.year < year
            else d
            for d in drafts
        ]
    if ref is None:
        return drafts
    return [replace(d, background=True) if _before_news(d, ref) else d for d in drafts]


def _before_news(d: _Draft, ref: date) -> bool:
    if d.date is None or d.precision is None:
        return False
    if d.precision == "day":
        return (ref - d.date).days > BACKGROUND_DAYS
    if d.precision == "month":
        return (d.date.year, d.date.month) < (ref.year, ref.month) and (ref - d.date).days > 31
    return d.date.year < ref.year


#: places wide enough to hold any town of their country that an article names
_WIDE = frozenset({"country", "region"})


def _headline_place_fits(headline: Place, body: Place) -> bool:
    """ "Indian shelling kills villager in Kashmir" over "mortars fell on Kotli": a
    headline names the place of its act loosely, by a region or a province that may
    span a border, or by a town of the same country; a headline's town in another
    country is another act's."""
    return (
        headline.kind != "city"
        or (headline.country is not None and headline.country == body.country)
        or _spans_the_border(body)
    )


def _sea_and_shore(sea: Place, country: Place) -> bool:
    """ "Coast guard ships fired water cannon at boats in the South China Sea ... the
    ships hit a Philippine boat": a sea no state owns and a country, in one article,
    may both be told of one act at sea."""
    return sea.id.startswith("water:") and country.kind == "country"


def _places_compatible(a: Place | None, b: Place | None, *, within_article: bool) -> bool:
    if a is None or b is None or a.id == b.id:
        return True
    if within_article:
        if _sea_and_shore(a, b) or _sea_and_shore(b, a):
            return True
        # "a drone strike in northern Syria ... It hit a car in Amuda": a country, or
        # a wide region of one, holds the town an article names for the same strike
        if a.kind in _WIDE and b.country == a.country is not None:
            return True
        if b.kind in _WIDE and a.country == b.country is not None:
            return True
        return (
            _province_holds(a, b)
            or _province_holds(b, a)
            or (_spans_the_border(a) and b.kind == "city")
            or (_spans_the_border(b) and a.kind == "city")
        )
    return a.country is not None and a.country == b.country


def _province_holds(province: Place, town: Place) -> bool:
    """ "Pakistani forces shelled Kunar province ... The shells landed in Asadabad": in
    one article a province holds the town of it that names the same strike."""
    return province.kind == "admin1" and town.kind == "city" and town.admin1 == province.admin1


def _spans_the_border(region: Place) -> bool:
    """ "Troops shelled villages in Poonch ... the army opened fire along the Line of
    Control in Kashmir": in one article a region no single state holds (a disputed
    region, a border zone) holds a town of either side that names the same strike (a
    town: "an attack in Indian Kashmir" is not "shelling in Kashmir")."""
    return region.kind == "region" and region.country is None


def _compatible(a: _Draft, b: _Draft, lex: Lexicon, *, within_article: bool) -> bool:
    """Whether ``b`` may be a report of the happening ``a`` reports (``a`` told first)."""
    if a.family != b.family or not lex.compatible_types(a.type, b.type):
        return False
    if a.background != b.background and (within_article or a.date is None or b.date is None):
        # "fresh clashes erupt" is not the clash of last May; across articles an undated
        # report joins a background one only when the dates say it is the same
        return False
    same = a.actor == b.actor and a.target == b.target
    if not same and within_article and a.family == "strike" and a.target == b.target:
        # "Pakistani aircraft struck ... The airstrikes hit homes in Khost": a restatement
        # that leaves out the attacker is the same strike
        same = a.actor is None or b.actor is None
    sym = lex.types.get(a.type)
    if not same and sym is not None and sym.symmetric and a.type == b.type:
        same = a.actor == b.target and a.target == b.actor
    if not same and within_article:
        same = (
            _one_side_of_clash(a, b, lex)
            or _one_side_of_clash(b, a, lex)
            or _headline_names_no_party(a, b)
            or _headline_names_no_party(b, a)
            or _target_left_out(a, b)
        )
    if not same or _half_told_clash(a, b, lex) or _half_told_clash(b, a, lex):
        return False
    if within_article and _told_as_another(a, b, lex):
        return False
    if within_article and a.family == "strike" and not (a.headline or b.headline):
        if _told_days_before(a) != _told_days_before(b):
            return False
    loose = not within_article or a.headline or b.headline
    told_loosely = within_article and a.headline != b.headline
    if told_loosely and a.place is not None and b.place is not None:
        placed = _headline_place_fits(*((a.place, b.place) if a.headline else (b.place, a.place)))
    else:
        placed = _places_compatible(a.place, b.place, within_article=not loose)
    if not placed and not (
        # a clash is fought on both sides of the line: a town on either side is its
        # place (two towns of one side are two fights)
        sym is not None
        and sym.two_sided
        and a.place is not None
        and b.place is not None
        and a.place.country != b.place.country
        and {a.place.country, b.place.country} <= {a.actor, a.target}
        and not _month_apart(a, b)
    ):
        return False
    if a.date is None or b.date is None:
        return True
    if within_article:
        return a.date == b.date or _in_its_year(a, b) or _in_its_year(b, a)
    return abs((a.date - b.date).days) <= 1


def _in_its_year(year: _Draft, day: _Draft) -> bool:
    """ "Peruvian jets struck Tacna on March 3, killing nine ... The raid was the
    second in 2024 to hit the province": an act an article dates only by its year
    is the act it dates to a day of that year, at a place that fits."""
    return (
        year.precision == "year"
        and day.precision in ("day", "month")
        and year.date is not None
        and day.date is not None
        and year.date.year == day.date.year
    )


def _month_apart(a: _Draft, b: _Draft) -> bool:
    """ "Guards traded fire near Batken ... Earlier in March gunmen stormed a post near
    Khujand": an act at another town dated only by its month, beside one told with no
    date, or told as earlier beside one that is not, is an earlier incident, not the
    same fight."""
    if (a.date is None) != (b.date is None) and "month" in (a.precision, b.precision):
        return True
    return _told_as_earlier(a) != _told_as_earlier(b)


#: a sentence that opens on an earlier time: "Earlier in March", "Earlier this month"
_EARLIER = re.compile(r"\s*(?:earlier|previously)\s+(?:in|this|that|last|on)\b", re.IGNORECASE)


def _told_as_earlier(d: _Draft) -> bool:
    """Whether every sentence that tells ``d`` opens on an earlier time ("Earlier this
    month, gunmen stormed a post near Ganja")."""
    return all(_EARLIER.match(s.quote or "") for s in d.sources)


#: a time some days before the news, told anywhere in a sentence: "last week", "days
#: earlier", "a week before" (not "earlier on Saturday", the same day, nor "earlier this
#: week", which may be the news itself)
_DAYS_BEFORE = re.compile(
    r"\b(?:last\s+(?:week|month)|the\s+(?:previous|preceding)\s+(?:week|month)"
    r"|(?:(?:a|one|two|three|four|five|several|a\s+few)\s+)?(?:days|weeks?)\s+(?:earlier|before))\b",
    re.IGNORECASE,
)


def _told_days_before(d: _Draft) -> bool:
    """Whether every sentence of the body that tells ``d`` sets it some days before the
    news ("Indian shelling last week near Nakyal had killed seven"): an earlier incident,
    which does not merge with the news of the day nor lend it its toll."""
    return not d.headline and all(_DAYS_BEFORE.search(s.quote or "") for s in d.sources)


def _one_side_of_clash(clash: _Draft, act: _Draft, lex: Lexicon) -> bool:
    """An exchange of fire between two states and a one-way act of the same fight: "A
    Ugandan unit made an incursion into South Sudan ... the two sides' troops clashed
    near the post", "Syrian militants kill Iraqi border guard" over "clashes between
    Iraqi guards and militants". The act's target is one of the clash's two sides and
    its attacker, when named, the other, and then the act is one done in a fight on
    the ground (an incursion, a capture): "A shelled B's posts; B fired on A's posts
    the same day" tells two acts, one each way."""
    if not lex.is_two_sided(clash.type) or act.target is None:
        return False
    sides = {clash.actor, clash.target}
    if act.target not in sides:
        return False
    if act.actor is None:
        return True
    return act.actor in sides and act.actor != act.target and act.type in lex.fight


def _told_as_another(first: _Draft, later: _Draft, lex: Lexicon) -> bool:
    """ "Azerbaijani troops fired on posts near Vardenis in the morning ... In another
    attack that evening they shot dead a second soldier": a strike told as one besides
    those before it is not the body's earlier report. (A headline sums up both; a
    soldier "also captured" in a clash is taken in that fight.)"""
    return (
        later.another
        and not first.headline
        and not (
            later.type in lex.fight
            and not lex.is_two_sided(later.type)
            and _one_side_of_clash(first, later, lex)
        )
    )


def _headline_names_no_party(headline: _Draft, body: _Draft) -> bool:
    """ "Shelling in Kashmir kills two" over "Pakistani troops shelled the Indian town
    of Uri, killing two": a headline that names the act and its place but neither side
    sums up the body's strike."""
    return (
        headline.headline
        and not body.headline
        and headline.family == "strike"
        and headline.actor is None
        and headline.target is None
    )


def _target_left_out(a: _Draft, b: _Draft) -> bool:
    """ "The coast guard of A fired water cannon at B's supply boat ... Manila summoned
    the envoy after A's coast guard blocked and used water cannon": a restatement that
    names the attacker and leaves out whom it hit is the same strike."""
    return (
        a.family == "strike"
        and a.actor is not None
        and a.actor == b.actor
        and (a.target is None) != (b.target is None)
    )


def _half_told_clash(clash: _Draft, act: _Draft, lex: Lexicon) -> bool:
    """A clash one of whose sides the text leaves unnamed, and an act of another kind
    told in the body, not both dated: "clashes between soldiers and armed men near
    the dam" and "a group abducted three soldiers" may be two happenings, the one
    leading to the other; neither the parties nor the day say the act was done in the
    fight. (A headline sums up loosely: its act is the body's clash; and "two gunmen
    were also killed in the fighting" says it.)"""
    return (
        lex.is_two_sided(clash.type)
        and lex.in_one_fight(clash.type, act.type)
        and not (clash.headline or act.headline or act.points_back)
        and (clash.actor is None or clash.target is None)
        and (clash.date is None or act.date is None)
    )


def _signature(d: _Draft) -> tuple:
    """Everything ``_compatible`` reads of a draft."""
    return (
        d.background,
        d.family,
        d.type,
        d.actor,
        d.target,
        d.place.id if d.place else None,
        d.date,
        d.headline,
        d.points_back,
    )


def merge_key(event: Event) -> str:
    """The key of the cross-article merge's shuffle: the family and the pair of parties
    (in either order, as a symmetric type may swap them). Across articles
    ``_merge_drafts`` only ever tests an event against events of its own key, so each
    key's events can be merged apart from the others'. A string, so that every worker
    of a cluster hashes it alike."""
    parties = sorted({event.actor or "", event.target or ""})
    return "|".join([event.family, *parties])


def merge_groups(events: Sequence[Event]) -> list[list[int]]:
    """The indices of ``events`` in groups that merge apart from each other, each group
    in order, the groups in order of their first event.

    A group is the events of one family and pair of parties, and, when every one of
    them is dated, of one run of dates no more than a day apart: across articles two
    dated events more than a day apart never merge, so no cluster spans such a gap.
    A pair with an undated event stays whole: that event may join a cluster of any
    date, and which one depends on every cluster made before it. (Fixed date windows
    would not do: a cluster of the 31st and the 1st straddles two.)
    """
    by_key: dict[tuple[str, frozenset[str | None]], list[int]] = {}
    for i, e in enumerate(events):
        by_key.setdefault((e.family, frozenset((e.actor, e.target))), []).append(i)
    groups = []
    for members in by_key.values():
        days = [events[i].date for i in members]
        if any(d is None for d in days):
            groups.append(members)
            continue
        island: dict[date, int] = {}  # each day -> the first day of its run
        start = prev = None
        for day in sorted(set(days)):  # type: ignore[type-var]
            if prev is None or (day - prev).days > 1:
                start = day
            island[day] = start
            prev = day
        runs: dict[date, list[int]] = {}
        for i in members:
            runs.setdefault(island[events[i].date], []).append(i)  # type: ignore[index]
        groups += runs.values()
    return sorted(groups, key=lambda g: g[0])


def _merge_drafts(
    drafts: Sequence[_Draft], lex: Lexicon, *, within_article: bool
) -> list[tuple[int, _Draft]]:
    """The reports of each happening merged into one: (index of its first report, merged
    draft), in order of first report. A draft joins the first cluster all of whose
    members it is compatible with."""
    clusters: list[list[int]] = []
    # across articles, the articles each cluster's reports come from: an article's own
    # reports were merged when it was read, so two events it keeps apart stay apart
    # (but for a day's slack in their dates, see ``_a_day_apart``)
    told_in: list[frozenset[str]] = []
    # each cluster's distinct member readings: drafts that agree on every field the
    # test looks at need testing once, which keeps many copies of one report linear
    kinds: list[dict[tuple, int]] = []
    # compatible drafts share family and parties (in either order, for a symmetric
    # type), so a draft need only be tested against the clusters of its own parties,
    # still in order of first report
    by_parties: dict[tuple[str, frozenset[str | None]], list[int]] = {}
    for i, d in enumerate(drafts):
        sig = _signature(d)
        # within an article (a few drafts) a strike may leave out its attacker, so every
        # cluster of the family is tried; across articles the parties must agree outright
        parties = frozenset() if within_article else frozenset((d.actor, d.target))
        group = by_parties.setdefault((d.family, parties), [])
        articles = frozenset() if within_article else frozenset(s.article for s in d.sources)
        for c in group:
            if not articles.isdisjoint(told_in[c]) and not _a_day_apart(
                d, [drafts[j] for j in clusters[c]], articles
            ):
                continue
            seen = kinds[c]
            if all(
                _compatible(drafts[j], d, lex, within_article=within_article) for j in seen.values()
            ):
                clusters[c].append(i)
                seen.setdefault(sig, i)
                told_in[c] |= articles
                break
        else:
            group.append(len(clusters))
            clusters.append([i])
            kinds.append({sig: i})
            told_in.append(articles)
    return [
        (c[0], _combine([drafts[i] for i in c], lex, cross_article=not within_article))
        for c in clusters
    ]


def _a_day_apart(d: _Draft, members: list[_Draft], articles: frozenset[str]) -> bool:
    """Whether ``d`` is dated a day from each member of a cluster told in one of its
    articles: "raided the camp late on Saturday ... Sunday's raid" in one article may be
    one act that the article's own merge, which wants one day, kept apart."""
    if d.date is None:
        return False
    for m in members:
        if articles.isdisjoint(s.article for s in m.sources):
            continue
        if m.date is None or abs((m.date - d.date).days) != 1:
            return False
    return True


def _combine(members: list[_Draft], lex: Lexicon, *, cross_article: bool) -> _Draft:
    if len(members) == 1:
        return members[0]
    first = members[0]
    kind = _kind(members, lex)
    actor, target = _parties(members, lex)
    # the body of the story is surer than its headline, which sums up loosely
    body = [m for m in members if not m.headline] or members
    stated = [m.place for m in body if m.place is not None and m.place_stated]
    place = _most_specific(stated) or _most_specific(m.place for m in members)
    if place is not None and place.kind == "country":
        # "Shelling hits Kotli" over a body naming only the country: the headline's town
        inside = [m.place for m in members if m.place and m.place.country == place.country]
        place = _most_specific(inside) or place
    dated = [m for m in body if m.date is not None and m.precision is not None]
    d, precision = None, None
    if dated:
        best_rank = min(_PRECISION_ORDER[m.precision] for m in dated)  # type: ignore[index]
        finest = [m for m in dated if _PRECISION_ORDER[m.precision] == best_rank]  # type: ignore[index]
        votes = Counter(m.date for m in finest)
        d = min(votes, key=lambda x: (-votes[x], x)) if cross_article else finest[0].date
        precision = finest[0].precision
    killed = [m.killed for m in body if m.killed is not None] or [
        m.killed
        for m in members
        if m.killed is not None  # "8 killed in ...": the headline's
    ]
    sources = list(dict.fromkeys(s for m in members for s in m.sources))  # in order, once
    extra = len({(s.article, s.start) for s in sources}) - 1
    return _Draft(
        first.family,
        kind,
        actor,
        target,
        place,
        d,
        precision,
        max(killed) if killed else None,
        min(0.99, max(m.confidence for m in members) + 0.05 * extra),
        sources,
        place_stated=any(m.place_stated for m in members),
        headline=all(m.headline for m in members),
        # an article that anywhere tells the act as a claim, an accusation or a suspicion
        # tells a claim ("Suspected Turkish drone strike kills 3" over "A drone hit a
        # car"); across articles one plain report makes it more than a claim. One report
        # of it as news makes it more than background
        alleged=_alleged(members, cross_article),
        background=all(m.background for m in members),
        reported_by=next((m.reported_by for m in members if m.reported_by), None),
        sound=all(m.sound for m in members),
    )


def _alleged(members: list[_Draft], cross_article: bool) -> bool:
    """Whether the merged act is alleged: any report of one article, all of several;
    but not when the article tells the attacker's own undisputed report of it ("Mali
    accused Algeria of downing its drone ... Algeria's army said it downed a drone")."""
    if cross_article:
        return all(m.alleged for m in members)
    if any(not m.alleged and m.actor is not None and m.reported_by == m.actor for m in members):
        return False
    return any(m.alleged for m in members)


def _kind(members: list[_Draft], lex: Lexicon) -> str:
    """The type of reports merged into one: the most precise told (lowest rank), but a
    fight on the ground that a report tells as an exchange of fire is a clash: "Syrian
    gunmen kill Iraqi guard" over "clashes between the guards and the gunmen"."""
    types = [m.type for m in members]
    two_sided = [t for t in types if lex.is_two_sided(t)]
    if two_sided and all(t in lex.fight for t in types):
        return two_sided[0]
    return min(types, key=lambda t: lex.types[t].rank if t in lex.types else 9)


def _parties(members: list[_Draft], lex: Lexicon) -> tuple[str | None, str | None]:
    """The attacker and target of reports merged into one: the first report's target
    and the first attacker named against it. A two-sided report names the side other
    than the target: "Iraqi guards clashed with Syrian gunmen" joined to "gunmen killed
    an Iraqi guard" is Syria's act on Iraq, never Iraq's on itself."""
    one_way = [m for m in members if not lex.is_two_sided(m.type) and m.target]
    target = (one_way or members)[0].target
    for m in members:
        if m.actor and m.actor != target:
            return m.actor, target
        if lex.is_two_sided(m.type) and m.actor == target and m.target:
            return m.target, target
    return None, target
