"""Read how many people a news sentence says were killed.

A map of strikes shows the dead next to each event, and news states them in many
shapes: "killing at least two children", "12 people were killed", "the death toll
rose to 12", "leaving 7 dead", "in which Islamabad claimed 2 children died". The same
sentences are full of other numbers that are not deaths: the wounded ("5 injured"),
things ("two bases", "1,000 troops" deployed), durations ("three-day stand-off",
"two days later"), years ("in 2024") and ages ("a 10-year-old boy"). This module
keeps only a number tied to a word of killing or death, in one of four general
English shapes:

* object of a killing verb: "killed nine people", "killing at least two children",
  "the deaths of two soldiers", "claimed the lives of 12";
* subject of a death word: "12 people were killed", "two children died",
  "left 10 people dead", "7 dead", "five lost their lives", "a soldier was killed";
* a toll: "the death toll rose to 12", "the toll stands at 30";
* lives: "claimed 12 lives", "12 lives were lost".

A count must be read as a number: "dozens killed" or "several dead" give no count.
"at least", "more than", "over", "100+" and "or more" set ``at_least``. When a
sentence gives several counts the largest wins (a toll that rose "to 12 from 9"
is 12); only counts of people joined by "and" are added up, so "three soldiers and two
civilians were killed" reads 5 (the dead of all sides together).

Only the standard library is used. A sentence with no word of killing or death is
turned away after a few substring tests; the patterns are compiled once and run
anchored at the death word, so a casualty sentence costs a few microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .counting import (
    NUMBER,
    NUMBER_END,
    NUMBER_WORD,
    NUMBER_WORDS,
    QUALIFIER,
    QUALIFIERS,
    Found,
    alternation,
    is_floor,
    parse_number,
    people_count,
    read_count,
)

__all__ = ["Count", "killed_count", "parse_number", "tells_a_death", "wounded_only"]


@dataclass(frozen=True, slots=True)
class Count:
    """A number of people killed, as stated in a sentence."""

    #: offsets into the sentence given; ``text`` includes "at least" and the like
    start: int
    end: int
    text: str
    value: int
    #: the sentence gives a floor ("at least 3", "more than 20", "100+"), not a total
    at_least: bool


# ---------------------------------------------------------------------- patterns
#
# Everything below runs on the lower-cased sentence (same length, same offsets); the
# counts themselves are read by ``counting``.

_PEOPLE = alternation(
    "people persons civilians soldiers troops servicemen troopers children kids women men "
    "boys girls babies infants toddlers teenagers minors students militants fighters "
    "insurgents rebels terrorists jihadists gunmen attackers assailants bombers policemen "
    "police officers personnel guards members residents villagers workers labourers laborers "
    "farmers fishermen shepherds herders passengers occupants pilgrims worshippers worshipers "
    "journalists reporters paramedics medics doctors nurses rescuers protesters protestors "
    "demonstrators migrants refugees nationals citizens tourists relatives commanders leaders "
    "operatives recruits conscripts volunteers peacekeepers hostages prisoners detainees "
    "inmates victims others adults bystanders sailors pilots crew crewmen staff employees "
    "officials engineers contractors monks priests clerics sons daughters brothers siblings "
    "smugglers traffickers infiltrators intruders traders youths porters drivers miners "
    "individuals jawans loggers woodcutters"
)
_PERSON = alternation(
    "person civilian soldier serviceman trooper child kid woman man boy girl baby infant "
    "toddler teenager minor student militant fighter insurgent rebel terrorist jihadist gunman "
    "attacker assailant bomber policeman officer guard member resident villager worker "
    "labourer laborer farmer fisherman shepherd herder passenger pilgrim worshipper journalist "
    "reporter photographer paramedic medic doctor nurse rescuer protester protestor "
    "demonstrator migrant refugee national citizen tourist relative commander leader "
    "operative recruit conscript volunteer peacekeeper hostage prisoner detainee inmate victim "
    "adult bystander sailor pilot crewman employee official engineer contractor monk priest "
    "cleric sergeant captain major colonel general lieutenant corporal private constable son "
    "daughter brother sister father mother husband wife smuggler trafficker infiltrator "
    "intruder trader youth porter driver miner individual jawan logger woodcutter "
    # South Asian English counts one of a force as "a personnel": "a BSF personnel was hurt"
    "personnel"
)
#: nouns that, right after a number, make it a count of things, times or distances
_THINGS = alternation(
    "days hours weeks months years minutes seconds nights km kilometres kilometers miles "
    "metres meters percent per cent times rockets missiles drones shells bombs mortars bases "
    "countries nations sides villages towns cities houses homes buildings vehicles cars trucks "
    "tanks aircraft jets planes helicopters ships boats rounds positions posts targets sites "
    "camps points incidents attacks strikes raids occasions districts provinces regions "
    # animals that died are not a toll: "a dozen cattle perished", "twenty sheep were killed"
    "cattle sheep goats cows oxen buffaloes livestock animals horses camels donkeys mules "
    "head"
)
#: function words that may follow the count of a killing verb ("killed 12 in Gaza")
_FOLLOWERS = alternation(
    "in on at near as after when while during and or but by since across along inside outside "
    "from within overnight yesterday today tonight including amid following before over with "
    "so last earlier this early late according among mostly all both of more others other "
    "monday tuesday wednesday thursday friday saturday sunday"
)
#: words a noun phrase between a count and its death word cannot contain
_STOP = alternation(
    "injured wounded hurt injuring wounding injuries missing arrested detained captured "
    "abducted kidnapped displaced evacuated rescued or but while who whom whose which that "
    "when where after said says say told claimed claims reported according killed killing "
    "kills died dead deaths were was are is been being have has had than"
)
#: words opening an aside between a count and its verb: "three people, including a child, were"
_ASIDE = r"including|among\s+them|among\s+whom|mostly|most\s+of\s+them|all\s+of\s+them|both|all"
_AUX = r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|had|have|has|got|get)"
_ADVERBS: Final = (
    "reportedly reported confirmed believed feared presumed thought said allegedly all also "
    "later then now subsequently eventually instantly immediately initially already both "
    "likely found shot tragically among"
)
_ADVERB = rf"(?:{alternation(_ADVERBS)})"
#: the word right before a passive participle ("were killed", "reportedly killed")
_BEFORE_PASSIVE: Final = frozenset(
    ["were", "was", "are", "is", "been", "be", "had", "have", "has", "got", "get",
     *_ADVERBS.split()]
)  # fmt: skip

#: a death word at the start of a word, classified; run with ``match`` at the hit
_DEATH_WORD = re.compile(
    r"""(?:
      (?P<toll>death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims
          |(?:people|those)\s+killed))
    | (?P<of>(?:deaths?|killings?|murders?|massacre|bodies)\s+of)
    | (?P<livesof>lives\s+of)
    | (?P<verb>killed|killing|kills|slew|slain|massacred|murdered|slaughtered|executed
          |beheaded|shot\s+dead|gunned\s+down
          |fatally\s+(?:shot|shooting|shoots|stabbed|stabbing|wounded|wounding|injured|injuring))
    | (?P<state>dead|died|perished|martyred|deaths|fatalities|lost\s+their\s+lives
          |lost\s+(?:his|her)\s+life
          |succumbed\s+to\s+(?:his|her|their|the(?:ir)?)\s+(?:injuries|wounds))
    | (?P<lives>lives)
    | (?P<bodies>bodies)
    | (?P<lost>lost|losing)
    )(?![a-z])""",
    re.VERBOSE,
)
_DEATH_KEYS: Final = (
    "kill", "dead", "death", "died", "slain", "slew", "perish", "martyr", "fatalit",
    "massacr", "murder", "slaughter", "execut", "behead", "shot", "gunned", "lost",
    "lives", "toll", "number of", "bodies", "fatally", "succumb",
)  # fmt: skip
#: verbs that are also passive participles: "12 people were killed"
_PARTICIPLES: Final = frozenset(
    {"killed", "slain", "massacred", "murdered", "slaughtered", "executed", "beheaded",
     "shot dead", "gunned down", "fatally shot", "fatally stabbed", "fatally wounded",
     "fatally injured"}
)  # fmt: skip

#: between the two ends of a range: "10 to 15", "two or three", "10-15"
_RANGE_TO = r"(?:\s+(?:to|or)\s+|\s*[-–]\s*)"
# "killed [at least] nine (people)", "killing a child", "killing 10 to 15 people" (the
# range's floor), "killing a family of six", "killing all four men inside"
_OBJECT = re.compile(
    rf"""\s+(?:
        (?:an?\s+(?:family|group)\s+of\s+|all\s+)?(?:{QUALIFIER})?(?P<n>{NUMBER})
        (?P<upto>{_RANGE_TO}{NUMBER}(?![\w-]))?{NUMBER_END}
      | (?P<article>an?)\s+(?:(?:\d+-)?[a-z][\w'’-]*\s+){{0,3}}?(?:{_PERSON})(?![a-z])
    )""",
    re.VERBOSE,
)
_OBJECT_FOLLOW = re.compile(
    rf"""\s*(?:$|[^\w\s])
    | \s+(?:{_FOLLOWERS})(?![a-z])
    | (?:\s+(?!(?:{_THINGS})(?![a-z]))[a-z][\w'’-]*){{0,3}}?\s+(?:{_PEOPLE}|{_PERSON})(?![a-z])""",
    re.VERBOSE,
)
#: a capitalised word after the count: "killed 3 Israelis", "killed 2 Hamas members" (but
#: not a date: "killed 12 May 2024")
_CAPITAL_FOLLOW = re.compile(
    r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![A-Za-z]))[A-Z]"
)
# "[at least] 12 (Pakistani soldiers) (were) (reportedly) " right before the death word
_SUBJECT = re.compile(
    rf"""(?:
        (?:{QUALIFIER})?(?<![\w.,-])(?P<n>{NUMBER}){NUMBER_END}
        (?!\s+(?:{_THINGS})(?![a-z]))
        (?:\s+of\s+the\s+(?:wounded|injured))?     # "two of the wounded later died"
        (?:\s+(?!(?:{_STOP})(?![a-z]))(?!{NUMBER_WORD})(?:\d+-)?[a-z][\w'’-]*){{0,4}}
      | (?<![a-z])(?P<article>an?)(?:\s+(?!(?:{_STOP})(?![a-z]))(?:\d+-)?[a-z][\w'’-]*){{0,3}}?
        \s+(?:{_PERSON})
    )
    (?:,\s+(?:{_ASIDE})\s+[^,;:()]{{1,48}},)?      # ", including a child,"
    \s+(?P<aux>{_AUX}\s+)?(?:{_ADVERB}\s+){{0,3}}(?:to\s+(?:have\s+(?:been\s+)?|be\s+))?\Z""",
    re.VERBOSE,
)
#: a subject count with a relative clause before its passive death word: "a porter who
#: crossed into India early on Monday was shot dead", "two herders who strayed over the
#: line were killed"
_RELATIVE_SUBJECT = re.compile(
    rf"""(?:
        (?:{QUALIFIER})?(?<![\w.,-])(?P<n>{NUMBER}){NUMBER_END}(?:\s+[a-z][\w'’-]*){{0,3}}?
        \s+(?:{_PEOPLE})
      | (?<![a-z])(?P<article>an?)(?:\s+[a-z][\w'’-]*){{0,3}}?\s+["“‘']?(?:{_PERSON})["”’']?
    )
    \s+who\s+(?:[a-z0-9][\w'’-]*\s+){{1,10}}?(?P<aux>{_AUX})\s+(?:{_ADVERB}\s+){{0,2}}\Z""",
    re.VERBOSE,
)
#: the people a side lost, right after the count: "lost two soldiers", "lost three of its
#: men" (not "lost two tanks", "lost 5 per cent", "lost two players to injury")
_LOST_PEOPLE = re.compile(
    rf"(?:\s+(?!(?:{_THINGS})(?![a-z]))[a-z][\w'’-]*){{0,3}}?\s+(?:{_PEOPLE}|{_PERSON}|men)(?![a-z])"
    r"(?!\s+to\s)"  # "lost two players to injury", "lost residents to emigration"
)
#: after a participle without "were": a passive ("12 killed in ...") not an active verb
_PASSIVE_FOLLOW = re.compile(rf"\s*(?:$|[^\w\s])|\s+(?:{_FOLLOWERS})(?![a-z])")
_TOLL = re.compile(
    rf"""(?:,?\s+(?!(?:injured|wounded|hurt|injuries)(?![a-z]))[\w'’-]+){{0,12}}?
    ,?\s+(?:to|at|of|reached|hit|passed|surpassed|exceeded|topped|is|was|stands|stood|now)
    \s+(?:{QUALIFIER})?(?P<n>{NUMBER}){NUMBER_END}""",
    re.VERBOSE,
)
#: the verbs of a toll that grew: "rose to", "has climbed to"
TOLL_GREW = r"risen|rose|climbed|increased|jumped|grown|grew|mounted|went\s+up|gone\s+up"
#: a toll whose sentence first names the attack at length, then says it grew: "the death
#: toll from Friday's raid on border posts in the north by rebel fighters has risen to 27",
#: perhaps with where it started ("rose from nine to 21 soldiers": the later number)
_TOLL_RISEN = re.compile(
    rf"""(?:,?\s+(?!(?:injured|wounded|hurt|injuries)(?![a-z]))[\w'’-]+){{0,24}}?
    \s+(?:has\s+|had\s+|have\s+)?(?:{TOLL_GREW})
    (?:\s+from\s+(?:an?\s+)?{NUMBER}(?:\s+[a-z]+)?)?
    \s+to\s+(?:{QUALIFIER})?(?P<n>{NUMBER}){NUMBER_END}""",
    re.VERBOSE,
)
_LIVES_BEFORE = re.compile(
    rf"""(?:(?P<verb>claim(?:ed|ing|s)?|cost(?:ing|s)?|took|tak(?:e|es|ing)|los(?:t|e|es|ing))
    \s+)?(?:{QUALIFIER})?(?<![\w.,-])(?P<n>{NUMBER}){NUMBER_END}(?:\s+[a-z]+)?\s+\Z""",
    re.VERBOSE,
)
#: the count right before "bodies": "seven bodies", "at least 12 more bodies"
_BODIES_COUNT = re.compile(
    rf"(?:{QUALIFIER})?(?<![\w.,-])(?P<n>{NUMBER}){NUMBER_END}\s+(?:more\s+)?\Z"
)
#: bodies found, after them or before them: "were recovered", "rescuers pulled nine"
_FOUND_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|have\s+been|had\s+been|has\s+been)\s+)?(?:also\s+|later\s+)?"
    r"(?:recovered|retrieved|found|pulled|dug|exhumed|brought)(?![a-z])"
)
_FOUND_BEFORE = re.compile(
    r"(?:recovered|retrieved|found|pulled|dug\s+out|exhumed|recovering|pulling)\s+\Z"
)
#: "the dead were two women and a boy": the list that follows is all the dead (not
#: "among the dead were", "the dead included": some of them)
_THE_BEFORE = re.compile(r"(?<!among\s)(?<![a-z])the\s+\Z")
_WERE_AFTER = re.compile(r"\s+(?:were|are)(?=\s)")
_TAKE_THE = re.compile(r"(?:claim(?:ed|ing|s)?|took|tak(?:e|es|ing)|cost(?:ing|s)?)\s+the\s+\Z")
_LIVES_LOST = re.compile(r"\s+(?:were|have\s+been|had\s+been|are)\s+lost(?![a-z])")

