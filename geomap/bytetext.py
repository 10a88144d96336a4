"""Bytes as text a page can hold: seven bits a character, not base64's six.

Why: a large map page carries its data deflated, and base64 makes those bytes a
third larger; writing seven bits per ASCII character makes them only a seventh
larger (a little more for escapes). The text lives in a ``<script type="text/plain">``
element, read back by ``geomap.bytesOf`` in ``map.js``, so only what the HTML parser
would change or what would end the element must be escaped: NUL, carriage return,
``<``, and the characters ``html.escape`` rewrites (``&``, ``>``, ``"``, ``'``), which
keeps the text unchanged when the report embeds the page as ``<iframe srcdoc>``, and
``{`` (the page goes through Jinja templates, which would read ``{{`` or ``{%``).
Each of those values, and DEL itself, is written as DEL and a digit.

>>> data = bytes(range(256)) * 3
>>> text = encode_bytes(data)
>>> decode_bytes(text) == data
True
>>> any(c in text for c in "\\x00\\r<>&\\"'{")
False
"""

from __future__ import annotations

import numpy as np

__all__ = ["ESCAPED", "decode_bytes", "encode_bytes"]

#: seven-bit values written as DEL and their position here (a digit)
ESCAPED = (0x00, 0x0D, 0x22, 0x26, 0x27, 0x3C, 0x3E, 0x7B, 0x7F)
_ESC = 0x7F
_DIGIT = np.zeros(128, dtype=np.uint8)
for _i, _v in enumerate(ESCAPED):
    _DIGIT[_v] = ord("0") + _i


def encode_bytes(data: bytes) -> str:
    """``data`` as ASCII text, seven bits a character, most significant first."""
    bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8))
    bits = np.concatenate([bits, np.zeros(-len(bits) % 7, dtype=np.uint8)])
    octets = np.zeros((len(bits) // 7, 8), dtype=np.uint8)  # a 0 bit, then seven
    octets[:, 1:] = bits.reshape(-1, 7)
    values = np.packbits(octets, axis=1).ravel()
    escaped = _DIGIT[values] != 0
    pairs = np.empty((len(values), 2), dtype=np.uint8)
    pairs[:, 0] = np.where(escaped, _ESC, values)
    pairs[:, 1] = _DIGIT[values]
    keep = np.ones((len(values), 2), dtype=bool)
    keep[:, 1] = escaped
    return pairs[keep].tobytes().decode("ascii")


def decode_bytes(text: str) -> bytes:
    """The bytes ``encode_bytes`` wrote (trailing padding bits dropped)."""
    out, acc, bits, i = bytearray(), 0, 0, 0
    while i < len(text):
        v = ord(text[i])
        if v == _ESC:
            i += 1
            v = ESCAPED[ord(text[i]) - ord("0")]
        acc, bits, i = (acc << 7) | v, bits + 7, i + 1
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
            acc &= (1 << bits) - 1
    return bytes(out)
