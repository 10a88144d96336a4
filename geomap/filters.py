"""Keep only some events: a date range, countries, families, types.

Why: an analyst maps one week, one country or the strikes alone without editing the
inputs. A filter applies to the merged events before the frames are built, so the
map, the report, the GeoJSON and the exports all show the same selection; the places
mentioned stay as the articles give them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import GeomapError
from .lexicon import FAMILIES
from .models import Event

__all__ = ["EventFilter", "FilterError"]


class FilterError(GeomapError, ValueError):
    """A filter value that cannot be understood (a bad date, an unknown type)."""


@dataclass(frozen=True)
class EventFilter:
    """Which events to keep; an empty filter keeps all.

    ``since``/``until`` are inclusive and drop undated events; ``countries`` match the
    event's location country, actor or target (ISO codes, or UN, EU, NATO ...).
    """

    since: dt.date | None = None
    until: dt.date | None = None
    countries: frozenset[str] = frozenset()
    families: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()

    @classmethod
    def parse(
        cls,
        *,
        since: str | None = None,
        until: str | None = None,
        countries: Iterable[str] = (),
        families: Iterable[str] = (),
        types: Iterable[str] = (),
        known_types: Sequence[str] | None = None,
    ) -> EventFilter:
        """A filter from command-line text; comma-separated lists are split.
        ``known_types`` (the lexicon's) turns a misspelt type into an error."""
        wanted_types = frozenset(t.lower() for t in _split(types))
        if known_types is not None:
            unknown = sorted(wanted_types - set(known_types))
            if unknown:
                raise FilterError(
                    f"no event type {', '.join(map(repr, unknown))}; "
                    f"expected one of {', '.join(sorted(known_types))}"
                )
        wanted_families = frozenset(f.lower() for f in _split(families))
        if wanted_families - set(FAMILIES):
            raise FilterError(f"family must be one of {', '.join(FAMILIES)}")
        found = cls(
            since=_date(since, "since"),
            until=_date(until, "until"),
            countries=frozenset(c.upper() for c in _split(countries)),
            families=wanted_families,
            types=wanted_types,
        )
        if found.since and found.until and found.since > found.until:
            raise FilterError(f"--since {found.since} is after --until {found.until}")
        return found

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.countries or self.families or self.types)

    def keeps(self, event: Event) -> bool:
        """Whether ``event`` passes every part of the filter."""
        if self.since or self.until:
            if event.date is None:
                return False
            if (self.since and event.date < self.since) or (self.until and event.date > self.until):
                return False
        if self.families and event.family not in self.families:
            return False
        if self.types and event.type not in self.types:
            return False
        if self.countries:
            country = event.place.country if event.place is not None else None
            codes = {c.upper() for c in (country, event.actor, event.target) if c}
            if not codes & self.countries:
                return False
        return True

    def apply(self, events: Iterable[Event]) -> tuple[Event, ...]:
        return tuple(e for e in events if self.keeps(e))

    def describe(self) -> str:
        """The filter in one line (for the summary and the run's fingerprint)."""
        parts = []
        if self.since:
            parts.append(f"since {self.since}")
        if self.until:
            parts.append(f"until {self.until}")
        for label, values in (
            ("country", self.countries),
            ("family", self.families),
            ("type", self.types),
        ):
            if values:
                parts.append(f"{label} {','.join(sorted(values))}")
        return "; ".join(parts)


def _split(values: Iterable[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _date(text: str | None, name: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise FilterError(f"--{name} {text!r}: expected a date as YYYY-MM-DD") from None
