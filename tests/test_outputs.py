"""The registry of writers: one module per format, each taking records and frames."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from geomap.errors import OutputError
from geomap.outputs import WRITERS, OutputOptions, RunRecords, locked, write_set
from geomap.outputs.registry import check_writers
from geomap.pipeline import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_no_output_module_imports_the_pipeline():
    """Writers and the report take records; loading them all never loads the pipeline."""
    code = (
        "import sys, geomap.outputs.registry, geomap.report\n"
        "assert 'geomap.pipeline' not in sys.modules, 'pipeline imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_each_format_is_one_writer_with_its_files():
    files = {name: writer.files for name, writer in WRITERS.items()}
    assert files == {
        "geojson": ("events.geojson", "places.geojson"),
        "map": ("map.html",),
        "report": ("report.html",),
        "fragment": ("fragment.html",),
        "png": ("map.png",),
        "csv": ("events.csv",),
        "parquet": ("events.parquet", "places.parquet"),
        "gpkg": ("geomap.gpkg",),
    }
    assert all(w.help for w in WRITERS.values())


def test_an_unknown_format_is_named_in_the_error():
    with pytest.raises(OutputError, match=r"no output format named 'xlsx'; expected one of"):
        check_writers(["geojson", "xlsx"])


def test_writers_take_plain_records_and_match_the_run(tmp_path):
    """The same files from RunRecords (no RunResult) as from the pipeline's own run."""
    result = run([SEEDS], tmp_path / "by-run", report=True)
    records = RunRecords(result.articles, result.mentions, result.events, result.frames, result.map)
    out = tmp_path / "by-records"
    with locked(out):
        done = write_set(
            records,
            out,
            check_writers(["geojson", "map", "report"]),
            OutputOptions(),
            fingerprint=records.fingerprint(),
        )
    assert [p.name for p in done.written] == [p.name for p in result.outputs]
    for path in result.outputs:
        assert (out / path.name).read_bytes() == path.read_bytes(), path.name
