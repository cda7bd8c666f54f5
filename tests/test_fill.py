"""Filling a translated template's %1, %2 … in one pass, as Qt's ``arg`` does: whatever a
value holds (a code a citizen typed with "%2" in it) is shown as it is."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.wording import fill


def test_values_go_where_their_numbers_are_whatever_the_order() -> None:
    assert fill("%2 trước, %1 sau", "một", "hai") == "hai trước, một sau"
    assert fill("Số %1, quầy %2, lại số %1", "A023", 3) == "Số A023, quầy 3, lại số A023"


def test_a_value_that_holds_a_placeholder_is_not_filled_again() -> None:
    assert fill("Không tìm thấy %1 (mã %2)", "%2%1", "X") == "Không tìm thấy %2%1 (mã X)"


def test_a_placeholder_without_a_value_stays() -> None:
    assert fill("%1 of %3", "7") == "7 of %3"


@given(st.lists(st.text(), max_size=9), st.text(alphabet="ab %", max_size=30))
def test_every_value_appears_once_per_placeholder_and_nothing_else_changes(
    values: list[str], prose: str
) -> None:
    template = prose + "".join(f"[%{index + 1}]" for index in range(len(values)))
    assert fill(template, *values) == prose + "".join(f"[{value}]" for value in values)