_ASIDE_RX = re.compile(rf"(?:{_ASIDE})\s")
#: the first word after an aside ("three people, including a child, were killed")
_AUX_WORDS: Final = frozenset({"were", "was", "are", "is", "have", "has", "had", "got"})
#: first words of a subject count: number words, "a"/"an" and the qualifiers' first words
_SUBJECT_STARTS: Final = frozenset(
    [*NUMBER_WORDS.split(), "a", "an", *(q.split()[0] for q in QUALIFIERS)]
)


def _lower(text: str) -> str:
    """Lower-case without changing the length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _read_at(sentence: str, low: str, word: re.Match[str], found: list[Found]) -> None:
    """Read the counts tied to one death word."""
    kind = word.lastgroup
    p, end = word.span()
    text = word.group()
    if kind == "toll":
        m = _TOLL.match(low, end) or _TOLL_RISEN.match(low, end)
        if m and (c := read_count(low, m)):
            found.append(c)
        return
    if kind == "lost":
        m = _OBJECT.match(low, end)
        if m and (m.group("article") or _LOST_PEOPLE.match(low, m.end())):
            if c := read_count(low, m):
                found.append(c)  # "the army said it lost two soldiers"
        return
    if kind == "livesof" and not _TAKE_THE.search(low, max(0, p - 20), p):
        return  # "saved the lives of 30": only claimed/took/cost the lives of
    if kind in ("verb", "of", "livesof"):
        m = _OBJECT.match(low, end)
        c = None
        if m and (m.group("article") or _follows_object(sentence, low, m.end())):
            c = read_count(low, m)
            if c and m.group("upto"):
                c = c[0], m.end("upto"), c[2], True  # "killing 10 to 15": the floor
        elif kind == "verb":
            c = _one_named(sentence, end)
        if c:
            found.append(c)
    if kind == "bodies":
        _bodies_found(low, p, end, found)
        return
    if kind == "state" and text == "dead" and _the_dead_were(sentence, low, p, end, found):
        return
    if kind == "lives":
        m = _LIVES_BEFORE.search(low, max(0, p - 60), p)
        if m and (m.group("verb") or _LIVES_LOST.match(low, end)) and (c := read_count(low, m)):
            found.append(c)
        return
    if kind == "state" or text in _PARTICIPLES:
        active = text in _PARTICIPLES and not _PASSIVE_FOLLOW.match(low, end)
        if active:
            before = low[max(0, p - 16) : p].split()
            if not before or before[-1] not in _BEFORE_PASSIVE:
                return  # "which killed nine people": no subject count to look for
        m = _subject_before(low, p) or (None if active else _relative_subject(low, p))
        if m is None or (active and not m.group("aux")):
            return  # "two gunmen killed nine people": the number is the killers
        if c := read_count(low, m):
            found.append(c)


def _bodies_found(low: str, p: int, end: int, found: list[Found]) -> None:
    """ "Seven bodies were recovered from the rubble", "rescuers pulled nine bodies from
    the ruins": the bodies found are the dead.

    >>> found = []
    >>> _bodies_found("seven bodies were recovered", 6, 12, found)
    >>> found
    [(0, 5, 7, False)]
    """
    m = _BODIES_COUNT.search(low, max(0, p - 40), p)
    if m is None:
        return
    before = low[max(0, m.start() - 30) : m.start()]
    if _FOUND_AFTER.match(low, end) or _FOUND_BEFORE.search(before):
        if c := read_count(low, m):
            found.append(c)


def _the_dead_were(sentence: str, low: str, p: int, end: int, found: list[Found]) -> bool:
    """ "The dead were two women and a boy": the list after "the dead were" is all the
    dead. Whether the word is so used."""
    if _THE_BEFORE.search(low[max(0, p - 20) : p]) is None:
        return False
    were = _WERE_AFTER.match(low, end)
    if were is None:
        return False
    m = _OBJECT.match(low, were.end())
    if m and (m.group("article") or _follows_object(sentence, low, m.end())):
        if c := read_count(low, m):
            found.append(c)
    return True


#: one person named right after a killing verb: "killing him", "killed Ana Ruiz, a nurse"
_ONE_NAMED = re.compile(
    r"""\s+(?:
        (?P<pronoun>him|her)(?=\s*(?:$|[^\w\s])|\s+(?:on|in|at|instantly|outright)\b)
      | (?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)
        (?=,\s+(?:one\s+of|an?|the)\s)
    )""",
    re.VERBOSE,
)


def _one_named(sentence: str, end: int) -> Found | None:
    """One dead when a killing verb's object is one person: a pronoun ("shot the man,
    killing him on the spot") or a name with a description after it ("the raid killed
    Omar Haddad, one of the group's founders"). A name alone may be a group's
    ("killed Islamic State fighters"), so it needs the description.

    >>> _one_named("The troops killed Omar Haddad, the rebels' deputy leader.", 17)
    (18, 29, 1, False)
    """
    m = _ONE_NAMED.match(sentence, end)
    if m is None:
        return None
    start, stop = m.span(m.lastgroup or 0)
    return start, stop, 1, False


def _subject_before(low: str, p: int) -> re.Match[str] | None:
    """The leftmost subject count that runs up to the death word at ``p``.

    Equivalent to ``_SUBJECT.search(low, p - 90, p)`` but tries only the tokens that
    can start a count (a digit, a number word, "a", "at least" ...): ten times faster.
    """
    lo = max(0, p - 90)
    segment = low[lo:p]
    # a count and its noun phrase never span a comma (but for an aside such as
    # ", including a child,"), a semicolon, a colon or a bracket
    cut = segment.rfind(", ")
    after = segment[cut + 2 :].split() if cut >= 0 else []
    if after and after[0] in _AUX_WORDS:
        aside = segment.rfind(", ", 0, cut)
        if aside >= 0 and _ASIDE_RX.match(segment, aside + 2):
            cut = segment.rfind(", ", 0, aside)
    cut = max(cut, segment.rfind(";"), segment.rfind(": "), segment.rfind("("))
    if cut >= 0:
        lo += cut + 1
        segment = segment[cut + 1 :]
    pos = 0
    for token in segment.split():
        pos = segment.find(token, pos)
        head = token.split("-", 1)[0]
        if head[:1].isdigit() or head in _SUBJECT_STARTS:
            m = _SUBJECT.match(low, lo + pos, p)
            if m:
                return m
        pos += len(token)
    return None


def _relative_subject(low: str, p: int) -> re.Match[str] | None:
    """The subject count of a passive death word when a relative clause stands between
    them: "an Afghan migrant who tried to cross the border on Friday was shot dead" is one
    dead. The clause holds no punctuation, so the count is the clause's own subject.

    >>> low = "a nepali porter who crossed into india was shot dead"
    >>> _relative_subject(low, low.index("shot")).group("article")
    'a'
    """
    lo = max(0, p - 120)
    segment = low[lo:p]
    cut = max(segment.rfind(","), segment.rfind(";"), segment.rfind(":"), segment.rfind("("))
    start = lo + cut + 1 if cut >= 0 else lo
    if low.find(" who ", start, p) < 0:
        return None
    return _RELATIVE_SUBJECT.search(low, start, p)


def _follows_object(sentence: str, low: str, pos: int) -> bool:
    return bool(_OBJECT_FOLLOW.match(low, pos) or _CAPITAL_FOLLOW.match(sentence, pos))


def killed_count(sentence: str) -> Count | None:
    """How many people ``sentence`` says were killed, or None when it states no number.

    Only numbers tied to a word of killing or death count; when there are several
    the largest is returned (the earliest among equals).
    """
    low = _lower(sentence)
    keys = [key for key in _DEATH_KEYS if key in low]
    if not keys:
        return _none_killed(sentence, low)
    found: list[Found] = []
    for key in keys:
        i = low.find(key)
        while i >= 0:
            if i == 0 or not low[i - 1].isalpha():
                word = _DEATH_WORD.match(low, i)
                if word and not _wounded_too(low, word) and not _running_total(low, word):
                    _read_at(sentence, low, word, found)
            i = low.find(key, i + 1)
    if not found:
        return _one_who_died(sentence, low) or _none_killed(sentence, low)
    more = {c[:2]: c[2] for c in found if _more_dead(low, c)}
    found = [c for c in found if c[:2] not in more] or found
    best = _range_floor(low, max(found, key=lambda c: (c[2], -c[0])))
    start, end, value, at_least = _with_coordinated(low, best, sentence)
    if best[:2] not in more and not _A_TOTAL.search(low):
        value += sum(more.values())
        if _ANOTHER_DEAD.search(low, end):
            value += 1  # "one soldier was killed on the spot; another died in hospital"
    return Count(start, end, sentence[start:end], value, at_least)


#: a count of more dead than one told before it: "two more", "another two", "a further 3"
_MORE_AFTER = re.compile(r"\s+more(?![a-z])")
_MORE_BEFORE = re.compile(r"(?:another|a\s+further|an\s+additional)\s+\Z")
#: one more dead after the count, with no number: "another died in hospital"
_ANOTHER_DEAD = re.compile(
    r"\banother\s+(?:[a-z]+\s+)?(?:later\s+)?(?:died|was\s+killed|succumbed|perished)\b"
)
#: ... unless the other count is a total that holds them: "bringing the toll to 30"
_A_TOTAL = re.compile(r"\b(?:toll|total|bringing|brings|raising|raises)\b")


def _more_dead(low: str, c: Found) -> bool:
    """Whether count ``c`` adds to another of its sentence: "three civilians were killed
    and two more died in hospital" is five.

    >>> _more_dead("two more died", (0, 3, 2, False))
    True
    """
    return bool(_MORE_AFTER.match(low, c[1]) or _MORE_BEFORE.search(low[max(0, c[0] - 16) : c[0]]))


#: "killed or wounded", "wounded or killed": a count of casualties, not of the dead
_OR_HURT_AFTER = re.compile(r"\s+or\s+(?:seriously\s+)?(?:wounded|injured|hurt|missing)\b")
_OR_HURT_BEFORE = re.compile(r"\b(?:wounded|injured|hurt)\s+or\s+\Z")


def _wounded_too(low: str, word: re.Match[str]) -> bool:
    """ "Five people were killed or wounded": the dead and the wounded together.

    >>> t = "five were killed or wounded"
    >>> _wounded_too(t, _DEATH_WORD.match(t, 10))
    True
    """
    p, end = word.span()
    return bool(_OR_HURT_AFTER.match(low, end) or _OR_HURT_BEFORE.search(low, max(0, p - 24), p))


#: right before a death word: a present perfect ("have killed", "has now died")
_PERFECT_BEFORE = re.compile(
    r"\b(?:have|has)\s+(?:(?:now|already|so\s+far|reportedly)\s+)?(?:been\s+)?\Z"
)
#: right before "lives": a present perfect of claiming ("has so far claimed 200 lives",
#: "have cost the lives of")
_PERFECT_LIVES = re.compile(
    r"\b(?:have|has)\s+(?:(?:now|already|so\s+far|reportedly)\s+)?(?:claimed|cost|taken)\s+"
    r"(?:the\s+|(?:[\w,+]+\s+){1,4})\Z"
)
#: a period the dead are counted over: "since October", "so far", "this year"
_OVER_A_PERIOD = re.compile(
    r"\b(?:since|so\s+far|to\s+date|in\s+total|altogether|this\s+(?:year|month)"
    r"|(?:over|in)\s+the\s+(?:past|last)\s)"
)
_CLAUSE_ENDS = re.compile(r"[;.!?]")


def _running_total(low: str, word: re.Match[str]) -> bool:
    """ "Strikes since January have killed 120": the dead of a campaign over a period,
    told in the present perfect, which no one strike's toll is.

    >>> t = "jets struck on monday; strikes since january have killed 120"
    >>> _running_total(t, _DEATH_WORD.match(t, 50))
    True
    """
    p, end = word.span()
    if _PERFECT_BEFORE.search(low, max(0, p - 40), p) is None and (
        word.lastgroup not in ("lives", "livesof")
        or _PERFECT_LIVES.search(low, max(0, p - 60), p) is None
    ):
        return False
    return _OVER_A_PERIOD.search(low, *_clause_of(low, p, end)) is not None


def _clause_of(low: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause (between ";", ".", "!" or "?") that holds ``low[start:end]``.

    >>> _clause_of("jets struck; five were hurt. more", 13, 17)
    (12, 27)
    """
    lo = max((m.end() for m in _CLAUSE_ENDS.finditer(low, 0, start)), default=0)
    hi = _CLAUSE_ENDS.search(low, end)
    return lo, hi.start() if hi else len(low)


