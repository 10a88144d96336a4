"""Who says a quote, and what position it states (the quotes ``quotes`` finds).

"'This is a reckless provocation,' the foreign minister said": the quote states the
position of the state whose official says it, named after the quote in its sentence
(or in the next, for a quote its sentence does not close) or right before it. The
sayer must be an official of a state: a state named with an office, a person
``people`` knows, "the ministry" of the party named last; an analyst, a resident or a
coach speaks for no state. The position is toward the state the quote names, else one
its sentence names, else the attacker of the last strike on the sayer's state, else,
for a quote about an act between states, the article's other main state.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from .context import ArticleView
from .people import _last, people_of
from .quotes import speech_spans
from .records import _Draft, _Ent, _Hit
from .sentence import SentenceView
from .text import SAID_VERBS, _norm
from .when import act_date, first_day

__all__ = [
    "claimant_before",
    "continued_days",
    "read_quoted",
    "sayer_of_a_reported_violation",
    "sayer_of_the_setting",
]


#: a speech verb after a quote, then its sayer ('..." said the foreign minister'), or
#: the sayer, then the verb ('..." the ministry said'), a stray comma between them
#: allowed ('..." Foreign Minister Ana Ruiz, said')
_SAYER_AFTER = re.compile(
    rf"[\s,]*(?:(?:{SAID_VERBS})\s+(?P<after>[^,.;:\"\u201c\u201d]{{1,80}}?)(?=[,.;:]|\s+(?:on|in|at|during|after|of|to|when|as|late|early)\b|\s*$)"
    rf"|(?P<before>[^,.;:\"\u201c\u201d]{{1,80}}?),?\s+(?:{SAID_VERBS})\b)"
)
#: the sayer, then a speech verb, right before a quote ('The ministry said: "...')
_SAYER_BEFORE = re.compile(
    rf"(?P<who>[^,.;:\"\u201c\u201d]{{1,80}}?)\s+(?:{SAID_VERBS}|told\s+[a-z]+)"
    r"(?:\s+(?:on|in)\s+[\w ]{1,20}?)?\s*[,:]?\s*$"
)
#: right after a state in a sayer: its office ("'s foreign ministry", " government
#: spokesman"), or nothing ("Peru said")
_OFFICE_WORDS = re.compile(r"\b(?:ministry|government|office|presidency|cabinet|department)\b")
#: a sayer that names its office by no state: "the ministry", "the government"
_ANAPHOR_OFFICE = re.compile(r"^\s*the\s+(?:[a-z-]+\s+)?(?:ministry|government|presidency)\s*$")
_PRONOUN = re.compile(r"^\s*(?:he|she)\s*$", re.I)


def read_quoted(view: SentenceView, previous: date | None, told: list[_Draft]) -> list[_Draft]:
    """The statements the quotes of ``view`` tell, one per sayer; not one its sentence
    already tells (``told``)."""
    out: list[_Draft] = []
    low = view.low
    for h in view.quoted:
        span = next(((a, b) for a, b in speech_spans(low, view.masked) if a <= h.start < b), None)
        if span is None:
            continue
        actor = _sayer(view, span)
        if actor is None:
            continue
        said = _statement_of_the_appeal(told, actor, h)
        if said is not None:  # the sentence's statement is this appeal
            said.type = h.type.type
            continue
        if any(d.family == "diplomatic" and d.actor == actor for d in (*told, *out)):
            continue
        target = None if _to_both(view, span, actor, h) else _addressed(view, span, actor)
        if target is None and h.type.target != "addressee":
            continue  # an appeal may be to both sides; a position is toward someone
        ci = next((i for i, c in enumerate(view.clauses) if c.start <= h.start < c.end), 0)
        d, precision = act_date(view, ci, previous, at=h.start)
        conf = 0.65 + (0.1 if d else 0.0)
        out.append(
            _Draft(
                h.type.family,
                h.type.type,
                actor,
                target,
                None,
                d,
                precision,
                None,
                conf,
                [view.source],
                place_stated=False,
            )
        )
    return out


def _statement_of_the_appeal(told: list[_Draft], actor: str, h: _Hit) -> _Draft | None:
    """The statement of the quote's sayer that its sentence tells, when the quote is an
    appeal: "'We urge both neighbours to avoid any escalation,' the ministry said in a
    statement" is one appeal, no bare statement."""
    if h.type.target != "addressee":
        return None
    said = next((d for d in told if d.actor == actor and d.type == "statement"), None)
    return said if said is not None and said.family == h.type.family else None


