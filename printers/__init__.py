"""ESC/POS printing: connections by URI, job building, Vietnamese text. No Qt."""

import os

import platformdirs

# python-escpos caches its capability database in a fresh temp dir at every import unless
# told otherwise; point it at one lasting cache dir so kiosks do not litter /tmp.
os.environ.setdefault(
    "ESCPOS_CAPABILITIES_PICKLE_DIR",
    platformdirs.user_cache_dir("kiosk-dvc", appauthor=False, ensure_exists=True),
)
