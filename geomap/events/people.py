"""The people a story names: an official introduced once with a title and a state, then
named by surname or "he"/"she".

News introduces an official once ("Armenian Foreign Minister Aram Vardanyan", "Tariq
Mehmood, Pakistan's interior minister,", "Niger's military ruler, General Amadou
Tchimo") and then writes only "Vardanyan said" or "he said". ``people_of`` reads the
introductions of an article once: each name (the full name, its last word and, for a
name of three words or more, its middle words) stands for the state of the title it
came with. A name seen with two states, or with none, stands for no state. A sentence
whose subject is such a person hands the person on to a "He"/"She" opening the next.
The office words, the ranks and the words of people who speak for no state
("analyst", "former") are ``[people]`` in actors.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .context import ArticleView
from .records import _Ent
from .text import SAID_VERBS, _wordset

__all__ = ["People", "people_of", "person_entities"]

#: a capitalised word of a name ("Vardanyan", "O'Neill", "Al-Sisi"), read once from its
#: first letter: the letters before its first lower-case one, then the rest, with no
#: backtracking (a long token such as "AbAbAb..." costs one pass, not a cube of it)
_WORD = r"[A-Z](?:[^\Wa-z]|['\u2019-])*+[a-z][\w'\u2019-]*+"
_NAME_WORD = rf"(?<![\w-]){_WORD}"
#: a name: two to four capitalised words, with the particles names hold, apart ("bin
#: Nasser") or joined to the word ("al-Khatib")
_NAME = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:bin|ibn|al|el|de|da|del|van|von|ould|abu)\s+|(?:al|el)-)?{_WORD})"
    r"{1,3}"
)
#: words that start a capitalised run but are no name ("The", "He", months ...)
_NOT_NAMES = _wordset(
    """The A An He She It They We This That These Those His Her Their Its But And On In At
    For Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December"""
)
#: particles of a name, never a name by themselves
_PARTICLES = frozenset(("bin", "ibn", "al", "el", "de", "da", "del", "van", "von", "ould", "abu"))
#: between a state and its office: "'s", " the", modifiers ("interim", "top")
_STATE_TITLE = re.compile(r"(?:['\u2019]s?)?\s+(?P<title>(?:[\w'-]+\s+){0,4}?)")
#: between an office and the name it introduces: ", ", " to the United Nations, "
_TITLE_NAME = re.compile(
    r"(?:\s+(?:to|for|of|in)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}?[A-Z][\w.-]*)?,?\s+"
)
#: a name's apposition naming its state: ", Pakistan's interior minister", ", the Afghan envoy"
_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+)?$")
#: a sentence opening with "He" or "She"
_PRONOUN = re.compile(r"\s*(He|She)\b")
#: a person saying the sentence: "..., Foreign Minister Aram Vardanyan said"
_SAYS = re.compile(rf"\s+(?:{SAID_VERBS})\b")
#: "he" or "she" right after a quote, saying it: '..." he said'
_QUOTE_PRONOUN = re.compile(rf"[\"\u201d],?\s+(he|she)\s+(?:{SAID_VERBS})\b")


@dataclass(frozen=True)
class People:
    """Who an article's names and pronouns stand for."""

    #: a name (full, last word, middle words) -> its state; no entry for a name of no
    #: state or of two states
    names: dict[str, str] = field(default_factory=dict)
    #: any of ``names`` as a whole word
    rx: re.Pattern[str] | None = None
    #: article offsets of each word of a name in an introduction that names its state
    #: (the state is there already)
    introduced: frozenset[int] = frozenset()
    #: per sentence start, the state of the person who is its subject
    subjects: dict[int, str] = field(default_factory=dict)
    #: names whose office commands forces
    commanders: frozenset[str] = frozenset()
    #: "the minister", "the foreign minister": an office (and its last word) that one
    #: named official of one state holds, as the title alone names it later
    titles: re.Pattern[str] | None = None
    #: the state of each office ``titles`` reads
    title_states: dict[str, str] = field(default_factory=dict)


def people_of(facts: ArticleView) -> People:
    """The article's people, read once and kept on ``facts``."""
    found = facts.seen_people.get("people")
    if found is None:
        found = _read_people(facts)
        facts.seen_people["people"] = found
    return found


