"""geomap's exceptions: one base class, each subclass also a matching built-in.

The library raises these; the command line turns them into one line on stderr and
an exit code, never a traceback.
"""

from __future__ import annotations

__all__ = ["EngineError", "GazetteerError", "GeomapError", "InputError", "OutputError"]


class GeomapError(Exception):
    """Base class of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """An input file or folder cannot be read: missing, binary, malformed.

    The message names the file (and the line, for JSON Lines).
    """


class GazetteerError(GeomapError, OSError):
    """The bundled gazetteer is missing or corrupt."""


class OutputError(GeomapError, OSError):
    """An output file or folder cannot be written."""


class EngineError(GeomapError, RuntimeError):
    """The engine a run was asked to use is not there: Dask not installed, or its
    scheduler not reached at the address given."""
