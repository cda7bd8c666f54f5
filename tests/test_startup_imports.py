"""What the kiosk imports to show Home: nothing that only printing, payments, technician mode or
the network need (they are imported when first used)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.kiosk_command import UNREACHABLE, kiosk, run_python

DEFERRED = ("PIL", "qrcode", "barcode", "escpos.printer", "httpcore", "screens.technician.mode")
MODULES_BEFORE_PAINT = 760
"""The most modules the kiosk may have imported when it first paints Home (739 when set,
offline, on Python 3.11): a figure no machine's speed changes, so a start that grows is caught
here. Lower it as the start imports less (issue 24: the stores and the ORM after the paint)."""


def test_the_start_imports_no_printing_payment_technician_or_network_module() -> None:
    probe = (
        "import sys\n"
        "import kiosk.cli, kiosk.core, printers.printer, screens.app\n"
        f"print(sorted(name for name in {DEFERRED!r} if name in sys.modules))\n"
    )
    result = run_python(probe, check=True)
    assert result.stdout.strip() == "[]"


def test_the_kiosk_paints_home_with_no_more_modules_than_it_did(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "run", "--windowed", "--exit-after-paint", **UNREACHABLE)
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r"^modules (\d+)$", result.stdout, re.MULTILINE)
    assert found is not None, result.stdout
    assert int(found[1]) <= MODULES_BEFORE_PAINT, "the start imports more than it did"
