"""DLE EOT replies: interpreted by the ESC/POS bit definitions; silence is never "paper OK"."""

from __future__ import annotations

import itertools

import pytest

from kiosk.domain.printer_status import PrinterState
from printers.status import StatusReader, interpret

# ESC/POS: every DLE EOT reply has bit 1 and bit 4 set and bits 0 and 7 clear.
FIXED = 0b0001_0010
OFFLINE = 1 << 3  # n=1
COVER_OPEN = 1 << 2  # n=2
PAPER_END_STOP = 1 << 5  # n=2
ERROR = 1 << 6  # n=2
NEAR_END = (1 << 2) | (1 << 3)  # n=4
PAPER_END = (1 << 5) | (1 << 6)  # n=4


def replies(
    printer: int | None = FIXED, cause: int | None = FIXED, paper: int | None = FIXED
) -> dict[int, int | None]:
    return {1: printer, 2: cause, 4: paper}


@pytest.mark.parametrize(
    ("given_replies", "state"),
    [
        (replies(), PrinterState.ONLINE),
        (replies(paper=FIXED | NEAR_END), PrinterState.PAPER_LOW),
        (
            replies(FIXED | OFFLINE, FIXED | PAPER_END_STOP, FIXED | PAPER_END | NEAR_END),
            PrinterState.PAPER_OUT,
        ),
        (replies(FIXED | OFFLINE, FIXED | COVER_OPEN), PrinterState.COVER_OPEN),
        (replies(FIXED | OFFLINE, FIXED | ERROR), PrinterState.OFFLINE),
        (replies(FIXED | OFFLINE, None, None), PrinterState.OFFLINE),
        (replies(None, None, None), PrinterState.UNKNOWN),
        (replies(paper=None), PrinterState.UNKNOWN),
        (replies(paper=0x00), PrinterState.UNKNOWN),  # fixed bits missing: not a reply
        (replies(printer=0xFF), PrinterState.UNKNOWN),
    ],
)
def test_states_follow_the_escpos_bits(
    given_replies: dict[int, int | None], state: PrinterState
) -> None:
    assert interpret(given_replies).state is state


def test_paper_sensor_alone_is_enough_for_paper_out() -> None:
    assert interpret(replies(paper=FIXED | PAPER_END)).state is PrinterState.PAPER_OUT


FREE_BITS = (1 << 2, 1 << 3, 1 << 5, 1 << 6)
"""The bits outside the fixed pattern: every status bit of DLE EOT 1, 2 and 4 is among them."""
VALID_REPLIES = [
    FIXED | sum(bits)
    for count in range(len(FREE_BITS) + 1)
    for bits in itertools.combinations(FREE_BITS, count)
]
INVALID_REPLIES = [0x00, 0xFF, *(FIXED ^ bit for bit in (1 << 0, 1 << 1, 1 << 4, 1 << 7))]
"""No reply pattern at all, and the fixed pattern with each of its four bits flipped."""


def test_ready_only_when_every_reply_is_valid_and_clear() -> None:
    """Every combination of no reply, each valid reply and a few invalid ones (23³ cases)."""
    assert len(set(VALID_REPLIES)) == 16
    choices = [None, *VALID_REPLIES, *INVALID_REPLIES]
    for printer, cause, paper in itertools.product(choices, repeat=3):
        status = interpret(replies(printer, cause, paper))
        given_replies = (printer, cause, paper)
        if status.state in (PrinterState.ONLINE, PrinterState.PAPER_LOW):
            assert all(b is not None and b & 0x93 == FIXED for b in given_replies)
            assert printer is not None and not printer & OFFLINE
            assert cause is not None and not cause & (COVER_OPEN | PAPER_END_STOP | ERROR)
            assert paper is not None and not paper & PAPER_END
            assert (status.state is PrinterState.PAPER_LOW) == bool(paper & NEAR_END)
        if any(b is not None and b & 0x93 != FIXED for b in given_replies):
            assert status.state is PrinterState.UNKNOWN, given_replies
        assert status.detail


@pytest.mark.parametrize("query", [1, 2, 4])
def test_any_byte_outside_the_fixed_pattern_is_unknown(query: int) -> None:
    for byte in range(256):
        given_replies = {**replies(), query: byte}
        if byte & 0x93 != FIXED:
            assert interpret(given_replies).state is PrinterState.UNKNOWN, hex(byte)


class ScriptedLink:
    """A link whose printer answers each write with scripted bytes.

    A stand-in for what the virtual printer cannot be told to do: a reply that straggles in
    after its query timed out, and stray bytes on the line.
    """

    def __init__(self, answers: dict[bytes, bytes]) -> None:
        self.answers = answers
        self.inbox = bytearray()
        self.written: list[bytes] = []

    def write(self, data: bytes, timeout_s: float) -> None:
        self.written.append(data)
        self.inbox += self.answers.get(data, b"")

    def read(self, count: int, timeout_s: float) -> bytes:
        data, self.inbox = bytes(self.inbox[:count]), self.inbox[count:]
        return data


READY = {
    b"\x10\x04\x01": bytes([FIXED]),
    b"\x10\x04\x02": bytes([FIXED]),
    b"\x10\x04\x04": bytes([FIXED]),
}


def test_a_straggling_reply_is_never_taken_for_the_next_query() -> None:
    link = ScriptedLink(READY)
    link.inbox += bytes([FIXED | OFFLINE, FIXED | COVER_OPEN])  # late answers of an old round
    assert StatusReader(link).query(0.01).state is PrinterState.ONLINE  # type: ignore[arg-type]


def test_a_silent_printer_is_asked_once_per_round() -> None:
    link = ScriptedLink({})
    assert StatusReader(link).query(0.01).state is PrinterState.UNKNOWN  # type: ignore[arg-type]
    assert link.written == [b"\x10\x04\x01"]


def test_gs_r_reply_in_the_middle_of_a_status_round_marks_the_job_processed() -> None:
    link = ScriptedLink(
        {
            b"\x10\x04\x01": bytes([0x00, FIXED]),  # GS r's reply, then n=1
            b"\x10\x04\x02": bytes([0xFF, FIXED]),  # junk, then n=2
            b"\x10\x04\x04": bytes([FIXED]),
        }
    )
    reader = StatusReader(link)  # type: ignore[arg-type]
    assert reader.query(0.01).state is PrinterState.ONLINE
    assert reader.processed


def test_wait_processed_ends_at_a_fault_without_waiting_out_the_deadline() -> None:
    link = ScriptedLink(
        {
            b"\x10\x04\x01": bytes([FIXED | OFFLINE]),
            b"\x10\x04\x02": bytes([FIXED | PAPER_END_STOP]),
            b"\x10\x04\x04": bytes([FIXED | PAPER_END]),
        }
    )
    status = StatusReader(link).wait_processed(60.0, 0.01)  # type: ignore[arg-type]
    assert status is not None and status.state is PrinterState.PAPER_OUT
    assert link.written[0] == b"\x1dr\x01"


def test_a_job_confirmed_without_paper_is_paper_out() -> None:
    link = ScriptedLink({b"\x1dr\x01": bytes([0x0C])})  # GS r 1: paper end sensor
    status = StatusReader(link).wait_processed(1.0, 0.01)  # type: ignore[arg-type]
    assert status is not None and status.state is PrinterState.PAPER_OUT
