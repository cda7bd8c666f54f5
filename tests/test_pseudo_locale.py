"""The pseudo-locale: every screen text 40 % longer and accented, its placeholders, markup
and line breaks kept. ``test_every_screen_fits`` walks every journey in it on every panel."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tools.pseudo_locale import GROWTH, KEPT, pseudo


@given(
    st.lists(
        st.one_of(
            st.text(alphabet="abcdefghij klmnoABC.,:", min_size=1, max_size=12),
            st.sampled_from(["%1", "%2", "%n", "<b>", "</b>", "&amp;", "\n"]),
        ),
        max_size=12,
    )
)
def test_pseudo_text_is_longer_and_keeps_placeholders_markup_and_breaks(parts: list[str]) -> None:
    text = "".join(parts)
    result = pseudo(text)
    assert len(result) >= len(text) * GROWTH
    assert KEPT.findall(result) == KEPT.findall(text)
    assert result.startswith("[") and result.endswith("]")


def test_pseudo_text_has_no_plain_ascii_letter_it_could_accent() -> None:
    assert not re.search(r"[aeiouAEIOU]", pseudo("Please take your ticket from the printer slot"))
