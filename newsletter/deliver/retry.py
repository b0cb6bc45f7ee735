"""Exponential backoff with full jitter and a cap, for transient provider failures."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    """Retries after the first try."""
    base: float = 1.0
    """Seconds before the first retry (before jitter)."""
    cap: float = 60.0
    """The longest single wait."""

    def delay(self, attempt: int, floor: float = 0.0) -> float:
        """Wait before retry number `attempt` (1-based); at least `floor` (e.g. a server's reset time)."""
        ceiling = min(self.cap, self.base * 2 ** (attempt - 1))
        return max(floor, random.uniform(ceiling / 2, ceiling))
