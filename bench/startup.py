"""Start: process spawn to the first painted Home, and peak RSS, from source and frozen.

Both run ``kiosk run --windowed --exit-after-paint`` offscreen against the province simulator
and a virtual printer that this process starts (each in its own process), with an empty
config file and the settings in ``KIOSK_*`` variables; the frozen one is PyInstaller's
``dist/kiosk-dvc/kiosk-dvc`` (``python3 dev.py build``), which has no simulators of its own.
Each is started once to warm up (as an installed kiosk restarts: stores, the catalogue cache,
python-escpos's capability cache and the OS file cache exist), then ``runs`` more times on the
same data directory. The time ends when the kiosk prints ``first-paint`` (after its first
paint of Home); peak RSS is the child's ``ru_maxrss``; the kiosk also says how many modules
it had imported by then. One more start with ``-X importtime`` names the ten modules that
took longest to import by themselves.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.peers import ROOT, Peers, clean_environ, kiosk_environ, peers

FROZEN_DIR = ROOT / "dist" / "kiosk-dvc"
FROZEN_EXE = FROZEN_DIR / "kiosk-dvc"
RUN = ["run", "--windowed", "--exit-after-paint"]
RUNS = 5


@dataclass(frozen=True)
class Start:
    """One start: seconds to the first paint, peak RSS, modules imported by then, and what
    the kiosk wrote to its standard error."""

    seconds: float
    rss_mb: float
    modules: int
    errors: str


def one_start(command: list[str], env: dict[str, str]) -> Start:
    """Start ``command`` once, to its first paint and its exit."""
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        assert process.stdout is not None
        painted = None
        modules = 0
        for line in process.stdout:
            if line.startswith("modules "):
                modules = int(line.split()[1])
            if line.strip() == "first-paint" and painted is None:
                painted = time.perf_counter() - started
        _pid, status, usage = os.wait4(process.pid, 0)
        errors.seek(0)
        written = errors.read()
        if painted is None or status != 0:
            raise RuntimeError(f"{command[0]} did not paint (status {status}): {written[-2000:]}")
    return Start(painted, usage.ru_maxrss / 1024, modules, written)


def import_top(errors: str, count: int = 10) -> list[tuple[str, float]]:
    """The ``count`` modules that took longest to import by themselves (ms), from the
    ``-X importtime`` lines of a start's standard error."""
    own: list[tuple[str, float]] = []
    for line in errors.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            self_us, _cumulative, name = line[len("import time:") :].split("|")
            if self_us.strip().isdigit():
                own.append((name.strip(), int(self_us) / 1000))
    return sorted(own, key=lambda item: -item[1])[:count]


def starts(command: list[str], work: Path, found: Peers, runs: int) -> dict[str, list[Any]]:
    """A warm-up start, then ``runs`` starts of ``command`` on the data in ``work``, and one
    more with ``-X importtime`` for the modules that take longest to import."""
    work.mkdir()
    env = clean_environ(HOME=str(work), **kiosk_environ(work, found))
    one_start(command, env)
    results = [one_start(command, env) for _ in range(runs)]
    profiled = one_start(command, {**env, "PYTHONPROFILEIMPORTTIME": "1"})
    return {
        "start_s": [r.seconds for r in results],
        "rss_mb": [r.rss_mb for r in results],
        "modules": [float(r.modules) for r in results],
        "import_top": [[name, ms] for name, ms in import_top(profiled.errors)],
    }


def frozen_sizes() -> dict[str, float | None]:
    """The frozen folder's size and the newest archive's (MB; None when not built)."""
    from tools.build_installer import folder_bytes

    archives = sorted(FROZEN_DIR.parent.glob("kiosk-dvc-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return {
        "folder_mb": folder_bytes(FROZEN_DIR) / 1e6 if FROZEN_DIR.is_dir() else None,
        "archive_mb": archives[-1].stat().st_size / 1e6 if archives else None,
    }


def run(runs: int = RUNS) -> dict[str, object]:
    """Starts from source and (if built) frozen, and the frozen build's sizes."""
    with tempfile.TemporaryDirectory(prefix="kiosk-start-") as tmp, peers(Path(tmp)) as found:
        work = Path(tmp)
        source = starts([sys.executable, "-m", "kiosk", *RUN], work / "source", found, runs)
        frozen = (
            starts([str(FROZEN_EXE), *RUN], work / "frozen", found, runs)
            if FROZEN_EXE.is_file()
            else None
        )
    return {"source": source, "frozen": frozen, **frozen_sizes()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.startup", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = run(args.runs)
    if args.json:
        print(json.dumps(result), flush=True)
        return 0
    for kind in ("source", "frozen"):
        measured = result[kind]
        if not isinstance(measured, dict):
            print(f"{kind}: not built (python3 dev.py build)")
            continue
        start, rss = measured["start_s"], measured["rss_mb"]
        print(
            f"{kind}: start median {statistics.median(start):.2f} s, max {max(start):.2f} s; "
            f"peak RSS median {statistics.median(rss):.0f} MB, max {max(rss):.0f} MB; "
            f"{max(measured['modules']):.0f} modules imported before the first paint"
        )
        print(
            "  longest imports: "
            + ", ".join(f"{n} {ms:.0f} ms" for n, ms in measured["import_top"])
        )
    print(f"frozen folder {result['folder_mb']} MB, archive {result['archive_mb']} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
