"""One output set switched in as a transaction, under a lock.

Why: renaming files one after another leaves new ``events.geojson`` beside an old
``map.html`` when a run fails, is interrupted or is killed between two renames, and
two runs writing one folder at once interleave their files. So a run

1. holds an exclusive lock (``fcntl.flock`` on ``.geomap.lock``) for its whole length;
2. first rolls back a switch that a killed run left half-done (its journal is still
   there) and removes temporary files and folders that killed runs left behind;
3. writes every file of the new set into a hidden staging folder beside the outputs;
4. writes a journal naming the switch, moves the old files aside, moves the new ones
   in, and removes the journal last. Any failure on the way rolls back at once.

A killed run leaves its journal; the next run rolls the switch back before anything
else, so the folder holds one run's files, never a mix.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..errors import OutputError
from .atomic import write_atomic

__all__ = [
    "JOURNAL_NAME",
    "LOCK_NAME",
    "OutputBusyError",
    "Staging",
    "locked",
    "recover",
    "switch_in",
]

LOCK_NAME = ".geomap.lock"
JOURNAL_NAME = ".geomap-journal.json"
_STAGE_PREFIX = ".geomap-new-"
_ASIDE_PREFIX = ".geomap-old-"
#: what ``tempfile.mkstemp`` names the atomic writer's temporary files
_TEMP_FILE = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


class OutputBusyError(OutputError):
    """Another run holds the output folder's lock and the caller would not wait."""


@contextlib.contextmanager
def locked(
    folder: Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the exclusive lock of ``folder`` (created if missing) for the block.

    A second run waits (saying so once through ``on_wait``) or, without ``wait``,
    raises ``OutputBusyError``. The lock file is removed on release; a run that was
    waiting on a removed file sees it and locks the new one. A folder this call
    created is removed again when the block leaves it empty.
    """
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder {folder}: {exc.strerror or exc}") from exc
    fd = _acquire(folder / LOCK_NAME, wait, on_wait)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(folder / LOCK_NAME)
        os.close(fd)
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only succeeds when the run left nothing in it


def _acquire(path: Path, wait: bool, on_wait: Callable[[str], None] | None) -> int:
    """Lock ``path``; return the open descriptor that holds the lock."""
    told = False
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot lock {path}: {exc.strerror or exc}") from exc
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    raise OutputBusyError(
                        f"{path.parent}: another geomap run is writing this folder "
                        "(--no-wait: not waiting for it)"
                    ) from None
                if on_wait is not None and not told:
                    on_wait(
                        f"another geomap run is writing {path.parent}; waiting for it to finish"
                    )
                    told = True
                fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException as exc:
            os.close(fd)
            if isinstance(exc, OSError) and not isinstance(exc, OutputError):
                raise OutputError(f"cannot lock {path}: {exc.strerror or exc}") from exc
            raise
        if _same_file(fd, path):
            return fd
        os.close(fd)  # the holder removed the file as it finished: lock the new one


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def recover(folder: Path) -> bool:
    """Roll back the switch a killed run left half-done and remove what killed runs
    left behind (staging folders, temporary files). Call it under the lock. Returns
    whether a switch was rolled back."""
    journal = folder / JOURNAL_NAME
    rolled = False
    if journal.exists():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
            _check_plan(plan)
        except (OSError, ValueError) as exc:
            raise OutputError(
                f"{journal}: the journal of an interrupted run cannot be read ({exc}); "
                "remove it to go on"
            ) from exc
        _roll_back(folder, plan)
        journal.unlink()
        rolled = True
    for entry in os.scandir(folder):
        if entry.name.startswith((_STAGE_PREFIX, _ASIDE_PREFIX)) and entry.is_dir(
            follow_symlinks=False
        ):
            shutil.rmtree(entry.path, ignore_errors=True)
        elif _TEMP_FILE.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
    return rolled


class Staging:
    """A hidden folder beside the outputs where a run writes its new set first."""

    def __init__(self, folder: Path) -> None:
        self.token = secrets.token_hex(4)
        self.folder = folder
        self.path = folder / f"{_STAGE_PREFIX}{self.token}"
        try:
            self.path.mkdir()
        except OSError as exc:
            raise OutputError(f"cannot write in {folder}: {exc.strerror or exc}") from exc

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def switch_in(staging: Staging, new: Sequence[str], remove: Sequence[str] = ()) -> None:
    """Move the staged files ``new`` into the folder and the earlier run's ``remove``
    out of it, as one transaction (see the module docstring)."""
    folder = staging.folder
    aside = folder / f"{_ASIDE_PREFIX}{staging.token}"
    names = sorted(set(new) | set(remove))
    plan = {
        "stage": staging.path.name,
        "aside": aside.name,
        "new": list(new),
        "existing": [n for n in names if os.path.lexists(folder / n)],
    }
    try:
        aside.mkdir()
        write_atomic(folder / JOURNAL_NAME, json.dumps(plan, indent=1) + "\n")
    except OSError as exc:
        shutil.rmtree(aside, ignore_errors=True)
        raise OutputError(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    current = folder
    try:
        for name in plan["existing"]:
            current = folder / name
            os.replace(folder / name, aside / name)
        for name in new:
            current = folder / name
            os.replace(staging.path / name, folder / name)
        _sync_folder(folder)
    except BaseException as exc:
        _roll_back(folder, plan)
        with contextlib.suppress(OSError):
            os.unlink(folder / JOURNAL_NAME)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {current}: {exc.strerror or exc}") from exc
        raise
    os.unlink(folder / JOURNAL_NAME)
    shutil.rmtree(aside, ignore_errors=True)
    staging.discard()


def _roll_back(folder: Path, plan: dict) -> None:
    """Undo a switch: new files that were moved in go back to staging, old ones that
    were moved aside come back. Safe to repeat, and after a kill at any point."""
    stage, aside = folder / plan["stage"], folder / plan["aside"]
    existing = set(plan["existing"])
    for name in plan["new"]:
        if not os.path.lexists(stage / name) and os.path.lexists(folder / name):
            if stage.is_dir():
                os.replace(folder / name, stage / name)
            elif name not in existing or os.path.lexists(aside / name):
                os.unlink(folder / name)
    for name in sorted(existing):
        if os.path.lexists(aside / name):
            os.replace(aside / name, folder / name)
    shutil.rmtree(stage, ignore_errors=True)
    shutil.rmtree(aside, ignore_errors=True)


def _check_plan(plan: object) -> None:
    """A journal names only plain file names in its own folder (it is never trusted to
    move anything elsewhere)."""
    if not isinstance(plan, dict):
        raise ValueError("not a JSON object")
    for key in ("stage", "aside"):
        value = plan.get(key)
        prefix = _STAGE_PREFIX if key == "stage" else _ASIDE_PREFIX
        if not isinstance(value, str) or not value.startswith(prefix) or "/" in value:
            raise ValueError(f"bad {key!r}")
    for key in ("new", "existing"):
        names = plan.get(key)
        if not isinstance(names, list) or not all(plain_name(n) for n in names):
            raise ValueError(f"bad {key!r}")


def plain_name(name: object) -> bool:
    """A file name geomap may write or remove: no folder part, not hidden."""
    return (
        isinstance(name, str)
        and bool(name)
        and "/" not in name
        and "\\" not in name
        and not name.startswith(".")
        and "\0" not in name
    )


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entries (the renames) to disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
