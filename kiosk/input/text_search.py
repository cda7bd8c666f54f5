"""Accent-insensitive search as you type over the procedure catalogue. No Qt.

Text is folded as DESIGN.md says ("Accent folding"), so "dang ky khai sinh",
"ĐĂNG KÝ KHAI SINH" and "đăng ky khai sinh" find "Đăng ký khai sinh". Every query word must
be the start of some word of a procedure (its Vietnamese name, English name, code, or the
name of its field), in any order.

The index is built once per catalogue. Each distinct folded word keeps a bitmask (a Python
int, bit i = the i-th procedure) of the procedures whose names or other text contain it;
words are kept sorted, so a query word's prefix range is found by bisection and its
procedures are the OR of that range's masks. Ranking is mask arithmetic too, except the
"in order" check: a regular expression run name by name, on names holding every query word,
and only until the results asked for are found.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress, islice
from typing import TypeVar

from kiosk.domain.model import Procedure, ServiceField
from kiosk.domain.wording import without_marks

__all__ = ["MAX_QUERY_CHARS", "ProcedureIndex", "fold"]

MAX_QUERY_CHARS = 100
_T = TypeVar("_T")

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền sắc ngã hỏi nặng
# A word: letters, digits, combining marks; dots inside keep a code ("1.001193") whole.
_WORD = re.compile(r"[\w\u0300-\u036f]+(?:\.[\w\u0300-\u036f]+)*")
_AFTER_ALL = "\U0010ffff"  # sorts after any folded word (category Cn never reaches one)
_BITS = bytes.maketrans(b"01", b"\x00\x01")


def fold(text: str) -> str:
    """Text folded for comparison: no case, no diacritics, đ/Đ as d ("Đường" -> "duong").

    NFC, Icelandic eth (Ð/ð, a common typo) as Đ/đ, case folding, NFD, combining marks
    dropped, đ as d. Case folding comes before decomposition rather than last, so a mark
    that folding adds (U+0130 İ folds to i + U+0307) is dropped too; for Vietnamese text
    the result is the same.
    """
    if text.isascii():
        return text.lower()  # the same, sooner
    return without_marks(unicodedata.normalize("NFC", text).casefold())


def _eth_as_d_stroke(text: str) -> str:
    """Icelandic eth (Ð, ð), a common typo for Đ, đ, as Đ, đ."""
    return text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")


def _clean(text: str) -> str:
    """NFC text without control and format characters; white space stays a separator."""
    text = unicodedata.normalize("NFC", text)
    if text.isprintable():
        return text
    return "".join(c for c in text if unicodedata.category(c)[0] != "C" or c.isspace())


def _raw_words(text: str, max_chars: int | None = None) -> list[str]:
    """The words of the cleaned text (cut to ``max_chars``), case-folded, eth as đ, marks on."""
    return _WORD.findall(_eth_as_d_stroke(_clean(text)[:max_chars]).casefold())


@dataclass(frozen=True, slots=True)
class _Marks:
    """A word's diacritics, independent of where the tone mark sits (hoá = hóa)."""

    base: str  # NFD without the tone mark: the letters with their circumflex, breve, horn
    tones: frozenset[str]

    @classmethod
    def of(cls, word: str) -> _Marks:
        decomposed = unicodedata.normalize("NFD", word)
        return cls(
            "".join(c for c in decomposed if c not in _TONE_MARKS),
            frozenset(c for c in decomposed if c in _TONE_MARKS),
        )

    def starts(self, other: _Marks) -> bool:
        """Whether this (typed) word can still become ``other``: the letters so far agree,
        and every tone typed is on ``other`` (a tone not yet typed is no disagreement)."""
        return other.base.startswith(self.base) and self.tones <= other.tones


@dataclass(frozen=True, slots=True)
class _Word:
    """One distinct folded word and where it occurs."""

    vi: int  # procedures with it in the Vietnamese name
    en: int  # ... in the English name
    any: int  # ... anywhere searched
    spellings: tuple[tuple[_Marks, int], ...]  # each spelling and where it occurs


