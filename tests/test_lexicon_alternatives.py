"""The phrase syntax takes "|" between single words: "demarcation|border line" is
"demarcation line" or "border line", while "demarcation line|border line" asks for
"demarcation", then "line" or "border", then "line". No phrase of the bundled
lexicons may be written the second way."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest


def _strings(node: object):
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


def _word_by_word_mistake(phrase: str) -> bool:
    """Whether an alternative of a "|" word repeats the word next to it, the mark of
    a phrase written with whole phrases between the bars."""
    words = phrase.split()
    for i, word in enumerate(words):
        if "|" not in word:
            continue
        alternatives = set(word.split("|"))
        beside = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
        if alternatives & set(beside):
            return True
    return False


@pytest.mark.parametrize(
    ("phrase", "mistaken"),
    [
        ("crossed ...3 demarcation line|border line", True),
        ("crossed ...3 demarcation|border line", False),
        ("met|meets|meeting with|talked with ...3 {private}", True),
        ("clash|clashes|clashed with ...2 protesters", False),
    ],
)
def test_the_check_tells_a_mistaken_phrase(phrase: str, mistaken: bool) -> None:
    assert _word_by_word_mistake(phrase) is mistaken


@pytest.mark.parametrize("name", ["triggers.toml", "actors.toml"])
def test_no_bundled_phrase_puts_whole_phrases_between_bars(name: str) -> None:
    data = tomllib.loads(files("geomap.lexicons").joinpath(name).read_text(encoding="utf-8"))
    assert [p for p in _strings(data) if _word_by_word_mistake(p)] == []
