"""What the kiosk imports to show Home: nothing that only printing, payments, technician mode or
the network need (they are imported when first used)."""

from __future__ import annotations

from tests.kiosk_command import run_python

DEFERRED = ("PIL", "qrcode", "barcode", "escpos.printer", "httpcore", "screens.technician.mode")


def test_the_start_imports_no_printing_payment_technician_or_network_module() -> None:
    probe = (
        "import sys\n"
        "import kiosk.cli, kiosk.core, printers.printer, screens.app\n"
        f"print(sorted(name for name in {DEFERRED!r} if name in sys.modules))\n"
    )
    result = run_python(probe, check=True)
    assert result.stdout.strip() == "[]"
