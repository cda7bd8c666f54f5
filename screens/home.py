"""Home: greets the citizen and offers the journeys."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from screens.context import ScreenContext
from screens.navigator import Screen
from screens.widgets import TileButton, heading

TICKET_FIELDS = "ticket_fields"


class HomeScreen(Screen):
    """The first screen; every journey starts and ends here."""

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.greeting = heading("greeting")
        self.prompt = heading("prompt")
        self.ticket_tile = TileButton("primaryTile")
        self.ticket_tile.clicked.connect(lambda: self.navigator and self.navigator.go(
            TICKET_FIELDS))
        self.status = heading("statusLine")
        self.office_info = heading("officeInfo")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.greeting)
        layout.addWidget(self.prompt)
        layout.addWidget(self.ticket_tile, stretch=1)
        layout.addWidget(self.status)
        layout.addWidget(self.office_info)
        context.catalogue_changed.connect(self.retranslate)
        context.sync_status_changed.connect(self.retranslate)

    def wants_navigation(self) -> bool:
        return False

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Welcome!"))
        self.prompt.setText(self.tr("Touch a button below to begin."))
        self.ticket_tile.set_texts(
            self.tr("Take a queue number"),
            self.tr("Get a printed ticket and wait to be called to a counter"))
        catalogue = self.context.catalogue
        self.ticket_tile.setEnabled(catalogue is not None)
        if catalogue is None:
            self.status.setText(self.tr("Connecting to the service system, please wait…")
                                if self.context.online is None else
                                self.tr("The service system is not available right now. "
                                        "Please ask an officer at the front desk."))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        if catalogue is None:
            self.office_info.setText("")
            return
        office = catalogue.office
        language = self.context.language.language
        hours = office.opening_hours_en if language == "en" else office.opening_hours
        lines = [office.display_name(language)]
        if hours:
            lines.append(self.tr("Opening hours: %1").replace("%1", hours))
        if office.hotline:
            lines.append(self.tr("Hotline: %1").replace("%1", office.hotline))
        self.office_info.setText("\n".join(lines))
