"""Ticket job: build time and ESC/POS bytes of one queue ticket per printer and text mode."""

from __future__ import annotations

import time

from printers.job import JobSettings
from printers.layouts.ticket import build_ticket_job
from printers.samples import SAMPLE_OFFICE, sample_ticket

SETTINGS = (
    JobSettings("TM-T20II", 80, "raster"),
    JobSettings("TM-T20II", 80, "cp1258"),
    JobSettings("ZJ-5870", 58, "raster"),
)


def run(repeats: int = 50) -> dict[str, dict[str, float | list[float]]]:
    """Bytes and build times (ms) for each printer profile, paper width and text mode."""
    results: dict[str, dict[str, float | list[float]]] = {}
    ticket = sample_ticket()
    for settings in SETTINGS:
        build_ticket_job(ticket, SAMPLE_OFFICE, settings)  # warm caches (fonts, profiles)
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            job = build_ticket_job(ticket, SAMPLE_OFFICE, settings)
            times.append((time.perf_counter() - started) * 1000)
        name = f"{settings.profile} ({settings.paper_width_mm} mm, {settings.text_mode})"
        results[name] = {"bytes": float(len(job)), "build_ms": times}
    return results


if __name__ == "__main__":
    import statistics

    for name, result in run().items():
        times = result["build_ms"]
        assert isinstance(times, list)
        print(
            f"{name}: {result['bytes']:.0f} bytes, build {statistics.median(times):.1f} ms "
            f"median, {max(times):.1f} ms max"
        )
