"""The translations are in step with the code: every string the screens and the printed
layouts mark for translation has its Vietnamese (and every %n string its English plural
forms), and none is left over."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.paths import I18N_DIR

ROOT = Path(__file__).resolve().parent.parent
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize(
    ("ts", "options"),
    [
        ("kiosk_vi.ts", ()),
        ("kiosk_en.ts", ("-pluralonly",)),  # English is the source: only its plural forms
    ],
)
def test_every_string_in_the_code_has_its_translation_and_none_is_obsolete(
    tmp_path: Path, ts: str, options: tuple[str, ...]
) -> None:
    committed = I18N_DIR / ts
    fresh = tmp_path / "i18n" / committed.name  # at the same depth, as lupdate writes paths
    fresh.parent.mkdir()
    shutil.copy(committed, fresh)
    sources = sorted(
        str(path)
        for folder in ("screens", "printers", "kiosk")
        for path in (ROOT / folder).rglob("*.py")
    )
    subprocess.run(
        [str(LUPDATE), "-silent", *options, *sources, "-ts", str(fresh)], check=True, timeout=120
    )
    before, after = _messages(committed), _messages(fresh)
    states = {
        key: message.find("translation").get("type", "")  # type: ignore[union-attr]
        for key, message in after.items()
    }
    untranslated = sorted(key for key, state in states.items() if state == "unfinished")
    obsolete = sorted(key for key, state in states.items() if state in ("vanished", "obsolete"))
    assert untranslated == [], "run python3 dev.py translations and translate these"
    assert obsolete == [], "run python3 dev.py translations (drops them)"
    assert sorted(after) == sorted(before)
