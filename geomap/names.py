"""Normalised keys for place names, shared by the gazetteer build and lookups.

News spells the same place many ways: "Sistan-Balochistan", "Sistan and Baluchestan",
"Sīstān va Balūchestān"; "Irbil" and "Erbil". ``name_key`` folds case, accents,
apostrophes and hyphens, so any spelling a source lists matches. ``loose_key`` keeps
only a consonant skeleton without connecting words, for spellings no source has;
lookups use it only when no exact key matches, and rank its hits lower.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Place

__all__ = [
    "article_keys",
    "article_match",
    "bare_key",
    "consonant_skeleton",
    "loose_key",
    "name_key",
    "sound_skeleton",
]

_APOSTROPHES = re.compile(r"[’'`ʻʼ‘]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")
#: connecting words and particles that vary between spellings of one name
_GLUE = frozenset({"and", "va", "wa", "e", "of", "the", "al", "el", "ul", "ye", "i"})
#: loose keys shorter than this collide too often to be useful
_MIN_LOOSE = 5
#: the Arabic article as news and gazetteers write it before a name, its consonant
#: assimilated to a "sun letter" or not: "Al-Bab", "El Arish", "Ar-Raqqa", "Ash Shihr"
_ARTICLES = frozenset({"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az"})
#: the sun letters (and digraphs) the article's "l" assimilates to
_SUN = frozenset({"t", "th", "d", "dh", "r", "z", "s", "sh", "n"})
#: a bare name shorter than this takes no article variant
_MIN_BARE = 4
#: a town found only by putting the article on its name needs this many people: a
#: plain word ("Nasr", "Ittihad") is more often a name of a group or a person
ARTICLE_TOWN = 10_000


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Lower-case ASCII key: accents stripped, apostrophes dropped, punctuation to spaces.

    >>> name_key("Sīstān va Balūchestān")
    'sistan va baluchestan'
    >>> name_key("Côte d’Ivoire")
    'cote divoire'
    """
    if name.isascii():  # most names in English news: nothing to decompose
        folded = name.lower()
    else:
        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = _APOSTROPHES.sub("", folded)
    folded = folded.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d")
    return _NON_WORD.sub(" ", folded).strip()


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """Consonant skeleton of the name without connecting words, or '' if too short.

    >>> loose_key("Sistan-Balochistan") == loose_key("Sistan and Baluchestan")
    True
    """
    skeleton = consonant_skeleton(name)
    return "~" + skeleton if len(skeleton.replace(" ", "")) >= _MIN_LOOSE else ""


@lru_cache(maxsize=65536)
def consonant_skeleton(name: str) -> str:
    """The name's consonants, word by word, without connecting words: 'hms' for Hamas."""
    words = " ".join(w for w in name_key(name).split() if w not in _GLUE)
    # no run of one letter crosses a space, so the whole string is treated at once
    return " ".join(_REPEATS.sub(r"\1", _VOWELS.sub("", words)).split())


#: letters that spell one sound in two transliterations: "Zakho" and "Zaxo", "Qandahar"
#: and "Kandahar", "Djibouti" and "Jibuti"
_SAME_SOUND = (("kh", "x"), ("q", "k"), ("ph", "f"), ("dj", "j"))


def sound_skeleton(name: str) -> str:
    """The consonant skeleton with the letters of one sound written one way.

    >>> sound_skeleton("Zakho") == sound_skeleton("Zaxo")
    True
    >>> sound_skeleton("Hamas") == sound_skeleton("Hamm")
    False
    """
    skeleton = consonant_skeleton(name)
    for spelling, one in _SAME_SOUND:
        skeleton = skeleton.replace(spelling, one)
    return _REPEATS.sub(r"\1", skeleton)


@lru_cache(maxsize=65536)
def bare_key(key: str) -> str:
    """A name key without its leading Arabic article.

    >>> bare_key("al qamishli"), bare_key("ar raqqah"), bare_key("alexandria")
    ('qamishli', 'raqqah', 'alexandria')
    """
    head, _, rest = key.partition(" ")
    return rest if rest and head in _ARTICLES else key


#: the Arabic article joined to a name by a hyphen: "Al-Bab", "el-Arish", "Ar-Raqqa"
_HYPHENED_ARTICLE = re.compile(r"(?:a[lrsdntz]|ash|ath|adh|el)[-‐‑–]\w", re.IGNORECASE)


@lru_cache(maxsize=65536)
def article_keys(surface: str) -> tuple[str, ...]:
    """The keys a place written with, or without, the Arabic article may be stored
    under: news writes "Qamishli" for the gazetteer's "Al Qāmishlī" and "Al-Fashaga"
    for "Fashaga". Only a hyphened article is taken off ("Al Gore" is a man, "An
    Albany" two words); only "al" (or its assimilated form) is put on, and only to one
    word, as "El Segundo" is no Arabic name. A match counts only when ``bare_key`` of
    the place's own name is the bare name, so an alternate name listed for another
    place does not.

    >>> article_keys("Qamishli")
    ('al qamishli',)
    >>> article_keys("Ar-Raqqa")
    ('al raqqa', 'raqqa')
    >>> article_keys("Shihr"), article_keys("Al Gore"), article_keys("Bab")
    (('al shihr', 'ash shihr'), (), ())
    """
    key = name_key(surface)
    bare = bare_key(key)
    if bare != key and not _HYPHENED_ARTICLE.match(surface):
        return ()
    if bare == key and " " in key:
        return ()  # the article is put on one word only: "Qamishli", not "Hassan Ali"
    if len(bare) < _MIN_BARE or not bare[0].isalpha():
        return ()
    forms = {bare, f"al {bare}"} if bare != key else {f"al {bare}"}
    lead = bare[:2] if bare[:2] in _SUN else bare[0]
    if lead in _SUN:
        forms.add(f"a{lead} {bare}")
    forms.discard(key)
    return tuple(sorted(forms))


def with_article(
    surface: str, lookup: Callable[[tuple[str, ...]], Mapping[str, Iterable[tuple[Place, str]]]]
) -> list[tuple[Place, str]]:
    """The (place, name class) pairs whose own name is ``surface`` with or without the
    Arabic article ("Qamishli" for "Al Qamishli"); ``lookup`` gives the stored pairs
    of some keys."""
    variants = article_keys(surface)
    if not variants:
        return []
    found = lookup(variants)
    return [
        (place, cls)
        for k in variants
        for place, cls in found.get(k, ())
        if cls != "abbr" and article_match(surface, place)
    ]


def article_match(surface: str, place: Place) -> bool:
    """Whether ``place``, found under one of ``article_keys(surface)``, is the place
    the surface names: its own name is the surface with or without the article and,
    when the article was put on, it is a province or a town of ``ARTICLE_TOWN``."""
    key = name_key(surface)
    bare = bare_key(key)
    if bare_key(name_key(place.name)) != bare:
        return False
    return bare != key or place.kind != "city" or place.population >= ARTICLE_TOWN
