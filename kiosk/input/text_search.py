"""Accent-insensitive, forgiving search as you type over the procedure catalogue. No Qt.

Text is folded as DESIGN.md says ("Accent folding"), so "dang ky khai sinh",
"ĐĂNG KÝ KHAI SINH" and "đăng ky khai sinh" find "Đăng ký khai sinh"; the two spellings of
a final i/y fold together too (kí/ký, lí/lý, quí/quý). A query is first put in the
catalogue's words: everyday words become the catalogue's (``search_words.SYNONYMS``: "sổ đỏ",
"nhập hộ khẩu"), and words that name no procedure are left out ("thủ tục", "làm", "xin").

Then the procedures where every query word is the start of some word of theirs (their
Vietnamese name, English name, code, or the name of their field), in any order; an everyday
word that may also be in a name as it is (BHYT) is looked for both ways. Only when none has
every word, what comes nearest, the first of these that finds any: those with all the words
but one (of three or more); those with every word allowing a typo in each (an edit, or two
in a long word: rapidfuzz); those with the most words, typos allowed, at least half of them.
Two words typed without the space between them ("thuongtru") are taken apart.

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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, islice
from typing import TypeVar

from kiosk.domain.model import Procedure, ServiceField
from kiosk.domain.wording import without_marks
from kiosk.input.search_words import FILLER_WORDS, SYNONYMS

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


_FINAL_Y = re.compile(r"^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|qu|r|s|t|th|tr|v|x)y$")


def _spelling(word: str) -> str:
    """A folded syllable of a consonant and y with the y as i: the two spellings Vietnamese
    allows (kí/ký, lí/lý, mĩ/mỹ, quí/quý) compare equal."""
    return _FINAL_Y.sub(r"\1i", word) if word.endswith("y") else word


def _key(raw: str) -> str:
    """A word as the index compares it: folded, with one spelling of i/y."""
    return _spelling(fold(raw))


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
        self,
        procedures: Sequence[Procedure],
        fields: Sequence[ServiceField] = (),
        synonyms: Mapping[str, str] = SYNONYMS,
        fillers: Iterable[str] = FILLER_WORDS,
    ) -> None:
        """Index the procedures (their order is the catalogue order), their field names,
        the everyday words (``synonyms``) a query may use for the catalogue's, and the
        words that name no procedure (``fillers``)."""
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
        # Vietnamese words with one spelling of i/y; English ones as they are ("by")
        keyed = (
            {raw: _key(raw) for raw in places[0]},
            {raw: fold(raw) for raw in places[1]},
            {raw: _key(raw) for raw in places[2]},
        )
        spellings: dict[str, list[str]] = {}
        for keys in keyed:
            for raw, word in keys.items():
                if word and raw not in spellings.setdefault(word, []):
                    spellings[word].append(raw)
        self._words = sorted(spellings)
        self._word_set = frozenset(self._words)
        self._entries = [_entry(spellings[word], places) for word in self._words]
        codes.sort()
        self._codes = [code for code, _ in codes]
        self._code_indices = [index for _, index in codes]
        # " word word ...": every word, the first too, follows a space
        self._names = tuple(
            [" " + " ".join(filter(None, map(keys.__getitem__, raw_words))) for raw_words in kind]
            for kind, keys in zip(names, keyed, strict=False)
        )
        starts = sorted((text, index) for kind in self._names for index, text in enumerate(kind))
        self._starts = [text for text, _ in starts]
        self._start_indices = [index for _, index in starts]
        self._fields = {field_id: _mask(indices) for field_id, indices in by_field.items()}
        self._positions = list(range(len(self._procedures)))
        self._all = _mask(self._positions)
        # the start of every word, by length: where a typo is looked for
        starts_by_length: dict[int, set[str]] = {}
        for word in self._words:
            for length in range(1, len(word) + 1):
                starts_by_length.setdefault(length, set()).add(word[:length])
        self._word_starts = {length: sorted(found) for length, found in starts_by_length.items()}
        self._synonyms = {
            tuple(map(_key, _raw_words(said))): _raw_words(means)
            for said, means in synonyms.items()
        }
        self._longest_synonym = max(map(len, self._synonyms), default=0)
        spelled = {unicodedata.normalize("NFC", word).casefold() for word in fillers}
        self._fillers = spelled | {fold(word) for word in spelled}

    def search(
        self, query: str, *, field_id: str | None = None, limit: int | None = None
    ) -> list[Procedure]:
        """Procedures matching ``query``, best first; never raises.

        First those matching every word of the query in the catalogue's words (see the
        module), ordered: a name that starts with the query; then all words in one name in
        the query's order; then all words in one name; then matches elsewhere (code,
        field, across names). In each of those, when the query has diacritics, procedures
        that agree with more of its words' diacritics come first; then catalogue order.
        After them, those matching with typos, then those matching most of the words. An
        empty query gives every procedure (of ``field_id`` when given) in catalogue order.
        The query is cut to MAX_QUERY_CHARS characters; control characters are ignored.
        """
        wanted = len(self._procedures) if limit is None else max(limit, 0)
        scope = self._all if field_id is None else self._fields.get(field_id, 0)
        query_words = _raw_words(query[: 4 * MAX_QUERY_CHARS], MAX_QUERY_CHARS)
        queries = [self._in_catalogue_words(query_words, typing=not query[-1:].isspace())]
        if queries[0] != query_words:  # an abbreviation may be in a name as written (BHYT)
            queries.append(query_words)
        typed = [[(raw, word) for raw in words if (word := fold(raw))] for words in queries]
        found = _Found(self._procedures, wanted)
        if not typed[0] or not wanted:
            found.take(scope)
            return found.procedures
        exact, forgiving = self._prefix, self._forgiving_prefix
        for words in typed:
            if self._rank(words, scope, found, exact):
                return found.procedures
        if found.procedures:
            return found.procedures
        # nothing has every word: then, and only then, what comes nearest
        if len(typed[0]) > 2:
            self._rank_by_words(typed[0], scope, found, exact, 1)
        for words in typed:
            if not found.procedures:
                self._rank(words, scope, found, forgiving)
        if not found.procedures:
            self._rank_by_words(typed[0], scope, found, forgiving, len(typed[0]) // 2)
        return found.procedures

    def _in_catalogue_words(self, raw_words: list[str], *, typing: bool) -> list[str]:
        """The query's words with everyday phrases replaced by the catalogue's words, and
        without the words that name no procedure (unless nothing else is left; nor the last
        one while it is being ``typing``: "gi" may become "giấy")."""
        keys = [_key(raw) for raw in raw_words]
        rewritten: list[str] = []
        at = 0
        while at < len(raw_words):
            for length in range(min(self._longest_synonym, len(raw_words) - at), 0, -1):
                means = self._synonyms.get(tuple(keys[at : at + length]))
                if means is not None:
                    rewritten.extend(means)
                    at += length
                    break
            else:
                rewritten.append(raw_words[at])
                at += 1
        last = len(rewritten) - 1 if typing and rewritten[-1:] == raw_words[-1:] else -1
        meaningful = [
            raw
            for at, raw in enumerate(rewritten)
            if at == last or (raw if fold(raw) != raw else fold(raw)) not in self._fillers
        ]
        return [part for raw in meaningful or rewritten for part in self._spaced(raw)]

    def _spaced(self, raw: str) -> list[str]:
        """``raw``, or the two words it is when typed without the space between them
        ("thuongtru"): the first a whole word of the catalogue, the other one's start."""
        word = _key(raw)
        if len(word) < 4 or self._prefix(word)[2]:
            return [raw]
        for split in range(2, len(raw) - 1):
            if _key(raw[:split]) in self._word_set and self._prefix(_key(raw[split:]))[2]:
                return [raw[:split], raw[split:]]
        return [raw]

    def _rank(
        self,
        typed: list[tuple[str, str]],
        scope: int,
        found: _Found,
        prefix: Callable[[str], tuple[int, int, int]],
    ) -> bool:
        """Add the procedures with every word of ``typed`` (as ``prefix`` finds them), best
        first (see ``search``); whether that is all that is wanted."""
        words = [word for _, word in typed]
        matched, vi, en = scope, scope, scope
        for found_vi, found_en, found_any in map(prefix, set(words)):
            matched &= found_any
            vi &= found_vi
            en &= found_en
        matched &= ~found.mask
        if not matched:
            return False
        if all(raw == word for raw, word in typed):
            levels = [matched]
        else:
            levels = self._agreement(typed, matched)
        variants = [_spelling(word) for word in words]  # as Vietnamese names are keyed
        starts = _mask(
            _starting(self._starts, self._start_indices, " " + " ".join(words))
            + _starting(self._starts, self._start_indices, " " + " ".join(variants))
        )
        if any(found.take(starts & level) for level in levels):  # levels ⊆ matched
            return True
        in_name = (vi | en) & ~starts & matched
        if len(words) == 1:
            in_order = in_name  # one word is always in order
            if any(found.take(in_order & level) for level in levels):
                return True
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
                        found.wanted - len(found.procedures),
                    )
                )
                if found.take(hits):
                    return True
                in_order |= hits
        for tier in (in_name & ~in_order, matched & ~(vi | en)):
            if any(found.take(tier & level) for level in levels):
                return True
        return False

    def _rank_by_words(
        self,
        typed: list[tuple[str, str]],
        scope: int,
        found: _Found,
        prefix: Callable[[str], tuple[int, int, int]],
        missing: int,
    ) -> bool:
        """Add the procedures with all the query's words but one, then but two… up to
        ``missing`` words (as ``prefix`` finds them), most first, then in catalogue order;
        whether that is all that is wanted."""
        masks = [prefix(word)[2] & scope for _, word in typed]
        at_least = _at_least(scope, masks)  # [n]: n words or more
        for n in range(len(masks) - 1, max(1, len(masks) - missing) - 1, -1):
            if found.take(at_least[n] & ~at_least[n + 1]):
                return True
        return False

    def _prefix(self, word: str) -> tuple[int, int, int]:
        """Procedures with a word starting with ``word``: in the vi name, en name, anywhere
        (names, field names, codes)."""
        vi = en = 0
        anywhere = _mask(_starting(self._codes, self._code_indices, word))
        for entry in self._entries_starting(word):
            vi |= entry.vi
            en |= entry.en
            anywhere |= entry.any
        return vi, en, anywhere

    def _entries_starting(self, word: str) -> list[_Word]:
        """The index's words that start with ``word``, in either spelling of i/y."""
        entries = _starting(self._words, self._entries, word)
        if (variant := _spelling(word)) != word:
            entries = entries + _starting(self._words, self._entries, variant)
        return entries

    def _forgiving_prefix(self, word: str) -> tuple[int, int, int]:
        """``_prefix``, also for the word starts one typo away from ``word`` (two when it
        has 7 letters or more; none under 3)."""
        vi, en, anywhere = self._prefix(word)
        if len(word) < 3:
            return vi, en, anywhere
        # only a query with a typo needs it: not imported before the first paint
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        typos = 1 if len(word) < 7 else 2
        near: set[str] = set()
        for length in (len(word) - 1, len(word), len(word) + 1):
            choices = self._word_starts.get(length, ())
            near.update(
                choice
                for choice, _distance, _ in process.extract(
                    word, choices, scorer=OSA.distance, score_cutoff=typos, limit=None
                )
            )
        for start in near:
            near_vi, near_en, near_any = self._prefix(start)
            vi, en, anywhere = vi | near_vi, en | near_en, anywhere | near_any
        return vi, en, anywhere

    def _agreement(self, typed: list[tuple[str, str]], matched: int) -> list[int]:
        """The matches split by how many typed words they also match with diacritics, most
        first (masks that partition ``matched``)."""
        agrees: dict[str, int] = {}  # spelling typed -> procedures that agree with it
        for raw, word in set(typed):
            marks = _Marks.of(raw)
            agrees[raw] = _union(
                where
                for entry in self._entries_starting(word)
                for spelling, where in entry.spellings
                if marks.starts(spelling)
            )
        at_least = _at_least(matched, [agrees[raw] for raw, _ in typed])  # on n words or more
        return [at_least[n] & ~at_least[n + 1] for n in range(len(typed), -1, -1)]


