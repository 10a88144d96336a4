"""The article reader: triggers, parties, places, dates and tolls, sentence by sentence."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from datetime import date

from ..dates import DateMention, find_dates, text_year, url_date
from ..lexicon import Lexicon, Phrase, stem_map
from ..models import Article, Mention, Place, Source
from ..numbers import killed_count
from .context import ArticleView, borrow_tolls, paragraph_places, referenced_tolls
from .geo import _Geo
from .records import _PRECISION_ORDER, VAGUE, _Draft, _Ent, _Hit, _most_specific
from .roles import accusers, find_actor
from .structure import Structure, parse_sentence
from .text import (
    _ACCORDING,
    _AND_VERB,
    _BACKER,
    _BY_AFTER,
    _BY_AGENT,
    _CAPITALISED,
    _CAPITALISED_NEXT,
    _CONNECTOR,
    _DEFINITE,
    _DETERMINER,
    _FORECAST_AFTER,
    _KILLED_BEFORE,
    _LOCATIVE_PREPS,
    _MODIFIER_GAP,
    _NOT_WHEN,
    _OBJECT_GAP,
    _PARTICIPLE,
    _PHRASE_SETS,
    _PLACE_PREPS,
    _PLACE_WORDS,
    _POSSESSIVE_GAP,
    _RELATIVE_AFTER,
    _RELATIVE_BEFORE,
    _REPORTED_ON,
    _SAID_IT,
    _STRONG_PREPS,
    _TITLE_GAP,
    _WORD,
    _Clause,
    _clauses,
    _excluded_prefix,
    _mask_quotes,
    _norm,
    _prep_before,
)

#: how an actor was found when the text names it outright (surface and parse rules)
_EXPLICIT = frozenset(
    {
        "by",
        "before",
        "antecedent",
        "between",
        "by_agent",
        "accused_party",
        "of_the_actor",
        "subject_of_trigger",
    }
)
#: what ``dict.get`` gives for a word the demonym cache has not seen
_UNKNOWN = object()


class _ArticleReader:
    """Reads one article; holds what earlier sentences established."""

    def __init__(
        self,
        article: Article,
        mentions: Sequence[Mention],
        year_hint: int | None,
        geo: _Geo,
        lex: Lexicon,
    ) -> None:
        self.article = article
        self.geo = geo
        self.lex = lex
        self.published = article.published
        self.year_hint = year_hint
        if self.published is None and year_hint is None:
            # "on October 10" in an undated page: the year of its address (".../2011/02/")
            # or of its own full dates
            from_url = url_date(article.url)
            self.year_hint = from_url[0].year if from_url else text_year(article.text)
        self.mentions = sorted(
            (m for m in mentions if m.place is not None), key=lambda m: (m.start, m.end)
        )
        # what each mention says of its state, once per mention rather than per reading
        self._starts = [m.start for m in self.mentions]
        self._codes = [self._state_code(m) for m in self.mentions]
        self.recent: list[str] = []  # states/orgs named as subjects or actors, in order
        self.envoys: list[str] = []  # the actors of diplomatic acts, in order
        self.previous: date | None = None  # date of the last dated event
        self.dyad = self._dyad()
        self.dateline_cc = self._dateline_country()
        self._text = ""
        self._reciprocal: list[int] = []
        self._low = ""
        self._sentence_hits: list[_Hit] = []
        self._dates: dict[tuple[int, date | None, bool], tuple[date | None, str | None]] = {}
        self._found: dict[tuple[int, date | None], list[DateMention]] = {}

    # .................................................................. article facts

    def _state_code(self, m: Mention) -> str | None:
        p = m.place
        if p is None or not p.country:
            return None
        if p.kind == "country" or m.adjectival or m.metonym or self.geo.is_capital(p):
            return p.country
        return None

    def _dyad(self) -> tuple[str, str] | None:
        """The two states the article names most (ties: first named)."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        article = self.article
        for m, cc in zip(self.mentions, self._codes, strict=True):
            if not cc or article.is_removed(m.start, m.end):
                continue
            counts[cc] += 1
            first.setdefault(cc, m.start)
        ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
        return (ranked[0], ranked[1]) if len(ranked) >= 2 else None

    def _partner(self, code: str) -> str | None:
        """The other of the article's two main states, when ``code`` is one of them."""
        if self.dyad and code in self.dyad:
            return self.dyad[1] if self.dyad[0] == code else self.dyad[0]
        return None

    def _dateline_country(self) -> str | None:
        span = self.article.dateline
        if span is None:
            return None
        for m in self.mentions:
            if m.start >= span[0] and m.end <= span[1] and m.place and m.place.country:
                return m.place.country
        return None

    # ...................................................................... reading

    def read(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        low_all = _norm(self.article.text)
        title = (self.article.title or "").strip()
        lex = self.lex
        keys = lex.triggers.keys
        for sent in self.article.sentences:
            if self.article.is_removed(sent.start, sent.end):
                continue
            low = low_all[sent.start : sent.end]
            stems = lex.stems(low)
            if keys.isdisjoint(stems):
                continue
            by_stem = stem_map(low, stems & keys)
            found = lex.triggers.matches(low, low, by_stem)
            if not found:
                continue
            # the other phrases (actors, negatives ...) only where a trigger is
            by_stem.update(stem_map(low, (stems & lex.all_keys) - keys))
            got = self._sentence(sent.start, sent.end, low, by_stem, found)
            if title and sent.text.strip() == title:
                for d in got:
                    d.headline = True
            drafts.extend(got)
        context = ArticleView(
            self.article, self.mentions, self._starts, self._codes, self.geo, self.lex
        )
        borrow_tolls(context, drafts)
        referenced_tolls(context, drafts)
        paragraph_places(context, drafts)
        return drafts

    def _sentence(
        self,
        s0: int,
        s1: int,
        low: str,
        words: dict[str, list[int]],
        found: list[tuple[int, int, Phrase]],
    ) -> list[_Draft]:
        text = self.article.text[s0:s1]
        self._text = text
        self._view: Structure | bool | None = False  # parsed on first use
        self._dates = {}
        self._found = {}
        masked = _mask_quotes(text, low)
        self._low = low
        # every phrase set the sentence is read for, in one walk of its words; the
        # triggers again only when quoted speech was blanked
        if masked is low:
            bad, actors, denied, recip = self.lex.match_many(
                _PHRASE_SETS, masked, (masked, text, masked, masked), words
            )
        else:
            found, bad, actors, denied, recip = self.lex.match_many(
                ("triggers", *_PHRASE_SETS), masked, (masked, masked, text, masked, masked), words
            )
        hits = self._hits(masked, found, bad)
        if not hits:
            return []
        self._sentence_hits = hits
        ents = self._entities(s0, s1, text, low, masked, actors)
        hits = [h for h in hits if not self._unreal(ents, h)]
        if not hits:
            return []
        self._sentence_hits = hits
        clauses = _clauses(masked)
        speakers = self._speakers(ents, low)
        out: list[_Draft] = []
        src = Source(self.article.id, s0, s1, text)
        denials = [a for a, _, _ in denied]
        self._reciprocal = [a for a, _, _ in recip]
        for ci, clause in enumerate(clauses):
            chits = [h for h in hits if clause.start <= h.start < clause.end]
            if not chits:
                continue
            if denials:  # "Baku denied that its forces had shelled ...": no event
                chits = [h for h in chits if not any(clause.start <= a < h.start for a in denials)]
            strikes = [h for h in chits if h.type.family == "strike"]
            diplo = [h for h in chits if h.type.family == "diplomatic"]
            if strikes and diplo:
                # "summoned the envoy to protest the strikes": the strike is told elsewhere
                strikes = [
                    h
                    for h in strikes
                    if not _DETERMINER.search(masked, max(0, h.start - 30), h.start)
                ]
            # "struck the camp and shot down two jets": a distinct act is its own event
            groups = self._by_actor(ents, [h for h in strikes if not h.type.distinct])
            groups += [[h] for h in strikes if h.type.distinct]
            for group in groups:
                out.extend(self._strike(text, low, masked, ents, clauses, ci, group, speakers, src))
            if diplo:
                out.extend(self._diplomatic(text, low, ents, clauses, ci, diplo, speakers, src))
        if out:
            source = speakers[0] if speakers else _reporter(low)
            for d in out:
                d.reported_by = source
        self._remember(ents, speakers, out)
        return out

    # ...................................................................... triggers

    def _hits(
        self,
        masked: str,
        found: list[tuple[int, int, Phrase]],
        negative: list[tuple[int, int, Phrase]],
    ) -> list[_Hit]:
        """The sentence's triggers (``found``) that no ``negative`` phrase overlaps and
        no modal word precedes, one per stretch of text and family."""
        lex = self.lex
        hits = [_Hit(a, b, ph.payload, ph.joint) for a, b, ph in found]  # type: ignore[arg-type]
        if not hits:
            return []
        bad = [(a, b) for a, b, _ in negative]
        if bad:
            hits = [h for h in hits if not any(a < h.end and h.start < b for a, b in bad)]
        modal = lex.modality is not None
        # overlapping hits of one family: the most specific (lowest rank), then longest.
        # A hit a kept one overlaps goes, modal or not, so only the others are tested for
        # a modal word before them: the same as dropping the modal hits first
        hits.sort(key=lambda h: (h.type.rank, -(h.end - h.start), h.start))
        kept: list[_Hit] = []
        for h in hits:
            if not any(
                k.type.family == h.type.family and k.start < h.end and h.start < k.end for k in kept
            ) and not (modal and self._modal(masked, h)):
                kept.append(h)
        kept.sort(key=lambda h: (h.start, h.type.rank))
        return kept

    def _modal(self, masked: str, h: _Hit) -> bool:
        words = _WORD.findall(masked[max(0, h.start - 60) : h.start])
        if self.lex.is_modal(" ".join(words[-self.lex.modality_window :])):
            return True
        # "an attack on the border is to be expected": a forecast told after the noun
        return _FORECAST_AFTER.match(masked, h.end) is not None

    def _unreal(self, ents: list[_Ent], h: _Hit) -> bool:
        """ "will keep its ships there and strike anyone ...": the modal is farther back
        than the surface window, on the verb the trigger is coordinated with. Only strike
        triggers are checked (a diplomatic "agreed to" is no future)."""
        if h.type.family != "strike":
            return False
        view = self._structure(ents)
        return view is not None and view.unreal(h.start)

    def _reference(
        self, text: str, masked: str, clause: _Clause, h: _Hit, ents: list[_Ent]
    ) -> bool:
        if self._definite(text, masked, clause, h) and not _own_place(ents, clause, h):
            return True
        return self._back_reference(text, masked, clause, h)

    def _definite(self, text: str, masked: str, clause: _Clause, h: _Hit) -> bool:
        """ "said the attack had ...": a definite strike noun with no party of its own."""
        m = _DEFINITE.search(masked, max(clause.start, h.start - 40), h.start)
        if m is None:
            return False
        if m.start(1) >= 0 and not text[m.start(1)].islower():
            return False
        return not _BY_AFTER.match(masked, h.end, h.end + 40)

    def _back_reference(self, text: str, masked: str, clause: _Clause, h: _Hit) -> bool:
        """ "over the attack": a strike noun pointing back at an event told elsewhere."""
        rx = self.lex.reference
        if rx is None:
            return False
        m = rx.search(masked, max(clause.start, h.start - 60), h.start)
        if m is None:
            return False
        word = m.start(1)
        return word < 0 or text[word].islower()

    # ...................................................................... entities

    def _entities(
        self,
        s0: int,
        s1: int,
        text: str,
        low: str,
        masked: str,
        actors: list[tuple[int, int, Phrase]],
    ) -> list[_Ent]:
        geo = self.geo
        ents: list[_Ent] = []
        mentions, codes = self.mentions, self._codes
        for k in range(bisect_left(self._starts, s0), len(mentions)):
            m = mentions[k]
            if m.start >= s1:
                break
            if m.end > s1 or m.place is None:
                continue
            a, b = m.start - s0, m.end - s0
            if masked[a] == " " and low[a] != " ":
                continue  # inside quoted speech
            if _excluded_prefix(low, a) or _BACKER.match(low, b):
                continue  # "anti-Iranian group", "Iran-backed militias"
            cc = codes[k]
            ent = _Ent(a, b, "state" if cc else "place", cc, m.place)
            ent.adjectival = m.adjectival
            ent.metonym = m.metonym
            if m.adjectival:  # "Pakistanis": people, who can be the victims
                found = geo.demonym(m.text)
                ent.target_noun = bool(found and found[1])
            ents.append(ent)
        extra: list[_Ent] = []
        for a, b, ph in actors:
            if masked[a] == " " or _BACKER.match(low, b):
                continue  # quoted, or "UN-backed forces"
            kind, code = ph.payload  # type: ignore[misc]
            extra.append(_Ent(a, b, kind, code))
        # demonyms the place mentions do not carry ("Pakistanis", an adjective missed)
        covered = {x.start for x in ents}
        known = geo.known_demonyms
        for m in _CAPITALISED.finditer(text):
            word = m.group()
            if known.get(word, _UNKNOWN) is None:
                continue  # a word already known to be no demonym: nothing below can count
            a, b = m.span()
            if a in covered or masked[a] == " " or any(x.start < b and a < x.end for x in ents):
                continue
            if _excluded_prefix(low, a):
                continue
            found = geo.demonym(word)
            if found:
                cc, plural = found
                e = _Ent(a, b, "state", cc, geo.country(cc), adjectival=True)
                e.target_noun = plural
                extra.append(e)
        # longer and earlier first; an organisation or title beats a place mention under it
        if len(extra) > 1:
            extra.sort(key=lambda e: (e.start, -(e.end - e.start)))
        for e in extra:
            clash = [x for x in ents if x.start < e.end and e.start < x.end]
            if not clash:
                ents.append(e)
            elif e.kind in ("org", "title") and all(
                x.kind in ("state", "place") and x.end - x.start <= e.end - e.start for x in clash
            ):
                for x in clash:
                    ents.remove(x)
                    e.place = e.place or x.place  # "at the White House": still a venue
                ents.append(e)
        ents.sort(key=lambda e: e.start)
        return self._annotate(ents, text, low)

    def _annotate(self, ents: list[_Ent], text: str, low: str) -> list[_Ent]:
        lex = self.lex
        out: list[_Ent] = []
        for e in ents:
            if e.kind == "title":
                prev = out[-1] if out else None
                gap = low[prev.end : e.start] if prev else ""
                if prev and prev.code and _TITLE_GAP.fullmatch(gap):
                    prev.end = e.end  # "NATO Secretary-General", "Iran's foreign ministry"
                    continue
                if e.code is None:
                    continue
                e.kind = "state" if len(e.code) == 2 and e.code.isupper() else "org"
            after = low[e.end : e.end + 60]
            e.possessive = after.startswith("'")
            e.prep = _prep_before(low, e.start)
            e.locative = e.prep in _LOCATIVE_PREPS
            e.origin = e.prep == "from"
            if out:
                prev = out[-1]
                gap = low[prev.end : e.start]
                if prev.possessive and _POSSESSIVE_GAP.fullmatch(gap):
                    e.locative = e.locative or prev.locative  # "in Iran's Sistan province"
                    e.origin = e.origin or prev.origin
                if _CONNECTOR.fullmatch(gap) and _kin(prev.kind) == _kin(e.kind):
                    e.group = prev.group if prev.group >= 0 else len(out) - 1
                    e.locative = e.locative or prev.locative
                    e.origin = e.origin or prev.origin
                    prev.group = e.group
            if e.kind == "state" and not e.adjectival and e.place is not None:
                tail = text[e.end : e.end + 40]
                e.attributive = bool(_CAPITALISED_NEXT.match(tail)) and not _PLACE_WORDS.match(tail)
            if e.kind == "state" and lex.target_nouns is not None:
                e.target_noun = e.target_noun or bool(lex.target_nouns.match(after))
                e.victim = bool(lex.victim_after and lex.victim_after.match(after)) or bool(
                    e.target_noun and _KILLED_BEFORE.search(low, max(0, e.start - 40), e.start)
                )
            out.append(e)
        return out

    def _speakers(self, ents: list[_Ent], low: str) -> list[str]:
        """Who the sentence is reported from ("Pakistan said", "according to Iran")."""
        rx = self.lex.speech
        out: list[str] = []
        for i, e in enumerate(ents):
            if e.kind not in ("state", "org") or not e.code or e.locative or e.victim:
                continue
            nxt = ents[i + 1].start if i + 1 < len(ents) else len(low)
            if low.startswith(",", e.end) and _RELATIVE_BEFORE.search(low, 0, e.start):
                continue  # "Russia, which has an alliance with Armenia, said": not Armenia
            said = rx is not None and rx.match(low[e.end : nxt])
            lo = max(0, e.start - 20)
            if said or (
                low.find("according", lo, e.start) >= 0 and _ACCORDING.search(low, lo, e.start)
            ):
                out.append(e.code)
        return out

    # ........................................................................ actors

    def _group(self, ents: list[_Ent], i: int) -> list[_Ent]:
        e = ents[i]
        if e.group < 0:
            return [e]
        return [x for x in ents if x.group == e.group]

    def _resolve(self, ents: list[_Ent], e: _Ent, *, diplomatic: bool = False) -> list[str]:
        """Codes an agentive entity stands for; [] when unknown. For a ``diplomatic`` act,
        a "the foreign ministry" the sentence does not name is the state whose diplomatic
        acts the article last told ("Bangladesh summoned the envoy ... The foreign
        ministry also lodged a protest")."""
        if e.kind in ("state", "org"):
            return [e.code] if e.code else []
        if e.kind == "dyad":
            return list(self.dyad) if self.dyad else []
        if e.kind == "anaphor":
            said = _SAID_IT.search(self._text, max(0, e.start - 60), e.start)
            if said is not None:
                # "Tehran said it ...": the sayer. A party we cannot map ("a militant
                # group said it", "Hezbollah said it") is no licence to guess a state.
                verb = said.end(1)
                for x in ents:  # "Russia, which ... with Armenia, said it": the antecedent
                    if x.end < verb and x.kind in ("state", "org") and x.code:
                        if _RELATIVE_AFTER.match(self._text, x.end):
                            return [x.code]
                for x in reversed(ents):
                    if x.end > verb or x.locative or x.victim:
                        continue
                    gap = self._text[x.end : verb]
                    if len(gap.split()) <= 3 and not any(c in gap for c in ',;"“”'):
                        if x.kind in ("state", "org"):
                            return [x.code] if x.code else []
                        if x.kind == "nonstate":
                            return []
                    break
                if said.group(1)[:1].isupper():
                    return []
            for x in reversed(ents):
                if (
                    x.end <= e.start
                    and x.kind in ("state", "org")
                    and x.code
                    and not x.locative
                    and not x.victim
                ):
                    return [x.code]
            if diplomatic and self.envoys:
                return [self.envoys[-1]]
            if self.recent:
                return [self.recent[-1]]
        return []

    def _by_actor(self, ents: list[_Ent], hits: list[_Hit]) -> list[list[_Hit]]:
        """A clause's strike triggers, one group per attacker the parse names: "with
        Cambodia firing rockets into Thailand and the Thai military scrambling jets to
        carry out airstrikes" is two strikes, not one. A trigger whose attacker the parse
        does not name stays with the group before it."""
        view = self._structure(ents) if len(hits) > 1 else None
        if view is None:
            return [hits] if hits else []
        groups: list[list[_Hit]] = []
        keys: list[frozenset[int]] = []
        for h in hits:
            found = find_actor(view, ents, h)
            key = frozenset(id(e) for e in found[0]) if found else None
            if groups and (key is None or key in keys):
                groups[keys.index(key) if key in keys else -1].append(h)
                continue
            groups.append([h])
            keys.append(key if key is not None else frozenset())
        return groups

    def _structure(self, ents: list[_Ent]) -> Structure | None:
        """The sentence's parse, made on first use and only when it names two parties or
        more: with one, the surface rules read the same roles at a fraction of the cost."""
        if self._view is False:
            parties = sum(e.kind in ("state", "org", "anaphor", "dyad") for e in ents)
            self._view = parse_sentence(self._text) if parties >= 2 else None
        return self._view  # type: ignore[return-value]

    def _actor(
        self,
        ents: list[_Ent],
        clauses: list[_Clause],
        ci: int,
        low: str,
        h: _Hit,
        *,
        fronted: bool,
        after: _Hit | None = None,
        after_actor: list[_Ent] | None = None,
    ) -> tuple[list[_Ent], str]:
        """The entities acting in hit ``h`` and how they were found.

        ``after``/``after_actor``: an earlier trigger of the clause and its actor, which a
        later verb joined by "and" shares."""
        clause = clauses[ci]
        view = self._structure(ents)
        if view is not None:
            found = find_actor(view, ents, h)
            if found is not None:
                # "Thai, Cambodian troops clash": a party brings its coordinated group
                parties, rule = found
                grouped: list[_Ent] = []
                for e in parties:
                    grouped += [x for x in self._group(ents, ents.index(e)) if x not in grouped]
                return grouped, rule
        # "strikes by Iran", "a note released by Pakistan"
        for i, e in enumerate(ents):
            if e.start >= h.end and e.start < clause.end and e.agentive:
                if _BY_AGENT.match(low[h.end : e.start]):
                    return self._group(ents, i), "by"
                break
        # a non-state attacker named inside the trigger ("Gunmen ... killed")
        for e in ents:
            if h.start <= e.start < h.end and e.kind == "nonstate":
                return [e], "nonstate"
        # a demonym or possessive right on the trigger: "in Pakistani shelling"
        for i, e in enumerate(ents):
            if (
                e.end <= h.start
                and (e.adjectival or e.possessive)
                and e.kind == "state"
                and _MODIFIER_GAP.fullmatch(low, e.end, h.start)
            ):
                return self._group(ents, i), "before"
        if _PARTICIPLE.match(low, h.start) and low[max(0, h.start - 2) : h.start] == ", ":
            # ", urging both sides to ...": the subject of the clause acts
            for i, e in enumerate(ents):
                if clause.start <= e.start < h.start and e.agentive:
                    return self._group(ents, i), "before"
        if _AND_VERB.search(low, max(0, h.start - 20), h.start):
            # "Thailand expelled the envoy and recalled its own": the verbs share a subject
            if after is not None and after_actor:
                return after_actor, "before"
            for i, e in enumerate(ents):
                if clause.start <= e.start < h.start and e.agentive and e.prep in ("", "of"):
                    return self._group(ents, i), "before"
        # the nearest party named before the trigger in the clause
        for i in range(len(ents) - 1, -1, -1):
            e = ents[i]
            if e.end > h.start or e.start < clause.start:
                continue
            if e.agentive and not _reports(low, e, h):
                return self._group(ents, i), "before"
        # a relative clause or the verb phrase after one: the antecedent
        if clause.rel or clause.after_rel:
            j = ci - 1
            while j >= 0 and clauses[j].rel and clause.after_rel:
                j -= 1
            if j >= 0:
                prev = clauses[j]
                for i in range(len(ents) - 1, -1, -1):
                    e = ents[i]
                    if prev.start <= e.start < prev.end and e.agentive:
                        return self._group(ents, i), "antecedent"
        # "During a visit to Pakistan, Iranian Foreign Minister X said"
        if fronted:
            comma = low.find(",", h.end, clause.end)
            if comma >= 0:
                for i, e in enumerate(ents):
                    if e.start > comma and e.start < clause.end and e.agentive:
                        if e.kind in ("state", "org"):
                            return self._group(ents, i), "fronted"
                        break
        return [], ""

    # ....................................................................... strikes

    def _strike(
        self,
        text: str,
        low: str,
        masked: str,
        ents: list[_Ent],
        clauses: list[_Clause],
        ci: int,
        hits: list[_Hit],
        speakers: list[str],
        src: Source,
    ) -> list[_Draft]:
        clause = clauses[ci]
        hits = [h for h in hits if not self._reference(text, masked, clause, h, ents)]
        if not hits:
            return []
        anchor = hits[0]
        best = min(hits, key=lambda h: (h.type.rank, -(h.end - h.start), h.start))
        kind = best.type.type
        # the clause and the relative clauses hanging on it
        end = clause.end
        j = ci + 1
        while j < len(clauses) and clauses[j].rel:
            end = clauses[j].end
            j += 1
        actor_ents, how = self._actor(ents, clauses, ci, low, anchor, fronted=False)
        actor_codes: list[str] = []
        explicit = how in _EXPLICIT
        for e in actor_ents:
            actor_codes += [c for c in self._resolve(ents, e) if c not in actor_codes]
        # "Armenia accused Azerbaijan of shelling ...": Armenia's claim, about Armenia
        view = self._structure(ents)
        claimants = accusers(view, ents, anchor) if view is not None else None
        alleged = claimants is not None
        if claimants:
            # whoever the accused is, the accuser did not do it
            accusing = {c for e in claimants for c in self._resolve(ents, e)}
            actor_codes = [c for c in actor_codes if c not in accusing]
        used = {id(e) for e in actor_ents}
        reciprocal = any(clause.start <= a < clause.end for a in self._reciprocal) or any(
            e.kind == "dyad" for e in actor_ents
        )
        # places the clause puts the strike in
        # "the envoy in Dhaka was summoned after shells landed in Bangladesh": a strike
        # told in a clause of its own takes no place from the main clause before it
        begin = _subordinate_start(low, clause.start, anchor.start)
        places = [
            e
            for e in ents
            if begin <= e.start < end
            and e.place is not None
            and id(e) not in used
            and (
                e.locative
                or (
                    e.start >= anchor.end
                    and _OBJECT_GAP.match(low, anchor.end, e.start) is not None
                )
            )
            and not e.attributive
            and not e.origin  # "shells fired from Myanmar": where it came from
            and (not e.adjectival or e.target_noun)
            # a government is no place hit ("..., Islamabad vows response"), unless a
            # preposition of its own governs it ("strikes in Islamabad")
            and (not e.metonym or _prep_before(low, e.start) in _PLACE_PREPS)
        ]
        # explicit targets: objects of the trigger, "into X", "on Iranian targets"
        targets: list[str] = []
        how_target = ""
        if not actor_codes:
            pair = self._between(ents, anchor, end)
            if len(pair) == 2:
                actor_codes, targets, how = [pair[0]], [pair[1]], "between"
                how_target = "object"
        taken: set[int] = set()
        for e in ents:
            if e.start < anchor.end or e.start >= end or id(e) in used or e.attributive:
                continue
            code = e.code if e.kind == "state" else e.place.country if e.place else None
            if not code or e.kind not in ("state", "place") or e.origin:
                continue
            gap = low[anchor.end : e.start]
            direct = e.kind == "state" and (
                _OBJECT_GAP.match(gap) or (e.group >= 0 and e.group in taken)
            )
            strong = e.prep in _STRONG_PREPS
            if direct or strong or (e.kind == "state" and e.target_noun and not e.locative):
                if e.group >= 0:
                    taken.add(e.group)
                if code not in targets and code not in actor_codes:
                    targets.append(code)
                    how_target = "object"
        if not targets:
            victims = [
                e.code
                for e in ents
                if clause.start <= e.start < end
                and e.code
                and (e.victim or (e.target_noun and e.start > anchor.start and e.kind == "state"))
                and id(e) not in used
            ]
            for c in victims:
                if c not in targets and c not in actor_codes:
                    targets.append(c)
                    how_target = "victims"
        if not targets:
            for e in places:
                c = e.place.country if e.place else None
                if c and c not in targets and c not in actor_codes:
                    targets.append(c)
                    how_target = "place"
        if not targets and claimants:
            for e in claimants:
                for c in self._resolve(ents, e):
                    if c not in targets and c not in actor_codes:
                        targets.append(c)
                        how_target = "accuser"
        if not targets and actor_codes and how != "nonstate":
            for c in speakers:
                if c not in actor_codes:
                    targets = [c]
                    how_target = "speaker"
                    break
        two_sided = best.type.two_sided
        if two_sided and len(actor_codes) >= 2 and not targets:
            targets = [actor_codes[1]]
            actor_codes = actor_codes[:1]
        if two_sided and not actor_codes and how != "nonstate" and targets:
            # "clashes broke out between Taliban and Iranian forces", "a Thai-Cambodia border
            # clash": a clash has two sides; the article's other main state is the second
            other = targets[1] if len(targets) > 1 else self._partner(targets[0])
            if other is not None:
                actor_codes, targets = [other], [targets[0]]
        if reciprocal or len(actor_codes) >= 2:
            if not two_sided and not (
                # a summary, unless it tells one precise place and day
                any(e.place and e.place.kind in ("city", "admin1") for e in places)
                and self._date(text, clauses, ci, strike=True)[1] == "day"
            ):
                return []
            pair = actor_codes or list(self.dyad or ())
            kind = self.lex.two_sided_type or kind
            two_sided = True
            if len(pair) >= 2:
                actor_codes, targets = [pair[0]], [pair[1]]
        actor = actor_codes[0] if actor_codes else None
        # a disputed region of no country ("in Kashmir") is not abroad
        abroad = [e for e in places if e.place is not None and e.place.country not in (actor, None)]
        if not targets and not abroad and actor and explicit and not best.type.vague:
            # "five civilians were killed in heavy Pakistani firing": a named attacker's
            # act with no place named (outside its own country) hits the other of the
            # article's two states
            partner = self._partner(actor)
            if partner is not None:
                targets, how_target = [partner], "partner"
        if not targets:
            if not places:
                return []  # no target, no place: nothing for the map, so no date or toll to read
            targets = [None]  # type: ignore[list-item]
        d, precision = self._date(text, clauses, ci, strike=True)
        count = None
        if len(targets) == 1:
            count = killed_count(text[clause.start : end])
            if count is None and len(clauses) > 1:
                # "Two soldiers were killed when troops shelled ...": the sentence's toll,
                # unless another strike of the sentence could claim it
                others = [c for c in clauses if c is not clause and self._has_strike(c)]
                if not others:
                    count = killed_count(text)
        drafts: list[_Draft] = []
        for t in targets:
            if t is None and not places:
                continue  # nothing to put on a map: "officials said the shelling began"
            place = _most_specific(
                [e.place for e in places if e.place and (e.place.country == t or t is None)]
            )
            if place is None and (how_target in ("victims", "object") or two_sided):
                place = _most_specific(
                    [
                        e.place
                        for e in places
                        if e.place and (e.place.country not in targets or e.place.country is None)
                    ]
                )
            if place is None:
                place = _most_specific(
                    [e.place for e in places if e.place and e.place.country is None]
                )
            conf = 0.4
            conf += 0.2 if explicit and actor else 0.1 if actor or how == "nonstate" else 0.0
            conf += 0.15 if t and how_target in ("object", "victims", "place") else 0.05 if t else 0
            conf += 0.15 if place and place.kind != "country" else 0.08 if place else 0.0
            conf += 0.1 if d else 0.0
            drafts.append(
                _Draft(
                    "strike",
                    kind,
                    actor,
                    t,
                    place,
                    d,
                    precision,
                    count.value if count else None,
                    min(conf, 0.95),
                    [src],
                    place_stated=place is not None,
                    alleged=alleged,
                )
            )
            if d is not None:
                self.previous = d
        return drafts

    def _between(self, ents: list[_Ent], hit: _Hit, end: int) -> list[str]:
        """ "clashes between Thai and Cambodian troops": the two sides of the act."""
        for i, e in enumerate(ents):
            if hit.end <= e.start < end and e.prep == "between":
                codes: list[str] = []
                for x in self._group(ents, i):
                    if x.kind == "state" and x.code and x.code not in codes:
                        codes.append(x.code)
                return codes
        return []

    def _has_strike(self, clause: _Clause) -> bool:
        return any(
            clause.start <= h.start < clause.end and h.type.family == "strike"
            for h in self._sentence_hits
        )

    # ................................................................... diplomatic

    def _diplomatic(
        self,
        text: str,
        low: str,
        ents: list[_Ent],
        clauses: list[_Clause],
        ci: int,
        hits: list[_Hit],
        speakers: list[str],
        src: Source,
    ) -> list[_Draft]:
        clause = clauses[ci]
        agreed = [h for h in hits if h.type.closes_clause]
        if agreed:  # "agreed to de-escalate and allow their ambassadors to return": one act
            first = agreed[0].start
            hits = [h for h in hits if h.start < first or h is agreed[0]]
        acts = [h for h in hits if not h.type.accompanies]
        if acts:  # "summoned the envoy to lodge a protest": the protest is the summons
            hits = [h for h in hits if not h.type.accompanies or h.start < acts[0].start]
        seen: set[str] = set()
        out: list[_Draft] = []
        prev_hit: _Hit | None = None
        prev_actor: list[_Ent] | None = None
        for h in hits:
            kind = h.type.type
            if kind in seen:
                continue
            seen.add(kind)
            actor_ents, how = self._actor(
                ents, clauses, ci, low, h, fronted=True, after=prev_hit, after_actor=prev_actor
            )
            # "a Thai patrol visited the site": soldiers are no diplomats; "the two
            # countries" do not mediate between themselves
            actor_ents = [
                e
                for e in actor_ents
                if not (e.adjectival and e.target_noun)
                and not (h.type.third_party and e.kind == "dyad")
            ]
            prev_hit, prev_actor = h, actor_ents
            codes: list[str] = []
            for e in actor_ents:
                codes += [c for c in self._resolve(ents, e, diplomatic=True) if c not in codes]
            if not codes and speakers:
                codes, how = [speakers[0]], "speaker"
            if h.joint and len(codes) < 2:
                continue  # "Pakistan pledged to": a pledge only agrees when two pledge
            if not codes:
                continue
            used = {id(e) for e in actor_ents}
            after = [
                e
                for e in ents
                if e.start >= h.start
                and e.start < clause.end
                and id(e) not in used
                and e.kind in ("state", "place", "org", "dyad")
            ]
            d, precision = self._date(text, clauses, ci)
            pairs = self._diplomatic_parties(kind, h, codes, after, low, speakers)
            for actor, target, place in pairs:
                if place is None:
                    place = _venue(ents, clause, low, h.end)
                conf = 0.45
                conf += 0.2 if how in _EXPLICIT or how == "fronted" else 0.1
                conf += 0.1 if target else 0.0
                conf += 0.1 if place else 0.0
                conf += 0.1 if d else 0.0
                out.append(
                    _Draft(
                        "diplomatic",
                        kind,
                        actor,
                        target,
                        place,
                        d,
                        precision,
                        None,
                        min(conf, 0.95),
                        [src],
                        place_stated=place is not None,
                    )
                )
            if d is not None and pairs:
                self.previous = d
        return out

    def _diplomatic_parties(
        self,
        kind: str,
        h: _Hit,
        codes: list[str],
        after: list[_Ent],
        low: str,
        speakers: list[str],
    ) -> list[tuple[str, str | None, Place | None]]:
        symmetric = h.type.symmetric
        rule = h.type.target
        states = [e for e in after if e.kind in ("state", "org") and e.code]
        if symmetric:
            if len(codes) >= 2:
                pair = codes[:2]
            else:
                others = [e for e in states if e.code != codes[0]]
                withs = [e for e in others if e.prep in ("with", "between")]
                first = (withs or others)[0] if others else None
                partner = first.code if first is not None else self._partner(codes[0])
                pair = [codes[0], partner] if partner else [codes[0]]
                if first is not None and first.group >= 0:
                    # "held talks with Indian and Pakistani officials": one act with each
                    partners = [e.code for e in others if e.group == first.group and e.code]
                    partners = list(dict.fromkeys(partners))
                    return [(codes[0], c, None) for c in partners]
            if len(pair) == 2 and len(codes) >= 2:
                # a joint act: who announced it, else where it is reported from, else the party the
                # article is mostly about
                first = (
                    next((c for c in speakers if c in pair), None)
                    or (self.dateline_cc if self.dateline_cc in pair else None)
                    or (self.dyad[0] if self.dyad and self.dyad[0] in pair else None)
                )
                if first and pair[0] != first:
                    pair = [pair[1], pair[0]]
            return [(pair[0], pair[1] if len(pair) > 1 else None, None)]
        out: list[tuple[str, str | None, Place | None]] = []
        for actor in codes:
            target: str | None = None
            place: Place | None = None
            others = [e for e in after if e.code != actor or e.kind == "place"]
            if rule == "destination":
                dest = next((e for e in after if e.place is not None and e.code != actor), None)
                if dest is None:
                    dest = next((e for e in after if e.place is not None), None)
                if dest is not None and dest.place is not None:
                    target = dest.place.country
                    if dest.place.kind == "city":
                        place = dest.place
                    elif target:
                        place = self.geo.capital(target)
                if target == actor:
                    target = None
            elif rule == "addressee":
                named = {e.code for e in others if e.kind in ("state", "org") and e.code}
                # "urged both sides to ...": addressed to the two, not to one of them
                both = any(e.kind == "dyad" for e in after)
                if len(named) == 1 and not both and not any(e.group >= 0 for e in others):
                    target = named.pop()
            else:
                target = next(
                    (e.code for e in others if e.kind in ("state", "org") and e.code), None
                )
                if target is None and rule == "counterpart":
                    target = self._partner(actor)
            out.append((actor, target, place))
        return out

    # .......................................................................... dates

    def _date(
        self, text: str, clauses: list[_Clause], ci: int, *, strike: bool = False
    ) -> tuple[date | None, str | None]:
        """The clause's own date; without one, that of the nearest earlier clause."""
        key = (ci, self.previous, strike)
        if key not in self._dates:
            self._dates[key] = self._clause_date(text, clauses, ci, strike)
        return self._dates[key]

    def _clause_date(
        self, text: str, clauses: list[_Clause], ci: int, strike: bool = False
    ) -> tuple[date | None, str | None]:
        """For a strike, a date that follows a reporting verb ("officials said on
        Wednesday") dates the report, not the strike, and does not count."""
        pub = self.published
        for j in range(ci, -1, -1):
            c = clauses[j]
            if j != ci and c.rel:
                continue  # "Malaysia, which chairs ASEAN this year, offered ..."
            # a clause's dates depend on it and ``previous`` only: read them once for the
            # strike and the diplomatic readings and for the later clauses that look back
            key = (j, self.previous)
            found = self._found.get(key)
            if found is None:
                found = self._found[key] = find_dates(
                    text[c.start : c.end],
                    published=pub,
                    previous=self.previous,
                    year_hint=self.year_hint,
                )
            if not found:
                continue
            best, rank = None, (9, 9)
            for m in found:
                if m.date is None or m.precision is None:
                    continue
                if strike and _REPORTED_ON.search(text, c.start, c.start + m.start):
                    continue
                if _NOT_WHEN.search(text, c.start, c.start + m.start):
                    continue  # "the worst fighting since 2020"
                r = (_PRECISION_ORDER[m.precision], 0 if m.kind == "absolute" else 1)
                if r < rank:
                    best, rank = m, r
            if best is not None:
                return best.date, best.precision
            # "over the weekend", "last week": a time the text gives but does not fix,
            # which is not the report's own day either
            return None, VAGUE if any(m.kind == "vague" for m in found) else None
        return None, None

    # ....................................................................... context

    def _remember(self, ents: list[_Ent], speakers: list[str], drafts: list[_Draft]) -> None:
        subject = next(
            (e.code for e in ents if e.kind in ("state", "org") and e.code and e.agentive), None
        )
        # the sentence's subject last: what a following "the ministry" most likely means
        for code in [*(d.actor for d in drafts), *speakers, subject]:
            if code:
                self.recent.append(code)
        del self.recent[:-12]
        self.envoys += [d.actor for d in drafts if d.family == "diplomatic" and d.actor]


# ----------------------------------------------------------------------- helpers


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


#: a conjunction that opens a clause telling another event: "summoned ... after shells
#: landed", "protested when troops fired"
_SUBORDINATE = re.compile(r"\b(?:after|when|as|while|because|since|following)\s")


def _subordinate_start(low: str, lo: int, hi: int) -> int:
    """Where the last subordinate clause opened between ``lo`` and ``hi`` starts (``lo``
    when none did).

    >>> _subordinate_start("the envoy was summoned after shells landed", 0, 34)
    23
    """
    found = lo
    for m in _SUBORDINATE.finditer(low, lo, hi):
        found = m.start()
    return found


#: a reporting verb: what follows it is what someone said
_REPORTING = re.compile(r"\b(?:said|says|say|told|reported|reports|announced|added|stated)\b")


def _reports(low: str, e: _Ent, h: _Hit) -> bool:
    """ "The Thai health ministry said 11 civilians were killed in a rocket strike": the
    one who reports a strike, with a reporting verb between, is not who struck."""
    return e.kind in ("state", "org") and _REPORTING.search(low, e.end, h.start) is not None


def _own_place(ents: list[_Ent], clause: _Clause, h: _Hit) -> bool:
    """ "The shelling of border villages in Surin province ...": a definite strike noun
    that names its own place tells an event, not a reference back to one."""
    return any(
        h.end <= e.start < min(clause.end, h.end + 60)
        and e.place is not None
        and e.locative
        and e.place.kind != "country"
        for e in ents
    )


def _kin(kind: str) -> str:
    """Entity kinds that may be coordinated ("the United States and the EU")."""
    return "party" if kind in ("state", "org") else kind


#: where a diplomatic act's clause turns to what it is about: "protested to Myanmar over
#: the shell that landed in Mae Sot" (Mae Sot is not where the protest was made)
_ABOUT = re.compile(r"\b(?:over|after|following|about|regarding|concerning)\s")


def _venue(ents: list[_Ent], clause: _Clause, low: str, after: int) -> Place | None:
    """ "met in Doha", "shook hands ... in Islamabad": a city the clause puts it in,
    before it turns (``after`` the trigger) to what the act is about."""
    about = _ABOUT.search(low, after, clause.end)
    end = about.start() if about else clause.end
    for e in ents:
        if (
            clause.start <= e.start < end
            and e.place is not None
            and e.place.kind == "city"
            and e.locative
            and e.prep in ("in", "at")
        ):
            return e.place
    return None
