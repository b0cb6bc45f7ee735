"""Delivery benchmark: personalised messages per second and peak memory for 10,000 recipients.

    python bench/bench_send.py [--recipients N] [--skip-smtp]

Prints, for the sample issue:
- the personalisation step alone (built issue -> one recipient's message bytes), on one core;
- the same with signing each recipient's unsubscribe link;
- a full dry-run send (every message written to an outbox on disk);
- a full SMTP send to a local aiosmtpd server (a separate process that discards what it gets);
- the time to build one 1000-recipient SendGrid request body.
Target (issue #6): personalisation at 20,000 messages per second or more.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DAY = date(2026, 11, 28)


def workspace(tmp: Path):
    from newsletter.workspace import Workspace

    root = tmp / "ws"
    root.mkdir()
    shutil.copy(REPO / "newsletter.toml", root)
    shutil.copytree(REPO / "issues", root / "issues")
    (root / "templates").mkdir()
    return Workspace(root)


def recipients(ws, count: int, key: str):
    from newsletter.deliver.send import Signer

    sign = Signer(ws, key)
    names = ["Ada Lovelace", "", "Zoë O'Brien", "Grace Hopper"]
    return [sign(f"reader{n:06d}@example.com", names[n % 4], f"{n:024x}") for n in range(count)]


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>10,.0f} msg/s  ({seconds * 1000:8.1f} ms for {count:,})"


def measure(fn, memory: bool = True):
    """(result, seconds, peak bytes allocated): timed without tracemalloc, then run again under it for memory."""
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    peak = 0
    if memory:
        tracemalloc.start()
        fn()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return result, seconds, peak


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--skip-smtp", action="store_true")
    args = parser.parse_args()
    n = args.recipients
    os.environ.setdefault("NEWSLETTER_SECRET", "bench-secret")

    from newsletter.deliver import send as delivery
    from newsletter.deliver.providers.dryrun import DryRunProvider
    from newsletter.deliver.providers.smtp import SmtpProvider
    from newsletter.deliver.retry import RetryPolicy

    with tempfile.TemporaryDirectory() as tmp:
        ws = workspace(Path(tmp))
        job = delivery.prepare(ws, DAY)
        size = len(job.template.personalise(recipients(ws, 1, "k")[0]))
        print(f"Sample issue, one message: {size / 1024:.1f} KB; {n:,} recipients")

        start = time.perf_counter()
        people = recipients(ws, n, "bench-secret")
        signing = time.perf_counter() - start
        personalise = job.template.personalise
        _, seconds, peak = measure(lambda: [len(personalise(r)) for r in people])
        print(f"personalise only        {rate(n, seconds)}  peak {peak / 2**20:6.1f} MiB  "
              f"target 20,000 msg/s: {'met' if n / seconds >= 20_000 else 'MISSED'}")
        print(f"sign + personalise      {rate(n, seconds + signing)}")

        conn = ws.connect()
        from newsletter.deliver import subscriber_csv

        listing = Path(tmp) / "list.csv"
        listing.write_text("email,name\n" + "".join(f"{r.email},{r.name}\n" for r in people), encoding="utf-8")
        subscriber_csv.import_csv(conn, listing)  # a real send reads their status before every batch
        outbox = Path(tmp) / "outbox"
        provider = DryRunProvider(outbox)
        summary, seconds, peak = measure(lambda: delivery.deliver(conn, provider, job, delivery.ListAudience(people),
                                                                  records=False, policy=RetryPolicy()))
        written = sum(p.stat().st_size for p in (outbox / "2026-11-28").glob("*.eml"))
        print(f"dry-run send (to disk)  {rate(summary.sent, seconds)}  peak {peak / 2**20:6.1f} MiB  "
              f"({written / 2**20:.0f} MiB written)")

        if not args.skip_smtp:
            port = free_port()
            server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                                       "-c", "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            try:
                for _ in range(100):
                    try:
                        socket.create_connection(("127.0.0.1", port), 0.2).close()
                        break
                    except OSError:
                        time.sleep(0.05)
                from newsletter.config import SmtpSettings

                for connections in (1, 4):
                    conn.execute("DELETE FROM deliveries")
                    conn.execute("DELETE FROM sends")
                    smtp = SmtpProvider(SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                     connections=connections, timeout=10))
                    # One run, under tracemalloc: the local server, not the client, sets the pace.
                    tracemalloc.start()
                    start = time.perf_counter()
                    with smtp:
                        audience = delivery.LedgerAudience(conn, DAY, delivery.Signer(ws, "bench-secret"))
                        summary = delivery.deliver(conn, smtp, job, audience, records=True, policy=RetryPolicy())
                    seconds = time.perf_counter() - start
                    peak = tracemalloc.get_traced_memory()[1]
                    tracemalloc.stop()
                    print(f"smtp send, {connections} conn{'s' if connections > 1 else ' '}   "
                          f"{rate(summary.sent, seconds)}  peak {peak / 2**20:6.1f} MiB  (failed {summary.failed}; "
                          f"the Python test server is the bottleneck)")
            finally:
                server.terminate()
                server.wait()

        try:
            from newsletter.deliver.providers.sendgrid import request_body
        except ImportError:
            request_body = None
        if request_body is not None:
            batch = people[:1000]
            start = time.perf_counter()
            rounds = 20
            for _ in range(rounds):
                body = request_body(job, batch, categories=["daily"], sandbox=False)
            per = (time.perf_counter() - start) / rounds
            start = time.perf_counter()
            for _ in range(rounds):
                data = json.dumps(body)
            dumps = (time.perf_counter() - start) / rounds
            print(f"sendgrid request body   {per * 1000:8.2f} ms to build for 1,000 recipients, "
                  f"{dumps * 1000:.2f} ms to serialise ({len(data) / 1024:.0f} KB of JSON)")
    print(f"process peak RSS        {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
