"""One output set, switched in as a transaction under a lock (geomap.outputs.transaction).

Every test starts from a complete earlier set and checks that a failure, an interrupt,
a kill or a second run leaves the folder holding one run's files, never a mix.
"""

from __future__ import annotations

import errno
import fcntl
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from geomap import cli
from geomap.errors import OutputError
from geomap.outputs import atomic, registry, transaction
from geomap.outputs.registry import OutputOptions, check_writers, write_set
from geomap.pipeline import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SMALL = "Iran launched missile strikes on Panjgur in Pakistan on Tuesday, killing two children.\n"


def files(folder: Path) -> dict[str, bytes]:
    """Every entry of ``folder`` (hidden ones too): files by bytes, folders as None."""
    if not folder.exists():
        return {}
    return {p.name: (p.read_bytes() if p.is_file() else None) for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def records():
    """The seeds run's records (nothing written)."""
    return run([SEEDS], None)


@pytest.fixture
def old(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A folder holding a complete earlier set (of one small article), and its bytes."""
    source = tmp_path / "small.txt"
    source.write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    run([source], out, report=True)
    return out, files(out)


def _write(records, out: Path, names=("geojson", "map", "report")) -> None:
    with transaction.locked(out):
        transaction.recover(out)
        write_set(records, out, check_writers(names), OutputOptions(), fingerprint="new")


def _fail_on(monkeypatch, call: int, exc: BaseException) -> list[str]:
    """Make the ``call``-th rename of the switch itself (an old file moved aside, or a
    new one moved in, not a write into staging) raise ``exc``; later calls work."""
    real = os.replace
    seen: list[str] = []

    def replace(src, dst):
        if ".geomap-new-" not in str(dst) and transaction.JOURNAL_NAME not in str(dst):
            seen.append(str(dst))
            if len(seen) == call:
                raise exc
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return seen


# the switch's renames: 5 old files aside (1-5), then 5 new files in (6-10)
@pytest.mark.parametrize("call", [1, 3, 5, 6, 8, 10], ids=lambda c: f"rename {c}")
def test_failure_between_switches_rolls_back(call, records, old, monkeypatch):
    """A rename that fails part-way through the switch: the earlier set, byte for byte."""
    out, before = old
    seen = _fail_on(monkeypatch, call, PermissionError(errno.EPERM, "Operation not permitted"))
    with pytest.raises(OutputError, match="Operation not permitted"):
        _write(records, out)
    assert len(seen) >= call  # the failure was reached
    assert files(out) == before


@pytest.mark.parametrize("call", [2, 7], ids=["old files aside", "new files in"])
def test_interrupt_during_switch_keeps_the_old_set_and_says_so(call, old, monkeypatch, capsys):
    out, before = old
    _fail_on(monkeypatch, call, KeyboardInterrupt())
    assert cli.main(["run", str(SEEDS), "-o", str(out), "--report"]) == 130
    err = capsys.readouterr().err.strip()
    assert files(out) == before
    kept = "events.geojson, map.html, places.geojson, report.html"
    assert err == f"geomap: interrupted; {out} holds the last complete run's files: {kept}"


def test_full_disk_keeps_the_old_set(records, old, monkeypatch):
    """ENOSPC while map.html is written: one error naming it, the old set unchanged."""
    out, before = old
    real = os.fdopen

    class Full:
        def __init__(self, handle, name):
            self.handle, self.name = handle, name

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)

        def write(self, data):
            if self.name.startswith(".map.html."):
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.handle.write(data)

        def __getattr__(self, name):
            return getattr(self.handle, name)

    def fdopen(fd, mode="r", *args, **kwargs):
        name = os.readlink(f"/proc/self/fd/{fd}").rsplit("/", 1)[-1]
        return Full(real(fd, mode, *args, **kwargs), name)

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)
    with pytest.raises(OutputError) as raised:
        _write(records, out)
    assert str(raised.value) == f"cannot write {out / 'map.html'}: No space left on device"
    assert files(out) == before


def test_killed_switch_is_rolled_back_before_anything_else(old, tmp_path):
    """A run killed mid-switch leaves its journal and a mixed folder; the next run's
    first step puts the earlier set back, byte for byte."""
    out, before = old
    script = (
        "import os, sys\n"
        "from geomap.pipeline import run\n"
        "real, calls = os.replace, []\n"
        "def replace(src, dst):\n"
        "    calls.append(dst)\n"
        "    if len(calls) == 13:  # 5 staged, the journal, 5 aside, 2 in\n"
        "        os._exit(9)\n"
        "    return real(src, dst)\n"
        "os.replace = replace\n"
        "run([sys.argv[1]], sys.argv[2], report=True)\n"
    )
    killed = subprocess.run(
        [sys.executable, "-c", script, str(SEEDS), str(out)], capture_output=True, check=False
    )
    assert killed.returncode == 9, killed.stderr
    left = files(out)
    assert transaction.JOURNAL_NAME in left and left != before  # really half-switched
    with transaction.locked(out):
        assert transaction.recover(out) is True
    assert files(out) == before


def test_the_next_run_says_it_rolled_back_and_writes_a_clean_set(old, capsys):
    """After a killed switch, `geomap run` rolls back first (one warning), then writes
    its own complete set with nothing of the killed run left."""
    out, _ = old
    script = (
        "import os, sys\n"
        "from geomap.pipeline import run\n"
        "real, calls = os.replace, []\n"
        "def replace(src, dst):\n"
        "    calls.append(dst)\n"
        "    if len(calls) == 8:  # 5 staged, the journal, 2 old files aside\n"
        "        os._exit(9)\n"
        "    return real(src, dst)\n"
        "os.replace = replace\n"
        "run([sys.argv[1]], sys.argv[2], report=True)\n"
    )
    killed = subprocess.run(
        [sys.executable, "-c", script, str(SEEDS), str(out)], capture_output=True, check=False
    )
    assert killed.returncode == 9, killed.stderr
    assert cli.main(["run", str(SEEDS), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"geomap: warning: {out}: rolled back the unfinished switch of an interrupted run"
    ]
    names = sorted(files(out))
    assert names == ["events.geojson", "geomap-manifest.json", "map.html", "places.geojson"]


def test_stale_temporary_files_are_removed(records, old):
    out, _ = old
    (out / ".geomap-new-dead").mkdir()
    (out / ".geomap-new-dead" / "map.html").write_text("half", encoding="utf-8")
    (out / ".geomap-old-dead").mkdir()
    (out / ".map.html.k2j4_x9a.tmp").write_text("half", encoding="utf-8")
    (out / ".notes.tmp").write_text("mine", encoding="utf-8")  # not a name geomap makes
    _write(records, out)
    hidden = sorted(name for name in os.listdir(out) if name.startswith("."))
    assert hidden == [".notes.tmp"]


def test_no_wait_fails_in_one_line_while_another_run_writes(old, capsys):
    out, before = old
    with _held_lock(out):
        code = cli.main(["run", str(SEEDS), "-o", str(out), "--no-wait"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.splitlines() == [
        f"geomap: error: {out}: another geomap run is writing this folder "
        "(--no-wait: not waiting for it)"
    ]
    assert files(out) == before


def test_a_second_run_waits_with_a_message(records, old):
    out, _ = old
    said: list[str] = []
    done = threading.Event()

    def second() -> None:
        run([SEEDS], out, on_warning=said.append)
        done.set()

    with _held_lock(out):
        worker = threading.Thread(target=second)
        worker.start()
        assert _eventually(lambda: said)
        assert said == [f"another geomap run is writing {out}; waiting for it to finish"]
        time.sleep(0.2)
        assert not done.is_set()  # still waiting while the lock is held
    worker.join(timeout=60)
    assert done.is_set()


def test_two_interleaved_runs_leave_one_set(old, monkeypatch):
    """Run A stops after writing its set into staging; run B starts meanwhile. B waits
    for A's lock, so the folder ends with B's complete set and nothing of A's."""
    out, _ = old
    staged, go_on = threading.Event(), threading.Event()
    real = registry.switch_in

    def paused(staging, new, remove=()):
        if threading.current_thread().name == "A":
            staged.set()
            assert go_on.wait(60)
        return real(staging, new, remove)

    monkeypatch.setattr(registry, "switch_in", paused)
    small = out.parent / "small.txt"
    results: dict[str, object] = {}
    a = threading.Thread(name="A", target=lambda: results.update(a=run([small], out)))
    b = threading.Thread(
        name="B", target=lambda: results.update(b=run([SEEDS], out, export=["csv"]))
    )
    a.start()
    assert staged.wait(60)
    b.start()
    time.sleep(0.5)
    assert "b" not in results  # B is held at the lock while A has not switched
    go_on.set()
    a.join(60)
    b.join(120)
    assert set(results) == {"a", "b"}
    names = sorted(files(out))
    assert names == ["events.csv", "events.geojson", "geomap-manifest.json", "map.html",
                     "places.geojson"]  # fmt: skip
    assert b"Islamabad" in (out / "events.geojson").read_bytes()  # B's data (the seeds)


class _held_lock:
    """Hold the folder's lock as another run would."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / transaction.LOCK_NAME

    def __enter__(self):
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        os.unlink(self.path)
        os.close(self.fd)


def _eventually(check, seconds: float = 30.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return False