def _read_people(facts: ArticleView) -> People:
    text = facts.article.text
    lex = facts.lexicon
    office_rx = lex.person_office
    if office_rx is None or not _NAME.search(text):
        return People()
    states: dict[str, set[str | None]] = {}
    commanders: set[str] = set()
    introduced: set[int] = set()
    # per office, the states that name it with no name ("Chad's president") and with one
    offices: dict[str, set[str]] = {}
    held: dict[str, set[str]] = {}
    named: list[tuple[int, int, str, str | None]] = []  # name span, office, state
    for m, code in zip(facts.mentions, facts.codes, strict=True):
        if not code:
            continue
        got = _title_then_name(text, m.end, office_rx) or _name_then_title(text, m.start, m.end)
        if got is None:
            office = _office_after(text, m.end, office_rx)
            if office:  # "Chad's president": the office is this state's
                offices.setdefault(office, set()).add(code)
            continue
        a, b, title = got
        office = _office_in(title, office_rx)
        if office is None:
            continue
        former = _FORMER.search(text[max(0, m.start - 12) : m.start] + " " + title)
        held.setdefault(office, set()).add(code)
        named.append((a, b, office, None if former else code))
        introduced.update(w.start() + a for w in re.finditer(r"\S+", text[a:b]))
    # "President Idris Kebir": an office with no state, of the one state the article
    # names that office of with no name ("Chad's president"), and of no other
    for tm in _bare_titles(office_rx).finditer(text):
        title = tm.group("title")
        office = _office_in(title, office_rx)
        if office is None or any(a <= tm.start("name") < b for a, b, _, _ in named):
            continue
        if _FORMER.search(text[max(0, tm.start() - 12) : tm.start()] + title):
            continue
        owners = offices.get(office, set()) | held.get(office, set())
        code = next(iter(owners)) if len(owners) == 1 and offices.get(office) else None
        if not owners and lex.official is not None and lex.official.fullmatch(office):
            # "QUITO - Foreign Minister Jorge Urrutia said": of the state the
            # story was filed from, as the office alone is (``official_of_filing_state``)
            code = facts.dateline_country
        named.append((tm.start("name"), tm.end("name"), office, code))
    command = lex.person_command
    for a, b, office, code in named:
        name = text[a:b]
        first_named = bool(code and lex.first_named and lex.first_named.fullmatch(code))
        for key in _keys(name, lex.family_first, first_named=first_named):
            states.setdefault(key, set()).add(code)
            if command is not None and code and command.fullmatch(office):
                commanders.add(key)
    names = {k: next(iter(v)) for k, v in states.items() if len(v) == 1 and None not in v}  # type: ignore[misc]
    places = {m.text for m in facts.mentions}
    names = {k: v for k, v in names.items() if k not in places}
    if not names:
        return People()
    alternation = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w'-])(?:{alternation})(?![\w-])")
    title_states = _offices_of_one_state(named, offices)
    people = People(
        names,
        rx,
        frozenset(introduced),
        {},
        frozenset(commanders & set(names)),
        _the_title(title_states),
        title_states,
    )
    _subjects(facts, people)
    return people


def _bare_titles(office_rx: re.Pattern[str]) -> re.Pattern[str]:
    """An office with no state before a name: "President Idris Kebir", "Foreign Minister
    Jorge Urrutia" (the title's words capitalised, the last an office)."""
    found = _BARE.get(office_rx.pattern)
    if found is None:
        office = rf"(?=[A-Z])(?i:{office_rx.pattern})"
        found = re.compile(
            rf"(?<![\w'\u2019-])(?P<title>(?:[A-Z][\w-]*\s+){{0,2}}?{office})\s+"
            rf"(?:{_RANK.pattern})?(?P<name>{_NAME.pattern})"
        )
        _BARE[office_rx.pattern] = found
    return found


_BARE: dict[str, re.Pattern[str]] = {}


def _title_then_name(
    text: str, end: int, office_rx: re.Pattern[str]
) -> tuple[int, int, str] | None:
    """ "Armenian Foreign Minister Aram Vardanyan", "Niger's military ruler, General Amadou
    Tchimo", "Bolivia's envoy to the United Nations, Sacha Villca": the name after a
    state's title, with the title."""
    m = _STATE_TITLE.match(text, end)
    if m is None:
        return None
    # the shortest title that ends in an office, then the name
    words = list(re.finditer(r"[\w'-]+", text[end : end + 80]))
    for w in words[:5]:
        if _NOT_TITLE.fullmatch(w.group().lower()):
            return None  # "Chilean troops fired on President X": no title runs on
        stop = end + w.end()
        if _BREAK.search(text, end, stop):
            return None  # "Ecuadorian fishermen, Foreign Minister X": a title of its own
        title = text[m.start("title") : stop]
        if not office_rx.fullmatch(w.group().lower()) and not _ends_in_office(title, office_rx):
            continue
        t = _TITLE_NAME.match(text, stop)
        if t is None:
            continue
        pos = _after_rank(text, t.end())
        n = _NAME.match(text, pos)
        if n is None and not text[stop:pos].strip():
            n = _lone_name(text, pos, office_rx)
        if n is None or n.group().split()[0] in _NOT_NAMES:
            continue
        return n.start(), n.end(), title
    return None


