"""python-escpos's capability database (printer models and their code pages), read once from
a shared cache on first import of this module: only the modules that build or check jobs
import it, so a kiosk paints its Home without it."""

from __future__ import annotations

import importlib.util
import os
import pickle
import platform
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import platformdirs


def _capabilities_cache() -> str | None:
    """Where python-escpos keeps its pickled capability database: one lasting folder, so
    kiosks neither litter /tmp nor parse the database at every start.

    python-escpos writes that pickle in place while another process may be reading it (two
    kiosk processes starting together read half a file and fail to import). So the shared
    pickle is only ever published whole: while it is missing or older than the database,
    this process writes its own in a private folder and moves it into place atomically
    (also when python-escpos was imported before this package, from a folder of its own).
    None when it could not be published: each process then keeps to a folder of its own.
    """
    cache = Path(platformdirs.user_cache_dir("kiosk-dvc", appauthor=False, ensure_exists=True))
    name = f"{platform.python_version()}.capabilities.pickle"
    shared = cache / name
    spec = importlib.util.find_spec("escpos")  # locates the package without importing it
    folders = list(spec.submodule_search_locations or []) if spec else []
    source = Path(folders[0]) / "capabilities.json" if folders else None
    if source is None or not source.is_file():
        return str(cache)  # not the layout we know: python-escpos decides for itself

    def fresh() -> bool:
        return shared.is_file() and shared.stat().st_mtime >= source.stat().st_mtime

    if fresh():
        return str(cache)
    private = Path(tempfile.mkdtemp(prefix="escpos-", dir=cache))
    try:
        loaded = sys.modules.get("escpos.capabilities")
        if loaded is None:
            os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(private)
            import escpos.capabilities  # noqa: F401  (writes the pickle in the private folder)
        else:  # already read, from its own folder: publish what it read
            with open(private / name, "wb") as file:
                pickle.dump(loaded.CAPABILITIES, file)
        os.replace(private / name, shared)
    except OSError:
        pass  # the next start tries again; this one has its database in memory
    finally:
        os.environ.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)
        shutil.rmtree(private, ignore_errors=True)
    return str(cache) if fresh() else None


def _load_capabilities() -> dict[str, Any]:
    """Import python-escpos's capability database, from the shared cache where it is whole.

    The cache's folder is given to python-escpos for this import only: processes this one
    starts (kiosk commands, a technician's tools) inherit no folder they might rewrite in
    place, and check the cache themselves. A folder a technician set stands, as set.
    """
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" in os.environ:
        import escpos.capabilities

        database: dict[str, Any] = escpos.capabilities.CAPABILITIES
        return database
    folder = _capabilities_cache()
    if folder is not None:
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = folder
    try:
        import escpos.capabilities  # (read once, here)
    finally:
        os.environ.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)
    loaded: dict[str, Any] = escpos.capabilities.CAPABILITIES
    return loaded


CAPABILITIES = _load_capabilities()
