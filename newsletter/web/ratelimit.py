"""A sliding-window rate limit per client, in memory (one process; behind several workers, use the proxy's)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class RateLimit:
    def __init__(self, limit: int, window: float = 3600.0, clock=time.monotonic):
        self.limit = limit
        self.window = window
        self.clock = clock
        self.hits: dict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = self.clock()
        with self.lock:
            if len(self.hits) > 10_000:  # forget clients with no hit in the window: memory stays bounded
                for stale in [c for c, h in self.hits.items() if not h or h[-1] <= now - self.window]:
                    del self.hits[stale]
            hits = self.hits[client]
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            return True
