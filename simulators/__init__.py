"""Peers for demos and tests: the provincial API, a virtual printer, a virtual serial
scanner. Never shipped."""