def _to_both(view: SentenceView, span: tuple[int, int], actor: str, h: _Hit) -> bool:
    """Whether a quoted appeal is made to two states at once, so to no one of them:
    "'We call on both Peru and Ecuador to show restraint,' the minister said"."""
    if h.type.target != "addressee":
        return False
    a, b = view.start + span[0], view.start + span[1]
    return len([c for c in _codes_in(view.facts, a, b) if c != actor]) >= 2


def _sayer(view: SentenceView, span: tuple[int, int]) -> str | None:
    """The state whose official says the quote: named after it in its sentence (or in
    the next, for a quote the sentence does not close), else right before it."""
    facts = view.facts
    text = facts.article.text
    a, b = span
    start = view.start + b
    end = view.end
    if b >= len(view.text.rstrip()) - 1:  # unclosed: the sayer follows the closing quote
        nxt = _next_sentence(facts, view.end)
        if nxt is not None:
            close = re.search(r"[\"\u201d]", text[nxt[0] : nxt[1]])
            if close is not None:
                start, end = nxt[0] + close.end(), nxt[1]
    m = _SAYER_AFTER.match(text, start, end)
    if m is not None:
        who = "after" if m.group("after") else "before"
        return _speaks_for(view, m.start(who), m.end(who))
    m = _SAYER_BEFORE.search(text, view.start, view.start + a)
    if m is not None and not text[view.start : view.start + a].strip().endswith(('"', "\u201d")):
        return _speaks_for(view, m.start("who"), m.end("who"))
    return None


def _next_sentence(facts: ArticleView, end: int) -> tuple[int, int] | None:
    for s in facts.article.sentences:
        if s.start >= end:
            return s.start, s.end
    return None


def _speaks_for(view: SentenceView, a: int, b: int) -> str | None:
    """The state a sayer (article offsets ``a``..``b``) is an official of: a state named
    with an office ("Armenia's foreign ministry", "Latvian Foreign Minister Kristaps
    Mets"), a known official ("Vardanyan", "he"), "the ministry" of the party named last,
    or an office of no state in a story filed from a state; None for anyone else (an
    analyst, a resident, a coach)."""
    facts = view.facts
    lex = facts.lexicon
    text = facts.article.text
    phrase = text[a:b]
    low = phrase.lower()
    if lex.unofficial is not None and lex.unofficial.search(low):
        return None
    for _, end, code in _states_in(facts, a, b):
        rest = text[end:b].lower()
        office = lex.person_office
        if (
            rest.strip(" '\u2019s") == ""
            or _OFFICE_WORDS.search(rest)
            or (office is not None and office.search(rest))
        ):
            return code
        return None
    for e in view.ents:  # "the OAS said"
        if e.kind == "org" and e.code and a <= view.start + e.start < b:
            return e.code
    people = people_of(facts)
    if people.rx is not None:
        found = people.rx.search(phrase)
        if found is not None:
            return people.names[found.group()]
    if _PRONOUN.match(phrase):
        before = None
        for s in facts.article.sentences:
            if s.start >= view.start:
                break
            before = s
        return people.subjects.get(before.start) if before is not None else None
    if _ANAPHOR_OFFICE.match(low):
        if view.envoys:
            return view.envoys[-1]
        return view.recent[-1] if view.recent else None
    if lex.official is not None and lex.official.search(low):
        return facts.dateline_country
    return None


