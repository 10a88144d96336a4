"""The sentence text the extractor reads: folded lower case, quoted speech, clauses and
the word patterns its rules test."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..dates import DateMention

# --------------------------------------------------------------------------- text


def _fold_table() -> dict[int, str]:
    """One character to one character, so offsets never shift."""
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    table.update({ord(c): "'" for c in "‘’ʼ′`´"})
    table.update({ord(c): '"' for c in "“”„″«»"})
    table.update({ord(c): "-" for c in "‐‑‒–—―−"})
    table.update({ord(c): " " for c in "\u00a0\u2009\u202f\u200a\u2007\u200b"})
    return table


_FOLD = _fold_table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold(m: re.Match[str]) -> str:
    return _FOLD.get(ord(m.group()), m.group())


def _norm(text: str) -> str:
    """Lower-case, accents and quote styles folded, same length as ``text``."""
    if not text.isascii():
        text = _NON_ASCII.sub(_fold, text)
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[0] for c in text)
    return low


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: words that may stand between a preposition and a place: "in the disputed border town of X"
_LOC_MODS = _wordset(
    """the a an its his her their our two both northern southern eastern western central north
    south east west northeastern northwestern southeastern southwestern north-eastern
    north-western south-eastern south-western upper lower far disputed restive remote
    neighbouring neighboring occupied administered controlled border frontier mountainous
    rural capital city town village district province region area sector key strategic
    resort ancient historic nearby southernmost northernmost"""
)
#: nouns a word qualifies in "in the Iranian capital X", "near the Afghan border town"
_PLACE_NOUNS = _wordset("capital city town village district province region area border frontier")
#: nouns that make "<noun> of X" a locative ("the city of Irbil", "north of Kabul")
_OF_HEADS = _wordset(
    """north south east west northeast northwest southeast southwest city town village district
    districts province provinces region area outskirts part parts suburb suburbs heart
    centre center border borders edge post posts outpost outposts crossing checkpoint"""
)
_PREPOSITIONS = _wordset(
    """in into inside at near nearby on onto across within along over around outside toward
    towards targeting targetting beyond off through throughout from with between against
    upon to by"""
)
_LOCATIVE_PREPS = _wordset(
    """in into inside at near nearby on onto across within along over around outside toward
    towards targeting targetting beyond off through throughout"""
)
_OBJECT_PREPS = _wordset("to with against upon")
_STRONG_PREPS = _wordset("into against targeting targetting on at upon")
_STOP_CHARS = frozenset(',;:.!?)"')


#: prepositions that make even a capital standing for its government a place hit
_PLACE_PREPS = frozenset({"in", "into", "near", "at", "outside", "around", "inside"})


def _prep_before(low: str, pos: int) -> str:
    """The preposition governing the name at ``pos`` ("in the city of X" -> "in"), or ""."""
    segment = low[max(0, pos - 70) : pos]
    # the last few words nearly always settle it: split off only those first, and the
    # whole stretch only when the reading runs past them
    words = segment.rsplit(None, _PREP_WORDS)
    if len(words) > _PREP_WORDS:
        found = _prep_in(words, 1)
        if found is not None:
            return found
        words = segment.split()
    return _prep_in(words, 0) or ""


#: how many words before a name ``_prep_before`` splits off first
_PREP_WORDS = 4


def _prep_in(words: list[str], lowest: int) -> str | None:
    """``_prep_before`` read on ``words``, or None when it needs a word below ``lowest``
    (``words[0]`` may hold several words)."""
    i = len(words) - 1
    while i >= lowest:
        w = words[i]
        if w[-1] in _STOP_CHARS:
            return ""
        if i > 0 and (w == "of" or w == "to"):
            if i - 1 < lowest:
                return None
            head = words[i - 1]
            if w == "of":
                if head in _OF_HEADS:
                    return "in"
                return "from" if head == "out" else "of"
            if head in ("close", "next"):
                return "near"
        if w in _PREPOSITIONS:
            return w
        if w in _LOC_MODS or ("-" in w and w.replace("-", "").isalpha()):
            i -= 1
            continue
        if w.endswith(("'s", "’s")) and i > 0:
            i -= 1  # "in Afghanistan's eastern Paktika province"
            continue
        if i + 1 < len(words) and words[i + 1] in _PLACE_NOUNS and w.isalpha():
            i -= 1  # "in the Iranian capital", "near the Afghan border town of"
            continue
        return ""
    return None if lowest else ""


_EXCLUDED_PREFIX = re.compile(r"(?:anti|pro|non|post|pre|ex)-$")


#: "Iran-backed militias", "UN-led forces": the name qualifies someone else
_BACKER = re.compile(r"-(?:backed|led|supported|sponsored|allied|aligned|funded|armed|trained)\b")


def _excluded_prefix(low: str, a: int) -> bool:
    """ "anti-Iranian": the name at ``a`` is part of a prefixed word. A hyphen must be
    among the five characters before it, which a plain ``find`` rules out cheaply."""
    lo = max(0, a - 5)
    return low.find("-", lo, a) >= 0 and _EXCLUDED_PREFIX.search(low, lo, a) is not None


_PLACE_WORDS = re.compile(
    r"^\s+(?:Province|Provinces|District|Districts|Region|City|Valley|State|Governorate|"
    r"Oblast|County|Territory|Sector|Border|Division|Prefecture|Municipality|Town|Village|"
    r"Area|Strip|Bank|Heights|Corridor)\b"
)
_CAPITALISED_NEXT = re.compile(r"^\s+[A-Z][a-z]")
#: between two states: a dash that pairs them ("the Syria-Turkey border")
_PAIR_DASH = re.compile(r"^\s?[-–—/]\s?$")
#: after a pair of states: the line between them, not a place in either
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier|boundary)\b")
_CONNECTOR = re.compile(r"^(?:\s*(?:,|and|&|as\s+well\s+as|the|both|or)\s*)+$")
#: "Mali and its allies Niger and Chad": the allies named after a state act with it
_ALLIES = re.compile(
    r"\s*,?\s*(?:and|with)\s+(?:its|their)\s+(?:[a-z-]+\s+)?"
    r"(?:allies|partners|neighbou?rs)\s*,?\s*(?:the\s+)?"
)
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:on|against|at|with|targeting|targetting|into|toward|towards|upon|to)\s+)?"
    r"(?:(?:the|a|an|two|its)\s+)?(?:[a-z-]+\s+)?$"
)
_BY_AGENT = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?by\s+(?:(?:the|both|an?)\s+)?$")
#: "the shelling of villages near the border by": the noun's object and its place
#: come between a strike noun and "by" (no verb of their own: "was condemned by")
_BY_AFTER_OBJECT = re.compile(
    r"^\s+(?:of|on|against)\s+"
    r"(?:(?!(?:was|were|is|are|been|has|had|have|and|but|said|says)\s)[a-z'-]+(?<!ed)\s+){1,6}?"
    r"by\s+(?:(?:the|both)\s+)?$"
)
#: "Tacna was shelled", "two villages were hit": a place the subject of a passive strike
_PASSIVE_GAP = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+"
    r"(?:(?:again|also|repeatedly|heavily|reportedly)\s+)?"
)
_SAID_IT = re.compile(
    r"(\S+)\s+(?:said|says|claimed|claims|announced|stated|added|confirmed|admitted)"
    r"\s+(?:that\s+)?$"
)
#: "killed 58 Pakistani soldiers": the demonym names the victims, not the attackers
_KILLED_BEFORE = re.compile(
    r"(?:killed|killing|kills|wounded|wounding|injured|injuring|martyred|abducted|kidnapped)"
    r"\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some|up\s+to)\s+)?"
    # (not "wounded by Gambian soldiers": those after "by" did it)
    r"(?:(?!by\s)[\w,-]+\s+){0,2}$"
)
_MODIFIER_GAP = re.compile(r"(?:'s?)?\s+(?:[a-z][a-z-]*\s+)?")
_TITLE_GAP = re.compile(r"(?:'s?)?\s*(?:[a-z-]+\s+)?")
_POSSESSIVE_GAP = re.compile(r"'s?\s+")
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
#: a finite verb of a headline or a list of acts: "recalls", "recalled"
_FINITE = re.compile(r"[a-z]+(?:s|ed)\b")
_AND_VERB = re.compile(r"(?<![\w'])and\s+(?:also\s+|then\s+|later\s+)?(?:has\s+|had\s+)?$")
_BY_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?by\s")
#: "troops came under attack": right before a strike noun, its subject was hit
_UNDER_VERBS = r"\b(?:came|come|comes|coming|was|were|is|are|been|being|remain|remained)\s+"
_UNDER_ATTACK = re.compile(
    r"(?:" + _UNDER_VERBS + r"under|\b(?:was|were|been|being|is|are)\s+subjected\s+to)\s+"
    r"(?:(?:an?|heavy|intense|renewed|sustained|fresh|repeated|constant|\w+-\w+)\s+){0,2}$"
)
_UNDER_VERB = re.compile(_UNDER_VERBS + "$")
#: right before a place: where a report was given, not where a strike fell ("speaking
#: in Lahore", "told reporters in Bishkek", "at a summit in Doha", "a news conference in
#: Karachi")
REPORT_VENUE = re.compile(
    r"\b(?:speaking|spoke|speech|reporters|journalists|the\s+press|press\s+conference"
    r"|news\s+conference|briefing|summit|conference|forum|rally|interview|parliament)"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:in|at)\s+(?:the\s+(?:capital|city\s+of)\s*,?\s*)?$"
)


#: right before a place: where the wounded or the dead were taken ("were taken to a
#: hospital in the city of Tyre", "rushed to Kupwara"), or buried ("their funerals were
#: held in Jammu", "was laid to rest in his home town of Goris")
TAKEN_TO = re.compile(
    r"\b(?:hospital|hospitals|clinic|medical\s+cent(?:re|er)|morgue)\b[^.;]{0,40}?\s+"
    r"(?:in|at)\s+(?:the\s+(?:city|town)\s+of\s+)?$"
    r"|\b(?:taken|transported|rushed|evacuated|transferred|brought|airlifted)\s+to\s+$"
    r"|\b(?:funerals?|burials?|buried|laid\s+to\s+rest|mourners)\b[^.;]{0,40}?\s+"
    r"(?:in|at)\s+(?:(?:the|his|her|their)\s+(?:home\s*town|native\s+village|village|town)"
    r"\s+of\s+)?$"
)


#: right before a place: where troops are posted, not where they fired ("troops stationed
#: in Nakhchivan", "forces positioned near Kalbajar")
BASED_AT = re.compile(
    r"\b(?:based|stationed|positioned|deployed|garrisoned|posted)\s+(?:in|near|at|around"
    r"|inside|outside)\s+(?:the\s+)?(?:(?:town|village|city|district|region|province)\s+of\s+)?$"
)


def based_at(low: str, start: int) -> bool:
    """Whether the place at ``start`` of the folded text ``low`` is named as where troops
    are posted: "Azerbaijani troops stationed in Nakhchivan opened fire".

    >>> based_at("troops stationed in nakhchivan", 20)
    True
    >>> based_at("troops opened fire in nakhchivan", 22)
    False
    """
    return BASED_AT.search(low, max(0, start - 60), start) is not None


def taken_to(low: str, start: int) -> bool:
    """Whether the place at ``start`` of the folded text ``low`` is where the wounded
    were taken or the dead buried: "three villagers were wounded and taken to a hospital
    in Jalalabad".

    >>> taken_to("the wounded were rushed to a hospital in jalalabad", 41)
    True
    >>> taken_to("shells hit a hospital compound near jalalabad", 36)
    False
    """
    return TAKEN_TO.search(low, max(0, start - 70), start) is not None


#: the words of an office's name between its noun and "in": "the Ministry of the
#: Interior in Quito", "the ministry of foreign affairs in Khartoum"
OFFICE_NAME = (
    r"(?:(?:of|the|for|foreign|defen[cs]e|interior|information|home|internal|affairs"
    r"|security|national|state)\s+){1,4}"
)


def reported_at(low: str, start: int) -> bool:
    """Whether the place at ``start`` of the folded text ``low`` is named as where a
    report was given: "Speaking in Lahore, the minister said troops shelled the border."

    >>> reported_at("an official told reporters in bishkek", 30)
    True
    >>> reported_at("troops shelled posts in bishkek", 24)
    False
    """
    return REPORT_VENUE.search(low, max(0, start - 60), start) is not None


def not_where_it_fell(low: str, start: int) -> bool:
    """Whether the place at ``start`` of the folded text ``low`` is named as where the
    wounded were taken or the dead buried, where a report was given, or where troops
    are posted, and so is not where a strike fell: "The wounded were taken to a
    hospital in Tyre."

    >>> not_where_it_fell("the wounded were taken to a hospital in tyre", 40)
    True
    >>> not_where_it_fell("a drone struck a house in tyre", 26)
    False
    """
    return taken_to(low, start) or reported_at(low, start) or based_at(low, start)


#: a strike verb in the passive: "an Indian patrol was ambushed", "the post was shelled"
_PARTICIPLE_AT = re.compile(r"(?:[a-z]+ed|struck|hit|shot)\b")
#: a clause of its own told in the passive right before the trigger: "after a boy was",
#: "when two farmers were"
PASSIVE_CLAUSE = re.compile(
    r"\b(?:after|when|because|since|before|until|while|as)\s+(?:[\w'-]+\s+){1,6}?"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+$"
)
_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|been|being|got)\s+(?:(?:reportedly|allegedly|repeatedly|heavily|also"
    r"|again)\s+)?$"
)
#: what may stand between harm and the strike that did it: a day ("on Monday", "late
#: Friday") before the preposition, then the strike noun's first words ("the heavy", "a
#: cross-border")
_DAY_WORDS = r"(?:(?:on|early|late|overnight|yesterday|today|this|last)\s+(?:[a-z]+\s+)?)?"
_STRIKE_LEAD = (
    r"(?:(?:an?|the|heavy|intense|renewed|sustained|fresh|repeated|[a-z]+-[a-z]+)\s+){0,2}"
    r"(?:[a-z]+\s+)?$"
)
#: a passive of harm right before a strike trigger: "a Georgian guard was wounded on
#: Monday by sniper fire", "an Indian patrol was targeted in a bomb attack", "a soldier
#: was injured as a result of sniper shelling": the subject was hit
_HARMED_IN = re.compile(
    r"\b(?:was|were|been|being|got)\s+(?:(?:seriously|critically|slightly|fatally|reportedly"
    r"|allegedly)\s+)?(?:wounded|injured|hurt|killed|targeted|struck|caught)\s+"
    + _DAY_WORDS
    + r"(?:by|in|during|as\s+a\s+result\s+of)\s+"
    + _STRIKE_LEAD
)


#: "an Indian guard lost his life in cross-border firing", "two soldiers died in the
#: shelling": the subject died in the strike that follows
_DIED_IN = re.compile(
    r"\b(?:died|perished|(?:was|were)\s+martyred|lost\s+(?:his|her)\s+life"
    r"|lost\s+their\s+lives)\s+"
    + _DAY_WORDS
    + r"(?:in|during|as\s+a\s+result\s+of)\s+"
    + _STRIKE_LEAD
)


def harmed_before(low: str, lo: int, start: int) -> bool:
    """Whether the words before a strike trigger at ``start`` put the clause's subject
    under it, in a clause of its own too: "the border was closed after an Indian patrol
    was targeted in a bomb attack" (the patrol was hit, whoever closed the border)."""
    if _PARTICIPLE_AT.match(low, start) and _PASSIVE_AUX.search(low, lo, start):
        return True
    return _HARMED_IN.search(low, lo, start) is not None


