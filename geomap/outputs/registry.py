"""The registry of writers and the loop that writes one run's output set.

Each format is one module of this package with one ``Writer``: the files it makes
and a function that writes them from the run's records into a folder. ``write_set``
writes the writers asked for into a staging folder, records the set in the manifest
and switches it in as one transaction (``transaction.switch_in``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import GeomapError, OutputError
from .atomic import write_atomic
from .manifest import MANIFEST_NAME, Manifest, file_digest, read_manifest
from .records import RunRecords
from .transaction import Staging, switch_in

__all__ = [
    "EXPORTS",
    "WRITERS",
    "OutputOptions",
    "SetResult",
    "Writer",
    "check_writers",
    "preflight",
    "write_set",
]


@dataclass(frozen=True)
class OutputOptions:
    """How the outputs look: the report's title and the picture's size and kind.
    ``force`` lets a static drawing replace a ``map.png`` geomap did not write."""

    title: str | None = None
    width: int = 1200
    height: int = 800
    scale: float = 1.0
    static: bool = False
    controls: bool = False
    force: bool = False


@dataclass(frozen=True)
class Writer:
    """One output format: the file names it writes and the function that writes them
    from a run's records into a folder."""

    name: str
    files: tuple[str, ...]
    write: Callable[[RunRecords, Path, OutputOptions], None]
    help: str


@dataclass(frozen=True)
class SetResult:
    """What ``write_set`` did: the files written, those of an earlier run removed, and
    those kept because they were changed after geomap wrote them."""

    written: tuple[Path, ...]
    removed: tuple[Path, ...]
    kept: tuple[Path, ...]


def _registry() -> dict[str, Writer]:
    from . import csv, geojson, gpkg, html, parquet, png, report

    writers = (
        geojson.WRITER,
        html.WRITER,
        report.WRITER,
        report.FRAGMENT_WRITER,
        png.WRITER,
        csv.WRITER,
        parquet.WRITER,
        gpkg.WRITER,
    )
    return {w.name: w for w in writers}


WRITERS: dict[str, Writer] = _registry()
#: the writers ``--export`` names
EXPORTS = ("csv", "parquet", "gpkg")


def check_writers(names: Iterable[str]) -> list[Writer]:
    """The writers named, in order and once each; ``OutputError`` for an unknown one."""
    chosen: list[Writer] = []
    for name in names:
        writer = WRITERS.get(name)
        if writer is None:
            raise OutputError(
                f"no output format named {name!r}; expected one of {', '.join(WRITERS)}"
            )
        if writer not in chosen:
            chosen.append(writer)
    return chosen


def preflight(folder: Path, writers: Sequence[Writer], options: OutputOptions) -> None:
    """Fail before any work when the set cannot be switched in: a folder where a file
    goes, or a static drawing about to replace a ``map.png`` geomap did not write."""
    for writer in writers:
        for name in writer.files:
            target = folder / name
            if target.is_dir() and not target.is_symlink():
                raise OutputError(f"cannot write {target}: it is a directory")
    if options.static and not options.force and any(w.name == "png" for w in writers):
        target = folder / "map.png"
        if target.exists() and "map.png" not in read_manifest(folder).files:
            raise OutputError(
                f"{target} exists and geomap's last run here did not write it; "
                "--force replaces it with the static drawing"
            )


def write_set(
    records: RunRecords,
    folder: Path,
    writers: Sequence[Writer],
    options: OutputOptions,
    *,
    fingerprint: str,
    add: bool = False,
) -> SetResult:
    """Write the set into a staging folder, then switch it in with its manifest.
    Call under ``transaction.locked(folder)``; on any failure the folder is as it was.
    With ``add``, the files of an earlier set of the same data (same ``fingerprint``)
    stay; otherwise every file the earlier set listed and this one lacks goes."""
    files = [name for w in writers for name in w.files]
    staging = Staging(folder)
    try:
        for writer in writers:
            _write_one(writer, records, staging, options)
        carried, remove, changed = read_manifest(folder).plan(
            folder, fingerprint, set(files), add=add
        )
        digests = {name: file_digest(staging.path / name) for name in files}
        manifest = Manifest(fingerprint, {**carried, **digests})
        write_atomic(staging.path / MANIFEST_NAME, manifest.text())
        switch_in(staging, [*files, MANIFEST_NAME], remove)
    finally:
        staging.discard()
    return SetResult(
        written=tuple(folder / n for n in files),
        removed=tuple(folder / n for n in remove),
        kept=tuple(folder / n for n in changed),
    )


def _write_one(writer: Writer, records: RunRecords, staging: Staging, options: OutputOptions):
    """Run one writer into the staging folder; errors name the real output path."""
    try:
        writer.write(records, staging.path, options)
    except GeomapError as exc:
        raise type(exc)(str(exc).replace(str(staging.path), str(staging.folder))) from exc
    except OSError as exc:
        raise OutputError(
            f"cannot write {staging.folder / writer.files[0]}: {exc.strerror or exc}"
        ) from exc
    missing = [n for n in writer.files if not (staging.path / n).is_file()]
    if missing:
        raise OutputError(f"the {writer.name} writer did not write {', '.join(missing)}")
