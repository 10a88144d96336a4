"""Invariants that must hold for any text, checked with hypothesis.

- the stages never crash, whatever the text: unicode, quotes, newlines, markup,
  very long tokens;
- provenance holds: every sentence, mention and event source slices back to the
  article text it quotes;
- GeoJSON written by the pipeline survives a round trip through another reader
  (``geopandas.read_file``, GDAL) with the same ids and coordinates.

Example counts are bounded so the whole file runs in a few seconds.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import geopandas as gpd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geomap.articles import article_from_text, read_articles
from geomap.errors import InputError
from geomap.events import extract_events, merge_events
from geomap.models import Article, Event, Mention
from geomap.pipeline import run
from geomap.resolution import geoparse

FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SLOW = settings(FAST, max_examples=12)

# Words that make the stages do work: places of several kinds, triggers, dates,
# numbers, abbreviations, quotes, markup, characters that change length when
# lower-cased ("İ"), bidi controls, zero-width characters and line separators.
WORDS = [
    "Iran",
    "Pakistan",
    "Panjgur",
    "Balochistan",
    "Sistan-Balochistan",
    "Islamabad",
    "Tehran",
    "Kabul",
    "northern Syria",
    "Kashmir",
    "Irbil",
    "Iranian",
    "Pakistani",
    "UN",
    "U.S.",
    "NATO",
    "struck",
    "launched missile strikes on",
    "airstrike",
    "drone strike",
    "shelling",
    "clashes",
    "gunmen attacked",
    "summoned",
    "the ambassador",
    "recalled its envoy",
    "visited",
    "met",
    "urged restraint",
    "offered to mediate",
    "agreed",
    "said",
    "killed",
    "at least 2",
    "12 people",
    "two children",
    "on Tuesday",
    "January 16",
    "16 January 2024",
    "2024-01-20",
    "two days later",
    "last week",
    "Mr.",
    "Gen.",
    "No. 5",
    "province",
    "city",
    "'s",
    ".",
    ". ",
    ",",
    ";",
    ":",
    " - ",
    " — ",
    "!",
    "?",
    "…",
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u2028",
    "\x85",
    "By Jane Doe",
    "Follow us on Twitter",
    "Sat, 20 Jan 2024 08:34 AM (IST)",
    "ISLAMABAD:",
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "</script>",
    "javascript:alert(1)",
    "&amp;",
    "\u202e",
    "\u2066",
    "\u200b",
    "\ufeff",
    "İstanbul",
    "ß",
    "ﬁ",
    "Ⅻ",
    "١٢",
    "😀",
    "\x00",
    "\ud7ff",
]
LONG_TOKENS = st.sampled_from(
    ["A" * 5000, "Iran" * 800, "x" * 20000, ".".join(["U"] * 2000), "Pakistan-" * 600]
)

# Sentences that reliably give events and places, so the round trip has features.
EVENT_SENTENCES = [
    "Iran launched missile strikes on Panjgur in Pakistan on 16 January 2024, killing two.",
    "Pakistan carried out airstrikes in Sistan-Balochistan province of Iran on Thursday.",
    "Pakistan summoned the Iranian ambassador in Islamabad.",
    "The foreign minister of Iran visited Islamabad on Monday.",
    "Turkey urged restraint on both sides.",
    "Gunmen attacked a border post near Kabul, killing 12 soldiers.",
    "China offered to mediate between Iran and Pakistan.",
]


@st.composite
def token(draw: st.DrawFn) -> str:
    """Mostly news words and sentences, some arbitrary unicode, rarely a huge token."""
    kind = draw(st.integers(0, 19))
    if kind < 10:
        return draw(st.sampled_from(WORDS))
    if kind < 14:
        return draw(st.sampled_from(EVENT_SENTENCES))
    if kind < 19:
        return draw(st.text(min_size=1, max_size=12))
    return draw(LONG_TOKENS)


SEPARATOR = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". "])


@st.composite
def newsish(draw: st.DrawFn, max_tokens: int = 60) -> str:
    """Text built from news words, arbitrary unicode and the odd very long token."""
    tokens = draw(st.lists(token(), max_size=max_tokens))
    out: list[str] = []
    for piece in tokens:
        out.append(piece)
        out.append(draw(SEPARATOR))
    return "".join(out)


TEXT = st.one_of(newsish(), newsish(), newsish(), st.text(max_size=400))
TITLE = st.one_of(st.none(), st.text(max_size=80), st.sampled_from(WORDS))


def _read(ident: str, text: str, title: str | None = None) -> Article:
    return article_from_text(ident, text, title=title)


def _check_article(article: Article) -> None:
    text = article.text
    for s in article.sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
    for r in article.removed:
        assert 0 <= r.start < r.end <= len(text)
    if article.dateline is not None:
        start, end = article.dateline
        assert 0 <= start < end <= len(text)


def _check_mentions(article: Article, mentions: list[Mention]) -> None:
    text = article.text
    for m in mentions:
        assert m.article_id == article.id
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == m.text, m
        if m.place is not None:
            assert -90 <= m.place.lat <= 90 and -180 <= m.place.lon <= 180


def _check_events(texts: dict[str, str], events: list[Event]) -> None:
    for e in events:
        assert e.family in ("strike", "diplomatic"), e
        assert e.sources, e
        assert 0 <= e.confidence <= 1
        for s in e.sources:
            assert s.article in texts, s
            text = texts[s.article]
            assert 0 <= s.start <= s.end <= len(text), s
            assert text[s.start : s.end] == s.quote, s


@FAST
@given(text=TEXT, title=TITLE)
def test_stages_never_crash_and_offsets_slice_back(gazetteer, text: str, title: str | None):
    """article_from_text -> geoparse -> extract_events: no exception, offsets exact."""
    article = _read("doc", text, title)
    assert article.text == text  # the text is never rewritten, only annotated
    _check_article(article)
    mentions = geoparse(article, gazetteer)
    _check_mentions(article, mentions)
    events = extract_events(article, mentions, gazetteer=gazetteer)
    _check_events({article.id: text}, events)
    assert len({e.id for e in events}) == len(events)


@FAST
@given(texts=st.lists(newsish(max_tokens=30), min_size=1, max_size=3))
def test_merged_events_keep_sources_inside_their_articles(gazetteer, texts: list[str]):
    """merge_events joins reports across articles; each source still quotes its own."""
    by_id = {f"a{i}.txt": t for i, t in enumerate(texts)}
    events: list[Event] = []
    for ident, text in by_id.items():
        article = _read(ident, text)
        events.extend(extract_events(article, geoparse(article, gazetteer), gazetteer=gazetteer))
    merged = merge_events(events)
    _check_events(by_id, merged)
    assert sum(len(e.sources) for e in merged) >= len(merged)
    assert len({e.id for e in merged}) == len(merged)


@FAST
@given(text=TEXT, suffix=st.sampled_from([".txt", ".md", ".jsonl"]))
def test_files_read_back_as_their_text(text: str, suffix: str):
    """A file of any text reads back as that text (newlines normalised) or fails cleanly.

    Only two outcomes are allowed: the article, whose text is the file's, or an
    ``InputError`` naming the file. Blank files are skipped with a warning.
    """
    warnings: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        if suffix == ".jsonl":
            path.write_text(json.dumps({"id": "doc", "text": text}) + "\n", encoding="utf-8")
        else:
            path.write_bytes(text.encode("utf-8"))
        try:
            articles = read_articles([path], on_warning=warnings.append)
        except InputError as exc:
            assert str(path) in str(exc)
            assert suffix != ".jsonl" and "\x00" in text
            return
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    if suffix != ".jsonl" and expected.startswith("\ufeff"):
        expected = expected[1:]  # a byte-order mark is not text
    if not expected.strip():
        assert articles == [] and len(warnings) == 1
        return
    assert [a.text for a in articles] == [expected]
    _check_article(articles[0])


@st.composite
def small_corpus(draw: st.DrawFn) -> list[str]:
    """One to three short articles of real event sentences with noise between them."""
    articles = []
    for _ in range(draw(st.integers(1, 3))):
        parts = draw(
            st.lists(
                st.one_of(st.sampled_from(EVENT_SENTENCES), newsish(max_tokens=8)),
                min_size=1,
                max_size=5,
            )
        )
        articles.append("\n\n".join(parts))
    return articles


@SLOW
@given(corpus=small_corpus())
def test_pipeline_geojson_round_trips_through_geopandas(gazetteer, corpus: list[str]):
    """events.geojson and places.geojson read back with GDAL: same ids, same points."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        for i, text in enumerate(corpus):
            (folder / "in" / f"article-{i}.txt").write_text(text, encoding="utf-8")
        try:
            run([folder / "in"], folder / "out", gazetteer=gazetteer, on_warning=lambda _: None)
        except InputError as exc:  # only blank or binary files: nothing to map, and it says so
            assert "no article to map" in str(exc)
            readable = [t for t in corpus if "\x00" not in t]  # NUL bytes: skipped as binary
            assert not any(text.replace("\ufeff", "").strip() for text in readable)
            return
        for name in ("events.geojson", "places.geojson"):
            path = folder / "out" / name
            features = json.loads(path.read_text("utf-8"))["features"]
            if not features:
                continue
            frame = gpd.read_file(path)
            assert frame.crs is not None and frame.crs.to_epsg() == 4326
            assert frame["id"].tolist() == [f["properties"]["id"] for f in features]
            assert frame.geometry.geom_type.eq("Point").all()
            got = list(zip(frame.geometry.x.tolist(), frame.geometry.y.tolist(), strict=True))
            want = [tuple(f["geometry"]["coordinates"]) for f in features]
            assert got == want, name


