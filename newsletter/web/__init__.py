"""The subscriber-facing web application (ASGI): unsubscribe, sign-up with double opt-in, provider events."""
