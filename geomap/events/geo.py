"""Cached gazetteer answers the extractor needs: capitals, seats, countries, demonyms."""

from __future__ import annotations

import weakref

from ..gazetteer import Gazetteer
from ..lexicon import Lexicon
from ..models import Place

# ------------------------------------------------------------------- gazetteer


class _Geo:
    """Cached gazetteer answers the extractor needs (capitals, seats, demonyms)."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.g = gazetteer
        self.lex = lexicon
        self._capital: dict[str, Place | None] = {}
        self._seat: dict[str, Place | None] = {}
        self._country: dict[str, Place | None] = {}
        self._demonym: dict[str, tuple[str, bool] | None] = {}
        #: the words ``demonym`` has answered so far (read-only for callers)
        self.known_demonyms = self._demonym

    def capital(self, cc: str) -> Place | None:
        """Where state ``cc``'s government sits: its capital, or the seat the lexicon
        names where they differ (The Hague for the Netherlands)."""
        if cc not in self._capital:
            seat = self.lex.government_seats.get(cc)
            place = (self._city(seat, cc) if seat else None) or self.g.capital(cc)
            if place is None and cc in self.lex.capitals:  # one the gazetteer lacks
                place = self._city(self.lex.capitals[cc], cc)
            self._capital[cc] = place
        return self._capital[cc]

    def _city(self, name: str, cc: str) -> Place | None:
        found = self.g.lookup(name, kinds=["city"], country=cc, limit=1)
        return found[0].place if found else None

    def is_capital(self, place: Place) -> bool:
        if place.kind != "city" or not place.country:
            return False
        cap = self.capital(place.country)
        return cap is not None and cap.id == place.id

    def seat(self, code: str) -> Place | None:
        """Where organisation ``code`` sits: the gazetteer's seat, else the one the
        lexicon names ("Washington|US")."""
        if code not in self._seat:
            place = self.g.seat(code)
            if place is None and code in self.lex.organisation_seats:
                name, _, cc = self.lex.organisation_seats[code].partition("|")
                place = self._city(name, cc)
            self._seat[code] = place
        return self._seat[code]

    def country(self, cc: str) -> Place | None:
        if cc not in self._country:
            self._country[cc] = self.g.country(cc)
        return self._country[cc]

    def home(self, code: str) -> Place | None:
        """Where an organisation (its seat) or a state (its capital) acts from.

        Organisation codes come first: "AU" is the African Union as an actor."""
        if code in self.lex.organisations:
            return self.seat(code) or self.capital(code)
        return self.capital(code) or self.seat(code)

    def demonym(self, word: str) -> tuple[str, bool] | None:
        """("PK", plural) when ``word`` is a country's demonym: "Israeli", "Pakistanis"."""
        if word not in self._demonym:
            if len(self._demonym) > 50_000:
                self._demonym.clear()
            found: tuple[str, bool] | None = None
            # the plural first: the gazetteer lists "Pakistanis" as a demonym too
            forms = ([(word[:-1], True)] if word.endswith("s") else []) + [(word, False)]
            for form, plural in forms:
                for c in self.g.lookup(form, demonyms=True, limit=3):
                    if c.matched == "demonym" and c.place.kind == "country" and c.place.country:
                        found = (c.place.country, plural)
                        break
                if found:
                    break
            if found is None:
                found = self._listed_demonym(word)
            self._demonym[word] = found
        return self._demonym[word]

    def _listed_demonym(self, word: str) -> tuple[str, bool] | None:
        """A country adjective the lexicon lists because the gazetteer lacks it:
        "Philippine" in "two Philippine supply boats were rammed"."""
        listed = self.lex.demonyms
        if word in listed:
            return (listed[word], False)
        if word.endswith("s") and word[:-1] in listed:
            return (listed[word[:-1]], True)
        return None


_GEO: weakref.WeakKeyDictionary[Gazetteer, dict[int, _Geo]] = weakref.WeakKeyDictionary()


def _geo(gazetteer: Gazetteer, lexicon: Lexicon) -> _Geo:
    per = _GEO.setdefault(gazetteer, {})
    key = id(lexicon)
    if key not in per:
        per[key] = _Geo(gazetteer, lexicon)
    return per[key]
