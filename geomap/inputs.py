"""Find and read the input files of a run, safely, one file at a time.

This is the only module that opens input files. What it promises, and why:

* **One article at a time.** :class:`ArticleStream` reads the articles as they are
  taken, so a run holds one batch of texts, not the corpus; iterating it again reads
  the files again.
* **Bounded reads.** Each file is opened once (without blocking, so a named pipe
  cannot hang the run), checked with ``fstat`` to be a regular file (a FIFO, a device
  such as ``/dev/zero`` or a socket is refused), and read up to the size limit plus
  one byte whatever its size claims to be. JSON Lines are read line by line: the
  limit is per article, not per file.
* **Per-file isolation.** In a folder or a list of inputs, a file that cannot be
  read, decoded or parsed is skipped with one line naming it and the reason; a bad
  JSON line costs only that line. Every skip is counted (``Reading.skipped``) so a
  caller can refuse a run that lost anything (``strict``). Every ``OSError`` a file
  can raise becomes an :class:`InputError`.
* **Unique, stable ids.** An article's id is its path relative to the input given
  (``a/article.txt``), lengthened by its folders only where two inputs would share
  one; the same text read twice is one article.
* **Inputs never include outputs.** The output folder, when it lies inside an input
  folder, is left out (and said once), and pages geomap wrote are not read back.
* **Names as people can read them.** A file name that is not UTF-8 is shown with
  escapes (``caf\\xe9.txt``), never as a crash in a writer later on.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .articles import ARTICLE_EXTENSIONS, MAX_BYTES, _metadata_date, article_from_text
from .decoding import decode_bytes, strip_surrogates
from .errors import InputError
from .models import Article, ArticleText

__all__ = ["ArticleStream", "Reading", "display_path", "read_inputs"]

_LOG = logging.getLogger("geomap.articles")
_CHUNK = 1 << 20
#: a JSON Lines file this large shows its reading progress (about 2 s of reading)
PROGRESS_BYTES = 5_000_000
_LIMIT_HINT = " (max_bytes, --max-article-bytes)"
#: bidirectional controls: in an id or a link they can make "moc.live//:sptth" read as
#: a trusted address (a right-to-left override), so they never leave the reader
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: pages geomap writes say so in their head; the reader leaves them out
_GENERATOR = re.compile(
    rb"""<meta\s+name=["']generator["']\s+content=["']geomap|\sdata-generator=["']geomap\s""", re.I
)
_FILE_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


@dataclass(frozen=True)
class Reading:
    """The articles read, and one line for each file or JSON line skipped."""

    articles: tuple[Article, ...]
    skipped: tuple[str, ...]


@dataclass(frozen=True)
class _InputFile:
    path: str  # as the file system knows it (undecodable bytes as surrogate escapes)
    shown: str  # as the user should see it
    rel: tuple[str, ...]  # its path relative to the input given
    named: bool  # named on its own, not found in a folder


