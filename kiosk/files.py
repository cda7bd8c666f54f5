"""Files replaced whole, so that a power cut leaves the old file or the new one, never half."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def replace_file(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` atomically and durably (the file and its folder fsynced).

    ``private`` (the config: it holds the device token and the PIN hash): a new file is
    0600, an existing one keeps its mode less any access for others."""
    partial = path.with_name(path.name + ".partial")
    try:
        descriptor = os.open(
            partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o666
        )
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if private:
            os.chmod(
                partial, stat.S_IMODE(path.stat().st_mode) & ~0o007 if path.exists() else 0o600
            )
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    if os.name != "nt":  # a directory cannot be opened for fsync on Windows
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
