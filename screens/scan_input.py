"""The kiosk's scanner, whichever kind it is, as one Qt signal of classified scans.

A serial scanner (``kiosk.input.serial_scanner``) and, on Linux, a keyboard-mode scanner read
from its grabbed input device (``kiosk.input.evdev_scanner``) are read on their own threads;
a keyboard-wedge scanner is told from typing by an application-wide filter. The filter also
stands guard behind an evdev scanner: while its device cannot be grabbed (no permission,
a wrong path) its keys reach the window, and are still taken as scans, never as typing or
button presses. Either way every code is classified in the core
(``kiosk.input.scans``) and delivered on the UI thread. Nothing a scan carries is logged
unmasked.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.config import ScannerSection
from kiosk.input.scanner_thread import ScannerThread
from kiosk.input.scans import Scan, Unrecognised, classify, mask_personal_data
from screens.keyboard_scanner import KeyboardScanFilter

log = logging.getLogger(__name__)


class ScanInput(QObject):
    """Emits :attr:`scanned` with a typed scan for every code read (on the UI thread)."""

    scanned = Signal(object)
    #: every code as read (bytes or text) with its scan, for the technician's raw view
    raw_scanned = Signal(object, object)
    _raw = Signal(bytes)  # from a reader's thread; queued onto the UI thread

    def __init__(self, settings: ScannerSection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._raw.connect(self.receive)
        self._reader: ScannerThread[Any, Any] | None = None  # a reader thread, if any
        self.keyboard: KeyboardScanFilter | None = None  # the keyboard-wedge reader, if any
        # a reader's module (and pyserial) only when configured: most kiosks read a
        # keyboard-wedge scanner, and Home paints sooner without them
        if settings.kind == "serial":
            from kiosk.input.serial_scanner import SerialScanner, SerialScannerSettings

            self._reader = SerialScanner(
                SerialScannerSettings(
                    port=settings.port,
                    baudrate=settings.baudrate,
                    prefix=settings.prefix,
                    suffix=settings.suffix,
                    read_timeout_s=settings.read_timeout_s,
                ),
                on_scan=self._raw.emit,
                on_state=lambda state: log.info("scanner %s: %s", settings.port, state),
            )
        elif settings.kind == "evdev":
            from kiosk.input.evdev_scanner import EvdevScanner, EvdevScannerSettings

            self._reader = EvdevScanner(
                EvdevScannerSettings(
                    device=settings.device,
                    prefix=settings.prefix,
                    suffix=settings.suffix,
                    read_timeout_s=settings.read_timeout_s,
                ),
                on_scan=self._raw.emit,
                on_state=lambda state: log.info("scanner %s: %s", settings.device, state),
            )
        if settings.kind != "serial":
            self.keyboard = KeyboardScanFilter(self)
            self.keyboard.scanned.connect(self.receive)

    def start(self) -> None:
        """Begin reading the scanner."""
        if self._reader is not None:
            self._reader.start()
        if self.keyboard is not None:
            self.keyboard.install()

    def stop(self) -> None:
        """Stop reading (a reader's thread ends; an evdev scanner's grab is released)."""
        if self._reader is not None:
            self._reader.stop()
        if self.keyboard is not None:
            self.keyboard.uninstall()

    def receive(self, raw: bytes | str) -> None:
        """Classify one code (bytes from a reader thread, text from the keyboard) and emit it;
        never raises."""
        try:
            scan: Scan = classify(raw)
        except Exception:  # classify promises not to raise; a scan must never crash the kiosk
            log.exception("classifying a scan failed")
            scan = Unrecognised("the scan could not be read")
        if isinstance(scan, Unrecognised):
            log.info("scan not recognised (%d long): %s", len(raw), scan.reason)
        else:
            log.info("scan: %s", mask_personal_data(repr(scan)))
        self.raw_scanned.emit(raw, scan)
        self.scanned.emit(scan)
