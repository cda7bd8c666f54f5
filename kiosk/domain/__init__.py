"""Domain types shared by the core, the printers and the screens: the catalogue and what the
kiosk does for citizens (tickets, payments, submissions, ratings), the outbox payloads, the
printer states, and text from the province made plain. Imports nothing else of the kiosk."""
