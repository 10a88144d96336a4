"""Reading inputs as an attacker and a careless user would feed them.

The rules: a file that is not a regular file is refused without being read (a FIFO
must not hang the run, ``/dev/zero`` must not fill the memory); in a folder or a list,
a file that cannot be used is skipped with one line naming it and the reason, and the
run goes on (``--strict`` fails it instead); a bad JSON line costs that line only;
every article has its own stable id; the output folder is never read back.
Encodings: ``test_decoding.py``; workers: ``test_workers.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from geomap.cli import main
from geomap.errors import InputError
from geomap.inputs import ArticleStream, display_path, read_inputs
from geomap.pipeline import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOOD = "ISLAMABAD: Iran launched missile strikes on Panjgur in Pakistan on 16 January 2024.\n"
OTHER = "TEHRAN: Pakistan struck targets in Saravan in Iran on 18 January 2024.\n"
OUTPUT_NAMES = ("events.geojson", "places.geojson", "map.html")


def cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run ``geomap ARGV`` in-process; return the exit code, stdout and stderr."""
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def lines_of(err: str, kind: str) -> list[str]:
    """The stderr lines of one kind ("warning", "error"); never a traceback."""
    assert "Traceback" not in err, err
    return [line for line in err.splitlines() if line.startswith(f"geomap: {kind}: ")]


def only_line(err: str, kind: str, *names: str) -> str:
    """The single stderr line, of ``kind``, naming every one of ``names``."""
    assert len(err.splitlines()) == 1, err
    [line] = lines_of(err, kind)
    for name in names:
        assert name in line, (name, line)
    return line


@pytest.fixture(autouse=True)
def _no_symlink_loops_left(tmp_path: Path) -> Iterator[None]:
    """Remove the looping links a test made: pytest's clean-up cannot resolve them."""
    yield
    for root, _, files in os.walk(tmp_path):
        for name in files:
            path = os.path.join(root, name)
            if os.path.islink(path):
                os.unlink(path)


def batch(tmp: Path, **files: str | bytes) -> Path:
    """A folder holding good.txt (a readable article) and ``files``."""
    folder = tmp / "batch"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    return folder


# ----------------------------------------------------------------- files that are not files


def _fifo(folder: Path) -> tuple[Path, tuple[str, ...]]:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path, ("pipe.txt", "named pipe", "not a regular file")


def _dev_zero(folder: Path) -> tuple[Path, tuple[str, ...]]:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    path = folder / "zero.txt"
    path.symlink_to("/dev/zero")
    return path, ("zero.txt", "device", "not a regular file")


def _socket(folder: Path) -> tuple[Path, tuple[str, ...]]:
    path = folder / "s.txt"
    if len(os.fsencode(path)) > 100:
        pytest.skip("the temporary folder's path is too long for a socket address")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the file stays, and opening it fails
    return path, ("s.txt", "socket")


def _loop(folder: Path) -> tuple[Path, tuple[str, ...]]:
    path = folder / "loop.txt"
    path.symlink_to(path)
    return path, ("loop.txt", "symbolic link loop")


def _loop_pair(folder: Path) -> tuple[Path, tuple[str, ...]]:
    (folder.parent / "b.md").symlink_to(folder / "a.md")
    (folder / "a.md").symlink_to(folder.parent / "b.md")
    return folder / "a.md", ("a.md", "symbolic link loop")


NOT_FILES: dict[str, Callable[[Path], tuple[Path, tuple[str, ...]]]] = {
    "FIFO": _fifo,
    "link to /dev/zero": _dev_zero,
    "socket": _socket,
    "symlink to itself": _loop,
    "two symlinks in a loop": _loop_pair,
}


@pytest.mark.parametrize("case", list(NOT_FILES), ids=list(NOT_FILES))
def test_a_file_that_is_not_a_file_named_alone_is_refused(case, tmp_path, capsys):
    """Named on its own: one error line, at once (a FIFO with no writer must not hang)."""
    path, names = NOT_FILES[case](tmp_path)
    started = time.perf_counter()
    code, out, err = cli(capsys, "run", path, "-o", tmp_path / "out")
    assert time.perf_counter() - started < 5
    assert code == 1 and out == ""
    only_line(err, "error", *names)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", list(NOT_FILES), ids=list(NOT_FILES))
