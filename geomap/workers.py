"""Where a large local run's worker processes come from: a fork server.

Every worker needs geomap's pipeline and the sentence parser, about a second of CPU to
import and load. Forked from the run itself, each worker paid that second on its own
after the run had read its inputs once. Instead, a run that looks large (its input
files hold at least ``PRESTART_BYTES``) starts, before it imports anything heavy, a
fork server (multiprocessing's ``forkserver`` start method) that imports the pipeline
and loads the parser once (``geomap._forkserver``) while the run imports and reads;
the workers are then forked from the server ready to work, sharing the parser's
memory. This module imports only the standard library, so that the command line can
call :func:`prestart` first thing. Where there is no fork server (Windows), the
platform's default start method is used.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
from collections.abc import Iterable
from pathlib import Path

#: input bytes from which a run is taken to be large before it reads them: about
#: 2,000 short articles (``pipeline.PARALLEL_MIN``; LGL's average 2 kB a line)
PRESTART_BYTES = 4_000_000
#: what the fork server imports, once, before it forks the first worker
PRELOAD = ["geomap._forkserver"]

_prestarted = False


def worker_count() -> int:
    """One worker per core, up to 4."""
    return min(os.cpu_count() or 1, 4)


def context() -> multiprocessing.context.BaseContext:
    """The workers' start method: forked from the fork server where there is one."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def prestart(inputs: Iterable[str | os.PathLike[str]], workers: int | None = None) -> bool:
    """Start the fork server now, when the run may use workers and its inputs hold at
    least ``PRESTART_BYTES``; True when it was started (by this call or an earlier one).
    """
    global _prestarted
    if _prestarted:
        return True
    if (workers or worker_count()) < 2 or input_bytes(inputs) < PRESTART_BYTES:
        return False
    if context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
        _prestarted = True
    return _prestarted


def input_bytes(inputs: Iterable[str | os.PathLike[str]], enough: int = PRESTART_BYTES) -> int:
    """The size of the files in ``inputs`` (folders walked), counted up to ``enough``;
    what cannot be read counts nothing (the run says so when it reads it).

    >>> input_bytes(["no such file"])
    0
    """
    total = 0
    for name in inputs:
        path = Path(name)
        try:
            if path.is_dir():
                for root, _, files in os.walk(path):
                    for file in files:
                        total += os.stat(os.path.join(root, file)).st_size
                        if total >= enough:
                            return total
            else:
                total += path.stat().st_size
        except OSError:
            continue
        if total >= enough:
            break
    return total
