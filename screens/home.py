"""Home: greets the citizen and offers the journeys."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from kiosk.domain.printer_status import PrinterState
from kiosk.domain.wording import fill
from screens.context import ScreenContext
from screens.journeys import Journey
from screens.navigator import Screen
from screens.routes import Route
from screens.widgets import TileButton, heading

JOURNEY_COLUMNS = 3
TILE_STRETCH = {True: (3, 4), False: (2, 5)}
"""How Home shares its height between the ticket tile and the journeys' tiles, in portrait
(True) and in landscape."""
TICKET_PICTOGRAM = "ticket"
JOURNEY_PICTOGRAMS = {
    Route.CHECK_IN: "appointment",
    Route.PROCEDURES: "procedures",
    Route.DOSSIER_STATUS: "dossier",
    Route.SUBMISSION: "submission",
    Route.PAYMENT: "payment",
    Route.RATING: "rating",
}
"""Each journey's pictogram (kiosk/assets/icons); a journey without one has a tile of words."""


class HomeScreen(Screen):
    """The first screen; every journey starts and ends here."""

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.greeting = heading("greeting")
        self.prompt = heading("prompt")
        self.ticket_tile = TileButton("primaryTile")
        self.ticket_tile.set_pictogram(TICKET_PICTOGRAM)
        self.ticket_tile.clicked.connect(lambda: self._go(Route.TICKET_FIELDS))
        self.journey_tiles: dict[str, TileButton] = {}
        self._journeys_offered: dict[str, Journey] = {}
        self._journeys = QGridLayout()
        self._journeys.setSpacing(16)
        self.status = heading("statusLine")
        self.office_info = heading("officeInfo")
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(12)
        layout.addWidget(self.greeting)
        layout.addWidget(self.prompt)
        layout.addWidget(self.ticket_tile, stretch=3)
        layout.addLayout(self._journeys, stretch=4)
        layout.addWidget(self.status)
        layout.addWidget(self.office_info)
        context.catalogue_changed.connect(self.show_state)
        context.sync_status_changed.connect(self.show_state)
        context.display.changed.connect(self.show_state)
        context.printer_changed.connect(self.show_state)

    def add_journey(self, journey: Journey) -> TileButton:
        """Offer ``journey`` (its screens are built when the tile is first touched); tiles
        follow in the order added."""
        name = journey.route
        tile = TileButton("journeyTile", line_gives_way=True)
        tile.set_pictogram(JOURNEY_PICTOGRAMS.get(name, ""))
        tile.clicked.connect(lambda: self._go(name))
        index = len(self.journey_tiles)
        self._journeys.addWidget(tile, index // JOURNEY_COLUMNS, index % JOURNEY_COLUMNS)
        self._journeys.setRowStretch(index // JOURNEY_COLUMNS, 1)  # rows share the room
        self.journey_tiles[name] = tile
        self._journeys_offered[name] = journey
        self.show_state()
        return tile

    def _go(self, screen_name: Route) -> None:
        if self.navigator is not None:
            self.navigator.go(screen_name)

    def enter(self, **params: Any) -> None:
        self.show_state()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_prompt()
        # landscape: the journeys' room first, their tiles are the shorter
        ticket, journeys = TILE_STRETCH[self.height() > self.width()]
        self._layout.setStretchFactor(self.ticket_tile, ticket)
        self._layout.setStretchFactor(self._journeys, journeys)

    def _show_prompt(self) -> None:
        """The prompt only on a portrait screen and in the standard type: on a landscape
        screen (or in large text) its line goes to the tiles, whose pictograms and titles
        show where to touch."""
        self.prompt.setVisible(not self.context.display.large_text and self.height() > self.width())

    def wants_navigation(self) -> bool:
        return False

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Welcome!"))
        self.prompt.setText(self.tr("Touch a button below to begin."))
        super().retranslate()

    def spoken_guide(self) -> str:
        return self.tr(
            "Welcome. Touch the large button at the top to take a queue number. The buttons "
            "below are for an appointment you booked, looking up a procedure or your dossier, "
            "applying online, paying a fee and rating the service. To hear each button before "
            "it acts, touch Read buttons aloud at the bottom left."
        )

    def _printer_down(self) -> bool:
        """The desk's own rule (no ticket unless the printer can print), once the printer has
        been asked at all (before the core is attached, it has not)."""
        if not self.context.attached:
            return False
        desk = self.context.core.desk
        state = desk.printer_status.state
        return (
            desk.printer.reports_status
            and state is not PrinterState.UNKNOWN
            and not state.can_print
        )

    def show_state(self) -> None:
        self._show_prompt()
        catalogue = self.context.catalogue
        printer_down = self._printer_down()
        self.ticket_tile.set_texts(
            self.tr("Take a queue number"),
            self.tr("Not available now: the ticket printer needs an officer's attention")
            if printer_down
            else self.tr("Get a printed ticket and wait to be called to a counter"),
        )
        self.ticket_tile.setEnabled(catalogue is not None and not printer_down)
        large_text = self.context.display.large_text
        for name, tile in self.journey_tiles.items():
            title, explanation = self._journeys_offered[name].texts()
            tile.set_texts(title, "" if large_text else explanation)  # large text: fewer words
            tile.setEnabled(catalogue is not None)
        if catalogue is None:
            self.status.setText(
                self.tr("Connecting to the service system, please wait…")
                if self.context.online is None
                else self.tr(
                    "The service system is not available right now. "
                    "Please ask an officer at the front desk."
                )
            )
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        if catalogue is None:
            self.office_info.setText("")
            return
        office = catalogue.office
        language = self.context.language.language
        hours = office.localised("opening_hours", language)
        lines = [office.display_name(language)]
        if hours:
            lines.append(fill(self.tr("Opening hours: %1"), hours))
        if office.hotline:
            lines.append(fill(self.tr("Hotline: %1"), office.hotline))
        self.office_info.setText("\n".join(lines))
