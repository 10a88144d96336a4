"""report.html and fragment.html (built by ``geomap.report``)."""

from __future__ import annotations

from pathlib import Path

from .. import report
from .atomic import write_atomic
from .records import RunRecords
from .registry import OutputOptions, Writer


def write_page(records: RunRecords, folder: Path, options: OutputOptions) -> None:
    write_atomic(folder / report.REPORT_NAME, records.report(options.title).html)


def write_fragment(records: RunRecords, folder: Path, options: OutputOptions) -> None:
    write_atomic(folder / report.FRAGMENT_NAME, records.report(options.title).fragment)


WRITER = Writer("report", (report.REPORT_NAME,), write_page, "the printable report page")
FRAGMENT_WRITER = Writer(
    "fragment", (report.FRAGMENT_NAME,), write_fragment, "the report's top as one <div>"
)