def _addressed(view: SentenceView, span: tuple[int, int], actor: str) -> str | None:
    """Whom a quoted position is toward: a state the quote names, else one its sentence
    names, else the attacker of the last strike on the sayer's state, else (for a quote
    about an act between states) the article's other main state."""
    facts = view.facts
    a, b = view.start + span[0], view.start + span[1]
    text = facts.article.text
    inside = _states_in(facts, a, b)
    attackers = {x for x, _ in view.struck if x}
    # "the death of a Guatemalan at the hands of a Belizean patrol": the attacker named
    others = [(x, c) for x, _, c in inside if c != actor]
    named = next((c for x, c in others if _AGENT_BEFORE.search(text, max(a, x - 20), x)), None)
    named = named or next((c for _, c in others if c in attackers), None)
    named = named or next((c for _, c in others), None)
    if named:
        return named
    home = facts.lexicon.quoted_home
    if home is not None and home.search(view.low, span[0], span[1]):
        return None  # "the opposition march is a provocation": about home affairs
    outside = _codes_in(facts, view.start, a) + _codes_in(facts, b, view.end)
    named = next((c for c in outside if c != actor), None)
    if named:
        return named
    struck = next((x for x, t in reversed(view.struck) if t == actor and x and x != actor), None)
    if struck:
        return struck
    about = facts.lexicon.armed
    quote = view.low[span[0] : span[1]]
    if (about is not None and about.search(quote)) or _BETWEEN_STATES.search(quote):
        return facts.partner(actor)
    return None


#: right before the one who acted: "by", "at the hands of"
_AGENT_BEFORE = re.compile(r"\b(?:by|hands\s+of)\s+(?:(?:the|a|an)\s+)?$")
#: a quote about an act between states, with no word of war in it
_BETWEEN_STATES = re.compile(
    r"\b(?:provocation|aggression|sovereignty|airspace|territory|border|incursion|attack|"
    r"apology|act of war)\b"
)


def _codes_in(facts: ArticleView, a: int, b: int) -> list[str]:
    """The states named in article text ``a``..``b``, in order: by a resolved mention or
    by a demonym ("Eritrean forces")."""
    return [c for _, _, c in _states_in(facts, a, b)]


def _states_in(facts: ArticleView, a: int, b: int) -> list[tuple[int, int, str]]:
    found: dict[int, tuple[int, int, str]] = {}
    for k in range(bisect_left(facts.starts, a), len(facts.mentions)):
        m = facts.mentions[k]
        if m.start >= b:
            break
        code = facts.codes[k]
        if code:
            found[m.start] = (m.start, m.end, code)
    text = facts.article.text
    for w in _CAPITALISED.finditer(text, a, b):
        if w.start() not in found:
            demonym = facts.geo.demonym(w.group())
            if demonym:
                found[w.start()] = (w.start(), w.end(), demonym[0])
    out: list[tuple[int, int, str]] = []
    for start in sorted(found):
        if found[start][2] not in (c for _, _, c in out):
            out.append(found[start])
    return out


_CAPITALISED = re.compile(r"(?<![\w'-])[A-Z][a-z]{2,}(?![\w'-])")


#: a speech verb that reports a clause: "said", "told reporters that"
_REPORTING = re.compile(r"\b(?:said|says|stated|insisted|told\s+(?:the\s+)?[a-z]+)\s+(?:that\s+)?")
#: between a sayer and its verb: a title and a name ("'s foreign minister", " Rosa")
_SAYER_GAP = re.compile(r"(?:'s?)?(?:\s+[A-Za-z.'-]+){0,6}\s+")


def sayer_of_a_reported_violation(view: SentenceView, h: _Hit) -> list[_Ent]:
    """ "Quintela told reporters that the Chilean raid violated Peru's sovereignty": a
    violation of sovereignty told in a clause a party reports is the sayer's position,
    not one of the party whose act it judges."""
    if not h.type.stance or not view.low.startswith(("violat", "breach"), h.start):
        return []
    verb = _last(_REPORTING.finditer(view.low, 0, h.start))
    if verb is None:
        return []
    before = [
        e
        for e in view.ents
        if e.end <= verb.start() and e.kind in ("state", "org") and e.agentive and e.code
    ]
    if before and _SAYER_GAP.fullmatch(view.text, before[-1].end, verb.start()):
        return [before[-1]]
    return []


