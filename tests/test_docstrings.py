"""The examples in the docstrings of the event and date rules run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "geomap.dates",
    "geomap.numbers",
    "geomap.events.reader",
    "geomap.events.entities",
    "geomap.events.actors",
    "geomap.events.targets",
    "geomap.events.diplomatic",
    "geomap.events.strikes",
]


@pytest.mark.parametrize("name", MODULES, ids=MODULES)
def test_docstring_examples_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
