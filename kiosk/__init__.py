"""The kiosk core: configuration, domain, data stores, provincial API, tickets. No Qt."""

__version__ = "0.1.0"
