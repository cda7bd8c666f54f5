"""Starting while the province cannot be reached, or with a damaged cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.cli import build_kiosk_core
from kiosk.config import Config
from kiosk.core import KioskCore
from screens.home import HomeScreen
from screens.main_window import MainWindow
from screens.routes import Route
from simulators.province_api import ProvinceSimulator
from simulators.sample_payloads import rating
from tests.conftest import make_config, open_window


def start(qtbot: QtBot, qapp: QApplication, config: Config) -> tuple[MainWindow, KioskCore]:
    core = build_kiosk_core(config)
    return open_window(qtbot, qapp, core), core


def test_first_start_without_province_explains_and_offers_nothing_broken(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    province = ProvinceSimulator(tmp_path / "p.db").start()
    url = province.url
    province.stop()
    config = make_config(tmp_path, KIOSK_API_BASE_URL=url, KIOSK_PRINTER_URI="tcp://127.0.0.1:9")
    window, core = start(qtbot, qapp, config)
    home = window.navigator.screen(Route.HOME)
    assert isinstance(home, HomeScreen)
    assert window.context.catalogue is None
    assert not home.ticket_tile.isEnabled()
    assert "chưa sẵn sàng" in home.status.text()
    assert window.sync_indicator.text() == "● Ngoại tuyến"
    core.close()


def test_restart_while_offline_uses_the_cached_catalogue(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    province = ProvinceSimulator(tmp_path / "p.db").start()
    config = make_config(
        tmp_path, KIOSK_API_BASE_URL=province.url, KIOSK_PRINTER_URI="tcp://127.0.0.1:9"
    )
    first, first_core = start(qtbot, qapp, config)
    qtbot.waitUntil(lambda: first.context.catalogue is not None, timeout=10_000)
    assert first.context.online is True
    assert first.sync_indicator.text() == "● Trực tuyến"
    online_catalogue = first.context.catalogue
    assert online_catalogue is not None
    first.close()
    first_core.close()
    province.stop()

    second, second_core = start(qtbot, qapp, config)
    assert second.context.online is False
    assert second.context.catalogue == online_catalogue
    second_home = second.navigator.screen(Route.HOME)
    assert isinstance(second_home, HomeScreen) and second_home.ticket_tile.isEnabled()
    assert second.office_name.whole_text() == online_catalogue.office.name
    assert online_catalogue.office.name.startswith(second.office_name.text().rstrip("…"))
    second_core.close()


def test_a_corrupt_cache_is_rebuilt_from_the_province_and_the_outbox_kept(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, province: ProvinceSimulator
) -> None:
    config = make_config(
        tmp_path, KIOSK_API_BASE_URL=province.url, KIOSK_PRINTER_URI="tcp://127.0.0.1:9"
    )
    first, first_core = start(qtbot, qapp, config)
    qtbot.waitUntil(lambda: first.context.catalogue is not None, timeout=10_000)
    catalogue = first.context.catalogue
    assert catalogue is not None
    first_core.outbox.enqueue(rating(catalogue, 4, counter_id="no-such"))
    paths = first_core.paths
    first.close()
    first_core.close()
    paths.cache_db.write_bytes(b"\x00garbage, not SQLite" * 500)
    with sqlite3.connect(paths.outbox_db) as outbox:
        before = outbox.execute("SELECT key, kind, state FROM items ORDER BY id").fetchall()
    outbox.close()

    second, second_core = start(qtbot, qapp, config)
    qtbot.waitUntil(lambda: second.context.catalogue is not None, timeout=10_000)
    assert second_core.cache.quarantined is not None
    assert second_core.cache.quarantined.read_bytes().startswith(b"\x00garbage")
    assert second.context.catalogue == catalogue
    keys = [item.key for item in second_core.outbox.items()]
    assert keys == [key for key, _kind, _state in before]
    second.close()
    second_core.close()
