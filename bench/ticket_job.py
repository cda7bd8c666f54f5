"""Ticket job: build time and ESC/POS bytes of one queue ticket per printer profile."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from kiosk.domain import Counter, IssuedTicket, Office
from printers.ticket_layout import build_ticket_job

OFFICE = Office(id="demo", name="Trung tâm Phục vụ hành chính công phường Hải Châu",
                province="Thành phố Đà Nẵng", address="Đà Nẵng")
TICKET = IssuedTicket(
    id="6f1c2a9e-0000-4000-8000-000000000001", number="A017", field_id="ho-tich",
    field_name="Hộ tịch", counter=Counter(id="q2", number=2, name="Quầy 2"),
    issued_at=datetime(2026, 11, 23, 1, 30, tzinfo=UTC), people_ahead=4,
    track_url="http://127.0.0.1:8080/q/6f1c2a9e-0000-4000-8000-000000000001",
)
PROFILES = (("TM-T20II", 80), ("ZJ-5870", 58))


def run(repeats: int = 50) -> dict[str, dict[str, float | list[float]]]:
    """Bytes and build times (ms) for each profile."""
    results: dict[str, dict[str, float | list[float]]] = {}
    for profile, width in PROFILES:
        build_ticket_job(TICKET, OFFICE, profile, width)  # warm caches (fonts, profiles)
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            job = build_ticket_job(TICKET, OFFICE, profile, width)
            times.append((time.perf_counter() - started) * 1000)
        results[f"{profile} ({width} mm)"] = {"bytes": float(len(job)), "build_ms": times}
    return results