def test_a_file_that_is_not_a_file_in_a_folder_is_skipped(case, tmp_path, capsys):
    """In a folder: skipped with one warning, counted, and the other files mapped."""
    folder = batch(tmp_path)
    _, names = NOT_FILES[case](folder)
    code, out, err = cli(capsys, "run", folder, "-o", tmp_path / "out")
    assert code == 0
    [warning] = lines_of(err, "warning")
    assert all(name in warning for name in names), warning
    assert "articles: 1" in out and "skipped:  1" in out
    assert b"Panjgur" in (tmp_path / "out" / "places.geojson").read_bytes()


@pytest.mark.parametrize("case", ["FIFO", "link to /dev/zero"])
def test_strict_fails_on_a_skipped_file_and_keeps_the_old_outputs(case, tmp_path, capsys):
    """``--strict``: the same skip is an error (exit 1) and nothing is written."""
    folder = batch(tmp_path)
    NOT_FILES[case](folder)
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.geojson").write_bytes(b"old\n")
    code, stdout, err = cli(capsys, "run", folder, "-o", out, "--strict")
    assert code == 1 and stdout == ""
    assert len(lines_of(err, "warning")) == 1
    assert "strict" in lines_of(err, "error")[0]
    assert sorted(os.listdir(out)) == ["events.geojson"]
    assert (out / "events.geojson").read_bytes() == b"old\n"


def test_reads_stop_at_the_limit_whatever_the_size_claims(tmp_path):
    """A file larger than its ``st_size`` (a /proc file claims 0 bytes) is still cut off."""
    status = Path("/proc/self/status")
    if not status.exists() or status.stat().st_size != 0:
        pytest.skip("no /proc file that claims to be empty")
    (tmp_path / "status.txt").symlink_to(status)
    with pytest.raises(InputError, match=r"status\.txt: .*over the size limit of 50 bytes"):
        read_inputs([tmp_path / "status.txt"], max_bytes=50)
    assert read_inputs([tmp_path / "status.txt"], max_bytes=100_000).articles


# ----------------------------------------------------------------- names, text and numbers


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path, capsys):
    """``caf\\xe9.txt`` (latin-1 bytes in the name): read, its id shown with an escape,
    and every output written (no UnicodeEncodeError in a writer)."""
    folder = os.fsencode(tmp_path / "batch")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(GOOD.encode())
    with open(os.path.join(folder, b"bad\xff.txt"), "wb") as handle:
        handle.write(b"\x00binary")
    code, _, err = cli(capsys, "run", os.fsdecode(folder), "-o", tmp_path / "out", "--report")
    assert code == 0, err
    [warning] = lines_of(err, "warning")
    assert "bad\\xff.txt" in warning and "binary" in warning
    events = json.loads((tmp_path / "out" / "events.geojson").read_text("utf-8"))
    assert {s["article"] for f in events["features"] for s in f["properties"]["sources"]} == {
        "caf\\xe9.txt"
    }
    assert "caf\\xe9.txt" in (tmp_path / "out" / "report.html").read_text("utf-8")
    named = os.fsdecode(os.path.join(folder, b"caf\xe9.txt"))  # as a shell passes it
    code, out, err = cli(capsys, "run", named, "-o", tmp_path / "named")
    assert code == 0 and err == "" and "articles: 1" in out


def test_display_path_escapes_what_cannot_be_printed():
    assert display_path(b"caf\xe9.txt") == "caf\\xe9.txt"
    assert display_path("two\nlines.txt") == "two\\nlines.txt"
    assert display_path("evil\u202etxt.exe") == "evil\\u202etxt.exe"
    assert display_path("Ünïcode «news».txt") == "Ünïcode «news».txt"


