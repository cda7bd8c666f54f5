"""Ticket job: build time and ESC/POS bytes of one queue ticket per printer and text mode,
for the short sample ticket and for realistic ones (a commune's long name, a long field name
or the longest we could think of, a four-digit number, a priority ticket with a long queue
and its tracking QR)."""

from __future__ import annotations

import time

from kiosk.domain.model import IssuedTicket, Office
from printers.job import JobSettings
from printers.layouts.ticket import build_ticket_job
from printers.samples import SAMPLE_OFFICE, sample_ticket

REALISTIC_OFFICE = SAMPLE_OFFICE.model_copy(
    update={
        "name": "Trung tâm Phục vụ hành chính công xã Ea Tiêu, huyện Cư Kuin",
        "province": "Tỉnh Đắk Lắk",
        "address": "Thôn Ea Tiêu, xã Ea Tiêu, huyện Cư Kuin, tỉnh Đắk Lắk",
    }
)
"""A commune centre whose name and address take two lines or more."""


LONG_FIELD_NAME = "Lao động – Thương binh và Xã hội"
"""A long field name as provincial catalogues have them (32 characters)."""
LONGEST_FIELD_NAME = "Đất đai – Đăng ký biến động, cấp đổi Giấy chứng nhận quyền sử dụng đất"
"""A field name longer than any we found in a catalogue (70 characters): the worst case."""


def realistic_ticket(field_name: str = LONG_FIELD_NAME) -> IssuedTicket:
    """A priority ticket with a four-digit number in a long-named field and a long queue."""
    return sample_ticket(
        number="D1023",
        field_name=field_name,
        people_ahead=137,
        estimated_wait_min=548,  # 8 minutes each at two counters
        priority=True,
        track_url="https://dichvucong.daklak.gov.vn/q/6f1c2a9e-0000-4000-8000-000000000001",
    )


CONTENTS: tuple[tuple[str, IssuedTicket, Office], ...] = (
    ("sample", sample_ticket(), SAMPLE_OFFICE),
    ("realistic", realistic_ticket(), REALISTIC_OFFICE),
    ("realistic, longest field name", realistic_ticket(LONGEST_FIELD_NAME), REALISTIC_OFFICE),
)

SETTINGS = (
    JobSettings("TM-T20II", 80, "raster"),
    JobSettings("TM-T20II", 80, "cp1258"),
    JobSettings("ZJ-5870", 58, "raster"),
)


def run(repeats: int = 50) -> dict[str, dict[str, float | list[float]]]:
    """Bytes and build times (ms) for each printer profile, paper width and text mode."""
    results: dict[str, dict[str, float | list[float]]] = {}
    for content, ticket, office in CONTENTS:
        for settings in SETTINGS:
            build_ticket_job(ticket, office, settings)  # warm caches (fonts, profiles)
            times = []
            for _ in range(repeats):
                started = time.perf_counter()
                job = build_ticket_job(ticket, office, settings)
                times.append((time.perf_counter() - started) * 1000)
            name = (
                f"{content}, {settings.profile} ({settings.paper_width_mm} mm, "
                f"{settings.text_mode})"
            )
            results[name] = {"bytes": float(len(job)), "build_ms": times}
    return results


if __name__ == "__main__":
    import statistics

    for name, result in run().items():
        times = result["build_ms"]
        assert isinstance(times, list)
        size = float(result["bytes"])  # type: ignore[arg-type]
        print(
            f"{name}: {size:.0f} bytes ({size * 10 / 115_200:.2f} s at 115200 baud), build "
            f"{statistics.median(times):.1f} ms median, {max(times):.1f} ms max"
        )
