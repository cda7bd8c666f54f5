"""Keeping the kiosk and the province in step: the API client (with its deadlines), the sync
engine that pushes the outbox and pulls the catalogue, and the office clock."""
