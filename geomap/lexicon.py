"""The trigger and actor lexicons: phrase files a user can edit, compiled into matchers.

Why a module of its own:

* The words geomap looks for are data, never code: ``lexicons/triggers.toml`` (what
  makes a strike or a diplomatic event, and what cancels one) and ``actors.toml``
  (organisations, titles, non-state attackers, anaphora, victims, reporting verbs),
  extended by the folders in the environment variable ``GEOMAP_LEXICONS``. Reading and
  checking those files and compiling their small phrase language is one job;
  ``geomap.events`` only asks the compiled ``Lexicon`` where its phrases match. Apart,
  each module reads in one sitting, and loading a lexicon imports no gazetteer.
* Every run and every test process loads the lexicon, so a load costs milliseconds: it
  parses the files, checks every phrase and notes the words it may start with, but
  writes and compiles a pattern only when a sentence first has such a word. A run pays
  for the phrases its text could match, not for the whole lexicon; a ``{set}`` is
  written once, however many phrases use it.
* Matching keeps up with a thousand documents a second. Phrases are indexed by the
  first letters (stem) of the word they start with, so a sentence costs a set
  intersection, and an anchored match only where a phrase may start.

The phrase language and the index that matches it are in ``geomap.phrases``.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from .errors import InputError
from .phrases import (
    STEMS,
    Phrase,
    PhraseGroup,
    PhraseIndex,
    Syntax,
    longest_first,
    match_order,
    stem_map,
    word_regex,
    word_starts,
)

__all__ = [
    "LEXICON_DIR",
    "Lexicon",
    "Phrase",
    "PhraseIndex",
    "TriggerType",
    "load_lexicon",
    "stem_map",
]

#: where the bundled lexicons are
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
#: the event families a trigger type may belong to
FAMILIES = ("strike", "diplomatic")


# ----------------------------------------------------------------------- lexicon


class TriggerType(NamedTuple):
    """One event type of the trigger lexicon."""

    type: str
    family: str
    rank: int
    symmetric: bool
    phrases: tuple[str, ...]
    #: who the "of" after the trigger noun names: "target" ("the shelling of border
    #: villages") or "actor" ("an intrusion of Chinese ships")
    of_party: str = "target"
    #: an act that, after another one in its clause, is part of it: "summoned the envoy
    #: to lodge a protest" is one summons
    accompanies: bool = False
    #: who a diplomatic act's target is: "object" (the next party named), "destination"
    #: (the place travelled to), "addressee" (the one party addressed, if only one),
    #: "counterpart" (the next party named, else the article's other main state) or
    #: "body" (the organisation a request goes to, else the next party named)
    target: str = "object"
    #: an exchange between two sides ("clash"): summaries of both sides' acts become it,
    #: and it may be placed on either side of the line
    two_sided: bool = False
    #: too loose to stand alone with no place or target named ("attacks", "struck")
    vague: bool = False
    #: what follows it in its clause is what was agreed, not another act ("agreed to
    #: de-escalate and let their envoys return")
    closes_clause: bool = False
    #: an act of its own, never folded into another strike told in its clause ("struck
    #: the camp and shot down two jets" is a strike and a shoot-down)
    distinct: bool = False
    #: done by a third party, never by the two sides together ("both countries" is not
    #: who offers to mediate between them)
    third_party: bool = False
    #: told in the passive, its subject is the one acted on ("the envoy was summoned",
    #: "a protest was lodged with the envoy"), and the actor is named after the verb
    passive_object: bool = False
    #: announcing it is doing it: "Chile will recall its envoy" tells the decision, so a
    #: plain "will" before it does not make it a plan
    decision: bool = False
    #: armed forces may do it as well as diplomats: "the Chilean army lodged a protest"
    by_forces: bool = False
    #: only armed forces do it (an airstrike, a shelling): never crime, a riot or a fire,
    #: so it is border news even when the text names one state alone
    of_war: bool = False
    #: a team or its fans do it too ("the team's visit to Lima"): in a sentence with
    #: words of sport it is a game; every strike type is so
    in_games: bool = False
    #: the state it came from did it: "an unidentified drone entered Chilean airspace
    #: from Peru" (an incursion, not a rocket, whose launcher may be anyone)
    origin_actor: bool = False
    #: a position taken toward another party (a statement, a protest): told with no
    #: party named, it is toward the article's other main state
    stance: bool = False
    #: sent or handed to its addressee (a protest note): a sender no state names is the
    #: other of the article's two main states
    sent: bool = False
    #: an accompanying act told before it in its clause and sent to no one is part of
    #: it: "voiced concern and called for restraint" is one appeal
    absorbs_before: bool = False


#: words of a toll, not of an act: "were also killed in the clash" tells no other act
_TOLL_WORDS = r"(?:killed|wounded|injured|hurt|died|dead)\b"


class _Compiled:
    """A ``Lexicon`` rule: the regex in ``sources``, compiled the first time it is read."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, lexicon: Lexicon | None, owner: type | None = None) -> Any:
        if lexicon is None:
            return self
        source = lexicon.sources[self.name]
        rx = re.compile(source) if source else None
        lexicon.__dict__[self.name] = rx  # the instance answers from now on
        return rx


