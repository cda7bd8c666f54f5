"""Shared fixtures: the real province simulator, the virtual printer, and a kiosk on them."""

from __future__ import annotations

import json
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kiosk.cli import build_kiosk_core
from kiosk.config import Config, load_config
from kiosk.core import KioskCore
from kiosk.paths import ASSETS_DIR
from simulators.province_api import DEFAULT_SEED, ProvinceSimulator
from simulators.province_store import ProvinceStore
from simulators.virtual_printer import VirtualPrinter
from tests import sound_card, tone_voice
from tests.province_clock import Clock

if TYPE_CHECKING:  # annotations only: the screens are imported when a test opens a window
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from screens.main_window import MainWindow

FONT = ASSETS_DIR / "fonts" / "NotoSans-Regular.ttf"


@pytest.fixture
def province(tmp_path: Path) -> Iterator[ProvinceSimulator]:
    """The provincial API simulator on a free loopback port, with a fresh store.

    Every ``/api/v1/`` answer it gives is checked against ``docs/api/openapi.yaml`` at
    teardown; an answer that breaks the contract fails the test.
    """
    from tests.contract import ContractRecorder

    recorder = ContractRecorder()
    simulator = ProvinceSimulator(tmp_path / "province.db", on_exchange=recorder).start()
    yield simulator
    simulator.stop()
    recorder.assert_conforms()


@pytest.fixture
def printer(tmp_path: Path) -> Iterator[VirtualPrinter]:
    """The virtual network printer on a free loopback port."""
    virtual = VirtualPrinter(tmp_path / "printed", font_path=FONT).start()
    yield virtual
    virtual.stop()


def make_config(tmp_path: Path, **env: str) -> Config:
    """A config for tests from an empty file: data and logs under tmp_path, plus overrides."""
    config_file = tmp_path / "kiosk.toml"
    config_file.touch()
    environ = {
        "KIOSK_PATHS_DATA_DIR": str(tmp_path / "data"),
        "KIOSK_PATHS_LOG_DIR": str(tmp_path / "logs"),
        # taps in tests come microseconds apart: the double-tap guard would take every
        # second one for a double tap (it has its own test in tests/test_idle_privacy.py)
        "KIOSK_KIOSK_TAP_GUARD_MS": "0",
        # the voice: the tone voice and the logging sound card, never the machine's own
        # (tests/test_voice_guidance.py turns guidance on entry back on)
        "KIOSK_VOICE_GUIDANCE": "button",
        "KIOSK_VOICE_COMMAND": json.dumps(list(tone_voice.COMMAND)),
        "KIOSK_VOICE_PLAYER": json.dumps(sound_card.command(tmp_path / "sound.log")),
        "KIOSK_VOICE_QUIET_FROM_H": "0",
        "KIOSK_VOICE_QUIET_UNTIL_H": "0",
        **env,
    }
    return load_config(config_file, environ=environ)


@pytest.fixture
def config_settings() -> dict[str, str]:
    """The ``config`` fixture's settings beyond the simulator's and the printer's addresses.

    A test module overrides this fixture to configure its kiosk otherwise; an override may
    also set ``KIOSK_PRINTER_URI`` (another endpoint of the printer).
    """
    return {"KIOSK_KIOSK_RESULT_SCREEN_S": "3"}


@pytest.fixture
def config(
    tmp_path: Path,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    config_settings: dict[str, str],
) -> Config:
    """The kiosk's config pointing at the simulator and the virtual printer."""
    return make_config(
        tmp_path,
        **{"KIOSK_API_BASE_URL": province.url, "KIOSK_PRINTER_URI": printer.uri, **config_settings},
    )


@pytest.fixture
def core(config: Config) -> Iterator[KioskCore]:
    """The kiosk core wired to the simulator and the virtual printer."""
    kiosk_core = build_kiosk_core(config)
    yield kiosk_core
    kiosk_core.close()


def open_window(qtbot: QtBot, qapp: QApplication, core: KioskCore) -> MainWindow:
    """Show the kiosk's main window offscreen; wait for its first sync cycle to end."""
    from screens.app import create_window, setup_application

    setup_application(qapp)
    main_window = create_window(core)
    qtbot.addWidget(main_window)
    main_window.resize(1280, 1024)
    main_window.show()
    context = main_window.context
    qtbot.waitUntil(lambda: context.online is not None and not context.loading, timeout=15_000)
    return main_window


@pytest.fixture
def window_with(
    qtbot: QtBot,
    qapp: QApplication,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    tmp_path: Path,
) -> Iterator[Callable[..., MainWindow]]:
    """Makes a kiosk window of its own on the same simulator and printer, configured with
    the ``KIOSK_…`` settings it is given (closed at the end of the test)."""
    cores: list[KioskCore] = []

    def make(**settings: str) -> MainWindow:
        folder = tmp_path / f"kiosk-{len(cores) + 1}"
        folder.mkdir()
        config = make_config(
            folder, KIOSK_API_BASE_URL=province.url, KIOSK_PRINTER_URI=printer.uri, **settings
        )
        cores.append(build_kiosk_core(config))
        return open_window(qtbot, qapp, cores[-1])

    yield make
    for made in cores:
        made.close()


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, core: KioskCore) -> MainWindow:
    """The kiosk's main window on the offscreen platform, synced: catalogue and blocks in."""
    main_window = open_window(qtbot, qapp, core)
    qtbot.waitUntil(lambda: main_window.context.catalogue is not None, timeout=10_000)
    assert main_window.context.online is True
    return main_window


@pytest.fixture
def clock() -> Clock:
    """A clock the test moves by hand, from :data:`tests.province_clock.START`."""
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[ProvinceStore]:
    """The demo province's store (no HTTP server) on the hand-moved ``clock``."""
    opened = ProvinceStore(tmp_path / "p.db", DEFAULT_SEED, clock)
    yield opened
    opened.close()
