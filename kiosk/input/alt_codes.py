"""Alt + keypad codes, as scanners type the characters a keyboard layout lacks: read by
the evdev scanner and by the keyboard-wedge one, and nothing else (no device library)."""

from __future__ import annotations

ALT_CODE_DIGITS = 8  # the most an Alt + keypad code holds (Unicode's largest needs 7)


def alt_code_character(digits: str) -> str | None:
    """The character an Alt + keypad code stands for (None for a code that is none).

    A leading 0 marks a Windows-1252 byte (Alt+0233 is "é"); other codes are taken as
    Unicode code points (Alt+7879 is "ệ"), as scanners that type Unicode send them.
    """
    value = int(digits[-7:])
    if digits.startswith("0"):
        character = bytes([value]).decode("cp1252", errors="replace") if value < 256 else None
    else:
        character = chr(value) if 0 < value < 0x110000 else None
    if character is None or not character.isprintable() or character == "\ufffd":
        return None
    return character