class Lexicon:
    """The trigger and actor lexicons, compiled (see ``load_lexicon``).

    The rules below are regular expressions, None where the lexicon lists no phrase."""

    #: words right before a trigger that make it no event ("will", "plans to", "denied")
    modality = _Compiled()
    #: words before a strike noun that point back at an event told elsewhere ("over the")
    reference = _Compiled()
    #: a victim noun right after a demonym ("Indian posts", "Pakistani nationals")
    target_nouns = _Compiled()
    #: ... and a verb that makes them victims ("two Indian soldiers were killed")
    victim_after = _Compiled()
    #: a reporting verb after a party ("Pakistan said", "Iran's foreign ministry claimed")
    speech = _Compiled()
    #: a reporting verb anywhere ("... news agency had reported that ...")
    speech_verb = _Compiled()
    #: a government office named with no state of its own ("Defence Minister X said")
    official = _Compiled()
    #: an office that makes a person named with a state its official ("foreign minister")
    person_office = _Compiled()
    #: ... of whom those that command forces ("defence minister", "army chief")
    person_command = _Compiled()
    #: people who speak for no state ("analyst", "journalist", "former")
    unofficial = _Compiled()
    #: family names written first ("Wang" of "Wang Jun", "Park" of "Park Min-soo")
    family_first = _Compiled()
    #: states whose officials news names by the first word of their name ("Abiy")
    first_named = _Compiled()
    #: a government's judgement told in its own words ("unacceptable", "provocation")
    quoted = _Compiled()
    #: ... about home affairs ("the opposition march"), toward no other state
    quoted_home = _Compiled()
    #: an appeal told in its own words ("we urge both sides to show restraint")
    quoted_appeal = _Compiled()
    #: where a strike came from when only the border names it ("from across the border")
    abroad = _Compiled()
    #: words of war in a sentence ("troops", "militants", "a roadside bomb"): an attack
    #: told with them is no crime, riot or fire
    armed = _Compiled()
    #: words of sport ("striker", "the World Cup"): a strike, clash or trip told with
    #: them is a game
    sport = _Compiled()
    #: words that tell a strike as one besides another told before it: anywhere before
    #: the trigger in its clause ("in another attack", "a second strike hit") or at most
    #: two words before its last word ("also shelled", "more Israeli strikes")
    another = _Compiled()
    #: ... or a word of recurrence right after its trigger: "fighting resumed", "the two
    #: armies clashed again"
    another_after = _Compiled()
    #: boats and their people at sea (the ``boats`` set): "fishermen were detained"
    #: opens on who it was done to
    boats = _Compiled()
    #: armed craft and forces (the ``intruders`` set): right after a country's name they
    #: are its own, "a US drone fired", "Russia troops shelled"
    craft = _Compiled()
    #: people who do not fire back (the ``[unarmed]`` table), right after fire that
    #: opened on them: "guards fired on villagers"
    unarmed = _Compiled()
    #: a strike one side claims or the text marks as unverified ("claimed to have shot
    #: down", "a suspected drone strike"): alleged
    unverified = _Compiled()
    #: ... of which those that also doubt the strike told before them ("..., likely
    #: carried out by Jordan", "a claim that could not be verified")
    unverified_after = _Compiled()
    #: ... of which those that say the report could not be verified, also in a later
    #: sentence ("Reuters could not independently verify the report")
    unverified_later = _Compiled()
    #: a campaign told in the perfect ("has carried out strikes ... since 2019") ...
    campaign_perfect = _Compiled()
    #: ... over a span of time
    campaign_span = _Compiled()
    #: a habit told in any tense: "at times", "from time to time"
    campaign_habit = _Compiled()

    def __init__(
        self,
        *,
        types: dict[str, TriggerType],
        triggers: PhraseIndex,
        actors: PhraseIndex,
        negative: PhraseIndex,
        reciprocal: PhraseIndex,
        denial: PhraseIndex,
        sources: dict[str, str],
        modality_window: int,
        compatible: dict[str, frozenset[str]],
        capitals: dict[str, str],
        government_seats: dict[str, str],
        organisations: frozenset[str],
        organisation_seats: dict[str, str] | None = None,
        fight: frozenset[str] = frozenset(),
        demonyms: dict[str, str] | None = None,
        quoted_type: str | None = None,
        unarmed_type: str | None = None,
        quoted_appeal_type: str | None = None,
    ) -> None:
        self.types = types
        #: the type of the act a government's words in a quote tell ("statement")
        self.quoted_type = quoted_type
        #: ... and of an appeal in a quote ("restraint appeal")
        self.quoted_appeal_type = quoted_appeal_type
        #: the type fire opened on people who do not fire back is ("strike"), no clash
        self.unarmed_type = unarmed_type
        #: trigger phrases, payload the TriggerType
        self.triggers = triggers
        #: organisations, titles, non-state, anaphoric and two-party phrases, payload
        #: (kind, code)
        self.actors = actors
        #: phrases where a trigger word is no event ("hunger strike"), no payload
        self.negative = negative
        #: summaries of both sides' strikes ("tit-for-tat"), no payload
        self.reciprocal = reciprocal
        #: words that deny or threaten what follows ("denied that"), no payload
        self.denial = denial
        #: the regular expressions of the rules, "" where there is none
        self.sources = sources
        #: how many words before a trigger ``modality`` looks at
        self.modality_window = modality_window
        #: types that may be two reports of one event
        self.compatible = compatible
        #: types of acts of one fight on the ground, compatible with each other too
        self.fight = fight
        #: capitals the gazetteer lacks, ISO code -> name
        self.capitals = capitals
        #: where a government sits when not in its capital, ISO code -> name
        self.government_seats = government_seats
        #: organisation codes ("UN", "EU", "AU" ...)
        self.organisations = organisations
        #: seats the gazetteer lacks, organisation code -> "City|CC"
        self.organisation_seats = organisation_seats or {}
        #: country adjectives the gazetteer lacks, word -> ISO code ("Philippine")
        self.demonyms = demonyms or {}
        indexes = (triggers, actors, negative, reciprocal, denial)
        #: the stems (and "prefix*" keys) some phrase starts with
        self.all_keys = frozenset().union(*(ix.keys for ix in indexes))
        self.prefix_lengths = tuple(sorted({n for ix in indexes for n in ix.prefix_lengths}))
        self._joint: dict[tuple[str, ...], dict[str, list[tuple[int, PhraseGroup]]]] = {}

    def stems(self, low: str) -> set[str]:
        """The index keys the words of ``low`` have: their stems and short prefixes."""
        stems = set(STEMS.findall(low))
        if self.prefix_lengths:
            stems |= {w[:n] + "*" for w in list(stems) for n in self.prefix_lengths if len(w) >= n}
        return stems

    def match_many(
        self,
        names: tuple[str, ...],
        low: str,
        cased: Sequence[str],
        by_stem: dict[str, list[int]],
    ) -> list[list[tuple[int, int, Phrase]]]:
        """``[getattr(self, n).matches(low, c, by_stem) for n, c in zip(names, cased)]``
        in one walk of ``by_stem``: each key is looked up once for all the phrase sets."""
        joint = self._joint.get(names)
        if joint is None:
            joint = self._joint[names] = {}
            for slot, name in enumerate(names):
                for key, groups in getattr(self, name).groups.items():
                    joint.setdefault(key, []).extend((slot, g) for g in groups)
        outs: list[list[tuple[int, int, Phrase]]] = [[] for _ in names]
        syntax: Syntax | None = None
        for key, positions in by_stem.items():
            for slot, group in joint.get(key, ()):
                rx = group.rx
                if rx is None:
                    syntax = syntax or getattr(self, names[slot]).syntax
                    rx = group.compile(syntax)
                text = cased[slot] if group.cased else low
                members = group.members
                out = outs[slot]
                for pos in positions:
                    m = rx.match(text, pos)
                    if m is not None:
                        out.append((pos, m.end(), members[m.lastindex - 1]))  # type: ignore[operator]
        for out in outs:
            if len(out) > 1:
                out.sort(key=match_order)
        return outs

    def is_modal(self, window: str) -> bool:
        """Does a modality phrase ("will", "plans to") start a word of ``window``?"""
        rx = self.modality
        if rx is None or not window:
            return False
        # ``word_starts`` written out: this runs once per trigger, where a generator
        # costs as much as the search
        m = rx.search(window)
        while m is not None:
            a, b = m.span()
            if not a or not (window[a - 1].isalnum() or window[a - 1] in "_'"):
                return True
            if b == a:  # an empty match: finditer's rules for what comes next apply
                return next(word_starts(rx, window), None) is not None
            m = rx.search(window, b)
        return False

    @property
    def two_sided_type(self) -> str | None:
        """The type a summary of both sides' strikes becomes ("clash")."""
        return next((t.type for t in self.types.values() if t.two_sided), None)

    def is_two_sided(self, name: str) -> bool:
        """Whether the type ``name`` is an exchange between two sides (a clash)."""
        kind = self.types.get(name)
        return kind is not None and kind.two_sided

    def compatible_types(self, a: str, b: str) -> bool:
        return a == b or b in self.compatible.get(a, frozenset()) or self.in_one_fight(a, b)

    def in_one_fight(self, a: str, b: str) -> bool:
        """Compatible only as acts of one fight on the ground ("a clash", "a raid")."""
        return (
            a != b
            and b not in self.compatible.get(a, frozenset())
            and a in self.fight
            and b in self.fight
        )