#: a sentence carried on by its subject's pronoun: "He described the attack as ..."
_CARRIED_ON = re.compile(r"\s*(?:He|She)\b")


def continued_days(facts: ArticleView, drafts: list[_Draft]) -> None:
    """ "President Kebir chaired a security council on Tuesday evening. He described the
    attack as an outrage": a diplomatic act told by the pronoun of a person the sentence
    before had as its subject, naming no day of its own, takes the day that sentence (or
    the one its own pronoun carries on from) gives."""
    people = people_of(facts)
    if not people.subjects:
        return
    sentences = facts.article.sentences
    starts = [s.start for s in sentences]
    for d in drafts:
        if d.family != "diplomatic" or d.date is not None or d.precision is not None:
            continue
        src = d.sources[0]
        i = bisect_left(starts, src.start)
        while 0 < i < len(sentences) and _CARRIED_ON.match(sentences[i].text):
            prev = sentences[i - 1]
            if prev.start not in people.subjects:
                break
            day = first_day(prev.text, _norm(prev.text), 0, facts.published, facts.year_hint)
            if day is not None:
                d.date, d.precision = day, "day"
                break
            i -= 1


#: what one side claims, rejected by the other: "dismissed the claims"
_CLAIMS = re.compile(r"\b(?:claims?|accusations?|allegations?|charges|assertions)\b")


def claimant_before(view: SentenceView, h: _Hit, actor: str) -> str | None:
    """ "General Tchimo alleged that Nigeria hosts a foreign base. Nigeria's adviser
    dismissed the claims as baseless": claims rejected with no party named are those of
    the official who was the subject of the sentence before."""
    if not _CLAIMS.search(view.low, h.start, h.end):
        return None
    people = people_of(view.facts)
    before = None
    for s in view.facts.article.sentences:
        if s.start >= view.start:
            break
        before = s
    code = people.subjects.get(before.start) if before is not None else None
    return code if code != actor else None


#: a speech verb right before a trigger that tells where it was said: "said in an
#: address to parliament", "stated during a speech to lawmakers"
_SAID_IN = re.compile(r"\b(?:said|says|stated|states|declared|declares)\s+(?:in|during)\s+\S+\s+$")


def sayer_of_the_setting(view: SentenceView, h: _Hit) -> list[_Ent]:
    """ "Lima has no grounds to keep the border shut, Chile's foreign minister said in an
    address to parliament", "Chile's foreign minister told parliament that ...": a
    statement told by where it was said is made by whoever said it, the party right
    before the speech verb, not a party its content names."""
    low = view.low
    if low.startswith(("told", "tells", "telling"), h.start):
        verb = h.start
    else:
        said = _SAID_IN.search(low, max(0, h.start - 40), h.start)
        if said is None:
            return []
        verb = said.start()
    before = [e for e in view.ents if e.end <= verb and e.kind in ("state", "org")]
    if not before or before[-1].locative:
        return []
    e = before[-1]
    if _SAYER_GAP.fullmatch(view.text, e.end, verb):
        return [e]
    # "Lima believes Quito has no case, the foreign minister told parliament": an office
    # of no state speaks for the party that opens the sentence
    first = before[0]
    if (
        _UNNAMED_OFFICE.search(view.low, max(0, verb - 40), verb)
        and not view.text[: first.start].strip()
    ):
        return [first]
    return []


#: an office right before its speech verb, with no state: ", the foreign minister "
_UNNAMED_OFFICE = re.compile(r",\s+the\s+(?:[a-z-]+\s+){0,2}?(?:minister|ministry|government)\s+$")