def died_before(low: str, lo: int, start: int) -> bool:
    """Whether the words before a strike trigger at ``start`` say the clause's subject
    died in it: "a Kyrgyz guard lost his life in cross-border firing" (the guard was hit,
    he fired nothing). Not for an exchange of fire, where the dead of both sides die."""
    return _DIED_IN.search(low, lo, start) is not None


def under_attack_before(low: str, lo: int, start: int) -> re.Match[str] | None:
    """ "Chilean troops came under attack", "came under fire from Peru", "villages were
    subjected to shelling", "a Chilean guard was wounded by sniper fire": the words
    before a strike trigger at ``start`` that put the clause's subject under it (a
    trigger such as "under fire" starts at "under" itself)."""
    if low.startswith("under", start):
        return _UNDER_VERB.search(low, lo, start)
    if _PARTICIPLE_AT.match(low, start):
        # "an Indian patrol was ambushed", but not "troops moved in after a boy was shot"
        if PASSIVE_CLAUSE.search(low, lo, start):
            return None
        return _PASSIVE_AUX.search(low, lo, start)
    return _UNDER_ATTACK.search(low, lo, start) or _HARMED_IN.search(low, lo, start)


_DEFINITE = re.compile(
    r"(?<![\w'])(?:the|these|those|this)\s+"
    r"(?:\"?([a-z][a-z-]*(?:ly|ed|al|ic|ous|ive|ful|ern|est|ing|ary))\"?\s+)?$"
)
_DETERMINER = re.compile(r"(?<![\w'])(?:the|these|those|this|its|their)\s+(?:[a-z-]+\s+)?$")
_ACCORDING = re.compile(r"according\s+to\s+(?:the\s+)?$")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![\w'’-])")
_QUOTE = re.compile(r"[\"“”]")
#: a relative clause after a name: "Russia, which ..."
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whose)\b")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|whose)\b[^,;.]*$")
#: "since 2020", "until March": a period's bound, not the day something happened
#: the nouns of what a craft or unit crosses into ("violated Chilean airspace"): the
#: state that owns one was entered, and a trigger that opens on one was done to it
#: ("airspace was violated")
_TERRITORY = re.compile(r"\b(?:airspace|waters|border|borders|frontier|territory)\b")
#: a "when" clause right after a day: "since November 25, when troops fired on the boats"
#: dates what the clause tells, even after "since"
_WHEN_FOLLOWS = re.compile(r"\s*,?\s*when\b", re.I)
_NOT_WHEN = re.compile(
    r"\b(?:since|until|till|before|by)\s+(?:early\s+|late\s+|mid-?)?$"
    # "the deadliest clashes since Cambodia's bid in 2008": the bound of a period
    r"|\bsince\s+[^,;.]{1,40}?\b(?:in|of)\s+$"
    # "on the anniversary of the clashes of May 9", "weeks after a raid on May 9", "talks
    # due on Friday", "ahead of Friday's talks": the day of another act, or one to come
    r"|\b(?:anniversary|(?:days?|weeks?|months?|years?)\s+(?:after|before))\s+[^,;.]{0,40}$"
    r"|\b(?:due|scheduled|planned|set|expected)\s+(?:on|for)\s+$|\bahead\s+of\s+$",
    re.I,
)
#: "... officials said on Wednesday", "accused India on Friday of ...": the date of the
#: report or the accusation, not of the act it tells
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|confirmed|stated|added|issued|published"
    r"|released"
    r"|(?:accused|blamed)(?:\s+[\w'-]+){1,3})\s+(?:on\s+|late\s+)?$"
)
#: "The army on Thursday said ...", "Chile Tuesday announced ...": a date right before
#: the reporting verb is the report's too
_REPORT_FOLLOWS = re.compile(
    r"\s*(?:said|says|announced|reported|confirmed|stated|told|added|claimed|accused)\b"
)
#: a strike noun whose clause goes on to say it is only expected, feared or planned, or
#: that it "cannot be ruled out"
_FORECAST_AFTER = re.compile(
    r"[^,;.]{0,50}?\b(?:(?:is|are|was|were|remains?)\s+(?:still\s+|now\s+|widely\s+)?"
    r"(?:to\s+be\s+expected|expected|likely|feared|imminent|possible|planned|anticipated)"
    r"|(?:cannot|can\s+not|can't|could\s+not|couldn't|is\s+not|was\s+not|were\s+not"
    r"|are\s+not)\s+(?:be\s+|being\s+)?(?:ruled\s+out|excluded|discounted))\b"
)
_WORD = re.compile(r"[\w'-]+")
#: time words a modal phrase would match that tell a past day: "the next day", "next
#: morning", and the month "May" (capitalised; the verb is lower case)
_PAST_TIME = re.compile(r"(?i:\bnext\s+(?:day|morning|afternoon|evening|night)\b)|\bMay\b")
# each alternative starts with a literal character, so re skips ahead cheaply
_CLAUSE_SEP = re.compile(
    r";\s*|:\s+| -+\s+|,\s+(?=(?:while|whereas|but|and|the\s+same\s+(?:day|week|month|night)"
    r"|a\s+move|which|who|whom|whose|prompting|forcing|even\s+as|a\s+day|hours|days)\b)"
    r"| (?=wh(?:ile|ereas)\s)"
    # "... killed on Wednesday when Pakistani troops shelled ...", not "after midnight"
    r"| (?=(?:after|when)\s+(?!(?:midnight|dawn|dusk|nightfall|sunset|sunrise|noon|hours|days"
    r"|weeks|months|years|talks|the\s|a\s|an\s|this\s|that\s|its\s)))"
)
#: the phrase sets read in a sentence with a trigger, in the order ``_sentence`` takes them
_PHRASE_SETS = ("negative", "actors", "denial", "reciprocal")
_REL_START = re.compile(r"(?:which|who|whom|whose)\b")
_COMMA = re.compile(r",\s+")


