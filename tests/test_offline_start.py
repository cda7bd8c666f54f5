"""Starting while the province cannot be reached: the kiosk says so and uses what it cached."""

from __future__ import annotations

from pathlib import Path

from kiosk.cli import build_kiosk_core
from simulators.province_api import ProvinceSimulator
from tests.conftest import make_config, open_window


def start(qtbot, qapp, config):  # type: ignore[no-untyped-def]
    core = build_kiosk_core(config)
    return open_window(qtbot, qapp, core), core


def test_first_start_without_province_explains_and_offers_nothing_broken(
        qtbot, qapp, tmp_path: Path) -> None:
    province = ProvinceSimulator(tmp_path / "p.db").start()
    url = province.url
    province.stop()
    config = make_config(tmp_path, KIOSK_API_BASE_URL=url,
                         KIOSK_PRINTER_URI="tcp://127.0.0.1:9")
    window, core = start(qtbot, qapp, config)
    home = window.navigator.screen("home")
    assert window.context.catalogue is None
    assert not home.ticket_tile.isEnabled()
    assert "chưa sẵn sàng" in home.status.text()
    core.close()


def test_restart_while_offline_uses_the_cached_catalogue(qtbot, qapp, tmp_path: Path) -> None:
    province = ProvinceSimulator(tmp_path / "p.db").start()
    config = make_config(tmp_path, KIOSK_API_BASE_URL=province.url,
                         KIOSK_PRINTER_URI="tcp://127.0.0.1:9")
    first, first_core = start(qtbot, qapp, config)
    assert first.context.catalogue_source == "province"
    online_catalogue = first.context.catalogue
    first.close()
    first_core.close()
    province.stop()

    second, second_core = start(qtbot, qapp, config)
    assert second.context.catalogue_source == "cache"
    assert second.context.catalogue == online_catalogue
    assert second.navigator.screen("home").ticket_tile.isEnabled()
    assert second.office_name.text() == online_catalogue.office.name
    second_core.close()
