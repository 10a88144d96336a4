"""Turn an input file's bytes into text, in the encoding it was written in.

News pages and text files downloaded from the web are not all UTF-8. A windows-1251
page read as UTF-8 becomes a run of U+FFFD, and latin-1 text loses every accent, so
the places in it are never found. The order of evidence is the one browsers use:

1. a byte-order mark, which states the encoding outright;
2. for HTML, the page's own ``<meta charset>`` or ``http-equiv`` declaration;
3. UTF-8, which almost never decodes text written in anything else;
4. a guess by charset-normalizer, reported to the user, since a guess can be wrong.

Text that holds NUL bytes after all that is binary (a PDF or an image renamed),
not an article.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import InputError

__all__ = ["Decoded", "decode_bytes", "strip_surrogates"]

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: only the head of a page may declare its encoding (HTML asks for the first 1,024 bytes)
_HEAD_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE
)
#: labels that browsers read as windows-1252 (WHATWG Encoding Standard)
_WINDOWS_1252 = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1"}
#: how close (in charset-normalizer's "chaos") a guess must be to the best one to compete
_CHAOS_MARGIN = 0.1
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Decoded:
    """Text and how it was decoded; ``note`` says what the reader should be told."""

    text: str
    encoding: str
    note: str | None = None


def decode_bytes(data: bytes, name: str, *, html: bool = False) -> Decoded:
    """Decode ``data`` (the bytes of the file called ``name``); InputError if binary."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], name, encoding, "byte-order mark")
    declared = _declared_charset(data[:_HEAD_BYTES]) if html else None
    if declared is not None:
        try:
            return _checked(data.decode(declared), name, declared)
        except UnicodeDecodeError:
            pass  # the page is not what it declares: read on as undeclared
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    guessed = _guess(data)
    if guessed is None:
        return Decoded(
            data.decode("utf-8", errors="replace"),
            "utf-8",
            f"invalid UTF-8 at byte {first_bad} and no other encoding fits; "
            "bad bytes replaced with U+FFFD",
        )
    encoding, text = guessed
    return Decoded(text, encoding, f"not UTF-8; decoded as {_label(encoding)} (a guess)")


def strip_surrogates(text: str) -> str:
    """``text`` with lone surrogates (legal in JSON escapes, not in UTF-8) as U+FFFD,
    so that every writer downstream can encode it."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _strict(data: bytes, name: str, encoding: str, evidence: str) -> Decoded:
    """Decode with a stated encoding; bytes that break it are replaced, and said."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        text = data.decode(encoding, errors="replace")
        note = (
            f"invalid {_label(encoding)} (declared by {evidence}) at byte {exc.start}; "
            "bad bytes replaced with U+FFFD"
        )
        return Decoded(text, encoding, note)
    return _checked(text, name, encoding)


def _checked(text: str, name: str, encoding: str) -> Decoded:
    """Text decoded without error, unless it is binary after all."""
    if "\x00" in text:
        raise InputError(f"{name}: binary file (contains NUL characters), expected text")
    return Decoded(text, encoding)


def _declared_charset(head: bytes) -> str | None:
    """The codec a page's ``<meta>`` declares, when Python knows it."""
    m = _META_CHARSET.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    # a page served as UTF-16 cannot hold an ASCII <meta>; the declaration is wrong
    return None if codec.startswith(("utf-16", "utf-32")) else codec


def _guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best reading; among near-equal ones the most coherent
    language wins, and windows-1252 (the web's usual legacy encoding) breaks ties."""
    from charset_normalizer import from_bytes  # imported here: only odd files need it

    results = list(from_bytes(data))
    if not results:
        return None
    floor = min(r.chaos for r in results) + _CHAOS_MARGIN
    close = [r for r in results if r.chaos <= floor]
    best = max(close, key=lambda r: (r.coherence, r.encoding == "cp1252"))
    text = str(best)
    if best.encoding != "cp1252":
        try:
            if data.decode("cp1252") == text:  # the same text: use the usual name
                return "cp1252", text
        except UnicodeDecodeError:
            pass
    return best.encoding, text


def _label(codec: str) -> str:
    """A codec's name as people know it: cp1251 is "windows-1251"."""
    name = codecs.lookup(codec).name
    return f"windows-{name[2:]}" if re.fullmatch(r"cp125\d", name) else name
