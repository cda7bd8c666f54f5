"""A sample office and ticket: for test prints, layout tests and benchmarks."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.domain import Counter, IssuedTicket, Office

SAMPLE_OFFICE = Office(
    id="sample", name="Trung tâm Phục vụ hành chính công phường Hải Châu",
    province="Thành phố Đà Nẵng", address="Hải Châu, Đà Nẵng",
)


def sample_ticket(**changes: object) -> IssuedTicket:
    """A realistic ticket (A017, Hộ tịch, Quầy 2, 08:30 office time); ``changes`` override."""
    ticket = IssuedTicket(
        id="6f1c2a9e-0000-4000-8000-000000000001", number="A017", field_id="ho-tich",
        field_name="Hộ tịch", counter=Counter(id="q2", number=2, name="Quầy 2"),
        issued_at=datetime(2026, 11, 23, 1, 30, tzinfo=UTC), people_ahead=4,
        track_url="http://127.0.0.1:8080/q/6f1c2a9e-0000-4000-8000-000000000001",
    )
    return ticket.model_copy(update=changes) if changes else ticket
