"""Qt's ICU data cut to what the kiosk can use, for the frozen build (``kiosk.spec``).

PySide6 on Linux ships ICU's whole data, 32 MB in ``libicudata.so.<N>``: every locale's
names of languages, currencies, units and time zones, 190 legacy code pages and the word
dictionaries of Chinese, Japanese, Thai, Lao, Burmese and Khmer. Qt uses ICU for collation,
locale-aware case mapping, IDNA and code pages; its locale data, text boundaries and time
zones are its own, and the kiosk calls none of these with a locale other than Vietnamese,
English or Khmer. So the build keeps ICU's core data (normalization, properties, break rules,
the root collation, supplemental data), each tree's root, and Vietnamese, English and Khmer;
it drops the rest, and links the kept items into a library with the same name and entry
point (``gcc``, ``objcopy``).

The data is an ICU "common data" package: a header, a table of contents (item count, then
for each item the offsets of its name and of its data, from the table's start), the names,
then the items, each padded to 16 bytes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

KEPT_LANGUAGES = frozenset({"vi", "en", "km"})
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Z0-9][A-Za-z0-9]*)*")
"""A locale's item name (``vi``, ``en_150``, ``sr_Latn_BA``), not ``root`` or ``res_index``."""
_ALIGN = 16
_PAD = b"\xaa"  # what ICU's own packager pads with
_LIBRARY = re.compile(r"libicudata\.so\.(\d+)")


def kept(item: str) -> bool:
    """Whether the frozen kiosk keeps ICU item ``item`` (``coll/vi.res``, ``ibm-943.cnv``)."""
    base = item.rpartition("/")[2]
    stem, _, kind = base.partition(".")
    if kind in ("cnv", "dict"):  # legacy code pages; word dictionaries Qt never asks for
        return False
    if kind != "res" or not _LOCALE.fullmatch(stem):
        return True  # core data, break rules, collation tables, roots, supplemental data
    return stem.split("_")[0] in KEPT_LANGUAGES


@dataclass(frozen=True)
class Package:
    """An ICU common data package: its header, and its items by name (``icudt73l/…``)."""

    header: bytes
    items: dict[str, bytes]

    @classmethod
    def parse(cls, data: bytes) -> Package:
        """Read a package (``icudt<N>l.dat``, or the data of ``libicudata``)."""
        (header_size,) = struct.unpack_from("<H", data, 0)
        if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
            raise ValueError("not an ICU common data package")
        (count,) = struct.unpack_from("<I", data, header_size)
        entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
        ends = [offset for _, offset in entries[1:]] + [len(data) - header_size] * bool(count)
        items = {}
        for (name_at, data_at), end in zip(entries, ends, strict=True):
            start = header_size + name_at
            name = data[start : data.index(b"\0", start)].decode("ascii")
            items[name] = data[header_size + data_at : header_size + end]
        return cls(data[:header_size], items)

    def to_bytes(self) -> bytes:
        """The package as ICU reads it: names sorted (it looks them up by bisection)."""
        names = sorted(self.items, key=lambda name: name.encode("ascii"))
        table_size = 4 + 8 * len(names)
        name_block = bytearray()
        name_offsets = []
        for name in names:
            name_offsets.append(table_size + len(name_block))
            name_block += name.encode("ascii") + b"\0"
        name_block += _PAD * (-(table_size + len(name_block)) % _ALIGN)
        body = bytearray()
        data_offsets = []
        for name in names:
            data_offsets.append(table_size + len(name_block) + len(body))
            item = self.items[name]
            body += item + _PAD * (-len(item) % _ALIGN)
        table = struct.pack("<I", len(names)) + b"".join(
            struct.pack("<II", at_name, at_data)
            for at_name, at_data in zip(name_offsets, data_offsets, strict=True)
        )
        return self.header + table + bytes(name_block) + bytes(body)

    def trimmed(self) -> Package:
        """Only the items the kiosk keeps (see ``kept``)."""
        return Package(
            self.header,
            {name: item for name, item in self.items.items() if kept(name.partition("/")[2])},
        )


def trimmed_library(library: Path, work_dir: Path) -> Path:
    """A copy of ``library`` (``libicudata.so.<N>``) in ``work_dir`` holding only the kept
    items; raise ``RuntimeError`` when it cannot be made here (no gcc or objcopy, or a
    library laid out otherwise), so that the build keeps the whole one."""
    match = _LIBRARY.fullmatch(library.name)
    gcc, objcopy = shutil.which("gcc"), shutil.which("objcopy")
    if match is None:
        raise RuntimeError(f"not ICU's data library: {library.name}")
    if gcc is None or objcopy is None:
        missing = [tool for tool, path in (("gcc", gcc), ("objcopy", objcopy)) if path is None]
        raise RuntimeError(f"{' and '.join(missing)} not found")
    work_dir.mkdir(parents=True, exist_ok=True)
    whole = work_dir / "icudata-whole.dat"
    dat = work_dir / "icudata-kept.dat"
    entry = f"icudt{match[1]}_dat"
    assembly = work_dir / "icudata.s"
    out = work_dir / library.name
    try:
        subprocess.run(
            [objcopy, "-O", "binary", "-j", ".rodata", str(library), str(whole)], check=True
        )
        dat.write_bytes(Package.parse(whole.read_bytes()).trimmed().to_bytes())
        assembly.write_text(
            f"\t.section .rodata\n\t.globl {entry}\n\t.type {entry}, @object\n"
            f'\t.balign {_ALIGN}\n{entry}:\n\t.incbin "{dat}"\n\t.size {entry}, . - {entry}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        subprocess.run(
            [
                gcc,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-o",
                str(out),
                str(assembly),
            ],
            check=True,
        )
    except (ValueError, OSError, subprocess.CalledProcessError) as exc:
        raise RuntimeError(f"{library.name} not cut: {exc}") from exc
    return out
