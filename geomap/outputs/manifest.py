"""The manifest: which files of an output folder geomap's last run wrote.

Why: a run that does not write ``report.html`` must not leave an earlier run's
``report.html`` beside its new map. Each run records the files it wrote, with their
sha256, in ``geomap-manifest.json``; the next run removes the files of that list it
does not write itself, and only those (a file changed since geomap wrote it is kept
and reported). ``geomap run`` always writes a whole set; ``report`` and ``snapshot``
add to the set when they found the same data (same fingerprint): a ``geomap snapshot``
after a ``geomap run`` on the same articles keeps the map beside its picture.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from .transaction import plain_name

__all__ = ["MANIFEST_NAME", "Manifest", "file_digest", "read_manifest"]

MANIFEST_NAME = "geomap-manifest.json"


@dataclass(frozen=True)
class Manifest:
    """The files of one output set (name -> sha256) and the fingerprint of its data."""

    fingerprint: str = ""
    files: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        """The manifest file: stable JSON, so the same run gives the same bytes."""
        body = {
            "generator": f"geomap {__version__}",
            "fingerprint": self.fingerprint,
            "files": dict(sorted(self.files.items())),
        }
        return json.dumps(body, indent=1, ensure_ascii=False) + "\n"

    def plan(
        self, folder: Path, fingerprint: str, writing: set[str], *, add: bool = False
    ) -> tuple[dict, list, list]:
        """What a new run writing ``writing`` does with this (the old) set: the entries
        it carries over (with ``add``, from a set of the same data), the names it
        removes, and those it keeps because they changed since geomap wrote them."""
        carried: dict[str, str] = {}
        remove: list[str] = []
        changed: list[str] = []
        for name, digest in sorted(self.files.items()):
            path = folder / name
            if name in writing or not path.is_file() or path.is_symlink():
                continue
            if file_digest(path) != digest:
                changed.append(name)
            elif add and fingerprint and fingerprint == self.fingerprint:
                carried[name] = digest
            else:
                remove.append(name)
        return carried, remove, changed


def read_manifest(folder: Path) -> Manifest:
    """The folder's manifest; an empty one when there is none or it is not geomap's."""
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Manifest()
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        return Manifest()
    files = {
        name: digest
        for name, digest in data["files"].items()
        if plain_name(name) and name != MANIFEST_NAME and isinstance(digest, str)
    }
    fingerprint = data.get("fingerprint")
    return Manifest(fingerprint if isinstance(fingerprint, str) else "", files)


def file_digest(path: str | os.PathLike[str]) -> str:
    """sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
