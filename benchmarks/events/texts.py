"""Check the article cache of the real-news event set against its annotations.

    python benchmarks/events/texts.py [--fetch] [--timeout 30]

The repository keeps only the annotations (``annotations/<id>.json``: URL, headline,
our events and the sha256 of the annotated text). The article texts live in the
git-ignored ``.cache/<id>.json`` (``{"id", "url", "title", "published", "text"}``).
This script prints ``N of M texts present`` (M annotation files) and lists the ids
whose text is missing or whose text differs from the annotated one (its sha256 is not
the annotation's ``text_sha256``).

``--fetch`` re-gathers the missing texts from their URLs (needs internet): the page is
downloaded and its main text extracted with trafilatura. A page can change, and a
different extractor version can cut it differently, so a re-gathered text may differ
from the one that was annotated; the script says so for each such text.

Exit status 0 when every annotated article has a cached text, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
#: the article texts; GEOMAP_EVENTS_CACHE names another folder (one kept outside a checkout)
CACHE = Path(os.environ.get("GEOMAP_EVENTS_CACHE") or HERE / ".cache")
USER_AGENT = "Mozilla/5.0 (compatible; geomap-benchmark/0.1)"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_annotations(folder: Path = ANNOTATIONS) -> dict[str, dict]:
    """Annotations by article id (the file name without ``.json``)."""
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))}


def cached_text(aid: str, cache: Path = CACHE) -> str | None:
    """The cached text of article ``aid``, or None when it is missing or unreadable."""
    path = cache / f"{aid}.json"
    try:
        text = json.loads(path.read_text("utf-8")).get("text")
    except (OSError, ValueError):
        return None
    return text if isinstance(text, str) and text else None


def check(annotations: dict[str, dict], cache: Path = CACHE) -> tuple[list[str], list[str]]:
    """The ids whose text is missing, and those whose text differs from the annotated one."""
    missing, differing = [], []
    for aid, ann in annotations.items():
        text = cached_text(aid, cache)
        if text is None:
            missing.append(aid)
        elif ann.get("text_sha256") and sha256_text(text) != ann["text_sha256"]:
            differing.append(aid)
    return missing, differing


def download(url: str, timeout: float) -> str:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        charset = response.headers.get_content_charset() or "utf-8"
        return response.read().decode(charset, errors="replace")


def extract(html: str, url: str) -> dict:
    """The main text, title and date of a page, as trafilatura reads them."""
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
    meta = trafilatura.extract_metadata(html, default_url=url)
    return {
        "text": text or "",
        "title": getattr(meta, "title", None),
        "published": getattr(meta, "date", None),
    }


def fetch(aid: str, ann: dict, cache: Path, timeout: float) -> bool:
    """Re-gather one article's text into the cache; True when a text was written."""
    url = ann.get("url")
    if not url:
        print(f"  {aid}: no URL in the annotation", file=sys.stderr)
        return False
    try:
        page = extract(download(url, timeout), url)
    except Exception as exc:  # any failure of one page must not stop the others
        print(f"  {aid}: could not fetch {url}: {exc}", file=sys.stderr)
        return False
    if not page["text"]:
        print(f"  {aid}: no article text found at {url}", file=sys.stderr)
        return False
    record = {
        "id": aid,
        "url": url,
        "title": page["title"] or ann.get("headline"),
        "published": page["published"] or ann.get("published"),
        "text": page["text"],
    }
    cache.mkdir(parents=True, exist_ok=True)
    out = cache / f"{aid}.json"
    out.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", "utf-8")
    if ann.get("text_sha256") and sha256_text(page["text"]) != ann["text_sha256"]:
        print(
            f"  {aid}: re-gathered, but the text differs from the annotated one "
            "(sha256 mismatch): the page or its extraction changed, so scores on this "
            "article may not match its annotation"
        )
    else:
        print(f"  {aid}: re-gathered")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--fetch", action="store_true", help="re-gather missing texts by URL (needs internet)"
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per download")
    args = parser.parse_args(argv)
    annotations = load_annotations()
    missing, _ = check(annotations)
    if args.fetch and missing:
        print(f"fetching {len(missing)} missing texts")
        for aid in missing:
            fetch(aid, annotations[aid], CACHE, args.timeout)
    missing, differing = check(annotations)
    print(f"{len(annotations) - len(missing)} of {len(annotations)} texts present")
    for aid in missing:
        print(f"missing: {aid}")
    for aid in differing:
        print(f"differs from the annotated text (sha256): {aid}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
