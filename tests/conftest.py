"""Shared fixtures. No test may reach the network: socket connects fail by construction."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: the project's own copy of the analyst's reading of the seeds (shared/acceptance upstream)
GOLD_PATH = ROOT / "tests" / "data" / "seeds.gold.json"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("tests must not use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory):
    """Caches (the gazetteer's verified checksums) go to a temporary folder, not $HOME."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def gold() -> dict:
    """The analyst's reading of the seed articles (a copy kept under tests/data)."""
    return json.loads(GOLD_PATH.read_text("utf-8"))


@pytest.fixture(scope="session")
def gazetteer():
    from geomap.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def trigger_view():
    """A function giving the frozen view (``geomap.events.sentence.SentenceView``) of
    the first sentence of a text that holds a trigger, read as the pipeline reads it:
    geoparsed, published on Thursday 24 July 2025; ``recent`` are the parties earlier
    sentences named."""
    import datetime

    from geomap.articles import article_from_text
    from geomap.events.geo import _geo
    from geomap.events.reader import article_view, trigger_sentences
    from geomap.events.sentence import sentence_view
    from geomap.gazetteer import default_gazetteer
    from geomap.lexicon import load_lexicon
    from geomap.resolution import geoparse

    lex = load_lexicon()
    geo = _geo(default_gazetteer(), lex)

    def view(text: str, recent: tuple[str, ...] = ()):
        article = article_from_text("test.txt", text, published=datetime.date(2025, 7, 24))
        facts = article_view(article, geoparse(article), None, geo, lex)
        for sent, low, words, found in trigger_sentences(facts):
            got = sentence_view(facts, sent.start, sent.end, low, words, found, recent)
            if got is not None and got.hits:
                return got
        raise AssertionError(f"no trigger in {text!r}")

    return view
