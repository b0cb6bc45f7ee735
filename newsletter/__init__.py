"""newsletter: build, preview and send a daily email newsletter."""

__version__ = "0.1.0"