def test_lone_surrogates_in_jsonl_are_replaced_at_reading(tmp_path, capsys):
    """``"\\ud800"`` is legal JSON but not encodable: it becomes U+FFFD when read, so
    the map writer does not crash later."""
    feed = tmp_path / "feed.jsonl"
    record = {"id": "a\ud800", "title": "T\udfff", "text": "\ud83d" + GOOD}
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, _, err = cli(capsys, "run", feed, "-o", tmp_path / "out", "--report")
    assert code == 0, err
    [article] = read_inputs([feed]).articles
    assert article.id == "a\ufffd" and article.title == "T\ufffd"
    assert article.text.startswith("\ufffdISLAMABAD")
    assert "a\ufffd" in (tmp_path / "out" / "report.html").read_text("utf-8")


def test_huge_integers_in_jsonl_do_not_stop_the_reading(tmp_path, capsys):
    """A 5,000-digit integer (over Python's 4,300-digit limit) in any field: the line is
    read when it is otherwise good, and skipped alone when it stands for the id."""
    big = "9" * 5000
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        f'{{"id": "a", "words": {big}, "text": {json.dumps(GOOD)}}}\n'
        f'{{"id": {big}, "text": {json.dumps(OTHER)}}}\n'
        f'{{"id": 7, "text": {json.dumps(OTHER)}}}\n',
        encoding="utf-8",
    )
    warnings: list[str] = []
    found = read_inputs([feed], on_warning=warnings.append)
    assert [a.id for a in found.articles] == ["a", "7"]
    assert len(warnings) == 1 and "feed.jsonl line 2" in warnings[0] and '"id"' in warnings[0]
    code, out, _ = cli(capsys, "run", feed, "-o", tmp_path / "out")
    assert code == 0 and "articles: 2" in out


# ----------------------------------------------------------------- permissions


