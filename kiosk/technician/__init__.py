"""Technician mode without Qt: the PIN and its lockout, the signed audit log, the config file's
editing, the heartbeat, and the diagnostic checks (a package of its own)."""
