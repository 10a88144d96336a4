"""Names that hold a place name but are not places: people and organisations.

A country or town name inside a longer name does not put a mark on the map there:
"Defence Minister Israel Katz" is a person, "Kurdistan Workers' Party" a party and
"Emerald Triangle" a name of its own. The recogniser (``geomap.mentions``) asks these
functions before it accepts a span. They read general evidence only — a title or a
given name before the name, the words a group's name ends with, two names that only
make sense as one — never lists of particular people or groups.

The token arguments are the recogniser's ``_Tok`` records (``start``, ``end``,
``lower``, ``cap`` and ``join``, how a token joins the one before it).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["NameSpan", "one_unknown_name", "organisation_end", "person_extent"]


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A stretch of text found to be a person's or an organisation's name."""

    start: int
    end: int
    kind: str  # "person" | "organisation"


def person_extent(toks: Sequence[Any], first: int, last: int, particles: Collection[str]) -> int:
    """The index of the last token of a person's name that starts at token ``first``;
    the name runs on over capitalised words joined by a space or a hyphen, and over
    particles between them, but never past token ``last``.

    After "Defence Minister", the name "Israel Katz" runs from "Israel" to "Katz": the
    surname is "Katz", and "Israel" is a given name there, not a country.
    """
    end = first
    k = first + 1
    while k <= last:
        tok = toks[k]
        if tok is None or tok.join is None:
            break
        if tok.cap:
            end = k
        elif tok.lower not in particles or k == last or not toks[k + 1].cap:
            break  # "and", "of": a second name begins, not this one
        k += 1
    return end


#: the capitalised run that goes on after a name: "' Party", " Liberation Army",
#: " Security Council" (through "of", "for", "and", "the" inside the run)
_RUN_AFTER = re.compile(
    r"(?:['’]s?)?((?:[ -](?:(?:of|for|and|the|on) )?[A-Z][\w&]*(?:['’](?:s\b)?)?){1,6})"
)
_RUN_WORD = re.compile(r"[A-Za-z]+(?:['’]s\b|['’])?")


def organisation_end(text: str, end: int, lex: Mapping[str, Collection[str]]) -> int | None:
    """Where the name of a movement that a place name begins ends, or None.

    "Kurdistan Workers' Party", "Tigray People's Liberation Front": the capitalised
    run after the place ends in a word that heads a group's name ("Party", "Front"),
    and a word between names the cause or the people the group speaks for
    ("Workers'", "Liberation"), so the place is part of the group's name. Most
    names of institutions keep their place, which is the institution's home: "York
    County Council", "Mansfield Police Department", "California Republican Party"
    (lists ``group_heads``, ``cause_words`` and ``org_words`` in ``lex``).
    """
    m = _RUN_AFTER.match(text, end)
    if m is None:
        return None
    words = [(_bare(w.group()), w) for w in _RUN_WORD.finditer(text, m.start(1), m.end(1))]
    while words and words[0][0] in lex["type_words"]:
        words.pop(0)  # "York County Council": the council of York County
    if len(words) < 2 or words[0][0] in lex["org_words"]:
        return None  # "Pakistan Army", "Mansfield Police Department"
    found = None
    for k, (word, w) in enumerate(words[1:], 1):
        if w.group()[0].isupper() and word in lex["group_heads"]:
            if any(own in lex["cause_words"] for own, _ in words[:k]):
                found = w.end()
    return found


def _bare(word: str) -> str:
    """The word without any possessive ending, lower-cased: "Workers'" -> "workers"."""
    return word.rstrip("'’").removesuffix("'s").removesuffix("’s").lower()


def one_unknown_name(readings: Sequence[Sequence[tuple[Any, str]]], big: int) -> bool:
    """Whether two capitalised words that each name a small town are one name the
    gazetteer does not know: "Emerald Triangle" is not Emerald (Queensland) next to
    Triangle (Virginia). ``readings`` holds each word's (place, name class) pairs."""
    return all(
        found and all(p.kind == "city" and p.population < big for p, _ in found)
        for found in readings
    )
