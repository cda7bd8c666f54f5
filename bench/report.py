"""What every benchmark report states: the machine it ran on, percentiles, and each
measure beside its budget, those over budget first."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal


def p95(values: list[float]) -> float:
    """95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def machine() -> str:
    """CPU, cores, memory, OS, Python and Qt versions."""
    import PySide6

    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text().splitlines()
            if line.startswith("model name")
        ]
        cpu = names[0] if names else cpu
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total_kb = int(meminfo.read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB RAM"
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; PySide6 {PySide6.__version__}"
    )


@dataclass(frozen=True)
class Budget:
    """What a measure must keep: at most (or, ``at_least``, at least) ``limit`` ``unit``."""

    limit: float
    unit: str
    at_least: bool = False

    def __str__(self) -> str:
        return f"{'≥' if self.at_least else '≤'} {self.limit:g} {self.unit}"

    def met_by(self, value: float) -> bool:
        """Whether ``value`` (in ``unit``) keeps the budget."""
        return value >= self.limit if self.at_least else value <= self.limit


@dataclass(frozen=True)
class Row:
    """One line of the report. ``checked`` is the value held against the budget (the worst
    one shown: p95, max or min), in the budget's unit."""

    key: str
    measure: str
    median: str
    worst: str
    budget: Budget | None = None
    checked: float | None = None

    @property
    def over(self) -> bool:
        """Measured, budgeted, and over the budget."""
        return (
            self.budget is not None
            and self.checked is not None
            and not self.budget.met_by(self.checked)
        )


def stat_row(
    key: str,
    measure: str,
    values: list[float],
    unit: str,
    digits: int,
    budget: Budget | None = None,
    worst: Literal["p95", "max", "min"] = "p95",
) -> Row:
    """A row of the median and the worst (p95, max or min) of ``values``; the worst one is
    held against ``budget``."""
    worst_of: dict[str, Callable[[list[float]], float]] = {"p95": p95, "max": max, "min": min}
    value = worst_of[worst](values)
    shown = f"{value:.{digits}f} {unit}" + ("" if worst == "p95" else f" ({worst})")
    return Row(key, measure, f"{statistics.median(values):.{digits}f} {unit}", shown, budget, value)


def value_row(
    key: str, measure: str, text: str, value: float | None = None, budget: Budget | None = None
) -> Row:
    """A row of one value (``text``), held against ``budget`` as ``value``."""
    return Row(key, measure, text, "—", budget, value)


def tables(rows: list[Row], causes: dict[str, str], unknown_cause: str) -> list[str]:
    """Markdown: the rows over budget first, each with its cause (``causes[row.key]``, else
    ``unknown_cause``), then every other row."""
    over = [row for row in rows if row.over]
    lines = ["## Over budget", ""]
    if over:
        lines += ["| measure | median | p95 / max | budget | cause |", "|---|---|---|---|---|"]
        lines += [
            f"| {r.measure} | {r.median} | {r.worst} | {r.budget} | "
            f"{causes.get(r.key, unknown_cause)} |"
            for r in over
        ]
    else:
        lines.append("Nothing: every measure with a budget keeps it.")
    lines += [
        "",
        "## Within budget, or without one",
        "",
        "| measure | median | p95 / max | budget |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {r.measure} | {r.median} | {r.worst} | {r.budget or '—'} |" for r in rows if not r.over
    ]
    return lines