def display_path(path: str | os.PathLike[str] | bytes) -> str:
    """``path`` printable on one line: undecodable bytes and control characters escaped."""
    text = os.fsdecode(path)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def read_inputs(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    on_warning: Callable[[str], None] | None = None,
    max_bytes: int = MAX_BYTES,
    exclude: Iterable[str | os.PathLike[str]] = (),
    strict: bool = False,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> Reading:
    """Read every article in ``paths`` (files, or folders walked recursively).

    Raises :class:`InputError` when the only input named is unusable, and, with
    ``strict``, when anything at all was skipped. Folders in ``exclude`` (the output
    folder) are never read. ``on_progress(file, bytes read, file size)`` follows the
    reading of a large JSON Lines file, the one kind of file that takes long to read.
    """
    stream = ArticleStream(
        paths,
        on_warning=on_warning,
        max_bytes=max_bytes,
        exclude=exclude,
        strict=strict,
        on_progress=on_progress,
    )
    articles = tuple(stream)
    return Reading(articles, stream.skipped)


class ArticleStream:
    """The articles in ``paths``, read one at a time as they are taken (the options
    are those of :func:`read_inputs`).

    Each iteration reads the files again, with the same checks, ids and warnings;
    after one, ``skipped`` holds a line for each file or JSON line left out. With
    ``strict``, the iteration raises :class:`InputError` at its end when anything
    was skipped. ``make`` turns a text read (its id, text and metadata) into what
    the iteration yields: an ``Article`` (``article_from_text``), or, for a worker
    process to analyse, an ``ArticleText``.

    After an iteration, ``choices`` holds, for each article read, whether it was kept
    (duplicate texts and ids are not). Given to another stream of the same inputs as
    ``replay``, they spare it the digest of every text and id it would otherwise
    keep to find duplicates: a run reading its inputs twice does so in its second
    reading, which holds those digests while it holds everything else.
    """

    def __init__(
        self,
        paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
        *,
        on_warning: Callable[[str], None] | None = None,
        max_bytes: int = MAX_BYTES,
        exclude: Iterable[str | os.PathLike[str]] = (),
        strict: bool = False,
        on_progress: Callable[[str, int, int], None] | None = None,
        make: Callable[..., Article | ArticleText] = article_from_text,
        replay: bytearray | None = None,
    ) -> None:
        self.make = make
        self.replay = replay
        self.choices = bytearray()
        self.given = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
        self.warn = on_warning if on_warning is not None else _LOG.warning
        self.max_bytes = max_bytes
        self.excluded = {os.path.realpath(p) for p in exclude}
        self.strict = strict
        self.progress = on_progress
        self.skipped: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Any]:
        reader = _Reader(self.warn, self.max_bytes, self.progress, self.make)
        self.choices = reader.choices = bytearray()
        reader.replay = iter(self.replay) if self.replay is not None else None
        alone = len(self.given) == 1
        files: list[_InputFile] = []
        for path in self.given:
            try:
                files.extend(reader.list_input(path, self.excluded))
            except InputError as exc:
                if alone:
                    raise
                reader.skip(f"{exc} (input skipped)")
        for file, ident in zip(files, _unique_ids(files), strict=True):
            try:
                yield from reader.read_file(file, ident)
            except InputError as exc:
                if alone and file.named:
                    raise
                reader.skip(f"{exc} (file skipped)")
        self.skipped = tuple(reader.skipped)
        if self.strict and reader.skipped:
            n = len(reader.skipped)
            raise InputError(f"strict: {n} input{'s' if n > 1 else ''} skipped, nothing written")


