"""What the kiosk does for citizens: tickets, dossier lookups, online submissions and their
forms, fee payments and ratings. Each service writes to the outbox and wakes the sync."""
