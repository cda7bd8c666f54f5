"""What citizens type and scan, understood: scan classification, the serial and evdev scanner
readers, Telex composition, accent-insensitive search, and VietQR payloads."""