#: a name of one word after a title, "Japanese Foreign Minister Takeda said": one
#: capitalised word, not the first of a longer run of them
_LONE_NAME = re.compile(rf"{_NAME_WORD}(?=\s+[a-z]|\s*[,.;:!?]|$)")
#: capitalised words after a title that name a body, not a person ("the Ukrainian
#: ambassador to the Foreign Ministry")
_BODIES = _wordset(
    """Ministry Office Council Government Embassy Department Army Forces Force Navy Police
    Parliament Assembly Committee Commission Cabinet Agency Service Services Guard Command
    Presidency Palace House"""
)


def _lone_name(text: str, pos: int, office_rx: re.Pattern[str]) -> re.Match[str] | None:
    """ "Japanese Foreign Minister Takeda said": a one-word name right after its title
    (no "to the ..." between), which is neither a body nor an office."""
    n = _LONE_NAME.match(text, pos)
    if n is None or n.group() in _BODIES or office_rx.fullmatch(n.group().lower()):
        return None
    return n


def _offices_of_one_state(
    named: list[tuple[int, int, str, str | None]], offices: dict[str, set[str]]
) -> dict[str, str]:
    """The offices, and the last word of each ("minister" of "foreign minister"), that
    named officials of one state alone hold, no other state's office of that word named
    in the article ("Kenyan Foreign Minister Grace Wanjala ... The minister said")."""
    states: dict[str, set[str | None]] = {}
    for _, _, office, code in named:
        for key in {office, office.split()[-1]}:
            states.setdefault(key, set()).add(code)
    for office, codes in offices.items():
        for key in {office, office.split()[-1]}:
            states.setdefault(key, set()).update(codes)
    return {k: next(iter(v)) for k, v in states.items() if len(v) == 1 and None not in v}  # type: ignore[misc]


def _the_title(title_states: dict[str, str]) -> re.Pattern[str] | None:
    """ "the minister", "The foreign minister": one of ``title_states``' offices after
    "the" and at most two words in lower case, not the office of a state named after it
    ("the president of Peru")."""
    if not title_states:
        return None
    alternation = "|".join(re.escape(k) for k in sorted(title_states, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])[Tt]he\s+(?:[a-z-]+\s+){{0,2}}?(?P<office>(?i:{alternation}))"
        r"(?![\w-])(?!\s+(?:of|to|for)\s)"
    )


#: a word no title holds: a verb, a preposition, an article, a conjunction
_NOT_TITLE = re.compile(
    r"(?!acting$)[a-z]+(?:ed|ing)|said|says|told|met|meets|and|or|but|on|to|at|with|by|from|"
    r"in|of|the|a|an|who|which|that|has|had|have|is|was|were|are|will|would"
)


#: an office no longer held: "former Peruvian foreign minister", "ex-President"
_FORMER = re.compile(r"\b(?:former|ex)\b", re.I)
_BREAK = re.compile(r"[,.;:()]")


def _ends_in_office(title: str, office_rx: re.Pattern[str]) -> bool:
    low = title.lower().strip()
    return any(m.end() == len(low) for m in office_rx.finditer(low))


