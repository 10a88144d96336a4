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
from functools import lru_cache

__all__ = ["consonant_skeleton", "loose_key", "name_key"]

_APOSTROPHES = re.compile(r"[’'`ʻʼ‘]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")
#: connecting words and particles that vary between spellings of one name
_GLUE = frozenset({"and", "va", "wa", "e", "of", "the", "al", "el", "ul", "ye", "i"})
#: loose keys shorter than this collide too often to be useful
_MIN_LOOSE = 5


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