class _Reader:
    """The state of one reading: what was read, what was skipped and said."""

    def __init__(
        self,
        warn: Callable[[str], None],
        max_bytes: int,
        progress: Callable[[str, int, int], None] | None,
        make: Callable[..., Article | ArticleText] = article_from_text,
    ) -> None:
        self.make = make
        self.warn = warn
        self.max_bytes = max_bytes
        self.progress = progress
        self.skipped: list[str] = []
        self._listed: set[str] = set()
        # what was read, compactly (a run may read millions of articles): each text's
        # sha256 and each id, with where it was read as one number (``_where``)
        self._texts: dict[bytes, int] = {}
        self._ids: dict[str, int] = {}
        self.choices = bytearray()  # whether each article read was kept
        self.replay: Iterator[int] | None = None  # an earlier reading's choices
        self._files: list[str] = []

    def skip(self, message: str) -> None:
        """Say that something was left out, and count it."""
        self.skipped.append(message)
        self.warn(message)

    # -------------------------------------------------------------- listing

    def list_input(self, given: str | os.PathLike[str], excluded: set[str]) -> list[_InputFile]:
        """The article files one input stands for, each listed once per run."""
        path = os.fsdecode(given)
        shown = display_path(path)
        try:
            info = os.stat(path)
        except OSError as exc:
            raise _os_error(shown, exc) from None
        if stat.S_ISDIR(info.st_mode):
            if os.path.realpath(path) in excluded:
                raise InputError(f"{shown}: this is the output folder, not an input")
            found = self._walk(path, excluded)
            if not found:
                raise InputError(
                    f"{shown}: folder holds no article files ({', '.join(ARTICLE_EXTENSIONS)})"
                )
        elif Path(path).suffix.lower() in ARTICLE_EXTENSIONS:
            found = [_InputFile(path, shown, (os.path.basename(path),), True)]
        else:
            raise InputError(
                f"{shown}: not an article file (expected {', '.join(ARTICLE_EXTENSIONS)})"
            )
        new = []
        for file in found:
            real = os.path.realpath(file.path)
            if real not in self._listed:
                self._listed.add(real)
                new.append(file)
        return new

    def _walk(self, folder: str, excluded: set[str]) -> list[_InputFile]:
        """Article files under ``folder`` in a fixed order; hidden entries, the output
        folder and unreadable subfolders (said, and counted) left out."""
        found: list[_InputFile] = []

        def unreadable(exc: OSError) -> None:
            where = exc.filename if exc.filename is not None else folder
            if os.path.normpath(where) == os.path.normpath(folder):
                raise _os_error(display_path(folder), exc, what="folder") from None
            self.skip(f"{_os_error(display_path(where), exc, 'folder')} (folder skipped)")

        for root, dirs, files in os.walk(folder, onerror=unreadable):
            kept = []
            for d in sorted(dirs):
                full = os.path.join(root, d)
                if d.startswith("."):
                    continue
                if os.path.realpath(full) in excluded:
                    self.warn(f"{display_path(full)}: the output folder, left out of the input")
                    continue
                kept.append(d)
            dirs[:] = kept
            rel = Path(root).relative_to(folder).parts
            for name in files:
                if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_EXTENSIONS:
                    full = os.path.join(root, name)
                    found.append(_InputFile(full, display_path(full), (*rel, name), False))
        return sorted(found, key=lambda f: f.rel)

    # -------------------------------------------------------------- reading

    def read_file(self, file: _InputFile, ident: str) -> Iterator[Article | ArticleText]:
        """Read one file into zero or more articles; InputError when it is unusable."""
        fd = _open_regular(file)
        self._files.append(file.shown)
        try:
            if file.path.lower().endswith(".jsonl"):
                yield from self._read_jsonl(file, fd)
                return
            data = _read_bounded(fd, file.shown, self.max_bytes)
        finally:
            os.close(fd)
        suffix = Path(file.path).suffix.lower()
        is_html = suffix in (".html", ".htm")
        if is_html and _GENERATOR.search(data[:4096]):
            self.warn(f"{file.shown}: a page geomap wrote, not an article (left out)")
            return
        decoded = decode_bytes(data, file.shown, html=is_html)
        if decoded.note:
            self.warn(f"{file.shown}: {decoded.note}")
        text = strip_surrogates(decoded.text)
        if not text.strip():
            self.skip(f"{file.shown}: empty file (skipped)")
            return
        if is_html:
            article = _html_article(file, ident, text, self.make)
            if article is None:
                self.skip(f"{file.shown}: no article text found in the HTML (skipped)")
                return
        else:
            article = self.make(ident, _newlines(text), path=file.shown)
        if self._accept(article, 0):
            yield article

    def _read_jsonl(self, file: _InputFile, fd: int) -> Iterator[Article | ArticleText]:
        """One article per non-blank line; a bad line is skipped with its number."""
        blank = True
        size = os.fstat(fd).st_size
        show = self.progress if size >= PROGRESS_BYTES else None
        done = 0
        for number, line in _jsonl_lines(fd, file.shown, self.max_bytes):
            done += len(line or b"")
            if show and number % 200 == 0:
                show(file.shown, done, size)
            where = f"{file.shown} line {number}"
            if line is None:
                limit = _size(self.max_bytes)
                self.skip(f"{where}: over the size limit of {limit}{_LIMIT_HINT} (skipped)")
                continue
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            if not line.strip():
                continue
            blank = False
            try:
                article = self._jsonl_article(where, line, file)
            except InputError as exc:
                self.skip(f"{exc} (line skipped)")
                continue
            if article is not None and self._accept(article, number):
                yield article
        if show:
            show(file.shown, size, size)
        if blank:
            self.skip(f"{file.shown}: empty file (skipped)")

    def _jsonl_article(
        self, where: str, line: bytes, file: _InputFile
    ) -> Article | ArticleText | None:
        """The article on one JSON line; InputError naming the line when it is bad."""
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.warn(f"{where}: invalid UTF-8 at byte {exc.start}; replaced with U+FFFD")
            text = line.decode("utf-8", errors="replace")
        try:
            record = json.loads(text, parse_int=_json_int)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        except (RecursionError, ValueError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            raise InputError(f"{where}: not valid JSON ({reason})") from None
        if not isinstance(record, dict):
            raise InputError(f'{where}: expected a JSON object with "id" and "text"')
        ident, body = record.get("id"), record.get("text")
        if type(body) is not str:
            raise InputError(f'{where}: missing "text" (a string)')
        if type(ident) is int:
            ident = str(ident)
        if type(ident) is not str or ident == "":
            raise InputError(f'{where}: missing "id" (a string)')
        if not body.strip():
            self.skip(f'{where}: empty "text" (skipped)')
            return None
        published = record.get("published")
        if published is not None and _metadata_date(published) is None:
            self.warn(f'{where}: "published" {published!r} is not an ISO date (ignored)')
            published = None
        return self.make(
            _BIDI.sub("", strip_surrogates(ident)),
            _newlines(strip_surrogates(body)),
            title=_text_field(record, "title"),
            published=published,
            url=_link(_text_field(record, "url")),
            path=file.shown,
        )

    def _accept(self, article: Article | ArticleText, line: int) -> bool:
        """Keep an article (True) unless its text was read already or its id is taken;
        ``line`` is its line in the file being read (0: the whole file)."""
        if self.replay is not None:
            return bool(next(self.replay, 0))
        kept = self._choose(article, line)
        self.choices.append(kept)
        return kept

    def _choose(self, article: Article | ArticleText, line: int) -> bool:
        here = (len(self._files) - 1) << 32 | line
        key = hashlib.sha256(article.text.encode("utf-8")).digest()
        if key in self._texts:
            self.warn(
                f"{self._where(here)}: article {article.id!r} has the same text as "
                f"{self._where(self._texts[key])} (duplicate, read once)"
            )
            return False
        if article.id in self._ids:
            self.skip(
                f"{self._where(here)}: article id {article.id!r} already used by "
                f"{self._where(self._ids[article.id])} for another text (skipped)"
            )
            return False
        self._texts[key] = here
        self._ids[article.id] = here
        return True

    def _where(self, at: int) -> str:
        """Where an article was read: its file, and its line in a JSON Lines file."""
        file, line = at >> 32, at & 0xFFFFFFFF
        return f"{self._files[file]} line {line}" if line else self._files[file]


# ------------------------------------------------------------------ files


def _open_regular(file: _InputFile) -> int:
    """Open ``file`` once, without blocking, and make sure it is a regular file."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(file.path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _os_error(file.shown, exc) from None
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise _os_error(file.shown, exc) from None
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        kind = _FILE_KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise InputError(f"{file.shown}: {kind}, not a regular file")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def _read_bounded(fd: int, shown: str, limit: int) -> bytes:
    """At most ``limit`` bytes of the file; InputError when there are more, whatever
    ``st_size`` said (it is 0 for /proc files and grows for files being written)."""
    size = os.fstat(fd).st_size
    if size > limit:
        raise InputError(
            f"{shown}: file is {_size(size)}, over the size limit of {_size(limit)}{_LIMIT_HINT}"
        )
    parts: list[bytes] = []
    got = 0
    try:
        while got <= limit:
            part = os.read(fd, min(_CHUNK, limit + 1 - got))
            if not part:
                break
            parts.append(part)
            got += len(part)
    except OSError as exc:
        raise _os_error(shown, exc) from None
    if got > limit:
        raise InputError(f"{shown}: file is over the size limit of {_size(limit)}{_LIMIT_HINT}")
    return b"".join(parts)


def _jsonl_lines(fd: int, shown: str, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; None for a line over ``limit`` bytes, which
    is passed over in bounded pieces rather than held whole."""
    with os.fdopen(os.dup(fd), "rb") as handle:
        number = 0
        while True:
            try:
                line = handle.readline(limit + 1)
            except OSError as exc:
                raise _os_error(shown, exc) from None
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):
                    line = handle.readline(_CHUNK)
                yield number, None
                continue
            yield number, line


