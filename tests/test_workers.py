"""No worker outlives its run.

A run shares large inputs between worker processes. Killed by SIGTERM (handled like
Ctrl-C) or SIGKILL, or with only the watchdog to guard them, the workers must be gone
within 5 s: a worker left behind holds ~120 MB and the run's stdout, so
``geomap run | tee log`` would never return.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _children(pid: int) -> set[int]:
    """Live processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def big_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough articles (the seeds, over and over) for a run to share the work out."""
    from geomap.pipeline import PARALLEL_MIN

    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(PARALLEL_MIN // len(texts) + 1):
            for j, text in enumerate(texts):
                record = {"id": f"{i}-{j}", "text": f"Copy {i}.\n{text}"}
                handle.write(json.dumps(record) + "\n")
    return path


#: ``geomap run`` in a fresh interpreter, each worker's share made to take a minute so
#: the kill always finds the workers busy; "watchdog": as if the kernel had no
#: parent-death signal (the forked workers inherit both changes)
_RUN = (
    "import sys, time\n"
    "import geomap.pipeline as pipeline\n"
    "real = pipeline._read_chunk\n"
    "def slow(job):\n"
    "    time.sleep(60)\n"
    "    return real(job)\n"
    "pipeline._read_chunk = slow\n"
    "if sys.argv[1] == 'watchdog':\n"
    "    pipeline._parent_death_signal = lambda: False\n"
    "from geomap.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


@pytest.mark.parametrize(
    ("signum", "guard"),
    [("SIGTERM", "kernel"), ("SIGKILL", "kernel"), ("SIGKILL", "watchdog")],
    ids=["SIGTERM", "SIGKILL", "SIGKILL, watchdog only"],
)
def test_killing_a_run_leaves_no_live_worker(signum, guard, big_feed, tmp_path):
    """SIGTERM (handled like Ctrl-C) or SIGKILL of ``geomap run``: within 5 s no
    worker is left, so ``geomap run | tee log`` returns."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to find the workers")
    workers: set[int] = set()
    argv = ["run", str(big_feed), "-o", str(tmp_path / "out")]
    run = subprocess.Popen(
        [sys.executable, "-c", _RUN, guard, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and run.poll() is None and time.monotonic() < deadline:
            workers |= _children(run.pid)
            time.sleep(0.02)
        if not workers:
            pytest.skip("the run used no worker processes (one core?)")
        time.sleep(0.5)  # let them start work
        run.send_signal(getattr(signal, signum))
        _, err = run.communicate(timeout=30)
        deadline = time.monotonic() + 5
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [w for w in workers if _alive(w)]
        if signum == "SIGTERM":
            assert run.returncode == 143
            assert b"Traceback" not in err and err.decode().startswith("geomap: interrupted")
    finally:
        if run.poll() is None:
            run.kill()
            run.communicate()
        for pid in _children(run.pid) | {w for w in workers if _alive(w)}:
            os.kill(pid, signal.SIGKILL)  # never leave a failed test's workers behind


def test_the_watchdog_ends_a_worker_whose_parent_died():
    """Where the kernel has no parent-death signal, a thread in each worker exits it
    once the pipe from its parent closes (tested here on a forked process)."""
    if not hasattr(os, "fork") or not Path("/proc/self/stat").exists():
        pytest.skip("needs fork, and /proc to see the worker")
    script = (
        "import os, threading, time\n"
        "from geomap.pipeline import _watch_parent\n"
        "r, w = os.pipe()\n"
        "if os.fork() == 0:\n"
        "    os.close(w)\n"
        "    print(os.getpid(), flush=True)\n"
        "    null = os.open(os.devnull, os.O_WRONLY)\n"
        "    os.dup2(null, 1)\n"
        "    os.dup2(null, 2)\n"
        "    threading.Thread(target=_watch_parent, args=(r,), daemon=True).start()\n"
        "    time.sleep(60)\n"
        "    os._exit(3)\n"
        "time.sleep(0.2)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    worker = int(done.stdout)
    deadline = time.monotonic() + 5
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _alive(worker)
    if alive:
        os.kill(worker, signal.SIGKILL)
    assert not alive
