"""Printer URIs: every supported form parses; anything else is refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from printers.uri import BadPrinterUri, parse_printer_uri


def test_serial_uri_with_baud_rate_and_flow_control() -> None:
    address = parse_printer_uri("serial:///dev/ttyUSB0?baudrate=115200&flow=xonxoff")
    assert (address.scheme, address.target, address.baudrate, address.flow) == (
        "serial",
        "/dev/ttyUSB0",
        115200,
        "xonxoff",
    )
    assert address.has_back_channel


def test_serial_defaults_and_windows_port() -> None:
    address = parse_printer_uri("serial://COM3")
    assert (address.target, address.baudrate, address.flow) == ("COM3", 115200, "none")
    by_id = parse_printer_uri(
        "serial:///dev/serial/by-id/usb-Prolific_2303-if00-port0?baudrate=9600"
    )
    assert by_id.target.endswith("-port0") and by_id.baudrate == 9600


def test_usb_tcp_file_cups() -> None:
    usb = parse_printer_uri("usb://04b8:0202")
    assert usb.usb_ids == (0x04B8, 0x0202) and usb.usb_endpoints is None
    assert parse_printer_uri("usb://0416:5011?in_ep=0x81&out_ep=0x03").usb_endpoints == (0x81, 0x03)
    tcp = parse_printer_uri("tcp://192.168.1.50")
    assert (tcp.target, tcp.port) == ("192.168.1.50", 9100)
    assert parse_printer_uri("tcp://printer.local:9101").port == 9101
    file = parse_printer_uri("file:///dev/usb/lp0")
    assert file.target == "/dev/usb/lp0" and not file.has_back_channel
    cups = parse_printer_uri("cups://Kiosk_Printer")
    assert cups.target == "Kiosk_Printer" and not cups.has_back_channel


@pytest.mark.parametrize(
    ("uri", "reason"),
    [
        ("lpt1", "unsupported printer URI"),
        ("http://printer/", "unsupported printer URI"),
        ("tcp://", "needs a host"),
        ("tcp://host:99999", "out of range"),
        ("tcp://host:9100?timeout=3", "unknown printer URI option 'timeout'"),
        ("serial://", "needs a port"),
        ("serial:///dev/ttyS0?baudrate=12345", "unsupported baud rate 12345"),
        ("serial:///dev/ttyS0?baudrate=fast", "invalid literal"),
        ("serial:///dev/ttyS0?flow=hardware", "unknown flow control 'hardware'"),
        ("serial:///dev/ttyS0?parity=E", "unknown printer URI option 'parity'"),
        ("usb://04b8", "vendor:product in hex"),
        ("usb://04b8:zzzz", "vendor:product in hex"),
        ("usb://04b8:0202?in_ep=0x82", "give both in_ep and out_ep"),
        ("file://relative/path", "absolute path"),
        ("cups://", "queue name"),
        ("cups://bad name", "queue name"),
    ],
)
def test_bad_uris_are_refused_with_the_reason(uri: str, reason: str) -> None:
    with pytest.raises(BadPrinterUri, match=reason):
        parse_printer_uri(uri)


@settings(max_examples=2000)
@given(
    st.one_of(
        st.text(max_size=80),
        st.builds(
            lambda scheme, rest: f"{scheme}://{rest}",
            st.sampled_from(["serial", "usb", "tcp", "file", "cups", "virtual"]),
            st.text(max_size=60),
        ),
    )
)
def test_any_text_parses_or_is_refused_cleanly(uri: str) -> None:
    try:
        address = parse_printer_uri(uri)
    except BadPrinterUri as exc:
        assert str(exc)
    else:
        assert parse_printer_uri(str(address)).scheme == address.scheme
