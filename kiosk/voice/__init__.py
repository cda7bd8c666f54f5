"""The kiosk's voice: spoken guidance and calls, rendered offline by a text-to-speech engine
and played without blocking the screen."""