def _unprivileged() -> list[str] | None:
    """A command prefix that runs as ``nobody`` with every capability dropped (as root),
    an empty one when not root (permissions already hold), or None when impossible."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--inh-caps=-all"]
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import geomap.inputs"], capture_output=True, check=False
    )
    return prefix if probe.returncode == 0 else None


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary folder that ``nobody`` can enter (pytest's are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="geomap-perm-"))
    folder.chmod(0o777)
    yield folder
    for root, dirs, _ in os.walk(folder):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o777)
    shutil.rmtree(folder)


def _run_unprivileged(prefix: list[str], *argv: str | Path) -> subprocess.CompletedProcess:
    command = [*prefix, sys.executable, "-m", "geomap.cli", *map(str, argv)]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def test_permission_errors_skip_one_file_or_folder_each(shared_tmp):
    """With capabilities dropped: an unreadable file and an unreadable subfolder are one
    warning each; an unreadable input folder is said as such, not as an empty one."""
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("cannot drop privileges here (no setpriv, or nobody cannot run python)")
    folder = batch(shared_tmp, **{"secret.txt": OTHER, "locked/inner.txt": OTHER})
    for path in (shared_tmp, folder):
        path.chmod(0o755)
    (folder / "secret.txt").chmod(0)
    (folder / "locked").chmod(0)
    out = shared_tmp / "out"
    out.mkdir(mode=0o777)
    out.chmod(0o777)
    done = _run_unprivileged(prefix, "run", folder, "-o", out)
    assert done.returncode == 0, done.stderr
    warnings = lines_of(done.stderr, "warning")
    assert len(warnings) == 2, done.stderr
    assert any("secret.txt" in w and "permission denied" in w for w in warnings)
    assert any("locked" in w and "permission denied" in w for w in warnings)
    assert "articles: 1" in done.stdout and "skipped:  2" in done.stdout

    done = _run_unprivileged(prefix, "run", folder / "locked" / "inner.txt", "-o", out)
    assert done.returncode == 1  # under a folder without search permission
    [error] = lines_of(done.stderr, "error")
    assert "inner.txt" in error and "permission denied" in error

    folder.chmod(0o311)  # can pass through, cannot list
    done = _run_unprivileged(prefix, "run", folder, "-o", out)
    assert done.returncode == 1
    [error] = lines_of(done.stderr, "error")
    assert "batch" in error and "permission denied" in error and "no article files" not in error


# ----------------------------------------------------------------- ids and duplicates


def test_same_name_in_two_folders_both_read(tmp_path, capsys):
    """``a/article.txt`` and ``b/article.txt``: two articles, ids relative to the input."""
    folder = batch(tmp_path, **{"a/article.txt": GOOD, "b/article.txt": OTHER})
    (folder / "good.txt").unlink()
    found = read_inputs([folder]).articles
    assert [a.id for a in found] == ["a/article.txt", "b/article.txt"]
    code, out, err = cli(capsys, "run", folder / "a", folder / "b", "-o", tmp_path / "out")
    assert code == 0 and err == "" and "articles: 2" in out
    found = read_inputs([folder / "a", folder / "b"]).articles
    assert [a.id for a in found] == ["a/article.txt", "b/article.txt"]  # lengthened to differ


def test_ids_are_stable_whatever_the_order_of_the_inputs(tmp_path):
    folder = batch(tmp_path, **{"x/n.txt": GOOD, "y/n.txt": OTHER})
    first = {a.id: a.text for a in read_inputs([folder / "x/n.txt", folder / "y/n.txt"]).articles}
    second = {a.id: a.text for a in read_inputs([folder / "y/n.txt", folder / "x/n.txt"]).articles}
    assert first == second and sorted(first) == ["x/n.txt", "y/n.txt"]


def test_a_true_duplicate_is_one_article(tmp_path, capsys):
    """The same text under two names is reported as one, with a warning, and no skip."""
    folder = batch(tmp_path, **{"a/article.txt": GOOD, "b/article.txt": GOOD})
    code, out, err = cli(capsys, "run", folder, "-o", tmp_path / "out", "--strict")
    assert code == 0
    warnings = lines_of(err, "warning")
    assert len(warnings) == 2 and all("duplicate, read once" in w for w in warnings)
    assert "articles: 1" in out and "skipped" not in out


# ----------------------------------------------------------------- JSON Lines


def _feed(tmp: Path, n: int, bad: dict[int, str]) -> Path:
    path = tmp / "feed.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(1, n + 1):
            text = f"Report {i}. " + (GOOD if i % 2 else OTHER)
            handle.write(bad.get(i, json.dumps({"id": f"r{i}", "text": text})) + "\n")
    return path


def test_one_bad_line_of_a_feed_costs_that_line_only(tmp_path, capsys):
    """1,000 records, one broken: 999 read, one warning naming line 500."""
    feed = _feed(tmp_path, 1000, {500: '{"id": "r500", "text": "cut off'})
    warnings: list[str] = []
    found = read_inputs([feed], on_warning=warnings.append)
    assert len(found.articles) == 999 and "r500" not in {a.id for a in found.articles}
    assert len(warnings) == 1 and "feed.jsonl line 500: not valid JSON" in warnings[0]
    assert found.skipped == tuple(warnings)


JSONL_LINES = {
    "not JSON": ('{"id": "b", "text": "Iran struck', "not valid JSON"),
    "not an object": ('["b", "Iran struck"]', "JSON object"),
    "no text": ('{"id": "b", "body": "x"}', '"text"'),
    "text not a string": ('{"id": "b", "text": 5}', '"text"'),
    "no id": ('{"id": true, "text": "x"}', '"id"'),
    "nested 100,000 deep": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
}


@pytest.mark.parametrize("case", list(JSONL_LINES), ids=list(JSONL_LINES))
def test_bad_jsonl_lines_are_skipped_with_their_number(case, tmp_path, capsys):
    line, reason = JSONL_LINES[case]
    feed = _feed(tmp_path, 3, {2: line})
    code, out, err = cli(capsys, "run", feed, "-o", tmp_path / "out")
    assert code == 0
    only_line(err, "warning", "feed.jsonl line 2", reason, "line skipped")
    assert "articles: 2" in out and "skipped:  1" in out
    code, out, err = cli(capsys, "geoparse", feed, "--strict")
    assert code == 1 and "strict" in lines_of(err, "error")[0]


def test_jsonl_has_a_limit_per_line_not_per_file(tmp_path, capsys):
    """A feed larger than --max-article-bytes is read; only the one long line is not."""
    feed = _feed(tmp_path, 40, {7: json.dumps({"id": "long", "text": "word " * 500})})
    assert feed.stat().st_size > 2000
    code, out, err = cli(capsys, "run", feed, "-o", tmp_path / "out", "--max-article-bytes", 500)
    assert code == 0
    only_line(err, "warning", "feed.jsonl line 7", "size limit", "--max-article-bytes")
    assert "articles: 39" in out


def test_max_article_bytes_skips_a_big_file_in_a_folder(tmp_path, capsys):
    folder = batch(tmp_path, **{"big.txt": GOOD * 20})
    code, _, err = cli(capsys, "run", folder, "-o", tmp_path / "out", "--max-article-bytes", 500)
    assert code == 0
    only_line(err, "warning", "big.txt", "over the size limit of 500 bytes", "file skipped")


@pytest.mark.parametrize("value", ["0", "-1", "ten"])
def test_bad_limits_are_usage_errors_in_one_line(value, tmp_path, capsys):
    for argv in (
        ["run", SEEDS, "-o", tmp_path / "out", "--max-article-bytes", value],
        ["gazetteer", "lookup", "Paris", "--limit", value],
    ):
        with pytest.raises(SystemExit) as exit_:
            main([str(a) for a in argv])
        assert exit_.value.code == 2
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and "error" in err and value in err


def test_empty_output_name_is_refused(tmp_path, capsys, monkeypatch):
    """``-o ""`` used to write into the current folder."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(["run", str(SEEDS), "-o", ""])
    assert exit_.value.code == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert os.listdir(tmp_path) == []


