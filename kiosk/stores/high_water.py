"""The outbox's high-water mark: an independent record of how far ``outbox.db`` has got.

``synchronous=FULL`` protects the outbox against a crash, not against a disk that lies
about its write cache, a deleted or zeroed file, a lost write-ahead log or a restored older
copy. So beside ``outbox.db`` a tiny file, ``outbox.hwm``, says which outbox this is (its
id, drawn when the file was created) and the highest item it has queued. It is written
after each transaction that queued items, atomically and with an fsync, with a copy in the
log directory (a data directory restored whole brings its own mark back). When the outbox
opens below its mark, or is another outbox altogether, items may have been lost: what
:func:`compare` says is recorded for technicians (``kiosk diag`` fails until one
acknowledges it) and the heartbeat tells the province.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.files import replace_file

FILE_NAME = "outbox.hwm"


@dataclass(frozen=True)
class HighWater:
    """Which outbox, the highest item id it queued, and when that was written down."""

    outbox_id: str
    last_item: int
    written_at: datetime


def read_high_water(path: Path) -> HighWater | None:
    """The mark in ``path``; None when there is none or it cannot be read (then no loss can
    be told, and a new mark is written)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return HighWater(
            str(data["outbox_id"]),
            int(data["last_item"]),
            datetime.fromisoformat(data["written_at"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_high_water(path: Path, mark: HighWater) -> None:
    """Replace the mark atomically and make it durable (file and directory fsynced)."""
    data = {
        "outbox_id": mark.outbox_id,
        "last_item": mark.last_item,
        "written_at": mark.written_at.isoformat(),
    }
    replace_file(path, json.dumps(data).encode())


def compare(mark: HighWater | None, outbox_id: str, last_item: int) -> str | None:
    """What may have been lost, in one line, when the outbox is not where its mark says;
    None when it is (or there is no mark)."""
    if mark is None:
        return None
    since = f"{mark.written_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    if mark.outbox_id != outbox_id:
        return (
            f"outbox.db was replaced or started afresh: up to {mark.last_item} item(s) "
            f"queued before {since} (tickets, submissions, payments, ratings) may be lost"
        )
    if last_item < mark.last_item:
        return (
            f"outbox.db went back in time (lost write-ahead log or an older copy): "
            f"items {last_item + 1}–{mark.last_item}, queued up to {since}, are missing"
        )
    return None
