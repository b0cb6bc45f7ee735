"""The per-recipient placeholders a build leaves in the message, filled at send time (a module of its own so a
provider can name them without importing the renderer)."""

FIRST_NAME = "%%first_name%%"
UNSUBSCRIBE_URL = "%%unsubscribe_url%%"
PLACEHOLDERS = (FIRST_NAME, UNSUBSCRIBE_URL)