# ----------------------------------------------------------------- outputs are not inputs


def test_an_output_folder_inside_the_input_is_left_out(tmp_path, capsys):
    """Three runs into ``batch/out``: the same events each time (16, 21, 26 before),
    and the folder left out said once per run."""
    folder = tmp_path / "batch"
    shutil.copytree(SEEDS, folder)
    out = folder / "out"
    summaries, files = [], []
    for n in range(3):
        code, stdout, err = cli(capsys, "run", folder, "-o", out, "--report")
        assert code == 0
        if n:  # from the second run on, there is an output folder to leave out
            only_line(err, "warning", "out", "output folder, left out")
        summaries.append([line for line in stdout.splitlines() if not line.startswith("wrote")])
        files.append({n: (out / n).read_bytes() for n in OUTPUT_NAMES})
    assert summaries[0] == summaries[1] == summaries[2]
    assert files[0] == files[1] == files[2]
    code, stdout, _ = cli(capsys, "run", SEEDS, "-o", tmp_path / "apart")
    assert summaries[0] == [line for line in stdout.splitlines() if not line.startswith("wrote")]


def test_a_page_geomap_wrote_is_not_read_as_an_article(tmp_path):
    folder = batch(
        tmp_path,
        **{"copy/map.html": '<html><head><meta name="generator" content="geomap 0.1">'},
    )
    warnings: list[str] = []
    assert [a.id for a in read_inputs([folder], on_warning=warnings.append).articles] == [
        "good.txt"
    ]
    assert len(warnings) == 1 and "map.html" in warnings[0] and "geomap wrote" in warnings[0]


# ----------------------------------------------------------------- links


def test_bidi_controls_never_reach_a_source_link(tmp_path, capsys):
    """A right-to-left override in a feed's url cannot spoof the link in the report."""
    feed = tmp_path / "feed.jsonl"
    url = "https://news.example/\u202egnp.exe"
    feed.write_text(json.dumps({"id": "a\u202eb", "url": url, "text": GOOD}) + "\n", "utf-8")
    code, _, err = cli(capsys, "run", feed, "-o", tmp_path / "out", "--report")
    assert code == 0, err
    report = (tmp_path / "out" / "report.html").read_text("utf-8")
    assert "\u202e" not in report
    assert 'href="https://news.example/gnp.exe"' in report


def test_report_links_strip_bidi_controls_themselves():
    from geomap.report import safe_url

    assert safe_url("https://a.example/\u202ecod.exe") == "https://a.example/cod.exe"
    assert safe_url("\u2066javascript:alert(1)") is None


