"""The kiosk core, without Qt or printers: domain/, stores/, sync/, services/, input/,
technician/, the composition root (core.py) and the CLI (cli.py). See docs/architecture.md."""

import os

__version__ = "0.1.0"

# The kiosk uses no pydantic plugins; looking for them, at the first model's definition,
# reads the metadata of every installed package (about 10 ms of the core's start).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
