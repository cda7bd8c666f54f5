"""Peers for demos and tests: the provincial API, a virtual printer. Never shipped."""
