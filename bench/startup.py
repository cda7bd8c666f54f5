"""Start: process spawn to the first painted Home, and peak RSS, from source and frozen.

Both run ``kiosk run --windowed --exit-after-paint`` offscreen against the province simulator
and a virtual printer that this process starts (each in its own process), with an empty
config file and the settings in ``KIOSK_*`` variables; the frozen one is PyInstaller's
``dist/kiosk-dvc/kiosk-dvc`` (``python3 dev.py build``), which has no simulators of its own.
Each is started once to warm up (as an installed kiosk restarts: stores, the catalogue cache,
python-escpos's capability cache and the OS file cache exist), then ``runs`` more times on the
same data directory. The time ends when the kiosk prints ``first-paint`` (after its first
paint of Home); peak RSS is the child's ``ru_maxrss`` (it quits once its core has started,
after that paint); the kiosk also says how many modules it had imported by the paint. One
more start with ``-X importtime`` names the ten modules that took longest to import by
themselves before the paint.

Beside them, in the same rounds, the peers: ``python -m bench.bare_home`` (a bare PySide6
window drawing the same Home: the floor) and, where installed, headless Chromium rendering
the same page to a PNG and quitting (timed to its exit; its RSS is its browser process's).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.peers import ROOT, clean_environ, kiosk_environ, peers

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


def one_start(command: list[str], env: dict[str, str], *, until_exit: bool = False) -> Start:
    """Start ``command`` once, to its first paint (its ``first-paint`` line; ``until_exit``:
    its exit, for a peer that says nothing) and its exit."""
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
        if until_exit:
            painted = time.perf_counter() - started
        errors.seek(0)
        written = errors.read()
        if painted is None or status != 0:
            raise RuntimeError(f"{command[0]} did not paint (status {status}): {written[-2000:]}")
    return Start(painted, usage.ru_maxrss / 1024, modules, written)


def import_top(errors: str, count: int = 10) -> list[tuple[str, float]]:
    """The ``count`` modules that took longest to import by themselves (ms) before the first
    paint, from the ``-X importtime`` lines of a start's standard error."""
    own: list[tuple[str, float]] = []
    for line in errors.splitlines():
        if line == "first-paint":
            break
        if line.startswith("import time:") and line.count("|") == 2:
            self_us, _cumulative, name = line[len("import time:") :].split("|")
            if self_us.strip().isdigit():
                own.append((name.strip(), int(self_us) / 1000))
    return sorted(own, key=lambda item: -item[1])[:count]


def chromium_command(work: Path) -> list[str] | None:
    """Headless Chromium rendering Home's page (``bench.bare_home.home_html``) to a PNG and
    quitting, in a profile of its own under ``work``; None when Chromium is not installed."""
    from bench.bare_home import SIZE, home_html
    from kiosk.paths import ASSETS_DIR

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        return None
    work.mkdir()
    page = work / "home.html"
    page.write_text(home_html(str(ASSETS_DIR / "fonts" / "NotoSans-Regular.ttf")), "utf-8")
    return [
        browser,
        "--headless=new",
        *(["--no-sandbox"] if os.geteuid() == 0 else []),  # Chromium refuses root otherwise
        "--disable-gpu",
        "--hide-scrollbars",
        f"--user-data-dir={work / 'profile'}",
        f"--window-size={SIZE[0]},{SIZE[1]}",
        f"--screenshot={work / 'home.png'}",
        page.as_uri(),
    ]


def measured(results: list[Start], profiled: Start | None = None) -> dict[str, list[Any]]:
    """The starts' figures (and, from ``profiled``, the longest imports)."""
    return {
        "start_s": [r.seconds for r in results],
        "rss_mb": [r.rss_mb for r in results],
        "modules": [float(r.modules) for r in results],
        "import_top": [[n, ms] for n, ms in import_top(profiled.errors)] if profiled else [],
    }


def run(runs: int = RUNS) -> dict[str, object]:
    """Starts from source and (if built) frozen, and of the peers: a bare PySide6 window
    drawing Home (always) and headless Chromium rendering it (when installed); one start of
    each in turn per round, so that they share the machine's moods. Then the frozen build's
    sizes."""
    with tempfile.TemporaryDirectory(prefix="kiosk-start-") as tmp, peers(Path(tmp)) as found:
        work = Path(tmp)
        commands: dict[str, tuple[list[str], dict[str, str]]] = {}
        for kind, command in (
            ("source", [sys.executable, "-m", "kiosk", *RUN]),
            ("frozen", [str(FROZEN_EXE), *RUN] if FROZEN_EXE.is_file() else None),
        ):
            if command is not None:
                (work / kind).mkdir()
                env = clean_environ(HOME=str(work / kind), **kiosk_environ(work / kind, found))
                commands[kind] = (command, env)
        commands["bare_qt"] = ([sys.executable, "-m", "bench.bare_home"], clean_environ())
        browser = chromium_command(work / "chromium")
        if browser is not None:
            commands["chromium"] = (browser, clean_environ(HOME=str(work / "chromium")))
        results: dict[str, list[Start]] = {kind: [] for kind in commands}
        for _ in range(runs + 1):  # the first round warms up (stores, caches, OS file cache)
            for kind, (command, env) in commands.items():
                results[kind].append(one_start(command, env, until_exit=kind == "chromium"))
        profiled = {
            kind: one_start(command, {**env, "PYTHONPROFILEIMPORTTIME": "1"})
            for kind, (command, env) in commands.items()
            if kind in ("source", "frozen")
        }
    found_starts = {
        kind: measured(starts[1:], profiled.get(kind)) for kind, starts in results.items()
    }
    return {
        "source": found_starts["source"],
        "frozen": found_starts.get("frozen"),
        "bare_qt": found_starts["bare_qt"],
        "chromium": found_starts.get("chromium"),
        **frozen_sizes(),
    }


def frozen_sizes() -> dict[str, float | None]:
    """The frozen folder's size and the newest archive's (MB; None when not built)."""
    from tools.build_installer import folder_bytes

    archives = sorted(FROZEN_DIR.parent.glob("kiosk-dvc-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return {
        "folder_mb": folder_bytes(FROZEN_DIR) / 1e6 if FROZEN_DIR.is_dir() else None,
        "archive_mb": archives[-1].stat().st_size / 1e6 if archives else None,
    }


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
    for kind in ("source", "frozen", "bare_qt", "chromium"):
        measured_kind = result[kind]
        if not isinstance(measured_kind, dict):
            print(f"{kind}: not measured (not built, or not installed)")
            continue
        start, rss = measured_kind["start_s"], measured_kind["rss_mb"]
        print(
            f"{kind}: start median {statistics.median(start):.2f} s, max {max(start):.2f} s; "
            f"peak RSS median {statistics.median(rss):.0f} MB, max {max(rss):.0f} MB"
            + (
                f"; {max(measured_kind['modules']):.0f} modules imported before the first paint"
                if kind in ("source", "frozen")
                else ""
            )
        )
        if measured_kind["import_top"]:
            print(
                "  longest imports: "
                + ", ".join(f"{n} {ms:.0f} ms" for n, ms in measured_kind["import_top"])
            )
    print(f"frozen folder {result['folder_mb']} MB, archive {result['archive_mb']} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
