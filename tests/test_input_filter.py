"""The one application-wide event filter the input watchers share."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from screens.input_filter import InputFilter, input_filter, input_unwatched

# event types of the test's own, sent to a plain QObject: only the types matter to the filter
PRESS = QEvent.Type(QEvent.registerEventType())
KEY = QEvent.Type(QEvent.registerEventType())
OTHER = QEvent.Type(QEvent.registerEventType())

T = TypeVar("T")


def note(log: list[T], entry: T, *, take: bool = False) -> bool:
    """A watcher's handler body: note ``entry`` in ``log``; ``take`` says if it takes the event."""
    log.append(entry)
    return take


def test_watchers_share_one_filter_and_see_only_their_event_types(qapp, qtbot) -> None:
    widget = QObject()
    seen: list[tuple[str, QEvent.Type]] = []
    presses, keys = QObject(), QObject()
    hub = input_filter()
    hub.watch(presses, {PRESS}, lambda _w, e: note(seen, ("presses", e.type())))
    hub.watch(keys, {KEY}, lambda _w, e: note(seen, ("keys", e.type())))
    try:
        assert input_filter() is hub
        assert len(qapp.findChildren(InputFilter)) == 1
        QCoreApplication.sendEvent(widget, QEvent(PRESS))
        QCoreApplication.sendEvent(widget, QEvent(OTHER))
        QCoreApplication.sendEvent(widget, QEvent(KEY))
        assert seen == [("presses", PRESS), ("keys", KEY)]
    finally:
        hub.unwatch(presses)
        hub.unwatch(keys)


def test_the_last_watcher_is_asked_first_and_may_take_the_event(qapp, qtbot) -> None:
    widget = QObject()
    asked: list[str] = []
    first, second = QObject(), QObject()
    hub = input_filter()
    hub.watch(first, {PRESS}, lambda _w, _e: note(asked, "first"))
    hub.watch(second, {PRESS}, lambda _w, _e: note(asked, "second", take=True))  # takes it
    try:
        QCoreApplication.sendEvent(widget, QEvent(PRESS))
        assert asked == ["second"]
        hub.unwatch(second)
        QCoreApplication.sendEvent(widget, QEvent(PRESS))
        assert asked == ["second", "first"]
    finally:
        hub.unwatch(first)


def test_a_destroyed_watcher_is_forgotten(qapp, qtbot) -> None:
    widget = QObject()
    asked: list[str] = []
    owner = QObject()
    input_filter().watch(owner, {PRESS}, lambda _w, _e: note(asked, "owner"))
    QCoreApplication.sendEvent(widget, QEvent(PRESS))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    QCoreApplication.sendEvent(widget, QEvent(PRESS))
    assert asked == ["owner"]


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_unwatched_work_is_not_seen_and_watching_goes_on_after_it(qapp, qtbot) -> None:
    widget = QObject()
    seen: list[QEvent.Type] = []
    watcher = QObject()
    hub = input_filter()
    hub.watch(watcher, {PRESS}, lambda _w, e: note(seen, e.type()))
    try:
        with input_unwatched():  # e.g. a restyle: thousands of events, no input among them
            QCoreApplication.sendEvent(widget, QEvent(PRESS))
        assert seen == []
        QCoreApplication.sendEvent(widget, QEvent(PRESS))
        assert seen == [PRESS]
    finally:
        hub.unwatch(watcher)