# ---------------------------------------------------------------- words around names

#: characters that decide where words start and end: letters of both cases (some
#: outside ASCII), the gazetteer's dotted abbreviations, apostrophes, digits, spaces
#: and punctuation around words
_WORDISH = st.lists(
    st.sampled_from(
        [
            *"aAbBsSuUéÉıİ'’.,-()“”3_;",
            *["Ga.", "U.S.", "St. ", "W.Va.", "D.C.", "Mt.", " ", "  ", "\n"],
        ]
    ),
    max_size=30,
).map("".join)


@FAST
@given(text=_WORDISH)
def test_words_around_names_match_a_scan_of_every_word(gazetteer, text: str):
    """The recogniser reads only the words next to capitalised ones; what it reads
    must be exactly what a scan of every word finds, and every capitalised word
    must start a run or sit in one."""
    from geomap.mentions import Recogniser
    from geomap.textwords import TextWords

    rec = Recogniser(gazetteer)
    article = Article(id="t", text=text)
    words = [m.span() for m in rec._word.finditer(text)]
    txt = TextWords(article, rec._word)
    for k, (start, end) in enumerate(words):
        assert txt.word_at(start) == (start, end)
        assert txt.word_before(start) == (words[k - 1] if k else None)
        assert txt.word_after(end) == (words[k + 1] if k + 1 < len(words) else None)
    capitalised = {(a, b) for a, b in words if text[a].isupper()}
    in_runs = {(start, stop) for run in rec._chains(txt) for start, _, stop, cap in run if cap}
    assert in_runs == capitalised


