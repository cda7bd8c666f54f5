"""The kiosk core, without Qt or printers: domain/, stores/, sync/, services/, input/,
technician/, the composition root (core.py) and the CLI (cli.py). See docs/architecture.md."""

__version__ = "0.1.0"
