"""ICU's data cut for the frozen build (``tools/icu_data.py``): the package read and written
exactly as ICU lays it out, the kept items, and Qt on the cut library still collating,
case-mapping and converting domain names as on the whole one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tools.icu_data import Package, kept, trimmed_library

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
ICU_LIBRARIES = sorted(QT_LIB.glob("libicudata.so.*"))
HEADER = bytes.fromhex("2000da27140000000000020043" + "6d6e44" + "01000000") + b"\0" * 12

needs_icu_build = pytest.mark.skipif(
    not ICU_LIBRARIES or not (shutil.which("gcc") and shutil.which("objcopy")),
    reason="needs PySide6's libicudata (Linux wheels), gcc and objcopy",
)


@pytest.mark.parametrize(
    ("item", "keep"),
    [
        ("coll/vi.res", True),
        ("coll/km.res", True),
        ("coll/zh.res", False),
        ("coll/root.res", True),
        ("coll/ucadata.icu", True),
        ("coll/res_index.res", True),
        ("en_150.res", True),
        ("sr_Latn_BA.res", False),
        ("zone/vi.res", True),
        ("lang/fr_CA.res", False),
        ("supplementalData.res", True),
        ("pool.res", True),
        ("uts46.nrm", True),
        ("cnvalias.icu", True),
        ("ibm-943_P15A-2003.cnv", False),
        ("brkitr/khmerdict.dict", False),
        ("brkitr/line.brk", True),
    ],
)
def test_the_kiosk_keeps_its_languages_and_icus_core_data(item: str, keep: bool) -> None:
    assert kept(item) is keep


ITEM_NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_/.", min_size=1, max_size=20)


@given(st.dictionaries(ITEM_NAMES, st.binary(min_size=1, max_size=70), max_size=12))
def test_a_written_package_reads_back_with_every_item_padded_to_16_bytes(
    items: dict[str, bytes],
) -> None:
    named = {f"icudt99l/{name}": item for name, item in items.items()}
    written = Package(HEADER, named).to_bytes()
    read = Package.parse(written)
    assert read.header == HEADER
    assert sorted(read.items) == sorted(named, key=str.encode)
    for name, item in named.items():
        assert read.items[name][: len(item)] == item
        assert len(read.items[name]) == len(item) + (-len(item) % 16)
    assert read.to_bytes() == written


def test_what_is_not_a_package_is_refused() -> None:
    with pytest.raises(ValueError, match="not an ICU common data package"):
        Package.parse(b"<html>" + b"\0" * 64)


def _qt_icu_answers(library_dir: Path | None) -> str:
    """What Qt answers, in a process of its own, for the ICU calls the kiosk's Qt may make."""
    script = """
import functools
from PySide6.QtCore import QCollator, QLocale, QUrl
words = ["đường", "Dân", "ăn", "an", "âm", "ơn", "ô", "o", "Zalo", "ấp", "Ấp"]
for name in ("vi", "en", "km"):
    collator = QCollator(QLocale(name))
    print(name, sorted(words + ["ខ", "ក", "គ"], key=functools.cmp_to_key(collator.compare)))
print(QLocale("vi").toUpper("đường ăn ơn"), QLocale("en").toLower("ĐƯỜNG"))
print(QUrl.toAce("dịchvụcông.vn"), QUrl.fromAce(QUrl.toAce("dịchvụcông.vn")))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)  # searched before Qt's own RUNPATH
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@needs_icu_build
def test_the_cut_library_is_a_sixth_of_the_whole_and_qt_answers_the_same(
    tmp_path: Path,
) -> None:
    whole = ICU_LIBRARIES[-1]
    cut = trimmed_library(whole, tmp_path)
    assert cut.name == whole.name
    assert cut.stat().st_size < whole.stat().st_size / 4
    package = Package.parse((tmp_path / "icudata-whole.dat").read_bytes())
    assert package.to_bytes() == (tmp_path / "icudata-whole.dat").read_bytes()
    assert any(name.endswith("/coll/vi.res") for name in package.trimmed().items)
    answers = _qt_icu_answers(tmp_path)
    assert "ĐƯỜNG ĂN ƠN" in answers and "xn--" in answers
    assert answers == _qt_icu_answers(None)


@needs_icu_build
def test_a_library_laid_out_otherwise_is_refused_so_the_build_keeps_the_whole_one(
    tmp_path: Path,
) -> None:
    impostor = tmp_path / "libicudata.so.99"
    shutil.copy(ICU_LIBRARIES[-1].parent / "libQt6Core.so.6", impostor)  # an ELF, not ICU's
    with pytest.raises(RuntimeError, match=r"libicudata\.so\.99 not cut"):
        trimmed_library(impostor, tmp_path / "work")
