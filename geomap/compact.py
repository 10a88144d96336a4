"""What a run keeps of its place mentions: rows of small numbers, not objects.

``places.geojson`` lists every mention (its article, offsets, text, ``metonym`` and
``demonym``), so a run over 100,000 articles keeps about a million of them. As
``Mention`` records, with their candidates, reasons and places, they were most of a
run's memory; here each resolved mention is one row of six numbers in typed arrays,
and the article ids, the mention texts and the places are stored once each and
referred to by index. Unresolved mentions are few and the report shows them whole
(candidates and reason), so they stay ``Mention`` records.

A run fills a :class:`MentionTable` article by article, from ``Mention`` lists or
from the :class:`MentionRows` a worker process sends; the frames read each place's
mentions through a :class:`PlaceMentions` view, which makes the dicts the files
hold only when they are written.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, overload

import numpy as np

from .models import Mention, Place

__all__ = ["MentionRows", "MentionTable", "PlaceMentions", "compact_mentions"]

_METONYM = 1
_DEMONYM = 2


@dataclass(frozen=True, slots=True)
class MentionRows:
    """One article's mentions as a worker sends them: a row (start, end, text, place
    id, flags) per resolved mention, the places not sent before, and the unresolved
    mentions whole."""

    rows: tuple[tuple[int, int, str, str, int], ...]
    places: tuple[Place, ...]
    unresolved: tuple[Mention, ...]


def compact_mentions(mentions: Iterable[Mention], sent: set[str] | None = None) -> MentionRows:
    """``mentions`` as rows; a place whose id is in ``sent`` is not sent again (the
    set is updated), so each worker sends each place once per run."""
    rows = []
    places = []
    unresolved = []
    for m in mentions:
        if m.place is None:
            unresolved.append(m)
            continue
        pid = m.place.id
        if sent is None or pid not in sent:
            places.append(m.place)
            if sent is not None:
                sent.add(pid)
        flags = (_METONYM if m.metonym else 0) | (_DEMONYM if m.adjectival else 0)
        rows.append((m.start, m.end, m.text, pid, flags))
    return MentionRows(tuple(rows), tuple(places), tuple(unresolved))


class MentionTable:
    """Every mention of a run, resolved ones as rows, in the order they were added.

    ``len`` counts all mentions, unresolved ones included; ``places`` are the
    distinct places mentioned, ``unresolved`` the mentions no place was found for.
    """

    def __init__(self) -> None:
        self._article = array("i")
        self._start = array("q")
        self._end = array("q")
        self._text = array("i")
        self._place = array("i")
        self._flags = array("b")
        self._articles: list[str] = []
        self._texts: list[str] = []
        self._text_index: dict[str, int] = {}
        self._place_index: dict[str, int] = {}
        self.places: list[Place] = []
        self.unresolved: list[Mention] = []

    @classmethod
    def from_mentions(cls, mentions: Mapping[str, Iterable[Mention]]) -> MentionTable:
        """The table of ``{article id: mentions}``, articles in the mapping's order."""
        table = cls()
        for article_id, found in mentions.items():
            table.add(article_id, found)
        return table

    def add(self, article_id: str, found: MentionRows | Iterable[Mention]) -> None:
        """Add one article's mentions (each article once, in reading order)."""
        if not isinstance(found, MentionRows):
            found = compact_mentions(found)
        for place in found.places:
            if place.id not in self._place_index:
                self._place_index[place.id] = len(self.places)
                self.places.append(place)
        index = len(self._articles)
        self._articles.append(article_id)
        texts = self._text_index
        for start, end, text, pid, flags in found.rows:
            t = texts.get(text)
            if t is None:
                t = texts[text] = len(self._texts)
                self._texts.append(text)
            self._article.append(index)
            self._start.append(start)
            self._end.append(end)
            self._text.append(t)
            self._place.append(self._place_index[pid])
            self._flags.append(flags)
        self.unresolved.extend(found.unresolved)

    def plus(self, article_id: str, mentions: Iterable[Mention]) -> MentionTable:
        """A copy with more mentions of an article (for tests and callers that add
        their own)."""
        table = MentionTable()
        for name in ("_article", "_start", "_end", "_text", "_place", "_flags"):
            setattr(table, name, array(getattr(self, name).typecode, getattr(self, name)))
        table._articles = list(self._articles)
        table._texts = list(self._texts)
        table._text_index = dict(self._text_index)
        table._place_index = dict(self._place_index)
        table.places = list(self.places)
        table.unresolved = list(self.unresolved)
        table.add(article_id, mentions)
        return table

    def __len__(self) -> int:
        return len(self._start) + len(self.unresolved)

    def __eq__(self, other: object) -> bool:
        """Two tables are equal when they hold the same mentions of the same articles."""
        if not isinstance(other, MentionTable):
            return NotImplemented
        return self._articles == other._articles and self.by_article() == other.by_article()

    __hash__ = None  # type: ignore[assignment]  # mutable: filled as a run reads

    def __repr__(self) -> str:
        return (
            f"<MentionTable: {len(self)} mentions of {len(self.places)} places "
            f"in {len(self._articles)} articles, {len(self.unresolved)} unresolved>"
        )

    def by_article(self) -> dict[str, list[Mention]]:
        """Each article's mentions as ``Mention`` records, in text order (what an event
        store keeps; a resolved mention's ``reason`` is not kept in the table)."""
        out: dict[str, list[Mention]] = {a: [] for a in self._articles}
        for i in range(len(self._start)):
            article = self._articles[self._article[i]]
            flags = self._flags[i]
            out[article].append(
                Mention(
                    article,
                    self._start[i],
                    self._end[i],
                    self._texts[self._text[i]],
                    self.places[self._place[i]],
                    metonym=bool(flags & _METONYM),
                    adjectival=bool(flags & _DEMONYM),
                )
            )
        for m in self.unresolved:
            out.setdefault(m.article_id, []).append(m)
        for found in out.values():
            found.sort(key=lambda m: (m.start, m.end))
        return out

    def by_place(self) -> list[tuple[Place, PlaceMentions]]:
        """Each place (by id) with its mentions ordered by article id, then offset."""
        columns = _Columns(self)
        if not len(columns.start):
            return []
        article_rank = _ranks(self._articles)[columns.article]
        place = _ranks([p.id for p in self.places])[columns.place]
        # lexsort is stable: ties keep the order the mentions were added in
        order = np.lexsort((columns.start, article_rank, place))
        grouped = place[order]
        cuts = np.flatnonzero(np.diff(grouped)) + 1
        bounds = [0, *cuts.tolist(), len(order)]
        by_rank = sorted(self.places, key=lambda p: p.id)
        return [
            (by_rank[int(grouped[lo])], PlaceMentions(columns, order[lo:hi]))
            for lo, hi in pairwise(bounds)
        ]


