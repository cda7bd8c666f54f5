"""DLE EOT replies: interpreted by the ESC/POS bit definitions; silence is never "paper OK"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.printer_status import PrinterState
from printers.status import interpret

# ESC/POS: every DLE EOT reply has bit 1 and bit 4 set and bits 0 and 7 clear.
FIXED = 0b0001_0010
OFFLINE = 1 << 3                 # n=1
COVER_OPEN = 1 << 2              # n=2
PAPER_END_STOP = 1 << 5          # n=2
ERROR = 1 << 6                   # n=2
NEAR_END = (1 << 2) | (1 << 3)   # n=4
PAPER_END = (1 << 5) | (1 << 6)  # n=4


def replies(printer: int | None = FIXED, cause: int | None = FIXED,
            paper: int | None = FIXED) -> dict[int, int | None]:
    return {1: printer, 2: cause, 4: paper}


@pytest.mark.parametrize(("given_replies", "state"), [
    (replies(), PrinterState.ONLINE),
    (replies(paper=FIXED | NEAR_END), PrinterState.PAPER_LOW),
    (replies(FIXED | OFFLINE, FIXED | PAPER_END_STOP, FIXED | PAPER_END | NEAR_END),
     PrinterState.PAPER_OUT),
    (replies(FIXED | OFFLINE, FIXED | COVER_OPEN), PrinterState.COVER_OPEN),
    (replies(FIXED | OFFLINE, FIXED | ERROR), PrinterState.OFFLINE),
    (replies(FIXED | OFFLINE, None, None), PrinterState.OFFLINE),
    (replies(None, None, None), PrinterState.UNKNOWN),
    (replies(paper=None), PrinterState.UNKNOWN),
    (replies(paper=0x00), PrinterState.UNKNOWN),     # fixed bits missing: not a reply
    (replies(printer=0xFF), PrinterState.UNKNOWN),
])
def test_states_follow_the_escpos_bits(given_replies: dict[int, int | None],
                                       state: PrinterState) -> None:
    assert interpret(given_replies).state is state


def test_paper_sensor_alone_is_enough_for_paper_out() -> None:
    assert interpret(replies(paper=FIXED | PAPER_END)).state is PrinterState.PAPER_OUT


byte_or_none = st.one_of(st.none(), st.integers(0, 255))


@settings(max_examples=5000)
@given(byte_or_none, byte_or_none, byte_or_none)
def test_ready_only_when_every_reply_is_valid_and_clear(printer: int | None,
                                                        cause: int | None,
                                                        paper: int | None) -> None:
    status = interpret(replies(printer, cause, paper))
    valid = [b for b in (printer, cause, paper) if b is not None and b & 0x93 == FIXED]
    if status.state in (PrinterState.ONLINE, PrinterState.PAPER_LOW):
        assert len(valid) == 3
        assert printer is not None and not printer & OFFLINE
        assert cause is not None and not cause & (COVER_OPEN | PAPER_END_STOP | ERROR)
        assert paper is not None and not paper & PAPER_END
    if any(b is not None and b & 0x93 != FIXED for b in (printer, cause, paper)):
        assert status.state is PrinterState.UNKNOWN
    assert status.detail
