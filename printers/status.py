"""Real-time printer status (``DLE EOT n``), read and validated by the kiosk itself.

python-escpos's ``paper_status()`` reports "paper adequate" when the printer never answered;
here every reply byte is checked against the fixed bits of the ESC/POS specification
(bits 1 and 4 set, bits 0 and 7 clear), and no reply or a malformed one is UNKNOWN.

    n=1 printer status     bit 3: off-line
    n=2 off-line cause     bit 2: cover open; bit 5: stopped by paper end; bit 6: error
    n=4 roll paper sensor  bits 2-3: paper near end; bits 5-6: paper end
"""

from __future__ import annotations

from kiosk.printer_status import PrinterState, PrinterStatus
from printers.transport import Transport

DLE_EOT = b"\x10\x04"
PRINTER, OFFLINE_CAUSE, PAPER_SENSOR = 1, 2, 4
QUERIES = (PRINTER, OFFLINE_CAUSE, PAPER_SENSOR)
FIXED_MASK, FIXED_BITS = 0b1001_0011, 0b0001_0010
OFFLINE_BIT = 0x08
COVER_OPEN_BIT, PAPER_END_STOP_BIT, ERROR_BIT = 0x04, 0x20, 0x40
NEAR_END_BITS, PAPER_END_BITS = 0x0C, 0x60


def is_valid_reply(byte: int) -> bool:
    """True when ``byte`` has the fixed bit pattern of a ``DLE EOT`` reply."""
    return byte & FIXED_MASK == FIXED_BITS


def interpret(replies: dict[int, int | None]) -> PrinterStatus:
    """The printer's state from the replies to ``DLE EOT 1, 2, 4`` (None = no reply).

    A reply that breaks the fixed bit pattern, or a missing one that the verdict depends on,
    gives UNKNOWN: only a printer that said so is online with paper.
    """
    for query, byte in replies.items():
        if byte is not None and not is_valid_reply(byte):
            return PrinterStatus(PrinterState.UNKNOWN,
                                 f"unexpected reply 0x{byte:02x} to DLE EOT {query}")
    printer = replies.get(PRINTER)
    cause = replies.get(OFFLINE_CAUSE)
    paper = replies.get(PAPER_SENSOR)
    if printer is None:
        return PrinterStatus(PrinterState.UNKNOWN, "no reply to a status query")
    if cause is not None and cause & COVER_OPEN_BIT:
        return PrinterStatus(PrinterState.COVER_OPEN, "cover open")
    if (paper is not None and paper & PAPER_END_BITS) or (cause is not None
                                                          and cause & PAPER_END_STOP_BIT):
        return PrinterStatus(PrinterState.PAPER_OUT, "paper end")
    if printer & OFFLINE_BIT or (cause is not None and cause & ERROR_BIT):
        reason = "error" if cause is not None and cause & ERROR_BIT else "off-line"
        return PrinterStatus(PrinterState.OFFLINE, reason)
    if cause is None or paper is None:
        return PrinterStatus(PrinterState.UNKNOWN, "the printer did not answer every query")
    if paper & NEAR_END_BITS:
        return PrinterStatus(PrinterState.PAPER_LOW, "paper near end")
    return PrinterStatus(PrinterState.ONLINE, "ready")


def query_status(transport: Transport, timeout_s: float, attempts: int = 1) -> PrinterStatus:
    """Ask the printer ``DLE EOT 1, 2, 4`` over an open link and interpret the replies.

    Each query is sent up to ``attempts`` times while no reply comes; the first query that
    stays unanswered ends the round, since a silent printer answers none of them.
    Stale bytes waiting on the link are dropped first so they cannot pass for replies.
    """
    while transport.read(64, 0):
        pass
    replies: dict[int, int | None] = {}
    for query in QUERIES:
        reply = None
        for _ in range(max(1, attempts)):
            transport.write(DLE_EOT + bytes([query]), timeout_s)
            data = transport.read(1, timeout_s)
            if data:
                reply = data[-1]
                break
        replies[query] = reply
        if reply is None:
            break
    return interpret(replies)
