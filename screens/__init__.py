"""The Qt face of the kiosk: main window, navigator, one module per journey."""
