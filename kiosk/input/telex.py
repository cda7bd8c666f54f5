"""Vietnamese Telex composition, for the on-screen keyboard (the kiosk has no input method).

``telex_key(word, key)`` takes the word before the cursor and one typed character and returns
what the word becomes. Telex keys act on the last syllable, that is the run of letters at the
end of ``word`` (``word_before``):

- shapes: ``aa`` â, ``ee`` ê, ``oo`` ô, ``aw`` ă, ``ow`` ơ, ``uw`` ư, ``dd`` đ (an initial d
  becomes đ: ``did`` đi); ``uow`` and ``uwow`` ươ; a ``w`` with no vowel before it is ư
  (``tw`` tư). The key need not follow its letter: ``nguoiwf`` người, ``tana`` tân.
- tones: ``s`` sắc, ``f`` huyền, ``r`` hỏi, ``x`` ngã, ``j`` nặng, ``z`` removes the tone;
  another tone key replaces the tone. Syllables ending in c, ch, p, t take only sắc and nặng.
- the tone sits where the classic ("old style") rules put it, and moves as letters arrive:
  on the vowel with a shape mark (ơ in ươ); else on the only vowel; else the middle of three;
  of two, the second in a closed syllable (hoàn) and the first in an open one (hòa, thúy).
  The u of "qu" and the i of "gi" before another vowel belong to the consonant (quá, già);
  "gi" alone keeps its vowel (gì, gìn).
- ươ in an open syllable is written uơ (thuở, huơ): no Vietnamese word ends in ươ; the next
  letter turns it back into ươ (thương, người).
- the same key again undoes its change and is typed itself: ``ass`` as, ``aaa`` aa,
  ``ddd`` dd, ``aww`` aw. A word that is only the ư of one ``w`` gives a plain w: ``ww`` w
  (the way to type a w); elsewhere ư undoes to uw (``tww`` and ``tuww`` both give tuw:
  the composed text cannot tell which was typed).
- letters keep their case: ``DD`` Đ, ``Aa`` Â, ``VIEETJ`` VIỆT.

Words that cannot be Vietnamese are left alone: once the run of letters does not split into
a Vietnamese initial consonant (so not f, j, w, z, nor two d), a known vowel group and a
Vietnamese final (c, ch, m, n, ng, nh, p, t), every further key is typed as it is ("John",
"Facebook", "email", "Hello"), and a key whose change would make such a run is typed as it
is too ("hocf"). Like every Telex engine without a dictionary, keys are applied as they come,
so an English word that looks Vietnamese up to its end is composed ("bus" gives "bú",
"cool" gives "côl"); typing the Telex key twice types it plainly ("buss").

Pure Python, no Qt: the same rules serve any text field and are tested without a display.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

ToneStyle = Literal["old", "new"]
"""Where the tone of oa, oe and uy goes in an open syllable: ``old`` hòa, hòe, thúy (the
classic rules); ``new`` hoà, hoè, thuý."""

#: combining marks for the five tones, by their Telex key
TONE_MARKS = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}

_VOWELS = "aăâeêioôơuưy"
_CONSONANTS = "bcdđfghjklmnpqrstvwxz"
_SHAPED = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u"}
_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}
_HOOKED = {"a": "ă", "o": "ơ", "u": "ư"}  # what w makes of a letter (breve or horn)
_MARKED = frozenset("ăâêôơư")

_ONSETS = frozenset(
    ["", *"b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split()]
)
_CODAS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
_STOP_CODAS = frozenset({"c", "ch", "p", "t"})
_NEW_STYLE_PAIRS = frozenset({"oa", "oe", "uy"})
"""The vowel pairs whose tone the new style puts on their second vowel (hoà, hoè, thuý)."""
#: vowel groups, without tones: those of Vietnamese words (first three lines), then those met
#: on the way to them while typing (ie before iê, uo before uô and ươ, uơi before ươi)
_NUCLEI = frozenset(
    {
        "a",
        "ă",
        "â",
        "e",
        "ê",
        "i",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
        "y",
        "ai",
        "ao",
        "au",
        "ay",
        "âu",
        "ây",
        "eo",
        "êu",
        "ia",
        "iê",
        "iu",
        "oa",
        "oă",
        "oe",
        "oi",
        "ôi",
        "ơi",
        "oo",
        "ua",
        "uâ",
        "uê",
        "ui",
        "uô",
        "uơ",
        "ươ",
        "ưa",
        "ưi",
        "ưu",
        "uy",
        "yê",
        "iêu",
        "yêu",
        "oai",
        "oao",
        "oay",
        "oeo",
        "uây",
        "uôi",
        "ươi",
        "ươu",
        "uya",
        "uyê",
        "uyu",
        "ie",
        "ye",
        "ue",
        "uo",
        "ưo",
        "ieu",
        "yeu",
        "uay",
        "uoi",
        "uou",
        "ưoi",
        "ưou",
        "uơi",
        "uơu",
        "uye",
    }
)


def _build_tables() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    """Every letter Telex knows (both cases) as (toneless lower-case letter, tone key)."""
    decode: dict[str, tuple[str, str]] = {}
    encode: dict[tuple[str, str], str] = {}
    for letter in _CONSONANTS:
        for char in (letter, letter.upper()):
            decode[char] = (letter, "")
        encode[letter, ""] = letter
    for vowel in _VOWELS:
        for tone, mark in (("", ""), *TONE_MARKS.items()):
            composed = unicodedata.normalize("NFC", vowel + mark)
            encode[vowel, tone] = composed
            decode[composed] = decode[composed.upper()] = (vowel, tone)
    return decode, encode


_DECODE, _ENCODE = _build_tables()
#: a syllable's initial consonant, vowel group and final consonant
_Parts = tuple[str, str, str]


@dataclass
class _Syllable:
    """A run of letters taken apart: toneless lower-case letters, their case, one tone."""

    letters: list[str]
    upper: list[bool]
    tone: str = ""

    @classmethod
    def parse(cls, run: str) -> _Syllable | None:
        """Take ``run`` (letters only) apart; None when more than one letter has a tone."""
        syllable = cls([], [])
        for char in run:
            letter, tone = _DECODE[char]
            if tone and syllable.tone:
                return None
            syllable.tone = syllable.tone or tone
            syllable.letters.append(letter)
            syllable.upper.append(char != char.lower())
        return syllable

    def copy(self) -> _Syllable:
        return _Syllable(list(self.letters), list(self.upper), self.tone)

    def parts(self) -> _Parts | None:
        """(initial consonant, vowel group, final consonant), or None if not Vietnamese."""
        text = "".join(self.letters)
        first = next((i for i, c in enumerate(text) if c in _VOWELS), len(text))
        end = next((i for i in range(first, len(text)) if text[i] not in _VOWELS), len(text))
        onset, nucleus, coda = text[:first], text[first:end], text[end:]
        if onset == "q" and nucleus.startswith("u"):
            onset, nucleus = "qu", nucleus[1:]
        elif onset == "g" and nucleus.startswith("i") and len(nucleus) > 1:
            onset, nucleus = "gi", nucleus[1:]
        if (
            onset not in _ONSETS
            or coda not in _CODAS
            or (nucleus not in _NUCLEI if nucleus else coda != "")
            or (coda in _STOP_CODAS and self.tone not in ("", "s", "j"))
        ):
            return None
        return onset, nucleus, coda

    def fix_horns(self) -> None:
        """Write ươ as uơ in an open syllable and as ươ before anything else."""
        parts = self.parts()
        if parts is None:
            return
        start = len(parts[0])
        for index in range(start, start + len(parts[1]) - 1):
            if self.letters[index] in "uư" and self.letters[index + 1] == "ơ":
                followed = index + 2 < len(self.letters)
                self.letters[index] = "ư" if followed else "u"

    def render(self, parts: _Parts, style: ToneStyle = "old") -> str:
        """The letters, the tone on the vowel the rules of ``style`` choose (``parts`` from
        ``self.parts()``)."""
        chars = list(self.letters)
        if self.tone:
            onset, nucleus, coda = parts
            marked = [i for i, letter in enumerate(nucleus) if letter in _MARKED]
            if marked:
                offset = marked[-1]
            elif len(nucleus) == 3 or (style == "new" and nucleus in _NEW_STYLE_PAIRS):
                offset = 1
            else:
                offset = 1 if len(nucleus) == 2 and coda else 0
            index = len(onset) + offset
            chars[index] = _ENCODE[chars[index], self.tone]
        return "".join(c.upper() if up else c for c, up in zip(chars, self.upper, strict=True))


def word_before(text: str) -> str:
    """The run of letters at the end of ``text``: the syllable Telex keys act on."""
    start = len(text)
    while start > 0 and text[start - 1] in _DECODE:
        start -= 1
    return text[start:]


def telex_key(word: str, key: str, style: ToneStyle = "old") -> str:
    """What ``word`` (the text before the cursor) becomes when ``key`` is typed, in NFC.

    Only the run of letters at the end of ``word`` can change; a key that is not a Telex
    key is appended. Raises ValueError unless ``key`` is one character.
    """
    if len(key) != 1:
        raise ValueError(f"one key at a time, got {key!r}")
    word = unicodedata.normalize("NFC", word)
    run = word_before(word)
    prefix = word[: len(word) - len(run)]
    new_run = _type(run, key, style) if key in _DECODE else run + key
    return unicodedata.normalize("NFC", prefix + new_run)


def compose(keys: str, style: ToneStyle = "old") -> str:
    """Type ``keys`` one by one with Telex: ``compose("Vieejt Nam")`` is "Việt Nam"."""
    text = ""
    for key in keys:
        text = telex_key(text, key, style)
    return text


def compose_word(keys: str, style: ToneStyle = "old") -> str:
    """The word the letters ``keys``, typed from its first letter, make (as Unikey does):
    composed with Telex while they can be a Vietnamese word, and the keys as typed once
    they cannot: a vowel typed after the tone (``taxi``, ``visa``, ``wifi``), or marks that
    make no Vietnamese syllable (``karaoke``, where "kara" was "kả"). Type the tone last
    (``hoaf``, ``tieengs``)."""
    word = ""
    toned = False
    for key in keys:
        before, word = word, telex_key(word, key, style)
        if toned and _vowel_count(word) > _vowel_count(before):
            return keys
        toned = toned or any(_DECODE.get(char, ("", ""))[1] for char in word)
    if word != keys and _has_marks(word) and not is_syllable(word):
        return keys
    return word


def is_syllable(run: str) -> bool:
    """Whether the letters ``run`` are a Vietnamese syllable, or the start of one being
    typed (its tone allowed by its final consonant)."""
    if any(char not in _DECODE for char in run):
        return False
    syllable = _Syllable.parse(run)
    return syllable is not None and syllable.parts() is not None


def _vowel_count(word: str) -> int:
    return sum(_DECODE[char][0] in _VOWELS for char in word if char in _DECODE)


def _has_marks(word: str) -> bool:
    """Whether Telex changed a letter of ``word``: a tone, a shape mark, đ."""
    return any(
        char in _DECODE and (_DECODE[char][1] or _DECODE[char][0] in "ăâêôơưđ") for char in word
    )


def _type(run: str, key: str, style: ToneStyle = "old") -> str:
    """Type the letter ``key`` after the run of letters ``run``."""
    syllable = _Syllable.parse(run)
    parts = syllable.parts() if syllable else None
    if syllable is None or parts is None:
        return run + key
    lower = key.lower()
    changed: _Syllable | str | None = None
    if lower in TONE_MARKS or lower == "z":
        changed = _tone(run, syllable, parts, "" if lower == "z" else lower, key)
    elif lower == "d":
        changed = _stroke(run, syllable, key)
    elif lower in _CIRCUMFLEX:
        changed = _circumflex(run, syllable, parts, lower, key)
    elif lower == "w":
        changed = _hook(run, syllable, parts, key)
    if isinstance(changed, str):  # an undo: the key is typed as it is
        return changed
    for candidate in (changed, _Syllable.parse(run + key)):
        if candidate is not None:
            candidate.fix_horns()
            candidate_parts = candidate.parts()
            if candidate_parts is not None:
                return candidate.render(candidate_parts, style)
    return run + key


def _restyle(run: str, changes: dict[int, str], tone: str | None = None) -> str:
    """``run`` with the letters at ``changes``' indexes replaced (case and tone kept, or the
    tone set to ``tone``): an undo leaves everything else where it was."""
    chars = list(run)
    for index, letter in changes.items():
        old = chars[index]
        new = _ENCODE[letter, _DECODE[old][1] if tone is None else tone]
        chars[index] = new.upper() if old != old.lower() else new
    return "".join(chars)


def _tone(
    run: str, syllable: _Syllable, parts: _Parts, tone: str, key: str
) -> _Syllable | str | None:
    """Set ``tone`` ("" removes it); the same tone again is undone.

    Like the other key handlers: a changed syllable to check and render, the finished text
    of an undo, or None when the key does not apply (it is then typed as a letter).
    """
    if not parts[1] or not (tone or syllable.tone):
        return None
    if tone and tone == syllable.tone:
        index = next(i for i, char in enumerate(run) if _DECODE[char][1])
        return _restyle(run, {index: syllable.letters[index]}, tone="") + key
    changed = syllable.copy()
    changed.tone = tone
    return changed


def _stroke(run: str, syllable: _Syllable, key: str) -> _Syllable | str | None:
    """d at the start of the syllable becomes đ; đ and d again is "dd"."""
    if not syllable.letters or syllable.letters[0] not in "dđ":
        return None
    if syllable.letters[0] == "đ":
        return _restyle(run, {0: "d"}) + key
    changed = syllable.copy()
    changed.letters[0] = "đ"
    return changed


def _circumflex(
    run: str, syllable: _Syllable, parts: _Parts, base: str, key: str
) -> _Syllable | str | None:
    """aa, ee, oo: the last vowel ``base`` of the group takes a circumflex, or loses it."""
    start = len(parts[0])
    for index in reversed(range(start, start + len(parts[1]))):
        letter = syllable.letters[index]
        if letter == _CIRCUMFLEX[base]:
            return _restyle(run, {index: base}) + key
        if _SHAPED.get(letter, letter) == base:
            changed = syllable.copy()
            changed.letters[index] = _CIRCUMFLEX[base]
            return changed
    return None


def _hook(run: str, syllable: _Syllable, parts: _Parts, key: str) -> _Syllable | str | None:
    """w: ươ from uo, else ư from u, ă from a, ơ from o (first found); after no vowel, ư."""
    onset, nucleus, coda = parts
    changed = syllable.copy()
    if (not nucleus and not coda) or (onset == "g" and nucleus == "i" and not coda):
        changed.letters.append("ư")  # tw: tư; giw: giư
        changed.upper.append(key.isupper())
        return changed
    start = len(onset)
    for index in range(start, start + len(nucleus) - 1):
        if syllable.letters[index] in "uư" and syllable.letters[index + 1] in "oôơ":
            if syllable.letters[index + 1] == "ơ":
                return _restyle(run, {index: "u", index + 1: "o"}) + key
            changed.letters[index : index + 2] = ["ư", "ơ"]
            return changed
    for base in "uao":
        for index in range(start, start + len(nucleus)):
            letter = syllable.letters[index]
            if _SHAPED.get(letter, letter) != base:
                continue
            if letter != _HOOKED[base]:
                changed.letters[index] = _HOOKED[base]
                return changed
            if run in ("ư", "Ư"):  # a w typed this ư: "ww" is a plain w, in the first w's case
                return "W" if run == "Ư" else "w"
            return _restyle(run, {index: base}) + key
    return None
