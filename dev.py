#!/usr/bin/env python3
"""Developer entry point: sets up `.venv` from the hashed lock, then runs a task.

    python3 dev.py demo [kiosk demo options]   set up, then start the demo kiosk
    python3 dev.py test [pytest options]       set up; ruff, ruff format, import-linter, mypy;
                                               then the whole test suite (in parallel, in a
                                               random order; -n 0 runs it in one process)
    python3 dev.py screenshots                 regenerate docs/screenshots/*.png
    python3 dev.py bench                       run the benchmarks, write docs/benchmarks.md
    python3 dev.py build                       the installable kiosk: dist/kiosk-dvc/ + .tar.gz
    python3 dev.py soak                        200 sync crash-and-fault trials and every hostile
                                               province mode, docs/soak.md
    python3 dev.py lock                        re-resolve both hashed locks from pyproject.toml
    python3 dev.py translations                update kiosk/i18n/*.ts from the code (lupdate),
                                               then compile them (lrelease)

Needs only Python 3.11+ and network access to PyPI on first use.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"  # what a kiosk installs
DEV_LOCK = ROOT / "requirements-dev.lock"  # and what developers and CI add to it
UV = "uv==0.13.9"  # resolves the locks (dev.py lock only)
STAMP = VENV / ".kiosk-setup-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
PYTEST_NO_TESTS = 5
SOURCE_PLURALS = "kiosk_en.ts"
"""The source strings' own language (English): only the plural forms of its %n strings."""
MAX_TEST_WORKERS = 4


def _run(*args: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env=env)


def _check(*args: str | Path) -> None:
    if _run(*args) != 0:
        sys.exit(f"dev.py: command failed: {' '.join(str(a) for a in args)}")


def _pip_install(python: Path, *args: str | Path) -> None:
    _check(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args)


def _setup_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", DEV_LOCK):
        digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def setup() -> None:
    """Create `.venv` and install the project with pinned dependencies, if not already done."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit("dev.py: Python 3.11 or newer is required")
    fingerprint = _setup_fingerprint()
    if not (PYTHON.exists() and STAMP.exists() and STAMP.read_text() == fingerprint):
        print("dev.py: setting up .venv (first run downloads about 150 MB)…", flush=True)
        if not PYTHON.exists():
            venv.create(VENV, with_pip=True)
        _pip_install(PYTHON, "--require-hashes", "-r", DEV_LOCK)
        _pip_install(PYTHON, "--no-deps", "--no-build-isolation", "-e", ".")
        STAMP.write_text(fingerprint)
    build_translations()


def build_translations() -> None:
    """Compile i18n/*.ts into .qm files next to them when the source is newer."""
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sorted((ROOT / "kiosk" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            _check(lrelease, "-silent", ts, "-qm", qm)


def task_demo(args: list[str]) -> int:
    return _run(PYTHON, "-m", "kiosk", "demo", *args)


def _test_workers() -> int:
    """pytest-xdist workers: one per usable core, at most 4 (each runs Qt offscreen)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_TEST_WORKERS))


LINT_IMPORTS = BIN / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
STATIC_CHECKS: tuple[tuple[tuple[str | Path, ...], str], ...] = (
    ((PYTHON, "-m", "ruff", "check", "."), "ruff found problems"),
    (
        (PYTHON, "-m", "ruff", "format", "--check", "."),
        "ruff format would change files (run: .venv/bin/ruff format .)",
    ),
    ((LINT_IMPORTS, "--no-cache"), "an import crosses a boundary of docs/architecture.md"),
    ((PYTHON, "-m", "mypy"), "mypy found type errors"),
)


def task_test(args: list[str]) -> int:
    """The static checks (lint, format, boundaries, types), then the whole test suite."""
    for command, problem in STATIC_CHECKS:
        if _run(*command) != 0:
            print(f"dev.py: {problem} (see above)", file=sys.stderr)
            return 1
    code = _run(PYTHON, "-m", "pytest", "-n", str(_test_workers()), "--dist", "loadgroup", *args)
    if code == PYTEST_NO_TESTS:
        print("dev.py: pytest collected no tests; treating that as a failure", file=sys.stderr)
        return 1
    return code


def task_screenshots(args: list[str]) -> int:
    return _run(PYTHON, "-m", "tools.screenshots", *args)


def task_bench(args: list[str]) -> int:
    return _run(PYTHON, "-m", "bench", *args)


def task_build(args: list[str]) -> int:
    return _run(PYTHON, "-m", "tools.build_installer", *args)


def task_soak(args: list[str]) -> int:
    report = ROOT / "docs" / "soak.md"
    crashes = _run(PYTHON, "-m", "bench.sync_crash", "--trials", "200", "--report", report, *args)
    hostile = _run(PYTHON, "-m", "bench.hostile", "--report", report, "--gui-seconds", "20")
    return crashes or hostile


def _requirements(extra: str | None) -> str:
    """The project's requirements from pyproject.toml, one a line (with an extra's)."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    if extra:
        wanted += project["optional-dependencies"][extra]
    return "\n".join(wanted) + "\n"


def task_lock(_args: list[str]) -> int:
    """Resolve the newest allowed versions for every platform and Python the kiosk supports,
    with the hashes of every file of each, into the runtime and the developer lock."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "venv"
        venv.create(scratch, with_pip=True)
        py = scratch / PYTHON.relative_to(VENV)
        _pip_install(py, UV)
        for lock, extra in ((LOCK, None), (DEV_LOCK, "dev")):
            source = Path(tmp) / f"{lock.stem}.in"
            source.write_text(_requirements(extra), encoding="utf-8")
            _check(
                py,
                "-m",
                "uv",
                "pip",
                "compile",
                "--quiet",
                "--universal",
                "--python-version",
                "3.11",
                "--generate-hashes",
                "--no-annotate",
                "--index-url",
                "https://pypi.org/simple",
                "--custom-compile-command",
                "python3 dev.py lock",
                "--output-file",
                lock,
                # the developers' lock holds the kiosk's own versions: a frozen build (made
                # from .venv) carries what the kiosk's lock installs
                *(("--constraint", LOCK) if extra else ()),
                source,
            )
    shutil.rmtree(VENV, ignore_errors=True)
    print(f"dev.py: wrote {LOCK.name} and {DEV_LOCK.name}; .venv will be rebuilt")
    return 0


def task_translations(_args: list[str]) -> int:
    """Bring kiosk/i18n/*.ts in step with the strings in the code, then compile them."""
    lupdate = BIN / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    sources = sorted(
        str(path.relative_to(ROOT))
        for folder in ("screens", "printers", "kiosk")
        for path in (ROOT / folder).rglob("*.py")
    )
    for ts in sorted((ROOT / "kiosk" / "i18n").glob("*.ts")):
        plurals_only = ("-pluralonly",) if ts.name == SOURCE_PLURALS else ()
        _check(lupdate, "-silent", "-no-obsolete", *plurals_only, *sources, "-ts", ts)
    build_translations()
    return 0


TASKS = {
    "demo": task_demo,
    "test": task_test,
    "screenshots": task_screenshots,
    "bench": task_bench,
    "build": task_build,
    "soak": task_soak,
    "lock": task_lock,
    "translations": task_translations,
}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        print(__doc__)
        return 2
    name, args = sys.argv[1], sys.argv[2:]
    if name != "lock":
        setup()
    return TASKS[name](args)


if __name__ == "__main__":
    sys.exit(main())
