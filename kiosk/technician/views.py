"""What the technician pages show that needs no Qt: the kiosk log's tail by level, and a raw
scan as text and hex."""

from __future__ import annotations

import os
import re
from pathlib import Path

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_RECORD_START = re.compile(
    r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|"
    r"CRITICAL) "
)


def read_log_tail(
    path: Path, *, min_level: str = "DEBUG", max_lines: int = 300, max_bytes: int = 256_000
) -> list[str]:
    """The last ``max_lines`` lines of the log's records at ``min_level`` or above (a
    record's traceback lines go with it); [] when there is no log yet."""
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - max_bytes))
            data = handle.read()
    except FileNotFoundError:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    if size > max_bytes:
        lines = lines[1:]  # the first line is probably cut
    floor = LOG_LEVELS.index(min_level)
    kept: list[str] = []
    keeping = floor == 0
    for line in lines:
        if start := _RECORD_START.match(line):
            keeping = LOG_LEVELS.index(start[1]) >= floor
        if keeping:
            kept.append(line)
    return kept[-max_lines:]


def describe_raw_scan(raw: bytes | str) -> tuple[str, str]:
    """A raw scan as readable text (control characters escaped) and as hex bytes."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    text = data.decode("utf-8", errors="backslashreplace")
    shown = "".join(char if char.isprintable() else _escaped(char) for char in text)
    return shown, data.hex(" ").upper()


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