_GROUP = rf"(?:\s+[a-z][\w'’-]*){{0,2}}?\s+(?:{_PEOPLE}|{_PERSON})"
#: a count of people right before "and" and the count read: "two soldiers and [three]"
_COUNT_AND = re.compile(
    rf"(?<![\w.,-])(?:{QUALIFIER})?(?P<n>{NUMBER}|an?){_GROUP}\s+and\s+\Z", re.VERBOSE
)
#: one more group of a list before the groups joined by "and": "[two soldiers,] seven
#: rebels and one officer"
_LIST_ITEM = re.compile(
    rf"(?<![\w.,-])(?:{QUALIFIER})?(?P<n>{NUMBER}|an?)(?:\s+[^\s,;:]+){{0,6}}?"
    rf"\s+(?:{_PEOPLE}|{_PERSON}),\s+\Z"
)
#: "and" and a count of people after the count read and its noun: "[three] civilians and
#: two soldiers"
_AND_COUNT = re.compile(
    rf"{_GROUP}\s+and\s+(?:(?:her|his|their|its)\s+)?(?:{QUALIFIER})?(?P<n>{NUMBER}|an?)"
    rf"{_GROUP}(?![a-z])",
    re.VERBOSE,
)


#: one kin of the group counted, with no number of their own: "a woman and her daughter"
_AND_KIN = re.compile(
    rf"{_GROUP}\s+and\s+(?:her|his|their)\s+(?:son|daughter|child|baby|wife|husband|mother"
    r"|father|brother|sister|grandson|granddaughter|grandchild)(?![a-z])"
)