def _mask(indices: Iterable[int]) -> int:
    """A bitmask with the given bits set."""
    positions = list(indices)
    if len(positions) < 256:  # a few bits: shifting is quicker than writing out digits
        mask = 0
        for position in positions:
            mask |= 1 << position
        return mask
    bits = bytearray(b"0" * (max(positions) + 1))
    for position in positions:
        bits[position] = 0x31  # "1"
    bits.reverse()
    return int(bits, 2)


def _union(masks: Iterable[int]) -> int:
    """The OR of masks; when only one is not empty, that very int (shared, not copied)."""
    result = 0
    for mask in masks:
        if mask:
            result = result | mask if result else mask
    return result


def _entry(spellings: list[str], places: tuple[dict[str, list[int]], ...]) -> _Word:
    """One folded word of the index from its spellings and where each one is."""
    masks = [[_mask(place.get(raw, ())) for place in places] for raw in spellings]
    vi, en, field = (_union(column) for column in zip(*masks, strict=True))
    anywhere = _union((vi, en, field))
    if len(spellings) == 1:
        return _Word(vi, en, anywhere, ((_Marks.of(spellings[0]), anywhere),))
    return _Word(
        vi,
        en,
        anywhere,
        tuple((_Marks.of(raw), _union(m)) for raw, m in zip(spellings, masks, strict=True)),
    )


def _select(items: Sequence[_T], mask: int) -> Iterator[_T]:
    """The items at the set bits of the mask, in order."""
    return compress(items, bin(mask)[:1:-1].encode().translate(_BITS))


def _starting(keys: list[str], values: list[_T], prefix: str) -> list[_T]:
    """The values beside the sorted keys that start with ``prefix``."""
    low = bisect_left(keys, prefix)
    return values[low : bisect_left(keys, prefix + _AFTER_ALL, low)]