@cache
def load_lexicon(folder: str | None = None) -> Lexicon:
    """Compile the lexicons of ``folder`` (default: the bundled ones), extended by the
    folders listed in the environment variable ``GEOMAP_LEXICONS`` (``os.pathsep``
    separated). Cached: call ``load_lexicon.cache_clear()`` after editing the files.

    Raises ``InputError`` for a file that is no TOML, a type of no known family or a
    phrase naming a set that does not exist."""
    folders = [Path(folder) if folder else LEXICON_DIR]
    folders += [Path(p) for p in os.environ.get("GEOMAP_LEXICONS", "").split(os.pathsep) if p]
    trig = _read_toml(folders, "triggers.toml")
    act = _read_toml(folders, "actors.toml")
    syntax = Syntax(trig.get("sets", {}))
    types, triggers = _trigger_index(trig.get("types", {}), syntax)
    compatible: dict[str, set[str]] = {}
    for group in trig.get("compatible", {}).get("groups", []):
        for a in group:
            compatible.setdefault(a, set()).update(group)
    modality = trig.get("modality", {})
    return Lexicon(
        types=types,
        triggers=triggers,
        actors=_actor_index(act, syntax),
        negative=_index(syntax, trig.get("negative", {}).get("phrases", [])),
        reciprocal=_index(syntax, trig.get("reciprocal", {}).get("phrases", [])),
        denial=_index(syntax, trig.get("denial", {}).get("phrases", [])),
        sources=_rule_sources(
            syntax,
            modality=modality.get("phrases", []),
            reference=trig.get("reference", {}).get("phrases", []),
            speech=act.get("speech", {}).get("phrases", []),
            officials=act.get("officials", {}).get("phrases", []),
            people=act.get("people", {}),
            quoted=trig.get("quoted", {}).get("phrases", []),
            quoted_home=trig.get("quoted", {}).get("home", []),
            quoted_appeal=trig.get("quoted", {}).get("appeals", []),
            nouns=act.get("victims", {}).get("nouns", []),
            abroad=trig.get("abroad", {}).get("phrases", []),
            armed=trig.get("armed", {}).get("phrases", []),
            sport=trig.get("sport", {}).get("phrases", []),
            another=trig.get("another", {}),
            boats=trig.get("sets", {}).get("boats", []),
            craft=trig.get("sets", {}).get("intruders", []),
            unarmed=trig.get("unarmed", {}).get("phrases", []),
            unverified=trig.get("unverified", {}).get("phrases", []),
            unverified_after=trig.get("unverified", {}).get("after", []),
            unverified_later=trig.get("unverified", {}).get("later", []),
            campaign=trig.get("campaign", {}),
        ),
        modality_window=int(modality.get("window", 3)),
        compatible={k: frozenset(v) for k, v in compatible.items()},
        fight=frozenset(trig.get("compatible", {}).get("fight", [])),
        quoted_type=trig.get("quoted", {}).get("type"),
        unarmed_type=trig.get("unarmed", {}).get("type"),
        quoted_appeal_type=trig.get("quoted", {}).get("appeal_type"),
        capitals=dict(act.get("capitals", {})),
        government_seats=dict(act.get("government_seats", {})),
        organisations=frozenset(act.get("organisations", {})),
        organisation_seats=dict(act.get("organisation_seats", {})),
        demonyms=dict(act.get("demonyms", {})),
    )


