"""One application-wide event filter shared by the kiosk's input watchers.

Every event of the application (paints, layouts, polish … thousands while a screen is
built) passes each application event filter, and a filter written in Python costs a call
and a wrapped event every time: four of them made building a screen about 2.5 times slower.
So the watchers — the idle timeouts, the touch guard, the keyboard-wedge scanner — share
this one filter, which looks at the event's type once and calls only the watchers that
asked for that type. As with Qt's own filters, the watcher added last is asked first, and
one that takes the event (returns True) hides it from the others and from the widget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject

Handler = Callable[[QObject, QEvent], bool]
FILTER_NAME = "kioskInputFilter"


class InputFilter(QObject):
    """The application's one event filter; see the module's docstring."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(FILTER_NAME)
        self._watchers: list[tuple[QObject, frozenset[QEvent.Type], Handler]] = []
        self._by_type: dict[QEvent.Type, tuple[Handler, ...]] = {}
        app.installEventFilter(self)

    def watch(self, owner: QObject, types: Iterable[QEvent.Type], handler: Handler) -> None:
        """Call ``handler(watched, event)`` for events of ``types`` until ``unwatch(owner)``
        or until ``owner`` is destroyed; a True result takes the event."""
        self._watchers.insert(0, (owner, frozenset(types), handler))
        owner.destroyed.connect(partial(self.unwatch, owner))
        self._index()

    def unwatch(self, owner: QObject, *_destroyed: object) -> None:
        """Stop calling ``owner``'s handlers."""
        self._watchers = [entry for entry in self._watchers if entry[0] is not owner]
        self._index()

    def _index(self) -> None:
        by_type: dict[QEvent.Type, list[Handler]] = {}
        for _owner, types, handler in self._watchers:
            for kind in types:
                by_type.setdefault(kind, []).append(handler)
        self._by_type = {kind: tuple(handlers) for kind, handlers in by_type.items()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handlers = self._by_type.get(event.type())
        if handlers is None:
            return False
        return any(handler(watched, event) for handler in handlers)


@contextmanager
def input_unwatched() -> Iterator[None]:
    """Run the block with the input filter out of the way: for work that sends every widget
    events and no input comes in between (a restyle sends 30 events a widget), which the
    filter would otherwise be asked about one by one."""
    app = QCoreApplication.instance()
    existing = app.findChild(InputFilter, FILTER_NAME) if app is not None else None
    if app is None or existing is None:
        yield
        return
    app.removeEventFilter(existing)
    try:
        yield
    finally:
        app.installEventFilter(existing)


def input_filter() -> InputFilter:
    """The running application's input filter, made and installed on first use."""
    app = QCoreApplication.instance()
    assert app is not None, "the application must exist before its input is watched"
    existing = app.findChild(InputFilter, FILTER_NAME)
    return existing if isinstance(existing, InputFilter) else InputFilter(app)
