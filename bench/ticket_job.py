"""Ticket job: build time and ESC/POS bytes of one queue ticket per printer profile."""

from __future__ import annotations

import time

from printers.samples import SAMPLE_OFFICE, sample_ticket
from printers.ticket_layout import build_ticket_job

PROFILES = (("TM-T20II", 80), ("ZJ-5870", 58))


def run(repeats: int = 50) -> dict[str, dict[str, float | list[float]]]:
    """Bytes and build times (ms) for each profile."""
    results: dict[str, dict[str, float | list[float]]] = {}
    ticket = sample_ticket()
    for profile, width in PROFILES:
        build_ticket_job(ticket, SAMPLE_OFFICE, profile, width)  # warm caches (fonts, profiles)
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            job = build_ticket_job(ticket, SAMPLE_OFFICE, profile, width)
            times.append((time.perf_counter() - started) * 1000)
        results[f"{profile} ({width} mm)"] = {"bytes": float(len(job)), "build_ms": times}
    return results