def _ranks(keys: Sequence[str]) -> np.ndarray:
    """Each key's position in sorted order (Python's order of strings)."""
    ranks = np.empty(len(keys), dtype=np.int64)
    ranks[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    return ranks


class _Columns:
    """The table's rows as numpy columns over the very arrays (not a copy), for all
    the views of one ``by_place``; while they live, the table cannot grow."""

    def __init__(self, table: MentionTable) -> None:
        self.article = _numpy(table._article)
        self.start = _numpy(table._start)
        self.end = _numpy(table._end)
        self.text = _numpy(table._text)
        self.place = _numpy(table._place)
        self.flags = _numpy(table._flags)
        self.articles = table._articles
        self.texts = table._texts


def _numpy(column: array) -> np.ndarray:
    return np.frombuffer(column, dtype=column.typecode)


class PlaceMentions(Sequence[dict[str, Any]]):
    """One place's mentions as the files list them: ``{"article", "start", "end",
    "text", "metonym", "demonym"}`` dicts, made when read."""

    __slots__ = ("_columns", "_rows")

    def __init__(self, columns: _Columns, rows: np.ndarray) -> None:
        self._columns = columns
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return self._dicts(self._rows[index])
        return self._dicts(self._rows[[index]])[0]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        step = 4096  # a place named in every article is read a piece at a time
        for lo in range(0, len(self._rows), step):
            yield from self._dicts(self._rows[lo : lo + step])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PlaceMentions({list(self)!r})"

    def _dicts(self, rows: np.ndarray) -> list[dict[str, Any]]:
        c = self._columns
        articles, texts = c.articles, c.texts
        return [
            {
                "article": articles[a],
                "start": s,
                "end": e,
                "text": texts[t],
                "metonym": bool(f & _METONYM),
                "demonym": bool(f & _DEMONYM),
            }
            for a, s, e, t, f in zip(
                c.article[rows].tolist(),
                c.start[rows].tolist(),
                c.end[rows].tolist(),
                c.text[rows].tolist(),
                c.flags[rows].tolist(),
                strict=True,
            )
        ]
