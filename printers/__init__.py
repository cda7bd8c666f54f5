"""ESC/POS printing: connections by URI, job building, Vietnamese text. No Qt."""

import importlib.util
import os
import platform
import shutil
import tempfile
from pathlib import Path

import platformdirs


def _capabilities_cache() -> str:
    """Where python-escpos keeps its pickled capability database: one lasting folder, so
    kiosks neither litter /tmp nor parse the database at every start.

    python-escpos writes that pickle in place while another process may be reading it (two
    kiosk processes starting together read half a file and fail to import). So the shared
    pickle is only ever published whole: while it is missing or older than the database,
    this process builds its own in a private folder and moves it into place atomically.
    """
    cache = Path(platformdirs.user_cache_dir("kiosk-dvc", appauthor=False, ensure_exists=True))
    name = f"{platform.python_version()}.capabilities.pickle"
    shared = cache / name
    spec = importlib.util.find_spec("escpos")  # locates the package without importing it
    folders = list(spec.submodule_search_locations or []) if spec else []
    source = Path(folders[0]) / "capabilities.json" if folders else None
    if source is None or not source.is_file():
        return str(cache)  # not the layout we know: python-escpos decides for itself
    if shared.is_file() and shared.stat().st_mtime >= source.stat().st_mtime:
        return str(cache)
    private = Path(tempfile.mkdtemp(prefix="escpos-", dir=cache))
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(private)
    try:
        import escpos.capabilities  # noqa: F401  (builds the pickle in the private folder)

        os.replace(private / name, shared)
    except OSError:
        pass  # the next start tries again; this one has its database in memory
    finally:
        shutil.rmtree(private, ignore_errors=True)
    return str(cache)


if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:  # a technician's choice stands
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = _capabilities_cache()