def _name_then_title(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """ "Tariq Mehmood, Pakistan's interior minister,": a name whose apposition names its
    state and office; the title is read by the caller's office test."""
    head = text[max(0, start - 60) : start]
    if not _APPOSITION.search(head):
        return None
    comma = head.rfind(",")
    before = head[:comma]
    n = _last(_NAME.finditer(before))
    if n is None or n.end() != len(before) or n.group().split()[0] in _NOT_NAMES:
        return None
    title = _STATE_TITLE.match(text, end)
    tail = text[end : end + 50]
    stop = re.search(r"[,.;]", tail)
    title_text = tail[: stop.start()] if stop else tail
    if title is None:
        return None
    off = max(0, start - 60)
    return off + n.start(), off + n.end(), title_text.lstrip("'\u2019s ")


def _office_after(text: str, end: int, office_rx: re.Pattern[str]) -> str | None:
    """ "Chad's president", "the Chadian president": the office a state's title names."""
    m = re.match(r"(?:['\u2019]s)?\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", text[end : end + 50])
    return _office_in(m.group(1), office_rx) if m else None


def _office_in(title: str, office_rx: re.Pattern[str]) -> str | None:
    """The last office a title names, lower case: "Foreign Minister" -> "foreign minister"."""
    low = title.lower()
    last = _last(office_rx.finditer(low))
    return last.group() if last else None


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of a regex's matches, or None."""
    last = None
    for last in found:  # noqa: B007
        pass
    return last


def _after_rank(text: str, pos: int) -> int:
    """Past a rank before a name ("General", "Dr.")."""
    m = _RANK.match(text, pos)
    return m.end() if m else pos


_RANK = re.compile(
    r"(?:(?:Lieutenant|Lt\.|Major|Maj\.|Brigadier|Brig\.|Field)\s+)?"
    r"(?:General|Gen\.|Colonel|Col\.|Admiral|Adm\.|Marshal|Captain|Capt\.|Dr\.?|Mr\.?|Mrs\.|Ms\."
    r"|Sheikh|Prince)\s+"
)


def _keys(
    name: str, family_first: re.Pattern[str] | None = None, *, first_named: bool = False
) -> list[str]:
    """The ways a later sentence names a person: the full name, its last word, and the
    middle words of a longer one ("Jorge Urrutia Velasco" is also "Urrutia"); a family
    name written first (``family_first``: "Wang Jun" is "Wang"), or the first word of
    a name of a state whose people news names so (``first_named``: "Abiy"); the forms
    of a name with a particle (``_particle_keys``).

    >>> _keys("Jorge Urrutia Velasco")
    ['Jorge Urrutia Velasco', 'Velasco', 'Urrutia']
    >>> _keys("Wang Jun", re.compile("Wang|Li"))
    ['Wang Jun', 'Jun', 'Wang']
    """
    words = [w for w in name.split() if w.lower() not in _PARTICLES]
    keys = [name, words[-1]]
    keys += [w for w in words[1:-1] if len(w) > 2]
    if first_named or (
        family_first is not None and len(words) <= 3 and family_first.fullmatch(words[0])
    ):
        keys.append(words[0])
    keys += _particle_keys(name)
    return [k for k in dict.fromkeys(keys) if k not in _NOT_NAMES]


def _particle_keys(name: str) -> list[str]:
    """How news shortens a name with a particle: "Fadi al-Khatib" is "Khatib" or
    "Al-Khatib", "Paulo de Almeida" is "De Almeida", "Khalid bin Nasser" is "Prince
    Khalid" (his first name).

    >>> _particle_keys("Fadi al-Khatib")
    ['Khatib', 'Al-Khatib', 'al-Khatib']
    >>> _particle_keys("Paulo de Almeida")
    ['de Almeida', 'De Almeida']
    >>> _particle_keys("Khalid bin Nasser")
    ['Khalid']
    """
    words = name.split()
    keys: list[str] = []
    for w in words:
        joined = re.fullmatch(r"(?i:al|el)-(\w.*)", w)
        if joined:
            rest = joined.group(1)
            keys += [rest, f"{w[:2].capitalize()}-{rest}", f"{w[:2].lower()}-{rest}"]
    for i, w in enumerate(words[1:-1], 1):
        if w in ("bin", "ibn"):
            keys.append(words[0])
        elif w.lower() in _PARTICLES and i == len(words) - 2:
            keys += [f"{w.lower()} {words[-1]}", f"{w.capitalize()} {words[-1]}"]
    return keys


def _subjects(facts: ArticleView, people: People) -> None:
    """Per sentence, the state of the person who opens it as its subject ("Vardanyan
    spoke ...", "Armenian Foreign Minister Aram Vardanyan spoke ...", a quote then
    "Vardanyan said"), handed on by a "He"/"She" that opens the next."""
    text = facts.article.text
    rx = people.rx
    last: str | None = None
    for s in facts.article.sentences:
        body = text[s.start : s.end]
        code: str | None = None
        if _PRONOUN.match(body) or _QUOTE_PRONOUN.search(body):
            code = last
        elif rx is not None:
            for m in rx.finditer(body):
                if _opens(body, m.start()) or _SAYS.match(body, m.end()):
                    code = people.names.get(m.group())
                    break
        if code is None:
            code = _title_subject(people, body)
        if code:
            people.subjects[s.start] = code
        last = code


def _title_subject(people: People, body: str) -> str | None:
    """ "The minister spoke to reporters. She accused ...": an official named by the
    office alone as the subject opening the sentence, who a "He"/"She" hands on."""
    m = people.titles.match(body) if people.titles is not None else None
    return people.title_states.get(m.group("office").lower()) if m else None


#: what may open a sentence before its subject: a fronted phrase ("Speaking in Lima,"),
#: a quote it says
_FRONTED = re.compile(
    r"\s*(?:[A-Z][\w'-]*(?:\s+[\w'-]+){0,6},\s+)?"
    r"(?:[\"\u201c][^\"\u201c\u201d]*[\"\u201d],?\s+(?:said\s+)?)?"
)


def _opens(body: str, at: int) -> bool:
    """Whether the name at ``at`` opens ``body`` as its subject: only its title stands
    before it, after a fronted phrase or a quote it says.

    >>> _opens("Speaking in Lima, President Ana Ruiz said", 27)
    True
    >>> _opens("Troops fired on a convoy, and Ruiz said", 30)
    False
    >>> _opens("Chilean troops fired on Ruiz", 24)
    False
    """
    fronted = _FRONTED.match(body, 0, at)
    words = body[fronted.end() if fronted else 0 : at].split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    return len(words) <= 5 and not any(
        _NOT_TITLE.fullmatch(w.lower().rstrip(",").removesuffix("'s")) for w in words
    )


def person_entities(
    facts: ArticleView, s0: int, text: str, masked: str, taken: list[_Ent]
) -> list[_Ent]:
    """The people of a sentence as the states they speak for: a known name outside
    quoted speech and outside the introduction that names its state, a "He"/"She"
    opening the sentence (or saying a quote) after a sentence whose subject is a person.
    Each is a state entity with ``person`` set."""
    people = people_of(facts)
    if not people.names:
        return []
    out: list[_Ent] = []
    out += _title_entities(people, text, masked, taken)
    if people.rx is not None:
        for m in people.rx.finditer(text):
            a, b = m.span()
            if masked[a] == " " or s0 + a in people.introduced:
                continue
            if any(x.start < b and a < x.end and not _inside_name(x, a, b) for x in taken):
                continue
            e = _Ent(a, b, "state", people.names[m.group()])
            e.person = True
            e.commands = m.group() in people.commanders
            out.append(e)
    state = _previous_subject(facts, s0, people)
    if state:
        p = _PRONOUN.match(text) or _QUOTE_PRONOUN.search(text)
        if p is not None:
            e = _Ent(p.start(1), p.end(1), "state", state)
            e.person = True
            out.append(e)
    return out


def _inside_name(x: _Ent, a: int, b: int) -> bool:
    """ "De Souza condemned ...": a plain place (no state) that is only a word of a
    longer known name, which the caller drops for the person."""
    return x.kind == "place" and a <= x.start and x.end <= b and b - a > x.end - x.start


def _title_entities(people: People, text: str, masked: str, taken: list[_Ent]) -> list[_Ent]:
    """ "Kenyan Foreign Minister Grace Wanjala returned on Monday. The minister accused
    Somalia of ...": an official named later by the office alone, outside quoted speech,
    speaks for the state of the one official who holds it (``People.titles``)."""
    if people.titles is None:
        return []
    out: list[_Ent] = []
    for m in people.titles.finditer(text):
        a, b = m.span()
        if masked[a] == " " or any(x.start < b and a < x.end for x in taken):
            continue
        words = text[a : m.start("office")].lower().split()[1:]
        if any(w in _TITLE_NOT_OFFICIAL for w in words):
            continue  # "the former minister"
        e = _Ent(a, b, "state", people.title_states[m.group("office").lower()])
        e.person = True
        out.append(e)
    return out


#: words that make "the ... minister" someone else than the official introduced
_TITLE_NOT_OFFICIAL = frozenset(("former", "ex", "new", "previous", "late", "deputy", "acting"))


def _previous_subject(facts: ArticleView, s0: int, people: People) -> str | None:
    """The state of the person who is the subject of the sentence before ``s0`` or, for
    a pronoun saying a quote, of this one."""
    before = None
    for s in facts.article.sentences:
        if s.start >= s0:
            break
        before = s
    if before is None:
        return None
    return people.subjects.get(before.start)
