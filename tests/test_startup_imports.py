"""What the kiosk imports to show Home: nothing that only printing, payments, technician mode,
the stores or the network need (they are imported after the first paint, or when first
used)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.kiosk_command import UNREACHABLE, kiosk, run_python

DEFERRED = ("PIL", "qrcode", "barcode", "escpos.printer", "httpcore", "screens.technician.mode")
MODULES_BEFORE_PAINT = 290
"""The most modules the kiosk may have imported when it first paints Home (279 when set,
offline, on Python 3.11; 740 before the stores, the ORM, the API client and the printers
moved after the paint, 374 before the catalogue's models, the procedure search and the
out-of-service screen did, 356 before the scanners' readers did, 352 before the config was
read without pydantic): a figure no machine's speed changes, so a start that grows is caught
here. Lower it as the start imports less."""


def test_the_start_imports_no_printing_payment_technician_or_network_module() -> None:
    probe = (
        "import sys\n"
        "import kiosk.cli, kiosk.core, printers.printer, screens.app\n"
        f"print(sorted(name for name in {DEFERRED!r} if name in sys.modules))\n"
    )
    result = run_python(probe, check=True)
    assert result.stdout.strip() == "[]"


AFTER_PAINT = (
    "pydantic",
    "sqlalchemy",
    "httpx",
    "httpcore",
    "ssl",
    "escpos",
    "yaml",
    "PIL",
    "kiosk.domain.model",
    "kiosk.domain.payloads",
    "kiosk.input.text_search",
    "rapidfuzz",
    "tomlkit",
    "serial",
    "kiosk.input.serial_scanner",
    "kiosk.input.evdev_scanner",
)
"""Packages the kiosk imports only once Home has painted: the stores' ORM, the API client,
the printers' library and what they bring, pydantic and the catalogue's, the outbox's and the
appointments' models (pydantic builds each model's validator as it is defined; the config is
read with msgspec before the paint), the procedure search, the technician's
config editor, and the serial and evdev scanners' readers (pyserial) of a kiosk that reads a
keyboard-wedge scanner, as the tests' kiosks do."""


def _imported(lines: list[str]) -> list[str]:
    """The modules named in ``-X importtime`` lines."""
    return [line.rsplit("|", 1)[1].strip() for line in lines if line.count("|") == 2]


def test_the_kiosk_paints_home_before_it_imports_the_stores_network_or_printers(
    tmp_path: Path,
) -> None:
    result = kiosk(
        tmp_path,
        "run",
        "--windowed",
        "--exit-after-paint",
        PYTHONPROFILEIMPORTTIME="1",
        **UNREACHABLE,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stderr.splitlines()
    assert "first-paint" in lines, result.stderr[-2000:]  # the marker the kiosk writes
    before = lines[: lines.index("first-paint")]
    after = lines[lines.index("first-paint") :]
    early = sorted(
        {name for name in _imported(before) for top in AFTER_PAINT if name.startswith(top)}
    )
    assert early == []
    assert "sqlalchemy" in _imported(after)  # the core did start, after the paint


def test_the_kiosk_paints_home_with_no_more_modules_than_it_did(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "run", "--windowed", "--exit-after-paint", **UNREACHABLE)
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r"^modules (\d+)$", result.stdout, re.MULTILINE)
    assert found is not None, result.stdout
    assert int(found[1]) <= MODULES_BEFORE_PAINT, "the start imports more than it did"
