"""The one atomic writer for text and bytes.

A file is written to a temporary file beside its target (same file system, so the
rename is atomic), flushed to disk and renamed over the target: a reader sees the old
file or the new one, never a part. Temporary names start with ``.`` and end in
``.tmp`` so the next run can recognise and remove those a killed run left behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..errors import OutputError

__all__ = ["Data", "write_atomic", "write_text_atomic", "write_texts_atomic"]

#: text, bytes, or an iterable of either written piece by piece as it is made
Data = str | bytes | Iterable[str | bytes]


def write_atomic(path: str | os.PathLike[str], data: Data) -> Path:
    """Write ``data`` (UTF-8 for text) to ``path`` atomically; return the path."""
    return write_texts_atomic({path: data})[0]


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` so that readers see the old file or the new one."""
    write_texts_atomic({Path(path): text})


def write_texts_atomic(files: Mapping[str | os.PathLike[str], Data]) -> list[Path]:
    """Write several files as one: every target gets its new data, or none does.

    Each file goes to a temporary file first; only when all are written are they
    renamed over their targets. A failure or an interrupt before that removes every
    temporary file and leaves the old files as they were; an ``OutputError`` names
    the path that could not be written. (A whole output set is switched in by
    ``geomap.outputs.transaction``, which also survives a failure between renames.)
    """
    targets = [Path(p) for p in files]
    for target in targets:
        _check_target(target)
    temps: dict[Path, str] = {}
    current = targets[0] if targets else None
    try:
        for target, data in zip(targets, files.values(), strict=True):
            current = target
            temps[target] = _write_temp(target, data)
        for target in targets:
            current = target
            os.replace(temps[target], target)
            del temps[target]
    except OSError as exc:
        raise OutputError(f"cannot write {current}: {exc.strerror or exc}") from exc
    finally:
        for name in temps.values():
            with contextlib.suppress(OSError):
                os.unlink(name)
    return targets


def _check_target(target: Path) -> None:
    """Everything that can be checked before anything is written."""
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a directory")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder for {target}: {exc.strerror or exc}") from exc
    if not target.parent.is_dir():
        raise OutputError(f"cannot write {target}: {target.parent} is not a folder")


def _write_temp(target: Path, data: Data) -> str:
    """Write ``data`` to a new temporary file beside ``target``; return its name (the
    file is removed again when writing fails)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            pieces = (data,) if isinstance(data, (str, bytes)) else data
            for piece in pieces:
                handle.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(name, _mode_for(target))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return name


def _mode_for(target: Path) -> int:
    """Permissions for the new file: the old file's, else rw-r--r--."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644
