"""How a queue number is said: in a call on the board ("Mời số a hai mươi ba đến quầy số
ba", and again in English where the office wants it) and on the kiosk's screens."""

from __future__ import annotations

from kiosk.config import VoiceSection
from kiosk.voice.numbers import NORTH, SOUTH, NumberStyle, number_words, queue_number_words


def reading_style(settings: VoiceSection) -> NumberStyle:
    """The way numbers are read that the technician chose (``[voice] reading``)."""
    return SOUTH if settings.reading == "south" else NORTH


def call_sentence(
    number: str, counter: int, style: NumberStyle = NORTH, language: str = "vi"
) -> str:
    """The call of queue number ``number`` to counter ``counter``, in words, in Vietnamese
    or English (``[voice] call_again_in``)."""
    if language == "vi":
        words = queue_number_words(number, style)
        return f"Mời số {words} đến quầy số {number_words(counter, style)}."
    if language == "en":
        return f"Number {spoken_queue_number(number, language)}, please go to counter {counter}."
    raise ValueError(f"no call sentence in language {language!r}")


def spoken_queue_number(number: str, language: str, style: NumberStyle = NORTH) -> str:
    """A queue number to say in ``language``: in Vietnamese words; else its characters one
    by one ("A 0 2 3"), which every engine reads alike."""
    return queue_number_words(number, style) if language == "vi" else " ".join(number)