#: a range's lower end right before the count read: "between 10 and [15]", "10 to [15]",
#: "two or [three]" (not a toll that rose "from 9 to [14]")
_RANGE_BEFORE = re.compile(
    rf"(?:\b(?P<between>between)\s+|(?<!from\s))(?<![\w.,-])(?P<n>{NUMBER})"
    r"(?:\s+(?P<sep>to|or|and)\s+|\s*[-–]\s*)\Z"
)


def _range_floor(low: str, c: Found) -> Found:
    """A range gives its lower end, the number the text is sure of: "between 10 and 15
    people were killed" is 10.

    >>> _range_floor("between 10 and 15 people were killed", (15, 17, 15, False))
    (8, 17, 10, True)
    """
    start, end, value, _ = c
    m = _RANGE_BEFORE.search(low, max(0, start - 40), start)
    if m is None or (m.group("sep") == "and" and not m.group("between")):
        return c
    lower = parse_number(m.group("n"))
    if lower is None or lower >= value:
        return c
    return m.start("n"), end, lower, True


#: a count and a capitalised word shared with the count read by "and": "two Armenian and
#: [three] Azerbaijani soldiers"
_COUNT_ADJ_AND = re.compile(
    rf"(?<![\w.,-])(?:{QUALIFIER})?(?P<n>{NUMBER})\s+(?P<adj>[a-z][\w'’-]*)\s+and\s+\Z"
)