class _Found:
    """The procedures found so far, in order, up to ``wanted``."""

    def __init__(self, procedures: Sequence[Procedure], wanted: int) -> None:
        self._all = procedures
        self.wanted = wanted
        self.procedures: list[Procedure] = []
        self.mask = 0  # those already found

    def take(self, mask: int) -> bool:
        """Add the procedures of ``mask`` not found yet; whether that is all that is wanted."""
        mask &= ~self.mask
        self.mask |= mask
        self.procedures.extend(islice(_select(self._all, mask), self.wanted - len(self.procedures)))
        return len(self.procedures) >= self.wanted


def _at_least(scope: int, masks: Sequence[int]) -> list[int]:
    """Masks by how many of ``masks`` have each bit of ``scope``: [n] the bits in n of them
    or more (n from 0 to their number), then an empty one."""
    at_least = [scope] + [0] * (len(masks) + 1)
    for mask in masks:
        for n in range(len(masks), 0, -1):
            at_least[n] |= at_least[n - 1] & mask
    return at_least


def _in_order_pattern(words: list[str]) -> re.Pattern[str]:
    """Finds, in a name (" word word ..."), the words' prefixes in this order, each on a
    later word, in either spelling of i/y. After the first, each is taken at the first place
    it can be, for good: that is never worse, and with no way back a search cannot take
    exponential time."""
    first, *rest = (
        "(?:" + "|".join(re.escape(f" {form}") for form in {word, _spelling(word)}) + ")"
        for word in words
    )
    return re.compile(first + "".join(f"(?>.*?{word})" for word in rest))
