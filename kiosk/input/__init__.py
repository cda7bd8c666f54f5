"""What citizens type and scan, understood: scan classification, the serial scanner reader,
Telex composition, accent-insensitive search, and VietQR payloads."""
