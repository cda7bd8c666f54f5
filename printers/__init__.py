"""ESC/POS printing: connections by URI, job building, Vietnamese text. No Qt."""
