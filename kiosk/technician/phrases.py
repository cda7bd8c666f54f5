"""What the core tells a technician, in English here and translatable on the screen, without Qt.

A :class:`Phrase` is an English template whose ``%1``, ``%2``… stand for its values: text
kept as it is (paths, numbers, device names, errors from libraries) or phrases in their turn.
``str()`` reads it in English, as ``kiosk diag`` and the heartbeat do; the technician pages
translate every template (Qt's translation context :data:`CONTEXT`) and fill in the same
values (``screens.technician.parts.translated``). Each template is marked where it is written
with :func:`QT_TRANSLATE_NOOP`, which does nothing but carries the name Qt's ``lupdate``
looks for, so ``python3 dev.py translations`` puts it into ``kiosk/i18n/kiosk_vi.ts``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from kiosk.domain.wording import fill

CONTEXT = "Technician"
"""The translation context of every phrase (the first argument of each marker)."""


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:
    """Mark ``template`` for ``lupdate`` in ``context`` (always :data:`CONTEXT`); it is
    returned as it is."""
    return template


@dataclass(frozen=True, init=False)
class Phrase:
    """An English ``template`` (marked with :func:`QT_TRANSLATE_NOOP`) and its values."""

    template: str
    args: tuple[Text, ...]

    def __init__(self, template: str, *args: Text | int | float) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(
            self, "args", tuple(arg if isinstance(arg, Phrase) else str(arg) for arg in args)
        )

    def __str__(self) -> str:
        return self.render(lambda template: template)

    def render(self, translate: Callable[[str], str]) -> str:
        """The phrase with its template, and those of the phrases among its values, through
        ``translate``. A placeholder without a value stays as it is."""
        values = [arg if isinstance(arg, str) else arg.render(translate) for arg in self.args]
        return fill(translate(self.template), *values)


Text: TypeAlias = Phrase | str
"""What a technician reads: a phrase, or text that is not translated (a value)."""


def joined(parts: Sequence[Text], separator: str = "; ") -> Phrase:
    """``parts`` one after the other. Its template is placeholders alone: nothing in it is
    translated, so it is not marked."""
    return Phrase(separator.join(f"%{index}" for index in range(1, len(parts) + 1)), *parts)