class ProcedureIndex:
    """Search over one catalogue's procedures; build once, query on every keystroke."""

    def __init__(
        self, procedures: Sequence[Procedure], fields: Sequence[ServiceField] = ()
    ) -> None:
        """Index the procedures (their order is the catalogue order) and their field names."""
        self._procedures = tuple(procedures)
        by_field: dict[str, list[int]] = {}
        # where each spelled word is: in Vietnamese names, English names, field names
        places: tuple[dict[str, list[int]], ...] = ({}, {}, {})
        names: tuple[list[list[str]], list[list[str]]] = ([], [])
        codes: list[tuple[str, int]] = []
        for index, procedure in enumerate(self._procedures):
            by_field.setdefault(procedure.field_id, []).append(index)
            for kind, text in enumerate((procedure.name, procedure.name_en or "")):
                raw_words = _raw_words(text)
                names[kind].append(raw_words)
                for raw in set(raw_words):
                    places[kind].setdefault(raw, []).append(index)
            codes.extend((fold(raw), index) for raw in _raw_words(procedure.code))
        for service_field in fields:
            text = f"{service_field.name} {service_field.name_en or ''}"
            for raw in set(_raw_words(text)):
                places[2].setdefault(raw, []).extend(by_field.get(service_field.id, ()))
        folded = {raw: fold(raw) for place in places for raw in place}
        spellings: dict[str, list[str]] = {}
        for raw, word in folded.items():
            if word:
                spellings.setdefault(word, []).append(raw)
        self._words = sorted(spellings)
        self._entries = [_entry(spellings[word], places) for word in self._words]
        codes.sort()
        self._codes = [code for code, _ in codes]
        self._code_indices = [index for _, index in codes]
        # " word word ...": every word, the first too, follows a space
        self._names = tuple(
            [" " + " ".join(filter(None, map(folded.__getitem__, raw_words))) for raw_words in kind]
            for kind in names
        )
        starts = sorted((text, index) for kind in self._names for index, text in enumerate(kind))
        self._starts = [text for text, _ in starts]
        self._start_indices = [index for _, index in starts]
        self._fields = {field_id: _mask(indices) for field_id, indices in by_field.items()}
        self._positions = list(range(len(self._procedures)))
        self._all = _mask(self._positions)

    def search(
        self, query: str, *, field_id: str | None = None, limit: int | None = None
    ) -> list[Procedure]:
        """Procedures matching every word of ``query``, best first; never raises.

        Order: a name that starts with the query; then all words in one name in the
        query's order; then all words in one name; then matches elsewhere (code, field,
        across names). In each of those, when the query has diacritics, procedures that
        agree with more of its words' diacritics come first; then catalogue order. An empty
        query gives every procedure (of ``field_id`` when given) in catalogue order. The
        query is cut to MAX_QUERY_CHARS characters; control characters are ignored.
        """
        found: list[Procedure] = []
        wanted = len(self._procedures) if limit is None else max(limit, 0)

        def take(mask: int) -> bool:
            """Add the procedures of the mask; whether that is all that is wanted."""
            found.extend(islice(_select(self._procedures, mask), wanted - len(found)))
            return len(found) >= wanted

        scope = self._all if field_id is None else self._fields.get(field_id, 0)
        raw_words = _raw_words(query[: 4 * MAX_QUERY_CHARS], MAX_QUERY_CHARS)
        typed = [(raw, word) for raw in raw_words if (word := fold(raw))]
        if not typed or not wanted:
            take(scope)
            return found
        words = [word for _, word in typed]
        matched, vi, en = scope, scope, scope
        for found_vi, found_en, found_any in map(self._prefix, set(words)):
            matched &= found_any
            vi &= found_vi
            en &= found_en
        if not matched:
            return found
        if all(raw == word for raw, word in typed):
            levels = [matched]
        else:
            levels = self._agreement(typed, matched)
        starts = _mask(_starting(self._starts, self._start_indices, " " + " ".join(words)))
        if any(take(starts & level) for level in levels):  # levels ⊆ matched
            return found
        in_name = (vi | en) & ~starts
        if len(words) == 1:
            in_order = in_name  # one word is always in order
            if any(take(in_order & level) for level in levels):
                return found
        else:  # checked name by name, level by level, only as far as wanted
            in_order = 0
            pattern = _in_order_pattern(words)
            vi_names, en_names = self._names
            for level in levels:
                hits = _mask(
                    islice(
                        (
                            i
                            for i in _select(self._positions, in_name & level)
                            if pattern.search(vi_names[i]) or pattern.search(en_names[i])
                        ),
                        wanted - len(found),
                    )
                )
                if take(hits):
                    return found
                in_order |= hits
        for tier in (in_name & ~in_order, matched & ~(vi | en)):
            if any(take(tier & level) for level in levels):
                break
        return found

    def _prefix(self, word: str) -> tuple[int, int, int]:
        """Procedures with a word starting with ``word``: in the vi name, en name, anywhere
        (names, field names, codes)."""
        vi = en = 0
        anywhere = _mask(_starting(self._codes, self._code_indices, word))
        for entry in _starting(self._words, self._entries, word):
            vi |= entry.vi
            en |= entry.en
            anywhere |= entry.any
        return vi, en, anywhere

    def _agreement(self, typed: list[tuple[str, str]], matched: int) -> list[int]:
        """The matches split by how many typed words they also match with diacritics, most
        first (masks that partition ``matched``)."""
        agrees: dict[str, int] = {}  # spelling typed -> procedures that agree with it
        for raw, word in set(typed):
            marks = _Marks.of(raw)
            agrees[raw] = _union(
                where
                for entry in _starting(self._words, self._entries, word)
                for spelling, where in entry.spellings
                if marks.starts(spelling)
            )
        at_least = [matched] + [0] * (len(typed) + 1)  # [n]: agree on n words or more
        for raw, _ in typed:
            for n in range(len(typed), 0, -1):
                at_least[n] |= at_least[n - 1] & agrees[raw]
        return [at_least[n] & ~at_least[n + 1] for n in range(len(typed), -1, -1)]


def _in_order_pattern(words: list[str]) -> re.Pattern[str]:
    """Finds, in a name (" word word ..."), the words' prefixes in this order, each on a
    later word. After the first, each is taken at the first place it can be, for good: that
    is never worse, and with no way back a search cannot take exponential time."""
    first, *rest = (re.escape(f" {word}") for word in words)
    return re.compile(first + "".join(f"(?>.*?{word})" for word in rest))
