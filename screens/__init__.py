"""The Qt face of the kiosk: main window, navigator, one module per journey.

Importing it tells PySide6 not to read the source of every module imported after it.
PySide6 looks in each one for ``from __feature__ import …`` (which the kiosk never uses) with
``inspect.getsource``, and linecache then keeps every source in memory: about 23 MB and
0.1 s more for the stores, the ORM and the network client, which the kiosk imports after
Home's first paint. A frozen kiosk has no sources and so never pays it; this makes the
source kiosk do the same.
"""

import sys

import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)


def _no_feature_scan() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        setattr(feature, "_mod_uses_pyside", lambda _module: False)  # noqa: B010


_no_feature_scan()