def _with_coordinated(low: str, c: Found, sentence: str = "") -> Found:
    """The dead of all the groups a count is joined to by "and", together: "two soldiers
    and three civilians were killed" is 5, "killing a woman and nine children" 10, "two
    Armenian and three Azerbaijani soldiers were killed" 5, "two soldiers, seven rebels
    and one officer died" 10.

    >>> _with_coordinated("two soldiers and three civilians were killed", (17, 22, 3, False))
    (0, 22, 5, False)
    """
    start, end, value, at_least = c
    before = _COUNT_AND.search(low, max(0, start - 60), start)
    if before is None and sentence:
        before = _COUNT_ADJ_AND.search(low, max(0, start - 40), start)
        if before is not None and not sentence[before.start("adj")].isupper():
            before = None
    if before is not None:
        n = people_count(before.group("n"))
        if n is not None:
            start, value = before.start(), value + n
            at_least = at_least or is_floor(before)
    after = _AND_COUNT.match(low, end)
    if after is not None and (n := people_count(after.group("n"))) is not None:
        end, value = after.end("n"), value + n
        at_least = at_least or is_floor(after)
    elif (kin := _AND_KIN.match(low, end)) is not None:
        end, value = kin.end(), value + 1  # "killing a woman and her daughter"
    while (start, end) != c[:2] and (item := _LIST_ITEM.search(low, max(0, start - 80), start)):
        if (n := people_count(item.group("n"))) is None:
            break
        start, value = item.start(), value + n  # "two soldiers, seven rebels and one"
        at_least = at_least or is_floor(item)
    return start, end, value, at_least


