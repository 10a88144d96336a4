"""Border analytics for strikes: did it cross a border, and how far from the border was it?

``crossed_border`` is true when the actor's country differs from the country of the
place hit. ``border_distance_km`` is the geodesic distance from the event's point to
the nearest point of the land border between the location's country and the actor's
country (from the bundled gazetteer's shared border lines). The nearest point is found
in degrees with shapely, then measured on the WGS84 ellipsoid with geopy's geodesic,
which is accurate at any latitude; a projected CRS would have to change per region.
"""

from __future__ import annotations

import shapely
from shapely.ops import nearest_points

from .gazetteer import Gazetteer
from .models import Event

__all__ = ["border_facts"]


def border_facts(event: Event, gazetteer: Gazetteer) -> tuple[bool | None, float | None]:
    """(crossed_border, border_distance_km) for a strike; (None, None) when unknown."""
    if event.family != "strike" or event.place is None or event.actor is None:
        return None, None
    where = event.place.country
    if where is None or len(event.actor) != 2 or gazetteer.country(event.actor) is None:
        return None, None
    crossed = event.actor != where
    border = gazetteer.border(event.actor, where) if crossed else None
    if border is None or event.place.kind == "country":
        # no shared land border, or only a country-level point: a distance would mislead
        return crossed, None
    line, _ = border
    point = shapely.Point(event.place.lon, event.place.lat)
    nearest = nearest_points(line, point)[0]
    from geopy.distance import geodesic  # geopy (0.1 s to import) only when drawing

    # geopy speaks (lat, lon)
    km = geodesic((point.y, point.x), (nearest.y, nearest.x)).km
    return crossed, round(km, 1)