def _os_error(shown: str, exc: OSError, what: str = "file") -> InputError:
    """One line for an ``OSError`` on an input: what went wrong, in plain words."""
    reasons = {
        errno.ENOENT: "no such file or folder",
        errno.ELOOP: "symbolic link loop",
        errno.EACCES: f"permission denied: cannot read the {what}",
        errno.EPERM: f"permission denied: cannot read the {what}",
        errno.ENXIO: "a socket or a device with nothing behind it, not a regular file",
        errno.ENAMETOOLONG: "file name too long",
    }
    reason = reasons.get(exc.errno or 0) or f"cannot read the {what} ({exc.strerror or exc})"
    return InputError(f"{shown}: {reason}")


def _unique_ids(files: list[_InputFile]) -> list[str]:
    """Each file's path relative to its input; where two would share an id, both are
    lengthened by their folders (from the absolute path) until they differ."""
    depth = [len(f.rel) for f in files]
    parts = [Path(os.path.abspath(f.path)).parts for f in files]
    while True:
        ids = [
            "/".join(display_path(p) for p in ps[-d:]) for ps, d in zip(parts, depth, strict=True)
        ]
        seen: dict[str, list[int]] = {}
        for i, ident in enumerate(ids):
            seen.setdefault(ident, []).append(i)
        clashes = [i for group in seen.values() if len(group) > 1 for i in group]
        grown = [i for i in clashes if depth[i] < len(parts[i]) - 1]
        if not grown:
            return ids
        for i in grown:
            depth[i] += 1


