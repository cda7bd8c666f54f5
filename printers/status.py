"""Printer status, read and validated by the kiosk itself.

python-escpos's ``paper_status()`` reports "paper adequate" when the printer never answered;
here every reply byte is checked against the fixed bits of the ESC/POS specification, and no
reply or a malformed one is UNKNOWN.

Real-time status, ``DLE EOT n`` (answered at once, even with data waiting; bits 1 and 4 set,
bits 0 and 7 clear):

    n=1 printer status     bit 3: off-line
    n=2 off-line cause     bit 2: cover open; bit 5: stopped by paper end; bit 6: error
    n=4 roll paper sensor  bits 2-3: paper near end; bits 5-6: paper end

Job confirmation, ``GS r 1`` (answered in turn, only once everything sent before it has been
processed, so only after the ticket is on paper; bits 0-1 paper near end, bits 2-3 paper
end, bits 4-7 clear). Its reply and the real-time ones cannot be mistaken for each other,
because bit 4 differs. Automatic status back is switched off (``GS a 0``) so that no
unasked frame can pass for a reply.
"""

from __future__ import annotations

import time

from kiosk.domain.printer_status import PrinterState, PrinterStatus
from printers.transport import Transport

DLE_EOT = b"\x10\x04"
GS_R_PAPER = b"\x1dr\x01"
ASB_OFF = b"\x1da\x00"
PRINTER, OFFLINE_CAUSE, PAPER_SENSOR = 1, 2, 4
QUERIES = (PRINTER, OFFLINE_CAUSE, PAPER_SENSOR)
FIXED_MASK, FIXED_BITS = 0b1001_0011, 0b0001_0010
TURN_MASK = 0b1111_0000  # GS r 1 replies: bits 4-7 clear
TURN_PAPER_END_BITS = 0x0C
OFFLINE_BIT = 0x08
COVER_OPEN_BIT, PAPER_END_STOP_BIT, ERROR_BIT = 0x04, 0x20, 0x40
NEAR_END_BITS, PAPER_END_BITS = 0x0C, 0x60
PRINTABLE = (PrinterState.ONLINE, PrinterState.PAPER_LOW)


def is_valid_reply(byte: int) -> bool:
    """True when ``byte`` has the fixed bit pattern of a ``DLE EOT`` reply."""
    return byte & FIXED_MASK == FIXED_BITS


def is_turn_reply(byte: int) -> bool:
    """True when ``byte`` can be the reply to ``GS r`` (never to ``DLE EOT``)."""
    return byte & TURN_MASK == 0


def interpret(replies: dict[int, int | None]) -> PrinterStatus:
    """The printer's state from the replies to ``DLE EOT 1, 2, 4`` (None = no reply).

    A reply that breaks the fixed bit pattern, or a missing one that the verdict depends on,
    gives UNKNOWN: only a printer that said so is online with paper.
    """
    for query, byte in replies.items():
        if byte is not None and not is_valid_reply(byte):
            return PrinterStatus(
                PrinterState.UNKNOWN, f"unexpected reply 0x{byte:02x} to DLE EOT {query}"
            )
    printer = replies.get(PRINTER)
    cause = replies.get(OFFLINE_CAUSE)
    paper = replies.get(PAPER_SENSOR)
    if printer is None:
        return PrinterStatus(PrinterState.UNKNOWN, "no reply to a status query")
    if cause is not None and cause & COVER_OPEN_BIT:
        return PrinterStatus(PrinterState.COVER_OPEN, "cover open")
    if (paper is not None and paper & PAPER_END_BITS) or (
        cause is not None and cause & PAPER_END_STOP_BIT
    ):
        return PrinterStatus(PrinterState.PAPER_OUT, "paper end")
    if printer & OFFLINE_BIT or (cause is not None and cause & ERROR_BIT):
        reason = "error" if cause is not None and cause & ERROR_BIT else "off-line"
        return PrinterStatus(PrinterState.OFFLINE, reason)
    if cause is None or paper is None:
        return PrinterStatus(PrinterState.UNKNOWN, "the printer did not answer every query")
    if paper & NEAR_END_BITS:
        return PrinterStatus(PrinterState.PAPER_LOW, "paper near end")
    return PrinterStatus(PrinterState.ONLINE, "ready")


class StatusReader:
    """Asks one open link for status and tells the replies apart as they come.

    Bytes that are neither a ``DLE EOT`` reply nor a ``GS r`` reply are dropped; a ``GS r``
    reply, whenever it arrives, marks the job before it as processed.
    """

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self.processed = False
        self.turn_reply: int | None = None  # the GS r 1 reply, once it came

    def quiet_printer(self, timeout_s: float) -> None:
        """Switch off automatic status back, whose frames could pass for replies."""
        self.transport.write(ASB_OFF, timeout_s)

    def query(self, timeout_s: float) -> PrinterStatus:
        """Ask ``DLE EOT 1, 2, 4``, each reply within ``timeout_s``, and interpret them.

        The first unanswered query ends the round: a silent printer answers none of them.
        Bytes already waiting are read first, so a late reply cannot pass for a new one.
        """
        self._next_reply(0)
        replies: dict[int, int | None] = {}
        for query in QUERIES:
            self.transport.write(DLE_EOT + bytes([query]), timeout_s)
            replies[query] = self._next_reply(timeout_s)
            if replies[query] is None:
                break
        return interpret(replies)

    def wait_processed(self, timeout_s: float, poll_s: float) -> PrinterStatus | None:
        """Send ``GS r 1`` and wait until the printer has processed the job before it.

        Every ``poll_s`` without the answer the real-time status is read, and a printer that
        says it cannot print ends the wait. Silence does not: a busy link may delay replies.
        Returns None once the job is processed and the printer had paper; otherwise the
        last status at ``timeout_s`` — UNKNOWN for a printer that went silent, a printable
        state for one that answers status but does not implement ``GS r``.
        """
        deadline = time.monotonic() + timeout_s
        self._next_reply(0)  # a stray reply from before this job confirms nothing
        self.processed, self.turn_reply = False, None
        self.transport.write(GS_R_PAPER, timeout_s)
        status = PrinterStatus(PrinterState.UNKNOWN, "no confirmation of the job")
        while (left := deadline - time.monotonic()) > 0:
            self._next_reply(min(poll_s, left), until_processed=True)
            if not self.processed:
                status = self.query(poll_s)
            if self.processed:
                if self.turn_reply is not None and self.turn_reply & TURN_PAPER_END_BITS:
                    return PrinterStatus(PrinterState.PAPER_OUT, "paper end during the job")
                return None
            if status.state not in (PrinterState.UNKNOWN, *PRINTABLE):
                return status
        return status

    def _next_reply(self, timeout_s: float, *, until_processed: bool = False) -> int | None:
        """The next ``DLE EOT`` reply within ``timeout_s`` (None if none), noting ``GS r``;
        with ``until_processed``, the wait also ends at the ``GS r`` reply."""
        deadline = time.monotonic() + timeout_s
        while True:
            data = self.transport.read(1, max(0.0, deadline - time.monotonic()))
            if not data:
                return None
            byte = data[0]
            if is_valid_reply(byte):
                if timeout_s > 0:
                    return byte
                continue  # draining: an old reply is no answer to the next query
            if is_turn_reply(byte):
                self.processed, self.turn_reply = True, byte
                if until_processed:
                    return None
