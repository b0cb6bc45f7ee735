"""The scraped-page reader now lives in `newsletter.ingest.scraped`; these names stay for the modules that use
them (`ingest/__init__.py` dispatches to `read_plaintext`, `ingest/html.py` uses `_BYLINE` and `parse_date`)."""

from newsletter.ingest.scraped import read_plaintext
from newsletter.ingest.scraped.dates import parse_date
from newsletter.ingest.scraped.furniture import BYLINE as _BYLINE

__all__ = ["_BYLINE", "parse_date", "read_plaintext"]