def _html_article(
    file: _InputFile, ident: str, html: str, make: Callable[..., Article | ArticleText]
) -> Article | ArticleText | None:
    """Reduce an HTML page to its story with trafilatura; metadata gives title and date."""
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            with_metadata=True,
            output_format="python",
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # the parser's own errors carry no file name
        raise InputError(f"{file.shown}: cannot parse HTML ({type(exc).__name__}: {exc})") from None
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        return None
    published = doc.date if doc.date and _metadata_date(doc.date) else None
    return make(
        ident,
        _newlines(text),
        title=doc.title or None,
        published=published,
        url=_link(doc.url),
        path=file.shown,
    )


class _HugeNumber(str):
    """A JSON integer too long for ``int`` (over 4,300 digits): kept as its digits."""


def _json_int(digits: str) -> int | str:
    """A JSON integer; a hostile 5,000-digit one must not stop the reading."""
    return int(digits) if len(digits) <= 4000 else _HugeNumber(digits)


def _link(url: str | None) -> str | None:
    """A source address without bidirectional controls (see ``_BIDI``)."""
    return _BIDI.sub("", url) or None if url else None


def _text_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    return strip_surrogates(value) if type(value) is str and value.strip() else None


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _size(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 1_000_000 else f"{n:,} bytes"
