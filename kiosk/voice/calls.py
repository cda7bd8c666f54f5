"""How a queue number is said: in a call on the board ("Mời số a hai mươi ba đến quầy số
ba") and on the kiosk's screens."""

from __future__ import annotations

from kiosk.config import VoiceSection
from kiosk.voice.numbers import NORTH, SOUTH, NumberStyle, number_words, queue_number_words


def reading_style(settings: VoiceSection) -> NumberStyle:
    """The way numbers are read that the technician chose (``[voice] reading``)."""
    return SOUTH if settings.reading == "south" else NORTH


def call_sentence(number: str, counter: int, style: NumberStyle = NORTH) -> str:
    """The call of queue number ``number`` to counter ``counter``, in words."""
    return f"Mời số {queue_number_words(number, style)} đến quầy số {number_words(counter, style)}."


def spoken_queue_number(number: str, language: str, style: NumberStyle = NORTH) -> str:
    """A queue number to say in ``language``: in Vietnamese words; else its characters one
    by one ("A 0 2 3"), which every engine reads alike."""
    return queue_number_words(number, style) if language == "vi" else " ".join(number)