#: a sentence that says nobody died: "no casualties were reported", "no one was killed",
#: "no injuries were reported" (nobody hurt, so nobody dead)
_NONE_KILLED = re.compile(
    r"\b(?:no|zero)\s+(?:immediate\s+|reported\s+)?(?:(?:damage|injuries|damages)\s+or\s+)?"
    r"(?:casualties|deaths|fatalities|injuries"
    r"|one\s+was\s+(?:killed|hurt|injured)|lives\s+were\s+lost|loss\s+of\s+life)\b"
    r"|\bwithout\s+(?:any\s+|causing\s+(?:any\s+)?)?(?:casualties|injuries)\b"
    r"|\bnobody\s+was\s+(?:killed|hurt|injured)\b"
    # "there is no harm to our people", "no damage to the troops"
    r"|\bno\s+(?:damage|harm)\s+to\s+(?:our\s+|the\s+|any\s+)?(?:people|civilians|personnel"
    r"|troops|soldiers|residents)\b"
    r"|\bno\s+(?:immediate\s+|other\s+)?reports?\s+of\s+(?:any\s+)?(?:casualties|deaths|injuries)\b"
    r"|\bneither\s+side\s+(?:reported|suffered|sustained)\s+(?:any\s+)?(?:casualties|deaths|losses)\b"
    # "there had not yet been any casualties", "did not cause any injuries": a negated
    # verb of happening or causing, never one of knowing ("could not confirm any ...")
    r"|(?:\bnot|n't|\bnever)\s+(?:(?:yet|been|be|there|cause[sd]?|causing|result(?:ed)?\s+in"
    r"|report(?:ed)?|suffer(?:ed)?|sustain(?:ed)?)\s+){0,3}any\s+(?:immediate\s+)?"
    r"(?:casualties|deaths|fatalities|injuries)\b"
)


