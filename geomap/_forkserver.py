"""Imported once by the fork server that a large run's workers are forked from
(``geomap.workers``): the pipeline and the sentence parser loaded here are in every
worker from its first moment, in memory the workers share."""

from . import pipeline  # noqa: F401  (the workers' functions)
from .events.structure import parser_available

parser_available()
