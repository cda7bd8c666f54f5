"""Every screen's name, as the navigator knows it: one enum, so a route is never mistyped."""

from __future__ import annotations

from enum import StrEnum


class Route(StrEnum):
    """The screens the navigator can show (the value is the name it logs and reports)."""

    HOME = "home"
    ANNOUNCEMENTS = "announcements"
    TICKET_FIELDS = "ticket_fields"
    TICKET_PRINT = "ticket_print"
    CHECK_IN = "check_in"
    PROCEDURES = "procedures"
    PROCEDURE_DETAIL = "procedure_detail"
    DOSSIER_STATUS = "dossier_status"
    SUBMISSION = "submission"
    PAYMENT = "payment"
    RATING = "rating"
    TECHNICIAN_PIN = "technician_pin"
    TECHNICIAN = "technician"
