"""Text from the province is shown as plain text: no control or direction-override characters.

A bidi override (U+202E) in a procedure name reverses what follows it on screen and on
paper; control characters break layouts and the printer's command stream. They are removed
from every answer before it is validated, so nothing cached, shown or printed keeps them.
Line breaks and tabs stay; joiners (U+200C, U+200D) stay, since some scripts need them.
"""

from __future__ import annotations

import re
from typing import Any

UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 and C1 controls but \t \n \r
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # direction marks, embeddings, isolates
    "\u2028\u2029\ufeff\ufff9-\ufffb]"  # line/paragraph separators, BOM, annotations
)


def plain(text: str) -> str:
    """``text`` without control and direction-override characters."""
    return UNSAFE.sub("", text)


def plain_values(value: Any) -> Any:
    """Every string in a JSON value made :func:`plain` (keys included)."""
    if isinstance(value, str):
        return plain(value)
    if isinstance(value, dict):
        return {plain(key): plain_values(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain_values(item) for item in value]
    return value