def reports_day(text: str, c0: int, m: DateMention) -> bool:
    """Whether time ``m`` of the clause at ``c0`` dates a report, not the act it tells:
    "officials said on Wednesday", or "the army on Thursday said that a patrol came
    under fire on Wednesday" (the day before the reporting verb)."""
    return (
        _REPORTED_ON.search(text, c0, c0 + m.start) is not None
        or _REPORT_FOLLOWS.match(text, c0 + m.end) is not None
    )


def _mistyped_opening(text: str, p: int) -> bool:
    """A closing mark typed where speech opens: right after "said," and right before its
    first word ('the minister said,”We acted ...'), with no quote open.

    >>> _mistyped_opening('He said,”We acted.', 8)
    True
    >>> _mistyped_opening('“We acted,” he said.', 10)
    False
    """
    prev = text[p - 1] if p else " "
    nxt = text[p + 1] if p + 1 < len(text) else " "
    return prev in ",:" and nxt.isalnum()


#: the verbs that tell who said something, after or before the sayer: "..., the minister
#: said", "Vardanyan told", '..." he added'
SAID_VERBS = r"said|says|added|told|stated|insisted|declared|wrote|noted|stressed|underlined"
#: the word before a quote that opens speech: "said", "told reporters", "warned"
_SPEECH_BEFORE = re.compile(
    r"(?:said|says|say|saying|told|tells|added|adding|stated|wrote|declared|warned|noted"
    r"|insisted|replied|tweeted|posted|reads|read|that)\s+$"
)


