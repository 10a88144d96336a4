"""events.csv: one row per event, ACLED-style columns first (see ``tabular``)."""

from __future__ import annotations

from pathlib import Path

from .atomic import write_atomic
from .records import RunRecords
from .registry import OutputOptions, Writer


def write(records: RunRecords, folder: Path, options: OutputOptions) -> None:
    """UTF-8, comma-separated, empty cells for missing values, a header row."""
    table = records.event_table.drop(columns="geometry")
    write_atomic(folder / "events.csv", table.to_csv(index=False, lineterminator="\n"))


WRITER = Writer("csv", ("events.csv",), write, "events as CSV, ACLED-style columns first")
