"""Bad input and bad luck through the command line, in-process.

The rule for every case: one clear line on stderr naming the file (and the line, for
JSON Lines), an exit code that says whether the run went on, never a traceback, and
never a half-written output. An output folder holds the previous run's complete
files or the new run's complete files, nothing in between and no stray temporary
file. And the same input gives byte-identical outputs.
"""

from __future__ import annotations

import importlib.util
import json
import os
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from geomap import frames, geojson, maps, pipeline
from geomap.cli import build_parser, main
from geomap.outputs import html as html_writer
from geomap.outputs import registry

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
OUTPUT_NAMES = ("events.geojson", "places.geojson", "map.html", "geomap-manifest.json")
GOOD = "ISLAMABAD: Iran launched missile strikes on Panjgur in Pakistan on 16 January 2024.\n"
HUGE_BYTES = 50_000_000


def cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run ``geomap ARGV`` in-process; return the exit code, stdout and stderr."""
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str, kind: str, *names: str) -> str:
    """The single stderr line, checked to be a geomap ``kind`` naming every name."""
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith(f"geomap: {kind}: "), line
    for name in names:
        assert name in line, (name, line)
    return line


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (hidden ones too) by name, with its bytes."""
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Temporary files an interrupted or failed write left behind."""
    if not folder.exists():
        return []
    return sorted(n for n in os.listdir(folder) if ".tmp" in n)


@pytest.fixture(scope="module")
def huge_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A 50 MB text file: far over the per-file limit, plausible text all the way."""
    path = tmp_path_factory.mktemp("huge") / "huge.txt"
    line = b"Iran launched missile strikes on Panjgur in Pakistan on Tuesday.\n"
    with path.open("wb") as handle:
        handle.write(line * (HUGE_BYTES // len(line) + 1))
    assert path.stat().st_size >= HUGE_BYTES
    yield path
    path.unlink()  # pytest keeps recent temporary folders; do not keep 50 MB in them


@pytest.fixture(scope="module")
def old_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A complete previous run (on one small article) to find intact after a failure."""
    folder = tmp_path_factory.mktemp("old")
    (folder / "in.txt").write_text(GOOD, encoding="utf-8")
    pipeline.run([folder / "in.txt"], folder / "out")
    files = snapshot(folder / "out")
    assert sorted(files) == sorted(OUTPUT_NAMES)
    return files


def _restore(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)


# ----------------------------------------------------------------- inputs that stop the run


def _missing(tmp: Path, huge: Path) -> tuple[Path, tuple[str, ...]]:
    return tmp / "nope.txt", ("nope.txt", "no such file")


def _no_articles(tmp: Path, huge: Path) -> tuple[Path, tuple[str, ...]]:
    folder = tmp / "downloads"
    folder.mkdir()
    (folder / "notes.csv").write_text("id,text\n1,Iran struck Panjgur\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    return folder, ("downloads", "no article files")


def _binary(tmp: Path, huge: Path) -> tuple[Path, tuple[str, ...]]:
    path = tmp / "scan.txt"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02\xff\xfe binary \x00" * 100)
    return path, ("scan.txt", "binary")


def _huge(tmp: Path, huge: Path) -> tuple[Path, tuple[str, ...]]:
    return huge, ("huge.txt", "50 MB", "size limit")


def _jsonl(tmp: Path, name: str, *lines: str) -> Path:
    path = tmp / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _wrong_kind(tmp: Path, huge: Path) -> tuple[Path, tuple[str, ...]]:
    path = tmp / "report.pdf"
    path.write_bytes(b"%PDF-1.7")
    return path, ("report.pdf", "not an article file")


FATAL: dict[str, Callable[[Path, Path], tuple[Path, tuple[str, ...]]]] = {
    "missing path": _missing,
    "folder without articles": _no_articles,
    "binary file": _binary,
    "50 MB file": _huge,
    "not an article file": _wrong_kind,
}


@pytest.mark.parametrize("case", list(FATAL), ids=list(FATAL))
def test_bad_input_stops_run_with_one_line(case, tmp_path, huge_file, capsys):
    """`run` refuses the input: exit 1, one error line naming it, no output folder made."""
    path, names = FATAL[case](tmp_path, huge_file)
    out = tmp_path / "out"
    started = time.perf_counter()
    code, stdout, err = cli(capsys, "run", path, "-o", out)
    assert time.perf_counter() - started < 5  # refused up front, not after reading 50 MB
    assert code == 1
    one_line(err, "error", *names)
    assert stdout == ""
    assert not out.exists()


@pytest.mark.parametrize("case", list(FATAL), ids=list(FATAL))
def test_bad_input_stops_geoparse_with_one_line(case, tmp_path, huge_file, capsys):
    """`geoparse` refuses the input before printing anything: no partial JSON Lines."""
    path, names = FATAL[case](tmp_path, huge_file)
    code, stdout, err = cli(capsys, "geoparse", path)
    assert code == 1
    one_line(err, "error", *names)
    assert stdout == ""


def test_bad_input_keeps_the_previous_outputs(tmp_path, old_outputs, capsys):
    """A run refused for its input leaves the last complete outputs byte-identical."""
    out = tmp_path / "out"
    _restore(out, old_outputs)
    path, names = _binary(tmp_path, tmp_path)
    code, _, err = cli(capsys, "run", path, "-o", out)
    assert code == 1
    one_line(err, "error", *names)
    assert snapshot(out) == old_outputs


def test_deeply_nested_jsonl_line_is_bad_input(tmp_path, capsys):
    """A hostile JSON line (arrays nested 100,000 deep) is one warning line, not a crash,
    and costs only that line."""
    good = '{"id": "a", "text": "Iran struck Panjgur."}'
    path = _jsonl(tmp_path, "feed.jsonl", good, "[" * 100_000 + "]" * 100_000)
    code, stdout, err = cli(capsys, "geoparse", path)
    assert code == 0
    one_line(err, "warning", "feed.jsonl line 2", "nested too deeply", "line skipped")
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == ["a"]


# ----------------------------------------------------------------- inputs that only warn


def _invalid_utf8(tmp: Path, huge: Path) -> tuple[list[Path], tuple[str, ...]]:
    path = tmp / "latin1.txt"
    path.write_bytes(
        "Iran launched missile strikes on Panjgur in Pakistan. Café ".encode("latin-1")
    )
    return [path], ("latin1.txt", "not UTF-8", "guess")


def _empty(tmp: Path, huge: Path) -> tuple[list[Path], tuple[str, ...]]:
    (tmp / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp / "empty.txt").write_bytes(b"")
    return [tmp / "good.txt", tmp / "empty.txt"], ("empty.txt", "empty")


def _blank(tmp: Path, huge: Path) -> tuple[list[Path], tuple[str, ...]]:
    (tmp / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp / "blank.md").write_text("\ufeff \n\t\r\n  \n", encoding="utf-8")
    return [tmp / "good.txt", tmp / "blank.md"], ("blank.md", "empty")


def _folder_with(tmp: Path, name: str, data: bytes) -> Path:
    folder = tmp / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(data)
    return folder


def _binary_in_folder(tmp: Path, huge: Path) -> tuple[list[Path], tuple[str, ...]]:
    folder = _folder_with(tmp, "scan.txt", b"\x00\x01binary\x00")
    return [folder], ("scan.txt", "binary", "skipped")


def _huge_in_folder(tmp: Path, huge: Path) -> tuple[list[Path], tuple[str, ...]]:
    folder = tmp / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "huge.txt").symlink_to(huge)  # the 50 MB file again, without a copy
    return [folder], ("huge.txt", "size limit", "skipped")


def _bad_jsonl_in_folder(tmp: Path, huge: Path) -> tuple[list[Path], tuple[str, ...]]:
    folder = _folder_with(tmp, "feed.jsonl", b"{broken\n")
    return [folder], ("feed.jsonl line 1", "skipped")


def _empty_jsonl_text(tmp: Path, huge: Path) -> tuple[list[Path], tuple[str, ...]]:
    path = _jsonl(tmp, "feed.jsonl", '{"id": "a", "text": "' + GOOD.strip() + '"}', "", "")
    path.write_text(path.read_text("utf-8") + '{"id": "b", "text": "  "}\n', encoding="utf-8")
    return [path], ("feed.jsonl line 4", "empty")


def _bad_published(tmp: Path, huge: Path) -> tuple[list[Path], tuple[str, ...]]:
    record = '{"id": "a", "published": "last Tuesday", "text": "' + GOOD.strip() + '"}'
    return [_jsonl(tmp, "feed.jsonl", record)], ("feed.jsonl line 1", "published", "ignored")


def _duplicate_id(tmp: Path, huge: Path) -> tuple[list[Path], tuple[str, ...]]:
    record = '{"id": "a", "text": "' + GOOD.strip() + '"}'
    return [_jsonl(tmp, "feed.jsonl", record, record)], ("feed.jsonl", "'a'", "duplicate")


WARN: dict[str, Callable[[Path, Path], tuple[list[Path], tuple[str, ...]]]] = {
    "invalid UTF-8": _invalid_utf8,
    "empty file": _empty,
    "blank file with BOM": _blank,
    "binary file in a folder": _binary_in_folder,
    "50 MB file in a folder": _huge_in_folder,
    "malformed JSONL in a folder": _bad_jsonl_in_folder,
    "empty JSONL text": _empty_jsonl_text,
    "JSONL bad published date": _bad_published,
    "JSONL duplicate id": _duplicate_id,
}


@pytest.mark.parametrize("case", list(WARN), ids=list(WARN))
def test_recoverable_input_warns_and_run_goes_on(case, tmp_path, huge_file, capsys):
    """`run` warns once, naming the file, and writes the complete outputs."""
    paths, names = WARN[case](tmp_path, huge_file)
    out = tmp_path / "out"
    code, stdout, err = cli(capsys, "run", *paths, "-o", out)
    assert code == 0
    one_line(err, "warning", *names)
    assert "articles: 1" in stdout
    assert sorted(snapshot(out)) == sorted(OUTPUT_NAMES)
    assert b"Panjgur" in (out / "places.geojson").read_bytes()


@pytest.mark.parametrize("case", list(WARN), ids=list(WARN))
def test_recoverable_input_warns_and_geoparse_goes_on(case, tmp_path, huge_file, capsys):
    """`geoparse` warns once and prints the one readable document."""
    paths, names = WARN[case](tmp_path, huge_file)
    code, stdout, err = cli(capsys, "geoparse", *paths)
    assert code == 0
    one_line(err, "warning", *names)
    assert len(stdout.splitlines()) == 1 and "Panjgur" in stdout


def test_nothing_readable_stops_the_run(tmp_path, old_outputs, capsys):
    """When every input was skipped there is nothing to map: exit 1, old outputs kept."""
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    _restore(out, old_outputs)
    code, stdout, err = cli(capsys, "run", tmp_path / "empty.txt", "-o", out)
    assert snapshot(out) == old_outputs
    assert code == 1
    assert "Traceback" not in err
    assert err.splitlines()[-1].startswith("geomap: error: ")
    assert stdout == ""


# ----------------------------------------------------------------- outputs that cannot be written


def test_output_path_is_a_file(tmp_path, capsys):
    """`-o FILE`: one error line naming it, the file untouched, before any work."""
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    target = tmp_path / "results.txt"
    target.write_text("keep me", encoding="utf-8")
    code, stdout, err = cli(capsys, "run", tmp_path / "in.txt", "-o", target)
    assert code == 1
    one_line(err, "error", "results.txt", "not a folder")
    assert stdout == ""
    assert target.read_text("utf-8") == "keep me"


def test_output_path_below_a_file(tmp_path, capsys):
    """`-o FILE/sub`: one error line, not a NotADirectoryError traceback."""
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    target = tmp_path / "results.txt"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = cli(capsys, "run", tmp_path / "in.txt", "-o", target / "maps")
    assert code == 1
    one_line(err, "error", "results.txt")
    assert target.read_text("utf-8") == "keep me"


def test_output_folder_not_writable(tmp_path, capsys):
    """A read-only output folder: one error line naming it, nothing written."""
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "locked"
    out.mkdir()
    out.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(out, os.W_OK):
            pytest.skip("the folder stays writable (running as root)")
        code, stdout, err = cli(capsys, "run", tmp_path / "in.txt", "-o", out)
        assert code == 1
        one_line(err, "error", "locked", "not writable")
        assert stdout == ""
        assert list(out.iterdir()) == []
    finally:
        out.chmod(stat.S_IRWXU)


def test_output_file_taken_by_a_folder(tmp_path, capsys):
    """A folder named map.html in the output folder: one error line, no temporary file."""
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    (out / "map.html").mkdir(parents=True)
    code, _, err = cli(capsys, "run", tmp_path / "in.txt", "-o", out)
    assert code == 1
    one_line(err, "error", "map.html")
    assert leftovers(out) == []
    assert (out / "map.html").is_dir()


def test_failed_output_keeps_the_previous_outputs(tmp_path, old_outputs, capsys):
    """A run that cannot write map.html leaves the previous GeoJSON byte-identical."""
    out = tmp_path / "out"
    _restore(out, {k: v for k, v in old_outputs.items() if k != "map.html"})
    (out / "map.html").mkdir()
    code, _, _ = cli(capsys, "run", SEEDS, "-o", out)
    assert code == 1
    assert snapshot(out) == {k: v for k, v in old_outputs.items() if k != "map.html"}


# ----------------------------------------------------------------- interrupted runs


def _interrupt(monkeypatch: pytest.MonkeyPatch, name: str, on_call: int = 1) -> list[int]:
    """Make ``pipeline.<name>`` (or the module's that defines it, which the pipeline and
    the writers import it from when they draw: the GeoJSON is made while it is written)
    raise KeyboardInterrupt on its ``on_call``-th call."""
    modules = (pipeline, frames, maps, geojson, html_writer, registry)
    module = next(m for m in modules if hasattr(m, name))
    real = getattr(module, name)
    calls: list[int] = []

    def stage(*args, **kwargs):
        calls.append(1)
        if len(calls) == on_call:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, stage)
    return calls


STAGES = [
    pytest.param("extract_events", 2, id="geoparse-loop, second article"),
    pytest.param("build_frames", 1, id="build_frames"),
    pytest.param("build_map", 1, id="build_map"),
    pytest.param("iter_features", 1, id="making events.geojson"),
    pytest.param("iter_features", 2, id="making places.geojson"),
    pytest.param("render_html", 1, id="making map.html"),
    pytest.param("switch_in", 1, id="switching the outputs in"),
]


@pytest.mark.parametrize(("stage", "on_call"), STAGES)
def test_interrupt_into_fresh_folder_leaves_nothing(stage, on_call, monkeypatch, tmp_path, capsys):
    """Ctrl-C mid-run: exit 130, one line, and no output file at all in a new folder."""
    calls = _interrupt(monkeypatch, stage, on_call)
    out = tmp_path / "out"
    code, _, err = cli(capsys, "run", SEEDS, "-o", out)
    assert len(calls) == on_call  # the stage really was reached
    assert code == 130
    _interrupted(err)
    assert leftovers(out) == []
    assert snapshot(out) == {}


@pytest.mark.parametrize(("stage", "on_call"), STAGES)
def test_interrupt_keeps_the_previous_outputs(
    stage, on_call, monkeypatch, tmp_path, old_outputs, capsys
):
    """Ctrl-C mid-run over an earlier run's outputs: those stay complete and unchanged."""
    out = tmp_path / "out"
    _restore(out, old_outputs)
    _interrupt(monkeypatch, stage, on_call)
    code, _, err = cli(capsys, "run", SEEDS, "-o", out)
    assert code == 130
    _interrupted(err)
    assert leftovers(out) == []
    assert snapshot(out) == old_outputs


def test_interrupt_writing_the_report_keeps_the_previous_outputs(
    monkeypatch, tmp_path, old_outputs, capsys
):
    """`run --report`, Ctrl-C while report.html is made: the old outputs stay."""
    if not _report_args():
        pytest.skip("geomap run cannot write report.html yet (no geomap.report or --report)")
    import geomap.report

    out = tmp_path / "out"
    _restore(out, old_outputs)

    def build_report(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(geomap.report, "build_report", build_report)
    code, _, err = cli(capsys, "run", SEEDS, "-o", out, *_report_args())
    assert code == 130
    _interrupted(err)
    assert leftovers(out) == []
    assert snapshot(out) == old_outputs


def test_interrupt_inside_a_write_removes_the_temporary_file(monkeypatch, tmp_path, capsys):
    """Ctrl-C while bytes go to disk: the temporary file is removed, the old file kept."""
    import geomap.geojson

    out = tmp_path / "out"
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    _restore(out, {"events.geojson": b"old\n"})

    def fsync(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(geomap.geojson.os, "fsync", fsync)
    code, _, err = cli(capsys, "run", tmp_path / "in.txt", "-o", out)
    assert code == 130
    _interrupted(err)
    assert leftovers(out) == []
    assert snapshot(out) == {"events.geojson": b"old\n"}


def _interrupted(err: str) -> None:
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("geomap: interrupted"), err


# ----------------------------------------------------------------- determinism


def _inputs() -> list[Path]:
    hostile = FIXTURES / "hostile"
    return [SEEDS, FIXTURES / "articles", *([hostile] if hostile.is_dir() else [])]


def _report_args() -> list[str]:
    """``--report`` when this version of ``geomap run`` can write report.html."""
    if importlib.util.find_spec("geomap.report") is None:
        return []
    commands = next(a for a in build_parser()._actions if a.choices and "run" in a.choices)
    return ["--report"] if "--report" in commands.choices["run"]._option_string_actions else []


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same inputs run twice through the CLI, into two different folders."""
    first = tmp_path_factory.mktemp("first")
    second = tmp_path_factory.mktemp("second")
    for out in (first, second):
        assert main(["run", *map(str, _inputs()), "-o", str(out), *_report_args()]) == 0
    return first, second


@pytest.mark.parametrize("name", OUTPUT_NAMES)
def test_two_runs_are_byte_identical(two_runs, name):
    first, second = two_runs
    assert (first / name).read_bytes() == (second / name).read_bytes()


def test_two_runs_write_the_same_files(two_runs):
    first, second = two_runs
    assert snapshot(first) == snapshot(second)
    assert set(OUTPUT_NAMES) <= set(snapshot(first))
    assert leftovers(first) == [] and leftovers(second) == []


def test_two_runs_give_the_same_report(two_runs):
    if not _report_args():
        pytest.skip("geomap run cannot write report.html yet (no geomap.report or --report)")
    first, second = two_runs
    assert (first / "report.html").read_bytes() == (second / "report.html").read_bytes()
