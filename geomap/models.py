"""The typed records that pass between the stages of the data flow.

Every stage takes the previous stage's records and returns its own; none of them is
a dict, so a misspelt field fails at once instead of travelling silently to the map.
All records are frozen: a stage never edits what an earlier stage produced.

Offsets (``start``/``end``) are always Python string indices into ``Article.text``,
the article's full text as read, so ``article.text[start:end]`` is what was quoted.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter
from typing import Any, TypeVar

_T = TypeVar("_T")


def _pickled_as_call(cls: type[_T]) -> type[_T]:
    """Pickle records as a constructor call with their field values.

    Worker processes send every article's mentions and events back to the parent;
    the default pickling of a slotted dataclass runs a Python ``__setstate__`` per
    object and made that transfer cost as much as half the work done in the worker.
    """
    values: Callable[[Any], tuple] = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: Any) -> tuple[type[_T], tuple]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


__all__ = [
    "Article",
    "ArticleInfo",
    "ArticleText",
    "Candidate",
    "Event",
    "Mention",
    "Place",
    "Removed",
    "Sentence",
    "Source",
]

#: Place kinds, from most to least specific. ``region`` is an informal area made of
#: admin-1 units ("northern Syria", "Kashmir"); it sits between admin1 and country.
PLACE_KINDS = ("city", "admin1", "region", "country")

#: geo_precision by place kind (1 exact place, 2 admin area or region, 3 country).
GEO_PRECISION = {"city": 1, "admin1": 2, "region": 2, "country": 3}


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article, as offsets into ``Article.text``."""

    start: int
    end: int
    text: str


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Removed:
    """A stretch of page boilerplate kept out of extraction, and why.

    The text stays in ``Article.text`` so offsets never shift; extraction skips it.
    """

    start: int
    end: int
    reason: str


#: up to this many boilerplate spans a scan beats a binary search
_SCAN_REMOVED = 16
_span_end = attrgetter("end")


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its text and what is known about it before extraction."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    #: where ``published`` came from: "metadata", "text", "url" (a date in the page's
    #: address) or None when unknown
    published_source: str | None = None
    url: str | None = None
    #: place dateline at the head of the story ("Islamabad:", "TUNIS (Reuters) -")
    dateline: tuple[int, int] | None = None
    sentences: tuple[Sentence, ...] = ()
    #: boilerplate spans, in text order and not overlapping (lines of the text)
    removed: tuple[Removed, ...] = ()
    #: file the article came from (relative as given on the command line)
    path: str | None = None
    #: line breaks inside hard-wrapped paragraphs (wire copy that keeps its line ends),
    #: as the (start, end) spans of the whitespace between the lines: they read as spaces
    soft_breaks: tuple[tuple[int, int], ...] = ()

    @property
    def flowing_text(self) -> str:
        """``text`` with its soft line breaks made spaces: same length, same offsets, so
        "Lake\\nMalawi" reads as one name and a wrapped sentence as one line."""
        if not self.soft_breaks:
            return self.text
        parts, last = [], 0
        for start, end in self.soft_breaks:
            parts += (self.text[last:start], " " * (end - start))
            last = end
        parts.append(self.text[last:])
        return "".join(parts)

    def is_removed(self, start: int, end: int) -> bool:
        """True when the span overlaps page boilerplate."""
        # a plain loop: called for every sentence and name, where a generator costs more
        # than the few boilerplate lines an article has
        if len(self.removed) <= _SCAN_REMOVED:
            for r in self.removed:  # noqa: SIM110
                if r.start < end and start < r.end:
                    return True
            return False
        # a very long article has many such lines: the spans are in text order, so the
        # first one ending after ``start`` is the only one that can overlap
        i = bisect_right(self.removed, start, key=_span_end)
        return i < len(self.removed) and self.removed[i].start < end

    @property
    def info(self) -> ArticleInfo:
        """What the outputs need of this article once it has been read."""
        return ArticleInfo(self.id, self.title, self.published, self.url)


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article as read from its file, before analysis: what a worker process is
    sent (``geomap.articles.article_from_text`` turns it into an ``Article``)."""

    id: str
    text: str
    title: str | None = None
    #: metadata: a date, or an ISO string already checked by the reader
    published: date | str | None = None
    url: str | None = None
    path: str | None = None


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article as the outputs list it (the report's table of articles, its links):
    everything but the text, its sentences and its boilerplate, so a run over many
    articles keeps a few hundred bytes of each, not its text."""

    id: str
    title: str | None = None
    published: date | None = None
    url: str | None = None


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: what a mention resolves to."""

    id: str
    name: str
    kind: str
    country: str | None
    lat: float
    lon: float
    admin1: str | None = None
    population: int = 0
    has_shape: bool = False

    def __hash__(self) -> int:
        # the id identifies a place; hashing it alone keeps sets and caches of places cheap
        return hash(self.id)

    @property
    def geo_precision(self) -> int:
        return GEO_PRECISION[self.kind]


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a mention could mean, with the score it was given."""

    place: Place
    score: float
    matched: str


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in an article, resolved (or not) to a gazetteer entry."""

    article_id: str
    start: int
    end: int
    text: str
    place: Place | None
    candidates: tuple[Candidate, ...] = ()
    #: the capital or country stands for its government ("Islamabad said")
    metonym: bool = False
    #: a demonym or adjective ("Iranian", "Pakistani") rather than a name
    adjectival: bool = False
    #: why ``place`` won over the other candidates, in words a user can read
    reason: str = ""


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Source:
    """Where an event is stated: the article, the sentence's offsets and its text."""

    article: str
    start: int
    end: int
    quote: str


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Event:
    """A strike or diplomatic action the text states (ACLED-like, but traceable)."""

    id: str
    family: str
    type: str
    actor: str | None
    target: str | None
    place: Place | None
    date: date | None
    date_precision: str | None
    killed: int | None
    confidence: float
    sources: tuple[Source, ...] = field(default_factory=tuple)
    #: the act is stated only as an accusation or a claim by one side
    alleged: bool = False
    #: an earlier incident cited for context, not the news the article reports
    background: bool = False
    #: who the text says reports the act ("according to the army"): a state code,
    #: an organisation's code or a short phrase; None when the text does not say
    reported_by: str | None = None