# ---------------------------------------------------------------- names that are not places

#: titles, given names, countries and towns that are also names, group words
_NAME_WORDS = [
    *["Minister", "Mr.", "Gen.", "President", "Defence", "Michael", "John", "Sarah"],
    *["Israel", "Jordan", "Chad", "Georgia", "Sudan", "Wichita", "Punjab", "Kandahar"],
    *["Smith", "Katz", "Workers'", "People's", "Liberation", "Army", "Party", "Front"],
    *["Security", "Council", "Emerald", "Triangle", "the", "said", "in", "and", "of"],
]
_NAME_SEPARATOR = st.sampled_from([" ", " ", " ", ", ", ". ", "\n"])


@st.composite
def _names_text(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_NAME_WORDS), max_size=25))
    return "".join(w + draw(_NAME_SEPARATOR) for w in words)


@FAST
@given(text=_names_text())
@example(text="Punjab Workers' Israel Army")  # the name runs on past a possessive
def test_no_place_span_inside_a_detected_name(gazetteer, text: str):
    """A place span never overlaps a name the recogniser found to be a person's or an
    organisation's: a name inside such a name is no place there."""
    from geomap.mentions import Recogniser

    rec = Recogniser(gazetteer)
    spans = rec.find(Article(id="t", text=text))
    for name in rec.names:
        assert 0 <= name.start < name.end <= len(text)
        for span in spans:
            assert span.end <= name.start or span.start >= name.end, (span, name)
