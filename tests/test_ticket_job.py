"""Ticket jobs: what goes on paper, per printer profile, built once as bytes."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from printers import raster_text
from printers.samples import SAMPLE_OFFICE, sample_ticket
from printers.ticket_layout import build_ticket_job

GS_QR_STORE = b"\x1d(k"
GS_CUT = b"\x1dV"
GS_RASTER = b"\x1dv0"

OFFICE = SAMPLE_OFFICE
TICKET = sample_ticket(track_url="https://dvc.example.gov.vn/q/6f1c2a9e")


def test_80mm_ticket_has_native_number_qr_and_cut() -> None:
    job = build_ticket_job(TICKET, OFFICE, "TM-T20II", 80)
    assert job.startswith(b"\x1b@")
    assert b"A017" in job
    assert GS_QR_STORE in job and TICKET.track_url.encode() in job
    assert GS_RASTER in job
    assert GS_CUT in job[-8:]


def test_issue_time_is_printed_in_office_time_zone() -> None:
    # 01:30 UTC is 08:30 in Asia/Ho_Chi_Minh; the line is Vietnamese, so it is a raster:
    # compare against the same line rendered with the office-time text.
    job = build_ticket_job(TICKET, OFFICE, "TM-T20II", 80)
    expected = raster_text.render_line("Lấy số lúc 08:30 ngày 23/11/2026", 22).tobytes()
    wrong = raster_text.render_line("Lấy số lúc 01:30 ngày 23/11/2026", 22).tobytes()
    inverted = bytes(b ^ 0xFF for b in expected)  # ESC/POS rasters: 1 = black
    assert inverted in job
    assert bytes(b ^ 0xFF for b in wrong) not in job


def test_profile_without_cut_or_native_qr_gets_feed_and_image_qr() -> None:
    job = build_ticket_job(TICKET, OFFICE, "ZJ-5870", 58)
    assert GS_CUT not in job
    assert GS_QR_STORE not in job
    with_native_qr = build_ticket_job(TICKET, OFFICE, "TM-T20II", 80)
    assert len(rasters(job)) > len(rasters(with_native_qr))  # the QR went out as an image
    assert job.endswith(b"\n" * 5)


@pytest.mark.parametrize(("profile", "width"), [("TM-T20II", 80), ("ZJ-5870", 58)])
def test_every_raster_fits_the_paper(profile: str, width: int) -> None:
    job = build_ticket_job(TICKET.model_copy(update={"field_name": "Bảo trợ xã hội " * 6}),
                           OFFICE, profile, width)
    dots = 576 if width == 80 else 384
    widths = [width_bytes * 8 for width_bytes, _height in rasters(job)]
    assert widths
    assert max(widths) <= dots


def rasters(job: bytes) -> list[tuple[int, int]]:
    """(width in bytes, height in dots) of each GS v 0 image, skipping over image data."""
    found = []
    at = job.find(GS_RASTER)
    while at != -1:
        width_bytes = job[at + 4] + 256 * job[at + 5]
        height = job[at + 6] + 256 * job[at + 7]
        found.append((width_bytes, height))
        at = job.find(GS_RASTER, at + 8 + width_bytes * height)
    return found


VIETNAMESE_WORDS = st.lists(
    st.sampled_from(["Đăng", "ký", "khai", "sinh", "thường", "trú", "Nguyễn", "Thị", "Hương",
                     "chứng", "thực", "bản", "sao", "Ủy", "ban", "nhân", "dân", "phường",
                     "Hải", "Châu", "ưu", "tiên", "người", "cao", "tuổi"]),
    min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(words=VIETNAMESE_WORDS, size=st.integers(16, 40), width=st.integers(150, 576))
def test_wrap_keeps_every_word_in_order_within_the_width(
        words: list[str], size: int, width: int) -> None:
    font = raster_text._font(size, False)
    assume(all(font.getlength(word) <= width for word in words))  # no word needs cutting
    lines = raster_text.wrap(" ".join(words), size, False, width)
    assert " ".join(lines).split() == words
    assert all(font.getlength(line) <= width for line in lines)


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=1, max_size=80), width=st.integers(40, 576))
def test_wrap_never_loses_characters_of_any_text(text: str, width: int) -> None:
    import unicodedata

    lines = raster_text.wrap(text, 24, True, width)
    expected = "".join(unicodedata.normalize("NFC", text).split())
    assert "".join(lines).replace(" ", "") == expected.replace(" ", "")
