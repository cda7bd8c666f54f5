"""A pseudo-locale: every screen text 40 % longer and its letters accented, to show before a
translator does whether a language with longer words or taller letters still fits.

``pseudo("Look up")`` gives ``"[Ļööķ ûp ·]"``: brackets show where a text is cut, the
accents where a line is too short for marks above and below, the dots the extra length.
Placeholders (%1, %n), markup (<b>, &amp;) and line breaks are kept as they are. The
translation file is made from ``kiosk/i18n/kiosk_vi.ts`` (every string the code marks) and
compiled with PySide6's lrelease; nothing of it is shipped.

    python -m tools.pseudo_locale OUT_DIR     writes OUT_DIR/kiosk_pseudo.qm
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.paths import I18N_DIR

GROWTH = 1.4
ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "áƀçđëĝĥîķļñöŕšţûýžÅßÇĐÉĜĤÎĶĻÑÖŔŠŢÛÝŽ",
)
KEPT = re.compile(r"(%n|%\d{1,2}|<[^>]*>|&[a-zA-Z]+;|&#\d+;|\n)")
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def pseudo(text: str) -> str:
    """``text`` accented, padded to 40 % longer and bracketed; what must stay, stays."""
    parts = KEPT.split(text)
    changed = "".join(part if KEPT.fullmatch(part) else part.translate(ACCENTED) for part in parts)
    padding = max(1, math.ceil(len(text) * GROWTH) - len(text) - 2)
    return f"[{changed} {'·' * padding}]"


def write_pseudo_ts(out: Path) -> Path:
    """``out``/kiosk_pseudo.ts: every message of the Vietnamese file, in the pseudo-locale."""
    tree = ET.parse(I18N_DIR / "kiosk_vi.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = pseudo(source)
        if not forms:
            translation.text = pseudo(source)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "kiosk_pseudo.ts"
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return path


def write_pseudo_qm(out: Path) -> Path:
    """``out``/kiosk_pseudo.qm, compiled from :func:`write_pseudo_ts`."""
    ts = write_pseudo_ts(out)
    qm = ts.with_suffix(".qm")
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return qm


if __name__ == "__main__":
    print(write_pseudo_qm(Path(sys.argv[1])))