#: one person told with a clause of their own, then their death: "a Thai soldier who was
#: wounded in the firefight on Friday died of his wounds on Monday"
_ONE_WHO_DIED = re.compile(
    rf"""(?<![\w-])(?P<n>an?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON})\s+
    (?:who|wounded|injured|hurt|hit|shot)\s[^.;]*?\s
    (?:later\s+|subsequently\s+|eventually\s+)?
    (?:died|succumbed|passed\s+away|lost\s+(?:his|her)\s+life)(?![a-z])""",
    re.VERBOSE,
)


def _one_who_died(sentence: str, low: str) -> Count | None:
    """A toll of one when the sentence's one person, told with a clause of their own,
    died: "A Cambodian soldier wounded in a firefight near Surin on Friday died of his
    wounds on Monday" (the clause puts the death word too far from its subject)."""
    m = _ONE_WHO_DIED.search(low)
    if m is None:
        return None
    return Count(m.start("n"), m.end("n"), sentence[m.start("n") : m.end("n")], 1, False)


def _none_killed(sentence: str, low: str) -> Count | None:
    """A count of 0 when the sentence says nobody died.

    >>> _none_killed("No casualties were reported.", "no casualties were reported.").value
    0
    """
    if not any(w in low for w in ("no", "without", "zero", "n't", "neither")):
        return None
    m = _NONE_KILLED.search(low)
    if m is None:
        return None
    return Count(m.start(), m.end(), sentence[m.start() : m.end()], 0, False)


