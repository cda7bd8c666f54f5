"""The page a ticket's QR opens, in a real browser engine at a phone's size: Debian's Chromium
driven by Playwright (no browser is downloaded; .ci/run installs the package)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from simulators.province_api import ProvinceSimulator
from simulators.queue_pages import REFRESH_S

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium here (Debian's chromium package; .ci/run installs it)"
)
PHONE = {"width": 360, "height": 740}
"""A small Android phone's viewport, CSS pixels."""
TURN_TIMEOUT_MS = (REFRESH_S + 5) * 1000
LAGS = (timedelta(0), timedelta(minutes=1))
"""The page was drawn a moment ago: an hour may have turned since."""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        engine = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox"], headless=True
        )
        yield engine
        engine.close()


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, locale="vi-VN")
    yield context.new_page()
    context.close()


def issue(province: ProvinceSimulator, *, priority: bool = False) -> dict[str, Any]:
    _, ticket = province.store.issue_ticket("ho-tich", priority, "K1", province.url)
    province.store.record_print(ticket["id"], True, "")
    return ticket


def test_the_page_fits_a_small_phone_and_says_where_the_ticket_stands(
    province: ProvinceSimulator, phone: Any, tmp_path: Path
) -> None:
    issue(province)
    ticket = issue(province, priority=True)
    phone.goto(ticket["track_url"])
    assert phone.locator("#number").inner_text() == ticket["number"]
    field = phone.locator("#field").inner_text()
    assert "Hộ tịch" in field and "Ưu tiên" in field
    state = phone.locator("#state").inner_text()
    assert "Số người trước bạn\n1" in state  # the demo's rule: interleaved after three
    assert "khoảng 5 phút" in state and "Đang phục vụ\n—" in state
    updated = phone.locator("#updated").inner_text()  # the office's clock, not the phone's
    office_hours = {f"{(datetime.now(UTC) + timedelta(hours=7) - lag):%H}" for lag in LAGS}
    assert updated.startswith("Cập nhật lúc ") and updated[13:15] in office_hours, updated
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]  # nothing to scroll sideways
    number_px = phone.evaluate(
        "parseFloat(getComputedStyle(document.getElementById('number')).fontSize)"
    )
    assert number_px >= 48
    phone.screenshot(path=str(tmp_path / "phone.png"), full_page=True)


def test_it_refreshes_by_itself_until_it_is_your_turn(
    province: ProvinceSimulator, phone: Any
) -> None:
    ticket = issue(province)
    phone.goto(ticket["track_url"])
    assert phone.locator("#state").get_attribute("data-state") == "waiting"
    province.store.call_next("q2")  # Quầy 2 calls it while the page is open
    phone.wait_for_selector('#state[data-state="called"]', timeout=TURN_TIMEOUT_MS)
    assert phone.locator("#state").inner_text() == "Đến lượt bạn\nMời bạn đến Quầy 2"
    province.store.finish("q2", "done")
    phone.wait_for_selector('#state[data-state="finished"]', timeout=TURN_TIMEOUT_MS)
    assert "Cảm ơn" in phone.locator("#state").inner_text()


def test_in_english_when_asked_or_when_the_phone_speaks_it(
    province: ProvinceSimulator, browser: Any
) -> None:
    ticket = issue(province)
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(ticket["track_url"])
        assert "People ahead of you" in page.locator("#state").inner_text()
        assert page.locator("#field").inner_text().startswith("Civil status")
        page.click("footer a")  # "Tiếng Việt"
        page.wait_for_selector("text=Số người trước bạn")
        assert page.url.endswith("?lang=vi")
    finally:
        context.close()


def test_it_says_so_when_the_network_is_gone_and_keeps_the_last_answer(
    province: ProvinceSimulator, phone: Any
) -> None:
    ticket = issue(province)
    phone.goto(ticket["track_url"])
    province.stop()
    phone.wait_for_selector("#updated.offline", timeout=TURN_TIMEOUT_MS)
    assert "Mất kết nối" in phone.locator("#updated").inner_text()
    assert phone.locator("#number").inner_text() == ticket["number"]
    assert "Số người trước bạn" in phone.locator("#state").inner_text()


def test_a_booking_made_at_the_counter_page_can_be_checked_in(
    province: ProvinceSimulator, phone: Any
) -> None:
    phone.goto(f"{province.url}/sim/counters/q1")
    later = datetime.now(UTC) + timedelta(hours=7, minutes=10)  # the office's clock
    if later.date() != (later - timedelta(minutes=10)).date():
        pytest.skip("ten minutes from now is tomorrow at the office: run again after midnight")
    phone.select_option("#book-field", "ho-tich")
    phone.fill("#book-time", f"{later:%H}:{later.minute - later.minute % 5:02d}")
    phone.fill("#book-day", f"{later:%Y-%m-%d}")
    phone.fill("#book-id", "001099012345")
    phone.click("#book")
    phone.wait_for_function("document.getElementById('message').textContent.includes('LH')")
    code = phone.locator("#message").inner_text().rsplit(" ", 1)[1]
    booking = next(a for a in province.store.appointments() if a["code"] == code)
    assert (booking["channel"], booking["citizen_id"]) == ("counter", "001099012345")
    assert booking["starts_at"].endswith("+07:00")
    _, ticket = province.store.check_in(
        code=None, citizen_id="001099012345", kiosk_id="K1", public_url=province.url
    )
    assert ticket["appointment"]["code"] == code
