"""Taking a number, step 1: choose the field (lĩnh vực) whose counter you need.

A field outside its hours, or whose numbers the province said are all given today, says so
on its tile before it is touched (touching it explains more)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.domain.model import ServiceField
from kiosk.domain.wording import fill, format_moment
from kiosk.input.scans import CitizenId
from screens.context import ScreenContext
from screens.navigator import Screen
from screens.pictograms import field_pictogram
from screens.routes import Route
from screens.style_state import set_style_state
from screens.widgets import TileButton, heading, scroll_area

COLUMNS = 2


class TicketFieldsScreen(Screen):
    """A grid of fields; touching one issues and prints a ticket for its queue."""

    wipe_on_leave = True

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.title = heading("heading")
        self.priority = TileButton("priorityToggle")
        self.priority.setCheckable(True)
        self.priority.set_pictogram("priority")
        self.priority.toggled.connect(self.show_state)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(16)
        self.tiles: dict[str, TileButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.priority)  # first: the choice that applies to every field
        layout.addWidget(scroll_area(self._grid_host), stretch=1)
        context.catalogue_changed.connect(self._rebuild)
        self._rebuild()

    def _rebuild(self) -> None:
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles.clear()
        catalogue = self.context.catalogue
        for index, field in enumerate(catalogue.fields if catalogue else ()):
            tile = TileButton("fieldTile")
            tile.set_pictogram(field_pictogram(field.id))
            tile.clicked.connect(lambda _=False, f=field: self._choose(f))
            self._grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[field.id] = tile
        self.show_state()

    def _choose(self, field: ServiceField) -> None:
        if self.navigator is not None:
            self.navigator.go(Route.TICKET_PRINT, field=field, priority=self.priority.isChecked())

    def handle_scan(self, scan: object) -> bool:
        """An ID card of someone old enough turns the ticket into a priority ticket.

        Only the age is used, and only here: nothing of the card is kept or shown.
        """
        if not isinstance(scan, CitizenId):
            return False
        threshold = str(self.context.config.scanner.priority_age)
        today = datetime.now(ZoneInfo(self.context.config.office.timezone)).date()
        if scan.age_on(today) >= int(threshold):
            self.priority.setChecked(True)
            self.notice.emit(
                fill(
                    self.tr(
                        "Your ID card shows you are %1 or older: your ticket will be a priority "
                        "ticket."
                    ),
                    threshold,
                )
            )
        else:
            self.notice.emit(
                fill(
                    self.tr(
                        "Priority by age starts at %1. If you are disabled, "
                        "pregnant or a war veteran, touch the priority button."
                    ),
                    threshold,
                )
            )
        return True

    def enter(self, **params: Any) -> None:
        self.show_state()  # the hours and the day's caps may have changed since

    def wipe(self) -> None:
        self.priority.setChecked(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose the field you need"))
        super().retranslate()

    def spoken_guide(self) -> str:
        return self.tr(
            "Touch the field of your matter to take a queue number. Elderly people, people "
            "with a disability, pregnant women and carers of small children may take a "
            "priority number."
        )

    def show_state(self) -> None:
        self.priority.set_texts(
            self.tr("✓ Priority ticket")
            if self.priority.isChecked()
            else self.tr("Priority ticket?"),
            self.tr("Elderly, disabled, pregnant, with a small child, people with merit"),
        )
        catalogue = self.context.catalogue
        language = self.context.language.language
        desk = self.context.core.desk
        if catalogue is None:
            return
        for field in catalogue.fields:
            tile = self.tiles.get(field.id)
            if tile is not None:
                state, opens_at = desk.ticket_state(field.id, catalogue)
                tile.set_texts(
                    f"{field.queue_prefix} · {field.display_name(language)}",
                    self._unavailable(state, opens_at) or field.display_description(language),
                )
                # the subtitle's look follows the tile's
                set_style_state(tile, "unavailable", state != "open", tile.subtitle)

    def _unavailable(self, state: str, opens_at: datetime | None) -> str:
        """Why the field gives no number now, in a line; "" when it does."""
        if state == "capped":
            return self.tr("No more numbers today")
        if state == "closed" and opens_at is not None:
            timezone = self.context.config.office.timezone
            return fill(
                self.tr("Not now: numbers again from %1"), format_moment(opens_at, timezone)
            )
        if state == "closed":
            return self.tr("Not at this time")
        return ""