def _partial_quote(text: str, a: int) -> bool:
    """A quote the reporter's own sentence runs through, in lower case after a word of
    it ('the minister said he had "called for an urgent meeting" of the council'): the
    reporter tells the act, in the speaker's words; not speech that opens after
    "said" or a comma.

    >>> _partial_quote('He said he had "called for an urgent meeting" of the body.', 15)
    True
    >>> _partial_quote('He said "we called for an urgent meeting".', 8)
    False
    """
    inner = text[a + 1 : a + 2]
    before = text[max(0, a - 30) : a]
    return (
        inner.islower()
        and before[-1:].isspace()
        and before.rstrip()[-1:].isalpha()
        and _SPEECH_BEFORE.search(before) is None
    )


#: a quote that reports a diplomatic act done, in the passive: "'The envoy was summoned
#: to the ministry,' the ministry said" is read as the reporter's own words
_OWN_ACT = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:summoned|expelled|recalled|lodged|"
    r"handed over|handed|delivered|conveyed|declared persona non grata)\b"
)


def _mask_quotes(text: str, low: str) -> str:
    """``low`` with quoted speech blanked out (short scare quotes are kept)."""
    if '"' not in text and "“" not in text and "”" not in text:
        return low  # no quote mark (``_QUOTE``): most sentences, at the cost of three scans
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    n = len(text)
    for m in _QUOTE.finditer(text):
        p = m.start()
        ch = text[p]
        if ch == "“" or (ch == "”" and open_at is None and _mistyped_opening(text, p)):
            opening = True
        elif ch == "”" or open_at is not None:
            opening = False
        else:
            prev = text[p - 1] if p else " "
            nxt = text[p + 1] if p + 1 < n else " "
            opening = prev.isspace() or prev in "([{-—–" or not (nxt.isspace() or nxt in ".,;:!?)")
        if opening:
            if open_at is None:
                open_at = p
        elif open_at is None:
            spans.append((0, p + 1, True))  # speech whose opening quote came earlier
        else:
            spans.append((open_at, p + 1, False))
            open_at = None
    if open_at is not None:
        spans.append((open_at, n, True))
    speech = [
        (a, b)
        for a, b, unmatched in spans
        if unmatched
        or (
            len(_WORD.findall(text[a:b])) >= 4
            and not _partial_quote(text, a)
            and not _OWN_ACT.search(low, a, b)
        )
    ]
    if not speech:
        return low
    out = list(low)
    for a, b in speech:
        out[a:b] = " " * (b - a)
    return "".join(out)


def _clauses(masked: str) -> list[_Clause]:
    """Split a sentence into clauses at semicolons, colons, dashes and ", while" ..."""
    cuts: list[tuple[int, int]] = []  # (end of one clause, start of the next)
    for m in _CLAUSE_SEP.finditer(masked):
        cuts.append((m.start(), m.end()))
    out: list[_Clause] = []
    start = 0
    for a, b in cuts:
        if a > start:
            out.append(_Clause(start, a))
        start = b
    if start < len(masked):
        out.append(_Clause(start, len(masked)))
    if not out:
        return [_Clause(0, len(masked))]
    # a relative clause ends at its first comma; what follows is the main verb phrase
    final: list[_Clause] = []
    for c in out:
        if _REL_START.match(masked, c.start):
            comma = _COMMA.search(masked, c.start, c.end)
            if comma:
                final.append(_Clause(c.start, comma.start(), rel=True))
                final.append(_Clause(comma.end(), c.end, after_rel=True))
                continue
            c.rel = True
        final.append(c)
    return final


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    rel: bool = False  # "which have urged restraint"
    after_rel: bool = False  # the verb phrase after a relative clause
