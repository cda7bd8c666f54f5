"""A widget's state as the stylesheet sees it: a dynamic property its rules select on
(``QLabel[state="online"]``), which Qt applies only once the widget is restyled."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_style_state(widget: QWidget, name: str, value: object, *followers: QWidget) -> None:
    """Set ``widget``'s property ``name`` to ``value`` and restyle it and ``followers`` (its
    children whose look follows its state: a Qt stylesheet cannot select a child by its
    parent's property). Nothing when the value is already set: a restyle costs a polish and
    a relayout, on every screen change that sets the same state again."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    for part in (widget, *followers):
        part.style().unpolish(part)
        part.style().polish(part)
