"""geomap.bytetext: bytes as page-safe text, seven bits a character."""

from __future__ import annotations

import html
import random

from hypothesis import given
from hypothesis import strategies as st

from geomap.bytetext import ESCAPED, decode_bytes, encode_bytes


@given(st.binary(max_size=300))
def test_bytes_come_back_exactly(data: bytes) -> None:
    assert decode_bytes(encode_bytes(data)) == data


def test_text_is_ascii_safe_in_a_script_element_and_an_escaped_attribute() -> None:
    data = random.Random(0).randbytes(20_000) + bytes(range(256)) * 8  # the same every run
    text = encode_bytes(data)
    assert text.isascii()
    for c in "\x00\r<>&\"'{":
        assert c not in text
    assert html.escape(text, quote=True) == text  # unchanged inside <iframe srcdoc>
    # about 8/7 of the bytes, a little more for the escaped values (on random bytes,
    # 9 of the 128 seven-bit values take two characters): within 1% of that
    assert len(text) < len(data) * 8 / 7 * (1 + len(ESCAPED) / 128) * 1.01 + 2