def test_a_large_feed_reports_its_reading_by_bytes(tmp_path, monkeypatch):
    """Progress by bytes, rising to the file's size, for a feed over PROGRESS_BYTES."""
    import geomap.inputs

    feed = _feed(tmp_path, 1000, {})
    size = feed.stat().st_size
    monkeypatch.setattr(geomap.inputs, "PROGRESS_BYTES", size // 2)
    seen: list[tuple[str, int, int]] = []
    read_inputs([feed], on_progress=lambda *a: seen.append(a))
    assert len(seen) >= 5 and {name for name, _, _ in seen} == {str(feed)}
    done = [d for _, d, _ in seen]
    assert done == sorted(done) and done[-1] == size and all(t == size for *_, t in seen)
    seen.clear()
    monkeypatch.setattr(geomap.inputs, "PROGRESS_BYTES", size + 1)
    read_inputs([feed], on_progress=lambda *a: seen.append(a))
    assert seen == []


def test_geoparse_with_nothing_readable_fails(tmp_path, capsys):
    """Every line skipped: the warnings, then an error and exit 1, not an empty success."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a"}\n{broken\n', encoding="utf-8")
    code, out, err = cli(capsys, "geoparse", feed)
    assert code == 1 and out == ""
    assert len(lines_of(err, "warning")) == 2
    assert "no document to geoparse" in lines_of(err, "error")[0]


def test_the_pages_geomap_writes_are_never_read_back_as_articles(tmp_path, capsys):
    """map.html, report.html and fragment.html copied in beside the articles: each is
    recognised by its generator mark and left out, so the run reads the two seeds."""
    out = tmp_path / "out"
    assert cli(capsys, "run", SEEDS, "-o", out, "--report")[0] == 0
    assert cli(capsys, "report", SEEDS, "-o", tmp_path / "frag", "--fragment")[0] == 0
    folder = tmp_path / "mixed"
    shutil.copytree(SEEDS, folder)
    for page in (out / "map.html", out / "report.html", tmp_path / "frag" / "fragment.html"):
        shutil.copy(page, folder / page.name)
    code, stdout, err = cli(capsys, "run", folder, "-o", tmp_path / "again")
    assert code == 0
    assert "articles: 2" in stdout
    for name in ("map.html", "report.html", "fragment.html"):
        assert f"{name}: a page geomap wrote, not an article (left out)" in err


def test_a_jsonl_file_over_the_article_limit_is_read_line_by_line(tmp_path):
    """The size limit is an article's, not a JSON Lines file's: a 22 MB file of two
    lines, each under the 20 MB default, is mapped whole."""
    padding = "x" * 11_000_000  # a field the reader ignores keeps the articles short
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for ident, text in (("a", GOOD), ("b", OTHER)):
            handle.write(json.dumps({"id": ident, "text": text, "padding": padding}) + "\n")
    assert path.stat().st_size > 22_000_000
    warnings: list[str] = []
    result = run([path], None, on_warning=warnings.append)
    assert [a.id for a in result.articles] == ["a", "b"]
    assert not warnings and not result.skipped


def test_articles_are_read_as_they_are_taken(tmp_path):
    """The stream reads no further than asked: a bad third line is said only when the
    reading gets there, and reading again says it again."""
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a", "text": GOOD}), json.dumps({"id": "b", "text": OTHER}), "{"]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    warnings: list[str] = []
    stream = ArticleStream([path], on_warning=warnings.append)
    reading = iter(stream)
    assert next(reading).id == "a" and not warnings
    assert [a.id for a in reading] == ["b"] and len(warnings) == 1 and "line 3" in warnings[0]
    assert [a.id for a in stream] == ["a", "b"] and len(warnings) == 2
    assert len(stream.skipped) == 1


def test_a_second_reading_replays_the_first_ones_choices(tmp_path):
    """Given the first reading's choices, a second one leaves out the same duplicate
    and the same taken id, keeping no digest of its own (and saying nothing)."""
    path = tmp_path / "feed.jsonl"
    records = [("a", GOOD), ("b", GOOD), ("a", OTHER), ("c", OTHER + " More.")]
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in records), "utf-8")
    first = ArticleStream([path], on_warning=lambda _: None)
    kept = [a.id for a in first]
    assert kept == ["a", "c"] and list(first.choices) == [1, 0, 0, 1]
    said: list[str] = []
    again = ArticleStream([path], on_warning=said.append, replay=first.choices)
    assert [a.id for a in again] == kept and not said
