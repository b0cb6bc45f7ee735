"""Keep link tokens out of logs: an unsubscribe or confirmation token in a log would let anyone who reads the log
act for the subscriber (and old-style unsubscribe tokens carry the address)."""

from __future__ import annotations

import logging
import re

TOKEN_PATH = re.compile(r"(/(?:unsubscribe|confirm)/)[^\s?#\"']+")


def redact(text: str) -> str:
    return TOKEN_PATH.sub(r"\1[token]", text)


class RedactTokens(logging.Filter):
    """Rewrites the message and its string arguments (uvicorn's access log passes the path as an argument)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        return True


def redact_tokens(*names: str) -> None:
    """Install the filter on the named loggers (after logging is configured)."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())
