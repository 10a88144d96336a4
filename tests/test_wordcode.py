"""geomap.wordcode: sentences as a word table and codes, given back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geomap.wordcode import DIGITS, decode_texts, encode_texts

TEXTS = {
    "plain": ["Chile shelled Tacna.", "Peru shelled Arica, killing nine."],
    "empty and stops": ["", ".", "..", " .", "a."],
    "spaces": ["  two  spaces ", " "],
    "capitals that do not round-trip": ["İstanbul was calm.", "ǅemal spoke.", "𐐀 is Deseret."],
    "markup": ['<script>window.__pwned = 1</script> "quoted" & more.'],
}


@pytest.mark.parametrize("texts", TEXTS.values(), ids=TEXTS.keys())
def test_texts_come_back_exactly(texts: list[str]) -> None:
    assert decode_texts(encode_texts(texts)) == texts


@given(st.lists(st.text(max_size=60), max_size=20))
def test_any_texts_come_back_exactly(texts: list[str]) -> None:
    assert decode_texts(encode_texts(texts)) == texts


def test_frequent_words_get_short_codes_and_sentence_starts_share_them() -> None:
    """A capital opening a sentence and its full stop are flags, not new words."""
    packed = encode_texts(["Shells fell.", "shells fell near shells"])
    assert packed["words"] == ["shells", "fell", "near"]
    # flag digit (1: capital, 2: full stop), then one digit per word
    assert packed["codes"] == [DIGITS[3] + "AB", DIGITS[0] + "ABCA"]
    assert all(set(code) <= set(DIGITS) for code in packed["codes"])


def test_word_indices_past_31_take_more_digits() -> None:
    texts = [" ".join(f"w{i}" for i in range(40))]
    packed = encode_texts(texts)
    assert len(packed["codes"][0]) == 1 + 32 + 2 * 8
    assert decode_texts(packed) == texts