# ---------------------------------------------------------------------- the wounded

#: a word of wounding: "wounded", "injuring", "hurt", "injuries", "shrapnel wounds"
_WOUND_WORD = re.compile(r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es|y|ies)|hurt(?:ing|s)?)\b")
#: who a wound word is told of, near it: a count ("five", "17") or people ("civilians",
#: "a soldier", "the driver")
_WOUNDED_WHO = re.compile(
    rf"(?<![\w.,-])(?:{NUMBER})(?![\w-])|\b(?:{_PEOPLE}|{_PERSON})\b", re.VERBOSE
)
#: people only: "hurt" also harms things ("hurt two businesses", "hurt trade")
_HURT_WHO = re.compile(rf"\b(?:{_PEOPLE}|{_PERSON})\b")
#: a word that tells someone died: "killed", "dead", "died", "fatally", "lost their lives"
_DEATH_TOLD = re.compile(
    r"\b(?:killed|killing|kills|dead|deaths?|died|dies|dying|fatal(?:ly|ity|ities)?"
    r"|perish(?:ed)?|succumb(?:ed|s)?|bodies|lost\s+(?:their|his|her)\s+li(?:fe|ves)"
    r"|li(?:fe|ves)\s+(?:was\s+|were\s+)?lost)\b"
)
#: how far from a wound word its count or people may stand, within the clause
_WOUNDED_REACH = 50


def wounded_only(sentence: str) -> bool:
    """Whether ``sentence`` tells people wounded and nobody dead: "Indian shelling
    wounded three civilians", "five people were injured", "hurting two soldiers" (not
    "a move that hurt the talks", nor "two were killed and five wounded").

    >>> wounded_only("Shells hit the town on Monday, wounding five civilians.")
    True
    >>> wounded_only("Five people were killed or wounded.")
    False
    """
    low = _lower(sentence)
    if _DEATH_TOLD.search(low):
        return False
    for m in _WOUND_WORD.finditer(low):
        lo, hi = _clause_of(low, m.start(), m.end())
        lo, hi = max(lo, m.start() - _WOUNDED_REACH), min(hi, m.end() + _WOUNDED_REACH)
        who = _HURT_WHO if m.group().startswith("hurt") else _WOUNDED_WHO
        if who.search(low, lo, m.start()) or who.search(low, m.end(), hi):
            return True
    return False


def tells_a_death(sentence: str) -> bool:
    """Whether ``sentence`` says someone died, with or without a number: "one of them
    later died in hospital" (not "no one was killed").

    >>> tells_a_death("One of them later died in hospital.")
    True
    >>> tells_a_death("No one was killed.")
    False
    """
    low = _lower(sentence)
    if _none_killed(sentence, low) is not None:
        return False
    return any(not _over_a_period(low, m.start()) for m in _DEATH_TOLD.finditer(low))


#: a present perfect: "have shot dead", "has killed"
_PERFECT = re.compile(r"\b(?:have|has)\s")


def _over_a_period(low: str, p: int) -> bool:
    """Whether the death word at ``p`` is told in the present perfect of a clause naming a
    period: "police have shot dead six migrants since May" counts no one incident's dead.

    >>> _over_a_period("police have shot dead six since may", 17)
    True
    """
    lo, hi = _clause_of(low, p, p)
    return bool(_PERFECT.search(low, lo, hi) and _OVER_A_PERIOD.search(low, lo, hi))