def _trigger_index(
    specs: dict[str, dict], syntax: Syntax
) -> tuple[dict[str, TriggerType], PhraseIndex]:
    types: dict[str, TriggerType] = {}
    index = PhraseIndex(syntax)
    for name, spec in specs.items():
        family = spec.get("family")
        if family not in FAMILIES:
            raise InputError(
                f"triggers.toml: type {name!r} has family {family!r}; expected one of "
                f"{', '.join(FAMILIES)}"
            )
        plain = spec.get("phrases", [])
        joint = spec.get("joint_phrases", [])
        apart = spec.get("apart_phrases", [])
        tt = TriggerType(
            name,
            family,
            int(spec.get("rank", 5)),
            bool(spec.get("symmetric", False)),
            tuple(plain) + tuple(joint) + tuple(apart),
            _of_party(name, spec),
            bool(spec.get("accompanies", False)),
            _choice(name, spec, "target", TARGET_RULES),
            bool(spec.get("two_sided", False)),
            bool(spec.get("vague", False)),
            bool(spec.get("closes_clause", False)),
            bool(spec.get("distinct", False)),
            bool(spec.get("third_party", False)),
            bool(spec.get("passive_object", False)),
            bool(spec.get("decision", False)),
            bool(spec.get("by_forces", False)),
            bool(spec.get("of_war", False)),
            bool(spec.get("in_games", False)),
            bool(spec.get("origin_actor", False)),
            bool(spec.get("stance", False)),
            bool(spec.get("sent", False)),
            bool(spec.get("absorbs_before", False)),
        )
        types[name] = tt
        for p in plain:
            index.add(p, tt, priority=(tt.rank,))
        for p in joint:
            index.add(p, tt, joint=True, priority=(tt.rank,))
        for p in apart:
            index.add(p, tt, apart=True, priority=(tt.rank,))
    return types, index.build()


