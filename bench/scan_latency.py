"""Scan to screen: from the last byte a serial scanner writes to the classified scan on the
UI thread, over a real pty at 9600 baud (a citizen ID card QR, about 100 bytes)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from kiosk.config import ScannerSection
from simulators.virtual_scanner import VirtualScanner

ID_CARD = (
    "079050001234||Trần Văn Bình|01011950|Nam|12 Lê Lợi, Phường Bến Nghé, Quận 1, "
    "TP. Hồ Chí Minh|01012021"
)
BAUD = 9600


def run(repeats: int = 20) -> dict[str, list[float]]:
    """Milliseconds from the last byte on the line to the scan signal, and bytes per scan."""
    from PySide6.QtWidgets import QApplication

    from screens.scan_input import ScanInput
    from tools.journey_walk import wait_until

    _app = QApplication.instance() or QApplication([])  # Qt needs one for the scan filter
    latencies: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        link = Path(tmp) / "by-id" / "usb-Scanner-if00"
        scanner = VirtualScanner(link, baud=BAUD)
        scans = ScanInput(ScannerSection(kind="serial", port=str(link)))
        arrived: list[float] = []
        scans.scanned.connect(lambda _scan: arrived.append(time.monotonic()))
        scans.start()
        try:
            for count in range(1, repeats + 1):
                last_byte = scanner.scan(ID_CARD)

                def all_arrived(n: int = count) -> bool:
                    return len(arrived) >= n

                wait_until(all_arrived, timeout_ms=5_000)
                latencies.append((arrived[count - 1] - last_byte) * 1000)
        finally:
            scans.stop()
            scanner.stop()
    return {"latency_ms": latencies, "bytes": [float(len(ID_CARD.encode()) + 1)]}
