"""Subscriber benchmark: CSV import rows per second and peak memory, token and address-check costs.

    python bench/bench_subscribers.py [--rows 100000 1000000]

For each size, a fresh workspace imports a CSV of that many distinct subscribers (a few per cent with names that
need quoting, every 50th address in upper case) in a child process, so its peak RSS is the import's alone.
Targets (issue #14): 1,000,000 rows in 30 s or less, 250 MB or less.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def write_csv(path: Path, rows: int) -> None:
    names = ["Ada Lovelace", "", "Zoë O'Brien", '"Grace" Hopper, RN']
    with path.open("w", encoding="utf-8") as out:
        out.write("email,name,status\n")
        for n in range(rows):
            email = f"reader{n:07d}@example.com" if n % 50 else f"READER{n:07d}@Example.COM"
            name = names[n % 4]
            out.write(f'{email},"{name.replace(chr(34), chr(34) * 2)}",{"unsubscribed" if n % 97 == 0 else ""}\n')


def child(root: str, csv_path: str) -> None:
    """Runs in the child: import, print seconds and the report."""
    from newsletter.deliver import subscriber_csv
    from newsletter.workspace import Workspace

    conn = Workspace(Path(root)).connect()
    start, cpu = time.perf_counter(), time.process_time()
    report = subscriber_csv.import_csv(conn, Path(csv_path))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds} {cpu} {peak_mb} {report.added} {len(report.errors)}")


def import_run(rows: int, tmp: Path) -> tuple[float, float, float]:
    root = tmp / f"ws{rows}"
    root.mkdir()
    shutil.copy(REPO / "newsletter.toml", root)
    csv_path = tmp / f"list{rows}.csv"
    write_csv(csv_path, rows)
    out = subprocess.run([sys.executable, __file__, "--child", str(root), str(csv_path)], check=True,
                         capture_output=True, text=True).stdout.split()
    seconds, cpu, peak, added, errors = float(out[0]), float(out[1]), float(out[2]), int(out[3]), int(out[4])
    assert added == rows and errors == 0, (added, errors)
    return seconds, cpu, peak


def per_call(fn, count: int) -> float:
    """µs of CPU per call (CPU time, so that other processes on a shared machine count less)."""
    start = time.process_time()
    for n in range(count):
        fn(n)
    return (time.process_time() - start) / count * 1e6


def micro() -> None:
    os.environ.setdefault("NEWSLETTER_SECRET", "bench-key, old-key")
    from newsletter.config import Config
    from newsletter.deliver import addresses, tokens

    config = Config()
    ids = [f"{n:024x}" for n in range(100_000)]
    key = tokens.keys()[0]
    token = per_call(lambda n: tokens.unsubscribe_token(ids[n], key), 100_000)
    sign = per_call(lambda n: tokens.unsubscribe_url(config, ids[n], key), 100_000)
    made = [tokens.unsubscribe_token(i, key) for i in ids[:20_000]]
    verify = per_call(lambda n: tokens.read_unsubscribe_token(made[n], ["bench-key"]), 20_000)
    verify_old_key = per_call(lambda n: tokens.read_unsubscribe_token(made[n], ["other", "bench-key"]), 20_000)
    legacy = per_call(lambda n: tokens.unsubscribe_url(config, f"reader{n}@example.com", key), 20_000)
    fast = per_call(lambda n: addresses.normalise(f"reader{n}@Example.com"), 100_000)
    slow = per_call(lambda n: addresses.normalise_slow(f"reader{n}@Example.com"), 10_000)
    print(f"unsubscribe token (id + HMAC):  {token:6.2f} µs to sign ({sign:.2f} µs for the whole URL), "
          f"{verify:.2f} µs to verify ({verify_old_key:.2f} µs when the second key matches)")
    print(f"old-style link (itsdangerous):  {legacy:6.2f} µs to sign")
    print(f"address check: fast path {fast:5.2f} µs, email-validator {slow:5.2f} µs")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    micro()
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            seconds, cpu, peak = import_run(rows, Path(tmp))
            print(f"import {rows:>9,} rows: {seconds:6.1f} s ({cpu:.1f} s CPU), {rows / seconds:>9,.0f} rows/s, "
                  f"peak RSS {peak:6.0f} MB")


if __name__ == "__main__":
    main()