def _actor_index(act: dict, syntax: Syntax) -> PhraseIndex:
    index = PhraseIndex(syntax)
    for code, names in act.get("organisations", {}).items():
        for n in names:
            # "UN", "EU": matched as written, so "un" and "eu" in words never count
            index.add(n, ("org", code), cased=_is_abbreviation(n))
    for code, names in act.get("titles", {}).items():
        for n in names:
            index.add(n, ("title", code))
    for code, names in act.get("shared_titles", {}).items():
        for n in names:
            index.add(n, ("shared_title", code))
    for kind in ("nonstate", "dyad", "anaphora"):
        for n in act.get(kind, {}).get("phrases", []):
            index.add(n, ("anaphor" if kind == "anaphora" else kind, None))
    return index.build()


def _index(syntax: Syntax, phrases: Iterable[str]) -> PhraseIndex:
    """An index of phrases with no payload (negatives, denials ...)."""
    index = PhraseIndex(syntax)
    for p in phrases:
        index.add(p, None)
    return index.build()


def _rule_sources(
    syntax: Syntax,
    *,
    modality: list[str],
    reference: list[str],
    speech: list[str],
    nouns: list[str],
    officials: Iterable[str] = (),
    people: dict | None = None,
    quoted: Iterable[str] = (),
    quoted_home: Iterable[str] = (),
    quoted_appeal: Iterable[str] = (),
    abroad: Iterable[str] = (),
    armed: Iterable[str] = (),
    sport: Iterable[str] = (),
    another: dict | None = None,
    boats: Iterable[str] = (),
    craft: Iterable[str] = (),
    unarmed: Iterable[str] = (),
    unverified: Iterable[str] = (),
    unverified_after: Iterable[str] = (),
    unverified_later: Iterable[str] = (),
    campaign: dict | None = None,
) -> dict[str, str]:
    """The regular expressions of ``Lexicon``'s rules, "" where there are no phrases."""
    modal = syntax.alternation(modality)
    refer = syntax.alternation(reference)
    said = syntax.alternation(speech)
    office = syntax.alternation(officials)
    people = people or {}
    held = syntax.alternation(people.get("offices", []))
    command = syntax.alternation(people.get("command", []))
    private = syntax.alternation(people.get("unofficial", []))
    first = syntax.alternation(people.get("family_first", []))
    first_named = "|".join(re.escape(c) for c in people.get("first_named_states", []))
    judged = syntax.alternation(quoted)
    home = syntax.alternation(quoted_home)
    appeal = syntax.alternation(quoted_appeal)
    across = syntax.alternation(abroad)
    war = syntax.alternation(armed)
    game = syntax.alternation(sport)
    besides = syntax.alternation((another or {}).get("clause", []))
    next_to = syntax.alternation((another or {}).get("right_before", []))
    again = syntax.alternation((another or {}).get("right_after", []))
    at_sea = syntax.alternation(boats)
    armed_craft = syntax.alternation(craft)
    at_fire = syntax.alternation(unarmed)
    doubt = syntax.alternation([*unverified, *unverified_after, *unverified_later])
    doubt_after = syntax.alternation([*unverified_after, *unverified_later])
    doubt_later = syntax.alternation(unverified_later)
    perfect = syntax.alternation((campaign or {}).get("perfect", []))
    span = syntax.alternation((campaign or {}).get("span", []))
    habit = syntax.alternation((campaign or {}).get("habit", []))
    noun = longest_first(word_regex(n) for n in nouns)
    noun_after = rf"^(?:'s?)?\s+(?:[a-z-]+\s+)?(?:{noun})"
    killed = (
        r"\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|got)?\s*"
        r"(?:killed|wounded|injured|died|dead|martyred|shot)"
        # ... not an active verb with its object: "the Indian army killed two men"
        r"(?!\s+(?:\d|(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|dozens"
        r"|at\s+least|more\s+than)\b))"
    )
    return {
        # no look-behind at the start: it would stop re from scanning for the first
        # letters; ``Lexicon.is_modal`` checks the left word boundary instead
        "modality": modal and rf"(?:{modal})(?!\w)",
        # the phrase, then at most one more (lower-case) word, right before the trigger
        "reference": refer and rf"(?<![\w'])(?:{refer})\s+(?:\"?([a-z][\w'-]*)\"?\s+)?$",
        # ... but not an official of it: "the Pakistani army chief" speaks for a state
        "target_nouns": noun
        and rf"{noun_after}(?!\w|\s+(?:chief|chiefs|commander|spokesman|spokesperson|head)\b)",
        "victim_after": noun and noun_after + killed,
        "speech": said and rf"^(?:'s?)?(?:\s+[a-z][\w-]*){{0,4}}?\s*,?\s+(?:{said})(?!\w)",
        "speech_verb": said and rf"(?<![\w-])(?:{said})(?!\w)",
        "official": office and rf"(?<![\w-])(?:{office})(?!\w)",
        "person_office": held and rf"(?<![\w-])(?:{held})(?!\w)",
        "person_command": command and rf"(?<![\w-])(?:{command})(?!\w)",
        "unofficial": private and rf"(?<![\w-])(?:{private})(?!\w)",
        "family_first": first and rf"(?:{first})",
        "first_named": first_named and rf"(?:{first_named})",
        "quoted": judged and rf"(?<![\w-])(?:{judged})(?!\w)",
        "quoted_home": home and rf"(?<![\w-])(?:{home})(?!\w)",
        "quoted_appeal": appeal and rf"(?<![\w-])(?:{appeal})(?!\w)",
        "abroad": across and rf"(?<![\w-])(?:{across})(?!\w)",
        "armed": war and rf"(?<![\w-])(?:{war})(?!\w)",
        "sport": game and rf"(?<![\w-])(?:{game})(?!\w)",
        "another": (besides or next_to)
        and rf"(?<![\w-])(?:{besides or '(?!)'})(?!\w)"
        rf"|(?<![\w-])(?<!yet\s)(?:{next_to or '(?!)'})\s+(?!{_TOLL_WORDS})"
        rf"(?:[a-z'-]+\s+){{0,2}}[a-z'-]+$",
        "another_after": again and rf"\s+(?:[a-z'-]+\s+){{0,1}}?(?:{again})(?!\w)",
        "boats": at_sea and rf"(?:{at_sea})(?!\w)",
        "craft": armed_craft and rf"(?:{armed_craft})(?!\w)",
        # fire's object, right after it: "opened fire on Bangladeshi villagers"
        "unarmed": at_fire
        and rf"(?:\s+(?:on|at|upon))?\s+(?:[a-z'-]+\s+){{0,4}}?(?:{at_fire})(?!\w)",
        "unverified": doubt and rf"(?<![\w-])(?:{doubt})(?!\w)",
        "unverified_after": doubt_after and rf"(?<![\w-])(?:{doubt_after})(?!\w)",
        "unverified_later": doubt_later and rf"(?<![\w-])(?:{doubt_later})(?!\w)",
        "campaign_perfect": perfect and rf"(?<![\w-])(?:{perfect})(?!\w)",
        "campaign_span": span and rf"(?<![\w-])(?:{span})(?!\w)",
        "campaign_habit": habit and rf"(?<![\w-])(?:{habit})(?!\w)",
    }


def _is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


# ------------------------------------------------------------------------- files


def _read_toml(folders: Sequence[Path], name: str) -> dict:
    """The named file from each folder, later folders extending earlier ones."""
    merged: dict = {}
    for folder in folders:
        path = folder / name
        if not path.is_file():
            continue
        try:
            with path.open("rb") as fh:
                _merge_into(merged, tomllib.load(fh))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"{path}: not a readable TOML lexicon ({exc})") from None
    return merged


def _merge_into(base: dict, extra: dict) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge_into(base[key], value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = base[key] + [v for v in value if v not in base[key]]
        else:
            base[key] = value


#: the values a type's ``target`` may take (see ``TriggerType.target``)
TARGET_RULES = ("object", "destination", "addressee", "counterpart", "body")


def _of_party(name: str, spec: dict) -> str:
    return _choice(name, spec, "of_party", ("target", "actor"))


def _choice(name: str, spec: dict, key: str, allowed: tuple[str, ...]) -> str:
    value = spec.get(key, allowed[0])
    if value not in allowed:
        expected = ", ".join(repr(a) for a in allowed)
        raise InputError(f"triggers.toml: type {name!r} has {key} {value!r}; expected {expected}")
    return str(value)
